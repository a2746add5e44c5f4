// A header that names a period beside its field ("Có điều kiện (năm 2019)") is the field's own
// column only when that period is the report's: its year, the year's bounds, or for carried
// over the year before. Anything else stays an unknown column (headers.ts namedPeriod).
import { foldHeader } from '../domain/names.js';
import type { NamedField, NamedPeriod } from './headers.js';
import { namesYearPeriod } from './stated-years.js';

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

/** "12 tháng", "12T" (folded): the months of a whole statistics year. */
const TWELVE_MONTHS = /^12 ?(thang|t)$/;
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
  // other month counts may be the report's period or a part of it: never read as it
  if (period.partOfYear) return field !== 'carried_over' && field !== 'carried_forward' && TWELVE_MONTHS.test(foldHeader(period.text)) && wholeYear(own);
  const carriedOver = field === 'carried_over';
  if (period.comparison) return carriedOver && !named.previousYear && /^(nam|ky) truoc$/.test(foldHeader(period.text));
  if (carriedOver || named.previousYear) return carriedOver && namesYearPeriod(period.text, own.year - 1, null);
  const intoNext = field === 'carried_forward' && wholeYear(own) && namesYearPeriod(period.text.replace(INTO, ''), own.year + 1, null);
  if (named.nextYear) return intoNext;
  return intoNext || namesYearPeriod(period.text, own.year, own.end, own.start);
}
