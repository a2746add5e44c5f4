// A row pasted twice: the same office written on it and every figure equal to an earlier row
// of the file (a table or a line pasted again, Ctrl+V once too often), whatever its STT: the
// copy may keep the first's number, be renumbered (a table pasted below and numbered on, 4–6
// under 1–3) or have none. An office on several rows of one file is summed (SPEC §3: its
// enforcers' rows, its figures split over rows), but such rows carry figures of their own; a
// row repeating another's office and figures is no part of the office: added, it counts the
// office twice. The reader refuses it (collect.ts, REPEATED_ROW). Offices are compared by the
// key the DUPLICATE_OFFICE rule uses ("Thuỷ" is "Thủy", capitals are small letters). A row named in a column thads does
// not read (an enforcer's: persons may have equal figures) repeats only a row of its own STT
// number and name; two offices with equal figures stay rows of their own. A row without a
// non-zero figure adds nothing: it is not refused (two offices without cases, one office in two
// sections with nothing). Pure; rows come in file order. The fast path hands a file whose
// office's row repeats a figure of the office's rows back to the reference reader
// (fast/row-scanner.ts, fast/office-sums.ts), which asks here.
import { plain } from './decimal.js';
import { MEASURES } from './fields.js';
import type { Sums } from './declared-rows.js';

/** Every figure of `a` equal to `b`'s, an empty cell only to an empty one; and one of them non-zero. */
function sameFigures(a: Sums, b: Sums): boolean {
  let nonZero = false;
  for (const m of MEASURES) {
    const x = a[m];
    const y = b[m];
    if (!x && !y) continue;
    if (!x || !y) return false;
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const u = x[i] ?? null;
      const v = y[i] ?? null;
      if (u === null || v === null) {
        if (u !== v) return false;
        continue;
      }
      if (!u.eq(v)) return false;
      if (!u.isZero()) nonZero = true;
    }
  }
  return nonZero;
}

/** A row as remembered: its STT number (null: none) and whether a column thads does not read names it. */
interface Seen<R> {
  readonly row: R;
  readonly item: number | null;
  readonly named: boolean;
  readonly figures: Sums;
}

/** The row's figures as text (equal figures, equal text; an empty cell apart from 0), or null: no non-zero figure. */
function fingerprint(figures: Sums): string | null {
  let nonZero = false;
  const parts: string[] = [];
  for (const m of MEASURES) {
    const x = figures[m];
    if (!x) continue;
    let last = x.length;
    while (last > 0 && x[last - 1] === null) last--;
    const cells: string[] = [];
    for (let i = 0; i < last; i++) {
      const v = x[i] ?? null;
      if (v !== null && !v.isZero()) nonZero = true;
      cells.push(v === null ? '' : plain(v));
    }
    parts.push(`${m}:${cells.join(',')}`);
  }
  return nonZero ? parts.join(';') : null;
}

export class RepeatedRows<R> {
  /** rows seen with a non-zero figure, by office key and figures (fingerprint) */
  private readonly seen = new Map<string, Seen<R>[]>();

  /**
   * A row of office `office` (its key: DUPLICATE_OFFICE's) numbered `item` (null: no STT
   * number), `named` by a column thads does not read: the earlier row it repeats, with that
   * row's STT number, or null. Every row is remembered, so a third copy names the first.
   */
  see(office: string, item: number | null, named: boolean, row: R, figures: Sums): { row: R; item: number | null } | null {
    const print = fingerprint(figures);
    if (print === null) return null;
    const key = `${office}\u0000${print}`;
    const rows = this.seen.get(key);
    // (an enforcer's row repeats only a row of its STT number: two persons may have equal figures)
    const earlier = rows?.find((r) => ((!named && !r.named) || (item !== null && r.item === item)) && sameFigures(r.figures, figures));
    if (earlier) return { row: earlier.row, item: earlier.item };
    const entry = { row, item, named, figures };
    if (rows) rows.push(entry);
    else this.seen.set(key, [entry]);
    return null;
  }
}
