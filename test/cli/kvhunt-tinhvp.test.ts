// A merged province's 2026 report (title "THI HÀNH ÁN DÂN SỰ TỈNH ĐẮK LẮK", year 2026: 1/10/2025 –
// 30/9/2026, no Chi cục left) listing its Văn phòng THADS tỉnh and its Phòng THADS khu vực, with a
// row naming the province itself ("Tỉnh Đắk Lắk", "Đắk Lắk") whose figures are not their sum (a
// typo in the province's line). Was: the province's row added as one more office beside its own
// Văn phòng, TOTAL 710 / 520 cases, exit 0 — the province counted twice. Right: refused
// (REPEATED_ROW, rule 4 of domain/repeated-rows.ts): the province's name beside its Văn phòng is
// its own office written twice, or its whole that does not add up; thads cannot tell which.
// By hand (cases; money in nghìn đồng):
//   Văn phòng THADS tỉnh     50 có ĐK, 30 xong; 2.000.000 / 1.000.000
//   Phòng THADS khu vực 1   100, 80;           3.000.000 / 1.500.000
//   Phòng THADS khu vực 2   200, 150;          5.000.000 / 2.000.000
//   sum                     350, 260;         10.000.000 / 4.500.000 → 10.000.000.000 / 4.500.000.000 đồng
//   the province's row      360, 260;         10.000.000 / 4.500.000 (360 ≠ 350)
//   old reading: 350 + 360 = 710 có ĐK, 260 + 260 = 520 xong; money 20.000.000.000 / 9.000.000.000.
// Controls: the right reading of the offices alone (no province row, or its line labelled "Toàn
// tỉnh" with the sum, or the former provinces' section rows "(cũ)" over them): 350 / 260, 260 / 350
// = 0,742857… → 74,29 %; money 4.500.000.000 / 10.000.000.000 = 45,00 %. The province's row equal to
// the sum stays refused as a likely total (SUSPECTED_TOTAL_ROW), as before.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { expectRefused } from '../helpers/refused.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-kvhunt-tinhvp-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ARGS = ['--format', 'csv'];
const readers = bothReaders('thads-kvhunt-tinhvp-', ARGS);

const HEAD = [['THI HÀNH ÁN DÂN SỰ TỈNH ĐẮK LẮK'], ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026'], ['', '', '', '', 'Đơn vị tính: Việc; nghìn đồng'], ['STT', 'Đơn vị', 'Về việc', '', 'Về tiền', ''], ['', '', 'Có điều kiện', 'Giải quyết xong', 'Có điều kiện', 'Giải quyết xong']];
const VP = ['Văn phòng THADS tỉnh', '50', '30', '2.000.000', '1.000.000'];
const KV1 = ['Phòng THADS khu vực 1', '100', '80', '3.000.000', '1.500.000'];
const KV2 = ['Phòng THADS khu vực 2', '200', '150', '5.000.000', '2.000.000'];
const WRONG = ['360', '260', '10.000.000', '4.500.000'];
const SUM = ['350', '260', '10.000.000', '4.500.000'];

const quote = (c: string) => (/[",.;]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const csv = (rows: string[][]) => [...HEAD, ...rows].map((r) => r.map(quote).join(','));
const xlsxLines = (rows: string[][]) => [...HEAD, ...rows].map((r) => r.join(';'));

function rows(stdout: string): string[][] {
  const [head, ...body] = stdout.trim().split('\n');
  const keys = head!.split(',');
  const at = (k: string) => keys.indexOf(k);
  return body.map((l) => {
    const c = l.split(',');
    return [c[at('district')]!, c[at('cases_with_conditions')]!, c[at('cases_resolved')]!, c[at('cases_rate')]!, c[at('money_with_conditions')]!, c[at('money_resolved')]!, c[at('money_rate')]!];
  });
}
/** The offices alone, read right (by hand, above). */
const RIGHT = [
  ['Văn phòng THADS tỉnh', '50', '30', '60.00', '2000000000', '1000000000', '50.00'],
  ['Phòng THADS khu vực 1', '100', '80', '80.00', '3000000000', '1500000000', '50.00'],
  ['Phòng THADS khu vực 2', '200', '150', '75.00', '5000000000', '2000000000', '40.00'],
  ['TOTAL', '350', '260', '74.29', '10000000000', '4500000000', '45.00'],
];

describe("a 2026 report of a merged province: the province's own name beside its Văn phòng, figures that are not the sum, is refused (was added: the province counted twice)", () => {
  it('through the real binary: "Tỉnh Đắk Lắk" on top, 360 against the offices\' 350 — exit 1, REPEATED_ROW naming both lines, nothing on stdout (was TOTAL 710 / 520, exit 0)', () => {
    const file = join(dir, 'Dak Lak 2026.csv');
    writeFileSync(file, `${csv([['', 'Tỉnh Đắk Lắk', ...WRONG], ['1', ...VP], ['2', ...KV1], ['3', ...KV2]]).join('\n')}\n`);
    const r = spawnThads(['summarize', file, ...ARGS]);
    expectRefused(r, 'REPEATED_ROW');
    // lines: 1–5 title, unit and header; 6 the province's row; 7 the Văn phòng
    expect(r.stderr).toMatch(/Dak Lak 2026\.csv:7:2: error: line 7 \("Văn phòng THADS tỉnh"\) and line 6 \("Tỉnh Đắk Lắk"\)/);
  });

  const shapes: [string, string[][]][] = [
    ['"Tỉnh Đắk Lắk" on top, no STT anywhere', [['', 'Tỉnh Đắk Lắk', ...WRONG], ['', ...VP], ['', ...KV1], ['', ...KV2]]],
    ['"Đắk Lắk" alone, closing the list', [['1', ...VP], ['2', ...KV1], ['3', ...KV2], ['', 'Đắk Lắk', ...WRONG]]],
    ['"TỈNH ĐẮK LẮK" in capitals, closing the list', [['1', ...VP], ['2', ...KV1], ['3', ...KV2], ['', 'TỈNH ĐẮK LẮK', ...WRONG]]],
    ['"Tỉnh Đắk Lắk (mới)" on top', [['', 'Tỉnh Đắk Lắk (mới)', ...WRONG], ['1', ...VP], ['2', ...KV1], ['3', ...KV2]]],
  ];
  for (const [name, body] of shapes) {
    it(`${name}: both readers refuse it`, async () => {
      expectRefused(await readers.both('Dak Lak 2026.csv', csv(body)), 'REPEATED_ROW');
    });
  }

  it('the xlsx twin ("Tỉnh Đắk Lắk" on top): refused', async () => {
    expectRefused(await summarizeLinesWorkbook(dir, 'Dak Lak 2026.xlsx', xlsxLines([['', 'Tỉnh Đắk Lắk', ...WRONG], ['1', ...VP], ['2', ...KV1], ['3', ...KV2]]), ARGS), 'REPEATED_ROW');
  });

  it('control: the offices alone, and under "Toàn tỉnh" with their sum — 350 / 260 = 74,29 %, money 45,00 %, exit 0 (both readers and xlsx)', async () => {
    for (const body of [
      [['1', ...VP], ['2', ...KV1], ['3', ...KV2]],
      [['', 'Toàn tỉnh', ...SUM], ['1', ...VP], ['2', ...KV1], ['3', ...KV2]],
      [['1', ...VP], ['2', ...KV1], ['3', ...KV2], ['', 'Tổng số toàn tỉnh', ...SUM]],
    ]) {
      const r = await readers.both('Dak Lak 2026.csv', csv(body));
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual(RIGHT);
    }
    const x = await summarizeLinesWorkbook(dir, 'Dak Lak 2026 b.xlsx', xlsxLines([['1', ...VP], ['2', ...KV1], ['3', ...KV2], ['', 'Toàn tỉnh', ...SUM]]), ARGS);
    expect(x.code, x.stderr).toBe(0);
    expect(rows(x.stdout)).toEqual(RIGHT);
  });

  it('control: the former provinces\' section rows "(cũ)" over the khu vực, each its section\'s sum, beside the Văn phòng — 350 / 260, exit 0', async () => {
    const r = await readers.both('Dak Lak 2026.csv', csv([['1', ...VP], ['I', 'Tỉnh Phú Yên (cũ)', '100', '80', '3.000.000', '1.500.000'], ['2', ...KV1], ['II', 'Tỉnh Đắk Lắk (cũ)', '200', '150', '5.000.000', '2.000.000'], ['3', ...KV2], ['', 'Toàn tỉnh', ...SUM]]));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it("control: the province's row equal to the offices' sum stays a likely total, refused as before (SUSPECTED_TOTAL_ROW)", async () => {
    const r = await readers.both('Dak Lak 2026.csv', csv([['', 'Tỉnh Đắk Lắk', ...SUM], ['1', ...VP], ['2', ...KV1], ['3', ...KV2]]));
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('SUSPECTED_TOTAL_ROW');
    expect(stderrCodes(r.stderr)).not.toContain('REPEATED_ROW');
  });
});
