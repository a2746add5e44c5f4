// A note's line under a title explains the figures and states no period, unless it states one in
// full (round 18, finding 02: a half-year report whose period was written on a "Ghi chú:" or
// "(*)" line was added to year-end reports). Expected periods written by hand.
import { describe, expect, it } from 'vitest';
import { titlePeriod } from '../../src/input/stated-years.js';

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ';
const period = (...lines: string[]) => titlePeriod(lines.map((l) => [l]));

describe('note lines', () => {
  it.each([
    ['Ghi chú: Kỳ báo cáo từ ngày 01/10/2018 đến ngày 31/3/2019'],
    ['(*) Số liệu từ ngày 01/10/2018 đến ngày 31/3/2019'],
    ['Lưu ý: kỳ báo cáo 6 tháng từ 01/10/2018 đến 31/3/2019'],
    ['* Số liệu từ 01/10/2018 - 31/3/2019'],
  ])('"%s" states the period in full: read', (line) => {
    expect(period(TITLE, line)).toEqual({ start: '2018-10-01', end: '2019-03-31' });
  });

  it.each([
    ['Ghi chú: số liệu các tỉnh trước sáp nhập tính đến 30/6/2025'],
    ['(*) Số liệu của Chi cục cũ tính đến ngày 30/6/2025'],
    ['Lưu ý: đơn vị mới thành lập từ 01/7/2025'],
  ])('"%s" explains the figures: no period', (line) => {
    expect(period(`${TITLE} NĂM 2025`, line).end).toBeNull();
  });

  it('stars around a title make no note', () => {
    expect(period('*BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2019').end).toBe('2019-03-31');
    expect(period('***BÁO CÁO 6 THÁNG ĐẦU NĂM 2019***').end).toBe('2019-03-31');
  });
});
