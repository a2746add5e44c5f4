// Part-year periods written in words in a title or a file name, read as the whole year 2026: the
// quarter 1/7/2026–30/9/2026 (the TT 05/2026 forms' part of the statistics year) titled "Năm 2026
// (số liệu 03 tháng thực hiện Thông tư 05/2026)" (the citation made the whole line a citation's),
// "Giai đoạn 2 năm 2026 (01/7 - 30/9)" (days without their year and without "từ"), "Quý III/2026",
// "Quý 3 năm 2026" (one quarter counted from 1 October: the whole year), a file "KV1 tu 01.7 den
// 30.9.2026.csv" (the name's tokens split "01.7": only the last day read). Beside another khu
// vực's year-end report each was added in (TOTAL 500 + 800 = 1.300 việc, 400 + 550 = 950 có ĐK,
// 100 + 420 = 520 xong, 54,74 %, exit 0); against last year's whole year compared as like with
// like ("giảm 500 việc so với năm 2025", "giảm 50,00%": 500 − 1.000, 25,00 − 75,00). "03 tháng năm
// 2026 (từ 01/7/2026)" was 1/10/2025–31/12/2025 (the count ran from 1 October, the day dropped).
// Right: the quarter — MIXED_PERIODS (exit 2) beside a year-end report, PERIODS_DIFFER and no change
// against a year. "BC 01.10.2025-31.03.2026.csv" without --year stays refused (SPEC §3: the name's
// first year), now saying its days are of statistics year 2026 and that --year 2026 reads them.
// Controls keep their reading: "Năm 2026", "Từ 01/10/2025 đến 30/9/2026", "12 tháng năm 2026" the
// whole year; forms that already read right stay pinned; a sending-day range in a name is no period.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { KV1_ROW, KV_HEAD as HEAD, khuVucReportBare as office } from '../helpers/khu-vuc-reports.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-titlewords-');
// KV1's quarter 1/7–30/9/2026: 500 thụ lý, 400 có ĐK, 100 xong = 100 / 400 = 25,00 % (KV1_ROW)
// KV2's year 1/10/2025–30/9/2026: 800, 550, 420 = 420 / 550 = 76,36 %
const KV2 = file('KV2 2026.csv', office(2, 'Năm 2026', '1,Phòng THADS khu vực 2,800,550,420'));
// KV1's year 2025: 1.000, 800, 600 = 75,00 %
const KV1_2025 = file('KV1 2025.csv', [
  'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025,,,,',
  HEAD,
  '1,Phòng THADS khu vực 1,1000,800,600',
]);

const run = (args: readonly string[]) => {
  const r = spawnThads(['summarize', ...args], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
};
const { both } = bothReaders('thads-titlewords-b-', ['--format', 'json']);
const period = (stdout: string) => (JSON.parse(stdout) as { period?: unknown }).period ?? null;
const QUARTER = { start: '2026-07-01', end: '2026-09-30', months: 3 };
const totalOf = (stdout: string) => {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const total = rows.find((row) => row[head!.indexOf('district')] === 'TOTAL')!;
  return ['cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => total[head!.indexOf(k)]);
};

/** The quarter's refusals, for a KV1 file however its period is said. */
function quarterRefused(kv1: string) {
  const beside = run([kv1, KV2, '--format', 'csv']);
  expect(beside.code, beside.stderr).toBe(2);
  expect(beside.stdout).toBe('');
  expect(stderrCodes(beside.stderr)).toEqual(['MIXED_PERIODS']);
  expect(beside.stderr).toContain('1/7/2026–30/9/2026');
  const previous = run([kv1, '--previous', KV1_2025, '--format', 'text', '--lang', 'vi']);
  expect(previous.code, previous.stderr).toBe(0);
  expect(stderrCodes(previous.stderr)).toEqual(['PERIODS_DIFFER']);
  expect(previous.stderr).toContain("the input's period is 1/7/2026–30/9/2026");
  expect(previous.stdout).toContain('Từ 1/7/2026 đến 30/9/2026 (năm thống kê 2026)');
  // 100 / 400 = 25,00 %
  expect(previous.stdout).toContain('đã giải quyết xong 100/400 việc có điều kiện giải quyết, đạt 25,00%');
  expect(previous.stdout).not.toContain('so với năm 2025');
}

const QUARTER_TITLES = [
  ['Năm 2026 (số liệu 03 tháng thực hiện Thông tư 05/2026)'],
  ['Giai đoạn 2 năm 2026 (01/7 - 30/9)'],
  ['Quý III/2026'],
  ['Quý 3 năm 2026'],
  ['03 tháng năm 2026 (từ 01/7/2026)'],
];

describe('a quarter 1/7–30/9/2026 said in words in the title: that quarter, never the year', () => {
  it.each(QUARTER_TITLES)('"%s" beside a year-end report: MIXED_PERIODS, exit 2; against 2025: PERIODS_DIFFER, no change (was TOTAL 1300 / 950 / 520, exit 0)', (words) => {
    quarterRefused(file(`t${QUARTER_TITLES.findIndex(([w]) => w === words)}/KV1 2026.csv`, office(1, words, KV1_ROW)));
  });

  it.each(QUARTER_TITLES)('"%s": the quarter, both readers', async (words) => {
    const r = await both('Ninh Bình 2026.csv', office(1, words, KV1_ROW));
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toEqual(QUARTER);
  });

  it.each([['Quý III/2026'], ['Giai đoạn 2 năm 2026 (01/7 - 30/9)'], ['Năm 2026 (số liệu 03 tháng thực hiện Thông tư 05/2026)']])('the xlsx twin of "%s": the quarter', async (words) => {
    const lines = office(1, words, KV1_ROW).map((l) => l.replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'KV1 2026.xlsx', lines, ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toEqual(QUARTER);
  });
});

describe('forms that already read right stay pinned', () => {
  it.each([
    ['Năm 2026 (số liệu 3 tháng cuối năm)', QUARTER],
    ['Giai đoạn từ 01/7/2026 đến 30/9/2026', QUARTER],
    // the last six months of statistics year 2026: 1/4/2026–30/9/2026
    ['6 tháng cuối năm 2026', { start: '2026-04-01', end: '2026-09-30', months: 6 }],
  ])('"%s"', async (words, expected) => {
    const r = await both('Ninh Bình 2026.csv', office(1, words, KV1_ROW));
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toEqual(expected);
  });

  it('"Năm 2026 (số liệu 3 tháng cuối năm)" beside a year-end report: MIXED_PERIODS', () => {
    quarterRefused(file('p/KV1 2026.csv', office(1, 'Năm 2026 (số liệu 3 tháng cuối năm)', KV1_ROW)));
  });
});

describe('a file name "KV1 tu 01.7 den 30.9.2026": the quarter (was the year: only its last day read)', () => {
  const KV1_NAMED = file('n/KV1 tu 01.7 den 30.9.2026.csv', office(1, '', KV1_ROW));
  it('beside a year-end report: MIXED_PERIODS; against 2025: PERIODS_DIFFER', () => quarterRefused(KV1_NAMED));
  it.each([['KV1 tu 01.7 den 30.9.2026.csv'], ['KV1 từ ngày 01.07 đến ngày 30.09.2026.csv']])('%s: the quarter, both readers', async (name) => {
    const r = await both(name, office(1, '', KV1_ROW));
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toEqual(QUARTER);
  });
});

describe('"BC 01.10.2025-31.03.2026.csv": refused without --year, saying which year its days are of', () => {
  const NAME = 'BC 01.10.2025-31.03.2026.csv';
  it('without --year: YEAR_CONFLICT naming the days, statistics year 2026 and --year 2026', async () => {
    const r = await both(NAME, office(1, '', KV1_ROW));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "FILE: error: the file name's first year is 2025, the file's year as SPEC reads it, but its days 1/10/2025–31/3/2026 are of statistics year 2026 (1/10/2025–30/9/2026): which is it? [YEAR_CONFLICT]\n"
        + '  hint: pass --year 2026 to read them as statistics year 2026 (a statistics year runs from 1 October to 30 September: October to December of N belong to N+1)\n',
    );
  });
  it('with --year 2026: six months from 1/10/2025', async () => {
    const r = await both(NAME, office(1, '', KV1_ROW), ['--format', 'json', '--year', '2026']);
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toEqual({ start: '2025-10-01', end: '2026-03-31', months: 6 });
  });
});

describe('controls: the whole year keeps its reading', () => {
  it.each([['Năm 2026'], ['Từ 01/10/2025 đến 30/9/2026'], ['12 tháng năm 2026']])('"%s": the whole year (no part of it in the output)', async (words) => {
    const r = await both('Ninh Bình 2026.csv', office(1, words, KV1_ROW));
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toBeNull();
  });

  it('"12 tháng năm 2026" beside "Năm 2026": added, 700 + 800 = 1.500, 550 + 500 = 1.050, 420 + 400 = 820 → 820 / 1.050 = 78,095… → 78,10 %', () => {
    const kv3 = file('c/KV3 2026.csv', office(3, '12 tháng năm 2026', '1,Phòng THADS khu vực 3,700,500,400'));
    const r = run([kv3, KV2, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(totalOf(r.stdout)).toEqual(['1500', '1050', '820', '78.10']);
  });

  it('a sending-day range in a name ("KV1 05.09.2026 - 15.09.2026.csv", title "Năm 2026") is no period: added to KV2, 500 + 800 = 1.300, 400 + 550 = 950, 100 + 420 = 520 → 54,74 %', () => {
    const kv1 = file('s/KV1 05.09.2026 - 15.09.2026.csv', office(1, 'Năm 2026', KV1_ROW));
    const r = run([kv1, KV2, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // 520 / 950 = 0,547368… → 54,74 %
    expect(totalOf(r.stdout)).toEqual(['1300', '950', '520', '54.74']);
  });
});
