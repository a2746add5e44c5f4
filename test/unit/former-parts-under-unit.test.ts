// A 2025 table that lists a merged unit's row, then its former parts marked "(cũ)" (finding 01
// of work57c): nationally "Gia Lai" over "Gia Lai (cũ)", "Bình Định (cũ)"; in a province's report
// each "Phòng THADS khu vực N" over the "Chi cục … (cũ)" it replaced. The unit's row is their sum:
// checked against them and counted once, never added on top of them. Both readers agree (the
// fast path leaves a table by province with a former province to the reference); one xlsx.
// Expected figures by hand; target 83.9 % (2025).
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const byProvince = bothReaders('thads-former-parts-p-', ['--by', 'province', '--format', 'csv']);
const byOffice = bothReaders('thads-former-parts-o-', ['--format', 'csv']);

/** name, total, with conditions, resolved, rate, required, above target, rank/of */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1] || c[0], c[5], c[9], c[18], c[20], c[23], c[24], `${c[26]}/${c[27]}`].join(' ');
  });
}

/** the codes said on stderr, in order */
const codes = (stderr: string) => [...stderr.matchAll(/\[([A-Z_]+)\]$/gm)].map((m) => m[1]);

const RANKING = [
  'BỘ TƯ PHÁP - CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ;;;;',
  'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025 THEO TỈNH, THÀNH PHỐ;;;;',
  '(Từ ngày 01/10/2024 đến ngày 30/9/2025);;;;',
  'STT;Tỉnh, thành phố;Có điều kiện thi hành;Giải quyết xong;Tỷ lệ (%)',
  '1;Gia Lai;10.000;8.500;85,00',
  ';Gia Lai (cũ);6.000;5.000;83,33',
  ';Bình Định (cũ);4.000;3.500;87,50',
  '2;Lào Cai;5.000;4.000;80,00',
  ';Lào Cai (cũ);3.000;2.500;83,33',
  ';Yên Bái (cũ);2.000;1.500;75,00',
  '3;Hà Nội;20.000;17.000;85,00',
];
// Gia Lai 10.000 / 8.500 (= 6.000 + 4.000 / 5.000 + 3.500): required ceil(0,839 × 10.000) = 8.390, +110
// Lào Cai 5.000 / 4.000 (= 3.000 + 2.000 / 2.500 + 1.500): required 4.195, −195
// Hà Nội 20.000 / 17.000: required 16.780, +220
// TOTAL 10.000 + 5.000 + 20.000 = 35.000; 8.500 + 4.000 + 17.000 = 29.500; 29.500 / 35.000 = 84,2857 %;
// required 0,839 × 35.000 = 29.365, above 29.500 − 29.365 = +135. Ranks: 85,00 % twice first, 80,00 % third.
const RANKING_READ = [
  'Gia Lai  10000 8500 85.00 8390 110 1/3',
  'Lào Cai  5000 4000 80.00 4195 -195 3/3',
  'Hà Nội  20000 17000 85.00 16780 220 1/3',
  'TOTAL  35000 29500 84.29 29365 135 /',
];

describe('a national table: each merged province, then its former provinces (finding 01 A, C)', () => {
  it('the ranking table by the 34: the province row is its parts\' sum, counted once', async () => {
    const r = await byProvince.both('xep-hang-viec-2025.csv', RANKING);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(RANKING_READ);
    // no "added together", no "looks like a subtotal": the parts are the province's row split
    // (nor PROVINCE_ROLLED_UP: the parts are checked, never counted as rows of their own — tinhformer)
    expect(codes(r.stderr)).toEqual([]);
  });

  it('a province row that is not its parts\' sum is refused, located', async () => {
    const r = await byProvince.both('xep-hang-viec-2025.csv', RANKING.map((l) => l.replace(';Bình Định (cũ);4.000;', ';Bình Định (cũ);4.001;')));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // 6.000 + 4.001 = 10.001 ≠ 10.000
    expect(r.stderr).toContain('FILE:5: error: "Gia Lai" on this row is a province with figures, and it is not the sum of its parts, the former provinces under it (lines 6–7): its row or its parts are wrong, and thads cannot tell which [OFFICE_SUBTOTAL_MISMATCH]');
  });

  it('without an STT column, the parts spelled without diacritics or "(trước sáp nhập)"', async () => {
    const r = await byProvince.both('tinh-viec-2025.csv', [
      'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025',
      'Tỉnh, thành phố;Có điều kiện thi hành;Giải quyết xong',
      'Gia Lai;10.000;8.500',
      'Gia Lai (trước sáp nhập);6.000;5.000',
      'Binh Dinh (cu);4.000;3.500',
      'Hà Nội;21.000;17.500',
    ]);
    expect(r.code, r.stderr).toBe(0);
    // Gia Lai 10.000 / 8.500 once; Hà Nội 21.000 / 17.500 (required ceil(0,839 × 21.000) = 17.619, −119)
    // TOTAL 31.000 / 26.000 = 83,871 %; required 0,839 × 31.000 = 26.009, −9
    expect(rows(r.stdout)).toEqual(['Gia Lai  10000 8500 85.00 8390 110 1/2', 'Hà Nội  21000 17500 83.33 17619 -119 2/2', 'TOTAL  31000 26000 83.87 26009 -9 /']);
  });

  const TQ_2025 = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025', 'STT,Tỉnh,Tổng số thụ lý,Có điều kiện,Giải quyết xong', '1,Gia Lai,13000,10000,8500', ',Gia Lai (cũ),8000,6000,5000', ',Bình Định (cũ),5000,4000,3500', '2,Hà Nội,25000,19000,16000'];

  it('three figure columns: thụ lý, có điều kiện, xong', async () => {
    const r = await byProvince.both('toan-quoc-viec-2025.csv', TQ_2025);
    expect(r.code, r.stderr).toBe(0);
    // Gia Lai 13.000 / 10.000 / 8.500; Hà Nội 25.000 / 19.000 / 16.000 (84,21 %, required ceil(15.941) = 15.941, +59)
    // TOTAL 38.000 / 29.000 / 24.500 = 84,48 %; required ceil(0,839 × 29.000 = 24.331) = 24.331, +169
    expect(rows(r.stdout)).toEqual(['Gia Lai 13000 10000 8500 85.00 8390 110 1/2', 'Hà Nội 25000 19000 16000 84.21 15941 59 2/2', 'TOTAL 38000 29000 24500 84.48 24331 169 /']);
  });

  it('the same file as --previous of 2026: the change is against the province once', async () => {
    const prev = byProvince.write('toan-quoc-viec-2025.csv', TQ_2025);
    const r = await byProvince.both('toan-quoc-viec-2026.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2026', 'STT,Tỉnh,Tổng số thụ lý,Có điều kiện,Giải quyết xong', '1,Gia Lai,14000,11000,9500', '2,Hà Nội,26000,20000,17000'], ['--previous', prev, '--by', 'province', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const change = r.stdout.trim().split('\n').slice(1).map((l) => l.split(',')).map((c) => `${c[0] || c[1]} ${c[28]} ${c[29]}`);
    // Gia Lai 14.000 − 13.000 = +1.000, 86,3636 − 85,00 = +1,36; Hà Nội 26.000 − 25.000 = +1.000, 85,00 − 84,2105 = +0,79
    // TOTAL 40.000 − 38.000 = +2.000; 26.500/31.000 − 24.500/29.000 = 85,4839 − 84,4828 = +1,00
    expect(change).toEqual(['Gia Lai 1000 1.36', 'Hà Nội 1000 0.79', 'TOTAL 2000 1.00']);
  });

  it('an xlsx of the ranking table reads the same', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025 THEO TỈNH, THÀNH PHỐ']);
    ws.addRow(['STT', 'Tỉnh, thành phố', 'Có điều kiện thi hành', 'Giải quyết xong', 'Tỷ lệ (%)']);
    ws.addRow([1, 'Gia Lai', 10000, 8500, 85]);
    ws.addRow([null, 'Gia Lai (cũ)', 6000, 5000, 83.33]);
    ws.addRow([null, 'Bình Định (cũ)', 4000, 3500, 87.5]);
    ws.addRow([2, 'Lào Cai', 5000, 4000, 80]);
    ws.addRow([null, 'Lào Cai (cũ)', 3000, 2500, 83.33]);
    ws.addRow([null, 'Yên Bái (cũ)', 2000, 1500, 75]);
    ws.addRow([3, 'Hà Nội', 20000, 17000, 85]);
    const file = join(byProvince.dir, 'xep-hang-viec-2025.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--by', 'province', '--format', 'csv'], { env: {} });
    const code = await main(io);
    expect(code, stderr()).toBe(0);
    expect(rows(stdout())).toEqual(RANKING_READ);
  });
});

describe('over-reach: national tables that must read as before', () => {
  it('the 34 without parts, numbered or not: each province once', async () => {
    const numbered = await byProvince.both('xep-hang-viec-2025.csv', [...RANKING.slice(0, 4), '1;Gia Lai;10.000;8.500;85,00', '2;Lào Cai;5.000;4.000;80,00', '3;Hà Nội;20.000;17.000;85,00']);
    expect(numbered.code, numbered.stderr).toBe(0);
    // the same figures as the provinces' rows above: TOTAL 35.000 / 29.500
    expect(rows(numbered.stdout)).toEqual(RANKING_READ);
    const bare = await byProvince.both('tinh-viec-2025.csv', ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025', 'Tỉnh, thành phố;Có điều kiện thi hành;Giải quyết xong', 'Gia Lai;10.000;8.500', 'Lào Cai;5.000;4.000', 'Hà Nội;20.000;17.000']);
    expect(bare.code, bare.stderr).toBe(0);
    expect(rows(bare.stdout)).toEqual(RANKING_READ);
  });

  it('only the 63 marked "(cũ)", numbered or not: rolled up into the 34 as before', async () => {
    const of63 = ['Gia Lai (cũ);6.000;5.000', 'Bình Định (cũ);4.000;3.500', 'Lào Cai (cũ);3.000;2.500', 'Yên Bái (cũ);2.000;1.500', 'Hà Nội;20.000;17.000'];
    // Gia Lai 6.000 + 4.000 = 10.000, 5.000 + 3.500 = 8.500; Lào Cai 3.000 + 2.000, 2.500 + 1.500; Hà Nội as written
    const numbered = await byProvince.both('tinh-viec-2025.csv', ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025', 'STT;Tỉnh, thành phố;Có điều kiện thi hành;Giải quyết xong', ...of63.map((l, i) => `${i + 1};${l}`)]);
    expect(numbered.code, numbered.stderr).toBe(0);
    expect(rows(numbered.stdout)).toEqual(RANKING_READ);
    const bare = await byProvince.both('tinh-viec-2025.csv', ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025', 'Tỉnh, thành phố;Có điều kiện thi hành;Giải quyết xong', ...of63]);
    expect(bare.code, bare.stderr).toBe(0);
    expect(rows(bare.stdout)).toEqual(RANKING_READ);
    expect(codes(bare.stderr)).toEqual(['PROVINCE_ROLLED_UP', 'PROVINCE_ROLLED_UP', 'PROVINCE_ROLLED_UP', 'PROVINCE_ROLLED_UP']);
  });

  it('without an STT, a province then another of its former provinces: a list of the 63, some marked, added as before', async () => {
    const r = await byProvince.both('tinh-viec-2025.csv', ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025', 'Tỉnh, thành phố;Có điều kiện thi hành;Giải quyết xong', 'An Giang;3.000;2.400', 'Kiên Giang (cũ);1.000;800', 'Hà Nội;5.000;4.000']);
    expect(r.code, r.stderr).toBe(0);
    // "An Giang" is the old An Giang beside Kiên Giang: 3.000 + 1.000 = 4.000, 2.400 + 800 = 3.200 (80,00 %,
    // required 0,839 × 4.000 = 3.356, −156); Hà Nội 80,00 %, 4.195, −195; TOTAL 9.000 / 7.200 = 80,00 %, 7.551, −351
    expect(rows(r.stdout)).toEqual(['An Giang  4000 3200 80.00 3356 -156 1/2', 'Hà Nội  5000 4000 80.00 4195 -195 1/2', 'TOTAL  9000 7200 80.00 7551 -351 /']);
  });

  it('a province row over former provinces that are not its own: read as before (each added where it belongs, warned)', async () => {
    const r = await byProvince.both('tinh-viec-2025.csv', ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025', 'STT;Tỉnh, thành phố;Có điều kiện thi hành;Giải quyết xong', '1;Gia Lai;10.000;8.500', ';Kiên Giang (cũ);6.000;5.000', ';Bình Định (cũ);4.000;3.500', '2;Hà Nội;21.000;17.500']);
    expect(r.code, r.stderr).toBe(0);
    // Kiên Giang is An Giang's, so the row "Gia Lai" is no sum of these parts: Gia Lai 10.000 + 4.000 =
    // 14.000, 8.500 + 3.500 = 12.000 (85,71 %, required 0,839 × 14.000 = 11.746, +254); An Giang 6.000 /
    // 5.000 (83,33 %, 5.034, −34); Hà Nội 21.000 / 17.500 (83,33 %, 17.619, −119); TOTAL 41.000 / 34.500 =
    // 84,15 %, required 0,839 × 41.000 = 34.399, +101. An Giang and Hà Nội both 5/6: tied second.
    expect(rows(r.stdout)).toEqual(['Gia Lai  14000 12000 85.71 11746 254 1/3', 'An Giang  6000 5000 83.33 5034 -34 2/3', 'Hà Nội  21000 17500 83.33 17619 -119 2/3', 'TOTAL  41000 34500 84.15 34399 101 /']);
    expect(codes(r.stderr)).toEqual(['SUSPECTED_TOTAL_ROW', 'PROVINCE_ROLLED_UP', 'PROVINCE_ROLLED_UP']);
  });
});

const GIA_LAI = [
  'THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI;;;;',
  'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025;;;;',
  'STT;Đơn vị;Có điều kiện thi hành;Giải quyết xong;Tỷ lệ (%)',
  '1;Phòng THADS khu vực 1;3.000;2.500;83,33',
  ';Chi cục THADS thành phố Pleiku (cũ);2.000;1.700;85,00',
  ';Chi cục THADS huyện Chư Păh (cũ);1.000;800;80,00',
  '2;Phòng THADS khu vực 2;3.000;2.600;86,67',
  ';Chi cục THADS thành phố Quy Nhơn (cũ);1.800;1.600;88,89',
  ';Chi cục THADS huyện Tuy Phước (cũ);1.200;1.000;83,33',
];
// khu vực 1 3.000 / 2.500 (= 2.000 + 1.000 / 1.700 + 800) 83,33 %, required ceil(2.517) = 2.517, −17
// khu vực 2 3.000 / 2.600 (= 1.800 + 1.200 / 1.600 + 1.000) 86,67 %, +83
// TOTAL 6.000 / 5.100 = 85,00 %; required 0,839 × 6.000 = 5.034, +66; ranks 86,67 % 1/2, 83,33 % 2/2
const GIA_LAI_READ = [
  'Phòng THADS khu vực 1  3000 2500 83.33 2517 -17 2/2',
  'Phòng THADS khu vực 2  3000 2600 86.67 2517 83 1/2',
  'TOTAL  6000 5100 85.00 5034 66 /',
];

describe('a province\'s 2025 report: each Phòng THADS khu vực, then the Chi cục it replaced (finding 01 B)', () => {
  it('the "(cũ)" offices are the regional office\'s parts, checked and not added', async () => {
    const r = await byOffice.both('gia-lai-viec-2025.csv', GIA_LAI);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(GIA_LAI_READ);
    expect(codes(r.stderr)).toEqual([]);
  });

  it('spelled otherwise: without diacritics, "TP", "cũ" without parentheses, "(trước sáp nhập)"', async () => {
    const spelled = GIA_LAI.map((l) =>
      l.replace('Chi cục THADS thành phố Pleiku (cũ)', 'Chi cuc THADS TP Pleiku (cu)').replace('Chi cục THADS huyện Chư Păh (cũ)', 'Chi cục THADS huyện Chư Păh cũ').replace('Chi cục THADS thành phố Quy Nhơn (cũ)', 'CHI CỤC THADS TP. QUY NHƠN (CŨ)').replace('Chi cục THADS huyện Tuy Phước (cũ)', 'Chi cục THADS huyện Tuy Phước (trước sáp nhập)'),
    );
    const r = await byOffice.both('gia-lai-viec-2025.csv', spelled);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(GIA_LAI_READ);
  });

  it('parts that do not add up to their regional office are refused', async () => {
    const r = await byOffice.both('gia-lai-viec-2025.csv', GIA_LAI.map((l) => l.replace('Pleiku (cũ);2.000;', 'Pleiku (cũ);2.001;')));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // 2.001 + 1.000 = 3.001 ≠ 3.000
    expect(r.stderr).toContain('FILE:4: error: "Phòng THADS khu vực 1" on this row is a regional office with figures, and it is not the sum of its parts, the former districts under it (lines 5–6): its row or its parts are wrong, and thads cannot tell which [OFFICE_SUBTOTAL_MISMATCH]');
  });

  it('an xlsx of the report reads the same', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const l of GIA_LAI) ws.addRow(l.split(';').map((c) => (/^[\d.]+$/.test(c) ? Number(c.replace(/\./g, '')) : /^\d+,\d+$/.test(c) ? Number(c.replace(',', '.')) : c === '' ? null : c)));
    const file = join(byOffice.dir, 'gia-lai-viec-2025.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    const code = await main(io);
    expect(code, stderr()).toBe(0);
    expect(rows(stdout())).toEqual(GIA_LAI_READ);
  });
});

describe('over-reach: province reports that must read as before', () => {
  it('Roman sections "Tỉnh Gia Lai (cũ)", "Tỉnh Bình Định (cũ)" over their Chi cục, and "Toàn tỉnh"', async () => {
    const r = await byOffice.both('gia-lai-viec-2025.csv', [
      'THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI;;;',
      'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025;;;',
      'STT;Đơn vị;Có điều kiện thi hành;Giải quyết xong',
      'I;Tỉnh Gia Lai (cũ);3.000;2.500',
      '1;Chi cục THADS thành phố Pleiku;2.000;1.700',
      '2;Chi cục THADS huyện Chư Păh;1.000;800',
      'II;Tỉnh Bình Định (cũ);3.000;2.600',
      '1;Chi cục THADS thành phố Quy Nhơn;1.800;1.600',
      '2;Chi cục THADS huyện Tuy Phước;1.200;1.000',
      ';Toàn tỉnh;6.000;5.100',
    ]);
    expect(r.code, r.stderr).toBe(0);
    // four offices; TOTAL 2.000 + 1.000 + 1.800 + 1.200 = 6.000, 1.700 + 800 + 1.600 + 1.000 = 5.100 (= Toàn tỉnh)
    // required: 0,839 × 2.000 = 1.678; × 1.000 = 839; × 1.800 = 1.510,2 → 1.511; × 1.200 = 1.006,8 → 1.007
    expect(rows(r.stdout)).toEqual([
      'Chi cục THADS thành phố Pleiku  2000 1700 85.00 1678 22 2/4',
      'Chi cục THADS huyện Chư Păh  1000 800 80.00 839 -39 4/4',
      'Chi cục THADS thành phố Quy Nhơn  1800 1600 88.89 1511 89 1/4',
      'Chi cục THADS huyện Tuy Phước  1200 1000 83.33 1007 -7 3/4',
      'TOTAL  6000 5100 85.00 5034 66 /',
    ]);
  });

  it('the Chi cục "(cũ)" numbered as offices of their own: each an office, as before', async () => {
    const r = await byOffice.both('gia-lai-viec-2025.csv', [
      'THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI;;;',
      'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025;;;',
      'STT;Đơn vị;Có điều kiện thi hành;Giải quyết xong',
      '1;Phòng THADS khu vực 1;1.500;1.300',
      '2;Chi cục THADS thành phố Pleiku (cũ);2.000;1.700',
      '3;Chi cục THADS huyện Chư Păh (cũ);1.000;800',
    ]);
    expect(r.code, r.stderr).toBe(0);
    // TOTAL 1.500 + 2.000 + 1.000 = 4.500; 1.300 + 1.700 + 800 = 3.800 = 84,44 %; required 0,839 × 4.500 = 3.775,5 → 3.776, +24
    expect(rows(r.stdout).at(-1)).toBe('TOTAL  4500 3800 84.44 3776 24 /');
    expect(rows(r.stdout)).toHaveLength(4);
  });
});
