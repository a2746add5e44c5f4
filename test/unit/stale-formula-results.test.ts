// Formulas whose stored results are stale in a workbook that does not ask to be recalculated
// (round 70b, 01): a program filled a template (exceljs readFile → write the figures → writeFile)
// and kept each formula's stored result as the template had it — 0, or last year's — with
// <calcPr calcId="171027"/> and no fullCalcOnLoad. Excel recalculates on opening and shows the
// right figures; thads read the stored ones: every figure 0, exit 0, `check` clean. Now a simple
// formula (one cell, SUM of one range, a +/- chain of these) is worked out from the stored
// cells and a stored result that differs is FORMULA_STALE_RESULT at the cell.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';
import { escapeText as escape, type RawSheet, writeRawWorkbook } from '../helpers/raw-workbook.js';
import { D } from '../../src/domain/decimal.js';
import { areasOf, cellKey, judgedFormula, SHEET_ROWS, simpleFormula, staleResult, type FormulaCell } from '../../src/input/xlsx/stale-formulas.js';

const text = (t: string) => `<c t="inlineStr"><is><t>${escape(t)}</t></is></c>`;
const num = (v: string | number) => `<c><v>${v}</v></c>`;
/** A formula cell with its stored result (a number; '' for none written). */
const f = (formula: string, stored: string | number) => `<c><f>${escape(formula)}</f><v>${stored}</v></c>`;
const EMPTY = '<c/>';
const HEADER = ['Đơn vị', 'Việc có điều kiện', 'Việc thi hành xong', 'Việc đình chỉ', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];
const rows = (...cells: string[][]) => cells.map((c, i) => `<row r="${i + 1}">${c.join('')}</row>`).join('');
/** exceljs' calcPr: no fullCalcOnLoad */
const EXCELJS_CALC = '<calcPr calcId="171027"/>';

const book = (sheets: readonly RawSheet[]) => writeRawWorkbook({ sheets, sharedStrings: [], workbookTail: EXCELJS_CALC, name: 'bieu-07-2019.xlsx' });

async function run(file: string, command: 'summarize' | 'check' = 'summarize') {
  const r = await runThads(command === 'summarize' ? ['summarize', file, '--by', 'none', '--format', 'json'] : ['check', file]);
  const total = command === 'summarize' && r.code === 0 ? JSON.parse(r.stdout).total : null;
  return {
    code: r.code,
    stdout: r.stdout,
    stderr: r.stderr.split(file).join('FILE'),
    figures: total && [total.cases.withConditions, total.cases.resolved, total.money.withConditions, total.money.resolved],
  };
}

const HINT = '  hint: open the workbook in Excel or LibreOffice and save it, or export the values; thads never recalculates formulas\n';
const refusal = (at: string, field: string, stored: string, formula: string, gives: string) =>
  `FILE:${at}: error: ${field}: the cell stores ${stored}, but its formula ${formula} gives ${gives}: the workbook was not recalculated after its data changed, so what Excel shows is not what it stores [FORMULA_STALE_RESULT]\n${HINT}`;

/** The hidden data sheet the MIS wrote (the finding's "SoLieu"): two offices' figures in B2:G3. */
const dataSheet = (name: string): RawSheet => ({
  name,
  state: 'hidden',
  data: rows(
    HEADER.map(text),
    [text('Mỹ Lộc'), num(586), num(520), num(13), num(533), num('9565824.266000001'), num('7828289.345')],
    [text('Vụ Bản'), num(655), num(611), num(19), num(630), num('16389337.399'), num('14164361.157')],
  ),
});
const COLUMNS = ['B', 'C', 'D', 'E', 'F', 'G'];
/** The visible form: each figure `ref(column, row)` over the data sheet, storing `stored(column, row)`. */
const formSheet = (ref: (column: string, row: number) => string, stored: (column: string, row: number) => string | number): RawSheet => ({
  name: 'Biểu 07',
  data: rows(HEADER.map(text), ...[['Mỹ Lộc', 2], ['Vụ Bản', 3]].map(([office, row]) => [text(office as string), ...COLUMNS.map((c) => f(ref(c, row as number), stored(c, row as number)))])),
});
/** What the data sheet holds, as Excel stores the results once it has recalculated. */
const RIGHT: Record<string, string> = { B2: '586', C2: '520', D2: '13', E2: '533', F2: '9565824.266000001', G2: '7828289.345', B3: '655', C3: '611', D3: '19', E3: '630', F3: '16389337.399', G3: '14164361.157' };
// Right totals by hand: cases with conditions 586 + 655 = 1241, resolved 533 + 630 = 1163;
// money 9565824.266 + 16389337.399 = 25955161.665, resolved 7828289.345 + 14164361.157 = 21992650.502
const RIGHT_TOTALS = ['1241', '1163', '25955161.665', '21992650.502'];

describe("the finding's TP1: a visible form of =SoLieu!C7 over a hidden data sheet, each storing the template's 0", () => {
  it('summarize: refused at the first figure, saying both values, exit 1 (was: every figure 0, exit 0)', async () => {
    const file = await book([formSheet((c, r) => `SoLieu!${c}${r}`, () => 0), dataSheet('SoLieu')]);
    const r = await run(file);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(refusal('Biểu 07!B2', 'cases with conditions', '0', '=SoLieu!B2', '586'));
  });

  it('check: no longer "no problems": exit 1 naming the cell', async () => {
    const file = await book([formSheet((c, r) => `SoLieu!${c}${r}`, () => 0), dataSheet('SoLieu')]);
    const r = await run(file, 'check');
    expect(r.code).toBe(1);
    // (check reports on stdout, sorted by place: every office refused, the sheet's NO_DATA comes first)
    const lines = r.stdout.split(file).join('FILE').split('\n');
    expect(lines).toContain(refusal('Biểu 07!B2', 'cases with conditions', '0', '=SoLieu!B2', '586').split('\n')[0]);
    expect(lines.at(-2)).toMatch(/^\d+ errors, 0 warnings in 1 file$/);
  });

  it.each([
    ["'Số liệu'!$B$2 (quoted, Vietnamese, absolute)", 'Số liệu', (c: string, r: number) => `'Số liệu'!$${c}$${r}`, "='Số liệu'!$B$2"],
    ['solieu!B2 (the sheet named in another case)', 'SoLieu', (c: string, r: number) => `solieu!${c}${r}`, '=solieu!B2'],
    ["'Data''s'!B2 (a quote in the name)", "Data's", (c: string, r: number) => `'Data''s'!${c}${r}`, "='Data''s'!B2"],
  ])('%s: refused the same', async (_, sheet, ref, shown) => {
    const file = await book([formSheet(ref, () => 0), dataSheet(sheet)]);
    const r = await run(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(refusal('Biểu 07!B2', 'cases with conditions', '0', shown, '586'));
  });

  it("one stale cell among right ones (Vụ Bản's money resolved stores last year's 14000000): refused there", async () => {
    const file = await book([formSheet((c, r) => `SoLieu!${c}${r}`, (c, r) => (c === 'G' && r === 3 ? 14000000 : RIGHT[`${c}${r}`]!)), dataSheet('SoLieu')]);
    const r = await run(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(refusal('Biểu 07!G3', 'money resolved', '14000000', '=SoLieu!G3', '14164361.157'));
  });

  it('a shared formula filled right (Excel stores it once): its follower is judged as its own text', async () => {
    // B2 is the master SoLieu!B2, right; C2 its follower: SoLieu!C2 = 520, storing 0
    const cells = `<c><f t="shared" ref="B2:C2" si="0">SoLieu!B2</f><v>586</v></c><c><f t="shared" si="0"/><v>0</v></c>${num(13)}${num(533)}${num(1)}${num(1)}`;
    const form: RawSheet = { name: 'Biểu 07', data: rows(HEADER.map(text), [text('Mỹ Lộc'), cells]) };
    const r = await run(await book([form, dataSheet('SoLieu')]));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(refusal('Biểu 07!C2', 'cases completed', '0', '=SoLieu!C2', '520'));
  });
});

describe("the finding's ST1: resolved =SUM(completed:terminated) of its own row, storing last year's figure", () => {
  it('=SUM(C2:D2) storing 480 where 520 + 13 = 533: refused at E2 (was: 480 read, a RESOLVED_MISMATCH warning, exit 0)', async () => {
    const data = rows(HEADER.map(text), [text('Mỹ Lộc'), num(586), num(520), num(13), f('SUM(C2:D2)', 480), num('9565824.266000001'), num('7828289.345')]);
    const r = await run(await book([{ name: 'Biểu 07', data }]));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(refusal('Biểu 07!E2', 'cases resolved', '480', '=SUM(C2:D2)', '533'));
  });

  it('a Tổng cộng row above its offices, =SUM(B3:B4) storing 1240 where 586 + 655 = 1241: FORMULA_STALE_RESULT at B2 (was BAD_NUMBER: "=SUM(B3:B4)" is not a number — the total row is judged after the rows below it)', async () => {
    const data = rows(
      HEADER.map(text),
      [text('Tổng cộng'), f('SUM(B3:B4)', 1240), f('SUM(C3:C4)', 1131), f('SUM(D3:D4)', 32), f('SUM(E3:E4)', 1163), f('SUM(F3:F4)', '25955161.665'), f('SUM(G3:G4)', '21992650.502')],
      [text('Mỹ Lộc'), num(586), num(520), num(13), num(533), num('9565824.266'), num('7828289.345')],
      [text('Vụ Bản'), num(655), num(611), num(19), num(630), num('16389337.399'), num('14164361.157')],
    );
    const r = await run(await book([{ name: 'Biểu 07', data }]));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(refusal('Biểu 07!B2', 'cases with conditions', '1240', '=SUM(B3:B4)', '1241'));
  });

  it("money =SoLieu!K7+SoLieu!L7 storing last year's 6900000.5: refused, the sum exact (7194245.234 + 634044.111 = 7828289.345)", async () => {
    const parts: RawSheet = { name: 'SoLieu', state: 'hidden', data: `<row r="7"><c r="K7"><v>7194245.234</v></c><c r="L7"><v>634044.111</v></c></row>` };
    const data = rows(HEADER.map(text), [text('Mỹ Lộc'), num(586), num(520), num(13), f('SUM(C2:D2)', 533), num('9565824.266000001'), f('SoLieu!K7+SoLieu!L7', '6900000.5')]);
    const r = await run(await book([{ name: 'Biểu 07', data }, parts]));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(refusal('Biểu 07!G2', 'money resolved', '6900000.5', '=SoLieu!K7+SoLieu!L7', '7828289.345'));
  });

  it('a minus chain =B2-C2+D2 storing a stale 50 where 586 − 520 + 13 = 79, in a figure column: refused', async () => {
    const data = rows([...HEADER, 'Việc đang thi hành'].map(text), [text('Mỹ Lộc'), num(586), num(520), num(13), num(533), num(9565824266), num(7828289345), f('B2-C2-D2', 50)]);
    const r = await run(await book([{ name: 'Biểu 07', data }]));
    expect(r.code).toBe(1);
    // 586 − 520 − 13 = 53
    expect(r.stderr).toBe(refusal('Biểu 07!H2', 'cases in progress', '50', '=B2-C2-D2', '53'));
  });
});

describe('the way a Node MIS makes it: exceljs reads the template, writes the figures into the data sheet, saves', () => {
  /** The template: "Biểu 07" of =SoLieu!B2 … storing 0, an empty hidden "SoLieu"; then filled as `fill` says, and saved. */
  async function filled(fill: (data: ExcelJS.Worksheet) => void): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'thads-stale-exceljs-'));
    const template = new ExcelJS.Workbook();
    const form = template.addWorksheet('Biểu 07');
    form.addRow(HEADER);
    form.addRow(['Mỹ Lộc', ...COLUMNS.map((c) => ({ formula: `SoLieu!${c}2`, result: 0 }))]);
    template.addWorksheet('SoLieu', { state: 'hidden' });
    await template.xlsx.writeFile(join(dir, 'template.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'template.xlsx'));
    fill(book.getWorksheet('SoLieu')!);
    const file = join(dir, 'bieu-07-2019.xlsx');
    await book.xlsx.writeFile(file);
    return file;
  }

  it('the figures written, the formulas\' results left at 0: refused at B2 (586 on the data sheet)', async () => {
    const r = await run(await filled((data) => data.getRow(2).values = ['Mỹ Lộc', 586, 520, 13, 533, 9565824.266, 7828289.345]));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(refusal('Biểu 07!B2', 'cases with conditions', '0', '=SoLieu!B2', '586'));
  });

  it('over-reach: the data sheet left empty, the results 0 are what the formulas give: read, all 0', async () => {
    const r = await run(await filled(() => {}));
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures).toEqual(['0', '0', '0', '0']);
  });
});

describe('over-reach: formulas thads reads as before', () => {
  it('every formula storing what its cells give (Excel saved it): read, right totals', async () => {
    const file = await book([formSheet((c, r) => `SoLieu!${c}${r}`, (c, r) => RIGHT[`${c}${r}`]!), dataSheet('SoLieu')]);
    const r = await run(file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures).toEqual(RIGHT_TOTALS);
  });

  it("Excel's own 17-digit results of a money SUM (7828289.3449999997 for 7194245.234 + 634044.111) are its sum, not stale", async () => {
    const data = rows(
      [...HEADER, 'Tiền thi hành xong', 'Tiền đình chỉ'].map(text),
      // resolved = completed + terminated: 520 + 13 = 533; 7194245.234 + 634044.111 = 7828289.345
      [text('Mỹ Lộc'), num(586), num(520), num(13), f('SUM(C2:D2)', 533), num('9565824.266000001'), f('H2+I2', '7828289.3449999997'), num('7194245.234'), num('634044.111')],
    );
    const r = await run(await book([{ name: 'Biểu 07', data }]));
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures).toEqual(['586', '533', '9565824.266', '7828289.345']);
  });

  it('a SUM over a range with an empty cell counts it 0: =SUM(C2:D2) storing 520 over 520 and nothing', async () => {
    const data = rows(HEADER.map(text), [text('Mỹ Lộc'), num(586), num(520), EMPTY, f('SUM(C2:D2)', 520), num(9565824266), num(7828289345)]);
    const r = await run(await book([{ name: 'Biểu 07', data }]));
    expect(r.code, r.stderr).toBe(0);
    // 520 + 0 = 520
    expect(r.figures).toEqual(['586', '520', '9565824266', '7828289345']);
  });

  it('a reference to a sheet the workbook lacks, or to another workbook ([1]Sheet1!B2): the stored result read, as today', async () => {
    for (const formula of ['Thiếu!B2', '[1]Sheet1!B2', "'[1]Sheet1'!B2"]) {
      const data = rows(HEADER.map(text), [text('Mỹ Lộc'), f(formula, 586), num(520), num(13), num(533), num(9565824266), num(7828289345)]);
      const r = await run(await book([{ name: 'Biểu 07', data }]));
      expect(r.code, `${formula}: ${r.stderr}`).toBe(0);
      expect(r.figures, formula).toEqual(['586', '533', '9565824266', '7828289345']);
    }
  });

  it('a rate =E2/B2*100 storing a stale 0 in a column thads does not read: ignored; a formula not simple (ROUND) in a figure column: read as stored', async () => {
    const data = rows(
      [...HEADER, 'Tỷ lệ (%)'].map(text),
      [text('Mỹ Lộc'), num(586), num(520), num(13), f('ROUND(C2+D2,0)', 533), num(9565824266), num(7828289345), f('E2/B2*100', 0)],
    );
    const r = await run(await book([{ name: 'Biểu 07', data }]));
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures).toEqual(['586', '533', '9565824266', '7828289345']);
  });

  it('a SUM over a text cell (a dash typed as text) is not judged: its stored result read', async () => {
    const data = rows(HEADER.map(text), [text('Mỹ Lộc'), num(586), num(520), text('-'), f('SUM(C2:D2)', 520), num(9565824266), num(7828289345)]);
    const r = await run(await book([{ name: 'Biểu 07', data }]));
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures).toEqual(['586', '520', '9565824266', '7828289345']);
  });
});

describe('simpleFormula: which formulas are judged', () => {
  const shape = (formula: string) => simpleFormula(formula)?.map((t) => `${t.sign < 0 ? '-' : '+'}${t.area.sheet ?? ''}!${t.area.left},${t.area.top}:${t.area.right},${t.area.bottom}`) ?? null;
  it.each([
    ['=C7', ['+!3,7:3,7']],
    ['SoLieu!C7', ['+SoLieu!3,7:3,7']],
    ["='Số liệu'!$C$7", ['+Số liệu!3,7:3,7']],
    ['=SUM(F7:G7)', ['+!6,7:7,7']],
    ['= sum( $F$7:G7 )', ['+!6,7:7,7']],
    ['=C7-D7+SoLieu!E7', ['+!3,7:3,7', '-!4,7:4,7', '+SoLieu!5,7:5,7']],
    ['=-C7', ['-!3,7:3,7']],
  ])('%s → terms', (formula, terms) => {
    expect(shape(formula)).toEqual(terms);
  });
  it.each(['=F7/E7', '=C7*2', '=SUM(F7:G7,H7)', '=SUM(F7:G7)*100', '=[1]Sheet1!A1', '=ROUND(C7,0)', '=C:C', '=C7:D7', '=LOG10(C7)', '=C7+', '=TongSo', '=C7+1', '=IF(C7>0,C7,0)'])('%s → not judged (null)', (formula) => {
    expect(shape(formula)).toBeNull();
  });
});

describe('staleResult: exact decimals, with the rounding of a 15-digit operand only', () => {
  const values = (cells: Record<number, string | null>) => new Map([['S', new Map(Object.entries(cells).map(([k, v]) => [Number(k), v === null ? null : new D(v)]))]]);
  const cell = (formula: string, stored: string): FormulaCell => ({
    row: 9,
    column: 9,
    formula,
    stored: new D(stored),
    expr: judgedFormula(formula, () => 'S')!,
  });
  const A1 = cellKey(1, 1);
  const B1 = cellKey(1, 2);

  it('1234567.891 − 1234567.89 stored as Excel leaves it (0.000999999997764826): the same, not stale', () => {
    expect(staleResult(cell('A1-B1', '0.000999999977648258'), values({ [A1]: '1234567.891', [B1]: '1234567.89' }))).toBeNull();
  });
  it('a difference of one unit in the 12th digit is stale: 480.000000001 stored for 480', () => {
    expect(staleResult(cell('A1+B1', '480.000000001'), values({ [A1]: '470', [B1]: '10' }))).toEqual({ stored: '480.000000001', gives: '480' });
  });
  it('a cell named that is no number (text, TRUE): not judged', () => {
    expect(staleResult(cell('A1+B1', '0'), values({ [A1]: '470', [B1]: null }))).toBeNull();
  });
  it('an absent cell is empty: 0', () => {
    expect(staleResult(cell('SUM(A1:C1)', '470'), values({ [A1]: '470' }))).toBeNull();
    expect(staleResult(cell('SUM(A1:C1)', '480'), values({ [A1]: '470' }))).toEqual({ stored: '480', gives: '470' });
  });
});

// work101a 01: the commonest template shapes — a report sheet pulling each office's row from a
// data sheet by SUMIF / VLOOKUP / INDEX(MATCH), ROUND, a formula in brackets — are judged too.
describe('judgedFormula / staleResult: brackets, ROUND, SUMIF, VLOOKUP, INDEX, MATCH', () => {
  type V = string | { text: string } | null;
  /** sheet S: A1:A3 names, B1:B3 figures, C1 a key */
  const values = (cells: Record<number, V>) => new Map([['S', new Map(Object.entries(cells).map(([k, v]) => [Number(k), typeof v === 'string' ? new D(v) : v]))]]);
  const at = (row: number, column: number) => cellKey(row, column);
  const SHEET = { [at(1, 1)]: { text: 'Mỹ Lộc' }, [at(2, 1)]: { text: 'Vụ Bản' }, [at(3, 1)]: { text: 'Mỹ Lộc' }, [at(1, 2)]: '586', [at(2, 2)]: '655', [at(3, 2)]: '7', [at(1, 3)]: { text: 'VỤ BẢN' } } as Record<number, V>;
  const judge = (formula: string, stored: string, cells: Record<number, V> = SHEET) => {
    const expr = judgedFormula(formula, () => 'S');
    return expr && staleResult({ row: 9, column: 9, formula, stored: new D(stored), expr }, values(cells));
  };

  it.each([
    ['(B1)', '586'],
    ['-(B1-B2)', '69'],
    ['((B1)+(B2))', '1241'],
    ['ROUND(B1,-1)', '590'],
    ['ROUNDUP(B1,-1)', '590'],
    ['ROUNDDOWN(B1,-1)', '580'],
    ['ROUND(B1+B2,-2)', '1200'],
    ['SUMIF(A1:A3,C1,B1:B3)', '655'], // VỤ BẢN matches Vụ Bản: case ignored
    ['SUMIF(A1:A3,"mỹ lộc",B1:B3)', '593'], // 586 + 7: every matching row
    ['SUMIF(B1:B3,655)', '655'], // two arguments: the range summed itself
    ['VLOOKUP("Mỹ Lộc",A1:B3,2,FALSE)', '586'], // the first matching row
    ['VLOOKUP(C1,A1:B3,2,0)', '655'],
    ['INDEX(B1:B3,2)', '655'],
    ['INDEX(A1:B3,3,2)', '7'],
    ['INDEX(A1:B1,2)', '586'], // one row: the index is its column
    ['INDEX(B1:B3,MATCH(C1,A1:A3,0))', '655'],
  ])('%s gives %s: the same stored is not stale, another is', (formula, gives) => {
    expect(judge(formula, gives)).toBeNull();
    expect(judge(formula, '1')).toEqual({ stored: '1', gives });
  });

  it('ROUND rounds half away from zero, as Excel: 2.5 → 3, −2.5 → −3', () => {
    const cells = { [at(1, 2)]: '2.5', [at(2, 2)]: '-2.5' };
    expect(judge('ROUND(B1,0)', '2', cells)).toEqual({ stored: '2', gives: '3' });
    expect(judge('ROUND(B2,0)', '-2', cells)).toEqual({ stored: '-2', gives: '-3' });
  });

  it('figures in nghìn with decimals, stored as Excel adds their doubles: the same, not stale', () => {
    const cells = { [at(1, 1)]: { text: 'Mỹ Lộc' }, [at(2, 1)]: { text: 'mỹ lộc' }, [at(1, 2)]: '9565824.266', [at(2, 2)]: '16389337.399' };
    expect(judge('SUMIF(A1:A2,"Mỹ Lộc",B1:B2)', '25955161.665000003', cells)).toBeNull();
    expect(judge('ROUND(B1,0)', '9565824', cells)).toBeNull();
    expect(judge('ROUND(B1,0)', '9565825', cells)).toEqual({ stored: '9565825', gives: '9565824' });
  });

  it('ROUND at a boundary of non-whole operands (Excel’s double may fall either side): not judged', () => {
    // 0.1 + 0.2 − 0.25 is 0.05 in decimals, 0.04999999999999999 in doubles
    const cells = { [at(1, 2)]: '0.1', [at(2, 2)]: '0.2', [at(3, 2)]: '0.25' };
    expect(judge('ROUND(B1+B2-B3,1)', '0', cells)).toBeNull();
    expect(judge('ROUND(B1+B2-B3,1)', '0.1', cells)).toBeNull();
  });

  it.each([
    'SUMIF(A1:A3,"Mỹ*",B1:B3)', // a wildcard
    'SUMIF(A1:A3,">0",B1:B3)', // an operator
    'SUMIF(A1:A3,C1,B1:B2)', // sum_range of another shape
    'VLOOKUP(C1,A1:B3,2)', // approximate match
    'VLOOKUP(C1,A1:B3,2,TRUE)',
    'VLOOKUP(C1,A1:B3,3,0)', // no such column
    'VLOOKUP(C1,A1:B3,1,0)', // a text result
    'INDEX(A1:B3,2)', // a whole row
    'INDEX(B1:B3,4)', // #REF!
    'INDEX(B1:B3,MATCH(C1,A1:A3,1))', // MATCH not exact
    'ROUND(B1,C1)', // digits not a literal
    'B1*B2', // a product of two cells: rounded in floats
    'B1/B2',
  ])('%s: not judged', (formula) => {
    expect(judge(formula, '1')).toBeNull();
  });

  // One judged part with a literal operation (s30, s14, s18, s20–s22): B1 = 586, B2 = 655, B3 = 7, A1 "Mỹ Lộc".
  it.each([
    ['B1+0', '586'],
    ['0+B1', '586'],
    ['B1-15', '571'], // 586 − 15
    ['1000-B1', '414'], // 1000 − 586
    ['B1*1', '586'],
    ['1000*B1', '586000'],
    ['B1/1000', '0.586'], // đồng shown in nghìn
    ['B1/1000*2', '1.172'], // 0.586 × 2
    ['(B1+B2)/1000', '1.241'], // (586 + 655) ÷ 1000
    ['ROUND(B1/100,0)', '6'], // 5.86 → 6
    ['SUMIF(A1:A3,C1,B1:B3)*1000', '655000'],
    ['7/B3', '1'],
    ['N(B1)', '586'],
    ['N(A1)', '0'], // N of a text is 0
    ['VALUE(B1)', '586'],
    ['B1&""', '586'], // its text, read back by the number rules
    ['""&B2', '655'],
    ['(B1&"")', '586'],
  ])('%s gives %s: the same stored is not stale, another is', (formula, gives) => {
    expect(judge(formula, gives)).toBeNull();
    expect(judge(formula, '5')).toEqual({ stored: '5', gives });
  });

  it('a quotient is exact in decimals and compared at Excel’s 15 digits: 1000/7 stores 142.857142857143', () => {
    const cells = { [at(1, 2)]: '7' };
    // 1000 ÷ 7 = 142.857142857142857…: Excel's 15 digits differ from it by 1.4e-13, within one unit of the 15th digit of 1000 (1e-12)
    expect(judge('1000/B1', '142.857142857143', cells)).toBeNull();
    expect(judge('1000/B1', '142.86', cells)).toEqual({ stored: '142.86', gives: '142.857142857143' });
  });

  it('a division by 0 gives #DIV/0!: a stored number is stale; VALUE of an empty cell or a text, and &"x", are not judged', () => {
    expect(judge('B1/0', '5')).toEqual({ stored: '5', gives: '#DIV/0!' });
    expect(judge('7/(B3-7)', '5')).toEqual({ stored: '5', gives: '#DIV/0!' }); // B3 − 7 = 0
    expect(judge('VALUE(D9)', '5')).toBeNull();
    expect(judge('VALUE(A1)', '5')).toBeNull();
    expect(judge('B1&"x"', '5')).toBeNull();
    expect(judge('"x"&B1', '5')).toBeNull();
  });

  it('VLOOKUP("Hải Hậu",A1:B3,2,0) finding nothing outside IFERROR gives #N/A: a stored number is stale (stalerow; was: not judged)', () => {
    expect(judge('VLOOKUP("Hải Hậu",A1:B3,2,0)', '1')).toEqual({ stored: '1', gives: '#N/A' });
  });

  it('a key that Excel may take otherwise is not judged: a number-like text, a 0, texts equal only once normalised', () => {
    // SUMIF's criterion 586 counts a text "586" too, VLOOKUP's does not
    expect(judge('SUMIF(A1:A2,586,B1:B2)', '1', { [at(1, 1)]: { text: '586' }, [at(1, 2)]: '5' })).toBeNull();
    expect(judge('SUMIF(A1:A2,0,B1:B2)', '1', { [at(1, 2)]: '5' })).toBeNull();
    // "Mỹ Lộc" composed (NFC) and decomposed (NFD)
    expect(judge('SUMIF(A1:A2,"Mỹ Lộc",B1:B2)', '1', { [at(1, 1)]: { text: 'Mỹ Lộc'.normalize('NFD') }, [at(1, 2)]: '5' })).toBeNull();
    // a cell that is no number nor text (TRUE, an error) among those looked through
    expect(judge('VLOOKUP("Vụ Bản",A1:B2,2,0)', '1', { [at(1, 1)]: null, [at(2, 1)]: { text: 'Vụ Bản' }, [at(2, 2)]: '5' })).toBeNull();
  });

  it.each([
    ['SUMIFS(B1:B3,A1:A3,C1)', '655'], // one criterion: SUMIF's arguments reordered
    ['SUMIFS(B1:B3,A1:A3,"Mỹ Lộc",B1:B3,7)', '7'], // every pair met
    ['IFERROR(VLOOKUP(C1,A1:B3,2,0),0)', '655'], // found: the lookup's
    ['IFERROR(VLOOKUP("Hải Hậu",A1:B3,2,0),0)', '0'], // #N/A: the fallback
    ['IFERROR(INDEX(B1:B3,MATCH("Hải Hậu",A1:A3,0)),5)', '5'],
    ['IFERROR(SUMIF(A1:A3,C1,B1:B3),0)', '655'],
  ])('work103a 02/03: %s gives %s', (formula, gives) => {
    expect(judge(formula, gives)).toBeNull();
    expect(judge(formula, '1')).toEqual({ stored: '1', gives });
  });

  it.each([
    'IFERROR(VLOOKUP("Hải Hậu",A1:B3,2,0),B1)', // a fallback that is no literal
    'IFERROR(VLOOKUP(C1,A1:B3,3,0),0)', // #REF! is not judged, even in IFERROR
    'SUMIFS(B1:B3,A1:A3,"Mỹ*")', // a wildcard
    'SUMIFS(B1:B3,A1:A3,C1,B1:B2,7)', // a range of another shape
    'SUMIFS(B1:B3,A1:A3)', // a range without its criterion
  ])('%s: not judged', (formula) => {
    expect(judge(formula, '1')).toBeNull();
  });

  it('work103a 01: a whole column is parsed down to the sheet’s end (staleResults cuts it at the last stored row)', () => {
    const areas = (formula: string) => {
      const e = judgedFormula(formula);
      return e && areasOf(e).map((a) => [a.sheet, a.left, a.top, a.right, a.bottom]);
    };
    expect(areas("SUMIF('Số liệu'!$B:$B,$B4,'Số liệu'!C:C)")).toEqual([
      ['Số liệu', 3, 1, 3, SHEET_ROWS],
      ['Số liệu', 2, 1, 2, SHEET_ROWS],
      [null, 2, 4, 2, 4],
    ]);
    expect(areas('VLOOKUP($B4,SoLieu!$B:$F,2,0)')?.[1]).toEqual(['SoLieu', 2, 1, 6, SHEET_ROWS]);
    expect(simpleFormula('C:C')).toBeNull(); // a whole column is no one cell
    expect(judgedFormula('SUMIF(B:B1,C1,C:C)')).toBeNull();
  });

  it('simpleFormula flattens brackets into signed terms; a ROUND or a lookup is no plain sum', () => {
    expect(simpleFormula('=-(C7-D7)')?.map((t) => t.sign)).toEqual([-1, 1]);
    expect(simpleFormula('=(D4+E4)')?.length).toBe(2);
    expect(simpleFormula('=SUMIF(A1:A3,C1,B1:B3)')).toBeNull();
  });
});
