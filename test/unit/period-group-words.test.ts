// One group over plain field headers that names a period the lone-group check could not see,
// read as the report's own figures, exit 0 (a wrong total):
//   1. another statistics year: "Cả năm 2018", "12 tháng 2018", "Lũy kế 12 tháng 2018" under a
//      2019 title (six months or the year) — spanBounds gave the group no days, so
//      groupPeriodConflict skipped it; now its days are counted in the year it names and it is
//      refused YEAR_CONFLICT naming both years, whatever states the report's (title, file name, --year);
//   2. the period after "Kết quả", "Thực hiện", "Tình hình" ("Kết quả 12 tháng", "Tình hình cả
//      năm") in a six-month report — groupSpan knew only "Số liệu" before it;
//   3. English groups: "Full year", "Whole year", "12 months" in a six-month report, "6 months",
//      "First six months" in a year report.
// Both readers agree (summarizeCsvRows). Totals by hand:
//   Mỹ Lộc 300 with conditions, 230 completed + 5 terminated; Vụ Bản 500, 400 + 7
//   → 300 + 500 = 800 with conditions, resolved 230 + 5 + 400 + 7 = 642,
//     642 / 800 = 0.8025 = 80.25 %, 80.25 − 73 = +7.25 pp, met.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { groupSpan } from '../../src/input/group-span.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-period-group-words-', []);
const SIX = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2019';
const YEAR = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const OFFICES = ['1;Chi cục THADS huyện Mỹ Lộc;300;230;5', '2;Chi cục THADS huyện Vụ Bản;500;400;7'];
const grouped = (title: string | null, group: string, fields = ';;Có điều kiện;Thi hành xong;Đình chỉ', top = 'CỤC THADS TỈNH NAM ĐỊNH') => [
  ...(title === null ? [] : [top, title]),
  `STT;Đơn vị;${group};;`,
  fields,
  ...OFFICES,
];
const run = (name: string, lines: readonly string[], args: string[] = []) => summarizeCsvRows(dir, [write(name, lines)], ['--by', 'none', ...args]);
const result = (rows: Record<string, string>[]) => {
  const t = rows.find((r) => r.district === 'TOTAL')!;
  return [t.cases_with_conditions, t.cases_resolved, t.cases_rate, t.cases_gap_pp, t.cases_met];
};
/** 800 / 642 = 80.25 %, +7.25 pp over 73 % */
const OWN = ['800', '642', '80.25', '7.25', 'true'];
const TWELVE = 'from 1/10/2018 to 30/9/2019';
const SIX_DAYS = 'from 1/10/2018 to 31/3/2019';
const YEAR_2018 = 'from 1/10/2017 to 30/9/2018';
const conflict = (file: string, group: string, line: number, days: string, by: string, stated: string) =>
  `${file}:${line}: error: the group "${group}" (line ${line}) over every figure column names the period ${days}, but ${by} states the period ${stated}: which is the report's? [YEAR_CONFLICT]`;
const otherYear = (file: string, group: string, line: number, by: string, stated: string) =>
  `${file}:${line}: error: the group "${group}" (line ${line}) over every figure column names the period ${YEAR_2018} of the statistics year 2018, but ${by} states the period ${stated} of 2019: which is the report's? [YEAR_CONFLICT]`;

describe('groupSpan: the period after a form\'s words, and in English', () => {
  it.each(['Kết quả 12 tháng', 'KẾT QUẢ CẢ NĂM', 'Thực hiện 12 tháng', 'Tình hình cả năm', 'Ket qua ca nam', 'Full year', 'Whole year', 'FULL-YEAR', '12 months', 'Twelve months'])('%s: twelve months', (text) => {
    expect(groupSpan(text)).toMatchObject({ kind: 'cumulative', start: null, end: null, months: 12 });
  });
  it.each([['Full year 2018', 2018], ['Kết quả cả năm 2019', 2019], ['12 months of 2018', 2018]] as const)('%s: twelve months of %i', (text, year) => {
    expect(groupSpan(text)).toEqual({ kind: 'cumulative', start: null, end: null, months: 12, year });
  });
  it.each([['6 months', 6], ['First six months', 6], ['First 6 months of 2019', 6], ['9 months', 9]] as const)('%s: %i months', (text, months) => {
    expect(groupSpan(text)).toMatchObject({ kind: 'cumulative', months });
  });
  it.each(['Kết quả thi hành án', 'Kết quả', 'Tình hình thi hành án', 'Over 6 months', 'Year of entry', 'Full'])('%s: no span', (text) => {
    expect(groupSpan(text)).toBeNull();
  });
});

describe('1. a lone group of another statistics year: refused YEAR_CONFLICT naming both years', () => {
  it.each(['Cả năm 2018', '12 tháng 2018', '12T/2018', 'Lũy kế 12 tháng 2018', 'Lũy kế cả năm 2018', 'Full year 2018'])('"6 THÁNG ĐẦU NĂM 2019" over "%s"', async (group) => {
    // read as 2019's six months before (exit 0, 800 / 642)
    const r = await run('sau-thang-viec-2019.csv', grouped(SIX, group));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(otherYear('sau-thang-viec-2019.csv', group, 3, 'the title (line 2)', SIX_DAYS));
  });

  it.each(['Cả năm 2018', '12 tháng 2018', 'Kết quả cả năm 2018', 'Whole year 2018'])('"NĂM 2019" over "%s"', async (group) => {
    const r = await run('nam-viec-2019.csv', grouped(YEAR, group));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(otherYear('nam-viec-2019.csv', group, 3, 'the title (line 2)', TWELVE));
  });

  it('no title, the file named for 2019: the file name is held to', async () => {
    const r = await run('bc-viec-2019.csv', grouped(null, 'Cả năm 2018'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(otherYear('bc-viec-2019.csv', 'Cả năm 2018', 1, 'the file name', TWELVE));
  });

  it('no title, no year in the name, --year 2019: --year is held to', async () => {
    const r = await run('bc-viec.csv', grouped(null, 'Cả năm 2018'), ['--year', '2019']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(otherYear('bc-viec.csv', 'Cả năm 2018', 1, '--year 2019', TWELVE));
  });

  it('"Năm 2018" alone: refused already (no figure column of the report\'s), kept', async () => {
    const r = await run('nam-viec-2019.csv', grouped(YEAR, 'Năm 2018'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nam-viec-2019.csv:4: error: the header names no figure column; column 3 "Có điều kiện (Năm 2018)" names with_conditions for "Năm 2018"');
  });

  it('the workbook with "Cả năm 2018" merged over the figures refuses as the CSV does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 01');
    for (const line of grouped(YEAR, 'Cả năm 2018')) ws.addRow(line.split(';').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
    for (const range of ['A3:A4', 'B3:B4', 'C3:E3']) ws.mergeCells(range);
    await wb.xlsx.writeFile(join(dir, 'nam-2019.xlsx'));
    const r = await summarizeCsvRows(dir, [join(dir, 'nam-2019.xlsx')], ['--by', 'none', '--measure', 'cases']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[YEAR_CONFLICT]');
    expect(r.stderr).toContain(`the group "Cả năm 2018" (line 3) over every figure column names the period ${YEAR_2018} of the statistics year 2018, but the title (line 2) states the period ${TWELVE} of 2019`);
  });
});

describe('2. the twelve months after "Kết quả", "Thực hiện", "Tình hình" in a six-month report: refused', () => {
  it.each(['Kết quả 12 tháng', 'Kết quả cả năm', 'KẾT QUẢ CẢ NĂM', 'Ket qua 12 thang', 'Thực hiện 12 tháng', 'Tình hình cả năm', 'Kết quả cả năm 2019'])('"6 THÁNG ĐẦU NĂM 2019" over "%s"', async (group) => {
    // read as the six months before (exit 0, 800 / 642)
    const r = await run('sau-thang-viec-2019.csv', grouped(SIX, group));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(conflict('sau-thang-viec-2019.csv', group, 3, TWELVE, 'the title (line 2)', SIX_DAYS));
  });
});

describe('3. English groups: compared with the report\'s period as the Vietnamese are', () => {
  it.each(['Full year', 'Whole year', '12 months', 'Full year 2019'])('"6 THÁNG ĐẦU NĂM 2019" over "%s": refused', async (group) => {
    const r = await run('sau-thang-viec-2019.csv', grouped(SIX, group));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(conflict('sau-thang-viec-2019.csv', group, 3, TWELVE, 'the title (line 2)', SIX_DAYS));
  });

  it.each(['6 months', 'First six months'])('"NĂM 2019" over "%s": refused', async (group) => {
    const r = await run('nam-viec-2019.csv', grouped(YEAR, group));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(conflict('nam-viec-2019.csv', group, 3, SIX_DAYS, 'the title (line 2)', TWELVE));
  });
});

describe('over-reach: the report\'s own period, or no period, still reads 800 / 642', () => {
  it.each(['Kết quả cả năm 2019', 'Kết quả 12 tháng', 'Thực hiện 12 tháng', 'Full year 2019', 'Full year', '12 months', 'Kết quả thi hành án', 'Year to date'])('"NĂM 2019" over "%s"', async (group) => {
    const r = await run('nam-viec-2019.csv', grouped(YEAR, group));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(result(r.rows)).toEqual(OWN);
  });

  it.each(['Kết quả thi hành án', 'Kết quả 6 tháng', 'Year to date'])('"6 THÁNG ĐẦU NĂM 2019" over "%s"', async (group) => {
    const r = await run('sau-thang-viec-2019.csv', grouped(SIX, group));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(result(r.rows)).toEqual(OWN);
  });

  it.each(['6 months', 'First six months', 'First 6 months of 2019'])('an English six-month report over "%s"', async (group) => {
    const lines = grouped('CIVIL JUDGMENT ENFORCEMENT REPORT, FIRST HALF OF 2019', group, ';;With conditions;Completed;Terminated', 'NAM DINH PROVINCE');
    const r = await run('report-viec-2019.csv', lines);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(result(r.rows)).toEqual(OWN);
  });

  it('"NĂM 2019" over "Cả năm 2019" | nothing else: the year\'s own (the year named is the report\'s)', async () => {
    const r = await run('nam-viec-2019.csv', grouped(YEAR, 'Cả năm 2019'));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(result(r.rows)).toEqual(OWN);
  });
});
