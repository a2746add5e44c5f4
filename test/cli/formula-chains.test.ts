// traps36 c and h: a Cục's multi-sheet workbook (Nam Định 2024, money in nghìn đồng) whose
// summary sheet "TH" pulls each office from the office's own sheet, every stored result last
// year's (a template filled without recalculating).
//   c: TH!C7 `='Vụ Bản'!C8`, where the office sheet's Cộng row C8 is itself `=SUM(C6:C7)` over
//      its enforcers' typed rows. Each stored result agreed with the one it names, so thads read
//      last year's 690 / 520 / 390, exit 0, no warning (one hop, `=SUM('Vụ Bản'!C6:C7)`, was
//      already refused).
//   h: TH's Toàn tỉnh row `=SUM('Vụ Bản:Ý Yên'!C7)`, a 3-D sum across the office sheets: not
//      worked out at all, last year's 690 / 520 / 390 read, exit 0.
// Right: a formula cell a judged formula names is worked out in turn (stale-formulas.ts
// Links), and a 3-D SUM is the same cell on each sheet from the first to the last — a stale
// result is FORMULA_STALE_RESULT at the TH cell, a right one read.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { areasOf, judgedFormula } from '../../src/input/xlsx/stale-formulas.js';
import { runThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-formula-chains-'));

/** Columns C–H: cases total, with conditions, resolved; money (nghìn đồng) total, with conditions, resolved. */
const COLUMNS = ['C', 'D', 'E', 'F', 'G', 'H'];
/** Each office's two enforcers' typed rows (2024), halves of the office's figures. */
const OFFICES = [
  // Vụ Bản 130 / 100 / 85, 7000 / 5000 / 2500: 65 + 65, 50 + 50, 42 + 43, 3500 + 3500, 2500 + 2500, 1250 + 1250
  { name: 'Vụ Bản', rows: [[65, 50, 42, 3500, 2500, 1250], [65, 50, 43, 3500, 2500, 1250]], lastYear: [120, 90, 70, 6000, 4000, 1000] },
  // Mỹ Lộc 260 / 200 / 150, 11000 / 8000 / 4000
  { name: 'Mỹ Lộc', rows: [[130, 100, 75, 5500, 4000, 2000], [130, 100, 75, 5500, 4000, 2000]], lastYear: [240, 180, 120, 9000, 7000, 3000] },
  // Ý Yên 390 / 300 / 270, 15000 / 12000 / 3000
  { name: 'Ý Yên', rows: [[195, 150, 135, 7500, 6000, 1500], [195, 150, 135, 7500, 6000, 1500]], lastYear: [330, 250, 200, 13000, 10000, 2000] },
];
const thisYear = (office: (typeof OFFICES)[number]) => office.rows[0]!.map((v, j) => v + office.rows[1]![j]!);

// By hand, 2024: cases 130 + 260 + 390 = 780, with conditions 100 + 200 + 300 = 600, resolved
// 85 + 150 + 270 = 505 (505 / 600 = 84.17 %); money 7000 + 11000 + 15000 = 33 000 nghìn =
// 33 000 000 đồng, 5000 + 8000 + 12000 = 25 000 000, 2500 + 4000 + 3000 = 9 500 000.
const RIGHT = { cases: ['780', '600', '505', '84.17'], money: ['33000000', '25000000', '9500000'] };

function summaryHead(ws: ExcelJS.Worksheet): void {
  ws.addRow(['CỤC THADS TỈNH NAM ĐỊNH']);
  ws.addRow(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024']);
  ws.addRow(['Đơn vị tính: Việc; nghìn đồng']);
  ws.addRow([]);
  ws.addRow(['STT', 'Đơn vị', 'Về việc', '', '', 'Về tiền', '', '']);
  ws.addRow(['', '', 'Tổng số thụ lý', 'Có điều kiện', 'Giải quyết xong', 'Tổng số thụ lý', 'Có điều kiện', 'Giải quyết xong']);
  for (const range of ['C5:E5', 'F5:H5', 'A5:A6', 'B5:B6']) ws.mergeCells(range);
}

/** An office's sheet: its enforcers on rows 6–7, its Cộng row 8 `=SUM(C6:C7)` (or `total(column)`) storing `stored`. */
function officeSheet(wb: ExcelJS.Workbook, office: (typeof OFFICES)[number], stored: readonly number[], hidden: boolean, total = (c: string) => `SUM(${c}6:${c}7)`, sheetName = office.name): void {
  const ws = wb.addWorksheet(sheetName, { state: hidden ? 'hidden' : 'visible' });
  ws.addRow([`CHI CỤC THADS HUYỆN ${office.name.toUpperCase()}`]);
  ws.addRow(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024 THEO CHẤP HÀNH VIÊN']);
  ws.addRow(['Đơn vị tính: Việc; nghìn đồng']);
  ws.addRow([]);
  ws.addRow(['STT', 'Chấp hành viên', 'Việc tổng số thụ lý', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền tổng số thụ lý', 'Tiền có điều kiện', 'Tiền giải quyết xong']);
  ws.addRow([1, 'Nguyễn Văn A', ...office.rows[0]!]);
  ws.addRow([2, 'Trần Thị B', ...office.rows[1]!]);
  ws.addRow(['', 'Cộng', ...COLUMNS.map((c, j) => ({ formula: total(c), result: stored[j]! }))]);
}

/**
 * traps36 c: TH rows 7–9 `='<office>'!C8`, its Tổng cộng row 10 `=SUM(C7:C9)`; TH stores
 * `th(office)`, each office's Cộng row `cong(office)`.
 */
async function chainWorkbook(name: string, opts: { th: (i: number) => readonly number[]; cong: (i: number) => readonly number[]; hidden: boolean; total?: (c: string) => string }): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const th = wb.addWorksheet('TH');
  summaryHead(th);
  OFFICES.forEach((office, i) => th.addRow([i + 1, office.name, ...COLUMNS.map((c, j) => ({ formula: `'${office.name}'!${c}8`, result: opts.th(i)[j]! }))]));
  th.addRow(['', 'Tổng cộng', ...COLUMNS.map((c, j) => ({ formula: `SUM(${c}7:${c}9)`, result: [0, 1, 2].reduce((n, i) => n + opts.th(i)[j]!, 0) }))]);
  OFFICES.forEach((office, i) => officeSheet(wb, office, opts.cong(i), opts.hidden, opts.total));
  const file = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

/**
 * traps36 h: TH's one row, Toàn tỉnh, `=SUM(<first>:<last>!C7)` storing `stored`; each office
 * sheet (named `names`) its one typed row 7 (the office's 2024 figures); after them a notes
 * sheet whose C7:H7 the span must not take in.
 */
async function threeDWorkbook(name: string, stored: readonly number[], names = OFFICES.map((o) => o.name)): Promise<string> {
  const plain = [names[0]!, names[2]!].every((s) => /^[A-Za-z]\w*$/.test(s));
  const span = plain ? `${names[0]}:${names[2]}` : `'${names[0]}:${names[2]}'`;
  const wb = new ExcelJS.Workbook();
  const th = wb.addWorksheet('TH');
  summaryHead(th);
  th.addRow(['', 'Toàn tỉnh', ...COLUMNS.map((c, j) => ({ formula: `SUM(${span}!${c}7)`, result: stored[j]! }))]);
  OFFICES.forEach((office, i) => {
    const ws = wb.addWorksheet(names[i]!);
    summaryHead(ws);
    ws.addRow([1, office.name, ...thisYear(office)]);
  });
  const notes = wb.addWorksheet('Ghi chú');
  for (let r = 1; r < 7; r++) notes.addRow([]);
  notes.addRow(['', 'không cộng', 1, 1, 1, 1, 1, 1]);
  const file = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

async function run(file: string, sheet?: string) {
  const r = await runThads(['summarize', file, ...(sheet ? ['--sheet', sheet] : []), '--format', 'json']);
  const body = r.code === 0 ? JSON.parse(r.stdout) : null;
  return {
    code: r.code,
    stderr: r.stderr.split(file).join('FILE'),
    cases: body && [body.total.cases.total, body.total.cases.withConditions, body.total.cases.resolved, body.total.cases.rate],
    money: body && [body.total.money.total, body.total.money.withConditions, body.total.money.resolved],
  };
}

const stale = (at: string, stored: number, formula: string, gives: number) =>
  `FILE:TH!${at}: error: cases total: the cell stores ${stored}, but its formula ${formula} gives ${gives}: the workbook was not recalculated after its data changed, so what Excel shows is not what it stores [FORMULA_STALE_RESULT]`;

const lastYear = (i: number) => OFFICES[i]!.lastYear;
const right = (i: number) => thisYear(OFFICES[i]!);

describe('traps36 c: TH cells naming office sheets whose Cộng row is itself a formula', () => {
  test('hidden office sheets, every stored result last year’s: FORMULA_STALE_RESULT at TH!C7 (was 690 / 520 / 390, exit 0)', async () => {
    // By hand: 'Vụ Bản'!C8 = SUM(C6:C7) = 65 + 65 = 130, where TH!C7 and C8 both store 120
    const r = await run(await chainWorkbook('chain-stale-hidden-2024', { th: lastYear, cong: lastYear, hidden: true }));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(stale('C7', 120, "='Vụ Bản'!C8", 130));
  });

  test('visible office sheets, read with --sheet TH: refused the same way', async () => {
    const r = await run(await chainWorkbook('chain-stale-visible-2024', { th: lastYear, cong: lastYear, hidden: false }), 'TH');
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(stale('C7', 120, "='Vụ Bản'!C8", 130));
  });

  test('control: every stored result right (recalculated): the 2024 totals, exit 0', async () => {
    const r = await run(await chainWorkbook('chain-right-2024', { th: right, cong: right, hidden: true }));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.cases).toEqual(RIGHT.cases);
    expect(r.money).toEqual(RIGHT.money);
  });

  test('a Cộng row =SUBTOTAL(9,C6:C7) storing its right result: right ones read, exit 0', async () => {
    const r = await run(await chainWorkbook('chain-subtotal-right-2024', { th: right, cong: right, hidden: true, total: (c) => `SUBTOTAL(9,${c}6:${c}7)` }));
    expect(r.code, r.stderr).toBe(0);
    expect(r.cases).toEqual(RIGHT.cases);
    expect(r.money).toEqual(RIGHT.money);
  });

  for (const fn of [9, 109]) {
    test(`a Cộng row =SUBTOTAL(${fn},C6:C7) storing last year's, as TH does: worked out now, FORMULA_STALE_RESULT at TH!C7 (was read, exit 0)`, async () => {
      // By hand: 'Vụ Bản'!C8 = SUBTOTAL(C6:C7) = 65 + 65 = 130 (no row hidden), where TH!C7 and C8 both store 120
      const r = await run(await chainWorkbook(`chain-subtotal${fn}-stale-2024`, { th: lastYear, cong: lastYear, hidden: true, total: (c) => `SUBTOTAL(${fn},${c}6:${c}7)` }));
      expect(r.code).toBe(1);
      expect(r.stderr.split('\n')[0]).toBe(stale('C7', 120, "='Vụ Bản'!C8", 130));
    });
  }

  test('… and a TH cell contradicting that stored result is still refused (one hop, as before)', async () => {
    // By hand: 'Vụ Bản'!C8 stores 130 (this year's), TH!C7 last year's 120
    const r = await run(await chainWorkbook('chain-subtotal-thstale-2024', { th: lastYear, cong: right, hidden: true, total: (c) => `SUBTOTAL(9,${c}6:${c}7)` }));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(stale('C7', 120, "='Vụ Bản'!C8", 130));
  });

  test('a Cộng row adding its own cell (circular, =SUM(C6:C8)) is taken at its stored result: right ones read, exit 0', async () => {
    const r = await run(await chainWorkbook('chain-circular-right-2024', { th: right, cong: right, hidden: true, total: (c) => `SUM(${c}6:${c}8)` }));
    expect(r.code, r.stderr).toBe(0);
    expect(r.cases).toEqual(RIGHT.cases);
  });
});

describe("traps36 h: TH's Toàn tỉnh row of 3-D sums across the office sheets", () => {
  const LAST_YEAR = [690, 520, 390, 28000, 21000, 6000]; // 120 + 240 + 330, 90 + 180 + 250, …

  test("=SUM('Vụ Bản:Ý Yên'!C7) storing last year's 690: FORMULA_STALE_RESULT (was 690 / 520 / 390, exit 0)", async () => {
    // By hand: 130 + 260 + 390 = 780 (the notes sheet after Ý Yên is outside the span)
    const r = await run(await threeDWorkbook('th3d-stale-2024', LAST_YEAR), 'TH');
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(stale('C7', 690, "=SUM('Vụ Bản:Ý Yên'!C7)", 780));
  });

  test('sheets named without quotes (=SUM(VuBan:YYen!C7)): refused the same way', async () => {
    const r = await run(await threeDWorkbook('th3d-unquoted-stale-2024', LAST_YEAR, ['VuBan', 'MyLoc', 'YYen']), 'TH');
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(stale('C7', 690, '=SUM(VuBan:YYen!C7)', 780));
  });

  test('control: storing the right sums, the 2024 totals, exit 0', async () => {
    const r = await run(await threeDWorkbook('th3d-right-2024', [780, 600, 505, 33000, 25000, 9500]), 'TH');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.cases).toEqual(RIGHT.cases);
    expect(r.money).toEqual(RIGHT.money);
  });
});

describe('3-D spans are read in SUM only', () => {
  const sheets = ['TH', 'Vụ Bản', 'Mỹ Lộc', 'Ý Yên', 'Ghi chú'];
  const named = (w: string | null) => (w === null ? 'TH' : sheets.includes(w) ? w : null);
  const between = (a: string, b: string) => sheets.slice(sheets.indexOf(a), sheets.indexOf(b) + 1);

  test("SUM('Vụ Bản:Ý Yên'!C7) is C7 of Vụ Bản, Mỹ Lộc and Ý Yên; ='Vụ Bản:Ý Yên'!C7 alone (Excel's #VALUE!) is not judged", () => {
    const e = judgedFormula("SUM('Vụ Bản:Ý Yên'!C7)", named, between);
    expect(e && areasOf(e).map((a) => a.sheet)).toEqual(['Vụ Bản', 'Mỹ Lộc', 'Ý Yên']);
    expect(judgedFormula("'Vụ Bản:Ý Yên'!C7", named, between)).toBeNull();
    expect(judgedFormula("SUM('Vụ Bản:Hải Hậu'!C7)", named, (a, b) => (sheets.includes(b) ? between(a, b) : null))).toBeNull();
  });
});
