// Excel's Data › Subtotal with another function than Sum, on a table by enforcer (the office in
// Đơn vị, the enforcer in Chấp hành viên): "Phòng THADS khu vực 1 Count | | 2 | 2", "Grand Count |
// | 4 | 4", "… Average", "… Max" (traps44 2, z8, z6, z7: each added as an office, TOTAL 308/240,
// 525/406, 600/462, exit 0). A count, an average or a maximum is no office's figures and no sum
// of them, and no check can tell it from one: refused at its label, naming the function, through
// both readers. With Sum the same table reads right.
// Hand figures: khu vực 1 = 60 + 40 = 100 with conditions, 50 + 30 = 80 resolved; khu vực 2 =
// 120 + 80 = 200, 90 + 62 = 152; together 300/232, 232 / 300 = 77.33 %.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-excel-subtotal-fn-', ['--format', 'csv']);

function table(fn: string, kv1: [number, number], kv2: [number, number], grand: string, all: [number, number]): string[] {
  return [
    'Đơn vị,Chấp hành viên,Việc có điều kiện,Việc giải quyết xong',
    'Phòng THADS khu vực 1,Nguyễn Văn An,60,50',
    'Phòng THADS khu vực 1,Trần Thị Bình,40,30',
    `Phòng THADS khu vực 1 ${fn},,${kv1[0]},${kv1[1]}`,
    'Phòng THADS khu vực 2,Lê Văn Cường,120,90',
    'Phòng THADS khu vực 2,Phạm Thị Dung,80,62',
    `Phòng THADS khu vực 2 ${fn},,${kv2[0]},${kv2[1]}`,
    `${grand},,${all[0]},${all[1]}`,
  ];
}

function rows(stdout: string): string[][] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  return body.map((row) => ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => row[head!.indexOf(k)]!));
}

describe('Excel Data › Subtotal rows of Count, Average, Max…', () => {
  it.each([
    // (Count: 2 rows each, 4 in all; Average: (60 + 40) / 2 = 50, (50 + 30) / 2 = 40 …; Max: the larger row)
    ['Count', 'Count', [2, 2], [2, 2], 'Grand Count', [4, 4]],
    ['Average', 'Average', [50, 40], [100, 76], 'Grand Average', [75, 58]],
    ['Max', 'Max', [60, 50], [120, 90], 'Grand Max', [120, 90]],
    ['Min', 'Min', [40, 30], [80, 62], 'Grand Min', [40, 30]],
    ['Đếm', 'Count', [2, 2], [2, 2], 'Đếm Cuối', [4, 4]],
    ['Trung bình', 'Average', [50, 40], [100, 76], 'Trung bình Cuối', [75, 58]],
    ['Lớn nhất', 'Max', [60, 50], [120, 90], 'Lớn nhất Cuối', [120, 90]],
    ['Tối đa', 'Max', [60, 50], [120, 90], 'Tối đa Cuối', [120, 90]],
    ['Nhỏ nhất', 'Min', [40, 30], [80, 62], 'Nhỏ nhất Cuối', [40, 30]],
  ] as const)('"… %s" is refused at its row, naming %s, never added as an office', async (label, fn, kv1, kv2, grand, all) => {
    const r = await both('theo-chv-2025.csv', table(label, [...kv1], [...kv2], grand, [...all]));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:4:1: error: "Phòng THADS khu vực 1 ${label}" holds a row of Excel's Data › Subtotal with the function ${fn} (`);
    expect(r.stderr).toContain('[NOT_AN_OFFICE]');
  });

  it.each([['Grand Count', 4, 4], ['Grand Average', 75, 58]])('"%s" alone below the enforcers: refused too', async (grand, a, b) => {
    const r = await both('theo-chv-2025.csv', [...table('Total', [100, 80], [200, 152], grand, [a, b]).filter((l) => !/ Total,/.test(l))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:6:1: error: "${grand}" holds a row of Excel's Data › Subtotal with the function`);
  });

  it('in the province column ("Ninh Bình Count | | 3 | 3"): refused', async () => {
    const r = await both('ninh-binh-2025.csv', [
      'Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong',
      'Ninh Bình,Phòng THADS khu vực 1,100,80',
      'Ninh Bình,Phòng THADS khu vực 2,200,150',
      'Ninh Bình Count,,2,2',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:1: error: "Ninh Bình Count" holds a row of Excel\'s Data › Subtotal with the function Count (a count of the rows above it)');
  });

  it.each([['Total', 'Grand Total'], ['Tổng', 'Tổng Cuối']])('with Sum ("… %s", "%s") the table reads right: 300/232, 77.33 per cent', async (label, grand) => {
    const r = await both('theo-chv-2025.csv', table(label, [100, 80], [200, 152], grand, [300, 232]));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([
      ['Phòng THADS khu vực 1', '100', '80', '80.00'],
      ['Phòng THADS khu vực 2', '200', '152', '76.00'],
      ['TOTAL', '300', '232', '77.33'],
    ]);
  });
});
