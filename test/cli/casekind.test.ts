// One office's report by kind of cases (loại việc): its title names the office ("PHÒNG THI HÀNH
// ÁN DÂN SỰ KHU VỰC 3 - NINH BÌNH", "CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN MỸ LỘC"), its rows "Dân sự",
// "Hình sự", "Hành chính", "Kinh doanh thương mại" under "Đơn vị". Each kind was read as an office
// (ranked, targets applied to each), exit 0; beside the province's summary holding "Phòng THADS khu
// vực 3" the office was counted twice with no DUPLICATE_INPUT. Right: the title's one office, its
// figures the rows' sum (checked against "Tổng cộng"), a duplicate beside another file of it.
// Controls: a province's table of real offices, and an office named "… khu vực Dân …", unchanged.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-casekind-');

const HEAD = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const KINDS = ['Dân sự,100,80,5000,2000', 'Hình sự,200,150,7000,3000', 'Hành chính,10,5,100,50', 'Kinh doanh thương mại,5,5,100,50'];
const report = (office: string, year: number, rows: readonly string[]) => [office, `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${year}`, 'Đơn vị tính: việc; nghìn đồng', HEAD, ...rows];
const KV3 = file('kv3/2026.csv', report('PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3 - NINH BÌNH', 2026, [...KINDS, 'Tổng cộng,315,240,12200,5100']));
const KV3_WRONG_TOTAL = file('wrong/2026.csv', report('PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3 - NINH BÌNH', 2026, [...KINDS, 'Tổng cộng,316,240,12200,5100']));
const MY_LOC = file('myloc/2024.csv', report('CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN MỸ LỘC', 2024, [...KINDS, 'Tổng cộng,315,240,12200,5100']));
/** The province's summary: khu vực 3 with figures of its own (a later revision), not the kinds' sum. */
const PROVINCE = file('kv3/tinh-2026.csv', [
  'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026',
  'Đơn vị tính: việc; nghìn đồng',
  `STT,${HEAD}`,
  '1,Phòng THADS khu vực 3,320,241,12300,5200',
  '2,Phòng THADS khu vực 4,100,60,1000,500',
  ',Tổng cộng,420,301,13300,5700',
]);
const NAM_DINH_2024 = file('myloc/tinh-2024.csv', [
  'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024',
  'Đơn vị tính: việc; nghìn đồng',
  `STT,${HEAD}`,
  '1,Chi cục THADS huyện Mỹ Lộc,320,241,12300,5200',
  '2,Chi cục THADS huyện Vụ Bản,100,60,1000,500',
  ',Tổng cộng,420,301,13300,5700',
]);
/** Control: a titled province's table of real offices, one of them "khu vực Dân …" (no case kind). */
const OFFICES = file('offices/2026.csv', [
  'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026',
  'Đơn vị tính: việc; nghìn đồng',
  HEAD,
  'Phòng THADS khu vực 1,100,80,5000,2000',
  'Phòng THADS khu vực Dân Tiến,200,150,7000,3000',
  'Phòng THADS khu vực 3,10,5,100,50',
  'Tổng cộng,310,235,12100,5050',
]);

function run(args: string[]) {
  const r = spawnThads(args, { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
type Group = { district: string; cases: { withConditions: string; resolved: string; rank: number | null }; money: { withConditions: string; resolved: string } };
function offices(stdout: string): Record<string, [string, string, string, string]> {
  const groups = (JSON.parse(stdout) as { groups: Group[] }).groups;
  return Object.fromEntries(groups.map((g) => [g.district, [g.cases.withConditions, g.cases.resolved, g.money.withConditions, g.money.resolved]]));
}

describe('one office\'s report by kind of cases (loại việc) under its title', () => {
  test('a khu vực\'s breakdown is that one office, the kinds\' sum: 315 / 240 việc, 12.200 / 5.100 nghìn đồng', () => {
    const r = run(['summarize', KV3, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    // by hand: 100+200+10+5 = 315, 80+150+5+5 = 240, 5000+7000+100+100 = 12200, 2000+3000+50+50 = 5100 (nghìn → đồng ×1000)
    expect(offices(r.stdout)).toEqual({ 'Phòng THADS khu vực 3': ['315', '240', '12200000', '5100000'] });
    expect(r.stdout).not.toMatch(/Dân sự|Hình sự|Hành chính|Kinh doanh/);
  });

  test('its "Tổng cộng" is still checked against the kinds\' sum', () => {
    const r = run(['summarize', KV3_WRONG_TOTAL, '--format', 'json']);
    expect(r.code).not.toBe(0);
    expect(stderrCodes(r.stderr)).toContain('DECLARED_TOTAL_MISMATCH');
  });

  test('a Chi cục\'s breakdown is that Chi cục', () => {
    const r = run(['summarize', MY_LOC, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(Object.values(offices(r.stdout))).toEqual([['315', '240', '12200000', '5100000']]);
    expect(Object.keys(offices(r.stdout))[0]).toMatch(/Mỹ Lộc/);
  });

  test('beside the province\'s summary holding "Phòng THADS khu vực 3": DUPLICATE_INPUT, nothing summed (was 735 việc, khu vực 3 twice)', () => {
    const r = run(['summarize', KV3, PROVINCE, '--format', 'json']);
    expect(r.code).not.toBe(0);
    expect(stderrCodes(r.stderr)).toContain('DUPLICATE_INPUT');
    expect(r.stdout).toBe('');
  });

  test('titled with its former province ("KHU VỰC 3 - NAM ĐỊNH", 2026) beside Ninh Bình\'s summary: the same khu vực 3, DUPLICATE_INPUT', () => {
    // a khu vực is numbered within the province formed on 1/7/2025: was "khu vực 3 (Nam Định)" beside
    // "khu vực 3 (Ninh Bình)", 315 + 320 + 100 = 735 việc, exit 0 (office-registry.ts fits)
    const kv3 = file('former/2026.csv', report('PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3 - NAM ĐỊNH', 2026, [...KINDS, 'Tổng cộng,315,240,12200,5100']));
    const r = run(['summarize', kv3, PROVINCE, '--format', 'json']);
    expect(r.code).not.toBe(0);
    expect(stderrCodes(r.stderr)).toContain('DUPLICATE_INPUT');
    expect(r.stdout).toBe('');
  });

  test('a Chi cục\'s breakdown beside its province\'s table: DUPLICATE_INPUT', () => {
    const r = run(['summarize', MY_LOC, NAM_DINH_2024, '--format', 'json']);
    expect(r.code).not.toBe(0);
    expect(stderrCodes(r.stderr)).toContain('DUPLICATE_INPUT');
  });

  test('the .xlsx twin reads as the one office', async () => {
    const lines = report('PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3 - NINH BÌNH', 2026, [...KINDS, 'Tổng cộng,315,240,12200,5100']).map((l) => (l.startsWith('Đơn vị tính') ? 'Đơn vị tính: việc, nghìn đồng' : l.replace(/,/g, ';')));
    const r = await summarizeLinesWorkbook(dir, 'kv3-2026.xlsx', lines, ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(offices(r.stdout)).toEqual({ 'Phòng THADS khu vực 3': ['315', '240', '12200000', '5100000'] });
  });
});

describe('controls: real offices keep their reading', () => {
  test('a province\'s table of offices (one "khu vực Dân Tiến") is three offices', () => {
    const r = run(['summarize', OFFICES, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(offices(r.stdout)).toEqual({
      'Phòng THADS khu vực 1': ['100', '80', '5000000', '2000000'],
      'Phòng THADS khu vực Dân Tiến': ['200', '150', '7000000', '3000000'],
      'Phòng THADS khu vực 3': ['10', '5', '100000', '50000'],
    });
  });

  test('the province\'s summary alone is its two offices', () => {
    const r = run(['summarize', PROVINCE, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(offices(r.stdout)).toEqual({
      'Phòng THADS khu vực 3': ['320', '241', '12300000', '5200000'],
      'Phòng THADS khu vực 4': ['100', '60', '1000000', '500000'],
    });
  });
});
