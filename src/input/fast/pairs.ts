// The fast path's per-row relation check, compiled once per file. Which fields a file gives is
// the same on every row, so derive() (domain/figures.ts) takes the same steps on every row, and
// every relation checkRelations tests is a fixed linear form over the given cells:
// "resolved = completed + terminated" is resolved − completed − terminated ≠ 0,
// "resolved ≤ with_conditions" with resolved derived is completed + terminated − with_conditions > 0.
// Those forms are worked out here, once; a row then costs a few multiply-adds per form.
//
// Values are held as two Numbers, whole đồng (hi) and thousandths (lo). Cells are < 10^15 đồng
// with at most 3 decimals and a form adds at most six of them, so every sum of hi stays below
// 2^53 and every sum of lo tiny: the arithmetic is exact without a BigInt per cell.
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

/** Σ coefs[i] × value(fields[i]) of a row; the row breaks a relation when it is ≠ 0 (or > 0 when `positive`). */
export interface LinearCheck {
  readonly fields: readonly number[];
  readonly coefs: readonly number[];
  readonly positive: boolean;
}

/** A value as coefficients of the given fields. */
type Form = Float64Array;

function unit(field: number): Form {
  const f = new Float64Array(FIELD_COUNT);
  f[field] = 1;
  return f;
}

/** Σ signs[i] × forms[i] */
function combine(forms: readonly Form[], signs: readonly number[]): Form {
  const out = new Float64Array(FIELD_COUNT);
  forms.forEach((f, i) => {
    for (let k = 0; k < FIELD_COUNT; k++) out[k]! += signs[i]! * f[k]!;
  });
  return out;
}

/** derive() of domain/figures.ts on forms: the same rules, in the same order. */
function deriveForms(given: readonly (Form | null)[], money: boolean): (Form | null)[] {
  const f = given.slice();
  const set = (k: number, v: Form | null) => {
    if (f[k] === null && v !== null) f[k] = v;
  };
  const sum = (ks: number[], signs: number[]): Form | null => (ks.every((k) => f[k] !== null) ? combine(ks.map((k) => f[k]!), signs) : null);
  for (let pass = 0; pass < 2; pass++) {
    if (f[DONE]) {
      const parts = [DONE, ...(f[TERM] ? [TERM] : []), ...(money && f[RED] ? [RED] : [])];
      set(RES, sum(parts, [1, 1, 1]));
    }
    set(TOTAL, sum([CO, NEW], [1, 1]));
    if (f[TOTAL] && f[CO]) set(NEW, sum([TOTAL, CO], [1, -1]));
    if (f[TOTAL] && f[DEL] && f[WD]) set(TE, sum([TOTAL, DEL, WD], [1, -1, -1]));
    set(TE, sum([WC, WOC], [1, 1]));
    if (f[TE] && f[WC]) set(WOC, sum([TE, WC], [1, -1]));
    if (f[TE] && f[RES]) set(CF, sum([TE, RES], [1, -1]));
  }
  return f;
}

function check(form: Form, positive: boolean): LinearCheck | null {
  const fields: number[] = [];
  const coefs: number[] = [];
  for (let k = 0; k < FIELD_COUNT; k++) {
    if (form[k] !== 0) {
      fields.push(k);
      coefs.push(form[k]!);
    }
  }
  // 0 ≠ 0 and 0 > 0 never hold: nothing to check.
  return fields.length === 0 ? null : { fields, coefs, positive };
}

/** What checkRelations (domain/figures.ts) tests on a row of `measure` giving `knownFields`, as linear checks. */
export function relationChecks(measure: Measure, knownFields: readonly number[]): LinearCheck[] {
  const money = measure === 'money';
  const given: (Form | null)[] = Array.from({ length: FIELD_COUNT }, (_, k) => (knownFields.includes(k) ? unit(k) : null));
  const out: (LinearCheck | null)[] = [];
  const equality = (lhs: number, parts: number[], signs: number[]) => {
    if (given[lhs] && parts.every((k) => given[k])) out.push(check(combine([given[lhs]!, ...parts.map((k) => given[k]!)], [1, ...signs.map((s) => -s)]), false));
  };
  equality(TOTAL, [CO, NEW], [1, 1]);
  equality(TE, [TOTAL, DEL, WD], [1, -1, -1]);
  equality(TE, [WC, WOC], [1, 1]);
  equality(RES, money ? [DONE, TERM, RED] : [DONE, TERM], [1, 1, 1]);
  equality(CF, [TE, RES], [1, -1]);

  const breakdown = BREAKDOWN.filter((k) => (money || k !== RED) && given[k]);
  if (given[WC] && breakdown.length > 1) out.push(check(combine([...breakdown.map((k) => given[k]!), given[WC]!], [...breakdown.map(() => 1), -1]), true));

  const d = deriveForms(given, money);
  for (const [a, b] of [
    [RES, WC],
    [WC, TE],
    [TE, TOTAL],
  ] as const) {
    if (d[a] && d[b]) out.push(check(combine([d[a]!, d[b]!], [1, -1]), true));
  }
  return out.filter((c): c is LinearCheck => c !== null);
}

/**
 * The checks of a file, flat, over the row's figure slots: check k adds coef[t] × slot[t] for t
 * in [start[k], start[k + 1]).
 */
export class RowChecks {
  readonly start: Int32Array;
  readonly slot: Int32Array;
  readonly coef: Float64Array;
  readonly positive: Uint8Array;
  /** 1 when the check's cells are whole numbers (counts): no thousandths to add */
  readonly whole: Uint8Array;

  /** Each check with the row slot of each of its fields. */
  constructor(checks: readonly { readonly check: LinearCheck; readonly slots: readonly number[]; readonly whole?: boolean }[]) {
    this.start = new Int32Array(checks.length + 1);
    this.positive = new Uint8Array(checks.length);
    this.whole = new Uint8Array(checks.length);
    const slots: number[] = [];
    const coefs: number[] = [];
    checks.forEach(({ check, slots: s, whole }, k) => {
      this.start[k] = slots.length;
      this.positive[k] = check.positive ? 1 : 0;
      this.whole[k] = whole ? 1 : 0;
      slots.push(...s);
      coefs.push(...check.coefs);
    });
    this.start[checks.length] = slots.length;
    this.slot = Int32Array.from(slots);
    this.coef = Float64Array.from(coefs);
  }

  /** True when checkRelations would report anything for the row in hi/lo (by slot). */
  violated(hi: Float64Array, lo: Float64Array): boolean {
    const { start, slot, coef, positive, whole } = this;
    const n = positive.length;
    for (let k = 0; k < n; k++) {
      const end = start[k + 1]!;
      let dh = 0;
      let sign: number;
      if (whole[k]) {
        for (let t = start[k]!; t < end; t++) dh += coef[t]! * hi[slot[t]!]!;
        sign = dh;
      } else {
        let dl = 0;
        for (let t = start[k]!; t < end; t++) {
          const s = slot[t]!;
          dh += coef[t]! * hi[s]!;
          dl += coef[t]! * lo[s]!;
        }
        // The sign of dh·1000 + dl, exactly: |dl| stays far below 1000·1000.
        sign = dh > 1000 || dh < -1000 ? dh : dh * 1000 + dl;
      }
      if (positive[k] ? sign > 0 : sign !== 0) return true;
    }
    return false;
  }
}
