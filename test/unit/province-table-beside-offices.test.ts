// A provinces' file written in this session's layouts beside offices of one of its provinces
// (round 80b): a national table of wholes ("Nam Định | Toàn tỉnh", with or without its "Cấp tỉnh"
// / "Cấp huyện" parts), Roman provinces over their levels, a Cục's one-page "Toàn tỉnh / Cấp tỉnh
// / Cấp huyện", an office column of "Cục THADS tỉnh X" rows. Each was summed with exit 0, the
// Chi cục Mỹ Lộc (100 / 80 / 60) counted twice: 800 for 700 cases to execute. Now refused as a
// provinces' file (PROVINCE_BESIDE_ITS_OFFICES), in check too; ordinary files read as before.
// Both readers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles, runArgs, type Files, type Run } from '../helpers/both-readers.js';
import { keyRows } from '../helpers/key-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-province-table-beside-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const both = (files: Files, extra: string[] = []) => bothOnFiles(dir, files, ['--format', 'csv', ...extra]);
/** `check` on files `both` has written, through both readers, which must agree. */
async function check(files: Files, extra: string[] = []): Promise<Run> {
  const argv = ['check', ...Object.keys(files).map((f) => join(dir, f)), ...extra];
  const reference = await runArgs(dir, argv, false);
  expect(await runArgs(dir, argv, true)).toEqual(reference);
  return reference;
}

const FIG = 'Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const MY_LOC = { 'Cục THADS Nam Định - Mỹ Lộc 2019.csv': [FIG, '80,60,800,500'] };
const TABLE = [
  `STT,Tỉnh,Đơn vị,${FIG}`,
  '1,Nam Định,Toàn tỉnh,230,180,2300,1400',
  ',Nam Định,Cấp tỉnh,80,60,800,500',
  ',Nam Định,Cấp huyện,150,120,1500,900',
  '2,Thái Bình,Toàn tỉnh,300,200,3000,2000',
  ',Thái Bình,Cấp tỉnh,100,70,1000,700',
  ',Thái Bình,Cấp huyện,200,130,2000,1300',
  ',,Tổng cộng,530,380,5300,3400',
];
const TAIL = "a provinces' file (each row a province's whole or a level of it) already counts each province's offices, so added to them Nam Định would be counted twice [PROVINCE_BESIDE_ITS_OFFICES]";
const refusal = (at: string, whole: number, partsText: string) => `${at}: error: Nam Định's cases with conditions ${whole} as a whole in ${at} and ${partsText}: ${TAIL}\n`;
const MY_LOC_PART = "80 as the sum of its 1 office in Cục THADS Nam Định - Mỹ Lộc 2019.csv (two versions of the figures)";

/** refused by summarize (nothing printed) and by check, with exactly this one error */
async function refused(files: Files, error: string, extra: string[] = []): Promise<void> {
  const r = await both(files, extra);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.startsWith(error)).toBe(true);
  expect(r.stderr.match(/ error: /g)).toHaveLength(1);
  const c = await check(files, extra);
  expect(c.code).toBe(1);
  expect(c.stdout.startsWith(error)).toBe(true);
  expect(c.stdout).toContain('1 error, 0 warnings in 2 files');
}

describe("a provinces' file of this session's layouts beside a Chi cục of one of its provinces is refused", () => {
  it('01: a national table of wholes with their levels (was 610 / 440 cases, exit 0; right 530 / 380)', async () => {
    await refused({ 'Tổng hợp toàn quốc 2019.csv': TABLE, ...MY_LOC }, refusal('Tổng hợp toàn quốc 2019.csv:2', 230, MY_LOC_PART));
  });

  it('01: the wholes only, in capitals and without marks ("Nam Dinh | TOAN TINH")', async () => {
    const wholes = [`STT,Tỉnh,Đơn vị,${FIG}`, '1,Nam Dinh,TOAN TINH,230,180,2300,1400', '2,Thai Binh,TOAN TINH,300,200,3000,2000', ',,Tổng cộng,530,380,5300,3400'];
    const r = await both({ 'toan-quoc-2019.csv': wholes, ...MY_LOC });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("toan-quoc-2019.csv:2: error: Nam Dinh's cases with conditions 230 as a whole in toan-quoc-2019.csv:2 and 80 as the sum of its 1 office in Cục THADS Nam Định - Mỹ Lộc 2019.csv");
    expect(r.stderr).toContain('[PROVINCE_BESIDE_ITS_OFFICES]');
  });

  it('01: Roman provinces over their levels, no Tỉnh column', async () => {
    const roman = [`STT,Đơn vị,${FIG}`, 'I,Nam Định,230,180,2300,1400', ',Cấp tỉnh,80,60,800,500', ',Cấp huyện,150,120,1500,900', 'II,Thái Bình,300,200,3000,2000', ',Cấp tỉnh,100,70,1000,700', ',Cấp huyện,200,130,2000,1300', ',Tổng cộng,530,380,5300,3400'];
    await refused({ 'Toàn quốc 2019.csv': roman, ...MY_LOC }, refusal('Toàn quốc 2019.csv:2', 230, MY_LOC_PART));
  });

  it('02: a Cục\'s one-page "Toàn tỉnh / Cấp tỉnh / Cấp huyện": its levels 80 + 150 = 230 are its whole (was 310 / 240)', async () => {
    const cuc = [`STT,Đơn vị,${FIG}`, ',Toàn tỉnh,230,180,2300,1400', '1,Cấp tỉnh,80,60,800,500', '2,Cấp huyện,150,120,1500,900'];
    await refused({ 'Nam Định 2019.csv': cuc, ...MY_LOC }, refusal('Nam Định 2019.csv:3', 230, MY_LOC_PART));
  });

  it('03: an office column of "Cục THADS tỉnh X" rows (read as provinces for targets)', async () => {
    const cucs = [`STT,Đơn vị,${FIG}`, '1,Cục THADS tỉnh Nam Định,230,180,2300,1400', '2,Cục THADS tỉnh Thái Bình,300,200,3000,2000', ',Tổng cộng,530,380,5300,3400'];
    await refused({ 'Đơn vị 2019.csv': cucs, ...MY_LOC }, refusal('Đơn vị 2019.csv:2', 230, MY_LOC_PART), ['--year', '2019']);
  });

  it("01 resent: the national table beside Nam Định's own page one case apart (231 = 80 + 151) is said once (was 1001 cases to execute)", async () => {
    const page = [`STT,Đơn vị,${FIG}`, ',Toàn tỉnh,231,180,2300,1400', '1,Cấp tỉnh,80,60,800,500', '2,Cấp huyện,151,120,1500,900'];
    // Nam Định's page is read first: its levels 80 + 151 = 231 beside the table's whole 230
    await refused({ 'Nam Định 2019.csv': page, 'Tổng hợp toàn quốc 2019.csv': TABLE }, refusal('Nam Định 2019.csv:3', 231, '230 as the sum of its 1 office in Tổng hợp toàn quốc 2019.csv (two versions of the figures)'));
  });
});

describe('an xlsx national table beside the Chi cục', () => {
  it('is refused as its CSV is', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const l of TABLE) ws.addRow(l.split(',').map((c) => (/^\d+$/.test(c) ? Number(c) : c === '' ? null : c)));
    await wb.xlsx.writeFile(join(dir, 'Tổng hợp toàn quốc 2019.xlsx'));
    await both(MY_LOC);
    const argv = ['summarize', join(dir, 'Tổng hợp toàn quốc 2019.xlsx'), join(dir, 'Cục THADS Nam Định - Mỹ Lộc 2019.csv'), '--format', 'csv'];
    const r = await runArgs(dir, argv, false);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("Tổng hợp toàn quốc 2019.xlsx:Sheet1!2:2: error: Nam Định's cases with conditions 230 as a whole");
    expect(r.stderr).toContain('[PROVINCE_BESIDE_ITS_OFFICES]');
    const c = await runArgs(dir, ['check', ...argv.slice(1, 3)], false);
    expect(c.code).toBe(1);
    expect(c.stdout).toContain('[PROVINCE_BESIDE_ITS_OFFICES]');
  });
});

describe('controls, read as before', () => {
  it('the national table alone: 230 + 300 = 530, 180 + 200 = 380; money 2300 + 3000 = 5300, 1400 + 2000 = 3400', async () => {
    const r = await both({ 'Tổng hợp toàn quốc 2019.csv': TABLE }, ['--by', 'province']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(keyRows(r.stdout)).toEqual(['Nam Định,,230,180,2300,1400', 'Thái Bình,,300,200,3000,2000', ',TOTAL,530,380,5300,3400']);
    expect((await check({ 'Tổng hợp toàn quốc 2019.csv': TABLE })).code).toBe(0);
  });

  it('two national tables of different years, --by year: 2019 530 / 380, 2018 220 + 310 = 530, 150 + 210 = 360', async () => {
    const t2018 = [`STT,Tỉnh,Đơn vị,${FIG}`, '1,Nam Định,Toàn tỉnh,220,150,2000,1000', '2,Thái Bình,Toàn tỉnh,310,210,3100,2100', ',,Tổng cộng,530,360,5100,3100'];
    const files = { 'Tổng hợp toàn quốc 2018.csv': t2018, 'Tổng hợp toàn quốc 2019.csv': TABLE };
    const r = await both(files, ['--by', 'year']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(keyRows(r.stdout)).toEqual([',TOTAL,530,360,5100,3100', ',TOTAL,530,380,5300,3400']);
    expect((await check(files)).code).toBe(0);
  });

  it("a province's file of its own offices beside another province's offices: 80 + 150 + 120 = 350, 60 + 120 + 100 = 280", async () => {
    const nd = [`STT,Tỉnh,Đơn vị,${FIG}`, '1,Nam Định,Cục THADS tỉnh Nam Định,80,60,800,500', '2,Nam Định,Vụ Bản,150,120,1500,900'];
    const tb = { 'Cục THADS Thái Bình - Vũ Thư 2019.csv': [FIG, '120,100,1200,1000'] };
    const r = await both({ 'nam-dinh-2019.csv': nd, ...tb }, ['--by', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // money 800 + 1500 + 1200 = 3500, 500 + 900 + 1000 = 2400
    expect(keyRows(r.stdout)).toEqual([',TOTAL,350,280,3500,2400']);
  });

  it('a national table split in a việc and a tiền file (no measure both give) joins: 230 + 300 = 530, 180 + 200 = 380; 2300 + 3000 = 5300, 1400 + 2000 = 3400', async () => {
    const viec = ['STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '1,Cục THADS tỉnh Nam Định,230,180', '2,Cục THADS tỉnh Thái Bình,300,200'];
    const tien = ['STT,Đơn vị,Tiền có điều kiện,Tiền giải quyết xong', '1,Cục THADS tỉnh Nam Định,2300,1400', '2,Cục THADS tỉnh Thái Bình,3000,2000'];
    const r = await both({ 'don-vi-viec-2019.csv': viec, 'don-vi-tien-2019.csv': tien }, ['--by', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(keyRows(r.stdout)).toEqual([',TOTAL,530,380,5300,3400']);
  });

  it('a Cục\'s own level alone ("Cấp tỉnh") beside a Chi cục: 100 + 80 = 180, 70 + 60 = 130', async () => {
    const own = [`STT,Đơn vị,${FIG}`, '1,Cấp tỉnh,100,70,1000,700'];
    const r = await both({ 'Nam Định 2019.csv': own, ...MY_LOC }, ['--by', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // money 1000 + 800 = 1800, 700 + 500 = 1200
    expect(keyRows(r.stdout)).toEqual([',TOTAL,180,130,1800,1200']);
  });
});
