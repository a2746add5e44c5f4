// A footnote mark on a figure's header ("Thi hành xong¹", "Thi hành xong (*)") and its line under
// the table ("¹ Số thi hành xong đã bao gồm số đình chỉ", "Ghi chú: (*) gồm cả đình chỉ"), or a
// note line naming the column ("Ghi chú: Cột thi hành xong đã bao gồm số việc đình chỉ"): the
// footnote says what the figure counts, as a note in the header would. Skipped as a row without figures, its Đình chỉ column was
// added to a figure that held it (80 for 70). It is read by the header note's rule
// (field-notes.ts); one that makes the column another field than its header said is refused: the
// rows above it were summed by the header.
import { hasLetter, latinLetters } from '../domain/letters.js';
import type { FieldKey, Measure } from '../domain/fields.js';
import { ThadsError } from '../errors.js';
import { fieldNote, foldNote, notesCarriedOverExcluded, notesCarriedOverIncluded, rawPattern, type FieldNote } from './comparison-words.js';
import { readNote } from './field-notes.js';

/** A figure column as readHeader read it, with its header's footnote mark. */
export interface FootnotedColumn {
  readonly index: number;
  readonly header: string;
  /** "1" for "¹" or "(1)", "*" for "(*)", "a" for "(a)"; null without one */
  readonly mark: string | null;
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

/** A bracketed number ending a name ("(1)", "[2]"): a footnote's mark there, an office's own number is written bare ("khu vực 2"). */
const NAME_NUMBER_MARK = /\s*[([]\s*\d{1,2}\s*[)\]]\s*$/u;
/** Punctuation closing a name's cell: "… (năm 2018).", "… (2018);", "… (năm 2018) -". */
const END_PUNCTUATION = /(?:[\s.,;]|\s[-–—])+$/u;

/**
 * A name without the footnote marks and punctuation after it: "… Chư Sê (Năm 2018)*", "…
 * (2018)(*)", "… (năm 2018)¹.", "… (2018) (1)" → "… (2018)", so that a note before them is
 * read as if it ended the name (period-notes.ts). The name itself is not changed by it: only
 * when a note is found and taken off do its marks go with it.
 */
export function withoutEndMarks(text: string): string {
  let t = text.trim();
  for (;;) {
    const next = (footnoteMark(t)?.text ?? t.replace(NAME_NUMBER_MARK, '').replace(END_PUNCTUATION, '')).trimEnd();
    if (next === t || next === '') return t;
    t = next;
  }
}

/**
 * Ending a header, a form's column number or item letter: "(1)", "(a)". Only a footnote line
 * under the table starting with it and naming another field makes it a mark (checkFootnote).
 */
const NUMBER_MARK = /\s*[([]\s*(\d{1,2}|[a-zđ])\s*[)\]]\s*$/iu;

/** The mark of a header a footnote line may point to: footnoteMark's, or a bracketed number or letter. */
export function columnMark(header: string): string | null {
  const m = NUMBER_MARK.exec(header);
  return footnoteMark(header)?.mark ?? (m && m.index > 0 ? m[1]!.toLowerCase() : null);
}

/** Beginning a footnote line: the mark as the header has it, or a digit or letter mark written "(1)", "1)", "(a)". */
const LINE_MARK = /^\s*(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|[([]\s*(\*+|\d{1,2}|[a-zđ])\s*[)\]]|(\*+)|(\d{1,2}|[a-zđ])\))\s*(\S.*)$/isu;

/** The heading notes go under in the forms: "Ghi chú:", "Lưu ý:", "Chú thích:", "Note:"; a star before it ("*Ghi chú:") adorns it, no mark. */
const NOTE_HEADING = latinLetters(new RegExp(`^\\s*(?:\\*+\\s*)?(?:${['ghi chu', 'luu y', 'chu thich', 'chu y', 'notes', 'note'].map(rawPattern).join('|')})(?!\\p{L})\\s*[:.-]?\\s*`, 'iu'));

/**
 * A line under the table that says what a figure counts of another field: its text, after a note
 * heading and a mark ("Ghi chú: (*) gồm cả đình chỉ"), naming fields with an inclusion or
 * exclusion word. Its non-empty cells are one text joined with a space: a sheet puts the mark or
 * "Ghi chú:" in column A and the text in B ("(*);Kể cả đình chỉ"), the same line as in one cell.
 * "(kể cả số năm trước chuyển sang)" says where cases come from (headers.ts reads it so). Null for
 * any other line; the fast path hands such lines to the reference.
 */
export function footnoteLine(record: readonly string[]): { readonly at: number; readonly mark: string | null; readonly text: string; readonly note: FieldNote } | null {
  const at = record.findIndex((c) => c.trim() !== '');
  const line = record.map((c) => c.trim()).filter((c) => c !== '').join(' ');
  if (at < 0 || !hasLetter(line)) return null;
  let rest = line.replace(NOTE_HEADING, '');
  const m = LINE_MARK.exec(rest);
  const mark = m === null ? null : m[1] !== undefined ? digits(m[1]) : (m[2] ?? m[3] ?? m[4])!.toLowerCase();
  if (m) rest = m[5]!.replace(NOTE_HEADING, '');
  const text = rest.replace(/\s+/g, ' ').trim();
  const folded = foldNote(text);
  if (notesCarriedOverIncluded(folded) || notesCarriedOverExcluded(folded)) return null;
  const note = fieldNote(folded);
  return note === null ? null : { at, mark, text, note };
}

/**
 * A row without figures that is the footnote of a marked column, or an unmarked note naming a
 * column's field (footnoteLine): read by the header note's rule, and refused unless it leaves the
 * column the field its header said (the footnote only restates it). A footnote naming no field
 * ("(*) Số liệu đến 30/9"), or marked for no column of the file, is let be.
 */
export function checkFootnote(file: string, record: readonly string[], line: number, columns: readonly FootnotedColumn[]): void {
  const found = footnoteLine(record);
  if (!found) return;
  const { at, mark, text, note: noted } = found;
  // Unmarked, or marked for no column: the columns it names. Read if it restates one of them
  // ("Ghi chú: Giải quyết xong gồm thi hành xong và đình chỉ"), else refused at the first.
  const marked = mark === null ? [] : columns.filter((c) => c.mark === mark);
  if (mark !== null && marked.length === 0 && columns.some((c) => c.mark !== null)) return;
  const named = columns.filter((c) => noted.fields.includes(c.field));
  const restates = (c: FootnotedColumn) => {
    const read = readNote(c.field, { ...noted, text }, c.measure, c.hasReduced, c.year);
    return 'field' in read && read.field === c.field;
  };
  if (marked.length === 0 && named.some(restates)) return;
  for (const col of marked.length > 0 ? marked : named) {
    const read = readNote(col.field, { ...noted, text }, col.measure, col.hasReduced, col.year);
    if ('field' in read && read.field === col.field) continue;
    const header = `column ${col.index + 1} "${col.header}"`;
    const why = 'field' in read ? `read as its header's note, it would be ${read.field}, not ${col.field} as its rows were read` : `it would have to guess ${read.guess}`;
    throw new ThadsError('HEADER_NOTE_UNREAD', `the footnote "${text}" says what ${header} counts of another field, which thads does not read: ${why}`, { file, line, column: at + 1 }, 'write the note in the header itself ("Thi hành xong (kể cả đình chỉ)"), or the figure without it and its parts in their own columns');
  }
}
