// A group cell over the field names ("Cùng kỳ năm 2018" over "Tổng số thụ lý | Tỷ lệ") says
// whose figures the columns under it hold: another period's, a comparison's or a plan's, read
// as if the group's words were written in each column's header (layout.ts withGroupPeriod).
// A field found only under such a group was read as this year's, exit 0. Both readers agree.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HeaderMatcher } from '../../src/input/headers.js';
import { withGroupPeriod } from '../../src/input/layout.js';
import { bothOnFiles, bothReaders, summarizeCsvRows, type Files } from '../helpers/both-readers.js';

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

// The owner's rule: a group's words go to its columns only when it names another period than the
// report's own. Its year or the whole year changes nothing; a part of a year over every figure
// column states the report's period, as the same words on a title line do.
describe('a group naming the report\'s own period', () => {
  const OFFICES = ['1,Chi cục THADS huyện Mỹ Lộc,100,90', '2,Chi cục THADS huyện Vụ Bản,200,150'];
  const grouped = (group: string) => [`STT,Đơn vị,${group},`, ',,Có điều kiện,Giải quyết xong', ...OFFICES];
  const titled = (title: string) => [title, 'STT,Đơn vị,Có điều kiện,Giải quyết xong', ...OFFICES];
  const plain = ['STT,Đơn vị,Có điều kiện,Giải quyết xong', ...OFFICES];
  const figures = (rows: Record<string, string>[]) => rows.map((r) => [r.district, r.cases_with_conditions, r.cases_resolved, r.cases_rate]);
  /** one file, alone or beside others, through both readers, in a folder of its own */
  const runIn = (files: Files) => bothOnFiles(mkdtempSync(join(tmpdir(), 'thads-group-own-')), files, ['--format', 'csv']);

  it.each(['Số liệu 12 tháng', '12 tháng', 'Cả năm', 'Cả năm 2019', 'Năm 2019', 'Kết quả năm 2019', '12 tháng năm 2019'])('"%s" over the figures of a year-end report: read, 300 / 240', async (group) => {
    const r = await runIn({ 'g12-viec-2019.csv': grouped(group) });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const rows = r.stdout.trim().split('\n').map((l) => l.split(','));
    const at = (name: string) => rows[0]!.indexOf(name);
    expect(rows.slice(1).map((c) => [c[at('district')], c[at('cases_with_conditions')], c[at('cases_resolved')], c[at('cases_rate')]])).toEqual([
      ['Chi cục THADS huyện Mỹ Lộc', '100', '90', '90.00'],
      ['Chi cục THADS huyện Vụ Bản', '200', '150', '75.00'],
      ['TOTAL', '300', '240', '80.00'],
    ]);
    expect(r.stdout).toBe((await runIn({ 'g12-viec-2019.csv': plain })).stdout);
  });

  it('"Năm 2019" over carried over: its own, 40 + 60 = 100 (not last year\'s column)', async () => {
    const r = await run('carried-viec-2019.csv', [
      TITLE,
      'STT;Đơn vị;Năm 2019;;',
      ';;Năm trước chuyển sang;Có điều kiện;Giải quyết xong',
      '1;Chi cục A;40;100;90',
      '2;Chi cục B;60;200;150',
    ]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const t = total(r.rows);
    expect([t.cases_carried_over, t.cases_with_conditions, t.cases_resolved, t.cases_rate]).toEqual(['100', '300', '240', '80.00']);
  });

  // a part of a year without its year is of the file's year (46a-02): "Quý I" reads as "Quý I năm 2019"
  it.each([
    ['Kết quả 6 tháng đầu năm 2019', 'Kết quả 6 tháng đầu năm 2019'], ['6 tháng đầu năm 2019', '6 tháng đầu năm 2019'],
    ['Quý I', 'Quý I năm 2019'], ['9 tháng', '9 tháng năm 2019'],
  ])('"%s" over every figure column reads as "%s" on a title line', async (group, title) => {
    const asGroup = await runIn({ 'g6-viec-2019.csv': grouped(group) });
    expect(asGroup).toEqual(await runIn({ 'g6-viec-2019.csv': titled(title) }));
    expect(asGroup.code).toBe(0);
    const other = ['STT,Đơn vị,Có điều kiện,Giải quyết xong', '1,Chi cục THADS huyện Giao Thủy,100,90'];
    const beside = await runIn({ 'g6-viec-2019.csv': grouped(group), 'other-viec-2019.csv': other });
    expect(beside).toEqual(await runIn({ 'g6-viec-2019.csv': titled(title), 'other-viec-2019.csv': other }));
  });

  it('"Kết quả 6 tháng đầu năm 2019" over every figure: a six-month report, 300 / 240; beside a year-end report MIXED_PERIODS', async () => {
    const r = await summarizeCsvRows(dir, [write('g6-viec-2019.csv', grouped('Kết quả 6 tháng đầu năm 2019'))], []);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(figures(r.rows)).toEqual([
      ['Chi cục THADS huyện Mỹ Lộc', '100', '90', '90.00'],
      ['Chi cục THADS huyện Vụ Bản', '200', '150', '75.00'],
      ['TOTAL', '300', '240', '80.00'],
    ]);
    const other = write('year-end-viec-2019.csv', ['STT,Đơn vị,Có điều kiện,Giải quyết xong', '1,Chi cục THADS huyện Giao Thủy,100,90']);
    const mixed = await summarizeCsvRows(dir, [join(dir, 'g6-viec-2019.csv'), other], []);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('thads: error: the input holds reports of one year whose periods end on different days (31/3/2019, 30/9/2019), which are never added together [MIXED_PERIODS]');
  });

  it('"12 tháng | 6 tháng": the six months beside the whole year are another period\'s, ignored', async () => {
    const r = await summarizeCsvRows(dir, [write('g12-6-viec-2019.csv', [
      'STT,Đơn vị,12 tháng,,6 tháng,',
      ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong',
      '1,Chi cục THADS huyện Mỹ Lộc,100,90,50,40',
      '2,Chi cục THADS huyện Vụ Bản,200,150,90,70',
    ])], []);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('g12-6-viec-2019.csv:2:5: warning: column "Có điều kiện (6 tháng)" names a part of a year ("6 tháng"), which may not be the report\'s period, and is ignored [UNKNOWN_COLUMN]');
    expect(r.stderr).toContain('g12-6-viec-2019.csv:2:6: warning: column "Giải quyết xong (6 tháng)" names a part of a year ("6 tháng")');
    expect(figures(r.rows).at(-1)).toEqual(['TOTAL', '300', '240', '80.00']);
  });
});
