// Money units of input files: "(nghìn đồng)", "(1.000 đ)", "Đơn vị tính: triệu đồng", "(VND)".
import { foldHeader } from '../domain/names.js';

export const MONEY_UNITS = ['dong', 'thousand', 'million', 'billion'] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];

/** Power of ten that turns an amount in the unit into đồng. */
export const UNIT_EXPONENT: Record<MoneyUnit, number> = { dong: 0, thousand: 3, million: 6, billion: 9 };

const PATTERNS: [RegExp, MoneyUnit][] = [
  [/^(1 ?000 ?000 ?000 ?(dong|d|vnd)|ty( dong)?|billion( vnd| dong)?|bn vnd)$/, 'billion'],
  [/^(1 ?000 ?000 ?(dong|d|vnd)|trieu( dong)?|million( vnd| dong)?|m vnd)$/, 'million'],
  [/^(1 ?000 ?(dong|d|vnd)|nghin( dong)?|ngan( dong)?|thousand( vnd| dong)?|k vnd)$/, 'thousand'],
  [/^(dong|vnd|d|vnd dong)$/, 'dong'],
];

/** Reads a unit written alone ("nghìn đồng", "1.000 đ", "VND"); null if the text is not one. */
export function parseMoneyUnit(text: string): MoneyUnit | null {
  const folded = foldHeader(text);
  for (const [re, unit] of PATTERNS) if (re.test(folded)) return unit;
  return null;
}

/**
 * A unit line above the header: "Đơn vị tính: nghìn đồng", "ĐVT: 1.000đ", "Unit: thousand VND".
 * Lines like "Đơn vị tính: việc; 1.000 đồng" name units per measure: the money one is taken.
 */
export function parseUnitLine(cell: string): MoneyUnit | null {
  const m = /^\s*(đơn vị tính|don vi tinh|đvt|dvt|unit)\s*[:：]\s*(.+)$/iu.exec(cell.normalize('NFC'));
  if (!m) return null;
  const whole = m[2]!.trim();
  for (const part of [whole, ...whole.split(/[;,/]|\s-\s/)]) {
    const clean = part.replace(/^\s*(tiền|tien|money)\s*:?\s*/iu, '').trim();
    const unit = parseMoneyUnit(clean);
    if (unit) return unit;
  }
  return null;
}

export function parseMoneyUnitName(text: string): MoneyUnit | null {
  return (MONEY_UNITS as readonly string[]).includes(text) ? (text as MoneyUnit) : null;
}
