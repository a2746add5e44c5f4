// A hidden row of =SUM over the office rows above it, with no label (a subtotal a clerk hid):
// thads reads it as a subtotal, checked against those rows and never added, yet warned "row 5
// ("=SUM(C3:C4)") is hidden in the sheet but read like the others: the figures include it"
// (traps28 5, t03b): untrue, and it sent the reader hunting for an office counted unseen. Now
// HIDDEN_ROWS names hidden office rows only. Workbooks written by exceljs.
//
// Hand sums of the offices: with conditions 1200 + 800 + 1500 = 3500, resolved 1000 + 700 + 1300
// = 3000, 3000 / 3500 = 85.71 %. (The hidden subtotal: 1200 + 800 = 2000, 1000 + 700 = 1700.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-hidden-subtotal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Mỹ Lộc, Vụ Bản, their =SUM row (row 5), Ý Yên, "Tổng cộng"; `hidden`: the rows hidden. */
async function workbook(name: string, hidden: readonly number[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.getCell('A1').value = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024';
  ws.getRow(2).values = ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong'];
  ws.getRow(3).values = [1, 'Chi cục THADS huyện Mỹ Lộc', 1200, 1000];
  ws.getRow(4).values = [2, 'Chi cục THADS huyện Vụ Bản', 800, 700];
  ws.getRow(5).values = [null, null, { formula: 'SUM(C3:C4)', result: 2000 }, { formula: 'SUM(D3:D4)', result: 1700 }];
  ws.getRow(6).values = [3, 'Chi cục THADS huyện Ý Yên', 1500, 1300];
  ws.getRow(7).values = [null, 'Tổng cộng', { formula: 'C3+C4+C6', result: 3500 }, { formula: 'D3+D4+D6', result: 3000 }];
  for (const r of hidden) ws.getRow(r).hidden = true;
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

function run(path: string) {
  const r = spawnThads(['summarize', path, '--format', 'json']);
  const cases = r.code === 0 ? JSON.parse(r.stdout).total.cases : null;
  return { ...r, total: cases && [cases.withConditions, cases.resolved, cases.rate].map(String) };
}

describe('a hidden subtotal row of =SUM', () => {
  it('is checked, not added, and not said to be in the figures (3500 / 3000, no HIDDEN_ROWS)', async () => {
    const r = run(await workbook('an-2024.xlsx', [5]));
    expect(r.code, r.stderr).toBe(0);
    expect(r.total).toEqual(['3500', '3000', '85.71']);
    expect(r.stderr).not.toContain('HIDDEN_ROWS');
  });

  it('control: a hidden office row is still said (HIDDEN_ROWS, row 4), and added (3500 / 3000)', async () => {
    const r = run(await workbook('an-vu-ban-2024.xlsx', [4]));
    expect(r.code, r.stderr).toBe(0);
    expect(r.total).toEqual(['3500', '3000', '85.71']);
    expect(r.stderr).toContain('warning: row 4 ("Chi cục THADS huyện Vụ Bản") is hidden in the sheet but read like the others: the figures include it [HIDDEN_ROWS]');
  });
});
