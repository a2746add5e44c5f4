// A run of six-month reports of several years (--by year: the side-by-side "so sánh cùng kỳ"
// table) keeps each year's period (round 70a, 01): the workbook states it over its table as days
// without a year ("Từ 1/10 đến 31/3 của mỗi năm thống kê"), which the title reader reads back as
// each row's year's; the JSON's "period" is a list, one per year. Read back, six months are never
// a whole year: not compared with a year-end (PERIODS_DIFFER), compared with next year's six months
// (cùng kỳ), named so in the paragraph. A table of several years written by hand whose title
// states its part without a year ("6 THÁNG ĐẦU NĂM") reads so too. Figures worked out by hand.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeCsvRows } from '../helpers/both-readers.js';
import { runThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { NAM_DINH_HEAD, NAM_DINH_TOP, NAM_DINH_UNIT } from '../helpers/nam-dinh-form.js';
import { firstCell } from '../helpers/first-cell.js';

const tree = fileTree('thads-by-year-period-');
const dir = tree.dir;
const write = (name: string, lines: readonly string[]): string => tree.write({ [name]: lines })[0]!;

const HEAD = NAM_DINH_HEAD;
const TOP = NAM_DINH_TOP;
const UNIT = NAM_DINH_UNIT;
/** Six months 1/10/2017–31/3/2018: cases 500 + 600 + 300 = 1400, 250 + 300 + 150 = 700 resolved (50,00 %) */
const SIX_2018 = write('Báo cáo 6 tháng năm 2018.csv', [...TOP, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2018,,,,,,', '(Từ ngày 01/10/2017 đến ngày 31/3/2018),,,,,,', UNIT, HEAD,
  '1,Mỹ Lộc,500,250,9000000,3000000,', '2,Vụ Bản,600,300,15000000,6000000,', '3,Ý Yên,300,150,9000000,3000000,', 'Tổng cộng,,1400,700,33000000,12000000,']);
/** Six months 1/10/2018–31/3/2019: cases 586 + 655 + 298 = 1539, 333 + 330 + 176 = 839 resolved */
const SIX_2019 = write('Báo cáo 6 tháng năm 2019.csv', [...TOP, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2019,,,,,,', '(Từ ngày 01/10/2018 đến ngày 31/3/2019),,,,,,', UNIT, HEAD,
  '1,Mỹ Lộc,586,333,9565824,4009735,', '2,Vụ Bản,655,330,16389337,7490040,', '3,Ý Yên,298,176,9770952,4385244,', 'Tổng cộng,,1539,839,35726113,15885019,']);
/** Year-end 2019: cases 1539, 533 + 630 + 276 = 1439 resolved */
const YEAR_2019 = write('Báo cáo năm 2019.csv', [...TOP, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019,,,,,,', UNIT, HEAD,
  '1,Mỹ Lộc,586,533,9565824,8009735,', '2,Vụ Bản,655,630,16389337,14490040,', '3,Ý Yên,298,276,9770952,8385244,', 'Tổng cộng,,1539,1439,35726113,30885019,']);
/** Six months 1/10/2019–31/3/2020: cases 600 + 640 + 310 = 1550, 360 + 352 + 190 = 902 resolved */
const SIX_2020 = write('Báo cáo 6 tháng năm 2020.csv', [...TOP, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2020,,,,,,', '(Từ ngày 01/10/2019 đến ngày 31/3/2020),,,,,,', UNIT, HEAD,
  '1,Mỹ Lộc,600,360,9800000,4500000,', '2,Vụ Bản,640,352,16000000,8000000,', '3,Ý Yên,310,190,9500000,4750000,', 'Tổng cộng,,1550,902,35300000,17250000,']);
/** Year-end 2018 (the 2019 one's figures under the year 2018) */
const YEAR_2018 = write('Báo cáo năm 2018.csv', [...TOP, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018,,,,,,', UNIT, HEAD,
  '1,Mỹ Lộc,586,533,9565824,8009735,', '2,Vụ Bản,655,630,16389337,14490040,', '3,Ý Yên,298,276,9770952,8385244,', 'Tổng cộng,,1539,1439,35726113,30885019,']);

/** thads' output of `sources` --by year,district to `name`; its path. */
async function output(sources: readonly string[], name: string, args: readonly string[] = []): Promise<string> {
  const out = join(dir, name);
  const r = await runThads(['summarize', ...sources, '--by', 'year,district', ...args, '-o', out]);
  expect(r.code, r.stderr).toBe(0);
  return out;
}


/** The CSV row of `district` (TOTAL: the total), its columns `names` joined by "|". */
function row(csv: string, district: string, names: readonly string[]): string {
  const [head, ...rows] = csv.trim().split('\n');
  const cols = head!.split(',');
  const found = rows.map((r) => r.split(',')).find((r) => r[cols.indexOf('district')] === district)!;
  return names.map((n) => found[cols.indexOf(n)]).join('|');
}

describe('a six-month run --by year over two years keeps each year its period', () => {
  it('the workbook states the days of each year over its table, in either language', async () => {
    expect(await firstCell(await output([SIX_2018, SIX_2019], 'vi.xlsx', ['--lang', 'vi']))).toBe('Từ 1/10 đến 31/3 của mỗi năm thống kê');
    expect(await firstCell(await output([SIX_2018, SIX_2019], 'en.xlsx', ['--lang', 'en']))).toBe('From 1/10 to 31/3 of each statistics year');
  });

  it('the JSON has "period" as a list, one per year, after "unit"', async () => {
    const r = await runThads(['summarize', SIX_2018, SIX_2019, '--by', 'year,district', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^\{\n {2}"version": 1,\n {2}"year": null,\n {2}"unit": "dong",\n {2}"period": \[\n {4}\{\n {6}"year": 2018,\n {6}"start": "2017-10-01",\n {6}"end": "2018-03-31",\n {6}"months": 6\n {4}\},\n {4}\{\n {6}"year": 2019,\n {6}"start": "2018-10-01",\n {6}"end": "2019-03-31",\n {6}"months": 6\n {4}\}\n {2}\],\n {2}"groups": \[/);
  });

  for (const lang of ['vi', 'en']) {
    it(`A (${lang}): as --previous of the year-end 2019 report: no change, PERIODS_DIFFER — never +43,50 pp`, async () => {
      const previous = await output([SIX_2018, SIX_2019], `a-${lang}.xlsx`, ['--lang', lang]);
      const r = await runThads(['summarize', YEAR_2019, '--previous', previous, '--format', 'csv']);
      expect(r.code).toBe(0);
      // 1439/1539 = 93,50 %; the change had been 93,50 − 700/1400 (50,00) = +43,50 pp: empty
      expect(row(r.stdout, 'TOTAL', ['cases_rate', 'cases_rate_change', 'money_rate_change'])).toBe('93.50||');
      // Mỹ Lộc 533/586 = 90,96 %; had been 90,96 − 50,00 = +40,96 pp
      expect(row(r.stdout, 'Mỹ Lộc', ['cases_rate', 'cases_rate_change'])).toBe('90.96|');
      expect(r.stderr).toContain("warning: no change on last year is computed: the input's period ends on 30/9/2019, the previous files' on 31/3/2018, not on the same day of the year [PERIODS_DIFFER]");
    });

    it(`C (${lang}): as --previous of next year's six months: the cùng kỳ change, +3,68 pp`, async () => {
      const previous = await output([SIX_2018, SIX_2019], `c-${lang}.xlsx`, ['--lang', lang]);
      const r = await runThads(['summarize', SIX_2020, '--previous', previous, '--format', 'csv']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain('PERIODS_DIFFER');
      // 902/1550 = 58,1935 %, 839/1539 = 54,5159 %: +3,6776 → 3.68
      expect(row(r.stdout, 'TOTAL', ['year', 'cases_rate', 'cases_rate_change'])).toBe('2020|58.19|3.68');
      // Mỹ Lộc 360/600 = 60,00 %, 333/586 = 56,8259 %: +3,1741 → 3.17
      expect(row(r.stdout, 'Mỹ Lộc', ['cases_rate', 'cases_rate_change'])).toBe('60.00|3.17');
    });
  }

  it("B: the paragraph regenerated from the workbook names each year's six months, never the whole year", async () => {
    const book = await output([SIX_2018, SIX_2019], 'b.xlsx', ['--lang', 'vi']);
    const r = await runThads(['summarize', book, '--by', 'year,district', '--lang', 'vi', '--format', 'text']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('Năm 2019 (từ 1/10/2018 đến 30/9/2019)');
    expect(r.stdout).not.toContain('Năm 2018 (từ 1/10/2017 đến 30/9/2018)');
    // 839/1539 = 54,516 % → 54,52
    expect(r.stdout).toContain('Từ 1/10/2018 đến 31/3/2019 (năm thống kê 2019), kết quả thi hành án dân sự toàn tỉnh Nam Định: về việc, đã giải quyết xong 839/1.539 việc có điều kiện giải quyết, đạt 54,52%');
    // 700/1400 = 50,00 %
    expect(r.stdout).toContain('Từ 1/10/2017 đến 31/3/2018 (năm thống kê 2018), kết quả thi hành án dân sự toàn tỉnh Nam Định: về việc, đã giải quyết xong 700/1.400 việc có điều kiện giải quyết, đạt 50,00%');
  });

  it('the workbook added to a year-end 2019 report is refused, as its source file is (MIXED_PERIODS)', async () => {
    const book = await output([SIX_2018, SIX_2019], 'mixed.xlsx');
    // another office's year-end 2019 (the same offices' would be DUPLICATE_INPUT first)
    const other = write('Giao Thủy năm 2019.csv', [...TOP, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019,,,,,,', UNIT, HEAD, '1,Giao Thủy,100,80,1000000,500000,']);
    for (const first of [book, SIX_2019]) {
      const r = await runThads(['summarize', first, other, '--by', 'year,district', '--format', 'csv']);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('error: the input holds reports of one year whose periods end on different days (31/3/2019, 30/9/2019), which are never added together [MIXED_PERIODS]');
      expect(r.code).toBe(2);
    }
  });

  it('over-reach: a whole-year run --by year has no period line, no "period" member, and reads back as whole years: +0,00 pp', async () => {
    const book = await output([YEAR_2018, YEAR_2019], 'whole.xlsx', ['--lang', 'vi']);
    // the header opens the sheet: the measure ("Việc") over its columns from C1, A1 empty
    expect(await firstCell(book)).toBe(null);
    const json = await runThads(['summarize', YEAR_2018, YEAR_2019, '--by', 'year,district', '--format', 'json']);
    expect(json.code, json.stderr).toBe(0);
    expect(Object.keys(JSON.parse(json.stdout))).toEqual(['version', 'year', 'unit', 'groups', 'total', 'totals', 'warnings']);
    // year-end 2019 on the workbook's 2018 rows (the same figures): 1439/1539 − 1439/1539 = 0
    const r = await runThads(['summarize', YEAR_2019, '--previous', book, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('PERIODS_DIFFER');
    expect(row(r.stdout, 'TOTAL', ['cases_rate', 'cases_rate_change'])).toBe('93.50|0.00');
  });

  it('six months of 2018 beside the whole 2019: the JSON lists the period of 2018 only', async () => {
    const r = await runThads(['summarize', SIX_2018, YEAR_2019, '--by', 'year,district', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).period).toEqual([{ year: 2018, start: '2017-10-01', end: '2018-03-31', months: 6 }]);
  });
});

describe('a table of several years whose title states its part without a year', () => {
  const table = (title: string) => [title, 'Năm,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '2018,Mỹ Lộc,500,250', '2018,Vụ Bản,600,300', '2018,Ý Yên,300,150', '2019,Mỹ Lộc,586,333', '2019,Vụ Bản,655,330', '2019,Ý Yên,298,176'];

  for (const title of ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM', 'BAO CAO KET QUA THI HANH AN DAN SU 6 THANG DAU NAM', 'Kỳ báo cáo: 6 tháng đầu năm', 'Kết quả thi hành án dân sự (Từ ngày 01/10 đến ngày 31/3)', 'Civil judgment enforcement, from 1/10 to 31/3']) {
    it(`"${title}": each year's six months — cùng kỳ of the next six months (+3,68 pp), not last year of a year-end`, async () => {
      const file = write(`so-sanh-${title.length}.csv`, table(title));
      const json = await runThads(['summarize', file, '--by', 'year', '--format', 'json']);
      expect(json.code, json.stderr).toBe(0);
      expect(JSON.parse(json.stdout).period).toEqual([
        { year: 2018, start: '2017-10-01', end: '2018-03-31', months: 6 },
        { year: 2019, start: '2018-10-01', end: '2019-03-31', months: 6 },
      ]);
      // 902/1550 = 58,1935 %, 839/1539 = 54,5159 %: +3,68
      const like = await summarizeCsvRows(dir, [SIX_2020, '--previous', file], ['--by', 'none']);
      expect(like.code, like.stderr).toBe(0);
      expect(like.rows[0]!.cases_rate_change).toBe('3.68');
      const year = await summarizeCsvRows(dir, [YEAR_2019, '--previous', file], ['--by', 'none']);
      expect(year.code).toBe(0);
      expect(year.rows[0]!.cases_rate_change).toBe('');
      expect(year.stderr).toContain('[PERIODS_DIFFER]');
    });
  }

  for (const title of ['BÁO CÁO SO SÁNH KẾT QUẢ THI HÀNH ÁN DÂN SỰ CÁC NĂM', 'Biểu số 7/1 - 7/2']) {
    it(`over-reach: "${title}" states no part: whole years, compared with the year-end 2019 on 2018 (93,50 − 50,00 = +43,50)`, async () => {
      const file = write(`nam-${title.length}.csv`, table(title));
      const json = await runThads(['summarize', file, '--by', 'year', '--format', 'json']);
      expect(json.code, json.stderr).toBe(0);
      expect(JSON.parse(json.stdout).period).toBe(undefined);
      // 1439/1539 = 93,5023 % on the rows of 2018, 700/1400 = 50,00 %: +43,5023 → 43.50
      const r = await summarizeCsvRows(dir, [YEAR_2019, '--previous', file], ['--by', 'none']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.rows[0]!.cases_rate_change).toBe('43.50');
    });
  }
});
