// A 2025 national table whose name column is headed "Đơn vị" (each province's THADS an office),
// each of the 34 numbered over the provinces it was formed from, marked "(cũ)" and without an STT
// (refused as sections before; read under a column "Tỉnh"): they are its parts, the province's
// row counted once, checked against them. Both readers; one xlsx. Expected figures by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const byOffice = bothReaders('thads-former-prov-office-', ['--format', 'csv']);

/** name, total, with conditions, resolved, rate, required, above target, rank/of */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[5], c[9], c[18], c[20], c[23], c[24], `${c[26]}/${c[27]}`].join(' ');
  });
}

const codes = (stderr: string) => [...stderr.matchAll(/\[([A-Z_]+)\]$/gm)].map((m) => m[1]);

const HEAD = ['BỘ TƯ PHÁP - CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ;;;;', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025;;;;', 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện thi hành;Giải quyết xong'];
const TABLE = [
  ...HEAD,
  '1;Gia Lai;13.000;10.000;8.500',
  ';Gia Lai (cũ);8.000;6.000;5.000',
  ';Bình Định (cũ);5.000;4.000;3.500',
  '2;Hà Nội;25.000;19.000;16.000',
];
// Gia Lai 13.000 = 8.000 + 5.000, 10.000 = 6.000 + 4.000, 8.500 = 5.000 + 3.500: 85,00 %, required 0,839 × 10.000 = 8.390, +110
// Hà Nội 25.000 / 19.000 / 16.000: 84,21 %, required 0,839 × 19.000 = 15.941, +59
// TOTAL 13.000 + 25.000 = 38.000; 10.000 + 19.000 = 29.000; 8.500 + 16.000 = 24.500 = 84,48 %; required 0,839 × 29.000 = 24.331, +169
const READ = [
  'Gia Lai 13000 10000 8500 85.00 8390 110 1/2',
  'Hà Nội 25000 19000 16000 84.21 15941 59 2/2',
  'TOTAL 38000 29000 24500 84.48 24331 169 /',
];

describe('a 2025 national table headed "Đơn vị": each province over its former provinces', () => {
  it('the province row is their sum, counted once', async () => {
    const r = await byOffice.both('toan-quoc-viec-2025.csv', TABLE);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(codes(r.stderr)).toEqual([]);
  });

  it('spelled otherwise: without diacritics, upper case, "Tỉnh … cũ"', async () => {
    const r = await byOffice.both('toan-quoc-viec-2025.csv', TABLE.map((l) => l.replace(';Gia Lai (cũ);', ';Gia Lai (cu);').replace(';Bình Định (cũ);', ';TỈNH BÌNH ĐỊNH CŨ;')));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('a part off by 1: refused, located at the province\'s row', async () => {
    const r = await byOffice.both('toan-quoc-viec-2025.csv', TABLE.map((l) => l.replace(';Bình Định (cũ);5.000;4.000;', ';Bình Định (cũ);5.000;4.001;')));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // 6.000 + 4.001 = 10.001 ≠ 10.000
    expect(r.stderr).toContain('FILE:4: error: "Gia Lai" on this row is a province with figures, and it is not the sum of its parts, the former provinces under it (lines 5–6): its row or its parts are wrong, and thads cannot tell which [OFFICE_SUBTOTAL_MISMATCH]');
  });

  it('an xlsx of the table reads the same', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const l of TABLE) ws.addRow(l.split(';').map((c) => (/^[\d.]+$/.test(c) ? Number(c.replace(/\./g, '')) : c === '' ? null : c)));
    const file = join(byOffice.dir, 'toan-quoc-viec-2025.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    const code = await main(io);
    expect(code, stderr()).toBe(0);
    expect(rows(stdout())).toEqual(READ);
  });
});

describe('over-reach: national tables headed "Đơn vị" that read as before', () => {
  it('the 34 without parts: each province once', async () => {
    const r = await byOffice.both('toan-quoc-viec-2025.csv', [...HEAD, '1;Gia Lai;13.000;10.000;8.500', '2;Hà Nội;25.000;19.000;16.000']);
    expect(r.code, r.stderr).toBe(0);
    // the same rows as READ: TOTAL 38.000 / 29.000 / 24.500
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('a 2024 table: a province over another numbered province, added as before', async () => {
    const r = await byOffice.both('toan-quoc-viec-2024.csv', [
      'BỘ TƯ PHÁP - TỔNG CỤC THI HÀNH ÁN DÂN SỰ;;;;',
      'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2024;;;;',
      'STT;Đơn vị;Tổng số thụ lý;Có điều kiện thi hành;Giải quyết xong',
      '1;Gia Lai;8.000;6.000;5.000',
      '2;Bình Định;5.000;4.000;3.500',
    ]);
    expect(r.code, r.stderr).toBe(0);
    // target 2024 … read from the output only for the sums: TOTAL 13.000 / 10.000 / 8.500 = 85,00 %
    expect(rows(r.stdout).map((l) => l.split(' ').slice(0, -3).join(' '))).toEqual(['Gia Lai 8000 6000 5000 83.33', 'Bình Định 5000 4000 3500 87.50', 'TOTAL 13000 10000 8500 85.00']);
  });
});
