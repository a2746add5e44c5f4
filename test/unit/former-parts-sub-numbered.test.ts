// A 2025 province report that numbers each Phòng THADS khu vực "1", "2" and the former district
// offices it replaced as its sub-items "1.1", "1.2" (refused as a breakdown's lines before): they
// are its parts, as the same rows without an STT are — the khu vực's row counted once, checked
// against them. Only a former office's name is taken so: "1.1 Tín dụng" stays a breakdown's line,
// and a 2019 report's sub-items read as before. Both readers; one xlsx. Expected figures by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const byOffice = bothReaders('thads-former-sub-', ['--format', 'csv']);

/** name, total, with conditions, resolved, rate, required, above target, rank/of */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[5], c[9], c[18], c[20], c[23], c[24], `${c[26]}/${c[27]}`].join(' ');
  });
}

const codes = (stderr: string) => [...stderr.matchAll(/\[([A-Z_]+)\]$/gm)].map((m) => m[1]);

const HEAD = ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI;;;;', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025;;;;', 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện thi hành;Giải quyết xong'];
const REPORT = [
  ...HEAD,
  '1;Phòng THADS khu vực 1;1.200;1.000;900',
  '1.1;Chi cục THADS huyện A (cũ);500;400;360',
  '1.2;Chi cục THADS huyện B (cũ);700;600;540',
  '2;Phòng THADS khu vực 2;800;700;630',
  '2.1;Chi cục THADS huyện C (cũ);800;700;630',
];
// khu vực 1: 1.200 = 500 + 700, 1.000 = 400 + 600, 900 = 360 + 540; 90,00 %, required ceil(0,839 × 1.000) = 839, +61
// khu vực 2: 800 / 700 / 630 = C's; 90,00 %, required 0,839 × 700 = 587,3 → 588, +42
// TOTAL 1.200 + 800 = 2.000; 1.000 + 700 = 1.700; 900 + 630 = 1.530 = 90,00 %; required 0,839 × 1.700 = 1.426,3 → 1.427, +103
const READ = [
  'Phòng THADS khu vực 1 1200 1000 900 90.00 839 61 1/2',
  'Phòng THADS khu vực 2 800 700 630 90.00 588 42 1/2',
  'TOTAL 2000 1700 1530 90.00 1427 103 /',
];

describe('"1.1", "1.2" former Chi cục under "1 | Phòng THADS khu vực 1"', () => {
  it('are its parts: the khu vực counted once, as without the numbers', async () => {
    const r = await byOffice.both('gia-lai-viec-2025.csv', REPORT);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(codes(r.stderr)).toEqual([]);
    const bare = await byOffice.both('gia-lai-viec-2025.csv', REPORT.map((l) => l.replace(/^\d\.\d;/, ';')));
    expect(rows(bare.stdout)).toEqual(READ);
  });

  it('spelled otherwise: without diacritics, upper case, "1-1", the 2025 Chi cục without its mark', async () => {
    const spelled = REPORT.map((l) =>
      l.replace('1.1;Chi cục THADS huyện A (cũ)', '1-1;Chi cuc THADS huyen A (cu)').replace('1.2;Chi cục THADS huyện B (cũ)', '1.2;CHI CỤC THADS HUYỆN B (CŨ)').replace('2.1;Chi cục THADS huyện C (cũ)', '2.1;Chi cục THADS huyện C'),
    );
    const r = await byOffice.both('gia-lai-viec-2025.csv', spelled);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('a part off by 1: refused as the unnumbered parts are', async () => {
    const r = await byOffice.both('gia-lai-viec-2025.csv', REPORT.map((l) => l.replace('huyện B (cũ);700;600;', 'huyện B (cũ);700;601;')));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // 400 + 601 = 1.001 ≠ 1.000
    expect(r.stderr).toContain('FILE:4: error: "Phòng THADS khu vực 1" on this row is a regional office with figures, and it is not the sum of its parts, the former districts under it (lines 5–6): its row or its parts are wrong, and thads cannot tell which [OFFICE_SUBTOTAL_MISMATCH]');
  });

  it('an xlsx of the report reads the same', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const l of REPORT) ws.addRow(l.split(';').map((c) => (/^[\d.]+$/.test(c) && !/^\d\.\d$/.test(c) ? Number(c.replace(/\./g, '')) : c === '' ? null : c)));
    const file = join(byOffice.dir, 'gia-lai-viec-2025.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    const code = await main(io);
    expect(code, stderr()).toBe(0);
    expect(rows(stdout())).toEqual(READ);
  });
});

describe('over-reach: sub-items that read as before', () => {
  it('a 2019 report: Chi cục "1.1", "1.2" under "Khu vực 1" with figures (their subtotal) are the offices', async () => {
    const r = await byOffice.both('nam-dinh-2019.csv', [
      'CỤC THADS TỈNH NAM ĐỊNH;;;',
      'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2019;;;',
      'STT;Đơn vị;Có điều kiện thi hành;Giải quyết xong',
      '1;Khu vực 1;900;800',
      '1.1;Chi cục THADS huyện Mỹ Lộc;400;350',
      '1.2;Chi cục THADS huyện Vụ Bản;500;450',
      '2;Khu vực 2;600;500',
      '2.1;Chi cục THADS huyện Ý Yên;600;500',
    ]);
    expect(r.code, r.stderr).toBe(0);
    // three offices (the groups their subtotals); target 73 % (2019): Mỹ Lộc 87,50 %, 0,73 × 400 = 292, +58;
    // Vụ Bản 90,00 %, 365, +85; Ý Yên 83,33 %, 438, +62; TOTAL 1.500 / 1.300 = 86,67 %, 1.095, +205
    expect(rows(r.stdout)).toEqual([
      'Chi cục THADS huyện Mỹ Lộc  400 350 87.50 292 58 2/3',
      'Chi cục THADS huyện Vụ Bản  500 450 90.00 365 85 1/3',
      'Chi cục THADS huyện Ý Yên  600 500 83.33 438 62 3/3',
      'TOTAL  1500 1300 86.67 1095 205 /',
    ]);
  });

  it('a 2019 Chi cục numbered "1.1" under another Chi cục with figures: still refused', async () => {
    const r = await byOffice.both('nam-dinh-2019.csv', ['CỤC THADS TỈNH NAM ĐỊNH;;;', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2019;;;', 'STT;Đơn vị;Có điều kiện thi hành;Giải quyết xong', '1;Chi cục THADS huyện Mỹ Lộc;400;350', '1.1;Chi cục THADS huyện Vụ Bản (cũ);500;450']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:1: error: "Chi cục THADS huyện Vụ Bản (cũ)" is numbered "1.1", a sub-item of item 1 "Chi cục THADS huyện Mỹ Lộc" (line 4), an office row with figures: a line of a breakdown, no office, and it would be added as an office [NOT_AN_OFFICE]');
  });

  it('"1.1 Tín dụng, ngân hàng" under a khu vực: still a breakdown, refused', async () => {
    const r = await byOffice.both('gia-lai-viec-2025.csv', [...HEAD, '1;Phòng THADS khu vực 1;1.200;1.000;900', '1.1;Tín dụng, ngân hàng;500;400;360', '2;Phòng THADS khu vực 2;800;700;630']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:1: error: "Tín dụng, ngân hàng" is numbered "1.1", a sub-item of item 1 "Phòng THADS khu vực 1" (line 4), an office row with figures: a line of a breakdown, no office, and it would be added as an office [NOT_AN_OFFICE]');
  });

  it('a 2025 list of Phòng only: each an office', async () => {
    const r = await byOffice.both('gia-lai-viec-2025.csv', [...HEAD, '1;Phòng THADS khu vực 1;1.200;1.000;900', '2;Phòng THADS khu vực 2;800;700;630']);
    expect(r.code, r.stderr).toBe(0);
    // the same two rows as READ: TOTAL 2.000 / 1.700 / 1.530
    expect(rows(r.stdout)).toEqual(READ);
  });
});
