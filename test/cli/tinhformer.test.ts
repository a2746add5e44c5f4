// A national 2025 table BY PROVINCE (a "Tỉnh" column, no "Đơn vị") whose merged provinces list the
// provinces they were formed from under them ("19 | Ninh Bình" over "19.1 | Ninh Bình", "19.2 |
// Nam Định", "19.3 | Hà Nam"; "a)", "b)"; "-"; an empty STT; marked "(cũ)"): the province's row is
// the province's, its former provinces its parts, checked against it and never added — as under
// an "Đơn vị" column (3a47127). Before, the default view (one row per office) printed the former
// provinces as ranked rows of their own, "viec (Nam Định)" ranked x/37 (--by province and the
// total were right). The real binary, a plain CSV (byte-scanner first) and one with a title line
// (the reference reader), an xlsx twin. Every expected figure below is worked out by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-tinhformer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(name: string, lines: readonly string[], args: readonly string[] = []) {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const r = spawnThads(['summarize', file, ...args]);
  return { ...r, stderr: r.stderr.split(file).join('FILE') };
}

/** province, district, with conditions, resolved, rate, rank/of (the default CSV) */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[0], c[1], c[9], c[18], c[20], `${c[26]}/${c[27]}`].join(' ');
  });
}

const HEADER = 'STT;Tỉnh;Có điều kiện;Đã giải quyết xong';
const TITLE = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025;;;';

/** The 34, Tuyên Quang (12) and Ninh Bình (19) over their former provinces, each numbered `mark(item, k)`. */
function table(mark: (item: number, k: number) => string, names: { tq?: readonly string[]; nb?: readonly string[] } = {}): string[] {
  const [tq1, tq2] = names.tq ?? ['Tuyên Quang', 'Hà Giang'];
  const [nb1, nb2, nb3] = names.nb ?? ['Ninh Bình', 'Nam Định', 'Hà Nam'];
  return [
    HEADER,
    '1;Hà Nội;2.958;2.217',
    '2;Huế;13.662;12.571',
    '3;Lai Châu;18.601;13.720',
    '4;Điện Biên;13.292;12.009',
    '5;Sơn La;1.725;1.308',
    '6;Lạng Sơn;6.173;5.196',
    '7;Quảng Ninh;9.113;7.579',
    '8;Thanh Hoá;19.503;15.389',
    '9;Nghệ An;11.565;8.752',
    '10;Hà Tĩnh;9.521;8.171',
    '11;Cao Bằng;14.548;13.259',
    '12;Tuyên Quang;11.038;8.839',
    `${mark(12, 1)};${tq1};6.071;4.861`,
    `${mark(12, 2)};${tq2};4.967;3.978`,
    '13;Lào Cai;6.426;4.653',
    '14;Thái Nguyên;13.602;10.911',
    '15;Phú Thọ;2.339;2.217',
    '16;Bắc Ninh;33.058;30.146',
    '17;Hưng Yên;26.350;18.527',
    '18;Thành phố Hải Phòng;17.372;12.427',
    '19;Ninh Bình;49.343;35.958',
    `${mark(19, 1)};${nb1};14.803;10.787`,
    `${mark(19, 2)};${nb2};22.204;16.181`,
    `${mark(19, 3)};${nb3};12.336;8.990`,
    '20;Quảng Trị;36.034;28.832',
    '21;Đà Nẵng;18.904;15.650',
    '22;Quảng Ngãi;1.000;895',
    '23;Gia Lai;28.412;20.565',
    '24;Khánh Hòa;15.854;11.128',
    '25;Lâm Đồng;1.382;1.209',
    '26;Đắk Lắk;3.942;3.240',
    '27;Thành phố Hồ Chí Minh;10.484;7.812',
    '28;Đồng Nai;24.862;22.294',
    '29;Tây Ninh;39.846;37.749',
    '30;Cần Thơ;6.470;5.708',
    '31;Vĩnh Long;9.554;6.765',
    '32;Đồng Tháp;38.348;32.975',
    '33;Cà Mau;3.080;2.302',
    '34;An Giang;14.950;11.166',
    ';Tổng cộng;533.311;432.139',
  ];
}
const decimal = (item: number, k: number) => `${item}.${k}`;
const lettered = (_item: number, k: number) => `${'abc'[k - 1]})`;
const titled = (lines: readonly string[]) => [TITLE, ...lines];

// Parts: Tuyên Quang 6.071 + 4.967 = 11.038, 4.861 + 3.978 = 8.839;
// Ninh Bình 14.803 + 22.204 + 12.336 = 49.343, 10.787 + 16.181 + 8.990 = 35.958.
// Rates of the 34 (resolved / with conditions), descending: 1 Phú Thọ 2.217/2.339 = 94,78 …
// 18 Tuyên Quang 8.839/11.038 = 80,08, 23 Hà Nội 2.217/2.958 = 74,95, 28 Ninh Bình 35.958/49.343 =
// 72,87, 34 Khánh Hòa 11.128/15.854 = 70,19. Total: the 34 rows, 533.311 / 432.139 = 81,03 %.
const PICKED = ['Hà Nội', 'Phú Thọ', 'Tuyên Quang', 'Ninh Bình', 'Khánh Hòa', ''];
function expectRight(r: { code: number; stdout: string; stderr: string }, district: string): void {
  expect(r.code, r.stderr).toBe(0);
  // (no PROVINCE_ROLLED_UP: a part is no row of its own, as under "Đơn vị")
  expect(r.stderr).toBe('');
  const all = rows(r.stdout);
  const picked = r.stdout.trim().split('\n').slice(1).filter((l) => PICKED.includes(l.split(',')[0]!));
  expect(rows(['header', ...picked].join('\n'))).toEqual([
    `Hà Nội ${district} 2958 2217 74.95 23/34`,
    `Tuyên Quang ${district} 11038 8839 80.08 18/34`,
    `Phú Thọ ${district} 2339 2217 94.78 1/34`,
    `Ninh Bình ${district} 49343 35958 72.87 28/34`,
    `Khánh Hòa ${district} 15854 11128 70.19 34/34`,
    ' TOTAL 533311 432139 81.03 /',
  ]);
  expect(all).toHaveLength(35);
  expect(all.slice(0, 34).every((l) => l.endsWith('/34') && l.includes(` ${district} `))).toBe(true);
  expect(r.stdout).not.toMatch(/Nam Định|Hà Nam|Hà Giang|\(/);
}

describe('a 2025 table by province: the former provinces under a numbered province are its parts', () => {
  it('"19.1", "19.2", "19.3": plain CSV and with a title line', () => {
    expectRight(run('viec-2025.csv', table(decimal)), 'viec');
    expectRight(run('toan-quoc-2025.csv', titled(table(decimal))), 'toan-quoc');
  });

  it('"a)", "b)", "c)"; "19.1."; "-"; an empty STT: the same', () => {
    expectRight(run('viec-2025.csv', table(lettered)), 'viec');
    expectRight(run('toan-quoc-2025.csv', titled(table(lettered))), 'toan-quoc');
    expectRight(run('viec-2025.csv', table((item, k) => `${item}.${k}.`)), 'viec');
    expectRight(run('viec-2025.csv', table(() => '-')), 'viec');
    expectRight(run('viec-2025.csv', table(() => '')), 'viec');
  });

  it('former names marked "(cũ)", first one marked only, "Tỉnh …": the same', () => {
    expectRight(run('viec-2025.csv', table(decimal, { tq: ['Tuyên Quang (cũ)', 'Hà Giang (cũ)'], nb: ['Ninh Bình (cũ)', 'Nam Định (cũ)', 'Hà Nam (cũ)'] })), 'viec');
    expectRight(run('toan-quoc-2025.csv', titled(table(lettered, { tq: ['Tuyên Quang (cũ)', 'Hà Giang'], nb: ['Ninh Bình (cũ)', 'Nam Định', 'Hà Nam'] }))), 'toan-quoc');
    expectRight(run('viec-2025.csv', table(decimal, { nb: ['Tỉnh Ninh Bình', 'tỉnh Nam Định', 'TỈNH HÀ NAM'] })), 'viec');
  });

  it('--format json: 34 groups, each ranked of 34, Ninh Bình its own row', () => {
    const r = run('viec-2025.csv', table(decimal), ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { groups: { province: string; district: string; cases: { withConditions: string; resolved: string; rank: number; rankOf: number } }[] };
    expect(out.groups).toHaveLength(34);
    expect(out.groups.every((g) => g.cases.rankOf === 34 && g.district === 'viec')).toBe(true);
    const nb = out.groups.filter((g) => g.province === 'Ninh Bình');
    expect(nb.map((g) => [g.cases.withConditions, g.cases.resolved, g.cases.rank])).toEqual([['49343', '35958', 28]]);
    expect(out.groups.filter((g) => g.province === 'Tuyên Quang').map((g) => [g.cases.withConditions, g.cases.resolved, g.cases.rank])).toEqual([['11038', '8839', 18]]);
  });

  it('parts that do not add up: refused OFFICE_SUBTOTAL_MISMATCH at the province\'s row, both readers', () => {
    const bad = table(decimal).map((l) => l.replace('19.3;Hà Nam;12.336;', '19.3;Hà Nam;12.337;'));
    // 14.803 + 22.204 + 12.337 = 49.344 ≠ 49.343 (header on line 1; items 1–18 on lines 2–21 with 12's two parts)
    const message = (line: number, parts: string) =>
      `FILE:${line}: error: "Ninh Bình" on this row is a province with figures, and it is not the sum of its parts, the former provinces under it (lines ${parts}): its row or its parts are wrong, and thads cannot tell which [OFFICE_SUBTOTAL_MISMATCH]\n`;
    const plain = run('viec-2025.csv', bad);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toBe('');
    expect(plain.stderr.startsWith(message(22, '23–25'))).toBe(true);
    expect(plain.stderr).toContain('thads: 1 error in the input; nothing was summed');
    const withTitle = run('toan-quoc-2025.csv', titled(bad));
    expect(withTitle.code).toBe(1);
    expect(withTitle.stdout).toBe('');
    expect(withTitle.stderr.startsWith(message(23, '24–26'))).toBe(true);
    // lettered, Hà Giang one more: 6.071 + 4.968 = 11.039 ≠ 11.038
    const letters = run('viec-2025.csv', table(lettered).map((l) => l.replace('b);Hà Giang;4.967;', 'b);Hà Giang;4.968;')));
    expect(letters.code).toBe(1);
    expect(letters.stdout).toBe('');
    expect(letters.stderr).toContain('FILE:13: error: "Tuyên Quang" on this row is a province with figures, and it is not the sum of its parts, the former provinces under it (lines 14–15)');
  });

  it('an xlsx of the table reads the same', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    // ("19.1" stays the text it is; "2.958" is the figure 2958)
    for (const l of titled(table(decimal))) ws.addRow(l.split(';').map((c) => (/^[\d.]+$/.test(c) && !/^\d+\.\d\.?$/.test(c) ? Number(c.replace(/\./g, '')) : c === '' ? null : c)));
    const file = join(dir, 'toan-quoc-2025.xlsx');
    await wb.xlsx.writeFile(file);
    expectRight(spawnThads(['summarize', file]), 'toan-quoc');
  });
});

describe('over-reach: tables that read as before', () => {
  it('ec3f5de\'s table, "1.1 | Ninh Bình (cũ)": --by province as before', () => {
    const r = run('bc-viec-2025.csv', ['STT,Tỉnh,Có điều kiện,Giải quyết xong',
      '1,Ninh Bình,1700,1300', '1.1,Ninh Bình (cũ),400,300', '1.2,Nam Định,800,600', '1.3,Hà Nam,500,400',
      '2,Hưng Yên,1400,1100', '2.1,Hưng Yên (cũ),600,450', '2.2,Thái Bình,800,650', ',Tổng cộng,3100,2400'], ['--by', 'province']);
    expect(r.code, r.stderr).toBe(0);
    // Ninh Bình 1300/1700 = 76,47 %, Hưng Yên 1100/1400 = 78,57 %; 2400/3100 = 77,42 %
    expect(rows(r.stdout)).toEqual(['Ninh Bình  1700 1300 76.47 2/2', 'Hưng Yên  1400 1100 78.57 1/2', ' TOTAL 3100 2400 77.42 /']);
  });

  it('a 2025 list by the 63, each former province numbered, no new province over them: its rows, rolled up, as before', () => {
    const r = run('bc-viec-2025.csv', ['STT,Tỉnh,Có điều kiện,Giải quyết xong', '1,Ninh Bình (cũ),400,300', '2,Nam Định cũ,800,600', '3,Hưng Yên (cũ),600,450', '4,Thái Bình (cũ),800,650', ',Tổng cộng,2600,2000']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.match(/\[PROVINCE_ROLLED_UP\]/g)).toHaveLength(4);
    // rates 75 %, 75 %, 75 %, 81,25 %; total 2000/2600 = 76,92 %
    expect(rows(r.stdout)).toEqual([
      'Ninh Bình bc-viec (Ninh Bình) 400 300 75.00 2/4',
      'Ninh Bình bc-viec (Nam Định) 800 600 75.00 2/4',
      'Hưng Yên bc-viec (Hưng Yên) 600 450 75.00 2/4',
      'Hưng Yên bc-viec (Thái Bình) 800 650 81.25 1/4',
      ' TOTAL 2600 2000 76.92 /',
    ]);
  });

  it('a 2024 table of the 63 numbered 1..63: 63 provinces, as before', () => {
    const names = ['Hà Nội', 'Thừa Thiên Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng', 'Tuyên Quang', 'Hà Giang', 'Lào Cai', 'Yên Bái', 'Thái Nguyên', 'Bắc Kạn', 'Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình', 'Bắc Ninh', 'Bắc Giang', 'Hưng Yên', 'Thái Bình', 'Hải Phòng', 'Hải Dương', 'Ninh Bình', 'Hà Nam', 'Nam Định', 'Quảng Trị', 'Quảng Bình', 'Đà Nẵng', 'Quảng Nam', 'Quảng Ngãi', 'Kon Tum', 'Gia Lai', 'Bình Định', 'Khánh Hòa', 'Ninh Thuận', 'Lâm Đồng', 'Đắk Nông', 'Bình Thuận', 'Đắk Lắk', 'Phú Yên', 'Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu', 'Đồng Nai', 'Bình Phước', 'Tây Ninh', 'Long An', 'Cần Thơ', 'Sóc Trăng', 'Hậu Giang', 'Vĩnh Long', 'Bến Tre', 'Trà Vinh', 'Đồng Tháp', 'Tiền Giang', 'Cà Mau', 'Bạc Liêu', 'An Giang', 'Kiên Giang'];
    expect(names).toHaveLength(63);
    // item i: 100 + i with conditions, 50 + i resolved — the rate rises with i, so i ranks 64 − i
    const r = run('viec-2024.csv', ['STT;Tỉnh;Có điều kiện;Đã giải quyết xong', ...names.map((n, k) => `${k + 1};${n};${101 + k};${51 + k}`), ';Tổng cộng;8.316;5.166']);
    expect(r.code, r.stderr).toBe(0);
    const all = rows(r.stdout);
    // 63 × 100 + (1 + … + 63 = 2016) = 8316; 63 × 50 + 2016 = 5166; 5166/8316 = 62,12 %
    expect(all).toHaveLength(64);
    expect(all.slice(0, 63).every((l) => l.endsWith('/63'))).toBe(true);
    expect([all[0], all[26], all[27], all[28], all[62], all[63]]).toEqual([
      'Hà Nội viec 101 51 50.50 63/63', // 51/101
      'Ninh Bình viec 127 77 60.63 37/63', // 77/127
      'Hà Nam viec 128 78 60.94 36/63', // 78/128
      'Nam Định viec 129 79 61.24 35/63', // 79/129
      'Kiên Giang viec 163 113 69.33 1/63', // 113/163
      ' TOTAL 8316 5166 62.12 /',
    ]);
  });

  it('a province\'s table of offices, a khu vực over its former Chi cục numbered "1.1": their own rule, as before', () => {
    const r = run('THADS tinh Ninh Binh viec 2025.csv', ['STT;Đơn vị;Có điều kiện;Giải quyết xong',
      '1;Phòng THADS khu vực 1;300;200', '1.1;Chi cục THADS huyện Kim Sơn (cũ);100;80', '1.2;Chi cục THADS huyện Yên Khánh (cũ);200;120',
      '2;Phòng THADS khu vực 2;400;300', ';Tổng cộng;700;500']);
    expect(r.code, r.stderr).toBe(0);
    // 200/300 = 66,67 %, 300/400 = 75 %; 500/700 = 71,43 %
    expect(rows(r.stdout)).toEqual(['Ninh Bình Phòng THADS khu vực 1 300 200 66.67 2/2', 'Ninh Bình Phòng THADS khu vực 2 400 300 75.00 1/2', ' TOTAL 700 500 71.43 /']);
  });
});
