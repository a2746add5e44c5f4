// Rows of one office one below the other — its enforcers' rows ("Chấp hành viên") — with a row
// of the office that adds them up without saying so: no "Cộng", the enforcer cell left empty,
// the office's name merged down over it; closing the run, or heading it (the office's own
// line, bold, above its enforcers). Added as a row of the office it would count the office
// twice. Found by its figures and by the name it lacks: a row without a name in a column thads
// does not read ("unnamed") that equals the sum of the named rows of its run. A named row is
// never a subtotal (an enforcer whose figures equal two others'); in a file without such
// names, a row equal to the sum of two or more rows right above it is one.
// Pure; rows come in file order. A row that may head a run waits until the run ends.
import { agreement } from './suspect-rows.js';
import { addSums, copySums, type Sums } from './declared-rows.js';

/** Agreeing non-zero figures a subtotal needs: one could be chance (as SUSPECTED_TOTAL_ROW). */
const EVIDENCE = 2;

/**
 * An unnamed row beside its enforcers' rows that is not their sum: their subtotal with a slip
 * (150 beside 90 + 50, or one figure one short), or the office's own cases beside theirs —
 * which, cannot be told, and one reading adds the office twice. Cases of no enforcer are named
 * so ("Chưa phân công"); a row without a name there is read as their subtotal or refused.
 */
function contradicts(row: Sums, sums: Sums): boolean {
  return agreement(row, sums) < 0;
}

/**
 * A khu vực's own row among its former parts under its own title (read-csv.ts ownRowAt: its own
 * months from 1/7/2025 beside theirs to 30/6/2025, work100a 01, 02): one more of its rows when
 * it shares no non-zero figure with their sum — no subtotal of theirs, slipped or not. Equal to
 * their sum it is their heading or closing row, as any office's; sharing some figures but not
 * all, a subtotal with a slip or its own months, which thads cannot tell: refused as before.
 */
function ownRowBeside(row: Sums, sums: Sums): boolean {
  for (const m of new Set([...Object.keys(row), ...Object.keys(sums)]) as Set<keyof Sums>) {
    const a = row[m] ?? [];
    const b = sums[m] ?? [];
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const u = a[i] ?? null;
      const v = b[i] ?? null;
      if (u !== null && v !== null && !u.isZero() && u.eq(v)) return false;
    }
  }
  return true;
}

/**
 * What became of the rows seen so far: rows to add now (in order), rows that were subtotals, and
 * an office's unnamed row beside its enforcers' rows that is not their sum (`contradicts`): as
 * their subtotal it is wrong, as a row of its own it would be added beside them — thads cannot
 * tell which, so the caller refuses the file rather than add it.
 */
export interface RunOutcome<R> {
  readonly add: R[];
  readonly subtotals: R[];
  readonly contradicts?: { readonly row: R; readonly first: R; readonly last: R; readonly part?: Part };
}

/**
 * A 2025 regional office's former districts under its row (read-csv.ts enforcerRow): 'whole'
 * when they must add up to it, 'of-which' under "Trong đó:", which may list some only. The
 * office row's figures stand and the parts are not added; parts that do not add up (more than
 * it, under "Trong đó") are refused.
 */
export type Part = 'whole' | 'of-which';

/** `sums` against `head`, figure by figure, an empty cell read as 0: all equal, none more, or some more */
function compare(head: Sums, sums: Sums): 'equal' | 'within' | 'more' {
  let equal = true;
  for (const m of new Set([...Object.keys(head), ...Object.keys(sums)]) as Set<keyof Sums>) {
    const h = head[m] ?? [];
    const s = sums[m] ?? [];
    for (let i = 0; i < Math.max(h.length, s.length); i++) {
      const a = h[i] ?? null;
      const b = s[i] ?? null;
      if (b === null || b.isZero()) { if (a !== null && !a.isZero()) equal = false; continue; }
      if (a === null || b.gt(a)) return 'more';
      if (!b.eq(a)) equal = false;
    }
  }
  return equal ? 'equal' : 'within';
}

interface Pending<R> {
  readonly row: R;
  readonly figures: Sums;
  /** a khu vực's own row among its parts (ownRowBeside) */
  readonly own?: boolean;
}

export class OfficeRuns<R> {
  private key: string | null = null;
  /** an unnamed first row of the run, which may head it; it and the rows after it wait (file order is kept) */
  private head: Pending<R> | null = null;
  private held: R[] = [];
  /** the run's first and last named rows (an office's enforcers), for a contradiction's message */
  private named: { first: R; last: R } | null = null;
  /** the run's rows after the head (or all of them), summed */
  private sums: Sums = {};
  private rows = 0;
  /** every row counted in `sums` is named */
  private allNamed = true;
  /** the run's named rows are a regional office's parts */
  private part: Part | null = null;

  /**
   * The next data row: `named` when a column thads does not read names it (an enforcer),
   * `numbered` when its STT cell numbers it (an item of the list: never a subtotal below others),
   * `own` when it is a khu vực's own row among its parts (ownRowBeside).
   */
  see(key: string, figures: Sums, named: boolean, row: R, numbered = false, part?: Part, own = false): RunOutcome<R> {
    if (key === this.key && part !== undefined && this.head !== null) {
      addSums(this.sums, figures);
      this.rows++;
      this.part = part;
      this.named = { first: this.named?.first ?? row, last: row };
      this.held.push(row);
      return { add: [], subtotals: [] };
    }
    if (key === this.key) {
      const closes = this.rows > 0 && !named && !numbered && agreement(figures, this.sums) >= EVIDENCE && (this.allNamed ? true : this.rows >= 2 && this.head === null);
      if (closes) {
        const out = this.end();
        return { add: out.add, subtotals: [...out.subtotals, row] };
      }
      // Below its enforcers' rows, an unnamed row of the office that is not their sum.
      if (!named && this.rows > 0 && this.allNamed && this.head === null && contradicts(figures, this.sums)) {
        const contradiction = { row, ...this.named! };
        // (a khu vực's own months below its parts: one more of its rows, ownRowBeside)
        const ownRow = own && ownRowBeside(figures, this.sums);
        addSums(this.sums, figures);
        this.rows++;
        this.allNamed = false;
        return ownRow ? { add: [row], subtotals: [] } : { add: [row], subtotals: [], contradicts: contradiction };
      }
      if (named || this.head === null) {
        addSums(this.sums, figures);
        this.rows++;
        this.allNamed &&= named;
        if (named) this.named = { first: this.named?.first ?? row, last: row };
        if (this.head === null) return { add: [row], subtotals: [] };
        this.held.push(row);
        return { add: [], subtotals: [] };
      }
      if (this.rows === 0) {
        // Two unnamed rows: no head of named rows; a run without names (a file that has none).
        const head = this.head!;
        this.head = null;
        this.sums = copySums(head.figures);
        addSums(this.sums, figures);
        this.rows = 2;
        this.allNamed = false;
        return { add: [head.row, row], subtotals: [] };
      }
    }
    // Another office, or a second unnamed row under a head: the run so far ends here.
    const out = this.end();
    this.key = key;
    if (!named) {
      this.head = { row, figures, own };
      return out;
    }
    this.sums = copySums(figures);
    this.rows = 1;
    this.allNamed = true;
    this.named = { first: row, last: row };
    return out.add.length > 0 ? { add: [...out.add, row], subtotals: out.subtotals } : { add: [row], subtotals: out.subtotals };
  }

  /** No run: the state a new office starts from. */
  private reset(): void {
    this.key = null;
    this.named = null;
    this.head = null;
    this.held = [];
    this.sums = {};
    this.rows = 0;
    this.allNamed = true;
  }

  /** The run ends (another office, a declared row, the end of the file): a head is added, or was their sum. */
  end(): RunOutcome<R> {
    const head = this.head;
    const held = this.held;
    const part = this.part;
    this.part = null;
    if (head !== null && part !== null) {
      const sums = this.sums;
      const named = this.named!;
      this.reset();
      const how = compare(head.figures, sums);
      if (how === 'equal' || (how === 'within' && part === 'of-which')) return { add: [head.row], subtotals: held };
      // (a khu vực's own months above its parts: one more of its rows, ownRowBeside)
      if (head.own === true && part === 'whole' && ownRowBeside(head.figures, sums)) return { add: [head.row, ...held], subtotals: [] };
      return { add: [head.row], subtotals: held, contradicts: { row: head.row, ...named, part } };
    }
    const heads = head !== null && this.rows > 0 && this.allNamed && agreement(head.figures, this.sums) >= EVIDENCE;
    const contradiction = head !== null && this.rows > 0 && this.allNamed && this.named !== null && contradicts(head.figures, this.sums) ? { row: head.row, ...this.named } : undefined;
    this.reset();
    if (head === null) return { add: held, subtotals: [] };
    if (heads) return { add: held, subtotals: [head.row] };
    return { add: [head.row, ...held], subtotals: [], ...(contradiction ? { contradicts: contradiction } : {}) };
  }
}
