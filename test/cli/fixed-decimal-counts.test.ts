// Counts written with three decimals, as psql prints NUMERIC(18,3) and pandas float_format="%.3f"
// write every figure: "779.000" cases (traps20 2). A count's trailing group of zeros reads as
// offices write it ("5.000" cases is 5000), so such a file is refused where one of its cells only
// English reads (MIXED_NUMBER_FORMAT, never 1000× too big), and --number-format en reads it (it
// was refused: a count written with decimals was no count in English).
// Hand sums: 653 + 589 = 1,242 with conditions, 609 + 563 = 1,172 resolved;
// 5,000 + 1,052 = 6,052 and 4,000 + 630 = 4,630; 5,000 + 329 = 5,329 and 4,000 + 300 = 4,300.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-fixed-decimals-', ['--format', 'csv', '--by', 'none']);

function total(stdout: string, keys: readonly string[]): string[] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const row = body.find((r) => r[head!.indexOf('district')] === 'TOTAL')!;
  return keys.map((k) => row[head!.indexOf(k)]!);
}

describe('counts written "779.000"', () => {
  it('beside money only English reads ("150000000000.000"): refused as mixed, never read as thousands', async () => {
    const r = await both('nam-dinh-2019.csv', ['district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved', 'Mỹ Lộc,653.000,609.000,150000000000.000,40000000000.500', 'Vụ Bản,589.000,563.000,45607223108.000,5776211007.000']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[MIXED_NUMBER_FORMAT]');
  });

  it('alone, with --number-format en: 1,242 / 1,172', async () => {
    const r = await both('nam-dinh-viec-2019.csv', ['Đơn vị,Có điều kiện,Giải quyết xong', 'Mỹ Lộc,653.000,609.000', 'Vụ Bản,589.000,563.000'], ['--format', 'csv', '--by', 'none', '--number-format', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, ['cases_with_conditions', 'cases_resolved'])).toEqual(['1242', '1172']);
  });

  it('a Vietnamese file settles them by another count ("1.052"): thousands, 5,000 + 1,052', async () => {
    const r = await both('nam-dinh-viec-2019.csv', ['Đơn vị,Có điều kiện,Giải quyết xong', 'Mỹ Lộc,5.000,4.000', 'Vụ Bản,1.052,630']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, ['cases_with_conditions', 'cases_resolved'])).toEqual(['6052', '4630']);
  });

  it('beside counts written plain ("329"), thousands as offices write them: 5,329 / 4,300', async () => {
    const r = await both('nam-dinh-viec-2019.csv', ['Đơn vị,Có điều kiện,Giải quyết xong', 'Mỹ Lộc,5.000,4.000', 'Vụ Bản,329,300']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, ['cases_with_conditions', 'cases_resolved'])).toEqual(['5329', '4300']);
  });
});
