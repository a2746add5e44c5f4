// A workbook's row with no STT, no name and no text whose every figure is =SUM over exactly the
// office rows above it (Excel's AutoSum, a quick total without "Tổng cộng" typed) is the table's
// declared total, checked as a "Tổng cộng" is, never added (work95c 03: it was refused
// MISSING_DISTRICT, exit 1, though the same row labelled "Tổng cộng" read right). Rows that are no
// such total keep their refusal: plain numbers, formulas that are no sums of the rows above, a
// sum of some of the offices only.
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
const rowsXml = (rows: readonly Cell[][]) => [HEADER, ...rows].map((r, i) => `<row r="${i + 1}">${r.map((c, j) => cell(c, `${COLUMNS[j]}${i + 1}`)).join('')}</row>`).join('');
/** A workbook of sheet "S" (the header first, then `rows`), and any other sheets. */
const book = (rows: readonly Cell[][], others: { name: string; data: string; state: 'hidden' }[] = []) => writeRawWorkbook({ sheets: [{ name: 'S', data: rowsXml(rows) }, ...others], sharedStrings: [] });

// rows 2–4
const OFFICES: Cell[][] = [
  [1, 'Chi cục THADS thành phố Nam Định', 1234, 999, 345678000, 125801000],
  [2, 'Chi cục THADS huyện Mỹ Lộc', 456, 326, 45678000, 13023000],
  [3, 'Chi cục THADS huyện Vụ Bản', 789, 661, 98765000, 55555000],
];
// By hand: 1234 + 456 + 789 = 2479; 999 + 326 + 661 = 1986 (80.11 %);
// 345678000 + 45678000 + 98765000 = 490121000; 125801000 + 13023000 + 55555000 = 194379000 (39.66 %).
const RIGHT = { cases: ['2479', '1986'], money: ['490121000', '194379000'], districts: ['Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản', 'Chi cục THADS thành phố Nam Định'] };
const STORED = [2479, 1986, 490121000, 194379000];
/** row 5: each figure column's formula `f(letter)`, its stored result as Excel left it */
const sumRow = (f: (letter: string) => string, label: Cell = null, stored = STORED): Cell[] => [null, label, ...['C', 'D', 'E', 'F'].map((l, i) => ({ f: f(l), v: stored[i]! }))];
const autoSum = (l: string) => `SUM(${l}2:${l}4)`;
const firstLine = async (file: string) => (await refusalText(file)).split('\n')[0]!;
const MISSING = 'FILE:S!B5: error: this row has figures but no office name [MISSING_DISTRICT]';

describe('an unlabelled row of =SUM over every office row above it is their declared total', () => {
  it('=SUM(C2:C4) … (work95c 03): read as "Tổng cộng" is, exit 0', async () => {
    const file = await book([...OFFICES, sumRow(autoSum)]);
    expect(await jsonTotals(file)).toEqual(RIGHT);
    const r = await runThads(['summarize', file, '--format', 'json']);
    const total = JSON.parse(r.stdout).total;
    expect([total.cases.rate, total.money.rate]).toEqual(['80.11', '39.66']);
    const inspect = await runThads(['inspect', file]);
    expect(inspect.stdout).toContain('rows:          3 data, 1 declared total');
    expect((await runThads(['check', file])).code).toBe(0);
  });

  it.each([
    ['SUBTOTAL(9,$C$2:$C$4)-style', (l: string) => `SUBTOTAL(9,$${l}$2:$${l}$4)`],
    ['a + chain', (l: string) => `${l}2+${l}3+${l}4`],
    ['SUM over two areas', (l: string) => `SUM(${l}2:${l}3,${l}4)`],
  ])('%s', async (_name, f) => {
    expect(await jsonTotals(await book([...OFFICES, sumRow(f)]))).toEqual(RIGHT);
  });

  it('AutoSum filled right (a shared formula)', async () => {
    const row: Cell[] = [null, null, { shared: '0', f: 'SUM(C2:C4)', ref: 'C5:F5', v: 2479 }, { shared: '0', v: 1986 }, { shared: '0', v: 490121000 }, { shared: '0', v: 194379000 }];
    expect(await jsonTotals(await book([...OFFICES, row]))).toEqual(RIGHT);
  });

  it('a column left empty in it: checked as "Tổng cộng" with that column empty is (an empty total cell is 0)', async () => {
    const row = (label: Cell): Cell[] => [null, label, { f: 'SUM(C2:C4)', v: 2479 }, { f: 'SUM(D2:D4)', v: 1986 }, null, null];
    const unlabelled = await refusalText(await book([...OFFICES, row(null)]));
    expect(unlabelled.split('\n')[0]).toBe('FILE:S!E5: error: declared total "=SUM(C2:C4)" has money with conditions 0, but the office rows add up to 490121000 [DECLARED_TOTAL_MISMATCH]');
    const labelled = await refusalText(await book([...OFFICES, row('Tổng cộng')]));
    expect(unlabelled.split('=SUM(C2:C4)').join('Tổng cộng')).toBe(labelled);
  });

  it('a stored result its formula contradicts: refused as the same row labelled "Tổng cộng" is', async () => {
    const stale = [2480, 1986, 490121000, 194379000];
    const unlabelled = await firstLine(await book([...OFFICES, sumRow(autoSum, null, stale)]));
    expect(unlabelled).toBe('FILE:S!C5: error: cases with conditions: the cell stores 2480, but its formula =SUM(C2:C4) gives 2479: the workbook was not recalculated after its data changed, so what Excel shows is not what it stores [FORMULA_STALE_RESULT]');
    expect(await firstLine(await book([...OFFICES, sumRow(autoSum, 'Tổng cộng', stale)]))).toBe(unlabelled);
  });

  it('a total the offices as read do not add up to (a figure stored as text, which SUM skips): refused as "Tổng cộng" is', async () => {
    const offices = [OFFICES[0]!, [2, 'Chi cục THADS huyện Mỹ Lộc', '456', 326, 45678000, 13023000], OFFICES[2]!];
    // Excel's SUM skips the text "456": 1234 + 789 = 2023
    const stored = [2023, 1986, 490121000, 194379000];
    const unlabelled = await runThads(['summarize', await book([...offices, sumRow(autoSum, null, stored)])]);
    const labelled = await runThads(['summarize', await book([...offices, sumRow(autoSum, 'Tổng cộng', stored)])]);
    expect(labelled.code).toBe(1);
    expect(unlabelled.code).toBe(1);
    expect(unlabelled.stdout).toBe('');
    const code = (s: string) => /\[([A-Z_]+)\]/.exec(s)?.[1];
    expect(code(unlabelled.stderr)).toBe(code(labelled.stderr));
    // (the total's formula left the text out: said so, where the office row "Mỹ Lộc" was blamed, "counted as an office")
    expect(unlabelled.stderr.split('\n')[0]).toMatch(/S!C5: error: declared total "=SUM\(C2:C4\)" has cases with conditions 2023, but the office rows add up to 2479: its formula =SUM\(C2:C4\) skips cell C3 \("456"\), which holds a number as text: .* \[DECLARED_TOTAL_MISMATCH\]$/);
  });
});

describe('what keeps its reading', () => {
  it('the same row labelled "Tổng cộng"', async () => {
    expect(await jsonTotals(await book([...OFFICES, sumRow(autoSum, 'Tổng cộng')]))).toEqual(RIGHT);
  });

  it('an unlabelled row of plain numbers: MISSING_DISTRICT', async () => {
    const file = await book([...OFFICES, [null, null, ...STORED]]);
    expect(await firstLine(file)).toBe(MISSING);
  });

  // (each row's stored results as Excel computes them, by hand: none is stale)
  it.each([
    ['a product', (l: string) => `${l}2*2`, [2468, 1998, 691356000, 251602000]],
    ['a SUM over another sheet', (l: string) => `SUM(T!${l}2:${l}4)`, STORED],
    // 456 + 789, 326 + 661, 45678000 + 98765000, 13023000 + 55555000
    ['a SUM over some of the offices (a subtotal of no group the file names)', (l: string) => `SUM(${l}3:${l}4)`, [1245, 987, 144443000, 68578000]],
  ])('an unlabelled row of %s: MISSING_DISTRICT', async (_name, f, stored) => {
    // (sheet T, hidden, holds the offices again: only S is read)
    const other = { name: 'T', data: rowsXml(OFFICES), state: 'hidden' as const };
    expect(await firstLine(await book([...OFFICES, sumRow(f, null, stored)], [other]))).toBe(MISSING);
  });

  // (work97a 02: the header holds text, which SUM adds as 0: the row adds exactly the offices)
  it('a SUM starting on the header row (=SUM(C1:C4)): the offices\' declared total', async () => {
    expect(await jsonTotals(await book([...OFFICES, sumRow((l) => `SUM(${l}1:${l}4)`)]))).toEqual(RIGHT);
  });

  it('one figure typed, the others AutoSum: MISSING_DISTRICT', async () => {
    const row: Cell[] = [null, null, 2479, { f: 'SUM(D2:D4)', v: 1986 }, { f: 'SUM(E2:E4)', v: 490121000 }, { f: 'SUM(F2:F4)', v: 194379000 }];
    expect(await firstLine(await book([...OFFICES, row]))).toBe(MISSING);
  });

  it('an AutoSum row below a "Tổng cộng" already above the offices: MISSING_DISTRICT', async () => {
    const total: Cell[] = [null, 'Tổng cộng', ...STORED];
    const row = [null, null, ...['C', 'D', 'E', 'F'].map((l, i) => ({ f: `SUM(${l}3:${l}5)`, v: STORED[i]! }))];
    const file = await writeRawWorkbook({ sheets: [{ name: 'S', data: rowsXml([total, ...OFFICES, row]) }], sharedStrings: [] });
    expect((await refusalText(file)).split('\n')[0]).toBe('FILE:S!B6: error: this row has figures but no office name [MISSING_DISTRICT]');
  });

  it('a named office row of sums: SUM_FORMULA_ROW', async () => {
    const file = await book([...OFFICES, sumRow(autoSum, 'Chi cục THADS huyện Ý Yên')]);
    expect(await firstLine(file)).toBe('FILE:S!C5: error: row 5 "Chi cục THADS huyện Ý Yên": cases with conditions: =SUM(C2:C4) adds rows 2–4: a subtotal, not an office; added as one it would count them twice [SUM_FORMULA_ROW]');
  });

  const { both } = bothReaders('thads-xlsxsumrow-', []);
  const csv = ['STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong', '1;Chi cục THADS thành phố Nam Định;1234;999;345678000;125801000', '2;Chi cục THADS huyện Mỹ Lộc;456;326;45678000;13023000', '3;Chi cục THADS huyện Vụ Bản;789;661;98765000;55555000'];
  it.each([
    ['plain', [...csv, ';;2479;1986;490121000;194379000']],
    ['under a title line', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', ...csv, ';;2479;1986;490121000;194379000']],
  ])('the same unlabelled row in a CSV (%s, no formulas): MISSING_DISTRICT, both readers', async (_name, lines) => {
    const r = await both('bao-cao-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:${lines.length}:2: error: this row has figures but no office name [MISSING_DISTRICT]`);
  });
});
