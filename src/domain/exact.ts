// Exact decimal arithmetic on scaled BigInts: value = units / 10^scale.
// No precision limit (decimal.js's default of 20 significant digits is too small for sums of
// VND amounts), no floating point anywhere. Divisions only happen for rates, which are kept as
// exact ratios and rounded half-up (away from zero) at display time.

export interface Exact {
  readonly units: bigint;
  readonly scale: number;
}

export interface Ratio {
  readonly num: bigint;
  /** always > 0 */
  readonly den: bigint;
}

export const ZERO: Exact = { units: 0n, scale: 0 };

const POW10: bigint[] = [1n];
export function pow10(n: number): bigint {
  for (let i = POW10.length; i <= n; i++) POW10.push(POW10[i - 1]! * 10n);
  return POW10[n]!;
}

export function exact(units: bigint, scale = 0): Exact {
  return { units, scale };
}

/** Parses a plain decimal string (`-12`, `34.5`); returns null when it is not one. */
export function parsePlainDecimal(text: string): Exact | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const frac = m[3] ?? '';
  const units = BigInt(m[2]! + frac);
  return { units: m[1] ? -units : units, scale: frac.length };
}

function align(a: Exact, b: Exact): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.units, b.units, a.scale];
  if (a.scale > b.scale) return [a.units, b.units * pow10(a.scale - b.scale), a.scale];
  return [a.units * pow10(b.scale - a.scale), b.units, b.scale];
}

export function add(a: Exact, b: Exact): Exact {
  // The common case (same scale) without align's array.
  if (a.scale === b.scale) return { units: a.units + b.units, scale: a.scale };
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}

export function sub(a: Exact, b: Exact): Exact {
  if (a.scale === b.scale) return { units: a.units - b.units, scale: a.scale };
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
}

export function mul(a: Exact, b: Exact): Exact {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** a × 10^k (k may be negative): unit conversions such as nghìn đồng → đồng. */
export function shift(a: Exact, k: number): Exact {
  if (k === 0) return a;
  if (k >= 0) {
    const scaleDrop = Math.min(k, a.scale);
    return { units: a.units * pow10(k - scaleDrop), scale: a.scale - scaleDrop };
  }
  return { units: a.units, scale: a.scale - k };
}

export function compare(a: Exact, b: Exact): -1 | 0 | 1 {
  if (a.scale === b.scale) return a.units < b.units ? -1 : a.units > b.units ? 1 : 0;
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function equals(a: Exact, b: Exact): boolean {
  return compare(a, b) === 0;
}

export function isInteger(a: Exact): boolean {
  return a.scale === 0 || a.units % pow10(a.scale) === 0n;
}

/** Drops trailing fractional zeros: 12.500 → 12.5. */
export function normalize(a: Exact): Exact {
  let { units, scale } = a;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return { units, scale };
}

/** Exact plain string, at least `minDecimals` decimals, no exponent: `1234.5`, `-0.25`. */
export function toPlain(a: Exact, minDecimals = 0): string {
  // String work instead of BigInt division: this runs for every printed figure.
  const negative = a.units < 0n;
  let digits = (negative ? -a.units : a.units).toString();
  let scale = a.scale;
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    let end = digits.length;
    while (scale > minDecimals && digits.charCodeAt(end - 1) === 48) {
      end--;
      scale--;
    }
    digits = digits.slice(0, end);
  }
  if (scale < minDecimals) {
    digits += '0'.repeat(minDecimals - scale);
    scale = minDecimals;
  }
  if (scale > 0) digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${digits}` : digits;
}

export function toRatio(a: Exact): Ratio {
  return { num: a.units, den: pow10(a.scale) };
}

export function ratio(num: Exact, den: Exact): Ratio {
  const [x, y] = align(num, den);
  if (y === 0n) throw new RangeError('ratio with zero denominator');
  return y < 0n ? { num: -x, den: -y } : { num: x, den: y };
}

export function ratioSub(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.den - b.num * a.den, den: a.den * b.den };
}

export function ratioScale(a: Ratio, factor: bigint): Ratio {
  return { num: a.num * factor, den: a.den };
}

export function compareRatio(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const x = a.num * b.den;
  const y = b.num * a.den;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Rounds half away from zero to `decimals` places: 93.9022… → 93.90, 0.125 → 0.13, −0.125 → −0.13. */
export function roundRatio(r: Ratio, decimals: number): Exact {
  const scaled = r.num * pow10(decimals);
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const rounded = (2n * magnitude + r.den) / (2n * r.den);
  return { units: negative ? -rounded : rounded, scale: decimals };
}

export function roundExact(a: Exact, decimals: number): Exact {
  return roundRatio(toRatio(a), decimals);
}

/** Smallest integer ≥ r. */
export function ceilRatio(r: Ratio): bigint {
  const q = r.num / r.den;
  return r.num > q * r.den ? q + 1n : q;
}
