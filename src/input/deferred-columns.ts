// Hoãn and Tạm đình chỉ columns outside "Có điều kiện": from 2020 (TT 06/2019) they are the
// parts of the third group, deferred, not of with_conditions. Where they stand says which.
import type { FieldKey } from '../domain/fields.js';
import { deferredParts, isPartOf, regimeOf } from '../domain/relations.js';
import type { HeaderMatcher } from './headers.js';

/**
 * The columns read as parts of `deferred` (summed into it) in a file of statistics year `year`:
 * its regime's deferred parts (postponed, suspended from 2020; none before) that stand outside
 * the with-conditions group — not under a group cell spanning its breakdown, or, without such a
 * cell, right after the without-conditions column. A file that names deferred itself, or whose
 * header does not place them, keeps them as they are named.
 */
export function deferredColumns(matcher: HeaderMatcher, record: readonly string[], groupRow: readonly string[] | null, year: number | null): Set<number> {
  const out = new Set<number>();
  const parts = year === null ? [] : deferredParts(regimeOf(year));
  if (parts.length === 0) return out;
  const fieldOf = (text: string): FieldKey | null => {
    const role = matcher.match(text.trim());
    return role.kind === 'figure' ? role.field : null;
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
  if (candidates.length === 0 || own.includes('deferred') || groups('deferred').some((cols) => cols.some((i) => !parts.includes(own[i]!)))) return out;
  // the spans of "Có điều kiện" group cells over its breakdown
  const spans = groups('with_conditions').filter((cols) => cols.some((i) => own[i] !== null && isPartOf(own[i]!, 'with_conditions')));
  for (const j of candidates) {
    if (spans.length > 0) {
      if (!spans.some((cols) => cols.includes(j))) out.add(j);
      continue;
    }
    // flat: the nearest figure to its left, past the other deferred parts, is without_conditions
    let k = j - 1;
    while (k >= 0 && (own[k] === null || parts.includes(own[k]!))) k--;
    if (k >= 0 && own[k] === 'without_conditions') out.add(j);
  }
  return out;
}
