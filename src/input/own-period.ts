// A header that names a period beside its field ("Có điều kiện (năm 2019)") is the field's own
// column only when that period is the report's: its year, the year's bounds, or for carried
// over the year before. Anything else stays an unknown column (headers.ts namedPeriod).
import { foldHeader } from '../domain/names.js';
import type { NamedField, NamedPeriod } from './headers.js';
import { namesTwelveMonths } from './period-notes.js';
import { namesYearPeriod, periodOfYearCell } from './stated-years.js';

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
 * it: its year ("Năm 2019", "Kết quả năm 2019"), or in a whole year's report the whole year
 * ("12 tháng", "Số liệu 12 tháng", "Cả năm 2019"). Carried to its columns, "(Số liệu 12 tháng)"
 * made a whole-year report's every figure another period's; "(Năm 2019)" its carried over.
 */
export function groupNamesOwnPeriod(period: NamedPeriod, own: OwnPeriod): boolean {
  if (period.comparison) return false;
  const year = periodOfYearCell(period.text);
  if (year !== null && (year.year === null || year.year === own.year) && (wholeYear(own) || !namesTwelveMonths(period.text))) return true;
  return !period.partOfYear && namesYearPeriod(period.text, own.year, own.end, own.start);
}
