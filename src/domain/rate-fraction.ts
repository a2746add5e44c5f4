// A rate as an exact fraction: 100 × resolved ÷ with_conditions = num ÷ den, in BigInt, den > 0.
// Every rounding, difference and comparison made on a rate is computed from it exactly, by
// integer division: no half-way point can go the wrong way, whatever the size of the figures,
// and 8,400 rates of a 1M-row file cost a quarter of what 100-digit Decimal quotients did.
import { D, fromScaled, toCommonScale, type Dec } from './decimal.js';

export class RateFraction {
  private decimal: Dec | null = null;

  /** `den` > 0. */
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  /** 100 × resolved ÷ with_conditions; null when with_conditions is 0 (never NaN or Infinity). */
  static of(resolved: Dec, withConditions: Dec): RateFraction | null {
    const {
      units: [r, w],
    } = toCommonScale([resolved, withConditions]);
    return RateFraction.ofUnits(r!, w!);
  }

  /** The same of resolved and with_conditions as whole numbers of one scale (toCommonScale). */
  static ofUnits(r: bigint, w: bigint): RateFraction | null {
    if (w === 0n) return null;
    // The sign lives in the numerator, so that rounding and comparing need to look at one sign.
    return w < 0n ? new RateFraction(-100n * r, -w) : new RateFraction(100n * r, w);
  }

  /**
   * The rate to PRECISION digits, as decimal.ts's division gives it: only the chart reads it
   * (bar order and length), so only a run that draws one pays for the division, once.
   */
  get percent(): Dec {
    if (this.decimal === null) this.decimal = numDec(this.num).div(numDec(this.den));
    return this.decimal;
  }

  /** Rounded half away from zero to `decimals` places (SPEC §4 "half-up"): 5513/5871 → 93.90 at 2. */
  rounded(decimals: number): Dec {
    return roundedQuotient(this.num * 10n ** BigInt(decimals), this.den, decimals);
  }

  /**
   * rate − target in pp, rounded as every signed pp figure is (roundedPp): half away from zero
   * on the exact value. 2469/20000 = 12.345 % against 73 is −60.655 → −60.66 ("thiếu 60,66%"),
   * and 14599/20000 = 72.995 % is −0.005 → −0.01, never 0.00 beside a missed target (traps33 1:
   * the gap was rounded towards +∞ while the rate change beside it rounded away from zero).
   */
  minusRounded(target: Dec, decimals: number): Dec {
    // target = t / 10^s: (num/den − t/10^s) = (num·10^s − t·den) / (den·10^s)
    const { t, s } = targetFraction(target);
    return roundedPp(this.num * s - t * this.den, this.den * s, decimals);
  }

  /** this rate − `earlier` in pp, rounded half away from zero to `decimals` places. */
  changeSince(earlier: RateFraction, decimals: number): Dec {
    return roundedPp(crossDifference(this, earlier), this.den * earlier.den, decimals);
  }

  /** −1, 0 or 1 as this rate is below, equal to or above `other`, exactly (9/10 equals 18/20). */
  cmp(other: RateFraction): number {
    const d = crossDifference(this, other);
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  }
}

/** A target as t / s, s a power of ten; a run has a few targets, shared by thousands of groups. */
const targetFractions = new WeakMap<Dec, TargetFraction>();
export interface TargetFraction {
  readonly t: bigint;
  /** 10^digits */
  readonly s: bigint;
  readonly digits: number;
}
export function targetFraction(target: Dec): TargetFraction {
  let f = targetFractions.get(target);
  if (!f) {
    const { units, scale } = toCommonScale([target]);
    f = { t: units[0]!, s: 10n ** BigInt(scale), digits: scale };
    targetFractions.set(target, f);
  }
  return f;
}

/** a − b over the denominator a.den × b.den. */
function crossDifference(a: RateFraction, b: RateFraction): bigint {
  return a.num * b.den - b.num * a.den;
}

/** An integer as a Decimal: new D parses digits exactly, it never rounds. */
function numDec(n: bigint): Dec {
  return new D(n.toString());
}

/**
 * A signed figure in percentage points, n ÷ d (d > 0), rounded to `decimals` places: the one rule
 * of the gap to a target and of the rate change (SPEC §4 "half-up", decimal.js ROUND_HALF_UP):
 * half away from zero on the exact value, −0.005 → −0.01 as 0.005 → 0.01.
 */
function roundedPp(n: bigint, d: bigint, decimals: number): Dec {
  return roundedQuotient(n * 10n ** BigInt(decimals), d, decimals);
}

/**
 * n ÷ d rounded half away from zero to a whole number, as a Decimal × 10^-decimals (d > 0).
 * A negative quotient that rounds to zero gives 0, where decimal.js gave −0: every printer
 * goes through plain() or asks isZero() before the sign, so no output tells them apart.
 */
function roundedQuotient(n: bigint, d: bigint, decimals: number): Dec {
  let q = n / d; // truncated towards zero; the remainder has n's sign
  const r = n % d;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= d) q += n < 0n ? -1n : 1n;
  return fromScaled(q, decimals);
}
