// Offices' own files named by their office, whose rows name no province (traps30): "Mỹ Lộc.csv"
// (row Mỹ Lộc, 2020, 600 có điều kiện, 420 giải quyết xong) and "Vụ Bản.csv" (150, 100) were each
// read as a Chi cục's own report (collect.ts ownReportOf), so their TOTAL as the district offices
// alone, held against no target at all: `,TOTAL,2020,750,520,69.33,,,,,`, no "thiếu … so với chỉ
// tiêu", exit 0 under --fail-below-target — where the same two rows in one file take the year's
// 80 and exit 3. Withholding is for a total that would pass for a province's whole (its rows of
// one province); rows naming no province pass for none: the TOTAL takes the year's target as any
// total of those rows does (README "Decisions": the TOTAL takes the year target). Figures by hand.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-own-files-total-target-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function put(name: string, lines: readonly string[]): string {
  const file = join(dir, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const HEAD = 'Đơn vị,Năm,Có điều kiện,Giải quyết xong';
const MY_LOC = 'Mỹ Lộc,2020,600,420';
const VU_BAN = 'Vụ Bản,2020,150,100';
const CONFIG = put('cfg.json', [JSON.stringify({ targets: { 2020: { cases: 80, districts: { 'Mỹ Lộc': { cases: 60 }, 'Vụ Bản': { cases: 60 } } } } })]);
const OWN = [put('own/Mỹ Lộc.csv', [HEAD, MY_LOC]), put('own/Vụ Bản.csv', [HEAD, VU_BAN])];
const ONE_FILE = put('both-viec.csv', [HEAD, MY_LOC, VU_BAN]);

type Measured = { rate: string; target: string | null; gapPp: string | null; required: string | null; aboveTarget: string | null; met: boolean | null };
const verdict = (m: Measured) => [m.rate, m.target, m.gapPp, m.required, m.aboveTarget, m.met];
const totalOf = (files: readonly string[], args: readonly string[]) => {
  const r = spawnThads(['summarize', ...files, '--format', 'json', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout).total;
};

// 420 + 100 = 520 of 600 + 150 = 750: 69,333… % → 69.33; 69.33 − 80 = −10.67;
// required ⌈0,80 × 750⌉ = 600; above 520 − 600 = −80; met false
const TOTAL_2020 = ['69.33', '80', '-10.67', '600', '-80', false];

describe('each office\'s own file, named by its office, rows naming no province: the TOTAL keeps the year\'s target', () => {
  it('config 80 (offices 60): the TOTAL is held to 80, as the one-file table is', () => {
    expect(verdict(totalOf(OWN, ['--measure', 'cases', '--config', CONFIG]).cases)).toEqual(TOTAL_2020);
    expect(verdict(totalOf([ONE_FILE], ['--measure', 'cases', '--config', CONFIG]).cases)).toEqual(TOTAL_2020);
  });

  it('--fail-below-target: exit 3 at the TOTAL (was exit 0)', () => {
    const r = spawnThads(['summarize', ...OWN, '--measure', 'cases', '--config', CONFIG, '--fail-below-target', '--format', 'csv']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('TOTAL: cases rate 69.33% is below the target of 80% [BELOW_TARGET]');
    // (the offices meet theirs: Mỹ Lộc 420/600 = 70,00 % on 60, Vụ Bản 100/150 = 66,67 % on 60)
    expect(r.stdout.trim().split('\n').slice(-1)[0]).toMatch(/^,TOTAL,2020,.*,750,.*,520,,69\.33,80,-10\.67,600,-80,false,/);
  });

  it('no config: the built-in 80 of 2020, and the paragraph says the shortfall', () => {
    expect(verdict(totalOf(OWN, ['--measure', 'cases']).cases)).toEqual(TOTAL_2020);
    const r = spawnThads(['summarize', ...OWN, '--measure', 'cases', '--by', 'none', '--format', 'text', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('đã giải quyết xong 520/750 việc có điều kiện giải quyết, đạt 69,33%, thiếu 10,67% so với chỉ tiêu được giao (80%).');
  });

  it('a year without any target (2021): the note says so for the TOTAL alone (--by none)', () => {
    const own = [put('own21/Mỹ Lộc.csv', [HEAD, 'Mỹ Lộc,2021,600,420']), put('own21/Vụ Bản.csv', [HEAD, 'Vụ Bản,2021,150,100'])];
    const r = spawnThads(['summarize', ...own, '--measure', 'cases', '--by', 'none', '--format', 'text', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Chưa có chỉ tiêu năm 2021');
  });

  it('2025, "Phòng THADS khu vực 1.csv" and "… 2.csv": cases and money against 83,9 and 51,9', () => {
    const head = 'Đơn vị,Năm,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
    const kv1 = 'Phòng THADS khu vực 1,2025,1000,850,500000000,270000000';
    const kv2 = 'Phòng THADS khu vực 2,2025,800,660,300000000,150000000';
    const total = totalOf([put('kv/Phòng THADS khu vực 1.csv', [head, kv1]), put('kv/Phòng THADS khu vực 2.csv', [head, kv2])], []);
    // 850 + 660 = 1.510 of 1.800: 83,888… → 83.89; 83.89 − 83.9 = −0.01 (exact 83,888… − 83,9 rounds to −0,01);
    // required ⌈83,9 × 1.800 / 100⌉ = ⌈1.510,2⌉ = 1.511; above 1.510 − 1.511 = −1
    expect(verdict(total.cases)).toEqual(['83.89', '83.9', '-0.01', '1511', '-1', false]);
    // 270.000.000 + 150.000.000 = 420.000.000 of 800.000.000 = 52,50 %; + 0,60 over 51,9;
    // required 0,519 × 800.000.000 = 415.200.000; above 4.800.000
    expect(verdict(total.money)).toEqual(['52.50', '51.9', '0.60', '415200000', '4800000', true]);
  });
});

describe('the same rule for a table of the Chi cục alone that names no province', () => {
  it('"… CỦA CÁC CHI CỤC …" with "Cộng các Chi cục", no province in title or name: the year\'s 83,25 (was none)', () => {
    const file = put('bc 2024.csv', ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA CÁC CHI CỤC THI HÀNH ÁN DÂN SỰ NĂM 2024', 'Đơn vị tính: việc', 'STT,Đơn vị,Có điều kiện,Giải quyết xong', '1,Chi cục THADS huyện Mỹ Lộc,312,265', '2,Chi cục THADS huyện Vụ Bản,400,333', ',Cộng các Chi cục,712,598']);
    // 265 + 333 = 598 of 312 + 400 = 712: 83,988… → 83.99; − 83,25 (built-in 2024) = 0.74;
    // required ⌈83,25 × 712 / 100⌉ = ⌈592,74⌉ = 593; above 598 − 593 = 5
    expect(verdict(totalOf([file], ['--measure', 'cases']).cases)).toEqual(['83.99', '83.25', '0.74', '593', '5', true]);
  });
});

describe('controls: where the TOTAL rightly has no target, it still has none', () => {
  it('the same table under "CỤC THADS TỈNH NAM ĐỊNH": Nam Định\'s Chi cục alone, no target (chicuconly.test.ts)', () => {
    const file = put('bc-nd 2024.csv', ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA CÁC CHI CỤC THI HÀNH ÁN DÂN SỰ NĂM 2024', 'Đơn vị tính: việc', 'STT,Đơn vị,Có điều kiện,Giải quyết xong', '1,Chi cục THADS huyện Mỹ Lộc,312,265', '2,Chi cục THADS huyện Vụ Bản,400,333', ',Cộng các Chi cục,712,598']);
    expect(verdict(totalOf([file], ['--measure', 'cases']).cases)).toEqual(['83.99', null, null, null, null, null]);
  });

  it('the same own files of Nam Định (its name in theirs): the Chi cục alone, no province\'s whole — no target', () => {
    const own = [put('nd/Mỹ Lộc - Nam Định.csv', [HEAD, MY_LOC]), put('nd/Vụ Bản - Nam Định.csv', [HEAD, VU_BAN])];
    const total = totalOf(own, ['--measure', 'cases', '--config', CONFIG]);
    expect(verdict(total.cases)).toEqual(['69.33', null, null, null, null, null]);
    const r = spawnThads(['summarize', ...own, '--measure', 'cases', '--config', CONFIG, '--fail-below-target', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
  });

  it('--province "Nam Định" over the bare own files: no target either', () => {
    expect(verdict(totalOf(OWN, ['--measure', 'cases', '--config', CONFIG, '--province', 'Nam Định']).cases)).toEqual(['69.33', null, null, null, null, null]);
  });

  it('one own file alone: the TOTAL is that office\'s, under its own 60 (420/600 = 70,00 %, + 10,00)', () => {
    expect(verdict(totalOf([OWN[0]!], ['--measure', 'cases', '--config', CONFIG]).cases)).toEqual(['70.00', '60', '10.00', '360', '60', true]);
  });
});
