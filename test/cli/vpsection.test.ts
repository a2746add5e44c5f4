// The provincial level written as its own office's line, "I | Văn phòng Cục | 600", over "II |
// Các Chi cục | =SUM(C4:C6)" and its offices, and an unlabelled row of =C2+C3 (the Văn phòng's
// line + the Chi cục's section line) under them or on top: the table's declared total, checked as
// a "Tổng cộng" is (sum-total-row.ts coversOnce; work98a 04: refused MISSING_DISTRICT, exit 1).
// The lines it adds — an office row as itself, a section line as the office rows its own =SUM
// adds — come to every office row, each once. What keeps its refusal: a formula skipping an
// office row or counting one twice, a section line of typed figures, a CSV (no formulas).
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { runThads } from '../helpers/cli.js';
import { escapeText as escape, writeRawWorkbook } from '../helpers/raw-workbook.js';

type Cell = string | number | { f: string; v: number } | null;

const COLUMNS = 'ABCDEFGH';
const cell = (c: Cell, ref: string): string => {
  if (c === null) return '';
  if (typeof c === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${escape(c)}</t></is></c>`;
  if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
  return `<c r="${ref}"><f>${escape(c.f)}</f><v>${c.v}</v></c>`;
};
const HEADER: Cell[] = ['STT', 'Đơn vị', 'Tổng số thụ lý', 'Có điều kiện', 'Giải quyết xong'];
const rowsXml = (rows: readonly Cell[][]) => rows.map((r, i) => `<row r="${i + 1}">${r.map((c, j) => cell(c, `${COLUMNS[j]}${i + 1}`)).join('')}</row>`).join('');
/** "Nam Dinh viec 2024.xlsx": the header on row 1, then `rows` from row 2 (cases, year 2024: target 83.25). */
const book = (rows: readonly Cell[][]) => writeRawWorkbook({ sheets: [{ name: 'S', data: rowsXml([HEADER, ...rows]) }], sharedStrings: [], name: 'Nam Dinh viec 2024.xlsx' });

const VP: Cell[] = ['I', 'Văn phòng Cục', 600, 500, 420];
const ML: Cell[] = [1, 'Mỹ Lộc', 600, 500, 430];
const VB: Cell[] = [2, 'Vụ Bản', 600, 500, 425];
const YY: Cell[] = [3, 'Ý Yên', 600, 500, 425];
// By hand: the Chi cục 600 + 600 + 600 = 1800, 500 × 3 = 1500, 430 + 425 + 425 = 1280;
// with the Văn phòng 600 + 1800 = 2400, 500 + 1500 = 2000, 420 + 1280 = 1700;
// 1700 / 2000 = 85.00 %, target 83.25, 85.00 − 83.25 = 1.75.
const CHI_CUC_SUM = [1800, 1500, 1280];
const TOTAL = [2400, 2000, 1700];
/** a row of formulas `f(letter)` in C–E, stored results `stored` */
const sums = (f: (l: string) => string, stored: readonly number[], stt: Cell = null, label: Cell = null): Cell[] => [stt, label, ...['C', 'D', 'E'].map((l, i) => ({ f: f(l), v: stored[i]! }))];
const section = (top: number, bottom: number, stt: Cell = 'II', label = 'Các Chi cục') => sums((l) => `SUM(${l}${top}:${l}${bottom})`, CHI_CUC_SUM, stt, label);
const plus = (...rows: number[]) => (l: string) => rows.map((r) => `${l}${r}`).join('+');

const RIGHT = { total: ['2400', '2000', '1700', '85.00', '83.25', '1.75'], districts: ['Mỹ Lộc', 'Văn phòng Cục', 'Vụ Bản', 'Ý Yên'] };

async function read(file: string) {
  const r = await runThads(['summarize', file, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  const body = JSON.parse(r.stdout);
  const t = body.total.cases;
  return { total: [t.total, t.withConditions, t.resolved, t.rate, t.target, t.gapPp], districts: body.groups.map((g: { district: string }) => g.district).sort() };
}

async function refusal(file: string): Promise<string> {
  const r = await runThads(['summarize', file, '--format', 'csv']);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  return r.stderr.split(file).join('FILE').split('\n')[0]!;
}
const missing = (line: number) => `FILE:S!B${line}: error: this row has figures but no office name [MISSING_DISTRICT]`;

describe('an unlabelled row adding the Văn phòng Cục line and the Chi cục section line: the declared total', () => {
  it('below: "I Văn phòng Cục" 2, "II Các Chi cục" =SUM(C4:C6) 3, offices 4–6, =C2+C3 on row 7 (work98a 04)', async () => {
    const file = await book([VP, section(4, 6), ML, VB, YY, sums(plus(2, 3), TOTAL)]);
    expect(await read(file)).toEqual(RIGHT);
    expect((await runThads(['inspect', file])).stdout).toContain('rows:          4 data, 2 declared total'); // the section line and the total, as a "Tổng cộng" row counts them
    expect((await runThads(['check', file])).code).toBe(0);
  });

  it('on top, right under the header: =C3+C4 on row 2', async () => {
    expect(await read(await book([sums(plus(3, 4), TOTAL), VP, section(5, 7), ML, VB, YY]))).toEqual(RIGHT);
  });

  it('the Văn phòng line without an STT ("| Văn phòng Cục")', async () => {
    expect(await read(await book([[null, ...VP.slice(1)], section(4, 6), ML, VB, YY, sums(plus(2, 3), TOTAL)]))).toEqual(RIGHT);
  });

  it('the Chi cục first, "II Văn phòng Cục" last: =C2+C6, and =SUM(C2,C6)', async () => {
    const rows = [section(3, 5, 'I'), ML, VB, YY, ['II', ...VP.slice(1)]];
    expect(await read(await book([...rows, sums(plus(2, 6), TOTAL)]))).toEqual(RIGHT);
    expect(await read(await book([...rows, sums((l) => `SUM(${l}2,${l}6)`, TOTAL)]))).toEqual(RIGHT);
  });
});

describe('what keeps its refusal (MISSING_DISTRICT at the row)', () => {
  it('a sum skipping the Văn phòng: =C3 (the Chi cục section only)', async () => {
    expect(await refusal(await book([VP, section(4, 6), ML, VB, YY, sums(plus(3), CHI_CUC_SUM)])))
      .toBe(missing(7));
  });

  it('a sum counting Mỹ Lộc twice: =C2+C3+C4', async () => {
    // by hand 2400 + 600 = 3000, 2000 + 500 = 2500, 1700 + 430 = 2130
    expect(await refusal(await book([VP, section(4, 6), ML, VB, YY, sums(plus(2, 3, 4), [3000, 2500, 2130])]))).toBe(missing(7));
  });

  it('a section whose own =SUM leaves out Ý Yên: =SUM(C4:C5), =C2+C3', async () => {
    // by hand the section 1200 / 1000 / 855, the row 1800 / 1500 / 1275
    const short = sums((l) => `SUM(${l}4:${l}5)`, [1200, 1000, 855], 'II', 'Các Chi cục');
    expect(await refusal(await book([VP, short, ML, VB, YY, sums(plus(2, 3), [1800, 1500, 1275])]))).toBe(missing(7));
  });

  it('the Chi cục section line of typed figures (no formula of its own): =C2+C3', async () => {
    expect(await refusal(await book([VP, ['II', 'Các Chi cục', ...CHI_CUC_SUM], ML, VB, YY, sums(plus(2, 3), TOTAL)]))).toBe(missing(7));
  });

  it('on top, a sum skipping the Văn phòng: =C4 on row 2', async () => {
    expect(await refusal(await book([sums(plus(4), CHI_CUC_SUM), VP, section(5, 7), ML, VB, YY]))).toBe(missing(2));
  });
});

describe('what keeps its reading', () => {
  it('the same row labelled "Tổng cộng"', async () => {
    expect(await read(await book([VP, section(4, 6), ML, VB, YY, sums(plus(2, 3), TOTAL, null, 'Tổng cộng')]))).toEqual(RIGHT);
  });

  it('the Văn phòng under its own section ("I Cấp tỉnh" =SUM(C3:C3)): =C2+C4', async () => {
    const rows = [sums((l) => `SUM(${l}3:${l}3)`, [600, 500, 420], 'I', 'Cấp tỉnh'), [1, ...VP.slice(1)], section(5, 7), ML, VB, YY];
    expect(await read(await book([...rows, sums(plus(2, 4), TOTAL)]))).toEqual(RIGHT);
  });

  it('the AutoSum over the four office rows without sections: =SUM(C2:C5)', async () => {
    expect(await read(await book([[1, ...VP.slice(1)], [2, ...ML.slice(1)], [3, ...VB.slice(1)], [4, ...YY.slice(1)], sums((l) => `SUM(${l}2:${l}5)`, TOTAL)]))).toEqual(RIGHT);
  });

  const { both } = bothReaders('thads-vpsection-', []);
  const header = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong';
  const body = ['I;Văn phòng Cục;600;500;420', 'II;Các Chi cục;1800;1500;1280', '1;Mỹ Lộc;600;500;430', '2;Vụ Bản;600;500;425', '3;Ý Yên;600;500;425', ';;2400;2000;1700'];
  it.each([
    ['plain', [header, ...body], 7],
    ['under a title line', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024 TỈNH NAM ĐỊNH', header, ...body], 8],
  ])('the same table in a CSV (%s, no formulas): the unlabelled row stays refused, both readers', async (_name, lines, line) => {
    const r = await both('Nam Dinh viec 2024.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:${line}:2: error: this row has figures but no office name [MISSING_DISTRICT]`);
  });
});
