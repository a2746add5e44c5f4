// TT 05/2024's forms by enforcer (Biểu 04, 05 "… theo Chấp hành viên"): each office a numbered
// title row, with its subtotal or without, and its enforcers below it as rows of their own —
// no STT, the person's name where the office's goes. Those rows are the office's parts, never
// offices: ranked as offices they made "Nguyễn Văn An … đứng thứ 1/4 đơn vị" (round 31, 03).
// Both readers share the layout (header-search.ts); the fast path leaves such a file to the
// reference (fast/header-line.ts), so the rule lives here and in read-csv.ts once.
import { OFFICE_ENFORCER_HEADERS } from '../domain/fields.js';
import { foldHeader } from '../domain/names.js';

/** "… THEO CHẤP HÀNH VIÊN", "theo từng CHV" in a title line above the header (folded). */
const TITLE = /(^| )theo (tung )?(chap hanh vien|chv)( |$)/;
const COMBINED = new Set(OFFICE_ENFORCER_HEADERS.map(foldHeader));

/**
 * Whether the file is a form by enforcer: a title above the header says so, or the office
 * column's header names both ("Đơn vị / Chấp hành viên", round 31, 07).
 */
export function isByEnforcerForm(titleRows: readonly { readonly cells: readonly string[] }[], officeHeader: string | null): boolean {
  if (officeHeader !== null && COMBINED.has(foldHeader(officeHeader))) return true;
  return titleRows.some((r) => r.cells.some((c) => TITLE.test(foldHeader(c))));
}

/**
 * A name that says it is an office's, not a person's: its designator as written ("Chi cục",
 * "Phòng THADS", "huyện", "khu vực 2"). With its diacritics only where a person's name folds
 * the same ("Quận" / Quân, "Huyện" / Huyền, "Cục" / Cúc, "Phòng" / Phong).
 */
const OFFICE_WORDS = /(?<![\p{L}\d])(chi cục|chi cuc|cục|phòng|thads|tha|thi hành án|thi hanh an|huyện|quận|thị xã|thi xa|thành phố|thanh pho|tp\.?|tx\.?|khu vực|khu vuc|kv\.?\s*\d+|văn phòng|van phong|đội|đơn vị)(?![\p{L}])/iu;
export function namesOfficeNotPerson(name: string): boolean {
  return OFFICE_WORDS.test(name.normalize('NFC'));
}
