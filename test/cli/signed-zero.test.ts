// A zero written with a sign — "-0", "(0)", "−0,00", as a spreadsheet shows a formula's zero
// (=B5-C5 of equal cells) in some number formats — is a zero, in both readers. It was refused as
// NEGATIVE_VALUE, a real office's file stopped at a cell that holds no negative figure
// (traps33 3). A negative figure other than zero is still refused.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-signed-zero-', ['--format', 'csv']);

const HEADER = 'district,cases_with_conditions,cases_resolved,cases_terminated,money_with_conditions,money_resolved,money_reduced';

function cells(stdout: string, names: readonly string[]): string[][] {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  return rows.map((r) => names.map((n) => r[head!.indexOf(n)]!));
}

describe('a zero with a sign', () => {
  it('"-0", "(0)" read as 0 in cases and money cells', async () => {
    const r = await both('n-2019.csv', [HEADER, 'A,10,5,-0,-0,0,(0)', 'B,10,5,(0),100,50,-0']);
    expect(r.code, r.stderr).toBe(0);
    // hand sums: with conditions 10 + 10 = 20 cases, 0 + 100 = 100 đồng; resolved 5 + 5, 0 + 50
    expect(cells(r.stdout, ['district', 'cases_with_conditions', 'cases_terminated', 'money_with_conditions', 'money_resolved', 'money_reduced'])).toEqual([
      ['A', '10', '0', '0', '0', '0'],
      ['B', '10', '0', '100', '50', '0'],
      ['TOTAL', '20', '0', '100', '50', '0'],
    ]);
  });

  it('"−0,00" (U+2212, Vietnamese decimals) is 0, and settles the convention as "0,00" does', async () => {
    // "1.500" alone is ambiguous; "−0,00" says the comma is the decimal mark: 1.500 = 1500 đồng
    const r = await both('vi-2019.csv', ['district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved', 'A,10,5,"1.500","−0,00"', 'B,10,5,"2.000","1.000"']);
    expect(r.code, r.stderr).toBe(0);
    expect(cells(r.stdout, ['district', 'money_with_conditions', 'money_resolved'])).toEqual([
      ['A', '1500', '0'],
      ['B', '2000', '1000'],
      ['TOTAL', '3500', '1000'],
    ]);
  });

  it('with --number-format plain too', async () => {
    const r = await both('p-2019.csv', [HEADER, 'A,10,5,-0,(0.00),0,-0'], ['--format', 'csv', '--number-format', 'plain']);
    expect(r.code, r.stderr).toBe(0);
    expect(cells(r.stdout, ['district', 'cases_terminated', 'money_with_conditions'])).toEqual([
      ['A', '0', '0'],
      ['TOTAL', '0', '0'],
    ]);
  });

  it('a negative figure is still refused: "-1", "(0,5)"', async () => {
    const minus = await both('m-2019.csv', [HEADER, 'A,10,5,-1,100,50,0']);
    expect(minus.code).toBe(1);
    expect(minus.stderr).toContain('FILE:2:4: error: cases terminated "-1" is negative [NEGATIVE_VALUE]');
    const bracket = await both('b-2019.csv', [HEADER, 'A,10,5,0,100,50,"(0,5)"']);
    expect(bracket.code).toBe(1);
    expect(bracket.stderr).toContain('[NEGATIVE_VALUE]');
  });
});
