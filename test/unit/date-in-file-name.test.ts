// A day of a month in a file name — the day a report was sent or corrected, "Nam Định năm 2019 -
// gửi ngày 8 tháng 10.csv", "bc-2019-cap-nhat-ngay-8-thang-10.csv" — was read as a count of
// months: "8 tháng" out of "ngày 8 tháng 10" made a year-end report an eight months' one (to
// 31/5/2019): a wrong period in the paragraph, the change on last year dropped (PERIODS_DIFFER),
// the year's file refused beside another office's (MIXED_PERIODS, exit 2) — round 66a, 02. A
// "tháng" followed by a month 1–12 dates a day (file-names.ts withoutDayOfMonth); a count of
// months ("6 tháng 2019", "bc-9-thang-2019") still states its period.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { officeFromFileName, periodOfName } from '../../src/input/file-names.js';
import { bothOnFiles, runArgs } from '../helpers/both-readers.js';
import { escapeText, type RawSheet, writeRawWorkbook } from '../helpers/raw-workbook.js';

const NONE = { start: null, end: null };

describe('periodOfName: a day of a month is no count of months', () => {
  it.each([
    'Nam Định năm 2019 - gửi ngày 8 tháng 10',
    'Nam Định năm 2019 - ngày 6 tháng 10',
    'Nam Định năm 2019 - gửi 9 tháng 10',
    'bc-2019-cap-nhat-ngay-8-thang-10',
    'BC_2019_gui_ngay_8_thang_10',
    'Nam Dinh nam 2019 - gui ngay 8 thang 10',
    'NAM ĐỊNH NĂM 2019 - GỬI NGÀY 8 THÁNG 10',
    'BC 2019 - 5 tháng 10',
    'BC 2019 (gửi ngày 08 tháng 10)',
    // the decomposed spelling a Mac's file system keeps
    'Nam Định năm 2019 - gửi ngày 8 tháng 10'.normalize('NFD'),
    // with its year the day is one (read so before)
    'Nam Định năm 2019 (ngày 6 tháng 10 năm 2019)',
  ])('"%s" states no period', (name) => expect(periodOfName(name, 2019)).toEqual(NONE));

  it.each([
    // over-reach: counts of months keep their period (from 1/10/2018: six months → 31/3/2019)
    ['Mỹ Lộc 6 tháng 2019', 2019, '2019-03-31'],
    ['bc-9-thang-2019', 2019, '2019-06-30'],
    ['6 tháng đầu năm 2026', 2026, '2026-03-31'],
    // eight months from 1/10/2018: October … May → 31/5/2019, the year the report's own
    ['Báo cáo 8 tháng', 2019, '2019-05-31'],
    ['eleven-months-viec-2019', 2019, '2019-08-31'],
    ['BC nam 2019 - 6 thang', 2019, '2019-03-31'],
    // a count with a sending day: the count stands, the day is not read
    ['BC 8 tháng 2019 - gửi ngày 8 tháng 4', 2019, '2019-05-31'],
    // a month's report, no day: "tháng 10" of 2018 is October 2018
    ['BC thang 10.2018', 2019, '2018-10-31'],
    // a written-out day after "đến" still ends the period (read so before)
    ['BC 2019 đến ngày 31 tháng 3 năm 2019', 2019, '2019-03-31'],
  ])('"%s" ends on its count\'s day', (name, year, end) => expect(periodOfName(name, year)).toEqual({ start: null, end }));
});

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc thi hành xong';
const NAM_DINH = [TITLE, HEADER, '1,Chi cục THADS huyện Mỹ Lộc,60,30', '2,Chi cục THADS huyện Vụ Bản,120,60'];
const PREVIOUS_2018 = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2018', HEADER, '1,Chi cục THADS huyện Mỹ Lộc,90,60', '2,Chi cục THADS huyện Vụ Bản,180,120'];
const NOT_SAME_DAY = (end: string) => `thads: warning: no change on last year is computed: the input's period ends on ${end}, the previous files' on 30/9/2018, not on the same day of the year [PERIODS_DIFFER]`;

describe('a year-end report whose file name gives the day it was sent (both readers)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thads-date-in-name-'));
  const write = (name: string, lines: readonly string[]) => (writeFileSync(join(dir, name), `${lines.join('\n')}\n`), join(dir, name));
  const cases = async (name: string, lines: readonly string[] = NAM_DINH) => {
    const argv = ['summarize', write(name, lines), '--previous', write('prev 2018.csv', PREVIOUS_2018), '--by', 'none', '--format', 'json'];
    const r = await runArgs(dir, argv, false);
    expect(await runArgs(dir, argv, true)).toEqual(r);
    return { ...r, cases: r.code === 0 ? JSON.parse(r.stdout).total.cases : null };
  };

  it.each([
    'Nam Định năm 2019 - gửi ngày 8 tháng 10.csv',
    'Nam Định năm 2019 - ngày 6 tháng 10.csv',
    'Nam Định năm 2019 - gửi 9 tháng 10.csv',
    'bc-2019-cap-nhat-ngay-8-thang-10.csv',
    'Nam Dinh nam 2019 - gui ngay 8 thang 10.csv',
    // the control, read so before
    'Nam Định năm 2019.csv',
  ])('"%s" is the whole year 2019: compared with 2018', async (name) => {
    const r = await cases(name);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 60 + 120 = 180 có ĐK, 30 + 60 = 90 xong: 50.00 %; 2018: 90 + 180 = 270, 60 + 120 = 180: 66.666…%; 50 − 66.67 = −16.67
    expect([r.cases.withConditions, r.cases.resolved, r.cases.rate, r.cases.rateChange]).toEqual(['180', '90', '50.00', '-16.67']);
  });

  it('the paragraph states the whole year, not "đến 31/5/2019"', async () => {
    const r = await bothOnFiles(dir, { 'Nam Định năm 2019 - gửi ngày 8 tháng 10.csv': NAM_DINH }, ['--by', 'none', '--format', 'text', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith('Năm 2019 (từ 1/10/2018 đến 30/9/2019)'), r.stdout).toBe(true);
  });

  it('beside another office\'s year-end file it is added, not refused (MIXED_PERIODS before)', async () => {
    const haNam = [TITLE, HEADER, '1,Chi cục THADS huyện Kim Bảng,100,80'];
    const r = await bothOnFiles(dir, { 'Kim Bảng năm 2019.csv': haNam, 'Nam Định năm 2019 - gửi ngày 8 tháng 10.csv': NAM_DINH }, ['--by', 'none', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    // 100 + 60 + 120 = 280 có ĐK, 80 + 30 + 60 = 170 xong: 170/280 = 60.714…% → 60.71
    const c = JSON.parse(r.stdout).total.cases;
    expect([c.withConditions, c.resolved, c.rate]).toEqual(['280', '170', '60.71']);
  });

  // over-reach: a count of months in a name without a title of its own still states its period
  it.each([
    ['Mỹ Lộc 6 tháng 2019.csv', '31/3/2019'],
    ['bc-9-thang-2019.csv', '30/6/2019'],
    ['eleven-months-viec-2019.csv', '31/8/2019'],
  ])('"%s" is a part of the year (to %s): no change on the whole year 2018', async (name, end) => {
    const r = await cases(name, NAM_DINH.slice(1));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(NOT_SAME_DAY(end));
    expect([r.cases.withConditions, r.cases.resolved, r.cases.rate, r.cases.rateChange]).toEqual(['180', '90', '50.00', null]);
  });
});

describe('a workbook named "Báo cáo 8 tháng.xlsx", its year given by --year', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thads-date-in-name-xlsx-'));
  const text = (t: string) => `<c t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
  const row = (cells: readonly string[]) => cells.map((c) => (/^\d+$/.test(c) ? `<c><v>${c}</v></c>` : text(c))).join('');
  const sheet: RawSheet = { name: 'Sheet1', data: NAM_DINH.slice(1).map((l, i) => `<row r="${i + 1}">${row(l.split(','))}</row>`).join('') };

  it.each([
    // eight months from 1/10/2018: to 31/5/2019
    ['Báo cáo 8 tháng.xlsx', 'Từ 1/10/2018 đến 31/5/2019 (năm thống kê 2019)'],
    ['BC năm 2019 - gửi ngày 8 tháng 10.xlsx', 'Năm 2019 (từ 1/10/2018 đến 30/9/2019)'],
  ])('"%s": %s', async (name, period) => {
    const file = await writeRawWorkbook({ sheets: [sheet], sharedStrings: [], name, dir });
    const argv = ['summarize', file, '--year', '2019', '--by', 'none', '--format', 'text', '--lang', 'vi'];
    const r = await runArgs(dir, argv, false);
    expect(await runArgs(dir, argv, true)).toEqual(r);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith(period), r.stdout).toBe(true);
  });
});

describe('an office named by its file: the sending day is no part of its name', () => {
  it.each([
    ['Mỹ Lộc năm 2019 - gửi ngày 8 tháng 10.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019 gui 9 thang 10.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc 2019 (gửi ngày 08 tháng 10).csv', 'Mỹ Lộc'],
    ['my-loc-2019-cap-nhat-ngay-8-thang-10.csv', 'my-loc'],
    // over-reach: names as before
    ['Mỹ Lộc 6 tháng 2019.csv', 'Mỹ Lộc'],
    ['Quận 3 2019.csv', 'Quận 3'],
    ['Phòng THADS khu vực 12 - 2026.csv', 'Phòng THADS khu vực 12'],
  ])('%s → %s', (file, office) => expect(officeFromFileName(file)).toBe(office));

  it('compared with last year\'s file of the same office ("Mỹ Lộc - gửi ngày 8" before: not compared)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thads-date-in-name-office-'));
    const write = (name: string, lines: readonly string[]) => (writeFileSync(join(dir, name), `${lines.join('\n')}\n`), join(dir, name));
    const argv = ['summarize', write('Mỹ Lộc năm 2019 - gửi ngày 8 tháng 10.csv', ['Việc có điều kiện,Việc thi hành xong', '60,30']), '--previous', write('Mỹ Lộc năm 2018.csv', ['Việc có điều kiện,Việc thi hành xong', '90,60']), '--format', 'json'];
    const r = await runArgs(dir, argv, false);
    expect(await runArgs(dir, argv, true)).toEqual(r);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 30/60 = 50.00 %; 2018: 60/90 = 66.666…%; 50 − 66.67 = −16.67
    const c = JSON.parse(r.stdout).total.cases;
    expect([c.withConditions, c.resolved, c.rate, c.rateChange]).toEqual(['60', '30', '50.00', '-16.67']);
  });
});
