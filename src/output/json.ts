// JSON (SPEC §8): every figure a string, exact; met boolean; ranks integers; unknown null.
// Written as text directly, in JSON.stringify(doc, null, 2)'s layout (test/unit/json-writer.test.ts
// holds every output to it): building each group's object and stringifying it cost more than
// the rest of a 700-office run's rendering, and most of its garbage.
import { FIELDS, MEASURES, type Measure } from '../domain/fields.js';
import type { GroupResult } from '../domain/evaluate.js';
import { wholeMonths, type Period } from '../domain/periods.js';
import { formatLocation } from '../errors.js';
import { measureKeys, measureValues, type MachineValue, type RenderContext } from './model.js';
import { yearsOf } from './period-words.js';

const CAMEL = new Map<string, string>(FIELDS.map((f) => [f.key, f.camel]));
const camel = (key: string) => CAMEL.get(key) ?? key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** JSON.stringify's indentation of `depth` levels */
const PAD = Array.from({ length: 8 }, (_, depth) => '  '.repeat(depth));

/**
 * What goes before each member of a measure's object whose members sit at a depth (the index),
 * in measureValues() order: `{\n<pad>"key": ` for the first, `,\n<pad>"key": ` for the others.
 * Made once, so a group's text is one run of concatenations.
 */
const headsOf = (m: Measure) => PAD.map((pad) => measureKeys(m).map((k, i) => `${i === 0 ? '{' : ','}\n${pad}${JSON.stringify(camel(k))}: `));
const MEMBER_HEADS: Record<Measure, string[][]> = { cases: headsOf('cases'), money: headsOf('money') };

function scalar(v: MachineValue): string {
  // A finite number prints alike both ways (ranks are integers); strings need escaping (names).
  return typeof v === 'string' ? JSON.stringify(v) : v === null ? 'null' : String(v);
}

/** An object whose members (`"key": value` texts) sit at `depth` + 1. */
function object(members: readonly string[], depth: number): string {
  if (members.length === 0) return '{}';
  const inner = PAD[depth + 1]!;
  return `{\n${inner}${members.join(`,\n${inner}`)}\n${PAD[depth]!}}`;
}

function measureText(g: GroupResult, m: Measure, ctx: RenderContext, depth: number): string {
  const r = g.measures[m];
  if (!r) return 'null';
  const values = measureValues(r, m, ctx.unit, ctx.rateDecimals);
  const heads = MEMBER_HEADS[m][depth + 1]!;
  let text = '';
  for (let i = 0; i < heads.length; i++) {
    const v = values[i]!;
    // A measure's strings are plain() numbers (digits, "-", "."): nothing to escape.
    text += heads[i]! + (typeof v === 'string' ? `"${v}"` : v === null ? 'null' : String(v));
  }
  return `${text}\n${PAD[depth]!}}`;
}

/** `,\n<pad>"cases": …,\n<pad>"money": …` of a group whose members sit at `depth` + 1 */
function measureMembers(g: GroupResult, ctx: RenderContext, depth: number): string {
  let text = '';
  for (const m of MEASURES) text += `,\n${PAD[depth + 1]!}"${m}": ${measureText(g, m, ctx, depth + 1)}`;
  return text;
}

/** `"key": [ … ]` of the document (depth 1), one piece per item; `item` prints an item at depth 2. */
function* list<T>(items: readonly T[], item: (x: T) => string): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  for (let i = 0; i < items.length; i++) yield `${i === 0 ? '[\n    ' : ',\n    '}${item(items[i]!)}`;
  yield '\n  ]';
}

/**
 * `"period": {…},` of a run shorter than its statistics year (a half-year report's), so the JSON
 * never reads as the whole year; nothing for a whole year, whose document stays as it was.
 */
function periodMember(ctx: RenderContext): string {
  const bounds = (part: Period) => [`"start": ${scalar(part.start)}`, `"end": ${scalar(part.end)}`, `"months": ${scalar(wholeMonths(part))}`];
  if (ctx.year === null) {
    // several years: a list, one member per year of a shorter period ("year" first, as "totals" has it)
    const parts = yearsOf(ctx).flatMap((year) => {
      const part = ctx.partPeriods?.get(year);
      return part === undefined ? [] : [object([`"year": ${scalar(year)}`, ...bounds(part)], 2)];
    });
    return parts.length === 0 ? '' : `\n  "period": [\n    ${parts.join(',\n    ')}\n  ],`;
  }
  const part = ctx.partPeriods?.get(ctx.year);
  if (part === undefined) return '';
  return `\n  "period": ${object(bounds(part), 1)},`;
}

/**
 * The document in pieces, one per group: the caller writes them as they come, so a report of
 * thousands of groups never sits in memory as one string (issue 7's memory goal).
 */
export function* renderJson(ctx: RenderContext): Generator<string> {
  const totals = ctx.summary.totals;
  yield `{\n  "version": 1,\n  "year": ${scalar(ctx.year)},\n  "unit": ${scalar(ctx.unit)},${periodMember(ctx)}\n  "groups": `;
  yield* list(ctx.printed, (g) => `{\n      "province": ${scalar(g.province)},\n      "district": ${scalar(g.district)},\n      "year": ${scalar(g.year)}${measureMembers(g, ctx, 2)}\n    }`);
  yield `,\n  "total": ${totals.length === 1 ? `{${measureMembers(totals[0]!, ctx, 1).slice(1) /* its first comma dropped */}\n  }` : 'null'}`;
  if (totals.length > 1) {
    yield ',\n  "totals": ';
    yield* list(totals, (t) => `{\n      "year": ${scalar(t.year)}${measureMembers(t, ctx, 2)}\n    }`);
  }
  yield ',\n  "warnings": ';
  yield* list(ctx.warnings, (w) =>
    object(
      [
        `"severity": ${scalar(w.severity)}`,
        `"code": ${scalar(w.code)}`,
        `"message": ${scalar(w.message)}`,
        `"location": ${scalar(w.location ? formatLocation(w.location) : null)}`,
        `"hint": ${scalar(w.hint ?? null)}`,
      ],
      2,
    ),
  );
  yield '\n}\n';
}
