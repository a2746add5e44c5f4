// Since 1/7/2025 a national list may name each province by its new agency, no "Cục": "THADS tỉnh
// Ninh Bình", "Thi hành án dân sự tỉnh Gia Lai", "THADS thành phố Hà Nội", "THADS TP. Hồ Chí
// Minh", "THADS tinh Quang Ngai". Such a list (one row per province, no Tỉnh column) was read as
// offices of no province: --by province gave ONE group with no province (all rows lumped, exit
// 0), while the same list written "Cục THADS tỉnh X" was a table of provinces (cuc63). And a 2024
// list of the Cục as --previous was offices of no province too: by province the change said
// ONE_YEAR_ONLY for every province and "null". Right (input/agency-provinces.ts, the one rule):
// a list whose every row names a distinct province's agency, in any spelling and any year, is a
// table of provinces, each row its province (rolled up into the 34 as before where the year counts
// by them). Controls: a province's own table (its office among Phòng THADS khu vực), a list mixing
// a provincial office with Phòng rows, a Tỉnh column file — read as before. Figures by hand.
import { describe, expect, test } from 'vitest';
import { bothOnFiles } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-tinhgroup-');

const SENDER = 'BỘ TƯ PHÁP - CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ';
const TITLE = (y: number) => `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM ${y} (từ 01/10/${y - 1} đến 30/9/${y})`;
const HEAD = 'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong';
/** the 34's offices by their new agencies, every spelling */
const LIST_34 = [
  '1,THADS tỉnh Ninh Bình,2400,1200,950',
  '2,Thi hành án dân sự tỉnh Gia Lai,600,200,150',
  '3,THADS thành phố Hà Nội,5000,3000,2500',
  '4,THADS tinh Quang Ngai,500,100,90',
];
/** 2024, by the 63 */
const CUC_2024 = [
  '1,Cục THADS tỉnh Nam Định,900,500,400',
  '2,Cục THADS tỉnh Hà Nam,800,400,300',
  '3,Cục THADS tỉnh Ninh Bình,700,300,200',
  '4,Cục THADS tỉnh Gia Lai,600,200,140',
  '5,Cục THADS tỉnh Bình Định,1000,600,480',
  '6,Cục THADS tỉnh Kon Tum,500,100,80',
  '7,Cục THADS thành phố Hà Nội,4000,2800,2200',
  '8,Cục THADS tỉnh Quảng Ngãi,300,150,100',
];

interface Cases { readonly withConditions: string; readonly resolved: string; readonly rank: number | null; readonly rankOf: number | null; readonly totalChange: string | null; readonly rateChange: string | null }
interface Out { readonly groups: { readonly province: string | null; readonly district: string | null; readonly cases: Cases }[]; readonly total: { readonly cases: Cases } }
const parse = (stdout: string) => JSON.parse(stdout) as Out;
const groups = (stdout: string) => parse(stdout).groups.map((g) => [g.province, g.district, g.cases.withConditions, g.cases.resolved, g.cases.rank, g.cases.rankOf]);
const changes = (stdout: string) => parse(stdout).groups.map((g) => [g.province, g.district, g.cases.totalChange, g.cases.rateChange]);
function bin(args: readonly string[]) {
  const r = spawnThads([...args, '--format', 'json', '--measure', 'cases'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

// by hand: with conditions 1200 + 200 + 3000 + 100 = 4500, resolved 950 + 150 + 2500 + 90 = 3690;
// rates 79,17 % (3rd), 75 % (4th), 83,33 % (2nd), 90 % (1st)
const BY_PROVINCE = [
  ['Ninh Bình', null, '1200', '950', 3, 4],
  ['Gia Lai', null, '200', '150', 4, 4],
  ['Hà Nội', null, '3000', '2500', 2, 4],
  ['Quảng Ngãi', null, '100', '90', 1, 4],
];

describe('a 2025+ national list of the provinces by their new agencies ("THADS tỉnh X"): a table of provinces', () => {
  for (const year of [2025, 2026]) {
    test(`${year}, --by province, the real binary: four provinces (was one group with no province)`, () => {
      const r = bin(['summarize', file(`toan quoc ${year} - 34.csv`, [SENDER, TITLE(year), HEAD, ...LIST_34]), '--by', 'province']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(groups(r.stdout)).toEqual(BY_PROVINCE);
      expect([parse(r.stdout).total.cases.withConditions, parse(r.stdout).total.cases.resolved]).toEqual(['4500', '3690']);
    });
  }

  test('both readers agree; by office each row is its province\'s office', async () => {
    const r = await bothOnFiles(dir, { 'tq 2026.csv': [SENDER, TITLE(2026), HEAD, ...LIST_34] }, ['--format', 'json', '--measure', 'cases', '--by', 'district']);
    expect(r.code, r.stderr).toBe(0);
    expect(groups(r.stdout)).toEqual([
      ['Ninh Bình', 'THADS tỉnh Ninh Bình', '1200', '950', 3, 4],
      ['Gia Lai', 'Thi hành án dân sự tỉnh Gia Lai', '200', '150', 4, 4],
      ['Hà Nội', 'THADS thành phố Hà Nội', '3000', '2500', 2, 4],
      ['Quảng Ngãi', 'THADS tinh Quang Ngai', '100', '90', 1, 4],
    ]);
  });

  test('"THADS TP. Hồ Chí Minh", "Thi hanh an dan su tinh Gia Lai": provinces too', () => {
    const r = bin(['summarize', file('tq 2026 - tp.csv', [SENDER, TITLE(2026), HEAD, '1,THADS TP. Hồ Chí Minh,5000,3000,2500', '2,Thi hanh an dan su tinh Gia Lai,600,200,150']), '--by', 'province']);
    expect(r.code, r.stderr).toBe(0);
    // by hand: 2500/3000 = 83,33 % (1st), 150/200 = 75 % (2nd)
    expect(groups(r.stdout)).toEqual([
      ['Hồ Chí Minh', null, '3000', '2500', 1, 2],
      ['Gia Lai', null, '200', '150', 2, 2],
    ]);
  });

  test('.xlsx twin: four provinces', async () => {
    const lines = [SENDER, TITLE(2025), ...[HEAD, ...LIST_34].map((l) => l.split(',').join(';'))];
    const r = await summarizeLinesWorkbook(dir, 'toan quoc 2025 - 34.xlsx', lines, ['--format', 'json', '--measure', 'cases', '--by', 'province']);
    expect(r.code, r.stderr).toBe(0);
    expect(groups(r.stdout)).toEqual(BY_PROVINCE);
  });
});

describe('--previous: a 2024 list of the Cục against a 2025 list by the new agencies — the provinces pair', () => {
  const now = () => file('toan quoc 2025.csv', [SENDER, TITLE(2025), HEAD, ...LIST_34]);
  const before = () => file('toan quoc 2024.csv', ['BỘ TƯ PHÁP - TỔNG CỤC THI HÀNH ÁN DÂN SỰ', TITLE(2024), HEAD, ...CUC_2024]);
  // by hand, 2024 rolled up into the 34:
  // Ninh Bình = Nam Định + Hà Nam + Ninh Bình: total 900+800+700 = 2400, rate (400+300+200)/(500+400+300) = 75 % → 0, +4,17 pp (79,17 − 75)
  // Gia Lai = Gia Lai + Bình Định: 600+1000 = 1600, (140+480)/(200+600) = 77,5 % → −1000, −2,50 pp (75 − 77,5)
  // Hà Nội: 4000, 2200/2800 = 78,57 % → +1000, +4,76 pp (83,33 − 78,57)
  // Quảng Ngãi = Quảng Ngãi + Kon Tum: 300+500 = 800, (100+80)/(150+100) = 72 % → −300, +18,00 pp
  // total: 900+800+700+600+1000+500+4000+300 = 8800 → 8500 − 8800 = −300 (every former province given)
  const CHANGES = [
    ['0', '4.17'],
    ['-1000', '-2.50'],
    ['1000', '4.76'],
    ['-300', '18.00'],
  ];
  for (const by of ['province', 'district']) {
    test(`--by ${by}: every province compared, no ONE_YEAR_ONLY (was one per row)`, () => {
      const r = bin(['summarize', now(), '--previous', before(), '--by', by]);
      expect(r.code, r.stderr).toBe(0);
      expect(stderrCodes(r.stderr)).not.toContain('ONE_YEAR_ONLY');
      expect(changes(r.stdout).map((c) => [c[0], c[2], c[3]])).toEqual(CHANGES.map(([t, rate], i) => [BY_PROVINCE[i]![0], t, rate]));
      expect(parse(r.stdout).total.cases.totalChange).toBe('-300');
    });
  }
});

describe('controls: read as before', () => {
  test('a province\'s own table (2026): its office beside its Phòng THADS khu vực, all of Ninh Bình, none a province of its own', () => {
    const lines = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', TITLE(2026), HEAD, '1,Thi hành án dân sự tỉnh Ninh Bình,1000,700,560', '2,Phòng THADS khu vực 1,2000,1400,1150', '3,Phòng THADS khu vực 2,2600,1900,1540'];
    const r = bin(['summarize', file('ninh binh 2026.csv', lines), '--by', 'province,district']);
    expect(r.code, r.stderr).toBe(0);
    // by hand: 700+1400+1900 = 4000, 560+1150+1540 = 3250; 80 %, 82,14 %, 81,05 %
    expect(groups(r.stdout)).toEqual([
      ['Ninh Bình', 'Thi hành án dân sự tỉnh Ninh Bình', '700', '560', 3, 3],
      ['Ninh Bình', 'Phòng THADS khu vực 1', '1400', '1150', 1, 3],
      ['Ninh Bình', 'Phòng THADS khu vực 2', '1900', '1540', 2, 3],
    ]);
    expect(parse(r.stdout).total.cases.withConditions).toBe('4000');
  });

  test('a provincial office among Phòng THADS khu vực and a Chi cục, no title province: offices of no province', () => {
    const lines = [TITLE(2026), HEAD, '1,THADS tỉnh Gia Lai,600,200,150', '2,Phòng THADS khu vực 1,2000,1400,1150', '3,Chi cục THADS huyện Ý Yên,100,50,40'];
    const r = bin(['summarize', file('mixed 2026.csv', lines), '--by', 'province,district']);
    expect(r.code, r.stderr).toBe(0);
    expect(groups(r.stdout).map((g) => [g[0], g[1]])).toEqual([
      [null, 'THADS tỉnh Gia Lai'],
      [null, 'Phòng THADS khu vực 1'],
      [null, 'Chi cục THADS huyện Ý Yên'],
    ]);
    // by hand: 200+1400+50 = 1650, 150+1150+40 = 1340
    expect([parse(r.stdout).total.cases.withConditions, parse(r.stdout).total.cases.resolved]).toEqual(['1650', '1340']);
  });

  test('a Tỉnh column file: its provinces as written', () => {
    const lines = [TITLE(2026), 'STT,Tỉnh,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong', '1,Ninh Bình,THADS tỉnh Ninh Bình,1000,700,560', '2,Ninh Bình,Phòng THADS khu vực 1,2000,1400,1150', '3,Gia Lai,THADS tỉnh Gia Lai,600,200,150', '4,Gia Lai,Phòng THADS khu vực 1,900,500,400'];
    const r = bin(['summarize', file('tinh col 2026.csv', lines), '--by', 'province']);
    expect(r.code, r.stderr).toBe(0);
    // by hand: Ninh Bình 700+1400 = 2100 / 560+1150 = 1710 (81,43 %), Gia Lai 200+500 = 700 / 150+400 = 550 (78,57 %)
    expect(groups(r.stdout)).toEqual([
      ['Ninh Bình', null, '2100', '1710', 1, 2],
      ['Gia Lai', null, '700', '550', 2, 2],
    ]);
  });
});
