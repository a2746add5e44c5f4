// An Excel Table's total row, its label typed in the first column (Tỉnh) and a COUNT of the offices
// in the next (Đơn vị): "Tổng cộng | 2 | 300 | 230", or a filtered Table's SUBTOTAL(109) over the 2
// offices left visible (traps44 1, s13, s10, s12: an office "2" of a province "Tổng cộng" added,
// TOTAL 650/505, exit 0). The label names the row whatever its office cell holds: a declared total,
// checked against the offices, through both readers.
// Hand figures: Ninh Bình khu vực 1 = 100/80, khu vực 2 = 200/150, khu vực 3 = 50/45; together
// 100 + 200 + 50 = 350 with conditions, 80 + 150 + 45 = 275 resolved, 275 / 350 = 78.57 %.
// A total of 300/230 (khu vực 3 filtered out) or 360/285 (a typo) disagrees: refused.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-province-cell-total-', ['--format', 'csv']);

const OFFICES = [
  'Ninh Bình,Phòng THADS khu vực 1,100,80',
  'Ninh Bình,Phòng THADS khu vực 2,200,150',
  'Ninh Bình,Phòng THADS khu vực 3,50,45',
];
const HEADER = 'Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong';

function rows(stdout: string): string[][] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  return body.map((row) => ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => row[head!.indexOf(k)]!));
}

describe('a total\'s label in the province column over a count in the office column', () => {
  it.each([
    ['Tổng cộng,2,300,230', 'Tổng cộng', '300', '350'],
    ['Tổng,2,300,230', 'Tổng', '300', '350'],
    ['Total,3,360,285', 'Total', '360', '350'],
    ['Tổng cộng,3 đơn vị,300,230', 'Tổng cộng', '300', '350'],
  ])('"%s" is a declared total that disagrees with the offices: refused, never an office', async (line, label, declared, sum) => {
    const r = await both('ninh-binh-2025.csv', [HEADER, ...OFFICES, line]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:5:3: error: declared total "${label}" has cases with conditions ${declared}, but the office rows add up to ${sum}`);
    expect(r.stderr).toContain('[DECLARED_TOTAL_MISMATCH]');
  });

  it.each([['Tổng cộng,3,350,275'], ['Total,3,350,275'], ['Tổng cộng,,350,275']])('"%s" equal to the offices is their total: 350/275, 78.57 per cent', async (line) => {
    const r = await both('ninh-binh-2025.csv', [HEADER, ...OFFICES, line]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([
      ['Ninh Bình', 'Phòng THADS khu vực 1', '100', '80', '80.00'],
      ['Ninh Bình', 'Phòng THADS khu vực 2', '200', '150', '75.00'],
      ['Ninh Bình', 'Phòng THADS khu vực 3', '50', '45', '90.00'],
      ['', 'TOTAL', '350', '275', '78.57'],
    ]);
  });

  it('the office column first: "2 | Tổng cộng" is the total too, refused (300 ≠ 350)', async () => {
    const r = await both('ninh-binh-2025.csv', ['Đơn vị,Tỉnh,Việc có điều kiện,Việc giải quyết xong', ...OFFICES.map((l) => l.split(',')).map(([p, d, a, b]) => `${d},${p},${a},${b}`), '2,Tổng cộng,300,230']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:3: error: declared total "Tổng cộng" has cases with conditions 300, but the office rows add up to 350');
  });

  it('province subtotals with a count beside them: checked, and the file read right (550/445, 80.91 %)', async () => {
    // Ninh Bình 350/275 as above; Phú Thọ 120 + 80 = 200 with conditions, 100 + 70 = 170 resolved;
    // together 550/445, 445 / 550 = 80.91 %.
    const r = await both('hai-tinh-2025.csv', [
      HEADER,
      ...OFFICES,
      'Cộng Ninh Bình,3,350,275',
      'Phú Thọ,Phòng THADS khu vực 1,120,100',
      'Phú Thọ,Phòng THADS khu vực 2,80,70',
      'Cộng Phú Thọ,2,200,170',
      'Tổng cộng,5,550,445',
    ]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout).at(-1)).toEqual(['', 'TOTAL', '550', '445', '80.91']);
    expect(rows(r.stdout)).toHaveLength(6);
  });
});
