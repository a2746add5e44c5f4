// A part of a year whose words come AFTER its year (traps39 per). "KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM
// 2018 - CHÍN THÁNG", "KẾT QUẢ THADS NĂM 2018 SÁU THÁNG", "KẾT QUẢ THADS NĂM 2018 (tính đến 31/3)" in
// a title, and the file names "2018 sáu tháng.csv", "2018_chín_tháng.csv", "2018 chin thang.csv",
// "2018_sau_thang.csv", "Nam Dinh 2018 sau thang dau nam.csv", "2018-chin-thang.csv", "2018-H1.csv"
// were read as the whole year 2018: given with --previous to a year-end report of 2019, the change
// was computed against six or nine months ("tăng 133 việc so với năm 2018", exit 0, no warning).
// Now PERIODS_DIFFER and empty change columns, as the same words before the year ("sau thang 2018",
// "NĂM 2018 (9 tháng)") were already. As an input, "Nam Dinh 2019 sau thang.csv" opened its paragraph
// "Năm 2019 (từ 1/10/2018 đến 30/9/2019)": now "Từ 1/10/2018 đến 31/3/2019", as "Nam Dinh sau thang
// 2019.csv" does.
// Figures (hand sums): 2019 Mỹ Lộc 701 / 586 / 533, Vụ Bản 782 / 655 / 630 → total 1483, rate
// 1163/1241 = 93,71 %. 2018 Mỹ Lộc 650 / 550 / 480, Vụ Bản 700 / 600 / 540 → total 1350, rate
// 1020/1150 = 88,70 %. Change, where the periods are the same: 1483 − 1350 = +133; 93,7147 − 88,6957
// = +5,02 pp.
import { describe, expect, test } from 'vitest';
import { bothOnFiles } from '../helpers/both-readers.js';
import { fileTree } from '../helpers/file-tree.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-period-after-year-');
const HEAD = 'Đơn vị,Tổng số thụ lý việc,Việc có điều kiện,Việc giải quyết xong';
const ROWS_2019 = [HEAD, 'Mỹ Lộc,701,586,533', 'Vụ Bản,782,655,630'];
const ROWS_2018 = [HEAD, 'Chi cục THADS huyện Mỹ Lộc,650,550,480', 'Chi cục THADS huyện Vụ Bản,700,600,540'];
const ARGS = ['--format', 'csv', '--measure', 'cases'];
const change = (stdout: string) => csvColumns(stdout, ['district', 'cases_total', 'cases_total_change', 'cases_rate_change']).at(-1);

describe('a title whose count of months or day follows the year: another period than the year, no change computed', () => {
  test.each([
    ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018 - CHÍN THÁNG', '30/6/2018'],
    ['KẾT QUẢ THADS NĂM 2018 SÁU THÁNG', '31/3/2018'],
    ['KẾT QUẢ THADS NĂM 2018 (tính đến 31/3)', '31/3/2018'],
  ])('previous "%s" (ends %s): PERIODS_DIFFER, empty change (was +133, +5.02, exit 0)', async (title, end) => {
    const previous = file(`titled/${title.length}/2018.csv`, [title, ...ROWS_2018]);
    const r = await bothOnFiles(dir, { '2019.csv': ROWS_2019 }, [...ARGS, '--previous', previous]);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['PERIODS_DIFFER']);
    expect(r.stderr).toContain(`the previous files' on ${end}`);
    expect(change(r.stdout)).toBe('TOTAL|1483||');
  });

  test('control (read so before): "NĂM 2018 - 3 THÁNG CUỐI NĂM" is 1/7–30/9/2018: PERIODS_DIFFER, empty change', async () => {
    const previous = file('titled/last3/2018.csv', ['KẾT QUẢ THADS NĂM 2018 - 3 THÁNG CUỐI NĂM', ...ROWS_2018]);
    const r = await bothOnFiles(dir, { '2019.csv': ROWS_2019 }, [...ARGS, '--previous', previous]);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['PERIODS_DIFFER']);
    expect(change(r.stdout)).toBe('TOTAL|1483||');
  });

  test('control: "KẾT QUẢ THADS NĂM 2018" is the whole year: +133 việc, +5.02 pp', async () => {
    const previous = file('titled/year/2018.csv', ['KẾT QUẢ THADS NĂM 2018', ...ROWS_2018]);
    const r = await bothOnFiles(dir, { '2019.csv': ROWS_2019 }, [...ARGS, '--previous', previous]);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual([]);
    expect(change(r.stdout)).toBe('TOTAL|1483|133|5.02');
  });

  test('control: "NĂM 2018 (tính đến 30/9)" is the whole year: +133 việc', async () => {
    const previous = file('titled/to-30-9/2018.csv', ['KẾT QUẢ THADS NĂM 2018 (tính đến 30/9)', ...ROWS_2018]);
    const r = await bothOnFiles(dir, { '2019.csv': ROWS_2019 }, [...ARGS, '--previous', previous]);
    expect(r.code, r.stderr).toBe(0);
    expect(change(r.stdout)).toBe('TOTAL|1483|133|5.02');
  });
});

describe('a file name whose count of months follows the year: another period than the year, no change computed', () => {
  test.each([
    ['2018 sáu tháng.csv', '31/3/2018'],
    ['2018_chín_tháng.csv', '30/6/2018'],
    ['2018 chin thang.csv', '30/6/2018'],
    ['2018_sau_thang.csv', '31/3/2018'],
    ['Nam Dinh 2018 sau thang dau nam.csv', '31/3/2018'],
    ['2018-chin-thang.csv', '30/6/2018'],
    ['2018-H1.csv', '31/3/2018'],
  ])('previous "%s" (ends %s): PERIODS_DIFFER, empty change (was +133, +5.02, exit 0)', async (name, end) => {
    const previous = file(`named/${name}`, ROWS_2018);
    const r = await bothOnFiles(dir, { '2019.csv': ROWS_2019 }, [...ARGS, '--previous', previous]);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['PERIODS_DIFFER']);
    expect(r.stderr).toContain(`the previous files' on ${end}`);
    expect(change(r.stdout)).toBe('TOTAL|1483||');
  });

  test.each([['2018.csv'], ['Nam Dinh 2018.csv'], ['2018 sau dieu chinh.csv']])('control: previous "%s" is the whole year: +133 việc, +5.02 pp', async (name) => {
    const previous = file(`named-year/${name}`, ROWS_2018);
    const r = await bothOnFiles(dir, { '2019.csv': ROWS_2019 }, [...ARGS, '--previous', previous]);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual([]);
    expect(change(r.stdout)).toBe('TOTAL|1483|133|5.02');
  });
});

describe('an input named for six months after its year states them', () => {
  test.each([
    ['Nam Dinh 2019 sau thang.csv', '(was "Năm 2019 (từ 1/10/2018 đến 30/9/2019)")'],
    ['Nam Dinh sau thang 2019.csv', '(control: read so before)'],
  ])('"%s": the paragraph opens "Từ 1/10/2018 đến 31/3/2019" %s', async (name) => {
    const r = await bothOnFiles(dir, { [`in/${name}`]: ROWS_2019 }, ['--format', 'text', '--lang', 'vi', '--measure', 'cases', '--by', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Từ 1\/10\/2018 đến 31\/3\/2019 /u);
  });

  test('control: "Nam Dinh 2019.csv" is the whole year', async () => {
    const r = await bothOnFiles(dir, { 'in/Nam Dinh 2019.csv': ROWS_2019 }, ['--format', 'text', '--lang', 'vi', '--measure', 'cases', '--by', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Năm 2019 \(từ 1\/10\/2018 đến 30\/9\/2019\)/u);
  });
});
