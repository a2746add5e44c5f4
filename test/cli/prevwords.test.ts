// The words that name what a change is on, when none is computed (session 42, point 3).
// 1. A half-year of 2026 given 2024's whole year with --previous: PERIODS_DIFFER said "no change on
//    last year is computed" — 2024 is not last year (2025). Now "no change on 2024 is computed";
//    with 2025's files it still says "last year".
// 2. The Excel CSV heads its change columns even when they are empty. A half-year's heads said "So
//    với năm trước" (on the whole year before) whether or not --previous was given: a half-year's
//    change is on the same period ("So với cùng kỳ năm trước"), and beside 2024's files on 2024's
//    ("So với cùng kỳ năm 2024"), as the computed columns already say. A year-end report without
//    --previous keeps "So với năm trước"; one given 2024's year keeps "So với năm 2024" (controls).
// Figures: 2026's half-year 300, 250, 100 (40,00 %); its year 600, 500, 400 (80,00 %); 2024's year
// 500, 400, 280 (70,00 %): 600 − 500 = +100, 80,00 − 70,00 = +10,00.
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-prevwords-');
const report = (period: string, row: string) => [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC,,,,',
  `${period},,,,`,
  'STT,Tên đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong',
  `1,Phòng THADS khu vực 1,${row}`,
];
const HALF_2026 = file('h2026.csv', report('6 tháng đầu năm 2026', '300,250,100'));
const YEAR_2026 = file('y2026.csv', report('Năm 2026', '600,500,400'));
const YEAR_2024 = file('y2024.csv', report('Năm 2024', '500,400,280'));
const YEAR_2025 = file('y2025.csv', report('Năm 2025', '550,450,300'));

const run = (args: readonly string[]) => {
  const r = spawnThads(['summarize', ...args], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
};
/** The Excel CSV's change column heads (";"-separated, after its BOM). */
const changeHeads = (stdout: string) => stdout.replace(/^\uFEFF(?:(?:Từ|From) [^\r\n]*\r\n)?/u, '').split('\r\n')[0]!.split(';').filter((h) => h.startsWith('So với'));
const heads = (lead: string) => [
  `${lead}: việc thụ lý tăng/giảm`,
  `${lead}: tỷ lệ việc tăng/giảm (%)`,
  `${lead}: tiền thụ lý tăng/giảm (đồng)`,
  `${lead}: tỷ lệ tiền tăng/giảm (%)`,
];
const EXCEL = ['--format', 'csv', '--excel', '--lang', 'vi'];

describe('PERIODS_DIFFER names the year it did not compare with', () => {
  it('a half-year of 2026 against 2024\'s year: "no change on 2024 is computed" (was "on last year")', () => {
    const r = run([HALF_2026, '--previous', YEAR_2024, ...EXCEL]);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['PERIODS_DIFFER']);
    expect(r.stderr).toContain('warning: no change on 2024 is computed: the input\'s period ends on 31/3/2026, the previous files\' on 30/9/2024');
    expect(r.stderr).not.toContain('last year is computed');
    // its empty change columns: on 2024's same period (was "So với năm trước")
    expect(changeHeads(r.stdout)).toEqual(heads('So với cùng kỳ năm 2024'));
  });

  it('control: against 2025\'s year it is last year', () => {
    const r = run([HALF_2026, '--previous', YEAR_2025, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['PERIODS_DIFFER']);
    expect(r.stderr).toContain('warning: no change on last year is computed: the input\'s period ends on 31/3/2026, the previous files\' on 30/9/2025');
  });
});

describe('the Excel CSV\'s change heads when no change is computed', () => {
  it('a half-year without --previous: "So với cùng kỳ năm trước" (was "So với năm trước")', () => {
    const r = run([HALF_2026, ...EXCEL]);
    expect(r.code, r.stderr).toBe(0);
    expect(changeHeads(r.stdout)).toEqual(heads('So với cùng kỳ năm trước'));
  });

  it('control: a year-end report without --previous keeps "So với năm trước"', () => {
    const r = run([YEAR_2026, ...EXCEL]);
    expect(r.code, r.stderr).toBe(0);
    expect(changeHeads(r.stdout)).toEqual(heads('So với năm trước'));
  });

  it('control: a year-end report against 2024\'s year: "So với năm 2024", +100 việc, +10,00 pp', () => {
    const r = run([YEAR_2026, '--previous', YEAR_2024, ...EXCEL]);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['PREVIOUS_YEAR_GAP']);
    expect(changeHeads(r.stdout)).toEqual(heads('So với năm 2024'));
    const [head, row] = r.stdout.replace(/^\uFEFF(?:(?:Từ|From) [^\r\n]*\r\n)?/u, '').split('\r\n').map((l) => l.split(';'));
    expect([row![head!.indexOf(heads('So với năm 2024')[0]!)], row![head!.indexOf(heads('So với năm 2024')[1]!)]]).toEqual(['100', '10,00']);
  });

  it('thads reads its own half-year Excel CSV back: "So với cùng kỳ năm trước" is no unknown column', () => {
    const own = file('own-h2026.csv', run([HALF_2026, ...EXCEL]).stdout.replace(/^\uFEFF/u, '').split('\r\n').filter(Boolean));
    const r = run([own, '--year', '2026', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).not.toContain('UNKNOWN_COLUMN');
  });
});
