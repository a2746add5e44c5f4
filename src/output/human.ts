// The table people read (terminal table and Markdown share it): labels in vi/en from the field
// table, numbers in the language's convention, money in the display unit.
import { F, HUMAN_COLUMNS, HUMAN_OPTIONAL, IDENTITY, UNKNOWN_MARK, humanColumnLabel, humanMeasureTitle, type HumanColumnKey, type HumanOptional, type IdentityKey, type Measure } from '../domain/fields.js';
import { roundHalfUp, ZERO, type Dec } from '../domain/decimal.js';
import type { GroupResult, MeasureResult } from '../domain/evaluate.js';
import { formatExact, formatFixed, humanMoneyDecimals, inUnit, UNIT_LABEL, type Lang } from './format-number.js';
import { noTargetNote, rowsToPrint, type RenderContext } from './model.js';
import { comparedYearToName } from './period-words.js';

export type Status = 'met' | 'missed' | null;

export interface HumanCell {
  readonly text: string;
  readonly status: Status;
  readonly align: 'left' | 'right';
}

/** What a measure column shows, in the order the full table shows them (the reader knows the table by them). */
export const MEASURE_COLUMNS = HUMAN_COLUMNS;
export type MeasureColumn = HumanColumnKey;

/** A column by name: an identity column (measure null), or a measure's figure or result. */
export type HumanColumn = { readonly measure: null; readonly key: IdentityKey | 'label' } | { readonly measure: Measure; readonly key: MeasureColumn };

export interface HumanTable {
  /** spans over the column headers: [label, number of columns] */
  readonly groups: [string, number][];
  readonly headers: string[];
  /** what each column is, parallel to headers */
  readonly columns: HumanColumn[];
  readonly rows: HumanCell[][];
  /** index of the first total row in rows */
  readonly totalFrom: number;
  /** said once under the table: a year without targets (model.ts noTargetNote) */
  readonly notes: readonly string[];
}

export const ABSENT = UNKNOWN_MARK;
const TOTAL_TEXT: Record<Lang, string> = { vi: 'Tổng cộng', en: 'Total' };

/**
 * `text` with v's sign; a figure shown as zero is 0,00, never "-0,00" nor "+0,00": the CSV, JSON
 * and workbook print 0.00 for it (traps33 1: a gap of −0.004 pp was "-0,00" in the table beside
 * 0.00 in the CSV). The target's standing is the cell's colour and the paragraph's "chưa đạt".
 */
function signed(text: string, v: Dec): string {
  if (!/[1-9]/.test(text)) return text.startsWith('-') ? text.slice(1) : text;
  if (v.isNegative()) return text.startsWith('-') ? text : `-${text}`;
  return `+${text}`;
}

/**
 * Optional columns (HUMAN_OPTIONAL), shown only when some printed row has a value: target, rank,
 * change on last year. target, gap and above target: a year without targets says so once
 * (notes), not in a column of dashes.
 */
type Extras = Record<HumanOptional, boolean>;

function extrasOf(rows: readonly GroupResult[], m: Measure): Extras {
  const results = rows.map((g) => g.measures[m]).filter((r): r is MeasureResult => r !== null);
  return {
    target: results.some((r) => r.target !== null),
    rank: results.some((r) => r.rank !== null && r.rankOf !== null && r.rankOf > 1),
    change: results.some((r) => r.totalChange !== null || r.rateChange !== null),
  };
}

/** The measure columns shown: all of MEASURE_COLUMNS but the optional ones no row has. */
function measureColumns(extras: Extras): MeasureColumn[] {
  const optional = (k: MeasureColumn) => (Object.keys(HUMAN_OPTIONAL) as HumanOptional[]).find((o) => (HUMAN_OPTIONAL[o] as readonly MeasureColumn[]).includes(k));
  return MEASURE_COLUMNS.filter((k) => {
    const o = optional(k);
    return o === undefined || extras[o];
  });
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
  return [
    cell(amount(r.figures[F.total])),
    cell(amount(r.figures[F.with_conditions])),
    cell(amount(r.figures[F.resolved])),
    cell(r.rateRounded ? `${formatExact(r.rateRounded, lang, ctx.rateDecimals)}%` : ABSENT, status),
    ...(extras.target
      ? [
          cell(r.target ? `${formatExact(r.target.value, lang)}%` : ABSENT),
          cell(r.gapPp ? signed(formatExact(r.gapPp, lang, ctx.rateDecimals), r.gapPp) : ABSENT, status),
          cell(r.aboveTarget ? signed(amount(r.aboveTarget), r.aboveTarget) : ABSENT, status),
        ]
      : []),
    ...extraCells,
  ];
}

export function humanTable(ctx: RenderContext): HumanTable {
  const lang = ctx.lang;
  const printed = rowsToPrint(ctx);
  const showProvince = ctx.by.includes('province') || (ctx.by.includes('district') && printed.some((g) => g.province));
  const showDistrict = ctx.by.includes('district') || ctx.by.length === 0;
  const showYear = ctx.by.includes('year');
  const identity: [string, (g: GroupResult) => string, IdentityKey | 'label'][] = [];
  const totalLabel = (g: GroupResult, text: string) => (g.isTotal ? TOTAL_TEXT[lang] : text);
  if (showProvince) identity.push([IDENTITY.province.label[lang], (g) => (g.isTotal && !showDistrict ? TOTAL_TEXT[lang] : (g.province ?? (g.isTotal ? '' : ABSENT))), 'province']);
  if (showDistrict) identity.push([IDENTITY.district.label[lang], (g) => totalLabel(g, g.district ?? ABSENT), 'district']);
  if (showYear) identity.push([IDENTITY.year.label[lang], (g) => (g.year === null ? ABSENT : String(g.year)), 'year']);
  if (identity.length === 0) identity.push(['', (g) => totalLabel(g, ''), 'label']);

  const comparedYear = comparedYearToName(ctx);
  const header = (k: MeasureColumn): string => humanColumnLabel(k, lang, comparedYear);
  const groups: [string, number][] = [['', identity.length]];
  const headers = identity.map(([h]) => h);
  const columns: HumanColumn[] = identity.map(([, , key]) => ({ measure: null, key }));
  const extras = Object.fromEntries(ctx.measures.map((m) => [m, extrasOf(printed, m)])) as Record<Measure, Extras>;
  for (const m of ctx.measures) {
    const these = measureColumns(extras[m]);
    groups.push([measureTitle(m, ctx), these.length]);
    headers.push(...these.map(header));
    columns.push(...these.map((key) => ({ measure: m, key })));
  }
  const rows = printed.map((g) => [
    ...identity.map(([, get]): HumanCell => ({ text: get(g), status: null, align: 'left' })),
    ...ctx.measures.flatMap((m) => measureCells(g.measures[m], m, ctx, extras[m])),
  ]);
  const noTarget = noTargetNote(ctx);
  const notes = [...(noTarget !== null ? [noTarget] : []), ...totalNotes(ctx, extras)];
  return { groups, headers, columns, rows, totalFrom: ctx.printed.length, notes };
}

const ROUNDED_MONEY_NOTE: Record<Lang, string> = {
  vi: 'Số tiền đã làm tròn; dòng Tổng cộng tính từ số liệu chính xác nên có thể lệch với tổng các dòng đã làm tròn.',
  en: 'Money is rounded; the Total is computed from the exact figures, so it may differ from the sum of the rounded rows.',
};

const ABOVE_TARGET_NOTE: Record<Lang, string> = {
  vi: 'Vượt chỉ tiêu của dòng Tổng cộng là số giải quyết xong của tổng trừ số chỉ tiêu yêu cầu trên số liệu của tổng (số việc làm tròn lên một lần, trên tổng), không phải tổng các dòng.',
  en: "The Total's above target is its resolved less what its target requires of its own figures (cases rounded up once, on the total), not the sum of the rows'.",
};

/** A printed column of a measure's figures: its value in a group's result. */
type Column = (r: MeasureResult) => Dec | null;

/** The money columns whose Total is the sum of the rows' exact values (the change: like for like only, else not printed). */
const SUMMED_MONEY: readonly Column[] = [(r) => r.figures[F.total] ?? null, (r) => r.figures[F.with_conditions] ?? null, (r) => r.figures[F.resolved] ?? null, (r) => r.totalChange];
const aboveTarget: Column = (r) => r.aboveTarget;

/**
 * The notes that explain a Total a reader adding up a printed column would not find. Money shown
 * in a unit: the total is the exact total rounded (SPEC §4), not the sum of the rounded rows, a
 * few hundredths off — said for every money column that is a sum, the change on last year too,
 * and for above target where its exact values add up (traps40 F3: 0,01 + 0,01 over a Total of
 * 0,01, in above target or change alone, had no note). Above target is no sum: the Total's is
 * its own resolved less what its target requires of its own figures (SPEC §5; cases: 8,325 →
 * 9 required of each of two offices, 16,65 → 17 of both: 0 + 0 over a Total of +1), said where
 * the printed rows miss it. Only when every group is printed (no --only).
 */
function totalNotes(ctx: RenderContext, extras: Record<Measure, Extras>): string[] {
  if (ctx.filtered) return [];
  let rounded = false;
  let aboveTargetApart = false;
  for (const t of ctx.summary.totals) {
    const rows = ctx.printed.filter((g) => t.year === null || g.year === t.year);
    if (rows.length === 0) continue;
    for (const m of ctx.measures) {
      const shown = (v: Dec) => (m === 'money' ? roundHalfUp(inUnit(v, ctx.unit), humanMoneyDecimals(ctx.unit)) : v);
      const sums = (column: Column) => columnSums(t.measures[m], rows.map((g) => g.measures[m]), column, shown);
      const columns = m === 'money' ? SUMMED_MONEY.filter((c) => c !== SUMMED_MONEY[3] || extras[m].change) : [];
      for (const c of columns) if (sums(c)?.shownApart) rounded = true;
      const above = extras[m].target ? sums(aboveTarget) : null;
      if (above?.shownApart) {
        if (above.exactApart) aboveTargetApart = true;
        else rounded = true;
      }
    }
  }
  return [...(rounded ? [ROUNDED_MONEY_NOTE[ctx.lang]] : []), ...(aboveTargetApart ? [ABOVE_TARGET_NOTE[ctx.lang]] : [])];
}

/** Whether the rows' values of a column add up to the Total's, exact and as printed; null where one is unknown. */
function columnSums(total: MeasureResult | null, rows: readonly (MeasureResult | null)[], column: Column, shown: (v: Dec) => Dec): { exactApart: boolean; shownApart: boolean } | null {
  const totalValue = total ? column(total) : null;
  if (totalValue === null) return null;
  let exact: Dec = ZERO;
  let printed: Dec = ZERO;
  for (const r of rows) {
    const v = r ? column(r) : null;
    if (v === null) return null;
    exact = exact.plus(v);
    printed = printed.plus(shown(v));
  }
  return { exactApart: !exact.eq(totalValue), shownApart: !printed.eq(shown(totalValue)) };
}

/** "Việc", "Tiền (tỷ đồng)": the title over a measure's columns. */
export function measureTitle(m: Measure, ctx: Pick<RenderContext, 'lang' | 'unit'>): string {
  return humanMeasureTitle(m, ctx.lang, UNIT_LABEL[ctx.unit][ctx.lang]);
}

/** The same table with only the columns `keep` accepts (identity columns are always kept). */
export function selectColumns(t: HumanTable, keep: (c: HumanColumn) => boolean): HumanTable {
  const kept = t.columns.map((c) => c.measure === null || keep(c));
  const groups: [string, number][] = [];
  let col = 0;
  for (const [label, count] of t.groups) {
    const n = kept.slice(col, col + count).filter(Boolean).length;
    if (n > 0) groups.push([label, n]);
    col += count;
  }
  const pick = <T,>(list: readonly T[]): T[] => list.filter((_, i) => kept[i]);
  return { groups, headers: pick(t.headers), columns: pick(t.columns), rows: t.rows.map(pick), totalFrom: t.totalFrom, notes: t.notes };
}

/**
 * A province column that reads the same on every group row says it once: the table without it,
 * and the province for a caption. Only when it is the same on every group the total covers too:
 * --only prints some groups, but the total stays that of all input (SPEC §8), and a caption
 * naming the printed groups' province would make it read as that province's total.
 * Tables whose only identity is the province keep it.
 */
export function withoutUniformProvince(t: HumanTable, ctx: Pick<RenderContext, 'summary'>): { table: HumanTable; province: string | null } {
  const at = t.columns.findIndex((c) => c.key === 'province');
  const provinces = new Set(t.rows.slice(0, t.totalFrom).map((r) => r[at]?.text));
  if (at < 0 || t.columns.filter((c) => c.measure === null).length < 2 || provinces.size !== 1 || t.totalFrom === 0) return { table: t, province: null };
  const province = [...provinces][0]!;
  if (ctx.summary.groups.some((g) => (g.province ?? ABSENT) !== province)) return { table: t, province: null };
  const drop = <T,>(list: readonly T[]): T[] => list.filter((_, i) => i !== at);
  const table: HumanTable = {
    ...t,
    groups: t.groups.map(([label, count], g): [string, number] => [label, g === 0 ? count - 1 : count]),
    headers: drop(t.headers),
    columns: drop(t.columns),
    rows: t.rows.map(drop),
  };
  return { table, province };
}
