// A unit line whose note speaks of money again (work67a, 04): "Đơn vị tính: nghìn đồng (đã làm tròn
// đến nghìn đồng)", "… Số liệu tiền đã quy đổi từ đồng sang nghìn đồng", "(số lẻ từ 500 đồng trở lên
// làm tròn thành 1.000 đồng)", "… Không kể các khoản thu dưới 1.000 đồng" were refused
// UNIT_UNREADABLE, the note's money read as a second unit. A note naming the line's own unit as the
// target of its rounding or conversion, the unit converted from, or an amount states no other unit:
// read. A target that is another unit, or under a negation, is still refused. Both readers, and the
// xlsx reader; totals by hand.
import { describe, expect, it } from 'vitest';
import { parseUnitLine } from '../../src/input/units.js';
import { bothReaders, moneyTotal } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019;;;;;'];
const HEADER = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
const ROWS = [
  '1;Chi cục THADS huyện Mỹ Lộc;586;533;9565824;8009734',
  '2;Chi cục THADS huyện Vụ Bản;655;630;16389337;14490039',
  '3;Chi cục THADS huyện Ý Yên;298;276;9770951;8385244',
  ';Tổng cộng;1539;1439;35726112;30885017',
];

// By hand: with conditions 9.565.824 + 16.389.337 + 9.770.951 = 35.726.112; resolved 8.009.734 +
// 14.490.039 + 8.385.244 = 30.885.017; rate 30.885.017 / 35.726.112 = 0,86449… → 86,45 %.
// In nghìn đồng × 1.000: 35.726.112.000 / 30.885.017.000.
const IN_THOUSAND = ['35726112000', '30885017000', '86.45'];
// In triệu đồng × 1.000.000: 35.726.112.000.000 / 30.885.017.000.000.
const IN_MILLION = ['35726112000000', '30885017000000', '86.45'];
// In đồng, as written.
const IN_DONG = ['35726112', '30885017', '86.45'];

const ARGS = ['--format', 'csv', '--year', '2019'];
const { dir, write, both } = bothReaders('thads-unit-rounding-note-', ARGS);

const totals = (name: string, lines: readonly string[]): Promise<string[]> => moneyTotal(dir, write(name, lines), ['--year', '2019']);
/** A line of the first cell, quoted when it holds the delimiter, a comma or a quote. */
const cell = (text: string, width = 6) => `${/[;,"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text}${';'.repeat(width - 1)}`;
const file = (line: string) => [...TITLE, cell(line), HEADER, ...ROWS];

describe('a note restating the unit as its rounding or conversion target, or naming amounts: read in the unit', () => {
  it.each([
    'Đơn vị tính: nghìn đồng (đã làm tròn đến nghìn đồng)', // o01
    'Đơn vị tính: Việc; nghìn đồng. Số liệu tiền đã quy đổi từ đồng sang nghìn đồng', // o03
    'Đơn vị tính: nghìn đồng (số lẻ từ 500 đồng trở lên làm tròn thành 1.000 đồng)', // o02
    'Đơn vị tính: nghìn đồng. Không kể các khoản thu dưới 1.000 đồng', // s06
    'Đơn vị tính: nghìn đồng. Số liệu tiền đã quy đổi từ đồng sang nghìn đồng',
    'Đơn vị tính: nghìn đồng, số lẻ dưới 500 đồng bỏ, từ 500 đồng trở lên làm tròn thành 1.000 đồng',
    'DON VI TINH: NGHIN DONG (DA LAM TRON DEN HANG NGHIN DONG)',
    'ĐVT: 1.000 đồng (làm tròn đến 1.000 đồng)',
    'Đơn vị tính: ngàn đồng (đã chuyển đổi sang ngàn đồng)',
    'Đơn vị tính: nghìn đồng (quy đổi từ USD sang nghìn đồng)',
    'Unit: VND thousand (rounded to the nearest thousand VND)',
  ])('"%s": nghìn đồng', async (line) => expect(await totals('note-2019.csv', file(line))).toEqual(IN_THOUSAND));

  it('"Đơn vị tính: triệu đồng (đã quy đổi từ nghìn đồng sang triệu đồng)": triệu đồng, the unit converted from set aside', async () =>
    expect(await totals('trieu-2019.csv', file('Đơn vị tính: triệu đồng (đã quy đổi từ nghìn đồng sang triệu đồng)'))).toEqual(IN_MILLION));

  it('an amount beside a line in đồng names no unit: "Đơn vị tính: đồng. Không kể các khoản thu dưới 1.000 đồng" reads đồng', async () =>
    expect(await totals('dong-2019.csv', file('Đơn vị tính: đồng. Không kể các khoản thu dưới 1.000 đồng'))).toEqual(IN_DONG));

  it('parseUnitLine: the note is set aside', () => {
    expect(parseUnitLine('Đơn vị tính: nghìn đồng (đã làm tròn đến nghìn đồng)')).toEqual({ kind: 'money', unit: 'thousand' });
    expect(parseUnitLine('Đơn vị tính: nghìn đồng. Không kể các khoản thu dưới 1.000 đồng')).toEqual({ kind: 'money', unit: 'thousand' });
  });

  it('xlsx: "Đơn vị tính: nghìn đồng (đã làm tròn đến nghìn đồng)" reads nghìn (was refused at Sheet1!A3)', async () => {
    const r = await summarizeLinesWorkbook(dir, 'note-2019.xlsx', file('Đơn vị tính: nghìn đồng (đã làm tròn đến nghìn đồng)'), ['--format', 'csv', '--by', 'none']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [head, row] = r.stdout.trim().split('\n');
    const names = head!.split(',');
    const cells = row!.split(',');
    expect([cells[names.indexOf('money_with_conditions')], cells[names.indexOf('money_resolved')]]).toEqual(['35726112000', '30885017000']);
  });
});

describe('still refused: a target that is another unit, or under a negation', () => {
  it.each([
    ['Đơn vị tính: đồng (quy đổi sang nghìn đồng)', '"Đơn vị tính: đồng (quy đổi sang nghìn đồng)"'],
    ['Đơn vị tính: đồng (đã làm tròn đến nghìn đồng)', '"Đơn vị tính: đồng (đã làm tròn đến nghìn đồng)"'],
    ['Đơn vị tính: nghìn đồng (làm tròn đến triệu đồng)', '"Đơn vị tính: nghìn đồng (làm tròn đến triệu đồng)"'],
    ['Đơn vị tính: nghìn đồng (chưa quy đổi ra nghìn đồng)', '"Đơn vị tính: nghìn đồng (chưa quy đổi ra nghìn đồng)"'],
    ['Đơn vị tính: nghìn đồng (không làm tròn đến nghìn đồng)', '"Đơn vị tính: nghìn đồng (không làm tròn đến nghìn đồng)"'],
    ['Đơn vị tính: đồng. Riêng cột tiền: nghìn đồng', '"Đơn vị tính: đồng. Riêng cột tiền: nghìn đồng"'],
    ['Đơn vị tính: làm tròn đến nghìn đồng', '"Đơn vị tính: làm tròn đến nghìn đồng"'],
  ])('"%s"', async (line, quoted) => {
    const r = await both('refused-2019.csv', file(line));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:3:1: error: the unit line ${quoted} names a money unit thads cannot read [UNIT_UNREADABLE]`);
  });
});

describe('over-reach: ordinary unit lines read as before', () => {
  it.each([
    ['Đơn vị tính: nghìn đồng (đã làm tròn số)', IN_THOUSAND], // the tester's control
    ['Đơn vị tính: nghìn đồng', IN_THOUSAND],
    ['Đơn vị tính: triệu đồng. Không làm tròn', IN_MILLION],
    ['Đơn vị tính: nghìn đồng (số tiền quy đổi từ USD theo tỷ giá ngày 30/9/2025)', IN_THOUSAND],
    ['Số liệu đã làm tròn', IN_DONG],
  ])('"%s"', async (line, expected) => expect(await totals('plain-2019.csv', file(line))).toEqual(expected));
});
