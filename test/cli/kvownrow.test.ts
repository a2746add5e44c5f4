// A khu vực's OWN 2025 report (title "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1") listing its OWN row
// ("Phòng THADS khu vực 1": its months from 1/7/2025) beside its former Chi cục "(cũ)" (theirs to
// 30/6/2025), then "Tổng cộng" of the three (traps work100a 01, 02). Own row FIRST: read as Ninh
// Bình's list, three ranked offices, the total under the PROVINCE's 84,05 %, met (exit 0, silent);
// own row last marked "(từ 01/7/2025)": two "khu vực 1" offices; own row LAST numbered "3" or
// without STT: refused OFFICE_SUBTOTAL_MISMATCH (exit 1). Right: ONE office, Phòng THADS khu vực
// 1, its figures the sum of all its rows (by-enforcer.ts namesTitledRegionOwn, office-runs.ts
// ownRowBeside), under its own target 95 % / 60 %.
// By hand: cases 300 + 286 + 100 = 686 có ĐK, 270 + 263 + 60 = 593 xong; 593 / 686 = 0,86443… →
// 86,44 %; 86,44 − 95 = −8,56 pp; ceil(0,95 × 686) = ceil(651,7) = 652 required; 593 − 652 = −59;
// not met. Money (nghìn đồng): 5.000.000 + 4.565.824 + 1.000.000 = 10.565.824 → 10.565.824.000
// đồng; 4.000.000 + 4.009.734 + 500.000 = 8.509.734 → 8.509.734.000; 8.509.734 / 10.565.824 =
// 0,80540… → 80,54 %; +20,54 pp over 60 %; required 0,60 × 10.565.824.000 = 6.339.494.400; above
// 8.509.734.000 − 6.339.494.400 = 2.170.239.600; met.
// Without the own row (its former Chi cục alone, or the own row a closing or heading subtotal):
// 586 có ĐK, 533 xong; 533 / 586 = 0,90955… → 90,96 %; −4,04 pp; ceil(0,95 × 586) = ceil(556,7) =
// 557; 533 − 557 = −24; money 9.565.824.000 / 8.009.734.000 đồng: 0,83732… → 83,73 %; required
// 0,60 × 9.565.824.000 = 5.739.494.400; above 2.270.239.600.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-kvownrow-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CONFIG = join(dir, 'thads.config.json');
writeFileSync(
  CONFIG,
  JSON.stringify({ targets: { '2025': { cases: 83.9, money: 51.9, provinces: { 'Ninh Bình': { cases: 84.05, money: 52.03 } }, districts: { 'Phòng THADS khu vực 1 - Ninh Bình': { cases: 95, money: 60 } } } } }),
);
const BY_PROVINCE = ['--by', 'province', '--format', 'csv', '--config', CONFIG];
const BY_OFFICE = ['--format', 'csv', '--config', CONFIG];
const readers = bothReaders('thads-kvownrow-', BY_PROVINCE);

const PROVINCE_LINE = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH'];
const KV_TITLE = ['PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1'];
const HEAD = [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025'], ['', '', '', '', 'Đơn vị tính: Việc; nghìn đồng'], ['STT', 'Đơn vị', 'Về việc', '', 'Về tiền', ''], ['', '', 'Có điều kiện', 'Giải quyết xong', 'Có điều kiện', 'Giải quyết xong']];
const HOA_LU = ['Chi cục THADS thành phố Hoa Lư (cũ)', '300', '270', '5.000.000', '4.000.000'];
const GIA_VIEN = ['Chi cục THADS huyện Gia Viễn (cũ)', '286', '263', '4.565.824', '4.009.734'];
const OWN_FIG = ['100', '60', '1.000.000', '500.000'];
const TOTAL_ALL = ['', 'Tổng cộng', '686', '593', '10.565.824', '8.509.734'];
const SUM_FORMERS = ['586', '533', '9.565.824', '8.009.734'];
const TOTAL_FORMERS = ['', 'Tổng cộng', ...SUM_FORMERS];

const quote = (c: string) => (/[",.;]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const csv = (rows: string[][]) => rows.map((r) => r.map(quote).join(','));
/** The same rows for a workbook (lines-workbook.ts: ';' between cells, "1.000" a number). */
const xlsxLines = (rows: string[][]) => rows.map((r) => r.map((c) => c.replace(/;/g, ',')).join(';'));
/** The khu vực's report: the province's line, its title, the report's lines, then `body`. */
const kvFile = (body: string[][], title: string[][] = [PROVINCE_LINE, KV_TITLE]) => [...title, ...HEAD, ...body];

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
  moneyWc: r.money_with_conditions,
  moneyResolved: r.money_resolved,
  moneyRate: r.money_rate,
  moneyTarget: r.money_target,
  moneyRequired: r.money_required,
  moneyAbove: r.money_above_target,
  moneyMet: r.money_met,
});
/** The khu vực's year, its own row with its former Chi cục (by hand, above). */
const OWN_YEAR = { wc: '686', resolved: '593', rate: '86.44', target: '95', gap: '-8.56', required: '652', above: '-59', met: 'false', moneyWc: '10565824000', moneyResolved: '8509734000', moneyRate: '80.54', moneyTarget: '60', moneyRequired: '6339494400', moneyAbove: '2170239600', moneyMet: 'true' };
/** Its former Chi cục alone (by hand, above). */
const FORMERS = { wc: '586', resolved: '533', rate: '90.96', target: '95', gap: '-4.04', required: '557', above: '-24', met: 'false', moneyWc: '9565824000', moneyResolved: '8009734000', moneyRate: '83.73', moneyTarget: '60', moneyRequired: '5739494400', moneyAbove: '2270239600', moneyMet: 'true' };

function expectOne(r: { code: number; stdout: string; stderr: string }, figures: typeof OWN_YEAR) {
  expect(r.code, r.stderr).toBe(0);
  expect(rows(r.stdout).map(pick)).toEqual([
    { province: 'Ninh Bình', district: '', ...figures },
    { province: '', district: 'TOTAL', ...figures },
  ]);
  expect(r.stderr).not.toMatch(/TARGET_UNMATCHED|OFFICE_NAME_VARIANTS|DUPLICATE_OFFICE/);
}

describe("a khu vực's own 2025 report with its own row beside its former Chi cục (cũ): that one office's year (work100a 01, 02)", () => {
  it("finding 01's file (own row first), through the real binary: one office, Phòng THADS khu vực 1, 686 / 593 = 86,44 % under 95 %", () => {
    const file = join(dir, 'KV1 Ninh Bình 2025.csv');
    writeFileSync(file, `${csv(kvFile([['1', 'Phòng THADS khu vực 1', ...OWN_FIG], ['2', ...HOA_LU], ['3', ...GIA_VIEN], TOTAL_ALL])).join('\n')}\n`);
    const text = spawnThads(['summarize', file, '--format', 'text', '--config', CONFIG]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout.trim()).toBe(
      'In statistics year 2025 (1 October 2024 – 30 September 2025), Phòng THADS khu vực 1 resolved 593 of the 686 enforceable cases: a rate of 86.44%, 8.56 pp below the assigned target of 95%. In money, it resolved 8.51 of the 10.57 billion VND enforceable: a rate of 80.54%, 20.54 pp above the assigned target of 60%.',
    );
    expectOne(spawnThads(['summarize', file, ...BY_PROVINCE]), OWN_YEAR);
    const offices = rows(spawnThads(['summarize', file, ...BY_OFFICE]).stdout);
    expect(offices.map((r) => [r.district, r.cases_with_conditions, r.cases_resolved, r.cases_target, r.cases_rank_of])).toEqual([
      ['Phòng THADS khu vực 1', '686', '593', '95', '1'],
      ['TOTAL', '686', '593', '95', ''],
    ]);
  });

  it("finding 02's file (own row last, numbered 3), through the real binary: the same office, exit 0 (was OFFICE_SUBTOTAL_MISMATCH)", () => {
    const file = join(dir, 'KV1 Ninh Bình 2025 (02).csv');
    writeFileSync(file, `${csv(kvFile([['1', ...HOA_LU], ['2', ...GIA_VIEN], ['3', 'Phòng THADS khu vực 1', ...OWN_FIG], TOTAL_ALL])).join('\n')}\n`);
    expectOne(spawnThads(['summarize', file, ...BY_PROVINCE]), OWN_YEAR);
  });

  const shapes: [string, string[][], string[][]?][] = [
    ['own row first, numbered 1', [['1', 'Phòng THADS khu vực 1', ...OWN_FIG], ['2', ...HOA_LU], ['3', ...GIA_VIEN], TOTAL_ALL]],
    ['own row first, marked "(từ 01/7/2025)"', [['1', 'Phòng THADS khu vực 1 (từ 01/7/2025)', ...OWN_FIG], ['2', ...HOA_LU], ['3', ...GIA_VIEN], TOTAL_ALL]],
    ['own row first, no STT anywhere', [['', 'Phòng THADS khu vực 1', ...OWN_FIG], ['', ...HOA_LU], ['', ...GIA_VIEN], TOTAL_ALL]],
    ['own row among its former Chi cục, written "Phòng THADS khu vực 1 - Ninh Bình"', [['1', ...HOA_LU], ['2', 'Phòng THADS khu vực 1 - Ninh Bình', ...OWN_FIG], ['3', ...GIA_VIEN], TOTAL_ALL]],
    ['own row last, numbered 3', [['1', ...HOA_LU], ['2', ...GIA_VIEN], ['3', 'Phòng THADS khu vực 1', ...OWN_FIG], TOTAL_ALL]],
    ['own row last, no STT anywhere', [['', ...HOA_LU], ['', ...GIA_VIEN], ['', 'Phòng THADS khu vực 1', ...OWN_FIG], TOTAL_ALL]],
    ['own row last, marked "(từ 01/7/2025)"', [['1', ...HOA_LU], ['2', ...GIA_VIEN], ['3', 'Phòng THADS khu vực 1 (từ 01/7/2025)', ...OWN_FIG], TOTAL_ALL]],
    ['own row last, in capitals, no total row', [['1', ...HOA_LU], ['2', ...GIA_VIEN], ['3', 'PHÒNG THADS KHU VỰC 1', ...OWN_FIG]]],
    ['own row first, titled "Phòng THADS khu vực 1 - Ninh Bình", no province\'s line', [['1', 'Phòng THADS khu vực 1', ...OWN_FIG], ['2', ...HOA_LU], ['3', ...GIA_VIEN], TOTAL_ALL], [['Phòng THADS khu vực 1 - Ninh Bình']]],
  ];
  for (const [name, body, title] of shapes) {
    it(`${name}: both readers, one office, 86,44 % under 95 %`, async () => {
      expectOne(await readers.both('KV1 2025.csv', csv(kvFile(body, title))), OWN_YEAR);
    });
  }

  it('named only by its file name ("KV1 Ninh Bình 2025.csv"), a plain CSV in đồng, own row first: the same office, both readers', async () => {
    const lines = [
      'STT,Đơn vị,Số việc có điều kiện,Số việc giải quyết xong,Số tiền có điều kiện,Số tiền giải quyết xong',
      '1,Phòng THADS khu vực 1,100,60,1000000000,500000000',
      '2,Chi cục THADS thành phố Hoa Lư (cũ),300,270,5000000000,4000000000',
      '3,Chi cục THADS huyện Gia Viễn (cũ),286,263,4565824000,4009734000',
      ',Tổng cộng,686,593,10565824000,8509734000',
    ];
    expectOne(await readers.both('KV1 Ninh Bình 2025.csv', lines), OWN_YEAR);
  });

  it('the xlsx twin (own row first; own row last): the same office', async () => {
    expectOne(await summarizeLinesWorkbook(dir, 'KV1 2025.xlsx', xlsxLines(kvFile([['1', 'Phòng THADS khu vực 1', ...OWN_FIG], ['2', ...HOA_LU], ['3', ...GIA_VIEN], TOTAL_ALL])), BY_PROVINCE), OWN_YEAR);
    expectOne(await summarizeLinesWorkbook(dir, 'KV1 2025 b.xlsx', xlsxLines(kvFile([['1', ...HOA_LU], ['2', ...GIA_VIEN], ['3', 'Phòng THADS khu vực 1', ...OWN_FIG], TOTAL_ALL])), BY_PROVINCE), OWN_YEAR);
  });

  it('own row first and a "Tổng cộng" of its former Chi cục alone: refused DECLARED_TOTAL_MISMATCH, nothing summed', async () => {
    const r = await readers.both('KV1 2025.csv', csv(kvFile([['1', 'Phòng THADS khu vực 1', ...OWN_FIG], ['2', ...HOA_LU], ['3', ...GIA_VIEN], TOTAL_FORMERS])));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:10:3: error: declared total "Tổng cộng" has cases with conditions 586, but the office rows add up to 686');
  });
});

describe('over-reach controls: near shapes keep their reading', () => {
  it("its row last equal to its former Chi cục's sum (a closing subtotal), with or without a total: one office, 586 (as before)", async () => {
    expectOne(await readers.both('KV1 2025.csv', csv(kvFile([['1', ...HOA_LU], ['2', ...GIA_VIEN], ['', 'Phòng THADS khu vực 1', ...SUM_FORMERS], TOTAL_FORMERS]))), FORMERS);
    expectOne(await readers.both('KV1 2025.csv', csv(kvFile([['1', ...HOA_LU], ['2', ...GIA_VIEN], ['', 'Phòng THADS khu vực 1', ...SUM_FORMERS]]))), FORMERS);
  });

  it('its row first equal to their sum (a heading with figures): one office, 586 (as before)', async () => {
    expectOne(await readers.both('KV1 2025.csv', csv(kvFile([['', 'Phòng THADS khu vực 1', ...SUM_FORMERS], ['', ...HOA_LU], ['', ...GIA_VIEN], TOTAL_FORMERS]))), FORMERS);
  });

  it('its row last sharing some figures with their sum, one off (a subtotal with a slip, or its own months?): refused OFFICE_SUBTOTAL_MISMATCH as before', async () => {
    const r = await readers.both('KV1 2025.csv', csv(kvFile([['1', ...HOA_LU], ['2', ...GIA_VIEN], ['', 'Phòng THADS khu vực 1', '586', '532', '9.565.824', '8.009.734']])));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:9: error: "Phòng THADS khu vực 1" on this row names no enforcer and is not the sum of its enforcers\' rows (lines 7–8)');
    expect(r.stderr).toMatch(/\[OFFICE_SUBTOTAL_MISMATCH\]/);
  });

  it('the khu vực\'s report without its own row (session 31): one office, 586', async () => {
    expectOne(await readers.both('KV1 2025.csv', csv(kvFile([['1', ...HOA_LU], ['2', ...GIA_VIEN], TOTAL_FORMERS]))), FORMERS);
  });

  it("the province's table (title the province) with Phòng THADS khu vực 1 beside the (cũ) Chi cục: the province's list, three offices (as before)", async () => {
    const lines = csv([['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH'], ...HEAD, ['1', ...HOA_LU], ['2', ...GIA_VIEN], ['3', 'Phòng THADS khu vực 1', ...OWN_FIG], TOTAL_ALL]);
    const r = await readers.both('Ninh Bình 2025.csv', lines, BY_OFFICE);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).map((x) => [x.province, x.district, x.cases_with_conditions, x.cases_resolved, x.cases_target])).toEqual([
      ['Ninh Bình', 'Chi cục THADS thành phố Hoa Lư (cũ)', '300', '270', '84.05'],
      ['Ninh Bình', 'Chi cục THADS huyện Gia Viễn (cũ)', '286', '263', '84.05'],
      ['Ninh Bình', 'Phòng THADS khu vực 1', '100', '60', '95'],
      ['', 'TOTAL', '686', '593', '84.05'],
    ]);
  });

  it("another khu vực's row in khu vực 1's report: its own office, as before (never one of khu vực 1's rows)", async () => {
    const r = await readers.both('KV1 2025.csv', csv(kvFile([['1', ...HOA_LU], ['2', ...GIA_VIEN], ['3', 'Phòng THADS khu vực 2', ...OWN_FIG], TOTAL_ALL])), BY_OFFICE);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).map((x) => [x.province, x.district, x.cases_with_conditions, x.cases_resolved, x.cases_target])).toEqual([
      ['Ninh Bình', 'Phòng THADS khu vực 1', '586', '533', '95'],
      ['Ninh Bình', 'Phòng THADS khu vực 2', '100', '60', '84.05'],
      ['', 'TOTAL', '686', '593', '84.05'],
    ]);
  });
});
