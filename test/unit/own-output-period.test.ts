// thads' own outputs of a run shorter than its statistics year (a six-month report) keep its
// period (round 69c, 03): the workbook states it on a line over its table, which the title reader
// reads back, so its figures are never added to a year-end report's (MIXED_PERIODS) nor compared
// with one as last year (PERIODS_DIFFER); the JSON carries a "period" member. A whole year's
// outputs are as before (the golden tests hold their bytes). Expected figures worked out by hand.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';
import { firstCell } from '../helpers/first-cell.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, file: write } = fileTree('thads-own-period-');

const HEAD = 'Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
/** Year-end 2019 (the name states the year): 100 + 50 = 150 with conditions, 80 + 45 = 125 resolved */
const ND_2019 = write('Nam Định 2019.csv', [HEAD, 'Nam Định,Mỹ Lộc,100,80', 'Nam Định,Vụ Bản,50,45']);
/** Six months 1/10/2018–31/3/2019 (the name states it): 60 + 40 = 100, 30 + 20 = 50 */
const NB_6M_2019 = write('Ninh Bình 6 tháng 2019.csv', [HEAD, 'Ninh Bình,Kim Sơn,60,30', 'Ninh Bình,Yên Mô,40,20']);
/** Six months 1/10/2018–31/3/2019: 40 + 30 = 70 with conditions, 30 + 20 = 50 resolved */
const ND_6M_2019 = write('Nam Định 6 tháng 2019.csv', [HEAD, 'Nam Định,Mỹ Lộc,40,30', 'Nam Định,Vụ Bản,30,20']);
/** Six months 1/10/2017–31/3/2018, the same offices (else no total is compared): 60 + 30 = 90, 40 + 20 = 60 */
const ND_6M_2018 = write('Nam Định 6 tháng 2018.csv', [HEAD, 'Nam Định,Mỹ Lộc,60,40', 'Nam Định,Vụ Bản,30,20']);
/** Year-end 2018, the same offices: 90, 60 */
const ND_2018 = write('Nam Định 2018.csv', [HEAD, 'Nam Định,Mỹ Lộc,60,40', 'Nam Định,Vụ Bản,30,20']);

/** Writes thads' output of `source` to `name` (the name states no period); its path. */
async function output(source: string, name: string, args: readonly string[] = []): Promise<string> {
  const out = join(dir, name);
  const r = await runThads(['summarize', source, ...args, '-o', out]);
  expect(r.code, r.stderr).toBe(0);
  return out;
}


/** The CSV total row's columns `names`, joined by "|". */
function total(csv: string, names: readonly string[]): string {
  const [head, ...rows] = csv.trim().split('\n');
  const cols = head!.split(',');
  const last = rows.at(-1)!.split(',');
  return names.map((n) => last[cols.indexOf(n)]).join('|');
}

describe("thads' own workbook of a six-month run keeps its period", () => {
  it('states it over the table, in either language; a year-end workbook has no such line', async () => {
    expect(await firstCell(await output(NB_6M_2019, 'nb-vi.xlsx', ['--by', 'province', '--lang', 'vi']))).toBe('Từ 1/10/2018 đến 31/3/2019 (năm thống kê 2019)');
    expect(await firstCell(await output(NB_6M_2019, 'nb-en.xlsx', ['--by', 'province', '--lang', 'en']))).toBe('From 1/10/2018 to 31/3/2019 (statistics year 2019)');
    // the year-end one opens with its header: the measure ("Việc") over its columns from C1, A1 empty
    expect(await firstCell(await output(ND_2019, 'nd-vi.xlsx', ['--by', 'province', '--lang', 'vi']))).toBe(null);
  });

  for (const lang of ['vi', 'en']) {
    it(`added to a year-end province's workbook (${lang}): refused as the raw files are, never 150 + 100 as the year 2019`, async () => {
      const nd = await output(ND_2019, `sum-nd-${lang}.xlsx`, ['--by', 'province', '--lang', lang]);
      const nb = await output(NB_6M_2019, `sum-nb-${lang}.xlsx`, ['--by', 'province', '--lang', lang]);
      const r = await runThads(['summarize', nd, nb, '--by', 'province', '--format', 'csv']);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('error: the input holds reports of one year whose periods end on different days (31/3/2019, 30/9/2019), which are never added together [MIXED_PERIODS]');
      expect(r.code).toBe(2);
    });
  }

  it('over-reach: two six-month workbooks of one period add up, as six months: 70 + 100 = 170, 50 + 50 = 100, 58.82 %', async () => {
    const nd = await output(ND_6M_2019, 'six-nd.xlsx', ['--by', 'province']);
    const nb = await output(NB_6M_2019, 'six-nb.xlsx', ['--by', 'province']);
    const r = await runThads(['summarize', nd, nb, '--by', 'province', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // 100 / 170 = 0.588235… → 58.82
    expect(total(r.stdout, ['year', 'cases_with_conditions', 'cases_resolved', 'cases_rate'])).toBe('2019|170|100|58.82');
    const text = await runThads(['summarize', nd, nb, '--by', 'none', '--format', 'text', '--lang', 'vi']);
    expect(text.stdout).toMatch(/^Từ 1\/10\/2018 đến 31\/3\/2019 \(năm thống kê 2019\)/);
  });

  it('over-reach: two year-end workbooks add up as before: 150 + 150 = 300, 125 + 125 = 250, 83.33 %', async () => {
    const nd = await output(ND_2019, 'year-nd.xlsx', ['--by', 'province']);
    const other = await output(write('Thái Bình 2019.csv', [HEAD, 'Thái Bình,Vũ Thư,150,125']), 'year-tb.xlsx', ['--by', 'province']);
    const r = await runThads(['summarize', nd, other, '--by', 'province', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // 250 / 300 = 0.83333… → 83.33
    expect(total(r.stdout, ['year', 'cases_with_conditions', 'cases_resolved', 'cases_rate'])).toBe('2019|300|250|83.33');
  });

  for (const lang of ['vi', 'en']) {
    it(`last year's six-month workbook as --previous of a year-end report (${lang}): no change, PERIODS_DIFFER, never +16.67 on the year`, async () => {
      const previous = await output(ND_6M_2018, `prev-six-${lang}.xlsx`, ['--lang', lang]);
      const r = await runThads(['summarize', ND_2019, '--previous', previous, '--by', 'none', '--format', 'csv']);
      expect(r.code).toBe(0);
      expect(r.stderr).not.toContain('ONE_YEAR_ONLY');
      // 125 / 150 = 83.33 %; the change would have been 83.333… − 66.666… = 16.67 pp: empty
      expect(total(r.stdout, ['cases_rate', 'cases_total_change', 'cases_rate_change'])).toBe('83.33||');
      expect(r.stderr).toContain("warning: no change on last year is computed: the input's period ends on 30/9/2019, the previous files' on 31/3/2018, not on the same day of the year [PERIODS_DIFFER]");
    });
  }

  it('over-reach: a six-month workbook as --previous of six months is compared (cùng kỳ): 71.43 − 66.67 = +4.76', async () => {
    const previous = await output(ND_6M_2018, 'prev-six-like.xlsx');
    const r = await runThads(['summarize', ND_6M_2019, '--previous', previous, '--by', 'none', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 50/70 = 71.428571…, 60/90 = 66.666666…: 4.761904… → 4.76
    expect(total(r.stdout, ['cases_rate', 'cases_rate_change'])).toBe('71.43|4.76');
  });

  it('over-reach: a year-end workbook as --previous of a year-end report is compared as before: 83.33 − 66.67 = +16.67', async () => {
    const previous = await output(ND_2018, 'prev-year.xlsx');
    const r = await runThads(['summarize', ND_2019, '--previous', previous, '--by', 'none', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 125/150 = 83.333…, 60/90 = 66.666…: 16.666… → 16.67
    expect(total(r.stdout, ['cases_rate', 'cases_rate_change'])).toBe('83.33|16.67');
  });
});

describe('the JSON of a run shorter than its year states its period', () => {
  async function json(source: string): Promise<string> {
    const r = await runThads(['summarize', source, '--by', 'none', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    return r.stdout;
  }

  it('six months from 1 October: start, end and 6 months, after "unit"', async () => {
    expect(await json(NB_6M_2019)).toMatch(/^\{\n {2}"version": 1,\n {2}"year": 2019,\n {2}"unit": "dong",\n {2}"period": \{\n {4}"start": "2018-10-01",\n {4}"end": "2019-03-31",\n {4}"months": 6\n {2}\},\n {2}"groups": \[\],\n/);
  });

  it('a quarter its title states in days: 1/1–31/3/2019, 3 months; a period ending inside a month has no count of months', async () => {
    const quarter = write('quy-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', '(Từ ngày 01/01/2019 đến ngày 31/3/2019)', HEAD, 'Nam Định,Mỹ Lộc,70,50']);
    expect(JSON.parse(await json(quarter)).period).toEqual({ start: '2019-01-01', end: '2019-03-31', months: 3 });
    const odd = write('ky-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', '(Từ ngày 01/10/2018 đến ngày 15/3/2019)', HEAD, 'Nam Định,Mỹ Lộc,70,50']);
    expect(JSON.parse(await json(odd)).period).toEqual({ start: '2018-10-01', end: '2019-03-15', months: null });
  });

  it('over-reach: a whole year has no "period" member', async () => {
    const doc = JSON.parse(await json(ND_2019));
    expect(Object.keys(doc)).toEqual(['version', 'year', 'unit', 'groups', 'total', 'warnings']);
  });
});
