// The pair of forms on two tabs ("Việc" | "Tiền") in the shapes the traps36 probe found wrong:
// a hidden money tab, last year's pair kept beside this year's, tabs named only by their measure,
// a chart sheet picked with --sheet. Workbooks written by exceljs, an Excel-like writer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-pair-sheets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Rows = readonly (readonly [string, number, number, number])[];
// office, total accepted, with conditions, resolved — cases in việc, money in nghìn đồng
const CASES_2024: Rows = [['Vụ Bản', 130, 100, 85], ['Mỹ Lộc', 260, 200, 150], ['Ý Yên', 390, 300, 270]];
const MONEY_2024: Rows = [['Vụ Bản', 7000, 5000, 2500], ['Mỹ Lộc', 11000, 8000, 4000], ['Ý Yên', 15000, 12000, 3000]];
// By hand: cases 2024 with conditions 100 + 200 + 300 = 600, resolved 85 + 150 + 270 = 505;
// money 2024 (nghìn đồng) with conditions 5000 + 8000 + 12000 = 25000, resolved 2500 + 4000 + 3000 = 9500,
// in đồng 25.000.000 and 9.500.000.

interface Sheet {
  readonly name: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** the title, the unit line (none: null) and the header's labels */
  readonly title: string;
  readonly unit: string | null;
  readonly labels?: readonly string[];
  readonly rows: Rows;
}

const cases = (name: string, rows: Rows, year = 2024, more: Partial<Sheet> = {}): Sheet => ({ name, title: `KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM ${year}`, unit: 'Đơn vị tính: việc', rows, ...more });
const money = (name: string, rows: Rows, year = 2024, more: Partial<Sheet> = {}): Sheet => ({ name, title: `KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM ${year}`, unit: 'Đơn vị tính: nghìn đồng', rows, ...more });

async function workbook(name: string, sheets: readonly Sheet[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : {});
    ws.addRow(['CỤC THADS TỈNH NAM ĐỊNH']);
    ws.addRow([s.title]);
    ws.addRow(s.unit === null ? [] : [s.unit]);
    ws.addRow(['STT', 'Đơn vị', ...(s.labels ?? ['Tổng số thụ lý', 'Có điều kiện', 'Giải quyết xong'])]);
    s.rows.forEach((r, k) => ws.addRow([k + 1, ...r]));
  }
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

function run(path: string, ...args: string[]) {
  const r = spawnThads(['summarize', path, '--format', 'json', ...args]);
  const total = r.code === 0 ? JSON.parse(r.stdout).total : null;
  const pick = (m: { withConditions: string; resolved: string } | null) => (m === null ? null : [m.withConditions, m.resolved]);
  return { code: r.code, stderr: r.stderr, cases: total && pick(total.cases), money: total && pick(total.money) };
}

describe('a hidden tab holding the other half of the pair', () => {
  it('"Việc" shown, "Tiền" hidden: the cases read, and the money left out said at the hidden tab (was dropped unsaid, exit 0)', async () => {
    const path = await workbook('bc-hidden-2024.xlsx', [cases('Việc', CASES_2024), money('Tiền', MONEY_2024, 2024, { state: 'hidden' })]);
    const r = run(path);
    expect(r.code, r.stderr).toBe(0);
    expect(r.cases).toEqual(['600', '505']);
    expect(r.money).toBeNull();
    expect(r.stderr).toContain('bc-hidden-2024.xlsx:Tiền: warning: the sheet "Tiền" is hidden and holds a table of money');
    expect(r.stderr).toContain('[HIDDEN_SHEET_LEFT_OUT]');
    // check does not pass a workbook whose money it has not looked at
    expect(spawnThads(['check', path]).code).toBe(1);
  });

  it('--sheet "Việc" reads the cases alone, as meant: nothing said', async () => {
    const path = await workbook('bc-hidden-sheet-2024.xlsx', [cases('Việc', CASES_2024), money('Tiền', MONEY_2024, 2024, { state: 'hidden' })]);
    const r = run(path, '--sheet', 'Việc');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('HIDDEN_SHEET_LEFT_OUT');
  });

  it('hidden offices\' sheets of the same measure beside the summary: nothing said', async () => {
    const path = await workbook('hidden-offices-2024.xlsx', [cases('TH', CASES_2024), ...CASES_2024.map((r) => cases(r[0], [r], 2024, { state: 'hidden' }))]);
    const r = run(path);
    expect(r.code, r.stderr).toBe(0);
    expect(r.cases).toEqual(['600', '505']);
    expect(r.stderr).not.toContain('HIDDEN_SHEET_LEFT_OUT');
  });
});
