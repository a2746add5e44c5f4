// A workbook's row with no STT, no name and no text RIGHT UNDER THE HEADER, above the offices
// (where TT 05/2024's forms put "Tổng số"), whose every figure is =SUM over exactly the office
// rows below it, is the table's declared total, read as the same row labelled "Tổng cộng" is
// (work96b 02: refused MISSING_DISTRICT, exit 1). It is held to its word once the table is read:
// the rows it sums must be the table's office rows, all of them and nothing else; else it keeps
// its refusal (MISSING_DISTRICT at the row) — a sum of the Chi cục only, a range reaching into the
// header (its own row among them), an office below the range, a subtotal among them.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { runThads } from '../helpers/cli.js';
import { jsonTotals, refusalText } from '../helpers/json-totals.js';
import { escapeText as escape, writeRawWorkbook } from '../helpers/raw-workbook.js';

type Cell = string | number | { f: string; v: number } | { shared: string; f?: string; ref?: string; v: number } | null;

const COLUMNS = 'ABCDEFGH';
const cell = (c: Cell, ref: string): string => {
  if (c === null) return '';
  if (typeof c === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${escape(c)}</t></is></c>`;
  if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
  if ('shared' in c) return `<c r="${ref}"><f t="shared"${c.ref ? ` ref="${c.ref}"` : ''} si="${c.shared}">${c.f ? escape(c.f) : ''}</f><v>${c.v}</v></c>`;
  return `<c r="${ref}"><f>${escape(c.f)}</f><v>${c.v}</v></c>`;
};
const HEADER: Cell[] = ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];
const rowsXml = (rows: readonly Cell[][]) => rows.map((r, i) => `<row r="${i + 1}">${r.map((c, j) => cell(c, `${COLUMNS[j]}${i + 1}`)).join('')}</row>`).join('');
/** A workbook of one sheet "S": `above` (titles), the header, then `rows`. */
const book = (rows: readonly Cell[][], above: readonly Cell[][] = [], name?: string) => writeRawWorkbook({ sheets: [{ name: 'S', data: rowsXml([...above, HEADER, ...rows]) }], sharedStrings: [], ...(name ? { name } : {}) });

// rows 3–8 (the header row 1, the sum row 2)
const OFFICES: Cell[][] = [
  [1, 'Văn phòng Cục THADS tỉnh Nam Định', 640, 512, 802114500, 398512400],
  [2, 'Chi cục THADS thành phố Nam Định', 2790, 2401, 250110200, 121402100],
  [3, 'Chi cục THADS huyện Mỹ Lộc', 1810, 1570, 130200300, 70100200],
  [4, 'Chi cục THADS huyện Vụ Bản', 1650, 1430, 110330000, 55210100],
  [5, 'Chi cục THADS huyện Ý Yên', 1402, 1238, 78190957, 39800171],
  [6, 'Chi cục THADS huyện Nam Trực', 1575, 1378, 60201000, 32197000],
];
// By hand: 640 + 2790 + 1810 + 1650 + 1402 + 1575 = 9867; 512 + 2401 + 1570 + 1430 + 1238 + 1378 = 8529 (86.44 %);
// 802114500 + 250110200 + 130200300 + 110330000 + 78190957 + 60201000 = 1431146957;
// 398512400 + 121402100 + 70100200 + 55210100 + 39800171 + 32197000 = 717221971 (50.12 %).
const DISTRICTS = ['Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Nam Trực', 'Chi cục THADS huyện Vụ Bản', 'Chi cục THADS huyện Ý Yên', 'Chi cục THADS thành phố Nam Định', 'Văn phòng Cục THADS tỉnh Nam Định'];
const RIGHT = { cases: ['9867', '8529'], money: ['1431146957', '717221971'], districts: DISTRICTS };
const STORED = [9867, 8529, 1431146957, 717221971];
// the Chi cục only (rows 4–8), by hand: 9867 − 640 = 9227; 8529 − 512 = 8017; 1431146957 − 802114500 = 629032457; 717221971 − 398512400 = 318709571
const CHI_CUC = [9227, 8017, 629032457, 318709571];
/** the sum row: each figure column's formula `f(letter)`, its stored result as Excel left it */
const sumRow = (f: (letter: string) => string, label: Cell = null, stored = STORED): Cell[] => [null, label, ...['C', 'D', 'E', 'F'].map((l, i) => ({ f: f(l), v: stored[i]! }))];
const autoSum = (l: string) => `SUM(${l}3:${l}8)`;
const firstLine = async (file: string) => (await refusalText(file)).split('\n')[0]!;
const MISSING = 'FILE:S!B2: error: this row has figures but no office name [MISSING_DISTRICT]';
const mismatch = (cases: number, line: number, office: string) => `FILE:S!C2: error: declared total "Tổng cộng" has cases with conditions ${cases}, but the office rows add up to 9867; the difference is exactly line ${line} "${office}", counted as an office [DECLARED_TOTAL_MISMATCH]`;
const LABELLED_CHI_CUC = mismatch(9227, 3, 'Văn phòng Cục THADS tỉnh Nam Định');
const LABELLED_FIVE = mismatch(8292, 8, 'Chi cục THADS huyện Nam Trực');

describe('an unlabelled row of =SUM right under the header over every office row below it is their declared total', () => {
  it('=SUM(C3:C8) … (work96b 02): read as "Tổng cộng" on top is, exit 0', async () => {
    const file = await book([sumRow(autoSum), ...OFFICES]);
    expect(await jsonTotals(file)).toEqual(RIGHT);
    const r = await runThads(['summarize', file, '--format', 'json']);
    const total = JSON.parse(r.stdout).total;
    expect([total.cases.rate, total.money.rate]).toEqual(['86.44', '50.12']);
    const inspect = await runThads(['inspect', file]);
    expect(inspect.stdout).toContain('rows:          6 data, 1 declared total');
    expect((await runThads(['check', file])).code).toBe(0);
    // the same row labelled: the same reading
    expect(await jsonTotals(await book([sumRow(autoSum, 'Tổng cộng'), ...OFFICES]))).toEqual(RIGHT);
  });

  it('under a title line and a unit line (the form as the hunter had it): money in thousands', async () => {
    const title: Cell[][] = [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024 TỈNH NAM ĐỊNH'], ['Đơn vị tính: việc; 1.000 đồng']];
    const f = (l: string) => `SUM(${l}5:${l}10)`;
    const file = await book([sumRow(f), ...OFFICES], title, 'bao-cao-2024.xlsx');
    // 1431146957 and 717221971 thousand đồng
    expect(await jsonTotals(file)).toEqual({ ...RIGHT, money: ['1431146957000', '717221971000'] });
  });

  it("under the forms' row of column numbers (A, B, 1, 2, …)", async () => {
    const f = (l: string) => `SUM(${l}4:${l}9)`;
    const file = await book([['A', 'B', 1, 2, 3, 4], sumRow(f), ...OFFICES]);
    expect(await jsonTotals(file)).toEqual(RIGHT);
    expect((await runThads(['inspect', file])).stdout).toContain('rows:          6 data, 1 declared total');
  });

  it.each([
    ['SUBTOTAL(9,$C$3:$C$8)', (l: string) => `SUBTOTAL(9,$${l}$3:$${l}$8)`],
    ['a + chain', (l: string) => `${l}3+${l}4+${l}5+${l}6+${l}7+${l}8`],
  ])('%s', async (_name, f) => {
    expect(await jsonTotals(await book([sumRow(f), ...OFFICES]))).toEqual(RIGHT);
  });

  it('AutoSum filled right (a shared formula)', async () => {
    const row: Cell[] = [null, null, { shared: '0', f: 'SUM(C3:C8)', ref: 'C2:F2', v: 9867 }, { shared: '0', v: 8529 }, { shared: '0', v: 1431146957 }, { shared: '0', v: 717221971 }];
    expect(await jsonTotals(await book([row, ...OFFICES]))).toEqual(RIGHT);
  });

  it('a total the offices as read do not add up to (a figure stored as text, which SUM skips): refused as "Tổng cộng" on top is', async () => {
    const offices = OFFICES.map((r, i) => (i === 2 ? [3, 'Chi cục THADS huyện Mỹ Lộc', '1810', 1570, 130200300, 70100200] : r));
    // Excel's SUM skips the text "1810": 9867 − 1810 = 8057
    const stored = [8057, 8529, 1431146957, 717221971];
    const unlabelled = await runThads(['summarize', await book([sumRow(autoSum, null, stored), ...offices])]);
    const labelled = await runThads(['summarize', await book([sumRow(autoSum, 'Tổng cộng', stored), ...offices])]);
    expect(labelled.code).toBe(1);
    expect(unlabelled.code).toBe(1);
    expect(unlabelled.stdout).toBe('');
    const code = (s: string) => /\[([A-Z_]+)\]/.exec(s)?.[1];
    expect(code(unlabelled.stderr)).toBe('DECLARED_TOTAL_MISMATCH');
    expect(code(labelled.stderr)).toBe('DECLARED_TOTAL_MISMATCH');
    expect(unlabelled.stderr.split('\n')[0]).toMatch(/S!C2: error: declared total "=SUM\(C3:C8\)" has cases with conditions 8057, but the office rows add up to 9867/);
  });
});

describe('what keeps its refusal (MISSING_DISTRICT at the row), and its labelled twin its reading', () => {
  it('a SUM on top over the Chi cục only, not the Văn phòng', async () => {
    const f = (l: string) => `SUM(${l}4:${l}8)`;
    expect(await firstLine(await book([sumRow(f, null, CHI_CUC), ...OFFICES]))).toBe(MISSING);
    // labelled "Tổng cộng": checked against every office below it, as before
    const labelled = await firstLine(await book([sumRow(f, 'Tổng cộng', CHI_CUC), ...OFFICES]));
    expect(labelled).toBe(LABELLED_CHI_CUC);
  });

  it('a SUM on top whose range reaches into the header', async () => {
    const f = (l: string) => `SUM(${l}1:${l}8)`;
    expect(await firstLine(await book([sumRow(f), ...OFFICES]))).toBe(MISSING);
    expect(await jsonTotals(await book([sumRow(f, 'Tổng cộng'), ...OFFICES]))).toEqual(RIGHT);
  });

  // (work97a 02: a row of text only, below the offices, adds 0 to a SUM: the row adds exactly the offices)
  it('a SUM on top whose range reaches past the offices into a note row holding no figure: their declared total', async () => {
    const f = (l: string) => `SUM(${l}3:${l}9)`;
    const note: Cell[] = ['Ghi chú: số liệu đến ngày 30/9/2024'];
    expect(await jsonTotals(await book([sumRow(f), ...OFFICES, note]))).toEqual(RIGHT);
    expect(await jsonTotals(await book([sumRow(f, 'Tổng cộng'), ...OFFICES, note]))).toEqual(RIGHT);
  });

  it('a SUM on top over the first five offices, the sixth below its range', async () => {
    const f = (l: string) => `SUM(${l}3:${l}7)`;
    // by hand, without Nam Trực: 9867 − 1575 = 8292; 8529 − 1378 = 7151; 1431146957 − 60201000 = 1370945957; 717221971 − 32197000 = 685024971
    const stored = [8292, 7151, 1370945957, 685024971];
    expect(await firstLine(await book([sumRow(f, null, stored), ...OFFICES]))).toBe(MISSING);
    expect(await firstLine(await book([sumRow(f, 'Tổng cộng', stored), ...OFFICES]))).toBe(LABELLED_FIVE);
  });

  it('a SUM on top over a range a subtotal row lies in ("Các Chi cục" among the offices)', async () => {
    const f = (l: string) => `SUM(${l}3:${l}9)`;
    const rows = [OFFICES[0]!, [null, 'Các Chi cục', ...CHI_CUC], ...OFFICES.slice(1)];
    // Excel's SUM adds the subtotal too, by hand: 9867 + 9227 = 19094; 8529 + 8017 = 16546;
    // 1431146957 + 629032457 = 2060179414; 717221971 + 318709571 = 1035931542
    expect(await firstLine(await book([sumRow(f, null, [19094, 16546, 2060179414, 1035931542]), ...rows]))).toBe(MISSING);
  });

  it('an unlabelled row of plain numbers on top', async () => {
    expect(await firstLine(await book([[null, null, ...STORED], ...OFFICES]))).toBe(MISSING);
  });

  const { both } = bothReaders('thads-sumrowtop-', []);
  const header = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
  const offices = OFFICES.map((r) => r.join(';'));
  it.each([
    ['plain', [header, ';;9867;8529;1431146957;717221971', ...offices], 2],
    ['under a title line', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', header, ';;9867;8529;1431146957;717221971', ...offices], 3],
  ])('the same unlabelled row on top in a CSV (%s, no formulas): MISSING_DISTRICT, both readers', async (_name, lines, line) => {
    const r = await both('bao-cao-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:${line}:2: error: this row has figures but no office name [MISSING_DISTRICT]`);
  });
});
