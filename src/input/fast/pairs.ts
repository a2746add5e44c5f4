// The fast path's per-row relation check, on exact figures held as two Numbers: whole đồng
// (hi) and thousandths (lo). Cells are < 10^15 đồng with at most 3 decimals, and a relation
// adds at most a handful of them, so every hi stays far below 2^53 and every lo tiny: the
// arithmetic is exact without a BigInt (or an object) per cell. Scratch arrays are reused
// row after row.
import { F, FIELD_COUNT, type Measure } from '../../domain/fields.js';

const CO = F.carried_over;
const NEW = F.new;
const TOTAL = F.total;
const DEL = F.delegated;
const WD = F.withdrawn;
const TE = F.to_execute;
const WC = F.with_conditions;
const DONE = F.completed;
const TERM = F.terminated;
const RED = F.reduced;
const WOC = F.without_conditions;
const RES = F.resolved;
const CF = F.carried_forward;
const BREAKDOWN = [F.completed, F.terminated, F.reduced, F.in_progress, F.postponed, F.suspended, F.other];
// The equalities of checkRelations, built once (not per row): lhs = Σ sign × part.
const TOTAL_PARTS = [CO, NEW];
const TE_PARTS = [TOTAL, DEL, WD];
const SPLIT_PARTS = [WC, WOC];
const RESOLVED_MONEY = [DONE, TERM, RED];
const RESOLVED_CASES = [DONE, TERM];
const CF_PARTS = [TE, RES];
const PLUS = [1, 1, 1];
const MINUS = [1, -1, -1];

/** Sign of (ah·1000 + al) − (bh·1000 + bl), exactly: |lo| stays far below 1000·1000. */
function cmp(ah: number, al: number, bh: number, bl: number): number {
  const dh = ah - bh;
  return dh > 1000 || dh < -1000 ? dh : dh * 1000 + (al - bl);
}

/** One measure's given figures of a row, and checkRelations (domain/figures.ts) on them. */
export class RowRelations {
  /** given values: set hi/lo of the known fields before each check */
  readonly hi = new Float64Array(FIELD_COUNT);
  readonly lo = new Float64Array(FIELD_COUNT);
  /** which fields the file gives (the same on every row) */
  readonly known = new Uint8Array(FIELD_COUNT);
  private readonly h = new Float64Array(FIELD_COUNT);
  private readonly l = new Float64Array(FIELD_COUNT);
  private readonly k = new Uint8Array(FIELD_COUNT);
  private readonly money: boolean;
  private readonly breakdown: number[];

  constructor(measure: Measure, knownFields: readonly number[]) {
    for (const i of knownFields) this.known[i] = 1;
    this.money = measure === 'money';
    this.breakdown = BREAKDOWN.filter((i) => (this.money || i !== RED) && this.known[i]);
  }

  /** lhs = Σ sign·parts on the given values; false when a side is unknown. */
  private unequal(lhs: number, parts: readonly number[], signs: readonly number[]): boolean {
    const { hi, lo, known } = this;
    if (!known[lhs]) return false;
    let rh = 0;
    let rl = 0;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (!known[p]) return false;
      rh += signs[i]! * hi[p]!;
      rl += signs[i]! * lo[p]!;
    }
    return cmp(hi[lhs]!, lo[lhs]!, rh, rl) !== 0;
  }

  private set(i: number, vh: number, vl: number): void {
    if (this.k[i]) return;
    this.k[i] = 1;
    this.h[i] = vh;
    this.l[i] = vl;
  }

  /** derive() of domain/figures.ts: the same rules, in the same order, on h/l/k. */
  private derive(): void {
    const { h, l, k } = this;
    h.set(this.hi);
    l.set(this.lo);
    k.set(this.known);
    for (let pass = 0; pass < 2; pass++) {
      if (k[DONE]) {
        let rh = h[DONE]! + (k[TERM] ? h[TERM]! : 0);
        let rl = l[DONE]! + (k[TERM] ? l[TERM]! : 0);
        if (this.money && k[RED]) (rh += h[RED]!), (rl += l[RED]!);
        this.set(RES, rh, rl);
      }
      if (k[CO] && k[NEW]) this.set(TOTAL, h[CO]! + h[NEW]!, l[CO]! + l[NEW]!);
      if (k[TOTAL] && k[CO]) this.set(NEW, h[TOTAL]! - h[CO]!, l[TOTAL]! - l[CO]!);
      if (k[TOTAL] && k[DEL] && k[WD]) this.set(TE, h[TOTAL]! - (h[DEL]! + h[WD]!), l[TOTAL]! - (l[DEL]! + l[WD]!));
      if (k[WC] && k[WOC]) this.set(TE, h[WC]! + h[WOC]!, l[WC]! + l[WOC]!);
      if (k[TE] && k[WC]) this.set(WOC, h[TE]! - h[WC]!, l[TE]! - l[WC]!);
      if (k[TE] && k[RES]) this.set(CF, h[TE]! - h[RES]!, l[TE]! - l[RES]!);
    }
  }

  /** True when checkRelations would report anything for the current row. */
  violated(): boolean {
    if (this.unequal(TOTAL, TOTAL_PARTS, PLUS)) return true;
    if (this.unequal(TE, TE_PARTS, MINUS)) return true;
    if (this.unequal(TE, SPLIT_PARTS, PLUS)) return true;
    if (this.unequal(RES, this.money ? RESOLVED_MONEY : RESOLVED_CASES, PLUS)) return true;
    if (this.unequal(CF, CF_PARTS, MINUS)) return true;

    const { hi, lo, known } = this;
    if (known[WC] && this.breakdown.length > 1) {
      let sh = 0;
      let sl = 0;
      for (const i of this.breakdown) (sh += hi[i]!), (sl += lo[i]!);
      if (cmp(sh, sl, hi[WC]!, lo[WC]!) > 0) return true;
    }

    this.derive();
    return this.above(RES, WC) || this.above(WC, TE) || this.above(TE, TOTAL);
  }

  /** a > b on derived values, both known. */
  private above(a: number, b: number): boolean {
    const { h, l, k } = this;
    return k[a] === 1 && k[b] === 1 && cmp(h[a]!, l[a]!, h[b]!, l[b]!) > 0;
  }
}
