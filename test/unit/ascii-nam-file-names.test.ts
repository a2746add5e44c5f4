// File names typed without diacritics (work63a, findings 01–02). "My Loc nam 2019.csv" kept the
// unaccented "nam" (năm, year) in the office's name: beside the resend "My Loc 2019 - ban sua.csv"
// the two were added as two offices (1831/1696, exit 0) where "Mỹ Lộc năm 2019.csv" is refused
// as DUPLICATE_INPUT; "Bieu 01 nam 2019.csv" named the office "nam" (OFFICE_NAME_CONFLICT). The
// rule (withoutYear, namIsOfName): a "nam" right before the year is the year's word unless it
// ends a place named so (Hà Nam, Quảng Nam, Việt Nam, Thuận Nam, Ngã Năm). And a by-enforcer
// form's file named after its form ("Mẫu 04", "BC theo CHV", "chap hanh vien", "TT05-2024") took
// those words for its office and was refused against its title (formWords: they name no office).
import { describe, expect, it } from 'vitest';
import { namIsOfName } from '../../src/domain/office-names.js';
import { fileNamesOffice, officeFromFileName, placeOfFileName } from '../../src/input/file-names.js';
import { yearBesideName } from '../../src/input/row-labels.js';
import { bothOnFiles, summarizeCsvRows } from '../helpers/both-readers.js';
import { fileTree } from '../helpers/file-tree.js';
import { writeCasesWorkbook } from '../helpers/lines-workbook.js';

describe('an unaccented "nam" before the year', () => {
  it.each([
    ['My Loc nam 2019.csv', 'My Loc'],
    ['MY LOC NAM 2019.csv', 'MY LOC'],
    ['Vu Ban nam 2019.csv', 'Vu Ban'],
    ['My Loc (nam 2019).csv', 'My Loc'],
    ['My Loc ca nam 2019.csv', 'My Loc'],
    ['My Loc 6 thang nam 2019.csv', 'My Loc'],
    ['My Loc (6 thang nam 2026).csv', 'My Loc'],
    ['My Loc thang 12 nam 2019.csv', 'My Loc'],
    ['Ha Nam nam 2019.csv', 'Ha Nam'],
    ['HA NAM NAM 2019.csv', 'HA NAM'],
    ['Nga Nam nam 2019.csv', 'Nga Nam'],
    ['Nam Truc nam 2019.csv', 'Nam Truc'],
    // over-reach: a place's own last "Nam", a first "Nam"
    ['Ha Nam 2019.csv', 'Ha Nam'],
    ['Hà Nam 2019.csv', 'Hà Nam'],
    ['Quang Nam 2019.csv', 'Quang Nam'],
    ['Quảng Nam 2019.csv', 'Quảng Nam'],
    ['Viet Nam 2019.csv', 'Viet Nam'],
    ['Nga Nam 2019.csv', 'Nga Nam'],
    ['Ngã Năm 2019.csv', 'Ngã Năm'],
    ['Thuan Nam 2019.csv', 'Thuan Nam'],
    ['Ham Thuan Nam 2019.csv', 'Ham Thuan Nam'],
    ['Nam Dinh 2019.csv', 'Nam Dinh'],
    ['Nam Định 2019.csv', 'Nam Định'],
    ['Nam Trực 2019.csv', 'Nam Trực'],
    ['Nam Sách 2019.csv', 'Nam Sách'],
    ['Nam Sach 2019.csv', 'Nam Sach'],
    ['Mỹ Lộc năm 2019.csv', 'Mỹ Lộc'],
  ])('%s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });

  it('the province stays a province', () => {
    expect(placeOfFileName('Ha Nam nam 2019.csv')).toEqual({ office: 'Ha Nam', province: 'Hà Nam' });
    expect(placeOfFileName('Quang Nam 2019.csv')).toEqual({ office: 'Quang Nam', province: 'Quảng Nam' });
    expect(placeOfFileName('Nam Dinh 2019.csv')).toEqual({ office: 'Nam Dinh', province: 'Nam Định' });
  });

  it('namIsOfName: an unbreved "Nam" after Hà, Quảng, Việt, Thuận, Ngã; a "Năm" only after Ngã', () => {
    expect(namIsOfName('Ha Nam')).toBe(true);
    expect(namIsOfName('QUẢNG NAM')).toBe(true);
    expect(namIsOfName('Hàm Thuận Nam')).toBe(true);
    expect(namIsOfName('Nga Nam')).toBe(true);
    expect(namIsOfName('Ha Nam nam')).toBe(false);
    expect(namIsOfName('My Loc nam')).toBe(false);
    expect(namIsOfName('Hà Năm')).toBe(false);
    expect(namIsOfName('nam')).toBe(false);
  });

  it.each([
    ['Chi cục THADS huyện Thuận Nam 2019', 'Chi cục THADS huyện Thuận Nam'],
    ['Cục THADS tỉnh Hà Nam 2019', 'Cục THADS tỉnh Hà Nam'],
    ['Chi cuc THADS huyen My Loc nam 2019', 'Chi cuc THADS huyen My Loc'],
  ])('an office cell %s → %s, 2019', (cell, name) => {
    expect(yearBesideName(cell)).toEqual({ name, year: 2019 });
  });
});

describe('form words name no office', () => {
  it.each([
    'Mẫu 04 năm 2019.csv',
    'Mẫu số 04 năm 2019.csv',
    'Mau 04 nam 2019.csv',
    'mau04-2019.csv',
    'BC theo CHV 2019.csv',
    'Bieu 04 CHV 2019.csv',
    'Bieu CHV 2019.csv',
    'BC chap hanh vien 2019.csv',
    'Báo cáo theo chấp hành viên 2019.csv',
    'Mau 04 TT05-2024 nam 2024.csv',
    'Mẫu 04 TT 05 năm 2024.csv',
    'Bao cao ket qua THADS nam 2024.csv',
    'Bieu 01 nam 2019.csv',
    'Biểu 04 năm 2019.csv',
  ])('%s names no office', (file) => {
    expect(fileNamesOffice(file)).toBe(false);
  });

  // over-reach: an office beside them keeps its name; "Mẫu Sơn", "TT" without a number stay
  it.each([
    ['Mẫu 04 - Mỹ Lộc 2019.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc theo CHV 2019.csv', 'Mỹ Lộc'],
    ['BC CHV Vu Ban nam 2019.csv', 'Vu Ban'],
    ['Mẫu Sơn 2019.csv', 'Mẫu Sơn'],
    ['Quận 12 - 2019.csv', 'Quận 12'],
    ['Phòng THADS khu vực 4 - 2026.csv', 'Phòng THADS khu vực 4'],
  ])('%s → %s', (file, office) => {
    expect(fileNamesOffice(file)).toBe(true);
    expect(officeFromFileName(file)).toBe(office);
  });

  it('a province beside a form number: "Mau 04 Ben Tre 2019.csv" is Bến Tre', () => {
    expect(placeOfFileName('Mau 04 Ben Tre 2019.csv')).toEqual({ office: 'Ben Tre', province: 'Bến Tre' });
  });
});

const plain = (cases: string, resolved: string) => ['Việc có điều kiện,Việc giải quyết xong', `${cases},${resolved}`];
const cases = (r: { rows: Record<string, string>[] }) => r.rows.map((x) => [x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate]);

describe('the files (both readers)', () => {
  const { dir, write } = fileTree('thads-ascii-nam-');

  it.each([
    ['a', 'My Loc nam 2019.csv', 'My Loc 2019 - ban sua.csv', 'My Loc'],
    ['b', 'Nga Nam nam 2019.csv', 'Nga Nam 2019 - ban sua.csv', 'Nga Nam'],
    ['c', 'Ha Nam nam 2019.csv', 'Ha Nam 2019 (sua).csv', 'Ha Nam'],
    ['d', 'My Loc 6 thang nam 2019.csv', 'My Loc 6 thang 2019 - ban sua.csv', 'My Loc'],
  ])('%s: "%s" beside "%s": DUPLICATE_INPUT, exit 1', async (folder, first, resend, office) => {
    // the finding's figures: first send 586/533, resend 590/533, Vụ Bản 655/630
    const r = await bothOnFiles(dir, { [`${folder}/${first}`]: plain('586', '533'), [`${folder}/${resend}`]: plain('590', '533'), [`${folder}/Vu Ban nam 2019.csv`]: plain('655', '630') }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`cases of "${office}" (2019) are given again`);
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('the first send alone beside Vụ Bản: My Loc and Vu Ban, 1241 / 1163', async () => {
    const files = write({ 'e/My Loc nam 2019.csv': plain('586', '533'), 'e/Vu Ban nam 2019.csv': plain('655', '630') });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 533/586 = 90.955 → 90.96; 630/655 = 96.183 → 96.18; 586 + 655 = 1241, 533 + 630 = 1163, 1163/1241 = 93.7147 → 93.71
    expect(cases(r)).toEqual([
      ['My Loc', '586', '533', '90.96'],
      ['Vu Ban', '655', '630', '96.18'],
      ['TOTAL', '1241', '1163', '93.71'],
    ]);
  });

  it('a workbook "My Loc nam 2019.xlsx" beside the resend is Mỹ Lộc given twice', async () => {
    await writeCasesWorkbook(dir, 'My Loc nam 2019.xlsx', 586, 533);
    // the workbook is given by its path after the CSV resend
    const both = await bothOnFiles(dir, { 'My Loc 2019 - ban sua.csv': plain('590', '533') }, [`${dir}/My Loc nam 2019.xlsx`]);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('cases of "My Loc" (2019) are given again');
    expect(both.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('over-reach: Nga Nam, Nam Truc, Nam Sach, Thuan Nam, Ha Nam, Quang Nam stay their own offices', async () => {
    const files = write({
      'f/Nga Nam 2019.csv': plain('400', '300'),
      'f/Nam Truc 2019.csv': plain('500', '450'),
      'f/Nam Sach 2019.csv': plain('200', '150'),
      'f/Thuan Nam 2019.csv': plain('100', '99'),
      'f/Ha Nam 2019.csv': plain('1000', '800'),
      'f/Quang Nam 2019.csv': plain('1000', '700'),
    });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 400 + 500 + 200 + 100 + 1000 + 1000 = 3200; 300 + 450 + 150 + 99 + 800 + 700 = 2499; 2499/3200 = 78.09 %
    expect(r.rows.map((x) => x.district).sort()).toEqual(['Ha Nam', 'Nam Sach', 'Nam Truc', 'Nga Nam', 'Quang Nam', 'TOTAL', 'Thuan Nam']);
    expect(cases({ rows: r.rows.filter((x) => x.district === 'TOTAL') })).toEqual([['TOTAL', '3200', '2499', '78.09']]);
  });
});

// The finding's by-enforcer form of Chi cục THADS huyện Mỹ Lộc (figures in nghìn đồng).
const byEnforcer = (year: string) => [
  'CỤC THADS TỈNH NAM ĐỊNH',
  'CHI CỤC THADS HUYỆN MỸ LỘC',
  `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ THEO CHẤP HÀNH VIÊN NĂM ${year}`,
  'Đơn vị tính: Việc; nghìn đồng',
  'STT,Chấp hành viên,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
  '1,Nguyễn Văn An,300,270,5000000,4000000',
  '2,Trần Thị Bình,286,263,4565824,4009735',
  ',Tổng cộng,586,533,9565824,8009735',
];

describe('a by-enforcer form named after its form is read as its title\'s office (both readers)', () => {
  const { dir, write } = fileTree('thads-form-words-');
  it.each([
    ['Mẫu 04 năm 2019.csv', '2019'],
    ['Mau so 04 nam 2019.csv', '2019'],
    ['BC theo CHV 2019.csv', '2019'],
    ['Bieu 04 CHV 2019.csv', '2019'],
    ['BC chap hanh vien 2019.csv', '2019'],
    ['Bieu 01 nam 2019.csv', '2019'],
    ['Mau 04 TT05-2024 nam 2024.csv', '2024'],
    ['Biểu 04 năm 2019.csv', '2019'],
  ])('%s: Huyện Mỹ Lộc, 586 / 533, 9.565.824.000 / 8.009.735.000 đ', async (name, year) => {
    const [file] = write({ [`${name.replace(/\W/g, '_')}/${name}`]: byEnforcer(year) });
    const r = await summarizeCsvRows(dir, [file!], []);
    expect(r.code).toBe(0);
    // (its enforcers' rows are no repeats of its office: no DUPLICATE_OFFICE, test/cli/dupoffice.test.ts)
    expect(r.stderr).not.toMatch(/error/);
    expect(r.stderr).not.toContain('OFFICE_NAME_CONFLICT');
    // cases 300 + 286 = 586, 270 + 263 = 533, 533/586 = 90.96 %; money (× 1000) 5.000.000 + 4.565.824 = 9.565.824 →
    // 9.565.824.000 đ, 4.000.000 + 4.009.735 = 8.009.735 → 8.009.735.000 đ, 8.009.735/9.565.824 = 83.733 → 83.73 %
    expect(r.rows.map((x) => [x.province, x.district, x.year, x.cases_with_conditions, x.cases_resolved, x.cases_rate, x.money_with_conditions, x.money_resolved, x.money_rate])).toEqual([
      ['Nam Định', 'Huyện Mỹ Lộc', year, '586', '533', '90.96', '9565824000', '8009735000', '83.73'],
      ['', 'TOTAL', year, '586', '533', '90.96', '9565824000', '8009735000', '83.73'],
    ]);
  });
});
