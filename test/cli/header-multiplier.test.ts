// A money header ending in a multiplier after a space, without brackets (traps25 5): "Tiền có điều
// kiện x1000", "… ×1000", "… x1.000", "… x 1.000", "… * 1000" were no known column — a required one
// refused MISSING_COLUMN, an optional one dropped as unknown — while "Tiền có điều kiện (x1000)"
// and "… x1.000đ" were read in nghìn. The multiplier is now the column's unit, as in brackets
// (headers.ts trailingNote). Totals by hand in test/helpers/name-unit-files.ts (IN_THOUSAND,
// IN_MILLION); each file runs through the real binary and both readers in process.
import { describe, expect, it } from 'vitest';
import { OFFICES, PROVINCE, TITLE, IN_THOUSAND, IN_MILLION, nameUnitFiles } from '../helpers/name-unit-files.js';

const { write, run, bothTotals } = nameUnitFiles('header-multiplier');

const header = (withConditions: string, resolved: string) => `STT;Tỉnh;Tên đơn vị;${withConditions};${resolved}`;

describe('a multiplier ending a money header', () => {
  it.each([
    ['Tiền có điều kiện x1000', 'Tiền giải quyết xong x1000', IN_THOUSAND],
    ['Tiền có điều kiện ×1000', 'Tiền giải quyết xong ×1000', IN_THOUSAND],
    ['Tiền có điều kiện x1.000', 'Tiền giải quyết xong x1.000', IN_THOUSAND],
    ['Tiền có điều kiện x 1.000', 'Tiền giải quyết xong X 1.000', IN_THOUSAND],
    ['Tiền có điều kiện * 1000', 'Tiền giải quyết xong * 1000', IN_THOUSAND],
    ['Tiền có điều kiện x1000', 'Tiền giải quyết xong (nghìn đồng)', IN_THOUSAND],
    ['Tiền có điều kiện x1.000.000', 'Tiền giải quyết xong x1.000.000', IN_MILLION],
    // read before, kept
    ['Tiền có điều kiện (x1.000 đ)', 'Tiền giải quyết xong (x1000)', IN_THOUSAND],
    ['Tiền có điều kiện x1.000đ', 'Tiền giải quyết xong x1.000đ', IN_THOUSAND],
  ])('%j | %j', async (withConditions, resolved, expected) => {
    for (const lines of [[header(withConditions, resolved), ...OFFICES], [PROVINCE, TITLE, header(withConditions, resolved), ...OFFICES]]) {
      expect(run(write('nd-2019.csv', lines))).toMatchObject({ code: 0, total: expected });
      expect(await bothTotals('nd-2019.csv', lines)).toEqual(expected);
    }
  });

  it('a multiplier of no unit ("x 100") is no column read: refused, never đồng', () => {
    const r = run(write('nd-2019.csv', [PROVINCE, TITLE, header('Tiền có điều kiện x 100', 'Tiền giải quyết xong x 100'), ...OFFICES]));
    expect(r).toMatchObject({ code: 1, total: null });
    // no column read: no header (NO_HEADER) naming the cell thads could not read
    expect(r.stderr).toContain('thads could not read "Tiền có điều kiện x 100" (column 4)');
  });

  it('against the unit line: "x1000" under "Đơn vị tính: triệu đồng" is refused UNIT_CONTRADICTION', () => {
    const r = run(write('nd-2019.csv', [PROVINCE, TITLE, 'Đơn vị tính: triệu đồng', header('Tiền có điều kiện x1000', 'Tiền giải quyết xong x1000'), ...OFFICES]));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[UNIT_CONTRADICTION]');
  });
});
