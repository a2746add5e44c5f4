// Periods written short in file names and titles. "Q" is quý: "Q.3-2026", "Q 3_2026", "2026 - Q.3"
// are the third quarter, 1/7–30/9/2026, as "Q3-2026" was already read — "Q.3-2026" was read as
// March (1/10/2025–31/3/2026) and added to a March report ("T3-2026") with exit 0, compared with
// last year's six months. A quarter padded "Q03-2026", "QUÝ 03/2026", a month "th3-2026",
// "TH3/2026", "T.3-2026" (in a title) and a count glued to its year "9T2026" (in a title) were
// read as the whole year and added to year-end files with exit 0. Now: MIXED_PERIODS, exit 2, and
// PERIODS_DIFFER against a period of other days. Controls: the forms read right before stay
// (added where their periods agree), and "Q1"/"Q3" in an office cell are Quận 1 and 3 of Hồ Chí Minh.
import { describe, expect, test } from 'vitest';
import { bothOnFiles } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file, write } = fileTree('thads-periodshort-');
const ARGS = ['--format', 'csv', '--measure', 'cases'];
const HEAD = 'STT,Đơn vị,Có điều kiện (việc),Giải quyết xong (việc)';
/** Mỹ Lộc 200 / 150, Vụ Bản 300 / 210: added, 500 / 360 = 72,00 %. */
const MY_LOC = '1,Mỹ Lộc,200,150';
const VU_BAN = '1,Vụ Bản,300,210';
const SUM = ['Mỹ Lộc|200|150|75.00', 'Vụ Bản|300|210|70.00', 'TOTAL|500|360|72.00'];
const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);
const plain = (office: string) => [HEAD, office];
/** A title stating `period`, then the rows: the reference reader. */
const titled = (period: string, office: string) => ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,', `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ ${period},,,`, HEAD, office];

describe('a quarter "Q.3" in a file name is the third quarter, never March', () => {
  test.each([
    ['Mỹ Lộc Q.3-2026.csv'],
    ['Mỹ Lộc Q 3_2026.csv'],
    ['Mỹ Lộc Q03-2026.csv'],
    ['Mỹ Lộc 2026 - Q.3.csv'],
  ])('%s beside March\'s "Vụ Bản T3-2026.csv": MIXED_PERIODS, exit 2 (was added, 500 / 360, exit 0)', async (name) => {
    const r = await bothOnFiles(dir, { [name]: plain(MY_LOC), 'Vụ Bản T3-2026.csv': plain(VU_BAN) }, ARGS);
    expect(r.code, r.stderr).toBe(2);
    // T3-2026: 1/10/2025–31/3/2026 (the documented cumulative March); the quarter 1/7–30/9/2026
    expect(r.stderr).toContain('periods differ (1/10/2025–31/3/2026, 1/7/2026–30/9/2026)');
    expect(stderrCodes(r.stderr)).toEqual(['MIXED_PERIODS']);
    expect(r.stdout).toBe('');
  });

  test('the binary: "Mỹ Lộc Q.3-2026.csv" beside "Vụ Bản T3-2026.csv" prints nothing, exit 2', () => {
    const [q3, march] = write({ 'bin/Mỹ Lộc Q.3-2026.csv': plain(MY_LOC), 'bin/Vụ Bản T3-2026.csv': plain(VU_BAN) });
    const r = spawnThads(['summarize', q3!, march!, ...ARGS]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('whose periods differ (1/10/2025–31/3/2026, 1/7/2026–30/9/2026), which are never added together [MIXED_PERIODS]');
  });

  test('"Q.3-2026" beside "Q3-2026" — one quarter, added (was refused as March beside the quarter): 200 + 300 = 500, 150 + 210 = 360', async () => {
    const r = await bothOnFiles(dir, { 'Mỹ Lộc Q.3-2026.csv': plain(MY_LOC), 'Vụ Bản Q3-2026.csv': plain(VU_BAN) }, ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(SUM);
  });

  test('"Q.3-2026" against last year\'s six months "6T-2025" (1/10/2024–31/3/2025): PERIODS_DIFFER, no change (was "+25.00")', async () => {
    // before: both 1/10–31/3, compared: 75,00 % − 50,00 % (50 / 100) = +25.00
    const previous = file('prev/Mỹ Lộc 6T-2025.csv', plain('1,Mỹ Lộc,100,50'));
    const r = await bothOnFiles(dir, { 'Mỹ Lộc Q.3-2026.csv': plain(MY_LOC) }, [...ARGS, '--previous', previous]);
    expect(r.code, r.stderr).toBe(0);
    expect(csvColumns(r.stdout, ['district', 'cases_rate', 'cases_rate_change'])).toEqual(['Mỹ Lộc|75.00|', 'TOTAL|75.00|']);
    expect(r.stderr).toContain("the input's period is 1/7/2026–30/9/2026, the previous files' 1/10/2024–31/3/2025");
    expect(stderrCodes(r.stderr)).toEqual(['PERIODS_DIFFER']);
  });
});

describe('a file without an office column: its office is its name without the quarter', () => {
  // the office read from the name: "Mỹ Lộc Q3-2026" was "Mỹ Lộc Q3", "Mỹ Lộc quy 3-2026" "Mỹ Lộc" —
  // two offices, a resent quarter added: 100 + 100, 80 + 81 = 200 / 161, exit 0
  const CASES = 'Có điều kiện (việc),Giải quyết xong (việc)';
  test.each([['Mỹ Lộc Q3-2026.csv'], ['Mỹ Lộc Q.3-2026.csv'], ['Mỹ Lộc QIII-2026.csv']])('%s beside "Mỹ Lộc quy 3-2026.csv": one office given twice, DUPLICATE_INPUT', async (name) => {
    const r = await bothOnFiles(dir, { [`one/${name}`]: [CASES, '100,80'], 'one/Mỹ Lộc quy 3-2026.csv': [CASES, '100,81'] }, ARGS);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('cases of "Mỹ Lộc" (2026) are given again');
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_INPUT']);
    expect(r.stdout).toBe('');
  });

  test('control: "Mỹ Lộc Q3-2026.csv" beside "Vụ Bản Q.3-2026.csv": two offices, added, 100 + 100 = 200, 80 + 81 = 161', async () => {
    const r = await bothOnFiles(dir, { 'two/Mỹ Lộc Q3-2026.csv': [CASES, '100,80'], 'two/Vụ Bản Q.3-2026.csv': [CASES, '100,81'] }, ARGS);
    expect(r.code, r.stderr).toBe(0);
    // 80 / 100 = 80,00 %; 81 / 100 = 81,00 %; 161 / 200 = 80,50 %
    expect(rows(r.stdout)).toEqual(['Mỹ Lộc|100|80|80.00', 'Vụ Bản|100|81|81.00', 'TOTAL|200|161|80.50']);
  });
});

describe('a month "th3" in a file name is March, never the whole year', () => {
  test.each([['Mỹ Lộc th3-2026.csv'], ['Mỹ Lộc Th3.2026.csv'], ['Mỹ Lộc 2026 - th.3.csv']])(
    '%s beside a year-end "Vụ Bản 2026.csv": MIXED_PERIODS, exit 2 (was added, exit 0)',
    async (name) => {
      const r = await bothOnFiles(dir, { [name]: plain(MY_LOC), 'Vụ Bản 2026.csv': plain(VU_BAN) }, ARGS);
      expect(r.code, r.stderr).toBe(2);
      // March 2026: 1/10/2025–31/3/2026; the year: 1/10/2025–30/9/2026 (one start: only the ends are named)
      expect(r.stderr).toContain('periods end on different days (31/3/2026, 30/9/2026)');
      expect(stderrCodes(r.stderr)).toEqual(['MIXED_PERIODS']);
    },
  );

  test('"th3-2026" beside "T3-2026" — one month, added (was refused as the year beside March)', async () => {
    const r = await bothOnFiles(dir, { 'Mỹ Lộc th3-2026.csv': plain(MY_LOC), 'Vụ Bản T3-2026.csv': plain(VU_BAN) }, ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(SUM);
  });
});

describe("a title's short period", () => {
  // the year 2026 is 1/10/2025–30/9/2026; the message lists the periods by end, then start, and
  // names only their ends where they start on one day
  const QUARTER = 'periods differ (1/10/2025–30/9/2026, 1/7/2026–30/9/2026)';
  const MARCH = 'periods end on different days (31/3/2026, 30/9/2026)';
  test.each([
    ['QUÝ 03/2026', QUARTER],
    ['Q03-2026', QUARTER],
    ['Q3_2026', QUARTER],
    ['T.3-2026', MARCH],
    ['TH3/2026', MARCH],
    ['Th.3-2026', MARCH],
    ['9T2026', 'periods end on different days (30/6/2026, 30/9/2026)'],
    ['6 THÁNG2026', MARCH],
  ])('"%s" beside a year-end title: MIXED_PERIODS, "%s", exit 2 (was read as the whole year, added)', async (period, periods) => {
    const r = await bothOnFiles(dir, { 'a/Mỹ Lộc.csv': titled(period, MY_LOC), 'a/Vụ Bản.csv': titled('NĂM 2026', VU_BAN) }, [...ARGS, '--year', '2026']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(periods);
    expect(stderrCodes(r.stderr)).toEqual(['MIXED_PERIODS']);
  });

  test('the xlsx twin: a workbook titled "QUÝ 03/2026" beside a year-end file is refused too', async () => {
    const yearEnd = file('x/Vụ Bản.csv', titled('NĂM 2026', VU_BAN));
    const lines = titled('QUÝ 03/2026', MY_LOC).map((l) => l.replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'x/Mỹ Lộc.xlsx', lines, [yearEnd, ...ARGS, '--year', '2026']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(QUARTER);
  });

  test.each([['QUÝ III/2026'], ['Q.3/2026'], ['QUÝ 03/2026']])('"%s" beside "Q3-2026" — one quarter, added (controls; "QUÝ 03" was the year, refused)', async (period) => {
    const r = await bothOnFiles(dir, { 'b/Mỹ Lộc.csv': titled(period, MY_LOC), 'b/Vụ Bản.csv': titled('Q3-2026', VU_BAN) }, [...ARGS, '--year', '2026']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(SUM);
  });

  test.each([['T9-2026'], ['THÁNG 9/2026'], ['NĂM 2026'], ['NĂM THỐNG KÊ 2026']])('control: "%s" is the whole year, added to "NĂM 2026"', async (period) => {
    const r = await bothOnFiles(dir, { 'c/Mỹ Lộc.csv': titled(period, MY_LOC), 'c/Vụ Bản.csv': titled('NĂM 2026', VU_BAN) }, [...ARGS, '--year', '2026']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(SUM);
  });
});

describe('"Q" that is no quarter', () => {
  test('control: office cells "Q1", "Q3" of a year-end file are Quận 1 and 3: added, 200 + 300', async () => {
    const r = await bothOnFiles(dir, { 'hcm/Hồ Chí Minh 2024.csv': [HEAD, '1,Q1,200,150', '2,Q3,300,210'] }, ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Q1|200|150|75.00', 'Q3|300|210|70.00', 'TOTAL|500|360|72.00']);
  });

  test('"Q.10-2019" (Quận 10) names no quarter, there is no quarter 10, nor October (was read as October: statistics year 2020, refused beside 2019): year-end 2019, added', async () => {
    const r = await bothOnFiles(dir, { 'q/Q.10-2019.csv': plain(MY_LOC), 'q/Vụ Bản 2019.csv': plain(VU_BAN) }, ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(SUM);
  });
});
