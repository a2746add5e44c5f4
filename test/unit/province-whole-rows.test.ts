// A Cụm thi đua report without a Tỉnh column whose province blocks each OPEN with the province's
// own row of figures, labelled as its whole: "I | Tiền Giang (toàn tỉnh) | 1130 | 900 | 811",
// "Toàn tỉnh Tiền Giang", "Tỉnh Tiền Giang (toàn tỉnh)", "Cộng tỉnh Tiền Giang" on top. Before:
// read as totals (or "Cộng tỉnh" as closing the block above), the two provinces' "Châu Thành"
// were one office of 801/600/541 (exit 0, DUPLICATE_OFFICE only) — or with "Cộng tỉnh" on top,
// Tiền Giang's offices were given to Bến Tre. Now the row gives its province to the rows below it
// down to the next, and is checked as their subtotal (province-rows.ts, row-labels.ts provinceOfWhole).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { provinceOfWhole } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';
import { clusterRows, FOUR_OFFICES } from '../helpers/cluster-offices.js';

const { both } = bothReaders('thads-province-whole-', ['--format', 'csv']);
const byProvince = bothReaders('thads-province-whole-p-', ['--by', 'province', '--format', 'csv']);
const xlsxDir = mkdtempSync(join(tmpdir(), 'thads-province-whole-x-'));
afterAll(() => rmSync(xlsxDir, { recursive: true, force: true }));

const HEAD = [
  'CỤM THI ĐUA SỐ 8 - CÁC TỈNH ĐỒNG BẰNG SÔNG CỬU LONG',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019',
  'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong',
];
const TG = ['1;Châu Thành;401;300;271', '2;Cái Bè;729;600;540'];
const BT = ['1;Châu Thành;400;300;270', '2;Ba Tri;600;500;450'];
const TOTAL = ';Tổng cộng;2130;1700;1531';

/** The cluster's file, `tg` and `bt` (STT;name) opening the blocks with the provinces' figures. */
function cluster(tg: string, bt: string, tgFigures = '1130;900;811', btFigures = '1000;800;720'): string[] {
  return [...HEAD, `${tg};${tgFigures}`, ...TG, `${bt};${btFigures}`, ...BT, TOTAL];
}

// (the four offices by hand: test/helpers/cluster-offices.ts)
const rows = clusterRows;
const FOUR = FOUR_OFFICES;

describe('a province\'s whole on top of its block gives its offices its province', () => {
  it.each([
    ['I;Tiền Giang (toàn tỉnh)', 'II;Bến Tre (toàn tỉnh)'],
    [';Tiền Giang (toàn tỉnh)', ';Bến Tre (toàn tỉnh)'],
    ['I;Toàn tỉnh Tiền Giang', 'II;Toàn tỉnh Bến Tre'],
    [';Tỉnh Tiền Giang (toàn tỉnh)', ';Tỉnh Bến Tre (toàn tỉnh)'],
    ['I;TIỀN GIANG (TOÀN TỈNH)', 'II;BẾN TRE (TOÀN TỈNH)'],
    [';Tien Giang (toan tinh)', ';Ben Tre (toan tinh)'],
    [';Tỉnh Tiền Giang - Toàn tỉnh', ';Tỉnh Bến Tre - Toàn tỉnh'],
    [';Cộng tỉnh Tiền Giang', ';Cộng tỉnh Bến Tre'],
    ['I;Cộng tỉnh Tiền Giang', 'II;Cộng Bến Tre'],
    [';Tien Giang province total', ';Ben Tre province total'],
    // (read so before: the province's name with figures, province-rows.ts)
    [';TỈNH TIỀN GIANG', ';TỈNH BẾN TRE'],
  ])('%s / %s: four offices in two provinces', async (tg, bt) => {
    const r = await both('cum-thi-dua-8-2019.csv', cluster(tg, bt));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(FOUR);
    expect(r.stderr).not.toContain('DUPLICATE_OFFICE');
  });

  it('under a total on top ("Tổng cộng" first) the blocks are read the same', async () => {
    const lines = [...HEAD, TOTAL, 'I;Tiền Giang (toàn tỉnh);1130;900;811', ...TG, 'II;Bến Tre (toàn tỉnh);1000;800;720', ...BT];
    const r = await both('cum-thi-dua-8-2019.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(FOUR);
  });

  it('--by province: each province counted once, Tiền Giang 1130/900/811, Bến Tre 1000/800/720', async () => {
    const r = await byProvince.both('cum-thi-dua-8-2019.csv', cluster('I;Tiền Giang (toàn tỉnh)', 'II;Bến Tre (toàn tỉnh)'));
    expect(r.code, r.stderr).toBe(0);
    // TG 401+729 = 1130, 300+600 = 900, 271+540 = 811 (811/900 = 90,11 %); BT 400+600 = 1000, 800, 720 (90,00 %)
    expect(rows(r.stdout).map((l) => l.split('|').slice(0, 6).join('|'))).toEqual([
      'Tiền Giang||1130|900|811|90.11',
      'Bến Tre||1000|800|720|90.00',
      '|TOTAL|2130|1700|1531|90.06',
    ]);
  });

  it('the province\'s row is checked against its offices: a wrong one is refused, located', async () => {
    // Tiền Giang's offices: 300 + 600 = 900 with conditions, not 910
    const r = await both('cum-thi-dua-8-2019.csv', cluster('I;Tiền Giang (toàn tỉnh)', 'II;Bến Tre (toàn tỉnh)', '1130;910;811'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:4: error: line 4 "Tiền Giang (toàn tỉnh)" heads the rows below it as a section, but its cases with conditions 910 is not the sum of the rows below it (900); it is neither added nor trusted [SECTION_ROW_MISMATCH]');
    expect(r.stdout).toBe('');
  });

  it('the last block\'s row too, closed by the total: Bến Tre 721 resolved against 270 + 450 = 720', async () => {
    const r = await both('cum-thi-dua-8-2019.csv', cluster(';Toàn tỉnh Tiền Giang', ';Toàn tỉnh Bến Tre', '1130;900;811', '1000;800;721'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:7:5: error: line 7 "Toàn tỉnh Bến Tre" heads the rows below it as a section, but its cases resolved 721 is not the sum of the rows below it (720); it is neither added nor trusted [SECTION_ROW_MISMATCH]');
  });

  it('the Cục\'s own row in each block is one of its province\'s offices, not a block of its own', async () => {
    const lines = [
      ...HEAD,
      'I;Tiền Giang (toàn tỉnh);1230;980;891', ...TG, '3;Cục THADS tỉnh Tiền Giang;100;80;80',
      'II;Bến Tre (toàn tỉnh);1000;800;720', '1;Cục THADS tỉnh Bến Tre;0;0;0', ...BT,
      ';Tổng cộng;2230;1780;1611',
    ];
    const r = await both('cum-thi-dua-8-2019.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    // TG 401+729+100 = 1230, 300+600+80 = 980, 271+540+80 = 891; BT 0+400+600 = 1000, 0+300+500 = 800, 0+270+450 = 720
    // total 2230 / 1780 / 1611, 1611/1780 = 90,51 %; Cục TG 80/80 = 100 % first, Châu Thành (TG) 90,33 % second,
    // the three at 90,00 % third; Cục Bến Tre 0/0 has no rate and no rank (5 ranked)
    expect(rows(r.stdout)).toEqual([
      'Tiền Giang|Châu Thành|401|300|271|90.33|2|5',
      'Tiền Giang|Cái Bè|729|600|540|90.00|3|5',
      'Tiền Giang|Cục THADS tỉnh Tiền Giang|100|80|80|100.00|1|5',
      'Bến Tre|Cục THADS tỉnh Bến Tre|0|0|0|||',
      'Bến Tre|Châu Thành|400|300|270|90.00|3|5',
      'Bến Tre|Ba Tri|600|500|450|90.00|3|5',
      '|TOTAL|2230|1780|1611|90.51||',
    ]);
  });

  it('xlsx: the same blocks in a workbook', async () => {
    const r = await summarizeLinesWorkbook(xlsxDir, 'cum-thi-dua-8-2019.xlsx', cluster('I;Tiền Giang (toàn tỉnh)', 'II;Bến Tre (toàn tỉnh)'), ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(FOUR);
    expect(r.stderr).not.toContain('DUPLICATE_OFFICE');
  });

  it('xlsx: a wrong province row is refused', async () => {
    const r = await summarizeLinesWorkbook(xlsxDir, 'cum-thi-dua-8-2019-sai.xlsx', cluster(';Toàn tỉnh Tiền Giang', ';Toàn tỉnh Bến Tre', '1130;910;811'), ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[SECTION_ROW_MISMATCH]');
    expect(r.stderr).toContain('"Toàn tỉnh Tiền Giang" heads the rows below it as a section, but its cases with conditions 910 is not the sum of the rows below it (900)');
  });
});

describe('over-reach: one province\'s report keeps its total', () => {
  // Châu Thành 401/300/271 (90,33 %), Cái Bè 729/600/540 (90,00 %); 1130/900/811 = 90,11 %
  const ONE = ['|Châu Thành|401|300|271|90.33|1|2', '|Cái Bè|729|600|540|90.00|2|2', '|TOTAL|1130|900|811|90.11||'];

  it.each([';Toàn tỉnh', ';Toàn tỉnh Tiền Giang'])('"%s" first: the total, checked against every office', async (label) => {
    const ok = await both('bao-cao-mot-tinh-2019.csv', [...HEAD, `${label};1130;900;811`, ...TG]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(rows(ok.stdout)).toEqual(ONE);
    const wrong = await both('bao-cao-mot-tinh-2019.csv', [...HEAD, `${label};1130;910;811`, ...TG]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(`FILE:4:4: error: declared total "${label.slice(1)}" has cases with conditions 910, but the office rows add up to 900 [DECLARED_TOTAL_MISMATCH]`);
  });

  it('"Tiền Giang (toàn tỉnh)" as the only total, at the end: the total, checked', async () => {
    const ok = await both('bao-cao-mot-tinh-2019.csv', [...HEAD, ...TG, ';Tiền Giang (toàn tỉnh);1130;900;811']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(rows(ok.stdout)).toEqual(ONE);
    const wrong = await both('bao-cao-mot-tinh-2019.csv', [...HEAD, ...TG, ';Tiền Giang (toàn tỉnh);1130;910;811']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('FILE:6:4: error: declared total "Tiền Giang (toàn tỉnh)" has cases with conditions 910, but the office rows add up to 900 [DECLARED_TOTAL_MISMATCH]');
  });

  it('"Toàn tỉnh Tiền Giang" on top and the Cục\'s own row after the offices: the total, no province given', async () => {
    const lines = [...HEAD, ';Toàn tỉnh Tiền Giang;1230;980;891', ...TG, '3;Cục THADS tỉnh Tiền Giang;100;80;80'];
    const r = await both('bao-cao-mot-tinh-2019.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    // 401+729+100 = 1230; 300+600+80 = 980; 271+540+80 = 891; 891/980 = 90,92 %
    expect(rows(r.stdout)).toEqual([
      '|Châu Thành|401|300|271|90.33|2|3',
      '|Cái Bè|729|600|540|90.00|3|3',
      '|Cục THADS tỉnh Tiền Giang|100|80|80|100.00|1|3',
      '|TOTAL|1230|980|891|90.92||',
    ]);
  });

  it('"Cộng tỉnh" below each province\'s offices still closes them (the block\'s province is the one below)', async () => {
    const lines = [...HEAD, ...TG, ';Cộng tỉnh Tiền Giang;1130;900;811', ...BT, ';Cộng tỉnh Bến Tre;1000;800;720', TOTAL];
    const r = await both('cum-thi-dua-8-2019.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(FOUR);
  });
});

describe('provinceOfWhole', () => {
  it.each([
    ['Tiền Giang (toàn tỉnh)', 'Tiền Giang'],
    ['Toàn tỉnh Bến Tre', 'Bến Tre'],
    ['TOÀN TỈNH BẾN TRE', 'Bến Tre'],
    ['Tỉnh Tiền Giang (toàn tỉnh)', 'Tiền Giang'],
    ['Tổng cộng toàn tỉnh Tiền Giang', 'Tiền Giang'],
    ['TP Hà Nội (toàn thành phố)', 'Hà Nội'],
    ['Cộng tỉnh Tiền Giang', 'Tiền Giang'],
    ['Ben Tre province total', 'Bến Tre'],
  ])('%s → %s', (label, province) => {
    expect(provinceOfWhole(label, 2019)).toBe(province);
  });

  it.each(['Toàn tỉnh', 'Tổng cộng', 'Tổng cộng toàn tỉnh', 'Châu Thành', 'Cộng khu vực 1', 'Toàn ngành', 'Total'])('%s → none', (label) => {
    expect(provinceOfWhole(label, 2019)).toBeNull();
  });
});
