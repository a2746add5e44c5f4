// A form of cases whose headers name the measure in some columns only: "Việc có điều kiện |
// Giải quyết xong" (traps41 5: MEASURE_UNKNOWN although no header names money). The plain column
// counts cases as its neighbour says; beside a header naming money, or naming none, it stays
// unknown. Hand sums: 400 + 500 = 900 with conditions, 300 + 410 = 710 resolved,
// 710 / 900 = 78.888… → 78.89 %.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-cases-beside-', ['--format', 'csv']);

function casesTotal(stdout: string): string[] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const total = body.find((row) => row[head!.indexOf('district')] === 'TOTAL')!;
  return ['cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions'].map((k) => total[head!.indexOf(k)]!);
}

describe('plain headers beside headers naming cases', () => {
  it.each([
    ['Đơn vị,Việc có điều kiện,Giải quyết xong'],
    ['Đơn vị,Có điều kiện,Việc giải quyết xong'],
    ['Đơn vị,Có điều kiện (việc),Giải quyết xong,Tỷ lệ (%)'],
  ])('"%s" is a form of cases (900 / 710, 78.89 %)', async (header) => {
    const rate = header.includes('Tỷ lệ') ? ['75', '82'] : [];
    const r = await both('bao-cao-2021.csv', [header, ['Mỹ Lộc', '400', '300', ...rate.slice(0, 1)].join(','), ['Vụ Bản', '500', '410', ...rate.slice(1)].join(',')]);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(casesTotal(r.stdout)).toEqual(['900', '710', '78.89', '']);
  });

  it.each([
    // beside money named: mixed, no measure said
    ['Đơn vị,Việc có điều kiện,Tiền có điều kiện,Giải quyết xong', 4, 'Mỹ Lộc,400,500,300'],
    ['Đơn vị,Việc có điều kiện,Giải quyết xong (nghìn đồng),Thi hành xong', 4, 'Mỹ Lộc,400,300,200'],
    ['Đơn vị,Việc có điều kiện,Giải quyết xong,Số tiền thu được', 3, 'Mỹ Lộc,400,300,5'],
    // nothing names a measure
    ['Đơn vị,Có điều kiện,Giải quyết xong', 2, 'Mỹ Lộc,400,300'],
    // a field cases name already: another measure's column, unnamed
    ['Đơn vị,Việc có điều kiện,Có điều kiện,Việc giải quyết xong', 3, 'Mỹ Lộc,400,300,200'],
    // a field of money only
    ['Đơn vị,Việc có điều kiện,Thi hành xong,Đình chỉ,Giảm', 5, 'Mỹ Lộc,400,300,10,0'],
  ])('"%s" stays MEASURE_UNKNOWN', async (header, column, row) => {
    const r = await both('bao-cao-2021.csv', [header, row]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:1:${column}: error: column`);
    expect(r.stderr).toContain('[MEASURE_UNKNOWN]');
  });

  it('the file name still says money: the plain column is money beside cases named', async () => {
    const r = await both('bao-cao-tien-2021.csv', ['Đơn vị,Việc có điều kiện,Việc giải quyết xong,Có điều kiện,Giải quyết xong', 'Mỹ Lộc,400,300,1000,800']);
    expect(r.code).toBe(0);
    expect(casesTotal(r.stdout)).toEqual(['400', '300', '75.00', '1000']);
  });
});
