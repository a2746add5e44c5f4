// The 2025 national table of the 34 (work78a 03): a Tỉnh column naming the new province, its
// "Toàn tỉnh", and under a merged province's whole one row per former province ("Tuyên Quang |
// Hà Giang (cũ)"); an unmerged province has its "Toàn tỉnh" only; one "Tổng cộng". Before: an
// unmerged province right after a merged one ("Cao Bằng | Toàn tỉnh" after Tuyên Quang's formers)
// made the last former province a section heading it, and every whole mismatched (28 errors, exit
// 1); the same table with the unmerged provinces listed first read right. Now another province's
// row right above a province's unit ends its block there (input/province-wholes.ts decide).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvColumns } from '../helpers/key-rows.js';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { both } = bothReaders('thads-unmerged-after-', ['--format', 'csv']);
const xlsxDir = mkdtempSync(join(tmpdir(), 'thads-unmerged-after-x-'));
afterAll(() => rmSync(xlsxDir, { recursive: true, force: true }));

/** The CSV output's rows as "province|office|cases with conditions|resolved|rate[|money with conditions|resolved|rate]". */
function rows(stdout: string, money = false): string[] {
  return csvColumns(stdout, ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'cases_rate', ...(money ? ['money_with_conditions', 'money_resolved', 'money_rate'] : [])]);
}
const total = (stdout: string) => rows(stdout).at(-1);

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025';
const HEAD = 'STT;Tỉnh;Đơn vị;Việc có điều kiện;Việc giải quyết xong';
// Tuyên Quang = Tuyên Quang (cũ) + Hà Giang (cũ): 600 + 400 = 1000, 500 + 300 = 800.
const TQ = ['1;Tuyên Quang;Toàn tỉnh;1000;800', ';Tuyên Quang;Tuyên Quang (cũ);600;500', ';Tuyên Quang;Hà Giang (cũ);400;300'];
const CB = '2;Cao Bằng;Toàn tỉnh;500;400';
// Lào Cai = Lào Cai (cũ) + Yên Bái (cũ): 500 + 300 = 800, 400 + 250 = 650.
const LC = ['3;Lào Cai;Toàn tỉnh;800;650', ';Lào Cai;Lào Cai (cũ);500;400', ';Lào Cai;Yên Bái (cũ);300;250'];
// The former provinces are the offices of the table (as in the order that read right before):
// 500/600 = 83,33 %, 300/400 = 75,00 %; Cao Bằng 400/500 = 80,00 %; 1000 + 500 = 1500, 800 + 400 = 1200 → 80,00 %.
const MINIMAL = ['Cao Bằng|Toàn tỉnh|500|400|80.00', 'Tuyên Quang|Tuyên Quang (cũ)|600|500|83.33', 'Tuyên Quang|Hà Giang (cũ)|400|300|75.00', '|TOTAL|1500|1200|80.00'];

describe('an unmerged province right after a merged one\'s former provinces (work78a 03)', () => {
  it('Tuyên Quang\'s formers, then Cao Bằng: 1500 / 1200 (was SECTION_ROW_MISMATCH and 3 × DECLARED_TOTAL_MISMATCH, exit 1)', async () => {
    const money = ['1;Tuyên Quang;Toàn tỉnh;1000;800;5000000000;3000000000', ';Tuyên Quang;Tuyên Quang (cũ);600;500;3000000000;2000000000', ';Tuyên Quang;Hà Giang (cũ);400;300;2000000000;1000000000', '2;Cao Bằng;Toàn tỉnh;500;400;2000000000;1000000000', ';;Tổng cộng;1500;1200;7000000000;4000000000'];
    const r = await both('toan-quoc-2025.csv', [TITLE, `${HEAD};Tiền có điều kiện;Tiền giải quyết xong`, ...money]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('error');
    // money 3000000000 + 2000000000 = 5000000000 (Tuyên Quang), + 2000000000 = 7000000000; resolved 2000000000 + 1000000000 + 1000000000 = 4000000000 → 57,14 %
    expect(rows(r.stdout, true)).toEqual([
      'Cao Bằng|Toàn tỉnh|500|400|80.00|2000000000|1000000000|50.00',
      'Tuyên Quang|Tuyên Quang (cũ)|600|500|83.33|3000000000|2000000000|66.67',
      'Tuyên Quang|Hà Giang (cũ)|400|300|75.00|2000000000|1000000000|50.00',
      '|TOTAL|1500|1200|80.00|7000000000|4000000000|57.14',
    ]);
  });

  it('--by province: Tuyên Quang 1000 / 800, Cao Bằng 500 / 400', async () => {
    const r = await both('toan-quoc-2025.csv', [TITLE, HEAD, ...TQ, CB, ';;Tổng cộng;1500;1200'], ['--format', 'csv', '--by', 'province']);
    expect(r.code, r.stderr).toBe(0);
    // 800/1000 = 80,00 %, 400/500 = 80,00 %
    expect(rows(r.stdout)).toEqual(['Cao Bằng||500|400|80.00', 'Tuyên Quang||1000|800|80.00', '|TOTAL|1500|1200|80.00']);
  });

  it('an unmerged province between two merged ones: 2300 / 1850', async () => {
    // 1000 + 500 + 800 = 2300, 800 + 400 + 650 = 1850 → 80,43 %
    const r = await both('toan-quoc-2025.csv', [TITLE, HEAD, ...TQ, CB, ...LC, ';;Tổng cộng;2300;1850']);
    expect(r.code, r.stderr).toBe(0);
    // Lào Cai (cũ) 400/500 = 80,00 %, Yên Bái (cũ) 250/300 = 83,33 %
    expect(rows(r.stdout)).toEqual([...MINIMAL.slice(0, 3), 'Lào Cai|Lào Cai (cũ)|500|400|80.00', 'Lào Cai|Yên Bái (cũ)|300|250|83.33', '|TOTAL|2300|1850|80.43']);
  });

  it.each([
    ['"Tỉnh … (cũ)"', (f: string) => f.replace(';Tuyên Quang (cũ)', ';Tỉnh Tuyên Quang (cũ)').replace(';Hà Giang (cũ)', ';Tỉnh Hà Giang (cũ)')],
    ['"- " bullets', (f: string) => f.replace(';Tuyên Quang (cũ)', ';- Tuyên Quang (cũ)').replace(';Hà Giang (cũ)', ';- Hà Giang (cũ)')],
    ['"1.1", "1.2"', (f: string) => f.replace(/^;Tuyên Quang;Tuyên/, '1.1;Tuyên Quang;Tuyên').replace(/^;Tuyên Quang;Hà/, '1.2;Tuyên Quang;Hà')],
    ['no diacritics', (f: string) => f.replace('Tuyên Quang (cũ)', 'Tuyen Quang (cu)').replace('Hà Giang (cũ)', 'Ha Giang (cu)').replace('Cao Bằng;Toàn tỉnh', 'Cao Bang;Toan tinh')],
  ])('the former provinces written %s: 1500 / 1200', async (_what, edit) => {
    const r = await both('toan-quoc-2025.csv', [TITLE, HEAD, ...[...TQ, CB].map(edit), ';;Tổng cộng;1500;1200']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toBe('|TOTAL|1500|1200|80.00');
    expect(rows(r.stdout)).toHaveLength(4);
  });

  it('"Huế" (unmerged) after Tuyên Quang\'s formers: 1500 / 1200', async () => {
    const r = await both('toan-quoc-2025.csv', [TITLE, HEAD, ...TQ, '2;Huế;Toàn tỉnh;500;400', ';;Tổng cộng;1500;1200']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Huế|Toàn tỉnh|500|400|80.00', ...MINIMAL.slice(1)]);
  });

  it('former provinces that do not add up to their whole are still refused there (Hà Giang 300: 900 ≠ 1000)', async () => {
    const r = await both('toan-quoc-2025.csv', [TITLE, HEAD, TQ[0]!, TQ[1]!, ';Tuyên Quang;Hà Giang (cũ);300;300', CB, ';;Tổng cộng;1500;1200']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:4: error: declared total "Toàn tỉnh" has cases with conditions 1000, but the rows below it add up to 900 [DECLARED_TOTAL_MISMATCH]');
  });

  it('xlsx: 1500 / 1200', async () => {
    const r = await summarizeLinesWorkbook(xlsxDir, 'toan-quoc-2025.xlsx', [TITLE, HEAD, ...TQ, CB, ';;Tổng cộng;1500;1200'], ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(MINIMAL);
  });
});

describe('over-reach: the orders that read right before read the same', () => {
  it('the unmerged province listed first: 1500 / 1200', async () => {
    const r = await both('toan-quoc-2025.csv', [TITLE, HEAD, '1;Cao Bằng;Toàn tỉnh;500;400', ...TQ.map((l) => l.replace(/^1;/, '2;')), ';;Tổng cộng;1500;1200']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(MINIMAL);
  });

  it('merged provinces only: 1800 / 1450', async () => {
    // 1000 + 800 = 1800, 800 + 650 = 1450 → 80,56 %
    const r = await both('toan-quoc-2025.csv', [TITLE, HEAD, ...TQ, ...LC.map((l) => l.replace(/^3;/, '2;')), ';;Tổng cộng;1800;1450']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toBe('|TOTAL|1800|1450|80.56');
    expect(rows(r.stdout)).toHaveLength(5);
  });

  it('a 2019 table of lone wholes: each province its row, 900 / 700', async () => {
    // 500/600 = 83,33 %, 200/300 = 66,67 %; 600 + 300 = 900, 500 + 200 = 700 → 77,78 %
    const r = await both('toan-quoc-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', HEAD, '1;Nam Định;Toàn tỉnh;600;500', '2;Thái Bình;Toàn tỉnh;300;200', ';;Tổng cộng;900;700']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Nam Định|Toàn tỉnh|600|500|83.33', 'Thái Bình|Toàn tỉnh|300|200|66.67', '|TOTAL|900|700|77.78']);
  });
});
