// An outline group (Data → Group) whose summary row and detail rows are both read as offices
// (src/input/xlsx/outline.ts).
import { describe, expect, it } from 'vitest';
import { OutlineGroups } from '../../src/input/xlsx/outline.js';

/** rows as [line, outline level, office name or null (not read as an office)] */
function groups(rows: readonly [number, number, string | null][]): OutlineGroups {
  const g = new OutlineGroups();
  for (const [line, level, office] of rows) {
    g.row(line, level);
    if (office !== null) g.office(line, office);
  }
  return g;
}

describe('OutlineGroups', () => {
  const below: [number, number, string | null][] = [
    [3, 1, 'An'],
    [4, 1, 'Bình'],
    [5, 0, 'Mỹ Lộc'],
    [6, 1, 'Cường'],
    [7, 1, 'Dũng'],
    [8, 0, 'Vụ Bản'],
  ];

  it('summary below its details (the default): the first such group', () => {
    expect(groups(below).firstDoubleCount(true)).toEqual({ summary: { line: 5, name: 'Mỹ Lộc' }, details: [{ line: 3, name: 'An' }, { line: 4, name: 'Bình' }] });
  });

  it('summary above its details (summaryBelow="0")', () => {
    const above = groups([[3, 0, 'Mỹ Lộc'], [4, 1, 'An'], [5, 1, 'Bình'], [6, 0, 'Vụ Bản'], [7, 1, 'Cường']]);
    expect(above.firstDoubleCount(false)).toEqual({ summary: { line: 3, name: 'Mỹ Lộc' }, details: [{ line: 4, name: 'An' }, { line: 5, name: 'Bình' }] });
    // read the other way, row 6 would sum up rows 4–5
    expect(above.firstDoubleCount(true)?.summary.line).toBe(6);
  });

  it('a summary row not read as an office (a "Tổng cộng" row, a heading without figures) is no double count', () => {
    expect(groups([[3, 1, 'An'], [4, 1, 'Bình'], [5, 0, null]]).firstDoubleCount(true)).toBeNull();
    // details not read as offices either
    expect(groups([[3, 1, null], [4, 1, null], [5, 0, 'Mỹ Lộc']]).firstDoubleCount(true)).toBeNull();
  });

  it('a row absent from the XML ends a group; without levels there is nothing to say', () => {
    // row 5 absent (empty): row 6 sums up nothing
    expect(groups([[3, 1, 'An'], [4, 1, 'Bình'], [6, 0, 'Mỹ Lộc']]).firstDoubleCount(true)).toBeNull();
    expect(groups([[3, 0, 'An'], [4, 0, 'Bình']]).firstDoubleCount(true)).toBeNull();
  });

  it('nested groups: an office over its enforcers inside a province over its offices', () => {
    const nested = groups([[3, 2, 'An'], [4, 1, null], [5, 1, 'Vụ Bản'], [6, 0, null]]);
    // row 4 (level 1, no figures) sums row 3; row 6 (no figures) sums rows 3–5: nothing twice
    expect(nested.firstDoubleCount(true)).toBeNull();
    const both = groups([[3, 2, 'An'], [4, 1, 'Mỹ Lộc'], [5, 1, 'Vụ Bản'], [6, 0, null]]);
    expect(both.firstDoubleCount(true)).toEqual({ summary: { line: 4, name: 'Mỹ Lộc' }, details: [{ line: 3, name: 'An' }] });
  });
});
