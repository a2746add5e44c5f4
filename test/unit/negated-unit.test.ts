// Finding work63b/02: a note saying the money is NOT in a unit ("Ghi chú: Số liệu tiền chưa quy đổi
// ra nghìn đồng" above figures in đồng) was read as that unit: money 1.000× (or 1.000.000×) too
// large, exit 0 — the file's own "Tổng cộng" scaled alike, so no check caught it. A negated unit
// states no unit: the line is refused UNIT_UNREADABLE unless it also states one positively.
// "Đơn vị tính: Việc; Đồng (Biểu mẫu quy định tính bằng nghìn đồng)" states đồng and its bracket
// nghìn: two units, refused (as the quoted cell already was), never the bracket's nghìn.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findUnitLineOfRow } from '../../src/input/units.js';
import { bothReaders, moneyTotal, summarizeCsvRows } from '../helpers/both-readers.js';

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019;;;;;'];
const HEADER = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
const ROWS = ['1;Mỹ Lộc;586;533;9.565.824.266;7.828.290.184', '2;Vụ Bản;655;630;16.389.337.399;14.164.361.157', 'Tổng cộng;;1.241;1.163;25.955.161.665;21.992.651.341'];

// By hand: with conditions 9.565.824.266 + 16.389.337.399 = 25.955.161.665; resolved 7.828.290.184
// + 14.164.361.157 = 21.992.651.341; rate 21.992.651.341 / 25.955.161.665 = 0,84733… → 84,73 %.
const IN_DONG = ['25955161665', '21992651341', '84.73'];
// × 1.000: 25.955.161.665.000 / 21.992.651.341.000
const IN_THOUSAND = ['25955161665000', '21992651341000', '84.73'];
// × 1.000.000: 25.955.161.665.000.000 / 21.992.651.341.000.000
const IN_MILLION = ['25955161665000000', '21992651341000000', '84.73'];

const { dir, write, both } = bothReaders('thads-negated-unit-', ['--format', 'csv', '--year', '2019']);

/** money_with_conditions, money_resolved, money_rate of the TOTAL row, through both readers. */
const totals = (name: string, lines: readonly string[]): Promise<string[]> => moneyTotal(dir, write(name, lines), ['--year', '2019']);

const NEGATED = [
  'Ghi chú: Số liệu tiền chưa quy đổi ra nghìn đồng',
  'Chưa quy đổi ra nghìn đồng',
  'Chưa quy đổi ra triệu đồng',
  'SO LIEU TIEN CHUA QUY DOI RA NGHIN DONG',
  'Số liệu tiền không quy đổi ra nghìn đồng',
  'Số tiền không làm tròn, không quy đổi ra triệu đồng',
  'Ghi chú: Cột tiền chưa làm tròn, chưa quy đổi ra nghìn đồng',
  'Lưu ý: Số tiền không tính bằng nghìn đồng',
  'Số tiền chưa tính bằng nghìn đồng',
  'Số tiền không tính theo đơn vị nghìn đồng',
  'Số liệu tiền không phải đơn vị nghìn đồng',
  'Số tiền chưa được quy đổi sang đơn vị nghìn đồng',
  'Tiền chưa chuyển sang đơn vị nghìn đồng',
  'Số liệu tiền chưa đổi sang nghìn đồng',
  'Lưu ý: số tiền chưa chia 1.000 (chưa quy đổi ra nghìn đồng)',
  'Note: figures are not expressed in thousands',
  'Note: figures are no longer expressed in VND thousand',
  'Note: amounts not converted to VND thousand',
];

describe('a negated unit above the header: refused at its line, both readers', () => {
  it.each(NEGATED)('%s', async (note) => {
    const line = note.includes(',') ? `"${note}";;;;;` : `${note};;;;;`;
    const r = await both('note-2019.csv', [...TITLE, line, HEADER, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:3:1: error: the unit line "${note}" names a money unit thads cannot read [UNIT_UNREADABLE]`);
  });

  it('the finding\'s file itself (was 25.955.161.665.000 đồng, exit 0)', async () => {
    const r = await both('bao-cao-2019.csv', [...TITLE, 'Ghi chú: Số liệu tiền chưa quy đổi ra nghìn đồng;;;;;', HEADER, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('25955161665000');
  });

  it('as a footnote under the table: refused too, never a second unit', async () => {
    const r = await both('foot-2019.csv', [...TITLE, HEADER, ...ROWS, ';;;;;', 'Ghi chú: Số liệu tiền chưa quy đổi ra nghìn đồng;;;;;']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:8:1: error: the unit line "Ghi chú: Số liệu tiền chưa quy đổi ra nghìn đồng" names a money unit thads cannot read [UNIT_UNREADABLE]');
  });

  it('--money-unit dong reads the file (the way out the hint gives)', async () => {
    const r = await summarizeCsvRows(dir, [write('opt-2019.csv', [...TITLE, 'Ghi chú: Số liệu tiền chưa quy đổi ra nghìn đồng;;;;;', HEADER, ...ROWS])], ['--year', '2019', '--money-unit', 'dong']);
    expect(r.code).toBe(0);
    const total = r.rows.find((row) => row.district === 'TOTAL')!;
    expect([total.money_with_conditions, total.money_resolved, total.money_rate]).toEqual(IN_DONG);
  });
});

describe('a negated unit beside a unit stated positively', () => {
  // Read in triệu, these đồng cells add up to 2,6·10^16 đồng, past any real file's money: refused
  // (MONEY_IMPLAUSIBLE), the message saying the unit read and the sum in it.
  it('"không tính bằng nghìn đồng mà tính bằng triệu đồng": triệu đồng', async () => {
    const r = await both('ma-2019.csv', [...TITLE, 'Số tiền không tính bằng nghìn đồng mà tính bằng triệu đồng;;;;;', HEADER, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`read in triệu đồng as the unit line above the header ("Số tiền không tính bằng nghìn đồng mà tính bằng triệu đồng", FILE:3:1) says, adds up to ${IN_MILLION[0]} đồng`);
    expect(r.stderr).toContain('[MONEY_IMPLAUSIBLE]');
  });

  it('"Đơn vị tính: Việc; Đồng (Biểu mẫu quy định tính bằng nghìn đồng)", unquoted (split by ";"): refused, never the bracket\'s nghìn', async () => {
    const r = await both('bracket-2019.csv', [...TITLE, 'Đơn vị tính: Việc; Đồng (Biểu mẫu quy định tính bằng nghìn đồng);;;;;', HEADER, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:1: error: the unit line "Đơn vị tính: Việc, Đồng (Biểu mẫu quy định tính bằng nghìn đ…" (64 characters) names a money unit thads cannot read [UNIT_UNREADABLE]');
  });

  it('the same line quoted in one cell: refused', async () => {
    const r = await both('bracket-q-2019.csv', [...TITLE, '"Đơn vị tính: Việc; Đồng (Biểu mẫu quy định tính bằng nghìn đồng)";;;;;', HEADER, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[UNIT_UNREADABLE]');
  });

  it('findUnitLineOfRow: a negated unit is never read as the unit', () => {
    expect(findUnitLineOfRow(['Chưa quy đổi ra nghìn đồng'])?.line.kind).toBe('unreadable');
    expect(findUnitLineOfRow(['Đơn vị tính: nghìn đồng', 'Chưa quy đổi ra nghìn đồng'])?.line.kind).toBe('unreadable');
    expect(findUnitLineOfRow(['Số tiền không tính bằng nghìn đồng mà tính bằng triệu đồng'])?.line).toEqual({ kind: 'money', unit: 'million' });
  });
});

describe('over-reach: ordinary unit lines read as before', () => {
  it.each([
    ['dvt-2019.csv', 'Đơn vị tính: nghìn đồng;;;;;'],
    ['quy-doi-2019.csv', 'Số liệu tiền quy đổi ra nghìn đồng;;;;;'],
    ['da-quy-doi-2019.csv', 'Số liệu tiền đã quy đổi ra nghìn đồng;;;;;'],
    ['theo-2019.csv', 'Tiền tính theo đơn vị nghìn đồng;;;;;'],
    ['chua-thi-hanh-2019.csv', 'Số tiền chưa thi hành tính bằng nghìn đồng;;;;;'],
    ['khong-bao-gom-2019.csv', '"Số liệu không bao gồm ngoại tệ, tính bằng nghìn đồng";;;;;'],
    ['expressed-2019.csv', 'Note: figures are expressed in thousands;;;;;'],
  ])('%s (%s): nghìn đồng', async (name, line) => expect(await totals(name, [...TITLE, line, HEADER, ...ROWS])).toEqual(IN_THOUSAND));

  it.each([
    ['ra-dong-2019.csv', 'Ngoại tệ đã quy đổi ra đồng;;;;;'],
    ['viec-dong-2019.csv', 'Đơn vị tính: Việc; Đồng;;;;;'],
    ['khong-tinh-2019.csv', 'Số liệu không tính các việc ủy thác;;;;;'],
  ])('%s (%s): đồng', async (name, line) => expect(await totals(name, [...TITLE, line, HEADER, ...ROWS])).toEqual(IN_DONG));
});

describe('xlsx', () => {
  const header = HEADER.split(';');
  const offices = [
    [1, 'Mỹ Lộc', 586, 533, 9565824266, 7828290184],
    [2, 'Vụ Bản', 655, 630, 16389337399, 14164361157],
  ];
  async function run(name: string, note: string) {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('2019');
    [['KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'], [note], header, ...offices].forEach((r) => sheet.addRow(r));
    const file = join(dir, name);
    await wb.xlsx.writeFile(file);
    return summarizeCsvRows(dir, [file], ['--year', '2019']);
  }

  it('"Ghi chú: Số liệu tiền chưa quy đổi ra nghìn đồng": refused at its cell', async () => {
    const r = await run('chua-2019.xlsx', 'Ghi chú: Số liệu tiền chưa quy đổi ra nghìn đồng');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('chua-2019.xlsx:2019!A2: error: the unit line "Ghi chú: Số liệu tiền chưa quy đổi ra nghìn đồng" names a money unit thads cannot read [UNIT_UNREADABLE]');
  });

  it('"Số liệu tiền quy đổi ra nghìn đồng": nghìn đồng (over-reach control)', async () => {
    const r = await run('quy-doi-2019.xlsx', 'Số liệu tiền quy đổi ra nghìn đồng');
    expect(r.code).toBe(0);
    const total = r.rows.find((row) => row.district === 'TOTAL')!;
    expect([total.money_with_conditions, total.money_resolved, total.money_rate]).toEqual(IN_THOUSAND);
  });
});
