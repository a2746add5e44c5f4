// Float residues of formula cells (round 85b, 01/02). The template's remainder "Trường hợp khác"
// =D−E−F−G, recalculated and saved by LibreOffice, stores −8.44011083245277E-010 where the sheet
// shows 0,000 (thads refused NEGATIVE_VALUE, saying the number cell "holds U+2063") and
// 346426.862999999 where it shows 346.426,863 (thads printed 346426862.999999 đồng). A number
// formula's result over cells of its own row is now read as the shortest decimal within 64 ulp
// of its operands' largest (src/input/xlsx/float-residue.ts); typed figures, sums of other rows
// (declared-total-residue.test.ts: 63000000.063 beside 743400193507.083) read as before.
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';
import { escapeText as escape, writeRawWorkbook } from '../helpers/raw-workbook.js';
import { rowFloatError, shortestWithin } from '../../src/input/xlsx/float-residue.js';

const text = (t: string) => `<c t="inlineStr"><is><t>${escape(t)}</t></is></c>`;
/** a number cell as the XML stores it, typed (no formula) */
const num = (v: string) => `<c><v>${v}</v></c>`;
/** a formula cell and the result stored, as LibreOffice writes it */
const f = (formula: string, stored: string) => `<c><f>${escape(formula)}</f><v>${stored}</v></c>`;
const rows = (...cells: string[][]) => cells.map((c, i) => `<row r="${i + 1}">${c.join('')}</row>`).join('');
const HEADER = ['Đơn vị', 'Việc có điều kiện', 'Việc thi hành xong', 'Tiền có điều kiện', 'Tiền thi hành xong', 'Tiền đình chỉ', 'Tiền đang thi hành', 'Tiền trường hợp khác'];
/** the remainder formula of row r: H = D − E − F − G */
const remainder = (r: number) => `D${r}-E${r}-F${r}-G${r}`;

const book = (data: string) => writeRawWorkbook({ sheets: [{ name: 'Biểu 07', data }], name: 'bao-cao-2019.xlsx' });

async function summarize(file: string) {
  const r = await runThads(['summarize', file, '--by', 'none', '--format', 'json']);
  const money = r.code === 0 ? JSON.parse(r.stdout).total.money : null;
  return { code: r.code, stderr: r.stderr.split(file).join('FILE'), money: money && { withConditions: money.withConditions, completed: money.completed, inProgress: money.inProgress, other: money.other } };
}

// Mỹ Lộc: 9 565 824,266 − 7 194 245,234 − 634 044,111 − 1 737 534,921 = 0 (nghìn đồng)
const MY_LOC = ['Mỹ Lộc', '586', '520', '9565824.266', '7194245.234', '634044.111', '1737534.921'];
// Ý Yên: 9 770 951,678 − 7 917 400,545 − 305 181,036 − 1 201 943,234 = 346 426,863
const Y_YEN = ['Ý Yên', '298', '266', '9770951.678', '7917400.545', '305181.036', '1201943.234'];
const office = ([name, ...figures]: string[], r: number, stored: string) => [text(name!), ...figures.map(num), f(remainder(r), stored)];
// By hand (nghìn → đồng ×1000): with conditions 9 565 824,266 + 9 770 951,678 = 19 336 775,944;
// completed 7 194 245,234 + 7 917 400,545 = 15 111 645,779; in progress 1 737 534,921 +
// 1 201 943,234 = 2 939 478,155; other 0 + 346 426,863 = 346 426,863.
const RIGHT = { withConditions: '19336775944', completed: '15111645779', inProgress: '2939478155', other: '346426863' };

describe("the finding's workbooks, as LibreOffice stores them", () => {
  it('01: Mỹ Lộc\'s remainder stored −8.44011083245277E-010 (shown 0,000) reads 0, exit 0 (was NEGATIVE_VALUE)', async () => {
    const file = await book(rows([text('Đơn vị tính: Việc; nghìn đồng')], HEADER.map(text), office(MY_LOC, 3, '-8.44011083245277E-010'), office(Y_YEN, 4, '346426.863')));
    const r = await summarize(file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.money).toEqual(RIGHT);
  });

  it('02: Ý Yên\'s 346426.862999999 reads 346 426 863 đồng and Mỹ Lộc\'s 6.40284270048142E-010 reads 0, no false warning (was 346426862.999999…)', async () => {
    const file = await book(rows([text('Đơn vị tính: Việc; nghìn đồng')], HEADER.map(text), office(MY_LOC, 3, '6.40284270048142E-010'), office(Y_YEN, 4, '346426.862999999')));
    const r = await summarize(file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.money).toEqual(RIGHT);
  });

  it('with its Tổng cộng row of SUM formulas (stored as LibreOffice shows them): read and agreeing', async () => {
    const total = [text('Tổng cộng'), f('SUM(B3:B4)', '884'), f('SUM(C3:C4)', '786'), f('SUM(D3:D4)', '19336775.944'), f('SUM(E3:E4)', '15111645.779'), f('SUM(F3:F4)', '939225.147'), f('SUM(G3:G4)', '2939478.155'), f('SUM(H3:H4)', '346426.863')];
    const file = await book(rows([text('Đơn vị tính: Việc; nghìn đồng')], HEADER.map(text), office(MY_LOC, 3, '-8.44011083245277E-010'), office(Y_YEN, 4, '346426.862999999'), total));
    const r = await summarize(file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.money).toEqual(RIGHT);
  });
});

describe("Excel's shared formula (a follower row has no text of its own)", () => {
  it('the follower\'s 346426.86299999902 (Excel\'s 17 digits) reads 346 426 863 đồng, its master\'s 1.4551915228366852E-11 reads 0', async () => {
    const master = `<c><f t="shared" ref="H3:H4" si="0">${remainder(3)}</f><v>1.4551915228366852E-11</v></c>`;
    const follower = '<c><f t="shared" si="0"/><v>346426.86299999902</v></c>';
    const [myLoc, yYen] = [MY_LOC, Y_YEN].map(([name, ...figures]) => [text(name!), ...figures.map(num)]);
    const file = await book(rows([text('Đơn vị tính: Việc; nghìn đồng')], HEADER.map(text), [...myLoc!, master], [...yYen!, follower]));
    const r = await summarize(file);
    expect(r.stderr).toBe('');
    expect(r.money).toEqual(RIGHT);
  });
});

describe('a workbook written by exceljs with the exact doubles of the findings as formula results', () => {
  async function write(cells: (string | number | { formula: string; result: number })[][]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 07');
    ws.addRow(['Đơn vị tính: Việc; nghìn đồng']);
    ws.addRow(HEADER);
    for (const c of cells) ws.addRow(c);
    const file = join(mkdtempSync(join(tmpdir(), 'thads-float-')), 'bao-cao-2019.xlsx');
    await wb.xlsx.writeFile(file);
    return file;
  }
  const figures = (f: string[]) => [f[0]!, ...f.slice(1).map(Number)];

  it('−8.44011083245277e-10 and 346426.86299999902: 0 and 346 426 863 đồng', async () => {
    expect(346426.86299999902).not.toBe(346426.863);
    const file = await write([
      [...figures(MY_LOC), { formula: remainder(3), result: -8.44011083245277e-10 }],
      [...figures(Y_YEN), { formula: remainder(4), result: 346426.86299999902 }],
    ]);
    const r = await summarize(file);
    expect(r.stderr).toBe('');
    expect(r.money).toEqual(RIGHT);
  });

  it('a genuine 1234.5678 and 0.001 in a row of millions stay', async () => {
    // Mỹ Lộc: 9 565 824,266 − 7 194 245,234 − 634 044,111 − 1 736 300,3532 = 1 234,5678;
    // Ý Yên: 9 770 951,678 − 7 917 400,545 − 305 181,036 − 1 548 370,096 = 0,001 (M ≈ 10^7: 64 ulp = 2^-23);
    // other = 1 234,5678 + 0,001 = 1 234,5688 nghìn = 1 234 568,8 đồng
    const file = await write([
      ['Mỹ Lộc', 586, 520, 9565824.266, 7194245.234, 634044.111, 1736300.3532, { formula: remainder(3), result: 1234.5678 }],
      ['Ý Yên', 298, 266, 9770951.678, 7917400.545, 305181.036, 1548370.096, { formula: remainder(4), result: 0.001 }],
    ]);
    const r = await summarize(file);
    expect(r.code).toBe(0);
    expect(r.money.other).toBe('1234568.8');
  });
});

describe('over-reach: ordinary workbooks read as before', () => {
  it('a genuine small value in a row of small values (formula results): 0,749 and 0,001 stay', async () => {
    // row 3: 2,5 − 1,25 − 0,001 − 0,5 = 0,749 (stored as JavaScript computes it, 0.7489999999999999)
    // row 4: 0,004 − 0,002 − 0,001 − 0 = 0,001
    // other = 0,749 + 0,001 = 0,75 nghìn = 750 đồng; with conditions 2,5 + 0,004 = 2,504 nghìn = 2 504 đồng
    const file = await book(
      rows(
        [text('Đơn vị tính: Việc; nghìn đồng')],
        HEADER.map(text),
        [text('Mỹ Lộc'), num('3'), num('2'), num('2.5'), num('1.25'), num('0.001'), num('0.5'), f(remainder(3), String(2.5 - 1.25 - 0.001 - 0.5))],
        [text('Ý Yên'), num('2'), num('1'), num('0.004'), num('0.002'), num('0.001'), num('0'), f(remainder(4), '0.001')],
      ),
    );
    const r = await summarize(file);
    expect(r.stderr).toBe('');
    expect(r.money).toEqual({ withConditions: '2504', completed: '1252', inProgress: '500', other: '750' });
  });

  it('0,5 đồng in a đồng column beside billions stays 0,5 đồng', async () => {
    // with conditions 9 565 824 266,5 + 100 = 9 565 824 366,5; other 0,5 (formula) + 0 = 0,5
    const file = await book(
      rows(
        [text('Đơn vị tính: Việc; đồng')],
        HEADER.map(text),
        [text('Mỹ Lộc'), num('586'), num('520'), num('9565824266.5'), num('7194245234'), num('634044111'), num('1737534921'), f(remainder(3), '0.5')],
        [text('Ý Yên'), num('2'), num('1'), num('100'), num('100'), num('0'), num('0'), f(remainder(4), '0')],
      ),
    );
    const r = await summarize(file);
    expect(r.money).toEqual({ withConditions: '9565824366.5', completed: '7194245334', inProgress: '1737534921', other: '0.5' });
  });

  it("a typed figure of 15 digits beside a larger one (thads' own workbook: tỷ to the đồng) stays to the đồng", async () => {
    // 312 345,123456789 tỷ = 312 345 123 456 789 đồng beside 900 000 cases: 64 ulp(900 000) ≈ 7,5e-9,
    // more than its last digit (1e-9): a typed value is the writer's decimal, never snapped
    const file = await book(
      rows(
        [text('Đơn vị tính: Việc; tỷ đồng')],
        HEADER.map(text),
        [text('Mỹ Lộc'), num('900000'), num('800000'), num('312345.123456789'), num('212345.123456789'), num('0'), num('100000'), num('0')],
      ),
    );
    const r = await summarize(file);
    expect(r.money).toEqual({ withConditions: '312345123456789', completed: '212345123456789', inProgress: '100000000000000', other: '0' });
  });

  it('a stored 17-digit 16201577.487499999 still reads 16 201 577,4875', async () => {
    // (Excel's 17 digits of a double near 16 201 577,4875; with conditions 16 201 577,4875 nghìn = 16 201 577 487,5 đồng)
    const file = await book(rows([text('Đơn vị tính: Việc; nghìn đồng')], HEADER.map(text), [text('Mỹ Lộc'), num('586'), num('520'), num('16201577.487499999'), num('16201577.4875'), num('0'), num('0'), num('0')]));
    const r = await summarize(file);
    expect(r.money?.withConditions).toBe('16201577487.5');
    expect(r.money?.completed).toBe('16201577487.5');
  });
});

describe('a negative number cell is still refused, without a character it does not hold', () => {
  it('a typed −5,5: NEGATIVE_VALUE, no "holds U+2063" (was said of every number cell with a fraction)', async () => {
    const file = await book(rows(HEADER.map(text), [text('Mỹ Lộc'), num('3'), num('2'), num('100'), num('50'), num('0'), num('0'), num('-5.5')]));
    const r = await summarize(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('FILE:Biểu 07!H2: error: money other "-5.5" is negative [NEGATIVE_VALUE]\n  hint: figures are counts and amounts and cannot be negative\n');
  });

  it('a formula result truly negative (−1,5 of a row of hundreds) is no residue: refused', async () => {
    // 100 − 50 − 51,5 − 0 = −1,5
    const file = await book(rows(HEADER.map(text), [text('Mỹ Lộc'), num('3'), num('2'), num('100'), num('50'), num('51.5'), num('0'), f(remainder(2), '-1.5')]));
    const r = await summarize(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('FILE:Biểu 07!H2: error: money other "-1.5" is negative [NEGATIVE_VALUE]\n  hint: figures are counts and amounts and cannot be negative\n');
  });
});

describe('shortestWithin: exact, on the double', () => {
  // M = 9 770 951,678: 2^23 ≤ M < 2^24, so 64 ulp(M) = 2^(23 − 46) = 2^-23 ≈ 1,19e-7
  it('the row error of 9 770 951,678 is 2^-23; of 0 none', () => {
    expect(rowFloatError(9770951.678)).toBe(-23);
    expect(rowFloatError(1)).toBe(-46);
    expect(rowFloatError(0)).toBeNull();
  });
  it('snaps residues, keeps genuine digits', () => {
    expect(shortestWithin(346426.862999999, -23, 9)).toBe('346426.863');
    expect(shortestWithin(-8.44011083245277e-10, -23, 24)).toBe('0');
    expect(shortestWithin(298262.640000001, -23, 9)).toBe('298262.64');
    expect(shortestWithin(1234.5678, -23, 4)).toBeNull();
    expect(shortestWithin(0.001, -23, 3)).toBeNull();
    // 2^-23 ≈ 1,19e-7 exactly is within; a hair more is not: 0,5 + 2^-23 → "0.5", 0,5 + 2^-22 stays
    expect(shortestWithin(0.5 + 2 ** -23, -23, 8)).toBe('0.5');
    expect(shortestWithin(0.5 + 2 ** -22, -23, 2)).toBeNull();
  });
});

describe('never shorter than its operands (work87b 01–03: amounts of 10^11–10^12 nghìn, where 64 ulp is 0,0078)', () => {
  // The Cục's row of a city with a 673 860 tỷ đồng case: with conditions 673 860 745 404,404 nghìn
  // = completed 650 146 360 824,984 + in progress 12 363 707 467,386 + … The remainder's true
  // value has 3 decimals; 64 ulp(6.7·10^11) = 2^-7 ≈ 0,0078 would allow 2 (…,40): never fewer
  // decimals than the operands read at 15 digits have.
  const BIG = ['Cục THADS TP Hồ Chí Minh', '900', '700', '673860745404.404', '650146360824.984', '1438454.616', '12363707467.386'];
  // 673 860 745 404,404 − 650 146 360 824,984 = 23 714 384 579,420; − 1 438 454,616 = 23 712 946 124,804;
  // − 12 363 707 467,386 = 11 349 238 657,418 (the double stored: 11349238657.418043; 2 decimals
  // "…,42" lie within 0,0078 of it)
  it('a remainder of 3-decimal amounts near 10^12 keeps its 3 decimals: 11 349 238 657 418 đồng', async () => {
    const exact = 673860745404.404 - 650146360824.984 - 1438454.616 - 12363707467.386; // the double LibreOffice stores
    const file = await book(rows([text('Đơn vị tính: Việc; nghìn đồng')], HEADER.map(text), office(BIG, 3, String(exact))));
    const r = await summarize(file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.money!.other).toBe('11349238657418');
  });

  it('a true −0,004 remainder beside them is still refused NEGATIVE_VALUE (was read 0)', async () => {
    // 23 712 946 124,804 (as above) − 23 712 946 124,808 = −0,004 (stored −0.003955841064453125)
    const NEG = ['Cục THADS TP Hồ Chí Minh', '900', '700', '673860745404.404', '650146360824.984', '1438454.616', '23712946124.808'];
    const exact = 673860745404.404 - 650146360824.984 - 1438454.616 - 23712946124.808;
    const file = await book(rows([text('Đơn vị tính: Việc; nghìn đồng')], HEADER.map(text), office(NEG, 3, String(exact))));
    const r = await summarize(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[NEGATIVE_VALUE]');
  });

  it('shortestWithin from the operands\' decimals', () => {
    // 2^-7 allows "…,42" for …,418043 and "0" for −0,003955…; from 3 decimals: "…,418", "−0,004"
    expect(shortestWithin(11349238657.418043, -7, 6)).toBe('11349238657.42');
    expect(shortestWithin(11349238657.418043, -7, 6, 3)).toBe('11349238657.418');
    expect(shortestWithin(-0.003955841064453125, -7, 18)).toBe('0');
    expect(shortestWithin(-0.003955841064453125, -7, 18, 3)).toBe('-0.004');
    expect(shortestWithin(346426.862999999, -23, 9, 3)).toBe('346426.863');
  });
});
