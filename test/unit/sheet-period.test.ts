// A workbook's sheet name states the report's period as its file name does (round 42b, 01 and
// 02): departments keep one workbook a year, one tab a period ("6 tháng", "Quý I", "T3.2019").
// Read before as a whole year: six months added to a year-end report, compared with last year's
// whole year and called the whole year, exit 0. "T3.2019" is March 2019 as "tháng 3 năm 2019" is.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { periodOfFileName, periodOfName } from '../../src/input/file-names.js';
import { bothOnFiles, runArgs } from '../helpers/both-readers.js';
import { escapeText, type RawSheet, writeRawWorkbook } from '../helpers/raw-workbook.js';

describe('periodOfName: a name read as a title, of the report\'s year when it states none', () => {
  it.each([
    ['6 tháng', 2019, { start: null, end: '2019-03-31' }],
    ['6T', 2019, { start: null, end: '2019-03-31' }],
    ['9 tháng', 2019, { start: null, end: '2019-06-30' }],
    ['12 tháng', 2019, { start: null, end: '2019-09-30' }],
    // a calendar quarter, as "QUÝ I NĂM 2019" in a title
    ['Quý I', 2019, { start: null, end: '2019-03-31' }],
    ['T3.2019', null, { start: null, end: '2019-03-31' }],
    ['T3-2019', null, { start: null, end: '2019-03-31' }],
    ['T3/2019', null, { start: null, end: '2019-03-31' }],
    ['tháng 3 năm 2019', null, { start: null, end: '2019-03-31' }],
    // the year's last month: the whole year, as "tháng 9 năm 2019" is
    ['T9.2019', null, { start: null, end: '2019-09-30' }],
    ['tháng 9 năm 2019', null, { start: null, end: '2019-09-30' }],
    // a year unknown: no period; names of no period; "Q1" alone may be Quận 1
    ['6 tháng', null, { start: null, end: null }],
    ['Tổng hợp', 2019, { start: null, end: null }],
    ['Biểu 07', 2019, { start: null, end: null }],
    ['Q1', 2019, { start: null, end: null }],
  ])('%s (year %s) → %j', (name, year, period) => expect(periodOfName(name, year)).toEqual(period));

  it.each([
    ['02-BC T3.2019.csv', '2019-03-31'],
    ['BC T3-2019 viec.csv', '2019-03-31'],
    ['BC T9.2019.csv', '2019-09-30'],
    ['BC thang 3 nam 2019.csv', '2019-03-31'],
    // round 45, 01: the word tháng, the month, the year, with or without "năm" and a mark between
    ['BC thang 3 2019 viec.csv', '2019-03-31'],
    ['BC thang 3-2019 viec.csv', '2019-03-31'],
    ['BC thang 03.2019 viec.csv', '2019-03-31'],
    ['viec thang3.2019.csv', '2019-03-31'],
    ['BC tháng 3 2019.csv', '2019-03-31'],
    ['BC thang 10 2018.csv', '2018-10-31'],
    ['BC thang 9 2019.csv', '2019-09-30'],
    // no month 13; "6 thang 2019" stays six months
    ['BC thang 13 2019.csv', null],
    ['Bao cao 6 thang 2019 viec.csv', '2019-03-31'],
    // round 45, 01b: a month's last day within the statistics year ends the period
    ['BC 31.3.2019 viec.csv', '2019-03-31'],
    ['BC 31-3-2019.csv', '2019-03-31'],
    ['BC 30.6.2019.csv', '2019-06-30'],
    ['bao cao 30-9-2019.csv', '2019-09-30'],
    // a day that ends no month, or a day of writing: no period stated
    ['BC TK nam 2019 (gui 15.10.2019).csv', null],
    ['BC 15.3.2019.csv', null],
    ['BC nam 2019 gui 31.10.2019.csv', null],
    ['BC nam 2019 lap ngay 31.3.2019.csv', null],
    ['BC nam 2019 ngày gửi 31.12.2019.csv', null],
    // a day of October to December ends the first months of the next statistics year (its year: yearsOfName)
    ['BC 31.12.2019.csv', '2019-12-31'],
    ['BC 31.10.2018.csv', '2018-10-31'],
    ['BC 29.2.2019.csv', null],
    ['BC 31.4.2019.csv', null],
  ])('file %s ends on %s', (file, end) => expect(periodOfFileName(file).end).toBe(end));

  it.each([
    ['31/03/2019', null, '2019-03-31'],
    ['30.6.2019', null, '2019-06-30'],
    // a day states its own statistics year (31/12/2019: 2020) whatever the report's: a year
    // that differs is refused where the years are compared, not read as no period
    ['31.12.2019', 2020, '2019-12-31'],
    ['31.12.2019', 2019, '2019-12-31'],
    ['31.3.2019', 2020, '2019-03-31'],
    ['gửi 31.10.2019', 2019, null],
  ])('sheet %s (year %s) ends on %s', (name, year, end) => expect(periodOfName(name, year)).toEqual({ start: null, end }));
});

const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc thi hành xong,Tiền có điều kiện,Tiền thi hành xong';
const MY_LOC_HALF = '1,Chi cục THADS huyện Mỹ Lộc,60,30,3000,1000';
const VU_BAN_YEAR = '1,Chi cục THADS huyện Vụ Bản,200,150,7000,3000';
const PREVIOUS_2018 = ['Đơn vị,Việc có điều kiện,Việc thi hành xong,Tiền có điều kiện,Tiền thi hành xong', 'Chi cục THADS huyện Mỹ Lộc,90,60,4000,3000', 'Chi cục THADS huyện Vụ Bản,180,120,8000,6000'];
const MIXED = 'thads: error: the input holds reports of one year whose periods end on different days (31/3/2019, 30/9/2019), which are never added together [MIXED_PERIODS]';
const DIFFER = "thads: warning: no change on last year is computed: the input's period ends on 31/3/2019, the previous files' on 30/9/2018, not on the same day of the year [PERIODS_DIFFER]";

describe('a CSV named for its period, as a tab is (both readers)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thads-sheet-period-csv-'));

  it('"6 tháng.csv" of --year 2019 is six months: never added to a year-end file', async () => {
    const r = await bothOnFiles(dir, { '6 tháng.csv': [HEADER, MY_LOC_HALF], 'Vụ Bản.csv': [HEADER, VU_BAN_YEAR] }, ['--year', '2019', '--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(MIXED);
  });

  it('"BC T3.2019.csv" is March 2019: no change on the whole year 2018', async () => {
    writeFileSync(join(dir, 'BC T3.2019.csv'), `${[HEADER, MY_LOC_HALF, '2,Chi cục THADS huyện Vụ Bản,120,60,6000,2000'].join('\n')}\n`);
    writeFileSync(join(dir, 'prev-2018.csv'), `${PREVIOUS_2018.join('\n')}\n`);
    const argv = ['summarize', join(dir, 'BC T3.2019.csv'), '--previous', join(dir, 'prev-2018.csv'), '--by', 'none', '--format', 'json'];
    const r = await runArgs(dir, argv, false);
    expect(await runArgs(dir, argv, true)).toEqual(r);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(DIFFER);
    const total = JSON.parse(r.stdout).total;
    // 60 + 120, 30 + 60: 50.00 %; no change (was −16.67 against 2018's 180/270)
    expect([total.cases.withConditions, total.cases.resolved, total.cases.rate, total.cases.rateChange, total.cases.totalChange]).toEqual(['180', '90', '50.00', null, null]);
  });

  it.each(['BC thang 3 2019 viec.csv', 'BC thang 3-2019 viec.csv', 'BC thang 03.2019 viec.csv', 'viec thang3.2019.csv', 'BC 31.3.2019 viec.csv', 'BC 31-3-2019 viec.csv'])('"%s" is March 2019 as "T3.2019" is: no change on the whole year 2018 (round 45, 01)', async (name) => {
    writeFileSync(join(dir, name), `${[HEADER, MY_LOC_HALF, '2,Chi cục THADS huyện Vụ Bản,120,60,6000,2000'].join('\n')}\n`);
    writeFileSync(join(dir, 'prev-2018.csv'), `${PREVIOUS_2018.join('\n')}\n`);
    const argv = ['summarize', join(dir, name), '--previous', join(dir, 'prev-2018.csv'), '--by', 'none', '--format', 'json'];
    const r = await runArgs(dir, argv, false);
    expect(await runArgs(dir, argv, true)).toEqual(r);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(DIFFER);
    const total = JSON.parse(r.stdout).total;
    // 60 + 120, 30 + 60: 50.00 %; no change (read as the year: −16.67 against 2018's 180/270)
    expect([total.cases.withConditions, total.cases.resolved, total.cases.rate, total.cases.rateChange, total.cases.totalChange]).toEqual(['180', '90', '50.00', null, null]);
  });

  it.each(['BC TK nam 2019 (gui 15.10.2019).csv', 'bao cao 30-9-2019.csv', 'BC nam 2019 gui 31.10.2019.csv'])('"%s" is the whole year 2019: compared with 2018 (round 45, 01b)', async (name) => {
    writeFileSync(join(dir, name), `${[HEADER, MY_LOC_HALF, '2,Chi cục THADS huyện Vụ Bản,120,60,6000,2000'].join('\n')}\n`);
    writeFileSync(join(dir, 'prev-2018.csv'), `${PREVIOUS_2018.join('\n')}\n`);
    const argv = ['summarize', join(dir, name), '--previous', join(dir, 'prev-2018.csv'), '--by', 'none', '--format', 'json'];
    const r = await runArgs(dir, argv, false);
    expect(await runArgs(dir, argv, true)).toEqual(r);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const total = JSON.parse(r.stdout).total;
    // 90/180 = 50 % against 2018's 180/270 = 66.666…%: −16.67 pp
    expect([total.cases.withConditions, total.cases.resolved, total.cases.rate, total.cases.rateChange]).toEqual(['180', '90', '50.00', '-16.67']);
  });

  it('"BC 31.3.2019.csv" under a title of 12 months is refused, naming both (round 45, 01b)', async () => {
    const r = await bothOnFiles(dir, { 'BC 31.3.2019.csv': ['BÁO CÁO 12 THÁNG NĂM 2019', HEADER, MY_LOC_HALF] }, ['--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe("BC 31.3.2019.csv: error: the title (line 1) states the period to 30/9/2019, but the file name the period to 31/3/2019: which is the report's? [YEAR_CONFLICT]");
  });

  it('a file name and a title of different periods are refused, naming both', async () => {
    const r = await bothOnFiles(dir, { 'BC 6 thang 2019.csv': ['BÁO CÁO 12 THÁNG NĂM 2019', HEADER, MY_LOC_HALF] }, ['--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe("BC 6 thang 2019.csv: error: the title (line 1) states the period to 30/9/2019, but the file name the period to 31/3/2019: which is the report's? [YEAR_CONFLICT]");
  });
});

describe('a workbook\'s tab names the period', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thads-sheet-period-xlsx-'));
  const text = (t: string) => `<c t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
  const row = (cells: readonly (string | number)[]) => cells.map((c) => (typeof c === 'number' ? `<c><v>${c}</v></c>` : text(c))).join('');
  const sheet = (name: string, title: string, offices: readonly (readonly (string | number)[])[]): RawSheet => {
    const rows = [[title], HEADER.split(','), ...offices];
    return { name, data: rows.map((cells, i) => `<row r="${i + 1}">${row(cells)}</row>`).join('') };
  };
  const MY_LOC = [1, 'Chi cục THADS huyện Mỹ Lộc', 60, 30, 3000, 1000];
  const VU_BAN = [2, 'Chi cục THADS huyện Vụ Bản', 120, 60, 6000, 2000];
  const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ';
  const book = (name: string, sheets: readonly RawSheet[]) => writeRawWorkbook({ sheets, sharedStrings: [], name, dir });
  const write = (name: string, lines: readonly string[]) => (writeFileSync(join(dir, name), `${lines.join('\n')}\n`), join(dir, name));
  const previous = async () => write('prev-2018.csv', PREVIOUS_2018);
  const vuBan = async () => write('Vụ Bản 2019.csv', [HEADER, VU_BAN_YEAR]);
  const run = (args: readonly string[]) => runArgs(dir, ['summarize', ...args], false);

  it.each(['6 tháng', 'Quý I', 'T3.2019'])('"%s" beside a year-end report: MIXED_PERIODS (was added, exit 0)', async (tab) => {
    const file = await book(`Mỹ Lộc ${tab.replace(/\W/gu, '')} 2019.xlsx`, [sheet(tab, TITLE, [MY_LOC])]);
    const r = await run([file, await vuBan(), '--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(MIXED);
  });

  it('--sheet "6 tháng" against last year\'s whole year: no change; --sheet "12 tháng" is the whole year, compared', async () => {
    const file = await book('BC 2019.xlsx', [sheet('6 tháng', TITLE, [MY_LOC, VU_BAN]), sheet('12 tháng', TITLE, [[1, 'Chi cục THADS huyện Mỹ Lộc', 100, 80, 5000, 4000], [2, 'Chi cục THADS huyện Vụ Bản', 200, 160, 10000, 8000]])]);
    const prev = await previous();
    const half = await run([file, '--sheet', '6 tháng', '--previous', prev, '--by', 'none', '--format', 'json']);
    expect(half.code, half.stderr).toBe(0);
    expect(half.stderr.split('\n')[0]).toBe(DIFFER);
    // 60 + 120, 30 + 60: 50.00 %, no change (was −16.67)
    const h = JSON.parse(half.stdout).total.cases;
    expect([h.withConditions, h.resolved, h.rate, h.rateChange]).toEqual(['180', '90', '50.00', null]);
    const year = await run([file, '--sheet', '12 tháng', '--previous', prev, '--by', 'none', '--format', 'json']);
    expect(year.code, year.stderr).toBe(0);
    expect(year.stderr).toBe('');
    // 300/240 = 80 % against 180/270 = 66.666…%: +13.33 pp; 300 − 270 with conditions: the total (carried over + new) is not given
    const y = JSON.parse(year.stdout).total.cases;
    expect([y.withConditions, y.resolved, y.rate, y.rateChange]).toEqual(['300', '240', '80.00', '13.33']);
  });

  it('a tab "31.3.2019" is the period to 31/3/2019: no change on the whole year 2018 (round 45, 01b)', async () => {
    const file = await book('BC 2019.xlsx', [sheet('31.3.2019', TITLE, [MY_LOC, VU_BAN])]);
    const r = await run([file, '--previous', await previous(), '--by', 'none', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(DIFFER);
    // 60 + 120, 30 + 60: 50.00 %, no change (was −16.67)
    const c = JSON.parse(r.stdout).total.cases;
    expect([c.withConditions, c.resolved, c.rate, c.rateChange]).toEqual(['180', '90', '50.00', null]);
  });

  it('"T9.2019", the month that ends the year, is the whole year: compared', async () => {
    const file = await book('BC 2019.xlsx', [sheet('T9.2019', TITLE, [MY_LOC, VU_BAN])]);
    const r = await run([file, '--previous', await previous(), '--by', 'none', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 90/180 = 50 % against 180/270 = 66.666…%: −16.67 pp
    expect(JSON.parse(r.stdout).total.cases.rateChange).toBe('-16.67');
  });

  it('the paragraph of a "6 tháng" tab names its six months, not the year', async () => {
    const file = await book('Mỹ Lộc 2019.xlsx', [sheet('6 tháng', TITLE, [MY_LOC])]);
    const r = await run([file, '--format', 'text', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith('Từ 1/10/2018 đến 31/3/2019 (năm thống kê 2019), kết quả thi hành án dân sự của Chi cục THADS huyện Mỹ Lộc:')).toBe(true);
  });

  it('a tab and a title of different periods are refused, naming both', async () => {
    const file = await book('BC 2019.xlsx', [sheet('6 tháng', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2019', [MY_LOC])]);
    const r = await run([file, '--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('BC 2019.xlsx:6 tháng: error: the title (line 1) states the period to 30/9/2019, but the sheet\'s name "6 tháng" the period to 31/3/2019: which is the report\'s? [YEAR_CONFLICT]');
  });

  it('a tab and a title of one period are read', async () => {
    const file = await book('BC 2019.xlsx', [sheet('6 tháng', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2019', [MY_LOC])]);
    const r = await run([file, '--by', 'none', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).total.cases.withConditions).toBe('60');
  });
});
