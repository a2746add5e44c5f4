// Rows of groups of offices under labels thads does not know ("Khu vực 1", "Nhóm 2", "Khu vực
// phía Bắc"), with figures, in a table without a total: each equal to the sum of the rows next to
// it, but with fewer than four agreeing figures, each was only a warning (SUSPECTED_TOTAL_ROW)
// and the total doubled, exit 0 (traps24 s01, s05). Two such rows are no chance, and neither are
// agreeing figures of many digits: now refused. One small row alone stays a warning.
// Hand sums: s01's offices 250 + 200 + 270 + 180 = 900 with conditions, 190 + 155 + 212 + 128 =
// 685 resolved (the rows "Khu vực" 450/345 = 250+200/190+155 and 450/340 = 270+180/212+128).
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-subtotal-proven-', ['--format', 'csv']);

describe('group subtotal rows with few figures', () => {
  it('two rows, each the sum of the two offices below it: refused at each', async () => {
    const r = await both('nam-dinh-viec-2019.csv', [
      'STT,Đơn vị,Có điều kiện,Giải quyết xong',
      ',Khu vực 1,450,345',
      '1,Mỹ Lộc,250,190',
      '2,Vụ Bản,200,155',
      ',Khu vực 2,450,340',
      '3,Ý Yên,270,212',
      '4,Hải Hậu,180,128',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2: error: line 2 "Khu vực 1" looks like a subtotal row: its figures equal the sum of lines 3–4 below it');
    expect(r.stderr).toContain('FILE:5: error: line 5 "Khu vực 2" looks like a subtotal row: its figures equal the sum of lines 6–7 below it');
  });

  it('one row whose three amounts of 7–8 digits equal the two offices below it: refused', async () => {
    // 25.111.222 + 20.012.234 = 45.123.456; 11.222.333 + 9.123.345 = 20.345.678; 1.000.000 + 234.567 = 1.234.567
    const r = await both('nam-dinh-tien-2019.csv', [
      'Đơn vị tính: nghìn đồng',
      'STT;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ',
      ';Khu vực phía Bắc;45.123.456;20.345.678;1.234.567',
      '1;Mỹ Lộc;25.111.222;11.222.333;1.000.000',
      '2;Vụ Bản;20.012.234;9.123.345;234.567',
      '3;Ý Yên;27.222.111;13.111.222;654.321',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3: error: line 3 "Khu vực phía Bắc" looks like a subtotal row: its figures equal the sum of lines 4–5 below it');
  });

  it('control: one row of two small figures equal to the two below it stays a warning, and is added as written', async () => {
    // 450 + 250 + 200 + 270 = 1170 with conditions, 345 + 190 + 155 + 212 = 902 resolved
    const r = await both('nam-dinh-viec-2019.csv', [
      'STT,Đơn vị,Có điều kiện,Giải quyết xong',
      ',Khu vực 1,450,345',
      '1,Mỹ Lộc,250,190',
      '2,Vụ Bản,200,155',
      '3,Ý Yên,270,212',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('FILE:2: warning: line 2 "Khu vực 1" looks like a subtotal row');
    const [head, ...body] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const total = body.find((row) => row[1] === 'TOTAL')!;
    expect([total[head!.indexOf('cases_with_conditions')], total[head!.indexOf('cases_resolved')]]).toEqual(['1170', '902']);
  });
});
