// A template's figure that is one cell with a literal operation — `='Số liệu'!C2+0`, `*1`,
// `/1000` (đồng shown in nghìn), N(…), VALUE(…), …&"" — storing last year's result after a
// program filled the data sheet without recalculating: thads judged only a cell alone, so it
// read last year's 1100 / 900 cases with exit 0. Now these are worked out in decimals from the
// stored cells (stale-formulas.ts) and a stored result they contradict is FORMULA_STALE_RESULT.
// Controls: the same workbooks as Excel saves them, recalculated, read the right totals.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RIGHT, filledTemplate, right, runTemplate as run, staleRefusal as refusal, template } from '../helpers/filled-template.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-stale-literal-'));

/** Each shape gives the data sheet's own figure: `Biểu` row r takes `Số liệu` row r − 2. */
const SHAPES: [string, (c: string, r: number) => string][] = [
  ['+0', (c, r) => `'Số liệu'!${c}${r - 2}+0`],
  ['0+', (c, r) => `0+'Số liệu'!${c}${r - 2}`],
  ['*1', (c, r) => `'Số liệu'!${c}${r - 2}*1`],
  ['1*', (c, r) => `1*'Số liệu'!${c}${r - 2}`],
  // (586 × 1000 ÷ 1000 = 586: a quotient worked out in decimals)
  ['*1000/1000', (c, r) => `'Số liệu'!${c}${r - 2}*1000/1000`],
  ['N()', (c, r) => `N('Số liệu'!${c}${r - 2})`],
  ['VALUE()', (c, r) => `VALUE('Số liệu'!${c}${r - 2})`],
  ['&""', (c, r) => `'Số liệu'!${c}${r - 2}&""`],
];

describe('a template filled by exceljs, its one-cell formulas with a literal operation storing last year’s results', () => {
  test.each(SHAPES.map(([name, formula], i) => [name, formula, i] as const))('=…%s: refused at the first stale figure, exit 1 (was: 1100 / 900 cases, exit 0)', async (_, formula, i) => {
    const r = run(await filledTemplate(dir, `stale-shape${String.fromCharCode(97 + i)}-2019`, formula, template));
    expect(r.code).toBe(1);
    // C4 stores the template's 500; Số liệu!C2 holds 586
    expect(r.stderr.split('\n')[0]).toBe(refusal(`=${formula('C', 4)}`));
  });

  test.each(SHAPES.map(([name, formula], i) => [name, formula, i] as const))('=…%s recalculated (stored results right): the right totals, exit 0', async (_, formula, i) => {
    const r = run(await filledTemplate(dir, `right-shape${String.fromCharCode(97 + i)}-2019`, formula, right));
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures).toEqual(RIGHT);
  });
});
