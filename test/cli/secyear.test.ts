// A year-end table holding a SECTION of another year: "I | Cục THADS tỉnh Hà Tĩnh (năm 2025)"
// over its offices, then "II | Cục THADS tỉnh Hà Tĩnh (năm 2024)" over the same offices' 2024
// figures, in a report titled "NĂM 2025". Was summed silently: exit 0, TOTAL with conditions
// 600 + 570 = 1.170, resolved 450 + 430 = 880 (both years added), only DUPLICATE_OFFICE. Right:
// the section II's rows are no figures of 2025 — refused SECOND_TABLE (exit 1) at the section's
// line, naming both years, as a title row without figures naming another year is
// (second-table.ts; the section's year: row-labels.ts yearOfSection). Other spellings: "II |
// Năm 2024", "B | SỐ LIỆU NĂM 2024", "… - 2024", "… (niên độ 2023-2024)"; the year given by the
// file's name only ("Ha Tinh 2025.csv"); a file of no known year whose sections state two years.
// Titled CSV (reference reader), plain CSV (byte scanner first, both readers agree) and xlsx.
// Controls, read as before: a 2025 table whose one section states 2025 (800 / 600 / 450, by
// hand), a file of no known year whose one section states 2024, a by-year table with a year
// column whose sections state their rows' years, "(Cùng kỳ năm 2024)" / "Cùng kỳ năm trước"
// (refused NOT_AN_OFFICE as before); the merger halves' sections: test/cli/subperiod.test.ts.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { bothReaders } from '../helpers/both-readers.js';

const { dir, file } = fileTree('thads-secyear-');
const { both } = bothReaders('thads-secyear-both-', ['--format', 'csv']);

const TITLE = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025 - TỈNH HÀ TĨNH', 'Đơn vị tính: nghìn đồng'];
const TITLE_NO_YEAR = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ - TỈNH HÀ TĨNH', 'Đơn vị tính: nghìn đồng'];
const HEADER = 'TT,Đơn vị,Tổng số việc thụ lý,Số việc có điều kiện,Số việc giải quyết xong,Tổng số tiền thụ lý,Số tiền có điều kiện,Số tiền giải quyết xong';
const SEC_2025 = [
  '1,Văn phòng Cục,500,400,300,"50.000,5","40.000,5","30.000,5"',
  '2,Chi cục THADS huyện Kỳ Anh,300,200,150,"30.000","20.000","10.000"',
];
const SEC_2024 = [
  '1,Văn phòng Cục,450,380,290,"45.000","38.000","28.000"',
  '2,Chi cục THADS huyện Kỳ Anh,280,190,140,"28.000","19.000","9.000"',
];
/** The table: section I (`first`, STT `i`) over 2025's offices, section II (`second`, STT `ii`) over 2024's. */
function table(first: string, second: string, i = 'I', ii = 'II'): string[] {
  return [
    HEADER,
    `${i},${first},800,600,450,"80.000,5","60.000,5","40.000,5"`,
    ...SEC_2025,
    `${ii},${second},730,570,430,"73.000","57.000","37.000"`,
    ...SEC_2024,
  ];
}

function run(path: string) {
  const r = spawnThads(['summarize', path, '--format', 'csv'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
/** exit 1, nothing summed, SECOND_TABLE at `line`, column 2, naming `label` and both years. */
function refused(r: { code: number; stdout: string; stderr: string }, line: number, label: string, other: number, own: number | null) {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  const esc = label.replace(/[()/.]/g, '\\$&');
  const tail = own !== null ? `and the report's is ${own}` : `and the section .* \\(line \\d+\\) \\d{4}, while the report's year is unknown`;
  expect(r.stderr).toMatch(new RegExp(`:${line}:2: error: "${esc}" names the year ${other}, ${tail}.*\\[SECOND_TABLE\\]`));
}
/** The TOTAL row's cases total, with conditions, resolved, rate; money with conditions, resolved (đồng). */
function total(stdout: string): string[] {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const at = (k: string) => head!.indexOf(k);
  const t = rows.find((row) => row[at('district')] === 'TOTAL')!;
  return ['cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved'].map((k) => t[at(k)]!);
}

let n = 0;
const titled = (lines: readonly string[], title = TITLE) => file(`titled-${n++}.csv`, [...title, ...lines]);

describe('a 2025 table with a section of 2024: refused at the section, both years named', () => {
  test('sec3 (the report): "II | Cục THADS tỉnh Hà Tĩnh (năm 2024)" below "(năm 2025)": SECOND_TABLE at line 7, not 1.170 / 880', () => {
    refused(run(titled(table('Cục THADS tỉnh Hà Tĩnh (năm 2025)', 'Cục THADS tỉnh Hà Tĩnh (năm 2024)'))), 7, 'Cục THADS tỉnh Hà Tĩnh (năm 2024)', 2024, 2025);
  });

  test('section I without a year, section II "(năm 2024)", "(2024)", "- 2024", "(niên độ 2023-2024)"', () => {
    for (const note of ['(năm 2024)', '(2024)', '- 2024', '(niên độ 2023-2024)']) {
      refused(run(titled(table('Cục THADS tỉnh Hà Tĩnh', `Cục THADS tỉnh Hà Tĩnh ${note}`))), 7, `Cục THADS tỉnh Hà Tĩnh ${note}`, 2024, 2025);
    }
  });

  test('a bare year section "II | Năm 2024", and "B | SỐ LIỆU NĂM 2024" below "A | SỐ LIỆU NĂM 2025"', () => {
    refused(run(titled(table('Năm 2025', 'Năm 2024'))), 7, 'Năm 2024', 2024, 2025);
    refused(run(titled(table('SỐ LIỆU NĂM 2025', 'SỐ LIỆU NĂM 2024', 'A', 'B'))), 7, 'SỐ LIỆU NĂM 2024', 2024, 2025);
  });

  test('the section number in the name cell: "II. Cục THADS tỉnh Hà Tĩnh (năm 2024)"', () => {
    refused(run(titled(table('I. Cục THADS tỉnh Hà Tĩnh (năm 2025)', 'II. Cục THADS tỉnh Hà Tĩnh (năm 2024)', '', ''))), 7, 'II. Cục THADS tỉnh Hà Tĩnh (năm 2024)', 2024, 2025);
  });

  test('the title states no year, the file\'s name does ("Ha Tinh 2025.csv"): section II "(năm 2024)" refused', () => {
    refused(run(file('named/Ha Tinh 2025.csv', [...TITLE_NO_YEAR, ...table('Cục THADS tỉnh Hà Tĩnh', 'Cục THADS tỉnh Hà Tĩnh (năm 2024)')])), 7, 'Cục THADS tỉnh Hà Tĩnh (năm 2024)', 2024, 2025);
  });

  test('no year known anywhere, sections of 2025 and 2024: refused at section II', () => {
    refused(run(titled(table('Cục THADS tỉnh Hà Tĩnh (năm 2025)', 'Cục THADS tỉnh Hà Tĩnh (năm 2024)'), TITLE_NO_YEAR)), 7, 'Cục THADS tỉnh Hà Tĩnh (năm 2024)', 2024, null);
  });

  test('plain CSV (byte scanner first), no title: both readers agree, refused at line 5 (the year by the file\'s name, or by section I)', async () => {
    refused(run(file('plain/l 2025.csv', table('Cục THADS tỉnh Hà Tĩnh', 'Cục THADS tỉnh Hà Tĩnh (năm 2024)'))), 5, 'Cục THADS tỉnh Hà Tĩnh (năm 2024)', 2024, 2025);
    refused(run(file('plain/k.csv', table('Cục THADS tỉnh Hà Tĩnh (năm 2025)', 'Cục THADS tỉnh Hà Tĩnh (năm 2024)'))), 5, 'Cục THADS tỉnh Hà Tĩnh (năm 2024)', 2024, null);
    const r = await both('Ha Tinh 2025.csv', table('Cục THADS tỉnh Hà Tĩnh', 'Cục THADS tỉnh Hà Tĩnh (năm 2024)'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/FILE:5:2: error: "Cục THADS tỉnh Hà Tĩnh \(năm 2024\)" names the year 2024, and the report's is 2025.*\[SECOND_TABLE\]/);
  });

  test('xlsx twin (sections as =SUM): refused at row 7', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const l of TITLE) ws.addRow([l]);
    ws.addRow(HEADER.split(','));
    const cols = ['C', 'D', 'E', 'F', 'G', 'H'];
    const sum = (c: string, from: number, result: number) => ({ formula: `SUM(${c}${from}:${c}${from + 1})`, result });
    ws.addRow(['I', 'Cục THADS tỉnh Hà Tĩnh (năm 2025)', ...cols.map((c, i) => sum(c, 5, [800, 600, 450, 80000.5, 60000.5, 40000.5][i]!))]);
    ws.addRow([1, 'Văn phòng Cục', 500, 400, 300, 50000.5, 40000.5, 30000.5]);
    ws.addRow([2, 'Chi cục THADS huyện Kỳ Anh', 300, 200, 150, 30000, 20000, 10000]);
    ws.addRow(['II', 'Cục THADS tỉnh Hà Tĩnh (năm 2024)', ...cols.map((c, i) => sum(c, 8, [730, 570, 430, 73000, 57000, 37000][i]!))]);
    ws.addRow([1, 'Văn phòng Cục', 450, 380, 290, 45000, 38000, 28000]);
    ws.addRow([2, 'Chi cục THADS huyện Kỳ Anh', 280, 190, 140, 28000, 19000, 9000]);
    const path = join(dir, 'sec3.xlsx');
    await wb.xlsx.writeFile(path);
    const r = run(path);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/"Cục THADS tỉnh Hà Tĩnh \(năm 2024\)" names the year 2024, and the report's is 2025.*\[SECOND_TABLE\]/);
    expect(r.stderr).toMatch(/sec3\.xlsx:Sheet1!B7: error:/);
  });
});

describe('controls: read as before', () => {
  test('a 2025 table whose one section states 2025: 800 / 600 / 450, 75.00 %; money 60.000,5 / 40.000,5 nghìn, exit 0', () => {
    const r = run(titled([HEADER, 'I,Cục THADS tỉnh Hà Tĩnh (năm 2025),800,600,450,"80.000,5","60.000,5","40.000,5"', ...SEC_2025]));
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/error/);
    expect(total(r.stdout)).toEqual(['800', '600', '450', '75.00', '60000500', '40000500']);
  });

  test('no year known, one section stating 2024 alone: 730 / 570 / 430, exit 0', () => {
    const rows = [
      'I,Cục THADS tỉnh Hà Tĩnh (năm 2024),730,570,430,"73.000,5","57.000,5","37.000,5"',
      '1,Văn phòng Cục,450,380,290,"45.000,5","38.000,5","28.000,5"',
      '2,Chi cục THADS huyện Kỳ Anh,280,190,140,"28.000","19.000","9.000"',
    ];
    const r = run(titled([HEADER, ...rows], TITLE_NO_YEAR));
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/error/);
    // 430 / 570 = 75.438… %; 57.000,5 / 37.000,5 nghìn đồng
    expect(total(r.stdout)).toEqual(['730', '570', '430', '75.44', '57000500', '37000500']);
  });

  test('a by-year table (year column) whose sections state their rows\' years, --year 2025: 2025\'s 800 / 600 / 450', () => {
    const lines = [
      'Năm,TT,Đơn vị,Tổng số việc thụ lý,Số việc có điều kiện,Số việc giải quyết xong',
      '2024,I,Cục THADS tỉnh Hà Tĩnh (năm 2024),730,570,430',
      '2024,1,Văn phòng Cục,450,380,290',
      '2024,2,Chi cục THADS huyện Kỳ Anh,280,190,140',
      '2025,II,Cục THADS tỉnh Hà Tĩnh (năm 2025),800,600,450',
      '2025,1,Văn phòng Cục,500,400,300',
      '2025,2,Chi cục THADS huyện Kỳ Anh,300,200,150',
    ];
    const path = file('byyear/ha-tinh-viec.csv', lines);
    const r = spawnThads(['summarize', path, '--format', 'csv', '--year', '2025'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/error/);
    const [head, ...rows] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const t = rows.find((row) => row[head!.indexOf('district')] === 'TOTAL')!;
    expect(['cases_total', 'cases_with_conditions', 'cases_resolved'].map((k) => t[head!.indexOf(k)])).toEqual(['800', '600', '450']);
  });

  test('"(Cùng kỳ năm 2024)" beside the section\'s name, and "Cùng kỳ năm trước": refused NOT_AN_OFFICE as before', () => {
    for (const second of ['Cục THADS tỉnh Hà Tĩnh (Cùng kỳ năm 2024)', 'Cùng kỳ năm trước']) {
      const r = run(titled(table('Cục THADS tỉnh Hà Tĩnh', second)));
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/:7:2: error: .*\[NOT_AN_OFFICE\]/);
      // following the hint must not leave the section's rows to be added (they would be, with a warning only)
      expect(r.stderr).toMatch(/hint: .*delete the row .*if it heads rows of another period or a comparison, delete those rows too/);
    }
  });
});
