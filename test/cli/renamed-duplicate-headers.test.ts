// A figure's header repeated under two groups, renamed by an Excel Table ("Việc có điều kiện2")
// or Power Query ("Việc có điều kiện_1"): read unknown, the renamed pair was dropped with a
// warning and the first pair summed — last year's beside "Năm 2025" (traps44 1: 280/210, exit 0).
// The renamed header is its figure's again: the rules of the same layout without renaming apply.
// Ninh Bình 2025 by hand: khu vực 1 = 100/80, khu vực 2 = 200/150; total 300/230 = 76.67 %
// (last year's pair: 90/70 and 190/140, never summed).
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const { dir, both } = bothReaders('thads-renamed-dup-', ['--format', 'csv']);

const IDS = ['Tỉnh', 'Đơn vị'];
const ROWS = ['Ninh Bình,Phòng THADS khu vực 1,90,70,100,80', 'Ninh Bình,Phòng THADS khu vực 2,190,140,200,150'];
const lines = (groups: string, header: readonly string[]) => [groups, [...IDS, ...header].join(','), ...ROWS];

/** the TOTAL row's cases with conditions, resolved and rate */
function total(stdout: string): string[] {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const at = (k: string) => head!.indexOf(k);
  const t = rows.find((r) => r[1] === 'TOTAL')!;
  return ['cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => t[at(k)]!);
}

describe('headers renamed as duplicates by an Excel Table or Power Query', () => {
  it.each([
    ['Table "…2"', ['Việc có điều kiện', 'Việc giải quyết xong', 'Việc có điều kiện2', 'Việc giải quyết xong2']],
    ['Power Query "…_1"', ['Việc có điều kiện', 'Việc giải quyết xong', 'Việc có điều kiện_1', 'Việc giải quyết xong_1']],
    ['"… 2" after a space', ['Việc có điều kiện', 'Việc giải quyết xong', 'Việc có điều kiện 2', 'Việc giải quyết xong 2']],
  ])('%s under "Năm 2024 | Năm 2025": 2025 is read, 300/230 = 76.67 %%', async (_, header) => {
    const r = await both('bc-2025.csv', lines(',,Năm 2024,,Năm 2025,', header));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['300', '230', '76.67']);
    // last year's pair is the one set aside
    expect(r.stderr).toContain('"Việc có điều kiện (Năm 2024)" names a period or a plan');
  });

  it('under "Cùng kỳ năm trước | Năm nay": refused as the same layout without renaming is', async () => {
    const r = await both('bc-2025.csv', lines(',,Cùng kỳ năm trước,,Năm nay,', ['Việc có điều kiện', 'Việc giải quyết xong', 'Việc có điều kiện_1', 'Việc giải quyết xong_1']));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2:5: error: column "Việc có điều kiện_1" under the group "Năm nay" repeats cases_with_conditions of column 3');
    expect(r.stderr).toContain('[DUPLICATE_COLUMN]');
  });

  it('under no group: DUPLICATE_COLUMN, never the first pair alone', async () => {
    const r = await both('bc-2025.csv', [[...IDS, 'Việc có điều kiện', 'Việc giải quyết xong', 'Việc có điều kiện2', 'Việc giải quyết xong2'].join(','), ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:1:5: error: column "Việc có điều kiện2" repeats cases_with_conditions (column 3) [DUPLICATE_COLUMN]');
  });

  it('"Có điều kiện2" under a "Tiền" group is money: 5000 + 7000 = 12000 with conditions, 2000 + 3000 = 5000 resolved', async () => {
    const r = await both('bc-2025.csv', [',,Việc,,Tiền,', [...IDS, 'Có điều kiện', 'Giải quyết xong', 'Có điều kiện2', 'Giải quyết xong2'].join(','), 'Ninh Bình,Phòng THADS khu vực 1,100,80,5000,2000', 'Ninh Bình,Phòng THADS khu vực 2,200,150,7000,3000']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('UNKNOWN_COLUMN');
    const [head, ...rows] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const t = rows.find((row) => row[1] === 'TOTAL')!;
    expect(['cases_with_conditions', 'cases_resolved', 'money_with_conditions', 'money_resolved'].map((k) => t[head!.indexOf(k)])).toEqual(['300', '230', '12000', '5000']);
  });

  it('a digit that ends no figure\'s header is no renaming: "Cột 5" stays unknown', async () => {
    const r = await both('bc-2025.csv', [[...IDS, 'Việc có điều kiện', 'Việc giải quyết xong', 'Cột 5'].join(','), 'Ninh Bình,Phòng THADS khu vực 1,100,80,7', 'Ninh Bình,Phòng THADS khu vực 2,200,150,8']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['300', '230', '76.67']);
    expect(r.stderr).toContain('column "Cột 5" is not a known figure and is ignored [UNKNOWN_COLUMN]');
  });

  it('a workbook: an Excel Table\'s "…2" under merged "Năm 2024 | Năm 2025" reads 2025, 300/230', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['', '', 'Năm 2024', '', 'Năm 2025', '']);
    ws.mergeCells('C1:D1');
    ws.mergeCells('E1:F1');
    ws.addTable({
      name: 'Bang1',
      ref: 'A2',
      headerRow: true,
      columns: [...IDS, 'Việc có điều kiện', 'Việc giải quyết xong', 'Việc có điều kiện2', 'Việc giải quyết xong2'].map((name) => ({ name })),
      rows: [
        ['Ninh Bình', 'Phòng THADS khu vực 1', 90, 70, 100, 80],
        ['Ninh Bình', 'Phòng THADS khu vực 2', 190, 140, 200, 150],
      ],
    });
    const file = join(dir, 'bc-2025.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    const code = await main(io);
    expect(code, stderr()).toBe(0);
    expect(total(stdout())).toEqual(['300', '230', '76.67']);
  });
});
