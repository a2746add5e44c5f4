// A subtotal or total row whose money is the sum of the rows it heads to the đồng, while one of
// its counts is a few off (a count edited by hand, or an office the total forgot): neither an
// exact sum nor within 1 % of one, it was added as an office — the total nearly doubled, exit 0,
// no warning (trap files w2a and x20b of a probe, session 57). Four money amounts of 10–11 digits
// agreeing by chance are no office's own: refused now (SUSPECTED_TOTAL_ROW, suspect-rows.ts
// MONEY_ALONE).
// By hand (the four offices; semicolons, vi numbers):
//   with conditions 400 + 250 + 1.000 + 600 = 2.250; completed 300 + 200 + 800 + 450 = 1.750
//   money with conditions 8.123.456.789 + 2.345.678.000 + 15.000.000.500 + 4.567.890.123 = 30.037.025.412
//   "Nhóm 1" (offices 1–2): cases 651 (650 + 1), money 10.469.134.789 = 8.123.456.789 + 2.345.678.000
//   "Nhóm 2" (offices 3–4): cases 1.601 (1.600 + 1), money 19.567.890.623 = 15.000.000.500 + 4.567.890.123
//   old reading of w2a: 2.250 + 651 + 1.601 = 4.502 có ĐK, exit 0.
//   "Toàn bộ các đơn vị" first: cases 2.270 (2.250 + 20), completed 1.770 (1.750 + 20), money exact;
//   old reading: 2.250 + 2.270 = 4.520 có ĐK, exit 0.
// Controls: the offices alone (2.250 có ĐK, 1.750 + 110 đình chỉ = 1.860 resolved); an office whose
// counts are its own and whose money is the sum of the rows above it in three columns, not in the
// fourth, is an office, added; money that agrees by chance is not taken for a sum: round amounts
// in tỷ đồng (75 = 43 + 32, 8 significant digits in all) and one amount filling every derived
// column (10.123.456.789 = 5.061.728.394 + 5.061.728.395), offices both (a second probe's files t01 and t05).
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { csvColumns } from '../helpers/key-rows.js';
import { expectRefused } from '../helpers/refused.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv'];
const readers = bothReaders('thads-stale-subtotal-money-', ARGS);

const HEAD = 'STT;Đơn vị;Việc có điều kiện;Việc thi hành xong;Việc đình chỉ;Việc chưa có điều kiện;Tiền có điều kiện;Tiền thi hành xong;Tiền đình chỉ;Tiền giảm thi hành án';
const O1 = '1;Thành phố Nam Định;400;300;20;80;8.123.456.789;5.000.000.000;123.456.789;10.000.000';
const O2 = '2;Mỹ Lộc;250;200;10;40;2.345.678.000;1.000.000.000;45.678.000;0';
const O3 = '3;Vụ Bản;1.000;800;50;150;15.000.000.500;9.000.000.000;500.000.000;250.000.500';
const O4 = '4;Ý Yên;600;450;30;90;4.567.890.123;3.000.000.000;67.890.123;5.000.000';
const GROUP1 = ';Nhóm 1;651;500;30;120;10.469.134.789;6.000.000.000;169.134.789;10.000.000';
const GROUP2 = ';Nhóm 2;1.601;1.250;80;240;19.567.890.623;12.000.000.000;567.890.123;255.000.500';
const WHOLE = ';Toàn bộ các đơn vị;2.270;1.770;110;360;30.037.025.412;18.000.000.000;737.024.912;265.000.500';

const totalRow = (stdout: string) => csvColumns(stdout, ['district', 'cases_with_conditions', 'cases_resolved', 'money_with_conditions']).filter((r) => r.startsWith('TOTAL'));

describe('a row whose money is a run\'s sum to the đồng, one count off it, is refused (was added: có ĐK 4.502 / 4.520, exit 0)', () => {
  it('"Nhóm 1" and "Nhóm 2" heading their two offices: both named, exit 1', async () => {
    const r = await readers.both('nam-dinh-2019.csv', [HEAD, GROUP1, O1, O2, GROUP2, O3, O4]);
    expectRefused(r, 'SUSPECTED_TOTAL_ROW');
    expect(r.stderr).toMatch(/FILE:2: error: line 2 "Nhóm 1" looks like a subtotal row: its 4 money figures equal the sum of lines 3–4 below it, its case figures do not/);
    expect(r.stderr).toMatch(/FILE:5: error: line 5 "Nhóm 2" looks like a subtotal row: its 4 money figures equal the sum of lines 6–7 below it/);
  });

  it('"Nhóm 1" alone, below its offices: exit 1', async () => {
    expectRefused(await readers.both('nam-dinh-2019.csv', [HEAD, O1, O2, GROUP1, O3, O4]), 'SUSPECTED_TOTAL_ROW');
  });

  it('"Toàn bộ các đơn vị" over all four, its counts 20 above their sum: exit 1, a total row', async () => {
    const r = await readers.both('nam-dinh-2019.csv', [HEAD, WHOLE, O1, O2, O3, O4]);
    expectRefused(r, 'SUSPECTED_TOTAL_ROW');
    expect(r.stderr).toMatch(/FILE:2: error: line 2 "Toàn bộ các đơn vị" looks like a total row: its 4 money figures equal the sum of all the other 4 rows/);
  });

  it('control: the four offices alone — 2.250 có ĐK, 1.860 resolved, money 30.037.025.412, exit 0', async () => {
    const r = await readers.both('nam-dinh-2019.csv', [HEAD, O1, O2, O3, O4]);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual([]);
    expect(totalRow(r.stdout)).toEqual(['TOTAL|2250|1860|30037025412']);
  });

  it('control: a fifth office whose money with conditions is the sum of the two above it, its other money not: an office — added, exit 0', async () => {
    // money with conditions 10.469.134.789 = 8.123.456.789 + 2.345.678.000, completed 6.000.000.000 and reduced
    // 10.000.000 the two's sums too, but terminated 1.000.000 (theirs: 169.134.789) and its counts its own:
    // 2.250 + 90 = 2.340 có ĐK, 1.860 + 70 + 5 = 1.935 resolved, money 30.037.025.412 + 10.469.134.789 = 40.506.160.201
    const fifth = '5;Nghĩa Hưng;90;70;5;20;10.469.134.789;6.000.000.000;1.000.000;10.000.000';
    const r = await readers.both('nam-dinh-2019.csv', [HEAD, O1, O2, fifth, O3, O4]);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual([]);
    expect(totalRow(r.stdout)).toEqual(['TOTAL|2340|1935|40506160201']);
  });

  it('control: round amounts in tỷ đồng, the Văn phòng Cục\'s equal to its two Chi cục\'s (75 = 43 + 32, 30 = 18 + 12, …): three offices — 760 / 647, money 60 tỷ, exit 0', async () => {
    // có ĐK 90 + 350 + 320 = 760; resolved (60 + 5) + (290 + 12) + (270 + 10) = 647; money có ĐK 30 + 18 + 12 = 60 tỷ
    const head = 'STT;Đơn vị;Việc tổng số phải thi hành;Việc có điều kiện;Việc thi hành xong;Việc đình chỉ;Việc chưa có điều kiện;Tiền tổng số phải thi hành;Tiền có điều kiện;Tiền thi hành xong;Tiền đình chỉ;Tiền chưa có điều kiện';
    const r = await readers.both('lai-chau-2019.csv', [
      'CỤC THADS TỈNH LAI CHÂU',
      'ĐVT: việc; tỷ đồng',
      head,
      '1;Văn phòng Cục THADS tỉnh Lai Châu;120;90;60;5;30;75;30;12;1;45',
      '2;Chi cục THADS huyện Tam Đường;410;350;290;12;60;43;18;7;1;25',
      '3;Chi cục THADS huyện Phong Thổ;380;320;270;10;60;32;12;5;0;20',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).not.toContain('SUSPECTED_TOTAL_ROW');
    expect(totalRow(r.stdout)).toEqual(['TOTAL|760|647|60000000000']);
  });

  it('control: one amount in every derived money column (10.123.456.789 = 5.061.728.394 + 5.061.728.395 new, total, có ĐK, completed, resolved): offices — 38 + 32 + 30 = 100, exit 0', async () => {
    const head = 'Tỉnh,Đơn vị,Việc có điều kiện,Việc thi hành xong,Tiền mới thụ lý,Tiền tổng số thụ lý,Tiền có điều kiện,Tiền thi hành xong';
    const r = await readers.both('ha-giang-2019.csv', [
      head,
      'Hà Giang,Văn phòng Cục THADS tỉnh Hà Giang,38,30,10123456789,10123456789,10123456789,10123456789',
      'Hà Giang,Chi cục THADS huyện Mèo Vạc,32,25,5061728394,5061728394,5061728394,5061728394',
      'Hà Giang,Chi cục THADS huyện Đồng Văn,30,22,5061728395,5061728395,5061728395,5061728395',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).not.toContain('SUSPECTED_TOTAL_ROW');
    // có ĐK 38 + 32 + 30 = 100; resolved (no đình chỉ column) 30 + 25 + 22 = 77; money có ĐK 10.123.456.789 · 2 = 20.246.913.578
    expect(totalRow(r.stdout)).toEqual(['TOTAL|100|77|20246913578']);
  });
});
