// A national list of 2025/2026 naming each of the 34 provinces by its agency of 1/7/2025 under
// "Đơn vị" ("THADS tỉnh Ninh Bình", "Thi hành án dân sự thành phố Hà Nội", "THADS TP. Hồ Chí Minh",
// without tones too): was read as offices of no province — --by province gave ONE group with no
// province, the config's Ninh Bình target unmatched (TARGET_UNMATCHED), exit 0; --previous paired
// nothing by province. Right: a table of provinces, each row its province whole, as the former
// "Cục THADS tỉnh X" list is (cuc63.test.ts), nothing rolled up. Totals unchanged.
// Controls (read as before): one province's table, its agency's row one office among its Phòng
// THADS khu vực under a title naming the province; a 2025 cluster list of Cục none merged away.
// Every figure below is worked out by hand from the lines written here.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-tinhgroup-');
file('thads.config.json', ['{ "targets": { "2025": { "provinces": { "Ninh Bình": { "cases": 86 } } }, "2026": { "provinces": { "Hà Nội": { "cases": 88 } } } } }']);

const SENDER = 'BỘ TƯ PHÁP - CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ';
const TITLE_2025 = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025 (từ 01/10/2024 đến 30/9/2025)';
const TITLE_2026 = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2026 (từ 01/10/2025 đến 30/9/2026)';
const HEAD = 'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong';
// 2025: resolved / with conditions — Ninh Bình 950/1200 = 79.17 %, Hà Nội 500/600 = 83.33 %,
// Hồ Chí Minh 600/800 = 75.00 %, Gia Lai 150/200 = 75.00 %
// → ranks Hà Nội 1, Ninh Bình 2, Hồ Chí Minh and Gia Lai 3 (tied), of 4;
// totals: 2400+900+1000+600 = 4900 cases, 1200+600+800+200 = 2800 with conditions, 950+500+600+150 = 2200 resolved
const AGENCIES_2025 = [
  '1,THADS tỉnh Ninh Bình,2400,1200,950',
  '2,Thi hành án dân sự thành phố Hà Nội,900,600,500',
  '3,THADS TP. Hồ Chí Minh,1000,800,600',
  '4,THADS tỉnh Gia Lai,600,200,150',
];
// 2026, without tones or in capitals: Ninh Bình 850/1000 = 85.00 %, Hà Nội 450/500 = 90.00 %,
// Hồ Chí Minh 720/900 = 80.00 %, Gia Lai 240/300 = 80.00 % → ranks 2, 1, 3, 3 of 4;
// totals 2500+1000+1200+700 = 5400 cases, 1000+500+900+300 = 2700 with conditions, 850+450+720+240 = 2260 resolved
const AGENCIES_2026 = [
  '1,THADS tinh Ninh Binh,2500,1000,850',
  '2,THI HANH AN DAN SU THANH PHO HA NOI,1000,500,450',
  '3,Thi hành án dân sự Thành phố Hồ Chí Minh,1200,900,720',
  '4,THADS tỉnh Gia Lai,700,300,240',
];

interface Cases { readonly withConditions: string; readonly resolved: string; readonly target: string | null; readonly rank: number | null; readonly rankOf: number | null; readonly totalChange: string | null; readonly rateChange: string | null }
interface Out { readonly groups: { readonly province: string | null; readonly district: string | null; readonly cases: Cases }[]; readonly total: { readonly cases: Cases } }
function run(args: readonly string[]) {
  const r = spawnThads(['summarize', ...args, '--format', 'json', '--measure', 'cases'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
const rows = (out: string) => {
  const j = JSON.parse(out) as Out;
  return { groups: j.groups.map((g) => [g.province, g.district, g.cases.withConditions, g.cases.resolved, g.cases.target, g.cases.rank, g.cases.rankOf]), total: [j.total.cases.withConditions, j.total.cases.resolved] };
};

const list2025 = file('toan quoc 2025 - 34.csv', [SENDER, TITLE_2025, HEAD, ...AGENCIES_2025]);
const list2026 = file('toan quoc 2026 - 34.csv', [SENDER, TITLE_2026, HEAD, ...AGENCIES_2026]);

describe('a national list of the 34 by their agencies of 1/7/2025: a table of provinces', () => {
  test('--by province: one group per province, each under its target (was one group of no province, TARGET_UNMATCHED)', () => {
    const r = run([list2025, '--by', 'province']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // targets: Ninh Bình 86 (config), the others the built-in national 83.9 of 2025
    expect(rows(r.stdout)).toEqual({
      groups: [
        ['Ninh Bình', null, '1200', '950', '86', 2, 4],
        ['Hà Nội', null, '600', '500', '83.9', 1, 4],
        ['Hồ Chí Minh', null, '800', '600', '83.9', 3, 4],
        ['Gia Lai', null, '200', '150', '83.9', 3, 4],
      ],
      total: ['2800', '2200'],
    });
  });

  test('default view (by office): each agency carries its province; targets and ranks as above', () => {
    const r = run([list2025]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual({
      groups: [
        ['Ninh Bình', 'THADS tỉnh Ninh Bình', '1200', '950', '86', 2, 4],
        ['Hà Nội', 'Thi hành án dân sự thành phố Hà Nội', '600', '500', '83.9', 1, 4],
        ['Hồ Chí Minh', 'THADS TP. Hồ Chí Minh', '800', '600', '83.9', 3, 4],
        ['Gia Lai', 'THADS tỉnh Gia Lai', '200', '150', '83.9', 3, 4],
      ],
      total: ['2800', '2200'],
    });
  });

  test('2026 against 2025 (--previous, --by province): each province paired with its own last year', () => {
    const r = run([list2026, '--previous', list2025, '--by', 'province']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout) as Out;
    // targets: Hà Nội 88 (config); 2026 has no built-in target.
    // changes: Ninh Bình 2500−2400 = +100, 85.00−79.17 = +5.83 pp; Hà Nội 1000−900 = +100,
    // 90.00−83.33 = +6.67; Hồ Chí Minh 1200−1000 = +200, 80.00−75.00 = +5.00; Gia Lai 700−600 = +100,
    // 80.00−75.00 = +5.00; total 5400−4900 = +500
    expect(j.groups.map((g) => [g.province, g.cases.withConditions, g.cases.resolved, g.cases.target, g.cases.rank, g.cases.rankOf, g.cases.totalChange, g.cases.rateChange])).toEqual([
      ['Ninh Bình', '1000', '850', null, 2, 4, '100', '5.83'],
      ['Hà Nội', '500', '450', '88', 1, 4, '100', '6.67'],
      ['Hồ Chí Minh', '900', '720', null, 3, 4, '200', '5.00'],
      ['Gia Lai', '300', '240', null, 3, 4, '100', '5.00'],
    ]);
    expect([j.total.cases.withConditions, j.total.cases.resolved, j.total.cases.totalChange]).toEqual(['2700', '2260', '500']);
  });

  test('.xlsx twin: the 2025 list, one group per province', async () => {
    const lines = [SENDER, TITLE_2025, ...[HEAD, ...AGENCIES_2025].map((l) => l.split(',').join(';'))];
    const r = await summarizeLinesWorkbook(dir, 'toan quoc 2025 - 34.xlsx', lines, ['--format', 'json', '--measure', 'cases', '--by', 'province']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual([]);
    expect(rows(r.stdout)).toEqual({
      groups: [
        ['Ninh Bình', null, '1200', '950', '86', 2, 4],
        ['Hà Nội', null, '600', '500', '83.9', 1, 4],
        ['Hồ Chí Minh', null, '800', '600', '83.9', 3, 4],
        ['Gia Lai', null, '200', '150', '83.9', 3, 4],
      ],
      total: ['2800', '2200'],
    });
  });
});

describe('controls: read as before', () => {
  test('one province\'s table of 2025 titled by it: its agency\'s row is one office among its Phòng THADS khu vực', () => {
    const lines = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', TITLE_2025, HEAD, '1,THADS tỉnh Ninh Bình,300,200,150', '2,Phòng THADS khu vực 1,200,100,80', '3,Phòng THADS khu vực 2,100,50,40'];
    const r = run([file('ninh binh 2025.csv', lines), '--by', 'district']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // by hand: 150/200 = 75 %, 80/100 = 80 %, 40/50 = 80 % → ranks 3, 1, 1 of 3;
    // 200+100+50 = 350 with conditions, 150+80+40 = 270 resolved
    expect(rows(r.stdout)).toEqual({
      groups: [
        ['Ninh Bình', 'THADS tỉnh Ninh Bình', '200', '150', '86', 3, 3],
        ['Ninh Bình', 'Phòng THADS khu vực 1', '100', '80', '86', 1, 3],
        ['Ninh Bình', 'Phòng THADS khu vực 2', '50', '40', '86', 1, 3],
      ],
      total: ['350', '270'],
    });
  });

  test('a 2025 list of Cục none merged away ("Cục THADS tỉnh Gia Lai"): each the former Cục only, offices of no province', () => {
    const lines = [SENDER, TITLE_2025, HEAD, '1,Cục THADS tỉnh Gia Lai,500,300,240', '2,Cục THADS tỉnh Đắk Lắk,400,200,150'];
    const r = run([file('cum 2025 - cuc.csv', lines), '--by', 'district']);
    expect(r.code, r.stderr).toBe(0);
    // (the config's Ninh Bình target names no province of this file)
    expect(stderrCodes(r.stderr)).toEqual(['TARGET_UNMATCHED']);
    // by hand: 240/300 = 80 %, 150/200 = 75 % → ranks 1, 2 of 2; 300+200 = 500, 240+150 = 390
    expect(rows(r.stdout)).toEqual({
      groups: [
        [null, 'Cục THADS tỉnh Gia Lai', '300', '240', '83.9', 1, 2],
        [null, 'Cục THADS tỉnh Đắk Lắk', '200', '150', '83.9', 2, 2],
      ],
      total: ['500', '390'],
    });
  });
});
