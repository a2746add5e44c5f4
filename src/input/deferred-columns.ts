// Hoãn and Tạm đình chỉ columns outside "Có điều kiện": from 2020 (TT 06/2019) they are the
// parts of the third group, deferred, not of with_conditions. Where they stand says which.
import type { FieldKey } from '../domain/fields.js';
import { deferredParts, fieldPhrase, isPartOf, regimeOf, REGIMES } from '../domain/relations.js';
import { ThadsError } from '../errors.js';
import type { HeaderMatcher } from './headers.js';

/**
 * The columns read as parts of `deferred` (summed into it) in a file of statistics year `year`:
 * its regime's deferred parts (postponed, suspended from 2020; none before) that stand outside
 * the with-conditions group — not under a group cell spanning its breakdown, or, without such a
 * cell, right after the without-conditions column; or, wherever it stands outside such a cell, whose
 * note leaves out the agreed postponement ("Hoãn (trừ hoãn theo thỏa thuận)"). A file that names
 * deferred itself, or whose header does not place them, keeps them as they are named.
 */
export function deferredColumns(matcher: HeaderMatcher, record: readonly string[], groupRow: readonly string[] | null, year: number | null): Set<number> {
  return placeDeferred(matcher, record, groupRow, year).out;
}

/**
 * A column that says it is outside with conditions ("Hoãn (trừ hoãn theo thỏa thuận)": from 2020
 * deferred's postponed part) standing under the "Có điều kiện" group: its index, else null.
 * Which of the two holds cannot be told (the layout refuses it).
 */
export function deferredInsideGroup(matcher: HeaderMatcher, record: readonly string[], groupRow: readonly string[] | null, year: number | null): number | null {
  return placeDeferred(matcher, record, groupRow, year).inside[0] ?? null;
}

function placeDeferred(matcher: HeaderMatcher, record: readonly string[], groupRow: readonly string[] | null, year: number | null): { out: Set<number>; inside: number[] } {
  const out = new Set<number>();
  const inside: number[] = [];
  const parts = year === null ? [] : deferredParts(regimeOf(year));
  if (parts.length === 0) return { out, inside };
  const fieldOf = (text: string): FieldKey | null => {
    const role = matcher.match(text.trim());
    return role.kind === 'figure' ? role.field : null;
  };
  // its note leaves out the agreed postponement, which alone stays with conditions (field-notes.ts)
  const saysOutside = (text: string): boolean => {
    const role = matcher.match(text.trim());
    return role.kind === 'figure' && role.note?.agreed === true && !role.note.includes && role.note.fields.every((f) => f === role.field);
  };
  const group = (i: number) => (groupRow?.[i] ?? '').trim();
  // a cell empty in the header row is its group cell's, merged down
  const own = record.map((c, i) => fieldOf(c.trim() === '' ? group(i) : c));
  const candidates = own.flatMap((f, i) => (f !== null && parts.includes(f) ? [i] : []));
  const span = (s: number): number[] => {
    let e = s;
    while (e + 1 < record.length && group(e + 1) === '') e++;
    return Array.from({ length: e - s + 1 }, (_, k) => s + k);
  };
  const groups = (field: FieldKey) => record.flatMap((_, s) => (group(s) !== '' && fieldOf(group(s)) === field ? [span(s)] : []));
  // "Hoãn, tạm đình chỉ" as a column, or over a column of its own ("Tổng số"): read as named
  if (candidates.length === 0 || own.includes('deferred') || groups('deferred').some((cols) => cols.some((i) => !parts.includes(own[i]!)))) return { out, inside };
  // the spans of "Có điều kiện" group cells over its breakdown
  const spans = groups('with_conditions').filter((cols) => cols.some((i) => own[i] !== null && isPartOf(own[i]!, 'with_conditions')));
  for (const j of candidates) {
    if (saysOutside(record[j]!.trim() === '' ? group(j) : record[j]!)) {
      if (spans.some((cols) => cols.includes(j))) inside.push(j);
      else out.add(j);
      continue;
    }
    if (spans.length > 0) {
      if (!spans.some((cols) => cols.includes(j))) out.add(j);
      continue;
    }
    // flat: the nearest figure to its left, past the other deferred parts, is without_conditions
    let k = j - 1;
    while (k >= 0 && (own[k] === null || parts.includes(own[k]!))) k--;
    if (k >= 0 && own[k] === 'without_conditions') out.add(j);
  }
  return { out, inside };
}

/** A year in each regime that has years: the regimes a header's reading can differ by. */
const REGIME_YEARS = REGIMES.flatMap((g) => g.fromYear ?? g.toYear ?? []);

const key = (columns: Set<number>) => [...columns].join(',');

/** The header's Hoãn / Tạm đình chỉ columns read differently in one regime and another. */
export function dependsOnRegime(matcher: HeaderMatcher, record: readonly string[], groupRow: readonly string[] | null): boolean {
  return new Set(REGIME_YEARS.map((y) => key(deferredColumns(matcher, record, groupRow, y)))).size > 1;
}

interface RegimeHeader {
  readonly file: string;
  readonly line: number;
  readonly yearColumn: number;
  readonly matcher: HeaderMatcher;
  readonly record: readonly string[];
  readonly groupRow: readonly string[] | null;
}

/**
 * A header whose reading depends on the regime, over a year column: SPEC §2, a row follows the
 * regime of its statistics year, so the header is read in the regime of its rows' years. The
 * reader reads the year column first (rowsRegimeYear) and reads the header again with it.
 */
export class RowYearsNeeded extends Error {
  constructor(readonly header: RegimeHeader) {
    super('the rows\' years decide the header');
  }
}

/**
 * The year whose regime reads the header, from the statistics years of its rows (`years`, the
 * year cells that state one): any, when they all read it alike; refused at the first column read
 * differently when two do. null: no row states a year (the header is read with none).
 */
export function rowsRegimeYear(h: RegimeHeader, years: readonly number[]): number | null {
  const byReading = new Map<string, number>();
  for (const y of [...new Set(years)].sort((a, b) => a - b)) {
    const k = key(deferredColumns(h.matcher, h.record, h.groupRow, y));
    if (!byReading.has(k)) byReading.set(k, y);
  }
  const [first, second] = [...byReading.values()];
  if (first === undefined) return null;
  if (second === undefined) return first;
  const a = deferredColumns(h.matcher, h.record, h.groupRow, first);
  const b = deferredColumns(h.matcher, h.record, h.groupRow, second);
  const at = Math.min(...[...a, ...b].filter((i) => a.has(i) !== b.has(i)));
  const cell = (h.record[at] ?? '').trim() || (h.groupRow?.[at] ?? '').trim();
  const role = h.matcher.match(cell);
  const named = role.kind === 'figure' ? fieldPhrase(role.field) : 'its own figure';
  const meaning = (outside: boolean) => (outside ? `a part of ${fieldPhrase('deferred')} (outside ${fieldPhrase('with_conditions')})` : `${named} (inside ${fieldPhrase('with_conditions')})`);
  return fail(h, at, `column "${cell}" means ${meaning(a.has(at))} in statistics year ${first} (${regimeOf(first).name}), but ${meaning(b.has(at))} in ${second} (${regimeOf(second).name}), and the rows hold both years`);
}

function fail(h: RegimeHeader, at: number, message: string): never {
  throw new ThadsError('YEAR_CONFLICT', message, { file: h.file, line: h.line, column: at + 1 }, 'split the file by statistics year, or pass --year N to read one year\'s rows (the header is then read in that year\'s regime)');
}
