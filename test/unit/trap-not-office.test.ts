// Rows that are no office written where offices are (round 27, findings 02 and 04): an office's
// name with another year or a comparison beside it, an estimate, another period, a count of
// enforcers. Each was added as an office (exit 0, a wrong total). Both readers must say the same.
import { describe, expect, it } from 'vitest';
import { notOfficeKind, rowLabel, yearBesideName } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';

const HEADER = 'Đơn vị;Việc có điều kiện;Việc giải quyết xong';
const IA_GRAI = 'Chi cục THADS huyện Ia Grai';
const DAK_DOA = 'Chi cục THADS huyện Đắk Đoa';
const OFFICES = [`${IA_GRAI};1.234;1.000`, `${DAK_DOA};1.100;900`];

const { both } = bothReaders('thads-not-office-', ['--format', 'json']);
const cases = (stdout: string) => JSON.parse(stdout).total.cases;
const districts = (stdout: string) => JSON.parse(stdout).groups.map((g: { district: string }) => g.district);

describe('labels that are no office', () => {
  it.each([
    [`${IA_GRAI} (cùng kỳ 2018)`, 'other'], [`${IA_GRAI} cùng kỳ năm 2018`, 'other'],
    ['Ước thực hiện 12 tháng', 'other'], ['Ước cả năm', 'other'], ['Ước tính đến hết năm', 'other'],
    ['Tính đến 31/8/2019', 'other'], ['Số liệu 11 tháng', 'other'],
    ['Số Chấp hành viên', 'other'], ['Số CHV', 'other'], ['Số đơn vị', 'other'],
    // guards: offices whose names hold a year or a number
    [`${IA_GRAI} (thành lập năm 2018)`, 'office'], ['Đội thi hành án số 2018', 'office'], ['Chi cục THADS quận 2018', 'office'],
    ['Phòng THADS khu vực 12', 'office'], [`${IA_GRAI} (2018)`, 'office'],
  ])('"%s" is %s', (text, label) => {
    expect(rowLabel(text)).toBe(label);
  });

  it('says what the row holds', () => {
    expect(notOfficeKind('Ước cả năm')).toBe('an estimate, no office\'s reported figures');
    expect(notOfficeKind('Tính đến 31/8/2019')).toBe('the figures of another period than the report\'s');
    expect(notOfficeKind('Số CHV')).toBe('a count of people or offices, not of cases');
    expect(notOfficeKind(`${IA_GRAI} (cùng kỳ 2018)`)).toContain('the figures of 2018');
    // the bare comparison keeps its message (a comparison, a statistic, a plan or a target)
    expect(notOfficeKind('Cùng kỳ năm 2018')).toBeNull();
  });

  it.each([
    [`${IA_GRAI} (2018)`, IA_GRAI, 2018], [`${IA_GRAI} (năm 2018)`, IA_GRAI, 2018], [`${IA_GRAI} năm 2019`, IA_GRAI, 2019],
  ])('"%s": the year beside the name', (text, name, year) => {
    expect(yearBesideName(text)).toEqual({ name, year });
  });

  it.each([`${IA_GRAI} (thành lập năm 2018)`, 'Đội thi hành án số 2018', 'Chi cục THADS quận 2018', 'Năm 2018', '2018', IA_GRAI])('"%s": no year beside a name', (text) => {
    expect(yearBesideName(text)).toBeNull();
  });
});

describe('another year beside an office\'s name (finding 02)', () => {
  it('the offices alone: 2334 / 1900 (hand sum 1234 + 1100, 1000 + 900)', async () => {
    const r = await both('offices-2019.csv', [HEADER, ...OFFICES]);
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '2334', resolved: '1900' });
  });

  it('"(cùng kỳ 2018)" rows: refused at the first, naming the year', async () => {
    const r = await both('cung-ky-2019.csv', [HEADER, OFFICES[0]!, `${IA_GRAI} (cùng kỳ 2018);1.200;900`, OFFICES[1]!, `${DAK_DOA} (cùng kỳ 2018);1.000;700`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:3:1: error: "${IA_GRAI} (cùng kỳ 2018)" holds the figures of 2018 set beside an office's for comparison (another year's, no office's of the report): it would be added as an office [NOT_AN_OFFICE]`);
  });

  it.each([['(2018)'], ['năm 2018']])('"… %s" rows beside "… (2019)" ones in a 2019 file: refused at the first', async (suffix) => {
    const r = await both('suffix-2019.csv', [HEADER, `${IA_GRAI} (2019);1.234;1.000`, `${IA_GRAI} ${suffix};1.200;900`, `${DAK_DOA} (2019);1.100;900`, `${DAK_DOA} ${suffix};1.000;700`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:3:1: error: "${IA_GRAI} ${suffix}" names the year 2018 beside the office's name, and the file's is 2019: the row holds that year's figures (a comparison), no office's of the report, and it would be added as an office [NOT_AN_OFFICE]`);
  });

  it('the file\'s own year beside the names: the offices, the year taken off; 2334 / 1900', async () => {
    const r = await both('own-year-2019.csv', [HEADER, `${IA_GRAI} (2019);1.234;1.000`, `${DAK_DOA} năm 2019;1.100;900`]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r.stdout)).toMatchObject({ withConditions: '2334', resolved: '1900' });
    expect(districts(r.stdout).sort()).toEqual([DAK_DOA, IA_GRAI].sort());
  });

  it.each([[`${IA_GRAI} (thành lập năm 2018)`], ['Đội thi hành án số 2018'], ['Chi cục THADS quận 2018']])('guard: "%s" is an office, summed', async (name) => {
    const r = await both('guard-2019.csv', [HEADER, `${name};1.234;1.000`, OFFICES[1]!]);
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '2334', resolved: '1900' });
    expect(districts(r.stdout)).toContain(name);
  });
});

describe('an estimate, another period, a count (finding 04)', () => {
  it.each([
    ['Ước thực hiện 12 tháng;2.500;2.000', 'an estimate, no office\'s reported figures'],
    ['Ước cả năm;2.500;2.000', 'an estimate, no office\'s reported figures'],
    ['Ước tính đến hết năm;2.500;2.000', 'an estimate, no office\'s reported figures'],
    ['Tính đến 31/8/2019;2.100;1.700', 'the figures of another period than the report\'s'],
    ['Số liệu 11 tháng;2.100;1.700', 'the figures of another period than the report\'s'],
    ['Số Chấp hành viên;25;25', 'a count of people or offices, not of cases'],
    ['Số CHV;25;25', 'a count of people or offices, not of cases'],
    ['Số đơn vị;2;2', 'a count of people or offices, not of cases'],
  ])('"%s" below the offices: refused, located, saying what it is', async (row, kind) => {
    const r = await both('last-row-2019.csv', [HEADER, ...OFFICES, row]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:4:1: error: "${row.split(';')[0]}" holds ${kind}: it would be added as an office [NOT_AN_OFFICE]`);
  });

  it('guard: "Phòng THADS khu vực 3" is an office', async () => {
    const r = await both('kv-2019.csv', [HEADER, ...OFFICES, 'Phòng THADS khu vực 3;10;5']);
    expect(r.code).toBe(0);
    expect(cases(r.stdout)).toMatchObject({ withConditions: '2344', resolved: '1905' });
  });
});
