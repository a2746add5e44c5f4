// Figures of one measure for one row or group, indexed by the field table, and the relations
// of SPEC §2 between them: what can be derived, and what must hold.
import { plain, ZERO, type Dec } from './decimal.js';
import { F, FIELD_COUNT, FIELDS, type FieldKey, type Measure } from './fields.js';
import type { Code } from '../errors.js';

/** One value per field; null = unknown (column absent), never 0. */
export type Figures = (Dec | null)[];

export function emptyFigures(): Figures {
  return new Array<Dec | null>(FIELD_COUNT).fill(null);
}

function sumOf(values: (Dec | null)[]): Dec | null {
  let total = ZERO;
  for (const v of values) {
    if (v === null) return null;
    total = total.plus(v);
  }
  return total;
}

/** Fills in what the given fields determine; leaves the rest null. Returns a new array. */
export function derive(given: Figures, measure: Measure): Figures {
  const f = given.slice();
  const get = (k: FieldKey) => f[F[k]] ?? null;
  const setIfUnknown = (k: FieldKey, v: Dec | null) => {
    if (f[F[k]] === null && v !== null) f[F[k]] = v;
  };
  // The two passes let values derived late (to_execute from the split) feed earlier rules.
  for (let pass = 0; pass < 2; pass++) {
    const completed = get('completed');
    if (completed !== null) {
      const terminated = get('terminated') ?? ZERO;
      const reduced = measure === 'money' ? (get('reduced') ?? ZERO) : ZERO;
      setIfUnknown('resolved', completed.plus(terminated).plus(reduced));
    }
    setIfUnknown('total', sumOf([get('carried_over'), get('new')]));
    const total = get('total');
    const carriedOver = get('carried_over');
    if (total !== null && carriedOver !== null) setIfUnknown('new', total.minus(carriedOver));
    const deductions = sumOf([get('delegated'), get('withdrawn')]);
    if (total !== null && deductions !== null) setIfUnknown('to_execute', total.minus(deductions));
    setIfUnknown('to_execute', sumOf([get('with_conditions'), get('without_conditions')]));
    const toExecute = get('to_execute');
    const withConditions = get('with_conditions');
    if (toExecute !== null && withConditions !== null) setIfUnknown('without_conditions', toExecute.minus(withConditions));
    const resolved = get('resolved');
    if (toExecute !== null && resolved !== null) setIfUnknown('carried_forward', toExecute.minus(resolved));
  }
  return f;
}

export interface Violation {
  readonly code: Code;
  readonly message: string;
  /** the field whose cell the message points at */
  readonly field: FieldKey;
}

const BREAKDOWN: readonly FieldKey[] = ['completed', 'terminated', 'reduced', 'in_progress', 'postponed', 'suspended', 'other'];

function label(k: FieldKey): string {
  return FIELDS[F[k]]!.label.en.toLowerCase();
}

/**
 * Checks every relation of SPEC §2 whose sides are all given (equalities on the given cells,
 * so a derived value never "confirms" itself) and the chain
 * resolved ≤ with_conditions ≤ to_execute ≤ total on given-or-derived values.
 */
export function checkRelations(given: Figures, measure: Measure): Violation[] {
  const out: Violation[] = [];
  const g = (k: FieldKey) => given[F[k]] ?? null;
  const p = (v: Dec) => plain(v);
  const prefix = `${measure}: `;

  const equality = (code: Code, field: FieldKey, parts: FieldKey[], signs: (1 | -1)[]) => {
    const lhs = g(field);
    const values = parts.map(g);
    if (lhs === null || values.some((v) => v === null)) return;
    let rhs = ZERO;
    values.forEach((v, i) => {
      rhs = signs[i] === 1 ? rhs.plus(v!) : rhs.minus(v!);
    });
    if (lhs.eq(rhs)) return;
    const expr = parts.map((k, i) => `${i === 0 ? '' : signs[i] === 1 ? ' + ' : ' − '}${label(k)} ${p(values[i]!)}`).join('');
    out.push({ code, field, message: `${prefix}${label(field)} ${p(lhs)} ≠ ${expr} = ${p(rhs)}` });
  };

  equality('TOTAL_MISMATCH', 'total', ['carried_over', 'new'], [1, 1]);
  equality('TO_EXECUTE_MISMATCH', 'to_execute', ['total', 'delegated', 'withdrawn'], [1, -1, -1]);
  equality('CONDITIONS_SPLIT_MISMATCH', 'to_execute', ['with_conditions', 'without_conditions'], [1, 1]);
  equality(
    'RESOLVED_MISMATCH',
    'resolved',
    measure === 'money' ? ['completed', 'terminated', 'reduced'] : ['completed', 'terminated'],
    measure === 'money' ? [1, 1, 1] : [1, 1],
  );
  equality('CARRIED_FORWARD_MISMATCH', 'carried_forward', ['to_execute', 'resolved'], [1, -1]);

  const withConditions = g('with_conditions');
  const parts = BREAKDOWN.filter((k) => (measure === 'money' || k !== 'reduced') && g(k) !== null);
  if (withConditions !== null && parts.length > 1) {
    const sum = sumOf(parts.map(g))!;
    if (sum.gt(withConditions)) {
      out.push({
        code: 'BREAKDOWN_EXCEEDS_WITH_CONDITIONS',
        field: 'with_conditions',
        message: `${prefix}with conditions ${p(withConditions)} < ${parts.map(label).join(' + ')} = ${p(sum)}`,
      });
    }
  }

  const d = derive(given, measure);
  const chain: [FieldKey, FieldKey, Code][] = [
    ['resolved', 'with_conditions', 'RESOLVED_EXCEEDS_WITH_CONDITIONS'],
    ['with_conditions', 'to_execute', 'WITH_CONDITIONS_EXCEEDS_TO_EXECUTE'],
    ['to_execute', 'total', 'TO_EXECUTE_EXCEEDS_TOTAL'],
  ];
  for (const [small, large, code] of chain) {
    const a = d[F[small]] ?? null;
    const b = d[F[large]] ?? null;
    if (a !== null && b !== null && a.gt(b)) {
      out.push({ code, field: small, message: `${prefix}${label(small)} ${p(a)} > ${label(large)} ${p(b)}` });
    }
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
