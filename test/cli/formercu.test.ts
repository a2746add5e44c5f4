// Merged Ninh Bình's 2025 table numbered 1–6 straight through (work97c 03): "1 | Cục THADS tỉnh
// Ninh Bình (cũ)", "2 | … Nam Định (cũ)", "3 | … Hà Nam (cũ)" (the former Cục until 30/6), then
// "4 | Phòng THADS khu vực 1", "5 | … 2", "6 | … 3", and "Tổng cộng" the sum of all six. The last
// former Cục was taken for a section over the khu vực below it and the file refused, exit 1
// (SECTION_ROW_MISMATCH + 3× DECLARED_TOTAL_MISMATCH). A former province's item row numbered on by
// the row below it may be a row of the list (input/list-structure.ts formerItem); it is read so
// only when a declared total then equals every row (domain/declared-rows.ts settleListed).
// Every expected figure below is worked out by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv', '--measure', 'cases', '--year', '2025'];
const { both } = bothReaders('thads-formercu-', ARGS);
const dir = mkdtempSync(join(tmpdir(), 'thads-formercu-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);

const TITLE = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025;;;;'];
const HEAD = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện thi hành;Giải quyết xong';
const cuc = (name: string) => `Cục THADS tỉnh ${name} (cũ)`;
const body = (names = [cuc('Ninh Bình'), cuc('Nam Định'), cuc('Hà Nam')], stt = (n: number) => String(n)) => [
  `${stt(1)};${names[0]};1.000;800;600`,
  `${stt(2)};${names[1]};1.100;900;700`,
  `${stt(3)};${names[2]};800;600;450`,
  `${stt(4)};Phòng THADS khu vực 1;3.000;2.400;2.040`,
  `${stt(5)};Phòng THADS khu vực 2;2.500;2.000;1.670`,
  `${stt(6)};Phòng THADS khu vực 3;2.000;1.600;1.400`,
];
const TOTAL = ';Tổng cộng;10.400;8.300;6.860';
const FILE = [...TITLE, HEAD, ...body(), TOTAL];
// rates: 600/800 = 75,00 %; 700/900 = 77,78 %; 450/600 = 75,00 %; 2.040/2.400 = 85,00 %;
// 1.670/2.000 = 83,50 %; 1.400/1.600 = 87,50 %. TOTAL 1.000+1.100+800+3.000+2.500+2.000 = 10.400,
// 800+900+600+2.400+2.000+1.600 = 8.300, 600+700+450+2.040+1.670+1.400 = 6.860, 6.860/8.300 = 82,65 %
const right = (names = [cuc('Ninh Bình'), cuc('Nam Định'), cuc('Hà Nam')]) => [
  'Phòng THADS khu vực 1|3000|2400|2040|85.00',
  'Phòng THADS khu vực 2|2500|2000|1670|83.50',
  'Phòng THADS khu vực 3|2000|1600|1400|87.50',
  `${names[0]}|1000|800|600|75.00`,
  `${names[1]}|1100|900|700|77.78`,
  `${names[2]}|800|600|450|75.00`,
  'TOTAL|10400|8300|6860|82.65',
];

function readRight(r: { code: number; stdout: string; stderr: string }, label: string, names?: string[]) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(0);
  expect(stderrCodes(r.stderr), label).toEqual([]);
  expect(rows(r.stdout), label).toEqual(right(names));
}

describe('former Cục "(cũ)" numbered in the same run as the khu vực (work97c 03)', () => {
  it("the binary on the hunter's file: read right, exit 0 (was exit 1 SECTION_ROW_MISMATCH)", () => {
    const file = join(dir, 'Ninh Binh 2025 viec.csv');
    writeFileSync(file, `${FILE.map((l) => l.replace(/;/g, ',').replace(/(\d+\.\d{3})/g, '"$1"')).join('\n')}\n`);
    readRight(spawnThads(['summarize', file, '--format', 'csv', '--year', '2025']), 'hunter');
  });

  it('both readers: titled (reference reader), plain (byte scanner first)', async () => {
    readRight(await both('ninh-binh-2025.csv', FILE), 'titled');
    readRight(await both('ninh-binh-2025.csv', [HEAD, ...body(), TOTAL]), 'plain');
  });

  it('xlsx: the same', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'ninh-binh-2025.xlsx', FILE, ARGS), 'xlsx');
  });

  it('other ways: "Tỉnh Hà Nam (cũ)", "(trước sáp nhập)", STT "3.", the total on top', async () => {
    const tinh = [cuc('Ninh Bình'), cuc('Nam Định'), 'Tỉnh Hà Nam (cũ)'];
    readRight(await both('ninh-binh-2025.csv', [...TITLE, HEAD, ...body(tinh), TOTAL]), 'Tỉnh', tinh);
    const truoc = [cuc('Ninh Bình'), cuc('Nam Định'), 'Cục THADS tỉnh Hà Nam (trước sáp nhập)'];
    readRight(await both('ninh-binh-2025.csv', [...TITLE, HEAD, ...body(truoc), TOTAL]), 'trước sáp nhập', truoc);
    readRight(await both('ninh-binh-2025.csv', [...TITLE, HEAD, ...body(undefined, (n) => `${n}.`), TOTAL]), 'STT "3."');
    readRight(await both('ninh-binh-2025.csv', [...TITLE, HEAD, TOTAL, ...body()]), 'total on top');
  });

  it('still refused: a total that adds neither reading (10.401), or no total at all', async () => {
    const wrong = [...TITLE, HEAD, ...body(), ';Tổng cộng;10.401;8.300;6.860'];
    for (const r of [await both('ninh-binh-2025.csv', wrong), await summarizeLinesWorkbook(dir, 'ninh-binh-wrong-2025.xlsx', wrong, ARGS)]) {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      expect(stderrCodes(r.stderr)[0]).toBe('SECTION_ROW_MISMATCH');
      expect(r.stderr).toContain('"Cục THADS tỉnh Hà Nam (cũ)" heads the rows below it as a section, but its cases total 800 is not the sum of the rows below it (7500)');
    }
    const none = await both('ninh-binh-2025.csv', [...TITLE, HEAD, ...body()]);
    expect(none.code, none.stderr).toBe(1);
    expect(none.stdout).toBe('');
    expect(stderrCodes(none.stderr)).toEqual(['SECTION_ROW_MISMATCH']);
  });
});

describe('over-reach controls: kept as read before', () => {
  it('a 2025 national table with former provinces as sub-items ("- | Nam Định (cũ)")', async () => {
    const file = [HEAD, '1;Tuyên Quang;500;400;300', '-;Tuyên Quang (cũ);300;250;200', '-;Hà Giang (cũ);200;150;100', '2;Ninh Bình;2.900;2.300;1.750', '-;Ninh Bình (cũ);1.000;800;600', '-;Nam Định (cũ);1.100;900;700', '-;Hà Nam (cũ);800;600;450', ';Tổng cộng;3.400;2.700;2.050'];
    // Tuyên Quang 300/400 = 75,00 %; Ninh Bình 1.750/2.300 = 76,09 %; TOTAL 500+2.900 = 3.400, 400+2.300 = 2.700, 300+1.750 = 2.050, 75,93 %
    const read = ['Tuyên Quang|500|400|300|75.00', 'Ninh Bình|2900|2300|1750|76.09', 'TOTAL|3400|2700|2050|75.93'];
    for (const r of [await both('toan-quoc-2025.csv', file), await summarizeLinesWorkbook(dir, 'toan-quoc-2025.xlsx', file, ARGS)]) {
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual(read);
    }
  });

  it('"I | Cục THADS tỉnh Nam Định (cũ)" sections over their own Chi cục, each the sum of them', async () => {
    const file = [...TITLE, HEAD, 'I;Cục THADS tỉnh Nam Định (cũ);1.100;900;700', '1;Chi cục THADS huyện Mỹ Lộc;600;500;400', '2;Chi cục THADS huyện Vụ Bản;500;400;300', 'II;Cục THADS tỉnh Hà Nam (cũ);800;600;450', '1;Chi cục THADS huyện Kim Bảng;800;600;450', ';Tổng cộng;1.900;1.500;1.150'];
    // 400/500 = 80,00 %; 300/400 = 75,00 %; 450/600 = 75,00 %; TOTAL 600+500+800 = 1.900, 1.500, 1.150, 76,67 %
    const read = ['Chi cục THADS huyện Mỹ Lộc|600|500|400|80.00', 'Chi cục THADS huyện Vụ Bản|500|400|300|75.00', 'Chi cục THADS huyện Kim Bảng|800|600|450|75.00', 'TOTAL|1900|1500|1150|76.67'];
    for (const r of [await both('ninh-binh-2025.csv', file), await summarizeLinesWorkbook(dir, 'ninh-binh-sec-2025.xlsx', file, ARGS)]) {
      expect(r.code, r.stderr).toBe(0);
      expect(stderrCodes(r.stderr)).toEqual(['PROVINCE_ROLLED_UP', 'PROVINCE_ROLLED_UP']);
      expect(rows(r.stdout)).toEqual(read);
    }
  });

  it('"3 | Cục THADS tỉnh Hà Nam (cũ)" numbered on, equal to the khu vực below it: their section', async () => {
    const file = [...TITLE, HEAD, ...body().slice(0, 2), '3;Cục THADS tỉnh Hà Nam (cũ);7.500;6.000;5.110', ...body().slice(3), ';Tổng cộng;9.600;7.700;6.410'];
    // 3.000+2.500+2.000 = 7.500, 2.400+2.000+1.600 = 6.000, 2.040+1.670+1.400 = 5.110; TOTAL 1.000+1.100+7.500 = 9.600,
    // 800+900+6.000 = 7.700, 600+700+5.110 = 6.410, 6.410/7.700 = 83,25 %
    // (rows numbered as sections read as offices print after the office rows)
    const read = ['Phòng THADS khu vực 1|3000|2400|2040|85.00', 'Phòng THADS khu vực 2|2500|2000|1670|83.50', 'Phòng THADS khu vực 3|2000|1600|1400|87.50', 'Cục THADS tỉnh Ninh Bình (cũ)|1000|800|600|75.00', 'Cục THADS tỉnh Nam Định (cũ)|1100|900|700|77.78', 'TOTAL|9600|7700|6410|83.25'];
    const r = await both('ninh-binh-2025.csv', file);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(read);
  });

  it('"1 | Tỉnh Hà Nam (cũ)" over its own rows numbered again from 1, not their sum, a total adding all: refused as before', async () => {
    const file = [...TITLE, HEAD, '1;Tỉnh Hà Nam (cũ);800;600;450', '1;Phòng THADS khu vực 1;3.000;2.400;2.040', '2;Phòng THADS khu vực 2;2.500;2.000;1.670', ';Tổng cộng;6.300;5.000;4.160'];
    for (const r of [await both('ninh-binh-2025.csv', file), await summarizeLinesWorkbook(dir, 'ninh-binh-again-2025.xlsx', file, ARGS)]) {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      expect(stderrCodes(r.stderr)[0]).toBe('SECTION_ROW_MISMATCH');
      expect(r.stderr).toContain('"Tỉnh Hà Nam (cũ)" heads the rows below it as a section, but its cases total 800 is not the sum of the rows below it (5500)');
    }
  });
});
