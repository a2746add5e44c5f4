// File names that lost their period or made a resend a second office (findings work74a 03, 04, 05):
// a downloaded tab's workbook stating the period, its tab the year ("Mỹ Lộc 6 tháng.xlsx - 2019.csv");
// a day the period ends on after "đến" / "tính đến" / "số liệu đến" ("Mỹ Lộc 6 tháng (số liệu đến
// 31.3.2019) - sửa.csv"); a year-end report's "BC năm" without its year ("Mỹ Lộc - BC năm (gửi
// 05.11.2019).csv"). Each is read as its office and period; beside its first sending, DUPLICATE_INPUT.
import { describe, expect, it } from 'vitest';
import { officeFromFileName, periodOfFileName } from '../../src/input/file-names.js';
import { fileTree } from '../helpers/file-tree.js';
import { bothOnFiles, summarizeCsvRows } from '../helpers/both-readers.js';

// per-office exports without a title or an office column: the file name is the office
const HEADER = 'Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const report = (cases: number, resolved: number, money: string, paid: string) => [HEADER, `${cases},${resolved},${money},${paid}`];
const myLocHalf = report(412, 203, '10500000000', '3100000000');
const myLocHalfFirst = report(412, 200, '10500000000', '3000000000');
const vuBanHalf = report(530, 300, '12750000000', '4400000000');
const myLoc2018 = report(812, 601, '21000000000', '9000000000');
const myLocYear = report(412, 380, '10500000000', '6200000000');
const myLocYearResend = report(412, 383, '10500000000', '6250000000');
const vuBanYear = report(530, 441, '12750000000', '7400000000');
const totals = (r: { rows: Record<string, string>[] }) =>
  r.rows.map((x) => [x.district, x.year, x.cases_with_conditions, x.cases_resolved, x.cases_rate, x.money_with_conditions, x.money_resolved, x.money_rate]);

describe('the office and period of such names', () => {
  it.each([
    // 03: the workbook's period words, the tab's year
    ['Mỹ Lộc 6 tháng.xlsx - 2019.csv', 'Mỹ Lộc', '2019-03-31'],
    ['Mỹ Lộc 6T.xlsx - 2019.csv', 'Mỹ Lộc', '2019-03-31'],
    ['Mỹ Lộc 6 tháng.xlsx - Năm 2019.csv', 'Mỹ Lộc', '2019-03-31'],
    ['Mỹ Lộc 9 tháng.xlsx - 2019.csv', 'Mỹ Lộc', '2019-06-30'],
    // 04: a day the period ends on, after its bound's words
    ['Mỹ Lộc 6 tháng (số liệu đến 31.3.2019) - sửa.csv', 'Mỹ Lộc', '2019-03-31'],
    ['Mỹ Lộc 6 tháng đến 31.3.2019.csv', 'Mỹ Lộc', '2019-03-31'],
    ['Mỹ Lộc (đến 31.03.2019).csv', 'Mỹ Lộc', '2019-03-31'],
    ['Mỹ Lộc tính đến 31.3.2019.csv', 'Mỹ Lộc', '2019-03-31'],
    ['Mỹ Lộc tính đến 30.9.2019.csv', 'Mỹ Lộc', '2019-09-30'],
    ['Mỹ Lộc đến ngày 31.3.2019.csv', 'Mỹ Lộc', '2019-03-31'],
    ['Mỹ Lộc tính đến ngày 31 tháng 3 năm 2019.csv', 'Mỹ Lộc', '2019-03-31'],
    ['My Loc tinh den 31-3-2019.csv', 'My Loc', '2019-03-31'],
    ['My Loc so lieu den 31.3.2019.csv', 'My Loc', '2019-03-31'],
    ['MỸ LỘC TÍNH ĐẾN 31.3.2019.csv', 'MỸ LỘC', '2019-03-31'],
    ['Mỹ Lộc as of 31.3.2019.csv', 'Mỹ Lộc', '2019-03-31'],
    // as before: a year-end day in whole brackets
    ['Mỹ Lộc (đến 30.09.2019).csv', 'Mỹ Lộc', '2019-09-30'],
    // over-reach: an office's number before "đến" stays its own
    ['Quận 3 đến 31.3.2019.csv', 'Quận 3', '2019-03-31'],
    // control: the plain name, read as before
    ['Mỹ Lộc 6 tháng 2019.csv', 'Mỹ Lộc', '2019-03-31'],
  ])('%s → %s, the period to %s', (file, office, end) => {
    expect(officeFromFileName(file)).toBe(office);
    expect(periodOfFileName(file).end).toBe(end);
  });

  it.each([
    // 05: "BC năm" ending the name or a part of it: report words
    ['Mỹ Lộc - BC năm (gửi 05.11.2019).csv', 'Mỹ Lộc'],
    ['Mỹ Lộc BC năm ngày 05.11.2019.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc - báo cáo năm - 05.11.2019.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc BC năm 05.10.2019.csv', 'Mỹ Lộc'],
    ['My Loc - BC nam (gui 05.11.2019).csv', 'My Loc'],
    ['BC năm - Mỹ Lộc (gửi 05.11.2019).csv', 'Mỹ Lộc'],
    // over-reach: an office named Năm Căn, Ngã Năm keeps its "Năm"
    ['Năm Căn 2019.csv', 'Năm Căn'],
    ['BC Năm Căn 2019.csv', 'Năm Căn'],
    ['BC Năm Căn.csv', 'Năm Căn'],
    ['Ngã Năm - BC năm 2019.csv', 'Ngã Năm'],
    // control: a tab of an office's own workbook of the year
    ['Mỹ Lộc 2019.xlsx - 2019.csv', 'Mỹ Lộc'],
    // control: a part of a year the period reader does not date stays in sight, as before
    ['Mỹ Lộc 2019 (số liệu đến 31.8).csv', 'Mỹ Lộc (số liệu đến 31.8)'],
    ['Mỹ Lộc (số liệu đến 31.8).csv', 'Mỹ Lộc (số liệu đến 31.8)'],
  ])('%s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });

  // a year's name states no bound: the whole statistics year, as before
  it.each(['Mỹ Lộc 2019.xlsx - 2019.csv', 'Năm Căn 2019.csv', 'Mỹ Lộc 2019.csv'])('%s states no bound', (file) => {
    expect(periodOfFileName(file)).toEqual({ start: null, end: null });
  });
});

describe('03: a six months\' workbook\'s tab of 2019 is six months (both readers)', () => {
  const { dir, write } = fileTree('thads-fnames3-03-');

  it('against last year\'s year-end: no change is computed, PERIODS_DIFFER; 203/412 = 49,27 %, 3,1/10,5 tỷ = 29,52 %', async () => {
    const [file, previous] = write({ 'a/Mỹ Lộc 6 tháng.xlsx - 2019.csv': myLocHalf, 'a/Mỹ Lộc 2018.csv': myLoc2018 });
    const r = await summarizeCsvRows(dir, [file!], ['--previous', previous!]);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(
      "thads: warning: no change on last year is computed: the input's period ends on 31/3/2019, the previous files' on 30/9/2018, not on the same day of the year [PERIODS_DIFFER]",
    );
    const myLoc = r.rows.find((x) => x.district === 'Mỹ Lộc')!;
    expect([myLoc.cases_rate, myLoc.cases_rate_change, myLoc.money_rate, myLoc.money_rate_change]).toEqual(['49.27', '', '29.52', '']);
  });

  it('beside Vụ Bản\'s year-end: MIXED_PERIODS, exit 2, nothing printed', async () => {
    const r = await bothOnFiles(`${dir}/b`, { 'Mỹ Lộc 6 tháng.xlsx - 2019.csv': myLocHalf, 'Vụ Bản 2019.csv': vuBanYear }, ['--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(
      'thads: error: the input holds reports of one year whose periods end on different days (31/3/2019, 30/9/2019), which are never added together [MIXED_PERIODS]',
    );
  });

  it('control: "Mỹ Lộc 2019.xlsx - 2019.csv" beside "Vụ Bản 2019.csv" is a year: 412 + 530 = 942, 380 + 441 = 821 → 87,15 %; 10,5 + 12,75 = 23,25 tỷ, 6,2 + 7,4 = 13,6 tỷ → 58,49 %', async () => {
    const files = write({ 'c/Mỹ Lộc 2019.xlsx - 2019.csv': myLocYear, 'c/Vụ Bản 2019.csv': vuBanYear });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    // 380/412 = 92,23 %; 441/530 = 83,21 %; 6,2/10,5 = 59,05 %; 7,4/12,75 = 58,04 %; 13,6/23,25 = 58,49 %
    expect(totals(r)).toEqual([
      ['Mỹ Lộc', '2019', '412', '380', '92.23', '10500000000', '6200000000', '59.05'],
      ['Vụ Bản', '2019', '530', '441', '83.21', '12750000000', '7400000000', '58.04'],
      ['TOTAL', '2019', '942', '821', '87.15', '23250000000', '13600000000', '58.49'],
    ]);
  });
});

describe('04: a day the period ends on names no office (both readers)', () => {
  const { dir, write } = fileTree('thads-fnames3-04-');

  it('the corrected resend beside "Mỹ Lộc 6 tháng 2019.csv": DUPLICATE_INPUT naming both, exit 1', async () => {
    const r = await bothOnFiles(`${dir}/a`, {
      'Mỹ Lộc 6 tháng (số liệu đến 31.3.2019) - sửa.csv': myLocHalf,
      'Mỹ Lộc 6 tháng 2019.csv': myLocHalfFirst,
      'Vụ Bản 6 tháng 2019.csv': vuBanHalf,
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(
      'Mỹ Lộc 6 tháng 2019.csv:2: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc 6 tháng (số liệu đến 31.3.2019) - sửa.csv:2 already gave them (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]',
    );
  });

  it.each([
    ['Mỹ Lộc 6 tháng 2019.csv', 'Mỹ Lộc 6 tháng đến 31.3.2019.csv'],
    ['Mỹ Lộc 6 tháng 2019.csv', 'Mỹ Lộc (đến 31.03.2019).csv'],
    ['Mỹ Lộc 6 tháng 2019.csv', 'Mỹ Lộc tính đến 31.3.2019.csv'],
    ['Mỹ Lộc 2019.csv', 'Mỹ Lộc tính đến 30.9.2019.csv'],
  ])('%s then %s: DUPLICATE_INPUT, exit 1', async (first, resend) => {
    const half = first.includes('6 tháng');
    const r = await bothOnFiles(`${dir}/${resend}-dir`, { [first]: half ? myLocHalfFirst : myLocYear, [resend]: half ? myLocHalf : myLocYearResend }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const line = r.stderr.split('\n')[0]!;
    expect(line.startsWith(`${resend}:2: error: cases of "Mỹ Lộc" (2019) are given again: ${first}:2 already gave them`)).toBe(true);
    expect(line.endsWith('[DUPLICATE_INPUT]')).toBe(true);
  });

  it('the corrected resend alone beside Vụ Bản\'s six months: 412 + 530 = 942, 203 + 300 = 503 → 53,40 %; 10,5 + 12,75 = 23,25 tỷ, 3,1 + 4,4 = 7,5 tỷ → 32,26 %', async () => {
    const files = write({ 'b/Mỹ Lộc 6 tháng (số liệu đến 31.3.2019) - sửa.csv': myLocHalf, 'b/Vụ Bản 6 tháng 2019.csv': vuBanHalf });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    // 203/412 = 49,27 %; 300/530 = 56,60 %; 3,1/10,5 = 29,52 %; 4,4/12,75 = 34,51 %
    expect(totals(r)).toEqual([
      ['Mỹ Lộc', '2019', '412', '203', '49.27', '10500000000', '3100000000', '29.52'],
      ['Vụ Bản', '2019', '530', '300', '56.60', '12750000000', '4400000000', '34.51'],
      ['TOTAL', '2019', '942', '503', '53.40', '23250000000', '7500000000', '32.26'],
    ]);
  });

  it('control: "Mỹ Lộc 6 tháng 2019.csv" beside "Vụ Bản 6 tháng 2019.csv": 942, 200 + 300 = 500 → 53,08 %; 23,25 tỷ, 3 + 4,4 = 7,4 tỷ → 31,83 %', async () => {
    const files = write({ 'c/Mỹ Lộc 6 tháng 2019.csv': myLocHalfFirst, 'c/Vụ Bản 6 tháng 2019.csv': vuBanHalf });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    // 200/412 = 48,54 %; 3/10,5 = 28,57 %; 500/942 = 53,08 %; 7,4/23,25 = 31,83 %
    expect(totals(r)).toEqual([
      ['Mỹ Lộc', '2019', '412', '200', '48.54', '10500000000', '3000000000', '28.57'],
      ['Vụ Bản', '2019', '530', '300', '56.60', '12750000000', '4400000000', '34.51'],
      ['TOTAL', '2019', '942', '500', '53.08', '23250000000', '7400000000', '31.83'],
    ]);
  });
});

describe('05: "BC năm" is a report\'s words (both readers)', () => {
  const { dir, write } = fileTree('thads-fnames3-05-');

  it('the resend beside "Mỹ Lộc 2019.csv": DUPLICATE_INPUT naming both, exit 1', async () => {
    const r = await bothOnFiles(`${dir}/a`, {
      'Mỹ Lộc - BC năm (gửi 05.11.2019).csv': myLocYearResend,
      'Mỹ Lộc 2019.csv': myLocYear,
      'Vụ Bản 2019.csv': vuBanYear,
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(
      'Mỹ Lộc 2019.csv:2: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc - BC năm (gửi 05.11.2019).csv:2 already gave them (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]',
    );
  });

  it('the resend alone beside Vụ Bản: 942, 383 + 441 = 824 → 87,47 %; 23,25 tỷ, 6,25 + 7,4 = 13,65 tỷ → 58,71 %', async () => {
    const files = write({ 'b/Mỹ Lộc - BC năm (gửi 05.11.2019).csv': myLocYearResend, 'b/Vụ Bản 2019.csv': vuBanYear });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    // 383/412 = 92,96 %; 6,25/10,5 = 59,52 %
    expect(totals(r)).toEqual([
      ['Mỹ Lộc', '2019', '412', '383', '92.96', '10500000000', '6250000000', '59.52'],
      ['Vụ Bản', '2019', '530', '441', '83.21', '12750000000', '7400000000', '58.04'],
      ['TOTAL', '2019', '942', '824', '87.47', '23250000000', '13650000000', '58.71'],
    ]);
  });

  it('over-reach: "Năm Căn 2019.csv" beside "Mỹ Lộc 2019.csv" are two offices: 530 + 412 = 942, 441 + 380 = 821 → 87,15 %', async () => {
    const files = write({ 'c/Năm Căn 2019.csv': vuBanYear, 'c/Mỹ Lộc 2019.csv': myLocYear });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(totals(r).map((row) => row.slice(0, 5))).toEqual([
      ['Năm Căn', '2019', '530', '441', '83.21'],
      ['Mỹ Lộc', '2019', '412', '380', '92.23'],
      ['TOTAL', '2019', '942', '821', '87.15'],
    ]);
  });
});
