// The relations of SPEC §2 between the figures of one measure, written once, as data, per
// statistics regime. Everything else interprets this table:
//   - domain/figures.ts derives and checks figures with it (Decimals, messages for people);
//   - input/fast/pairs.ts compiles it into linear checks on the fast path's integer cells;
//   - errors.ts takes the hints of its codes from it, and README's table of relations is
//     generated from it (scripts/relations-table.mjs).
// derive() and tests() below are written once for any value type (an Algebra): Decimals for
// the domain, coefficient vectors for the fast path's compiler.
import type { Code } from '../errors.js';
import { F, FIELDS, type FieldKey, type Measure } from './fields.js';

export interface Term {
  readonly field: FieldKey;
  readonly sign: 1 | -1;
  /** absent, it counts as 0 when deriving (never when checking): "completed + terminated" */
  readonly zeroIfAbsent?: boolean;
}

/** field = Σ sign × term. Checked when every side is given; derives what `derives` lists. */
export interface SumRelation {
  readonly kind: 'sum';
  readonly code: Code;
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
  readonly code: Code;
  readonly whole: FieldKey;
  readonly parts: readonly FieldKey[];
}

/** small ≤ large, on given or derived values. */
export interface OrderRelation {
  readonly kind: 'order';
  readonly code: Code;
  readonly small: FieldKey;
  readonly large: FieldKey;
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
  readonly relations: readonly Relation[];
}

const plus = (...fields: FieldKey[]): Term[] => fields.map((field) => ({ field, sign: 1 }));

const TOTAL: SumRelation = { kind: 'sum', code: 'TOTAL_MISMATCH', field: 'total', terms: plus('carried_over', 'new'), derives: ['total', 'new'] };
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
  { kind: 'order', code: 'RESOLVED_EXCEEDS_WITH_CONDITIONS', small: 'resolved', large: 'with_conditions' },
  { kind: 'order', code: 'WITH_CONDITIONS_EXCEEDS_TO_EXECUTE', small: 'with_conditions', large: 'to_execute' },
  { kind: 'order', code: 'TO_EXECUTE_EXCEEDS_TOTAL', small: 'to_execute', large: 'total' },
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

export const REGIMES: readonly Regime[] = [
  { id: 'tt01-2013', fromYear: null, toYear: 2019, name: 'statistics years up to 2019', forms: 'TT 01/2013, 08/2015', relations: withSplit(SPLIT_2013) },
  { id: 'tt06-2019', fromYear: 2020, toYear: null, name: 'statistics years from 2020', forms: 'TT 06/2019, 05/2024, 05/2026', relations: withSplit(SPLIT_2019) },
  { id: 'year-unknown', fromYear: null, toYear: null, name: 'statistics year unknown', forms: null, relations: withSplit(SPLIT_UNKNOWN) },
];

const BY_ID = new Map(REGIMES.map((r) => [r.id, r]));

/** The regime a row or group of statistics year `year` follows. */
export function regimeOf(year: number | null): Regime {
  if (year === null) return BY_ID.get('year-unknown')!;
  return BY_ID.get(year <= 2019 ? 'tt01-2013' : 'tt06-2019')!;
}

// ---- the interpreter, for any kind of value ----

/** What derive() and tests() need of a value type: sums and differences. */
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

/** Σ sign × value over terms; null when a term is unknown (and may not count as 0). */
function sumTerms<V>(terms: readonly Term[], f: readonly (V | null)[], alg: Algebra<V>, zeroIfAbsent: boolean): V | null {
  let total = alg.zero;
  for (const t of terms) {
    const v = f[F[t.field]] ?? null;
    if (v === null) {
      if (zeroIfAbsent && t.zeroIfAbsent) continue;
      return null;
    }
    total = t.sign === 1 ? alg.add(total, v) : alg.sub(total, v);
  }
  return total;
}

/**
 * Fills in what the given fields determine, relation by relation in table order, until
 * nothing more can be derived; never overwrites a known value. Returns a new array.
 */
export function derive<V>(given: readonly (V | null)[], measure: Measure, regime: Regime, alg: Algebra<V>): (V | null)[] {
  const f = given.slice();
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of regime.relations) {
      if (r.kind !== 'sum') continue;
      const terms = termsOf(r, measure);
      for (const target of r.derives) {
        if (f[F[target]] !== null || !applies(target, measure)) continue;
        let value: V | null;
        if (target === r.field) value = sumTerms(terms, f, alg, true);
        else {
          // target = sign × (field − Σ other terms)
          const whole = f[F[r.field]] ?? null;
          const term = terms.find((t) => t.field === target)!;
          const others = sumTerms(
            terms.filter((t) => t !== term),
            f,
            alg,
            false,
          );
          value = whole === null || others === null ? null : term.sign === 1 ? alg.sub(whole, others) : alg.sub(others, whole);
        }
        if (value !== null) {
          f[F[target]] = value;
          changed = true;
        }
      }
    }
  }
  return f;
}

/** One side of a test: signed fields and their values. */
export interface Side<V> {
  readonly terms: readonly { readonly field: FieldKey; readonly sign: 1 | -1; readonly value: V }[];
  readonly sum: V;
}

/**
 * One comparison a row or group must pass: `left = right` or `left ≤ right`. Equalities are on
 * given cells (a derived value never confirms itself); orders on given or derived values.
 */
export interface Test<V> {
  readonly relation: Relation;
  readonly op: 'eq' | 'le';
  readonly left: Side<V>;
  readonly right: Side<V>;
  /** the field whose cell a finding points at */
  readonly field: FieldKey;
  /** set when the test is a remainder's: the field that would come out negative */
  readonly negativeRemainder?: FieldKey;
}

function side<V>(terms: readonly { field: FieldKey; sign: 1 | -1 }[], f: readonly (V | null)[], alg: Algebra<V>): Side<V> {
  const withValues = terms.map((t) => ({ ...t, value: f[F[t.field]]! }));
  return { terms: withValues, sum: sumTerms(terms, f, alg, false)! };
}

const known = <V>(f: readonly (V | null)[], k: FieldKey) => (f[F[k]] ?? null) !== null;

/** Every test whose sides are known, in table order. */
export function tests<V>(given: readonly (V | null)[], measure: Measure, regime: Regime, alg: Algebra<V>): Test<V>[] {
  const out: Test<V>[] = [];
  let derived: (V | null)[] | null = null;
  for (const r of regime.relations) {
    if (r.kind === 'sum') {
      const terms = termsOf(r, measure);
      if (known(given, r.field) && terms.every((t) => known(given, t.field))) {
        out.push({ relation: r, op: 'eq', field: r.field, left: side([{ field: r.field, sign: 1 }], given, alg), right: side(terms, given, alg) });
      } else if (r.remainder && !known(given, r.remainder)) {
        // field = others + remainder, remainder ≥ 0: others ≤ field (on derived values, as the
        // remainder would be derived from them)
        derived ??= derive(given, measure, regime, alg);
        const others = terms.filter((t) => t.field !== r.remainder);
        if (known(derived, r.field) && others.every((t) => known(derived!, t.field))) {
          out.push({ relation: r, op: 'le', field: r.field, left: side(others, derived, alg), right: side([{ field: r.field, sign: 1 }], derived, alg), negativeRemainder: r.remainder });
        }
      }
    } else if (r.kind === 'parts') {
      const parts = r.parts.filter((k) => applies(k, measure) && known(given, k));
      if (known(given, r.whole) && parts.length > 1) {
        out.push({ relation: r, op: 'le', field: r.whole, left: side(parts.map((field) => ({ field, sign: 1 as const })), given, alg), right: side([{ field: r.whole, sign: 1 }], given, alg) });
      }
    } else {
      derived ??= derive(given, measure, regime, alg);
      if (known(derived, r.small) && known(derived, r.large)) {
        out.push({ relation: r, op: 'le', field: r.small, left: side([{ field: r.small, sign: 1 }], derived, alg), right: side([{ field: r.large, sign: 1 }], derived, alg) });
      }
    }
  }
  return out;
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
export function codeHint(code: string): string | undefined {
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
  const rows: { rule: string; code: Code; cells: Map<RegimeId, string> }[] = [];
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
