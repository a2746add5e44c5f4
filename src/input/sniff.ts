// Delimiter sniffing. The header row decides: the right delimiter is the one under which some
// early row names the most known columns. Header cells never hold decimal commas, so a
// semicolon file full of "490.700,5" is not mistaken for a comma file.
import { hasLetter } from '../domain/letters.js';
import { knownCellCount, type HeaderMatcher } from './headers.js';
import { cellReading } from './legacy-font.js';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Splits sample text into rows of cells, honouring quotes (embedded delimiters and newlines). */
export function splitSample(text: string, delimiter: string, maxRows = 60): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length && rows.length < maxRows; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (rows.length < maxRows && (cell !== '' || row.length > 0)) rows.push([...row, cell]);
  return rows;
}

export interface SniffResult {
  readonly delimiter: Delimiter;
  /** known header cells found under it (0: no header row found under any delimiter) */
  readonly knownCells: number;
}

export function sniffDelimiter(sample: string, matcher: HeaderMatcher): SniffResult {
  // The rule: the delimiter under which a row names the most known columns, the first of
  // DELIMITERS on a tie, ',' when none names any. The delimiter written most is tried first, so
  // that the count to beat is high at once and the other delimiters' rows are skipped (below):
  // a ';' file of "2.025.594,118" figures split at ',' holds an office's names in one cell per
  // row, whose matching was a tenth of a 700-office run. The order changes the work, never the result.
  let best: SniffResult = { delimiter: ',', knownCells: 0 };
  for (const delimiter of byUse(sample)) {
    // What this delimiter must reach to win: the best count so far, or one more when the best
    // comes first in DELIMITERS (a tie keeps it).
    const toWin = best.knownCells + (precedes(delimiter, best.delimiter) ? 0 : 1);
    let most = 0;
    for (const row of splitSample(sample, delimiter)) {
      if (row.length < 2) continue;
      // Only a cell with a letter can name a column: a row with fewer of them than it must name
      // cannot change the outcome (an office's row, two or three names among its figures).
      if (cellsWithLetters(row) < Math.max(most + 1, toWin)) continue;
      most = Math.max(most, knownCellCount(matcher, row.map((c) => cellReading(c.normalize('NFC')))));
    }
    if (most > 0 && most >= toWin) best = { delimiter, knownCells: most };
  }
  return best;
}

/** The delimiters the sample holds, the most written first (DELIMITERS' order among equals). */
function byUse(sample: string): Delimiter[] {
  const uses = (d: Delimiter) => sample.split(d).length - 1;
  return DELIMITERS.map((d) => ({ d, n: uses(d) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n)
    .map((x) => x.d);
}

function precedes(a: Delimiter, b: Delimiter): boolean {
  return DELIMITERS.indexOf(a) < DELIMITERS.indexOf(b);
}

function cellsWithLetters(row: readonly string[]): number {
  let n = 0;
  for (const cell of row) if (hasLetter(cell)) n++;
  return n;
}
