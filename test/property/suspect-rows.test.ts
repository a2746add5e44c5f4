// findSuspects searches totals, subtotals and near totals by one key figure in whole numbers of
// one scale; the oracle (test/helpers/suspect-rows-oracle.ts) is the plain version that did it
// with Decimals. On offices built to hold such rows — a run's exact sum, a sum one unit off,
// money with up to three decimals, zeros, unknown figures — both find the same rows, with and
// without a declared total stating every row (no near guess then).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromScaled, type Dec } from '../../src/domain/decimal.js';
import { addSums, type Sums } from '../../src/domain/declared-rows.js';
import { emptyFigures } from '../../src/domain/figures.js';
import { F } from '../../src/domain/fields.js';
import { findSuspects } from '../../src/domain/suspect-rows.js';
import { findSuspects as oracle } from '../helpers/suspect-rows-oracle.js';

const RUNS = Number(process.env.THADS_FUZZ_RUNS ?? 300);
const FIELDS = [F.with_conditions, F.completed, F.terminated, F.resolved];

/** One office's figures: cases (whole) and, maybe, money (up to 3 decimals); a figure may be unknown. */
const office = fc.record({
  cases: fc.array(fc.option(fc.integer({ min: 0, max: 400 }), { freq: 8 }), { minLength: 4, maxLength: 4 }),
  money: fc.option(fc.array(fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 0, max: 3 })), { minLength: 4, maxLength: 4 }), { freq: 2 }),
});

function sums(o: { cases: (number | null)[]; money: [bigint, number][] | null }): Sums {
  const cases = emptyFigures();
  FIELDS.forEach((f, i) => (cases[f] = o.cases[i] === null ? null : fromScaled(o.cases[i]!, 0)));
  if (!o.money) return { cases };
  const money = emptyFigures();
  FIELDS.forEach((f, i) => (money[f] = fromScaled(o.money![i]![0], o.money![i]![1])));
  return { cases, money };
}

/**
 * Offices with, maybe, a row that adds up others: 'run' — the exact sum of offices `from`..`to`,
 * placed below or above them; 'rounded' — such a sum with its money rounded; 'stale' — such a sum
 * with one count off by `off`, its money exact (a count edited by hand); 'near' — the sum of every
 * office above it (or, first, below it) with one figure 1–3 units off (a total with a slip).
 */
const file = fc
  .tuple(fc.array(office, { minLength: 3, maxLength: 10 }), fc.constantFrom('none', 'run', 'rounded', 'stale', 'near'), fc.nat(), fc.nat(), fc.boolean(), fc.constantFrom(-3, -2, -1, 1, 2, 3))
  .map(([list, kind, a, b, below, off]) => {
    const figures = list.map(sums);
    // every office gives the same measures (as in one file): money only if the first does
    for (const f of figures) if (!figures[0]!.money) delete f.money; else f.money ??= figures[0]!.money;
    if (kind === 'none') return figures;
    const from = kind === 'near' ? 0 : a % figures.length;
    const to = kind === 'near' ? figures.length - 1 : from + (b % (figures.length - from));
    const s: Sums = {};
    for (let k = from; k <= to; k++) addSums(s, figures[k]!);
    const bump = (v: Dec | null) => (v === null || v.plus(off).isNeg() ? v : v.plus(off));
    // 'rounded': the run's sum with its money rounded down to whole units, as a group line shows it (work98b 02)
    const money = s.money && kind === 'rounded' ? s.money.map((v) => (v === null ? null : v.floor())) : s.money;
    const row: Sums = { cases: s.cases!.map((v, i) => ((kind === 'near' || kind === 'stale') && i === F.completed ? bump(v) : v)), ...(money ? { money } : {}) };
    // a near total goes last, or first (below: the forms' place, over all the offices)
    const at = kind === 'near' ? (below ? 0 : to + 1) : below ? to + 1 : from;
    return [...figures.slice(0, at), row, ...figures.slice(at)];
  });

const shape = (s: ReturnType<typeof findSuspects<number>>) =>
  s.map((x) => ({ at: x.at, kind: x.kind, from: x.from, to: x.to, evidence: x.evidence, casesOnly: x.casesOnly === true, moneyOnly: x.moneyOnly === true, largest: x.largest ? `${x.largest.measure}:${x.largest.index}:${x.largest.figure.toFixed()}:${x.largest.sum.toFixed()}` : null }));

describe('findSuspects: whole-number key search = the Decimal search', () => {
  it('finds the same rows as the oracle', () => {
    fc.assert(
      fc.property(file, fc.boolean(), (figures, stated) => {
        const offices = figures.map((f, i) => ({ row: i, figures: f }));
        expect(shape(findSuspects(offices, stated))).toEqual(shape(oracle(offices, stated)));
      }),
      { numRuns: RUNS },
    );
  });

  it('the built rows are found: a closing subtotal of three offices with money in thousandths', () => {
    const o = (c: number, m: string) => ({ cases: [c, c, 0, c].map((v) => fromScaled(v, 0)).reduce((a, v, i) => ((a[FIELDS[i]!] = v), a), emptyFigures()), money: [m, m, '0', m].map((v) => fromScaled(BigInt(v.replace('.', '')), 3)).reduce((a, v, i) => ((a[FIELDS[i]!] = v), a), emptyFigures()) });
    // 10 + 20 + 30 = 60 cases, 1.5 + 2.25 + 0.125 = 3.875 đồng: the fourth row closes the three above it.
    const offices = [o(7, '9.000'), o(10, '1.500'), o(20, '2.250'), o(30, '0.125'), o(60, '3.875'), o(5, '1.000')].map((figures, row) => ({ row, figures }));
    expect(shape(findSuspects(offices))).toEqual([{ at: 4, kind: 'subtotal', from: 1, to: 3, evidence: 6, casesOnly: false, moneyOnly: false, largest: null }]);
  });

  it('the built rows are found: a total first, one case off the three offices below it', () => {
    const o = (c: number, done: number) => [c, done, 0, done].map((v) => fromScaled(v, 0)).reduce((a, v, i) => ((a[FIELDS[i]!] = v), a), emptyFigures());
    // with conditions 100 + 200 + 300 = 600, completed 80 + 150 + 240 = 470: the first row says 471
    const offices = [o(600, 471), o(100, 80), o(200, 150), o(300, 240)].map((cases, row) => ({ row, figures: { cases } }));
    expect(shape(findSuspects(offices))).toEqual([{ at: 0, kind: 'near', from: 1, to: 3, evidence: 3, casesOnly: false, moneyOnly: false, largest: 'cases:' + F.completed + ':471:470' }]);
    expect(shape(oracle(offices))).toEqual(shape(findSuspects(offices)));
  });

  it('the built rows are found: a heading subtotal whose money is its two offices\' to the đồng and one count is off (a stale subtotal)', () => {
    const o = (c: number, done: number, m: bigint[]) => ({
      cases: [c, done, 0, done].map((v) => fromScaled(v, 0)).reduce((a, v, i) => ((a[FIELDS[i]!] = v), a), emptyFigures()),
      money: m.map((v) => fromScaled(v, 0)).reduce((a, v, i) => ((a[FIELDS[i]!] = v), a), emptyFigures()),
    });
    // with conditions 400 + 250 = 650 (the row says 651); money 8,123,456,789 + 2,345,678,000 = 10,469,134,789 and so on
    const offices = [
      o(651, 500, [10469134789n, 6000000000n, 169134789n, 6169134789n]),
      o(400, 300, [8123456789n, 5000000000n, 123456789n, 5123456789n]),
      o(250, 200, [2345678000n, 1000000000n, 45678000n, 1045678000n]),
      o(1000, 800, [15000000500n, 9000000000n, 500000000n, 9500000000n]),
    ].map((figures, row) => ({ row, figures }));
    expect(shape(findSuspects(offices))).toEqual([{ at: 0, kind: 'subtotal', from: 1, to: 2, evidence: 4, casesOnly: false, moneyOnly: true, largest: null }]);
    expect(shape(oracle(offices))).toEqual(shape(findSuspects(offices)));
  });
});
