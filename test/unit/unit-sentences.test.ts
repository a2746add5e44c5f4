// A unit line followed by a sentence, a bracket or a clause of exceptions, as offices write them
// above the table ("Đơn vị tính: nghìn đồng. Không bao gồm tiền ủy thác", "ĐVT: 1.000 đồng (không
// kể tiền lãi)"), was refused UNIT_UNREADABLE: the later clause read as money beside the unit, and a
// negation reached across the full stop ("Án phí chưa tính. Tính bằng nghìn đồng"). Such a clause
// states no unit; a negation governing the unit itself ("chưa quy đổi ra nghìn đồng") or a second
// unit or money after it is still refused. Both readers; totals by hand.
import { describe, expect, it } from 'vitest';
import { parseUnitLine } from '../../src/input/units.js';
import { bothReaders, moneyTotal } from '../helpers/both-readers.js';
import { cell, HEADER, IN_DONG, IN_MILLION, IN_THOUSAND, ROWS, TITLE } from '../helpers/two-offices-money.js';

const ARGS = ['--format', 'csv', '--year', '2019'];
const { dir, write, both } = bothReaders('thads-unit-sentences-', ARGS);

/** money_with_conditions, money_resolved, money_rate of the TOTAL row, through both readers. */
const totals = (name: string, lines: readonly string[]): Promise<string[]> => moneyTotal(dir, write(name, lines), ['--year', '2019']);

describe('a unit line with a sentence, bracket or clause of exceptions after the unit: read with its unit', () => {
  it.each([
    'Đơn vị tính: nghìn đồng. Không bao gồm tiền ủy thác',
    'ĐVT: 1.000 đồng (không kể tiền lãi)',
    'Đơn vị tính: Việc; tiền: nghìn đồng – số liệu không bao gồm án phí',
    'Unit: VND thousand. Excludes interest.',
    'Đơn vị tính: nghìn đồng - không kể tiền lãi',
    'Đơn vị tính: nghìn đồng, không kể tiền lãi',
    'Đơn vị tính: nghìn đồng. Chưa bao gồm tiền lãi',
    'Đơn vị tính: nghìn đồng. Ngoại trừ tiền lãi',
    'DON VI TINH: NGHIN DONG. KHONG BAO GOM TIEN UY THAC',
    'Don vi tinh: 1.000 dong (khong ke tien lai)',
    'Unit: VND thousand (excluding interest)',
    'Unit: VND thousand. Figures do not include interest.',
    'Án phí chưa tính. Tính bằng nghìn đồng',
  ])('"%s": nghìn đồng', async (line) => expect(await totals('sent-2019.csv', [...TITLE, cell(line), HEADER, ...ROWS])).toEqual(IN_THOUSAND));

  it('"Đơn vị tính: triệu đồng. Không làm tròn": triệu đồng', async () =>
    expect(await totals('tron-2019.csv', [...TITLE, cell('Đơn vị tính: triệu đồng. Không làm tròn'), HEADER, ...ROWS])).toEqual(IN_MILLION));

  it('the same sentence under the table, money read in nghìn above it: no contradiction', async () =>
    expect(await totals('foot-2019.csv', [...TITLE, cell('Đơn vị tính: nghìn đồng'), HEADER, ...ROWS, cell(''), cell('Đơn vị tính: nghìn đồng. Không bao gồm tiền ủy thác')])).toEqual(IN_THOUSAND));

  it('parseUnitLine: the clause after the unit is set aside', () => {
    expect(parseUnitLine('Đơn vị tính: nghìn đồng. Không bao gồm tiền ủy thác')).toEqual({ kind: 'money', unit: 'thousand' });
    expect(parseUnitLine('ĐVT: 1.000 đồng (không kể tiền lãi)')).toEqual({ kind: 'money', unit: 'thousand' });
  });
});

describe('still refused: a negation of the unit itself, or a second unit or money after it', () => {
  it.each([
    ['Đơn vị tính: nghìn đồng. Số liệu tiền chưa quy đổi ra nghìn đồng', '"Đơn vị tính: nghìn đồng. Số liệu tiền chưa quy đổi ra nghìn …" (64 characters)'],
    ['Đơn vị tính: đồng. Không quy đổi ra nghìn đồng', '"Đơn vị tính: đồng. Không quy đổi ra nghìn đồng"'],
    ['Đơn vị tính: nghìn đồng (chưa quy đổi ra triệu đồng)', '"Đơn vị tính: nghìn đồng (chưa quy đổi ra triệu đồng)"'],
    ['Đơn vị tính: nghìn đồng. Gồm cả ngoại tệ USD', '"Đơn vị tính: nghìn đồng. Gồm cả ngoại tệ USD"'],
    ['Đơn vị tính: nghìn đồng. Riêng án phí: đồng', '"Đơn vị tính: nghìn đồng. Riêng án phí: đồng"'],
    ['Số tiền không tính bằng Tr. Đồng', '"Số tiền không tính bằng Tr. Đồng"'],
    ['Amounts not converted to VND thousand', '"Amounts not converted to VND thousand"'],
  ])('"%s"', async (line, quoted) => {
    const r = await both('neg-2019.csv', [...TITLE, cell(line), HEADER, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:3:1: error: the unit line ${quoted} names a money unit thads cannot read [UNIT_UNREADABLE]`);
  });
});

describe('over-reach: abbreviations with a full stop and plain lines read as before', () => {
  it.each([
    ['Đơn vị tính: Tr. đồng', IN_MILLION],
    ['Đơn vị tính: Việc; Tr. đồng', IN_MILLION],
    ['Đơn vị tính: nghìn đồng', IN_THOUSAND],
    ['Số liệu không tính các việc ủy thác', IN_DONG],
  ])('"%s"', async (line, expected) => expect(await totals('plain-2019.csv', [...TITLE, cell(line), HEADER, ...ROWS])).toEqual(expected));
});
