// Properties of the arithmetic: exact sums against an independent BigInt reference, order
// independence, and merge(agg(a), agg(b)) = agg(a ++ b).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, mergeGroups, keyString, type OfficeRow } from '../../src/domain/aggregate.js';
import { fromScaled, parsePlainDecimal, plain, ZERO, type Dec } from '../../src/domain/decimal.js';
import { emptyFigures } from '../../src/domain/figures.js';
import { F } from '../../src/domain/fields.js';
import { runThads } from '../helpers/cli.js';

/** An amount up to 10^15 đồng with up to 3 decimals, as written in a file. */
const amount = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 999 }))
  .map(([int, decimals, frac]) => (decimals === 0 ? `${int}` : `${int}.${String(frac).padStart(3, '0').slice(0, decimals)}`));

/** Reference: scale every string to thousandths by text manipulation, add as BigInt. */
function referenceSum(values: string[]): string {
  let total = 0n;
  for (const v of values) {
    const [i, f = ''] = v.split('.');
    total += BigInt(i! + f.padEnd(3, '0'));
  }
  const s = total.toString().padStart(4, '0');
  const plain = `${s.slice(0, -3)}.${s.slice(-3)}`.replace(/\.?0+$/, '');
  return plain === '' ? '0' : plain;
}

describe('exact sums', () => {
  it('Decimal sums of random amounts equal the BigInt reference', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 50 }), (values) => {
        const sum = values.reduce<Dec>((acc, v) => acc.plus(parsePlainDecimal(v)!), ZERO);
        expect(plain(sum)).toBe(referenceSum(values));
      }),
      { numRuns: 300 },
    );
  });

  it('a 10^15-đồng amount with 3 decimals summed 20 times is exact to the last digit in JSON and CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thads-exact-'));
    const file = join(dir, '2019.csv');
    const big = '999999999999999.999';
    const rows = ['district,money_with_conditions,money_resolved'];
    for (let i = 0; i < 20; i++) rows.push(`Office ${i},${big},${big}`);
    writeFileSync(file, `${rows.join('\n')}\n`);
    const expected = referenceSum(Array(20).fill(big)); // 19999999999999999.98
    expect(expected).toBe('19999999999999999.98');
    const json = JSON.parse((await runThads(['summarize', file, '--format', 'json', '--by', 'none'])).stdout);
    expect(json.total.money.withConditions).toBe(expected);
    expect(json.total.money.resolved).toBe(expected);
    const csv = (await runThads(['summarize', file, '--format', 'csv', '--by', 'none'])).stdout.trim().split('\n');
    const header = csv[0]!.split(',');
    const total = csv[1]!.split(',');
    expect(total[header.indexOf('money_with_conditions')]).toBe(expected);
  });
});

const row = (district: string, wc: string, res: string, line: number): OfficeRow => {
  const f = emptyFigures();
  f[F.with_conditions] = parsePlainDecimal(wc)!;
  f[F.resolved] = parsePlainDecimal(res)!;
  return { file: 'x.csv', line, province: null, district, year: 2019, figures: { money: f } };
};

const rowsArb = fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C', 'D'), amount, amount), { minLength: 1, maxLength: 40 }).map((xs) => xs.map(([d, wc, res], i) => row(d, wc, res, i + 2)));

function canonical(groups: ReturnType<typeof aggregate>): string[] {
  return groups.map((g) => `${keyString(g)}=${g.figures.money!.map((v) => (v ? plain(v) : '-')).join('|')}`).sort();
}

describe('aggregation', () => {
  it('does not depend on row order', () => {
    fc.assert(
      fc.property(rowsArb, fc.func(fc.integer()), (rows, key) => {
        const shuffled = [...rows].sort((a, b) => key(a.line) - key(b.line));
        expect(canonical(aggregate(shuffled, ['district']))).toEqual(canonical(aggregate(rows, ['district'])));
      }),
      { numRuns: 200 },
    );
  });

  it('merge(agg(a), agg(b)) = agg(a ++ b)', () => {
    fc.assert(
      fc.property(rowsArb, fc.nat(), (rows, cut) => {
        const at = cut % (rows.length + 1);
        const merged = mergeGroups([aggregate(rows.slice(0, at), ['district']), aggregate(rows.slice(at), ['district'])]);
        expect(canonical(merged)).toEqual(canonical(aggregate(rows, ['district'])));
      }),
      { numRuns: 200 },
    );
  });

  it('row order does not change any byte of the CLI output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thads-order-'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('An', 'Bình', 'Cường'), fc.nat(1000), fc.nat(1000), amount), { minLength: 1, maxLength: 12 }), async (xs) => {
        const lines = xs.map(([d, a, b, m]) => `${d},${Math.max(a, b)},${Math.min(a, b)},${m},${m}`);
        const write = (name: string, body: string[]) => {
          const file = join(dir, name);
          writeFileSync(file, `district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved\n${body.join('\n')}\n`);
          return file;
        };
        // Plain numbers: "1.000" alone would (rightly) be refused as ambiguous under auto.
        const run = async (file: string) => (await runThads(['summarize', file, '--format', 'json', '--year', '2019', '--quiet', '--number-format', 'plain'])).stdout;
        const forward = JSON.parse(await run(write('forward-2019.csv', lines)));
        const backward = JSON.parse(await run(write('backward-2019.csv', [...lines].reverse())));
        const byName = (doc: { groups: { district: string }[] }) => [...doc.groups].sort((a, b) => a.district.localeCompare(b.district));
        expect(byName(backward)).toEqual(byName(forward));
        expect(backward.total).toEqual(forward.total);
      }),
      { numRuns: 25 },
    );
  });
});

describe('plain', () => {
  it('prints the exact value: parsing it back gives the same number, with at least minDecimals decimals', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 6 }), (units, scale, minDecimals) => {
        const text = plain(fromScaled(units, scale), minDecimals);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        // same value, read back with BigInt only: digits × 10^-decimals
        const [int, frac = ''] = text.replace('-', '').split('.');
        const back = (text.startsWith('-') ? -1n : 1n) * BigInt(int! + frac);
        expect(back * 10n ** BigInt(scale)).toBe(units * 10n ** BigInt(frac.length));
        const decimals = text.split('.')[1]?.length ?? 0;
        expect(decimals).toBeGreaterThanOrEqual(minDecimals);
        // no needless trailing zeros beyond minDecimals
        if (decimals > minDecimals) expect(text.endsWith('0')).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
