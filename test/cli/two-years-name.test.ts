// A file name with two years and no year inside the file (traps23): "bao-cao-nam-2019-2020.csv"
// was read as 2019, exit 0 — "năm 2019" read as the name's year, the 2020 beside it unread —
// while "2019_2020.csv" and "BC 2019-2020.csv" were refused. Which is the report's (a span, the
// 2020 report, a comparison?) the user says: refused as they are, YEAR_CONFLICT with the --year
// hint. Names with one year and a copy's, a version's or an export day's digits keep their
// year; a span after "năm" ("nam 2019-2020") states 2020, as before. Both readers agree.
// By hand: 100 + 50 = 150 with conditions, 80 + 40 = 120 resolved, 120 / 150 = 80.00 %.
import { describe, expect, it } from 'vitest';
import { yearsOfFileName } from '../../src/input/file-names.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-two-years-name-', ['--format', 'csv', '--measure', 'cases']);

const ROWS = ['Đơn vị;Có điều kiện;Giải quyết xong', 'Chi cục A;100;80', 'Chi cục B;50;40'];
/** year, cases_with_conditions, cases_resolved, cases_rate of the TOTAL row */
function total(csv: string): string[] {
  const [head, ...body] = csv.trim().split('\n').map((l) => l.split(','));
  const row = body.find((r) => r[head!.indexOf('district')] === 'TOTAL')!;
  return ['year', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => row[head!.indexOf(k)]!);
}

describe('two years in the file name, none inside: refused', () => {
  it.each([
    'bao-cao-nam-2019-2020.csv',
    'bao cao nam 2019_2020.csv',
    'BC nam 2019 2020.csv',
    'nam 2019 va 2020.csv',
    'bao-cao-nam-2019-2021.csv',
    // refused before as now
    'BC 2019-2020.csv',
    '2019_2020.csv',
  ])('%s: YEAR_CONFLICT, exit 1, nothing printed', async (name) => {
    const r = await both(name, ROWS);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // (a span "2019-2020", "2019_2020" may be statistics year 2020: the message says so, and the --year that reads it; traps37)
    expect(r.stderr).toMatch(/^FILE: error: the file name names 2 years \((?:(?:2019, 2020|2019, 2021)\): which is the statistics year\? \[YEAR_CONFLICT\]\n  hint: pass --year N|2019, 2020\): statistics year 2020, which runs from 1\/10\/2019 to 30\/9\/2020, or two years\? \[YEAR_CONFLICT\]\n  hint: pass --year 2020 if)/u);
  });

  it('--year says which: 150 / 120 = 80.00 % of 2020', async () => {
    const r = await both('bao-cao-nam-2019-2020.csv', ROWS, ['--format', 'csv', '--measure', 'cases', '--year', '2020']);
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toEqual(['2020', '150', '120', '80.00']);
  });
});

describe('one year beside other digits keeps its year (as before)', () => {
  it.each([
    ['bao-cao-2019 (2).csv', 2019],
    ['2019 - ban sua 2.csv', 2019],
    ['2019-v2.csv', 2019],
    ['2019_12_31.csv', 2019],
    ['BC nam 2019.csv', 2019],
    ['BC nam 2019 xuat 2020-01-15.csv', 2019],
    ['BC nam 2019 so voi 2018.csv', 2019],
  ])('%s: %i, 150 / 120 = 80.00 %%', async (name, year) => {
    const r = await both(name, ROWS);
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toEqual([String(year), '150', '120', '80.00']);
  });

  it('a span after "năm" names its statistics year, one year (as before)', () => {
    expect(yearsOfFileName('nam 2019-2020.csv')).toEqual([2020]);
    expect(yearsOfFileName('Bieu 07 TT06-2019 nam 2022.csv')).toEqual([2022]);
    expect(yearsOfFileName('BC 3 thang tu 01.10.2019 den 31.12.2019.csv')).toEqual([2020]);
  });
});
