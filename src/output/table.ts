// Aligned terminal table; met in green, missed in red, only when colours are on.
// On a terminal (ctx.width set) the table fits the terminal's width: headers wrap onto two
// lines, a province column that says the same on every row becomes a caption, then measure
// columns are chosen by what a reader looks for first (rate, target, gap, rank, then the
// figures behind them), side by side or one measure below the other, whichever shows more;
// a last line says what was left out and how to see everything. A file or a pipe
// (ctx.width null) and --wide get the full table.
import type { Measure } from '../domain/fields.js';
import { humanTable, measureTitle, selectColumns, withoutUniformProvince, type HumanCell, type HumanColumn, type HumanTable, type MeasureColumn } from './human.js';
import type { Lang } from './format-number.js';
import type { RenderContext } from './model.js';

type Paint = (cell: HumanCell, text: string) => string;

const GAP = '  ';

/** Measure columns in the order a narrow terminal keeps them; the pair is kept or left out together. */
const PRIORITY: readonly (readonly MeasureColumn[])[] = [['rate'], ['target'], ['gap_pp'], ['rank'], ['resolved', 'with_conditions'], ['above_target'], ['total'], ['rate_change'], ['total_change']];

const WORDS: Record<Lang, { province: string; leftOut: string; all: string }> = {
  vi: { province: 'Tỉnh', leftOut: 'Không đủ chỗ cho', all: 'Xem đủ các cột: --wide, hoặc --format csv.' },
  en: { province: 'Province', leftOut: 'Left out to fit the terminal', all: 'Every column: --wide, or --format csv.' },
};

const length = (text: string) => [...text].length;

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - length(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** Greedy word wrap at `width`; a word longer than the width gets a line of its own. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && length(lines[last]!) + 1 + length(word) <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface Shape {
  readonly widths: number[];
  /** each column's header, one entry per line */
  readonly heads: string[][];
}

/** Column widths: the widest cell, and the header on one line or wrapped onto at most two. */
function shapeOf(t: HumanTable, wrapped: boolean): Shape {
  const widths: number[] = [];
  const heads: string[][] = [];
  t.headers.forEach((h, i) => {
    // reduce, not Math.max(...rows): 150,000 offices as call arguments overflow the stack
    const cells = t.rows.reduce((most, r) => Math.max(most, length(r[i]!.text)), 0);
    let w = Math.max(cells, length(h));
    if (wrapped) {
      w = Math.max(cells, ...h.split(' ').map(length));
      while (wrap(h, w).length > 2) w++;
    }
    widths.push(w);
    heads.push(wrapped ? wrap(h, w) : [h]);
  });
  // A measure's title must fit over its columns: the last one widens if needed.
  let col = 0;
  for (const [label, count] of t.groups) {
    const span = widths.slice(col, col + count).reduce((a, b) => a + b, 0) + GAP.length * (count - 1);
    if (count > 0 && length(label) > span) widths[col + count - 1]! += length(label) - span;
    col += count;
  }
  return { widths, heads };
}

function widthOf(shape: Shape): number {
  return shape.widths.reduce((a, b) => a + b, 0) + GAP.length * Math.max(0, shape.widths.length - 1);
}

function render(t: HumanTable, shape: Shape, paint: Paint): string[] {
  const { widths, heads } = shape;
  const identityCount = t.columns.filter((c) => c.measure === null).length;
  const lines: string[] = [];
  // Measure names centred over their columns.
  let col = 0;
  const spans = t.groups.map(([label, count]) => {
    const width = widths.slice(col, col + count).reduce((a, b) => a + b, 0) + GAP.length * (count - 1);
    col += count;
    const left = Math.floor((width - length(label)) / 2);
    return pad(' '.repeat(Math.max(0, left)) + label, width, 'left');
  });
  lines.push(spans.join(GAP).trimEnd());
  // Wrapped headers sit on the rule: shorter ones are padded at the top.
  const headLines = Math.max(...heads.map((h) => h.length));
  for (let l = 0; l < headLines; l++) {
    const cells = heads.map((h, i) => pad(h[l - (headLines - h.length)] ?? '', widths[i]!, i < identityCount ? 'left' : 'right'));
    lines.push(cells.join(GAP).trimEnd());
  }
  const rule = widths.map((w) => '─'.repeat(w)).join(GAP);
  lines.push(rule);
  t.rows.forEach((row, r) => {
    if (r === t.totalFrom && r > 0) lines.push(rule);
    lines.push(row.map((cell, i) => paint(cell, pad(cell.text, widths[i]!, cell.align))).join(GAP).trimEnd());
  });
  return lines;
}

/** The measure columns of `t` among the first `levels` priority levels. */
function keepLevels(levels: number): (c: HumanColumn) => boolean {
  const keys = new Set(PRIORITY.slice(0, levels).flat());
  return (c) => c.measure === null || keys.has(c.key);
}

/** As many priority levels as fit in `width` (at least the rate, even when it does not fit). */
function fitLevels(t: HumanTable, width: number): HumanTable {
  let best = selectColumns(t, keepLevels(1));
  for (let levels = 2; levels <= PRIORITY.length; levels++) {
    const candidate = selectColumns(t, keepLevels(levels));
    if (widthOf(shapeOf(candidate, true)) > width) break;
    best = candidate;
  }
  return best;
}

function measureCount(t: HumanTable): number {
  return t.columns.filter((c) => c.measure !== null).length;
}

/** "Tổng số thụ lý, Vượt chỉ tiêu", or per measure when they differ. */
function leftOutText(full: HumanTable, shown: readonly HumanTable[], ctx: RenderContext): string | null {
  const isShown = (c: HumanColumn) => shown.some((t) => t.columns.some((s) => s.measure === c.measure && s.key === c.key));
  const perMeasure = new Map<Measure, string[]>();
  full.columns.forEach((c, i) => {
    if (c.measure === null || isShown(c)) return;
    perMeasure.set(c.measure, [...(perMeasure.get(c.measure) ?? []), full.headers[i]!]);
  });
  if (perMeasure.size === 0) return null;
  const lists = [...perMeasure.entries()];
  const same = lists.length === ctx.measures.length && lists.every(([, l]) => l.join() === lists[0]![1].join());
  const what = same ? lists[0]![1].join(', ') : lists.map(([m, l]) => `${measureTitle(m, ctx)}: ${l.join(', ')}`).join('; ');
  return `${WORDS[ctx.lang].leftOut}: ${what}. ${WORDS[ctx.lang].all}`;
}

function fitted(t: HumanTable, width: number, ctx: RenderContext, paint: Paint): string[] {
  const lines: string[] = [];
  // A province column that reads the same on every office row says it once, above the table.
  const { table, province } = withoutUniformProvince(t, ctx);
  if (province !== null) lines.push(`${WORDS[ctx.lang].province}: ${province}`);
  const side = fitLevels(table, width);
  const measures = ctx.measures.filter((m) => table.columns.some((c) => c.measure === m));
  // One measure below the other, each with the columns that fit: chosen only when it shows more.
  const stacked = measures.map((m) => fitLevels(selectColumns(table, (c) => c.measure === m), width));
  const stack = measures.length > 1 && stacked.reduce((n, s) => n + measureCount(s), 0) > measureCount(side);
  const shown = stack ? stacked : [side];
  shown.forEach((s, i) => {
    if (i > 0) lines.push('');
    for (const line of render(s, shapeOf(s, true), paint)) lines.push(line);
  });
  const note = leftOutText(table, shown, ctx);
  if (note !== null) lines.push('', ...wrap(note, width));
  return lines;
}

export async function renderTable(ctx: RenderContext): Promise<string> {
  const t = humanTable(ctx);
  let paint: Paint = (_, text) => text;
  if (ctx.color) {
    const { Chalk } = await import('chalk');
    const chalk = new Chalk({ level: 1 });
    paint = (cell, text) => (cell.status === 'met' ? chalk.green(text) : cell.status === 'missed' ? chalk.red(text) : text);
  }
  const full = shapeOf(t, false);
  const width = ctx.width ?? null;
  const lines = width === null || widthOf(full) <= width ? render(t, full, paint) : widthOf(shapeOf(t, true)) <= width ? render(t, shapeOf(t, true), paint) : fitted(t, width, ctx, paint);
  // A year without targets, said once under the table (model.ts noTargetNote).
  for (const note of t.notes) lines.push(...(width === null ? [note] : wrap(note, width)));
  return `${lines.join('\n')}\n`;
}
