// The district level's offices alone, beyond the session-28 TOTAL (chicuconly.test.ts):
// (1) one Chi cục's own report (title "CHI CỤC THADS HUYỆN MỸ LỘC", one row; config Mỹ Lộc 80 / 40,
// province 86 / 48) was printed "toàn tỉnh Nam Định: … 421/455 …, vượt 6,53% so với chỉ tiêu được
// giao (86%)", exit 0 (work97b 01); so were several Chi cục's own files without the Văn phòng Cục's;
// (2) a table "… CỦA CÁC CHI CỤC …" / "Cộng các Chi cục" run --by province gave the province's group
// the province's target 86 / 48 ("của Nam Định … vượt 7,18%", work97b 02), the 2025 form too.
// Now a total or a group above the offices all of whose rows are of the district level's offices
// alone is no province's whole (collect.ts districtSeen, ownReportOf): under no province's target;
// of ONE office, that office's, under its own (config) target alone. Figures below are by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-chicuconly-own-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function put(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}
const CONFIG = put('thads.config.json', JSON.stringify({ targets: { 2024: { cases: 83.25, money: 46.45, provinces: { 'Nam Định': { cases: 86, money: 48 } }, districts: { 'Chi cục THADS huyện Mỹ Lộc': { cases: 80, money: 40 } } } } }));
const PROVINCE_ONLY = put('province-only.json', JSON.stringify({ targets: { 2024: { cases: 83.25, money: 46.45, provinces: { 'Nam Định': { cases: 86, money: 48 } } } } }));
const KV_CONFIG = put('kv.json', JSON.stringify({ targets: { 2025: { cases: 83.9, money: 51.9, provinces: { 'Ninh Bình': { cases: 84.05, money: 52.03 } } } } }));

const JSON_ARGS = (config: string) => ['--config', config, '--format', 'json'];
const VI = (config: string) => ['--config', config, '--format', 'text', '--lang', 'vi'];
const readers = bothReaders('thads-chicuconly-own-', JSON_ARGS(CONFIG));

const HEAD = 'Đơn vị,Có điều kiện (việc),Giải quyết xong (việc),Có điều kiện (tiền),Giải quyết xong (tiền)';
const MY_LOC = 'Chi cục THADS huyện Mỹ Lộc,455,421,"210.987.654","105.493.827"';
const VU_BAN = 'Chi cục THADS huyện Vụ Bản,630,590,"333.333.333","166.666.667"';
const VP_CUC = 'Văn phòng Cục THADS tỉnh Nam Định,100,80,"100.000.000","50.000.000"';
const own = (office: string, row: string) => ['CỤC THADS TỈNH NAM ĐỊNH', office, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', 'Đơn vị tính: nghìn đồng', HEAD, row];
const MY_LOC_FILE = own('CHI CỤC THADS HUYỆN MỸ LỘC', MY_LOC);
const VU_BAN_FILE = own('CHI CỤC THADS HUYỆN VỤ BẢN', VU_BAN);
const VP_FILE = own('VĂN PHÒNG CỤC THADS TỈNH NAM ĐỊNH', VP_CUC);
const csv = (lines: readonly string[]) => `${lines.join('\n')}\n`;

// 105.493.827 / 210.987.654 nghìn đồng = 0,5 exactly → 50,00 %
const MY_LOC_MONEY = 'Về tiền, đã giải quyết xong 105,5/211 tỷ đồng có điều kiện thi hành, đạt 50,00%';
const INTRO = 'Năm 2024 (từ 1/10/2023 đến 30/9/2024), kết quả thi hành án dân sự';
// 421 / 455 = 0,925274… → 92,53 %; 92,53 − 80 = 12,53 (Mỹ Lộc's own target)
const MY_LOC_VI = `${INTRO} của Chi cục THADS huyện Mỹ Lộc: về việc, đã giải quyết xong 421/455 việc có điều kiện giải quyết, đạt 92,53%, vượt 12,53% so với chỉ tiêu được giao (80%). ${MY_LOC_MONEY}, vượt 10,00% so với chỉ tiêu được giao (40%).`;
// 421 + 590 = 1.011; 105.493.827 + 166.666.667 = 272.160.494 of 544.320.987 (50,00 %)
// 421 + 590 = 1.011; 455 + 630 = 1.085; 1.011 / 1.085 = 0,931797… → 93,18 %, no target
const CHI_CUC_VI = `${INTRO} của các Chi cục thi hành án dân sự tỉnh Nam Định: về việc, đã giải quyết xong 1.011/1.085 việc có điều kiện giải quyết, đạt 93,18%. Về tiền, đã giải quyết xong 272,2/544,3 tỷ đồng có điều kiện thi hành, đạt 50,00%.`;
// with the Văn phòng Cục: money 272.160.494 + 50.000.000 = 322.160.494 of 644.320.987 (50,00 %, + 2,00 over 48)
// with the Văn phòng Cục: 1.011 + 80 = 1.091; 1.085 + 100 = 1.185; 0,920675… → 92,07 %, − 86 = 6,07
const PROVINCE_VI = `${INTRO} toàn tỉnh Nam Định: về việc, đã giải quyết xong 1.091/1.185 việc có điều kiện giải quyết, đạt 92,07%, vượt 6,07% so với chỉ tiêu được giao (86%). Về tiền, đã giải quyết xong 322,2/644,3 tỷ đồng có điều kiện thi hành, đạt 50,00%, vượt 2,00% so với chỉ tiêu được giao (48%).`;

type Measured = { withConditions: string; resolved: string; rate: string; target: string | null; gapPp: string | null };
const pick = (m: Measured) => [m.withConditions, m.resolved, m.rate, m.target, m.gapPp];
const last = (stdout: string) => stdout.trim().split('\n\n').slice(-1)[0];

describe('one Chi cục\'s own report: that office\'s, under its own target (work97b 01)', () => {
  const file = put('My Loc 2024.csv', csv(MY_LOC_FILE));

  it('json: the TOTAL is Mỹ Lộc\'s, 92,53 % against 80 (was 86, gap 6,53), money 50,00 % against 40 (was 48)', () => {
    const r = spawnThads(['summarize', file, ...JSON_ARGS(CONFIG)]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(pick(out.total.cases)).toEqual(['455', '421', '92.53', '80', '12.53']);
    // 105.493.827 / 210.987.654 = 0,5 exactly; 50,00 − 40 = 10,00
    expect([out.total.money.rate, out.total.money.target, out.total.money.gapPp]).toEqual(['50.00', '40', '10.00']);
    expect(pick(out.groups[0].cases)).toEqual(['455', '421', '92.53', '80', '12.53']);
  });

  it('text --by none and --by province: "của Chi cục THADS huyện Mỹ Lộc", never "toàn tỉnh"', () => {
    for (const by of ['none', 'province']) {
      const r = spawnThads(['summarize', file, '--by', by, ...VI(CONFIG)]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.trim(), by).toBe(MY_LOC_VI);
    }
    const p = spawnThads(['summarize', file, '--by', 'province', ...JSON_ARGS(CONFIG)]);
    expect(pick(JSON.parse(p.stdout).groups[0].cases)).toEqual(['455', '421', '92.53', '80', '12.53']);
  });

  it('no target of its own in the config: the target its own row is held to (the province\'s 86, as on the office\'s row), said of the office, never "toàn tỉnh"', () => {
    const r = spawnThads(['summarize', file, '--by', 'none', ...VI(PROVINCE_ONLY)]);
    expect(r.code, r.stderr).toBe(0);
    // (session 29: a total of ONE office is that office's row, under the target its row is under; 421/455 = 92,53 % on 86: +6,53)
    expect(r.stdout.trim().split('\n\n')[0]).toContain(`${INTRO} của Chi cục THADS huyện Mỹ Lộc: về việc, đã giải quyết xong 421/455 việc có điều kiện giải quyết, đạt 92,53%, vượt 6,53% so với chỉ tiêu được giao (86%).`);
    expect(r.stdout).not.toContain('toàn tỉnh');
    const j = spawnThads(['summarize', file, ...JSON_ARGS(PROVINCE_ONLY)]);
    const out = JSON.parse(j.stdout);
    expect(out.total.cases.target).toBe(out.groups[0].cases.target);
    expect(String(out.total.cases.target)).toBe('86');
  });

  it('both readers: the titled file, and a plain one whose name names the office', async () => {
    const a = await readers.both('My Loc 2024.csv', MY_LOC_FILE);
    expect(a.code, a.stderr).toBe(0);
    expect(pick(JSON.parse(a.stdout).total.cases)).toEqual(['455', '421', '92.53', '80', '12.53']);
    for (const name of ['Mỹ Lộc - Nam Định 2024.csv', 'Chi cuc THADS huyen My Loc - Nam Dinh 2024.csv']) {
      const b = await readers.both(name, [HEAD, MY_LOC]);
      expect(b.code, b.stderr).toBe(0);
      expect(pick(JSON.parse(b.stdout).total.cases), name).toEqual(['455', '421', '92.53', '80', '12.53']);
    }
  });

  it('the xlsx twin', async () => {
    const lines = MY_LOC_FILE.map((l) => l.replace(/"([\d.]+)"/g, '$1').replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'My Loc 2024.xlsx', lines, ['--by', 'none', ...VI(CONFIG)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(MY_LOC_VI);
  });

  it('2025: a Phòng THADS khu vực\'s own report: its total and group under the target its own row is under', () => {
    const kv = put('KV1 2025.csv', csv(['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'PHÒNG THADS KHU VỰC 1', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', 'Đơn vị tính: nghìn đồng', HEAD, 'Phòng THADS khu vực 1,6.500,5.800,"250.000.000","130.000.000"']));
    const r = spawnThads(['summarize', kv, '--by', 'province', ...JSON_ARGS(KV_CONFIG)]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    // 5.800 / 6.500 = 0,892307… → 89,23 %
    // (session 29: one office's total is its row's: 89,23 % on 84,05: +5,18; was no target at all)
    expect(pick(out.total.cases)).toEqual(['6500', '5800', '89.23', '84.05', '5.18']);
    expect(pick(out.groups[0].cases)).toEqual(['6500', '5800', '89.23', '84.05', '5.18']);
  });
});

describe('several Chi cục\'s own files without the Văn phòng Cục\'s: theirs, not the province\'s', () => {
  const a = put('ML 2024.csv', csv(MY_LOC_FILE));
  const b = put('VB 2024.csv', csv(VU_BAN_FILE));

  it('--by none: "của các Chi cục … tỉnh Nam Định", 1.011/1.085, no target (was "toàn tỉnh", vượt 7,18%)', () => {
    const r = spawnThads(['summarize', a, b, '--by', 'none', ...VI(CONFIG)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n\n')[0]).toBe(CHI_CUC_VI);
    expect(r.stdout).not.toContain('toàn tỉnh');
  });

  it('--by province: the province\'s group has no target; the offices keep theirs (--by district)', () => {
    const p = JSON.parse(spawnThads(['summarize', a, b, '--by', 'province', ...JSON_ARGS(CONFIG)]).stdout);
    expect(pick(p.groups[0].cases)).toEqual(['1085', '1011', '93.18', null, null]);
    expect(pick(p.total.cases)).toEqual(['1085', '1011', '93.18', null, null]);
    const d = JSON.parse(spawnThads(['summarize', a, b, ...JSON_ARGS(CONFIG)]).stdout);
    // Vụ Bản 590 / 630 = 0,936507… → 93,65 %, under the province's 86: 7,65
    expect(d.groups.map((g: { cases: Measured }) => pick(g.cases))).toEqual([['455', '421', '92.53', '80', '12.53'], ['630', '590', '93.65', '86', '7.65']]);
  });
});

describe('a table of the Chi cục only, --by province: the province\'s group as its TOTAL (work97b 02)', () => {
  const TABLE = ['CỤC THADS TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA CÁC CHI CỤC NĂM 2024', 'Đơn vị tính: nghìn đồng', `STT,${HEAD}`, `1,${MY_LOC}`, `2,${VU_BAN}`, ',Cộng các Chi cục,1.085,1.011,"544.320.987","272.160.494"'];
  const file = put('Nam Dinh 2024.csv', csv(TABLE));

  it('json and text: no target on the group (was 86, gap 7,18), "của các Chi cục … tỉnh Nam Định"', () => {
    const r = spawnThads(['summarize', file, '--by', 'province', ...JSON_ARGS(CONFIG)]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(pick(out.groups[0].cases)).toEqual(['1085', '1011', '93.18', null, null]);
    expect([out.groups[0].money.target, out.groups[0].cases.met]).toEqual([null, null]);
    const t = spawnThads(['summarize', file, '--by', 'province', ...VI(CONFIG)]);
    expect(t.stdout.trim().split('\n\n')[0]).toBe(CHI_CUC_VI);
  });

  it('the xlsx twin', async () => {
    const lines = TABLE.map((l) => l.replace(/"([\d.]+)"/g, '$1').replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'Nam Dinh 2024.xlsx', lines, ['--by', 'province', ...JSON_ARGS(CONFIG)]);
    expect(r.code, r.stderr).toBe(0);
    expect(pick(JSON.parse(r.stdout).groups[0].cases)).toEqual(['1085', '1011', '93.18', null, null]);
  });

  it('2025, "Cộng các Phòng THADS khu vực": no province target (was 84,05)', async () => {
    const kv = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA CÁC PHÒNG THADS KHU VỰC NĂM 2025', 'Đơn vị tính: nghìn đồng', `STT,${HEAD}`, '1,Phòng THADS khu vực 1,6.500,5.800,"250.000.000","130.000.000"', '2,Phòng THADS khu vực 2,6.000,5.400,"200.000.000","110.000.000"', ',Cộng các Phòng THADS khu vực,12.500,11.200,"450.000.000","240.000.000"'];
    const r = await readers.both('NB kv 2025.csv', kv, ['--by', 'province', ...JSON_ARGS(KV_CONFIG)]);
    expect(r.code, r.stderr).toBe(0);
    // 11.200 / 12.500 = 0,896 → 89,60 %
    expect(pick(JSON.parse(r.stdout).groups[0].cases)).toEqual(['12500', '11200', '89.60', null, null]);
  });

  it('control: --by district and --by none as session 28 left them', () => {
    const d = JSON.parse(spawnThads(['summarize', file, ...JSON_ARGS(CONFIG)]).stdout);
    expect(d.groups.map((g: { cases: Measured }) => pick(g.cases))).toEqual([['455', '421', '92.53', '80', '12.53'], ['630', '590', '93.65', '86', '7.65']]);
    expect(pick(d.total.cases)).toEqual(['1085', '1011', '93.18', null, null]);
    const n = spawnThads(['summarize', file, '--by', 'none', ...VI(CONFIG)]);
    expect(n.stdout.trim().split('\n\n')[0]).toBe(CHI_CUC_VI);
  });
});

describe('over-reach controls: the province\'s whole reads as before', () => {
  it('the Chi cục\'s own files WITH the Văn phòng Cục\'s: "toàn tỉnh Nam Định", 86', () => {
    const files = [put('ML2 2024.csv', csv(MY_LOC_FILE)), put('VB2 2024.csv', csv(VU_BAN_FILE)), put('VP 2024.csv', csv(VP_FILE))];
    const r = spawnThads(['summarize', ...files, '--by', 'none', ...VI(CONFIG)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(PROVINCE_VI);
    const p = JSON.parse(spawnThads(['summarize', ...files, '--by', 'province', ...JSON_ARGS(CONFIG)]).stdout);
    expect(pick(p.groups[0].cases)).toEqual(['1185', '1091', '92.07', '86', '6.07']);
  });

  it('an ordinary table with the Cục\'s row: the province\'s target, by province and in total', async () => {
    const lines = ['CỤC THADS TỈNH NAM ĐỊNH', 'Đơn vị tính: nghìn đồng', `STT,${HEAD}`, `1,${VP_CUC}`, `2,${MY_LOC}`, `3,${VU_BAN}`, ',Tổng cộng,1.185,1.091,"644.320.987","322.160.494"'];
    const r = await readers.both('Nam Dinh full 2024.csv', lines, ['--by', 'province', ...JSON_ARGS(CONFIG)]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(pick(out.groups[0].cases)).toEqual(['1185', '1091', '92.07', '86', '6.07']);
    expect(pick(out.total.cases)).toEqual(['1185', '1091', '92.07', '86', '6.07']);
    const t = await readers.both('Nam Dinh full 2024.csv', lines, ['--by', 'none', ...VI(CONFIG)]);
    expect(last(t.stdout)).toBe(PROVINCE_VI);
  });

  it('a national table by province: each province\'s target as before', async () => {
    const r = await readers.both('Toan quoc 2024.csv', ['Tỉnh,Có điều kiện (việc),Giải quyết xong (việc)', 'Nam Định,1.185,1.091', 'Hà Nam,500,400'], ['--by', 'province', ...JSON_ARGS(CONFIG)]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    // Hà Nam 400 / 500 = 80,00 % against the year's 83,25: −3,25; both 1.491 / 1.685 = 0,884866… → 88,49 %, + 5,24
    expect(out.groups.map((g: { cases: Measured }) => pick(g.cases))).toEqual([['1185', '1091', '92.07', '86', '6.07'], ['500', '400', '80.00', '83.25', '-3.25']]);
    expect(pick(out.total.cases)).toEqual(['1685', '1491', '88.49', '83.25', '5.24']);
  });
});
