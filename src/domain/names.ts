// Text folding for matching names and headers written in different hands.
import { latinLetters, withoutEth } from './letters.js';
import { remembered } from './remembered.js';

// Vietnamese has two tone placements in the diphthongs oa, oe, uy ("hòa"/"hoà", "ủy"/"uỷ").
// Both spellings are correct; we fold the tone onto the second vowel ("new style").
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const TONE_PLACEMENT = new RegExp(`([oOuU])([${TONES.join('')}])([aAeEyY])`, 'g');

/** NFC with the tone of oa/oe/uy placed on the second vowel: "Hòa" → "Hoà", "ủy" → "uỷ". */
export function foldTonePlacement(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  return text.normalize('NFD').replace(TONE_PLACEMENT, '$1$3$2').normalize('NFC');
}

const ROMAN_VALUE: Record<string, number> = { i: 1, v: 5, x: 10 };

/** "iv" → 4, "xii" → 12 (I–XXXIX, as regions are numbered); null when not a Roman number. */
export function romanValue(text: string): number | null {
  if (!/^x{0,3}(ix|iv|v?i{0,3})$/.test(text) || text === '') return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN_VALUE[text[i]!]!;
    const next = ROMAN_VALUE[text[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Characters that print as nothing, pasted with names, titles and labels from web pages, PDFs and
 * Word: zero-width space, non-joiner and joiner, word joiner, soft hyphen, byte order mark. A text
 * holding one looks like the text without it, and is that text ("Ia\u200b Grai" is "Ia Grai").
 */
const INVISIBLE = /[\u200b-\u200d\u2060\u00ad\ufeff]+/g;
const ANY_INVISIBLE = /[\u200b-\u200d\u2060\u00ad\ufeff]/;
const LETTERS_BEFORE = latinLetters(/[\p{L}]*$/u);
const LETTERS_AFTER = latinLetters(/^[\p{L}]*/u);
const LETTER_OR_DIGIT = latinLetters(/[\p{L}\d]/u);

/** Vowel groups of a word, its onset's "qu"/"gi" none: "cộng" 1, "thángđầu" 2, "quý" 1. */
function vowelGroups(word: string): number {
  const bare = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^(qu|gi)(?=[aeiouy])/, 'x');
  return bare.match(/[aeiouy]+/g)?.length ?? 0;
}

/**
 * The text without its invisible characters (INVISIBLE), read as the hand that typed it meant:
 * inside one word (a syllable's letters, "Tổng cộ\u00adng"; digits, "20\u200b19") or beside a
 * space it is nothing; between two words ("THÁNG\u200bĐẦU", two syllables; "6\u00adTHÁNG", a
 * figure and a word) a space. A title's "6\u200b THÁNG ĐẦU NĂM 2019" had lost its period and was
 * read as the year's (traps29 2: summed with a year's report, exit 0).
 */
export function visibleText(text: string): string {
  if (!ANY_INVISIBLE.test(text)) return text;
  return text.replace(INVISIBLE, (run: string, at: number, whole: string) => {
    const before = whole[at - 1] ?? '';
    const after = whole[at + run.length] ?? '';
    if (!LETTER_OR_DIGIT.test(before) || !LETTER_OR_DIGIT.test(after)) return '';
    if (/\d/.test(before) && /\d/.test(after)) return '';
    if (/\d/.test(before) || /\d/.test(after)) return ' ';
    // the word around it, from a few letters either side (a syllable is short; a long cell stays linear)
    const around = (from: number, to: number) => whole.slice(Math.max(0, from), to).replace(INVISIBLE, '');
    const word = LETTERS_BEFORE.exec(around(at - 12, at))![0] + LETTERS_AFTER.exec(around(at + run.length, at + run.length + 12))![0];
    return vowelGroups(word) > 1 ? ' ' : '';
  });
}

/** Compatibility forms of ASCII: full-width letters, digits and signs ("ＴＯＮＧ", "２"), the ideographic space, Roman numerals as one character ("Ⅲ") */
const COMPATIBILITY_FORMS = /[\uff01-\uff5e\u3000\u2160-\u217f]/g;
const ANY_COMPATIBILITY_FORM = /[\uff01-\uff5e\u3000\u2160-\u217f]/;

/**
 * Text as it reads: full-width ASCII and the one-character Roman numerals as the plain letters
 * ("ＴＯＮＧ ＣＯＮＧ" → "TONG CONG", "khu vực Ⅲ" → "khu vực III", "khu vực ２" → "khu vực 2": NFKC
 * of these ranges only, the Vietnamese letters are left as they are), and invisible characters
 * as they print (visibleText). Unread, a total "ＴＯＮＧ ＣＯＮＧ" that disagreed with its offices
 * was added as an office, and "Phòng THADS khu vực Ⅲ" equal to regions 1 + 2 was dropped as their
 * subtotal, 100/80 for 200/160 (traps29 2, 3: exit 0).
 */
export function plainText(text: string): string {
  return visibleText(ANY_COMPATIBILITY_FORM.test(text) ? text.replace(COMPATIBILITY_FORMS, (c) => c.normalize('NFKC')) : text);
}

/**
 * The characters a spreadsheet runs a cell from as a formula ("=1+1", "+84…", "-Vụ Bản", "@x"):
 * thads' CSV writes such a text cell after a guarding "'" (output/csv.ts neutralizeFormula), as
 * Excel users type it.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;
const FORMULA_GUARD = /^(\s*)'(?=[=+\-@\t\r])/;

/**
 * A name cell without the guard a formula's first character was written after: "'=Nam Định TP"
 * → "=Nam Định TP", "'- Mỹ Lộc" → "- Mỹ Lộc" (a bullet, read as without it). Kept, the guard made
 * thads' own CSV read back as --previous name other offices: no change on last year, exit 0
 * (traps33 2). An apostrophe before anything else is the name's.
 */
export function withoutFormulaGuard(text: string): string {
  return text.includes("'") ? text.replace(FORMULA_GUARD, '$1') : text;
}

/**
 * A name for a message, its INVISIBLE characters written as escapes: "Vụ\u200bBản" beside "Vụ Bản"
 * printed as two equal names where the message said they differ (traps28 t54d).
 */
export function showingInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * An apostrophe inside a name ("Cư M'gar", "Ea H'leo", "Đắk R'lấp") as hands and programs type
 * it: the straight one, the typographic ’ and ‘, the modifier letter ʼ, a backtick or an acute
 * accent typed for it, a space after it or not — one name, read as the straight one. A resend
 * writing "Cư M’gar" beside "Cư M'gar" was a second office, added (traps21 apos: exit 0).
 */
const APOSTROPHE = latinLetters(/(?<=\p{L})['\u2019\u2018\u02bc`\u00b4]\s*(?=\p{L})/gu);
const ANY_APOSTROPHE = /['\u2019\u2018\u02bc`\u00b4]/;

/** "khu vực II": built once (a pattern built per call was a tenth of the name folding's time). */
const ROMAN_REGION = latinLetters(/(khu vực) ([ivx]+)(?![\p{L}\d])/gu);

/**
 * Key for office and province names: tone placement, case, spacing, apostrophes and the eth for "đ" folded, and a region's
 * number in Roman numerals written in digits ("Phòng THADS khu vực II" is "… khu vực 2": both
 * are written, even by one province from one year to the next).
 */
export function foldName(text: string): string {
  const visible = plainText(text);
  return foldTonePlacement(withoutEth(ANY_APOSTROPHE.test(visible) ? visible.replace(APOSTROPHE, "'") : visible))
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ROMAN_REGION, (whole, words: string, roman: string) => {
      const n = romanValue(roman);
      return n === null ? whole : `${words} ${n}`;
    });
}

/**
 * The longest text a name rule reads as one name or one note (characters): a province's name
 * with its prefixes ("Cục THADS Thành phố Hồ Chí Minh", "Tỉnh Bà Rịa - Vũng Tàu"), an office's,
 * a version's or a period's note ("Số liệu từ ngày 01 tháng 10 năm 2018 đến ngày 30 tháng 9 năm
 * 2019 (đã sửa)") are each well under it. The rules that try every word of a name as the start
 * of one (file-names.ts withoutVersionAndPeriod, provinceAfterOffice, splitPlace; office-names.ts
 * districtInProvince; period-notes.ts periodBesideEnd) try no longer text: a title or name cell of tens of kilobytes (a pasted
 * note, a fuzzed cell) made each try fold the rest again, minutes for one file.
 */
export const LONGEST_NAME = 1000;

/** "qui", "ki" as a folded word (foldHeader) */
const FOLDED_OLD_FINAL_I = /(?<![a-z0-9])(qu|k)i(?![a-z0-9])/g;

/**
 * Key for headers: diacritics, đ (and its look-alike ð), case, punctuation and spacing removed.
 * "Có điều kiện (việc)" → "co dieu kien viec"; "Uỷ thác" and "Ủy thác" → "uy thac".
 * Remembered: every reading rule folds the same office name again (a name meets ~40 of them).
 */
export const foldHeader = remembered((text: string): string =>
  plainText(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐðÐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    // "quí", "kì": the period words' older spelling ("Quí III", "Trong kì" are "Quý III", "Trong kỳ")
    .replace(FOLDED_OLD_FINAL_I, '$1y'),
);

/** a lone final y after a syllable's consonants, and its i of the same tone */
const FINAL_Y = latinLetters(/(?<=(?:^|[^\p{L}])(?:qu|[bcdđghklmnprstvx]{1,3}))[yỳýỷỹỵ](?!\p{L})/gu);
const Y_AS_I: Record<string, string> = { y: 'i', ỳ: 'ì', ý: 'í', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };

/**
 * A syllable's lone final "y" after its consonants read as "i", its tone kept: "Kỳ" ≡ "Kì", "Mỹ" ≡
 * "Mĩ", "Lý" ≡ "Lí", "Sỹ" ≡ "Sĩ", "Quý" ≡ "Quí" ("qu" is one consonant), "Hy" ≡ "Hi" — one sound,
 * and both spellings are written, by one office from one report to the next. Not after a vowel:
 * "Duy", "Thủy", "Tây", "Huy" keep their "y" (uy ≠ ui, ây ≠ âi). For lower-case text (foldName's or
 * foldHeader's): a key of office names, never a name shown.
 */
export function finalYAsI(folded: string): string {
  return folded.includes('y') || /[ỳýỷỹỵ]/u.test(folded) ? folded.replace(FINAL_Y, (y) => Y_AS_I[y]!) : folded;
}

/** "qui", "quí", "ki", "kì" as a whole word, any case and tone (NFC) */
const OLD_FINAL_I = latinLetters(/(?<![\p{L}\d])(qu|k)([iìíỉĩịIÌÍỈĨỊ])(?![\p{L}\d])/giu);
const I_AS_Y: Record<string, string> = { i: 'y', ì: 'ỳ', í: 'ý', ỉ: 'ỷ', ĩ: 'ỹ', ị: 'ỵ', I: 'Y', Ì: 'Ỳ', Í: 'Ý', Ỉ: 'Ỷ', Ĩ: 'Ỹ', Ị: 'Ỵ' };

/**
 * "Quí", "Qui", "Kì" as whole words read as "Quý", "Quy", "Kỳ" (finalYAsI the other way, for
 * the period words, which are written with y): the older spelling, still common. Unread, "QUÍ I
 * NĂM 2019" was the year 2019 and a quarter's figures were summed with the year's, and a "Quí
 * III" group beside "Lũy kế 9 tháng" was no period (traps29 1: exit 0). Whole words only:
 * "quyết", "kiện", "quis" are left as they are.
 */
export function periodSpelling(text: string): string {
  return /[qQkK]/.test(text) ? text.replace(OLD_FINAL_I, (_, onset: string, i: string) => onset + I_AS_Y[i]!) : text;
}

/** foldName, remembered: office names repeat on every row of a large file. */
export const foldNameCached = remembered(foldName);

/** A fold of one string (or what a rule makes of it), remembered (remembered.ts). */
export { remembered };
