// A title's "sơ kết" (the mid-year review) is six months, as a file name's is (traps39 per
// tt/x9: "BÁO CÁO SƠ KẾT CÔNG TÁC THADS NĂM 2018" was read as the whole statistics year 2018,
// exit 0). Six months of statistics year 2018 run 1/10/2017–31/3/2018; "sơ kết 9 tháng" states
// its own nine months (to 30/6/2018), "tổng kết" (the year-end review) is the whole year.
// Hand figures: 550 + 600 = 1150 with conditions, 480 + 540 = 1020 resolved, 1020 / 1150 = 88.70 %.
import { describe, expect, it } from 'vitest';
import { statedYears, titlePeriod } from '../../src/input/stated-years.js';
import { periodOfFileName } from '../../src/input/file-names.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-review-title-', ['--format', 'json']);
const ROWS = ['Đơn vị,Tổng số thụ lý việc,Việc có điều kiện,Việc giải quyết xong', 'Chi cục THADS huyện Mỹ Lộc,650,550,480', 'Chi cục THADS huyện Vụ Bản,700,600,540'];

describe('a title\'s mid-year review', () => {
  it.each([
    [['BÁO CÁO SƠ KẾT CÔNG TÁC THADS NĂM 2018'], { start: null, end: '2018-03-31' }],
    [['Báo cáo sơ kết công tác thi hành án dân sự', 'Năm 2018'], { start: null, end: '2018-03-31' }],
    [['BAO CAO SO KET NAM 2018'], { start: null, end: '2018-03-31' }],
    // another period stated: its own, never six months over it
    [['BÁO CÁO SƠ KẾT 9 THÁNG NĂM 2018'], { start: null, end: '2018-06-30' }],
    [['BÁO CÁO SƠ KẾT CÔNG TÁC THADS', 'Kỳ báo cáo: 9 tháng đầu năm', 'NĂM 2018'], { start: null, end: '2018-06-30' }],
    [['KẾT QUẢ THADS SƠ KẾT 6 THÁNG ĐẦU NĂM 2018'], { start: null, end: '2018-03-31' }],
    [['BÁO CÁO SƠ KẾT NĂM 2018', '(Từ ngày 01/10/2017 đến ngày 30/4/2018)'], { start: '2017-10-01', end: '2018-04-30' }],
    // the year-end review, and "số kết quả", state the whole year
    [['BÁO CÁO TỔNG KẾT CÔNG TÁC THADS NĂM 2018'], { start: null, end: null }],
    [['SỐ KẾT QUẢ THADS NĂM 2018'], { start: null, end: null }],
  ])('%j: %j, statistics year 2018', (title, period) => {
    const rows = title.map((t) => [t]);
    expect(titlePeriod(rows)).toEqual(period);
    expect(statedYears(rows)).toEqual([2018]);
  });

  it('a file name\'s "sơ kết" is read as before: six months, "sơ kết 9 tháng" nine', () => {
    expect(periodOfFileName('BC so ket 2018.csv')).toEqual({ start: null, end: '2018-03-31' });
    expect(periodOfFileName('KV3 sơ kết 9 tháng 2026.csv')).toEqual({ start: null, end: '2026-06-30' });
  });

  it('x9: the file of "BÁO CÁO SƠ KẾT CÔNG TÁC THADS NĂM 2018" is six months, as x5\'s "SƠ KẾT 6 THÁNG ĐẦU NĂM 2018" is', async () => {
    for (const title of ['BÁO CÁO SƠ KẾT CÔNG TÁC THADS NĂM 2018', 'KẾT QUẢ THADS SƠ KẾT 6 THÁNG ĐẦU NĂM 2018']) {
      const r = await both('2018.csv', [title, ...ROWS]);
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout) as { period?: unknown; total: { cases: { withConditions: string; resolved: string; rate: string } } };
      expect(json.period).toEqual({ start: '2017-10-01', end: '2018-03-31', months: 6 });
      expect([json.total.cases.withConditions, json.total.cases.resolved, json.total.cases.rate]).toEqual(['1150', '1020', '88.70']);
    }
  });
});
