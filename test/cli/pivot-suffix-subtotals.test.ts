// Pivot tables and Data › Subtotal without a grand total row, their group rows labelled by the
// group's name and then the word (traps44 3: each added as an office beside the rows it sums, every
// figure doubled, exit 0 with SUSPECTED_TOTAL_ROW warnings only):
//  - p52: "Ninh Bình Tổng", "Phú Thọ Tổng" (Vietnamese Excel's "Total") in the one name column →
//    TOTAL 1100/890; now read as "Ninh Bình Total" is. p51: the same in a Tỉnh column.
//  - p32: "Phòng THADS khu vực 1 Total" under its enforcers' rows → 600/460; now read as "Tổng
//    Phòng THADS khu vực 1" is: the office's line over its enforcers.
//  - p31: the office's row with figures on top, its enforcers below it → 600/460; now refused.
// Hand figures: Ninh Bình 100 + 200 + 50 = 350 with conditions, 80 + 150 + 45 = 275 resolved;
// Phú Thọ 120 + 80 = 200, 100 + 70 = 170; together 550/445, 445 / 550 = 80.91 %. By enforcer:
// khu vực 1 60 + 40 = 100, 50 + 30 = 80; khu vực 2 120 + 80 = 200, 90 + 60 = 150; 300/230 = 76.67 %.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-pivot-suffix-', ['--format', 'csv']);

function rows(stdout: string): string[][] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  return body.map((row) => ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => row[head!.indexOf(k)]!));
}

const TWO_PROVINCES = [
  ['Ninh Bình', 'Phòng THADS khu vực 1', '100', '80', '80.00'],
  ['Ninh Bình', 'Phòng THADS khu vực 2', '200', '150', '75.00'],
  ['Ninh Bình', 'Phòng THADS khu vực 3', '50', '45', '90.00'],
  ['Phú Thọ', 'Phòng THADS khu vực 1', '120', '100', '83.33'],
  ['Phú Thọ', 'Phòng THADS khu vực 2', '80', '70', '87.50'],
  ['', 'TOTAL', '550', '445', '80.91'],
];

describe('a pivot\'s group rows "<name> Tổng", "<office> Total", without a grand total', () => {
  it.each([['Tổng'], ['Total']])('compact, "Ninh Bình %s" under its offices: their subtotal, 550/445', async (word) => {
    const r = await both('pivot-2025.csv', [
      'Đơn vị,Việc có điều kiện ,Việc giải quyết xong ',
      'Ninh Bình,,',
      'Phòng THADS khu vực 1,100,80',
      'Phòng THADS khu vực 2,200,150',
      'Phòng THADS khu vực 3,50,45',
      `Ninh Bình ${word},350,275`,
      'Phú Thọ,,',
      'Phòng THADS khu vực 1,120,100',
      'Phòng THADS khu vực 2,80,70',
      `Phú Thọ ${word},200,170`,
    ]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(TWO_PROVINCES);
  });

  it('tabular, "Ninh Bình Tổng" in the Tỉnh column: 550/445', async () => {
    const r = await both('pivot-2025.csv', [
      'Tỉnh,Đơn vị,Việc có điều kiện ,Việc giải quyết xong ',
      'Ninh Bình,Phòng THADS khu vực 1,100,80',
      'Ninh Bình,Phòng THADS khu vực 2,200,150',
      'Ninh Bình,Phòng THADS khu vực 3,50,45',
      'Ninh Bình Tổng,,350,275',
      'Phú Thọ,Phòng THADS khu vực 1,120,100',
      'Phú Thọ,Phòng THADS khu vực 2,80,70',
      'Phú Thọ Tổng,,200,170',
      'Tổng Cuối,,550,445',
    ]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(TWO_PROVINCES);
  });

  it('"Ninh Bình Tổng" that is not its offices\' sum (351): refused', async () => {
    const r = await both('pivot-2025.csv', [
      'Đơn vị,Việc có điều kiện ,Việc giải quyết xong ',
      'Ninh Bình,,',
      'Phòng THADS khu vực 1,100,80',
      'Phòng THADS khu vực 2,200,150',
      'Phòng THADS khu vực 3,50,45',
      'Ninh Bình Tổng,351,275',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });

  it.each([['Total'], ['Tổng']])('"Phòng THADS khu vực 1 %s" under its enforcers: the office, 300/230', async (word) => {
    const r = await both('pivot-2025.csv', [
      'Đơn vị,Việc có điều kiện ,Việc giải quyết xong ',
      'Phòng THADS khu vực 1,,',
      'Nguyễn Văn An,60,50',
      'Trần Thị Bình,40,30',
      `Phòng THADS khu vực 1 ${word},100,80`,
      'Phòng THADS khu vực 2,,',
      'Lê Văn Cường,120,90',
      'Phạm Thị Dung,80,60',
      `Phòng THADS khu vực 2 ${word},200,150`,
    ]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([
      ['', 'Phòng THADS khu vực 1', '100', '80', '80.00'],
      ['', 'Phòng THADS khu vực 2', '200', '150', '75.00'],
      ['', 'TOTAL', '300', '230', '76.67'],
    ]);
  });

  it('the office\'s row on top of its enforcers (a compact pivot), no total: refused, never 600/460', async () => {
    const r = await both('pivot-2025.csv', [
      'Đơn vị,Việc có điều kiện ,Việc giải quyết xong ',
      'Phòng THADS khu vực 1,100,80',
      'Nguyễn Văn An,60,50',
      'Trần Thị Bình,40,30',
      'Phòng THADS khu vực 2,200,150',
      'Lê Văn Cường,120,90',
      'Phạm Thị Dung,80,60',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2: error: line 2 "Phòng THADS khu vực 1" looks like a subtotal row: its figures equal the sum of lines 3–4 below it');
  });
});
