// A year written as the two calendar years its statistics year spans (round 31, finding 04): a
// --previous file stating "Năm báo cáo: 2017-2018" was taken as 2017, so a 2018 report was
// compared with a file of its own year, and a 2019 report's text said "so với năm 2017". A niên
// độ 2017-2018 runs 1/10/2017–30/9/2018: statistics year 2018 (SPEC §1), as a year cell reads it.
// And a year column headed "Kỳ báo cáo" holding "12 tháng năm 2019" or "Cả năm 2019" (finding
// 06), the whole statistics year, was refused BAD_NUMBER while "Năm 2019" was read. Both readers
// agree; figures by hand.
import { describe, expect, it } from 'vitest';
import { statedYears, yearFromTitle, yearOfCell, yearOfSpan } from '../../src/input/stated-years.js';
import { bothReaders } from '../helpers/both-readers.js';

const { write, both } = bothReaders('thads-year-spans-', ['--format', 'csv']);

const HEADER = 'STT;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ';
/** Chư Sê 100 / 85 (85.00 %), Đắk Đoa 200 / 160 (80.00 %); total 300 / 245 = 81.67 % */
const NOW = [HEADER, '1;Chi cục THADS huyện Chư Sê;100;80;5', '2;Chi cục THADS huyện Đắk Đoa;200;150;10'];
/** Chư Sê 90 / 75 (83.33 %), Đắk Đoa 180 / 150 (83.33 %); total 270 / 225 = 83.33 % */
const BEFORE = [HEADER, '1;Chi cục THADS huyện Chư Sê;90;70;5', '2;Chi cục THADS huyện Đắk Đoa;180;140;10'];
const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC';

describe('yearOfSpan, and the title lines that write a year so', () => {
  it.each([
    ['2019', undefined, 2019], ['2018', '2019', 2019], ['2017', '2019', null], ['2019', '2018', null], ['2018', '2018', null],
  ])('%s-%s → %s', (first, second, year) => expect(yearOfSpan(first, second)).toBe(year));

  it.each([
    ['Năm báo cáo: 2017-2018', 2018],
    ['Năm báo cáo: 2017 - 2018', 2018],
    ['Năm báo cáo: 2017/2018', 2018],
    ['Năm báo cáo: 2017 – 2018', 2018],
    ['NĂM THỐNG KÊ 2017-2018', 2018],
    ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2017-2018', 2018],
    ['Năm: 2018', 2018],
    // two years not consecutive: no one statistics year, and neither is read alone
    ['Năm báo cáo: 2017-2019', null],
    ['Năm báo cáo: 2018-2017', null],
  ])('%j states %s', (line, year) => expect(yearFromTitle([[line]])).toBe(year));

  it('a comparison\'s span stays aside: "NĂM 2019 (so với năm 2017-2018)" is 2019', () => {
    expect(statedYears([['BÁO CÁO NĂM 2019 (so với năm 2017-2018)']])).toEqual([2019]);
  });
});

describe('--previous: "Năm báo cáo: 2017-2018" is statistics year 2018', () => {
  it('against a 2018 report: refused as the same year (it was compared as 2017, exit 0)', async () => {
    const prev = write('nien-do-viec.csv', [TITLE, 'Năm báo cáo: 2017-2018', ...BEFORE]);
    const r = await both('bc-viec-2018.csv', NOW, ['--previous', prev, '--format', 'csv']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'thads: error: --previous must be an earlier year than the input: it holds 2018, the input 2018 [USAGE]\n  hint: pass last year\'s files with --previous (e.g. 2018.csv for a 2019 report)\n',
    });
  });

  it.each([['2017-2018'], ['2017 - 2018'], ['2017/2018']])('"Năm báo cáo: %s" against a 2019 report: compared, and named 2018 in the text', async (span) => {
    const prev = write('nien-do-viec.csv', [TITLE, `Năm báo cáo: ${span}`, ...BEFORE]);
    const r = await both('bc-viec-2019.csv', NOW, ['--previous', prev, '--by', 'none', '--format', 'text', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 81.67 − 83.33 = −1.67 (245/300 − 225/270 = 81.666… − 83.333…)
    expect(r.stdout).toContain('tỷ lệ giải quyết xong giảm 1,67% so với năm 2018.');
  });

  it('"Năm báo cáo: 2017-2019" states no year: the file is refused as of unknown year', async () => {
    const prev = write('hai-nam-viec.csv', [TITLE, 'Năm báo cáo: 2017-2019', ...BEFORE]);
    const r = await both('bc-viec-2019.csv', NOW, ['--previous', prev, '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${prev}: error: the year of this --previous file is unknown: no Năm column, no year in its title or its name, so thads cannot tell it is an earlier year's [PREVIOUS_YEAR_UNKNOWN]\n  hint: state its year: in its name (e.g. bao-cao-2018.csv), in a Năm column, or in its title ("NĂM 2018")\n`);
  });

  it('the file itself: YEAR_UNKNOWN says the title\'s 2018, and the flag to pass', async () => {
    const r = await both('nien-do-viec.csv', [TITLE, 'Năm báo cáo: 2017-2018', ...BEFORE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('FILE: warning: the statistics year of the rows is not given by --year, a year column or the file name (the title says 2018), so no target applies [YEAR_UNKNOWN]\n  hint: pass --year 2018, or put the year in the file name\n');
  });
});

describe('a year column ("Kỳ báo cáo") holding the whole year in words', () => {
  it.each([
    ['12 tháng năm 2019', 2019], ['Cả năm 2019', 2019], ['CẢ NĂM 2019', 2019], ['12 tháng năm 2018-2019', 2019], ['Năm 2019', 2019],
    ['6 tháng năm 2019', null], ['9 tháng năm 2019', null], ['Quý III/2019', null], ['Cả 2019', null], ['12 tháng 2019', null],
  ])('yearOfCell(%j) → %s', (cell, year) => expect(yearOfCell(cell)).toBe(year));

  const KY = 'STT;Đơn vị;Kỳ báo cáo;Có điều kiện;Thi hành xong;Đình chỉ';
  const rows = (period: string) => [KY, `1;Chi cục THADS huyện Chư Sê;${period};100;80;5`, `2;Chi cục THADS huyện Đắk Đoa;${period};200;150;10`];

  it.each([['12 tháng năm 2019'], ['Cả năm 2019']])('%j is read as 2019 (it was refused BAD_NUMBER "is not a year")', async (period) => {
    const r = await both('ky-viec.csv', rows(period));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // district, year, with conditions, resolved (80 + 5, 150 + 10), rate, target (2019: 73)
    const lines = r.stdout.trim().split('\n').slice(1).map((l) => { const c = l.split(','); return [c[1], c[2], c[9], c[18], c[20], c[21]].join(' '); });
    expect(lines).toEqual(['Chi cục THADS huyện Chư Sê 2019 100 85 85.00 73', 'Chi cục THADS huyện Đắk Đoa 2019 200 160 80.00 73', 'TOTAL 2019 300 245 81.67 73']);
  });

  it.each([['6 tháng năm 2019'], ['Quý III/2019']])('a part of the year, %j, stays refused', async (period) => {
    const r = await both('ky-viec.csv', rows(period));
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `FILE:2:3: error: year "${period}" is not a year [BAD_NUMBER]\n  hint: write the statistics year as four digits, e.g. 2019 (or the two years it spans, 2018-2019)\n`,
    });
  });
});
