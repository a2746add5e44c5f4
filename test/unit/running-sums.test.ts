import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, plain, type Dec } from '../../src/domain/decimal.js';
import { FIELD_COUNT } from '../../src/domain/fields.js';
import type { Figures } from '../../src/domain/figures.js';
import { RunningSums } from '../../src/domain/running-sums.js';

/** The sums as decimal.js adds them, field by field, unknown where any row is: the oracle. */
function plusAll(rows: readonly Figures[]): (string | null)[] {
  const out: (string | null)[] = [];
  for (let i = 0; i < FIELD_COUNT; i++) {
    let sum: Dec | null = new D(0);
    for (const r of rows) sum = sum === null || r[i] === null ? null : sum.plus(r[i]!);
    out.push(sum === null ? null : sum.toFixed());
  }
  return out;
}

const read = (f: Figures) => f.map((v) => (v === null ? null : v.toFixed()));

// whole numbers on both sides of 2^53 and 10^15, small ones, decimals, negatives, unknowns
const value = fc.oneof(
  fc.integer({ min: -1000, max: 100000 }).map((n) => new D(n)),
  fc.bigInt({ min: 2n ** 52n, max: 2n ** 54n }).map((n) => new D(n.toString())),
  fc.bigInt({ min: 10n ** 15n - 100n, max: 10n ** 15n + 100n }).map((n) => new D(n.toString())),
  fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }).map((n) => new D(n.toString())),
  fc.tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 1, max: 6 })).map(([n, s]) => new D(`${n}e-${s}`)),
  fc.constant(null),
);
const row = fc.array(value, { minLength: FIELD_COUNT, maxLength: FIELD_COUNT });

describe('RunningSums', () => {
  it('adds as decimal.js adds, exactly: unknown stays unknown (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const sums = new RunningSums(rows[0]!);
        for (const r of rows.slice(1)) sums.add(r);
        expect(read(sums.figures())).toEqual(plusAll(rows));
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps exact whole sums past 2^53 (many rows of whole numbers just below 10^15)', () => {
    const big = 10n ** 15n - 1n;
    const rows = Array.from({ length: 1000 }, (_, k) => new Array<Dec | null>(FIELD_COUNT).fill(new D((big - BigInt(k)).toString())));
    const sums = new RunningSums(rows[0]!);
    for (const r of rows.slice(1)) sums.add(r);
    expect(plain(sums.figures()[0]!)).toBe((big * 1000n - 499500n).toString());
  });

  it('gives a copy of a lone row, never the row itself', () => {
    const only: Figures = new Array<Dec | null>(FIELD_COUNT).fill(null);
    only[0] = new D(5);
    const out = new RunningSums(only).figures();
    expect(out).not.toBe(only);
    expect(read(out)).toEqual(read(only));
  });
});
