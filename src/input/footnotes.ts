// A footnote mark on a figure's header ("Thi hành xong¹", "Thi hành xong (*)") and its line under
// the table ("¹ Số thi hành xong đã bao gồm số đình chỉ"): the footnote says what the figure
// counts, as a note in the header would. Skipped as a row without figures, its Đình chỉ column was
// added to a figure that held it (80 for 70). It is read by the header note's rule
// (field-notes.ts); one that makes the column another field than its header said is refused: the
// rows above it were summed by the header.
import type { FieldKey, Measure } from '../domain/fields.js';
import { ThadsError } from '../errors.js';
import { fieldNote, foldNote } from './comparison-words.js';
import { readNote } from './field-notes.js';

/** A figure column whose header carries a footnote mark, as readHeader read it. */
export interface FootnotedColumn {
  readonly index: number;
  readonly header: string;
  /** "1" for "¹", "*" for "(*)" */
  readonly mark: string;
  readonly field: FieldKey;
  readonly measure: Measure;
  readonly hasReduced: boolean;
  readonly year: number | null;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const digits = (s: string) => [...s].map((c) => String(SUPERSCRIPTS.indexOf(c))).join('');

/** Ending a header: superscript digits, or stars bare or in brackets ("¹", "*", "(*)", "[**]"). */
const HEADER_MARK = /\s*(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|[([]\s*(\*+)\s*[)\]]|(\*+))\s*$/u;

/** The header without its footnote mark, and the mark; null without one. */
export function footnoteMark(header: string): { readonly mark: string; readonly text: string } | null {
  const m = HEADER_MARK.exec(header);
  if (!m || m.index === 0) return null;
  return { mark: m[1] !== undefined ? digits(m[1]) : (m[2] ?? m[3])!, text: header.slice(0, m.index) };
}

/** Beginning a footnote line: the mark as the header has it, or a digit mark written "(1)", "1)". */
const LINE_MARK = /^\s*(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|[([]\s*(\*+|\d{1,2})\s*[)\]]|(\*+)|(\d{1,2})\))\s*(\S.*)$/su;

/**
 * A row without figures whose first words are the footnote of a marked column, naming another
 * field with an inclusion or exclusion word: read by the header note's rule, and refused unless it
 * leaves the column the field its header said (the footnote only restates it). A footnote naming
 * no field ("(*) Số liệu đến 30/9") is let be.
 */
export function checkFootnote(file: string, record: readonly string[], line: number, columns: readonly FootnotedColumn[]): void {
  if (columns.length === 0) return;
  const at = record.findIndex((c) => c.trim() !== '');
  const m = at < 0 ? null : LINE_MARK.exec(record[at]!);
  if (!m) return;
  const mark = m[1] !== undefined ? digits(m[1]) : (m[2] ?? m[3] ?? m[4])!;
  const text = m[5]!.replace(/\s+/g, ' ').trim();
  const noted = fieldNote(foldNote(text));
  if (!noted) return;
  for (const col of columns.filter((c) => c.mark === mark)) {
    const read = readNote(col.field, { ...noted, text }, col.measure, col.hasReduced, col.year);
    if ('field' in read && read.field === col.field) continue;
    const header = `column ${col.index + 1} "${col.header}"`;
    const why = 'field' in read ? `read as its header's note, it would be ${read.field}, not ${col.field} as its rows were read` : `it would have to guess ${read.guess}`;
    throw new ThadsError('HEADER_NOTE_UNREAD', `the footnote "${text}" says what ${header} counts of another field, which thads does not read: ${why}`, { file, line, column: at + 1 }, 'write the note in the header itself ("Thi hành xong (kể cả đình chỉ)"), or the figure without it and its parts in their own columns');
  }
}
