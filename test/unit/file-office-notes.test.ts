// The office an untitled per-office file is named after (findings work67c 01, 03, 04): what a name
// says after its year is a resend's note, never the office ("… - 2026 (sửa lần 2)", "- nộp Cục",
// "_1", "- 05.10.2026"); mail and resend words before it are dropped ("Gửi lại - …", "Re_ …");
// "_" (and a slug's "-") are spaces ("Phong_THADS_khu_vuc_2"); "Phòng KV2", "Phòng khu vực 2",
// "PKV1" are khu vực N — in a file's name and in an office column. So a resend beside its first
// version is DUPLICATE_INPUT, alone it is the office (config target, --previous). Both readers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { officeFromFileName, placeOfFileName } from '../../src/input/file-names.js';
import { bareName } from '../../src/domain/office-names.js';
import { fileTree } from '../helpers/file-tree.js';
import { writeCasesWorkbook } from '../helpers/lines-workbook.js';
import { bothOnFiles, runArgs, summarizeCsvRows } from '../helpers/both-readers.js';

describe('officeFromFileName: nothing after the year is the office', () => {
  it.each([
    'Phòng THADS khu vực 1 - 2026 (sửa lần 2).csv',
    'Phòng THADS khu vực 1 - 2026 (sửa 2).csv',
    'Phòng THADS khu vực 1 - 2026 (sua lan 2).csv',
    'Phòng THADS khu vực 1 - 2026 (ĐC).csv',
    'Phòng THADS khu vực 1 - 2026 (đã sửa theo ý kiến Cục).csv',
    'Phòng THADS khu vực 1 - 2026 - nộp Cục.csv',
    'Phòng THADS khu vực 1 - 2026 - Đã duyệt.csv',
    'Phòng THADS khu vực 1 - 2026 - bản 2.csv',
    'Phòng THADS khu vực 1 - 2026 - số 2.csv',
    'Phòng THADS khu vực 1 - 2026 - 2.csv',
    'Phòng THADS khu vực 1 - 2026-2.csv',
    'Phòng THADS khu vực 1 - 2026 - 05.10.2026.csv',
    'Phòng THADS khu vực 1 - 2026 (có chữ ký).csv',
    'Phòng THADS khu vực 1 - 2026 [1].csv',
    'Phòng THADS khu vực 1 - 2026_1.csv',
    'Phòng THADS khu vực 1 - 2026 (Autosaved).csv',
    'Phòng THADS khu vực 1 - 2026 - Zalo.csv',
    // words before the office
    'Gửi lại - Phòng THADS khu vực 1 - 2026.csv',
    'BC sửa Phòng THADS khu vực 1 2026.csv',
    'Re_ Phòng THADS khu vực 1 - 2026.csv',
    'Fwd Phòng THADS khu vực 1 - 2026.csv',
    'RE: Phòng THADS khu vực 1 - 2026.csv',
  ])('%s → Phòng THADS khu vực 1', (file) => {
    expect(officeFromFileName(file)).toBe('Phòng THADS khu vực 1');
  });

  it('"KV1_BC12T_2026.csv" (a 12 months\' report glued) → KV1', () => {
    expect(officeFromFileName('KV1_BC12T_2026.csv')).toBe('KV1');
  });

  it('NFD-encoded names read as NFC ones', () => {
    expect(officeFromFileName('Phòng THADS khu vực 1 - 2026 - nộp Cục.csv'.normalize('NFD'))).toBe('Phòng THADS khu vực 1');
  });

  // over-reach: a name's own words, an office or a province after a year that names none before it
  it.each([
    ['Chợ Mới 2019.csv', 'Chợ Mới'],
    ['Tân Phú 2019 mới.csv', 'Tân Phú'],
    ['2019 Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['BC 2019 Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Báo cáo năm 2019 - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['6 tháng 2019 - Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Quận 12 - 2019.csv', 'Quận 12'],
    ['Mỹ Lộc 2019 (lũy kế).csv', 'Mỹ Lộc (lũy kế)'], // ("nửa đầu năm" is read now: six months, half-year-file-names.test.ts)
  ])('%s stays %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });

  it.each([
    ['Phòng THADS khu vực 1 - 2026 - Ninh Bình.csv', 'Phòng THADS khu vực 1', 'Ninh Bình'],
    ['Ninh Bình 2026 - KV1.csv', 'KV1', 'Ninh Bình'],
    ['Mỹ Lộc 2019 - Nam Định.csv', 'Mỹ Lộc', 'Nam Định'],
  ])('%s keeps its province: %s of %s', (file, office, province) => {
    expect(placeOfFileName(file)).toEqual({ office, province });
  });
});

describe('bareName: underscores, slugs and "Phòng KV" name khu vực N', () => {
  it.each([
    ['Phong_THADS_khu_vuc_2', 'khu vực 2'],
    ['Phòng_THADS_khu_vực_2', 'khu vực 2'],
    ['Phong-THADS-khu-vuc-2', 'khu vực 2'],
    ['phong-thads-khu-vuc-2', 'khu vực 2'],
    ['KV_2', 'khu vực 2'],
    ['Phòng KV2', 'khu vực 2'],
    ['Phòng khu vực 2', 'khu vực 2'],
    ['PHÒNG KHU VỰC 2', 'khu vực 2'],
    ['Phong khu vuc 2', 'khu vực 2'],
    ['PKV2', 'khu vực 2'],
    ['P.KV2', 'khu vực 2'],
    ['Phòng KV.II', 'khu vực 2'],
    ['ninh-binh-kv2', 'khu vực 2 - ninh bình'],
    ['Chi_cuc_THADS_huyen_My_Loc', 'mi loc'],
    ['Chi_cục_THADS_huyện_Mỹ_Lộc', 'mĩ lộc'],
    ['Quan_12', '12'],
  ])('%s → %s', (name, bare) => {
    expect(bareName(name)).toBe(bare);
  });

  // over-reach: "Phòng" before no region is a name's own; numbers of regions and districts stay apart
  it.each([
    ['Phòng Văn Hải', 'phòng văn hải'],
    ['Phòng khu vực 1', 'khu vực 1'],
    ['Phòng khu vực 10', 'khu vực 10'],
    ['Phòng KV12', 'khu vực 12'],
    ['Quận 2', '2'],
    ['Quận 12', '12'],
    ['Mỹ Lộc', 'mĩ lộc'],
    ['Phan Rang-Tháp Chàm', 'phan rang-tháp chàm'],
  ])('%s → %s', (name, bare) => {
    expect(bareName(name)).toBe(bare);
  });
});

// per-office exports without title or office column (fixtures/per-office): the file name is the office
const plain = (cases: number, resolved: number, money: number, moneyResolved: number) => ['Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong', `${cases},${resolved},${money},${moneyResolved}`];
const kv1 = plain(412, 380, 10500000000, 6200000000);
const kv2First = plain(530, 441, 12750000000, 7400000000);
const kv2Resend = plain(530, 451, 12750000000, 7400000000);
const cases = (r: { rows: Record<string, string>[] }) => r.rows.map((x) => [x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate, x.cases_target, x.cases_met, x.cases_rank_of]);

describe('a resend beside its first version (both readers)', () => {
  const { dir } = fileTree('thads-file-office-notes-');

  it('"… - 2026 (sửa lần 2).csv" beside "… - 2026.csv" is khu vực 2 again: DUPLICATE_INPUT, exit 1 (01)', async () => {
    const r = await bothOnFiles(dir + '/a', {
      'Phòng THADS khu vực 1 - 2026.csv': kv1,
      'Phòng THADS khu vực 2 - 2026.csv': kv2First,
      'Phòng THADS khu vực 2 - 2026 (sửa lần 2).csv': kv2Resend,
    }, ['--format', 'csv', '--target-cases', '84']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Phòng THADS khu vực 2 - 2026 (sửa lần 2).csv:2: error: cases of "Phòng THADS khu vực 2" (2026) are given again: Phòng THADS khu vực 2 - 2026.csv:2 already gave them (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]');
  });

  it.each([
    'Phòng THADS khu vực 2 - 2026 - nộp Cục.csv',
    'Phòng THADS khu vực 2 - 2026 (ĐC).csv',
    'Phòng THADS khu vực 2 - 2026 - 05.10.2026.csv',
    'Phòng THADS khu vực 2 - 2026_1.csv',
    'Gửi lại - Phòng THADS khu vực 2 - 2026.csv',
    'Re_ Phòng THADS khu vực 2 - 2026.csv',
    'Phong_THADS_khu_vuc_2_2026.csv',
    'phong-thads-khu-vuc-2-nam-2026.csv',
    'KV_2_2026.csv',
    'Phòng KV2 2026.csv',
    'Phòng khu vực 2 - 2026.csv',
    'PKV2 2026.csv',
  ])('%s beside "Phòng THADS khu vực 2 - 2026.csv": DUPLICATE_INPUT, exit 1', async (resend) => {
    const r = await bothOnFiles(`${dir}/${resend}-dir`, {
      'Phòng THADS khu vực 2 - 2026.csv': kv2First,
      [resend]: kv2Resend,
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const line = r.stderr.split('\n')[0]!;
    expect(line.startsWith(`${resend}:2: error: cases of "`)).toBe(true);
    expect(line).toMatch(/" \(2026\) are given again: Phòng THADS khu vực 2 - 2026\.csv:2 already gave them .*\[DUPLICATE_INPUT\]$/);
  });

  it('the resend alone is khu vực 2: 412 + 530 = 942, 380 + 451 = 831, 831 / 942 = 88,22 %, two offices (01)', async () => {
    const files = { 'Phòng THADS khu vực 1 - 2026.csv': kv1, 'Phòng THADS khu vực 2 - 2026 (sửa lần 2).csv': kv2Resend };
    const r = await summarizeCsvRows(dir, writeAll(dir + '/b', files), ['--target-cases', '84']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 380 / 412 = 92,23 %; 451 / 530 = 85,09 % — both ≥ 84
    expect(cases(r)).toEqual([
      ['Phòng THADS khu vực 1', '412', '380', '92.23', '84', 'true', '2'],
      ['Phòng THADS khu vực 2', '530', '451', '85.09', '84', 'true', '2'],
      ['TOTAL', '942', '831', '88.22', '84', 'true', ''],
    ]);
  });

  it("the underscored resend alone takes khu vực 2's config target: 85,09 < 86, not met (03)", async () => {
    const [config, ...inputs] = writeAll(dir + '/c', {
      'thads.config.json': ['{ "targets": { "2026": { "cases": 84, "districts": { "Phòng THADS khu vực 2": { "cases": 86 } } } } }'],
      'Phòng THADS khu vực 1 - 2026.csv': kv1,
      'Phong_THADS_khu_vuc_2_2026.csv': kv2Resend,
    });
    const r = await summarizeCsvRows(dir, inputs, ['--config', config!]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // money: 10,5 + 12,75 = 23,25 tỷ (not 36)
    expect(r.rows.find((x) => x.district === 'TOTAL')!.money_with_conditions).toBe('23250000000');
    expect(cases(r)).toEqual([
      ['Phòng THADS khu vực 1', '412', '380', '92.23', '84', 'true', '2'],
      ['Phong_THADS_khu_vuc_2', '530', '451', '85.09', '86', 'false', '2'],
      ['TOTAL', '942', '831', '88.22', '84', 'true', ''],
    ]);
  });
});

describe('xlsx: workbooks named the same ways', () => {
  const { dir } = fileTree('thads-file-office-xlsx-');

  it('"Phòng KV2 2026 (sửa lần 2).xlsx" beside "Phòng THADS khu vực 2 - 2026.xlsx" is a duplicate; with "Phong_THADS_khu_vuc_1_2026.xlsx" alone, two offices', async () => {
    const kv2 = await writeCasesWorkbook(dir, 'Phòng THADS khu vực 2 - 2026.xlsx', 530, 441);
    const resend = await writeCasesWorkbook(dir, 'Phòng KV2 2026 (sửa lần 2).xlsx', 530, 451);
    const kv1 = await writeCasesWorkbook(dir, 'Phong_THADS_khu_vuc_1_2026.xlsx', 412, 380);
    const twice = await runArgs(dir, ['summarize', kv1, kv2, resend, '--format', 'csv'], false);
    expect(twice.code).toBe(1);
    expect(twice.stdout).toBe('');
    expect(twice.stderr.split('\n')[0]).toBe('Phòng KV2 2026 (sửa lần 2).xlsx:Sheet1!2:2: error: cases of "Phòng KV2" (2026) are given again: Phòng THADS khu vực 2 - 2026.xlsx:Sheet1!2:2 already gave them as "Phòng THADS khu vực 2"; figures are never added across files [DUPLICATE_INPUT]');
    const once = await runArgs(dir, ['summarize', kv1, resend, '--format', 'csv'], false);
    expect(once.code).toBe(0);
    // 412 + 530 = 942, 380 + 451 = 831, 831/942 = 88,22 %
    const rows = once.stdout.trim().split('\n').slice(1).map((l) => l.split(',')).map((c) => [c[1], c[9], c[18], c[20]]);
    expect(rows).toEqual([['Phong_THADS_khu_vuc_1', '412', '380', '92.23'], ['Phòng KV2', '530', '451', '85.09'], ['TOTAL', '942', '831', '88.22']]);
  });
});

describe('a titled resend: the note after the year does not contradict the title (01, both readers)', () => {
  const { dir } = fileTree('thads-file-office-titled-');
  const titled = (office: string) => ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', office, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026', 'Việc có điều kiện,Việc giải quyết xong', '413,381'];

  it.each(['Phòng THADS khu vực 1 - 2026 (sửa lần 2).csv', 'Phòng THADS khu vực 1 - 2026 - nộp Cục.csv', 'Phòng THADS khu vực 1 - 2026 (ĐC).csv'])('%s titled khu vực 1 reads 413 / 381', async (name) => {
    const [file] = writeAll(`${dir}/${name}-dir`, { [name]: titled('PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1') });
    const r = await summarizeCsvRows(dir, [file!], []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 381 / 413 = 92,25 %
    expect(r.rows.map((x) => [x.province, x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate])).toEqual([
      ['Ninh Bình', 'Phòng THADS khu vực 1', '413', '381', '92.25'],
      ['', 'TOTAL', '413', '381', '92.25'],
    ]);
  });

  it('over-reach: a name of khu vực 2 with a note, titled khu vực 1, still conflicts: OFFICE_NAME_CONFLICT, exit 1', async () => {
    const name = 'Phòng THADS khu vực 2 - 2026 - nộp Cục.csv';
    const [file] = writeAll(`${dir}/conflict`, { [name]: titled('PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1') });
    const r = await summarizeCsvRows(dir, [file!], []);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(`conflict/${name}:2: error: the file name "${name}" says the office is Phòng THADS khu vực 2, but the title (line 2) says Phòng THADS khu vực 1: which office's figures these are cannot be told [OFFICE_NAME_CONFLICT]`);
  });
});

describe('"Phòng khu vực N" in an office column (04, both readers)', () => {
  const { dir } = fileTree('thads-file-office-column-');
  const sheet = [
    'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH;;;;',
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026;;;;',
    'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong',
    '1;Phòng khu vực 1;412;380',
    '2;Phòng khu vực 2;530;441',
    ';Tổng cộng;942;821',
  ];

  it('the Cục\'s sheet beside khu vực 2\'s corrected report: khu vực 2 twice, DUPLICATE_INPUT', async () => {
    const r = await bothOnFiles(dir + '/a', {
      'Tong hop cac Phong 2026.csv': sheet,
      'Phòng THADS khu vực 2 - 2026 - bản sửa.csv': ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026;;;;', 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong', '1;Phòng THADS khu vực 2;530;451'],
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Phòng THADS khu vực 2 - 2026 - bản sửa.csv:4: error: cases of "Phòng THADS khu vực 2" (2026) are given again: Tong hop cac Phong 2026.csv:5 already gave them as "Phòng khu vực 2"; figures are never added across files [DUPLICATE_INPUT]');
  });

  it('--previous pairs "Phòng khu vực 1/2" with last year\'s "Phòng THADS khu vực 1/2"', async () => {
    const [input, previous] = writeAll(dir + '/b', {
      'Tong hop cac Phong 2026.csv': sheet,
      'Tong hop 2025.csv': ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025;;;;', 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong', '1;Phòng THADS khu vực 1;400;300', '2;Phòng THADS khu vực 2;500;400', ';Tổng cộng;900;700'],
    });
    const r = await summarizeCsvRows(dir, [input!], ['--previous', previous!]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 2025: 300/400 = 75 %, 400/500 = 80 %, 700/900 = 77,78 %; 2026: 380/412 = 92,23 %, 441/530 = 83,21 %,
    // 821/942 = 87,15 % → change 17,23; 3,21; 87,155 − 77,778 = 9,38 (pp, of the unrounded rates)
    expect(r.rows.map((x) => [x.district, x.cases_rate, x.cases_rate_change])).toEqual([
      ['Phòng khu vực 1', '92.23', '17.23'],
      ['Phòng khu vực 2', '83.21', '3.21'],
      ['TOTAL', '87.15', '9.38'],
    ]);
  });
});

describe('over-reach: different offices stay apart (both readers)', () => {
  const { dir } = fileTree('thads-file-office-apart-');

  it('khu vực 1, 10 and 12, resent notes aside: three offices, 100 + 200 + 300 = 600, 90 + 150 + 240 = 480, 80,00 %', async () => {
    const inputs = writeAll(dir + '/a', {
      'Phòng THADS khu vực 1 - 2026.csv': plain(100, 90, 1000, 500),
      'Phòng KV10 2026 - nộp Cục.csv': plain(200, 150, 1000, 500),
      'Phong_THADS_khu_vuc_12_2026.csv': plain(300, 240, 1000, 500),
    });
    const r = await summarizeCsvRows(dir, inputs, []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 90/100 = 90 %, 150/200 = 75 %, 240/300 = 80 %
    expect(r.rows.map((x) => [x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate])).toEqual([
      ['Phòng THADS khu vực 1', '100', '90', '90.00'],
      ['Phòng KV10', '200', '150', '75.00'],
      ['Phong_THADS_khu_vuc_12', '300', '240', '80.00'],
      ['TOTAL', '600', '480', '80.00'],
    ]);
  });

  it('Quận 2 and Quận 12, Chợ Mới and "Tân Phú 2019 mới", Phòng Văn Hải and Văn Hải: six offices, 60 + 70 + 80 + 90 + 40 + 50 = 390, 30 + 35 + 40 + 45 + 20 + 25 = 195, 50,00 %', async () => {
    const inputs = writeAll(dir + '/b', {
      'Quận 2 2019.csv': plain(60, 30, 1000, 500),
      'Quan_12_2019.csv': plain(70, 35, 1000, 500),
      'Chợ Mới 2019.csv': plain(80, 40, 1000, 500),
      'Tân Phú 2019 mới.csv': plain(90, 45, 1000, 500),
      'Phòng Văn Hải 2019.csv': plain(40, 20, 1000, 500),
      'Văn Hải 2019.csv': plain(50, 25, 1000, 500),
    });
    const r = await summarizeCsvRows(dir, inputs, []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.rows.map((x) => x.district).sort()).toEqual(['Chợ Mới', 'Phòng Văn Hải', 'Quan_12', 'Quận 2', 'TOTAL', 'Tân Phú', 'Văn Hải']);
    const total = r.rows.find((x) => x.district === 'TOTAL')!;
    expect([total.cases_with_conditions, total.cases_resolved, total.cases_rate]).toEqual(['390', '195', '50.00']);
  });
});

/** Files of `lines` written in `dir`, their paths in order. */
function writeAll(dir: string, files: Record<string, readonly string[]>): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(files).map(([name, lines]) => {
    writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
    return join(dir, name);
  });
}
