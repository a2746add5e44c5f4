// A report's period as its title states it (round 15, findings 01, 03, 04): a last day written
// out wins over a quarter's or months' words, and half-year and nine-month titles written in
// other common forms state their end. Their statistics year is the one the title names. Both
// readers agree.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statedYears, titlePeriodEnd } from '../../src/input/stated-years.js';
import { bothReaders } from '../helpers/both-readers.js';

const { dir, both } = bothReaders('thads-period-forms-', ['--format', 'csv']);

function file(name: string, lines: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const HEADER = 'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong';
const YEAR_END_2019 = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', HEADER, '1,Chi cục THADS huyện Mỹ Lộc,1200,1000,800'];
const YEAR_END_2018 = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018', HEADER, '1,Chi cục THADS huyện Mỹ Lộc,1000,900,600'];

describe('a last day written out wins over words (finding 01)', () => {
  it.each([
    [['BÁO CÁO QUÝ III NĂM 2019', '(Từ ngày 01/10/2018 đến ngày 30/6/2019)'], '2019-06-30', 2019],
    [['BÁO CÁO 6 THÁNG ĐẦU NĂM 2019', '(Từ ngày 01/10/2018 đến ngày 31/3/2019)'], '2019-03-31', 2019],
    [['BÁO CÁO QUÝ III NĂM 2019'], '2019-09-30', 2019],
  ])('%j ends %s, statistics year %i', (title, end, year) => {
    const rows = title.map((t) => [t]);
    expect(titlePeriodEnd(rows)).toBe(end);
    expect(statedYears(rows)).toEqual([year]);
  });

  it('a "QUÝ III" report dated 1/10/2018–30/6/2019 is not added to a year-end one', async () => {
    const yearEnd = file('nam-viec-2019.csv', YEAR_END_2019);
    const r = await both('quy-viec-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ QUÝ III NĂM 2019', '(Từ ngày 01/10/2018 đến ngày 30/6/2019)', HEADER,
      '1,Chi cục THADS huyện Giao Thủy,900,750,500'], [yearEnd, '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('periods end on different days (30/6/2019, 30/9/2019), which are never added together [MIXED_PERIODS]');
  });

  it('nor compared with last whole year', async () => {
    const prev = file('nam-viec-2018.csv', YEAR_END_2018);
    const r = await both('quy-viec-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ QUÝ III NĂM 2019', '(Từ ngày 01/10/2018 đến ngày 30/6/2019)', HEADER,
      '1,Chi cục THADS huyện Giao Thủy,900,750,500'], ['--previous', prev, '--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(0);
    // 900 / 750 / 500: 66.67 %, and no change on last year
    const total = r.stdout.trim().split('\n')[1]!.split(',');
    expect([total[5], total[9], total[18], total[20], total[28], total[29]]).toEqual(['900', '750', '500', '66.67', '', '']);
    expect(r.stderr).toContain('the input\'s period ends on 30/6/2019, the previous files\' on 30/9/2018, not on the same day of the year [PERIODS_DIFFER]');
  });
});

describe('half-year and nine-month titles in other common forms (finding 03)', () => {
  // Six months of statistics year 2018 run 1/10/2017–31/3/2018, nine to 30/6/2018; the year stays 2018.
  it.each([
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG 2018'], '2018-03-31'],
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 tháng 2018'], '2018-03-31'],
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 9 THÁNG 2018'], '2018-06-30'],
    [['BÁO CÁO SƠ KẾT 6 THÁNG 2018'], '2018-03-31'],
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', 'Năm 2018 (Số liệu 6 tháng)'], '2018-03-31'],
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018 (SỐ LIỆU 6 THÁNG)'], '2018-03-31'],
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018 (6T)'], '2018-03-31'],
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018 (9 tháng)'], '2018-06-30'],
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018', '(Tính đến hết ngày 31/3/2018)'], '2018-03-31'],
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018', 'Thời điểm báo cáo: 31/3/2018'], '2018-03-31'],
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ BÁN NIÊN 2018'], '2018-03-31'],
    [['CIVIL JUDGMENT ENFORCEMENT RESULTS, FIRST HALF OF 2018'], '2018-03-31'],
    [['CIVIL JUDGMENT ENFORCEMENT RESULTS H1 2018'], '2018-03-31'],
    // the statistics year's last six months, 1/4–30/9 (stated-years.ts, 9fb55d3; it stated no end before)
    [['BÁO CÁO 6 THÁNG CUỐI 2018'], '2018-09-30'],
    // still a year alone
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018'], null],
  ])('%j ends %s, statistics year 2018', (title, end) => {
    const rows = title.map((t) => [t]);
    expect(titlePeriodEnd(rows)).toBe(end);
    expect(statedYears(rows)).toEqual([2018]);
  });

  it('a "6 THÁNG 2018" report is not compared with a whole year', async () => {
    const prev = file('prev-viec-2018.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG 2018', HEADER, '1,Chi cục THADS huyện Mỹ Lộc,1250,900,500']);
    const r = await both('nam-viec-2019.csv', YEAR_END_2019, ['--previous', prev, '--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(0);
    // 1200 / 1000 / 800: 80.00 %, and no change on last year
    const total = r.stdout.trim().split('\n')[1]!.split(',');
    expect([total[5], total[9], total[18], total[20], total[28], total[29]]).toEqual(['1200', '1000', '800', '80.00', '', '']);
    expect(r.stderr).toContain('the input\'s period ends on 30/9/2019, the previous files\' on 31/3/2018, not on the same day of the year [PERIODS_DIFFER]');
  });

  it('a "6 THÁNG 2019" office file is not added to year-end ones', async () => {
    const yearEnd = file('nam-viec-2019.csv', YEAR_END_2019);
    const r = await both('giao-thuy-viec-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG 2019', HEADER, '1,Chi cục THADS huyện Giao Thủy,600,500,300'],
      [yearEnd, '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('periods end on different days (31/3/2019, 30/9/2019), which are never added together [MIXED_PERIODS]');
  });

  it('a "6 THÁNG 2025" report keeps the 63 provinces', async () => {
    const r = await both('bc-viec-2025.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG 2025', 'STT,Tỉnh,Có điều kiện,Giải quyết xong',
      '1,Ninh Bình,400,300', '2,Nam Định,800,600', '3,Hà Nam,500,400', '4,Thanh Hóa,900,700'], ['--by', 'province', '--format', 'csv']);
    expect(r.code).toBe(0);
    // by the 63: Hà Nam 80.00 % (1/4), Thanh Hóa 77.78 % (2/4), Ninh Bình and Nam Định 75.00 % (3/4); 2600 / 2000 = 76.92 %
    const lines = r.stdout.trim().split('\n').slice(1).map((l) => { const c = l.split(','); return [c[0] || c[1], c[9], c[18], c[20], c[26]].join(' '); });
    expect(lines).toEqual(['Ninh Bình 400 300 75.00 3', 'Nam Định 800 600 75.00 3', 'Hà Nam 500 400 80.00 1', 'Thanh Hóa 900 700 77.78 2', 'TOTAL 2600 2000 76.92 ']);
    expect(r.stderr).not.toContain('PROVINCE_ROLLED_UP');
  });
});
