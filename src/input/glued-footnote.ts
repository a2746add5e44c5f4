// SPEC §3 auto mode: the first cell only one convention reads decides the file's. A figure with a
// footnote mark glued on ("45.210" and "¹" pasted from a PDF: "45.2101"; "45,210" + "1":
// "45,2101") is such a cell, and it decides the wrong one: among "125.430" or "125,430", which
// both conventions read, every amount comes out a thousand times too large or too small. Its
// sign is its shape (the owner's rule, traps 43b/01 and 44/04): the cells that decided have four
// or more digits after their last separator, that separator is the one the file's other cells
// write with exactly three digits after it (three such cells at least), and there are one or two
// of them. Such a file is refused, read neither way. A cell that decides by any other shape
// ("14.2", "0.000", "1,125.431", "16.201.577,4875": two separators) settles the convention.
// Both readers watch with this class; the fast path hands such a file to the reference, which words it.

import { ThadsError } from '../errors.js';
import { NUMBER_CELL_MARK, type Candidates, type Convention } from './numbers.js';

/** The separator a glued footnote follows: the decided convention's decimal one. */
const SEPARATOR: Record<Convention, string> = { en: '.', vi: ',' };
/** "45.2101", "1.125.4301": digits and one separator only, four or more digits after the last */
const FOOTNOTE: Record<Convention, RegExp> = { en: /^\d+(?:\.\d+)*\.(\d{4,})$/, vi: /^\d+(?:,\d+)*,(\d{4,})$/ };
/** "125.430", "1.250.000" (or with commas): each separator before exactly three digits */
const GROUPS: Record<Convention, RegExp> = { en: /^\d{1,3}(?:\.\d{3})+$/, vi: /^\d{1,3}(?:,\d{3})+$/ };
/** the most deciding cells the rule weighs (more: the convention stands) */
const FEW = 2;
/** the fewest cells with three digits after the separator that outweigh them */
const GROUPED = 3;

export interface WatchedCell {
  readonly line: number;
  readonly column: number;
  readonly text: string;
  /** the column's words for a message ("money with conditions") */
  readonly what: string;
}

/** Deciding cells in the footnote's shape (FEW + 1: the convention stands), and cells in groups (up to GROUPED). */
export interface FootnoteCounts {
  readonly deciding: number;
  readonly grouped: number;
}

/** The rule, on the counts of the whole file (of its parts, added; read-fast.ts gives up on a split in conventions). */
export function refusesAll(parts: readonly (FootnoteCounts | null)[]): boolean {
  let deciding = 0;
  let grouped = 0;
  for (const p of parts) {
    deciding += p?.deciding ?? 0;
    grouped += p?.grouped ?? 0;
  }
  return deciding >= 1 && deciding <= FEW && grouped >= GROUPED;
}

export class GluedFootnoteWatch {
  private readonly deciding = new Map<string, WatchedCell>();
  private readonly grouped = new Map<string, WatchedCell>();
  private convention: Convention = 'en';
  /** a deciding cell of another shape, or many: the convention stands */
  private settled = false;

  /** false once the convention stands whatever follows: nothing more to look at */
  get watching(): boolean {
    return !this.settled;
  }

  /**
   * A figure cell read in the `convention` auto mode decided, with its candidates (numbers.ts);
   * a cell seen twice (a row read again once the convention is known) counts once.
   */
  see(raw: string, cand: Candidates, cell: WatchedCell, convention: Convention): void {
    // (a cell the convention cannot read is refused by the reader: MIXED_NUMBER_FORMAT)
    if (this.settled || !cand[convention]) return;
    // A workbook's number cell is written in no convention: it settles nothing about the text cells.
    if (raw.charCodeAt(raw.length - 1) === NUMBER_CELL_MARK.charCodeAt(0)) return;
    this.convention = convention;
    const key = `${cell.line}:${cell.column}`;
    if (!cand[convention === 'en' ? 'vi' : 'en']) {
      if (!FOOTNOTE[convention].test(cell.text)) return this.settle();
      this.deciding.set(key, cell);
      if (this.deciding.size > FEW) this.settle();
    } else if (this.grouped.size < GROUPED && GROUPS[convention].test(cell.text)) this.grouped.set(key, cell);
  }

  /** The whole file seen: is it refused? */
  get refuses(): boolean {
    return refusesAll([this.counts()]);
  }

  /** What this reader saw, as data (a split file's parts add theirs: refusesAll). */
  counts(): FootnoteCounts {
    return this.settled ? { deciding: FEW + 1, grouped: 0 } : { deciding: this.deciding.size, grouped: this.grouped.size };
  }

  /** The refusal, at the cell that decided, or null (the convention stands). */
  refusal(file: string, lineWord: string): ThadsError | null {
    if (!this.refuses) return null;
    const sep = SEPARATOR[this.convention];
    // (in the order seen: the first is the cell that decided)
    const [first, second] = [...this.deciding.values()] as [WatchedCell, WatchedCell | undefined];
    const digits = (c: WatchedCell) => FOOTNOTE[this.convention].exec(c.text)![1]!.length;
    const also = second ? ` and "${second.text}" at ${lineWord} ${second.line}, column ${second.column}` : '';
    const counts = second && digits(second) !== digits(first) ? `${digits(first)} and ${digits(second)}` : `${digits(first)}`;
    const groups = [...this.grouped.values()].map((c) => `"${c.text}"`).join(', ');
    return new ThadsError(
      'MIXED_NUMBER_FORMAT',
      `${first.what} "${first.text}"${also} ${second ? 'have' : 'has'} ${counts} digits after ${second ? 'their' : 'its'} "${sep}" while the file's other cells have three (${groups}) — a footnote mark glued to the figure? Read either way, some figures would be wrong`,
      { file, line: first.line, column: first.column },
      `fix the cell (a footnote mark glued to the figure?), or pass --number-format vi or en to say how the file is written`,
    );
  }

  private settle(): void {
    this.settled = true;
    this.deciding.clear();
    this.grouped.clear();
  }
}
