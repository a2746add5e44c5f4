// traps37 1–3: a 2026 year-end report splitting one office's year over two rows at 1/7/2026
// (TT 05/2026 and Law 106/2025/QH15 in force), in wordings thads did not know. Only the exact
// wordings README listed were refused (PERIOD_COLUMN); each close variant was summed with a
// DUPLICATE_OFFICE (or, in the name, an OFFICE_NAME_VARIANTS) warning, exit 0. Such cells are
// now read by what they hold (period-words.ts): a day, a quarter, months, a law's or a circular's
// number or year, the old or the new form, in words that say nothing else; and a column headed
// "Tháng", "Đợt" gives each row its part whatever it writes.
// The file: "Phòng THADS khu vực 1" on lines 2 and 3 (300 / 700 / 800 / 500 / 10 and 400 / 250 /
// 500 / 300 / 5), khu vực 2 on line 4 (200 / 500 / 600 / 400 / 10). Summed, by hand: carried over
// 300 + 400 + 200 = 900, thụ lý 900 + 1.450 = 2.350, có ĐK 800 + 500 + 600 = 1.900, giải quyết
// xong 510 + 305 + 410 = 1.225, 1.225 / 1.900 = 64,47 % — the wrong answer for a split year
// (KV1's stock counts twice), refused now at line 3; the right one for rows that add up (by case
// type, by court, by enforcer), which are summed as before (the controls).
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { csvTotal } from '../helpers/split-year-output.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const KV1 = 'Phòng THADS khu vực 1';
const KV2 = 'Phòng THADS khu vực 2';
/** KV1's two rows under `column` (a note's header), each [name, cell], then KV2's (lines 2, 3, 4). */
const file = (a: readonly [string, string], b: readonly [string, string], column = 'Ghi chú') => [
  `Đơn vị;${column};Năm trước chuyển sang;Thụ lý mới;Có điều kiện;Thi hành xong;Đình chỉ`,
  `${a[0]};${a[1]};300;700;800;500;10`,
  `${b[0]};${b[1]};400;250;500;300;5`,
  `${KV2};;200;500;600;400;10`,
];
/** The same with KV1's two rows in the other order. */
const swapped = (a: readonly [string, string], b: readonly [string, string], column?: string) => file(b, a, column);

const { both } = bothReaders('thads-period-words-', ['--format', 'csv']);
const NAME = 'ninh-binh-viec-2026.csv';

async function expectRefused(lines: readonly string[], column: number): Promise<void> {
  const r = await both(NAME, lines);
  expect(r.code, r.stderr).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(`FILE:3:${column}: error: `);
  expect(stderrCodes(r.stderr)).toEqual(['PERIOD_COLUMN']);
}

describe('1. a part of the year under the year\'s own row (was summed, exit 0)', () => {
  it.each([
    ['Cả năm', 'Riêng quý III'], // m61
    ['Cả năm', 'Trong đó: từ 01/7/2026'], // m63
    ['Năm 2026', 'Quý III/2026'], // m65
    ['', 'Riêng quý III'], // m66
    ['', 'Từ 1/7 đến 30/9'], // m67
    ['Cả năm', 'Riêng 3 tháng theo TT05/2026'], // m64
  ])('"%s" / "%s" under "Ghi chú", both orders: both readers, refused at the second row (its note, or its name when it marks none)', async (a, b) => {
    await expectRefused(file([KV1, a], [KV1, b]), 2);
    await expectRefused(swapped([KV1, a], [KV1, b]), 1);
  });
});

describe('2. the year\'s two parts in other words (was summed, exit 0)', () => {
  it.each([
    ['Trước 1/7', 'Sau 1/7'], // m1, m36
    ['Trước 1/7', 'Từ 1/7'], // m13
    ['Trước 01/7', 'Sau 01/7'], // m28
    ['Đến 30/6', 'Từ 1/7 đến 30/9'], // m7, m37
    ['Đến 30/6', 'Từ 1/7'], // m38
    ['Luật THADS 2008', 'Luật THADS 2025'], // m4, m35
    ['Luật 2008', 'Luật 2025'], // m21
    ['Luật THA 2008 (sửa đổi 2014)', 'Luật THA 2025'], // m42
    ['Theo Luật số 26/2008/QH12', 'Theo Luật số 106/2025/QH15'], // m43
    ['Theo Luật 26/2008', 'Theo Luật 106/2025'], // m44
    ['Trước khi Luật mới có hiệu lực', 'Sau khi Luật mới có hiệu lực'], // m9, m34
    ['Mẫu 05/2024', 'Mẫu 05/2026'], // m40
    ['Quý IV/2025-Quý II/2026', 'Quý III/2026'], // m26
    ['Q4/2025-Q2/2026', 'Q3/2026'], // m33
    ['Quý I, II/2026', 'Quý III/2026'], // m32
    ['', 'Quý III/2026'], // m31
    ['Mẫu 04 TT05/2024', 'Mẫu 04 TT05/2026'], // m82
    ['Mẫu 04 (TT05/2024)', 'Mẫu 04 (TT05/2026)'], // m74
    ['Số liệu theo TT05/2024', 'Số liệu theo TT05/2026'], // m86
    ['Biểu cũ TT05/2024', 'Biểu mới TT05/2026'], // m84
    ['Biểu cũ (TT05/2024)', 'Biểu mới (TT05/2026)'], // m41
    ['Biểu TT05/2024', 'Biểu TT05/2026'], // m5
    ['04/TK-THA cũ', '04/TK-THA mới'], // m75
  ])('"%s" / "%s" under "Ghi chú", both orders: both readers, refused at the second row (its note, or its name when it marks none)', async (a, b) => {
    await expectRefused(file([KV1, a], [KV1, b]), 2);
    await expectRefused(swapped([KV1, a], [KV1, b]), a === '' ? 1 : 2);
  });

  it.each([
    ['Tháng', '10-6', '7-9'], // m73
    ['Đợt', '1', '2'], // m77
    ['Quý', 'I-III', 'IV'],
  ])('a column headed "%s", "%s" / "%s": both readers, refused at the second row\'s cell', async (head, a, b) => {
    await expectRefused(file([KV1, a], [KV1, b], head), 2);
    await expectRefused(swapped([KV1, a], [KV1, b], head), 2);
  });
});

describe('3. the parts after the office\'s name (were two offices, exit 0)', () => {
  it.each([
    [`${KV1} (trước 1/7)`, `${KV1} (từ 1/7)`], // m51
    [`${KV1} - biểu cũ TT05/2024`, `${KV1} - biểu mới TT05/2026`], // m54
    [`${KV1} (Luật 2008)`, `${KV1} (Luật 2025)`], // m55
  ])('"%s" / "%s": both readers, refused at the second row\'s name', async (a, b) => {
    await expectRefused(file([a, ''], [b, '']), 1);
    await expectRefused(swapped([a, ''], [b, '']), 1);
  });
});

describe('controls: rows that add up are summed as before (900 / 2.350 / 1.900 / 1.225, 64,47 %)', () => {
  it.each([
    ['Ghi chú', 'Dân sự', 'Hình sự'],
    ['Loại việc', 'Dân sự', 'Hình sự'],
    ['Tòa án', 'TAND huyện Hoa Lư', 'TAND tỉnh Ninh Bình'],
    ['Ghi chú', 'Hoãn 3 tháng', ''],
    ['Ghi chú', 'Luật 2008', 'Luật 2008'],
    ['Ghi chú', 'Mẫu 04', 'Mẫu 04'],
    ['Ghi chú', 'Cả năm', 'Cả năm'],
    ['Tháng', '10-9', '10-9'],
  ])('under "%s", "%s" / "%s": both readers, one office of two rows, exit 0', async (head, a, b) => {
    const r = await both(NAME, file([KV1, a], [KV1, b], head));
    expect(r.code, r.stderr).toBe(0);
    expect(csvTotal(r.stdout)).toEqual(['900', '2350', '1900', '1225', '64.47']);
    expect(stderrCodes(r.stderr)).toContain('DUPLICATE_OFFICE');
  });

  it('an enforcer\'s rows, "Từ 1/3" / "Đến 30/6" (when each came or left): summed', async () => {
    const lines = file([KV1, 'Từ 1/3'], [KV1, 'Đến 30/6']).map((l, i) => `${l};${['Chấp hành viên', 'Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'][i]}`);
    const r = await both(NAME, lines);
    expect(r.code, r.stderr).toBe(0);
    expect(csvTotal(r.stdout)).toEqual(['900', '2350', '1900', '1225', '64.47']);
  });

  it('two offices, each one row, with the same mark after its name ("… - biểu mới TT05/2026"): two offices, summed', async () => {
    const r = await both(NAME, file([`${KV1} - biểu mới TT05/2026`, ''], [`${KV2} - biểu mới TT05/2026`, '']).slice(0, 3));
    expect(r.code, r.stderr).toBe(0);
    // 300 + 400 = 700, 1.000 + 650 = 1.650, 800 + 500 = 1.300, 510 + 305 = 815; 815 / 1.300 = 62,69 %
    expect(csvTotal(r.stdout)).toEqual(['700', '1650', '1300', '815', '62.69']);
  });
});
