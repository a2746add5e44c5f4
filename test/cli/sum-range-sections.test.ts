// An unlabelled row whose formulas add the section lines as a RANGE — "I | Văn phòng Cục" (row 6),
// a blank row 7, "II | Các Chi cục" (row 8, =SUM(C9:C11)): =SUM(C6:C8) — or Excel's Data →
// Subtotal idiom =SUBTOTAL(9,C6:C11) over a section line =SUBTOTAL(9,C9:C11), which SUBTOTAL
// skips (a nested SUBTOTAL is never counted twice): the table's declared total, checked as a
// "Tổng cộng" is (sum-total-row.ts coversOnce; work99a 03: refused MISSING_DISTRICT at B13, exit 1,
// where =C6+C8 and =SUM(C6,C8) were read). A blank or label-only row of the range adds 0.
// What keeps its refusal: a SUM over the sections AND their offices (every Chi cục twice), a
// SUBTOTAL over a section line of SUM (Excel counts it: twice), a SUBTOTAL reaching only the
// Văn phòng and the skipped section, a range over part of the sections; a CSV (no formulas).
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
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
/** rows from row 1; an empty row (`[]`) is written as no <row> at all, as Excel leaves a blank row */
const rowsXml = (rows: readonly Cell[][]) =>
  rows
    .map((r, i) => (r.length === 0 ? '' : `<row r="${i + 1}">${r.map((c, j) => cell(c, `${COLUMNS[j]}${i + 1}`)).join('')}</row>`))
    .join('');
// rows 1–5: two title lines, the unit line, a two-row header (as the Cục's form has them)
const TOP: Cell[][] = [
  ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH'],
  ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024'],
  [null, null, null, null, 'Đơn vị tính: Việc; nghìn đồng'],
  ['STT', 'Đơn vị', 'Về việc', null, 'Về tiền', null],
  [null, null, 'Có điều kiện', 'Giải quyết xong', 'Có điều kiện', 'Giải quyết xong'],
];
const book = (rows: readonly Cell[][]) => writeRawWorkbook({ sheets: [{ name: 'S', data: rowsXml([...TOP, ...rows]) }], sharedStrings: [], name: 'Nam Định 2024.xlsx' });

const VP = [608, 582, 13338211, 11812507];
const CHI_CUC: Cell[][] = [
  ['1', 'Chi cục THADS huyện Mỹ Lộc', 586, 533, 9565824, 8009734],
  ['2', 'Chi cục THADS huyện Vụ Bản', 655, 630, 16389337, 14490039],
  ['3', 'Chi cục THADS huyện Ý Yên', 700, 650, 10000000, 8000000],
];
// By hand: the Chi cục 586 + 655 + 700 = 1941, 533 + 630 + 650 = 1813,
// 9565824 + 16389337 + 10000000 = 35955161, 8009734 + 14490039 + 8000000 = 30499773 (thousand đồng);
// with the Văn phòng 608 + 1941 = 2549, 582 + 1813 = 2395, 13338211 + 35955161 = 49293372,
// 11812507 + 30499773 = 42312280 → 49,293,372,000 and 42,312,280,000 đồng; 2395 / 2549 = 93.96 %,
// 42312280 / 49293372 = 85.84 %.
const CC = [1941, 1813, 35955161, 30499773];
const TOTAL = [2549, 2395, 49293372, 42312280];
// every Chi cục twice: 2549 + 1941 = 4490, 2395 + 1813 = 4208, 49293372 + 35955161 = 85248533, 42312280 + 30499773 = 72812053
const TWICE = [4490, 4208, 85248533, 72812053];
const RIGHT = {
  cases: ['2549', '2395'],
  money: ['49293372000', '42312280000'],
  districts: ['Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản', 'Chi cục THADS huyện Ý Yên', 'Văn phòng Cục'],
};

/** a row of formulas `f(letter)` in C–F, their stored results `stored` */
const sums = (f: (l: string) => string, stored: readonly number[], stt: Cell = null, label: Cell = null): Cell[] => [stt, label, ...['C', 'D', 'E', 'F'].map((l, i) => ({ f: f(l), v: stored[i]! }))];
const SUM = (top: number, bottom: number) => (l: string) => `SUM(${l}${top}:${l}${bottom})`;
const SUBTOTAL = (top: number, bottom: number, fn = 9) => (l: string) => `SUBTOTAL(${fn},${l}${top}:${l}${bottom})`;
/** rows 6–12: "I Văn phòng Cục" 6, blank 7, "II Các Chi cục" 8 (its formula `section`, over 9–11), the Chi cục 9–11, blank 12 */
const table = (section: (l: string) => string): Cell[][] => [['I', 'Văn phòng Cục', ...VP], [], sums(section, CC, 'II', 'Các Chi cục'), ...CHI_CUC, []];
const missing = (line: number) => `FILE:S!B${line}: error: this row has figures but no office name [MISSING_DISTRICT]`;
const firstLine = async (file: string) => (await refusalText(file)).split('\n')[0]!;

describe('an unlabelled row adding the section lines as a range (work99a 03): the declared total', () => {
  it('=SUM(C6:C8) on row 13, over I, the blank row 7 and II (=SUM(C9:C11)): read as "Tổng cộng" is, exit 0', async () => {
    const file = await book([...table(SUM(9, 11)), sums(SUM(6, 8), TOTAL)]);
    expect(await jsonTotals(file)).toEqual(RIGHT);
    const r = await runThads(['summarize', file, '--format', 'json']);
    expect(r.code).toBe(0);
    const total = JSON.parse(r.stdout).total;
    expect([total.cases.rate, total.money.rate]).toEqual(['93.96', '85.84']);
    // the section line and the total, as a "Tổng cộng" row counts them
    expect((await runThads(['inspect', file])).stdout).toContain('rows:          4 data, 2 declared total');
    expect((await runThads(['check', file])).code).toBe(0);
  });

  it('=SUBTOTAL(9,C6:C11) over II =SUBTOTAL(9,C9:C11) (Data → Subtotal: the nested SUBTOTAL skipped)', async () => {
    const file = await book([...table(SUBTOTAL(9, 11)), sums(SUBTOTAL(6, 11), TOTAL)]);
    expect(await jsonTotals(file)).toEqual(RIGHT);
    expect((await runThads(['check', file])).code).toBe(0);
  });

  it('=SUBTOTAL(109,C6:C11), and =SUBTOTAL(9,C6:C12) taking in the blank row 12', async () => {
    expect(await jsonTotals(await book([...table(SUBTOTAL(9, 11, 109)), sums(SUBTOTAL(6, 11, 109), TOTAL)]))).toEqual(RIGHT);
    expect(await jsonTotals(await book([...table(SUBTOTAL(9, 11)), sums(SUBTOTAL(6, 12), TOTAL)]))).toEqual(RIGHT);
  });

  it('=SUM(C5:C8) from the header\'s label row; =SUM(C6:C8) over a section line of SUBTOTAL (SUM adds it)', async () => {
    expect(await jsonTotals(await book([...table(SUM(9, 11)), sums(SUM(5, 8), TOTAL)]))).toEqual(RIGHT);
    expect(await jsonTotals(await book([...table(SUBTOTAL(9, 11)), sums(SUM(6, 8), TOTAL)]))).toEqual(RIGHT);
  });

  it('on top, right under the header: =SUM(C8:C10) and =SUBTOTAL(9,C8:C13) over I 8, blank 9, II 10, the Chi cục 11–13', async () => {
    const below = (section: (l: string) => string): Cell[][] => [[], ['I', 'Văn phòng Cục', ...VP], [], sums(section, CC, 'II', 'Các Chi cục'), ...CHI_CUC];
    expect(await jsonTotals(await book([sums(SUM(8, 10), TOTAL), ...below(SUM(11, 13))]))).toEqual(RIGHT);
    expect(await jsonTotals(await book([sums(SUBTOTAL(8, 13), TOTAL), ...below(SUBTOTAL(11, 13))]))).toEqual(RIGHT);
  });
});

describe('what keeps its refusal (MISSING_DISTRICT at the row)', () => {
  it('=SUM(C6:C11) over the sections and their offices both, II =SUM(C9:C11): every Chi cục twice', async () => {
    expect(await firstLine(await book([...table(SUM(9, 11)), sums(SUM(6, 11), TWICE)]))).toBe(missing(13));
  });

  it('=SUBTOTAL(9,C6:C11) over II =SUM(C9:C11): no SUBTOTAL there, Excel adds the section and its offices', async () => {
    expect(await firstLine(await book([...table(SUM(9, 11)), sums(SUBTOTAL(6, 11), TWICE)]))).toBe(missing(13));
  });

  it('=SUBTOTAL(9,C6:C8) over II =SUBTOTAL(9,C9:C11): Excel skips II, the row adds the Văn phòng only', async () => {
    expect(await firstLine(await book([...table(SUBTOTAL(9, 11)), sums(SUBTOTAL(6, 8), VP)]))).toBe(missing(13));
  });

  it('=SUM(C7:C8), over part of the sections (the blank row and II, not I)', async () => {
    expect(await firstLine(await book([...table(SUM(9, 11)), sums(SUM(7, 8), CC)]))).toBe(missing(13));
  });
});

describe('what keeps its reading', () => {
  it('=C6+C8 and =SUM(C6,C8) (work98a 04), and the range labelled "Tổng cộng"', async () => {
    expect(await jsonTotals(await book([...table(SUM(9, 11)), sums((l) => `${l}6+${l}8`, TOTAL)]))).toEqual(RIGHT);
    expect(await jsonTotals(await book([...table(SUM(9, 11)), sums((l) => `SUM(${l}6,${l}8)`, TOTAL)]))).toEqual(RIGHT);
    expect(await jsonTotals(await book([...table(SUBTOTAL(9, 11)), sums(SUBTOTAL(6, 11), TOTAL, null, 'Tổng cộng')]))).toEqual(RIGHT);
  });

  it('a flat sheet, =SUBTOTAL(9,C6:C10) over the four offices 6–9 and a blank row 10', async () => {
    const flat: Cell[][] = [['1', 'Văn phòng Cục', ...VP], ...CHI_CUC.map((r, i) => [String(i + 2), ...r.slice(1)]), [], sums(SUBTOTAL(6, 10), TOTAL)];
    const file = await book(flat);
    expect(await jsonTotals(file)).toEqual(RIGHT);
    expect((await runThads(['inspect', file])).stdout).toContain('rows:          4 data, 1 declared total');
  });

  const { both } = bothReaders('thads-sum-range-sections-', []);
  const header = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
  const body = ['I;Văn phòng Cục;608;582;13338211;11812507', ';;;;;', 'II;Các Chi cục;1941;1813;35955161;30499773', ...CHI_CUC.map((r) => r.join(';')), ';;;;;', ';;2549;2395;49293372;42312280'];
  it.each([
    ['plain', [header, ...body], 9],
    ['under a title line', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024 TỈNH NAM ĐỊNH', header, ...body], 10],
  ])('the same table in a CSV (%s, no formulas): the unlabelled row stays refused, both readers', async (_name, lines, line) => {
    const r = await both('Nam Dinh 2024.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:${line}:2: error: this row has figures but no office name [MISSING_DISTRICT]`);
  });
});
