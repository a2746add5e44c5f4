// The words that set a figure or a year beside the report's own: another period ("cùng kỳ", "kỳ
// trước", "năm trước"), a comparison ("so với", "tăng giảm", "chênh lệch") or a plan ("kế
// hoạch", "chỉ tiêu", "dự kiến"). A header naming one is another column (headers.ts), a row
// labelled by one is no office (row-labels.ts), a year in a title after one is not the report's
// (stated-years.ts). Each context adds its own words to these; the shared ones live here once.

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
