// The row numbers beside the office column, written without a header of their own: "Đơn vị"
// merged over two columns, the row numbers 1, 2, 3 under its first and the offices' names under
// its second ("Đơn vị,,Tổng số thụ lý,…"), or the STT's header cell left empty before "Đơn vị".
// A column whose cells are all row numbers is the STT, never the office: read as the office, the
// offices were printed as "1", "2", "3" with exit 0, and --previous paired them by their number
// (other offices compared); left of "Đơn vị" under no header it was refused for nothing
// (GROUP_HEADER_SPANS naming a title line, VALUE_WITHOUT_HEADER on the "1").
//
// The header alone cannot tell (a column nobody named beside "Đơn vị" may hold figures, or the
// office's names "Quận 1"): the header search asks for the rows below (RowNumbersNeeded), the
// reference reader reads them (read-csv.ts), the fast path gives up to it (fast/header-line.ts).
// Both readers and the xlsx read the same header search (header-search.ts), so the rule is here.
import { hasLetter } from '../domain/letters.js';
import type { HeaderMatcher } from './headers.js';
import { isRomanNumber, isSectionNumber } from './row-labels.js';

/** Where the row numbers may be: `numbers` their column, `names` the office's (0-based). */
export interface RowNumberShape {
  readonly numbers: number;
  readonly names: number;
  /** the office's header cell, as written (`names` is its column once read) */
  readonly office: number;
  readonly officeHeader: string;
  /** the office's header spans the row numbers' column (merged over both, its text over the numbers) */
  readonly spans: boolean;
}

/** The header's shape asks for its rows: which of the shapes (if any) their cells hold. */
export class RowNumbersNeeded extends Error {
  constructor(readonly shapes: readonly RowNumberShape[]) {
    super('the rows decide which column holds the row numbers');
  }
}

/**
 * The shapes of a header that may hide row numbers: the office's column (its name column:
 * district, else province) with a column beside it that no header row names — to its right
 * ("Đơn vị" merged over the numbers and the names) or to its left (the STT's header left empty).
 */
export function rowNumberShapes(matcher: HeaderMatcher, header: readonly string[], blankAt: (column: number) => boolean): RowNumberShape[] {
  const keyed = (key: string) => header.flatMap((c, i) => {
    const role = matcher.match(c);
    return role.kind === 'identity' && role.key === key ? [i] : [];
  });
  const districts = keyed('district');
  const named = districts.length > 0 ? districts : keyed('province');
  if (named.length !== 1) return [];
  const office = named[0]!;
  const officeHeader = header[office]!;
  const blank = (i: number) => i >= 0 && i < header.length && (header[i] ?? '').trim() === '' && blankAt(i);
  const out: RowNumberShape[] = [];
  if (blank(office + 1)) out.push({ numbers: office, names: office + 1, office, officeHeader, spans: true });
  if (blank(office - 1)) out.push({ numbers: office - 1, names: office, office, officeHeader, spans: false });
  // The first column blank before the identity columns ("", "province", "district", …): a row
  // index as pandas' to_csv and R's write.csv write it (traps20 5: VALUE_WITHOUT_HEADER on its "0").
  else if (office > 1 && blank(0) && header.slice(1, office).every((c) => matcher.match(c).kind === 'identity')) out.push({ numbers: 0, names: office, office, officeHeader, spans: false });
  return out;
}

/** A number a row of the list is numbered by: "1", "2.", a section's "I", "II", "A", an item's part "1.1". */
function itemOf(cell: string): number | null {
  const m = /^(\d{1,3})\s*\.?$/.exec(cell);
  return m ? Number(m[1]) : null;
}
function isOtherRowNumber(cell: string): boolean {
  return isRomanNumber(cell) || isSectionNumber(cell) || /^\d{1,3}(\.\d{1,2})+\.?$/.test(cell);
}
/** A figure cell: digits and their separators only. */
function isFigure(cell: string): boolean {
  return /^\s*-?[\d.,\s]*\d[\d.,\s]*%?\s*$/.test(cell);
}

/**
 * The rows below the header, one at a time: whether the shape's column holds row numbers only.
 * Rows of the table are those naming something in the names' column or holding figures (a title,
 * a footer's "Nơi nhận:" or signature, or the form's column numbers "(1), (2)…" are none). On
 * each, the numbers' cell is empty or a row number; a numbered row names its office ("1 | Chi cục
 * Mỹ Lộc", not figures under no header); the items count up from 1 ("1, 2, 3", again from 1
 * under a section; pandas' index from 0): figures that happen to be small numbers do not. At least one item is numbered.
 */
export class RowNumberJudge {
  private items = 0;
  private previous = 0;
  private failed = false;

  constructor(private readonly shape: RowNumberShape) {}

  /** False once a row shows the column is no row numbers' (the rest need not be read). */
  see(row: readonly string[]): boolean {
    if (this.failed) return false;
    const { numbers, names } = this.shape;
    if (!row.some((c) => /\p{L}{2}/u.test(c))) return true;
    const number = (row[numbers] ?? '').trim();
    const name = (row[names] ?? '').trim();
    const figures = row.some((c, i) => i !== numbers && i !== names && isFigure(c));
    if (!hasLetter(name) && !figures) return true;
    if (number === '') return true;
    const item = itemOf(number);
    // (from 0 at the first: pandas' to_csv writes its index so, ",district,…" over 0, 1, 2, traps20 5)
    if (item !== null && hasLetter(name) && (item === 1 || item === this.previous + 1 || (this.items === 0 && item === 0))) {
      this.previous = item;
      this.items++;
      return true;
    }
    if (item === null && isOtherRowNumber(number)) return true;
    this.failed = true;
    return false;
  }

  get holds(): boolean {
    return !this.failed && this.items > 0;
  }
}

/** The header as read with the shape: the row numbers' column an STT, the names' the office's. */
export function withRowNumbers(header: readonly string[], shape: RowNumberShape): string[] {
  const cells = [...header];
  cells[shape.numbers] = 'STT';
  cells[shape.names] = shape.officeHeader;
  return cells;
}

/** What the file's header says over the row numbers' column (inspect: no "STT" was written). */
export function rowNumbersHeader(shape: RowNumberShape): string {
  const office = shape.officeHeader.replace(/\s+/g, ' ').trim();
  return shape.spans ? `(row numbers: “${office}” spans columns ${shape.numbers + 1}–${shape.names + 1})` : '(row numbers: no header)';
}
