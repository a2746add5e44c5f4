// A national or Cụm table whose provinces are rows numbered as sections ("I | Hà Nội | 2000") with
// their levels right under them ("Cấp tỉnh", "Cấp huyện" / 2025 "Cấp khu vực"), work77a 01: the
// province's row is the office, its levels its parts, checked against it and never added (was:
// both levels added beside the provinces, every total doubled, exit 0). And a Cục's row with its
// own level under "Trong đó:" or bulleted ("- Cấp tỉnh"), work77a 02: refused at the level's row
// (was: "Cấp tỉnh" added as a fifth office, exit 0). domain/declared-rows.ts resolveOnce levelsOf;
// input/list-structure.ts see.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { both } = bothReaders('thads-levels-parts-', ['--format', 'csv']);
const xlsxDir = mkdtempSync(join(tmpdir(), 'thads-levels-parts-x-'));
afterAll(() => rmSync(xlsxDir, { recursive: true, force: true }));

/** The CSV output's rows as "office|cases with conditions|resolved|rate|rank/of|money with conditions|resolved". */
function rows(stdout: string): string[] {
  const [head, ...lines] = stdout.trim().split('\n');
  const at = (name: string) => head!.split(',').indexOf(name);
  return lines.map((l) => {
    const c = l.split(',');
    const v = (k: string) => c[at(k)];
    return `${v('district')}|${v('cases_with_conditions')}|${v('cases_resolved')}|${v('cases_rate')}|${v('cases_rank')}/${v('cases_rank_of')}|${v('money_with_conditions')}|${v('money_resolved')}`;
  });
}

const HEAD = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
const T24 = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024';
const T19 = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';

describe('provinces numbered as sections with their levels under them (work77a 01)', () => {
  // Hà Nội 200 + 1800 = 2000, 100 + 1400 = 1500, 3000 + 6000 = 9000, 1000 + 3000 = 4000;
  // Hải Phòng 90 + 810 = 900, 60 + 640 = 700, 1500 + 3500 = 5000, 600 + 1500 = 2100;
  // Huế 30 + 270 = 300, 20 + 180 = 200, 400 + 600 = 1000, 100 + 400 = 500;
  // Đắk Lắk 70 + 630 = 700, 40 + 460 = 500, 800 + 3200 = 4000, 200 + 800 = 1000.
  const NATIONAL = [
    'I;Hà Nội;2000;1500;9000;4000', ';Cấp tỉnh;200;100;3000;1000', ';Cấp huyện;1800;1400;6000;3000',
    'II;Hải Phòng;900;700;5000;2100', ';Cấp tỉnh;90;60;1500;600', ';Cấp huyện;810;640;3500;1500',
    'III;Thừa Thiên Huế;300;200;1000;500', ';Cấp tỉnh;30;20;400;100', ';Cấp huyện;270;180;600;400',
    'IV;Đắk Lắk;700;500;4000;1000', ';Cấp tỉnh;70;40;800;200', ';Cấp huyện;630;460;3200;800',
  ];
  // Cases: 1500/2000 = 75,00 %, 700/900 = 77,78 %, 200/300 = 66,67 %, 500/700 = 71,43 % → ranks 2, 1, 4, 3 of 4.
  // Total 2000 + 900 + 300 + 700 = 3900, 1500 + 700 + 200 + 500 = 2900 → 74,36 %;
  // money 9000 + 5000 + 1000 + 4000 = 19000, 4000 + 2100 + 500 + 1000 = 7600.
  const NATIONAL_OUT = ['Hà Nội|2000|1500|75.00|2/4|9000|4000', 'Hải Phòng|900|700|77.78|1/4|5000|2100', 'Thừa Thiên Huế|300|200|66.67|4/4|1000|500', 'Đắk Lắk|700|500|71.43|3/4|4000|1000', 'TOTAL|3900|2900|74.36|/|19000|7600'];

  it('Roman provinces over "Cấp tỉnh" / "Cấp huyện": 3900 / 2900, money 19000 / 7600 (was 7800 / 5800, exit 0)', async () => {
    const r = await both('toan-quoc-theo-tinh-2024.csv', [T24, HEAD, ...NATIONAL]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(NATIONAL_OUT);
  });

  it('xlsx: the same', async () => {
    const r = await summarizeLinesWorkbook(xlsxDir, 'toan-quoc-theo-tinh-2024.xlsx', [T24, HEAD, ...NATIONAL], ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(NATIONAL_OUT);
  });

  // Bến Tre 100 + 900 = 1000, 70 + 730 = 800, 2000 + 3000 = 5000, 500 + 1500 = 2000;
  // Trà Vinh 50 + 450 = 500, 40 + 360 = 400, 1000 + 2000 = 3000, 300 + 700 = 1000.
  // Total 1000 + 500 = 1500, 800 + 400 = 1200 → 80,00 %; money 5000 + 3000 = 8000, 2000 + 1000 = 3000.
  // Both 80,00 %: ranked 1 of 2 each.
  const CUM_OUT = (a: string, b: string) => [`${a}|1000|800|80.00|1/2|5000|2000`, `${b}|500|400|80.00|1/2|3000|1000`, 'TOTAL|1500|1200|80.00|/|8000|3000'];
  const cum = (a: string, b: string, lower: string, [n1, n2] = ['I', 'II']) => [
    `${n1};${a};1000;800;5000;2000`, ';Cấp tỉnh;100;70;2000;500', `;${lower};900;730;3000;1500`,
    `${n2};${b};500;400;3000;1000`, ';Cấp tỉnh;50;40;1000;300', `;${lower};450;360;2000;700`,
  ];

  it('lettered A, B: 1500 / 1200 (was 3000 / 2400)', async () => {
    const r = await both('cum-2019.csv', [T19, HEAD, ...cum('Bến Tre', 'Trà Vinh', 'Cấp huyện', ['A', 'B'])]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(CUM_OUT('Bến Tre', 'Trà Vinh'));
  });

  it('2025, "Cấp khu vực": 1500 / 1200 (was 3000 / 2400)', async () => {
    const r = await both('cum-2025.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', HEAD, ...cum('Vĩnh Long', 'Cần Thơ', 'Cấp khu vực')]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(CUM_OUT('Vĩnh Long', 'Cần Thơ'));
  });

  it('"Cộng cấp huyện", no marks, the Cục\'s name: the same', async () => {
    const lines = cum('Cục THADS tỉnh Bến Tre', 'Cục THADS tỉnh Trà Vinh', 'Cong cap huyen').map((l) => l.replace('Cấp tỉnh', 'cap tinh'));
    const r = await both('cum-2019.csv', [T19, HEAD, ...lines]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(CUM_OUT('Cục THADS tỉnh Bến Tre', 'Cục THADS tỉnh Trà Vinh'));
  });

  it('upper case "CẤP TỈNH" / "CẤP HUYỆN": the same', async () => {
    const lines = cum('Bến Tre', 'Trà Vinh', 'CẤP HUYỆN').map((l) => l.replace('Cấp tỉnh', 'CẤP TỈNH'));
    const r = await both('cum-2019.csv', [T19, HEAD, ...lines]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(CUM_OUT('Bến Tre', 'Trà Vinh'));
  });

  it('"Cấp tỉnh" alone under each province is its part: 1500 / 1200 (was 1650 / 1310, exit 0)', async () => {
    const lines = ['I;Bến Tre;1000;800;5000;2000', ';Cấp tỉnh;100;70;2000;500', 'II;Trà Vinh;500;400;3000;1000', ';Cấp tỉnh;50;40;1000;300'];
    const r = await both('cum-2019.csv', [T19, HEAD, ...lines]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(CUM_OUT('Bến Tre', 'Trà Vinh'));
  });

  it('levels that do not add up to their province are refused at it (100 + 910 = 1010, not 1000)', async () => {
    const lines = cum('Bến Tre', 'Trà Vinh', 'Cấp huyện');
    lines[2] = ';Cấp huyện;910;730;3000;1500';
    const r = await both('cum-2019.csv', [T19, HEAD, ...lines]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:3: error: line 3 "Bến Tre" heads the rows below it as a section, but its cases with conditions 1000 is not the sum of the rows below it (1010); it is neither added nor trusted [SECTION_ROW_MISMATCH]');
  });

  it('"Cấp tỉnh" alone with more than its province (1100 > 1000) is refused at it', async () => {
    const lines = ['I;Bến Tre;1000;800;5000;2000', ';Cấp tỉnh;1100;70;2000;500', 'II;Trà Vinh;500;400;3000;1000', ';Cấp tỉnh;50;40;1000;300'];
    const r = await both('cum-2019.csv', [T19, HEAD, ...lines]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:3: error: line 3 "Bến Tre" heads the rows below it as a section, but its cases with conditions 1000 is not the sum of the rows below it (1100)');
  });
});

describe('a Cục\'s own level under "Trong đó:" or bulleted under its row (work77a 02): refused', () => {
  const NOT_AN_OFFICE = (line: number, name: string, how: string) =>
    `FILE:${line}:2: error: "${name}" is a level of the office row above it (${how}): a part of that row's figures, no office, and it would be added as an office [NOT_AN_OFFICE]`;

  it('"Trong đó:" then "Cấp tỉnh" under each Cục (was 3300 / 2360 for 3000 / 2200, exit 0)', async () => {
    const lines = ['1;Cục THADS TP Hà Nội;2000;1500;9000;4000', ';Trong đó:;;;;', ';Cấp tỉnh;200;100;3000;1000', '2;Cục THADS tỉnh Thừa Thiên Huế;300;200;1000;500', ';Trong đó:;;;;', ';Cấp tỉnh;30;20;400;100'];
    const r = await both('tong-cuc-2024.csv', [T24, HEAD, ...lines]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(NOT_AN_OFFICE(5, 'Cấp tỉnh', 'under "Trong đó:"'));
  });

  it('"- Cấp tỉnh" bulleted under each province, a Tỉnh column (was 3300 / 2360, exit 0)', async () => {
    const head = 'STT;Tỉnh;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
    const lines = ['1;Hà Nội;2000;1500;9000;4000', ';- Cấp tỉnh;200;100;3000;1000', '2;Huế;300;200;1000;500', ';- Cấp tỉnh;30;20;400;100'];
    const r = await both('tong-cuc-2024.csv', [T24, head, ...lines]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(NOT_AN_OFFICE(4, '- Cấp tỉnh', 'bulleted'));
  });

  it('2025: Huế split "Trong đó: Cấp tỉnh / Cấp khu vực" beside Đắk Lắk by its unmarked former provinces (was 1300 for 1000, exit 0)', async () => {
    const head = 'STT;Tỉnh;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
    const lines = ['1;Huế;300;200;1000;500', ';Trong đó:;;;;', ';Cấp tỉnh;30;20;400;100', ';Cấp khu vực;270;180;600;400', '2;Đắk Lắk;700;500;4000;1000', ';Trong đó:;;;;', ';Đắk Lắk;450;300;2500;600', ';Phú Yên;250;200;1500;400'];
    const r = await both('theo-tinh-2025.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025 THEO TỈNH', head, ...lines]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(NOT_AN_OFFICE(5, 'Cấp tỉnh', 'under "Trong đó:"'));
  });
});

describe('over-reach: tables that read right before read the same', () => {
  const ND = ['CỤC THADS TỈNH NAM ĐỊNH', T19];
  const HEAD2 = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong';

  it('Roman provinces without levels stay the provinces: 2900 / 2200', async () => {
    // 2000 + 900 = 2900, 1500 + 700 = 2200 (75,86 %); 9000 + 5000 = 14000, 4000 + 2100 = 6100
    const r = await both('toan-quoc-2024.csv', [T24, HEAD, 'I;Hà Nội;2000;1500;9000;4000', 'II;Hải Phòng;900;700;5000;2100']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Hà Nội|2000|1500|75.00|2/2|9000|4000', 'Hải Phòng|900|700|77.78|1/2|5000|2100', 'TOTAL|2900|2200|75.86|/|14000|6100']);
  });

  it('"Tổng cộng" on top, "Trong đó:", then the levels: the levels are the offices, 600 / 500', async () => {
    // Cấp tỉnh 100 + Cấp huyện 500 = 600, 90 + 410 = 500 (83,33 %)
    const r = await both('Nam Dinh 2019.csv', [...ND, HEAD2, ';Tổng cộng;600;500', ';Trong đó:;;', ';Cấp tỉnh;100;90', ';Cấp huyện;500;410']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).map((l) => l.split('|').slice(0, 4).join('|'))).toEqual(['Cấp tỉnh|100|90|90.00', 'Cấp huyện|500|410|82.00', 'TOTAL|600|500|83.33']);
  });

  it('a Cục\'s offices, "Cộng cấp huyện" under its Chi cục and "Tổng cộng": 600 / 500', async () => {
    // Cộng cấp huyện 210 + 290 = 500, 170 + 240 = 410; Tổng cộng 100 + 500 = 600, 90 + 410 = 500
    const lines = ['1;Cấp tỉnh;100;90', '2;Chi cục THADS huyện Mỹ Lộc;210;170', '3;Chi cục THADS huyện Vụ Bản;290;240', ';Cộng cấp huyện;500;410', ';Tổng cộng;600;500'];
    const r = await both('Nam Dinh 2019.csv', [...ND, HEAD2, ...lines]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).map((l) => l.split('|').slice(0, 3).join('|'))).toEqual(['Chi cục THADS huyện Mỹ Lộc|210|170', 'Chi cục THADS huyện Vụ Bản|290|240', 'Cấp tỉnh|100|90', 'TOTAL|600|500']);
  });

  it('"I | Cấp tỉnh", "II | Cấp huyện" over the Chi cục rows: 600 / 500', async () => {
    const lines = ['I;Cấp tỉnh;100;90', 'II;Cấp huyện;500;410', '1;Chi cục THADS huyện Mỹ Lộc;210;170', '2;Chi cục THADS huyện Vụ Bản;290;240', ';Tổng cộng;600;500'];
    const r = await both('Nam Dinh 2019.csv', [...ND, HEAD2, ...lines]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).at(-1)!.split('|').slice(0, 3).join('|')).toBe('TOTAL|600|500');
    expect(rows(r.stdout)).toHaveLength(4);
  });
});
