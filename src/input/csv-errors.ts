// csv-parse errors → one located CSV_MALFORMED message a person can act on.
import { CsvError } from 'csv-parse';
import { ThadsError } from '../errors.js';

const CSV_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field starting on this line is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by other characters in the same field',
  INVALID_OPENING_QUOTE: 'a quote appears inside an unquoted field',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'the row has a different number of fields',
  CSV_MAX_RECORD_SIZE: 'a field is too large',
};

/**
 * Where the broken quoted field opens (line, 1-based field), the sample scanned again: with
 * `closedBadly`, the first field whose closing quote is followed by other characters (a stray
 * quote on line 4 closed by another field's opening quote on line 6 is line 4's); else a field
 * opened and never closed. `closedOn`: the line of that closing quote, to match csv-parse's.
 */
function brokenQuote(text: string, delimiter: string, closedBadly: boolean): { line: number; column: number; closedOn: number } | null {
  let line = 1;
  let field = 1;
  let quoted: { line: number; column: number } | null = null;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else {
          const after = text[i + 1];
          if (closedBadly && after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') return { ...quoted, closedOn: line };
          quoted = null;
        }
      } else if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
      continue;
    }
    if (ch === '"' && atFieldStart) {
      quoted = { line, column: field };
      continue;
    }
    atFieldStart = false;
    if (ch === delimiter) {
      field++;
      atFieldStart = true;
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line++;
      field = 1;
      atFieldStart = true;
    }
  }
  return quoted && !closedBadly ? { ...quoted, closedOn: line } : null;
}

/** csv-parse errors → CSV_MALFORMED, located where the broken field starts. */
export function csvError(err: unknown, file: string, line: number, sample: string, delimiter: string): unknown {
  if (err instanceof ThadsError) return err;
  const e = err as { code?: string; message?: string; lines?: number; index?: number };
  if (err instanceof CsvError || (typeof e.code === 'string' && (e.code.startsWith('CSV_') || e.code.endsWith('_QUOTE')))) {
    const message = CSV_MESSAGES[e.code ?? ''] ?? `malformed CSV (${e.code})`;
    const atLine = typeof e.lines === 'number' ? e.lines : line;
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      const at = brokenQuote(sample, delimiter, false);
      if (at) return new ThadsError('CSV_MALFORMED', message, { file, line: at.line, column: at.column });
    }
    if (e.code === 'CSV_INVALID_CLOSING_QUOTE') {
      // a field opened on an earlier line (a stray quote closed by a later field's quote): located where it opened
      const at = brokenQuote(sample, delimiter, true);
      if (at && at.closedOn === atLine && at.line < atLine) {
        return new ThadsError('CSV_MALFORMED', `a quoted field opened here is closed on line ${atLine} by a quote followed by other characters`, { file, line: at.line, column: at.column }, 'a stray quote (a ditto mark, a quote typed in a name) opens a quoted field that runs on to a later quote; a quote inside a field is written as two quotes ("")');
      }
    }
    return new ThadsError('CSV_MALFORMED', message, { file, line: atLine, ...(typeof e.index === 'number' ? { column: e.index + 1 } : {}) });
  }
  return err;
}

/** A piece of a swallowed row: a row number or a figure ("12", "1.052", "3,5"). */
const BARE_NUMBER = /^[+-]?\d+(?:[.,\s]\d+)*$/;

/**
 * A quoted cell of a body record that swallowed a row: a stray quote (the ditto mark `"`, "như
 * trên", written as typed by an exporter that does not quote) opened the field and a quote on a
 * later line closed it, so the rest of its line and the head of the next are one cell. Such a
 * cell holds a line break, the delimiter, and the swallowed row's numbers (its figures, the next
 * row's STT): two or more delimiter-separated pieces that are bare numbers. No office or province
 * name, no note is written so ("Chi cục THADS⏎huyện A" has no delimiter; "huyện A, tỉnh B" no line
 * break; a note "đã xác minh, chờ⏎kết quả" no number pieces). The 0-based column, or -1.
 * Both readers ask this (read-csv.ts refuses, fast/row-scanner.ts gives up to it).
 */
export function swallowedRowCell(cells: readonly string[], delimiter: string): number {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if ((cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) || cell.indexOf(delimiter) < 0) continue;
    let numbers = 0;
    for (const line of cell.split(/\r\n|\n|\r/)) for (const piece of line.split(delimiter)) if (BARE_NUMBER.test(piece.trim()) && ++numbers >= 2) return i;
  }
  return -1;
}

/** The refusal of a swallowed row (swallowedRowCell), at the cell's first line: where its quote opened. */
export function swallowedRowError(file: string, line: number, column: number): ThadsError {
  return new ThadsError(
    'CSV_MALFORMED',
    'a quote opens a field here that a quote on a later line closes: the rows between are read as one cell',
    { file, line, column },
    'a stray quote opens a quoted field here, such as a ditto mark typed for "như trên": write the value itself, or quote the cell as Excel does ("""")',
  );
}
