// A Biểu 07 workbook with a "Tỷ lệ (%)" column of NUMBER cells holding fractions in a percent
// format that shows decimals (0.9572 as `0.00%`, the way Excel stores every percent), beside figures
// typed as TEXT in Vietnamese ("1.052", "13.338": the green-triangle column). The fault: the rate
// cells' formatted text "95.72%" was taken as a rate cell written in English, settling the file as
// English, so "1.052" nghìn đồng was read 1.052 (money reduced 669,789,052 đ, not 670,840,000 đ) and
// the triệu đồng sheet's "13.338" as 13.338 triệu (with conditions 49,064,000 đ, money rate 3624 %),
// exit 0. A number cell is written in no convention (convention-evidence.ts: only text cells
// settle it): both sheets are now refused AMBIGUOUS_NUMBER, as the same sheets without the rate
// column are (SPEC §3). Controls: a rate column typed as text in Vietnamese ("95,72") settles it
// (read right), as --number-format vi does and the CSV twin; a `0.00` rate number 95.72, a date
// cell and a percent formula's result settle nothing (refused, as without them).
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-pctcells-');

type Cell = string | number | Date | { formula: string; result: number } | null;
/** which cells carry which number format: [row index in `rows` (0-based), column (1-based)] → format */
type Formats = ReadonlyMap<string, string>;

async function workbook(name: string, rows: readonly (readonly Cell[])[], formats: Formats): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 07');
  rows.forEach((r, i) => {
    const row = ws.addRow([...r]);
    r.forEach((_, c) => {
      const fmt = formats.get(`${i}:${c + 1}`);
      if (fmt !== undefined) row.getCell(c + 1).numFmt = fmt;
    });
  });
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const TITLE: Cell[][] = [['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH'], ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019']];
const FIRST = 3; // the header row's index (0-based): title ×2, unit line above it; the offices are sheet rows 5–8

// Case A: nghìn đồng, figures numbers but one money-reduced cell typed as text "1.052".
const HEADER_A: Cell[] = ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc thi hành xong', 'Việc đình chỉ', 'Tỷ lệ (%)', 'Tiền có điều kiện', 'Tiền thi hành xong', 'Tiền đình chỉ', 'Tiền giảm thi hành án'];
const OFFICES_A: [string, number, number, number, number, number, number, string | number][] = [
  ['Thành phố Nam Định', 608, 545, 37, 13338212, 10834321, 799411, '1.052'],
  ['Mỹ Lộc', 586, 520, 13, 9565824, 7194245, 634044, 181446],
  ['Vụ Bản', 655, 611, 19, 16389337, 13086832, 1077529, 325679],
  ['Ý Yên', 298, 266, 10, 9770952, 7917401, 305181, 162663],
];
/** the rate column's cell of office `i` (0-based) */
type Rate = (i: number) => Cell;
const FRACTIONS = [0.9572368421052632, 0.909556313993174, 0.9618320610687023, 0.9261744966442953];

function sheetA(rate: Rate | null): Cell[][] {
  const header = rate ? HEADER_A : HEADER_A.filter((_, c) => c !== 5);
  const rows = OFFICES_A.map(([name, c, d, e, g, h, i, j], k) => {
    const cells: Cell[] = [k + 1, name, c, d, e, rate ? rate(k) : null, g, h, i, j];
    return rate ? cells : cells.filter((_, col) => col !== 5);
  });
  return [...TITLE, ['Đơn vị tính: Việc; nghìn đồng'], header, ...rows];
}

// Case B: triệu đồng, every figure typed as text in Vietnamese, with two rate columns.
const HEADER_B: Cell[] = ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc thi hành xong', 'Việc đình chỉ', 'Tỷ lệ việc (%)', 'Tiền có điều kiện', 'Tiền thi hành xong', 'Tiền đình chỉ', 'Tỷ lệ tiền (%)'];
const OFFICES_B: [string, string, string, string, string, string, string][] = [
  ['Thành phố Nam Định', '608', '545', '37', '13.338', '10.834', '799'],
  ['Mỹ Lộc', '586', '520', '13', '9.566', '7.194', '634'],
  ['Vụ Bản', '655', '611', '19', '16.389', '13.087', '1.078'],
  ['Ý Yên', '298', '266', '10', '9.771', '7.917', '305'],
];
const MONEY_FRACTIONS = [0.8721697405907932, 0.818314865147397, 0.8642992250899993, 0.8414696551018319];

function sheetB(withRates: boolean): Cell[][] {
  const header = withRates ? HEADER_B : HEADER_B.filter((_, c) => c !== 5 && c !== 9);
  const rows = OFFICES_B.map(([name, c, d, e, g, h, i], k): Cell[] => (withRates ? [k + 1, name, c, d, e, FRACTIONS[k]!, g, h, i, MONEY_FRACTIONS[k]!] : [k + 1, name, c, d, e, g, h, i]));
  return [...TITLE, ['Đơn vị tính: Việc; triệu đồng'], header, ...rows];
}

/** the format `fmt` on column `col` (1-based) of every office row */
function formatted(col: number, fmt: string, cols: readonly number[] = [col]): Formats {
  const m = new Map<string, string>();
  for (let k = 0; k < 4; k++) for (const c of cols) m.set(`${FIRST + 1 + k}:${c}`, fmt);
  return m;
}
const PERCENT = formatted(6, '0.00%');

function run(path: string, ...args: string[]) {
  const r = spawnThads(['summarize', path, '--format', 'json', '--year', '2019', ...args], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
const total = (stdout: string) => JSON.parse(stdout).total as { cases: Record<string, string>; money: Record<string, string> };

// by hand, case A: cases with conditions 608+586+655+298 = 2147, resolved (545+37)+(520+13)+(611+19)+(266+10) = 2021;
// money (nghìn đồng ×1000): with conditions 13338212+9565824+16389337+9770952 = 49,064,325 → 49,064,325,000;
// completed 10834321+7194245+13086832+7917401 = 39,032,799; terminated 799411+634044+1077529+305181 = 2,816,165;
// reduced 1052+181446+325679+162663 = 670,840 → 670,840,000; resolved 39,032,799+2,816,165+670,840 = 42,519,804 → 42,519,804,000
const RIGHT_A = { withConditions: '49064325000', reduced: '670840000', resolved: '42519804000' };
// by hand, case B (triệu đồng ×1,000,000): with conditions 13338+9566+16389+9771 = 49,064 → 49,064,000,000;
// completed 10834+7194+13087+7917 = 39,032; terminated 799+634+1078+305 = 2,816; resolved 41,848 → 41,848,000,000;
// rate 41848/49064 = 85.292… → 85.29
const RIGHT_B = { withConditions: '49064000000', resolved: '41848000000', rate: '85.29' };

describe('percent-formatted rate number cells beside Vietnamese text figures (xlsx)', () => {
  test('case A (nghìn đồng, "1.052" as text, rates 0.9572 as 0.00%): refused AMBIGUOUS_NUMBER at the text cell, not read as 1.052', async () => {
    const r = run(await workbook('bao-cao-2019.xlsx', sheetA((k) => FRACTIONS[k]!), PERCENT));
    expect(r.code, r.stdout).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('AMBIGUOUS_NUMBER');
    expect(r.stderr).toMatch(/bao-cao-2019\.xlsx:Biểu 07!J5: error: "1\.052" could be read as Vietnamese or English/);
    expect(r.stdout).not.toContain('669789052');
  });

  test('case A with rate formulas =(D+E)/C stored as fractions in 0.00%: refused alike', async () => {
    const rate: Rate = (k) => ({ formula: `(D${FIRST + 2 + k}+E${FIRST + 2 + k})/C${FIRST + 2 + k}`, result: FRACTIONS[k]! });
    const r = run(await workbook('bao-cao-2019-formula.xlsx', sheetA(rate), PERCENT));
    expect(r.code, r.stdout).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('AMBIGUOUS_NUMBER');
  });

  test('case B (triệu đồng, all money text "13.338", two 0.00% rate columns): refused AMBIGUOUS_NUMBER, not 49,064,000 đ at 3624 %', async () => {
    const r = run(await workbook('bao-cao-trieu-2019.xlsx', sheetB(true), formatted(6, '0.00%', [6, 10])));
    expect(r.code, r.stdout).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('AMBIGUOUS_NUMBER');
    expect(r.stderr).toMatch(/Biểu 07!G5: error: "13\.338" could be read as Vietnamese or English/);
    expect(r.stdout).not.toContain('3624');
  });

  test('case B with --number-format vi: read right (49,064,000,000 đ with conditions, 41,848,000,000 resolved, 85.29 %)', async () => {
    const r = run(await workbook('bao-cao-trieu-vi-2019.xlsx', sheetB(true), formatted(6, '0.00%', [6, 10])), '--number-format', 'vi');
    expect(r.code, r.stderr).toBe(0);
    const t = total(r.stdout);
    expect([t.money.withConditions, t.money.resolved, t.money.rate]).toEqual([RIGHT_B.withConditions, RIGHT_B.resolved, RIGHT_B.rate]);
  });
});

describe('controls', () => {
  test('the same sheets without the rate columns: refused AMBIGUOUS_NUMBER (as before)', async () => {
    const a = run(await workbook('control-no-rate.xlsx', sheetA(null), new Map()));
    expect(a.code).toBe(1);
    expect(stderrCodes(a.stderr)).toContain('AMBIGUOUS_NUMBER');
    const b = run(await workbook('control-trieu-no-rate.xlsx', sheetB(false), new Map()));
    expect(b.code).toBe(1);
    expect(stderrCodes(b.stderr)).toContain('AMBIGUOUS_NUMBER');
  });

  test('rate numbers 95.72 in format 0.00, or a date cell in the rate column: refused AMBIGUOUS_NUMBER (as before)', async () => {
    const plain = run(await workbook('rate-plain.xlsx', sheetA((k) => Math.round(FRACTIONS[k]! * 10000) / 100), formatted(6, '0.00')));
    expect(plain.code).toBe(1);
    expect(stderrCodes(plain.stderr)).toContain('AMBIGUOUS_NUMBER');
    const dated = run(await workbook('rate-date.xlsx', sheetA(() => new Date(Date.UTC(2019, 8, 30))), formatted(6, 'dd.mm.yyyy')));
    expect(dated.code).toBe(1);
    expect(stderrCodes(dated.stderr)).toContain('AMBIGUOUS_NUMBER');
  });

  test('the rate column typed as text in Vietnamese ("95,72"): it settles the file, "1.052" read as 1,052 nghìn (670,840,000 đ reduced)', async () => {
    const r = run(await workbook('rate-text-vi.xlsx', sheetA((k) => (Math.round(FRACTIONS[k]! * 10000) / 100).toFixed(2).replace('.', ',')), new Map()));
    expect(r.code, r.stderr).toBe(0);
    const t = total(r.stdout);
    expect([t.money.withConditions, t.money.reduced, t.money.resolved]).toEqual([RIGHT_A.withConditions, RIGHT_A.reduced, RIGHT_A.resolved]);
    expect([t.cases.withConditions, t.cases.resolved]).toEqual(['2147', '2021']);
  });

  test('case A with --number-format vi: read right (670,840,000 đ reduced, 42,519,804,000 resolved)', async () => {
    const r = run(await workbook('bao-cao-vi-2019.xlsx', sheetA((k) => FRACTIONS[k]!), PERCENT), '--number-format', 'vi');
    expect(r.code, r.stderr).toBe(0);
    const t = total(r.stdout);
    expect([t.money.withConditions, t.money.reduced, t.money.resolved]).toEqual([RIGHT_A.withConditions, RIGHT_A.reduced, RIGHT_A.resolved]);
  });

  test('the CSV twin of case B, its rate cells written "95,72": text settles it as Vietnamese, read right', () => {
    const rates = ['95,72', '90,96', '96,18', '92,62'];
    const money = ['87,22', '81,83', '86,43', '84,15'];
    const rows = sheetB(true).map((r, i) => (i <= FIRST ? r : r.map((c, col) => (col === 5 ? rates[i - FIRST - 1]! : col === 9 ? money[i - FIRST - 1]! : c))));
    const csv = rows.map((r) => r.map((c) => (c === null ? '' : `"${String(c)}"`)).join(','));
    const r = run(file('bao-cao-trieu-2019.csv', csv));
    expect(r.code, r.stderr).toBe(0);
    const t = total(r.stdout);
    expect([t.money.withConditions, t.money.resolved, t.money.rate]).toEqual([RIGHT_B.withConditions, RIGHT_B.resolved, RIGHT_B.rate]);
  });
});
