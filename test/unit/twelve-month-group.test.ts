// One group over plain field headers naming the twelve months ("Cả năm", "12 tháng", "12T",
// "Số liệu 12 tháng") in a six-month report ("BÁO CÁO … 6 THÁNG ĐẦU NĂM 2019", or a file named
// "6thang"): "12 tháng", "12T" and "Số liệu 12 tháng" were read as the report's own six months,
// exit 0 (a wrong total). The owner's rule: the group's span is judged as a header's suffix is
// (group-span.ts groupSpan, own-period.ts spanBounds): the twelve months in a six-month report
// are refused YEAR_CONFLICT, as "Cả năm" and "Lũy kế 12 tháng" groups already were; in a year
// report they are the year's own. A title stating its days is held to them
// (groupAgreesWithStated): "12 tháng năm 2019" must not turn "6 THÁNG ĐẦU NĂM 2019" into the year.
// Both readers agree (summarizeCsvRows). Totals by hand:
//   Mỹ Lộc 300 with conditions, 230 completed + 5 terminated; Vụ Bản 500, 400 + 7
//   → 800 with conditions, resolved 230 + 5 + 400 + 7 = 642, 642 / 800 = 80.25 %, 80.25 − 73 = +7.25 pp, met.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { groupSpan } from '../../src/input/group-span.js';
import { judgeGroupSpans } from '../../src/input/own-period.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-twelve-month-group-', []);
const SIX = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2019';
const YEAR = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const OFFICES = ['1;Chi cục THADS huyện Mỹ Lộc;300;230;5', '2;Chi cục THADS huyện Vụ Bản;500;400;7'];
/** a title (or none), one group over the three figure columns, plain headers under it */
const grouped = (title: string | null, group: string) => [
  ...(title === null ? [] : ['CỤC THADS TỈNH NAM ĐỊNH', title]),
  `STT;Đơn vị;${group};;`,
  ';;Có điều kiện;Thi hành xong;Đình chỉ',
  ...OFFICES,
];
const run = (name: string, lines: readonly string[]) => summarizeCsvRows(dir, [write(name, lines)], ['--by', 'none']);
const result = (rows: Record<string, string>[]) => {
  const t = rows.find((r) => r.district === 'TOTAL')!;
  return [t.cases_with_conditions, t.cases_resolved, t.cases_rate, t.cases_gap_pp, t.cases_met];
};
/** 800 / 642 = 80.25 %, +7.25 pp over 73 % */
const OWN = ['800', '642', '80.25', '7.25', 'true'];
const conflict = (file: string, group: string, line: number, days: string, by: string, stated: string) =>
  `${file}:${line}: error: the group "${group}" (line ${line}) over every figure column names the period ${days}, but ${by} states the period ${stated}: which is the report's? [YEAR_CONFLICT]`;
const TWELVE = 'from 1/10/2018 to 30/9/2019';
const SIX_DAYS = 'from 1/10/2018 to 31/3/2019';

describe('groupSpan: the twelve months without "lũy kế"', () => {
  it.each(['12 tháng', '12 THÁNG', '12T', '12 tháng năm 2019', '12T/2019', 'Số liệu 12 tháng', 'Cả năm', 'Số liệu cả năm'])('%s: twelve months', (text) => {
    expect(groupSpan(text)).toMatchObject({ kind: 'cumulative', start: null, end: null, months: 12 });
  });
  it.each(['6 tháng', '12 tháng 5', 'Kỳ báo cáo', 'Năm 2019', 'Số liệu'])('%s: no twelve-month span', (text) => {
    expect(groupSpan(text)).toBeNull();
  });
  it('judged by the days: the year\'s own in a year report, not in a six-month one', () => {
    expect(judgeGroupSpans(['12 tháng'], { year: 2019, start: null, end: null })[0]).toEqual({ own: true, start: '2018-10-01', end: '2019-09-30' });
    expect(judgeGroupSpans(['12T'], { year: 2019, start: null, end: '2019-03-31' })[0]).toEqual({ own: false, start: '2018-10-01', end: '2019-09-30' });
  });
});

describe('a lone twelve-month group in a six-month report: refused YEAR_CONFLICT, never read as the six months', () => {
  it.each([
    // read as the six months before (exit 0, 800 / 642): the bug
    '12 tháng', '12 THÁNG', '12T',
    // refused before, and still: "12 tháng năm 2019", "12T/2019", "Số liệu 12 tháng" must not make the title the year
    '12 tháng năm 2019', '12T/2019', 'Số liệu 12 tháng', 'Số liệu cả năm',
    // refused before (the suffix's rule, commit 9688dd0), kept
    'Cả năm', 'CẢ NĂM', 'Ca nam', 'Cả năm 2019', 'Lũy kế 12 tháng', 'Luỹ kế 12 tháng',
  ])('"6 THÁNG ĐẦU NĂM 2019" over "%s"', async (group) => {
    const r = await run('sau-thang-viec-2019.csv', grouped(SIX, group));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(conflict('sau-thang-viec-2019.csv', group, 3, TWELVE, 'the title (line 2)', SIX_DAYS));
  });

  it.each(['12 tháng', '12T', 'Số liệu 12 tháng', 'Cả năm'])('no title, the file named "6thang", over "%s"', async (group) => {
    const r = await run('bc-viec-6thang-2019.csv', grouped(null, group));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(conflict('bc-viec-6thang-2019.csv', group, 1, TWELVE, 'the file name', SIX_DAYS));
  });

  it('the workbook with the group merged over the figures refuses as the CSV does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 01');
    for (const line of grouped(SIX, '12 tháng')) ws.addRow(line.split(';').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
    for (const range of ['A3:A4', 'B3:B4', 'C3:E3']) ws.mergeCells(range);
    await wb.xlsx.writeFile(join(dir, 'sau-thang-2019.xlsx'));
    const r = await summarizeCsvRows(dir, [join(dir, 'sau-thang-2019.xlsx')], ['--by', 'none', '--measure', 'cases']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[YEAR_CONFLICT]');
    expect(r.stderr).toContain(`the group "12 tháng" (line 3) over every figure column names the period ${TWELVE}, but the title (line 2) states the period ${SIX_DAYS}`);
  });
});

describe('over-reach: the report\'s own period over plain headers still reads, 800 / 642', () => {
  it.each(['Cả năm', '12 tháng', '12T', '12 tháng năm 2019', 'Lũy kế 12 tháng', 'Số liệu 12 tháng', 'Năm 2019', 'Cả năm 2019', 'Kỳ báo cáo'])('"NĂM 2019" over "%s": the year\'s own', async (group) => {
    const r = await run('nam-viec-2019.csv', grouped(YEAR, group));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(result(r.rows)).toEqual(OWN);
  });

  it.each(['Năm 2019', 'Kỳ báo cáo'])('"6 THÁNG ĐẦU NĂM 2019" over "%s": the six months\' own', async (group) => {
    const r = await run('sau-thang-own-viec-2019.csv', grouped(SIX, group));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(result(r.rows)).toEqual(OWN);
  });

  it('no title, the file named for the year, over "12 tháng": the year\'s own', async () => {
    const r = await run('bc-viec-2019.csv', grouped(null, '12 tháng'));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(result(r.rows)).toEqual(OWN);
  });
});

describe('the reverse: a lone six-month group in a year report (refused already, kept)', () => {
  it.each(['6 tháng', 'Lũy kế 6 tháng'])('"NĂM 2019" over "%s": refused YEAR_CONFLICT', async (group) => {
    const r = await run('nam-sau-viec-2019.csv', grouped(YEAR, group));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(conflict('nam-sau-viec-2019.csv', group, 3, SIX_DAYS, 'the title (line 2)', TWELVE));
  });
});

describe('"6 tháng" | the twelve months side by side in a year report: the twelve read, the six ignored (as before)', () => {
  // Mỹ Lộc six months 100 / 60, year 300 / 230; Vụ Bản 200 / 150, 500 / 400
  // → the year: 300 + 500 = 800, 230 + 400 = 630, 630 / 800 = 78.75 %, 78.75 − 73 = +5.75 pp, met
  it.each(['Cả năm', '12 tháng'])('"6 tháng" | "%s"', async (twelve) => {
    const r = await run('nam-hai-nhom-viec-2019.csv', [
      'CỤC THADS TỈNH NAM ĐỊNH', YEAR,
      `STT;Đơn vị;6 tháng;;${twelve};`,
      ';;Có điều kiện;Giải quyết xong;Có điều kiện;Giải quyết xong',
      '1;Chi cục THADS huyện Mỹ Lộc;100;60;300;230',
      '2;Chi cục THADS huyện Vụ Bản;200;150;500;400',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.includes('warning'))).toEqual([
      'nam-hai-nhom-viec-2019.csv:4:3: warning: column "Có điều kiện (6 tháng)" names a part of a year ("6 tháng"), which may not be the report\'s period, and is ignored [UNKNOWN_COLUMN]',
      'nam-hai-nhom-viec-2019.csv:4:4: warning: column "Giải quyết xong (6 tháng)" names a part of a year ("6 tháng"), which may not be the report\'s period, and is ignored [UNKNOWN_COLUMN]',
    ]);
    expect(result(r.rows)).toEqual(['800', '630', '78.75', '5.75', 'true']);
  });
});
