// An office written with its unit's letter and no dot: "H Vụ Bản" (huyện), "Q Bình Thạnh" (quận).
// The faults: a re-sent "H Vụ Bản" (or a per-office file "H Vụ Bản 2019.csv") beside Nam Định's
// table with its row "Huyện Vụ Bản" was a second office, its figures added, exit 0; so was "Q
// Bình Thạnh" beside "Chi cục THADS Quận Bình Thạnh". Within one file, "H Vụ Bản" under "Huyện Vụ
// Bản" with the same figures (a row pasted twice) was added, exit 0, and with figures of its own
// said nothing, where "Quan 1" beside "Quận 1" is OFFICE_NAME_VARIANTS. Right: one office when
// offices are compared (office-names.ts officeIdentity): DUPLICATE_INPUT across files,
// REPEATED_ROW for a copy, OFFICE_NAME_VARIANTS for figures of its own. Never in deciding whether
// a row is a person: "H Lan Niê", "H Hen Niê" (Ê Đê women's names) of an enforcers' table are read
// as before. And OFFICE_NAME_VARIANTS' hint no longer says "the total is right either way": a
// corrected copy of one office's row beside the old one counts that office twice.
import { describe, expect, it } from 'vitest';
import { bothOnFiles } from '../helpers/both-readers.js';
import { totalCells } from '../helpers/key-rows.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, writeSheetsWorkbook } from '../helpers/lines-workbook.js';

const { dir, write } = fileTree('thads-names45-unitletter-');

const HEAD = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
// Nam Định 2019 (two of its offices): with conditions 900 + 300 = 1200; resolved 720 + 210 = 930
const NAM_DINH = [HEAD, '1,Thành phố Nam Định,900,720', '2,Huyện Vụ Bản,300,210'];
// HCMC 2019 (two of its offices): 1200 + 800 = 2000; 900 + 640 = 1540
const HCM = [HEAD, '1,Chi cục THADS Quận 1,1200,900', '2,Chi cục THADS Quận Bình Thạnh,800,640'];

function run(files: readonly string[], args: readonly string[] = []) {
  const r = spawnThads(['summarize', ...files, '--format', 'csv', ...args], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

/** the TOTAL row's cases with conditions and resolved */
const total = (stdout: string) => totalCells(stdout, ['cases_with_conditions', 'cases_resolved']);

describe('"H Vụ Bản", "Q Bình Thạnh" across files are the offices of their full names (exit 1)', () => {
  // before: each a second office, exit 0 (Nam Định: TOTAL 1200 + 300 = 1500; HCMC: 2000 + 800 = 2800)
  const FAULTS: [string, string, readonly string[], string, string, string][] = [
    ['H Vụ Bản', 'nam-dinh-2019.csv', NAM_DINH, '300,210', 'Huyện Vụ Bản', 'nam-dinh-2019.csv:3'],
    ['h Vụ Bản', 'nam-dinh-2019.csv', NAM_DINH, '300,210', 'Huyện Vụ Bản', 'nam-dinh-2019.csv:3'],
    ['CC THADS H Vụ Bản', 'nam-dinh-2019.csv', NAM_DINH, '300,210', 'Huyện Vụ Bản', 'nam-dinh-2019.csv:3'],
    ['Q Bình Thạnh', 'hcm-2019.csv', HCM, '800,640', 'Chi cục THADS Quận Bình Thạnh', 'hcm-2019.csv:3'],
  ];
  it.each(FAULTS)('"%s" re-sent beside %s', (office, tableName, table, figures, full, line) => {
    const folder = `a${FAULTS.findIndex((f) => f[0] === office)}`;
    const [a, b] = write({ [`${folder}/${tableName}`]: table, [`${folder}/ban-gui-lai-2019.csv`]: [HEAD, `1,${office},${figures}`] });
    const r = run([a!, b!]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${folder}/ban-gui-lai-2019.csv:2: error: cases of "${office}" (2019) are given again: ${folder}/${line} already gave them as "${full}"`);
    expect(stderrCodes(r.stderr)).toContain('DUPLICATE_INPUT');
  });

  it('a per-office file named "H Vụ Bản 2019.csv" beside Nam Định\'s table', () => {
    // before: an office "H Vụ Bản" beside "Huyện Vụ Bản", TOTAL 1200 + 300 = 1500, exit 0
    const [table, own] = write({ 'b/nam-dinh-2019.csv': NAM_DINH, 'b/H Vụ Bản 2019.csv': ['Việc có điều kiện,Việc giải quyết xong', '300,210'] });
    const r = run([table!, own!]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^b\/H Vụ Bản 2019\.csv:2: error: cases of "H Vụ Bản" \(2019\) are given again: b\/nam-dinh-2019\.csv:3 already gave them as "Huyện Vụ Bản".*\[DUPLICATE_INPUT\]$/m);
  });

  it('the same in a workbook: "Q Bình Thạnh" of an .xlsx beside the CSV table', async () => {
    const [city] = write({ 'c/hcm-2019.csv': HCM });
    const book = await writeSheetsWorkbook(dir, 'c/ban-gui-lai-2019.xlsx', { Sheet1: [['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong'], [1, 'Q Bình Thạnh', 800, 640]] });
    const r = run([city!, book]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^c\/ban-gui-lai-2019\.xlsx:Sheet1!2:2: error: cases of "Q Bình Thạnh" \(2019\) are given again: c\/hcm-2019\.csv:3 already gave them as "Chi cục THADS Quận Bình Thạnh".*\[DUPLICATE_INPUT\]$/m);
  });

  it('control: "H Vụ Bản" beside a table without Vụ Bản is an office of its own', () => {
    const [table, own] = write({ 'd/nam-dinh-2019.csv': [HEAD, '1,Thành phố Nam Định,900,720', '2,Huyện Mỹ Lộc,200,150'], 'd/ban-gui-lai-2019.csv': [HEAD, '1,H Vụ Bản,300,210'] });
    const r = run([table!, own!]);
    expect(r.code, r.stderr).toBe(0);
    // 900 + 200 + 300 = 1400; 720 + 150 + 210 = 1080
    expect(total(r.stdout)).toEqual(['1400', '1080']);
  });
});

describe('"H Vụ Bản" beside "Huyện Vụ Bản" within one file (both readers)', () => {
  it('the same figures: a row pasted twice, refused (before: added, TOTAL 1500, exit 0)', async () => {
    const r = await bothOnFiles(`${dir}/e`, { 'nam-dinh-2019.csv': [...NAM_DINH, '3,H Vụ Bản,300,210'] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^nam-dinh-2019\.csv:4:2: error: line 4 repeats line 3: office "H Vụ Bản" and every figure the same.*\[REPEATED_ROW\]$/m);
  });

  it('figures of its own: OFFICE_NAME_VARIANTS, with a hint that no longer says the total is right either way', async () => {
    const r = await bothOnFiles(`${dir}/f`, { 'nam-dinh-2019.csv': [...NAM_DINH, '3,H Vụ Bản,250,200'] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // summed as before (SPEC §3: an office's rows are summed, with a warning): 1200 + 250 = 1450; 930 + 200 = 1130
    expect(total(r.stdout)).toEqual(['1450', '1130']);
    expect(r.stderr).toContain('nam-dinh-2019.csv:4: warning: "H Vụ Bản" and "Huyện Vụ Bản" (line 3) may be one office written two ways: they are counted as two offices [OFFICE_NAME_VARIANTS]');
    expect(r.stderr).not.toContain('right either way');
    expect(r.stderr).toContain('if one row is a corrected copy of the other, delete the old one (both summed, that office counts twice in the total)');
    const strict = await bothOnFiles(`${dir}/f2`, { 'nam-dinh-2019.csv': [...NAM_DINH, '3,H Vụ Bản,250,200'] }, ['--format', 'csv', '--strict']);
    expect(strict.code).toBe(1);
  });

  it('"Q Bình Thạnh" beside "Quận Bình Thạnh": OFFICE_NAME_VARIANTS, as "Quan 1" beside "Quận 1"', async () => {
    const r = await bothOnFiles(`${dir}/g`, { 'hcm-2019.csv': [HEAD, '1,Quận Bình Thạnh,800,640', '2,Quan 1,1200,900', '3,Q Bình Thạnh,100,60', '4,Quận 1,50,40'] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // 800 + 1200 + 100 + 50 = 2150; 640 + 900 + 60 + 40 = 1640
    expect(total(r.stdout)).toEqual(['2150', '1640']);
    expect(r.stderr).toContain('hcm-2019.csv:4: warning: "Q Bình Thạnh" and "Quận Bình Thạnh" (line 2) may be one office written two ways');
  });

  it('"Quận 1" beside "Q1" with other figures: the hint is honest (the check\'s too)', async () => {
    const r = await bothOnFiles(`${dir}/h`, { 'hcm-2019.csv': [HEAD, '1,Chi cục THADS Quận 1,1200,900', '2,Q1,1000,800'] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // 1200 + 1000 = 2200; 900 + 800 = 1700
    expect(total(r.stdout)).toEqual(['2200', '1700']);
    expect(r.stderr).toContain('[OFFICE_NAME_VARIANTS]');
    expect(r.stderr).not.toContain('right either way');
    const c = spawnThads(['check', `${dir}/h/hcm-2019.csv`], { cwd: dir });
    expect(c.stdout).toContain('[OFFICE_NAME_VARIANTS]');
    expect(c.stdout).toContain('if one row is a corrected copy of the other, delete the old one (summarize adds both: that office would count twice in the total)');
  });

  it('"Quận 1" beside "Q1" with the same figures: refused as a copy (already so)', async () => {
    const r = await bothOnFiles(`${dir}/i`, { 'hcm-2019.csv': [HEAD, '1,Chi cục THADS Quận 1,1200,900', '2,Q1,1200,900'] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('REPEATED_ROW');
  });
});

describe('controls: "H " of Ê Đê names in an enforcers\' table is read as before', () => {
  it('an office\'s file of its enforcers "H Lan Niê", "Y Bhim Êban", "H Hen Niê": summed, nothing said', async () => {
    const r = await bothOnFiles(`${dir}/j`, { 'Buôn Đôn 2019.csv': ['STT,Chấp hành viên,Việc có điều kiện,Việc giải quyết xong', '1,H Lan Niê,100,80', '2,Y Bhim Êban,120,90', '3,H Hen Niê,90,70'] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 100 + 120 + 90 = 310; 80 + 90 + 70 = 240
    expect(total(r.stdout)).toEqual(['310', '240']);
  });

  it('two different places after "H " stay two offices: "H Vụ Bản" beside "Huyện Mỹ Lộc"', async () => {
    const r = await bothOnFiles(`${dir}/k`, { 'nam-dinh-2019.csv': [HEAD, '1,Huyện Mỹ Lộc,300,210', '2,H Vụ Bản,300,210'] }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 300 + 300 = 600; 210 + 210 = 420
    expect(total(r.stdout)).toEqual(['600', '420']);
  });
});
