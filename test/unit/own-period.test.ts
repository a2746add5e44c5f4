// Which periods a header may name beside its field and still be the report's own column.
import { describe, expect, it } from 'vitest';
import { namesYearPeriod } from '../../src/input/stated-years.js';

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
  ] as const)('%s of %i (end %s) → %s', (text, year, end, expected) => expect(namesYearPeriod(text, year, end)).toBe(expected));
});
