// A group cell or sub-column naming its measure in words beyond "Việc" / "Tiền" — "Số vụ việc",
// "Số lượng việc", "Số vụ", "Số quyết định", "Việc thi hành án", "Số việc THA", "Tổng hợp việc",
// "Đếm theo việc", "Về số lượng việc"; "Tiền thi hành án", "Số tiền THA", "Về giá trị" — and
// "Số lượng" beside a money group or sub-column, count the measure they name (traps30 gm4, gm5,
// gm6, gm7, fm, fm2: cases summed as money in nghìn đồng, exit 0; or MEASURE_UNKNOWN,
// DUPLICATE_COLUMN, MEASURE_CONFLICT naming the group row "the unit line"). "Số lượng" alone
// names no measure, as before. Both readers agree.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-group-measure-words-', ['--format', 'csv']);

/** Named columns of the CSV output's TOTAL row. */
function total(stdout: string, names: readonly string[]): string[] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const row = body.find((r) => r[head!.indexOf('district')] === 'TOTAL')!;
  return names.map((n) => row[head!.indexOf(n)]!);
}
const PICKED = ['cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved', 'money_rate'];

const SUB = ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong';
const ROWS = ['A,2019,600,420,9000,3000', 'B,2019,150,100,2000,500'];
// By hand: cases 600 + 150 = 750 with conditions, 420 + 100 = 520 resolved, 520 / 750 = 0,69333
// → 69.33 %; money 9.000 + 2.000 = 11.000 nghìn = 11.000.000 đồng with conditions, 3.000 + 500 =
// 3.500 nghìn = 3.500.000 đồng resolved, 3.500 / 11.000 = 0,31818 → 31.82 %.
const BOTH = ['750', '520', '69.33', '11000000', '3500000', '31.82'];

describe('group cells naming their measure in other words', () => {
  it.each([
    ['Số vụ việc', 'Số tiền (nghìn đồng)'],
    ['Số lượng việc', 'Số tiền (nghìn đồng)'],
    ['Số lượng', 'Số tiền (nghìn đồng)'],
    ['Số vụ', 'Số tiền (nghìn đồng)'],
    ['Số quyết định', 'Số tiền (nghìn đồng)'],
    ['Số việc thi hành án', 'Số tiền (nghìn đồng)'],
    ['Việc thi hành án', 'Tiền thi hành án (nghìn đồng)'],
    ['Về số lượng việc', 'Số tiền (nghìn đồng)'],
    ['Tổng hợp việc', 'Số tiền (nghìn đồng)'],
    ['Đếm theo việc', 'Số tiền (nghìn đồng)'],
    ['Việc THA', 'Tiền THA (nghìn đồng)'],
    ['Số vụ', 'Giá trị (nghìn đồng)'],
    ['Về số việc', 'Về giá trị (nghìn đồng)'],
  ])('"%s" | "%s": cases and money in nghìn đồng, exit 0', async (cases, money) => {
    const r = await both('bao-cao.csv', [`Đơn vị,Năm,${cases},,${money},`, SUB, ...ROWS]);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, PICKED)).toEqual(BOTH);
  });

  // traps30 gm4: money has no "có điều kiện" column here, so it is refused as the same form
  // with "Việc" | "Tiền (nghìn đồng)" is — never its cases read as money (was exit 0).
  it.each([['Số vụ việc'], ['Số việc thi hành án'], ['Việc']])('gm4: "%s" | "Số tiền (nghìn đồng)" over cases and money of other fields: MISSING_COLUMN for money, as with "Việc"', async (cases) => {
    const r = await both('bao-cao.csv', [`Đơn vị,Năm,${cases},,Số tiền (nghìn đồng),`, ',,Có điều kiện,Giải quyết xong,Tổng số thụ lý,Chưa có điều kiện', ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2: error: missing column money_with_conditions and money_resolved (or money_completed) [MISSING_COLUMN]');
  });

  // traps30 gm5 / gm6: A 2.000 completed + 100 reduced = 2.100 resolved of 5.000, 42.00 %; B 500 +
  // 0 = 500 of 1.000; total 2.600 / 6.000 = 0,43333 → 43.33 %; cases 520 / 750 → 69.33 %.
  it.each([
    ['Tiền thi hành án (nghìn đồng)', ['6000000', '2600000', '43.33']],
    ['Tiền thi hành án', ['6000', '2600', '43.33']],
  ])('gm5/gm6: "Việc thi hành án" | "%s" over a reduced column: read (was DUPLICATE_COLUMN, MEASURE_UNKNOWN)', async (money, expected) => {
    const r = await both('bao-cao.csv', [
      `Đơn vị,Năm,Việc thi hành án,,${money},,`,
      ',,Có điều kiện,Giải quyết xong,Có điều kiện,Thi hành xong,Giảm thi hành án',
      'A,2019,600,420,5000,2000,100',
      'B,2019,150,100,1000,500,0',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, PICKED)).toEqual(['750', '520', '69.33', ...expected]);
  });

  it('"Số lượng" alone over the figure columns names no measure: MEASURE_UNKNOWN, as before', async () => {
    const r = await both('bao-cao.csv', ['Đơn vị,Năm,Số lượng,', ',,Có điều kiện,Giải quyết xong', 'A,2019,600,420']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:3: error: column "Có điều kiện" does not say whether it counts cases or money [MEASURE_UNKNOWN]');
  });
});

describe('sub-columns naming their measure in other words (traps30 fm, fm2)', () => {
  // By hand: cases 420 / 600 = 0,7 → 70.00 %; money 5.000 nghìn = 5.000.000 đồng with
  // conditions, 2.000 nghìn = 2.000.000 đồng resolved, 2.000 / 5.000 → 40.00 %.
  it.each([
    ['Việc THA', 'Tiền THA (nghìn đồng)'],
    ['Vụ việc', 'Tiền (nghìn đồng)'],
    ['Số lượng', 'Số tiền (nghìn đồng)'],
    ['Số vụ', 'Giá trị (nghìn đồng)'],
    ['Số việc THA', 'Số tiền THA (nghìn đồng)'],
  ])('"Có điều kiện" over "%s" | "%s": read (was MEASURE_UNKNOWN)', async (cases, money) => {
    const r = await both('bao-cao.csv', ['Đơn vị,Năm,Có điều kiện,,Giải quyết xong,', `,,${cases},${money},${cases},${money}`, 'A,2019,600,5000,420,2000']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, PICKED)).toEqual(['600', '420', '70.00', '5000000', '2000000', '40.00']);
  });
});
