// Office names in statisticians' short forms, across files and within one file. The faults:
// "Q1", "Q 1", "CC THADS Q1" (a quận without its dot, before its number) beside "Quận 1" of the
// city's table, and "T.X Sơn Tây", "T.P Nam Định" (a dot inside the unit's letters) beside
// "Thị xã Sơn Tây", "Thành phố Nam Định", were read as two offices: the re-sent row added, exit 0
// (HCMC: TOTAL 3900 with conditions, right 2700). A per-office file named "T.P Nam Định 2019.csv"
// was read as an office "T.P" of province Nam Định, added beside the city's row (exit 0). Within
// one file, "Quận 1" and "Q1" were two offices without a word. Right: one office (office-names.ts
// UNIT_PREFIX; file-names.ts OFFICE_UNIT_WORDS): DUPLICATE_INPUT across files, exit 1;
// OFFICE_NAME_VARIANTS within one file, as for "Quan 1". Forms already read right are kept as
// controls; "Quận 1" ≠ "Quận 10" ≠ "Quận 11", "T.P Cao Lãnh" ≠ "Huyện Cao Lãnh", and "Q1" in a
// file's name beside its year stays the first quarter.
import { describe, expect, it } from 'vitest';
import { bothOnFiles } from '../helpers/both-readers.js';
import { totalCells } from '../helpers/key-rows.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, writeSheetsWorkbook } from '../helpers/lines-workbook.js';

const { dir, write } = fileTree('thads-mfhunt-shortnames-');

const HEAD = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
// HCMC 2019: with conditions 1200 + 800 + 700 = 2700; resolved 900 + 640 + 500 = 2040
const HCM = [HEAD, '1,Chi cục THADS Quận 1,1200,900', '2,Chi cục THADS Quận 3,800,640', '3,Chi cục THADS Quận 10,700,500'];
// Hà Nội 2019 (two of its offices): 600 + 400 = 1000; 450 + 300 = 750
const HA_NOI = [HEAD, '1,Thị xã Sơn Tây,600,450', '2,Huyện Ba Vì,400,300'];
// Nam Định 2019 (two of its offices): 900 + 300 = 1200; 720 + 210 = 930
const NAM_DINH = [HEAD, '1,Thành phố Nam Định,900,720', '2,Huyện Vụ Bản,300,210'];
// Ninh Bình 2026: 1500 + 500 = 2000; 1100 + 350 = 1450
const NINH_BINH = [HEAD, '1,Phòng THADS khu vực 1,1500,1100', '2,Phòng THADS khu vực 11,500,350'];

function run(files: readonly string[], args: readonly string[] = []) {
  const r = spawnThads(['summarize', ...files, '--format', 'csv', ...args], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

/** the TOTAL row's cases with conditions and resolved */
const total = (stdout: string) => totalCells(stdout, ['cases_with_conditions', 'cases_resolved']);

/** `table` and a re-sent file of one row, `office` with `figures`, in folder `folder`: the run. */
function resent(folder: string, tableName: string, table: readonly string[], office: string, figures: string) {
  const year = tableName.match(/\d{4}/)![0];
  const [a, b] = write({ [`${folder}/${tableName}`]: table, [`${folder}/ban-gui-lai-${year}.csv`]: [HEAD, `1,${office},${figures}`] });
  return run([a!, b!]);
}

describe('a short form across files is the office of the full form (exit 1)', () => {
  // the faults: each was a second office, its figures added, exit 0
  const FAULTS: [string, string, readonly string[], string, string, string][] = [
    ['Q1', 'hcm-2019.csv', HCM, '1200,900', 'Chi cục THADS Quận 1', 'hcm-2019.csv:2'],
    ['Q 1', 'hcm-2019.csv', HCM, '1200,900', 'Chi cục THADS Quận 1', 'hcm-2019.csv:2'],
    ['CC THADS Q1', 'hcm-2019.csv', HCM, '1200,900', 'Chi cục THADS Quận 1', 'hcm-2019.csv:2'],
    ['Q10', 'hcm-2019.csv', HCM, '700,500', 'Chi cục THADS Quận 10', 'hcm-2019.csv:4'],
    ['Q01', 'hcm-2019.csv', HCM, '1200,900', 'Chi cục THADS Quận 1', 'hcm-2019.csv:2'],
    ['T.X Sơn Tây', 'ha-noi-2019.csv', HA_NOI, '600,450', 'Thị xã Sơn Tây', 'ha-noi-2019.csv:2'],
    ['T.X. Sơn Tây', 'ha-noi-2019.csv', HA_NOI, '600,450', 'Thị xã Sơn Tây', 'ha-noi-2019.csv:2'],
    ['T.P Nam Định', 'nam-dinh-2019.csv', NAM_DINH, '900,720', 'Thành phố Nam Định', 'nam-dinh-2019.csv:2'],
    ['T.P. Nam Định', 'nam-dinh-2019.csv', NAM_DINH, '900,720', 'Thành phố Nam Định', 'nam-dinh-2019.csv:2'],
  ];
  it.each(FAULTS)('"%s" re-sent beside %s', (office, tableName, table, figures, full, line) => {
    const folder = `a${FAULTS.findIndex((f) => f[0] === office)}`;
    const r = resent(folder, tableName, table, office, figures);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${folder}/ban-gui-lai-2019.csv:2: error: cases of "${office}" (2019) are given again: ${folder}/${line} already gave them as "${full}"`);
    expect(stderrCodes(r.stderr)).toContain('DUPLICATE_INPUT');
  });

  it('a per-office file named "T.P Nam Định 2019.csv" beside Nam Định\'s table is the city\'s repeat', () => {
    // before: an office "T.P" of province Nam Định, TOTAL 1200 + 900 = 2100, exit 0
    const [table, own] = write({ 'b/nam-dinh-2019.csv': NAM_DINH, 'b/T.P Nam Định 2019.csv': ['Việc có điều kiện,Việc giải quyết xong', '900,720'] });
    const r = run([table!, own!]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^b\/T\.P Nam Định 2019\.csv:2: error: cases of "T\.P Nam Định" \(2019\) are given again: b\/nam-dinh-2019\.csv:2 already gave them as "Thành phố Nam Định".*\[DUPLICATE_INPUT\]$/m);
  });

  it('a per-office file named "T.X Phú Thọ 2019.csv" beside Phú Thọ\'s table is the thị xã\'s repeat', () => {
    // before: an office "T.X" of province Phú Thọ, its 500 added beside the thị xã's, exit 0
    const [table, own] = write({ 'b2/phu-tho-2019.csv': [HEAD, '1,Thị xã Phú Thọ,500,400', '2,Huyện Lâm Thao,300,240'], 'b2/T.X Phú Thọ 2019.csv': ['Việc có điều kiện,Việc giải quyết xong', '500,400'] });
    const r = run([table!, own!]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^b2\/T\.X Phú Thọ 2019\.csv:2: error: cases of "T\.X Phú Thọ" \(2019\) are given again: b2\/phu-tho-2019\.csv:2 already gave them as "Thị xã Phú Thọ".*\[DUPLICATE_INPUT\]$/m);
  });

  it('control: a city\'s table in a file named "T.P Hồ Chí Minh 2019.csv" is the province\'s, as "TP Hồ Chí Minh 2019.csv"', () => {
    const [a] = write({ 'b3/T.P Hồ Chí Minh 2019.csv': [HEAD, '1,Quận 1,1200,900', '2,Quận 3,800,640'] });
    const r = run([a!]);
    expect(r.code, r.stderr).toBe(0);
    const [head, ...rows] = r.stdout.trim().split('\n').map((l) => l.split(','));
    expect(rows.filter((row) => row[head!.indexOf('district')] !== 'TOTAL').map((row) => row[head!.indexOf('province')])).toEqual(['Hồ Chí Minh', 'Hồ Chí Minh']);
    // 1200 + 800 = 2000; 900 + 640 = 1540
    expect(total(r.stdout)).toEqual(['2000', '1540']);
  });

  it('the same in a workbook: "Q 3" of an .xlsx beside the CSV table', async () => {
    const [city] = write({ 'c/hcm-2019.csv': HCM });
    const book = await writeSheetsWorkbook(dir, 'c/q3-ban-gui-lai-2019.xlsx', { Sheet1: [['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong'], [1, 'Q 3', 800, 640]] });
    const r = run([city!, book]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/cases of "Q 3" \(2019\) are given again: c\/hcm-2019\.csv:3 already gave them as "Chi cục THADS Quận 3".*\[DUPLICATE_INPUT\]$/m);
  });

  // already read right before this change: kept so
  const ALREADY: [string, string, readonly string[], string][] = [
    ['Q.1', 'hcm-2019.csv', HCM, '1200,900'],
    ['Q. 1', 'hcm-2019.csv', HCM, '1200,900'],
    ['Chi cục THADS Q.1', 'hcm-2019.csv', HCM, '1200,900'],
    ['QUẬN 1', 'hcm-2019.csv', HCM, '1200,900'],
    ['Quan 1', 'hcm-2019.csv', HCM, '1200,900'],
    ['TX. Sơn Tây', 'ha-noi-2019.csv', HA_NOI, '600,450'],
    ['TX Sơn Tây', 'ha-noi-2019.csv', HA_NOI, '600,450'],
    ['TP. Nam Định', 'nam-dinh-2019.csv', NAM_DINH, '900,720'],
    ['Tp Nam Định', 'nam-dinh-2019.csv', NAM_DINH, '900,720'],
    ['H. Vụ Bản', 'nam-dinh-2019.csv', NAM_DINH, '300,210'],
    ['H.Vụ Bản', 'nam-dinh-2019.csv', NAM_DINH, '300,210'],
    ['CC THADS H. Vụ Bản', 'nam-dinh-2019.csv', NAM_DINH, '300,210'],
    ['Chi cục THA huyện Vụ Bản', 'nam-dinh-2019.csv', NAM_DINH, '300,210'],
    ['Vu Ban', 'nam-dinh-2019.csv', NAM_DINH, '300,210'],
    ['VỤ BẢN', 'nam-dinh-2019.csv', NAM_DINH, '300,210'],
    ['Vụ Bản'.normalize('NFD'), 'nam-dinh-2019.csv', NAM_DINH, '300,210'],
    ['Vụ\u00a0Bản', 'nam-dinh-2019.csv', NAM_DINH, '300,210'],
    ['Vụ  Bản', 'nam-dinh-2019.csv', NAM_DINH, '300,210'],
    ['Vụ Bản.', 'nam-dinh-2019.csv', NAM_DINH, '300,210'],
    ['Phòng THADS KV1', 'ninh-binh-2026.csv', NINH_BINH, '1500,1100'],
    ['khu vực I', 'ninh-binh-2026.csv', NINH_BINH, '1500,1100'],
    ['Khu vực 01', 'ninh-binh-2026.csv', NINH_BINH, '1500,1100'],
    ['PTHADS KV 1', 'ninh-binh-2026.csv', NINH_BINH, '1500,1100'],
  ];
  it.each(ALREADY)('control: "%s" re-sent beside %s (already refused)', (office, tableName, table, figures) => {
    const r = resent(`d${ALREADY.findIndex((f) => f[0] === office)}`, tableName, table, office, figures);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('DUPLICATE_INPUT');
  });
});

describe('controls: other offices stay apart across files (exit 0)', () => {
  it('"Q1" beside a table of Quận 10 and Quận 11 is a third office', () => {
    const r = resent('e', 'hcm-2019.csv', [HEAD, '1,Quận 10,700,500', '2,Quận 11,300,210'], 'Q1', '1200,900');
    expect(r.code, r.stderr).toBe(0);
    // 700 + 300 + 1200 = 2200; 500 + 210 + 900 = 1610
    expect(total(r.stdout)).toEqual(['2200', '1610']);
  });

  it('"Q10" beside a table of Quận 1 and Quận 3 is a third office', () => {
    const r = resent('f', 'hcm-2019.csv', [HEAD, '1,Quận 1,1200,900', '2,Quận 3,800,640'], 'Q10', '700,500');
    expect(r.code, r.stderr).toBe(0);
    // 1200 + 800 + 700 = 2700; 900 + 640 + 500 = 2040
    expect(total(r.stdout)).toEqual(['2700', '2040']);
  });

  it('"Khu vực 11" beside "PTHADS KV 1" are two offices', () => {
    const r = resent('g', 'ninh-binh-2026.csv', [HEAD, '1,PTHADS KV 1,1500,1100'], 'Khu vực 11', '500,350');
    expect(r.code, r.stderr).toBe(0);
    // 1500 + 500 = 2000; 1100 + 350 = 1450
    expect(total(r.stdout)).toEqual(['2000', '1450']);
  });

  it('"T.P Cao Lãnh" beside "Huyện Cao Lãnh" are the city and the huyện', () => {
    const r = resent('h', 'dong-thap-2019.csv', [HEAD, '1,Huyện Cao Lãnh,500,400'], 'T.P Cao Lãnh', '650,520');
    expect(r.code, r.stderr).toBe(0);
    // 500 + 650 = 1150; 400 + 520 = 920
    expect(total(r.stdout)).toEqual(['1150', '920']);
  });

  it('"Q1" in a file\'s name beside its year is still the first quarter', () => {
    const [own] = write({ 'i/Q1-2019.csv': ['Việc có điều kiện,Việc giải quyết xong', '1200,900'] });
    const r = spawnThads(['summarize', own!, '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    // the first quarter of the 2019 statistical year: 1/10/2018 – 31/3/2019
    expect(JSON.parse(r.stdout).period).toMatchObject({ start: '2018-10-01', end: '2019-03-31' });
  });
});

describe('within one file, an office twice under two forms is named (both readers)', () => {
  const WITHIN: [string, string][] = [
    ['Quận 1', 'Q1'],
    ['Quận 1', 'Q 1'],
    ['Thị xã Sơn Tây', 'T.X Sơn Tây'],
    ['Thành phố Nam Định', 'T.P Nam Định'],
  ];
  it.each(WITHIN)('"%s" and "%s"', async (full, short) => {
    // before: two offices without a word, exit 0
    const r = await bothOnFiles(`${dir}/j`, { 'tinh-2019.csv': [HEAD, `1,${full},1200,900`, '2,Huyện Ba Vì,800,640', `3,${short},1100,700`] }, ['--format', 'csv']);
    expect(r.stderr).toContain(`tinh-2019.csv:4: warning: "${short}" and "${full}" (line 2) may be one office written two ways`);
    expect(stderrCodes(r.stderr)).toEqual(['OFFICE_NAME_VARIANTS']);
    // with --strict a refusal
    const strict = await bothOnFiles(`${dir}/j`, { 'tinh-2019.csv': [HEAD, `1,${full},1200,900`, '2,Huyện Ba Vì,800,640', `3,${short},1100,700`] }, ['--format', 'csv', '--strict']);
    expect(strict.code).toBe(1);
  });

  it('control: "Quận 1", "Q10" and "Q11" in one file are three offices, nothing said', async () => {
    const r = await bothOnFiles(`${dir}/k`, { 'hcm-2019.csv': [HEAD, '1,Quận 1,1200,900', '2,Q10,700,500', '3,Q11,300,210'] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 1200 + 700 + 300 = 2200; 900 + 500 + 210 = 1610
    expect(total(r.stdout)).toEqual(['2200', '1610']);
  });
});
