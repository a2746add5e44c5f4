// Round 83a, 01 and 03: a Cục's levels over its offices, nested in ways the level rules missed —
// each read wrong with exit 0 and nothing on stderr (or refused falsely with a total row):
// - 01: "A | Cấp tỉnh" (figures), "B | Cấp huyện" (the sum of its Chi cục), then bare titles "I |
//   Cụm thi đua số 1", "II | …" (no figures) over the numbered Chi cục: "Cấp huyện" was added as a
//   seventh office (5231 for 2982). A bare title over rows is a section it heads, as one with
//   figures is (declared-rows.ts besideLevel / overSection).
// - 03: "A | Cấp tỉnh" over "I | Văn phòng Cục" (equal figures), "B | Cấp huyện" over its Chi cục
//   (letter ⊃ Roman ⊃ item): "Cấp tỉnh" was added beside Văn phòng Cục (2927 for 2194, target
//   "met"). A level sums the rows numbered as sections that head nothing right under it
//   (listedUnder), and over them with the district level after it, it is their subtotal
//   (nestedOver). Related: "A Cấp tỉnh / B Cấp huyện" as summary lines over "I | Văn phòng Cục",
//   "II | Các Chi cục" and the Chi cục were both added (4388 for 2194): the pair is the summary of
//   the rows below when they add up to it (levelPairs).
// Both readers agree; xlsx reads the same sheets alike. Figures by hand.
import { describe, expect, it } from 'vitest';
import { csvColumns } from '../helpers/key-rows.js';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook as xlsx } from '../helpers/lines-workbook.js';

const ARGS = ['--year', '2019', '--format', 'csv'];
const { dir, both } = bothReaders('thads-level-nest-', ARGS);

function rows(stdout: string): string[] {
  return csvColumns(stdout, ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved', 'money_rate', 'cases_rank_of']);
}
const semis = (lines: readonly string[]) => lines.map((l) => l.replace(/,/g, ';'));

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'];
const HEAD = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const CAP_TINH = 'A,Cấp tỉnh,733,576,4000,1800';
const [ML, VB, YY, NT, TN] = ['1,Mỹ Lộc,509,324,3500,1600', '2,Vụ Bản,427,325,4800,1100', '3,Ý Yên,525,356,3400,1200', '4,Nam Trực,260,212,5300,1300', '5,Trực Ninh,528,381,7500,2000'];

// 01 by hand: Cấp huyện = 509 + 427 + 525 + 260 + 528 = 2249, 324 + 325 + 356 + 212 + 381 = 1598,
// 3500 + 4800 + 3400 + 5300 + 7500 = 24500, 1600 + 1100 + 1200 + 1300 + 2000 = 7200. Offices: Cấp
// tỉnh + the five Chi cục: 733 + 2249 = 2982, 576 + 1598 = 2174 → 72.90 %; 4000 + 24500 = 28500,
// 1800 + 7200 = 9000 → 31.58 %; ranks of 6. Cấp tỉnh 576/733 = 78.58 %, 1800/4000 = 45 %.
const CAP_HUYEN_5 = 'B,Cấp huyện,2249,1598,24500,7200';
const TOTAL_01 = '|TOTAL|2982|2174|72.90|28500|9000|31.58|';
function byCum(capHuyen = CAP_HUYEN_5, cum1 = 'I,Cụm thi đua số 1,,,,', cum2 = 'II,Cụm thi đua số 2,,,,', capTinh = CAP_TINH): string[] {
  return [...TITLE, HEAD, capTinh, capHuyen, cum1, ML, VB, cum2, YY, NT, TN];
}

function expect01(r: { code: number; stdout: string; stderr: string }, capTinh = 'Cấp tỉnh'): void {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const out = rows(r.stdout);
  expect(out.at(-1)).toBe(TOTAL_01);
  expect(out).toContain(`Nam Định|${capTinh}|733|576|78.58|4000|1800|45.00|6`);
  expect(out).toContain('Nam Định|Trực Ninh|528|381|72.16|7500|2000|26.67|6');
  expect(out).toHaveLength(7);
}

describe('01: "B | Cấp huyện" over bare cụm titles (was a seventh office, 5231 / 3772, exit 0)', () => {
  it('the six offices, 2982 / 2174, ranks of 6', async () => {
    expect01(await both('nam-dinh-2019.csv', byCum()));
  });

  it.each([
    ['"Khu vực 1" / "Khu vực 2"', 'I,Khu vực 1,,,,', 'II,Khu vực 2,,,,'],
    ['unnumbered "Cụm thi đua số N"', ',Cụm thi đua số 1,,,,', ',Cụm thi đua số 2,,,,'],
    ['"I. Cụm 1" in the name cell, upper case', ',I. CỤM 1,,,,', ',II. CỤM 2,,,,'],
    ['English "Cluster 1"', ',Emulation cluster 1,,,,', ',Emulation cluster 2,,,,'],
  ])('titles %s: the same', async (_, cum1, cum2) => {
    expect01(await both('nam-dinh-2019.csv', byCum(CAP_HUYEN_5, cum1, cum2)));
  });

  it('"I | Cấp tỉnh", "II | Cấp huyện" over unnumbered "Cụm 1": the same', async () => {
    expect01(await both('nam-dinh-2019.csv', byCum('II,Cấp huyện,2249,1598,24500,7200', ',Cụm 1,,,,', ',Cụm 2,,,,', 'I,Cấp tỉnh,733,576,4000,1800')));
  });

  it('levels without STT, no marks, over "I | Khu vực 1": the same', async () => {
    // (the Cục's own row keeps its name as written)
    expect01(await both('nam-dinh-2019.csv', byCum(',cap huyen,2249,1598,24500,7200', 'I,Khu vực 1,,,,', 'II,Khu vực 2,,,,', ',cap tinh,733,576,4000,1800')), 'cap tinh');
  });

  it('with "Toàn tỉnh" on top or "Tổng cộng" below (2982 / 2174 / 28500 / 9000): the same (was DECLARED_TOTAL_MISMATCH)', async () => {
    const lines = byCum();
    expect01(await both('nam-dinh-2019.csv', [...lines.slice(0, 3), ',Toàn tỉnh,2982,2174,28500,9000', ...lines.slice(3)]));
    expect01(await both('nam-dinh-2019.csv', [...lines, ',Tổng cộng,2982,2174,28500,9000']));
  });

  it('the same sheet as xlsx reads alike', async () => {
    expect01(await xlsx(dir, 'nam-dinh-2019.xlsx', semis(byCum()), ARGS));
  });

  it('a wrong "Cấp huyện" (2250 for 509 + 427 + 525 + 260 + 528 = 2249) is refused at its line', async () => {
    const r = await both('nam-dinh-2019.csv', byCum('B,Cấp huyện,2250,1598,24500,7200'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5:3: error: declared subtotal "Cấp huyện" has cases with conditions 2250, but the rows below it add up to 2249 [DECLARED_TOTAL_MISMATCH]');
  });

  it('control: "B | Cấp huyện" right over its Chi cục 1–5 (no cụm titles) still reads 2982 / 2174', async () => {
    expect01(await both('nam-dinh-2019.csv', byCum().filter((l) => !l.includes('Cụm'))));
  });
});

// 03 by hand: Cấp huyện = 509 + 427 + 525 = 1461, 324 + 325 + 356 = 1005, 3500 + 4800 + 3400 = 11700,
// 1600 + 1100 + 1200 = 3900. Offices: Văn phòng Cục + the three Chi cục: 733 + 1461 = 2194, 576 +
// 1005 = 1581 → 72.06 % (under 73 %); 4000 + 11700 = 15700, 1800 + 3900 = 5700 → 36.31 %; ranks of 4.
const CAP_HUYEN_3 = 'B,Cấp huyện,1461,1005,11700,3900';
const VP = 'I,Văn phòng Cục,733,576,4000,1800';
const TOTAL_03 = '|TOTAL|2194|1581|72.06|15700|5700|36.31|';
function letterOverRoman(capTinh = CAP_TINH, capHuyen = CAP_HUYEN_3, chiCuc = [ML, VB, YY]): string[] {
  return [...TITLE, HEAD, capTinh, VP, capHuyen, ...chiCuc];
}

function expect03(r: { code: number; stdout: string; stderr: string }, office = 'Văn phòng Cục'): void {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const out = rows(r.stdout);
  expect(out.at(-1)).toBe(TOTAL_03);
  expect(out).toContain(`Nam Định|${office}|733|576|78.58|4000|1800|45.00|4`);
  expect(out).toContain('Nam Định|Ý Yên|525|356|67.81|3400|1200|35.29|4');
  expect(out).toHaveLength(5);
}

describe('03: "A | Cấp tỉnh" over "I | Văn phòng Cục" (was added beside it, 2927 / 2157, target "met")', () => {
  it('the four offices, 2194 / 1581, 72.06 %', async () => {
    expect03(await both('nam-dinh-2019.csv', letterOverRoman()));
  });

  it('the Chi cục numbered I–III under "B | Cấp huyện" too: the same', async () => {
    expect03(await both('nam-dinh-2019.csv', letterOverRoman(CAP_TINH, CAP_HUYEN_3, ['I,Mỹ Lộc,509,324,3500,1600', 'II,Vụ Bản,427,325,4800,1100', 'III,Ý Yên,525,356,3400,1200'])));
  });

  it('upper case "A. CẤP TỈNH", "I. Cục THADS tỉnh": the same', async () => {
    const lines = [...TITLE, HEAD, 'A.,CẤP TỈNH,733,576,4000,1800', 'I.,Cục THADS tỉnh,733,576,4000,1800', 'B.,CẤP HUYỆN,1461,1005,11700,3900', ML, VB, YY];
    expect03(await both('nam-dinh-2019.csv', lines), 'Cục THADS tỉnh');
  });

  it('"Tổng cộng" (2194 / 1581 / 15700 / 5700) on top: the same (was DECLARED_TOTAL_MISMATCH)', async () => {
    const lines = letterOverRoman();
    expect03(await both('nam-dinh-2019.csv', [...lines.slice(0, 3), ',Tổng cộng,2194,1581,15700,5700', ...lines.slice(3)]));
  });

  it('the same sheet as xlsx reads alike', async () => {
    expect03(await xlsx(dir, 'nam-dinh-2019.xlsx', semis(letterOverRoman()), ARGS));
  });

  it('a wrong "Cấp tỉnh" (734 over Văn phòng Cục 733) is refused at its line', async () => {
    const r = await both('nam-dinh-2019.csv', letterOverRoman('A,Cấp tỉnh,734,576,4000,1800'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4:3: error: declared subtotal "Cấp tỉnh" has cases with conditions 734, but the rows below it add up to 733 [DECLARED_TOTAL_MISMATCH]');
  });

  it.each([
    ['"I | Cấp tỉnh" over "1 | Văn phòng Cục", "II | Cấp huyện"', ['I,Cấp tỉnh,733,576,4000,1800', '1,Văn phòng Cục,733,576,4000,1800', 'II,Cấp huyện,1461,1005,11700,3900']],
    ['"A | Cấp tỉnh" over "1 | Văn phòng Cục"', [CAP_TINH, '1,Văn phòng Cục,733,576,4000,1800', CAP_HUYEN_3]],
  ])('control: %s still reads 2194 / 1581', async (_, levels) => {
    expect03(await both('nam-dinh-2019.csv', [...TITLE, HEAD, ...levels, ML, VB, YY]));
  });

  it('control: "A | Cấp tỉnh" with its own figures right over the Chi cục 1–3 (no Văn phòng Cục, no "Cấp huyện"): 2194 / 1581', async () => {
    const r = await both('nam-dinh-2019.csv', [...TITLE, HEAD, 'A,Cấp tỉnh,733,576,4000,1800', ML, VB, YY]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rows(r.stdout).at(-1)).toBe(TOTAL_03);
    expect(rows(r.stdout)).toContain('Nam Định|Cấp tỉnh|733|576|78.58|4000|1800|45.00|4');
  });
});

describe('03, related: "A Cấp tỉnh / B Cấp huyện" summary lines over "I | Văn phòng Cục", "II | Các Chi cục" (was every figure doubled, 4388)', () => {
  const summary = (capHuyen = CAP_HUYEN_3, chiCuc = 'II,Các Chi cục,1461,1005,11700,3900') => [...TITLE, HEAD, CAP_TINH, capHuyen, VP, chiCuc, ML, VB, YY];

  it('the four offices, 2194 / 1581', async () => {
    expect03(await both('nam-dinh-2019.csv', summary()));
  });

  it('"II | Các Chi cục" as a bare title, or "II | Chi cục THADS cấp huyện": the same', async () => {
    expect03(await both('nam-dinh-2019.csv', summary(CAP_HUYEN_3, 'II,Các Chi cục,,,,')));
    expect03(await both('nam-dinh-2019.csv', summary(CAP_HUYEN_3, 'II,Chi cục THADS cấp huyện,1461,1005,11700,3900')));
  });

  it('with "Tổng cộng" (2194 / 1581 / 15700 / 5700) on top: the same', async () => {
    const lines = summary();
    expect03(await both('nam-dinh-2019.csv', [...lines.slice(0, 3), ',Tổng cộng,2194,1581,15700,5700', ...lines.slice(3)]));
  });

  it('the same sheet as xlsx reads alike', async () => {
    expect03(await xlsx(dir, 'nam-dinh-2019.xlsx', semis(summary()), ARGS));
  });

  it('a wrong summary "Cấp huyện" (1462; the rows below leave 2194 − 733 = 1461) is refused at its line', async () => {
    const r = await both('nam-dinh-2019.csv', summary('B,Cấp huyện,1462,1005,11700,3900'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5:3: error: declared subtotal "Cấp huyện" has cases with conditions 1462, but the rows below it add up to 1461 [DECLARED_TOTAL_MISMATCH]');
  });

  it('control: the three-line summary "Toàn tỉnh / Cấp tỉnh / Cấp huyện" alone still reads each level as its line (2194 / 1581)', async () => {
    const r = await both('nam-dinh-2019.csv', [...TITLE, HEAD, ',Toàn tỉnh,2194,1581,15700,5700', CAP_TINH, CAP_HUYEN_3]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Cấp huyện 1005/1461 = 68.79 %, 3900/11700 = 33.33 %
    expect(rows(r.stdout)).toEqual(['Nam Định|Cấp tỉnh|733|576|78.58|4000|1800|45.00|2', 'Nam Định|Cấp huyện|1461|1005|68.79|11700|3900|33.33|2', TOTAL_03]);
  });
});
