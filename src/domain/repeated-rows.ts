// A row pasted twice: the same STT number, the same office's name written on it and every
// figure equal to an earlier row of the file (a table or a line pasted again, Ctrl+V once too
// often). An office on several rows of one file is summed (SPEC §3: its enforcers' rows, its
// figures split over rows), but such rows carry figures of their own; a row repeating another's
// number, name and figures is no part of the office: added, it counts the office twice. The
// reader refuses it (collect.ts, REPEATED_ROW). Rows without an STT number (an enforcer's, two
// with equal figures under one office), or with another number, or another name (two offices
// with equal figures) stay rows of their own. A row without a non-zero figure adds nothing: it
// is not refused. Pure; rows come in file order. The fast path hands a file whose numbered row
// repeats an office's number back to the reference reader (fast/row-scanner.ts), which asks here.
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

export class RepeatedRows<R> {
  /** rows seen, by office key and STT number */
  private readonly seen = new Map<string, { row: R; figures: Sums }[]>();

  /**
   * A row of office `office` (its key: province, name, year) numbered `item`: the earlier row it
   * repeats, or null. Every row is remembered, so a third copy names the first.
   */
  see(office: string, item: number, row: R, figures: Sums): R | null {
    const key = `${item}\u0000${office}`;
    const rows = this.seen.get(key);
    const earlier = rows?.find((r) => sameFigures(r.figures, figures));
    if (earlier) return earlier.row;
    if (rows) rows.push({ row, figures });
    else this.seen.set(key, [{ row, figures }]);
    return null;
  }
}
