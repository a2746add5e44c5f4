// Since 1/7/2025 the province's own office is "Thi hành án dân sự tỉnh X" / "THADS tỉnh X"
// (round 92b, 01/03/04). Its bare name was the bare place "x", and beside the province's Phòng
// khu vực it was read as the province's whole: --previous compared it with the old Cục of one of
// three former provinces (+700), with the whole province of 2025 (−4.900), or with the Cục plus
// thị xã Phú Thọ (−650, overriding mergedOffices). Now: keyed "cục x" (the Cục under its new
// name), an office among its province's offices is an office, and the office of a province
// formed from several is no one former Cục. All figures below are by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bareName } from '../../src/domain/office-names.js';
import { bothOnFiles } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-tinh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csv(name: string, lines: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
async function xlsx(name: string, lines: readonly string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const l of lines) ws.addRow(l.split(';').map((c) => (/^[\d.]+$/.test(c) ? Number(c.replace(/\./g, '')) : c === '' ? null : c)));
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

interface Json {
  groups: { district: string; cases: { total: string; rate: string; totalChange: string | null; rateChange: string | null } }[];
}
/** district → [total change, rate change] */
function changes(stdout: string): Record<string, [string | null, string | null]> {
  const json = JSON.parse(stdout) as Json;
  return Object.fromEntries(json.groups.map((g) => [g.district, [g.cases.totalChange, g.cases.rateChange]]));
}
function run(now: string, before: string, extra: readonly string[] = []) {
  const r = spawnThads(['summarize', now, '--previous', before, '--measure', 'cases', '--format', 'json', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return r;
}

const HEAD6 = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện thi hành;Thi hành xong;Đình chỉ';
const HEAD7 = 'STT;Tỉnh;Đơn vị;Tổng số thụ lý;Có điều kiện thi hành;Thi hành xong;Đình chỉ';

// 01 — the merged Ninh Bình (Ninh Bình + Nam Định + Hà Nam) against the three former Cục
const NB_2026 = [
  'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC;;;;;',
  'Năm 2026 (từ 01/10/2025 đến 30/9/2026);;;;;', 'Đơn vị tính: Việc;;;;;', HEAD6,
  ';Tổng cộng;7.500;5.300;4.300;200',
  '1;Thi hành án dân sự tỉnh Ninh Bình;1.000;700;560;20',
  '2;Phòng Thi hành án dân sự khu vực 1;2.000;1.400;1.150;50',
  '3;Phòng Thi hành án dân sự khu vực 2;2.600;1.900;1.540;80',
  '4;Phòng Thi hành án dân sự khu vực 3;1.900;1.300;1.050;50',
];
const NB_2025 = [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC;;;;;;', 'Năm 2025 (từ 01/10/2024 đến 30/9/2025);;;;;;', 'Đơn vị tính: Việc;;;;;;', HEAD7,
  '1;Ninh Bình;Cục THADS tỉnh Ninh Bình;300;200;140;10',
  '2;Ninh Bình;Chi cục THADS thành phố Hoa Lư;1.100;800;650;30',
  '3;Ninh Bình;Chi cục THADS thành phố Tam Điệp;800;550;440;20',
  '4;Nam Định;Cục THADS tỉnh Nam Định;400;260;190;10',
  '5;Nam Định;Chi cục THADS thành phố Nam Định;1.500;1.100;870;40',
  '6;Nam Định;Chi cục THADS huyện Mỹ Lộc;1.000;750;600;30',
  '7;Hà Nam;Cục THADS tỉnh Hà Nam;250;180;130;10',
  '8;Hà Nam;Chi cục THADS thành phố Phủ Lý;1.050;700;560;30',
  '9;Hà Nam;Chi cục THADS thị xã Duy Tiên;800;560;440;20',
];
const NB_CONFIG = {
  mergedOffices: {
    'Phòng Thi hành án dân sự khu vực 1': ['Chi cục THADS thành phố Hoa Lư', 'Chi cục THADS thành phố Tam Điệp'],
    'Phòng Thi hành án dân sự khu vực 2': ['Chi cục THADS thành phố Nam Định', 'Chi cục THADS huyện Mỹ Lộc'],
    'Phòng Thi hành án dân sự khu vực 3': ['Chi cục THADS thành phố Phủ Lý', 'Chi cục THADS thị xã Duy Tiên'],
  },
};
// By hand: KV1 2.000 − (1.100 + 800) = +100; 1.200/1.400 = 85,714 % − 1.140/1.350 = 84,444 % → +1,27.
// KV2 2.600 − 2.500 = +100; 1.620/1.900 = 85,263 % − 1.540/1.850 = 83,243 % → +2,02.
// KV3 1.900 − 1.850 = +50; 1.100/1.300 = 84,615 % − 1.050/1.260 = 83,333 % → +1,28.
// The provincial office took over three Cục: compared with Cục Ninh Bình alone (+700, +7,86) it
// was a part against a whole; it is compared with nothing.
const NB_EXPECTED = {
  'Thi hành án dân sự tỉnh Ninh Bình': [null, null],
  'Phòng Thi hành án dân sự khu vực 1': ['100', '1.27'],
  'Phòng Thi hành án dân sự khu vực 2': ['100', '2.02'],
  'Phòng Thi hành án dân sự khu vực 3': ['50', '1.28'],
};

// 03/04 — Phú Thọ (Phú Thọ + Vĩnh Phúc + Hòa Bình)
const PT_2026 = [
  'THI HÀNH ÁN DÂN SỰ TỈNH PHÚ THỌ;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC;;;;;',
  'Năm 2026 (từ 01/10/2025 đến 30/9/2026);;;;;', 'Đơn vị tính: Việc;;;;;', HEAD6,
  ';Tổng cộng;6.300;4.500;3.600;150',
  '1;Thi hành án dân sự tỉnh Phú Thọ;1.100;800;620;20',
  '2;Phòng Thi hành án dân sự khu vực 1;2.000;1.400;1.130;50',
  '3;Phòng Thi hành án dân sự khu vực 2;1.700;1.200;970;40',
  '4;Phòng Thi hành án dân sự khu vực 3;1.500;1.100;880;40',
];
const PT_2025_PROVINCES = [
  'THI HÀNH ÁN DÂN SỰ TỈNH PHÚ THỌ;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025;;;;;', '(Từ 01/10/2024 đến 30/9/2025);;;;;', HEAD6,
  ';Tổng cộng;6.000;4.250;3.340;160',
  '1;Phú Thọ;2.250;1.600;1.260;60',
  '2;Vĩnh Phúc;2.050;1.450;1.140;50',
  '3;Hòa Bình;1.700;1.200;940;50',
];
const PT_2025_OFFICES = [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025;;;;;;', 'Đơn vị tính: Việc;;;;;;', HEAD7,
  '1;Phú Thọ;Cục THADS tỉnh Phú Thọ;350;250;180;10',
  '2;Phú Thọ;Việt Trì;1.200;850;680;30',
  '3;Phú Thọ;Phú Thọ;700;500;400;20',
  '4;Vĩnh Phúc;Cục THADS tỉnh Vĩnh Phúc;400;300;220;10',
  '5;Vĩnh Phúc;Vĩnh Yên;1.000;700;560;20',
  '6;Vĩnh Phúc;Phúc Yên;650;450;360;20',
  '7;Hòa Bình;Cục THADS tỉnh Hòa Bình;300;200;150;10',
  '8;Hòa Bình;Hòa Bình;900;650;520;20',
  '9;Hòa Bình;Lương Sơn;500;350;280;10',
];
const PT_CONFIG = {
  mergedOffices: {
    'Thi hành án dân sự tỉnh Phú Thọ': ['Cục THADS tỉnh Phú Thọ', 'Cục THADS tỉnh Vĩnh Phúc', 'Cục THADS tỉnh Hòa Bình'],
    'Phòng Thi hành án dân sự khu vực 1': ['Việt Trì', 'Phú Thọ'],
    'Phòng Thi hành án dân sự khu vực 2': ['Vĩnh Yên', 'Phúc Yên'],
    'Phòng Thi hành án dân sự khu vực 3': ['Hòa Bình', 'Lương Sơn'],
  },
};
// By hand, with the mapping: tỉnh 1.100 − (350 + 400 + 300) = +50; 640/800 = 80 % − 580/750 = 77,333 % → +2,67.
// KV1 2.000 − (1.200 + 700) = +100; 1.180/1.400 = 84,286 % − 1.130/1.350 = 83,704 % → +0,58.
// KV2 1.700 − 1.650 = +50; 1.010/1.200 = 84,167 % − 960/1.150 = 83,478 % → +0,69.
// KV3 1.500 − 1.400 = +100; 920/1.100 = 83,636 % − 830/1.000 = 83 % → +0,64.
const PT_MAPPED = {
  'Thi hành án dân sự tỉnh Phú Thọ': ['50', '2.67'],
  'Phòng Thi hành án dân sự khu vực 1': ['100', '0.58'],
  'Phòng Thi hành án dân sự khu vực 2': ['50', '0.69'],
  'Phòng Thi hành án dân sự khu vực 3': ['100', '0.64'],
};
const NOTHING = {
  'Thi hành án dân sự tỉnh Phú Thọ': [null, null],
  'Phòng Thi hành án dân sự khu vực 1': [null, null],
  'Phòng Thi hành án dân sự khu vực 2': [null, null],
  'Phòng Thi hành án dân sự khu vực 3': [null, null],
};

function config(name: string, cfg: object): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(cfg));
  return path;
}

describe('the provincial office under its 2025 name (round 92b)', () => {
  it('01: a merged province\'s office is no one former Cục (csv)', () => {
    const r = run(csv('Ninh Binh 2026.csv', NB_2026), csv('Ninh Binh 2025.csv', NB_2025), ['--config', config('nb.json', NB_CONFIG)]);
    expect(changes(r.stdout)).toEqual(NB_EXPECTED);
    expect(r.stderr).toContain('"Thi hành án dân sự tỉnh Ninh Bình" has no figures in the previous year\'s files (2025) [ONE_YEAR_ONLY]');
    expect(r.stderr).toContain('"Cục THADS tỉnh Ninh Bình" has figures in the previous year\'s files only (2025) [ONE_YEAR_ONLY]');
  });
  it('01: "THADS tỉnh Ninh Bình", "THA dân sự tỉnh Ninh Bình" alike (xlsx)', async () => {
    for (const [i, written] of ['THADS tỉnh Ninh Bình', 'THA dân sự tỉnh Ninh Bình', 'Thi hanh an dan su tinh Ninh Bình'].entries()) {
      const now = await xlsx(`Ninh Binh 2026 ${i}.xlsx`, NB_2026.map((l) => l.replace('Thi hành án dân sự tỉnh Ninh Bình', written)));
      const before = await xlsx(`Ninh Binh 2025 ${i}.xlsx`, NB_2025);
      const r = run(now, before, ['--config', config('nb.json', NB_CONFIG)]);
      expect(changes(r.stdout)).toEqual({ ...NB_EXPECTED, 'Thi hành án dân sự tỉnh Ninh Bình': undefined, [written]: [null, null] });
    }
  });
  it('03: the office line is not the whole province of 2025 (−4.900)', () => {
    const r = run(csv('Phu Tho 2026.csv', PT_2026), csv('Phu Tho 2025 theo tinh cu.csv', PT_2025_PROVINCES));
    expect(changes(r.stdout)).toEqual(NOTHING);
    expect(r.stderr).toContain('"Phú Thọ" has figures in the previous year\'s files only (2025) [ONE_YEAR_ONLY]');
  });
  it('04: thị xã Phú Thọ goes where mergedOffices says (csv and xlsx)', async () => {
    const cfg = ['--config', config('pt.json', PT_CONFIG)];
    expect(changes(run(csv('Phu Tho 2026.csv', PT_2026), csv('Phu Tho cu 2025.csv', PT_2025_OFFICES), cfg).stdout)).toEqual(PT_MAPPED);
    expect(changes(run(await xlsx('Phu Tho 2026.xlsx', PT_2026), await xlsx('Phu Tho cu 2025.xlsx', PT_2025_OFFICES), cfg).stdout)).toEqual(PT_MAPPED);
  });
  it('04: without a mapping nothing is compared (was +50 and −1,33 pp: Cục Phú Thọ + thị xã Phú Thọ)', () => {
    const r = run(csv('Phu Tho 2026.csv', PT_2026), csv('Phu Tho cu 2025.csv', PT_2025_OFFICES));
    expect(changes(r.stdout)).toEqual(NOTHING);
  });
  it('both readers agree (a plain CSV without a title: the byte-scanner)', async () => {
    const plainNow = ['STT;Tỉnh;Đơn vị;Tổng số thụ lý;Có điều kiện thi hành;Thi hành xong;Đình chỉ', '1;Phú Thọ;THADS tỉnh Phú Thọ;1.100;800;620;20', '2;Phú Thọ;Phòng THADS khu vực 1;2.000;1.400;1.130;50'];
    const before = csv('Phu Tho 2025 plain.csv', PT_2025_OFFICES.slice(2));
    const r = await bothOnFiles(mkdtempSync(join(dir, 'both-')), { 'Phu Tho 2026.csv': plainNow }, ['--previous', before, '--measure', 'cases', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(changes(r.stdout)).toEqual({ 'THADS tỉnh Phú Thọ': [null, null], 'Phòng THADS khu vực 1': [null, null] });
  });
});

describe('over-reach controls: readings kept', () => {
  it('Cục ↔ Cục across two years before 2025 (paired)', () => {
    // By hand: 300 − 280 = +20; 150/200 = 75 % − 140/190 = 73,684 % → +1,32. Hoa Lư 1.100 − 1.000 = +100; 680/800 = 85 % − 600/720 = 83,333 % → +1,67.
    const now = csv('Ninh Binh 2024.csv', [HEAD7, '1;Ninh Bình;Cục THADS tỉnh Ninh Bình;300;200;140;10', '2;Ninh Bình;Chi cục THADS thành phố Hoa Lư;1.100;800;650;30']);
    const before = csv('Ninh Binh 2023.csv', [HEAD7, '1;Ninh Bình;Cục THADS tỉnh Ninh Bình;280;190;130;10', '2;Ninh Bình;Chi cục THADS thành phố Hoa Lư;1.000;720;580;20']);
    expect(changes(run(now, before).stdout)).toEqual({ 'Cục THADS tỉnh Ninh Bình': ['20', '1.32'], 'Chi cục THADS thành phố Hoa Lư': ['100', '1.67'] });
  });
  it('thị xã Phú Thọ, written bare like its province, paired with itself the next year', () => {
    // By hand: Phú Thọ 700 − 650 = +50; 420/500 = 84 % − 380/460 = 82,609 % → +1,39. Việt Trì 1.200 − 1.100 = +100; 710/850 = 83,529 % − 640/780 = 82,051 % → +1,48.
    const now = csv('Phu Tho 2024.csv', [HEAD7, '1;Phú Thọ;Việt Trì;1.200;850;680;30', '2;Phú Thọ;Phú Thọ;700;500;400;20']);
    const before = csv('Phu Tho 2023.csv', [HEAD7, '1;Phú Thọ;Việt Trì;1.100;780;620;20', '2;Phú Thọ;Phú Thọ;650;460;370;10']);
    expect(changes(run(now, before).stdout)).toEqual({ 'Việt Trì': ['100', '1.48'], 'Phú Thọ': ['50', '1.39'] });
  });
  it('a province not merged: "THADS tỉnh Quảng Ninh" is last year\'s "Cục THADS tỉnh Quảng Ninh"', () => {
    // By hand: 500 − 450 = +50; 320/400 = 80 % − 230/300 = 76,667 % → +3,33.
    const now = csv('Quang Ninh 2026.csv', ['THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG NINH', 'Năm 2026 (từ 01/10/2025 đến 30/9/2026)', HEAD6, '1;THADS tỉnh Quảng Ninh;500;400;300;20', '2;Phòng THADS khu vực 1;1.000;800;600;40']);
    const before = csv('Quang Ninh 2025.csv', ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG NINH', 'Năm 2025 (từ 01/10/2024 đến 30/9/2025)', HEAD6, '1;Cục THADS tỉnh Quảng Ninh;450;300;220;10', '2;Chi cục THADS thành phố Hạ Long;1.000;760;560;20']);
    expect(changes(run(now, before).stdout)['THADS tỉnh Quảng Ninh']).toEqual(['50', '3.33']);
  });
  it('a national table by province: "THADS tỉnh Quảng Ninh" is the province, last year\'s "Quảng Ninh"', () => {
    // By hand: 2.100 − 2.000 = +100; 1.250/1.600 = 78,125 % − 1.150/1.500 = 76,667 % → +1,46.
    const now = csv('Toan quoc 2026.csv', [HEAD7, '1;Quảng Ninh;THADS tỉnh Quảng Ninh;2.100;1.600;1.200;50', '2;Lạng Sơn;THADS tỉnh Lạng Sơn;1.000;800;600;20']);
    const before = csv('Toan quoc 2025.csv', [HEAD7, '1;Quảng Ninh;Quảng Ninh;2.000;1.500;1.100;50', '2;Lạng Sơn;Lạng Sơn;900;700;500;20']);
    // Lạng Sơn: 1.000 − 900 = +100; 620/800 = 77,5 % − 520/700 = 74,286 % → +3,21.
    expect(changes(run(now, before).stdout)).toEqual({ 'THADS tỉnh Quảng Ninh': ['100', '1.46'], 'THADS tỉnh Lạng Sơn': ['100', '3.21'] });
  });
  it('bare names', () => {
    expect(bareName('Thi hành án dân sự tỉnh Phú Thọ')).toBe('cục phú thọ');
    expect(bareName('THADS tỉnh Phú Thọ')).toBe(bareName('Cục THADS tỉnh Phú Thọ'));
    expect(bareName('Phú Thọ')).toBe('phú thọ');
    expect(bareName('Chi cục THADS thị xã Phú Thọ')).toBe('phú thọ');
    expect(bareName('Chi cục THADS thành phố Nam Định')).toBe('nam định');
    expect(bareName('Phòng THADS khu vực 1')).toBe('khu vực 1');
    expect(bareName('Văn phòng THADS tỉnh Phú Thọ')).not.toBe('cục phú thọ');
  });
});
