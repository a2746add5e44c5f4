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

export function renderJson(ctx: RenderContext): string {
  const totals = ctx.summary.totals;
  const measures = (g: GroupResult) => ({ cases: measureObject(g, 'cases', ctx), money: measureObject(g, 'money', ctx) });
  const doc = {
    version: 1,
    year: ctx.year,
    unit: ctx.unit,
    groups: ctx.printed.map((g) => ({ province: g.province, district: g.district, year: g.year, ...measures(g) })),
    total: totals.length === 1 ? measures(totals[0]!) : null,
    ...(totals.length > 1 ? { totals: totals.map((t) => ({ year: t.year, ...measures(t) })) } : {}),
    warnings: ctx.warnings.map((w) => ({
      severity: w.severity,
      code: w.code,
      message: w.message,
      location: w.location ? formatLocation(w.location) : null,
      hint: w.hint ?? null,
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
