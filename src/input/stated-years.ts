// The statistics years a text states for its figures: title lines above the header, a sheet's or
// a file's name, a year cell, a header's parenthesis. A statistics year runs from 1 October to 30
// September and is named by its September.
import { MIDYEAR_CIRCULAR_START } from '../domain/circulars.js';
import { latinLetters } from '../domain/letters.js';
import { foldHeader, periodSpelling, plainText, romanValue } from '../domain/names.js';
import type { StatedPeriod } from '../domain/periods.js';
import { COMPARISON_WORDS, rawPattern } from './comparison-words.js';
import { namesTwelveMonths, periodNote, yearWritten } from './period-notes.js';

/**
 * The statistics year a year cell states: "2019", "Năm 2019", "Năm thống kê 2019", "Năm báo cáo:
 * 2019", "Statistics year 2019" (a form's field, as a title line writes it: YEAR_WORD), the whole
 * year as a period column writes it ("12 tháng năm 2019", "Cả năm 2019"), or the two calendar
 * years the statistics year spans ("2018-2019", "Niên độ 2018 - 2019": 1/10/2018–30/9/2019 is
 * 2019); null for anything else — a part of a year ("6 tháng năm 2019", "Quý III/2019") is no
 * year's figures.
 */
export function yearOfCell(cell: string): number | null {
  const m = /^(?:(?:(?:(?:12\s*(?:tháng|thang)|cả|ca)\s+)?(?:năm|nam)(?:\s+(?:thống kê|thong ke|báo cáo|bao cao))?|(?:(?:statistics?|statistical|reporting|report)\s+)?year|niên độ|nien do)\s*:?)?\s*((?:19|20)\d\d)(?:\s*[-–/]\s*((?:19|20)\d\d))?$/iu.exec(cell.trim().normalize('NFC'));
  return m ? yearOfSpan(m[1]!, m[2]) : yearOfDates(cell);
}

/**
 * What a year cell says: a statistics year (yearOfCell), or the whole statistics year in words
 * with no year of its own ("12 tháng", "Cả năm", "Năm"; year null: the row's own period, as a
 * period column reads it) or with one ("12T/2019", "Năm 2019 (12 tháng)"); null for anything
 * else, a part of a year ("6 tháng", "Quý IV") among it.
 */
export function periodOfYearCell(cell: string): { readonly year: number | null } | null {
  const year = yearOfCell(cell);
  if (year !== null) return { year };
  const period = namesTwelveMonths(cell) ? periodNote(cell, true) : null;
  return period?.kind === 'year' ? { year: period.year } : null;
}

/** A year cell (folded) naming the report's own period by its place: "Kỳ này", "Năm nay", "Kỳ báo cáo", "Số liệu kỳ này". */
const THIS_PERIOD = /^(?:so lieu |thuc hien )?(?:ky nay|nam nay|ky bao cao|nam bao cao)$/;
/** …the same period a year before: "Cùng kỳ", "Cùng kỳ năm trước", "CKNT", "Năm trước", "Số liệu cùng kỳ". */
const SAME_PERIOD_BEFORE = /^(?:so lieu |thuc hien )?(?:cung ky(?: nam truoc)?|cknt|nam truoc)$/;
/** …the same period of a year it writes: "Cùng kỳ năm 2023". */
const SAME_PERIOD_OF = /^(?:so lieu |thuc hien )?cung ky (?:nam )?((?:19|20)\d\d)$/;

/**
 * A year cell that names its row's period by its place beside the report's, not by its year
 * (traps28 1: "Kỳ này" / "Cùng kỳ" under "Kỳ báo cáo" on each office's two rows was refused as
 * "not a year", as if a year were asked for): `yearsBefore` 0 is the report's own period ("Kỳ
 * này", "Năm nay"), 1 the same period a year before ("Cùng kỳ", "Cùng kỳ năm trước", "Năm trước":
 * last year's figures, a comparison, never the report's); `year` a year it writes ("Cùng kỳ năm
 * 2023"). Null for any other cell.
 */
export function periodByPlace(cell: string): { readonly yearsBefore: 0 | 1 } | { readonly year: number } | null {
  const folded = cell.length <= 40 ? foldHeader(cell) : '';
  if (THIS_PERIOD.test(folded)) return { yearsBefore: 0 };
  if (SAME_PERIOD_BEFORE.test(folded)) return { yearsBefore: 1 };
  const of = SAME_PERIOD_OF.exec(folded);
  return of === null ? null : { year: Number(of[1]) };
}

/** A year written alone, marks after it let be: "2018", "2018.", "2018*" (1990–2100: no other number). */
const BARE_YEAR = /^((?:19|20|21)\d\d)[\s\p{P}\p{S}]*$/u;
/** One day alone, as a date cell shows it ("30/09/2018"). */
const LONE_DAY = /^\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20|21)\d\d)$/;

/**
 * A header group cell in the words a group of a year is read in: a year written alone ("2018",
 * the number Excel stores when one types it) or a date cell (30/09/2018, shown "Năm 2018" by its
 * format) is "Năm 2018"; any other cell as it is. Read bare, a year or a day was no period to the
 * group readers, and the columns under "2018" were taken for the report's own.
 */
export function yearGroupWords(cell: string): string {
  const text = cell.trim();
  const year = Number((BARE_YEAR.exec(text) ?? LONE_DAY.exec(text))?.[1] ?? NaN);
  return year >= 1990 && year <= 2100 ? `Năm ${year}` : cell;
}

/**
 * A year cell of dates alone that span one statistics year to its end, read as a period column's
 * cell is (periodNote): "01/10/2018 - 30/9/2019", "10/2018 - 9/2019", the cut-off "9/2019" are
 * 2019. Its latest date must fall in that year.
 */
function yearOfDates(cell: string): number | null {
  // one day alone is no span ("30/09/2019", a date cell shown as its year, may name the wrong one)
  if (cell.match(/(?<![\d/.])\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d/g)?.length === 1) return null;
  const written = yearWritten(cell);
  const period = written === null ? null : periodNote(cell, true);
  // nor may it begin before the year: "01/10/2017 - 30/9/2019" is two years' figures
  const earliest = Math.min(...[...cell.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].map((m) => Number(m[0])));
  return written !== null && period?.kind === 'year' && period.year === written && earliest >= written - 1 ? written : null;
}

/**
 * The statistics year of a year written alone or as the two calendar years it spans: "2019";
 * "2018-2019" (a niên độ, 1/10/2018–30/9/2019) is 2019. Two years not consecutive ("2017-2019",
 * "2019-2018") name no one statistics year: null.
 */
export function yearOfSpan(first: string, second: string | undefined): number | null {
  if (second === undefined) return Number(first);
  return Number(second) === Number(first) + 1 ? Number(second) : null;
}

/**
 * The year a declared row's label states: "Cộng năm 2018", "Tổng cộng 2018", "Cộng (2018)"; null
 * when it states none, or several. A year inside a citation ("TT 06/2019") or a date is no
 * statement: it must stand as a word of its own. Nor is a bound of a span ("lũy kế từ 2018",
 * "từ năm 2018", "đến 2019", "2018-2019"): it says where a count starts or ends, not the year
 * of the rows the total adds up.
 */
const SPAN_BOUND = latinLetters(/(?<![\p{L}\d])(?:từ|tu|kể từ|ke tu|đến|den|tới|toi|since|from|until|to)\s+(?:(?:năm|nam|year)\s+)?(?:19|20)\d\d(?![\p{L}\d])/giu);
export function yearOfLabel(label: string): number | null {
  const years = new Set<number>();
  const text = label.normalize('NFC').replace(SPAN_BOUND, ' ');
  for (const m of text.matchAll(latinLetters(/(?<![\p{L}\d/.\-–])((?:19|20)\d\d)(?![\p{L}\d/.\-–])/gu))) years.add(Number(m[1]));
  return years.size === 1 ? [...years][0]! : null;
}

/** Lines that cite a legal text ("Ban hành theo Thông tư số 01/2013/TT-BTP ngày …"): their years are not the report's. */
const CITATION = /thông tư|thong tu|tt-btp|ban hành|ban hanh|quyết định|quyet dinh|nghị định|nghi dinh/iu;
/**
 * A note's line ("Ghi chú: số liệu … tính đến 30/6/2025", "Lưu ý: …", "* …", "(*) …"): its days
 * and years explain the figures, they do not state the report's period — unless it states one
 * in full: "kỳ báo cáo", or a range from a day to a day ("(*) Số liệu từ ngày 01/10/2018 đến
 * ngày 31/3/2019"). Stars around a title ("***BÁO CÁO … 6 THÁNG NĂM 2019***") make no note.
 */
const NOTE_WORDS = latinLetters(/^[\s*]*(?:ghi chú|ghi chu|lưu ý|luu y|chú thích|chu thich|chú ý|chu y|note)(?![\p{L}\d])/iu);
const STAR_NOTE = /^\s*(?:\(\*+\)|\*+\s)/u;
const TITLE_WORDS = latinLetters(/(?<![\p{L}\d])(?:báo cáo|bao cao|report)(?![\p{L}\d])/iu);
const STATES_PERIOD = latinLetters(new RegExp(
  '(?<![\\p{L}\\d])(?:kỳ|kì|ky) báo cáo|(?<![\\p{L}\\d])(?:ky bao cao|reporting period)(?![\\p{L}\\d])' +
    '|(?<![\\p{L}\\d])(?:từ|tu|from)\\s+(?:ngày\\s+|ngay\\s+)?\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)\\d\\d.{0,40}?(?:đến|den|to|[-–])\\s*(?:(?:hết|het)\\s+)?(?:ngày\\s+|ngay\\s+)?\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)\\d\\d',
  'iu',
));

/**
 * A line whose days are written month first, as Excel in an English locale saves date cells to
 * CSV ("10/1/2018 … 9/30/2019"): one day reads only so (its second number above 12, its first
 * not), and none reads only day first. Such a line is rewritten day first; any other is kept.
 */
function dayFirst(line: string): string {
  const dates = [...line.matchAll(DATE)];
  const monthFirst = dates.some((d) => Number(d[2]) > 12 && Number(d[1]) <= 12) && !dates.some((d) => Number(d[1]) > 12);
  return monthFirst ? line.replace(DATE, (_m, month: string, day: string, year: string) => `${day}/${month}/${year}`) : line;
}

/**
 * A day a remark says something began on: "Kể từ ngày 01/7/2026 số liệu được tổng hợp theo Luật …",
 * "Từ 01/7/2026 áp dụng …", "Từ ngày 01/7/2026, Phòng THADS khu vực 5 được sáp nhập …", "From
 * 01/7/2026 the figures follow …" — a "từ" day that opens no range, a clause after it in its cell.
 * Read as the period's first day it had made a year's report (01/10/2025–30/9/2026) the quarter
 * from 1/7/2026. "Số liệu tính từ ngày 01/10/2024", "(Từ ngày 01/01/2018)", "từ ngày 01/01/2019
 * trở đi" still open the period; "từ … đến …", "from … to …" are ranges.
 */
const REMARK_DAY = latinLetters(/(?<![\p{L}\d])((?:kể từ|ke tu|từ|tu|since|from)\s+(?:ngày\s+|ngay\s+)?)(\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)(?=\s*,?\s*(?!(?:đến|den|tới|toi|cho đến|cho den|cho tới|cho toi|to|until|till|through|thru|trở đi|tro di|onwards?)(?![\p{L}\d]))\p{L})/giu);
/**
 * A day something took effect or began to exist on, said by the verb before its "từ": "Nghị quyết
 * số 202/2025/QH15 có hiệu lực từ ngày 01/7/2025", "… hiệu lực thi hành kể từ ngày …", "Phòng
 * THADS khu vực hoạt động từ ngày …", "… được thành lập / sáp nhập / hợp nhất từ ngày …", "áp
 * dụng từ …", "effective from …", "in force since …" — the end of its cell or a clause after it.
 * Only these verbs: a title's own "Số liệu tính từ ngày …", "(Từ ngày …)", "Kết quả hoạt động từ
 * ngày …" open the period; a range ("… từ … đến …", "… – …") is read as one.
 */
const VALID_FROM_DAY = latinLetters(new RegExp(
  '(?<=(?<![\\p{L}\\d])(?:(?:hiệu lực|hieu luc)(?:\\s+(?:thi hành|thi hanh))?|(?<!(?:kết quả|ket qua)\\s+)(?:hoạt động|hoat dong)|thành lập|thanh lap'
    + '|áp dụng|ap dung|sáp nhập|sap nhap|hợp nhất|hop nhat|giải thể|giai the|chính thức|chinh thuc|in force|in effect|effective'
    + '|(?:take|takes|took|taken)\\s+effect|established|merged|appl(?:y|ies|ied))\\s*,?\\s+)'
    + '((?:kể từ|ke tu|từ|tu|since|from)\\s+(?:ngày\\s+|ngay\\s+)?)(\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)\\d\\d)(?!\\d)'
    + '(?!\\s*,?\\s*(?:(?:đến|den|tới|toi|cho đến|cho den|cho tới|cho toi|to|until|till|through|thru)(?![\\p{L}\\d])|[-–—]\\s*(?:ngày\\s+|ngay\\s+)?\\d))',
  'giu',
));

/** A title cell with the days its remarks name (REMARK_DAY, VALID_FROM_DAY) blanked: they state no period, nor its year. */
function withoutRemarkDays(cell: string): string {
  // "Kể từ ngày 01 tháng 7 năm 2026, …" too: a day written out is read as in figures (titleLine)
  const blank = (_m: string, words: string, date: string) => words + ' '.repeat(date.length);
  return cell.normalize('NFC').replace(WRITTEN_DATE, '$1/$2/$3').replace(REMARK_DAY, blank).replace(VALID_FROM_DAY, blank);
}

function isNote(line: string): boolean {
  if (!NOTE_WORDS.test(line) && !(STAR_NOTE.test(line) && !TITLE_WORDS.test(line))) return false;
  return !STATES_PERIOD.test(line);
}

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
  return oneYear(standingMentions(rows));
}

/** The one statistics year of the mentions and the row that states it first; null for none, or two. */
function oneYear(stated: readonly Mention[]): { year: number; row: number } | null {
  const dated = stated.filter((m): m is Mention & { year: number } => m.year !== null);
  const years = new Set(dated.map((m) => m.year));
  return years.size === 1 ? { year: dated[0]!.year, row: dated[0]!.row } : null;
}

const YEAR = '((?:19|20)\\d\\d)(?!\\d)';
/** "ngày 30 tháng 9 năm 2019" → "30/9/2019": a date written out is read as one written in figures. */
const WRITTEN_DATE = /(?<!\d)(\d{1,2})\s+(?:tháng|thang)\s+(\d{1,2})\s+(?:năm|nam)\s+((?:19|20)\d\d)(?!\d)/giu;
/**
 * "1 - 10 - 2022", "31 . 3 . 2023" → "1/10/2022": a day in figures with spaces around its marks,
 * as the press writes it ("từ 1 - 10 - 2022 đến 31 - 3 - 2023"). Unread, a half-year report was
 * taken for the whole year and added to a year-end one (traps18 2). One mark throughout.
 */
const SPACED_DATE = /(?<![\d/.-])(\d{1,2})\s*([-./])\s*(\d{1,2})\s*\2\s*((?:19|20)\d\d)(?![\d/.-])/gu;
/** The day a report is signed, its day or month left blank for the pen: "ngày … tháng 01 năm 2020", "ngày   tháng   năm 2020". */
const DATELINE = latinLetters(new RegExp(`(?<![\\p{L}\\d])(?:ngày|ngay)[\\s\\d.…_]*(?:tháng|thang)[\\s\\d.…_]*(?:năm|nam)\\s+${YEAR}`, 'giu'));
/** A day in figures: "01/10/2018", "30.9.2019", "1-10-2024". */
const DATE = latinLetters(new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})[/.-](\\d{1,2})[/.-]${YEAR}`, 'gu'));
/**
 * What makes a day a period's first or last: a from/to before it ("đến hết ngày" too), the
 * report's cut-off ("Thời điểm báo cáo: 31/3/2018"), or a range mark to another day.
 */
const BEFORE_BOUND = latinLetters(/(?:(?<![\p{L}\d])(?:từ|tu|đến|den|from|to)\s+(?:(?:hết|het)\s+)?|(?<![\p{L}\d])(?:thời điểm|thoi diem)\s+(?:báo cáo|bao cao)\s*:?\s*)(?:ngày\s+|ngay\s+)?$/iu);
/** Of those, the words that make it a period's last day: a "từ" day alone opens one ("Số liệu tính từ ngày 01/10/2024"). */
const BEFORE_END = latinLetters(/(?:(?<![\p{L}\d])(?:đến|den|to)\s+(?:(?:hết|het)\s+)?|(?<![\p{L}\d])(?:thời điểm|thoi diem)\s+(?:báo cáo|bao cao)\s*:?\s*)(?:ngày\s+|ngay\s+)?$/iu);
const RANGE_MARK = /^\s*(?:đến|den|to|[-–—])\s*(?:ngày\s+|ngay\s+)?$/iu;
/**
 * A month or months of a year: "tháng 10 năm 2019", "tháng 10/2019", "Tháng 10-2018", "T10.2018",
 * "thang 10 nam 2019", "tháng 10-12/2018", "3T (10-12.2018)" (three months, October to December),
 * and the shortenings "T.3-2026", "Th3/2026", "th.3-2026" (unread, March was the whole year, added
 * to year-end reports). "TT06-2019" (a circular) is none: a T glued to a letter. Nor is a form's
 * code (th47): "TH 01/2025" — "TH" apart from a number padded to two digits, undotted — nor "TH"
 * after a form's word ("Mẫu TH01/2025", "Biểu số TH 02/2025"). Else "TH01/2025", "TH 3/2026" are
 * months: a form's code read as one is refused (periods disagree), a month read as none is summed
 * as the whole year.
 */
const MONTHS = latinLetters(new RegExp(
  `(?<![\\p{L}\\d])(?:(?:tháng|thang|t)\\.?\\s*|(?<!(?:mẫu|mau|biểu|bieu)(?:\\s+(?:số|so))?[\\s:.]*)th(?!\\s+0\\d)\\.?\\s*|\\d{1,2}\\s*(?:t|tháng|thang)\\s*\\(\\s*)(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\s*(?:[/.-]|\\s(?:năm|nam)\\s)\\s*${YEAR}`,
  'giu',
));
/** "III", "3", and "03" as a clerk pads it ("Quý 03/2026": unread, the third quarter was the whole year). */
const QUARTER_NUMBER = '(iv|i{1,3}|0?[1-4])(?![\\p{L}\\d])';
/**
 * A quarter of a calendar year, or two: "QUÝ IV NĂM 2018", "quý 4/2018", "Q4.2018", "Quy III nam
 * 2019", "QUÝ I VÀ II NĂM 2018" (1/1–30/6), "quý III và quý IV năm 2018" (1/7–31/12). "QUÝ II
 * NĂM THỐNG KÊ 2025" is a quarter of the statistics year (January to March 2025).
 */
const QUARTER = latinLetters(new RegExp(
  `(?<![\\p{L}\\d])(?:quý|quy|q)\\.?\\s*${QUARTER_NUMBER}(?:\\s*(?:,|và|va|[-–])\\s*(?:(?:quý|quy)\\s*)?${QUARTER_NUMBER})?`
    + `\\s*(?:[/._-]\\s*|(?:năm|nam)(\\s+(?:thống kê|thong ke))?\\s+)?${YEAR}`,
  'giu',
));
/** "năm 2025", "năm thống kê 2025" (the statistics year, as "năm" alone names it): the words before a statistics year. */
const OF_YEAR = '(?:năm|nam)(?:\\s+(?:thống kê|thong ke))?\\s+';
/**
 * A count of months in words, 1 to 12 ("SÁU THÁNG"), with or without marks. "năm" (five) only
 * with its breve: "nam" is also the south ("HÀ NAM THÁNG …").
 */
const COUNT_WORDS: Readonly<Record<string, number>> = {
  'mười một': 11, 'muoi mot': 11, 'mười hai': 12, 'muoi hai': 12, 'mười': 10, 'muoi': 10,
  'một': 1, 'mot': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'bon': 4, 'năm': 5, 'sáu': 6, 'sau': 6,
  'bảy': 7, 'bay': 7, 'tám': 8, 'tam': 8, 'chín': 9, 'chin': 9,
};
/** COUNT_WORDS as a pattern: "SÁU", "chin", "mười một"; COUNT_WORD captures it. */
const COUNT_WORD_ALTERNATIVES = Object.keys(COUNT_WORDS).join('|').replace(/ /gu, '\\s+');
const COUNT_WORD = `(${COUNT_WORD_ALTERNATIVES})`;
/**
 * A count of months spelled, "SÁU THÁNG", "chin thang": the one pattern of the words, for a
 * title's (here) and a file's or sheet's name (file-names.ts MONTHS), before its year or after it.
 */
export const SPELLED_MONTHS = `(?:${COUNT_WORD_ALTERNATIVES})\\s+(?:tháng|thang)`;
/** A month count as written, in figures or in words; null for none. */
function countOf(figures: string | undefined, words: string | undefined): number | null {
  return figures !== undefined ? Number(figures) : COUNT_WORDS[words!.toLowerCase().replace(/\s+/gu, ' ')] ?? null;
}
/**
 * Months counted from the statistics year's start, 1 October: "6 THÁNG ĐẦU NĂM 2025" (1/10/2024–
 * 31/3/2025), "SÁU THÁNG ĐẦU NĂM 2025", "6T/2025", "6 tháng/2025", "6 THÁNG ĐẦU NĂM THỐNG KÊ
 * 2025", "6 tháng / năm 2025", "9 tháng năm 2025" (to 30/6/2025), glued to its year too ("9T2026": unread,
 * nine months were the whole year). "6 tháng cuối năm 2025" (the last six
 * months) counts back from the statistics year's end, 30/9: 1/4/2025–30/9/2025 (lastMonthsStart) —
 * "năm 2025" is the statistics year (DOMAIN), never a calendar half; read with its year only, it was
 * the whole year (or, in a file's name, the first six months) and added to year-end files.
 */
const COUNTED_MONTHS = latinLetters(new RegExp(
  `(?<![\\p{L}\\d])(?:(\\d{1,2})\\s*(?:tháng|thang|t)|${COUNT_WORD}\\s+(?:tháng|thang))`
    + `(?:\\s+(?:đầu|dau)|\\s+(cuối|cuoi))?(?:\\s+${OF_YEAR}|\\s*[/.-]\\s*(?:${OF_YEAR})?|\\s*)${YEAR}`,
  'giu',
));
/** Six months in other words: "BÁN NIÊN 2018", "FIRST HALF OF 2018", "H1 2018" are "6 THÁNG 2018". */
const HALF_YEAR = latinLetters(new RegExp(`(?<![\\p{L}\\d])(?:bán niên|ban nien|first\\s+half(?:\\s+of)?|h1)(?:\\s+${OF_YEAR}|\\s*[/.-]\\s*|\\s+)${YEAR}`, 'giu'));
/**
 * The count after the year, in brackets ("NĂM 2018 (Số liệu 6 tháng)", "NĂM 2018 (6T)") or after a
 * space, a dash, a comma ("NĂM 2018 - CHÍN THÁNG", "NĂM 2018 SÁU THÁNG", "Năm 2018, 9 tháng đầu
 * năm", "NĂM 2018 - 6 THÁNG CUỐI NĂM" (group 4): the year's last months): "CHÍN THÁNG NĂM 2018".
 * Read as the year alone, nine months were the whole year, compared with a year's twelve (traps39
 * per tt/x2, tt/x10: exit 0). Not a count a number follows: "… 6 THÁNG ĐẦU NĂM 2020" is another
 * year's, "… 30 tháng 9" a day.
 */
const YEAR_THEN_COUNT = latinLetters(new RegExp(
  `(?<![\\p{L}\\d])${OF_YEAR}${YEAR}(?:\\s*\\(\\s*|\\s*[-–—,:]\\s*|\\s+)(?:(?:số liệu|so lieu)\\s+)?`
    + `(?:(\\d{1,2})\\s*(?:tháng|thang|t)|${COUNT_WORD}\\s+(?:tháng|thang))(?:\\s+(?:đầu|dau)|\\s+(cuối|cuoi))?(?:\\s+(?:năm|nam))?`
    + `(?:\\s*\\)|(?![\\p{L}\\d])(?![\\s\\-–—/.,]*(?:(?:đầu|dau|cuối|cuoi|năm|nam|thống kê|thong ke)(?![\\p{L}\\d])[\\s\\-–—/.,]*)*\\d))`,
  'giu',
));
/** Quarters counted from the statistics year's start: "2 QUÝ ĐẦU NĂM 2018" is "6 THÁNG ĐẦU NĂM 2018". */
const COUNTED_QUARTERS = latinLetters(new RegExp(
  `(?<![\\p{L}\\d])(?:([1-4])|(hai|ba|bốn|bon))\\s+(?:quý|quy)(?:\\s+(?:đầu|dau))?(?:\\s+${OF_YEAR}|\\s*[/.-]\\s*(?:${OF_YEAR})?|\\s+)${YEAR}`,
  'giu',
));
/**
 * Months counted without their year, the year stated on another title line: "Kỳ báo cáo: 6 tháng
 * đầu năm", "(Số liệu 6 tháng)", "6 THÁNG ĐẦU NĂM"; "6 tháng cuối năm" (group 4) the year's last
 * six months (countedBounds). Only these words: a count alone ("quá 6 tháng") may be anything.
 */
const YEARLESS_COUNT = latinLetters(new RegExp(
  `(?<![\\p{L}\\d])(?:(?:kỳ báo cáo|ky bao cao)\\s*:?\\s*|(?:số liệu|so lieu)\\s+)?(?:(\\d{1,2})\\s*(?:tháng|thang)|${COUNT_WORD}\\s+(?:tháng|thang))(\\s+(?:đầu|dau|(cuối|cuoi))\\s+(?:năm|nam))?(?![\\p{L}\\d])(?!\\s+(?:cuối|cuoi))`,
  'giu',
));
/** Whether a YEARLESS_COUNT match is one of its forms: after "Kỳ báo cáo"/"Số liệu", or "… đầu năm" / "… cuối năm". */
const YEARLESS_LEAD = /^(?:kỳ báo cáo|ky bao cao|số liệu|so lieu)/iu;
/** A range of months in figures: "Kỳ báo cáo: 10/2024 - 3/2025" (1/10/2024–31/3/2025). */
const MONTH_RANGE = latinLetters(new RegExp(`(?<![\\p{L}\\d/.-])(\\d{1,2})[/.]${YEAR}\\s*(?:[-–—]|đến|den)\\s*(\\d{1,2})[/.]${YEAR}(?![\\d/.])`, 'giu'));
/** The first day of quarter `q` of statistics year Y (quý I from 1 October of Y − 1). */
function countedQuarterStart(q: number, year: number): string {
  const month = 10 + 3 * (q - 1);
  return dayString(1, month > 12 ? month - 12 : month, month > 12 ? year : year - 1);
}
/**
 * A cell that is nothing but a part of a statistics year counted in months: "9 tháng đầu năm",
 * "3 tháng cuối năm", "(03 tháng cuối năm 2026)", "Chín tháng", "9 tháng năm 2026".
 */
const WHOLE_CELL_COUNT = latinLetters(new RegExp(
  `^(?:(?:số liệu|so lieu)\\s+)?(?:(\\d{1,2})\\s*(?:tháng|thang)|${COUNT_WORD}\\s+(?:tháng|thang))`
    + `(?:\\s+(?:(?:đầu|dau)|(cuối|cuoi)))?(?:\\s+(?:năm|nam))?(?:\\s*(?:19|20)\\d\\d)?$`,
  'iu',
));

/**
 * Its first and last days of the year ("10-01 06-30" for "9 tháng đầu năm", "07-01 09-30" for "3
 * tháng cuối năm", "10-01 09-30" for "12 tháng": the whole year, of which a part is no other row's), whatever
 * year; null for any other cell.
 */
export function countedPartOfYear(text: string): string | null {
  const m = WHOLE_CELL_COUNT.exec(text.normalize('NFC').trim().replace(/^\((.*)\)$/su, '$1').trim());
  const months = m === null ? null : countOf(m[1], m[2]);
  if (m === null || months === null || months < 1 || months > 12) return null;
  const { start, end } = countedBounds(months, 2019, m[3] !== undefined);
  return end === null ? null : `${(start ?? '2018-10-01').slice(5)} ${end.slice(5)}`;
}
/** The first day of the last N months of statistics year Y, which end on 30/9 of Y ("6 tháng cuối năm 2025": 1/4/2025); null for no such count. */
function lastMonthsStart(n: number | null, year: number): string | null {
  if (n === null || n < 1 || n > 12) return null;
  return n <= 9 ? dayString(1, 10 - n, year) : dayString(1, 22 - n, year - 1);
}
/** The bounds of N months of statistics year Y: its first N from 1 October of Y − 1, or (`last`) its last N to 30 September of Y. */
function countedBounds(n: number | null, year: number, last: boolean): { readonly start: string | null; readonly end: string | null } {
  if (!last) return { start: null, end: countedEnd(n, year) };
  const start = lastMonthsStart(n, year);
  return start === null ? { start: null, end: null } : { start, end: `${year}-09-30` };
}
/** The last day of N months of statistics year Y, counted from 1 October of Y − 1; null for no such count. */
function countedEnd(n: number | null, year: number): string | null {
  if (n === null || n < 1 || n > 12) return null;
  return n <= 3 ? monthEnd(9 + n, year - 1) : monthEnd(n - 3, year);
}
/**
 * "năm 2019", "NĂM 2019", "nam 2022", "năm thống kê 2019", "Year 2026"; and a form's field line
 * "Năm báo cáo: 2019", "Năm thống kê: 2019", "Năm: 2019" (its colon, or "báo cáo", after "năm").
 * Each may give the two calendar years the statistics year spans: "Năm báo cáo: 2017-2018",
 * "NĂM 2017 - 2018", "năm 2017/2018" are 2018 (yearOfSpan).
 */
const YEAR_WORD = latinLetters(new RegExp(`(?<![\\p{L}\\d])(?:${OF_YEAR}|(?:năm|nam)(?:\\s+(?:thống kê|thong ke|báo cáo|bao cao))?\\s*:\\s*|(?:năm|nam)\\s+(?:báo cáo|bao cao)\\s+|year\\s*:?\\s+)${YEAR}(?:\\s*[-–/]\\s*${YEAR})?`, 'giu'));
/** Of YEAR_WORD's forms, the title's words for the whole year: "NĂM 2019", "năm thống kê 2019" (OF_YEAR), no field's colon. */
const WHOLE_YEAR_WORD = new RegExp(`^${OF_YEAR}${YEAR}`, 'iu');
/** "cả" before them: "CẢ NĂM 2019", "ca nam 2019"; and before a yearless name's "năm" its year was put after ("Mỹ Lộc cả năm" of 2019). */
const ALL_OF_YEAR = latinLetters(/(?<![\p{L}\d])(?:cả|ca)\s+(?:(?:năm|nam)\s+)?$/iu);
/**
 * Words that name a part of the figures: "(Trong đó số liệu từ 01/7/2026 đến 30/9/2026 theo biểu
 * mẫu mới)" under a year's title is the quarter within the year, not the report's period.
 */
const PART_OF_WORDS = ['trong do', 'trong so do', 'of which'];
/**
 * Words after which a year is another period's than the figures': a comparison ("cùng kỳ: từ
 * 01/10/2017 đến 30/9/2018", "so với năm 2018", "kỳ trước") or the plan that follows the results
 * ("VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2020", "kế hoạch năm 2020"). Not "chỉ tiêu": "CÁC CHỈ TIÊU THỐNG
 * KÊ … NĂM 2019" names the report's own figures.
 */
const ASIDE = latinLetters(new RegExp(`(?<![\\p{L}\\d])(?:${[...COMPARISON_WORDS.filter((w) => w !== 'chi tieu'), 'phuong huong', 'nhiem vu', ...PART_OF_WORDS].map(rawPattern).join('|')})(?![\\p{L}\\d])`, 'giu'));

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
  /** null: months counted without a year ("Kỳ báo cáo: 6 tháng đầu năm"), of the title's one year */
  readonly year: number | null;
  readonly row: number;
  /** offset in the row's text as read (a date written out already in figures) */
  readonly at: number;
  /** the last day of the period it states (YYYY-MM-DD), null for a year alone or a day that begins one */
  readonly end: string | null;
  /** the first day of the period it states, null when it states none (words count from 1 October) */
  readonly start: string | null;
  /** the bounds are days (or months) written in figures, not derived from a quarter's or months' words */
  readonly dated: boolean;
  /** of a yearless mention: the months it counts */
  readonly months?: number;
  /** of a yearless mention: its months are the year's last ("6 tháng cuối năm"), to 30 September */
  readonly last?: boolean;
  /** named by a month's or a quarter's words ("THÁNG 9/2019", "QUÝ III/2019"), not the year's or days */
  readonly part?: boolean;
  /** "năm 2019", "năm thống kê 2019": the whole statistics year in words (not a form's field "Năm báo cáo: 2019") */
  readonly whole?: boolean;
  /** of a whole year's words, "cả năm 2019": the whole year said outright, not only its label (wholeYearStated) */
  readonly all?: boolean;
}

/**
 * Every statistics year the title lines (or a name, as one line) state, in reading order. Each
 * span is read once: a period's days, months and quarters are taken out (blanked, so offsets
 * hold) before "năm N" is looked for, so "tháng 10 năm 2019" is not also the year 2019.
 */
/**
 * A title line as its days are read: written-out days as figures ("31 tháng 3 năm 2019" →
 * "31/3/2019"), day first; null for a line that states no period (a citation, a note).
 */
function titleLine(cells: readonly string[]): string | null {
  // read as it prints ("6\u200b THÁNG", "ＮĂＭ ２０１９": plainText) and "QUÍ I" as "QUÝ I" (periodSpelling) by every rule that reads the line
  const line = withCountedDays(cells.map((cell) => withoutRemarkDays(periodSpelling(plainText(cell.normalize('NFC'))))).join(' ').normalize('NFC'));
  return CITATION.test(line) || isNote(line) ? null : dayFirst(withStartYear(line.replace(WRITTEN_DATE, '$1/$2/$3').replace(SPACED_DATE, '$1/$3/$4')));
}

/**
 * A range whose first day or month is written without its year, the year given once at its end:
 * "Từ ngày 01/7 đến ngày 30/9/2026", "từ ngày 01 tháng 7 đến ngày 30/9/2026", "Từ tháng 7 đến
 * tháng 9 năm 2026". Unread, the first day was lost and the period counted from 1 October: the
 * last quarter of 2026 (the TT 05/2026 forms' part of the year) was taken for the whole year.
 */
const YEARLESS_START_DAY = latinLetters(new RegExp(
  '(?<![\\p{L}\\d/.])((?:từ|tu|from)\\s+(?:(?:ngày|ngay)\\s+)?)(\\d{1,2})(?:[/.]|\\s+(?:tháng|thang)\\s+)(\\d{1,2})(?![\\d/.]|\\s*[/.]\\s*\\d|\\s+(?:năm|nam)(?![\\p{L}\\d]))'
    + `(\\s*(?:[-–—]|đến|den|to)\\s*(?:(?:hết|het)\\s+)?(?:(?:ngày|ngay)\\s+)?)(\\d{1,2})[/.-](\\d{1,2})[/.-]${YEAR}`,
  'giu',
));
const YEARLESS_START_MONTH = latinLetters(new RegExp(
  '(?<![\\p{L}\\d])((?:từ|tu|from)\\s+)(?:tháng|thang)\\s*(\\d{1,2})(?![\\d/.]|\\s*[/.-]\\s*\\d|\\s+(?:năm|nam)(?![\\p{L}\\d]))'
    + `(\\s*(?:[-–—]|đến|den|to)\\s*)(?:tháng|thang)\\s*(\\d{1,2})\\s*(?:[/.-]|\\s(?:năm|nam)\\s)\\s*${YEAR}`,
  'giu',
));

/**
 * The year of a range's first day written without it ("01/10 … 31/3/2026"): the last day's year,
 * or the year before when the first day falls later in the year (1/10/2025). The one rule for
 * titles (withStartYear, withCountedDays) and names (file-names.ts barePeriodRange).
 */
export function startYearOf(day: number, month: number, endDay: number, endMonth: number, endYear: number): number {
  return month < endMonth || (month === endMonth && day <= endDay) ? endYear : endYear - 1;
}

/** The range with its first day dated (startYearOf). */
function withStartYear(line: string): string {
  return line
    .replace(YEARLESS_START_DAY, (m, from: string, d: string, mo: string, to: string, ed: string, em: string, y: string) => {
      const [day, month, endDay, endMonth, year] = [d, mo, ed, em, y].map(Number) as [number, number, number, number, number];
      const last = (mo: number) => Number(monthEnd(mo, year)?.slice(8) ?? 0);
      if (day < 1 || day > last(month) || endDay < 1 || endDay > last(endMonth)) return m;
      return `${from}${day}/${month}/${startYearOf(day, month, endDay, endMonth, year)}${to}${endDay}/${endMonth}/${year}`;
    })
    .replace(YEARLESS_START_MONTH, (m, from: string, mo: string, to: string, em: string, y: string) => {
      const [month, endMonth, year] = [mo, em, y].map(Number) as [number, number, number];
      const end = monthEnd(endMonth, year);
      if (monthEnd(month, year) === null || end === null) return m;
      return `${from}1/${month}/${startYearOf(1, month, 1, endMonth, year)}${to}${Number(end.slice(8))}/${endMonth}/${year}`;
    });
}

const MONTHS_OF_CIRCULAR = latinLetters(new RegExp(
  `(?<![\\p{L}\\d])(?:(\\d{1,2})|${COUNT_WORD})\\s*(?:tháng|thang)\\s+(?:thực hiện|thuc hien|theo|áp dụng|ap dung)\\s+`
    + '(?:thông tư|thong tu|tt)\\s*(?:(?:số|so)\\s*)?(\\d{1,2}/(?:19|20)\\d\\d)(?:/tt-btp)?(?![\\p{L}\\d])',
  'giu',
));
/** A count of months and the day they run from: "03 tháng năm 2026 (từ 01/7/2026)", "3 tháng (từ ngày 01/7/2026)". */
const MONTHS_FROM_DAY = latinLetters(new RegExp(
  `(?<![\\p{L}\\d])(?:(\\d{1,2})|${COUNT_WORD})\\s*(?:tháng|thang)(\\s+${OF_YEAR}${YEAR})?\\s*\\(\\s*(?:(?:số liệu|so lieu)\\s+)?(?:(?:tính|tinh)\\s+)?`
    + `(?:kể từ|ke tu|từ|tu|from)\\s+(?:(?:ngày|ngay)\\s+)?(\\d{1,2})[/.-](\\d{1,2})[/.-]${YEAR}\\s*\\)`,
  'giu',
));
/**
 * Days without their year in brackets right after the statistics year: "Giai đoạn 2 năm 2026 (01/7
 * - 30/9)", "Năm 2026 (từ 01/7 đến 30/9)". The last day is of that statistics year (October to
 * December of the year before), the first of startYearOf's.
 */
const YEAR_THEN_DAYS = latinLetters(new RegExp(
  `(?<![\\p{L}\\d])(${OF_YEAR}${YEAR}\\s*\\(\\s*)(?:(?:số liệu|so lieu)\\s+)?(?:(?:từ|tu|from)\\s+)?(?:(?:ngày|ngay)\\s+)?(\\d{1,2})[/.](\\d{1,2})`
    + '\\s*(?:[-–—]|đến|den|to)\\s*(?:(?:hết|het)\\s+)?(?:(?:ngày|ngay)\\s+)?(\\d{1,2})[/.](\\d{1,2})(?=\\s*\\))',
  'giu',
));
/**
 * One day without its year that the figures run to, in brackets right after the statistics year
 * or after a dash: "NĂM 2018 (tính đến 31/3)", "Năm 2018 (số liệu đến hết ngày 30/6)", "NĂM 2018 -
 * đến 31/3". The day is of that statistics year (October to December of the year before). Unread,
 * six months were the whole year 2018, compared with a year's twelve (traps39 per tt/x6: exit 0).
 */
const YEAR_THEN_END_DAY = latinLetters(new RegExp(
  `(?<![\\p{L}\\d])(${OF_YEAR}${YEAR}(?:\\s*\\(\\s*|\\s*[-–—,:]\\s*))(?:(?:số liệu|so lieu)\\s+)?(?:(?:tính|tinh)\\s+)?(?:đến|den|to)\\s+(?:(?:hết|het)\\s+)?(?:(?:ngày|ngay)\\s+)?(\\d{1,2})[/.](\\d{1,2})(?![\\d/.])`,
  'giu',
));
/** "từ d/m/y đến <its last day>" of N months from a month's first day; null for another day or count. */
function monthsFrom(months: number | null, day: number, month: number, year: number): string | null {
  if (months === null || months < 1 || months > 12 || day !== 1 || month < 1 || month > 12) return null;
  const last = month + months - 1;
  const end = monthEnd(last > 12 ? last - 12 : last, last > 12 ? year + 1 : year)!;
  return `từ 1/${month}/${year} đến ${Number(end.slice(8))}/${Number(end.slice(5, 7))}/${end.slice(0, 4)}`;
}
/**
 * A title line whose part of the year is said by a count of months and the day it runs from, or
 * by days without their year after the year, with its days written out (read as any range):
 * "Năm 2026 (số liệu 03 tháng thực hiện Thông tư 05/2026)" → "Năm 2026 (số liệu từ 1/7/2026 đến
 * 30/9/2026)"; "03 tháng năm 2026 (từ 01/7/2026)" → "năm 2026 (từ 1/7/2026 đến 30/9/2026)";
 * "Giai đoạn 2 năm 2026 (01/7 - 30/9)" → "… năm 2026 (từ 1/7/2026 đến 30/9/2026)"; "NĂM 2018 (tính
 * đến 31/3)" → "NĂM 2018 (đến 31/3/2018)" (YEAR_THEN_END_DAY). Unread, the
 * quarter was the whole year 2026 (the citation made the line a citation's, the count ran from 1
 * October, the yearless days were no days) and was added to year-end reports.
 */
function withCountedDays(line: string): string {
  return line
    .replace(MONTHS_OF_CIRCULAR, (m, figures: string | undefined, words: string | undefined, circular: string) => {
      const start = MIDYEAR_CIRCULAR_START[circular];
      return (start && monthsFrom(countOf(figures, words), ...start)) ?? m;
    })
    .replace(MONTHS_FROM_DAY, (m, figures: string | undefined, words: string | undefined, ofYear: string | undefined, _y: string | undefined, d: string, mo: string, y: string) => {
      const range = monthsFrom(countOf(figures, words), Number(d), Number(mo), Number(y));
      return range === null ? m : `${ofYear === undefined ? '' : `${ofYear.trim()} `}(${range})`;
    })
    .replace(YEAR_THEN_DAYS, (m, before: string, y: string, d1: string, m1: string, d2: string, m2: string) => {
      const [day, month, endDay, endMonth] = [d1, m1, d2, m2].map(Number) as [number, number, number, number];
      if (yearlessDay(day, month) === null || yearlessDay(endDay, endMonth) === null) return m;
      const endYear = endMonth >= 10 ? Number(y) - 1 : Number(y);
      return `${before}từ ${day}/${month}/${startYearOf(day, month, endDay, endMonth, endYear)} đến ${endDay}/${endMonth}/${endYear}`;
    })
    .replace(YEAR_THEN_END_DAY, (m, before: string, y: string, d: string, mo: string) => {
      const [day, month] = [d, mo].map(Number) as [number, number];
      if (yearlessDay(day, month) === null) return m;
      return `${before}đến ${day}/${month}/${month >= 10 ? Number(y) - 1 : Number(y)}`;
    });
}

/** "sơ kết", "so ket": the mid-year review ("báo cáo sơ kết 6 tháng"); "số kết quả" is none. */
const MID_YEAR_REVIEW = latinLetters(/(?<![\p{L}\d])(?:sơ|so)[\s_-]+(?:kết|ket)(?![\p{L}\d])(?![\s_-]*(?:quả|qua)(?![\p{L}\d]))/giu);
/**
 * The one reading of a mid-year review, a file's or a sheet's name's (file-names.ts) and a
 * title's: "sơ kết" is the six months from 1 October ("6 tháng đầu năm"), where nothing else
 * the text states is a period — `statesPeriod`, the reader's own test, is given the text
 * without it: "Sơ kết 9 tháng 2026", "SƠ KẾT 6 THÁNG ĐẦU NĂM 2018" state their own. A "tổng
 * kết" (year-end review) is the whole year, as "năm 2018" alone is.
 */
export function withMidYearReview(text: string, statesPeriod: (rest: string) => boolean): string {
  if (text.search(MID_YEAR_REVIEW) < 0 || statesPeriod(text.replace(MID_YEAR_REVIEW, ' '))) return text;
  return text.replace(MID_YEAR_REVIEW, '6 tháng đầu năm');
}

/**
 * Title lines with a mid-year review read as six months (withMidYearReview) where no line states
 * another period: a mention other than a year's alone, or a count of months, a quarter, a half
 * year, the whole year's words on a line of no year ("Kỳ báo cáo: 9 tháng"). Read as its year
 * alone, "BÁO CÁO SƠ KẾT CÔNG TÁC THADS NĂM 2018" was the whole year 2018, six months compared
 * with a year's twelve (traps39 per tt/x9: exit 0).
 */
function withTitleReview(rows: readonly (readonly string[])[]): readonly (readonly string[])[] {
  const joined = rows.map((cells) => cells.join(' ')).join('\n');
  const read = withMidYearReview(joined, (rest) => {
    const restRows = rest.split('\n').map((line) => [line]);
    return OTHER_PERIOD_WORDS.test(rest) || mentionsAsWritten(restRows).mentions.some((m) => m.year === null || m.end !== null || m.start !== null || m.part === true);
  });
  return read === joined ? rows : rows.map((cells) => cells.map((cell) => withMidYearReview(cell, () => false)));
}
/** Words of a period a title may write on a line of no year: a count of months (not a day's "05 tháng 4") or quarters, a quarter, a half year, the whole year's ("cả năm", "tổng kết"). */
const OTHER_PERIOD_WORDS = latinLetters(new RegExp(
  `(?<![\\p{L}\\d])(?:\\d{1,2}\\s*(?:tháng|thang)(?!\\s*\\d)|${SPELLED_MONTHS}(?!\\s*\\d)|\\d\\s*(?:quý|quy)|(?:quý|quy)\\s*(?:0?[1-4]|iv|i{1,3})|bán niên|ban nien|first\\s+half|h1|(?:cả|ca)\\s+(?:năm|nam)|(?:tổng|tong)\\s+(?:kết|ket))(?![\\p{L}\\d])`,
  'iu',
));

function mentions(rows: readonly (readonly string[])[]): { mentions: Mention[]; texts: string[]; unread: string[] } {
  return mentionsAsWritten(withTitleReview(rows));
}

function mentionsAsWritten(rows: readonly (readonly string[])[]): { mentions: Mention[]; texts: string[]; unread: string[] } {
  const found: Mention[] = [];
  const texts: string[] = [];
  /** each row's text with every span read blanked: what no mention reads */
  const unread: string[] = [];
  rows.forEach((cells, row) => {
    const read = titleLine(cells);
    let text = read === null ? '' : read.replace(DATELINE, ' ');
    texts.push(text);
    unread.push('');
    if (read === null) return;
    const add = (year: number | null, at: number, end: string | null = null, dated = false, start: string | null = null, part = false) => {
      if (year !== null) found.push({ year, row, at, end, start, dated, ...(part ? { part } : {}) });
    };
    const blank = (m: string) => ' '.repeat(m.length);
    // Months first: "10-12.2018" after "3T (" is three months, not 10 December.
    text = text.replace(MONTHS, (m, first: string, last: string | undefined, year: string, at: number) => {
      add(statisticsYear(Number(first), Number(year)), at, last === undefined ? monthEnd(Number(first), Number(year)) : null, false, null, true);
      if (last !== undefined) add(statisticsYear(Number(last), Number(year)), at, monthEnd(Number(last), Number(year)), false, null, true);
      return blank(m);
    });
    // "10/2024 - 3/2025": from the first month's first day to the last month's last.
    text = text.replace(MONTH_RANGE, (m, first: string, firstYear: string, last: string, lastYear: string, at: number) => {
      const start = monthEnd(Number(first), Number(firstYear)) === null ? null : dayString(1, Number(first), Number(firstYear));
      const end = monthEnd(Number(last), Number(lastYear));
      if (start === null || end === null || start > end) return m;
      add(statisticsYear(Number(first), Number(firstYear)), at);
      add(statisticsYear(Number(last), Number(lastYear)), at, end, true, start);
      return blank(m);
    });
    // A quarter (of a calendar year) is of the statistics year of its last month: quý IV of 2018
    // is 2019. Two quarters start on the first's first day; one starts where words do (1/10).
    text = text.replace(QUARTER, (m, first: string, second: string | undefined, statistics: string | undefined, year: string, at: number) => {
      const number = (q: string) => romanValue(q.toLowerCase()) ?? Number(q);
      const from = number(first);
      const to = second === undefined ? from : number(second);
      const y = Number(year);
      if (to < from) add(statistics ? y : statisticsYear(3 * to, y), at);
      // one quarter that ends the statistics year ("QUÝ III/2026", "Quý IV năm thống kê 2026") starts
      // on its own first day: counted from 1 October it was the whole year, added to year-end reports
      else if (statistics) add(y, at, countedEnd(3 * to, y), false, to > from || to === 4 ? countedQuarterStart(from, y) : null, true);
      else add(statisticsYear(3 * to, y), at, monthEnd(3 * to, y), false, to > from || to === 3 ? dayString(1, 3 * from - 2, y) : null, true);
      return blank(m);
    });
    text = text.replace(COUNTED_QUARTERS, (m, figures: string | undefined, words: string | undefined, year: string, at: number) => {
      const n = figures !== undefined ? Number(figures) : COUNT_WORDS[words!.toLowerCase()]!;
      add(Number(year), at, countedEnd(3 * n, Number(year)));
      return blank(m);
    });
    // N months of statistics year Y end N months after 1 October of Y − 1; the year is Y, as "năm Y" says.
    text = text.replace(YEAR_THEN_COUNT, (m, year: string, figures: string | undefined, words: string | undefined, late: string | undefined, at: number) => {
      const { start, end } = countedBounds(countOf(figures, words), Number(year), late !== undefined);
      add(Number(year), at, end, false, start);
      return blank(m);
    });
    text = text.replace(COUNTED_MONTHS, (m, figures: string | undefined, words: string | undefined, late: string | undefined, year: string, at: number) => {
      const { start, end } = countedBounds(countOf(figures, words), Number(year), late !== undefined);
      add(Number(year), at, end, false, start);
      return blank(m);
    });
    text = text.replace(HALF_YEAR, (m, year: string, at: number) => {
      add(Number(year), at, countedEnd(6, Number(year)));
      return blank(m);
    });
    // A period's days ("từ 01/10/2019 đến 31/12/2019"); any other day (of signing, of an
    // export) is taken out unread.
    for (const d of periodDays(text)) {
      const day = dayString(d.day, d.month, d.year);
      add(statisticsYear(d.month, d.year), d.at, d.ends ? day : null, true, d.ends ? null : day);
    }
    text = text.replace(DATE, blank);
    // two years not consecutive ("năm 2017-2019") state none: blanked, so neither is read alone
    text = text.replace(YEAR_WORD, (m, year: string, second: string | undefined, at: number) => {
      const y = yearOfSpan(year, second);
      if (y !== null) found.push({ year: y, row, at, end: null, start: null, dated: false, ...(WHOLE_YEAR_WORD.test(m) ? { whole: true, ...(ALL_OF_YEAR.test(text.slice(0, at)) ? { all: true } : {}) } : {}) });
      return blank(m);
    });
    for (const m of text.matchAll(YEARLESS_COUNT)) {
      const months = countOf(m[1], m[2]);
      if (months !== null && (m[3] !== undefined || YEARLESS_LEAD.test(m[0]))) found.push({ year: null, row, at: m.index, end: null, start: null, dated: false, months, ...(m[4] !== undefined ? { last: true } : {}) });
    }
    unread[row] = text;
  });
  found.sort((a, b) => a.row - b.row || a.at - b.at);
  return { mentions: found, texts, unread };
}

/** A 4-digit year standing alone: no part of a day ("2020-01-15", "15.01.2020") nor of other digits. */
const LONE_YEAR = /(?<!\d[-./]?)((?:19|20)\d\d)(?![-./]?\d)/gu;
/**
 * The years a line writes alone that no statement of its period reads, outside a comparison's
 * or a plan's aside: "bao cao nam 2019 2020" → [2020] ("năm 2019" is read, 2020 beside it is not);
 * "năm 2019 xuất 2020-01-15" → [] (a day). A file's name read as a title (file-names.ts yearsOfName).
 */
export function unreadYears(rows: readonly (readonly string[])[]): number[] {
  const { texts, unread } = mentions(rows);
  return [...new Set(unread.flatMap((rest, row) => {
    const lone = [...rest.matchAll(LONE_YEAR)];
    const aside = inAsides(texts[row]!, lone.map((m) => m.index));
    return lone.flatMap((m, i) => (aside[i] ? [] : [Number(m[1])]));
  }))];
}

/**
 * The years that state the figures' period: the first stated, in reading order, and any later
 * one not set aside as a comparison's or a plan's. "NĂM 2019 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2020"
 * → 2019; "từ 01/10/2018 đến 30/9/2019 (cùng kỳ: từ 01/10/2017 đến 30/9/2018)" → 2019; "NĂM 2019
 * (từ 01/10/2019 đến 31/12/2019)" → 2019 and 2020, of equal standing.
 */
function standingMentions(rows: readonly (readonly string[])[]): Mention[] {
  const { mentions: all, texts } = mentions(rows);
  const aside = new Set<Mention>();
  texts.forEach((text, row) => {
    const of = all.filter((m) => m.row === row);
    inAsides(text, of.map((m) => m.at)).forEach((set, i) => set && aside.add(of[i]!));
  });
  return joinedParts(all.filter((m, i) => i === 0 || !aside.has(m)));
}

/** The day after a YYYY-MM-DD day, as YYYY-MM-DD. */
function dayAfter(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return dayString(next.getUTCDate(), next.getUTCMonth() + 1, next.getUTCFullYear());
}

/** The statistics year of a YYYY-MM-DD day. */
function yearOfDay(day: string): number {
  return statisticsYear(Number(day.slice(5, 7)), Number(day.slice(0, 4)))!;
}

/**
 * Periods written in full, each beginning the day after the one before ends, within one
 * statistics year, read as the one period they make: the year of the provinces' merger, "(Từ
 * 01/10/2024 đến 30/6/2025 theo đơn vị cũ và từ 01/7/2025 đến 30/9/2025 theo đơn vị mới)", on one
 * line or two, is 1/10/2024–30/9/2025 (traps23 q1, q3: refused YEAR_CONFLICT, which is the
 * report's?); so is 2026 split at TT 05/2026. The inner bounds are dropped, in whichever order the
 * parts are written. Left as they are (two starts, refused) where the parts leave a gap or overlap, span two statistics years, where
 * another day stands alone ("Số liệu tính từ ngày 01/7/2026"), or where a year or a period in
 * words says otherwise ("9 THÁNG NĂM 2026" over parts to 30/9/2026).
 */
function joinedParts(stated: Mention[]): Mention[] {
  const dated = stated.filter((m) => m.dated);
  const parts: { from: Mention; to: Mention }[] = [];
  for (let i = 0; i < dated.length; i++) {
    const m = dated[i]!;
    const next = dated[i + 1];
    if (m.start !== null && m.end !== null) parts.push({ from: m, to: m });
    else if (m.start !== null && next !== undefined && next.start === null && next.end !== null) parts.push({ from: m, to: next }), i++;
    else return stated;
  }
  if (parts.length < 2) return stated;
  parts.sort((a, b) => (a.from.start! < b.from.start! ? -1 : 1));
  const first = parts[0]!.from.start!;
  const last = parts.at(-1)!.to.end!;
  const year = yearOfDay(first);
  if (yearOfDay(last) !== year || !parts.every((p, k) => k === 0 || p.from.start === dayAfter(parts[k - 1]!.to.end!))) return stated;
  const words = stated.filter((m) => !m.dated);
  if (words.some((m) => (m.year !== null && m.year !== year) || (m.end !== null && m.end !== last) || (m.start !== null && m.start !== first))) return stated;
  const inner = new Set(parts.flatMap((p, k) => [...(k > 0 ? [p.from] : []), ...(k < parts.length - 1 ? [p.to] : [])]));
  return stated.flatMap((m) => {
    if (!inner.has(m)) return [m];
    // a range in one mention ("10/2024 - 3/2025") keeps the bound that is the whole's
    if (m.start !== null && m.end !== null && (m === parts[0]!.from || m === parts.at(-1)!.to)) return [{ ...m, ...(m === parts[0]!.from ? { end: null } : { start: null }) }];
    return [];
  });
}

/**
 * For each offset of `ats` (ascending) of a line, whether it follows an aside's word within its
 * brackets (to the end of the line outside any). One pass over the line: an aside closes where
 * the brackets opened since it fall below zero, so while the one that opened at the lowest
 * depth is open, one is ("…(cùng kỳ: từ 01/10/2017) 2019" → 2019 stands).
 */
function inAsides(text: string, ats: readonly number[]): boolean[] {
  const ends = [...text.matchAll(ASIDE)].map((a) => a.index + a[0].length);
  let next = 0;
  let depth = 0;
  /** the depth at which the lowest open aside began; Infinity: none is open */
  let openAt = Infinity;
  let i = 0;
  return ats.map((at) => {
    for (; ; i++) {
      while (next < ends.length && ends[next]! <= i) openAt = Math.min(openAt, depth), next++;
      if (i >= at) break;
      const c = text[i]!;
      if (c === '(' || c === '[' || c === '{') depth++;
      else if ((c === ')' || c === ']' || c === '}') && --depth < openAt) openAt = Infinity;
    }
    return openAt !== Infinity;
  });
}

/** Every statistics year the title lines (or a name, as one line) state for its figures, once each, in reading order. */
export function statedYears(rows: readonly (readonly string[])[]): number[] {
  return [...new Set(standingMentions(rows).flatMap((m) => (m.year === null ? [] : [m.year])))];
}

/** The days of a line that begin or end a period ("từ 01/10/2024 đến 31/3/2025"), in order. */
/**
 * Where a window ending at a date may start (`from`, moved back to the start of the word it
 * cuts): a "từ"/"đến" before the date is within its last few words, and testing the whole line
 * before every date took seconds on a line of thousands of dates.
 */
function wordStartBefore(text: string, from: number): number {
  let at = Math.max(0, from);
  while (at > 0 && latinLetters(/[\p{L}\d]/u).test(text[at - 1]!)) at--;
  return at;
}

/**
 * `ends`: the day is a period's last — after "đến", or a range's second day. A "từ" day, or a
 * range's first, only opens one: the period's end is not known from it.
 */
function periodDays(text: string): { day: number; month: number; year: number; at: number; ends: boolean }[] {
  const dates = [...text.matchAll(DATE)];
  return dates.flatMap((d, i) => {
    const next = dates[i + 1];
    const previous = dates[i - 1];
    const before = text.slice(wordStartBefore(text, d.index - 64), d.index);
    const closes = previous !== undefined && RANGE_MARK.test(text.slice(previous.index + previous[0].length, d.index));
    const opens = next !== undefined && RANGE_MARK.test(text.slice(d.index + d[0].length, next.index));
    if (!closes && !opens && !BEFORE_BOUND.test(before)) return [];
    return [{ day: Number(d[1]), month: Number(d[2]), year: Number(d[3]), at: d.index, ends: closes || (!opens && BEFORE_END.test(before)) }];
  });
}

/**
 * What may stand beside a header's year or days: "từ", "đến", "ngày", dashes, and the words that
 * only describe the figures ("tính đến 30/9/2019", "số liệu đến 30/9/2019", "Kết quả thi hành
 * án năm 2019", "Thực hiện năm 2019", "Thống kê năm 2019"): they change no period the year names.
 */
const BOUND_WORDS = latinLetters(/(?<![\p{L}\d])(?:từ|tu|đến|den|ngày|ngay|from|to|tính|tinh|số\s+liệu|so\s+lieu|kết\s+quả|ket\s+qua|thực\s+hiện|thuc\s+hien|thi\s+hành\s+án|thi\s+hanh\s+an|thống\s+kê|thong\s+ke)(?![\p{L}\d])|[-–—:,;.\s]/giu);

/**
 * Two consecutive calendar years, as a statistics year is named by its span ("2018-2019",
 * "2018/2019", "năm 2018 - 2019", "niên độ 2018-2019"). Not a date's year ("10/2018-2019").
 */
const YEAR_SPAN = /(?<![\d/.])(?:(niên độ|nien do|NĐ)\s*:?\s*)?((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)(?![\d/.])/giu;
/**
 * A header's period with each span of two years written as the statistics year it names
 * (yearOfSpan): "năm 2018-2019" is "năm 2019", as a title and a year cell read it. Two years
 * not consecutive ("2017-2019") are left as written: no one year.
 */
function spanAsYear(text: string): string {
  return text.replace(YEAR_SPAN, (m, term: string | undefined, first: string, second: string) => {
    const year = yearOfSpan(first, second);
    return year === null ? m : `${term ? 'năm ' : ''}${year}`;
  });
}

/**
 * Whether a header's period names statistics year `year` as the report counts it, and nothing
 * else: "năm 2019", "2019", "năm 2018-2019" (spanAsYear), "từ năm 2019", a day that opens it ("từ 01/10/2018") or ends the
 * report's period ("đến 30/9/2019", "tính đến ngày 30/9/2019", or the title's last day `end`: "đến 31/3/2019" in a report of
 * six months; "từ 01/01/2019" when the title's first day `start` is 1/1/2019), or both ("01/10/2018 - 30/9/2019"). A month, a quarter, any other day or word is
 * another period, or a part of one.
 */
export function namesYearPeriod(text: string, year: number, end: string | null, start: string | null = null): boolean {
  const t = spanAsYear(text.normalize('NFC')).replace(WRITTEN_DATE, '$1/$2/$3');
  if (t.search(MONTHS) >= 0 || t.search(QUARTER) >= 0) return false;
  const days = periodDays(t);
  if (days.length !== [...t.matchAll(DATE)].length) return false;
  const bounds = [start ?? `${year - 1}-10-01`, end ?? `${year}-09-30`];
  if (!days.every((d) => bounds.includes(dayString(d.day, d.month, d.year)))) return false;
  // "năm thống kê 2019" is "năm 2019" (OF_YEAR)
  const years = latinLetters(new RegExp(`(?<![\\p{L}\\d])(?:${OF_YEAR}|year\\s+)?${year}(?!\\d)`, 'giu'));
  return t.replace(DATE, ' ').replace(years, ' ').replace(BOUND_WORDS, '') === '';
}

/**
 * The period the title lines state, each bound YYYY-MM-DD or null when they state none.
 *
 * Its last day in figures ("(Từ ngày 01/10/2024 đến ngày 31/3/2025)" → 2025-03-31) or in words
 * ("6 THÁNG ĐẦU NĂM 2025" → 2025-03-31, "QUÝ II NĂM 2025", "THÁNG 6 NĂM 2025" → 2025-06-30; "Kỳ
 * báo cáo: 6 tháng đầu năm" under a title of 2025 → 2025-03-31); null for a year alone. Its first
 * day when written ("Từ ngày 01/01/2018", "10/2024 - 3/2025"), when two quarters name it ("QUÝ I
 * VÀ II NĂM 2018" → 2018-01-01) or the year's last months ("6 THÁNG CUỐI NĂM 2025" →
 * 2025-04-01–2025-09-30); else null: words count from 1 October (domain/periods.ts). Read from the spans the year readers read, a comparison's or
 * plan's aside and a note left out, so a period and its statistics year never disagree. Days
 * written out state the period more precisely than words do, so they win over them: "QUÝ III NĂM
 * 2019 (Từ ngày 01/10/2018 đến ngày 30/6/2019)" ends on 30/6/2019, not 30/9/2019.
 */
export function titlePeriod(rows: readonly (readonly string[])[]): StatedPeriod {
  const standing = standingMentions(rows);
  const year = oneYear(standing)?.year;
  const resolved = standing.flatMap((m) => {
    if (m.year !== null) return [m];
    const { start, end } = year === undefined ? { start: null, end: null } : countedBounds(m.months ?? null, year, m.last === true);
    return end === null ? [] : [{ ...m, end, start }];
  });
  const pick = (of: readonly Mention[]) => (of.some((m) => m.dated) ? of.filter((m) => m.dated) : of);
  let end: string | null = null;
  for (const m of pick(resolved.filter((m) => m.end !== null))) if (end === null || m.end! > end) end = m.end;
  let start: string | null = null;
  for (const m of pick(resolved.filter((m) => m.start !== null || m.end !== null))) {
    if (m.start !== null && (end === null || m.start <= end) && (start === null || m.start > start)) start = m.start;
  }
  return { start, end };
}

/**
 * Two first days the title lines write in figures, each opening the period they state (titlePeriod
 * takes the later): "(Từ ngày 01/10/2025 đến ngày 30/9/2026)" over "Số liệu từ ngày 01/7/2026 đến
 * ngày 30/9/2026" state a year and a quarter. The first two days (YYYY-MM-DD, in reading order)
 * and their rows, else null: the reader refuses rather than read one over the other.
 */
export function titleStartConflict(rows: readonly (readonly string[])[]): { readonly starts: readonly [string, string]; readonly rows: readonly [number, number] } | null {
  const { end } = titlePeriod(rows);
  const starts = standingMentions(rows).filter((m) => m.dated && m.start !== null && (end === null || m.start <= end));
  const other = starts.find((m) => m.start !== starts[0]!.start);
  return other === undefined ? null : { starts: [starts[0]!.start!, other.start!], rows: [starts[0]!.row, other.row] };
}

/**
 * Whether the title lines (or a name, as one line) name their period by a month's or a quarter's
 * words ("BÁO CÁO THÁNG 9/2019"): a month's report, though its days are the year's (counted from
 * 1 October). A row "Tháng 9/2019" over its rows names its own period; in a year's report, another.
 */
export function titleNamesMonth(rows: readonly (readonly string[])[]): boolean {
  return standingMentions(rows).some((m) => m.part === true);
}

/**
 * The whole statistics year the title lines (or a name, as one line) state, from 1 October to 30
 * September, where every statement of theirs is the whole year of one year: "BÁO CÁO … NĂM 2019",
 * "CẢ NĂM 2019", "12 THÁNG NĂM 2019", "4 QUÝ NĂM 2019". Both bounds, so a file's or a sheet's
 * name stating a part of it — "6 tháng" (to 31/3), "6 tháng cuối năm" (from 1/4) — disagrees
 * (file-names.ts periodsDisagree), never a bound read over it (round 66a, 02); and a name's "cả
 * năm" a title's "6 THÁNG". `bareYear`: whether "năm 2019" alone states it, as a title's words
 * do; a name's "năm 2019" (or "2019") is only its year's label, the year's whole stated outright
 * ("cả năm", "12 tháng"). Null otherwise: a form's field "Năm báo cáo: 2019" names the year, not
 * the period; a dated bound ("đến 30/9/2019") or a month's or quarter's words are no such words.
 */
export function wholeYearStated(rows: readonly (readonly string[])[], bareYear: boolean): StatedPeriod | null {
  const standing = standingMentions(rows);
  const year = oneYear(standing)?.year;
  // twelve months counted in words from 1 October ("12 THÁNG", "4 QUÝ"): no days, no month's or quarter's words
  const counted = (m: Mention) => !m.dated && m.part !== true && m.year !== null && m.end === `${m.year}-09-30` && (m.start === null || m.start === `${m.year - 1}-10-01`);
  const whole = (m: Mention) => (m.whole === true && (bareYear || m.all === true)) || counted(m);
  return year !== undefined && standing.length > 0 && standing.every(whole) ? { start: `${year - 1}-10-01`, end: `${year}-09-30` } : null;
}

/** The last day of the period the title lines state (titlePeriod), or null. */
export function titlePeriodEnd(rows: readonly (readonly string[])[]): string | null {
  return titlePeriod(rows).end;
}

/**
 * A period's day that no calendar has ("đến ngày 31/9/2019", "30/2/2019") on a title line: its
 * row and text, else null. Read as written it is another day than the year-end (or any day
 * meant), so the period is never guessed: the reader refuses it.
 */
export function impossiblePeriodDay(rows: readonly (readonly string[])[]): { row: number; text: string } | null {
  for (const [row, cells] of rows.entries()) {
    const line = titleLine(cells);
    if (line === null) continue;
    for (const d of periodDays(line)) {
      if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > new Date(Date.UTC(d.year, d.month, 0)).getUTCDate()) return { row, text: `${d.day}/${d.month}/${d.year}` };
    }
  }
  return null;
}

/** Days without their year after "từ"/"from": "Từ 1/10 đến 31/3", "from 1/10 to 31/3", "Từ ngày 01/10 - 31/03" (a form's "7/1 - 7/2" is no period). */
const YEARLESS_DAYS = latinLetters(
  /(?<![\p{L}\d/.])(?:từ|tu|from)\s+(?:(?:ngày|ngay)\s+)?(\d{1,2})[/.](\d{1,2})(?![\d/.]|\s*[/.]\s*\d)\s*(?:[-–—]|đến|den|to)\s*(?:(?:hết|het)\s+)?(?:(?:ngày|ngay)\s+)?(\d{1,2})[/.](\d{1,2})(?![\d/.])/giu,
);

/** A day of any year as "-MM-DD" (domain/periods.ts Period), null for none: 29/2 is let be. */
function yearlessDay(day: number, month: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(2020, month, 0)).getUTCDate()) return null;
  return `-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The period of a table of several years (a year column) whose title states it without a year,
 * for each of its years: "Từ 1/10 đến 31/3 của mỗi năm thống kê" (thads' own workbook of a
 * half-year run --by year), "Kỳ báo cáo: 6 tháng đầu năm", "6 THÁNG ĐẦU NĂM" over the side-by-side
 * years of a "so sánh cùng kỳ" table. Its days of the year ("-10-01", "-03-31"), as a Period of
 * unknown year writes them; null where a title states a year (titlePeriod reads it) or no period
 * shorter than the statistics year: read as none, six months' figures were whole years'.
 */
export function yearlessPeriod(rows: readonly (readonly string[])[]): StatedPeriod | null {
  if (statedYears(rows).length > 0) return null;
  for (const cells of rows) {
    const line = titleLine(cells);
    if (line === null) continue;
    for (const m of line.matchAll(YEARLESS_DAYS)) {
      const start = yearlessDay(Number(m[1]), Number(m[2]));
      const end = yearlessDay(Number(m[3]), Number(m[4]));
      if (start === null || end === null) continue;
      return start === '-10-01' && end === '-09-30' ? null : { start, end };
    }
    for (const m of line.matchAll(YEARLESS_COUNT)) {
      const months = countOf(m[1], m[2]);
      if (months === null || (m[3] === undefined && !YEARLESS_LEAD.test(m[0]))) continue;
      // counted from 1 October (or back from 30 September): days of the year, any year (no leap day: months end on the 28th at most in February)
      const { start, end } = countedBounds(months, 2019, m[4] !== undefined);
      return end === null || months === 12 ? null : { start: start === null ? '-10-01' : start.slice(4), end: end.slice(4) };
    }
  }
  return null;
}
