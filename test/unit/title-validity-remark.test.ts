// A remark under the title saying when a law or an office began — "Nghị quyết số 202/2025/QH15 có
// hiệu lực từ ngày 01/7/2025", "Phòng THADS khu vực hoạt động từ ngày …", "… được thành lập từ
// ngày …" — states no period (traps work68a 02). Read as the report's first day it made a 2025
// year report the quarter 1/7–30/9/2025 (exit 0, the change on last year dropped), and beside a
// real "(Từ ngày 01/10/2024 đến ngày 30/9/2025)" line it was refused YEAR_CONFLICT. A title's own
// lone start ("(Từ ngày 01/01/2026)", "Số liệu tính từ ngày …") still opens the period.
import { describe, expect, it } from 'vitest';
import { titlePeriod } from '../../src/input/stated-years.js';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, both } = bothReaders('thads-validity-remark-', ['--format', 'text', '--lang', 'vi', '--by', 'none']);

const HEAD = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,,,,,,', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025,,,,,,,,,'];
const TABLE = [
  ',,,,Đơn vị tính: Việc; nghìn đồng,,,,,',
  'STT,Đơn vị,Về việc,,,,Về tiền,,,',
  ',,Tổng số phải thi hành,Có điều kiện thi hành,Thi hành xong,Đình chỉ,Tổng số phải thi hành,Có điều kiện thi hành,Thi hành xong,Đình chỉ',
  ',Tổng cộng,"1.800","1.500","1.200",100,"90.000","60.000","40.000","5.000"',
  '1,Phòng THADS khu vực 1,600,500,400,30,"30.000","20.000","13.000","2.000"',
  '2,Phòng THADS khu vực 2,700,600,480,40,"35.000","25.000","17.000","2.000"',
  '3,Phòng THADS khu vực 3,500,400,320,30,"25.000","15.000","10.000","1.000"',
];
// By hand: cases resolved 1.200 + 100 = 1.300 of 1.500 = 0,8666… = 86,67 %; money 40.000 + 5.000 =
// 45.000 of 60.000 nghìn = 75,00 % (45/60 triệu); 2025 targets 83,9 % and 51,9 %: +2,77 and +23,10
const YEAR_2025 = 'Năm 2025 (từ 1/10/2024 đến 30/9/2025), kết quả thi hành án dân sự toàn tỉnh Ninh Bình: về việc, đã giải quyết xong 1.300/1.500 việc có điều kiện giải quyết, đạt 86,67%, vượt 2,77% so với chỉ tiêu được giao (83,9%). '
  + 'Về tiền, đã giải quyết xong 45/60 triệu đồng có điều kiện thi hành, đạt 75,00%, vượt 23,10% so với chỉ tiêu được giao (51,9%).';

const REMARKS = [
  'Nghị quyết số 202/2025/QH15 có hiệu lực từ ngày 01/7/2025',
  'NGHỊ QUYẾT SỐ 202/2025/QH15 CÓ HIỆU LỰC TỪ NGÀY 01/7/2025',
  'Nghi quyet so 202/2025/QH15 co hieu luc tu ngay 01/7/2025',
  'Nghị quyết số 202/2025/QH15 có hiệu lực thi hành kể từ ngày 01/7/2025.',
  'Nghị quyết số 202/2025/QH15 có hiệu lực từ ngày 01 tháng 7 năm 2025',
  'Phòng THADS khu vực hoạt động từ ngày 01/7/2025',
  'Các Phòng THADS khu vực được thành lập từ ngày 01/7/2025',
  'Các Chi cục THADS sáp nhập từ ngày 01/7/2025',
  'Mô hình mới chính thức áp dụng từ 01/7/2025',
  'Resolution 202/2025/QH15 effective from 01/7/2025',
  'Resolution 202/2025/QH15 in force since 01/7/2025',
];

describe('a remark of when something took effect states no period', () => {
  it.each(REMARKS)('titlePeriod: the title\'s year alone stays the year under %j', (remark) => {
    expect(titlePeriod([['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025'], [remark]])).toEqual({ start: null, end: null });
  });

  it.each(REMARKS)('titlePeriod: beside the period line, the year 1/10/2024–30/9/2025 under %j', (remark) => {
    const year = { start: '2024-10-01', end: '2025-09-30' };
    expect(titlePeriod([['BÁO CÁO NĂM 2025'], ['(Từ ngày 01/10/2024 đến ngày 30/9/2025)'], [remark]])).toEqual(year);
    expect(titlePeriod([['BÁO CÁO NĂM 2025'], [remark], ['(Từ ngày 01/10/2024 đến ngày 30/9/2025)']])).toEqual(year);
  });

  it('the year report with the remark and no period line: the year, 86,67 % (was the quarter 1/7–30/9/2025)', async () => {
    const r = await both('ninh-binh-nam-2025.csv', [...HEAD, `${REMARKS[0]},,,,,,,,,`, ',,,,,,,,,', ...TABLE]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(YEAR_2025);
    expect(r.stderr).toBe('');
  });

  it.each([REMARKS[5]!, REMARKS[6]!])('under %j too', async (remark) => {
    const r = await both('ninh-binh-nam-2025.csv', [...HEAD, `${remark},,,,,,,,,`, ...TABLE]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(YEAR_2025);
  });

  it('the remark below the period line: the year, no YEAR_CONFLICT', async () => {
    const r = await both('ninh-binh-nam-2025.csv', [...HEAD, '(Từ ngày 01/10/2024 đến ngày 30/9/2025),,,,,,,,,', `${REMARKS[0]},,,,,,,,,`, ...TABLE]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(YEAR_2025);
    expect(r.stderr).toBe('');
  });

  it('2026: "Luật Thi hành án dân sự năm 2025 có hiệu lực từ ngày 01/7/2026" below the period line: the year 2026', async () => {
    const r = await both('ninh-binh-nam-2026.csv', [HEAD[0]!, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026,,,,,,,,,', '(Từ ngày 01/10/2025 đến ngày 30/9/2026),,,,,,,,,',
      'Luật Thi hành án dân sự năm 2025 có hiệu lực từ ngày 01/7/2026,,,,,,,,,', ...TABLE]);
    expect(r.code).toBe(0);
    // the same figures: 1.300 / 1.500 = 86,67 %; 45 / 60 = 75,00 % (no 2026 target)
    expect(r.stdout).toContain('Năm 2026 (từ 1/10/2025 đến 30/9/2026), kết quả thi hành án dân sự toàn tỉnh Ninh Bình: về việc, đã giải quyết xong 1.300/1.500 việc có điều kiện giải quyết, đạt 86,67%');
    expect(r.stdout).toContain('45/60 triệu đồng có điều kiện thi hành, đạt 75,00%');
  });

  it('--previous: the year against the year, the change computed (+10,00 for khu vực 1)', async () => {
    // 2024: khu vực 1 resolved 350 + 30 = 380 / 500 = 76,00 %; 2025: 430 / 500 = 86,00 %: +10,00.
    // khu vực 2: 520 / 600 = 86,67 % both years: 0,00
    // (its total row 1.200 − 50 = 1.150 completed)
    const prev = TABLE.map((l) => l.replace('1,Phòng THADS khu vực 1,600,500,400,', '1,Phòng THADS khu vực 1,600,500,350,').replace(',Tổng cộng,"1.800","1.500","1.200",', ',Tổng cộng,"1.800","1.500","1.150",'));
    const p = await both('ninh-binh-nam-2024.csv', [HEAD[0]!, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024,,,,,,,,,', '(Từ ngày 01/10/2023 đến ngày 30/9/2024),,,,,,,,,', ...prev], ['--format', 'csv']);
    expect(p.code).toBe(0);
    const r = await both('ninh-binh-nam-2025.csv', [...HEAD, `${REMARKS[0]},,,,,,,,,`, ...TABLE], ['--previous', `${dir}/ninh-binh-nam-2024.csv`, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('PERIODS_DIFFER');
    const rows = r.stdout.trim().split('\n').slice(1).map((l) => l.split(','));
    expect(rows.slice(0, 2).map((c) => [c[1], c[20], c[29]])).toEqual([['Phòng THADS khu vực 1', '86.00', '10.00'], ['Phòng THADS khu vực 2', '86.67', '0.00']]);
  });

  it('the workbook reads as the CSV does', async () => {
    const lines = [...HEAD, REMARKS[0]!, ...TABLE].map((l) => l.replace(/"/g, '').replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'ninh-binh-nam-2025.xlsx', lines, ['--format', 'text', '--lang', 'vi', '--by', 'none']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(YEAR_2025);
  });
});

describe('over-reach controls: a title\'s own start and ranges read as before', () => {
  it.each([
    [['BÁO CÁO NĂM 2026', '(Từ ngày 01/01/2026)'], { start: '2026-01-01', end: null }],
    [['BÁO CÁO NĂM 2026', 'Số liệu tính từ ngày 01/10/2025'], { start: '2025-10-01', end: null }],
    [['BÁO CÁO KẾT QUẢ HOẠT ĐỘNG TỪ NGÀY 01/01/2026'], { start: '2026-01-01', end: null }],
    // a range after a verb is a range: the period
    [['BÁO CÁO KẾT QUẢ HOẠT ĐỘNG TỪ NGÀY 01/10/2025 ĐẾN NGÀY 31/3/2026'], { start: '2025-10-01', end: '2026-03-31' }],
    [['BÁO CÁO NĂM 2026', 'Áp dụng từ ngày 01/10/2025 - 30/9/2026'], { start: '2025-10-01', end: '2026-09-30' }],
  ])('titlePeriod %j', (title, period) => {
    expect(titlePeriod(title.map((t) => [t]))).toEqual(period);
  });

  it('"Kể từ ngày 01/7/2025 các Chi cục THADS sáp nhập …" stays a remark: the year, 86,67 %', async () => {
    const r = await both('ninh-binh-nam-2025.csv', [...HEAD, 'Kể từ ngày 01/7/2025 các Chi cục THADS sáp nhập thành Phòng THADS khu vực,,,,,,,,,', ...TABLE]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(YEAR_2025);
  });

  it('a six-month report "(Từ ngày 01/10/2025 đến ngày 31/3/2026)" with the remark: the six months', async () => {
    const r = await both('ninh-binh-6-thang-2026.csv', [HEAD[0]!, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2026,,,,,,,,,', '(Từ ngày 01/10/2025 đến ngày 31/3/2026),,,,,,,,,',
      'Luật Thi hành án dân sự năm 2025 có hiệu lực từ ngày 01/7/2026,,,,,,,,,', ...TABLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Từ 1/10/2025 đến 31/3/2026 (năm thống kê 2026), kết quả thi hành án dân sự toàn tỉnh Ninh Bình: về việc, đã giải quyết xong 1.300/1.500 việc có điều kiện giải quyết, đạt 86,67%');
  });

  it('a second period stated in full beside the period line is still refused (YEAR_CONFLICT)', async () => {
    const r = await both('ninh-binh-nam-2025.csv', [...HEAD, '(Từ ngày 01/10/2024 đến ngày 30/9/2025),,,,,,,,,', 'Số liệu tính từ ngày 01/7/2025,,,,,,,,,', ...TABLE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("FILE:4: error: the title states a period from 1/10/2024 (line 3) and one from 1/7/2025 (line 4): which is the report's? [YEAR_CONFLICT]\n");
  });
});
