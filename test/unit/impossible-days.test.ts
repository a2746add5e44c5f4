// A period's day that no calendar has is refused at its line, never read as another day than
// meant (round 18, finding 03: "đến ngày 31/9/2019" was a period apart from the year-end).
import { describe, expect, it } from 'vitest';
import { impossiblePeriodDay } from '../../src/input/stated-years.js';
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
});
