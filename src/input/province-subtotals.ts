// A file by office without a Tỉnh column, where each province's offices are closed by their
// subtotal ("Cộng tỉnh Tiền Giang", "Cộng Bến Tre") — a Cụm thi đua's report (work60a 01): the
// offices since the block before are that province's, so two provinces' "Châu Thành" stay two.
// The subtotal itself is checked against them as before (domain/declared-rows.ts). Rows are held
// until the block closes; any other declared row (a total, a section's row naming no province, a
// numbered row) or a title ends a block without giving a province. Only the reference reader sees
// these rows: the fast path hands over every file with such a row (fast/row-scanner.ts).
import type { FileRow } from './file-report.js';

/** rows held in one block at most: beyond, they go on as they are */
const MAX_HELD = 100_000;

export class ProvinceSubtotalBlocks {
  private held: FileRow[] = [];

  /** `provinceOf`: the province a subtotal row closing a block names, or null for any other row. */
  constructor(private readonly provinceOf: (row: FileRow) => string | null) {}

  /** The rows that may be handed on now, in file order. */
  see(row: FileRow): FileRow[] {
    const province = this.provinceOf(row);
    if (province !== null) {
      const own = (r: FileRow): FileRow => (r.kind === 'data' && r.row.province === null ? { ...r, row: { ...r.row, province } } : r);
      const out = [...this.held.map(own), row];
      this.held = [];
      return out;
    }
    if (row.kind !== 'data' && row.kind !== 'other-year') return [...this.end(), row];
    this.held.push(row);
    return this.held.length > MAX_HELD ? this.end() : [];
  }

  /** At the end of the file, or when a block ends without its province's subtotal: the rows as they are. */
  end(): FileRow[] {
    const out = this.held;
    this.held = [];
    return out;
  }
}
