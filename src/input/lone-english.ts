// SPEC §3 auto mode: the first cell only one convention reads decides the file's. A figure with a
// footnote mark glued on ("45.210" and "¹" pasted from a PDF: "45.2101") is such a cell: in a file
// whose other figures are Vietnamese thousands groups ("125.430", "1.250"), English would make
// every amount a thousandth of itself. The owner's rule: one or two cells only English reads,
// against three or more in Vietnamese groups and no other decimal, is refused, read neither way.
// Both readers watch with this class; the fast path hands such a file to the reference, which words it.

import { ThadsError } from '../errors.js';
import { NUMBER_CELL_MARK, type Candidates } from './numbers.js';

/** "125.430", "1.250.000": one or more dots, each before exactly three digits */
const VIETNAMESE_GROUPS = /^\d{1,3}(?:\.\d{3})+$/;
/** the most cells only English reads that the rule weighs (more: the file is English) */
const FEW = 2;
/** the fewest cells in Vietnamese groups that outweigh them */
const GROUPED = 3;

export interface WatchedCell {
  readonly line: number;
  readonly column: number;
  readonly text: string;
  /** the column's words for a message ("money with conditions") */
  readonly what: string;
}

/** Cells only English reads (FEW + 1: many), and in Vietnamese groups (up to GROUPED). */
export interface LoneCounts {
  readonly english: number;
  readonly grouped: number;
}

/** The rule, on the counts of the whole file (of its parts, added). */
export function refusesAll(parts: readonly (LoneCounts | null)[]): boolean {
  let english = 0;
  let grouped = 0;
  for (const p of parts) {
    english += p?.english ?? 0;
    grouped += p?.grouped ?? 0;
  }
  return english >= 1 && english <= FEW && grouped >= GROUPED;
}

export class LoneEnglishWatch {
  private readonly english = new Map<string, WatchedCell>();
  private readonly grouped = new Map<string, WatchedCell>();
  /** many cells only English reads: English stands */
  private settled = false;

  /** false once English stands whatever follows: nothing more to look at */
  get watching(): boolean {
    return !this.settled;
  }

  /**
   * A figure cell read while auto mode made the file English, with its candidates (numbers.ts);
   * a cell seen twice (a row read again once the convention is known) counts once.
   */
  see(raw: string, cand: Candidates, cell: WatchedCell): void {
    if (this.settled || !cand.en) return;
    // A workbook's number cell is written in no convention: it settles nothing about the text cells.
    if (raw.charCodeAt(raw.length - 1) === NUMBER_CELL_MARK.charCodeAt(0)) return;
    const key = `${cell.line}:${cell.column}`;
    if (!cand.vi) {
      this.english.set(key, cell);
      if (this.english.size > FEW) this.settle();
    } else if (this.grouped.size < GROUPED && VIETNAMESE_GROUPS.test(cell.text)) this.grouped.set(key, cell);
    // (Any other text cell English reads is a whole number in English: "1,234", "1 234". A
    // decimal cell is one only English reads, or "ddd.ddd": both are counted above.)
  }

  /** The whole file seen: the refusal, at the cell that decided, or null (English stands). */
  /** The whole file seen: is it refused? */
  get refuses(): boolean {
    return refusesAll([this.counts()]);
  }

  /** What this reader saw, as data (a split file's parts add theirs: refusesAll). */
  counts(): LoneCounts {
    return this.settled ? { english: FEW + 1, grouped: 0 } : { english: this.english.size, grouped: this.grouped.size };
  }

  refusal(file: string, lineWord: string): ThadsError | null {
    if (!this.refuses) return null;
    // (in the order seen: the first is the cell that decided)
    const [first, second] = [...this.english.values()] as [WatchedCell, WatchedCell | undefined];
    const also = second ? ` and "${second.text}" at ${lineWord} ${second.line}, column ${second.column}` : '';
    const groups = [...this.grouped.values()].map((c) => `"${c.text}"`).join(', ');
    return new ThadsError(
      'MIXED_NUMBER_FORMAT',
      `${first.what} "${first.text}"${also} can only be read as English (dot decimal), but the file's other cells with a dot are written as Vietnamese thousands groups (${groups}): read either way, some figures would be wrong`,
      { file, line: first.line, column: first.column },
      `fix the cell (a footnote mark glued to the figure?), or pass --number-format vi or en to say how the file is written`,
    );
  }

  private settle(): void {
    this.settled = true;
    this.english.clear();
    this.grouped.clear();
  }
}
