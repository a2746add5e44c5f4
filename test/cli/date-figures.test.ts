// A figure typed as "5-12" or "5/12" in a cell not formatted as a number is made a date by Excel,
// and a CSV saved as shown writes the date. "05-Dec" and "05/12/2025" were told "has a leading
// zero: a thousands group cut off by a comma outside quotes…?" (traps42 3), "5-Dec" a plain "is
// not a number": each is now said to be a date (BAD_NUMBER, exit 1, as before), as a workbook's
// date cell is.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-date-figures-', ['--year', '2025', '--format', 'csv']);

const TITLE = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025;;;;;', 'Đơn vị tính: việc; nghìn đồng;;;;;'];
const HEADER = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
/** KV4's resolved cases (line 7, column 4) as `cell` */
const file = (cell: string) => [
  ...TITLE,
  HEADER,
  '1;Phòng THADS khu vực 1;1.200;1.050;123.456.789;65.432.100',
  '2;Phòng THADS khu vực 2;980;870;98.765.432;50.123.456',
  '3;Phòng THADS khu vực 3;1.500;1.310;234.567.890;120.000.000',
  `4;Phòng THADS khu vực 4;760;${cell};45.678.901;30.000.000`,
  '5;Phòng THADS khu vực 5;1.105;990;87.654.321;44.444.444',
];
const DATE = 'is a date, not a figure: Excel makes a date of a figure typed as "5-12" or "5/12" in a cell not formatted as a number, and the figure is lost [BAD_NUMBER]';

describe('a date Excel made of a figure, in a figure cell', () => {
  it.each(['05-Dec', '05/12/2025', '5-Dec', 'Dec-05', '12-May', '5-thg 12', '5-thg12', '5/12/25', '2025-12-05', '05-12-2025'])('%s: said to be a date, exit 1', async (cell) => {
    const r = await both('kv-2025.csv', file(cell));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:7:4: error: cases resolved "${cell}" ${DATE}`);
    expect(r.stderr).toContain('hint: type the figure again in a cell formatted as a number');
  });

  it.each([
    ['012', 'has a leading zero: a thousands group cut off by a comma outside quotes'],
    ['2018-2019', 'is not a number'],
    ['10/2025', 'is not a number'],
  ])('controls: %s keeps its words', async (cell, words) => {
    const r = await both('kv-2025.csv', file(cell));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:7:4: error: cases resolved "${cell}" ${words}`);
  });

  it('control: 700 there sums 5545 / 4920 (1200 + 980 + 1500 + 760 + 1105; 1050 + 870 + 1310 + 700 + 990)', async () => {
    const r = await both('kv-2025.csv', file('700'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\n,TOTAL,2025,(?:[^,]*,){6}5545,(?:[^,]*,){8}4920,/);
  });
});
