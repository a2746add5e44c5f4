// Figures of one measure for one row or group, indexed by the field table, and the relations
// table (relations.ts) run on them: what can be derived, and what must hold.
import { plain, plusExact, ZERO, type Dec } from './decimal.js';
import { F, FIELD_COUNT, FIELDS, MEASURES, type FieldKey, type Measure } from './fields.js';
import { compile, hintOf, regimeOf, run, sum, type Algebra, type Plan, type SignedField, type Test } from './relations.js';
import type { Code } from '../errors.js';

/** One value per field; null = unknown (column absent), never 0. */
export type Figures = (Dec | null)[];

export function emptyFigures(): Figures {
  return new Array<Dec | null>(FIELD_COUNT).fill(null);
}

const DECIMALS: Algebra<Dec> = { zero: ZERO, add: (a, b) => plusExact(a, b, 1), sub: (a, b) => plusExact(a, b, -1) };

function planOf(given: Figures, measure: Measure, year: number | null): Plan {
  const known = new Array<boolean>(FIELD_COUNT);
  for (let i = 0; i < FIELD_COUNT; i++) known[i] = (given[i] ?? null) !== null;
  return compile(known, measure, regimeOf(year));
}

/**
 * Fills in what the given fields determine under the regime of statistics year `year`; leaves
 * the rest null. Returns a new array.
 */
export function derive(given: Figures, measure: Measure, year: number | null): Figures {
  return run(planOf(given, measure, year), given, DECIMALS);
}

/**
 * derive(), but `given` itself when it determines nothing more — a group's sums of figures each
 * office's row had completed (collect.ts): no copy of each group's figures, which live to the end of a run.
 */
export function completed(given: Figures, measure: Measure, year: number | null): Figures {
  const plan = planOf(given, measure, year);
  if (plan.steps.length === 0 && plan.absent.every((i) => (given[i] ?? null) === null)) return given;
  return run(plan, given, DECIMALS);
}

/**
 * Each measure's figures with what they determine filled in: an office's row is added to its
 * groups so, because offices give different fields — one "Thi hành xong" and "Đình chỉ", another
 * "Thi hành xong" alone (SPEC §2: resolved is completed, with terminated and reduced when
 * present) — and the sums of what each gave would leave the parts unknown and derive resolved
 * from completed alone.
 */
export function deriveMeasures(figures: Partial<Record<Measure, Figures>>, year: number | null): Partial<Record<Measure, Figures>> {
  const out: Partial<Record<Measure, Figures>> = {};
  for (const m of MEASURES) {
    const f = figures[m];
    if (f) out[m] = derive(f, m, year);
  }
  return out;
}

export interface Violation {
  readonly code: Code;
  readonly message: string;
  /** the field whose cell the message points at */
  readonly field: FieldKey;
  /** the rule broken, in the regime of the row's year */
  readonly hint: string;
}

function label(k: FieldKey): string {
  return FIELDS[F[k]]!.label.en.toLowerCase();
}

/** "carried over 300 + new 429" */
function withValues(side: readonly SignedField[], f: Figures): string {
  return side.map((t, i) => `${i === 0 ? (t.sign === 1 ? '' : '−') : t.sign === 1 ? ' + ' : ' − '}${label(t.field)} ${plain(f[t.index]!)}`).join('');
}

function message(t: Test, f: Figures, left: Dec, right: Dec): string {
  const r = t.relation;
  if (t.negativeRemainder) return `${label(t.field)} ${plain(right)} < ${withValues(t.left, f)} = ${plain(left)}: ${label(t.negativeRemainder)} would be negative`;
  if (r.kind === 'sum') return `${label(r.field)} ${plain(left)} ≠ ${withValues(t.right, f)} = ${plain(right)}`;
  if (r.kind === 'parts') return `${label(r.whole)} ${plain(right)} < ${t.left.map((x) => label(x.field)).join(' + ')} = ${plain(left)}`;
  return `${label(t.left[0]!.field)} ${plain(left)} > ${label(t.right[0]!.field)} ${plain(right)}`;
}

/**
 * Checks every relation of the regime of `year` whose sides are known (equalities on the given
 * cells, so a derived value never "confirms" itself; orders and remainders on given-or-derived
 * values).
 */
export function checkRelations(given: Figures, measure: Measure, year: number | null): Violation[] {
  const plan = planOf(given, measure, year);
  if (plan.tests.length === 0) return [];
  const f = plan.steps.length === 0 && plan.absent.length === 0 ? given : run(plan, given, DECIMALS);
  const out: Violation[] = [];
  for (const t of plan.tests) {
    const left = sum(t.left, f, DECIMALS);
    const right = sum(t.right, f, DECIMALS);
    if (t.op === 'eq' ? left.eq(right) : left.lte(right)) continue;
    // money in đồng, whatever unit the file wrote it in: "money (đồng): resolved 1500001 ≠ …" beside a
    // nghìn đồng file's 1.500,001 (traps35 5: the figure had no unit)
    out.push({ code: t.relation.code, field: t.field, message: `${measure === 'money' ? 'money (đồng)' : measure}: ${message(t, f, left, right)}`, hint: hintOf(t.relation, regimeOf(year)) });
  }
  return out;
}

/** Adds figures field by field; an unknown on either side stays unknown. */
export function addFigures(a: Figures, b: Figures): Figures {
  const out = emptyFigures();
  for (let i = 0; i < FIELD_COUNT; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    out[i] = x === null || y === null ? null : x.plus(y);
  }
  return out;
}

/** addFigures into `into` itself (the caller owns it): no new array per row. */
export function addFiguresInto(into: Figures, b: Figures): void {
  for (let i = 0; i < FIELD_COUNT; i++) {
    const x = into[i] ?? null;
    const y = b[i] ?? null;
    into[i] = x === null || y === null ? null : x.plus(y);
  }
}
