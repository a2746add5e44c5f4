// Round 45 findings 03 and 04, false refusals of ordinary files.
// 03: one group over every figure column naming the report's own year in other words ("Kết quả
// thi hành án năm 2019", "Năm thống kê 2019", "Lũy kế từ đầu năm đến 30/9/2019", "Từ đầu năm
// đến 30/9/2019") was refused MISSING_COLUMN. Words describing the figures before a year change
// no period; "(lũy kế) từ đầu năm đến D" spans 1 October to D.
// 04: Roman-numbered titles grouping offices by a rate band ("Đơn vị đạt tỷ lệ trên 75%") were
// taken for an office's name over its enforcers: refused NOT_AN_OFFICE.
import { describe, expect, it } from 'vitest';
import { headsOffices, rowLabel } from '../../src/input/row-labels.js';
import { groupNamesOwnPeriod, judgeGroupSpans, type OwnPeriod } from '../../src/input/own-period.js';
import { namedPeriod } from '../../src/input/headers.js';
import { bothReaders } from '../helpers/both-readers.js';

const YEAR_2019: OwnPeriod = { year: 2019, start: null, end: null };

describe('a group naming the report\'s own year in other words', () => {
  it.each(['Kết quả thi hành án năm 2019', 'Năm thống kê 2019', 'Thống kê năm 2019', 'Số liệu thi hành án năm 2019', 'Thực hiện năm 2019'])('%s: the own period', (text) =>
    expect(groupNamesOwnPeriod(namedPeriod(text)!, YEAR_2019)).toBe(true));

  it.each(['Kết quả thi hành án năm 2018', 'Năm thống kê 2018', 'Kết quả thi hành án năm 2019 so với cùng kỳ', 'Kết quả thi hành án tháng 9 năm 2019'])('%s: not the own period', (text) =>
    expect(groupNamesOwnPeriod(namedPeriod(text)!, YEAR_2019)).toBe(false));

  it('"(Lũy kế) từ đầu năm đến D" spans 1 October to D', () => {
    expect(judgeGroupSpans(['Lũy kế từ đầu năm đến 30/9/2019', 'Từ đầu năm đến 30/9/2019', 'Từ đầu năm đến ngày 30/6/2019', 'Lũy kế từ đầu năm'], YEAR_2019)).toEqual([
      { own: true, start: '2018-10-01', end: '2019-09-30' },
      { own: true, start: '2018-10-01', end: '2019-09-30' },
      { own: false, start: '2018-10-01', end: '2019-06-30' },
      { own: true, start: '2018-10-01', end: '2019-09-30' },
    ]);
  });
});

describe('a title grouping offices by their result heads them, a rate named or not', () => {
  it.each(['Đơn vị đạt tỷ lệ trên 75%', 'Đơn vị đạt tỷ lệ dưới 75 phần trăm', 'Các đơn vị có tỷ lệ dưới 75%', 'Nhóm đơn vị đạt tỷ lệ trên 75%', 'Nhóm 2: chưa đạt 75%', 'Đơn vị chưa hoàn thành'])('%s', (text) =>
    expect(headsOffices(rowLabel(text), text)).toBe(true));

  it.each(['Nhóm án tín dụng', 'Đơn vị tính: việc', 'Chi cục THADS huyện Mỹ Lộc', 'Phân theo lĩnh vực'])('%s: none', (text) =>
    expect(headsOffices(rowLabel(text), text)).toBe(false));
});

const { both } = bothReaders('thads-own-words-', ['--by', 'none', '--format', 'json']);

async function total(name: string, lines: readonly string[]): Promise<unknown[]> {
  const r = await both(name, lines);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const { total } = JSON.parse(r.stdout);
  return [total.cases.withConditions, total.cases.resolved, total.cases.rate];
}

describe('03: read with both readers', () => {
  const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019;;;';
  const file = (group: string) => [TITLE, `STT;Đơn vị;${group};`, ';;Có điều kiện;Giải quyết xong', '1;Chi cục THADS huyện Mỹ Lộc;81;64', '2;Chi cục THADS huyện Vụ Bản;101;76', ';Tổng cộng;182;140'];

  // By hand: 81 + 101 = 182; 64 + 76 = 140; 140 / 182 = 76.923…%.
  it.each(['Kết quả thi hành án năm 2019', 'Năm thống kê 2019', 'Lũy kế từ đầu năm đến 30/9/2019', 'Từ đầu năm đến 30/9/2019', 'Kết quả năm 2019'])('%s: 182 / 140', async (group) =>
    expect(await total(`g-${group.length}-2019.csv`, file(group))).toEqual(['182', '140', '76.92']));

  it('another year in the same words is still refused', async () => {
    const r = await both('other-2019.csv', file('Kết quả thi hành án năm 2018'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3: error: the header names no figure column; column 3 "Có điều kiện (Kết quả thi hành án năm 2018)" names with_conditions for "Kết quả thi hành án năm 2018", column 4 "Giải quyết xong (Kết quả thi hành án năm 2018)" names resolved for "Kết quả thi hành án năm 2018", which thads does not read as the report\'s own period [MISSING_COLUMN]');
  });
});

describe('04: offices in rate bands, read with both readers', () => {
  const file = (first: string, second: string) => [
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019;;;', 'STT;Đơn vị;Có điều kiện;Giải quyết xong',
    `I;${first};;`, '1;Chi cục THADS thành phố Nam Định;100;80', '2;Chi cục THADS huyện Mỹ Lộc;90;70',
    `II;${second};;`, '3;Chi cục THADS huyện Vụ Bản;80;50', '4;Chi cục THADS huyện Ý Yên;70;40', ';Tổng cộng;340;240',
  ];

  // By hand: 100 + 90 + 80 + 70 = 340; 80 + 70 + 50 + 40 = 240; 240 / 340 = 70.588…%.
  it.each([
    ['Đơn vị đạt tỷ lệ trên 75%', 'Đơn vị đạt tỷ lệ dưới 75%'],
    ['Đơn vị đạt tỷ lệ trên 75 phần trăm', 'Đơn vị đạt tỷ lệ dưới 75 phần trăm'],
    ['Nhóm 1', 'Nhóm 2'],
  ])('%s | %s: 4 offices, 340 / 240', async (first, second) => {
    const lines = file(first, second);
    expect(await total(`band-${first.length}-2019.csv`, lines)).toEqual(['340', '240', '70.59']);
    const byOffice = await both(`band-${first.length}-2019.csv`, lines, ['--format', 'json']);
    expect(byOffice.code).toBe(0);
    expect(JSON.parse(byOffice.stdout).groups).toHaveLength(4);
  });

  it('a title of no group of offices is still refused', async () => {
    const r = await both('breakdown-2019.csv', file('Nhóm án tín dụng', 'Nhóm án khác'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:1: error: "Chi cục THADS thành phố Nam Định" (numbered "1") is a line under "Nhóm án tín dụng" (line 3), a title without figures that is no section, level or group of offices');
  });
});
