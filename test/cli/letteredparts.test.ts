// A 2025 report listing under each numbered "Phòng THADS khu vực N" its former Chi cục as sub-items
// lettered "a", "b" (the ordinary Vietnamese sub-item numbering, "a.", "a)" too; work95b 01) was
// refused NOT_AN_OFFICE ("a sub-item of item 2 … a line of a breakdown"), while the same rows
// numbered "2.1", "2.2" read right. Lettered or numbered, a former office's sub-item under its khu
// vực is its part (by-enforcer.ts numbersFormerPart): checked against the khu vực's row, never
// added beside it. Lettered case kinds or persons stay refused; parts that do not add up stay
// refused as "2.1"/"2.2" ones are. Every figure below is by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-lettered-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `lines` (';'-separated) as a CSV file of commas, every cell quoted. */
function csv(name: string, lines: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.map((l) => l.split(';').map((c) => (c === '' ? '' : `"${c}"`)).join(',')).join('\n')}\n`);
  return path;
}
async function xlsx(name: string, lines: readonly string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const l of lines) ws.addRow(l.split(';').map((c) => (/^[\d.]+$/.test(c) ? Number(c.replace(/\./g, '')) : c === '' ? null : c)));
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

interface Group {
  district: string;
  cases: { total: string; withConditions: string; resolved: string; rate: string };
  money: { total: string; withConditions: string; resolved: string; rate: string };
}
/** district → [thụ lý, có điều kiện, xong, rate; money có điều kiện, xong, rate], TOTAL included */
function read(stdout: string): Record<string, string[]> {
  const json = JSON.parse(stdout) as { groups: Group[]; total: Omit<Group, 'district'> };
  const row = (g: Omit<Group, 'district'>) => [g.cases.total, g.cases.withConditions, g.cases.resolved, g.cases.rate, g.money.withConditions, g.money.resolved, g.money.rate];
  return { ...Object.fromEntries(json.groups.map((g) => [g.district, row(g)])), TOTAL: row(json.total) };
}

const TITLES = ['THI HÀNH ÁN DÂN SỰ TỈNH BẮC NINH;;;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025;;;;;;;', '(Từ ngày 01/10/2024 đến ngày 30/9/2025);;;;;;;', ';;;;;;Đơn vị tính: nghìn đồng;'];
const HEAD = 'STT;Đơn vị;Tổng số thụ lý (việc);Có điều kiện (việc);Giải quyết xong (việc);Tổng số thụ lý (tiền);Có điều kiện (tiền);Giải quyết xong (tiền)';
/** the Bắc Ninh table, its former Chi cục under each khu vực numbered by `stt` (item, part) and named with `mark` */
function table(stt: (item: number, part: number) => string, mark: string, titles = true): string[] {
  return [
    ...(titles ? TITLES : []),
    HEAD,
    ';Tổng cộng;3.223;2.509;2.165;1.681.480.368;801.481.479;369.123.455',
    '1;Thi hành án dân sự tỉnh Bắc Ninh;412;298;231;912.345.678;450.123.456;190.234.567',
    '2;Phòng THADS khu vực 1;1.523;1.201;1.032;412.345.678;201.234.567;98.765.432',
    `${stt(2, 1)};Chi cục THADS thành phố Bắc Ninh${mark};823;650;560;212.345.678;101.234.567;48.765.432`,
    `${stt(2, 2)};Chi cục THADS huyện Quế Võ${mark};700;551;472;200.000.000;100.000.000;50.000.000`,
    '3;Phòng THADS khu vực 2;1.288;1.010;902;356.789.012;150.123.456;80.123.456',
    `${stt(3, 1)};Chi cục THADS thị xã Từ Sơn${mark};688;510;452;156.789.012;70.123.456;40.123.456`,
    `${stt(3, 2)};Chi cục THADS huyện Tiên Du${mark};600;500;450;200.000.000;80.000.000;40.000.000`,
  ];
}
const LETTER = (_item: number, part: number) => 'ab'[part - 1]!;
const NUMBER = (item: number, part: number) => `${item}.${part}`;

// By hand: KV1 = 823 + 700 = 1.523, 650 + 551 = 1.201, 560 + 472 = 1.032 (money 101.234.567 +
// 100.000.000 = 201.234.567, 48.765.432 + 50.000.000 = 98.765.432); KV2 = 688 + 600 = 1.288, 510 +
// 500 = 1.010, 452 + 450 = 902 (70.123.456 + 80.000.000, 40.123.456 + 40.000.000). TOTAL = tỉnh +
// KV1 + KV2: 412 + 1.523 + 1.288 = 3.223; 298 + 1.201 + 1.010 = 2.509; 231 + 1.032 + 902 = 2.165
// (2.165/2.509 = 86,29 %); money 450.123.456 + 201.234.567 + 150.123.456 = 801.481.479 nghìn,
// 190.234.567 + 98.765.432 + 80.123.456 = 369.123.455 (46,06 %). The parts are never added.
const EXPECTED_THOUSAND = {
  'Thi hành án dân sự tỉnh Bắc Ninh': ['412', '298', '231', '77.52', '450123456000', '190234567000', '42.26'],
  'Phòng THADS khu vực 1': ['1523', '1201', '1032', '85.93', '201234567000', '98765432000', '49.08'],
  'Phòng THADS khu vực 2': ['1288', '1010', '902', '89.31', '150123456000', '80123456000', '53.37'],
  TOTAL: ['3223', '2509', '2165', '86.29', '801481479000', '369123455000', '46.06'],
};
/** the same without the unit line: money in đồng as written */
const EXPECTED_DONG = Object.fromEntries(Object.entries(EXPECTED_THOUSAND).map(([k, v]) => [k, v.map((c, i) => (i === 4 || i === 5 ? c.slice(0, -3) : c))]));

function summarize(path: string, ...extra: string[]) {
  return spawnThads(['summarize', path, '--format', 'json', ...extra]);
}

describe('former Chi cục lettered "a", "b" under a numbered khu vực: its parts, checked, never added', () => {
  it('marked "(cũ)", under title lines (the reference reader): read as the "2.1"/"2.2" file is', () => {
    const r = summarize(csv('Bac Ninh kv 2025.csv', table(LETTER, ' (cũ)')));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read(r.stdout)).toEqual(EXPECTED_THOUSAND);
  });

  it('unmarked (a 2025 "Chi cục …" is necessarily former)', () => {
    const r = summarize(csv('unmarked Bac Ninh kv 2025.csv', table(LETTER, '')));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read(r.stdout)).toEqual(EXPECTED_THOUSAND);
  });

  it('"a)", "b." in a plain CSV without titles: both readers agree, the same figures', async () => {
    const stt = (item: number, part: number) => `${'ab'[part - 1]}${item === 2 ? ')' : '.'}`;
    const r = await bothOnFiles(dir, { 'plain Bac Ninh 2025.csv': table(stt, ' (cũ)', false) }, ['--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read(r.stdout)).toEqual(EXPECTED_DONG);
    const bin = summarize(join(dir, 'plain Bac Ninh 2025.csv'));
    expect(bin.code).toBe(0);
    expect(read(bin.stdout)).toEqual(EXPECTED_DONG);
  });

  it('the .xlsx twin', async () => {
    const r = summarize(await xlsx('Bac Ninh kv 2025.xlsx', table(LETTER, ' (cũ)')));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read(r.stdout)).toEqual(EXPECTED_THOUSAND);
  });
});

describe('over-reach controls: what kept its reading', () => {
  it('the "2.1"/"2.2" file reads as before', () => {
    const r = summarize(csv('numbered Bac Ninh kv 2025.csv', table(NUMBER, '')));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read(r.stdout)).toEqual(EXPECTED_THOUSAND);
  });

  // "Quế Võ" 710 instead of 700: 823 + 710 = 1.533 ≠ 1.523
  const badSum = (stt: typeof LETTER) => table(stt, ' (cũ)').map((l) => l.replace(/Quế Võ \(cũ\);700;/, 'Quế Võ (cũ);710;'));
  it('lettered parts that do not add up to their khu vực: refused as "2.1"/"2.2" ones are', async () => {
    const lettered = summarize(csv('bad lettered 2025.csv', badSum(LETTER)));
    const numbered = summarize(csv('bad numbered 2025.csv', badSum(NUMBER)));
    expect(lettered.code).toBe(1);
    expect(lettered.stdout).toBe('');
    expect(lettered.stderr).toContain('bad lettered 2025.csv:8: error: "Phòng THADS khu vực 1" on this row is a regional office with figures, and it is not the sum of its parts, the former districts under it (lines 9–10)');
    expect(lettered.stderr).toContain('[OFFICE_SUBTOTAL_MISMATCH]');
    expect(numbered.code).toBe(1);
    expect(lettered.stderr.split('bad lettered').join('bad numbered')).toBe(numbered.stderr);
    const xl = summarize(await xlsx('bad lettered 2025.xlsx', badSum(LETTER)));
    expect(xl.code).toBe(1);
    expect(xl.stderr).toContain('[OFFICE_SUBTOTAL_MISMATCH]');
  });

  const KINDS = [HEAD, ';Tổng cộng;3.223;2.509;2.165;1.681.480.368;801.481.479;369.123.455', '1;Thi hành án dân sự tỉnh Bắc Ninh;412;298;231;912.345.678;450.123.456;190.234.567', '2;Phòng THADS khu vực 1;1.523;1.201;1.032;412.345.678;201.234.567;98.765.432'];
  const REST = '3;Phòng THADS khu vực 2;1.288;1.010;902;356.789.012;150.123.456;80.123.456';
  it('lettered case kinds under a khu vực: still a breakdown, refused', async () => {
    const lines = [...KINDS, 'a;Án tín dụng;823;650;560;212.345.678;101.234.567;48.765.432', 'b;Án hình sự;700;551;472;200.000.000;100.000.000;50.000.000', REST];
    const r = await bothOnFiles(dir, { 'kinds 2025.csv': lines }, ['--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('kinds 2025.csv:5:1: error: "Án tín dụng" is numbered "a", a sub-item of item 2 "Phòng THADS khu vực 1" (line 4), an office row with figures: a line of a breakdown, no office, and it would be added as an office [NOT_AN_OFFICE]');
  });

  it('lettered persons under a khu vực, not adding up to it: still refused', async () => {
    const lines = [...KINDS, 'a;Nguyễn Văn An;800;650;560;212.345.678;101.234.567;48.765.432', 'b;Trần Thị Bình;700;551;472;200.000.000;100.000.000;50.000.000', REST];
    const r = await bothOnFiles(dir, { 'persons 2025.csv': lines }, ['--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('persons 2025.csv:5:1: error: "Nguyễn Văn An" is numbered "a", a sub-item of item 2 "Phòng THADS khu vực 1" (line 4)');
    expect(r.stderr).toContain('[NOT_AN_OFFICE]');
  });
});
