// A by-enforcer sheet (Đơn vị | Chấp hành viên | figures) whose office blocks are each closed by
// a subtotal row naming the office with a subtotal's word before or after it: hand-typed "Tổng Mỹ
// Lộc", "Tổng: Mỹ Lộc", "Mỹ Lộc - Cộng", "Mỹ Lộc (cộng)", "Mỹ Lộc: Tổng số", or what Excel's Data →
// Subtotal writes, "Mỹ Lộc Total" / "Grand Total" (Vietnamese UI: "Mỹ Lộc Tổng" / "Tổng Cuối").
// The fault (work104d 01, 05; work104c 01): those rows were added as further offices — every
// figure doubled, exit 0 — or refused ("names a person", DECLARED_TOTAL_MISMATCH against a kept
// grand total row, SUM_FORMULA_ROW for Excel's SUBTOTAL formulas). Right: a subtotal's word with
// the name of an office the table lists above it is that office's subtotal, as "Cộng Mỹ Lộc" is:
// declared, checked against its rows, never added; "Tổng Cuối" is the grand total as "Grand
// Total" is. Controls: "Tổng" + a name no office in the table bears ("Tổng Ý Yên") and "Tổng cục
// THADS" keep today's reading; a "Tổng Mỹ Lộc" whose figures are not its block's sum is refused
// DECLARED_TOTAL_MISMATCH, as "Cộng Mỹ Lộc" with those figures is; "Cộng Mỹ Lộc" reads as before.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-tongoffice-');

const HEAD = [['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2024'], ['Đơn vị', 'Chấp hành viên', 'Tổng số phải thi hành', 'Có điều kiện', 'Thi hành xong', 'Đình chỉ', 'Chưa có điều kiện']];
// by hand: Mỹ Lộc 100+120 = 220 to execute, 80+100 = 180 with conditions, 60+85 = 145 completed, 2+3 = 5
// terminated, 20+20 = 40 without; Vụ Bản 200+110 = 310, 150+90 = 240, 120+80 = 200, 10+0 = 10, 50+20 = 70.
const MY_LOC = [
  ['Mỹ Lộc', 'Nguyễn Văn An', '100', '80', '60', '2', '20'],
  ['Mỹ Lộc', 'Trần Thị Bình', '120', '100', '85', '3', '20'],
];
const VU_BAN = [
  ['Vụ Bản', 'Phạm Văn Dũng', '200', '150', '120', '10', '50'],
  ['Vụ Bản', 'Hoàng Thị Em', '110', '90', '80', '0', '20'],
];
const MY_LOC_SUM = ['220', '180', '145', '5', '40'];
const VU_BAN_SUM = ['310', '240', '200', '10', '70'];
// the grand total by hand: 220+310 = 530, 180+240 = 420, 145+200 = 345, 5+10 = 15, 40+70 = 110
const GRAND_SUM = ['530', '420', '345', '15', '110'];

/** each block closed by its subtotal row (`before`/`after` the office's name), then `grand` if given */
function sheet(label: (office: string) => string, grand: string | null = null, myLocSum = MY_LOC_SUM): string[][] {
  return [...HEAD, ...MY_LOC, [label('Mỹ Lộc'), '', ...myLocSum], ...VU_BAN, [label('Vụ Bản'), '', ...VU_BAN_SUM], ...(grand === null ? [] : [[grand, '', ...GRAND_SUM]])];
}
const csv = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(','));
const lines = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(';'));

function run(path: string) {
  const r = spawnThads(['summarize', path, '--format', 'json'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
type Cases = { toExecute: string | null; withConditions: string | null; resolved: string | null; rate: string | null };
/** each office's and the total's [to execute, with conditions, resolved, rate] */
function figures(stdout: string) {
  const j = JSON.parse(stdout) as { groups: { district: string; cases: Cases }[]; total: { cases: Cases } };
  const of = (c: Cases) => [c.toExecute, c.withConditions, c.resolved, c.rate];
  return { ...Object.fromEntries(j.groups.map((g) => [g.district, of(g.cases)])), TOTAL: of(j.total.cases) };
}
// by hand: resolved = completed + terminated: Mỹ Lộc 145+5 = 150, Vụ Bản 200+10 = 210, total 360;
// rate = resolved / with conditions: 150/180 = 83.33 %, 210/240 = 87.50 %, 360/420 = 85.71 %
const RIGHT = { 'Mỹ Lộc': ['220', '180', '150', '83.33'], 'Vụ Bản': ['310', '240', '210', '87.50'], TOTAL: ['530', '420', '360', '85.71'] };

const SPELLINGS: readonly (readonly [string, (o: string) => string])[] = [
  ['Tổng <office>', (o) => `Tổng ${o}`],
  ['Tổng: <office>', (o) => `Tổng: ${o}`],
  ['Tổng cộng <office>', (o) => `Tổng cộng ${o}`],
  ['<office> Total (Excel)', (o) => `${o} Total`],
  ['<office> Tổng (Excel, Vietnamese UI)', (o) => `${o} Tổng`],
  ['<office> - Cộng', (o) => `${o} - Cộng`],
  ['<office> (cộng)', (o) => `${o} (cộng)`],
  ['<office>: Tổng số', (o) => `${o}: Tổng số`],
  ['Cộng <office> (as before)', (o) => `Cộng ${o}`],
];

describe("an office's subtotal row under its enforcers, its name with a subtotal's word", () => {
  test.each(SPELLINGS)('"%s", no grand total: read as that office\'s subtotal, not added (530/420, not 1060/840)', (_, label) => {
    const r = run(file('chv-viec-2024.csv', csv(sheet(label))));
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual(RIGHT);
  });

  test.each(SPELLINGS)('"%s" with a "Tổng cộng" row kept below: its 530 agrees, read right (was DECLARED_TOTAL_MISMATCH 1060 vs 530)', (_, label) => {
    const r = run(file('chv-viec-2024.csv', csv(sheet(label, 'Tổng cộng'))));
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual(RIGHT);
  });

  test('Excel\'s "<office> Total" and "Grand Total": read right (was refused NOT_AN_OFFICE or DECLARED_TOTAL_MISMATCH)', () => {
    const r = run(file('chv-viec-2024.csv', csv(sheet((o) => `${o} Total`, 'Grand Total'))));
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual(RIGHT);
  });

  test('Vietnamese-UI Excel\'s "<office> Tổng" and "Tổng Cuối": read right, "Tổng Cuối" the grand total', () => {
    const r = run(file('chv-viec-2024.csv', csv(sheet((o) => `${o} Tổng`, 'Tổng Cuối'))));
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual(RIGHT);
  });

  test('the full office name with "Total", as Excel writes it under "Chi cục THADS huyện Gia Viễn"', () => {
    // by hand: Gia Viễn with conditions 150+250 = 400, completed 100+200 = 300,
    // terminated 10+20 = 30 → resolved 330; Nho Quan 240 / 180+20 = 200; total with conditions 640, resolved 530 (82.81 %)
    const rows = [
      ['STT', 'Đơn vị', 'Chấp hành viên', 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ'],
      ['1', 'Chi cục THADS huyện Gia Viễn', 'Nguyễn Văn An', '150', '100', '10'],
      ['2', 'Chi cục THADS huyện Gia Viễn', 'Trần Thị Bình', '250', '200', '20'],
      ['', 'Chi cục THADS huyện Gia Viễn Total', '', '400', '300', '30'],
      ['3', 'Chi cục THADS huyện Nho Quan', 'Lê Văn Cường', '240', '180', '20'],
      ['', 'Chi cục THADS huyện Nho Quan Total', '', '240', '180', '20'],
    ];
    const r = run(file('st-viec-2024.csv', csv(rows)));
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as { groups: { district: string }[]; total: { cases: Cases } };
    expect(j.groups.map((g) => g.district)).toEqual(['Chi cục THADS huyện Gia Viễn', 'Chi cục THADS huyện Nho Quan']);
    expect([j.total.cases.withConditions, j.total.cases.resolved, j.total.cases.rate]).toEqual(['640', '530', '82.81']);
  });

  test('.xlsx twin (values): "Tổng Mỹ Lộc" rows read as subtotals, 530/420', async () => {
    const r = await summarizeLinesWorkbook(dir, 'chv-viec-2024.xlsx', lines(sheet((o) => `Tổng ${o}`)), ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual(RIGHT);
  });

  test(".xlsx of Excel's Data → Subtotal, SUBTOTAL(9,…) formulas kept: read right (was refused SUM_FORMULA_ROW)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    const cols = ['C', 'D', 'E', 'F', 'G'];
    const sub = (from: number, to: number, sums: readonly string[]) => sums.map((v, i) => ({ formula: `SUBTOTAL(9,${cols[i]}${from}:${cols[i]}${to})`, result: Number(v) }));
    const num = (r: readonly string[]) => [r[0], r[1], ...r.slice(2).map(Number)];
    for (const h of HEAD) ws.addRow(h);
    // rows 3–4 Mỹ Lộc, 5 its subtotal, 6–7 Vụ Bản, 8 its subtotal, 9 the grand total
    for (const r of MY_LOC) ws.addRow(num(r));
    ws.addRow(['Mỹ Lộc Total', null, ...sub(3, 4, MY_LOC_SUM)]);
    for (const r of VU_BAN) ws.addRow(num(r));
    ws.addRow(['Vụ Bản Total', null, ...sub(6, 7, VU_BAN_SUM)]);
    ws.addRow(['Grand Total', null, ...sub(3, 8, GRAND_SUM)]);
    const path = join(dir, 'subtotal-viec-2024.xlsx');
    await wb.xlsx.writeFile(path);
    const { io, stdout, stderr } = memoryIo(['summarize', path, '--format', 'json'], { env: {} });
    const code = await main(io);
    expect(code, stderr()).toBe(0);
    expect(figures(stdout())).toEqual(RIGHT);
  });
});

describe('controls: near shapes keep their reading', () => {
  test('"Tổng Mỹ Lộc" whose figures are not its block\'s sum (230 ≠ 100+120): refused DECLARED_TOTAL_MISMATCH, as "Cộng Mỹ Lộc" is', () => {
    const wrong = ['230', '180', '145', '5', '40'];
    for (const label of [(o: string) => `Tổng ${o}`, (o: string) => `Cộng ${o}`]) {
      const r = run(file('chv-viec-2024.csv', csv(sheet(label, null, wrong))));
      expect(r.code).toBe(1);
      expect(stderrCodes(r.stderr)).toContain('DECLARED_TOTAL_MISMATCH');
      expect(r.stderr).toMatch(/chv-viec-2024\.csv:5:3: error: declared subtotal "(Tổng|Cộng) Mỹ Lộc" has cases to execute 230, but the rows above it add up to 220/);
    }
  });

  test('"Tổng Ý Yên", an office no row of the table names: added as an office, as today (no subtotal of a listed office)', () => {
    const rows = [...HEAD, ...MY_LOC, ['Tổng Ý Yên', '', ...MY_LOC_SUM], ...VU_BAN];
    const r = run(file('chv-viec-2024.csv', csv(rows)));
    expect(r.code, r.stderr).toBe(0);
    // by hand: Mỹ Lộc 220 + "Tổng Ý Yên" 220 + Vụ Bản 310 = 750 to execute; 180+180+240 = 600 with conditions
    const f = figures(r.stdout);
    expect(Object.keys(f)).toEqual(['Mỹ Lộc', 'Tổng Ý Yên', 'Vụ Bản', 'TOTAL']);
    expect(f.TOTAL!.slice(0, 2)).toEqual(['750', '600']);
  });

  test('"Tổng cục THADS" under Mỹ Lộc\'s block: a total, checked against every office row and refused, as today', () => {
    const rows = [...HEAD, ...MY_LOC, ['Tổng cục THADS', '', ...MY_LOC_SUM], ...VU_BAN];
    const r = run(file('chv-viec-2024.csv', csv(rows)));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/declared total "Tổng cục THADS" has cases to execute 220, but the office rows add up to 530/);
  });
});
