// Per-office sums of one file, in flat typed arrays (office × figure slot): whole units (hi)
// and units of the file's last decimal (lo: thousandths, or millionths in nghìn đồng) as
// Numbers, spilling into a BigInt before hi could lose a unit, and the largest scale (decimals)
// seen, in the file's unit. Turned into the domain's Decimals in đồng once, at the end.
import { keyString } from '../../domain/aggregate.js';
import { fromScaled } from '../../domain/decimal.js';
import { emptyFigures, type Figures } from '../../domain/figures.js';
import { MEASURES, type Measure } from '../../domain/fields.js';
import { initialsKey, initialsWritten, oneOfficeKey } from '../../domain/office-names.js';
import { provinceKey } from '../../domain/provinces.js';
import type { FigureColumn } from '../layout.js';
import { ownOfficeNamed } from '../row-labels.js';
import { joinedVariantKey, writtenSqueezed } from '../../domain/office-names.js';
import { type TellingKeys, TellingRows } from './telling-rows.js';

/** One office's rows of one file, summed. */
export interface OfficeSums {
  readonly province: string | null;
  readonly district: string;
  readonly year: number | null;
  /** first physical line */
  readonly line: number;
  /** line of its second row, when it has several */
  readonly repeatLine: number | null;
  rows: number;
  /** given figures per measure, as the reference reader's rows would add up */
  readonly figures: Partial<Record<Measure, Figures>>;
}

/** Whole đồng spill into a BigInt before a Number could lose a unit. */
export const SPILL = 2 ** 52;
const POW10 = [1, 10, 100, 1000, 1e4, 1e5, 1e6];

interface Office {
  readonly province: string | null;
  readonly district: string;
  readonly year: number | null;
  readonly line: number;
}

/** An OfficeTable as plain data, for a worker thread to hand over (its arrays can be transferred). */
export interface TableData {
  readonly offices: readonly Office[];
  readonly rows: Float64Array;
  readonly repeatLine: Float64Array;
  readonly hi: Float64Array;
  readonly lo: Float64Array;
  readonly scale: Uint8Array;
  readonly big: Map<number, bigint>;
  /** per office: 1 + the STT number of its first numbered row, 0: none (numbered) */
  readonly firstItem: Float64Array;
  /** office × ITEMS + item: the STT numbers of its later numbered rows (numbered) */
  readonly items: Set<number>;
  /** per office: the office it is under DUPLICATE_OFFICE's key ("Thuỷ" is "Thủy", capitals are small letters), the first so written (officeRow) */
  readonly canon: Float64Array;
  /** per such office: its office rows (no enforcer's) so far (officeRow) */
  readonly officeRows: Float64Array;
  /** per such office: 1 + the office its first office row was added to (officeRow) */
  readonly firstRowOf: Float64Array;
  /** per such office: 1 + the hash of its first office row's figures, 0: none non-zero (officeRow) */
  readonly firstFigures: Float64Array;
  /** per such office: 1 when its second office row has its first's figures (officeRow) */
  readonly twin: Uint8Array;
  /** the keys of its office rows' figures that may be telling, each with its office (tellingRow, TellingRows.keys) */
  readonly telling: TellingKeys;
}

/** STT numbers an office's numbered rows are told apart by: 1–4 digits (row-labels.ts itemNumber) */
const ITEMS = 10_000;

export class OfficeTable {
  /** in order of first appearance */
  readonly offices: Office[] = [];
  rows = new Float64Array(64);
  /** 0: none */
  repeatLine = new Float64Array(64);
  /** [office × slots + slot] */
  hi: Float64Array;
  lo: Float64Array;
  scale: Uint8Array;
  /** [office × slots + slot] → whole đồng spilled out of hi */
  readonly big = new Map<number, bigint>();
  /** per office: 1 + the STT number of its first numbered row, 0: none (numbered) */
  firstItem = new Float64Array(64);
  /** office × ITEMS + item: the STT numbers of its later numbered rows, other than the first's (numbered; most offices have none) */
  readonly items = new Set<number>();
  /** per office: the office it is under DUPLICATE_OFFICE's key, the first so written (officeRow) */
  canon = new Float64Array(64);
  /** per such office: its office rows (no enforcer's) so far (officeRow) */
  officeRows = new Float64Array(64);
  /** per such office: 1 + the office its first office row was added to (officeRow) */
  firstRowOf = new Float64Array(64);
  /** per such office: 1 + the hash of its first office row's figures, 0: none non-zero (officeRow) */
  firstFigures = new Float64Array(64);
  /** per such office: 1 when its second office row has its first's figures (officeRow) */
  twin = new Uint8Array(64);
  /** such office and the hash of an office row's figures that may be telling (tellingRow; most rows of a long export are not) */
  readonly telling = new TellingRows();
  /** DUPLICATE_OFFICE's office key → the first office so written (officeRow) */
  private readonly folded = new Map<string, number>();
  /**
   * Offices naming the province's own office (row-labels.ts ownOfficeNamed: "Văn phòng Cục", "Cục
   * THADS tỉnh Nam Định"), by province and year: two of one place may be that office under two
   * names, which the reference judges (domain/repeated-rows.ts rule 4: ownTwins).
   */
  private readonly own = new Map<string, number[]>();
  // district → province ('' for none) → year → office
  private readonly ids = new Map<string, Map<string, Map<number | null, number>>>();

  /** lo per unit of hi */
  private readonly unit: number;
  /** hi × unit + lo stays below 2^53 while hi is below this */
  private readonly safeHi: number;

  /**
   * `fraction`: the decimals lo counts (3: thousandths). `reserve`: offices to make room for at
   * once (a power of two, 64 or more): a table that grows by copies leaves its old arrays to wait
   * for a full collection, as much again as the last (read-fast.ts reserves for big files).
   */
  constructor(
    readonly slots: number,
    readonly fraction: number,
    reserve = 64,
  ) {
    this.unit = POW10[fraction]!;
    this.safeHi = Math.floor(Number.MAX_SAFE_INTEGER / this.unit) - 1;
    this.hi = new Float64Array(64 * slots);
    this.lo = new Float64Array(64 * slots);
    this.scale = new Uint8Array(64 * slots);
    if (reserve > 64) this.resize(reserve);
  }

  /** The office's number, added (at `line`) if new. */
  id(district: string, province: string | null, year: number | null, line: number): number {
    let byProvince = this.ids.get(district);
    if (!byProvince) this.ids.set(district, (byProvince = new Map()));
    let byYear = byProvince.get(province ?? '');
    if (!byYear) byProvince.set(province ?? '', (byYear = new Map()));
    let id = byYear.get(year);
    if (id === undefined) {
      id = this.offices.length;
      this.offices.push({ province, district, year, line });
      byYear.set(year, id);
      if (id >= this.rows.length) this.grow();
      const key = keyString({ province, district, year });
      const first = this.folded.get(key);
      if (first === undefined) {
        this.folded.set(key, id);
        this.telling.name(id, key);
      }
      this.canon[id] = first ?? id;
      if (ownOfficeNamed(district, province, year) !== null) {
        const place = `${provinceKey(province ?? '')}\u0000${year ?? ''}`;
        const ids = this.own.get(place);
        if (ids) ids.push(id);
        else this.own.set(place, [id]);
      }
    }
    return id;
  }

  /** Whether the office is in the table. */
  has(office: Office): boolean {
    return this.ids.get(office.district)?.get(office.province ?? '')?.has(office.year) ?? false;
  }

  /** A new entry of its own (the row log: one per data row, of statistics year `year`), added at `line`. */
  append(line: number, year: number | null = null): number {
    const id = this.offices.length;
    this.offices.push({ province: null, district: '', year, line });
    if (id >= this.rows.length) this.grow();
    return id;
  }

  /**
   * A row of office `id` numbered `item` (its STT): whether an earlier row of the office was
   * numbered so already — maybe the same row pasted twice, which only the reference reader
   * judges, by its figures (domain/repeated-rows.ts).
   */
  numbered(id: number, item: number): boolean {
    const first = this.firstItem[id]!;
    if (first === 0) {
      this.firstItem[id] = item + 1;
      return false;
    }
    if (first === item + 1) return true;
    const key = id * ITEMS + item;
    if (this.items.has(key)) return true;
    this.items.add(key);
    return false;
  }

  /**
   * An office row (no enforcer's) of office `id`: how many office rows its office (under
   * DUPLICATE_OFFICE's key) had before it. Only the first two are looked at (firstRows).
   */
  officeRow(id: number): number {
    return this.officeRows[this.canon[id]!]!++;
  }

  /**
   * The first (`before` 0) or second (1) office row of office `id`'s office, its figures hashing
   * to `hash` (32 bits, -1: none non-zero), its cells `rowHi`, `rowLo`, `rowScale`, before it is
   * added: the second marks the office a twin when its figures are the first's (exactly, where the
   * first row is its office's only row so far: the office's sums are its figures). An office on
   * exactly two such rows, twins, may be a table pasted twice (pastedTwice).
   */
  firstRows(id: number, before: number, hash: number, rowHi: Float64Array, rowLo: Float64Array, rowScale: Uint8Array): void {
    const office = this.canon[id]!;
    if (before === 0) {
      this.firstRowOf[office] = id + 1;
      this.firstFigures[office] = hash + 1;
      return;
    }
    if (hash < 0 || this.firstFigures[office] !== hash + 1) return;
    const first = this.firstRowOf[office]! - 1;
    if (this.rows[first] === 1) {
      const { slots, hi, lo, big } = this;
      for (let j = 0; j < slots; j++) {
        const at = first * slots + j;
        if (big.has(at)) break; // (spilled: the hash stands for it, the reference compares)
        if (hi[at] !== rowHi[j] || lo[at] !== (rowScale[j] !== 0 ? rowLo[j] : 0)) return;
      }
    }
    this.twin[office] = 1;
  }

  /**
   * An office row of office `id` whose figures, hashing to `h` and `g` (row-scanner.ts figuresHash), may be
   * telling (row-scanner.ts figuresHash): an earlier such row of its office keyed alike makes the
   * office's rows maybe a row pasted again among three or more, which the reference judges
   * (domain/repeated-rows.ts rule 2).
   */
  tellingRow(id: number, h: number, g: number): void {
    this.telling.add(this.canon[id]!, h, g);
  }

  /** Closes what the telling rows' keys hold open (their spill files): the read is over. */
  release(): void {
    this.telling.release();
  }

  /** Whether an office is on exactly two office rows with the same figures, or on more with two maybe telling alike: maybe a table pasted twice, which only the reference reader judges (domain/repeated-rows.ts). */
  pastedTwice(province: string | null = null): boolean {
    if (this.telling.twin()) return true;
    for (let id = 0; id < this.offices.length; id++) if (this.twin[id] === 1 && this.officeRows[id] === 2) return true;
    return this.ownTwins() || (this.firstFiguresShared() && (this.variantTwins(province) || this.joinedTwins(province)));
  }

  /**
   * Whether two offices on one office row each have first rows hashing alike, not all zero: what
   * variantTwins and joinedTwins need before either can say yes (their keys end in that hash), so
   * a file whose offices' figures all differ skips their per-name keys.
   */
  private firstFiguresShared(): boolean {
    const { canon, officeRows, firstFigures } = this;
    const seen = new Set<number>();
    for (let id = 0; id < this.offices.length; id++) {
      if (canon[id] !== id || officeRows[id] !== 1 || firstFigures[id] === 0) continue;
      if (seen.has(firstFigures[id]!)) return true;
      seen.add(firstFigures[id]!);
    }
    return false;
  }

  /**
   * Whether two offices on one office row each, one of them named squeezed ("VuBan", "vuban":
   * writtenSqueezed), of one office under joinedKey in their province and year (joinedVariantKey),
   * have first rows hashing alike, not all zero: maybe one row pasted twice ("Vụ Bản", "VuBan"),
   * which the reference judges (domain/repeated-rows.ts rule 2, joinedTwins). More than the rule
   * asks, never less; nothing is keyed unless some office is so named.
   */
  private joinedTwins(province: string | null): boolean {
    const { canon, officeRows, firstFigures } = this;
    if (!this.offices.some((o) => writtenSqueezed(o.district))) return false;
    const seen = new Map<string, boolean>();
    for (let id = 0; id < this.offices.length; id++) {
      if (canon[id] !== id || officeRows[id] !== 1 || firstFigures[id] === 0) continue;
      const o = this.offices[id]!;
      const place = { province: o.province ?? province, year: o.year };
      const key = `${joinedVariantKey(o.district, oneOfficeKey(o.district, place), place)}\u0000${firstFigures[id]}`;
      const squeezed = writtenSqueezed(o.district);
      const before = seen.get(key);
      if (before !== undefined && (before || squeezed)) return true;
      seen.set(key, (before ?? false) || squeezed);
    }
    return false;
  }

  /**
   * Whether two offices on one office row each, of one office under OFFICE_NAME_VARIANTS' key
   * (oneOfficeKey, in the row's province or else `province`, the title's), have first rows hashing
   * alike, not all zero: maybe one row pasted twice under two names ("Vụ Bản", "Chi cục THADS
   * huyện Vụ Bản"), which the reference judges (domain/repeated-rows.ts rule 2). More than the
   * rule asks (units and figures unread), never less.
   */
  private variantTwins(province: string | null): boolean {
    const { canon, officeRows, firstFigures } = this;
    const seen = new Map<string, number>();
    // (a bare initials cell, "VB", beside a name in words of those initials, "Vụ Bản", with first
    // rows hashing alike: maybe one row pasted twice, rule 2's too — keyed so only where some
    // office is so written, office-names.ts initialsWritten; which cells the rule pairs, the
    // reference says: initialsTwins)
    const initialsToo = this.offices.some((o) => initialsWritten(o.district) !== null);
    const cells = new Set<string>();
    const words = new Set<string>();
    for (let id = 0; id < this.offices.length; id++) {
      if (canon[id] !== id || officeRows[id] !== 1 || firstFigures[id] === 0) continue;
      const o = this.offices[id]!;
      const variant = oneOfficeKey(o.district, { province: o.province ?? province, year: o.year });
      const key = `${variant}\u0000${firstFigures[id]}`;
      if (seen.has(key)) return true;
      seen.set(key, id);
      const initials = initialsToo ? initialsKey(o.district, variant) : null;
      if (initials === null) continue;
      const by = `${initials.key}\u0000${firstFigures[id]}`;
      if ((initials.cell ? words : cells).has(by)) return true;
      (initials.cell ? cells : words).add(by);
    }
    return false;
  }

  /**
   * Whether two offices or more naming the province's own office under two names, of one place,
   * have office rows (officeRow) with figures maybe not all zero (its first row's not, or several
   * rows), the same or not: maybe one office twice (rule 4, any number of rows), which the
   * reference judges, a total among them too. More than the rule asks (the names' provinces
   * unread, zeros on later rows), never less: the reference reads what this hands it as it reads
   * any file.
   */
  private ownTwins(): boolean {
    const { canon, officeRows, firstFigures } = this;
    for (const ids of this.own.values()) {
      const offices = new Set(ids.map((id) => canon[id]!).filter((o) => officeRows[o]! > 1 || (officeRows[o] === 1 && firstFigures[o] !== 0)));
      if (offices.size >= 2) return true;
    }
    return false;
  }

  /** Adds one row's cells (whole units, last-decimal units, scale per slot) to entry `id`, read at `line`. */
  add(id: number, rowHi: Float64Array, rowLo: Float64Array, rowScale: Uint8Array, line: number): void {
    if (++this.rows[id]! === 2) this.repeatLine[id] = line;
    const { hi, lo, scale, slots } = this;
    const base = id * slots;
    for (let j = 0; j < slots; j++) {
      const at = base + j;
      const sum = hi[at]! + rowHi[j]!;
      hi[at] = sum;
      if (sum >= SPILL) this.spill(at);
      const cellScale = rowScale[j]!;
      if (cellScale !== 0) {
        lo[at]! += rowLo[j]!;
        if (cellScale > scale[at]!) scale[at] = cellScale;
      }
    }
  }

  private grow(): void {
    this.resize(2 * this.rows.length);
  }

  private resize(n: number): void {
    const more = <T extends Float64Array | Uint8Array>(a: T, len: number, make: (len: number) => T): T => {
      const b = make(len);
      b.set(a);
      return b;
    };
    this.rows = more(this.rows, n, (l) => new Float64Array(l));
    this.repeatLine = more(this.repeatLine, n, (l) => new Float64Array(l));
    this.firstItem = more(this.firstItem, n, (l) => new Float64Array(l));
    this.canon = more(this.canon, n, (l) => new Float64Array(l));
    this.officeRows = more(this.officeRows, n, (l) => new Float64Array(l));
    this.firstRowOf = more(this.firstRowOf, n, (l) => new Float64Array(l));
    this.firstFigures = more(this.firstFigures, n, (l) => new Float64Array(l));
    this.twin = more(this.twin, n, (l) => new Uint8Array(l));
    this.hi = more(this.hi, n * this.slots, (l) => new Float64Array(l));
    this.lo = more(this.lo, n * this.slots, (l) => new Float64Array(l));
    this.scale = more(this.scale, n * this.slots, (l) => new Uint8Array(l));
  }

  data(): TableData {
    const { offices, rows, repeatLine, hi, lo, scale, big, firstItem, items, canon, officeRows, firstRowOf, firstFigures, twin } = this;
    return { offices, rows, repeatLine, hi, lo, scale, big, firstItem, items, canon, officeRows, firstRowOf, firstFigures, twin, telling: this.telling.keys() };
  }

  /**
   * Adds the sums of a later part of the file, whose lines are counted from `lineOffset`:
   * offices new to this table come after its own, in the part's order. True when an office's
   * row of the part is numbered as one of this table's rows of it (numbered). An office's office
   * rows are counted on, its first two compared across the parts (officeRow: pastedTwice says).
   */
  merge(part: TableData, lineOffset: number): boolean {
    const { slots } = this;
    /** the part's office w is this table's office ids[w] */
    const ids = new Int32Array(part.offices.length);
    part.offices.forEach((office, w) => {
      ids[w] = this.id(office.district, office.province, office.year, office.line + lineOffset);
    });
    // Office rows (officeRow), before the sums are added: an office's one row in each part compared.
    part.offices.forEach((_, w) => {
      const rowsThere = part.officeRows[w]!;
      if (part.canon[w] !== w || rowsThere === 0) return;
      const office = this.canon[ids[w]!]!;
      const rowsHere = this.officeRows[office]!;
      const firstThere = part.firstRowOf[w]! - 1;
      if (rowsHere === 0) {
        this.firstRowOf[office] = ids[firstThere]! + 1;
        this.firstFigures[office] = part.firstFigures[w]!;
        this.twin[office] = part.twin[w]!;
      } else if (rowsHere === 1 && rowsThere === 1 && this.firstFigures[office] !== 0 && this.firstFigures[office] === part.firstFigures[w]) {
        const firstHere = this.firstRowOf[office]! - 1;
        let same = true;
        if (this.rows[firstHere] === 1 && part.rows[firstThere] === 1) {
          for (let j = 0; j < slots; j++) {
            const here = firstHere * slots + j;
            const there = firstThere * slots + j;
            if (this.big.has(here) || part.big.has(there)) break; // (spilled: the hash stands for it)
            if (this.hi[here] !== part.hi[there] || this.lo[here] !== part.lo[there]) same = false;
          }
        }
        if (same) this.twin[office] = 1;
      }
      this.officeRows[office] = rowsHere + rowsThere;
    });
    // (the part's rows maybe telling, keyed with their office's name as here: tellingRow)
    this.telling.addAll(part.telling);
    part.offices.forEach((office, w) => {
      const id = ids[w]!;
      const before = this.rows[id]!;
      // The office's second row: this table's, or the part's first (or its second).
      if (before === 1) this.repeatLine[id] = office.line + lineOffset;
      else if (before === 0 && part.repeatLine[w] !== 0) this.repeatLine[id] = part.repeatLine[w]! + lineOffset;
      this.rows[id] = before + part.rows[w]!;
      const { hi, lo, scale } = this;
      for (let j = 0; j < slots; j++) {
        const at = id * slots + j;
        const from = w * slots + j;
        hi[at]! += part.hi[from]!; // both below 2^52: the sum is exact
        if (hi[at]! >= SPILL) this.spill(at);
        lo[at]! += part.lo[from]!;
        if (part.scale[from]! > scale[at]!) scale[at] = part.scale[from]!;
      }
    });
    // What the part spilled out of its Numbers (few cells): looked up once each, not per cell.
    for (const [from, big] of part.big) {
      const at = ids[Math.floor(from / slots)]! * slots + (from % slots);
      this.big.set(at, (this.big.get(at) ?? 0n) + big);
    }
    // An office numbered alike in both parts (numbered): said, for the reference reader to judge.
    let again = false;
    part.offices.forEach((_, w) => {
      if (part.firstItem[w] !== 0 && this.numbered(ids[w]!, part.firstItem[w]! - 1)) again = true;
    });
    for (const key of part.items) if (this.numbered(ids[Math.floor(key / ITEMS)]!, key % ITEMS)) again = true;
    return again;
  }

  /** Moves whole đồng out of hi[at] into the BigInt side. */
  spill(at: number): void {
    this.big.set(at, (this.big.get(at) ?? 0n) + BigInt(this.hi[at]!));
    this.hi[at] = 0;
  }

  /** The exact sums: whole units and units of the last decimal put together, at the largest scale the rows used. */
  result(figureColumns: readonly FigureColumn[], measures: readonly Measure[]): OfficeSums[] {
    const { slots } = this;
    return this.offices.map((office, id) => {
      const figures: Partial<Record<Measure, Figures>> = {};
      for (const m of MEASURES) if (measures.includes(m)) figures[m] = emptyFigures();
      figureColumns.forEach((col, j) => {
        const at = id * slots + j;
        const scale = this.scale[at]!;
        const hi = this.hi[at]!;
        const lo = this.lo[at]!;
        const big = this.big.get(at) ?? 0n;
        let units: bigint | number;
        if (big === 0n && hi < this.safeHi) {
          // Still inside Number's exact range: no BigInt at all.
          units = (hi * this.unit + lo) / POW10[this.fraction - scale]!;
        } else {
          const last = (big + BigInt(hi)) * BigInt(this.unit) + BigInt(lo);
          units = last / 10n ** BigInt(this.fraction - scale);
        }
        // The hand-over: the integer sums become the domain's Decimals here, once per office,
        // with the column's power of ten (nghìn đồng: 3) applied exactly.
        let shift = scale - col.exponent;
        if (shift < 0 && typeof units === 'number' && units * 10 ** -shift < 2 ** 53) {
          // Whole đồng below 2^53 (the product of two integers is exact there): decimal.js's
          // fast path for Numbers, not a string "123e3" to parse.
          units *= 10 ** -shift;
          shift = 0;
        }
        figures[col.measure]![col.fieldIndex] = fromScaled(units, shift);
      });
      const repeat = this.repeatLine[id]!;
      return { ...office, rows: this.rows[id]!, repeatLine: repeat === 0 ? null : repeat, figures };
    });
  }
}
