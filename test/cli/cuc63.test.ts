// A national list of 2025 naming each former province by its agency under "Đơn vị" ("Cục THADS
// tỉnh Nam Định", "Cục THADS tỉnh Hà Nam", "Cục THADS tỉnh Ninh Bình"…, as the software still keys
// the year by the 63 Cục): was read as offices with no province — the old Cục Ninh Bình alone took
// the new Ninh Bình's target, --by province gave one group with no province (TARGET_UNMATCHED),
// exit 0. Right: a table of provinces, each row the province it names, rolled up into the 34 as a
// Tỉnh column's rows are (PROVINCE_ROLLED_UP), each under its province's target. Totals unchanged.
// Controls: a one-province table where the Cục's row is one office among its Chi cục, a 2024 list
// (by the 63): read as before. A 2025 list of the 34 by the new agencies ("THADS tỉnh Ninh Bình"):
// each row its province, nothing rolled up (tinhgroup.test.ts).
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-cuc63-');
file('thads.config.json', ['{ "targets": { "2025": { "provinces": { "Ninh Bình": { "cases": 86 } } } } }']);

const SENDER = 'BỘ TƯ PHÁP - CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ';
const TITLE_2025 = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025 (từ 01/10/2024 đến 30/9/2025)';
const HEAD = 'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong';
const AGENCIES = [
  '1,Cục THADS tỉnh Nam Định,900,500,450',
  '2,Cục THADS tỉnh Hà Nam,800,400,300',
  '3,Cục THADS tỉnh Ninh Bình,700,300,200',
  '4,Cục THADS tỉnh Gia Lai,600,200,150',
  '5,Cục THADS tỉnh Kon Tum,500,100,90',
];

interface Cases { readonly withConditions: string; readonly resolved: string; readonly target: string | null; readonly rank: number | null; readonly rankOf: number | null }
interface Out { readonly groups: { readonly province: string | null; readonly district: string | null; readonly cases: Cases }[]; readonly total: { readonly cases: Cases } }
function run(path: string, by: string) {
  const r = spawnThads(['summarize', path, '--format', 'json', '--measure', 'cases', '--by', by], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
const rows = (out: string) => {
  const j = JSON.parse(out) as Out;
  return { groups: j.groups.map((g) => [g.province, g.district, g.cases.withConditions, g.cases.resolved, g.cases.target, g.cases.rank, g.cases.rankOf]), total: [j.total.cases.withConditions, j.total.cases.resolved] };
};

describe('2025 national list of the former Cục by their agencies: a table of provinces, rolled up into the 34', () => {
  test('--by province: Ninh Bình = Nam Định + Hà Nam + Ninh Bình under its 86 % target, ranked of 3 (was one group with no province)', () => {
    const r = run(file('toan quoc 2025 - cuc.csv', [SENDER, TITLE_2025, HEAD, ...AGENCIES]), 'province');
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['PROVINCE_ROLLED_UP', 'PROVINCE_ROLLED_UP', 'PROVINCE_ROLLED_UP']);
    expect(r.stderr).toContain('toan quoc 2025 - cuc.csv:4: warning: the rows of "Nam Định" are counted as Ninh Bình\'s');
    // by hand: Ninh Bình 500+400+300 = 1200 with conditions, 450+300+200 = 950 resolved (79,17 %: 2nd);
    // Gia Lai 200 / 150 (75 %: 3rd); Quảng Ngãi = Kon Tum 100 / 90 (90 %: 1st); total 1500 / 1190
    expect(rows(r.stdout)).toEqual({
      groups: [
        ['Ninh Bình', null, '1200', '950', '86', 2, 3],
        ['Gia Lai', null, '200', '150', '83.9', 3, 3],
        ['Quảng Ngãi', null, '100', '90', '83.9', 1, 3],
      ],
      total: ['1500', '1190'],
    });
  });

  test('by office: the former Cục are offices of their successor, each under its target (the old Cục Ninh Bình no longer alone under it)', () => {
    const r = run(file('toan quoc 2025 - cuc.csv', [SENDER, TITLE_2025, HEAD, ...AGENCIES]), 'district');
    expect(r.code, r.stderr).toBe(0);
    const out = rows(r.stdout);
    expect(out.groups.map((g) => [g[0], g[1], g[4]])).toEqual([
      ['Ninh Bình', 'Cục THADS tỉnh Nam Định', '86'],
      ['Ninh Bình', 'Cục THADS tỉnh Hà Nam', '86'],
      ['Ninh Bình', 'Cục THADS tỉnh Ninh Bình', '86'],
      ['Gia Lai', 'Cục THADS tỉnh Gia Lai', '83.9'],
      ['Quảng Ngãi', 'Cục THADS tỉnh Kon Tum', '83.9'],
    ]);
    expect(out.total).toEqual(['1500', '1190']);
  });

  test('.xlsx twin: the same list rolled up into Ninh Bình, Gia Lai, Quảng Ngãi', async () => {
    const lines = [SENDER, TITLE_2025, ...[HEAD, ...AGENCIES].map((l) => l.split(',').join(';'))];
    const r = await summarizeLinesWorkbook(dir, 'toan quoc 2025 - cuc.xlsx', lines, ['--format', 'json', '--measure', 'cases', '--by', 'province']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['PROVINCE_ROLLED_UP', 'PROVINCE_ROLLED_UP', 'PROVINCE_ROLLED_UP']);
    const out = rows(r.stdout);
    expect(out.groups.map((g) => [g[0], g[2], g[3], g[5], g[6]])).toEqual([
      ['Ninh Bình', '1200', '950', 2, 3],
      ['Gia Lai', '200', '150', 3, 3],
      ['Quảng Ngãi', '100', '90', 1, 3],
    ]);
    expect(out.total).toEqual(['1500', '1190']);
  });
});

describe('controls: read as before', () => {
  test('one province\'s table of 2025: its Cục row is one office among its Chi cục, not the province\'s whole', () => {
    const lines = ['CỤC THADS TỈNH NAM ĐỊNH', TITLE_2025, HEAD, '1,Cục THADS tỉnh Nam Định,300,200,150', '2,Chi cục THADS huyện Vụ Bản,200,100,80', '3,Chi cục THADS huyện Ý Yên,100,50,40'];
    const r = run(file('nam dinh 2025.csv', lines), 'district');
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['PROVINCE_ROLLED_UP']);
    // by hand: 200+100+50 = 350 with conditions, 150+80+40 = 270 resolved
    expect(rows(r.stdout)).toEqual({
      groups: [
        ['Ninh Bình', 'Cục THADS tỉnh Nam Định', '200', '150', '86', 3, 3],
        ['Ninh Bình', 'Chi cục THADS huyện Vụ Bản', '100', '80', '86', 1, 3],
        ['Ninh Bình', 'Chi cục THADS huyện Ý Yên', '50', '40', '86', 1, 3],
      ],
      total: ['350', '270'],
    });
  });

  test('a 2024 list of the Cục (by the 63): offices ranked of 5, nothing rolled up', () => {
    const r = run(file('toan quoc 2024 - cuc.csv', [SENDER, TITLE_2025.replace(' 2025 (từ 01/10/2024 đến 30/9/2025)', ' 2024'), HEAD, ...AGENCIES]), 'district');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const out = rows(r.stdout);
    expect(out.groups.map((g) => [g[0], g[1], g[6]])).toEqual([
      [null, 'Cục THADS tỉnh Nam Định', 5],
      [null, 'Cục THADS tỉnh Hà Nam', 5],
      [null, 'Cục THADS tỉnh Ninh Bình', 5],
      [null, 'Cục THADS tỉnh Gia Lai', 5],
      [null, 'Cục THADS tỉnh Kon Tum', 5],
    ]);
    // by hand: 500+400+300+200+100 = 1500, 450+300+200+150+90 = 1190
    expect(out.total).toEqual(['1500', '1190']);
  });

});

describe('a 2025 list of the 34 by the new agencies: a table of provinces too (was offices of no province)', () => {
  test('a 2025 list of the 34 by the new agencies ("THADS tỉnh Ninh Bình"): each row its province, nothing merged away nor rolled up', () => {
    const lines = [SENDER, TITLE_2025, HEAD, '1,THADS tỉnh Ninh Bình,2400,1200,950', '2,THADS tỉnh Gia Lai,600,200,150', '3,THADS tỉnh Quảng Ngãi,500,100,90'];
    const r = run(file('toan quoc 2025 - 34.csv', lines), 'district');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual({
      groups: [
        ['Ninh Bình', 'THADS tỉnh Ninh Bình', '1200', '950', '86', 2, 3],
        ['Gia Lai', 'THADS tỉnh Gia Lai', '200', '150', '83.9', 3, 3],
        ['Quảng Ngãi', 'THADS tỉnh Quảng Ngãi', '100', '90', '83.9', 1, 3],
      ],
      total: ['1500', '1190'],
    });
  });
});
