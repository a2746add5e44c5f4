// A national 2025 table of the 34 ("STT | Đơn vị", "Toàn quốc") whose merged provinces list the
// provinces they were formed from as NUMBERED sub-items ("19 | Ninh Bình" over "19.1 | Ninh Bình",
// "19.2 | Nam Định", "19.3 | Hà Nam"; or "a)", "b)", "c)"): they are the province's parts, checked
// against its row, never added, as the same rows without an STT or with a "-" bullet are. Before,
// the parts were read as offices of their own, ranked x/37, the province's row dropped (round 88b,
// 01). Sub-items that are no former provinces, and tables before 2025, read as before. Both
// readers; one xlsx. Expected figures by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const national = bothReaders('thads-numbered-former-', ['--format', 'csv']);

/** name, total, with conditions, resolved, rate, rank/of */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[5], c[9], c[18], c[20], `${c[26]}/${c[27]}`].join(' ');
  });
}

const HEAD = ['BỘ TƯ PHÁP - CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ;;;;', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025;;;;', 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện thi hành;Giải quyết xong'];

/** The 34 with the parts of items 12 and 19 below them, each sub-item numbered by `mark(item, k)` (k from 1). */
function table(mark: (item: number, k: number) => string, names: { tq?: readonly string[]; nb?: readonly string[] } = {}): string[] {
  const [tq1, tq2] = names.tq ?? ['Tuyên Quang', 'Hà Giang'];
  const [nb1, nb2, nb3] = names.nb ?? ['Ninh Bình', 'Nam Định', 'Hà Nam'];
  return [
    ...HEAD,
    '1;Hà Nội;8.960;2.958;2.217',
    '2;Huế;15.446;13.662;12.571',
    '3;Lai Châu;25.705;18.601;13.720',
    '4;Điện Biên;20.193;13.292;12.009',
    '5;Sơn La;3.871;1.725;1.308',
    '6;Lạng Sơn;9.183;6.173;5.196',
    '7;Quảng Ninh;11.680;9.113;7.579',
    '8;Thanh Hoá;25.315;19.503;15.389',
    '9;Nghệ An;17.819;11.565;8.752',
    '10;Hà Tĩnh;12.548;9.521;8.171',
    '11;Cao Bằng;21.826;14.548;13.259',
    '12;Tuyên Quang;14.336;11.038;8.839',
    `${mark(12, 1)};${tq1};7.885;6.071;4.861`,
    `${mark(12, 2)};${tq2};6.451;4.967;3.978`,
    '13;Lào Cai;17.792;6.426;4.653',
    '14;Thái Nguyên;23.445;13.602;10.911',
    '15;Phú Thọ;15.082;2.339;2.217',
    '16;Bắc Ninh;49.075;33.058;30.146',
    '17;Hưng Yên;35.367;26.350;18.527',
    '18;Thành phố Hải Phòng;27.693;17.372;12.427',
    '19;Ninh Bình;53.109;49.343;35.958',
    `${mark(19, 1)};${nb1};15.933;14.803;10.787`,
    `${mark(19, 2)};${nb2};23.899;22.204;16.181`,
    `${mark(19, 3)};${nb3};13.277;12.336;8.990`,
    '20;Quảng Trị;42.701;36.034;28.832',
    '21;Đà Nẵng;23.785;18.904;15.650',
    '22;Quảng Ngãi;15.564;1.000;895',
    '23;Gia Lai;29.517;28.412;20.565',
    '24;Khánh Hòa;16.789;15.854;11.128',
    '25;Lâm Đồng;15.276;1.382;1.209',
    '26;Đắk Lắk;7.632;3.942;3.240',
    '27;Thành phố Hồ Chí Minh;32.566;10.484;7.812',
    '28;Đồng Nai;38.382;24.862;22.294',
    '29;Tây Ninh;55.253;39.846;37.749',
    '30;Cần Thơ;30.447;6.470;5.708',
    '31;Vĩnh Long;19.620;9.554;6.765',
    '32;Đồng Tháp;39.828;38.348;32.975',
    '33;Cà Mau;15.205;3.080;2.302',
    '34;An Giang;25.975;14.950;11.166',
    ';Toàn quốc;816.985;533.311;432.139',
  ];
}
const decimal = (item: number, k: number) => `${item}.${k}`;
const lettered = (_item: number, k: number) => `${'abc'[k - 1]})`;

// Parts: Tuyên Quang 7.885 + 6.451 = 14.336, 6.071 + 4.967 = 11.038, 4.861 + 3.978 = 8.839;
// Ninh Bình 15.933 + 23.899 + 13.277 = 53.109, 14.803 + 22.204 + 12.336 = 49.343, 10.787 + 16.181 + 8.990 = 35.958.
// Rates of the 34 numbered rows (resolved / with conditions), sorted descending:
//  1 Phú Thọ 94,7841  2 Tây Ninh 94,7372  3 Huế 92,0143  4 Bắc Ninh 91,1912  5 Cao Bằng 91,1397
//  6 Điện Biên 90,3476  7 Đồng Nai 89,6710  8 Quảng Ngãi 89,5000  9 Cần Thơ 88,2226  10 Lâm Đồng 87,4819
//  11 Đồng Tháp 85,9888  12 Hà Tĩnh 85,8208  13 Lạng Sơn 84,1730  14 Quảng Ninh 83,1669  15 Đà Nẵng 82,7867
//  16 Đắk Lắk 82,1918  17 Thái Nguyên 80,2161  18 Tuyên Quang 8.839/11.038 = 80,0779  19 Quảng Trị 80,0133
//  20 Thanh Hoá 78,9058  21 Sơn La 75,8261  22 Nghệ An 75,6766  23 Hà Nội 2.217/2.958 = 74,9493  24 Cà Mau 74,7403
//  25 An Giang 74,6890  26 TP HCM 74,5135  27 Lai Châu 73,7595  28 Ninh Bình 35.958/49.343 = 72,8736
//  29 Lào Cai 72,4090  30 Gia Lai 72,3814  31 Hải Phòng 71,5347  32 Vĩnh Long 70,8080  33 Hưng Yên 70,3112
//  34 Khánh Hòa 11.128/15.854 = 70,1905
// TOTAL = "Toàn quốc" = the 34 rows: 816.985 / 533.311 / 432.139 = 81,0295 → 81.03
const PICKED = ['Hà Nội', 'Tuyên Quang', 'Ninh Bình', 'Khánh Hòa', 'TOTAL'];
const READ = [
  'Hà Nội 8960 2958 2217 74.95 23/34',
  'Tuyên Quang 14336 11038 8839 80.08 18/34',
  'Ninh Bình 53109 49343 35958 72.87 28/34',
  'Khánh Hòa 16789 15854 11128 70.19 34/34',
  'TOTAL 816985 533311 432139 81.03 /',
];
const picked = (csv: string) => rows(csv).filter((r) => PICKED.some((p) => r.startsWith(`${p} `)));

/** the rows read right: 34 provinces and the total, each ranked of 34, the former provinces none of them */
function expectRight(r: { code: number; stdout: string; stderr: string }): void {
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  expect(picked(r.stdout)).toEqual(READ);
  const all = rows(r.stdout);
  expect(all).toHaveLength(35);
  expect(all.slice(0, 34).every((l) => l.endsWith('/34'))).toBe(true);
  expect(all.some((l) => /^(Nam Định|Hà Nam|Hà Giang) /.test(l))).toBe(false);
}

describe('a 2025 national table: the former provinces numbered as sub-items of the new one', () => {
  it('"19.1", "19.2", "19.3": the parts of "19 | Ninh Bình", counted once', async () => {
    expectRight(await national.both('toan-quoc-2025.csv', table(decimal)));
  });

  it('"a)", "b)", "c)": the same', async () => {
    expectRight(await national.both('toan-quoc-2025.csv', table(lettered)));
  });

  it('"19.1.", "19-1", "19a)": other ways of numbering a sub-item of 19', async () => {
    expectRight(await national.both('toan-quoc-2025.csv', table((item, k) => `${item}.${k}.`)));
    expectRight(await national.both('toan-quoc-2025.csv', table((item, k) => `${item}-${k}`)));
    expectRight(await national.both('toan-quoc-2025.csv', table((item, k) => `${item}${'abc'[k - 1]})`)));
  });

  it('spelled otherwise: marked "(cũ)" (refused SUSPECTED_TOTAL_ROW before), upper case, without diacritics, "Tỉnh …"', async () => {
    expectRight(await national.both('toan-quoc-2025.csv', table(decimal, { tq: ['Tuyên Quang (cũ)', 'Hà Giang (cũ)'], nb: ['Ninh Bình (cũ)', 'Nam Định (cũ)', 'Hà Nam (cũ)'] })));
    expectRight(await national.both('toan-quoc-2025.csv', table(decimal, { tq: ['TUYÊN QUANG', 'HÀ GIANG'], nb: ['Tỉnh Ninh Bình', 'Nam Dinh', 'TỈNH HÀ NAM'] })));
  });

  it('a part that does not add up: refused, located at the province\'s row', async () => {
    const lines = table(decimal).map((l) => l.replace('19.3;Hà Nam;13.277;12.336;', '19.3;Hà Nam;13.277;12.337;'));
    const r = await national.both('toan-quoc-2025.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // 14.803 + 22.204 + 12.337 = 49.344 ≠ 49.343 (line 24: 3 title lines, items 1–18 on lines 4–23 with 12's 2 parts)
    expect(r.stderr).toBe(
      'FILE:24: error: "Ninh Bình" on this row is a province with figures, and it is not the sum of its parts, the former provinces under it (lines 25–27): its row or its parts are wrong, and thads cannot tell which [OFFICE_SUBTOTAL_MISMATCH]\n' +
        '  hint: correct the row or its parts so that they add up: thads reads the row and checks the parts against it, and never adds both\n' +
        'thads: 1 error in the input; nothing was summed\n',
    );
  });

  it('lettered parts that do not add up: refused the same', async () => {
    const lines = table(lettered).map((l) => l.replace('b);Hà Giang;6.451;', 'b);Hà Giang;6.452;'));
    const r = await national.both('toan-quoc-2025.csv', lines);
    expect(r.code).toBe(1);
    // 7.885 + 6.452 = 14.337 ≠ 14.336
    expect(r.stderr).toContain('FILE:15: error: "Tuyên Quang" on this row is a province with figures, and it is not the sum of its parts, the former provinces under it (lines 16–17): its row or its parts are wrong, and thads cannot tell which [OFFICE_SUBTOTAL_MISMATCH]');
  });

  it('an xlsx of the table reads the same', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const l of table(decimal)) ws.addRow(l.split(';').map((c) => (/^[\d.]+$/.test(c) && !/^\d+\.\d$/.test(c) ? Number(c.replace(/\./g, '')) : c === '' ? null : c)));
    const file = join(national.dir, 'toan-quoc-2025.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    const code = await main(io);
    expectRight({ code, stdout: stdout(), stderr: stderr() });
  });
});

describe('over-reach: tables that read as before', () => {
  it('the same parts bulleted "-": read right, as before', async () => {
    expectRight(await national.both('toan-quoc-2025.csv', table(() => '-')));
  });

  it('a 2024 table of the 63 numbering a province\'s offices as its sub-items: the offices, as before', async () => {
    const r = await national.both('toan-quoc-2024.csv', [
      'CỤC QUẢN LÝ THADS;;;;',
      'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2024;;;;',
      'STT;Đơn vị;Tổng số thụ lý;Có điều kiện thi hành;Giải quyết xong',
      '1;Hà Nội;1.000;800;700',
      '2;Ninh Bình;300;200;150',
      '2.1;Ninh Bình;100;80;60',
      '2.2;Kim Sơn;200;120;90',
      '3;Nam Định;400;300;270',
      '4;Hà Nam;500;400;320',
    ]);
    expect(r.code, r.stderr).toBe(0);
    // 2 = 2.1 + 2.2 (300 = 100 + 200, 200 = 80 + 120, 150 = 60 + 90): its subtotal; 5 offices.
    // rates: Nam Định 270/300 = 90 %, Hà Nội 700/800 = 87,5 %, Hà Nam 320/400 = 80 %, Ninh Bình 60/80 = 75 %, Kim Sơn 90/120 = 75 %
    // TOTAL 1.000 + 100 + 200 + 400 + 500 = 2.200; 800 + 80 + 120 + 300 + 400 = 1.700; 700 + 60 + 90 + 270 + 320 = 1.440 → 84,71 %
    expect(rows(r.stdout)).toEqual([
      'Hà Nội 1000 800 700 87.50 2/5',
      'Ninh Bình 100 80 60 75.00 4/5',
      'Kim Sơn 200 120 90 75.00 4/5',
      'Nam Định 400 300 270 90.00 1/5',
      'Hà Nam 500 400 320 80.00 3/5',
      'TOTAL 2200 1700 1440 84.71 /',
    ]);
  });

  it('a 2025 table numbering a province\'s offices (no former provinces among them) as its sub-items: the offices, as before', async () => {
    const r = await national.both('toan-quoc-2025.csv', [
      ...HEAD,
      '1;Hà Nội;1.000;800;700',
      '2;Ninh Bình;300;200;150',
      '2.1;Ninh Bình;100;80;60',
      '2.2;Kim Sơn;200;120;90',
      '3;Huế;400;300;270',
    ]);
    expect(r.code, r.stderr).toBe(0);
    // TOTAL 1.000 + 100 + 200 + 400 = 1.700; 800 + 80 + 120 + 300 = 1.300; 700 + 60 + 90 + 270 = 1.120 → 86,15 %
    expect(rows(r.stdout)).toEqual([
      'Hà Nội 1000 800 700 87.50 2/4',
      'Ninh Bình 100 80 60 75.00 3/4',
      'Kim Sơn 200 120 90 75.00 3/4',
      'Huế 400 300 270 90.00 1/4',
      'TOTAL 1700 1300 1120 86.15 /',
    ]);
  });

  it('a Cục\'s table numbering a Chi cục\'s lines "1.1", "1.2": refused as a breakdown, as before', async () => {
    const r = await national.both('cuc-ninh-binh-2025.csv', [
      'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH;;;;',
      'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025;;;;',
      'STT;Đơn vị;Tổng số thụ lý;Có điều kiện thi hành;Giải quyết xong',
      '1;Chi cục THADS huyện Kim Sơn;300;200;150',
      '1.1;Thị trấn Phát Diệm;100;80;60',
      '1.2;Xã Kim Chính;200;120;90',
      '2;Chi cục THADS huyện Yên Mô;400;300;270',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5:1: error: "Thị trấn Phát Diệm" is numbered "1.1", a sub-item of item 1 "Chi cục THADS huyện Kim Sơn" (line 4)');
  });
});
