// Change on last year compares like periods only (cùng kỳ): a half-year report with last year's
// half-year, never with the whole year. Two periods are alike when they end on the same day of
// the year; a report that states no period is its statistics year's, to 30 September.

/** A report's period: its last day (YYYY-MM-DD), or only its day of the year (MM-DD) when its year is unknown. */
export type PeriodEnd = string;

/** The stated end, else the statistics year's 30/9 (`--MM-DD` alone when the year is unknown too). */
export function periodEndOf(stated: string | null, year: number | null): PeriodEnd {
  return stated ?? `${year ?? ''}-09-30`;
}

/** MM-DD; the end of February is one day whether or not the year is a leap year. */
function dayOfYear(end: PeriodEnd): string {
  const day = end.slice(-5);
  return day === '02-29' ? '02-28' : day;
}

/** "31/3/2025"; "30/9" when the year is unknown. */
export function periodEndText(end: PeriodEnd): string {
  const [year, month, day] = end.split('-');
  return `${Number(day)}/${Number(month)}${year ? `/${year}` : ''}`;
}

/** True when every period of both sides ends on one day of the year: only then is a change computed. */
export function likePeriods(now: readonly PeriodEnd[], before: readonly PeriodEnd[]): boolean {
  return new Set([...now, ...before].map(dayOfYear)).size <= 1;
}

/**
 * Periods of one statistics year that end on different days (a half-year office file beside a
 * whole-year one): their figures are never added together. The ends of the first such year, or
 * null. An end without its year tells nothing and is let be.
 */
export function mixedPeriods(ends: readonly PeriodEnd[]): PeriodEnd[] | null {
  const byYear = new Map<number, Set<PeriodEnd>>();
  for (const end of ends) {
    const [year, month] = end.split('-').map(Number);
    if (!year || !month) continue;
    const statistics = month >= 10 ? year + 1 : year;
    byYear.set(statistics, (byYear.get(statistics) ?? new Set()).add(end));
  }
  for (const same of byYear.values()) if (same.size > 1) return [...same].sort();
  return null;
}
