// A closing total with its breakdown right under it — by kind of case ("Án dân sự", "Án hình
// sự", "Án tín dụng"), by office level ("Văn phòng Cục", "Chi cục") — adding up to it exactly
// (work83b 01, 03): both the rows above and the rows below matched it, both were added, every
// figure doubled, exit 0 with nothing on stderr. Now refused TOTAL_BREAKDOWN_BELOW at the total
// (domain/declared-rows.ts resolveOnce breakdownBelow; the message in collect.ts). And the
// total's levels in the other order, "Cấp huyện" over "Cấp tỉnh" (work83b 04 b): its breakdown,
// checked, never added (levelsOfTotal; was SUSPECTED_TOTAL_ROW).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { both } = bothReaders('thads-breakdown-below-total-', ['--format', 'csv']);
const dir = mkdtempSync(join(tmpdir(), 'thads-breakdown-below-total-x-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CSV output's rows as "province|office|to execute|with conditions|completed|rate|rank/of". */
function rows(stdout: string): string[] {
  return csvColumns(stdout, ['province', 'district', 'cases_to_execute', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'cases_rank/cases_rank_of']);
}

const TOP = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'STT;Đơn vị;Tổng số phải thi hành (việc);Có điều kiện (việc);Thi hành xong (việc);Đình chỉ (việc)'];
const OFFICES = ['1;Cục THADS tỉnh Nam Định;300;200;150;10', '2;Chi cục THADS TP Nam Định;700;600;500;20', '3;Chi cục THADS huyện Mỹ Lộc;400;300;250;5'];
// 300 + 700 + 400 = 1400; 200 + 600 + 300 = 1100; 150 + 500 + 250 = 900; 10 + 20 + 5 = 35 (line 7)
const TOTAL = ';Tổng cộng;1400;1100;900;35';
// by kind: 800 + 450 + 150 = 1400; 600 + 380 + 120 = 1100; 500 + 300 + 100 = 900; 20 + 10 + 5 = 35
const KINDS = (names = ['Án dân sự', 'Án hình sự', 'Án tín dụng'], stt = ['', '', '']) => [`${stt[0]};${names[0]};800;600;500;20`, `${stt[1]};${names[1]};450;380;300;10`, `${stt[2]};${names[2]};150;120;100;5`];
// by level: 300 + 1100 = 1400; 200 + 900 = 1100; 150 + 750 = 900; 10 + 25 = 35 (1100 = 700 + 400 …)
const LEVELS = (cuc = 'Văn phòng Cục', chiCuc = 'Chi cục') => [`;${cuc};300;200;150;10`, `;${chiCuc};1100;900;750;25`];

// Resolved = xong + đình chỉ: 150 + 10 = 160, 500 + 20 = 520, 250 + 5 = 255; rates over có điều
// kiện: 160/200 = 80.00, 520/600 = 86.67, 255/300 = 85.00 → ranks 3, 1, 2 of 3; total 935/1100 = 85.00.
const RIGHT = [
  'Nam Định|Cục THADS tỉnh Nam Định|300|200|160|80.00|3/3',
  'Nam Định|Chi cục THADS TP Nam Định|700|600|520|86.67|1/3',
  'Nam Định|Chi cục THADS huyện Mỹ Lộc|400|300|255|85.00|2/3',
  '|TOTAL|1400|1100|935|85.00|/',
];

const refusal = (rowsUnder: number, total = 'Tổng cộng') =>
  `FILE:7:2: error: declared total "${total}" equals the office rows above it, and the ${rowsUnder} rows under it add up to it exactly too: they are its breakdown (by kind of case, by level), not more offices; added, every figure would count twice [TOTAL_BREAKDOWN_BELOW]`;

describe('a breakdown under the closing total that adds up to it: refused, never added (work83b 01, 03)', () => {
  it('"Chia theo loại án:" then three kinds: TOTAL_BREAKDOWN_BELOW at the total, nothing summed (was 2800 / 2200 / 1800 / 70, exit 0)', async () => {
    const r = await both('bao-cao-2019.csv', [...TOP, ...OFFICES, TOTAL, ';Chia theo loại án:', ...KINDS()]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusal(3));
    expect(stderrCodes(r.stderr)).toEqual(['TOTAL_BREAKDOWN_BELOW']);
  });

  it.each([
    ['no heading line', [] as string[], KINDS()],
    ['"Phân theo loại án"', [';Phân theo loại án'], KINDS()],
    ['"Theo loại án:"', [';Theo loại án:'], KINDS()],
    ['"CHIA THEO LĨNH VỰC:"', [';CHIA THEO LĨNH VỰC:'], KINDS()],
    ['kinds lettered A, B, C', [], KINDS(undefined, ['A', 'B', 'C'])],
    ['"Việc dân sự / Việc hình sự / Việc tín dụng"', [], KINDS(['Việc dân sự', 'Việc hình sự', 'Việc tín dụng'])],
    ['"Dan su / Hinh su / Tin dung ngan hang" without diacritics', [], KINDS(['Dan su', 'Hinh su', 'Tin dung ngan hang'])],
  ])('%s: refused the same', async (_, heading, kinds) => {
    const r = await both('bao-cao-2019.csv', [...TOP, ...OFFICES, TOTAL, ...heading, ...kinds]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusal(3));
  });

  it.each([
    ['Văn phòng Cục', 'Chi cục'],
    ['Cục', 'Chi cục'],
    ['Cục THADS', 'Chi cục THADS'],
    ['Cấp Cục', 'Cấp Chi cục'],
    ['Tỉnh', 'Huyện'],
    ['VAN PHONG CUC', 'CHI CUC'],
  ])('"%s" / "%s" under the total (work83b 03): refused (was 2800, exit 0)', async (cuc, chiCuc) => {
    const r = await both('bao-cao-2019.csv', [...TOP, ...OFFICES, TOTAL, ...LEVELS(cuc, chiCuc)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusal(2));
  });

  it('an English export, "Total" over "Civil / Criminal / Credit": refused the same', async () => {
    const r = await both('report-2019.csv', [...TOP, ...OFFICES, ';Total;1400;1100;900;35', ';Civil;800;600;500;20', ';Criminal;450;380;300;10', ';Credit;150;120;100;5']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal(3, 'Total'));
  });

  it('xlsx: the same', async () => {
    const r = await summarizeLinesWorkbook(dir, 'bao-cao-2019.xlsx', [...TOP, ...OFFICES, TOTAL, ';Chia theo loại án:', ...KINDS()], ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['TOTAL_BREAKDOWN_BELOW']);
  });

  it('--accept-total-mismatch does not excuse it (it would print every figure twice)', async () => {
    const r = await both('bao-cao-2019.csv', [...TOP, ...OFFICES, TOTAL, ...KINDS()], ['--format', 'csv', '--accept-total-mismatch']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['TOTAL_BREAKDOWN_BELOW']);
  });

  it('check: exit 1 (was exit 0)', async () => {
    const file = join(dir, 'check-2019.csv');
    writeFileSync(file, `${[...TOP, ...OFFICES, TOTAL, ...KINDS()].join('\n')}\n`);
    const { io, stdout, stderr } = memoryIo(['check', file], { env: {} });
    expect(await main(io)).toBe(1);
    expect(stderr() + stdout()).toContain('[TOTAL_BREAKDOWN_BELOW]');
  });
});

describe('the total\'s levels with "Cấp huyện" first (work83b 04 b)', () => {
  it('"Trong đó:", "Cấp huyện", "Cấp tỉnh": 1400 / 1100 / 935, 3 offices (was SUSPECTED_TOTAL_ROW)', async () => {
    const r = await both('bao-cao-2019.csv', [...TOP, ...OFFICES, TOTAL, ';Trong đó:', ';Cấp huyện;1100;900;750;25', ';Cấp tỉnh;300;200;150;10']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('without "Trong đó:", xlsx: the same', async () => {
    const lines = [...TOP, ...OFFICES, TOTAL, ';Cấp huyện;1100;900;750;25', ';Cấp tỉnh;300;200;150;10'];
    const r = await both('bao-cao-2019.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
    const x = await summarizeLinesWorkbook(dir, 'bao-cao-2019.xlsx', lines, ['--format', 'csv']);
    expect(x.code, x.stderr).toBe(0);
    expect(rows(x.stdout)).toEqual(RIGHT);
  });

  it('levels that do not add up (Cấp huyện 1000: 1000 + 300 = 1300 ≠ 1400): refused at "Cấp huyện", never added', async () => {
    const r = await both('bao-cao-2019.csv', [...TOP, ...OFFICES, TOTAL, ';Trong đó:', ';Cấp huyện;1000;900;750;25', ';Cấp tỉnh;300;200;150;10']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:9:3: error: "Cấp huyện" and the level under it are the breakdown of the total "Tổng cộng" right above them (line 7), but its cases to execute 1400 is not their sum 1300');
  });
});

describe('each province\'s closing subtotal with its levels, the next province below (work83b 02)', () => {
  const HEAD = 'STT;Đơn vị;Tổng số phải thi hành (việc);Có điều kiện (việc);Thi hành xong (việc);Đình chỉ (việc)';
  // Nam Định: 300 + 700 + 400 = 1400, 1100, 900, 35; levels 300 + 1100 = 1400, 200 + 900 = 1100,
  // 150 + 750 = 900, 10 + 25 = 35. Ninh Bình: 200 + 500 = 700, 150 + 400 = 550, 100 + 300 = 400,
  // 5 + 10 = 15; levels 200 + 500 = 700, 150 + 400 = 550, 100 + 300 = 400, 5 + 10 = 15.
  const FILE = (trongDo: boolean, lowerNd = ';Cấp huyện;1100;900;750;25', closeNd = ';Cộng tỉnh Nam Định;1400;1100;900;35') => [
    'TỔNG CỤC THI HÀNH ÁN DÂN SỰ',
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019 (PHỤ LỤC 2: SỐ LIỆU THEO ĐƠN VỊ)',
    HEAD,
    'I;Tỉnh Nam Định;;;;',
    ...OFFICES,
    closeNd,
    ...(trongDo ? [';Trong đó:;;;;'] : []),
    ';Cấp tỉnh;300;200;150;10',
    lowerNd,
    'II;Tỉnh Ninh Bình;;;;',
    '1;Cục THADS tỉnh Ninh Bình;200;150;100;5',
    '2;Chi cục THADS TP Ninh Bình;500;400;300;10',
    ';Cộng tỉnh Ninh Bình;700;550;400;15',
    ...(trongDo ? [';Trong đó:;;;;'] : []),
    ';Cấp tỉnh;200;150;100;5',
    ';Cấp huyện;500;400;300;10',
  ];
  // Resolved 160, 520, 255; Ninh Bình 100 + 5 = 105 (105/150 = 70.00), 300 + 10 = 310 (310/400 =
  // 77.50). Ranks: 86.67, 85.00, 80.00, 77.50, 70.00. Total 2100 / 1650, resolved 935 + 415 = 1350,
  // 1350/1650 = 81.82 (was 4200 / 3300 / 2700, 8 offices).
  const OUT = [
    'Nam Định|Cục THADS tỉnh Nam Định|300|200|160|80.00|3/5',
    'Nam Định|Chi cục THADS TP Nam Định|700|600|520|86.67|1/5',
    'Nam Định|Chi cục THADS huyện Mỹ Lộc|400|300|255|85.00|2/5',
    'Ninh Bình|Cục THADS tỉnh Ninh Bình|200|150|105|70.00|5/5',
    'Ninh Bình|Chi cục THADS TP Ninh Bình|500|400|310|77.50|4/5',
    '|TOTAL|2100|1650|1350|81.82|/',
  ];

  it('"Cộng tỉnh X", "Trong đó:", "Cấp tỉnh", "Cấp huyện" under each province: 2100 / 1650 / 1350, 5 offices', async () => {
    const r = await both('phu-luc-2019.csv', FILE(true));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(OUT);
  });

  it('without "Trong đó:", and xlsx: the same', async () => {
    const r = await both('phu-luc-2019.csv', FILE(false));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(OUT);
    const x = await summarizeLinesWorkbook(dir, 'phu-luc-2019.xlsx', FILE(true), ['--format', 'csv']);
    expect(x.code, x.stderr).toBe(0);
    expect(rows(x.stdout)).toEqual(OUT);
  });

  it('the grand "Tổng cộng" right after the last province\'s levels (work84b 04: was DECLARED_TOTAL_MISMATCH): the same, and xlsx', async () => {
    // 1400 + 700 = 2100, 1100 + 550 = 1650, 900 + 400 = 1300, 35 + 15 = 50
    const file = [...FILE(true), ';Tổng cộng;2100;1650;1300;50'];
    const r = await both('phu-luc-2019.csv', file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(OUT);
    const x = await summarizeLinesWorkbook(dir, 'phu-luc-2019.xlsx', [...FILE(false), ';Tổng cộng;2100;1650;1300;50'], ['--format', 'csv']);
    expect(x.code, x.stderr).toBe(0);
    expect(rows(x.stdout)).toEqual(OUT);
  });

  it('a wrong grand "Tổng cộng" there (2200 for 2100) is refused at it', async () => {
    const r = await both('phu-luc-2019.csv', [...FILE(true), ';Tổng cộng;2200;1650;1300;50']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('declared total "Tổng cộng" has cases to execute 2200, but the office rows add up to 2100');
  });

  it('Nam Định\'s levels not adding up (Cấp huyện 1000: 300 + 1000 = 1300 ≠ 1400): refused, nothing summed', async () => {
    const r = await both('phu-luc-2019.csv', FILE(true, ';Cấp huyện;1000;900;750;25'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toContain('DECLARED_TOTAL_MISMATCH');
  });
});

describe('controls: ordinary files read as before', () => {
  it('the total with nothing below it: 1400 / 1100 / 935', async () => {
    const r = await both('bao-cao-2019.csv', [...TOP, ...OFFICES, TOTAL]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('"Tổng cộng" on top over the offices: 1400 / 1100 / 935', async () => {
    const r = await both('bao-cao-2019.csv', [...TOP, TOTAL, ...OFFICES]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('signature lines under the total: 1400 / 1100 / 935', async () => {
    const r = await both('bao-cao-2019.csv', [...TOP, ...OFFICES, TOTAL, '', ';Người lập biểu;;;Cục trưởng', ';(đã ký);;;(đã ký)']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('two parts each closed by its own "Tổng cộng" of equal figures: both parts summed, 2800 (as before)', async () => {
    // part 2: Vụ Bản 900 + Ý Yên 500 = 1400; 700 + 400 = 1100; 600 + 300 = 900; 25 + 10 = 35.
    // Resolved 625 + 310 = 935 → total 1400 + 1400 = 2800, 2200, 935 + 935 = 1870; 1870/2200 = 85.00.
    const r = await both('bao-cao-2019.csv', [...TOP, ...OFFICES, TOTAL, '4;Chi cục THADS huyện Vụ Bản;900;700;600;25', '5;Chi cục THADS huyện Ý Yên;500;400;300;10', TOTAL]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).at(-1)).toBe('|TOTAL|2800|2200|1870|85.00|/');
  });

  it('rows under the total that do not add up to it (two kinds only: 800 + 450 = 1250): DECLARED_TOTAL_MISMATCH as before', async () => {
    const r = await both('bao-cao-2019.csv', [...TOP, ...OFFICES, TOTAL, ...KINDS().slice(0, 2)]);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('DECLARED_TOTAL_MISMATCH');
    expect(stderrCodes(r.stderr)).not.toContain('TOTAL_BREAKDOWN_BELOW');
  });

  it('a second table under the total: SECOND_TABLE as before', async () => {
    const r = await both('bao-cao-2019.csv', [...TOP, ...OFFICES, TOTAL, '', 'BIỂU SỐ 2', TOP[2]!, ...OFFICES, TOTAL]);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['SECOND_TABLE']);
  });
});
