// Money units of input files, in the spellings the forms use: "(nghìn đồng)", "(1.000 đ)",
// "(ng.đ)", "(Tr.đồng)", "Đơn vị tính: triệu đồng", "(Đơn vị tính: 1.000 đồng)", "ĐVT: ngđ", "(VND)",
// "Đơn vị tính: tiền (nghìn đồng)", "Tính bằng nghìn đồng".
import { hasLetter, latinLetters } from '../domain/letters.js';
import { foldHeader } from '../domain/names.js';

export const MONEY_UNITS = ['dong', 'thousand', 'million', 'billion'] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];

/** The units' names, as output and messages write them. */
export const MONEY_UNIT_NAMES: Record<MoneyUnit, { readonly vi: string; readonly en: string }> = {
  dong: { vi: 'đồng', en: 'VND' },
  thousand: { vi: 'nghìn đồng', en: 'thousand VND' },
  million: { vi: 'triệu đồng', en: 'million VND' },
  billion: { vi: 'tỷ đồng', en: 'billion VND' },
};

/** Power of ten that turns an amount in the unit into đồng. */
export const UNIT_EXPONENT: Record<MoneyUnit, number> = { dong: 0, thousand: 3, million: 6, billion: 9 };

// On folded text (no diacritics, lower case, punctuation as spaces): "Tr.đồng" → "tr dong",
// "1.000 đ" → "1 000 d", "ngđ" → "ngd", "nghìn VNĐ" → "nghin vnd"; "tỉ" is "tỷ" as often spelt.
// English headers put the currency first too: "(VND million)", "(VND bn)", "(VND '000)".
// The currency may be glossed with its name or code: "nghìn đồng Việt Nam", "Nghìn đồng (VNĐ)",
// "Nghìn đồng/VNĐ" (folded "nghin dong vnd"), "triệu VNĐ (đồng)".
const DONG = '(dong|d|vnd|vnd dong|dong vn|vn dong|dong viet nam|dong vnd|vnd viet nam|(?:vietnamese|viet nam|vietnam) dong)';
const PATTERNS: [RegExp, MoneyUnit][] = [
  [new RegExp(`^(1 ?000 ?000 ?000 ?${DONG}|t[yi]|t[yi] ${DONG}|t ${DONG}|td|billion|billion ${DONG}|bn ${DONG}|bil ${DONG}|vnd (billion|bn|bil|1 ?000 ?000 ?000))$`), 'billion'],
  [new RegExp(`^(1 ?000 ?000 ?${DONG}|trieu|trieu ${DONG}|tr|tr ?${DONG}|million|million ${DONG}|mil ${DONG}|m ${DONG}|mn ${DONG}|vnd (million|mil|mn|1 ?000 ?000))$`), 'million'],
  [new RegExp(`^(1 ?000 ?${DONG}|1000${DONG}|nghin|nghin ${DONG}|ngan|ngan ${DONG}|ng ${DONG}|ngd|ng|thousand|thousand ${DONG}|k ${DONG}|kvnd|000 ?${DONG}|vnd (thousand|000|1 ?000))$`), 'thousand'],
  [new RegExp(`^(${DONG}|dong viet nam)$`), 'dong'],
];

/** Words that show a text speaks of money: a unit we cannot read must not pass as đồng. */
const MONEY_WORDS = /(^| |\d)(dong|d|vnd|usd|eur|ty|ti|trieu|tr|nghin|ngan|ngd|trd|tien|money|currency|vn|k|bn|millions?|billions?|thousands?)( |$)/;

// Money (đồng) and a scale named together: such a text states a scaled unit, so one thads
// cannot read whole is refused — never đồng, as a scale word set aside would make it.
const CURRENCY_WORD = /(^| )(dong|d|vnd)( |$)|(^| )(ngd|trd|kvnd)( |$)/;
/** Scale words, folded: "nghìn", "Tr", "tỷ"/"tỉ", "k", "bn", "000". */
const SCALES = 'thousands?|millions?|billions?|k|mn|mil|bn|nghin|ngan|ng|trieu|tr|t[yi]|0{3}';
const SCALE_WORD = new RegExp(`(^| )(${SCALES})( |$)|(^| )(ngd|trd|kvnd)( |$)`);
const SCALE_ALONE = new RegExp(`^(${SCALES})$`);

/** "(expressed in VND million)", "VND million đã quy đổi": a currency and a scale word (a share's "tỷ lệ" is none). */
export function namesScaledMoney(text: string): boolean {
  const folded = foldUnit(text).replace(SHARE_WORDS, ' ');
  return CURRENCY_WORD.test(folded) && SCALE_WORD.test(folded);
}

/** A bracketed group ("(…)", "[…]"), its text in group 1. */
const BRACKETED = /[([]([^()[\]]*)[)\]]/g;

// Words naming a rate or a share (folded; "%" is tested as written, folding drops it). The long
// ones say so anywhere ("Tỷ lệ giải quyết xong", "tỷ lệ: %") and are no "tỷ" (billion) of money;
// the short ones only as a whole bracketed note or a header's last word ("Cases resolved (rate)",
// "Giải quyết xong (TL)", "Money resolved pct"): "exchange rate" inside a note is no rate column.
const RATE_WORDS = ['ty le', 'ti le', 'ty trong', 'ti trong', 'phan tram', 'percent', 'percentage'];
const RATE_NOTE_WORDS = ['tl', 'rate', 'ratio', 'pct', 'share', 'pp', 'p p'];
const ANY_RATE_WORD = [...RATE_WORDS, ...RATE_NOTE_WORDS].join('|');
const SHARE_WORDS = new RegExp(`(^| )(${RATE_WORDS.join('|')})( |$)`);
/** folded text of rate words only: "tl", "rate pct", "ty le phan tram" */
const RATE_WORDS_ONLY = new RegExp(`^(${ANY_RATE_WORD})( (${ANY_RATE_WORD}))*$`);
const RATE_SUFFIX = new RegExp(` (${RATE_NOTE_WORDS.join('|')})$`);

/**
 * A header or unit text naming a share or rate ("Có điều kiện (tỷ lệ %)", "(tỷ trọng)", "(%)",
 * "Cases resolved (rate)", "Việc giải quyết xong (TL)"): no figure, no money.
 */
export function namesShare(text: string): boolean {
  if (text.includes('%') || SHARE_WORDS.test(foldHeader(text))) return true;
  const outside = foldHeader(text.replace(BRACKETED, ' '));
  // "TL" also abbreviates "thụ lý" (accepted): beside those words it is their short form ("Tổng số thụ lý (TL)"), no rate.
  const ownShortForm = (note: string) => note === 'tl' && / thu ly( |$)/.test(` ${outside}`);
  if ([...text.matchAll(BRACKETED)].some((m) => namesRateOnly(m[1]!) && !ownShortForm(foldHeader(m[1]!)))) return true;
  const suffix = RATE_SUFFIX.exec(outside);
  return suffix !== null && !ownShortForm(suffix[1]!);
}

/** A text of rate words alone ("Tỷ lệ (%)", "TL", "Rate", "%"): a rate's label (measure-rows.ts). */
export function namesRateOnly(text: string): boolean {
  const folded = foldHeader(text);
  return folded === '' ? text.includes('%') : RATE_WORDS_ONLY.test(folded);
}

// A unit glued to its money word is read as if a space parted them: "tỷđ", "nghìnđồng", "tỷVND",
// "VNDbn", "VNDm", "bVND", "kVND". A glued "đ" is money only after a scale word that begins its
// word ("Tỷđ", "Trđ", "kđ"); after other letters it is a letter of an abbreviation ("TĐC" tạm
// đình chỉ, "CĐK", "GĐ"). The one-letter "k" is a scale only where "đ" or "đồng" ends the word:
// "KĐK" is không đủ điều kiện. No Vietnamese syllable holds "đồng" past its first letter or goes
// on after it, so there a word starts or ends ("VNĐồng" is one word); "vnd" glued to letters
// stands apart from them, and a scale letter beside it is only ever the scale ("VNDm": triệu,
// though "VND m" apart stays unread). Glued words read as no unit still name money: refused.
// Digits need no parting: "1.000đ" folds to "1 000d", which the patterns read.
const GLUED_DONG_WORD = latinLetters(/(?<=\p{L})(?<!vn)(?=đồng)|(?<=đồng)(?=\p{L})/giu);

/** A word with its glued money word parted: "tỷđ" → "tỷ đ", "xđồng" → "x đồng"; "TĐC", "KĐK" as they are. */
function partWord(word: string): string {
  const at = word.search(/đ/iu);
  const scale = at > 0 ? foldHeader(word.slice(0, at)) : '';
  const glued = SCALE_ALONE.test(scale) && (scale.length > 1 || /^(ồng)?$/iu.test(word.slice(at + 1)));
  return (glued ? `${word.slice(0, at)} ${word.slice(at)}` : word).replace(GLUED_DONG_WORD, ' ');
}

/** NFC text, its glued money words parted. */
function partGlued(nfc: string): string {
  // every glued form holds a "đ" (most header cells hold none: they are let be at once)
  return /đ/iu.test(nfc) ? nfc.replace(latinLetters(/[\p{L}\p{N}]+/gu), partWord) : nfc;
}

const GLUED_VND = /\b([a-z]*)vnd([a-z]*)\b/g;
const SCALE_LETTERS: Record<string, string> = { b: 'billion', bn: 'billion', m: 'million', mn: 'million', k: 'thousand' };

function unglue(folded: string): string {
  return folded.replace(GLUED_VND, (_word, before: string, after: string) =>
    [SCALE_LETTERS[before] ?? before, 'vnd', SCALE_LETTERS[after] ?? after].filter((w) => w !== '').join(' '),
  );
}

/** A money word glued to other letters ("tỷđx", "xVND"): whatever it reads as, it names money. */
function gluedMoney(text: string): boolean {
  const nfc = text.normalize('NFC');
  return partGlued(nfc) !== nfc || /[a-z]vnd|vnd[a-z]/.test(foldHeader(nfc));
}

/**
 * A digit of another script or width as its ASCII digit: "１.０００" (full-width, typed with an
 * East Asian input method) is "1.000", "١٠٠٠" is "1000". Unicode gives each script its digits 0–9
 * in a run of ten code points, so a digit's value is its place in its run.
 */
function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGIT, (c) => {
    let value = 0;
    for (let cp = c.codePointAt(0)! - 1; /\p{Nd}/u.test(String.fromCodePoint(cp)); cp--) value++;
    return String(value % 10);
  });
}
const OTHER_DIGIT = /(?![0-9])\p{Nd}/gu;

/**
 * Folded, glued units parted, with "×" and "*" before a number as "x": "(×1.000)" → "x1 000"; the
 * đồng sign "₫" is "đ" ("1.000₫" → "1 000 d", nghìn as "1.000đ"): folding alone drops it as
 * punctuation, which read "(1.000₫)" as no unit and the money as đồng (1000× too small). Digits
 * of any width or script are read as digits (asciiDigits): folding dropped "１.０００" alike,
 * and "Đơn vị tính: １.０００ đồng" read as đồng.
 */
function foldUnit(text: string): string {
  const parted = partGlued(asciiDigits(text.normalize('NFC')).replace(/₫/g, ' đ '));
  return unglue(foldHeader(parted.replace(/\$/g, ' usd ').replace(/[×*](?=\s*\d)/g, 'x')));
}

// A multiplier, as spreadsheets head a column: "(x1000)", "(x1.000.000)", "(× 1.000 đồng)".
const TIMES = new RegExp(`^x ?(1[ 0]*) ?(${DONG})?$`);
const TIMES_UNIT: Record<string, MoneyUnit> = { '1000': 'thousand', '1000000': 'million', '1000000000': 'billion' };

// English wraps the unit in filler words that change nothing: "in VND million", "Amounts in VND
// million", "In millions of VND", "in thousand VND", "in dong" read as "VND million", "thousand
// VND", "dong" (a comma, "VND, million", is a space once folded).
const ENGLISH_IN = /^(?:(?:amounts?|figures?) )?in (?=\S)/;
const PLURAL_SCALE = /\b(thousand|million|billion)s\b/g;
const SCALE_OF = /\b(thousand|million|billion) of (?=\S)/g;

function withoutEnglishFillers(folded: string): string {
  return folded.replace(ENGLISH_IN, '').replace(PLURAL_SCALE, '$1').replace(SCALE_OF, '$1 ');
}

/**
 * A letter lost to a code page (units.ts REPLACED): U+FFFD, or "?" before a letter or another
 * "?", or after a letter inside the text ("??ng", "ngh?n", "???"; a question's "nào?" at the end is none).
 */
const LOST_LETTER = latinLetters(/\ufffd|\?(?=[\p{L}?])|(?<=\p{L})\?(?!$)/u);

/** Reads a unit written alone ("nghìn đồng", "1.000 đ", "Tr.đồng", "VND", "x1000", "in VND million"); null if the text is not one. */
export function parseMoneyUnit(text: string): MoneyUnit | null {
  // A unit word that lost a letter is none: "??ng" of "đồng" would fold to "ng" (nghìn).
  if (LOST_LETTER.test(text)) return null;
  const folded = withoutEnglishFillers(foldUnit(text));
  for (const [re, unit] of PATTERNS) if (re.test(folded)) return unit;
  const times = TIMES.exec(folded);
  return (times && TIMES_UNIT[times[1]!.replace(/ /g, '')]) ?? null;
}

/**
 * The unit a number format's literal writes beside a money cell (`#,##0 "nghìn đồng"` shows
 * "9.565.824 nghìn đồng"): read as a header's "(nghìn đồng)" is, "₫" as "đ". A literal of no
 * letter or currency sign (" ", "-") says nothing (null), nor a label before the figure that
 * names no money (`before`: `"Năm "0`); any other text thads cannot read as a unit ("USD",
 * "người" after the figure), and digits after it ("000"), is 'unreadable'.
 */
export function parseFormatUnit(literal: string, before = false): MoneyUnit | 'unreadable' | null {
  const text = literal.normalize('NFC').trim();
  // Digits written after the figure are figures of its own: `#,##0".000"` shows 9.565.824 stored
  // in nghìn as "9.565.824.000", what đồng look like — not the stored number, nor any unit.
  if (!before && /\d/.test(text)) return 'unreadable';
  if (!latinLetters(/[\p{L}\p{Sc}]/u).test(text)) return null;
  const unit = parseMoneyUnit(text);
  if (unit) return unit;
  return before && !mentionsMoney(text) ? null : 'unreadable';
}

/**
 * Text that names money but is no unit we read ("USD", "nghìn USD", "10.000 đ", "x100", "Đv:
 * 1.000"): an error, never đồng.
 */
export function mentionsMoney(text: string, digitsToo = false): boolean {
  const folded = foldUnit(text).replace(SHARE_WORDS, ' ');
  return MONEY_WORDS.test(folded) || gluedMoney(text) || /^x ?\d/.test(folded) || parseUnitLine(text)?.kind === 'unreadable' || (digitsToo && /\d/.test(folded));
}

/** What a unit line says about money. */
export type UnitLine = { readonly kind: 'money'; readonly unit: MoneyUnit; readonly paired?: true } | { readonly kind: 'unreadable'; readonly text: string } | null;

const CASE_UNITS = /^(viec|vu viec|so viec|cases?|case count|quyet dinh)$/;

/**
 * Lower case without diacritics, one character for one, so an offset found in it holds in the
 * text: "Đơn vị tính:" → "don vi tinh:", "Đ.v.t:" → "d.v.t:" (foldHeader also drops punctuation).
 */
function foldInPlace(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch === 'đ' || ch === 'Đ' ? 'd' : ch.length === 1 ? ch.normalize('NFD')[0]! : ch;
    const lower = base.toLowerCase();
    out += lower.length === base.length ? lower : base;
  }
  return out;
}

// Labels, on folded text, as offices write them with or without diacritics. Four kinds:
//   unit:  only ever name a unit — "Đơn vị tính", "ĐVT", "Đ.v.t", "ĐV tính", "Đơn vị tiền",
//          "Tính bằng", "Unit of measure"
//   bare:  a unit label without its colon — "Tính bằng nghìn đồng", "Số liệu tính bằng nghìn
//          đồng", "Đơn vị tính nghìn đồng", "(Số tiền tính theo đơn vị nghìn đồng)", "Số tiền tính
//          bằng đơn vị nghìn đồng", "Đơn vị nghìn đồng" (also words of a title: "… TÍNH BẰNG VIỆC
//          VÀ TIỀN", "Đơn vị báo cáo: Cục THADS"; "tính theo năm" is no money: its value is read strict),
//          English "Unit thousand VND", "Unit VND million" ("Unit 1", "Unit of enforcement: …" read strict: none)
//   money: the value is money's — "Tiền", "Số tiền" ("(Số tiền: 1.000 đồng)", "Việc - Tiền: 1.000 đồng"),
//          "Money", "Amounts", "Figures" ("Money: VND million")
//   loose: also name the reporting office — "Đơn vị: Cục THADS tỉnh Nam Định", "Unit: …", and
//          "Đv"/"ĐV", "Đơn vị" cut short ("Đv: 1.000đ")
const UNIT_LABEL = String.raw`don\s*vi\s*tinh(?:\s+(?:bang|tien|ve\s+tien))?|don\s*vi\s*tien(?:\s*te)?|d\s*[./]?\s*v\s*[./]?\s*tinh|d\s*\.?\s*v\s*\.?\s*t\.?|tinh\s+bang|unit\s+of\s+(?:measure|money)|currency`;
const BARE_LABEL = String.raw`don\s+vi\s+tinh(?:\s+(?:bang|tien|ve\s+tien))?|dvt|tinh\s+bang(?:\s+don\s+vi)?|(?:tinh\s+)?theo\s+don\s+vi(?!\s+tinh\s*[:：])(?:\s+tinh)?|tinh\s+theo(?!\s+don\s+vi)|don\s+vi|units?`;
const MONEY_LABEL = String.raw`(?:so\s+)?tien|money|amounts?|figures?`;
const LOOSE_LABEL = String.raw`don\s*vi|d\s*\.?\s*v\.?|units?`;
// A colon, or a bare label before its value: "VỀ TIỀN - NĂM 2019" in a title is no unit line.
// Money's label needs no colon before a multiplier: "Số tiền x 1.000đ", "(Số tiền × 1.000 đồng)",
// "cột tiền x 1.000 đồng", "Tiền tính x1000 đồng", "Số tiền nhân 1.000 đồng", "Amounts x 1,000
// VND" state the unit as "Số tiền: x 1.000đ" does (traps25 1: read as no unit, money in đồng
// 1000× too small, exit 0).
const TIMES_AFTER = String.raw`(?:\s+tinh)?\s*(?:nhan\s+(?=\d)|(?=[x×*]\s*\d))`;
const LABEL = new RegExp(String.raw`(^|[^a-z0-9])(?:(?:(${UNIT_LABEL})|(${MONEY_LABEL})|(${LOOSE_LABEL}))\s*[:：]\s*|(${BARE_LABEL})\s+(?=[^\s:：])|(${MONEY_LABEL})${TIMES_AFTER})`, 'g');
const KINDS = ['unit', 'money', 'loose', 'bare', 'money'] as const;

// A letter a code page lacks is saved as "?" (TCVN3's "Þ" of "§¬n vÞ tÝnh" in an Excel "CSV (Comma
// delimited)" on Vietnamese Windows, windows-1258: "Đơn v? tính"), a byte undecodable reads as
// U+FFFD. A label with such a letter is still its label: its line is read, or refused where its
// unit words are lost too — never dropped, which read money as đồng (1000× too small).
const REPLACED = /[?\ufffd]/u;
/** A pattern's source with each of its letters matching a replaced one too ("v[i?\ufffd]"); classes, escapes, groups kept. */
function replaceable(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const kept = c === '\\' ? source.slice(i, i + 2) : c === '[' ? source.slice(i, source.indexOf(']', i) + 1) : c === '(' ? /^\((?:\?(?:[:=!]|<[=!]))?/.exec(source.slice(i))![0] : null;
    if (kept !== null) (out += kept), (i += kept.length - 1);
    else out += /[a-z]/.test(c) ? `[${c}?\\ufffd]` : c;
  }
  return out;
}
const LABEL_REPLACED = new RegExp(replaceable(LABEL.source), 'g');
/** A label read with replaced letters keeps more letters than it lost, and one in each word ("d?" of "Mục d?:" is none). */
function legibleLabel(label: string): boolean {
  const lost = label.match(/[?\ufffd]/gu)?.length ?? 0;
  const kept = label.match(/[a-z]/g)?.length ?? 0;
  return lost < kept && label.split(/[\s./]+/).every((word) => word === '' || /[a-z]/.test(word));
}
/** The label taken when a cell has several ("Đơn vị: Cục THADS tỉnh X; Đơn vị tính: nghìn đồng"). */
const PREFERENCE = ['unit', 'bare', 'money', 'loose'] as const;
/** A cell holding a unit label alone, its value in the next cell: "Đơn vị tính:" | "nghìn đồng". */
const UNIT_LABEL_ALONE = new RegExp(String.raw`^\s*(?:${UNIT_LABEL})\s*[:：]?\s*$`);

interface Labelled {
  readonly kind: (typeof KINDS)[number];
  /** what follows the label, to the end of the cell: "Việc (về việc), nghìn đồng (về tiền)" */
  readonly value: string;
  /** label and value as written, for messages */
  readonly text: string;
  /** the cell's text before the label: "Biểu số 07 ", "Đồng (Biểu mẫu quy định " */
  readonly before: string;
}

function labelled(cell: string): Labelled | null {
  const folded = foldInPlace(cell);
  const found = [...folded.matchAll(REPLACED.test(folded) ? LABEL_REPLACED : LABEL)]
    .filter((m) => legibleLabel(m.slice(2).find((g) => g !== undefined)!) && !negatedLabel(cell, m.index + m[0].length))
    .map((m) => ({ m, kind: KINDS[[2, 3, 4, 5, 6].findIndex((g) => m[g] !== undefined)]! }));
  const best = PREFERENCE.map((k) => found.find((f) => f.kind === k)).find((f) => f !== undefined);
  if (!best) return null;
  const { m, kind } = best;
  const from = m.index + m[1]!.length;
  const valueFrom = m.index + m[0].length;
  // "(Đơn vị tính: 1.000 đồng)": the parenthesis closing the line is not the value's.
  let value = cell.slice(valueFrom).trimEnd();
  if (/[)\]]$/.test(value) && count(value, /[)\]]/g) > count(value, /[([]/g)) value = value.slice(0, -1);
  return { kind, value, text: cell.slice(from, valueFrom + value.length).trim(), before: cell.slice(0, from) };
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** Words of a money amount or currency ("10.000 đồng", "nghìn USD", "đô la"), nothing else. */
const MONEY_OR_NUMBER = /^(\d+|dong|d|vnd|usd|eur|do|la|my|ty|ti|trieu|tr|nghin|ngan|ngd|trd|tien|money|currency|k|bn|millions?|billions?|thousands?|tram|chuc|hundreds?)$/;
/** Scales no unit of thads is counted in ("trăm đồng", "chục nghìn", "VND hundreds"): money, never đồng. */
const UNREAD_SCALE = /(^| )(tram|chuc|hundreds?)( |$)/;
/** A multiplier without its currency ("1.000", "1000", "10 000"): money, not a year or a date ("2019", "15/01"). */
const MULTIPLIER = /^\d+( ?000)+$/;
/** Parts of a value that name a measure, not a unit: "Việc", "về tiền", "Số tiền", "vụ việc"; and "đơn vị" before the unit ("Tiền: đơn vị nghìn đồng"). */
const MEASURE_PREFIX = /^((ve|doi voi|cho) )?((so )?(tien|money)( |$))?(don vi( |$))?/;
// The parts of a value: "Việc (về việc), nghìn đồng (về tiền)", "đồng/nghìn đồng", "Tiền: nghìn
// đồng; Việc: việc", "Việc - Tiền: 1.000 đồng", "việc và tiền"; also the space or line break
// (a wrapped cell) before money's label ("Việc⏎Tiền: nghìn đồng", "Việc   Tiền: 1.000 đồng"), and
// the line break after the unit of cases ("Việc⏎nghìn đồng").
const PART_SEPARATOR = /[;,/|()[\]]|\s[-–]\s|\s(?:và|va|and|&)\s|\s+(?=(?:(?:về|ve|số|so)\s+)?(?:tiền|tien)\s*[:：])|(?<=^\s*(?:vụ\s+)?(?:việc|viec))[^\S\r\n]*[\r\n]\s*/iu;
/** "Việc: việc", "Cases - 1": a part that names the unit of cases, whatever it says. */
const CASES_PART = /^\s*(về\s+)?(việc|viec|cases?)\s*(:|-|–)\s*\S.*$/iu;

/**
 * A clause naming its measure and the measure's unit, as the label's value may hold a second one
 * ("(Số việc tính theo đơn vị việc, số tiền tính theo đơn vị nghìn đồng)"): folded, the measure in
 * group 1 (cases) or 2 (money), the unit in 3.
 */
const CLAUSE = /^(?:(?:ve|doi voi|cho) )?(?:((?:so )?(?:viec|vu viec))|((?:so )?(?:tien|gia tri))) (?:tinh )?(theo don vi(?: tinh)?|theo|bang) (.+)$/;

type Part = { readonly unit: MoneyUnit } | 'measure' | 'money' | 'other';

function readPart(part: string, strict: boolean): Part {
  if (CASES_PART.test(part)) return 'measure';
  const clause = CLAUSE.exec(foldHeader(part));
  if (clause?.[1]) return 'measure';
  // The money clause's value is money's unit, whatever it says: one thads cannot read is refused.
  // (Folding drops a lost letter's "?": the part's own text says whether a unit word lost one.)
  const lost = LOST_LETTER.test(part);
  if (clause) {
    // "… TÍNH BẰNG TIỀN THEO CHẤP HÀNH VIÊN" (TT 05/2024's money form by enforcer, by office):
    // "theo" before words naming no money says what the money is split by, not its unit.
    if (clause[3] === 'theo' && !lost && !namesMoneyWords(part, foldUnit(clause[4]!)) && !part.includes('₫')) return 'measure';
    const unit = lost ? null : parseMoneyUnit(clause[4]!);
    return unit ? { unit } : 'money';
  }
  const folded = foldUnit(part).replace(MEASURE_PREFIX, '');
  const unit = lost ? null : (parseMoneyUnit(part) ?? parseMoneyUnit(folded));
  if (unit) return { unit };
  // "tỷ lệ" (rate) is no "tỷ" (billion): "Đơn vị tính: nghìn đồng; tỷ lệ: %".
  if (folded === '' || CASE_UNITS.test(folded) || namesShare(part)) return 'measure';
  // A unit label's value only has to mention money; after "Đơn vị:" (also the reporting office:
  // "Chi cục Đông Anh"), "Tiền:" or a label without its colon it must be money and numbers only
  // ("USD", "10.000 đồng").
  const words = folded.split(' ');
  const money = strict ? MULTIPLIER.test(folded) || /^x ?10/.test(folded) || gluedMoney(part) || (words.every((w) => MONEY_OR_NUMBER.test(w)) && words.some((w) => !/^\d+$/.test(w))) : namesMoneyWords(part, folded);
  return money ? 'money' : 'other';
}

/** A part (`folded`: its folded words) that mentions money: a multiplier, a glued unit ("1000đ"), a money or scale word. */
function namesMoneyWords(part: string, folded: string): boolean {
  return MULTIPLIER.test(folded) || gluedMoney(part) || MONEY_WORDS.test(folded) || UNREAD_SCALE.test(folded);
}

// A note on foreign currency beside the unit: "(số tiền quy đổi từ USD theo tỷ giá ngày 30/9/2025)",
// "ngoại tệ USD đã quy đổi ra đồng", "(không bao gồm số tiền ngoại tệ)". It converts or leaves out
// amounts and states no unit; "ngoại tệ" alone ("(gồm cả ngoại tệ)") converts nothing and is no note.
// So does an exception after the unit: "(không kể tiền lãi)", "Chưa bao gồm án phí", "Excludes interest".
const NOTE_WORDS = /(^| )(quy doi|t[yi] gia|(khong|chua) (bao gom|gom|ke|tinh)|ngoai tru|excludes?|excluding|not including|exclusive of|do(es)? not include)( |$)/;
/** A clause that states a unit is no note: "(ngoại tệ tính theo đơn vị USD)", "ngoại tệ: USD". */
const STATES_UNIT = /(^| )(theo don vi|tinh bang|don vi tinh|dvt)( |$)/;
/** A scaled unit in a note ("quy đổi ra triệu đồng") would be a second unit: no note. "tỷ giá", "ra đồng" are none. */
const SCALED_UNIT = /(^| )(nghin|ngan|trieu|t[yi]|tr|1 ?000( ?000)*) ?(dong|d|vnd)( |$)|(^| )(ngd|trd)( |$)/;

function isNote(text: string): boolean {
  const folded = foldUnit(text);
  return !/[:：]/.test(text) && NOTE_WORDS.test(folded) && !STATES_UNIT.test(folded) && !SCALED_UNIT.test(folded);
}

// A note on rounding or conversion beside the unit, or on amounts: "(đã làm tròn đến nghìn đồng)",
// "Số liệu tiền đã quy đổi từ đồng sang nghìn đồng", "(số lẻ từ 500 đồng trở lên làm tròn thành
// 1.000 đồng)", "Không kể các khoản thu dưới 1.000 đồng", "(rounded to the nearest thousand VND)".
// Its money is the unit it rounds or converts to (its target), the unit converted from, or an
// amount: no statement of a unit but the target, which must be the line's own. A target under a
// negation ("chưa quy đổi ra nghìn đồng") or another unit ("Đơn vị tính: đồng (quy đổi sang nghìn
// đồng)") is a second unit: refused, as is money named any other way ("Riêng án phí: đồng").
const ROUNDING = /(^| )(lam tron|tinh tron|quy doi|doi (ra|sang)|chuyen (doi|sang|thanh)|round|rounded|converted?)( |$)/;
/** Words before a target ("làm tròn đến", "quy đổi sang", "chuyển thành", "rounded to"), and filler after them ("đến hàng nghìn", "to the nearest"). */
const TARGET_WORDS = /^(den|toi|sang|ra|thanh|to|into)$/;
const TARGET_FILLER = /^(hang|the|nearest)$/;
/** Words before the unit converted from: "quy đổi từ đồng", "converted from VND". */
const SOURCE_WORDS = /^(tu|from)$/;
/** Words before an amount: "dưới 1.000 đồng", "từ 500 đồng", "thành 1.000 đồng", "under VND 1,000". */
const AMOUNT_WORDS = /^(duoi|tren|tu|qua|hon|thanh|khoang|under|below|over|above|than|from)$/;
/** The money words an amount's number is followed by ("500 đồng", "1 triệu đồng"). */
const AMOUNT_MONEY = new RegExp(`^(${SCALES}|dong|d|vnd|ngd|trd|tram|chuc)$`);
/** Words of money naming no unit: the measure ("Số liệu tiền"). */
const MEASURE_WORD = /^(tien|money)$/;

/**
 * The units a rounding, conversion or amounts note names as its target ("đã làm tròn đến nghìn
 * đồng" → thousand; "dưới 1.000 đồng", "từ đồng" → none); null if the text is no such note: it
 * names no money, or states a unit, or names money otherwise.
 */
function remarkTargets(text: string): MoneyUnit[] | null {
  if (/[:：]/.test(text)) return null;
  const folded = foldUnit(text).replace(SHARE_WORDS, ' ');
  if (STATES_UNIT.test(folded)) return null;
  const words = folded.split(' ').filter((w) => w !== '');
  const converts = ROUNDING.test(folded);
  const targets: MoneyUnit[] = [];
  let named = false;
  for (let i = 0; i < words.length; ) {
    const w = words[i]!;
    if (/^\d+$/.test(w)) {
      // a number and the money after it: an amount ("500 đồng"), or a unit as forms spell it ("1.000 đồng") after a target word
      let end = i;
      while (end < words.length && /^\d+$/.test(words[end]!)) end++;
      const numbersEnd = end;
      while (end < words.length && end - numbersEnd < 3 && AMOUNT_MONEY.test(words[end]!)) end++;
      if (end > numbersEnd) {
        const unit = parseMoneyUnit(words.slice(i, end).join(' '));
        const before = words[i - 1] ?? '';
        if (unit && !AMOUNT_WORDS.test(before)) {
          if (!targetAt(words, i, converts)) return null;
          targets.push(unit);
        }
        named = true;
      }
      i = end;
      continue;
    }
    if (MEASURE_WORD.test(w) || !MONEY_WORDS.test(w)) {
      i++;
      continue;
    }
    // a unit written out ("nghìn đồng", "đồng"): the target, or the unit converted from
    let n = Math.min(PHRASE_WORDS, words.length - i);
    while (n > 0 && parseMoneyUnit(words.slice(i, i + n).join(' ')) === null) n--;
    const source = converts && SOURCE_WORDS.test(words[i - 1] ?? '');
    // converted from, any currency may be ("quy đổi từ USD sang nghìn đồng")
    if (n === 0 && !source) return null;
    if (n > 0 && targetAt(words, i, converts)) targets.push(parseMoneyUnit(words.slice(i, i + n).join(' '))!);
    else if (!source) return null;
    named = true;
    i += Math.max(n, 1);
  }
  return named ? targets : null;
}

/** Word `i` is the target of the note's rounding or conversion ("đến [hàng] nghìn đồng"), under no negation in the note before it. */
function targetAt(words: readonly string[], i: number, converts: boolean): boolean {
  let j = i - 1;
  while (j >= 0 && TARGET_FILLER.test(words[j]!)) j--;
  return converts && j >= 0 && TARGET_WORDS.test(words[j]!) && !words.slice(0, i).some((w) => NEGATION.test(w));
}

/** Each part read; two units, or money thads cannot read beside one, unreadable. */
function readParts(parts: readonly string[], l: Labelled): UnitLine {
  const read = parts.map((p) => readPart(p, l.kind !== 'unit'));
  const units = new Set(read.flatMap((p) => (typeof p === 'object' ? [p.unit] : [])));
  if (units.size > 1 || (units.size > 0 && read.includes('money'))) return { kind: 'unreadable', text: l.text };
  if (units.size === 1) return { kind: 'money', unit: [...units][0]! };
  return read.includes('money') ? { kind: 'unreadable', text: l.text } : null;
}

/**
 * What a label's value says about money. Each part is read: one money unit, named once or more,
 * is the line's ("Đơn vị tính: Việc (về việc), nghìn đồng (về tiền)"). Two units ("đồng/nghìn
 * đồng") or money thads cannot read beside it ("Đơn vị tính: việc; USD") is unreadable: refused,
 * never one picked nor đồng taken. A note on foreign currency is set aside only when the rest
 * names one unit thads reads ("Đơn vị tính: nghìn đồng (quy đổi từ USD)"); alone ("Đơn vị tính:
 * quy đổi từ USD") it is read as any part, and money without a unit refused.
 */
function readLabelled(l: Labelled): UnitLine {
  const whole = l.value.trim().replace(/[.;,]\s*$/, '');
  // "1, 000 đồng": a comma CSV cut "1,000 đồng" in two cells.
  const unit = parseMoneyUnit(whole);
  if (unit) return { kind: 'money', unit };
  // A bracketed note goes whole, so its "30/9/2025" or "," splits no part out of it; a sentence
  // after the unit is a part of its own ("nghìn đồng. Không bao gồm tiền ủy thác").
  // A rounding or conversion note is set aside too, its targets kept: each must be the unit read.
  const targets: MoneyUnit[] = [];
  const setAside = (text: string): boolean => {
    if (isNote(text)) return true;
    const named = remarkTargets(text);
    if (named) targets.push(...named);
    return named !== null;
  };
  const rest = sentences(whole.replace(BRACKETED, (group, inner: string) => (setAside(inner) ? ';' : group)))
    .flatMap((s) => s.split(PART_SEPARATOR))
    .filter((p) => !setAside(p));
  const withoutNotes = readParts(rest, l);
  if (withoutNotes?.kind === 'money' && targets.some((u) => u !== withoutNotes.unit)) return { kind: 'unreadable', text: l.text };
  const read = withoutNotes?.kind === 'money' ? withoutNotes : readParts(whole.split(PART_SEPARATOR), l);
  // A unit's label whose value lost a letter and reads as no unit ("Đơn v? tính: ??ng"): the unit words are lost, refused.
  return read ?? ((l.kind === 'unit' || l.kind === 'money') && LOST_LETTER.test(whole) ? { kind: 'unreadable', text: l.text } : null);
}

/** "Money in VND thousand" (folded), the unit in 1; "Cases" beside it. */
const MONEY_IN = /^(?:money|amounts?) in (.+)$/;
const CASES_ALONE = /^(?:number of )?cases?$/;

/**
 * The English translation of the forms' "(Tiền tính bằng nghìn đồng)", "(Đơn vị tính: việc; nghìn
 * đồng)": "Money in VND thousand", "Cases; money in VND thousand" — money's unit, cases beside it
 * or nothing; null otherwise ("expressed in VND million", "in VND million, rounded" stay refused).
 */
function moneyInUnit(text: string): MoneyUnit | null {
  const parts = text.split(/[;,]/).map((p) => foldHeader(p)).filter((p) => p !== '');
  const money = parts.flatMap((p) => {
    const m = MONEY_IN.exec(p);
    return m ? [parseMoneyUnit(m[1]!)] : [];
  });
  const others = parts.filter((p) => !MONEY_IN.test(p));
  return money.length === 1 && others.every((p) => CASES_ALONE.test(p)) ? money[0]! : null;
}

/**
 * A unit line in one cell: "Đơn vị tính: nghìn đồng", "(Đơn vị tính: 1.000 đồng)", "DVT: nghin
 * dong", "Đ.v.t: 1.000 đ", "(Số tiền: 1.000 đồng)", "Đơn vị: ngàn đồng", "Unit: thousand VND".
 * Lines like "Đơn vị tính: việc; nghìn đồng" name units per measure: the money one is taken.
 * "Đơn vị: Cục THADS tỉnh X" (the reporting office) says nothing about money and is not a unit
 * line; "Đơn vị tính: USD" is unreadable. The label may stand anywhere in the cell ("Biểu số 07
 * … Đơn vị tính: nghìn đồng").
 */
export function parseUnitLine(cell: string): UnitLine {
  const text = cell.normalize('NFC');
  const l = labelled(text);
  if (l) return readLabelled(l);
  // Without a label: a cell that is only a money unit in parentheses ("(nghìn đồng)", "(in VND
  // million)"), or an English one led by "in" ("Amounts in VND million", "In million dong").
  const bracketed = /^\s*[([]\s*([^()[\]]+?)\s*[)\]]\s*$/.exec(text)?.[1];
  const alone = bracketed ?? (ENGLISH_IN.test(foldHeader(text)) ? text : undefined);
  if (alone === undefined) return null;
  const unit = parseMoneyUnit(alone);
  if (unit) return { kind: 'money', unit };
  const measured = moneyInUnit(alone);
  if (measured) return { kind: 'money', unit: measured };
  // "(Việc - triệu đồng)": the units of both measures, money's read ("Đơn vị tính: Việc - triệu đồng" is)
  const paired = casesAndMoneyUnit(alone);
  if (paired) return { kind: 'money', unit: paired, paired: true };
  // "(expressed in VND million)": a scale thads did not read, refused rather than đồng.
  return namesScaledMoney(alone) && !amountsOnly(alone) ? { kind: 'unreadable', text: alone.trim() } : null;
}

/**
 * A unit typed in a notes cell ("Ghi chú") of an office row: "ĐVT tiền: nghìn đồng", "Đơn vị
 * tính: nghìn đồng", "(nghìn đồng)" — a unit line as parseUnitLine reads one, so "Đồng Hới",
 * "Hợp đồng", "Đã xác minh" are none. An amount ("Tiền: 5 triệu đồng") states no unit.
 */
export function noteCellUnit(cell: string): UnitLine {
  const line = hasLetter(cell) ? parseUnitLine(cell) : null;
  return line?.kind === 'unreadable' && amountsOnly(cell) ? null : line;
}

/**
 * The unit line of a row, and its 1-based column. Its value may sit in the next non-empty cell:
 * Excel writes the label and the value in two cells ("Đơn vị tính:" | "nghìn đồng"), and an
 * unquoted "Đơn vị tính: Việc, 1.000 đồng" in a comma CSV arrives as "Đơn vị tính: Việc" | " 1.000
 * đồng". `labelAlone`: a cell that is only "ĐVT" (no colon) takes the next cell too — not in a
 * header row, where it is a column's name.
 */
export function findUnitLine(cells: readonly string[], labelAlone: boolean): { readonly line: NonNullable<UnitLine>; readonly column: number; readonly text: string } | null {
  // A row whose one cell is a money unit and nothing else ("VND million", "Nghìn đồng" above the
  // header): its unit line, though unlabelled (read as đồng, money was 10^3–10^9 too small).
  const filled = cells.flatMap((c, i) => (c.trim() === '' ? [] : [i]));
  const only = filled.length === 1 ? parseMoneyUnit(cells[filled[0]!]!) : null;
  if (only) return { line: { kind: 'money', unit: only }, column: filled[0]! + 1, text: cells[filled[0]!]!.trim() };
  // (the next filled cell by its index in `filled`: a slice of the rest per cell was quadratic, a 40,000-cell header minutes)
  for (let f = 0; f < filled.length; f++) {
    const i = filled[f]!;
    const cell = cells[i]!.normalize('NFC');
    const own = parseUnitLine(cell);
    const after = filled[f + 1];
    const next = after === undefined ? undefined : cells[after]!.normalize('NFC');
    const l = next === undefined ? null : (labelled(cell) ?? (labelAlone && UNIT_LABEL_ALONE.test(foldInPlace(cell)) ? labelled(`${cell.replace(/[:：\s]+$/, '')}: `) : null));
    let line = own;
    let text = cell.trim();
    if (l && next !== undefined) {
      // "Đơn vị tính: Việc" | "Đơn vị tính: 1.000 đồng", one over each block of two forms set side
      // by side: read as one line, the second label set aside ("Việc, 1.000 đồng").
      // Not after money of its own: "Đồng (Biểu mẫu quy định tính bằng nghìn đồng)" states đồng and
      // its bracket another unit — two units, refused, never the bracket's read.
      // A group's measure before it is no money of its own: "Về việc - Đơn vị tính: việc" | "Về
      // tiền - Đơn vị tính: 1.000 đồng" (or "Về tiền (Đơn vị tính: …)") reads "việc, 1.000 đồng".
      const nextLabel = labelled(next);
      const nextValue = nextLabel && !MONEY_WORDS.test(foldUnit(nextLabel.before).replace(MEASURE_PREFIX, '')) ? nextLabel.value : next;
      const joinedText = `${l.text}${l.value.trim() === '' ? '' : ','} ${next.trim()}`;
      const joined = readLabelled({ ...l, value: `${l.value}, ${nextValue}`, text: joinedText });
      // A value of its own is replaced only by a money unit, or by money the next cell names
      // ("Đơn vị tính: việc" | "USD"), not by a date or a name beside it. A unit read is
      // replaced only when the next cell is a unit too and changes it: two units ("Đơn vị
      // tính: đồng" | "nghìn đồng") refused, a scale after its currency ("Unit: VND" |
      // "million", an unquoted "Unit: VND, million") read with it.
      const changes = joined?.kind === 'unreadable' || (joined?.kind === 'money' && own?.kind === 'money' && joined.unit !== own.unit);
      const replace = own?.kind === 'money' ? changes && parseMoneyUnit(nextValue) !== null : l.value.trim() === '' || joined?.kind === 'money' || (joined && mentionsMoney(nextValue));
      if (replace) (line = joined), (text = joinedText);
    }
    if (line) return { line, column: i + 1, text };
  }
  return null;
}

// A money unit inside other words of a line above the header states the table's unit as an
// "Đơn vị tính" line does: "Expressed in VND million", "Số tiền tính bằng nghìn đồng",
// "Amounts" | "VND million". Only a scaled unit that names its currency ("VND million", "nghìn
// đồng", "1.000 đ") counts: "tỷ" of "Công ty", a lone "Tr"/"Ng" or "Hội đồng" state nothing, and
// đồng is what no unit means anyway. Up to five words make a unit ("1 000 000 vnd dong").
const PHRASE_WORDS = 5;

const NUMBER_WORD = /^\d[\d.,]*$/;

/** Word `i` is a scale word counted by the number before it ("1 triệu", "5 tỷ"): an amount, no unit. */
function countedScale(words: readonly string[], i: number): boolean {
  return SCALE_ALONE.test(words[i] ?? '') && NUMBER_WORD.test(words[i - 1] ?? '');
}

/**
 * A unit written in figures, as a multiplier or glued to its currency ("1000đ", "x1000", "x1.000"):
 * read as such, a digit can be no initial nor a word of a name ("Công ty", "Tr").
 */
function writtenInFigures(phrase: readonly string[]): boolean {
  return /^x?\d/.test(phrase[0]!);
}

/** Every scale word of the text counts an amount ("(… dưới 1 triệu đồng)"): a note, no unit. */
function amountsOnly(text: string): boolean {
  const words = foldUnit(text).split(' ').filter((w) => w !== '');
  const scales = words.flatMap((w, i) => (SCALE_ALONE.test(w) ? [i] : []));
  return scales.length > 0 && scales.every((i) => countedScale(words, i));
}

// A unit is stated where it is introduced: at the start of the cell or of a part after ":" or
// "(" ("Tiền: triệu đồng", "Việc và tiền (triệu đồng)"), or after "in", "bằng", "theo", "là"
// ("Expressed in VND million", "tính bằng nghìn đồng"). Anywhere else scaled money is an amount
// of a note ("các việc trên một tỷ đồng", "hàng trăm triệu đồng", "under one million VND").
const INTRODUCERS = new Set(['in', 'bang', 'theo', 'la']);
/** Word `i` follows an introducer: one of INTRODUCERS, or a conversion's or a division's (conversionAt). */
function introducedAt(words: readonly string[], i: number): boolean {
  return INTRODUCERS.has(words[i - 1]!) || conversionAt(words, i) !== null;
}

// A conversion states its target as the unit: "Số liệu tiền quy đổi ra/sang/về/thành nghìn đồng",
// "Số tiền tính ra nghìn đồng", "chuyển sang triệu đồng", "quy đổi từ đồng sang nghìn đồng" (the
// unit converted from is none), "converted into VND thousand"; so does a division, "Số tiền đã
// chia 1000", "đã được chia cho 1.000" (traps25 2: read as no unit, money 1000× too small, exit 0).
const CONVERTS = /^(doi|chuyen|converted)$/;
const CONVERTS_TO = /^(ra|sang|ve|thanh|to|into)$/;
const DIVIDES = /^(chia|divided)$/;
const DIVIDES_BY = /^(cho|by)$/;
const FROM_CURRENCY = /^(dong|d|vnd|usd|eur)$/;

/**
 * Word `i` is the target of a conversion ("quy đổi [từ đồng] sang nghìn đồng", "tính ra") or the
 * divisor of a division ("chia [cho] 1000"): the index of its verb ("doi", "tinh", "chia"), whose
 * negation ("chưa quy đổi từ đồng sang …") negates the unit; null otherwise.
 */
function conversionAt(words: readonly string[], i: number): number | null {
  let j = i - 1;
  if (DIVIDES_BY.test(words[j] ?? '') && DIVIDES.test(words[j - 1] ?? '')) j--;
  // a divisor ends its part, its currency after it at most: "chia cho 2 người" divides no unit
  if (DIVIDES.test(words[j] ?? '')) return /^\d/.test(words[i] ?? '') && words.slice(i).every((w) => /^\d+$/.test(w) || FROM_CURRENCY.test(w)) ? j : null;
  if (!CONVERTS_TO.test(words[j] ?? '')) return null;
  // "từ đồng sang", "from VND to": the unit converted from, skipped back to its verb
  if (FROM_CURRENCY.test(words[j - 1] ?? '') && /^(tu|from)$/.test(words[j - 2] ?? '')) j -= 2;
  const verb = words[j - 1] ?? '';
  return CONVERTS.test(verb) || (verb === 'tinh' && words[j] === 'ra') ? j - 1 : null;
}
const PART = /([:([\]);,])/;
// In a bracket a unit list is also joined by a dash, "và", "+", "&", "|": "(Việc - nghìn đồng)",
// "(việc và nghìn đồng)" list their units as "(Việc, nghìn đồng)" does (read as đồng, 10^3 too
// small). Only when every piece is a list item (cases words or unit words): "(Việc và tiền tính
// bằng nghìn)" or "(2019 - 2020)" stay one part.
const LIST_JOINER = /\s+(?:[-–—]|và)\s+|\s*[+&|]\s*/iu;

/** A bracketed part split at LIST_JOINER into its list items, or the part whole if any piece is no item. */
function listItems(part: string): string[] {
  const pieces = part.split(LIST_JOINER);
  if (pieces.length < 2) return [part];
  const item = (piece: string): boolean => {
    const words = foldUnit(piece).split(' ').filter((w) => w !== '');
    return words.length > 0 && (listedUnit(words) !== undefined || words.every((w) => CASES_WORD.test(w)));
  };
  return pieces.every(item) ? pieces.flatMap((piece, i) => (i === 0 ? [piece] : [',', piece])) : [part];
}

/**
 * A bracket's pair of units, one per measure: "Việc - triệu đồng", "việc và nghìn đồng", "Việc;
 * tỷ đồng", "việc, đồng" (the items listItems reads in a title's bracket, or parts joined by ","
 * or ";"): the money unit, cases counted in việc. Null unless every item is the unit of cases or
 * one money unit thads reads: "triệu đồng" alone, "Việc - Tiền", "Việc - USD", "Việc - nghìn
 * đồng; USD" are no pair. It says no measure: a header cell "Có điều kiện (Việc - triệu đồng)"
 * may count either (headers.ts, layout.ts take the unit for a column of money only).
 */
export function casesAndMoneyUnit(text: string): MoneyUnit | null {
  const items = text
    .split(/[;,]/)
    .flatMap((part) => listItems(part))
    .map((item) => foldUnit(item).split(' ').filter((w) => w !== ''))
    .filter((words) => words.length > 0 && !(words.length === 1 && words[0] === ','));
  const cases = items.filter((words) => words.every((w) => CASES_WORD.test(w)));
  const units = items.filter((words) => !words.every((w) => CASES_WORD.test(w))).map((words) => listedUnit(words));
  return cases.length > 0 && units.length === 1 && units[0] ? units[0] : null;
}

// A sentence ends at a full stop before a space and a letter ("nghìn đồng. Không bao gồm tiền ủy
// thác", "VND thousand. Excludes interest"); not after a scale cut short ("Tr. đồng", "ng. đ"),
// nor in a number ("1.000 đồng").
const FULL_STOP = latinLetters(/(?<=\p{L})\.\s+(?=\p{L})/gu);

/** The sentences of a text, as written (one, the text, if it has no full stop). */
function sentences(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(FULL_STOP)) {
    // the word before the stop, read back to its start: linear, where a look-behind of \p{L}+
    // re-read a long run of letters at every position (a 50 KB cell took seconds)
    let start = m.index;
    while (start > from && hasLetter(text[start - 1]!)) start--;
    if (SCALE_ALONE.test(foldHeader(text.slice(start, m.index)))) continue;
    out.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

// A unit under a negation is no statement of the unit: "Số liệu tiền chưa quy đổi ra nghìn đồng",
// "không tính bằng nghìn đồng", "không phải đơn vị nghìn đồng", "chưa được quy đổi sang đơn vị
// nghìn đồng", "Note: figures are not expressed in thousands" (money read 10^3–10^6 too large).
// The negation reaches the unit across words of stating only, so "Số tiền chưa thi hành tính bằng
// nghìn đồng" (a measure negated) still states nghìn; "mà"/"but" end its reach ("không tính bằng
// nghìn đồng mà tính bằng triệu đồng" states triệu).
const NEGATION = /^(chua|khong|not|never)$/;
const STATING_WORD = /^(duoc|quy|doi|tinh|bang|theo|ra|sang|ve|don|vi|phai|la|chuyen|thanh|ghi|expressed|stated|given|reported|shown|converted|presented|denominated|in|into|to|as|are|is|be|been|yet|the|unit|units)$/;

/**
 * Word `i` follows a negation across stating words only ("chưa quy đổi ra", "not expressed in",
 * "no longer in"), within its sentence (from word `from`): "Án phí chưa tính. Tính bằng nghìn đồng"
 * negates no unit.
 */
function negatedAt(words: readonly string[], i: number, from = 0): boolean {
  for (let j = i - 1; j >= from; j--) {
    if (NEGATION.test(words[j]!) || (words[j] === 'longer' && words[j - 1] === 'no')) return true;
    if (!STATING_WORD.test(words[j]!)) return false;
  }
  return false;
}

/** A label ending at `end` of the cell is negated ("Số tiền không tính bằng …", "không phải đơn vị …"): no label. */
function negatedLabel(cell: string, end: number): boolean {
  const words = foldUnit(sentences(cell.slice(0, end)).at(-1)!).split(' ').filter((w) => w !== '');
  return negatedAt(words, words.length);
}

// The words a unit may be written in after its introducer, to the end of its part: currencies,
// scales (also those thads cannot read: "trăm", "hundreds"), numbers, "of". "Expressed in VND
// hundreds", "Amounts in USD", "in thousands of US dollars": introduced money, never đồng.
const UNIT_WORD = new RegExp(`^(${SCALES}|tram|chuc|hundreds?|dong|d|vnd|usd|eur|euros?|dollars?|us|do|la|my|of|\\d+)$`);
const NAMES_MONEY = new RegExp(`^(${SCALES}|tram|chuc|hundreds?|dong|d|vnd|usd|eur|euros?|dollars?)$`);

/** Words `from`… to the end name money thads cannot read as a unit ("vnd hundreds", "usd"; "dong", "2019" name none). */
function unreadableUnitWords(words: readonly string[], from: number): boolean {
  const rest = words.slice(from);
  if (rest.length === 0 || !rest.every((w) => UNIT_WORD.test(w)) || !rest.some((w) => NAMES_MONEY.test(w))) return false;
  if (rest.some((_w, i) => countedScale(rest, i))) return false;
  return parseMoneyUnit(rest.join(' ')) === null;
}

// A scale introduced without its currency ends its part: "Figures are expressed in millions",
// "All figures in thousands", "Số liệu tính bằng triệu". Cases are never scaled (a count of việc),
// so the scale is money's, as "Unit: million" is read; beside the words of cases ("Cases in
// thousands", "Việc và tiền tính bằng nghìn") it cannot be told which is meant: unreadable.
// Whole words only: "Tr", "Ng", "k" are initials in free text, and "ngân sách", "Triệu Sơn" go on.
const SCALE_NAMED = /^(thousands?|millions?|billions?|nghin|ngan|trieu|t[yi]|0{3})$/;
const CASES_WORD = /^(viec|cases?)$/;

/**
 * The scaled money units named inside a text, each once ("Expressed in VND million" → ["million"]),
 * and whether introduced money is unreadable. A unit under a negation (negatedAt) is none: the text
 * says the money is NOT in it, and what it is in is unsaid (đồng, or "mà tính bằng triệu"), so
 * unreadable unless the text states another unit too.
 */
function unitsInWords(text: string): { readonly units: MoneyUnit[]; readonly unreadable: boolean; readonly listed: (MoneyUnit | null)[] } {
  const stated = new Set<MoneyUnit>();
  const listed: (MoneyUnit | null)[] = [];
  const negated = new Set<MoneyUnit>();
  let unreadable = false;
  let introduced = true;
  // In a bracket, a list of units goes on introducing after "," or ";": "(việc, nghìn đồng)",
  // "(USD; nghìn đồng)" state their unit as "(nghìn đồng)" does (read as đồng, 10^3 too small).
  let inBracket = false;
  let listing = false;
  const parts = text.split(PART);
  for (let k = 0; k < parts.length; k++) {
    // a bracketed list joined by a dash, "và", … goes on as one joined by "," (listItems)
    if (inBracket && !PART.test(parts[k]!)) parts.splice(k, 1, ...listItems(parts[k]!));
    const part = parts[k]!;
    if (PART.test(part)) {
      if (part === '(' || part === '[' || part === ')' || part === ']') inBracket = part === '(' || part === '[';
      introduced = part === ':' || part === '(' || part === '[' || (inBracket && listing && (part === ',' || part === ';'));
      continue;
    }
    // the words of the part, and where each one's sentence begins (a negation's reach ends there)
    const words: string[] = [];
    const sentenceOf: number[] = [];
    for (const sentence of sentences(part)) {
      const own = foldUnit(sentence).replace(SHARE_WORDS, ' ; ').split(' ').filter((w) => w !== '');
      const from = words.length;
      for (const w of own) words.push(w), sentenceOf.push(from);
    }
    const unit = listedUnit(words);
    if (unit !== undefined) listed.push(unit);
    if (words.length > 0) listing = unit !== undefined || words.every((w) => CASES_WORD.test(w));
    for (let i = 0; i < words.length; i++) {
      const verb = conversionAt(words, i);
      const denied = negatedAt(words, i, sentenceOf[i]) || (verb !== null && negatedAt(words, verb, sentenceOf[i]));
      // "chia 1000": the divisor is a multiplier's figures ("x 1000")
      const divisor = verb !== null && DIVIDES.test(words[verb]!) ? 'x ' : '';
      if (!denied && !(i === 0 ? introduced : introducedAt(words, i))) continue;
      const units = denied ? negated : stated;
      const before = units.size;
      for (const { unit } of scaledPhrasesAt(words, i, divisor)) units.add(unit);
      // "chia 100", "chia 1.500": a division into no unit of thads, never đồng
      if (divisor && units.size === before) unreadable = true;
      if (units.size === before && i === words.length - 1 && SCALE_NAMED.test(words[i]!)) {
        if (words.some((w) => CASES_WORD.test(w))) unreadable = true;
        else units.add(parseMoneyUnit(words[i] === '000' ? 'thousand' : words[i]!)!);
      }
      if (units.size === before && i > 0 && unreadableUnitWords(words, i)) unreadable = true;
    }
    introduced = false;
  }
  if (negated.size > 0 && (stated.size === 0 || [...negated].some((u) => stated.has(u)))) unreadable = true;
  return { units: [...stated], unreadable, listed };
}

/**
 * The scaled money units the phrases of up to PHRASE_WORDS words from word `i` of folded `words`
 * write, each with its words' count: "nghìn đồng", "1 000 d", "tr d", "x1000" (`divisor` "x "
 * reads a division's "chia 1000" as that multiplier). Đồng is none (no unit says no more), nor
 * initials ("t đ", "k đ") or an amount ("1 triệu đồng"); a scale must name its currency or be
 * written in figures ("Triệu Sơn", "Công ty" name none).
 */
function scaledPhrasesAt(words: readonly string[], i: number, divisor = ''): { readonly unit: MoneyUnit; readonly n: number }[] {
  const out: { unit: MoneyUnit; n: number }[] = [];
  for (let n = 1; n <= PHRASE_WORDS && i + n <= words.length; n++) {
    const phrase = words.slice(i, i + n);
    // "t đ", "k đ", "m đ": initials, no unit, in free text
    if (phrase.some((w) => /^[a-z]$/.test(w) && w !== 'd')) continue;
    // "(1 triệu đồng)": a number before a scale word is an amount; a digit group is the
    // number's own ("(1.000 đồng)", "(1.000.000 đồng)": the forms' spelling of the unit)
    if (countedScale(phrase, 1) && phrase[1] !== '000') continue;
    const unit = parseMoneyUnit(divisor + phrase.join(' '));
    if (unit && unit !== 'dong' && (namesScaledMoney(phrase.join(' ')) || writtenInFigures(phrase))) out.push({ unit, n });
  }
  return out;
}

/**
 * A part made of unit words only ("USD", "Tr", "đô la", "nghìn đồng" of "(nghìn đồng; USD)"): the
 * unit it names, null for money thads cannot read; undefined for any other part. A single letter
 * ("Đ", "K") is an initial, and a number before a scale an amount ("1 triệu"): no unit named.
 */
function listedUnit(words: readonly string[]): MoneyUnit | null | undefined {
  if (words.length === 0 || (words.length === 1 && words[0]!.length === 1) || !words.every((w) => UNIT_WORD.test(w))) return undefined;
  if (!words.some((w) => NAMES_MONEY.test(w)) && !/(^| )do la( |$)/.test(words.join(' '))) return undefined;
  if (words.some((_w, i) => countedScale(words, i))) return undefined;
  return parseMoneyUnit(words.join(' '));
}

/**
 * A money unit stated in other words on a line above the header or a note among the rows
 * ("Expressed in VND million"), or in a cell of its own beside others ("Amounts" | "VND
 * million"), read as a unit line is; two units on the line are unreadable. Never a header row's:
 * a header names its columns' units.
 */
export function findStatedUnit(cells: readonly string[]): { readonly line: NonNullable<UnitLine>; readonly column: number; readonly text: string } | null {
  const read = cells.map((cell) => unitsInWords(cell));
  const bad = read.findIndex((r) => r.unreadable);
  if (bad >= 0) {
    const text = cells[bad]!.replace(/\s+/g, ' ').trim();
    return { line: { kind: 'unreadable', text }, column: bad + 1, text };
  }
  const stated = read.flatMap((r, i) => r.units.map((unit) => ({ unit, column: i + 1, text: cells[i]!.replace(/\s+/g, ' ').trim() })));
  const first = stated[0];
  if (!first) return null;
  // A unit stated beside other units listed with it — "(nghìn đồng; USD)", "(việc, Tr, nghìn
  // đồng)" in a title, cut into cells by an unquoted CSV's commas — names two money units, or
  // money thads cannot read beside one: unreadable, as the same words on a unit line are
  // (readParts), never the stated one picked. The currency alone beside it is its gloss:
  // "Nghìn đồng (VNĐ)".
  const listed = read.flatMap((r) => r.listed);
  if (stated.some((s) => s.unit !== first.unit) || listed.some((u) => u !== first.unit && u !== 'dong')) {
    const text = cells.map((c) => c.replace(/\s+/g, ' ').trim()).filter((c) => c !== '').join(' | ');
    return { line: { kind: 'unreadable', text }, column: first.column, text };
  }
  return { line: { kind: 'money', unit: first.unit }, column: first.column, text: first.text };
}

// A cell ending with an introducer — a unit label ("Đơn vị tính:", "ĐVT", "Đv tính", "Unit") or
// an introducing word ("in", "bằng", "Expressed in"), English's currency may follow ("Amounts in
// VND") — has its unit in the next cell, as Excel title rows split it: "Đơn vị tính:" | "Nghìn
// đồng", "Amounts in VND" | "million" (read as đồng, money was 10^3–10^6 too small).
const ENDS_WITH_INTRODUCER = new RegExp(String.raw`(?:^|[^a-z0-9])(?:${UNIT_LABEL}|${BARE_LABEL}|${LOOSE_LABEL}|${MONEY_LABEL}|${[...INTRODUCERS].join('|')})\s*[:：]?(\s+vnd)?\s*$`);

/** A cell made of unit words only ("million", "Nghìn đồng", "VND hundreds", "USD"). */
function unitWordsOnly(cell: string): boolean {
  const words = foldUnit(cell).split(' ').filter((w) => w !== '');
  return words.length > 0 && words.every((w) => UNIT_WORD.test(w));
}

/** No scaled unit of its own: nothing read, or đồng ("Amounts in VND"). */
function statesNoScale(cell: string): boolean {
  const own = findUnitLine([cell], true)?.line ?? findStatedUnit([cell])?.line ?? null;
  return own === null || (own.kind === 'money' && own.unit === 'dong');
}

/**
 * The row with each cell that ends with an introducer and states no scale of its own joined to
 * the next non-empty cell (one space), that one emptied — only where the joined text reads as a
 * unit line: "Đơn vị:" | "Chi cục THADS huyện Mỹ Lộc" or "in" | "15/01/2020" stay as they are.
 */
function joinIntroducedUnits(cells: readonly string[]): readonly string[] {
  const out = [...cells];
  for (let i = 0; i < out.length; i++) {
    const cell = out[i]!.normalize('NFC');
    const ending = ENDS_WITH_INTRODUCER.exec(foldInPlace(cell));
    if (!ending || !statesNoScale(cell)) continue;
    const j = out.findIndex((c, k) => k > i && c.trim() !== '');
    if (j < 0) break;
    // after its currency only a scale follows: "Unit: VND" | "thousand VND" names two units (refused as before)
    if (ending[1] && CURRENCY_WORD.test(foldUnit(out[j]!))) continue;
    const joined = `${cell.trim()} ${out[j]!.trim()}`;
    // "Đơn vị tính:" | "Việc" … "1.000 đồng": joined as "Đơn vị tính: Việc" is, whose line reads the money unit after it
    const read = findUnitLine([joined], true) ?? findStatedUnit([joined]) ?? (findCasesUnitLine([joined]) ? { line: { kind: 'cases' as const } } : null);
    if (!read) continue;
    // A cell beside the unit that is no unit ("Ngày in: 05/10/2019", "Trang 1", an office's name)
    // is joined only where the two read as a unit together: never made part of an unreadable one.
    if (read.line.kind === 'unreadable' && !unitWordsOnly(out[j]!)) continue;
    out[i] = joined;
    out[j] = '';
  }
  return out;
}

/**
 * The unit line of a row outside the header — above it, or a note among or under the rows
 * (layout.ts checkUnitLineAmongRows): a unit line (findUnitLine) or a unit stated in other words
 * (findStatedUnit), read alike wherever it stands ("Note: figures are expressed in millions" under
 * the table was read as đồng). A stated unit beside a unit line that says another one
 * ("Expressed in VND million" | "Tính bằng nghìn đồng") makes the line unreadable: never one picked.
 */
export function findUnitLineOfRow(row: readonly string[]): ReturnType<typeof findStatedUnit> {
  const cells = joinIntroducedUnits(row);
  const found = findUnitLine(cells, true);
  const stated = findStatedUnit(cells);
  if (!found || !stated || found.line.kind === 'unreadable') return found ?? stated;
  if (found.line.kind === 'money' && stated.line.kind === 'money' && stated.line.unit === found.line.unit) return found;
  const text = stated.line.kind === 'unreadable' ? stated.text : cells.map((c) => c.replace(/\s+/g, ' ').trim()).filter((c) => c !== '').join(' | ');
  return { line: { kind: 'unreadable', text }, column: Math.min(found.column, stated.column), text };
}

/**
 * A unit line that counts cases only ("Đơn vị tính: việc", "ĐVT:" | "Vụ việc"), and its 1-based
 * column: no money unit, but a statement of the form's measure (stated-measure.ts).
 */
export function findCasesUnitLine(cells: readonly string[]): { readonly column: number; readonly text: string } | null {
  for (let i = 0; i < cells.length; i++) {
    const l = labelled(cells[i]!.normalize('NFC'));
    if (!l) continue;
    const next = l.value.trim() === '' ? (cells.find((c, j) => j > i && c.trim() !== '')?.normalize('NFC').trim() ?? '') : '';
    const value = (next || l.value).trim().replace(/[.;,]\s*$/, '');
    if (CASE_UNITS.test(foldHeader(value))) return { column: i + 1, text: next ? `${l.text} ${next}` : l.text };
  }
  return null;
}

/** The unit of cases, alone or labelled: "việc", "Vụ việc", "Đơn vị tính: việc" ("Về việc - Đơn vị tính: việc", headers.ts groupOf). */
export function namesCasesUnit(text: string): boolean {
  return CASE_UNITS.test(foldHeader(text)) || findCasesUnitLine([text.normalize('NFC')]) !== null;
}

/** A unit in a header's parentheses: alone ("nghìn đồng", "x1000") or labelled ("ĐVT: 1.000 đồng", "Đv: 1.000đ"). */
export function parseHeaderUnit(text: string): MoneyUnit | null {
  const line = parseUnitLine(text);
  // a pair "(Việc - triệu đồng)" is no unit of a header's own: it says no measure (casesAndMoneyUnit)
  return parseMoneyUnit(text) ?? (line?.kind === 'money' && !line.paired ? line.unit : null);
}

/**
 * A text that states a money unit thads reads, alone, labelled or in a header's brackets ("ĐVT:
 * 1.000đ", "Tr.đ", "Về tiền (1.000đ)"): legacy-font.ts reads an old-font cell of such a unit.
 */
export function statesMoneyUnit(text: string): boolean {
  return parseHeaderUnit(text) !== null || [...text.matchAll(BRACKETED)].some((m) => parseHeaderUnit(m[1]!) !== null);
}

export function parseMoneyUnitName(text: string): MoneyUnit | null {
  return (MONEY_UNITS as readonly string[]).includes(text) ? (text as MoneyUnit) : null;
}

/**
 * A cell of a header's units row: its label ("ĐVT:"), the unit of cases, a money unit, money thads
 * cannot read ("USD"), a rate's "%" (under a "Tỷ lệ" column), or the unit of a count of staff or
 * offices ("Người" under "Số Chấp hành viên", "Đơn vị" under "Số đơn vị").
 */
export type UnitsRowCell = { readonly kind: 'label' } | { readonly kind: 'cases' } | { readonly kind: 'money'; readonly unit: MoneyUnit } | { readonly kind: 'unreadable' } | { readonly kind: 'rate' } | { readonly kind: 'count' };

// Units of people and offices (folded) the forms give their staffing and office counts: "Người",
// "CHV", "Cán bộ", "Biên chế", "Đơn vị", "Chi cục", "Cục"; English "persons", "staff", "offices".
const COUNT_UNITS = /^(nguoi|chv|chap hanh vien|can bo|cb|bien che|don vi|dv|chi cuc|cuc|co quan|persons?|people|staff|officers?|offices?|units?)$/;

function unitsRowCell(cell: string): UnitsRowCell | null {
  // "%", "(%)", "Tỷ lệ %": a rate column's unit in the forms' "đơn vị tính" row; "12 %" is a figure
  if (cell.includes('%') && namesRateOnly(cell)) return { kind: 'rate' };
  // "5000000", "1000": figures, never a unit ("x1000" is written with its sign)
  if (!hasLetter(cell)) return null;
  if (UNIT_LABEL_ALONE.test(foldInPlace(cell))) return { kind: 'label' };
  const inner = cell.replace(/^\s*[([]\s*([^()[\]]*?)\s*[)\]]\s*$/, '$1');
  if (CASE_UNITS.test(foldHeader(inner))) return { kind: 'cases' };
  if (COUNT_UNITS.test(foldHeader(inner))) return { kind: 'count' };
  const unit = parseMoneyUnit(inner);
  if (unit) return { kind: 'money', unit };
  return readPart(inner, true) === 'money' ? { kind: 'unreadable' } : null;
}

/**
 * A header's units row: a row under it whose every non-empty cell is a unit, in parentheses or
 * not ("Việc | Việc | Nghìn đồng | Nghìn đồng", "(việc) | (nghìn đồng)", "1000đ"), or its label
 * ("ĐVT:", "Đơn vị tính"), or a rate's "%" ("Việc | Việc | % | 1.000đ"). Two units at least: one alone ("(nghìn đồng)") is a unit line
 * (findUnitLine). Each cell is its column's unit (header-search.ts); null if the row is none.
 */
export function readUnitsRow(cells: readonly string[]): (UnitsRowCell | null)[] | null {
  const out: (UnitsRowCell | null)[] = [];
  let units = 0;
  for (const raw of cells) {
    const cell = raw.normalize('NFC');
    if (cell.trim() === '') {
      out.push(null);
      continue;
    }
    const read = unitsRowCell(cell);
    if (!read) return null;
    // a rate's "%" or a count's "Người" beside the units makes no units row alone ("% | %", "Người | Người")
    if (read.kind === 'cases' || read.kind === 'money' || read.kind === 'unreadable') units++;
    out.push(read);
  }
  return units >= 2 ? out : null;
}

/**
 * The money unit a file's or a sheet's name states: in brackets ("Tiền (nghìn đồng)", "[1.000đ]",
 * "(x1000)", "(ĐVT 1000đ)"), after a unit label ("BC tien 2019 - ĐVT 1000đ"), or as the whole
 * name ("Nghìn đồng"). A name is no line of a form: only a unit that names its currency or is
 * written in figures counts ("(Tr)", "(ng)" are initials; "Đồng Hới" is a place), and words thads
 * cannot read say nothing here (null). A labelled unit is read as a unit line is (parseUnitLine),
 * its figures after the label: "(ĐVT 1000đ)" as "ĐVT 1000đ" — read as đồng, money was 1000× too small.
 * Brackets without a label hold a unit line's value as well, read as that value is (readLabelled):
 * "(việc, nghìn đồng)", "(Việc; 1000đ)", "(Tiền - nghìn đồng)", "(tiền 1000đ)" as "Đơn vị tính:
 * Việc; nghìn đồng" is (they were read as đồng: money 1000× too small); a measure word before
 * the unit ("tiền 1000đ") is the measure's, as in a unit line (MEASURE_PREFIX).
 * Every unit the name states is returned: two different ones ("(việc, nghìn đồng, triệu đồng)",
 * "(1000đ; triệu đồng)", "(nghìn đồng / tỷ đồng)", "(nghìn đồng) (triệu đồng)") are a contradiction
 * the caller refuses (layout.ts namedUnits), never none read — they were read as đồng, money
 * 10^3–10^6 too small. The same unit twice ("(nghìn đồng, 1000đ)") is one unit.
 */
export function unitsOfName(name: string): readonly MoneyUnit[] {
  const text = name.normalize('NFC');
  const named = (inner: string, unit: MoneyUnit | null): MoneyUnit | null => {
    if (unit === null) return null;
    const folded = foldUnit(inner);
    if (unit === 'dong') return /(^| )(dong|vnd)( |$)/.test(folded) ? unit : null;
    return namesScaledMoney(inner) || /^x? ?\d/.test(folded) ? unit : null;
  };
  // a label's value, whole or a part of it ("việc, 1000đ"; "tiền 1000đ" after its measure word, as
  // readPart reads it), that is the unit read, written as a name must write it
  const unitOfPart = (p: string | undefined): MoneyUnit | null => {
    if (p === undefined || LOST_LETTER.test(p)) return null;
    const own = foldUnit(p).replace(MEASURE_PREFIX, '');
    return named(own, parseMoneyUnit(own));
  };
  const namedPart = (value: string, unit: MoneyUnit | null): MoneyUnit | null => ([value, ...value.split(PART_SEPARATOR)].some((p) => unit !== null && unitOfPart(p) === unit) ? unit : null);
  // a value read as two units (readParts: unreadable), each written as a name writes a unit
  // ("việc, nghìn đồng, triệu đồng", "1000đ; triệu đồng"): both stated; one unit beside words
  // thads cannot read (a note, "USD") says nothing here, as before
  const twoUnits = (value: string, line: UnitLine): MoneyUnit[] => {
    if (line?.kind !== 'unreadable') return [];
    const each = new Set(value.split(PART_SEPARATOR).flatMap((p) => unitOfPart(p) ?? []));
    return each.size > 1 ? [...each] : [];
  };
  const units = new Set<MoneyUnit>();
  for (const m of text.matchAll(BRACKETED)) {
    const inner = m[1]!;
    // a unit line in the brackets, labelled ("ĐVT 1000đ", "Đơn vị: 1000 đồng") or its value alone
    // ("việc, nghìn đồng"): its unit's words are the line's value
    const l = parseMoneyUnit(inner) === null ? (labelled(inner) ?? { kind: 'bare' as const, value: inner, text: inner.trim(), before: '' }) : null;
    const line = l === null ? null : readLabelled(l);
    const read = named(inner, parseHeaderUnit(inner)) ?? (l !== null && line?.kind === 'money' ? namedPart(l.value, line.unit) : null);
    if (read) units.add(read);
    else if (l !== null) for (const u of twoUnits(l.value, line)) units.add(u);
  }
  // a name that is a scaled unit and nothing else ("Nghìn đồng", "Triệu đồng"); "Đồng", "VND" say no more than the default
  const whole = named(text, parseMoneyUnit(text));
  if (whole && whole !== 'dong') units.add(whole);
  for (const unit of unitsAmongNameWords(text.replace(BRACKETED, ' '))) units.add(unit);
  const l = labelled(text.replace(BRACKETED, ' '));
  if (l && (l.kind === 'unit' || l.kind === 'bare')) {
    const line = readLabelled(l);
    const unit = line?.kind === 'money' ? (named(l.value, line.unit) ?? namedPart(l.value, line.unit)) : null;
    if (unit) units.add(unit);
    else for (const u of twoUnits(l.value, line)) units.add(u);
  }
  return [...units];
}

/** What parts a name's words: spaces, "_", "-", ".", ","…; "×", "₫", "$" are a unit's own. */
const NAME_GAP = /([^\p{L}\p{N}×*₫$]+)/u;

/**
 * The scaled units a name writes among its words, unbracketed and unlabelled (scaledPhrasesAt):
 * "BC 2019 nghìn đồng", "BC 2019 - nghìn đồng", "BC_2019_trieu_dong", "BC-2019-DVT-nghin-dong",
 * "tien-nghin-dong-2019", "2019-ngan-dong", "Nam Dinh 2019 tr.d", "2019 x1000", "2019_1000d"
 * state their unit as "BC 2019 (nghìn đồng)" does (traps25 4: read as đồng, money 10^3–10^6 too
 * small, exit 0). Not a unit under a negation ("chua quy doi nghin dong") nor after an amount's
 * word ("tren 1 ty dong"), nor one a place's name goes on from, a word of letters after a plain
 * space ("Công ty Đồng Tâm", "nghìn đồng Nam Định" left unread, as before): "Đồng Nai", "Lâm Đồng",
 * "Triệu Sơn", "2019_d" name no scale.
 */
function unitsAmongNameWords(text: string): MoneyUnit[] {
  if (LOST_LETTER.test(text)) return [];
  const tokens = text.split(NAME_GAP);
  // the folded words, each with the gap written after it
  const words: string[] = [];
  const gapAfter: string[] = [];
  for (let k = 0; k < tokens.length; k += 2) {
    const own = foldUnit(tokens[k]!).split(' ').filter((w) => w !== '');
    own.forEach((w, j) => (words.push(w), gapAfter.push(j === own.length - 1 ? (tokens[k + 1] ?? '') : ' ')));
  }
  const units: MoneyUnit[] = [];
  for (let i = 0; i < words.length; i++) {
    // an amount ("tren 1 ty dong": "1 ty" counted) or a number's digit group ("1 000 000 d"'s last
    // "000 d") is no unit of its own; a year before the unit counts nothing ("BC 2019 trieu dong")
    const before = words[i - 1] ?? '';
    const inNumber = /^\d+$/.test(before) && !/^(19|20)\d\d$/.test(before) && (/^\d{3}$/.test(words[i]!) || countedScale(words, i));
    if (inNumber || negatedAt(words, i) || AMOUNT_WORDS.test(before)) continue;
    const longest = scaledPhrasesAt(words, i).at(-1);
    if (!longest) continue;
    const end = i + longest.n;
    const goesOn = end < words.length && gapAfter[end - 1] === ' ' && /^[a-z]{2,}$/.test(words[end]!);
    if (!goesOn) units.push(longest.unit);
  }
  return units;
}
