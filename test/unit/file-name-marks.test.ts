// Per-office file names whose marks made a resend a second office (findings work72a 02, 03, 04): a
// version or correction mark without a year ("Mỹ Lộc (sửa lần 2)", "Vụ Bản - đính chính", "(bản
// đúng)", "(mới nhất)", " new", "(fix)"), Google Sheets' default tab after " - " ("Hải Hậu - Trang
// tính1"), and its download of an uploaded workbook's tab, "<workbook>.xlsx - <tab>.csv", whose tab
// is the office when the workbook names none ("BC 2019.xlsx - Mỹ Lộc.csv"), and only a sheet's name
// when it does ("Mỹ Lộc 2019.xlsx - Số liệu.csv", findings work73a 01, 05); a workbook named by its
// period alone names none ("Năm 2019.xlsx", work74a 01). Beside the first send
// each mark is DUPLICATE_INPUT (exit 1); alone, the office. Names that hold such words as their own keep them.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { officeFromFileName, placeOfFileName } from '../../src/input/file-names.js';
import { fileTree } from '../helpers/file-tree.js';
import { writeCasesWorkbook } from '../helpers/lines-workbook.js';
import { bothOnFiles, runArgs, summarizeCsvRows } from '../helpers/both-readers.js';

// per-office exports without a title or an office column: the file name is the office
const plain = (cases: number, resolved: number) => ['Việc có điều kiện,Việc giải quyết xong', `${cases},${resolved}`];
const titled = (office: string, cases: number, resolved: number) => [`Chi cục THADS huyện ${office}`, ...plain(cases, resolved)];
const cases = (r: { rows: Record<string, string>[] }) => r.rows.map((x) => [x.province, x.district, x.year, x.cases_with_conditions, x.cases_resolved, x.cases_rate]);

describe('officeFromFileName: a resend\'s mark, bracketed or after " - ", is no part of the office', () => {
  it.each([
    // 03: read as second offices before
    'Mỹ Lộc (sửa lần 2).csv',
    'Mỹ Lộc (sửa lần 1).csv',
    'Mỹ Lộc (sửa lần thứ 2).csv',
    'Mỹ Lộc (sửa 2).csv',
    'Mỹ Lộc (SỬA LẦN 2).csv',
    'Mỹ Lộc (sua lan 2).csv',
    'Mỹ Lộc (bản sửa lần 2).csv',
    'Mỹ Lộc - đính chính.csv',
    'Mỹ Lộc (đính chính).csv',
    'Mỹ Lộc (đã đính chính).csv',
    'Mỹ Lộc - ĐÍNH CHÍNH.csv',
    'Mỹ Lộc - dinh chinh.csv',
    'Mỹ Lộc (đính chính lần 2).csv',
    'Mỹ Lộc (bản đúng).csv',
    'Mỹ Lộc - bản đúng.csv',
    'Mỹ Lộc (ban dung).csv',
    'Mỹ Lộc (đúng).csv',
    'Mỹ Lộc (số liệu đúng).csv',
    'Mỹ Lộc (mới nhất).csv',
    'Mỹ Lộc (moi nhat).csv',
    'Mỹ Lộc (bản ký).csv',
    'Mỹ Lộc new.csv',
    'Mỹ Lộc (new).csv',
    'Mỹ Lộc (fix).csv',
    'Mỹ Lộc - fixed.csv',
    'Mỹ Lộc (final v2).csv',
    'Mỹ Lộc (ĐC lần 2).csv',
    // dropped before, still dropped
    'Mỹ Lộc sửa lần 2.csv',
    'Mỹ Lộc - sửa lần 2.csv',
    'Mỹ Lộc (sửa).csv',
    'Mỹ Lộc (đã ký).csv',
    'Mỹ Lộc (chính thức).csv',
    'Mỹ Lộc (final).csv',
    'Mỹ Lộc - updated.csv',
    'Mỹ Lộc v2.csv',
    // 04: Google Sheets' default tab of a sheet made in Drive, without ".xlsx" or a year
    'Mỹ Lộc - Trang tính1.csv',
    'Mỹ Lộc - Trang tính 1.csv',
    'Mỹ Lộc - Trang_tính1.csv',
    'Mỹ Lộc - Trang tinh1.csv',
    'Mỹ Lộc - Sheet1.csv',
    'Mỹ Lộc - Sheet 1.csv',
    'Mỹ Lộc - Sheet2.csv',
    'Mỹ Lộc.xlsx - Sheet1.csv',
    'Mỹ Lộc 2019 - Trang tính1.csv',
    // 02: the tab of an uploaded workbook is the office
    'BC 2019.xlsx - Mỹ Lộc.csv',
    'Nam Định 2019.xlsx - Mỹ Lộc.csv',
    'Cục THADS tỉnh Nam Định 2019.xlsx - Mỹ Lộc.csv',
    'BC 2019.xlsx - Mỹ Lộc (sửa lần 2).csv',
    // a tab that names no office leaves the workbook the office
    'Mỹ Lộc.xlsx - 2019.csv',
    'Mỹ Lộc.xlsx - Việc.csv',
    'Mỹ Lộc.xlsx - 6 tháng.csv',
    'Mỹ Lộc.xlsx - 2019 (sửa).csv',
  ])('%s → Mỹ Lộc', (file) => {
    expect(officeFromFileName(file)).toBe('Mỹ Lộc');
  });

  it('the workbook of a tab download that names a province alone gives the office its province', () => {
    expect(placeOfFileName('Nam Định 2019.xlsx - Mỹ Lộc.csv')).toEqual({ office: 'Mỹ Lộc', province: 'Nam Định' });
    expect(placeOfFileName('BC 2019.xlsx - Mỹ Lộc.csv')).toEqual({ office: 'Mỹ Lộc', province: null });
    expect(placeOfFileName('BC 2019.xlsx - Phòng THADS khu vực 1.csv')).toEqual({ office: 'Phòng THADS khu vực 1', province: null });
  });

  // over-reach: names that hold a mark's word as their own
  it.each([
    ['Mỹ Lộc (cũ) 2019.csv', 'Mỹ Lộc (cũ)'],
    ['Nam Trực (TP).csv', 'Nam Trực (TP)'],
    ['Châu Thành (Tiền Giang).csv', 'Châu Thành (Tiền Giang)'],
    ['Mỹ Lộc - Nam Trực 2019.csv', 'Mỹ Lộc - Nam Trực'],
    ['BC 2019 - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Phường Tân Mới 2019.csv', 'Phường Tân Mới'],
    ['Phú Mới.csv', 'Phú Mới'],
    ['Chợ Mới.csv', 'Chợ Mới'],
    ['Thống Nhất.csv', 'Thống Nhất'],
    ['Tân Kỳ.csv', 'Tân Kỳ'],
    ['Kỳ Anh.csv', 'Kỳ Anh'],
    ['Vụ Bản.csv', 'Vụ Bản'],
    ['Vụ Bản (bản ký).csv', 'Vụ Bản'],
    ['Vụ Bản bản đúng.csv', 'Vụ Bản'],
    // a "bản …" note never takes Vụ Bản's "Bản" (was "Vụ" for these three)
    ['Vụ Bản ký.csv', 'Vụ Bản ký'],
    ['Vụ Bản đúng.csv', 'Vụ Bản đúng'],
    ['Vụ Bản in.csv', 'Vụ Bản in'],
    ['Quận 1 (sửa lần 2).csv', 'Quận 1'],
    ['Đội - 2.csv', 'Đội - 2'],
  ])('%s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });
});

describe('a resend beside its first send is DUPLICATE_INPUT (both readers)', () => {
  const { dir } = fileTree('thads-fname-marks-dup-');

  it('03: "Mỹ Lộc (sửa lần 2).csv" beside "Mỹ Lộc.csv", "Vụ Bản - đính chính.csv" beside "Vụ Bản.csv" (--year 2019): the exact messages, exit 1', async () => {
    const r = await bothOnFiles(`${dir}/f03`, {
      'Mỹ Lộc.csv': plain(560, 470),
      'Mỹ Lộc (sửa lần 2).csv': plain(562, 471),
      'Nam Trực.csv': plain(740, 655),
      'Vụ Bản.csv': plain(612, 540),
      'Vụ Bản - đính chính.csv': plain(615, 541),
    }, ['--year', '2019', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const errors = r.stderr.split('\n').filter((l) => l.includes(': error: '));
    expect(errors).toEqual([
      'Mỹ Lộc (sửa lần 2).csv:2: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc.csv:2 already gave them; figures are never added across files [DUPLICATE_INPUT]',
      'Vụ Bản - đính chính.csv:2: error: cases of "Vụ Bản" (2019) are given again: Vụ Bản.csv:2 already gave them; figures are never added across files [DUPLICATE_INPUT]',
    ]);
  });

  it.each([
    ['Mỹ Lộc (sửa lần 1).csv'],
    ['Mỹ Lộc (bản đúng).csv'],
    ['Mỹ Lộc (mới nhất).csv'],
    ['Mỹ Lộc (bản ký).csv'],
    ['Mỹ Lộc (số liệu đúng).csv'],
    ['Mỹ Lộc new.csv'],
    ['Mỹ Lộc (fix).csv'],
    ['Mỹ Lộc (SỬA LẦN 2).csv'],
    ['Mỹ Lộc - Trang tính1.csv'],
    ['Mỹ Lộc - Sheet1.csv'],
    ['Mỹ Lộc - Trang tính 1.csv'],
    ['Mỹ Lộc - Sheet 1.csv'],
    ['Mỹ Lộc - Trang_tính1.csv'],
  ])('"Mỹ Lộc.csv" then %s (--year 2019): DUPLICATE_INPUT, exit 1', async (resend) => {
    const r = await bothOnFiles(`${dir}/${resend}-dir`, { 'Mỹ Lộc.csv': plain(560, 470), 'Vụ Bản.csv': plain(612, 540), [resend]: plain(562, 471) }, ['--year', '2019', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`${resend}:2: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc.csv:2 already gave them; figures are never added across files [DUPLICATE_INPUT]`);
  });

  it('04: "Hải Hậu - Trang tính1.csv" beside "Hải Hậu.csv" and "Giao Thủy.csv" (--year 2019): DUPLICATE_INPUT, exit 1', async () => {
    const r = await bothOnFiles(`${dir}/f04`, {
      'Giao Thủy.csv': plain(655, 580),
      'Hải Hậu.csv': plain(830, 700),
      'Hải Hậu - Trang tính1.csv': plain(834, 712),
    }, ['--year', '2019', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('Hải Hậu - Trang tính1.csv:2: error: cases of "Hải Hậu" (2019) are given again: Hải Hậu.csv:2 already gave them; figures are never added across files [DUPLICATE_INPUT]');
  });

  it('a title naming the office too: "Mỹ Lộc (sửa lần 2).csv" titled "Chi cục THADS huyện Mỹ Lộc" beside "Mỹ Lộc.csv" so titled is DUPLICATE_INPUT (was OFFICE_NAME_CONFLICT)', async () => {
    const r = await bothOnFiles(`${dir}/titled`, {
      'Mỹ Lộc.csv': titled('Mỹ Lộc', 560, 470),
      'Mỹ Lộc (sửa lần 2).csv': titled('Mỹ Lộc', 562, 471),
    }, ['--year', '2019', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('Mỹ Lộc (sửa lần 2).csv:3: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc.csv:3 already gave them; figures are never added across files [DUPLICATE_INPUT]');
  });
});

describe('alone, the resend is its office (both readers)', () => {
  const { dir, write } = fileTree('thads-fname-marks-alone-');

  it('03: the resends without their first sends (--year 2019): Mỹ Lộc 562/471, Nam Trực 740/655, Vụ Bản 615/541', async () => {
    const files = write({ 'a/Mỹ Lộc (sửa lần 2).csv': plain(562, 471), 'a/Nam Trực.csv': plain(740, 655), 'a/Vụ Bản - đính chính.csv': plain(615, 541) });
    const r = await summarizeCsvRows(dir, files, ['--year', '2019']);
    expect(r.code).toBe(0);
    // 471/562 = 83,81 %; 655/740 = 88,51 %; 541/615 = 87,97 %
    // 562 + 740 + 615 = 1.917; 471 + 655 + 541 = 1.667; 1.667/1.917 = 0,869587… → 86,96 %
    expect(cases(r)).toEqual([
      ['', 'Mỹ Lộc', '2019', '562', '471', '83.81'],
      ['', 'Nam Trực', '2019', '740', '655', '88.51'],
      ['', 'Vụ Bản', '2019', '615', '541', '87.97'],
      ['', 'TOTAL', '2019', '1917', '1667', '86.96'],
    ]);
  });

  it('titled resends alone read under their title\'s office, as the file name now agrees: 1.917 / 1.667 → 86,96 %', async () => {
    const files = write({ 'b/Mỹ Lộc (sửa lần 2).csv': titled('Mỹ Lộc', 562, 471), 'b/Nam Trực.csv': titled('Nam Trực', 740, 655), 'b/Vụ Bản - đính chính.csv': titled('Vụ Bản', 615, 541) });
    const r = await summarizeCsvRows(dir, files, ['--year', '2019']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r).at(-1)).toEqual(['', 'TOTAL', '2019', '1917', '1667', '86.96']);
    expect(cases(r).map((x) => x[1])).toEqual(['Mỹ Lộc', 'Nam Trực', 'Vụ Bản', 'TOTAL']);
  });

  it('04: "Hải Hậu - Trang tính1.csv" beside "Giao Thủy.csv": Hải Hậu 834/712, Giao Thủy 655/580', async () => {
    const files = write({ 'c/Giao Thủy.csv': plain(655, 580), 'c/Hải Hậu - Trang tính1.csv': plain(834, 712) });
    const r = await summarizeCsvRows(dir, files, ['--year', '2019']);
    expect(r.code).toBe(0);
    // 580/655 = 88,55 %; 712/834 = 85,37 %; 655 + 834 = 1.489, 580 + 712 = 1.292 → 1.292/1.489 = 0,86769… → 86,77 %
    expect(cases(r)).toEqual([
      ['', 'Giao Thủy', '2019', '655', '580', '88.55'],
      ['', 'Hải Hậu', '2019', '834', '712', '85.37'],
      ['', 'TOTAL', '2019', '1489', '1292', '86.77'],
    ]);
  });

  it('02a: "BC 2019.xlsx - <office>.csv" tabs are their offices (was OFFICE_UNKNOWN): 1.912 / 1.665 → 87,08 %', async () => {
    const files = write({ 'd/BC 2019.xlsx - Mỹ Lộc.csv': plain(560, 470), 'd/BC 2019.xlsx - Nam Trực.csv': plain(740, 655), 'd/BC 2019.xlsx - Vụ Bản.csv': plain(612, 540) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 470/560 = 83,93 %; 655/740 = 88,51 %; 540/612 = 88,24 %
    // 560 + 740 + 612 = 1.912; 470 + 655 + 540 = 1.665; 1.665/1.912 = 0,870816… → 87,08 %
    expect(cases(r)).toEqual([
      ['', 'Mỹ Lộc', '2019', '560', '470', '83.93'],
      ['', 'Nam Trực', '2019', '740', '655', '88.51'],
      ['', 'Vụ Bản', '2019', '612', '540', '88.24'],
      ['', 'TOTAL', '2019', '1912', '1665', '87.08'],
    ]);
  });

  it('02b: "Nam Định 2019.xlsx - Mỹ Lộc.csv" is Mỹ Lộc of Nam Định (was printed as an office "Nam Định"), the others warned of no province', async () => {
    const files = write({ 'e/Nam Định 2019.xlsx - Mỹ Lộc.csv': plain(560, 470), 'e/Nam Trực 2019.csv': plain(740, 655), 'e/Vụ Bản 2019.csv': plain(612, 540) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('[PROVINCE_UNDECIDED]');
    expect(cases(r)).toEqual([
      ['Nam Định', 'Mỹ Lộc', '2019', '560', '470', '83.93'],
      ['', 'Nam Trực', '2019', '740', '655', '88.51'],
      ['', 'Vụ Bản', '2019', '612', '540', '88.24'],
      ['', 'TOTAL', '2019', '1912', '1665', '87.08'],
    ]);
  });

  it('02b: two tabs of one workbook, "Nam Định 2019.xlsx - Mỹ Lộc" and "… - Nam Trực", are two offices of Nam Định (were one office "Nam Định", refused twice)', async () => {
    const files = write({ 'f/Nam Định 2019.xlsx - Mỹ Lộc.csv': plain(560, 470), 'f/Nam Định 2019.xlsx - Nam Trực.csv': plain(740, 655) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 560 + 740 = 1.300, 470 + 655 = 1.125 → 1.125/1.300 = 0,865384… → 86,54 %
    expect(cases(r)).toEqual([
      ['Nam Định', 'Mỹ Lộc', '2019', '560', '470', '83.93'],
      ['Nam Định', 'Nam Trực', '2019', '740', '655', '88.51'],
      ['', 'TOTAL', '2019', '1300', '1125', '86.54'],
    ]);
  });
});

describe('over-reach: ordinary names that look alike keep reading (both readers)', () => {
  const { dir, write } = fileTree('thads-fname-marks-controls-');

  it('"Mỹ Lộc (cũ) 2019", "Mỹ Lộc 2019", "Nam Trực (TP) 2019", "Phường Tân Mới 2019": four offices, 100 + 200 + 300 + 400 = 1.000, 80 + 150 + 270 + 300 = 800 → 80,00 %', async () => {
    const files = write({
      'a/Mỹ Lộc (cũ) 2019.csv': plain(100, 80),
      'a/Mỹ Lộc 2019.csv': plain(200, 150),
      'a/Nam Trực (TP) 2019.csv': plain(300, 270),
      'a/Phường Tân Mới 2019.csv': plain(400, 300),
    });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 80/100 = 80,00 %; 150/200 = 75,00 %; 270/300 = 90,00 %; 300/400 = 75,00 %
    expect(cases(r)).toEqual([
      ['', 'Mỹ Lộc (cũ)', '2019', '100', '80', '80.00'],
      ['', 'Mỹ Lộc', '2019', '200', '150', '75.00'],
      ['', 'Nam Trực (TP)', '2019', '300', '270', '90.00'],
      ['', 'Phường Tân Mới', '2019', '400', '300', '75.00'],
      ['', 'TOTAL', '2019', '1000', '800', '80.00'],
    ]);
  });

  it('"Châu Thành (Tiền Giang)" beside "Châu Thành (Bến Tre)", "Chợ Mới", "Phú Mới", "Thống Nhất" (--year 2019): five offices, 1.500 / 1.200 → 80,00 %', async () => {
    const files = write({
      'b/Châu Thành (Tiền Giang).csv': plain(100, 90),
      'b/Châu Thành (Bến Tre).csv': plain(200, 140),
      'b/Chợ Mới.csv': plain(300, 240),
      'b/Phú Mới.csv': plain(400, 330),
      'b/Thống Nhất.csv': plain(500, 400),
    });
    const r = await summarizeCsvRows(dir, files, ['--year', '2019']);
    expect(r.code).toBe(0);
    // 100 + 200 + 300 + 400 + 500 = 1.500; 90 + 140 + 240 + 330 + 400 = 1.200 → 80,00 %
    expect(cases(r).map((x) => x[1]).sort()).toEqual(['Châu Thành (Bến Tre)', 'Châu Thành (Tiền Giang)', 'Chợ Mới', 'Phú Mới', 'TOTAL', 'Thống Nhất']);
    expect(cases(r).at(-1)).toEqual(['', 'TOTAL', '2019', '1500', '1200', '80.00']);
  });

  it('"Mỹ Lộc - Nam Trực 2019" (two merged offices named together) beside "Vụ Bản 2019" and "BC 2019 - Giao Thủy": three offices, 1.100 + 612 + 655 = 2.367, 925 + 540 + 580 = 2.045 → 86,40 %', async () => {
    const files = write({ 'c/Mỹ Lộc - Nam Trực 2019.csv': plain(1100, 925), 'c/Vụ Bản 2019.csv': plain(612, 540), 'c/BC 2019 - Giao Thủy.csv': plain(655, 580) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 925/1.100 = 84,09 %; 2.045/2.367 = 0,863962… → 86,40 %
    expect(cases(r).map((x) => x[1]).sort()).toEqual(['Giao Thủy', 'Mỹ Lộc - Nam Trực', 'TOTAL', 'Vụ Bản']);
    expect(cases(r).at(-1)).toEqual(['', 'TOTAL', '2019', '2367', '2045', '86.40']);
  });
});

describe('xlsx: workbooks named the same ways', () => {
  const { dir } = fileTree('thads-fname-marks-xlsx-');

  it('"Mỹ Lộc (sửa lần 2).xlsx" beside "Mỹ Lộc.xlsx" (--year 2019) is a duplicate (both readers); beside "Vụ Bản.xlsx" alone, two offices', async () => {
    const first = await writeCasesWorkbook(dir, 'Mỹ Lộc.xlsx', 560, 470);
    const resend = await writeCasesWorkbook(dir, 'Mỹ Lộc (sửa lần 2).xlsx', 562, 471);
    const vuBan = await writeCasesWorkbook(dir, 'Vụ Bản.xlsx', 612, 540);
    for (const fast of [false, true]) {
      const twice = await runArgs(dir, ['summarize', first, resend, '--year', '2019', '--format', 'csv'], fast);
      expect(twice.code).toBe(1);
      expect(twice.stdout).toBe('');
      expect(twice.stderr.split('\n')[0]).toBe('Mỹ Lộc (sửa lần 2).xlsx:Sheet1!2:2: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc.xlsx:Sheet1!2:2 already gave them; figures are never added across files [DUPLICATE_INPUT]');
    }
    const once = await summarizeCsvRows(dir, [resend, vuBan], ['--year', '2019']);
    expect(once.code).toBe(0);
    // 562 + 612 = 1.174, 471 + 540 = 1.011 → 1.011/1.174 = 0,861158… → 86,12 %
    expect(cases(once)).toEqual([
      ['', 'Mỹ Lộc', '2019', '562', '471', '83.81'],
      ['', 'Vụ Bản', '2019', '612', '540', '88.24'],
      ['', 'TOTAL', '2019', '1174', '1011', '86.12'],
    ]);
  });
});

// findings work73a 01, 05: "<office's workbook>.xlsx - <template tab>.csv" — the workbook's name decides first
describe('a tab download of an office\'s own workbook is that office, whatever its tab is called', () => {
  // the template tab names of finding 05 (were each an office of its own, or "Về" for "Về việc")
  const TABS = ['Số liệu', 'Data', 'TH', 'Tổng hợp', 'Tong hop', 'Bảng 1', 'KQ', 'Input', 'Nhập liệu', 'Chi tiết', 'Export', 'In', 'B01', 'BC năm', 'Về việc', 'Nam Định', 'Huyện', 'Đơn vị', '7a', 'TK', 'Tổng', 'Việc và tiền', 'Số liệu 2019', 'Biểu 01.TT05'];

  it.each(TABS)('"Mỹ Lộc 2019.xlsx - %s.csv" → Mỹ Lộc', (tab) => {
    expect(officeFromFileName(`Mỹ Lộc 2019.xlsx - ${tab}.csv`)).toBe('Mỹ Lộc');
  });

  it.each([
    ['Mỹ Lộc.xlsx - Số liệu.csv', 'Mỹ Lộc'],
    ['MỸ LỘC 2019.xlsx - TH.csv', 'MỸ LỘC'],
    ['My Loc 2019.xlsx - Data.csv', 'My Loc'],
    ['Mỹ Lộc 2019 (sửa).xlsx - Số liệu.csv', 'Mỹ Lộc'],
    ['Re_ Mỹ Lộc 2019.xlsx - KQ.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019.xls - Số liệu.csv', 'Mỹ Lộc'],
    ['Chi cục THADS huyện Vụ Bản.xlsx - Số liệu.csv', 'Chi cục THADS huyện Vụ Bản'],
    ['Phòng THADS khu vực 1 - 2026.xlsx - Data.csv', 'Phòng THADS khu vực 1'],
    // over-reach: a workbook that names no office — a title, a form, a total's words — leaves the tab the office
    ['BC 2019.xlsx - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Báo cáo thống kê 2019.xlsx - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['THADS 2019.xlsx - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Biểu 07 - 2019.xlsx - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Tổng hợp 2019.xlsx - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Số liệu thống kê 2019.xlsx - Mỹ Lộc.csv', 'Mỹ Lộc'],
    // "THA dân sự" is an agency's words, as "Thi hành án dân sự" is (was an office "THA dân sự" for every tab)
    ['Báo cáo thống kê THA dân sự năm 2019.xlsx - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['THA dân sự 2019.xlsx - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Chi cục THA dân sự huyện Mỹ Lộc.xlsx - Số liệu.csv', 'Chi cục THA dân sự huyện Mỹ Lộc'],
    // a template's tab names no office (fnames5, 5): the workbook's name decides — the province's name
    // alone, which a city's office bearing it (TP Nam Định) may have used (was an office "Số liệu")
    ['Nam Định 2019.xlsx - Số liệu.csv', 'Nam Định'],
  ])('%s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });

  it('the province a workbook names beside its office stays the office\'s; a tab named after the province is no province of it', () => {
    expect(placeOfFileName('Mỹ Lộc - Nam Định 2019.xlsx - Số liệu.csv')).toEqual({ office: 'Mỹ Lộc', province: 'Nam Định' });
    expect(placeOfFileName('Mỹ Lộc 2019.xlsx - Nam Định.csv')).toEqual({ office: 'Mỹ Lộc', province: null });
  });
});

describe('findings work73a 01, 05: through both readers, hand totals', () => {
  const { dir, write } = fileTree('thads-fname-marks-gstabs-');
  const HEADER = 'Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
  const full = (c: number, r: number, mc: number, mr: number) => [HEADER, `${c},${r},${mc},${mr}`];
  const MY_LOC = [412, 380, 10_500_000, 6_200_000] as const;
  const VU_BAN = [530, 441, 12_750_000, 7_400_000] as const;
  const workbook = async (name: string, figures: readonly number[]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Số liệu');
    ws.addRow(HEADER.split(','));
    ws.addRow([...figures]);
    const file = join(dir, name);
    await wb.xlsx.writeFile(file);
    return file;
  };
  const both = (r: { rows: Record<string, string>[] }) =>
    r.rows.map((x) => [x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate, x.money_with_conditions, x.money_resolved, x.money_rate]);
  // Mỹ Lộc 380/412 = 92,23 %, 6.200.000/10.500.000 = 59,05 %; Vụ Bản 441/530 = 83,21 %, 7.400.000/12.750.000 = 58,04 %
  // 412 + 530 = 942, 380 + 441 = 821 → 821/942 = 0,871549… → 87,15 %
  // 10.500.000 + 12.750.000 = 23.250.000, 6.200.000 + 7.400.000 = 13.600.000 → 13.600.000/23.250.000 = 0,584946… → 58,49 %
  const RIGHT = [
    ['Mỹ Lộc', '412', '380', '92.23', '10500000', '6200000', '59.05'],
    ['Vụ Bản', '530', '441', '83.21', '12750000', '7400000', '58.04'],
    ['TOTAL', '942', '821', '87.15', '23250000', '13600000', '58.49'],
  ];

  it('05: "Mỹ Lộc 2019.xlsx - Số liệu.csv" + "Vụ Bản 2019.xlsx - Số liệu.csv" are Mỹ Lộc and Vụ Bản (was one office "Số liệu", DUPLICATE_INPUT): 942 / 821 → 87,15 %', async () => {
    const files = write({ '05/Mỹ Lộc 2019.xlsx - Số liệu.csv': full(...MY_LOC), '05/Vụ Bản 2019.xlsx - Số liệu.csv': full(...VU_BAN) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(both(r)).toEqual(RIGHT);
  });

  it('05: the workbooks these were downloaded from read the same (the xlsx reader agrees)', async () => {
    const files = [await workbook('Mỹ Lộc 2019.xlsx', MY_LOC), await workbook('Vụ Bản 2019.xlsx', VU_BAN)];
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(both(r)).toEqual(RIGHT);
  });

  it('01: "Mỹ Lộc 2019.xlsx - Số liệu.csv" beside "Mỹ Lộc 2019.xlsx" itself (and "Vụ Bản 2019.xlsx") is a copy, DUPLICATE_INPUT, exit 1 (was a third office "Số liệu", summed: 1.354 / 1.201)', async () => {
    const myLoc = await workbook('Mỹ Lộc 2019.xlsx', MY_LOC);
    const copy = write({ 'Mỹ Lộc 2019.xlsx - Số liệu.csv': full(...MY_LOC) })[0]!;
    const vuBan = await workbook('Vụ Bản 2019.xlsx', VU_BAN);
    for (const fast of [false, true]) {
      const r = await runArgs(dir, ['summarize', myLoc, copy, vuBan, '--format', 'csv'], fast);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toBe('Mỹ Lộc 2019.xlsx - Số liệu.csv:2: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc 2019.xlsx:Số liệu!2:2 already gave them (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]');
    }
  });

  it('05 alone: "Mỹ Lộc 2019.xlsx - Số liệu.csv" takes Mỹ Lộc\'s config target (was the year\'s 74, "met"): 92,23 − 95 = −2,77, not met', async () => {
    const files = write({
      'alone/Mỹ Lộc 2019.xlsx - Số liệu.csv': full(...MY_LOC),
      'alone/thads.config.json': ['{ "targets": { "2019": { "cases": 74, "districts": { "Mỹ Lộc": { "cases": 95 } } } } }'],
    });
    const r = await summarizeCsvRows(dir, [files[0]!], ['--config', files[1]!]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 380/412 = 92,23 %, target 95: gap −2,77; required ceil(0,95 × 412 = 391,4) = 392, 380 − 392 = −12
    const myLoc = r.rows.find((x) => x.district === 'Mỹ Lộc')!;
    expect([myLoc.cases_rate, myLoc.cases_target, myLoc.cases_gap_pp, myLoc.cases_required, myLoc.cases_above_target, myLoc.cases_met]).toEqual(['92.23', '95', '-2.77', '392', '-12', 'false']);
  });

  it.each(['Data', 'TH', 'Tổng hợp', 'Nhập liệu', 'Về việc', 'Nam Định', 'B01', 'In', '7a', 'Việc và tiền'])(
    '05: every office\'s "- %s.csv" is its office: two offices, 942 / 821 → 87,15 %%', async (tab) => {
      const r = await bothOnFiles(`${dir}/tab-${tab}`, { [`Mỹ Lộc 2019.xlsx - ${tab}.csv`]: full(...MY_LOC), [`Vụ Bản 2019.xlsx - ${tab}.csv`]: full(...VU_BAN) }, ['--format', 'csv']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const lines = r.stdout.trim().split('\n').slice(1).map((l) => l.split(','));
      expect(lines.map((l) => [l[1], l[9], l[18], l[20]])).toEqual([
        ['Mỹ Lộc', '412', '380', '92.23'],
        ['Vụ Bản', '530', '441', '83.21'],
        ['TOTAL', '942', '821', '87.15'],
      ]);
    },
  );

  it('05 variant: "Ý Yên 2019.xlsx - Tổng hợp.csv" + "Hải Hậu 2019.xlsx - Tổng hợp.csv" beside "Giao Thủy 2019.csv" are three offices (was TOTAL_FILE_OVERLAP): 1.055 / 870 → 82,46 %', async () => {
    const files = write({ 'th/Giao Thủy 2019.csv': plain(655, 580), 'th/Hải Hậu 2019.xlsx - Tổng hợp.csv': plain(100, 90), 'th/Ý Yên 2019.xlsx - Tổng hợp.csv': plain(300, 200) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 580/655 = 88,55 %; 90/100 = 90,00 %; 200/300 = 66,67 %
    // 655 + 100 + 300 = 1.055; 580 + 90 + 200 = 870 → 870/1.055 = 0,824644… → 82,46 %
    expect(cases(r)).toEqual([
      ['', 'Giao Thủy', '2019', '655', '580', '88.55'],
      ['', 'Hải Hậu', '2019', '100', '90', '90.00'],
      ['', 'Ý Yên', '2019', '300', '200', '66.67'],
      ['', 'TOTAL', '2019', '1055', '870', '82.46'],
    ]);
  });

  it('"Mỹ Lộc 2019.csv" then "Mỹ Lộc 2019.xlsx - Data.csv" (fixed in Sheets: not the same bytes): DUPLICATE_INPUT by its office, exit 1, as "- Sheet1.csv" is', async () => {
    const r = await bothOnFiles(`${dir}/data-dup`, { 'Mỹ Lộc 2019.csv': plain(412, 380), 'Mỹ Lộc 2019.xlsx - Data.csv': plain(412, 381), 'Vụ Bản 2019.csv': plain(530, 441) }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('Mỹ Lộc 2019.xlsx - Data.csv:2: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc 2019.csv:2 already gave them; figures are never added across files [DUPLICATE_INPUT]');
  });

  it('over-reach: a Cục\'s "Tổng hợp 2019.xlsx" of a tab per office — "- Mỹ Lộc.csv", "- Vụ Bản.csv" — still two offices, no total: 1.172 / 1.010 → 86,18 %', async () => {
    const files = write({ 'cuc/Tổng hợp 2019.xlsx - Mỹ Lộc.csv': plain(560, 470), 'cuc/Tổng hợp 2019.xlsx - Vụ Bản.csv': plain(612, 540) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 470/560 = 83,93 %; 540/612 = 88,24 %; 560 + 612 = 1.172, 470 + 540 = 1.010 → 1.010/1.172 = 0,861774… → 86,18 %
    expect(cases(r)).toEqual([
      ['', 'Mỹ Lộc', '2019', '560', '470', '83.93'],
      ['', 'Vụ Bản', '2019', '612', '540', '88.24'],
      ['', 'TOTAL', '2019', '1172', '1010', '86.18'],
    ]);
  });
});

// findings work74a 01, 02: a Cục's workbook of a tab per office, downloaded tab by tab, named for its
// period or for whoever keeps it — every tab was one office ("Năm", "các Chi cục"), DUPLICATE_INPUT
describe('findings work74a 01, 02, work75a: a Google Sheets tab download, by its own name (both readers, hand totals)', () => {
  const { dir, write } = fileTree('thads-fname-marks-gstabs2-');
  const HEADER = 'Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
  const full = (c: number, r: number, mc: number, mr: number) => [HEADER, `${c},${r},${mc},${mr}`];
  const MY_LOC = [412, 380, 10_500_000_000, 6_200_000_000] as const;
  const VU_BAN = [530, 441, 12_750_000_000, 7_400_000_000] as const;
  const Y_YEN = [615, 470, 9_800_000_000, 4_100_000_000] as const;
  const both = (r: { rows: Record<string, string>[] }) =>
    r.rows.map((x) => [x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate, x.money_with_conditions, x.money_resolved, x.money_rate]);
  // Mỹ Lộc 380/412 = 92,23 %, 6,2/10,5 tỷ = 59,05 %; Vụ Bản 441/530 = 83,21 %, 7,4/12,75 = 58,04 %; Ý Yên 470/615 = 76,42 %, 4,1/9,8 = 41,84 %
  // 412 + 530 + 615 = 1.557, 380 + 441 + 470 = 1.291 → 1.291/1.557 = 0,829158… → 82,92 %
  // 10,5 + 12,75 + 9,8 = 33,05 tỷ; 6,2 + 7,4 + 4,1 = 17,7 tỷ → 17,7/33,05 = 0,535552… → 53,56 %
  const RIGHT = [
    ['Mỹ Lộc', '412', '380', '92.23', '10500000000', '6200000000', '59.05'],
    ['Vụ Bản', '530', '441', '83.21', '12750000000', '7400000000', '58.04'],
    ['Ý Yên', '615', '470', '76.42', '9800000000', '4100000000', '41.84'],
    ['TOTAL', '1557', '1291', '82.92', '33050000000', '17700000000', '53.56'],
  ];
  const WORKBOOKS = [
    // 01: named for the period (were "Năm", "Cả năm", "12 tháng", "đầu", "Quý III", …)
    'Năm 2019', 'Năm thống kê 2019', 'Cả năm 2019', '12 tháng năm 2019', '6 tháng đầu năm 2019', '6 thang dau nam 2019', 'Bán niên 2019',
    'Sơ kết 6 tháng 2019', 'Tổng kết năm 2019', 'BC tổng kết 2019', 'Quý III 2019', 'Niên độ 2019', 'NAM 2019',
    // read right before, still
    'BC 2019', 'Tổng hợp 2019',
  ];

  it.each(WORKBOOKS)('"%s.xlsx - Mỹ Lộc / Vụ Bản / Ý Yên.csv" are three offices (was one office, DUPLICATE_INPUT): 1.557 / 1.291 → 82,92 per cent, money 53,56', async (workbook) => {
    const files = write({
      [`${workbook}/${workbook}.xlsx - Mỹ Lộc.csv`]: full(...MY_LOC),
      [`${workbook}/${workbook}.xlsx - Vụ Bản.csv`]: full(...VU_BAN),
      [`${workbook}/${workbook}.xlsx - Ý Yên.csv`]: full(...Y_YEN),
    });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(both(r)).toEqual(RIGHT);
  });

  // A workbook named by other words ("BC các Chi cục", "Phòng KTNV", "Data", a person's name) cannot
  // be told by names from an office's own workbook downloaded tab by tab ("Mỹ Lộc 2019.xlsx - Số
  // liệu" and "- Mẫu in", "- Kỳ này" and "- Cùng kỳ": one office, given twice). Deciding by the run's
  // files (several tabs of one workbook = several offices) summed the latter twice (work75a 01), so
  // the name decides: the workbook is the office, its tabs refused as one office given twice — a
  // false refusal of a Cục's shared workbook so named, never a sum of one office twice.
  it.each(['BC các Chi cục 2019', 'Phòng KTNV 2019', 'Data 2019', 'Anh Tuấn 2019'])('"%s.xlsx - Mỹ Lộc / Vụ Bản.csv": refused as one office given twice (exit 1), never summed', async (workbook) => {
    const files = write({ [`named/${workbook}.xlsx - Mỹ Lộc.csv`]: full(...MY_LOC), [`named/${workbook}.xlsx - Vụ Bản.csv`]: full(...VU_BAN) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  // work75a 01: one office's workbook, two tabs — this year's and the same period of last year, or the
  // data and the print form — were two offices "Kỳ này" and "Cùng kỳ", summed (1.086 for 586)
  it.each([['Kỳ này', 'Cùng kỳ'], ['Số liệu', 'Mẫu in'], ['Số liệu', 'Số liệu cũ'], ['Data', 'Report']])('work75a 01: "Mỹ Lộc 2019.xlsx - %s.csv" beside "- %s.csv" is one office given twice: DUPLICATE_INPUT, exit 1', async (a, b) => {
    const files = write({ [`own/${a}-${b}/Mỹ Lộc 2019.xlsx - ${a}.csv`]: full(586, 533, 9_565_824_266, 8_009_734_950), [`own/${a}-${b}/Mỹ Lộc 2019.xlsx - ${b}.csv`]: full(500, 400, 9_000_000_000, 7_000_000_000) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('"Mỹ Lộc" (2019) are given again');
  });

  // work75a 02: an office's cases and money forms as two tabs "BM01"/"BM02": one office, its two measures joined
  it('work75a 02: "Mỹ Lộc 2019.xlsx - BM01.csv" (cases) and "- BM02.csv" (money) are Mỹ Lộc: 533/586 = 90,96 %, 8.009.734.950 / 9.565.824.266 = 83,73 %', async () => {
    const files = write({
      'bm/Mỹ Lộc 2019.xlsx - BM01.csv': ['Việc có điều kiện,Việc giải quyết xong', '586,533'],
      'bm/Mỹ Lộc 2019.xlsx - BM02.csv': ['Tiền có điều kiện,Tiền giải quyết xong', '9565824266,8009734950'],
    });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 533/586 = 0,909556… → 90,96 %; 8 009 734 950 / 9 565 824 266 = 0,837326… → 83,73 %
    expect(both(r)).toEqual([
      ['Mỹ Lộc', '586', '533', '90.96', '9565824266', '8009734950', '83.73'],
      ['TOTAL', '586', '533', '90.96', '9565824266', '8009734950', '83.73'],
    ]);
  });

  // work75a 03: one office's tab from two versions of the Cục's year-end workbook were offices "Năm" and "Tổng kết", summed
  it('work75a 03: "Năm 2019.xlsx - Mỹ Lộc.csv" beside "Tổng kết năm 2019.xlsx - Mỹ Lộc.csv" is Mỹ Lộc given twice: DUPLICATE_INPUT, exit 1', async () => {
    const files = write({ 'versions/Năm 2019.xlsx - Mỹ Lộc.csv': full(586, 533, 9_565_824_266, 8_009_734_950), 'versions/Tổng kết năm 2019.xlsx - Mỹ Lộc.csv': full(586, 535, 9_565_824_266, 8_009_734_950) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('"Mỹ Lộc" (2019) are given again');
  });

  // work75a 04: one office's tab of two yearly Cục workbooks, --by year: 2018 400/500 = 80,00 %, 2019 533/586 = 90,96 %
  it('work75a 04: "BC năm 2019.xlsx - Mỹ Lộc.csv" and "Báo cáo năm 2018.xlsx - Mỹ Lộc.csv" with --by year are Mỹ Lộc in two years', async () => {
    const files = write({ 'years/BC năm 2019.xlsx - Mỹ Lộc.csv': ['Việc có điều kiện,Việc giải quyết xong', '586,533'], 'years/Báo cáo năm 2018.xlsx - Mỹ Lộc.csv': ['Việc có điều kiện,Việc giải quyết xong', '500,400'] });
    const r = await summarizeCsvRows(dir, files, ['--by', 'year,district']);
    expect(r.code).toBe(0);
    expect(r.rows.filter((x) => x.district === 'Mỹ Lộc').map((x) => [x.year, x.cases_with_conditions, x.cases_resolved, x.cases_rate]).sort()).toEqual([
      ['2018', '500', '400', '80.00'],
      ['2019', '586', '533', '90.96'],
    ]);
  });

  it('check agrees, reading the tabs one by one: exit 0, no DUPLICATE_INPUT (both readers)', async () => {
    const files = write({ 'check/Năm 2019.xlsx - Mỹ Lộc.csv': full(...MY_LOC), 'check/Năm 2019.xlsx - Vụ Bản.csv': full(...VU_BAN) });
    for (const fast of [false, true]) {
      const r = await runArgs(dir, ['check', ...files], fast);
      expect(r.stderr).not.toContain('DUPLICATE_INPUT');
      expect(r.code).toBe(0);
    }
  });

  it('a copy of one tab beside its workbook\'s other tabs is still refused: "Năm 2019.xlsx - Mỹ Lộc (1).csv" is DUPLICATE_INPUT, exit 1', async () => {
    const files = write({
      'copy/Năm 2019.xlsx - Mỹ Lộc.csv': full(...MY_LOC),
      'copy/Năm 2019.xlsx - Vụ Bản.csv': full(...VU_BAN),
      'copy/Năm 2019.xlsx - Mỹ Lộc (1).csv': full(413, 380, 10_500_000_000, 6_200_000_000),
    });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('copy/Năm 2019.xlsx - Mỹ Lộc (1).csv:2: error: cases of "Mỹ Lộc" (2019) are given again: copy/Năm 2019.xlsx - Mỹ Lộc.csv:2 already gave them (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]');
  });

  it('01 alone: "Năm 2019.xlsx - Mỹ Lộc.csv" takes Mỹ Lộc\'s config target (was office "Năm", the year\'s 73, met): 92,23 − 95 = −2,77, not met', async () => {
    const files = write({
      'alone/Năm 2019.xlsx - Mỹ Lộc.csv': full(...MY_LOC),
      'alone/thads.config.json': ['{ "targets": { "2019": { "cases": 73, "districts": { "Mỹ Lộc": { "cases": 95 } } } } }'],
    });
    const r = await summarizeCsvRows(dir, [files[0]!], ['--config', files[1]!]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 380/412 = 92,23 %, target 95: gap −2,77; required ceil(0,95 × 412 = 391,4) = 392, 380 − 392 = −12
    const myLoc = r.rows.find((x) => x.district === 'Mỹ Lộc')!;
    expect([myLoc.cases_rate, myLoc.cases_target, myLoc.cases_gap_pp, myLoc.cases_required, myLoc.cases_above_target, myLoc.cases_met]).toEqual(['92.23', '95', '-2.77', '392', '-12', 'false']);
  });

  it.each([
    ['Năm 2019.xlsx - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Năm thống kê 2019.xlsx - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['6 tháng đầu năm 2019.xlsx - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['6 thang dau nam 2019.xlsx - My Loc.csv', 'My Loc'],
    ['12 tháng năm 2019.xlsx - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Quý III 2019.xlsx - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Bán niên 2019.xlsx - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Tổng kết năm 2019.xlsx - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Niên độ 2019.xlsx - Mỹ Lộc.csv', 'Mỹ Lộc'],
    // over-reach: a lone download of an office's own workbook stays that office
    ['Mỹ Lộc 2019.xlsx - Số liệu.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc năm 2019.xlsx - Số liệu.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 6 tháng 2019.xlsx - Data.csv', 'Mỹ Lộc'],
    ['Nam Trực 2019.xlsx - Số liệu.csv', 'Nam Trực'],
  ])('alone, a workbook named only by its period names no office: %s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });

  it('over-reach: the offices\' own workbooks\' "- Số liệu.csv" tabs, one of them a second year, stay their offices: Mỹ Lộc 2018 and 2019, Vụ Bản 2019 (--by year)', async () => {
    const files = write({
      'own/Mỹ Lộc 2018.xlsx - Số liệu.csv': full(400, 350, 10_000_000_000, 5_000_000_000),
      'own/Mỹ Lộc 2019.xlsx - Số liệu.csv': full(...MY_LOC),
      'own/Vụ Bản 2019.xlsx - Số liệu.csv': full(...VU_BAN),
    });
    const r = await summarizeCsvRows(dir, files, ['--by', 'district,year']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 2018: Mỹ Lộc 350/400 = 87,50 %; 2019: 942 / 821 → 87,15 % as in 05 above
    expect(cases(r).filter((x) => x[1] !== 'TOTAL')).toEqual([
      ['', 'Mỹ Lộc', '2018', '400', '350', '87.50'],
      ['', 'Mỹ Lộc', '2019', '412', '380', '92.23'],
      ['', 'Vụ Bản', '2019', '530', '441', '83.21'],
    ]);
  });

  it('over-reach (xlsx beside tabs): real workbooks "Giao Thủy 2019.xlsx", "Hải Hậu 2019.xlsx" beside "Năm 2019.xlsx - Mỹ Lộc.csv" and "- Vụ Bản.csv": four offices, 2.397 / 2.047 → 85,40 %', async () => {
    const workbook = async (name: string, c: number, r: number) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Số liệu');
      ws.addRow(['Việc có điều kiện', 'Việc giải quyết xong']);
      ws.addRow([c, r]);
      const file = join(dir, 'mixed', name);
      await wb.xlsx.writeFile(file);
      return file;
    };
    const tabs = write({ 'mixed/Năm 2019.xlsx - Mỹ Lộc.csv': plain(412, 380), 'mixed/Năm 2019.xlsx - Vụ Bản.csv': plain(530, 441) });
    const books = [await workbook('Giao Thủy 2019.xlsx', 655, 580), await workbook('Hải Hậu 2019.xlsx', 800, 646)];
    const r = await summarizeCsvRows(dir, [...books, ...tabs], []);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 580/655 = 88,55 %; 646/800 = 80,75 %; 380/412 = 92,23 %; 441/530 = 83,21 %
    // 655 + 800 + 412 + 530 = 2.397; 580 + 646 + 380 + 441 = 2.047 → 2.047/2.397 = 0,853984… → 85,40 %
    expect(cases(r)).toEqual([
      ['', 'Giao Thủy', '2019', '655', '580', '88.55'],
      ['', 'Hải Hậu', '2019', '800', '646', '80.75'],
      ['', 'Mỹ Lộc', '2019', '412', '380', '92.23'],
      ['', 'Vụ Bản', '2019', '530', '441', '83.21'],
      ['', 'TOTAL', '2019', '2397', '2047', '85.40'],
    ]);
  });
});
