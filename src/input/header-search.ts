// The header row is looked for in a bounded prefix of the file: a headerless file of 200,000 rows
// (or a million blank lines) says "no header" at once instead of after every row was tried.
import { ThadsError } from '../errors.js';

/** Non-empty rows above the header: titles, unit lines, group rows of a form — a handful in practice. */
export const HEADER_SEARCH_ROWS = 1000;
/** Physical lines, blank ones included. */
export const HEADER_SEARCH_LINES = 100_000;
/** Characters of the rows above the header. */
export const HEADER_SEARCH_CHARS = 4 << 20;

export class HeaderSearch {
  private rows = 0;
  private chars = 0;

  constructor(private readonly file: string) {}

  /** A row read before any header row; throws NO_HEADER once the prefix is used up. */
  above(record: readonly string[], line: number): void {
    let chars = 0;
    for (const cell of record) chars += cell.length;
    if (chars > 0) this.rows++;
    this.chars += chars;
    if (this.rows > HEADER_SEARCH_ROWS || line > HEADER_SEARCH_LINES || this.chars > HEADER_SEARCH_CHARS) {
      const what = this.rows > HEADER_SEARCH_ROWS ? `${HEADER_SEARCH_ROWS.toLocaleString('en-US')} rows` : line > HEADER_SEARCH_LINES ? `${HEADER_SEARCH_LINES.toLocaleString('en-US')} lines` : `${HEADER_SEARCH_CHARS >> 20} MiB`;
      throw new ThadsError('NO_HEADER', `no header row in the first ${what}`, { file: this.file, line: 1 });
    }
  }
}
