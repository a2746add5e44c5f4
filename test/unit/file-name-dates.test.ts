// A sending day in a per-office file name, spelled otherwise than "05.10.2019" (findings work72a
// 01, 05): "ngày 05 tháng 10 năm 2019", "_20191005", "_08102019", "8.10.19", "(08-10-19)", a
// day without its year "08.10", a dotted day before the period's words "05.10.2019 - 12
// tháng", a range "01.10.2018 - 30.09.2019". Each made the resend a second office, its figures
// added (exit 0). Now the day is no office's: beside the first send it is DUPLICATE_INPUT, alone
// the office prints clean, and the name's year is its dotted day's.
import { describe, expect, it } from 'vitest';
import { officeFromFileName, periodOfFileName, yearsOfFileName } from '../../src/input/file-names.js';
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
      expect(r.stderr.split('\n')[0]).toBe('Mỹ Lộc_20191008.xlsx:Sheet1!2:2: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc_20191005.xlsx:Sheet1!2:2 already gave them; figures are never added across files [DUPLICATE_INPUT]');
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

// Round 73a, 02–04: a numbered office's month ("Quận 1 tháng 3.2019", "Quận 3 03.2019") kept its
// number and its period, and period words read with the year only the sending day states ("Mỹ Lộc
// 6 tháng - 05.04.2019"). Figures as the hunter's files; the period from the JSON, both readers.
describe('a numbered office\'s month and the period beside a sending day (round 73a)', () => {
  const { dir, write } = fileTree('thads-file-name-months-');
  const full = (cases: number, resolved: number, money: number, moneyResolved: number) => [
    'Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
    `${cases},${resolved},${money},${moneyResolved}`,
  ];
  const quan1 = full(1250, 720, 98500000000, 21300000000);
  const quan3 = full(980, 601, 45200000000, 12650000000);
  const quan10 = full(1104, 655, 60300000000, 15075000000);
  const binhChanh = full(870, 455, 30100000000, 7020000000);
  const SIX_MONTHS = { start: '2018-10-01', end: '2019-03-31', months: 6 };
  const json = async (files: readonly string[], args: readonly string[] = []) => {
    const argv = ['summarize', ...files, '--format', 'json', ...args];
    const reference = await runArgs(dir, argv, false);
    expect(await runArgs(dir, argv, true)).toEqual(reference);
    const out = reference.stdout === '' ? null : (JSON.parse(reference.stdout) as {
      period?: unknown;
      groups: { district: string; cases: Record<string, string | null>; money: Record<string, string | null> }[];
      total: { cases: Record<string, string | null>; money: Record<string, string | null> };
    });
    return { ...reference, out };
  };
  const cases = (g: { cases: Record<string, string | null> }) => [g.cases.withConditions, g.cases.resolved, g.cases.rate];
  // offices in any order (JSON keeps the order the files were given in)
  const offices = (out: { groups: { district: string; cases: Record<string, string | null> }[] }) => Object.fromEntries(out.groups.map((g) => [g.district, cases(g)]));

  it.each([
    // name, office, the period's end (its year the name's)
    ['Quận 1 tháng 3.2019.csv', 'Quận 1', '2019-03-31'],
    ['Quận 10 tháng 3.2019.csv', 'Quận 10', '2019-03-31'],
    ['Quận 1 thang 3.2019.csv', 'Quận 1', '2019-03-31'],
    ['QUẬN 1 THÁNG 3.2019.csv', 'QUẬN 1', '2019-03-31'],
    ['Quận 1 tháng 9 năm 2019.csv', 'Quận 1', '2019-09-30'],
    ['Quận 1 tháng 6-2019.csv', 'Quận 1', '2019-06-30'],
    ['Quận 1 - tháng 6.2019.csv', 'Quận 1', '2019-06-30'],
    ['Quận 6 tháng 6.2019.csv', 'Quận 6', '2019-06-30'],
    ['Phường 12 tháng 9.2019.csv', 'Phường 12', '2019-09-30'],
    ['Quận 3 2019 tháng 3.csv', 'Quận 3', '2019-03-31'],
    ['Quan 3 thang 3 2019.csv', 'Quan 3', '2019-03-31'],
    ['quan-3-thang-3-2019.csv', 'quan-3', '2019-03-31'],
    ['Quan_3_thang_3_2019.csv', 'Quan_3', '2019-03-31'],
    ['Khu vực 2 tháng 3 năm 2026.csv', 'Khu vực 2', '2026-03-31'],
    ['Phòng THADS khu vực 1 tháng 3.2026.csv', 'Phòng THADS khu vực 1', '2026-03-31'],
    ['KV3 tháng 3.2026.csv', 'KV3', '2026-03-31'],
    // a month in digits beside its year: the month's, not the office's (04)
    ['Quận 3 03.2019.csv', 'Quận 3', '2019-03-31'],
    ['Quận 3 - 03.2019.csv', 'Quận 3', '2019-03-31'],
    ['Mỹ Lộc 03.2019.csv', 'Mỹ Lộc', '2019-03-31'],
    ['Phòng THADS khu vực 3 03.2026.csv', 'Phòng THADS khu vực 3', '2026-03-31'],
    ['KV3 03.2026.csv', 'KV3', '2026-03-31'],
    ['Mỹ Lộc 2019-03.csv', 'Mỹ Lộc', '2019-03-31'],
    // period words whose year only the sending day states: the latest such period ended by that day (02)
    ['Mỹ Lộc 6 tháng - 05.04.2019.csv', 'Mỹ Lộc', '2019-03-31'],
    ['Mỹ Lộc 6 tháng ngày 05.04.2019.csv', 'Mỹ Lộc', '2019-03-31'],
    ['BC 6 tháng ngày 05.04.2019 - Mỹ Lộc.csv', 'Mỹ Lộc', '2019-03-31'],
    ['Mỹ Lộc - BC 6 tháng (05.04.2019).csv', 'Mỹ Lộc', '2019-03-31'],
    ['Mỹ Lộc 6T 05.04.2019.csv', 'Mỹ Lộc', '2019-03-31'],
    ['Mỹ Lộc 6 thang 05042019.csv', 'Mỹ Lộc', '2019-03-31'],
    ['Mỹ Lộc 6 tháng (gửi ngày 05.04.2019).csv', 'Mỹ Lộc', '2019-03-31'],
    ['Mỹ Lộc 6 months 05.04.2019.csv', 'Mỹ Lộc', '2019-03-31'],
    ['Mỹ Lộc 9 tháng - 05.07.2019.csv', 'Mỹ Lộc', '2019-06-30'],
    ['Mỹ Lộc tháng 3 (05.04.2019).csv', 'Mỹ Lộc', '2019-03-31'],
    ['Mỹ Lộc T3 05.04.2019.csv', 'Mỹ Lộc', '2019-03-31'],
    ['Quận 3 6 tháng 05.04.2019.csv', 'Quận 3', '2019-03-31'],
    ['Quận 1 tháng 3 (05.04.2019).csv', 'Quận 1', '2019-03-31'],
    ['Mỹ Lộc 05.10.2019 - 12 tháng.csv', 'Mỹ Lộc', '2019-09-30'],
    // December's report sent in January, the first quarter's three months: of the calendar year before the day
    ['Mỹ Lộc tháng 12 (05.01.2020).csv', 'Mỹ Lộc', '2019-12-31'],
    ['Mỹ Lộc 3 tháng 05.01.2020.csv', 'Mỹ Lộc', '2019-12-31'],
  ])('%s → %s, to %s', (file, office, end) => {
    expect(officeFromFileName(file)).toBe(office);
    expect(periodOfFileName(file, yearsOfFileName(file)[0] ?? null).end).toBe(end);
  });

  // over-reach: an office's number with its year, a sending day, a day without a year: the whole year as before
  it.each([
    ['Quận 12 2019.csv', 'Quận 12'],
    ['Quận 10 - 2019.csv', 'Quận 10'],
    ['Quận 5 ngày 5.10.2019.csv', 'Quận 5'],
    ['Quận 5 ngày 5 tháng 10 năm 2019.csv', 'Quận 5'],
    ['Quận 8 8.10.csv', 'Quận 8'],
    ['Phường 08.csv', 'Phường 08'],
    ['Tổ 1.2019.csv', 'Tổ 1'],
    ['Quận 12.2019.csv', 'Quận 12'],
    ['Quận 1_2019.csv', 'Quận 1'],
    ['Mỹ Lộc 05.10.2019.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 6 tháng 2019 - 05.04.2019.csv', 'Mỹ Lộc'],
  ])('%s → %s, no part of a year but a stated one', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
    const end = periodOfFileName(file, yearsOfFileName(file)[0] ?? 2019).end;
    expect(end === null || end === '2019-03-31').toBe(true);
    expect(end).toBe(file.includes('6 tháng') ? '2019-03-31' : null);
  });

  it('03: "Quận 1/3/10 tháng 3.2019.csv" are three offices, six months: 1.976 / 3.334 = 59,27 %, exit 0', async () => {
    const files = write({ 'a/Quận 1 tháng 3.2019.csv': quan1, 'a/Quận 3 tháng 3.2019.csv': quan3, 'a/Quận 10 tháng 3.2019.csv': quan10 });
    const r = await json(files);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.out!.period).toEqual(SIX_MONTHS);
    // 720/1250 = 57,60 %; 601/980 = 0,613265 → 61,33 %; 655/1104 = 0,593297 → 59,33 %
    // 1250 + 980 + 1104 = 3334; 720 + 601 + 655 = 1976; 1976/3334 = 0,592681 → 59,27 %
    expect(offices(r.out!)).toEqual({
      'Quận 1': ['1250', '720', '57.60'],
      'Quận 10': ['1104', '655', '59.33'],
      'Quận 3': ['980', '601', '61.33'],
    });
    expect(cases(r.out!.total)).toEqual(['3334', '1976', '59.27']);
    // 98,5 + 45,2 + 60,3 = 204 tỷ; 21,3 + 12,65 + 15,075 = 49,025 tỷ; 49,025/204 = 0,240318 → 24,03 %
    expect([r.out!.total.money.withConditions, r.out!.total.money.resolved, r.out!.total.money.rate]).toEqual(['204000000000', '49025000000', '24.03']);
  });

  it('03: "Phòng THADS khu vực 1/2 tháng 3.2026.csv" are two offices: 1.321 / 2.230 = 59,24 %', async () => {
    const files = write({ 'b/Phòng THADS khu vực 1 tháng 3.2026.csv': quan1, 'b/Phòng THADS khu vực 2 tháng 3.2026.csv': quan3 });
    const r = await json(files);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.out!.period).toEqual({ start: '2025-10-01', end: '2026-03-31', months: 6 });
    // 1250 + 980 = 2230; 720 + 601 = 1321; 1321/2230 = 0,592377 → 59,24 %
    expect(Object.keys(offices(r.out!)).sort()).toEqual(['Phòng THADS khu vực 1', 'Phòng THADS khu vực 2']);
    expect(cases(r.out!.total)).toEqual(['2230', '1321', '59.24']);
  });

  it.each([
    ['03', 'Quận 1 tháng 3.2019.csv', 'Bình Chánh tháng 3.2019.csv'],
    ['04', 'Quận 1 03.2019.csv', 'Bình Chánh 03.2019.csv'],
  ])('%s: "%s" beside "%s": both six months, 1.175 / 2.120 = 55,42 % (was MIXED_PERIODS)', async (round, quan, binh) => {
    const files = write({ [`c${round}/${quan}`]: quan1, [`c${round}/${binh}`]: binhChanh });
    const r = await json(files);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.out!.period).toEqual(SIX_MONTHS);
    // 1250 + 870 = 2120; 720 + 455 = 1175; 1175/2120 = 0,554245 → 55,42 %
    expect(Object.keys(offices(r.out!)).sort()).toEqual(['Bình Chánh', 'Quận 1']);
    expect(cases(r.out!.total)).toEqual(['2120', '1175', '55.42']);
  });

  it('04: "Quận 1 03.2019.csv", "Quận 3 03.2019.csv" are Quận 1 and Quận 3, six months: 1.321 / 2.230 = 59,24 %', async () => {
    const files = write({ 'd/Quận 1 03.2019.csv': quan1, 'd/Quận 3 03.2019.csv': quan3 });
    const r = await json(files);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.out!.period).toEqual(SIX_MONTHS);
    expect(offices(r.out!)).toEqual({
      'Quận 1': ['1250', '720', '57.60'],
      'Quận 3': ['980', '601', '61.33'],
    });
    // 21,3 + 12,65 = 33,95 tỷ / 98,5 + 45,2 = 143,7 tỷ = 0,236256 → 23,63 %
    expect(cases(r.out!.total)).toEqual(['2230', '1321', '59.24']);
    expect(r.out!.total.money.rate).toBe('23.63');
  });

  it('02: "Mỹ Lộc 6 tháng - 05.04.2019.csv" --previous "Mỹ Lộc 2018.csv": six months, PERIODS_DIFFER and no change (was "giảm 23,69%")', async () => {
    const [file, previous] = write({
      'e/Mỹ Lộc 6 tháng - 05.04.2019.csv': full(412, 214, 10500000000, 2310000000),
      'e/prev/Mỹ Lộc 2018.csv': full(398, 301, 9800000000, 3528000000),
    });
    const r = await json([file!], ['--previous', previous!]);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe("thads: warning: no change on last year is computed: the input's period ends on 31/3/2019, the previous files' on 30/9/2018, not on the same day of the year [PERIODS_DIFFER]");
    expect(r.out!.period).toEqual(SIX_MONTHS);
    // 214/412 = 0,519417 → 51,94 %; 2,31/10,5 = 22,00 %; no rate change beside a whole year
    expect(r.out!.groups.map((g) => [g.district, ...cases(g), g.cases.rateChange, g.money.rate, g.money.rateChange])).toEqual([
      ['Mỹ Lộc', '412', '214', '51.94', null, '22.00', null],
    ]);
  });

  it('over-reach: numbered offices with their year, a sending day, "Tổ 1.2019", "Quận 12.2019": the whole year 2019, five offices, 815 / 1.050 = 77,62 %', async () => {
    const files = write({
      'f/Quận 12 2019.csv': plain(100, 80),
      'f/Quận 10 - 2019.csv': plain(200, 150),
      'f/Quận 5 ngày 5.10.2019.csv': plain(300, 240),
      'f/Tổ 1.2019.csv': plain(50, 45),
      'f/Quận 1 2019.csv': plain(400, 300),
    });
    const r = await json(files);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.out!.period).toBeUndefined();
    // 400 + 200 + 100 + 300 + 50 = 1050; 300 + 150 + 80 + 240 + 45 = 815; 815/1050 = 0,776190 → 77,62 %
    expect(offices(r.out!)).toEqual({
      'Quận 1': ['400', '300', '75.00'],
      'Quận 10': ['200', '150', '75.00'],
      'Quận 12': ['100', '80', '80.00'],
      'Quận 5': ['300', '240', '80.00'],
      'Tổ 1': ['50', '45', '90.00'],
    });
    expect(cases(r.out!.total)).toEqual(['1050', '815', '77.62']);
  });

  it('xlsx: "Quận 1 tháng 3.2019.xlsx", "Quận 3 03.2019.xlsx", "Mỹ Lộc 6T 05.04.2019.xlsx": three offices, six months, 1.535 / 2.642 = 58,10 %', async () => {
    const files = [
      await writeCasesWorkbook(dir, 'Quận 1 tháng 3.2019.xlsx', 1250, 720),
      await writeCasesWorkbook(dir, 'Quận 3 03.2019.xlsx', 980, 601),
      await writeCasesWorkbook(dir, 'Mỹ Lộc 6T 05.04.2019.xlsx', 412, 214),
    ];
    const r = await json(files);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.out!.period).toEqual(SIX_MONTHS);
    // 1250 + 980 + 412 = 2642; 720 + 601 + 214 = 1535; 1535/2642 = 0,580999 → 58,10 %
    expect(offices(r.out!)).toEqual({
      'Quận 1': ['1250', '720', '57.60'],
      'Quận 3': ['980', '601', '61.33'],
      'Mỹ Lộc': ['412', '214', '51.94'],
    });
    expect(cases(r.out!.total)).toEqual(['2642', '1535', '58.10']);
  });

  it('"Mỹ Lộc tháng 10 (05.11.2019).csv" is October 2019, of statistics year 2020: refused as "Mỹ Lộc tháng 10.2019.csv" is (was the whole year 2019, exit 0)', async () => {
    for (const name of ['Mỹ Lộc tháng 10 (05.11.2019).csv', 'Mỹ Lộc tháng 10.2019.csv']) {
      const [file] = write({ [`h/${name}`]: plain(100, 80) });
      const r = await summarizeCsvRows(dir, [file!], []);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`h/${name}: error: the file name's first year is 2019, the file's year as SPEC reads it, but read as a title the name states statistics year 2020: which is it? [YEAR_CONFLICT]\n${HINT}\n`);
    }
  });

  it('over-reach: "Quận 8 8.10.csv", "Phường 08.csv", "Quận 12.2019.csv" (--year 2019): three offices, 470 / 600 = 78,33 %', async () => {
    const files = write({ 'g/Quận 8 8.10.csv': plain(100, 80), 'g/Phường 08.csv': plain(200, 150), 'g/Quận 12.2019.csv': plain(300, 240) });
    const r = await summarizeCsvRows(dir, files, ['--year', '2019']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 100 + 200 + 300 = 600; 80 + 150 + 240 = 470; 470/600 = 0,783333 → 78,33 %
    expect(byOffice(r)).toEqual({
      'Phường 08': ['2019', '200', '150', '75.00'],
      'Quận 12': ['2019', '300', '240', '80.00'],
      'Quận 8': ['2019', '100', '80', '80.00'],
      TOTAL: ['2019', '600', '470', '78.33'],
    });
  });
});
