// The relations of SPEC §2 between the figures of one measure, written once, as data, per
// statistics regime. Everything else interprets this table:
//   - domain/figures.ts derives and checks figures with it (Decimals, messages for people);
//   - input/fast/pairs.ts compiles it into linear checks on the fast path's integer cells;
//   - errors.ts takes the hints of its codes from it, and README's table of relations is
//     generated from it (scripts/relations-table.mjs).
// derive() and tests() below are written once for any value type (an Algebra): Decimals for
// the domain, coefficient vectors for the fast path's compiler.
import { F, FIELDS, type FieldKey, type Measure } from './fields.js';

/** The codes of broken relations, each with its hint built from the rules below (errors.ts). */
export type RelationCode =
  | 'TOTAL_MISMATCH'
  | 'TO_EXECUTE_MISMATCH'
  | 'CONDITIONS_SPLIT_MISMATCH'
  | 'BREAKDOWN_EXCEEDS_WITH_CONDITIONS'
  | 'RESOLVED_MISMATCH'
  | 'CARRIED_FORWARD_MISMATCH'
  | 'RESOLVED_EXCEEDS_WITH_CONDITIONS'
  | 'COMPLETED_EXCEEDS_RESOLVED'
  | 'WITH_CONDITIONS_EXCEEDS_TO_EXECUTE'
  | 'TO_EXECUTE_EXCEEDS_TOTAL'
  | 'WITH_CONDITIONS_EXCEEDS_TOTAL';

export interface Term {
  readonly field: FieldKey;
  readonly sign: 1 | -1;
  /** absent, it counts as 0 when deriving (never when checking): "completed + terminated" */
  readonly zeroIfAbsent?: boolean;
}

/** field = Σ sign × term. Checked when every side is given; derives what `derives` lists. */
export interface SumRelation {
  readonly kind: 'sum';
  readonly code: RelationCode;
  readonly field: FieldKey;
  readonly terms: readonly Term[];
  /** fields it fills in when unknown and the other sides are known, in this order */
  readonly derives: readonly FieldKey[];
  /**
   * a term that is what is left over: when it is the only side not given, the others must not
   * leave a negative remainder (the one error a derived remainder can show)
   */
  readonly remainder?: FieldKey;
}

/** Σ of the given parts ≤ whole, when at least two parts are given. */
export interface PartsRelation {
  readonly kind: 'parts';
  readonly code: RelationCode;
  readonly whole: FieldKey;
  readonly parts: readonly FieldKey[];
}

/** small ≤ large, on given or derived values. */
export interface OrderRelation {
  readonly kind: 'order';
  readonly code: RelationCode;
  readonly small: FieldKey;
  readonly large: FieldKey;
  /** tested only when this field, between the two, is unknown (else the two steps are tested) */
  readonly across?: FieldKey;
  /** tested only when this sum's equality is not: it says the order and more (one finding, not two) */
  readonly unlessSum?: SumRelation;
}

export type Relation = SumRelation | PartsRelation | OrderRelation;

export type RegimeId = 'tt01-2013' | 'tt06-2019' | 'year-unknown';

export interface Regime {
  readonly id: RegimeId;
  /** statistics years it governs, inclusive; null: open-ended */
  readonly fromYear: number | null;
  readonly toYear: number | null;
  /** how hints name it: "statistics years up to 2019" */
  readonly name: string;
  /** the forms (thông tư) of its statistics, for README */
  readonly forms: string | null;
  /** fields its forms do not have: unknown (null) whatever a file gives (deferred before 2020) */
  readonly absent: readonly FieldKey[];
  readonly relations: readonly Relation[];
  /**
   * What a header's note may say a field counts in (`includes`) or leaves out and still restate
   * its definition, where no sum of `relations` says it: "Có điều kiện (kể cả hoãn, tạm đình chỉ)"
   * up to 2019, "(không kể hoãn, tạm đình chỉ)" from 2020 (input/field-notes.ts).
   */
  readonly definitions: readonly { readonly field: FieldKey; readonly includes: boolean; readonly fields: readonly FieldKey[] }[];
}

const plus = (...fields: FieldKey[]): Term[] => fields.map((field) => ({ field, sign: 1 }));

const TOTAL: SumRelation = { kind: 'sum', code: 'TOTAL_MISMATCH', field: 'total', terms: plus('carried_over', 'new'), derives: ['total', 'new', 'carried_over'] };
const TO_EXECUTE: SumRelation = {
  kind: 'sum',
  code: 'TO_EXECUTE_MISMATCH',
  field: 'to_execute',
  terms: [
    { field: 'total', sign: 1 },
    { field: 'delegated', sign: -1 },
    { field: 'withdrawn', sign: -1 },
  ],
  derives: ['to_execute'],
};
const RESOLVED: SumRelation = {
  kind: 'sum',
  code: 'RESOLVED_MISMATCH',
  field: 'resolved',
  terms: [
    { field: 'completed', sign: 1 },
    { field: 'terminated', sign: 1, zeroIfAbsent: true },
    { field: 'reduced', sign: 1, zeroIfAbsent: true },
  ],
  derives: ['resolved'],
};
const CARRIED_FORWARD: SumRelation = {
  kind: 'sum',
  code: 'CARRIED_FORWARD_MISMATCH',
  field: 'carried_forward',
  terms: [
    { field: 'to_execute', sign: 1 },
    { field: 'resolved', sign: -1 },
  ],
  derives: ['carried_forward'],
};
const BREAKDOWN: PartsRelation = {
  kind: 'parts',
  code: 'BREAKDOWN_EXCEEDS_WITH_CONDITIONS',
  whole: 'with_conditions',
  parts: ['completed', 'terminated', 'reduced', 'in_progress', 'postponed', 'suspended', 'other'],
};
const ORDER: OrderRelation[] = [
  // resolved = completed + terminated (+ reduced): with a part absent the sum is not tested, its
  // order still is (a rate column read as resolved comes out below completed)
  { kind: 'order', code: 'COMPLETED_EXCEEDS_RESOLVED', small: 'completed', large: 'resolved', unlessSum: RESOLVED },
  { kind: 'order', code: 'RESOLVED_EXCEEDS_WITH_CONDITIONS', small: 'resolved', large: 'with_conditions' },
  { kind: 'order', code: 'WITH_CONDITIONS_EXCEEDS_TO_EXECUTE', small: 'with_conditions', large: 'to_execute' },
  { kind: 'order', code: 'TO_EXECUTE_EXCEEDS_TOTAL', small: 'to_execute', large: 'total' },
  // with no "Tổng số phải thi hành", the chain still holds from end to end
  { kind: 'order', code: 'WITH_CONDITIONS_EXCEEDS_TOTAL', small: 'with_conditions', large: 'total', across: 'to_execute' },
];

// The split of to_execute is what changed with TT 06/2019: postponed and suspended cases (but a
// postponement the parties agreed) left "có điều kiện" for a group of their own, `deferred`.
const SPLIT_2013: SumRelation = { kind: 'sum', code: 'CONDITIONS_SPLIT_MISMATCH', field: 'to_execute', terms: plus('with_conditions', 'without_conditions'), derives: ['to_execute', 'without_conditions'] };
// Gia Lai 2022: 18,819 = 13,409 + 5,255 + 155. without_conditions is never derived: to_execute −
// with_conditions is chưa có ĐK and deferred together.
const SPLIT_2019: SumRelation = {
  kind: 'sum',
  code: 'CONDITIONS_SPLIT_MISMATCH',
  field: 'to_execute',
  terms: plus('with_conditions', 'without_conditions', 'deferred'),
  derives: ['to_execute', 'deferred'],
  remainder: 'deferred',
};
// Without a year only what holds in both: deferred ≥ 0 (it is 0 before 2020), nothing derived
// but to_execute from a file that gives all three parts.
const SPLIT_UNKNOWN: SumRelation = { ...SPLIT_2019, derives: ['to_execute'] };

const withSplit = (split: SumRelation): Relation[] => [TOTAL, TO_EXECUTE, split, RESOLVED, CARRIED_FORWARD, BREAKDOWN, ...ORDER];

// Postponed and suspended cases are inside with_conditions up to 2019 and outside it (deferred)
// from 2020; without a year, neither can be said.
const DEFERRED_INSIDE = { field: 'with_conditions', includes: true, fields: ['postponed', 'suspended'] } as const;
const DEFERRED_OUTSIDE = { field: 'with_conditions', includes: false, fields: ['postponed', 'suspended', 'deferred'] } as const;
// Wherever they sit, they are to execute and never without conditions: "Tổng số phải thi hành
// (kể cả hoãn, tạm đình chỉ)", "Chưa có điều kiện (không kể hoãn, tạm đình chỉ)" in every regime.
const DEFERRED_TO_EXECUTE = { field: 'to_execute', includes: true, fields: ['postponed', 'suspended', 'deferred'] } as const;
const DEFERRED_NOT_WITHOUT = { field: 'without_conditions', includes: false, fields: ['postponed', 'suspended', 'deferred'] } as const;
const DEFERRED_EVERYWHERE = [DEFERRED_TO_EXECUTE, DEFERRED_NOT_WITHOUT];

export const REGIMES: readonly Regime[] = [
  { id: 'tt01-2013', fromYear: null, toYear: 2019, name: 'statistics years up to 2019', forms: 'TT 01/2013, 08/2015', absent: ['deferred'], relations: withSplit(SPLIT_2013), definitions: [DEFERRED_INSIDE, ...DEFERRED_EVERYWHERE] },
  { id: 'tt06-2019', fromYear: 2020, toYear: null, name: 'statistics years from 2020', forms: 'TT 06/2019, 05/2024, 05/2026', absent: [], relations: withSplit(SPLIT_2019), definitions: [DEFERRED_OUTSIDE, ...DEFERRED_EVERYWHERE] },
  { id: 'year-unknown', fromYear: null, toYear: null, name: 'statistics year unknown', forms: null, absent: [], relations: withSplit(SPLIT_UNKNOWN), definitions: DEFERRED_EVERYWHERE },
];

const BY_ID = new Map(REGIMES.map((r) => [r.id, r]));

/**
 * Which field is a part of which, read off the relations of every regime: a sum's positive side
 * holds its negative side (total = to_execute + delegated + withdrawn; to_execute = carried_forward
 * + resolved), a breakdown's whole its parts, an order's larger side its smaller; transitively.
 * A header's group decides with it which sub-columns are its own (input/layout.ts).
 */
const PARTS: ReadonlyMap<FieldKey, ReadonlySet<FieldKey>> = (() => {
  const direct = new Map<FieldKey, Set<FieldKey>>();
  const add = (whole: FieldKey, part: FieldKey) => {
    if (!direct.has(whole)) direct.set(whole, new Set());
    direct.get(whole)!.add(part);
  };
  for (const r of REGIMES.flatMap((g) => g.relations)) {
    if (r.kind === 'parts') r.parts.forEach((p) => add(r.whole, p));
    else if (r.kind === 'order') add(r.large, r.small);
    else {
      const positive = r.terms.filter((t) => t.sign === 1);
      if (positive.length === r.terms.length) r.terms.forEach((t) => add(r.field, t.field));
      else if (positive.length === 1) [r.field, ...r.terms.filter((t) => t.sign === -1).map((t) => t.field)].forEach((p) => add(positive[0]!.field, p));
    }
  }
  const closure = new Map<FieldKey, Set<FieldKey>>();
  const partsOf = (whole: FieldKey, seen: Set<FieldKey> = new Set()): Set<FieldKey> => {
    for (const p of direct.get(whole) ?? []) if (!seen.has(p)) (seen.add(p), partsOf(p, seen));
    return seen;
  };
  for (const whole of direct.keys()) closure.set(whole, partsOf(whole));
  return closure;
})();

/** `part` is counted inside `whole` (completed inside with_conditions); a field is not a part of itself. */
export function isPartOf(part: FieldKey, whole: FieldKey): boolean {
  return PARTS.get(whole)?.has(part) ?? false;
}

/**
 * The parts resolved is the sum of in `measure`, alike in every regime: completed + terminated
 * for cases, + reduced for money. A header's note that names them reads by it (input/field-notes.ts).
 */
export function resolvedParts(measure: Measure): readonly FieldKey[] {
  return RESOLVED.terms.map((t) => t.field).filter((f) => measure === 'money' || !FIELDS[F[f]]!.moneyOnly);
}

/**
 * The regimes in which a header's note only restates `field`'s definition: the fields it counts
 * in are terms of `field`'s sum ("Giải quyết xong (kể cả đình chỉ)", in every regime), or those
 * it leaves out are taken off in it ("Tổng số phải thi hành (đã trừ ủy thác)": to_execute = total
 * − delegated − withdrawn), or the regime defines `field` so (its `definitions`: "Có điều kiện
 * (kể cả hoãn, tạm đình chỉ)" up to 2019 only). The column is then `field` itself
 * (input/field-notes.ts) — in a file of such a regime.
 */
export function restatingRegimes(field: FieldKey, noted: readonly FieldKey[], includes: boolean): Regime[] {
  const sign = includes ? 1 : -1;
  const bySum = (g: Regime) => g.relations.some((r) => r.kind === 'sum' && r.field === field && noted.every((n) => r.terms.some((t) => t.field === n && t.sign === sign)));
  const byDefinition = (g: Regime) => g.definitions.some((d) => d.field === field && d.includes === includes && noted.every((n) => d.fields.includes(n)));
  return REGIMES.filter((g) => bySum(g) || byDefinition(g));
}

/**
 * The regimes in which a note counting in (`includes`) or leaving out the postponement the parties
 * agreed restates `field`. SPEC §2 keeps it with conditions in every regime (with every
 * postponement up to 2019, the one left out of deferred from 2020): counted in, it restates
 * with_conditions and what holds it ("Có điều kiện (kể cả hoãn theo thỏa thuận)", "Tổng số phải
 * thi hành (kể cả …)") in each; left out, without_conditions in each and deferred where the
 * regime has it outside with_conditions ("Hoãn, tạm đình chỉ (trừ hoãn theo thỏa thuận)", from
 * 2020: up to 2019 no such group left it out), and postponed where the regime counts it there
 * ("Hoãn (trừ hoãn theo thỏa thuận)", from 2020: deferred's postponed part; up to 2019 every
 * postponement is postponed). Any other figure, never.
 */
export function agreedPostponementRegimes(field: FieldKey, includes: boolean): Regime[] {
  const restates = (g: Regime) =>
    includes
      ? field === 'with_conditions' || isPartOf('with_conditions', field)
      : field === 'without_conditions' || (field === 'deferred' && deferredParts(g).length > 0) || (field === 'postponed' && deferredParts(g).includes('postponed'));
  return REGIMES.filter(restates);
}

/** The fields `regime` counts in deferred, outside with_conditions: postponed and suspended from 2020, none before. */
export function deferredParts(regime: Regime): readonly FieldKey[] {
  const outside = regime.definitions.find((d) => d.field === 'with_conditions' && !d.includes && d.fields.includes('deferred'));
  return outside ? outside.fields.filter((f) => f !== 'deferred') : [];
}

/** The regime whose forms a circular ("01/2013", "06/2019") set, by the regimes' `forms`; null for one thads does not know. */
export function regimeOfCircular(circular: string): Regime | null {
  return REGIMES.find((g) => g.forms?.split(', ').some((f) => f.replace(/^TT /, '') === circular)) ?? null;
}

/** The regime a row or group of statistics year `year` follows. */
export function regimeOf(year: number | null): Regime {
  if (year === null) return BY_ID.get('year-unknown')!;
  return BY_ID.get(year <= 2019 ? 'tt01-2013' : 'tt06-2019')!;
}

/**
 * The regimes of statistics years `before` and `after` when "có điều kiện" means another thing in
 * each (TT 06/2019: postponed and suspended cases left it from 2020), read off their definitions;
 * null when it means the same (TT 05/2024, 05/2026 kept it). A rate change between them is
 * partly the definition's.
 */
export function withConditionsRedefined(before: number, after: number): { readonly before: Regime; readonly after: Regime } | null {
  const definition = (r: Regime) => JSON.stringify(r.definitions.filter((d) => d.field === 'with_conditions'));
  const [b, a] = [regimeOf(before), regimeOf(after)];
  return definition(b) === definition(a) ? null : { before: b, after: a };
}

// ---- the interpreter: a plan per set of given fields, run on any kind of value ----
//
// Which relations can be checked and which fields derived depends only on which fields are
// given (the same on every row of a file) and the regime. compile() works that out once — the
// steps of derivation and the tests — and caches it; run() and sum() then do only arithmetic,
// on Decimals (domain/figures.ts) or on coefficient vectors (the fast path's compiler).

/** A field with a sign: one term of a sum. */
export interface SignedField {
  readonly field: FieldKey;
  /** its index in figure arrays */
  readonly index: number;
  readonly sign: 1 | -1;
}

/** target = Σ sign × term, the terms given or derived by an earlier step. */
export interface Step {
  readonly target: FieldKey;
  readonly index: number;
  readonly terms: readonly SignedField[];
  /** the relation it was derived by */
  readonly relation: SumRelation;
}

/**
 * One comparison a row or group must pass: Σ left = Σ right, or Σ left ≤ Σ right. Equalities
 * are on given cells, or on values another relation derived (a derived value never confirms the
 * relation it came from): "Chuyển kỳ sau" against "Tổng số phải thi hành" − ("Thi hành xong" +
 * "Đình chỉ"). Where a part was absent and counted as 0 (a money form without "Giảm"), the file's
 * own carried-forward figure then says whether that 0 holds. Orders and remainders on given or
 * derived values.
 */
export interface Test {
  readonly relation: Relation;
  readonly op: 'eq' | 'le';
  readonly left: readonly SignedField[];
  readonly right: readonly SignedField[];
  /** the field whose cell a finding points at */
  readonly field: FieldKey;
  /** set when the test is a remainder's: the field that would come out negative */
  readonly negativeRemainder?: FieldKey;
}

export interface Plan {
  /** indices of the fields the regime does not have: set to unknown */
  readonly absent: readonly number[];
  readonly steps: readonly Step[];
  readonly tests: readonly Test[];
}

/** What run() and sum() need of a value type. */
export interface Algebra<V> {
  readonly zero: V;
  add(a: V, b: V): V;
  sub(a: V, b: V): V;
}

/** A term's field applies to the measure: `reduced` is money only. */
function applies(field: FieldKey, measure: Measure): boolean {
  return measure === 'money' || !FIELDS[F[field]]!.moneyOnly;
}

function termsOf(r: SumRelation, measure: Measure): Term[] {
  return r.terms.filter((t) => applies(t.field, measure));
}

const signed = (field: FieldKey, sign: 1 | -1): SignedField => ({ field, index: F[field], sign });

/** The steps of derivation: relation by relation in table order, until nothing more follows. */
function steps(given: readonly boolean[], measure: Measure, regime: Regime): Step[] {
  const known = given.slice();
  const has = (k: FieldKey) => known[F[k]] === true;
  const out: Step[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of regime.relations) {
      if (r.kind !== 'sum') continue;
      const terms = termsOf(r, measure);
      for (const target of r.derives) {
        if (has(target) || !applies(target, measure)) continue;
        let step: SignedField[] | null = null;
        if (target === r.field) {
          // an absent "completed + terminated" part counts as 0 here (zeroIfAbsent)
          if (terms.every((t) => has(t.field) || t.zeroIfAbsent)) step = terms.filter((t) => has(t.field)).map((t) => signed(t.field, t.sign));
        } else {
          // field = s·target + Σ others  ⇒  target = s·(field − Σ others)
          const term = terms.find((t) => t.field === target)!;
          const others = terms.filter((t) => t !== term);
          if (has(r.field) && others.every((t) => has(t.field))) {
            step = [signed(r.field, term.sign), ...others.map((t) => signed(t.field, (term.sign === 1 ? -t.sign : t.sign) as 1 | -1))];
          }
        }
        if (step) {
          out.push({ target, index: F[target], terms: step, relation: r });
          known[F[target]] = true;
          changed = true;
        }
      }
    }
  }
  return out;
}

/** The tests whose sides are known, in table order. */
function testsOf(given: readonly boolean[], measure: Measure, regime: Regime, derivedSteps: readonly Step[]): Test[] {
  const derived = given.slice();
  for (const s of derivedSteps) derived[s.index] = true;
  const isGiven = (k: FieldKey) => given[F[k]] === true;
  const isKnown = (k: FieldKey) => derived[F[k]] === true;
  /** derived by another relation than `r` (so testing `r` on it is no tautology) */
  const derivedOtherwise = (k: FieldKey, r: Relation) => derivedSteps.some((s) => s.target === k && s.relation !== r);
  const one = (k: FieldKey) => [signed(k, 1)];
  const out: Test[] = [];
  for (const r of regime.relations) {
    if (r.kind === 'sum') {
      const terms = termsOf(r, measure);
      if (isGiven(r.field) && terms.every((t) => isGiven(t.field) || derivedOtherwise(t.field, r))) {
        out.push({ relation: r, op: 'eq', field: r.field, left: one(r.field), right: terms.map((t) => signed(t.field, t.sign)) });
      } else if (r.remainder && !isGiven(r.remainder)) {
        // field = others + remainder, remainder ≥ 0: others ≤ field (on derived values, as the
        // remainder would be derived from them)
        const others = terms.filter((t) => t.field !== r.remainder);
        if (isKnown(r.field) && others.every((t) => isKnown(t.field))) {
          out.push({ relation: r, op: 'le', field: r.field, left: others.map((t) => signed(t.field, t.sign)), right: one(r.field), negativeRemainder: r.remainder });
        }
      }
    } else if (r.kind === 'parts') {
      const parts = r.parts.filter((k) => applies(k, measure) && isGiven(k));
      if (isGiven(r.whole) && parts.length > 1) out.push({ relation: r, op: 'le', field: r.whole, left: parts.map((k) => signed(k, 1)), right: one(r.whole) });
    } else if (isKnown(r.small) && isKnown(r.large) && !(r.across !== undefined && isKnown(r.across)) && !out.some((t) => t.relation === r.unlessSum)) {
      out.push({ relation: r, op: 'le', field: r.small, left: one(r.small), right: one(r.large) });
    }
  }
  return out;
}

const PLANS = new Map<string, Plan>();

/** The plan for a row or group of `measure` under `regime` whose given fields are `given` (by field index). */
export function compile(given: readonly boolean[], measure: Measure, regime: Regime): Plan {
  let mask = 0;
  for (let i = 0; i < given.length; i++) if (given[i]) mask |= 1 << i;
  const key = `${regime.id}:${measure}:${mask}`;
  let plan = PLANS.get(key);
  if (!plan) {
    // A field the regime does not have is unknown, whatever the file gives.
    const present = given.map((g, i) => g && !regime.absent.some((k) => F[k] === i));
    const s = steps(present, measure, regime);
    plan = { absent: regime.absent.map((k) => F[k]), steps: s, tests: testsOf(present, measure, regime, s) };
    PLANS.set(key, plan);
  }
  return plan;
}

/** Σ sign × value of the fields. */
export function sum<V>(fields: readonly SignedField[], values: readonly (V | null)[], alg: Algebra<V>): V {
  if (fields.length === 0) return alg.zero;
  let total = fields[0]!.sign === 1 ? values[fields[0]!.index]! : alg.sub(alg.zero, values[fields[0]!.index]!);
  for (let i = 1; i < fields.length; i++) {
    const f = fields[i]!;
    total = f.sign === 1 ? alg.add(total, values[f.index]!) : alg.sub(total, values[f.index]!);
  }
  return total;
}

/** The given values with the plan's derived ones filled in (a new array). */
export function run<V>(plan: Plan, given: readonly (V | null)[], alg: Algebra<V>): (V | null)[] {
  const f = given.slice();
  for (const i of plan.absent) f[i] = null;
  for (const s of plan.steps) f[s.index] = s.terms.length === 0 ? alg.zero : sum(s.terms, f, alg);
  return f;
}

// ---- words: hints and README, generated from the table ----

/** How hints and README name a field: its English label, lower case ("total accepted" for total). */
export function fieldPhrase(k: FieldKey): string {
  return FIELDS[F[k]]!.phrase;
}

function termsText(terms: readonly Term[]): string {
  const money = terms.filter((t) => FIELDS[F[t.field]]!.moneyOnly);
  const rest = terms.filter((t) => !money.includes(t));
  const text = rest.map((t, i) => `${i === 0 ? (t.sign === 1 ? '' : '−') : t.sign === 1 ? ' + ' : ' − '}${fieldPhrase(t.field)}`).join('');
  return money.length === 0 ? text : `${text} (${money.map((t) => `${t.sign === 1 ? '+' : '−'} ${fieldPhrase(t.field)}`).join(' ')} for money)`;
}

function listText(fields: readonly FieldKey[]): string {
  const words = fields.map(fieldPhrase);
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The relation as a rule: "total accepted must equal carried over + new". */
export function ruleText(r: Relation): string {
  switch (r.kind) {
    case 'sum': {
      const rule = `${fieldPhrase(r.field)} must equal ${termsText(r.terms)}`;
      return r.remainder ? `${rule} (${fieldPhrase(r.remainder)}, when not given, cannot be negative)` : rule;
    }
    case 'parts':
      return `${listText(r.parts)} are parts of ${fieldPhrase(r.whole)}`;
    case 'order':
      return `${fieldPhrase(r.small)} cannot be larger than ${fieldPhrase(r.large)}`;
  }
}

/** The hint of a finding about `r` in `regime`: the rule, and the regime when the rule depends on it. */
export function hintOf(r: Relation, regime: Regime): string {
  const differs = REGIMES.some((other) => !other.relations.includes(r) && other.relations.some((o) => o.code === r.code));
  return differs ? `${regime.name}: ${ruleText(r)}` : ruleText(r);
}

/** The default hint of a relation's code (README's table of codes): every regime's rule. */
export function codeHint(code: RelationCode): string | undefined {
  const rules: { rule: string; regimes: string[] }[] = [];
  for (const regime of REGIMES) {
    for (const r of regime.relations) {
      if (r.code !== code) continue;
      const rule = ruleText(r);
      const seen = rules.find((x) => x.rule === rule);
      if (seen) seen.regimes.push(regime.name);
      else rules.push({ rule, regimes: [regime.name] });
    }
  }
  if (rules.length === 0) return undefined;
  return rules.length === 1 ? rules[0]!.rule : rules.map((x) => `${x.regimes.join(' and ')}: ${x.rule}`).join('; ');
}

/**
 * README's table: one row per relation, one column per regime, each cell saying whether the
 * regime checks it and what it derives from it. Regimes list their relations in the same order.
 */
export function relationsMarkdown(): string {
  const rows: { rule: string; code: RelationCode; cells: Map<RegimeId, string> }[] = [];
  const positions = Math.max(...REGIMES.map((r) => r.relations.length));
  for (let i = 0; i < positions; i++) {
    for (const regime of REGIMES) {
      const r = regime.relations[i];
      if (!r) continue;
      const rule = ruleText(r);
      let row = rows.find((x) => x.rule === rule && x.code === r.code);
      if (!row) rows.push((row = { rule, code: r.code, cells: new Map() }));
      const derives = r.kind === 'sum' && r.derives.length > 0 ? ` derives ${r.derives.map(fieldPhrase).join(', ')}` : '';
      row.cells.set(regime.id, `✓${derives}`);
    }
  }
  const head = `| relation | code | ${REGIMES.map((r) => (r.forms ? `${r.name} (${r.forms})` : r.name)).join(' | ')} |`;
  const rule = `|---|---|${REGIMES.map(() => '---').join('|')}|`;
  return [head, rule, ...rows.map((x) => `| ${x.rule} | \`${x.code}\` | ${REGIMES.map((r) => x.cells.get(r.id) ?? '').join(' | ')} |`)].join('\n');
}
