// A workbook row whose figure cells add up other rows of their column (=SUM(B2:B3),
// =SUBTOTAL(9,…), =B2+B3+B5) is a subtotal, whatever its label says (round 49b, 01 and 01b).
// Unlabelled, it was added as an office whenever its figures differed from the rows beside it
// (a SUM range that missed an inserted row, a subtotal of some columns only): 680/540 for
// 380/290, exit 0. Such a row is refused, naming the cell, its formula and the rows it adds;
// rows labelled as totals or subtotals are checked against the sums, formulas or not, as before.
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';
import { jsonTotals, refusalText } from '../helpers/json-totals.js';
import { escapeText as escape, writeRawWorkbook } from '../helpers/raw-workbook.js';

type Cell = string | number | { f: string; v: number } | null;

const COLUMNS = 'ABCDEFGH';
const cell = (c: Cell, ref: string): string => {
  if (c === null) return '';
  if (typeof c === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${escape(c)}</t></is></c>`;
  if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
  return `<c r="${ref}"><f>${escape(c.f)}</f><v>${c.v}</v></c>`;
};
const HEADER: Cell[] = ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];
/** A one-sheet workbook ("S") of these rows, the header first. */
const book = (rows: readonly Cell[][]) =>
  writeRawWorkbook({ sheets: [{ name: 'S', data: [HEADER, ...rows].map((r, i) => `<row r="${i + 1}">${r.map((c, j) => cell(c, `${COLUMNS[j]}${i + 1}`)).join('')}</row>`).join('') }], sharedStrings: [] });
const firstLine = async (file: string) => (await refusalText(file)).split('\n')[0]!;

const A: Cell[] = ['Huyện A', 100, 90, 1000000, 500000];
const B: Cell[] = ['Huyện B', 200, 150, 3000000, 1000000];
const D: Cell[] = ['Huyện D', 30, 20, 60000, 10000];
const C: Cell[] = ['Huyện C', 50, 40, 100000, 50000];
/** rows 2–3 summed, with the results Excel stored */
const sumOf23 = (label: string): Cell[] => [label, { f: 'SUM(B2:B3)', v: 300 }, { f: 'SUM(C2:C3)', v: 240 }, { f: 'SUM(D2:D3)', v: 4000000 }, { f: 'SUM(E2:E3)', v: 1500000 }];

describe('an unlabelled row of sums of other rows is refused at its first summing cell', () => {
  it('a SUM range that missed the row inserted below it (01)', async () => {
    const file = await book([A, B, D, sumOf23('Địa bàn 1'), C]);
    expect(await firstLine(file)).toBe('FILE:S!B5: error: row 5 "Địa bàn 1": cases with conditions: =SUM(B2:B3) adds rows 2–3: a subtotal, not an office; added as one it would count them twice [SUM_FORMULA_ROW]');
    const check = await runThads(['check', file]);
    expect(check.code).toBe(1);
    expect(check.stdout.split(file).join('FILE')).toContain('FILE:S!B5: error: row 5 "Địa bàn 1"');
  });

  it('a subtotal of one column, the others empty (01b)', async () => {
    const file = await book([A, B, ['Địa bàn 1', null, { f: 'SUM(C2:C3)', v: 240 }, null, null], C]);
    expect(await firstLine(file)).toBe('FILE:S!C4: error: row 4 "Địa bàn 1": cases resolved: =SUM(C2:C3) adds rows 2–3: a subtotal, not an office; added as one it would count them twice [SUM_FORMULA_ROW]');
  });

  it.each([
    ['SUBTOTAL(9,B2:B4)', 330, 'rows 2–4'],
    ['B2+B3+B4', 330, 'rows 2–4'],
    ['SUM(B2,B4)', 130, 'rows 2, 4'],
    ['SUM($B$2:$B$3)', 300, 'rows 2–3'],
  ])('=%s', async (formula, stored, rows) => {
    const file = await book([A, B, D, ['Địa bàn 1', { f: formula, v: stored }, 10, 20, 30], C]);
    expect(await firstLine(file)).toBe(`FILE:S!B5: error: row 5 "Địa bàn 1": cases with conditions: =${formula} adds ${rows}: a subtotal, not an office; added as one it would count them twice [SUM_FORMULA_ROW]`);
  });
});

describe('a shared formula (a row of =SUM filled right) is read in each cell as Excel shows it', () => {
  it('its master in the STT column, a follower the first summing figure cell', async () => {
    const head = ['STT', ...HEADER].map((h, i) => cell(h, `${COLUMNS[i]}1`)).join('');
    const office = (r: number, name: string, ...figures: number[]) => [r - 1, name, ...figures].map((v, i) => cell(v, `${COLUMNS[i]}${r}`)).join('');
    const shared = (ref: string, v: number) => `<c r="${ref}"><f t="shared" si="0"/><v>${v}</v></c>`;
    const data =
      `<row r="1">${head}</row><row r="2">${office(2, 'Huyện A', 100, 90, 1000000, 500000)}</row><row r="3">${office(3, 'Huyện B', 200, 150, 3000000, 1000000)}</row>` +
      `<row r="4">${office(4, 'Huyện D', 30, 20, 60000, 10000)}</row>` +
      `<row r="5"><c r="A5"><f t="shared" ref="A5:F5" si="0">SUM(A2:A3)</f><v>3</v></c>${cell('Địa bàn 1', 'B5')}${shared('C5', 300)}${shared('D5', 240)}${shared('E5', 4000000)}${shared('F5', 1500000)}</row>` +
      `<row r="6">${office(6, 'Huyện C', 50, 40, 100000, 50000)}</row>`;
    const file = await writeRawWorkbook({ sheets: [{ name: 'S', data }], sharedStrings: [] });
    expect(await firstLine(file)).toBe('FILE:S!C5: error: row 5 "Địa bàn 1": cases with conditions: =SUM(C2:C3) adds rows 2–3: a subtotal, not an office; added as one it would count them twice [SUM_FORMULA_ROW]');
  });
});

describe('what passes as before', () => {
  it('a subtotal labelled "Cộng …" over every row of its range is checked, not added', async () => {
    const file = await book([A, B, sumOf23('Cộng địa bàn 1'), C]);
    // A + B + C: 100 + 200 + 50, 90 + 150 + 40; 1000000 + 3000000 + 100000, 500000 + 1000000 + 50000
    expect(await jsonTotals(file)).toEqual({ cases: ['350', '280'], money: ['4100000', '1550000'], districts: ['Huyện A', 'Huyện B', 'Huyện C'] });
  });

  it('offices whose cells are formulas of their own row, a copy of one cell, or cells of another sheet', async () => {
    const file = await book([
      ['Huyện A', { f: 'C2+10', v: 100 }, 90, { f: 'E2+500000', v: 1000000 }, 500000],
      // (each storing what its cells give: a stored result they contradict is FORMULA_STALE_RESULT; B2 = C2 + 10 = 100, B3 = B2, C3 = B3 − 50)
      ['Huyện B', { f: 'B2', v: 100 }, { f: 'B3-50', v: 50 }, 3000000, 1000000],
      ['Huyện C', { f: "'Huyện C'!B2+'Huyện C'!B3", v: 50 }, 40, { f: 'SUM(Sheet2!D2:D3)', v: 100000 }, 50000],
    ]);
    // 100 + 100 + 50, 90 + 50 + 40; 1000000 + 3000000 + 100000, 500000 + 1000000 + 50000
    expect(await jsonTotals(file)).toEqual({ cases: ['250', '180'], money: ['4100000', '1550000'], districts: ['Huyện A', 'Huyện B', 'Huyện C'] });
  });

  it('a "Tổng cộng" row of =SUM equal to its rows is checked', async () => {
    const total: Cell[] = ['Tổng cộng', { f: 'SUM(B2:B4)', v: 350 }, { f: 'SUM(C2:C4)', v: 280 }, { f: 'SUM(D2:D4)', v: 4100000 }, { f: 'SUM(E2:E4)', v: 1550000 }];
    expect(await jsonTotals(await book([A, B, C, total]))).toEqual({ cases: ['350', '280'], money: ['4100000', '1550000'], districts: ['Huyện A', 'Huyện B', 'Huyện C'] });
  });

  it('a "Tổng cộng" row of =SUM that missed a row is refused as a total the rows contradict', async () => {
    const total: Cell[] = ['Tổng cộng', { f: 'SUM(B2:B3)', v: 300 }, { f: 'SUM(C2:C3)', v: 240 }, { f: 'SUM(D2:D3)', v: 4000000 }, { f: 'SUM(E2:E3)', v: 1500000 }];
    const text = await refusalText(await book([A, B, C, total]));
    expect(text).not.toContain('SUM_FORMULA_ROW');
    expect(text).toMatch(/declared total "Tổng cộng" has cases with conditions 300, but .* add up to 350/);
  });
});

// TT 05/2024's forms by enforcer (04, 05): each office's row =SUM of its enforcers' rows below it
// (round 51a, 01). Those rows are read as the office's parts, so its row is the office, read as
// the same table saved as CSV is: no SUM_FORMULA_ROW. A sum over another office's row still is one.
describe('an office row summing its own enforcers\' rows (form by enforcer)', () => {
  const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ THEO CHẤP HÀNH VIÊN NĂM 2019';
  /** The sheet "S": the title, the header on row 2, then these rows from row 3 (STT, name, two figures). */
  const enforcerBook = (rows: readonly Cell[][]) => {
    const all: Cell[][] = [[TITLE], ['STT', 'Đơn vị / Chấp hành viên', 'Có điều kiện', 'Giải quyết xong'], ...rows];
    const data = all.map((r, i) => `<row r="${i + 1}">${r.map((c, j) => cell(c, `${COLUMNS[j]}${i + 1}`)).join('')}</row>`).join('');
    return writeRawWorkbook({ sheets: [{ name: 'S', data }], sharedStrings: [], name: 'theo-chv-viec-2019.xlsx' });
  };
  const VU_BAN = 'Chi cục THADS huyện Vụ Bản';
  const MY_LOC = 'Chi cục THADS huyện Mỹ Lộc';
  /** the reproducer's shape: Tổng cộng =C4+C7; each office =SUM of its two enforcers' rows */
  const rows = (vuBanRange = 'C5:C6', vuBan = 100): Cell[][] => [
    ['', 'Tổng cộng', { f: 'C4+C7', v: vuBan + 200 }, { f: 'D4+D7', v: 240 }],
    ['I', VU_BAN, { f: `SUM(${vuBanRange})`, v: vuBan }, { f: 'SUM(D5:D6)', v: 90 }],
    [1, 'Nguyễn Văn An', 60, 55],
    [2, 'Trần Thị Bình', 40, 35],
    ['II', MY_LOC, { f: 'SUM(C8:C9)', v: 200 }, { f: 'SUM(D8:D9)', v: 150 }],
    [1, 'Lê Văn Cường', 120, 100],
    [2, 'Phạm Thị Dung', 80, 50],
  ];
  /** district, with conditions, resolved, rate of each CSV row */
  const figures = (csv: string) =>
    csv.trim().split('\n').slice(1).map((line) => {
      const c = line.split(',');
      return [c[1], c[9], c[18], c[20]];
    });

  it('reads each office once, as the CSV of the same table: 100/90, 200/150, total 300/240', async () => {
    const file = await enforcerBook(rows());
    const r = await runThads(['summarize', file, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // Vụ Bản 60 + 40 = 100, 55 + 35 = 90 (90.00 %); Mỹ Lộc 120 + 80 = 200, 100 + 50 = 150 (75.00 %); 300 / 240 = 80.00 %
    expect(figures(r.stdout)).toEqual([
      [VU_BAN, '100', '90', '90.00'],
      [MY_LOC, '200', '150', '75.00'],
      ['TOTAL', '300', '240', '80.00'],
    ]);
    expect(r.stderr).not.toContain('SUM_FORMULA_ROW');
    const check = await runThads(['check', file]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  it('an office\'s =SUM that reaches over the next office\'s row is refused', async () => {
    // rows 5–7: An, Bình and the row of Mỹ Lộc, an office of its own
    // (storing what Excel gives: 60 + 40 + 200 = 300, the total 300 + 200 = 500)
    const file = await enforcerBook(rows('C5:C7', 300));
    expect(await firstLine(file)).toBe(`FILE:S!C4: error: row 4 "${VU_BAN}": cases with conditions: =SUM(C5:C7) adds rows 5–7: a subtotal, not an office; added as one it would count them twice [SUM_FORMULA_ROW]`);
  });
});
