// A template's figure pulled from its data sheet by a formula thads did not work out — INDIRECT of
// a text built with ROW(), VLOOKUP whose column is COLUMN()-1, INDEX at ROW()/COLUMN(), SUMPRODUCT
// of a condition times a range — storing last year's result after a program filled the data sheet
// without recalculating (traps43 1: t15-stale-indirect / -vlookcol / -sumproduct, 2023's 1,380 /
// 1,280 cases printed with exit 0 where Excel shows 2024's 1,539 / 1,439). These are exact: ROW()
// and COLUMN() are the formula's own cell's, INDIRECT of literal texts and such numbers names one
// cell, SUMPRODUCT((range=key)*range) is SUMIFS(range, range, key) and SUMPRODUCT(range) its SUM.
// Now worked out from the stored cells; a stored result they contradict is FORMULA_STALE_RESULT.
// Controls: the same workbooks recalculated read the right totals.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RIGHT, filledTemplate, right, runTemplate as run, staleRefusal as refusal, template } from '../helpers/filled-template.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-stale-row-column-'));

// `Biểu` row r, column c takes `Số liệu` row r − 2, the same column c (offices' names in B2:B3)
const SHAPES: [string, (c: string, r: number) => string][] = [
  ['INDIRECT(text&ROW()-2)', (c) => `INDIRECT("'Số liệu'!${c}"&ROW()-2)`],
  ['VLOOKUP(…,COLUMN()-1,0)', (_c, r) => `VLOOKUP($B${r},'Số liệu'!$B$2:$F$3,COLUMN()-1,0)`],
  ['INDEX(…,ROW()-2,COLUMN())', () => `INDEX('Số liệu'!$A$1:$F$3,ROW()-2,COLUMN())`],
  ['SUMPRODUCT((r=k)*range)', (c, r) => `SUMPRODUCT(('Số liệu'!$B$2:$B$3=$B${r})*'Số liệu'!${c}$2:${c}$3)`],
  ['SUMPRODUCT(--(k=r),range)', (c, r) => `SUMPRODUCT(--($B${r}='Số liệu'!$B$2:$B$3),'Số liệu'!${c}$2:${c}$3)`],
  ['SUMPRODUCT(range)', (c, r) => `SUMPRODUCT('Số liệu'!${c}${r - 2}:${c}${r - 2})`],
];
const cases = SHAPES.map(([name, formula], i) => [name, formula, i] as const);

describe('ROW()/COLUMN(), INDIRECT and SUMPRODUCT lookups storing last year’s results (traps43 1)', () => {
  test.each(cases)('=%s: refused at the first stale figure, exit 1 (was: 1100 / 900 cases, exit 0)', async (_, formula, i) => {
    const r = run(await filledTemplate(dir, `stale-lookup${String.fromCharCode(97 + i)}-2019`, formula, template));
    expect(r.code).toBe(1);
    // By hand: C4 stores the template's 500; Số liệu!C2 holds Mỹ Lộc's 586
    expect(r.stderr.split('\n')[0]).toBe(refusal(`=${formula('C', 4)}`));
  });

  test.each(cases)('=%s recalculated: the right totals, exit 0', async (_, formula, i) => {
    const r = run(await filledTemplate(dir, `right-lookup${String.fromCharCode(97 + i)}-2019`, formula, right));
    expect(r.code, r.stderr).toBe(0);
    // By hand (filled-template.ts): 586 + 655 = 1241, 533 + 630 = 1163, …
    expect(r.figures).toEqual(RIGHT);
  });
});
