// What a row's label says it is: an office, a total of the file, a section's subtotal, a level,
// or no office at all (a breakdown's line, a comparison); section and item numbers in the STT
// column.
import { hasLetter, latinLetters } from '../domain/letters.js';
import { foldHeader } from '../domain/names.js';
import type { DistrictOffices } from '../domain/aggregate.js';
import { namIsOfName, officeProvinceInName } from '../domain/office-names.js';
import { isProvincialOffice } from '../domain/province-office.js';
import { COMPARISON_WORDS, rawPattern } from './comparison-words.js';
import { withoutEndMarks } from './footnotes.js';
import { measureLabel } from './measure-rows.js';
import { labelsEarlier, mergerPartOfYear, periodBesideEnd, periodNote, rangeOfDays, type PeriodNote } from './period-notes.js';
import { yearOfSpan } from './stated-years.js';
import { earlierMerger, formerProvince, hasFormerMark, markedFormerProvince, MERGER_YEAR, nameInYear, provinceInYear, provinceKey, provinceOfFileName, sameOrMergedInto, successorProvince, withMarkAsOld, withoutFormerMark, withoutNewMark } from '../domain/provinces.js';
import { AGENCY_GLUED, AGENCY_NAME, AGENCY_NAMES, AGENCY_UNITS, CUC_GLUED } from '../domain/agency-words.js';

/** The comparison words, and the abbreviations a row's label writes them with: "CK" (cùng kỳ), "CKNT" (cùng kỳ năm trước). */
const ROW_COMPARISON: readonly string[] = [...COMPARISON_WORDS, 'ck', 'cknt'];

/**
 * Rows that add up the whole file, as the forms and press write them (folded: no diacritics,
 * lower case). "Tổng cộng", "Tổng số chung", "Cộng chung", "Toàn tỉnh", "Toàn ngành"…
 * Excel's Data → Subtotal closes the table with "Grand Total" ("Tổng Cuối" in its Vietnamese UI).
 * A city's whole is written as a province's is, its "thành phố" often shortened: "Toàn thành
 * phố Hà Nội", "TOÀN TP. HỒ CHÍ MINH", "Toàn T.P Hà Nội", "Toàn TP.HCM", "Toàn TPHCM".
 */
const TOTAL_LABELS = new Set([
  'tong cong', 'tong so', 'tong', 'cong', 'tong so chung', 'tong cong chung', 'cong chung', 'tong chung', 'tong hop', 'tong cong toan tinh',
  'cong toan tinh', 'toan tinh', 'toan thanh pho', 'toan tp', 'toan t p', 'toan tphcm', 'toan quoc', 'toan nganh', 'toan he thong', 'ca nuoc', 'ca tinh', 'toan cuc',
  'toan don vi', 'tc', 'total', 'grand total', 'tong cuoi', 'sum', 'all', 'all offices', 'overall',
]);
const TOTAL_PREFIXES = ['tong cong', 'tong so chung', 'cong chung', 'toan tinh', 'toan quoc', 'toan nganh', 'toan thanh pho', 'toan tp', 'toan t p', 'toan cuc', 'ca nuoc', 'grand total'];

/**
 * Rows that add up a section of offices rather than report one: "II. Các Chi cục", "Khối …",
 * "Cấp tỉnh", "Cấp huyện", "Các Phòng THADS khu vực", a "Phòng … khu vực" without its number,
 * "Chi cục THADS cấp huyện". "Chi cục THADS huyện Mỹ Lộc" and "Phòng THADS khu vực 3" are offices.
 */
const SECTION_PREFIXES = ['cac chi cuc', 'cac phong', 'cac don vi', 'cac co quan', 'khoi ', 'cong khoi', 'tong khoi', 'cong cac', 'tong cac', 'cong cap', 'tong cap', 'tong so cac'];
const SECTION_LABELS = new Set(['cap huyen', 'cap khu vuc', 'cap quan huyen', 'khoi', 'subtotal', 'sub total', 'section total']);
/**
 * The district level's offices together, as a Cục's table heads or sums them (folded): "Các
 * huyện", "Các huyện, thị xã, thành phố", "Các huyện, thành phố", "Các quận, huyện", "Các thị
 * xã, huyện", "Các thành phố, thị xã", "Chi cục THADS các huyện", "Chi cục các quận, huyện". No
 * office's name begins with "Các" so ("Cát Hải", "Cát Tiên" fold to "cat"), nor names "các huyện"
 * after "Chi cục": one office is of one district. "Các thành phố" alone is left out: over a
 * national table's provinces it may be the centrally-run cities', no district level's.
 */
const DISTRICTS_TOGETHER = new RegExp(String.raw`^(chi cuc( ${AGENCY_NAME})? )?cac (huyen|quan|thi xa|tx|thanh pho (thi xa|tx|huyen|quan))( |$)`);
/** "Phòng THADS khu vực", "Phòng Thi hành án dân sự khu vực" — the office's number missing. */
const REGIONAL_WITHOUT_NUMBER = new RegExp(String.raw`^phong (${AGENCY_NAME}|thads tinh [a-z ]+) khu vuc$`);

/** "II", "IV.", "ix -": a Roman section number (I–XXXIX), as the STT of a section row. */
const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/;
export function isRomanNumber(text: string): boolean {
  const t = text.trim().replace(/[.):\-–]+$/, '').trim().toLowerCase();
  return t !== '' && ROMAN.test(t);
}

/** An STT that numbers a section, not an office: Roman ("II") or a capital letter ("A.", "B"). */
export function isSectionNumber(text: string): boolean {
  return isRomanNumber(text) || /^\s*[A-H]\s*[.):]?\s*$/.test(text);
}

/**
 * How deep a row's number sits in a table numbered on several levels, outermost first: a capital
 * letter ("A", 0) over a Roman number ("I", or "I." before the name, 1) over an item's ("1", 2) —
 * "I | Cụm thi đua số 1" over "1 | Cục THADS tỉnh Gia Lai" over "1.1 | Văn phòng Cục". A section's
 * or group's row heads the rows down to the next numbered as deep or less (domain/declared-rows.ts).
 * Null for any other STT.
 */
export function numberingDepth(stt: string, name = ''): number | null {
  if (isRomanNumber(stt)) return 1;
  if (isSectionNumber(stt)) return 0;
  if (romanPrefix(name) !== null) return 1;
  return itemNumber(stt) !== null ? 2 : null;
}

/** The Roman number a name cell starts with ("II. Các Chi cục" → "II"), or null. */
export function romanPrefix(text: string): string | null {
  const m = /^\s*([IVXivx]{1,6})\s*[.):\-–]\s*\S/.exec(text);
  return m && isRomanNumber(m[1]!) ? m[1]!.toUpperCase() : null;
}

/**
 * Other spellings of a total (folded): "Tổng toàn tỉnh", "Tổng số toàn tỉnh", "Tổng hợp toàn
 * tỉnh", "Tổng Cục", "Tổng 10 đơn vị", "Cộng lũy kế", "Cục THADS tỉnh (tổng hợp)", "Totals";
 * "Chung" alone or with its scope ("Chung toàn tỉnh", "Chung cả tỉnh", "Chung 3 đơn vị"). A
 * row read as a total is checked against the rows, never added: taking an office for a total is
 * refused as a mismatch, while taking a total for an office adds it silently.
 * "Tổng <n> …" counts the units it sums (COUNTED_UNITS): "Tổng 63 Cục", and since 1/7/2025, when
 * the Cục became "THADS tỉnh, thành phố" and the Chi cục the Phòng khu vực, "Tổng 34 tỉnh, thành
 * phố", "Tổng 34 tỉnh/TP", "Tổng 34 THADS tỉnh", "Tổng 34 địa phương", "Tổng 3 khu vực" — no
 * office's name is "Tổng" and a count.
 */
const COUNTED_UNITS = `(don vi|chi cuc|phong|cuc|tinh|thanh pho|tp|${AGENCY_NAME}|dia phuong|khu vuc|huyen|quan huyen)`;
const OTHER_TOTALS = new RegExp(`^(tong|cong) (toan|so|hop|cuc|chung|luy ke|tat ca|\\d+ ${COUNTED_UNITS})\\b|\\btong hop\\b|^(totals?|sum of)\\b|^chung( (toan|ca) (tinh|thanh pho|tp|quoc|nuoc|nganh|cuc|he thong|don vi)| \\d+ (don vi|chi cuc|phong))?$`);
/**
 * "Tổng hai cấp", "Tổng 2 cấp", "Tổng cả hai cấp", "Tổng hai cấp toàn tỉnh" (folded): the whole
 * of the province's two levels, the Cục's (since 1/7/2025 the THADS tỉnh's) own office and its
 * Chi cục (Phòng khu vực) — the file's total, as "Tổng cộng hai cấp" is. No office is named so.
 * ("Cộng 2 cấp" is read as before: a sum of the rows above it, OTHER_SECTIONS.)
 */
const BOTH_LEVELS = /^tong (ca )?(hai|2) cap( |$)/;
/**
 * A total's label cut short or said as the whole, as a Cục's statistician writes it in a narrow
 * column (folded): "T.cộng", "T/cộng", "T. cộng" ("tổng cộng"), "T.Số" ("tổng số": a column's
 * word too, but in the office cell the row's), "Cả Cục", "Tất cả", "Toàn bộ", "Tổng thể", "TC
 * toàn tỉnh", "Kết quả toàn tỉnh", "Số liệu toàn ngành", "Toàn hệ thống THADS", "63 Cục THADS",
 * "Σ". Read before a leading item number is taken off: "63 Cục THADS" is no item 63.
 */
const WHOLE_SHORT = new RegExp(
  String.raw`^(t cong|t so|ca cuc|tat ca|toan bo|tong the|(tc|t cong|ket qua|so lieu) (toan|ca) (tinh|thanh pho|tp|quoc|nuoc|nganh|cuc|he thong)|(toan bo |ca )?63 cuc( ${AGENCY_NAME})?|toan he thong( ${AGENCY_NAME})?)$`,
);
const SIGMA = /^\s*[Σ∑]\s*$/u;
/** "Nam Định (toàn tỉnh)", "Tỉnh Nam Định - Toàn tỉnh", "TP Hà Nội (toàn thành phố)": a province's name and its whole (provinceOfGroup). */
const PROVINCE_WHOLE = /^(.+?) (toan tinh|ca tinh|toan thanh pho|toan tp|ca thanh pho)$/;
function namesProvinceWhole(f: string): boolean {
  const m = PROVINCE_WHOLE.exec(f);
  return m !== null && provinceOfGroup(m[1]!) !== null;
}
/**
 * English exports write "total" last: "Gia Lai province total", "Ho Chi Minh City total", "City
 * total", "Province total", "Provincial total", "Overall total", "Grand totals", "National total"
 * — the file's total as "Total …" is. Before it a province's name (provinceOfGroup: "Gia Lai",
 * "Ho Chi Minh City", "HCM City"; not "Nam Dinh City", "Thu Duc City", offices) or a word of the
 * whole. Any other words before it ("Last year total", "Ia Grai total") leave the row to the rules
 * below: no office is named "… total", but a period's or a comparison's row may be.
 */
const WHOLE_WORDS = ['provincial', 'grand', 'overall', 'general', 'whole'];
const TOTAL_LAST = new RegExp(`^(?:(.+?) )?(?:(?:${WHOLE_WORDS.join('|')}) )?totals?$`);
/** The words of the whole alone before "total" ("Provincial total" takes "provincial" as what comes before). */
const WHOLE_BEFORE_TOTAL = new Set([...WHOLE_WORDS, 'province', 'city', 'national', 'country', 'nationwide', 'viet nam', 'vietnam']);
function namesTotalLast(f: string): boolean {
  const m = TOTAL_LAST.exec(f);
  if (!m) return false;
  const before = m[1];
  return before === undefined || WHOLE_BEFORE_TOTAL.has(before) || provinceOfGroup(before) !== null;
}
/**
 * A subtotal of a region, group, province or office: "Cộng khu vực 1", "Tổng cụm 2", "Cộng Tiền
 * Giang", "Cộng tỉnh Bến Tre", "Cộng Mỹ Lộc" (under its enforcers' rows). "Cộng" + a name is
 * never an office's own name; "Tổng" + a name may be ("Tổng Đội"), so only the words above.
 * In English "subtotal" may come last ("Cluster 1 subtotal", "Region 2 sub-total"), and "total"
 * after a numbered region or cluster ("Cluster 1 total", "Region 2 total").
 */
const OTHER_SECTIONS = /^(cong|tong|tong so|tong cong) (khu vuc|cum|vung|nhom)\b|^cong \S|^sub ?totals?\b|\bsub ?totals?$|^(cluster|region|zone|group|area) (no )?\d{1,2} totals?$/;
/**
 * "Tổng Phòng", "Tổng Chi cục (Mỹ Lộc)", "Tổng đơn vị", "Tổng cơ quan", "Tổng CHV", "Tổng KV1" (folded):
 * the whole of the office, or of its kind of offices, over the rows above it — a subtotal as
 * "Cộng Phòng" is, checked, never added (round 67b, 01: an enforcer sheet's footer added as an
 * enforcer, the office doubled). No office or person is named so: only "Tổng" written so or
 * without marks (TONG_WRITTEN), "Tống Phòng" may be an enforcer (Tống, a surname).
 */
const UNIT_WHOLE = /^tong (phong|chi cuc|don vi|co quan|chv|chap hanh vien|kv ?\d+)( |$)/;
/**
 * What a pivot table or Data › Subtotal writes below (or above) a group, its name and then the
 * word, "Total" in English Excel and "Tổng" in Vietnamese: "Ninh Bình Tổng" as "Ninh Bình Total"
 * (a province's, namesTotalLast), "Phòng THADS khu vực 1 Total" / "… Tổng" as "Tổng Phòng THADS
 * khu vực 1" (an office's over its enforcers, UNIT_WHOLE). (traps44 3, p52, p32: added as
 * offices beside the rows they sum, every figure doubled, exit 0 with warnings only.)
 */
const TONG_LAST = /^(.+?) tong$/;
const UNIT_LAST = /^(phong|chi cuc|don vi|co quan|kv ?\d+)( .*)? (tong|totals?)$/;
const TONG_WRITTEN = latinLetters(/(?<![\p{L}])t[oổ]ng(?![\p{L}])/iu);
/**
 * Rows that are no office and no sum of offices: a breakdown ("Trong đó: án tín dụng"), a
 * comparison ("Cùng kỳ năm 2018", "So với cùng kỳ", "Tăng/giảm", "Chênh lệch"), a statistic of
 * the offices (an average, a rate, "Cao nhất", "Thấp nhất", "Trung vị"), a plan, a target or a
 * forecast. Summed as an office they would be counted twice or add what is no office's.
 */
const STATISTICS = ['binh quan', 'bq', 'trung binh', 'ty le', 'ti le', 'ty trong', 'ti trong', 'dinh muc', 'cao nhat', 'thap nhat', 'lon nhat', 'nho nhat', 'max', 'min', 'toi da', 'toi thieu', 'gia tri (?:cao|thap|lon|nho) nhat', 'trung vi', 'do lech chuan'];
/** A target, what is left to reach it, a forecast: "Phải đạt", "Số cần đạt", "Mục tiêu", "Được giao", "Dự báo cả năm", "Còn thiếu". */
const TARGETS = ['(?:so |yeu cau )?phai dat', '(?:so )?can dat', 'muc tieu', 'duoc giao', 'du bao', '(?:so )?con thieu'];
/** Words an office's name may begin with ("Giao Thủy", "Vượt …" perhaps): no office only as the whole label. */
const TARGETS_ALONE = ['giao', 'vuot'];
/**
 * Labels no office is named, as the whole label only (traps24: each added as an office, exit 0):
 * a rate's or an average's short form ("TL (%)", "TB"), a plan's ("KH giao"), a result ("Đạt",
 * "Thiếu", "Kết quả", "Tình hình chung"), this year beside an earlier one ("Năm nay"), a balance
 * ("Số dư", "Dư nợ", "Tồn đọng"), a criterion ("Tiêu chí"). ("Còn lại" is left: "the other
 * offices" together may be a row of them.)
 */
const LABELS_ALONE = ['tl', 'tb', 'kh', 'kh giao', 'dat', 'thieu', 'ket qua', 'tinh hinh chung', 'nam nay', 'so du', 'du no', 'ton dong', 'tieu chi'];
/** Another source's version of the figures: "Theo phần mềm", "Số liệu phần mềm", "Theo báo cáo", "Số liệu Tòa án". */
const OTHER_SOURCE = ['theo (?:phan mem|bao cao|so lieu)', 'so lieu (?:phan mem|toa an)'];
/**
 * The report's year on a row of its own ("Năm | 2019", "Năm báo cáo | 2019"): no office is named
 * so (traps16 1: added as an office, exit 0). A note counting some of the offices' cases ("Số
 * việc …", "Việc …") is left to the rules for breakdowns, kinds of cases and unassigned cases,
 * whose words say more (breakdown-under-office, TOTAL_BREAKDOWN_BELOW).
 */
const YEAR_ALONE = /^nam(?: (?:bao cao|thong ke))?$/;
const NOT_OFFICE = new RegExp(
  `^(${['trong do', 'trong so do', ...STATISTICS, ...TARGETS, ...OTHER_SOURCE, ...ROW_COMPARISON.map((w) => `(?:so )?${w}`)].join('|')})\\b|^(${[...TARGETS_ALONE, ...LABELS_ALONE].join('|')})$`,
);
/** A comparison's word anywhere: "Năm 2018 (cùng kỳ)", a year's row so marked, is no office. */
const COMPARED = new RegExp(`\\b(${ROW_COMPARISON.join('|')})\\b`);
/**
 * What a title says of its offices' results, not of another period's or a plan's figures; such a
 * title groups the report's own offices. Written with the words' own tones, or with no marks at
 * all ("đặt kế hoạch" sets a plan):
 *   - a plan word as the object of an achievement word: "Các đơn vị đạt chỉ tiêu", "Đơn vị hoàn
 *     thành vượt kế hoạch", "… chưa hoàn thành kế hoạch" ("không", "chưa" before it change nothing);
 *   - in a title naming a group of offices ("Các đơn vị …", "Đơn vị …", "Nhóm …", "Những đơn vị
 *     …"), a rise or fall on an earlier period: "Các đơn vị có tỷ lệ tăng so với cùng kỳ", "… giảm
 *     so với năm 2018", "Đơn vị có số việc cao hơn năm trước". Not "tăng/giảm" (a block of the
 *     differences), nor a comparison without a change ("Các đơn vị cùng kỳ năm 2018"): those stay.
 */
const ACHIEVEMENT_WORDS = ['đạt', 'hoàn thành vượt', 'hoàn thành', 'vượt'];
const PLAN_WORDS = ['chỉ tiêu', 'kế hoạch', 'mục tiêu'];
const GROUP_WORDS = ['các đơn vị', 'những đơn vị', 'đơn vị', 'nhóm'];
const CHANGE_WORDS = ['tăng', 'giảm', 'cao hơn', 'thấp hơn', 'nhiều hơn', 'ít hơn'];
const EARLIER_WORDS = ['cùng kỳ năm trước', 'cùng kì năm trước', 'cùng kỳ', 'cùng kì', 'năm trước', 'kỳ trước', 'kì trước', 'cknt', 'ck'];
const spellings = (words: readonly string[]) => words.flatMap((w) => [w, foldHeader(w)]).join('|');
const WORD_START = '(?<![\\p{L}\\d])';
const WORD_END = '(?![\\p{L}\\d])';
const ACHIEVED_PLAN = latinLetters(new RegExp(`${WORD_START}(?:${spellings(ACHIEVEMENT_WORDS)}) (?:${spellings(PLAN_WORDS)})${WORD_END}`, 'gu'));
/** A section number may stand before the group's words: "II. Các đơn vị …", "A - Nhóm …". */
const OFFICES_GROUP = latinLetters(new RegExp(`^(?:(?:[ivx]+|[a-h]|\\d{1,2})\\s*[.):\\-–]\\s*)?(?:${spellings(GROUP_WORDS)})${WORD_END}`, 'u'));
const EARLIER = `(?:(?:${spellings(EARLIER_WORDS)})(?: (?:năm |nam )?(?:19|20)\\d\\d)?|(?:năm|nam) (?:19|20)\\d\\d)`;
/** The other direction just before it ("tăng giảm", "tăng/giảm", "tăng hoặc giảm") makes it a difference. */
const BOTH_WAYS = `(?<!(?:${spellings(['tăng', 'giảm'])}) ?[/,;\\-–]? ?(?:(?:${spellings(['hoặc', 'và'])}) )?)`;
const CHANGED_ON = latinLetters(new RegExp(`${WORD_START}${BOTH_WAYS}(?:${spellings(CHANGE_WORDS)})(?: (?:${spellings(['so với', 'so', 'với'])}))? ${EARLIER}${WORD_END}`, 'gu'));

/** The text with what it says of its offices' results (above) taken out; `read` lower case, NFC, single spaces. */
function withoutOfficesResults(read: string): string {
  const met = read.replace(ACHIEVED_PLAN, ' ');
  return OFFICES_GROUP.test(met) ? met.replace(CHANGED_ON, ' ') : met;
}

/**
 * A title's words that may name its rows' period: lower case, NFC, single spaces, what it says
 * of its offices' results ("Các đơn vị tăng so với năm 2018") taken out (withoutOfficesResults).
 */
export function titlePeriodWords(text: string): string {
  return withoutOfficesResults(text.normalize('NFC').toLowerCase().replace(/\s+/g, ' '));
}

/**
 * A label naming another period, a comparison or a plan anywhere in it ("Cùng kỳ năm 2018", "II.
 * Cùng kỳ năm trước", "Kỳ trước", "Kế hoạch"): as a row without figures, it titles rows that are
 * not the report's own (second-table.ts). Its offices' results (withoutOfficesResults) name none.
 */
export function namesComparison(text: string): boolean {
  // "Thuộc tỉnh Hà Nam (trước sáp nhập)" folds to "… ha nam truoc …": a former province, no earlier year
  if (namesGroupOnly(text)) return false;
  return COMPARED.test(foldHeader(titlePeriodWords(text)));
}
/**
 * Rows that are no office, and what they hold instead (folded): an estimate ("Ước thực hiện 12
 * tháng", "Dự ước cả năm", "ƯTH"), another period ("Tính đến 31/8/2019", "Số liệu 11 tháng",
 * "Lũy kế", "9 tháng", "Quý IV", "Tháng 9", "Trong tháng", "Kỳ báo cáo", "Phát sinh trong kỳ",
 * "… (11 tháng)"), a count of people or offices ("Số CHV", "Biên chế", "Số việc/CHV"). No
 * office's name begins so ("Quỳ Hợp" folds to "quy hop", no Roman number after it), nor ends so.
 */
export const ANOTHER_PERIOD = 'the figures of another period than the report\'s';
const VERSION = 'a version of the office\'s figures set beside them: before revision, a first report';
const EARLIER_PERIOD = 'the figures of an earlier period set beside an office\'s for comparison, no office\'s of the report';
/**
 * A statistician's self-check row under the table ("Kiểm tra", "Kiểm tra số liệu", "Dòng kiểm
 * tra", "Đối chiếu", "Sai lệch", "Check"), each cell the declared total less the sum of the
 * offices (=D18-SUM(D8:D17)): no office's name begins so ("Kiến Thụy", "Kiên Lương" fold apart).
 */
const CHECK_ROW = /^(dong )?(kiem tra|doi chieu|sai lech|check)( |$)/;
const CHECK_ROW_KIND = 'a check of the sheet\'s own figures (a total less the sum of its offices), no office\'s, and it is not 0';
/** Whether a row's label names a self-check row (CHECK_ROW). */
export function isCheckRow(written: string): boolean {
  return CHECK_ROW.test(foldHeader(withMarkAsOld(written)));
}
const NOT_OFFICE_KINDS: readonly (readonly [RegExp, string])[] = [
  [/^(uoc|du uoc|uth|uoc th)( |$)/, 'an estimate, no office\'s reported figures'],
  [/^(tinh den|tinh toi|den ngay|(so lieu |ket qua |thuc hien )?\d{1,2} thang|(thuc hien )?thang \d{1,2}|luy ke|quy (i|ii|iii|iv|[1-4])|trong (thang|quy|ky|ki)|(ky|ki) bao cao|phat sinh)( |$)|(^| )(?!12 )\d{1,2} thang$/, ANOTHER_PERIOD],
  [/^(so (luong )?(chap hanh vien|chv|tham tra vien|thu ky|can bo|cong chuc|bien che|don vi|chi cuc|co quan)|bien che|so viec( binh quan)?( tren| cua)?( 1| mot)? (chv|chap hanh vien))( |$)/, 'a count of people or offices, not of cases'],
];
/**
 * Excel's Data › Subtotal with a function other than Sum writes its rows as it writes "Mỹ Lộc
 * Total" and "Grand Total", the function's name in Total's stead: "Phòng THADS khu vực 1 Count",
 * "… Average", "… Max", "Grand Count"; in Vietnamese Excel "… Đếm", "… Trung bình", "… Tối đa"
 * ("Lớn nhất"), "Đếm Cuối" as "… Tổng", "Tổng Cuối" (traps44 2: each added as an office, TOTAL
 * 308/240, 525/406, 600/462 for 300/232, exit 0). A count, an average or an extreme of the rows
 * above it: no office's figures and no sum of them, which no check can tell from a total (folded
 * name → the function as the English UI writes it).
 */
const SUBTOTAL_FUNCTIONS: Readonly<Record<string, string>> = {
  count: 'Count', 'count nums': 'Count Nums', 'count numbers': 'Count Numbers', average: 'Average', max: 'Max', min: 'Min', product: 'Product', stddev: 'StdDev', stddevp: 'StdDevp', var: 'Var', varp: 'Varp',
  dem: 'Count', 'dem so': 'Count Numbers', 'trung binh': 'Average', 'toi da': 'Max', 'lon nhat': 'Max', 'toi thieu': 'Min', 'nho nhat': 'Min', 'do lech chuan': 'StdDev', 'phuong sai': 'Var',
};
const SUBTOTAL_WHAT: Readonly<Record<string, string>> = { Count: 'a count of the rows above it', 'Count Nums': 'a count of the rows above it', 'Count Numbers': 'a count of the rows above it', Average: 'the average of the rows above it', Max: 'the largest of the rows above it', Min: 'the smallest of the rows above it', Product: 'the product of the rows above it' };
const SUBTOTAL_FUNCTION = Object.keys(SUBTOTAL_FUNCTIONS).join('|');
const EXCEL_SUBTOTAL = new RegExp(`^(?:\\S.* (${SUBTOTAL_FUNCTION})|grand (${SUBTOTAL_FUNCTION})|(${SUBTOTAL_FUNCTION}) cuoi)$`);
function excelSubtotalKind(f: string): string | null {
  const m = EXCEL_SUBTOTAL.exec(f);
  const fn = m && SUBTOTAL_FUNCTIONS[m[1] ?? m[2] ?? m[3]!];
  return fn ? `a row of Excel's Data › Subtotal with the function ${fn} (${SUBTOTAL_WHAT[fn] ?? 'a statistic of the rows above it'}), no office's figures and no sum of them (Data › Subtotal "Use function: Sum" writes subtotals thads checks)` : null;
}
/** An estimate's note after an office's name, in brackets: "Chi cục … Ia Grai (ước)", "(dự ước)", "(ước thực hiện)", "(ước)*". */
const ESTIMATE_NOTE = new RegExp(`\\(\\s*(?:${rawPattern('du')}\\s+)?${rawPattern('uoc')}(?:\\s[^()]*)?\\)\\s*$`, 'iu');
/** A comparison glued on an office's name: "Chi cục … Ia Grai (cùng kỳ 2018)", "… cùng kỳ năm 2018". */
const COMPARED_YEAR = new RegExp(`^(?!(?:so )?(?:${ROW_COMPARISON.join('|')})\\b)\\S.* (?:${ROW_COMPARISON.join('|')}) (?:nam )?((?:19|20)\\d\\d)$`);
/** The same without a year: "… (cùng kỳ)", "… - Cùng kỳ", "… (CKNT)", "… (so cùng kỳ)", "… (năm trước)". */
const COMPARED_TAIL = new RegExp(`^(?!(?:so )?(?:${ROW_COMPARISON.join('|')})\\b)\\S.* (?:so )?(?:${ROW_COMPARISON.join('|')})(?: nam truoc)?$`);

/**
 * A page's mark typed in the office cell (a report printed to PDF and copied back, a footer typed
 * in a sheet's cell): "Trang 1", "TRANG 2/5", "Trang 2 / 3", "Trang 1 của 3", "Page 1 of 2",
 * "- 1 -". A page's number, no office's name: "Trảng Bom", "Trảng Bàng" carry no number alone.
 */
const PAGE_MARK = /^(?:(?:trang|page|tr\.|pg\.)\s*(?:số\s*)?:?\s*\d{1,4}(?:\s*(?:\/|of|trên|tren|của|cua)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])$/iu;
export function isPageMark(text: string): boolean {
  return PAGE_MARK.test(text.normalize('NFC').trim());
}

/**
 * A page's carry row, as a report printed on several pages keeps its running sum (folded): "Cộng
 * chuyển sang trang sau", "Cộng chuyển trang sau", "Chuyển sang trang sau", "Mang sang", "Trang
 * trước chuyển sang", "Cộng trang trước", "Số trang trước mang sang", "Lũy kế đến trang 2",
 * "Carried forward to next page", "Brought forward from previous page", "Cumulative to page 2".
 * Each is the sum of every office row above it, never an office (no office is named "… chuyển
 * sang" or "trang trước"); "Cộng trang" (that page's rows alone) stays a section's subtotal, and
 * "Năm trước chuyển sang" (last year's cases carried over) names no page: untouched.
 */
const CARRY_ROW = new RegExp(
  '^(?:(?:cong|tong|tong cong|so|so lieu) )?(?:' +
    [
      '(?:chuyen|mang)(?: sang| qua)? (?:trang|tr) (?:sau|tiep|tiep theo|ke tiep|\\d{1,3})',
      '(?:trang|tr) truoc(?: (?:chuyen|mang) (?:sang|qua))?',
      '(?:trang|tr) \\d{1,3} (?:chuyen|mang) (?:sang|qua)',
      'mang sang',
      '(?:luy ke|cong don|cong luy ke) (?:den|toi|het|den het) (?:trang|tr) \\d{1,3}',
      '(?:total )?(?:carried|brought) (?:forward|over) (?:to|from) (?:the )?(?:next|previous|prior|last) page',
      '(?:cumulative|running total) (?:to|through|up to) page \\d{1,3}',
    ].join('|') +
    ')$',
);
export function isCarryRow(text: string): boolean {
  return CARRY_ROW.test(foldHeader(text));
}

/**
 * A note under the table, typed in the office column with figures beside it, is never an office,
 * whatever office it names after (round 91b, 04: "Ghi chú: số liệu của Chi cục Vụ Bản gồm cả
 * việc ủy thác đến | 45 | 20" added as a 4th office). A note is:
 *   - a label opening with a note's word: "Ghi chú", "Chú thích", "Lưu ý", "Chú ý", "Note(s)"
 *     (written with their marks, or without them and a colon after: "Ghi chu:"), or a bracketed
 *     star ("(*) Số liệu …"; a bare "*" is a bullet: startsWithBullet), or a source's or a nota
 *     bene's heading with its colon ("Nguồn:", "NB:": SOURCE_WORD);
 *   - an office's name, a colon, and a phrase about its figures: "Chi cục Vụ Bản: số việc ủy
 *     thác đến", "…: gồm cả …", "…: không bao gồm …". A name after the colon ("Phòng THADS khu
 *     vực 1: Vụ Bản") is no such phrase: that row stays an office;
 *   - a sentence on an office's figures: "Số liệu (của) Chi cục Vụ Bản gồm …", "Số việc Chi cục
 *     Vụ Bản nhận ủy thác" — "Số liệu"/"Số việc"/"Số tiền" and then an office's unit word. No
 *     office's name begins so ("Số liệu toàn tỉnh" is a total, read above; "Số việc", "Số tiền"
 *     alone a measure's row, "Số liệu 2018" a year's, kept).
 * Only a row's label with figures is judged so (read-csv.ts, the scanner's readIdentity): without
 * figures such a line is what it was ("Ghi chú: số liệu án kinh tế" over offices a title, refused
 * as one; under the table a note, skipped), and a notes column's cell beside an office is no label.
 */
const NOTE_KIND = 'a note on the figures (a footnote typed in the table), no office\'s figures';
/** a note's opening words ("Ghi chú", "Lưu ý:", "* Chú thích") */
const NOTE_WORD = latinLetters(/^\s*(?:\*+\s*)?(?:(?:ghi chú|chú thích|lưu ý|chú ý|note|notes)(?![\p{L}\d])|(?:ghi chu|chu thich|luu y|chu y)\s*[:：.\-–])/iu);
/**
 * A source's or a nota bene's heading, with its colon: "Nguồn:", "Nguồn số liệu:", "NB:", "N.B.:"
 * (stt45: "NB: | Số việc ủy thác đi | 15" added as an office). In the STT column alone without the
 * colon too (STT_SOURCE_BARE): "Nguồn", "N.B." numbers no office ("NB" alone might be initials).
 */
const SOURCE_WORD = /^\s*(?:(?:nguồn|nguon)(?:\s+(?:số\s+liệu|so\s+lieu))?|nb|n\s*\.\s*b\s*\.?)\s*[:：]/iu;
const STT_SOURCE_BARE = /^\s*(?:(?:nguồn|nguon)(?:\s+(?:số\s+liệu|so\s+lieu))?|n\s*\.\s*b\s*\.?)\s*$/iu;
/** NOTE_WORD, or a bracketed star opening the text ("(*) Số liệu …") */
const NOTE_STAR = /^\s*[([]\s*\*+\s*[)\]]/u;
/**
 * An STT cell opening with a note's word ("Ghi chú:" in column A, the note's text in the office
 * column and its figure beside it: "Ghi chú: | Số việc ủy thác đi | 15"): the row is that note,
 * never an office (hunt44: added as a 4th office, exit 0); so is a source's or a nota bene's
 * (SOURCE_WORD). A star or a footnote's number ("*", "(*)", "(1)") there may be an office's mark
 * ("(1) | Chi cục THADS huyện Vụ Bản"), so it is left to the office cell (namesNote).
 */
export function sttNamesNote(stt: string): boolean {
  const nfc = stt.normalize('NFC');
  return NOTE_WORD.test(nfc) || SOURCE_WORD.test(nfc) || STT_SOURCE_BARE.test(nfc);
}
const FIGURES_PHRASE = /^(?:so (?:viec|lieu|tien)|(?:da |chua |khong )?(?:bao gom|gom|ke ca|tinh ca)|trong do|including|includes?|excluding|excludes?|figures?)( |$)/;
const FIGURES_SENTENCE = /^so (?:viec|lieu|tien) (?:cua )?(.+)$/;
const OFFICE_UNIT = /^(?:chi cuc|phong|van phong|don vi|co quan|huyen|quan|thi xa|thanh pho|tp|khu vuc|kv|pkv)( |$)/;
export function namesNote(text: string): boolean {
  const nfc = text.normalize('NFC');
  if (NOTE_WORD.test(nfc) || NOTE_STAR.test(nfc) || SOURCE_WORD.test(nfc)) return true;
  const colon = /[:：]/.exec(nfc);
  if (colon !== null && colon.index > 0) {
    const name = nfc.slice(0, colon.index).trim();
    if (name !== '' && FIGURES_PHRASE.test(foldHeader(nfc.slice(colon.index + 1))) && classify(name) === 'office') return true;
  }
  const rest = FIGURES_SENTENCE.exec(foldHeader(nfc))?.[1];
  return rest !== undefined && OFFICE_UNIT.test(rest);
}

const LETTER_OR_YEAR = latinLetters(/\p{L}|\d{4}/u);
/**
 * What a label that is no office holds, said for its refusal; null for the other kinds of 'other' (a breakdown, a rate, a plan…).
 * `sttNote`: the STT cell beside it opened a note (sttNamesNote) — a note whatever the label, so
 * "Nguồn | …", "N.B. | …" without their colon are said to be one as "Nguồn: | …" is (words46).
 */
export function notOfficeKind(label: string, sttNote = false): string | null {
  if (sttNote) return NOTE_KIND;
  const written = withoutPhaseWord(label);
  const text = withMarkAsOld(written);
  return notOfficeKindOf(written, text, foldHeader(text)) ?? (namesNote(text) ? NOTE_KIND : namesCaseKindRow(text) ? CASE_KIND_ROW : null);
}
/** notOfficeKind, given the label's `text` (withMarkAsOld) and its fold `f`, which classify has already made. */
function notOfficeKindOf(written: string, text: string, f: string): string | null {
  if (isPageMark(written)) return 'a page\'s number (a page footer typed in the table), no office\'s name';
  const compared = COMPARED_YEAR.exec(f);
  if (compared) return `the figures of ${compared[1]} set beside an office's for comparison (another year's, no office's of the report)`;
  // "Năm 2018 (cùng kỳ)" is a year's row, no office's name: it keeps the comparison's message
  if (COMPARED_TAIL.test(f) && yearOfRowLabel(text) === null) return 'another period\'s figures, a comparison or a plan set beside an office\'s name, no office\'s of the report';
  const ended = withoutEndMarks(text.normalize('NFC'));
  if (ESTIMATE_NOTE.test(ended)) return 'an estimate, no office\'s reported figures';
  const measure = measureBesideName(ended);
  if (measure !== null) return `a row of one measure or rate of an office ("${measure}" tagged on its name: a row per measure, which thads does not read), no office's figures`;
  // "… (năm ngoái)", "… (quý IV)", "… (đến 31/8)": whatever the report's year (a note of a whole year is read-csv.ts's)
  const note = periodBesideEnd(ended)?.period.kind;
  if (note === 'earlier') return EARLIER_PERIOD;
  if (note === 'part') return ANOTHER_PERIOD;
  if (note === 'version') return VERSION;
  // the same as the whole label: "Năm ngoái", "N-1", "Đến 31/8/2019", "01/10/2017-30/9/2018"
  // (a label of a year alone, "Same period 2018", is read-csv.ts's: it may be the file's own)
  const alone = yearOfRowLabel(text) === null;
  if (alone && labelsEarlier(text)) return EARLIER_PERIOD;
  const own = alone && LETTER_OR_YEAR.test(text) ? periodNote(text) : null;
  if (own?.kind === 'earlier') return EARLIER_PERIOD;
  if (own?.kind === 'part') return ANOTHER_PERIOD;
  if (own?.kind === 'version') return VERSION;
  if (own?.kind === 'year' && /\d\s*[/.]\s*\d/.test(text)) return 'the figures of a period its days name, no office\'s';
  // (only as a row's label: "Kiểm tra lại" in a notes cell beside an office says nothing of its period)
  if (CHECK_ROW.test(f)) return CHECK_ROW_KIND;
  const subtotal = excelSubtotalKind(f);
  if (subtotal !== null) return subtotal;
  return NOT_OFFICE_KINDS.find(([words]) => words.test(f))?.[1] ?? null;
}
/**
 * A measure's or a rate's label tagged on an office's name, one row per measure (measure-rows.ts
 * measureLabel): "Huyện A (việc)" / "Huyện A (tiền)", "Huyện A - Về tiền", "Huyện A: Tỷ lệ",
 * "Tiền - Huyện A". Read as offices, the money rows were added as offices' cases (exit 0), as a
 * label in a column of its own is refused (ROW_LABELS_MEASURE). In brackets, or set apart by a
 * dash or a colon: "Tiền Hải", "Huyện Tiền Hải" name no measure. The label as written, or null.
 */
const TAGGED_END = /^(.*\S)\s*(?:\(([^()]+)\)|\[([^[\]]+)\]|\s[-–—:]\s*([^-–—:()]+)|:\s*([^-–—:()]+))$/u;
const TAGGED_START = /^\s*(?:\(([^()]+)\)|([^-–—:()]+?)\s*(?:[-–—]\s|:))\s*(\S.*)$/u;
function measureBesideName(text: string): string | null {
  const end = TAGGED_END.exec(text);
  const tail = end && (end[2] ?? end[3] ?? end[4] ?? end[5] ?? '').trim();
  // (the rest a name, not a label itself: "Tỷ lệ (%)" is a rate's row, said as one)
  const isName = (rest: string) => hasLetter(rest) && measureLabel(rest) === null;
  if (end && tail && isName(end[1]!) && measureLabel(tail) !== null) return tail;
  const start = TAGGED_START.exec(text);
  const head = start && (start[1] ?? start[2] ?? '').trim();
  return start && head && isName(start[3]!) && measureLabel(head) !== null ? head : null;
}

/**
 * A comparison's, a change's or a plan's label, the whole cell: "Cùng kỳ năm trước", "Cùng kỳ
 * 2018", "So với cùng kỳ", "Năm trước", "Tăng/giảm", "Kế hoạch", "Chỉ tiêu giao" — not a remark
 * that opens with one ("So với cùng kỳ tăng 2%").
 */
const COMPARISON_LABEL = new RegExp(`^(?:so (?:voi )?)?(?:${ROW_COMPARISON.join('|')})(?: (?:nam truoc|(?:nam )?(?:19|20)\\d\\d|giao))?$`);
/** A label, not a remark: a few words, no rate ("Lũy kế đạt 80%" remarks on the figures). */
const SHORT_LABEL = /^[^%]*$/;
const MAX_LABEL_WORDS = 4;
/** A year alone, as a code or a founding year may be written too: read-csv.ts compares those on one office's rows (period-column.ts). */
const BARE_YEAR_CELL = /^\s*(?:19|20)\d\d\s*$/;

/** Two days or months in figures: a range ("01/10/2017-30/9/2018", "10/2017 - 9/2018"). One alone may be any day of the row's (sent, updated). */
const TWO_DATES = /\d{1,2}\s*[/.-]\s*(?:\d{1,2}\s*[/.-]\s*)?(?:19|20)\d\d\D+\d{1,2}\s*[/.-]\s*(?:\d{1,2}\s*[/.-]\s*)?(?:19|20)\d\d/u;

/**
 * A remark on the figures, no label of a period: a rate ("Năm 2018 đạt 78%", "Năm 2018: 78%"), or
 * a colon followed by a figure other than a year or a day ("Năm 2018: 1.234").
 */
const REMARK = /%|:\s*(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)*(?![\d/.-])/u;

/**
 * The period a cell beside the office's name states, read as a note beside a name is
 * (period-notes.ts periodNote, one rule for both): a statistics year ("Năm 2018", "2017-2018",
 * "TH 2018", "01/10/2017-30/9/2018"), an earlier period ("N-1"), a part of a year ("T9/2019");
 * null for any other text. Without a word, only a year or a range of days: a day alone
 * ("15/10/2019") may be the day the row was sent, a number ("2019,5", "12/15") a figure.
 */
export function periodOfCell(text: string): PeriodNote | null {
  if (REMARK.test(text)) return null;
  const year = yearOfRowLabel(text);
  if (year !== null) return { kind: 'year', year };
  return hasLetter(text) || TWO_DATES.test(text) ? periodNote(text, true) : null;
}

/**
 * What a cell beside the office's name, in a column thads does not read ("Chỉ tiêu so sánh",
 * "Thời gian"), says of its row when it labels another period than the report's `year`, in the
 * words an office's label is refused with: a comparison, a change or a plan ("Cùng kỳ năm
 * trước", "Năm trước"), another period, an estimate or a count of people in a short label
 * (NOT_OFFICE_KINDS: "Quý IV", "Tính đến 31/8/2019", "Ước TH"), a year with its words ("Năm
 * 2018") when the report's is known. Null for any other text: a name, a remark ("Đạt chỉ tiêu",
 * "So với cùng kỳ tăng 2%", "Trong tháng 9 tăng mạnh"), "Năm nay", a bare year.
 */
export function otherPeriodBeside(text: string, year: number | null): string | null {
  const f = foldHeader(text);
  if (f === '' || BARE_YEAR_CELL.test(text)) return null;
  const period = periodOfCell(text);
  if (period?.kind === 'year') return year === null || period.year === null || period.year === year ? null : `the year ${period.year}`;
  if (period?.kind === 'earlier') return 'an earlier period\'s figures (a comparison)';
  if (period?.kind === 'part') return ANOTHER_PERIOD;
  // a version in a column is one office's figure; two on one office's rows are period-column.ts's
  if (period?.kind === 'version') return null;
  if (COMPARISON_LABEL.test(f) || comparedAfterWords(text, f)) return 'another period\'s figures, a comparison or a plan';
  if (!SHORT_LABEL.test(text) || text.trim().split(/\s+/).length > MAX_LABEL_WORDS) return null;
  return NOT_OFFICE_KINDS.find(([words]) => words.test(f))?.[1] ?? null;
}

/** A change on the earlier period, a remark on the row's figures ("Tăng so với cùng kỳ", "Cao hơn CK", "Bằng cùng kỳ"), no label of its period. */
const CHANGE_REMARK = new RegExp(`(?:^| )(?:${[...CHANGE_WORDS, 'hơn', 'bằng', 'tương đương', 'đạt', 'vượt', 'không đổi', 'giữ nguyên'].map(foldHeader).join('|')})(?= |$)`);
/** The label ends on an earlier period (EARLIER_WORDS), its year perhaps: not a plan's word ("Hoàn thành chỉ tiêu" says how a row did). */
const EARLIER_TAIL = new RegExp(`(?:^| )(?:${EARLIER_WORDS.map(foldHeader).join('|')})(?: (?:nam )?(?:19|20)\\d\\d)?$`);
/**
 * A comparison's word after a few of the label's own, the office column's rule (COMPARED_TAIL,
 * COMPARED_YEAR: "TH cùng kỳ" there is no office): "TH cùng kỳ", "Thực hiện cùng kỳ năm trước",
 * "Số liệu cùng kỳ", "SL CK", "TH cùng kỳ năm 2023" beside "Thực hiện" / "Số liệu" on the
 * office's other row label last year's figures. Not a remark: a rate, a change on it ("Tăng so với
 * cùng kỳ"), more than MAX_LABEL_WORDS words before it, a plan ("Hoàn thành kế hoạch").
 */
function comparedAfterWords(text: string, f: string): boolean {
  if (!SHORT_LABEL.test(text) || !(COMPARED_TAIL.test(f) || COMPARED_YEAR.test(f)) || !EARLIER_TAIL.test(f)) return false;
  const before = f.slice(0, COMPARED.exec(f)?.index ?? 0).trim();
  return before !== '' && before.split(' ').length <= MAX_LABEL_WORDS && !CHANGE_REMARK.test(before);
}

/**
 * A person of an office, not an office: "CHV Nguyễn Văn An", "Chấp hành viên Trần Thị Bình",
 * "Thẩm tra viên …" — an enforcer's row written in the office column, under its office's name
 * (a title without figures) or anywhere: added as offices they would be ranked as offices.
 * read-csv.ts refuses such a row once the rules for lines under a title have had their say.
 */
const ENFORCER = /^(chv|chap hanh vien|tham tra vien|thu ky thi hanh an)( |$)/;
export function namesEnforcer(text: string): boolean {
  return ENFORCER.test(foldHeader(text));
}
/**
 * More words that open a breakdown: "Riêng: …", "Chia ra: …", "Cụ thể: …", "Gồm: …", "Bao gồm …",
 * "Kể cả: …", "… (trong đó)", "Số chuyển sổ theo dõi riêng" (folded). No district's name begins
 * so: "Gò Công", "Gò Vấp" fold to "go …", "Kế Sách" to "ke sach".
 */
const BREAKDOWN = /^(chia ra|cu the|gom|bao gom|ke ca|so chuyen so theo doi rieng)\b|\btrong (so )?do$/;
/**
 * Read as written: "T.đó: …", "Tr.đó: …", "TĐ: …", "Trđ: …" ("trong đó" cut short) only with their
 * colon ("TĐ" alone may be a name's initials, "Trđ" a money unit), the dotted ones alone without it
 * too ("Tr. đó" in the STT column: no name is written so); "Riêng" with its own tone, or none
 * ("Riềng" would be another word). (hunt44: "Trđ: Án tín dụng" was added as an office, "TĐ: …"
 * refused; stt45: "Tr.đó:", "T.đó" in the STT column, any text beside them, too.)
 */
const BREAKDOWN_WRITTEN = latinLetters(/^\s*(?:(?:trđ|tr?\s*\.\s*đó|tđ)\s*:|tr?\s*\.\s*đó\s*$|(?:riêng|rieng)(?![\p{L}\d]))/iu);

/**
 * A list bullet opening a name cell: "- Tín dụng, ngân hàng", "+ Án tín dụng", "•Dân sự", "a) …",
 * "b. …" ("'- …" as a spreadsheet keeps it text). The forms write the lines of a breakdown of
 * the row above ("Trong đó:" and its items) so; an office's name never begins with one ("Phòng
 * THADS khu vực 1 - Ninh Bình" has its dash inside). "-", "+", "*" are bullets only with a space
 * after them: "+SUM(1;2)", "-2+3" are text that looks like a formula, refused by no row rule.
 * A sub-item's number in the name cell ("1.1 Tín dụng ngân hàng", "2.3. …") opens one too, as
 * it would in the STT column (subItemOf).
 */
const BULLET_MARK = latinLetters(/^\s*'?\s*(?:[-+*]\s|[–—•·▪◦‣]|[a-zđ]\)|[a-zđ]\.(?=\s)|\d{1,3}(?:\.\d{1,3})+\.?(?=\s))\s*(?=[\p{L}\d])/u);
export function startsWithBullet(text: string): boolean {
  return BULLET_MARK.test(text);
}

/** The name after its bullet: "- Phòng THADS khu vực 1" → "Phòng THADS khu vực 1" (trimmed). */
export function withoutBullet(text: string): string {
  return text.replace(BULLET_MARK, '').trim();
}

/**
 * An STT cell holding only a bullet ("-", "+", "•"): the row is a line of a list, as "- Tín dụng"
 * in the name cell is. ("*" marks a row, a footnote's star, and numbers nothing. A letter, "a)",
 * numbers a sub-item: subItemOf.)
 */
export function isBulletMark(stt: string): boolean {
  return /^\s*'?\s*[-+–—•·▪◦‣]\s*$/u.test(stt);
}

/** The item an STT cell numbers itself: "1", "12", "1.", "1.0" → 1, 12, 1, 1; null for anything else. */
export function itemNumber(stt: string): number | null {
  const m = /^\s*(\d{1,4})\s*(?:\.\s*0*)?\s*$/.exec(stt);
  return m ? Number(m[1]) : null;
}

/**
 * A row numbered as an office of the list: an item's own STT ("2", "2.") beside an office's name.
 * Titles, signatures and notes are never numbered items, and a numbered group ("1;Tỉnh Gia
 * Lai") heads offices rather than being one.
 */
export function numbersOffice(stt: string, name: string, year: number | null): boolean {
  if (itemNumber(stt) === null || !hasLetter(name)) return false;
  const label = rowLabel(name);
  return label === 'office' && !headsOffices(label, name, year);
}

/**
 * The item an STT cell numbers a sub-item of: "1.1", "2.3", "1.a", "1a)", "2.1.", "1.2.3",
 * "1-1", "2/1" → 1, 2, 1, 1, 2, 1, 1, 2; 'above' for a lower-case letter alone ("a", "b.", "c)",
 * "đ"), the forms' way to number the lines of a breakdown of the item above; null for an item's
 * own number ("1", "12", "1.") or a section's ("II", "A"). "1.0" (a number a spreadsheet wrote
 * as a decimal) numbers item 1 itself. Nothing for "1a" (a row inserted after item 1 is numbered
 * so too), "*" (a footnote's star), "(1)" (a form's own bracketed number, as a column's is), nor
 * "i", "v", "x", which read as Roman section numbers (isSectionNumber).
 */
export function subItemOf(stt: string): number | 'above' | null {
  if (/^\s*[a-hj-uwyzđ]\s*[.)]?\s*$/u.test(stt)) return 'above';
  const m = /^\s*(\d{1,4})(?:((?:\s*[./-]\s*(?:\d{1,3}|[a-zđ]))+)\s*[.)]?|[a-zđ]\s*\))\s*$/iu.exec(stt);
  if (!m || (m[2] !== undefined && /^[\s.0]*$/.test(m[2]))) return null;
  return Number(m[1]);
}

/**
 * A row numbered as an item whose name is no office's but a group's: a province ("THADS tỉnh
 * Ninh Bình", "Tỉnh Nam Định", "Nam Định") or a region ("Khu vực 1", "Cụm 2"). With figures and
 * sub-items below it, it is their subtotal, as a section's row is (read-csv.ts).
 */
export function namesGroup(text: string, year: number | null = null): boolean {
  const f = foldHeader(text);
  if (REGION.test(f) || namesGroupOnly(text, year)) return true;
  // The office test first: it reads the name's first words, the province's key folds it whole.
  return !namesProvinceOffice(f, text, year) && successorProvince(text) !== null;
}

/**
 * A region of a province's offices (folded): "Khu vực 1", "Vùng 2", "Nhóm 3", "Địa bàn 1", "Địa
 * bàn số 1", "Địa bàn phía Bắc" (an area by a number or a name, not one office's: "Địa bàn huyện
 * Vụ Bản" may head its enforcers), "Khu vực phía Bắc", "Vùng miền núi", "Miền ven biển" (round
 * 52a, 03). Its number in Roman letters too, "Khu vực I", "Khu vực II" (stt45: refused as a title
 * that is no section, and told to write "Khu vực 1", which it is).
 */
const ROMAN_1_TO_20 = '(?=[ivx])x{0,2}(?:ix|iv|v?i{0,3})';
const REGION = new RegExp(String.raw`^((khu vuc|vung|nhom) (\d{1,2}|${ROMAN_1_TO_20})|dia ban (so )?\d{1,2}|dia ban (?!(huyen|quan|thi xa|tx|thanh pho|tp|chi cuc|phong|${AGENCY_NAME})( |$))[a-z].*|(khu vuc|vung|mien) (phia bac|phia nam|mien nui|ven bien|trung tam))$`);
/** An emulation cluster (folded): "Cụm 2", "Cụm số 1", "Cụm thi đua 1", "Cụm thi đua số 1". */
const CLUSTER = /^cum (thi dua )?(so )?\d{1,2}$/;
/**
 * A total's or subtotal's label over a group of provinces, never one province's part (folded): a
 * cluster's or a bloc's ("Cộng cụm", "Cộng Cụm 5", "Tổng cụm thi đua số 5", "Cộng khối", "Cộng
 * khối thi đua 2"), the provinces' together ("Cộng các tỉnh trong cụm", "Cộng các tỉnh, thành
 * phố", "Cộng các Cục"), in English "Cluster 5 total", "Cluster subtotal". Not a province's own
 * levels or regions: "Cộng khối Cục", "Cộng khối Chi cục", "Cộng khu vực 1", "Cộng các Chi cục".
 */
const PROVINCES_GROUP_TOTAL = /^(cong|tong|tong cong|tong so|tong hop)( toan)? ((cum|khoi)( thi dua)?( so)?( \d{1,2})?|cac (tinh|cuc|dia phuong)( .*)?)$|^(emulation )?cluster( no)?( \d{1,2} (sub ?)?totals?| sub ?totals?)$/;
export function namesProvincesGroupTotal(text: string): boolean {
  // a label read as an office's ("Cluster total") is left to its office's checks: ending a block there would add it
  return rowLabel(text) !== 'office' && PROVINCES_GROUP_TOTAL.test(withoutSectionNumber(foldHeader(text)));
}
/**
 * The district level's offices together, in which words (namesDistrictOffices): the Phòng THADS
 * khu vực from 1/7/2025, else the Chi cục. Null for any other label.
 */
export function districtOfficesRow(text: string): DistrictOffices | null {
  return namesDistrictOffices(text) ? (/(^| )khu vuc( |$)/.test(foldHeader(text)) ? 'khu-vuc' : 'chi-cuc') : null;
}
/** A bloc's or cluster's heading ("Khối thi đua số 1", "I | Cụm thi đua số 2", "Khối Chi cục"), folded: what "Cộng khối" below it closes. */
export function namesGroupHeading(text: string): boolean {
  return /^(khoi|cum)( |$)/.test(withoutSectionNumber(foldHeader(text)));
}
/**
 * A bloc's or cluster's heading over provinces (folded, section number aside): "Khối thi đua số 1",
 * "Cụm thi đua 2", "Khối I", "Khối thi đua các tỉnh Tây Nam Bộ", "Cụm các tỉnh miền Đông", in
 * English "Emulation cluster 1", "Bloc No. 2". Not a province's own group of offices ("Khối Chi
 * cục", "Khối Cục", "Khối văn phòng"), which namesGroupHeading also names.
 */
const PROVINCES_GROUP_HEADING = /^(khoi|cum)( thi dua)?( so)? ([ivx]+|\d{1,2})$|^(khoi|cum) thi dua \S.*$|^(khoi|cum)( thi dua)? cac (tinh|cuc|dia phuong)( .*)?$|^(emulation )?(cluster|bloc)( no)? \d{1,2}$/;
export function namesProvincesGroupHeading(text: string): boolean {
  return PROVINCES_GROUP_HEADING.test(withoutSectionNumber(foldHeader(text)));
}
/**
 * The words a bloc's heading is written in, its number or name aside (folded): "khoi thi dua" of
 * "Khối thi đua số 1", "khoi" of "Khối 2", "cum" of "Cụm I", "emulation cluster". A table writes
 * its blocs over provinces alike; a province's own "Khối 1" under "Khối thi đua số 1" is another's.
 */
export function provincesGroupWording(text: string): string {
  return /^((emulation )?(cluster|bloc)|(khoi|cum)( thi dua)?)/.exec(withoutSectionNumber(foldHeader(text)))?.[0] ?? '';
}
const withoutSectionNumber = (folded: string): string => folded.replace(/^([ivx]+|[a-d]|\d{1,2}) (?=\S)/, '');
/** "Địa bàn tỉnh …", "Thuộc tỉnh …", "Khu vực Hà Tây cũ": the area of a province, written before its name. */
const AREA_OF = /^\s*(?:địa bàn|dia ban|thuộc|thuoc|khu vực|khu vuc)\s+/iu;

/**
 * A label naming a group of offices that is never an office itself: a cluster ("Cụm thi đua số
 * 1") or a former province ("Tỉnh Nam Định (cũ)", "Nam Định cũ", "Địa bàn tỉnh Nam Định cũ",
 * "Thuộc tỉnh Hà Nam (trước sáp nhập)"), as a merged province's report groups its offices. With
 * figures it is a section's row over the offices below it, checked against them (read-csv.ts),
 * whatever its STT. A city's office stays one: "Thành phố Nam Định (cũ)" (namesProvinceOffice).
 * A province merged away before the 63 ("Tỉnh Hà Tây (cũ)", or unmarked in a report of 2008 on:
 * earlierMerger) groups its successor's offices and gives them no province of its own, as a
 * cluster does (provinceOfSection).
 */
export function namesGroupOnly(text: string, year: number | null = null, province: string | null = null): boolean {
  return CLUSTER.test(foldHeader(text)) || (formerProvinceOfGroup(text, year) !== null && !namesOfficeOfOther(text, province)) || earlierMerger(withoutArea(text), year) !== null;
}

/**
 * A former province's name ("Hòa Bình (cũ)") on a row whose Tỉnh cell names another province, not
 * its successor: that province's district office of the same name marked as former (Bạc Liêu's
 * huyện Hòa Bình in a 2025 table of its Chi cục), as the bare name is there (round 83a 04). Under
 * its own name or its successor ("Nam Định (cũ)" under "Ninh Bình") it stays the former province.
 */
function namesOfficeOfOther(text: string, province: string | null): boolean {
  // ("Tỉnh Hòa Bình (cũ)", "Thuộc tỉnh Hòa Bình (cũ)" say it is the province: a group's, as before)
  const t = text.normalize('NFC').trim();
  if (province === null || AREA_OF.test(t) || PROVINCE_WORD.test(foldHeader(t)) || successorProvince(province) === null) return false;
  const former = formerProvince(t);
  const own = provinceKey(province);
  return former !== null && own !== provinceKey(t) && own !== provinceKey(former.name);
}

/**
 * Whether a label names a province merged before the 63 in some year (earlierMerger, "Tỉnh Hà Tây"
 * unmarked among them): only a reader that knows the report's year tells a group from a title
 * of no office (the fast path hands such a file to the reference reader).
 */
export function mayNameEarlierMerger(text: string): boolean {
  return earlierMerger(withoutArea(text), MERGER_YEAR) !== null;
}

/** The label without the "Địa bàn", "Thuộc", "Khu vực" before a province's name (AREA_OF); its mark kept, read by provinces.ts. */
function withoutArea(text: string): string {
  return text.normalize('NFC').replace(AREA_OF, '');
}

/**
 * The former province a group's label names, marked as such ("Tỉnh Tiền Giang (cũ)", "Thuộc
 * tỉnh Tiền Giang (trước sáp nhập)" → "Tiền Giang (cũ)"), or null (a cluster, an office).
 */
function formerProvinceOfGroup(text: string, year: number | null): string | null {
  const marked = withoutArea(text);
  if (formerProvince(marked) === null || namesProvinceOffice(foldHeader(marked), marked, year)) return null;
  return markedFormerProvince(marked);
}

/**
 * The province a group's title names ("THADS tỉnh Ninh Bình", "Cục THADS tỉnh Tiền Giang", "TP
 * Hà Nội"), or null (a region's "Khu vực 1", an office's name): the rows it heads are its offices.
 * Named as `year` names it (nameInYear): "CỤC THADS TỈNH THỪA THIÊN HUẾ" of 2019 is not "Huế".
 */
export function provinceOfGroup(text: string, year: number | null = null): string | null {
  const key = `${year ?? ''}\u0000${text}`;
  let province = groupProvinces.get(key);
  if (province === undefined) {
    // Asked of every office's name several times a run (its row, its province, its registry): read once.
    if (groupProvinces.size >= MEMO_LIMIT) groupProvinces.clear();
    // "Ninh Bình (mới)", "THADS tỉnh Phú Thọ (sau sáp nhập)": the new province, its mark read as a
    // Tỉnh cell's (withoutNewMark) — read as no province, a 2025 list by the 34 lost every province's
    // target (exit 0 under --fail-below-target) and a row above it was taken for a section (traps23 1, 2)
    const named = namesGroup(text, year) ? provinceOfFileName(withoutNewMark(text)) : null;
    province = named === null ? null : nameInYear(named, year);
    groupProvinces.set(key, province);
  }
  return province;
}
const groupProvinces = new Map<string, string | null>();

/**
 * The province a section's or a group item's row gives the offices below it: a province's
 * (provinceOfGroup: "TIỀN GIANG", "Cục THADS tỉnh Tiền Giang"), or a former province's with its
 * mark kept, as its province cell would give it ("Tỉnh Tiền Giang (cũ)", "Thuộc tỉnh Tiền Giang
 * (trước sáp nhập)" → "Tiền Giang (cũ)"): two "Châu Thành" of two former provinces stay two.
 * (A title line's province is provinceOfGroup's: title-province.ts.)
 */
export function provinceOfSection(text: string, year: number | null = null): string | null {
  const name = titleWithoutSectionNumber(text);
  return formerProvinceOfGroup(name, year) ?? provinceOfGroup(name, year);
}

/**
 * A section's title without its number: "I. TỈNH TIỀN GIANG" (typed in the STT cell and merged
 * across the row, so a CSV export writes it there), "II. Tỉnh Bến Tre", "A. TỈNH …", "II - Bến
 * Tre" head their province's offices as "I | TIỀN GIANG" does. Other text is returned as it is.
 */
export function titleWithoutSectionNumber(text: string): string {
  const m = /^\s*([IVXivx]{1,6}|[A-H])\s*[.):\-–]\s*(\S.*)$/u.exec(text);
  return m && isSectionNumber(m[1]!) ? m[2]!.trim() : text;
}
/**
 * The province a subtotal's label names below its offices: "Cộng tỉnh Tiền Giang", "Cộng Bến
 * Tre", "CONG TINH BEN TRE", "Tổng cộng tỉnh Tiền Giang" (province-subtotals.ts). Null for any
 * other ("Cộng khu vực 1", "Cộng Mỹ Lộc" over an office's enforcers, "Tổng cộng").
 */
export function provinceOfSubtotal(text: string, year: number | null = null): string | null {
  return subtotalProvince(text, year)?.province ?? null;
}

/** A subtotal's label naming a province (subtotalProvince). */
export interface SubtotalProvince {
  readonly province: string;
  /** the label's name, its "Cộng" dropped, as written: "Hòa Bình", "tỉnh Hòa Bình" */
  readonly name: string;
  /** the name is the province's alone, no word calls it one: a district may bear it ("Cộng Hòa Bình" of Bạc Liêu) */
  readonly bare: boolean;
}

/** Words that call a name a province's (folded): "tỉnh", "thành phố"/"TP" (a city run by the centre: provinceOfGroup), "Cục THADS". */
const PROVINCE_WORD = new RegExp(String.raw`^(?:tinh|thanh pho|tp|cuc|${AGENCY_NAME})( |$)`);

/** provinceOfSubtotal, with the name it reads and whether it is bare. */
export function subtotalProvince(text: string, year: number | null = null): SubtotalProvince | null {
  const m = /^(?:tong cong|tong so|cong|tong) (?:cua )?(\S.*)$/.exec(foldHeader(text));
  if (m === null) return null;
  // (read from the label as written, its first words dropped: provinceOfGroup reads diacritics)
  const words = text.trim().split(/\s+/u);
  const name = words.slice(words.length - m[1]!.split(' ').length).join(' ');
  const province = provinceOfGroup(name, year);
  return province === null ? null : { province, name, bare: !PROVINCE_WORD.test(m[1]!) };
}

/**
 * The province a row closing its offices names (province-subtotals.ts): a subtotal's
 * (subtotalProvince), else a province's whole ("Tiền Giang (toàn tỉnh)", provinceOfWhole), which
 * calls it a province (never bare) and may also be a one-province file's total (`whole`).
 */
export function closingProvince(text: string, year: number | null = null): (SubtotalProvince & { readonly whole: boolean }) | null {
  const subtotal = subtotalProvince(text, year);
  if (subtotal !== null) return { ...subtotal, whole: false };
  const province = provinceOfWhole(text, year);
  return province === null ? null : { province, name: text.trim(), bare: false, whole: true };
}

/** "toàn tỉnh", "cả tỉnh", "toàn thành phố", "toàn TP.", as written (any case, with or without marks) */
const WHOLE_VI = String.raw`(?:toàn|toan|cả|ca)\s+(?:tỉnh|tinh|thành\s+phố|thanh\s+pho|t\.?\s*p\.?)`;
/** "Tiền Giang (toàn tỉnh)", "Tỉnh Tiền Giang - Toàn tỉnh" */
const WHOLE_AFTER = new RegExp(String.raw`^(\S.*?)[\s\-–(,:]+${WHOLE_VI}\s*\)?\s*$`, 'iu');
/** "Toàn tỉnh Tiền Giang", "Tổng cộng toàn tỉnh Tiền Giang", "Cộng toàn tỉnh: Tiền Giang" */
const WHOLE_BEFORE = new RegExp(String.raw`^(?:(?:tổng\s+cộng|tong\s+cong|tổng\s+số|tong\s+so|tổng|tong|cộng|cong)\s+)?${WHOLE_VI}[\s\-–:]+(\S.*)$`, 'iu');
/** "Tien Giang province total", "Tien Giang total" (an English export) */
const WHOLE_TOTAL_EN = /^(\S.*?)\s+(?:province\s+|provincial\s+|city\s+)?totals?$/iu;

/**
 * The province a row's label sums as a whole: "Tiền Giang (toàn tỉnh)", "Toàn tỉnh Tiền Giang",
 * "Tỉnh Tiền Giang (toàn tỉnh)", "TP Hà Nội (toàn thành phố)", "Tien Giang province total", and a
 * subtotal's "Cộng tỉnh Tiền Giang" (provinceOfSubtotal). At the head of its offices in a cluster's
 * report it gives them its province (input/province-rows.ts). Null for "Toàn tỉnh", "Tổng cộng",
 * an office's name.
 */
export function provinceOfWhole(text: string, year: number | null = null): string | null {
  const t = titleWithoutSectionNumber(text.normalize('NFC').trim());
  const rest = WHOLE_AFTER.exec(t)?.[1] ?? WHOLE_BEFORE.exec(t)?.[1] ?? WHOLE_TOTAL_EN.exec(t)?.[1];
  return (rest === undefined ? null : provinceOfGroup(rest, year)) ?? provinceOfSubtotal(t, year);
}

/** "Toàn tỉnh", "Cả tỉnh", "Toàn thành phố", "Toàn TP", "Tổng toàn tỉnh", "TC toàn tỉnh", "Province total" (folded): a province's whole, naming none */
const WHOLE_ALONE = /^(?:(?:tong cong|tong so|tong hop|tong|cong|chung|tc|ket qua|so lieu) )?(?:toan|ca) (?:tinh|thanh pho|tp|t p)$|^(?:whole|entire) (?:province|city)$|^(?:province|provincial|city) totals?$/;

/**
 * A row labelled as the whole of the province its Tỉnh cell names: "Toàn tỉnh" (any case, with
 * or without marks, "Toàn thành phố", "Toàn TP", "Cả tỉnh", "Tổng toàn tỉnh", "Province total"),
 * or that province's whole by name ("Toàn tỉnh Huế" on a Huế row). Such a row is that province's
 * whole, not necessarily the file's: input/province-wholes.ts decides which by its neighbours.
 */
export function namesWholeOfProvince(text: string, province: string, year: number | null = null): boolean {
  if (WHOLE_ALONE.test(foldHeader(text))) return true;
  const named = provinceOfWhole(text, year);
  return named !== null && provinceKey(named) === provinceKey(province);
}

/** a bound on the memo's size, so a file of a million distinct names keeps its memory flat */
const MEMO_LIMIT = 1 << 16;

/**
 * The province a row stands for when its office cell names a province ("Gia Lai", "Cục THADS
 * tỉnh Gia Lai", "TP. Hồ Chí Minh"): a national report by province, written in the office
 * column, with no Tỉnh column or beside its own province's ("Phú Thọ" under Tỉnh "Phú Thọ", or
 * in 2025+ under a province merged into Phú Thọ). Across years it is that province, rolled up
 * into the 34 as a Tỉnh column's is: never the 2025 Phú Thọ against the old Phú Thọ alone.
 * Under another province the name is an office's, its own ("Thành phố Việt Trì" is no province).
 */
export function provinceStoodFor(row: { readonly province: string | null; readonly district: string | null; readonly year: number | null }): string | null {
  if (row.district === null) return null;
  if (row.province === null) return provinceOfGroup(row.district, row.year);
  const merged = row.year !== null && row.year >= MERGER_YEAR ? provinceInYear(row.province, row.year)?.mergedInto : undefined;
  const own = [row.province, ...(merged !== undefined ? [merged] : [])].find((p) => namesOwnProvince(row.district!, p, row.year));
  return own === undefined || namesHueCity(row.district, row.year) ? null : provinceOfGroup(row.district, row.year);
}

/**
 * "Huế" alone under its province before 2025: the city of Thừa Thiên Huế, an office of it (the
 * Cục's tables name their Chi cục by short names), not the province, which was Thừa Thiên Huế
 * until it became the centrally-run city Huế (2025).
 */
function namesHueCity(text: string, year: number | null): boolean {
  return year !== null && year < MERGER_YEAR && foldHeader(text) === 'hue';
}

/**
 * The province whose whole a counted row gives, or a level of it: "Toàn tỉnh" under its Tỉnh cell
 * (a whole read as its province's row), its Cục's levels "Cấp tỉnh" and "Cấp huyện" (the Cục's
 * one-page Biểu: its whole split in two; the levels by any of their labels, "Văn phòng Cục" and
 * "Các Chi cục", "Văn phòng THADS tỉnh" and "Các Phòng THADS khu vực"), or an office cell naming
 * a province (provinceStoodFor: "Nam Định", "Cục THADS tỉnh Nam Định"). `ownLevel`: "Cấp tỉnh"
 * ("Văn phòng Cục") alone, the Cục's own office, which holds none of its Chi cục. `named`: the cell only names the province, no whole's word
 * ("Toàn tỉnh …", "Tổng …"): a whole only if its figures could be (whole-beside-parts.ts). Null for an office's row ("Mỹ Lộc", "Thành phố Nam Định").
 */
export function provinceWholeOf(row: { readonly province: string | null; readonly district: string | null; readonly year: number | null }): { readonly province: string; readonly ownLevel: boolean; readonly named: boolean } | null {
  const stood = provinceStoodFor(row);
  if (stood !== null) return { province: stood, ownLevel: false, named: provinceOfWhole(row.district!, row.year) === null };
  // "Nam Định (cũ)", "Cục THADS tỉnh Nam Định (cũ)" (no Tỉnh, or under its successor): the former
  // province as it was, a whole by its mark, never an office (round 82a 05); "TP Nam Định (cũ)" is the city.
  const former = row.district === null || namesOfficeLikeProvince(row.district, row.year) ? null : markedFormerProvince(row.district);
  if (former !== null && (row.province === null || sameOrMergedInto(former, row.province, row.year))) return { province: withoutFormerMark(former), ownLevel: false, named: false };
  if (row.province === null || row.district === null) return null;
  // (the district level by any of its labels, namesDistrictOffices: "Cấp huyện", "Các Chi cục",
  // "Các Phòng THADS khu vực" — all the province's district offices, work100c 02)
  if (namesWholeOfProvince(row.district, row.province, row.year) || namesDistrictOffices(row.district)) return { province: row.province, ownLevel: false, named: false };
  return namesLevel(row.district) || isProvincialOffice(row.district) ? { province: row.province, ownLevel: true, named: false } : null;
}

/** "Tỉnh X", "Thành phố X", "TP. X" (folded): the word that makes a name a province's itself, not its Cục's nor a bare name's */
const PROVINCE_ITSELF = /^(?:tinh|thanh pho|tp)(?: |$)/;
/**
 * Whether an office cell names a province itself by its province word: "Tỉnh Nam Định", "TP.
 * Hà Nội", "Thành phố Hồ Chí Minh" (provinceOfGroup, of any era: "Tỉnh Nam Định" of 2026 is the
 * former province). Not "Nam Định" alone (a city's, an office's name too), not "Thành phố Nam
 * Định" (a district-level city: namesProvinceOffice), not "Cục THADS tỉnh Nam Định" (its Cục,
 * which may be its own office). Such a row alone in its file is the province's whole (collect.ts).
 */
export function namesProvinceItself(text: string, year: number | null = null): boolean {
  return PROVINCE_ITSELF.test(foldHeader(text)) && provinceOfGroup(text, year) !== null;
}
/**
 * The province a name cell names itself (namesProvinceItself) behind a list number typed before
 * it: "I. Tỉnh Nam Định", "A - Tỉnh …", "1. Tỉnh …", "(1) Tỉnh …", "1) TP. Hà Nội" as well as
 * "Tỉnh Nam Định" (tinh49: numbered, the province's own row was added as an office, exit 0).
 * Null for any other name.
 */
export function provinceItselfNamed(text: string, year: number | null = null): string | null {
  const name = titleWithoutSectionNumber(text).replace(/^\s*(?:\(\d{1,3}\)|\d{1,3}\s*[.):\-–])\s*/u, '');
  return namesProvinceItself(name, year) ? provinceOfGroup(name, year) : null;
}

/**
 * A district-level office named like its province: "Thành phố Nam Định", "TP. Hà Tĩnh", "Nam
 * Dinh City", "Thị xã …", "Quận …", "Huyện …" (the city of a province is not the province). "Thành phố Hà Nội",
 * "TP Hồ Chí Minh"… are provinces: no district-level city shares their name. ("Cục THADS tỉnh
 * X" stays the province's: forms list "Văn phòng Cục" and the Chi cục under it.)
 */
const OFFICE_OF_PROVINCE = new RegExp(String.raw`^(${AGENCY_NAME} )?(thanh pho|tp|thi xa|tx|quan|huyen)( |$)|^chi cuc( |$)`);
/** "Thành phố X", and in English "X City" (provinceKey reads it as X): a city, a province's office or a province. */
const NAMES_CITY = new RegExp(String.raw`^(${AGENCY_NAME} )?(thanh pho|tp) | city$`);
const CITY_PROVINCES = new Set(['ha noi', 'ho chi minh', 'hai phong', 'da nang', 'can tho']);
/**
 * Whether a name is a district-level office's though it holds its province's name, its "(cũ)"
 * mark read or not: "TP Nam Định (cũ)", "Thành phố Hà Tĩnh", "Chi cục THADS …" (namesProvinceOffice).
 */
export function namesOfficeLikeProvince(text: string, year: number | null): boolean {
  return namesProvinceOffice(foldHeader(text), text, year);
}
function namesProvinceOffice(folded: string, text: string, year: number | null): boolean {
  const cityWord = NAMES_CITY.test(folded);
  if (!cityWord) return OFFICE_OF_PROVINCE.test(folded);
  const city = foldHeader(provinceKey(text));
  // Huế has been a centrally-run city, a province, since 2025; before, the city of Thừa Thiên Huế.
  const province = CITY_PROVINCES.has(city) || (city === 'hue' && year !== null && year >= MERGER_YEAR);
  return !province;
}

/**
 * A title without figures that heads the offices listed below it, bulleted or numbered as its
 * sub-items: a section's ("Các Phòng THADS khu vực", "Cấp huyện"), a level's ("Cấp tỉnh"), a
 * group's (a province, "Khu vực 1"). An office's name heads its enforcers' lines, a text thads
 * does not know ("Phân theo lĩnh vực") perhaps a breakdown's: no offices under those.
 */
export function headsOffices(label: RowLabel, text: string, year: number | null = null): boolean {
  const f = foldHeader(text);
  return label === 'section' || label === 'level' || namesGroup(titleWithoutSectionNumber(text), year) || PLURAL_OFFICES.test(f) || RESULT_GROUP.test(f);
}
/**
 * A title grouping the offices by their result (folded): "Đơn vị đạt tỷ lệ trên 75%", "Các đơn
 * vị chưa đạt …", "Nhóm đơn vị có tỷ lệ dưới 75 phần trăm", "Nhóm 2: đạt …". The rate or
 * percentage it names bounds the group; it is no statistic row (those carry figures).
 */
const RESULT_GROUP = /^(?:cac )?(?:nhom(?: don vi| \d{1,2}| [ivx]+)?|don vi)(?: co)? (?:dat|chua dat|khong dat|hoan thanh|chua hoan thanh|vuot|ty le|ket qua)\b/;
/**
 * A level's words (folded) without the agency's name before them: "THADS cấp tỉnh", "Thi hành án
 * dân sự cấp khu vực", "THA dân sự cấp huyện" are the level "Cấp tỉnh", "Cấp khu vực", "Cấp huyện"
 * (TT 05/2026's split by level under "Tổng cộng": no office is named so). Any other text as it is.
 */
function levelWords(folded: string): string {
  return folded.replace(AGENCY_BEFORE_LEVEL, '');
}
/**
 * The province level's line in a Cục's other words (folded, section number aside): "Khối tỉnh",
 * "Cộng khối tỉnh", "Cộng cấp tỉnh", "Tổng cấp tỉnh", "Khối Cục", "Khối Văn phòng Cục" — read as
 * "Cấp tỉnh" is (classify 'level'): the Cục's own figures, or the subtotal of its office rows under
 * it. Before this they were a section summing every row below ("Cộng các Chi cục" and its Chi cục
 * too) and refused (work101d 02; traps41 2: "I | Khối Cục | 100" before "II | Khối Chi cục").
 * "Cộng khối Cục" stays the section's closing sum: it never stands for the Cục's own figures.
 */
const PROVINCE_LEVEL_SUM = /^(?:(?:(?:tong cong|tong|cong) )?(?:khoi tinh|cap tinh)|khoi cuc|khoi van phong cuc)$/;
const AGENCY_BEFORE_LEVEL = new RegExp(String.raw`^${AGENCY_NAME} (?=cap (tinh|khu vuc|huyen|quan huyen)$)`);

/** "Cấp tỉnh", "Cấp khu vực" ("THADS cấp tỉnh": levelWords): a level's label, or an office's when numbered as an item under its province (list-structure.ts). */
export function namesLevel(text: string): boolean {
  const f = levelWords(foldHeader(text));
  return f === 'cap tinh' || f === 'cap khu vuc';
}

/** "Cấp huyện", "Cộng cấp huyện", "Cấp quận, huyện", "Cấp khu vực": the level under the Cục's own ("Cấp tỉnh"), as a section's row labels it. */
export function namesLowerLevel(text: string | null): boolean {
  if (text === null) return false;
  const f = levelWords(foldHeader(text).replace(/^([ivx]+|[a-d]|\d{1,2}) (?=\S)/, '').replace(/^(tong cong|tong|cong) /, ''));
  return f === 'cap huyen' || f === 'cap quan huyen' || f === 'cap khu vuc';
}

/**
 * The district level's offices together, as one row labels them (folded; section number,
 * "Riêng", a "Cộng"/"Tổng" aside): the level ("Cấp huyện", namesLowerLevel), "Các Chi cục", "Khối
 * Chi cục", "Các Chi cục THADS cấp huyện", "Các Chi cục THADS huyện, thành phố", "Tổng các Chi
 * cục trực thuộc", "CC", "Các Phòng THADS khu vực", "Chi cục THADS cấp huyện", "Các huyện, thành phố" (DISTRICTS_TOGETHER) — a province's
 * summary by level (declared-rows.ts besideOwnLine), a table of them alone (collect.ts
 * districtOfficesOf). Never the Cục's own ("Khối Cục", "Văn phòng Cục", "Cấp tỉnh"), nor "Các
 * phòng" alone (the Cục's departments), "Subtotal", "Cộng khu vực 1" (a part of the offices).
 */
export function namesDistrictOffices(text: string | null): boolean {
  if (text === null) return false;
  if (namesLowerLevel(text)) return true;
  const f = withoutSectionNumber(foldHeader(withoutLevelRieng(text))).replace(/^(tong cong|tong so|tong|cong) /, '');
  return DISTRICT_OFFICES.test(f) || /^chi cuc\b.*\bcap (huyen|quan huyen)$/.test(f) || DISTRICTS_TOGETHER.test(f);
}
/**
 * The district units a level's line names its Chi cục by (folded, commas gone): "huyện", "quận,
 * huyện", "huyện, thành phố", "huyện, thị xã, thành phố", "các huyện", "cấp huyện" — "Các Chi cục
 * THADS huyện, thành phố" is the level's line as the forms write it, no office (an office names its
 * one district after its unit: "Chi cục THADS huyện Mỹ Lộc").
 */
const DISTRICT_UNIT = '(huyen|quan|thi xa|tx|thanh pho|tp)';
const DISTRICT_UNITS = String.raw`(cap |cac )?${DISTRICT_UNIT}(( va)? ${DISTRICT_UNIT}){0,3}`;
const DISTRICT_OFFICES = new RegExp(String.raw`^(cac|khoi( cac)?) (chi cuc|cc|ccthads|phong( ${AGENCY_NAME})? khu vuc)( ${AGENCY_NAME})?( (${DISTRICT_UNITS}|cap khu vuc|truc thuoc|thuoc cuc|khu vuc))?$`);

/**
 * A level's own row, heading its offices (folded, section number aside): "Cấp tỉnh", "I. Cấp
 * huyện", "II Cấp khu vực", "Cấp quận, huyện". Not "Cộng cấp huyện": a level's sum stands below
 * its offices, it heads none (province-merged-down.ts opens a province's block at a level's row).
 */
export function namesLevelRow(text: string): boolean {
  return /^cap (tinh|huyen|quan huyen|khu vuc)$/.test(levelWords(withoutSectionNumber(foldHeader(text))));
}

/** Either level of a Cục's Biểu ("Cấp tỉnh", "Cấp huyện", "Cấp khu vực"): namesLevel or namesLowerLevel. */
export function namesAnyLevel(text: string): boolean {
  return namesLevel(text) || namesLowerLevel(text);
}

/**
 * The word that opens the parts written before a name in the same cell: "Trong đó:", "Trong đó",
 * "Trong số đó:", "Gồm:", "Bao gồm:", "Chia ra:" (with their tones or none; a colon, comma or
 * dash after them, or a space), "Trđ:", "T.đó:", "TĐ:" (cut short: only with their colon, as
 * BREAKDOWN_WRITTEN reads them).
 */
const PARTS_WORD_BEFORE = /^\s*(?:(?:trong\s+(?:(?:số|so)\s+)?(?:đó|do)|bao\s+(?:gồm|gom)|gồm|gom|chia\s+ra)(?:\s*[:,\-–]\s*|\s+)|(?:trđ|tr?\s*\.\s*đó|tđ)\s*:\s*)(?=\S)/iu;
/**
 * A level's label after the word that opens the parts, in one cell: "Trong đó: Cấp tỉnh", "Gồm:
 * Cấp huyện", "Trđ: Cấp khu vực" — the "Trong đó:" line and the level's row written as one (work90a
 * 01), read as those two lines are (list-structure.ts): the level's label ("Cấp tỉnh") and the
 * word ("Trong đó"). Null for any other text: "Trong đó: án tín dụng", "Trong đó: Văn phòng Cục"
 * name a part that is no level, a breakdown's line (classify: 'other').
 */
export function levelAfterParts(text: string): { readonly level: string; readonly word: string } | null {
  const written = text.normalize('NFC');
  const m = PARTS_WORD_BEFORE.exec(written);
  if (m === null) return null;
  const level = withoutBullet(written.slice(m[0].length));
  return namesAnyLevel(level) ? { level, word: m[0].trim().replace(/[:,\-–]$/u, '').trim() } : null;
}

/** "Cục THADS tỉnh Nam Định": a province's title, or its Cục, an office itself when numbered as a peer of offices (read-csv.ts). */
export function namesCuc(text: string): boolean {
  return /^cuc( |$)/.test(foldHeader(text)) && namesGroup(text);
}

/**
 * "Tổng Gia Lai", "Tổng tỉnh Quảng Ngãi" on a row of that province (its Tỉnh cell, or the province
 * title its block is under): the province's subtotal, as "Cộng tỉnh X" is, checked and never added.
 * Only of the row's own province: "Tổng" + a name may be an office's ("Tổng Đội"), no office is
 * named "Tổng" + its own province. Where nothing names the row's province (`province` null), any
 * province's: "Tổng Tiền Giang" below its offices gives them its province as "Cộng Tiền Giang"
 * does (province-subtotals.ts) — no office is named "Tổng" + a province. Other labels keep theirs.
 */
export function labelInProvince(label: RowLabel, text: string, province: string | null, year: number | null = null, belowOffices = false): RowLabel {
  // "Tổng cộng Tiền Giang" right below offices whose province nothing names: their subtotal too.
  // (Above them, or below a subtotal, it stays the total: "Tổng cộng tỉnh X" on top of its offices.)
  // So is a province's whole there ("Tiền Giang (toàn tỉnh)"), as a cluster's report writes it (province-subtotals.ts).
  if (label === 'total' && province === null && belowOffices) return provinceOfWhole(text, year) !== null ? 'section' : label;
  if (label !== 'office') return label;
  const m = /^\s*(\S+)\s+(\S.*)$/u.exec(text);
  if (!m || foldHeader(m[1]!) !== 'tong') return label;
  const named = province === null ? provinceOfGroup(m[2]!, year) !== null : namesOwnProvince(m[2]!, province, year);
  return named ? 'section' : label;
}

/**
 * "Quảng Ngãi", "Tỉnh Quảng Ngãi", "Cục THADS tỉnh Quảng Ngãi" on a row of Quảng Ngãi: the
 * province's own name, which below its offices may be their subtotal (domain/declared-rows.ts
 * 'closing'), or an office of its own (the Cục's). "Thành phố Quảng Ngãi" is an office.
 */
export function namesOwnProvince(text: string, province: string | null, year: number | null = null): boolean {
  const named = province === null ? null : provinceOfGroup(text, year);
  return named !== null && provinceKey(named) === provinceKey(province!);
}

/**
 * A row naming its province's own office: "Văn phòng Cục", "VP Cục" (domain/province-office.ts),
 * or its Cục by the province's name on a row of that province ("Cục THADS tỉnh Nam Định", "Thi
 * hành án dân sự tỉnh Ninh Bình": namesOwnProvince) — what a "Cấp tỉnh" line may repeat.
 * `underDistrictLevel`: the row stands under "Cấp huyện" / "Cấp khu vực" (collect.ts), where the
 * province's bare name is its city's office (namesOnlyProvince), not the Cục's.
 */
export function namesOwnOffice(text: string, province: string | null, year: number | null = null, underDistrictLevel = false): boolean {
  return isProvincialOffice(text) || (namesOwnProvince(text, province, year) && !(underDistrictLevel && namesOnlyProvince(text, year))) || namesOwnAgency(text, province, year);
}

/**
 * The province's own office named bare, no province written after it: "THADS tỉnh", "Văn phòng
 * THADS tỉnh", "Thi hành án dân sự tỉnh", "Văn phòng Cục", "Cục THADS" (namesOwnOffice of no
 * province; rowLabel 'office'). Below a total closing the office rows it is the provincial
 * level's line, as "Cấp tỉnh" is there (TT 05/2026: "THADS tỉnh" over "Phòng THADS khu vực";
 * read-csv.ts). "THADS tỉnh Ninh Bình", naming its province, is the office's row.
 */
export function namesBareOwnOffice(text: string): boolean {
  return rowLabel(text) === 'office' && namesOwnOffice(text, null) && provinceOfGroup(text) === null && provinceOfGroup(text, MERGER_YEAR) === null;
}

/**
 * The province's name alone ("Tây Ninh", "TAY NINH", "Hà Tĩnh"), no word making it the province's
 * or its Cục's ("Tỉnh …", "Cục THADS …"): under the district level ("II | Cấp huyện", "Cấp khu
 * vực") it is the office of the city of that name (thành phố Tây Ninh, Hà Tĩnh, Nam Định…), a Chi
 * cục, not the Cục (work92a 04).
 */
function namesOnlyProvince(text: string, year: number | null): boolean {
  const named = provinceOfGroup(text, year);
  return named !== null && foldHeader(text) === foldHeader(named);
}

/** An agency's words, folded, that name no one office: "THADS", "Cục THA", "Chi cục", "CCTHADS", "Thi hành án dân sự", "THA dân sự", "THA DS" (a Cục workbook "Báo cáo thống kê THA dân sự 2019.xlsx" of a tab per office names none: file-names.ts). */
export const AGENCY_WORDS = new RegExp(String.raw`^(?:(?:${[...AGENCY_UNITS, ...AGENCY_GLUED, ...AGENCY_NAMES].join('|')})(?: |$))+$`);
/** Agency words of a unit under the Cục, not of the Cục itself: "Chi cục THADS", "CCTHADS", "Phòng THADS khu vực". */
const UNIT_AGENCY = /(?:^| )(?:chi cuc|ccthads|phong)(?: |$)/;
/** Agency words that name the Cục itself: "Cục", "Cục THADS", "CTHADS" — with no "tỉnh" or name after them too. */
const CUC_AGENCY = new RegExp(String.raw`^(?:cuc|${CUC_GLUED.join('|')})( |$)`);
/** "Phòng Nghiệp vụ và Tổ chức thi hành án dân sự": since 1/7/2025 the provincial THADS's own enforcing unit, its agency words after it. */
const OWN_UNIT_2025 = /^phong nghiep vu (?:va )?to chuc (?=\S)/;
/** A note after the name saying it is the Cục's own office: "Cục THADS tỉnh Nam Định (Văn phòng)". */
const OWN_NOTE = / (?:van phong|vp|co quan)(?: cuc)?$/;
/**
 * Its level's words after a name writing its province, which say the same: "Thi hành án dân sự
 * tỉnh Phú Thọ (cấp tỉnh)", "Cục THADS tỉnh Nam Định (cấp tỉnh)" (traps41 1: counted as an office
 * beside its "Cấp tỉnh" line, DECLARED_TOTAL_MISMATCH). The agency's words alone with it ("Cục
 * THADS (cấp tỉnh)", each province's block of a national table) are read as before.
 */
const OWN_LEVEL_NOTE = / cap (?:tinh|cuc)$/;

/**
 * The Cục's own row in its agency's words (AGENCY_WORDS, not a unit's under it), then "tỉnh" or
 * "thành phố" or not, then the province's name or none: "Cục THADS tỉnh", "Cục THADS", "Cục THA
 * dân sự tỉnh Nam Định", "Cục Thi hành án tỉnh Nam Định", "Cục THADS tỉnh Nam Định (Văn phòng)",
 * since 1/7/2025 "Thi hành án dân sự tỉnh", "THA dân sự tỉnh Ninh Bình", "Phòng Nghiệp vụ và Tổ
 * chức thi hành án dân sự" (the Cục writes its own row short, the province in its title). A name
 * must be the row's province; where nothing gives the row one (no title, no Tỉnh cell), any
 * province's: the "Cấp tỉnh" line it may repeat must equal it in every figure, and only one such
 * row may stand in the table (domain/declared-rows.ts ownLevelRow). "THADS" alone, without
 * "Cục", "tỉnh" or a name, is the agency's word, no row's.
 */
function namesOwnAgency(text: string, province: string | null, year: number | null): boolean {
  return ownAgency(text, province, year) !== null;
}

/** namesOwnAgency, and the province the name writes (null: none, "Cục THADS"); `cuc`: written as the former Cục ("Cục THADS", "CTHADS"), not the agency of 1/7/2025 ("THADS tỉnh"). */
function ownAgency(text: string, province: string | null, year: number | null): { readonly named: string | null; readonly cuc: boolean } | null {
  // "THA dân sự thành phố Hà Tĩnh" is the city's office, not the Cục's (work85a 03)
  if (namesOfficeLikeProvince(text, year)) return null;
  const folded = foldHeader(text);
  const unit = OWN_UNIT_2025.test(folded);
  const noted = folded.replace(OWN_UNIT_2025, '').replace(OWN_NOTE, '');
  const levelNoted = OWN_LEVEL_NOTE.test(noted);
  const words = noted.replace(OWN_LEVEL_NOTE, '').split(' ');
  let head = words.length;
  while (head > 0 && !AGENCY_WORDS.test(words.slice(0, head).join(' '))) head--;
  const agency = words.slice(0, head).join(' ');
  if (head === 0 || UNIT_AGENCY.test(agency)) return null;
  const level = /^(tinh|thanh pho|tp)( |$)/.exec(words.slice(head).join(' '))?.[1];
  const rest = words.slice(head + (level === undefined ? 0 : level.split(' ').length)).join(' ');
  const cuc = CUC_AGENCY.test(agency);
  if (rest === '') return !levelNoted && (unit || level !== undefined || cuc) ? { named: null, cuc } : null;
  const named = provinceOfGroup(rest, year);
  return named !== null && (province === null || provinceKey(named) === provinceKey(province)) ? { named, cuc } : null;
}

/**
 * The province's own office as a row names it, and the province its words write (null: none):
 * its Văn phòng ("Văn phòng Cục", "VP Cục", "Văn phòng Cục THADS tỉnh Nam Định", "Cấp tỉnh":
 * domain/province-office.ts), or the Cục itself in its agency's words ("Cục THADS tỉnh Nam Định",
 * "Cục Thi hành án dân sự tỉnh Nam Định", "Cục THADS", "Cục": namesOwnAgency), or the province
 * itself (ownProvinceAfterMerger: "Tỉnh Nam Định") — in a row of `province` (null: none known),
 * that province's only. Null for any other name, and for the province's name alone before the
 * merger ("Nam Định": in the Cục's table the city's Chi cục may be so written, as "Thành phố Nam
 * Định" is). Two such rows in one table name one office, the province's own: a clerk's line
 * copied under both names would count it twice (domain/repeated-rows.ts rule 4, collect.ts;
 * fast/office-sums.ts hands such twins to the reference reader).
 */
export function ownOfficeNamed(text: string, province: string | null, year: number | null): { readonly named: string | null } | null {
  if (isProvincialOffice(text)) {
    const named = officeProvinceInName(text);
    return named !== null && province !== null && provinceKey(named) !== provinceKey(province) ? null : { named };
  }
  return ownAgency(text, province, year) ?? ownProvinceAfterMerger(text, province, year);
}

/**
 * The province's name alone on a row of that province ("Tỉnh Đắk Lắk", "Đắk Lắk") in a year after
 * the merger's (statistics year 2026 on, from 1/10/2025): no Chi cục was left to bear its name, so
 * such a row is the province's own level or its whole, never a city's office. Beside its Văn
 * phòng it is the own office twice, or a whole that does not add up (kvhunt-tinhvp): rule 4.
 * Before the merger's year, so is the name with its province word ("Tỉnh Nam Định", "Thành phố Hà
 * Nội": namesProvinceItself): the city's Chi cục is "Thành phố Nam Định" or bare "Nam Định", never
 * "Tỉnh …", so "Tỉnh Nam Định" beside its Văn phòng Cục is no third kind of office (tinh47). The
 * merger's year itself (2025, halves of two regimes) is left as it was.
 * A former province ("Đắk Lắk (cũ)") is a part of the new one, no such name.
 */
function ownProvinceAfterMerger(text: string, province: string | null, year: number | null): { readonly named: string | null } | null {
  if (year === null || (year <= MERGER_YEAR && !(year < MERGER_YEAR && namesProvinceItself(text, year))) || hasFormerMark(text) || namesOfficeLikeProvince(text, year)) return null;
  // ("Tỉnh Đắk Lắk (mới)", "… (sau sáp nhập)": the new province, its mark set aside)
  const name = withoutNewMark(text);
  // No province known (no Tỉnh column, no title naming one): the row's own name is its place, so
  // "Tỉnh Đắk Lắk" closing a list of "Văn phòng THADS tỉnh" and its khu vực is still that office
  // twice or a whole that does not add up (hunt46); rows naming two provinces are never compared.
  if (province === null) {
    const named = provinceOfGroup(name, year);
    return named === null ? null : { named };
  }
  return namesOwnProvince(name, province, year) ? { named: provinceOfGroup(name, year) } : null;
}

/**
 * The province whose agency an office cell names, whole, as a national list writes its provinces:
 * "Cục THADS tỉnh Nam Định", "Cục THADS thành phố Hà Nội", "THADS tỉnh Ninh Bình" (namesOwnAgency
 * naming a province), and whether in the former Cục's words (`cuc`). Null for the Cục's own office
 * ("Cục THADS tỉnh Nam Định (Văn phòng)", "Văn phòng Cục …"), an agency without a name ("Cục
 * THADS") and any other name.
 */
export function agencyProvinceNamed(text: string, year: number | null): { readonly province: string; readonly cuc: boolean } | null {
  if (isProvincialOffice(text) || OWN_NOTE.test(foldHeader(text))) return null;
  const own = ownAgency(text, null, year);
  return own === null || own.named === null ? null : { province: own.named, cuc: own.cuc };
}

/** "Chi cục THADS các huyện", "THADS các quận, huyện": a title over many offices. */
const PLURAL_OFFICES = /\bcac (huyen|quan|thi xa|thanh pho|chi cuc|phong|don vi)\b/;

/**
 * "Chia ra:", "Trong đó:", "Gồm:", "Chia ra theo đơn vị:" alone on a row without figures: the
 * word that opens the parts of the row above. Below a total on top of the table, its parts are
 * the offices (read-csv.ts); "Trong đó: án tín dụng" names a part itself, and is no such word.
 * A word saying only "made of" ("gồm", "bao gồm", "gồm có", "chia ra", "cụ thể", "chi tiết", with
 * "các đơn vị" / "từng đơn vị" or none) names no part either, after "Trong đó" too: "Trong đó
 * gồm:", "Trong đó, bao gồm:", "Gồm có:", "Chi tiết các đơn vị:" open the parts as "Trong đó:"
 * does (were read as an of-which line naming its part, "gồm", and refused SECOND_TABLE over the
 * offices below "Tổng cộng" on top). "Trong đó: các Chi cục" names a group, and stays so.
 */
// (an English export's "Of which:", "Including:" too)
const MADE_OF = String.raw`(?:(?:bao )?gom(?: co)?|chia ra|cu the|chi tiet)(?: (?:cac|tung) don vi)?`;
const PARTS = new RegExp(String.raw`^(?:trong (?:so )?do|(?:trong (?:so )?do )?${MADE_OF}|of which|including)(?: theo (?:tung )?(?:don vi|co quan|chi cuc|dia ban))?$`);
export function opensParts(text: string): boolean {
  return PARTS.test(foldHeader(text)) || SOME_PARTS_SHORT.test(text);
}

const SOME_PARTS_SHORT = /^\s*(?:tr?\s*\.\s*đó\s*:?|tđ\s*:)\s*$/iu;
/** "Trong đó:" ("of which") may list some of the parts only; "Chia ra:", "Gồm:" list them all. */
export function opensSomeParts(text: string): boolean {
  return opensParts(text) && (/^(trong|of which)/.test(foldHeader(text)) || SOME_PARTS_SHORT.test(text));
}

/**
 * An of-which line that names the part itself, on a row without figures: "Trong đó: án tín dụng,
 * ngân hàng", "Trong đó án hành chính:", "Trong số đó: …", "T.đó: …", "Trđ: …", "Riêng án tham
 * nhũng, kinh tế:", "Of which: credit cases" (with their tones or none; "Riêng" as
 * BREAKDOWN_WRITTEN reads it). The rows below it are that part of the rows above (second-table.ts).
 * Not the word alone ("Trong đó:": opensParts, list-structure.ts), nor a level after it
 * ("Trong đó: Cấp huyện": levelAfterParts, its level's list).
 */
const OF_WHICH_WORD = latinLetters(/^\s*(?:(?:trong\s+(?:(?:số|so)\s+)?(?:đó|do)|of\s+which)(?![\p{L}\d])|(?:riêng|rieng)(?![\p{L}\d])|(?:trđ|tr?\s*\.\s*đó|tđ)\s*:)/iu);
export function opensNamedPart(text: string): boolean {
  const written = text.normalize('NFC');
  if (!OF_WHICH_WORD.test(written) || opensParts(written) || levelAfterParts(written) !== null) return false;
  // (the word and a colon alone, "Riêng:", name no part)
  const rest = written.replace(OF_WHICH_WORD, '');
  return hasLetter(rest) || /\d/.test(rest);
}

/**
 * An of-which line (opensNamedPart) whose part is a category of cases: "Trong đó: án tín dụng,
 * ngân hàng", "Trong đó: án hình sự", "Trong đó: việc thi hành án chủ động", "Riêng án tín dụng:",
 * "Trong số đó: các vụ án tham nhũng", "Trong đó: thi hành án cho tổ chức tín dụng", "Trong đó: -
 * Án hành chính", "Of which: credit cases" — "án" (written with its tone), "vụ án", "việc", "vụ
 * việc", "thi hành án" and the kind after it. Without tones "an" is a name's word too ("An Nhơn",
 * "An Lão"): only before a kind of cases ("Trong do: an tin dung"). The rows below it are that
 * part of offices' figures, whichever offices they name (second-table.ts). Not a part that is a
 * group of offices ("Trong đó: các Phòng THADS khu vực", "Trong đó: Văn phòng Cục") nor a level.
 */
const CASE_WORD_MARKED = latinLetters(/^(?:(?:về|là|các|những|số)\s+)*(?:vụ\s+)?án\s+\p{L}/iu);
const CASE_WORD_FOLDED = /^(?:(?:ve|la|cac|nhung|so) )*(?:(?:vu )?viec|thi hanh an) [a-z]/;
// (and the breakdown's own lines: "KDTM", "Trọng tài thương mại", "Tiền phạt", "Tịch thu sung công", "An phi" unaccented)
const CASE_KINDS = 'tin dung|ngan hang|hinh su|dan su|hanh chinh|kinh te|kinh doanh|thuong mai|tham nhung|lao dong|hon nhan|pha san|chu dong|theo don|ma tuy|tuyen tra|kdtm|trong tai|tien phat|tich thu|an phi';
const CASE_KIND_FOLDED = new RegExp(`^(?:(?:ve|la|cac|nhung|so) )*(?:vu )?an (?:${CASE_KINDS})(?: |$)`);
/** "gồm", "bao gồm", "gồm có" (tones or none) before the part's words, and what follows them up to those words. */
const MADE_OF_BEFORE = latinLetters(/^(?:bao\s+)?(?:gồm|gom)(?:\s+(?:có|co))?(?![\p{L}\d])[\s:,;.\-–—•*+()]*/iu);
const CASES_ENGLISH = /^(?:[a-z]+ )+cases?(?: |$)|^cases? (?:of |for )?[a-z]/;
export function opensCasePart(text: string): boolean {
  if (!opensNamedPart(text)) return false;
  const written = text.normalize('NFC');
  // (the part's words after the of-which word: a colon, a dash or a bullet before them aside, and
  // a word saying only "made of": "Trong đó gồm: án tín dụng", "Trong đó, bao gồm án hình sự")
  const rest = written.replace(OF_WHICH_WORD, '').replace(/^[\s:,;.\-–—•*+()]+/u, '').replace(MADE_OF_BEFORE, '');
  return namesCasesOfKind(rest);
}
/** "án tín dụng", "vụ án hình sự", "việc chủ động", "thi hành án dân sự", "credit cases": cases of a kind, not an office (opensCasePart reads it after an of-which word). */
function namesCasesOfKind(text: string): boolean {
  const folded = foldHeader(text);
  return CASE_WORD_MARKED.test(text) || CASE_WORD_FOLDED.test(folded) || CASE_KIND_FOLDED.test(folded) || CASES_ENGLISH.test(folded);
}
/**
 * A row's name that is a kind of cases, not a place: as after an of-which word (namesCasesOfKind:
 * "Án dân sự", "Vụ án hình sự", "Việc chủ động") or the kind alone ("Dân sự", "Tín dụng, ngân
 * hàng", "DÂN SỰ"). rowLabel reads such a row as an office; by-enforcer.ts namesTitledRegionPart
 * takes none for a khu vực's district, and namesTitledCaseKind reads them, under a title naming
 * one office, as that office's breakdown by loại việc (its parts, never offices).
 */
const CASE_KIND_ALONE = new RegExp(`^(?:${CASE_KINDS})(?: |$)`);
/**
 * A row's name among offices that can only be a kind of cases: "Án hình sự", "Vụ án tín dụng",
 * "an tin dung" (a kind after it), "Việc chủ động", "Việc theo đơn" — a case-kind breakdown's line
 * left among the offices (hunt44: "3 | Án hình sự" added as an office, exit 0). Narrower than
 * namesCaseKind: "Thi hành án dân sự tỉnh …" is the province's own office, "Dân sự" alone is left.
 */
const CASE_ROW_FOLDED = /^(?:vu )?viec (?:thi hanh an )?(?:chu dong|theo don)(?: |$)/;
export function namesCaseKindRow(text: string): boolean {
  const written = text.normalize('NFC').trim();
  const folded = foldHeader(written);
  return CASE_WORD_MARKED.test(written) || CASE_KIND_FOLDED.test(folded) || CASE_ROW_FOLDED.test(folded);
}
export const CASE_KIND_ROW = 'a kind of cases (a line of a breakdown by loại việc), no office\'s figures';
/**
 * A row's name among offices that counts some of their cases or money, no place: "Số việc chuyển
 * sổ theo dõi riêng", "Số tiền phải thu cho ngân sách", "Việc có giá trị trên 1 tỷ đồng" — a note
 * typed under a table without a total (traps14, session 61: added as an office, exit 0). No office
 * is named "Số …" or "Việc …" ("Tiền Hải" is, so "Tiền …" is left). Judged only once the file's
 * other refusals have had their say (collect.ts), whose words say more of such rows.
 */
const COUNT_NOTE_FOLDED = /^(?:so (?:viec|tien|vu|an)|viec)(?: |$)/;
export function namesCountNote(text: string): boolean {
  return COUNT_NOTE_FOLDED.test(foldHeader(text.normalize('NFC').trim()));
}
export const COUNT_NOTE_ROW = 'a count of some of the offices\' cases or money (a note on the table), no office\'s figures';
export function namesCaseKind(text: string): boolean {
  const written = text.normalize('NFC').trim();
  return namesCasesOfKind(written) || CASE_KIND_ALONE.test(foldHeader(written));
}

/**
 * "Riêng" ("as for", "alone") before a level or a group of the province's own offices: "Riêng các
 * Chi cục", "Riêng khối Chi cục", "Riêng cấp huyện", "Riêng Cục", "Riêng Văn phòng Cục", "Riêng
 * cấp tỉnh" (with their tones or none; a heading's colon at the end) — the level's row or heading
 * as written without it ("Các Chi cục", "Cấp huyện", "Cục", …), which is how read-csv.ts reads
 * the office cell (work92a 02, 03: refused SECOND_TABLE, NOT_AN_OFFICE). The label after it must
 * be a level's or a group's (classify: 'level', or 'section' but no sum, "Cộng …", "Tổng …", a
 * page's carry), or the Cục's own office (namesOwnOffice: "Cục", "Văn phòng Cục", "Cục THADS
 * tỉnh …"). Any other text is returned as it is: "Riêng án tín dụng, ngân hàng:" names a kind of
 * case, an of-which part (opensNamedPart), "Riêng tháng 9" a period, "Riêng:" nothing (nor is
 * "Riêng: các Chi cục" read so), "Riêng Chi cục THADS huyện Mỹ Lộc" one office. (rowLabel still
 * reads the cell as written, 'other': the fast path hands such a row to the reference reader.)
 */
// (the of-which words too, a colon, a dash or a bullet after them: "Trong đó: - Văn phòng Cục",
// "Trong đó: các Chi cục", "Trong số đó – Khối Chi cục", "Trđ: Cục" — work94a 05, refused
// NOT_AN_OFFICE; not a level levelAfterParts reads, "Trong đó: Cấp tỉnh", nor "Trong đó Cục"
// without the mark, nor "Trong đó gồm: …")
const RIENG_BEFORE = latinLetters(/^\s*(?:(?:riêng|rieng)\s+|(?:trong\s+(?:(?:số|so)\s+)?(?:đó|do)(?![\p{L}\d])|trđ|tr?\s*\.\s*đó|tđ)\s*[:\-–—•*+][\s:\-–—•*+]*)(?=[\p{L}])/iu);
const NO_LEVEL_SUM = /^(?:cong|tong|sub ?totals?|section total)( |$)/;
export function withoutLevelRieng(text: string): string {
  return levelAfterRieng(text)?.label ?? text;
}

/**
 * The rule of withoutLevelRieng, with what it found: the label without "Riêng" (`label`), and
 * whether it names the Cục's own office ("Riêng Cục", "Riêng Văn phòng Cục": `own`, the province
 * level's line, as "Cấp tỉnh" is); null where "Riêng" names no level. `ofWhich`: the word was
 * "Trong đó" (a part of what is above it): the Cục's own office after it is that level's line
 * below a closing total only, never an office of its own (read-csv.ts).
 */
export function levelAfterRieng(text: string): { readonly label: string; readonly own: boolean; readonly ofWhich: boolean } | null {
  const written = text.normalize('NFC');
  const m = RIENG_BEFORE.exec(written);
  if (m === null || levelAfterParts(written) !== null) return null;
  const rest = written.slice(m[0].length).trim();
  const f = withoutSectionNumber(foldHeader(rest));
  const label = classify(rest);
  const level = label === 'level' || (label === 'section' && !NO_LEVEL_SUM.test(f) && !CARRY_ROW.test(f));
  const own = label === 'office' && namesOwnOffice(rest, null);
  // (its first letter as a label's first is written: "Riêng cấp tỉnh" → "Cấp tỉnh")
  const ofWhich = !/^\s*rieng/.test(foldHeader(m[0]));
  return level || own ? { label: rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1), own, ofWhich } : null;
}

/**
 * A level's subtotal stating how many offices it sums (folded): "Tổng 3 Chi cục", "Cộng 3 đơn vị
 * cấp huyện", "Tổng số 10 Chi cục", "Cộng 4 Phòng THADS khu vực" — read as "Cộng các Chi cục" is, a
 * section checked against its rows (work104d 04: taken for the grand total and refused
 * DECLARED_TOTAL_MISMATCH). "Tổng 10 đơn vị" names no level: every office, the total. The count is
 * not checked: the figures are.
 */
const STATED_COUNT = /^(tong so|tong cong|tong|cong) \d{1,3} (?=(chi cuc|phong|don vi cap|co quan cap|huyen|quan|thi xa)( |$))/;
function withCountAsCac(folded: string): string {
  return STATED_COUNT.test(folded) ? folded.replace(STATED_COUNT, '$1 cac ') : folded;
}
/**
 * "Tổng cộng" over the district level's offices, counted or "các" (folded, the count already
 * "các", withCountAsCac): "Tổng cộng 3 Chi cục", "Tổng cộng các Chi cục", "Tổng cộng 4 Phòng THADS
 * khu vực", "Tổng cộng 3 đơn vị cấp huyện" — that level's subtotal, as "Tổng 3 Chi cục" is (was
 * taken for the grand total: refused DECLARED_TOTAL_MISMATCH where the Cục's own row is beside
 * them). Only the level, nothing more after it (LEVEL_TAIL_MORE: "… và Cục", "… toàn tỉnh" stay
 * totals); "Tổng cộng", "Tổng cộng toàn tỉnh", "Tổng cộng 10 đơn vị" (units of every level) stay
 * the total. A "Phòng" names the level only with its "khu vực".
 */
const TONG_CONG_LEVEL = /^tong cong cac (chi cuc|phong|don vi cap (?:huyen|quan huyen|khu vuc)|co quan cap huyen)(?= |$)(.*)$/;
const LEVEL_TAIL_MORE = /\b(va|voi|cuc|van phong|toan|ca|cap tinh|khoi tinh|hai cap|\d+ cap|cong|tong)\b/;
function namesDistrictLevelSum(f: string): boolean {
  const m = TONG_CONG_LEVEL.exec(f);
  if (m === null || LEVEL_TAIL_MORE.test(m[2]!)) return false;
  return m[1] !== 'phong' || /\bkhu vuc$/.test(m[2]!);
}

/** A sum of sections written alone: "I+II", "A + B", "1+2+3" (traps24 L44, L45: added as an office). */
const SECTIONS_SUM = /^\s*\(?\s*(?:[IVX]+|[A-Da-d]|\d{1,2})(?:\s*\+\s*(?:[IVX]+|[A-Da-d]|\d{1,2}))+\s*\)?\s*$/u;
/** A label of signs only, a percent, equals, plus-minus or "+/-" among them ("+" or "-" alone is a list's bullet). */
const SIGNS_ONLY = /^[^\p{L}\p{N}]*(?:[%=±]|\+\s*\/\s*[-–])[^\p{L}\p{N}]*$/u;
const LABEL_SEEN = new Map<string, RowLabel>();

/** 'other': no office and no sum of offices (a breakdown or its bulleted line, a comparison): never read as an office. */
export type RowLabel = 'office' | 'total' | 'section' | 'level' | 'other';

/** What a name cell says the row is. Section numbers ("II.", "B.", "1.") are ignored. */
export function rowLabel(text: string): RowLabel {
  // Asked for every row's name cell, and names repeat: remembered (bounded, memory stays flat).
  let label = LABEL_SEEN.get(text);
  if (label === undefined) {
    label = classify(text);
    if (LABEL_SEEN.size >= 1 << 16) LABEL_SEEN.clear();
    LABEL_SEEN.set(text, label);
  }
  return label;
}

function classify(label: string): RowLabel {
  // "Giai đoạn từ 01/10/2023 đến 30/6/2024": the range written bare's (withoutPhaseWord)
  const written = withoutPhaseWord(label);
  const text = withMarkAsOld(written);
  const folded = foldHeader(text);
  if (WHOLE_SHORT.test(folded) || SIGMA.test(text)) return 'total';
  // a page's carry row sums the offices above it: checked as a subtotal, never added (DeclaredRows isCarry)
  if (CARRY_ROW.test(folded)) return 'section';
  const f = withCountAsCac(folded.replace(/^([ivx]+|[a-d]|\d{1,2}) (?=\S)/, ''));
  if (namesDistrictLevelSum(f)) return 'section';
  if (TOTAL_LABELS.has(f) || WHOLE_SHORT.test(f) || namesProvinceWhole(f) || TOTAL_PREFIXES.some((p) => f.startsWith(`${p} `))) return 'total';
  // "Cộng (I+II)", "Tổng số (A + B)", "Tổng 1+2": a total of the sections it names; so is the sum alone, "I+II", "A + B"
  if (/^(tong cong|tong so|cong|tong)( ([ivx]+|[a-d]|\d{1,2}))+$/.test(f) || SECTIONS_SUM.test(text)) return 'total';
  // ("THADS cấp tỉnh", "THADS cấp khu vực": the level's words, levelWords; "Khối tỉnh", "Cộng khối
  // tỉnh", "Cộng cấp tỉnh": the same level in a Cục's other words, PROVINCE_LEVEL_SUM, work101d 02)
  if (levelWords(f) === 'cap tinh' || PROVINCE_LEVEL_SUM.test(f)) return 'level';
  if (SECTION_LABELS.has(levelWords(f)) || SECTION_PREFIXES.some((p) => f.startsWith(p))) return 'section';
  if (REGIONAL_WITHOUT_NUMBER.test(f)) return 'section';
  if (/^chi cuc\b.*\bcap (huyen|quan huyen)$/.test(f)) return 'section';
  if (DISTRICTS_TOGETHER.test(f)) return 'section';
  if (OTHER_TOTALS.test(f) || BOTH_LEVELS.test(f)) return 'total';
  if (OTHER_SECTIONS.test(f) || (UNIT_WHOLE.test(f) && TONG_WRITTEN.test(text.normalize('NFC')))) return 'section';
  // "Cụm thi đua số 1", "Emulation cluster 1": a group of provinces' heading, as "Khối …" is (round 82b 01)
  if (PROVINCES_GROUP_HEADING.test(f)) return 'section';
  if (namesTotalLast(f)) return 'total';
  // "Ninh Bình Tổng", "Phòng THADS khu vực 1 Tổng": Vietnamese Excel's "Total" (TONG_LAST)
  const tongLast = TONG_LAST.exec(f);
  if (tongLast !== null && TONG_WRITTEN.test(text.normalize('NFC')) && provinceOfGroup(tongLast[1]!) !== null) return 'total';
  if (UNIT_LAST.test(f) && (!/ tong$/.test(f) || TONG_WRITTEN.test(text.normalize('NFC')))) return 'section';
  if (NOT_OFFICE.test(f) || YEAR_ALONE.test(f) || notOfficeKindOf(text, text, folded) !== null || BREAKDOWN.test(f) || BREAKDOWN_WRITTEN.test(text) || (COMPARED.test(f) && yearOfRowLabel(text) !== null)) return 'other';
  if (startsWithBullet(text)) return 'other';
  // "%", "+/-", "=": signs, no name (traps24: a rate's or a change's row added as an office, exit 0)
  if (SIGNS_ONLY.test(text)) return 'other';
  return 'office';
}

/**
 * Whether a declared row's label could also be an office's name: "Cộng" or "Công" and then a
 * name ("Cộng Hòa", "Công Đa": communes), a province's name (a row of a province below its
 * offices), a level ("Cấp tỉnh": the Cục's own figures). Not "Cộng khối Cục", "Khối Chi cục",
 * "Cộng các Phòng", "Cộng Phòng khu vực", "Tổng cộng": they never name an office.
 */
export function mayNameOffice(text: string): boolean {
  const label = rowLabel(text);
  if (label === 'office' || label === 'level') return true;
  const f = foldHeader(text).replace(/^([ivx]+|[a-d]|\d{1,2}) (?=\S)/, '');
  const rest = /^cong (\S.*)$/.exec(f)?.[1];
  // "Cộng" + a unit's word ("Cộng Phòng khu vực", "Cộng huyện Mỹ Lộc", "Cộng tỉnh Bến Tre") sums that unit: no office is named so
  return rest !== undefined && !UNIT_WORD.test(rest) && classify(rest) === 'office';
}
const UNIT_WORD = /^(phong|chi cuc|van phong|co quan|don vi|khu vuc|cum|vung|nhom|khoi|cac|cap|toan|tinh|thanh pho|tp|huyen|quan|thi xa|doi)( |$)/;

/**
 * The province of a row in a file without an office column. Its label may come from its
 * province cell ("Toàn quốc" under "Tỉnh"): then that cell names the row, not a province — a
 * national total covers every province, and summed as a province "Toàn quốc" it would sit
 * beside the provinces it counts.
 */
export function provinceOfLabelledRow(province: string | null, label: RowLabel, labelledByProvince: boolean): string | null {
  return labelledByProvince && label !== 'office' ? null : province;
}

/**
 * A pivot table's item for the rows whose cell is empty in its source, as Excel writes it: "(blank)",
 * "(blanks)", Vietnamese Excel's "(trống)", "(rỗng)" (traps44 4: "(blank)" ranked as an office,
 * TOTAL 310/235, exit 0). It names no office and no province: an empty cell, refused as one is.
 */
const PIVOT_BLANK = /^\(\s*(?:blanks?|trống|rỗng|trong|rong|empty)\s*\)$/iu;
export function namesPivotBlank(text: string): boolean {
  return PIVOT_BLANK.test(text.normalize('NFC').trim());
}
export const PIVOT_BLANK_HINT = 'a pivot table writes "(blank)" ("(trống)") for the source rows whose cell is empty: fill in that cell in the pivot\'s source and refresh the pivot (Data → Refresh All), then export it again';

/**
 * Whether a row's province cell labels it rather than its office cell: "Tổng cộng | 2 | 300 | 230",
 * an Excel Table's total row, its label typed in the first column (Tỉnh) over a COUNT of the
 * offices in the next (Đơn vị), or a filtered Table's SUBTOTAL(109) beside it (traps44 1: an office
 * "2" of a province "Tổng cộng" added, exit 0). A total's label there names the row whatever the
 * office cell holds — read as a total it is checked against the offices, and an office it is not
 * would be refused by that check, never added. Any other label that is no office's ("Cộng Ninh
 * Bình", "Trung bình") only over an office cell naming nothing (empty, a count, a number): a
 * province column may group its offices by level ("Cấp huyện | Chi cục THADS huyện Mỹ Lộc").
 */
export function labelledByProvinceCell(provinceCell: string, officeCell: string): boolean {
  if (provinceCell === '') return false;
  const label = rowLabel(provinceCell);
  return label === 'total' || (label !== 'office' && label !== 'level' && !hasLetter(officeCell));
}

/**
 * The statistics year a row's label consists of: "2018", "Năm 2018", "Số liệu năm 2018", "Same
 * period 2018", "Năm 2018 (cùng kỳ)", "Năm 2017-2018" (2018, as a year cell reads it); null for
 * any other label — an office's name holding a number ("Quận 1", "Phòng THADS khu vực 2", "Đội
 * 2018") included. Such a row holds a year's figures, no office's: read-csv.ts refuses it unless
 * the year is the file's own (then it may be the file's total, caught as a suspected total).
 */
const YEAR_ROW = /^(?:(?:so lieu|ket qua|thuc hien|same period|data|figures|results|last year|previous year|prior year)(?: (?:of|in|cua))? )?(?:(?:nam|year|fy|nien do) )?((?:19|20)\d\d)(?: ((?:19|20)\d\d))?$/;
export function yearOfRowLabel(text: string): number | null {
  if (!/\d{4}/.test(text)) return null;
  const m = YEAR_ROW.exec(foldHeader(text.replace(/\([^()]*\)/g, ' ')));
  return m ? yearOfSpan(m[1]!, m[2]) : null;
}

/**
 * The year written after an office's name: "Chi cục THADS huyện Ia Grai (2018)", "… (năm 2018)",
 * "… năm 2018", "… (số liệu 2018)", "… (2017-2018)" (a niên độ: its second year), "… - 2018",
 * "… 2018", and by their shape "… [2018]", "… /2018", "… (niên độ 2017-2018)", "… (30/9/2018)"
 * (period-notes.ts; year null for "… (12 tháng)", a whole year that names none); null for a year
 * that is part of the name or a note's ("Đội thi hành án số 2018", "Quận 2018", "Phòng THADS khu
 * vực 2018", "… (thành lập năm 2018)", "… (từ 2020)"); "cả năm 2019" (the whole year) goes whole. Of another year than the file's, the row
 * is that year's figures (read-csv.ts refuses it); of the file's own, the office itself, the year
 * and its separator (",", "-", "–") taken off.
 */
const YEAR = '((?:19|20)\\d\\d)';
const BARE_YEAR = '(199\\d|20\\d\\d)';
const YEAR_BESIDE = new RegExp(
  `^(.*?\\S)\\s*(?:\\(\\s*(?:(?:${rawPattern('nam')}|${rawPattern('so lieu')})\\s+)?${YEAR}(?:\\s*[-–/]\\s*${YEAR})?\\s*\\)|\\s(?:cả\\s+)?${rawPattern('nam')}\\s+${YEAR}|\\s[-–]\\s*${BARE_YEAR}|\\s${BARE_YEAR})\\s*$`,
  'iu',
);
/**
 * A name's last words a bare number belongs to: "số 2018", "quận 2018", "khu vực 2018", "đội
 * 2018", "tổ 2018", "KV 2018", "Chi cục 1990", "Office 1992" — an office numbered so, no year beside a place's name;
 * nor a copy's number ("KV_2", "Đội - 1": file-names.ts COPY_NUMBER).
 */
export const NUMBERED_BY = /(^| )(so|quan|khu vuc|kv|pkv|khu|doi|to|phuong|cum|vung|nhom|chi cuc|phong|don vi|office|number|no|unit|team|district|region)$/;
export function yearBesideName(text: string): { name: string; year: number | null } | null {
  if (yearOfRowLabel(text) !== null) return null;
  // "… (Năm 2018)*", "… (năm 2018).": the year before a footnote mark or a full stop, which go with it
  const written = withoutEndMarks(text.normalize('NFC'));
  // (each of its years is four digits in a row: a name without them has none beside it)
  const m = /\d{4}/.test(written) ? YEAR_BESIDE.exec(written) : null;
  if (!m) {
    // a whole statistics year by its shape: "(niên độ 2017-2018)", "[2018]", "/2018", "(30/9/2018)", "(12 tháng)" (year null)
    const note = periodBesideEnd(written);
    return note?.period.kind === 'year' ? { name: note.name, year: note.period.year } : null;
  }
  // "… thị xã Ngã Năm 2019": the name's own "Năm" (namIsOfName), the year bare after it
  const nam = m[4] !== undefined ? /^\s*(\S+)/u.exec(written.slice(m[1]!.length))![1]! : '';
  if (nam !== '' && namIsOfName(`${m[1]!} ${nam}`)) return { name: `${m[1]!} ${nam}`, year: Number(m[4]) };
  const name = m[1]!.replace(/[\s,\-–]+$/u, '');
  if ((m[5] ?? m[6]) !== undefined && NUMBERED_BY.test(foldHeader(name))) return null;
  const year = m[2] !== undefined ? yearOfSpan(m[2], m[3]) : Number(m[4] ?? m[5] ?? m[6]);
  return year === null ? null : { name, year };
}

/**
 * The statistics year a section's label states for the rows it heads: a label that is a year
 * ("II | Năm 2024", "B. Số liệu năm 2024": yearOfRowLabel, its section number aside) or a year
 * beside the section's name ("II | Cục THADS tỉnh Hà Tĩnh (năm 2024)", "… - 2024", "… (niên độ
 * 2023-2024)", a merger's half "(từ 01/10/2024 đến 30/6/2025)" its year's: yearBesideName); null
 * for none, "(12 tháng)" and a year of the name's own ("(thành lập năm 2018)") included.
 * second-table.ts holds a section of another year than the report's for another year's block.
 */
export function yearOfSection(text: string): number | null {
  const name = withoutSectionPrefix(text);
  return yearOfRowLabel(name) ?? yearBesideName(name)?.year ?? null;
}
/** A section's label without the number written before it: "II. Năm 2024" → "Năm 2024", "B - …" → "…". */
const withoutSectionPrefix = (text: string): string => text.replace(/^\s*(?:[IVXivx]{1,6}|[A-Da-d])\s*[.):\-–]\s*(?=\S)/u, '');

/**
 * The merger's half of its year (period-notes.ts mergerPartOfYear) a section's label is, whole,
 * its section number aside: "I | Từ 01/10/2024 đến 30/6/2025", "II. Từ ngày 01/7/2025 đến ngày
 * 30/9/2025", "01/7/2025 - 30/9/2025" — the section's rows are that part of the statistics year, as
 * "I | Giai đoạn từ …" or a name with its half beside it ("Cục THADS tỉnh Nam Định (từ …)") says.
 * read-csv.ts reads such a row, numbered as a section, as the section of that name is, its half
 * within the report's own period or refused (any other range, another year's, stays a period's row).
 */
export function mergerHalfOfSection(text: string): { readonly start: string; readonly end: string } | null {
  const label = withoutSectionPrefix(text);
  return (label !== withoutPhaseWord(label) ? rangeOfDays(withoutPhaseWord(label)) : null) ?? mergerPartOfYear(label);
}
/**
 * A label "Giai đoạn" + two days ("Giai đoạn từ 01/10/2023 đến 30/6/2024", "Giai đoạn 01/10/2024 -
 * 30/6/2025", "I. Giai đoạn: từ …"; period-notes.ts rangeOfDays) without the word: the period its
 * days name, read as that range written bare is (classify, mergerHalfOfSection: a section's range
 * within the report's period, any other refused). Any other label as it is ("Giai đoạn 2").
 */
export function withoutPhaseWord(text: string): string {
  const m = /^(\s*(?:(?:[IVXivx]{1,6}|[A-Da-d])\s*[.):\-–]\s*)?)(\S+\s+\S+?)\s*[:\-–]?\s+(?=\S)/u.exec(text);
  if (m === null || foldHeader(m[2]!) !== 'giai doan') return text;
  const rest = text.slice(m[0].length);
  return rangeOfDays(rest) !== null ? m[1]! + rest : text;
}

/** A row that is not an office: a total of the file, or of a section. */
export function isTotalLabel(text: string): boolean {
  return rowLabel(text) !== 'office';
}
