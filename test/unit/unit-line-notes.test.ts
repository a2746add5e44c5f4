// A unit line whose money unit is followed by a note on foreign currency (round 41a, 02): "Đơn vị
// tính: nghìn đồng (số tiền quy đổi từ USD theo tỷ giá ngày 30/9/2025)" was refused UNIT_UNREADABLE,
// the note read as a second money unit. A note that converts or leaves out foreign currency states
// no unit: set aside when the rest names one unit thads reads. A money clause proper is still
// refused. Both readers; totals added by hand.
import { describe, expect, it } from 'vitest';
import { parseUnitLine } from '../../src/input/units.js';
import { bothReaders } from '../helpers/both-readers.js';

const ARGS = ['--by', 'none', '--format', 'csv'];
const { both } = bothReaders('thads-unit-notes-', ARGS);

const file = (unitLine: string) => [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025',
  unitLine.includes(',') ? `"${unitLine}"` : unitLine,
  'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
  '1,Phòng THADS khu vực 1,100,90,150000,75000',
  '2,Phòng THADS khu vực 2,200,150,250000,100000',
  ',Tổng cộng,300,240,400000,175000',
];

/** The total row's money figures. */
function money(stdout: string): { with: string; resolved: string } {
  const [head, row] = stdout.trim().split('\n');
  const names = head!.split(',');
  const cells = row!.split(',');
  return { with: cells[names.indexOf('money_with_conditions')]!, resolved: cells[names.indexOf('money_resolved')]! };
}

const NOTES = [
  'Đơn vị tính: nghìn đồng (số tiền quy đổi từ USD theo tỷ giá ngày 30/9/2025)', // 02
  'Đơn vị tính: nghìn đồng; ngoại tệ USD đã quy đổi ra đồng', // 02b
  'Đơn vị tính: nghìn đồng (không bao gồm số tiền ngoại tệ)', // 02c
  'Đơn vị tính: Nghìn đồng (đã quy đổi ngoại tệ)', // 02d, the control
  'Đơn vị tính: nghìn đồng (số tiền quy đổi từ USD theo tỷ giá 23.500 đồng/USD)',
  'Đơn vị tính: nghìn đồng [không tính ngoại tệ]',
  'Đơn vị tính: việc; nghìn đồng (ngoại tệ đã quy đổi)',
  '(Số việc tính theo đơn vị việc, số tiền tính theo đơn vị nghìn đồng (quy đổi từ USD))',
];

const STILL_REFUSED = [
  'Đơn vị tính: USD',
  'Đơn vị tính: quy đổi từ USD', // a note, but no unit beside it
  'Đơn vị tính: nghìn đồng; số tiền tính theo đơn vị USD', // a money clause proper
  'Đơn vị tính: nghìn đồng (ngoại tệ tính theo đơn vị USD)', // states a unit: no note
  'Đơn vị tính: nghìn đồng; ngoại tệ: USD', // a unit per measure: no note
  'Đơn vị tính: nghìn đồng (gồm cả ngoại tệ USD)', // converts nothing: USD amounts may be in the figures
  'Đơn vị tính: nghìn đồng (ngoại tệ quy đổi ra triệu đồng)', // a second unit
  'Đơn vị tính: đồng (quy đổi từ USD); nghìn đồng', // two units
];

describe('a note on foreign currency beside the money unit', () => {
  it.each(NOTES)('%s gives money in nghìn đồng', (line) => {
    expect(parseUnitLine(line)).toEqual({ kind: 'money', unit: 'thousand' });
  });

  it.each(STILL_REFUSED)('%s is still refused', (line) => {
    expect(parseUnitLine(line)?.kind).toBe('unreadable');
  });

  it.each(NOTES)('above the header, %s: money 400,000,000 đồng, exit 0 (02–02c: were UNIT_UNREADABLE)', async (line) => {
    const r = await both('gia-lai-2025.csv', file(line));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 150000 + 250000 = 400000 nghìn đồng; resolved 75000 + 100000 = 175000 nghìn đồng
    expect(money(r.stdout)).toEqual({ with: '400000000', resolved: '175000000' });
  });

  it('a note beside a money clause proper does not save it: refused at the unit line', async () => {
    const r = await both('gia-lai-usd-2025.csv', file('Đơn vị tính: nghìn đồng (không bao gồm ngoại tệ); số tiền tính theo đơn vị USD'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'FILE:2:1: error: the unit line "Đơn vị tính: nghìn đồng (không bao gồm ngoại tệ); số tiền tí…" (78 characters) names a money unit thads cannot read [UNIT_UNREADABLE]',
    );
  });
});
