// "t06" in a file name is month 06 (tháng 6): the report through 30/6, from 1 October of the year
// before (README: "T6.2026" is June), never six months. A workbook of the pair of forms, "Việc" |
// "Tiền", so named under titles of the whole year was refused "which one is to be read?", the
// real error, the name's period against both titles', left unsaid (traps36 naming/t06-viec-2024.xlsx).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-month-pair-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Vụ Bản, Mỹ Lộc: Tổng số thụ lý, Có điều kiện, Giải quyết xong (việc; tiền in nghìn đồng)
const CASES = [['Vụ Bản', 130, 100, 85], ['Mỹ Lộc', 260, 200, 150]] as const;
const MONEY = [['Vụ Bản', 7000, 5000, 2500], ['Mỹ Lộc', 11000, 8000, 4000]] as const;

function tab(wb: ExcelJS.Workbook, name: string, title: string, unit: string, rows: readonly (readonly [string, number, number, number])[]): void {
  const ws = wb.addWorksheet(name);
  ws.addRow(['CỤC THADS TỈNH NAM ĐỊNH']);
  ws.addRow([title]);
  ws.addRow([unit]);
  ws.addRow(['STT', 'Đơn vị', 'Tổng số thụ lý', 'Có điều kiện', 'Giải quyết xong']);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
}

async function pair(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  tab(wb, 'Việc', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024', 'Đơn vị tính: việc', CASES);
  tab(wb, 'Tiền', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2024', 'Đơn vị tính: nghìn đồng', MONEY);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function run(args: readonly string[]) {
  const { io, stdout, stderr } = memoryIo(['summarize', ...args], { env: {} });
  const code = await main(io);
  return { code, stdout: stdout(), stderr: stderr().split(`${dir}/`).join('') };
}

describe('"t06" in a file name: month 6, through 30/6 (traps36)', () => {
  it('a pair of tabs under titles of the year 2024: the period conflict, not "which one is to be read?"', async () => {
    const r = await run([await pair('t06-viec-2024.xlsx')]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toContain('which one is to be read');
    expect(r.stderr).toContain('t06-viec-2024.xlsx:Việc: error: the title (line 2) states the period to 30/9/2024, but the file name the period to 30/6/2024');
    expect(r.stderr).toContain('[YEAR_CONFLICT]');
  });

  it('control: the same workbook under a name of no month is read, both tabs', async () => {
    const r = await run(['--format', 'csv', await pair('x06-viec-tien-2024.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    const [head, ...lines] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const total = lines.find((l) => l[head!.indexOf('district')] === 'TOTAL')!;
    // by hand: cases 100 + 200 = 300 with conditions, 85 + 150 = 235 resolved; money 5.000 +
    // 8.000 = 13.000 nghìn = 13.000.000 đồng, 2.500 + 4.000 = 6.500 nghìn = 6.500.000 đồng
    expect(['cases_with_conditions', 'cases_resolved', 'money_with_conditions', 'money_resolved'].map((c) => total[head!.indexOf(c)])).toEqual(['300', '235', '13000000', '6500000']);
  });

  it('a CSV so named is the report of month 6: 1/10/2023 to 30/6/2024, nine months', async () => {
    const file = join(dir, 't06-viec-2024.csv');
    writeFileSync(file, 'Đơn vị;Có điều kiện;Thi hành xong\nVụ Bản;100;85\nMỹ Lộc;200;150\n');
    const r = await run(['--format', 'json', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).period).toEqual({ start: '2023-10-01', end: '2024-06-30', months: 9 });
  });
});
