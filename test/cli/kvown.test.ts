// A khu vực's OWN 2025 report — title "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1" (under the province's
// line), rows its former Chi cục "(cũ)", the note "(Bao gồm số liệu của các Chi cục THADS trước
// ngày 01/7/2025)", a total row — was read as the province's list: the two former Chi cục ranked
// as offices and the total printed as "Ninh Bình province … 9.66 pp above the assigned target of
// 84.05%" (the PROVINCE's), --by province met=true, above_target +119, exit 0, only a
// TARGET_UNMATCHED warning (traps work99a 04). Right: ONE office, Phòng THADS khu vực 1, its
// former Chi cục its parts (read-csv.ts titledRegionalOffice, by-enforcer.ts
// namesTitledRegionPart), its figures under its own target (config 95 %), never the province's.
// By hand: 586 + 655 = 1.241 with conditions; 533 + 630 = 1.163 resolved; 1.163 / 1.241 =
// 0,937147… → 93,71 %; 93,71 − 95 = −1,29 pp; ceil(0,95 × 1.241) = ceil(1.178,95) = 1.179
// required; 1.163 − 1.179 = −16; met false. Money (thousand đồng): 9.565.824 + 16.389.337 =
// 25.955.161 → 25.955.161.000 đồng; 8.009.734 + 14.490.039 = 22.499.773 → 22.499.773.000;
// target 90 % → required 0,9 × 25.955.161.000 = 23.359.644.900, above −859.871.900.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-kvown-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CONFIG = join(dir, 'thads.config.json');
writeFileSync(
  CONFIG,
  JSON.stringify({ targets: { '2025': { cases: 83.9, money: 51.9, provinces: { 'Ninh Bình': { cases: 84.05, money: 52.03 } }, districts: { 'Phòng THADS khu vực 1 - Ninh Bình': { cases: 95, money: 90 } } } } }),
);
const BY_PROVINCE = ['--by', 'province', '--format', 'csv', '--config', CONFIG];
const readers = bothReaders('thads-kvown-', BY_PROVINCE);

const NOTE = '(Bao gồm số liệu của các Chi cục THADS trước ngày 01/7/2025)';
const A = 'Chi cục THADS thành phố Ninh Bình (cũ)';
const B = 'Chi cục THADS huyện Hoa Lư (cũ)';
/** The finding's file, as sent (its title, its former Chi cục, its total). */
function sent({ office = 'PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1', note = NOTE as string | null, a = A, b = B, total = true, province = 'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH' as string | null } = {}): string[] {
  return [
    ...(province === null ? [] : [`${province},,,,,`]),
    ...(office === '' ? [] : [`${office},,,,,`, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025,,,,,']),
    ...(note === null ? [] : [`${note},,,,,`]),
    ',,,,Đơn vị tính: Việc; nghìn đồng,',
    'STT,Đơn vị,Về việc,,Về tiền,',
    ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong',
    `1,${a},586,533,"9.565.824","8.009.734"`,
    `2,${b},655,630,"16.389.337","14.490.039"`,
    ...(total ? [',Tổng cộng,1241,1163,"25.955.161","22.499.773"'] : []),
  ];
}

/** The csv's rows as objects, by header. */
function rows(stdout: string): Record<string, string>[] {
  const [head, ...body] = stdout.trim().split('\n');
  const keys = head!.split(',');
  return body.map((l) => Object.fromEntries(l.split(',').map((v, i) => [keys[i], v])));
}
const pick = (r: Record<string, string>) => ({
  province: r.province,
  district: r.district,
  wc: r.cases_with_conditions,
  resolved: r.cases_resolved,
  rate: r.cases_rate,
  target: r.cases_target,
  gap: r.cases_gap_pp,
  required: r.cases_required,
  above: r.cases_above_target,
  met: r.cases_met,
  moneyTarget: r.money_target,
  moneyRequired: r.money_required,
  moneyAbove: r.money_above_target,
});
/** The khu vực's own figures under its own target (by hand, above). */
const OWN = { wc: '1241', resolved: '1163', rate: '93.71', target: '95', gap: '-1.29', required: '1179', above: '-16', met: 'false', moneyTarget: '90', moneyRequired: '23359644900', moneyAbove: '-859871900' };
/** The province's whole under the province's target: ceil(0,8405 × 1.241) = ceil(1.043,06…) = 1.044, 1.163 − 1.044 = 119; money 0,5203 × 25.955.161.000 = 13.504.470.268,3. */
const WHOLE = { wc: '1241', resolved: '1163', rate: '93.71', target: '84.05', gap: '9.66', required: '1044', above: '119', met: 'true', moneyTarget: '52.03', moneyRequired: '13504470268.3', moneyAbove: '8995302731.7' };

function expectOwn(r: { code: number; stdout: string; stderr: string }) {
  expect(r.code).toBe(0);
  const out = rows(r.stdout).map(pick);
  expect(out).toEqual([
    { province: 'Ninh Bình', district: '', ...OWN },
    { province: '', district: 'TOTAL', ...OWN },
  ]);
  expect(r.stderr).not.toMatch(/TARGET_UNMATCHED/);
}

describe("a khu vực's own 2025 report titled with its name: that one office's, under its own target (work99a 04)", () => {
  it('the finding\'s file, through the real binary: one office, Phòng THADS khu vực 1, 95 % missed by 1,29 pp', () => {
    const file = join(dir, 'KV1 Ninh Bình 2025.csv');
    writeFileSync(file, `${sent().join('\n')}\n`);
    const text = spawnThads(['summarize', file, '--format', 'text', '--config', CONFIG]);
    expect(text.code).toBe(0);
    expect(text.stdout.trim()).toBe(
      'In statistics year 2025 (1 October 2024 – 30 September 2025), Phòng THADS khu vực 1 resolved 1,163 of the 1,241 enforceable cases: a rate of 93.71%, 1.29 pp below the assigned target of 95%. In money, it resolved 22.5 of the 26 billion VND enforceable: a rate of 86.69%, 3.31 pp below the assigned target of 90%.',
    );
    expect(text.stderr).toBe('');
    expectOwn(spawnThads(['summarize', file, ...BY_PROVINCE]));
    const offices = rows(spawnThads(['summarize', file, '--format', 'csv', '--config', CONFIG]).stdout);
    expect(offices.map((r) => [r.district, r.cases_with_conditions, r.cases_resolved, r.cases_target, r.cases_rank_of])).toEqual([
      ['Phòng THADS khu vực 1', '1241', '1163', '95', '1'],
      ['TOTAL', '1241', '1163', '95', ''],
    ]);
  });

  const shapes: [string, Parameters<typeof sent>[0]][] = [
    ['as sent', {}],
    ['without the note', { note: null }],
    ['without "(cũ)"', { a: 'Chi cục THADS thành phố Ninh Bình', b: 'Chi cục THADS huyện Hoa Lư' }],
    ['neither note nor "(cũ)"', { note: null, a: 'Chi cục THADS thành phố Ninh Bình', b: 'Chi cục THADS huyện Hoa Lư' }],
    ['titled "Phòng THADS khu vực 1 - Ninh Bình"', { office: 'Phòng THADS khu vực 1 - Ninh Bình' }],
    ['titled "PHÒNG THADS KV1"', { office: 'PHÒNG THADS KV1' }],
    ['its province after its name, no province\'s line', { province: null, office: 'PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1 - NINH BÌNH' }],
    ['its districts named by their unit', { a: 'Thành phố Ninh Bình', b: 'Huyện Hoa Lư' }],
    ['without a total row', { total: false }],
  ];
  for (const [name, shape] of shapes) {
    it(`${name}: both readers, one office under 95 %`, async () => {
      expectOwn(await readers.both('KV1 2025.csv', sent(shape)));
    });
  }

  it('named only by its file name ("KV1 Ninh Bình 2025.csv", no title): the same office, both readers', async () => {
    expectOwn(await readers.both('KV1 Ninh Bình 2025.csv', sent({ office: '', note: null, province: null })));
    expectOwn(await readers.both('KV1 Ninh Bình 2025.csv', sent({ office: '', note: null, province: null, a: 'Chi cục THADS thành phố Ninh Bình', b: 'Chi cục THADS huyện Hoa Lư' })));
  });

  it('the xlsx twin: the same office', async () => {
    const lines = sent().map((l) => l.replace(/"([\d.]+)"/g, '$1').split(',').join(';'));
    expectOwn(await summarizeLinesWorkbook(dir, 'KV1 2025.xlsx', lines, BY_PROVINCE));
  });

  it('another office after its former Chi cục under its title: refused, located, never summed into it', async () => {
    const lines = [...sent().slice(0, -1), '3,Văn phòng THADS tỉnh,10,5,"1.000","500"', ',Tổng cộng,1251,1168,"25.956.161","22.500.273"'];
    const r = await readers.both('KV1 2025.csv', lines, BY_PROVINCE);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:10:2: error: "Văn phòng THADS tỉnh" follows the former offices read as the parts of "Phòng THADS khu vực 1", the office the file\'s title names (line 2)');
    expect(r.stderr).toMatch(/\[NOT_AN_OFFICE\]/);
  });
});

describe('over-reach controls: near shapes keep their reading', () => {
  it("the province's whole table, titled with the province and the same note, its khu vực as offices: the province's, 84,05 %", async () => {
    const lines = sent({ office: '', a: 'Phòng THADS khu vực 1', b: 'Phòng THADS khu vực 2' });
    const r = await readers.both('Ninh Bình 2025.csv', lines);
    expect(r.code).toBe(0);
    expect(rows(r.stdout).map(pick)).toEqual([
      { province: 'Ninh Bình', district: '', ...WHOLE },
      { province: '', district: 'TOTAL', ...WHOLE },
    ]);
  });

  it("the former Chi cục in a file named for the province, with no title naming a khu vực: the province's list, as before", async () => {
    const r = await readers.both('Ninh Bình 2025.csv', sent({ office: '', note: null }));
    expect(r.code).toBe(0);
    expect(rows(r.stdout).map(pick)).toEqual([
      { province: 'Ninh Bình', district: '', ...WHOLE },
      { province: '', district: 'TOTAL', ...WHOLE },
    ]);
  });

  it("a khu vực's 2026 file with its own row only: its own report, as before", async () => {
    const lines = [
      'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH,,,,,',
      'PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1,,,,,',
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026,,,,,',
      ',,,,Đơn vị tính: Việc; nghìn đồng,',
      'STT,Đơn vị,Về việc,,Về tiền,',
      ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong',
      '1,Phòng THADS khu vực 1,1241,1163,"25.955.161","22.499.773"',
      ',Tổng cộng,1241,1163,"25.955.161","22.499.773"',
    ];
    const r = await readers.both('KV1 2026.csv', lines, ['--format', 'csv', '--config', CONFIG]);
    expect(r.code).toBe(0);
    // (no target of 2026 in the config: none, the province's neither)
    expect(rows(r.stdout).map((x) => [x.province, x.district, x.year, x.cases_with_conditions, x.cases_resolved, x.cases_rate, x.cases_target])).toEqual([
      ['Ninh Bình', 'Phòng THADS khu vực 1', '2026', '1241', '1163', '93.71', ''],
      ['', 'TOTAL', '2026', '1241', '1163', '93.71', ''],
    ]);
  });

  it('a khu vực\'s 2025 table with its own row over its former Chi cục: read as before', async () => {
    const lines = [...sent().slice(0, 7), '1,Phòng THADS khu vực 1,1241,1163,"25.955.161","22.499.773"', `,${A},586,533,"9.565.824","8.009.734"`, `,${B},655,630,"16.389.337","14.490.039"`, ',Tổng cộng,1241,1163,"25.955.161","22.499.773"'];
    expectOwn(await readers.both('KV1 2025.csv', lines));
  });
});
