// A template's figure guarded against an empty data cell — `=IF('Số liệu'!C2="",0,'Số liệu'!C2)`
// and its kin — storing last year's result after a program filled the data sheet without
// recalculating (traps43 1: an exceljs script typed 2024's figures into the hidden "Số liệu" of a
// 2023 template; "Tổng hợp" kept 2023's 1,380 / 1,280 and thads printed them with exit 0, where
// Excel shows 1,539 / 1,439). thads did not judge IF, so it read the stored figures as they were.
// Now IF(X="",0,X), IF(""=X,0,X), IF(ISBLANK(X),0,X), IF(X<>"",X,0) and IF(NOT(ISBLANK(X)),X,0)
// are worked out as X (0 when X is empty, as the cell itself counts), like IFERROR(X,0) and N(X)
// already were, and a stored result they contradict is FORMULA_STALE_RESULT.
// Controls: the same workbooks recalculated read the right totals; an empty data cell under a
// guard storing its 0 is read.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RIGHT, filledTemplate, right, runTemplate as run, staleRefusal as refusal, template } from '../helpers/filled-template.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-stale-guards-'));

/** `Biểu` row r takes `Số liệu` row r − 2 */
const data = (c: string, r: number) => `'Số liệu'!${c}${r - 2}`;
const GUARDS: [string, (c: string, r: number) => string][] = [
  ['IF(X="",0,X)', (c, r) => `IF(${data(c, r)}="",0,${data(c, r)})`],
  ['IF(""=X,0,X)', (c, r) => `IF(""=${data(c, r)},0,${data(c, r)})`],
  ['IF(ISBLANK(X),0,X)', (c, r) => `IF(ISBLANK(${data(c, r)}),0,${data(c, r)})`],
  ['IF(X<>"",X,0)', (c, r) => `IF(${data(c, r)}<>"",${data(c, r)},0)`],
  ['IF(NOT(ISBLANK(X)),X,0)', (c, r) => `IF(NOT(ISBLANK(${data(c, r)})),${data(c, r)},0)`],
  ['IFERROR(X,0)', (c, r) => `IFERROR(${data(c, r)},0)`],
  ['N(X)', (c, r) => `N(${data(c, r)})`],
];
const cases = GUARDS.map(([name, formula], i) => [name, formula, i] as const);

describe('guards of an empty data cell storing last year’s results (traps43 1)', () => {
  test.each(cases)('=%s: refused at the first stale figure, exit 1 (was: 1100 / 900 cases, exit 0)', async (_, formula, i) => {
    const r = run(await filledTemplate(dir, `stale-guard${String.fromCharCode(97 + i)}-2019`, formula, template));
    expect(r.code).toBe(1);
    // By hand: C4 stores the template's 500; Số liệu!C2 holds Mỹ Lộc's 586
    expect(r.stderr.split('\n')[0]).toBe(refusal(`=${formula('C', 4)}`));
  });

  test.each(cases)('=%s recalculated: the right totals, exit 0', async (_, formula, i) => {
    const r = run(await filledTemplate(dir, `right-guard${String.fromCharCode(97 + i)}-2019`, formula, right));
    expect(r.code, r.stderr).toBe(0);
    // By hand (filled-template.ts): 586 + 655 = 1241, 533 + 630 = 1163, …
    expect(r.figures).toEqual(RIGHT);
  });

  test('an empty data cell under IF(X="",0,X) storing its 0: read, exit 0', async () => {
    const r = run(
      await filledTemplate(dir, 'empty-guard-2019', GUARDS[0]![1], (office, column) => (office === 1 && column === 0 ? 0 : right(office, column)), (_form, sheet) => {
        sheet.getCell('C3').value = null;
      }),
    );
    expect(r.code, r.stderr).toBe(0);
    // By hand: cases 586 + 0 = 586; the rest as RIGHT
    expect(r.figures).toEqual(['586', '1163', '25955161665', '22499774664']);
  });

  test('an empty data cell under IF(X="",0,X) storing last year’s 600: refused, it gives 0', async () => {
    const r = run(
      await filledTemplate(dir, 'empty-stale-guard-2019', GUARDS[0]![1], (office, column) => (office === 1 ? template(office, column) : right(office, column)), (_form, sheet) => {
        sheet.getCell('C3').value = null;
      }),
    );
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `FILE:Biểu!C5: error: cases with conditions: the cell stores 600, but its formula =${GUARDS[0]![1]('C', 5)} gives 0: the workbook was not recalculated after its data changed, so what Excel shows is not what it stores [FORMULA_STALE_RESULT]`,
    );
  });

});
