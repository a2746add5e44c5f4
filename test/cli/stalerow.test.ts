// Three kinds of formula whose stored result thads did not judge, so a stale or unknowable figure
// was added to the total with exit 0 and no word (stalerow): (1) whole rows
// (`INDEX('Số liệu'!$2:$2,3)`, `INDEX('Số liệu'!$2:$3,MATCH(…),3)`) storing last year's 500 — read
// 1100 / 900 cases; (2) a formula that gives an error where it stores a number: a VLOOKUP that
// finds nothing (#N/A), a cell it names holding #REF!, a `#REF!` written in it (what Excel
// leaves after a deleted row) — each read Vụ Bản's 655; (3) a formula taking in its own cell
// (`=SUM(B5:C5)` in C5, a circular reference Excel does not work out) — its stored 655 read.
// Right: (1) judged as bounded ranges are (a whole row is its stored columns); (2) refused,
// "gives #N/A" / "gives #REF!"; (3) refused: the stored figure can be anything —
// FORMULA_STALE_RESULT at Biểu!C4 or C5 in each case.
// Controls: the same shapes recalculated read the right totals; IFERROR(…,0) over the missing
// office or over the #REF! cell storing its right 0 is read; a total row taking in its own cell
// (`=SUM(C4:C6)` in C6) is only checked, never added: storing the offices' sum it passes as today.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COLUMNS, RIGHT, STALE, filledTemplate, right, runTemplate as run, staleRefusal, template } from '../helpers/filled-template.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-stalerow-'));

/** `Số liệu` column of a `Biểu` column: C → 3 (C), D → 4, … */
const col = (c: string) => COLUMNS.indexOf(c) + 3;
/** the data sheet's row of the office on `Biểu` row r: 4 → 2 (Mỹ Lộc), 5 → 3 (Vụ Bản) */
const dataRow = (r: number) => r - 2;

const WHOLE_ROWS: [string, (c: string, r: number) => string][] = [
  ['INDEX over one whole row', (c, r) => `INDEX('Số liệu'!$${dataRow(r)}:$${dataRow(r)},${col(c)})`],
  ['INDEX/MATCH over whole rows', (c, r) => `INDEX('Số liệu'!$2:$3,MATCH($B${r},'Số liệu'!$B$2:$B$3,0),${col(c)})`],
];

/** Vụ Bản's row as the office sees it: Excel shows an error or nothing it can work out in C5 */
const plain = (c: string, r: number) => `'Số liệu'!${c}${dataRow(r)}`;
const missing = (c: string, r: number) => `VLOOKUP(${r === 5 ? '"Hải Hậu"' : `$B${r}`},'Số liệu'!$B$2:$F$3,${col(c) - 1},0)`;
const literalRef = (c: string, r: number) => (r === 5 && c === 'C' ? `'Số liệu'!C3+#REF!` : plain(c, r));
const circular = (c: string, r: number) => (r === 5 && c === 'C' ? 'SUM(B5:C5)' : plain(c, r));
/** `Số liệu`!C3 (Vụ Bản's cases) holding #REF! */
const refCell = (_form: unknown, data: { getCell(a: string): { value: unknown } }) => {
  data.getCell('C3').value = { error: '#REF!' };
};

const refusedAtC5 = (formula: string, gives: string) =>
  `FILE:Biểu!C5: error: cases with conditions: the cell stores 655, but its formula =${formula} gives ${gives}: the workbook was not recalculated after its data changed, so what Excel shows is not what it stores [FORMULA_STALE_RESULT]`;

describe('stalerow: stale or unknowable results of whole rows, errors and circular formulas', () => {
  // By hand: Biểu!C4 stores the template's 500; 'Số liệu'!C2 (row 2, column 3) is Mỹ Lộc's 586.
  test.each(WHOLE_ROWS)('%s storing last year’s: refused at C4 (was: 1100 / 900 cases, exit 0)', async (name, formula) => {
    const r = run(await filledTemplate(dir, `stale-${name.replace(/\W+/g, '-')}-2019`, formula, template));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(staleRefusal(`=${formula('C', 4)}`));
  });

  test('VLOOKUP of an office the data sheet lacks ("Hải Hậu") storing 655, no IFERROR: gives #N/A, refused (was: 1241 cases, exit 0)', async () => {
    const r = run(await filledTemplate(dir, 'na-2019', missing, right));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(refusedAtC5(missing('C', 5), '#N/A'));
  });

  test("a cell named holding #REF! ('Số liệu'!C3) while C5 stores 655: gives #REF!, refused (was: 1241 cases, exit 0)", async () => {
    const r = run(await filledTemplate(dir, 'ref-cell-2019', plain, right, refCell));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(refusedAtC5(plain('C', 5), '#REF!'));
  });

  test("#REF! written in the formula (='Số liệu'!C3+#REF!) storing 655: refused (was: 1241 cases, exit 0)", async () => {
    const r = run(await filledTemplate(dir, 'ref-literal-2019', literalRef, right));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(refusedAtC5(literalRef('C', 5), '#REF!'));
  });

  test('an office’s figure taking in its own cell (=SUM(B5:C5) in C5) storing 655: refused as unknowable (was: 1241 cases, exit 0)', async () => {
    const r = run(await filledTemplate(dir, 'circular-2019', circular, right));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      'FILE:Biểu!C5: error: cases with conditions: the cell stores 655, but its formula =SUM(B5:C5) takes in its own cell: a circular reference, which Excel does not work out, so what it stores can be anything [FORMULA_STALE_RESULT]',
    );
  });
});

describe('stalerow controls: what must keep its reading', () => {
  // By hand (filled-template.ts RIGHT): 586 + 655 = 1241 cases, 533 + 630 = 1163 resolved,
  // 9 565 824 266 + 16 389 337 399 = 25 955 161 665 đồng, 8 009 734 950 + 14 490 039 714 = 22 499 774 664.
  test.each(WHOLE_ROWS)('%s recalculated: the right totals, exit 0', async (name, formula) => {
    const r = run(await filledTemplate(dir, `right-${name.replace(/\W+/g, '-')}-2019`, formula, right));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.figures).toEqual(RIGHT);
  });

  test('IFERROR(VLOOKUP(…),0) of the missing office storing its right 0: read, exit 0', async () => {
    const r = run(await filledTemplate(dir, 'iferror-missing-2019', (c, r) => `IFERROR(${missing(c, r)},0)`, (office, column) => (office === 1 ? 0 : right(office, column))));
    expect(r.code, r.stderr).toBe(0);
    // By hand: Mỹ Lộc's row alone, Vụ Bản's 0
    expect(r.figures).toEqual(['586', '533', '9565824266', '8009734950']);
  });

  test("IFERROR('Số liệu'!C3,0) over the #REF! cell storing its right 0: read, exit 0", async () => {
    const guarded = (c: string, r: number) => `IFERROR(${plain(c, r)},0)`;
    const r = run(await filledTemplate(dir, 'iferror-ref-2019', guarded, (office, column) => (office === 1 && column === 0 ? 0 : right(office, column)), refCell));
    expect(r.code, r.stderr).toBe(0);
    // By hand: cases 586 + 0 = 586; the rest as RIGHT
    expect(r.figures).toEqual(['586', '1163', '25955161665', '22499774664']);
  });

  test('a total row taking in its own cell (=SUM(C4:C6) in C6) storing the offices’ 1241: checked, not added — exit 0 as today', async () => {
    const r = run(
      await filledTemplate(dir, 'circular-total-2019', plain, right, (form) => {
        form.getCell('C6').value = { formula: 'SUM(C4:C6)', result: 1241 } as never;
      }),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures).toEqual(RIGHT);
  });

  test('the template’s figures typed in (no formula): nothing to judge, read as written', async () => {
    // the template's figures typed in (no formula): nothing to judge, STALE read as written
    const r = run(await filledTemplate(dir, 'typed-2019', plain, template, (form) => {
      for (const [i, row] of [4, 5].entries()) COLUMNS.forEach((c, j) => (form.getCell(`${c}${row}`).value = template(i, j)));
    }));
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures).toEqual(STALE);
  });
});
