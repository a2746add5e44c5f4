// A negative figure between −1900 and −2099 taken for a year (round 69c, finding 02): thads' own
// by-province output with a cases_above_target of −1979 (a shortfall against the target), a
// cases_total_change of −2001, or a Cục table whose "Tăng/giảm so với cùng kỳ" holds −2003, was
// refused PERIOD_COLUMN ("holds the year 1979"), as input and as --previous. No year is negative:
// "-1979", "−2003" (U+2212), "(2003)", a workbook's −1979 are figures. Under a header naming the
// rows' period ("Thời gian") and for positive year-like cells nothing changes. Totals by hand.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { isNegativeFigure } from '../../src/input/numbers.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothOnFiles, bothReaders } from '../helpers/both-readers.js';

const { dir, write, both } = bothReaders('thads-negyear-', ['--measure', 'cases', '--format', 'csv']);

/** district, with conditions, resolved, rate — of each CSV output row */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[9], c[18], c[20]].join(' ');
  });
}
const HEADER = 'Tỉnh,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong,Tăng/giảm so với cùng kỳ';
const cuc = (change: string) => [HEADER, `Gia Lai,TP Pleiku,9000,7000,6000,${change}`, 'Gia Lai,Chư Păh,5000,4000,3500,120'];
// TP Pleiku 6000/7000 = 85.714 % → 85.71; Chư Păh 3500/4000 = 87.50 %; total 9500/11000 = 86.364 % → 86.36
const READ = ['TP Pleiku 7000 6000 85.71', 'Chư Păh 4000 3500 87.50', 'TOTAL 11000 9500 86.36'];
const SET_ASIDE = 'FILE:1:6: warning: column "Tăng/giảm so với cùng kỳ" names a period or a plan ("Tăng/giảm so với cùng kỳ"), not the report\'s own figures, and is ignored [UNKNOWN_COLUMN]';
const TAIL = ': thads reads a year only from a column named "Năm", --year or the file name, never from that column, and ';

describe('isNegativeFigure: a sign and a figure, nothing else', () => {
  it.each(['-1979', '−2003', '– 2003', '(2003)', '( 1.979 )', '-2.003', '-2 003', '-1979,5'])('%s is a negative figure', (text) => {
    expect(isNegativeFigure(text)).toBe(true);
  });
  it.each(['2003', '2018-2019', '-2018-2019', '- Năm 2018', '(Năm 2018)', '-', 'Q4-2018', '-x', '()'])('%s is none', (text) => {
    expect(isNegativeFigure(text)).toBe(false);
  });
});

describe('a Cục table whose change column holds a negative year-like figure reads', () => {
  it.each(['-2003', '−2003', '(2003)', '-2.003', '-1979', '-1900', '-2099', '-2018'])('"%s" under "Tăng/giảm so với cùng kỳ": set aside, the offices read', async (change) => {
    const r = await both('Báo cáo 2024.csv', cuc(change));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(r.stderr).toContain(SET_ASIDE);
    expect(r.stderr).not.toContain('PERIOD_COLUMN');
  });

  it('−1500, which was never a year, reads the same (control)', async () => {
    const r = await both('Báo cáo 2024.csv', cuc('-1500'));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });
});

// thads' own by-province output of 2023 (target 82,5 %), written by hand; its computed columns are recomputed.
const OWN_HEADER =
  'province,district,year,cases_carried_over,cases_new,cases_total,cases_delegated,cases_withdrawn,cases_to_execute,cases_with_conditions,cases_completed,cases_terminated,cases_in_progress,cases_postponed,cases_suspended,cases_other,cases_without_conditions,cases_deferred,cases_resolved,cases_carried_forward,cases_rate,cases_target,cases_gap_pp,cases_required,cases_above_target,cases_met,cases_rank,cases_rank_of,cases_total_change,cases_rate_change,money_carried_over,money_new,money_total,money_delegated,money_withdrawn,money_to_execute,money_with_conditions,money_completed,money_terminated,money_reduced,money_in_progress,money_postponed,money_suspended,money_other,money_without_conditions,money_deferred,money_resolved,money_carried_forward,money_rate,money_target,money_gap_pp,money_required,money_above_target,money_met,money_rank,money_rank_of,money_total_change,money_rate_change';
const NO_MONEY = ','.repeat(29);
// Nam Định: required ⌈10000 × 82,5 %⌉ = 8250, resolved 6271 → above target 6271 − 8250 = −1979
const OWN_2023 = [
  OWN_HEADER,
  `Nam Định,,2023,,,12000,,,,10000,,,,,,,,,6271,,62.71,82.5,-19.79,8250,-1979,false,2,2,,,${NO_MONEY}`,
  `Gia Lai,,2023,,,6000,,,,5000,,,,,,,,,4500,,90.00,82.5,7.50,4125,375,true,1,2,-2001,,${NO_MONEY}`,
  `,TOTAL,2023,,,18000,,,,15000,,,,,,,,,10771,,71.81,82.5,-10.69,12375,-1604,false,,,,,${NO_MONEY}`,
];

/** province, total, with conditions, resolved, rate, total change, rate change — of each CSV output row */
function changes(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[0] || c[1], c[5], c[9], c[18], c[20], c[28], c[29]].join(' ');
  });
}

describe("thads' own output with −1979 and −2001 in computed columns", () => {
  it('read back as input', async () => {
    const r = await both('own-2023.csv', OWN_2023, ['--by', 'province', '--format', 'csv']);
    expect(r.stderr).not.toContain('PERIOD_COLUMN');
    expect(r.code).toBe(0);
    // Nam Định 6271/10000 = 62.71 %; Gia Lai 4500/5000 = 90.00 %; total 10771/15000 = 71.807 % → 71.81
    expect(changes(r.stdout)).toEqual(['Nam Định 12000 10000 6271 62.71  ', 'Gia Lai 6000 5000 4500 90.00  ', 'TOTAL 18000 15000 10771 71.81  ']);
  });

  it('as --previous of 2024', async () => {
    const nowDir = mkdtempSync(join(tmpdir(), 'thads-negyear-now-'));
    afterAll(() => rmSync(nowDir, { recursive: true, force: true }));
    const now = ['Tỉnh,Tổng số thụ lý,Có điều kiện,Giải quyết xong', 'Nam Định,13000,11000,8000', 'Gia Lai,7000,6000,5000'];
    const r = await bothOnFiles(nowDir, { 'bao-cao-2024.csv': now }, ['--measure', 'cases', '--by', 'province', '--previous', write('own-2023.csv', OWN_2023), '--format', 'csv']);
    expect(r.stderr).not.toContain('PERIOD_COLUMN');
    expect(r.code).toBe(0);
    // Nam Định 13000 − 12000 = 1000; 8000/11000 = 72.727 % − 62.71 % = 10.017 → 10.02
    // Gia Lai 7000 − 6000 = 1000; 5000/6000 = 83.333 % − 90.00 % = −6.667 → −6.67
    // total 20000 − 18000 = 2000; 13000/17000 = 76.471 % − 10771/15000 = 71.807 % → 4.664 → 4.66
    expect(changes(r.stdout)).toEqual(['Nam Định 13000 11000 8000 72.73 1000 10.02', 'Gia Lai 7000 6000 5000 83.33 1000 -6.67', 'TOTAL 20000 17000 13000 76.47 2000 4.66']);
  });
});

describe('a workbook whose change column holds −2003 and −1979 as numbers reads', () => {
  it('set aside, the offices read', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(HEADER.split(','));
    ws.addRow(['Gia Lai', 'TP Pleiku', 9000, 7000, 6000, -2003]);
    ws.addRow(['Gia Lai', 'Chư Păh', 5000, 4000, 3500, -1979]);
    const file = join(dir, 'Báo cáo 2024.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--measure', 'cases', '--format', 'csv'], { env: {} });
    const code = await main(io);
    expect(stderr()).not.toContain('PERIOD_COLUMN');
    expect(code).toBe(0);
    expect(rows(stdout())).toEqual(READ);
  });
});

describe('over-reach controls: what looks alike reads as before', () => {
  const NAM = [
    'Tỉnh,Đơn vị,Năm,Có điều kiện,Giải quyết xong,Tăng/giảm so với cùng kỳ',
    'Gia Lai,TP Pleiku,2019,7000,6000,-2003',
    'Gia Lai,Chư Păh,2019,4000,3500,-1979',
    'Gia Lai,TP Pleiku,2018,5000,4000,120',
    'Gia Lai,Chư Păh,2018,3000,2000,-5',
  ];
  it('a real "Năm" column of 2018/2019 is the rows\' year: --year 2019 keeps its rows, none without it', async () => {
    const kept = await both('bao-cao.csv', NAM, ['--measure', 'cases', '--format', 'csv', '--year', '2019']);
    expect(kept.code).toBe(0);
    // 2019 only: 6000/7000 = 85.71 %, 3500/4000 = 87.50 %, 9500/11000 = 86.36 % (2018's 5000/4000 and 3000/2000 left out)
    expect(rows(kept.stdout)).toEqual(READ);
    const mixed = await both('bao-cao.csv', NAM);
    expect(mixed).toMatchObject({ code: 2, stdout: '' });
    expect(mixed.stderr).toContain('thads: error: the input holds figures of several years (2018, 2019), which are never added together [MIXED_YEARS]');
  });

  it('a year range "2017-2018" under "Thời gian" on an office\'s second row is still another year', async () => {
    const r = await both('bao-cao-2019.csv', ['Tỉnh,Đơn vị,Thời gian,Có điều kiện,Giải quyết xong', 'Gia Lai,TP Pleiku,2018-2019,7000,6000', 'Gia Lai,TP Pleiku,2017-2018,4000,3500']);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain(`FILE:3:3: error: "2017-2018" under "Thời gian" says this row of "TP Pleiku" holds the year 2018, not the report's own (2019)${TAIL}it would be added to the office's figures [PERIOD_COLUMN]`);
  });

  it('"-2018" under a header naming the rows\' period ("Thời gian") is still read as a year', async () => {
    const r = await both('bao-cao-2019.csv', ['Tỉnh,Đơn vị,Thời gian,Có điều kiện,Giải quyết xong', 'Gia Lai,TP Pleiku,-2019,7000,6000', 'Gia Lai,Chư Păh,-2018,4000,3500']);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain(`FILE:3:3: error: "-2018" under "Thời gian" says this row of "Chư Păh" holds the year 2018, not the report's own (2019)${TAIL}it would be added to the office's figures [PERIOD_COLUMN]`);
  });

  it('positive year-like counts (1995, 2003): one per office reads, two on one office\'s rows are refused, as before', async () => {
    const H = 'Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong,Ghi chú số việc';
    const read = await both('bao-cao-2024.csv', [H, 'Gia Lai,TP Pleiku,7000,6000,1995', 'Gia Lai,Chư Păh,4000,3500,2003']);
    expect(read.code).toBe(0);
    expect(rows(read.stdout)).toEqual(READ);
    const twice = await both('bao-cao-2024.csv', [H, 'Gia Lai,TP Pleiku,7000,6000,1995', 'Gia Lai,TP Pleiku,4000,3500,2003']);
    expect(twice).toMatchObject({ code: 1, stdout: '' });
    expect(twice.stderr).toContain(`FILE:3:5: error: "2003" under "Ghi chú số việc" names the year 2003, but line 2, a row of the same office "TP Pleiku", names 1995${TAIL}figures of different years are never added together [PERIOD_COLUMN]`);
  });
});
