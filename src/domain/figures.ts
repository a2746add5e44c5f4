// Figures of one measure for one row or group, indexed by the field table, and the relations
// table (relations.ts) interpreted on them: what can be derived, and what must hold.
import { plain, ZERO, type Dec } from './decimal.js';
import { F, FIELD_COUNT, FIELDS, type FieldKey, type Measure } from './fields.js';
import { derive as deriveWith, hintOf, regimeOf, tests, type Algebra, type Side, type Test } from './relations.js';
import type { Code } from '../errors.js';

/** One value per field; null = unknown (column absent), never 0. */
export type Figures = (Dec | null)[];

export function emptyFigures(): Figures {
  return new Array<Dec | null>(FIELD_COUNT).fill(null);
}

const DECIMALS: Algebra<Dec> = { zero: ZERO, add: (a, b) => a.plus(b), sub: (a, b) => a.minus(b) };

/**
 * Fills in what the given fields determine under the regime of statistics year `year`; leaves
 * the rest null. Returns a new array.
 */
export function derive(given: Figures, measure: Measure, year: number | null): Figures {
  return deriveWith(given, measure, regimeOf(year), DECIMALS);
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
function withValues(s: Side<Dec>): string {
  return s.terms.map((t, i) => `${i === 0 ? (t.sign === 1 ? '' : '−') : t.sign === 1 ? ' + ' : ' − '}${label(t.field)} ${plain(t.value)}`).join('');
}

function message(t: Test<Dec>): string {
  const one = (s: Side<Dec>) => s.terms[0]!;
  const r = t.relation;
  if (t.negativeRemainder) return `${label(t.field)} ${plain(t.right.sum)} < ${withValues(t.left)} = ${plain(t.left.sum)}: ${label(t.negativeRemainder)} would be negative`;
  if (r.kind === 'sum') return `${label(r.field)} ${plain(t.left.sum)} ≠ ${withValues(t.right)} = ${plain(t.right.sum)}`;
  if (r.kind === 'parts') return `${label(r.whole)} ${plain(t.right.sum)} < ${t.left.terms.map((x) => label(x.field)).join(' + ')} = ${plain(t.left.sum)}`;
  return `${label(one(t.left).field)} ${plain(t.left.sum)} > ${label(one(t.right).field)} ${plain(t.right.sum)}`;
}

/**
 * Checks every relation of the regime of `year` whose sides are known (equalities on the given
 * cells, so a derived value never "confirms" itself; orders and remainders on given-or-derived
 * values).
 */
export function checkRelations(given: Figures, measure: Measure, year: number | null): Violation[] {
  const regime = regimeOf(year);
  const out: Violation[] = [];
  for (const t of tests(given, measure, regime, DECIMALS)) {
    const holds = t.op === 'eq' ? t.left.sum.eq(t.right.sum) : t.left.sum.lte(t.right.sum);
    if (!holds) out.push({ code: t.relation.code, field: t.field, message: `${measure}: ${message(t)}`, hint: hintOf(t.relation, regime) });
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
