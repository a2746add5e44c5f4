// Period words the period-group rules missed, read as the report's own figures (exit 0):
//   1. words between "Kết quả" / "Số liệu" and the twelve months ("Kết quả thi hành án cả năm",
//      "Kết quả THA 12 tháng", "Số liệu thống kê cả năm 2019") as the lone group of a six-month
//      report were its six months' figures; now YEAR_CONFLICT, as "Kết quả cả năm" is
//      (group-span.ts: the words a form puts between, OF_WHAT);
// Both readers agree (summarizeCsvRows). Totals by hand:
//   Mỹ Lộc 300 with conditions, 230 completed + 5 terminated; Vụ Bản 500, 400 + 7
//   → 300 + 500 = 800 with conditions, resolved 230 + 5 + 400 + 7 = 642,
//     642 / 800 = 0.8025 = 80.25 %, 80.25 − 73 = +7.25 pp, met.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { groupSpan } from '../../src/input/group-span.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-period-words-', []);
const SIX = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2019';
const YEAR = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const OFFICES = ['1;Chi cục THADS huyện Mỹ Lộc;300;230;5', '2;Chi cục THADS huyện Vụ Bản;500;400;7'];
const grouped = (title: string, group: string) => ['CỤC THADS TỈNH NAM ĐỊNH', title, `STT;Đơn vị;${group};;`, ';;Có điều kiện;Thi hành xong;Đình chỉ', ...OFFICES];
const run = (name: string, lines: readonly string[]) => summarizeCsvRows(dir, [write(name, lines)], ['--by', 'none']);
const result = (rows: Record<string, string>[]) => {
  const t = rows.find((r) => r.district === 'TOTAL')!;
  return [t.cases_with_conditions, t.cases_resolved, t.cases_rate, t.cases_gap_pp, t.cases_met];
};
/** 800 / 642 = 80.25 %, +7.25 pp over 73 % */
const OWN = ['800', '642', '80.25', '7.25', 'true'];
const conflict = (file: string, group: string) =>
  `${file}:3: error: the group "${group}" (line 3) over every figure column names the period from 1/10/2018 to 30/9/2019, but the title (line 2) states the period from 1/10/2018 to 31/3/2019: which is the report's? [YEAR_CONFLICT]`;

describe('groupSpan: what the results are of, between "Kết quả" and the twelve months', () => {
  it.each(['Kết quả thi hành án cả năm', 'Kết quả THA 12 tháng', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ CẢ NĂM', 'Ket qua thi hanh an 12 thang', 'Kết quả THADS cả năm', 'Kết quả công tác THADS 12 tháng', 'Số liệu báo cáo 12 tháng', 'Tình hình thi hành án cả năm'])('%s: twelve months', (text) => {
    expect(groupSpan(text)).toEqual({ kind: 'cumulative', start: null, end: null, months: 12 });
  });
  it('"Số liệu thống kê cả năm 2019": twelve months of 2019', () => {
    expect(groupSpan('Số liệu thống kê cả năm 2019')).toEqual({ kind: 'cumulative', start: null, end: null, months: 12, year: 2019 });
  });
  // over-reach: a pending case's age, a comparison, the year alone are no twelve months
  it.each(['Số việc tồn quá 12 tháng', 'Số liệu chưa thi hành quá 12 tháng', 'Kết quả 6 tháng so với cả năm', 'Kết quả thi hành án năm 2019', 'Kết quả thi hành án 6 tháng', 'Kết quả xử lý cả năm'])('%s: no twelve months', (text) => {
    expect(groupSpan(text)).toBeNull();
  });
});

describe('1. the twelve months after "Kết quả thi hành án", "Kết quả THA", "Số liệu thống kê" in a six-month report: refused', () => {
  it.each(['Kết quả thi hành án cả năm', 'Kết quả THA 12 tháng', 'Số liệu thống kê cả năm 2019', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ CẢ NĂM', 'Ket qua thi hanh an 12 thang', 'Kết quả THADS cả năm'])('"6 THÁNG ĐẦU NĂM 2019" over "%s"', async (group) => {
    // read as the six months before (exit 0, 800 / 642)
    const r = await run('sau-thang-viec-2019.csv', grouped(SIX, group));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(conflict('sau-thang-viec-2019.csv', group));
  });

  it('the workbook with "Kết quả thi hành án cả năm" merged over the figures refuses as the CSV does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 01');
    for (const line of grouped(SIX, 'Kết quả thi hành án cả năm')) ws.addRow(line.split(';').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
    for (const range of ['A3:A4', 'B3:B4', 'C3:E3']) ws.mergeCells(range);
    await wb.xlsx.writeFile(join(dir, 'sau-thang-2019.xlsx'));
    const r = await summarizeCsvRows(dir, [join(dir, 'sau-thang-2019.xlsx')], ['--by', 'none', '--measure', 'cases']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[YEAR_CONFLICT]');
    expect(r.stderr).toContain('the group "Kết quả thi hành án cả năm" (line 3) over every figure column names the period from 1/10/2018 to 30/9/2019, but the title (line 2) states the period from 1/10/2018 to 31/3/2019');
  });
});

describe('over-reach: groups that agree with the title still read', () => {
  it.each([
    [YEAR, 'Kết quả thi hành án năm 2019'],
    [YEAR, 'Lũy kế cả năm'],
    [YEAR, 'Kết quả thi hành án cả năm'],
    [YEAR, 'Số liệu thống kê 12 tháng năm 2019'],
    [SIX, 'Kết quả thi hành án năm 2019'],
  ])('"%s" over "%s": 800 / 642, 80.25 %', async (title, group) => {
    const r = await run('bao-cao-viec-2019.csv', grouped(title, group));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(result(r.rows)).toEqual(OWN);
  });
});
