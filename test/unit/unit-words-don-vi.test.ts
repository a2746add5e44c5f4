// Round 62b/02: "Đơn vị nghìn đồng" (the word "đơn vị" without "tính" and without ":"), the
// footnote "Số tiền tính bằng đơn vị nghìn đồng", "Tiền: đơn vị 1.000 đồng" and "Số liệu tiền quy
// đổi ra nghìn đồng" were passed over: money read in đồng, 1.000× too small (exit 0), while "Đơn
// vị: nghìn đồng" and "tính theo đơn vị nghìn đồng" were read. In a header or group cell the same
// words were refused UNIT_UNREADABLE. "Đơn vị: Chi cục …", "Đơn vị báo cáo: …" name an office.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseHeaderUnit, parseUnitLine } from '../../src/input/units.js';
import { bothReaders, moneyTotal, summarizeCsvRows } from '../helpers/both-readers.js';

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019;;;;;'];
const HEADER = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
const ROWS = ['1;Chi cục THADS huyện Mỹ Lộc;586;533;9.565.824;8.009.735', '2;Chi cục THADS huyện Vụ Bản;655;630;16.389.337;14.490.040', ';Tổng cộng;1.241;1.163;25.955.161;22.499.775'];

// By hand: money with conditions 9.565.824 + 16.389.337 = 25.955.161; resolved 8.009.735 +
// 14.490.040 = 22.499.775; rate 22.499.775 / 25.955.161 = 0,86687… → 86,69 %.
const IN_DONG = ['25955161', '22499775', '86.69'];
// nghìn đồng: × 1.000 → 25.955.161.000 / 22.499.775.000 đ
const IN_THOUSAND = ['25955161000', '22499775000', '86.69'];
// triệu đồng: × 1.000.000 → 25.955.161.000.000 / 22.499.775.000.000 đ
const IN_MILLION = ['25955161000000', '22499775000000', '86.69'];

const { dir, write, both } = bothReaders('thads-unit-words-don-vi-', ['--format', 'csv', '--year', '2019']);

/** money_with_conditions, money_resolved, money_rate of the TOTAL row, through both readers. */
const totals = (name: string, lines: readonly string[]): Promise<string[]> => moneyTotal(dir, write(name, lines), ['--year', '2019']);

describe('parseUnitLine / parseHeaderUnit: "đơn vị" before the unit, without "tính" or ":"', () => {
  it.each([
    ['Đơn vị nghìn đồng', 'thousand'],
    ['DON VI NGHIN DONG', 'thousand'],
    ['Đơn vị 1.000 đồng', 'thousand'],
    ['Tiền: đơn vị 1.000 đồng', 'thousand'],
    ['Số liệu tiền: đơn vị nghìn đồng', 'thousand'],
    ['Số tiền tính bằng đơn vị nghìn đồng', 'thousand'],
    ['Số liệu tính bằng đơn vị triệu đồng', 'million'],
    ['Việc: đơn vị việc; Tiền: đơn vị nghìn đồng', 'thousand'],
    ['Ghi chú: Số tiền đã làm tròn, đơn vị nghìn đồng', 'thousand'],
    ['Ghi chú: Cột tiền đơn vị 1.000 đồng', 'thousand'],
  ])('%s → %s', (text, unit) => expect(parseUnitLine(text)).toEqual({ kind: 'money', unit }));

  it.each([['đơn vị nghìn đồng'], ['Đơn vị 1.000đ'], ['tính bằng đơn vị nghìn đồng']])('header note "(%s)" → thousand', (text) => expect(parseHeaderUnit(text)).toBe('thousand'));

  it.each([['Đơn vị USD'], ['Tiền: đơn vị USD'], ['Số tiền tính bằng đơn vị trăm đồng']])('%s: money thads cannot read, unreadable', (text) =>
    expect(parseUnitLine(text)?.kind).toBe('unreadable'));

  it.each([
    ['Đơn vị: Chi cục THADS huyện Mỹ Lộc'],
    ['Đơn vị báo cáo: Cục THADS tỉnh Nam Định'],
    ['Đơn vị nhận báo cáo: Tổng cục THADS'],
    ['Đơn vị Chi cục THADS huyện Tiền Hải'],
    ['Các đơn vị có số tiền trên 1 tỷ đồng'],
    ['THỦ TRƯỞNG ĐƠN VỊ'],
  ])('%s: an office, no unit', (text) => expect(parseUnitLine(text)).toBeNull());
});

describe('summarize: the unit in "đơn vị" words above the header', () => {
  it.each([
    ['right-2019.csv', ';;;;;Đơn vị nghìn đồng'],
    ['dv1000-2019.csv', 'Đơn vị 1.000 đồng;;;;;'],
    ['tien-2019.csv', 'Tiền: đơn vị nghìn đồng;;;;;'],
    ['tien1000-2019.csv', 'Tiền: đơn vị 1.000 đồng;;;;;'],
    ['bang-2019.csv', 'Số tiền tính bằng đơn vị nghìn đồng;;;;;'],
    ['bang1000-2019.csv', 'Số tiền tính bằng đơn vị 1.000 đồng;;;;;'],
    ['bangd-2019.csv', 'Số tiền tính bằng đơn vị 1.000đ;;;;;'],
    ['viec-tien-2019.csv', 'Việc: đơn vị việc; Tiền: đơn vị nghìn đồng;;;;;'],
    ['lam-tron-2019.csv', '"Ghi chú: Số tiền đã làm tròn, đơn vị nghìn đồng";;;;;'],
    ['cot-2019.csv', 'Ghi chú: Cột tiền đơn vị 1.000 đồng;;;;;'],
    ['quy-doi-2019.csv', 'Số liệu tiền quy đổi ra nghìn đồng;;;;;'],
    ['no-marks-2019.csv', 'DON VI NGHIN DONG;;;;;'],
  ])('%s (%s): nghìn đồng', async (name, line) => expect(await totals(name, [...TITLE, line, HEADER, ...ROWS])).toEqual(IN_THOUSAND));

  it('"Số liệu tính bằng đơn vị triệu đồng": triệu đồng', async () =>
    expect(await totals('trieu-2019.csv', [...TITLE, 'Số liệu tính bằng đơn vị triệu đồng;;;;;', HEADER, ...ROWS])).toEqual(IN_MILLION));

  it.each([
    ['dv-2019.csv', 'Đơn vị: nghìn đồng;;;;;'],
    ['dvt-2019.csv', 'Đơn vị tính nghìn đồng;;;;;'],
    ['theo-2019.csv', 'Tiền tính theo đơn vị nghìn đồng;;;;;'],
  ])('%s (%s): read as before', async (name, line) => expect(await totals(name, [...TITLE, line, HEADER, ...ROWS])).toEqual(IN_THOUSAND));

  it.each([
    ['Đơn vị USD;;;;;', 'Đơn vị USD'],
    ['Tiền: đơn vị USD;;;;;', 'Tiền: đơn vị USD'],
    ['Số liệu tiền quy đổi ra USD;;;;;', 'Số liệu tiền quy đổi ra USD'],
    ['Số tiền tính bằng đơn vị trăm đồng;;;;;', 'tính bằng đơn vị trăm đồng'],
  ])('%s: refused, never đồng', async (line, text) => {
    const r = await both('usd-2019.csv', [...TITLE, line, HEADER, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:3:1: error: the unit line "${text}" names a money unit thads cannot read [UNIT_UNREADABLE]`);
  });

  it('"Đơn vị nghìn đồng" against "Đơn vị tính: triệu đồng": refused', async () => {
    const r = await both('two-2019.csv', ['Đơn vị nghìn đồng;;;;;', 'Đơn vị tính: triệu đồng;;;;;', HEADER, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:1: error: the unit line "Đơn vị tính: triệu đồng" (line 2, column 1) gives money in million, but the unit line "Đơn vị nghìn đồng" (line 1, column 1) gives thousand [UNIT_CONTRADICTION]');
  });

  it('the footnote "Ghi chú: Số tiền tính bằng đơn vị nghìn đồng" under a table read in đồng: refused', async () => {
    const r = await both('ghi-chu-2019.csv', [...TITLE, HEADER, ...ROWS, ';;;;;', 'Ghi chú: Số tiền tính bằng đơn vị nghìn đồng;;;;;']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:8:1: error: the unit line "Ghi chú: Số tiền tính bằng đơn vị nghìn đồng" below the header gives money in thousand, but the money columns were read in dong (default) [UNIT_CONTRADICTION]');
  });

  it('the same footnote under a table whose unit line says nghìn đồng agrees: read', async () =>
    expect(await totals('ghi-chu-dvt-2019.csv', [...TITLE, 'Đơn vị tính: nghìn đồng;;;;;', HEADER, ...ROWS, ';;;;;', 'Ghi chú: Số tiền tính bằng đơn vị nghìn đồng;;;;;'])).toEqual(IN_THOUSAND));
});

describe('summarize: "đơn vị" words in a header or group cell', () => {
  it.each([
    ['header-1-2019.csv', 'Tiền có điều kiện (đơn vị nghìn đồng);Tiền giải quyết xong (đơn vị nghìn đồng)'],
    ['header-2-2019.csv', 'Tiền có điều kiện (Đơn vị 1.000đ);Tiền giải quyết xong (Đơn vị 1.000đ)'],
    ['header-3-2019.csv', 'Tiền có điều kiện (tính bằng đơn vị nghìn đồng);Tiền giải quyết xong (tính bằng đơn vị nghìn đồng)'],
  ])('%s: nghìn đồng', async (name, money) =>
    expect(await totals(name, [TITLE[1]!, `STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;${money}`, ...ROWS])).toEqual(IN_THOUSAND));

  it.each([
    ['g1-2019.csv', 'Về tiền (đơn vị nghìn đồng)'],
    ['g2-2019.csv', 'Về tiền (Đơn vị 1.000đ)'],
    ['g3-2019.csv', 'Về tiền (tính bằng đơn vị nghìn đồng)'],
  ])('group %s (%s): nghìn đồng', async (name, group) =>
    expect(await totals(name, [TITLE[1]!, `STT;Đơn vị;Về việc;;${group};`, ';;Có điều kiện;Giải quyết xong;Có điều kiện;Giải quyết xong', ...ROWS])).toEqual(IN_THOUSAND));
});

describe('over-reach: "đơn vị" naming an office is no unit', () => {
  it.each([
    ['office-2019.csv', ['Đơn vị: Chi cục THADS huyện Mỹ Lộc;;;;;', TITLE[1]!]],
    ['reporting-2019.csv', ['Đơn vị báo cáo: Cục THADS tỉnh Nam Định;;;;;', 'Đơn vị nhận báo cáo: Tổng cục THADS;;;;;']],
    ['bare-office-2019.csv', ['Đơn vị Chi cục THADS huyện Tiền Hải;;;;;', 'DON VI BAO CAO: CUC THADS;;;;;']],
    ['amounts-2019.csv', ['Các đơn vị có số tiền trên 1 tỷ đồng;;;;;', TITLE[1]!]],
  ])('%s: money in đồng, as before', async (name, above) => expect(await totals(name, [...above, HEADER, ...ROWS])).toEqual(IN_DONG));

  it('signature lines naming the office under the table: money in đồng', async () =>
    expect(await totals('signature-2019.csv', [...TITLE, HEADER, ...ROWS, ';;;;;', ';;;;THỦ TRƯỞNG ĐƠN VỊ;', 'Người lập biểu;;;;Đơn vị: Cục THADS tỉnh Nam Định;'])).toEqual(IN_DONG));

  it('"Đơn vị báo cáo: …" beside "Đơn vị tính: nghìn đồng": nghìn đồng', async () =>
    expect(await totals('beside-2019.csv', ['Đơn vị báo cáo: Cục THADS tỉnh Nam Định;;;;Đơn vị tính: nghìn đồng;', TITLE[1]!, HEADER, ...ROWS])).toEqual(IN_THOUSAND));

  it('"Ngoại tệ đã quy đổi ra đồng" states đồng: money in đồng', async () =>
    expect(await totals('ra-dong-2019.csv', [...TITLE, 'Ngoại tệ đã quy đổi ra đồng;;;;;', HEADER, ...ROWS])).toEqual(IN_DONG));
});

describe('xlsx', () => {
  async function xlsx(name: string, rows: (string | number)[][]): Promise<string[]> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('2019');
    rows.forEach((r) => sheet.addRow(r));
    const file = join(dir, name);
    await wb.xlsx.writeFile(file);
    const r = await summarizeCsvRows(dir, [file], ['--year', '2019']);
    expect(r.code).toBe(0);
    const total = r.rows.find((row) => row.district === 'TOTAL')!;
    return [total.money_with_conditions!, total.money_resolved!, total.money_rate!];
  }
  const header = HEADER.split(';');
  const offices = [
    [1, 'Chi cục THADS huyện Mỹ Lộc', 586, 533, 9565824, 8009735],
    [2, 'Chi cục THADS huyện Vụ Bản', 655, 630, 16389337, 14490040],
  ];

  it('"Đơn vị nghìn đồng" in the last column above the header: nghìn đồng', async () =>
    expect(await xlsx('dv-2019.xlsx', [['BÁO CÁO NĂM 2019'], ['', '', '', '', '', 'Đơn vị nghìn đồng'], header, ...offices])).toEqual(IN_THOUSAND));

  it('"Đơn vị: Chi cục THADS huyện Mỹ Lộc" above the header: đồng', async () =>
    expect(await xlsx('office-2019.xlsx', [['BÁO CÁO NĂM 2019'], ['Đơn vị: Chi cục THADS huyện Mỹ Lộc'], header, ...offices])).toEqual(IN_DONG));
});
