// A header that names a period beside its field ("Có điều kiện (năm 2019)") is the field's own
// column only when that period is the report's: its year, the year's bounds, or for carried
// over the year before. Anything else stays an unknown column (headers.ts namedPeriod).
import { foldHeader } from '../domain/names.js';
import type { NamedField, NamedPeriod } from './headers.js';
import { namesYearPeriod } from './stated-years.js';

/** The report's own year and the last day of its period, as the layout knows them. */
export interface OwnPeriod {
  readonly year: number;
  /** the title's last day (YYYY-MM-DD), else 30 September of `year` */
  readonly end: string | null;
}

/**
 * Whether `period` names the report's own figures of `named`'s field: "Có điều kiện (năm 2019)",
 * "(từ 01/10/2018)", "(đến 30/9/2019)" in a report of 2019; carried over names the year it comes
 * from, the one before ("Năm trước chuyển sang (năm 2018)", "(năm trước)", "Năm 2018 chuyển
 * sang"), and never the report's own ("Năm 2019 chuyển sang": carried forward?).
 */
export function isOwnPeriod(period: NamedPeriod, named: NamedField, own: OwnPeriod): boolean {
  if (period.partOfYear) return false;
  const carriedOver = named.role.field === 'carried_over';
  if (period.comparison) return carriedOver && !named.previousYear && /^(nam|ky) truoc$/.test(foldHeader(period.text));
  if (carriedOver || named.previousYear) return carriedOver && namesYearPeriod(period.text, own.year - 1, null);
  return namesYearPeriod(period.text, own.year, own.end);
}
