// Year cells naming the whole year without a year ("Cả năm", "12 tháng", "Năm"; round 36,
// findings 01-03). Read as an empty year cell, their rows took the file name's first year with
// none of the checks a file without a year column gets: "BC tu 01.10.2019 den 30.9.2020.csv",
// "2019-2020.csv" and a title "NĂM 2020" over "…-2019.csv" were read as 2019 (target 73, met),
// exit 0. Now such a row's year is the one a file without the column has, refused as it is
// (YEAR_CONFLICT) and warned as it is (YEAR_UNKNOWN). A part of a year in the file name refuses
// them as the title's does; a year alone under "Kỳ" other than the row's is refused as "Năm
// 2019" there is (PERIOD_COLUMN). Both readers agree; totals by hand.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-yearless-cells-', ['--by', 'none', '--format', 'csv']);

const header = (col: string) => `STT,Đơn vị,${col},Việc có điều kiện,Việc giải quyết xong`;
const offices = (cell: string) => [`1,Chi cục A,${cell},200,150`, `2,Chi cục B,${cell},300,225`];
const plain = ['STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '1,Chi cục A,200,150', '2,Chi cục B,300,225'];
/** district, year, with conditions, resolved, rate, target, gap */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[2], c[9], c[18], c[20], c[21], c[22]].join(' ');
  });
}
const YEARLESS = ['Cả năm', '12 tháng', 'Năm'];

describe('a yearless whole-year cell: the year of a file without a year column', () => {
  const NEXT = 'BC tu 01.10.2019 den 30.9.2020.csv';
  // a range of days: the message names them and the --year that reads them (titlewords)
  const nextYear = "FILE: error: the file name's first year is 2019, the file's year as SPEC reads it, but its days 1/10/2019–30/9/2020 are of statistics year 2020 (1/10/2019–30/9/2020): which is it? [YEAR_CONFLICT]\n"
    + '  hint: pass --year 2020 to read them as statistics year 2020 (a statistics year runs from 1 October to 30 September: October to December of N belong to N+1)\n';
  it('control: the name stating a period ending in 2020, no year column', async () => {
    expect(await both(NEXT, plain)).toEqual({ code: 1, stdout: '', stderr: nextYear });
  });
  it.each(YEARLESS)('01a: %j rows under that name are refused as the control is', async (cell) => {
    expect(await both(NEXT, [header('Kỳ báo cáo'), ...offices(cell)])).toEqual({ code: 1, stdout: '', stderr: nextYear });
  });
  it('01a: --year 2020 says: 500 / 375 = 75.00 %, target 80, gap -5.00', async () => {
    const r = await both(NEXT, [header('Kỳ báo cáo'), ...offices('Cả năm')], ['--year', '2020', '--by', 'none', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['TOTAL 2020 500 375 75.00 80 -5.00']);
  });
  it.each(YEARLESS)('01c: %j rows in "2019-2020.csv" are refused', async (cell) => {
    // (a span of two years: the message names statistics year 2020 and the --year that reads it, traps37)
    const span = 'FILE: error: the file name names 2 years (2019, 2020): statistics year 2020, which runs from 1/10/2019 to 30/9/2020, or two years? [YEAR_CONFLICT]\n  hint: pass --year 2020 if it is statistics year 2020, or state it in the title ("… NĂM 2020") or the file name ("… năm thống kê 2019-2020"); --year 2019 reads it as the name\'s first year\n';
    expect(await both('2019-2020.csv', [header('Năm'), ...offices(cell)])).toEqual({ code: 1, stdout: '', stderr: span });
  });
  it('01b: a title "NĂM 2020" over "bao-cao-2019.csv" refuses "Cả năm" rows as it does without the column', async () => {
    const title = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2020';
    const refused = { code: 1, stdout: '', stderr: 'FILE:1: error: the file name says the year is 2019, but the title (line 1) says 2020 [YEAR_CONFLICT]\n  hint: pass --year N with the statistics year (the year whose 30 September ends the report)\n' };
    expect(await both('bao-cao-2019.csv', [title, ...plain])).toEqual(refused);
    expect(await both('bao-cao-2019.csv', [title, header('Kỳ báo cáo'), ...offices('Cả năm')])).toEqual(refused);
  });
  it('minor: the title\'s year alone leaves the rows\' year unknown, warned as without the column', async () => {
    const title = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2020';
    const warned = 'FILE: warning: the statistics year of the rows is not given by --year, a year column or the file name (the title says 2020), so no target applies [YEAR_UNKNOWN]\n  hint: pass --year 2020, or put the year in the file name\n';
    for (const lines of [[title, ...plain], [title, header('Kỳ báo cáo'), ...offices('Cả năm')]]) {
      const r = await both('bao-cao.csv', lines);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(warned);
      expect(rows(r.stdout)).toEqual(['TOTAL  500 375 75.00  ']);
    }
  });
  it('rows of a year of their own under a name of two years stay read: 2019 200 / 150, 2020 300 / 225', async () => {
    const r = await both('2019-2020.csv', [header('Năm'), '1,Chi cục A,2019,200,150', '2,Chi cục A,2020,300,225'], ['--by', 'year', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['TOTAL 2019 200 150 75.00 73 2.00', 'TOTAL 2020 300 225 75.00 80 -5.00']);
  });
  it('the name\'s year alone: "Cả năm" rows are of 2019 (500 / 375 = 75.00 %, target 73)', async () => {
    const r = await both('bao-cao-2019.csv', [header('Kỳ báo cáo'), ...offices('Cả năm')]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(rows(r.stdout)).toEqual(['TOTAL 2019 500 375 75.00 73 2.00']);
  });
});

describe('02: the whole year in the cells, a part of a year in the file name', () => {
  it.each(['Cả năm', '12 tháng', '12 tháng/2019', 'Năm 2019 (12 tháng)'])('%j in "BC 6 thang 2019.csv" is refused as under such a title', async (cell) => {
    expect(await both('BC 6 thang 2019.csv', [header('Kỳ báo cáo'), ...offices(cell)])).toEqual({
      code: 1,
      stdout: '',
      stderr: `FILE:2:3: error: "${cell}" names the whole statistics year, but the file name states a part of a year (to 2019-03-31) [YEAR_CONFLICT]\n  hint: correct the file name or the year column: a part of a year's figures are never read as the whole year's\n`,
    });
  });
  it('control: "12 tháng" in "…-2019.csv" is read: 500 / 375', async () => {
    const r = await both('ky-viec-2019.csv', [header('Kỳ báo cáo'), ...offices('12 tháng')]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(rows(r.stdout)).toEqual(['TOTAL 2019 500 375 75.00 73 2.00']);
  });
});

describe('03b: a year alone under "Kỳ"', () => {
  const unknown = 'FILE:1:3: warning: column "Kỳ" is not a known figure and is ignored [UNKNOWN_COLUMN]\n  hint: map it with "aliases" in thads.config.json if it holds a known figure\n';
  it('"2019" in a file named 2020 is refused as "Năm 2019" there is', async () => {
    for (const cell of ['2019', 'Năm 2019']) {
      const r = await both('bao-cao-2020.csv', [header('Kỳ'), ...offices(cell)]);
      expect(r).toEqual({
        code: 1,
        stdout: '',
        stderr: `FILE:2:3: error: "${cell}" under "Kỳ" says this row of "Chi cục A" holds the year 2019, not the report's own (2020): thads reads a year only from a column named "Năm", --year or the file name, never from that column, and it would be added to the office's figures [PERIOD_COLUMN]\n  hint: keep the report's own rows only (delete those of the other period, a comparison), or give each row its statistics year in a column headed "Năm" and pass --year N to keep one\n`,
      });
    }
  });
  it('"2020" in a file named 2020 stays read: 500 / 375 = 75.00 %, target 80', async () => {
    const r = await both('bao-cao-2020.csv', [header('Kỳ'), ...offices('2020')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(unknown);
    expect(rows(r.stdout)).toEqual(['TOTAL 2020 500 375 75.00 80 -5.00']);
  });
});
