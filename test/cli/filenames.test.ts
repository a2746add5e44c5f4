// The office a file's name gives (src/input/file-names.ts), two false refusals (work97c 04, work97a 03):
// 1. A province written after the office's words with no mark between — "KV1 Ninh Bình 2026.csv"
//    under "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1" — is the office's province, as " - Ninh Bình" is:
//    it was the office "KV1 Ninh Bình", refused OFFICE_NAME_CONFLICT. By hand: 3.120 + 2.870 + 2.015
//    = 8.005 thụ lý, 2.450 + 2.300 + 1.600 = 6.350 có điều kiện, 2.100 + 1.950 + 1.402 = 5.452
//    xong, 5.452 / 6.350 = 85,86 %.
// 2. "việc và tiền" (the paired report), "về việc và về tiền" are report words: "Báo cáo thống kê
//    việc và tiền năm 2024 - Mỹ Lộc.csv" was the office "và" (refused beside its title; two such
//    files without titles refused as duplicates). By hand: Mỹ Lộc 200 có ĐK, 150 + 10 = 160; Vụ Bản
//    250, 200 + 12 = 212; 372 / 450 = 82,67 %; money 25.400.000 + 30.000.000 = 55.400.000,
//    10.100.000 + 12.000.000 = 22.100.000 resolved (39,89 %).
// Titled files take the reference reader, plain ones (no title) the byte scanner, .xlsx twins the workbook reader.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, file } = fileTree('thads-filenames-');

const kvLines = (province: string, n: number, figures: readonly [string, string, string]) => [
  `THI HÀNH ÁN DÂN SỰ ${province},,,,`,
  `PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC ${n},,,,`,
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026,,,,',
  'Đơn vị tính: việc,,,,',
  'STT,Nội dung,Tổng số thụ lý,Có điều kiện thi hành,Giải quyết xong',
  `1,Kết quả thi hành án,"${figures[0]}","${figures[1]}","${figures[2]}"`,
];
const KV: Record<number, readonly [string, string, string]> = { 1: ['3.120', '2.450', '2.100'], 2: ['2.870', '2.300', '1.950'], 3: ['2.015', '1.600', '1.402'] };
const KV_PLAIN = (n: number) => ['Tổng số thụ lý,Có điều kiện thi hành,Giải quyết xong', KV[n]!.map((f) => f.replace('.', '')).join(',')];

const officeLines = (district: string, figures: readonly string[]) => [
  `CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN ${district},,,,`,
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024,,,,',
  '"Đơn vị tính: việc; nghìn đồng",,,,',
  'Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Tiền có điều kiện,Tiền thi hành xong',
  figures.map((f) => (f.includes('.') ? `"${f}"` : f)).join(','),
];
const MY_LOC = ['200', '150', '10', '25.400.000', '10.100.000'];
const VU_BAN = ['250', '200', '12', '30.000.000', '12.000.000'];
const MONEY_HEADER = 'Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Tiền có điều kiện,Tiền thi hành xong';
const plainOffice = (figures: readonly string[]) => [MONEY_HEADER, figures.map((f) => f.replace(/\./g, '')).join(',')];

/** A workbook of `lines` (one sheet), named `name`.xlsx: figures as numbers. */
async function xlsx(name: string, lines: readonly string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const l of lines) {
    // the CSV line's cells: commas outside quotes part them
    const cells = l.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((c) => c.replace(/^"|"$/g, ''));
    ws.addRow(cells.map((c) => (/^\d{1,3}(\.\d{3})*$/.test(c) ? Number(c.replace(/\./g, '')) : c === '' ? null : c)));
  }
  const path = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

/** The real binary on files of `dir`; its folder taken out of what it prints. */
function summarize(files: readonly string[], extra: readonly string[] = []) {
  const r = spawnThads(['summarize', ...files, '--format', 'csv', ...extra], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

/** Each row's columns `keys`. */
function columns(stdout: string, keys: readonly string[]): string[][] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  return body.map((r) => keys.map((k) => r[head!.indexOf(k)]!));
}
const CASES = ['province', 'district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate'];
const MONEY = ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved', 'money_rate'];
const KV_TOTAL = ['', 'TOTAL', '8005', '6350', '5452', '85.86'];
const KV_ROWS = (province: string, names: readonly string[]) => [
  [province, names[0]!, '3120', '2450', '2100', '85.71'],
  [province, names[1]!, '2870', '2300', '1950', '84.78'],
  [province, names[2]!, '2015', '1600', '1402', '87.63'],
  KV_TOTAL,
];

describe('a province after the office\'s words in the file name is the office\'s province', () => {
  it.each(['csv', 'xlsx'] as const)('%s: "KV1/KV2/KV3 Ninh Bình 2026" under their titles: 8005 / 6350 / 5452, 85.86 %, exit 0', async (shape) => {
    const files = await Promise.all([1, 2, 3].map((n) => (shape === 'csv' ? file(`KV${n} Ninh Bình 2026.csv`, kvLines('TỈNH NINH BÌNH', n, KV[n]!)) : xlsx(`KV${n} Ninh Bình 2026`, kvLines('TỈNH NINH BÌNH', n, KV[n]!)))));
    const r = summarize(files);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(columns(r.stdout, CASES)).toEqual(KV_ROWS('Ninh Bình', ['KV1', 'KV2', 'KV3']));
  });

  it.each([
    ['Khu vuc 3 Ninh Binh 2026', 'TỈNH NINH BÌNH', 'Ninh Bình', 'Khu vuc 3'],
    ['Phong THADS KV3 Ninh Binh 2026', 'TỈNH NINH BÌNH', 'Ninh Bình', 'Phong THADS KV3'],
    ['KV3_Hue_2026', 'THÀNH PHỐ HUẾ', 'Huế', 'KV3'],
    ['KV3 Huế 2026', 'THÀNH PHỐ HUẾ', 'Huế', 'KV3'],
  ])('csv: "%s" under "%s" / "KHU VỰC 3": %s, %s, 2015 / 1600 / 1402, 87.63 %', (name, title, province, district) => {
    const r = summarize([file(`${name}.csv`, kvLines(title, 3, KV[3]!))]);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(columns(r.stdout, CASES)).toEqual([[province, district, '2015', '1600', '1402', '87.63'], ['', 'TOTAL', '2015', '1600', '1402', '87.63']]);
  });

  it('plain (no title, the byte scanner): "KV1/KV2/KV3 Ninh Bình 2026" are KV1, KV2, KV3 of Ninh Bình', () => {
    const files = [1, 2, 3].map((n) => file(`plain/KV${n} Ninh Bình 2026.csv`, KV_PLAIN(n)));
    const r = summarize(files, ['--measure', 'cases']);
    expect(r.code).toBe(0);
    expect(columns(r.stdout, CASES)).toEqual(KV_ROWS('Ninh Bình', ['KV1', 'KV2', 'KV3']));
  });

  it('csv: "KV1 Hà Nội 2026" under "TỈNH NINH BÌNH": the name\'s province against the title\'s, PROVINCE_CONFLICT as "KV1 - Hà Nội" is', () => {
    for (const name of ['KV1 Hà Nội 2026', 'KV1 - Hà Nội 2026']) {
      const r = summarize([file(`${name}.csv`, kvLines('TỈNH NINH BÌNH', 1, KV[1]!))]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`${name}.csv:1: error: the file name says the province is Hà Nội, but the title (line 1) says Ninh Bình [PROVINCE_CONFLICT]`);
    }
  });
});

describe('"việc và tiền" in a file name is the report\'s, not the office\'s', () => {
  const NAMES = ['Báo cáo thống kê việc và tiền năm 2024 - Mỹ Lộc', 'Báo cáo thống kê việc và tiền năm 2024 - Vụ Bản'];
  const TOTAL = ['TOTAL', '450', '372', '82.67'];

  it.each(['csv', 'xlsx'] as const)('%s: the two offices\' files under their titles: 450 / 372, 82.67 %; money 55400000 / 22100000 nghìn, 39.89 %', async (shape) => {
    const lines = [officeLines('MỸ LỘC', MY_LOC), officeLines('VỤ BẢN', VU_BAN)];
    const files = await Promise.all(NAMES.map((n, i) => (shape === 'csv' ? file(`${n}.csv`, lines[i]!) : xlsx(n, lines[i]!))));
    const r = summarize(files);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(columns(r.stdout, MONEY)).toEqual([
      ['Mỹ Lộc', '200', '160', '80.00', '25400000000', '10100000000', '39.76'],
      ['Vụ Bản', '250', '212', '84.80', '30000000000', '12000000000', '40.00'],
      [...TOTAL, '55400000000', '22100000000', '39.89'],
    ]);
  });

  it.each([
    'Báo cáo về việc và về tiền năm 2024 - Mỹ Lộc',
    'Mỹ Lộc việc và tiền 2024',
    'Mỹ Lộc viec va tien 2024',
    'Thống kê tiền và việc năm 2024 - Mỹ Lộc',
    'Mỹ Lộc việc + tiền 2024',
  ])('csv: "%s" under "HUYỆN MỸ LỘC": Mỹ Lộc, 200 / 160, 80.00 %', (name) => {
    const r = summarize([file(`${name}.csv`, officeLines('MỸ LỘC', MY_LOC))]);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(columns(r.stdout, MONEY)).toEqual([
      ['Mỹ Lộc', '200', '160', '80.00', '25400000000', '10100000000', '39.76'],
      ['TOTAL', '200', '160', '80.00', '25400000000', '10100000000', '39.76'],
    ]);
  });

  it('plain (no title, the byte scanner): the two files are Mỹ Lộc and Vụ Bản, not two copies of an office "và"', () => {
    const files = NAMES.map((n, i) => file(`plain/${n}.csv`, plainOffice([MY_LOC, VU_BAN][i]!)));
    const r = summarize(files);
    expect(r.stderr).not.toMatch(/DUPLICATE_INPUT|error/);
    expect(r.code).toBe(0);
    expect(columns(r.stdout, MONEY)).toEqual([
      ['Mỹ Lộc', '200', '160', '80.00', '25400000', '10100000', '39.76'],
      ['Vụ Bản', '250', '212', '84.80', '30000000', '12000000', '40.00'],
      [...TOTAL, '55400000', '22100000', '39.89'],
    ]);
  });
});

describe('over-reach controls: readings that stay', () => {
  const PLAIN = ['Tổng số thụ lý,Có điều kiện,Thi hành xong,Đình chỉ', '300,250,200,10'];
  const ONE = (province: string, district: string) => [[province, district, '300', '250', '210', '84.00'], ['', 'TOTAL', '300', '250', '210', '84.00']];

  it('csv: "KV2 Ninh Bình 2026" under "KHU VỰC 1": another office than the title\'s, OFFICE_NAME_CONFLICT', () => {
    const r = summarize([file('KV2 Ninh Bình 2026.csv', kvLines('TỈNH NINH BÌNH', 1, KV[1]!))]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('KV2 Ninh Bình 2026.csv:2: error: the file name "KV2 Ninh Bình 2026.csv" says the office is KV2');
    expect(r.stderr).toContain('but the title (line 2) says Phòng THADS khu vực 1: which office\'s figures these are cannot be told [OFFICE_NAME_CONFLICT]');
  });

  it('csv: "Chi cục Quảng Ninh 2024" of Quảng Bình (a district named like a province) keeps its name', () => {
    const r = summarize([file('Chi cục Quảng Ninh 2024.csv', [
      'CỤC THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG BÌNH,,,', 'CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN QUẢNG NINH,,,', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024,,,', 'Đơn vị tính: việc,,,', ...PLAIN,
    ])]);
    expect(r.code).toBe(0);
    expect(columns(r.stdout, CASES)).toEqual(ONE('Quảng Bình', 'Chi cục Quảng Ninh'));
  });

  it.each([
    ['Huyện Phú Yên 2024', 'Huyện Phú Yên'],
    ['Mỹ Lộc và Vụ Bản 2024', 'Mỹ Lộc và Vụ Bản'],
    ['Mỹ Lộc cuối năm 2024', 'Mỹ Lộc'],
    ['KQ Mỹ Lộc 2024', 'Mỹ Lộc'],
    ['Ninh Bình KV1 2026', 'Ninh Bình KV1'],
  ])('plain: "%s" is read as "%s", no province, as before', (name, district) => {
    const r = summarize([file(`plain/${name}.csv`, PLAIN)], ['--measure', 'cases']);
    expect(r.code).toBe(0);
    expect(columns(r.stdout, CASES)).toEqual(ONE('', district));
  });

  it('plain: "BC 6 thang va ca nam 2024" still names two periods: YEAR_CONFLICT', () => {
    const r = summarize([file('plain/BC 6 thang va ca nam 2024.csv', PLAIN)], ['--measure', 'cases']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the name "BC 6 thang va ca nam 2024" names two periods, and neither the title nor another name states which is the report\'s [YEAR_CONFLICT]');
  });

  it.each(['Viec 2024', 'Tien 2024'])('plain: "%s" (measure words only) names no office: OFFICE_UNKNOWN', (name) => {
    const r = summarize([file(`plain/${name}.csv`, PLAIN)], ['--measure', 'cases']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${name}.csv:1: error: the office cannot be told from the file: it has no office column, and its name "${name}.csv" gives only its year, measure or form [OFFICE_UNKNOWN]`);
  });
});
