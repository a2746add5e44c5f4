// A 2025 khu vực listing the districts it took over as bullets named by their unit (work98a 03):
// Hà Tĩnh's "2 | Phòng THADS khu vực 1 | 900" over "| - Huyện Cẩm Xuyên | 500", "| - Huyện Thạch
// Hà | 400", their figures adding up exactly to the khu vực's line. Refused exit 1 NOT_AN_OFFICE
// ("begins with a list bullet … part of the row above"), though "- Chi cục THADS huyện …" or
// "- Huyện … (cũ)" there were read right. A bulleted district named by its unit ("Huyện", "Thị
// xã", "Thành phố", "TP", "H.", "Quận") right under a 2025 khu vực's row with figures is its part,
// checked against it, never added (input/by-enforcer.ts namesTakenOverDistrict, read by
// input/read-csv.ts formerPartUnbulleted). Every expected figure below is worked out by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv', '--measure', 'cases'];
const { both } = bothReaders('thads-bulletparts-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-bulletparts-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'cases_target', 'cases_gap_pp']);

const title = (year: number) => [
  'THI HÀNH ÁN DÂN SỰ TỈNH HÀ TĨNH;;;;;;;',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC;;;;;;;',
  `Năm ${year} (từ 01/10/${year - 1} đến 30/9/${year});;;;;;;`,
  ';;;;;;;Đơn vị tính: việc',
];
const HEAD = 'STT;Đơn vị;Tổng số thụ lý;Tổng số phải thi hành;Có điều kiện;Giải quyết xong;Chưa có điều kiện;Tỷ lệ (%)';
/** the four parts' names, and their STT cell ('' with the bullet before the name, or the bullet itself) */
const HUYEN = ['- Huyện Cẩm Xuyên', '- Huyện Thạch Hà', '- Huyện Vũ Quang', '- Huyện Hương Khê'];
const body = (parts: readonly string[] = HUYEN, kv = (n: number) => `Phòng THADS khu vực ${n}`, stt = '', thachHa = '400;380;350;300;30;85,71') => [
  '1;Văn phòng THADS tỉnh;600;575;500;425;75;85,00',
  `2;${kv(1)};900;860;750;640;110;85,33`,
  `${stt};${parts[0]};500;480;400;340;80;85,00`,
  `${stt};${parts[1]};${thachHa}`,
  `3;${kv(2)};1.000;960;800;700;160;87,50`,
  `${stt};${parts[2]};550;530;450;400;80;88,89`,
  `${stt};${parts[3]};450;430;350;300;80;85,71`,
  ';Tổng cộng;2.500;2.395;2.050;1.765;345;86,10',
];
const FILE = [...title(2025), HEAD, ...body(), ';Người lập biểu;;;;;;THỦ TRƯỞNG'];
// Văn phòng 425/500 = 85,00 %, 85,00 - 83,9 = 1,10; khu vực 1 640/750 = 85,333 → 85,33 %, 1,43;
// khu vực 2 700/800 = 87,50 %, 3,60; the parts (500+400 = 900, 400+350 = 750, 340+300 = 640;
// 550+450 = 1.000, 450+350 = 800, 400+300 = 700) equal their khu vực, never added.
// TOTAL 600+900+1.000 = 2.500, 500+750+800 = 2.050, 425+640+700 = 1.765; 1.765/2.050 = 86,098 →
// 86,10 %; target 83,9 (2025), vượt 86,10 - 83,9 = 2,20.
const RIGHT = [
  'Văn phòng THADS tỉnh|600|500|425|85.00|83.9|1.10',
  'Phòng THADS khu vực 1|900|750|640|85.33|83.9|1.43',
  'Phòng THADS khu vực 2|1000|800|700|87.50|83.9|3.60',
  'TOTAL|2500|2050|1765|86.10|83.9|2.20',
];

function readRight(r: { code: number; stdout: string; stderr: string }, label: string) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(0);
  expect(r.stderr, label).toBe('');
  expect(rows(r.stdout), label).toEqual(RIGHT);
}

const commas = (lines: readonly string[]) => `${lines.map((l) => l.split(';').map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\n')}\n`;

describe('a 2025 khu vực over its taken-over districts bulleted "- Huyện X" (work98a 03)', () => {
  it("the binary on the hunter's file: read right, exit 0 (was exit 1 NOT_AN_OFFICE)", () => {
    const file = join(dir, 'Ha Tinh viec 2025.csv');
    writeFileSync(file, commas(FILE));
    readRight(spawnThads(['summarize', file, '--format', 'csv']), 'hunter');
  });

  it('both readers: titled (reference reader) and plain (byte scanner)', async () => {
    readRight(await both('ha-tinh-2025.csv', FILE), 'titled');
    readRight(await both('ha-tinh-2025.csv', [HEAD, ...body()]), 'plain');
  });

  it('xlsx: the same', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'ha-tinh-2025.xlsx', FILE, ARGS), 'xlsx');
    readRight(await summarizeLinesWorkbook(dir, 'ha-tinh-plain-2025.xlsx', [HEAD, ...body()], ARGS), 'xlsx plain');
  });

  it('other ways: Thị xã / Thành phố / TP. / H. / Quận, "+" and "•" bullets, the bullet in the STT cell, "Trong đó:" above them', async () => {
    const units = ['- Thị xã Kỳ Anh', '- Thành phố Hà Tĩnh', '- TP. Hồng Lĩnh', '- H. Hương Sơn'];
    readRight(await both('ha-tinh-2025.csv', [...title(2025), HEAD, ...body(units)]), 'units');
    readRight(await both('ha-tinh-2025.csv', [...title(2025), HEAD, ...body(['- Quận 1', '- Quận 3', '- Quận 5', '- Quận 10'])]), 'quận');
    readRight(await both('ha-tinh-2025.csv', [...title(2025), HEAD, ...body(HUYEN.map((h) => h.replace('- ', '+ ')))]), '+');
    readRight(await both('ha-tinh-2025.csv', [...title(2025), HEAD, ...body(HUYEN.map((h) => h.replace('- ', '• ')))]), '•');
    readRight(await both('ha-tinh-2025.csv', [...title(2025), HEAD, ...body(HUYEN.map((h) => h.slice(2)), undefined, '-')]), 'bullet in STT');
    readRight(await both('ha-tinh-2025.csv', [HEAD, ...body(HUYEN.map((h) => h.slice(2)), undefined, '-')]), 'bullet in STT, plain');
    readRight(await both('ha-tinh-2025.csv', [...title(2025), HEAD, ...body(HUYEN.map((h) => h.toLocaleUpperCase('vi')))]), 'capitals');
    // "Trong đó:" under the khu vực: some of its parts (here Thạch Hà's 100/50/30 of 400/350/300), checked as such, never added
    const ofWhich = body(HUYEN, undefined, '', '100;80;50;30;20;60,00');
    ofWhich.splice(2, 0, ';Trong đó:;;;;;;');
    readRight(await both('ha-tinh-2025.csv', [...title(2025), HEAD, ...ofWhich]), 'of which');
  });

  it('as the same table with "- Chi cục THADS huyện …" or "(cũ)" reads (unchanged)', async () => {
    readRight(await both('ha-tinh-2025.csv', [...title(2025), HEAD, ...body(HUYEN.map((h) => h.replace('- Huyện', '- Chi cục THADS huyện')))]), 'Chi cục');
    readRight(await both('ha-tinh-2025.csv', [...title(2025), HEAD, ...body(HUYEN.map((h) => `${h} (cũ)`))]), '(cũ)');
  });
});

describe('over-reach controls: near shapes keep their reading', () => {
  it('parts that do not add up to the khu vực line: refused exit 1 OFFICE_SUBTOTAL_MISMATCH (Thạch Hà 401: 500 + 401 = 901 ≠ 900)', async () => {
    const lines = [...title(2025), HEAD, ...body(HUYEN, undefined, '', '401;380;350;300;30;85,71')];
    for (const r of [await both('ha-tinh-2025.csv', lines), await summarizeLinesWorkbook(dir, 'ha-tinh-bad-2025.xlsx', lines, ARGS)]) {
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(stderrCodes(r.stderr)).toEqual(['OFFICE_SUBTOTAL_MISMATCH']);
      expect(r.stderr).toContain('"Phòng THADS khu vực 1" on this row is a regional office with figures, and it is not the sum of its parts, the former districts under it (lines 8–9)');
    }
  });

  it('a 2024 table (no khu vực then): the bullets stay a breakdown, refused exit 1 NOT_AN_OFFICE', async () => {
    const r = await both('ha-tinh-2024.csv', [...title(2024), HEAD, ...body()]);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
    expect(r.stderr).toContain('FILE:8:2: error: "- Huyện Cẩm Xuyên" begins with a list bullet');
  });

  it('"- Huyện X" under a Chi cục row (an of-which line, 2025): refused exit 1 NOT_AN_OFFICE as before', async () => {
    const cc = (n: number) => (n === 1 ? 'Chi cục THADS huyện Kỳ Anh' : 'Chi cục THADS huyện Can Lộc');
    const r = await both('ha-tinh-2025.csv', [...title(2025), HEAD, ...body(HUYEN, cc)]);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
    expect(r.stderr).toContain('FILE:8:2: error: "- Huyện Cẩm Xuyên" begins with a list bullet');
  });

  it('a bare bulleted name ("- Cẩm Xuyên", "- Tín dụng") or a province ("- Tỉnh Hà Nam", "- TP Hải Phòng") under the khu vực: refused exit 1 NOT_AN_OFFICE as before', async () => {
    for (const first of ['- Cẩm Xuyên', '- Tín dụng', '- Tỉnh Hà Nam', '- TP Hải Phòng']) {
      const r = await both('ha-tinh-2025.csv', [...title(2025), HEAD, ...body([first, ...HUYEN.slice(1)])]);
      expect(r.code, first).toBe(1);
      expect(stderrCodes(r.stderr), first).toEqual(['NOT_AN_OFFICE']);
      expect(r.stderr, first).toContain(`FILE:8:2: error: "${first}" begins with a list bullet`);
    }
  });

  it('"Huyện X" without a bullet under the khu vực: an office of the list, as before (refused by the declared total, exit 1)', async () => {
    const r = await both('ha-tinh-2025.csv', [...title(2025), HEAD, ...body(HUYEN.map((h) => h.slice(2)))]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // added as offices, 600 + 900 + 500 + 400 + 1.000 + 550 + 450 = 4.400 ≠ 2.500
    expect(r.stderr).toContain('declared total "Tổng cộng" has cases total 2500, but the office rows add up to 4400 [DECLARED_TOTAL_MISMATCH]');
  });
});
