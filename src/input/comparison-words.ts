// The words that set a figure or a year beside the report's own: another period ("cùng kỳ", "kỳ
// trước", "năm trước"), a comparison ("so với", "tăng giảm", "chênh lệch") or a plan ("kế
// hoạch", "chỉ tiêu", "dự kiến"). A header naming one is another column (headers.ts), a row
// labelled by one is no office (row-labels.ts), a year in a title after one is not the report's
// (stated-years.ts). Each context adds its own words to these; the shared ones live here once.

import { latinLetters } from '../domain/letters.js';
import type { FieldKey } from '../domain/fields.js';
import { foldHeader } from '../domain/names.js';
import { expandAbbreviations } from './abbreviations.js';

/** Folded (foldHeader): lower case, no diacritics, words separated by one space; "kì" is "kỳ" spelt the older way. */
export const COMPARISON_WORDS: readonly string[] = [
  'cung ky', 'cung ki', 'ky truoc', 'ki truoc', 'nam truoc',
  'so voi', 'so sanh', 'tang giam', 'tang hoac giam', 'chenh lech',
  'ke hoach', 'chi tieu', 'du kien',
];

/**
 * A note that a figure counts the cases carried over too, folded: "kể cả việc năm trước chuyển
 * sang", "bao gồm cả số cũ chuyển sang". Its "năm trước" names where cases come from, not
 * another period's figure; no year and no other comparison word may stand in it ("kể cả cùng kỳ
 * năm trước chuyển sang" stays one).
 */
const INCLUDES_CARRIED_OVER = /^(?:ke ca|bao gom|gom ca|tinh ca)((?: [a-z]+)*?) (?:(?:nam|ky|ki) truoc|so cu) chuyen sang$/;

export function notesCarriedOverIncluded(folded: string): boolean {
  return notes(INCLUDES_CARRIED_OVER, folded);
}

/** Its opposite, "không kể số năm trước chuyển sang": the newly accepted cases alone. */
const EXCLUDES_CARRIED_OVER = /^(?:khong ke|khong tinh|chua ke|chua tinh|tru)((?: [a-z]+)*?) (?:(?:nam|ky|ki) truoc|so cu) chuyen sang$/;

export function notesCarriedOverExcluded(folded: string): boolean {
  return notes(EXCLUDES_CARRIED_OVER, folded);
}

/**
 * A note that says what a figure counts of another field, folded: "(kể cả đình chỉ)", "(bao gồm
 * cả đình chỉ và giảm)", "(không kể đình chỉ)", "(đã trừ ủy thác)". Dropped, "Thi hành xong (kể
 * cả đình chỉ)" was read as completed and the Đình chỉ column beside it added to it again
 * (input/field-notes.ts decides what such a figure is). `mixed`: words of both kinds ("kể cả
 * đình chỉ, không kể giảm"); null: no such word, or no field named ("(đã trừ trùng)").
 */
export interface FieldNote {
  readonly includes: boolean;
  readonly mixed: boolean;
  /** a word whose diacritics were lost and would decide it ("kem": "kèm" with, or "kém" less) */
  readonly unclear?: true;
  /** its postponed is only the postponement the parties agreed ("hoãn theo thỏa thuận"), with conditions in every regime */
  readonly agreed?: true;
  readonly fields: readonly FieldKey[];
}

/**
 * The postponement the parties agreed, folded: "hoãn theo thỏa thuận", "hoãn do (các) đương sự
 * thỏa thuận", "hoãn thi hành án theo thỏa thuận của đương sự", "postponed by agreement". SPEC §2
 * keeps it with conditions from 2020, when every other postponement left for deferred; read as
 * all of postponed, "Có điều kiện (kể cả hoãn theo thỏa thuận)" was refused in a 2022 report.
 */
const AGREED_POSTPONEMENT =
  /(?<= )(?:hoan(?: (?:thi hanh an|thi hanh|theo|do|co|su|cac|duong su|ben|da)){0,4} thoa thuan(?: (?:cua|giua) (?:cac )?(?:duong su|ben))?|postponed (?:by (?:the parties )?agreement|as agreed(?: by the parties)?|agreed by the parties)|agreed postponed)(?= )/g;

/**
 * A header that is the agreed postponement alone, "Hoãn theo thỏa thuận" (f1 of traps30: the TT
 * 06/2019 forms' column under "Có điều kiện", ignored as unknown): from 2020 the postponed cases
 * that stay with conditions (layout.ts reads it so).
 */
export function namesAgreedPostponement(cell: string): boolean {
  const f = ` ${foldNote(cell)} `;
  return f.replace(AGREED_POSTPONEMENT, '').trim() === '' && f.trim() !== '';
}

// Folded, with the fields' own words taken off first ("có" of "có điều kiện" is no inclusion word).
const INCLUDE_WORDS = [
  'ke ca', 'bao gom', 'gom', 'gom ca', 'tinh ca', 'tinh luon', 'ca', 'co', 'bao ham', 'da cong', 'voi',
  'including', 'incl', 'inc', 'includes', 'inclusive of', 'plus', 'with',
];
const EXCLUDE_WORDS = [
  'khong ke', 'khong tinh', 'khong bao gom', 'khong gom', 'khong bao ham', 'khong co', 'chua ke', 'chua tinh', 'chua bao gom', 'chua gom', 'chua bao ham', 'tru', 'ngoai',
  'excluding', 'excl', 'exclusive of', 'not including', 'without',
];
/**
 * Words that fold to one spelling for opposite meanings: "kèm" (with) and "kém" (less), "chứa"
 * (holding) and "chưa" (not yet), "lẫn" (as well) and "lần" (times). Written with their
 * diacritics, foldNote reads them; without, the note is refused rather than guessed.
 */
const UNCLEAR_WORDS = ['kem', 'chua', 'lan'];
const WITH_DIACRITICS: readonly (readonly [RegExp, string])[] = [[latinLetters(/(?<!\p{L})(?:kèm|chứa|lẫn)(?!\p{L})/giu), ' gồm ']];
/**
 * Words that join fields into their sum: "(xong + đình chỉ)" ("+" is folded to "cong", foldNote),
 * "(thi hành xong và đình chỉ)". A note of fields and these alone counts them in.
 */
const SUM_WORDS = ['cong', 'va', 'and', 'plus', 'so'];
/**
 * The fields' words, longest first: "chưa có điều kiện" before "có điều kiện", "tạm đình chỉ"
 * before "đình chỉ"; English labels as SPEC §3 accepts them ("Cases completed (including
 * terminated)"), but the words too common to name a field in a note ("new", "total", "other").
 */
const NOTE_FIELDS: readonly (readonly [string, FieldKey])[] = [
  ['chua co dieu kien', 'without_conditions'], ['co dieu kien', 'with_conditions'],
  ['tam dinh chi', 'suspended'], ['dinh chi', 'terminated'], ['dctha', 'terminated'], ['dc', 'terminated'],
  ['mien giam', 'reduced'], ['xet giam', 'reduced'], ['giam', 'reduced'],
  ['thi hanh xong', 'completed'], ['giai quyet xong', 'resolved'], ['xong', 'completed'],
  ['dang thi hanh', 'in_progress'], ['truong hop khac', 'other'], ['hoan', 'postponed'],
  ['uy thac', 'delegated'], ['thu hoi', 'withdrawn'], ['huy quyet dinh', 'withdrawn'],
  ['chuyen ky sau', 'carried_forward'], ['thu ly moi', 'new'], ['chuyen sang', 'carried_over'], ['so cu', 'carried_over'],
  ['without conditions', 'without_conditions'], ['with conditions', 'with_conditions'],
  ['terminated', 'terminated'], ['reduced', 'reduced'], ['completed', 'completed'], ['resolved', 'resolved'],
  ['in progress', 'in_progress'], ['postponed', 'postponed'], ['suspended', 'suspended'], ['deferred', 'deferred'],
  ['delegated', 'delegated'], ['withdrawn', 'withdrawn'], ['carried forward', 'carried_forward'], ['carried over', 'carried_over'],
];

/**
 * A header's note folded for fieldNote: "+" between fields is a word ("xong + đình chỉ" → "xong
 * cong dinh chi"); "kèm", "chứa", "lẫn" are "gồm" before folding makes them look-alikes.
 */
export function foldNote(text: string): string {
  const read = WITH_DIACRITICS.reduce((t, [w, as]) => t.replace(w, as), text.normalize('NFC'));
  return expandAbbreviations(foldHeader(read.replace(/\+/g, ' cộng ')));
}

export function fieldNote(folded: string): FieldNote | null {
  // the agreed postponement is named as postponed, and said (one postponement only: "hoãn theo thỏa thuận và hoãn khác" is all)
  const agreedAt = ` ${folded} `.match(AGREED_POSTPONEMENT)?.length ?? 0;
  let rest = ` ${folded} `.replace(AGREED_POSTPONEMENT, 'hoan');
  const agreed = agreedAt === 1 && rest.split(' hoan ').length === 2;
  const fields: FieldKey[] = [];
  for (const [words, field] of NOTE_FIELDS) {
    if (!rest.includes(` ${words} `)) continue;
    rest = rest.split(` ${words} `).join('  ');
    if (!fields.includes(field)) fields.push(field);
  }
  if (fields.length === 0) return null;
  // "so với" compares (COMPARISON_WORDS): its "với" is no inclusion
  rest = COMPARISON_WORDS.reduce((t, w) => t.split(` ${w} `).join('  '), rest);
  const has = (w: string) => rest.includes(` ${w} `);
  const excludes = EXCLUDE_WORDS.some(has);
  // "không kể" holds "kể": a note of both kinds has an inclusion word outside its exclusion words
  const outside = EXCLUDE_WORDS.reduce((t, w) => t.split(` ${w} `).join('  '), rest);
  const alsoIncludes = INCLUDE_WORDS.some((w) => outside.includes(` ${w} `));
  const sum = !excludes && rest.trim().split(/ +/).every((w) => w === '' || SUM_WORDS.includes(w)) && (fields.length > 1 || has('cong'));
  const unclear = UNCLEAR_WORDS.some((w) => outside.includes(` ${w} `));
  if (!excludes && !alsoIncludes && !sum && !unclear) return null;
  return { includes: !excludes, mixed: excludes && alsoIncludes, fields, ...(unclear ? { unclear: true as const } : {}), ...(agreed ? { agreed: true as const } : {}) };
}

function notes(note: RegExp, folded: string): boolean {
  const m = note.exec(folded);
  return m !== null && !COMPARISON_WORDS.some((w) => `${m[1]} `.includes(` ${w} `));
}

/** The accented forms of each base letter of Vietnamese, for matching folded words in raw text. */
const ACCENTED: Readonly<Record<string, string>> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
  d: 'dđ',
};

/**
 * A regex source matching a folded word in raw (NFC) text written with or without its
 * diacritics, in either case (use with the `i` and `u` flags): "ky truoc" matches "kỳ trước",
 * "Kì trước", "ky truoc".
 */
export function rawPattern(folded: string): string {
  return [...folded].map((c) => (c === ' ' ? '\\s+' : ACCENTED[c] ? `[${ACCENTED[c]}]` : c)).join('');
}
