// A Tổng cục's or Cụm's table whose provinces are rows numbered as sections ("I | Nam Định | 1000")
// over their Cục's lines: work79a 01, an unnumbered level "Cấp tỉnh" (the Cục's own office), maybe
// "Cấp huyện", then the Chi cục numbered 1, 2…: the section row is their subtotal, checked, never
// added, and each "Cấp tỉnh" is its section's province's (was: the province rows added beside them
// and both "Cấp tỉnh" summed as one office, every total doubled, exit 0). work79a 04: the province's
// levels under "Trong đó:" or bulleted ("- Cấp tỉnh") are its parts as plain ones are (was refused
// NOT_AN_OFFICE). domain/declared-rows.ts resolveOnce levelOf; input/list-structure.ts see;
// input/read-csv.ts (a level's province).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const ARGS = ['--year', '2019', '--format', 'csv'];
const { both } = bothReaders('thads-sections-levels-', ARGS);
const xlsxDir = mkdtempSync(join(tmpdir(), 'thads-sections-levels-x-'));
afterAll(() => rmSync(xlsxDir, { recursive: true, force: true }));

/** The CSV output's rows as "province|office|cases with conditions|resolved|rate|rank/of|money with conditions|resolved". */
function rows(stdout: string): string[] {
  const [head, ...lines] = stdout.trim().split('\n');
  const at = (name: string) => head!.split(',').indexOf(name);
  return lines.map((l) => {
    const c = l.split(',');
    const v = (k: string) => c[at(k)];
    return `${v('province')}|${v('district')}|${v('cases_with_conditions')}|${v('cases_resolved')}|${v('cases_rate')}|${v('cases_rank')}/${v('cases_rank_of')}|${v('money_with_conditions')}|${v('money_resolved')}`;
  });
}

const HEAD = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
const HEAD4 = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong';

describe('Roman province sections over an unnumbered "Cấp tỉnh" and their Chi cục (work79a 01)', () => {
  // Nam Định: 210 + 310 + 480 = 1000, 150 + 200 + 350 = 700, 1200000 + 1500000 + 2300000 = 5000000,
  // 500000 + 700000 + 900000 = 2100000. Hà Nam: 520 + 880 + 600 = 2000, 300 + 600 + 400 = 1300,
  // 3000000 + 3600000 + 2400000 = 9000000, 1300000 + 1700000 + 1000000 = 4000000.
  const TONG_CUC = [
    HEAD,
    'I;Nam Định;1000;700;5000000;2100000', ';Cấp tỉnh;210;150;1200000;500000', '1;TP Nam Định;310;200;1500000;700000', '2;Mỹ Lộc;480;350;2300000;900000',
    'II;Hà Nam;2000;1300;9000000;4000000', ';Cấp tỉnh;520;300;3000000;1300000', '1;Phủ Lý;880;600;3600000;1700000', '2;Duy Tiên;600;400;2400000;1000000',
  ];
  // Rates: 200/310 = 64.52, 350/480 = 72.92, 600/880 = 68.18, 400/600 = 66.67, 150/210 = 71.43,
  // 300/520 = 57.69 → ranks 5, 1, 3, 4, 2, 6 of 6. Total 1000 + 2000 = 3000 (was 6000), 700 + 1300 =
  // 2000 (was 4000) → 66.67; money 5000000 + 9000000 = 14000000, 2100000 + 4000000 = 6100000.
  // (the declared rows read as offices come after the others, as they always have)
  const TONG_CUC_OUT = [
    'Nam Định|TP Nam Định|310|200|64.52|5/6|1500000|700000',
    'Nam Định|Mỹ Lộc|480|350|72.92|1/6|2300000|900000',
    'Hà Nam|Phủ Lý|880|600|68.18|3/6|3600000|1700000',
    'Hà Nam|Duy Tiên|600|400|66.67|4/6|2400000|1000000',
    'Nam Định|Cấp tỉnh|210|150|71.43|2/6|1200000|500000',
    'Hà Nam|Cấp tỉnh|520|300|57.69|6/6|3000000|1300000',
    '|TOTAL|3000|2000|66.67|/|14000000|6100000',
  ];

  it('3000 / 2000, 14000000 / 6100000, two "Cấp tỉnh" of two provinces (was 6000 / 4000, one "Cấp tỉnh" 730, exit 0)', async () => {
    const r = await both('tong-cuc-2019.csv', TONG_CUC);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(TONG_CUC_OUT);
  });

  it('--by province: Nam Định 1000 / 700, Hà Nam 2000 / 1300 (was 790 / 550, 1480 / 1000 and 3730 without a province)', async () => {
    const r = await both('tong-cuc-2019.csv', TONG_CUC, [...ARGS, '--by', 'province']);
    expect(r.code, r.stderr).toBe(0);
    // 1000/700 = 70.00, 2000/1300 → 65.00
    expect(rows(r.stdout)).toEqual(['Nam Định||1000|700|70.00|1/2|5000000|2100000', 'Hà Nam||2000|1300|65.00|2/2|9000000|4000000', '|TOTAL|3000|2000|66.67|/|14000000|6100000']);
  });

  // "Cấp tỉnh" 210 / 150, "Cấp huyện" 310 + 480 = 790, 200 + 350 = 550 over its Chi cục; Nam Định
  // 210 + 790 = 1000, 150 + 550 = 700. Hà Nam 520 + 1480 = 2000 (1480 = 880 + 600), 300 + 1000 = 1300.
  const levelsLines = (n1: string, n2: string, top: string, lower: string) => [
    HEAD4,
    `${n1};Nam Định;1000;700`, `;${top};210;150`, `;${lower};790;550`, '1;TP Nam Định;310;200', '2;Mỹ Lộc;480;350',
    `${n2};Hà Nam;2000;1300`, `;${top};520;300`, `;${lower};1480;1000`, '1;Phủ Lý;880;600', '2;Duy Tiên;600;400',
  ];
  const LEVELS_OUT = (top: string) => [
    'Nam Định|TP Nam Định|310|200|64.52|5/6||',
    'Nam Định|Mỹ Lộc|480|350|72.92|1/6||',
    'Hà Nam|Phủ Lý|880|600|68.18|3/6||',
    'Hà Nam|Duy Tiên|600|400|66.67|4/6||',
    `Nam Định|${top}|210|150|71.43|2/6||`,
    `Hà Nam|${top}|520|300|57.69|6/6||`,
    '|TOTAL|3000|2000|66.67|/||',
  ];

  it('"Cấp tỉnh" and "Cấp huyện" over the Chi cục: 3000 / 2000 (was 6000 / 4000)', async () => {
    const r = await both('tong-cuc-2019.csv', levelsLines('I', 'II', 'Cấp tỉnh', 'Cấp huyện'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(LEVELS_OUT('Cấp tỉnh'));
  });

  it('xlsx: the same', async () => {
    const r = await summarizeLinesWorkbook(xlsxDir, 'tong-cuc-2019.xlsx', levelsLines('I', 'II', 'Cấp tỉnh', 'Cấp huyện'), ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(LEVELS_OUT('Cấp tỉnh'));
  });

  it('lettered A, B; no diacritics; upper case: the same', async () => {
    for (const [n1, n2, top, lower] of [['A', 'B', 'Cấp tỉnh', 'Cấp huyện'], ['I', 'II', 'Cap tinh', 'Cap huyen'], ['I', 'II', 'CẤP TỈNH', 'CỘNG CẤP HUYỆN']]) {
      const r = await both('tong-cuc-2019.csv', levelsLines(n1!, n2!, top!, lower!));
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual(LEVELS_OUT(top!));
    }
  });

  it('"Cấp tỉnh" over its "Văn phòng Cục", "Cấp huyện" over its Chi cục: 3000 / 2000 (was 6000 / 4000)', async () => {
    // Nam Định: Văn phòng Cục 210 + 310 + 480 = 1000; Hà Nam 520 + 880 + 600 = 2000; each level its subtotal.
    const lines = [
      HEAD4,
      'I;Nam Định;1000;700', ';Cấp tỉnh;210;150', ';Văn phòng Cục;210;150', ';Cấp huyện;790;550', '1;TP Nam Định;310;200', '2;Mỹ Lộc;480;350',
      'II;Hà Nam;2000;1300', ';Cấp tỉnh;520;300', ';Văn phòng Cục;520;300', ';Cấp huyện;1480;1000', '1;Phủ Lý;880;600', '2;Duy Tiên;600;400',
    ];
    const r = await both('tong-cuc-2019.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([
      'Nam Định|Văn phòng Cục|210|150|71.43|2/6||',
      'Nam Định|TP Nam Định|310|200|64.52|5/6||',
      'Nam Định|Mỹ Lộc|480|350|72.92|1/6||',
      'Hà Nam|Văn phòng Cục|520|300|57.69|6/6||',
      'Hà Nam|Phủ Lý|880|600|68.18|3/6||',
      'Hà Nam|Duy Tiên|600|400|66.67|4/6||',
      '|TOTAL|3000|2000|66.67|/||',
    ]);
  });

  it('a section that is not the sum of its "Cấp tỉnh" and Chi cục is refused at it (210 + 310 + 490 = 1010, not 1000)', async () => {
    const lines = TONG_CUC.slice();
    lines[4] = '2;Mỹ Lộc;490;350;2300000;900000';
    const r = await both('tong-cuc-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2:3: error: line 2 "Nam Định" heads the rows below it as a section, but its cases with conditions 1000 is not the sum of the rows below it (1010); it is neither added nor trusted [SECTION_ROW_MISMATCH]');
  });

  describe('over-reach controls: read as before', () => {
    it('"Văn phòng Cục" instead of "Cấp tỉnh": 3000 / 2000', async () => {
      const r = await both('tong-cuc-2019.csv', TONG_CUC.map((l) => l.replace(';Cấp tỉnh;', ';Văn phòng Cục;')));
      expect(r.code, r.stderr).toBe(0);
      // the same figures, Văn phòng Cục in file order: 71.43 rank 2, 57.69 rank 6 as above
      expect(rows(r.stdout)).toEqual([
        'Nam Định|Văn phòng Cục|210|150|71.43|2/6|1200000|500000',
        TONG_CUC_OUT[0], TONG_CUC_OUT[1],
        'Hà Nam|Văn phòng Cục|520|300|57.69|6/6|3000000|1300000',
        TONG_CUC_OUT[2], TONG_CUC_OUT[3], TONG_CUC_OUT[6],
      ]);
    });

    it('"1 | Cấp tỉnh" numbered with its Chi cục 2, 3: 3000 / 2000', async () => {
      const lines = ['I;Nam Định;1000;700', '1;Cấp tỉnh;210;150', '2;TP Nam Định;310;200', '3;Mỹ Lộc;480;350', 'II;Hà Nam;2000;1300', '1;Cấp tỉnh;520;300', '2;Phủ Lý;880;600', '3;Duy Tiên;600;400'];
      const r = await both('tong-cuc-2019.csv', [HEAD4, ...lines]);
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual([
        'Nam Định|Cấp tỉnh|210|150|71.43|2/6||', 'Nam Định|TP Nam Định|310|200|64.52|5/6||', 'Nam Định|Mỹ Lộc|480|350|72.92|1/6||',
        'Hà Nam|Cấp tỉnh|520|300|57.69|6/6||', 'Hà Nam|Phủ Lý|880|600|68.18|3/6||', 'Hà Nam|Duy Tiên|600|400|66.67|4/6||',
        '|TOTAL|3000|2000|66.67|/||',
      ]);
    });

    it('"I | Các Chi cục | 790" over its Chi cục, the Cục\'s "Cấp tỉnh" below them: the section 310 + 480 = 790, total 790 + 210 = 1000', async () => {
      const r = await both('nam-dinh-2019.csv', [HEAD4, 'I;Các Chi cục;790;550', '1;TP Nam Định;310;200', '2;Mỹ Lộc;480;350', ';Cấp tỉnh;210;150']);
      expect(r.code, r.stderr).toBe(0);
      // 150 + 200 + 350 = 700 → 70.00; 200/310 = 64.52, 350/480 = 72.92, 150/210 = 71.43 (Nam Định: the file's name)
      expect(rows(r.stdout)).toEqual(['Nam Định|TP Nam Định|310|200|64.52|3/3||', 'Nam Định|Mỹ Lộc|480|350|72.92|1/3||', 'Nam Định|Cấp tỉnh|210|150|71.43|2/3||', '|TOTAL|1000|700|70.00|/||']);
    });
  });
});

describe('a Roman province\'s levels under "Trong đó:" or bulleted (work79a 04): its parts, as plain ones', () => {
  // Nam Định 200 + 800 = 1000, 150 + 550 = 700 → 70.00; Hà Nam 500 + 1500 = 2000, 300 + 1000 = 1300
  // → 65.00; total 1000 + 2000 = 3000 = "Tổng cộng", 700 + 1300 = 2000 → 66.67.
  const OUT = ['|Nam Định|1000|700|70.00|1/2||', '|Hà Nam|2000|1300|65.00|2/2||', '|TOTAL|3000|2000|66.67|/||'];
  const file = (mark: (level: string) => string, ofWhich: string | null) => [
    HEAD4, ';Tổng cộng;3000;2000',
    'I;Nam Định;1000;700', ...(ofWhich === null ? [] : [`;${ofWhich};;`]), mark('Cấp tỉnh;200;150'), mark('Cấp huyện;800;550'),
    'II;Hà Nam;2000;1300', ...(ofWhich === null ? [] : [`;${ofWhich};;`]), mark('Cấp tỉnh;500;300'), mark('Cấp huyện;1500;1000'),
  ];

  it('"-" in the STT column: 3000 / 2000 (was refused NOT_AN_OFFICE)', async () => {
    const r = await both('tong-cuc-2019.csv', file((l) => `-;${l}`, null));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(OUT);
  });

  it('"- Cấp tỉnh" in the name cell: the same', async () => {
    const r = await both('tong-cuc-2019.csv', file((l) => `;- ${l}`, null));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(OUT);
  });

  it('"Trong đó:" above plain levels; "Trong do:" above bulleted ones without diacritics: the same', async () => {
    let r = await both('tong-cuc-2019.csv', file((l) => `;${l}`, 'Trong đó:'));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(OUT);
    r = await both('tong-cuc-2019.csv', file((l) => `;- ${l.replace('Cấp tỉnh', 'Cap tinh').replace('Cấp huyện', 'Cap huyen')}`, 'Trong do:'));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(OUT);
  });

  it('xlsx, "Trong đó:": the same', async () => {
    const r = await summarizeLinesWorkbook(xlsxDir, 'tong-cuc-2019.xlsx', file((l) => `;${l}`, 'Trong đó:'), ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(OUT);
  });

  it('bulleted levels that do not add up to their province are refused at it (200 + 810 = 1010, not 1000)', async () => {
    const lines = file((l) => `-;${l}`, null);
    lines[4] = '-;Cấp huyện;810;550';
    const r = await both('tong-cuc-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:3: error: line 3 "Nam Định" heads the rows below it as a section, but its cases with conditions 1000 is not the sum of the rows below it (1010); it is neither added nor trusted [SECTION_ROW_MISMATCH]');
  });

  it('control: a Cục numbered as an item "1" with "Trong đó:" over its "Cấp tỉnh" is still refused at the level (work77a 02)', async () => {
    const lines = [HEAD4, '1;Cục THADS tỉnh Nam Định;1000;700', ';Trong đó:;;', ';Cấp tỉnh;200;150', '2;Cục THADS tỉnh Hà Nam;2000;1300'];
    const r = await both('tong-cuc-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:2: error: "Cấp tỉnh" is a level of the office row above it (under "Trong đó:"): a part of that row\'s figures, no office, and it would be added as an office [NOT_AN_OFFICE]');
  });
});
