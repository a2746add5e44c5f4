// A money cell's own unit has two sources, the text it was saved with ("16.389.337 nghìn đồng")
// and a workbook's number format that writes it (`#,##0 "nghìn đồng"`): one fact, weighed by one
// rule (cell-unit.ts CellUnitWatch) for CSV and xlsx alike. Three gaps it closes:
// 1. an xlsx mixing nghìn-formatted number cells with text cells in nghìn đồng was refused, the
//    number cell said to "write no unit" though its format states nghìn;
// 2. a --previous CSV whose cells write "nghìn đồng", beside an input that states a unit, was
//    refused PREVIOUS_UNIT_UNKNOWN (only the đồng sign was read: unit-option.ts cellsUnit);
// 3. a unit line under the rows of an xlsx whose formats stated nghìn was weighed against the
//    columns' đồng: "…: nghìn đồng" refused, "…: đồng" read (layout.ts checkUnitBelowHeader).
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellsUnit } from '../../src/input/unit-option.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write, both } = bothReaders('thads-unit-cells-one-rule-', ['--by', 'none', '--format', 'json']);

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const HEADER = ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];
const NGHIN = '#,##0 "nghìn đồng"';

type Cell = string | number;
interface Sheet {
  /** offices: name, cases, resolved, money, money resolved (a number cell gets `format`) */
  readonly rows: readonly (readonly Cell[])[];
  readonly format?: string;
  /** a line under the rows */
  readonly below?: string;
}

/** Title (row 1), header (row 2), offices from row 3, then the line below; summarized through both readers. */
async function run(name: string, s: Sheet) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 07');
  ws.addRow([TITLE]);
  ws.addRow(HEADER);
  for (const cells of s.rows) {
    const row = ws.addRow([...cells]);
    for (const c of [4, 5]) if (s.format && typeof cells[c - 1] === 'number') row.getCell(c).numFmt = s.format;
  }
  if (s.below) ws.addRow([s.below]);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return summarizeCsvRows(dir, [file], []);
}

async function moneyTotals(name: string, s: Sheet): Promise<string[]> {
  const r = await run(name, s);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const t = r.rows.find((row) => row.district === 'TOTAL')!;
  expect([t.cases_with_conditions, t.cases_resolved]).toEqual(['1241', '1163']); // 586 + 655, 533 + 630
  return [t.money_with_conditions!, t.money_resolved!];
}

const A: readonly Cell[] = ['Chi cục A', 586, 533, 9565824, 7828290];
const B: readonly Cell[] = ['Chi cục B', 655, 630, 16389337, 14164361];
const textB = (unit: string): Cell[] => ['Chi cục B', 655, 630, `16.389.337 ${unit}`, `14.164.361 ${unit}`];
const textA = (unit: string): Cell[] => ['Chi cục A', 586, 533, `9.565.824 ${unit}`, `7.828.290 ${unit}`];

// By hand: 9.565.824 + 16.389.337 = 25.955.161 and 7.828.290 + 14.164.361 = 21.992.651 as shown;
// × 1000 in nghìn đồng, as they are in đồng.
const THOUSAND = ['25955161000', '21992651000'];
const DONG = ['25955161', '21992651'];

describe('xlsx: number cells whose format writes nghìn beside text cells written in nghìn đồng', () => {
  it('formatted numbers first, text after: read in nghìn đồng', async () => {
    expect(await moneyTotals('fmt-then-text-2019.xlsx', { rows: [A, textB('nghìn đồng')], format: NGHIN })).toEqual(THOUSAND);
  });

  it('text first, formatted numbers after', async () => {
    expect(await moneyTotals('text-then-fmt-2019.xlsx', { rows: [textA('nghìn đồng'), B], format: NGHIN })).toEqual(THOUSAND);
  });

  it('spelled otherwise: format "ngàn đồng", text "NGHIN DONG"', async () => {
    expect(await moneyTotals('spelled-2019.xlsx', { rows: [A, textB('NGHIN DONG')], format: '#,##0 "ngàn đồng"' })).toEqual(THOUSAND);
  });

  it('format in nghìn, text in tỷ đồng: two units, refused at the text cell', async () => {
    const r = await run('two-units-2019.xlsx', { rows: [A, ['Chi cục B', 655, 630, '16,389337 tỷ đồng', '14,164361 tỷ đồng']], format: NGHIN });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`two-units-2019.xlsx:Biểu 07!D4: error: money with conditions "16,389337 tỷ đồng" is written in tỷ đồng, but the money cell "9565824" with the number format "#,##0 \\"nghìn đồng\\"" (row 3, column 4) is in nghìn đồng: one file's money in two units [UNIT_CONTRADICTION]`);
  });

  it('text in nghìn đồng, then a plain #,##0 number cell: refused at the number cell, its format named', async () => {
    const r = await run('text-then-plain-2019.xlsx', { rows: [textA('nghìn đồng'), B], format: '#,##0' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`text-then-plain-2019.xlsx:Biểu 07!D4: error: money with conditions "16389337" writes no unit, nor does its number format "#,##0", but money cells state nghìn đồng ("9.565.824 nghìn đồng", row 3, column 4) and the file states no unit line: what this one is in cannot be told [UNIT_CONTRADICTION]`);
  });
});

describe('xlsx: a unit line under rows whose formats stated the unit', () => {
  it('"Đơn vị tính: nghìn đồng" under cells formatted in nghìn đồng: read', async () => {
    expect(await moneyTotals('below-same-2019.xlsx', { rows: [A, B], format: NGHIN, below: 'Đơn vị tính: nghìn đồng' })).toEqual(THOUSAND);
  });

  it('"Đơn vị tính: đồng" there: refused at the line (was read)', async () => {
    const r = await run('below-dong-2019.xlsx', { rows: [A, B], format: NGHIN, below: 'Đơn vị tính: đồng' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`below-dong-2019.xlsx:Biểu 07!A5: error: the unit line "Đơn vị tính: đồng" below the header gives money in dong, but the money columns were read in thousand (the money cells' number format) [UNIT_CONTRADICTION]`);
  });

  it('"Đơn vị tính: triệu đồng" there: refused', async () => {
    const r = await run('below-million-2019.xlsx', { rows: [A, B], format: NGHIN, below: 'Đơn vị tính: triệu đồng' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`below-million-2019.xlsx:Biểu 07!A5: error: the unit line "Đơn vị tính: triệu đồng" below the header gives money in million, but the money columns were read in thousand (the money cells' number format) [UNIT_CONTRADICTION]`);
  });
});

describe('over-reach: ordinary workbooks read as before', () => {
  it('plain #,##0 numbers beside plain text figures: đồng', async () => {
    expect(await moneyTotals('plain-2019.xlsx', { rows: [A, ['Chi cục B', 655, 630, '16389337', '14164361']], format: '#,##0' })).toEqual(DONG);
  });

  it('plain numbers beside text cells with "₫": đồng', async () => {
    expect(await moneyTotals('dong-sign-2019.xlsx', { rows: [A, textB('₫')], format: '#,##0' })).toEqual(DONG);
  });

  it('"Đơn vị tính: đồng" under plain #,##0 rows: đồng', async () => {
    expect(await moneyTotals('plain-below-2019.xlsx', { rows: [A, B], format: '#,##0', below: 'Đơn vị tính: đồng' })).toEqual(DONG);
  });

  it('"Đơn vị tính: nghìn đồng" under plain #,##0 rows: still refused (the money was read in đồng)', async () => {
    const r = await run('plain-below-nghin-2019.xlsx', { rows: [A, B], format: '#,##0', below: 'Đơn vị tính: nghìn đồng' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`plain-below-nghin-2019.xlsx:Biểu 07!A5: error: the unit line "Đơn vị tính: nghìn đồng" below the header gives money in thousand, but the money columns were read in dong (default) [UNIT_CONTRADICTION]`);
  });
});

// --previous: this year's export states nghìn đồng above its header.
const INPUT = [
  'KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019;;;',
  'Đơn vị tính: nghìn đồng;;;',
  'Đơn vị;Tiền tổng số thụ lý;Tiền có điều kiện;Tiền giải quyết xong',
  'A;250.000.000;60.000.000;50.000.000',
  'B;240.700.000;52.100.000;43.200.000',
];
const PREV_HEAD = ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018;;;', 'Đơn vị;Tiền tổng số thụ lý;Tiền có điều kiện;Tiền giải quyết xong'];
/** last year's offices in nghìn đồng, each amount written by `cell` */
const prevRows = (cell: (nghin: string) => string) => [`A;${cell('200.000.000')};${cell('50.000.000')};${cell('40.000.000')}`, `B;${cell('208.800.000')};${cell('50.000.000')};${cell('35.000.000')}`];

/**
 * By hand: this year 250.000.000 + 240.700.000 = 490.700.000 nghìn = 490,7 tỷ, rate (50 + 43,2) /
 * (60 + 52,1) = 93,2 / 112,1 = 83,14 %; last year 200.000.000 + 208.800.000 = 408.800.000 nghìn =
 * 408,8 tỷ, rate 75 / 100 = 75 %. Change: 490,7 − 408,8 = 81,9 tỷ = 81.900.000.000 đồng; 8,14 pp.
 * (Read in đồng, last year would be 408.800.000 đồng: a change of 490.291.200.000.)
 */
const CHANGE = { total: '81900000000', rate: '8.14' };

function change(stdout: string): { total: string; rate: string } {
  const money = JSON.parse(stdout).total.money;
  return { total: money.totalChange, rate: money.rateChange };
}

async function withPrevious(name: string, previous: readonly string[]) {
  const prev = write(name, previous);
  return both('cur-2019.csv', INPUT, ['--by', 'none', '--format', 'json', '--previous', prev]);
}

describe('a --previous CSV whose money cells write their unit, beside an input that states one', () => {
  it.each([
    ['"200.000.000 nghìn đồng"', (n: string) => `${n} nghìn đồng`],
    ['"200,000,000 (nghìn đồng)", LibreOffice in English', (n: string) => `${n.replace(/\./g, ',')} (nghìn đồng)`],
    ['"200.000.000 ngan dong"', (n: string) => `${n} ngan dong`],
    // 200.000.000 nghìn = 200.000 triệu: the same đồng
    ['"200.000,0 tr.đ"', (n: string) => `${n.slice(0, -4)},0 tr.đ`],
  ])('%s: read in it', async (_, cell) => {
    const r = await withPrevious('prev-2018.csv', [...PREV_HEAD, ...prevRows(cell)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(change(r.stdout)).toEqual(CHANGE);
  });

  it('a workbook whose money cells\' format writes "nghìn đồng"', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('2018');
    ws.addRow([PREV_HEAD[0]!.replace(/;+$/, '')]);
    ws.addRow(PREV_HEAD[1]!.split(';'));
    for (const cells of [['A', 200000000, 50000000, 40000000], ['B', 208800000, 50000000, 35000000]]) {
      const row = ws.addRow(cells);
      for (const c of [2, 3, 4]) row.getCell(c).numFmt = NGHIN;
    }
    const prev = join(dir, 'prev-fmt-2018.xlsx');
    await wb.xlsx.writeFile(prev);
    const r = await both('cur-2019.csv', INPUT, ['--by', 'none', '--format', 'json', '--previous', prev]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(change(r.stdout)).toEqual(CHANGE);
  });

  it('one amount without the unit: PREVIOUS_UNIT_UNKNOWN as before', async () => {
    const rows = prevRows((n) => `${n} nghìn đồng`);
    rows[1] = rows[1]!.replace('208.800.000 nghìn đồng', '208.800.000');
    const r = await withPrevious('prev-mixed-2018.csv', [...PREV_HEAD, ...rows]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('prev-mixed-2018.csv:2: error: this --previous file states no money unit, but the input states its money in nghìn đồng ("Đơn vị tính: nghìn đồng", FILE:2:1): its money could be in nghìn đồng or in đồng [PREVIOUS_UNIT_UNKNOWN]');
  });

  it('amounts in two units (nghìn and triệu): PREVIOUS_UNIT_UNKNOWN', async () => {
    const rows = prevRows((n) => `${n} nghìn đồng`);
    rows[1] = rows[1]!.replace('208.800.000 nghìn đồng', '208.800 triệu đồng');
    const r = await withPrevious('prev-two-2018.csv', [...PREV_HEAD, ...rows]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[PREVIOUS_UNIT_UNKNOWN]');
  });

  it('no unit at all: PREVIOUS_UNIT_UNKNOWN as before', async () => {
    const r = await withPrevious('prev-plain-2018.csv', [...PREV_HEAD, ...prevRows((n) => n)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[PREVIOUS_UNIT_UNKNOWN]');
  });
});

describe('cellsUnit', () => {
  const rows = (...r: string[][]) => r.map((cells) => ({ cells }));
  it('the one unit every money figure writes, zeros and words aside', () => {
    expect(cellsUnit(rows(['x', '9.000 nghìn đồng', '- (nghìn đồng)'], ['y', '7.000 nghìn', '0'], ['Người lập biểu', 'Nguyễn Văn A', '']), [1, 2])).toBe('thousand');
    expect(cellsUnit(rows(['x', '9,5 tr.đ'], ['y', '7 triệu đồng']), [1])).toBe('million');
    expect(cellsUnit(rows(['x', '9.000 nghìn đồng'], ['y', '7.000 ₫']), [1])).toBeNull();
    expect(cellsUnit(rows(['x', '9.000 nghìn đồng'], ['y', '7.000']), [1])).toBeNull();
    expect(cellsUnit([{ cells: ['x', '9000'], formats: new Map([[1, { format: NGHIN, unit: 'thousand' as const }]]) }], [1])).toBe('thousand');
  });
});
