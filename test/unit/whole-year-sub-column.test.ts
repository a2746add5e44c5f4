// "Thi hành xong" split into sub-columns whose whole is headed "Cả năm" (traps work68a 04): "Cả năm
// | Từ 01/10/2025 đến 30/6/2026 | Từ 01/7/2026 đến 30/9/2026" in 2026, "Quý IV | Cả năm" in 2019.
// "Tổng số", "Cộng", "Năm 2026" there were read as the whole; "Cả năm" was no period a sub-column
// could name, so the row was refused VALUE_WITHOUT_HEADER under a header that is there. It is the
// group's figure of the twelve months, read as "Thi hành xong (Cả năm)" is: the whole in a year's
// report, set aside (never read) in a six-month report.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, both } = bothReaders('thads-whole-year-sub-', ['--format', 'csv']);

const ALIASES = '  hint: map it with "aliases" in thads.config.json if it holds a known figure\n';
const aside = (line: number, column: number, period: string) =>
  `FILE:${line}:${column}: warning: column "Thi hành xong (${period})" names a period or a plan ("${period}"), not the report's own figures, and is ignored [UNKNOWN_COLUMN]\n${ALIASES}`;
/** office, with_conditions, completed, resolved, rate of each row (offices, then TOTAL) */
const read = (csv: string) => csv.trim().split('\n').slice(1).map((l) => { const c = l.split(','); return [c[1], c[9], c[10], c[18], c[20]]; });
// By hand: completed = the whole 400 / 480 / 320 (= 300 + 100, 360 + 120, 240 + 80), total 1.200 (= 900 + 300);
// resolved = completed + đình chỉ: 430, 520, 350, 1.300; rates 430/500 = 86,00 %, 520/600 = 86,67 %,
// 350/400 = 87,50 %, 1.300/1.500 = 0,8666… = 86,67 %
const YEAR = [
  ['Phòng THADS khu vực 1', '500', '400', '430', '86.00'],
  ['Phòng THADS khu vực 2', '600', '480', '520', '86.67'],
  ['Phòng THADS khu vực 3', '400', '320', '350', '87.50'],
  ['TOTAL', '1500', '1200', '1300', '86.67'],
];

const TITLE_2026 = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,,,,,,,', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2026,,,,,,,,,,', '(Từ ngày 01/10/2025 đến ngày 30/9/2026),,,,,,,,,,',
  ',,,,Đơn vị tính: Việc,,,,,,', 'STT,Đơn vị,Tổng số phải thi hành,Có điều kiện thi hành,Thi hành xong,,,Đình chỉ,Chưa có điều kiện,Chuyển kỳ sau,Ghi chú'];
const PARTS = ['Từ 01/10/2025 đến 30/6/2026', 'Từ 01/7/2026 đến 30/9/2026'];
/** the rows with the whole first (900 + 300 = 1.200 …) or last */
const rows2026 = (last: boolean) => [
  ['Tổng cộng', '"1.800","1.500"', '"1.200"', '900,300', '100,300,500,'],
  ['Phòng THADS khu vực 1', '600,500', '400', '300,100', '30,100,170,'],
  ['Phòng THADS khu vực 2', '700,600', '480', '360,120', '40,100,180,'],
  ['Phòng THADS khu vực 3', '500,400', '320', '240,80', '30,100,150,'],
].map(([name, before, whole, parts, after], i) => `${i === 0 ? '' : i},${name},${before},${last ? `${parts},${whole}` : `${whole},${parts}`},${after}`);

describe('"Cả năm" (and its other words) as the whole of a group split by periods', () => {
  it.each(['Cả năm', 'CẢ NĂM', 'Ca nam', 'Cả năm 2026', '12 tháng', 'Lũy kế 12 tháng', 'Lũy kế cả năm', 'Cộng cả năm', 'Full year'])(
    '2026: "%s | Từ 01/10/2025 đến 30/6/2026 | Từ 01/7/2026 đến 30/9/2026": the whole, 86,67 %, the parts set aside', async (whole) => {
      const r = await both('ninh-binh-viec-nam-2026.csv', [...TITLE_2026, `,,,,${whole},${PARTS.join(',')},,,,`, ...rows2026(false)]);
      expect(r.code).toBe(0);
      expect(read(r.stdout)).toEqual(YEAR);
      expect(r.stderr).toBe(aside(6, 6, PARTS[0]!) + aside(6, 7, PARTS[1]!));
    });

  it('2026: the whole last ("… | Cả năm") reads the same', async () => {
    const r = await both('ninh-binh-viec-nam-2026.csv', [...TITLE_2026, `,,,,${PARTS.join(',')},Cả năm,,,,`, ...rows2026(true)]);
    expect(r.code).toBe(0);
    expect(read(r.stdout)).toEqual(YEAR);
    expect(r.stderr).toBe(aside(6, 5, PARTS[0]!) + aside(6, 6, PARTS[1]!));
  });

  it('the workbook reads as the CSV does', async () => {
    const lines = [...TITLE_2026, `,,,,Cả năm,${PARTS.join(',')},,,,`, ...rows2026(false)].map((l) => l.replace(/"/g, '').replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'ninh-binh-viec-nam-2026.xlsx', lines, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(read(r.stdout)).toEqual(YEAR);
  });

  it('2019: "Thi hành xong" over "Quý IV | Cả năm": the year, 86,67 %, the quarter set aside', async () => {
    const r = await both('nam-dinh-viec-nam-2019.csv', [
      'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,,,,', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2019,,,,,,,,,', '(Từ ngày 01/10/2018 đến ngày 30/9/2019),,,,,,,,,',
      'STT,Đơn vị,Tổng số phải thi hành,Có điều kiện thi hành,Thi hành xong,,Đình chỉ,Chưa có điều kiện,Chuyển kỳ sau,Ghi chú',
      ',,,,Quý IV,Cả năm,,,,',
      ',Tổng cộng,"1.800","1.500",300,"1.200",100,300,500,',
      '1,Mỹ Lộc,600,500,100,400,30,100,170,',
      '2,Vụ Bản,700,600,120,480,40,100,180,',
      '3,Ý Yên,500,400,80,320,30,100,150,',
    ]);
    expect(r.code).toBe(0);
    // the same figures as 2026 under other names: 430/500, 520/600, 350/400, 1.300/1.500
    expect(read(r.stdout)).toEqual([['Mỹ Lộc', ...YEAR[0]!.slice(1)], ['Vụ Bản', ...YEAR[1]!.slice(1)], ['Ý Yên', ...YEAR[2]!.slice(1)], YEAR[3]]);
    expect(r.stderr).toBe(`FILE:5:5: warning: column "Thi hành xong (Quý IV)" names a part of a year ("Quý IV"), which may not be the report's period, and is ignored [UNKNOWN_COLUMN]\n${ALIASES}`);
  });
});

describe('over-reach controls', () => {
  it('"Tổng số | Từ … | Từ …" reads as before: the whole, 86,67 %', async () => {
    const r = await both('ninh-binh-viec-nam-2026.csv', [...TITLE_2026, `,,,,Tổng số,${PARTS.join(',')},,,,`, ...rows2026(false)]);
    expect(r.code).toBe(0);
    expect(read(r.stdout)).toEqual(YEAR);
    expect(r.stderr).toBe(aside(6, 6, PARTS[0]!) + aside(6, 7, PARTS[1]!));
  });

  const SIX = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC 6 THÁNG ĐẦU NĂM 2026,,,,,,,,,,', '(Từ ngày 01/10/2025 đến ngày 31/3/2026),,,,,,,,,,',
    'STT,Đơn vị,Tổng số phải thi hành,Có điều kiện thi hành,Thi hành xong,,,Đình chỉ,Chưa có điều kiện,Chuyển kỳ sau,Ghi chú'];

  it.each([
    ['Cả năm', 'Quý I', 'Quý II'],
    ['Cả năm', 'Từ 01/10/2025 đến 31/12/2025', 'Từ 01/01/2026 đến 31/3/2026'],
  ])('a SIX-month report with "%s | %s | %s": refused (MISSING_COLUMN), "Cả năm" never read as the six months', async (...subs) => {
    const r = await both('ninh-binh-viec-6-thang-2026.csv', [...SIX, `,,,,${subs.join(',')},,,,`, ...rows2026(false)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4: error: missing column cases_resolved (or cases_completed); column 5 "Thi hành xong (Cả năm)" names it for "Cả năm", which thads does not read as the report\'s own period [MISSING_COLUMN]\n');
  });

  it('a SIX-month report with "6 tháng | Cả năm": the six months read, the year set aside', async () => {
    const r = await both('ninh-binh-viec-6-thang-2026.csv', [...SIX.slice(0, 2), 'STT,Đơn vị,Có điều kiện thi hành,Thi hành xong,,Đình chỉ', ',,,6 tháng,Cả năm,',
      '1,Phòng THADS khu vực 1,"1.400",700,"1.300",50', '2,Phòng THADS khu vực 2,"1.000",400,900,30']);
    expect(r.code).toBe(0);
    // six months: 700 + 50 = 750 / 1.400 = 53,57 %; 400 + 30 = 430 / 1.000 = 43,00 %; 1.180 / 2.400 = 0,49166… = 49,17 %
    expect(read(r.stdout)).toEqual([
      ['Phòng THADS khu vực 1', '1400', '700', '750', '53.57'],
      ['Phòng THADS khu vực 2', '1000', '400', '430', '43.00'],
      ['TOTAL', '2400', '1100', '1180', '49.17'],
    ]);
    expect(r.stderr).toContain('FILE:4:5: warning: column "Thi hành xong (Cả năm)" names a part of a year ("Cả năm"), which may not be the report\'s period, and is ignored [UNKNOWN_COLUMN]\n');
  });
});
