// Round 55b, finding 01: a "Kiểm tra" row written as a logical check — =C6=SUM(C3:C5) caching
// TRUE, or =IF(C6=SUM(C3:C5);"";"Sai") caching empty text — was refused BAD_NUMBER /
// FORMULA_NO_RESULT. On a check row TRUE and an empty result are a passed check (as 0 is), FALSE
// a failed one; on an office's row they stay no figure.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { escapeText } from '../helpers/raw-workbook.js';
import { book, EXPECTED, num, run, sheet, text } from '../helpers/three-offices-workbook.js';

const bool = (r: string, f: string, v: boolean) => `<c r="${r}" t="b"><f>${escapeText(f)}</f><v>${v ? 1 : 0}</v></c>`;
const textFormula = (r: string, f: string, v: string) => `<c r="${r}" t="str"><f>${escapeText(f)}</f><v>${escapeText(v)}</v></c>`;
const formula = (r: string, f: string, v: number) => `<c r="${r}"><f>${escapeText(f)}</f><v>${v}</v></c>`;

const SKIP_HINT = '  hint: a row labelled as a check ("Kiểm tra", "Đối chiếu") is no office: all its figures are 0, TRUE or empty (the check passed), so it is left out; delete it from the export to silence this\n';
const passed = (label: string) => `FILE:S!A7: warning: row 7 "${label}" is a check of the sheet's own figures that passed (each cell 0, TRUE or empty): not read as an office [CHECK_ROW_SKIPPED]\n${SKIP_HINT}`;
/** row 7: `label`, then one cell per figure column B–E */
const checkRow = (label: string, cell: (column: string, i: number) => string) => `<row r="7">${text('A7', label)}${['B', 'C', 'D', 'E'].map(cell).join('')}</row>`;

describe('a check row of logical checks under the total (finding 01)', () => {
  it.each(['Kiểm tra', 'KIỂM TRA SỐ LIỆU', 'Kiem tra', 'Đối chiếu', 'Check'])('"%s": =B6=SUM(B3:B5) caching TRUE in every cell: skipped, right totals', async (label) => {
    const file = await book(sheet('ABCDE') + checkRow(label, (c) => bool(`${c}7`, `${c}6=SUM(${c}3:${c}5)`, true)));
    const r = await run(file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.total).toEqual(EXPECTED);
    expect(r.stderr).toBe(passed(label));
  });

  it('=IF(B6=SUM(B3:B5);"";"Sai") caching empty text: skipped, right totals', async () => {
    const file = await book(sheet('ABCDE') + checkRow('Kiểm tra', (c) => textFormula(`${c}7`, `IF(${c}6=SUM(${c}3:${c}5),"","Sai")`, '')));
    const r = await run(file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.total).toEqual(EXPECTED);
    expect(r.stderr).toBe(passed('Kiểm tra'));
  });

  it('a row mixing 0 (=B6-SUM(B3:B5)), TRUE and empty results: skipped', async () => {
    const cells = [(c: string) => formula(`${c}7`, `${c}6-SUM(${c}3:${c}5)`, 0), (c: string) => bool(`${c}7`, `${c}6=SUM(${c}3:${c}5)`, true), (c: string) => textFormula(`${c}7`, `IF(${c}6=SUM(${c}3:${c}5),"","Lệch")`, ''), () => ''];
    const file = await book(sheet('ABCDE') + checkRow('Kiểm tra', (c, i) => cells[i]!(c)));
    const r = await run(file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.total).toEqual(EXPECTED);
    expect(r.stderr).toBe(passed('Kiểm tra'));
  });

  it('a failed check (one FALSE among TRUE): refused NOT_AN_OFFICE at the row, exit 1', async () => {
    const file = await book(sheet('ABCDE') + checkRow('Kiểm tra', (c, i) => bool(`${c}7`, `${c}6=SUM(${c}3:${c}5)`, i !== 2)));
    const r = await run(file);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      "FILE:S!A7: error: \"Kiểm tra\" holds a check of the sheet's own figures (a total less the sum of its offices), no office's, and it is not 0: it would be added as an office [NOT_AN_OFFICE]",
    );
  });

  it('every cell FALSE: refused NOT_AN_OFFICE too, never skipped as a row without figures', async () => {
    const file = await book(sheet('ABCDE') + checkRow('Đối chiếu', (c) => bool(`${c}7`, `${c}6=SUM(${c}3:${c}5)`, false)));
    const r = await run(file);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toContain('FILE:S!A7: error: "Đối chiếu" holds a check of the sheet\'s own figures');
    expect(r.stderr.split('\n')[0]).toContain('[NOT_AN_OFFICE]');
  });

  // Over-reach: only a row named as a check; an office's TRUE or empty result stays refused.
  it("an office's row with TRUE in its figures stays BAD_NUMBER", async () => {
    const data = sheet('ABCDE').replace(num('C4', 450), bool('C4', 'C3>0', true));
    const r = await run(await book(data));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('FILE:S!C4: error: cases with conditions: the cell holds the logical value TRUE, not a figure [BAD_NUMBER]');
  });

  it("an office's row with an empty text result stays FORMULA_NO_RESULT", async () => {
    const data = sheet('ABCDE').replace(num('C4', 450), textFormula('C4', 'IFERROR(VLOOKUP(A4,X!A:C,3,0),"")', ''));
    const r = await run(await book(data));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('FILE:S!C4: error: cases with conditions: the cell holds a formula whose stored result is empty or an error (=IFERROR(VLOOKUP(A4,X!A:C,3,0),"")) [FORMULA_NO_RESULT]');
  });

  it('the all-0 check row keeps its words (control)', async () => {
    const file = await book(sheet('ABCDE') + checkRow('Kiểm tra', (c) => formula(`${c}7`, `${c}6-SUM(${c}3:${c}5)`, 0)));
    const r = await run(file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.total).toEqual(EXPECTED);
    expect(r.stderr).toBe(`FILE:S!A7: warning: row 7 "Kiểm tra" is a check of the sheet's own figures, all 0: not read as an office [CHECK_ROW_SKIPPED]\n${SKIP_HINT}`);
  });
});

describe('a CSV check row of TRUE is read as before (both readers)', () => {
  const { both } = bothReaders('thads-logical-check-', ['--format', 'json']);
  it('"Kiểm tra;TRUE;TRUE" holds no number: a row without figures, skipped silently as before', async () => {
    // 400 + 450 = 850; 300 + 350 = 650
    const r = await both('viec-2019.csv', ['Đơn vị;Việc có điều kiện;Việc giải quyết xong', 'Mỹ Lộc;400;300', 'Vụ Bản;450;350', 'Tổng cộng;850;650', 'Kiểm tra;TRUE;TRUE']);
    expect(r.code).toBe(0);
    const total = JSON.parse(r.stdout).total.cases;
    expect([total.withConditions, total.resolved]).toEqual(['850', '650']);
    expect(r.stderr).toBe('');
  });
});
