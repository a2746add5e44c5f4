// A group cell over the field names ("Cùng kỳ năm 2018" over "Tổng số thụ lý | Tỷ lệ") says
// whose figures the columns under it hold: another period's, a comparison's or a plan's, read
// as if the group's words were written in each column's header (layout.ts withGroupPeriod).
// A field found only under such a group was read as this year's, exit 0. Both readers agree.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HeaderMatcher } from '../../src/input/headers.js';
import { withGroupPeriod } from '../../src/input/layout.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-group-periods-', []);
const TITLE = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019';
const run = (name: string, lines: readonly string[]) => summarizeCsvRows(dir, [write(name, lines)], ['--by', 'none']);
const total = (rows: Record<string, string>[]) => rows.find((r) => r.district === 'TOTAL')!;

describe('withGroupPeriod', () => {
  const m = new HeaderMatcher();
  it.each([
    ['Tổng số thụ lý', 'Cùng kỳ năm 2018', 'Tổng số thụ lý (Cùng kỳ năm 2018)'],
    ['Giải quyết xong', 'Chỉ tiêu giao (74%)', 'Giải quyết xong (Chỉ tiêu giao 74%)'],
    ['Có điều kiện', 'Năm 2019', 'Có điều kiện (Năm 2019)'],
    ['Giải quyết xong', 'Kế hoạch', 'Giải quyết xong (Kế hoạch)'],
    // no period named: the header is its own
    ['Có điều kiện', 'Kết quả thực hiện', 'Có điều kiện'],
    ['Có điều kiện', 'Năm nay', 'Có điều kiện'],
    ['Có điều kiện', 'Kỳ này', 'Có điều kiện'],
    ['Có điều kiện', '', 'Có điều kiện'],
    // no field: a rate or an office's name is not made a period's column
    ['Tỷ lệ (%)', 'Cùng kỳ năm 2018', 'Tỷ lệ (%)'],
    ['Đơn vị', 'Cùng kỳ năm 2018', 'Đơn vị'],
  ])('%s under %s → %s', (cell, group, header) => expect(withGroupPeriod(m, cell, group)).toBe(header));
});

describe('a group naming another period, a comparison or a plan', () => {
  it('"Cùng kỳ năm 2018" over Tổng số thụ lý: last year\'s total is unknown, not 410', async () => {
    const r = await run('cung-ky-viec-2019.csv', [
      TITLE,
      'STT;Đơn vị;Năm 2019;;;Cùng kỳ năm 2018;',
      ';;Có điều kiện;Giải quyết xong;Tỷ lệ (%);Tổng số thụ lý;Tỷ lệ (%)',
      '1;Chi cục THADS huyện Ia Grai;100;80;80,00;150;66,67',
      '2;Chi cục THADS huyện Đắk Đoa;200;150;75,00;260;55,56',
      ';Tổng cộng;300;230;76,67;410;60,00',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('cung-ky-viec-2019.csv:3:6: warning: column "Tổng số thụ lý (Cùng kỳ năm 2018)" names a period or a plan ("Cùng kỳ năm 2018"), not the report\'s own figures, and is ignored [UNKNOWN_COLUMN]');
    const t = total(r.rows);
    expect([t.cases_total, t.cases_with_conditions, t.cases_resolved, t.cases_rate]).toEqual(['', '300', '230', '76.67']);
  });

  it.each([
    ['Năm nay', 'Năm trước'],
    ['Kỳ này', 'Cùng kỳ'],
    ['Năm 2019', 'Năm 2018'],
    ['Thực hiện', 'Cùng kỳ'],
    ['Kết quả thực hiện', 'Kỳ trước'],
  ])('"%s | %s": the other group\'s total is unknown', async (own, other) => {
    const r = await run('groups-viec-2019.csv', [
      TITLE,
      `STT;Đơn vị;${own};;${other}`,
      ';;Có điều kiện;Giải quyết xong;Tổng số thụ lý',
      '1;Chi cục A;100;80;150',
      '2;Chi cục B;200;150;260',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`groups-viec-2019.csv:3:5: warning: column "Tổng số thụ lý (${other})" names a period or a plan ("${other}")`);
    const t = total(r.rows);
    expect([t.cases_total, t.cases_with_conditions, t.cases_resolved]).toEqual(['', '300', '230']);
  });

  it('"Chỉ tiêu giao (74%)" over Giải quyết xong: the plan is no result, resolved = completed 230', async () => {
    const r = await run('chi-tieu-viec-2019.csv', [
      TITLE,
      'STT;Đơn vị;Kết quả thực hiện;;Chỉ tiêu giao (74%);',
      ';;Có điều kiện;Thi hành xong;Giải quyết xong;Tỷ lệ (%)',
      '1;Chi cục THADS huyện Ia Grai;100;80;74;74',
      '2;Chi cục THADS huyện Đắk Đoa;200;150;148;74',
      ';Tổng cộng;300;230;222;74',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('chi-tieu-viec-2019.csv:3:5: warning: column "Giải quyết xong (Chỉ tiêu giao 74%)" states targets; thads does not read them');
    const t = total(r.rows);
    expect([t.cases_with_conditions, t.cases_completed, t.cases_resolved, t.cases_rate, t.cases_gap_pp, t.cases_above_target]).toEqual(['300', '230', '230', '76.67', '3.67', '11']);
  });

  it('"Cùng kỳ năm 2018" over Giải quyết xong: resolved is completed + terminated 230 of 300, met', async () => {
    const r = await run('cung-ky-gqx-viec-2019.csv', [
      TITLE,
      'STT;Đơn vị;Năm 2019;;;Cùng kỳ năm 2018;',
      ';;Có điều kiện;Thi hành xong;Đình chỉ;Giải quyết xong;Tỷ lệ (%)',
      '1;Chi cục THADS huyện Ia Grai;100;70;10;60;66,67',
      '2;Chi cục THADS huyện Đắk Đoa;200;130;20;100;55,56',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('RESOLVED_MISMATCH');
    expect(r.stderr).toContain('cung-ky-gqx-viec-2019.csv:3:6: warning: column "Giải quyết xong (Cùng kỳ năm 2018)" names a period or a plan');
    const t = total(r.rows);
    expect([t.cases_resolved, t.cases_rate, t.cases_met]).toEqual(['230', '76.67', 'true']);
  });

  it('"So sánh với cùng kỳ năm 2018 (tăng +, giảm -)" over Thụ lý mới: the change is no new cases', async () => {
    const r = await run('so-sanh-viec-2019.csv', [
      TITLE,
      'STT;Đơn vị;Kết quả năm 2019;;;So sánh với cùng kỳ năm 2018 (tăng +, giảm -);',
      ';;Có điều kiện;Giải quyết xong;Tỷ lệ (%);Thụ lý mới;Tỷ lệ (%)',
      '1;Chi cục THADS huyện Ia Grai;100;80;80,00;12;5,00',
      '2;Chi cục THADS huyện Đắk Đoa;200;150;75,00;30;2,50',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('so-sanh-viec-2019.csv:3:6: warning: column "Thụ lý mới (So sánh với cùng kỳ năm 2018 tăng +, giảm -)" names a period or a plan');
    const t = total(r.rows);
    expect([t.cases_new, t.cases_with_conditions, t.cases_resolved]).toEqual(['', '300', '230']);
  });

  it('the only result columns under another period\'s group: refused, never read as this year\'s', async () => {
    const r = await run('only-cung-ky-viec-2019.csv', [
      TITLE,
      'STT;Đơn vị;Cùng kỳ năm 2018;',
      ';;Có điều kiện;Giải quyết xong',
      '1;Chi cục A;100;80',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('only-cung-ky-viec-2019.csv:3: error: the header names no figure column; column 3 "Có điều kiện (Cùng kỳ năm 2018)" names with_conditions for "Cùng kỳ năm 2018", column 4 "Giải quyết xong (Cùng kỳ năm 2018)" names resolved for "Cùng kỳ năm 2018", which thads does not read as the report\'s own period [MISSING_COLUMN]');
  });

  it('a workbook with merged group cells reads as the CSV does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('2019');
    ws.addRow([TITLE]);
    ws.addRow(['STT', 'Đơn vị', 'Năm 2019', null, null, 'Cùng kỳ năm 2018', null]);
    ws.addRow([null, null, 'Có điều kiện', 'Giải quyết xong', 'Tỷ lệ (%)', 'Tổng số thụ lý', 'Tỷ lệ (%)']);
    ws.addRow([1, 'Chi cục THADS huyện Ia Grai', 100, 80, 80, 150, 66.67]);
    ws.addRow([2, 'Chi cục THADS huyện Đắk Đoa', 200, 150, 75, 260, 55.56]);
    for (const range of ['A2:A3', 'B2:B3', 'C2:E2', 'F2:G2']) ws.mergeCells(range);
    await wb.xlsx.writeFile(join(dir, 'merged-viec-2019.xlsx'));
    const r = await summarizeCsvRows(dir, [join(dir, 'merged-viec-2019.xlsx')], ['--by', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('merged-viec-2019.xlsx:2019!F3: warning: column "Tổng số thụ lý (Cùng kỳ năm 2018)" names a period or a plan');
    const t = total(r.rows);
    expect([t.cases_total, t.cases_with_conditions, t.cases_resolved]).toEqual(['', '300', '230']);
  });
});
