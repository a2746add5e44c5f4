// A row labelled by a year ("Năm 2018", "Số liệu năm 2018", "Same period 2018") holds that
// year's figures, no office's: in a 2019 file it was added as an office (round 26, finding 01:
// 980/700 for 500/400). Another year's is refused NOT_AN_OFFICE, located; the file's own year's
// holding the sum stays a suspected total, else it is refused too. Offices whose names hold a
// number are offices. Figures by hand; both readers must agree.
import { describe, expect, it } from 'vitest';
import { yearOfRowLabel } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-year-rows-', ['--format', 'json', '--by', 'none']);

const HEADER = 'Đơn vị,Có điều kiện,Giải quyết xong';
/** 200/160 + 300/240 = 500/400, 80.00 % */
const OFFICES = ['Chi cục A,200,160', 'Chi cục B,300,240'];
const ANOTHER = (name: string, year: string) =>
  `"${name}" names the year ${year}, and the file's is 2019: a row labelled by a year holds that year's figures (a comparison), no office's, and it would be added as an office [NOT_AN_OFFICE]`;

describe('yearOfRowLabel', () => {
  it.each([
    ['Năm 2018', 2018], ['2018', 2018], ['Số liệu năm 2018', 2018], ['Same period 2018', 2018], ['Năm 2018 (cùng kỳ)', 2018],
    ['NĂM 2019', 2019], ['Năm 2018-2019', 2019], ['Year 2018', 2018], ['Kết quả năm 2018', 2018],
    ['Quận 1', null], ['Phòng THADS khu vực 2', null], ['Đội 2018', null], ['Chi cục A', null], ['Năm 2017-2019', null], ['Cộng năm 2018', null],
  ])('%s → %s', (label, year) => expect(yearOfRowLabel(label)).toBe(year));
});

describe('a row labelled by another year than the file\'s', () => {
  it.each([['Năm 2018'], ['Số liệu năm 2018'], ['Same period 2018'], ['2018']])('"%s" in a 2019 file without a total: refused, located (was 980/700)', async (name) => {
    const r = await both('nam-row-viec-2019.csv', [HEADER, ...OFFICES, `${name},480,300`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:4:1: error: ${ANOTHER(name, '2018')}`);
  });

  it('"Năm 2018 (cùng kỳ)": a comparison, refused as one', async () => {
    const r = await both('cung-ky-viec-2019.csv', [HEADER, ...OFFICES, '"Năm 2018 (cùng kỳ)",480,300']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:1: error: "Năm 2018 (cùng kỳ)" is no office and no total of offices (a breakdown, a comparison, a statistic of the offices, a plan or a target): it would be added as an office [NOT_AN_OFFICE]');
  });

  it('a Năm column: the row\'s year is its cell\'s', async () => {
    const r = await both('nam-col-viec.csv', ['Năm,Đơn vị,Có điều kiện,Giải quyết xong', '2019,Chi cục A,200,160', '2019,Chi cục B,300,240', '2019,Năm 2018,480,300']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:4:2: error: ${ANOTHER('Năm 2018', '2018')}`);
  });

  it('the file\'s year unknown: a year is no office either', async () => {
    const r = await both('nam-row-viec.csv', [HEADER, ...OFFICES, 'Năm 2018,480,300']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:1: error: "Năm 2018" names the year 2018, and the file\'s year is unknown: a row labelled by a year holds that year\'s figures (a comparison), no office\'s, and it would be added as an office [NOT_AN_OFFICE]');
  });
});

describe('a row labelled by the file\'s own year', () => {
  it('holding the sum: a suspected total, as before', async () => {
    const r = await both('own-sum-viec-2019.csv', [HEADER, ...OFFICES, 'Năm 2019,500,400']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4: error: line 4 "Năm 2019" looks like a total row: its figures equal the sum of all the other 2 rows; added as an office it would count them twice [SUSPECTED_TOTAL_ROW]');
  });

  it.each([['480,300'], ['500,300']])('not holding it (%s): refused, never added (was 980/700, 1000/700)', async (figures) => {
    const r = await both('own-viec-2019.csv', [HEADER, ...OFFICES, `Năm 2019,${figures}`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4:1: error: "Năm 2019" names the file\'s year, no office, and its figures are not the sum of the other 2 rows, as the file\'s total\'s would be: it would be added as an office [NOT_AN_OFFICE]');
  });

  it('the file\'s only row: its figures, read as before', async () => {
    const r = await both('chu-se-viec-2019.csv', [HEADER, 'Năm 2019,200,150']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '200', resolved: '150', rate: '75.00' });
  });
});

describe('offices whose names hold a number', () => {
  it('"Quận 1", "Đội 2018", "Phòng THADS khu vực 2" are added: 200/160 + 300/240 + 10/5 = 510/405, 79.41 %', async () => {
    const r = await both('numbers-viec-2019.csv', [HEADER, 'Quận 1,200,160', 'Đội 2018,300,240', 'Phòng THADS khu vực 2,10,5']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '510', resolved: '405', rate: '79.41', met: true });
  });
});
