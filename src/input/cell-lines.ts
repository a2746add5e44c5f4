// The physical line of a cell of a CSV record. A record is numbered by its first line, and a
// quoted cell may hold line breaks (Excel's Alt+Enter, "Chi cục THADS⏎huyện Vụ Bản"): a cell
// after it stands further down. SPEC §6: LINE is the physical line, COL the field (1-based).
// Both readers (read-csv.ts, fast/row-scanner.ts) note such records here; every finding naming
// a cell of one (the reader's, collect.ts's) is moved to the cell's own line by `locate`.
import { ThadsError, type Finding, type Location } from '../errors.js';

/** Line ends in a cell as csv-parse counts them ("\r\n", "\n" or "\r" alone). */
function breaksIn(cell: string): number {
  if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) return 0;
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const ch = cell.charCodeAt(i);
    if (ch === 10) n++;
    else if (ch === 13 && cell.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/** The line breaks of a record's cells, all together (its next record starts that many lines further). */
export function lineBreaks(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) n += breaksIn(c);
  return n;
}

export class CellLines {
  /** a record's first line → the line breaks before each of its cells (only records that hold some) */
  private readonly before = new Map<number, number[]>();
  /** locations already moved: a finding passes here from the reader and again from collect.ts */
  private readonly moved = new WeakSet<Location>();

  /** A record read from `line`: noted when a cell holds a line break. */
  see(line: number, cells: readonly string[]): void {
    let n = 0;
    let offsets: number[] | null = null;
    for (let i = 0; i < cells.length; i++) {
      if (offsets) offsets.push(n);
      const b = breaksIn(cells[i]!);
      if (b > 0 && !offsets) offsets = new Array<number>(i + 1).fill(0);
      n += b;
    }
    if (offsets) this.before.set(line, offsets);
  }

  /** The physical line of cell `column` (1-based) of the record starting at `line`. */
  lineOf(line: number, column: number): number {
    const offsets = this.before.get(line);
    return offsets ? line + (offsets[column - 1] ?? offsets[offsets.length - 1] ?? 0) : line;
  }

  /** A location naming a cell of a record with line breaks, at the cell's own line; any other as it is. */
  locate<L extends Location | undefined>(loc: L): L {
    if (this.before.size === 0 || !loc || this.moved.has(loc) || loc.sheet !== undefined || loc.line === undefined || loc.column === undefined) return loc;
    const line = this.lineOf(loc.line, loc.column);
    if (line === loc.line) return loc;
    const at = { ...loc, line };
    this.moved.add(at);
    return at;
  }

  finding(f: Finding): Finding {
    const location = this.locate(f.location);
    return location === f.location ? f : { ...f, location };
  }

  error(err: unknown): unknown {
    if (!(err instanceof ThadsError) || err.constructor !== ThadsError) return err;
    const location = this.locate(err.location);
    return location === err.location ? err : new ThadsError(err.code, err.message, location, err.hint);
  }
}
