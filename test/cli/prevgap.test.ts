// --previous given files two or more years before the input's: 2017's for a 2019 report. The
// fault: read silently as "last year" — exit 0, no word on stderr, the change columns 2019 against
// 2017 under headers and prose a reader takes for the year before. Right: compared all the same,
// against the year the files state ("so với năm 2017", "on 2017", never "năm trước"), with one
// PREVIOUS_YEAR_GAP warning naming both years (previous-files.ts yearGap; --strict refuses it).
// Controls keep today's reading: 2018's files for 2019 (no warning), a Năm column of 2017 and 2018
// (its 2018 rows read), an input of several years (--by year: its earliest compared), a later year
// refused as before. Every change below is worked out by hand from the figures written here.
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook, writeSheetsWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-prevgap-');

const HEAD = 'district,cases_total,cases_with_conditions,cases_resolved';
// 2019: total 500 + 300 = 800; resolved 300 + 150 = 450 of 400 + 200 = 600 with conditions: 75.00 %
const NOW = [HEAD, 'Mỹ Lộc,500,400,300', 'Vụ Bản,300,200,150'];
// 2017: total 450 + 320 = 770; resolved 280 + 175 = 455 of 400 + 250 = 650: 70.00 %
// → change on 2017: 800 − 770 = +30 cases, 75.00 − 70.00 = +5.00 pp
const Y2017 = [HEAD, 'Mỹ Lộc,450,400,280', 'Vụ Bản,320,250,175'];
// 2018: total 480 + 310 = 790; resolved 290 + 140 = 430 of 400 + 200 = 600: 71.67 %
// → change on 2018: 800 − 790 = +10 cases, 75.00 − 71.67 = +3.33 pp
const Y2018 = [HEAD, 'Mỹ Lộc,480,400,290', 'Vụ Bản,310,200,140'];

const nowCsv = file('viec-2019.csv', NOW);
const prev2017 = file('viec-2017.csv', Y2017);
const prev2018 = file('viec-2018.csv', Y2018);

function run(args: readonly string[]) {
  const r = spawnThads(['summarize', ...args], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

/** CSV output rows by district (TOTAL rows by "TOTAL <year>"), as header → cell. */
function csvRows(stdout: string): Record<string, Record<string, string>> {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const out: Record<string, Record<string, string>> = {};
  for (const r of rows) {
    const rec = Object.fromEntries(head!.map((h, i) => [h, r[i] ?? '']));
    out[rec.district === 'TOTAL' ? `TOTAL ${rec.year}` : rec.district!] = rec;
  }
  return out;
}
const change = (rec: Record<string, string> | undefined) => [rec?.cases_total, rec?.cases_total_change, rec?.cases_rate_change];

describe('--previous two years before the input (2017 for 2019)', () => {
  it('is compared against 2017 with a PREVIOUS_YEAR_GAP warning naming both years (exit 0)', () => {
    const r = run([nowCsv, '--previous', prev2017, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['PREVIOUS_YEAR_GAP']);
    expect(r.stderr).toMatch(/^viec-2017\.csv: warning: .*2017.*2019.*\[PREVIOUS_YEAR_GAP\]$/m);
    const rows = csvRows(r.stdout);
    expect(change(rows['TOTAL 2019'])).toEqual(['800', '30', '5.00']);
    // Mỹ Lộc 500 − 450 = +50, 75.00 − 70.00 = +5.00; Vụ Bản 300 − 320 = −20, 75.00 − 70.00 = +5.00
    expect(change(rows['Mỹ Lộc'])).toEqual(['500', '50', '5.00']);
    expect(change(rows['Vụ Bản'])).toEqual(['300', '-20', '5.00']);
  });

  it('says so in JSON warnings too', () => {
    const r = run([nowCsv, '--previous', prev2017, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { total: { cases: { totalChange: string; rateChange: string } }; warnings: { code: string; message: string }[] };
    expect([json.total.cases.totalChange, json.total.cases.rateChange]).toEqual(['30', '5.00']);
    expect(json.warnings.map((w) => w.code)).toEqual(['PREVIOUS_YEAR_GAP']);
    expect(json.warnings[0]!.message).toContain('2017');
    expect(json.warnings[0]!.message).toContain('2019');
  });

  it('the Vietnamese paragraph says "so với năm 2017", never "năm trước"', () => {
    const r = run([nowCsv, '--previous', prev2017, '--format', 'text', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['PREVIOUS_YEAR_GAP']);
    expect(r.stdout).toContain('tổng số thụ lý 800 việc, tăng 30 việc so với năm 2017');
    expect(r.stdout).toContain('tỷ lệ giải quyết xong tăng 5,00% so với năm 2017');
    expect(r.stdout).not.toContain('năm trước');
    expect(r.stdout).not.toContain('so với năm 2018');
  });

  it('the English paragraph says "on 2017", never "last year"', () => {
    const r = run([nowCsv, '--previous', prev2017, '--format', 'text', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['PREVIOUS_YEAR_GAP']);
    expect(r.stdout).toContain('accepted 800 cases in total, 30 more than in 2017');
    expect(r.stdout).toContain('up 5.00 pp on 2017');
    expect(r.stdout).not.toMatch(/last year|previous year/);
  });

  it('--strict refuses it (exit 1)', () => {
    const r = run([nowCsv, '--previous', prev2017, '--strict']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['PREVIOUS_YEAR_GAP']);
  });

  it('xlsx twin: a 2019 workbook against a 2017 workbook warns the same and compares with 2017', async () => {
    const prevXlsx = await writeSheetsWorkbook(dir, 'viec-2017.xlsx', { Sheet1: [['district', 'cases_total', 'cases_with_conditions', 'cases_resolved'], ['Mỹ Lộc', 450, 400, 280], ['Vụ Bản', 320, 250, 175]] });
    const r = await summarizeLinesWorkbook(dir, 'viec-2019.xlsx', NOW.map((l) => l.replace(/,/g, ';')), ['--previous', prevXlsx, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['PREVIOUS_YEAR_GAP']);
    expect(change(csvRows(r.stdout)['TOTAL 2019'])).toEqual(['800', '30', '5.00']);
  });
});

describe('controls: read as today', () => {
  it("2018's files for 2019: no warning, the change on 2018", () => {
    const r = run([nowCsv, '--previous', prev2018, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(change(csvRows(r.stdout)['TOTAL 2019'])).toEqual(['800', '10', '3.33']);
    const vi = run([nowCsv, '--previous', prev2018, '--format', 'text', '--lang', 'vi']);
    expect(vi.stderr).toBe('');
    expect(vi.stdout).toContain('tổng số thụ lý 800 việc, tăng 10 việc so với năm 2018');
    expect(vi.stdout).toContain('tỷ lệ giải quyết xong tăng 3,33% so với năm 2018');
    const en = run([nowCsv, '--previous', prev2018, '--format', 'text', '--lang', 'en']);
    expect(en.stderr).toBe('');
    expect(en.stdout).toContain('accepted 800 cases in total, 10 more than in 2018');
    expect(en.stdout).toContain('up 3.33 pp on 2018');
  });

  it('the shipped fixtures, 2018.csv for 2019.csv: no warning', () => {
    const r = spawnThads(['summarize', 'fixtures/2019.csv', '--previous', 'fixtures/2018.csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('a Năm column of 2017 and 2018: its 2018 rows are read, no warning', () => {
    const both = file('truoc.csv', ['district,year,cases_total,cases_with_conditions,cases_resolved', 'Mỹ Lộc,2017,450,400,280', 'Vụ Bản,2017,320,250,175', 'Mỹ Lộc,2018,480,400,290', 'Vụ Bản,2018,310,200,140']);
    const r = run([nowCsv, '--previous', both, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(change(csvRows(r.stdout)['TOTAL 2019'])).toEqual(['800', '10', '3.33']);
  });

  describe('an input of several years (--by year): its earliest year is the one compared', () => {
    // 2020: total 600 + 400 = 1000; resolved 400 + 240 = 640 of 500 + 300 = 800: 80.00 % (not compared)
    const multi = file('viec-nhieu-nam.csv', ['district,year,cases_total,cases_with_conditions,cases_resolved', 'Mỹ Lộc,2019,500,400,300', 'Vụ Bản,2019,300,200,150', 'Mỹ Lộc,2020,600,500,400', 'Vụ Bản,2020,400,300,240']);

    it('2018 before 2019: no gap, 2020 not compared (ONE_YEAR_ONLY, as today)', () => {
      const r = run([multi, '--by', 'year', '--previous', prev2018, '--format', 'csv']);
      expect(r.code, r.stderr).toBe(0);
      expect(stderrCodes(r.stderr)).toEqual(['ONE_YEAR_ONLY']);
      const rows = csvRows(r.stdout);
      expect(change(rows['TOTAL 2019'])).toEqual(['800', '10', '3.33']);
      expect(change(rows['TOTAL 2020'])).toEqual(['1000', '', '']);
    });

    it('2017 before 2019: the same figures, and the gap said', () => {
      const r = run([multi, '--by', 'year', '--previous', prev2017, '--format', 'csv']);
      expect(r.code, r.stderr).toBe(0);
      expect(stderrCodes(r.stderr)).toEqual(['PREVIOUS_YEAR_GAP', 'ONE_YEAR_ONLY']);
      const rows = csvRows(r.stdout);
      expect(change(rows['TOTAL 2019'])).toEqual(['800', '30', '5.00']);
      expect(change(rows['TOTAL 2020'])).toEqual(['1000', '', '']);
    });
  });

  it('a later year as --previous is still a usage error (exit 2)', () => {
    const later = file('viec-2020.csv', Y2018);
    const r = run([nowCsv, '--previous', later]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--previous must be an earlier year than the input');
  });
});
