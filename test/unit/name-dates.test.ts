// A day in a file name is read as the title reader reads it: a day of October to December is of
// the next statistics year ("BC 31.12.2019.csv" is the 3 months 1/10/2019–31/12/2019 of 2020), a
// range is the title's range, a day of writing ("gui ngay …") is no period. SPEC §3 makes the
// name's first 4-digit year the file's year: a name that states another is refused (--year).
import { describe, expect, it } from 'vitest';
import { periodOfFileName, yearsOfFileName } from '../../src/input/file-names.js';
import { bothReaders } from '../helpers/both-readers.js';

const HEADER = 'Đơn vị,Việc có điều kiện,Việc thi hành xong,Tiền có điều kiện,Tiền thi hành xong';
const ROWS = [HEADER, 'Mỹ Lộc,100,80,5000,4000', 'Vụ Bản,200,150,7000,3000'];
const HINT = '  hint: pass --year N (a statistics year runs from 1 October to 30 September: October to December of N belong to N+1)\n';

const { both } = bothReaders('thads-name-dates-', ['--format', 'json']);

describe('yearsOfFileName / periodOfFileName: a name\'s days', () => {
  it.each([
    ['BC 31.12.2019.csv', [2020], { start: null, end: '2019-12-31' }],
    ['BC 30.11.2019.csv', [2020], { start: null, end: '2019-11-30' }],
    ['BC 31.10.2019.csv', [2020], { start: null, end: '2019-10-31' }],
    ['BC 30.9.2019.csv', [2019], { start: null, end: '2019-09-30' }],
    ['BC 31.3.2019.csv', [2019], { start: null, end: '2019-03-31' }],
    ['BC tu 01.01.2019 den 31.3.2019.csv', [2019], { start: '2019-01-01', end: '2019-03-31' }],
    ['BC tu 1.10.2018 den 31.3.2019.csv', [2019], { start: '2018-10-01', end: '2019-03-31' }],
    ['2019.csv', [2019], { start: null, end: null }],
    ['T3.2019.csv', [2019], { start: null, end: '2019-03-31' }],
    ['BC nam 2019 - gui ngay 05.10.2019.csv', [2019], { start: null, end: null }],
    ['BC nam 2019 - gui ngay 31.10.2019.csv', [2019], { start: null, end: null }],
    ['BC nam 2019 - ngày lập 31.12.2019.csv', [2019], { start: null, end: null }],
  ])('%s → years %j, period %j', (file, years, period) => {
    expect(yearsOfFileName(file)).toEqual(years);
    expect(periodOfFileName(file)).toEqual(period);
  });
});

describe('a day in a file name, both readers', () => {
  const year = (stdout: string) => {
    const out = JSON.parse(stdout) as { year: number | null; groups: { year: number | null }[] };
    return { year: out.year, rows: [...new Set(out.groups.map((g) => g.year))] };
  };

  it.each([['BC 31.12.2019.csv'], ['BC 30.11.2019.csv'], ['BC 31.10.2019.csv']])('%s: the name states 2020, SPEC\'s first year 2019: refused', async (name) => {
    const r = await both(name, ROWS);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`FILE: error: the file name's first year is 2019, the file's year as SPEC reads it, but read as a title the name states statistics year 2020: which is it? [YEAR_CONFLICT]\n${HINT}`);
  });

  it.each([
    ['BC 31.12.2019.csv', 'From 1 October 2019 to 31 December 2019 (statistics year 2020), Mỹ Lộc'],
    ['BC 30.11.2019.csv', 'From 1 October 2019 to 30 November 2019 (statistics year 2020), Mỹ Lộc'],
    ['BC 31.10.2019.csv', 'From 1 October 2019 to 31 October 2019 (statistics year 2020), Mỹ Lộc'],
  ])('%s --year 2020: the months of 2020 to that day', async (name, text) => {
    const r = await both(name, ROWS, ['--year', '2020', '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith(text)).toBe(true);
  });

  it('BC 31.12.2019.csv --year 2019: said, as a title of 2020 is', async () => {
    const r = await both('BC 31.12.2019.csv', ROWS, ['--year', '2019', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('FILE:1: warning: the file name says the year is 2020; the rows are read as 2019, as --year says [OPTION_OVERRIDES_FILE]');
  });

  it('a range in the name is the title\'s range: from 1/1/2019 to 31/3/2019', async () => {
    const r = await both('BC tu 01.01.2019 den 31.3.2019.csv', ROWS, ['--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('From 1 January 2019 to 31 March 2019 (statistics year 2019), Mỹ Lộc resolved 80 of the 100')).toBe(true);
  });

  it('a range from 1/10/2018: SPEC\'s first year 2018, the range\'s 2019: refused', async () => {
    const r = await both('BC tu 1.10.2018 den 31.3.2019.csv', ROWS);
    expect(r.code).toBe(1);
    // its days named, and the --year that reads them (titlewords)
    expect(r.stderr).toBe("FILE: error: the file name's first year is 2018, the file's year as SPEC reads it, but its days 1/10/2018–31/3/2019 are of statistics year 2019 (1/10/2018–30/9/2019): which is it? [YEAR_CONFLICT]\n"
      + '  hint: pass --year 2019 to read them as statistics year 2019 (a statistics year runs from 1 October to 30 September: October to December of N belong to N+1)\n');
  });

  it('a name and a title stating different periods are refused', async () => {
    const r = await both('BC 31.12.2019.csv', ['BÁO CÁO 6 THÁNG (TỪ 01/10/2019 ĐẾN 31/3/2020)', ...ROWS], ['--year', '2020', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[YEAR_CONFLICT]');
    expect(r.stderr).toContain('the file name the period to 31/12/2019');
  });

  it.each([['BC 30.9.2019.csv'], ['2019.csv'], ['BC nam 2019 - gui ngay 05.10.2019.csv'], ['BC nam 2019 - gui ngay 31.10.2019.csv']])('%s: the whole year 2019', async (name) => {
    const r = await both(name, ROWS);
    expect(r.code).toBe(0);
    expect(year(r.stdout)).toEqual({ year: 2019, rows: [2019] });
    const text = await both(name, ROWS, ['--format', 'text']);
    expect(text.stdout.startsWith('In statistics year 2019 (1 October 2018 – 30 September 2019), Mỹ Lộc')).toBe(true);
  });

  it('T3.2019.csv: to 31/3/2019, year 2019', async () => {
    const r = await both('T3.2019.csv', ROWS);
    expect(r.code).toBe(0);
    expect(year(r.stdout)).toEqual({ year: 2019, rows: [2019] });
    const text = await both('T3.2019.csv', ROWS, ['--format', 'text']);
    expect(text.stdout.startsWith('From 1 October 2018 to 31 March 2019 (statistics year 2019), Mỹ Lộc')).toBe(true);
  });
});
