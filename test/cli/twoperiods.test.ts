// A file name joining two periods — "BC 6 thang va ca nam 2024.xlsx", a workbook of both the six
// months' sheet ("6 THÁNG NĂM 2024 (Từ ngày 01/10/2023 đến ngày 31/3/2024)") and the whole year's
// ("NĂM 2024 (Từ ngày 01/10/2023 đến ngày 30/9/2024)") — was read as its first period, six months:
// `--sheet "Cả năm"` was refused, "the title (line 2) states the period to 30/9/2024, but the file
// name the period to 31/3/2024" (YEAR_CONFLICT). Such a name ("6 tháng và cả năm", "6T + cả năm",
// "6 tháng, 9 tháng và năm") states no one period (file-names.ts nameJoinsPeriods): the title
// decides, else the sheet's name; where nothing states one, refused (which is it?), never read
// as either. A name of one period keeps its reading ("6 tháng cuối năm" is one, the last half).
// By hand, the whole year: Mỹ Lộc 160/200 = 80,00 %, Vụ Bản 212/250 = 84,80 %, total 700 thụ lý,
// 372/450 = 82,67 %; the six months: Mỹ Lộc 80/150 = 53,33 %, Vụ Bản 120/250 = 48,00 %, total
// 500 thụ lý, 200/400 = 50,00 %.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';

const AGENCY = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH';
const YEAR_TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024 (Từ ngày 01/10/2023 đến ngày 30/9/2024)';
const SIX_TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2024 (Từ ngày 01/10/2023 đến ngày 31/3/2024)';
const HEADER = ['Đơn vị', 'Tổng số thụ lý', 'Có điều kiện', 'Giải quyết xong'];
const YEAR_ROWS = [['Mỹ Lộc', 300, 200, 160], ['Vụ Bản', 400, 250, 212]];
const SIX_ROWS = [['Mỹ Lộc', 200, 150, 80], ['Vụ Bản', 300, 250, 120]];
const csv = (title: string | null, rows: readonly (readonly (string | number)[])[]) => [
  ...(title === null ? [] : [AGENCY, title, 'Đơn vị tính: việc']),
  HEADER.join(','),
  ...rows.map((r) => r.join(',')),
];
const YEAR_FIGURES = { total: '700', withConditions: '450', resolved: '372', rate: '82.67' };
const SIX_FIGURES = { total: '500', withConditions: '400', resolved: '200', rate: '50.00' };
const FIRST_SIX_2024 = { start: '2023-10-01', end: '2024-03-31', months: 6 };
const HINT = "  hint: correct the title, or rename the sheet or the file, so that they state one period: a part of a year's figures are never read as the whole year's, nor summed or compared with them\n";

interface Out {
  readonly period?: unknown;
  readonly groups: readonly { readonly district: string; readonly cases: { readonly resolved: string; readonly rate: string } }[];
  readonly total: { readonly cases: { readonly total: string; readonly withConditions: string; readonly resolved: string; readonly rate: string } };
}
const rates = (out: Out) => Object.fromEntries(out.groups.map((o) => [o.district, [o.cases.resolved, o.cases.rate]]));

const { both } = bothReaders('thads-twoperiods-', ['--format', 'json']);

const JOINED = ['BC 6 thang va ca nam 2024.csv', 'BC 6 tháng và cả năm 2024.csv', 'BC 6T + cả năm 2024.csv', 'BC 6 tháng, 9 tháng và năm 2024.csv', 'bc-6-thang-va-ca-nam-2024.csv', 'BC_6_thang_va_ca_nam_2024.csv'];

describe('a name joining two periods: the title decides (both readers)', () => {
  it.each(JOINED)('"%s" under the whole year\'s title: the year, 372/450 = 82.67 %%', async (name) => {
    const r = await both(name, csv(YEAR_TITLE, YEAR_ROWS));
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.period).toBeUndefined();
    expect(out.total.cases).toMatchObject(YEAR_FIGURES);
    expect(rates(out)).toEqual({ 'Mỹ Lộc': ['160', '80.00'], 'Vụ Bản': ['212', '84.80'] });
  });

  it.each(JOINED)('"%s" under the six months\' title: the six months, a part-year as before, 200/400 = 50.00 %%', async (name) => {
    const r = await both(name, csv(SIX_TITLE, SIX_ROWS));
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.period).toEqual(FIRST_SIX_2024);
    expect(out.total.cases).toMatchObject(SIX_FIGURES);
  });

  it('no title: nothing says which period, refused (exit 1), never read as either', async () => {
    const r = await both('BC 6 thang va ca nam 2024.csv', csv(null, YEAR_ROWS), ['--format', 'json', '--measure', 'cases']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error: the name "BC 6 thang va ca nam 2024" names two periods, and neither the title nor another name states which is the report\'s [YEAR_CONFLICT]');
  });
});

describe('over-reach controls: names of one period keep their reading (both readers)', () => {
  it('"BC 6 thang 2024.csv" under the whole year\'s title: still YEAR_CONFLICT', async () => {
    const r = await both('BC 6 thang 2024.csv', csv(YEAR_TITLE, YEAR_ROWS));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`FILE: error: the title (line 2) states the period to 30/9/2024, but the file name the period to 31/3/2024: which is the report's? [YEAR_CONFLICT]\n${HINT}`);
  });

  it('"Mỹ Lộc 6 tháng cuối năm 2024.csv" (one period, the last half) under the whole year\'s title: still YEAR_CONFLICT', async () => {
    const r = await both('Mỹ Lộc 6 tháng cuối năm 2024.csv', csv(YEAR_TITLE, [['Mỹ Lộc', 300, 200, 160]]));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`FILE: error: the title (line 2) states the period from 1/10/2023 to 30/9/2024, but the file name the period from 1/4/2024 to 30/9/2024: which is the report's? [YEAR_CONFLICT]\n${HINT}`);
  });

  it('"BC cả năm 2024.csv" under the whole year\'s title: the year', async () => {
    const r = await both('BC cả năm 2024.csv', csv(YEAR_TITLE, YEAR_ROWS));
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.period).toBeUndefined();
    expect(out.total.cases).toMatchObject(YEAR_FIGURES);
  });

  it('"BC 6 thang 2024.csv" without a title: the name\'s six months, as before', async () => {
    const r = await both('BC 6 thang 2024.csv', csv(null, SIX_ROWS), ['--format', 'json', '--measure', 'cases']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.period).toEqual(FIRST_SIX_2024);
    expect(out.total.cases).toMatchObject(SIX_FIGURES);
  });
});

describe('the real binary on the workbook of both sheets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thads-twoperiods-bin-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  async function workbook(name: string, sheets: readonly (readonly [string, string, readonly (readonly (string | number)[])[]])[]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    for (const [sheet, title, rows] of sheets) {
      const ws = wb.addWorksheet(sheet);
      for (const r of [[AGENCY], [title], ['Đơn vị tính: việc'], HEADER, ...rows]) ws.addRow([...r]);
    }
    await wb.xlsx.writeFile(join(dir, name));
    return name;
  }
  const BOTH: readonly (readonly [string, string, readonly (readonly (string | number)[])[]])[] = [['6 tháng', SIX_TITLE, SIX_ROWS], ['Cả năm', YEAR_TITLE, YEAR_ROWS]];

  it('--sheet "Cả năm" of "BC 6 thang va ca nam 2024.xlsx": the year, as "BC ca nam 2024.xlsx" prints it', async () => {
    const name = await workbook('BC 6 thang va ca nam 2024.xlsx', BOTH);
    const twin = await workbook('BC ca nam 2024.xlsx', [['Cả năm', YEAR_TITLE, YEAR_ROWS]]);
    const r = spawnThads(['summarize', name, '--sheet', 'Cả năm', '--measure', 'cases', '--format', 'csv'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => l.split(','));
    const col = (c: string) => rows[0]!.indexOf(c);
    expect(rows.slice(1).map((x) => [x[col('district')], x[col('cases_total')], x[col('cases_with_conditions')], x[col('cases_resolved')], x[col('cases_rate')]])).toEqual([
      ['Mỹ Lộc', '300', '200', '160', '80.00'],
      ['Vụ Bản', '400', '250', '212', '84.80'],
      ['TOTAL', '700', '450', '372', '82.67'],
    ]);
    const same = spawnThads(['summarize', twin, '--measure', 'cases', '--format', 'csv'], { cwd: dir });
    expect(same.code, same.stderr).toBe(0);
    expect(r.stdout).toBe(same.stdout);
  });

  it('--sheet "6 tháng": the six months, a part-year', async () => {
    const name = await workbook('BC 6 thang va ca nam 2024 (2).xlsx', BOTH);
    const r = spawnThads(['summarize', name, '--sheet', '6 tháng', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.period).toEqual(FIRST_SIX_2024);
    expect(out.total.cases).toMatchObject(SIX_FIGURES);
  });

  it('control: "BC 6 thang 2024.xlsx" over the whole year\'s title: still YEAR_CONFLICT, exit 1', async () => {
    const name = await workbook('BC 6 thang 2024.xlsx', [['Sheet1', YEAR_TITLE, YEAR_ROWS]]);
    const r = spawnThads(['summarize', name], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${name}:Sheet1: error: the title (line 2) states the period to 30/9/2024, but the file name the period to 31/3/2024: which is the report's? [YEAR_CONFLICT]\n${HINT}`);
  });
});
