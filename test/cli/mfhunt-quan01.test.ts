// A city's quận written with two digits, "Quận 01", beside "Quận 1" of the city's table. The
// fault: HCMC's table of 2019 (Quận 1, 3, 10) and Quận 1's own file "Quận 01 2019.csv" (or a
// re-export writing "Chi cục THADS Quận 01") were read as four offices — TOTAL 3900 with
// conditions, 2940 resolved, exit 0 (right: 2700 / 2040, Quận 1 once), with a PROVINCE_UNDECIDED
// warning saying "the total is right either way". Right: one office (office-names.ts placeName,
// as khu vực "01" is khu vực 1), a DUPLICATE_INPUT naming both files, exit 1. Controls: Quận 10's
// own file beside a table without it is summed; "Quận 10" and "Quận 1" stay two offices.
import { describe, expect, it } from 'vitest';
import { totalCells } from '../helpers/key-rows.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, writeSheetsWorkbook } from '../helpers/lines-workbook.js';

const { dir, write } = fileTree('thads-mfhunt-quan01-');

const HEAD = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
// HCMC 2019: with conditions 1200 + 800 + 700 = 2700; resolved 900 + 640 + 500 = 2040 (75.56 %)
const CITY = [HEAD, '1,Chi cục THADS Quận 1,1200,900', '2,Chi cục THADS Quận 3,800,640', '3,Chi cục THADS Quận 10,700,500'];
// the same city without Quận 10: 1200 + 800 = 2000; 900 + 640 = 1540
const CITY_NO_10 = [HEAD, '1,Chi cục THADS Quận 1,1200,900', '2,Chi cục THADS Quận 3,800,640'];
// Quận 1's own file, no office column: its name is its office
const OWN = ['Việc có điều kiện,Việc giải quyết xong', '1200,900'];

function run(files: readonly string[], args: readonly string[] = []) {
  const r = spawnThads(['summarize', ...files, '--format', 'csv', ...args], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

/** the TOTAL row's cases with conditions and resolved */
const total = (stdout: string) => totalCells(stdout, ['cases_with_conditions', 'cases_resolved']);

describe('"Quận 01" is "Quận 1" across files', () => {
  it('Quận 1\'s own file "Quận 01 2019.csv" beside the city\'s table is a repeat (exit 1)', () => {
    const [city, own] = write({ 'a/hcm-2019.csv': CITY, 'a/Quận 01 2019.csv': OWN });
    const r = run([city!, own!]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toContain('DUPLICATE_INPUT');
    expect(r.stderr).toMatch(/Quận 01 2019\.csv.*hcm-2019\.csv|hcm-2019\.csv.*Quận 01 2019\.csv/);
  });

  it('a re-export writing "Chi cục THADS Quận 01" beside the table is a repeat (exit 1)', () => {
    const [city, again] = write({ 'b/hcm-2019.csv': CITY, 'b/ban-gui-lai-2019.csv': [HEAD, '1,Chi cục THADS Quận 01,1200,900'] });
    const r = run([city!, again!]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^b\/ban-gui-lai-2019\.csv:2: error: cases of "Chi cục THADS Quận 01" \(2019\) are given again: b\/hcm-2019\.csv:2 already gave them as "Chi cục THADS Quận 1".*\[DUPLICATE_INPUT\]$/m);
  });

  it('the same in a workbook: "Quận 03" of an .xlsx beside the CSV table (exit 1)', async () => {
    const [city] = write({ 'c/hcm-2019.csv': CITY });
    const book = await writeSheetsWorkbook(dir, 'c/quan-03-2019.xlsx', { Sheet1: [['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong'], [1, 'Quận 03', 800, 640]] });
    const r = run([city!, book]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/cases of "Quận 03" \(2019\) are given again: c\/hcm-2019\.csv:3 already gave them as "Chi cục THADS Quận 3".*\[DUPLICATE_INPUT\]$/m);
  });

  it('control: Quận 10\'s own file beside a table without it is summed (exit 0)', () => {
    const [city, own] = write({ 'd/hcm-2019.csv': CITY_NO_10, 'd/Quận 10 2019.csv': ['Việc có điều kiện,Việc giải quyết xong', '700,500'] });
    const r = run([city!, own!]);
    expect(r.code, r.stderr).toBe(0);
    // 2000 + 700 = 2700 with conditions; 1540 + 500 = 2040 resolved
    expect(total(r.stdout)).toEqual(['2700', '2040']);
  });

  it('control: "Quận 10" and "Quận 1" stay two offices across files (exit 0)', () => {
    const [a, b] = write({ 'e/hcm-2019.csv': [HEAD, '1,Quận 10,700,500'], 'e/Quận 1 2019.csv': OWN });
    const r = run([a!, b!]);
    expect(r.code, r.stderr).toBe(0);
    // 700 + 1200 = 1900; 500 + 900 = 1400
    expect(total(r.stdout)).toEqual(['1900', '1400']);
  });

  it('control: the city\'s table alone reads as before (exit 0)', () => {
    const [city] = write({ 'f/hcm-2019.csv': CITY });
    const r = run([city!]);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['2700', '2040']);
  });
});
