// A lone group cell over every figure column is read by one reader of its period
// (own-period.ts judgeGroupSpans): the period phrase wherever it stands, its other words
// ("Kết quả", "Số việc", "THA", "(đã giải quyết)") describe the figures. A part of a year there
// states the report's period as a title would ("Số liệu 6 tháng" was read as the whole year and
// compared with last year's, exit 0); the own year in any wording is the report's own ("Kết quả
// THA năm 2019" was refused, MISSING_COLUMN). Both readers agree.
import { describe, expect, it } from 'vitest';
import { namedPeriod } from '../../src/input/headers.js';
import { groupNamesOwnPeriod, judgeGroupSpans } from '../../src/input/own-period.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-group-period-phrase-', []);
const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019;;;';
const OFFICES = ['1;Chi cục THADS thành phố Nam Định;100;80', '2;Chi cục THADS huyện Mỹ Lộc;50;40', '3;Chi cục THADS huyện Vụ Bản;32;20', ';Tổng cộng;182;140'];
const lines = (group: string, title: readonly string[] = []) => [...title, `STT;Đơn vị;${group};`, ';;Có điều kiện;Giải quyết xong', ...OFFICES];
// last year's file of the same offices: 170 / 98, 57.65 %
const PREVIOUS = ['STT;Đơn vị;Có điều kiện;Giải quyết xong', '1;Chi cục THADS thành phố Nam Định;90;50', '2;Chi cục THADS huyện Mỹ Lộc;50;30', '3;Chi cục THADS huyện Vụ Bản;30;18', ';Tổng cộng;170;98'];
const total = (rows: Record<string, string>[]) => rows.find((r) => r.district === 'TOTAL')!;
const DIFFER = 'thads: warning: no change on last year is computed: the input\'s period ends on 31/3/2019, the previous files\' on 30/9/2018, not on the same day of the year [PERIODS_DIFFER]';

describe('judgeGroupSpans: a group cell\'s period phrase, its other words let be', () => {
  const own = { year: 2019, start: null, end: null };
  it.each([
    ['Số liệu 6 tháng', '2019-03-31'], ['Kết quả 6 tháng', '2019-03-31'], ['2019 - Quý I', '2019-03-31'], ['Năm 2019 (T3)', '2019-03-31'],
    ['6 tháng năm 2019', '2019-03-31'], ['Năm 2019 - 9 tháng', '2019-06-30'],
  ])('%s: a part of the year, 1/10/2018 to %s', (group, end) => expect(judgeGroupSpans([group], own)).toEqual([{ own: false, start: '2018-10-01', end }]));
  it.each([
    'Kết quả thi hành án dân sự năm 2019', 'Kết quả THA năm 2019', 'Kết quả THADS năm 2019', 'Số việc năm 2019', 'Năm TK 2019',
    'Thực hiện năm 2019 (số liệu đến 30/9)', 'Năm 2019 (đã giải quyết)', 'Kết quả giải quyết việc THA năm 2019',
  ])('%s: the report\'s own year (groupNamesOwnPeriod)', (group) => {
    expect(judgeGroupSpans([group], own)).toEqual([null]);
    expect(groupNamesOwnPeriod(namedPeriod(group)!, own)).toBe(true);
  });
  it.each(['Cùng kỳ năm 2018', 'Kế hoạch năm 2019', 'Năm 2018', 'Năm 2019 (đến 31/3)', 'Số liệu 6 tháng'])('%s: neither a part read nor the own year', (group) => {
    expect(judgeGroupSpans([group], own)[0]?.own ?? false).toBe(false);
    expect(groupNamesOwnPeriod(namedPeriod(group)!, own)).toBe(false);
  });
  it('"Năm 2019 (đến 31/3)": no days told, no span', () => expect(judgeGroupSpans(['Năm 2019 (đến 31/3)'], own)).toEqual([null]));
});

describe('a lone group naming a part of a year without its year states the report\'s period', () => {
  it.each(['Số liệu 6 tháng', 'Kết quả 6 tháng', '2019 - Quý I', 'Năm 2019 (T3)', '6 tháng năm 2019'])('%s: to 31/3/2019, no change on last year (was 19.28, exit 0)', async (group) => {
    const previous = write('prev viec 2018.csv', PREVIOUS);
    const r = await summarizeCsvRows(dir, [write('group viec 2019.csv', lines(group))], ['--previous', previous, '--by', 'none']);
    expect(r.code).toBe(0);
    const t = total(r.rows);
    expect([t.cases_with_conditions, t.cases_resolved, t.cases_rate, t.cases_rate_change]).toEqual(['182', '140', '76.92', '']);
    expect(r.stderr.split('\n')[0]).toBe(DIFFER);
  });

  it('the whole year\'s group is compared: 76.92 − 57.65 = 19.28', async () => {
    const previous = write('prev viec 2018.csv', PREVIOUS);
    const r = await summarizeCsvRows(dir, [write('group viec 2019.csv', lines('Kết quả THA năm 2019'))], ['--previous', previous, '--by', 'none']);
    expect(r.code).toBe(0);
    expect(total(r.rows).cases_rate_change).toBe('19.28');
    expect(r.stderr).toBe('');
  });
});

describe('a lone group naming the report\'s own year in other words is its own (was MISSING_COLUMN)', () => {
  it.each([
    'Kết quả thi hành án dân sự năm 2019', 'Kết quả THA năm 2019', 'Kết quả THADS năm 2019', 'Số việc năm 2019', 'Năm TK 2019',
    'Thực hiện năm 2019 (số liệu đến 30/9)', 'Kết quả thi hành án năm 2019',
  ])('%s: 182 / 140, 76.92 %%', async (group) => {
    const r = await summarizeCsvRows(dir, [write('group-viec-2019.csv', lines(group, [TITLE]))], ['--by', 'none']);
    expect(r.code).toBe(0);
    const t = total(r.rows);
    expect([t.cases_with_conditions, t.cases_resolved, t.cases_rate]).toEqual(['182', '140', '76.92']);
  });

  // "Đã giải quyết" alone names resolved (traps30 r4, lone-field-labels.test.ts): a group "Năm 2019 (đã
  // giải quyết)" over "Có điều kiện | Giải quyết xong" is a resolved group then, and the file is refused
  // (it was read as the year's own group, 182 / 140); refused, never summed under another field.
  it('"Năm 2019 (đã giải quyết)" over "Có điều kiện": refused, no with-conditions column read', async () => {
    const r = await summarizeCsvRows(dir, [write('group-da-viec-2019.csv', lines('Năm 2019 (đã giải quyết)', [TITLE]))], ['--by', 'none']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('group-da-viec-2019.csv:3: error: missing column cases_with_conditions [MISSING_COLUMN]');
  });

  it('a part of a year whose days cannot be told ("Năm 2019 (đến 31/3)") is still refused', async () => {
    const r = await summarizeCsvRows(dir, [write('group-den-viec-2019.csv', lines('Năm 2019 (đến 31/3)', [TITLE]))], ['--by', 'none']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('group-den-viec-2019.csv:3: error: the header names no figure column; column 3 "Có điều kiện (Năm 2019 đến 31/3)" names with_conditions for "Năm 2019 đến 31/3"');
    expect(r.stderr).toContain('[MISSING_COLUMN]');
  });
});
