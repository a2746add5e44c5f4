// Numbers for people: Vietnamese `5.513`, `93,90`; English `5,513`, `93.90`. Machine formats
// use plain (dot decimal, no grouping) instead.
import { ONE, plain, roundHalfUp, shift, type Dec } from '../domain/decimal.js';
import { MONEY_UNIT_NAMES, UNIT_EXPONENT, type MoneyUnit } from '../input/units.js';

export type Lang = 'vi' | 'en';
export const LANGS = ['vi', 'en'] as const;

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** Groups a plain decimal string: "-1234567.5" → "-1.234.567,5" (vi). */
export function groupPlain(plain: string, lang: Lang): string {
  const { group, decimal } = SEPARATORS[lang];
  const negative = plain.startsWith('-');
  const [int, frac] = (negative ? plain.slice(1) : plain).split('.');
  // In threes from the right, in one pass (a lookahead regex rescans the rest of the digits at
  // every position: a figure of 60,000 digits took minutes).
  let grouped = int!.slice(0, int!.length % 3 || 3);
  for (let at = grouped.length; at < int!.length; at += 3) grouped += group + int!.slice(at, at + 3);
  return `${negative ? '-' : ''}${grouped}${frac !== undefined ? decimal + frac : ''}`;
}

/** Rounds half-up to exactly `decimals` places and groups: 93.9022 → "93,90" (vi, 2). */
export function formatFixed(value: Dec, decimals: number, lang: Lang): string {
  return groupPlain(plain(roundHalfUp(value, decimals), decimals), lang);
}

/** Exact value, as many decimals as it has (at least `minDecimals`), grouped. */
export function formatExact(value: Dec, lang: Lang, minDecimals = 0): string {
  return groupPlain(plain(value, minDecimals), lang);
}

/** Money (exact đồng) in a display unit, exact: 490700000000 đồng in billion → 490.7. */
export function inUnit(dong: Dec, unit: MoneyUnit): Dec {
  return shift(dong, -UNIT_EXPONENT[unit]);
}

export const UNIT_LABEL: Record<MoneyUnit, Record<Lang, string>> = MONEY_UNIT_NAMES;

/** Decimals shown for money in human formats: whole đồng, else two places. */
export function humanMoneyDecimals(unit: MoneyUnit): number {
  return unit === 'dong' ? 0 : 2;
}

/** |v|: a change is phrased as "tăng"/"giảm" plus its size. */
export function magnitude(v: Dec): Dec {
  return v.abs();
}

/** The next smaller money unit (none below đồng). */
export const SMALLER: Partial<Record<MoneyUnit, MoneyUnit>> = { billion: 'million', million: 'thousand', thousand: 'dong' };

/**
 * The unit a sentence states amounts in: `preferred`, or a smaller one while the largest amount
 * is below one of it, so 40 triệu đồng reads "40,0 triệu đồng", not "0,0 tỷ đồng".
 */
export function readableUnit(amounts: readonly Dec[], preferred: MoneyUnit): MoneyUnit {
  let unit = preferred;
  const largest = amounts.reduce<Dec | null>((max, v) => (max === null || magnitude(v).gt(max) ? magnitude(v) : max), null);
  if (largest === null || largest.isZero()) return unit;
  while (SMALLER[unit] && largest.lt(shift(ONE, UNIT_EXPONENT[unit]))) unit = SMALLER[unit]!;
  return unit;
}
