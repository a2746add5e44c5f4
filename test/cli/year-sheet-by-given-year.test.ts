// A workbook of one sheet per year ("2023" | "2024") whose file name names no year, read beside
// another workbook (an input, or --previous): its sheet is --year's, as it is read alone. The
// check of every workbook's sheets took the file name's year only, so "bc.xlsx --previous
// bc-2023.xlsx --year 2024" was asked "which one is to be read?" (traps36).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-year-sheet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Office = readonly [string, readonly number[]];
// Tổng số thụ lý, Có điều kiện, Thi hành xong, Đình chỉ
const Y2024: readonly Office[] = [
  ['Chi cục THADS huyện Kim Sơn', [500, 400, 300, 20]],
  ['Chi cục THADS huyện Yên Khánh', [300, 250, 180, 10]],
];
const Y2023: readonly Office[] = [
  ['Chi cục THADS huyện Kim Sơn', [450, 380, 250, 15]],
  ['Chi cục THADS huyện Yên Khánh', [280, 230, 150, 8]],
];

function sheet(wb: ExcelJS.Workbook, name: string, year: number, offices: readonly Office[]): void {
  const ws = wb.addWorksheet(name);
  ws.addRow(['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH']);
  ws.addRow([`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM ${year}`]);
  ws.addRow(['Đơn vị tính: Việc']);
  ws.addRow(['STT', 'Đơn vị', 'Tổng số thụ lý', 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ thi hành án']);
  offices.forEach(([n, v], i) => ws.addRow([i + 1, n, ...v]));
  ws.addRow(['', 'Tổng cộng', ...[0, 1, 2, 3].map((j) => offices.reduce((a, o) => a + o[1][j]!, 0))]);
}

async function book(name: string, sheets: readonly (readonly [string, number, readonly Office[]])[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [n, y, o] of sheets) sheet(wb, n, y, o);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function run(args: readonly string[]) {
  const { io, stdout, stderr } = memoryIo(['summarize', '--format', 'csv', ...args], { env: {} });
  const code = await main(io);
  return { code, stdout: stdout(), stderr: stderr().split(`${dir}/`).join('') };
}

function total(csv: string, cols: readonly string[]): string[] {
  const [head, ...lines] = csv.trim().split('\n').map((l) => l.split(','));
  const row = lines.find((l) => l[head!.indexOf('district')] === 'TOTAL')!;
  return cols.map((c) => row[head!.indexOf(c)]!);
}

describe('the sheet of --year in a workbook beside another (traps36)', () => {
  it('"bc.xlsx" of sheets "2023" | "2024" with --previous and --year 2024: its 2024 sheet, compared', async () => {
    const now = await book('bc.xlsx', [['2023', 2023, Y2023], ['2024', 2024, Y2024]]);
    const before = await book('nb-2023.xlsx', [['Tổng hợp', 2023, Y2023]]);
    const r = await run(['--year', '2024', now, '--previous', before]);
    expect(r.code, r.stderr).toBe(0);
    // 2024 by hand: with conditions 400 + 250 = 650; resolved (300 + 180) + (20 + 10) = 510;
    // 510 / 650 = 78.4615… → 78.46. 2023: 380 + 230 = 610; (250 + 150) + (15 + 8) = 423;
    // 423 / 610 = 69.3442… ; change 78.4615 − 69.3442 = 9.1173… → 9.12; total 800 − 730 = 70.
    expect(total(r.stdout, ['cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'cases_total_change', 'cases_rate_change'])).toEqual(['800', '650', '510', '78.46', '70', '9.12']);
  });

  it('the same workbook as --previous: its 2023 sheet for --year 2024', async () => {
    const now = await book('nb-2024.xlsx', [['Tổng hợp', 2024, Y2024]]);
    const before = await book('bc-old.xlsx', [['2023', 2023, Y2023], ['2024', 2024, Y2024]]);
    const r = await run(['--year', '2024', now, '--previous', before]);
    expect(r.code, r.stderr).toBe(0);
    // as above: 800 − 730 = 70, 78.4615… − 69.3442… → 9.12 (the 2024 sheet would give 0 and 0.00)
    expect(total(r.stdout, ['cases_total', 'cases_rate', 'cases_total_change', 'cases_rate_change'])).toEqual(['800', '78.46', '70', '9.12']);
  });

  it('still asked without --year, and told that --year picks the sheets', async () => {
    const now = await book('bc2.xlsx', [['2023', 2023, Y2023], ['2024', 2024, Y2024]]);
    const before = await book('nb2-2023.xlsx', [['Tổng hợp', 2023, Y2023]]);
    const r = await run([now, '--previous', before]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/which one is to be read\? \[USAGE\]\n {2}hint: .*or pass --year N to read each one's sheet named for year N/);
  });
});

describe('a workbook of one sheet per year as its own --previous (traps36)', () => {
  it('"bc.xlsx --previous bc.xlsx --year 2024": its 2024 sheet against its 2023 sheet', async () => {
    const file = await book('own.xlsx', [['2023', 2023, Y2023], ['2024', 2024, Y2024]]);
    const r = await run(['--year', '2024', file, '--previous', file]);
    expect(r.code, r.stderr).toBe(0);
    // by hand as above: 2024 800, 78.4615… %; 2023 730, 69.3442… %: +70, +9.12 points
    expect(total(r.stdout, ['cases_total', 'cases_rate', 'cases_total_change', 'cases_rate_change'])).toEqual(['800', '78.46', '70', '9.12']);
  });

  it('a copy of it under last year\'s name: the same', async () => {
    const now = await book('own-2024.xlsx', [['2023', 2023, Y2023], ['2024', 2024, Y2024]]);
    const copy = await book('own-copy.xlsx', [['2023', 2023, Y2023], ['2024', 2024, Y2024]]);
    const r = await run(['--year', '2024', now, '--previous', copy]);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, ['cases_total_change', 'cases_rate_change'])).toEqual(['70', '9.12']);
  });

  it('without --year still refused, the hint saying --year N compares its sheets', async () => {
    const file = await book('own2-2024.xlsx', [['2023', 2023, Y2023], ['2024', 2024, Y2024]]);
    const r = await run([file, '--previous', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[PREVIOUS_IS_INPUT]');
    expect(r.stderr).toContain('is its own last year only under --year N: its sheet of N against its sheet of N − 1');
  });

  it('sheets not named for their years ("Tổng hợp" | "Bản sửa"): still refused', async () => {
    const file = await book('own3.xlsx', [['Tổng hợp', 2024, Y2024], ['Bản sửa', 2024, Y2023]]);
    const r = await run(['--year', '2024', '--sheet', 'Tổng hợp', file, '--previous', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[PREVIOUS_IS_INPUT]');
  });
});
