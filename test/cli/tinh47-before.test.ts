// "Tỉnh Nam Định" — the province's own name with its province word — in Nam Định's own table was
// added as one more office. Two faults:
// 1. Before the merger, beside the Văn phòng Cục (2019). The same table of 2026 (Văn phòng THADS
//    tỉnh, Phòng THADS khu vực) was refused (hunt46-tinhalone, kvhunt-tinhvp: REPEATED_ROW, rule 4
//    of domain/repeated-rows.ts) but row-labels.ts ownProvinceAfterMerger ignored every year up to
//    the merger's. Before it the city's Chi cục is "Thành phố Nam Định" (or bare "Nam Định"), never
//    "Tỉnh …": "Tỉnh Nam Định" is the province's own line again, or its whole.
//    By hand (cases):
//      Văn phòng Cục THADS tỉnh Nam Định   30 có ĐK, 20 xong
//      Chi cục THADS huyện Vụ Bản         100, 80
//      Chi cục THADS huyện Mỹ Lộc          50, 40
//      sum                                180, 140 → 140 / 180 = 0,7777… → 77,78 %
//      "Tỉnh Nam Định"                    190, 140 (190 ≠ 180)
//    old: 180 + 190 = 370 có ĐK, 140 + 140 = 280 xong, exit 0. Right: exit 1, REPEATED_ROW at line 5.
// 2. Any year, no Văn phòng row: Vụ Bản 100 / 80, Mỹ Lộc 50 / 40 (sum 150 / 120), then "Tỉnh Nam
//    Định" 160 / 120 (160 ≠ 150). old: 100 + 50 + 160 = 310, 80 + 40 + 120 = 240, exit 0. The row
//    names the file's own province (its file name, title or Tỉnh column): their total with a typo,
//    never one more office. Right: exit 1, OFFICE_SUBTOTAL_MISMATCH at its line (collect.ts). Same
//    in 2026 with Phòng THADS khu vực 1 / 2 of Đắk Lắk and "Tỉnh Đắk Lắk" 160 / 120.
// Controls: the offices alone (180 / 140, 77,78 %); "Tỉnh Nam Định" equal to the sum (180 / 140
// beside the Văn phòng, 150 / 120 without) stays a likely total, refused as before
// (SUSPECTED_TOTAL_ROW); "Thành phố Nam Định" as a Chi cục of 2019 is still an office (30 + 100 +
// 50 = 180, 20 + 80 + 40 = 140, 77,78 %); a national 2019 list of provinces by name is still read
// as offices: 100 + 50 + 300 = 450 có ĐK, 80 + 40 + 200 = 320 xong (320 / 450 = 0,71111… → 71,11 %);
// a file whose one row is "Tỉnh Nam Định" (100 / 80, 80,00 %) is still the province's whole.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { expectRefused } from '../helpers/refused.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-tinh47-before-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ARGS = ['--format', 'csv'];
const readers = bothReaders('thads-tinh47-before-', ARGS);

const HEAD = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const VP = '1,Văn phòng Cục THADS tỉnh Nam Định,30,20';
const VB = '2,Chi cục THADS huyện Vụ Bản,100,80';
const ML = '3,Chi cục THADS huyện Mỹ Lộc,50,40';
const VB1 = '1,Chi cục THADS huyện Vụ Bản,100,80';
const ML2 = '2,Chi cục THADS huyện Mỹ Lộc,50,40';

/** district | có ĐK | xong | rate, from the CSV output */
const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);


describe('fault 1, before the merger: "Tỉnh Nam Định" beside its Văn phòng Cục, figures not the sum, is refused (was added: TOTAL 370 / 280, exit 0)', () => {
  it('through the real binary: exit 1, REPEATED_ROW naming both lines', () => {
    const file = join(dir, 'nam-dinh-2019.csv');
    writeFileSync(file, `${[HEAD, VP, VB, ML, ',Tỉnh Nam Định,190,140'].join('\n')}\n`);
    const r = spawnThads(['summarize', file, ...ARGS]);
    expectRefused(r, 'REPEATED_ROW');
    expect(r.stderr).toMatch(/nam-dinh-2019\.csv:5:2: error: line 5 \("Tỉnh Nam Định"\) and line 2 \("Văn phòng Cục THADS tỉnh Nam Định"\)/);
  });

  for (const [name, file, lines] of [
    ['"Tỉnh Nam Định" closing the list', 'nam-dinh-2019.csv', [HEAD, VP, VB, ML, ',Tỉnh Nam Định,190,140']],
    ['"Tỉnh Nam Định" on top', 'nam-dinh-2019.csv', [HEAD, ',Tỉnh Nam Định,190,140', VP, VB, ML]],
    ['"TỈNH NAM ĐỊNH" in capitals, 2024', 'nam-dinh-2024.csv', [HEAD, VP, VB, ML, ',TỈNH NAM ĐỊNH,190,140']],
    ['"Thành phố Hà Nội" beside the Văn phòng Cục THADS thành phố Hà Nội', 'ha-noi-2019.csv', [HEAD, '1,Văn phòng Cục THADS thành phố Hà Nội,30,20', '2,Chi cục THADS quận Ba Đình,100,80', '3,Chi cục THADS quận Hoàn Kiếm,50,40', ',Thành phố Hà Nội,190,140']],
  ] as const) {
    it(`${name}: both readers refuse it (REPEATED_ROW)`, async () => {
      expectRefused(await readers.both(file, lines), 'REPEATED_ROW');
    });
  }
});

describe('fault 2, no Văn phòng row: the province itself among its own offices, figures not their sum, is refused (was added: TOTAL 310 / 240, exit 0)', () => {
  it('through the real binary: exit 1, OFFICE_SUBTOTAL_MISMATCH at its line, the hint naming the province itself', () => {
    const file = join(dir, 'nam-dinh-2019.csv');
    writeFileSync(file, `${[HEAD, VB1, ML2, ',Tỉnh Nam Định,160,120'].join('\n')}\n`);
    const r = spawnThads(['summarize', file, ...ARGS]);
    expectRefused(r, 'OFFICE_SUBTOTAL_MISMATCH');
    expect(r.stderr).toMatch(/nam-dinh-2019\.csv:4:2: error: "Tỉnh Nam Định" on this row names the province itself, Nam Định, among its own 2 offices \(lines 2, 3\)/);
    expect(r.stderr).toMatch(/hint: the row names the province itself \("Tỉnh Nam Định"\) and its figures are not the sum of its offices/);
  });

  for (const [name, file, lines] of [
    ['the file name tells the province', 'nam-dinh-2019.csv', [HEAD, VB1, ML2, ',Tỉnh Nam Định,160,120']],
    ['the title tells it', 'bao-cao-2019.csv', ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', HEAD, VB1, ML2, ',Tỉnh Nam Định,160,120']],
    ['a Tỉnh column tells it', 'bao-cao-2019.csv', [`Tỉnh,${HEAD}`, `Nam Định,${VB1}`, `Nam Định,${ML2}`, 'Nam Định,,Tỉnh Nam Định,160,120']],
    ['on top of the list', 'nam-dinh-2019.csv', [HEAD, ',Tỉnh Nam Định,160,120', VB1, ML2]],
    ['2026: "Tỉnh Đắk Lắk" under its Phòng THADS khu vực', 'dak-lak-2026.csv', [HEAD, '1,Phòng THADS khu vực 1,100,80', '2,Phòng THADS khu vực 2,50,40', ',Tỉnh Đắk Lắk,160,120']],
  ] as const) {
    it(`${name}: both readers refuse it (OFFICE_SUBTOTAL_MISMATCH)`, async () => {
      expectRefused(await readers.both(file, lines), 'OFFICE_SUBTOTAL_MISMATCH');
    });
  }
});

describe('controls', () => {
  it('the offices alone — 180 / 140 = 77,78 %, exit 0', async () => {
    const r = await readers.both('nam-dinh-2019.csv', [HEAD, VP, VB, ML]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Văn phòng Cục THADS tỉnh Nam Định|30|20|66.67', 'Chi cục THADS huyện Vụ Bản|100|80|80.00', 'Chi cục THADS huyện Mỹ Lộc|50|40|80.00', 'TOTAL|180|140|77.78']);
  });

  for (const [name, lines] of [
    ['beside the Văn phòng (180 / 140)', [HEAD, VP, VB, ML, ',Tỉnh Nam Định,180,140']],
    ['without it (150 / 120)', [HEAD, VB1, ML2, ',Tỉnh Nam Định,150,120']],
  ] as const) {
    it(`"Tỉnh Nam Định" equal to the sum ${name} stays a likely total, refused as before (SUSPECTED_TOTAL_ROW alone)`, async () => {
      const r = await readers.both('nam-dinh-2019.csv', lines);
      expectRefused(r, 'SUSPECTED_TOTAL_ROW');
      expect(stderrCodes(r.stderr)).toEqual(['SUSPECTED_TOTAL_ROW']);
    });
  }

  it('"Thành phố Nam Định" as a Chi cục of 2019 is still an office — 180 / 140 = 77,78 %, exit 0', async () => {
    const r = await readers.both('nam-dinh-2019.csv', [HEAD, VP, VB, '3,Thành phố Nam Định,50,40']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual([]);
    expect(rows(r.stdout)).toEqual(['Văn phòng Cục THADS tỉnh Nam Định|30|20|66.67', 'Chi cục THADS huyện Vụ Bản|100|80|80.00', 'Thành phố Nam Định|50|40|80.00', 'TOTAL|180|140|77.78']);
  });

  it('a national 2019 list of provinces by name is read as three offices — 450 / 320 = 71,11 %, exit 0', async () => {
    const r = await readers.both('toan-quoc-2019.csv', [HEAD, '1,Tỉnh Nam Định,100,80', '2,Tỉnh Hà Nam,50,40', '3,Thành phố Hà Nội,300,200']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual([]);
    expect(rows(r.stdout)).toEqual(['Tỉnh Nam Định|100|80|80.00', 'Tỉnh Hà Nam|50|40|80.00', 'Thành phố Hà Nội|300|200|66.67', 'TOTAL|450|320|71.11']);
  });

  it('a file whose one row is "Tỉnh Nam Định" is the province\'s whole — 100 / 80 = 80,00 %, exit 0', async () => {
    const r = await readers.both('nam-dinh-2019.csv', [HEAD, '1,Tỉnh Nam Định,100,80']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual([]);
    expect(rows(r.stdout)).toEqual(['Tỉnh Nam Định|100|80|80.00', 'TOTAL|100|80|80.00']);
  });
});
