// A non-zero figure in a cell merged over the rows of two offices, or across two figure columns
// of one: the sheet shows one amount where the table wants one per office and per field.
//
//   row 6  Chi cục THADS Mỹ Lộc   1000 ┐
//   row 7  Chi cục THADS Vụ Bản   2000 ┘ 900   ← F6:F7 merged: 900 is the two offices' together
//
// A merged figure stays in its first cell (read-csv.ts fillIdentity), so 900 would be Mỹ Lộc's
// and Vụ Bản's cell empty, read 0; where LibreOffice kept a covered cell's own value ("keep the
// contents of the hidden cells"), that unseen value would be added too. Which share is whose is
// the sheet's author's to say: refused. A 0 merged over offices is each one's 0; a figure merged
// over rows of one office (its name merged too, its rows added) is that office's, once; an
// office's line drawn two rows tall (read-csv.ts mergedContinuation) is one office row.
//
// A covered cell (any of a merge's cells but its first) that still holds a number other than 0,
// typed, a formula's or text: Excel drops such a value on merging, but LibreOffice's "keep the
// contents of the hidden cells" and other writers keep it. The sheet shows the first cell only,
// while the workbook's own formulas (its SUM total) still add the hidden value: the two disagree,
// so which is meant is the author's to say — refused at the covered cell where its row is read as
// an office's (there it would be added). Even a copy of the first cell's figure (read twice) is
// refused so; a 0, a blank or words hidden there add nothing and are left to the row's reading.
import { columnLetters } from '../../errors.js';
import type { MergedRange } from './sheet-xml.js';

/** A merge whose first cell holds a number other than 0, and that number as the sheet shows it. */
interface Candidate {
  readonly merge: MergedRange;
  readonly text: string;
}

/** What a refused merge covers: its first cell, its figure columns (1-based) and the offices under it. */
export interface SharedFigure {
  readonly merge: MergedRange;
  readonly text: string;
  readonly columns: readonly number[];
  readonly offices: readonly { readonly line: number; readonly name: string }[];
}

/** A value a covered cell keeps: where, the number it holds, and the merge's first cell as shown. */
export interface HiddenFigure {
  readonly merge: MergedRange;
  readonly line: number;
  readonly column: number;
  readonly text: string;
  /** the text of the merge's first cell, '' when blank */
  readonly shown: string;
  /** the office its row was read as */
  readonly office: string;
}

/** A number with a digit other than 0 ("900", "1.234,5"); never "0", "0,000", "-" or words. */
const NON_ZERO = /^\s*\d[\d.,\s]*$/;
const isNonZero = (text: string) => NON_ZERO.test(text) && /[1-9]/.test(text);
/** The same, signed or in brackets ("-500", "(500)"): a hidden amount of either sign changes a total. */
const SIGNED = /^\s*[-−–+]?\s*\(?\s*\d[\d.,\s]*\)?\s*$/;
const isHiddenNumber = (text: string) => SIGNED.test(text) && /[1-9]/.test(text);

export class MergedFigures {
  /** merges over more than one cell, by their first row, latest first (rows stream in order) */
  private readonly pending: MergedRange[];
  private readonly candidates: Candidate[] = [];
  /** merges over the rows streaming by, with their first cell's text */
  private active: { readonly merge: MergedRange; readonly shown: string }[] = [];
  /** covered cells holding a number other than 0, by row (within one, as their merges opened) */
  private readonly hidden: Omit<HiddenFigure, 'office'>[] = [];
  /** rows read as offices: row → office name */
  private readonly offices = new Map<number, string>();

  constructor(merges: readonly MergedRange[]) {
    this.pending = merges.filter((m) => m.bottom > m.top || m.right > m.left).sort((a, b) => b.top - a.top);
  }

  /** A row of the sheet as it streams by (its cells 0-based, as read): the merges it opens. */
  row(line: number, cells: readonly string[], unmark: (text: string) => string): void {
    while (this.pending.length > 0 && this.pending[this.pending.length - 1]!.top <= line) {
      const merge = this.pending.pop()!;
      const text = merge.top === line ? unmark(cells[merge.left - 1] ?? '').trim() : '';
      if (isNonZero(text)) this.candidates.push({ merge, text });
      // (a merge whose first row the XML never stored shows nothing: its covered cells hide what they hold)
      this.active.push({ merge, shown: text });
    }
    this.active = this.active.filter((a) => a.merge.bottom >= line);
    for (const { merge, shown } of this.active) {
      // Up to the row's width: a merge over a whole sheet's columns costs no more than the table.
      for (let column = merge.left; column <= Math.min(merge.right, cells.length); column++) {
        if (column === merge.left && line === merge.top) continue;
        const text = unmark(cells[column - 1] ?? '').trim();
        if (isHiddenNumber(text)) this.hidden.push({ merge, line, column, text, shown });
      }
    }
  }

  /** A row the reader took for an office (it adds its figures). */
  office(line: number, name: string): void {
    this.offices.set(line, name);
  }

  /** The first merge that shows one figure for two offices or two fields; `figures`: the figure columns, 1-based. */
  firstShared(figures: ReadonlySet<number>): SharedFigure | null {
    for (const { merge, text } of this.candidates) {
      const columns: number[] = [];
      for (let c = merge.left; c <= merge.right; c++) if (figures.has(c)) columns.push(c);
      if (columns.length === 0) continue;
      const offices: { line: number; name: string }[] = [];
      for (let line = merge.top; line <= merge.bottom; line++) {
        const name = this.offices.get(line);
        if (name !== undefined) offices.push({ line, name });
      }
      if (offices.length === 0) continue;
      const several = new Set(offices.map((o) => o.name)).size > 1;
      if (several || columns.length > 1) return { merge, text, columns, offices };
    }
    return null;
  }

  /** The first covered cell of a figure column keeping a number, on a row read as an office's; `figures` 1-based. */
  firstHidden(figures: ReadonlySet<number>): HiddenFigure | null {
    let first: HiddenFigure | null = null;
    for (const h of this.hidden) {
      const office = this.offices.get(h.line);
      if (office === undefined || !figures.has(h.column)) continue;
      if (first !== null && (first.line < h.line || (first.line === h.line && first.column < h.column))) continue;
      first = { ...h, office };
    }
    return first;
  }
}

/** "F6:F7" */
export const mergeRef = ({ left, right, top, bottom }: MergedRange): string => `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`;
