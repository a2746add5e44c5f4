// A 2026 year-end report whose year (1/10/2025–30/9/2026) straddles TT 05/2026 (in force from
// 1/7/2026): two column groups by circular and a whole-year group, "Theo TT 05/2024 | Theo TT
// 05/2026 | Cả năm". The circular groups were read as the report's own figures and the file
// refused: `5:4: column "Có điều kiện" repeats cases_with_conditions (column 2)
// [DUPLICATE_COLUMN]`. Right: a group naming only its circular beside other groups is a part of
// the year, as a dated one ("Trước 01/7/2026") is: the whole-year group is read; without one the
// file is refused as the dated split is (MISSING_COLUMN). Controls: one "Theo TT 05/2026" group
// over every column (the form's name) is still the report's figures; the dated split is refused
// as before; "Trước 01/7/2026 | Từ 01/7/2026 | Cộng cả năm" still reads its whole year.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-ttgroups-');

/** Rows as cell arrays: joined by ',' for the CSV, by ';' for the workbook twin. */
const TITLE = (unit: string) => [['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH'], ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026'], [`Đơn vị tính: ${unit}`]];
const FIELDS = ['Có điều kiện', 'Giải quyết xong'];
function table(groups: readonly string[], unit: string, rows: readonly (readonly string[])[]): string[][] {
  return [...TITLE(unit), ['Đơn vị', ...groups.flatMap((g) => [g, ''])], ['', ...groups.flatMap(() => FIELDS)], ...rows.map((r) => [...r])];
}
const csv = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(','));
const lines = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(';'));

/** per circular, then the whole year: KV1 100/60 | 110/90 | 110/90, KV2 200/100 | 210/180 | 210/180 */
const CASES_ROWS = [
  ['Phòng THADS khu vực 1', '100', '60', '110', '90', '110', '90'],
  ['Phòng THADS khu vực 2', '200', '100', '210', '180', '210', '180'],
  ['Tổng cộng', '300', '160', '320', '270', '320', '270'],
];
const MONEY_ROWS = [
  ['Phòng THADS khu vực 1', '1000', '600', '1500', '900', '1500', '900'],
  ['Phòng THADS khu vực 2', '2000', '1000', '2500', '1800', '2500', '1800'],
  ['Tổng cộng', '3000', '1600', '4000', '2700', '4000', '2700'],
];
const SPLIT = table(['Theo TT 05/2024', 'Theo TT 05/2026', 'Cả năm'], 'việc', CASES_ROWS);

function run(path: string, measure: string) {
  const r = spawnThads(['summarize', path, '--measure', measure, '--format', 'json'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
type Totals = { withConditions: string | null; resolved: string | null; rate: string | null };
/** each office's and the total's [with conditions, resolved, rate] of one measure */
function figures(stdout: string, measure: 'cases' | 'money') {
  const j = JSON.parse(stdout) as { groups: { district: string; cases: Totals | null; money: Totals | null }[]; total: { cases: Totals | null; money: Totals | null } };
  const of = (t: Totals | null) => [t?.withConditions, t?.resolved, t?.rate];
  return { ...Object.fromEntries(j.groups.map((g) => [g.district, of(g[measure])])), TOTAL: of(j.total[measure]) };
}

describe('a 2026 year-end report split by circular beside its whole year', () => {
  // by hand, the "Cả năm" group: KV1 90/110 = 81.82 %, KV2 180/210 = 85.71 %, 270/320 = 84.38 %
  const WHOLE_YEAR_CASES = { 'Phòng THADS khu vực 1': ['110', '90', '81.82'], 'Phòng THADS khu vực 2': ['210', '180', '85.71'], TOTAL: ['320', '270', '84.38'] };

  test('"Theo TT 05/2024 | Theo TT 05/2026 | Cả năm": the whole year is read, the circular groups set aside', () => {
    const r = run(file('2026.csv', csv(SPLIT)), 'cases');
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout, 'cases')).toEqual(WHOLE_YEAR_CASES);
    expect(r.stderr).not.toMatch(/DUPLICATE_COLUMN/);
    expect(r.stderr).toMatch(/2026\.csv:5:2: warning: column "Có điều kiện \(Theo TT 05\/2024\)" .* is ignored \[UNKNOWN_COLUMN\]/);
    expect(r.stderr).toMatch(/2026\.csv:5:5: warning: column "Giải quyết xong \(Theo TT 05\/2026\)" .* is ignored \[UNKNOWN_COLUMN\]/);
  });

  test('other wordings: "Mẫu TT 05/2024 | Theo Thông tư số 05/2026/TT-BTP | Tổng cộng", and "… | Năm 2026"', () => {
    for (const [name, groups] of [
      ['words.csv', ['Mẫu TT 05/2024', 'Theo Thông tư số 05/2026/TT-BTP', 'Tổng cộng']],
      ['year.csv', ['Theo TT 05/2024', 'Theo TT 05/2026', 'Năm 2026']],
    ] as const) {
      const r = run(file(name, csv(table(groups, 'việc', CASES_ROWS))), 'cases');
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(figures(r.stdout, 'cases')).toEqual(WHOLE_YEAR_CASES);
    }
  });

  test('the money measure: the whole year in nghìn đồng, ×1000', () => {
    const r = run(file('money 2026.csv', csv(table(['Theo TT 05/2024', 'Theo TT 05/2026', 'Cả năm'], 'nghìn đồng', MONEY_ROWS))), 'money');
    expect(r.code, r.stderr).toBe(0);
    // by hand: 900/1500 = 60.00 %, 1800/2500 = 72.00 %, 2700/4000 = 67.50 %
    expect(figures(r.stdout, 'money')).toEqual({
      'Phòng THADS khu vực 1': ['1500000', '900000', '60.00'],
      'Phòng THADS khu vực 2': ['2500000', '1800000', '72.00'],
      TOTAL: ['4000000', '2700000', '67.50'],
    });
  });

  test('the .xlsx twin reads the whole year too', async () => {
    const r = await summarizeLinesWorkbook(dir, '2026.xlsx', lines(SPLIT), ['--measure', 'cases', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout, 'cases')).toEqual(WHOLE_YEAR_CASES);
    expect(stderrCodes(r.stderr)).not.toContain('DUPLICATE_COLUMN');
  });

  test('only the two circular groups: refused, the year is in neither alone (never summed)', async () => {
    const rows = CASES_ROWS.map((r) => r.slice(0, 5));
    const r = run(file('two.csv', csv(table(['Theo TT 05/2024', 'Theo TT 05/2026'], 'việc', rows))), 'cases');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/two\.csv:5: error: the header names no figure column; column 2 "Có điều kiện \(Theo TT 05\/2024\)".*column 4 "Có điều kiện \(Theo TT 05\/2026\)".* \[MISSING_COLUMN\]/);
    const x = await summarizeLinesWorkbook(dir, 'two.xlsx', lines(table(['Theo TT 05/2024', 'Theo TT 05/2026'], 'việc', rows)), ['--measure', 'cases', '--format', 'json']);
    expect(x.code).toBe(1);
    expect(stderrCodes(x.stderr)).toEqual(['MISSING_COLUMN']);
  });
});

describe('controls: nearby layouts keep their reading', () => {
  test('one "Theo TT 05/2026" group over every figure column is the form\'s name: the report\'s figures', async () => {
    const rows = [
      ['Phòng THADS khu vực 1', '110', '90'],
      ['Phòng THADS khu vực 2', '210', '180'],
      ['Tổng cộng', '320', '270'],
    ];
    const r = run(file('lone.csv', csv(table(['Theo TT 05/2026'], 'việc', rows))), 'cases');
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout, 'cases')).toEqual({ 'Phòng THADS khu vực 1': ['110', '90', '81.82'], 'Phòng THADS khu vực 2': ['210', '180', '85.71'], TOTAL: ['320', '270', '84.38'] });
    const x = await summarizeLinesWorkbook(dir, 'lone.xlsx', lines(table(['Theo TT 05/2026'], 'việc', rows)), ['--measure', 'cases', '--format', 'json']);
    expect(x.code, x.stderr).toBe(0);
    expect(figures(x.stdout, 'cases').TOTAL).toEqual(['320', '270', '84.38']);
  });

  test('one "Theo TT 05/2024" group over the report\'s own beside "Cùng kỳ năm 2025": the own group is read (work102a 04)', () => {
    // set aside as a part of the year, no figure column was left: MISSING_COLUMN, exit 1
    const rows = [
      ['Phòng THADS khu vực 1', '110', '90', '100', '60'],
      ['Phòng THADS khu vực 2', '210', '180', '200', '100'],
      ['Tổng cộng', '320', '270', '300', '160'],
    ];
    const r = run(file('cungky.csv', csv(table(['Theo TT 05/2024', 'Cùng kỳ năm 2025'], 'việc', rows))), 'cases');
    expect(r.code, r.stderr).toBe(0);
    // 90/110 = 81.82 %, 180/210 = 85.71 %, 270/320 = 84.375 %
    expect(figures(r.stdout, 'cases')).toEqual({ 'Phòng THADS khu vực 1': ['110', '90', '81.82'], 'Phòng THADS khu vực 2': ['210', '180', '85.71'], TOTAL: ['320', '270', '84.38'] });
  });

  test('"Trước 01/7/2026 | Từ 01/7/2026 | Cộng cả năm" reads its whole year', () => {
    const r = run(file('dated.csv', csv(table(['Trước 01/7/2026', 'Từ 01/7/2026', 'Cộng cả năm'], 'việc', CASES_ROWS))), 'cases');
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout, 'cases').TOTAL).toEqual(['320', '270', '84.38']);
  });

  test('"Trước 01/7/2026 | Từ 01/7/2026" alone is refused as before', () => {
    const rows = CASES_ROWS.map((r) => r.slice(0, 5));
    const r = run(file('dated-two.csv', csv(table(['Trước 01/7/2026', 'Từ 01/7/2026'], 'việc', rows))), 'cases');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dated-two\.csv:5: error: the header names no figure column; .* \[MISSING_COLUMN\]/);
  });
});
