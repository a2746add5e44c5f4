// --previous of 2025 (a year-end report, so counted by the 34) written as a list of provinces by
// the 63 that leaves one out: "Phú Thọ" and "Vĩnh Phúc" one line each, Hòa Bình missing, beside
// Tuyên Quang and Hà Giang. The fault: its "Phú Thọ" was taken for the new Phú Thọ (whole), so
// the 2026 Phú Thọ (Phú Thọ + Vĩnh Phúc + Hòa Bình) was compared with old Phú Thọ + Vĩnh Phúc:
// +1.200 cases, +4,35 pp, and the total +1.500 — exit 0, only PROVINCE_ROLLED_UP warnings. (Read as
// the new one, Vĩnh Phúc would have counted twice: wrong either way.) Right: two provinces' own
// lines in one report, the successor's and one it merged away, are a list by the 63 (merger.ts
// provincesOf63): Phú Thọ is a part against a whole, not compared, nor the total (ONE_YEAR_ONLY
// naming Hòa Bình); Tuyên Quang (both its parts given) is compared. Controls: all three parts
// given; a list by the 34 (new Phú Thọ alone) — both compared as before. Figures by hand.
import { describe, expect, it } from 'vitest';
import { columnsByOffice, summarizeIn } from '../helpers/csv-columns.js';
import { fileTree } from '../helpers/file-tree.js';
import { writeSheetsWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-hunt45-partprev-');
const BOM = '\ufeff';

const NOW = [
  `${BOM}BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026;;;`,
  'Đơn vị tính: việc;;;',
  'Tỉnh;Tổng số thụ lý;Có điều kiện;Giải quyết xong',
  // Phú Thọ 3.400 / 4.000 = 85,00 %; Tuyên Quang 2.000 / 2.500 = 80,00 %; total 8.000, 5.400 / 6.500 = 83,08 %
  'Phú Thọ;5.000;4.000;3.400',
  'Tuyên Quang;3.000;2.500;2.000',
];
const prevLines = (rows: readonly string[]) => [`${BOM}BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025;;;`, 'Đơn vị tính: việc;;;', 'Tỉnh;Tổng số thụ lý;Có điều kiện;Giải quyết xong', ...rows];
const PT = 'Phú Thọ;2.000;1.600;1.300';
const VP = 'Vĩnh Phúc;1.800;1.500;1.200';
const HB = 'Hòa Bình;1.000;800;600';
const TQ = 'Tuyên Quang;1.500;1.200;1.000';
const HG = 'Hà Giang;1.200;1.000;800';

const now = file('tinh-viec-2026.csv', NOW);

const run = (args: readonly string[]) => summarizeIn(dir, args);
/** name → [cases_total, cases_rate, cases_total_change, cases_rate_change] */
const changes = (stdout: string) => columnsByOffice(stdout, ['cases_total', 'cases_rate', 'cases_total_change', 'cases_rate_change']);
const PART = '"Phú Thọ" 2026 is formed on 1/7/2025 from the former Phú Thọ + Vĩnh Phúc + Hòa Bình; the previous files have no figures for the former Hòa Bình, so it and the total are not compared (a part against a whole) [ONE_YEAR_ONLY]';

// Tuyên Quang against Tuyên Quang + Hà Giang: 3.000 − 2.700 = +300; 80,00 − 1.800/2.200 (81,818…) = −1,82
const PARTIAL = { 'Phú Thọ': ['5000', '85.00', '', ''], 'Tuyên Quang': ['3000', '80.00', '300', '-1.82'], TOTAL: ['8000', '83.08', '', ''] };

describe('a 2025 list of provinces by the 63 leaving out one of a merged province\'s parts', () => {
  it('csv: Phú Thọ and the total are not compared (was +1.200 / +4,35 and +1.500 / +1,94), Tuyên Quang is', () => {
    const prev = file('tinh-viec-2025.csv', prevLines([PT, VP, TQ, HG]));
    const r = run([now, '--previous', prev, '--by', 'province', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(changes(r.stdout)).toEqual(PARTIAL);
    expect(r.stderr).toContain(`thads: warning: ${PART}`);
  });

  it('the previous file as a workbook: the same', async () => {
    const n = (s: string) => s.split(';').map((c, i) => (i === 0 ? c : Number(c.replace(/\./g, ''))));
    const prev = await writeSheetsWorkbook(dir, 'tinh-viec-2025.xlsx', {
      'Sheet1': [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025'], ['Đơn vị tính: việc'], ['Tỉnh', 'Tổng số thụ lý', 'Có điều kiện', 'Giải quyết xong'], ...[PT, VP, TQ, HG].map(n)],
    });
    const r = run([now, '--previous', prev, '--by', 'province', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(changes(r.stdout)).toEqual(PARTIAL);
    expect(r.stderr).toContain(PART);
  });

  it('--by none: the total is not compared (was +1.500)', () => {
    const prev = file('tinh-viec-2025.csv', prevLines([PT, VP, TQ, HG]));
    const r = run([now, '--previous', prev, '--by', 'none', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(changes(r.stdout)).toEqual({ TOTAL: ['8000', '83.08', '', ''] });
    expect(r.stderr).toContain(PART);
  });

  it('the provinces in the office column ("Đơn vị"), by office and by province: not compared either', () => {
    const off = (lines: readonly string[]) => lines.map((l, i) => (i === 2 ? 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong' : i > 2 ? `${i - 2};${l}` : l.replace(/;;;$/, ';;;;')));
    const nowOff = file('don-vi-viec-2026.csv', off(NOW));
    const prev = file('don-vi-viec-2025.csv', off(prevLines([PT, VP, TQ, HG])));
    const byOffice = run([nowOff, '--previous', prev, '--format', 'csv']);
    expect(byOffice.code, byOffice.stderr).toBe(0);
    expect(changes(byOffice.stdout)).toEqual(PARTIAL);
    // by province the rows stand in one group with no province: the whole input, Phú Thọ's part in it
    const byProvince = run([nowOff, '--previous', prev, '--by', 'province', '--format', 'csv']);
    expect(byProvince.code, byProvince.stderr).toBe(0);
    expect(changes(byProvince.stdout)).toEqual({ '': ['8000', '83.08', '', ''], TOTAL: ['8000', '83.08', '', ''] });
  });
});

describe('controls: compared as before', () => {
  it('all three parts of Phú Thọ given (by the 63)', () => {
    const prev = file('tinh-viec-2025.csv', prevLines([PT, VP, HB, TQ, HG]));
    const r = run([now, '--previous', prev, '--by', 'province', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // Phú Thọ: 5.000 − 4.800 = +200; 85,00 − 3.100/3.900 (79,487…) = +5,51
    // total: 8.000 − 7.500 = +500; 5.400/6.500 (83,077…) − 4.900/6.100 (80,328…) = +2,75
    expect(changes(r.stdout)).toEqual({ 'Phú Thọ': ['5000', '85.00', '200', '5.51'], 'Tuyên Quang': ['3000', '80.00', '300', '-1.82'], TOTAL: ['8000', '83.08', '500', '2.75'] });
    expect(r.stderr).not.toContain('ONE_YEAR_ONLY');
  });

  it('a 2025 list by the 34 (the new Phú Thọ, the new Tuyên Quang)', () => {
    const prev = file('tinh-viec-2025.csv', prevLines([PT, TQ]));
    const r = run([now, '--previous', prev, '--by', 'province', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // Phú Thọ: +3.000; 85,00 − 81,25 = +3,75; Tuyên Quang: +1.500; 80,00 − 83,33 = −3,33;
    // total: 8.000 − 3.500 = +4.500; 83,077 − 2.300/2.800 (82,143) = +0,93
    expect(changes(r.stdout)).toEqual({ 'Phú Thọ': ['5000', '85.00', '3000', '3.75'], 'Tuyên Quang': ['3000', '80.00', '1500', '-3.33'], TOTAL: ['8000', '83.08', '4500', '0.93'] });
    expect(r.stderr).toBe('');
  });
});
