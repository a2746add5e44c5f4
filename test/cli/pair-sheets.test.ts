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
const CASES_2023: Rows = [['Vụ Bản', 120, 90, 70], ['Mỹ Lộc', 240, 180, 120], ['Ý Yên', 330, 250, 200]];
const MONEY_2023: Rows = [['Vụ Bản', 6000, 4000, 1000], ['Mỹ Lộc', 9000, 7000, 3000], ['Ý Yên', 13000, 10000, 2000]];
// By hand: cases 2024 with conditions 100 + 200 + 300 = 600, resolved 85 + 150 + 270 = 505;
// money 2024 (nghìn đồng) with conditions 5000 + 8000 + 12000 = 25000, resolved 2500 + 4000 + 3000 = 9500,
// in đồng 25.000.000 and 9.500.000. Cases 2023: 90 + 180 + 250 = 520, 70 + 120 + 200 = 390;
// money 2023: 4000 + 7000 + 10000 = 21000, 1000 + 3000 + 2000 = 6000 nghìn (21.000.000, 6.000.000 đồng).

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

describe('this year\'s pair beside last year\'s', () => {
  const fourTabs = () => [cases('Việc 2024', CASES_2024), money('Tiền 2024', MONEY_2024), cases('Việc 2023', CASES_2023, 2023), money('Tiền 2023', MONEY_2023, 2023)];

  it('"Việc 2024" | "Tiền 2024" | "Việc 2023" | "Tiền 2023" in a file of 2024: the 2024 pair read, cases and money (was refused, the hint naming "Việc 2024" alone)', async () => {
    const r = run(await workbook('bc-2024.xlsx', fourTabs()));
    expect(r.code, r.stderr).toBe(0);
    expect(r.cases).toEqual(['600', '505']);
    expect(r.money).toEqual(['25000000', '9500000']);
  });

  it('--year 2023 reads the 2023 pair', async () => {
    const r = run(await workbook('bc-nam.xlsx', fourTabs()), '--year', '2023');
    expect(r.code, r.stderr).toBe(0);
    expect(r.cases).toEqual(['520', '390']);
    expect(r.money).toEqual(['21000000', '6000000']);
  });

  it('no year to pick by: refused, naming the four tabs', async () => {
    const r = run(await workbook('bc-nam-ngoai.xlsx', fourTabs()));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('4 sheets with a table ("Việc 2024", "Tiền 2024", "Việc 2023", "Tiền 2023")');
    expect(r.stderr).toContain('or pass --year N to read the sheet named for year N');
  });
});

describe('the sheets a refusal names for the report\'s year', () => {
  const withSummary = () => [cases('Việc 2024', CASES_2024), money('Tiền 2024', MONEY_2024), cases('Tổng hợp', CASES_2024)];

  it('two sheets of the file name\'s year beside a summary: both named, not one as "the sheet named for the file\'s year"', async () => {
    const r = run(await workbook('th-2024.xlsx', withSummary()));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the sheets named for the file name\'s year 2024 are "Việc 2024", "Tiền 2024"');
  });

  it('the year given by --year is said to be --year\'s, not the file\'s', async () => {
    const r = run(await workbook('th-nam.xlsx', [cases('2024', CASES_2024), cases('Tổng hợp', CASES_2024)]), '--year', '2024');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the sheet named for --year 2024 is --sheet "2024"');
  });

  it('a file name of two years ("2023-2024") picks no sheet by its first: refused, --year offered', async () => {
    const r = run(await workbook('nam-tk-2023-2024.xlsx', [cases('2023', CASES_2023, 2023), cases('2024', CASES_2024)]));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('or pass --year N');
    expect(r.stderr).not.toContain("the report's year 2023");
  });
});

describe('a tab named for its measure, over headers that name none', () => {
  const plain = { title: 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', unit: null };
  // No unit stated: money in đồng, 5000 + 8000 + 12000 = 25000 and 2500 + 4000 + 3000 = 9500.
  for (const [k, [viec, tien]] of ([['Việc', 'Tiền'], ['Viec', 'Tien'], ['VIỆC', 'Tiền (đồng)'], ['Bieu 07 Viec', 'Bieu 08 Tien']] as const).entries()) {
    it(`"${viec}" | "${tien}": the pair read, each tab's plain headers in its name's measure (was MEASURE_UNKNOWN, the tab unnamed)`, async () => {
      const path = await workbook(`bc-tab-${k}-2024.xlsx`, [cases(viec, CASES_2024, 2024, plain), money(tien, MONEY_2024, 2024, plain)]);
      const r = run(path);
      expect(r.code, r.stderr).toBe(0);
      expect(r.cases).toEqual(['600', '505']);
      expect(r.money).toEqual(['25000', '9500']);
    });
  }

  it('a tab that names no measure: still refused, and the hint names the tab', async () => {
    const path = await workbook('so-lieu-2024.xlsx', [cases('Số liệu', CASES_2024, 2024, plain)]);
    const r = run(path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[MEASURE_UNKNOWN]');
    expect(r.stderr).toContain('name the sheet "Số liệu" for its measure');
  });

  it('a tab "Việc" over a title "TÍNH BẰNG TIỀN": refused, MEASURE_CONFLICT naming the sheet name', async () => {
    const path = await workbook('bc-xung-dot-2024.xlsx', [money('Việc', MONEY_2024, 2024, { unit: null })]);
    const r = run(path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("the sheet's name \"Việc\" says it counts cases, but the title");
    expect(r.stderr).toContain('[MEASURE_CONFLICT]');
  });
});
