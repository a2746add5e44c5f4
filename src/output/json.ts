// JSON (SPEC §8): every figure a string, exact; met boolean; ranks integers; unknown null.
import { FIELDS, MEASURES, type Measure } from '../domain/fields.js';
import type { GroupResult } from '../domain/evaluate.js';
import { formatLocation } from '../errors.js';
import { measureValues, type MachineValue, type RenderContext } from './model.js';

const CAMEL = new Map<string, string>(FIELDS.map((f) => [f.key, f.camel]));
const camel = (key: string) => CAMEL.get(key) ?? key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function measureJson(g: GroupResult, m: Measure, ctx: RenderContext): Record<string, MachineValue> | null {
  const r = g.measures[m];
  if (!r) return null;
  const values = measureValues(r, m, ctx.unit, ctx.rateDecimals);
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [camel(k), v]));
}

function measures(g: GroupResult, ctx: RenderContext) {
  return Object.fromEntries(MEASURES.map((m) => [m, measureJson(g, m, ctx)]));
}

export function renderJson(ctx: RenderContext): string {
  const totals = ctx.summary.totals;
  const doc = {
    version: 1,
    year: ctx.year,
    unit: ctx.unit,
    groups: ctx.printed.map((g) => ({ province: g.province, district: g.district, year: g.year, ...measures(g, ctx) })),
    total: totals.length === 1 ? measures(totals[0]!, ctx) : null,
    ...(totals.length > 1 ? { totals: totals.map((t) => ({ year: t.year, ...measures(t, ctx) })) } : {}),
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
