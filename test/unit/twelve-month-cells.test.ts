// The year-end report's own period in words, in a column of its own (round 34, finding 02). A
// year column "Kỳ báo cáo" (or "Năm") holding "12 tháng", "Cả năm", "Năm", "12T/2019", "12
// tháng/2019", "Năm 2019 (12 tháng)" was refused BAD_NUMBER 'year "12 tháng" is not a year',
// though a "Kỳ" column read "Cả năm" and "12 tháng năm 2019" as the report's own. One rule
// (period-notes.ts namesTwelveMonths, periodNote) reads them in either column: the row's own
// period, of the year it states if any. Parts of a year stay refused. Both readers agree;
// totals by hand.
import { describe, expect, it } from 'vitest';
import { namesTwelveMonths, periodNote } from '../../src/input/period-notes.js';
import { periodOfYearCell } from '../../src/input/stated-years.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both, write } = bothReaders('thads-twelve-month-cells-', ['--format', 'csv']);

const header = (col: string) => `STT,Đơn vị,${col},Có điều kiện,Thi hành xong,Đình chỉ`;
const offices = (cell: string) => [`1,Chư Sê,${cell},100,80,5`, `2,Đắk Đoa,${cell},200,150,10`];
/** district, year, with conditions, resolved, rate */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[2], c[9], c[18], c[20]].join(' ');
  });
}
// Chư Sê (80 + 5)/100 = 85.00 %, Đắk Đoa (150 + 10)/200 = 80.00 %; total 245/300 = 81.67 %
const READ = ['Chư Sê 2019 100 85 85.00', 'Đắk Đoa 2019 200 160 80.00', 'TOTAL 2019 300 245 81.67'];

const YEARLESS = ['12 tháng', 'Cả năm', 'Năm', '12 THÁNG', 'cả năm', '12T'];
const OF_2019 = ['12T/2019', '12 tháng/2019', 'Năm 2019 (12 tháng)', '12 tháng năm 2019', 'Cả năm 2019'];
const PARTS = ['6 tháng', '9 tháng', 'Quý IV', '6 tháng đầu năm', '6T/2019'];

describe('a cell naming the whole statistics year', () => {
  it.each(YEARLESS)('%j: the row\'s own year, none of its own', (cell) => {
    expect(namesTwelveMonths(cell)).toBe(true);
    expect(periodNote(cell, true)).toEqual({ kind: 'year', year: null });
    expect(periodOfYearCell(cell)).toEqual({ year: null });
  });
  it.each(OF_2019)('%j: the year 2019', (cell) => {
    expect(periodNote(cell, true)).toEqual({ kind: 'year', year: 2019 });
    expect(periodOfYearCell(cell)).toEqual({ year: 2019 });
  });
  it.each(PARTS)('%j: a part of a year, no year cell', (cell) => {
    expect(periodNote(cell, true)).toEqual({ kind: 'part' });
    expect(periodOfYearCell(cell)).toBeNull();
  });
  it('"Năm" beside a name, "Cả" alone, "Năm nay": no period', () => {
    expect(periodNote('Năm')).toBeNull();
    expect(periodNote('ca 2')).toBeNull();
    expect(periodOfYearCell('Năm nay')).toBeNull();
    expect(periodOfYearCell('Cả')).toBeNull();
  });
});

describe('summarize: the whole year in a year column or a period column', () => {
  for (const col of ['Kỳ báo cáo', 'Năm', 'Kỳ']) {
    it.each([...YEARLESS, ...OF_2019])(`"${col}" = %j: 300 / 245 = 81.67 %`, async (cell) => {
      const r = await both('ky-viec-2019.csv', [header(col), ...offices(cell)]);
      // (the "Kỳ" column is no year column: its cells are read as the period column's)
      expect(r.stderr).toBe(col === 'Kỳ' ? 'FILE:1:3: warning: column "Kỳ" is not a known figure and is ignored [UNKNOWN_COLUMN]\n  hint: map it with "aliases" in thads.config.json if it holds a known figure\n' : '');
      expect(r.code).toBe(0);
      expect(rows(r.stdout)).toEqual(READ);
    });
  }

  it('with --year 2019 the same', async () => {
    const r = await both('ky-viec-2019.csv', [header('Kỳ báo cáo'), ...offices('12 tháng')], ['--year', '2019', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('"12 tháng/2018" in a year column is the year 2018: --year 2019 keeps none of its rows', async () => {
    const r = await both('ky-viec-2019.csv', [header('Kỳ báo cáo'), ...offices('12 tháng/2018')], ['--year', '2019', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:1: error: no office row below the header: --year 2019 keeps none of its 2 rows, which are of other years [NO_DATA]');
  });

  for (const col of ['Kỳ báo cáo', 'Năm']) {
    it.each(PARTS)(`"${col}" = %j stays refused`, async (cell) => {
      const r = await both('ky-viec-2019.csv', [header(col), ...offices(cell)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`FILE:2:3: error: year "${cell}" is not a year [BAD_NUMBER]`);
    });
  }

  it('"12 tháng" on the rows of a six months\' report is refused', async () => {
    const r = await both('ky-viec-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2019', header('Kỳ báo cáo'), ...offices('12 tháng')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:3: error: "12 tháng" names the whole statistics year, but the title states a part of a year (to 2019-03-31) [YEAR_CONFLICT]');
  });

  it('"12 tháng" on some rows and "2018" on others: the row without a year is refused', async () => {
    const r = await both('ky-viec-2019.csv', [header('Năm'), '1,Chư Sê,2018,100,80,5', '2,Đắk Đoa,12 tháng,200,150,10']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[MISSING_YEAR]');
  });
});

describe('check: rows refused one by one are no "no office row"', () => {
  it('every row refused: its errors, no NO_DATA at the header', async () => {
    const { memoryIo } = await import('../../src/io.js');
    const { main } = await import('../../src/main.js');
    const file = write('p-viec-2019.csv', [header('Kỳ báo cáo'), ...offices('6 tháng')]);
    const { io, stdout, stderr } = memoryIo(['check', file], { env: {} });
    expect(await main(io)).toBe(1);
    const err = (stdout() + stderr()).split(file).join('FILE');
    expect(err).not.toContain('NO_DATA');
    expect(err).toContain('FILE:2:3: error: year "6 tháng" is not a year [BAD_NUMBER]');
    expect(err).toContain('FILE:3:3: error: year "6 tháng" is not a year [BAD_NUMBER]');
    expect(err).toContain('2 errors, 0 warnings in 1 file');
  });
});
