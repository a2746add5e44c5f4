// Group cells set side by side by the days they span ("Tháng 9/2019 | Lũy kế 12 tháng", "Trong
// tháng | Lũy kế từ đầu năm"): the month's own figures beside the year's running total. The
// month's columns had been read as the year (September ends the statistics year: a title's
// rule), the cumulative ones thrown away: 7.78 % printed, exit 0. The owner's rule
// (own-period.ts judgeGroupSpans): the group spanning the report's period is its own, every
// other group another period's; one group over every figure column spanning other days than the
// title states is refused YEAR_CONFLICT. Both readers agree; totals by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { groupRepeatsStatedMonth, judgeGroupSpans } from '../../src/input/own-period.js';
import { bothReaders, runArgs, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-group-spans-', []);
const total = (rows: Record<string, string>[]) => rows.find((r) => r.district === 'TOTAL')!;
const result = (rows: Record<string, string>[]) => {
  const t = total(rows);
  return [t.cases_with_conditions, t.cases_resolved, t.cases_rate, t.cases_gap_pp, t.cases_met];
};
/** Mỹ Lộc and Vụ Bản: the month 80 / 6 and 100 / 8, the year (running total) 81 / 64 and 101 / 76. */
const sideBySide = (title: readonly string[], month: string, year: string, monthFirst = true) => [
  ...title,
  monthFirst ? `STT;Đơn vị;${month};;${year};` : `STT;Đơn vị;${year};;${month};`,
  ';;Có điều kiện;Giải quyết xong;Có điều kiện;Giải quyết xong',
  monthFirst ? '1;Chi cục THADS huyện Mỹ Lộc;80;6;81;64' : '1;Chi cục THADS huyện Mỹ Lộc;81;64;80;6',
  monthFirst ? '2;Chi cục THADS huyện Vụ Bản;100;8;101;76' : '2;Chi cục THADS huyện Vụ Bản;101;76;100;8',
  monthFirst ? ';Tổng cộng;180;14;182;140' : ';Tổng cộng;182;140;180;14',
];
const YEAR_TITLE = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019', '(Từ ngày 01/10/2018 đến ngày 30/9/2019)'];
/** `summarize FILE --format text --lang vi` through both readers, which must agree. */
async function textOf(name: string, lines: readonly string[]) {
  const argv = ['summarize', write(name, lines), '--by', 'none', '--format', 'text', '--lang', 'vi'];
  const reference = await runArgs(dir, argv, false);
  expect(await runArgs(dir, argv, true)).toEqual(reference);
  return reference;
}
const run = (name: string, lines: readonly string[], args: readonly string[] = []) => summarizeCsvRows(dir, [write(name, lines)], ['--by', 'none', ...args]);

describe('judgeGroupSpans', () => {
  const year = { year: 2019, start: null, end: null };
  const six = { year: 2019, start: null, end: '2019-03-31' };
  it.each([
    [['Tháng 9/2019', 'Lũy kế 12 tháng'], year, [false, true]],
    [['Tháng 9', 'Cộng dồn từ đầu năm'], year, [false, true]],
    [['Trong tháng', 'Lũy kế từ đầu năm'], year, [false, true]],
    [['Riêng tháng 9', 'Từ đầu năm'], year, [false, true]],
    [['Trong kỳ', 'Lũy kế'], year, [false, true]],
    [['Kỳ này', 'Lũy kế 12 tháng'], year, [false, true]],
    [['Tháng 3/2019', 'Lũy kế 6 tháng'], six, [false, true]],
    [['Lũy kế 12 tháng', 'Lũy kế 6 tháng'], six, [false, true]],
    [['Lũy kế từ 01/10/2018 đến 30/9/2019'], year, [true]],
    [['Số liệu đến hết ngày 30/9/2019'], year, [true]],
    [['Lũy kế đến 31/3/2019'], six, [true]],
    [['Lũy kế đến 31/3/2019'], year, [false]],
    [['Tháng 8/2019'], year, [false]],
    [['Số liệu 12 tháng'], year, [true]],
    [['Số liệu 12 tháng'], six, [false]],
  ] as const)('%j in %j', (groups, own, judged) => expect(judgeGroupSpans(groups, own).map((j) => j?.own)).toEqual(judged));
  it('"Trong kỳ", "Kỳ này" alone, and words of no span, say nothing', () => {
    expect(judgeGroupSpans(['Trong kỳ', 'Kỳ này', 'Năm 2019', 'Cùng kỳ năm 2018'], year)).toEqual([null, null, null, null]);
  });
});

describe('a month beside a cumulative group (findings 01, 04, 05)', () => {
  it('"Tháng 9/2019 | Lũy kế 12 tháng" in a year-end report: the year is the running total, 182 / 140 = 76.92 %, met', async () => {
    const r = await run('thang9-luyke-2019.csv', sideBySide(YEAR_TITLE, 'Tháng 9/2019', 'Lũy kế 12 tháng'));
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.includes('warning'))).toEqual([
      'thang9-luyke-2019.csv:4:3: warning: column "Có điều kiện (Tháng 9/2019)" names a part of a year ("Tháng 9/2019"), which may not be the report\'s period, and is ignored [UNKNOWN_COLUMN]',
      'thang9-luyke-2019.csv:4:4: warning: column "Giải quyết xong (Tháng 9/2019)" names a part of a year ("Tháng 9/2019"), which may not be the report\'s period, and is ignored [UNKNOWN_COLUMN]',
    ]);
    expect(result(r.rows)).toEqual(['182', '140', '76.92', '3.92', 'true']);
  });

  it('held against last year (110 / 160 = 68.75 %): +8.17 pp', async () => {
    const prev = write('prev-viec-2018.csv', ['Đơn vị;Có điều kiện;Giải quyết xong', 'Chi cục THADS huyện Mỹ Lộc;70;50', 'Chi cục THADS huyện Vụ Bản;90;60']);
    const r = await run('thang9-luyke-prev-2019.csv', sideBySide(YEAR_TITLE, 'Tháng 9/2019', 'Lũy kế 12 tháng'), ['--previous', prev]);
    expect(r.code).toBe(0);
    expect(total(r.rows).cases_rate_change).toBe('8.17');
  });

  it('the workbook with merged group cells reads as the CSV does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 01');
    for (const line of sideBySide(YEAR_TITLE, 'Tháng 9/2019', 'Lũy kế 12 tháng')) ws.addRow(line.split(';').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
    for (const range of ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3']) ws.mergeCells(range);
    await wb.xlsx.writeFile(join(dir, 'thang9-luyke-2019.xlsx'));
    const r = await summarizeCsvRows(dir, [join(dir, 'thang9-luyke-2019.xlsx')], ['--by', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('thang9-luyke-2019.xlsx:Biểu 01!C4: warning: column "Có điều kiện (Tháng 9/2019)" names a part of a year ("Tháng 9/2019")');
    expect(result(r.rows)).toEqual(['182', '140', '76.92', '3.92', 'true']);
  });

  it.each([
    ['Trong tháng', 'Lũy kế từ đầu năm', true],
    ['Trong kỳ', 'Lũy kế', true],
    ['Kỳ này', 'Từ đầu năm', true],
    ['Riêng tháng 9', 'Cộng dồn từ đầu năm', true],
    ['Tháng 9/2019', 'Năm 2019', false],
  ])('"%s" beside "%s" under "THÁNG 9 NĂM 2019": the month ignored, 182 / 140', async (month, year, monthFirst) => {
    const r = await run('t9-viec-2019.csv', sideBySide(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC', 'THÁNG 9 NĂM 2019'], month, year, monthFirst));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`t9-viec-2019.csv:4:${monthFirst ? 3 : 5}: warning: column "Có điều kiện (${month})" names a part of a year ("${month}"), which may not be the report's period, and is ignored [UNKNOWN_COLUMN]`);
    expect(result(r.rows)).toEqual(['182', '140', '76.92', '3.92', 'true']);
  });

  it('"Tháng 3/2019 | Lũy kế 6 tháng" in a six months\' report: 182 / 80 = 43.96 %, to 31/3/2019', async () => {
    const lines = sideBySide(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC', '6 THÁNG NĂM 2019'], 'Tháng 3/2019', 'Lũy kế 6 tháng').map((l) => l.replace(';81;64', ';81;34').replace(';101;76', ';101;46').replace(';182;140', ';182;80'));
    const r = await run('thang3-luyke6-2019.csv', lines);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('thang3-luyke6-2019.csv:4:3: warning: column "Có điều kiện (Tháng 3/2019)" names a part of a year ("Tháng 3/2019")');
    expect(result(r.rows)).toEqual(['182', '80', '43.96', '-29.04', 'false']);
    const s = await textOf('thang3-luyke6-2019.csv', lines);
    expect(s.stdout).toContain('Từ 1/10/2018 đến 31/3/2019');
  });

  it('"Tháng 8/2019 | Lũy kế 11 tháng" under a title of the year 2019: no group spans the year, refused (the month beside states no period)', async () => {
    // (a file name stating nothing: "thang8-luyke11-2019" itself states eleven months, to 31/8/2019, refused against the title first)
    const r = await run('bieu-2019.csv', sideBySide(YEAR_TITLE.slice(0, 1), 'Tháng 8/2019', 'Lũy kế 11 tháng'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('bieu-2019.csv:3: error: the header names no figure column; column 3 "Có điều kiện (Tháng 8/2019)" names with_conditions for "Tháng 8/2019", column 4 "Giải quyết xong (Tháng 8/2019)" names resolved for "Tháng 8/2019", column 5 "Có điều kiện (Lũy kế 11 tháng)" names with_conditions for "Lũy kế 11 tháng", column 6 "Giải quyết xong (Lũy kế 11 tháng)" names resolved for "Lũy kế 11 tháng", which thads does not read as the report\'s own period [MISSING_COLUMN]');
  });

  it('"Lũy kế 12 tháng" beside "Lũy kế 6 tháng" in a year-end report: the six months ignored', async () => {
    const r = await run('luyke12-6-2019.csv', sideBySide(YEAR_TITLE, 'Lũy kế 6 tháng', 'Lũy kế 12 tháng'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('luyke12-6-2019.csv:4:3: warning: column "Có điều kiện (Lũy kế 6 tháng)" names a part of a year ("Lũy kế 6 tháng")');
    expect(result(r.rows)).toEqual(['182', '140', '76.92', '3.92', 'true']);
  });
});

describe('one group over every figure column (findings 02, 03)', () => {
  const OFFICES = ['1;Chi cục THADS huyện Mỹ Lộc;80;60;4', '2;Chi cục THADS huyện Vụ Bản;100;70;6', ';Tổng cộng;180;130;10'];
  const grouped = (title: string, group: string) => [title, `STT;Đơn vị;${group};;`, ';;Có điều kiện;Thi hành xong;Đình chỉ', ...OFFICES];

  it.each([
    ['NĂM 2019', 'Lũy kế từ 01/10/2018 đến 30/9/2019'],
    ['NĂM 2019', 'Số liệu đến hết ngày 30/9/2019'],
    ['NĂM 2019', 'Lũy kế 12 tháng'],
    ['NĂM 2019', 'Lũy kế từ đầu năm'],
    ['6 THÁNG NĂM 2019', 'Lũy kế đến 31/3/2019'],
    ['6 THÁNG NĂM 2019', 'Lũy kế 6 tháng'],
  ])('"%s" over "%s": the report\'s own, 180 / 140 = 77.78 %', async (period, group) => {
    const r = await run('own-viec-2019.csv', grouped(`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC ${period}`, group));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(result(r.rows)).toEqual(['180', '140', '77.78', '4.78', 'true']);
  });

  it('"Tháng 8/2019" under a title of the year 2019: refused YEAR_CONFLICT, never read over the title', async () => {
    const r = await run('thang8-viec-2019.csv', grouped('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019', 'Tháng 8/2019'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('thang8-viec-2019.csv:2: error: the group "Tháng 8/2019" (line 2) over every figure column names the period from 1/8/2019 to 31/8/2019, but the title (line 1) states the period from 1/10/2018 to 30/9/2019: which is the report\'s? [YEAR_CONFLICT]');
  });

  it('"Lũy kế 6 tháng" under a title of the year 2019: refused YEAR_CONFLICT', async () => {
    const r = await run('luyke6-viec-2019.csv', grouped('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019', 'Lũy kế 6 tháng'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('luyke6-viec-2019.csv:2: error: the group "Lũy kế 6 tháng" (line 2) over every figure column names the period from 1/10/2018 to 31/3/2019, but the title (line 1) states the period from 1/10/2018 to 30/9/2019: which is the report\'s? [YEAR_CONFLICT]');
  });

  it('"Tháng 8/2019" with no title: it states the report\'s period, as a title line would (to 31/8/2019)', async () => {
    const r = await textOf('group-only-viec-2019.csv', [`STT;Đơn vị;Tháng 8/2019;;`, ';;Có điều kiện;Thi hành xong;Đình chỉ', ...OFFICES]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Từ 1/10/2018 đến 31/8/2019');
  });
});

// Round 45, 02: a lone "Tháng 3/2019" under "THÁNG 3 NĂM 2019" (or a file named for March) was
// refused YEAR_CONFLICT: thads read the same words two ways. The owner's rule: a lone month group
// naming the month that ends the stated period agrees with it; another month is still refused.
describe('one month group repeating the stated period\'s month (round 45, 02)', () => {
  const T3 = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THÁNG 3 NĂM 2019';
  const T9 = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THÁNG 9 NĂM 2019';
  const NAM = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019';
  /** 81 + 101 = 182 with conditions, 64 + 76 = 140 resolved: 76.92 %, 3.92 over 73 %. */
  const lone = (title: readonly string[], group: string) => [...title, `STT;Đơn vị;${group};`, ';;Có điều kiện;Giải quyết xong', '1;Chi cục THADS huyện Mỹ Lộc;81;64', '2;Chi cục THADS huyện Vụ Bản;101;76', ';Tổng cộng;182;140'];

  it.each([
    [T3, 'Tháng 3/2019', 'Từ 1/10/2018 đến 31/3/2019'],
    [T3, 'Tháng 3', 'Từ 1/10/2018 đến 31/3/2019'],
    [T9, 'Tháng 9/2019', 'Năm 2019 (từ 1/10/2018 đến 30/9/2019)'],
  ])('"%s" over "%s": read over the title\'s period, 182 / 140 = 76.92 %', async (title, group, period) => {
    const r = await run('lone-viec-2019.csv', lone([title], group));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(result(r.rows)).toEqual(['182', '140', '76.92', '3.92', 'true']);
    expect((await textOf('lone-viec-2019.csv', lone([title], group))).stdout).toContain(period);
  });

  it('no title, the file named for March, "Tháng 3/2019" over every column: to 31/3/2019, 182 / 140', async () => {
    const r = await run('BC viec thang 3 nam 2019.csv', lone([], 'Tháng 3/2019'));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(result(r.rows)).toEqual(['182', '140', '76.92', '3.92', 'true']);
    expect((await textOf('BC viec thang 3 nam 2019.csv', lone([], 'Tháng 3/2019'))).stdout).toContain('Từ 1/10/2018 đến 31/3/2019');
  });

  it.each([
    [T3, 'Tháng 8/2019', 'from 1/8/2019 to 31/8/2019', 'from 1/10/2018 to 31/3/2019'],
    // another statistics year's month: both years named (period-group-words.test.ts)
    [T3, 'Tháng 3/2018', 'from 1/3/2018 to 31/3/2018 of the statistics year 2018', 'from 1/10/2018 to 31/3/2019 of 2019'],
    // the month alone, said so: another period than the cumulative one the title states
    [T3, 'Riêng tháng 3', 'from 1/3/2019 to 31/3/2019', 'from 1/10/2018 to 31/3/2019'],
    [T3, 'Trong tháng', 'from 1/3/2019 to 31/3/2019', 'from 1/10/2018 to 31/3/2019'],
    // a title of the year states no month: September ends it, but "Tháng 9/2019" is not the year
    [NAM, 'Tháng 9/2019', 'from 1/9/2019 to 30/9/2019', 'from 1/10/2018 to 30/9/2019'],
  ])('"%s" over "%s": still refused YEAR_CONFLICT', async (title, group, days, stated) => {
    const r = await run('lone-viec-2019.csv', lone([title], group));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`lone-viec-2019.csv:2: error: the group "${group}" (line 2) over every figure column names the period ${days}, but the title (line 1) states the period ${stated}: which is the report's? [YEAR_CONFLICT]`);
  });

  it('"Tháng 8/2019" under "NĂM 2019" in a file named "thang8-2019" (43a, 02): the title states the year, refused', async () => {
    const r = await run('02-nam2019-group-thang8-2019.csv', lone([NAM], 'Tháng 8/2019'));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('02-nam2019-group-thang8-2019.csv:2: error: the group "Tháng 8/2019" (line 2) over every figure column names the period from 1/8/2019 to 31/8/2019, but the title (line 1) states the period from 1/10/2018 to 30/9/2019: which is the report\'s? [YEAR_CONFLICT]');
  });
});

describe('groupRepeatsStatedMonth', () => {
  it.each([
    ['Tháng 3/2019', { year: 2019, start: null, end: '2019-03-31' }, true],
    ['Tháng 3', { year: 2019, start: null, end: '2019-03-31' }, true],
    ['Tháng 9/2019', { year: 2019, start: null, end: '2019-09-30' }, true],
    ['Tháng 9/2019', { year: 2019, start: null, end: null }, false],
    ['Tháng 8/2019', { year: 2019, start: null, end: '2019-03-31' }, false],
    ['Tháng 3/2018', { year: 2019, start: null, end: '2019-03-31' }, false],
    ['Riêng tháng 3', { year: 2019, start: null, end: '2019-03-31' }, false],
    ['Trong tháng', { year: 2019, start: null, end: '2019-03-31' }, false],
    ['Lũy kế 6 tháng', { year: 2019, start: null, end: '2019-03-31' }, false],
  ])('%s under %j → %s', (group, stated, agrees) => expect(groupRepeatsStatedMonth(group, stated)).toBe(agrees));
});
