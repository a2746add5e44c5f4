// The statistics year 2026 split at 1/7/2026, the day Law 106/2025/QH15 and TT 05/2026 took effect
// (traps work66b 01 and 02). A remark under the title ("Kể từ ngày 01/7/2026 số liệu được tổng hợp
// theo Luật …") states no period: read as the report's first day it made the year's report the
// quarter 1/7–30/9/2026 (600 / 2.600 = 23,08 % printed, 88,46 % right). Two periods stated in
// full are refused. A group split into dated sub-columns ("Từ 01/10/2025 đến 30/6/2026 | Từ
// 01/7/2026 đến 30/9/2026 | Cộng") reads its whole-period column; the parts are set aside.
// Both readers agree; the workbook reads as the CSV does.
import { describe, expect, it } from 'vitest';
import { titlePeriod, titleStartConflict } from '../../src/input/stated-years.js';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, both } = bothReaders('thads-law-2026-', ['--format', 'csv']);

/** cases_with_conditions, cases_resolved, cases_rate of the csv's TOTAL row */
function total(csv: string): string[] {
  const c = csv.trim().split('\n').at(-1)!.split(',');
  return [c[1]!, c[9]!, c[18]!, c[20]!];
}
/** rate of each office's row, then the TOTAL's */
function rates(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => l.split(',')[20]!);
}
const ALIASES = '  hint: map it with "aliases" in thads.config.json if it holds a known figure\n';
const aside = (line: number, column: number, header: string, period: string) =>
  `FILE:${line}:${column}: warning: column "${header}" names a period or a plan ("${period}"), not the report's own figures, and is ignored [UNKNOWN_COLUMN]\n${ALIASES}`;

const TITLE = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,,,,', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2026,,,,,,,', '(Từ ngày 01/10/2025 đến ngày 30/9/2026),,,,,,,'];
/** the year in three groups: nine months, the quarter, the whole year (trap 01) */
const SPLIT_TABLE = [
  'STT,Đơn vị,Từ 01/10/2025 đến 30/6/2026,,Từ 01/7/2026 đến 30/9/2026,,Cả năm 2026,',
  ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong',
  '1,Phòng THADS khu vực 1,"1.450","1.000","1.500","350","1.500","1.350"',
  '2,Phòng THADS khu vực 2,"1.050","700","1.100","250","1.100","950"',
  ',Tổng cộng,"2.500","1.700","2.600","600","2.600","2.300"',
];
// The whole year by hand: khu vực 1 1.350 / 1.500 = 90,00 %; khu vực 2 950 / 1.100 = 0,8636… = 86,36 %;
// total 1.350 + 950 = 2.300 of 1.500 + 1.100 = 2.600: 0,884615… = 88,46 % (the quarter: 600 / 2.600 = 23,08 %)
const YEAR_2026 = ['TOTAL', '2600', '2300', '88.46'];
const SPLIT_WARNINGS = (line: number) =>
  aside(line, 3, 'Có điều kiện (Từ 01/10/2025 đến 30/6/2026)', 'Từ 01/10/2025 đến 30/6/2026')
  + aside(line, 4, 'Giải quyết xong (Từ 01/10/2025 đến 30/6/2026)', 'Từ 01/10/2025 đến 30/6/2026')
  + aside(line, 5, 'Có điều kiện (Từ 01/7/2026 đến 30/9/2026)', 'Từ 01/7/2026 đến 30/9/2026')
  + aside(line, 6, 'Giải quyết xong (Từ 01/7/2026 đến 30/9/2026)', 'Từ 01/7/2026 đến 30/9/2026');

const REMARKS = [
  'Kể từ ngày 01/7/2026 số liệu được tổng hợp theo Luật Thi hành án dân sự số 106/2025/QH15',
  'Ke tu ngay 01/7/2026 so lieu duoc tong hop theo Luat Thi hanh an dan su so 106/2025/QH15',
  'KỂ TỪ NGÀY 01/7/2026 SỐ LIỆU ĐƯỢC TỔNG HỢP THEO LUẬT THI HÀNH ÁN DÂN SỰ SỐ 106/2025/QH15',
  'Từ 01/7/2026 áp dụng Luật Thi hành án dân sự số 106/2025/QH15',
  'Từ ngày 01/7/2026, Phòng THADS khu vực 5 được sáp nhập vào Phòng THADS khu vực 4',
  '(Trong đó số liệu từ 01/7/2026 đến 30/9/2026 theo biểu mẫu mới)',
  'From 01/7/2026 the figures follow the Law on Civil Judgment Enforcement No. 106/2025/QH15',
  'Kể từ ngày 01 tháng 7 năm 2026, số liệu được tổng hợp theo Luật Thi hành án dân sự',
  // read before as now: a citation of the Thông tư
  'Từ 01/7/2026 áp dụng biểu mẫu theo Thông tư số 05/2026/TT-BTP',
];

describe('a remark under the title states no period (trap 01)', () => {
  it.each(REMARKS)('titlePeriod: the year 1/10/2025–30/9/2026 under %j', (remark) => {
    const year = { start: '2025-10-01', end: '2026-09-30' };
    expect(titlePeriod([['BÁO CÁO NĂM 2026'], ['(Từ ngày 01/10/2025 đến ngày 30/9/2026)'], [remark]])).toEqual(year);
    // above the period line too
    expect(titlePeriod([['BÁO CÁO NĂM 2026'], [remark], ['(Từ ngày 01/10/2025 đến ngày 30/9/2026)']])).toEqual(year);
  });

  it.each(REMARKS.filter((r) => !r.startsWith('(Trong đó')))('titlePeriod: a year alone stays the year under %j', (remark) => {
    expect(titlePeriod([['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026'], [remark]])).toEqual({ start: null, end: null });
  });

  it.each([
    // a lone "từ" day with nothing but period words after it still opens the period
    [['BÁO CÁO NĂM 2026', '(Từ ngày 01/01/2026)'], '2026-01-01'],
    [['BÁO CÁO NĂM 2026', 'Số liệu tính từ ngày 01/01/2026 trở đi'], '2026-01-01'],
    [['BÁO CÁO NĂM 2026', 'Số liệu tính từ ngày 01/10/2025'], '2025-10-01'],
    // a range in other words is no remark
    [['BÁO CÁO NĂM 2026', 'Từ ngày 01/01/2026 cho tới ngày 31/3/2026'], '2026-01-01'],
    [['REPORT YEAR 2026', 'From 01/01/2026 through 31/3/2026'], '2026-01-01'],
  ])('titlePeriod: %j still starts on %s', (title, start) => {
    expect(titlePeriod(title.map((t) => [t])).start).toBe(start);
  });

  it.each(REMARKS)('the split table under %j reads the whole year: 2.300 / 2.600 = 88,46 %', async (remark) => {
    const r = await both('ninh-binh-viec-2026-chia-ky.csv', [...TITLE, `"${remark}",,,,,,,`, ...SPLIT_TABLE]);
    expect(r.code).toBe(0);
    expect(rates(r.stdout)).toEqual(['90.00', '86.36', '88.46']);
    expect(total(r.stdout)).toEqual(YEAR_2026);
    expect(r.stderr).toBe(SPLIT_WARNINGS(6));
  });

  it('the workbook with the remark reads as the CSV does: 88,46 %', async () => {
    const lines = [...TITLE, REMARKS[0]!, ...SPLIT_TABLE].map((l) => l.replace(/"/g, '').replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'ninh-binh-viec-2026-chia-ky.xlsx', lines, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toEqual(YEAR_2026);
    expect(r.stderr).not.toContain('Cả năm 2026');
  });

  it('without split columns, --previous compares the year with the year: +3,33 and +1,56', async () => {
    const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
    const prev = both('ninh-binh-2025.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', '(Từ ngày 01/10/2024 đến ngày 30/9/2025)', 'Đơn vị tính: nghìn đồng', HEADER,
      '1,Phòng THADS khu vực 1,"4.200","3.500","450.000","200.000"']);
    expect((await prev).code).toBe(0);
    const r = await both('ninh-binh-2026.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026', '(Từ ngày 01/10/2025 đến ngày 30/9/2026)', `"${REMARKS[0]}"`, 'Đơn vị tính: nghìn đồng', HEADER,
      '1,Phòng THADS khu vực 1,"4.500","3.900","500.000","230.000"'], ['--previous', `${dir}/ninh-binh-2025.csv`, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const c = r.stdout.trim().split('\n').at(-1)!.split(',');
    // cases 3.900 / 4.500 = 86,67 %, 3.500 / 4.200 = 83,33 %: +3,33; money 230 / 500 = 46,00 %, 200 / 450 = 44,44 %: +1,56
    expect([c[20], c[29], c[48], c[57]]).toEqual(['86.67', '3.33', '46.00', '1.56']);
  });
});

describe('two periods stated in full are refused, never one read over the other', () => {
  it.each([
    ['Số liệu từ ngày 01/7/2026 đến ngày 30/9/2026'],
    ['Số liệu tính từ ngày 01/7/2026'],
  ])('the year\'s title and %j: YEAR_CONFLICT at the second, exit 1', async (second) => {
    expect(titleStartConflict([['BÁO CÁO NĂM 2026'], ['(Từ ngày 01/10/2025 đến ngày 30/9/2026)'], [second]])).toEqual({ starts: ['2025-10-01', '2026-07-01'], rows: [1, 2] });
    const r = await both('ninh-binh-viec-2026-chia-ky.csv', [...TITLE, `"${second}",,,,,,,`, ...SPLIT_TABLE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("FILE:4: error: the title states a period from 1/10/2025 (line 3) and one from 1/7/2026 (line 4): which is the report's? [YEAR_CONFLICT]\n"
      + '  hint: correct the title so that it states one period; a remark saying when something began ("Kể từ ngày 01/7/2026, …") states none\n');
  });

  it('the same range twice is one period', () => {
    expect(titleStartConflict([['(Từ ngày 01/10/2025 đến ngày 30/9/2026)'], ['Số liệu từ ngày 01/10/2025 đến ngày 30/9/2026']])).toBeNull();
  });
});

const SUB_TITLE = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,,,', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2026,,,,,,', '(Từ ngày 01/10/2025 đến ngày 30/9/2026),,,,,,',
  ',,,,,,Đơn vị tính: việc', 'STT,Đơn vị,Có điều kiện,Giải quyết xong,,,Chưa có điều kiện'];
/** "Giải quyết xong" in three sub-columns: the parts (1.000 + 350, 700 + 250) and the whole */
const subRows = (whole: string) => [
  `1,Phòng THADS khu vực 1,"1.500","1.000","350",${whole === '' ? '' : '"1.350"'},"450"`,
  `2,Phòng THADS khu vực 2,"1.100","700","250",${whole === '' ? '' : '"950"'},"380"`,
  `,Tổng cộng,"2.600","1.700","600",${whole === '' ? '' : '"2.300"'},"830"`,
];

describe('"Giải quyết xong" split into dated sub-columns reads its whole (trap 02)', () => {
  it.each([
    ['Từ 01/10/2025 đến 30/6/2026', 'Từ 01/7/2026 đến 30/9/2026', 'Cộng'],
    ['Đến 30/6/2026', 'Riêng từ 01/7/2026', 'Tổng số'],
    ['Từ 01/10/2025 đến 30/6/2026', 'Từ 01/7/2026 đến 30/9/2026', 'Cả năm 2026'],
    ['Tu 01/10/2025 den 30/6/2026', 'Tu 01/7/2026 den 30/9/2026', 'Cong'],
  ])('%s | %s | %s: 2.300 / 2.600 = 88,46 %, the parts set aside', async (first, second, whole) => {
    const r = await both('ninh-binh-viec-2026.csv', [...SUB_TITLE, `,,,${first},${second},${whole},`, ...subRows(whole)]);
    expect(r.code).toBe(0);
    // 1.350 / 1.500 = 90,00 %; 950 / 1.100 = 86,36 %; 2.300 / 2.600 = 88,46 %
    expect(rates(r.stdout)).toEqual(['90.00', '86.36', '88.46']);
    expect(total(r.stdout)).toEqual(YEAR_2026);
    expect(r.stderr).toBe(aside(6, 4, `Giải quyết xong (${first})`, first) + aside(6, 5, `Giải quyết xong (${second})`, second));
  });

  it('the workbook reads as the CSV does', async () => {
    const lines = [...SUB_TITLE, ',,,Từ 01/10/2025 đến 30/6/2026,Từ 01/7/2026 đến 30/9/2026,Cộng,', ...subRows('Cộng')].map((l) => l.replace(/"/g, '').replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'ninh-binh-viec-2026.xlsx', lines, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toEqual(YEAR_2026);
  });

  it('the parts without their whole: refused (MISSING_COLUMN), never summed', async () => {
    const r = await both('ninh-binh-viec-2026.csv', [...SUB_TITLE, ',,,Từ 01/10/2025 đến 30/6/2026,Từ 01/7/2026 đến 30/9/2026,,', ...subRows('')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:6: error: missing column cases_resolved (or cases_completed); column 4 "Giải quyết xong (Từ 01/10/2025 đến 30/6/2026)" names it for "Từ 01/10/2025 đến 30/6/2026", which thads does not read as the report\'s own period [MISSING_COLUMN]\n');
  });
});

describe('over-reach controls: ordinary 2026 reports read as before', () => {
  it('"Tổng số | Trong đó: từ 01/7/2026 đến 30/9/2026" (the control of trap 02): 88,46 %, its warning as before', async () => {
    const r = await both('ninh-binh-viec-2026.csv', [...SUB_TITLE.slice(0, 3), 'STT,Đơn vị,Có điều kiện,Giải quyết xong,,', ',,,Tổng số,Trong đó: từ 01/7/2026 đến 30/9/2026,',
      '1,Phòng THADS khu vực 1,"1.500","1.350","350",""', '2,Phòng THADS khu vực 2,"1.100","950","250",""']);
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toEqual(YEAR_2026);
    expect(r.stderr).toBe(aside(5, 5, 'Trong đó: từ 01/7/2026 đến 30/9/2026', 'từ 01/7/2026 đến 30/9/2026'));
  });

  it('a year report with the title period and a line citing TT 05/2026: the year, 86,67 %', async () => {
    const r = await both('ninh-binh-viec-2026.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026', '(Từ ngày 01/10/2025 đến ngày 30/9/2026)',
      'Biểu mẫu ban hành kèm theo Thông tư số 05/2026/TT-BTP', 'STT,Đơn vị,Có điều kiện,Giải quyết xong',
      '1,Phòng THADS khu vực 1,"1.500","1.350"', '2,Phòng THADS khu vực 2,"3.000","2.550"']);
    expect(r.code).toBe(0);
    // 1.350 + 2.550 = 3.900 of 1.500 + 3.000 = 4.500: 0,8666… = 86,67 %
    expect(total(r.stdout)).toEqual(['TOTAL', '4500', '3900', '86.67']);
    expect(r.stderr).toBe('');
  });

  it('a six-month report 1/10/2025–31/3/2026 citing TT 05/2026: 47,92 %', async () => {
    const r = await both('ninh-binh-viec-2026.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC 6 THÁNG ĐẦU NĂM 2026', '(Từ ngày 01/10/2025 đến ngày 31/3/2026)',
      'Biểu mẫu ban hành kèm theo Thông tư số 05/2026/TT-BTP', 'STT,Đơn vị,Có điều kiện,Giải quyết xong',
      '1,Phòng THADS khu vực 1,"1.400","700"', '2,Phòng THADS khu vực 2,"1.000","450"'], ['--format', 'text', '--lang', 'vi', '--by', 'none']);
    expect(r.code).toBe(0);
    // 700 + 450 = 1.150 of 1.400 + 1.000 = 2.400: 0,479166… = 47,92 %
    expect(r.stdout).toContain('Từ 1/10/2025 đến 31/3/2026 (năm thống kê 2026)');
    expect(r.stdout).toContain('1.150/2.400 việc có điều kiện giải quyết, đạt 47,92%');
  });

  it('a month report (August 2026) with "Trong tháng | Lũy kế từ 01/10/2025": the cumulative, 80,93 %', async () => {
    const r = await both('ninh-binh-viec-2026.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THÁNG 8 NĂM 2026', 'STT,Đơn vị,Trong tháng,,Lũy kế từ 01/10/2025,',
      ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong', '1,Phòng THADS khu vực 1,"1.480","120","1.480","1.200"', '2,Phòng THADS khu vực 2,"1.090","80","1.090","880"']);
    expect(r.code).toBe(0);
    // 1.200 / 1.480 = 81,08 %; 880 / 1.090 = 80,73 %; 2.080 / 2.570 = 0,80933… = 80,93 %
    expect(rates(r.stdout)).toEqual(['81.08', '80.73', '80.93']);
    expect(total(r.stdout)).toEqual(['TOTAL', '2570', '2080', '80.93']);
  });
});
