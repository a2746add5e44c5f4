// Which other rows of its own column a cell's formula adds up (round 49b, 01): a row of
// =SUM(B2:B3) is a subtotal whatever its label says, even when a row inserted below the range
// makes its figures differ from the rows beside it. Only plain sums are read — SUM(…),
// SUBTOTAL(9|109, …), and '+' chains of these and of single cells; anything else (a minus, a
// product, another sheet's cell, another function) is not a sum of rows and is left alone.

/** A1, $B$7: column letters and row number. */
const REF = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

interface Area {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B2" or "B2:B9" → its area; null for anything else (a name, a whole column, another sheet). */
function area(text: string): Area | null {
  const [from = '', to = from, extra] = text.trim().split(':');
  if (extra !== undefined) return null;
  const a = REF.exec(from.trim());
  const b = REF.exec(to.trim());
  if (!a || !b) return null;
  const [c1, c2] = [columnNumber(a[1]!), columnNumber(b[1]!)];
  const [r1, r2] = [Number(a[2]), Number(b[2])];
  return { left: Math.min(c1, c2), right: Math.max(c1, c2), top: Math.min(r1, r2), bottom: Math.max(r1, r2) };
}

/** SUM's arguments, split at top-level commas: nested calls are not a plain sum. */
function argumentAreas(args: string): Area[] | null {
  if (/[()]/.test(args)) return null;
  const out: Area[] = [];
  for (const arg of args.split(',')) {
    const a = area(arg);
    if (!a) return null;
    out.push(a);
  }
  return out;
}

/** One '+' term: a cell, SUM(…), or SUBTOTAL(9|109, …) (`subtotal`: Excel skips its cells that hold a SUBTOTAL themselves). */
function termAreas(term: string): { readonly areas: Area[]; readonly subtotal: boolean } | null {
  const t = term.trim();
  const call = /^(SUM|SUBTOTAL)\s*\((.*)\)$/.exec(t);
  if (!call) {
    const a = area(t);
    return a && a.left === a.right && a.top === a.bottom ? { areas: [a], subtotal: false } : null;
  }
  const subtotal = call[1] === 'SUBTOTAL';
  // SUBTOTAL's first argument picks the function: 9 and 109 add, the others average, count, …
  const m = subtotal ? /^\s*(9|109)\s*,(.*)$/.exec(call[2]!) : null;
  if (subtotal && !m) return null;
  const areas = argumentAreas(m ? m[2]! : call[2]!);
  return areas ? { areas, subtotal } : null;
}

/** The rows (not its own) of its own column that a formula's terms take in, each with whether a term other than SUBTOTAL's takes it in; null when a term is no plain sum. */
function columnRows(formula: string, row: number, column: number): Map<number, boolean> | null {
  const text = formula.trim().replace(/^=/, '').toUpperCase();
  if (text === '' || text.includes('!')) return null;
  // '+' inside a call's parentheses never splits a term here: SUM's arguments are refs only.
  /** row → taken in by a cell or a SUM (counted whatever it holds) */
  const rows = new Map<number, boolean>();
  for (const term of text.split('+')) {
    const taken = termAreas(term);
    if (!taken) return null;
    for (const a of taken.areas) {
      if (column < a.left || column > a.right) continue;
      for (let r = a.top; r <= a.bottom && rows.size <= 100_000; r++) if (r !== row) rows.set(r, rows.get(r) === true || !taken.subtotal);
    }
  }
  return rows;
}

/**
 * The rows other than its own whose cells of its own column a formula (its text, with or without
 * "=") adds, when it adds at least two; else null.
 *
 *   "SUM(B2:B3)" at B5 → [2, 3];  "B2+B3+B7" at B5 → [2, 3, 7];  "SUBTOTAL(9,$B$2:$B$4)" → [2, 3, 4]
 *   "C5+D5" at B5 (its own row's parts), "B7" (a copy), "'Sheet 2'!B2+…", "B2-B3" → null
 */
export function rowsAddedInColumn(formula: string, row: number, column: number): number[] | null {
  const rows = columnRows(formula, row, column);
  return rows !== null && rows.size >= 2 ? [...rows.keys()].sort((x, y) => x - y) : null;
}

/**
 * Of the rows rowsAddedInColumn gives, those only a SUBTOTAL(9|109, …) takes in: Excel's
 * SUBTOTAL skips a cell that holds a SUBTOTAL itself (Data → Subtotal's nested subtotals), where
 * SUM and a cell named alone add it whatever it holds. Sorted; [] when none.
 *
 *   "SUBTOTAL(9,B2:B4)" at B5 → [2, 3, 4];  "SUBTOTAL(9,B2:B3)+B3" → [2];  "SUM(B2:B4)" → []
 */
export function rowsOnlySubtotalled(formula: string, row: number, column: number): number[] {
  const rows = columnRows(formula, row, column);
  return rows === null || rows.size < 2 ? [] : [...rows].flatMap(([r, counted]) => (counted ? [] : [r])).sort((x, y) => x - y);
}

/** Whether a formula holds a SUBTOTAL: a SUBTOTAL over its cell skips it (Excel's rule against counting a nested subtotal twice). */
export function holdsSubtotal(formula: string): boolean {
  return /(?<![A-Z0-9_.])SUBTOTAL\s*\(/i.test(formula);
}

/** A cell reference not part of a name or a function's name ("LOG10("), with its $ marks. */
/**
 * A cell reference — or a quoted sheet name or text, which never move: Excel quotes a sheet
 * named like a cell ('T9'!C2, 'Nam2019'!C2), and a name before "!" is a sheet's, never a cell.
 */
const RELATIVE = /('(?:[^']|'')*'|"(?:[^"]|"")*")|(?<![A-Z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Z0-9_(!])/gi;

function columnLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * A shared formula's text as a follower `rows` below and `columns` right of its master has it
 * (Excel stores a filled-right row of =SUM once): relative references move, $-fixed ones stay.
 * "SUM(B2:B3)", 0, 2 → "SUM(D2:D3)"; "SUM($B2:B$3)", 1, 1 → "SUM($B3:C$3)". Null when one would
 * move off the sheet.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string | null {
  let off = false;
  const shifted = formula.replace(RELATIVE, (whole: string, quoted: string | undefined, fixColumn: string, letters: string, fixRow: string, digits: string) => {
    if (quoted !== undefined) return whole;
    const column = fixColumn ? columnNumber(letters.toUpperCase()) : columnNumber(letters.toUpperCase()) + columns;
    const row = fixRow ? Number(digits) : Number(digits) + rows;
    if (column < 1 || row < 1) off = true;
    return `${fixColumn}${columnLetters(Math.max(column, 1))}${fixRow}${Math.max(row, 1)}`;
  });
  return off ? null : shifted;
}

/**
 * Each formula cell's text, in sheet order: a shared formula's followers store none (Excel
 * stores a filled-right row of =SUM once, in its master) and take their master's, shifted.
 */
export class FormulaTexts {
  /** shared formulas' masters by si */
  private readonly masters = new Map<string, { formula: string; row: number; column: number }>();

  /** The text of the formula of `cell` (in row `row`), without "="; null: none, or unknown. */
  text(cell: { readonly column: number; readonly formula: string | undefined; readonly shared?: string }, row: number): string | null {
    if (cell.formula === undefined) return null;
    if (cell.shared === undefined) return cell.formula || null;
    if (cell.formula !== '') {
      this.masters.set(cell.shared, { formula: cell.formula, row, column: cell.column });
      return cell.formula;
    }
    const master = this.masters.get(cell.shared);
    return master ? shiftFormula(master.formula, row - master.row, cell.column - master.column) : null;
  }
}

/** [2, 3, 4, 7] → "rows 2–4, 7" */
export function rowsText(rows: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    runs.push(j > i ? `${rows[i]}–${rows[j]}` : `${rows[i]}`);
    i = j + 1;
  }
  return `rows ${runs.join(', ')}`;
}
