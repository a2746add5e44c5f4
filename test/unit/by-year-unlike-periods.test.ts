// A workbook of several years (--by year) states one period over its table: the days of a run
// shorter than its year, or the same days of each year ("Từ 1/10 đến 31/3 của mỗi năm thống kê").
// Years that cover different parts of their years (year-end 2018 beside six months of 2019; six
// months beside nine) have none it could state: written without a line, it read back as year-ends
// and the six months of 2019 were compared with the year-end 2020 (+2.607 việc, +4,87 pp, exit 0;
// round 71b, 02). Such a workbook is refused before anything is written (exit 2); runs of like
// periods write as before. Figures worked out by hand.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unlikeParts } from '../../src/output/period-words.js';
import { runThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { NAM_DINH_HEAD, NAM_DINH_TOP, NAM_DINH_UNIT } from '../helpers/nam-dinh-form.js';
import { firstCell } from '../helpers/first-cell.js';

const tree = fileTree('thads-by-year-unlike-');
const dir = tree.dir;
const write = (name: string, lines: readonly string[]): string => tree.write({ [name]: lines })[0]!;

const HEAD = NAM_DINH_HEAD;
const TOP = NAM_DINH_TOP;
const UNIT = NAM_DINH_UNIT;
/** Year-end 2018: cases 586 + 655 + 298 = 1539, 533 + 630 + 276 = 1439 resolved (93,50 %) */
const YEAR_2018 = write('Báo cáo năm 2018.csv', [...TOP, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018,,,,,,', UNIT, HEAD,
  '1,Mỹ Lộc,586,533,9565824,8009735,', '2,Vụ Bản,655,630,16389337,14490040,', '3,Ý Yên,298,276,9770952,8385244,', 'Tổng cộng,,1539,1439,35726113,30885019,']);
/** Year-end 2019: the same figures as 2018's (93,50 %) */
const YEAR_2019 = write('Báo cáo năm 2019.csv', [...TOP, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019,,,,,,', UNIT, HEAD,
  '1,Mỹ Lộc,586,533,9565824,8009735,', '2,Vụ Bản,655,630,16389337,14490040,', '3,Ý Yên,298,276,9770952,8385244,', 'Tổng cộng,,1539,1439,35726113,30885019,']);
/** Year-end 2020: the same figures again (93,50 %) */
const YEAR_2020 = write('Báo cáo năm 2020.csv', [...TOP, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2020,,,,,,', UNIT, HEAD,
  '1,Mỹ Lộc,586,533,9565824,8009735,', '2,Vụ Bản,655,630,16389337,14490040,', '3,Ý Yên,298,276,9770952,8385244,', 'Tổng cộng,,1539,1439,35726113,30885019,']);
/** Six months 1/10/2017–31/3/2018: cases 500 + 600 + 300 = 1400, 250 + 300 + 150 = 700 resolved (50,00 %) */
const SIX_2018 = write('Báo cáo 6 tháng năm 2018.csv', [...TOP, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2018,,,,,,', '(Từ ngày 01/10/2017 đến ngày 31/3/2018),,,,,,', UNIT, HEAD,
  '1,Mỹ Lộc,500,250,9000000,3000000,', '2,Vụ Bản,600,300,15000000,6000000,', '3,Ý Yên,300,150,9000000,3000000,', 'Tổng cộng,,1400,700,33000000,12000000,']);
/** Six months 1/10/2018–31/3/2019: cases 1539, 333 + 330 + 176 = 839 resolved (839/1539 = 54,516 %) */
const SIX_2019 = write('Báo cáo 6 tháng năm 2019.csv', [...TOP, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2019,,,,,,', '(Từ ngày 01/10/2018 đến ngày 31/3/2019),,,,,,', UNIT, HEAD,
  '1,Mỹ Lộc,586,333,9565824,4009735,', '2,Vụ Bản,655,330,16389337,7490040,', '3,Ý Yên,298,176,9770952,4385244,', 'Tổng cộng,,1539,839,35726113,15885019,']);
/** Nine months 1/10/2018–30/6/2019: cases 1539, 450 + 500 + 230 = 1180 resolved; money 6000000 + 11000000 + 6500000 = 23500000 */
const NINE_2019 = write('Báo cáo 9 tháng năm 2019.csv', [...TOP, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 9 THÁNG NĂM 2019,,,,,,', '(Từ ngày 01/10/2018 đến ngày 30/6/2019),,,,,,', UNIT, HEAD,
  '1,Mỹ Lộc,586,450,9565824,6000000,', '2,Vụ Bản,655,500,16389337,11000000,', '3,Ý Yên,298,230,9770952,6500000,', 'Tổng cộng,,1539,1180,35726113,23500000,']);

const HINT = '  hint: write --format json (its "period" lists each year\'s), or run each year apart: a workbook or Markdown table of one year states its own period\n';
const refusal = (years: string) =>
  `thads: error: the years of this run cover different parts of their years (${years}), which a workbook cannot state per year: read back, the shorter ones would be whole years [WORKBOOK_PERIODS_DIFFER]\n${HINT}`;


/** Each TOTAL row of a CSV: its columns `names` joined by "|", the rows by " / ". */
function totals(csv: string, names: readonly string[]): string {
  const [head, ...rows] = csv.trim().split('\n');
  const cols = head!.split(',');
  return rows.map((r) => r.split(',')).filter((r) => r[cols.indexOf('district')] === 'TOTAL').map((r) => names.map((n) => r[cols.indexOf(n)]).join('|')).join(' / ');
}

describe('a --by year workbook over years of different parts of their years is refused', () => {
  for (const [lang, by] of [['vi', 'year'], ['en', 'year,district']] as const) {
    it(`year-end 2018 beside six months of 2019 (--lang ${lang}, --by ${by}): exit 2, nothing written`, async () => {
      const out = join(dir, `mixed-${lang}.xlsx`);
      const r = await runThads(['summarize', YEAR_2018, SIX_2019, '--by', by, '--lang', lang, '-o', out]);
      expect(r.stderr).toBe(refusal('2018: the whole year; 2019: 1/10/2018–31/3/2019'));
      expect(r.stdout).toBe('');
      expect(r.code).toBe(2);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('six months of 2018 beside nine of 2019: exit 2', async () => {
    const out = join(dir, 'six-nine.xlsx');
    const r = await runThads(['summarize', SIX_2018, NINE_2019, '--by', 'year', '--format', 'xlsx', '-o', out]);
    expect(r.stderr).toBe(refusal('2018: 1/10/2017–31/3/2018; 2019: 1/10/2018–30/6/2019'));
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('six months of 2018 beside the year-end 2019, to standard output: exit 2, no bytes', async () => {
    const r = await runThads(['summarize', SIX_2018, YEAR_2019, '--by', 'year', '--format', 'xlsx']);
    expect(r.stderr).toBe(refusal('2018: 1/10/2017–31/3/2018; 2019: the whole year'));
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });

  it('a workbook already at the --output path is left as it was', async () => {
    const out = write('existing.xlsx', ['not replaced']);
    const r = await runThads(['summarize', YEAR_2018, SIX_2019, '--by', 'year', '-o', out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('not replaced\n');
  });

  it("the same run's JSON still lists 2019's six months, and its six-month file as --previous gives no change (PERIODS_DIFFER)", async () => {
    const json = await runThads(['summarize', YEAR_2018, SIX_2019, '--by', 'year', '--format', 'json']);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).period).toEqual([{ year: 2019, start: '2018-10-01', end: '2019-03-31', months: 6 }]);
    // had the workbook been read back as year-ends: 1439/1539 − 839/1539 = 93,50 − 54,52 = +38,99 pp on six months
    const r = await runThads(['summarize', YEAR_2020, '--previous', SIX_2019, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('[PERIODS_DIFFER]');
    expect(totals(r.stdout, ['year', 'cases_rate', 'cases_rate_change'])).toBe('2020|93.50|');
  });

  it('the pure rule: whole years and like parts name nothing; unlike parts are each named', () => {
    const six = (y: number) => ({ start: `${y - 1}-10-01`, end: `${y}-03-31` });
    expect(unlikeParts([2018, 2019], new Map())).toBe(null);
    expect(unlikeParts([2018, 2019], undefined)).toBe(null);
    expect(unlikeParts([2018, 2019], new Map([[2018, six(2018)], [2019, six(2019)]]))).toBe(null);
    expect(unlikeParts([2018, 2019], new Map([[2019, six(2019)]]))).toEqual(['2018: the whole year', '2019: 1/10/2018–31/3/2019']);
  });
});

describe('over-reach: workbooks of like periods are written and read back as before', () => {
  it('two six-month years: the line of each year, read back each its six months (50,00 %, 54,52 %)', async () => {
    const out = join(dir, 'six-six.xlsx');
    const w = await runThads(['summarize', SIX_2018, SIX_2019, '--by', 'year', '--lang', 'en', '-o', out]);
    expect(w.code, w.stderr).toBe(0);
    expect(await firstCell(out)).toBe('From 1/10 to 31/3 of each statistics year');
    const r = await runThads(['summarize', out, '--by', 'year', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const back = JSON.parse(r.stdout);
    expect(back.period).toEqual([{ year: 2018, start: '2017-10-01', end: '2018-03-31', months: 6 }, { year: 2019, start: '2018-10-01', end: '2019-03-31', months: 6 }]);
    // 700/1400 = 50,00 %; 839/1539 = 54,516 % → 54.52
    expect(back.totals.map((t: { year: number; cases: { rate: string } }) => `${t.year}|${t.cases.rate}`)).toEqual(['2018|50.00', '2019|54.52']);
  });

  it('two year-ends: no line, read back as year-ends: 2019 against 2018 +0,00 pp (1439/1539 both)', async () => {
    const out = join(dir, 'whole-whole.xlsx');
    const w = await runThads(['summarize', YEAR_2018, YEAR_2019, '--by', 'year', '-o', out]);
    expect(w.code, w.stderr).toBe(0);
    expect(await firstCell(out)).toBe(null);
    const r = await runThads(['summarize', YEAR_2020, '--previous', out, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('PERIODS_DIFFER');
    // 1439/1539 − 1439/1539 = 93,50 − 93,50 = 0,00 pp (the files give no total column: no cases change)
    expect(totals(r.stdout, ['year', 'cases_rate', 'cases_rate_change'])).toBe('2020|93.50|0.00');
  });

  it('six months of one year alone --by year: its dated line, read back as six months (PERIODS_DIFFER against a year-end)', async () => {
    const out = join(dir, 'six-alone.xlsx');
    const w = await runThads(['summarize', SIX_2019, '--by', 'year', '--lang', 'vi', '-o', out]);
    expect(w.code, w.stderr).toBe(0);
    expect(await firstCell(out)).toBe('Từ 1/10/2018 đến 31/3/2019 (năm thống kê 2019)');
    const r = await runThads(['summarize', YEAR_2020, '--previous', out, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('[PERIODS_DIFFER]');
    expect(totals(r.stdout, ['year', 'cases_rate', 'cases_rate_change'])).toBe('2020|93.50|');
  });
});
