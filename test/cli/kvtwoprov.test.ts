// A config's year-level office target under a name of no province ("Phòng Thi hành án dân sự khu
// vực 1") over an input with two provinces' office of that name, one table writing it bare ("Phòng
// THADS khu vực 1" of Ninh Bình), the other writing its own province after it ("Phòng THADS khu
// vực 1 - Hà Nội" in Hà Nội's file): a human cannot tell which khu vực 1 it is for, so thads
// refuses it (TARGET_AMBIGUOUS, exit 2), as it does when both write the name bare. work98a 02:
// Ninh Bình's took the 90 % silently, exit 0. Controls: one province alone binds as before (bare
// rows, or Hà Nội's rows with their province: session 29), both bare stay ambiguous, another
// number of Hà Nội's stays apart, a province's own target for Hà Nội's office leaves the year's
// name to Ninh Bình's as before. The real binary; plain (byte scanner), titled (reference reader)
// and xlsx; every figure below worked out by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { SHAPES, threeShapes, type Office, type Shape } from '../helpers/three-shapes.js';

const shapes = threeShapes('thads-kvtwoprov-');
const { dir } = shapes;
let n = 0;

/** `province`'s table of `year` in `shape`; a plain file says its province by its name alone, in a folder of its own. */
async function write(shape: Shape, province: string, year: number, offices: readonly Office[]): Promise<string> {
  if (shape !== 'plain') return shapes.write(shape, `${province} ${n++} ${year}`, province, offices);
  const folder = join(dir, `plain-${n++}`);
  mkdirSync(folder);
  const file = join(folder, `${province} ${year}.csv`);
  const rows = offices.map(([office, c, r, m, mr], i) => `${i + 1};${office};${c};${r};${m}000;${mr}000`);
  writeFileSync(file, `${['STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong', ...rows].join('\n')}\n`);
  return file;
}

interface Cases { rate: string; target: string; gapPp: string; required: string; aboveTarget: string; met: boolean }
interface Group { province: string; district: string | null; cases: Cases }

function run(files: readonly string[], targets: unknown) {
  const config = join(dir, `config-${n++}.json`);
  writeFileSync(config, JSON.stringify({ targets }));
  const r = spawnThads(['summarize', ...files, '--config', config, '--format', 'json'], { cwd: dir });
  const groups: Group[] = r.stdout.trim().startsWith('{') ? JSON.parse(r.stdout).groups : [];
  return { code: r.code, stdout: r.stdout, stderr: r.stderr, office: (province: string, name: string) => groups.find((g) => g.province === province && g.district === name)?.cases };
}

// 2026 (no built-in target): the config's year 84 % / 50 %; money at 50,00 % throughout.
const NB: Office[] = [
  ['Phòng THADS khu vực 1', 1500, 1300, 46000000, 23000000],
  ['Phòng THADS khu vực 2', 700, 600, 8000000, 4000000],
];
const HN_KV1: Office[] = [['Phòng THADS khu vực 1 - Hà Nội', 2400, 2040, 20000000, 10000000]];
const BARE_KV1 = (t: Record<string, unknown>) => ({ 2026: { cases: 84, money: 50, districts: { 'Phòng Thi hành án dân sự khu vực 1': t } } });

// By hand: Ninh Bình KV1 1.300/1.500 = 86,67 % vs 90: −3,33, ceil(0,90 × 1.500) = 1.350, 50 short.
const NB_KV1_90 = { rate: '86.67', target: '90', gapPp: '-3.33', required: '1350', aboveTarget: '-50', met: false };
// Ninh Bình KV2 600/700 = 85,71 % vs 84: +1,71, ceil(588) = 588, 12 over.
const NB_KV2_84 = { rate: '85.71', target: '84', gapPp: '1.71', required: '588', aboveTarget: '12', met: true };
// Hà Nội KV1 2.040/2.400 = 85,00 % vs 86: −1,00, ceil(2.064) = 2.064, 24 short.
const HN_KV1_86 = { rate: '85.00', target: '86', gapPp: '-1.00', required: '2064', aboveTarget: '-24', met: false };
// Hà Nội KV2 1.670/2.000 = 83,50 % vs 84: −0,50, 1.680, 10 short.
const HN_KV2_84 = { rate: '83.50', target: '84', gapPp: '-0.50', required: '1680', aboveTarget: '-10', met: false };

/** Refused at the config's key (`key` as the message writes it: an ASCII name unquoted), nothing summed. */
function ambiguous(r: ReturnType<typeof run>, key: string) {
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(`targets."2026".districts.${key}: offices of 2 provinces of the input have this name`);
  expect(r.stderr).toContain('Ninh Bình');
  expect(r.stderr).toContain('Hà Nội');
  expect(r.stderr).toContain('[TARGET_AMBIGUOUS]');
  expect(r.stdout).toBe('');
}

describe.each(SHAPES)('%s: a bare year-level office name, one province writing it bare, another with its province', (shape) => {
  test('Ninh Bình\'s "Phòng THADS khu vực 1" and Hà Nội\'s "Phòng THADS khu vực 1 - Hà Nội": TARGET_AMBIGUOUS, exit 2', async () => {
    const nb = await write(shape, 'Ninh Bình', 2026, NB);
    const hn = await write(shape, 'Hà Nội', 2026, HN_KV1);
    ambiguous(run([nb, hn], BARE_KV1({ cases: 90 })), '"Phòng Thi hành án dân sự khu vực 1"');
    ambiguous(run([hn, nb], BARE_KV1({ cases: 90 })), '"Phòng Thi hành án dân sự khu vực 1"');
  });

  test('the config writing the name as Ninh Bình\'s table does ("Phòng THADS khu vực 1"), or short ("KV1"): ambiguous too', async () => {
    const nb = await write(shape, 'Ninh Bình', 2026, NB);
    const hn = await write(shape, 'Hà Nội', 2026, HN_KV1);
    ambiguous(run([nb, hn], { 2026: { cases: 84, money: 50, districts: { 'Phòng THADS khu vực 1': { cases: 90 } } } }), '"Phòng THADS khu vực 1"');
    ambiguous(run([nb, hn], { 2026: { cases: 84, money: 50, districts: { KV1: { cases: 90 } } } }), 'KV1');
  });

  test('a district before 2025: Tiền Giang\'s "Chi cục THADS huyện Châu Thành" and Bến Tre\'s "… Châu Thành - tỉnh Bến Tre"', async () => {
    const tg = await write(shape, 'Tiền Giang', 2024, [['Chi cục THADS huyện Châu Thành', 200, 160, 4000000, 2000000]]);
    const bt = await write(shape, 'Bến Tre', 2024, [['Chi cục THADS huyện Châu Thành - tỉnh Bến Tre', 300, 240, 6000000, 3000000]]);
    const r = run([tg, bt], { 2024: { districts: { 'Chi cục THADS huyện Châu Thành': { cases: 78 } } } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('targets."2024".districts."Chi cục THADS huyện Châu Thành": offices of 2 provinces of the input have this name');
    expect(r.stderr).toContain('[TARGET_AMBIGUOUS]');
    expect(r.stdout).toBe('');
  });

  // over-reach controls: their present reading, asserted
  test('control: Ninh Bình\'s table alone binds as before', async () => {
    const r = run([await write(shape, 'Ninh Bình', 2026, NB)], BARE_KV1({ cases: 90 }));
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('TARGET_');
    expect(r.office('Ninh Bình', 'Phòng THADS khu vực 1')).toMatchObject(NB_KV1_90);
    expect(r.office('Ninh Bình', 'Phòng THADS khu vực 2')).toMatchObject(NB_KV2_84);
  });

  test('control: Hà Nội\'s "Phòng THADS khu vực 1 - Hà Nội" alone binds as before (session 29)', async () => {
    const r = run([await write(shape, 'Hà Nội', 2026, HN_KV1)], BARE_KV1({ cases: 86 }));
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('TARGET_');
    expect(r.office('Hà Nội', 'Phòng THADS khu vực 1 - Hà Nội')).toMatchObject(HN_KV1_86);
  });

  test('control: both written bare stay TARGET_AMBIGUOUS', async () => {
    const nb = await write(shape, 'Ninh Bình', 2026, NB);
    const hn = await write(shape, 'Hà Nội', 2026, [['Phòng THADS khu vực 1', 2400, 2040, 20000000, 10000000]]);
    ambiguous(run([nb, hn], BARE_KV1({ cases: 90 })), '"Phòng Thi hành án dân sự khu vực 1"');
  });

  test('control: Hà Nội\'s "Phòng THADS khu vực 2 - Hà Nội" beside Ninh Bình\'s table is no khu vực 1: Ninh Bình\'s binds as before', async () => {
    const nb = await write(shape, 'Ninh Bình', 2026, NB);
    const hn = await write(shape, 'Hà Nội', 2026, [['Phòng THADS khu vực 2 - Hà Nội', 2000, 1670, 10000000, 5000000]]);
    const r = run([nb, hn], BARE_KV1({ cases: 90 }));
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('TARGET_');
    expect(r.office('Ninh Bình', 'Phòng THADS khu vực 1')).toMatchObject(NB_KV1_90);
    expect(r.office('Hà Nội', 'Phòng THADS khu vực 2 - Hà Nội')).toMatchObject(HN_KV2_84);
  });

  test('control: Hà Nội giving its khu vực 1 every measure under its province leaves the year\'s name to Ninh Bình\'s, as before', async () => {
    const nb = await write(shape, 'Ninh Bình', 2026, NB);
    const hn = await write(shape, 'Hà Nội', 2026, HN_KV1);
    const targets = { 2026: { cases: 84, money: 50, districts: { 'Phòng Thi hành án dân sự khu vực 1': { cases: 90 } }, provinces: { 'Hà Nội': { districts: { 'Phòng THADS khu vực 1 - Hà Nội': { cases: 86 } } } } } };
    const r = run([nb, hn], targets);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('TARGET_');
    expect(r.office('Ninh Bình', 'Phòng THADS khu vực 1')).toMatchObject(NB_KV1_90);
    expect(r.office('Hà Nội', 'Phòng THADS khu vực 1 - Hà Nội')).toMatchObject(HN_KV1_86);
  });
});

describe('work98a 02 as sent: Ninh Bình\'s table, Hà Nội\'s khu vực 1 file', () => {
  const table = (province: string, vp: string, kv1: string, total: string) => [
    `THI HÀNH ÁN DÂN SỰ TỈNH ${province}`,
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC',
    'Năm 2026 (từ 01/10/2025 đến 30/9/2026)',
    ',,,,,,,Đơn vị tính: việc',
    'STT,Đơn vị,Tổng số thụ lý,Tổng số phải thi hành,Có điều kiện,Giải quyết xong,Chưa có điều kiện,Tỷ lệ (%)',
    `1,${vp},600,575,500,425,75,"85,00"`,
    `2,Phòng THADS khu vực 1,${kv1}`,
    '3,Phòng THADS khu vực 2,600,575,500,425,75,"85,00"',
    `,Tổng cộng,${total}`,
    ',Người lập biểu,,,,,,THỦ TRƯỞNG',
  ];
  const files = () => {
    const folder = join(dir, `as-sent-${n++}`);
    mkdirSync(folder);
    const put = (name: string, lines: string[]) => {
      writeFileSync(join(folder, name), `${lines.join('\n')}\n`);
      return join(folder, name);
    };
    return {
      nb: put('Ninh Binh viec 2026.csv', table('NINH BÌNH', 'Văn phòng THADS tỉnh', '600,570,500,430,70,"86,00"', '1.800,1.720,1.500,1.280,220,"85,33"')),
      hnTable: put('Ha Noi viec 2026.csv', table('HÀ NỘI', 'Văn phòng THADS thành phố', '600,580,500,400,80,"80,00"', '1.800,1.730,1.500,1.250,230,"83,33"')),
      hnKv1: put('KV1 Ha Noi viec 2026.csv', [
        'THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HÀ NỘI',
        'PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1 - HÀ NỘI',
        'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC',
        'Năm 2026 (từ 01/10/2025 đến 30/9/2026)',
        ',,,,,,Đơn vị tính: việc',
        'Đơn vị,Tổng số thụ lý,Tổng số phải thi hành,Có điều kiện,Giải quyết xong,Chưa có điều kiện,Tỷ lệ (%)',
        'Phòng THADS khu vực 1 - Hà Nội,600,580,500,400,80,"80,00"',
      ]),
    };
  };
  const targets = { 2026: { cases: 84, money: 52, districts: { 'Phòng Thi hành án dân sự khu vực 1': { cases: 90 } } } };

  test('TARGET_AMBIGUOUS, exit 2 (was: Ninh Bình\'s khu vực 1 took the 90 %, exit 0)', () => {
    const f = files();
    const r = run([f.nb, f.hnKv1], targets);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('targets."2026".districts."Phòng Thi hành án dân sự khu vực 1": offices of 2 provinces of the input have this name (Ninh Bình, Hà Nội)');
    expect(r.stderr).toContain('[TARGET_AMBIGUOUS]');
    expect(r.stdout).toBe('');
  });

  test('control: the two tables, both writing it bare, TARGET_AMBIGUOUS as before', () => {
    const f = files();
    const r = run([f.nb, f.hnTable], targets);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('offices of 2 provinces of the input have this name (Ninh Bình, Hà Nội)');
  });

  test('control: Ninh Bình\'s table alone, its khu vực 1 at 90 %: 430/500 = 86,00 %, −4,00, 450, 20 short', () => {
    const r = run([files().nb], targets);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('TARGET_');
    expect(r.office('Ninh Bình', 'Phòng THADS khu vực 1')).toMatchObject({ rate: '86.00', target: '90', gapPp: '-4.00', required: '450', aboveTarget: '-20', met: false });
  });

  test('control: Hà Nội\'s khu vực 1 file alone, at 90 %: 400/500 = 80,00 %, −10,00, 450, 50 short', () => {
    const r = run([files().hnKv1], targets);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('TARGET_');
    expect(r.office('Hà Nội', 'Phòng THADS khu vực 1 - Hà Nội')).toMatchObject({ rate: '80.00', target: '90', gapPp: '-10.00', required: '450', aboveTarget: '-50', met: false });
  });
});
