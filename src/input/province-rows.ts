// A file by office without a Tỉnh column, where each province's row carries its figures and its
// offices follow ("Gia Lai | 3500" over "Phòng THADS khu vực 1 | 1000"…, round 38, 01): the
// province's row is their subtotal, as a Roman section's is, and the offices are that province's
// (two provinces' "khu vực 1" stay two). Added as an office it would double the total.
// One such row alone over all the rows stays an office row, as before: the suspected-total check
// refuses it (a province's file with its total on top). So a block is decided when the next
// province row comes (the earlier one is a subtotal) or at the end (a subtotal only when one
// before it was). Only the reference reader sees these rows: the fast path hands over every row
// naming a province without one (fast/row-scanner.ts).
// A row labelled as the province's whole ("Tiền Giang (toàn tỉnh)", "Toàn tỉnh Bến Tre", "Cộng
// tỉnh Tiền Giang") opens such a block too, but only at the head of the list: once an office row
// has gone by outside a block, those rows close their offices instead (province-subtotals.ts).
// Alone it stays the total it was read as ("Toàn tỉnh Tiền Giang" on top of one province's file).
// A district bearing another province's name in its Cục's table ("1 | Cục THADS tỉnh Quảng Bình",
// "2 | Đồng Hới" … "8 | Quảng Ninh", "9 | Lệ Thủy"): numbered next in the run of items its
// province's row opened, it is that province's office, no other province's row — read so, the
// Cục's row and "Quảng Ninh" were two sections whose figures were not their rows' sums, and an
// ordinary table was refused (work89a 03). A province's row numbered otherwise ("2 | Quảng Ninh"
// after "1 | Quảng Bình" and its offices unnumbered or numbered anew) opens its block, as before.
import { foldHeader } from '../domain/names.js';
import { isDistrictNamedLikeProvince, provinceKey } from '../domain/provinces.js';
import type { FileRow } from './file-report.js';

/** rows held under one province's row at most: beyond, the block is decided as at the end */
const MAX_HELD = 100_000;

export class ProvinceRowBlocks {
  /** `whole`: opened by a province's whole ("Tiền Giang (toàn tỉnh)"), not its name */
  private open: { readonly row: FileRow; readonly province: string; readonly whole: boolean; readonly rows: FileRow[]; offices: number; run: number | null } | null = null;
  /** province rows read as subtotals so far */
  private subtotals = 0;

  /** an office row was handed on outside a block: a province's whole below it closes its offices */
  private officeBefore = false;

  /**
   * `provinceOf`: the province a row of figures stands for (its name), or null for any other row;
   * `wholeOf`: the province a total's or subtotal's label sums ("Tiền Giang (toàn tỉnh)"), or null.
   */
  constructor(
    private readonly provinceOf: (row: FileRow) => string | null,
    private readonly wholeOf: (row: FileRow) => string | null = () => null,
  ) {}

  /** The rows that may be handed on now, in file order. */
  see(row: FileRow): FileRow[] {
    const named = this.provinceOf(row);
    const province = named ?? (this.officeBefore ? null : this.wholeOf(row));
    // Under a province's whole, its Cục's own row ("Cục THADS tỉnh Tiền Giang") is one of its
    // offices; another province's name decides the block as the end does (no whole below it).
    const ownCuc = named !== null && this.open?.whole === true && named === this.open.province;
    if (province !== null && !ownCuc && !this.districtInRun(row, named)) {
      const out = this.close(named !== null && this.open?.whole === true);
      this.open = { row, province, whole: named === null, rows: [], offices: 0, run: row.item ?? null };
      return out;
    }
    if (this.open === null) {
      if (row.kind === 'data' && row.row.province === null) this.officeBefore = true;
      return [row];
    }
    // a total ends the list: no province row below decides the block
    if (row.kind === 'total') return [...this.close(true), row];
    this.open.rows.push(row);
    // the run of items from the province's row on: each row numbered the one before's next
    this.open.run = this.open.run !== null && row.item === this.open.run + 1 ? row.item : null;
    // (a province's former provinces below it, "Gia Lai (cũ)", are its parts, no offices: read-csv.ts enforcerRow)
    if (row.kind === 'data' && row.row.province === null && row.part === undefined) this.open.offices++;
    return this.open.rows.length > MAX_HELD ? this.close(true) : [];
  }

  /**
   * `row`, naming the province `named` by its bare name ("Quảng Ninh", not "Cục THADS tỉnh Quảng
   * Ninh"), is an office of the open block's province bearing another province's name: numbered
   * next in the run of offices that its province's Cục row began ("1 | Cục THADS tỉnh Quảng Bình";
   * a bare "1 | Quảng Bình" over a run may be a table of provinces numbered straight on).
   */
  private districtInRun(row: FileRow, named: string | null): boolean {
    const open = this.open;
    const district = row.row.district;
    const head = open?.row.row.district ?? null;
    return named !== null && open !== null && !open.whole && open.offices > 0 && open.run !== null && row.item === open.run + 1
      && district !== null && bare(district) && head !== null && !bare(head) && isDistrictNamedLikeProvince(district, open.province);
  }

  /** At the end of the file: the rows still held. */
  end(): FileRow[] {
    return this.close(true);
  }

  private close(last: boolean): FileRow[] {
    const open = this.open;
    this.open = null;
    if (open === null) return [];
    const subtotal = open.offices > 0 && (!last || this.subtotals > 0);
    if (!subtotal) return [open.row, ...open.rows];
    this.subtotals++;
    // checked against the rows below it (domain/declared-rows.ts), never added
    const own = (r: FileRow): FileRow => (r.kind === 'data' && r.row.province === null ? { ...r, row: { ...r.row, province: open.province } } : r);
    return [{ ...open.row, kind: 'numbered' }, ...open.rows.map(own)];
  }
}

/** A province's name alone, no word of a province's or its Cục's before it ("Quảng Ninh", "QUANG NINH"). */
function bare(name: string): boolean {
  return foldHeader(name) === foldHeader(provinceKey(name));
}
