// Change on last year compares like periods only (cùng kỳ): a half-year report with last year's
// half-year, never with the whole year, nor a quarter (1/1–31/3) with a half-year (1/10–31/3).
// Two periods are alike when they start and end on the same days of the year. THADS counts a
// period from 1 October: a report that states no start begins on the 1/10 before its statistics
// year, and one that states no period at all is that year's, to 30 September.

/** A report's first and last day (YYYY-MM-DD), or only their days of the year (-MM-DD) when the year is unknown. */
export interface Period {
  readonly start: string;
  readonly end: string;
}

/** What a title (or a name) states of a period: either bound may be missing. */
export interface StatedPeriod {
  readonly start: string | null;
  readonly end: string | null;
}

/** The stated bounds, else 30/9 of the statistics year and the 1/10 before it (years left out when unknown). */
export function periodOf(stated: StatedPeriod, year: number | null): Period {
  const end = stated.end ?? `${year ?? ''}-09-30`;
  return { start: stated.start ?? `${statisticsYearOf(end) === null ? '' : statisticsYearOf(end)! - 1}-10-01`, end };
}

/**
 * A stated period within statistics year `year`: days of the year ("-10-01", "-03-31": each
 * year's part, as a table of several years states it) placed in that year, 1 October in the
 * calendar year before; dated bounds, or an unknown year, left as they are.
 */
export function statedIn(stated: StatedPeriod, year: number | null): StatedPeriod {
  const place = (day: string | null) => (day === null || !day.startsWith('-') || year === null ? day : `${Number(day.slice(1, 3)) >= 10 ? year - 1 : year}${day}`);
  return { start: place(stated.start), end: place(stated.end) };
}

/** A day's statistics year (October to December belong to the next); null when its year is unknown. */
function statisticsYearOf(day: string): number | null {
  const [year, month] = day.split('-').map(Number);
  return year && month ? (month >= 10 ? year + 1 : year) : null;
}

/** MM-DD; the end of February is one day whether or not the year is a leap year. */
function dayOfYear(day: string): string {
  const mmdd = day.slice(-5);
  return mmdd === '02-29' ? '02-28' : mmdd;
}

/** Its start and end as days of the year: two periods alike have one key. */
function likeKey(p: Period): string {
  return `${dayOfYear(p.start)} ${dayOfYear(p.end)}`;
}

/**
 * The whole months a period spans, from a month's first day to a month's last (1/10/2018–31/3/2019:
 * 6; 1/1/2019–31/3/2019: 3); null where it starts or ends inside a month, or its years are unknown.
 */
export function wholeMonths(p: Period): number | null {
  const [sy, sm, sd] = p.start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = p.end.split('-').map(Number) as [number, number, number];
  if (!sy || !ey || sd !== 1 || new Date(Date.UTC(ey, em, 0)).getUTCDate() !== ed) return null;
  const months = (ey - sy) * 12 + em - sm + 1;
  return months >= 1 ? months : null;
}

/** "31/3/2025"; "30/9" when the year is unknown. */
export function dayText(day: string): string {
  const [year, month, d] = day.split('-');
  return `${Number(d)}/${Number(month)}${year ? `/${year}` : ''}`;
}

/** "1/1/2018–31/3/2018" with its start, "31/3/2018" without. */
export function periodText(p: Period, withStart: boolean): string {
  return withStart ? `${dayText(p.start)}–${dayText(p.end)}` : dayText(p.end);
}

/** Whether any two of the periods start on different days of the year: then messages name both bounds. */
export function startsDiffer(periods: readonly Period[]): boolean {
  return new Set(periods.map((p) => dayOfYear(p.start))).size > 1;
}

/** One of each period, in the order first met. */
export function distinctPeriods(periods: readonly Period[]): Period[] {
  return [...new Map(periods.map((p) => [`${p.start} ${p.end}`, p])).values()];
}

/** True when every period of both sides starts and ends on the same days of the year: only then is a change computed. */
export function likePeriods(now: readonly Period[], before: readonly Period[]): boolean {
  return new Set([...now, ...before].map(likeKey)).size <= 1;
}

/**
 * Periods of one statistics year (by their end) that differ in start or end (a half-year office
 * file beside a whole-year one, a quarter beside a half-year): their figures are never added
 * together. The periods of the first such year, by end then start, or null. An end without its
 * year tells nothing and is let be.
 */
export function mixedPeriods(periods: readonly Period[]): Period[] | null {
  const byYear = new Map<number, Period[]>();
  for (const p of distinctPeriods(periods)) {
    const statistics = statisticsYearOf(p.end);
    if (statistics !== null) byYear.set(statistics, [...(byYear.get(statistics) ?? []), p]);
  }
  for (const same of byYear.values()) {
    if (same.length > 1) return same.sort((a, b) => a.end.localeCompare(b.end) || a.start.localeCompare(b.start));
  }
  return null;
}

/**
 * The periods shorter than their statistics year (a half-year report's 1/10/2018–31/3/2019), by
 * that year: what a paragraph or a title must name instead of "năm 2019". Periods of unknown
 * years and whole years are left out (one period per year: mixedPeriods refuses more).
 */
export function partPeriodsByYear(periods: readonly Period[]): Map<number, Period> {
  const out = new Map<number, Period>();
  for (const p of periods) {
    const year = statisticsYearOf(p.end);
    if (year === null || !/^\d/.test(p.start)) continue;
    if (p.start === `${year - 1}-10-01` && p.end === `${year}-09-30`) continue;
    out.set(year, p);
  }
  return out;
}
