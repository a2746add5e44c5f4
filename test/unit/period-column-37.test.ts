// Round 37, findings 01-03. 01: "9/2019", "09/2019", "30/9/2019", "30.9.2019" under "Thời gian"
// / "Kỳ" in a 2020 file were not held against the row's year (read as 2020, target 80, missed;
// "Tháng 9/2019" there was refused): now read as a year column reads them (2019) and refused as
// "Tháng 9/2019" is. 02: "Cả năm" / "12 tháng" under "Kỳ" / "Thời gian" in a report of six months
// were read silently as the six months: refused YEAR_CONFLICT as under "Năm". 03: a --previous
// file of "Cả năm" rows named …-2017 was read as --year − 1 = 2018: refused as the same file
// without its Năm column is; with --year over a file's name, warned as that file is. Both
// readers agree; totals by hand.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both, write } = bothReaders('thads-period-column-37-', ['--by', 'none', '--format', 'csv']);

const header = (col: string) => `${col},Đơn vị,Việc có điều kiện,Việc giải quyết xong`;
const offices = (cell: string) => [`${cell},Chi cục THADS huyện A,100,75`, `${cell},Chi cục THADS huyện B,200,150`];
/** district, year, with conditions, resolved, rate, target, gap, rate change */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[2], c[9], c[18], c[20], c[21], c[22], c[29]].join(' ');
  });
}
const TAIL = ': thads reads a year only from a column named "Năm", --year or the file name, never from that column, and it would be added to the office\'s figures [PERIOD_COLUMN]\n  hint: keep the report\'s own rows only (delete those of the other period, a comparison), or give each row its statistics year in a column headed "Năm" and pass --year N to keep one\n';

describe('01: a month or a day of a year under a period column, held against the row\'s year', () => {
  it.each([
    ['Thời gian', '9/2019'],
    ['Thời gian', '09/2019'],
    ['Thời gian', '30/9/2019'],
    ['Thời gian', '30.9.2019'],
    ['Kỳ', '9/2019'],
    ['Thời gian', 'Tháng 9/2019'],
  ])('under %j, %j in a 2020 file: the year 2019, refused at its cell', async (col, cell) => {
    const r = await both('bc-2020.csv', [header(col), ...offices(cell)]);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `FILE:2:1: error: "${cell}" under "${col}" says this row of "Chi cục THADS huyện A" holds the year 2019, not the report's own (2020)${TAIL}` });
  });

  it.each([
    ['Thời gian', '6/2019'],
    ['Kỳ', '3/2019'],
    ['Thời gian', '31/3/2019'],
    ['Thời gian', 'Tháng 6/2019'],
  ])('under %j, %j in a 2019 file: a part of a year, refused at its cell as "Tháng 6/2019" is', async (col, cell) => {
    const r = await both('bc-2019.csv', [header(col), ...offices(cell)]);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `FILE:2:1: error: "${cell}" under "${col}" says this row of "Chi cục THADS huyện A" holds the figures of another period than the report's, not the report's own (2019)${TAIL}` });
  });

  it.each(['9/2019', '30/9/2019', '2019'])('control: %j under "Thời gian" in a 2019 file: 300 / 225 = 75.00 %, target 73, +2.00', async (cell) => {
    const r = await both('bc-2019.csv', [header('Thời gian'), ...offices(cell)]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['TOTAL 2019 300 225 75.00 73 2.00 ']);
  });

  it('control: "30/9/2019" under a column naming no period (a day sent) is no period: read as 2020', async () => {
    const r = await both('bc-2020.csv', [header('Ngày gửi'), ...offices('30/9/2019')]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['TOTAL 2020 300 225 75.00 80 -5.00 ']);
  });
});

describe('02: the whole year under a period column in a report of a part of a year', () => {
  it.each([
    ['Kỳ', 'Cả năm'],
    ['Kỳ', '12 tháng'],
    ['Thời gian', 'Cả năm'],
  ])('under %j, %j in "BC 6 thang 2019.csv": YEAR_CONFLICT, as under "Năm"', async (col, cell) => {
    const r = await both('BC 6 thang 2019.csv', [header(col), ...offices(cell)]);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `FILE:2:1: error: "${cell}" names the whole statistics year, but the file name states a part of a year (to 2019-03-31) [YEAR_CONFLICT]\n  hint: correct the file name or the column "${col}": a part of a year's figures are never read as the whole year's\n` });
  });

  it('control: under "Năm" the same refusal, naming the year column', async () => {
    const r = await both('BC 6 thang 2019.csv', [header('Năm'), ...offices('Cả năm')]);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'FILE:2:1: error: "Cả năm" names the whole statistics year, but the file name states a part of a year (to 2019-03-31) [YEAR_CONFLICT]\n  hint: correct the file name or the year column: a part of a year\'s figures are never read as the whole year\'s\n' });
  });

  it('"12 tháng" under "Thời gian" below a title "6 THÁNG NĂM 2019", --year 2019: refused, naming the title', async () => {
    const r = await both('bao-cao.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2019', header('Thời gian'), ...offices('12 tháng')], ['--year', '2019', '--by', 'none', '--format', 'csv']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'FILE:3:1: error: "12 tháng" names the whole statistics year, but the title states a part of a year (to 2019-03-31) [YEAR_CONFLICT]\n  hint: correct the title or the column "Thời gian": a part of a year\'s figures are never read as the whole year\'s\n' });
  });

  it('control: "Cả năm" under "Kỳ" in a whole year\'s report: 300 / 225 = 75.00 %, target 73, +2.00', async () => {
    const r = await both('bc-2019.csv', [header('Kỳ'), ...offices('Cả năm')]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['TOTAL 2019 300 225 75.00 73 2.00 ']);
  });
});

describe('03: "Cả năm" rows state the year of the file\'s title or name', () => {
  const input = [header('Năm'), 'Cả năm,Chi cục THADS huyện A,200,150'];
  const args = (previous: string) => ['--year', '2019', '--previous', previous, '--by', 'none', '--format', 'csv'];

  it('a --previous file named …-2017 of "Cả năm" rows, --year 2019: refused as without its Năm column', async () => {
    const refusal = (file: string) => `${file}: error: this --previous file says its year is 2017, but the previous year of the input's 2019 is 2018: it would be read as 2018 [USAGE]\n  hint: pass the files of 2018 with --previous\n`;
    const withColumn = write('bao-cao-2017.csv', [header('Năm'), 'Cả năm,Chi cục THADS huyện A,100,70']);
    expect(await both('bao-cao.csv', input, args(withColumn))).toEqual({ code: 2, stdout: '', stderr: refusal(withColumn) });
    const without = write('control-bao-cao-2017.csv', ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Chi cục THADS huyện A,100,70']);
    expect(await both('bao-cao.csv', input, args(without))).toEqual({ code: 2, stdout: '', stderr: refusal(without) });
  });

  it('a --previous file of "Cả năm" rows whose name states no year: refused PREVIOUS_YEAR_UNKNOWN', async () => {
    const previous = write('truoc.csv', [header('Năm'), 'Cả năm,Chi cục THADS huyện A,100,70']);
    const unknown = (file: string, column: string) => ({
      code: 2,
      stdout: '',
      stderr: `${file}: error: the year of this --previous file is unknown: ${column} no year in its title or its name (--year 2019 is the input's year, not this file's), so thads cannot tell it is an earlier year's [PREVIOUS_YEAR_UNKNOWN]\n  hint: state its year: in its name (e.g. bao-cao-2018.csv), in a Năm column, or in its title ("NĂM 2018")\n`,
    });
    expect(await both('bao-cao.csv', input, args(previous))).toEqual(unknown(previous, 'its Năm column names the whole year but no year, and'));
    const without = write('truoc-control.csv', ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Chi cục THADS huyện A,100,70']);
    expect(await both('bao-cao.csv', input, args(without))).toEqual(unknown(without, 'no Năm column,'));
  });

  it('control: named …-2018, read as 2018: 150/200 = 75.00 % against 70/100 = 70.00 %, +5.00', async () => {
    const previous = write('bao-cao-2018.csv', [header('Năm'), 'Cả năm,Chi cục THADS huyện A,100,70']);
    const r = await both('bao-cao.csv', input, args(previous));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['TOTAL 2019 200 150 75.00 73 2.00 5.00']);
  });

  it('minor: --year 2020 over "…-2019.csv" of "Cả năm" rows is warned as without the Năm column', async () => {
    const warning = 'FILE:1: warning: the file name says the year is 2019; the rows are read as 2020, as --year says [OPTION_OVERRIDES_FILE]\n  hint: check that the option is meant for this file: the file says otherwise\n';
    const opts = ['--year', '2020', '--by', 'none', '--format', 'csv'];
    for (const lines of [[header('Năm'), ...offices('Cả năm')], ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Chi cục THADS huyện A,100,75', 'Chi cục THADS huyện B,200,150']]) {
      const r = await both('ca-nam-bc-2019.csv', lines, opts);
      expect(r.stderr).toBe(warning);
      expect(r.code).toBe(0);
      expect(rows(r.stdout)).toEqual(['TOTAL 2020 300 225 75.00 80 -5.00 ']);
    }
  });
});

describe('the cut-off month in words (round 38, 01)', () => {
  it.each(['Tháng 9 năm 2019', '30 tháng 9 năm 2019', 'THÁNG 9 NĂM 2019'])('%j under "Kỳ" in a 2019 file: the year\'s own, 300 / 225 = 75.00 %', async (cell) => {
    const r = await both('bc-2019.csv', [header('Kỳ'), ...offices(cell)]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['TOTAL 2019 300 225 75.00 73 2.00 ']);
  });

  it('"Tháng 6 năm 2019" there: a part of a year, refused', async () => {
    const r = await both('bc-2019.csv', [header('Kỳ'), ...offices('Tháng 6 năm 2019')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"Tháng 6 năm 2019" under "Kỳ" says this row of "Chi cục THADS huyện A" holds the figures of another period than the report\'s');
  });
});
