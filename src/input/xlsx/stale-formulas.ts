// Formulas whose stored result contradicts the cells they name (round 70b, 01). A program that
// fills a template (exceljs: readFile → write the figures → writeFile) keeps each formula's
// stored result as the template had it — 0, or last year's — and asks for no recalculation;
// Excel recalculates on opening, so the office sees the right figures and sends the file as it
// is, while thads reads what is stored. For a formula simple enough to judge its result is
// worked out from the stored cells and compared with the stored one. Judged (work101a 01: a
// Cục's report sheet pulls each office's row from a data sheet — the commonest template shape):
//   one cell (`=C7`, `=SoLieu!C7`, `='Số liệu'!$C$7`), SUM of one range (or of a 3-D span,
//   `=SUM('Vụ Bản:Ý Yên'!C7)`: that range on each sheet from the first to the last, traps36 h),
//   SUBTOTAL(9|109, ranges) (a Cục's "Tổng cộng" over its "Cộng" SUBTOTAL rows, pulled by a
//   report sheet: SheetLayout) — other function numbers average, count…: not judged;
//   a +/- chain of these, any of them in parentheses (`=(D4+E4)`);
//   ROUND/ROUNDUP/ROUNDDOWN(judged, literal integer) — not judged at a rounding boundary;
//   SUMIF(range, criterion[, sum_range]) and SUMIFS(sum_range, range1, criterion1[, …]) with
//   criteria of one cell or a literal matched by plain equality (text whatever its case) — a
//   wildcard, an operator or a number-like text is not judged;
//   VLOOKUP(key, range, col, 0|FALSE): the first matching row; INDEX(range, row[, col]) with
//   literal or one-cell numbers or MATCH(key, range, 0);
//   whole numbers there (VLOOKUP's column, INDEX's row and column) may be ROW()/COLUMN() of the
//   formula's own cell ± literals (`COLUMN()-1`), INDIRECT of literal texts and such numbers
//   joined by & is the one cell it names, SUMPRODUCT of one range is its SUM and of conditions
//   (range=key) times one range the SUMIFS of it (traps43 1);
//   IFERROR(judged, literal number) (work103a 02): the judged part, or the literal when its
//   lookup finds nothing (#N/A);
//   a literal number in a +/- chain (`=Data!C4+0`, `=C4-15`), a judged part times or divided by
//   literal numbers, either side (`=Data!B2/1000`: a template's đồng shown in nghìn, `=C4*1`),
//   IF(X="",0,X) and its kin (IF(""=X,0,X), IF(ISBLANK(X),0,X), IF(X<>"",X,0),
//   IF(NOT(ISBLANK(X)),X,0), X one cell: a template's guard of an empty data cell, traps43 1) as X;
//   N(judged), VALUE(judged) and judged&"" (a number as its text, read back by the number rules),
//   all worked out in decimals, never in floats.
// A whole column (`C:C`, `'Số liệu'!$B:$F`, work103a 01: the template's lookups need no range
// stretched for next year's offices) is rows 1 to the last row its sheet stores: the cells
// beyond are empty; a whole row (`5:5`, `'Số liệu'!$2:$3`, stalerow) likewise columns A to the
// last its sheet stores. A named cell that is itself a judged formula over bounded ranges is
// worked out in turn (Links, traps36 c: `='Vụ Bản'!C8` over a Cộng row `=SUM(C6:C7)`, both
// storing last year's); one holding any other formula, too deep or in a circle counts for its
// stored result, as an unjudged formula is read. A formula that surely gives an error where a number is stored — a
// lookup that finds nothing outside IFERROR (#N/A), a cell it adds or looks up holding an error
// (#REF!), an error written in it (`=C5+#REF!`, left by a deleted row) — stores a stale result;
// so does one taking in its own cell (a circular reference Excel does not work out), unless it
// adds rows of its own column (a total row: sum-rows.ts checks it, never adds it). Anything else
// (another function, a product of two cells, an external workbook's cell, a sheet the
// workbook lacks, a text cell where a number is meant) is not judged: its stored result is read
// as ever.
import type { Readable } from 'node:stream';
import { D, type Dec } from '../../domain/decimal.js';
import { toExcelDigits, unitOfExcelDigit } from '../../domain/excel-digits.js';
import { plainNumber } from './cell-text.js';
import { FormulaTexts, holdsSubtotal, rowsAddedInColumn } from './formula-refs.js';
import { readSheetRows, type RawCell, type SheetFacts } from './sheet-xml.js';

/** A rectangle of cells of one sheet (`sheet` null: the formula's own). Columns and rows 1-based. */
export interface Area {
  readonly sheet: string | null;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** One term of a simple formula: its cells added (SUM) or the one cell, with its sign. */
export interface Term {
  readonly sign: 1 | -1;
  readonly area: Area;
}

/** What a lookup matches: a cell's value, or a literal number or text. */
export type Key = { readonly kind: 'cell'; readonly area: Area } | { readonly kind: 'number'; readonly value: Dec } | { readonly kind: 'text'; readonly value: string };

/** An INDEX position: a literal, a cell's number, or MATCH(key, range, 0). */
export type Position = { readonly kind: 'number'; readonly value: number } | { readonly kind: 'cell'; readonly area: Area } | { readonly kind: 'match'; readonly key: Key; readonly range: Area };

/** A cell's place, 1-based: what ROW() and COLUMN() give in its formula. */
export interface Place {
  readonly row: number;
  readonly column: number;
}

/** A formula thads can judge, as parsed. */
export type Expr =
  | { readonly kind: 'cell'; readonly area: Area }
  | { readonly kind: 'sum'; readonly area: Area }
  | { readonly kind: 'chain'; readonly terms: readonly { readonly sign: 1 | -1; readonly expr: Expr }[] }
  | { readonly kind: 'round'; readonly how: 'ROUND' | 'ROUNDUP' | 'ROUNDDOWN'; readonly of: Expr; readonly digits: number }
  | { readonly kind: 'sumif'; readonly sum: Area; readonly criteria: readonly { readonly range: Area; readonly criterion: Key }[] }
  | { readonly kind: 'iferror'; readonly of: Expr; readonly fallback: Dec }
  | { readonly kind: 'vlookup'; readonly key: Key; readonly table: Area; readonly column: number }
  | { readonly kind: 'index'; readonly table: Area; readonly row: Position; readonly column: Position | null }
  /** a literal number: a term of a chain or a factor of a product */
  | { readonly kind: 'number'; readonly value: Dec }
  /** factors multiplied (`*`) or divided (`/`) in order, the first's op `*`; all but one literal numbers */
  | { readonly kind: 'product'; readonly factors: readonly { readonly op: '*' | '/'; readonly expr: Expr }[] }
  /** N(…), VALUE(…), or …&"" (`joined`: the number's text, which the number rules read back as the number) */
  | { readonly kind: 'as-number'; readonly how: 'N' | 'VALUE' | 'joined'; readonly of: Expr }
  /** an error written in the formula (`=C5+#REF!` after the row C5's neighbour named was deleted): the formula gives it */
  | { readonly kind: 'error'; readonly code: string }
  /**
   * SUBTOTAL(9|109, ref, …): the sum of its ranges but for cells that hold a SUBTOTAL themselves
   * and rows it skips — 109 every hidden row, 9 the rows a filter hides (not those hidden by hand)
   */
  | { readonly kind: 'subtotal'; readonly skips: 'filtered' | 'hidden'; readonly areas: readonly Area[] };

/** Cells a formula may name and still be judged (a SUM over a long column of offices is fine). */
const MAX_AREA_CELLS = 100_000;
/** A sheet's rows: an area down to the last (a whole column `C:C` is C1:C1048576) is cut at the sheet's last stored row. */
export const SHEET_ROWS = 1_048_576;
/** A sheet's columns: an area to the last (a whole row `5:5` is A5:XFD5) is cut at the sheet's last stored column. */
export const SHEET_COLUMNS = 16_384;

/**
 * 'Số liệu'! ('' is a quote), SoLieu! — never [1]Sheet1! (another workbook); a 3-D span
 * 'Vụ Bản:Ý Yên'! or VuBan:YYen! (a sheet's name never holds ":") is read as written (sheetSpan).
 */
const SHEET = String.raw`(?:'((?:[^']|'')+)'|([\p{L}\p{N}_.]+(?::[\p{L}\p{N}_.]+)?))!`;
const CELL = String.raw`\$?([A-Z]{1,3})\$?([1-9]\d{0,6})`;
/** a cell or a range, not followed by what would make it a name, a call or a longer reference */
const AREA = new RegExp(String.raw`\s*(?:${SHEET})?${CELL}(?::${CELL})?(?![\p{L}\p{N}_(!:])`, 'iuy');
/** whole columns: C:C, $B:$F */
const COLUMNS = new RegExp(String.raw`\s*(?:${SHEET})?\$?([A-Z]{1,3}):\$?([A-Z]{1,3})(?![\p{L}\p{N}_(!:$])`, 'iuy');
/** whole rows: 5:5, $5:$9, 'Số liệu'!2:3 */
const ROWS = new RegExp(String.raw`\s*(?:${SHEET})?\$?([1-9]\d{0,6}):\$?([1-9]\d{0,6})(?![\p{L}\p{N}_(!:.$])`, 'uy');
/** an error value written in a formula, alone or for a reference (`#REF!`, `'Số liệu'!#REF!`) */
const ERROR = new RegExp(String.raw`\s*(?:${SHEET})?(#REF!|#N/A|#VALUE!|#DIV/0!|#NUM!|#NAME\?|#NULL!)`, 'iuy');
const CALL = /\s*([A-Z][A-Z0-9.]*)\s*\(/iy;
/** a literal integer (ROUND's digits, VLOOKUP's column, INDEX's row) */
const INTEGER = /\s*([+-]?\d{1,6})(?![\d.eE%])/y;
const NUMBER = /\s*(\d{1,15}(?:\.\d{1,15})?)(?![\d.eE%\p{L}_:])/uy;
const TEXT = /\s*"((?:[^"]|"")*)"/y;
/** an unsigned literal integer in a whole-number expression (`COLUMN()-1`) */
const WHOLE = /\s*(\d{1,7})(?![\d.eE%\p{L}_:])/uy;

/** A formula, or a part of it, thads does not fully understand: not judged. */
class NotJudged extends Error {}
const notJudged = (): never => {
  throw new NotJudged();
};
/**
 * A formula that surely gives an error (a lookup that finds nothing: #N/A; a cell it adds holding
 * #REF!; an error written in it): IFERROR's fallback; anywhere else its stored number is stale.
 */
class GivesError extends NotJudged {
  constructor(readonly code: string) {
    super(code);
  }
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function areaOf(m: RegExpExecArray): Area | null {
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
  const c1 = columnNumber(m[3]!);
  const r1 = Number(m[4]);
  const c2 = m[5] !== undefined ? columnNumber(m[5]) : c1;
  const r2 = m[6] !== undefined ? Number(m[6]) : r1;
  if (Math.max(c1, c2) > 16_384 || Math.max(r1, r2) > SHEET_ROWS) return null;
  const area = { sheet, left: Math.min(c1, c2), right: Math.max(c1, c2), top: Math.min(r1, r2), bottom: Math.max(r1, r2) };
  // down to the sheet's end: its size is the stored rows', known once the sheet is read (staleResults)
  return area.bottom === SHEET_ROWS || area.right === SHEET_COLUMNS || (area.right - area.left + 1) * (area.bottom - area.top + 1) <= MAX_AREA_CELLS ? area : null;
}

function columnsOf(m: RegExpExecArray): Area | null {
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
  const [c1, c2] = [columnNumber(m[3]!), columnNumber(m[4]!)];
  return Math.max(c1, c2) > 16_384 ? null : { sheet, left: Math.min(c1, c2), right: Math.max(c1, c2), top: 1, bottom: SHEET_ROWS };
}

function rowsOf(m: RegExpExecArray): Area | null {
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
  const [r1, r2] = [Number(m[3]!), Number(m[4]!)];
  return Math.max(r1, r2) > SHEET_ROWS ? null : { sheet, left: 1, right: SHEET_COLUMNS, top: Math.min(r1, r2), bottom: Math.max(r1, r2) };
}

const isCell = (a: Area) => a.left === a.right && a.top === a.bottom;

/** Recursive descent over a formula's text; any surprise throws NotJudged. */
class Parser {
  private at = 0;
  /** `own`: the formula's own cell, which ROW() and COLUMN() name (null: not known, not judged) */
  constructor(
    private readonly text: string,
    private readonly own: Place | null = null,
  ) {}

  formula(): Expr {
    const e = this.joined();
    this.skip();
    return this.at === this.text.length ? e : notJudged();
  }

  private skip(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at]!)) this.at++;
  }

  private eat(token: string): boolean {
    this.skip();
    if (this.text.slice(this.at, this.at + token.length).toUpperCase() !== token) return false;
    this.at += token.length;
    return true;
  }

  private expect(token: string): void {
    if (!this.eat(token)) notJudged();
  }

  private match(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.at;
    const m = pattern.exec(this.text);
    if (m) this.at = pattern.lastIndex;
    return m;
  }

  private sign(): 1 | -1 | null {
    if (this.eat('+')) return 1;
    if (this.eat('-')) return -1;
    return null;
  }

  /** chain, or chain&"" / ""&chain: `&` binds looser than + and − */
  private joined(): Expr {
    const lead = this.match(TEXT);
    if (lead) return lead[1] === '' && this.eat('&') ? { kind: 'as-number', how: 'joined', of: this.chain() } : notJudged();
    const e = this.chain();
    if (!this.eat('&')) return e;
    const text = this.match(TEXT);
    return text && text[1] === '' ? { kind: 'as-number', how: 'joined', of: e } : notJudged();
  }

  /** [sign] product (sign product)* — one term without a sign is that term itself */
  private chain(): Expr {
    const terms: { sign: 1 | -1; expr: Expr }[] = [];
    let sign = this.sign() ?? 1;
    for (;;) {
      terms.push({ sign, expr: this.product() });
      const next = this.sign();
      if (next === null) return terms.length === 1 && sign === 1 ? terms[0]!.expr : { kind: 'chain', terms };
      sign = next;
    }
  }

  /** term (* or / term)*, all terms but one literal numbers (`=Data!B2/1000`, `=1000*C4`) — one term is that term itself */
  private product(): Expr {
    const factors: { op: '*' | '/'; expr: Expr }[] = [{ op: '*', expr: this.term() }];
    for (;;) {
      const op = this.eat('*') ? '*' : this.eat('/') ? '/' : null;
      if (op === null) break;
      factors.push({ op, expr: this.term() });
    }
    if (factors.length === 1) return factors[0]!.expr;
    // (a product of two cells rounds in floats where thads cannot follow it to Excel's digit)
    return factors.filter((f) => f.expr.kind !== 'number').length <= 1 ? { kind: 'product', factors } : notJudged();
  }

  private term(): Expr {
    const error = this.match(ERROR);
    if (error) return { kind: 'error', code: error[3]!.toUpperCase() };
    const number = this.match(NUMBER);
    if (number) return { kind: 'number', value: new D(number[1]!) };
    if (this.eat('(')) {
      const inner = this.joined();
      this.expect(')');
      return inner;
    }
    const call = this.match(CALL);
    if (call) return this.call(call[1]!.toUpperCase());
    const area = this.area();
    return isCell(area) ? { kind: 'cell', area } : notJudged();
  }

  private area(): Area {
    const from = this.at;
    const call = this.match(CALL);
    if (call) {
      if (call[1]!.toUpperCase() !== 'INDIRECT') return notJudged();
      const area = this.indirect();
      this.expect(')');
      return area;
    }
    this.at = from;
    const m = this.match(AREA);
    if (m) return areaOf(m) ?? notJudged();
    const columns = this.match(COLUMNS);
    if (columns) return columnsOf(columns) ?? notJudged();
    const rows = this.match(ROWS);
    return (rows && rowsOf(rows)) ?? notJudged();
  }

  private integer(): number {
    const m = this.match(INTEGER);
    return m ? Number(m[1]) : notJudged();
  }

  /**
   * A whole number worked out where the formula is: literal integers, ROW() and COLUMN() (the
   * formula's own cell's), ROW(A4) and COLUMN(C1), added and subtracted
   * (`=VLOOKUP($B4,'Số liệu'!$B$4:$F$6,COLUMN()-1,0)` in C4 is column 2: traps43 1).
   */
  private whole(): number {
    let n = 0;
    let sign = this.sign() ?? 1;
    for (;;) {
      n += sign * this.wholeTerm();
      const next = this.sign();
      if (next === null) return n;
      sign = next;
    }
  }

  private wholeTerm(): number {
    const call = this.match(CALL);
    if (!call) {
      const m = this.match(WHOLE);
      return m ? Number(m[1]) : notJudged();
    }
    return this.rowOrColumn(call[1]!.toUpperCase());
  }

  /** ROW(…) or COLUMN(…) after its "(": the formula's own cell's, or a named cell's */
  private rowOrColumn(name: string): number {
    if (name !== 'ROW' && name !== 'COLUMN') notJudged();
    let place: Place;
    if (this.eat(')')) place = this.own ?? notJudged();
    else {
      const area = this.area();
      this.expect(')');
      if (!isCell(area)) notJudged();
      place = { row: area.top, column: area.left };
    }
    return name === 'ROW' ? place.row : place.column;
  }

  /** `whole()` when what follows is one, else nothing read (null) */
  private wholeOrNull(): number | null {
    const from = this.at;
    try {
      return this.whole();
    } catch (err) {
      if (!(err instanceof NotJudged)) throw err;
      this.at = from;
      return null;
    }
  }

  /**
   * INDIRECT(text[, TRUE]) of literal texts and whole numbers joined by & — `INDIRECT("'Số
   * liệu'!C"&ROW())` in C4 is 'Số liệu'!C4 (traps43 1) — as that area; a text taken from a cell,
   * or R1C1 style, is not judged.
   */
  private indirect(): Area {
    let ref = '';
    do {
      const text = this.match(TEXT);
      ref += text ? text[1]!.replace(/""/g, '"') : String(this.whole());
    } while (this.eat('&'));
    if (this.eat(',') && !this.eat('TRUE') && !this.eat('1')) notJudged();
    const inner = new Parser(ref);
    const area = inner.area();
    inner.skip();
    return inner.at === ref.length ? area : notJudged();
  }

  /**
   * SUMPRODUCT of one range (its SUM) or of conditions and one range —
   * `SUMPRODUCT(('Số liệu'!$B$4:$B$6=$B4)*'Số liệu'!C$4:C$6)`, `SUMPRODUCT(--(r=k),range)`: the
   * SUMIFS of the range where every condition holds (traps43 1). Anything else is not judged.
   */
  private sumproduct(): Expr {
    const criteria: { range: Area; criterion: Key }[] = [];
    const summed: Area[] = [];
    do {
      do this.sumproductFactor(criteria, summed);
      while (this.eat('*'));
    } while (this.eat(','));
    if (summed.length !== 1) notJudged();
    return criteria.length === 0 ? { kind: 'sum', area: summed[0]! } : { kind: 'sumif', sum: summed[0]!, criteria };
  }

  /** one factor of SUMPRODUCT: a range, (a range), or (range=key) / --(range=key), either side */
  private sumproductFactor(criteria: { range: Area; criterion: Key }[], summed: Area[]): void {
    const negated = this.eat('--');
    if (!this.eat('(')) {
      if (negated) notJudged();
      summed.push(this.area());
      return;
    }
    const left = this.operand();
    if (this.eat('=')) {
      const right = this.operand();
      const asKey = (o: Area | Key): Key => ('kind' in o ? o : isCell(o) ? { kind: 'cell', area: o } : notJudged());
      // (the range is the side of several cells; of two cells, the left)
      if (!('kind' in left) && (!isCell(left) || 'kind' in right || isCell(right))) criteria.push({ range: left, criterion: asKey(right) });
      else if (!('kind' in right)) criteria.push({ range: right, criterion: asKey(left) });
      else notJudged();
    } else if (negated || 'kind' in left) notJudged();
    else summed.push(left);
    this.expect(')');
  }

  /** a comparison's side: a literal text or number, or an area */
  private operand(): Area | Key {
    const text = this.match(TEXT);
    if (text) return { kind: 'text', value: text[1]!.replace(/""/g, '"') };
    const number = this.match(NUMBER);
    return number ? { kind: 'number', value: new D(number[1]!) } : this.area();
  }

  private key(): Key {
    const text = this.match(TEXT);
    if (text) return { kind: 'text', value: text[1]!.replace(/""/g, '"') };
    const number = this.match(NUMBER);
    if (number) return { kind: 'number', value: new D(number[1]!) };
    const area = this.area();
    return isCell(area) ? { kind: 'cell', area } : notJudged();
  }

  /**
   * IF's guard of an empty cell — IF(X="",0,X), IF(""=X,0,X), IF(ISBLANK(X),0,X), IF(X<>"",X,0),
   * IF(NOT(ISBLANK(X)),X,0), X one cell — gives X's number whatever X holds: 0 when it is empty,
   * as the cell itself counts; a text or an error in X is X's (not judged, or its error). traps43 1:
   * an exceljs-filled template's `=IF('Số liệu'!C4="",0,'Số liệu'!C4)` storing last year's 500 was
   * read where Excel shows this year's 586. Any other IF is not judged.
   */
  private blankGuard(): Expr {
    const { area, blank } = this.blankTest();
    this.expect(',');
    const first = this.guardBranch();
    this.expect(',');
    const second = this.guardBranch();
    const [ifBlank, otherwise] = blank ? [first, second] : [second, first];
    const same = otherwise !== 'zero' && otherwise.sheet === area.sheet && otherwise.left === area.left && otherwise.top === area.top;
    if (ifBlank !== 'zero' || !same) notJudged();
    this.expect(')');
    return { kind: 'cell', area };
  }

  /** IF's test of one cell against "" (`blank`: true when the test holds for an empty cell) */
  private blankTest(): { area: Area; blank: boolean } {
    const call = this.match(CALL);
    if (call) {
      const name = call[1]!.toUpperCase();
      if (name === 'NOT') {
        const inner = this.blankTest();
        this.expect(')');
        return { area: inner.area, blank: !inner.blank };
      }
      if (name !== 'ISBLANK') notJudged();
      const area = this.area();
      this.expect(')');
      return isCell(area) ? { area, blank: true } : notJudged();
    }
    const lead = this.match(TEXT);
    if (lead) {
      const blank = lead[1] === '' ? this.equalOrNot() : notJudged();
      const area = this.area();
      return isCell(area) ? { area, blank } : notJudged();
    }
    const area = this.area();
    const blank = this.equalOrNot();
    const text = this.match(TEXT);
    return isCell(area) && text?.[1] === '' ? { area, blank } : notJudged();
  }

  /** `=` (true) or `<>` (false) */
  private equalOrNot(): boolean {
    return this.eat('<>') ? false : this.eat('=') ? true : notJudged();
  }

  /** an IF branch of a blank guard: a literal 0, or one cell */
  private guardBranch(): Area | 'zero' {
    const number = this.match(NUMBER);
    if (number) return new D(number[1]!).isZero() ? 'zero' : notJudged();
    const area = this.area();
    return isCell(area) ? area : notJudged();
  }

  /** exact match only: 0 or FALSE */
  private exact(): void {
    if (!this.eat('0') && !this.eat('FALSE')) notJudged();
    this.skip();
    if (/[\w.(]/.test(this.text[this.at] ?? '')) notJudged();
  }

  private position(): Position {
    const from = this.at;
    const call = this.match(CALL);
    if (call && call[1]!.toUpperCase() !== 'MATCH') this.at = from;
    else if (call) {
      const key = this.key();
      this.expect(',');
      const range = this.area();
      this.expect(',');
      this.exact();
      this.expect(')');
      return { kind: 'match', key, range };
    }
    const n = this.wholeOrNull();
    if (n !== null) return { kind: 'number', value: n };
    const area = this.area();
    return isCell(area) ? { kind: 'cell', area } : notJudged();
  }

  private call(name: string): Expr {
    let e: Expr;
    switch (name) {
      case 'SUM': {
        const error = this.match(ERROR);
        e = error ? { kind: 'error', code: error[3]!.toUpperCase() } : { kind: 'sum', area: this.area() };
        break;
      }
      case 'ROUND':
      case 'ROUNDUP':
      case 'ROUNDDOWN': {
        const of = this.chain();
        this.expect(',');
        const digits = this.integer();
        if (Math.abs(digits) > 15) notJudged();
        e = { kind: 'round', how: name, of, digits };
        break;
      }
      case 'SUMIF': {
        const range = this.area();
        this.expect(',');
        const criterion = this.key();
        const sum = this.eat(',') ? this.area() : range;
        e = { kind: 'sumif', sum, criteria: [{ range, criterion }] };
        break;
      }
      case 'SUMIFS': {
        // SUMIF with its sum range first and any number of (range, criterion) pairs, all met
        const sum = this.area();
        const criteria: { range: Area; criterion: Key }[] = [];
        while (this.eat(',')) {
          const range = this.area();
          this.expect(',');
          criteria.push({ range, criterion: this.key() });
        }
        if (criteria.length === 0) notJudged();
        e = { kind: 'sumif', sum, criteria };
        break;
      }
      case 'N':
      case 'VALUE':
        e = { kind: 'as-number', how: name, of: this.joined() };
        break;
      case 'SUBTOTAL': {
        // 9 and 109 add; 1–8, 10, 11 and 101–108, 110, 111 average, count, take a maximum…: no sum, not judged
        const fn = this.integer();
        if (fn !== 9 && fn !== 109) notJudged();
        const areas: Area[] = [];
        while (this.eat(',')) areas.push(this.area());
        if (areas.length === 0) notJudged();
        e = { kind: 'subtotal', skips: fn === 109 ? 'hidden' : 'filtered', areas };
        break;
      }
      case 'SUMPRODUCT':
        e = this.sumproduct();
        break;
      case 'ROW':
      case 'COLUMN':
        // (an STT `=ROW()-3`: a number where the formula is)
        return { kind: 'number', value: new D(this.rowOrColumn(name)) };
      case 'INDIRECT': {
        const area = this.indirect();
        e = isCell(area) ? { kind: 'cell', area } : notJudged();
        break;
      }
      case 'IF':
        // (a template's guard of an empty data cell, traps43 1: the guard is the cell)
        return this.blankGuard();
      case 'IFERROR': {
        const of = this.chain();
        this.expect(',');
        const m = this.match(NUMBER);
        if (!m) notJudged();
        e = { kind: 'iferror', of, fallback: new D(m![1]!) };
        break;
      }
      case 'VLOOKUP': {
        const key = this.key();
        this.expect(',');
        const table = this.area();
        this.expect(',');
        const column = this.whole();
        this.expect(',');
        this.exact();
        e = { kind: 'vlookup', key, table, column };
        break;
      }
      case 'INDEX': {
        const table = this.area();
        this.expect(',');
        const row = this.position();
        const column = this.eat(',') ? this.position() : null;
        e = { kind: 'index', table, row, column };
        break;
      }
      default:
        return notJudged();
    }
    this.expect(')');
    return e;
  }
}

/** Every area a judged formula names. */
export function areasOf(e: Expr): Area[] {
  const key = (k: Key) => (k.kind === 'cell' ? [k.area] : []);
  const position = (p: Position | null): Area[] => (p === null || p.kind === 'number' ? [] : p.kind === 'cell' ? [p.area] : [...key(p.key), p.range]);
  switch (e.kind) {
    case 'cell':
    case 'sum':
      return [e.area];
    case 'chain':
      return e.terms.flatMap((t) => areasOf(t.expr));
    case 'round':
    case 'iferror':
    case 'as-number':
      return areasOf(e.of);
    case 'product':
      return e.factors.flatMap((f) => areasOf(f.expr));
    case 'number':
      return [];
    case 'sumif':
      return [e.sum, ...e.criteria.flatMap((c) => [c.range, ...key(c.criterion)])];
    case 'vlookup':
      return [...key(e.key), e.table];
    case 'index':
      return [e.table, ...position(e.row), ...position(e.column)];
    case 'error':
      return [];
    case 'subtotal':
      return [...e.areas];
  }
}

/** The same formula with each area as `to` makes it (it throws NotJudged for one it cannot); null then. */
function withAreas(e: Expr, area: (a: Area) => Area): Expr | null {
  const key = (k: Key): Key => (k.kind === 'cell' ? { kind: 'cell', area: area(k.area) } : k);
  const position = (p: Position): Position => (p.kind === 'number' ? p : p.kind === 'cell' ? { kind: 'cell', area: area(p.area) } : { kind: 'match', key: key(p.key), range: area(p.range) });
  const map = (e: Expr): Expr => {
    switch (e.kind) {
      case 'cell':
      case 'sum':
        return { kind: e.kind, area: area(e.area) };
      case 'chain':
        return { kind: 'chain', terms: e.terms.map((t) => ({ sign: t.sign, expr: map(t.expr) })) };
      case 'round':
      case 'iferror':
      case 'as-number':
        return { ...e, of: map(e.of) };
      case 'product':
        return { kind: 'product', factors: e.factors.map((f) => ({ op: f.op, expr: map(f.expr) })) };
      case 'number':
        return e;
      case 'sumif':
        return { kind: 'sumif', sum: area(e.sum), criteria: e.criteria.map((c) => ({ range: area(c.range), criterion: key(c.criterion) })) };
      case 'vlookup':
        return { ...e, key: key(e.key), table: area(e.table) };
      case 'index':
        return { kind: 'index', table: area(e.table), row: position(e.row), column: e.column && position(e.column) };
      case 'error':
        return e;
      case 'subtotal':
        return { ...e, areas: e.areas.map(area) };
    }
  };
  try {
    return map(e);
  } catch (err) {
    if (err instanceof NotJudged) return null;
    throw err;
  }
}

/** A 3-D span's first and last sheet as written ('Vụ Bản:Ý Yên' → Vụ Bản, Ý Yên); null: one sheet. */
function sheetSpan(sheet: string | null): [string, string] | null {
  const at = sheet === null ? -1 : sheet.indexOf(':');
  return at < 0 ? null : [sheet!.slice(0, at), sheet!.slice(at + 1)];
}

/**
 * SUM over a 3-D span (`=SUM('Vụ Bản:Ý Yên'!C7)`, traps36 h: a TH row adding each office
 * sheet's cell) as the sum of the same area on each sheet from the first to the last in the
 * workbook's order (`between`: those sheets; null when either is missing).
 */
function spread(e: Expr, between: (first: string, last: string) => readonly string[] | null): Expr {
  switch (e.kind) {
    case 'sum': {
      const span = sheetSpan(e.area.sheet);
      if (!span) return e;
      const sheets = between(span[0], span[1]) ?? notJudged();
      return { kind: 'chain', terms: sheets.map((sheet) => ({ sign: 1, expr: { kind: 'sum', area: { ...e.area, sheet } } })) };
    }
    case 'chain':
      return { kind: 'chain', terms: e.terms.map((t) => ({ sign: t.sign, expr: spread(t.expr, between) })) };
    case 'round':
    case 'iferror':
    case 'as-number':
      return { ...e, of: spread(e.of, between) };
    case 'product':
      return { kind: 'product', factors: e.factors.map((f) => ({ op: f.op, expr: spread(f.expr, between) })) };
    default:
      return e;
  }
}

/**
 * A formula's text (with or without "=") as thads judges it, its areas' sheets named by
 * `sheetOf` when given (it is given the sheet as written, null for the formula's own; it returns
 * null for no such sheet); `at` its own cell, which ROW() and COLUMN() give; null when it is not judged.
 *
 *   "('Số liệu'!C2)", "ROUND(C7,0)", "SUMIF($B$2:$B$3,$B4,C$2:C$3)", "VLOOKUP($B4,$B$2:$F$3,2,0)",
 *   "INDEX(C$2:C$3,MATCH($B4,$B$2:$B$3,0))" → judged
 *   "F7/E7", "C7+1", "SUMIF(B2:B3,\"Mỹ*\",C2:C3)" (a wildcard), "VLOOKUP(B4,B2:F3,2)" (approximate) → null
 */
export function judgedFormula(formula: string, sheetOf?: (written: string | null) => string | null, between?: (first: string, last: string) => readonly string[] | null, at?: Place): Expr | null {
  try {
    const parsed = new Parser(formula.trim().replace(/^=/, ''), at ?? null).formula();
    const e = between ? spread(parsed, between) : parsed;
    // (a 3-D span anywhere but in SUM names no sheet: not judged)
    return sheetOf ? withAreas(e, (a) => ({ ...a, sheet: sheetOf(a.sheet) ?? notJudged() })) : e;
  } catch (err) {
    if (err instanceof NotJudged) return null;
    throw err;
  }
}

/**
 * A formula's text (with or without "=") as the terms it adds, when it is simple; else null.
 *
 *   "SoLieu!C7" → [+C7 of SoLieu];  "SUM(F7:G7)" → [+F7:G7];  "C7-D7+'Số liệu'!$E$7" → [+C7, −D7, +E7 of Số liệu]
 *   "(D4+E4)" → [+D4, +E4];  "-(C7-D7)" → [−C7, +D7]
 *   "F7/E7", "SUM(F7:G7,H7)", "[1]Sheet1!A1", "ROUND(C7,0)", "C:C" → null
 */
export function simpleFormula(formula: string): Term[] | null {
  const terms = (e: Expr, sign: 1 | -1): Term[] | null => {
    if (e.kind === 'cell' || e.kind === 'sum') return [{ sign, area: e.area }];
    if (e.kind !== 'chain') return null;
    const out: Term[] = [];
    for (const t of e.terms) {
      const inner = terms(t.expr, (sign * t.sign) as 1 | -1);
      if (!inner) return null;
      out.push(...inner);
    }
    return out;
  };
  const e = judgedFormula(formula);
  return e && terms(e, 1);
}

/** A stored number (xsd:double): "5513", "9565824.266000001", "1E-3". */
const XML_NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * What a stored cell counts for in a simple formula: its number as Excel shows it at full
 * precision (15 digits, as thads reads it: cell-text.ts plainNumber), 0 for an empty cell; null
 * for a cell that is no number (text, TRUE, an error, a date stored as text): not judged.
 */
export function storedNumber(cell: RawCell | undefined): Dec | null {
  if (!cell || cell.value === undefined) return new D(0);
  if (cell.type !== undefined && cell.type !== 'n') return null;
  if (cell.value.trim() === '') return cell.formula === undefined ? new D(0) : null;
  return XML_NUMBER.test(cell.value) ? new D(plainNumber(Number(cell.value))) : null;
}

/** A stored cell as a formula sees it: a number (an empty cell: 0), a text, an error value (#REF!), or null (TRUE, a date…). */
export type Stored = Dec | { readonly text: string } | { readonly error: string } | null;

/** storedNumber, and a text cell's text (`strings`: the shared strings). */
export function storedValue(cell: RawCell | undefined, strings: readonly string[]): Stored {
  if (cell && cell.value !== undefined && (cell.type === 'str' || cell.type === 'inlineStr')) return { text: cell.value };
  if (cell && cell.value !== undefined && cell.type === 's') {
    const text = /^\s*\d+\s*$/.test(cell.value) ? strings[Number(cell.value)] : undefined;
    return text === undefined ? null : { text };
  }
  if (cell && cell.type === 'e' && cell.value !== undefined && /^\s*#[A-Z0-9/]+[!?A]\s*$/i.test(cell.value)) return { error: cell.value.trim().toUpperCase() };
  return storedNumber(cell);
}

/** A formula cell to judge: where it is, its text, what it is (its sheets named) and its stored result. */
export interface FormulaCell {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  readonly expr: Expr;
  readonly stored: Dec;
}

/** Cells of one sheet by place: row × 16384 + column. */
export const cellKey = (row: number, column: number): number => row * 16_384 + column;

/** A simple formula whose stored result is not what its cells give. */
export interface StaleResult {
  readonly stored: string;
  /** a figure, or the error value it gives (#N/A, #REF!) */
  readonly gives: string;
  /** it takes in its own cell (a circular reference, which Excel does not work out): any stored result is unknowable */
  readonly circular?: true;
  /** not worked out, in a workbook saved without recalculating (staleResults' `unjudged`): its stored result may be stale */
  readonly unjudged?: true;
}

/**
 * Multiples of 2^-20 below 2^33 (whole numbers, halves, quarters … of any figure a report holds)
 * are doubles exactly, and so is a sum of them: Excel's result is the exact decimal one.
 */
const DYADIC = new D(2).pow(20);
const EXACT_DOUBLES = new D(2).pow(53);
const isExact = (v: Dec) => v.times(DYADIC).isInteger() && v.times(DYADIC).abs().lt(EXACT_DOUBLES);

/** A text is one a criterion or key may mean as a number, a date or TRUE: not compared plainly. */
const NUMBER_LIKE = /\d|^\s*(TRUE|FALSE)\s*$/i;

/**
 * Whether a lookup's `key` is the stored `value` (Excel's exact match: numbers equal, texts
 * equal whatever their case, a number never a text). What Excel might take otherwise — a text
 * that reads as a number (SUMIF's 586 counts a text "586"), a key of 0 (an empty cell reads 0
 * here), texts equal only once normalised — is not judged.
 */
function same(key: Dec | { readonly text: string }, value: Stored): boolean {
  if (value === null || 'error' in value) return notJudged();
  if (D.isDecimal(key)) {
    if (D.isDecimal(value)) return value.eq(key);
    return NUMBER_LIKE.test(value.text) ? notJudged() : false;
  }
  // (an empty cell reads 0 here, and "0" matches a 0 but no empty cell: any number is unsure)
  if (D.isDecimal(value)) return NUMBER_LIKE.test(key.text) ? notJudged() : false;
  const plain = key.text.toLowerCase() === value.text.toLowerCase();
  if (plain !== (key.text.normalize('NFC').toUpperCase() === value.text.normalize('NFC').toUpperCase())) notJudged();
  return plain;
}

/**
 * Formula cells a judged formula names, worked out in turn rather than taken at their stored
 * result (traps36 c: a TH cell `='Vụ Bản'!C8` over the office sheet's Cộng row `=SUM(C6:C7)`,
 * both storing last year's figures, agree with each other and not with the typed rows).
 */
export interface Links {
  /** by sheet, then cellKey: a number-storing formula cell's formula as judged (its sheets named) */
  readonly formulas: ReadonlyMap<string, ReadonlyMap<number, Expr>>;
  /** by sheet, the cells read one by one: a followed formula names only these (a cell not read is unknown, not empty) */
  readonly read: ReadonlyMap<string, ReadonlySet<number>>;
  /** by "cellKey!sheet": what a followed cell gave, or 'stored' (taken at its stored result) */
  readonly memo: Map<string, Followed | 'stored'>;
}

/** A followed cell's result, and what it counts for in the tolerance. */
interface Followed {
  readonly value: Dec;
  readonly operands: number;
  readonly largest: Dec;
  readonly exact: boolean;
}

/**
 * What SUBTOTAL(9|109) of a sheet's cells needs beyond their values: the rows the sheet hides,
 * whether a filter may have hidden them, and the cells it skips. (A Vietnamese report's "Cộng"
 * rows are SUBTOTAL(9,…) so that a "Tổng cộng" SUBTOTAL over offices and Cộng rows counts each
 * office once.)
 */
export interface SheetLayout {
  /** <row hidden="1">: by hand, in a collapsed group or by a filter — the file does not say which */
  readonly hiddenRows: ReadonlySet<number>;
  /** the sheet has an autofilter or an Excel table: a hidden row may be a filtered-out one */
  readonly filter: boolean;
  /** cells whose formula holds a SUBTOTAL (SUBTOTAL skips them) */
  readonly subtotals: ReadonlySet<number>;
  /** cells whose formula holds an AGGREGATE (whether SUBTOTAL skips them is not sure: not judged) */
  readonly aggregates: ReadonlySet<number>;
}

/** Formula cells followed one inside another at most: deeper, the stored result is taken. */
const MAX_HOPS = 8;

/** A chain of followed cells that comes back to `cell` (a circular reference): that cell is taken at its stored result. */
class Circular extends NotJudged {
  constructor(readonly cell: string) {
    super(cell);
  }
}

/** Works out a judged formula from `values`, keeping what the tolerance of staleResult needs. */
class Evaluation {
  /** the largest operand or result met, its magnitude */
  largest: Dec;
  /** operands that are not zero */
  operands = 0;
  /** every operand and sum a double exactly (isExact): Excel's sums of them are exact */
  exact = true;
  /** the cells being worked out, outermost first ("cellKey!sheet") */
  private readonly path: string[];

  constructor(
    stored: Dec,
    private readonly values: ReadonlyMap<string, ReadonlyMap<number, Stored>>,
    private readonly links: Links | null = null,
    at: string | null = null,
    private readonly layouts: ReadonlyMap<string, SheetLayout> = new Map(),
  ) {
    this.largest = stored.abs();
    this.path = at === null ? [] : [at];
  }

  private at(sheet: string | null, row: number, column: number): Stored {
    const cells = this.values.get(sheet!) ?? notJudged();
    // (inside a followed formula only cells read one by one are known)
    if (this.path.length > 1 && this.links?.read.get(sheet!)?.has(cellKey(row, column)) !== true) notJudged();
    return cells.has(cellKey(row, column)) ? cells.get(cellKey(row, column))! : new D(0);
  }

  /**
   * A formula cell's result as its formula gives it from the cells it names, in turn; when that
   * cannot be worked out (a function thads does not judge on the way, a cell not read, a circular
   * chain, too deep) its stored result, as an unjudged formula's always is.
   */
  private followed(sheet: string, row: number, column: number, expr: Expr): Dec | null {
    const id = `${cellKey(row, column)}!${sheet}`;
    const known = this.links!.memo.get(id);
    if (known === 'stored') return null;
    if (known) return this.merge(known);
    if (this.path.includes(id)) throw new Circular(id);
    if (this.path.length > MAX_HOPS) return null;
    const outer = { operands: this.operands, largest: this.largest, exact: this.exact };
    [this.operands, this.largest, this.exact] = [0, new D(0), true];
    this.path.push(id);
    let outcome: Followed | 'stored';
    try {
      const value = this.value(expr);
      outcome = { value, operands: this.operands, largest: this.largest, exact: this.exact };
    } catch (err) {
      // (an error it gives is the outer formula's; a circle through an outer cell is that cell's to settle)
      const settled = err instanceof NotJudged && !(err instanceof GivesError) && !(err instanceof Circular && err.cell !== id);
      if (!settled) {
        [this.operands, this.largest, this.exact] = [outer.operands, outer.largest, outer.exact];
        throw err;
      }
      outcome = 'stored';
    } finally {
      this.path.pop();
    }
    [this.operands, this.largest, this.exact] = [outer.operands, outer.largest, outer.exact];
    this.links!.memo.set(id, outcome);
    return outcome === 'stored' ? null : this.merge(outcome);
  }

  private merge(f: Followed): Dec {
    this.operands += Math.max(f.operands, f.value.isZero() ? 0 : 1);
    for (const v of [f.largest, f.value.abs()]) if (v.gt(this.largest)) this.largest = v;
    if (!f.exact || !isExact(f.value)) this.exact = false;
    return f.value;
  }

  /** an operand: a number cell (empty: 0), counted — a formula cell as its formula gives it (Links) */
  private number(sheet: string | null, row: number, column: number): Dec {
    const formula = this.links?.formulas.get(sheet!)?.get(cellKey(row, column));
    const given = formula ? this.followed(sheet!, row, column, formula) : null;
    if (given !== null) return given;
    const v = this.at(sheet, row, column);
    // (an error among the cells added or looked up is the formula's: SUM over a #REF! gives #REF!)
    if (v !== null && !D.isDecimal(v) && 'error' in v) throw new GivesError(v.error);
    return D.isDecimal(v) ? this.operand(v) : notJudged();
  }

  /** a number the formula takes in, a cell's or a literal: counted for the tolerance */
  private operand(v: Dec): Dec {
    if (!v.isZero()) {
      this.operands++;
      if (v.abs().gt(this.largest)) this.largest = v.abs();
      if (!isExact(v)) this.exact = false;
    }
    return v;
  }

  /** a key's value: a literal, or a cell's number or text (no empty cell, no wildcard) */
  private key(k: Key, sumif: boolean): Dec | { readonly text: string } {
    const v = k.kind === 'cell' ? this.at(k.area.sheet, k.area.top, k.area.left) : k.kind === 'number' ? k.value : { text: k.value };
    if (v === null || 'error' in v) return notJudged();
    if (D.isDecimal(v)) return v.isZero() ? notJudged() : v;
    // wildcards (* ? ~) match patterns; SUMIF reads =, <, > as comparisons
    // (a criterion longer than 255 characters is #VALUE! in SUMIF)
    if (v.text === '' || v.text.length > 255 || /[*?~]/.test(v.text) || (sumif && /^[=<>]/.test(v.text))) notJudged();
    return v;
  }

  /** the 1-based place of `key` in a one-row or one-column range (MATCH(…, 0)) */
  private place(key: Dec | { readonly text: string }, range: Area): number {
    if (range.left !== range.right && range.top !== range.bottom) notJudged();
    const across = range.top === range.bottom && range.left !== range.right;
    const count = across ? range.right - range.left + 1 : range.bottom - range.top + 1;
    for (let i = 0; i < count; i++) if (same(key, this.at(range.sheet, across ? range.top : range.top + i, across ? range.left + i : range.left))) return i + 1;
    throw new GivesError('#N/A');
  }

  private position(p: Position): number {
    const n = p.kind === 'number' ? p.value : p.kind === 'match' ? this.place(this.key(p.key, false), p.range) : Number(this.at(p.area.sheet, p.area.top, p.area.left));
    return Number.isInteger(n) && n >= 1 ? n : notJudged();
  }

  value(e: Expr): Dec {
    switch (e.kind) {
      case 'cell':
        return this.number(e.area.sheet, e.area.top, e.area.left);
      case 'sum': {
        let sum = new D(0);
        for (let row = e.area.top; row <= e.area.bottom; row++) for (let column = e.area.left; column <= e.area.right; column++) sum = sum.plus(this.number(e.area.sheet, row, column));
        return this.whole(sum);
      }
      case 'chain':
        return this.whole(e.terms.reduce((sum, t) => (t.sign === 1 ? sum.plus(this.value(t.expr)) : sum.minus(this.value(t.expr))), new D(0)));
      case 'round':
        return this.round(e.how, this.value(e.of), e.digits);
      case 'sumif': {
        const { sum: to } = e;
        if (e.criteria.some(({ range }) => to.right - to.left !== range.right - range.left || to.bottom - to.top !== range.bottom - range.top)) notJudged();
        const criteria = e.criteria.map((c) => ({ range: c.range, key: this.key(c.criterion, true) }));
        let sum = new D(0);
        for (let i = 0; i <= to.bottom - to.top; i++) {
          for (let j = 0; j <= to.right - to.left; j++) {
            if (criteria.every(({ range, key }) => same(key, this.at(range.sheet, range.top + i, range.left + j)))) sum = sum.plus(this.number(to.sheet, to.top + i, to.left + j));
          }
        }
        return this.whole(sum);
      }
      case 'iferror':
        try {
          return this.value(e.of);
        } catch (err) {
          if (err instanceof GivesError) return this.whole(e.fallback);
          throw err;
        }
      case 'vlookup': {
        const { table } = e;
        if (e.column < 1 || e.column > table.right - table.left + 1) notJudged();
        const row = table.top + this.place(this.key(e.key, false), { ...table, right: table.left }) - 1;
        return this.number(table.sheet, row, table.left + e.column - 1);
      }
      case 'index': {
        const { table } = e;
        const first = this.position(e.row);
        // INDEX(one row, n) is its n-th column; INDEX(one column, n) its n-th row
        const [row, column] = e.column !== null ? [first, this.position(e.column)] : table.top === table.bottom ? [1, first] : table.left === table.right ? [first, 1] : notJudged();
        if (row > table.bottom - table.top + 1 || column > table.right - table.left + 1) notJudged();
        return this.number(table.sheet, table.top + row - 1, table.left + column - 1);
      }
      case 'error':
        throw new GivesError(e.code);
      case 'number':
        return this.operand(e.value);
      case 'product': {
        let result = new D(1);
        for (const { op, expr } of e.factors) {
          const v = this.value(expr);
          if (op === '/' && v.isZero()) throw new GivesError('#DIV/0!');
          result = op === '*' ? result.times(v) : result.div(v);
        }
        // (× 1000 makes a result larger than any operand: its 15th digit is the tolerance's)
        if (result.abs().gt(this.largest)) this.largest = result.abs();
        return this.whole(result);
      }
      case 'as-number':
        return this.asNumber(e.how, e.of);
      case 'subtotal':
        return this.whole(e.areas.reduce((sum, area) => sum.plus(this.subtotal(area, e.skips)), new D(0)));
    }
  }

  /**
   * SUBTOTAL(9|109)'s sum of one range: a cell holding a SUBTOTAL itself is skipped (a "Tổng
   * cộng" over offices and their "Cộng" rows counts each office once), and so is a hidden row —
   * by 109 any, by 9 a filtered-out one only. Which of its hidden rows a filter hid, the file does
   * not say: under a filter, SUBTOTAL(9) over a hidden row is not judged.
   */
  private subtotal(area: Area, skips: 'filtered' | 'hidden'): Dec {
    const layout = this.layouts.get(area.sheet!) ?? notJudged();
    let sum = new D(0);
    for (let row = area.top; row <= area.bottom; row++) {
      if (layout.hiddenRows.has(row)) {
        if (skips === 'hidden') continue;
        if (layout.filter) notJudged();
      }
      for (let column = area.left; column <= area.right; column++) {
        const key = cellKey(row, column);
        if (layout.aggregates.has(key)) notJudged();
        if (!layout.subtotals.has(key)) sum = sum.plus(this.number(area.sheet, row, column));
      }
    }
    return sum;
  }

  /**
   * N(x): a number as it is, a text 0 (Excel's N); VALUE(x): a number as it is — an empty cell's
   * VALUE and a text's (read in the locale of the machine) are not judged; x&"": the number as
   * text, which the number rules read back as the number.
   */
  private asNumber(how: 'N' | 'VALUE' | 'joined', of: Expr): Dec {
    if (how === 'N' && of.kind === 'cell') {
      const v = this.at(of.area.sheet, of.area.top, of.area.left);
      if (v !== null && !D.isDecimal(v) && 'text' in v) return new D(0);
    }
    const v = this.value(of);
    return how === 'VALUE' && v.isZero() ? notJudged() : v;
  }

  /** a sum of exact doubles stays exact while it is one itself */
  private whole(sum: Dec): Dec {
    if (!isExact(sum)) this.exact = false;
    return sum;
  }

  /**
   * ROUND (half away from zero, as Excel), ROUNDUP (away from zero), ROUNDDOWN (towards it).
   * When the operands are not all whole, Excel's double may lie on the other side of a rounding
   * boundary than the exact decimal: within the tolerance of one, not judged.
   */
  private round(how: 'ROUND' | 'ROUNDUP' | 'ROUNDDOWN', x: Dec, digits: number): Dec {
    const mode = how === 'ROUND' ? D.ROUND_HALF_UP : how === 'ROUNDUP' ? D.ROUND_UP : D.ROUND_DOWN;
    const scale = new D(10).pow(digits);
    const at = (v: Dec) => v.times(scale).toDecimalPlaces(0, mode).div(scale);
    const tolerance = this.exact ? new D(0) : unitOfExcelDigit(this.largest.gt(x.abs()) ? this.largest : x.abs()).times(Math.max(this.operands, 1));
    if (!at(x.minus(tolerance)).eq(at(x.plus(tolerance)))) notJudged();
    return at(x);
  }
}

/**
 * Whether `cell`'s stored result is what its formula gives from `values` (by sheet, then cellKey;
 * a cell absent is empty): the result when it is not; null when it is, or cannot be judged.
 *
 * Excel adds binary doubles and stores the result's 17 digits; thads reads each cell at Excel's
 * 15. The sum of the cells as read is exact (Decimal), so it may differ from the stored result
 * by the rounding of each operand to 15 digits: a difference within one unit of the 15th digit
 * of the largest of them per operand is that rounding, not a stale result
 * (`=A1-B1` of 1234567.891 and 1234567.89 stores 9.9999999776482582E-4, not 0.001).
 */
export function staleResult(cell: FormulaCell, values: ReadonlyMap<string, ReadonlyMap<number, Stored>>, chain?: { readonly links: Links; readonly sheet: string }, layouts?: ReadonlyMap<string, SheetLayout>): StaleResult | null {
  const judged = judge(cell, values, chain, layouts);
  return judged === 'agrees' || judged === 'not judged' ? null : judged;
}

/** staleResult, saying whether a result it does not find stale agrees or was not worked out. */
function judge(cell: FormulaCell, values: ReadonlyMap<string, ReadonlyMap<number, Stored>>, chain?: { readonly links: Links; readonly sheet: string }, layouts?: ReadonlyMap<string, SheetLayout>): StaleResult | 'agrees' | 'not judged' {
  const evaluation = new Evaluation(cell.stored, values, chain?.links ?? null, chain ? `${cellKey(cell.row, cell.column)}!${chain.sheet}` : null, layouts);
  let gives: Dec;
  try {
    gives = evaluation.value(cell.expr);
  } catch (err) {
    // an error Excel shows where a number is stored: the stored one is stale (not outside IFERROR's reach)
    if (err instanceof GivesError) return { stored: cell.stored.toFixed(), gives: err.code };
    if (err instanceof NotJudged) return 'not judged';
    throw err;
  }
  const { largest, operands } = evaluation;
  const difference = gives.minus(cell.stored).abs();
  if (difference.isZero()) return 'agrees';
  if (!largest.isZero() && difference.lte(unitOfExcelDigit(largest).times(Math.max(operands, 1)))) return 'agrees';
  // (as Excel shows it: 1000/3 is 333.333333333333)
  return { stored: cell.stored.toFixed(), gives: toExcelDigits(gives.toFixed()).text };
}

/** A formula holding an AGGREGATE (`_xlfn.AGGREGATE(` as stored). */
const AGGREGATE_CALL = /(?<![A-Z0-9_])(?:_xlfn\.)?AGGREGATE\s*\(/i;

/** Cells of other sheets looked up at most, over all formulas: beyond, the rest are not judged. */
const MAX_LOOKED_UP = 1_000_000;

/** A sheet's name as a formula writes it → the workbook's (Excel matches them whatever the case); null: no such sheet. */
function sheetNamed(name: string, sheets: readonly string[]): string | null {
  if (sheets.includes(name)) return name;
  const fold = (s: string) => s.normalize('NFC').toLowerCase();
  return sheets.find((s) => fold(s) === fold(name)) ?? null;
}

/** The sheets from `first` to `last` in the workbook's order (a 3-D span); null when either is missing. */
function sheetsBetween(first: string, last: string, sheets: readonly string[]): readonly string[] | null {
  const [from, to] = [sheetNamed(first, sheets), sheetNamed(last, sheets)].map((s) => (s === null ? -1 : sheets.indexOf(s)));
  return from! < 0 || to! < 0 ? null : sheets.slice(Math.min(from!, to!), Math.max(from!, to!) + 1);
}

/** A formula of sheet `sheet`, its areas' sheets named, as judged; null when it is not, or names a whole column or row (not followed). */
function followable(formula: string, sheet: string, sheets: readonly string[], at: Place): Expr | null {
  const expr = judgedFormula(formula, (written) => (written === null ? sheet : sheetNamed(written, sheets)), (first, last) => sheetsBetween(first, last, sheets), at);
  // (a number joined to "" is a text: SUM skips it, where the cell's number would be added)
  if (!expr || (expr.kind === 'as-number' && expr.how === 'joined')) return null;
  return areasOf(expr).some((a) => a.bottom === SHEET_ROWS || a.right === SHEET_COLUMNS) ? null : expr;
}

/**
 * The simple formulas of sheet `target` whose stored result is not what their cells give, by
 * cellKey. `sheets` are the workbook's sheet names, `open` streams one's part (null: none, a
 * chart sheet). A sheet that cannot be read leaves the formulas over it unjudged (the reader of
 * the target sheet says what is wrong with it).
 */
export async function staleResults(target: string, sheets: readonly string[], open: (sheet: string) => Promise<Readable | null>, file: string, strings: readonly string[] = [], unjudged = false): Promise<Map<number, StaleResult & { readonly formula: string }>> {
  const found = new Map<number, StaleResult & { readonly formula: string }>();
  /** a number-storing formula cell of the target not worked out: in a workbook saved without recalculating, its result may be stale */
  const unworked = (row: number, column: number, formula: string, stored: Dec) => {
    if (unjudged) found.set(cellKey(row, column), { stored: stored.toFixed(), gives: '', unjudged: true, formula });
  };
  const cells: FormulaCell[] = [];
  /** by sheet, the cells the formulas name */
  const named = new Map<string, Set<number>>();
  /** by sheet, the columns a formula names down to the sheet's end (`C:C`): sized once read */
  const whole = new Map<string, Set<number>>();
  /** by sheet, the rows a formula names across to the sheet's end (`5:5`): sized once read */
  const wholeRows = new Map<string, Set<number>>();
  let lookedUp = 0;
  try {
    const part = await open(target);
    if (!part) return found;
    const texts = new FormulaTexts();
    for await (const batch of readSheetRows(part, { file, sheet: target })) {
      for (const row of batch) {
        for (const cell of row.cells) {
          const formula = texts.text(cell, row.number);
          if (formula === null || cell.value === undefined) continue;
          const stored = storedNumber(cell);
          const expr = stored && judgedFormula(formula, (written) => (written === null ? target : sheetNamed(written, sheets)), (first, last) => sheetsBetween(first, last, sheets), { row: row.number, column: cell.column });
          if (stored && !expr) unworked(row.number, cell.column, `=${formula}`, stored);
          if (!stored || !expr) continue;
          const areas = areasOf(expr);
          const size = areas.reduce((n, area) => n + (area.bottom === SHEET_ROWS || area.right === SHEET_COLUMNS ? 0 : (area.right - area.left + 1) * (area.bottom - area.top + 1)), 0);
          if (lookedUp + size > MAX_LOOKED_UP) {
            unworked(row.number, cell.column, `=${formula}`, stored);
            continue;
          }
          lookedUp += size;
          for (const { sheet, area } of areas.map((area) => ({ sheet: area.sheet!, area }))) {
            const keys = named.get(sheet) ?? named.set(sheet, new Set()).get(sheet)!;
            if (area.bottom === SHEET_ROWS) {
              const columns = whole.get(sheet) ?? whole.set(sheet, new Set()).get(sheet)!;
              for (let c = area.left; c <= area.right; c++) columns.add(c);
            } else if (area.right === SHEET_COLUMNS) {
              const rows = wholeRows.get(sheet) ?? wholeRows.set(sheet, new Set()).get(sheet)!;
              for (let r = area.top; r <= area.bottom; r++) rows.add(r);
            } else for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) keys.add(cellKey(r, c));
          }
          cells.push({ row: row.number, column: cell.column, formula: `=${formula}`, expr, stored });
        }
      }
    }
  } catch {
    return found;
  }
  const values = new Map<string, Map<number, Stored>>();
  /** by sheet, its last stored row (when its whole columns were read within MAX_LOOKED_UP) */
  const lastRows = new Map<string, number>();
  /** by sheet, its last stored column (likewise, for its whole rows) */
  const lastColumns = new Map<string, number>();
  const formulas = new Map<string, Map<number, Expr>>();
  const read = new Map<string, Set<number>>();
  const links: Links = { formulas, read, memo: new Map() };
  /** by sheet read, what SUBTOTAL over its cells needs (its hidden rows, its filter, its SUBTOTAL cells) */
  const layouts = new Map<string, { hiddenRows: Set<number>; filter: boolean; subtotals: Set<number>; aggregates: Set<number> }>();
  // Each hop reads the cells the formulas found in the one before name (traps36 c: TH → the
  // office sheet's Cộng row → its rows); whole columns and rows only for the target's formulas.
  let pending = named;
  for (let hop = 0; pending.size > 0; hop++) {
    const next = new Map<string, Set<number>>();
    for (const [sheet, keys] of pending) {
      const cells = new Map<number, Stored>();
      const found: { key: number; formula: string }[] = [];
      const columns = hop === 0 ? whole.get(sheet) : undefined;
      const rows = hop === 0 ? wholeRows.get(sheet) : undefined;
      let last = 0;
      let lastColumn = 0;
      let inColumns = 0;
      const layout = layouts.get(sheet) ?? layouts.set(sheet, { hiddenRows: new Set(), filter: false, subtotals: new Set(), aggregates: new Set() }).get(sheet)!;
      const facts: SheetFacts = { summaryBelow: true };
      try {
        const part = await open(sheet);
        if (!part) continue;
        const texts = new FormulaTexts();
        for await (const batch of readSheetRows(part, { file, sheet }, facts)) {
          for (const row of batch) {
            if (row.cells.length > 0) last = row.number;
            if (row.hidden) layout.hiddenRows.add(row.number);
            const inRow = rows?.has(row.number) === true;
            for (const cell of row.cells) {
              lastColumn = Math.max(lastColumn, cell.column);
              // (every formula's text, for a shared one's followers take their master's)
              const formula = texts.text(cell, row.number);
              const key = cellKey(row.number, cell.column);
              const inColumn = (inRow || columns?.has(cell.column) === true) && inColumns++ < MAX_LOOKED_UP;
              if (!inColumn && !keys.has(key)) continue;
              cells.set(key, storedValue(cell, strings));
              if (formula !== null && holdsSubtotal(formula)) layout.subtotals.add(key);
              if (formula !== null && AGGREGATE_CALL.test(formula)) layout.aggregates.add(key);
              // (a formula storing no number — a text, an error — is taken as stored; so is one past the last hop)
              if (formula !== null && keys.has(key) && hop < MAX_HOPS && storedNumber(cell) !== null && cell.value !== undefined) found.push({ key, formula });
            }
          }
        }
      } catch {
        // (unreadable: the formulas over it are not judged)
        layouts.delete(sheet);
        continue;
      }
      layout.filter ||= facts.filter === true;
      const known = values.get(sheet) ?? values.set(sheet, new Map()).get(sheet)!;
      for (const [key, v] of cells) known.set(key, v);
      const done = read.get(sheet) ?? read.set(sheet, new Set()).get(sheet)!;
      for (const key of keys) done.add(key);
      if (hop === 0 && inColumns <= MAX_LOOKED_UP) lastRows.set(sheet, last);
      if (hop === 0 && inColumns <= MAX_LOOKED_UP) lastColumns.set(sheet, lastColumn);
      for (const { key, formula } of found) {
        const expr = followable(formula, sheet, sheets, { row: Math.floor(key / 16_384), column: key % 16_384 });
        const areas = expr && areasOf(expr);
        const size = areas ? areas.reduce((n, a) => n + (a.right - a.left + 1) * (a.bottom - a.top + 1), 0) : 0;
        if (!expr || !areas || lookedUp + size > MAX_LOOKED_UP) continue;
        lookedUp += size;
        (formulas.get(sheet) ?? formulas.set(sheet, new Map()).get(sheet)!).set(key, expr);
        for (const a of areas) {
          const wanted = next.get(a.sheet!) ?? next.set(a.sheet!, new Set()).get(a.sheet!)!;
          for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) if (read.get(a.sheet!)?.has(cellKey(r, c)) !== true) wanted.add(cellKey(r, c));
        }
      }
    }
    pending = new Map([...next].filter(([, keys]) => keys.size > 0));
  }
  for (const formulaCell of cells) {
    // A formula naming its own cell is circular: Excel does not work it out, and what it stores
    // can be anything — refused, unless it adds rows of its own column (a total row's
    // `=SUM(C5:C10)` in C10): such a row is a subtotal, checked against its rows or refused as an
    // office (sum-rows.ts), never added as it stores.
    const own = (a: Area) => a.sheet === target && a.left <= formulaCell.column && formulaCell.column <= a.right && a.top <= formulaCell.row && formulaCell.row <= a.bottom;
    if (areasOf(formulaCell.expr).some(own)) {
      if (rowsAddedInColumn(formulaCell.formula, formulaCell.row, formulaCell.column) === null) {
        found.set(cellKey(formulaCell.row, formulaCell.column), { stored: formulaCell.stored.toFixed(), gives: '', circular: true, formula: formulaCell.formula });
      }
      continue;
    }
    // a whole column is its stored rows (those below are empty), a whole row its stored columns
    let size = 0;
    const expr = withAreas(formulaCell.expr, (a) => {
      if (a.bottom !== SHEET_ROWS && a.right !== SHEET_COLUMNS) return a;
      const rows = a.bottom !== SHEET_ROWS ? a.bottom - a.top + 1 : Math.max(lastRows.get(a.sheet!) ?? notJudged(), a.top) - a.top + 1;
      const columns = a.right !== SHEET_COLUMNS ? a.right - a.left + 1 : Math.max(lastColumns.get(a.sheet!) ?? notJudged(), a.left) - a.left + 1;
      size += rows * columns;
      return rows * columns > MAX_AREA_CELLS ? notJudged() : { ...a, bottom: a.top + rows - 1, right: a.left + columns - 1 };
    });
    if (!expr || lookedUp + size > MAX_LOOKED_UP) {
      unworked(formulaCell.row, formulaCell.column, formulaCell.formula, formulaCell.stored);
      continue;
    }
    lookedUp += size;
    const cell = { ...formulaCell, expr };
    const judged = judge(cell, values, { links, sheet: target }, layouts);
    if (judged === 'not judged') unworked(cell.row, cell.column, cell.formula, cell.stored);
    else if (judged !== 'agrees') found.set(cellKey(cell.row, cell.column), { ...judged, formula: cell.formula });
  }
  return found;
}
