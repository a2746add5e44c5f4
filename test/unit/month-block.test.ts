// A row naming a month or a part of the year over a block of a year's report ("Tháng 9/2019"
// between two blocks of the same offices): another period's table, refused SECOND_TABLE at that
// row. "Tháng 9/2019" had been read as the year's cut-off (its days are 1/10/2018–30/9/2019), and
// the two blocks added: 530 / 410 with exit 0. Both readers must say the same.
import { describe, expect, it } from 'vitest';
import { periodNote } from '../../src/input/period-notes.js';
import { titleNamesMonth } from '../../src/input/stated-years.js';
import { bothReaders } from '../helpers/both-readers.js';

const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const FIRST = ['1,Vụ Bản,100,90', '2,Mỹ Lộc,200,150'];
const SECOND = ['1,Vụ Bản,80,70', '2,Mỹ Lộc,150,100'];
const ARGS = ['--by', 'none', '--format', 'csv'];

const { both } = bothReaders('thads-month-block-', ARGS);

/** The TOTAL row's cases with conditions and resolved (columns 10 and 19 of the CSV). */
function totals(stdout: string): [string, string] {
  const cells = stdout.trim().split('\n').at(-1)!.split(',');
  return [cells[9]!, cells[18]!];
}

describe('periodNote: a lone September month', () => {
  it('is the year\'s cut-off in a period column\'s cell, September\'s figures over a block', () => {
    expect(periodNote('Tháng 9/2019', true)).toEqual({ kind: 'year', year: 2019 });
    expect(periodNote('Tháng 9/2019', true, false)).toEqual({ kind: 'part' });
    expect(periodNote('T9/2019', true, false)).toEqual({ kind: 'part' });
    // "đến tháng 9/2019" is the figures to the year's end: its own
    expect(periodNote('Số liệu đến tháng 9/2019', true, false)).toEqual({ kind: 'year', year: 2019 });
  });

  it('a title naming its period by a month or a quarter', () => {
    expect(titleNamesMonth([['BÁO CÁO THÁNG 9/2019']])).toBe(true);
    expect(titleNamesMonth([['BÁO CÁO QUÝ III NĂM 2019']])).toBe(true);
    expect(titleNamesMonth([['BÁO CÁO NĂM 2019']])).toBe(false);
    expect(titleNamesMonth([['Nam Định, ngày 05 tháng 10 năm 2019']])).toBe(false);
  });
});

describe('a row naming a month between blocks of a year\'s report', () => {
  it('the reproducer: "Tháng 9/2019" over the same offices again is SECOND_TABLE at its row (was 530 / 410, exit 0)', async () => {
    const r = await both('t9-2019.csv', ['BÁO CÁO NĂM 2019', HEADER, ...FIRST, 'Tháng 9/2019,,,', ...SECOND]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'FILE:5:1: error: "Tháng 9/2019" names a part of a year, and the report\'s is 1/10/2018 to 30/9/2019: the rows below it ("Vụ Bản", line 6) are not this report\'s period\'s figures, and would be added to its own [SECOND_TABLE]',
    );
  });

  it('"Quý III/2019" (its own three months: titlewords) heads another period\'s block: SECOND_TABLE at line 5, column 1', async () => {
    const r = await both('b-2019.csv', ['BÁO CÁO NĂM 2019', HEADER, ...FIRST, 'Quý III/2019,,,', ...SECOND]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:1: error: "Quý III/2019" names the period 1/7/2019 to 30/9/2019, and the report\'s is 1/10/2018 to 30/9/2019');
    expect(r.stderr).toContain('[SECOND_TABLE]');
  });

  it.each(['Tháng 9/2019', 'Tháng 9 năm 2019', 'T9/2019', '9 tháng đầu năm', '6 tháng'])('"%s" heads another period\'s block: SECOND_TABLE at line 5, column 1', async (title) => {
    const r = await both('b-2019.csv', ['BÁO CÁO NĂM 2019', HEADER, ...FIRST, `${title},,,`, ...SECOND]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:5:1: error: "${title}" names a part of a year, and the report's is 1/10/2018 to 30/9/2019`);
    expect(r.stderr).toContain('[SECOND_TABLE]');
  });

  it('"Tháng 12/2019" names the statistics year 2020 (December of 2019 is in it): refused as today, another year\'s block', async () => {
    const r = await both('d-2019.csv', ['BÁO CÁO NĂM 2019', HEADER, ...FIRST, 'Tháng 12/2019,,,', '3,Ý Yên,80,70']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:1: error: "Tháng 12/2019" names the year 2020, and the report\'s is 2019');
  });

  it.each(['Lũy kế 12 tháng', 'Năm 2019', 'Khu vực 1', 'Huyện Vụ Bản'])('"%s" over new offices names the year or a place: summed as today, 430 / 340', async (title) => {
    const r = await both('s-2019.csv', ['BÁO CÁO NĂM 2019', HEADER, ...FIRST, `${title},,,`, '3,Ý Yên,80,70', '4,Nam Trực,50,30']);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(['430', '340']);
  });
});

describe('controls: a month that is the report\'s own, titles above the header, a signature', () => {
  it('"BÁO CÁO THÁNG 9/2019" with "Tháng 9/2019" over its one block: its own, 300 / 240', async () => {
    const r = await both('m-2019.csv', ['BÁO CÁO THÁNG 9/2019', HEADER, 'Tháng 9/2019,,,', ...FIRST]);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(['300', '240']);
  });

  it('"bc-thang-9-2019.csv" with "Tháng 9/2019" over its one block: its own, 300 / 240', async () => {
    const r = await both('bc-thang-9-2019.csv', [HEADER, 'Tháng 9/2019,,,', ...FIRST]);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(['300', '240']);
  });

  it('"Tháng 9/2019" over the one block of a year\'s report: another period\'s, SECOND_TABLE', async () => {
    const r = await both('y-2019.csv', ['BÁO CÁO NĂM 2019', HEADER, 'Tháng 9/2019,,,', ...FIRST]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:1: error: "Tháng 9/2019" names a part of a year');
  });

  it('"Ngày 31 tháng 12 năm 2019" above the header: a date, as today, 300 / 240', async () => {
    const r = await both('n-2019.csv', ['Ngày 31 tháng 12 năm 2019', HEADER, ...FIRST]);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(['300', '240']);
  });

  it('"Tháng 12 năm 2019" above the header states the year 2020: YEAR_CONFLICT with the name\'s 2019, as today', async () => {
    const r = await both('above-2019.csv', ['Tháng 12 năm 2019', HEADER, ...FIRST]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:1: error: the file name says the year is 2019, but the title (line 1) says 2020 [YEAR_CONFLICT]');
  });

  it('a signature line under the table heads no rows: 300 / 240, as today', async () => {
    const r = await both('sig-2019.csv', ['BÁO CÁO NĂM 2019', HEADER, ...FIRST, '"Nam Định, ngày 05 tháng 10 năm 2019",,,']);
    expect(r.code).toBe(0);
    expect(totals(r.stdout)).toEqual(['300', '240']);
  });
});
