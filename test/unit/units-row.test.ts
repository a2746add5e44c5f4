// A units row right under the header (or under the form's column numbers), written without
// parentheses — "Việc | Việc | Nghìn đồng | Nghìn đồng", labelled "ĐVT:" or not — is the
// header's: each column takes its unit from it, as from "(nghìn đồng)" in its header cell. It
// was skipped as a row without figures (money 1,000× too small, exit 0) or refused as an office
// (round 36b, 01, 01b–d, 04, 04b, 04c). Both readers must say the same.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readUnitsRow } from '../../src/input/units.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';
import { totalFigures, type TotalFigures } from '../helpers/json-totals.js';

const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const PLAIN = 'STT,Đơn vị,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong';
/** 1000 + 500 = 1500 cases, 900 + 400 = 1300 resolved; money 5000 + 3000 = 8000 and 2000 + 1000 = 3000 in the file's unit */
const OFFICES = ['1,Chi cục THADS huyện Đắk Đoa,1000,900,5000,2000', '2,Chi cục THADS huyện Chư Sê,500,400,3000,1000'];

const { dir, both } = bothReaders('thads-units-row-', ['--by', 'none', '--format', 'json']);

type Totals = TotalFigures;
const totals = totalFigures;

/** 8000 thousand = 8,000,000 đồng; 3000 thousand = 3,000,000 */
const IN_THOUSANDS: Totals = { cases: '1500', casesResolved: '1300', money: '8000000', moneyResolved: '3000000', moneyRate: '37.50' };

describe('readUnitsRow', () => {
  it('reads units and their label, in parentheses or not', () => {
    expect(readUnitsRow(['', 'ĐVT:', 'Việc', 'vụ việc', 'Triệu đồng', '(1.000 đ)'])).toEqual([null, { kind: 'label' }, { kind: 'cases' }, { kind: 'cases' }, { kind: 'money', unit: 'million' }, { kind: 'money', unit: 'thousand' }]);
    expect(readUnitsRow(['Đơn vị tính', '', 'Ngàn đồng', 'Tr.đồng', '1000đ', 'VNĐ', 'đồng'])?.slice(2)).toEqual([
      { kind: 'money', unit: 'thousand' },
      { kind: 'money', unit: 'million' },
      { kind: 'money', unit: 'thousand' },
      { kind: 'money', unit: 'dong' },
      { kind: 'money', unit: 'dong' },
    ]);
    expect(readUnitsRow(['', '', 'Việc', 'USD'])).toEqual([null, null, { kind: 'cases' }, { kind: 'unreadable' }]);
  });

  it('is no units row with other words, a figure, or one unit alone (a unit line)', () => {
    expect(readUnitsRow(['1', 'Chi cục A', 'Việc', 'nghìn đồng'])).toBeNull();
    expect(readUnitsRow(['', '', '100', 'nghìn đồng'])).toBeNull();
    // figures that look like multipliers: an office's row without its name
    expect(readUnitsRow(['5000000', '4000000'])).toBeNull();
    expect(readUnitsRow(['', '', '1000', '1.000'])).toBeNull();
    expect(readUnitsRow(['', '', '', '(nghìn đồng)'])).toBeNull();
    expect(readUnitsRow(['ĐVT:', 'nghìn đồng'])).toBeNull();
  });
});

describe('a units row under the header', () => {
  it('01: "Nghìn đồng" cells make the money thousands: 8,000,000,000 / 3,000,000,000 đồng, 37.50 %', async () => {
    const r = await both('units-01-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', HEADER, ',,Việc,Việc,Nghìn đồng,Nghìn đồng', '1,Chi cục THADS huyện Đắk Đoa,1000,900,"5.000.000","2.000.000"', '2,Chi cục THADS huyện Chư Sê,500,400,"3.000.000","1.000.000"']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(totals(r.stdout)).toEqual({ cases: '1500', casesResolved: '1300', money: '8000000000', moneyResolved: '3000000000', moneyRate: '37.50' });
  });

  it('01b: "nghìn đồng" under the Tiền sub-columns of a two-row header', async () => {
    const r = await both('01b-2019.csv', ['STT,Đơn vị,Tổng số thụ lý,,Có điều kiện,,Giải quyết xong,', ',,Việc,Tiền,Việc,Tiền,Việc,Tiền', ',,,nghìn đồng,,nghìn đồng,,nghìn đồng', '1,Chi cục A,1200,6000,1000,5000,900,2000', '2,Chi cục B,600,4000,500,3000,400,1000']);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(IN_THOUSANDS);
    // total: 6000 + 4000 thousand
    expect(JSON.parse(r.stdout).total.money.total).toBe('10000000');
  });

  it('01d: "ĐVT:" in the office cell, "Triệu đồng": 8,000,000,000 / 3,000,500,000 đồng', async () => {
    const r = await both('01d-2019.csv', [HEADER, ',ĐVT:,Việc,Việc,Triệu đồng,Triệu đồng', '1,Chi cục THADS huyện Đắk Đoa,1000,900,"5.000","2.000,5"', '2,Chi cục THADS huyện Chư Sê,500,400,"3.000","1.000"']);
    expect(r.code).toBe(0);
    // 3000.5 / 8000 = 37.50625 %
    expect(totals(r.stdout)).toEqual({ cases: '1500', casesResolved: '1300', money: '8000000000', moneyResolved: '3000500000', moneyRate: '37.51' });
  });

  it.each([
    ['04: "ĐVT" in the office cell', ',ĐVT,việc,việc,nghìn đồng,nghìn đồng'],
    ['"Đơn vị tính" in the office cell', ',Đơn vị tính,việc,việc,nghìn đồng,nghìn đồng'],
    ['"ĐVT" in the STT cell', 'ĐVT,,Việc,Việc,nghìn đồng,nghìn đồng'],
    ['04b: "1000đ" (no figure 1000)', ',,Việc,Việc,1000đ,1000đ'],
    ['"1.000 đ"', ',,Việc,Việc,1.000 đ,1.000 đ'],
    ['"Ngàn đồng"', ',,Việc,Việc,Ngàn đồng,Ngàn đồng'],
    ['"(nghìn đồng)", as before', ',,,,(nghìn đồng),(nghìn đồng)'],
    ['"(việc)" and "(nghìn đồng)"', ',,(việc),(việc),(nghìn đồng),(nghìn đồng)'],
  ])('%s: money in thousands', async (_, units) => {
    const r = await both('units-2019.csv', [HEADER, units, ...OFFICES]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(IN_THOUSANDS);
  });

  it('04c: over plain headers, the units row tells the cases from the money', async () => {
    const r = await both('04c-2019.csv', [PLAIN, ',,Việc,Việc,Nghìn đồng,Nghìn đồng', ...OFFICES]);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(IN_THOUSANDS);
  });

  it('"Đồng" / "VNĐ" cells: money in đồng', async () => {
    const r = await both('dong-2019.csv', [HEADER, ',,Việc,Việc,Đồng,VNĐ', ...OFFICES]);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual({ cases: '1500', casesResolved: '1300', money: '8000', moneyResolved: '3000', moneyRate: '37.50' });
  });

  it('an ordinary file, its first office right under the header: money in đồng', async () => {
    const r = await both('plain-2019.csv', [HEADER, ...OFFICES]);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual({ cases: '1500', casesResolved: '1300', money: '8000', moneyResolved: '3000', moneyRate: '37.50' });
  });

  it.each([
    ['below the column numbers', ['1,2,3,4,5,6', ',,Việc,Việc,Nghìn đồng,Nghìn đồng']],
    ['below "(1) … (6)", labelled, with "1000đ"', ['(1),(2),(3),(4),(5),(6)', ',ĐVT,việc,việc,1000đ,1000đ']],
    ['above the column numbers', [',,Việc,Việc,Nghìn đồng,Nghìn đồng', '1,2,3,4,5,6']],
  ])('%s', async (_, rows) => {
    const r = await both('numbers-2019.csv', [HEADER, ...rows, ...OFFICES]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(IN_THOUSANDS);
  });

  it('01c: a workbook with the units row (the reference reader)', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Biểu 08');
    for (const row of [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'], HEADER.split(','), [null, null, 'Việc', 'Việc', 'Nghìn đồng', 'Nghìn đồng'], [1, 'Chi cục THADS huyện Đắk Đoa', 1000, 900, 5000000, 2000000], [2, 'Chi cục THADS huyện Chư Sê', 500, 400, 3000000, 1000000]]) sheet.addRow(row);
    const file = join(dir, '01c-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--by', 'none', '--format', 'json'], { env: {} });
    expect(await main(io)).toBe(0);
    expect(stderr()).toBe('');
    expect(totals(stdout())).toEqual({ cases: '1500', casesResolved: '1300', money: '8000000000', moneyResolved: '3000000000', moneyRate: '37.50' });
  });
});

describe('a units row that cannot be read as the header says is refused', () => {
  it('a money unit thads cannot read on a money column: UNIT_UNREADABLE, never đồng', async () => {
    const r = await both('usd-2019.csv', [HEADER, ',,Việc,Việc,USD,USD', ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:5: error: the unit "USD" in the units row under the header is not one thads reads [UNIT_UNREADABLE]');
  });

  it('a money unit on a cases column, "việc" on a money column: MEASURE_CONFLICT', async () => {
    const money = await both('money-on-cases-2019.csv', [HEADER, ',,Nghìn đồng,Việc,Nghìn đồng,Nghìn đồng', ...OFFICES]);
    expect(money.code).toBe(1);
    expect(money.stderr).toContain('FILE:2:3: error: the units row under the header gives column 3 ("Việc có điều kiện (Nghìn đồng)") in "Nghìn đồng", which counts money, but the column was read as cases [MEASURE_CONFLICT]');
    const cases = await both('cases-on-money-2019.csv', [HEADER, ',,Việc,Việc,Việc,Nghìn đồng', ...OFFICES]);
    expect(cases.code).toBe(1);
    expect(cases.stderr).toContain('FILE:2:5: error: the units row under the header gives column 5 ("Tiền có điều kiện (Việc)") in "Việc", which counts cases, but the column was read as money [MEASURE_CONFLICT]');
  });

  it('"Triệu đồng" under "Đơn vị tính: nghìn đồng": UNIT_CONTRADICTION', async () => {
    const r = await both('two-units-2019.csv', ['Đơn vị tính: nghìn đồng', HEADER, ',,Việc,Việc,Triệu đồng,Triệu đồng', ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:5: error: this header cell gives money in million, but the unit line "Đơn vị tính: nghìn đồng" (line 1, column 1) gives thousand [UNIT_CONTRADICTION]');
  });

  it('plain headers over a unit it cannot read: MEASURE_UNKNOWN naming the units row', async () => {
    const r = await both('plain-usd-2019.csv', [PLAIN, ',,Việc,Việc,USD,USD', ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:1:5: error: column "Có điều kiện" does not say whether it counts cases or money, and the units row under the header (line 2) names no unit thads reads for it [MEASURE_UNKNOWN]');
  });
});
