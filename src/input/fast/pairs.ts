// The fast path's per-row relation check, compiled once per file and regime from the relations
// table (domain/relations.ts). Which fields a file gives is the same on every row, so derive()
// takes the same steps on every row, and every test checkRelations makes is a fixed linear form
// over the given cells: "resolved = completed + terminated" is resolved − completed −
// terminated ≠ 0, "resolved ≤ with_conditions" with resolved derived is completed + terminated −
// with_conditions > 0. The table's compiled plan (relations.ts compile) is run here on
// coefficient vectors instead of Decimals; a row then costs a few multiply-adds per form.
//
// Values are held as two Numbers, whole units of the file (hi) and units of its last decimal
// (lo: thousandths of a đồng, or millionths of a nghìn đồng). Cells are < 10^15 units with at
// most 6 decimals and a form adds at most eight of them with coefficients ±1 (the breakdown of
// with_conditions for money; test/unit/fast-relations.test.ts checks the bound), so every sum
// of hi stays below 2^53 and every sum of lo below 10^7 units: the arithmetic is exact without
// a BigInt per cell.
import { FIELD_COUNT, type Measure } from '../../domain/fields.js';
import { compile, run, sum, type Algebra, type Regime } from '../../domain/relations.js';

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

const FORMS: Algebra<Form> = {
  zero: new Float64Array(FIELD_COUNT),
  add: (a, b) => a.map((x, k) => x + b[k]!),
  sub: (a, b) => a.map((x, k) => x - b[k]!),
};

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

/** What checkRelations (domain/figures.ts) tests on a row of `measure` and `regime` giving `knownFields`, as linear checks. */
export function relationChecks(measure: Measure, knownFields: readonly number[], regime: Regime): LinearCheck[] {
  const known = Array.from({ length: FIELD_COUNT }, (_, k) => knownFields.includes(k));
  const plan = compile(known, measure, regime);
  // the plan's derived values as forms of the given cells
  const forms = run(plan, known.map((k, i) => (k ? unit(i) : null)), FORMS);
  // left = right breaks when left − right ≠ 0; left ≤ right when left − right > 0
  return plan.tests.map((t) => check(FORMS.sub(sum(t.left, forms, FORMS), sum(t.right, forms, FORMS)), t.op === 'le')).filter((c): c is LinearCheck => c !== null);
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

  /**
   * Each check with the row slot of each of its fields; `unit`: lo per unit of hi (1000 when lo
   * counts thousandths).
   */
  constructor(
    checks: readonly { readonly check: LinearCheck; readonly slots: readonly number[]; readonly whole?: boolean }[],
    private readonly unit = 1000,
  ) {
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
    const { start, slot, coef, positive, whole, unit } = this;
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
        // The sign of dh·unit + dl, exactly: |dl| stays below 8·unit, far below 1000·unit.
        sign = dh > 1000 || dh < -1000 ? dh : dh * unit + dl;
      }
      if (positive[k] ? sign > 0 : sign !== 0) return true;
    }
    return false;
  }
}
