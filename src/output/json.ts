// JSON (SPEC §8): every figure a string, exact; met boolean; ranks integers; unknown null.
import { FIELDS, type Measure } from '../domain/fields.js';
import type { GroupResult } from '../domain/evaluate.js';
import { formatLocation } from '../errors.js';
import { measureKeys, measureValues, type MachineValue, type RenderContext } from './model.js';

const CAMEL = new Map<string, string>(FIELDS.map((f) => [f.key, f.camel]));
const camel = (key: string) => CAMEL.get(key) ?? key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const JSON_KEYS: Record<Measure, string[]> = { cases: measureKeys('cases').map(camel), money: measureKeys('money').map(camel) };

function measureObject(g: GroupResult, m: Measure, ctx: RenderContext): Record<string, MachineValue> | null {
  const r = g.measures[m];
  if (!r) return null;
  const values = measureValues(r, m, ctx.unit, ctx.rateDecimals);
  const keys = JSON_KEYS[m];
  const o: Record<string, MachineValue> = {};
  for (let i = 0; i < keys.length; i++) o[keys[i]!] = values[i]!;
  return o;
}

/**
 * An array item as JSON.stringify(doc, null, 2) prints it at depth 2: stringified inside a
 * wrapper of that depth and cut out, which costs less than re-indenting every line.
 */
const ITEM_HEAD = '{\n  "_": [\n    '.length;
const ITEM_TAIL = '\n  ]\n}'.length;
function item(value: unknown): string {
  const text = JSON.stringify({ _: [value] }, null, 2);
  return text.slice(ITEM_HEAD, text.length - ITEM_TAIL);
}

/** A member's value at depth 1. */
const MEMBER_HEAD = '{\n  "_": '.length;
const MEMBER_TAIL = '\n}'.length;
function member(value: unknown): string {
  const text = JSON.stringify({ _: value }, null, 2);
  return text.slice(MEMBER_HEAD, text.length - MEMBER_TAIL);
}

/** `"key": [ … ]` of the document, one piece per item. */
function* list<T>(items: readonly T[], toJson: (x: T) => unknown): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  for (let i = 0; i < items.length; i++) yield `${i === 0 ? '[\n    ' : ',\n    '}${item(toJson(items[i]!))}`;
  yield '\n  ]';
}

/**
 * The document in pieces, one per group: the caller writes them as they come, so a report of
 * thousands of groups never sits in memory as one string (issue 7's memory goal). The bytes are
 * those of JSON.stringify(doc, null, 2) (test/unit/json-writer.test.ts).
 */
export function* renderJson(ctx: RenderContext): Generator<string> {
  const totals = ctx.summary.totals;
  const measures = (g: GroupResult) => ({ cases: measureObject(g, 'cases', ctx), money: measureObject(g, 'money', ctx) });
  yield `{\n  "version": 1,\n  "year": ${JSON.stringify(ctx.year)},\n  "unit": ${JSON.stringify(ctx.unit)},\n  "groups": `;
  yield* list(ctx.printed, (g) => ({ province: g.province, district: g.district, year: g.year, ...measures(g) }));
  yield `,\n  "total": ${totals.length === 1 ? member(measures(totals[0]!)) : 'null'}`;
  if (totals.length > 1) {
    yield ',\n  "totals": ';
    yield* list(totals, (t) => ({ year: t.year, ...measures(t) }));
  }
  yield ',\n  "warnings": ';
  yield* list(ctx.warnings, (w) => ({
    severity: w.severity,
    code: w.code,
    message: w.message,
    location: w.location ? formatLocation(w.location) : null,
    hint: w.hint ?? null,
  }));
  yield '\n}\n';
}
