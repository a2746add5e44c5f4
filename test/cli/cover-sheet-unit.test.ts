// A workbook whose cover sheet ("Bìa") states "Đơn vị tính: nghìn đồng" and whose sheet of
// figures states no unit: its money is in nghìn đồng. Read as đồng (the cover ignored), every
// amount came out 1000× too small with exit 0. Workbooks written by exceljs, an Excel-like writer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-cover-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ['Đơn vị', 'Việc có điều kiện', 'Việc thi hành xong', 'Việc đình chỉ', 'Tiền có điều kiện', 'Tiền thi hành xong', 'Tiền đình chỉ'];
const ROWS = [
  ['Mỹ Lộc', 586, 520, 13, 1000000, 600000, 1000],
  ['Vụ Bản', 500, 420, 10, 2000000, 900000, 2000],
];
// By hand, in the cells' unit: money with conditions 1.000.000 + 2.000.000 = 3.000.000;
// resolved (completed + terminated) 601.000 + 902.000 = 1.503.000. In nghìn đồng: × 1000.

async function workbook(name: string, sheets: { name: string; rows: (string | number)[][] }[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
  }
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const cover = (unit: string) => ({ name: 'Bìa', rows: [['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH'], [], ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'], [], [unit]] });
const data = (above: (string | number)[][] = []) => ({ name: 'Số liệu', rows: [...above, HEADER, ...ROWS] });

function totals(path: string, ...args: string[]) {
  const r = spawnThads(['summarize', path, '--format', 'json', ...args]);
  if (r.code !== 0) return { code: r.code, stderr: r.stderr, money: null };
  const { money } = JSON.parse(r.stdout).total;
  return { code: r.code, stderr: r.stderr, money: [String(money.withConditions), String(money.resolved)] };
}

describe('a unit stated on a cover sheet is the workbook\'s', () => {
  it('"Đơn vị tính: nghìn đồng" on the cover, none on the sheet of figures: read in nghìn đồng', async () => {
    const path = await workbook('2019.xlsx', [cover('Đơn vị tính: nghìn đồng'), data()]);
    const r = totals(path);
    expect(r.code, r.stderr).toBe(0);
    expect(r.money).toEqual(['3000000000', '1503000000']);
  });

  it('the cover split over two cells ("Đơn vị tính:" | "Triệu đồng") is read too', async () => {
    const path = await workbook('2019-split.xlsx', [{ name: 'Bìa', rows: [['BÁO CÁO NĂM 2019'], ['Đơn vị tính:', 'Triệu đồng']] }, data()]);
    const r = totals(path);
    expect(r.code, r.stderr).toBe(0);
    expect(r.money).toEqual(['3000000000000', '1503000000000']);
  });

  it('a cover saying đồng changes nothing', async () => {
    const path = await workbook('2019-dong.xlsx', [cover('Đơn vị tính: đồng'), data()]);
    expect(totals(path).money).toEqual(['3000000', '1503000']);
  });

  it('the sheet of figures stating the same unit: read in it', async () => {
    const path = await workbook('2019-same.xlsx', [cover('Đơn vị tính: nghìn đồng'), data([['Đơn vị tính: nghìn đồng']])]);
    expect(totals(path).money).toEqual(['3000000000', '1503000000']);
  });

  it('the sheet of figures stating another unit: refused, both named', async () => {
    const path = await workbook('2019-other.xlsx', [cover('Đơn vị tính: nghìn đồng'), data([['Đơn vị tính: đồng']])]);
    const r = totals(path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[UNIT_CONTRADICTION]');
    expect(r.stderr).toContain('sheet "Bìa" (A5)');
  });

  it('--money-unit still decides', async () => {
    const path = await workbook('2019-option.xlsx', [cover('Đơn vị tính: nghìn đồng'), data()]);
    const r = totals(path, '--money-unit', 'dong');
    expect(r.code, r.stderr).toBe(0);
    expect(r.money).toEqual(['3000000', '1503000']);
    expect(r.stderr).toContain('[UNIT_CONFLICT]');
  });

  it('a unit line on another sheet that holds a table is that table\'s, not the workbook\'s', async () => {
    // last year's sheet, in nghìn đồng, beside this year's in đồng without a unit line (--sheet picks it)
    const path = await workbook('2019-two.xlsx', [data(), { name: '2018', rows: [['Đơn vị tính: nghìn đồng'], HEADER, ...ROWS] }]);
    const r = totals(path, '--sheet', 'Số liệu');
    expect(r.code, r.stderr).toBe(0);
    expect(r.money).toEqual(['3000000', '1503000']);
  });
});
