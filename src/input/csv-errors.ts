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

/** Line and column (1-based field) where a quote opens that is never closed: the sample is scanned again. */
function unclosedQuote(text: string, delimiter: string): { line: number; column: number } | null {
  let line = 1;
  let field = 1;
  let quoted: { line: number; column: number } | null = null;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = null;
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
  return quoted;
}

/** csv-parse errors → CSV_MALFORMED, located where the broken field starts. */
export function csvError(err: unknown, file: string, line: number, sample: string, delimiter: string): unknown {
  if (err instanceof ThadsError) return err;
  const e = err as { code?: string; message?: string; lines?: number; index?: number };
  if (err instanceof CsvError || (typeof e.code === 'string' && (e.code.startsWith('CSV_') || e.code.endsWith('_QUOTE')))) {
    const message = CSV_MESSAGES[e.code ?? ''] ?? `malformed CSV (${e.code})`;
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      const at = unclosedQuote(sample, delimiter);
      if (at) return new ThadsError('CSV_MALFORMED', message, { file, ...at });
    }
    const atLine = typeof e.lines === 'number' ? e.lines : line;
    return new ThadsError('CSV_MALFORMED', message, { file, line: atLine, ...(typeof e.index === 'number' ? { column: e.index + 1 } : {}) });
  }
  return err;
}
