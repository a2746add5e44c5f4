// Header cells → fields. Every spelling is derived from the field table (domain/fields.ts):
// canonical names, English labels, Vietnamese labels with the measure as prefix or suffix,
// plus aliases from the config; matching is done on folded text (domain/names.ts).
import { hasLetter, latinLetters } from '../domain/letters.js';
import { COMPUTED_HEADER_PREFIXES, isOwnChangeOnYearHeader, DONE_LABELS, FIELDS, IN_FULL_WORDS, PART_LABELS, PLAN_LABELS, IDENTITY, IDENTITY_KEYS, IGNORED_HEADERS, MEASURES, MEASURE_LABEL, MEASURE_WORDS, PERSON_HEADERS, RESULT_KEYS, type FieldKey, type IdentityKey, type Measure } from '../domain/fields.js';
import { foldHeader } from '../domain/names.js';
import { isPartOf } from '../domain/relations.js';
import { expandAbbreviations } from './abbreviations.js';
import { COMPARISON_WORDS, fieldNote, foldNote, notesCarriedOverExcluded, notesCarriedOverIncluded } from './comparison-words.js';
import type { HeaderNote } from './field-notes.js';
import { footnoteMark } from './footnotes.js';
import { headingMeasure } from './measure-rows.js';
import { groupSpan, namesOwnRunningTotal, noteSpan } from './group-span.js';
import { yearOfSpan } from './stated-years.js';
import { isSpreadsheetError } from './numbers.js';
import { casesAndMoneyUnit, mentionsMoney, namesCasesUnit, namesShare, parseHeaderUnit, parseMoneyUnit, type MoneyUnit } from './units.js';

export type ColumnRole =
  | {
      readonly kind: 'figure';
      readonly field: FieldKey;
      readonly measure: Measure | null;
      readonly unit: MoneyUnit | null;
      /** a unit in parentheses that names money but is none thads reads ("(USD)"): an error, never đồng */
      readonly badUnit?: string;
      /**
       * the money unit of a pair naming both measures' units ("Có điều kiện (Việc - triệu đồng)",
       * units.ts casesAndMoneyUnit): the column's unit if it counts money, which the pair does not say
       */
      readonly pairUnit?: MoneyUnit;
      /** a note naming another field ("(kể cả đình chỉ)"): layout.ts reads the column by it or refuses it (field-notes.ts) */
      readonly note?: HeaderNote;
    }
  | { readonly kind: 'identity'; readonly key: IdentityKey }
  /** `targets`: a column of assigned targets ("Chỉ tiêu giao (%)"), which thads does not apply */
  | { readonly kind: 'ignored'; readonly targets?: true }
  | { readonly kind: 'empty' }
  /**
   * `period`: the header names a period or a plan beside its field ("Giải quyết xong (cùng kỳ
   * 2018)"); `named`: that field, which layout.ts reads when the period is the report's own.
   */
  | { readonly kind: 'unknown'; readonly period?: NamedPeriod; readonly named?: NamedField };

export type FigureRole = Extract<ColumnRole, { kind: 'figure' }>;

/** The field a header names beside a period: "Có điều kiện" of "Có điều kiện (năm 2019)". */
export interface NamedField {
  readonly role: FigureRole;
  /**
   * the year was read in place of "năm trước" ("Năm 2018 chuyển sang"): the field only when it
   * is the year before the report's, never the report's own (then it is carried forward)
   */
  readonly previousYear?: true;
  /**
   * the year was read in place of "kỳ sau" ("Chuyển sang năm 2020"): the field (carried forward)
   * only when it is the year after the report's ("Chuyển sang năm 2019" in a report of 2019:
   * carried into the year, or out of it?)
   */
  readonly nextYear?: true;
}

/** A period or plan a header names beside its field: "cùng kỳ 2018", "năm 2018", "kế hoạch". */
export interface NamedPeriod {
  /** as written, for messages */
  readonly text: string;
  /** the years it names ("cùng kỳ 2018" → [2018]) */
  readonly years: readonly number[];
  /** words of a comparison or a plan ("cùng kỳ", "kỳ trước", "kế hoạch"), not a year alone */
  readonly comparison: boolean;
  /** months or a quarter ("6 tháng", "tháng 9", "quý III"): a part of a year, maybe the report's own period, maybe not */
  readonly partOfYear: boolean;
}

const TO_EXECUTE_AN = /(?<=^| )(phai thi hanh) an(?= |$)/g;
/**
 * "Giảm, miễn" (folded "giam mien"): the law's "miễn, giảm" (Điều 61, miễn, giảm nghĩa vụ thi
 * hành án) in the other order, the same words: "Giảm, miễn", "Giảm, miễn nghĩa vụ thi hành án",
 * "Xét giảm, miễn THA" read as their "Miễn, giảm …".
 */
const REDUCED_PAIR = /(?<=^| )giam mien(?= |$)/g;
/**
 * A header folded for the field table: foldHeader, its abbreviations written out, "phải thi
 * hành án" said as "phải thi hành" (the cases to execute are a judgment's: "Tổng số phải THA"),
 * and "giảm, miễn" as "miễn, giảm" (REDUCED_PAIR).
 */
function foldName(text: string): string {
  return expandAbbreviations(foldHeader(text)).replace(TO_EXECUTE_AN, '$1').replace(REDUCED_PAIR, 'mien giam');
}
/**
 * A field's spelling ending "thi hành án" (folded) may name the civil kind after it, the only
 * kind thads reads, in words or abbreviated: "Miễn, giảm nghĩa vụ thi hành án dân sự", "Miễn,
 * giảm nghĩa vụ THADS", "Hoãn THADS" are their "… thi hành án" ("… THA"). Figure fields only: an
 * identity's words ("Cục THADS", a title's "CỤC THI HÀNH ÁN DÂN SỰ") are read as written.
 */
const CIVIL_KIND_AFTER = / thi hanh an$/;

/** A field's folded spellings with the words its name may end with: the civil kind (CIVIL_KIND_AFTER), the field's in-full words (IN_FULL_WORDS). */
function withNameEnds(field: FieldKey, forms: ReadonlySet<string>): Set<string> {
  const all = new Set(forms);
  for (const form of forms) {
    if (CIVIL_KIND_AFTER.test(form)) all.add(`${form} dan su`).add(form.replace(CIVIL_KIND_AFTER, ' thads'));
    for (const w of IN_FULL_WORDS[field] ?? []) all.add(`${form} ${foldName(w)}`);
  }
  return all;
}

type Target = { kind: 'figure'; field: FieldKey; measure: Measure | null } | { kind: 'identity'; key: IdentityKey } | { kind: 'ignored' };

const COMPUTED = COMPUTED_HEADER_PREFIXES.map(foldHeader);

/** Words the forms put between a group and its sub-columns ("Chia ra", "Trong đó:"), folded. */
const CONNECTORS = new Set(['chia ra', 'trong do', 'bao gom', 'gom', 'cu the', 'trong so do']);
const CONNECTOR_PREFIX = /^(chia ra|trong đó|trong do|bao gồm|gồm|trong số đó)(?:\s*[:,.\-–]\s*|\s+)(?=\S)/iu;

/** A cell that only links a group to its sub-columns: "Chia ra", "Trong đó:". */
export function isConnector(cell: string): boolean {
  return CONNECTORS.has(foldHeader(cell));
}

/** A sub-column named after a connector: "Trong đó: có điều kiện", "Chia ra: Đình chỉ". */
export function startsWithConnector(cell: string): boolean {
  return CONNECTOR_PREFIX.test(cell.replace(/\s+/g, ' ').trim());
}

/**
 * "Of which" opening a one-row header's cell ("Trong đó: chuyển kỳ sau", "Trong do có điều kiện",
 * "Trong số đó …", "TĐ:", "T.đó:", "Trđ:" cut short, with their colon as row labels write them):
 * the column is a part of the column before it, never its named field whole (layout.ts ofWhichParts).
 */
const OF_WHICH_PREFIX = /^(?:trong (?:(?:số|so) )?(?:đó|do)(?:\s*[:,.\-–]\s*|\s+)|(?:trđ|t ?\. ?đó|tđ)\s*:\s*)(?=\S)/iu;
export function startsWithOfWhich(cell: string): boolean {
  return OF_WHICH_PREFIX.test(cell.normalize('NFC').replace(/\s+/g, ' ').trim());
}

/**
 * A group over figure columns naming a kind of cases after "of which" or "Riêng": "Trong đó: án tín
 * dụng - ngân hàng", "Trong đó: Án hình sự", "Riêng án tín dụng ngân hàng" beside "Tổng số" over
 * the same fields. Its columns count a part of the cases, never the fields whole (work104b 02: the
 * two groups' "Có điều kiện" refused DUPLICATE_COLUMN). `rest`'s own reading (`match`) must name
 * nothing: "Trong đó: có điều kiện" over "Thi hành xong | Đình chỉ" is a field's group, and a bare
 * "Trong đó" links a group to its sub-columns (isConnector).
 */
const RIENG_PREFIX = /^riêng(?:\s*[:,.\-–]\s*|\s+)(?=\S)/iu;
export function namesOfWhichKindGroup(text: string, namesSomething: (rest: string) => boolean): boolean {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const m = OF_WHICH_PREFIX.exec(t) ?? RIENG_PREFIX.exec(t);
  if (m === null) return false;
  const rest = t.slice(m[0].length).trim();
  return hasLetter(rest) && !namesSomething(rest);
}

/**
 * A header thads does not know that reads like a part of "resolved" (thi hành xong + đình chỉ +
 * giảm): when resolved is summed from its parts, such a column would be left out of it.
 *   "Đình chỉ (QĐ số…)", "Xét giảm", "ĐC", "Đ/C" (đình chỉ or địa chỉ, điều chỉnh: never guessed), "Thực thu" → true; "Tạm đình chỉ khác", "Tăng, giảm",
 *   "Chưa giải quyết xong", "Còn lại chưa thi hành xong" → false
 */
export function looksLikeResolvedPart(cell: string): boolean {
  const f = ` ${foldHeader(cell)} `.replace(/ tam (?:dinh chi|d chi|dchi) /g, ' ').replace(/ tang giam /g, ' ');
  return !NEGATED.test(f) && / (dinh chi|d chi|dchi|giam|mien|xong|giai quyet|thuc thu|dc|d c|th xong) /.test(f);
}
/**
 * A header whose words say a total ("Tổng số đã giải quyết", "Tổng giải quyết"): whatever it
 * sums, never a part of resolved — a hint never offers to alias it onto one (layout.ts).
 */
export function namesATotal(cell: string): boolean {
  return / tong /.test(` ${foldHeader(cell)} `);
}
/**
 * "Tổng số giải quyết", "Tổng số việc giải quyết" (no "phải"): the ministry's forms head total
 * accepted so (the cases to resolve: carried over + new), and another form its resolved (Thi
 * hành xong + Đình chỉ, Nam Định 2019: 61 = 52 + 9). Read as total only where the file's carried
 * over and new of that measure check it, row by row (layout.ts, collect.ts). "Tổng số (việc)
 * phải giải quyết" says the cases to resolve: no doubt.
 */
export function namesResolvingTotal(cell: string): boolean {
  const f = ` ${foldHeader(cell)} `;
  return / giai quyet /.test(f) && !/ phai /.test(f);
}
/**
 * "Tổng số phải giải quyết", "Tổng số việc phải giải quyết": the cases to resolve, which a form
 * counts before the deductions (total accepted: carried over + new, Pleiku) or after them — the
 * figure the 2019–2026 forms head "Tổng số phải thi hành" (Nam Định 2019: 694 = 317 + 384 − 4 − 3
 * = 586 + 108). Which one its place tells: after a delegated or withdrawn column, or beside
 * another total, it is to execute (layout.ts), checked row by row as a doubtful total is.
 */
export function namesToResolve(cell: string): boolean {
  const f = ` ${foldHeader(cell)} `;
  return / giai quyet /.test(f) && / phai /.test(f);
}
/**
 * "Xong" alone, counted or in the past tense ("Số xong", "Đã xong", "Việc xong"): the forms' thi
 * hành xong (completed) or giải quyết xong (resolved: completed + terminated, + reduced for
 * money), which differ by the other parts — never guessed (traps30 r2: "CĐK | Xong | Đình chỉ"
 * refused MISSING_COLUMN without a word of the column; layout.ts refuses it, COLUMN_AMBIGUOUS).
 */
const DONE_ALONE = new RegExp(`^(?:(?:tong so|so|${MEASURES.flatMap((m) => MEASURE_WORDS[m]).map(foldHeader).join('|')}) )*(?:da )?xong(?: (?:${MEASURES.flatMap((m) => MEASURE_WORDS[m]).map(foldHeader).join('|')}))?$`);
export function namesDoneAlone(cell: string): boolean {
  return DONE_ALONE.test(foldName(cell));
}
/**
 * The half of "miễn, giảm" (reduced) a header names alone: "Miễn thi hành án" → 'mien', "Giảm
 * thi hành án", "Xét giảm" → 'giam'; both words ("Miễn, giảm") or neither → null. Two columns of
 * the two halves are summed into reduced (layout.ts; traps30 gt2: "Miễn thi hành án | Giảm thi
 * hành án" refused UNKNOWN_RESOLVED_PART).
 */
export function reducedHalf(cell: string): 'mien' | 'giam' | null {
  const f = ` ${foldName(cell)} `;
  const mien = / mien /.test(f);
  return mien === / giam /.test(f) ? null : mien ? 'mien' : 'giam';
}
/** "Chưa", "không", "còn lại" deny the words after them: "Chưa giải quyết xong" is no part of resolved. */
const NEGATED = / (chua|khong|con lai) /;
/**
 * "Chưa giải quyết xong", "Còn lại chưa thi hành xong" (folded, abbreviations written out): the
 * cases not resolved, which a header may give beside carried forward's name to say what it is
 * ("Chưa giải quyết xong (chuyển kỳ sau)"). Alone, it is no field (warned, never guessed).
 */
const NOT_RESOLVED = /(?:^| )(?:con lai )?chua (?:duoc )?(?:giai quyet|thi hanh)(?: xong)?(?= |$)/;
/**
 * Words (folded, whole) by which a header names a figure of another period or a plan, not the
 * report's own: "(cùng kỳ 2018)", "(CK)", "(CKNT)" (cùng kỳ năm trước), "(N-1)", "(kỳ trước)",
 * "(năm trước)", "(kế hoạch)", "(KH)", "(chỉ tiêu)", "(phải đạt)", "(ước)", "(ước thực hiện)",
 * "(dự kiến)", "(số liệu cũ)", "(trước điều chỉnh)", "(so với …)", "(tăng/giảm)". Such a column
 * beside the field's own would be read in its place; without it, as the field (a figure of 2018
 * printed as 2019's).
 */
const COMPARISON = new RegExp(`(^| )(${[...COMPARISON_WORDS, 'ck', 'cknt', 'ckk', 'n 1', 'kh', 'phai dat', 'uoc', 'so lieu cu', 'truoc dieu chinh'].join('|')})( |$)`);
/** "(+/-)", "(±)": a change on another period, which folding would drop. */
const PLUS_MINUS = /\(\s*(?:\+\s*\/?\s*[-−–]|±)\s*\)|\+\s*\/\s*[-−–]|±/u;
/**
 * Months or a quarter without the year's words (folded): "(6 tháng)", "(10 tháng)", "(tháng 9)",
 * "(BC tháng 8)", "(quý III)". Whether that is the report's own period cannot be told from the
 * header (a 6-month report's, or 6 months of a year's report): the column is read as the field
 * only for "12 tháng" in a report of a whole year (own-period.ts) — a report that then lacks the
 * figure is refused, never given another period's.
 */
const PART_OF_YEAR = /(^| )(\d{1,2} thang|thang \d{1,2}|quy (i|ii|iii|iv|[1-4])|\d{1,2}t|t\d{1,2})( |$)/;
const YEARS = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** A form's column number: "(3)", "[3]", "3". */
const COLUMN_NUMBER = String.raw`(?:\(\s*\d{1,2}\s*\)|\[\s*\d{1,2}\s*\]|(?<![\p{L}\d])\d{1,2}(?!\d))`;
/**
 * The form's column formula after a header's words: "Có điều kiện (3)=(4)+(5)", "(3) = (4) +
 * (5)", "[3]=[4]+[5]", "3=4+5", "(3)=(4)+…+(9)". Column numbers, like the plain "(3)" the
 * parentheses loop drops; an equals sign is needed, so a number alone is never taken off.
 */
const COLUMN_FORMULA = latinLetters(new RegExp(String.raw`\s*${COLUMN_NUMBER}\s*=\s*${COLUMN_NUMBER}(?:\s*[+\-−–]\s*(?:${COLUMN_NUMBER}|…|\.{2,3}))+\s*$`, 'u'));
/** A note in parentheses ending a header: "(nghìn đồng)", "(việc)", "(cùng kỳ 2018)". */
const PAREN_NOTE = /\(([^()]*)\)\s*$/;
/** A unit or measure after a dash ending a header: "Có điều kiện - nghìn đồng", "– việc". */
const DASH_NOTE = /\s[-–—]\s*([^()\-–—]+)$/u;
/** A unit after a line break, comma, colon or slash: "Tiền có điều kiện⏎nghìn đồng" (Alt+Enter), "…, nghìn đồng", "…/1.000đ". */
const SEPARATED_NOTE = /\s*[\n,:：/]\s*([^\n,:：/()[\]]+?)\s*$/u;
/** A unit in brackets: "Tiền có điều kiện [nghìn đồng]" ("[3]" is a column number, no note). */
const BRACKET_NOTE = /\[\s*([^[\]]*?)\s*\]\s*$/;
/**
 * A multiplier after a space, its sign before its figures: "Tiền có điều kiện x1000", "… ×1.000",
 * "… x 1.000", "… * 1000" state the column's unit as "(x1000)" does (traps25 5: refused
 * MISSING_COLUMN, or the column dropped as unknown); no word of a field's name is written so.
 */
const MULTIPLIER_NOTE = /^[x×*]\s*\d/iu;
/** The last one, two or three words after a space, longest first: "Tiền có điều kiện nghìn đồng". */
const SPACED_NOTES = [3, 2, 1].map((n) => new RegExp(String.raw`\s((?:\S+\s+){${n - 1}}\S+)$`, 'u'));

/**
 * A revision's note (folded) after a field's name, as "(sau rà soát)" is in parentheses: "Việc có
 * điều kiện sau rà soát", "… - sau đối chiếu", "…: đã điều chỉnh", "… thực tế", "… số liệu mới",
 * "… cập nhật", "… sửa". The field's figure after the Cục's review, which the clerk inserts
 * beside the original and often hides that one: beside it, the same figure twice
 * (DUPLICATE_COLUMN, layout.ts); read unknown, the superseded hidden column was summed alone
 * (round 101a, 02). Never "mới" alone: "Có điều kiện - Mới" beside "- Cũ"/"- Tổng số" is the
 * field's new cases, a part (work102a 01: read as the whole, 90 for 320).
 */
const REVISION_NOTES = new Set(['sau ra soat', 'da ra soat', 'sau doi chieu', 'da doi chieu', 'sau dieu chinh', 'da dieu chinh', 'thuc te', 'so lieu moi', 'cap nhat', 'da cap nhat', 'sua', 'da sua']);
function revisionNote(name: string, note: RegExpExecArray | null): boolean {
  return note !== null && REVISION_NOTES.has(foldHeader(note[1]!)) && !/ thu ly$/.test(` ${foldHeader(name.slice(0, note.index))}`);
}

/**
 * The note ending a header: in parentheses; a measure after a dash (so "- cùng kỳ" is never
 * dropped from the header's words); a money unit after a dash, line break, comma, colon, slash,
 * in brackets, or after a space when it names its currency ("nghìn đồng", "VNĐ", "1.000đ", never
 * "đồng" alone: "Hội đồng") or is a multiplier ("x1000", MULTIPLIER_NOTE); a revision's note (REVISION_NOTES) after a dash, colon or space.
 */
function trailingNote(name: string, measureWords: ReadonlyMap<string, Measure>): RegExpExecArray | null {
  const paren = PAREN_NOTE.exec(name);
  if (paren) return paren;
  const dash = DASH_NOTE.exec(name);
  if (dash && (parseHeaderUnit(dash[1]!) !== null || measureWords.has(foldHeader(dash[1]!)) || revisionNote(name, dash))) return dash;
  for (const re of [SEPARATED_NOTE, BRACKET_NOTE]) {
    const m = re.exec(name);
    if (m && (parseHeaderUnit(m[1]!) !== null || (re === SEPARATED_NOTE && revisionNote(name, m)))) return m;
  }
  for (const re of SPACED_NOTES) {
    const m = re.exec(name);
    const folded = m ? foldHeader(m[1]!) : '';
    if (m && ((parseMoneyUnit(m[1]!) !== null && (/(d|dong|vnd)$/.test(folded) || MULTIPLIER_NOTE.test(m[1]!)) && folded !== 'd' && folded !== 'dong') || revisionNote(name, m))) return m;
  }
  return null;
}

/**
 * The period or plan a header text names ("cùng kỳ 2018", "năm 2018", "2018", "6 tháng"), or
 * null. A year is read as another period whatever it is: the header is matched without the
 * file's year (layout.ts tells the file's own year apart).
 */
export function namedPeriod(text: string): NamedPeriod | null {
  const folded = foldHeader(text);
  const years = (folded.match(YEARS) ?? []).map(Number);
  const comparison = COMPARISON.test(folded) || PLUS_MINUS.test(text);
  const partOfYear = PART_OF_YEAR.test(folded);
  return comparison || partOfYear || years.length > 0 ? { text: text.replace(/\s+/g, ' ').trim(), years, comparison, partOfYear } : null;
}

/**
 * A group cell's words for its measure beyond the measure words (MEASURE_WORDS), folded: "Số vụ
 * việc", "Số lượng việc", "Về số lượng việc", "Số vụ", "Số quyết định", "Việc thi hành án", "Số
 * việc THA", "Tổng hợp việc", "Đếm theo việc"; "Tiền thi hành án", "Số tiền THA", "Về giá trị".
 * One case is one decision (DOMAIN.md). Group cells and sub-columns only (groupOf), never a
 * field's name: beside a money group they were read as money by its unit, or refused (traps30
 * gm4: "Số vụ việc" | "Số tiền (nghìn đồng)", the cases summed as money, exit 0).
 */
const GROUP_CASES_WORDS = /^(?:(?:ve|tong hop|dem theo|tinh theo) )?(?:so luong viec|so vu viec|so vu|so quyet dinh|so viec|vu viec|viec)(?: (?:thi hanh an(?: dan su)?|tha|thads))?$/;
const GROUP_MONEY_WORDS = /^(?:ve )?(?:so tien|tien|gia tri)(?: (?:thi hanh an(?: dan su)?|tha|thads))?$/;

function groupWordsMeasure(folded: string): Measure | null {
  return GROUP_CASES_WORDS.test(folded) ? 'cases' : GROUP_MONEY_WORDS.test(folded) ? 'money' : null;
}

/** A cell's last bracket: the name before it (1) and its note (2). */
const BRACKET_END = /^(.*?)\s*[([]\s*([^()[\]]*?)\s*[)\]]\s*$/;
/**
 * A group cell's measure (1) and its unit after the first dash, colon or slash (2): "VỀ TIỀN -
 * Đơn vị tính: 1.000 đồng", "Về tiền: nghìn đồng", "Về tiền/nghìn đồng" (groupOf reads 2 as a unit).
 */
const GROUP_UNIT_NOTE = /^(.+?)(?:\s+[-–—]\s*|\s*[:：/]\s*)(\S.*)$/su;
/**
 * Two brackets side by side, a unit's and a period's ("Tiền (nghìn đồng) (năm 2019)"), written
 * as the one bracket of both notes: "Tiền (nghìn đồng; năm 2019)" (unitBesidePeriod). Any other
 * cell as it is.
 */
function oneBracket(cell: string): string {
  const last = BRACKET_END.exec(cell);
  const first = last ? BRACKET_END.exec(last[1]!) : null;
  if (!first) return cell;
  const notes = `${first[2]}; ${last![2]}`;
  return unitBesidePeriod(notes) ? `${first[1]} (${notes})` : cell;
}

/** Where one bracket sets two notes apart: ";", "," before a space (not "1,000"), a spaced dash. */
const NOTES_SEPARATOR = /\s*;\s*|,\s+|\s+[-–—]\s+/gu;

/**
 * A bracket holding a money unit and a period, each a note of its own: "(nghìn đồng; năm
 * 2019)", "(năm 2019, triệu đồng)", "(ĐVT: 1.000đ - cùng kỳ 2018)". The unit is read as
 * "(nghìn đồng)" is (units.ts), the period as "(năm 2019)" is (namedPeriod, judged by layout.ts).
 * Null for any other note: read whole.
 */
export function unitBesidePeriod(note: string): { readonly unit: string; readonly period: string } | null {
  for (const sep of note.matchAll(NOTES_SEPARATOR)) {
    const parts = [note.slice(0, sep.index).trim(), note.slice(sep.index + sep[0].length).trim()];
    for (const [unit, period] of [parts, [...parts].reverse()] as [string, string][]) {
      if (parseHeaderUnit(unit) !== null && parseHeaderUnit(period) === null && namedPeriod(period) !== null) return { unit, period };
    }
  }
  return null;
}

/**
 * A header note naming a span in a group's words ("trong tháng", "lũy kế 6 tháng",
 * group-span.ts): a part of a year beside the field, which layout.ts judges (isOwnPeriod).
 */
function spanPeriod(note: string): NamedPeriod | null {
  return noteSpan(note) ? { text: note.replace(/\s+/g, ' ').trim(), years: [], comparison: false, partOfYear: true } : null;
}
/** The most words a span after a field's name is written in ("lũy kế từ 01/10/2018 đến 30/9/2019"). */
const MAX_SPAN_WORDS = 8;

/** The words naming a target, folded: "Chỉ tiêu", "Target(s)". */
const TARGET_WORD = /(?:^| )(chi tieu|targets?)(?= |$)/;
/**
 * Words before the target that make the column a result held against it, not the target:
 * "Vượt chỉ tiêu", "So với chỉ tiêu", "Đạt chỉ tiêu", "Above target", "Gap to target".
 */
const RESULT_BEFORE = /(?:^| )(vuot|so voi|dat|thieu|hoan thanh|chenh lech|above|below|met|vs|versus|against|to|of|gap)$/;
/** Words after "Chỉ tiêu" that make it the forms' indicator column, holding labels: "Chỉ tiêu thống kê", "Chỉ tiêu so sánh". */
const INDICATOR_AFTER = /^ (thong ke|so sanh)(?= |$)/;
/**
 * thads' own result columns read back (output/csv.ts, output/markdown): "cases_target", "Chỉ tiêu
 * việc (%)", "Chỉ tiêu việc: đạt", "Việc: Chỉ tiêu", "Money (billion VND): Target". Its workbook's
 * bare "Chỉ tiêu" is told by the whole label row (layout.ts). Folded.
 */
const OWN_MEASURE = MEASURES.flatMap((m) => [MEASURE_LABEL[m].vi, MEASURE_LABEL[m].en, m].map(foldHeader)).join('|');
const OWN_TARGET_LABEL = new RegExp(`^(chi tieu (${OWN_MEASURE})( .*)?|(${OWN_MEASURE})( .*)? (chi tieu|target))$`);

/**
 * A header naming the targets assigned to the offices, wherever the word stands: "Chỉ tiêu giao
 * (%)", "Chỉ tiêu", "Chỉ tiêu (%)", "Chỉ tiêu năm 2019", "Tỷ lệ chỉ tiêu", "Target (%)", "Assigned
 * target". Not a result held against one ("Vượt chỉ tiêu", "Đạt chỉ tiêu"), the forms' indicator
 * column ("Chỉ tiêu thống kê"), nor thads' own output read back (its results state the targets
 * it applied). SPEC §5 takes targets from flags, the config and the built-in table only: such a
 * column is ignored, and said (layout.ts).
 */
export function namesTarget(text: string): boolean {
  const folded = foldHeader(text);
  const word = TARGET_WORD.exec(folded);
  if (!word) return false;
  const before = folded.slice(0, word.index);
  const after = folded.slice(word.index + word[0].length);
  if (RESULT_BEFORE.test(before) || (word[1] === 'chi tieu' && INDICATOR_AFTER.test(after))) return false;
  const own = OWN_TARGET_LABEL.test(folded) && (/[:_]/.test(text) || /^chi tieu (viec|tien)$/.test(folded));
  return !own;
}

/** More words than any field's name or alias has ("tổng số việc phải thi hành có điều kiện …"). */
const MAX_NAME_WORDS = 16;

/**
 * The past tense before a field's name, folded: "Đã đình chỉ", "Đã được giảm", "Số việc đã thi
 * hành xong", "Tiền đã giảm" — the year-end narrative's verbs ("đã thi hành xong … việc, đã đình
 * chỉ … việc") copied into a table's headers, the same field; so is the passive alone, "Được
 * giảm" (traps30: refused UNKNOWN_RESOLVED_PART). After the words that count it or name its measure only ("Số", "Tổng số", "Việc", "Số tiền"); the words before it are kept.
 */
const PAST = new RegExp(`^((?:(?:tong so|so|${MEASURES.flatMap((m) => MEASURE_WORDS[m]).map(foldHeader).join('|')}) )*)(?:da (?:duoc )?|duoc )(?=\\S)`);

/** Words counting a figure before its name, folded: "Số", "Tổng số"; and "phải thi hành" before (chưa) có điều kiện. */
const COUNTED = /^(tong so|so) (phai thi hanh )?(?=\S)/;

/** "giải quyết" (folded): resolving, in total's names "Tổng số (phải) giải quyết" only before it is done. */
const RESOLVE_WORDS = /(?:^| )giai quyet(?= |$)/;

/** An Excel Table's ("Column5", Vietnamese "Cột5") or Power Query's ("Column 5") name for a column it found no header for. */
const PLACEHOLDER_HEADER = /^(?:column ?|c[ộo]t)\d{1,3}$/iu;

/**
 * A header cell that holds no header, only what stands where one was lost, said for a message:
 * an Excel error ("#REF!" of a header cell referring to a deleted one), "0" (a formula referring
 * to an empty cell), a Table's or Power Query's placeholder ("Column5", "Cột5"). It is an empty
 * header cell: a number under it is refused (VALUE_WITHOUT_HEADER), never ignored as an unknown
 * column (traps44 2: "#REF!" over Đình chỉ, resolved 200 for 230, exit 0; "#NAME?" read as
 * "Name", the office column). Null for any other cell.
 */
export function lostHeader(cell: string): string | null {
  const text = cell.trim();
  if (isSpreadsheetError(text)) return `the Excel error ${text.toUpperCase()} (a formula's failed result)`;
  if (text === '0') return '0 (what a formula shows for an empty cell it refers to)';
  if (PLACEHOLDER_HEADER.test(text.normalize('NFC'))) return `"${text}" (the name Excel or Power Query gives a column without a header)`;
  return null;
}

/** Excel Table's and Power Query's suffix on a repeated header: "…2", "…_1", "… 3" (renamedDuplicate). */
const RENAMED_DUPLICATE = /^(.*[^\s\d_])(?:[ _]?)(?<!\d)[1-9]\d?$/u;
const EMPTY: ColumnRole = { kind: 'empty' };
const UNKNOWN: ColumnRole = { kind: 'unknown' };
const IGNORED: ColumnRole = { kind: 'ignored' };
const TARGETS: ColumnRole = { kind: 'ignored', targets: true };

export class HeaderMatcher {
  private readonly table = new Map<string, Target>();
  private readonly measureWords = new Map<string, Measure>();
  /** the headers config aliases name (folded): what the user says, never doubted */
  private readonly configured = new Set<string>();

  /** `aliases`: header text → canonical name (`cases_with_conditions`, `with_conditions`, `district`). */
  constructor(aliases: Readonly<Record<string, string>> = {}) {
    for (const m of MEASURES) for (const w of MEASURE_WORDS[m]) this.measureWords.set(foldHeader(w), m);
    for (const h of IGNORED_HEADERS) this.table.set(foldName(h), { kind: 'ignored' });
    // The enforcer of each row ("Chấp hành viên"): known, no figure; its names tell an office's
    // rows by enforcer from their unnamed subtotal (domain/office-runs.ts).
    for (const h of PERSON_HEADERS) this.table.set(foldName(h), { kind: 'ignored' });
    // thads' own results ("cases_rate", "money_rank_of"), in its output read back: recomputed.
    for (const m of MEASURES) for (const k of RESULT_KEYS) this.table.set(foldName(`${m}_${k}`), { kind: 'ignored' });
    for (const key of IDENTITY_KEYS) {
      this.table.set(key, { kind: 'identity', key });
      this.table.set(foldName(IDENTITY[key].label.en), { kind: 'identity', key });
      for (const a of IDENTITY[key].aliases) this.table.set(foldName(a), { kind: 'identity', key });
    }
    for (const f of FIELDS) {
      const forms = withNameEnds(f.key, new Set([f.key, f.label.en, f.label.vi, ...f.aliases].map(foldName)));
      for (const form of forms) {
        this.table.set(form, { kind: 'figure', field: f.key, measure: null });
        for (const [word, m] of this.measureWords) {
          if (f.moneyOnly && m !== 'money') continue;
          this.table.set(`${word} ${form}`, { kind: 'figure', field: f.key, measure: m });
          this.table.set(`${form} ${word}`, { kind: 'figure', field: f.key, measure: m });
        }
      }
    }
    // Config aliases win over built-in spellings.
    for (const [header, canonical] of Object.entries(aliases)) {
      const target = HeaderMatcher.canonical(canonical);
      if (!target) continue;
      this.table.set(foldName(header), target);
      this.configured.add(foldName(header));
    }
  }

  /**
   * A column read as total from words that may say resolved ("Tổng số giải quyết",
   * namesResolvingTotal), unless a config alias names it: total only where carried over and new check it.
   */
  doubtfulTotal(header: string, role: ColumnRole): boolean {
    return role.kind === 'figure' && role.field === 'total' && namesResolvingTotal(header) && !this.configured.has(foldName(header.replace(/\s+/g, ' ').trim()));
  }

  /**
   * A column read as total from "Tổng số phải giải quyết" (namesToResolve), unless a config alias
   * names it: to execute where it stands after the deductions or beside another total (layout.ts).
   */
  totalToResolve(header: string, role: ColumnRole): boolean {
    return role.kind === 'figure' && role.field === 'total' && namesToResolve(header) && !this.configured.has(foldName(header.replace(/\s+/g, ' ').trim()));
  }

  /** `cases_with_conditions` → cases/with_conditions; `with_conditions` → measure unknown; `district`. */
  static canonical(name: string): Target | null {
    if ((IDENTITY_KEYS as readonly string[]).includes(name)) return { kind: 'identity', key: name as IdentityKey };
    for (const f of FIELDS) {
      if (name === f.key) return { kind: 'figure', field: f.key, measure: null };
      for (const m of MEASURES) if (name === `${m}_${f.key}` && (m === 'money' || !f.moneyOnly)) return { kind: 'figure', field: f.key, measure: m };
    }
    return null;
  }

  /** Names accepted as targets of config aliases, for the schema and error messages. */
  static canonicalNames(): string[] {
    const names: string[] = [...IDENTITY_KEYS];
    for (const f of FIELDS) {
      names.push(f.key);
      for (const m of MEASURES) if (m === 'money' || !f.moneyOnly) names.push(`${m}_${f.key}`);
    }
    return names;
  }

  /** A measure named on its own: a group cell above a two-row header ("Về việc", "Tiền", "Về tiền (nghìn đồng)"); `headings`: see groupOf. */
  measureOf(cell: string, headings = false): Measure | null {
    return this.groupOf(cell, headings)?.measure ?? null;
  }

  /**
   * A group cell naming a measure, and the money unit it may carry: "Về tiền (nghìn đồng)" →
   * money, thousand. `headings`: a cell of the header's own group row (layout.ts
   * headingGroupRows), where words of the narrative report's block headings ("I. Về việc", "Kết
   * quả về tiền", "B. MONEY", "Part 1: Cases") name the same measure (headingMeasure) — elsewhere
   * such words are a title line's.
   */
  groupOf(cell: string, headings = false, above = false): { measure: Measure; unit: MoneyUnit | null; badUnit?: string } | null {
    const m = BRACKET_END.exec(oneBracket(cell));
    const measureIn = (name: string): Measure | null =>
      this.measureWords.get(foldHeader(name)) ?? groupWordsMeasure(foldHeader(name)) ?? (headings && name.trim() !== '' ? headingMeasure(name) : null) ?? (above ? (this.measureBesidePeriod(name, headings)?.measure ?? null) : null);
    // "VỀ TIỀN - Đơn vị tính: 1.000 đồng", "Về tiền: nghìn đồng", "Về việc - Đơn vị tính: việc":
    // a unit of the measure after the dash is the group's, as in brackets. Other words there
    // ("Tiền - Tổng số", "Về việc - năm 2019", "Phần 1: Việc"), or a unit of the other measure
    // ("Về tiền - việc"), leave the cell read whole, as before.
    const dashed = m ? null : GROUP_UNIT_NOTE.exec(cell.trim());
    if (dashed) {
      const unit = parseHeaderUnit(dashed[2]!);
      const dashedMeasure = unit !== null || namesCasesUnit(dashed[2]!) ? measureIn(dashed[1]!) : null;
      if (dashedMeasure !== null && (dashedMeasure === 'money') === (unit !== null)) return { measure: dashedMeasure, unit };
    }
    const name = m ? m[1]! : cell;
    const measure = measureIn(name);
    if (!measure) return null;
    if (!m) return { measure, unit: null };
    // "Tiền (nghìn đồng; năm 2019)": the unit's note (the period's is the sub-column's, layout.ts)
    const note = unitBesidePeriod(m[2]!)?.unit ?? m[2]!;
    const unit = parseHeaderUnit(note);
    if (unit) return { measure, unit };
    // "Tiền (Việc - triệu đồng)", "Việc (Việc - triệu đồng)": the group's measure takes its unit of the pair
    const paired = casesAndMoneyUnit(note);
    if (paired) return { measure, unit: measure === 'money' ? paired : null };
    return mentionsMoney(m[2]!) ? { measure, unit: null, badUnit: m[2]! } : { measure, unit: null };
  }

  /**
   * A group cell above the header naming its measure beside a period: "Việc năm 2019", "VỀ TIỀN
   * NĂM 2019", "Kết quả thi hành án tính bằng việc năm 2019", "Về việc từ 01/10/2018 đến
   * 30/9/2019", "Về việc (từ 01/10/2018 đến 30/9/2019)", as "Việc (năm 2019)" always was: its
   * measure, and the period's words (the shortest ending, namedPeriod or groupSpan), which
   * layout.ts judges as a group of those words alone (the report's own, or another's: refused).
   * Null where the cell is no measure beside a period. Groups above the header only (groupOf's
   * `above`): a sub-column "Việc năm 2018" under a field is left as it was.
   */
  measureBesidePeriod(cell: string, headings = false): { measure: Measure; period: string } | null {
    const text = cell.replace(/\s+/g, ' ').trim();
    const isPeriod = (words: string) => namedPeriod(words) !== null || groupSpan(words) !== null;
    const bracket = /^(.+?)\s*[([]\s*([^()[\]]*?)\s*[)\]]$/.exec(text);
    if (bracket && isPeriod(bracket[2]!)) {
      const measure = this.measureOf(bracket[1]!, headings);
      return measure ? { measure, period: bracket[2]! } : null;
    }
    const words = text.split(' ');
    for (let n = 1; n < words.length && n <= MAX_SPAN_WORDS; n++) {
      const period = words.slice(-n).join(' ');
      if (!isPeriod(period)) continue;
      const measure = this.measureOf(words.slice(0, -n).join(' '), headings);
      if (measure) return { measure, period };
    }
    return null;
  }

  /**
   * Exact folded spelling, or one with the measure word inside ("Tổng số tiền thụ lý"); or
   * carried forward named beside the words of not resolved ("Chưa giải quyết xong chuyển kỳ sau").
   */
  private lookup(folded: string): Target | undefined {
    const found = this.lookupName(folded) ?? this.counted(folded) ?? this.past(folded);
    if (found || !NOT_RESOLVED.test(folded)) return found;
    const rest = this.lookupName(folded.replace(NOT_RESOLVED, ' ').replace(/\s+/g, ' ').trim());
    return rest?.kind === 'figure' && rest.field === 'carried_forward' ? rest : undefined;
  }

  /**
   * A figure's name after the words that count it: "Số có điều kiện thi hành", "Tổng số có điều
   * kiện thi hành", "Số phải thi hành có điều kiện" (the cases to execute that have conditions),
   * "Số đình chỉ". Not a count word before total or to execute: "Tổng số thụ lý", "Tổng số phải
   * thi hành" are their own names, matched whole; stripped, "phải thi hành" would be another field.
   */
  private counted(folded: string): Target | undefined {
    const m = COUNTED.exec(folded);
    if (!m) return undefined;
    const t = this.lookupName(folded.slice(m[0].length));
    if (t?.kind !== 'figure' || t.field === 'total' || t.field === 'to_execute') return undefined;
    return !m[2] || t.field === 'with_conditions' || t.field === 'without_conditions' ? t : undefined;
  }

  /**
   * A figure's name in the past tense: "Đã đình chỉ" is terminated, as "Đã thi hành xong" is
   * completed. Not carried over: "Đã chuyển sang" may say moved on to the next year as well as
   * brought in from the last (neither is guessed).
   */
  private past(folded: string): Target | undefined {
    const rest = folded.replace(PAST, '$1');
    if (rest === folded) return undefined;
    const t = this.lookupName(rest) ?? this.counted(rest);
    // Nor total from "giải quyết": "Tổng số đã giải quyết" counts the cases resolved, never the
    // cases to resolve that "Tổng số giải quyết" names (fields.ts).
    if (t?.kind === 'figure' && t.field === 'total' && RESOLVE_WORDS.test(rest)) return undefined;
    return t?.kind === 'figure' && t.field !== 'carried_over' ? t : undefined;
  }

  private lookupName(folded: string): Target | undefined {
    const direct = this.table.get(folded);
    if (direct) return direct;
    for (const [word, m] of this.measureWords) {
      const at = ` ${folded} `.indexOf(` ${word} `);
      if (at < 0) continue;
      const rest = `${folded.slice(0, at)} ${folded.slice(at + word.length)}`.replace(/\s+/g, ' ').trim();
      const t = this.table.get(rest);
      if (t && t.kind === 'figure' && (t.measure === null || t.measure === m)) return { ...t, measure: m };
    }
    return undefined;
  }

  /**
   * A known figure's header renamed as a duplicate by an Excel Table ("Việc có điều kiện2") or
   * Power Query ("Việc có điều kiện_1", "… 1"): that figure's header again, so a repeated figure
   * is DUPLICATE_COLUMN, or its group's period tells this year's pair (layout.ts). Read unknown,
   * the renamed pair was dropped and the first one summed — last year's beside "Năm 2025"
   * (traps44 1: 280/210 for 300/230). Only when the rest is a figure's header: "Cột 5",
   * "Phòng THADS khu vực 2", "Năm 2025" are not caught.
   */
  private renamedDuplicate(text: string): ColumnRole | null {
    const m = RENAMED_DUPLICATE.exec(text);
    if (!m) return null;
    const role = this.matchText(m[1]!);
    return role.kind === 'figure' ? role : null;
  }

  /** A header naming `period` beside `rest`: unknown, with the field `rest` names (if one, of no other period). */
  private beside(period: NamedPeriod, rest: string, read?: 'previousYear' | 'nextYear'): ColumnRole {
    const role = this.matchText(rest);
    if (role.kind !== 'figure') return { kind: 'unknown', period };
    return { kind: 'unknown', period, named: { role, ...(read ? { [read]: true as const } : {}) } };
  }

  /**
   * A year written among the header's words, not in parentheses: "Giải quyết xong năm 2019" is
   * resolved beside the year; "Năm 2018 chuyển sang" is carried over when 2018 is the year
   * before the report's ("năm trước chuyển sang"); "Chuyển sang năm 2020" is carried forward when
   * 2020 is the year after the report's ("chuyển sang kỳ sau"). Not "Chuyển sang năm 2019" in a
   * report of 2019: carried from the year or into it? (and "Năm 2019 chuyển sang" is carried forward).
   */
  private besideWords(period: NamedPeriod, text: string): ColumnRole {
    // "năm 2018-2019": the two calendar years a statistics year spans stand as its one year does
    const [first, second] = period.years.map(String);
    const span = period.years.length === 2 && yearOfSpan(first!, second) !== null;
    if (period.comparison || period.partOfYear || (period.years.length !== 1 && !span)) return { kind: 'unknown', period };
    const written = span ? `${first}\\s*[-–/]\\s*${second}` : first;
    const year = latinLetters(new RegExp(`(?<![\\p{L}\\d])(?:(?:năm|nam|niên độ|nien do)\\s+)?${written}(?!\\d)`, 'iu'));
    const words = year.exec(text);
    if (!words) return { kind: 'unknown', period };
    // the period is the year's words alone ("năm 2019"), which layout.ts holds against the report's
    const alone = { ...period, text: words[0] };
    const withoutYear = this.beside(alone, text.replace(year, ' '));
    if (withoutYear.kind === 'unknown' && withoutYear.named && withoutYear.named.role.field !== 'carried_over') return withoutYear;
    const asPrevious = this.beside(alone, text.replace(year, ' năm trước '), 'previousYear');
    if (asPrevious.kind === 'unknown' && asPrevious.named?.role.field === 'carried_over') return asPrevious;
    const asNext = this.beside(alone, text.replace(year, ' kỳ sau '), 'nextYear');
    return asNext.kind === 'unknown' && asNext.named?.role.field === 'carried_forward' ? asNext : { kind: 'unknown', period };
  }

  /**
   * A field's name with a span after it, without brackets: "Giải quyết xong lũy kế 12 tháng",
   * "Có điều kiện trong tháng" (the field beside a part of a year, layout.ts judges which), or
   * "Có điều kiện lũy kế" (the report's own running total: the field). Null: no field before it.
   */
  private besideSpan(text: string): ColumnRole | null {
    const words = text.split(/\s+/u);
    for (let n = Math.min(MAX_SPAN_WORDS, words.length - 1); n >= 1; n--) {
      const note = words.slice(-n).join(' ');
      const rest = words.slice(0, -n).join(' ');
      const period = spanPeriod(note);
      const role = period ? this.beside(period, rest) : namesOwnRunningTotal(note) ? this.matchText(rest) : null;
      if (role && namesField(role)) return role;
    }
    return null;
  }

  /**
   * The field an unknown header's first words name, for a message: "Có điều kiện (3)-(4)" →
   * with_conditions. Two words at least, so a lone "Tổng" names nothing.
   */
  fieldAtStart(cell: string): FieldKey | null {
    // A field's name is a few words: only the first ones are tried (a cell of 80 KB tried every
    // prefix of its thousands of words, for seconds).
    const words = foldName(cell).split(' ', MAX_NAME_WORDS + 1);
    for (let n = Math.min(words.length - 1, MAX_NAME_WORDS); n >= 2; n--) {
      const t = this.lookup(words.slice(0, n).join(' '));
      if (t) return t.kind === 'figure' ? t.field : null;
    }
    return null;
  }

  /**
   * A rate written as its quotient, a part over its whole: "Giải quyết xong/Có điều kiện", "Việc
   * thi hành xong trên việc có điều kiện" — a rate like "Tỷ lệ (GQX/CĐK)", recomputed. Two fields
   * of which neither holds the other ("Có điều kiện/Chưa có điều kiện", "Thi hành xong/Đình chỉ")
   * are no quotient: a group over their sub-columns, or a column of both, stay as they are read.
   */
  private namesQuotient(text: string): boolean {
    const sides = text.split(/\s*\/\s*|\s+(?:trên|tren)\s+/iu);
    if (sides.length !== 2) return false;
    const [part, whole] = sides.map((s) => this.matchText(s));
    return part?.kind === 'figure' && whole?.kind === 'figure' && isPartOf(part.field, whole.field) && (part.measure === null || whole.measure === null || part.measure === whole.measure);
  }

  /**
   * A sub-column that names a part only under its group (PART_LABELS): "Mới" under "Tổng số thụ
   * lý" is new, in the group's measure and unit; null for a cell that names anything itself
   * ("Năm trước chuyển sang", "Tỷ lệ (%)", "Năm 2019"), or under any other group.
   */
  partUnder(group: string, cell: string): FigureRole | null {
    const own = this.match(cell);
    if (own.kind !== 'unknown' || own.named || own.period || group.trim() === '') return null;
    const whole = this.match(group);
    const parts = whole.kind === 'figure' ? PART_LABELS[whole.field] : undefined;
    if (!parts || whole.kind !== 'figure') return null;
    const folded = foldName(cell);
    for (const [field, labels] of Object.entries(parts) as [FieldKey, readonly string[]][]) {
      if (labels.some((l) => foldName(l) === folded)) return { kind: 'figure', field, measure: whole.measure, unit: whole.unit };
    }
    return null;
  }

  /**
   * A sub-column of a figure group split into its plan and what was done: "plan" for a target
   * ("Chỉ tiêu giao", "Chỉ tiêu được giao", "Chỉ tiêu giao (%)") or a plan's words (PLAN_LABELS:
   * "Kế hoạch"), "done" for the count done (DONE_LABELS: "Thực hiện", "Kết quả thực hiện"); null
   * for any other cell. Read so only side by side under one figure group (layout.ts planSplitAt).
   */
  planOrDone(cell: string): 'plan' | 'done' | null {
    const own = this.match(cell);
    if (own.kind === 'ignored' && own.targets === true) return 'plan';
    if (own.kind !== 'unknown' || own.named) return null;
    const folded = foldName(cell);
    if (own.period) return own.period.comparison && PLAN_LABELS.some((l) => foldName(l) === folded) ? 'plan' : null;
    return DONE_LABELS.some((l) => foldName(l) === folded) ? 'done' : null;
  }

  /** Header spellings seen before: sniffing asks about the same cells under each delimiter. */
  private readonly memo = new Map<string, ColumnRole>();

  match(cell: string): ColumnRole {
    // Figures and other cells without a letter name nothing: no folding needed (most sample cells).
    // "%" under a group beside its count: a share, ignored like "Tỷ lệ (%)".
    if (!hasLetter(cell)) return cell.trim() === '' ? EMPTY : cell.includes('%') ? IGNORED : UNKNOWN;
    let role = this.memo.get(cell);
    if (!role) {
      role = this.matchText(cell);
      // "Chỉ tiêu (%)", "Tỷ lệ chỉ tiêu": a column of targets, otherwise ignored or unknown, is said as such
      if ((role.kind === 'ignored' || (role.kind === 'unknown' && !role.named)) && namesTarget(cell)) role = TARGETS;
      if (this.memo.size < 4096) this.memo.set(cell, role);
    }
    return role;
  }

  private matchText(cell: string): ColumnRole {
    // "Trong đó: Thi hành xong", "Chia ra: Đình chỉ": the first sub-column of a group names its field after the connector.
    // Line breaks are kept: one may set a unit apart ("Tiền có điều kiện⏎nghìn đồng", trailingNote).
    const trimmed = cell.replace(/[^\S\n]+/g, ' ').replace(/ ?\n[\s]*/g, '\n').trim().replace(CONNECTOR_PREFIX, '').replace(COLUMN_FORMULA, '');
    // "Thi hành xong (kể cả đình chỉ)¹": the mark points to a footnote (footnotes.ts), not part of the name
    const text = footnoteMark(trimmed)?.text.trim() ?? trimmed;
    if (text === '') return EMPTY;
    // "Có điều kiện (tỷ lệ %)", "(tỷ trọng)", "(%)": a share beside its count, no figure, ignored
    // like "Tỷ lệ (%)" (before the folded lookup, which drops the "%").
    if (namesShare(text)) return { kind: 'ignored' };
    // "Giải quyết xong (+/-)": a change, whose signs folding would drop (read as resolved).
    const sign = PLUS_MINUS.exec(text);
    if (sign) return this.beside({ text: sign[0].replace(/^\(\s*|\s*\)$/g, ''), years: [], comparison: true, partOfYear: false }, text.replace(sign[0], ' '));
    const whole = this.lookup(foldName(text));
    if (whole) {
      if (whole.kind !== 'figure') return whole;
      // A config alias copied with its unit ("Số tiền có ĐK (nghìn đồng)") names the field and
      // the unit both: matched whole, its unit was dropped (figures read as đồng, 1000× small).
      const note = trailingNote(text, this.measureWords);
      const unit = note ? parseHeaderUnit(note[1]!) : null;
      return { ...whole, unit, measure: whole.measure ?? (unit !== null ? 'money' : null) };
    }
    const folded = foldHeader(text);
    if (COMPUTED.some((p) => folded === p || folded.startsWith(`${p} `)) || isOwnChangeOnYearHeader(text) || this.namesQuotient(text)) return { kind: 'ignored' };
    // Trailing parentheses may hold a unit "(nghìn đồng)" or the measure "(việc)".
    let name = text;
    let unit: MoneyUnit | null = null;
    let measure: Measure | null = null;
    let badUnit: string | undefined;
    let pairUnit: MoneyUnit | undefined;
    /** the parentheses taken off so far, for the field beside a period */
    let after = '';
    for (;;) {
      // The column formula may stand before the unit: "Có điều kiện (3)=(4)+(5) (nghìn đồng)".
      name = name.replace(COLUMN_FORMULA, '').trim();
      const m = trailingNote(name, this.measureWords);
      if (!m) break;
      name = name.slice(0, m.index).trim();
      // "(nghìn đồng; năm 2019)": read as "(nghìn đồng) (năm 2019)", the unit beside the field
      const both = unitBesidePeriod(m[1]!);
      if (both) name = `${name} (${both.unit})`;
      const inner = both?.period ?? m[1]!;
      // "(cùng kỳ 2018)", "(kế hoạch)": another period's figure or a plan, never the field's own;
      // "(năm 2019)" may be the report's own year (layout.ts decides, with `named`).
      const period = namedPeriod(inner) ?? spanPeriod(inner);
      if (notesCarriedOverIncluded(foldHeader(inner))) {
        // "Giải quyết xong (kể cả việc năm trước chuyển sang)": a figure that counts the cases
        // carried over anyway. Beside new or carried over it says another figure (their sum).
        const rest = this.matchText(`${name} ${after}`);
        if (rest.kind === 'figure' && (rest.field === 'new' || rest.field === 'carried_over')) {
          return this.beside({ text: inner.replace(/\s+/g, ' ').trim(), years: [], comparison: true, partOfYear: false }, `${name} ${after}`);
        }
        after = `${m[0]} ${after}`;
        continue;
      }
      if (notesCarriedOverExcluded(foldHeader(inner))) {
        // "Thụ lý mới (không kể số năm trước chuyển sang)": the new cases, as they are; beside
        // any other field it says another figure (the total less the cases carried over).
        const rest = this.matchText(`${name} ${after}`);
        if (rest.kind !== 'figure' || rest.field !== 'new') {
          return this.beside({ text: inner.replace(/\s+/g, ' ').trim(), years: [], comparison: true, partOfYear: false }, `${name} ${after}`);
        }
        after = `${m[0]} ${after}`;
        continue;
      }
      const noted = fieldNote(foldNote(inner));
      if (noted) {
        // "Thi hành xong (kể cả đình chỉ)": the figure says what it counts of another field,
        // which decides what it is (layout.ts, field-notes.ts); never dropped.
        // Beside a period ("(kể cả đình chỉ năm 2019)") the field is named with its note, for the
        // report's own period.
        const text = inner.replace(/\s+/g, ' ').trim();
        const withNote = (role: ColumnRole): ColumnRole =>
          role.kind !== 'figure' ? role : { ...role, note: { ...noted, text: role.note ? `${text}; ${role.note.text}` : text, mixed: noted.mixed || role.note !== undefined } };
        if (period) {
          const b = this.beside(period, `${name} ${after}`);
          return b.kind === 'unknown' && b.named ? { ...b, named: { ...b.named, role: withNote(b.named.role) as FigureRole } } : b;
        }
        return withNote(this.matchText(`${name} ${after}`));
      }
      if (period) return this.beside(period, `${name} ${after}`);
      after = `${m[0]} ${after}`;
      const u = parseHeaderUnit(inner);
      const mw = this.measureWords.get(foldHeader(inner));
      if (u !== null) unit = u;
      else if (mw) measure = mw;
      else {
        const t = this.table.get(foldName(`${name} ${inner}`));
        if (t) return t.kind === 'figure' ? { ...t, unit } : t;
        // "(Việc - triệu đồng)": money's unit if the column is money's, the measure said elsewhere
        const paired = casesAndMoneyUnit(inner);
        if (paired) pairUnit = paired;
        // "(1.000)": a multiplier without its unit (thousand đồng? a thousand units?) is said, never đồng
        else if (mentionsMoney(inner) || /^\s*1[ .,]?000([ .,]?000)*\s*$/.test(inner)) badUnit = inner;
      }
    }
    const target = this.lookup(foldName(name));
    if (!target) {
      const spanned = this.besideSpan(text);
      if (spanned) return spanned;
      const period = namedPeriod(text);
      // (a period's digits first: "Có điều kiện quý 1", "… tháng 9" name no renaming)
      return period ? this.besideWords(period, text) : (this.renamedDuplicate(text) ?? UNKNOWN);
    }
    if (target.kind !== 'figure') return target;
    const resolvedMeasure = target.measure ?? measure ?? (unit !== null || badUnit !== undefined ? 'money' : null);
    return { kind: 'figure', field: target.field, measure: resolvedMeasure, unit, ...(badUnit !== undefined ? { badUnit } : {}), ...(pairUnit !== undefined && unit === null ? { pairUnit } : {}) };
  }
}

/** A header cell naming a field, maybe beside a period ("Có điều kiện (năm 2019)", which the layout tells apart). */
export function namesField(role: ColumnRole): boolean {
  return role.kind === 'figure' || (role.kind === 'unknown' && role.named !== undefined);
}

/** Cells of a row that name a known field or identity column: a header has at least two. */
export function knownCellCount(matcher: HeaderMatcher, cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) {
    const role = matcher.match(c);
    if (namesField(role) || role.kind === 'identity') n++;
  }
  return n;
}
