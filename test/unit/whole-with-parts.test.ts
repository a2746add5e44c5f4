// A national table with a Tỉnh column whose rows are provinces' wholes ("Toàn tỉnh"), each with
// its parts right beside it (work76b): the Biểu's levels "Cấp tỉnh" / "Cấp huyện" (01, 03), or
// from 2025 the wholes of the former provinces merged into it, "Hà Nam (cũ)" (02). Before: the
// parts were added beside the wholes (1250 for 1000, 1800 for 900, exit 0) or the table was
// refused (11 × DECLARED_TOTAL_MISMATCH). Now the whole is its province's row and its parts are
// checked against it, never added (input/province-wholes.ts decide).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { both } = bothReaders('thads-whole-parts-', ['--format', 'csv']);
const xlsxDir = mkdtempSync(join(tmpdir(), 'thads-whole-parts-x-'));
afterAll(() => rmSync(xlsxDir, { recursive: true, force: true }));

/** The CSV output's rows as "province|office|cases with conditions|resolved|rate[|money with conditions|resolved]". */
function rows(stdout: string, money = false): string[] {
  const [head, ...lines] = stdout.trim().split('\n');
  const at = (name: string) => head!.split(',').indexOf(name);
  const keys = ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'cases_rate', ...(money ? ['money_with_conditions', 'money_resolved'] : [])];
  return lines.map((l) => {
    const cells = l.split(',');
    return keys.map((k) => cells[at(k)]).join('|');
  });
}

const TITLE19 = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const HEAD_MONEY = 'STT;Tỉnh;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
const ND = '1;Nam Định;Toàn tỉnh;600;500;6000;4000';
const TB = '2;Thái Bình;Toàn tỉnh;400;300;4000;2000';
// By hand: Nam Định 500/600 = 83,33 %, Thái Bình 300/400 = 75,00 %; together 600 + 400 = 1000,
// 500 + 300 = 800 → 80,00 %; money 6000 + 4000 = 10000, 4000 + 2000 = 6000.
const WHOLES = ['Nam Định|Toàn tỉnh|600|500|83.33|6000|4000', 'Thái Bình|Toàn tỉnh|400|300|75.00|4000|2000', '|TOTAL|1000|800|80.00|10000|6000'];

describe('"Toàn tỉnh" with its levels "Cấp tỉnh" / "Cấp huyện" (work76b 01, 03)', () => {
  // Nam Định: Cấp tỉnh 100 + Cấp huyện 500 = 600, 90 + 410 = 500, 1000 + 5000 = 6000, 500 + 3500 = 4000;
  // Thái Bình: 150 + 250 = 400, 100 + 200 = 300, 1500 + 2500 = 4000, 1000 + 1000 = 2000.
  const THREE = [ND, ';Nam Định;Cấp tỉnh;100;90;1000;500', ';Nam Định;Cấp huyện;500;410;5000;3500', TB, ';Thái Bình;Cấp tỉnh;150;100;1500;1000', ';Thái Bình;Cấp huyện;250;200;2500;1000'];

  it('three lines per province, "Tổng cộng" on top: each province its whole, 1000 / 800 (was 11 errors)', async () => {
    const r = await both('toan-quoc-2019.csv', [TITLE19, HEAD_MONEY, ';;Tổng cộng;1000;800;10000;6000', ...THREE]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout, true)).toEqual(WHOLES);
  });

  it('the same without "Tổng cộng": 1000 / 800', async () => {
    const r = await both('toan-quoc-2019.csv', [TITLE19, HEAD_MONEY, ...THREE]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout, true)).toEqual(WHOLES);
  });

  it('lower case, no marks, "Cộng cấp huyện": the same', async () => {
    const lines = [ND, ';Nam Định;cap tinh;100;90;1000;500', ';Nam Định;Cộng cấp huyện;500;410;5000;3500', TB, ';Thái Bình;CẤP TỈNH;150;100;1500;1000', ';Thái Bình;cấp huyện;250;200;2500;1000'];
    const r = await both('toan-quoc-2019.csv', [TITLE19, HEAD_MONEY, ...lines]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout, true)).toEqual(WHOLES);
  });

  it('levels that do not add up to their whole are refused at the whole (510 + 100 = 610, not 600)', async () => {
    const lines = [ND, ';Nam Định;Cấp tỉnh;100;90;1000;500', ';Nam Định;Cấp huyện;510;410;5000;3500', ...THREE.slice(3)];
    const r = await both('toan-quoc-2019.csv', [TITLE19, HEAD_MONEY, ...lines]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3: error: "Toàn tỉnh" on this row is Nam Định\'s whole, a row of the table, and its parts under it (lines 4–5) do not add up to it');
    expect(r.stderr).toContain('[OFFICE_SUBTOTAL_MISMATCH]');
  });

  it('"Cấp tỉnh" alone under each whole is its part, not added: 1000 / 800 (was 1250 / 990, exit 0)', async () => {
    const lines = [ND, ';Nam Định;Cấp tỉnh;100;90;1000;500', TB, ';Thái Bình;Cấp tỉnh;150;100;1500;1000'];
    const r = await both('toan-quoc-2019.csv', [TITLE19, HEAD_MONEY, ...lines]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout, true)).toEqual(WHOLES);
    // with its correct grand total below (was refused: "the office rows add up to 1250")
    const total = await both('toan-quoc-2019.csv', [TITLE19, HEAD_MONEY, ...lines, ';;Tổng cộng;1000;800;10000;6000']);
    expect(total.code, total.stderr).toBe(0);
    expect(rows(total.stdout, true)).toEqual(WHOLES);
  });

  it('"Cấp tỉnh" alone with more than its whole (700 > 600) is refused at the whole', async () => {
    const lines = [ND, ';Nam Định;Cấp tỉnh;700;90;1000;500', TB, ';Thái Bình;Cấp tỉnh;150;100;1500;1000'];
    const r = await both('toan-quoc-2019.csv', [TITLE19, HEAD_MONEY, ...lines]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3: error: "Toàn tỉnh" on this row is Nam Định\'s whole, a row of the table, and its one part under it (line 4) has more than it');
  });

  it('xlsx: the three lines per province read the same', async () => {
    const r = await summarizeLinesWorkbook(xlsxDir, 'toan-quoc-2019.xlsx', [TITLE19, HEAD_MONEY, ';;Tổng cộng;1000;800;10000;6000', ...THREE], ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout, true)).toEqual(WHOLES);
  });
});

describe('2025: a new province\'s whole with its former provinces\' wholes "(cũ)" (work76b 02)', () => {
  const TITLE25 = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025';
  const HEAD = 'STT;Tỉnh;Đơn vị;Việc có điều kiện;Việc giải quyết xong';
  const NB = '1;Ninh Bình;Toàn tỉnh;600;500';
  const NB_FORMERS = [';Hà Nam (cũ);Toàn tỉnh;200;150', ';Nam Định (cũ);Toàn tỉnh;250;200', ';Ninh Bình (cũ);Toàn tỉnh;150;150'];
  const TQ = '2;Tuyên Quang;Toàn tỉnh;300;200';
  const TQ_FORMERS = [';Hà Giang (cũ);Toàn tỉnh;100;50', ';Tuyên Quang (cũ);Toàn tỉnh;200;150'];
  // By hand: 200 + 250 + 150 = 600, 150 + 200 + 150 = 500 = Ninh Bình (83,33 %); 100 + 200 = 300,
  // 50 + 150 = 200 = Tuyên Quang (66,67 %); total 600 + 300 = 900, 500 + 200 = 700 → 77,78 %.
  const NEW = ['Ninh Bình|Toàn tỉnh|600|500|83.33', 'Tuyên Quang|Toàn tỉnh|300|200|66.67', '|TOTAL|900|700|77.78'];

  it('the formers under each new whole: 900 / 700 (was 1800 / 1400, exit 0)', async () => {
    const r = await both('toan-quoc-2025.csv', [TITLE25, HEAD, NB, ...NB_FORMERS, TQ, ...TQ_FORMERS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(NEW);
  });

  it('the formers above each new whole (the closing order): 900 / 700 (was refused)', async () => {
    const r = await both('toan-quoc-2025.csv', [TITLE25, HEAD, ...NB_FORMERS, NB, ...TQ_FORMERS, TQ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(NEW);
  });

  it('formers that do not add up to their new whole are refused (Hà Nam 210: 610 ≠ 600), either order', async () => {
    const wrong = [';Hà Nam (cũ);Toàn tỉnh;210;150', ...NB_FORMERS.slice(1)];
    const under = await both('toan-quoc-2025.csv', [TITLE25, HEAD, NB, ...wrong, TQ, ...TQ_FORMERS]);
    expect(under.code).toBe(1);
    expect(under.stderr).toContain('FILE:3: error: "Toàn tỉnh" on this row is Ninh Bình\'s whole, a row of the table, and its parts under it (lines 4–6) do not add up to it');
    const above = await both('toan-quoc-2025.csv', [TITLE25, HEAD, ...wrong, NB, ...TQ_FORMERS, TQ]);
    expect(above.code).toBe(1);
    expect(above.stderr).toContain('FILE:6: error: "Toàn tỉnh" on this row is Ninh Bình\'s whole, a row of the table, and its parts above it (lines 3–5) do not add up to it');
  });
});

describe('over-reach: tables that read right before read the same', () => {
  const HEAD = 'STT;Tỉnh;Đơn vị;Việc có điều kiện;Việc giải quyết xong';

  it('one province\'s offices closed by its "Toàn tỉnh" beside other provinces\' lone wholes, and a grand total: 1500 / 1250', async () => {
    // 300 + 500 = 800 = Nam Định's whole, 250 + 420 = 670; 800 + 400 + 300 = 1500, 670 + 350 + 230 = 1250 (83,33 %)
    const lines = ['1;Nam Định;Chi cục THADS huyện Mỹ Lộc;300;250', '2;Nam Định;Chi cục THADS huyện Vụ Bản;500;420', ';Nam Định;Toàn tỉnh;800;670', ';Thái Bình;Toàn tỉnh;400;350', ';Hà Nam;Toàn tỉnh;300;230', ';;Tổng cộng;1500;1250'];
    const r = await both('toan-quoc-2019.csv', [TITLE19, HEAD, ...lines]);
    expect(r.code, r.stderr).toBe(0);
    // 250/300 = 83,33 %, 420/500 = 84,00 %, 350/400 = 87,50 %, 230/300 = 76,67 %
    expect(rows(r.stdout)).toEqual(['Nam Định|Chi cục THADS huyện Mỹ Lộc|300|250|83.33', 'Nam Định|Chi cục THADS huyện Vụ Bản|500|420|84.00', 'Thái Bình|Toàn tỉnh|400|350|87.50', 'Hà Nam|Toàn tỉnh|300|230|76.67', '|TOTAL|1500|1250|83.33']);
  });

  it('"Toàn tỉnh / Cấp tỉnh / Cấp huyện" with the Chi cục rows under it, per province, and "Tổng cộng": 1000 / 800', async () => {
    // Nam Định: Cấp huyện 500 = 200 + 300, 410 = 160 + 250; Toàn tỉnh 600 = 100 + 500.
    // Thái Bình: Cấp huyện 250 = 100 + 150, 200 = 80 + 120; Toàn tỉnh 400 = 150 + 250.
    // Offices: 100 + 200 + 300 + 150 + 100 + 150 = 1000; 90 + 160 + 250 + 100 + 80 + 120 = 800 (80,00 %)
    const lines = [
      ';Nam Định;Toàn tỉnh;600;500', ';Nam Định;Cấp tỉnh;100;90', ';Nam Định;Cấp huyện;500;410', '1;Nam Định;Chi cục THADS huyện Mỹ Lộc;200;160', '2;Nam Định;Chi cục THADS huyện Vụ Bản;300;250',
      ';Thái Bình;Toàn tỉnh;400;300', ';Thái Bình;Cấp tỉnh;150;100', ';Thái Bình;Cấp huyện;250;200', '1;Thái Bình;Chi cục THADS huyện Hưng Hà;100;80', '2;Thái Bình;Chi cục THADS huyện Vũ Thư;150;120',
      ';;Tổng cộng;1000;800',
    ];
    const r = await both('toan-quoc-2019.csv', [TITLE19, HEAD, ...lines]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).at(-1)).toBe('|TOTAL|1000|800|80.00');
    expect(rows(r.stdout)).toContain('Nam Định|Cấp tỉnh|100|90|90.00');
    expect(rows(r.stdout)).toHaveLength(7);
    const byProvince = await both('toan-quoc-2019.csv', [TITLE19, HEAD, ...lines], ['--format', 'csv', '--by', 'province']);
    // Nam Định 100 + 200 + 300 = 600, 90 + 160 + 250 = 500; Thái Bình 150 + 100 + 150 = 400, 100 + 80 + 120 = 300
    expect(rows(byProvince.stdout)).toEqual(['Nam Định||600|500|83.33', 'Thái Bình||400|300|75.00', '|TOTAL|1000|800|80.00']);
  });

  it('2025: a table of former provinces\' wholes only, rolled up: Ninh Bình 600, Hưng Yên 730', async () => {
    // Ninh Bình: 200 + 250 + 150 = 600, 150 + 200 + 150 = 500; Hưng Yên: 400 + 330 = 730, 300 + 280 = 580;
    // total 1330 / 1080 (81,20 %)
    const lines = ['1;Hà Nam (cũ);Toàn tỉnh;200;150', '2;Nam Định (cũ);Toàn tỉnh;250;200', '3;Ninh Bình (cũ);Toàn tỉnh;150;150', '4;Hưng Yên (cũ);Toàn tỉnh;400;300', '5;Thái Bình (cũ);Toàn tỉnh;330;280'];
    const r = await both('toan-quoc-2025.csv', ['BÁO CÁO NĂM 2025', HEAD, ...lines], ['--format', 'csv', '--by', 'province']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Ninh Bình||600|500|83.33', 'Hưng Yên||730|580|79.45', '|TOTAL|1330|1080|81.20']);
  });

  it('a lone province\'s "Toàn tỉnh" with a "Cấp tỉnh" below and offices under it stays their total', async () => {
    // Cấp tỉnh 100 (the Cục's own row) + Mỹ Lộc 200 + Vụ Bản 310 = 610; 90 + 160 + 250 = 500 (81,97 %)
    const lines = [';Nam Định;Toàn tỉnh;610;500', ';Nam Định;Cấp tỉnh;100;90', '1;Nam Định;Chi cục THADS huyện Mỹ Lộc;200;160', '2;Nam Định;Chi cục THADS huyện Vụ Bản;310;250'];
    const r = await both('nam-dinh-2019.csv', [TITLE19, HEAD, ...lines]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Nam Định|Chi cục THADS huyện Mỹ Lộc|200|160|80.00', 'Nam Định|Chi cục THADS huyện Vụ Bản|310|250|80.65', 'Nam Định|Cấp tỉnh|100|90|90.00', '|TOTAL|610|500|81.97']);
  });
});

describe('one Cục\'s three-line summary "Toàn tỉnh" / "Cấp tỉnh" / "Cấp huyện", no district rows (work76b 03)', () => {
  const HEAD = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
  const TITLE = ['CỤC THADS TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'];
  // Cấp tỉnh 100 + Cấp huyện 500 = 600 = Toàn tỉnh; 90 + 410 = 500 (83,33 %); 1000 + 5000 = 6000; 500 + 3500 = 4000.
  // Cấp tỉnh 90/100 = 90,00 %, Cấp huyện 410/500 = 82,00 %.
  const LEVELS = ['Nam Định|Cấp tỉnh|100|90|90.00|1000|500', 'Nam Định|Cấp huyện|500|410|82.00|5000|3500', '|TOTAL|600|500|83.33|6000|4000'];

  it('each level its own line, checked by "Toàn tỉnh": 600 / 500 (was 8 errors)', async () => {
    const r = await both('Nam Dinh 2019.csv', [...TITLE, HEAD, ';Toàn tỉnh;600;500;6000;4000', '1;Cấp tỉnh;100;90;1000;500', '2;Cấp huyện;500;410;5000;3500']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout, true)).toEqual(LEVELS);
  });

  it('"Cộng cấp huyện", no marks: the same', async () => {
    const r = await both('Nam Dinh 2019.csv', [...TITLE, HEAD, ';Toan tinh;600;500;6000;4000', '1;Cap tinh;100;90;1000;500', '2;Cộng cấp huyện;500;410;5000;3500']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout, true).at(-1)).toBe(LEVELS.at(-1));
  });

  it('levels that do not add up to "Toàn tỉnh" are refused at it (100 + 510 = 610)', async () => {
    const r = await both('Nam Dinh 2019.csv', [...TITLE, HEAD, ';Toàn tỉnh;600;500;6000;4000', '1;Cấp tỉnh;100;90;1000;500', '2;Cấp huyện;510;410;5000;3500']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:3: error: declared total "Toàn tỉnh" has cases with conditions 600, but the office rows add up to 610 [DECLARED_TOTAL_MISMATCH]');
  });

  it('over-reach: "Cấp huyện" over its Chi cục rows stays their subtotal, and a wrong one is refused', async () => {
    // Cấp huyện 500 = 210 + 290, 410 = 170 + 240, 5000 = 2100 + 2900, 3500 = 1400 + 2100;
    // Cấp tỉnh 100 + 210 + 290 = 600; 90 + 170 + 240 = 500 (83,33 %)
    const lines = [';Toàn tỉnh;600;500;6000;4000', '1;Cấp tỉnh;100;90;1000;500', '2;Cấp huyện;500;410;5000;3500', '2.1;Chi cục THADS huyện Mỹ Lộc;210;170;2100;1400', '2.2;Chi cục THADS huyện Vụ Bản;290;240;2900;2100'];
    const r = await both('Nam Dinh 2019.csv', [...TITLE, HEAD, ...lines]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).at(-1)).toBe('|TOTAL|600|500|83.33');
    expect(rows(r.stdout)).toHaveLength(4);
    const wrong = await both('Nam Dinh 2019.csv', [...TITLE, HEAD, ...lines.slice(0, 2), '2;Cấp huyện;510;410;5000;3500', ...lines.slice(3)]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('[DECLARED_TOTAL_MISMATCH]');
  });

  it('over-reach: a section other than the district level under "Cấp tỉnh" is not read as an office ("Cộng khối Cục" 120 under 100)', async () => {
    const r = await both('Nam Dinh 2019.csv', [...TITLE, HEAD, '1;Cấp tỉnh;100;90;1000;500', ';Cộng khối Cục;120;90;1000;500']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:3: error: declared subtotal "Cộng khối Cục" has cases with conditions 120, but the rows above it add up to 100 [DECLARED_TOTAL_MISMATCH]');
  });
});
