// What names in a file say: a row that is a total or a section subtotal, a row numbered as a
// section, the measure and year in a file name.
import { basename, extname } from 'node:path';
import type { Measure } from '../domain/fields.js';
import { foldHeader, romanValue } from '../domain/names.js';
import { provinceOfFileName, successorProvince } from '../domain/provinces.js';

/**
 * Rows that add up the whole file, as the forms and press write them (folded: no diacritics,
 * lower case). "Tổng cộng", "Tổng số chung", "Cộng chung", "Toàn tỉnh", "Toàn ngành"…
 */
const TOTAL_LABELS = new Set([
  'tong cong', 'tong so', 'tong', 'cong', 'tong so chung', 'tong cong chung', 'cong chung', 'tong chung', 'tong hop', 'tong cong toan tinh',
  'cong toan tinh', 'toan tinh', 'toan thanh pho', 'toan tp', 'toan quoc', 'toan nganh', 'toan he thong', 'ca nuoc', 'ca tinh', 'toan cuc',
  'total', 'grand total', 'sum', 'all', 'all offices', 'overall',
]);
const TOTAL_PREFIXES = ['tong cong', 'tong so chung', 'cong chung', 'toan tinh', 'toan quoc', 'toan nganh', 'toan thanh pho', 'ca nuoc', 'grand total'];

/**
 * Rows that add up a section of offices rather than report one: "II. Các Chi cục", "Khối …",
 * "Cấp tỉnh", "Cấp huyện", "Các Phòng THADS khu vực", a "Phòng … khu vực" without its number,
 * "Chi cục THADS cấp huyện". "Chi cục THADS huyện Mỹ Lộc" and "Phòng THADS khu vực 3" are offices.
 */
const SECTION_PREFIXES = ['cac chi cuc', 'cac phong', 'cac don vi', 'cac co quan', 'khoi ', 'cong khoi', 'tong khoi', 'cong cac', 'tong cac', 'cong cap', 'tong cap', 'tong so cac'];
const SECTION_LABELS = new Set(['cap huyen', 'cap khu vuc', 'cap quan huyen', 'khoi', 'subtotal', 'sub total', 'section total']);
/** "Phòng THADS khu vực", "Phòng Thi hành án dân sự khu vực" — the office's number missing. */
const REGIONAL_WITHOUT_NUMBER = /^phong (thads|tha|thi hanh an|thi hanh an dan su|thads tinh [a-z ]+) khu vuc$/;

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

/** The Roman number a name cell starts with ("II. Các Chi cục" → "II"), or null. */
export function romanPrefix(text: string): string | null {
  const m = /^\s*([IVXivx]{1,6})\s*[.):\-–]\s*\S/.exec(text);
  return m && isRomanNumber(m[1]!) ? m[1]!.toUpperCase() : null;
}

/**
 * Other spellings of a total (folded): "Tổng toàn tỉnh", "Tổng số toàn tỉnh", "Tổng hợp toàn
 * tỉnh", "Tổng Cục", "Tổng 10 đơn vị", "Cộng lũy kế", "Cục THADS tỉnh (tổng hợp)", "Totals". A
 * row read as a total is checked against the rows, never added: taking an office for a total is
 * refused as a mismatch, while taking a total for an office adds it silently.
 */
const OTHER_TOTALS = /^(tong|cong) (toan|so|hop|cuc|chung|luy ke|tat ca|\d+ (don vi|chi cuc|phong))\b|\btong hop\b|^(totals?|sum of)\b/;
/**
 * A subtotal of a region, group, province or office: "Cộng khu vực 1", "Tổng cụm 2", "Cộng Tiền
 * Giang", "Cộng tỉnh Bến Tre", "Cộng Mỹ Lộc" (under its enforcers' rows). "Cộng" + a name is
 * never an office's own name; "Tổng" + a name may be ("Tổng Đội"), so only the words above.
 */
const OTHER_SECTIONS = /^(cong|tong|tong so|tong cong) (khu vuc|cum|vung|nhom)\b|^cong \S|^sub ?totals?\b/;
/**
 * Rows that are no office and no sum of offices: a breakdown ("Trong đó: án tín dụng"), a
 * comparison ("Cùng kỳ năm 2018", "So với cùng kỳ", "Tăng/giảm", "Chênh lệch"), an average, a
 * rate, a plan. Summed as an office they would be counted twice or add what is no office's.
 */
const NOT_OFFICE = /^(trong do|trong so do|cung ky|so voi|so sanh|tang giam|tang hoac giam|chenh lech|binh quan|trung binh|ty le|ke hoach|chi tieu|nam truoc|ky truoc)\b/;
/**
 * More words that open a breakdown: "Riêng: …", "Chia ra: …", "Cụ thể: …", "Gồm: …", "Bao gồm …",
 * "Kể cả: …", "… (trong đó)", "Số chuyển sổ theo dõi riêng" (folded). No district's name begins
 * so: "Gò Công", "Gò Vấp" fold to "go …", "Kế Sách" to "ke sach".
 */
const BREAKDOWN = /^(chia ra|cu the|gom|bao gom|ke ca|so chuyen so theo doi rieng)\b|\btrong (so )?do$/;
/**
 * Read as written: "T.đó: …", "TĐ: …" ("trong đó" cut short) only with their colon ("TĐ" alone
 * may be a name's initials); "Riêng" with its own tone, or none ("Riềng" would be another word).
 */
const BREAKDOWN_WRITTEN = /^\s*(?:(?:t\s*\.\s*đó|tđ)\s*:|(?:riêng|rieng)(?![\p{L}\d]))/iu;

/**
 * A list bullet opening a name cell: "- Tín dụng, ngân hàng", "+ Án tín dụng", "•Dân sự", "a) …",
 * "b. …" ("'- …" as a spreadsheet keeps it text). The forms write the lines of a breakdown of
 * the row above ("Trong đó:" and its items) so; an office's name never begins with one ("Phòng
 * THADS khu vực 1 - Ninh Bình" has its dash inside). "-", "+", "*" are bullets only with a space
 * after them: "+SUM(1;2)", "-2+3" are text that looks like a formula, refused by no row rule.
 * A sub-item's number in the name cell ("1.1 Tín dụng ngân hàng", "2.3. …") opens one too, as
 * it would in the STT column (subItemOf).
 */
const BULLET_MARK = /^\s*'?\s*(?:[-+*]\s|[–—•·▪◦‣]|[a-zđ]\)|[a-zđ]\.(?=\s)|\d{1,3}(?:\.\d{1,3})+\.?(?=\s))\s*(?=[\p{L}\d])/u;
export function startsWithBullet(text: string): boolean {
  return BULLET_MARK.test(text);
}

/** The name after its bullet: "- Phòng THADS khu vực 1" → "Phòng THADS khu vực 1" (trimmed). */
export function withoutBullet(text: string): string {
  return text.replace(BULLET_MARK, '').trim();
}

/**
 * The statistics year a year cell states: "2019", "Năm 2019", or the two calendar years the
 * statistics year spans ("2018-2019", "Niên độ 2018 - 2019": 1/10/2018–30/9/2019 is 2019);
 * null for anything else.
 */
export function yearOfCell(cell: string): number | null {
  const m = /^(?:năm|nam|year|niên độ|nien do)?\s*((?:19|20)\d\d)(?:\s*[-–/]\s*((?:19|20)\d\d))?$/iu.exec(cell.trim().normalize('NFC'));
  if (!m) return null;
  if (m[2] === undefined) return Number(m[1]);
  return Number(m[2]) === Number(m[1]) + 1 ? Number(m[2]) : null;
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
 * Ninh Bình", "Nam Định") or a region ("Khu vực 1", "Cụm 2"). With figures and sub-items below
 * it, it is their subtotal, as a section's row is (read-csv.ts).
 */
export function namesGroup(text: string): boolean {
  return successorProvince(text) !== null || /^(khu vuc|cum|vung|nhom) \d{1,2}$/.test(foldHeader(text));
}

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

function classify(text: string): RowLabel {
  const f = foldHeader(text).replace(/^([ivx]+|[a-d]|\d{1,2}) (?=\S)/, '');
  if (TOTAL_LABELS.has(f) || TOTAL_PREFIXES.some((p) => f.startsWith(`${p} `))) return 'total';
  // "Cộng (I+II)", "Tổng số (A + B)", "Tổng 1+2": a total of the sections it names
  if (/^(tong cong|tong so|cong|tong)( ([ivx]+|[a-d]|\d{1,2}))+$/.test(f)) return 'total';
  if (f === 'cap tinh') return 'level';
  if (SECTION_LABELS.has(f) || SECTION_PREFIXES.some((p) => f.startsWith(p))) return 'section';
  if (REGIONAL_WITHOUT_NUMBER.test(f)) return 'section';
  if (/^chi cuc\b.*\bcap (huyen|quan huyen)$/.test(f)) return 'section';
  if (OTHER_TOTALS.test(f)) return 'total';
  if (OTHER_SECTIONS.test(f)) return 'section';
  if (NOT_OFFICE.test(f) || BREAKDOWN.test(f) || BREAKDOWN_WRITTEN.test(text)) return 'other';
  if (startsWithBullet(text)) return 'other';
  return 'office';
}

/**
 * The province of a row in a file without an office column. Its label may come from its
 * province cell ("Toàn quốc" under "Tỉnh"): then that cell names the row, not a province — a
 * national total covers every province, and summed as a province "Toàn quốc" it would sit
 * beside the provinces it counts.
 */
export function provinceOfLabelledRow(province: string | null, label: RowLabel, labelledByProvince: boolean): string | null {
  return labelledByProvince && label !== 'office' ? null : province;
}

/** A row that is not an office: a total of the file, or of a section. */
export function isTotalLabel(text: string): boolean {
  return rowLabel(text) !== 'office';
}

/**
 * The office a per-office file names: its base name without the marks of a copy ("Mỹ Lộc (1).csv",
 * "Mỹ Lộc - Copy.csv", "Copy of Mỹ Lộc.csv", "Mỹ Lộc - Bản sao.csv" → "Mỹ Lộc"), so that a
 * downloaded-twice file is the same office, and refused as a duplicate, not added as another;
 * without the statistics year, which belongs to the figures, not to the office
 * ("Phòng THADS khu vực 1 - 2026.csv" → "Phòng THADS khu vực 1"); without the words of its
 * measure and form ("Mỹ Lộc - việc - 2019.csv", "BC Mỹ Lộc tien.csv" → "Mỹ Lộc": the two halves
 * of a split office are one office); and without the province it is of ("Chi cục THADS huyện Mỹ
 * Lộc, tỉnh Nam Định", "Mỹ Lộc - Nam Định" → "Chi cục THADS huyện Mỹ Lộc", "Mỹ Lộc"), which
 * placeOfFileName gives.
 */
export function officeFromFileName(file: string): string {
  return placeOfFileName(file).office;
}

/**
 * The office (officeFromFileName) and the province a file's name names: the whole name when it
 * is a province's ("Nam Dinh 2019.csv", "11-ben-tre-viec.csv"), else a part set apart by a comma
 * or a dash at either end ("Mỹ Lộc - Nam Định"); null for none.
 */
export function placeOfFileName(file: string): { readonly office: string; readonly province: string | null } {
  const base = basename(file, extname(file));
  let place = PLACES.get(base);
  if (place === undefined) {
    if (PLACES.size >= 1 << 12) PLACES.clear();
    place = splitPlace(withoutOfficeReportWords(withoutCopyAndYear(base)) || withoutCopyAndYear(base) || base);
    PLACES.set(base, place);
  }
  return place;
}

// Asked once per file by each reader and by collect: remembered (bounded).
const PLACES = new Map<string, { readonly office: string; readonly province: string | null }>();

function withoutCopyAndYear(base: string): string {
  let name = base.normalize('NFC');
  for (let before = ''; before !== name; ) {
    before = name;
    name = withoutYear(
      name
        .replace(/\s*\(\d{1,3}\)\s*$/, '')
        .replace(/\s*[-–_]?\s*(copy|bản sao|ban sao)(\s*\(?\d{1,3}\)?)?\s*$/iu, '')
        .replace(/^(copy of|bản sao của|ban sao cua)\s+/iu, '')
        .trim(),
    );
  }
  return name;
}

/** What separates a province from its office in a file name: a comma, a spaced dash, "tỉnh". */
const PLACE_PART = /\s*,\s*|\s+[-–—]\s+|\s+(?=(?:tỉnh|tinh)\s)/giu;

function splitPlace(name: string): { office: string; province: string | null } {
  const whole = provinceOfFileName(withoutReportWords(name));
  if (whole !== null) return { office: name, province: whole };
  const marks = [...name.matchAll(PLACE_PART)];
  if (marks.length === 0) return { office: name, province: null };
  const last = marks[marks.length - 1]!;
  const head = name.slice(0, last.index).trim();
  const tail = provinceOfFileName(name.slice(last.index + last[0].length));
  if (tail !== null && head !== '') return { office: head, province: tail };
  const first = marks[0]!;
  const rest = name.slice(first.index + first[0].length).trim();
  const lead = provinceOfFileName(name.slice(0, first.index));
  if (lead !== null && rest !== '') return { office: rest, province: lead };
  return { office: name, province: null };
}

/**
 * An office's name without the words of its measure and form, its other words and marks as
 * written: "Mỹ Lộc - việc" → "Mỹ Lộc", "Biểu 07 - Phòng THADS khu vực 1" → "Phòng THADS khu vực 1".
 * (withoutReportWords, for a province, also drops numbers: an office's "khu vực 1" keeps them.)
 */
function withoutOfficeReportWords(name: string): string {
  const tokens = [...name.matchAll(/[\p{L}\p{N}]+/gu)];
  const written = tokens.map((t) => t[0]);
  const words = written.map(foldHeader);
  const dropped = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (measureWord(written, words, i) !== null || w === 'bc' || /^bieu\d+[a-z]?$/.test(w)) dropped.add(i);
    else if (w === 'bao' && words[i + 1] === 'cao') dropped.add(i).add(++i);
    else if (w === 'bieu') {
      dropped.add(i);
      if (words[i + 1] === 'so' && FORM_NUMBER.test(words[i + 2] ?? '')) dropped.add(++i).add(++i);
      else if (FORM_NUMBER.test(words[i + 1] ?? '')) dropped.add(++i);
    }
  }
  if (dropped.size === 0) return name;
  let out = '';
  let at = 0;
  tokens.forEach((t, i) => {
    if (!dropped.has(i)) return;
    out += name.slice(at, t.index);
    at = t.index + t[0].length;
  });
  out += name.slice(at);
  return out
    .replace(/\s*([-–—_,])(?:\s*[-–—_,])+\s*/gu, ' $1 ')
    .replace(/^[\s\-–—_,.]+|[\s\-–—_,.]+$/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The measure a file name announces: "2019_viec.csv", "cases-2019.csv", "tien.csv". */
export function measureFromFileName(file: string): Measure | null {
  // The words as written (NFC, lower case) beside their folded forms: "tiến độ" (progress),
  // "tiễn" fold to "tien" as "tiền" does; only the written tone tells them apart ("tien"
  // without tones may be either: read as money, as "tiền" is, unless a place name follows).
  const written = nameWords(basename(file, extname(file)));
  const words = written.map(foldHeader);
  const measures = new Set(written.map((_, i) => measureWord(written, words, i)));
  const cases = measures.has('cases');
  const money = measures.has('money');
  return cases === money ? null : cases ? 'cases' : 'money';
}

function nameWords(name: string): string[] {
  return name.normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/** The measure word i of a name is ("việc", "cases", "tiền", "money"), or null. */
function measureWord(written: readonly string[], words: readonly string[], i: number): Measure | null {
  const w = words[i]!;
  if (w === 'viec' || w === 'cases') return 'cases';
  const tien = w === 'tien' && ['tiền', 'tien'].includes(written[i]!.toLowerCase()) && !TIEN_PLACES.has(words[i + 1] ?? '');
  return w === 'money' || tien ? 'money' : null;
}

/**
 * A file's name without the words of its measure and of its form, and its numbers, which are no
 * province's name: "11-ben-tre-viec" → "ben tre", "Bieu 07 viec - Ben Tre" → "Ben Tre", "BC tien Tien Giang" →
 * "Tien Giang" ("Tiền Giang" keeps its "Tiền").
 */
export function withoutReportWords(name: string): string {
  const written = nameWords(name);
  const words = written.map(foldHeader);
  const kept: string[] = [];
  for (let i = 0; i < written.length; i++) {
    const w = words[i]!;
    // "11-ben-tre-viec": a number is no part of a province's name (a file's order, a form's).
    if (measureWord(written, words, i) !== null || w === 'bc' || /^\d+$/.test(w)) continue;
    if (w === 'bao' && words[i + 1] === 'cao') i++;
    // "Biểu 07", "Biểu số 07a", "bieu07": the form's number goes with it.
    else if (w === 'bieu') i += words[i + 1] === 'so' && FORM_NUMBER.test(words[i + 2] ?? '') ? 2 : FORM_NUMBER.test(words[i + 1] ?? '') ? 1 : 0;
    else if (!/^bieu\d+[a-z]?$/.test(w)) kept.push(written[i]!);
  }
  return kept.join(' ');
}

const FORM_NUMBER = /^\d{1,3}[a-z]?$/;

/**
 * "Tiền"/"Tiên" that begins a place name, not the money of a report: "Tiền Giang - 2019.csv",
 * "Tiền Hải.csv" (a district's own file, with headers that name no measure, would otherwise be
 * read as money). The syllable after it, folded.
 */
// Tiền Giang, Tiền Hải, Tiên Du, Tiên Lãng, Tiên Lữ, Tiên Phước, Tiên Yên, Tiên Sơn, Tiên Phong
// and, written without tones, the words "tiến" begins in reports: tiến độ, tiến bộ, tiến hành
const TIEN_PLACES = new Set(['giang', 'hai', 'du', 'lang', 'lu', 'phuoc', 'yen', 'son', 'phong', 'do', 'bo', 'hanh']);

/** First 4-digit year 1990–2099 in the file name not glued to other digits: "bao-cao-2019.csv" → 2019 (SPEC §3). */
export function yearFromFileName(file: string): number | null {
  return yearsInName(basename(file))[0] ?? null;
}

/**
 * The statistics years a file name states, read as a title: a period, a month or "năm N" ("BC 3
 * thang tu 01.10.2019 den 31.12.2019.csv" → [2020], "BC thang 10 nam 2019.csv" → [2020], "Bieu 07
 * TT06-2019 nam 2022.csv" → [2022]); a name that states none, its 4-digit years as SPEC §3 reads
 * them ("2019.csv" → [2019], "xuat-ngay-2020-01-15.csv" → [2020]). Two is the user's to decide
 * (layout.ts): a circular's number or a period's other end is no year of the figures.
 */
export function yearsOfFileName(file: string): number[] {
  const name = basename(file);
  const ext = extname(name);
  return yearsOfName(/\p{L}/u.test(ext) ? name.slice(0, -ext.length) : name);
}

/** The same in a workbook's sheet name ("T10.2018" → [2019], "2018" → [2018], "Biểu 07" → []). */
export function yearsOfName(name: string): number[] {
  const stated = statedYears([[name]]);
  return stated.length > 0 ? stated : yearsInName(name);
}

/** Every such year in a name, once each, in order: "BC tu 01.10.2018 den 30.9.2019" → [2018, 2019]. */
export function yearsInName(name: string): number[] {
  return [...new Set([...name.matchAll(/(?<!\d)(19[9]\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1])))];
}

/** Lines that cite a legal text ("Ban hành theo Thông tư số 01/2013/TT-BTP ngày …"): their years are not the report's. */
const CITATION = /thông tư|thong tu|tt-btp|ban hành|ban hanh|quyết định|quyet dinh|nghị định|nghi dinh/iu;

/**
 * The statistics year a title states: "BÁO CÁO … NĂM 2019", "Year 2019", a period's first or
 * last day, a month or a quarter — "(từ 01/10/2018 đến 30/9/2019)" is 2019, "(từ 01/10/2019 đến
 * 31/12/2019)" is 2020, "tháng 10 năm 2019", "T10.2019", "3T (10-12.2019)", "QUÝ IV NĂM 2019"
 * are 2020: a statistics year runs from 1 October to 30 September, named by its September.
 * When the title lines state exactly one; null otherwise. A date written out ("ngày 15 tháng 01
 * năm 2020", the day a report was signed) names no statistics year.
 */
export function yearFromTitle(rows: readonly (readonly string[])[]): number | null {
  return titleYear(rows)?.year ?? null;
}

/** The title's one statistics year and the index of the row that states it first; null when it states none, or two. */
export function titleYear(rows: readonly (readonly string[])[]): { year: number; row: number } | null {
  const stated = standingMentions(rows);
  const years = new Set(stated.map((m) => m.year));
  return years.size === 1 ? { year: stated[0]!.year, row: stated[0]!.row } : null;
}

const YEAR = '((?:19|20)\\d\\d)(?!\\d)';
/** "ngày 30 tháng 9 năm 2019" → "30/9/2019": a date written out is read as one written in figures. */
const WRITTEN_DATE = /(?<!\d)(\d{1,2})\s+(?:tháng|thang)\s+(\d{1,2})\s+(?:năm|nam)\s+((?:19|20)\d\d)(?!\d)/giu;
/** The day a report is signed, its day or month left blank for the pen: "ngày … tháng 01 năm 2020", "ngày   tháng   năm 2020". */
const DATELINE = new RegExp(`(?<![\\p{L}\\d])(?:ngày|ngay)[\\s\\d.…_]*(?:tháng|thang)[\\s\\d.…_]*(?:năm|nam)\\s+${YEAR}`, 'giu');
/** A day in figures: "01/10/2018", "30.9.2019", "1-10-2024". */
const DATE = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})[/.-](\\d{1,2})[/.-]${YEAR}`, 'gu');
/** What makes a day a period's first or last: a from/to before it, or a range mark to another day. */
const BEFORE_BOUND = /(?<![\p{L}\d])(?:từ|tu|đến|den|from|to)\s+(?:ngày\s+|ngay\s+)?$/iu;
const RANGE_MARK = /^\s*(?:đến|den|to|[-–—])\s*(?:ngày\s+|ngay\s+)?$/iu;
/**
 * A month or months of a year: "tháng 10 năm 2019", "tháng 10/2019", "Tháng 10-2018", "T10.2018",
 * "thang 10 nam 2019", "tháng 10-12/2018", "3T (10-12.2018)" (three months, October to December).
 * "TT06-2019" (a circular) is none: a T glued to a letter.
 */
const MONTHS = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:tháng|thang|t)\\s*|\\d{1,2}\\s*(?:t|tháng|thang)\\s*\\(\\s*)(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\s*(?:[/.-]|\\s(?:năm|nam)\\s)\\s*${YEAR}`,
  'giu',
);
/** A quarter of a calendar year: "QUÝ IV NĂM 2018", "quý 4/2018", "Q4.2018", "Quy III nam 2019". */
const QUARTER = new RegExp(`(?<![\\p{L}\\d])(?:quý|quy|q)\\.?\\s*(iv|i{1,3}|[1-4])(?![\\p{L}\\d])\\s*(?:[/.-]\\s*|(?:năm|nam)\\s+)?${YEAR}`, 'giu');
/**
 * Months counted from the statistics year's start, 1 October: "6 THÁNG ĐẦU NĂM 2025" (1/10/2024–
 * 31/3/2025), "9 tháng năm 2025" (to 30/6/2025). "6 tháng cuối năm" may be a calendar half or the
 * statistics year's: its year only, no end.
 */
const COUNTED_MONTHS = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s*(?:tháng|thang)\\s+(?:(?:đầu|dau)\\s+|(cuối|cuoi)\\s+)?(?:năm|nam)\\s+${YEAR}`, 'giu');
/** "năm 2019", "NĂM 2019", "nam 2022", "Year 2026". */
const YEAR_WORD = new RegExp(`(?<![\\p{L}\\d])(?:năm|nam|year)\\s+${YEAR}`, 'giu');
/**
 * Words after which a year is another period's than the figures': a comparison ("cùng kỳ: từ
 * 01/10/2017 đến 30/9/2018", "so với năm 2018", "kỳ trước") or the plan that follows the results
 * ("VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2020", "kế hoạch năm 2020").
 */
const ASIDE = /(?<![\p{L}\d])(?:cùng k[ỳì]|cung ky|so với|so voi|k[ỳì] trước|ky truoc|phương hướng|phuong huong|kế hoạch|ke hoach|nhiệm vụ|nhiem vu|dự kiến|du kien)(?![\p{L}\d])/giu;

/** The statistics year of a month of a calendar year: October to December belong to the next. */
function statisticsYear(month: number, year: number): number | null {
  return month >= 1 && month <= 12 ? (month >= 10 ? year + 1 : year) : null;
}

/** The last day of a month of a calendar year, as YYYY-MM-DD; null for no month. */
function monthEnd(month: number, year: number): string | null {
  if (month < 1 || month > 12) return null;
  return dayString(new Date(Date.UTC(year, month, 0)).getUTCDate(), month, year);
}

function dayString(day: number, month: number, year: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

interface Mention {
  readonly year: number;
  readonly row: number;
  /** offset in the row's text as read (a date written out already in figures) */
  readonly at: number;
  /** the last day of the period it states (YYYY-MM-DD), null for a year alone or a day that begins one */
  readonly end: string | null;
}

/**
 * Every statistics year the title lines (or a name, as one line) state, in reading order. Each
 * span is read once: a period's days, months and quarters are taken out (blanked, so offsets
 * hold) before "năm N" is looked for, so "tháng 10 năm 2019" is not also the year 2019.
 */
function mentions(rows: readonly (readonly string[])[]): { mentions: Mention[]; texts: string[] } {
  const found: Mention[] = [];
  const texts: string[] = [];
  rows.forEach((cells, row) => {
    const line = cells.join(' ').normalize('NFC');
    const cited = CITATION.test(line);
    let text = cited ? '' : line.replace(WRITTEN_DATE, '$1/$2/$3').replace(DATELINE, ' ');
    texts.push(text);
    if (cited) return;
    const add = (year: number | null, at: number, end: string | null = null) => {
      if (year !== null) found.push({ year, row, at, end });
    };
    const blank = (m: string) => ' '.repeat(m.length);
    // Months first: "10-12.2018" after "3T (" is three months, not 10 December.
    text = text.replace(MONTHS, (m, first: string, last: string | undefined, year: string, at: number) => {
      add(statisticsYear(Number(first), Number(year)), at, last === undefined ? monthEnd(Number(first), Number(year)) : null);
      if (last !== undefined) add(statisticsYear(Number(last), Number(year)), at, monthEnd(Number(last), Number(year)));
      return blank(m);
    });
    // A quarter (of a calendar year) is of the statistics year of its last month: quý IV of 2018 is 2019.
    text = text.replace(QUARTER, (m, quarter: string, year: string, at: number) => {
      const last = 3 * (romanValue(quarter.toLowerCase()) ?? Number(quarter));
      add(statisticsYear(last, Number(year)), at, monthEnd(last, Number(year)));
      return blank(m);
    });
    // N months of statistics year Y end N months after 1 October of Y − 1; the year is Y, as "năm Y" says.
    text = text.replace(COUNTED_MONTHS, (m, count: string, late: string | undefined, year: string, at: number) => {
      const n = Number(count);
      const end = late === undefined && n >= 1 && n <= 12 ? (n <= 3 ? monthEnd(9 + n, Number(year) - 1) : monthEnd(n - 3, Number(year))) : null;
      add(Number(year), at, end);
      return blank(m);
    });
    // A period's days ("từ 01/10/2019 đến 31/12/2019"); any other day (of signing, of an
    // export) is taken out unread.
    for (const d of periodDays(text)) add(statisticsYear(d.month, d.year), d.at, dayString(d.day, d.month, d.year));
    text = text.replace(DATE, blank);
    for (const m of text.matchAll(YEAR_WORD)) add(Number(m[1]), m.index);
  });
  found.sort((a, b) => a.row - b.row || a.at - b.at);
  return { mentions: found, texts };
}

/**
 * The years that state the figures' period: the first stated, in reading order, and any later
 * one not set aside as a comparison's or a plan's. "NĂM 2019 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2020"
 * → 2019; "từ 01/10/2018 đến 30/9/2019 (cùng kỳ: từ 01/10/2017 đến 30/9/2018)" → 2019; "NĂM 2019
 * (từ 01/10/2019 đến 31/12/2019)" → 2019 and 2020, of equal standing.
 */
function standingMentions(rows: readonly (readonly string[])[]): Mention[] {
  const { mentions: all, texts } = mentions(rows);
  return all.filter((m, i) => i === 0 || !inAside(texts[m.row]!, m.at));
}

/** Whether offset `at` of a line follows an aside's word, within its brackets (to the end of the line outside any). */
function inAside(text: string, at: number): boolean {
  for (const a of text.slice(0, at).matchAll(ASIDE)) {
    let depth = 0;
    let closed = false;
    for (let i = a.index + a[0].length; i < at && !closed; i++) {
      if ('([{'.includes(text[i]!)) depth++;
      else if (')]}'.includes(text[i]!)) closed = --depth < 0;
    }
    if (!closed) return true;
  }
  return false;
}

/** Every statistics year the title lines (or a name, as one line) state for its figures, once each, in reading order. */
export function statedYears(rows: readonly (readonly string[])[]): number[] {
  return [...new Set(standingMentions(rows).map((m) => m.year))];
}

/** The days of a line that begin or end a period ("từ 01/10/2024 đến 31/3/2025"), in order. */
function periodDays(text: string): { day: number; month: number; year: number; at: number }[] {
  const dates = [...text.matchAll(DATE)];
  return dates.filter((d, i) => {
    const next = dates[i + 1];
    const previous = dates[i - 1];
    return BEFORE_BOUND.test(text.slice(0, d.index))
      || (next !== undefined && RANGE_MARK.test(text.slice(d.index + d[0].length, next.index)))
      || (previous !== undefined && RANGE_MARK.test(text.slice(previous.index + previous[0].length, d.index)));
  }).map((d) => ({ day: Number(d[1]), month: Number(d[2]), year: Number(d[3]), at: d.index }));
}

/** What may stand beside a header's year or days: "từ", "đến", "ngày", dashes. */
const BOUND_WORDS = /(?<![\p{L}\d])(?:từ|tu|đến|den|ngày|ngay|from|to)(?![\p{L}\d])|[-–—:,;.\s]/giu;

/**
 * Whether a header's period names statistics year `year` as the report counts it, and nothing
 * else: "năm 2019", "2019", "từ năm 2019", a day that opens it ("từ 01/10/2018") or ends the
 * report's period ("đến 30/9/2019", or the title's last day `end`: "đến 31/3/2019" in a report of
 * six months), or both ("01/10/2018 - 30/9/2019"). A month, a quarter, any other day or word is
 * another period, or a part of one.
 */
export function namesYearPeriod(text: string, year: number, end: string | null): boolean {
  const t = text.normalize('NFC').replace(WRITTEN_DATE, '$1/$2/$3');
  if (t.search(MONTHS) >= 0 || t.search(QUARTER) >= 0) return false;
  const days = periodDays(t);
  if (days.length !== [...t.matchAll(DATE)].length) return false;
  const bounds = [`${year - 1}-10-01`, end ?? `${year}-09-30`];
  if (!days.every((d) => bounds.includes(dayString(d.day, d.month, d.year)))) return false;
  const years = new RegExp(`(?<![\\p{L}\\d])(?:(?:năm|nam|year)\\s+)?${year}(?!\\d)`, 'giu');
  return t.replace(DATE, ' ').replace(years, ' ').replace(BOUND_WORDS, '') === '';
}

/**
 * The last day of the period the title lines state, as YYYY-MM-DD: its last day in figures ("(Từ
 * ngày 01/10/2024 đến ngày 31/3/2025)" → "2025-03-31") or in words ("6 THÁNG ĐẦU NĂM 2025" →
 * "2025-03-31", "QUÝ II NĂM 2025", "THÁNG 6 NĂM 2025" → "2025-06-30"); null when they state none
 * (a year alone, "6 tháng cuối năm"). Read from the spans the year readers read, a comparison's or
 * plan's aside left out, so a period's end and its statistics year never disagree.
 */
export function titlePeriodEnd(rows: readonly (readonly string[])[]): string | null {
  let end: string | null = null;
  for (const m of standingMentions(rows)) if (m.end !== null && (end === null || m.end > end)) end = m.end;
  return end;
}

/**
 * A name without the statistics year, so "Mỹ Lộc 2018.csv" and "Mỹ Lộc 2019.csv" are one office:
 * "Phòng THADS khu vực 1 - 2026" → "Phòng THADS khu vực 1"; "2019_Mỹ Lộc" → "Mỹ Lộc";
 * "Mỹ Lộc (năm 2019)" → "Mỹ Lộc". A name that is only a year ("2019") stays as it is.
 */
function withoutYear(name: string): string {
  const year = yearFromFileName(name);
  if (year === null) return name;
  // The year, the word for "year" before it, and the brackets or dashes that set it apart
  // (not an unaccented "nam": "Hà Nam 2019.csv" is the office Hà Nam).
  const without = name
    .replace(new RegExp(`[([]?\\s*(?:(?<!\\p{L})(?:năm|year)\\s*)?(?<!\\d)${year}(?!\\d)\\s*[)\\]]?`, 'iu'), ' ')
    .replace(/\s*[-_–—,.]+\s*$/u, '')
    .replace(/^\s*[-_–—,.]+\s*/u, '')
    .replace(/\s*([-_–—])(?:\s*[-_–—])+\s*/gu, ' $1 ')
    .replace(/\s+/g, ' ')
    .trim();
  return without === '' ? name : without;
}
