// A row written with another delimiter than the file's: two exports joined with `cat` (a ";"
// file and a "," one), a row pasted from another file. Split by the file's own delimiter it is
// one cell, which reads as a title or a row without figures: skipped, its office's figures left
// out of every sum (traps26 2: Ý Yên dropped, exit 0; two offices above a second header taken
// for titles). Such a row is found by what another delimiter makes of it: cells with figures.
import { ThadsError } from '../errors.js';
import { hasNumbers } from './layout.js';
import { DELIMITERS, type Delimiter } from './sniff.js';

/**
 * Another delimiter's cells of a row read as one: its delimiter and how many of them are figures;
 * null when it is no such row. As an office's row of a table of `figureColumns` figure columns:
 * a name (letters, no digit), figures after it in half of them at least (two at least), as many
 * cells as a name and the figures ("Biểu số: 01, 02, 03", a title, names nothing; "ngày 15, 16
 * và 17" has one number a cell).
 */
export function otherDelimiterRow(cells: readonly string[], own: Delimiter, figureColumns: number): { readonly delimiter: Delimiter; readonly figures: number } | null {
  const written = cells.filter((c) => c.trim() !== '');
  if (written.length !== 1) return null;
  for (const delimiter of DELIMITERS) {
    if (delimiter === own) continue;
    const parts = written[0]!.split(delimiter).map((p) => p.trim());
    // (a name: letters and no digit, "Ý Yên"; "Biểu số: 01" is a title's; the figures after it)
    const name = parts.findIndex((p) => /\p{L}/u.test(p) && !/\d/.test(p));
    if (name < 0) continue;
    const figures = parts.slice(name + 1).filter((p) => hasNumbers([p])).length;
    if (parts.length >= Math.min(figureColumns, 3) + 1 && figures >= Math.max(2, Math.ceil(figureColumns / 2))) return { delimiter, figures };
  }
  return null;
}

/** The delimiter as a message names it. */
export function delimiterName(d: Delimiter): string {
  return d === '\t' ? 'a tab' : `"${d}"`;
}

/** The refusal of such a row, at its line: `cells` as the file's delimiter read them. */
export function otherDelimiterError(file: string, line: number, cells: readonly string[], own: Delimiter, other: Delimiter, figures: number): ThadsError {
  const written = cells.find((c) => c.trim() !== '')!.trim();
  const shown = written.length > 60 ? `${written.slice(0, 57)}…` : written;
  return new ThadsError(
    'RAGGED_ROW',
    `"${shown}" is one cell split by the file's ${delimiterName(own)}, but ${delimiterName(other)} splits it into cells, ${figures} of them figures: a row written with another delimiter (two exports joined?), which would be left out of every sum`,
    { file, line, column: cells.findIndex((c) => c.trim() !== '') + 1 },
    `write the row with ${delimiterName(own)} between its cells, as the file's other rows are (or export the files again and give them to thads as separate files)`,
  );
}
