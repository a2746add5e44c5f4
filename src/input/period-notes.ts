// A note after an office's name, or a row's whole label, that names a period rather than the
// office: "… Ia Grai (niên độ 2017-2018)", "… [2018]", "… /2018", "… (01/10/2017-30/9/2018)",
// "… (đến 31/8)", "… (quý IV)", "… (năm ngoái)", "N-1". Read by its shape (dates, years, months,
// a quarter) rather than by a list of phrasings: a row so marked holds another period's figures,
// or the report's own. A note with any other word ("(từ 01/10/2018)", "(thành lập 2018)", "(QĐ
// 2018/QĐ-TCTHADS)", "(ĐT 0269.3824.123)", "(đến 2020)" of an office since merged) is the
// office's own, and stays part of its name.
import { hasLetter, latinLetters } from '../domain/letters.js';
import { foldHeader, LONGEST_NAME } from '../domain/names.js';
import { personShaped, writtenAsFamilyName, writtenAsMiddleName } from '../domain/person-names.js';
import { MERGER_DAY, MERGER_YEAR } from '../domain/provinces.js';
import { withoutEndMarks } from './footnotes.js';

/**
 * What a period note says: an earlier period by its words ('earlier'); another version of the
 * figures, before revision or a first report ('version'); a part of a year, a month,
 * a quarter, months other than twelve, an "as of" day other than a statistics year's bounds
 * ('part'); or a whole statistics year ('year': `year` null for "12 tháng", which names none).
 */
export type PeriodNote =
  | { readonly kind: 'earlier' }
  | { readonly kind: 'version' }
  | { readonly kind: 'part' }
  | { readonly kind: 'year'; readonly year: number | null };

/**
 * Words of an earlier period (folded): "năm ngoái", "năm liền trước", "kỳ báo cáo trước", "kỳ
 * BC trước", "kỳ trước liền kề", "số liệu cũ", "SL cũ", "N-1", "prev. year", "same period",
 * "last year". "NT" (năm trước) only as the whole note: two letters may be a name's.
 */
const EARLIER_WORDS = 'nam ngoai|nam truoc|lien ke|lien truoc|ky truoc|ki truoc|bao cao truoc|bc truoc|so lieu cu|sl cu|n 1|prev|previous|prior|last year|same period';
const EARLIER = new RegExp(`(^| )(${EARLIER_WORDS})( |$)|^nt$`);
const EARLIER_EACH = new RegExp(`(?<=^| )(?:${EARLIER_WORDS})(?= |$)`, 'g');
/** The same as a row's whole label: "Năm ngoái", "N-1", "Same period last year", "Previous year". */
const EARLIER_LABEL = /^(nam ngoai|nam lien (ke|truoc)|n 1|same period|previous|prev|prior year|last year)( |$)/;

/**
 * A correction's words (folded): "(đã) sửa (lại)", "bản sửa", "hiệu chỉnh", "chỉnh sửa", "đính
 * chính", "đã chỉnh", "bản cuối (cùng)" — a note of a resend, in a file's name (file-names.ts
 * VERSION_MARK) as after an office's name in its row ("Chi cục THADS huyện Mỹ Lộc (đã sửa)"):
 * one list for both. Read as the office's, a resend beside its first version was a 7th office,
 * summed (work90b, 02), where "(gửi lại)" was refused.
 */
export const CORRECTED = String.raw`(?:ban )?(?:da )?(?:sua(?: lai)?|hieu chinh|chinh sua|dinh chinh)|da chinh|ban cuoi(?: cung)?`;

/**
 * A resend's marks of its figures as final or newest (folded): "(bản) chốt (số liệu)", "số liệu
 * chốt" ("số chốt": "số" a period's word), "số liệu mới", "(bản) hoàn chỉnh", "bản chuẩn", "bản /
 * số liệu đúng", "chính xác", "(bản) mới nhất", "v2", "v1.2", "ver 2", "final", "revised",
 * "updated", "corrected", "fixed", "latest" — one list for a note after an office's name in its
 * row ("Chi cục THADS huyện Mỹ Lộc (số chốt)") and a file's name (file-names.ts VERSION_MARK):
 * read as the office's, a resent row under the list was a 4th office, summed, no warning (work104b,
 * 01). Only in a note set apart (brackets, a dash: VERSION, not VERSION_TAIL): "final", "v2" may be
 * a name's letters run on. Not "mới" alone ("Chợ Mới", "Việc mới": a name's, a figure's) nor "new".
 */
export const RESENT = String.raw`(?:ban )?(?:chot(?: so lieu)?|hoan chinh)|(?:so lieu|sl) (?:chot|moi|chuan)|ban chuan|(?:ban|so lieu|sl) (?:dung|chinh xac)|(?:ban |so lieu |sl )?moi nhat|v ?\d{1,2}(?: \d{1,2})?|ver ?\d{1,2}(?: \d{1,2})?|final|fix(?:ed)?|latest|revised|corrected|updated?`;

/**
 * Words of another version of the same figures (folded): "trước điều chỉnh", "(đã) điều chỉnh
 * (lần 2)", "BC lần 1", "sơ bộ", "chính thức", "báo cáo lại", "gửi lại", "thay thế", "sửa đổi",
 * "cập nhật", "bổ sung", "(đã) rà soát", "bản cũ"/"bản mới", a correction's words (CORRECTED) —
 * a second figure of one office for one year (DOMAIN: revised totals). "Sau điều chỉnh" is an
 * office's own (its borders changed).
 */
const VERSION_WORDS = String.raw`(?:truoc|chua|da) dieu chinh|(?<!sau )dieu chinh|(?:bc |bao cao )?lan (?:thu )?\d{1,2}|so bo|chinh thuc|bao cao lai|bc lai|gui lai|thay the|sua doi|(?:da )?cap nhat|bo sung|(?:da )?ra soat|ban (?:cu|moi)|${CORRECTED}`;
/**
 * A version's note set apart (in brackets, after a dash; a cell of its own): VERSION_WORDS or a
 * resend's marks (RESENT), each also after "bản" and before "lại" as clerks write them ("(bản cập
 * nhật)", "(bản chính thức)", "(rà soát lại)", "(cập nhật lại)").
 */
const VERSION = new RegExp(String.raw`(?<=^| )(?:ban )?(?:${VERSION_WORDS}|${RESENT})(?: lai)?(?= |$)`, 'g');
/**
 * The same words ending a name with no bracket nor separator before them (folded): "… Mỹ Lộc đã
 * sửa", "… sửa lại", "… bản sửa", "… gửi lại", "… điều chỉnh", "… cập nhật", "… BC lần 2" — a
 * resend's note, no office's name ends so. Not "sua" alone unless written "sửa" ("Sữa", "Sưa"
 * fold so too), nor "bản cũ" / "bản mới" ("Bản Mới" may end a place's name), nor "mới" ("Chợ
 * Mới"), nor "sau điều chỉnh" (the office's own): those stay the name's.
 */
const VERSION_TAIL = new RegExp(String.raw` ((?:${VERSION_WORDS})(?: (?:${VERSION_WORDS}))*)$`);
const NAME_MAY_END = /^(?:sua|ban cu|ban moi)$/;

/**
 * The version a whole cell names, folded ("Sau điều chỉnh", "Số liệu sơ bộ", "BC lần 2"), or
 * null: VERSION's words, and "sau điều chỉnh", the revised figures (in a name's note, the
 * office's own; in a column, one of two versions of an office's rows, period-column.ts).
 */
export function versionOfCell(text: string): string | null {
  const whole = foldHeader(text);
  // "Bản cũ" is a version; "Bản sơ bộ", "Số liệu chính thức" one after their prefix
  for (const f of [whole, whole.replace(/^(?:so lieu|sl|bao cao|bc|ban) (?=\S)/, '')]) {
    if (f === 'sau dieu chinh' || (f !== '' && f.replace(VERSION, ' ').trim() === '')) return f;
  }
  return null;
}

const FULL_DATE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?!\d)/gu;
/** "T9/2018", "tháng 9/2018", "9/2018": a month of a year. */
const MONTH_YEAR = latinLetters(/(?<![\p{L}\d])(?:(?:T|tháng|thang)\s*)?(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?!\d)/giu);
/** "Tháng 9 năm 2019", "30 tháng 9 năm 2019": a month or a day written in words. */
const MONTH_NAM_YEAR = latinLetters(/(?<![\p{L}\d])(?:tháng|thang)\s*(\d{1,2})\s+(?:năm|nam)\s+((?:19|20)\d\d)(?!\d)/giu);
const DAY_WORDS = /(?<!\d)(\d{1,2})\s+(?:tháng|thang)\s*(\d{1,2})\s+(?:năm|nam)\s+((?:19|20)\d\d)(?!\d)/giu;
/** "Q4-2018", "Q4/2018", "Q4 2018": a quarter of a year (with its year only: "Q1" alone may be Quận 1). */
const QUARTER_YEAR = latinLetters(/(?<![\p{L}\d])Q\s*([1-4])\s*[/.-]?\s*((?:19|20)\d\d)(?!\d)/giu);
/** "31/8", "30/9": a day without its year ("1.1" is an item's number). */
const DAY_MONTH = /(?<!\d)(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/.])/gu;
/** "đến 30.9", "đến ngày 31.8": a dotted day after "đến" (a file name has no "/"; "1.1" alone is an item's number). */
const DAY_MONTH_DOTTED = latinLetters(/(?<=(?<![\p{L}\d])(?:đến|den)\s*(?:(?:ngày|ngay)\s*)?)(\d{1,2})\.(\d{1,2})(?![\d/.])/giu);
const YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/gu;
const FOUR_DIGITS = /\d{4}/;
/** Months' numbers spelled (folded) as a part of a year is written: "ba tháng", "sáu tháng", "chín tháng". */
const SPELLED = ['mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi'];
/**
 * The words a note of a period alone is written with (folded), besides its numbers: "năm thống
 * kê", "BC" (báo cáo), "SL" (số liệu), "TK" (thống kê), "TH 2018" (thực hiện: carried out in
 * 2018) among them, "NĐ" (niên độ), "đầu năm" / "cuối năm", "nửa" and the spelled numbers of
 * months ("sáu tháng đầu năm"); "riêng", "trong", "phát sinh" ("Riêng tháng 9/2019", "Phát
 * sinh trong tháng 9": the period's own figures).
 */
const PERIOD_WORDS = new Set(['nam', 'nien', 'do', 'nd', 'dau', 'cuoi', 'nua', ...SPELLED, 'so', 'lieu', 'sl', 'bc', 'bao', 'cao', 'thong', 'ke', 'tk', 'den', 'tinh', 'ngay', 'tu', 'fy', 'year', 'as', 'of', 'to', 'thang', 'quy', 'luy', 'data', 'th', 'thuc', 'hien', 'rieng', 'trong', 'phat', 'sinh']);
/**
 * Words that make it a part of a year: a month, a quarter ("Q4"), a running total ("lũy kế"),
 * a count of months ("6 tháng", "6thang" glued as "6T" is), the year's first or last months ("6 tháng đầu năm", "nửa đầu năm", "sáu tháng cuối năm"), a
 * month or quarter unnamed ("Trong tháng", "Trong quý", "Tháng báo cáo"). ("Kỳ này", "Trong kỳ"
 * name the report's own period, whatever it is: no part of it.)
 */
const PART = new RegExp(`(^| )(thang \\d{1,2}|\\d{1,2} ?thang|(${SPELLED.join('|')}) thang|quy (i|ii|iii|iv|[1-4])|t\\d{1,2}|\\d{1,2}t|\\d{1,2}td?n|luy ke|dau nam|cuoi nam|nua|trong (thang|quy)|thang bao cao)( |$)`);
/** The whole statistics year in words (folded): "12 tháng", "12T", "cả năm" — the year-end report's own period. */
const TWELVE = /(^| )(12 ?thang|12t|ca nam)( |$)/;

/**
 * Whether a cell of its own names the whole statistics year in words, as a period column or a
 * year column writes the year-end report's own period: "12 tháng", "12T/2019", "Cả năm", "Năm"
 * alone, "Năm 2019 (12 tháng)". What it says is periodNote's (its year, if any).
 */
export function namesTwelveMonths(text: string): boolean {
  const f = foldHeader(text);
  return f === 'nam' || TWELVE.test(f);
}

/** A folded word a note of a period alone is written with: a period's word, a day's or month's number, a quarter, "6T", "6thang" (glued), "6TN"/"6TĐN" (6 tháng (đầu) năm). */
function periodWord(w: string): boolean {
  return PERIOD_WORDS.has(w) || /^\d{1,2}$/.test(w) || /^(i|ii|iii|iv)$/.test(w) || /^(t\d{1,2}|\d{1,2}(?:t|thang|td?n)|q[1-4])$/.test(w);
}

/**
 * The period a note names, or null: the note is the office's own (or no period at all).
 * `alone`: the text is a cell of its own (period-column.ts), not a note in a name's brackets: an
 * earlier period's words count only with no other word beside them ("N-1", "Số liệu kỳ trước";
 * not the remark "Tăng mạnh so với năm trước"). `monthCutOff`: a lone "Tháng 9/2019" is the
 * year's cut-off (a period column's cell), not September's figures (a row titling a block).
 */
export function periodNote(note: string, alone = false, monthCutOff = alone): PeriodNote | null {
  const f = foldHeader(note);
  if (f === '') return null;
  // "Năm" as a cell of its own (a period column's): the whole year, of the report's own
  if (alone && f === 'nam') return { kind: 'year', year: null };
  // "(trước điều chỉnh)", "(năm 2019 - trước điều chỉnh)", "(BC lần 1)": with period words only
  if (f.match(VERSION) && f.replace(VERSION, ' ').split(' ').every((w) => w === '' || periodWord(w) || /^(19|20)\d\d$/.test(w))) return { kind: 'version' };
  if (EARLIER.test(f) && (!alone || f.replace(EARLIER_EACH, ' ').split(' ').every((w) => w === '' || periodWord(w)))) return { kind: 'earlier' };
  const days: { day: number; month: number; year: number | null }[] = [];
  const years: number[] = [];
  let rest = note.normalize('NFC');
  // Every pass that takes off a year needs its four digits in a row, the two of a day without
  // one its "/" or ".": text without them is left as it is, unread (and the patterns uncompiled).
  // Taking text off never makes four digits meet, so a note without them has none after a pass.
  const dated = FOUR_DIGITS.test(rest);
  if (dated) rest = rest.replace(FULL_DATE, (_, d: string, m: string, y: string) => (days.push({ day: +d, month: +m, year: +y }), ' '));
  if (dated) rest = rest.replace(DAY_WORDS, (_, d: string, m: string, y: string) => (days.push({ day: +d, month: +m, year: +y }), ' '));
  let month = false;
  if (dated) rest = rest.replace(QUARTER_YEAR, (_, _q: string, y: string) => ((month = true), years.push(+y), ' '));
  const months: { month: number; year: number }[] = [];
  const monthOf = (_: string, m: string, y: string) => (months.push({ month: +m, year: +y }), years.push(+m >= 10 ? +y + 1 : +y), ' ');
  if (dated) rest = rest.replace(MONTH_YEAR, monthOf).replace(MONTH_NAM_YEAR, monthOf);
  // "10/2018 - 9/2019", "Tháng 10/2018 - tháng 9/2019": the twelve months of a statistics year
  const wholeYear = months.length === 2 && months[0]!.month === 10 && months[1]!.month === 9 && months[1]!.year === months[0]!.year + 1;
  const september = alone && months.length === 1 && months[0]!.month === 9 && years.length === 1;
  const dayOf = (_: string, d: string, m: string) => (days.push({ day: +d, month: +m, year: null }), ' ');
  if (rest.includes('/')) rest = rest.replace(DAY_MONTH, dayOf);
  if (rest.includes('.')) rest = rest.replace(DAY_MONTH_DOTTED, dayOf);
  if (dated) rest = rest.replace(YEAR, (_, y: string) => (years.push(+y), ' '));
  const words = foldHeader(rest);
  // "cả" only in "cả năm" ("ca" alone may be a name's)
  const tokens = words === '' ? [] : words.replace(/(?<=^| )ca (?=nam( |$))/g, '').split(' ');
  if (!tokens.every(periodWord)) return null;
  // "T9/2019", "Tháng 9/2019" as a cell of its own: the figures up to the year's last month, a
  // cut-off at its end — the statistics year's own (its other months stay a part of a year).
  // Without `monthCutOff` (a row titling a block) the month is that month's figures: only "đến
  // tháng 9/2019" is the cut-off.
  const cutOff = september && (monthCutOff || tokens.includes('den'));
  if (months.length > 0 && !wholeYear && !cutOff) month = true;
  const twelve = TWELVE.test(words);
  // "từ tháng 9/2019" starts there: no cut-off
  // "Lũy kế 12 tháng": the running total of twelve months is the whole year, no part of it
  const part = month || (cutOff && tokens.includes('tu')) || PART.test(words.replace(TWELVE, ' ').replace(twelve ? /(^| )luy ke(?= |$)/ : /$^/, ' '));
  if (days.length === 0 && years.length === 0 && !part && !twelve) return null;
  // "(từ 2020)", "(đến 2020)", "(từ 01/10/2018)": when the office began or ended, no period of figures
  const bounded = tokens.includes('tu') || tokens.includes('den');
  if (bounded && days.length === 0 && !wholeYear && !cutOff && !part && !twelve) return null;
  if (tokens.includes('tu') && !tokens.includes('den') && days.length + years.length < 2) return null;
  const bound = (d: { day: number; month: number }) => (d.day === 30 && d.month === 9) || (d.day === 1 && d.month === 10);
  if (part || days.some((d) => !bound(d))) return { kind: 'part' };
  // a statistics year runs 1 October to 30 September: its days name the year they end in
  const ends = [...days.filter((d) => d.year !== null).map((d) => (d.month >= 10 ? d.year! + 1 : d.year!)), ...years];
  if (days.some((d) => d.year === null) && ends.length === 0) return { kind: 'year', year: null };
  if (ends.length === 0) return twelve ? { kind: 'year', year: null } : null;
  const year = Math.max(...ends);
  // "2017-2018", a niên độ: its second year; two years further apart are two years' figures
  if (ends.some((y) => y !== year && y !== year - 1)) return { kind: 'part' };
  return { kind: 'year', year };
}

/**
 * The latest year a cell of dates alone writes ("30/9/2018", "9/2018", "10/2017 - 9/2018",
 * "2018"), or null: any other text. Two of an office's rows that write different years are two
 * periods' figures (period-column.ts); one date on each row may be any day of its (sent, updated).
 */
export function yearWritten(text: string): number | null {
  const years: number[] = [];
  const take = (y: string) => (years.push(+y), ' ');
  const rest = text
    .normalize('NFC')
    .replace(FULL_DATE, (_, _d: string, _m: string, y: string) => take(y))
    .replace(MONTH_YEAR, (_, _m: string, y: string) => take(y))
    .replace(YEAR, (_, y: string) => take(y));
  return years.length > 0 && /^[\s\-–—]*$/u.test(rest) ? Math.max(...years) : null;
}

/** The words of an earlier period as a row's whole label ("Năm ngoái", "N-1", "Previous year"). */
export function labelsEarlier(text: string): boolean {
  return EARLIER_LABEL.test(foldHeader(text));
}

/** A day written in a note: "01/10/2024", "1.10.2024", "1-10-2024", "ngày 1 tháng 10 năm 2024" (YYYY-MM-DD). */
const NOTE_DAY = /(?<!\d)(\d{1,2})\s*(?:[/.-]|\s+(?:tháng|thang)\s+)\s*(\d{1,2})\s*(?:[/.-]|\s+(?:năm|nam)\s+)\s*((?:19|20)\d\d)(?!\d)/giu;
const iso = (d: string, m: string, y: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
/**
 * The merger's halves of its statistics year (MERGER_YEAR, 1/10/2024–30/9/2025), split on the day
 * the Cục and Chi cục ended and the provincial THADS and its Phòng khu vực began (MERGER_DAY):
 * 1/10/2024–30/6/2025 and 1/7/2025–30/9/2025.
 */
const MERGER_HALVES: readonly (readonly [string, string])[] = [
  [`${MERGER_YEAR - 1}-10-01`, new Date(Date.parse(MERGER_DAY) - 86_400_000).toISOString().slice(0, 10)],
  [MERGER_DAY, `${MERGER_YEAR}-09-30`],
];
/**
 * The part of the merger's statistics year a note names by its two days, or null: "(từ
 * 01/10/2024 đến 30/6/2025)", "(01/10/2024 - 30/6/2025)", "(từ ngày 01/7/2025 đến ngày
 * 30/9/2025)" — a range from the year's first day to the merger's eve, or from the merger's day
 * to the year's last. Such a section or office (a former Cục until 30/6/2025, the provincial
 * THADS from 1/7/2025) holds its figures of that statistics year, all it has: its part of the
 * year, not another period (read-csv.ts checks that the report's period holds it). Any other
 * range inside a year ("01/10/2024 - 31/3/2025", a half-year's) stays a part of a year
 * (periodNote): no office's figures beside whole years.
 */
export function mergerPartOfYear(note: string): { readonly start: string; readonly end: string } | null {
  const range = rangeOfDays(note);
  return range !== null && MERGER_HALVES.some(([s, e]) => s === range.start && e === range.end) ? range : null;
}
/**
 * The two days (YYYY-MM-DD) a note consists of, with "từ", "đến", "ngày" or a dash at most: "từ
 * 01/10/2024 đến 30/6/2025", "01/10/2024 - 30/6/2025", "từ ngày 1/7/2025 đến ngày 30/9/2025"; null
 * for any other note.
 */
export function rangeOfDays(note: string): { readonly start: string; readonly end: string } | null {
  const days: string[] = [];
  const rest = note.normalize('NFC').replace(NOTE_DAY, (_, d: string, m: string, y: string) => (days.push(iso(d, m, y)), ' '));
  if (days.length !== 2) return null;
  if (!foldHeader(rest).split(' ').every((w) => w === '' || w === 'tu' || w === 'den' || w === 'ngay')) return null;
  const [start, end] = days as [string, string];
  return { start, end };
}

/** A merger's half of its year beside a name (mergerPartOfYear): that statistics year's figures of the office. */
const MERGER_PART: PeriodNote = { kind: 'year', year: MERGER_YEAR };

const BRACKETED_NOTE = latinLetters(/^(.*?[\p{L}\d.)\]])\s*(?:\(([^()]*)\)|\[([^[\]]*)\])$/u);
const ENDS_IN_LETTER_OR_DIGIT = latinLetters(/[\p{L}\d]$/u);
/**
 * A name's note that names a period, and the name without it: in brackets ("(…)", "[…]") or
 * after a separator (" - ", " – ", ":", "/", "_") at the end, before any footnote mark or full
 * stop ("… (Năm 2018)*", "… (2018)(*)", "… (năm 2018)."), which go with it. Of the candidates,
 * the longest note that reads as a period ("… - 1/10/2017 - 30/9/2018" is one range). A
 * version's words need neither: "… Mỹ Lộc đã sửa" (VERSION_TAIL).
 */
export function periodBesideName(text: string): { readonly name: string; readonly note: string; readonly period: PeriodNote } | null {
  return periodBesideEnd(withoutEndMarks(text.normalize('NFC')));
}
/** periodBesideName of a label already NFC and without its end marks (a caller that has it spares a second pass). */
export function periodBesideEnd(t: string): { readonly name: string; readonly note: string; readonly period: PeriodNote } | null {
  const bracket = BRACKETED_NOTE.exec(t);
  if (bracket) {
    const note = bracket[2] ?? bracket[3]!;
    const period = mergerPartOfYear(note) !== null ? MERGER_PART : periodNote(note);
    return period && hasLetter(bracket[1]!) ? { name: bracket[1]!.trim(), note: note.trim(), period } : null;
  }
  const end = t.trimEnd().length;
  for (const m of t.matchAll(/\s+[-–—]\s+|\s*[:/_]\s*/gu)) {
    // no period's note is that long (LONGEST_NAME): only a separator near the end can come before one
    if (end - (m.index + m[0].length) > LONGEST_NAME) continue;
    const name = t.slice(0, m.index).trim();
    const note = t.slice(m.index + m[0].length).trim();
    if (!hasLetter(name) || !ENDS_IN_LETTER_OR_DIGIT.test(name)) continue;
    // a date's own slashes are no separator: "Đắk Đoa/2018" splits, "… 30/9/2018" does not at its "/"
    if (/\d$/.test(name) && /^\d/.test(note) && m[0].trim() === '/') continue;
    const period = mergerPartOfYear(note) !== null ? MERGER_PART : periodNote(note);
    if (period) return { name, note, period };
  }
  return versionAfterName(t);
}

/** The version words (VERSION_WORDS) as marked, lower case: a word of a note written with marks is one of these. */
const NOTE_WORDS_MARKED = new Set(['sửa', 'lại', 'đã', 'bản', 'hiệu', 'chỉnh', 'chính', 'đính', 'cuối', 'cùng', 'trước', 'chưa', 'điều', 'báo', 'cáo', 'lần', 'thứ', 'sơ', 'bộ', 'thức', 'gửi', 'thay', 'thế', 'đổi', 'cập', 'nhật', 'bổ', 'sung', 'rà', 'soát', 'cũ', 'mới']);
/** A word of a note as written: without marks (typed so), or marked as the note's word is. */
function writtenAsNote(word: string): boolean {
  const w = word.normalize('NFC').toLocaleLowerCase('vi');
  return /^[\x00-\x7f]*$/.test(w) || NOTE_WORDS_MARKED.has(w);
}

/**
 * Whether a label whose last `k` words fold to a note is a person's name (an enforcer's row):
 * written as a name is (personShaped) and, without the note, a family name alone or with "Văn" or
 * "Thị" (person-names.ts), which names no office — "Nguyễn Chính Thức", "Lê Chính Thức", "Trần Văn
 * Sửa", "NGUYỄN CHÍNH THỨC", "Nguyen Chinh Thuc" (work93a 01). What leaves a place's name is a note
 * still: "Lê Chân Sửa", "Lê Chân đã sửa" ("Lê Chân", a district), "Vụ Bản Chính Thức" ("Vụ", no "Vũ").
 */
function personBeforeNote(words: readonly string[], k: number): boolean {
  const left = words.slice(0, -k);
  if (left.length < 1 || left.length > 2 || !personShaped(words.join(' '))) return false;
  const unmarked = words.every((w) => /^[\x00-\x7f]*$/.test(w));
  return writtenAsFamilyName(left[0]!, unmarked) && (left.length === 1 || writtenAsMiddleName(left[1]!, unmarked));
}

/** A version's note after a name with no bracket nor separator (VERSION_TAIL), and the name before it; null if none. */
function versionAfterName(t: string): { readonly name: string; readonly note: string; readonly period: PeriodNote } | null {
  const tail = VERSION_TAIL.exec(foldHeader(t))?.[1];
  if (tail === undefined) return null;
  // the note's own words as written: as many as fold to it
  const words = t.trim().split(/\s+/u);
  if (NAME_MAY_END.test(tail) && !(tail === 'sua' && words.at(-1)!.toLowerCase() === 'sửa')) return null;
  for (let k = 1; k < words.length; k++) {
    if (foldHeader(words.slice(-k).join(' ')) !== tail) continue;
    // a word written with its marks must be the note's as marked: "Trần Đình Chính", "Phạm Hiếu
    // Chính" are persons (an enforcer's row, work92a 01), no "đính chính", "hiệu chỉnh"
    if (!words.slice(-k).every(writtenAsNote)) return null;
    if (personBeforeNote(words, k)) return null;
    const name = words.slice(0, -k).join(' ');
    return hasLetter(name) ? { name, note: words.slice(-k).join(' '), period: { kind: 'version' } } : null;
  }
  return null;
}

/** The merger's half of its year (mergerPartOfYear) a note beside a name states, or null. */
export function mergerPartBesideName(text: string): { readonly start: string; readonly end: string } | null {
  const beside = periodBesideName(text);
  return beside === null ? null : mergerPartOfYear(beside.note);
}
