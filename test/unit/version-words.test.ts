// More of the words a resent file's name carries after the office and the year are its version,
// not the office's name: "bản chốt", "chốt", "hoàn chỉnh", "số liệu mới", "bản chuẩn", "đã
// chỉnh", "v1.2", "bản in", "- Sao chép", "(bản sao)", "Bản sao …"; "mới", "chuẩn" only after the
// year or set apart, for "Chợ Mới" is an office (file-names.ts FILE_VERSION, withoutVersionAfterYear;
// finding work61a 02: "Mỹ Lộc 2019 bản chốt.csv" beside "Mỹ Lộc 2019.csv" was a second office,
// exit 0). Both readers; a workbook.
import { describe, expect, it } from 'vitest';
import { officeFromFileName } from '../../src/input/file-names.js';
import { titleOffice } from '../../src/input/title-office.js';
import { fileTree } from '../helpers/file-tree.js';
import { writeCasesWorkbook } from '../helpers/lines-workbook.js';
import { bothOnFiles, runArgs, summarizeCsvRows } from '../helpers/both-readers.js';

const MARKED = [
  'Mỹ Lộc 2019 bản chốt.csv',
  'Mỹ Lộc 2019 chốt.csv',
  'Mỹ Lộc 2019 chốt số liệu.csv',
  'Mỹ Lộc 2019 hoàn chỉnh.csv',
  'Mỹ Lộc 2019 - bản hoàn chỉnh.csv',
  'Mỹ Lộc 2019 mới.csv',
  'Mỹ Lộc 2019 moi.csv',
  'Mỹ Lộc 2019 số liệu mới.csv',
  'Mỹ Lộc 2019 chuẩn.csv',
  'Mỹ Lộc 2019 bản chuẩn.csv',
  'Mỹ Lộc 2019 đã chỉnh.csv',
  'Mỹ Lộc 2019 đã chỉnh sửa.csv',
  'Mỹ Lộc 2019 v1.2.csv',
  'Mỹ Lộc 2019 v1.1.csv',
  'Mỹ Lộc 2019 - Sao chép.csv',
  'Mỹ Lộc 2019 - Sao chép (2).csv',
  'Mỹ Lộc 2019 (bản sao).csv',
  'Bản sao Mỹ Lộc 2019.csv',
  'Mỹ Lộc 2019 bản in.csv',
  'Mỹ Lộc 2019 - Copy (2).csv',
];

describe('officeFromFileName drops these version words', () => {
  it.each(MARKED)('%s → Mỹ Lộc', (file) => {
    expect(officeFromFileName(file)).toBe('Mỹ Lộc');
  });

  it.each([
    ['Mỹ Lộc bản chốt.csv', 'Mỹ Lộc'],
    ['MY LOC 2019 BAN CHOT.csv', 'MY LOC'],
    ['my-loc-2019-ban-chot.csv', 'my-loc'],
    ['MỸ LỘC 2019 HOÀN CHỈNH.csv', 'MỸ LỘC'],
    ['Phòng THADS khu vực 12 - 2019 bản chốt.csv', 'Phòng THADS khu vực 12'],
    ['Chợ Mới 2019 bản chốt.csv', 'Chợ Mới'],
    ['Chợ Mới 2019 mới.csv', 'Chợ Mới'],
    ['Vụ Bản 2019 bản chốt.csv', 'Vụ Bản'],
    ['Vụ Bản 2019 chốt.csv', 'Vụ Bản'],
  ])('%s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });

  // over-reach: a word of the office's own name, before the year or without one
  it.each([
    ['Chợ Mới 2019.csv', 'Chợ Mới'],
    ['Chợ Mới.csv', 'Chợ Mới'],
    ['CHỢ MỚI 2019.csv', 'CHỢ MỚI'],
    ['Bản Lầu 2019.csv', 'Bản Lầu'],
    ['Bảo Lâm 2019.csv', 'Bảo Lâm'],
    ['Sao Đỏ 2019.csv', 'Sao Đỏ'],
    ['Tân Bình 2019.csv', 'Tân Bình'],
    ['Quận 12 - 2019.csv', 'Quận 12'],
    ['Phòng THADS khu vực 12 - 2019.csv', 'Phòng THADS khu vực 12'],
    ['Ngã Năm 2019.csv', 'Ngã Năm'],
    ['Mỹ Lộc 2019 (lũy kế).csv', 'Mỹ Lộc (lũy kế)'], // ("nửa đầu năm" is read now: six months, half-year-file-names.test.ts)
  ])('%s stays %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });
});

const rows = (...cells: string[]) => cells.map((c, i) => ({ cells: [c], line: i + 1 }));

describe("a title's office drops them too", () => {
  it.each([
    ['CHI CỤC THADS HUYỆN MỸ LỘC NĂM 2019 BẢN CHỐT', 'Huyện Mỹ Lộc'],
    ['CHI CỤC THADS HUYỆN MỸ LỘC NĂM 2019 - HOÀN CHỈNH', 'Huyện Mỹ Lộc'],
    ['CHI CỤC THADS HUYỆN CHỢ MỚI NĂM 2019 MỚI', 'Huyện Chợ Mới'],
    ['CHI CỤC THADS HUYỆN VỤ BẢN NĂM 2019 BẢN CHỐT', 'Huyện Vụ Bản'],
    // over-reach: the name's own "Mới"; a period's two years are one note
    ['CHI CỤC THADS HUYỆN CHỢ MỚI NĂM 2019', 'Huyện Chợ Mới'],
    ['CHI CỤC THADS HUYỆN CHỢ MỚI', 'Huyện Chợ Mới'],
    ['CHI CỤC THADS HUYỆN MỸ LỘC TỪ 01/10/2018 ĐẾN 30/9/2019', 'Huyện Mỹ Lộc'],
  ])('%s → %s', (title, office) => {
    expect(titleOffice(rows('CỤC THADS TỈNH NAM ĐỊNH', title))).toEqual({ office, line: 2 });
  });
});

const HEAD = 'Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
const plain = (...figures: string[]) => [HEAD, figures.join(';')];
const measures = (r: { rows: Record<string, string>[] }) =>
  r.rows.map((x) => [x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate, x.money_with_conditions, x.money_resolved, x.money_rate]);

describe('a resent file so named beside the first (both readers)', () => {
  const { dir, write } = fileTree('thads-version-words-');
  // the finding's files
  const first = plain('586', '533', '9.565.824.266', '8.009.734.950');
  const final = plain('586', '540', '9.565.824.266', '8.109.734.950');
  const vuBan = plain('655', '630', '16.389.337.399', '14.490.039.714');

  it.each(MARKED.map((f, i) => [f, i] as const))('"%s" beside "Mỹ Lộc 2019.csv": DUPLICATE_INPUT, exit 1', async (file, i) => {
    const r = await bothOnFiles(dir, { [`d${i}/Mỹ Lộc 2019.csv`]: first, [`d${i}/${file}`]: final, [`d${i}/Vụ Bản 2019.csv`]: vuBan }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cases of "Mỹ Lộc" (2019) are given again');
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('with the finalised file only, the office is "Mỹ Lộc"', async () => {
    const files = write({ 'one/Mỹ Lộc 2019 bản chốt.csv': final, 'one/Vụ Bản 2019.csv': vuBan });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // cases 586 + 655 = 1241, 540 + 630 = 1170, 1170/1241 = 94.28 %;
    // money 9 565 824 266 + 16 389 337 399 = 25 955 161 665, 8 109 734 950 + 14 490 039 714 = 22 599 774 664, 87.07 %
    expect(measures(r)).toEqual([
      ['Mỹ Lộc', '586', '540', '92.15', '9565824266', '8109734950', '84.78'],
      ['Vụ Bản', '655', '630', '96.18', '16389337399', '14490039714', '88.41'],
      ['TOTAL', '1241', '1170', '94.28', '25955161665', '22599774664', '87.07'],
    ]);
  });

  it('"Chợ Mới 2019 bản chốt.csv" beside "Chợ Mới 2019.csv" is Chợ Mới given twice', async () => {
    const r = await bothOnFiles(dir, { 'cm2/Chợ Mới 2019.csv': plain('412', '380', '20.000.000', '9.000.000'), 'cm2/Chợ Mới 2019 bản chốt.csv': plain('412', '381', '20.000.000', '9.000.000') }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cases of "Chợ Mới" (2019) are given again');
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('over-reach: Chợ Mới, Bản Lầu, Tân Bình, Quận 12 stay four offices', async () => {
    const files = write({
      'four/Chợ Mới 2019.csv': plain('412', '380', '20.000.000', '9.000.000'),
      'four/Bản Lầu 2019.csv': plain('300', '240', '5.000.000', '2.000.000'),
      'four/Tân Bình 2019.csv': plain('800', '600', '40.000.000', '30.000.000'),
      'four/Quận 12 - 2019.csv': plain('530', '441', '10.000.000', '1.000.000'),
    });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 380/412 = 92.23 %, 240/300 = 80.00 %, 600/800 = 75.00 %, 441/530 = 83.21 %;
    // 412 + 300 + 800 + 530 = 2042, 380 + 240 + 600 + 441 = 1661, 1661/2042 = 81.34 %;
    // money 9/20 = 45.00 %, 2/5 = 40.00 %, 30/40 = 75.00 %, 1/10 = 10.00 %; 20 + 5 + 40 + 10 = 75 M, 9 + 2 + 30 + 1 = 42 M, 56.00 %
    expect(measures(r)).toEqual([
      ['Chợ Mới', '412', '380', '92.23', '20000000', '9000000', '45.00'],
      ['Bản Lầu', '300', '240', '80.00', '5000000', '2000000', '40.00'],
      ['Tân Bình', '800', '600', '75.00', '40000000', '30000000', '75.00'],
      ['Quận 12', '530', '441', '83.21', '10000000', '1000000', '10.00'],
      ['TOTAL', '2042', '1661', '81.34', '75000000', '42000000', '56.00'],
    ]);
  });

  it('over-reach: "Phòng THADS khu vực 12 - 2019.csv", "Sao Đỏ 2019.csv", "Bảo Lâm 2019.csv" stay three offices', async () => {
    const files = write({
      'three/Phòng THADS khu vực 12 - 2019.csv': plain('655', '630', '10.000.000', '5.000.000'),
      'three/Sao Đỏ 2019.csv': plain('586', '533', '10.000.000', '5.000.000'),
      'three/Bảo Lâm 2019.csv': plain('100', '90', '10.000.000', '5.000.000'),
    });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 630/655 = 96.18 %, 533/586 = 90.96 %, 90/100 = 90.00 %; 655 + 586 + 100 = 1341, 630 + 533 + 90 = 1253, 1253/1341 = 93.44 %;
    // money 5/10 = 50.00 % each; 30 M, 15 M, 50.00 %
    expect(measures(r)).toEqual([
      ['Phòng THADS khu vực 12', '655', '630', '96.18', '10000000', '5000000', '50.00'],
      ['Sao Đỏ', '586', '533', '90.96', '10000000', '5000000', '50.00'],
      ['Bảo Lâm', '100', '90', '90.00', '10000000', '5000000', '50.00'],
      ['TOTAL', '1341', '1253', '93.44', '30000000', '15000000', '50.00'],
    ]);
  });
});

describe('workbooks so named (xlsx reader)', () => {
  const { dir } = fileTree('thads-version-words-xlsx-');

  it('"Mỹ Lộc 2019 bản chốt.xlsx" beside "Mỹ Lộc 2019.xlsx" is a duplicate; alone beside Vụ Bản, two offices', async () => {
    const ml = await writeCasesWorkbook(dir, 'Mỹ Lộc 2019.xlsx', 586, 533);
    const fin = await writeCasesWorkbook(dir, 'Mỹ Lộc 2019 bản chốt.xlsx', 586, 540);
    const vb = await writeCasesWorkbook(dir, 'Vụ Bản 2019.xlsx', 655, 630);
    const twice = await runArgs(dir, ['summarize', ml, fin, vb, '--format', 'csv'], false);
    expect(twice.code).toBe(1);
    expect(twice.stdout).toBe('');
    expect(twice.stderr).toContain('cases of "Mỹ Lộc" (2019) are given again');
    expect(twice.stderr).toContain('[DUPLICATE_INPUT]');
    const once = await runArgs(dir, ['summarize', fin, vb, '--format', 'csv'], false);
    expect(once.code).toBe(0);
    // 586 + 655 = 1241, 540 + 630 = 1170, 1170/1241 = 94.28 %
    const lines = once.stdout.trim().split('\n').slice(1).map((l) => l.split(',')).map((c) => [c[1], c[9], c[18], c[20]]);
    expect(lines).toEqual([['Mỹ Lộc', '586', '540', '92.15'], ['Vụ Bản', '655', '630', '96.18'], ['TOTAL', '1241', '1170', '94.28']]);
  });
});
