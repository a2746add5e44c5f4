// A month's report ("THÁNG 3 NĂM 2026": 1/10/2025 → 31/3/2026) with the month ("Trong tháng",
// "Phát sinh trong tháng", "Kết quả tháng 3", "Kỳ này") beside the cumulative from the
// statistics year's start ("Lũy kế từ 01/10/2025", "Lũy kế từ đầu năm"). The dated cumulative
// was dropped as "a period or a plan" and the month read as the report's (8,21 % for 55,71 %,
// exit 0); with "Lũy kế từ đầu năm" the month's "Thi hành xong" was refused as an unknown part
// of resolved, or "Phát sinh trong tháng" read as the field (DUPLICATE_COLUMN). The rule: the
// cumulative from 1 October is the report's own group, the month another period's, set aside
// with a warning (group-span.ts groupSpan, own-period.ts judgeGroupSpans). Totals by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { groupSpan } from '../../src/input/group-span.js';
import { judgeGroupSpans } from '../../src/input/own-period.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-month-beside-cumulative-', []);
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THÁNG 3 NĂM 2026'];
const YEAR_TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2026'];
/**
 * "Có điều kiện" alone, then the first group over Thụ lý mới | Thi hành xong | Đình chỉ, then the second.
 * Month: 40 60 3 and 30 50 2; cumulative: 500 400 20 and 400 350 10.
 */
const twoGroups = (title: readonly string[], first: string, second: string, monthFirst = true) => [
  ...title,
  `STT;Đơn vị;Có điều kiện;${first};;;${second};;`,
  ';;;Thụ lý mới;Thi hành xong;Đình chỉ;Thụ lý mới;Thi hành xong;Đình chỉ',
  monthFirst ? '1;Phòng THADS khu vực 1;800;40;60;3;500;400;20' : '1;Phòng THADS khu vực 1;800;500;400;20;40;60;3',
  monthFirst ? '2;Phòng THADS khu vực 2;600;30;50;2;400;350;10' : '2;Phòng THADS khu vực 2;600;400;350;10;30;50;2',
];
const run = (name: string, lines: readonly string[]) => summarizeCsvRows(dir, [write(name, lines)], ['--by', 'none', '--year', '2026']);
const total = (rows: Record<string, string>[]) => {
  const t = rows.find((r) => r.district === 'TOTAL')!;
  return [t.cases_new, t.cases_with_conditions, t.cases_completed, t.cases_terminated, t.cases_resolved, t.cases_rate];
};
/**
 * The cumulative read: new 500 + 400 = 900; có ĐK 800 + 600 = 1400; completed 400 + 350 = 750;
 * terminated 20 + 10 = 30; resolved 750 + 30 = 780; 780 / 1400 = 55.714… → 55.71.
 */
const CUMULATIVE = ['900', '1400', '750', '30', '780', '55.71'];
const warnings = (stderr: string) => stderr.split('\n').filter((l) => l.includes('warning'));

describe('groupSpan: the cumulative from a day, the month in a result\'s words', () => {
  it.each([
    ['Lũy kế từ 01/10/2025', { kind: 'cumulative', start: '2025-10-01', end: null }],
    ['Lũy kế (từ 01/10/2025)', { kind: 'cumulative', start: '2025-10-01', end: null }],
    ['Luỹ kế từ ngày 1/10/2025', { kind: 'cumulative', start: '2025-10-01', end: null }],
    ['Cộng dồn từ 01/01/2026', { kind: 'cumulative', start: '2026-01-01', end: null }],
    ['Kết quả tháng 3', { kind: 'month', month: 3, year: null, beside: true }],
    ['Phát sinh trong tháng', { kind: 'month', month: null, year: null, beside: true }],
    ['Thực hiện trong tháng', { kind: 'month', month: null, year: null, beside: true }],
    ['This month', { kind: 'month', month: null, year: null, beside: true }],
    ['Cumulative (since 1/10/2025)', { kind: 'cumulative', start: '2025-10-01', end: null }],
    ['Year to date', { kind: 'cumulative', start: null, end: null }],
  ])('%s → %j', (text, span) => expect(groupSpan(text)).toEqual(span));
  it('"Số liệu từ 01/10/2025" and "Từ 01/10/2025" alone name no span (a lone "từ" states no end)', () => {
    expect([groupSpan('Số liệu từ 01/10/2025'), groupSpan('Từ 01/10/2025')]).toEqual([null, null]);
  });
  const march = { year: 2026, start: null, end: '2026-03-31' };
  it.each([
    [['Phát sinh trong tháng', 'Lũy kế từ 01/10/2025'], [false, true]],
    [['Kết quả tháng 3', 'Lũy kế từ đầu năm'], [false, true]],
    [['Trong tháng', 'Lũy kế từ 01/01/2026'], [false, false]],
  ] as const)('%j in March 2026 → %j', (groups, own) => expect(judgeGroupSpans(groups, march).map((j) => j?.own)).toEqual(own));
  it('"Kết quả tháng 3" alone says nothing (read as the title\'s words, as before)', () => {
    expect(judgeGroupSpans(['Kết quả tháng 3'], march)).toEqual([null]);
  });
});

describe('a month report: the cumulative from 1/10/2025 read, the month set aside (findings 03, 05)', () => {
  it('"Phát sinh trong tháng | Lũy kế từ 01/10/2025": 780 / 1400 = 55.71 %, the month\'s three columns warned', async () => {
    const r = await run('bc-viec-thang-3.csv', twoGroups(TITLE, 'Phát sinh trong tháng', 'Lũy kế từ 01/10/2025'));
    expect(r.code).toBe(0);
    expect(warnings(r.stderr)).toEqual([
      'bc-viec-thang-3.csv:4:4: warning: column "Thụ lý mới (Phát sinh trong tháng)" names a part of a year ("Phát sinh trong tháng"), which may not be the report\'s period, and is ignored [UNKNOWN_COLUMN]',
      'bc-viec-thang-3.csv:4:5: warning: column "Thi hành xong (Phát sinh trong tháng)" names a part of a year ("Phát sinh trong tháng"), which may not be the report\'s period, and is ignored [UNKNOWN_COLUMN]',
      'bc-viec-thang-3.csv:4:6: warning: column "Đình chỉ (Phát sinh trong tháng)" names a part of a year ("Phát sinh trong tháng"), which may not be the report\'s period, and is ignored [UNKNOWN_COLUMN]',
    ]);
    expect(total(r.rows)).toEqual(CUMULATIVE);
    // khu vực 1: (400 + 20) / 800 = 52.50 %; khu vực 2: (350 + 10) / 600 = 60.00 %
    const byOffice = await summarizeCsvRows(dir, [join(dir, 'bc-viec-thang-3.csv')], ['--year', '2026']);
    expect(byOffice.rows.filter((row) => row.district !== 'TOTAL').map((row) => [row.cases_rate, row.cases_rank])).toEqual([
      ['52.50', '2'],
      ['60.00', '1'],
    ]);
  });

  it.each([
    ['Trong tháng', 'Lũy kế từ đầu năm'],
    ['Phát sinh trong tháng', 'Lũy kế từ đầu năm'],
    ['Kết quả tháng 3', 'Lũy kế (từ 01/10/2025)'],
    ['Kỳ này', 'Lũy kế từ 01/10/2025'],
    ['Thực hiện trong tháng', 'Luỹ kế từ 1/10/2025'],
    ['Kết quả trong tháng', 'LŨY KẾ TỪ ĐẦU NĂM'],
    ['Trong tháng', 'Lũy kế'],
    ['Riêng tháng 3', 'Cộng dồn từ đầu năm'],
    ['Tháng 3/2026', 'Lũy kế 6 tháng'],
    ['Trong kỳ', 'Lũy kế từ 01/10/2025 đến 31/3/2026'],
    // an English export's words
    ['In the month', 'Cumulative from 01/10/2025'],
    ['This month', 'Year to date'],
  ])('"%s" beside "%s": 780 / 1400 = 55.71 %, exit 0', async (month, cumulative) => {
    const r = await run('bc-thang-3.csv', twoGroups(TITLE, month, cumulative));
    expect(r.code).toBe(0);
    expect(warnings(r.stderr)).toHaveLength(3);
    expect(r.stderr).toContain(`bc-thang-3.csv:4:5: warning: column "Thi hành xong (${month})" names a part of a year ("${month}")`);
    expect(total(r.rows)).toEqual(CUMULATIVE);
  });

  it('the cumulative first, the month after: the same 55.71 %', async () => {
    const r = await run('bc-thang-3-b.csv', twoGroups(TITLE, 'Lũy kế từ 01/10/2025', 'Trong tháng', false));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('bc-thang-3-b.csv:4:8: warning: column "Thi hành xong (Trong tháng)" names a part of a year ("Trong tháng")');
    expect(total(r.rows)).toEqual(CUMULATIVE);
  });

  it('one header row: "Thi hành xong (trong kỳ)" beside "Thi hành xong (lũy kế từ 01/10/2025)": (400 + 20) + (350 + 10) = 780 / 1400', async () => {
    const lines = [TITLE[1]!, 'STT;Đơn vị;Có điều kiện;Thi hành xong (trong kỳ);Thi hành xong (lũy kế từ 01/10/2025);Đình chỉ', '1;Phòng THADS khu vực 1;800;60;400;20', '2;Phòng THADS khu vực 2;600;50;350;10'];
    const r = await run('bc-onerow.csv', lines);
    expect(r.code).toBe(0);
    expect(warnings(r.stderr)).toEqual(['bc-onerow.csv:2:4: warning: column "Thi hành xong (trong kỳ)" names a part of a year ("trong kỳ"), which may not be the report\'s period, and is ignored [UNKNOWN_COLUMN]']);
    // no Thụ lý mới column: new empty; 750 completed + 30 terminated
    expect(total(r.rows)).toEqual(['', '1400', '750', '30', '780', '55.71']);
  });

  it('the workbook with merged group cells reads as the CSV does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 01');
    for (const line of twoGroups(TITLE, 'Trong tháng', 'Lũy kế từ 01/10/2025')) ws.addRow(line.split(';').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
    for (const range of ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:I3']) ws.mergeCells(range);
    await wb.xlsx.writeFile(join(dir, 'bc-thang-3.xlsx'));
    const r = await summarizeCsvRows(dir, [join(dir, 'bc-thang-3.xlsx')], ['--by', 'none', '--year', '2026']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('bc-thang-3.xlsx:Biểu 01!E4: warning: column "Thi hành xong (Trong tháng)" names a part of a year ("Trong tháng")');
    expect(total(r.rows)).toEqual(CUMULATIVE);
  });
});

describe('over-reach: what read before reads the same', () => {
  it('a year report, "Tháng 9/2026 | Lũy kế 12 tháng": the twelve months read, 780 / 1400 = 55.71 %', async () => {
    const r = await run('bc-nam.csv', twoGroups(YEAR_TITLE, 'Tháng 9/2026', 'Lũy kế 12 tháng'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('bc-nam.csv:4:5: warning: column "Thi hành xong (Tháng 9/2026)" names a part of a year ("Tháng 9/2026")');
    expect(total(r.rows)).toEqual(CUMULATIVE);
  });

  it('a year report, "Trong tháng | Lũy kế từ đầu năm": the year read, 55.71 %', async () => {
    const r = await run('bc-nam-b.csv', twoGroups(YEAR_TITLE, 'Trong tháng', 'Lũy kế từ đầu năm'));
    expect(r.code).toBe(0);
    expect(total(r.rows)).toEqual(CUMULATIVE);
  });

  it('"Lũy kế từ 01/10/2025 | Lũy kế cùng kỳ": cùng kỳ set aside as a comparison, the report\'s own read', async () => {
    // same figures as the month's columns, in the comparison's place: they must not be read
    const r = await run('bc-cung-ky.csv', twoGroups(TITLE, 'Lũy kế từ 01/10/2025', 'Lũy kế cùng kỳ', false));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('bc-cung-ky.csv:4:8: warning: column "Thi hành xong (Lũy kế cùng kỳ)" names a period or a plan ("Lũy kế cùng kỳ"), not the report\'s own figures, and is ignored [UNKNOWN_COLUMN]');
    expect(total(r.rows)).toEqual(CUMULATIVE);
  });

  it('one group "Kết quả tháng 3" over every column under "THÁNG 3 NĂM 2026": read as the title\'s words, (400 + 20) + (350 + 10) = 780 / 1400', async () => {
    const lines = [...TITLE, 'STT;Đơn vị;Kết quả tháng 3;;', ';;Có điều kiện;Thi hành xong;Đình chỉ', '1;Phòng THADS khu vực 1;800;400;20', '2;Phòng THADS khu vực 2;600;350;10'];
    const r = await run('bc-lone.csv', lines);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(total(r.rows)).toEqual(['', '1400', '750', '30', '780', '55.71']);
  });

  it('"Thi hành xong (trong kỳ)" with no cumulative beside it is the field, as before: (400 + 20) + (350 + 10) = 780', async () => {
    const lines = [TITLE[1]!, 'STT;Đơn vị;Có điều kiện;Thi hành xong (trong kỳ);Đình chỉ', '1;Phòng THADS khu vực 1;800;400;20', '2;Phòng THADS khu vực 2;600;350;10'];
    const r = await run('bc-trong-ky.csv', lines);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(total(r.rows)).toEqual(['', '1400', '750', '30', '780', '55.71']);
  });

  it('a cumulative from another day ("Lũy kế từ 01/01/2026") is not the report\'s: refused, no group read', async () => {
    const r = await run('bc-tu-0101.csv', twoGroups(TITLE, 'Trong tháng', 'Lũy kế từ 01/01/2026'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('bc-tu-0101.csv:4: error: missing column cases_resolved (or cases_completed); column 5 "Thi hành xong (Trong tháng)" names it for "Trong tháng", which thads does not read as the report\'s own period [MISSING_COLUMN]');
  });

  it('the month has a "Đình chỉ" the cumulative lacks: still refused, resolved would miss a part', async () => {
    const lines = [...TITLE, 'STT;Đơn vị;Có điều kiện;Trong tháng;;Lũy kế từ 01/10/2025', ';;;Thi hành xong;Đình chỉ;Thi hành xong', '1;Phòng THADS khu vực 1;800;60;3;400'];
    const r = await run('bc-thieu.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('bc-thieu.csv:4:5: error: column "Đình chỉ (Trong tháng)" reads like a part of cases resolved (completed + terminated), but thads does not know it: resolved would be summed without it [UNKNOWN_RESOLVED_PART]');
  });
});
