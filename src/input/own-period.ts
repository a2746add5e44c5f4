// A header that names a period beside its field ("Có điều kiện (năm 2019)") is the field's own
// column only when that period is the report's: its year, the year's bounds, or for carried
// over the year before. Anything else stays an unknown column (headers.ts namedPeriod).
import { latinLetters } from '../domain/letters.js';
import { foldHeader } from '../domain/names.js';
import type { NamedField, NamedPeriod } from './headers.js';
import { namedPeriod } from './headers.js';
import { day, groupSpan, monthEnd, noteSpan, opensRunningTotal, type GroupSpan } from './group-span.js';
import { citesCircularOnly } from './circular.js';
import { namesTwelveMonths, periodNote } from './period-notes.js';
import { namesYearPeriod, periodOfYearCell, statedYears, titlePeriod } from './stated-years.js';

/** The report's own year and the first and last days of its period, as the layout knows them. */
export interface OwnPeriod {
  readonly year: number;
  /** the title's first day (YYYY-MM-DD), else 1 October before `year` */
  readonly start: string | null;
  /** the title's last day (YYYY-MM-DD), else 30 September of `year` */
  readonly end: string | null;
}

/** The report counts the whole statistics year: its title states no shorter period. */
export function wholeYear(own: OwnPeriod): boolean {
  return (own.end === null || own.end === `${own.year}-09-30`) && (own.start === null || own.start === `${own.year - 1}-10-01`);
}

/** The title's days (YYYY-MM-DD, null: none stated) bound no shorter period than a statistics year (1 October to 30 September). */
export function titleSpansWholeYear(start: string | null, end: string | null): boolean {
  return (end === null || end.endsWith('-09-30')) && (start === null || start.endsWith('-10-01'));
}

/**
 * "12 tháng", "6T", "06 tháng", "6 tháng đầu năm", "6 tháng năm 2026", "6T/2026" (folded: no "/"): a
 * number of months (1), of a year it may name (2).
 */
const MONTHS = /^0?(\d{1,2}) ?(?:thang|t)(?: dau nam)?(?: (?:nam )?(\d{4}))?$/;

/**
 * The whole months the report's period spans from the statistics year's first day (1 October
 * before `year`) to its title's last day, the last of a month; null where it starts elsewhere
 * or ends inside a month.
 */
function monthsFromYearStart(own: OwnPeriod): number | null {
  if (own.start !== null && own.start !== `${own.year - 1}-10-01`) return null;
  if (own.end === null) return 12;
  const [y, m, d] = own.end.split('-').map(Number) as [number, number, number];
  if (new Date(Date.UTC(y, m, 0)).getUTCDate() !== d) return null;
  const months = (y - (own.year - 1)) * 12 + m - 9;
  return months >= 1 && months <= 12 ? months : null;
}
/** A span that only names the day it runs to ("đến 30/9/2018", "tính đến hết ngày 30/9/2018"). */
function asOfDay(span: GroupSpan): boolean {
  return span.kind === 'cumulative' && span.start === null && span.end !== null && span.months === undefined;
}
/** "sang năm 2020" of carried forward: the period it goes into. */
const INTO = /^\s*(?:sang|into)\s+/iu;

/**
 * Whether `period` names the report's own figures of `named`'s field: "Có điều kiện (năm 2019)",
 * "(từ 01/10/2018)", "(đến 30/9/2019)", "(12 tháng)" in a report of the year 2019; carried over
 * names the year it comes from, the one before ("Năm trước chuyển sang (năm 2018)", "(năm
 * trước)", "Năm 2018 chuyển sang"), and never the report's own ("Năm 2019 chuyển sang": carried
 * forward?); carried forward of a whole year's report may name the year it goes into, the one
 * after ("Chuyển kỳ sau (năm 2020)", "(sang năm 2020)", "Chuyển sang năm 2020").
 */
export function isOwnPeriod(period: NamedPeriod, named: NamedField, own: OwnPeriod): boolean {
  const field = named.role.field;
  // a span in a group's words ("(lũy kế 12 tháng)", "(trong tháng)") is judged as the group
  // would be (judgeGroupSpans): "Lũy kế 12 tháng" is the whole year's figure, in a report of it;
  // a balance's "(đến 30/9/2018)" is the day it stands at, judged by the year's rules below
  const span = period.comparison ? null : noteSpan(period.text);
  const flow = field !== 'carried_over' && field !== 'carried_forward' && !named.previousYear && !named.nextYear;
  if (span !== null && span.kind !== 'term' && (flow || !asOfDay(span))) return flow && spansOwnDays(spanBounds(span, own), own);
  // "(6 tháng)" is the report's own figures in a report of the six months from 1 October; any
  // other count of months may be a part of its period: never read as it
  if (period.partOfYear) {
    const months = MONTHS.exec(foldHeader(period.text));
    return field !== 'carried_over' && field !== 'carried_forward' && months !== null && Number(months[1]) === monthsFromYearStart(own) && (months[2] === undefined || Number(months[2]) === own.year);
  }
  const carriedOver = field === 'carried_over';
  if (period.comparison) return carriedOver && !named.previousYear && /^(nam|ky) truoc$/.test(foldHeader(period.text));
  if (carriedOver || named.previousYear) return carriedOver && namesYearPeriod(period.text, own.year - 1, null);
  const intoNext = field === 'carried_forward' && wholeYear(own) && namesYearPeriod(period.text.replace(INTO, ''), own.year + 1, null);
  if (named.nextYear) return intoNext;
  return intoNext || namesYearPeriod(period.text, own.year, own.end, own.start);
}

/**
 * Whether a group cell names the report's own period, and so says nothing of the columns under
 * it: its year in any wording ("Năm 2019", "Kết quả THA năm 2019": phraseSpan), or in a whole year's report the whole year
 * ("12 tháng", "Số liệu 12 tháng", "Cả năm 2019"). Carried to its columns, "(Số liệu 12 tháng)"
 * made a whole-year report's every figure another period's; "(Năm 2019)" its carried over.
 */
export function groupNamesOwnPeriod(period: NamedPeriod, own: OwnPeriod): boolean {
  if (period.comparison) return false;
  const year = periodOfYearCell(period.text);
  if (year !== null && (year.year === null || year.year === own.year) && (wholeYear(own) || !namesTwelveMonths(period.text))) return true;
  if (!period.partOfYear && namesYearPeriod(period.text, own.year, own.end, own.start)) return true;
  // the year in other words ("Kết quả THADS năm 2019", "Năm TK 2019", "Năm 2019 (đã giải quyết)")
  // only the year alone: a month's words ("Kết quả tháng 9 năm 2019") in a group are that month
  const span = phraseSpan(period.text, own.year);
  return span?.kind === 'cumulative' && span.start === null && span.end === null;
}


/** A note after the year: in brackets, or after a dash ("Năm 2019 (T3)", "2019 - Quý I", "Năm 2019 (đã giải quyết)"). */
const NOTE_AFTER_YEAR = /^(.*?(?<!\d)(?:19|20)\d\d(?!\d))\s*(?:\(([^()]*)\)|[-–—]\s*([^()\d][^()]*))$/u;
/** "TK" (thống kê) before a year: "Năm TK 2019" is "năm thống kê 2019", as the title reader knows it. */
const TK = latinLetters(/(?<![\p{L}\d])TK(?![\p{L}\d])/giu);

/**
 * The period phrase of a group cell wherever it stands, read as a title states it (stated-years.ts)
 * in the report's year `year`: the cell's other words describe its figures ("Kết quả THADS năm
 * 2019", "Số việc năm 2019", "Năm 2019 (đã giải quyết)") and are let be. A part of a year after
 * the year ("Năm 2019 (T3)", "2019 - Quý I") is read before it, as a title writes it; a cell
 * without a year is of `year` ("Số liệu 6 tháng", "Kết quả 6 tháng"). Null where it states no
 * period, or another year's, or names a comparison or a plan (headers.ts namedPeriod).
 */
function phraseSpan(text: string, year: number): GroupSpan | null {
  const period = namedPeriod(text);
  if (period === null || period.comparison) return null;
  let line = text.replace(/\s+/gu, ' ').trim().replace(TK, 'thống kê');
  const after = NOTE_AFTER_YEAR.exec(line);
  let part = periodNote(line, true)?.kind === 'part';
  if (after) {
    const note = (after[2] ?? after[3]!).trim();
    const read = periodNote(note, true);
    part = read?.kind === 'part';
    // a note of the whole year ("số liệu đến 30/9") or of no period ("đã giải quyết") adds nothing
    if (part) line = `${note.replace(/^T(?=\d)/iu, 'tháng ')} ${after[1]!}`;
    else if (read === null || read.kind === 'year') line = after[1]!;
    else return null;
  }
  if (statedYears([[line]]).length === 0) line = `${line} năm ${year}`;
  const years = statedYears([[line]]);
  if (years.length !== 1 || years[0] !== year) return null;
  const { start, end } = titlePeriod([[line]]);
  // a part of a year the title reader finds no days for ("Năm 2019 (đến 31/3)") is never read as the whole year
  if (part && start === null && end === null) return null;
  return { kind: 'cumulative', start, end };
}

/** phraseSpan where it names a part of the statistics year, not the whole year. */
function partSpan(text: string, year: number): GroupSpan | null {
  const span = phraseSpan(text, year);
  if (span?.kind !== 'cumulative') return null;
  return titleSpansWholeYear(span.start, span.end) ? null : span;
}

/** Whether a group cell names a month or a cumulative span (groupSpan): set beside others, it states no period of the report's. */
export function namesGroupSpan(text: string): boolean {
  return groupSpan(text) !== null;
}

/** The first and last days (YYYY-MM-DD) of the report's period. */
function ownBounds(own: OwnPeriod): { readonly start: string; readonly end: string } {
  return { start: own.start ?? `${own.year - 1}-10-01`, end: own.end ?? `${own.year}-09-30` };
}

/**
 * The days a group's span runs over in a report of `own`; a month without its number is the
 * report's last month. Months of a year it names are counted in that year ("Cả năm 2018": 1/10/2017
 * to 30/9/2018), never the report's: another year's days, not none, so a lone group is refused.
 */
function spanBounds(span: Exclude<GroupSpan, { kind: 'term' }>, own: OwnPeriod): { readonly start: string; readonly end: string } | null {
  const bounds = ownBounds(own);
  const yearStart = `${own.year - 1}-10-01`;
  if (span.kind === 'cumulative') {
    if (span.months !== undefined) {
      if (span.months < 1 || span.months > 12) return null;
      const year = span.year ?? own.year;
      return { start: `${year - 1}-10-01`, end: monthEnd(year - 1, 9 + span.months) };
    }
    // "Lũy kế năm 2018": from that year's 1 October
    return { start: span.start ?? (span.year !== undefined ? `${span.year - 1}-10-01` : yearStart), end: span.end ?? bounds.end };
  }
  if (span.kind === 'quarter') {
    // without its number, the three months ending with the report's; "Quý IV" is October to December before the year
    const [endYear, endMonth] = bounds.end.split('-').map(Number) as [number, number];
    const last = span.quarter === null ? endMonth : span.quarter * 3;
    const year = span.year ?? (span.quarter === null ? endYear : span.quarter === 4 ? own.year - 1 : own.year);
    return { start: day(last <= 2 ? year - 1 : year, ((last + 9) % 12) + 1, 1), end: monthEnd(year, last) };
  }
  const month = span.month ?? Number(bounds.end.slice(5, 7));
  if (month < 1 || month > 12) return null;
  const year = span.year ?? (month >= 10 ? own.year - 1 : own.year);
  return { start: day(year, month, 1), end: monthEnd(year, month) };
}

/** What the groups over a header's figures say of their columns: the report's own, another period's, or nothing (null). */
export type GroupJudgement = { readonly own: boolean; readonly start: string | null; readonly end: string | null } | null;

/**
 * Each group cell set beside the others, judged by the days it spans: the group spanning the
 * report's period (`own`) is its own, every other group another period's. "Trong kỳ", "Kỳ
 * này" name the month only beside a cumulative group, a month in a result's words ("Kết quả
 * tháng 3") beside any other group; alone they say nothing (null).
 */
export function judgeGroupSpans(groups: readonly string[], own: OwnPeriod | null): GroupJudgement[] {
  // A group naming only its circular ("Theo TT 05/2024 | Theo TT 05/2026 | Cả năm": the 2026
  // year split at the day TT 05/2026 took effect) beside other groups is a part of the year, as
  // "Trước 01/7/2026 | Từ 01/7/2026" is: set aside, so the whole year's group is read, or with
  // none nothing is (MISSING_COLUMN). Read as the report's, its columns repeated the year's
  // (DUPLICATE_COLUMN). One such group is the form's name and says nothing: over every column,
  // or over the report's own beside "Cùng kỳ năm 2024" (work102a 04: refused MISSING_COLUMN).
  const judged = judgeSpans(groups, own);
  const circular = groups.map(citesCircularOnly);
  return circular.filter(Boolean).length > 1 ? judged.map((j, i) => (circular[i] ? { own: false, start: null, end: null } : j)) : judged;
}

function judgeSpans(groups: readonly string[], own: OwnPeriod | null): GroupJudgement[] {
  const strict = groups.map(groupSpan);
  // a part of a year in other words ("Số liệu 6 tháng", "2019 - Quý I"); the own year in any
  // wording is groupNamesOwnPeriod's, and neither makes "Trong kỳ" beside it a month
  const besideCumulative = strict.some((s) => s?.kind === 'cumulative');
  // a quarter is one only beside a cumulative group; alone "Quý I" is a title's words (to 31 March),
  // but held to its three months where a title or name states the period (loneQuarterDays).
  // Alone and unnumbered ("Trong quý", "Quý này") it is no title's words: the quarter, as a lone
  // "Trong tháng" is its month (read as the title's words it had been the whole year)
  const quarterAlone = (s: GroupSpan) => s.kind === 'quarter' && s.quarter === null && groups.length === 1;
  const spans = strict.map((s, i) => (s !== null && (s.kind !== 'quarter' || besideCumulative || quarterAlone(s)) ? s : own === null ? null : partSpan(groups[i]!, own.year)));
  const known = spans.map((span) => {
    // a result's month ("Thực hiện trong tháng") beside any other group is that month, never the
    // report's figures, even where the other is no cumulative thads knows ("Lũy kế cùng kỳ"):
    // read as a title's words, it had made a September report's month its year
    const month = span?.kind === 'month' && span.beside === true && groups.length > 1;
    return span === null || ((span.kind === 'term' || (span.kind === 'month' && span.beside)) && !besideCumulative && !month) ? null : span;
  });
  if (own === null) return judgeWithoutYear(known, groups.length);
  const cumulativeOwn = known.some((span) => span?.kind === 'cumulative' && spansOwnDays(spanBounds(span, own), own));
  const judged = known.map((span): GroupJudgement => {
    if (span === null) return null;
    const days = spanBounds(span.kind === 'term' ? { kind: 'month', month: null, year: null } : span, own);
    // beside the report's own cumulative, a month or a quarter is set aside even where its days
    // are the report's (an October report's "Trong tháng | Lũy kế"): one column of each field
    const part = span.kind !== 'cumulative' && cumulativeOwn;
    return { own: !part && spansOwnDays(days, own), start: days?.start ?? null, end: days?.end ?? null };
  });
  // Beside a month set aside, a group of words naming no span ("Lũy kế tháng trước", "Tháng
  // trước") is no known cumulative of the report's: set aside too, so nothing is read
  // (MISSING_COLUMN) rather than another period as the report's. The own year in any wording
  // ("Năm 2019": groupNamesOwnPeriod) still reads.
  const monthAside = judged.some((j, i) => j !== null && !j.own && (spans[i]?.kind === 'month' || spans[i]?.kind === 'quarter'));
  if (!monthAside) return judged;
  // Beside the month and the report's own cumulative, a running total of a span thads does not
  // know ("Lũy kế đến tháng trước": to last month) is another period's: set aside, never summed
  // with the own as a second column of its field (DUPLICATE_COLUMN)
  const aside = { own: false, start: null, end: null } as const;
  if (judged.some((j) => j?.own)) return judged.map((j, i) => (j === null && opensRunningTotal(groups[i]!) ? aside : j));
  return judged.map((j, i) => {
    if (j !== null) return j;
    const period = namedPeriod(groups[i]!);
    return period !== null && groupNamesOwnPeriod(period, own) ? null : aside;
  });
}

/**
 * Groups side by side with no year to judge their days by: a month (or a term) among them is
 * never the report's figures, and no other group can be told the report's but a running total
 * with no bound of its own ("Lũy kế", "Lũy kế từ đầu năm": to the report's last day whatever it
 * is). So all the others are set aside too, and nothing is read (MISSING_COLUMN) rather than the
 * month: "Trong tháng | Lũy kế từ 01/10/2018" read the month once the dated cumulative was set
 * aside. Without a month, nothing is said (null), as before.
 */
function judgeWithoutYear(known: readonly (GroupSpan | null)[], count: number): GroupJudgement[] {
  const monthBeside = count > 1 && known.some((s) => s?.kind === 'month' || s?.kind === 'term' || s?.kind === 'quarter');
  const unbounded = (s: GroupSpan | null) => s?.kind === 'cumulative' && s.start === null && s.end === null && s.months === undefined && s.year === undefined;
  return known.map((s) => (!monthBeside || unbounded(s) ? null : { own: false, start: null, end: null }));
}

/**
 * Whether a lone group's days (judgeGroupSpans) agree with the period stated apart from it
 * (`stated`: the title's or the name's). A title is held to its days, a bare year ("NĂM 2019") to
 * the whole statistics year, as under "Tháng 8/2019": `own` read the group row with the title's,
 * so "12 tháng năm 2019" under "6 THÁNG ĐẦU NĂM 2019" had made it the year, and "6 tháng đầu năm
 * 2019" under "NĂM 2019" six months.
 */
export function groupAgreesWithStated(span: NonNullable<GroupJudgement>, stated: OwnPeriod): boolean {
  return span.start !== null && span.end !== null && spansOwnDays({ start: span.start, end: span.end }, stated);
}

/** Whether a span's days (spanBounds) are the report's own: the one judgement of group cells and header notes. */
function spansOwnDays(days: { readonly start: string; readonly end: string } | null, own: OwnPeriod): boolean {
  const bounds = ownBounds(own);
  return days !== null && days.start === bounds.start && days.end === bounds.end;
}

/**
 * Whether one group over every figure column names, in a title's words ("Tháng 3/2019", "Tháng
 * 3"), the month that ends the period a title or name states (`stated` with its end stated: not a
 * bare "NĂM 2019"): "THÁNG 3 NĂM 2019" over "Tháng 3/2019" says one thing twice, read as the
 * title is. "Trong tháng", "Riêng tháng 3" say the month alone, another period: never agree.
 */
export function groupRepeatsStatedMonth(text: string, stated: OwnPeriod): boolean {
  const span = groupSpan(text);
  if (stated.end === null || span?.kind !== 'month' || span.month === null || !foldHeader(text).startsWith('thang ')) return false;
  return spanBounds(span, stated)?.end === stated.end;
}

/**
 * The days of a quarter group standing alone over every figure column ("Trong quý", "Quý III",
 * "Quý này") where a title or name states the period (`stated`): the quarter's three months, as a
 * lone "Trong tháng" is its month. Read as a title's words, "Quý III" under "NĂM 2019" (or "Trong
 * quý" under anything) had been the year's figures, a quarter's summed as nine or twelve months'.
 * Null for any other group. (Nothing stated apart, "Quý I" alone is still a title's words: partSpan.)
 */
export function loneQuarterDays(text: string, stated: OwnPeriod): NonNullable<GroupJudgement> | null {
  const span = groupSpan(text);
  const days = span?.kind === 'quarter' ? spanBounds(span, stated) : null;
  return days === null ? null : { own: false, ...days };
}

const ROMAN_QUARTER = ['i', 'ii', 'iii', 'iv'];
/**
 * Whether a lone quarter group in a title's words ("Quý III", "Quý III/2019") names the quarter
 * the title lines (`title`) name and end on the period's last day: "QUÝ III NĂM 2019" over "Quý
 * III" says one thing twice (groupRepeatsStatedMonth's rule). "Trong quý", "Quý này" say the
 * quarter alone; "THÁNG 9 NĂM 2019" or "9 THÁNG" over "Quý III" name no quarter: never agree.
 */
export function groupRepeatsStatedQuarter(text: string, stated: OwnPeriod, title: readonly (readonly string[])[]): boolean {
  const span = groupSpan(text);
  if (stated.end === null || span?.kind !== 'quarter' || span.quarter === null || !foldHeader(text).startsWith('quy ')) return false;
  const words = new RegExp(`(?:^| )quy (?:${ROMAN_QUARTER[span.quarter - 1]}|${span.quarter})(?: |$)`);
  return spanBounds(span, stated)?.end === stated.end && title.some((cells) => cells.some((c) => words.test(foldHeader(c))));
}

/** The statistics year a day (YYYY-MM-DD) falls in: 1 October starts the next one. */
export function statisticsYearOf(date: string): number {
  return Number(date.slice(0, 4)) + (Number(date.slice(5, 7)) >= 10 ? 1 : 0);
}

/** Whether two reports' periods are the same days. */
export function samePeriod(a: OwnPeriod, b: OwnPeriod): boolean {
  const x = ownBounds(a);
  const y = ownBounds(b);
  return a.year === b.year && x.start === y.start && x.end === y.end;
}
