// The one Decimal of the domain: a decimal.js clone configured once. Every figure, sum, rounded
// rate, gap, required amount and rounding of the domain is a value of this clone; readers may
// sum in integers for speed (input/fast/) and hand their totals over as Decimals (fromScaled).
//
// Why PRECISION = 100 significant digits suffices (decimal.js's default of 20 does not):
//
// Sums. decimal.js rounds the result of plus/minus/times to PRECISION significant digits, so a
// result is exact when it has at most PRECISION of them. SPEC §4's worst case: 10^7 rows of
// amounts below 10^15 đồng with 3 decimals add up to a multiple of 0.001 below 10^22 — at most
// 25 significant digits. Products the domain forms (target × with_conditions: a target has at
// most 2 + 10 digits, see MAX_TARGET_DECIMALS) stay below 40 digits. All exact, with room.
//
// Rates are not Decimals: rate-fraction.ts keeps 100·R/W as a fraction of BigInts and computes
// every printed or compared quantity from it by integer division — the rounded rate, the gap to
// a target (exact basis), the change on last year, the order of ranks. Those are exact by
// construction, at any size of figure; no precision argument is needed for them.
//
// What still relies on PRECISION besides sums is the rate as one Decimal, 100·R/W correctly
// rounded to PRECISION digits (RateFraction.percent), which only the chart reads: it orders the
// bars and sets their length to 0.1 px. Within SPEC's bounds (R, W < 10^22 with 3 decimals, so
// 100·R/W = 100·R'/W' with integers below 10^25) it is off by at most ½·10^(27−PRECISION+1) =
// ½·10^-72, while two different rates differ by at least 100/(W₁'W₀') > 10^-48 (so the bars
// keep the exact order, and equal rates give the same Decimal) and a bar's length, rate × width
// ÷ axis maximum (< 10^28), is more than 1/(20·W'·max) > 10^-55 from any half-way point of 0.1.
import DecimalJs from 'decimal.js';
import type { Decimal } from 'decimal.js';
import { remembered } from './remembered.js';

// decimal.js's typings describe its CommonJS build, so under NodeNext TypeScript reads the
// default import as that module's object; Node (and the bundle) load decimal.mjs, whose default
// export is the class itself. This line states what runs.
const DecimalClass = DecimalJs as unknown as typeof Decimal;

export const PRECISION = 100;

/** Targets (percent) have at most this many decimals: products with them stay exact (above). */
export const MAX_TARGET_DECIMALS = 10;

export const D = DecimalClass.clone({
  precision: PRECISION,
  // Half away from zero: 0.125 → 0.13, −0.125 → −0.13 (SPEC §4 "half-up").
  rounding: DecimalClass.ROUND_HALF_UP,
  // toString is never used for output (toFixed is), but if it were it should not print 1e-8.
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** A value of the domain's clone. */
export type Dec = Decimal;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export const ZERO: Dec = new D(0);
export const ONE: Dec = new D(1);
export const HUNDRED: Dec = new D(100);

/** A plain decimal string (`12`, `-34.5`); null when it is not one. Exact: the constructor never rounds. */
export function parsePlainDecimal(text: string): Dec | null {
  const t = text.trim();
  return /^-?\d+(?:\.\d+)?$/.test(t) ? new D(t) : null;
}

/**
 * units × 10^-scale, exactly (the constructor never rounds): the hand-over from a reader's
 * integer accumulator. (1234567n, 3) → 1234.567; (5n, -3) → 5000.
 */
export function fromScaled(units: bigint | number, scale: number): Dec {
  // A whole number below 2^53: its words by arithmetic (the constructor parses the text of any
  // number beyond 32 bits, as most sums of money are).
  if (scale === 0) {
    if (typeof units === 'number') return Number.isSafeInteger(units) ? wholeOf(units) : new D(units);
    if (units <= MAX_SAFE && units >= -MAX_SAFE) return wholeOf(Number(units));
  }
  // Rounded rates and gaps (93.90 is 9390 at 2) repeat across groups: parsed once each, shared
  // (a Decimal is immutable). The key is one number, exact for |units| < 2^47.
  if (scale > 0 && scale < 16 && units < SMALL && units > -SMALL) {
    const key = Number(units) * 16 + scale;
    let value = SMALL_SCALED.get(key);
    if (value === undefined) {
      if (SMALL_SCALED.size >= 1 << 16) SMALL_SCALED.clear();
      value = build(units, scale);
      SMALL_SCALED.set(key, value);
    }
    return value;
  }
  return build(units, scale);
}

/** From the digits when `units` is a whole number (as every caller hands over), else through its text. */
function build(units: bigint | number, scale: number): Dec {
  const integral = typeof units === 'bigint' || Number.isSafeInteger(units);
  return scale >= 0 && integral ? fromDigits(units, scale) : new D(`${units.toString()}e${-scale}`);
}
const SMALL = 1_000_000n;

/** decimal.js's base: each word of `d` holds 7 decimal digits. */
const LOG_BASE = 7;

/**
 * units × 10^-scale built from its digits as decimal.js's own parser lays them out (its
 * parseDecimal, without the string checks and the exponent text around it): every office's
 * sums cross here, and the constructor's path through a string cost two thirds of the hand-over.
 * The fields written are those plain() reads (d, e, s), on a value the constructor made, so the
 * object keeps decimal.js's shape. test/unit/decimal.test.ts holds it to the constructor.
 */
function fromDigits(units: bigint | number, scale: number): Dec {
  const negative = units < 0;
  let digits = (negative ? -units : units).toString();
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  if (end === 0) return new D(0);
  // e: the exponent of the first digit; words are aligned on the decimal point, so the first
  // holds (e + 1) mod 7 digits (7 when that is 0) and the last is padded with zeros.
  const e = digits.length - 1 - scale;
  digits = digits.slice(0, end);
  const d: number[] = [];
  let i = (e + 1) % LOG_BASE;
  if (e < 0) i += LOG_BASE;
  let len = end;
  if (i < len) {
    if (i) d.push(+digits.slice(0, i));
    for (len -= LOG_BASE; i < len; ) d.push(+digits.slice(i, (i += LOG_BASE)));
    digits = digits.slice(i);
    i = LOG_BASE - digits.length;
  } else {
    i -= len;
  }
  while (i-- > 0) digits += '0';
  d.push(+digits);
  return withWords(negative, e, d);
}
const SMALL_SCALED = new Map<number, Dec>();

/**
 * A whole number below 2^53, shared when small: counts of cases repeat across offices (an
 * office's 12 postponed cases, another's), and an office's sums live to the end of a run, so each
 * Decimal of its own was copied out of the collector's young generation (4,200 offices: 52.2 →
 * 48.5 MB promoted over a run, --trace-gc-nvp).
 */
function wholeOf(v: number): Dec {
  // (−0 is a key of its own to no map: the constructor's, unshared)
  return v >= SMALL_WHOLE || v <= -SMALL_WHOLE || Object.is(v, -0) ? fromSafeInteger(v) : sharedWhole(v);
}
const SMALL_WHOLE = 1 << 20;
const sharedWhole = remembered((v: number) => fromSafeInteger(v));

/** A value the constructor made, given the fields plain() reads (sign, exponent, words): decimal.js's shape kept. */
function withWords(negative: boolean, e: number, d: number[]): Dec {
  const value = new D(0);
  const fields = value as unknown as { s: number; e: number; d: number[] };
  fields.s = negative ? -1 : 1;
  fields.e = e;
  fields.d = d;
  return value;
}

/**
 * A whole number of magnitude below 2^53 as decimal.js's parser lays it out (fromDigits): words
 * of 7 digits counted from the decimal point, the first of 1 to 7, none zero at the end; e the
 * exponent of the first digit. Three words at most (2^53 < 10^16). test/unit/decimal.test.ts
 * holds it to the constructor.
 */
function fromSafeInteger(v: number): Dec {
  if (v === 0) return new D(v); // (-0 stays the constructor's)
  const negative = v < 0;
  let rest = negative ? -v : v;
  const low = rest % 1e7;
  rest = (rest - low) / 1e7;
  const mid = rest % 1e7;
  const high = (rest - mid) / 1e7;
  const d = high > 0 ? [high, mid, low] : mid > 0 ? [mid, low] : [low];
  const e = (d.length - 1) * LOG_BASE + digitCount(d[0]!) - 1;
  while (d[d.length - 1] === 0) d.pop();
  return withWords(negative, e, d);
}

/** Decimal digits of a word, 1 ≤ w < 10^7. */
function digitCount(w: number): number {
  return w >= 1e6 ? 7 : w >= 1e5 ? 6 : w >= 1e4 ? 5 : w >= 1e3 ? 4 : w >= 100 ? 3 : w >= 10 ? 2 : 1;
}

/**
 * Exact plain text with at least `minDecimals` decimals: `1234.5`, `-0.25`, never `1e-8`, never
 * `-0`. The one printer of a Decimal (STYLE.md): it reads the digits decimal.js keeps (d: words
 * of 7 decimal digits, aligned on the decimal point; e: the exponent of the first digit; s: the
 * sign — documented, read-only properties) and writes every one in normal notation, unrounded,
 * exactly as toFixed() does; a report prints thousands of them, and toFixed's path through
 * decimal.js cost a third of a 700-office run's rendering. test/unit/plain.test.ts holds it to toFixed.
 */
export function plain(value: Dec, minDecimals = 0): string {
  const d = value.d;
  if (d === null || d === undefined) return value.toFixed(); // NaN, ±Infinity: never a figure
  if (d[0] === 0) return minDecimals > 0 ? `0.${'0'.repeat(minDecimals)}` : '0';
  const n = d.length;
  const e = value.e;
  // d[0..k] are the whole part's words (those past the end are zeros), the rest its decimals.
  const k = Math.floor(e / 7);
  let whole: string;
  let decimals = '';
  if (k < 0) {
    whole = '0';
    decimals = ZERO_WORD.repeat(-k - 1);
    for (let i = 0; i < n; i++) decimals += word(d[i]!);
  } else if (n <= k + 1 && e < 15) {
    // A whole number below 10^15: added up as a double, exact below 2^53, printed by String().
    let v = d[0]!;
    for (let i = 1; i <= k; i++) v = v * 1e7 + (i < n ? d[i]! : 0);
    whole = String(v);
  } else {
    whole = String(d[0]);
    for (let i = 1; i <= k; i++) whole += i < n ? word(d[i]!) : ZERO_WORD;
    for (let i = k + 1; i < n; i++) decimals += word(d[i]!);
  }
  let end = decimals.length;
  while (end > 0 && decimals.charCodeAt(end - 1) === 48) end--;
  const sign = value.s < 0 ? '-' : '';
  if (end === 0 && minDecimals === 0) return sign + whole;
  const shown = end < decimals.length ? decimals.slice(0, end) : decimals;
  return `${sign}${whole}.${end < minDecimals ? shown + '0'.repeat(minDecimals - end) : shown}`;
}
const ZERO_WORD = '0000000';
/** A word of d after the first: always 7 digits, its leading zeros written. */
const word = (w: number): string => {
  const t = String(w);
  return t.length === 7 ? t : ZERO_WORD.slice(t.length) + t;
};

/**
 * The value as a Number when it is a whole number below 10^15 (exact: below 2^53), else null:
 * read from its words as plain() reads them.
 */
export function wholeNumber(value: Dec): number | null {
  const d = value.d;
  if (d === null || d === undefined) return null;
  if (d[0] === 0) return 0;
  const e = value.e;
  const k = Math.floor(e / 7);
  if (k < 0 || d.length > k + 1 || e >= 15) return null;
  let v = d[0]!;
  for (let i = 1; i <= k; i++) v = v * 1e7 + (i < d.length ? d[i]! : 0);
  return value.s < 0 ? -v : v;
}

/**
 * a + b (`sign` 1) or a − b (−1), exactly, as decimal.js gives it: two whole numbers below 10^15
 * (counts of cases, most amounts in đồng) are added as Numbers and a small result is shared
 * (fromScaled), where decimal.js made a Decimal of every sum — the fields each office's row
 * derives, which live to the end of a run.
 */
export function plusExact(a: Dec, b: Dec, sign: 1 | -1): Dec {
  const x = wholeNumber(a);
  if (x !== null && x !== 0) {
    const y = wholeNumber(b);
    // (a zero is decimal.js's: it keeps the other's −0, which isNeg() tells apart)
    if (y !== null && y !== 0) return fromScaled(sign === 1 ? x + y : x - y, 0); // (below 2^51: exact)
  }
  return sign === 1 ? a.plus(b) : a.minus(b);
}

/** Rounded half away from zero to `decimals` places: 93.9022… → 93.90, −0.125 → −0.13. */
export function roundHalfUp(value: Dec, decimals: number): Dec {
  return value.toDecimalPlaces(decimals, D.ROUND_HALF_UP);
}

/** Scaled by 10^k (k may be negative), exactly: unit conversions such as nghìn đồng → đồng. */
export function shift(value: Dec, k: number): Dec {
  return k === 0 ? value : value.times(`1e${k}`);
}

/**
 * Values as whole numbers of one scale (the most decimals any has; null stays null): exact, and
 * far cheaper than Decimals to add and compare over every office of a file (suspect-rows.ts).
 */
export function toCommonScale(values: readonly (Dec | null)[]): { readonly units: (bigint | null)[]; readonly scale: number } {
  // Whole numbers below 10^15 (every count of cases, most sums of money in đồng): from their words.
  let whole = true;
  for (const v of values) if (v !== null && wholeNumber(v) === null) whole = false;
  if (whole) return { units: values.map((v) => (v === null ? null : BigInt(wholeNumber(v)!))), scale: 0 };
  // From the digits plain() prints (toFixed's, exact, unrounded, at a fraction of its cost): the
  // point dropped and the decimals padded to the scale, "-12.5" → -1250n at 2. Shifting Decimals
  // and printing them cost twice as much.
  const texts = values.map((v) => (v === null ? null : plain(v)));
  let scale = 0;
  for (const t of texts) {
    const point = t === null ? -1 : t.indexOf('.');
    if (point >= 0 && t!.length - point - 1 > scale) scale = t!.length - point - 1;
  }
  const units = texts.map((t) => {
    if (t === null) return null;
    const point = t.indexOf('.');
    return point < 0 ? BigInt(scale === 0 ? t : t + '0'.repeat(scale)) : BigInt(t.slice(0, point) + t.slice(point + 1).padEnd(scale, '0'));
  });
  return { units, scale };
}
