// An office's row whose figure cell sums other rows of its column (formula-refs.ts) is refused
// (SUM_FORMULA_ROW) only once the rows it adds are known to be read as offices or subtotals:
// added beside them, its figures would count twice. When they are read as its own parts — its
// enforcers' rows in a form by enforcer (TT 05/2024's forms 04, 05: the office's =SUM(C5:C6) over
// them), a regional office's former districts — the row is read as the same table saved as CSV
// is (domain/office-runs.ts checks it against them) — unless the row is itself an enforcer's (a
// name in a column thads does not read): a person's figures are his own, never a sum of rows, and
// "Tổng Thị Lan" with =SUM(C4:C6) would be added as one more enforcer (round 67b, 01: the office
// doubled). Rows summed below the row come later, so
// the rows from it on wait until each row it adds has been read (or the sheet ends).
import type { ThadsError } from '../../errors.js';
import type { FileRow } from '../file-report.js';

/** What a row read was, for a sum over it: nothing added, part of the office `key`, or added as an office (or a subtotal of offices). */
type Read = { readonly as: 'office' } | { readonly as: 'part'; readonly key: string };

const officeKey = (row: FileRow['row']): string => JSON.stringify([row.province, row.district, row.year]);

/** How a row read counts for a sum row over it; null: it adds nothing (a heading, a row of another year). */
function readAs(item: FileRow): Read | null {
  if (item.kind === 'heading' || item.kind === 'other-year') return null;
  // an enforcer's row (a name in a column thads does not read) or a regional office's part, under the office's name
  if (item.kind === 'data' && (item.named === true || item.part !== undefined)) return { as: 'part', key: officeKey(item.row) };
  return { as: 'office' };
}

interface Candidate {
  readonly error: ThadsError;
  readonly key: string;
  /** the rows it adds not read yet */
  readonly ahead: Set<number>;
  refused: boolean;
}

/**
 * Rows in sheet order, held while a sum row waits for the rows it adds; `release` gives them back
 * in order, each with the refusal of its row if it is refused (then it is not to be added).
 */
export class SumRows {
  /** the rows read so far that a later sum may add: how each was read (rows not read add nothing) */
  private readonly seen = new Map<number, Read>();
  private held: { item: FileRow; refusal: Candidate | null }[] = [];
  private open: Candidate[] = [];

  /**
   * The next row read (in sheet order), with its SUM_FORMULA_ROW refusal if it is an office's row
   * summing `rows` (formula-refs.ts): the rows that can be handed on now.
   */
  see(item: FileRow, sum: { readonly error: ThadsError; readonly rows: readonly number[] } | null): { item: FileRow; refusal: ThadsError | null }[] {
    const line = item.row.line;
    const read = readAs(item);
    if (read) this.seen.set(line, read);
    for (const c of this.open) if (c.ahead.delete(line) && read) c.refused ||= !this.partOf(read, c.key);
    let candidate: Candidate | null = null;
    if (sum) {
      const key = officeKey(item.row);
      const before = sum.rows.filter((r) => r < line);
      const enforcer = item.kind === 'data' && item.named === true && item.part === undefined;
      candidate = { error: sum.error, key, ahead: new Set(sum.rows.filter((r) => r > line)), refused: enforcer || before.some((r) => this.seen.has(r) && !this.partOf(this.seen.get(r)!, key)) };
      this.open.push(candidate);
    }
    this.held.push({ item, refusal: candidate });
    return this.release(false);
  }

  /** The sheet has ended: the rows still held. */
  end(): { item: FileRow; refusal: ThadsError | null }[] {
    return this.release(true);
  }

  private partOf(read: Read, key: string): boolean {
    return read.as === 'part' && read.key === key;
  }

  private release(ended: boolean): { item: FileRow; refusal: ThadsError | null }[] {
    if (!ended && this.open.some((c) => !c.refused && c.ahead.size > 0)) return [];
    // (`seen` stays: a sum row further down may add rows read before this one)
    const out = this.held.map(({ item, refusal }) => ({ item, refusal: refusal?.refused ? refusal.error : null }));
    this.held = [];
    this.open = [];
    return out;
  }
}
