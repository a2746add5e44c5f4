// 2025 tables of the 34 listing a new province's FORMER provinces beside it (round 76c). 01: a
// "Trong đó:" / "Chia ra:" line between "1 | Gia Lai" and its "(cũ)" rows released the province
// as a province of the list, so it was added beside them (exit 0, only a SUSPECTED_TOTAL_ROW
// warning with three figures). 03: the former provinces unmarked ("| Gia Lai", "| Bình Định",
// no STT) under the numbered province — added beside it too. Now both are its parts: counted
// once, checked against it (SECTION_ROW_MISMATCH if it is not their sum). Both readers agree.
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
    expect(codes(r.stderr)).toEqual(['PROVINCE_ROLLED_UP', 'PROVINCE_ROLLED_UP']);
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
    expect(r.stderr).toContain('FILE:3:3: error: line 3 "Gia Lai" heads the rows below it as a section, but its cases total 15000 is not the sum of the rows below it (15100); it is neither added nor trusted [SECTION_ROW_MISMATCH]');
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
    expect(codes(r.stderr)).toEqual(['PROVINCE_ROLLED_UP']);
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
    expect(r.stderr).toContain('FILE:3:5: error: line 3 "Gia Lai" heads the rows below it as a section, but its cases resolved 8500 is not the sum of the rows below it (8600); it is neither added nor trusted [SECTION_ROW_MISMATCH]');
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
