// A Cục's report template filled by a program that does not recalculate (exceljs: read the
// template, write this year's figures on the data sheet, save): sheet `Biểu` pulls each office's
// figures from `Số liệu` by a formula, each formula storing what the test says — last year's
// result (stale) or this year's (as Excel saves it once recalculated). Shared by the suites on
// stale formula results (test/cli/stalefx*.test.ts).
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { spawnThads } from './cli.js';

/** This year's figures on `Số liệu` (C–F: cases with conditions, resolved; money with conditions, resolved). */
export const DATA = [
  ['ML', 'Mỹ Lộc', 586, 533, 9565824266, 8009734950],
  ['VB', 'Vụ Bản', 655, 630, 16389337399, 14490039714],
] as const;
/** What the template stored in `Biểu` (last year's): rows 4 and 5, columns C–F. */
export const TEMPLATE = [
  [500, 400, 9000000000, 7000000000],
  [600, 500, 15000000000, 13000000000],
];
export const COLUMNS = ['C', 'D', 'E', 'F'];

/** `Biểu` C4:F5 each `formula(column, row)`, storing `stored(i, j)`; row 6 the SUMs of rows 4–5; `edit` changes cells of either sheet before it is written in `dir`. */
export async function filledTemplate(dir: string, name: string, formula: (column: string, row: number) => string, stored: (office: number, column: number) => number, edit?: (form: ExcelJS.Worksheet, data: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const form = wb.addWorksheet('Biểu');
  form.addRow(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019']);
  form.addRow(['Đơn vị tính: Việc; đồng']);
  form.addRow(['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong']);
  DATA.forEach(([, office], i) => {
    const row = 4 + i;
    form.addRow([i + 1, office, ...COLUMNS.map((c, j) => ({ formula: formula(c, row), result: stored(i, j) }))]);
  });
  form.addRow(['', 'Tổng cộng', ...COLUMNS.map((c, j) => ({ formula: `SUM(${c}4:${c}5)`, result: stored(0, j) + stored(1, j) }))]);
  const data = wb.addWorksheet('Số liệu');
  data.addRow(['Mã', 'Đơn vị', 'Việc CĐK', 'Việc GQX', 'Tiền CĐK', 'Tiền GQX']);
  for (const row of DATA) data.addRow([...row]);
  edit?.(form, data);
  const file = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

/** `Biểu` summarized as the total: exit code, stderr with the path as FILE, the total's four figures (null when refused). */
export function runTemplate(file: string) {
  const r = spawnThads(['summarize', file, '--sheet', 'Biểu', '--by', 'none', '--format', 'json']);
  const total = r.code === 0 ? JSON.parse(r.stdout).total : null;
  return {
    code: r.code,
    stderr: r.stderr.split(file).join('FILE'),
    figures: total && [total.cases.withConditions, total.cases.resolved, total.money?.withConditions ?? null, total.money?.resolved ?? null],
  };
}

/** The refusal of `Biểu!C4` whose formula gives this year's 586 where it stores last year's 500. */
export const staleRefusal = (formula: string) =>
  `FILE:Biểu!C4: error: cases with conditions: the cell stores 500, but its formula ${formula} gives 586: the workbook was not recalculated after its data changed, so what Excel shows is not what it stores [FORMULA_STALE_RESULT]`;

// By hand: cases 586 + 655 = 1241, resolved 533 + 630 = 1163;
// money 9 565 824 266 + 16 389 337 399 = 25 955 161 665, resolved 8 009 734 950 + 14 490 039 714 = 22 499 774 664.
export const RIGHT = ['1241', '1163', '25955161665', '22499774664'];
// The template's (last year's): 500 + 600, 400 + 500, 9e9 + 15e9, 7e9 + 13e9.
export const STALE = ['1100', '900', '24000000000', '20000000000'];
/** Excel's recalculated results: the data sheet's row of the office, C→3, D→4, … */
export const right = (office: number, column: number) => DATA[office]![column + 2] as number;
/** The template's stored results. */
export const template = (office: number, column: number) => TEMPLATE[office]![column]!;
