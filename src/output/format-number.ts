// Numbers for people: Vietnamese `5.513`, `93,90`; English `5,513`, `93.90`. Machine formats
// use toPlain (dot decimal, no grouping) instead.
import { roundExact, shift, toPlain, type Exact } from '../domain/exact.js';
import { UNIT_EXPONENT, type MoneyUnit } from '../input/units.js';

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
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? '-' : ''}${grouped}${frac !== undefined ? decimal + frac : ''}`;
}

/** Rounds half-up to exactly `decimals` places and groups: 93.9022 → "93,90" (vi, 2). */
export function formatFixed(value: Exact, decimals: number, lang: Lang): string {
  return groupPlain(toPlain(roundExact(value, decimals), decimals), lang);
}

/** Exact value, as many decimals as it has (at least `minDecimals`), grouped. */
export function formatExact(value: Exact, lang: Lang, minDecimals = 0): string {
  return groupPlain(toPlain(value, minDecimals), lang);
}

/** Money (exact đồng) in a display unit, exact: 490700000000 đồng in billion → 490.7. */
export function inUnit(dong: Exact, unit: MoneyUnit): Exact {
  return shift(dong, -UNIT_EXPONENT[unit]);
}

export const UNIT_LABEL: Record<MoneyUnit, Record<Lang, string>> = {
  dong: { vi: 'đồng', en: 'VND' },
  thousand: { vi: 'nghìn đồng', en: 'thousand VND' },
  million: { vi: 'triệu đồng', en: 'million VND' },
  billion: { vi: 'tỷ đồng', en: 'billion VND' },
};

/** Decimals shown for money in human formats: whole đồng, else two places. */
export function humanMoneyDecimals(unit: MoneyUnit): number {
  return unit === 'dong' ? 0 : 2;
}
