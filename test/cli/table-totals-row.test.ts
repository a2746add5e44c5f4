// An Excel table (Insert → Table, a ListObject) with its totals row on and no label typed in it:
// the row holds only =SUBTOTAL(109,Bang1[Việc có điều kiện]) and the like, structured references
// thads did not read (traps28 4, t53v-blank: refused MISSING_DISTRICT, "this row has figures but
// no office name"). Now a table's column is read as its data range (table-parts.ts), so the row
// is the offices' declared total, as an unlabelled row of =SUM over them is (sum-total-row.ts):
// checked against them, never added. Workbooks written by exceljs with the totals' stored results.
//
// Hand sums: cases with conditions 1200 + 800 + 1500 = 3500, resolved 1000 + 700 + 1300 = 3000,
// 3000 / 3500 = 85.714… → 85.71 %; money with conditions 500000 + 300000 + 900000 = 1700000
// nghìn đồng = 1700000000 đồng, resolved 250000 + 120000 + 400000 = 770000 nghìn = 770000000 đồng.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-table-totals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OFFICES: [string, number, number, number, number][] = [
  ['Chi cục THADS huyện Mỹ Lộc', 1200, 1000, 500000, 250000],
  ['Chi cục THADS huyện Vụ Bản', 800, 700, 300000, 120000],
  ['Chi cục THADS huyện Ý Yên', 1500, 1300, 900000, 400000],
];
const RIGHT = [3500, 3000, 1700000, 770000];

async function workbook(name: string, label: string, totals: readonly number[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 07');
  ws.getCell('A1').value = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024';
  ws.getCell('A2').value = 'Đơn vị tính: Việc; nghìn đồng';
  const sum = (i: number) => ({ totalsRowFunction: 'sum' as const, totalsRowResult: totals[i] });
  ws.addTable({
    name: 'Bang1',
    ref: 'A3',
    headerRow: true,
    totalsRow: true,
    columns: [{ name: 'STT', totalsRowLabel: label }, { name: 'Đơn vị' }, { name: 'Việc có điều kiện', ...sum(0) }, { name: 'Việc giải quyết xong', ...sum(1) }, { name: 'Tiền có điều kiện', ...sum(2) }, { name: 'Tiền giải quyết xong', ...sum(3) }],
    rows: OFFICES.map((o, i) => [i + 1, ...o]),
  });
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

function run(path: string) {
  const r = spawnThads(['summarize', path, '--format', 'json']);
  if (r.code !== 0) return { code: r.code, stderr: r.stderr, total: null };
  const { cases, money } = JSON.parse(r.stdout).total;
  return { code: r.code, stderr: r.stderr, total: [cases.withConditions, cases.resolved, cases.rate, money.withConditions, money.resolved].map(String) };
}

describe('an Excel table\'s totals row with no label', () => {
  it('is the offices\' declared total: read, never added (3500 / 3000, 85.71 %; money 1700000000 / 770000000)', async () => {
    const r = run(await workbook('bang-2024.xlsx', '', RIGHT));
    expect(r.code, r.stderr).toBe(0);
    expect(r.total).toEqual(['3500', '3000', '85.71', '1700000000', '770000000']);
    expect(r.stderr).not.toContain('MISSING_DISTRICT');
  });

  it('its stored total 100 cases off the offices\' sum: refused as a declared total is (DECLARED_TOTAL_MISMATCH)', async () => {
    const r = run(await workbook('bang-sai-2024.xlsx', '', [3600, 3000, 1700000, 770000]));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[DECLARED_TOTAL_MISMATCH]');
    expect(r.stderr).toContain('SUBTOTAL(109,Bang1[Việc có điều kiện])');
  });

  it('control: labelled "Tổng cộng", read the same', async () => {
    const r = run(await workbook('bang-tong-2024.xlsx', 'Tổng cộng', RIGHT));
    expect(r.code, r.stderr).toBe(0);
    expect(r.total).toEqual(['3500', '3000', '85.71', '1700000000', '770000000']);
  });
});
