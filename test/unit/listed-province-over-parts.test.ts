// A national 2025 table of the 63 in the official code order, no STT (finding 03 of work61a): the
// old Cần Thơ (92, unmarked) is followed by Hậu Giang (cũ), Sóc Trăng (cũ), its future parts, so
// "two or more former provinces follow" read it as their subtotal — 7.292 ≠ 15.750, refused though
// the file's own Tổng cộng equals all the rows. Now such a row, read as a subtotal on that weak
// evidence only (no STT, none of the parts names the province itself), is a row of the list when it
// is not their sum and the declared total equals every row, which it does not as their subtotal.
// Without such a total, or when one part names the province itself, it stays refused. Both
// readers agree; an xlsx too. Figures by hand.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes as codes, summarizeLinesWorkbook as xlsx } from '../helpers/lines-workbook.js';

const byProvince = bothReaders('thads-listed-63-', ['--by', 'province', '--format', 'csv']);

/** province, cases with conditions, resolved, rate; money with conditions, resolved (đồng), rate */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[0] || c[1], c[9], c[18], c[20], c[36], c[46], c[48]].join(' ');
  });
}

/** province, cases with conditions, resolved (a table of cases only) */
function caseRows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[0] || c[1], c[9], c[18]].join(' ');
  });
}

const HEAD = ['CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025 THEO 63 TỈNH, THÀNH PHỐ (CŨ)', 'Đơn vị tính: việc; nghìn đồng', 'Tỉnh;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong'];
// The tail of the list in code order: An Giang 89, Kiên Giang 91, Cần Thơ 92, Hậu Giang 93, Sóc Trăng 94, Bạc Liêu 95, Cà Mau 96.
const ROWS = [
  'An Giang;3.000;2.600;500.000;200.000',
  'Kiên Giang (cũ);2.000;1.700;300.000;100.000',
  'Cần Thơ;7.292;5.849;8.228.179.499;3.663.794.490',
  'Hậu Giang (cũ);6.367;5.428;4.509.888.011;1.744.252.798',
  'Sóc Trăng (cũ);9.383;8.281;1.406.419.964;492.763.090',
  'Bạc Liêu (cũ);1.000;900;200.000;50.000',
  'Cà Mau;4.000;3.500;600.000;250.000',
];
// Every row once: cases 3.000 + 2.000 + 7.292 + 6.367 + 9.383 + 1.000 + 4.000 = 33.042;
// resolved 2.600 + 1.700 + 5.849 + 5.428 + 8.281 + 900 + 3.500 = 28.258;
// money 500.000 + 300.000 + 8.228.179.499 + 4.509.888.011 + 1.406.419.964 + 200.000 + 600.000 = 14.146.087.474;
// resolved 200.000 + 100.000 + 3.663.794.490 + 1.744.252.798 + 492.763.090 + 50.000 + 250.000 = 5.901.410.378
const LIST_TOTAL = 'Tổng cộng;33.042;28.258;14.146.087.474;5.901.410.378';
// Cần Thơ as the subtotal of Hậu Giang, Sóc Trăng (its row dropped): 33.042 − 7.292 = 25.750 cases,
// 28.258 − 5.849 = 22.409 resolved, money 14.146.087.474 − 8.228.179.499 = 5.917.907.975,
// 5.901.410.378 − 3.663.794.490 = 2.237.615.888
const SUBTOTAL_TOTAL = 'Tổng cộng;25.750;22.409;5.917.907.975;2.237.615.888';
// By the 34 (nghìn đồng × 1.000 = đồng):
// An Giang 3.000 + 2.000 = 5.000, 2.600 + 1.700 = 4.300 (86,00 %); 500.000 + 300.000 = 800.000, 200.000 + 100.000 = 300.000 (37,50 %)
// Cần Thơ 7.292 + 6.367 + 9.383 = 23.042, 5.849 + 5.428 + 8.281 = 19.558 (84,88 %);
//   8.228.179.499 + 4.509.888.011 + 1.406.419.964 = 14.144.487.474, 3.663.794.490 + 1.744.252.798 + 492.763.090 = 5.900.810.378 (41,72 %)
// Cà Mau 1.000 + 4.000 = 5.000, 900 + 3.500 = 4.400 (88,00 %); 200.000 + 600.000 = 800.000, 50.000 + 250.000 = 300.000 (37,50 %)
// TOTAL 33.042 / 28.258 (85,52 %); 14.146.087.474 / 5.901.410.378 (41,72 %)
const LIST_READ = [
  'An Giang 5000 4300 86.00 800000000 300000000 37.50',
  'Cần Thơ 23042 19558 84.88 14144487474000 5900810378000 41.72',
  'Cà Mau 5000 4400 88.00 800000000 300000000 37.50',
  'TOTAL 33042 28258 85.52 14146087474000 5901410378000 41.72',
];
const ROLLED = ['PROVINCE_ROLLED_UP', 'PROVINCE_ROLLED_UP', 'PROVINCE_ROLLED_UP', 'PROVINCE_ROLLED_UP'];

describe('the old Cần Thơ over Hậu Giang (cũ), Sóc Trăng (cũ) in a list of the 63', () => {
  it('its Tổng cộng equals every row: each a province of the list, counted once', async () => {
    const r = await byProvince.both('toan-quoc-63-2025.csv', [...HEAD, ...ROWS, LIST_TOTAL]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(LIST_READ);
    expect(codes(r.stderr)).toEqual(ROLLED);
  });

  it('spelled otherwise: no diacritics, upper case, English "City", "(trước sáp nhập)", "Tổng số"', async () => {
    const spelled = [...HEAD, ...ROWS, LIST_TOTAL].map((l) =>
      l
        .replace('Cần Thơ;', 'Can Tho City;')
        .replace('Hậu Giang (cũ);', 'HAU GIANG (CU);')
        .replace('Sóc Trăng (cũ);', 'Sóc Trăng (trước sáp nhập);')
        .replace('Tổng cộng;', 'TỔNG SỐ;'),
    );
    const r = await byProvince.both('toan-quoc-63-2025.csv', spelled);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(LIST_READ);
  });

  it('"Thành phố Cần Thơ" and a table of cases only read the same', async () => {
    const lines = ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025', 'Tỉnh, thành phố;Có điều kiện thi hành;Giải quyết xong', 'Thành phố Cần Thơ;700;600', 'Hậu Giang (cũ);500;400', 'Sóc Trăng (cũ);800;700', 'Hà Nội;2.100;1.800', 'Tổng cộng;4.100;3.500'];
    const r = await byProvince.both('tinh-viec-2025.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    // 700 + 500 + 800 + 2.100 = 4.100 = Tổng cộng, 600 + 400 + 700 + 1.800 = 3.500 (as a subtotal: 3.400 / 2.900)
    // Cần Thơ 700 + 500 + 800 = 2.000, 600 + 400 + 700 = 1.700; Hà Nội 2.100 / 1.800
    expect(caseRows(r.stdout)).toEqual(['Cần Thơ 2000 1700', 'Hà Nội 2100 1800', 'TOTAL 4100 3500']);
  });

  it('an xlsx of the list reads the same', async () => {
    const r = await xlsx(byProvince.dir, 'toan-quoc-63-2025.xlsx', [...HEAD, ...ROWS, LIST_TOTAL], ['--by', 'province', '--format', 'csv'], 'Biểu 07');
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(LIST_READ);
  });
});

describe('over-reach: a subtotal that is not its parts\' sum stays refused unless the total says "list"', () => {
  const CAN_THO_REFUSED = 'FILE:7:2: error: line 7 "Cần Thơ" heads the rows below it as a section, but its cases with conditions 7292 is not the sum of the rows below it (15750) (and 3 more figures); it is neither added nor trusted [SECTION_ROW_MISMATCH]';

  it('no declared total: refused as before (a subtotal with a wrong figure is never added twice)', async () => {
    const r = await byProvince.both('toan-quoc-63-2025.csv', [...HEAD, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // 6.367 + 9.383 = 15.750 ≠ 7.292
    expect(r.stderr).toContain(CAN_THO_REFUSED);
    expect(codes(r.stderr).filter((c) => c !== 'PROVINCE_ROLLED_UP')).toEqual(['SECTION_ROW_MISMATCH']);
  });

  it('a declared total that agrees with neither reading: refused', async () => {
    // 33.043 is neither 33.042 (every row) nor 25.750 (Cần Thơ as the subtotal)
    const r = await byProvince.both('toan-quoc-63-2025.csv', [...HEAD, ...ROWS, LIST_TOTAL.replace('33.042', '33.043')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(CAN_THO_REFUSED);
    // (the total against the subtotal reading, 25.750 …: its four figures differ, three said and "1 more")
    expect(codes(r.stderr).filter((c) => c !== 'PROVINCE_ROLLED_UP')).toEqual(['SECTION_ROW_MISMATCH', 'DECLARED_TOTAL_MISMATCH', 'DECLARED_TOTAL_MISMATCH', 'DECLARED_TOTAL_MISMATCH', 'DECLARED_TOTAL_MISMATCH']);
  });

  it('a declared total that agrees with the subtotal reading: refused (its own row is wrong)', async () => {
    const r = await byProvince.both('toan-quoc-63-2025.csv', [...HEAD, ...ROWS, SUBTOTAL_TOTAL]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(codes(r.stderr).filter((c) => c !== 'PROVINCE_ROLLED_UP')).toEqual(['SECTION_ROW_MISMATCH']);
  });

  it('a later part names the province itself ("Cần Thơ (cũ)"): a subtotal, refused though the total equals every row', async () => {
    // rows + Cần Thơ (cũ) 100 / 90 / 1.000 / 500: 33.142 / 28.348 / 14.146.088.474 / 5.901.410.878 every row;
    // its parts 6.367 + 9.383 + 100 = 15.850 ≠ 7.292
    const lines = [...HEAD, ...ROWS.slice(0, 5), 'Cần Thơ (cũ);100;90;1.000;500', ...ROWS.slice(5), 'Tổng cộng;33.142;28.348;14.146.088.474;5.901.410.878'];
    const r = await byProvince.both('toan-quoc-63-2025.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:7:2: error: line 7 "Cần Thơ" heads the rows below it as a section, but its cases with conditions 7292 is not the sum of the rows below it (15850) (and 3 more figures); it is neither added nor trusted [SECTION_ROW_MISMATCH]');
  });

  it('the old Cần Thơ that is its parts\' sum: their subtotal, counted once', async () => {
    // Cần Thơ 15.750 = 6.367 + 9.383, 13.709 = 5.428 + 8.281; money 5.916.307.975 = 4.509.888.011 + 1.406.419.964,
    // 2.237.015.888 = 1.744.252.798 + 492.763.090. Every row but the subtotal: 3.000 + 2.000 + 15.750 + 1.000 + 4.000 = 25.750
    const lines = [...HEAD, ...ROWS.map((l) => l.replace('Cần Thơ;7.292;5.849;8.228.179.499;3.663.794.490', 'Cần Thơ;15.750;13.709;5.916.307.975;2.237.015.888')), SUBTOTAL_TOTAL];
    const r = await byProvince.both('toan-quoc-63-2025.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    // Cần Thơ 15.750 / 13.709 (87,04 %), 5.916.307.975 / 2.237.015.888 (37,81 %); TOTAL 25.750 / 22.409 (87,03 %),
    // 800.000 + 5.916.307.975 + 800.000 = 5.917.907.975, 300.000 + 2.237.015.888 + 300.000 = 2.237.615.888 (37,81 %)
    expect(rows(r.stdout)).toEqual([
      'An Giang 5000 4300 86.00 800000000 300000000 37.50',
      'Cần Thơ 15750 13709 87.04 5916307975000 2237015888000 37.81',
      'Cà Mau 5000 4400 88.00 800000000 300000000 37.50',
      'TOTAL 25750 22409 87.03 5917907975000 2237615888000 37.81',
    ]);
  });
});

describe('over-reach: "Gia Lai" over "Bình Định (cũ)", "Gia Lai (cũ)" (it names itself: a subtotal)', () => {
  const NATIONAL = ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025', 'Tỉnh, thành phố;Có điều kiện thi hành;Giải quyết xong'];

  it('their sum, with a Tổng cộng: the subtotal, counted once', async () => {
    const r = await byProvince.both('tinh-viec-2025.csv', [...NATIONAL, 'Gia Lai;10.000;8.500', 'Bình Định (cũ);4.000;3.500', 'Gia Lai (cũ);6.000;5.000', 'Hà Nội;21.000;17.500', 'Tổng cộng;31.000;26.000']);
    expect(r.code, r.stderr).toBe(0);
    // Gia Lai 4.000 + 6.000 = 10.000, 3.500 + 5.000 = 8.500 = its row; TOTAL 10.000 + 21.000 = 31.000, 8.500 + 17.500 = 26.000
    expect(caseRows(r.stdout)).toEqual(['Gia Lai 10000 8500', 'Hà Nội 21000 17500', 'TOTAL 31000 26000']);
    expect(codes(r.stderr)).toEqual(['PROVINCE_ROLLED_UP', 'PROVINCE_ROLLED_UP']);
  });

  it('not their sum, a total agreeing with neither reading: refused', async () => {
    // 4.000 + 6.000 = 10.000 ≠ 9.000; every row 9.000 + 4.000 + 6.000 + 21.000 = 40.000, as a subtotal 31.000; the total says 35.000
    const r = await byProvince.both('tinh-viec-2025.csv', [...NATIONAL, 'Gia Lai;9.000;8.500', 'Bình Định (cũ);4.000;3.500', 'Gia Lai (cũ);6.000;5.000', 'Hà Nội;21.000;17.500', 'Tổng cộng;35.000;26.000']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:2: error: line 3 "Gia Lai" heads the rows below it as a section, but its cases with conditions 9000 is not the sum of the rows below it (10000); it is neither added nor trusted [SECTION_ROW_MISMATCH]');
  });

  it('not their sum, a total equal to every row: still refused (no list of the 63 holds Gia Lai twice)', async () => {
    // every row 9.000 + 4.000 + 6.000 + 21.000 = 40.000, 8.500 + 3.500 + 5.000 + 17.500 = 34.500
    const r = await byProvince.both('tinh-viec-2025.csv', [...NATIONAL, 'Gia Lai;9.000;8.500', 'Bình Định (cũ);4.000;3.500', 'Gia Lai (cũ);6.000;5.000', 'Hà Nội;21.000;17.500', 'Tổng cộng;40.000;34.500']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // (the total against the subtotal reading, 31.000 / 26.000: both figures differ)
    expect(codes(r.stderr).filter((c) => c !== 'PROVINCE_ROLLED_UP')).toEqual(['SECTION_ROW_MISMATCH', 'DECLARED_TOTAL_MISMATCH', 'DECLARED_TOTAL_MISMATCH']);
    expect(r.stderr).toContain('FILE:3:2: error: line 3 "Gia Lai" heads the rows below it as a section, but its cases with conditions 9000 is not the sum of the rows below it (10000); it is neither added nor trusted [SECTION_ROW_MISMATCH]');
  });
});
