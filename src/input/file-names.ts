// What a file's name says: the office (or province) a per-office file is of, its measure, and
// its statistics year (SPEC §3), read as a title is where it states a period or a month.
import { hasLetter, latinLetters, withoutEth } from '../domain/letters.js';
import { basename, extname } from 'node:path';
import type { Measure } from '../domain/fields.js';
import { foldHeader, LONGEST_NAME } from '../domain/names.js';
import { AGENCY_WORDS, namesOfficeLikeProvince, NUMBERED_BY, rowLabel } from './row-labels.js';
import { isDistrictNamedLikeProvince, provinceOfFileName } from '../domain/provinces.js';
import { namIsOfName, wordEndsName } from '../domain/office-names.js';
import { SPELLED_MONTHS, startYearOf, statedYears, titleNamesMonth, titlePeriod, unreadYears, wholeYearStated, withMidYearReview } from './stated-years.js';
import { dayText, type StatedPeriod } from '../domain/periods.js';
import { CORRECTED, periodNote, RESENT, versionOfCell } from './period-notes.js';
import { dottedDays, numbered, withoutYearlessDay } from './name-days.js';
import { AGENCY_NAME, AGENCY_NAME_SPELLED, CUC_GLUED } from '../domain/agency-words.js';
import { unitsOfName, type MoneyUnit } from './units.js';
import { withoutCircular } from './circular.js';

/**
 * The office a per-office file names: its base name without the marks of a copy ("Mỹ Lộc (1).csv",
 * "Mỹ Lộc - Copy.csv", "Copy of Mỹ Lộc.csv", "Mỹ Lộc - Bản sao.csv" → "Mỹ Lộc"), so that a
 * downloaded-twice file is the same office, and refused as a duplicate, not added as another;
 * without the statistics year, which belongs to the figures, not to the office
 * ("Phòng THADS khu vực 1 - 2026.csv" → "Phòng THADS khu vực 1"); without the marks of a version
 * or a period (withoutVersionAndPeriod: "… - 2026 (sửa).csv", "Mỹ Lộc 12 tháng 2019.csv" → the
 * office, so a resent file is the same office, refused as a duplicate); without the words of its
 * measure and form ("Mỹ Lộc - việc - 2019.csv", "BC Mỹ Lộc tien.csv" → "Mỹ Lộc": the two halves
 * of a split office are one office); and without the province it is of ("Chi cục THADS huyện Mỹ
 * Lộc, tỉnh Nam Định", "Mỹ Lộc - Nam Định" → "Chi cục THADS huyện Mỹ Lộc", "Mỹ Lộc"), which
 * placeOfFileName gives.
 */
export function officeFromFileName(file: string): string {
  return placeOfFileName(file).office;
}

/**
 * Whether a file's name names a total ("Tổng hợp 2019.csv", "Toàn quốc theo tỉnh 2019.csv"): what
 * is left of it as its office (officeFromFileName) is a total's label. A file without an office
 * column so named holds totals, not an office (collect.ts).
 */
export function fileNamesTotal(file: string): boolean {
  return rowLabel(officeFromFileName(file)) === 'total';
}

/**
 * The first title line that names a total as a file's name would ("BÁO CÁO TỔNG HỢP TOÀN TỈNH",
 * "TOÀN TỈNH", "Báo cáo toàn Cục": fileNamesTotal), or null. Only a line of one cell: a group
 * row above a two-row header ("Tổng số" over its columns) heads columns, it names no file. So
 * does one naming the province's whole with the agency's name spelled out ("BÁO CÁO TỔNG HỢP KẾT
 * QUẢ THI HÀNH ÁN DÂN SỰ TOÀN TỈNH NĂM 2024"), and "TỔNG HỢP … TỈNH X" with nothing else where
 * no title line names an office (work93c 02): what the file says it is, whatever its name.
 */
const SUMMARY_WORD = latinLetters(/(?<![\p{L}\d])(?:tổng hợp|tong hop)(?![\p{L}\d])/giu);
export function titleNamingTotal(rows: readonly { readonly cells: readonly string[]; readonly line: number }[]): { readonly title: string; readonly line: number } | null {
  // a line naming an office ("VĂN PHÒNG CỤC THADS TỈNH X", "CHI CỤC THADS HUYỆN Y") makes "TỔNG HỢP … TỈNH X" that office's report
  const officeNamed = rows.some(({ cells }) => cells.some((c) => NAMES_OFFICE_UNIT.test(foldHeader(c))));
  for (const { cells, line } of rows) {
    const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
    if (filled.length !== 1) continue;
    const { office: named, province } = placeOfName(filled[0]!).place;
    // "Tổng hợp" alone is a report's word ("BÁO CÁO TỔNG HỢP KẾT QUẢ THI HÀNH ÁN" of one office): the whole-province words must say it
    if (rowLabel(named) === 'total' && rowLabel(named.replace(SUMMARY_WORD, ' ')) === 'total') return { title: filled[0]!, line };
    // The report's words about its whole, said without the agency's name a title spells out
    // ("BÁO CÁO TỔNG HỢP KẾT QUẢ THI HÀNH ÁN DÂN SỰ TOÀN TỈNH NĂM 2024", "… THADS TRÊN ĐỊA BÀN
    // TOÀN TỈNH"): left in, "THI HÀNH ÁN DÂN SỰ TOÀN TỈNH" was read as an office and the
    // province's whole added beside its offices (work93c 02).
    const bare = withoutAgencyWords(named);
    const whole = bare.replace(/(^| )tong hop( |$)/g, ' ').trim();
    if (bare !== foldHeader(named) && PROVINCE_WHOLE_WORDS.test(whole) && rowLabel(bare) === 'total' && rowLabel(whole) === 'total') return { title: filled[0]!, line };
    // "BÁO CÁO TỔNG HỢP KẾT QUẢ THADS TỈNH NAM ĐỊNH": the summary of a province, and nothing else,
    // where no title line names an office: the province's whole (work93c 02).
    if (province !== null && !officeNamed && named.replace(SUMMARY_WORD, ' ') !== named && withoutAgencyWords(named.replace(SUMMARY_WORD, ' ')) === '') return { title: filled[0]!, line };
  }
  return null;
}
/**
 * A sheet's name that names a total as a title line would ("Tổng hợp toàn tỉnh", "Toàn tỉnh"),
 * or null: the one sheet of a workbook so named is the province's whole, not an office beside
 * its offices (work93c 02). "Tổng hợp" alone names no whole (titleNamingTotal).
 */
export function sheetNamingTotal(sheet: string | undefined): { readonly title: string; readonly line: number; readonly sheet: true } | null {
  if (sheet === undefined) return null;
  const named = titleNamingTotal([{ cells: [sheet], line: 0 }]);
  return named === null ? null : { title: sheet, line: 0, sheet: true };
}
/** A title's words folded without the agency's name ("thi hanh an dan su", "thads") and "trên địa bàn" (on the territory of). */
const AGENCY_IN_TITLE = new RegExp(String.raw`(^| )(?:${AGENCY_NAME}|tren dia ban)(?= |$)`, 'g');
function withoutAgencyWords(text: string): string {
  return foldHeader(text).replace(AGENCY_IN_TITLE, ' ').replace(/\s+/g, ' ').trim();
}
/** A province's whole (folded): "toàn tỉnh", "toàn thành phố", "toàn Cục" — the nation's ("toàn quốc") is left to the words as they stood. */
const PROVINCE_WHOLE_WORDS = /(^| )(toan|ca) (tinh|thanh pho|tp|cuc)( |$)/;
/** A unit that is one office, in a title line (folded): "Văn phòng Cục", "Chi cục", "Phòng THADS khu vực". */
const NAMES_OFFICE_UNIT = /(^| )(chi cuc|phong)( |$)/;

/**
 * Whether a file's name can name its office: not when, without its year and the words of its
 * measure and form, no letter is left ("2019.csv", "viec-2019.csv", "Biểu 07 - 2019.csv"), for
 * officeFromFileName would give the year or a measure as the office — two offices' files, each
 * "2019.csv" in its office's folder, were refused as copies of each other. Standard input ("-")
 * names no file and is left as it is read.
 */
export function fileNamesOffice(file: string): boolean {
  if (file === '-') return true;
  const base = baseName(file);
  return namesOffice(downloadedTab(base)?.tab ?? sheetsWorkbook(base) ?? base);
}

function namesOffice(name: string): boolean {
  return hasLetter(withoutOfficeReportWords(withoutCopyAndYear(name)).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, ''));
}

/**
 * The office (officeFromFileName) and the province a file's name names: the whole name when it
 * is a province's ("Nam Dinh 2019.csv", "11-ben-tre-viec.csv"), else a part set apart by a comma
 * or a dash at either end ("Mỹ Lộc - Nam Định"); null for none.
 */
export function placeOfFileName(file: string): { readonly office: string; readonly province: string | null } {
  return namedPlace(file).place;
}

/**
 * The province a file's name gives rows that name none. A name that is only a province's
 * ("Hoa Binh viec 2019.csv") gives it to a file of that province's rows — offices in an office
 * column ("Tiền Giang 2019.csv"), or the province's total ("Hà Nam 2019.csv" holding "Toàn
 * tỉnh") — but not to `oneOffice`, a file without an office column whose name is its office
 * (SPEC §3): districts bear provinces' names (Hòa Bình of Bạc Liêu, Quảng Ninh of Quảng Bình).
 * A name that sets the province apart ("Mỹ Lộc - Nam Định") or calls it one ("Cục THADS tỉnh
 * Hòa Bình") gives it to any file.
 */
export function provinceForRows(file: string, oneOffice: boolean): string | null {
  const { place, bare } = namedPlace(file);
  return oneOffice && bare ? null : place.province;
}

/**
 * The province a file's name names in place of an office — the whole name is a province's or its
 * Cục's: "Ninh Binh 2024.xlsx", "Cuc THADS Ninh Binh 2024.xlsx", "BC THADS tinh Ninh Binh nam
 * 2024.csv" — or null. A Cục's workbook so named holds a tab per office, each titled with its
 * office: the name gives that office's province, not a rival office (title-office.ts).
 */
export function provinceNamedAlone(file: string): string | null {
  const { place, alone } = namedPlace(file);
  return alone ? place.province : null;
}

interface NamedPlace {
  readonly place: { readonly office: string; readonly province: string | null };
  /** the province is the whole name, without a word that makes it one ("tỉnh", "Cục") */
  readonly bare: boolean;
  /** the province is the whole name, with or without such a word */
  readonly alone: boolean;
}

function namedPlace(file: string): NamedPlace {
  const base = baseName(file);
  const download = downloadedTab(base);
  if (download === null) return placeOfName(withoutMarks(sheetsWorkbook(base) ?? base));
  const office = placeOfName(withoutMarks(download.tab)).place;
  const workbook = placeOfName(withoutMarks(download.workbook));
  return { place: { office: office.office, province: office.province ?? (workbook.alone ? workbook.place.province : null) }, bare: false, alone: false };
}

function withoutMarks(base: string): string {
  return withoutNoteAfterYear(withoutMonthDigits(withoutQuarterLetter(withoutSentDay(withoutMailPrefix(base)))));
}

/**
 * A quarter's letter beside its year ("Mỹ Lộc Q3-2026", "Q.3-2026", "Q03_2026", "QIII 2026") in
 * words, "quý 3 năm 2026", which the period's note takes away whole as "quy 3-2026"'s: left, the
 * year went alone and "Q3" stayed the office's — "Mỹ Lộc Q3" beside "Mỹ Lộc quy 3-2026" was two
 * offices, a resent quarter added twice. "Q3" without its year may be Quận 3 and stays, and so does
 * a name of nothing else ("Q3 2019").
 */
const QUARTER_LETTER = latinLetters(/(?<![\p{L}\d])q\.?\s?(0?[1-4]|iv|i{1,3})[\s._-]*((?:19|20)\d\d)(?!\d)/giu);
function withoutQuarterLetter(name: string): string {
  // a name that is only "Q3 2019" keeps it: its office is all it names (Quận 3 as much as a quarter)
  return name.replace(QUARTER_LETTER, (w, q: string, y: string, at: number, all: string) =>
    hasLetter(all.slice(0, at)) ? `quý ${/\d/.test(q) ? Number(q) : q} năm ${y}` : w);
}

/**
 * A name whose month is written as digits beside its year ("Quận 3 03.2019", "KV3 03.2026",
 * "Mỹ Lộc 03.2019") with the month in words (monthsAsWords), which the period's note takes away
 * as "T3.2019"'s: left, "03" stayed the office's ("Quận 3 03", round 73a, 04).
 */
function withoutMonthDigits(name: string): string {
  const worded = monthsAsWords(name);
  // "Quận 1 tháng 3.2019": its "tháng" once, else "1 tháng" was read as the note's count and the office "Quận"
  return worded === name ? name : worded.replace(latinLetters(/(?<![\p{L}\d])(tháng|thang)\s+tháng(?=\s)/giu), '$1').replace(/\s+/gu, ' ').trim();
}

/** The money units a file's name states ("Tiền (nghìn đồng) 2019.csv", "BC tien 2019 - ĐVT 1000đ.csv"; two a contradiction): units.ts unitsOfName. */
export function moneyUnitsOfFileName(file: string): readonly MoneyUnit[] {
  return unitsOfName(baseName(file));
}

/** A file's name without its extension, NFC, its eth read as "đ" ("Ðồng Tháp.csv" is Đồng Tháp's: withoutEth). */
function baseName(file: string): string {
  return withoutEth(basename(file, extname(file)).normalize('NFC'));
}

/**
 * The time of day beside a sending day, part of it. After the day: "_20191005_153012", "_1530",
 * "05.10.2019 15.30", "15h30", "15g30p", "9h", "lúc 15:30", "2019-10-05 15-30-12" (report
 * software's and scripts' "yyyyMMdd_HHmmss"). Before it, as Vietnamese writes it ("lúc 15h ngày
 * 08.10.2019", "9h30 05.10.2019", "vào lúc 9 giờ ngày …"): a time marked as one ("h", "g", ":",
 * "giờ"), or any after "lúc" — bare digits before a day ("Quận 10-12 …") may be no time. Left,
 * it was the office's tail and a resend a second office, summed (round 76a, 04; 77b, 03). Not
 * a day's or a range's start ("05.10.2019 - 15.10.2019").
 */
const sentOn = (a: number, b: number) => String.raw`\d{1,2}([._-])\d{1,2}` + `\\${a}` + String.raw`(?:19|20)\d\d|(?:19|20)\d\d([._-])\d{1,2}` + `\\${b}` + String.raw`\d{1,2}`;
const HOUR = String.raw`(?:[01]?\d|2[0-3])`;
/** "9 giờ", "9 giờ 30", "9 giờ 30 phút", "9h sáng": a time in words, and its part of the day */
const SPOKEN_TIME = String.raw`${HOUR}[\s_]*(?:giờ|gio)(?:[\s_]*[0-5]?\d(?:[\s_]*(?:phút|phut|p))?)?`;
const DAY_PART = String.raw`(?:[\s_]*(?:sáng|sang|chiều|chieu|trưa|trua|tối|toi))?`;
const MARKED_TIME = String.raw`(?:${HOUR}(?:[hg:][0-5]\d(?:[:.][0-5]\d|p|ph)?|h|g)|${SPOKEN_TIME})`;
const CLOCK = String.raw`(?:${HOUR}(?:[hg:.-][0-5]\d(?:[:.-][0-5]\d|p|ph)?|h|g)|(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?|${SPOKEN_TIME})`;
const AT = String.raw`(?:(?:vào|vao)[\s_]+)?(?:lúc|luc)[\s_]*`;
const SENT_TIME = latinLetters(new RegExp(
  String.raw`((?<![\p{L}\d])(?:${sentOn(2, 3)}))(?:[\s_]+|-)(?:${AT})?${CLOCK}${DAY_PART}(?![\p{L}\d]|[._:-]\d)` +
  String.raw`|(?<![\p{L}\d])(?:${AT}${CLOCK}|${MARKED_TIME})${DAY_PART}(?:[\s_]*[-,][\s_]*|[\s_]+)(?=(?:(?:ngày|ngay)[\s_]*)?(?:${sentOn(4, 5)})(?![\p{L}\d]))`,
  'giu',
));
/** A dotted name (dottedDays) without the time beside its days: the day stays, read as it was. */
function withoutSentTime(dotted: string): string {
  return dotted.replace(SENT_TIME, (_time: string, day: string | undefined) => day ?? '');
}

/**
 * A whole day in a file's name, with its "ngày" (or "gửi ngày", "ký ngày") and its brackets: "Mỹ
 * Lộc 05.10.2019", "05.10.2019 - Mỹ Lộc", "2019-10-05 Mỹ Lộc", "Mỹ Lộc (ngày 15.10.2019)", "Mỹ Lộc
 * 2019 ngày 15.10.2019", "… ngày gửi 15.10.2019". Only a day of one mark (".", "-" or "_" throughout).
 */
const SENT_DAY = latinLetters(/[([]?\s*(?<![\p{L}\d])(?:(?:gửi|gui|nộp|nop|ký|ky|lập|lap|xuất|xuat)[\s_-]*(?:(?:ngày|ngay)[\s_-]*)?|(?:ngày|ngay)[\s_-]*(?:(?:gửi|gui|nộp|nop|ký|ky|lập|lap|xuất|xuat)[\s_-]*)?)?(?:(?:0?[1-9]|[12]\d|3[01])([._-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d|(?:19|20)\d\d([._-])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12]\d|3[01]))(?![\p{L}\d])\s*[)\]]?/giu);

/**
 * A range of two whole days, with its words and brackets: "01.10.2018 - 30.09.2019", "từ
 * 01.10.2018 đến 30.09.2019", "(01-10-2018 - 30-09-2019)" — the statistics year's bounds, no
 * office's ("Ý Yên từ 01.10" was an office). The name's period is read from the whole name.
 */
const wholeDay = (mark: number) => String.raw`\d{1,2}([._-])\d{1,2}` + `\\${mark}` + String.raw`(?:19|20)\d\d`;
const SENT_RANGE = latinLetters(new RegExp(String.raw`[([]?\s*(?<![\p{L}\d])(?:(?:từ|tu|from)[\s_]*(?:(?:ngày|ngay)[\s_]*)?)?${wholeDay(1)}[\s_]*(?:[-–—]|đến|den|to)[\s_]*(?:(?:ngày|ngay)[\s_]*)?${wholeDay(2)}(?![\p{L}\d])\s*[)\]]?`, 'giu'));
/** A whole day after a range's dash or word ("01.10.2018| - 30.9.2019"): "05.10.2019| - 12 tháng" is a sending day before the period's words. */
const DAY_AFTER = /^[\s_]*(?:[-–—]|đến|den|to)[\s_]*(?:(?:ngày|ngay)[\s_]*)?\d{1,2}[._-]\d{1,2}[._-]\d{2,4}/iu;
/** A bound's word before a day ("từ", "đến", "hết"), or a range's first day and its dash ("01.10.2018 - "): BOUND_BEFORE's, of a whole day. */
const RANGE_BEFORE = latinLetters(/(?<![\p{L}\d])(?:từ|tu|đến|den|hết|het|from|to)[\s_]*(?:(?:ngày|ngay)[\s_]*)?$|\d[._-]\d{1,2}[._-]\d{2,4}[\s_]*[-–—][\s_]*$/iu);
/**
 * A file's name without the day it was sent or saved (SENT_DAY), which names no office: the
 * statistician saves each resend with the day it came ("Mỹ Lộc 05.10.2019.csv" beside "Mỹ Lộc
 * 08.10.2019.csv"): kept, it made the resend a second office, summed (round 69b, 01; 69a, 01).
 * So is a day in any spelling (dottedDays: "ngày 05 tháng 10 năm 2019", "_20191005", "8.10.19"),
 * one without its year ("Mỹ Lộc 08.10"), a range of two days ("01.10.2018 - 30.09.2019"), and a
 * day before the period's words ("Mỹ Lộc 05.10.2019 - 12 tháng"; round 72a, 01, 05). The year
 * the name states is read from the whole name (yearsOfFileName), not from this. So is a day the
 * period ends on after its bound's words (BOUND_DAY: "(số liệu đến 31.3.2019)", "tính đến
 * 30.9.2019") where the name's period is read to that day: cut in its middle, "Mỹ Lộc tính" was a
 * second office, summed (round 74a, 04). One the period reader does not end there ("hết
 * 31.3.2019") stays in sight.
 */
function withoutSentDay(base: string): string {
  const dotted = withoutSentTime(dottedDays(base));
  const dayless = withoutYearlessDay(withoutBoundDay(dotted, dotted.replace(SENT_RANGE, ' '))).replace(SENT_DAY, (day: string, _a: string, _b: string, at: number, all: string) =>
    RANGE_BEFORE.test(all.slice(0, at)) || DAY_AFTER.test(all.slice(at + day.length)) ? day : ' ');
  if (dayless === dotted) return base;
  const without = dayless
    // "Mỹ Lộc_20191005_2": the copy's number stays glued as it was written ("Mỹ Lộc_2", COPY_NUMBER), not " _ 2" (fnames5, 4)
    .replace(/_[\s_]*_(?=\d{1,3}$)/u, '_')
    .replace(/\s*([-–—_,])(?:\s*[-–—_,])+\s*/gu, ' $1 ')
    .replace(/^[\s\-–—_,.]+|[\s\-–—_,.]+$/gu, '')
    .replace(/\s+/gu, ' ');
  return hasLetter(without) ? without : base;
}

/** A whole day after the words of a period's end: "đến 31.3.2019", "(đến ngày 31.03.2019)", "tính đến …", "số liệu (tính) đến …", "as of …". */
const BOUND_DAY = latinLetters(/[([]?\s*(?<![\p{L}\d])(?:(?:tính|tinh)[\s_]+|(?:số[\s_]+liệu|so[\s_]+lieu|sl)[\s_]+(?:(?:tính|tinh)[\s_]+)?)?(?:đến|den|to|hết|het|as[\s_]+of)[\s_]*(?:(?:hết|het)[\s_]*)?(?:(?:ngày|ngay)[\s_]*)?(\d{1,2})([._-])(\d{1,2})\2((?:19|20)\d\d)(?![\p{L}\d])\s*[)\]]?/giu);
/** `name` without a day BOUND_DAY finds where `whole`'s period (periodOfName, as periodOfFileName reads it) ends on it; a range's end ("01.10.2018 đến …") stays SENT_RANGE's. */
function withoutBoundDay(whole: string, name: string): string {
  let end: string | null | undefined;
  return name.replace(BOUND_DAY, (bound: string, d: string, _mark: string, m: string, y: string, at: number, all: string) => {
    if (/\d[._-]\d{1,2}(?:[._-]\d{2,4})?[\s_]*$/u.test(all.slice(0, at))) return bound;
    end ??= periodOfName(whole.normalize('NFC'), null).end;
    return end === `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` ? ' ' : bound;
  });
}

/** A mail client's marks before a forwarded attachment's name: "Re_ ", "RE: ", "Fwd ", "FW_", "TL: " (trả lời). */
const MAIL_PREFIX = latinLetters(/^(?:(?:re|fwd?|tl)(?:\s*[:_]\s*|\s+))+(?=\p{L}|\d)/iu);
function withoutMailPrefix(base: string): string {
  return base.replace(MAIL_PREFIX, '') || base;
}

/**
 * A file's name without what it says after its year, where what is before the year names an
 * office: "Phòng THADS khu vực 1 - 2026 (sửa lần 2)", "… - 2026 - nộp Cục", "… 2026 (ĐC)", "…
 * - 2026_1", "… - 2026 - 05.10.2026" → "Phòng THADS khu vực 1 - 2026". No office's name follows
 * its year: a note typed there by hand is the resend's, whatever its words (round 67c, 01: read
 * as the office's, a resend beside its first version was a third office). Kept whole: a name
 * whose part before the year names no office but a report's or agency's words, a period, a
 * total or a province ("2019 Mỹ Lộc", "BC 2019 Mỹ Lộc", "6 tháng 2019 - Mỹ Lộc", "Ninh Bình
 * 2026 - KV1": the office follows the year), and a name that writes a province after its year
 * ("… - 2026 - Ninh Bình": splitPlace reads it), or a part of a year its period reader does not
 * date ("(nửa đầu năm)"). The year is the first not inside a day's digits.
 */
function withoutNoteAfterYear(base: string): string {
  // a year glued by a mark to the name before it is the name's year ("Mỹ Lộc-2019 (đã ký)", "THADS-KV3-2026",
  // "Mỹ Lộc.2019"), one after a day's or month's digits is not ("05-10-2019"); its closing bracket goes with it
  const year = latinLetters(/^(.*?(?<!\d|(?<![\p{L}\d])\d{1,2}[/.-])(?:19|20)\d\d(?!\d)[)\]]?)(?=[\s\-–—_,.([])(.+)$/su).exec(base);
  if (year === null) return base;
  const [, head, tail] = year as unknown as [string, string, string];
  const before = withoutOfficeReportWords(withoutYear(head));
  const namesOffice = hasLetter(before) && !versionOrPeriod(before, true) && rowLabel(before) !== 'total' && provinceOfFileName(withoutReportWords(before)) === null;
  const province = tail.split(/[,()[\]_]|\s[-–—]\s|^\s*[-–—]/u).some((part) => provinceOfFileName(withoutReportWords(part)) !== null);
  // a part of a year in words the period reader does not date ("(nửa đầu năm)", "(số liệu đến
  // 31.8)") stays in sight, as withoutVersionAndPeriod keeps it: never read as the whole year unseen
  const note = tail.replace(/^[\s\-–—_,.([]+|[\s)\]]+$/gu, '');
  const unreadPart = hasLetter(note) && periodNote(note)?.kind === 'part' && !versionOrPeriod(note, true);
  return namesOffice && !province && !unreadPart ? head : base;
}

/** A file's base name (or a title line read as one) as namedPlace reads it. */
function placeOfName(base: string): NamedPlace {
  let named = PLACES.get(base);
  if (named === undefined) {
    if (PLACES.size >= 1 << 12) PLACES.clear();
    named = splitPlace(withoutOfficeReportWords(withoutCopyAndYear(base)) || withoutCopyAndYear(base) || base, yearFromFileName(base));
    PLACES.set(base, named);
  }
  return named;
}

// Asked once per file by each reader and by collect: remembered (bounded).
const PLACES = new Map<string, NamedPlace>();

function withoutCopyAndYear(base: string): string {
  let name = base.normalize('NFC');
  for (let before = ''; before !== name; ) {
    before = name;
    name = withoutYear(
      withoutVersionAfterYear(name)
        .replace(/\s*\(\d{1,3}\)\s*$/, '')
        // a short name's or a backup's tail ("Mỹ Lộc 2019~1"): no office's, so a copy's
        .replace(/\s*~\d{1,3}\s*$/u, '')
        .replace(COPY_NUMBER, (mark: string, at: number, all: string) => (copyNumbered(all.slice(0, at)) ? '' : mark))
        .replace(SYNC_COPY, '')
        .replace(/\s*[-–_]?\s*(copy|bản sao|ban sao|sao chép|sao chep)(\s*\(?\d{1,3}\)?)?\s*$/iu, '')
        .replace(/^(copy of|bản sao(?: của)?|ban sao(?: cua)?)\s+/iu, '')
        .trim(),
    );
    name = withoutVersionAndPeriod(name);
  }
  return name;
}

/**
 * A copy's number set apart at the end of a name: "Mỹ Lộc_1", "Mỹ Lộc [1]", "Mỹ Lộc - 1" (a
 * download or a save kept beside its first, as "(1)" is) — only after a name that a number does
 * not belong to (copyNumbered): "Quận 1", "Phong_THADS_khu_vuc_1", "Đội - 1" keep theirs. After
 * a whole numbered office it is a copy's again: "Quận 1_1" is "Quận 1", "KV2 - 1" is "KV2"
 * (round 71a, 02: read as a fifth office, a resent report was summed twice).
 */
const COPY_NUMBER = /\s*(?:_\d{1,3}|\[\d{1,3}\]|\s[-–]\s*\d{1,3})\s*$/u;
function copyNumbered(before: string): boolean {
  const f = foldHeader(before);
  if (!hasLetter(f)) return false;
  const office = /^(.*?)\s*\d{1,3}$/u.exec(f);
  if (office !== null) return NUMBERED_BY.test(office[1]!);
  return !NUMBERED_BY.test(f);
}

/**
 * A spreadsheet program's name for a tab nobody named, never an office's: "Sheet1", "Sheet 1",
 * Google Sheets' Vietnamese "Trang tính1" ("Trang tính 1", "Trang_tính1", "Trang tinh1").
 */
const DEFAULT_TAB = String.raw`(?:sheet|trang[\s_]*t[íi]nh)[\s_]*\d{1,3}`;

/**
 * The marks of a copy a program makes: OneDrive's conflict copy "Mỹ Lộc-DESKTOP-7K2J9QF" (the
 * other computer's name, Windows' default "DESKTOP-"/"LAPTOP-" and 7 letters or digits), a name
 * whose extension was typed again ("Mỹ Lộc.csv.csv"), Google Sheets' download of a workbook's tab
 * ("Mỹ Lộc.xlsx - Sheet1.csv") when the tab names no office (else downloadedTab reads it), and of
 * its default tab after " - " whatever the name before it ("Hải Hậu - Trang tính1.csv" of a sheet
 * made in Drive: DEFAULT_TAB). Read as the office, each made one office two (round 69b, 02; 72a, 04).
 */
const SYNC_COPY = new RegExp(String.raw`\s*-\s*(?:DESKTOP|LAPTOP)-[A-Z0-9]{4,15}$|\.(?:csv|xlsx|xlsm|xls|ods)(?:\s+[-–]\s+[^.]+)?$|\s+[-–]\s+(?:${DEFAULT_TAB})$`, 'iu');

/**
 * Google Sheets' download of one tab of an uploaded workbook, "<workbook>.xlsx - <tab>.csv", whose
 * workbook names no office — only a year, a form, a title or a province — and whose tab names one
 * (fileNamesOffice's test), not a default tab: a Cục's workbook of a tab per office, "BC
 * 2019.xlsx - Mỹ Lộc.csv", "Nam Định 2019.xlsx - Mỹ Lộc.csv". The tab is the office; the
 * workbook's name is a title, its year and period read from the whole name, a province it names
 * alone the office's (namedPlace). Read as the workbook, the office was lost or named after the
 * province (round 72a, 02). The workbook's name decides first: an office's own workbook ("Mỹ Lộc
 * 2019.xlsx - Số liệu.csv", "Chi cục THADS huyện Vụ Bản.xlsx - Data.csv") is that office, its tab
 * only a sheet's name, whatever the template called it — read as the office, the tab made a copy
 * beside its workbook a second office, summed, and every office's "- Số liệu" one office (round
 * 73a, 01, 05). A tab that names none ("Sheet1", "2019", "Việc", "6 tháng", "Sửa") leaves the
 * workbook the office too (SYNC_COPY).
 */
const SHEETS_TAB = new RegExp(String.raw`^(.*?\p{L}.*?)\.(?:xlsx|xlsm|xls|ods)\s+[-–]\s+(.+)$`, 'iu');
function downloadedTab(base: string): { readonly workbook: string; readonly tab: string } | null {
  const parts = officeTab(base);
  if (parts === null) return null;
  return workbookNamesOffice(parts.workbook) ? null : parts;
}

/** A tab's download whose tab may be an office: not a default tab, a period's, a version's or a measure's ("Sheet1", "6 tháng", "Sửa", "Việc"). */
function officeTab(base: string): { readonly workbook: string; readonly tab: string } | null {
  const parts = SHEETS_TAB.exec(base);
  if (parts === null) return null;
  const [, workbook, tab] = parts as unknown as [string, string, string];
  const note = withoutYear(tab).replace(/^[\s\-–—_,.([]+|[\s\-–—_,.)\]]+$/gu, '');
  const unnamed = new RegExp(String.raw`^(?:${DEFAULT_TAB})$`, 'iu').test(tab.trim()) || TEMPLATE_TAB.test(foldHeader(tab)) || versionOrPeriod(note, true);
  return unnamed || !namesOffice(tab) ? null : { workbook, tab };
}

/**
 * A tab a template named, folded: "Số liệu", "Dữ liệu", "Data", "Kỳ này", "Cùng kỳ", "Biểu 01", "BM01",
 * "Mẫu", "Mẫu số 01" — no office's, whatever the workbook's name: "Hòa Bình 2019.xlsx - Số liệu.csv" is TP
 * Hòa Bình's workbook named by the province's name alone; read as an office "Số liệu", its tab "Sheet1"
 * beside it was a second office, summed (fnames5, 5). The workbook's name is then the office.
 */
const TEMPLATE_TAB = /^(?:so lieu|du lieu|data|ky nay|cung ky|ky truoc|bieu(?: so)?(?: ?\d{1,3}[a-z]?)?|bm(?: ?\d{1,3}[a-z]?)?|mau(?: so)?(?: ?\d{1,3}[a-z]?)?)$/;

/** The workbook's name of a tab's download whose tab is no office ("Mỹ Lộc.xlsx - Biểu 01.TT05": a tab's dot is no extension's). */
function sheetsWorkbook(base: string): string | null {
  return SHEETS_TAB.exec(base)?.[1] ?? null;
}

/** Whether a downloaded tab's workbook names an office: a name left after its marks, year and report words that is neither a province alone nor a total ("Nam Định 2019", "Tổng hợp 2019" name none). */
function workbookNamesOffice(workbook: string): boolean {
  const name = withoutMarks(workbook);
  const { place, alone } = placeOfName(name);
  // a period alone ("Năm 2019", "6 tháng đầu năm 2019", "Quý III 2019", "Bán niên 2019") names none
  const period = versionOrPeriod(place.office, true) || versionOrPeriod(withoutYear(name), true) || PERIOD_WORKBOOK.test(foldHeader(place.office));
  return namesOffice(name) && !alone && rowLabel(place.office) !== 'total' && !period && !NATIONAL_WORKBOOK.test(foldHeader(place.office));
}

/**
 * The national Department's names, folded, as "Tổng cục" is before 1/7/2025 (a total's label):
 * "Cục Quản lý THADS", "Cục QLTHADS", "Cục Quản lý thi hành án dân sự", "Bộ Tư pháp" — no
 * office's. Its workbook of a tab per province ("Cục Quản lý THADS 2026.xlsx - Gia Lai.csv") is
 * named by its tab: read as the workbook, every tab was one office, two refused as a duplicate
 * and one without its province's target (round 77b, 02).
 */
const NATIONAL_UNIT = String.raw`(?:cuc )?(?:quan ly |ql ?)${AGENCY_NAME}|bo tu phap|btp`;
const NATIONAL_WORKBOOK = new RegExp(String.raw`^(?:${NATIONAL_UNIT})(?: (?:${NATIONAL_UNIT}))*$`);

/** What is left of a workbook named by its period alone, folded: "Năm (thống kê)", "Cả năm", "Bán niên", "Sơ kết", "Tổng kết", "Niên độ", "đầu (năm)". */
const PERIOD_WORKBOOK = /^(?:(?:bc|bao cao|ca|nam|thong ke|so ket|tong ket|ban nien|nien do|dau|cuoi|nua)(?: |$))+$/;

/**
 * A file's marks of its version (folded), a correction's (CORRECTED) and a resend's (RESENT) the
 * same as a note of an office's row carries, the rest a file's own: "(sửa)",
 * "_sua", "(đã sửa)", "bản sửa", "sửa lại", "(bản hiệu chỉnh)", "đã chỉnh", "bản cuối", "(bản)
 * chốt", "chốt số liệu", "(bản) hoàn chỉnh", "bản chuẩn", "số liệu mới", "bản in", "(bản) sao
 * chép", "(bản sao)", "v2", "v1.2", "ver 2", "final", "- gửi Cục", "revised", "update", a signed
 * copy's "đã ký", "(bản) ký số", "bản ký", "có chữ ký", Excel's "(Autosaved)", the day it
 * was sent "gửi ngày 8 tháng 10", "cap-nhat-ngay-8-thang-10" (an office "Mỹ Lộc - gửi ngày 8"
 * before: compared with no last year), a correction's "đính chính", "bản đúng", "số liệu đúng",
 * "mới nhất", "fix(ed)", "new", "latest" — each also after "BC" ("BC sửa - Mỹ Lộc"), several in a
 * row ("đã ký chính thức"), and with the resend's count ("sửa lần 2", "đính chính lần thứ 2",
 * "sửa 2": round 72a, 03 read "Mỹ Lộc (sửa lần 2)" as a second office, summed): no office's name
 * ends in them. "Mới", "chuẩn", "đúng" only set apart by brackets or a dash, or after the year
 * (withoutVersionAfterYear): "Chợ Mới" is an office.
 */
const VERSION_MARK = String.raw`${CORRECTED}|${RESENT}|(?:ban )?(?:da )?ky so|da ky|ban ky|(?:ban )?co chu ky|autosaved|autorecovered|ban (?:in|sao)|(?:ban )?sao chep|new|(?:da )?gui(?: cuc| tinh)?|(?:(?:da )?gui|cap nhat|sua)?(?: ?ngay)? ?\d{1,2} thang \d{1,2}`;
/** The how-many-th of a resend after its marks: "sửa lần 2", "đính chính lần thứ 2", "sửa 2". */
const RESEND_COUNT = String.raw`(?:lan (?:thu )?)?\d{1,2}`;
const FILE_VERSION = new RegExp(String.raw`^(?:bc |bao cao )?(?:${VERSION_MARK})(?: (?:${VERSION_MARK}))*(?: ${RESEND_COUNT})?$`);
const FILE_VERSION_APART = /^(?:(?:ban )?moi|chuan|dung)$/;
/** "(ĐC)" (điều chỉnh, corrected) only in brackets: "dc-…" may be a name's own letters. */
const FILE_VERSION_BRACKETED = new RegExp(String.raw`^dc(?: ${RESEND_COUNT})?$`);

/**
 * A name without a version's note written after its year ("Chợ Mới 2019 mới", "Mỹ Lộc 2019
 * chuẩn" → "… 2019"): after the year even a word an office's name may end in is the file's
 * version, as one set apart by a dash is (FILE_VERSION_APART); before it, "Chợ Mới 2019", the
 * name's own. Also a title's office line's (title-office.ts).
 */
export function withoutVersionAfterYear(name: string): string {
  // the last year, not a day's ("… TỪ 01/10/2018 ĐẾN 30/9/2019" is one period)
  const year = /^(.*(?<!\d|\d[/.-])(?:19|20)\d\d)(?!\d)(?=[\s\-–—_,([])(.*)$/su.exec(name);
  if (year === null || /(?:19|20)\d\d/u.test(year[2]!)) return name;
  const head = year[1]!;
  const note = year[2]!.replace(/^[\s\-–—_,([]+|[\s)\]]+$/gu, '');
  return hasLetter(head.replace(/(?:19|20)\d\d/gu, '')) && hasLetter(note) && versionOrPeriod(note, true) ? head : name;
}

/** Whether a note of a file's name is its version's or its period's, not its office's (periodNote, versionOfCell read the period and version). */
function versionOrPeriod(note: string, apart: boolean): boolean {
  // no version's or period's note is that long (LONGEST_NAME)
  if (note.length > LONGEST_NAME) return false;
  const f = foldHeader(note);
  if (f === '') return false;
  if (FILE_VERSION.test(f) || (apart && FILE_VERSION_APART.test(f)) || versionOfCell(note) !== null) return true;
  const period = periodNote(englishMonths(monthsOfYearInWords(note)));
  // a part of a year only where the name's period reader dates it ("6 tháng", "6T", "Quý I"; any
  // year will do to ask): "(nửa đầu năm)", "(lũy kế)" it does not read stay, never read as a year
  const dated = (p: StatedPeriod) => p.start !== null || p.end !== null;
  return period !== null && (period.kind === 'year' || period.kind === 'version' || (period.kind === 'part' && dated(periodOfName(note, 2019))));
}

/** A note's start within a day ("30/9/|2019") or after a bound's word ("đến |30/9/2019"); an end's bound after a day is the range's ("01/10/2018 |đến …"). */
const INSIDE_DAY = latinLetters(/\d[/.]$|(?<![\p{L}\d])(?:từ|tu|đến|den|ngày|ngay)\s+$/iu);

/** A note's first word. */
const NOTE_WORD = latinLetters(/^[\p{L}\p{N}]+/u);

/** A note that is a version's only (FILE_VERSION, versionOfCell), not a period's: a run of them is one note. */
function versionNote(note: string): boolean {
  if (note.length > LONGEST_NAME) return false;
  const f = foldHeader(note);
  return f !== '' && (FILE_VERSION.test(f) || versionOfCell(note) !== null);
}

/**
 * A name without the notes of its version or period at its end or its start — "Phòng THADS khu
 * vực 1 - (sửa)", "Mỹ Lộc - bản cũ", "Mỹ Lộc v2", "Mỹ Lộc 12 tháng", "… - 6T", "6 tháng -
 * Phòng THADS khu vực 1" → the office — the shortest such note each time, so "khu vực 1 - 12
 * tháng" keeps its "1"; but a version's note whole, the longest run of words that is one ("Tân
 * Châu bản sửa", "… đã sửa" → "Tân Châu", not "Tân Châu bản"), short of a word that ends an
 * office's name ("Vụ Bản đã sửa": wordEndsName). Also a title's office line's (title-office.ts).
 * The file's period is still read from its whole name (periodOfFileName). A name that would be
 * left without a letter stays as it is.
 */
export function withoutVersionAndPeriod(name: string): string {
  const starts = [...name.matchAll(latinLetters(/[\p{L}\p{N}]+/gu))].map((t) => t.index);
  // a note set apart: in brackets, or after (before) a dash, underscore or comma
  const apartAfter = (head: string) => /[-–—_,([]\s*$/u.test(head);
  const apartBefore = (tail: string) => /^[)\]]?\s*[-–—_,]/u.test(tail);
  const clean = (s: string) => s.replace(/^[\s\-–—_,.)\]]+|[\s\-–—_,.([]+$/gu, '').trim();
  // a bracket whose close went with its year ("khu vực 4 (6 tháng 2026)" → "… (6 tháng": withoutYear)
  // is still its note's whole: read from its word after "khu vực", "4 (6 tháng" took the office's number
  const bracket = /^(.*?)\s*[([]([^()[\]]*)[)\]]?\s*$/u.exec(name);
  if (bracket && hasLetter(clean(bracket[1]!)) && (versionOrPeriod(bracket[2]!, true) || FILE_VERSION_BRACKETED.test(foldHeader(bracket[2]!)))) return clean(bracket[1]!);
  const tailStarts = starts.slice(1).reverse();
  // where every note at the end stops: its trailing marks cut as each note's are below
  const end = name.replace(/[\s)\]]+$/u, '').length;
  for (const [i, at] of tailStarts.entries()) {
    // each earlier start's note is longer still: none of them is one (versionOrPeriod)
    if (end - at > LONGEST_NAME) break;
    const head = name.slice(0, at);
    // a bracket's words are its note's whole: "(bản hiệu chỉnh)", not "hiệu chỉnh)"
    if ((head.match(/[([]/gu)?.length ?? 0) > (head.match(/[)\]]/gu)?.length ?? 0)) continue;
    // nor a day's part, nor a day without its bound: "từ 01/10/2018 đến 30/9/2019" whole, not "2019"
    const note = name.slice(at).replace(/[\s)\]]+$/u, '');
    if (INSIDE_DAY.test(head) || (/\d\s*$/u.test(head) && /^(?:đến|den)\s/iu.test(note))) continue;
    if (!hasLetter(clean(head)) || !versionOrPeriod(note, apartAfter(head))) continue;
    // nor a note that takes a name's own last word: "Vụ Bản ký", "Vụ Bản đúng" are no "Vụ" (wordEndsName)
    if (wordEndsName(name.slice(0, at) + (NOTE_WORD.exec(note)?.[0] ?? ''))) continue;
    // a version's note grows by the words before it while they are still one ("sửa" → "bản sửa")
    let cut = at;
    if (versionNote(note)) {
      for (const earlier of tailStarts.slice(i + 1)) {
        if (end - earlier > LONGEST_NAME) break;
        const longer = name.slice(earlier).replace(/[\s)\]]+$/u, '');
        if (!hasLetter(clean(name.slice(0, earlier))) || wordEndsName(name.slice(0, cut)) || !versionNote(longer)) break;
        cut = earlier;
      }
    }
    // "first" of "first 6 months" is the note's ("Nam Dinh first 6 months 2025" → "Nam Dinh")
    const first = latinLetters(/(?<![\p{L}\d])first[\s_-]+$/iu).exec(name.slice(0, cut));
    if (first && hasLetter(clean(name.slice(0, first.index))) && englishMonths(`first ${name.slice(cut)}`) !== `first ${name.slice(cut)}`) cut = first.index;
    return clean(name.slice(0, cut));
  }
  const leadNote = (at: number) => name.slice(0, at).replace(/^[\s([]+|[\s\-–—_,)\]]+$/gu, '');
  for (const [i, at] of starts.slice(1).entries()) {
    const lead = name.slice(0, at);
    const note = leadNote(at);
    // each later start's note is longer still: none of them is one (versionOrPeriod)
    if (note.length > LONGEST_NAME) break;
    if (!hasLetter(clean(name.slice(at))) || !versionOrPeriod(note, apartBefore(name.slice(starts[0]! + note.length)) || /^[([]/u.test(lead))) continue;
    // a version's note grows by the words after it while they are still one ("Gửi" → "Gửi lại - …")
    let cut = at;
    if (versionNote(note)) {
      for (const later of starts.slice(i + 2)) {
        if (!hasLetter(clean(name.slice(later))) || !versionNote(leadNote(later))) break;
        cut = later;
      }
    }
    return clean(name.slice(cut));
  }
  return name;
}

/**
 * What separates a province from its office in a file name: a comma, a spaced dash, "tỉnh" — but
 * after a whole's word ("Toàn tỉnh Nam Định", "Cả tỉnh …") the "tỉnh" is the whole's, the part
 * after it: split before it, "Toàn tỉnh Nam Định 2019" was an office "Toàn", added to the
 * offices its whole already holds (round 77b, 01).
 */
const WHOLE_WORD = String.raw`(?:^|[^\p{L}\d])(?:toàn|toan|cả|ca)`;
const PLACE_PART = latinLetters(new RegExp(String.raw`\s*,\s*|\s+[-–—]\s+|(?<!\s|${WHOLE_WORD})\s+(?=(?:tỉnh|tinh)\s)|(?<=${WHOLE_WORD}\s+(?:tỉnh|tinh))\s+`, 'giu'));

/**
 * Words before a province's name that make it one (folded): "Cục THADS tỉnh …", "Tỉnh …", and
 * the Cục's own shortenings "CTHADS …", "CTHA …", "Cục …" ("CTHADS Nam Định 2019" is the Cục's
 * workbook of a tab per office: read as an office "CTHADS Nam Định", every tab was that one
 * office, round 76a, 03).
 */
const PROVINCE_WORDS = new RegExp(String.raw`^(?:(?:cuc(?: ${AGENCY_NAME})?|${AGENCY_NAME_SPELLED}|${CUC_GLUED.join('|')})(?: tinh)?|tinh) `);

function splitPlace(name: string, year: number | null): NamedPlace {
  const at = (office: string, province: string | null, bare = false, alone = false) => ({ place: { office, province }, bare, alone });
  const plain = withoutReportWords(name);
  const agency = PROVINCE_WORDS.exec(foldHeader(plain));
  const whole = provinceOfFileName(plain) ?? agencyProvince(plain);
  // "TP Nam Định", "Thành phố Bến Tre", "Thị xã Quảng Trị": the city's office that bears its province's
  // name, no province alone (a tab of its workbook is no office); "TP Hồ Chí Minh" is a province
  if (whole !== null && namesOfficeLikeProvince(name, year)) return at(name, whole, true);
  if (whole !== null) return at(name, whole, agency === null, true);
  const marks = [...name.matchAll(PLACE_PART)];
  if (marks.length === 0) return provinceAfterOffice(name) ?? at(name, null);
  const last = marks[marks.length - 1]!;
  const head = name.slice(0, last.index).trim();
  const after = name.slice(last.index + last[0].length).trim();
  const tail = provinceOfFileName(after);
  if (tail !== null && head !== '') {
    // both sides a province's name, the tail a district of the head's bearing another province's
    // ("Quảng Bình - Quảng Ninh 2019"): that district's office of the head's province — read as the
    // office "Quảng Bình" of a province Quảng Ninh, its figures were ranked as a province's unseen
    const lead = provinceOfFileName(head);
    if (lead !== null && isDistrictNamedLikeProvince(after, lead)) return at(after, lead);
    return at(head, tail);
  }
  const first = marks[0]!;
  const rest = name.slice(first.index + first[0].length).trim();
  const lead = provinceOfFileName(name.slice(0, first.index));
  if (lead !== null && rest !== '') return at(rest, lead);
  // the sender's Cục before its office: "Cục Nam Định - Mỹ Lộc", "Cục THADS tỉnh Nam Định - Mỹ Lộc" (its
  // "tỉnh" a mark too) — read whole, the office was "Cục … - Mỹ Lộc" of no province (fnames5, 4)
  for (const mark of marks) {
    // a Cục's words and its province are no longer than a name (LONGEST_NAME)
    if (mark.index > LONGEST_NAME) break;
    const cuc = agencyProvince(withoutReportWords(name.slice(0, mark.index)));
    const office = name.slice(mark.index + mark[0].length).trim();
    if (cuc !== null && office !== '' && provinceOfFileName(withoutReportWords(office)) === null) return at(office, cuc);
  }
  return provinceAfterOffice(name) ?? at(name, null);
}

/**
 * A province written after the office's own words with no mark between ("KV1 Ninh Bình", "Khu vuc 3
 * Ninh Binh", "KV1_Hue", "Phong THADS KV3 Ninh Binh", "Mỹ Lộc Nam Định", "Chi cục Quảng Ninh Quảng
 * Bình"): the office's province, as it is after a dash ("KV1 - Ninh Bình"). Read whole, "KV1 Ninh
 * Bình" was an office its own title ("PHÒNG THADS KHU VỰC 1") was refused beside (work97c 04): after
 * 1/7/2025 a khu vực's number is its name in every province, so staff add the province. The widest
 * province written last; only where what is before it names one office on its own — a name or a
 * number beside its unit's words (OFFICE_UNIT_WORDS), not a unit's words alone: "Huyện Phú Yên",
 * "Chi cục Quảng Ninh", "Thị xã Phú Thọ" are the offices those districts' names make, no province.
 */
// ("T.P", "T.X" fold to "t p", "t x": read as an office "T.X" of Phú Thọ, "T.X Phú Thọ 2019.csv" was a second thị xã, exit 0)
const OFFICE_UNIT_WORDS = new RegExp(String.raw`(^| )(?:${AGENCY_NAME}|chi cuc|cc|cuc|phong|van phong|vp|thanh pho|tp|t p|thi xa|tx|t x|thi tran|quan|huyen|khu vuc|kv|pkv)(?= |$)`, 'g');
/** An agency's or a level's words opening what follows an office's first words: the office's own name goes on ("Chi cục THADS thành phố Nam Định"), no province after it. */
const OPENS_OFFICE_WORDS = new RegExp(String.raw`^(?:${AGENCY_NAME}|chi cuc|cc|cuc|phong|van phong|vp|thi xa|tx|thi tran|quan|huyen|khu vuc|kv|pkv)(?= |$)`);
function provinceAfterOffice(name: string): NamedPlace | null {
  // a province in brackets is the office's own qualifier ("Châu Thành (Tiền Giang)"): read as it was
  if (/[()[\]]/u.test(name)) return null;
  const end = name.trimEnd().length;
  for (const token of name.matchAll(latinLetters(/[\p{L}\p{N}]+/gu))) {
    if (token.index === 0) continue;
    // no province's name is that long (LONGEST_NAME): only a start near the end can begin one
    if (end - token.index > LONGEST_NAME) continue;
    const rest = name.slice(token.index).trim();
    if (OPENS_OFFICE_WORDS.test(foldHeader(rest))) continue;
    const province = provinceOfFileName(rest);
    if (province === null) continue;
    const office = name.slice(0, token.index).replace(/[\s_.]+$/u, '');
    const own = foldHeader(office).replace(OFFICE_UNIT_WORDS, ' ').trim();
    return /[\p{L}\p{N}]/u.test(own) && namesOneOffice(office) ? { place: { office, province }, bare: false, alone: false } : null;
  }
  return null;
}

/** The province a Cục's words name ("Cục Nam Định", "CTHADS tỉnh Nam Định": PROVINCE_WORDS and a province's name, nothing else), or null. */
function agencyProvince(plain: string): string | null {
  const agency = PROVINCE_WORDS.exec(foldHeader(plain));
  return agency === null ? null : provinceOfFileName(plain.split(' ').slice(agency[0].trim().split(' ').length).join(' '));
}


/**
 * An office's name without the words of its measure and form, its other words and marks as
 * written: "Mỹ Lộc - việc" → "Mỹ Lộc", "Biểu 07 - Phòng THADS khu vực 1" → "Phòng THADS khu vực 1";
 * and without an agency's words where nothing else is left ("BC THADS viec": no office).
 * (withoutReportWords, for a province, also drops numbers: an office's "khu vực 1" keeps them.)
 */
function withoutOfficeReportWords(name: string): string {
  const tokens = [...name.matchAll(latinLetters(/[\p{L}\p{N}]+/gu))];
  const written = tokens.map((t) => t[0]);
  const words = written.map(foldHeader);
  const dropped = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (measureWord(written, words, i) !== null || measuresJoin(written, words, i)) dropped.add(i);
    else {
      // a word before a dash, a comma or a bracket ends a part of the name ("BC năm - Mỹ Lộc")
      const partEnds = (k: number) => /[-–—_,()[\]]/u.test(name.slice(tokens[k]!.index + written[k]!.length, tokens[k + 1]?.index ?? name.length));
      const form = formWords(words, i, partEnds);
      for (let k = 0; k < form; k++) dropped.add(i + k);
      if (form > 0) i += form - 1;
    }
  }
  // "BC THADS viec 2019", "CTHADS 2019": the sender's agency words, when they are all that is left, name no office
  const kept = words.filter((w, i) => !dropped.has(i) && !/^\d+$/.test(w));
  if (kept.length > 0 && AGENCY_WORDS.test(kept.join(' '))) words.forEach((w, i) => !/^\d+$/.test(w) && dropped.add(i));
  const cut = (gone: ReadonlySet<number>) => {
    if (gone.size === 0) return name;
    let out = '';
    let at = 0;
    tokens.forEach((t, i) => {
      if (!gone.has(i)) return;
      // the mark joining two dropped words ("việc&tiền", "việc + tiền") goes with them
      const between = name.slice(at, t.index);
      out += i > 0 && gone.has(i - 1) && /^\s*[&+]\s*$/u.test(between) ? ' ' : between;
      at = t.index + t[0].length;
    });
    out += name.slice(at);
    return out
      // the brackets a dropped word leaves empty ("Mỹ Lộc (việc)", "Mỹ Lộc (tổng hợp)"): no office's "Mỹ Lộc ()"
      .replace(/[([]\s*[)\]]/gu, ' ')
      .replace(/\s*([-–—_,])(?:\s*[-–—_,])+\s*/gu, ' $1 ')
      .replace(/^[\s\-–—_,.]+|[\s\-–—_,.]+$/gu, '')
      .replace(/\s+/gu, ' ')
      .trim();
  };
  const named = cut(dropped);
  // "tổng hợp" (a summary) beside ONE office's name is its report's word ("Mỹ Lộc tổng hợp 2024",
  // "Tổng hợp - Mỹ Lộc": round 93a, 05 read an office "Mỹ Lộc tổng hợp", refused beside its own
  // title); alone, or beside a province, a whole, a Cục, a section or several offices ("Tổng hợp
  // 2019", "Tổng hợp Nam Định", "Tổng hợp các Chi cục", "… Mỹ Lộc và Vụ Bản") it names a total,
  // as before (fileNamesTotal), as a title's "BÁO CÁO TỔNG HỢP" needs its whole's words (titleNamingTotal).
  const summary = words.flatMap((w, i) => (w === 'tong' && words[i + 1] === 'hop' && !dropped.has(i) ? [i, i + 1] : []));
  if (summary.length === 0) return named;
  const office = cut(new Set([...dropped, ...summary]));
  return namesOneOffice(office) ? office : named;
}

/** Several offices' names joined ("Mỹ Lộc và Vụ Bản", "Mỹ Lộc, Vụ Bản", "… & …"), or a breakdown's "theo …", "các …". */
const SEVERAL = /(?:^| )(?:va|and|theo|cac)(?: |$)/;
/** What is left of a file's name names one office: not a total, section or province, not the Cục or the agency alone, not several. */
function namesOneOffice(name: string): boolean {
  const f = foldHeader(name);
  if (!hasLetter(name) || /[,&+;]/u.test(name) || SEVERAL.test(f) || AGENCY_WORDS.test(f)) return false;
  const plain = withoutReportWords(name);
  return rowLabel(name) === 'office' && provinceOfFileName(plain) === null && agencyProvince(plain) === null && PROVINCE_WORDS.exec(foldHeader(plain)) === null;
}

/** The measure a file name announces: "2019_viec.csv", "cases-2019.csv", "tien.csv". */
export function measureFromFileName(file: string): Measure | null {
  return measureOfName(baseName(file));
}

/** The measure a name as written announces — a file's without its extension, a sheet's tab ("Việc", "Tiền (đồng)", "Bieu 07 Viec"). */
export function measureOfName(name: string): Measure | null {
  // The words as written (NFC, lower case) beside their folded forms: "tiến độ" (progress),
  // "tiễn" fold to "tien" as "tiền" does; only the written tone tells them apart ("tien"
  // without tones may be either: read as money, as "tiền" is, unless a place name follows).
  const written = nameWords(withoutEth(name.normalize('NFC')));
  const words = written.map(foldHeader);
  const measures = new Set(written.map((_, i) => measureWord(written, words, i)));
  const cases = measures.has('cases');
  const money = measures.has('money');
  return cases === money ? null : cases ? 'cases' : 'money';
}

function nameWords(name: string): string[] {
  return name.normalize('NFC').split(latinLetters(/[^\p{L}\p{N}]+/u)).filter((w) => w !== '');
}

/**
 * "q1" … "q4" beside no year ("q1-viec-2019.csv"): Ho Chi Minh City's Quận 1 as much as a
 * quarter; read as a quarter it made a year's report a half-year's (round 32, 05). A quarter
 * in a name is written beside its year ("Q1-2019", "2019_Q1") or after "quý".
 */
function districtNumber(folded: readonly string[], i: number): boolean {
  if (!/^q[1-4]$/.test(folded[i]!)) return false;
  const year = (w: string | undefined) => w !== undefined && /^(19|20)\d\d$/.test(w);
  return !year(folded[i - 1]) && !year(folded[i + 1]);
}

/** The measure word i of a name is ("việc", "cases", "tiền", "money"), or null. */
function measureWord(written: readonly string[], words: readonly string[], i: number): Measure | null {
  const w = words[i]!;
  if (w === 'viec' || w === 'cases') return 'cases';
  const tien = w === 'tien' && ['tiền', 'tien'].includes(written[i]!.toLowerCase()) && !TIEN_PLACES.has(words[i + 1] ?? '');
  return w === 'money' || tien ? 'money' : null;
}

/**
 * Whether word i of a name joins or leads its measures' words — "và" (va, and) between two, "về"
 * (ve) before one: "việc và tiền" (the paired report of cases and money), "về việc và về tiền",
 * "tiền và việc" — no office's word, as the measures' are not: left in, "Báo cáo thống kê việc và
 * tiền năm 2024 - Mỹ Lộc" was an office "và" and "Mỹ Lộc việc và tiền" one "Mỹ Lộc và" (work97a
 * 03). Only beside a measure's word: "Mỹ Lộc và Vụ Bản", "6 tháng và cả năm" keep their "và".
 */
function measuresJoin(written: readonly string[], words: readonly string[], i: number): boolean {
  const measure = (k: number) => k >= 0 && k < words.length && measureWord(written, words, k) !== null;
  if (words[i] === 've') return measure(i + 1);
  return (words[i] === 'va' || words[i] === 'and') && measure(i - 1) && (measure(i + 1) || (words[i + 1] === 've' && measure(i + 2)));
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
    if (measureWord(written, words, i) !== null || measuresJoin(written, words, i) || /^\d+$/.test(w)) continue;
    const form = formWords(words, i);
    if (form > 0) i += form - 1;
    else kept.push(written[i]!);
  }
  return kept.join(' ');
}

const FORM_NUMBER = /^\d{1,3}[a-z]?$/;
/** "chấp hành viên", "CHV" (folded): the by-enforcer form's words (TT 05/2024, DOMAIN.md). */
const ENFORCER_WORDS = ['chv', 'chap hanh vien'];

/**
 * A report's words in a file's name, folded, which name no office: "BC", "Báo cáo" ("BaoCao"
 * glued by a script or a template's file name, fnames5, 4), "kết quả", "KQ", "thống kê", "TK",
 * "BCTK", "số liệu" (reportWordHere says where). Read as an office's, "Báo cáo thống kê năm 2019 -
 * Mỹ Lộc" was an office "thống kê" (round 68a, 01), "KQ Mỹ Lộc 2024", "Mỹ Lộc số liệu 2024" and
 * "Mỹ Lộc TK 2024" refused beside their own titles (round 93a, 05). The others around an office's
 * name are each read where its kind is: "tổng hợp" beside one office (withoutOfficeReportWords),
 * "cuối năm"/"cả năm"/"năm 2024" the year's (withoutYear), "12 tháng" a period's and "chính
 * thức", "final", "v2" a version's (withoutVersionAndPeriod), "(1)" a copy's (withoutCopyAndYear),
 * "Biểu 07", "Mẫu số 01", "TT05" a form's (formWords).
 */
const REPORT_WORDS = ['bc', 'baocao', 'bao cao', 'ket qua', 'kq', 'bctk', 'thong ke', 'tk', 'so lieu'].map((r) => r.split(' '));
/** A unit's word before initials ("Q TK", "H KQ"): a place's initials, no report's. */
const UNIT_BEFORE_INITIALS = new Set(['q', 'quan', 'h', 'huyen', 'tx', 'tp', 'tt', 'p', 'phuong', 'x', 'xa']);
/**
 * Words after "số liệu" that make it a note of its period, version or comparison, kept in sight
 * as the period reader reads them: "(số liệu đến 31.8)", "số liệu năm trước", "số liệu cùng kỳ",
 * "số liệu 6 tháng", "số liệu tính đến …", "số liệu chốt".
 */
const DATA_NOTE = new Set(['den', 'tinh', 'het', 'nam', 'cung', 'ky', 'thang', 'quy', 'dau', 'cuoi', 'nua', 'luy', 'trong', 'tu', 'ngay', 'so', 'tang', 'chenh', 'chot', 'moi', 'chuan', 'dung', 'chinh', 'cu', 'truoc', 'as', 'to']);
function reportWordHere(words: readonly string[], i: number, report: readonly string[]): boolean {
  const w = report.join(' ');
  if ((w === 'tk' || w === 'kq') && UNIT_BEFORE_INITIALS.has(words[i - 1] ?? '')) return false;
  if (w !== 'so lieu') return true;
  const next = words[i + 2];
  return next === undefined || (!/^\d/u.test(next) && !DATA_NOTE.has(next));
}

/**
 * How many of a name's folded words from i are a report's form's words, which name no office
 * nor province (0: none) — its kind: "BC", "Báo cáo", "kết quả", "BC12T" (a report of 12 months glued, "KV1_BC12T_2026"); its form with its number:
 * "Biểu" (with or without one), "Biểu 07", "Biểu số 07a", "bieu07", "Mẫu 04", "Mẫu số 04",
 * "mau04" ("Mẫu" alone is left: "Mẫu Sơn"); its circular: "TT05", "TT 05" (of "TT05-2024";
 * "TT" alone is a thị trấn's); the by-enforcer form's "CHV", "chấp hành viên", "theo CHV".
 */
function formWords(words: readonly string[], i: number, partEnds: (k: number) => boolean = () => false): number {
  const w = words[i]!;
  const numbered = (at: number) => (words[at] === 'so' && FORM_NUMBER.test(words[at + 1] ?? '') ? 2 : FORM_NUMBER.test(words[at] ?? '') ? 1 : 0);
  const enforcer = (at: number) => {
    const found = ENFORCER_WORDS.find((e) => words.slice(at, at + e.split(' ').length).join(' ') === e);
    return found === undefined ? 0 : found.split(' ').length;
  };
  // "BC năm", "báo cáo năm" ending a name or its part: the year-end report without its year, no office's
  // "năm" ("Mỹ Lộc - năm" was a second office, summed, round 74a, 05); "BC Năm Căn" keeps its office
  const report = w === 'bc' ? 1 : w === 'bao' && words[i + 1] === 'cao' ? 2 : 0;
  if (report > 0 && words[i + report] === 'nam' && (i + report === words.length - 1 || partEnds(i + report))) return report + 1;
  if (/^bc\d{1,2}(?:t|thang)$/.test(w) || /^(?:bieu|mau)\d+[a-z]?$/.test(w) || /^tt\d{1,3}$/.test(w)) return 1;
  const said = REPORT_WORDS.find((r) => r.every((x, k) => words[i + k] === x));
  if (said !== undefined && reportWordHere(words, i, said)) return said.length;
  if (w === 'bieu') return 1 + numbered(i + 1);
  if (w === 'mau') return numbered(i + 1) > 0 ? 1 + numbered(i + 1) : 0;
  if (w === 'tt') return FORM_NUMBER.test(words[i + 1] ?? '') ? 2 : 0;
  if (w === 'theo' && enforcer(i + 1) > 0) return 1 + enforcer(i + 1);
  return enforcer(i);
}

/**
 * "Tiền"/"Tiên" that begins a place name, not the money of a report: "Tiền Giang - 2019.csv",
 * "Tiền Hải.csv" (a district's own file, with headers that name no measure, would otherwise be
 * read as money). The syllable after it, folded.
 */
// Tiền Giang, Tiền Hải, Tiên Du, Tiên Lãng, Tiên Lữ, Tiên Phước, Tiên Yên, Tiên Sơn, Tiên Phong
// and, written without tones, the words "tiến" begins in reports: tiến độ, tiến bộ, tiến hành
const TIEN_PLACES = new Set(['giang', 'hai', 'du', 'lang', 'lu', 'phuoc', 'yen', 'son', 'phong', 'do', 'bo', 'hanh']);

/**
 * First 4-digit year 1990–2099 in the file name not glued to other digits: "bao-cao-2019.csv" →
 * 2019 (SPEC §3); the statistics year a name states as the two calendar years it spans counts as
 * its year (statisticsYearSpan: "viec nam thong ke 2025-2026.csv" → 2026).
 */
export function yearFromFileName(file: string): number | null {
  return yearsInName(statisticsYearSpan(dottedDays(basename(file).normalize('NFC'))))[0] ?? null;
}

/**
 * "năm thống kê 2025-2026", "NTK 2025 - 2026", "niên độ 2025_2026" in a name: statistics year 2026
 * (1/10/2025–30/9/2026), the two calendar years it spans, as a title's "NĂM 2017 - 2018" and a Năm
 * cell's "Năm 2017-2018" are 2018 — rewritten "năm 2026" (traps37 4: YEAR_CONFLICT, the name's
 * first year 2025 against the year it states). A bare "2025-2026" stays two years: the user says.
 */
const STATISTICS_YEAR_SPAN = latinLetters(/(?<![\p{L}\d])(?:năm thống kê|nam thong ke|ntk|niên độ|nien do)[\s_.-]*((?:19|20)\d\d)\s*[-–_/]\s*((?:19|20)\d\d)(?!\d)/giu);
function statisticsYearSpan(name: string): string {
  return name.replace(STATISTICS_YEAR_SPAN, (span, first: string, second: string) => (Number(second) === Number(first) + 1 ? `năm ${second}` : span));
}

/**
 * The statistics year a file name's bare span of two calendar years may be ("BC THADS viec
 * 2025-2026.csv": 2026, 1/10/2025–30/9/2026), when the span is all the years it names; null
 * otherwise. It may as well be two years compared, or a span of plans: the name alone stays two
 * years (layout.ts: read as 2026 only where the title or --year says 2026; asked so otherwise).
 */
const BARE_YEAR_SPAN = /(?<!\d)((?:19|20)\d\d)\s*[-–_/]\s*((?:19|20)\d\d)(?!\d)/gu;
export function bareYearSpan(file: string): number | null {
  const spans = [...stem(file).matchAll(BARE_YEAR_SPAN)].filter((m) => Number(m[2]) === Number(m[1]) + 1);
  const years = yearsOfFileName(file);
  if (spans.length !== 1 || years.length !== 2) return null;
  const [first, second] = [Number(spans[0]![1]), Number(spans[0]![2])];
  return years[0] === first && years[1] === second ? second : null;
}

/**
 * The statistics years a file name states, read as a title: a period, a month or "năm N" ("BC 3
 * thang tu 01.10.2019 den 31.12.2019.csv" → [2020], "BC thang 10 nam 2019.csv" → [2020], "Bieu 07
 * TT06-2019 nam 2022.csv" → [2022]); a name that states none, its 4-digit years as SPEC §3 reads
 * them ("2019.csv" → [2019], "xuat-ngay-2020-01-15.csv" → [2020]). Two is the user's to decide
 * (layout.ts): a circular's number or a period's other end is no year of the figures.
 */
export function yearsOfFileName(file: string): number[] {
  return yearsOfName(stem(file));
}

/**
 * A file's name without its extension ("BC 03.2019.csv" → "BC 03.2019"; ".2019" is no extension),
 * and without the extension of a downloaded tab's workbook ("Mỹ Lộc 6 tháng.xlsx - 2019" → "Mỹ Lộc
 * 6 tháng - 2019"): its name's period and the tab's year are read together as one name's, as "Mỹ
 * Lộc 6 tháng 2019" is; ".xlsx" between them, a half-year tab was read as the whole year (round 74a, 03).
 */
const WORKBOOK_EXTENSION = /\.(?:xlsx|xlsm|xls|ods)(?=\s+[-–]\s)/giu;
function stem(file: string): string {
  const name = basename(file);
  const ext = extname(name);
  return withoutSentTime(dottedDays((hasLetter(ext) ? name.slice(0, -ext.length) : name).normalize('NFC').replace(WORKBOOK_EXTENSION, '')));
}

/**
 * The note of a file's name that says its figures are of an earlier period than the run's, as
 * written, or null: "KV 1 - năm trước", "KV 1 (nam truoc)", "Mỹ Lộc năm ngoái", "KV 1 - cùng kỳ",
 * "Kỳ trước - KV 1", "KV1 last year" — last year's file kept beside this year's for comparison
 * (round 85c, 04: added under --year as a fourth office). Read as a period note's earlier words
 * (period-notes.ts periodNote), and "cùng kỳ" (the same period of last year) as a name's whole
 * note. Not in a name that states its year (read as that year: YEAR_CONFLICT), nor after a
 * comparison's words ("KV 1 - so với năm trước": this year's figures beside last year's).
 */
const SAME_PERIOD = /^(?:(?:so lieu|sl|bc|bao cao|file|ban) )?cung k[yi](?: (?:nam truoc|nam ngoai))?$/;
const COMPARED = /(?:^| )(?:so voi|so sanh|so|voi|vs|compared(?: to| with)?|than|tang giam)$/;
/**
 * A comparison's words anywhere before the note: "KV1 - so sánh cùng kỳ năm trước", "tăng giảm so
 * cùng kỳ năm trước" — the current report with comparison columns (work87a 03: refused YEAR_CONFLICT).
 */
const COMPARING = /(?:^| )(?:so voi|so sanh|tang giam|tang hoac giam|chenh lech)(?: |$)|(?:^| )so (?:cung k[yi]|nam truoc|k[yi] truoc)(?: |$)/;
export function earlierPeriodOfFileName(file: string): string | null {
  const name = stem(file);
  if (yearsOfName(name).length > 0) return null;
  const earlier = (note: string) => periodNote(note, true)?.kind === 'earlier' || SAME_PERIOD.test(foldHeader(note));
  const clean = (s: string) => s.replace(/^[\s\-–—_,.([]+|[\s\-–—_,.)\]]+$/gu, '');
  const starts = [...name.matchAll(latinLetters(/(?<=^|[^\p{L}\p{N}])[\p{L}\p{N}]/gu))].map((m) => m.index).filter((at) => at > 0);
  // the shortest note: "năm trước" of "KV 1 - năm trước", not "1 - năm trước"
  for (const at of [...starts].reverse()) {
    const head = clean(name.slice(0, at));
    if (hasLetter(head) && earlier(clean(name.slice(at))) && !COMPARED.test(foldHeader(head)) && !COMPARING.test(foldHeader(head))) return clean(name.slice(at));
  }
  for (const at of starts) {
    const head = clean(name.slice(0, at));
    if (hasLetter(clean(name.slice(at))) && earlier(head)) return head;
  }
  return null;
}

/**
 * The same in a workbook's sheet name ("T10.2018" → [2019], "2018" → [2018], "Biểu 07" → []). A
 * circular's number it cites states no year (withoutCircular): "Biểu 01 (TT05-2024)" → [].
 */
export function yearsOfName(name: string): number[] {
  const cited = withoutCircular(statisticsYearSpan(name.normalize('NFC')));
  const { years, line } = nameStates(cited);
  if (years.length === 0) return yearsInName(cited);
  // a year left unread beside the one stated ("bao-cao-nam-2019-2020", "nam 2019 va 2020", "nam
  // 2019_2020") is a second year, as in "2019_2020.csv": which is the report's, the user says
  // (traps23: read as 2019, exit 0; a span "nam 2019-2020" states 2020 and stays so)
  return [...new Set([...years, ...unreadYears([[line]])])];
}

// a circular's number cited in a name (circular.ts withoutCircular) states no year of the figures

/**
 * The statistics years a name states read as a title, and the line they were read in: as
 * written ("3T (10-12.2018)" keeps its brackets), else without its measure's words and with
 * "năm" before a month's year ("BC thang 12 viec 2019", nameLine). `after`: a period after the
 * year is read before it (periodBeforeYear).
 */
function nameStates(name: string, after = true): { readonly years: number[]; readonly line: string } {
  const written = nameAsTitle(name);
  // period words beside a sending day state their period's year, not the day's ("tháng 10 (05.11.2019)": 2020)
  const sent = sentDayOfPeriod(name);
  for (const line of [...(sent !== null ? [sent] : []), thGlued(after ? periodBeforeYear(written) : written), nameLine(name, after)]) {
    const years = statedYears([[line]]);
    if (years.length > 0) return { years, line };
  }
  return { years: [], line: '' };
}

/**
 * The period a file name states, read as a title (titlePeriod): periodOfName of its name
 * without its extension.
 */
export function periodOfFileName(file: string, year: number | null = null): StatedPeriod {
  return periodOfName(stem(file), year);
}

/**
 * The period a name states — a file's, or a workbook's sheet's, which departments name for its
 * period ("6 tháng", "Quý I", "T3.2019") — read as a title (titlePeriod). A name drops "năm" and
 * the dot of a month, and puts its measure's word anywhere: "BC 6 thang viec 2019" is read as "BC
 * 6 thang năm 2019", six months to 31/3/2019; "BC T3.2019" as "BC T3 năm 2019", March 2019, as
 * "tháng 3 năm 2019" is, and so are "thang 3 2019", "thang 03.2019", "thang3-2019" (read as the
 * whole year, a month's report was compared with last year's). A period after the year is read as
 * one before it ("BC nam 2019 - 6 thang", periodBeforeYear), a month in digits beside its year as
 * "T3.2019" ("BC 03.2019", "2019-03", nameAsTitle). A name without a year is of the
 * report's `year` (null: unknown): the tab "6 tháng" of a workbook of 2019 is "6 tháng năm 2019".
 * Its days are read as a title's (daysAsTitle): "BC tu 01.01.2019 den 31.3.2019" is the title's
 * "TỪ 01/01/2019 ĐẾN 31/3/2019", "BC 31.12.2019" ends the three months from 1/10/2019.
 */
export function periodOfName(name: string, year: number | null): StatedPeriod {
  return titlePeriod([[nameTitle(name, year)]]);
}

/**
 * A name as the title line it states (periodOfName, yearsOfName): without its measure's words, a
 * month's digits and a period after the year read as a title writes them (periodBeforeYear unless
 * `after` is false).
 */
function nameLine(name: string, after = true): string {
  const words = [...nameAsTitle(name).matchAll(NAME_TOKEN)].map((m) => m[0]);
  const folded = words.map(foldHeader);
  const kept = words.filter((_, i) => measureWord(words, folded, i) === null && !districtNumber(folded, i)).join(' ');
  return thGlued((after ? periodBeforeYear(kept) : kept).replace(MONTHS_BEFORE_YEAR, '$1 năm '));
}

/**
 * A name's month "th 3", "th 03" — "th.3" too, once nameLine drops the name's marks — glued to its
 * number ("th3"), as the title reader reads a month: a title's "TH 01/2025" apart is a form's code
 * (stated-years.ts MONTHS), and "Mỹ Lộc 2026 - th.3" stated no March (th47). A name's "th" before
 * its number is a month (MONTHS).
 */
const TH_APART = latinLetters(/(?<![\p{L}\d])(th)\s+(?=\d{1,2}(?!\d))/giu);
function thGlued(line: string): string {
  return line.replace(TH_APART, '$1');
}

/**
 * Two periods a name joins ("BC 6 tháng và cả năm 2024", "6 thang va ca nam", "6T + cả năm", "6
 * tháng, 9 tháng và năm 2024", "Quý I & 6 tháng"): a workbook of both reports, whose sheets'
 * titles each state their own. It states no one period (nameTitle reads none: the title, else the
 * sheet's name, decides; neither, the reader refuses it, NAME_JOINS_PERIODS). Read as a title, its first
 * was the report's: "Cả năm" under its year's title was refused as six months' (round s28). Only
 * a count of months, a month's or a quarter's words, "cả năm", "bán niên", "nửa đầu/cuối năm"
 * before the mark or word joining ("và", "and", ",", "+", "&", ";"), and one of them, or "năm"
 * before its year, after it: "6 tháng cuối năm 2024" is one period, "Mỹ Lộc 6 tháng và Vụ Bản"
 * joins offices.
 */
const ONE_PERIOD = String.raw`(?:\d{1,2}[\s_-]*(?:tháng|thang|t)(?:[\s_-]+(?:đầu|dau|cuối|cuoi)(?:[\s_-]+(?:năm|nam))?)?|(?:tháng|thang)[\s_-]*(?:0?[1-9]|1[0-2])|(?:quý|quy)[\s_-]*(?:[1-4]|iv|i{1,3})|(?:cả|ca)[\s_-]+(?:năm|nam)|(?:bán|ban)[\s_-]+(?:niên|nien)|(?:nửa|nua)[\s_-]+(?:đầu|dau|cuối|cuoi)(?:[\s_-]+(?:năm|nam))?)`;
const JOINED_PERIODS = latinLetters(
  new RegExp(
    String.raw`(?<![\p{L}\d])${ONE_PERIOD}(?:[\s_-]+(?:năm|nam))?(?:[\s_-]+(?:19|20)\d\d)?(?:[\s_]*[,+&;][\s_]*|[\s_-]+(?:và|va|and)[\s_-]+)(?:${ONE_PERIOD}|(?:năm|nam)(?=[\s_-]*(?:(?:19|20)\d\d(?!\d)|$)))(?![\p{L}\d])`,
    'iu',
  ),
);
export function nameJoinsPeriods(name: string): boolean {
  return JOINED_PERIODS.test(name.normalize('NFC'));
}

/** The sheet's or the file name that joins two periods (nameJoinsPeriods), as written, else null. */
export function nameJoiningPeriods(names: PeriodNames): string | null {
  return [...(names.sheet !== undefined ? [names.sheet] : []), stem(names.file)].find(nameJoinsPeriods) ?? null;
}

/** A name as the title line it is read as (periodOfName); '' for a name joining two periods (nameJoinsPeriods). */
function nameTitle(name: string, year: number | null): string {
  if (nameJoinsPeriods(name)) return '';
  const sent = sentDayOfPeriod(name);
  if (sent !== null) return sent;
  const line = nameLine(name);
  if (year === null || yearsInName(line).length > 0) return line;
  // "năm Y" after a month is its calendar year: October to December of the statistics year Y
  // ("bc-thang-12", "Quý IV") are of Y − 1, never read as a month of the year after
  const inYear = `${line} năm ${year}`;
  const before = `${line} năm ${year - 1}`;
  return statedYears([[inYear]])[0] === year + 1 && statedYears([[before]])[0] === year ? before : inYear;
}

/**
 * A name whose only year is the day it was sent, after or before its period's words ("Mỹ Lộc 6
 * tháng - 05.04.2019", "6T 05.04.2019", "6 tháng (gửi ngày 05.04.2019)", "tháng 3 (05.04.2019)"),
 * as the title line of that period's year: the latest the words name that ends by that day ("6
 * tháng" sent on 5/4/2019 is to 31/3/2019, "tháng 12" sent on 5/1/2020 December 2019). Read with
 * the day, the words were dropped and a half-year was the whole year, compared with last year's
 * (round 73a, 02). Null for a name without such a day or words; a month's last day is its
 * cut-off, not its sending ("6 tháng - 31.3.2019": daysAsTitle).
 */
const SENT_DAY_WORD = latinLetters(/(?:(?<![\p{L}\d])(?:gửi|gui|nộp|nop|lập|lap|xuất|xuat|ký|ky|ngày|ngay)[\s_-]*)+$/iu);
function sentDayOfPeriod(name: string): string | null {
  const days = [...name.normalize('NFC').matchAll(NAME_DAY)].filter((m) => {
    const before = name.slice(0, m.index);
    // a day of one mark throughout: "3T (10-12.2018)" is October to December
    if (!/^\d+([/.-])\d+\1\d+$/u.test(m[0]) || RANGE_BEFORE.test(before) || DAY_AFTER.test(name.slice(m.index + m[0].length))) return false;
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return mo >= 1 && mo <= 12 && (WRITTEN_ON.test(before) || d !== new Date(Date.UTC(y, mo, 0)).getUTCDate());
  });
  if (days.length !== 1) return null;
  const day = days[0]!;
  const head = name.slice(0, day.index);
  const word = SENT_DAY_WORD.exec(head);
  const [before, after] = [word === null ? head : head.slice(0, word.index), name.slice(day.index + day[0].length)];
  if (yearsInName(before + after).length > 0 || !PERIOD_PHRASE.test(englishMonths(monthsOfYearInWords(before + after)))) return null;
  const on = `${day[3]}-${day[2]!.padStart(2, '0')}-${day[1]!.padStart(2, '0')}`;
  const sentYear = Number(day[3]);
  // the year in the day's place, as "6 tháng 2019 - …" writes it: a count's statistics year, a month's calendar year
  let best: { readonly line: string; readonly end: string } | null = null;
  for (const year of [sentYear - 1, sentYear, sentYear + 1]) {
    const line = nameLine(`${before} ${year} ${after}`);
    const end = titlePeriod([[line]]).end;
    if (end !== null && end <= on && (best === null || end > best.end)) best = { line, end };
  }
  return best?.line ?? null;
}

/** Whether a report's sheet's or file name names its period by a month's or a quarter's words ("bc-thang-9-2019.csv"; titleNamesMonth). */
export function nameNamesMonth(names: PeriodNames): boolean {
  const named = [...(names.sheet !== undefined ? [names.sheet] : []), stem(names.file)];
  return named.some((n) => titleNamesMonth([[nameTitle(n, names.year)]]));
}

/**
 * A period phrase after the name's one year put before it, as a title writes it: "BC nam 2019 - 6
 * thang", "2019 (6 tháng)", "2019 - Quý I", "BC 2019 T3" → "… 6 thang năm 2019" (round 46a, 01:
 * read as the whole year, six months were compared with last year's twelve). A year's own "năm"
 * before it goes with the year.
 */
/**
 * "cuối (năm)" right after a count of months ("6 tháng cuối năm", "6T cuối"): the year's last months
 * (stated-years.ts countedBounds), moved with the count when the year is put after it; '' for none
 * (a month's "tháng 9 cuối năm", a quarter's words keep their reading).
 */
const LAST_OF_YEAR = latinLetters(/^\s*(?:cuối|cuoi)(?:\s+(?:năm|nam))?(?![\p{L}\d])/iu);
const COUNT_OF_MONTHS = latinLetters(new RegExp(String.raw`^(?:\d{1,2}\s*(?:tháng|thang|t)|${SPELLED_MONTHS})$`, 'iu'));
function lastOfYear(count: string, after: string): string {
  return COUNT_OF_MONTHS.test(count) ? LAST_OF_YEAR.exec(after)?.[0] ?? '' : '';
}
function periodBeforeYear(line: string): string {
  const years = [...line.matchAll(latinLetters(/(?<![\p{L}\d.\/-])(?:(?:năm|nam)\s+)?((?:19|20)\d\d)(?![\p{L}\d.\/-])/giu))];
  if (years.length !== 1) return line;
  const year = years[0]!;
  const after = year.index + year[0].length;
  const phrase = PERIOD_PHRASE.exec(line.slice(after));
  if (phrase === null) return yearAfterLeadPeriod(line, year);
  // "2019 (6 tháng cuối năm)": the year's last months go with their count ("6 tháng cuối năm 2019"), never left behind it
  const tail = after + phrase.index + phrase[0].length;
  const last = lastOfYear(phrase[0], line.slice(tail));
  const rest = line.slice(after, after + phrase.index) + line.slice(tail + last.length);
  // "Quận 3 2019 tháng 3" → "Quận 3 tháng 3 năm 2019": the office's number now before the month (withoutOfficeNumber)
  return withoutOfficeNumber(`${line.slice(0, year.index)}${phrase[0]}${last === '' ? '' : ' cuối'} năm ${year[1]}${rest}`);
}

/**
 * A period's words before the office and its year put the year after them, as a title writes it:
 * "6 tháng - Mỹ Lộc 2019", "BC 6 tháng - Mỹ Lộc 2019" (a workbook "BC 6 tháng.xlsx" of a tab "Mỹ Lộc
 * 2019"), "Quý I - Mỹ Lộc 2019" → "6 tháng năm 2019 - Mỹ Lộc": read as the whole year, a half-year
 * was compared with last year's twelve months and summed beside year-end files (fnames5, 1). Only
 * a count of months or a quarter in words ("q1", "T3" alone may be an office: districtNumber), and
 * only where the line states no period as it is ("6 tháng đầu năm 2019 - Mỹ Lộc" is read already).
 */
const LEAD_PERIOD = latinLetters(/(?<![\p{L}\d])(?:\d{1,2}\s*(?:tháng|thang|t)|(?:tháng|thang)\s*(?:0?[1-9]|1[0-2])|(?:quý|quy)\s*(?:[1-4]|iv|i{1,3}))(?![\p{L}\d])/iu);
function yearAfterLeadPeriod(line: string, year: RegExpExecArray | RegExpMatchArray): string {
  const phrase = LEAD_PERIOD.exec(line.slice(0, year.index));
  // "Tổ 6 tháng 3 - …": the office's number, no count of months (officeNumber)
  if (phrase === null || officeNumber(line.slice(0, phrase.index))) return line;
  const end = phrase.index + phrase[0].length;
  const last = lastOfYear(phrase[0], line.slice(end, year.index));
  const between = line.slice(end + last.length, year.index);
  if (!hasLetter(between) || titlePeriod([[line]]).end !== null || titlePeriod([[line]]).start !== null) return line;
  return `${line.slice(0, end)}${last === '' ? '' : ' cuối'} năm ${year[1]}${between}${line.slice(year.index! + year[0].length)}`;
}

/**
 * Months a name states: "6 thang", "6T", "12thang", "T3", "th3" ("tháng" shortened: unread, "th3-2026"
 * was the whole year, added to year-end files), "thang 3" (one pattern for a phrase before or after the year);
 * spelled as a title spells them (SPELLED_MONTHS), no month's number after: "2018 sáu tháng", "2018_chin_thang"
 * (traps39 per fn: read as the year alone, six months were compared with a year's twelve, exit 0).
 */
const MONTHS = String.raw`\d{1,2}\s*(?:tháng|thang|t)|${SPELLED_MONTHS}(?!\s*\d)|th?\.?\s?\d{1,2}|(?:tháng|thang)\s*(?:0?[1-9]|1[0-2])`;
/**
 * A period a name states: MONTHS, or a quarter "Quý I", "quy 1", "Q1", "Q03", "Q.3", "Q.III" (after
 * the year, "2026 - Q.3", "2026 - T.3": unread, the quarter or month was the whole year), or a
 * half year as the title reader reads it before its year (stated-years.ts HALF_YEAR): "2018-H1",
 * "2018 bán niên" (traps39 per fn: read as the year alone, exit 0).
 */
const PERIOD_PHRASE = latinLetters(new RegExp(String.raw`(?<![\p{L}\d])(?:${MONTHS}|(?:quý|quy)\s*(?:0?[1-4]|iv|i{1,3})|q0?[1-4]|q\.?\s?(?:0?[1-4]|iv|i{1,3})|bán niên|ban nien|h1)(?![\p{L}\d])`, 'iu'));
/** MONTHS right before a year, which the title reader reads with "năm" between: "6 thang 2019" → "6 thang năm 2019". */
const MONTHS_BEFORE_YEAR = latinLetters(new RegExp(String.raw`(?<![\p{L}\d])(${MONTHS})\s+(?=(?:19|20)\d\d(?!\d))`, 'giu'));

/**
 * A name's days (daysAsTitle) and its months written as digits beside their year as a title
 * writes them (monthsAsWords), an office's number before a month left out (withoutOfficeNumber:
 * before the month's digits are read as one, "Quận 3 03.2019", and after).
 */
function nameAsTitle(name: string): string {
  return withoutOfficeNumber(monthsAsWords(daysAsTitle(withoutDayOfMonth(withoutOfficeNumber(englishMonths(periodApartFromYear(withoutEth(name.normalize('NFC')))))))));
}

/**
 * A count of months or a quarter in words glued to its year, as clerks shorten a file's name —
 * "6T2026", "BC6T2026", "6t2026", "06T2026", "6thang2026", "6 tháng2026", "QuýII2026" — set apart
 * from it ("6T 2026", "BC 6T 2026"), read as the spaced name is: read as one word, a six months'
 * report was its office's whole year, added to year-end files (work85c 02). Not a month or a
 * quarter in digits glued to digits ("T62026", "Q22026": which digits are the year's is unsure).
 */
const PERIOD_GLUED_TO_YEAR = latinLetters(/(?<![\p{L}\d])(bc)?((?:0?[1-9]|1[0-2])\s*(?:tháng|thang|t)|(?:quý|quy)\s*(?:iv|i{1,3}))(?=(?:19|20)\d\d(?!\d))/giu);
function periodApartFromYear(name: string): string {
  return monthsOfYearInWords(name).replace(PERIOD_GLUED_TO_YEAR, (_w, bc: string | undefined, period: string) => `${bc === undefined ? '' : `${bc} `}${period} `);
}

/**
 * "6TN", "6TĐN" — clerks' shortening of "6 tháng năm", "6 tháng đầu năm" — in its words ("6
 * tháng", its year read after it), glued to its year or not ("KV4 6TN2026", "KV4 6TĐN 2026"): unread, "6TN" was the office's and the six
 * months its whole year, added to year-end files (work85c 02).
 */
const MONTHS_OF_YEAR_SHORT = latinLetters(/(?<![\p{L}\d])(bc)?((?:0?[1-9]|1[0-2]))t([đd])?n(?=(?:19|20)\d\d(?!\d)|[\s_.\/-]|$)/giu);
/**
 * "thg", "th" — the everyday shortenings of "tháng" — after a count of months: "6 thg", "6thg",
 * "6th", "6 th", "6Th2026", "(6th)", "6-thg-2026". Only before its year (glued or not), a mark, the name's end,
 * "đầu (năm)" / "cuối (năm)" or "năm <year>": a place after the count ("KV 6 Thạch Thất", "6 Thanh
 * Hóa") begins with "Th" but goes on with letters, and an English ordinal before a word ("6th
 * District") is no count. Unread, "KV3 6 thg" was khu vực 3 (a region's number whatever follows)
 * and its six months its whole year, compared with last year's (work87a 02).
 */
const MONTHS_SHORT = latinLetters(/(?<![\p{L}\d])(bc)?((?:0?[1-9]|1[0-2]))[\s_-]*thg?(?:(?=(?:19|20)\d\d(?!\d))|(?![\p{L}\d])(?=[\s_.]*(?:$|[-–—,()[\]_]|(?:19|20)\d\d(?!\d)|(?:đầu|dau|cuối|cuoi)(?:[\s_-]+(?:năm|nam))?(?![\p{L}\d])|(?:năm|nam)[\s_-]*(?:19|20)\d\d(?!\d))))/giu);
/**
 * "nửa đầu năm", "nửa năm đầu", "nua dau nam" (the year's first half): "6 tháng đầu năm", the six
 * months from 1 October; "nửa cuối năm" as "6 tháng cuối năm" — no report of the regime (partial
 * reports count from 1 October, DOMAIN), read as its spelled form is, never as the whole year.
 */
const HALF_OF_YEAR = latinLetters(/(?<![\p{L}\d])(?:nửa|nua)[\s_-]+(?:(đầu|dau|cuối|cuoi)([\s_-]+(?:năm|nam))?|(?:năm|nam)[\s_-]+(đầu|dau|cuối|cuoi))(?![\p{L}\d])/giu);
/** Other words of a period besides a count of months (PERIOD_PHRASE): a half year's, as the title reader reads them. */
const OTHER_PERIOD = latinLetters(/(?<![\p{L}\d])(?:bán niên|ban nien|first\s+half|h1|cả năm|ca nam|tổng kết|tong ket)(?![\p{L}\d])/iu);
function monthsOfYearInWords(name: string): string {
  const spelled = name
    .replace(MONTHS_OF_YEAR_SHORT, (_w, bc: string | undefined, count: string, first: string | undefined) =>
      `${bc === undefined ? '' : `${bc} `}${count} tháng ${first === undefined ? '' : 'đầu năm '}`)
    .replace(MONTHS_SHORT, (_w, bc: string | undefined, count: string) => `${bc === undefined ? '' : `${bc} `}${count} tháng `)
    .replace(HALF_OF_YEAR, (_w, first: string | undefined, nam: string | undefined, after: string | undefined) =>
      `6 tháng ${/^(?:đầu|dau)$/iu.test(first ?? after!) ? 'đầu' : 'cuối'}${nam !== undefined || after !== undefined ? ' năm' : ''}`);
  // "sơ kết" only where no other period is stated ("sơ kết 9 tháng 2026" is nine months)
  return withMidYearReview(spelled, (rest) => PERIOD_PHRASE.test(englishMonths(rest)) || OTHER_PERIOD.test(rest));
}

/**
 * A name's months written as digits beside their year as a title writes them: "BC 03.2019",
 * "3-2019", "2019-03", "2019_3" → "tháng 3 năm 2019", as "T3.2019" is read. Only a month 1–12
 * joined to the year by one mark: "05.10.2019" is a day, "TT06-2019" a circular, "2019_12thang" a
 * period, "Quan 3 2019" a district, "2020-01-15" a day, "kv-6-2019" (the mark parts every word) a
 * district, "Mẫu 06-2019", "BC số 12-2019" a document's number (documentNumber), "Quận 12.2019",
 * "Tổ 1.2019" an office's (officeNumber).
 */
function monthsAsWords(name: string): string {
  // A mark that also parts the name's words ("kv-6-2019", "co-dieu-kien-11-2019") joins no month.
  const month = (whole: string, m: string, y: string, mark: string, at: number, all: string) =>
    all[at - 1] === mark || all[at + whole.length] === mark ? whole : ` tháng ${Number(m)} năm ${y} `;
  return name
    // "Quận 3_03.2019": an office's number glued by "_" to a dotted month — a day is of one mark throughout
    // ("05_10_2019", which month() leaves whole), so "_" before the month parts the office from it (fnames5, 3)
    .replace(latinLetters(/(?<![\p{L}\d]|\d[./-])(0?[1-9]|1[0-2])([._/-])((?:19|20)\d\d)(?![\p{L}\d]|[._/-]\d)/gu), (w, m: string, mark: string, y: string, at: number, all: string) =>
      // "KV1 quy 3-2026", "quý 3_2026": the third quarter, as "Quý 3 năm 2026" is read — taken as
      // March, it was six months from 1 October (quarterWord)
      quarterWord(all.slice(0, at)) ? (Number(m) <= 4 ? ` ${Number(m)} năm ${y} ` : w)
        : documentNumber(all.slice(0, at)) || officeNumber(all.slice(0, at)) ? w : month(w, m, y, mark, at, all))
    // "Mỹ Lộc 2019_2": a download manager's second copy of an office's file (IDM saves "Mỹ Lộc 2019.csv"
    // again so; COPY_NUMBER drops it from the office), no February — read as one, a year-end report was a
    // month's (round 76a, 02); "BC 2019_3" (no office named), "2019_02", "2019-2", "2019.2" stay months
    .replace(latinLetters(/(?<![\p{L}\d]|\d[._/-])((?:19|20)\d\d)([._/-])(0?[1-9]|1[0-2])(?![\p{L}\d]|[._/-]\d)/gu), (w, y: string, mark: string, m: string, at: number, all: string) =>
      mark === '_' && /^[1-9]$/.test(m) && namesOffice(all.slice(0, at)) ? w : month(w, m, y, mark, at, all));
}

/**
 * A name without an office's number before a month's words: "Quận 1 tháng 3.2019", "khu vực 2
 * tháng 3 năm 2026", "KV3 tháng 3", "quan-3-thang-3-2019" → "Quận   tháng 3.2019", …: read with
 * it, "1 tháng 3 năm 2019" was the day 1/3/2019 and the name stated no period, a six months'
 * report read as the whole year (round 73a, 03, 04). Only a month 1–12 after "tháng": "Quận 6
 * tháng 2019" keeps its words.
 */
const NUMBER_BEFORE_MONTH = latinLetters(/(?<!\d)\d{1,3}(?=[\s_.-]*(?:tháng|thang)[\s_.-]*(?:0?[1-9]|1[0-2])(?!\d))/giu);
function withoutOfficeNumber(name: string): string {
  return name.replace(NUMBER_BEFORE_MONTH, (w: string, at: number, all: string) => (officeNumber(all.slice(0, at)) ? ' '.repeat(w.length) : w));
}

/**
 * A day of a month without its year ("gửi ngày 8 tháng 10", "gui 9 thang 10",
 * "cap-nhat-ngay-8-thang-10"): the day a report was sent or corrected, no count of months — read
 * as "8 tháng", a year-end report sent on 8 October was an eight months' one (round 66a, 02). A
 * "tháng" followed by a month 1–12 dates a day; a count's "tháng" is followed by its year ("6
 * tháng 2019") or nothing. A day with its year ("ngày 6 tháng 10 năm 2019", "31 tháng 3 2019") is
 * left to the title reader, which reads it as a day; so is "3 tháng 10-12" (October to December).
 */
const DAY_OF_MONTH = latinLetters(/(?<![\p{L}\d])(?:(?:ngày|ngay)[\s_.-]*)?(?:0?[1-9]|[12]\d|3[01])[\s_.-]*(?:tháng|thang)[\s_.-]*(?:0?[1-9]|1[0-2])(?![\p{L}\d])(?![\s_./-]*(?:(?:năm|nam)[\s_.-]*)?\d)/giu);
/**
 * The month a report was sent or corrected, after its verb ("gửi tháng 10-2019", "cập nhật tháng
 * 10", "nop thang 10 nam 2019"): no month of the figures — read as one, a year-end report sent in
 * October named two years and was refused (round 68a, 05). Only after the verb: "tháng 10-2019"
 * alone is October's report.
 */
const SENT_MONTH = latinLetters(/(?<![\p{L}\d])(?:gửi|gui|cập[\s_.-]*nhật|cap[\s_.-]*nhat|sửa|sua|nộp|nop)[\s_.-]+(?:(?:lúc|luc|vào|vao)[\s_.-]+)?(?:tháng|thang)[\s_.-]*(?:0?[1-9]|1[0-2])(?:[\s_./-]*(?:(?:năm|nam)[\s_.-]*)?(?:19|20)\d\d)?(?![\p{L}\d])/giu);

function withoutDayOfMonth(name: string): string {
  return name.replace(DAY_OF_MONTH, (m) => ' '.repeat(m.length)).replace(SENT_MONTH, (m) => ' '.repeat(m.length));
}

// English names count months as Vietnamese ones do: "6 months 2025", "six-month", "first 6
// months", "10 months" are "6 tháng", "10 tháng" — the first N months of the statistics year (read
// as the whole year, a six months' report was compared with last year's twelve, and across the
// 2025 merger with an old province alone). Only a count 1–12 before "month(s)": "months" alone is none.
const ENGLISH_COUNTS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const ENGLISH_MONTHS = latinLetters(new RegExp(String.raw`(?<![\p{L}\d])(?:first[\s_-]+)?(\d{1,2}|${Object.keys(ENGLISH_COUNTS).join('|')})[\s_-]*months?(?![\p{L}\d])`, 'giu'));
/** A name's English count of months as the Vietnamese "N tháng" ("first 6 months" → "6 tháng"). */
function englishMonths(name: string): string {
  return name.replace(ENGLISH_MONTHS, (whole, n: string) => {
    const count = ENGLISH_COUNTS[n.toLowerCase()] ?? Number(n);
    return count >= 1 && count <= 12 ? `${count} tháng` : whole;
  });
}

/**
 * Whether digits after `before` number a document: a word that numbers one stands right before
 * them ("Mẫu 06-2019", "BC 01-2019", "Phụ lục 02.2019", "BC số 12-2019" — a form's, report's,
 * annex's number of 2019, read as a month they made a year's report a partial period, round
 * 48a, 01–02). Only where no such word stands is the month read: "03.2019", "BC tháng 03.2019".
 */
function documentNumber(before: string): boolean {
  const word = before.replace(/[\s._:-]+$/u, '');
  return latinLetters(/\p{L}$/u).test(word) && DOCUMENT_NUMBER_WORD.test(foldHeader(word));
}

/**
 * Whether digits after `before` number a quarter: the word "quý"/"quy" right before them ("KV1 quy
 * 3-2026", "Quý-3_2026"), or its letter "Q" set apart by a mark ("Q.3-2026", "Q 3_2026", as "Q3-2026"
 * is read: read as March, a third quarter was six months from 1 October, added to March's files).
 * Not the district Phú Quý's ("Phú Quý 3-2026" stays March).
 */
function quarterWord(before: string): boolean {
  return /(?:^| )(?:quy|q)$/.test(foldHeader(before)) && !/(?:^| )phu quy$/.test(foldHeader(before));
}

/**
 * Whether digits after `before` number an office: a word that numbers one (NUMBERED_BY) stands
 * right before them ("Quận 1_2019", "khu vực 2-2026", "Tổ 1.2019" — the office's number, read as
 * a month it made a year-end report a month's, round 71a, 01). "T3_2019", "BC tháng 3_2019" stay March.
 */
function officeNumber(before: string): boolean {
  const word = before.replace(/[\s._:-]+$/u, '');
  return latinLetters(/\p{L}$/u).test(word) && NUMBERED_BY.test(foldHeader(word));
}

/**
 * The words that number a document, folded: Mẫu, Biểu, Phụ lục/PL, BC/Báo cáo, Công văn/CV,
 * QĐ, TT, Đợt, Lần, Bản, v/ver, and "số" (so "Mẫu số", "Biểu số", "BC số" too).
 */
const DOCUMENT_NUMBER_WORD = /(?:^| )(?:mau|bieu|phu luc|pl|bc|bao cao|so|cv|cong van|qd|tt|dot|lan|ban|v|ver)$/;

/** A name's words, a day kept whole ("31.3.2019"): the title reader reads it as a day. */
const NAME_TOKEN = latinLetters(/(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d(?!\d)|[\p{L}\p{N}]+/gu);
const NAME_DAY = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?!\d)/gu;
/** A day of writing, not of the figures: "gui ngay 05.10.2019", "ngày gửi 31.10.2019", "gui 31.10.2019", "lap ngay …". */
const WRITTEN_ON = latinLetters(/(?<![\p{L}\d])(?:(?:gửi|gui|lập|lap|xuất|xuat|ký)(?:\s*(?:ngày|ngay))?|(?:ngày|ngay)\s*(?:gửi|gui|lập|lap|xuất|xuat|ký))[\s:_-]*$/iu);
/** What makes a day a bound to the title reader already: "tu", "den", "hết", or a range's dash to another day. */
const BOUND_BEFORE = latinLetters(/(?<![\p{L}\d])(?:từ|tu|đến|den|hết|het|from|to)[\s_]*(?:(?:ngày|ngay)[\s_]*)?$|\d[\s_]*[-–—][\s_]*$/iu);
const BOUND_AFTER = /^[\s_]*(?:[-–—]|đến|den|to)[\s_]*\d/iu;

/**
 * "hết" alone before a day ("Mỹ Lộc hết 31.3.2019", "het ngay 31.3.2019"), read as "đến hết", which
 * the title reader ends the period on: unread, a half-year was the whole year and "hết 31.3" the
 * office's (fnames5, 2). "đến hết", "tính đến hết" are read already.
 */
const BARE_END = latinLetters(/(?<![\p{L}\d])(?<!(?:đến|den|to)[\s_]*)(hết|het)(?=[\s_]*(?:(?:ngày|ngay)[\s_]*)?\d{1,2}[/._-]\d{1,2}[/._-](?:19|20)\d\d(?!\d))/giu);

/**
 * A bare range of two days in a name, the first from a month's first day and the last a month's
 * last ("KV1 01.07.2026-30.09.2026", "KV1 (01.7-30.9.2026)", "01-07-2026 - 30-09-2026"): the
 * file's period, as "từ … đến …" is. The name's tokens (nameLine) dropped its dash and the
 * quarter was the whole year, added to year-end reports (exit 0). A first day without its year
 * is of the last's, or the year before if it comes later in the year ("01.10-31.3.2026":
 * startYearOf). So is one in words whose first day has no year ("KV1 tu 01.7 den 30.9.2026"): the
 * name's tokens split "01.7" and only the last day was read, the quarter the whole year. Not a
 * range of other days (sending days: "05.10.2019 - 15.10.2019"), nor one that is exactly the
 * statistics year ("01.10.2018 - 30.09.2019": the year's label, read as before).
 */
const BARE_RANGE = latinLetters(/(?<![\p{L}\d/.-])(?:((?:từ|tu|from)[\s_]+(?:(?:ngày|ngay)[\s_]+)?))?(\d{1,2})([/.-])(\d{1,2})(?:\3((?:19|20)\d\d))?[\s_]*(?:[-–—]|(?<=[\s_])(?:đến|den|to)(?:[\s_]+(?:hết|het))?(?:[\s_]+(?:ngày|ngay))?(?=[\s_]))[\s_]*(\d{1,2})([/.-])(\d{1,2})\7((?:19|20)\d\d)(?![\p{L}\d]|[/.-]\d)/giu);
function barePeriodRange(name: string): string {
  return name.replace(BARE_RANGE, (m, words: string | undefined, d1: string, mark: string, m1: string, y1: string | undefined, d2: string, _mark: string, m2: string, y2: string, at: number, all: string) => {
    const [from, to] = [[Number(d1), Number(m1)], [Number(d2), Number(m2)]] as const;
    // a yearless first day glued by "-" is a months' range ("10-12.2018"), after "Quận", "Tổ", "v" an office's or version's number ("Tổ 1.2 - 31.3.2026"): no day
    if (y1 === undefined && (mark === '-' || (words === undefined && numbered(all.slice(0, at))))) return m;
    // with its words and both years, the title reader reads it as it is
    if (words !== undefined && y1 !== undefined) return m;
    const start = y1 !== undefined ? Number(y1) : startYearOf(from[0], from[1], to[0], to[1], Number(y2));
    const monthly = from[0] === 1 && from[1] >= 1 && from[1] <= 12 && to[1] >= 1 && to[1] <= 12 && to[0] === new Date(Date.UTC(Number(y2), to[1], 0)).getUTCDate();
    const statisticsYear = from[1] === 10 && to[1] === 9 && start === Number(y2) - 1;
    if (!monthly || statisticsYear || `${start}-${String(from[1]).padStart(2, '0')}` > `${y2}-${String(to[1]).padStart(2, '0')}`) return m;
    return `từ ${from[0]}.${from[1]}.${start} đến ${to[0]}.${to[1]}.${y2}`;
  });
}

/**
 * A name's days as a title states them (titlePeriod, statedYears read it, so a day is of the
 * statistics year the title reader gives it: statisticsYear): a day of writing taken out; a
 * month's last day standing alone ("BC 31.3.2019", the report's cut-off) the period's end, as
 * "đến 31.3.2019"; a day that ends no month ("15.10.2019", a sending day) left unread.
 */
function daysAsTitle(name: string): string {
  return barePeriodRange(name.normalize('NFC')).replace(BARE_END, 'đến $1').replace(NAME_DAY, (m, d: string, mo: string, y: string, at: number, all: string) => {
    const before = all.slice(0, at);
    if (WRITTEN_ON.test(before)) return ' '.repeat(m.length);
    const [day, month] = [Number(d), Number(mo)];
    const monthEnd = month >= 1 && month <= 12 && day === new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
    return monthEnd && !BOUND_BEFORE.test(before) && !BOUND_AFTER.test(all.slice(at + m.length)) ? `đến ${m}` : m;
  });
}

/** Where a report's period may be stated besides its title: its sheet's name, its file name. */
export interface PeriodNames {
  readonly file: string;
  /** a workbook's sheet read */
  readonly sheet?: string;
  /** the report's statistics year, of a name that states none (null: unknown) */
  readonly year: number | null;
}

/**
 * A report's stated period: the title's bounds, and a bound the title leaves out its sheet's
 * name's, else its file name's (SPEC §3: a name is read as a title is; "BC 6 thang viec
 * 2019.csv", a tab "6 tháng", is no whole year's report). Whether they agree is periodsDisagree's.
 */
export function withFileName(title: StatedPeriod, names: PeriodNames): StatedPeriod {
  if (title.start !== null && title.end !== null) return title;
  const named = [...(names.sheet !== undefined ? [periodOfName(names.sheet, names.year)] : []), periodOfFileName(names.file, names.year)];
  const first = (bound: 'start' | 'end') => title[bound] ?? named.find((p) => p[bound] !== null)?.[bound] ?? null;
  return { start: first('start'), end: first('end') };
}

/**
 * Two of the title, the sheet's name and the file name that state different periods — a bound
 * both state on different days ("6 tháng" on the tab of a year-end title) — or null: one
 * period is never read over another, the user corrects one.
 */
export function periodsDisagree(title: StatedPeriod, titleLine: string | null, names: PeriodNames): { readonly first: string; readonly second: string } | null {
  const stated = [
    { by: titleLine !== null ? `the title (${titleLine})` : 'the title', period: title },
    ...(names.sheet !== undefined ? [{ by: `the sheet's name ${JSON.stringify(names.sheet)}`, period: statedByName(names.sheet, names.year) }] : []),
    { by: 'the file name', period: statedByName(stem(names.file), names.year) },
  ].filter((s) => s.period.start !== null || s.period.end !== null);
  const differ = (a: StatedPeriod, b: StatedPeriod) => (a.end !== null && b.end !== null && a.end !== b.end) || (a.start !== null && b.start !== null && a.start !== b.start);
  // a whole statistics year is said by its end ("the period to 30/9/2019"), as thads says it
  // elsewhere; its first day only against another's ("from 1/4/2019")
  const whole = (p: StatedPeriod) => p.end !== null && p.end.endsWith('-09-30') && p.start === `${Number(p.end.slice(0, 4)) - 1}-10-01`;
  const shown = (p: StatedPeriod, other: StatedPeriod) => (other.start === null && whole(p) ? { start: null, end: p.end } : p);
  for (const [i, a] of stated.entries()) {
    const b = stated.slice(i + 1).find((s) => differ(a.period, s.period));
    if (b) return { first: `${a.by} states ${boundsText(shown(a.period, b.period))}`, second: `${b.by} ${boundsText(shown(b.period, a.period))}` };
  }
  return null;
}

/**
 * The period a name states against another's: its whole year where it says so outright ("cả năm
 * 2019", "12 tháng 2019": from 1 October, so a title's "6 THÁNG CUỐI NĂM" disagrees), else
 * periodOfName's. A bare "2019", "năm 2019" is the year's label, no period (wholeYearStated).
 */
function statedByName(name: string, year: number | null): StatedPeriod {
  return wholeYearStated([[nameTitle(name, year)]], false) ?? periodOfName(name, year);
}

/** "the period to 31/3/2019", "the period from 1/1/2019 to 31/3/2019". */
export function boundsText(p: StatedPeriod): string {
  return `the period ${[p.start && `from ${dayText(p.start)}`, p.end && `to ${dayText(p.end)}`].filter(Boolean).join(' ')}`;
}

/** The last day of the period a file name states (periodOfFileName), or null. */
export function periodEndOfFileName(file: string): string | null {
  return periodOfFileName(file).end;
}

/** Every such year in a name, once each, in order: "BC tu 01.10.2018 den 30.9.2019" → [2018, 2019]. */
export function yearsInName(name: string): number[] {
  return [...new Set([...name.matchAll(/(?<!\d)(19[9]\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1])))];
}

/**
 * A name without the statistics year, so "Mỹ Lộc 2018.csv" and "Mỹ Lộc 2019.csv" are one office:
 * "Phòng THADS khu vực 1 - 2026" → "Phòng THADS khu vực 1"; "2019_Mỹ Lộc" → "Mỹ Lộc";
 * "Mỹ Lộc (năm 2019)", "Mỹ Lộc cả năm 2019" → "Mỹ Lộc". A name that is only a year ("2019") stays as it is.
 */
function withoutYear(name: string): string {
  const year = yearFromFileName(name);
  if (year === null) return name;
  // The year, the word for "year" before it — "năm", or "nam" typed without diacritics ("My Loc
  // nam 2019") — and the brackets or dashes that set it apart. A "Năm"/"Nam" that ends a place's
  // name stays (namIsOfName: "Ngã Năm 2019", "Hà Nam 2019", "Ha Nam nam 2019" → "Ha Nam"), the year goes.
  // A year after its word first: "Mẫu 04 TT05-2024 năm 2024" is of 2024, "TT05-2024" a circular's number.
  // A slug's "-" and "_" join the words as spaces do: "my-loc-nam-2019", "Mỹ_Lộc_năm_2019" → "my-loc", "Mỹ_Lộc".
  // "Cuối năm 2024" (the year-end report) is the year's as "cả năm 2024" is (round 93a, 05: "Mỹ Lộc cuối"
  // was an office), but not after a count of months: "6 tháng cuối năm", "nửa cuối năm" stay the period's.
  const word = String.raw`((?<!\p{L})(?:(?:(?:cả|ca|(?<!(?:tháng|thang|nửa|nua|\d\s?t)[\s_-]+)(?:cuối|cuoi))[\s_-]+)?(?:năm|nam)|year))[\s_-]*`;
  const phrase = (w: string, y: string) => latinLetters(new RegExp(String.raw`[([]?\s*${w}(?<!\d)${y}(?!\d)\s*[)\]]?`, 'iu'));
  const worded = phrase(word, String.raw`(?:19|20)\d\d`);
  const without = name
    .replace(worded.test(name) ? worded : phrase(`(?:${word})?`, String(year)), (all: string, nam: string | undefined, at: number) => {
      const namEnd = nam === undefined ? -1 : all.indexOf(nam) + nam.length;
      return namEnd >= 0 && namIsOfName(name.slice(0, at + namEnd)) ? `${all.slice(0, namEnd)} ` : ' ';
    })
    .replace(/\s*[-_–—,.]+\s*$/u, '')
    .replace(/^\s*[-_–—,.]+\s*/u, '')
    .replace(/\s*([-_–—])(?:\s*[-_–—])+\s*/gu, ' $1 ')
    .replace(/\s+/g, ' ')
    .trim();
  return without === '' ? name : without;
}
