// Counts written with three decimals, as psql prints NUMERIC(18,3) and pandas float_format="%.3f"
// write every figure: "779.000" cases (traps20 2). Read as Vietnamese grouping (779,000 cases)
// the file's counts were a thousand times too big, exit 0; thads took a count's ".000" for a
// thousands group whatever else the file said. Both readings are whole (SPEC §3: ambiguous), so
// another cell settles the file ("150000000000.000" đồng is English only), or it is refused.
// Hand sums: cases 653 + 589 = 1,242 with conditions, 609 + 563 = 1,172 resolved, 94.36 %;
// money with conditions 150,000,000,000 + 45,607,223,108 = 195,607,223,108, resolved
// 40,000,000,000.5 + 5,776,211,007 = 45,776,211,007.5.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-fixed-decimals-', ['--format', 'csv', '--by', 'none']);

function total(stdout: string, keys: readonly string[]): string[] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const row = body.find((r) => r[head!.indexOf('district')] === 'TOTAL')!;
  return keys.map((k) => row[head!.indexOf(k)]!);
}

describe('counts written "779.000"', () => {
  it('beside money only English reads ("150000000000.000"): English, 1,242 / 1,172', async () => {
    const r = await both('nam-dinh-2019.csv', ['district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved', 'Mỹ Lộc,653.000,609.000,150000000000.000,40000000000.500', 'Vụ Bản,589.000,563.000,45607223108.000,5776211007.000']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(total(r.stdout, ['cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved'])).toEqual(['1242', '1172', '94.36', '195607223108', '45776211007.5']);
  });

  it('alone, nothing settles them: refused as ambiguous, never read as thousands', async () => {
    const r = await both('nam-dinh-viec-2019.csv', ['Đơn vị,Có điều kiện,Giải quyết xong', 'Mỹ Lộc,653.000,609.000', 'Vụ Bản,589.000,563.000']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2:2: error: "653.000" could be read as Vietnamese or English, and nothing in the file settles it [AMBIGUOUS_NUMBER]');
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
});
