// JSON (SPEC §8): every figure a string, exact; met boolean; ranks integers; unknown null.
// Written as text, byte for byte what JSON.stringify(doc, null, 2) prints (test/unit/json.test.ts),
// without building an object per group first: on a small file this is most of the run's time.
import { FIELDS, MEASURES, type Measure } from '../domain/fields.js';
import type { GroupResult } from '../domain/evaluate.js';
import { formatLocation } from '../errors.js';
import { measureKeys, measureValues, type MachineValue, type RenderContext } from './model.js';

const CAMEL = new Map<string, string>(FIELDS.map((f) => [f.key, f.camel]));
const camel = (key: string) => CAMEL.get(key) ?? key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const JSON_KEYS: Record<Measure, string[]> = { cases: measureKeys('cases').map(camel), money: measureKeys('money').map(camel) };

/** Figures are plain decimals (no character to escape); names and messages go through JSON.stringify. */
function scalar(v: MachineValue): string {
  return typeof v === 'string' ? `"${v}"` : String(v);
}

/** Appends a measure's object (members at `indent` + 2 spaces) to `out`. */
function measureText(out: string[], g: GroupResult, m: Measure, ctx: RenderContext, indent: string): void {
  const r = g.measures[m];
  if (!r) {
    out.push('null');
    return;
  }
  const values = measureValues(r, m, ctx.unit, ctx.rateDecimals);
  const keys = JSON_KEYS[m];
  const lead = `,\n${indent}  "`;
  out.push('{\n', indent, '  "', keys[0]!, '": ', scalar(values[0]!));
  for (let i = 1; i < keys.length; i++) out.push(lead, keys[i]!, '": ', scalar(values[i]!));
  out.push('\n', indent, '}');
}

/** Appends the measures' members of an object whose members sit at `indent`, each led by ",\n". */
function measureMembers(out: string[], g: GroupResult, ctx: RenderContext, indent: string): void {
  for (const m of MEASURES) {
    out.push(',\n', indent, '"', m, '": ');
    measureText(out, g, m, ctx, indent);
  }
}

const str = (v: string | null) => (v === null ? 'null' : JSON.stringify(v));

/** Appends `[…]` of `items` at two levels of indentation (the document's arrays). */
function list<T>(out: string[], items: readonly T[], item: (x: T) => void): void {
  if (items.length === 0) {
    out.push('[]');
    return;
  }
  out.push('[\n    ');
  items.forEach((x, i) => {
    if (i > 0) out.push(',\n    ');
    item(x);
  });
  out.push('\n  ]');
}

// One array of small strings joined once: concatenating as we go builds rope strings that cost
// more to flatten and collect than the figures cost to print.
export function renderJson(ctx: RenderContext): string {
  const totals = ctx.summary.totals;
  const out: string[] = ['{\n  "version": 1,\n  "year": ', String(ctx.year), ',\n  "unit": ', str(ctx.unit), ',\n  "groups": '];
  list(out, ctx.printed, (g) => {
    out.push('{\n      "province": ', str(g.province), ',\n      "district": ', str(g.district), ',\n      "year": ', String(g.year));
    measureMembers(out, g, ctx, '      ');
    out.push('\n    }');
  });
  out.push(',\n  "total": ');
  if (totals.length === 1) {
    out.push('{');
    const at = out.length;
    measureMembers(out, totals[0]!, ctx, '    ');
    out[at] = '\n'; // the first member is not led by a comma
    out.push('\n  }');
  } else out.push('null');
  if (totals.length > 1) {
    out.push(',\n  "totals": ');
    list(out, totals, (t) => {
      out.push('{\n      "year": ', String(t.year));
      measureMembers(out, t, ctx, '      ');
      out.push('\n    }');
    });
  }
  out.push(',\n  "warnings": ');
  list(out, ctx.warnings, (w) => {
    const location = w.location ? formatLocation(w.location) : null;
    out.push('{\n      "severity": ', str(w.severity), ',\n      "code": ', str(w.code), ',\n      "message": ', str(w.message));
    out.push(',\n      "location": ', str(location), ',\n      "hint": ', str(w.hint ?? null), '\n    }');
  });
  out.push('\n}\n');
  return out.join('');
}
