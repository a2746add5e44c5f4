// --previous: last year's files, read for the change columns (SPEC §7: "an earlier year's files;
// a year not earlier than the current one is a usage error"). Their year is never assumed: a
// file that is an input given again, or whose year nothing states, would print "không thay
// đổi so với năm 2018" as a fact about a year nobody named.
import { resolve } from 'node:path';
import { collect, type Collected } from '../collect.js';
import type { GroupLevel } from '../domain/aggregate.js';
import { partPeriodsByYear } from '../domain/periods.js';
import { STDIN, ThadsError, finding, type Finding } from '../errors.js';
import { figureColumn, type FileReport, type ReadOptions } from '../input/file-report.js';
import { D, plain } from '../domain/decimal.js';
import type { UnitMixUp } from '../domain/previous-unit.js';
import { DuplicateInputs } from '../input/duplicate-inputs.js';
import { sameFile } from '../input/same-file.js';
import { isWorkbookPath } from '../input/xlsx/read-xlsx.js';
import type { Io } from '../io.js';
import { sinceVi } from '../output/period-words.js';

const LAST_YEAR_HINT = "pass last year's files with --previous (e.g. 2018.csv for a 2019 report)";
/** A workbook given again may be of one sheet per year, its own last year under --year (previousAsInputRead). */
const SHEETS_HINT = `${LAST_YEAR_HINT}; a workbook of one sheet per year ("2023" | "2024") is its own last year only under --year N: its sheet of N against its sheet of N − 1`;
const sameHint = (file: string) => (isWorkbookPath(file) ? SHEETS_HINT : undefined);

/** An input given again as --previous: the error, and the two names (the input's, the --previous one's). */
export interface PreviousAsInput {
  readonly error: ThadsError;
  readonly input: string;
  readonly previous: string;
}

/**
 * An input given again as --previous (the same path, a symlink, a hard link) compares a year with
 * itself; so does a copy of it renamed for last year ("2019.csv" copied to "2018.csv"): the same
 * bytes (hashed only where the sizes agree), every change 0 printed as a fact. The first such
 * file, else null: refused (PREVIOUS_IS_INPUT) unless its rows are told apart by a Năm column
 * under --year (previousAsInputRead).
 */
export async function previousAsInput(io: Io, inputs: readonly string[], previous: readonly string[]): Promise<PreviousAsInput | null> {
  for (const p of previous) {
    const input = inputs.find((f) => sameFile(io.cwd, f, p));
    if (input === undefined) continue;
    const how = input === p ? 'named twice' : 'the same file under another name';
    const named = input === STDIN ? 'standard input' : `the input file ${input}`;
    return { error: new ThadsError('PREVIOUS_IS_INPUT', `--previous ${p} is ${named} (${how}): a year would be compared with itself`, undefined, sameHint(p)), input, previous: p };
  }
  const files = new DuplicateInputs();
  for (const f of inputs) if (f !== STDIN) await files.sameAs(resolve(io.cwd, f));
  for (const p of previous) {
    if (p === STDIN) continue;
    const copy = await files.sameAs(resolve(io.cwd, p));
    const input = copy === null ? undefined : inputs.find((f) => f !== STDIN && resolve(io.cwd, f) === copy.file);
    if (input !== undefined) return { error: new ThadsError('PREVIOUS_IS_INPUT', `--previous ${p} is a copy of the input file ${input} (the same bytes): a year would be compared with itself`, undefined, sameHint(p)), input, previous: p };
  }
  return null;
}

/**
 * A file of several years in a Năm column is its own last year (traps31: "bao-cao.csv --year 2024
 * --previous bao-cao.csv" was refused): --year N reads its rows of N, --previous its rows of
 * N − 1, never one row twice. So is a workbook of one sheet per year (traps36: "2023" | "2024"
 * in "bc.xlsx"): --year N reads its sheet of N, --previous its sheet of N − 1. Allowed only so —
 * read by their year column both times, or each time the sheet of the year read (`now`: the
 * input's reports, `then`: the previous files'); any other reading of the file is the year
 * compared with itself, refused.
 */
export function previousAsInputRead(same: PreviousAsInput, year: number | undefined, now: readonly FileReport[], then: readonly FileReport[]): void {
  const readAs = (reports: readonly FileReport[], file: string, ok: (r: FileReport) => boolean) => reports.some((r) => r.file === file) && reports.every((r) => r.file !== file || ok(r));
  const byColumn = (reports: readonly FileReport[], file: string) => readAs(reports, file, (r) => r.yearFrom === 'year column');
  const bySheet = (reports: readonly FileReport[], file: string, y: number) => readAs(reports, file, (r) => r.sheet?.ofYear === y);
  if (year === undefined || same.input === STDIN || same.previous === STDIN) throw same.error;
  if (byColumn(now, same.input) && byColumn(then, same.previous)) return;
  if (bySheet(now, same.input, year) && bySheet(then, same.previous, year - 1)) return;
  throw same.error;
}

export interface Previous {
  readonly data: Collected;
  /** the one year the previous files state, else null */
  readonly year: number | null;
  /**
   * PREVIOUS_YEAR_GAP: the previous files' one year is more than one year before the input's
   * (the compared one's, with --by year), else null. Compared all the same, and said so.
   */
  readonly gap: Finding | null;
}

/**
 * Reads the previous files against the input's years (`now`, known ones: the one year compared
 * with them). With --year N their rows of a year column are those of N − 1 (`read.year`).
 * Without it, files of several years are read for the year before the input's when the input is
 * of one known year and they hold it; otherwise they are refused, and so are files that state
 * different years (one file per year), whatever the input. Returns the collected data before any year check when it holds
 * errors (the caller prints them).
 */
export async function readPrevious(files: readonly string[], read: ReadOptions, by: readonly GroupLevel[], now: readonly number[]): Promise<Previous> {
  const last = now.length === 1 ? now[0]! - 1 : null;
  let wanted = read.year;
  let data: Collected;
  try {
    data = await collect(files, read, by);
  } catch (err) {
    const retried = err instanceof ThadsError && wanted === undefined && last !== null ? await asYearBefore(files, read, by, last, [err.location?.file]) : null;
    if (!retried) throw err;
    [data, wanted] = [retried, last ?? undefined];
  }
  if (failed(data) && wanted === undefined && last !== null) {
    const retried = await asYearBefore(files, read, by, last, data.findings.flatMap((f) => (f.severity === 'error' ? [f.location?.file] : [])));
    if (retried) [data, wanted] = [retried, last];
  }
  if (failed(data)) return { data, year: null, gap: null };
  assertOneStatedYear(data.reports);
  // (--by year too: a year of the input is compared with one previous year, never with several.)
  if (data.years.size > 1) {
    if (wanted !== undefined || last === null || !data.years.has(last)) throw mixedYears(data.years, last);
    // "Change on last year": the year before the input's one year is the year asked for.
    wanted = last;
    data = await collect(files, { ...read, year: last }, by);
    if (failed(data)) return { data, year: null, gap: null };
  }
  // A Năm column with no year in it states none: rows of an unknown year that no file without
  // a year column can have given are that column's (a file of a year column is no 'unknown').
  const emptyColumn = data.years.has(null) && !data.reports.some((r) => r.yearFrom === 'unknown') ? data.reports.find((r) => r.yearFrom === 'year column') : undefined;
  if (emptyColumn) throw yearUnknown(emptyColumn.file, read.year, wanted ?? (now.length === 1 ? now[0]! - 1 : null), 'its Năm column holds no year, and');
  const known = new Set([...data.years].filter((y): y is number => y !== null));
  for (const r of data.reports) {
    const stated = statedYearOf(r);
    if (stated === undefined) continue;
    // Without a year column a file's year is what its title or name states, never --year's N − 1.
    if (stated === null) throw yearUnknown(r.file, read.year, wanted ?? (now.length === 1 ? now[0]! - 1 : null), r.yearFrom === 'year column' ? 'its Năm column names the whole year but no year, and' : undefined);
    if (wanted !== undefined && stated !== wanted && !now.some((n) => stated >= n)) {
      throw new ThadsError('USAGE', `this --previous file says its year is ${stated}, but the previous year of the input's ${now.join(', ')} is ${wanted}: it would be read as ${wanted}`, { file: r.file }, `pass the files of ${wanted} with --previous`);
    }
    known.add(stated);
  }
  // "so với năm 2019" in a 2019 report compares a year with itself: refused.
  const late = [...known].filter((y) => now.some((n) => y >= n)).sort();
  if (late.length > 0) {
    throw new ThadsError('USAGE', `--previous must be an earlier year than the input: it holds ${late.join(', ')}, the input ${now.join(', ')}`, undefined, LAST_YEAR_HINT);
  }
  // No target applies to a previous file, and its year is known by now: YEAR_UNKNOWN (a
  // statistics year left unknown, so no target) would be false twice over.
  const findings = data.findings.filter((f) => f.code !== 'YEAR_UNKNOWN');
  const year = known.size === 1 ? [...known][0]! : null;
  // (a 6- or 9-month report is compared with that part of the year: "so với cùng kỳ năm 2017")
  return { data: { ...data, findings }, year, gap: yearGap(data.reports, year, now, year !== null && partPeriodsByYear(data.periods).has(year)) };
}

/**
 * "Change on last year" of a 2019 report read against 2017's files compares two years apart: the
 * change is printed against the year the files state ("so với năm 2017", never "năm trước"), with
 * one PREVIOUS_YEAR_GAP warning naming both years. `now`: the input's years compared (one, else
 * no gap is told).
 */
function yearGap(reports: readonly FileReport[], year: number | null, now: readonly number[], part: boolean): Finding | null {
  if (year === null || now.length !== 1 || year >= now[0]! - 1) return null;
  const input = now[0]!;
  const apart = input - year;
  const stating = reports.find((r) => statedYearOf(r) === year) ?? reports[0];
  return finding(
    'warning',
    'PREVIOUS_YEAR_GAP',
    `the --previous files are of ${year} and the input of ${input}, ${apart} years apart: the change columns compare ${input} with ${year}, not with last year (${input - 1})`,
    stating ? { file: stating.file } : undefined,
    `pass the files of ${input - 1} with --previous to compare with last year; the change is said against ${year} ("${sinceVi(year, part)}")`,
  );
}

/**
 * A file of several years may be refused whole for rows never compared: a Năm column of 2019 and
 * 2020 over "Hoãn", read in two regimes. The files read for the year before the input's (`last`),
 * as a file of several years is (readPrevious), when each refused one (`refused`: the files of
 * the refusals) is read by its year column — its rows of that year; else null (the refusal stands).
 */
async function asYearBefore(files: readonly string[], read: ReadOptions, by: readonly GroupLevel[], last: number, refused: readonly (string | undefined)[]): Promise<Collected | null> {
  if (refused.length === 0 || refused.includes(undefined)) return null;
  let data: Collected;
  try {
    data = await collect(files, { ...read, year: last }, by);
  } catch {
    return null;
  }
  const byColumn = refused.every((file) => data.reports.some((r) => r.file === file && r.yearFrom === 'year column'));
  return !failed(data) && byColumn ? data : null;
}

function failed(data: Collected): boolean {
  return data.findings.some((f) => f.severity === 'error');
}

/**
 * The year a file states for rows its year column does not date: all of them without one, those
 * of "Cả năm" / "12 tháng" with one (read as that file's, FileReport.yearless); null: it states
 * none; undefined: every row has its year in the Năm column.
 */
function statedYearOf(r: FileReport): number | null | undefined {
  return r.yearFrom !== 'year column' ? r.statedYear : r.yearless?.stated;
}

/** Previous files that each state their year, of different years: last year's are one year's files. */
function assertOneStatedYear(reports: readonly FileReport[]): void {
  const byYear = new Map<number, string[]>();
  for (const r of reports) {
    const stated = statedYearOf(r);
    if (stated === undefined || stated === null) continue;
    byYear.set(stated, [...(byYear.get(stated) ?? []), r.file]);
  }
  if (byYear.size < 2) return;
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const list = years.map((y) => `${y}: ${byYear.get(y)!.join(', ')}`).join('; ');
  throw new ThadsError('USAGE', `--previous files of ${years.length === 2 ? 'two' : String(years.length)} years (${list}): give last year's files only`, undefined, LAST_YEAR_HINT);
}

/** `flagged`: the year --year gives the previous files (its N − 1); `last`: the year wanted of them, when known. */
function yearUnknown(file: string, flagged: number | undefined, last: number | null, column = 'no Năm column,'): ThadsError {
  // --year is the input's year: read as the previous file's, it would be a year compared with itself.
  const why = flagged !== undefined ? ` (--year ${flagged + 1} is the input's year, not this file's)` : '';
  const hint = last === null ? undefined : `state its year: in its name (e.g. bao-cao-${last}.csv), in a Năm column, or in its title ("NĂM ${last}")`;
  return new ThadsError('PREVIOUS_YEAR_UNKNOWN', `the year of this --previous file is unknown: ${column} no year in its title or its name${why}, so thads cannot tell it is an earlier year's`, { file }, hint);
}

function mixedYears(years: Set<number | null>, last: number | null): ThadsError {
  const list = [...years].map((y) => (y === null ? 'unknown' : String(y))).sort();
  const hint = last !== null ? `pass the files of ${last}, the year before the input's, with --previous` : "pass --year N with the input's year: the previous files' rows of N − 1 are then compared with it";
  const none = last !== null && !years.has(last) ? `, and none of ${last}, the year before the input's` : '';
  return new ThadsError('MIXED_YEARS', `the previous files hold figures of several years (${list.join(', ')})${none}, which are never added together`, undefined, hint);
}

/**
 * Last year's money about 1,000× (10^6, 10^9, or a thousandth …) this year's over the offices of
 * both years, their cases alike (domain/previous-unit.ts): a unit read wrong, refused at last
 * year's largest office's money with conditions, never printed as a change (traps39 F4).
 */
export function refuseUnitMixUp(mixUp: UnitMixUp | null, reports: readonly FileReport[], previousYear: number | null): void {
  if (mixUp === null) return;
  const { power, offices, field, now, before, cases, largest } = mixUp;
  const times = `${plain(new D(10).pow(Math.abs(power)))}`;
  const ratio = power > 0 ? `about ${times} times` : `about 1/${times} of`;
  const year = previousYear !== null ? ` (${previousYear})` : '';
  const alike = cases === null ? '' : `, while their cases are alike (cases ${cases.field.replace(/_/g, ' ')} ${plain(cases.before)} against ${plain(cases.now)})`;
  const first = largest.first;
  const report = first ? reports.find((r) => r.file === first.file) : reports[0];
  const column = report ? figureColumn(report, 'money', 'with_conditions') : undefined;
  const where = first
    ? { file: first.file, ...(first.sheet !== undefined ? { sheet: first.sheet } : {}), line: first.line, ...(column !== undefined ? { column } : {}) }
    : report ? { file: report.file } : undefined;
  throw new ThadsError(
    'PREVIOUS_UNIT_DOUBTFUL',
    `the previous year's money${year} is ${ratio} this year's over the ${offices} ${largest.district !== null ? 'offices' : 'groups'} given in both years (money ${field.replace(/_/g, ' ')} ${plain(before)} against ${plain(now)} đồng)${alike}: one year's money is read in the wrong unit, not changed`,
    where,
  );
}
