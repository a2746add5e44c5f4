// Money units of input files, in the spellings the forms use: "(nghìn đồng)", "(1.000 đ)",
// "(ng.đ)", "(Tr.đồng)", "Đơn vị tính: triệu đồng", "(Đơn vị tính: 1.000 đồng)", "ĐVT: ngđ", "(VND)".
import { foldHeader } from '../domain/names.js';

export const MONEY_UNITS = ['dong', 'thousand', 'million', 'billion'] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];

/** Power of ten that turns an amount in the unit into đồng. */
export const UNIT_EXPONENT: Record<MoneyUnit, number> = { dong: 0, thousand: 3, million: 6, billion: 9 };

// On folded text (no diacritics, lower case, punctuation as spaces): "Tr.đồng" → "tr dong",
// "1.000 đ" → "1 000 d", "ngđ" → "ngd", "nghìn VNĐ" → "nghin vnd".
const DONG = '(dong|d|vnd|vnd dong|dong vn|vn dong)';
const PATTERNS: [RegExp, MoneyUnit][] = [
  [new RegExp(`^(1 ?000 ?000 ?000 ?${DONG}|ty|ty ${DONG}|t ${DONG}|td|billion|billion ${DONG}|bn ${DONG}|bil ${DONG})$`), 'billion'],
  [new RegExp(`^(1 ?000 ?000 ?${DONG}|trieu|trieu ${DONG}|tr|tr ${DONG}|trd|million|million ${DONG}|mil ${DONG}|m ${DONG}|mn ${DONG})$`), 'million'],
  [new RegExp(`^(1 ?000 ?${DONG}|1000${DONG}|nghin|nghin ${DONG}|ngan|ngan ${DONG}|ng ${DONG}|ngd|ng|thousand|thousand ${DONG}|k ${DONG}|kvnd|000 ${DONG})$`), 'thousand'],
  [new RegExp(`^(${DONG}|dong viet nam)$`), 'dong'],
];

/** Words that show a text speaks of money: a unit we cannot read must not pass as đồng. */
const MONEY_WORDS = /(^| )(dong|d|vnd|usd|eur|ty|trieu|tr|nghin|ngan|ngd|trd|tien|money|currency|vn|k|bn|million|billion|thousand)( |$)/;

/** Reads a unit written alone ("nghìn đồng", "1.000 đ", "Tr.đồng", "VND"); null if the text is not one. */
export function parseMoneyUnit(text: string): MoneyUnit | null {
  const folded = foldHeader(text.replace(/\$/g, ' usd '));
  for (const [re, unit] of PATTERNS) if (re.test(folded)) return unit;
  return null;
}

/** Text that names money but is no unit we read ("USD", "nghìn USD", "10.000 đ"): an error, never đồng. */
export function mentionsMoney(text: string, digitsToo = false): boolean {
  const folded = foldHeader(text.replace(/\$/g, ' usd '));
  return MONEY_WORDS.test(folded) || (digitsToo && /\d/.test(folded));
}

/** What a unit line says about money. */
export type UnitLine = { readonly kind: 'money'; readonly unit: MoneyUnit } | { readonly kind: 'unreadable'; readonly text: string } | null;

const CASE_UNITS = /^(viec|vu viec|so viec|cases?|case count|quyet dinh)$/;

/**
 * A unit line above the header: "Đơn vị tính: nghìn đồng", "(Đơn vị tính: 1.000 đồng)", "ĐVT:
 * Tr.đồng", "Đơn vị: ngàn đồng", "Unit: thousand VND". Lines like "Đơn vị tính: việc; nghìn đồng"
 * name units per measure: the money one is taken. "Đơn vị: Cục THADS tỉnh X" (the reporting
 * office) says nothing about money and is not a unit line; "Đơn vị tính: USD" is unreadable.
 * The label may stand anywhere in the cell ("Biểu số 07 … Đơn vị tính: nghìn đồng").
 */
export function parseUnitLine(cell: string): UnitLine {
  const m = /(đơn vị tính|đơn vị|đvt|unit of measure|units?|currency)\s*[:：]\s*([^()\]]+)/iu.exec(cell.normalize('NFC'));
  if (!m) {
    // "(nghìn đồng)" or "Đơn vị: 1.000đ" without a label: a cell that is only a money unit in parentheses.
    const alone = /^\s*[([]\s*([^()[\]]+?)\s*[)\]]\s*$/.exec(cell);
    const unit = alone ? parseMoneyUnit(alone[1]!) : null;
    return unit ? { kind: 'money', unit } : null;
  }
  const label = m[1]!.toLowerCase();
  const strict = label !== 'đơn vị' && label !== 'unit' && label !== 'units';
  const whole = m[2]!.trim().replace(/[.;,]\s*$/, '');
  const parts = [whole, ...whole.split(/[;,/|]|\s[-–]\s/)].map((p) => p.replace(/^\s*(về\s+)?(tiền|tien|số tiền|money)\s*(:|-|–)?\s*/iu, '').replace(/^\s*(về\s+)?(việc|viec|cases?)\s*(:|-|–)\s*\S.*$/iu, '').trim());
  for (const part of parts) {
    const unit = parseMoneyUnit(part);
    if (unit) return { kind: 'money', unit };
  }
  // A label that only ever means "unit" and text that speaks of money: refuse rather than read đồng.
  const moneyParts = parts.slice(1).length > 0 ? parts.slice(1) : parts;
  const speaksOfMoney = moneyParts.some((p) => p !== '' && !CASE_UNITS.test(foldHeader(p)) && mentionsMoney(p, true));
  if (speaksOfMoney && (strict || /đ|vnd|usd|\$|đồng|dong/iu.test(whole))) return { kind: 'unreadable', text: m[0]!.trim() };
  return null;
}

export function parseMoneyUnitName(text: string): MoneyUnit | null {
  return (MONEY_UNITS as readonly string[]).includes(text) ? (text as MoneyUnit) : null;
}
