// Round 36b, 05 and 06. A rate written as its quotient ("Giải quyết xong/Có điều kiện") was
// refused UNKNOWN_RESOLVED_PART with a hint that led nowhere; groups written "A/B" over their
// sub-columns keep being read. Files named only by their year ("Chi cuc Dak Doa/2019.csv"), without
// an office column, were refused as copies of each other (DUPLICATE_INPUT) or, alone, printed an
// office called "2019". Both readers must say the same.
import { describe, expect, it } from 'vitest';
import { HeaderMatcher } from '../../src/input/headers.js';
import { fileNamesOffice } from '../../src/input/file-names.js';
import { bothOnFiles, bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-quotient-', ['--by', 'none']);

describe('a rate written as its quotient, a part over its whole', () => {
  const m = new HeaderMatcher();
  it.each([
    'Giải quyết xong/Có điều kiện', 'Giải quyết xong / Có điều kiện', 'Giải quyết xong trên có điều kiện', 'Thi hành xong/Có điều kiện',
    'Việc giải quyết xong/Việc có điều kiện', 'Giải quyết xong/Có điều kiện (việc)', 'Có điều kiện/Tổng số thụ lý',
  ])('%s is ignored, as "Tỷ lệ …" is', (h) => expect(m.match(h)).toEqual({ kind: 'ignored' }));

  it.each([
    // siblings: neither holds the other (a group over both, or a column of both)
    'Có điều kiện/Chưa có điều kiện', 'Thi hành xong/Đình chỉ', 'Đình chỉ/Giảm',
    // a whole over its part, and a quotient across measures, are no rate of the forms
    'Có điều kiện/Giải quyết xong', 'Việc giải quyết xong/Tiền có điều kiện',
    // three sides
    'Thi hành xong/Đình chỉ/Có điều kiện',
  ])('%s is not', (h) => expect(m.match(h)).toEqual({ kind: 'unknown' }));

  it('the analyst\'s rate column is ignored, whatever its values: 850+50 + 380+20 = 1300 of 1500, 86.67 %', async () => {
    const file = write('05-rate-viec-2019.csv', [
      'Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ,Giải quyết xong/Có điều kiện',
      'Chi cục THADS huyện Đắk Đoa,1000,850,50,"90,00"',
      'Chi cục THADS huyện Chư Sê,500,380,20,"0,8"',
      'Chi cục THADS huyện Ia Grai,0,0,0,90%',
    ]);
    const r = await summarizeCsvRows(dir, [file], ['--by', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.rows).toHaveLength(1);
    const [total] = r.rows;
    expect([total!.district, total!.cases_with_conditions, total!.cases_completed, total!.cases_terminated, total!.cases_resolved, total!.cases_rate]).toEqual(['TOTAL', '1500', '1230', '70', '1300', '86.67']);
  });

  it('a group "Có điều kiện/Chưa có điều kiện" over its two sub-columns is read as before', async () => {
    const file = write('group-split-viec-2019.csv', [
      'Đơn vị,Có điều kiện/Chưa có điều kiện,,Giải quyết xong',
      ',Có điều kiện,Chưa có điều kiện,',
      'Chi cục THADS huyện Đắk Đoa,1000,200,900',
    ]);
    const r = await summarizeCsvRows(dir, [file], ['--by', 'none']);
    expect(r.code).toBe(0);
    const [total] = r.rows;
    // to execute = 1000 + 200; carried forward = 1200 − 900
    expect([total!.cases_to_execute, total!.cases_with_conditions, total!.cases_without_conditions, total!.cases_resolved, total!.cases_carried_forward, total!.cases_rate]).toEqual(['1200', '1000', '200', '900', '300', '90.00']);
  });

  it('a group "Thi hành xong/Đình chỉ" over its two sub-columns is read as before', async () => {
    const file = write('group-parts-viec-2019.csv', [
      'Đơn vị,Có điều kiện,Thi hành xong/Đình chỉ,',
      ',,Thi hành xong,Đình chỉ',
      'Chi cục THADS huyện Đắk Đoa,1000,850,50',
    ]);
    const r = await summarizeCsvRows(dir, [file], ['--by', 'none']);
    expect(r.code).toBe(0);
    const [total] = r.rows;
    expect([total!.cases_with_conditions, total!.cases_completed, total!.cases_terminated, total!.cases_resolved, total!.cases_rate]).toEqual(['1000', '850', '50', '900', '90.00']);
  });

  it('a column "Thi hành xong/Đình chỉ" of figures is still refused: it may be a part of resolved', async () => {
    const file = write('column-parts-viec-2019.csv', [
      'Đơn vị,Có điều kiện,Thi hành xong,Thi hành xong/Đình chỉ',
      'Chi cục THADS huyện Đắk Đoa,1000,850,50',
    ]);
    const r = await summarizeCsvRows(dir, [file], ['--by', 'none']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('column-parts-viec-2019.csv:1:4: error: column "Thi hành xong/Đình chỉ" reads like a part of cases resolved');
    expect(r.stderr).toContain('[UNKNOWN_RESOLVED_PART]');
  });
});

describe('a file named only by its year, without an office column', () => {
  const LINES = (w: number, r: number) => ['Việc có điều kiện,Việc giải quyết xong', `${w},${r}`];
  const MESSAGE = (path: string, name: string) =>
    `${path}:1: error: the office cannot be told from the file: it has no office column, and its name "${name}" gives only its year, measure or form [OFFICE_UNKNOWN]\n` +
    '  hint: add an office column (Đơn vị) with each row\'s office, or name the file after its office ("Chi cục THADS huyện Mỹ Lộc 2019.csv")\n';

  it.each([
    ['2019.csv', false], ['viec-2019.csv', false], ['Biểu 07 - 2019 (1).csv', false], ['BC tien 2019.csv', false], ['-', true],
    ['Mỹ Lộc 2019.csv', true], ['Phòng THADS khu vực 1 - 2026.csv', true], ['Chi cuc Dak Doa/2019 Dak Doa.csv', true],
  ])('%s names an office: %s', (file, names) => expect(fileNamesOffice(file)).toBe(names));

  it('two offices\' folders, each with "2019.csv": refused, not taken for copies', async () => {
    const r = await bothOnFiles(dir, { 'Chi cuc Dak Doa/2019.csv': LINES(1000, 900), 'Chi cuc Chu Se/2019.csv': LINES(500, 400) }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${MESSAGE('Chi cuc Dak Doa/2019.csv', '2019.csv')}`);
  });

  it('one such file: refused, no office called "2019"', async () => {
    const r = await bothOnFiles(dir, { 'one/2019.csv': LINES(1000, 900) }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${MESSAGE('one/2019.csv', '2019.csv')}`);
  });

  it('a name of only the measure and the year: refused (an office called "viec" before)', async () => {
    const r = await bothOnFiles(dir, { 'two/viec-2019.csv': ['Tiêu đề báo cáo', ...LINES(1000, 900)] }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${MESSAGE('two/viec-2019.csv', 'viec-2019.csv').replace(':1:', ':2:')}`);
  });

  it('named after its office, or with an office column, it is read', async () => {
    const named = await summarizeCsvRows(dir, [write('Mỹ Lộc viec 2019.csv', LINES(1000, 900))], ['--by', 'none']);
    expect(named.code).toBe(0);
    expect([named.rows[0]!.cases_with_conditions, named.rows[0]!.cases_resolved, named.rows[0]!.cases_rate]).toEqual(['1000', '900', '90.00']);
    const column = await summarizeCsvRows(dir, [write('2019.csv', ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Đắk Đoa,1000,900', 'Chư Sê,500,400'])], []);
    expect(column.code).toBe(0);
    expect(column.rows.map((r) => [r.district, r.cases_with_conditions, r.cases_resolved])).toEqual([['Đắk Đoa', '1000', '900'], ['Chư Sê', '500', '400'], ['TOTAL', '1500', '1300']]);
  });
});
