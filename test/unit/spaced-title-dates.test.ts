// A title's days written with spaces around their marks, as the press writes them: "(Từ ngày 1 -
// 10 - 2022 đến ngày 31 - 3 - 2023)" (traps18 2, baotuyenquang.com.vn). Unread, a half-year
// report was taken for the whole year 2023 and added to a year-end one, exit 0.
import { describe, expect, it } from 'vitest';
import { titlePeriod } from '../../src/input/stated-years.js';
import { bothReaders } from '../helpers/both-readers.js';

describe('a title\'s days with spaced marks', () => {
  it.each([
    ['(Từ ngày 1 - 10 - 2022 đến ngày 31 - 3 - 2023)'],
    ['Từ 01 . 10 . 2022 đến 31 . 3 . 2023'],
    ['(từ 1 / 10 / 2022 - 31 / 3 / 2023)'],
  ])('%s: 1/10/2022 to 31/3/2023', (line) => {
    expect(titlePeriod([['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2023'], [line]])).toEqual({ start: '2022-10-01', end: '2023-03-31' });
  });

  it('"Tính đến ngày 31 - 3 - 2023": to 31/3/2023', () => {
    expect(titlePeriod([['Tính đến ngày 31 - 3 - 2023']]).end).toBe('2023-03-31');
  });
});

describe('such a half-year report beside a year-end report', () => {
  const { write, summarize } = bothReaders('thads-spaced-dates-', ['--format', 'csv', '--by', 'none']);
  const table = (period: string, office: string) => ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', period, 'Đơn vị,Việc có điều kiện,Việc giải quyết xong', `${office},100,77`];

  it('is never added to it: MIXED_PERIODS, both readers', async () => {
    const yearEnd = write('lam-binh-2023.csv', table('(Từ ngày 01/10/2022 đến ngày 30/9/2023)', 'Lâm Bình'));
    for (const fast of [false, true]) {
      const r = await summarize('na-hang-2023.csv', table('(Từ ngày 1 - 10 - 2022 đến ngày 31 - 3 - 2023)', 'Na Hang'), fast, ['--format', 'csv', '--by', 'none', yearEnd]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('[MIXED_PERIODS]');
    }
  });
});
