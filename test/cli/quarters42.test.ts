// Quarters and months in file names and titles (session 42).
// 1. A file "KV1 quy 3-2026.csv" ("quý 3_2026", "quy-3-2026") was read as March 2026: "3-2026" taken
//    for a month beside its year, six months from 1 October (1/10/2025–31/3/2026). Beside KV2's
//    year-end report: MIXED_PERIODS naming "31/3/2026, 30/9/2026"; against last year's whole year:
//    PERIODS_DIFFER naming 31/3/2026. Right: the third quarter, 1/7/2026–30/9/2026, as "Q3-2026",
//    "Quy III-2026" and "Quy 3 2026" were read already. "T3-2026", "Thang 3-2026", "3-2026" stay
//    months, and so does the district "Phú Quý 3-2026". "KV1 quy 1-2026.csv" was January
//    (1/10/2025–31/1/2026, four months): now quarter I, read as the title "Quý I/2026" is.
// 2. Two readings of a quarter, kept on purpose. A title's "Quý I/2026", "Quý II/2026" is the period
//    the report runs to, counted from 1 October as every partial report is (DOMAIN: "Partial
//    reports (3, 6, 10 months) also count from 1 October") and as a month's title is ("Tháng
//    3/2026" is 1/10/2025–31/3/2026): a quarter's form "Trong quý | Lũy kế" has its report-level
//    figures in the running total, its quarter column set aside (own-period.ts), so the title's
//    quarter names the running total's days. "Quý III" (of a calendar year) is read as its own
//    three months, 1/7–30/9: counted from 1 October it would be the whole year, the one reading in
//    which a quarter's own figures (one set only, "Trong quý") would be summed beside year-end
//    reports and compared with last year's whole year as like with like (titlewords.test.ts).
//    Either reading of quý I/II is a part of the year: never summed beside a whole year's report
//    (MIXED_PERIODS), never compared with a whole year as "last year" (PERIODS_DIFFER) — pinned
//    below; against last year's same quarter it is compared "so với cùng kỳ năm 2026" (2027's).
// 4. "Tháng 9/2026" in a title is the whole statistics year: a month's report runs from 1 October
//    to the month's end, and September's ends the year on 30/9 — summed beside "Năm 2026",
//    compared with 2025 as a year.
// Every figure below is worked out by hand.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { KV1_ROW, khuVucReportBare as office } from '../helpers/khu-vuc-reports.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-quarters42-');
// KV1's part of 2026: 500 thụ lý, 400 có ĐK, 100 xong = 100 / 400 = 25,00 % (KV1_ROW)
// KV2's year 1/10/2025–30/9/2026: 800, 550, 420 = 420 / 550 = 76,36 %
const KV2 = file('KV2 2026.csv', office(2, 'Năm 2026', '1,Phòng THADS khu vực 2,800,550,420'));
// KV1's year 2025: 1.000, 800, 600 = 75,00 %
const KV1_2025 = file('KV1 2025.csv', office(1, 'Năm 2025', '1,Phòng THADS khu vực 1,1000,800,600'));

const run = (args: readonly string[]) => {
  const r = spawnThads(['summarize', ...args], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
};
const { both } = bothReaders('thads-quarters42-b-', ['--format', 'json']);
const period = (stdout: string) => (JSON.parse(stdout) as { period?: unknown }).period ?? null;
const Q3 = { start: '2026-07-01', end: '2026-09-30', months: 3 };
// 1/10/2025–31/3/2026: October to March, six months
const TO_MARCH = { start: '2025-10-01', end: '2026-03-31', months: 6 };
const totalOf = (stdout: string) => {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const total = rows.find((row) => row[head!.indexOf('district')] === 'TOTAL')!;
  return ['cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => total[head!.indexOf(k)]);
};

/** A part of 2026 never summed beside KV2's year nor compared with KV1's 2025 as like with like; `days` its period as messages write it. */
function partRefused(kv1: string, days: string) {
  const beside = run([kv1, KV2, '--format', 'csv']);
  expect(beside.code, beside.stderr).toBe(2);
  expect(beside.stdout).toBe('');
  expect(stderrCodes(beside.stderr)).toEqual(['MIXED_PERIODS']);
  expect(beside.stderr).toContain(days);
  const previous = run([kv1, '--previous', KV1_2025, '--format', 'text', '--lang', 'vi']);
  expect(previous.code, previous.stderr).toBe(0);
  expect(stderrCodes(previous.stderr)).toEqual(['PERIODS_DIFFER']);
  expect(previous.stderr).toContain(days);
  // 100 / 400 = 25,00 %, no change said
  expect(previous.stdout).toContain('đã giải quyết xong 100/400 việc có điều kiện giải quyết, đạt 25,00%');
  expect(previous.stdout).not.toContain('so với');
}

const QUARTER_NAMES = [['KV1 quy 3-2026.csv'], ['KV1 Quy 3-2026.csv'], ['KV1 quý 3_2026.csv'], ['KV1 quy-3-2026.csv'], ['KV1 Q3-2026.csv'], ['KV1 Quy III-2026.csv']];

describe('1. "quý/quy/Q" before "3-2026" in a file name: the third quarter, never March', () => {
  it.each(QUARTER_NAMES)('%s beside KV2 2026: MIXED_PERIODS naming 1/7/2026–30/9/2026; against 2025: PERIODS_DIFFER (was 31/3/2026)', (name) => {
    partRefused(file(`n${QUARTER_NAMES.findIndex(([n]) => n === name)}/${name}`, office(1, '', KV1_ROW)), '1/7/2026–30/9/2026');
  });

  it.each(QUARTER_NAMES)('%s: the quarter 1/7–30/9/2026, both readers', async (name) => {
    const r = await both(name, office(1, '', KV1_ROW));
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toEqual(Q3);
  });

  it('the xlsx twin "KV1 quy 3-2026.xlsx": the quarter', async () => {
    const r = await summarizeLinesWorkbook(dir, 'KV1 quy 3-2026.xlsx', office(1, '', KV1_ROW).map((l) => l.replace(/,/g, ';')), ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toEqual(Q3);
  });

  it('"KV1 quy 1-2026.csv": quarter I, to 31/3/2026 as the title "Quý I/2026" (was January: to 31/1/2026, four months)', async () => {
    const r = await both('KV1 quy 1-2026.csv', office(1, '', KV1_ROW));
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toEqual(TO_MARCH);
  });

  // controls: a month's words or a month alone, and the district Phú Quý, keep March
  it.each([['KV1 T3-2026.csv'], ['KV1 Thang 3-2026.csv'], ['KV1 3-2026.csv'], ['Phú Quý 3-2026.csv']])('%s stays March: 1/10/2025–31/3/2026', async (name) => {
    const r = await both(name, office(1, '', KV1_ROW));
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toEqual(TO_MARCH);
  });
});

describe('2. a title\'s quarter I: to 31/3 from 1 October, a part of the year either way', () => {
  it('"Quý I/2026": 1/10/2025–31/3/2026, both readers', async () => {
    const r = await both('Ninh Bình 2026.csv', office(1, 'Quý I/2026', KV1_ROW));
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toEqual(TO_MARCH);
  });

  it('"Quý I/2026" beside KV2 2026: MIXED_PERIODS; against 2025\'s year: PERIODS_DIFFER', () => {
    partRefused(file('q1/KV1 2026.csv', office(1, 'Quý I/2026', KV1_ROW)), '31/3/2026');
  });

  // (a year apart both after 1/7/2025, so the khu vực are compared as themselves, no merger)
  it('"Quý I/2027" against "Quý I/2026" (400, 300, 150: 50,00 %): compared with the same period, 500 − 400 = +100, 25,00 − 50,00 = −25,00', () => {
    const kv1 = file('q1c/KV1 2027.csv', office(1, 'Quý I/2027', KV1_ROW));
    const before = file('q1c/KV1 2026.csv', office(1, 'Quý I/2026', '1,Phòng THADS khu vực 1,400,300,150'));
    const r = run([kv1, '--previous', before, '--format', 'text', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('tổng số thụ lý 500 việc, tăng 100 việc so với cùng kỳ năm 2026');
    expect(r.stdout).toContain('tỷ lệ giải quyết xong giảm 25,00% so với cùng kỳ năm 2026');
  });

  it('"Quý III/2026": its own three months (the reading that keeps it from the whole year)', async () => {
    const r = await both('Ninh Bình 2026.csv', office(1, 'Quý III/2026', KV1_ROW));
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toEqual(Q3);
  });
});

describe('4. "Tháng 9/2026" in a title: the whole statistics year (to 30/9, from 1 October)', () => {
  const KV3 = file('t9/KV3 2026.csv', office(3, 'Tháng 9/2026', '1,Phòng THADS khu vực 3,700,500,400'));

  it('no part of the year in the output', async () => {
    const r = await both('Ninh Bình 2026.csv', office(3, 'Tháng 9/2026', '1,Phòng THADS khu vực 3,700,500,400'));
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toBeNull();
  });

  it('beside "Năm 2026": added, 700 + 800 = 1.500, 500 + 550 = 1.050, 400 + 420 = 820 → 820 / 1.050 = 78,095… → 78,10 %', () => {
    const r = run([KV3, KV2, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(totalOf(r.stdout)).toEqual(['1500', '1050', '820', '78.10']);
  });

  it('against KV3\'s year 2025 (600, 500, 300: 60,00 %): compared as a year, 700 − 600 = +100, 80,00 − 60,00 = +20,00', () => {
    const before = file('t9/KV3 2025.csv', office(3, 'Năm 2025', '1,Phòng THADS khu vực 3,600,500,300'));
    const r = run([KV3, '--previous', before, '--format', 'text', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('tổng số thụ lý 700 việc, tăng 100 việc so với năm 2025');
    expect(r.stdout).toContain('tỷ lệ giải quyết xong tăng 20,00% so với năm 2025');
  });
});
