// A Cục's table whose district level is summed by a row stating how many offices it sums: "Tổng 3
// Chi cục", "Cộng 3 đơn vị cấp huyện", "Tổng số 3 Chi cục", "Cộng 4 Phòng THADS khu vực" under the
// offices, "Tổng cộng" (Cục + the level) below. The fault (work104d 04): the row was taken for the
// grand total and the file refused DECLARED_TOTAL_MISMATCH (630 against 1030), exit 1. Right: it is
// the level's subtotal, as "Cộng các Chi cục" is — checked against the level's rows, never added.
// Controls: "Cộng các Chi cục" reads as before; a stated-count subtotal whose figures are not its
// rows' sum is refused; "Tổng cộng 3 Chi cục" and "Tổng cộng các Chi cục" read as the level's
// subtotal too (tongcongn.test.ts); "Tổng 1+2" stays a total of the sections it names.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-tongcount-');

const HEAD = ['STT', 'Đơn vị', 'Có điều kiện', 'Thi hành xong', 'Đình chỉ'];
// by hand: the Chi cục 100+200+330 = 630 with conditions, 80+150+240 = 470 completed, 10+10+10 = 30
// terminated; with the Cục's 400 / 290 / 10: 1030 with conditions, 760 completed, 40 terminated
const OFFICES = [
  ['1', 'Cục THADS tỉnh Nam Định', '400', '290', '10'],
  ['2', 'Chi cục THADS huyện Mỹ Lộc', '100', '80', '10'],
  ['3', 'Chi cục THADS huyện Vụ Bản', '200', '150', '10'],
  ['4', 'Chi cục THADS huyện Ý Yên', '330', '240', '10'],
];
function table(level: string, levelSum = ['630', '470', '30']): string[][] {
  return [HEAD, ...OFFICES, ['', level, ...levelSum], ['', 'Tổng cộng', '1030', '760', '40']];
}
const csv = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(','));
const lines = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(';'));

function run(path: string) {
  const r = spawnThads(['summarize', path, '--format', 'json'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
type Cases = { withConditions: string | null; resolved: string | null; rate: string | null };
function totals(stdout: string) {
  const j = JSON.parse(stdout) as { groups: { district: string }[]; total: { cases: Cases } };
  return { offices: j.groups.map((g) => g.district), total: [j.total.cases.withConditions, j.total.cases.resolved, j.total.cases.rate] };
}
// by hand: resolved = completed + terminated = 760 + 40 = 800; rate 800/1030 = 77.669… → 77.67 %
const RIGHT = { offices: OFFICES.map((o) => o[1]), total: ['1030', '800', '77.67'] };

const SPELLINGS = ['Tổng 3 Chi cục', 'Cộng 3 Chi cục', 'Tổng số 3 Chi cục', 'Cộng 3 đơn vị cấp huyện', 'TỔNG 3 CHI CỤC', 'Cộng các Chi cục (as before)'];

describe("a level's subtotal stating its count", () => {
  test.each(SPELLINGS)('"%s" under the Chi cục: their subtotal, checked, not the grand total (1030/800, was DECLARED_TOTAL_MISMATCH)', (level) => {
    const r = run(file('cuc-viec-2024.csv', csv(table(level.replace(' (as before)', '')))));
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual(RIGHT);
  });

  test('"Cộng 4 Phòng THADS khu vực" in a 2026 table: the regions\' subtotal', () => {
    // by hand: regions 100+200+150+50 = 500 with conditions, 70+150+100+40 = 360 completed, 0 terminated;
    // with the province office 300/240: 800 with conditions, 600 resolved, 75.00 %
    const rows = [
      ['STT', 'Đơn vị', 'Có điều kiện', 'Thi hành xong', 'Đình chỉ'],
      ['1', 'Văn phòng THADS tỉnh Ninh Bình', '300', '240', '0'],
      ['2', 'Phòng THADS khu vực 1', '100', '70', '0'],
      ['3', 'Phòng THADS khu vực 2', '200', '150', '0'],
      ['4', 'Phòng THADS khu vực 3', '150', '100', '0'],
      ['5', 'Phòng THADS khu vực 4', '50', '40', '0'],
      ['', 'Cộng 4 Phòng THADS khu vực', '500', '360', '0'],
      ['', 'Tổng cộng', '800', '600', '0'],
    ];
    const r = run(file('thads-ninh-binh-viec-2026.csv', csv(rows)));
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout).total).toEqual(['800', '600', '75.00']);
  });

  test('.xlsx twin (values): "Tổng 3 Chi cục" read as the level\'s subtotal, 1030/800', async () => {
    const r = await summarizeLinesWorkbook(dir, 'cuc-viec-2024.xlsx', lines(table('Tổng 3 Chi cục')), ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual(RIGHT);
  });
});

describe('controls: near shapes keep their reading', () => {
  test('"Tổng 3 Chi cục" whose figures are not the rows\' sum (640 ≠ 100+200+330): refused DECLARED_TOTAL_MISMATCH, located', () => {
    const r = run(file('cuc-viec-2024.csv', csv(table('Tổng 3 Chi cục', ['640', '470', '30']))));
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('DECLARED_TOTAL_MISMATCH');
    expect(r.stderr).toMatch(/cuc-viec-2024\.csv:6:3: error: declared subtotal "Tổng 3 Chi cục" has cases with conditions 640, but the rows above it add up to 630/);
  });

  test('"Tổng cộng 3 Chi cục", "Tổng cộng các Chi cục": the level\'s subtotal too (tongcongn.test.ts; were refused as the total)', () => {
    for (const level of ['Tổng cộng 3 Chi cục', 'Tổng cộng các Chi cục']) {
      const r = run(file('cuc-viec-2024.csv', csv(table(level))));
      expect(r.code, r.stderr).toBe(0);
      expect(totals(r.stdout)).toEqual(RIGHT);
    }
  });

  test('"Tổng 1+2" over two sections stays a total of the sections it names', () => {
    const rows = [['STT', 'Đơn vị', 'Có điều kiện', 'Thi hành xong', 'Đình chỉ'], ['1', 'Cục THADS tỉnh Nam Định', '400', '290', '10'], ['2', 'Chi cục THADS huyện Mỹ Lộc', '100', '80', '10'], ['', 'Tổng 1+2', '500', '370', '20']];
    const r = run(file('cuc-viec-2024.csv', csv(rows)));
    expect(r.code, r.stderr).toBe(0);
    // by hand: 400+100 = 500 with conditions; resolved 290+10+80+10 = 390; 390/500 = 78.00 %
    expect(totals(r.stdout).total).toEqual(['500', '390', '78.00']);
  });
});
