// A Cục's Biểu closing with its total and the split by level right under it ("Tổng cộng", then
// "Trong đó:" or nothing or bullets, "Cấp tỉnh", "Cấp huyện"), work83a 02: the levels are the
// total's breakdown, checked against it and never added (was: both added as two more offices,
// every figure doubled, ranks of 6, exit 0 with nothing on stderr). domain/declared-rows.ts
// resolveOnce levelsOfTotal; the message in collect.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { csvColumns } from '../helpers/key-rows.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { both } = bothReaders('thads-levels-below-total-', ['--format', 'csv']);
const xlsxDir = mkdtempSync(join(tmpdir(), 'thads-levels-below-total-x-'));
afterAll(() => rmSync(xlsxDir, { recursive: true, force: true }));

/** The CSV output's rows as "province|office|cases total|with conditions|resolved|rate|rank/of|money total|with conditions|resolved". */
function rows(stdout: string): string[] {
  return csvColumns(stdout, ['province', 'district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'cases_rank/cases_rank_of', 'money_total', 'money_with_conditions', 'money_resolved']);
}

const TITLE = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH';
const T19 = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const HEAD = 'STT;Đơn vị;cases_total;cases_with_conditions;cases_resolved;money_total;money_with_conditions;money_resolved';
const OFFICES = [
  '1;Văn phòng Cục;904;733;576;10292647;4668462;1836236',
  '2;Mỹ Lộc;609;509;324;9191496;3513122;1643354',
  '3;Vụ Bản;510;427;325;13534174;4821038;1131467',
  '4;Ý Yên;599;525;356;10598955;3410614;1219712',
];
// 904 + 609 + 510 + 599 = 2622; 733 + 509 + 427 + 525 = 2194; 576 + 324 + 325 + 356 = 1581;
// money 10292647 + 9191496 + 13534174 + 10598955 = 43617272; 4668462 + 3513122 + 4821038 + 3410614 = 16413236;
// 1836236 + 1643354 + 1131467 + 1219712 = 5830769.
const TOTAL = ';Tổng cộng;2622;2194;1581;43617272;16413236;5830769';
// Cấp tỉnh = Văn phòng Cục; Cấp huyện = Mỹ Lộc + Vụ Bản + Ý Yên: 609 + 510 + 599 = 1718,
// 509 + 427 + 525 = 1461, 324 + 325 + 356 = 1005, 9191496 + 13534174 + 10598955 = 33324625,
// 3513122 + 4821038 + 3410614 = 11744774, 1643354 + 1131467 + 1219712 = 3994533.
// 904 + 1718 = 2622, 733 + 1461 = 2194, 576 + 1005 = 1581, 10292647 + 33324625 = 43617272 …
const PROVINCIAL = (name = 'Cấp tỉnh', stt = '') => `${stt};${name};904;733;576;10292647;4668462;1836236`;
const DISTRICT = (name = 'Cấp huyện', stt = '') => `${stt};${name};1718;1461;1005;33324625;11744774;3994533`;

// Rates: 576/733 = 78.58, 324/509 = 63.65, 325/427 = 76.11, 356/525 = 67.81 → ranks 1, 4, 2, 3 of 4;
// total 1581/2194 = 72.06 (was 5244 / 4388 / 3162, money 87234544, ranks of 6).
const OUT = (province = 'Nam Định') => [
  `${province}|Văn phòng Cục|904|733|576|78.58|1/4|10292647|4668462|1836236`,
    `${province}|Mỹ Lộc|609|509|324|63.65|4/4|9191496|3513122|1643354`,
    `${province}|Vụ Bản|510|427|325|76.11|2/4|13534174|4821038|1131467`,
    `${province}|Ý Yên|599|525|356|67.81|3/4|10598955|3410614|1219712`,
    '|TOTAL|2622|2194|1581|72.06|/|43617272|16413236|5830769',
];

describe('levels listed below the table\'s total are its breakdown (work83a 02)', () => {
  const FILE = [TITLE, T19, HEAD, ...OFFICES, TOTAL, ';Trong đó:', PROVINCIAL(), DISTRICT()];

  it('"Tổng cộng", "Trong đó:", "Cấp tỉnh", "Cấp huyện": 2622 / 2194 / 1581, money 43617272, 4 offices (was every figure doubled, exit 0)', async () => {
    const r = await both('bao-cao-2019.csv', FILE);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(OUT());
  });

  it('xlsx: the same', async () => {
    const r = await summarizeLinesWorkbook(xlsxDir, 'bao-cao-2019.xlsx', FILE, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(OUT());
  });

  it('without "Trong đó:": the same', async () => {
    const r = await both('bao-cao-2019.csv', [TITLE, T19, HEAD, ...OFFICES, TOTAL, PROVINCIAL(), DISTRICT()]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(OUT());
  });

  it('bulleted: "-" in the STT cell, or "- Cấp tỉnh" under "Trong đó:": the same', async () => {
    const stt = await both('bao-cao-2019.csv', [TITLE, T19, HEAD, ...OFFICES, TOTAL, PROVINCIAL('Cấp tỉnh', '-'), DISTRICT('Cấp huyện', '-')]);
    expect(stt.code, stt.stderr).toBe(0);
    expect(rows(stt.stdout)).toEqual(OUT());
    const name = await both('bao-cao-2019.csv', [TITLE, T19, HEAD, ...OFFICES, TOTAL, ';Trong đó:', PROVINCIAL('- Cấp tỉnh'), DISTRICT('- Cấp huyện')]);
    expect(name.code, name.stderr).toBe(0);
    expect(rows(name.stdout)).toEqual(OUT());
  });

  it('upper case, without diacritics, "CHIA RA:", "Cấp quận, huyện", "Cộng cấp huyện": the same', async () => {
    const up = await both('bao-cao-2019.csv', [TITLE, T19, HEAD, ...OFFICES, TOTAL, ';CHIA RA:', PROVINCIAL('CAP TINH'), DISTRICT('CẤP QUẬN, HUYỆN')]);
    expect(up.code, up.stderr).toBe(0);
    expect(rows(up.stdout)).toEqual(OUT());
    const cong = await both('bao-cao-2019.csv', [TITLE, T19, HEAD, ...OFFICES, TOTAL, PROVINCIAL('CẤP TỈNH'), DISTRICT('Cộng cấp huyện')]);
    expect(cong.code, cong.stderr).toBe(0);
    expect(rows(cong.stdout)).toEqual(OUT());
  });

  it('2025, "Bao gồm:", "Cấp tỉnh", "Cấp khu vực": the same', async () => {
    const r = await both('bao-cao-2025.csv', ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', HEAD, ...OFFICES, TOTAL, ';Bao gồm:', PROVINCIAL(), DISTRICT('Cấp khu vực')]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(OUT('Ninh Bình'));
  });

  it('a Cụm table with a Tỉnh column: 2838 / 2322 / 1700 (was 5676 / 4644 / 3400, PROVINCE_UNDECIDED only)', async () => {
    const head = 'STT;Tỉnh;Đơn vị;cases_total;cases_with_conditions;cases_resolved;money_total;money_with_conditions;money_resolved';
    // 904 + 609 + 800 + 525 = 2838; 733 + 509 + 650 + 430 = 2322; 576 + 324 + 500 + 300 = 1700;
    // money 10292647 + 9191496 + 9000000 + 7000000 = 35484143; 4668462 + 3513122 + 4000000 + 3000000 = 15181584;
    // 1836236 + 1643354 + 1500000 + 1000000 = 5979590.
    // Cấp tỉnh 904 + 800 = 1704, 733 + 650 = 1383, 576 + 500 = 1076, 19292647, 8668462, 3336236;
    // Cấp huyện 609 + 525 = 1134, 509 + 430 = 939, 324 + 300 = 624, 16191496, 6513122, 2643354:
    // 1704 + 1134 = 2838, 1383 + 939 = 2322, 1076 + 624 = 1700, 19292647 + 16191496 = 35484143 …
    const lines = [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỤM THI ĐUA NĂM 2019', head,
      '1;Nam Định;Văn phòng Cục;904;733;576;10292647;4668462;1836236',
      '2;Nam Định;Mỹ Lộc;609;509;324;9191496;3513122;1643354',
      '3;Thái Bình;Văn phòng Cục;800;650;500;9000000;4000000;1500000',
      '4;Thái Bình;Kiến Xương;525;430;300;7000000;3000000;1000000',
      ';;Tổng cộng;2838;2322;1700;35484143;15181584;5979590',
      ';;Trong đó:',
      ';;Cấp tỉnh;1704;1383;1076;19292647;8668462;3336236',
      ';;Cấp huyện;1134;939;624;16191496;6513122;2643354',
    ];
    // Rates 576/733 = 78.58, 324/509 = 63.65, 500/650 = 76.92, 300/430 = 69.77 → ranks 1, 4, 2, 3;
    // total 1700/2322 = 73.21.
    const out = [
      'Nam Định|Văn phòng Cục|904|733|576|78.58|1/4|10292647|4668462|1836236',
      'Nam Định|Mỹ Lộc|609|509|324|63.65|4/4|9191496|3513122|1643354',
      'Thái Bình|Văn phòng Cục|800|650|500|76.92|2/4|9000000|4000000|1500000',
      'Thái Bình|Kiến Xương|525|430|300|69.77|3/4|7000000|3000000|1000000',
      '|TOTAL|2838|2322|1700|73.21|/|35484143|15181584|5979590',
    ];
    const r = await both('cum-2019.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(out);
    const x = await summarizeLinesWorkbook(xlsxDir, 'cum-2019.xlsx', lines, ['--format', 'csv']);
    expect(x.code, x.stderr).toBe(0);
    expect(rows(x.stdout)).toEqual(out);
  });

  it('a level that does not add up to the total: refused at the first level\'s line, nothing summed', async () => {
    // Cấp huyện 1700 (for 1718): 904 + 1700 = 2604 ≠ 2622.
    const wrong = ';Cấp huyện;1700;1461;1005;33324625;11744774;3994533';
    const r = await both('bao-cao-2019.csv', [TITLE, T19, HEAD, ...OFFICES, TOTAL, ';Trong đó:', PROVINCIAL(), wrong]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:10:3: error: "Cấp tỉnh" and the level under it are the breakdown of the total "Tổng cộng" right above them (line 8), but its cases total 2622 is not their sum 2604: the total or a level is wrong; the levels are never added [DECLARED_TOTAL_MISMATCH]');
    expect(r.stderr).toContain('thads: 1 error in the input; nothing was summed');
    const x = await summarizeLinesWorkbook(xlsxDir, 'bao-cao-2019.xlsx', [TITLE, T19, HEAD, ...OFFICES, TOTAL, ';Trong đó:', PROVINCIAL(), wrong], ['--format', 'csv']);
    expect(x.code).toBe(1);
    expect(x.stderr).toContain('[DECLARED_TOTAL_MISMATCH]');
  });
});

describe('over-reach controls: totals with no levels below them read as before', () => {
  it('a total with no breakdown below it: 2622 / 2194 / 1581', async () => {
    const r = await both('bao-cao-2019.csv', [TITLE, T19, HEAD, ...OFFICES, TOTAL]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(OUT());
  });

  it('signature lines below the levels: 2622 / 2194 / 1581', async () => {
    const r = await both('bao-cao-2019.csv', [TITLE, T19, HEAD, ...OFFICES, TOTAL, ';Trong đó:', PROVINCIAL(), DISTRICT(), '', ';Người lập biểu;;;;;;Cục trưởng', ';Nam Định, ngày 15 tháng 10 năm 2019', ';(đã ký);;;;;;(đã ký)']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(OUT());
  });

  it('a second table below the total: SECOND_TABLE at its header, as before', async () => {
    const r = await both('bao-cao-2019.csv', [TITLE, T19, HEAD, ...OFFICES, TOTAL, '', 'BIỂU SỐ 2', HEAD, ...OFFICES, TOTAL]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:11: error: a second table starts here: the header comes again below the total row "Tổng cộng" (line 8), and its rows would be added to the first table\'s [SECOND_TABLE]');
    // below the levels too
    const levels = await both('bao-cao-2019.csv', [TITLE, T19, HEAD, ...OFFICES, TOTAL, ';Trong đó:', PROVINCIAL(), DISTRICT(), '', 'BIỂU SỐ 2', HEAD, ...OFFICES, TOTAL]);
    expect(levels.code).toBe(1);
    expect(levels.stderr).toContain('FILE:14: error: a second table starts here: the header comes again below the total row "Tổng cộng" (line 8), and its rows would be added to the first table\'s [SECOND_TABLE]');
  });

  it('"Tổng cộng" on top, then "Trong đó: Cấp tỉnh / Cấp huyện", then the offices: no breakdown of a closing total, but "Cấp tỉnh" is "1 | Văn phòng Cục"\'s level line (own-office-level-line.test.ts): 2622, every line agrees', async () => {
    const r = await both('bao-cao-2019.csv', [TITLE, T19, HEAD, TOTAL, ';Trong đó:', PROVINCIAL(), DISTRICT(), ...OFFICES]);
    // (was refused at the total: "Cấp tỉnh" read as an office, 2622 + 904 = 3526)
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(OUT());
  });

  it('"Cấp tỉnh" alone under the total, equal to the row "Văn phòng Cục": that row\'s level line, checked, never added (levellines; was refused 2622 vs 3526)', async () => {
    // (the Cục's share of the total, as "Riêng Cục" / "Trong đó: Văn phòng Cục" there: the
    // work96a 01 false refusal. No row of the Cục's equal to it: refused as before, levellines.test.ts)
    const r = await both('bao-cao-2019.csv', [TITLE, T19, HEAD, ...OFFICES, TOTAL, ';Trong đó:', PROVINCIAL()]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(OUT());
  });
});
