// A money unit in a group cell of a two-row header ("Số tiền (nghìn đồng)" over its columns) is
// that group's unit, never a unit line stating that every plain column of the table counts money
// (traps30 gm4: beside a cases group in words thads did not know, "Có điều kiện | Giải quyết
// xong" under it were read as money in nghìn đồng — 600 cases summed as 600.000 đồng, a money
// rate of 69,33 %, exit 0, `check` silent). Such columns now say no measure: MEASURE_UNKNOWN. A
// group with its unit over every figure column, or a unit line of its own, still reads as money.
// Both readers agree.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-group-cell-unit-measure-', ['--format', 'csv']);

/** Named columns of the CSV output's TOTAL row. */
function total(stdout: string, names: readonly string[]): string[] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const row = body.find((r) => r[head!.indexOf('district')] === 'TOTAL')!;
  return names.map((n) => row[head!.indexOf(n)]!);
}

const ROWS = ['A,2019,600,420,9000,3000', 'B,2019,150,100,2000,500'];

describe('a money unit in a group cell is its group\'s unit, not a unit line of the table', () => {
  it.each([['Kết quả khác'], ['Nhóm 1'], ['Số liệu']])('"%s" | "Số tiền (nghìn đồng)": the columns under it name no measure, MEASURE_UNKNOWN (was read as money, exit 0)', async (group) => {
    const r = await both('bao-cao.csv', [`Đơn vị,Năm,${group},,Số tiền (nghìn đồng),`, ',,Có điều kiện,Giải quyết xong,Tổng số thụ lý,Chưa có điều kiện', ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2:3: error: column "Có điều kiện" does not say whether it counts cases or money [MEASURE_UNKNOWN]');
  });

  // By hand: money with conditions 600 + 150 = 750 nghìn = 750.000 đồng, resolved 420 + 100 =
  // 520 nghìn = 520.000 đồng, 520 / 750 = 0,69333 → 69.33 %.
  it('one group "Kết quả thi hành án (nghìn đồng)" over every figure column: money in nghìn đồng, as before', async () => {
    const r = await both('bao-cao.csv', ['Đơn vị,Năm,Kết quả thi hành án (nghìn đồng),', ',,Có điều kiện,Giải quyết xong', 'A,2019,600,420', 'B,2019,150,100']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, ['money_with_conditions', 'money_resolved', 'money_rate', 'cases_with_conditions'])).toEqual(['750000', '520000', '69.33', '']);
  });

  it('a unit line of its own above the group row still states money for every plain column, as before', async () => {
    const r = await both('bao-cao.csv', ['Đơn vị tính: nghìn đồng,,,', 'Đơn vị,Năm,Kết quả khác,', ',,Có điều kiện,Giải quyết xong', 'A,2019,600,420', 'B,2019,150,100']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, ['money_with_conditions', 'money_resolved', 'money_rate'])).toEqual(['750000', '520000', '69.33']);
  });
});
