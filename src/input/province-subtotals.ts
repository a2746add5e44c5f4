// A file by office without a Tỉnh column, where each province's offices are closed by their
// subtotal ("Cộng tỉnh Tiền Giang", "Cộng Bến Tre") — a Cụm thi đua's report (work60a 01): the
// offices since the block before are that province's, so two provinces' "Châu Thành" stay two.
// The subtotal itself is checked against them as before (domain/declared-rows.ts). Rows are held
// until the block closes; any other declared row (a total, a section's row naming no province, a
// numbered row) or a title ends a block without giving a province. Only the reference reader sees
// these rows: the fast path hands over every file with such a row (fast/row-scanner.ts).
// A bare "Cộng Hòa Bình" may be a district's: Bạc Liêu has a huyện Hòa Bình (work61a 01), so
// it closes a province's block only where the report may hold several (closesProvinceBlock).
import { mayBeOneOfficeUnaccented } from '../domain/office-names.js';
import { sameOrMergedInto } from '../domain/provinces.js';
import type { FileRow } from './file-report.js';
import type { SubtotalProvince } from './row-labels.js';

/** rows held in one block at most: beyond, they go on as they are */
const MAX_HELD = 100_000;

export class ProvinceSubtotalBlocks {
  private held: FileRow[] = [];

  /**
   * `subtotalOf`: the province a subtotal row names (subtotalProvince) in the row's year, or null
   * for any other row; `reportProvince`: the one province the file's name or title gives its rows.
   */
  constructor(
    private readonly subtotalOf: (row: FileRow) => { readonly subtotal: SubtotalProvince; readonly year: number | null } | null,
    private readonly reportProvince: () => string | null,
  ) {}

  /** The rows that may be handed on now, in file order. */
  see(row: FileRow): FileRow[] {
    const named = this.subtotalOf(row);
    const province = named !== null && closesProvinceBlock(named.subtotal, this.lastOffice(), this.reportProvince(), named.year) ? named.subtotal.province : null;
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

  /** the last office's row held: what a subtotal right below it closes */
  private lastOffice(): FileRow | undefined {
    for (let i = this.held.length - 1; i >= 0; i--) if (this.held[i]!.kind === 'data') return this.held[i];
    return undefined;
  }

  /** At the end of the file, or when a block ends without its province's subtotal: the rows as they are. */
  end(): FileRow[] {
    const out = this.held;
    this.held = [];
    return out;
  }
}

/**
 * Whether a subtotal naming a province closes that province's block. Named as one ("Cộng tỉnh
 * Hòa Bình") it does; bare ("Cộng Hòa Bình") the name may be a district's of another province,
 * so not where the file's name or title fixes one province other than it (nor one it was merged
 * into: a 2025 Phú Thọ report's "Cộng Hòa Bình" closes the former province's block), and not
 * right below rows naming an enforcer of an office so named: the office's subtotal over its
 * enforcers (TT 05/2024's forms by enforcer), as "Cộng Mỹ Lộc" is.
 */
export function closesProvinceBlock(subtotal: SubtotalProvince, above: FileRow | undefined, reportProvince: string | null, year: number | null): boolean {
  if (!subtotal.bare) return true;
  const { province } = subtotal;
  if (reportProvince !== null && !sameOrMergedInto(province, reportProvince, year) && !sameOrMergedInto(reportProvince, province, year)) return false;
  return !(above?.named === true && above.row.district !== null && mayBeOneOfficeUnaccented(subtotal.name, above.row.district));
}
