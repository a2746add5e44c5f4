// A figure's header note that names another field ("Thi hành xong (kể cả đình chỉ)") says which
// figure the column is. Read when SPEC §2's definition of resolved settles it, refused otherwise:
// dropped, the note's Đình chỉ column was added to a figure that held it already (80 for 70).
import type { FieldKey, Measure } from '../domain/fields.js';
import { fieldPhrase, resolvedParts, restatesDefinition } from '../domain/relations.js';
import type { FieldNote } from './comparison-words.js';

/** The note as headers.ts found it, with its words as written. */
export interface HeaderNote extends FieldNote {
  readonly text: string;
}

/** The field the column holds, or what thads would have to guess (for the refusal). */
export type NoteReading = { readonly field: FieldKey } | { readonly guess: string };

/**
 * `base`: the field the header names without its note; `hasReduced`: the file has a reduced
 * column (money). The note must leave exactly the file's parts of resolved, or completed alone:
 *   cases "Thi hành xong (kể cả đình chỉ)" → resolved (completed + terminated);
 *   money "Thi hành xong (kể cả đình chỉ và giảm)" → resolved; "(kể cả đình chỉ)" beside a
 *   Giảm column → refused (is the reduced amount in it?); cases "Giải quyết xong (không kể
 *   đình chỉ)" → completed; "Có điều kiện (kể cả hoãn)" → refused. A note that restates the
 *   header's own definition is the header's field: "Tổng số phải thi hành (đã trừ ủy thác)".
 */
export function readNote(base: FieldKey, note: HeaderNote, measure: Measure, hasReduced: boolean): NoteReading {
  const named = note.fields.map(fieldPhrase).join(' and ');
  if (note.mixed) return { guess: `which of ${named} the column holds (the note counts some in and leaves others out)` };
  if (restatesDefinition(base, note.fields, note.includes)) return { field: base };
  const parts = resolvedParts(measure);
  const others: readonly FieldKey[] = parts.filter((p) => p !== 'completed');
  if ((base !== 'completed' && base !== 'resolved') || !note.fields.every((f) => others.includes(f))) {
    return { guess: `which figure ${measure} ${fieldPhrase(base)} ${note.includes ? 'including' : 'excluding'} ${named} is: none that thads reads` };
  }
  // Money without a reduced column is summed as completed + terminated (SPEC §2: absent parts add nothing).
  const needed = others.filter((p) => p !== 'reduced' || hasReduced);
  const missing = needed.filter((p) => !note.fields.includes(p));
  const resolved = `resolved is ${parts.map(fieldPhrase).join(' + ')}`;
  if (missing.length === 0) return { field: note.includes ? 'resolved' : 'completed' };
  const which = missing.map(fieldPhrase).join(' and ');
  return { guess: `whether ${which} ${note.includes ? 'is in it too' : 'is left out too'} (${resolved}${hasReduced && missing.includes('reduced') ? ', and the file has a reduced column' : ''})` };
}
