// A title of the year alone ("BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019") stated no bound, so a
// file name's part of the year ("Mỹ Lộc 6 tháng 2019.csv") was read over it silently: the whole
// year's figures printed as six months', exit 0 (round 66a, 02: the title must not lose to a
// name's guess unsaid). "NĂM 2019" now states the year to 30/9/2019 against a name, as "12 THÁNG
// NĂM 2019" did: a name stating another period is refused (YEAR_CONFLICT), one stating none or
// the same reads as before (stated-years.ts wholeYearStated).
import { describe, expect, it } from 'vitest';
import { bothReaders, runArgs } from '../helpers/both-readers.js';
import { escapeText, type RawSheet, writeRawWorkbook } from '../helpers/raw-workbook.js';

const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc thi hành xong';
const ROWS = ['1,Chi cục THADS huyện Mỹ Lộc,60,30', '2,Chi cục THADS huyện Vụ Bản,120,60'];
const YEAR_TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019';
const HINT = '  hint: correct the title, or rename the sheet or the file, so that they state one period: a part of a year\'s figures are never read as the whole year\'s, nor summed or compared with them\n';
const conflict = (end: string) => `FILE: error: the title (line 1) states the period to 30/9/2019, but the file name the period to ${end}: which is the report's? [YEAR_CONFLICT]\n${HINT}`;

const { both } = bothReaders('thads-title-year-name-', ['--by', 'none', '--format', 'text', '--lang', 'vi']);

describe('a title of the year alone against a file name stating a part of it (both readers)', () => {
  it.each([
    ['Mỹ Lộc 6 tháng 2019.csv', YEAR_TITLE, '31/3/2019'],
    ['bc-9-thang-2019.csv', YEAR_TITLE, '30/6/2019'],
    ['Nam Dinh six months 2019.csv', YEAR_TITLE, '31/3/2019'],
    ['Mỹ Lộc 6 tháng 2019.csv', 'BAO CAO KET QUA THI HANH AN DAN SU NAM 2019', '31/3/2019'],
    ['Mỹ Lộc 6 tháng 2019.csv', 'BÁO CÁO THỐNG KÊ NĂM THỐNG KÊ 2019', '31/3/2019'],
    // the plan's year is an aside: the title states 2019 alone
    ['Mỹ Lộc 6 tháng 2019.csv', 'BÁO CÁO KẾT QUẢ NĂM 2019 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2020', '31/3/2019'],
  ])('"%s" under "%s": refused (read before as to %s, exit 0)', async (name, title, end) => {
    const r = await both(name, [title, HEADER, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(conflict(end));
  });

  // over-reach: a title and a name that agree, or a title that states no period
  it.each([
    // six months from 1/10/2018: to 31/3/2019
    ['Mỹ Lộc 6 tháng 2019.csv', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2019', 'Từ 1/10/2018 đến 31/3/2019 (năm thống kê 2019)'],
    // a form's field names the year, not the period: the name's six months stand, as before
    ['Mỹ Lộc 6 tháng 2019.csv', 'Năm báo cáo: 2019', 'Từ 1/10/2018 đến 31/3/2019 (năm thống kê 2019)'],
    ['Mỹ Lộc năm 2019.csv', YEAR_TITLE, 'Năm 2019 (từ 1/10/2018 đến 30/9/2019)'],
    ['Mỹ Lộc 12 tháng 2019.csv', YEAR_TITLE, 'Năm 2019 (từ 1/10/2018 đến 30/9/2019)'],
    ['Nam Định năm 2019 - gửi ngày 8 tháng 10.csv', YEAR_TITLE, 'Năm 2019 (từ 1/10/2018 đến 30/9/2019)'],
  ])('"%s" under "%s": %s', async (name, title, period) => {
    const r = await both(name, [title, HEADER, ...ROWS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 60 + 120 = 180 có ĐK, 30 + 60 = 90 xong: 90/180 = 50,00 %
    expect(r.stdout.startsWith(period), r.stdout).toBe(true);
    expect(r.stdout).toContain('đã giải quyết xong 90/180 việc có điều kiện giải quyết, đạt 50,00%');
  });

  it('no title: the name\'s six months, as before', async () => {
    const r = await both('Mỹ Lộc 6 tháng 2019.csv', [HEADER, ...ROWS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith('Từ 1/10/2018 đến 31/3/2019 (năm thống kê 2019)'), r.stdout).toBe(true);
  });
});

describe('a workbook\'s tab "6 tháng" under a title of the year alone', () => {
  const text = (t: string) => `<c t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
  const row = (cells: readonly string[]) => cells.map((c) => (/^\d+$/.test(c) ? `<c><v>${c}</v></c>` : text(c))).join('');
  const sheet = (name: string, title: string): RawSheet => ({ name, data: [title, HEADER, ...ROWS].map((l, i) => `<row r="${i + 1}">${row(l.split(','))}</row>`).join('') });
  const run = async (tab: string, title: string) => {
    const file = await writeRawWorkbook({ sheets: [sheet(tab, title)], sharedStrings: [], name: 'Nam Định 2019.xlsx' });
    const dir = file.slice(0, file.lastIndexOf('/'));
    const argv = ['summarize', file, '--by', 'none', '--format', 'text', '--lang', 'vi'];
    const r = await runArgs(dir, argv, false);
    expect(await runArgs(dir, argv, true)).toEqual(r);
    return r;
  };

  it('refused: the title states the year, the tab six months', async () => {
    const r = await run('6 tháng', YEAR_TITLE);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`Nam Định 2019.xlsx:6 tháng: error: the title (line 1) states the period to 30/9/2019, but the sheet's name "6 tháng" the period to 31/3/2019: which is the report's? [YEAR_CONFLICT]\n${HINT}`);
  });

  it('the control: the tab "6 tháng" under "… 6 THÁNG NĂM 2019" is six months (90/180 = 50,00 %)', async () => {
    const r = await run('6 tháng', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2019');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith('Từ 1/10/2018 đến 31/3/2019 (năm thống kê 2019)'), r.stdout).toBe(true);
    expect(r.stdout).toContain('đạt 50,00%');
  });
});
