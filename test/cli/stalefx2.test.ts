// Three template shapes whose stored (last year's) results thads still summed after 0469fd6
// (work103a 01–03): each read 1100 / 900 cases and 24 000 000 000 / 20 000 000 000 đồng, exit 0,
// no warning, while SUMIF over bounded ranges is refused. 01: whole columns
// (`SUMIF('Số liệu'!$B:$B,$B4,'Số liệu'!C:C)`, VLOOKUP over `$B:$F`, INDEX/MATCH over whole
// columns); 02: `IFERROR(VLOOKUP(…),0)`, `IFERROR(SUMIF(…),0)`; 03: `SUMIFS(sum, range, crit)`.
// Right: judged as their bounded, unwrapped twins are (stale-formulas.ts) — FORMULA_STALE_RESULT.
// Controls: recalculated, they read the right totals; an office absent from the data sheet is
// IFERROR's 0; IFERROR with a fallback that is no literal stays unjudged (its stored result read).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-stalefx2-'));

/** This year's figures on `Số liệu` (C–F: cases with conditions, resolved; money with conditions, resolved). */
const DATA = [
  ['ML', 'Mỹ Lộc', 586, 533, 9565824266, 8009734950],
  ['VB', 'Vụ Bản', 655, 630, 16389337399, 14490039714],
] as const;
/** What the template stored in `Biểu` (last year's): rows 4 and 5, columns C–F. */
const TEMPLATE = [
  [500, 400, 9000000000, 7000000000],
  [600, 500, 15000000000, 13000000000],
];
const COLUMNS = ['C', 'D', 'E', 'F'];

/** `Biểu` C4:F5 each `formula(column, row)`, storing `stored(i, j)`; row 6 the SUMs of rows 4–5. */
async function workbook(name: string, formula: (column: string, row: number) => string, stored: (office: number, column: number) => number): Promise<string> {
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
  const file = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

function run(file: string) {
  const r = spawnThads(['summarize', file, '--sheet', 'Biểu', '--by', 'none', '--format', 'json']);
  const total = r.code === 0 ? JSON.parse(r.stdout).total : null;
  return {
    code: r.code,
    stderr: r.stderr.split(file).join('FILE'),
    figures: total && [total.cases.withConditions, total.cases.resolved, total.money?.withConditions ?? null, total.money?.resolved ?? null],
  };
}

const refusal = (formula: string) =>
  `FILE:Biểu!C4: error: cases with conditions: the cell stores 500, but its formula ${formula} gives 586: the workbook was not recalculated after its data changed, so what Excel shows is not what it stores [FORMULA_STALE_RESULT]`;

// By hand: cases 586 + 655 = 1241, resolved 533 + 630 = 1163;
// money 9 565 824 266 + 16 389 337 399 = 25 955 161 665, resolved 8 009 734 950 + 14 490 039 714 = 22 499 774 664.
const RIGHT = ['1241', '1163', '25955161665', '22499774664'];
// The template's (last year's): 500 + 600, 400 + 500, 9e9 + 15e9, 7e9 + 13e9.
const STALE = ['1100', '900', '24000000000', '20000000000'];
/** Excel's recalculated results: the data sheet's row of the office, C→3, D→4, … */
const right = (office: number, column: number) => DATA[office]![column + 2] as number;
const template = (office: number, column: number) => TEMPLATE[office]![column]!;

const col = (c: string) => COLUMNS.indexOf(c) + 2;
const SHAPES: [string, (c: string, r: number) => string][] = [
  ['SUMIF whole columns', (c, r) => `SUMIF('Số liệu'!$B:$B,$B${r},'Số liệu'!${c}:${c})`],
  ['VLOOKUP whole columns', (c, r) => `VLOOKUP($B${r},'Số liệu'!$B:$F,${col(c)},0)`],
  ['INDEX/MATCH whole columns', (c, r) => `INDEX('Số liệu'!${c}:${c},MATCH($B${r},'Số liệu'!$B:$B,0))`],
  ['IFERROR(VLOOKUP)', (c, r) => `IFERROR(VLOOKUP($B${r},'Số liệu'!$B$2:$F$3,${col(c)},0),0)`],
  ['IFERROR(SUMIF)', (c, r) => `IFERROR(SUMIF('Số liệu'!$B$2:$B$3,$B${r},'Số liệu'!${c}$2:${c}$3),0)`],
  ['SUMIFS one criterion', (c, r) => `SUMIFS('Số liệu'!${c}$2:${c}$3,'Số liệu'!$B$2:$B$3,$B${r})`],
];

describe('work103a 01–03: lookups storing last year’s results', () => {
  test.each(SHAPES)('%s: refused at the first stale figure, exit 1 (was: 1100 / 900 cases, exit 0)', async (name, formula) => {
    const r = run(await workbook(`stale-${name.replace(/\W+/g, '-')}-2019`, formula, template));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(refusal(`=${formula('C', 4)}`));
  });

  test('IFERROR(VLOOKUP(…),0) of an office absent from the data sheet storing 655: it gives 0, refused', async () => {
    const absent = (c: string, r: number) => `IFERROR(VLOOKUP(${r === 5 ? '"Hải Hậu"' : `$B${r}`},'Số liệu'!$B$2:$F$3,${col(c)},0),0)`;
    const r = run(await workbook('stale-absent-2019', absent, right));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `FILE:Biểu!C5: error: cases with conditions: the cell stores 655, but its formula =${absent('C', 5)} gives 0: the workbook was not recalculated after its data changed, so what Excel shows is not what it stores [FORMULA_STALE_RESULT]`,
    );
  });
});

describe('controls: what must keep its reading', () => {
  test.each(SHAPES)('%s recalculated (stored results right): the right totals, exit 0', async (name, formula) => {
    const r = run(await workbook(`right-${name.replace(/\W+/g, '-')}-2019`, formula, right));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.figures).toEqual(RIGHT);
  });

  test('IFERROR(VLOOKUP(…),0) of an office absent from the data sheet storing its 0: read, exit 0', async () => {
    const absent = (c: string, r: number) => `IFERROR(VLOOKUP(${r === 5 ? '"Hải Hậu"' : `$B${r}`},'Số liệu'!$B$2:$F$3,${col(c)},0),0)`;
    const r = run(await workbook('right-absent-2019', absent, (office, column) => (office === 1 ? 0 : right(office, column))));
    expect(r.code, r.stderr).toBe(0);
    // By hand: Mỹ Lộc's alone, Vụ Bản's row 0
    expect(r.figures).toEqual(['586', '533', '9565824266', '8009734950']);
  });

  test("IFERROR with a fallback that is no literal ('Số liệu'!C2) is not judged: its stored result read as before", async () => {
    const cellFallback = (c: string, r: number) => `IFERROR(VLOOKUP($B${r},'Số liệu'!$B$2:$F$3,${col(c)},0),'Số liệu'!${c}2)`;
    const r = run(await workbook('cell-fallback-2019', cellFallback, template));
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures).toEqual(STALE);
  });

  test('SUMIF over bounded ranges storing last year’s: refused as before', async () => {
    const bounded = (c: string, r: number) => `SUMIF('Số liệu'!$B$2:$B$3,$B${r},'Số liệu'!${c}$2:${c}$3)`;
    const r = run(await workbook('bounded-2019', bounded, template));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(refusal(`=${bounded('C', 4)}`));
  });
});
