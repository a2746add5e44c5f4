// Resends and copies whose file name still made a second office (findings work69b 01, 02; work69a
// 01, 02, 04): a sending day in the name ("Mỹ Lộc 05.10.2019.csv", "… 2019 ngày 15.10.2019"), a
// year glued by a hyphen with a note after it ("Mỹ Lộc-2019 (đã ký)"), a mark after an office
// that follows its year ("BC năm 2019 - Mỹ Lộc (ĐC)"), and a program's copy of a name without a
// year ("Mỹ Lộc-DESKTOP-7K2J9QF", "Mỹ Lộc_1", "Mỹ Lộc.xlsx - Sheet1"). Beside the first version
// each is DUPLICATE_INPUT (exit 1); alone it is the office. Numbered offices keep their numbers.
import { describe, expect, it } from 'vitest';
import { officeFromFileName, yearsOfFileName } from '../../src/input/file-names.js';
import { fileTree } from '../helpers/file-tree.js';
import { writeCasesWorkbook } from '../helpers/lines-workbook.js';
import { bothOnFiles, runArgs, summarizeCsvRows } from '../helpers/both-readers.js';

// per-office exports without a title or an office column: the file name is the office
const plain = (cases: number, resolved: number) => ['Việc có điều kiện,Việc giải quyết xong', `${cases},${resolved}`];
const myLocFirst = plain(100, 80);
const myLocResend = plain(100, 90);
const vuBan = plain(400, 300);
const cases = (r: { rows: Record<string, string>[] }) => r.rows.map((x) => [x.district, x.year, x.cases_with_conditions, x.cases_resolved, x.cases_rate]);

describe('officeFromFileName: a day, a glued year, a mark after the office, a program\'s copy', () => {
  it.each([
    // 1. a sending day, the year inside it
    'Mỹ Lộc 05.10.2019.csv',
    'Mỹ Lộc 05-10-2019.csv',
    'Mỹ Lộc 05_10_2019.csv',
    'Mỹ Lộc ngày 05.10.2019.csv',
    'My Loc ngay 05.10.2019.csv',
    '05.10.2019 - Mỹ Lộc.csv',
    '2019-10-05 Mỹ Lộc.csv',
    '2019.10.05 Mỹ Lộc.csv',
    'Mỹ Lộc (05.10.2019).csv',
    'Mỹ Lộc - 5.10.2019.csv',
    'Mỹ Lộc gửi ngày 05.10.2019.csv',
    'Mỹ Lộc ngày lập 05.10.2019.csv',
    // 2. a day after the year
    'Mỹ Lộc 2019 ngày 15.10.2019.csv',
    'Mỹ Lộc năm 2019 ngày 05.10.2019.csv',
    'Mỹ Lộc - 2019 ngày 15-10-2019.csv',
    'Mỹ Lộc 2019 ngay 15.10.2019.csv',
    'Mỹ Lộc 2019 (ngày 15.10.2019).csv',
    'BC 2019 Mỹ Lộc ngày 15.10.2019.csv',
    // 3. a year glued by a mark, a note after it
    'Mỹ Lộc-2019 (đã ký).csv',
    'Mỹ Lộc-2019 (ký số).csv',
    'Mỹ Lộc-2019 đã ký.csv',
    'Mỹ Lộc.2019 (đã ký).csv',
    'Mỹ Lộc (2019) đã ký.csv',
    // 3. a mark after an office that follows its year
    'BC năm 2019 - Mỹ Lộc (ĐC).csv',
    'BC năm 2019 - Mỹ Lộc (đã ký).csv',
    'BC năm 2019 - Mỹ Lộc (bản ký số).csv',
    'BC năm 2019 - Mỹ Lộc ký số.csv',
    'BC năm 2019 - Mỹ Lộc (Autosaved).csv',
    'BC năm 2019 - Mỹ Lộc (15.10.2019).csv',
    // 4. a program's copy of a name without a year
    'Mỹ Lộc-DESKTOP-7K2J9QF.csv',
    'Mỹ Lộc-LAPTOP-AB12CD3.csv',
    'Mỹ Lộc (Autosaved).csv',
    'Mỹ Lộc_1.csv',
    'Mỹ Lộc [1].csv',
    'Mỹ Lộc - 1.csv',
    'Mỹ Lộc.csv.csv',
    'Mỹ Lộc.xlsx - Sheet1.csv',
  ])('%s → Mỹ Lộc (or My Loc)', (file) => {
    expect(officeFromFileName(file)).toBe(file.startsWith('My Loc') ? 'My Loc' : 'Mỹ Lộc');
  });

  it.each([
    ['THADS-KV3-2026 (đã ký).xlsx', 'THADS-KV3'],
    ['MyLoc-2019 (sửa lần 2).csv', 'MyLoc'],
    ['Phòng THADS khu vực 2 - 2026 ngày 15.10.2026.csv', 'Phòng THADS khu vực 2'],
    ['Phòng THADS khu vực 2 - 05.10.2026.csv', 'Phòng THADS khu vực 2'],
  ])('%s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });

  // the year read is the name's as before: the day's year is the statistics year (SPEC §3)
  it.each([
    ['Mỹ Lộc 05.10.2019.csv', [2019]],
    ['05.10.2019 - Mỹ Lộc.csv', [2019]],
    ['2019-10-05 Mỹ Lộc.csv', [2019]],
    ['Mỹ Lộc 2019 ngày 15.10.2019.csv', [2019]],
    ['Mỹ Lộc-2019 (đã ký).csv', [2019]],
    ['Mỹ Lộc_1.csv', []],
  ])('%s states the years %j', (file, years) => {
    expect(yearsOfFileName(file)).toEqual(years);
  });

  // over-reach: numbered offices keep their numbers, names' own words stay
  it.each([
    ['Quận 1.csv', 'Quận 1'],
    ['Quận 10.csv', 'Quận 10'],
    ['Quan_1.csv', 'Quan_1'],
    ['Phòng THADS khu vực 1 - 2026.csv', 'Phòng THADS khu vực 1'],
    ['Phòng THADS khu vực 11 - 2026.csv', 'Phòng THADS khu vực 11'],
    ['Phong_THADS_khu_vuc_1.csv', 'Phong_THADS_khu_vuc_1'],
    ['KV_2.csv', 'KV_2'],
    ['KV1.csv', 'KV1'],
    ['Đội 1.csv', 'Đội 1'],
    ['Đội - 1.csv', 'Đội - 1'],
    ['Phường 1 - 2019.csv', 'Phường 1'],
    ['Thành phố Thủ Đức.csv', 'Thành phố Thủ Đức'],
    ['Tân Kỳ 2019.csv', 'Tân Kỳ'],
    ['Tân Kỳ.csv', 'Tân Kỳ'],
    ['Chợ Mới 2019.csv', 'Chợ Mới'],
    ['dc-viec-2019.csv', 'dc'],
    ['ĐC - Mỹ Lộc.csv', 'ĐC - Mỹ Lộc'],
    ['.b.xlsx', '.b'],
    ['BC tu 01.10.2018 den 30.9.2019 - Mỹ Lộc.csv', 'Mỹ Lộc'],
  ])('%s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });
});

describe('a resend beside its first version is DUPLICATE_INPUT (both readers)', () => {
  const { dir } = fileTree('thads-resend-names-');

  it('"Mỹ Lộc 08.10.2019.csv" beside "Mỹ Lộc 05.10.2019.csv" and "Vụ Bản 04.10.2019.csv": the exact message, exit 1 (69b 01)', async () => {
    const r = await bothOnFiles(`${dir}/day`, {
      'Mỹ Lộc 05.10.2019.csv': myLocFirst,
      'Vụ Bản 04.10.2019.csv': vuBan,
      'Mỹ Lộc 08.10.2019.csv': myLocResend,
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('Mỹ Lộc 08.10.2019.csv:2: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc 05.10.2019.csv:2 already gave them; figures are never added across files [DUPLICATE_INPUT]');
  });

  it.each([
    // first version, resend, extra args (a name without a year needs --year)
    ['Mỹ Lộc 2019.csv', 'Mỹ Lộc 08.10.2019.csv', []],
    ['05.10.2019 - Mỹ Lộc.csv', '08.10.2019 - Mỹ Lộc.csv', []],
    ['2019-10-05 Mỹ Lộc.csv', '2019-10-08 Mỹ Lộc.csv', []],
    ['Mỹ Lộc (05.10.2019).csv', 'Mỹ Lộc (08.10.2019).csv', []],
    ['Mỹ Lộc - 5.10.2019.csv', 'Mỹ Lộc - 8.10.2019.csv', []],
    ['Mỹ Lộc 2019.csv', 'Mỹ Lộc 2019 ngày 15.10.2019.csv', []],
    ['Mỹ Lộc-2019.csv', 'Mỹ Lộc-2019 (đã ký).csv', []],
    ['BC năm 2019 - Mỹ Lộc.csv', 'BC năm 2019 - Mỹ Lộc (ĐC).csv', []],
    ['BC năm 2019 - Mỹ Lộc.csv', 'BC năm 2019 - Mỹ Lộc (bản ký số).csv', []],
    ['BC năm 2019 - Mỹ Lộc.csv', 'BC năm 2019 - Mỹ Lộc (Autosaved).csv', []],
    ['Mỹ Lộc.csv', 'Mỹ Lộc-DESKTOP-7K2J9QF.csv', ['--year', '2019']],
    ['Mỹ Lộc.csv', 'Mỹ Lộc (Autosaved).csv', ['--year', '2019']],
    ['Mỹ Lộc.csv', 'Mỹ Lộc_1.csv', ['--year', '2019']],
    ['Mỹ Lộc.csv', 'Mỹ Lộc [1].csv', ['--year', '2019']],
    ['Mỹ Lộc.csv', 'Mỹ Lộc - 1.csv', ['--year', '2019']],
    ['Mỹ Lộc.csv', 'Mỹ Lộc.csv.csv', ['--year', '2019']],
    ['Mỹ Lộc.csv', 'Mỹ Lộc.xlsx - Sheet1.csv', ['--year', '2019']],
  ])('%s then %s: DUPLICATE_INPUT, exit 1', async (first, resend, args) => {
    const sub = `${dir}/${resend}-dir`;
    const r = await bothOnFiles(sub, { [first]: myLocFirst, 'Vụ Bản 2019.csv': vuBan, [resend]: myLocResend }, ['--format', 'csv', ...args]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const line = r.stderr.split('\n')[0]!;
    expect(line.startsWith(`${resend}:2: error: cases of "Mỹ Lộc" (2019) are given again: ${first}:2 already gave them`)).toBe(true);
    expect(line.endsWith('[DUPLICATE_INPUT]')).toBe(true);
  });
});

describe('alone, the resend is its office; ordinary neighbours keep reading (both readers)', () => {
  const { dir, write } = fileTree('thads-resend-alone-');

  it('"Mỹ Lộc 08.10.2019.csv" beside "Vụ Bản 04.10.2019.csv": Mỹ Lộc and Vụ Bản, 100 + 400 = 500, 90 + 300 = 390 → 78,00 %', async () => {
    const files = write({ 'a/Mỹ Lộc 08.10.2019.csv': myLocResend, 'a/Vụ Bản 04.10.2019.csv': vuBan });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    // 90/100 = 90,00 %; 300/400 = 75,00 %
    expect(cases(r)).toEqual([['Mỹ Lộc', '2019', '100', '90', '90.00'], ['Vụ Bản', '2019', '400', '300', '75.00'], ['TOTAL', '2019', '500', '390', '78.00']]);
  });

  it('"Mỹ Lộc-DESKTOP-7K2J9QF.csv" beside "Vụ Bản.csv" (--year 2019): 500 / 390 → 78,00 %', async () => {
    const files = write({ 'b/Mỹ Lộc-DESKTOP-7K2J9QF.csv': myLocResend, 'b/Vụ Bản.csv': vuBan });
    const r = await summarizeCsvRows(dir, files, ['--year', '2019']);
    expect(r.code).toBe(0);
    expect(cases(r)).toEqual([['Mỹ Lộc', '2019', '100', '90', '90.00'], ['Vụ Bản', '2019', '400', '300', '75.00'], ['TOTAL', '2019', '500', '390', '78.00']]);
  });

  it('over-reach: "Quận 1.csv" beside "Quận 10.csv" (--year 2019) are two offices: 100 + 400 = 500, 80 + 300 = 380 → 76,00 %', async () => {
    const files = write({ 'c/Quận 1.csv': myLocFirst, 'c/Quận 10.csv': vuBan });
    const r = await summarizeCsvRows(dir, files, ['--year', '2019']);
    expect(r.code).toBe(0);
    // 80/100 = 80,00 %; 300/400 = 75,00 %
    expect(cases(r)).toEqual([['Quận 1', '2019', '100', '80', '80.00'], ['Quận 10', '2019', '400', '300', '75.00'], ['TOTAL', '2019', '500', '380', '76.00']]);
  });

  it('over-reach: "Phòng THADS khu vực 1 - 2026.csv" beside "… khu vực 11 - 2026.csv" are two offices: 500 / 380 → 76,00 %', async () => {
    const files = write({ 'd/Phòng THADS khu vực 1 - 2026.csv': myLocFirst, 'd/Phòng THADS khu vực 11 - 2026.csv': vuBan });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(cases(r)).toEqual([['Phòng THADS khu vực 1', '2026', '100', '80', '80.00'], ['Phòng THADS khu vực 11', '2026', '400', '300', '75.00'], ['TOTAL', '2026', '500', '380', '76.00']]);
  });

  it('over-reach: "Mỹ Lộc 2019.csv" beside "Vụ Bản 2019.csv" are two offices: 500 / 380 → 76,00 %', async () => {
    const files = write({ 'e/Mỹ Lộc 2019.csv': myLocFirst, 'e/Vụ Bản 2019.csv': vuBan });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(cases(r)).toEqual([['Mỹ Lộc', '2019', '100', '80', '80.00'], ['Vụ Bản', '2019', '400', '300', '75.00'], ['TOTAL', '2019', '500', '380', '76.00']]);
  });

  it('over-reach: "Đội 1.csv", "Đội - 2.csv", "Phong_THADS_khu_vuc_1.csv" (--year 2019) are three offices: 100 + 400 + 200 = 700, 80 + 300 + 150 = 530 → 75,71 %', async () => {
    const files = write({ 'f/Đội 1.csv': myLocFirst, 'f/Đội - 2.csv': vuBan, 'f/Phong_THADS_khu_vuc_1.csv': plain(200, 150) });
    const r = await summarizeCsvRows(dir, files, ['--year', '2019']);
    expect(r.code).toBe(0);
    // 530/700 = 0,757142… → 75,71 %
    expect(r.rows.find((x) => x.district === 'TOTAL')!.cases_with_conditions).toBe('700');
    expect(r.rows.find((x) => x.district === 'TOTAL')!.cases_rate).toBe('75.71');
    expect(r.rows.map((x) => x.district)).toHaveLength(4);
  });
});

describe('xlsx: workbooks named the same ways', () => {
  const { dir } = fileTree('thads-resend-xlsx-');

  it('"THADS-KV3-2026 (đã ký).xlsx" beside "THADS-KV3-2026.xlsx" is a duplicate; alone beside "THADS-KV1-2026.xlsx", two offices (69a 02)', async () => {
    const kv1 = await writeCasesWorkbook(dir, 'THADS-KV1-2026.xlsx', 400, 300);
    const kv3 = await writeCasesWorkbook(dir, 'THADS-KV3-2026.xlsx', 100, 80);
    const signed = await writeCasesWorkbook(dir, 'THADS-KV3-2026 (đã ký).xlsx', 100, 90);
    for (const fast of [false, true]) {
      const twice = await runArgs(dir, ['summarize', kv1, kv3, signed, '--format', 'csv'], fast);
      expect(twice.code).toBe(1);
      expect(twice.stdout).toBe('');
      expect(twice.stderr.split('\n')[0]).toBe('THADS-KV3-2026 (đã ký).xlsx:Sheet1!2:2: error: cases of "THADS-KV3" (2026) are given again: THADS-KV3-2026.xlsx:Sheet1!2:2 already gave them; figures are never added across files [DUPLICATE_INPUT]');
    }
    const once = await summarizeCsvRows(dir, [kv1, signed], []);
    expect(once.code).toBe(0);
    // 400 + 100 = 500, 300 + 90 = 390 → 78,00 %
    expect(cases(once)).toEqual([['THADS-KV1', '2026', '400', '300', '75.00'], ['THADS-KV3', '2026', '100', '90', '90.00'], ['TOTAL', '2026', '500', '390', '78.00']]);
  });

  it('"Mỹ Lộc 08.10.2019.xlsx" beside "Mỹ Lộc 05.10.2019.xlsx", "Mỹ Lộc (Autosaved).xlsx" beside "Mỹ Lộc.xlsx": duplicates', async () => {
    const first = await writeCasesWorkbook(dir, 'Mỹ Lộc 05.10.2019.xlsx', 100, 80);
    const resend = await writeCasesWorkbook(dir, 'Mỹ Lộc 08.10.2019.xlsx', 100, 90);
    const dated = await runArgs(dir, ['summarize', first, resend, '--format', 'csv'], false);
    expect(dated.code).toBe(1);
    expect(dated.stderr.split('\n')[0]).toBe('Mỹ Lộc 08.10.2019.xlsx:Sheet1!2:2: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc 05.10.2019.xlsx:Sheet1!2:2 already gave them; figures are never added across files [DUPLICATE_INPUT]');
    const plainBook = await writeCasesWorkbook(dir, 'Mỹ Lộc.xlsx', 100, 80);
    const autosaved = await writeCasesWorkbook(dir, 'Mỹ Lộc (Autosaved).xlsx', 100, 90);
    const copy = await runArgs(dir, ['summarize', plainBook, autosaved, '--year', '2019', '--format', 'csv'], false);
    expect(copy.code).toBe(1);
    expect(copy.stderr.split('\n')[0]).toBe('Mỹ Lộc (Autosaved).xlsx:Sheet1!2:2: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc.xlsx:Sheet1!2:2 already gave them; figures are never added across files [DUPLICATE_INPUT]');
  });
});
