// A quarter's days written in the file name as a bare range — "KV1 01.07.2026-30.09.2026.csv",
// "KV1 (01.7-30.9.2026).csv", "KV1 01-07-2026 - 30-09-2026.csv" — under a title that states no
// period: the name's reader dropped the range's dash and read no period, so the quarter was the
// whole statistics year 2026 (1/10/2025–30/9/2026). Beside KV2's year-end report it was added in:
// TOTAL 500 + 800 = 1.300 việc, 400 + 550 = 950 có ĐK, 100 + 420 = 520 xong, exit 0. Right: the
// name's range is the file's period, as "KV1 tu 01.07.2026 den 30.09.2026.csv" already was —
// MIXED_PERIODS (exit 2) beside a year-end report; under a title "Năm 2026" the two disagree
// (YEAR_CONFLICT, exit 1, as with "tu … den …"). "BC 01.10.2025-31.03.2026.csv" (--year 2026)
// is six months. Controls keep their reading: a year alone, a sending day, a range of sending
// days and a range that is exactly the statistics year are added to KV2's year (1.300, exit 0).
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { KV1_ROW, QUARTER, khuVucReport as office, khuVucTree, periodOf as period } from '../helpers/khu-vuc-reports.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

// KV1's figures: 500 thụ lý, 400 có ĐK, 100 xong = 25,00 % (KV1_ROW)
// KV2's year 1/10/2025–30/9/2026: 800, 550, 420 = 76,36 % (KV2 2026.csv)
const { dir, file, KV2, thads } = khuVucTree('thads-namerange-');
const kv1 = (name: string, title = '') => file(name, office(1, title, KV1_ROW));

const run = (args: readonly string[]) => thads(['summarize', '--measure', 'cases', ...args]);
const total = (stdout: string) => {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const row = rows.find((r) => r[head!.indexOf('district')] === 'TOTAL')!;
  return ['cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => row[head!.indexOf(k)]);
};
const { both } = bothReaders('thads-namerange-b-', ['--format', 'json']);

describe('a bare range of two days in a file name is the file\'s period', () => {
  it.each([['KV1 01.07.2026-30.09.2026.csv'], ['KV1 (01.7-30.9.2026).csv'], ['KV1 01-07-2026 - 30-09-2026.csv'], ['KV1 tu 01.07.2026 den 30.09.2026.csv']])(
    '"%s" beside KV2\'s year-end report: MIXED_PERIODS, exit 2, nothing on stdout (was TOTAL 1.300 / 950 / 520, exit 0)',
    (name) => {
      const r = run([kv1(name), KV2, '--format', 'csv']);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stdout).toBe('');
      expect(stderrCodes(r.stderr)).toEqual(['MIXED_PERIODS']);
      expect(r.stderr).toContain('1/10/2025–30/9/2026, 1/7/2026–30/9/2026');
    },
  );

  it('"BC 01.10.2025-31.03.2026.csv" --year 2026 beside KV2\'s year: six months, MIXED_PERIODS (31/3/2026 vs 30/9/2026), exit 2', () => {
    const r = run([kv1('BC 01.10.2025-31.03.2026.csv'), KV2, '--year', '2026', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['MIXED_PERIODS']);
    expect(r.stderr).toContain('31/3/2026, 30/9/2026');
  });

  it('under a title "Năm 2026": refused YEAR_CONFLICT (exit 1), as the "tu … den …" name is', () => {
    for (const name of ['KV1 01.07.2026-30.09.2026.csv', 'KV1 tu 01.07.2026 den 30.09.2026.csv']) {
      const r = run([file(`t/${name}`, office(1, 'Năm 2026', KV1_ROW)), KV2, '--format', 'csv']);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      expect(stderrCodes(r.stderr)).toEqual(['YEAR_CONFLICT']);
      expect(r.stderr).toContain('the file name the period from 1/7/2026 to 30/9/2026');
    }
  });

  it.each([['KV1 01.07.2026-30.09.2026.csv'], ['KV1 (01.7-30.9.2026).csv'], ['KV1 01-07-2026 - 30-09-2026.csv']])('"%s" alone: the quarter, both readers', async (name) => {
    const r = await both(name, office(1, '', KV1_ROW));
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toEqual(QUARTER);
  });

  it('"KV1 01.10-31.3.2026.csv": the first day\'s year is the one before the last\'s, six months 1/10/2025–31/3/2026', async () => {
    const r = await both('KV1 01.10-31.3.2026.csv', office(1, '', KV1_ROW));
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toEqual({ start: '2025-10-01', end: '2026-03-31', months: 6 });
  });

  it('the xlsx twin "KV1 01.07.2026-30.09.2026.xlsx": the quarter', async () => {
    const lines = office(1, '', KV1_ROW).map((l) => l.replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'KV1 01.07.2026-30.09.2026.xlsx', lines, ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toEqual(QUARTER);
  });
});

describe('controls: a year alone, sending days and the statistics year\'s own range read as before', () => {
  // 500 + 800 = 1.300, 400 + 550 = 950, 100 + 420 = 520; 520 / 950 = 54,74 %
  it.each([['c/KV1 2026.csv', []], ['c/KV1 08.10.2026.csv', []], ['c/KV1 01.10.2025 - 30.09.2026.csv', ['--year', '2026']]])(
    '"%s" beside KV2\'s year: added, TOTAL 1.300 / 950 / 520 / 54,74 %%, exit 0',
    (name, extra) => {
      const r = run([kv1(name), KV2, ...extra, '--format', 'csv']);
      expect(r.code, r.stderr).toBe(0);
      expect(total(r.stdout)).toEqual(['1300', '950', '520', '54.74']);
    },
  );

  it('a range of sending days "KV1 05.09.2026 - 15.09.2026.csv" states no period: alone, no period in the output', async () => {
    const r = await both('KV1 05.09.2026 - 15.09.2026.csv', office(1, '', KV1_ROW));
    expect(r.code, r.stderr).toBe(0);
    expect(period(r.stdout)).toBeNull();
  });
});
