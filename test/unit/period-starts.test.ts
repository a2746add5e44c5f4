// A report's period is its start and its end (round 15, finding 04): a quarter 1/1–31/3 ends on
// the day a half-year 1/10–31/3 does, but is no like period. Words count from 1 October; days
// written out state the start. Other period forms (two quarters, "N QUÝ ĐẦU NĂM", a quarter of
// "NĂM THỐNG KÊ", a count under a title that states the year, a range of months), and a note's
// day, which states no period. Both readers agree.
import { describe, expect, it } from 'vitest';
import { likePeriods, mixedPeriods, periodOf } from '../../src/domain/periods.js';
import { statedYears, titlePeriod } from '../../src/input/stated-years.js';
import { bothReaders } from '../helpers/both-readers.js';

const { write, both } = bothReaders('thads-period-starts-', ['--format', 'csv']);

const HEADER = 'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong';
const YEAR_END_2019 = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', HEADER, '1,Chi cục THADS huyện Mỹ Lộc,1200,1000,800'];
const HALF_2019 = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2019', '(Từ ngày 01/10/2018 đến ngày 31/3/2019)', HEADER,
  '1,Chi cục THADS huyện Mỹ Lộc,600,500,300', '2,Chi cục THADS huyện Vụ Bản,650,550,330'];
const HINT = "  hint: compare a report with last year's report of the same period (cùng kỳ)\n";

/** cases_total, cases_with_conditions, cases_resolved, cases_rate, total change, rate change of the csv's TOTAL row */
function total(csv: string): string[] {
  const c = csv.trim().split('\n').at(-1)!.split(',');
  return [c[1]!, c[5]!, c[9]!, c[18]!, c[20]!, c[28]!, c[29]!];
}

describe('titlePeriod: the start and the end a title states', () => {
  it.each([
    // days written out
    [['6 THÁNG ĐẦU NĂM 2019', '(Từ ngày 01/10/2018 đến ngày 31/3/2019)'], '2018-10-01', '2019-03-31', 2019],
    [['BÁO CÁO NĂM 2018', '(Từ ngày 01/01/2018 đến ngày 31/3/2018)'], '2018-01-01', '2018-03-31', 2018],
    [['BÁO CÁO NĂM 2019', 'từ 01/10/2018 - 31/3/2019'], '2018-10-01', '2019-03-31', 2019],
    [['BÁO CÁO NĂM 2025', 'Kỳ báo cáo: 10/2024 - 3/2025'], '2024-10-01', '2025-03-31', 2025],
    [['BÁO CÁO NĂM 2025', 'Kỳ báo cáo: 1/2025 - 3/2025'], '2025-01-01', '2025-03-31', 2025],
    // a lone "từ" day: a start, no end
    [['BÁO CÁO NĂM 2025', 'Số liệu tính từ ngày 01/10/2024'], '2024-10-01', null, 2025],
    // days win over words, for the start too
    [['QUÝ I VÀ II NĂM 2018 (Từ ngày 01/10/2017 đến ngày 31/3/2018)'], '2017-10-01', '2018-03-31', 2018],
    // words: calendar quarters, as "QUÝ II NĂM 2025" (to 30/6/2025) is read; two quarters from the first's first day
    [['BÁO CÁO QUÝ II NĂM 2025'], null, '2025-06-30', 2025],
    [['BÁO CÁO QUÝ I VÀ II NĂM 2018'], '2018-01-01', '2018-06-30', 2018],
    [['BÁO CÁO QUÝ I, II NĂM 2018'], '2018-01-01', '2018-06-30', 2018],
    [['BÁO CÁO QUÝ III VÀ QUÝ IV NĂM 2018'], '2018-07-01', '2018-12-31', 2019],
    // a quarter of the statistics year: quý II of 2025 is January to March 2025
    [['BÁO CÁO QUÝ II NĂM THỐNG KÊ 2025'], null, '2025-03-31', 2025],
    // counted from 1 October, as "6 THÁNG ĐẦU NĂM" is
    [['BÁO CÁO 2 QUÝ ĐẦU NĂM 2018'], null, '2018-03-31', 2018],
    [['BÁO CÁO HAI QUÝ ĐẦU NĂM 2018'], null, '2018-03-31', 2018],
    [['BÁO CÁO KẾT QUẢ', '6 tháng / năm 2025'], null, '2025-03-31', 2025],
    // a count on its own line, the year on another
    [['BÁO CÁO KẾT QUẢ NĂM 2025', 'Kỳ báo cáo: 6 tháng đầu năm'], null, '2025-03-31', 2025],
    [['BÁO CÁO KẾT QUẢ NĂM 2025', '(Số liệu 6 tháng)'], null, '2025-03-31', 2025],
    [['BÁO CÁO KẾT QUẢ NĂM 2019', 'Kỳ báo cáo: 9 tháng'], null, '2019-06-30', 2019],
    [['BÁO CÁO KẾT QUẢ NĂM 2025', 'Kỳ báo cáo: 6 tháng cuối năm'], '2025-04-01', '2025-09-30', 2025], // the last six months (was none: the whole year)
    // a note's day is not the period's, nor its year the report's
    [['BÁO CÁO KẾT QUẢ NĂM 2025', 'Ghi chú: số liệu các tỉnh trước sáp nhập tính đến 30/6/2025'], null, null, 2025],
    [['BÁO CÁO KẾT QUẢ NĂM 2025', 'Lưu ý: số liệu đến ngày 30/6/2025'], null, null, 2025],
    [['BÁO CÁO KẾT QUẢ NĂM 2025', '(*) Số liệu đến 30/6/2025'], null, null, 2025],
    [['BÁO CÁO KẾT QUẢ NĂM 2025', 'Ghi chú: năm 2024'], null, null, 2025],
  ])('%j: %s – %s, statistics year %i', (title, start, end, year) => {
    const rows = title.map((t) => [t]);
    expect(titlePeriod(rows)).toEqual({ start, end });
    expect(statedYears(rows)).toEqual([year]);
  });

  it('a year-less count without a year in the title states nothing', () => {
    expect(titlePeriod([['BÁO CÁO KẾT QUẢ'], ['Kỳ báo cáo: 6 tháng đầu năm']])).toEqual({ start: null, end: null });
  });
});

describe('like periods start and end on the same days of the year', () => {
  const p = (start: string | null, end: string | null, year: number | null = null) => periodOf({ start, end }, year);
  it.each([
    [[p(null, '2019-03-31')], [p(null, '2018-03-31')], true],
    [[p('2019-01-01', '2019-03-31')], [p('2018-01-01', '2018-03-31')], true],
    [[p(null, '2019-03-31')], [p('2018-01-01', '2018-03-31')], false],
    [[p('2018-10-01', '2019-03-31')], [p(null, '2018-03-31')], true],
    [[p(null, null, 2019)], [p('2017-10-01', '2018-09-30')], true],
    [[p(null, null, 2019)], [p('2018-01-01', '2018-09-30')], false],
  ])('%j against %j: like %s', (now, before, like) => expect(likePeriods(now, before)).toBe(like));

  it('mixedPeriods: one statistics year, another start', () => {
    const quarter = p('2019-01-01', '2019-03-31');
    const half = p(null, '2019-03-31');
    expect(mixedPeriods([half, quarter])).toEqual([half, quarter]);
    expect(mixedPeriods([half, p('2018-10-01', '2019-03-31')])).toBeNull();
  });
});

describe('a quarter is no half-year (finding 04)', () => {
  it('--previous of a quarter 1/1–31/3/2018 against six months 1/10/2018–31/3/2019: no change, PERIODS_DIFFER naming both bounds', async () => {
    const prev = write('04-prev-viec-2018.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018', '(Từ ngày 01/01/2018 đến ngày 31/3/2018)', HEADER,
      '1,Chi cục THADS huyện Mỹ Lộc,300,250,100', '2,Chi cục THADS huyện Vụ Bản,320,270,120']);
    const r = await both('04-viec-2019.csv', HALF_2019, ['--previous', prev, '--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(0);
    // 600 + 650, 500 + 550, 300 + 330: 630 / 1050 = 60.00 %, and no change
    expect(total(r.stdout)).toEqual(['TOTAL', '1250', '1050', '630', '60.00', '', '']);
    expect(r.stderr).toBe("thads: warning: no change on last year is computed: the input's period is 1/10/2018–31/3/2019, the previous files' 1/1/2018–31/3/2018, not of the same days of the year [PERIODS_DIFFER]\n" + HINT);
    const text = await both('04-viec-2019.csv', HALF_2019, ['--previous', prev, '--by', 'none', '--format', 'text', '--lang', 'vi']);
    expect(text.stdout).not.toMatch(/so với năm 2018|tăng|giảm/);
  });

  it('a quarter office file beside six-month ones: MIXED_PERIODS, exit 2, not 1550 / 730', async () => {
    const half = write('04-6-thang-viec-2019.csv', HALF_2019);
    const r = await both('04b-Giao Thuy-viec-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', '(Từ ngày 01/01/2019 đến ngày 31/3/2019)', HEADER,
      '1,Chi cục THADS huyện Giao Thủy,300,250,100'], [half, '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('thads: error: the input holds reports of one year whose periods differ (1/10/2018–31/3/2019, 1/1/2019–31/3/2019), which are never added together [MIXED_PERIODS]\n'
      + '  hint: sum reports of one period together: a half-year report with half-year reports, a year-end report with year-end reports\n');
  });

  it('two quarters of the same days still compare', async () => {
    const prev = write('q1-viec-2018.csv', ['BÁO CÁO NĂM 2018', '(Từ ngày 01/01/2018 đến ngày 31/3/2018)', HEADER, '1,Chi cục THADS huyện Giao Thủy,280,200,90']);
    const r = await both('q1-viec-2019.csv', ['BÁO CÁO NĂM 2019', '(Từ ngày 01/01/2019 đến ngày 31/3/2019)', HEADER, '1,Chi cục THADS huyện Giao Thủy,300,250,100'],
      ['--previous', prev, '--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(0);
    // 100 / 250 = 40.00 %, 90 / 200 = 45.00 %: −5.00; 300 − 280 = 20
    expect(total(r.stdout)).toEqual(['TOTAL', '300', '250', '100', '40.00', '20', '-5.00']);
    expect(r.stderr).toBe('');
  });

  it('a lone "từ ngày 01/10/2018" opens the year: added to a year-end file', async () => {
    const yearEnd = write('nam-viec-2019.csv', YEAR_END_2019);
    const r = await both('giao-thuy-viec-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Số liệu tính từ ngày 01/10/2018', HEADER,
      '1,Chi cục THADS huyện Giao Thủy,600,500,300'], [yearEnd, '--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(0);
    // 1200 + 600, 1000 + 500, 800 + 300: 1100 / 1500 = 73.33 %
    expect(total(r.stdout)).toEqual(['TOTAL', '1800', '1500', '1100', '73.33', '', '']);
  });
});

describe('period forms read now (not a whole year)', () => {
  it.each([
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ QUÝ I VÀ II NĂM 2018'],
      "the input's period is 1/10/2018–30/9/2019, the previous files' 1/1/2018–30/6/2018, not of the same days of the year"],
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 2 QUÝ ĐẦU NĂM 2018'], "the input's period ends on 30/9/2019, the previous files' on 31/3/2018, not on the same day of the year"],
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018', 'Kỳ báo cáo: 6 tháng đầu năm'], "the input's period ends on 30/9/2019, the previous files' on 31/3/2018, not on the same day of the year"],
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', '6 tháng / năm 2018'], "the input's period ends on 30/9/2019, the previous files' on 31/3/2018, not on the same day of the year"],
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018', '(Số liệu 6 tháng)'], "the input's period ends on 30/9/2019, the previous files' on 31/3/2018, not on the same day of the year"],
  ])('previous %j against a whole year: no change', async (title, message) => {
    const prev = write('prev-viec-2018.csv', [...title, HEADER, '1,Chi cục THADS huyện Mỹ Lộc,1250,900,500']);
    const r = await both('nam-viec-2019.csv', YEAR_END_2019, ['--previous', prev, '--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(0);
    // 800 / 1000 = 80.00 %, no change
    expect(total(r.stdout)).toEqual(['TOTAL', '1200', '1000', '800', '80.00', '', '']);
    expect(r.stderr).toBe(`thads: warning: no change on last year is computed: ${message} [PERIODS_DIFFER]\n` + HINT);
  });

  it('a "Kỳ báo cáo: 6 tháng đầu năm" office file is not added to a year-end one', async () => {
    const yearEnd = write('nam-viec-2019.csv', YEAR_END_2019);
    const r = await both('giao-thuy-viec-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Kỳ báo cáo: 6 tháng đầu năm', HEADER,
      '1,Chi cục THADS huyện Giao Thủy,600,500,300'], [yearEnd, '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('periods end on different days (31/3/2019, 30/9/2019), which are never added together [MIXED_PERIODS]');
  });

  const PROVINCES = ['STT,Tỉnh,Có điều kiện,Giải quyết xong', '1,Ninh Bình,400,300', '2,Nam Định,800,600', '3,Hà Nam,500,400', '4,Thanh Hóa,900,700'];
  const byProvince = (csv: string) => csv.trim().split('\n').slice(1).map((l) => { const c = l.split(','); return [c[0] || c[1], c[9], c[18], c[20], c[26]].join(' '); });

  it.each([
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ QUÝ II NĂM THỐNG KÊ 2025']],
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', '(Số liệu 6 tháng)']],
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', 'Kỳ báo cáo: 6 tháng đầu năm']],
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', '6 tháng / năm 2025']],
  ])('%j ended before 1/7/2025: the 63 provinces are kept', async (title) => {
    const r = await both('bc-viec-2025.csv', [...title, ...PROVINCES], ['--by', 'province', '--format', 'csv']);
    expect(r.code).toBe(0);
    // by the 63: Hà Nam 80.00 % (1/4), Thanh Hóa 77.78 % (2/4), Ninh Bình and Nam Định 75.00 % (3/4); 2000 / 2600 = 76.92 %
    expect(byProvince(r.stdout)).toEqual(['Ninh Bình 400 300 75.00 3', 'Nam Định 800 600 75.00 3', 'Hà Nam 500 400 80.00 1', 'Thanh Hóa 900 700 77.78 2', 'TOTAL 2600 2000 76.92 ']);
    expect(r.stderr).toBe('');
  });

  it('a note\'s "tính đến 30/6/2025" under a year\'s title: the year-end report counts by the 34', async () => {
    const r = await both('bc-viec-2025.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', 'Ghi chú: số liệu các tỉnh trước sáp nhập tính đến 30/6/2025', ...PROVINCES],
      ['--by', 'province', '--format', 'csv']);
    expect(r.code).toBe(0);
    // Ninh Bình: 400 + 800 + 500 = 1700, 300 + 600 + 400 = 1300: 76.47 % (2/2); Thanh Hóa 700 / 900 = 77.78 % (1/2)
    expect(byProvince(r.stdout)).toEqual(['Ninh Bình 1700 1300 76.47 2', 'Thanh Hóa 900 700 77.78 1', 'TOTAL 2600 2000 76.92 ']);
    expect(r.stderr.match(/\[PROVINCE_ROLLED_UP\]/g)).toHaveLength(2);
    expect(r.stderr).toContain('FILE:5: warning: the rows of "Nam Định" are counted as Ninh Bình\'s');
  });

  it('and is added to a year-end office file of 2019 without MIXED_PERIODS', async () => {
    const yearEnd = write('nam-viec-2019.csv', YEAR_END_2019);
    const r = await both('giao-thuy-viec-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Ghi chú: số liệu tính đến 30/6/2019', HEADER,
      '1,Chi cục THADS huyện Giao Thủy,600,500,300'], [yearEnd, '--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toEqual(['TOTAL', '1800', '1500', '1100', '73.33', '', '']);
  });
});
