// A month report named by its calendar month with its year ("Báo cáo tháng 12 năm 2019.csv",
// "BC T12.2019.csv", "BC thang 12-2019.csv"): December 2019 is of statistics year 2020, but SPEC §3
// gives the file the name's first year, 2019 — refused (YEAR_CONFLICT) until --year says. Round 67b,
// 03 asked to read it; "BC thang 12 2019.csv" and "bc-thang-12-2019.csv" were read as the whole
// statistics year 2019, exit 0 — now refused as the others. Both readers agree; totals by hand.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-month-name-calendar-year-', ['--by', 'none', '--format', 'csv']);

/** Finding 03's report: the month 150/40 and 100/30, the cumulative 600/100 and 400/80. */
const REPORT = (title: string | null) => [
  'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,',
  ...(title === null ? [] : [`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC ${title},,,,,`]),
  'STT,Đơn vị,Trong tháng,,Lũy kế từ đầu năm,',
  ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong',
  '1,Mỹ Lộc,150,40,600,100',
  '2,Vụ Bản,100,30,400,80',
  ',Tổng cộng,250,70,1000,180',
];
/** One office's file without a title: 600 + 400 = 1.000 with conditions, 100 + 80 = 180 resolved. */
const PLAIN = ['STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '1,Mỹ Lộc,600,100', '2,Vụ Bản,400,80'];
/** TOTAL's year, with conditions, resolved, rate, target, gap. */
function total(csv: string): string {
  const [head, ...rows] = csv.trim().split('\n').map((l) => l.split(','));
  const at = (name: string) => head!.indexOf(name);
  const t = rows.find((r) => r[at('district')] === 'TOTAL')!;
  return ['year', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'cases_target', 'cases_gap_pp'].map((c) => t[at(c)]).join(' ');
}
const MONTH_WARNINGS = (cols: readonly [number, number]) =>
  `FILE:4:${cols[0]}: warning: column "Có điều kiện (Trong tháng)" names a part of a year ("Trong tháng"), which may not be the report's period, and is ignored [UNKNOWN_COLUMN]\n`
  + '  hint: map it with "aliases" in thads.config.json if it holds a known figure\n'
  + `FILE:4:${cols[1]}: warning: column "Giải quyết xong (Trong tháng)" names a part of a year ("Trong tháng"), which may not be the report's period, and is ignored [UNKNOWN_COLUMN]\n`
  + '  hint: map it with "aliases" in thads.config.json if it holds a known figure\n';
// 180 / 1.000 = 18,00 %; the 2020 target 80 %: 18 − 80 = −62,00 pp
const DECEMBER_2019 = '2020 1000 180 18.00 80 -62.00';
const YEAR_HINT = '  hint: pass --year N (a statistics year runs from 1 October to 30 September: October to December of N belong to N+1)\n';

// SPEC §3 takes the year of a file without a year column from --year, else from the name's first
// 4-digit year: 2019 for "Báo cáo tháng 12 năm 2019.csv", whose months (October–December 2019) are of
// statistics year 2020. thads keeps SPEC's year and refuses the name that says otherwise
// (YEAR_CONFLICT) until --year says which — never December's figures read as the whole year 2019.
const CONFLICT = `FILE: error: the file name's first year is 2019, the file's year as SPEC reads it, but read as a title the name states statistics year 2020: which is it? [YEAR_CONFLICT]\n${YEAR_HINT}`;

describe("03: a name stating a calendar month with its year is refused until --year says (SPEC §3's year is the name's first)", () => {
  it.each([
    ['Báo cáo tháng 12 năm 2019.csv', 'THÁNG 12 NĂM 2019'],
    ['Bao cao thang 12 nam 2019.csv', 'THÁNG 12 NĂM 2019'],
    ['BC thang 12-2019.csv', 'THÁNG 12/2019'],
    ['BC T12.2019.csv', 'THÁNG 12 NĂM 2019'],
    ['BÁO CÁO THÁNG 12 NĂM 2019.csv', 'THÁNG 12 NĂM 2019'],
  ])('%s under "%s": --year 2020 reads 180 / 1.000 = 18,00 % of 2020; without it, refused', async (name, title) => {
    const r = await both(name, REPORT(title), ['--year', '2020', '--by', 'none', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(MONTH_WARNINGS([3, 4]));
    expect(total(r.stdout)).toBe(DECEMBER_2019);
    const bare = await both(name, REPORT(title));
    expect(bare.code).toBe(1);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toContain('[YEAR_CONFLICT]');
  });

  it('with --year 2020 the text names the months: 1/10/2019 to 31/12/2019 of statistics year 2020', async () => {
    const r = await both('Báo cáo tháng 12 năm 2019.csv', REPORT('THÁNG 12 NĂM 2019'), ['--year', '2020', '--by', 'none', '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('From 1 October 2019 to 31 December 2019 (statistics year 2020), Nam Định province resolved 180 of the 1,000 enforceable cases: a rate of 18.00%')).toBe(true);
  });

  it.each([
    ['Báo cáo tháng 11 năm 2019.csv'],
    ['BC tháng 10 năm 2019.csv'],
    ['BC T10.2019.csv'],
    ['BC 2019-12.csv'],
    ['Quý IV năm 2019.csv'],
    ['BC Q4.2019.csv'],
    ['BC 3T (10-12.2019).csv'],
    // read before as the whole year 2019 (exit 0): the month's year without "năm", a slug, the measure between
    ['BC thang 12 2019.csv'],
    ['bc-thang-12-2019.csv'],
    ['BC thang 12 viec 2019.csv'],
  ])('%s without a title: refused YEAR_CONFLICT (never the whole year 2019)', async (name) => {
    expect(await both(name, PLAIN)).toEqual({ code: 1, stdout: '', stderr: CONFLICT });
  });

  it('--year 2020 says the same without a word; --year 2019 is said over the name', async () => {
    const agreed = await both('BC T12.2019.csv', PLAIN, ['--year', '2020', '--by', 'none', '--format', 'csv']);
    expect(agreed).toMatchObject({ code: 0, stderr: '' });
    expect(total(agreed.stdout)).toBe(DECEMBER_2019);
    const forced = await both('BC T12.2019.csv', PLAIN, ['--year', '2019', '--by', 'none', '--format', 'csv']);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('warning: the file name says the year is 2020; the rows are read as 2019, as --year says [OPTION_OVERRIDES_FILE]');
  });
});

describe('over-reach: other names read as before', () => {
  it.each([
    // January to September are of their own year: 180 / 1.000 against 2019's 73 %: −55,00 pp
    ['Báo cáo tháng 8 năm 2019.csv', '2019 1000 180 18.00 73 -55.00'],
    ['BC T3.2019.csv', '2019 1000 180 18.00 73 -55.00'],
    ['bao-cao-2019.csv', '2019 1000 180 18.00 73 -55.00'],
  ])('%s: %s', async (name, expected) => {
    const r = await both(name, PLAIN);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(total(r.stdout)).toBe(expected);
  });

  it('a month without a year is of --year, as before: "bc-thang-12.csv" --year 2020 is December 2019, 18,00 %', async () => {
    const r = await both('bc-thang-12.csv', PLAIN, ['--year', '2020', '--by', 'none', '--format', 'text']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith('From 1 October 2019 to 31 December 2019 (statistics year 2020)')).toBe(true);
  });

  it('a month after its year ("BC 2019 - thang 12"): October–December of either year, still the user\'s to say', async () => {
    const r = await both('BC 2019 - thang 12.csv', PLAIN);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `FILE: error: the file name's first year is 2019, the file's year as SPEC reads it, but read as a title the name states statistics year 2020: which is it? [YEAR_CONFLICT]\n${YEAR_HINT}` });
  });

  it('a day in the name ("BC 31.12.2019") is not a month: refused as before', async () => {
    const r = await both('BC 31.12.2019.csv', PLAIN);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `FILE: error: the file name's first year is 2019, the file's year as SPEC reads it, but read as a title the name states statistics year 2020: which is it? [YEAR_CONFLICT]\n${YEAR_HINT}` });
  });

  it('a title of another year than the name\'s month is refused: "NĂM 2019" over "Báo cáo tháng 12 năm 2019"', async () => {
    const r = await both('Báo cáo tháng 12 năm 2019.csv', REPORT('NĂM 2019'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(CONFLICT);
  });
});
