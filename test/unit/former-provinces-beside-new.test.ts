// 2025 tables of the 34 listing a new province's FORMER provinces beside it (round 76c). 01: a
// "Trong đó:" / "Chia ra:" line between "1 | Gia Lai" and its "(cũ)" rows released the province
// as a province of the list, so it was added beside them (exit 0, only a SUSPECTED_TOTAL_ROW
// warning with three figures). 03: the former provinces unmarked ("| Gia Lai", "| Bình Định",
// no STT) under the numbered province — added beside it too. Now both are its parts: counted
// once, checked against it (SECTION_ROW_MISMATCH if it is not their sum; OFFICE_SUBTOTAL_MISMATCH
// since the province's row is read as the province's, its parts checked against it, tinhformer). Both readers agree.
// Figures by hand; target 83.9 % (2025).
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes as codes, summarizeLinesWorkbook as xlsx } from '../helpers/lines-workbook.js';

const byProvince = bothReaders('thads-formers-beside-p-', ['--by', 'province', '--format', 'csv']);
const byOffice = bothReaders('thads-formers-beside-o-', ['--format', 'csv']);

/** name, cases total, with conditions, resolved, rate */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[0] || c[1], c[5], c[9], c[18], c[20]].join(' ');
  });
}

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025 (TÍNH BẰNG VIỆC)';
const HEADER = 'STT;Tỉnh;Tổng số thụ lý;Có điều kiện;Giải quyết xong';
const GIA_LAI = '1;Gia Lai;15.000;10.000;8.500';
const FORMERS = [';Gia Lai (cũ);9.000;6.000;5.200', ';Bình Định (cũ);6.000;4.000;3.300'];
const LAI_CHAU = '2;Lai Châu;900;600;500';
// Gia Lai = its parts: 9.000 + 6.000 = 15.000; 6.000 + 4.000 = 10.000; 5.200 + 3.300 = 8.500 → 85,00 %
// Lai Châu 900 / 600 / 500 → 500 / 600 = 83,33 %
// TOTAL 15.000 + 900 = 15.900; 10.000 + 600 = 10.600; 8.500 + 500 = 9.000 → 9.000 / 10.600 = 84,91 %
// (before: Gia Lai 30.000 / 20.000 / 17.000, TOTAL 30.900 / 20.600 / 17.500 = 84,95 %)
const READ = ['Gia Lai 15000 10000 8500 85.00', 'Lai Châu 900 600 500 83.33', 'TOTAL 15900 10600 9000 84.91'];

describe('01: "Trong đó:" between a numbered province and its former provinces "(cũ)"', () => {
  it('they are its parts: counted once, checked', async () => {
    const r = await byProvince.both('toan-quoc-viec-2025.csv', [TITLE, HEADER, GIA_LAI, ';Trong đó:;;;', ...FORMERS, LAI_CHAU]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    // (its parts are no rows of their own, rolled up: checked, never counted — no PROVINCE_ROLLED_UP)
    expect(codes(r.stderr)).toEqual([]);
  });

  it('"Chia ra:", "Trong đó" without its colon, "TRONG ĐÓ:" read the same', async () => {
    for (const label of ['Chia ra:', 'Trong đó', 'TRONG ĐÓ:']) {
      const r = await byProvince.both('toan-quoc-viec-2025.csv', [TITLE, HEADER, GIA_LAI, `;${label};;;`, ...FORMERS, LAI_CHAU]);
      expect(r.code, `${label}: ${r.stderr}`).toBe(0);
      expect(rows(r.stdout)).toEqual(READ);
    }
  });

  it('the name column headed "Đơn vị" reads the same (was refused SECTION_ROW_MISMATCH)', async () => {
    const r = await byOffice.both('toan-quoc-viec-2025.csv', [TITLE, 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong', GIA_LAI, ';Trong đó:;;;', ...FORMERS, LAI_CHAU]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('parts that are not its sum are refused, located', async () => {
    const r = await byProvince.both('toan-quoc-viec-2025.csv', [TITLE, HEADER, GIA_LAI, ';Trong đó:;;;', ';Gia Lai (cũ);9.100;6.000;5.200', FORMERS[1]!, LAI_CHAU]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // 9.100 + 6.000 = 15.100 ≠ 15.000
    expect(r.stderr).toContain('FILE:3: error: "Gia Lai" on this row is a province with figures, and it is not the sum of its parts, the former provinces under it (lines 5–6): its row or its parts are wrong, and thads cannot tell which [OFFICE_SUBTOTAL_MISMATCH]');
  });

  it('as --previous of 2026, the change is against the province once', async () => {
    const previous = byProvince.write('toan-quoc-viec-2025.csv', [TITLE, HEADER, GIA_LAI, ';Trong đó:;;;', ...FORMERS, LAI_CHAU]);
    const r = await byProvince.both('toan-quoc-viec-2026.csv', [TITLE.replace('2025', '2026'), HEADER, '1;Gia Lai;16.000;11.000;9.500', '2;Lai Châu;1.000;700;600'], ['--previous', previous, '--by', 'province', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // Gia Lai 16.000 − 15.000 = +1.000; TOTAL 17.000 − 15.900 = +1.100;
    // rate 10.100 / 11.700 = 86,3248 % − 84,9057 % = +1,42 pp
    const change = r.stdout.trim().split('\n').slice(1).map((l) => { const c = l.split(','); return [c[0] || c[1], c[28], c[29]].join(' '); });
    expect(change).toEqual(['Gia Lai 1000 1.36', 'Lai Châu 100 2.38', 'TOTAL 1100 1.42']);
  });

  it('control: a "Trong đó:" over a breakdown that names no former province still releases the province as before', async () => {
    // "Trong đó:" under Gia Lai, then Lai Châu numbered: no part follows, Gia Lai is a province of the list
    // TOTAL 15.000 + 900 = 15.900; 10.000 + 600 = 10.600; 8.500 + 500 = 9.000
    const r = await byProvince.both('toan-quoc-viec-2025.csv', [TITLE, HEADER, GIA_LAI, ';Trong đó:;;;', LAI_CHAU]);
    expect(rows(r.stdout)).toEqual(READ);
  });
});

const UNMARKED = [';Gia Lai;9.000;6.000;5.200', ';Bình Định;6.000;4.000;3.300'];

describe('03: the former provinces unmarked, without an STT, under the numbered province', () => {
  it('they are its parts: counted once, checked', async () => {
    const r = await byProvince.both('tong-hop-2025.csv', [TITLE, HEADER, GIA_LAI, ...UNMARKED, LAI_CHAU]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(codes(r.stderr)).toEqual([]);
  });

  it('without diacritics, upper case, and after "Trong đó:"', async () => {
    const r = await byProvince.both('tong-hop-2025.csv', [TITLE, HEADER, GIA_LAI, ';Trong đó:;;;', ';Gia Lai;9.000;6.000;5.200', ';BINH DINH;6.000;4.000;3.300', LAI_CHAU]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('the name column headed "Đơn vị" reads the same (was Gia Lai 16.000 / 13.700 and an extra "Bình Định")', async () => {
    const r = await byOffice.both('tong-hop-2025.csv', [TITLE, 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong', GIA_LAI, ...UNMARKED, LAI_CHAU]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('parts that are not its sum are refused, located', async () => {
    const r = await byProvince.both('tong-hop-2025.csv', [TITLE, HEADER, GIA_LAI, ';Gia Lai;9.000;6.000;5.300', UNMARKED[1]!, LAI_CHAU]);
    expect(r.code).toBe(1);
    // resolved 5.300 + 3.300 = 8.600 ≠ 8.500
    expect(r.stderr).toContain('FILE:3: error: "Gia Lai" on this row is a province with figures, and it is not the sum of its parts, the former provinces under it (lines 4–5): its row or its parts are wrong, and thads cannot tell which [OFFICE_SUBTOTAL_MISMATCH]');
  });

  it('an xlsx of the table reads the same', async () => {
    const r = await xlsx(byProvince.dir, 'tong-hop-2025.xlsx', [TITLE, HEADER, GIA_LAI, ...UNMARKED, LAI_CHAU], ['--by', 'province', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('control: a 2024 table (by the 63) adds an unnumbered "Bình Định" as a province of its own', async () => {
    // 2024: Gia Lai 15.000 / 10.000 / 8.500; Bình Định 6.000 / 4.000 / 3.300; Lai Châu 900 / 600 / 500
    // TOTAL 15.000 + 6.000 + 900 = 21.900; 10.000 + 4.000 + 600 = 14.600; 8.500 + 3.300 + 500 = 12.300 → 84,25 %
    const r = await byProvince.both('tong-hop-2024.csv', [TITLE.replace('2025', '2024'), HEADER, GIA_LAI, UNMARKED[1]!, LAI_CHAU]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Gia Lai 15000 10000 8500 85.00', 'Bình Định 6000 4000 3300 82.50', 'Lai Châu 900 600 500 83.33', 'TOTAL 21900 14600 12300 84.25']);
  });

  it('control: every row numbered — "2 | Bình Định" is a row of the list, rolled up into Gia Lai as before', async () => {
    // Gia Lai 15.000 + 6.000 = 21.000; 10.000 + 4.000 = 14.000; 8.500 + 3.300 = 11.800 → 84,29 %
    // TOTAL 21.000 + 900 = 21.900; 14.000 + 600 = 14.600; 11.800 + 500 = 12.300 → 84,25 %
    const r = await byProvince.both('tong-hop-2025.csv', [TITLE, HEADER, GIA_LAI, '2;Bình Định;6.000;4.000;3.300', '3;Lai Châu;900;600;500']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Gia Lai 21000 14000 11800 84.29', 'Lai Châu 900 600 500 83.33', 'TOTAL 21900 14600 12300 84.25']);
  });

  it('control: a province kept alone ("1 | Lai Châu" over "| Lai Châu") is not split by former provinces: added as before', async () => {
    // Lai Châu 900 + 100 = 1.000; 600 + 60 = 660; 500 + 50 = 550 → 83,33 %
    const r = await byProvince.both('tong-hop-2025.csv', [TITLE, HEADER, '1;Lai Châu;900;600;500', ';Lai Châu;100;60;50']);
    expect(rows(r.stdout)).toEqual(['Lai Châu 1000 660 550 83.33', 'TOTAL 1000 660 550 83.33']);
  });
});

// 05: the same parts marked with a "-" bullet (in the STT cell, or before the name) were refused
// NOT_AN_OFFICE though numbered "1.1"/"a" or unnumbered they read as the breakdown.
/** office, cases with conditions, resolved, rate (a table without a total column) */
function officeRows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1] || c[0], c[9], c[18], c[20]].join(' ');
  });
}

const MONEY_TITLE = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', 'Đơn vị tính: nghìn đồng', 'STT;Tỉnh;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong'];
const MONEY_ROWS = (bullet: (name: string) => string) => [
  '1;Gia Lai;10.000;8.500;4.000.000;1.500.000',
  `${bullet('Gia Lai (cũ)')};6.000;5.000;2.500.000;1.000.000`,
  `${bullet('Bình Định (cũ)')};4.000;3.500;1.500.000;500.000`,
  '2;Lai Châu;600;500;150.000;50.000',
];

/** province, cases with conditions, resolved, rate; money with conditions, resolved (đồng), rate */
function moneyRows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[0] || c[1], c[9], c[18], c[20], c[36], c[46], c[48]].join(' ');
  });
}
// Gia Lai = 6.000 + 4.000 = 10.000, 5.000 + 3.500 = 8.500 (85,00 %); money (× 1.000 đồng)
//   2.500.000 + 1.500.000 = 4.000.000 → 4.000.000.000, 1.000.000 + 500.000 = 1.500.000 → 1.500.000.000 (37,50 %)
// Lai Châu 600 / 500 (83,33 %); 150.000.000 / 50.000.000 (33,33 %)
// TOTAL 10.600 / 9.000 (84,91 %); 4.150.000.000 / 1.550.000.000 (37,35 %)
const MONEY_READ = ['Gia Lai 10000 8500 85.00 4000000000 1500000000 37.50', 'Lai Châu 600 500 83.33 150000000 50000000 33.33', 'TOTAL 10600 9000 84.91 4150000000 1550000000 37.35'];

describe('05: former provinces / former Chi cục as "-" bullet rows under their 2025 unit', () => {
  it('"-" in the STT cell: the province\'s parts, counted once (was NOT_AN_OFFICE)', async () => {
    const r = await byProvince.both('tong-hop-34-tinh-2025.csv', [...MONEY_TITLE, ...MONEY_ROWS((n) => `-;${n}`)]);
    expect(r.code, r.stderr).toBe(0);
    expect(moneyRows(r.stdout)).toEqual(MONEY_READ);
  });

  it('"- " before the name, "+" and "•" bullets read the same', async () => {
    for (const bullet of [(n: string) => `;- ${n}`, (n: string) => `+;${n}`, (n: string) => `•;${n}`, (n: string) => `;-${n}`]) {
      const r = await byProvince.both('tong-hop-34-tinh-2025.csv', [...MONEY_TITLE, ...MONEY_ROWS(bullet)]);
      expect(r.code, `${bullet('X')}: ${r.stderr}`).toBe(0);
      expect(moneyRows(r.stdout)).toEqual(MONEY_READ);
    }
  });

  it('unmarked bulleted former provinces under the numbered province read the same', async () => {
    const r = await byProvince.both('tong-hop-34-tinh-2025.csv', [...MONEY_TITLE, ...MONEY_ROWS((n) => `-;${n.replace(' (cũ)', '')}`)]);
    expect(r.code, r.stderr).toBe(0);
    expect(moneyRows(r.stdout)).toEqual(MONEY_READ);
  });

  it('bulleted parts that are not its sum are refused, located', async () => {
    const lines = [...MONEY_TITLE, ...MONEY_ROWS((n) => `-;${n}`)].map((l) => l.replace('-;Bình Định (cũ);4.000;', '-;Bình Định (cũ);4.100;'));
    const r = await byProvince.both('tong-hop-34-tinh-2025.csv', lines);
    expect(r.code).toBe(1);
    // 6.000 + 4.100 = 10.100 ≠ 10.000
    expect(r.stderr).toContain('FILE:4: error: "Gia Lai" on this row is a province with figures, and it is not the sum of its parts, the former provinces under it (lines 5–6): its row or its parts are wrong, and thads cannot tell which [OFFICE_SUBTOTAL_MISMATCH]');
  });

  it('as --previous of 2026, by province', async () => {
    const previous = byProvince.write('tong-hop-34-tinh-2025.csv', [...MONEY_TITLE, ...MONEY_ROWS((n) => `-;${n}`)]);
    const r = await byProvince.both('tong-hop-34-tinh-2026.csv', [MONEY_TITLE[0]!.replace('2025', '2026'), ...MONEY_TITLE.slice(1), '1;Gia Lai;11.000;9.500;5.000.000;2.000.000', '2;Lai Châu;700;600;200.000;90.000'], ['--previous', previous, '--by', 'province', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // Gia Lai cases 9.500 / 11.000 = 86,3636 % − 85,00 % = +1,36; money 2.000.000 / 5.000.000 = 40,00 % − 37,50 % = +2,50
    // Lai Châu 600 / 700 = 85,7143 % − 83,3333 % = +2,38; money 45,00 % − 33,3333 % = +11,67
    // TOTAL 10.100 / 11.700 = 86,3248 % − 84,9057 % = +1,42; money 2.090.000 / 5.200.000 = 40,1923 % − 37,3494 % = +2,84
    const change = r.stdout.trim().split('\n').slice(1).map((l) => { const c = l.split(','); return [c[0] || c[1], c[29], c[57]].join(' '); });
    expect(change).toEqual(['Gia Lai 1.36 2.50', 'Lai Châu 2.38 11.67', 'TOTAL 1.42 2.84']);
  });

  const PHONG = (bullet: (name: string) => string) => [
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025',
    'THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI',
    'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong',
    '1;Phòng THADS khu vực 1;1.000;850',
    `${bullet('Chi cục THADS thành phố Pleiku (cũ)')};600;500`,
    `${bullet('Chi cục THADS huyện Chư Păh (cũ)')};400;350`,
    '2;Phòng THADS khu vực 2;600;500',
    `${bullet('Chi cục THADS thị xã An Khê (cũ)')};600;500`,
  ];
  // khu vực 1 = 600 + 400 = 1.000, 500 + 350 = 850 (85,00 %); khu vực 2 = 600 / 500 (83,33 %)
  // TOTAL 1.000 + 600 = 1.600; 850 + 500 = 1.350 → 84,38 %
  const PHONG_READ = ['Phòng THADS khu vực 1 1000 850 85.00', 'Phòng THADS khu vực 2 600 500 83.33', 'TOTAL 1600 1350 84.38'];

  it('a province\'s report: "-" former Chi cục under their Phòng are its parts (was NOT_AN_OFFICE)', async () => {
    for (const bullet of [(n: string) => `-;${n}`, (n: string) => `;- ${n}`]) {
      const r = await byOffice.both('gia-lai-2025.csv', PHONG(bullet));
      expect(r.code, r.stderr).toBe(0);
      expect(officeRows(r.stdout)).toEqual(PHONG_READ);
    }
  });

  it('bulleted former Chi cục that are not their Phòng\'s sum are refused, located', async () => {
    const r = await byOffice.both('gia-lai-2025.csv', PHONG((n) => `-;${n}`).map((l) => l.replace('Chư Păh (cũ);400;', 'Chư Păh (cũ);401;')));
    expect(r.code).toBe(1);
    // 600 + 401 = 1.001 ≠ 1.000
    expect(codes(r.stderr)).toContain('OFFICE_SUBTOTAL_MISMATCH');
  });

  it('control: a bullet naming no former part of the row above stays refused NOT_AN_OFFICE', async () => {
    // "- Lai Châu" under Gia Lai: no province merged into it — a breakdown's line
    const lines = [...MONEY_TITLE, '1;Gia Lai;10.000;8.500;4.000.000;1.500.000', '-;Lai Châu;600;500;150.000;50.000'];
    const r = await byProvince.both('tong-hop-34-tinh-2025.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:1: error: "Lai Châu" is marked "-" in the STT column, a list bullet');
    expect(codes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
  });

  it('control: bulleted offices under a section\'s title are still the offices of the list', async () => {
    // 700 + 300 = 1.000; 600 + 250 = 850 → 85,00 %
    const r = await byOffice.both('gia-lai-2025.csv', ['STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong', 'I;Các Phòng THADS khu vực;;', '-;Phòng THADS khu vực 1;700;600', '-;Phòng THADS khu vực 2;300;250']);
    expect(r.code, r.stderr).toBe(0);
    expect(officeRows(r.stdout)).toEqual(['Phòng THADS khu vực 1 700 600 85.71', 'Phòng THADS khu vực 2 300 250 83.33', 'TOTAL 1000 850 85.00']);
  });
});

// 02: the new province BELOW its former provinces, without an STT ("1 | Gia Lai (cũ)", "2 | Bình
// Định (cũ)" over "| Gia Lai (mới)"): it joined them as a repeat of Gia Lai and was added (exit 0).
describe('02: the new province written below its former provinces', () => {
  const BELOW = (whole: string, formers = ['Gia Lai (cũ)', 'Bình Định (cũ)']) => [TITLE, HEADER, `1;${formers[0]};9.000;6.000;5.200`, `2;${formers[1]};6.000;4.000;3.300`, `;${whole};15.000;10.000;8.500`, '3;Lai Châu;900;600;500'];

  it('"Gia Lai (mới)" is their subtotal: checked, not added', async () => {
    const r = await byProvince.both('toan-quoc-viec-2025.csv', BELOW('Gia Lai (mới)'));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(codes(r.stderr)).toEqual(['PROVINCE_ROLLED_UP', 'PROVINCE_ROLLED_UP']);
  });

  it('"Tỉnh Gia Lai (sau sáp nhập)", "GIA LAI (MOI)", "Gia Lai mới", unmarked "Gia Lai" read the same', async () => {
    for (const whole of ['Tỉnh Gia Lai (sau sáp nhập)', 'GIA LAI (MOI)', 'Gia Lai mới', 'Gia Lai']) {
      const r = await byProvince.both('toan-quoc-viec-2025.csv', BELOW(whole));
      expect(r.code, `${whole}: ${r.stderr}`).toBe(0);
      expect(rows(r.stdout)).toEqual(READ);
    }
  });

  it('the former provinces numbered without "(cũ)" read the same (no warning was said at all)', async () => {
    const r = await byProvince.both('toan-quoc-viec-2025.csv', BELOW('Gia Lai (mới)', ['Gia Lai', 'Bình Định']));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('a whole that is not their sum is refused, located', async () => {
    const r = await byProvince.both('toan-quoc-viec-2025.csv', BELOW('Gia Lai (mới)').map((l) => l.replace(';Gia Lai (mới);15.000;', ';Gia Lai (mới);15.100;')));
    expect(r.code).toBe(1);
    // 9.000 + 6.000 = 15.000 ≠ 15.100
    expect(r.stderr).toContain('FILE:5:3: error: declared subtotal "Cộng Gia Lai (mới)" has cases total 15100, but the rows above it add up to 15000 [DECLARED_TOTAL_MISMATCH]');
  });

  it('as --previous of 2026', async () => {
    const previous = byProvince.write('toan-quoc-viec-2025.csv', BELOW('Gia Lai (mới)'));
    const r = await byProvince.both('toan-quoc-viec-2026.csv', [TITLE.replace('2025', '2026'), HEADER, '1;Gia Lai;16.000;11.000;9.500', '2;Lai Châu;1.000;700;600'], ['--previous', previous, '--by', 'province', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // as in 01: +1.000, +100, +1.100; rates +1,36, +2,38, +1,42
    const change = r.stdout.trim().split('\n').slice(1).map((l) => { const c = l.split(','); return [c[0] || c[1], c[28], c[29]].join(' '); });
    expect(change).toEqual(['Gia Lai 1000 1.36', 'Lai Châu 100 2.38', 'TOTAL 1100 1.42']);
  });

  it('control: "Gia Lai (mới)" unnumbered below another province is a row of the list, as before', async () => {
    // Lai Châu 900 / 600 / 500; Gia Lai 15.000 / 10.000 / 8.500 → TOTAL 15.900 / 10.600 / 9.000
    const r = await byProvince.both('toan-quoc-viec-2025.csv', [TITLE, HEADER, '1;Lai Châu;900;600;500', ';Gia Lai (mới);15.000;10.000;8.500']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Lai Châu 900 600 500 83.33', 'Gia Lai 15000 10000 8500 85.00', 'TOTAL 15900 10600 9000 84.91']);
  });

  it('control: "Cộng Gia Lai" below them reads as before', async () => {
    const r = await byProvince.both('toan-quoc-viec-2025.csv', BELOW('Cộng Gia Lai'));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('control: a 2024 table (by the 63) is not touched: "Bình Định" then an unnumbered "Gia Lai" are two provinces', async () => {
    // Gia Lai 9.000 + 15.000 = 24.000 / 6.000 + 10.000 = 16.000 / 5.200 + 8.500 = 13.700 → 85,63 %; Bình Định 6.000 / 4.000 / 3.300 (82,50 %)
    // TOTAL 24.000 + 6.000 + 900 = 30.900; 16.000 + 4.000 + 600 = 20.600; 13.700 + 3.300 + 500 = 17.500 → 84,95 %
    const r = await byProvince.both('toan-quoc-viec-2024.csv', [TITLE.replace('2025', '2024'), ...BELOW('Gia Lai', ['Gia Lai', 'Bình Định']).slice(1)]);
    expect(rows(r.stdout)).toEqual(['Gia Lai 24000 16000 13700 85.63', 'Bình Định 6000 4000 3300 82.50', 'Lai Châu 900 600 500 83.33', 'TOTAL 30900 20600 17500 84.95']);
  });
});
