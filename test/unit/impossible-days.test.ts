// A period's day that no calendar has is refused at its line, never read as another day than
// meant (round 18, finding 03: "đến ngày 31/9/2019" was a period apart from the year-end).
import { describe, expect, it } from 'vitest';
import { impossiblePeriodDay, titlePeriod } from '../../src/input/stated-years.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-impossible-days-', ['--format', 'csv', '--by', 'none']);

describe('impossible days', () => {
  it.each([
    ['(Từ ngày 01/10/2018 đến ngày 31/9/2019)', '31/9/2019'],
    ['(Từ ngày 01/10/2018 đến ngày 30/2/2019)', '30/2/2019'],
    ['Kỳ báo cáo: 01/13/2018 - 30/9/2019', '1/13/2018'],
  ])('%s: %s', (line, day) => expect(impossiblePeriodDay([['BÁO CÁO'], [line]])).toEqual({ row: 1, text: day }));

  it.each([['(Từ ngày 01/10/2019 đến ngày 29/2/2020)'], ['Nam Định, ngày 31 tháng 9 năm 2019'], ['Ghi chú: tính đến 31/9/2019']])('%s: none', (line) => {
    expect(impossiblePeriodDay([['BÁO CÁO'], [line]])).toBeNull();
  });

  it('refuses the file at the title line', async () => {
    const r = await both('bc-viec-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', '(Từ ngày 01/10/2018 đến ngày 31/9/2019)', 'Đơn vị,Có điều kiện,Giải quyết xong', 'Mỹ Lộc,300,230']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("FILE:2: error: the title states the period's day 31/9/2019, which no calendar has");
    expect(r.stderr).toContain('[BAD_DATE]');
  });

  // round 19, finding 04: English-locale Excel saves date cells month first
  it('a line whose days read only month first is read so, never refused', async () => {
    expect(impossiblePeriodDay([['Từ ngày', '10/1/2018', 'đến ngày', '9/30/2019']])).toBeNull();
    expect(titlePeriod([['Từ ngày', '10/1/2018', 'đến ngày', '9/30/2019']])).toEqual({ start: '2018-10-01', end: '2019-09-30' });
    expect(titlePeriod([['From 10/1/2018 to 3/31/2019']])).toEqual({ start: '2018-10-01', end: '2019-03-31' });
    // day first wherever a day says so
    expect(titlePeriod([['Từ 01/10/2018 đến 31/3/2019']])).toEqual({ start: '2018-10-01', end: '2019-03-31' });
    const r = await both('bc-viec-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', 'Từ ngày,10/1/2018,đến ngày,9/30/2019,', 'STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ', '1,Mỹ Lộc,150,100,10', '2,Vụ Bản,100,70,5']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
