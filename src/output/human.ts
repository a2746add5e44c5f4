// The table people read (terminal table and Markdown share it): labels in vi/en from the field
// table, numbers in the language's convention, money in the display unit.
import { F, MEASURE_LABEL, RESULT_LABEL, FIELDS, IDENTITY, type Measure } from '../domain/fields.js';
import type { Dec } from '../domain/decimal.js';
import type { GroupResult, MeasureResult } from '../domain/evaluate.js';
import { formatExact, formatFixed, humanMoneyDecimals, inUnit, UNIT_LABEL, type Lang } from './format-number.js';
import { noTargetNote, rowsToPrint, type RenderContext } from './model.js';

export type Status = 'met' | 'missed' | null;

export interface HumanCell {
  readonly text: string;
  readonly status: Status;
  readonly align: 'left' | 'right';
  /** the rate cell, which carries the met / missed sign */
  readonly rate?: true;
}

export interface HumanTable {
  /** spans over the column headers: [label, number of columns] */
  readonly groups: [string, number][];
  readonly headers: string[];
  readonly rows: HumanCell[][];
  /** index of the first total row in rows */
  readonly totalFrom: number;
  /** said once under the table: a year without targets (model.ts noTargetNote) */
  readonly notes: string[];
}

export const ABSENT = '—';
const TOTAL_TEXT: Record<Lang, string> = { vi: 'Tổng cộng', en: 'Total' };

function signed(text: string, v: Dec): string {
  return v.isPositive() && !v.isZero() ? `+${text}` : text;
}

/** Optional columns, shown only when some printed row has a value: target, rank, change on last year. */
interface Extras {
  /** target, gap and above target: a year without targets says so once (notes), not in a column of dashes */
  readonly target: boolean;
  readonly rank: boolean;
  readonly change: boolean;
}

function extrasOf(rows: readonly GroupResult[], m: Measure): Extras {
  const results = rows.map((g) => g.measures[m]).filter((r): r is MeasureResult => r !== null);
  return {
    target: results.some((r) => r.target !== null),
    rank: results.some((r) => r.rank !== null && r.rankOf !== null && r.rankOf > 1),
    change: results.some((r) => r.totalChange !== null || r.rateChange !== null),
  };
}

function measureCells(r: MeasureResult | null, m: Measure, ctx: RenderContext, extras: Extras): HumanCell[] {
  const lang = ctx.lang;
  const cell = (text: string, status: Status = null): HumanCell => ({ text, status, align: 'right' });
  const money = (v: Dec) => formatFixed(inUnit(v, ctx.unit), humanMoneyDecimals(ctx.unit), lang);
  const amount = (v: Dec | null | undefined) => (v === null || v === undefined ? ABSENT : m === 'money' ? money(v) : formatExact(v, lang));
  const extraCount = (extras.target ? 3 : 0) + (extras.rank ? 1 : 0) + (extras.change ? 2 : 0);
  if (!r) return Array.from({ length: 4 + extraCount }, () => cell(ABSENT));
  const status: Status = r.met === null ? null : r.met ? 'met' : 'missed';
  const extraCells: HumanCell[] = [];
  if (extras.rank) extraCells.push(cell(r.rank !== null && r.rankOf !== null ? `${r.rank}/${r.rankOf}` : ABSENT));
  if (extras.change) {
    extraCells.push(cell(r.totalChange ? signed(amount(r.totalChange), r.totalChange) : ABSENT));
    extraCells.push(cell(r.rateChange ? signed(formatExact(r.rateChange, lang, ctx.rateDecimals), r.rateChange) : ABSENT));
  }
  const targetCells = extras.target
    ? [
        cell(r.target ? `${formatExact(r.target.value, lang)}%` : ABSENT),
        cell(r.gapPp ? signed(formatExact(r.gapPp, lang, ctx.rateDecimals), r.gapPp) : ABSENT, status),
        cell(r.aboveTarget ? signed(amount(r.aboveTarget), r.aboveTarget) : ABSENT, status),
      ]
    : [];
  return [
    cell(amount(r.figures[F.total])),
    cell(amount(r.figures[F.with_conditions])),
    cell(amount(r.figures[F.resolved])),
    { ...cell(r.rateRounded ? `${formatExact(r.rateRounded, lang, ctx.rateDecimals)}%` : ABSENT, status), rate: true },
    ...targetCells,
    ...extraCells,
  ];
}

export function humanTable(ctx: RenderContext): HumanTable {
  const lang = ctx.lang;
  const printed = rowsToPrint(ctx);
  const showProvince = ctx.by.includes('province') || (ctx.by.includes('district') && printed.some((g) => g.province));
  const showDistrict = ctx.by.includes('district') || ctx.by.length === 0;
  const showYear = ctx.by.includes('year');
  const identity: [string, (g: GroupResult) => string][] = [];
  const totalLabel = (g: GroupResult, text: string) => (g.isTotal ? TOTAL_TEXT[lang] : text);
  if (showProvince) identity.push([IDENTITY.province.label[lang], (g) => (g.isTotal && !showDistrict ? TOTAL_TEXT[lang] : (g.province ?? (g.isTotal ? '' : ABSENT)))]);
  if (showDistrict) identity.push([IDENTITY.district.label[lang], (g) => totalLabel(g, g.district ?? ABSENT)]);
  if (showYear) identity.push([IDENTITY.year.label[lang], (g) => (g.year === null ? ABSENT : String(g.year))]);
  if (identity.length === 0) identity.push(['', (g) => totalLabel(g, '')]);

  const measureHeaders = [FIELDS[F.total]!.label[lang], FIELDS[F.with_conditions]!.label[lang], FIELDS[F.resolved]!.label[lang], RESULT_LABEL.rate[lang]];
  const targetHeaders = [RESULT_LABEL.target[lang], RESULT_LABEL.gap_pp[lang], RESULT_LABEL.above_target[lang]];
  const groups: [string, number][] = [['', identity.length]];
  const headers = identity.map(([h]) => h);
  const extras = Object.fromEntries(ctx.measures.map((m) => [m, extrasOf(printed, m)])) as Record<Measure, Extras>;
  for (const m of ctx.measures) {
    const these = [
      ...measureHeaders,
      ...(extras[m].target ? targetHeaders : []),
      ...(extras[m].rank ? [RESULT_LABEL.rank[lang]] : []),
      ...(extras[m].change ? [RESULT_LABEL.total_change[lang], RESULT_LABEL.rate_change[lang]] : []),
    ];
    groups.push([m === 'money' ? `${MEASURE_LABEL[m][lang]} (${UNIT_LABEL[ctx.unit][lang]})` : MEASURE_LABEL[m][lang], these.length]);
    headers.push(...these);
  }
  const rows = printed.map((g) => [
    ...identity.map(([, get]): HumanCell => ({ text: get(g), status: null, align: 'left' })),
    ...ctx.measures.flatMap((m) => measureCells(g.measures[m], m, ctx, extras[m])),
  ]);
  const note = noTargetNote(ctx);
  return { groups, headers, rows, totalFrom: ctx.printed.length, notes: note ? [note] : [] };
}
