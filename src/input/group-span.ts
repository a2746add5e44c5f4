// The spans the forms write over figure columns and beside a field's name ("Tháng 9/2019 |
// Lũy kế 12 tháng", "Có điều kiện (trong tháng)"): one reading for groups (own-period.ts) and
// header notes (headers.ts), so a span is judged the same wherever it stands.
import { foldHeader } from '../domain/names.js';
import { beforeCircularNote } from './circular.js';

/**
 * What a group cell over figure columns spans, in the words the forms set side by side: a
 * month's own figures ("Tháng 9/2019", "Trong tháng", "Riêng tháng 9"; "Trong kỳ", "Kỳ này"
 * only beside a cumulative group), or a span from 1 October ("Lũy kế 12 tháng", "Lũy kế từ
 * đầu năm", "Số liệu đến hết ngày 30/9/2019", "Từ 01/10/2018 đến 30/9/2019"). In a title a
 * month ends the period counted from 1 October ("T9.2019": the year); over a group beside
 * another, it is that month alone.
 */
export type GroupSpan =
  /** beside: said in a result's words ("Kết quả tháng 3", "Phát sinh trong tháng"), a month only beside a cumulative group */
  | { readonly kind: 'month'; readonly month: number | null; readonly year: number | null; readonly beside?: true }
  | { readonly kind: 'term' }
  /** "Trong quý", "Quý II", "Quý II/2019": a quarter (null: the report's last), of a calendar year as a title's "QUÝ II NĂM 2019"; only beside a cumulative group */
  | { readonly kind: 'quarter'; readonly quarter: number | null; readonly year: number | null }
  /** start/end YYYY-MM-DD, null: the statistics year's first day / the report's last; months: N months from 1 October; year: of that statistics year ("Lũy kế năm 2019") */
  | { readonly kind: 'cumulative'; readonly start: string | null; readonly end: string | null; readonly months?: number; readonly year?: number };

const DAY = String.raw`(\d{1,2}) (\d{1,2}) (\d{4})`;
/**
 * The words a form may write before a month's or a term's span, "the figures" of it: "Số",
 * "Số liệu" ("Số trong tháng", "Số liệu trong tháng", "Số phát sinh trong tháng", "Số phát sinh
 * trong kỳ"). Without them known, such a month was read as the report's figures.
 */
const FIGURES_OF = '(?:so(?: lieu)? )?';
/** "Trong tháng", "Riêng tháng 9", "Số liệu tháng 9", "Số trong tháng": the month. */
const MONTH_GROUP = new RegExp(`^(?:${FIGURES_OF}(?:trong|rieng) |so lieu )?thang(?: (\\d{1,2})(?: (\\d{4}))?)?$`);
/**
 * "Kết quả tháng 3", "(Số) phát sinh trong tháng", "Thực hiện trong tháng", "Tháng này", "Tháng
 * báo cáo", English "This month": a month report's month beside its cumulative group; alone such
 * a cell is read as a title's words (the period to that month), as it always was.
 */
const RESULT_MONTH_GROUP = new RegExp(
  `^${FIGURES_OF}(?:(?:ket qua|thuc hien|phat sinh|tinh hinh) (?:(?:trong|rieng) )?thang(?: (\\d{1,2})(?: (\\d{4}))?)?|thang (?:nay|bao cao))$|^(?:this|in the|during the|current) month$`,
);
/** "Trong kỳ", "Kỳ này", "(Số) phát sinh trong kỳ": the month, only beside a cumulative group. */
const TERM_GROUP = new RegExp(`^${FIGURES_OF}(?:phat sinh )?(?:trong ky|ky nay)$`);
/** "Trong quý", "Riêng quý", "Quý này", "Thực hiện trong quý", "Quý II (năm) 2019", "Quý 2/2019", English "This quarter". */
const QUARTER_GROUP = new RegExp(`^${FIGURES_OF}(?:(?:(?:ket qua|thuc hien|phat sinh) )?(?:trong|rieng) )?quy(?: (iv|i{1,3}|[1-4]))?(?: (?:nam )?(\\d{4}))?$|^${FIGURES_OF}quy nay$|^(?:this|in the|current) quarter$`);
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
/**
 * English "Cumulative", "Year to date", "YTD" write the running total as "Lũy kế" does; "Tổng
 * cộng" only before its span ("Tổng cộng từ đầu năm"): alone it is a sum of anything.
 */
const CUMULATIVE = /^(luy ke|cong don|so lieu|tong cong|cumulative|year to date|ytd)(?: (.*))?$/;
/** "Số lũy kế", "Kết quả lũy kế", "Số liệu lũy kế", "Lũy kế thực hiện": the words of "the figures" about "Lũy kế". */
const RUNNING_FIGURES = /^(?:so(?: lieu)?|ket qua|thuc hien) (?=luy ke|cong don)/;
const RUNNING_RESULTS = /^(luy ke|cong don) thuc hien(?= |$)/;
/** "Từ đầu năm", "từ đầu năm đến 30/9/2019", "… đến nay", "… đến hết tháng 9": from 1 October, to what it names (1) or the report's last. */
const FROM_YEAR_START = /^tu dau nam(?: (den .*))?$/;
/**
 * "(Lũy kế) đến nay", "đến cuối tháng", "đến hết tháng", "đến tháng báo cáo", "đến kỳ báo cáo",
 * English "to date": a running total to the report's last day, whatever the report is.
 */
const UNTIL_REPORT_END = /^(?:tinh )?(?:den (?:nay|hien nay|(?:het |cuoi )?(?:thang|ky)(?: bao cao)?)|to date)$/;
const N_MONTHS = /^0?(\d{1,2}) thang(?: (?:nam )?(\d{4}))?$/;
/**
 * "Lũy kế cả năm", "lũy kế cả năm 2019": the twelve months of a year (2); "lũy kế năm 2019"
 * without "cả" (1) the running total of that statistics year to the report's last day, as a
 * title's "NĂM 2019" names the year (a six months' report's "Trong tháng | Lũy kế năm 2019").
 */
const WHOLE_YEAR = /^(ca )?nam(?: (\d{4}))?$/;
/**
 * The words a form writes before its period, the period's own: "Kết quả 12 tháng", "Số liệu cả
 * năm", "Thực hiện cả năm", "Tình hình 12 tháng" name the twelve months as "12 tháng" does; so
 * with what they are results of between ("Kết quả thi hành án cả năm", "Kết quả THA 12 tháng",
 * "Số liệu thống kê cả năm 2019"). Only those words: "Số việc tồn quá 12 tháng" is no period.
 */
const OF_WHAT = '(?:cong tac )?(?:thi hanh an(?: dan su)?|tha(?:ds)?|thong ke|bao cao|thuc hien)';
const BEFORE_PERIOD = `(?:(?:so lieu|ket qua|thuc hien|tinh hinh)(?: ${OF_WHAT})? )?`;
/**
 * A total's word before the whole year's words, "the sum of" them: "Cộng cả năm", "Tổng cộng cả
 * năm", "Tổng số 12 tháng", "Tổng hợp cả năm" (the year's column beside its parts, "Trước
 * 01/7/2026 | Từ 01/7/2026 | Cộng cả năm"). Alone ("Cộng", "Tổng cộng") it is a sum of anything.
 */
const TOTAL_OF = '(?:(?:tong cong|tong so|tong hop|cong|total) )?';
/**
 * "Cả năm", "12 tháng", "12T/2019" (folded: no "/"), "Kết quả 12 tháng", English "Full year",
 * "Whole year 2019", "Cộng cả năm": the twelve months of a year (1) without "lũy kế".
 */
const WHOLE_YEAR_ALONE = new RegExp(`^${TOTAL_OF}${BEFORE_PERIOD}(?:ca nam|12 ?(?:thang|t)|(?:full|whole) year)(?: (?:nam |of )?(\\d{4}))?$`);
/** English months from 1 October: "12 months", "6 months", "First six months of 2019" (1: the count, 2: the year). */
const ENGLISH_MONTHS = /^(?:first )?(\d{1,2}|three|six|nine|twelve) months(?: (?:of )?(\d{4}))?$/;
const ENGLISH_COUNTS: Readonly<Record<string, number>> = { three: 3, six: 6, nine: 9, twelve: 12 };
/** "Lũy kế từ 01/10/2025", "Lũy kế (từ ngày 1/10/2025)", "Cumulative from 01/10/2025": a running total from that day to the report's last. */
const FROM_DAY = new RegExp(`^(?:tu|from|since) (?:ngay )?${DAY}(?: (?:den nay|to date))?$`);
const UNTIL_DAY = new RegExp(`^(?:tinh )?den (?:het )?(?:ngay )?${DAY}$`);
const UNTIL_MONTH = /^(?:tinh )?den (?:het |cuoi )?thang (\d{1,2}) (\d{4})$/;
/** "(Lũy kế) đến hết tháng 9" without its year: the months from 1 October to that month's end (1). */
const UNTIL_MONTH_ONLY = /^(?:tinh )?den (?:het |cuoi )?thang (\d{1,2})$/;
/**
 * "Từ ngày 01/10/2018 đến nay", "Kết quả (thực hiện) từ 01/10/2018 đến nay" without "Lũy kế": a
 * running total from that day to the report's last (1–3: the day, 4: the end's words,
 * UNTIL_REPORT_END), as "Lũy kế từ 01/10/2018 đến nay" is; round 67b, 04 (MISSING_COLUMN).
 */
const FROM_DAY_TO_NOW = new RegExp(`^${BEFORE_PERIOD}(?:tu|from|since) (?:ngay )?${DAY} (.+)$`);
/**
 * "Trước 01/7/2026", "Trước ngày 01/7/2026", "Đến trước ngày 01/7/2026", English "Before 1/7/2026":
 * the part of a year before that day, from 1 October to the day before it (the 2026 year split at
 * the day Law 106/2025/QH15 and TT 05/2026 took effect, "Trước 01/7/2026 | Từ 01/7/2026").
 */
const BEFORE_DAY = new RegExp(`^(?:(?:tinh )?den )?(?:truoc|before) (?:ngay )?${DAY}$`);
/** "Sau 01/7/2026", "Sau ngày 01/7/2026": the days after it (sideOfDay). */
const AFTER_DAY = new RegExp(`^sau (?:ngay )?${DAY}$`);
/** "Từ 01/10/2018 đến 30/9/2019", "Từ 01/10/2018 - 30/9/2019" (folded: the dash dropped). */
const FROM_TO = new RegExp(`^tu (?:ngay )?${DAY} (?:den (?:het )?(?:ngay )?)?${DAY}$`);

export const day = (y: number | string, m: number | string, d: number | string) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** The last day of month `m` of `y` (m past 12 runs into the next year: 1 October + 6 months ends in March). */
export const monthEnd = (y: number, m: number) => {
  const last = new Date(Date.UTC(y, m, 0));
  return day(last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate());
};

/** The day before day `d` of month `m` of `y` (YYYY-MM-DD). */
const dayBefore = (y: number, m: number, d: number) => {
  const last = new Date(Date.UTC(y, m - 1, d - 1));
  return day(last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate());
};

/** "(Tính) đến (hết ngày) D", "(Tính) đến (hết) tháng M/YYYY": from 1 October to that day. */
function untilSpan(folded: string): GroupSpan | null {
  const until = UNTIL_DAY.exec(folded);
  if (until) return { kind: 'cumulative', start: null, end: day(until[3]!, until[2]!, until[1]!) };
  const untilMonth = UNTIL_MONTH.exec(folded);
  return untilMonth ? { kind: 'cumulative', start: null, end: monthEnd(Number(untilMonth[2]), Number(untilMonth[1])) } : null;
}

/** A FROM_YEAR_START match: from 1 October to what it names after (untilWords), or to the report's last day; null for words no end. */
function sinceYearStart(m: RegExpExecArray): GroupSpan | null {
  return m[1] ? untilWords(m[1]) : { kind: 'cumulative', start: null, end: null };
}

/**
 * The end a running total names after "đến" ("đến 30/9/2019", "đến hết tháng 9/2019", "đến hết
 * tháng 9", "đến nay"), from 1 October; null for any other ("đến tháng trước": last month's).
 */
function untilWords(rest: string): GroupSpan | null {
  const until = untilSpan(rest);
  if (until) return until;
  // "đến cuối tháng", "đến tháng báo cáo": to the report's last day
  if (UNTIL_REPORT_END.test(rest)) return { kind: 'cumulative', start: null, end: null };
  // "đến hết tháng 9": October to September is 12 months, to December 3
  const untilMonth = UNTIL_MONTH_ONLY.exec(rest);
  const m = untilMonth ? Number(untilMonth[1]) : 0;
  return untilMonth && m >= 1 && m <= 12 ? { kind: 'cumulative', start: null, end: null, months: ((m + 2) % 12) + 1 } : null;
}

export function groupSpan(text: string): GroupSpan | null {
  // "Trước 01/7/2026 (theo TT 05/2024/TT-BTP)": the circular a group's figures follow is no span of theirs
  const cited = beforeCircularNote(text);
  if (cited !== null) return groupSpan(cited);
  const folded = foldHeader(text);
  const month = MONTH_GROUP.exec(folded);
  if (month) return { kind: 'month', month: month[1] ? Number(month[1]) : null, year: month[2] ? Number(month[2]) : null };
  const resultMonth = RESULT_MONTH_GROUP.exec(folded);
  if (resultMonth) return { kind: 'month', month: resultMonth[1] ? Number(resultMonth[1]) : null, year: resultMonth[2] ? Number(resultMonth[2]) : null, beside: true };
  if (TERM_GROUP.test(folded)) return { kind: 'term' };
  const quarter = QUARTER_GROUP.exec(folded);
  if (quarter) return { kind: 'quarter', quarter: quarter[1] ? (ROMAN[quarter[1]] ?? Number(quarter[1])) : null, year: quarter[2] ? Number(quarter[2]) : null };
  const fromYearStart = FROM_YEAR_START.exec(folded);
  if (fromYearStart) return sinceYearStart(fromYearStart);
  const fromTo = FROM_TO.exec(folded);
  if (fromTo) return { kind: 'cumulative', start: day(fromTo[3]!, fromTo[2]!, fromTo[1]!), end: day(fromTo[6]!, fromTo[5]!, fromTo[4]!) };
  const fromDayToNow = FROM_DAY_TO_NOW.exec(folded);
  if (fromDayToNow && UNTIL_REPORT_END.test(fromDayToNow[4]!)) return { kind: 'cumulative', start: day(fromDayToNow[3]!, fromDayToNow[2]!, fromDayToNow[1]!), end: null };
  const before = BEFORE_DAY.exec(folded);
  if (before) return { kind: 'cumulative', start: null, end: dayBefore(Number(before[3]), Number(before[2]), Number(before[1])) };
  // "Đến 30/9/2019", "Tính đến hết tháng 9/2019": from 1 October to that day, as after "Số liệu"
  const untilAlone = untilSpan(folded);
  if (untilAlone) return untilAlone;
  // "Đến nay", "Tính đến nay", "To date" alone: a running total to the report's last day
  if (UNTIL_REPORT_END.test(folded)) return { kind: 'cumulative', start: null, end: null };
  // "Cả năm", "(cả năm 2019)", "12 tháng": the twelve months, as "Lũy kế cả năm" (a six-month
  // report's column or lone group so named is not its own)
  const wholeYear = WHOLE_YEAR_ALONE.exec(folded);
  if (wholeYear) return { kind: 'cumulative', start: null, end: null, months: 12, ...(wholeYear[1] ? { year: Number(wholeYear[1]) } : {}) };
  const english = ENGLISH_MONTHS.exec(folded);
  if (english) return { kind: 'cumulative', start: null, end: null, months: ENGLISH_COUNTS[english[1]!] ?? Number(english[1]), ...(english[2] ? { year: Number(english[2]) } : {}) };
  // "Số liệu lũy kế", "Kết quả lũy kế", "Lũy kế thực hiện" are "Lũy kế"
  const cumulative = CUMULATIVE.exec(folded.replace(RUNNING_FIGURES, '').replace(RUNNING_RESULTS, '$1'));
  if (!cumulative) return null;
  const rest = cumulative[2] ?? '';
  // "Số liệu" alone is no running total ("Số liệu 12 tháng" is the twelve months: WHOLE_YEAR_ALONE),
  // nor "Tổng cộng" but from the year's start ("Tổng cộng từ đầu năm")
  if (cumulative[1] === 'tong cong') return FROM_YEAR_START.test(rest) ? groupSpan(rest) : null;
  const running = cumulative[1] !== 'so lieu';
  if (running && rest === '') return { kind: 'cumulative', start: null, end: null };
  const sinceStart = FROM_YEAR_START.exec(rest);
  if (running && sinceStart) return sinceYearStart(sinceStart);
  const months = N_MONTHS.exec(rest);
  if (running && months) return { kind: 'cumulative', start: null, end: null, months: Number(months[1]), ...(months[2] ? { year: Number(months[2]) } : {}) };
  const year = WHOLE_YEAR.exec(rest);
  if (running && year && !year[1] && year[2]) return { kind: 'cumulative', start: null, end: null, year: Number(year[2]) };
  if (running && year) return { kind: 'cumulative', start: null, end: null, months: 12, ...(year[2] ? { year: Number(year[2]) } : {}) };
  // "Lũy kế đến hết tháng 9", "Lũy kế đến cuối tháng"; "Số liệu" only to a day or month it names
  const until = running || !UNTIL_REPORT_END.test(rest) ? untilWords(rest) : null;
  if (until) return until;
  // "Lũy kế từ 01/10/2025": from its day to the report's last (the report's own when it is 1 October)
  const fromDay = FROM_DAY.exec(rest);
  if (running && fromDay) return { kind: 'cumulative', start: day(fromDay[3]!, fromDay[2]!, fromDay[1]!), end: null };
  // "Số liệu từ 01/10/2018 đến 30/9/2019" names its days as "Từ … đến …" alone does
  const from = FROM_TO.exec(rest);
  if (from) return { kind: 'cumulative', start: day(from[3]!, from[2]!, from[1]!), end: day(from[6]!, from[5]!, from[4]!) };
  return null;
}

/**
 * The side of a day a cell of its own names: "Trước 01/7/2026", "Đến trước ngày 01/7/2026",
 * "Before 1/7/2026" (BEFORE_DAY) the days before it, "Từ 01/7/2026", "Kể từ ngày 01/7/2026",
 * "From 1/7/2026" (FROM_DAY) the days from it, "Sau 01/7/2026" after it, "Đến 30/6/2026" up to it
 * (AFTER_DAY, UNTIL_DAY); "(theo TT 05/2024/TT-BTP)" after any cites the
 * form that counted them (beforeCircularNote). One office's rows marked with both sides of one day
 * are its year in two parts (the 2026 year split at the day TT 05/2026 took effect). Alone, "Từ
 * 01/7/2026" may say when an office began: only the pair tells (period-column.ts).
 */
export function sideOfDay(text: string): { readonly side: 'before' | 'from' | 'after' | 'until'; readonly day: string } | null {
  const folded = foldHeader(beforeCircularNote(text) ?? text);
  const before = BEFORE_DAY.exec(folded);
  if (before) return { side: 'before', day: day(before[3]!, before[2]!, before[1]!) };
  const from = FROM_DAY.exec(folded.replace(/^ke (?=tu )/, ''));
  if (from) return { side: 'from', day: day(from[3]!, from[2]!, from[1]!) };
  // "Sau 01/7/2026", "Đến 30/6/2026": the same split in other words, told apart from "Từ"/"Trước" (a pair of different marks is refused all the same)
  const after = AFTER_DAY.exec(folded) ?? UNTIL_DAY.exec(folded);
  return after ? { side: after[0].startsWith('sau') ? 'after' : 'until', day: day(after[3]!, after[2]!, after[1]!) } : null;
}

/**
 * Whether a cell opens with a running total's words ("Lũy kế …", "Số lũy kế …", "Cộng dồn …"),
 * whatever span it names or none ("Lũy kế đến tháng trước", "Lũy kế cùng kỳ").
 */
export function opensRunningTotal(text: string): boolean {
  return /^(?:luy ke|cong don)(?: |$)/.test(foldHeader(text).replace(RUNNING_FIGURES, ''));
}

/**
 * The span a field's header note names in a group's words ("Có điều kiện (trong tháng)",
 * "Giải quyết xong lũy kế 12 tháng"), or null. A running total with no bound of its own
 * ("lũy kế", "lũy kế từ đầu năm") runs to the report's last day whatever the report is: it
 * names the report's own figure, and is read as the field as it always was (null here).
 * "Trong kỳ", "Kết quả tháng 3" say a month only beside a cumulative group: as a note they are
 * left as they were.
 */
export function noteSpan(text: string): GroupSpan | null {
  const span = groupSpan(text);
  if (span === null || span.kind === 'term' || span.kind === 'quarter' || (span.kind === 'month' && span.beside)) return null;
  if (span.kind === 'cumulative' && span.start === null && span.end === null && span.months === undefined && span.year === undefined) return null;
  return span;
}

/** A running total with no bound of its own ("lũy kế", "lũy kế từ đầu năm"): the report's own figure, in any report. */
export function namesOwnRunningTotal(text: string): boolean {
  const span = groupSpan(text);
  return span?.kind === 'cumulative' && noteSpan(text) === null;
}

/**
 * A header's note in brackets at its end and the name before it ("Thi hành xong (trong kỳ)"),
 * with the span the note names (groupSpan), or null.
 */
export function bracketSpan(header: string): { readonly name: string; readonly note: string; readonly span: GroupSpan } | null {
  const m = /^(.*\S)\s*\(([^()]*)\)\s*$/u.exec(header.replace(/\s+/gu, ' ').trim());
  const span = m ? groupSpan(m[2]!) : null;
  return m && span ? { name: m[1]!, note: m[2]!.trim(), span } : null;
}
