// How outputs name the period of the figures: a statistics year ("năm 2019", 1/10/2018 to
// 30/9/2019), or the shorter period a report states (6 months: 1/10/2018 to 31/3/2019), which a
// paragraph or a title must never call the whole year. Comparisons of such a period are with
// the same period of the year before ("so với cùng kỳ năm 2018").
import type { ComparedYear } from '../domain/fields.js';
import type { Period } from '../domain/periods.js';
import type { RenderContext } from './model.js';
import { ThadsError } from '../errors.js';

export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y!, m!, d!];
}

/** "1/10/2018" */
export function dayVi(day: string): string {
  const [y, m, d] = parts(day);
  return `${d}/${m}/${y}`;
}

/** "1 October 2018" */
export function dayEn(day: string): string {
  const [y, m, d] = parts(day);
  return `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** The paragraph's opening words: "Năm 2019 (từ 1/10/2018 đến 30/9/2019)", "Từ 1/10/2018 đến 31/3/2019 (năm thống kê 2019)". */
export function introVi(year: number, part: Period | undefined): string {
  return part ? `Từ ${dayVi(part.start)} đến ${dayVi(part.end)} (năm thống kê ${year})` : `Năm ${year} (từ 1/10/${year - 1} đến 30/9/${year})`;
}

export function introEn(year: number, part: Period | undefined): string {
  return part ? `From ${dayEn(part.start)} to ${dayEn(part.end)} (statistics year ${year})` : `In statistics year ${year} (1 October ${year - 1} – 30 September ${year})`;
}

/** What a change is on: "so với năm 2018", "so với cùng kỳ năm 2018", else the previous period. */
export function sinceVi(previousYear: number | null, part: boolean): string {
  return previousYear === null ? 'so với kỳ trước' : part ? `so với cùng kỳ năm ${previousYear}` : `so với năm ${previousYear}`;
}

export function sinceEn(previousYear: number | null, part: boolean): string {
  return previousYear === null ? 'the previous period' : part ? `the same period of ${previousYear}` : `${previousYear}`;
}

/**
 * The year the change columns compare with, where it is not the year before the figures'
 * (--previous two or more years back: 2017's files for 2019), for their labels to name it as the
 * paragraph does (domain/fields.ts CHANGE_ON), with "cùng kỳ" when the figures are of a part of
 * their year (6 or 9 months: each compared with that part of 2017, sinceVi); null when every
 * change is on the year before, or the groups were compared with more than one year.
 */
export function comparedYearToName(ctx: RenderContext): ComparedYear | null {
  const pairs = changePairs(ctx);
  const years = new Set(pairs.map((p) => p.on));
  return years.size === 1 && pairs.some((p) => p.gap) ? { year: pairs[0]!.on, part: pairs.every((p) => p.part) } : null;
}

/** Each change printed: the year it is on, whether that is not the year before, whether the figures are of a part of their year. */
function changePairs(ctx: RenderContext): { on: number; gap: boolean; part: boolean }[] {
  return [...ctx.summary.totals, ...ctx.printed].flatMap((g) =>
    ctx.measures.flatMap((m) => {
      const on = g.measures[m]?.changeYear ?? null;
      const year = g.year ?? ctx.year;
      return on === null || year === null ? [] : [{ on, gap: on !== year - 1, part: ctx.partPeriods?.get(year) !== undefined }];
    }),
  );
}

/**
 * Whether every change printed is of figures of a part of their year (6 or 9 months), so on the
 * same period of the year compared with ("cùng kỳ"): a label without a year says "cùng kỳ năm
 * trước", never "năm trước" (the whole year before).
 */
export function changesOnSamePeriod(ctx: RenderContext): boolean {
  const pairs = changePairs(ctx);
  return pairs.length > 0 && pairs.every((p) => p.part);
}

/**
 * What the Excel CSV's change columns are on, which it heads even when they are empty: the
 * changes printed (comparedYearToName, changesOnSamePeriod), else the input's own period and the
 * --previous files' year — a half-year's "So với cùng kỳ năm trước" (never the whole year before,
 * "So với năm trước"), "So với năm 2024" for 2024's files beside 2026's (PERIODS_DIFFER: none computed).
 */
export function changeColumnsOn(ctx: RenderContext): { compared: ComparedYear | null; part: boolean } {
  if (changePairs(ctx).length > 0) return { compared: comparedYearToName(ctx), part: changesOnSamePeriod(ctx) };
  const years = yearsOf(ctx);
  const part = years.length > 0 && years.every((y) => ctx.partPeriods?.get(y) !== undefined);
  const gap = ctx.previousYear !== null && years.length === 1 && ctx.previousYear !== years[0]! - 1;
  return { compared: gap ? { year: ctx.previousYear!, part } : null, part };
}

/** A title's naming of the figures' time: "năm 2019" / "statistics year 2019", or the period's bounds. */
export function titlePeriod(year: number, part: Period | undefined, lang: 'vi' | 'en'): string {
  if (lang === 'vi') return part ? `từ ${dayVi(part.start)} đến ${dayVi(part.end)}` : `năm ${year}`;
  return part ? `${dayEn(part.start)} – ${dayEn(part.end)}` : `statistics year ${year}`;
}

/**
 * The line over a workbook's table of a shorter period: the paragraph's opening words in Vietnamese;
 * in English with the days in figures (day/month), as the title reader reads them when thads reads
 * its workbook back (its table's year column alone would make it the whole year).
 */
export function periodLine(year: number, part: Period, lang: 'vi' | 'en'): string {
  return lang === 'vi' ? introVi(year, part) : `From ${dayVi(part.start)} to ${dayVi(part.end)} (statistics year ${year})`;
}

/**
 * The part of their years a run of several years counts in each (six months of 2018 and of 2019:
 * 1/10–31/3) as days of the year ("-10-01", "-03-31"), where every one of `years` has a period
 * shorter than it and all span the same days; else null (whole years, or parts that differ).
 */
export function sharedPart(years: readonly number[], parts: ReadonlyMap<number, Period> | undefined): Period | null {
  const of = years.map((y) => parts?.get(y));
  if (of.length === 0 || of.some((p) => p === undefined)) return null;
  const days = new Set(of.map((p) => `${p!.start.slice(4)} ${p!.end.slice(4)}`));
  return days.size === 1 ? { start: of[0]!.start.slice(4), end: of[0]!.end.slice(4) } : null;
}

/**
 * The years of a run that count different parts of their years (2018 the whole year, 2019
 * 1/10/2018–31/3/2019; or six months beside nine), each named: "2018: the whole year", "2019:
 * 1/10/2018–31/3/2019"; null when all are whole years or all the same part (sharedPart). A
 * workbook states one period over its table: such a run has none it could state.
 */
export function unlikeParts(years: readonly number[], parts: ReadonlyMap<number, Period> | undefined): string[] | null {
  const of = years.map((y) => parts?.get(y));
  if (of.every((p) => p === undefined) || sharedPart(years, parts) !== null) return null;
  return years.map((y, i) => `${y}: ${of[i] === undefined ? 'the whole year' : `${dayVi(of[i]!.start)}–${dayVi(of[i]!.end)}`}`);
}

/** "1/10" of a day of the year ("-10-01"). */
function dayOfYearVi(day: string): string {
  const [, m, d] = day.split('-').map(Number);
  return `${d}/${m}`;
}

/**
 * The line over a workbook's table of several years, each counting the same part of it
 * (sharedPart): the days without a year, read back as each row's year's (stated-years.ts
 * yearlessPeriod); with a year, the title reader read the whole table as that one year's.
 */
export function everyYearLine(part: Period, lang: 'vi' | 'en'): string {
  const [from, to] = [dayOfYearVi(part.start), dayOfYearVi(part.end)];
  return lang === 'vi' ? `Từ ${from} đến ${to} của mỗi năm thống kê` : `From ${from} to ${to} of each statistics year`;
}

/** The statistics years of a run, in order: one total each. */
export function yearsOf(ctx: RenderContext): number[] {
  return [...new Set(ctx.summary.totals.map((t) => t.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
}

/**
 * The line a table thads may read back (its workbook, its Markdown) states over itself for a run
 * shorter than its statistics year: read back, its year alone would make it the whole year (the
 * title reader reads this line). Null for whole years. Years of different parts have no one
 * line: read back, those without theirs were whole years, so such a table is refused
 * (WORKBOOK_PERIODS_DIFFER).
 */
export function statedPeriodLine(ctx: RenderContext, table: 'workbook' | 'Markdown table' | 'CSV for Excel'): string | null {
  const part = ctx.year !== null ? ctx.partPeriods?.get(ctx.year) : undefined;
  if (part !== undefined) return periodLine(ctx.year!, part, ctx.lang);
  if (ctx.year !== null) return null;
  const years = yearsOf(ctx);
  // several years, each of the same part of its year: the days without a year (everyYearLine)
  const shared = sharedPart(years, ctx.partPeriods);
  if (shared !== null) return everyYearLine(shared, ctx.lang);
  const unlike = unlikeParts(years, ctx.partPeriods);
  if (unlike !== null) {
    throw new ThadsError('WORKBOOK_PERIODS_DIFFER', `the years of this run cover different parts of their years (${unlike.join('; ')}), which a ${table} cannot state per year: read back, the shorter ones would be whole years`);
  }
  return null;
}
