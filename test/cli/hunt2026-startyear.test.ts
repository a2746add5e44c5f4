// A 2026 report of the last quarter only — the TT 05/2026 forms' part of the statistics year,
// 1/7/2026–30/9/2026 — whose title writes its first day without the year, given once at the end:
// "Từ ngày 01/7 đến ngày 30/9/2026", "Từ ngày 01 tháng 7 đến ngày 30 tháng 9 năm 2026", "Từ 1/7 -
// 30/9/2026", "Từ tháng 7 đến tháng 9 năm 2026". The first day was lost (stated-years.ts read only
// the dated end) and the period counted from 1 October: the quarter was taken for the whole year
// 2026. Beside another khu vực's year-end report it was added in (TOTAL 500 + 800 = 1.300 việc,
// 400 + 550 = 950 có ĐK, 100 + 420 = 520 xong, 54,74 %, exit 0); against last year's whole year it
// was compared as like with like ("Năm 2026 (từ 1/10/2025 đến 30/9/2026) … giảm 500 việc so với
// năm 2025 … giảm 50,00%": 500 − 1.000, 25,00 − 75,00). Right: the quarter it states, as its
// days written with their year are read — MIXED_PERIODS (exit 2) beside a year-end report, no
// change and PERIODS_DIFFER against a year, its paragraph opening "Từ 1/7/2026 đến 30/9/2026".
// Controls keep their reading: "Từ ngày 01/10 đến ngày 31/3/2026" is six months from 1/10/2025,
// "Từ ngày 01/10 đến ngày 30/9/2026" the whole year, the dated quarter the quarter, two year-end
// reports are added (800 + 700 = 1.500). Both readers, the real binary, an xlsx twin.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { KV1_ROW, KV_HEAD as HEAD, QUARTER, khuVucReport as office, khuVucTree, periodOf as period } from '../helpers/khu-vuc-reports.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

// KV1's quarter 1/7–30/9/2026: 500 thụ lý, 400 có ĐK, 100 xong = 25,00 % (KV1_ROW)
// KV2's year 1/10/2025–30/9/2026: 800, 550, 420 = 76,36 % (KV2 2026.csv); KV3's year: 700, 500, 400 = 80,00 %
const { dir, file, KV2, thads } = khuVucTree('thads-hunt2026-startyear-');
const KV3 = file('KV3 2026.csv', office(3, 'Từ ngày 01/10 đến ngày 30/9/2026', '1,Phòng THADS khu vực 3,700,500,400'));
const KV1 = file('KV1 2026.csv', office(1, 'Từ ngày 01/7 đến ngày 30/9/2026', KV1_ROW));
// KV1's year 2025: 1.000, 800, 600 = 75,00 %
const KV1_2025 = file('KV1 2025.csv', [
  'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025,,,,',
  HEAD,
  '1,Phòng THADS khu vực 1,1000,800,600',
]);

const run = (args: readonly string[]) => thads(['summarize', ...args]);
const { both } = bothReaders('thads-hunt2026-startyear-b-', ['--format', 'json']);

describe('a quarter 1/7–30/9/2026 whose first day is written without its year: that quarter, never the year', () => {
  it('beside another khu vực\'s year-end report: refused MIXED_PERIODS, exit 2, nothing on stdout (was TOTAL 1.300 / 950 / 520, exit 0)', () => {
    const r = run([KV1, KV2, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['MIXED_PERIODS']);
    expect(r.stderr).toContain('1/10/2025–30/9/2026, 1/7/2026–30/9/2026');
  });

  it('--previous last year\'s whole year: no change, PERIODS_DIFFER; the paragraph names the quarter (was "giảm 500 việc", "giảm 50,00%")', () => {
    const r = run([KV1, '--previous', KV1_2025, '--format', 'text', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['PERIODS_DIFFER']);
    expect(r.stderr).toContain("the input's period is 1/7/2026–30/9/2026");
    expect(r.stdout).toContain('Từ 1/7/2026 đến 30/9/2026 (năm thống kê 2026)');
    // 100 / 400 = 25,00 %
    expect(r.stdout).toContain('đã giải quyết xong 100/400 việc có điều kiện giải quyết, đạt 25,00%');
    expect(r.stdout).not.toContain('so với năm 2025');
    expect(r.stdout).not.toContain('Năm 2026 (từ 1/10/2025');
  });

  it.each([
    ['Từ ngày 01/7 đến ngày 30/9/2026'],
    ['(Từ ngày 01 tháng 7 đến ngày 30 tháng 9 năm 2026)'],
    ['Từ 1/7 - 30/9/2026'],
    ['Số liệu từ ngày 01/7 đến hết ngày 30/9/2026'],
    ['Từ tháng 7 đến tháng 9 năm 2026'],
    ['Từ tháng 7 đến tháng 9/2026'],
  ])('"%s": the quarter, both readers', async (words) => {
    const r = await both('Ninh Bình 2026.csv', office(1, words, KV1_ROW));
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toEqual(QUARTER);
  });

  it('"Từ ngày 01/4 đến ngày 30/9/2026": the last six months, 1/4/2026–30/9/2026', async () => {
    const r = await both('Ninh Bình 2026.csv', office(1, 'Từ ngày 01/4 đến ngày 30/9/2026', KV1_ROW));
    expect(period(r.stdout)).toEqual({ start: '2026-04-01', end: '2026-09-30', months: 6 });
  });

  it('the xlsx twin: the quarter', async () => {
    const lines = office(1, 'Từ ngày 01/7 đến ngày 30/9/2026', KV1_ROW).map((l) => l.replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'KV1 2026.xlsx', lines, ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toEqual(QUARTER);
  });
});

describe('controls: near shapes keep their reading', () => {
  it('"Từ ngày 01/10 đến ngày 31/3/2026": six months from 1/10/2025, as before', async () => {
    const r = await both('Ninh Bình 2026.csv', office(1, 'Từ ngày 01/10 đến ngày 31/3/2026', KV1_ROW));
    expect(period(r.stdout)).toEqual({ start: '2025-10-01', end: '2026-03-31', months: 6 });
  });

  it('"Từ ngày 01 tháng 10 đến ngày 30 tháng 6 năm 2026", "Từ tháng 10 đến tháng 6/2026": nine months from 1/10/2025', async () => {
    for (const words of ['Từ ngày 01 tháng 10 đến ngày 30 tháng 6 năm 2026', 'Từ tháng 10 đến tháng 6/2026']) {
      const r = await both('Ninh Bình 2026.csv', office(1, words, KV1_ROW));
      expect(period(r.stdout)).toEqual({ start: '2025-10-01', end: '2026-06-30', months: 9 });
    }
  });

  it('"Từ ngày 01/10 đến ngày 30/9/2026" and the quarter dated "Từ ngày 01/7/2026 đến ngày 30/9/2026": as before', async () => {
    expect(period((await both('Ninh Bình 2026.csv', office(1, 'Từ ngày 01/10 đến ngày 30/9/2026', KV1_ROW))).stdout)).toBeNull();
    expect(period((await both('Ninh Bình 2026.csv', office(1, 'Từ ngày 01/7/2026 đến ngày 30/9/2026', KV1_ROW))).stdout)).toEqual(QUARTER);
  });

  it('two year-end reports, one with its first day yearless ("Từ ngày 01/10 đến ngày 30/9/2026"): added, 800 + 700 = 1.500, 420 + 400 = 820 / 1.050 = 78,10 %', () => {
    const r = run([KV2, KV3, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const [head, ...rows] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const total = rows.find((row) => row[head!.indexOf('district')] === 'TOTAL')!;
    const pick = (k: string) => total[head!.indexOf(k)];
    expect([pick('cases_total'), pick('cases_with_conditions'), pick('cases_resolved'), pick('cases_rate')]).toEqual(['1500', '1050', '820', '78.10']);
  });
});
