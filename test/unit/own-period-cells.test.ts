// The report's own period in a column of its own (round 33, finding 03). A "Kỳ" column holding
// "T9/2019" on every row of a 2019 report was refused PERIOD_COLUMN ("another period"), though
// 9/2019 is the last month of statistics year 2019 (1/10/2018–30/9/2019): figures up to it are
// the year's. A year column "Kỳ báo cáo" holding "01/10/2018 - 30/9/2019", "10/2018 - 9/2019" or
// "9/2019" was refused BAD_NUMBER "is not a year". Other months stay refused. Both readers agree;
// totals by hand.
import { describe, expect, it } from 'vitest';
import { periodNote } from '../../src/input/period-notes.js';
import { otherPeriodBeside } from '../../src/input/row-labels.js';
import { yearOfCell } from '../../src/input/stated-years.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-own-period-cells-', ['--format', 'csv']);

const header = (col: string) => `STT,${col},Đơn vị,Việc có điều kiện,Việc giải quyết xong`;
const offices = (cell: string) => [
  `1,${cell},Chi cục THADS huyện Chư Sê,100,80`,
  `2,${cell},Chi cục THADS huyện Đắk Đoa,200,165`,
  `3,${cell},Chi cục THADS huyện Mang Yang,150,120`,
];
/** district, year, with conditions, resolved, rate */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[2], c[9], c[18], c[20]].join(' ');
  });
}
// Chư Sê 80/100 = 80.00 %, Đắk Đoa 165/200 = 82.50 %, Mang Yang 120/150 = 80.00 %; total 365/450 = 81.11 %
const READ = [
  'Chi cục THADS huyện Chư Sê 2019 100 80 80.00',
  'Chi cục THADS huyện Đắk Đoa 2019 200 165 82.50',
  'Chi cục THADS huyện Mang Yang 2019 150 120 80.00',
  'TOTAL 2019 450 365 81.11',
];

describe('periodNote of a cell: the last month of a statistics year is the year', () => {
  it.each([
    ['T9/2019', { kind: 'year', year: 2019 }],
    ['Tháng 9/2019', { kind: 'year', year: 2019 }],
    ['tháng 09/2019', { kind: 'year', year: 2019 }],
    ['Đến tháng 9/2019', { kind: 'year', year: 2019 }],
    ['T8/2019', { kind: 'part' }],
    ['Tháng 10/2018', { kind: 'part' }],
    ['Từ tháng 9/2019', null],
    ['Lũy kế T9/2019', { kind: 'part' }],
  ] as const)('%j → %j', (text, period) => expect(periodNote(text, true)).toEqual(period));

  it('guard: a note beside a name keeps "T9/2019" a part of a year', () => expect(periodNote('T9/2019')).toEqual({ kind: 'part' }));

  it.each([
    ['T9/2019', 2019, null],
    ['T9/2019', null, null],
    ['T9/2018', 2019, 'the year 2018'],
    ['T9/2019', 2020, 'the year 2019'],
  ] as const)('otherPeriodBeside(%j, %s) → %j', (text, year, said) => expect(otherPeriodBeside(text, year)).toBe(said));
});

describe('yearOfCell: dates that span exactly one statistics year', () => {
  it.each([
    ['01/10/2018 - 30/9/2019', 2019],
    ['1/10/2018-30/9/2019', 2019],
    ['10/2018 - 9/2019', 2019],
    ['9/2019', 2019],
    ['T9/2019', 2019],
    ['Tháng 9/2019', 2019],
    ['2019', 2019],
    ['01/10/2017 - 30/9/2019', null],
    ['01/10/2018 - 31/3/2019', null],
    ['10/2018 - 8/2019', null],
    ['01/10/2018', null],
    ['30/9/2019', null],
    ['3/2019', null],
    ['10/2018', null],
  ] as const)('%j → %s', (cell, year) => expect(yearOfCell(cell)).toBe(year));
});

describe('the report\'s own period in a column, read by both readers', () => {
  it.each([
    ['Kỳ', 'T9/2019'],
    ['Kỳ số liệu', 'Tháng 9/2019'],
    ['Kỳ báo cáo', '01/10/2018 - 30/9/2019'],
    ['Kỳ báo cáo', '10/2018 - 9/2019'],
    ['Kỳ báo cáo', '9/2019'],
  ])('%s holding %j on every row: read, 450 / 365', async (col, cell) => {
    for (const args of [['--format', 'csv', '--year', '2019'], ['--format', 'csv']]) {
      const r = await both('viec-2019.csv', [header(col), ...offices(cell)], args);
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual(READ);
    }
  });

  it('"T8/2019" under "Kỳ": still refused at the cell', async () => {
    const r = await both('viec-2019.csv', [header('Kỳ'), ...offices('T8/2019')], ['--format', 'csv', '--year', '2019']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2:2: error: "T8/2019" under "Kỳ" says this row of "Chi cục THADS huyện Chư Sê" holds ');
    expect(r.stderr).toContain('[PERIOD_COLUMN]');
  });

  it('"3/2019" under "Kỳ báo cáo": still not a year', async () => {
    const r = await both('viec-2019.csv', [header('Kỳ báo cáo'), ...offices('3/2019')], ['--format', 'csv', '--year', '2019']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:2: error: year "3/2019" is not a year [BAD_NUMBER]');
  });
});
