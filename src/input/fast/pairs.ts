// Exact figures as two Numbers, for the fast path's per-row relation check: whole đồng (hi)
// and thousandths (lo, 0…999 after normalising). Cells are < 10^15 đồng, and the relations add
// at most four of them, so hi stays far below 2^53 and every operation is exact — without
// allocating a BigInt per cell. Money with more than 3 decimals never gets here.
import { F, FIELD_COUNT, type FieldKey, type Measure } from '../../domain/fields.js';

/** hi × 1000 + lo thousandths; lo in [0, 1000). null = unknown, as in Figures. */
export interface Pair {
  readonly hi: number;
  readonly lo: number;
}

export type PairFigures = (Pair | null)[];

const ZERO: Pair = { hi: 0, lo: 0 };

function norm(hi: number, lo: number): Pair {
  const carry = Math.floor(lo / 1000);
  return { hi: hi + carry, lo: lo - carry * 1000 };
}

const add = (a: Pair, b: Pair): Pair => norm(a.hi + b.hi, a.lo + b.lo);
const sub = (a: Pair, b: Pair): Pair => norm(a.hi - b.hi, a.lo - b.lo);
const cmp = (a: Pair, b: Pair): number => (a.hi !== b.hi ? a.hi - b.hi : a.lo - b.lo);

function sumOf(values: (Pair | null)[]): Pair | null {
  let total = ZERO;
  for (const v of values) {
    if (v === null) return null;
    total = add(total, v);
  }
  return total;
}

/** derive() of domain/figures.ts, on pairs: the same rules in the same order. */
function derive(given: PairFigures, measure: Measure): PairFigures {
  const f = given.slice();
  const get = (k: FieldKey) => f[F[k]] ?? null;
  const setIfUnknown = (k: FieldKey, v: Pair | null) => {
    if (f[F[k]] === null && v !== null) f[F[k]] = v;
  };
  for (let pass = 0; pass < 2; pass++) {
    const completed = get('completed');
    if (completed !== null) {
      const terminated = get('terminated') ?? ZERO;
      const reduced = measure === 'money' ? (get('reduced') ?? ZERO) : ZERO;
      setIfUnknown('resolved', add(add(completed, terminated), reduced));
    }
    setIfUnknown('total', sumOf([get('carried_over'), get('new')]));
    const total = get('total');
    const carriedOver = get('carried_over');
    if (total !== null && carriedOver !== null) setIfUnknown('new', sub(total, carriedOver));
    const deductions = sumOf([get('delegated'), get('withdrawn')]);
    if (total !== null && deductions !== null) setIfUnknown('to_execute', sub(total, deductions));
    setIfUnknown('to_execute', sumOf([get('with_conditions'), get('without_conditions')]));
    const toExecute = get('to_execute');
    const withConditions = get('with_conditions');
    if (toExecute !== null && withConditions !== null) setIfUnknown('without_conditions', sub(toExecute, withConditions));
    const resolved = get('resolved');
    if (toExecute !== null && resolved !== null) setIfUnknown('carried_forward', sub(toExecute, resolved));
  }
  return f;
}

const BREAKDOWN: readonly FieldKey[] = ['completed', 'terminated', 'reduced', 'in_progress', 'postponed', 'suspended', 'other'];

/**
 * True when checkRelations (domain/figures.ts) would report anything for these figures:
 * the same equalities, breakdown and chain. The fast path then hands the file to the
 * reference reader, which words the warnings.
 */
export function violatesRelations(given: PairFigures, measure: Measure): boolean {
  const g = (k: FieldKey) => given[F[k]] ?? null;
  const unequal = (field: FieldKey, parts: FieldKey[], signs: (1 | -1)[]): boolean => {
    const lhs = g(field);
    if (lhs === null) return false;
    let rhs = ZERO;
    for (let i = 0; i < parts.length; i++) {
      const v = g(parts[i]!);
      if (v === null) return false;
      rhs = signs[i] === 1 ? add(rhs, v) : sub(rhs, v);
    }
    return cmp(lhs, rhs) !== 0;
  };
  if (unequal('total', ['carried_over', 'new'], [1, 1])) return true;
  if (unequal('to_execute', ['total', 'delegated', 'withdrawn'], [1, -1, -1])) return true;
  if (unequal('to_execute', ['with_conditions', 'without_conditions'], [1, 1])) return true;
  if (measure === 'money' ? unequal('resolved', ['completed', 'terminated', 'reduced'], [1, 1, 1]) : unequal('resolved', ['completed', 'terminated'], [1, 1])) return true;
  if (unequal('carried_forward', ['to_execute', 'resolved'], [1, -1])) return true;

  const withConditions = g('with_conditions');
  const parts = BREAKDOWN.filter((k) => (measure === 'money' || k !== 'reduced') && g(k) !== null);
  if (withConditions !== null && parts.length > 1 && cmp(sumOf(parts.map(g))!, withConditions) > 0) return true;

  const d = derive(given, measure);
  const chain: [FieldKey, FieldKey][] = [
    ['resolved', 'with_conditions'],
    ['with_conditions', 'to_execute'],
    ['to_execute', 'total'],
  ];
  for (const [small, large] of chain) {
    const a = d[F[small]] ?? null;
    const b = d[F[large]] ?? null;
    if (a !== null && b !== null && cmp(a, b) > 0) return true;
  }
  return false;
}

export function emptyPairs(): PairFigures {
  return new Array<Pair | null>(FIELD_COUNT).fill(null);
}
