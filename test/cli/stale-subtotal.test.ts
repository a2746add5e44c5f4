// SUBTOTAL(9|109, …) in a chain of stale results (a template filled without recalculating; Vietnamese
// statisticians write "Cộng" rows as SUBTOTAL so that a filtered list sums right). A report sheet
// "TH" pulls a data sheet's Cộng / Tổng cộng cell; thads did not work SUBTOTAL out, so the cell
// counted for its stored result: TH and the Cộng row both storing last year's figures agreed, and
// last year's figures were read, exit 0. Now SUBTOTAL(9|109) is worked out as Excel does:
//   - a cell in its range that holds a SUBTOTAL itself is skipped (a "Tổng cộng" SUBTOTAL over
//     offices and their "Cộng" SUBTOTAL rows counts each office once);
//   - 109 skips every hidden row; 9 skips filtered-out rows only, and counts rows hidden by hand —
//     the file does not say which hidden rows a filter hid, so under a filter SUBTOTAL(9) over a
//     hidden row is not judged (its stored result is read, as before);
//   - other function numbers (1–8, 10, 11, 101–108, 110, 111: average, count, max…) are no sums:
//     not judged.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { judgedFormula } from '../../src/input/xlsx/stale-formulas.js';
import { runThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-stale-subtotal-'));

/** Columns C–E: cases total, with conditions, resolved. */
const COLUMNS = ['C', 'D', 'E'];
type Figures = readonly [number, number, number];

// Nam Định 2024, cases:
const VU_BAN: Figures = [130, 100, 85];
const MY_LOC: Figures = [260, 200, 150];
const Y_YEN: Figures = [390, 300, 270];
const NAM_TRUC: Figures = [100, 80, 60];
// By hand: Cộng nhóm 1 (Vụ Bản + Mỹ Lộc) 390 / 300 / 235; Cộng nhóm 2 (Ý Yên + Nam Trực) 490 / 380 / 330;
// all four 880 / 680 / 565 (565 / 680 = 83.088… → 83.09 %). Without Ý Yên: 490 / 380 / 295
// (295 / 380 = 77.631… → 77.63 %).
const GROUP1: Figures = [390, 300, 235];
const GROUP2: Figures = [490, 380, 330];
const ALL: Figures = [880, 680, 565];
const WITHOUT_Y_YEN: Figures = [490, 380, 295];
/** last year's figures, left stored by the template */
const LAST_YEAR: Figures = [800, 600, 500];

function head(ws: ExcelJS.Worksheet): void {
  ws.addRow(['CỤC THADS TỈNH NAM ĐỊNH']);
  ws.addRow(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024']);
  ws.addRow(['Đơn vị tính: Việc']);
  ws.addRow([]);
  ws.addRow(['STT', 'Đơn vị', 'Việc tổng số thụ lý', 'Việc có điều kiện', 'Việc giải quyết xong']);
}

type DataRow = { readonly label: readonly [string | number, string]; readonly typed: Figures } | { readonly label: readonly [string | number, string]; readonly formula: (c: string) => string; readonly stored: Figures };

/**
 * A workbook of two sheets: "TH" (read) with one row "Toàn tỉnh" `='Số liệu'!C<total>` storing
 * `th`, and "Số liệu" (hidden) with `rows` from row 6 on; `setup` may hide rows or add a filter there.
 */
async function workbook(name: string, rows: readonly DataRow[], total: number, th: Figures, setup?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const report = wb.addWorksheet('TH');
  head(report);
  report.addRow(['', 'Toàn tỉnh', ...COLUMNS.map((c, j) => ({ formula: `'Số liệu'!${c}${total}`, result: th[j]! }))]);
  const data = wb.addWorksheet('Số liệu', { state: 'hidden' });
  head(data);
  for (const row of rows) data.addRow([...row.label, ...('typed' in row ? row.typed : COLUMNS.map((c, j) => ({ formula: row.formula(c), result: row.stored[j]! })))]);
  setup?.(data);
  const file = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

async function run(file: string) {
  const r = await runThads(['summarize', file, '--format', 'json']);
  const body = r.code === 0 ? JSON.parse(r.stdout) : null;
  return { code: r.code, stderr: r.stderr.split(file).join('FILE'), cases: body && [body.total.cases.total, body.total.cases.withConditions, body.total.cases.resolved, body.total.cases.rate] };
}

const stale = (stored: number, formula: string, gives: number) =>
  `FILE:TH!C6: error: cases total: the cell stores ${stored}, but its formula ${formula} gives ${gives}: the workbook was not recalculated after its data changed, so what Excel shows is not what it stores [FORMULA_STALE_RESULT]`;

/** Rows 6–12: two groups of two offices, each with its Cộng row, then Tổng cộng (row 12) over rows 6–11. */
const grouped = (fn: 9 | 109, cong: readonly [Figures, Figures], tong: Figures): DataRow[] => [
  { label: [1, 'Vụ Bản'], typed: VU_BAN },
  { label: [2, 'Mỹ Lộc'], typed: MY_LOC },
  { label: ['', 'Cộng nhóm 1'], formula: (c) => `SUBTOTAL(${fn},${c}6:${c}7)`, stored: cong[0] },
  { label: [3, 'Ý Yên'], typed: Y_YEN },
  { label: [4, 'Nam Trực'], typed: NAM_TRUC },
  { label: ['', 'Cộng nhóm 2'], formula: (c) => `SUBTOTAL(${fn},${c}9:${c}10)`, stored: cong[1] },
  { label: ['', 'Tổng cộng'], formula: (c) => `SUBTOTAL(${fn},${c}6:${c}11)`, stored: tong },
];

describe('a Tổng cộng SUBTOTAL over offices and their Cộng SUBTOTAL rows, pulled by TH', () => {
  for (const fn of [9, 109] as const) {
    test(`SUBTOTAL(${fn}) storing last year's, TH too: FORMULA_STALE_RESULT at TH!C6 (was 800 / 600 / 500 read, exit 0)`, async () => {
      // By hand: 'Số liệu'!C12 = 130 + 260 + 390 + 100 = 880 (the Cộng rows skipped), where both store 800
      const r = await run(await workbook(`grouped-stale-${fn}-2024`, grouped(fn, [LAST_YEAR, LAST_YEAR], LAST_YEAR), 12, LAST_YEAR));
      expect(r.code).toBe(1);
      expect(r.stderr.split('\n')[0]).toBe(stale(800, "='Số liệu'!C12", 880));
    });

    test(`control: SUBTOTAL(${fn}) right, each office counted once: 880 / 680 / 565, exit 0`, async () => {
      const r = await run(await workbook(`grouped-right-${fn}-2024`, grouped(fn, [GROUP1, GROUP2], ALL), 12, ALL));
      expect(r.code, r.stderr).toBe(0);
      expect(r.cases).toEqual(['880', '680', '565', '83.09']);
    });
  }

  test('a Tổng cộng storing the Cộng rows counted again (1760 = 880 × 2, what SUM would give): refused, SUBTOTAL gives 880', async () => {
    const doubled: Figures = [1760, 1360, 1130];
    const r = await run(await workbook('grouped-doubled-2024', grouped(9, [GROUP1, GROUP2], doubled), 12, doubled));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(stale(1760, "='Số liệu'!C12", 880));
  });

  test('a Cộng row right but stale under a right Tổng cộng: the Cộng row is skipped, the offices counted: exit 0', async () => {
    // (Cộng nhóm 1 stores last year's 800; Tổng cộng skips it and adds the offices: 880, as stored)
    const r = await run(await workbook('grouped-cong-stale-2024', grouped(9, [LAST_YEAR, GROUP2], ALL), 12, ALL));
    expect(r.code, r.stderr).toBe(0);
    expect(r.cases).toEqual(['880', '680', '565', '83.09']);
  });
});

/** Rows 6–9: the four offices, Ý Yên (row 8) hidden by `setup`; Tổng cộng (row 10) `SUBTOTAL(fn, C6:C9)` storing `stored`. */
const hiddenRow = (fn: 9 | 109, stored: Figures): DataRow[] => [
  { label: [1, 'Vụ Bản'], typed: VU_BAN },
  { label: [2, 'Mỹ Lộc'], typed: MY_LOC },
  { label: [3, 'Ý Yên'], typed: Y_YEN },
  { label: [4, 'Nam Trực'], typed: NAM_TRUC },
  { label: ['', 'Tổng cộng'], formula: (c) => `SUBTOTAL(${fn},${c}6:${c}9)`, stored },
];
const hideByHand = (ws: ExcelJS.Worksheet) => {
  ws.getRow(8).hidden = true;
};
const hideByFilter = (ws: ExcelJS.Worksheet) => {
  ws.autoFilter = 'A5:E9';
  ws.getRow(8).hidden = true;
};

describe('hidden rows: SUBTOTAL(109) skips them, SUBTOTAL(9) only filtered-out ones', () => {
  test('109, Ý Yên hidden by hand, storing all four (880): refused, 109 gives 490 without it', async () => {
    const r = await run(await workbook('hidden-109-stale-2024', hiddenRow(109, ALL), 10, ALL, hideByHand));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(stale(880, "='Số liệu'!C10", 490));
  });

  test('control: 109 storing the visible rows (490 / 380 / 295), as Excel shows it: read, exit 0', async () => {
    const r = await run(await workbook('hidden-109-right-2024', hiddenRow(109, WITHOUT_Y_YEN), 10, WITHOUT_Y_YEN, hideByHand));
    expect(r.code, r.stderr).toBe(0);
    expect(r.cases).toEqual(['490', '380', '295', '77.63']);
  });

  test('9, Ý Yên hidden by hand, storing the visible rows (490): refused, 9 counts a row hidden by hand: 880', async () => {
    const r = await run(await workbook('hidden-9-stale-2024', hiddenRow(9, WITHOUT_Y_YEN), 10, WITHOUT_Y_YEN, hideByHand));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(stale(490, "='Số liệu'!C10", 880));
  });

  test('control: 9, Ý Yên hidden by hand, storing all four: 880 / 680 / 565, exit 0', async () => {
    const r = await run(await workbook('hidden-9-right-2024', hiddenRow(9, ALL), 10, ALL, hideByHand));
    expect(r.code, r.stderr).toBe(0);
    expect(r.cases).toEqual(['880', '680', '565', '83.09']);
  });

  test('9 under an autofilter hiding Ý Yên: filtered out or hidden by hand cannot be told, not judged — the stored 490 is read', async () => {
    const r = await run(await workbook('filtered-9-2024', hiddenRow(9, WITHOUT_Y_YEN), 10, WITHOUT_Y_YEN, hideByFilter));
    expect(r.code, r.stderr).toBe(0);
    expect(r.cases).toEqual(['490', '380', '295', '77.63']);
  });

  test('109 under an autofilter hiding Ý Yên storing all four: refused, 109 skips any hidden row: 490', async () => {
    const r = await run(await workbook('filtered-109-stale-2024', hiddenRow(109, ALL), 10, ALL, hideByFilter));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(stale(880, "='Số liệu'!C10", 490));
  });
});

describe('SUBTOTAL with another function number is no sum', () => {
  test('judgedFormula: 9 and 109 judged, 1–8, 10, 11, 101–108, 110, 111 not', () => {
    for (const fn of [9, 109]) expect(judgedFormula(`SUBTOTAL(${fn},C6:C9)`), String(fn)).not.toBeNull();
    for (const fn of [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 101, 102, 103, 104, 105, 106, 107, 108, 110, 111]) expect(judgedFormula(`SUBTOTAL(${fn},C6:C9)`), String(fn)).toBeNull();
  });

  test('TH pulling a SUBTOTAL(104) (the largest office, 390 / 300 / 270) as stored: not worked out as a sum (880), read as stored, exit 0', async () => {
    const rows: DataRow[] = [...hiddenRow(9, ALL).slice(0, 4), { label: ['', 'Lớn nhất'], formula: (c) => `SUBTOTAL(104,${c}6:${c}9)`, stored: Y_YEN }];
    const r = await run(await workbook('max-104-2024', rows, 10, Y_YEN));
    expect(r.code, r.stderr).toBe(0);
    expect(r.cases).toEqual(['390', '300', '270', '90.00']);
  });

  test('a SUBTOTAL over a cell holding AGGREGATE: whether it is skipped is not sure, not judged (stored read)', async () => {
    const rows: DataRow[] = [
      { label: [1, 'Vụ Bản'], typed: VU_BAN },
      { label: [2, 'Mỹ Lộc'], typed: MY_LOC },
      { label: ['', 'Cộng nhóm 1'], formula: (c) => `_xlfn.AGGREGATE(9,0,${c}6:${c}7)`, stored: GROUP1 },
      { label: ['', 'Tổng cộng'], formula: (c) => `SUBTOTAL(9,${c}6:${c}8)`, stored: GROUP1 },
    ];
    const r = await run(await workbook('aggregate-2024', rows, 9, GROUP1));
    expect(r.code, r.stderr).toBe(0);
    expect(r.cases).toEqual(['390', '300', '235', '78.33']);
  });
});
