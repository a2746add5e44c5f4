// An office's name taken from its file name drops the marks of a version ("(sửa)", "v2", "bản
// cũ", "final") and the words of a period ("12 tháng", "6T"), as it drops a copy's and the year
// (file-names.ts withoutVersionAndPeriod; findings work57e 01–03): a resent file is the same
// office (DUPLICATE_INPUT), its config target applies, a title naming it agrees. Both readers.
import { describe, expect, it } from 'vitest';
import { officeFromFileName } from '../../src/input/file-names.js';
import { periodNote } from '../../src/input/period-notes.js';
import { fileTree } from '../helpers/file-tree.js';
import { writeCasesWorkbook } from '../helpers/lines-workbook.js';
import { bothOnFiles, runArgs, summarizeCsvRows } from '../helpers/both-readers.js';

describe('officeFromFileName drops version and period marks', () => {
  it.each([
    ['Phòng THADS khu vực 1 - 2026 (sửa).csv', 'Phòng THADS khu vực 1'],
    ['Phòng THADS khu vực 1 - 12 tháng 2026.csv', 'Phòng THADS khu vực 1'],
    ['Phòng THADS khu vực 1 - 12 tháng 2026 (sửa).csv', 'Phòng THADS khu vực 1'],
    ['BC 6 tháng 2026 - Phòng THADS khu vực 1.csv', 'Phòng THADS khu vực 1'],
    ['Mỹ Lộc 12 tháng 2019.csv', 'Mỹ Lộc'],
    ['BC Mỹ Lộc 12 tháng 2019.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc - 6 tháng 2019.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019 - 6T.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc v2 2019.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019 - bản cũ.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019 (bản hiệu chỉnh).csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019 (BẢN HIỆU CHỈNH).csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019 final.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019 (mới).csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019 - gửi lại.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019_sua.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019 (đã sửa).csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019 (chính thức).csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019 lần 2.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019 - gui Cuc.csv', 'Mỹ Lộc'],
    ['MY LOC 2019 (SUA).csv', 'MY LOC'],
    ['Mỹ Lộc 2019 v2 - Copy.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019 (số liệu đến 30.9).csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019 - Quý I.csv', 'Mỹ Lộc'],
  ])('%s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });

  // over-reach: names whose last words are an office's own
  it.each([
    ['Phòng THADS khu vực 1 - 2026.csv', 'Phòng THADS khu vực 1'],
    ['Chợ Mới 2019.csv', 'Chợ Mới'],
    ['Chợ Mới 2019 (mới).csv', 'Chợ Mới'],
    ['Quận 12 - 2019.csv', 'Quận 12'],
    ['Q1 2019.csv', 'Q1'],
    ['Huyện Bảo Thắng 2019.csv', 'Huyện Bảo Thắng'],
    ['Ba Tơ 2019.csv', 'Ba Tơ'],
    ['Phòng THADS khu vực 1 (Mỹ Lộc) - 2026.csv', 'Phòng THADS khu vực 1 (Mỹ Lộc)'],
    // a part of a year the name's period reader does not date stays visible, never read as the whole year unseen
    ['Mỹ Lộc 2019 (số liệu đến 31.8).csv', 'Mỹ Lộc (số liệu đến 31.8)'],
    ['Mỹ Lộc 2019 (lũy kế).csv', 'Mỹ Lộc (lũy kế)'], // ("nửa đầu năm" is read now: six months, half-year-file-names.test.ts)
  ])('%s stays %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });
});

describe('periodNote reads a dotted day after its bound', () => {
  it.each([
    ['số liệu đến 30.9', { kind: 'year', year: null }],
    ['den ngay 30.9', { kind: 'year', year: null }],
    ['số liệu đến ngày 31.8', { kind: 'part' }],
    ['1.1', null],
    ['mục 30.9', null],
  ])('%s', (note, read) => {
    expect(periodNote(note)).toEqual(read);
  });
});

const plain = (cases: number, resolved: number, money: number, moneyResolved: number) => ['Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong', `${cases},${resolved},${money},${moneyResolved}`];
const titled = (district: string, cases: number, resolved: number, money: number, moneyResolved: number) => ['CỤC THADS TỈNH NAM ĐỊNH', `CHI CỤC THADS HUYỆN ${district}`, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', '(Từ ngày 01/10/2018 đến ngày 30/9/2019)', ...plain(cases, resolved, money, moneyResolved)];

describe('files of one office under version and period names (both readers)', () => {
  const { dir, write } = fileTree('thads-file-name-version-');
  const cases = (r: { rows: Record<string, string>[] }) => r.rows.map((x) => [x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate]);

  it('a resent "(sửa)" file is the same office: DUPLICATE_INPUT, not a third office (01)', async () => {
    const r = await bothOnFiles(dir, {
      'v/Phòng THADS khu vực 1 - 2026.csv': plain(412, 380, 10500000000, 6200000000),
      'v/Phòng THADS khu vực 2 - 2026.csv': plain(530, 441, 12750000000, 7400000000),
      'v/Phòng THADS khu vực 1 - 2026 (sửa).csv': plain(412, 381, 10500000000, 6200000000),
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cases of "Phòng THADS khu vực 1" (2026) are given again');
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('a resent "12 tháng" file is the same office: DUPLICATE_INPUT (02 B)', async () => {
    const r = await bothOnFiles(dir, {
      't/Phòng THADS khu vực 1 - 2026.csv': plain(412, 380, 10500000000, 6200000000),
      't/Phòng THADS khu vực 1 - 12 tháng 2026.csv': plain(412, 380, 10500000000, 6200000000),
      't/Phòng THADS khu vực 2 - 2026.csv': plain(530, 441, 12750000000, 7400000000),
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('"… - 12 tháng 2026.csv" takes its office\'s config target (02 A)', async () => {
    const files = write({
      'cfg/Phòng THADS khu vực 1 - 12 tháng 2026.csv': plain(412, 340, 10500000000, 6200000000),
      'cfg/Phòng THADS khu vực 2 - 12 tháng 2026.csv': plain(530, 441, 12750000000, 7400000000),
      'cfg/thads.config.json': ['{ "targets": { "2026": { "cases": 80, "money": "50", "districts": { "Phòng THADS khu vực 1": { "cases": 85 } } } } }'],
    });
    const r = await summarizeCsvRows(dir, files.filter((f) => f.endsWith('.csv')), ['--config', files.find((f) => f.endsWith('.json'))!]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // khu vực 1: 340/412 = 82.52 %, target 85: gap −2.48, required ceil(0.85 × 412 = 350.2) = 351, 340 − 351 = −11
    const kv1 = r.rows.find((x) => x.district === 'Phòng THADS khu vực 1')!;
    expect([kv1.cases_rate, kv1.cases_target, kv1.cases_gap_pp, kv1.cases_required, kv1.cases_above_target, kv1.cases_met]).toEqual(['82.52', '85', '-2.48', '351', '-11', 'false']);
    // 412 + 530 = 942, 340 + 441 = 781, 781/942 = 82.91 %
    expect(cases(r)).toEqual([['Phòng THADS khu vực 1', '412', '340', '82.52'], ['Phòng THADS khu vực 2', '530', '441', '83.21'], ['TOTAL', '942', '781', '82.91']]);
  });

  it('"Mỹ Lộc 12 tháng 2019.csv" under its title is read, as "Mỹ Lộc 2019.csv" is (03 and its control)', async () => {
    for (const sub of ['p', 'ctl']) {
      const suffix = sub === 'p' ? ' 12 tháng' : '';
      const files = write({
        [`${sub}/Mỹ Lộc${suffix} 2019.csv`]: titled('MỸ LỘC', 586, 533, 9565824266, 8009734950),
        [`${sub}/Vụ Bản${suffix} 2019.csv`]: titled('VỤ BẢN', 655, 630, 16389337399, 14490039714),
      });
      const r = await summarizeCsvRows(dir, files, []);
      expect(r.code).toBe(0);
      // 533/586 = 90.96 %; 630/655 = 96.18 %; 586 + 655 = 1241, 533 + 630 = 1163, 1163/1241 = 93.71 %
      expect(cases(r)).toEqual([['Mỹ Lộc', '586', '533', '90.96'], ['Vụ Bản', '655', '630', '96.18'], ['TOTAL', '1241', '1163', '93.71']]);
      // money 9 565 824 266 + 16 389 337 399 = 25 955 161 665; 8 009 734 950 + 14 490 039 714 = 22 499 774 664; 86.69 %
      const total = r.rows.find((x) => x.district === 'TOTAL')!;
      expect([total.money_with_conditions, total.money_resolved, total.money_rate]).toEqual(['25955161665', '22499774664', '86.69']);
    }
  });

  it('a province\'s file "Nam Định 2019 (sửa).csv" with an office column names no office (over-reach)', async () => {
    const files = write({ 'prov/Nam Định 2019 (sửa).csv': ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Mỹ Lộc,586,533', 'Vụ Bản,655,630'] });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    // 586 + 655 = 1241, 533 + 630 = 1163, 93.71 %
    expect(cases(r)).toEqual([['Mỹ Lộc', '586', '533', '90.96'], ['Vụ Bản', '655', '630', '96.18'], ['TOTAL', '1241', '1163', '93.71']]);
  });

  it('"Phòng THADS khu vực 1 - 2026.csv" and "Chợ Mới 2026.csv" read as before (over-reach)', async () => {
    const files = write({ 'ok/Phòng THADS khu vực 1 - 2026.csv': plain(412, 380, 10500000000, 6200000000), 'ok/Chợ Mới 2026.csv': plain(530, 441, 12750000000, 7400000000) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    // 412 + 530 = 942, 380 + 441 = 821, 821/942 = 87.15 %
    expect(cases(r).find((x) => x[0] === 'TOTAL')).toEqual(['TOTAL', '942', '821', '87.15']);
    expect(cases(r).map((x) => x[0]).sort()).toEqual(['Chợ Mới', 'Phòng THADS khu vực 1', 'TOTAL']);
  });

  it('"--previous" pairs "… - 12 tháng 2026 (sửa).csv" with last year\'s "… - 2025.csv"', async () => {
    const [prev, now] = write({
      'pv/Phòng THADS khu vực 1 - 2025.csv': ['Việc có điều kiện,Việc giải quyết xong', '400,300'],
      'pv/Phòng THADS khu vực 1 - 12 tháng 2026 (sửa).csv': ['Việc có điều kiện,Việc giải quyết xong', '412,340'],
    });
    const r = await summarizeCsvRows(dir, [now!], ['--previous', prev!]);
    expect(r.code).toBe(0);
    // 2025: 300/400 = 75.00 %; 2026: 340/412 = 82.52 %; change 82.52 − 75.00 = 7.52 pp
    expect(r.rows.map((x) => [x.district, x.cases_rate, x.cases_rate_change])).toEqual([['Phòng THADS khu vực 1', '82.52', '7.52'], ['TOTAL', '82.52', '7.52']]);
  });
});

describe('workbooks named so (xlsx reader)', () => {
  const { dir } = fileTree('thads-file-name-version-xlsx-');
  const book = (name: string, cases: number, resolved: number) => writeCasesWorkbook(dir, name, cases, resolved);

  it('"Mỹ Lộc 2019 v2.xlsx" beside "Mỹ Lộc 2019.xlsx" is a duplicate; with "Vụ Bản - 12 tháng 2019.xlsx" alone, two offices', async () => {
    const ml = await book('Mỹ Lộc 2019.xlsx', 586, 533);
    const v2 = await book('Mỹ Lộc 2019 v2.xlsx', 586, 534);
    const vb = await book('Vụ Bản - 12 tháng 2019.xlsx', 655, 630);
    const twice = await runArgs(dir, ['summarize', ml, v2, vb, '--format', 'csv'], false);
    expect(twice.code).toBe(1);
    expect(twice.stdout).toBe('');
    expect(twice.stderr).toContain('[DUPLICATE_INPUT]');
    const once = await runArgs(dir, ['summarize', ml, vb, '--format', 'csv'], false);
    expect(once.code).toBe(0);
    // 586 + 655 = 1241, 533 + 630 = 1163, 1163/1241 = 93.71 %
    const rows = once.stdout.trim().split('\n').slice(1).map((l) => l.split(',')).map((c) => [c[1], c[9], c[18], c[20]]);
    expect(rows).toEqual([['Mỹ Lộc', '586', '533', '90.96'], ['Vụ Bản', '655', '630', '96.18'], ['TOTAL', '1241', '1163', '93.71']]);
  });
});
