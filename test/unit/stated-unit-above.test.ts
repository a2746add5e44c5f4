// A money unit stated in other words on a line above the header ("Expressed in VND million",
// "Amounts" | "VND million") was read as đồng before (exit 0, money 10^6× too small): it states
// the table's unit as "Đơn vị tính: triệu đồng" does. Both readers must say the same.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findStatedUnit } from '../../src/input/units.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const HEADER = 'STT,Đơn vị,Tiền có điều kiện,Tiền giải quyết xong';
const OFFICES = ['1,Vụ Bản,1000,900', '2,Mỹ Lộc,2000,1500'];
const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';

const { dir, write, both } = bothReaders('thads-stated-unit-', ['--format', 'csv']);

/** The TOTAL row's money with conditions and resolved, through both readers. */
async function totals(name: string, lines: readonly string[]): Promise<[string, string]> {
  const file = write(name, lines);
  const r = await summarizeCsvRows(dir, [file], []);
  expect(r.code).toBe(0);
  const total = r.rows.find((row) => row.district === 'TOTAL')!;
  return [total.money_with_conditions!, total.money_resolved!];
}

describe('findStatedUnit: a unit inside other words of a line above the header', () => {
  it.each([
    [['Expressed in VND million'], 'million', 1],
    [['Amounts', 'VND million', '', ''], 'million', 2],
    [['Số tiền tính bằng nghìn đồng'], 'thousand', 1],
    [['All amounts in VND million'], 'million', 1],
    [['Tiền: triệu đồng'], 'million', 1],
    [['Đơn vị:', 'triệu đồng'], 'million', 2],
    [['Báo cáo năm 2019, số tiền là tỷ đồng'], 'billion', 1],
  ])('%j → %s, column %i', (cells, unit, column) => expect(findStatedUnit(cells)).toMatchObject({ line: { kind: 'money', unit }, column }));

  it.each([
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC VÀ TIỀN']],
    [['Đơn vị: Cục THADS tỉnh Nam Định']],
    [['Công ty TNHH, Hội đồng thẩm định']],
    [['Tỷ lệ đồng bộ số liệu']],
    // đồng without a scale: what no unit means (the "Đơn vị tính: đồng" line reads it)
    [['Số tiền: đồng']],
  ])('%j states no scaled unit', (cells) => expect(findStatedUnit(cells)).toBeNull());

  it('two units on one line are unreadable', () =>
    expect(findStatedUnit(['Expressed in VND million', 'Một phần tính bằng nghìn đồng'])?.line).toEqual({ kind: 'unreadable', text: 'Expressed in VND million | Một phần tính bằng nghìn đồng' }));
});

describe('summarize: the unit stated above the header', () => {
  // 1000 + 2000 = 3000 million đồng = 3,000,000,000 đồng; 900 + 1500 = 2400 million = 2,400,000,000
  it.each([
    ['u1-2019.csv', 'Expressed in VND million'],
    ['u2-2019.csv', 'Amounts,VND million,,'],
    ['dvt-2019.csv', 'Đơn vị tính: triệu đồng'],
    ['all-2019.csv', 'All amounts in VND million'],
    ['tien-2019.csv', 'Tiền: triệu đồng'],
    ['dv-cells-2019.csv', 'Đơn vị:,triệu đồng,,'],
  ])('%s (%s): million', async (name, line) => expect(await totals(name, [TITLE, line, HEADER, ...OFFICES])).toEqual(['3000000000', '2400000000']));

  it('"Số tiền tính bằng nghìn đồng": thousand', async () =>
    expect(await totals('nghin-2019.csv', [TITLE, 'Số tiền tính bằng nghìn đồng', HEADER, ...OFFICES])).toEqual(['3000000', '2400000']));

  it.each([
    ['title-2019.csv', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC VÀ TIỀN'],
    ['office-2019.csv', 'Đơn vị: Cục THADS tỉnh Nam Định'],
    ['dong-2019.csv', 'Đơn vị tính: đồng'],
    ['so-tien-dong-2019.csv', 'Số tiền: đồng'],
  ])('%s (%s): đồng, as before', async (name, line) => expect(await totals(name, [TITLE, line, HEADER, ...OFFICES])).toEqual(['3000', '2400']));

  it('a header cell "Tiền có điều kiện (triệu đồng)" as before', async () =>
    expect(await totals('header-2019.csv', [TITLE, 'STT,Đơn vị,Tiền có điều kiện (triệu đồng),Tiền giải quyết xong (triệu đồng)', ...OFFICES])).toEqual(['3000000000', '2400000000']));

  it('a note below the table is read as before (a unit line among the rows): refused, the money was read in đồng', async () => {
    const r = await both('note-2019.csv', [TITLE, HEADER, ...OFFICES, 'Ghi chú: số liệu tiền tính bằng nghìn đồng']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:1: error: the unit line "Ghi chú: số liệu tiền tính bằng nghìn đồng" below the header gives money in thousand, but the money columns were read in dong (default) [UNIT_CONTRADICTION]');
  });

  it('two stated units above the header are refused', async () => {
    const r = await both('two-2019.csv', ['Expressed in VND million', 'Amounts in thousand VND', HEADER, ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2:1: error: the unit line "Amounts in thousand VND" (line 2, column 1) gives money in thousand, but the unit line "Expressed in VND million" (line 1, column 1) gives million [UNIT_CONTRADICTION]');
  });

  it('a stated unit against an "Đơn vị tính" line is refused', async () => {
    const r = await both('line-2019.csv', ['Đơn vị tính: nghìn đồng', 'Expressed in VND million', HEADER, ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:1: error: the unit line "Expressed in VND million" (line 2, column 1) gives money in million, but the unit line "Đơn vị tính: nghìn đồng" (line 1, column 1) gives thousand [UNIT_CONTRADICTION]');
  });

  it('a stated unit against a header note is refused', async () => {
    const r = await both('hdr-2019.csv', ['Expressed in VND million', 'STT,Đơn vị,Tiền có điều kiện (nghìn đồng),Tiền giải quyết xong (nghìn đồng)', ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:3: error: this header cell gives money in thousand, but the unit line "Expressed in VND million" (line 1, column 1) gives million [UNIT_CONTRADICTION]');
  });

  it('two units on one line are refused as unreadable', async () => {
    const r = await both('mixed-2019.csv', ['Expressed in VND million,Một phần tính bằng nghìn đồng', HEADER, ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:1:1: error: the unit line "Expressed in VND million | Một phần tính bằng nghìn đồng" names a money unit thads cannot read [UNIT_UNREADABLE]');
  });

  it('an xlsx sheet: "Amounts" | "VND million" above the header', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('2019');
    [[TITLE], ['Amounts', 'VND million'], HEADER.split(','), [1, 'Vụ Bản', 1000, 900], [2, 'Mỹ Lộc', 2000, 1500]].forEach((l) => sheet.addRow(l));
    const file = join(dir, 'u2-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await summarizeCsvRows(dir, [file], []);
    expect(r.code).toBe(0);
    const total = r.rows.find((row) => row.district === 'TOTAL')!;
    expect([total.money_with_conditions, total.money_resolved]).toEqual(['3000000000', '2400000000']);
  });
});

// Round 49a/05: a note under the title naming an amount ("dưới 1 triệu đồng", "trị giá 5 tỷ
// đồng") states no unit: read as triệu it made money 10^6× too large (exit 0), in parentheses it
// was refused UNIT_UNREADABLE.
describe('an amount in a note above the header is no unit', () => {
  it.each([
    [['Không bao gồm các khoản án phí dưới 1 triệu đồng']],
    [['(Không bao gồm các khoản án phí dưới 1 triệu đồng)']],
    [['(Số liệu chưa bao gồm 02 việc trị giá 5 tỷ đồng chuyển sổ theo dõi riêng)']],
    [['Ghi chú: các khoản trên 1,5 tỷ đồng theo dõi riêng']],
    // round 50a/01: amounts in words were read as units (money 10^6–10^9× too large, exit 0)
    [['Ghi chú: Các việc trên một tỷ đồng do Cục thi hành']],
    [['Không bao gồm án phí dưới một triệu đồng']],
    [['Tổng số tiền phải thi hành hàng nghìn tỷ đồng']],
    [['Excludes fees under one million VND']],
    [['Các khoản thu nộp ngân sách hàng tỷ đồng']],
    [['Số tiền thu được hàng trăm triệu đồng mỗi tháng']],
    [['Việc có giá trị lớn (trên một tỷ đồng) được theo dõi riêng']],
  ])('%j states no unit', (cells) => expect(findStatedUnit(cells)).toBeNull());

  it.each([
    ['Không bao gồm các khoản án phí dưới 1 triệu đồng'],
    ['(Không bao gồm các khoản án phí dưới 1 triệu đồng)'],
    ['(Số liệu chưa bao gồm 02 việc trị giá 5 tỷ đồng chuyển sổ theo dõi riêng)'],
  ])('"%s" above the header: money read in đồng', async (note) => {
    const r = await both('amount-note-2019.csv', [TITLE, `"${note}"`, HEADER, ...OFFICES]);
    expect(r.code).toBe(0);
    expect(await totals('amount-note-2019.csv', [TITLE, `"${note}"`, HEADER, ...OFFICES])).toEqual(['3000', '2400']);
  });

  it.each([
    [['Việc và tiền (triệu đồng)'], 'million'],
    [['Số liệu (tính theo triệu đồng)'], 'million'],
    [['Nghìn đồng'], 'thousand'],
  ])('%j: a unit where it is introduced → %s', (cells, unit) => expect(findStatedUnit(cells)).toMatchObject({ line: { kind: 'money', unit } }));

  it('a unit beside an amount is still read: "(triệu đồng; không gồm khoản dưới 1 triệu đồng)"', () => {
    expect(findStatedUnit(['Số tiền tính bằng triệu đồng, không gồm khoản dưới 1 triệu đồng'])).toMatchObject({ line: { kind: 'money', unit: 'million' } });
  });
});
