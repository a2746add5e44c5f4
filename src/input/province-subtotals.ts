// A file by office without a Tỉnh column, where each province's offices are closed by their
// subtotal ("Cộng tỉnh Tiền Giang", "Cộng Bến Tre") — a Cụm thi đua's report (work60a 01): the
// offices since the block before are that province's, so two provinces' "Châu Thành" stay two.
// The subtotal itself is checked against them as before (domain/declared-rows.ts). Rows are held
// until the block closes; any other declared row (a total, a section's row naming no province, a
// numbered row) or a title ends a block without giving a province. Only the reference reader sees
// these rows: the fast path hands over every file with such a row (fast/row-scanner.ts).
// A bare "Cộng Hòa Bình" may be a district's: Bạc Liêu has a huyện Hòa Bình (work61a 01), so
// it closes a province's block only where the report may hold several (closesProvinceBlock).
// A province's whole below its offices ("Tiền Giang (toàn tỉnh)") closes them so too, but it may
// also be a one-province file's total at the end: it is their subtotal where offices follow it or
// a block was closed before it; else it stays the total it was (its offices given no province).
// The same province's block closed twice over an office of the first is the same offices again:
// a second table, refused as a total's would be (second-table.ts).
import { keyString } from '../domain/aggregate.js';
import { mayBeOneOfficeUnaccented } from '../domain/office-names.js';
import { provinceKey, sameOrMergedInto } from '../domain/provinces.js';
import { ThadsError } from '../errors.js';
import type { FileRow } from './file-report.js';
import type { SubtotalProvince } from './row-labels.js';

/** rows held in one block at most: beyond, they go on as they are */
const MAX_HELD = 100_000;

/** A row closing its province's offices, as subtotalOf reads it; `whole`: "Tiền Giang (toàn tỉnh)" (row-labels.ts closingProvince). */
export interface Closing {
  readonly subtotal: SubtotalProvince & { readonly whole?: boolean };
  readonly year: number | null;
}

export class ProvinceSubtotalBlocks {
  private held: FileRow[] = [];
  /** a province's whole below the held offices, decided by the row after it */
  private whole: { readonly row: FileRow; readonly province: string } | null = null;
  /** the blocks closed so far: each province's offices, and the row that closed them */
  private readonly closed = new Map<string, { readonly line: number; readonly offices: Set<string> }>();
  /** the first bare subtotal that closed a block ("Cộng Hòa Bình"), and whether any closing proves the report several provinces' */
  private bare: { readonly row: FileRow; readonly province: string } | null = null;
  private proven = false;

  /**
   * `subtotalOf`: the province a subtotal row names (closingProvince) in the row's year, or null
   * for any other row; `reportProvince`: the one province the file's name or title gives its rows;
   * `leadProvince`: the one province a title naming a cluster names (its lead Cục, its sender).
   */
  constructor(
    private readonly subtotalOf: (row: FileRow) => Closing | null,
    private readonly reportProvince: () => string | null,
    private readonly leadProvince: () => string | null = () => null,
    private readonly mayClose: () => boolean = () => true,
  ) {}

  /** The rows that may be handed on now, in file order. */
  see(row: FileRow): FileRow[] {
    // Where no row can close a block (a Tỉnh column names every row's province), none is held:
    // a big file's rows would wait here by the hundred thousand for nothing.
    if (this.held.length === 0 && this.whole === null && !this.mayClose()) return [row];
    // (rows below it, a next block's title or offices, make it a subtotal; a total below it, none)
    const decided = this.whole === null ? [] : row.kind === 'total' ? this.keepTotal() : this.close(this.whole.row, this.whole.province);
    return [...decided, ...this.next(row)];
  }

  private next(row: FileRow): FileRow[] {
    const named = this.subtotalOf(row);
    const province = named !== null && closesProvinceBlock(named.subtotal, this.lastOffice(), this.reportProvince(), named.year) ? named.subtotal.province : null;
    if (province !== null && named!.subtotal.whole === true && this.closed.size === 0) {
      this.seeClosing(named!, row, province);
      this.whole = { row, province };
      return [];
    }
    if (province !== null) {
      this.seeClosing(named!, row, province);
      return this.close(row, province);
    }
    if (row.kind !== 'data' && row.kind !== 'other-year') return [...this.end(), row];
    this.held.push(row);
    return this.held.length > MAX_HELD ? this.end() : [];
  }

  /** The held offices are `province`'s, closed by `row`. */
  private close(row: FileRow, province: string): FileRow[] {
    this.whole = null;
    const own = (r: FileRow): FileRow => (r.kind === 'data' && r.row.province === null ? { ...r, row: { ...r.row, province } } : r);
    const out = [...this.held.map(own), { ...row, kind: 'section' as const }];
    this.held = [];
    this.remember(out, row, province);
    return out;
  }

  /** A province's whole with no office below it and no block before it: the file's total, as it was read before. */
  private keepTotal(): FileRow[] {
    const { row } = this.whole!;
    this.whole = null;
    const out = [...this.held, { ...row, kind: 'total' as const }];
    this.held = [];
    return out;
  }

  /** Refuses a block of a province closed before whose offices come again (SECOND_TABLE). */
  private remember(rows: readonly FileRow[], closing: FileRow, province: string): void {
    const key = provinceKey(province);
    const before = this.closed.get(key);
    const offices = before?.offices ?? new Set<string>();
    for (const r of rows) {
      if (r.kind !== 'data') continue;
      const office = keyString({ province: null, district: r.row.district, year: r.row.year });
      if (before !== undefined && before.offices.has(office)) {
        throw new ThadsError('SECOND_TABLE', `"${r.row.district}" comes again in the rows of ${province} closed by "${closing.row.district}" (line ${closing.row.line}), after the rows closed by line ${before.line}: a second table (another year, "cùng kỳ"), whose figures would be added to the first table's`, { file: r.row.file, line: r.row.line });
      }
      offices.add(office);
    }
    this.closed.set(key, { line: before?.line ?? closing.row.line, offices });
  }

  /** the last office's row held: what a subtotal right below it closes */
  private lastOffice(): FileRow | undefined {
    for (let i = this.held.length - 1; i >= 0; i--) if (this.held[i]!.kind === 'data') return this.held[i];
    return undefined;
  }

  /**
   * Under a cluster's title sent by one Cục, a bare "Cộng X" proves X a province only beside
   * another closing: a named one ("Cộng tỉnh Bến Tre"), another province's, or the lead's own
   * (its offices are in its cluster's report). Alone it may be a district's subtotal of the
   * sender's own report that names its cluster for context (Bạc Liêu's huyện Hòa Bình).
   */
  private seeClosing(named: Closing, row: FileRow, province: string): void {
    const lead = this.leadProvince();
    if (lead === null || this.proven) return;
    const other = this.bare !== null && provinceKey(this.bare.province) !== provinceKey(province);
    if (!named.subtotal.bare || other || sameOrMergedInto(province, lead, named.year) || sameOrMergedInto(lead, province, named.year)) this.proven = true;
    else this.bare ??= { row, province };
  }

  /** At the end of the file: refuses a bare name that alone gave offices a province the sender's title may not mean (seeClosing). */
  done(): void {
    const bare = this.bare;
    if (bare === null || this.proven) return;
    const lead = this.leadProvince()!;
    throw new ThadsError('PROVINCE_CONFLICT', `"${bare.row.row.district}" closes the rows above it as ${bare.province}'s, but the title is ${lead}'s and names its cluster, and no row closes ${lead}'s own offices nor names another province: it may be the subtotal of a district so named in ${lead}`, { file: bare.row.row.file, line: bare.row.row.line });
  }

  /** At the end of the file, or when a block ends without its province's subtotal: the rows as they are. */
  end(): FileRow[] {
    if (this.whole !== null) return this.keepTotal();
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
