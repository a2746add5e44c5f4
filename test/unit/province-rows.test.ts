// Round 38, findings 01 and 03: province rows with their figures over their offices, in a file by
// office without a Tỉnh column, are the provinces' subtotals (their offices take their province);
// "Cấp tỉnh" numbered as an item under a province section is the department's own office. Both
// readers; totals computed by hand.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { ProvinceRowBlocks } from '../../src/input/province-rows.js';
import type { FileRow } from '../../src/input/file-report.js';

const { both } = bothReaders('thads-province-rows-', ['--format', 'csv']);

/** province, office, with conditions, resolved, rate */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[0], c[1], c[9], c[18], c[20]].join(' ');
  });
}

const HEADER = 'Đơn vị,Có điều kiện,Giải quyết xong';
const KV_2025 = [
  HEADER,
  'Gia Lai,3500,2850',
  'Phòng THADS khu vực 1,1000,900',
  'Phòng THADS khu vực 2,2000,1500',
  'Phòng THADS khu vực 3,500,450',
  'Đắk Lắk,2000,1700',
  'Phòng THADS khu vực 1,800,700',
  'Phòng THADS khu vực 2,1200,1000',
];
/** 3500/2850 = 81.43 %, 2000/1700 = 85.00 %, 5500/4550 = 82.73 % */
const BY_PROVINCE_2025 = ['Gia Lai  3500 2850 81.43', 'Đắk Lắk  2000 1700 85.00', ' TOTAL 5500 4550 82.73'];

describe('province rows with figures over their offices (round 38, 01)', () => {
  it('unnumbered, over repeated "khu vực" names: the provinces\' subtotals, each office in its province', async () => {
    const r = await both('toan-quoc-viec-2025.csv', KV_2025);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual([
      'Gia Lai Phòng THADS khu vực 1 1000 900 90.00',
      'Gia Lai Phòng THADS khu vực 2 2000 1500 75.00',
      'Gia Lai Phòng THADS khu vực 3 500 450 90.00',
      'Đắk Lắk Phòng THADS khu vực 1 800 700 87.50',
      'Đắk Lắk Phòng THADS khu vực 2 1200 1000 83.33',
      ' TOTAL 5500 4550 82.73',
    ]);
    const p = await both('toan-quoc-viec-2025.csv', KV_2025, ['--format', 'csv', '--by', 'province']);
    expect(p.code).toBe(0);
    expect(rows(p.stdout)).toEqual(BY_PROVINCE_2025);
  });

  it('numbered 1, 2 with the offices unnumbered', async () => {
    const numbered = KV_2025.map((l, i) => (i === 0 ? `STT,${l}` : /^(Gia Lai|Đắk Lắk),/.test(l) ? `${l.startsWith('Gia') ? 1 : 2},${l}` : `,${l}`));
    const r = await both('toan-quoc-viec-2025.csv', numbered, ['--format', 'csv', '--by', 'province']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(BY_PROVINCE_2025);
  });

  it('2019, "Văn phòng Cục" in each province: 3700/3030 and 2300/1950, 6000/4980', async () => {
    const r = await both('toan-quoc-viec-2019.csv', [
      'STT,Đơn vị,Có điều kiện,Giải quyết xong',
      '1,Gia Lai,3700,3030',
      ',Văn phòng Cục,200,180',
      ',Chi cục THADS thành phố Pleiku,1000,900',
      ',Chi cục THADS huyện Đắk Đoa,2000,1500',
      ',Chi cục THADS huyện Ia Grai,500,450',
      '2,Đắk Lắk,2300,1950',
      ',Văn phòng Cục,300,250',
      ',Chi cục THADS huyện Krông Pắc,1200,1000',
      ',Chi cục THADS thành phố Buôn Ma Thuột,800,700',
    ], ['--format', 'csv', '--by', 'province']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(['Gia Lai  3700 3030 81.89', 'Đắk Lắk  2300 1950 84.78', ' TOTAL 6000 4980 83.00']);
  });

  it('a province row that is not the sum of its offices is refused at its line, never added', async () => {
    const wrong = KV_2025.map((l) => (l.startsWith('Gia Lai,') ? 'Gia Lai,3600,2850' : l));
    const r = await both('toan-quoc-viec-2025.csv', wrong);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2:2: error: line 2 "Gia Lai" heads the rows below it as a section, but its cases with conditions 3600 is not the sum of the rows below it (3500)');
    expect(r.stderr).toContain('[SECTION_ROW_MISMATCH]');
  });

  it('control: one province\'s file with its total on top, named by the province, stays refused', async () => {
    const r = await both('gia-lai-viec-2025.csv', KV_2025.slice(0, 5));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2: error: line 2 "Gia Lai" looks like a total row: its figures equal the sum of all the other 3 rows');
  });

  it('control: provinces listed in the office column without offices stay provinces', async () => {
    const r = await both('toan-quoc-viec-2025.csv', [HEADER, 'Gia Lai,3500,2850', 'Đắk Lắk,2000,1700', 'Hà Nội,3600,3220']);
    expect(r.code).toBe(0);
    // 9100 = 3500 + 2000 + 3600, 7770 = 2850 + 1700 + 3220: 85.38 %
    expect(rows(r.stdout).at(-1)).toBe(' TOTAL 9100 7770 85.38');
  });

  it('control: a Tỉnh column file is read as before', async () => {
    const r = await both('toan-quoc-viec-2025.csv', [
      'Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong',
      'Gia Lai,Phòng THADS khu vực 1,1000,900',
      'Gia Lai,Phòng THADS khu vực 2,2000,1500',
      'Đắk Lắk,Phòng THADS khu vực 1,800,700',
    ], ['--format', 'csv', '--by', 'province']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Gia Lai  3000 2400 80.00', 'Đắk Lắk  800 700 87.50', ' TOTAL 3800 3100 81.58']);
  });
});

describe('a row naming a province equal to the rows below it', () => {
  it('is refused whatever the evidence (two figures only), never added: a Tỉnh column file', async () => {
    const r = await both('toan-quoc-viec-2025.csv', [
      'Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong',
      'Gia Lai,Gia Lai,3000,2400',
      'Gia Lai,Phòng THADS khu vực 1,1000,900',
      'Gia Lai,Phòng THADS khu vực 2,2000,1500',
      'Đắk Lắk,Phòng THADS khu vực 1,800,700',
      'Đắk Lắk,Phòng THADS khu vực 2,1200,1000',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2: error: line 2 "Gia Lai" looks like a subtotal row: its figures equal the sum of lines 3–4 below it; added as an office it would count them twice [SUSPECTED_TOTAL_ROW]');
  });
});

describe('"Cấp tỉnh" numbered as an item under a province section (round 38, 03)', () => {
  const ROMAN = [
    'STT,Đơn vị,Có điều kiện,Giải quyết xong',
    'I,Gia Lai,3200,2580',
    '1,Cấp tỉnh,200,180',
    '2,Phòng THADS khu vực 1,1000,900',
    '3,Phòng THADS khu vực 2,2000,1500',
    'II,Đắk Lắk,2300,1950',
    '1,Cấp tỉnh,300,250',
    '2,Phòng THADS khu vực 1,800,700',
    '3,Phòng THADS khu vực 2,1200,1000',
  ];

  it('is the department\'s own office, as "Văn phòng Cục" is', async () => {
    const r = await both('toan-quoc-viec-2025.csv', ROMAN, ['--format', 'csv', '--by', 'province']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 3200/2580 = 80.63 %, 2300/1950 = 84.78 %, 5500/4530 = 82.36 %
    expect(rows(r.stdout)).toEqual(['Gia Lai  3200 2580 80.63', 'Đắk Lắk  2300 1950 84.78', ' TOTAL 5500 4530 82.36']);
    const o = await both('toan-quoc-viec-2025.csv', ROMAN);
    expect(rows(o.stdout).slice(0, 1)).toEqual(['Gia Lai Cấp tỉnh 200 180 90.00']);
  });

  it('one section\'s only: each section checked against its own rows', async () => {
    const r = await both('toan-quoc-viec-2025.csv', [
      'STT,Đơn vị,Có điều kiện,Giải quyết xong',
      'I,Gia Lai,3200,2580',
      '1,Văn phòng Cục,200,180',
      '2,Phòng THADS khu vực 1,1000,900',
      '3,Phòng THADS khu vực 2,2000,1500',
      'II,Hà Nội,3600,3220',
      '1,Cấp tỉnh,100,90',
      '2,Phòng THADS khu vực 1,3000,2700',
      '3,Phòng THADS khu vực 2,500,430',
    ], ['--format', 'csv', '--by', 'province']);
    expect(r.code).toBe(0);
    // 6800/5800 = 85.29 %
    expect(rows(r.stdout)).toEqual(['Gia Lai  3200 2580 80.63', 'Hà Nội  3600 3220 89.44', ' TOTAL 6800 5800 85.29']);
  });

  it('a section whose rows do not add up is still refused at its line', async () => {
    const wrong = ROMAN.map((l) => (l.startsWith('II,') ? 'II,Đắk Lắk,2400,1950' : l));
    const r = await both('toan-quoc-viec-2025.csv', wrong);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:6:3: error: line 6 "Đắk Lắk" heads the rows below it as a section, but its cases with conditions 2400 is not the sum of the rows below it (2300)');
  });
});

describe('ProvinceRowBlocks', () => {
  const row = (line: number, district: string, kind: FileRow['kind'] = 'data'): FileRow => ({ kind, row: { file: 'f', line, province: null, district, year: 2025, figures: {} } });
  const provinceOf = (r: FileRow) => (r.row.district.startsWith('P:') ? r.row.district.slice(2) : null);

  it('a province row is a subtotal once a later one comes, or when one before it was', () => {
    const b = new ProvinceRowBlocks(provinceOf);
    const out = [row(2, 'P:A'), row(3, 'x'), row(4, 'P:B'), row(5, 'y')].flatMap((r) => b.see(r)).concat(b.end());
    expect(out.map((r) => `${r.kind} ${r.row.province ?? '-'} ${r.row.district}`)).toEqual(['numbered - P:A', 'data A x', 'numbered - P:B', 'data B y']);
  });

  it('alone over the rows, or over no office, it stays a data row', () => {
    const b = new ProvinceRowBlocks(provinceOf);
    const one = [row(2, 'P:A'), row(3, 'x')].flatMap((r) => b.see(r)).concat(b.end());
    expect(one.map((r) => r.kind)).toEqual(['data', 'data']);
    const c = new ProvinceRowBlocks(provinceOf);
    const list = [row(2, 'P:A'), row(3, 'P:B')].flatMap((r) => c.see(r)).concat(c.end());
    expect(list.map((r) => r.kind)).toEqual(['data', 'data']);
  });
});
