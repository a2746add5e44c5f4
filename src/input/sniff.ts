// Delimiter sniffing. The header row decides: the right delimiter is the one under which some
// early row names the most known columns. Header cells never hold decimal commas, so a
// semicolon file full of "490.700,5" is not mistaken for a comma file.
import { knownCellCount, type HeaderMatcher } from './headers.js';
import { legacyFontReading } from './legacy-font.js';

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
  let best: SniffResult = { delimiter: ',', knownCells: 0 };
  for (const delimiter of DELIMITERS) {
    if (!sample.includes(delimiter)) continue;
    let most = 0;
    for (const row of splitSample(sample, delimiter)) {
      if (row.length < 2) continue;
      // Only a cell with a letter can name a column: a row with no more of them than the best
      // count so far cannot beat it (an office's row, two or three names among its figures),
      // and matching its names is most of the sniffing's cost.
      if (cellsWithLetters(row) <= Math.max(most, best.knownCells)) continue;
      most = Math.max(most, knownCellCount(matcher, row.map((c) => legacyFontReading(c.normalize('NFC')) ?? c.normalize('NFC'))));
    }
    if (most > best.knownCells) best = { delimiter, knownCells: most };
  }
  return best;
}

function cellsWithLetters(row: readonly string[]): number {
  let n = 0;
  for (const cell of row) if (/\p{L}/u.test(cell)) n++;
  return n;
}
