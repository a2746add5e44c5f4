// Per-office file names that still lost a period or misnamed an office (fnames5, 1–5), each through
// the CLI on files written by hand, both readers:
// 1 a period's words before the office and its year ("6 tháng - Mỹ Lộc 2019", a workbook "BC 6
//   tháng.xlsx" of a tab "Mỹ Lộc 2019") are six months, not the whole year;
// 2 "hết" alone before the period's last day ("Mỹ Lộc hết 31.3.2019") ends the period there;
// 3 an office's number glued by "_" to a dotted month ("Quận 3_03.2019") is March's report of Quận 3;
// 4 a copy number after a sending day ("Mỹ Lộc_20191005_2"), the sender's Cục before the office
//   ("Cục Nam Định - Mỹ Lộc"), "BaoCao" glued by "_" name no other office;
// 5 a tab named by a template ("Số liệu", "Sheet1", "Data", "BM01") names no office: the workbook's
//   name decides ("Hòa Bình 2019.xlsx - Số liệu.csv" is Hòa Bình's, as its "- Sheet1.csv" is).
import { describe, expect, it } from 'vitest';
import { officeFromFileName, periodOfFileName, placeOfFileName } from '../../src/input/file-names.js';
import { fileTree } from '../helpers/file-tree.js';
import { bothOnFiles, summarizeCsvRows } from '../helpers/both-readers.js';

const HEAD = 'Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const office = (cases: number, resolved: number, money: number, moneyResolved: number) => [HEAD, `${cases},${resolved},${money},${moneyResolved}`];
const MY_LOC = office(586, 520, 9565824266, 7194245234);
const MY_LOC_RESENT = office(586, 522, 9565824266, 7194245234);
const MY_LOC_2018 = office(560, 480, 9000000000, 6500000000);
const VU_BAN = office(655, 611, 16389337399, 13086832295);

type Row = Record<string, string>;
const cases = (r: { rows: Row[] }) => r.rows.map((x) => [x.province, x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate]);
const errors = (stderr: string) => stderr.split('\n').filter((l) => l.includes(': error: ') || l.startsWith('thads: '));
const MIXED = 'thads: error: the input holds reports of one year whose periods end on different days (31/3/2019, 30/9/2019), which are never added together [MIXED_PERIODS]';
const HALF_2019 = { start: null, end: '2019-03-31' };

// 586 + 655 = 1.241; 520 + 611 = 1.131; 520/586 = 88,74 %; 611/655 = 93,28 %; 1.131/1.241 = 0,911361… → 91,14 %
const YEAR_TOTALS = [
  ['', 'Mỹ Lộc', '586', '520', '88.74'],
  ['', 'Vụ Bản', '655', '611', '93.28'],
  ['', 'TOTAL', '1241', '1131', '91.14'],
];

describe('1: a period before the office and its year ("6 tháng - Mỹ Lộc 2019") is six months', () => {
  const { dir, write } = fileTree('thads-fnames5-1-');

  it.each([
    '6 tháng - Mỹ Lộc 2019.csv',
    'BC 6 tháng.xlsx - Mỹ Lộc 2019.csv',
    '6T - Mỹ Lộc 2019.csv',
    '6 thang - My Loc 2019.csv',
    '6 tháng Mỹ Lộc 2019.csv',
  ])('beside "Vụ Bản 2019.csv" (year-end): MIXED_PERIODS, exit 2, nothing printed, as "Mỹ Lộc 6 tháng 2019.csv" is (was 1.241 / 1.131, exit 0): %s', async (name) => {
    const r = await bothOnFiles(`${dir}/${name}`, { [name]: MY_LOC, 'Vụ Bản 2019.csv': VU_BAN }, ['--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(MIXED);
  });

  it('against last year\'s year-end: no change is computed, PERIODS_DIFFER (was a "giảm" of six months against twelve)', async () => {
    const [file, previous] = write({ 'p/6 tháng - Mỹ Lộc 2019.csv': MY_LOC, 'p/Mỹ Lộc 2018.csv': MY_LOC_2018 });
    const r = await summarizeCsvRows(dir, [file!], ['--previous', previous!]);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(
      "thads: warning: no change on last year is computed: the input's period ends on 31/3/2019, the previous files' on 30/9/2018, not on the same day of the year [PERIODS_DIFFER]",
    );
    const myLoc = r.rows.find((x) => x.district === 'Mỹ Lộc')!;
    // 520/586 = 88,74 %; no change against 480/560
    expect([myLoc.cases_rate, myLoc.cases_rate_change]).toEqual(['88.74', '']);
  });

  it('its period is six months to 31/3/2019 and its office Mỹ Lộc; "12 tháng - …" is the year to 30/9/2019', () => {
    expect(periodOfFileName('6 tháng - Mỹ Lộc 2019.csv')).toEqual(HALF_2019);
    expect(officeFromFileName('6 tháng - Mỹ Lộc 2019.csv')).toBe('Mỹ Lộc');
    expect(periodOfFileName('BC 12 tháng - Mỹ Lộc 2019.csv')).toEqual({ start: null, end: '2019-09-30' });
  });

  // over-reach
  it('control: "Mỹ Lộc 2019.csv" beside "Vụ Bản 2019.csv" is the year: 1.241 / 1.131 → 91,14 %', async () => {
    const r = await summarizeCsvRows(dir, write({ 'c/Mỹ Lộc 2019.csv': MY_LOC, 'c/Vụ Bản 2019.csv': VU_BAN }), []);
    expect(r.code).toBe(0);
    expect(cases(r)).toEqual(YEAR_TOTALS);
  });

  it('control: names that read as before — "6 tháng đầu năm 2019 - Mỹ Lộc" six months, "q1-viec-2019" (Quận 1), "Quận 6 - Mỹ Lộc 2019", "Tổ 6 tháng 3 - Mỹ Lộc 2019" (an office\'s number) no period', () => {
    expect(periodOfFileName('6 tháng đầu năm 2019 - Mỹ Lộc.csv')).toEqual(HALF_2019);
    expect(periodOfFileName('Mỹ Lộc 6 tháng 2019.csv')).toEqual(HALF_2019);
    expect(periodOfFileName('q1-viec-2019.csv')).toEqual({ start: null, end: null });
    expect(periodOfFileName('Quận 6 - Mỹ Lộc 2019.csv')).toEqual({ start: null, end: null });
    expect(periodOfFileName('Tổ 6 tháng 3 - Mỹ Lộc 2019.csv')).toEqual({ start: null, end: null });
  });
});

describe('2: "hết" alone before the last day ("Mỹ Lộc hết 31.3.2019") ends the period there', () => {
  const { dir, write } = fileTree('thads-fnames5-2-');

  it.each(['Mỹ Lộc hết 31.3.2019.csv', 'Mỹ Lộc het ngay 31.3.2019.csv', 'Mỹ Lộc đến hết 31.3.2019.csv'])(
    'beside "Vụ Bản 2019.csv": MIXED_PERIODS, exit 2 (was an office "Mỹ Lộc hết 31.3" of the whole year, 1.241, exit 0): %s',
    async (name) => {
      const r = await bothOnFiles(`${dir}/${name}`, { [name]: MY_LOC, 'Vụ Bản 2019.csv': VU_BAN }, ['--format', 'csv']);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(MIXED);
    },
  );

  it('its period ends on 31/3/2019 and its office is Mỹ Lộc', () => {
    expect(periodOfFileName('Mỹ Lộc hết 31.3.2019.csv')).toEqual(HALF_2019);
    expect(officeFromFileName('Mỹ Lộc hết 31.3.2019.csv')).toBe('Mỹ Lộc');
    expect(officeFromFileName('Mỹ Lộc het ngay 31.3.2019.csv')).toBe('Mỹ Lộc');
  });

  it('control: a sending day without "hết" stays a sending day: "Mỹ Lộc gửi 05.10.2019" + "Vụ Bản 2019" is the year, 1.241 / 1.131', async () => {
    const r = await summarizeCsvRows(dir, write({ 'c/Mỹ Lộc gửi 05.10.2019.csv': MY_LOC, 'c/Vụ Bản 2019.csv': VU_BAN }), []);
    expect(r.code).toBe(0);
    expect(cases(r)).toEqual(YEAR_TOTALS);
  });
});

describe('3: "Quận 3_03.2019" is March\'s report of Quận 3, as "Quận 3 03.2019" is', () => {
  const { dir, write } = fileTree('thads-fnames5-3-');

  it('beside "Quận 1 2019.csv": MIXED_PERIODS, exit 2 (was the whole year, 1.241, exit 0)', async () => {
    const r = await bothOnFiles(`${dir}/a`, { 'Quận 3_03.2019.csv': MY_LOC, 'Quận 1 2019.csv': VU_BAN }, ['--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(MIXED);
  });

  it('its period and office: to 31/3/2019, Quận 3; "Quận 3 03.2019" the same', () => {
    expect(periodOfFileName('Quận 3_03.2019.csv')).toEqual(HALF_2019);
    expect(officeFromFileName('Quận 3_03.2019.csv')).toBe('Quận 3');
    expect(periodOfFileName('Quận 3 03.2019.csv')).toEqual(HALF_2019);
  });

  it('control: a day of "_" throughout ("Mỹ Lộc_05_10_2019") stays a sending day; "Quận 3_2019", "KV01_2026" no month', () => {
    expect(periodOfFileName('Mỹ Lộc_05_10_2019.csv')).toEqual({ start: null, end: null });
    expect(officeFromFileName('Mỹ Lộc_05_10_2019.csv')).toBe('Mỹ Lộc');
    expect(periodOfFileName('Quận 3_2019.csv')).toEqual({ start: null, end: null });
    expect(periodOfFileName('KV01_2026.csv')).toEqual({ start: null, end: null });
  });

  it('control: "Quận 1_20191005.csv" and "Quận 3 2019.csv" are two offices of the year: 1.241 / 1.131', async () => {
    const r = await summarizeCsvRows(dir, write({ 'c/Quận 1_20191005.csv': VU_BAN, 'c/Quận 3 2019.csv': MY_LOC }), []);
    expect(r.code).toBe(0);
    // 655 + 586 = 1.241; 611 + 520 = 1.131 → 91,14 %
    expect(cases(r)).toEqual([
      ['', 'Quận 1', '655', '611', '93.28'],
      ['', 'Quận 3', '586', '520', '88.74'],
      ['', 'TOTAL', '1241', '1131', '91.14'],
    ]);
  });
});

describe('4: office names — a copy after a sending day, the Cục before the office, "BaoCao_"', () => {
  const { dir, write } = fileTree('thads-fnames5-4-');

  it('"Mỹ Lộc_20191005_2.csv" beside "Mỹ Lộc_20191005.csv": one office given twice, DUPLICATE_INPUT, exit 1 (was "Mỹ Lộc _ 2", summed 1.172)', async () => {
    const r = await bothOnFiles(`${dir}/a`, { 'Mỹ Lộc_20191005.csv': MY_LOC, 'Mỹ Lộc_20191005_2.csv': MY_LOC_RESENT }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual([
      'Mỹ Lộc_20191005_2.csv:2: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc_20191005.csv:2 already gave them (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]',
      'thads: 1 error in the input; nothing was summed',
    ]);
  });

  it('"Cục Nam Định - Mỹ Lộc 2019.csv" is Mỹ Lộc of Nam Định, as "Cục THADS tỉnh Nam Định - Mỹ Lộc 2019.csv" is (both were the whole name, no province)', async () => {
    const r = await summarizeCsvRows(dir, write({ 'b/Cục Nam Định - Mỹ Lộc 2019.csv': MY_LOC, 'b/Cục THADS tỉnh Nam Định - Vụ Bản 2019.csv': VU_BAN }), []);
    expect(r.code).toBe(0);
    // 586 + 655 = 1.241; 520 + 611 = 1.131 → 91,14 %
    expect(cases(r)).toEqual([
      ['Nam Định', 'Mỹ Lộc', '586', '520', '88.74'],
      ['Nam Định', 'Vụ Bản', '655', '611', '93.28'],
      ['', 'TOTAL', '1241', '1131', '91.14'],
    ]);
  });

  it.each([
    ['Mỹ Lộc_20191005_2.csv', 'Mỹ Lộc'],
    ['Quận 1_20191005_2.csv', 'Quận 1'],
    ['BaoCao_MyLoc_20191005_153012.csv', 'MyLoc'],
    ['Baocao Mỹ Lộc 2019.csv', 'Mỹ Lộc'],
    // over-reach: names that read right before
    ['Mỹ Lộc 2019.csv', 'Mỹ Lộc'],
    ['Quận 1_20191005.csv', 'Quận 1'],
    ['KV01_2026.csv', 'KV01'],
    ['Mỹ Lộc - Nam Định 2019.csv', 'Mỹ Lộc'],
    ['Chi cục THADS huyện Mỹ Lộc 2019.csv', 'Chi cục THADS huyện Mỹ Lộc'],
  ])('%s → %s', (file, named) => {
    expect(officeFromFileName(file)).toBe(named);
  });

  it('control: the Cục\'s own file "Cục THADS tỉnh Nam Định 2019.csv" still names the province alone; "Chi cục … Mỹ Lộc" names none', () => {
    expect(placeOfFileName('Cục THADS tỉnh Nam Định 2019.csv')).toEqual({ office: 'Cục THADS tỉnh Nam Định', province: 'Nam Định' });
    expect(placeOfFileName('Chi cục THADS huyện Mỹ Lộc 2019.csv').province).toBe(null);
  });
});

describe('5: a template\'s tab names no office, the workbook\'s name decides', () => {
  const { dir, write } = fileTree('thads-fnames5-5-');

  it('"Hòa Bình 2019.xlsx - Số liệu.csv" + "- Sheet1.csv": one office Hòa Bình given twice, DUPLICATE_INPUT, exit 1 (was two offices "Hòa Bình" and "Số liệu", 1.216)', async () => {
    const r = await bothOnFiles(`${dir}/a`, {
      'Hòa Bình 2019.xlsx - Sheet1.csv': office(608, 548, 13338211701, 10834320918),
      'Hòa Bình 2019.xlsx - Số liệu.csv': office(608, 545, 13338211701, 10834320918),
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(errors(r.stderr)).toEqual([
      'Hòa Bình 2019.xlsx - Số liệu.csv:2: error: cases of "Hòa Bình" (2019) are given again: Hòa Bình 2019.xlsx - Sheet1.csv:2 already gave them (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]',
      'thads: 1 error in the input; nothing was summed',
    ]);
  });

  it.each(['Số liệu', 'Data', 'Kỳ này', 'Cùng kỳ', 'Biểu 01', 'BM01', 'Mẫu', 'Mẫu số 01', 'Sheet1', 'Trang tính1'])('"Hòa Bình 2019.xlsx - %s.csv" is the office Hòa Bình', (tab) => {
    expect(officeFromFileName(`Hòa Bình 2019.xlsx - ${tab}.csv`)).toBe('Hòa Bình');
  });

  it.each([
    // over-reach: an office's tab under a province's workbook stays that office; "Mẫu Sơn" is an office
    ['Nam Định 2019.xlsx - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Nam Định 2019.xlsx - Mẫu Sơn.csv', 'Mẫu Sơn'],
    ['TP Nam Định 2019.xlsx - Số liệu.csv', 'TP Nam Định'],
    ['Mỹ Lộc 2019.xlsx - Data.csv', 'Mỹ Lộc'],
  ])('control: %s → %s', (file, named) => {
    expect(officeFromFileName(file)).toBe(named);
  });

  it('control: "Nam Định 2019.xlsx - Mỹ Lộc.csv" and "- Vụ Bản.csv" stay two offices of Nam Định: 1.241 / 1.131', async () => {
    const r = await summarizeCsvRows(dir, write({ 'c/Nam Định 2019.xlsx - Mỹ Lộc.csv': MY_LOC, 'c/Nam Định 2019.xlsx - Vụ Bản.csv': VU_BAN }), []);
    expect(r.code).toBe(0);
    // 586 + 655 = 1.241; 520 + 611 = 1.131 → 91,14 %
    expect(cases(r)).toEqual([
      ['Nam Định', 'Mỹ Lộc', '586', '520', '88.74'],
      ['Nam Định', 'Vụ Bản', '655', '611', '93.28'],
      ['', 'TOTAL', '1241', '1131', '91.14'],
    ]);
  });
});
