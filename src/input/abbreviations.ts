// The tables' everyday abbreviations, written out once for every reader of folded text: the
// header folding of the field table (headers.ts) and the notes in a header's brackets
// (comparison-words.ts), so "Có ĐK", "GQX", "Đã TH xong" mean the same in both.

/**
 * Folded words (foldHeader) → their words: "Có ĐK", "Có Đ/K", "Có ĐKTHA", "Chưa có ĐK", "GQX",
 * "GQ xong", "THX", "Đã TH xong", "THA", "QĐ", "CĐK", "CCĐK", "Đ.chỉ" / "Đ/chỉ" / "Đ. chỉ" /
 * "Đchỉ" (đình chỉ: the initial kept with "chỉ" is no other word of a THADS table). Whole words
 * only ("ĐKKD" stays itself). Not "ĐC", "Đ/C": địa chỉ, điều chỉnh, đồng chí as well as đình chỉ,
 * refused where resolved would lack them (headers.ts looksLikeResolvedPart), never guessed.
 */
const ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['d k', 'dieu kien'], ['dk', 'dieu kien'], ['cdk', 'co dieu kien'], ['ccdk', 'chua co dieu kien'], ['dkth', 'dieu kien thi hanh'], ['dktha', 'dieu kien thi hanh an'],
  ['gqx', 'giai quyet xong'], ['gq', 'giai quyet'],
  ['thx', 'thi hanh xong'], ['th', 'thi hanh'], ['tha', 'thi hanh an'], ['qd', 'quyet dinh'],
  ['d chi', 'dinh chi'], ['dchi', 'dinh chi'],
];
const ABBREVIATION = new RegExp(`(?<= )(${ABBREVIATIONS.map(([a]) => a).join('|')})(?= )`, 'g');
const EXPANDED = new Map(ABBREVIATIONS);
/**
 * "TS" opening a header is "Tổng số" ("TS thụ lý", "TS có ĐK", "TS" under its group); elsewhere
 * it may be "tài sản" ("Giá trị TS"), left as written.
 */
const LEADING_TS = /^ts(?= |$)/;

/** `folded` (foldHeader's output) with its abbreviations written out. */
export function expandAbbreviations(folded: string): string {
  return ` ${folded} `.replace(ABBREVIATION, (a) => EXPANDED.get(a)!).trim().replace(LEADING_TS, 'tong so');
}
