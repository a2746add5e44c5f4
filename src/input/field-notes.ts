// A figure's header note that names another field ("Thi hành xong (kể cả đình chỉ)") says which
// figure the column is. Read when SPEC §2's definition of resolved settles it, refused otherwise:
// dropped, the note's Đình chỉ column was added to a figure that held it already (80 for 70).
import type { FieldKey, Measure } from '../domain/fields.js';
import { agreedPostponementRegimes, fieldPhrase, regimeOf, resolvedParts, restatingRegimes, type Regime } from '../domain/relations.js';
import { ThadsError } from '../errors.js';
import type { FieldNote } from './comparison-words.js';

/** The note as headers.ts found it, with its words as written. */
export interface HeaderNote extends FieldNote {
  readonly text: string;
}

/** The field the column holds, or what thads would have to guess (for the refusal), and whether the year would settle it. */
export type NoteReading = { readonly field: FieldKey } | { readonly guess: string; readonly byYear?: { readonly regimes: readonly Regime[] } };

/**
 * `base`: the field the header names without its note; `hasReduced`: the file has a reduced
 * column (money); `year`: the file's statistics year (null: unknown, or its rows' own). The note
 * must leave exactly the file's parts of resolved, or completed alone:
 *   cases "Thi hành xong (kể cả đình chỉ)" → resolved (completed + terminated), and "(xong +
 *   đình chỉ)", which names the header's own field too;
 *   money "Thi hành xong (kể cả đình chỉ và giảm)" → resolved; "(kể cả đình chỉ)" beside a
 *   Giảm column → refused (is the reduced amount in it?); cases "Giải quyết xong (không kể
 *   đình chỉ)" → completed; "Có điều kiện (kể cả hoãn)" → with conditions up to 2019, refused
 *   from 2020 or without a year; "(kể cả hoãn theo thỏa thuận)" → with conditions in every
 *   regime (SPEC §2: the postponement the parties agreed stays in it); "Hoãn, tạm đình chỉ (trừ
 *   hoãn theo thỏa thuận)" → deferred from 2020, refused up to 2019 or without a year. A note
 *   that restates the header's own definition in the file's regime is the header's field:
 *   "Tổng số phải thi hành (đã trừ ủy thác)".
 */
export function readNote(base: FieldKey, note: HeaderNote, measure: Measure, hasReduced: boolean, year: number | null): NoteReading {
  // The header's own field named in its note is what the note speaks of: "Thi hành xong (xong +
  // đình chỉ)", a footnote "Thi hành xong không kể đình chỉ".
  const fields = note.fields.filter((f) => f !== base);
  // "Hoãn (trừ hoãn theo thỏa thuận)": the header's own field less the agreed postponement, a
  // figure of the regimes that count postponed outside with conditions only (deferredColumns)
  if (fields.length === 0 && note.agreed && !note.includes) return byRegime(base, agreedPostponementRegimes(base, false), `which figure ${measure} ${fieldPhrase(base)} excluding ${fieldPhrase('postponed')} agreed by the parties is`, year);
  if (fields.length === 0) return { field: base };
  const named = fields.map(fieldPhrase).join(' and ');
  if (note.unclear) return { guess: `whether ${named} is in the column or left out (a word of the note, written without its diacritics, may say either)` };
  if (note.mixed) return { guess: `which of ${named} the column holds (the note counts some in and leaves others out)` };
  const what = `which figure ${measure} ${fieldPhrase(base)} ${note.includes ? 'including' : 'excluding'} ${note.agreed ? named.replace(fieldPhrase('postponed'), `${fieldPhrase('postponed')} agreed by the parties`) : named} is`;
  // the postponement the parties agreed is no postponed of the regimes': with conditions in every one (agreedPostponementRegimes)
  if (note.agreed && fields.length > 1) return { guess: `${what}: none that thads reads` };
  const restating = note.agreed ? agreedPostponementRegimes(base, note.includes) : restatingRegimes(base, fields, note.includes);
  if (restating.length > 0) return byRegime(base, restating, what, year);
  const parts = resolvedParts(measure);
  const others: readonly FieldKey[] = parts.filter((p) => p !== 'completed');
  if ((base !== 'completed' && base !== 'resolved') || !fields.every((f) => others.includes(f))) return { guess: `${what}: none that thads reads` };
  // Money without a reduced column is summed as completed + terminated (SPEC §2: absent parts add nothing).
  const needed = others.filter((p) => p !== 'reduced' || hasReduced);
  const missing = needed.filter((p) => !fields.includes(p));
  const resolved = `resolved is ${parts.map(fieldPhrase).join(' + ')}`;
  if (missing.length === 0) return { field: note.includes ? 'resolved' : 'completed' };
  const which = missing.map(fieldPhrase).join(' and ');
  return { guess: `whether ${which} ${note.includes ? 'is in it too' : 'is left out too'} (${resolved}${hasReduced && missing.includes('reduced') ? ', and the file has a reduced column' : ''})` };
}

/** `base` where the note restates its definition in the regime of `year` (`restating`, not empty); else the refusal, naming them. */
function byRegime(base: FieldKey, restating: readonly Regime[], what: string, year: number | null): NoteReading {
  if (restating.includes(regimeOf(year))) return { field: base };
  const file = year === null ? "the file's statistics year is unknown" : `the file is of statistics year ${year}`;
  return { guess: `${what}: the note restates its definition in ${restating.map((g) => g.name).join(' and ')} only, and ${file}`, ...(year === null ? { byYear: { regimes: restating } } : {}) };
}

/**
 * A note that restates its column's definition in some regimes only, in a file whose rows carry
 * their year (a Năm column): SPEC §2, each row follows the regime of its year, so each row is
 * checked (checkRowRegime) and the column is its header's field.
 */
export interface RegimeNote {
  readonly index: number;
  readonly header: string;
  readonly text: string;
  readonly regimes: readonly Regime[];
}

/** Refuses a row whose year's regime the note does not restate; `fitting`: the years of rows read so far that fit (kept up). */
export function checkRowRegime(notes: readonly RegimeNote[], year: number | null, fitting: Set<number>, loc: { file: string; line: number; column: number }): void {
  for (const n of notes) {
    if (n.regimes.includes(regimeOf(year))) {
      if (year !== null) fitting.add(year);
      continue;
    }
    const row = year === null ? "this row's statistics year is unknown" : `this row is of statistics year ${year}`;
    const fit = fitting.size > 0 ? ` (it fits the rows of ${[...fitting].sort().join(', ')} above)` : '';
    throw new ThadsError(
      'HEADER_NOTE_UNREAD',
      `column "${n.header}" says what it counts of another field ("${n.text}"): the note restates its definition in ${n.regimes.map((g) => g.name).join(' and ')} only${fit}, but ${row}, whose figure it does not restate`,
      loc,
      'split the file by year and leave the note off the years it does not fit, or write the figure without the note and its parts in their own columns',
    );
  }
}
