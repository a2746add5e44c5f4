// A money unit split over two cells of a row above the header ("Đơn vị tính:" | "Nghìn đồng",
// "Amounts in VND" | "million"), as Excel title rows write it, was read as đồng when the first
// cell held the currency ("Amounts in VND" | "million": money 10^6× too small, exit 0); a unit
// introduced but unreadable ("Expressed in VND hundreds", "Amounts in USD", "Số tiền tính bằng
// trăm nghìn đồng", "Đơn vị tính: trăm") was read as đồng too. Both readers must say the same.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findUnitLineOfRow } from '../../src/input/units.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const HEADER = 'STT;Đơn vị;Tiền có điều kiện;Tiền giải quyết xong';
const OFFICES = ['1;Mỹ Lộc;1.500;1.000', '2;Vụ Bản;2.250;2.000'];

const { dir, both } = bothReaders('thads-split-unit-', ['--format', 'csv', '--number-format', 'vi']);

/** Column of the TOTAL row in the CSV output. */
function total(stdout: string, column: string): string {
  const [head, ...rows] = stdout.trim().split('\n');
  const at = head!.split(',').indexOf(column);
  return rows.find((r) => r.split(',')[1] === 'TOTAL')!.split(',')[at]!;
}

async function money(name: string, line: string): Promise<[number, string, string]> {
  const r = await both(name, [TITLE, line, HEADER, ...OFFICES]);
  return [r.code, r.code === 0 ? total(r.stdout, 'money_with_conditions') : r.stderr, r.code === 0 ? total(r.stdout, 'money_resolved') : ''];
}

describe('findUnitLineOfRow: the unit in the cell after its introducer', () => {
  it.each([
    [['Đơn vị tính:', 'Nghìn đồng', '', ''], 'thousand', 1],
    [['ĐVT:', 'triệu đồng', ''], 'million', 1],
    [['Amounts in VND', 'million', '', ''], 'million', 1],
    [['Expressed in VND', '', 'thousand'], 'thousand', 1],
    [['', 'Expressed in', 'VND million'], 'million', 2],
  ])('%j → %s, column %i', (cells, unit, column) => expect(findUnitLineOfRow(cells)).toMatchObject({ line: { kind: 'money', unit }, column }));

  it.each([
    [['BÁO CÁO', 'Kết quả thi hành án']],
    [['Đơn vị:', 'Chi cục THADS huyện Mỹ Lộc']],
    [['Đơn vị tính:', '15/01/2020']],
    [['Offices in', 'Nam Định']],
    [['Expressed in VND']],
  ])('%j: no scaled unit', (cells) => {
    const found = findUnitLineOfRow(cells);
    expect(found === null || (found.line.kind === 'money' && found.line.unit === 'dong')).toBe(true);
  });
});

describe('summarize: a unit split over two cells above the header', () => {
  // 1.500 + 2.250 = 3.750 nghìn đồng = 3 750 000 đồng; 1.000 + 2.000 = 3.000 nghìn = 3 000 000
  it.each([
    ['vi-2019.csv', '"Đơn vị tính:";"Nghìn đồng";;'],
    ['upper-2019.csv', 'ĐƠN VỊ TÍNH:;NGHÌN ĐỒNG;;'],
    ['plain-2019.csv', 'DON VI TINH:;nghin dong;;'],
    ['dvtinh-2019.csv', 'Đv tính;nghìn đồng;;'],
    ['bang-2019.csv', 'Số tiền tính bằng;nghìn đồng;;'],
    ['in-vnd-2019.csv', 'Expressed in VND;thousand;;'],
  ])('%s (%s): thousand', async (name, line) => expect(await money(name, line)).toEqual([0, '3750000', '3000000']));

  // 3.750 triệu = 3 750 000 000 đồng; 3.000 triệu = 3 000 000 000
  it.each([
    ['dvt-2019.csv', 'ĐVT:;triệu đồng;;'],
    ['amounts-2019.csv', '"Amounts in VND";million;;'],
    ['millions-2019.csv', 'Amounts in VND;millions;;'],
    ['expressed-2019.csv', 'Expressed in;VND million;;'],
  ])('%s (%s): million', async (name, line) => expect(await money(name, line)).toEqual([0, '3750000000', '3000000000']));

  // over-reach: 1.500 + 2.250 = 3.750 đồng; 1.000 + 2.000 = 3.000 đồng, as before
  it.each([
    ['title-2019.csv', 'BÁO CÁO;Kết quả thi hành án;;'],
    ['office-2019.csv', 'Đơn vị:;Chi cục THADS huyện Mỹ Lộc;;'],
    ['date-2019.csv', 'Đơn vị tính:;15/01/2020;;'],
    ['theo-date-2019.csv', 'Số liệu tính theo;31/12/2019;;'],
    ['place-2019.csv', 'Offices in;Nam Định;;'],
    ['vnd-2019.csv', 'Expressed in VND'],
    ['cases-2019.csv', 'Đơn vị tính:;việc;;'],
    ['vu-viec-2019.csv', 'Đơn vị: vụ việc'],
    ['one-office-2019.csv', 'Đơn vị: Chi cục THADS huyện Mỹ Lộc'],
    ['thousands-cases-2019.csv', 'Figures in thousands of cases'],
    // a cell beside "Đơn vị tính: VNĐ" that is no unit is no part of it (round 55a, 01: refused UNIT_UNREADABLE)
    ['vnd-date-2019.csv', 'Đơn vị tính: VNĐ;;;Ngày in: 05/10/2019'],
    ['vnd-receiver-2019.csv', 'Đơn vị tính: VNĐ;;Đơn vị nhận báo cáo: Cục THADS tỉnh Nam Định;'],
    ['vnd-page-2019.csv', 'ĐVT: VND;Trang 1;;'],
    ['vnd-form-2019.csv', 'Đơn vị tính: VNĐ;;;Biểu số 07/TK-THA'],
    ['dvt-date-2019.csv', 'Đơn vị tính:;;;Ngày in: 05/10/2019'],
  ])('%s (%s): đồng, as before', async (name, line) => expect(await money(name, line)).toEqual([0, '3750', '3000']));

  // a cases unit and a money unit over two blocks, each in its own cell (round 56a, 02 and 03): the
  // money one read (3.750 nghìn = 3 750 000; it had been read as đồng, or refused UNIT_UNREADABLE)
  it.each([
    ['label-apart-2019.csv', 'Đơn vị tính:;Việc;;1.000 đồng', [0, '3750000', '3000000']],
    ['two-labels-2019.csv', ';Đơn vị tính: Việc;Đơn vị tính: 1.000 đồng;', [0, '3750000', '3000000']],
    ['two-dvt-2019.csv', 'ĐVT: việc;ĐVT: nghìn đồng;;', [0, '3750000', '3000000']],
    ['same-twice-2019.csv', 'Đơn vị tính: nghìn đồng;Đơn vị tính: nghìn đồng;;', [0, '3750000', '3000000']],
    ['dong-2019.csv', 'Đơn vị tính: Việc;Đơn vị tính: Đồng;;', [0, '3750', '3000']],
  ])('%s (%s): one unit a block', async (name, line, expected) => expect(await money(name, line)).toEqual(expected));

  it('two money units of two labels still contradict: refused', async () => {
    const [code, stderr] = await money('two-money-2019.csv', 'Đơn vị tính: Đồng;Đơn vị tính: Triệu đồng;;');
    expect(code).toBe(1);
    expect(stderr).toContain('FILE:2:1: error: the unit line "Đơn vị tính: Đồng, Đơn vị tính: Triệu đồng" names a money unit thads cannot read [UNIT_UNREADABLE]');
  });

  // over-reach: the ordinary one-cell lines, as before (3.750 nghìn = 3 750 000; 3.750 triệu = 3 750 000 000)
  it.each([
    ['one-cell-2019.csv', 'Đơn vị tính: nghìn đồng', '3750000'],
    ['both-units-2019.csv', 'Đơn vị tính: việc; nghìn đồng', '3750000'],
    ['english-2019.csv', 'Expressed in VND million', '3750000000'],
  ])('%s (%s): as before', async (name, line, withConditions) => expect((await money(name, line))[1]).toBe(withConditions));

  it('an xlsx sheet: "Đơn vị tính:" | "Nghìn đồng" above the header', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('2019');
    [[TITLE], ['Đơn vị tính:', 'Nghìn đồng'], HEADER.split(';'), [1, 'Mỹ Lộc', 1500, 1000], [2, 'Vụ Bản', 2250, 2000]].forEach((l) => sheet.addRow(l));
    const file = join(dir, 'split-2019.xlsx');
    await wb.xlsx.writeFile(file);
    // 1500 + 2250 = 3750 nghìn = 3 750 000 đồng; 1000 + 2000 = 3000 nghìn = 3 000 000
    const r = await summarizeCsvRows(dir, [file], []);
    expect(r.code).toBe(0);
    const row = r.rows.find((x) => x.district === 'TOTAL')!;
    expect([row.money_with_conditions, row.money_resolved]).toEqual(['3750000', '3000000']);
  });
});

describe('summarize: a unit introduced but unreadable is refused, never đồng', () => {
  it.each([
    ['hundreds-2019.csv', 'Expressed in VND hundreds', 2, 'Expressed in VND hundreds'],
    ['hundreds-of-2019.csv', 'Amounts in hundreds of VND', 2, 'Amounts in hundreds of VND'],
    ['usd-2019.csv', 'Amounts in USD', 2, 'Amounts in USD'],
    ['eur-2019.csv', 'Expressed in EUR', 2, 'Expressed in EUR'],
    ['us-dollars-2019.csv', 'Expressed in thousands of US dollars', 2, 'Expressed in thousands of US dollars'],
    ['tram-nghin-2019.csv', 'Số tiền tính bằng trăm nghìn đồng', 2, 'tính bằng trăm nghìn đồng'],
    ['tram-2019.csv', 'Đơn vị tính: trăm', 2, 'Đơn vị tính: trăm'],
    ['split-hundreds-2019.csv', 'Expressed in;VND hundreds;;', 2, 'Expressed in VND hundreds'],
    ['split-tram-2019.csv', 'Đơn vị tính:;trăm đồng;;', 2, 'Đơn vị tính: trăm đồng'],
  ])('%s (%s)', async (name, line, at, text) => {
    const r = await both(name, [TITLE, line, HEADER, ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:${at}:1: error: the unit line "${text}" names a money unit thads cannot read [UNIT_UNREADABLE]`);
  });
});
