// An unlabelled row of =SUM (no STT, no name, no text) is the table's declared total when it adds
// exactly every office row, checked as a "Tổng cộng" is (sum-total-row.ts). Excel's SUM adds a
// blank or a text cell as 0, so its range may take in rows holding no figure — a blank separator
// row, the header row, empty rows past the table's end — and still add exactly the offices
// (work97a 02: refused MISSING_DISTRICT, exit 1). In a table of sections ("I Cấp tỉnh", "II Cấp
// huyện", each =SUM of its offices), the row adding exactly every section line is the total too
// (work97a 04: =C2+C4, refused MISSING_DISTRICT). Both below the offices and on top of them.
// What keeps its refusal: a sum of some offices, a range reaching a row with figures that is no
// office (another total, the column numbers), a sum of some sections, sections and offices both.
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
/** rows from row 1; an empty row (`[]`) is written as no <row> at all, as Excel leaves a blank row */
const rowsXml = (rows: readonly Cell[][]) =>
  rows
    .map((r, i) => (r.length === 0 ? '' : `<row r="${i + 1}">${r.map((c, j) => cell(c, `${COLUMNS[j]}${i + 1}`)).join('')}</row>`))
    .join('');
/** A workbook of one sheet "S": `above` (titles), the header, then `rows`. */
const book = (rows: readonly Cell[][], above: readonly Cell[][] = [], name?: string) => writeRawWorkbook({ sheets: [{ name: 'S', data: rowsXml([...above, HEADER, ...rows]) }], sharedStrings: [], ...(name ? { name } : {}) });

const CUC: Cell[] = [1, 'Văn phòng Cục THADS tỉnh Nam Định', 640, 512, 802114500, 398512400];
const CHI_CUC: Cell[][] = [
  [2, 'Chi cục THADS huyện Mỹ Lộc', 1810, 1570, 130200300, 70100200],
  [3, 'Chi cục THADS huyện Vụ Bản', 1650, 1430, 110330000, 55210100],
  [4, 'Chi cục THADS huyện Ý Yên', 1402, 1238, 78190957, 39800171],
];
const OFFICES = [CUC, ...CHI_CUC];
// By hand: 640 + 1810 + 1650 + 1402 = 5502; 512 + 1570 + 1430 + 1238 = 4750 (86.33 %);
// 802114500 + 130200300 + 110330000 + 78190957 = 1120835757;
// 398512400 + 70100200 + 55210100 + 39800171 = 563622871 (50.29 %).
const RIGHT = { cases: ['5502', '4750'], money: ['1120835757', '563622871'], districts: ['Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản', 'Chi cục THADS huyện Ý Yên', 'Văn phòng Cục THADS tỉnh Nam Định'] };
const STORED = [5502, 4750, 1120835757, 563622871];
// the Chi cục only, by hand: 1810 + 1650 + 1402 = 4862; 1570 + 1430 + 1238 = 4238;
// 130200300 + 110330000 + 78190957 = 318721257; 70100200 + 55210100 + 39800171 = 165110471
const STORED_CHI_CUC = [4862, 4238, 318721257, 165110471];
/** a row of sums: each figure column's formula `f(letter)`, its stored result as Excel left it */
const sumRow = (f: (letter: string) => string, label: Cell = null, stored = STORED, stt: Cell = null): Cell[] => [stt, label, ...['C', 'D', 'E', 'F'].map((l, i) => ({ f: f(l), v: stored[i]! }))];
const range = (top: number, bottom: number) => (l: string) => `SUM(${l}${top}:${l}${bottom})`;
const missing = (line: number) => `FILE:S!B${line}: error: this row has figures but no office name [MISSING_DISTRICT]`;
const firstLine = async (file: string) => (await refusalText(file)).split('\n')[0]!;

describe('an unlabelled =SUM whose range takes in rows holding no figure adds exactly the offices: their declared total', () => {
  // header row 1, offices rows 2–5, a blank row 6, the sum row 7
  it('=SUM(C2:C6) over a blank separator row (work97a 02): read as "Tổng cộng" is, exit 0', async () => {
    const file = await book([...OFFICES, [], sumRow(range(2, 6))]);
    expect(await jsonTotals(file)).toEqual(RIGHT);
    const r = await runThads(['summarize', file, '--format', 'json']);
    expect(r.code).toBe(0);
    const total = JSON.parse(r.stdout).total;
    expect([total.cases.rate, total.money.rate]).toEqual(['86.33', '50.29']);
    expect((await runThads(['inspect', file])).stdout).toContain('rows:          4 data, 1 declared total');
    expect((await runThads(['check', file])).code).toBe(0);
    // the same row labelled: the same reading
    expect(await jsonTotals(await book([...OFFICES, [], sumRow(range(2, 6), 'Tổng cộng')]))).toEqual(RIGHT);
  });

  it('the blank row written as a row of empty cells (a border drawn, no value)', async () => {
    expect(await jsonTotals(await book([...OFFICES, [null, '', '', '', '', ''], sumRow(range(2, 6))]))).toEqual(RIGHT);
  });

  it('=SUM(C1:C5) starting on the header row', async () => {
    expect(await jsonTotals(await book([...OFFICES, sumRow(range(1, 5))]))).toEqual(RIGHT);
  });

  it('under a title line and a unit line, from the header row over a blank row: =SUM(C3:C8), filled right (a shared formula)', async () => {
    const titles: Cell[][] = [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024 TỈNH NAM ĐỊNH'], ['Đơn vị tính: việc; đồng']];
    // titles 1–2, header 3, offices 4–7, blank 8, sum 9
    const row: Cell[] = [null, null, { shared: '0', f: 'SUM(C3:C8)', ref: 'C9:F9', v: 5502 }, { shared: '0', v: 4750 }, { shared: '0', v: 1120835757 }, { shared: '0', v: 563622871 }];
    expect(await jsonTotals(await book([...OFFICES, [], row], titles, 'bao-cao-2024.xlsx'))).toEqual(RIGHT);
  });

  it('on top, =SUM(C3:C30) running past the last office into empty rows (work97a 02)', async () => {
    // header 1, sum 2, offices 3–6, nothing below
    const file = await book([sumRow(range(3, 30)), ...OFFICES]);
    expect(await jsonTotals(file)).toEqual(RIGHT);
    expect((await runThads(['inspect', file])).stdout).toContain('rows:          4 data, 1 declared total');
  });

  it('on top, a blank row between it and the offices, =SUM(C3:C7)', async () => {
    // header 1, sum 2, blank 3, offices 4–7
    expect(await jsonTotals(await book([sumRow(range(3, 7)), [], ...OFFICES]))).toEqual(RIGHT);
  });
});

describe('an unlabelled row adding exactly every section line of the table: its declared total', () => {
  // header 1, "I Cấp tỉnh" 2, the Cục 3, "II Cấp huyện" 4, the Chi cục 5–7
  const below: Cell[][] = [sumRow(range(3, 3), 'Cấp tỉnh', [640, 512, 802114500, 398512400], 'I'), CUC, sumRow(range(5, 7), 'Cấp huyện', STORED_CHI_CUC, 'II'), ...CHI_CUC];
  it('=C2+C4 below the table (work97a 04): read as "Tổng cộng" there is, exit 0', async () => {
    const file = await book([...below, sumRow((l) => `${l}2+${l}4`)]);
    expect(await jsonTotals(file)).toEqual(RIGHT);
    const r = await runThads(['summarize', file, '--format', 'json']);
    expect(JSON.parse(r.stdout).total.cases.rate).toBe('86.33');
    expect(await jsonTotals(await book([...below, sumRow((l) => `${l}2+${l}4`, 'Tổng cộng')]))).toEqual(RIGHT);
  });

  it('=SUM(C2,C4) below the table', async () => {
    expect(await jsonTotals(await book([...below, sumRow((l) => `SUM(${l}2,${l}4)`)]))).toEqual(RIGHT);
  });

  it('=C3+C5 on top, right under the header', async () => {
    // header 1, sum 2, "I" 3, the Cục 4, "II" 5, the Chi cục 6–8
    const top: Cell[][] = [sumRow((l) => `${l}3+${l}5`), sumRow(range(4, 4), 'Cấp tỉnh', [640, 512, 802114500, 398512400], 'I'), CUC, sumRow(range(6, 8), 'Cấp huyện', STORED_CHI_CUC, 'II'), ...CHI_CUC];
    expect(await jsonTotals(await book(top))).toEqual(RIGHT);
  });
});

describe('what keeps its refusal (MISSING_DISTRICT at the row)', () => {
  it('a SUM over a blank row and the Chi cục only, not the Văn phòng: =SUM(C3:C6)', async () => {
    expect(await firstLine(await book([...OFFICES, [], sumRow(range(3, 6), null, STORED_CHI_CUC)]))).toBe(missing(7));
  });

  it('a SUM over a blank row reaching a "Tổng cộng" row with figures: =SUM(C2:C7) counts the offices twice', async () => {
    // header 1, offices 2–5, "Tổng cộng" 6, blank 7, sum 8; by hand 2 × 5502 = 11004, 2 × 4750 = 9500,
    // 2 × 1120835757 = 2241671514, 2 × 563622871 = 1127245742
    const rows = [...OFFICES, [null, 'Tổng cộng', ...STORED], [], sumRow(range(2, 7), null, [11004, 9500, 2241671514, 1127245742])];
    expect(await firstLine(await book(rows))).toBe(missing(8));
  });

  it("a SUM from the header over the form's column numbers (1, 2, 3, 4 in the figure columns, which SUM adds)", async () => {
    // header 1, column numbers 2, offices 3–6, sum 7; by hand 5502 + 1 = 5503, 4750 + 2 = 4752, 1120835757 + 3 = 1120835760, 563622871 + 4 = 563622875
    const rows = [['A', 'B', 1, 2, 3, 4], ...OFFICES, sumRow(range(1, 6), null, [5503, 4752, 1120835760, 563622875])];
    expect(await firstLine(await book(rows))).toBe(missing(7));
  });

  it('on top, =SUM(C3:C30) reaching a "Tổng cộng" row below the offices', async () => {
    // header 1, sum 2, offices 3–6, "Tổng cộng" 7: Excel adds it too, by hand as above
    const rows = [sumRow(range(3, 30), null, [11004, 9500, 2241671514, 1127245742]), ...OFFICES, [null, 'Tổng cộng', ...STORED]];
    expect(await firstLine(await book(rows))).toBe(missing(2));
  });

  // header 1, "I" 2, the Cục 3, "II" 4, Mỹ Lộc and Vụ Bản 5–6, "III Khu vực" 7, Ý Yên 8, the sum row 9
  const three: Cell[][] = [
    sumRow(range(3, 3), 'Cấp tỉnh', [640, 512, 802114500, 398512400], 'I'),
    CUC,
    // 1810 + 1650 = 3460, 1570 + 1430 = 3000, 130200300 + 110330000 = 240530300, 70100200 + 55210100 = 125310300
    sumRow(range(5, 6), 'Cấp huyện', [3460, 3000, 240530300, 125310300], 'II'),
    CHI_CUC[0]!,
    CHI_CUC[1]!,
    sumRow(range(8, 8), 'Khu vực', [1402, 1238, 78190957, 39800171], 'III'),
    CHI_CUC[2]!,
  ];
  it('a sum of some of the section lines: =C2+C4 with a section III below', async () => {
    // by hand 640 + 3460 = 4100, 512 + 3000 = 3512, 802114500 + 240530300 = 1042644800, 398512400 + 125310300 = 523822700
    expect(await firstLine(await book([...three, sumRow((l) => `${l}2+${l}4`, null, [4100, 3512, 1042644800, 523822700])]))).toBe(missing(9));
  });

  it('a SUM over the section lines and their offices both (=SUM(C2:C8): every office twice)', async () => {
    expect(await firstLine(await book([...three, sumRow(range(2, 8), null, [11004, 9500, 2241671514, 1127245742])]))).toBe(missing(9));
  });
});

describe('what keeps its reading', () => {
  it('the AutoSum over exactly the office rows, below and on top', async () => {
    expect(await jsonTotals(await book([...OFFICES, sumRow(range(2, 5))]))).toEqual(RIGHT);
    expect(await jsonTotals(await book([sumRow(range(3, 6)), ...OFFICES]))).toEqual(RIGHT);
  });

  it('a labelled "Tổng cộng" of plain numbers below a blank row', async () => {
    expect(await jsonTotals(await book([...OFFICES, [], [null, 'Tổng cộng', ...STORED]]))).toEqual(RIGHT);
  });

  it('an unlabelled row of plain numbers below a blank row: MISSING_DISTRICT', async () => {
    expect(await firstLine(await book([...OFFICES, [], [null, null, ...STORED]]))).toBe(missing(7));
  });

  const { both } = bothReaders('thads-sumrange-', []);
  const header = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
  const offices = OFFICES.map((r) => r.join(';'));
  it.each([
    ['plain', [header, ...offices, ';;;;;', ';;5502;4750;1120835757;563622871'], 7],
    ['under a title line', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', header, ...offices, ';;;;;', ';;5502;4750;1120835757;563622871'], 8],
  ])('the same unlabelled row below a blank row in a CSV (%s, no formulas): MISSING_DISTRICT, both readers', async (_name, lines, line) => {
    const r = await both('bao-cao-2024.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:${line}:2: error: this row has figures but no office name [MISSING_DISTRICT]`);
  });
});
