// A version's note in a file's name is dropped whole ("Tân Châu 2019 bản sửa.csv", "… đã sửa",
// "_ban_sua", "sửa lại", "bản cuối", "update" → "Tân Châu", not "Tân Châu bản"), and a title's
// office drops the period and version a file's name drops, with the year ("… MỸ LỘC NĂM 2019
// (SỬA)", "… 12 THÁNG NĂM 2019", "… CẢ NĂM 2019", "… TỪ 01/10/2018 ĐẾN 30/9/2019" → "Huyện Mỹ
// Lộc"): a corrected report beside the first is one office given twice, not a second office
// summed (findings work60b 02, 04). Both readers; a workbook.
import { describe, expect, it } from 'vitest';
import { officeFromFileName } from '../../src/input/file-names.js';
import { titleOffice } from '../../src/input/title-office.js';
import { fileTree } from '../helpers/file-tree.js';
import { writeCasesWorkbook } from '../helpers/lines-workbook.js';
import { bothOnFiles, runArgs, summarizeCsvRows } from '../helpers/both-readers.js';

describe('officeFromFileName drops a version note whole', () => {
  it.each([
    ['Tân Châu 2019 bản sửa.csv', 'Tân Châu'],
    ['Tân Châu 2019 đã sửa.csv', 'Tân Châu'],
    ['Tân Châu 2019 ĐÃ SỬA.csv', 'Tân Châu'],
    ['TÂN CHÂU 2019 BẢN SỬA.csv', 'TÂN CHÂU'],
    ['Phú Tân_2019_ban_sua.csv', 'Phú Tân'],
    ['Phú Tân 2019 ban sua.csv', 'Phú Tân'],
    ['Phú Tân - bản sửa - 2019.csv', 'Phú Tân'],
    ['Phú Tân 2019 sửa lại.csv', 'Phú Tân'],
    ['Phú Tân 2019 bản cuối.csv', 'Phú Tân'],
    ['Phú Tân 2019 update.csv', 'Phú Tân'],
    ['Phú Tân 2019 bản sửa lần 2.csv', 'Phú Tân'],
    ['Phú Tân cả năm 2019.csv', 'Phú Tân'],
    ['Phòng THADS khu vực 1 - bản sửa.csv', 'Phòng THADS khu vực 1'],
  ])('%s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });

  // over-reach: an office's own last word before a version, a number before a period, "mới" of a name
  it.each([
    ['Vụ Bản 2019 đã sửa.csv', 'Vụ Bản'],
    ['Vụ Bản 2019 sửa.csv', 'Vụ Bản'],
    ['VỤ BẢN 2019 ĐÃ SỬA.csv', 'VỤ BẢN'],
    ['Vụ Bản_2019_ban_sua.csv', 'Vụ Bản'],
    ['Chợ Mới 2019 - mới.csv', 'Chợ Mới'],
    ['Quận 12 - 12 tháng 2019.csv', 'Quận 12'],
    ['Phòng THADS khu vực 1 - 12 tháng 2026.csv', 'Phòng THADS khu vực 1'],
    ['Ngã Năm 2019.csv', 'Ngã Năm'],
    ['Hà Nam 2019.csv', 'Hà Nam'],
  ])('%s stays %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });
});

const rows = (...cells: string[]) => cells.map((c, i) => ({ cells: [c], line: i + 1 }));

describe('titleOffice without the period and version after the office', () => {
  it.each([
    ['CHI CỤC THADS HUYỆN MỸ LỘC NĂM 2019 (SỬA)', 'Huyện Mỹ Lộc'],
    ['CHI CỤC THADS HUYỆN MỸ LỘC 12 THÁNG NĂM 2019', 'Huyện Mỹ Lộc'],
    ['CHI CỤC THADS HUYỆN MỸ LỘC CẢ NĂM 2019', 'Huyện Mỹ Lộc'],
    ['CHI CỤC THADS HUYỆN MỸ LỘC TỪ 01/10/2018 ĐẾN 30/9/2019', 'Huyện Mỹ Lộc'],
    ['Chi cục THADS huyện Mỹ Lộc - bản sửa', 'Huyện Mỹ Lộc'],
    ['CHI CỤC THADS HUYỆN MỸ LỘC (NAM ĐỊNH) NĂM 2019', 'Huyện Mỹ Lộc'],
    // over-reach: the office's own last words
    ['CHI CỤC THADS HUYỆN CHỢ MỚI NĂM 2019', 'Huyện Chợ Mới'],
    ['CHI CỤC THADS THỊ XÃ NGÃ NĂM NĂM 2019', 'Thị xã Ngã Năm'],
    ['CHI CỤC THADS THỊ XÃ NGÃ NĂM', 'Thị xã Ngã Năm'],
    ['CHI CỤC THADS HUYỆN VỤ BẢN ĐÃ SỬA', 'Huyện Vụ Bản'],
    ['CHI CỤC THADS QUẬN 12 - 12 THÁNG NĂM 2019', 'Quận 12'],
    ['PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3 - NINH BÌNH', 'Phòng THADS khu vực 3'],
  ])('%s → %s', (title, office) => {
    expect(titleOffice(rows('CỤC THADS TỈNH NAM ĐỊNH', title))).toEqual({ office, line: 2 });
  });
});

const HEAD = 'Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
const plain = (...figures: string[]) => [HEAD, figures.join(';')];

describe('a corrected file beside the first (both readers)', () => {
  const { dir, write } = fileTree('thads-version-names-whole-');
  const chauDoc = plain('420', '350', '12.500.000', '5.000.000');
  const tanChau = plain('300', '250', '10.000.000', '4.000.000');
  const corrected = plain('300', '252', '10.000.000', '4.100.000');

  it.each(['bản sửa', 'đã sửa', 'ban_sua', 'sửa lại', 'bản cuối', 'update'])('"Tân Châu 2019 %s.csv" beside "Tân Châu 2019.csv": DUPLICATE_INPUT, exit 1', async (mark) => {
    const sub = mark.replace(/\W/gu, '-');
    const sep = mark === 'ban_sua' ? '_' : ' ';
    const r = await bothOnFiles(dir, { [`${sub}/Châu Đốc 2019.csv`]: chauDoc, [`${sub}/Tân Châu 2019.csv`]: tanChau, [`${sub}/Tân Châu${sep}2019${sep}${mark}.csv`]: corrected }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cases of "Tân Châu" (2019) are given again');
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('with the corrected file only, the office is "Tân Châu"', async () => {
    const files = write({ 'one/Châu Đốc 2019.csv': chauDoc, 'one/Tân Châu 2019 bản sửa.csv': corrected });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // cases 420 + 300 = 720, 350 + 252 = 602, 602/720 = 83.61 %; money 12 500 000 + 10 000 000 = 22 500 000,
    // 5 000 000 + 4 100 000 = 9 100 000, 9.1/22.5 = 40.44 %
    expect(r.rows.map((x) => [x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate, x.money_with_conditions, x.money_resolved, x.money_rate])).toEqual([
      ['Châu Đốc', '420', '350', '83.33', '12500000', '5000000', '40.00'],
      ['Tân Châu', '300', '252', '84.00', '10000000', '4100000', '41.00'],
      ['TOTAL', '720', '602', '83.61', '22500000', '9100000', '40.44'],
    ]);
  });

  it('over-reach: "Vụ Bản 2019 đã sửa.csv" beside "Mỹ Lộc 2019.csv" is Vụ Bản, two offices', async () => {
    const files = write({ 'vb/Mỹ Lộc 2019.csv': plain('586', '533', '0', '0'), 'vb/Vụ Bản 2019 đã sửa.csv': plain('655', '630', '0', '0') });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    // 533/586 = 90.96 %; 630/655 = 96.18 %; 586 + 655 = 1241, 533 + 630 = 1163, 1163/1241 = 93.71 %
    expect(r.rows.map((x) => [x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate])).toEqual([
      ['Mỹ Lộc', '586', '533', '90.96'],
      ['Vụ Bản', '655', '630', '96.18'],
      ['TOTAL', '1241', '1163', '93.71'],
    ]);
  });

  it('over-reach: "Chợ Mới 2019 - mới.csv" and "Quận 12 - 12 tháng 2019.csv" keep their names', async () => {
    const files = write({ 'cm/Chợ Mới 2019 - mới.csv': plain('412', '380', '0', '0'), 'cm/Quận 12 - 12 tháng 2019.csv': plain('530', '441', '0', '0') });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    // 380/412 = 92.23 %; 441/530 = 83.21 %; 412 + 530 = 942, 380 + 441 = 821, 821/942 = 87.15 %
    expect(r.rows.map((x) => [x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate])).toEqual([
      ['Chợ Mới', '412', '380', '92.23'],
      ['Quận 12', '530', '441', '83.21'],
      ['TOTAL', '942', '821', '87.15'],
    ]);
  });
});

describe('a title naming its office with the period or a version (both readers)', () => {
  const { dir, write } = fileTree('thads-version-titles-');
  const figures = '412;309;10.250.000.000;3.587.500.000';
  const titled = (title: string, f = figures) => [title, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', HEAD, f];

  it('"… NĂM 2019 (SỬA)" beside "… NĂM 2019": DUPLICATE_INPUT, exit 1', async () => {
    const r = await bothOnFiles(dir, {
      'dup/bao-cao-2019.csv': titled('CHI CỤC THADS HUYỆN MỸ LỘC NĂM 2019', '412;305;10.250.000.000;3.500.000.000'),
      'dup/bao-cao-2019 (1).csv': titled('CHI CỤC THADS HUYỆN MỸ LỘC NĂM 2019 (SỬA)'),
      'dup/bao-cao-2019 (2).csv': titled('CHI CỤC THADS HUYỆN VỤ BẢN NĂM 2019', '500;400;12.000.000.000;4.000.000.000'),
    }, ['--year', '2019', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cases of "Huyện Mỹ Lộc" (2019) are given again');
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it.each([
    ['CHI CỤC THADS HUYỆN MỸ LỘC 12 THÁNG NĂM 2019'],
    ['CHI CỤC THADS HUYỆN MỸ LỘC CẢ NĂM 2019'],
    ['CHI CỤC THADS HUYỆN MỸ LỘC NĂM 2019 (SỬA)'],
    ['CHI CỤC THADS HUYỆN MỸ LỘC TỪ 01/10/2018 ĐẾN 30/9/2019'],
    // control: read right before
    ['CHI CỤC THADS HUYỆN MỸ LỘC NĂM 2019'],
  ])('"%s" takes Mỹ Lộc\'s config target', async (title) => {
    const sub = `t${title.length}${title.charCodeAt(title.length - 1)}`;
    const files = write({
      [`${sub}/bao-cao-2019.csv`]: titled(title),
      [`${sub}/thads.config.json`]: ['{ "targets": { "2019": { "cases": 74, "money": "34.5", "districts": { "Mỹ Lộc": { "cases": 78, "money": "36" } } } } }'],
    });
    const r = await summarizeCsvRows(dir, [files[0]!], ['--year', '2019', '--config', files[1]!]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 309/412 = 75.00 %, target 78: gap −3.00, required ⌈412 × 0.78 = 321.36⌉ = 322, 309 − 322 = −13, not met;
    // money 3 587 500 000 / 10 250 000 000 = 35.00 %, target 36: −1.00, required 10 250 000 000 × 0.36 = 3 690 000 000, above −102 500 000
    const ml = r.rows[0]!;
    expect([ml.district, ml.cases_rate, ml.cases_target, ml.cases_gap_pp, ml.cases_required, ml.cases_above_target, ml.cases_met]).toEqual(['Huyện Mỹ Lộc', '75.00', '78', '-3.00', '322', '-13', 'false']);
    expect([ml.money_rate, ml.money_target, ml.money_gap_pp, ml.money_required, ml.money_above_target, ml.money_met]).toEqual(['35.00', '36', '-1.00', '3690000000', '-102500000', 'false']);
  });
});

describe('workbooks named so (xlsx reader)', () => {
  const { dir } = fileTree('thads-version-names-whole-xlsx-');
  const book = (name: string, cases: number, resolved: number) => writeCasesWorkbook(dir, name, cases, resolved);

  it('"Tân Châu 2019 bản sửa.xlsx" beside "Tân Châu 2019.xlsx" is a duplicate; alone beside Châu Đốc, two offices', async () => {
    const cd = await book('Châu Đốc 2019.xlsx', 420, 350);
    const tc = await book('Tân Châu 2019.xlsx', 300, 250);
    const fixed = await book('Tân Châu 2019 bản sửa.xlsx', 300, 252);
    const twice = await runArgs(dir, ['summarize', cd, tc, fixed, '--format', 'csv'], false);
    expect(twice.code).toBe(1);
    expect(twice.stdout).toBe('');
    expect(twice.stderr).toContain('[DUPLICATE_INPUT]');
    const once = await runArgs(dir, ['summarize', cd, fixed, '--format', 'csv'], false);
    expect(once.code).toBe(0);
    // 420 + 300 = 720, 350 + 252 = 602, 602/720 = 83.61 %
    const lines = once.stdout.trim().split('\n').slice(1).map((l) => l.split(',')).map((c) => [c[1], c[9], c[18], c[20]]);
    expect(lines).toEqual([['Châu Đốc', '420', '350', '83.33'], ['Tân Châu', '300', '252', '84.00'], ['TOTAL', '720', '602', '83.61']]);
  });
});
