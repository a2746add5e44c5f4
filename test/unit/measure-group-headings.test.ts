// A header's group row worded as the narrative report's section headings — "I. Về việc | II. Về
// tiền", "Kết quả về việc", "A. CASES | B. MONEY", "Part 1: Cases" — was read as a title line: a
// form of both refused MEASURE_CONFLICT ("the title (line 3) says the figures are cases"), or
// MEASURE_UNKNOWN where the words were no title's either. A group cell of the header's group row
// that headingMeasure reads names its columns' measure, as "Về việc" does, and is no title's
// words. Both readers agree; a workbook with merged group cells says the same. A title line
// stays a title, a heading row between two tables still starts a second one.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { headingMeasure } from '../../src/input/measure-rows.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both, dir } = bothReaders('thads-measure-group-headings-', ['--format', 'csv', '--year', '2019']);

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019;;;;;';
const UNIT = 'Đơn vị tính: việc, 1.000 đồng;;;;;';
const SUB = ';;Có điều kiện;Giải quyết xong;Có điều kiện;Giải quyết xong';
const ROWS = ['1;Mỹ Lộc;600;540;13.000.000;11.000.000', '2;Vụ Bản;580;533;9.500.000;7.700.000', '3;Nam Trực;650;619;16.000.000;14.300.000'];
const groups = (cases: string, money: string) => `STT;Đơn vị;${cases};;${money};`;

/** The CSV's row of `district`, by column name. */
function rowOf(stdout: string, district: string): Record<string, string> {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const row = rows.find((r) => r[1] === district);
  if (row === undefined) throw new Error(`no row ${district} in\n${stdout}`);
  return Object.fromEntries(head!.map((h, i) => [h, row[i]!]));
}

// By hand: cases có điều kiện 600 + 580 + 650 = 1830, giải quyết xong 540 + 533 + 619 = 1692,
// 1692 / 1830 = 92.46 %; money (nghìn đồng) 13.000.000 + 9.500.000 + 16.000.000 = 38.500.000
// nghìn = 38 500 000 000 đồng, 11.000.000 + 7.700.000 + 14.300.000 = 33.000.000 nghìn =
// 33 000 000 000 đồng, 33 / 38,5 = 85.71 %.
function expectBoth(stdout: string, moneyScale: 'thousand' | 'dong'): void {
  const total = rowOf(stdout, 'TOTAL');
  expect([total.cases_with_conditions, total.cases_resolved, total.cases_rate]).toEqual(['1830', '1692', '92.46']);
  const money = moneyScale === 'thousand' ? ['38500000000', '33000000000'] : ['38500000', '33000000'];
  expect([total.money_with_conditions, total.money_resolved, total.money_rate]).toEqual([...money, '85.71']);
}

describe('headingMeasure: the narrative report\'s section headings', () => {
  it.each([
    ['Số liệu về việc', 'cases'], ['Tình hình thi hành án về tiền', 'money'], ['Thi hành án tính bằng việc', 'cases'], ['KẾT QUẢ THI HÀNH ÁN VỀ TIỀN', 'money'],
    ['Kết quả về việc', 'cases'], ['I. Về việc', 'cases'], ['Phần 2: Tiền', 'money'],
  ])('%s heads %s', (text, measure) => expect(headingMeasure(text)).toBe(measure));

  it.each(['Số liệu', 'Tình hình thi hành án', 'Thi hành án dân sự', 'Số liệu về việc thực hiện chỉ tiêu', 'Tình hình thi hành án năm 2019'])('%j heads no block', (text) =>
    expect(headingMeasure(text)).toBeNull());
});

describe('group cells worded as section headings name their columns\' measure', () => {
  it.each([
    ['I. Về việc', 'II. Về tiền'], ['I - Về việc', 'II - Về tiền'], ['I. VỀ VIỆC', 'II. VỀ TIỀN'], ['I. Ve viec', 'II. Ve tien'],
    ['Kết quả về việc', 'Kết quả về tiền'], ['KẾT QUẢ THI HÀNH ÁN VỀ VIỆC', 'KẾT QUẢ THI HÀNH ÁN VỀ TIỀN'],
    ['Thi hành án tính bằng việc', 'Thi hành án tính bằng tiền'], ['Kết quả thi hành án tính bằng việc', 'Kết quả thi hành án tính bằng tiền'],
    ['Số liệu về việc', 'Số liệu về tiền'], ['Tình hình thi hành án về việc', 'Tình hình thi hành án về tiền'],
    ['A. VIỆC', 'B. TIỀN'], ['1. Việc', '2. Tiền'], ['Phần 1: Việc', 'Phần 2: Tiền'],
    ['I. Cases', 'II. Amount'], ['A. CASES', 'B. MONEY'], ['Part 1: Cases', 'Part 2: Money'],
  ])('"%s | %s" under "Đơn vị tính: việc, 1.000 đồng": 1830 / 1692 cases, 38,5 / 33 tỷ', async (cases, money) => {
    const r = await both('bao-cao-2019.csv', [TITLE, UNIT, groups(cases, money), SUB, ...ROWS]);
    expect(r.code, r.stderr).toBe(0);
    expectBoth(r.stdout, 'thousand');
  });

  it('the control, "Việc | Tiền": the same totals', async () => {
    const r = await both('bao-cao-2019.csv', [TITLE, UNIT, groups('Việc', 'Tiền'), SUB, ...ROWS]);
    expect(r.code, r.stderr).toBe(0);
    expectBoth(r.stdout, 'thousand');
  });

  it('no unit line: "I. Về việc | II. Về tiền" read, money in đồng (38 500 000 / 33 000 000)', async () => {
    const r = await both('bao-cao-2019.csv', [TITLE, groups('I. Về việc', 'II. Về tiền'), SUB, ...ROWS]);
    expect(r.code, r.stderr).toBe(0);
    expectBoth(r.stdout, 'dong');
  });

  it('the unit in the group: "I. Về việc | II. Về tiền (nghìn đồng)"', async () => {
    const r = await both('bao-cao-2019.csv', [TITLE, groups('I. Về việc', 'II. Về tiền (nghìn đồng)'), SUB, ...ROWS]);
    expect(r.code, r.stderr).toBe(0);
    expectBoth(r.stdout, 'thousand');
  });

  it('a workbook, group cells and STT / Đơn vị merged', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Bieu 01');
    sheet.addRow(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019']);
    sheet.addRow(['Đơn vị tính: việc, 1.000 đồng']);
    sheet.addRow(['STT', 'Đơn vị', 'I. Về việc', null, 'II. Về tiền', null]);
    sheet.addRow([null, null, 'Có điều kiện', 'Giải quyết xong', 'Có điều kiện', 'Giải quyết xong']);
    sheet.addRow([1, 'Mỹ Lộc', 600, 540, 13000000, 11000000]);
    sheet.addRow([2, 'Vụ Bản', 580, 533, 9500000, 7700000]);
    sheet.addRow([3, 'Nam Trực', 650, 619, 16000000, 14300000]);
    sheet.mergeCells('A3:A4');
    sheet.mergeCells('B3:B4');
    sheet.mergeCells('C3:D3');
    sheet.mergeCells('E3:F3');
    const file = join(dir, 'bao-cao-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv', '--year', '2019'], { env: {} });
    expect(await main(io), stderr()).toBe(0);
    expectBoth(stdout(), 'thousand');
  });
});

describe('a group cell saying the other measure than the unit line: still refused', () => {
  it('"I. Về việc" alone under "Đơn vị tính: nghìn đồng": MEASURE_CONFLICT at the group cell', async () => {
    const r = await both('bao-cao-2019.csv', ['Báo cáo năm 2019;;;', 'Đơn vị tính: nghìn đồng;;;', 'STT;Đơn vị;I. Về việc;', ';;Có điều kiện;Giải quyết xong', '1;Mỹ Lộc;100;80', '2;Vụ Bản;200;150']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'FILE:3:3: error: the unit line (line 2) gives money in nghìn đồng ("Đơn vị tính: nghìn đồng"), but the group cell "I. Về việc" above the header (line 3, column 3) counts cases: thads cannot tell which the figures are [MEASURE_CONFLICT]',
    );
  });
});

describe('the same headings on a row between two tables: another measure\'s table', () => {
  // Before: new offices under "Số liệu về tiền" were summed as cases, 100 + 200 + 5.000.000 +
  // 7.000.000 = 12 000 300 cases (exit 0).
  it.each(['Số liệu về tiền', 'Tình hình thi hành án về tiền', 'Thi hành án tính bằng tiền'])('"%s" over money rows of new offices in a table of cases: SECOND_TABLE', async (heading) => {
    const r = await both('bao-cao-2019.csv', [
      'Báo cáo kết quả thi hành án về việc năm 2019;;;', 'STT;Đơn vị;Có điều kiện;Giải quyết xong', '1;Mỹ Lộc;100;80', '2;Vụ Bản;200;150',
      `${heading};;;`, '1;Nam Trực;5.000.000;4.000.000', '2;Ý Yên;7.000.000;6.000.000',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      `FILE:5:1: error: the table reads cases; "${heading}" heads money: the rows below it ("Nam Trực", line 6) are another measure's table, whose figures would be added as cases [SECOND_TABLE]`,
    );
  });
});

describe('over-reach: read as before', () => {
  const PLAIN = 'STT;Đơn vị;Có điều kiện;Giải quyết xong';
  const CASES = ['1;Mỹ Lộc;100;80', '2;Vụ Bản;200;150'];
  const MONEY = ['1;Mỹ Lộc;5.000.000;4.000.000', '2;Vụ Bản;7.000.000;6.000.000'];

  // cases 100 + 200 = 300, 80 + 150 = 230, 230 / 300 = 76.67 %
  it('a title "KẾT QUẢ THI HÀNH ÁN VỀ VIỆC" over plain headers: a title still, cases 300 / 230', async () => {
    const r = await both('bao-cao-2019.csv', ['KẾT QUẢ THI HÀNH ÁN VỀ VIỆC;;;', 'Năm 2019;;;', PLAIN, ...CASES]);
    expect(r.code, r.stderr).toBe(0);
    const total = rowOf(r.stdout, 'TOTAL');
    expect([total.cases_with_conditions, total.cases_resolved, total.cases_rate, total.money_with_conditions]).toEqual(['300', '230', '76.67', '']);
  });

  // money 5.000.000 + 7.000.000 = 12 000 000 đồng, 4.000.000 + 6.000.000 = 10 000 000, 83.33 %
  it('Biểu 08\'s title "KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN" right over plain headers: money 12 000 000 / 10 000 000', async () => {
    const r = await both('bao-cao-2019.csv', ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN;;;', PLAIN, ...MONEY]);
    expect(r.code, r.stderr).toBe(0);
    const total = rowOf(r.stdout, 'TOTAL');
    expect([total.money_with_conditions, total.money_resolved, total.money_rate, total.cases_with_conditions]).toEqual(['12000000', '10000000', '83.33', '']);
  });

  it('a title set over the figure columns (";;KẾT QUẢ THI HÀNH ÁN TÍNH BẰNG TIỀN;") right over plain headers: money', async () => {
    const r = await both('bao-cao-2019.csv', [';;KẾT QUẢ THI HÀNH ÁN TÍNH BẰNG TIỀN;', PLAIN, ...MONEY]);
    expect(r.code, r.stderr).toBe(0);
    const total = rowOf(r.stdout, 'TOTAL');
    expect([total.money_with_conditions, total.money_resolved, total.money_rate]).toEqual(['12000000', '10000000', '83.33']);
  });

  // cases 100 + 200 = 300 (thi hành xong 70 + 140 = 210), 230; money 12 000 000 / 10 000 000
  it('a title "KẾT QUẢ THI HÀNH ÁN VỀ VIỆC" above "Việc | Tiền" groups: the group row names both, both read', async () => {
    const r = await both('bao-cao-2019.csv', [
      'KẾT QUẢ THI HÀNH ÁN VỀ VIỆC;;;;;',
      'Năm 2019;;;;;',
      'STT;Đơn vị;Việc;;Tiền;',
      SUB,
      '1;Mỹ Lộc;100;80;5.000.000;4.000.000',
      '2;Vụ Bản;200;150;7.000.000;6.000.000',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const total = rowOf(r.stdout, 'TOTAL');
    expect([total.cases_with_conditions, total.cases_resolved, total.money_with_conditions, total.money_resolved]).toEqual(['300', '230', '12000000', '10000000']);
  });

  // money nghìn: (5.000.000 + 7.000.000) × 1000 = 12 000 000 000, (4.000.000 + 6.000.000) × 1000 = 10 000 000 000
  it('"Về tiền" a lone group over a money-only table: money in nghìn đồng', async () => {
    const r = await both('bao-cao-2019.csv', ['Báo cáo năm 2019;;;', 'Đơn vị tính: nghìn đồng;;;', 'STT;Đơn vị;Về tiền;', ';;Có điều kiện;Giải quyết xong', ...MONEY]);
    expect(r.code, r.stderr).toBe(0);
    const total = rowOf(r.stdout, 'TOTAL');
    expect([total.money_with_conditions, total.money_resolved, total.money_rate, total.cases_with_conditions]).toEqual(['12000000000', '10000000000', '83.33', '']);
  });

  it.each([
    ['a title', ['Báo cáo kết quả thi hành án về việc năm 2019;;;', PLAIN], 5],
    ['"I. Về việc" in the group row', ['Báo cáo năm 2019;;;', 'STT;Đơn vị;I. Về việc;', ';;Có điều kiện;Giải quyết xong'], 6],
  ])('a cases table (%s), then "II. VỀ TIỀN" over money rows: SECOND_TABLE as before', async (_, head, line) => {
    const r = await both('bao-cao-2019.csv', [...(head as string[]), ...CASES, 'II. VỀ TIỀN;;;', ...MONEY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      `FILE:${line}:1: error: the table reads cases; "II. VỀ TIỀN" heads money: the rows below it ("Mỹ Lộc", line ${(line as number) + 1}) are another measure's table, whose figures would be added as cases [SECOND_TABLE]`,
    );
  });
});
