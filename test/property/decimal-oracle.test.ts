// The domain's numbers on decimal.js against an independent BigInt oracle — the arithmetic the
// domain did before it moved to decimal.js (scaled BigInts and exact ratios): rate rounded
// half-up, gap in both bases (exact: half away from zero, as the rate change), met, required (cases: ceil), above target, rate change. Figures
// go up to SPEC §4's bounds (sums below 10^22 đồng with 3 decimals), rates are drawn near
// half-way points on purpose, where a quotient with too few digits rounds the wrong way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, fromScaled, plain, roundHalfUp, type Dec } from '../../src/domain/decimal.js';
import { applyChange, evaluateMeasure, type EvaluateOptions, type GroupResult } from '../../src/domain/evaluate.js';
import { emptyFigures } from '../../src/domain/figures.js';
import { F, type Measure } from '../../src/domain/fields.js';

// ---- the oracle: BigInt only ----

const pow10 = (n: number) => 10n ** BigInt(n);
const abs = (x: bigint) => (x < 0n ? -x : x);

/** num/den (den > 0) rounded half away from zero to k decimals, as text with exactly k decimals. */
function roundText(num: bigint, den: bigint, k: number): string {
  const scaled = num * pow10(k);
  const rounded = (2n * abs(scaled) + den) / (2n * den);
  return fixedText(scaled < 0n && rounded !== 0n ? -rounded : rounded, k);
}

/** units × 10^-k as text with exactly k decimals. */
function fixedText(units: bigint, k: number): string {
  const digits = abs(units).toString().padStart(k + 1, '0');
  const text = k === 0 ? digits : `${digits.slice(0, -k)}.${digits.slice(-k)}`;
  return units < 0n ? `-${text}` : text;
}

/** units × 10^-k, trailing zeros dropped: what plain() prints for an exact value. */
function exactText(units: bigint, k: number): string {
  let text = fixedText(units, k);
  if (k > 0) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

const ceilDiv = (a: bigint, b: bigint) => (a >= 0n ? (a + b - 1n) / b : a / b);

interface Case {
  measure: Measure;
  /** thousandths */
  resolved: bigint;
  withConditions: bigint;
  /** target = targetUnits × 10^-targetDecimals */
  targetUnits: bigint;
  targetDecimals: number;
  k: number;
  basis: 'exact' | 'rounded';
}

function oracle(c: Case) {
  const R = c.resolved;
  const W = c.withConditions;
  const T = c.targetUnits;
  const td = pow10(c.targetDecimals);
  const rateRounded = roundText(100n * R, W, c.k);
  // rounded rate as units of 10^-k, for the rounded basis
  const rr = (2n * 100n * R * pow10(c.k) + W) / (2n * W);
  let gap: string;
  let met: boolean;
  if (c.basis === 'exact') {
    gap = roundText(100n * R * td - T * W, W * td, c.k);
    met = 100n * R * td >= T * W;
  } else {
    // rr × 10^-k − T × 10^-td, exact
    const scale = Math.max(c.k, c.targetDecimals);
    const diff = rr * pow10(scale - c.k) - T * pow10(scale - c.targetDecimals);
    gap = exactText(diff, scale);
    met = diff >= 0n;
  }
  // required = T × 10^-td × W × 10^-3 ÷ 100, in units of 10^-(td + 5)
  const requiredUnits = T * W;
  const requiredScale = c.targetDecimals + 5;
  let required: string;
  let above: string;
  if (c.measure === 'cases') {
    // W is whole cases here (a multiple of 1000 thousandths)
    const req = ceilDiv(T * (W / 1000n), td * 100n);
    required = req.toString();
    above = (R / 1000n - req).toString();
  } else {
    required = exactText(requiredUnits, requiredScale);
    above = exactText(R * pow10(requiredScale - 3) - requiredUnits, requiredScale);
  }
  return { rateRounded, gap, met, required, above };
}

// ---- cases, drawn up to SPEC's bounds and near half-way points ----

/** thousandths below 10^25 (10^22 đồng), log-uniform: small and huge figures alike. */
const thousandths = fc.tuple(fc.integer({ min: 0, max: 25 }), fc.bigInt({ min: 1n, max: pow10(25) })).map(([digits, x]) => (x % pow10(digits)) + 1n);

const target = fc.tuple(fc.integer({ min: 0, max: 10 }), fc.bigInt({ min: 0n, max: 100n * pow10(10) })).map(([decimals, x]) => ({ targetDecimals: decimals, targetUnits: (x % (100n * pow10(decimals) + 1n)) }));

/** resolved chosen so that 100·R/W lies within a few units of R of a half-way point of k decimals. */
function nearHalfWay(W: bigint, k: number, j: bigint, nudge: bigint): bigint {
  // h = (2j + 1) / (2·10^k) percent → R ≈ h·W/100
  const R = ((2n * j + 1n) * W) / (2n * pow10(k) * 100n) + nudge;
  return R < 0n ? 0n : R;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    measure: fc.constantFrom<Measure>('cases', 'money'),
    withConditions: thousandths,
    share: fc.bigInt({ min: 0n, max: 1000n }),
    near: fc.boolean(),
    j: fc.bigInt({ min: 0n, max: 10n ** 12n }),
    nudge: fc.bigInt({ min: -2n, max: 2n }),
    target,
    k: fc.integer({ min: 0, max: 10 }),
    basis: fc.constantFrom<'exact' | 'rounded'>('exact', 'rounded'),
  })
  .map((x) => {
    const W = x.measure === 'cases' ? ((x.withConditions / 1000n) + 1n) * 1000n : x.withConditions;
    let R = x.near ? nearHalfWay(W, x.k, x.j % (100n * pow10(x.k)), x.nudge) : (W * x.share) / 1000n;
    if (x.measure === 'cases') R = (R / 1000n) * 1000n;
    return { measure: x.measure, resolved: R, withConditions: W, ...x.target, k: x.k, basis: x.basis };
  });

function evaluateCase(c: Case) {
  const f = emptyFigures();
  f[F.resolved] = fromScaled(c.resolved, 3);
  f[F.with_conditions] = fromScaled(c.withConditions, 3);
  const opts: EvaluateOptions = { rateDecimals: c.k, gapBasis: c.basis, targets: { flag: {}, config: new Map(), builtIn: new Map() } };
  const t = { value: fromScaled(c.targetUnits, c.targetDecimals), source: 'config' as const, scope: 'year' as const };
  return evaluateMeasure(f, c.measure, t, opts);
}

describe('the domain on decimal.js equals the BigInt oracle', () => {
  it('rate, gap, met, required and above target (property, SPEC §4 bounds, near half-way points)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = evaluateCase(c);
        const o = oracle(c);
        expect({
          rateRounded: plain(r.rateRounded!, c.k),
          gap: c.basis === 'exact' ? plain(r.gapPp!, c.k) : plain(r.gapPp!),
          met: r.met,
          required: plain(r.required!),
          above: plain(r.aboveTarget!),
        }).toEqual({ ...o, gap: o.gap });
      }),
      { numRuns: 3000 },
    );
  });

  it('rate change in pp (property)', () => {
    const pair = fc.tuple(caseArb, thousandths, fc.bigInt({ min: 0n, max: 1000n }));
    fc.assert(
      fc.property(pair, ([c, W0, share]) => {
        const R0 = (W0 * share) / 1000n;
        const group = (R: bigint, W: bigint): GroupResult => {
          const f = emptyFigures();
          f[F.resolved] = fromScaled(R, 3);
          f[F.with_conditions] = fromScaled(W, 3);
          const m = evaluateMeasure(f, 'money', null, { rateDecimals: c.k, gapBasis: 'exact', targets: { flag: {}, config: new Map(), builtIn: new Map() } });
          return { province: null, district: 'A', year: null, isTotal: false, measures: { cases: null, money: m } };
        };
        const now = group(c.resolved, c.withConditions);
        applyChange([now], [group(R0, W0)], c.k);
        // 100·R/W − 100·R0/W0 = 100·(R·W0 − R0·W) / (W·W0)
        expect(plain(now.measures.money!.rateChange!, c.k)).toBe(roundText(100n * (c.resolved * W0 - R0 * c.withConditions), c.withConditions * W0, c.k));
      }),
      { numRuns: 2000 },
    );
  });

  it('has teeth: with decimal.js’s default 20 digits the same cases go wrong', () => {
    // 100·R/W a hair (< 10^-22) below the half-way point 12.345: 12.34 at k = 2, but a 20-digit
    // quotient is 12.345000000000000000 and rounds to 12.35.
    const W = 2n * pow10(24) + 7n;
    const R = (12345n * W) / 100000n;
    const Low = D.clone({ precision: 20 });
    const low = new Low(R.toString()).times(100).div(W.toString()).toDecimalPlaces(2).toFixed(2);
    expect(low).toBe('12.35');
    const ours: Dec = roundHalfUp(new D(R.toString()).times(100).div(new D(W.toString())), 2);
    expect(plain(ours, 2)).toBe(roundText(100n * R, W, 2));
    expect(low).not.toBe(roundText(100n * R, W, 2));
  });
});
