// Round 28, findings 01 and 04: the rows that are no office in the wordings round 27 missed — a
// comparison glued to an office's name without a year, a bare year or niên độ after it, an
// estimate, another period, a count. Each was added as an office (exit 0, a wrong total). Both
// readers must refuse it at its line; real names holding such words stay offices.
import { describe, expect, it } from 'vitest';
import { notOfficeKind, rowLabel, yearBesideName } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';

const HEADER = 'Đơn vị;Việc có điều kiện;Việc giải quyết xong';
const IA_GRAI = 'Chi cục THADS huyện Ia Grai';
const DAK_DOA = 'Chi cục THADS huyện Đắk Đoa';
const OFFICES = [`${IA_GRAI};1.234;1.000`, `${DAK_DOA};1.100;900`];

const { both } = bothReaders('thads-not-office-words-', ['--format', 'json']);
const cases = (stdout: string) => JSON.parse(stdout).total.cases;
const districts = (stdout: string) => JSON.parse(stdout).groups.map((g: { district: string }) => g.district);

const COMPARED = 'another period\'s figures, a comparison or a plan set beside an office\'s name, no office\'s of the report';
const ESTIMATE = 'an estimate, no office\'s reported figures';
const PERIOD = 'the figures of another period than the report\'s';
const COUNT = 'a count of people or offices, not of cases';

describe('a comparison glued to an office\'s name without a year (finding 01)', () => {
  it.each(['(cùng kỳ)', '(cùng kỳ năm trước)', '- Cùng kỳ', '(CK)', '(CKNT)', '(kỳ trước)', '(năm trước)', '(so cùng kỳ)'])('"… %s": refused at its line', async (suffix) => {
    const name = `${IA_GRAI} ${suffix}`;
    expect(notOfficeKind(name)).toBe(COMPARED);
    const r = await both('cung-ky-2019.csv', [HEADER, OFFICES[0]!, `${name};1.200;900`, OFFICES[1]!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:3:1: error: "${name}" holds ${COMPARED}: it would be added as an office [NOT_AN_OFFICE]`);
  });

  it.each(['CK', 'So cùng kỳ'])('the bare label "%s": refused at its line', async (label) => {
    expect(rowLabel(label)).toBe('other');
    const r = await both('bare-2019.csv', [HEADER, ...OFFICES, `${label};2.200;1.600`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:4:1: error: "${label}" is no office and no total of offices (a breakdown, a comparison, a statistic of the offices, a plan or a target): it would be added as an office [NOT_AN_OFFICE]`);
  });

  it.each(['(số liệu 2018)', '(2017-2018)', '2018', '- 2018'])('"… %s" in a 2019 file: another year\'s, refused at its line', async (suffix) => {
    const name = `${IA_GRAI} ${suffix}`;
    expect(yearBesideName(name)).toEqual({ name: IA_GRAI, year: 2018 });
    const r = await both('year-2019.csv', [HEADER, OFFICES[0]!, `${name};1.200;900`, OFFICES[1]!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:3:1: error: "${name}" names the year 2018 beside the office's name, and the file's is 2019: the row holds that year's figures (a comparison), no office's of the report, and it would be added as an office [NOT_AN_OFFICE]`);
  });

  it('the file\'s own year after a comma, a dash or bare: taken off with its separator; 2334 / 1900', async () => {
    expect(yearBesideName('Chi cục THADS thị xã Kỳ Anh, năm 2019')).toEqual({ name: 'Chi cục THADS thị xã Kỳ Anh', year: 2019 });
    const r = await both('own-2019.csv', [HEADER, `${IA_GRAI}, năm 2019;1.234;1.000`, `${DAK_DOA} - 2019;1.100;900`]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r.stdout)).toMatchObject({ withConditions: '2334', resolved: '1900' });
    expect(districts(r.stdout).sort()).toEqual([DAK_DOA, IA_GRAI].sort());
  });

  it.each([
    'Đội thi hành án số 2018', 'Chi cục THADS quận 2018', 'Phòng THADS khu vực 2018', `${IA_GRAI} (thành lập năm 2018)`,
    `${IA_GRAI} (từ 2020)`, `${IA_GRAI} (đến 2020)`, 'Phòng THADS khu vực 2 (sáp nhập 2025)', `${IA_GRAI} (cũ)`, `${IA_GRAI} 1989`,
  ])('guard: "%s" has no year beside its name', (name) => {
    expect(yearBesideName(name)).toBeNull();
    expect(rowLabel(name)).toBe('office');
  });
});

describe('an estimate, another period, a count in other words (finding 04)', () => {
  it.each([
    ['Dự ước cả năm', ESTIMATE], ['ƯTH 12 tháng', ESTIMATE], [`${IA_GRAI} (ước)`, ESTIMATE],
    ['Lũy kế', PERIOD], ['Luỹ kế từ đầu năm', PERIOD], ['9 tháng', PERIOD], ['11 tháng', PERIOD], ['Quý IV', PERIOD],
    ['Tháng 9', PERIOD], ['Tháng 9/2019', PERIOD], ['Thực hiện tháng 9', PERIOD], ['Trong tháng', PERIOD], ['Kỳ báo cáo', PERIOD],
    ['Phát sinh trong kỳ', PERIOD], [`${IA_GRAI} (11 tháng)`, PERIOD],
    ['Biên chế', COUNT], ['Số việc/CHV', COUNT],
  ])('"%s" below the offices: refused at its line, saying what it is', async (label, kind) => {
    const r = await both('last-row-2019.csv', [HEADER, ...OFFICES, `${label};1.000;700`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:4:1: error: "${label}" holds ${kind}: it would be added as an office [NOT_AN_OFFICE]`);
  });

  const GUARDS = [
    'Năm Căn', 'Kỳ Anh', 'Tân Kỳ', 'Tĩnh Gia', 'Ứng Hòa', 'Sốp Cộp', 'Sông Cầu', 'Quận 2', 'Quận 12', 'Khu vực 1',
    'Phòng THADS khu vực 10 - Hà Nội', 'Đội Thi hành án số 1', 'Văn phòng Cục', 'Quỳ Hợp', 'Quy Nhơn', 'Chi cục THADS huyện Phước Sơn',
  ];
  it.each(GUARDS)('guard: "%s" is an office', (name) => {
    expect(rowLabel(name)).toBe('office');
    expect(notOfficeKind(name)).toBeNull();
  });

  it('guards summed as offices by both readers: 1234 + 1100 + 10 / 1000 + 900 + 5', async () => {
    for (const name of ['Chi cục THADS huyện Năm Căn', 'Chi cục THADS thị xã Kỳ Anh', 'Chi cục THADS huyện Tân Kỳ', 'Chi cục THADS huyện Quỳ Hợp']) {
      const r = await both('guard-2019.csv', [HEADER, ...OFFICES, `${name};10;5`]);
      expect(r.code).toBe(0);
      expect(cases(r.stdout)).toMatchObject({ withConditions: '2344', resolved: '1905' });
      expect(districts(r.stdout)).toContain(name);
    }
  });
});

describe('a bare number after a word that numbers offices is no year', () => {
  it.each(['Chi cục 1990', 'Office 1992', 'Office number 2018', 'Đơn vị 2000'])('"%s"', (name) => {
    expect(yearBesideName(name)).toBeNull();
    expect(rowLabel(name)).toBe('office');
  });
});
