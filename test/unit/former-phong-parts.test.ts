// 2026: a Phòng THADS khu vực over the former Phòng it absorbed when the province re-cut its khu vực
// again (Law 106/2025/QH15, 1/7/2026), "| Phòng THADS khu vực 4 (cũ)" under "4 | Phòng THADS khu vực
// 3" — as 2025 reports list the former Chi cục "(cũ)" under their Phòng (round 76d, 02). Was refused
// DECLARED_TOTAL_MISMATCH + SUSPECTED_TOTAL_ROW (numbered 4.1/4.2: NOT_AN_OFFICE), and the hint's
// --accept-total-mismatch printed 1 630 / 1 240. Now the former Phòng are the khu vực's parts,
// checked against its row (by-enforcer.ts namesFormerOffice). Both readers agree. Figures by hand.
import { describe, expect, it } from 'vitest';
import { rows } from '../helpers/former-parts-ninh-binh.js';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv', '--target-cases', '84'];
const { both, dir } = bothReaders('thads-former-phong-', ARGS);

const TITLE = ['CỤC THADS TỈNH NINH BÌNH;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026;;;', '(Từ ngày 01/10/2025 đến ngày 30/9/2026);;;'];
const HEADER = 'STT;Đơn vị;Có điều kiện thi hành;Giải quyết xong';
const OFFICES = ['1;Văn phòng Cục;100;60', '2;Phòng THADS khu vực 1;210;150', '3;Phòng THADS khu vực 2;320;250'];
const KV3 = '4;Phòng THADS khu vực 3;500;390';
// khu vực 3 = its former self + the former khu vực 4: 300 + 200 = 500, 240 + 150 = 390
const PARTS = ['Phòng THADS khu vực 3 (cũ);300;240', 'Phòng THADS khu vực 4 (cũ);200;150'];
const TOTAL = ';Tổng cộng;1130;850';
const report = (parts: readonly string[], stt: readonly [string, string] = ['', '']) => [...TITLE, HEADER, ...OFFICES, KV3, `${stt[0]};${parts[0]}`, `${stt[1]};${parts[1]}`, TOTAL];

// Offices: Văn phòng Cục 60/100 = 60,00 %; khu vực 1 150/210 = 71,43 %; khu vực 2 250/320 = 78,13 %;
// khu vực 3 390/500 = 78,00 %. Ranks of 4: kv2 1, kv3 2, kv1 3, VP Cục 4.
// TOTAL 100 + 210 + 320 + 500 = 1 130; 60 + 150 + 250 + 390 = 850 (= the file's Tổng cộng);
// 850 / 1 130 = 75,22 %, target 84 → −8,78.
const READ = [
  'Văn phòng Cục 100/60 4/4',
  'Phòng THADS khu vực 1 210/150 3/4',
  'Phòng THADS khu vực 2 320/250 1/4',
  'Phòng THADS khu vực 3 500/390 2/4',
  'TOTAL 1130/850',
];
const totalLine = (csv: string) => csv.trim().split('\n').find((l) => l.startsWith(',TOTAL,'));

describe('a 2026 khu vực over the former Phòng "(cũ)" it absorbed', () => {
  it('parts without an STT: khu vực 3 is the office, 1 130 / 850 (was refused DECLARED_TOTAL_MISMATCH)', async () => {
    const r = await both('ninh-binh-viec-2026.csv', report(PARTS));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(READ);
    expect(totalLine(r.stdout)).toContain(',1130,,,,,,,,,850,,75.22,84,-8.78,');
  });

  it('parts numbered as its sub-items 4.1, 4.2: the same (was refused NOT_AN_OFFICE)', async () => {
    const r = await both('ninh-binh-viec-2026.csv', report(PARTS, ['4.1', '4.2']));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('spelled otherwise: no diacritics, upper case, "cũ" bare, "(trước sáp nhập)", "THADS khu vực"', async () => {
    for (const parts of [
      ['Phong THADS khu vuc 3 (cu);300;240', 'PHÒNG THADS KHU VỰC 4 (CŨ);200;150'],
      ['THADS khu vực 3 cũ;300;240', 'Phòng THADS khu vực 4 (trước sáp nhập);200;150'],
    ]) {
      const r = await both('ninh-binh-viec-2026.csv', report(parts));
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual(READ);
    }
  });

  it('a report that numbers nothing: the unnumbered khu vực over its marked parts reads the same', async () => {
    const lines = [...TITLE, HEADER, ...OFFICES.map((l) => l.replace(/^\d+;/, ';')), KV3.replace(/^4;/, ';'), ...PARTS.map((p) => `;${p}`), TOTAL];
    const r = await both('ninh-binh-viec-2026.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('parts written above their khu vực, closed by "Cộng Phòng THADS khu vực 3": the khu vực is the office', async () => {
    // (printed where its parts began: after Văn phòng Cục)
    const lines = [...TITLE, HEADER, OFFICES[0]!, ...PARTS.map((p) => `;${p}`), ';Cộng Phòng THADS khu vực 3;500;390', '3;Phòng THADS khu vực 1;210;150', '4;Phòng THADS khu vực 2;320;250', TOTAL];
    const r = await both('ninh-binh-viec-2026.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([READ[0], READ[3], READ[1], READ[2], READ[4]]);
  });

  it('parts that do not add up to their khu vực are refused, located', async () => {
    // khu vực 4 (cũ) 140 resolved: 240 + 140 = 380 ≠ 390
    const lines = report([PARTS[0]!, 'Phòng THADS khu vực 4 (cũ);200;140']);
    const r = await both('ninh-binh-viec-2026.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:8: error: "Phòng THADS khu vực 3" on this row is a regional office with figures, and it is not the sum of its parts, the former districts under it (lines 9–10): its row or its parts are wrong, and thads cannot tell which [OFFICE_SUBTOTAL_MISMATCH]');
  });

  it('an xlsx of the report reads the same', async () => {
    const r = await summarizeLinesWorkbook(dir, 'ninh-binh-viec-2026.xlsx', report(PARTS), ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('the 2025 report with former Chi cục "(cũ)" under khu vực 3 reads as before', async () => {
    const lines = report(['Chi cục THADS huyện Hoa Lư (cũ);300;240', 'Chi cục THADS huyện Gia Viễn (cũ);200;150']).map((l) => l.replace('NĂM 2026', 'NĂM 2025').replace('01/10/2025', '01/10/2024').replace('30/9/2026', '30/9/2025'));
    const r = await both('ninh-binh-viec-2025.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });
});

describe('over-reach: ordinary 2026 lists still read as before', () => {
  it('a former Phòng numbered as an item of its own ("5 | Phòng THADS khu vực 4 (cũ)") is an office of the list', async () => {
    // khu vực 3 with its own figures 300/240, the former khu vực 4 listed beside it 200/150.
    // Rates: VP Cục 60,00; kv1 71,43; kv2 78,13; kv3 80,00; kv4 (cũ) 75,00 → ranks kv3 1, kv2 2, kv4 3, kv1 4, VP 5
    // TOTAL 100 + 210 + 320 + 300 + 200 = 1 130; 60 + 150 + 250 + 240 + 150 = 850
    const lines = [...TITLE, HEADER, ...OFFICES, '4;Phòng THADS khu vực 3;300;240', '5;Phòng THADS khu vực 4 (cũ);200;150', TOTAL];
    const r = await both('ninh-binh-viec-2026.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([
      'Văn phòng Cục 100/60 5/5',
      'Phòng THADS khu vực 1 210/150 4/5',
      'Phòng THADS khu vực 2 320/250 2/5',
      'Phòng THADS khu vực 3 300/240 1/5',
      'Phòng THADS khu vực 4 (cũ) 200/150 3/5',
      'TOTAL 1130/850',
    ]);
  });

  it('an ordinary numbered list of khu vực without any "(cũ)" reads as before', async () => {
    // kv4 200/150 = 75,00 %; TOTAL 100 + 210 + 320 + 300 + 200 = 1 130; 60 + 150 + 250 + 240 + 150 = 850
    const lines = [...TITLE, HEADER, ...OFFICES, '4;Phòng THADS khu vực 3;300;240', '5;Phòng THADS khu vực 4;200;150', TOTAL];
    const r = await both('ninh-binh-viec-2026.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual([
      'Văn phòng Cục 100/60 5/5',
      'Phòng THADS khu vực 1 210/150 4/5',
      'Phòng THADS khu vực 2 320/250 2/5',
      'Phòng THADS khu vực 3 300/240 1/5',
      'Phòng THADS khu vực 4 200/150 3/5',
      'TOTAL 1130/850',
    ]);
  });

  it('a former Phòng under a Văn phòng Cục row (no khu vực) is no part: read as before, an office', async () => {
    // ";Phòng THADS khu vực 4 (cũ);200;150" right under "1;Văn phòng Cục": an office of the list.
    // TOTAL 100 + 200 + 210 + 320 + 300 = 1 130; 60 + 150 + 150 + 250 + 240 = 850
    const lines = [...TITLE, HEADER, OFFICES[0]!, ';Phòng THADS khu vực 4 (cũ);200;150', OFFICES[1]!, OFFICES[2]!, '4;Phòng THADS khu vực 3;300;240', TOTAL];
    const r = await both('ninh-binh-viec-2026.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([
      'Văn phòng Cục 100/60 5/5',
      'Phòng THADS khu vực 4 (cũ) 200/150 3/5',
      'Phòng THADS khu vực 1 210/150 4/5',
      'Phòng THADS khu vực 2 320/250 2/5',
      'Phòng THADS khu vực 3 300/240 1/5',
      'TOTAL 1130/850',
    ]);
  });
});
