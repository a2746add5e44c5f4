// A sending day in a per-office file name, spelled otherwise than "05.10.2019" (findings work72a
// 01, 05): "ngày 05 tháng 10 năm 2019", "_20191005", "_08102019", "8.10.19", "(08-10-19)", a
// day without its year "08.10", a dotted day before the period's words "05.10.2019 - 12
// tháng", a range "01.10.2018 - 30.09.2019". Each made the resend a second office, its figures
// added (exit 0). Now the day is no office's: beside the first send it is DUPLICATE_INPUT, alone
// the office prints clean, and the name's year is its dotted day's.
import { describe, expect, it } from 'vitest';
import { officeFromFileName, yearsOfFileName } from '../../src/input/file-names.js';
import { fileTree } from '../helpers/file-tree.js';
import { writeCasesWorkbook } from '../helpers/lines-workbook.js';
import { bothOnFiles, runArgs, summarizeCsvRows } from '../helpers/both-readers.js';

// per-office exports without a title or an office column: the file name is the office
const plain = (cases: number, resolved: number) => ['Việc có điều kiện,Việc giải quyết xong', `${cases},${resolved}`];
const myLocFirst = plain(560, 470);
const myLocResend = plain(562, 471);
const namTruc = plain(740, 655);
const byOffice = (r: { rows: Record<string, string>[] }) => Object.fromEntries(r.rows.map((x) => [x.district, [x.year, x.cases_with_conditions, x.cases_resolved, x.cases_rate]]));
const HINT = '  hint: pass --year N (a statistics year runs from 1 October to 30 September: October to December of N belong to N+1)';

describe('officeFromFileName: a day in any spelling is no office\'s', () => {
  it.each([
    // spelled as a document dates itself
    ['Mỹ Lộc ngày 05 tháng 10 năm 2019.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc ngay 5 thang 10 nam 2019.csv', 'Mỹ Lộc'],
    ['My Loc ngay 5 thang 10 nam 2019.csv', 'My Loc'],
    ['MỸ LỘC NGÀY 05 THÁNG 10 NĂM 2019.csv', 'MỸ LỘC'],
    ['Mỹ Lộc 05 tháng 10 năm 2019.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc_ngay_05_thang_10_nam_2019.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc (gửi ngày 05 tháng 10 năm 2019).csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019 ngày 15 tháng 10 năm 2019.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc ngày 8 tháng 10.csv', 'Mỹ Lộc'],
    // English exports
    ['Mỹ Lộc 5 Oct 2019.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 05-Oct-2019.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc October 5, 2019.csv', 'Mỹ Lộc'],
    // a dotted day before the period's words
    ['Mỹ Lộc 05.10.2019 - 12 tháng.csv', 'Mỹ Lộc'],
    // compact
    ['Mỹ Lộc_20191005.csv', 'Mỹ Lộc'],
    ['20191005 Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019_20191008.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc_08102019.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc ngày 081019.csv', 'Mỹ Lộc'],
    // a two-digit year, no year
    ['Mỹ Lộc 8.10.19.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc (08-10-19).csv', 'Mỹ Lộc'],
    ['Mỹ Lộc_08_10_19.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 08.10.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc (8.10).csv', 'Mỹ Lộc'],
    ['Mỹ Lộc ngay 8-10.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 08.10 - 2019.csv', 'Mỹ Lộc'],
    // a range naming the statistics year
    ['Mỹ Lộc 01.10.2018 - 30.09.2019.csv', 'Mỹ Lộc'],
    ['Vụ Bản 01.10.2018-30.09.2019.csv', 'Vụ Bản'],
    ['Ý Yên từ 01.10.2018 đến 30.09.2019.csv', 'Ý Yên'],
    ['Y Yen tu ngay 01.10.2018 den ngay 30.09.2019.csv', 'Y Yen'],
    ['Hải Hậu 01-10-2018 - 30-09-2019.csv', 'Hải Hậu'],
    ['Hải Hậu (01.10.2018 - 30.09.2019).csv', 'Hải Hậu'],
    ['Phòng THADS khu vực 10 - 01.10.2025 - 30.09.2026.csv', 'Phòng THADS khu vực 10'],
  ])('%s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });

  // over-reach: numbers that are an office's, a code's, a version's, or a part of a year kept in sight
  it.each([
    ['Quận 10 2019.csv', 'Quận 10'],
    ['Phường 12 - 2019.csv', 'Phường 12'],
    ['Đội 2_2019.csv', 'Đội 2'],
    ['KV 3 2026.csv', 'KV 3'],
    ['Phòng THADS khu vực 10 2026.csv', 'Phòng THADS khu vực 10'],
    ['CC01 2019.csv', 'CC01'],
    ['THADS 001 2019.csv', '001'],
    ['Mỹ Lộc 12 tháng 2019.csv', 'Mỹ Lộc'],
    ['BC 30.9.2019 Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Tổ 1.2.csv', 'Tổ 1.2'],
    ['Mỹ Lộc (số liệu đến 31.8).csv', 'Mỹ Lộc (số liệu đến 31.8)'],
    ['Mỹ Lộc 01.10 - 30.9.csv', 'Mỹ Lộc 01.10 - 30.9'],
    ['Quận 12 20191305.csv', 'Quận 12 20191305'],
    // six digits alone are no clear day: an office's or a document's code, an old postal code, and
    // "081019" is as much 19/10/2008 (yymmdd) as 8/10/2019 — taken only after "ngày" (above)
    ['Mỹ Lộc 081019.csv', 'Mỹ Lộc 081019'],
  ])('%s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });
});

describe('yearsOfFileName: a day in another spelling states the year its dotted form states', () => {
  it.each([
    ['Mỹ Lộc ngày 05 tháng 10 năm 2019.csv', 'Mỹ Lộc ngày 05.10.2019.csv', [2019]],
    ['Mỹ Lộc_20191005.csv', 'Mỹ Lộc 05.10.2019.csv', [2019]],
    ['Mỹ Lộc_05102019.csv', 'Mỹ Lộc 05.10.2019.csv', [2019]],
    ['Mỹ Lộc 5.10.19.csv', 'Mỹ Lộc 5.10.2019.csv', [2019]],
    ['Mỹ Lộc 05-Oct-2019.csv', 'Mỹ Lộc 05.10.2019.csv', [2019]],
    // a month's last day of October to December ends a period of the next statistics year
    ['Mỹ Lộc ngày 31 tháng 12 năm 2019.csv', 'Mỹ Lộc ngày 31.12.2019.csv', [2020]],
    ['Mỹ Lộc_20191231.csv', 'Mỹ Lộc 31.12.2019.csv', [2020]],
    ['Mỹ Lộc 31.12.19.csv', 'Mỹ Lộc 31.12.2019.csv', [2020]],
    ['Mỹ Lộc 01.10.2018 - 30.09.2019.csv', 'Mỹ Lộc 01.10.2018 - 30.09.2019.csv', [2019]],
    ['Mỹ Lộc 08.10.csv', 'Mỹ Lộc.csv', []],
    ['BC 30.9.2019 Mỹ Lộc.csv', 'BC 30.9.2019 Mỹ Lộc.csv', [2019]],
  ])('%s and %s → %j', (file, dotted, years) => {
    expect(yearsOfFileName(file)).toEqual(years);
    expect(yearsOfFileName(dotted)).toEqual(years);
  });
});

describe('a resend beside its first send is DUPLICATE_INPUT (both readers)', () => {
  const { dir } = fileTree('thads-file-name-dates-');

  it('"Mỹ Lộc ngày 08 tháng 10 năm 2019.csv" beside "… ngày 05 …" and "Nam Trực ngày 05 …": the exact message, exit 1 (72a 05)', async () => {
    const r = await bothOnFiles(`${dir}/spelled`, {
      'Mỹ Lộc ngày 05 tháng 10 năm 2019.csv': myLocFirst,
      'Mỹ Lộc ngày 08 tháng 10 năm 2019.csv': myLocResend,
      'Nam Trực ngày 05 tháng 10 năm 2019.csv': namTruc,
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('Mỹ Lộc ngày 08 tháng 10 năm 2019.csv:2: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc ngày 05 tháng 10 năm 2019.csv:2 already gave them; figures are never added across files [DUPLICATE_INPUT]');
  });

  it('"Mỹ Lộc_20191008.csv" beside "Mỹ Lộc_20191005.csv" (--year 2019): the exact message, exit 1 (72a 01)', async () => {
    const r = await bothOnFiles(`${dir}/compact`, {
      'Mỹ Lộc_20191005.csv': myLocFirst,
      'Mỹ Lộc_20191008.csv': myLocResend,
      'Nam Trực_20191005.csv': namTruc,
    }, ['--format', 'csv', '--year', '2019']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('Mỹ Lộc_20191008.csv:2: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc_20191005.csv:2 already gave them; figures are never added across files [DUPLICATE_INPUT]');
  });

  it.each([
    // first send, resend, extra args (a name without a year needs --year)
    ['Mỹ Lộc 05.10.2019 - 12 tháng.csv', 'Mỹ Lộc 08.10.2019 - 12 tháng.csv', []],
    ['Mỹ Lộc ngay 5 thang 10 nam 2019.csv', 'Mỹ Lộc ngay 8 thang 10 nam 2019.csv', []],
    ['Mỹ Lộc 05 tháng 10 năm 2019.csv', 'Mỹ Lộc 08 tháng 10 năm 2019.csv', []],
    ['20191005 Mỹ Lộc.csv', '20191008 Mỹ Lộc.csv', []],
    ['Mỹ Lộc 2019.csv', 'Mỹ Lộc_08102019.csv', []],
    ['Mỹ Lộc 2019.csv', 'Mỹ Lộc 05-Oct-2019.csv', []],
    ['Mỹ Lộc.csv', 'Mỹ Lộc 8.10.19.csv', ['--year', '2019']],
    ['Mỹ Lộc.csv', 'Mỹ Lộc (08-10-19).csv', ['--year', '2019']],
    ['Mỹ Lộc.csv', 'Mỹ Lộc 08.10.csv', ['--year', '2019']],
    ['Mỹ Lộc.csv', 'Mỹ Lộc ngay 8-10.csv', ['--year', '2019']],
    ['Mỹ Lộc.csv', 'Mỹ Lộc ngày 081019.csv', ['--year', '2019']],
    ['Mỹ Lộc 2019.csv', 'Mỹ Lộc 01.10.2018 - 30.09.2019.csv', ['--year', '2019']],
  ])('%s then %s: DUPLICATE_INPUT, exit 1', async (first, resend, args) => {
    const r = await bothOnFiles(`${dir}/${resend}-dir`, { [first]: myLocFirst, 'Nam Trực 2019.csv': namTruc, [resend]: myLocResend }, ['--format', 'csv', ...args]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const line = r.stderr.split('\n')[0]!;
    expect(line.startsWith(`${resend}:2: error: cases of "Mỹ Lộc" (2019) are given again: ${first}:2 already gave them`)).toBe(true);
    expect(line.endsWith('[DUPLICATE_INPUT]')).toBe(true);
  });

  it('xlsx: "Mỹ Lộc_20191008.xlsx" beside "Mỹ Lộc_20191005.xlsx" is a duplicate, through both readers', async () => {
    const first = await writeCasesWorkbook(dir, 'Mỹ Lộc_20191005.xlsx', 560, 470);
    const resend = await writeCasesWorkbook(dir, 'Mỹ Lộc_20191008.xlsx', 562, 471);
    for (const fast of [false, true]) {
      const r = await runArgs(dir, ['summarize', first, resend, '--format', 'csv'], fast);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toBe('Mỹ Lộc_20191008.xlsx:Sheet1!2:2: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc_20191005.xlsx:2 already gave them; figures are never added across files [DUPLICATE_INPUT]');
    }
  });
});

describe('alone, each send is its office and its year; ordinary names keep reading (both readers)', () => {
  const { dir, write } = fileTree('thads-file-name-dates-alone-');

  it('the resends alone: "Mỹ Lộc ngày 08 tháng 10 năm 2019.csv" beside "Nam Trực_20191005.csv": 562 + 740 = 1302, 471 + 655 = 1126 → 86,48 %', async () => {
    const files = write({ 'a/Mỹ Lộc ngày 08 tháng 10 năm 2019.csv': myLocResend, 'a/Nam Trực_20191005.csv': namTruc });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 471/562 = 0,83807 → 83,81 %; 655/740 = 0,88513 → 88,51 %; 1126/1302 = 0,86482 → 86,48 %
    expect(byOffice(r)).toEqual({
      'Mỹ Lộc': ['2019', '562', '471', '83.81'],
      'Nam Trực': ['2019', '740', '655', '88.51'],
      TOTAL: ['2019', '1302', '1126', '86.48'],
    });
  });

  it('a day in another spelling is read as the year its dotted form is: "Mỹ Lộc_20191231.csv" refused as "Mỹ Lộc 31.12.2019.csv" is', async () => {
    for (const name of ['Mỹ Lộc_20191231.csv', 'Mỹ Lộc 31.12.2019.csv', 'Mỹ Lộc ngày 31 tháng 12 năm 2019.csv']) {
      const [file] = write({ [`b/${name}`]: myLocFirst });
      const r = await summarizeCsvRows(dir, [file!], []);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`b/${name}: error: the file name's first year is 2019, the file's year as SPEC reads it, but read as a title the name states statistics year 2020: which is it? [YEAR_CONFLICT]\n${HINT}\n`);
    }
  });

  it('ranges naming the statistics year (--year 2019): offices Mỹ Lộc, Vụ Bản, Ý Yên, Hải Hậu; 100 + 400 + 200 + 300 = 1000, 80 + 300 + 150 + 240 = 770 → 77,00 %', async () => {
    const files = write({
      'c/Mỹ Lộc 01.10.2018 - 30.09.2019.csv': plain(100, 80),
      'c/Vụ Bản 01.10.2018-30.09.2019.csv': plain(400, 300),
      'c/Ý Yên từ 01.10.2018 đến 30.09.2019.csv': plain(200, 150),
      'c/Hải Hậu 01-10-2018 - 30-09-2019.csv': plain(300, 240),
    });
    const r = await summarizeCsvRows(dir, files, ['--year', '2019', '--measure', 'cases']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 80/100 = 80,00 %; 300/400 = 75,00 %; 150/200 = 75,00 %; 240/300 = 80,00 %
    expect(byOffice(r)).toEqual({
      'Mỹ Lộc': ['2019', '100', '80', '80.00'],
      'Vụ Bản': ['2019', '400', '300', '75.00'],
      'Ý Yên': ['2019', '200', '150', '75.00'],
      'Hải Hậu': ['2019', '300', '240', '80.00'],
      TOTAL: ['2019', '1000', '770', '77.00'],
    });
  });

  it('a range without --year is refused as before (SPEC §3 reads 2018 first)', async () => {
    const [file] = write({ 'd/Mỹ Lộc 01.10.2018 - 30.09.2019.csv': plain(100, 80) });
    const r = await summarizeCsvRows(dir, [file!], []);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`d/Mỹ Lộc 01.10.2018 - 30.09.2019.csv: error: the file name's first year is 2018, the file's year as SPEC reads it, but read as a title the name states statistics year 2019: which is it? [YEAR_CONFLICT]\n${HINT}\n`);
  });

  it('over-reach: numbered offices, a code and a period phrase of 2019 stay six offices: 1550 / 1215 → 78,39 %', async () => {
    const files = write({
      'e/Quận 10 2019.csv': plain(100, 80),
      'e/Quận 1 2019.csv': plain(400, 300),
      'e/Phường 12 - 2019.csv': plain(200, 150),
      'e/Đội 2_2019.csv': plain(300, 240),
      'e/CC01 2019.csv': plain(50, 45),
      'e/Mỹ Lộc 12 tháng 2019.csv': plain(500, 400),
    });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 100 + 400 + 200 + 300 + 50 + 500 = 1550; 80 + 300 + 150 + 240 + 45 + 400 = 1215; 1215/1550 = 0,783870… → 78,39 %
    expect(byOffice(r)).toEqual({
      'Quận 10': ['2019', '100', '80', '80.00'],
      'Quận 1': ['2019', '400', '300', '75.00'],
      'Phường 12': ['2019', '200', '150', '75.00'],
      'Đội 2': ['2019', '300', '240', '80.00'],
      CC01: ['2019', '50', '45', '90.00'],
      'Mỹ Lộc': ['2019', '500', '400', '80.00'],
      TOTAL: ['2019', '1550', '1215', '78.39'],
    });
  });

  it('over-reach: "THADS 001 2019.csv" is refused OFFICE_UNKNOWN as before (an agency\'s words and a number name no office)', async () => {
    const [file] = write({ 'e2/THADS 001 2019.csv': plain(250, 200) });
    const r = await summarizeCsvRows(dir, [file!], []);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('e2/THADS 001 2019.csv:1: error: the office cannot be told from the file: it has no office column, and its name "THADS 001 2019.csv" gives only its year, measure or form [OFFICE_UNKNOWN]');
  });

  it('over-reach: "KV 3 2026.csv", "Phòng THADS khu vực 10 2026.csv", "… khu vực 1 2026.csv" are three offices: 600 / 470 → 78,33 %', async () => {
    const files = write({
      'f/KV 3 2026.csv': plain(100, 80),
      'f/Phòng THADS khu vực 10 2026.csv': plain(200, 150),
      'f/Phòng THADS khu vực 1 2026.csv': plain(300, 240),
    });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 100 + 200 + 300 = 600; 80 + 150 + 240 = 470; 470/600 = 0,78333… → 78,33 %
    expect(byOffice(r)).toEqual({
      'KV 3': ['2026', '100', '80', '80.00'],
      'Phòng THADS khu vực 10': ['2026', '200', '150', '75.00'],
      'Phòng THADS khu vực 1': ['2026', '300', '240', '80.00'],
      TOTAL: ['2026', '600', '470', '78.33'],
    });
  });

  it('over-reach: "BC 30.9.2019 Mỹ Lộc.csv" beside "Vụ Bản 2019.csv": its year stays 2019; 500 / 380 → 76,00 %', async () => {
    const files = write({ 'g/BC 30.9.2019 Mỹ Lộc.csv': plain(100, 80), 'g/Vụ Bản 2019.csv': plain(400, 300) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 100 + 400 = 500, 80 + 300 = 380 → 76,00 %
    expect(byOffice(r)).toEqual({
      'Mỹ Lộc': ['2019', '100', '80', '80.00'],
      'Vụ Bản': ['2019', '400', '300', '75.00'],
      TOTAL: ['2019', '500', '380', '76.00'],
    });
  });
});
