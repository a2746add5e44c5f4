// One rounding for every signed figure in percentage points (traps33 1): the gap to a target and
// the rate change are rounded half away from zero on the exact value (SPEC §4 "half-up"). The gap
// was rounded towards +∞: office A 2469/20000 = 12,345 % against 73 % (gap −60,655) printed
// −60,65 and "thiếu 60,65%", while a rate change of −0,005 printed −0,01; office C
// 14599/20000 = 72,995 % (gap −0,005) printed 0.00 beside met=false in the CSV and "-0,00" in
// the table. A figure shown as zero is 0,00 in every format, never "-0,00".
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bothReaders, runArgs } from '../helpers/both-readers.js';

const { dir, write, both } = bothReaders('thads-pp-rounding-', ['--format', 'csv']);

// Year 2019: built-in case target 73 %. Hand figures (rate − 73, exact):
//   A 2469/20000  = 12.345 % → gap −60.655 → −60.66
//   B 14601/20000 = 73.005 % → gap  +0.005 →  +0.01
//   C 14599/20000 = 72.995 % → gap  −0.005 →  −0.01 (met false)
//   G 72996/100000 = 72.996 % → gap −0.004 →   0.00 (met false: shown 0,00, never -0,00)
// TOTAL 104665/160000 = 65.415625 % → gap −7.584375 → −7.58
const LINES = ['district,cases_with_conditions,cases_resolved', 'A,20000,2469', 'B,20000,14601', 'C,20000,14599', 'G,100000,72996'];

function csvCells(stdout: string, columns: readonly string[]): string[][] {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  return rows.map((r) => columns.map((c) => r[head!.indexOf(c)]!));
}

describe('the gap to a target at a half-way point', () => {
  it('CSV: half away from zero, met as the exact rate says', async () => {
    const r = await both('bnd-2019.csv', LINES);
    expect(r.code, r.stderr).toBe(0);
    expect(csvCells(r.stdout, ['district', 'cases_rate', 'cases_gap_pp', 'cases_met'])).toEqual([
      ['A', '12.35', '-60.66', 'false'],
      ['B', '73.01', '0.01', 'true'],
      ['C', '73.00', '-0.01', 'false'],
      ['G', '73.00', '0.00', 'false'],
      ['TOTAL', '65.42', '-7.58', 'false'],
    ]);
  });

  it('JSON says the same', async () => {
    const r = await both('bnd-2019.csv', LINES, ['--format', 'json']);
    const doc = JSON.parse(r.stdout) as { groups: { district: string; cases: { gapPp: string } }[] };
    expect(doc.groups.map((g) => [g.district, g.cases.gapPp])).toEqual([
      ['A', '-60.66'],
      ['B', '0.01'],
      ['C', '-0.01'],
      ['G', '0.00'],
    ]);
  });

  it('table and Markdown: −60,66, −0,01 and 0,00, never -0,00', async () => {
    const md = await both('bnd-2019.csv', LINES, ['--format', 'markdown', '--lang', 'vi']);
    const gapCell = (name: string) => md.stdout.split('\n').find((l) => l.startsWith(`| ${name} `))!.split('|').map((c) => c.trim());
    // | Đơn vị | … | Tỷ lệ | Chỉ tiêu | Vượt/thiếu (%) | Vượt chỉ tiêu | Xếp thứ |
    expect(gapCell('A').slice(-6, -3)).toEqual(['12,35%', '73%', '-60,66']);
    expect(gapCell('C').slice(-6, -3)).toEqual(['73,00%', '73%', '-0,01']);
    expect(gapCell('G').slice(-6, -3)).toEqual(['73,00%', '73%', '0,00']);
    const table = await both('bnd-2019.csv', LINES, ['--format', 'table', '--lang', 'en']);
    expect(table.stdout).not.toMatch(/[-−]0[.,]00\b/);
    expect(table.stdout).toMatch(/^A .* -60\.66 /m);
  });

  it('the paragraph: "thiếu 60,66%", "thiếu 0,01%"; a gap shown as zero is "chưa đạt"', async () => {
    const r = await both('bnd-2019.csv', LINES, ['--format', 'text', '--lang', 'vi']);
    expect(r.stdout).toContain('đạt 12,35%, thiếu 60,66% so với chỉ tiêu được giao (73%)');
    expect(r.stdout).toContain('đạt 73,00%, thiếu 0,01% so với chỉ tiêu được giao (73%)');
    expect(r.stdout).toContain('đạt 73,00%, chưa đạt chỉ tiêu được giao (73%)');
  });

  it('the workbook: the same numbers in its cells', async () => {
    const input = write('wb-2019.csv', LINES);
    const out = join(dir, 'out.xlsx');
    const r = await runArgs(dir, ['summarize', input, '-o', out], true);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    const values = ws.getSheetValues() as unknown[][];
    const header = values.find((row) => row?.includes('Gap (pp)'))!;
    const [office, gap] = [header.indexOf('Office'), header.indexOf('Gap (pp)')];
    const byName = new Map(values.filter((row) => row).map((row) => [row[office], row[gap]]));
    expect([byName.get('A'), byName.get('C'), byName.get('G')]).toEqual([-60.66, -0.01, 0]);
  });
});

describe('the rate change rounds by the same rule', () => {
  it('−0.005 pp is −0.01, +0.005 is +0.01 (A 2470 → 2469, B 2469 → 2470 of 20000)', async () => {
    const before = write('x-2018.csv', ['district,cases_with_conditions,cases_resolved', 'A,20000,2470', 'B,20000,2469']);
    const r = await both('x-2019.csv', ['district,cases_with_conditions,cases_resolved', 'A,20000,2469', 'B,20000,2470'], ['--previous', before, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // A: 12.345 − 12.35 = −0.005 → −0.01, gap −60.655 → −60.66; B: +0.005 → 0.01, gap −60.65 exactly
    expect(csvCells(r.stdout, ['district', 'cases_rate_change', 'cases_gap_pp'])).toEqual([
      ['A', '-0.01', '-60.66'],
      ['B', '0.01', '-60.65'],
      ['TOTAL', '0.00', '-60.65'],
    ]);
  });
});
