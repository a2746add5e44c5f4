// Which periods a header may name beside its field and still be the report's own column.
import { describe, expect, it } from 'vitest';
import { namesYearPeriod } from '../../src/input/stated-years.js';
import { HeaderMatcher } from '../../src/input/headers.js';
import { isOwnPeriod } from '../../src/input/own-period.js';
import { periodEndOfFileName } from '../../src/input/file-names.js';
import { bothReaders } from '../helpers/both-readers.js';

describe('namesYearPeriod: the statistics year as a whole, nothing else', () => {
  it.each([
    ['năm 2019', 2019, null, true],
    ['Năm 2019', 2019, null, true],
    ['2019', 2019, null, true],
    ['từ năm 2018', 2018, null, true],
    ['từ 01/10/2018', 2019, null, true],
    ['đến 30/9/2019', 2019, null, true],
    ['đến ngày 30/9/2019', 2019, null, true],
    ['01/10/2018 - 30/9/2019', 2019, null, true],
    ['từ 01/10/2018 đến 30/9/2019', 2019, null, true],
    // a report of six months ends on 31 March
    ['đến 31/3/2019', 2019, '2019-03-31', true],
    ['đến 31/3/2019', 2019, null, false],
    ['đến 30/9/2019', 2019, '2019-03-31', false],
    ['từ 01/10/2017', 2019, null, false],
    ['năm 2018', 2019, null, false],
    ['2018', 2019, null, false],
    ['tháng 9/2019', 2019, null, false],
    ['quý III/2019', 2019, null, false],
    ['năm báo cáo 2019', 2019, null, false],
    ['30/9/2019', 2019, null, false],
    ['năm 2018, 2019', 2019, null, false],
    // round 16 finding 03: words that only say the figure is counted to the report's end
    ['tính đến 30/9/2019', 2019, null, true],
    ['Tính đến ngày 30/9/2019', 2019, null, true],
    ['số liệu đến 30/9/2019', 2019, null, true],
    ['Số liệu tính đến 30/9/2019', 2019, null, true],
    ['tính đến 30/6/2019', 2019, null, false],
    ['số liệu đến 30/9/2018', 2019, null, false],
    ['tính đến 31/3/2019', 2019, '2019-03-31', true],
    ['tính đến 30/9/2019', 2019, '2019-03-31', false],
  ] as const)('%s of %i (end %s) → %s', (text, year, end, expected) => expect(namesYearPeriod(text, year, end)).toBe(expected));
});

describe('isOwnPeriod: "12 tháng" and carried forward into the next year', () => {
  const m = new HeaderMatcher();
  const own = (cell: string, year: number, end: string | null) => {
    const r = m.match(cell);
    if (r.kind !== 'unknown' || !r.named || !r.period) throw new Error(`${cell}: no field beside a period`);
    return isOwnPeriod(r.period, r.named, { year, start: null, end });
  };

  it.each([
    ['Có điều kiện (12 tháng)', 2019, null, true],
    ['Có điều kiện (12 tháng)', 2019, '2019-09-30', true],
    ['Có điều kiện (12T)', 2019, null, true],
    ['Có điều kiện (12 tháng)', 2019, '2019-03-31', false],
    ['Có điều kiện (6 tháng)', 2019, null, false],
    ['Năm trước chuyển sang (12 tháng)', 2019, null, false],
    ['Chuyển kỳ sau (12 tháng)', 2019, null, false],
    ['Chuyển kỳ sau (năm 2020)', 2019, null, true],
    ['Chuyển kỳ sau (sang năm 2020)', 2019, null, true],
    ['Chuyển kỳ sau (năm 2019)', 2019, null, true],
    ['Chuyển kỳ sau (năm 2020)', 2019, '2019-03-31', false],
    ['Chuyển kỳ sau (năm 2021)', 2019, null, false],
    ['Chuyển sang năm 2020', 2019, null, true],
    ['Chuyển sang năm 2019', 2019, null, false],
    ['Có điều kiện (năm 2020)', 2019, null, false],
    ['Có điều kiện (sang năm 2020)', 2019, null, false],
  ] as const)('%s of %i (end %s) → %s', (cell, year, end, expected) => expect(own(cell, year, end)).toBe(expected));
});

// Round 13 finding 09: a file name is read as a title is, so a name stating six months makes
// "(12 tháng)" another period's figures, as the same words in the title do.
describe('periodEndOfFileName and "(12 tháng)" under a name that states a part of the year', () => {
  it.each([
    ['BC 6 thang viec 2019.csv', '2019-03-31'],
    ['BC_6_thang_2019_viec.csv', '2019-03-31'],
    ['BC 6 thang nam 2019.csv', '2019-03-31'],
    ['BC 12 thang viec 2019.csv', '2019-09-30'],
    ['BC viec 2019.csv', null],
    ['Bieu 07 viec 2019.csv', null],
    // "q1" beside no year is Quận 1 as much as a quarter (round 32, 05); beside its year, or "quý 1", a quarter
    ['q1-viec-2019.csv', null],
    ['Q3 tien 2019.csv', null],
    ['bc-q1-2019-viec.csv', '2019-03-31'],
    ['q1_2019_viec.csv', '2019-03-31'],
    ['BC quy 1 viec 2019.csv', '2019-03-31'],
  ])('%s → %s', (name, end) => expect(periodEndOfFileName(name)).toBe(end));

  const { both } = bothReaders('thads-own-period-', ['--by', 'none', '--format', 'csv']);
  const LINES = ['STT,Đơn vị,Có điều kiện (12 tháng),Giải quyết xong (12 tháng)', '1,Mỹ Lộc,90,60', '2,Vụ Bản,180,120'];

  it('a 6-month name: the 12-month columns are not its own, and no figure column is left', async () => {
    const r = await both('BC 6 thang viec 2019.csv', LINES);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('FILE:1: error: the header names no figure column; column 3 "Có điều kiện (12 tháng)" names with_conditions for "12 tháng", column 4 "Giải quyết xong (12 tháng)" names resolved for "12 tháng", which thads does not read as the report\'s own period [MISSING_COLUMN]');
  });

  it('a 12-month name: they are (90 + 180 / 60 + 120)', async () => {
    const r = await both('BC 12 thang viec 2019.csv', LINES);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]!.split(',').filter((_, i) => [2, 9, 18, 20].includes(i))).toEqual(['2019', '270', '180', '66.67']);
  });
});
