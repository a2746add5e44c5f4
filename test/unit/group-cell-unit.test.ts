// A measure group cell of a two-row header carrying its unit after a dash, colon or slash ("VỀ
// TIỀN - Đơn vị tính: 1.000 đồng", "Về tiền: nghìn đồng", "Tiền - 1.000đ", "Về việc - Đơn vị
// tính: việc") is read as the bracket form "Về tiền (đơn vị: 1.000 đồng)" always was: the unit is
// the group's columns' (headers.ts groupOf). It was refused MEASURE_CONFLICT (the group row taken
// for "the unit line") or MEASURE_UNKNOWN. A unit line that says another unit is still refused;
// a dash before words that are no unit ("Tiền - Tổng số") reads as before. Both readers agree.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-group-cell-unit-', ['--by', 'none', '--format', 'csv']);

/** Named total columns of the CSV output's total row. */
function pick(stdout: string, names: readonly string[]): string[] {
  const [head, total] = stdout.trim().split('\n');
  const columns = head!.split(',');
  const cells = total!.split(',');
  return names.map((n) => cells[columns.indexOf(n)]!);
}
const PICKED = ['cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved', 'money_rate'];

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,,,,', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019,,,,,,,,,'];
const SUB = ',,Tổng số phải thi hành,Có điều kiện,Giải quyết xong,Chưa có điều kiện,Tổng số phải thi hành,Có điều kiện,Giải quyết xong,Chưa có điều kiện';
const ROWS = [
  '1,Chi cục THADS huyện Mỹ Lộc,694,586,533,108,41566461,9565824,8009735,32000637',
  '2,Chi cục THADS huyện Vụ Bản,776,655,630,121,71216733,16389337,14490040,54827396',
  '3,Chi cục THADS huyện Ý Yên,353,298,276,55,42457804,9770952,8385244,32686852',
  ',Tổng cộng,1823,1539,1439,284,155240998,35726113,30885019,119514885',
];
/** The file with its group row "STT, Đơn vị, <cases>, …, <money>" and, if given, a unit line above the title. */
function file(cases: string, money: string, unitLine?: string): string[] {
  return [...(unitLine ? [`${unitLine},,,,,,,,,`] : []), ...TITLE, `STT,Đơn vị,${cases},,,,${money},,,`, SUB, ...ROWS];
}
// By hand: cases with conditions 586 + 655 + 298 = 1.539, resolved 533 + 630 + 276 = 1.439,
// 1.439 / 1.539 = 0,93502 → 93.50 %; money with conditions 9.565.824 + 16.389.337 + 9.770.952 =
// 35.726.113 nghìn = 35.726.113.000 đồng, resolved 8.009.735 + 14.490.040 + 8.385.244 = 30.885.019
// nghìn = 30.885.019.000 đồng, 30.885.019 / 35.726.113 = 0,86449 → 86.45 %.
const IN_THOUSANDS = ['1539', '1439', '93.50', '35726113000', '30885019000', '86.45'];

describe('a money group cell with its unit after a dash, colon or slash (both readers)', () => {
  it.each([
    ['VỀ TIỀN - Đơn vị tính: 1.000 đồng'],
    ['Về tiền: nghìn đồng'],
    ['Về tiền - nghìn đồng'],
    ['Về tiền/nghìn đồng'],
    ['Tiền - 1.000đ'],
    ['Về tiền – ĐVT: 1.000 đồng'],
    ['VE TIEN - DVT: 1.000 dong'],
    ['Ve tien: nghin dong'],
  ])('"Về việc" | "%s": money in nghìn đồng, exit 0 (was MEASURE_CONFLICT or MEASURE_UNKNOWN)', async (money) => {
    const r = await both('nam-dinh-2019.csv', file('Về việc', money));
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, PICKED)).toEqual(IN_THOUSANDS);
    expect(r.stderr).toBe('');
  });

  it.each([['VỀ TIỀN - Đơn vị tính: 1.000 đồng'], ['Về tiền: nghìn đồng'], ['Tiền - 1.000đ']])(
    '"%s" under the unit line "Đơn vị tính: Việc; nghìn đồng": the two agree, read in nghìn đồng (was MEASURE_UNKNOWN)',
    async (money) => {
      const r = await both('nam-dinh-2019.csv', file('Về việc', money, 'Đơn vị tính: Việc; nghìn đồng'));
      expect(r.code, r.stderr).toBe(0);
      expect(pick(r.stdout, PICKED)).toEqual(IN_THOUSANDS);
    },
  );

  it('English "Cases" | "Money - VND thousand": money in thousand', async () => {
    const r = await both('nam-dinh-2019.csv', file('Cases', 'Money - VND thousand'));
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, PICKED)).toEqual(IN_THOUSANDS);
  });

  it.each([
    ['Về việc - Đơn vị tính: việc', 'Về tiền - Đơn vị tính: 1.000 đồng'],
    ['Về việc: việc', 'Về tiền: nghìn đồng'],
    ['Về việc (Đơn vị tính: việc)', 'Về tiền (Đơn vị tính: 1.000 đồng)'],
  ])('cases group "%s" beside "%s": cases, and money in nghìn đồng', async (cases, money) => {
    const r = await both('nam-dinh-2019.csv', file(cases, money));
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, PICKED)).toEqual(IN_THOUSANDS);
  });

  it('a unit line giving another unit ("Đơn vị tính: triệu đồng") is refused UNIT_CONTRADICTION, the group cell named at its line', async () => {
    const r = await both('nam-dinh-2019.csv', file('Về việc', 'Về tiền: nghìn đồng', 'Đơn vị tính: triệu đồng'));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      'FILE:4:7: error: the group cell "Về tiền: nghìn đồng" (line 4, column 7) gives money in thousand, but the unit line "Đơn vị tính: triệu đồng" (line 1, column 1) gives million [UNIT_CONTRADICTION]',
    );
  });

  it('a unit line "Đơn vị tính: Việc; đồng" against "VỀ TIỀN - Đơn vị tính: 1.000 đồng": refused UNIT_CONTRADICTION', async () => {
    const r = await both('nam-dinh-2019.csv', file('Về việc', 'VỀ TIỀN - Đơn vị tính: 1.000 đồng', 'Đơn vị tính: Việc; đồng'));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      'FILE:4:7: error: the group cell "VỀ TIỀN - Đơn vị tính: 1.000 đồng" (line 4, column 7) gives money in thousand, but the unit line "Đơn vị tính: Việc; đồng" (line 1, column 1) gives dong [UNIT_CONTRADICTION]',
    );
  });

  it.each([
    ['Về việc - nghìn đồng', 'Về tiền', 3],
    ['Về việc', 'Về tiền - việc', 7],
    ['Về việc', 'Về tiền - USD', 7],
  ])('"%s" | "%s": a unit that is none of the group\'s measure names no group, still MEASURE_UNKNOWN (as before)', async (cases, money, column) => {
    const r = await both('nam-dinh-2019.csv', file(cases, money));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(`FILE:4:${column}: error: column "Tổng số phải thi hành" does not say whether it counts cases or money [MEASURE_UNKNOWN]`);
  });
});

describe('over-reach: dashes and colons that carry no unit read as before', () => {
  it('the bracket form "Về tiền (đơn vị: 1.000 đồng)" still reads in nghìn đồng', async () => {
    const r = await both('nam-dinh-2019.csv', file('Về việc', 'Về tiền (đơn vị: 1.000 đồng)'));
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, PICKED)).toEqual(IN_THOUSANDS);
  });

  it('"Tiền - Tổng số" under "Về tiền", unit line "Đơn vị tính: Việc; nghìn đồng": an unknown column, the rest read in nghìn đồng', async () => {
    const r = await both('nam-dinh-2019.csv', [
      'Đơn vị tính: Việc; nghìn đồng,,,,,,,,,',
      'STT,Đơn vị,Về việc,,,,Về tiền,,,',
      ',,Tổng số phải thi hành,Có điều kiện,Giải quyết xong,Chưa có điều kiện,Tiền - Tổng số,Có điều kiện,Giải quyết xong,Chưa có điều kiện',
      '1,Chi cục THADS huyện Mỹ Lộc,694,586,533,108,41566461,9565824,8009735,32000637',
      '2,Chi cục THADS huyện Vụ Bản,776,655,630,121,71216733,16389337,14490040,54827396',
    ]);
    expect(r.code, r.stderr).toBe(0);
    // By hand: cases 586 + 655 = 1.241, 533 + 630 = 1.163, 1.163 / 1.241 = 0,93715 → 93.71 %;
    // money 9.565.824 + 16.389.337 = 25.955.161 nghìn, 8.009.735 + 14.490.040 = 22.499.775 nghìn,
    // 22.499.775 / 25.955.161 = 0,86687 → 86.69 %.
    expect(pick(r.stdout, PICKED)).toEqual(['1241', '1163', '93.71', '25955161000', '22499775000', '86.69']);
    expect(r.stderr.split('\n')[0]).toBe('FILE:3:7: warning: column "Tiền - Tổng số" is not a known figure and is ignored [UNKNOWN_COLUMN]');
  });

  it('a group "Tiền - Tổng số" over plain columns still names no measure: MEASURE_UNKNOWN, as before', async () => {
    const r = await both('nam-dinh-2019.csv', [
      'STT,Đơn vị,Về việc,,Tiền - Tổng số,',
      ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong',
      '1,Chi cục THADS huyện Mỹ Lộc,586,533,9565824,8009735',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('FILE:2:5: error: column "Có điều kiện" does not say whether it counts cases or money [MEASURE_UNKNOWN]');
  });

  it('a header "Tiền thu được - Trong đó: tiền ủy thác" stays an unknown column; the money columns read in nghìn đồng', async () => {
    const r = await both('nam-dinh-2019.csv', [
      'Đơn vị tính: nghìn đồng,,,,',
      'STT,Đơn vị,Tiền có điều kiện,Tiền giải quyết xong,Tiền thu được - Trong đó: tiền ủy thác',
      '1,Chi cục THADS huyện Mỹ Lộc,9565824,8009735,1200',
      '2,Chi cục THADS huyện Vụ Bản,16389337,14490040,3400',
    ]);
    expect(r.code, r.stderr).toBe(0);
    // By hand: 25.955.161 and 22.499.775 nghìn as above → 86.69 %.
    expect(pick(r.stdout, ['money_with_conditions', 'money_resolved', 'money_rate'])).toEqual(['25955161000', '22499775000', '86.69']);
    expect(r.stderr.split('\n')[0]).toBe('FILE:2:5: warning: column "Tiền thu được - Trong đó: tiền ủy thác" is not a known figure and is ignored [UNKNOWN_COLUMN]');
  });

  it('"Về tiền - Năm 2019" (a year after the dash, no unit) reads as before: money in đồng', async () => {
    const r = await both('nam-dinh-2019.csv', file('Về việc - Năm 2019', 'Về tiền - Năm 2019'));
    expect(r.code, r.stderr).toBe(0);
    // By hand: as IN_THOUSANDS, money in đồng: 35.726.113 and 30.885.019.
    expect(pick(r.stdout, PICKED)).toEqual(['1539', '1439', '93.50', '35726113', '30885019', '86.45']);
  });
});
