// The chart: for each measure, one horizontal bar per printed group (sorted by rate) and the
// total as a distinct bar, the target as a line, bars met / missed told apart by colour AND by
// fill (solid vs hatched) and a drawn marker (tick vs cross), so it reads in black and white.
// Deterministic: coordinates come from the domain's Decimal rates rounded to 0.1 px, never from
// floats of figures; the same input gives the same bytes.
import { D, plain, roundHalfUp, type Dec } from '../domain/decimal.js';
import type { GroupResult, MeasureResult } from '../domain/evaluate.js';
import { MEASURE_LABEL, RESULT_LABEL, type Measure } from '../domain/fields.js';
import { formatExact, type Lang } from './format-number.js';
import { shownNames, withNotes, type RenderContext, type ShownName } from './model.js';
import { escapeBidi, stripXmlForbidden } from './sanitize.js';
import { titlePeriod } from './period-words.js';

export type BarStatus = 'met' | 'missed' | 'none';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const COLORS = { met: '#009e73', missed: '#d55e00', none: '#8c8c8c', target: '#1f1f1f', grid: '#d9d9d9', text: '#1f1f1f' } as const;

const WIDTH = 820;
const MARGIN = 16;
const ROW = 20;
const BAR = 12;
const FONT = 12;
/** average advance of a 12 px sans-serif character, to size the label column without a font */
const CHAR_WIDTH = 7.2;
const MAX_LABEL_CHARS = 40;
/** room after the longest bar for the marker and the value ("100,00%"), and the target when rows differ */
const VALUE_ROOM = 84;
const VALUE_ROOM_WITH_TARGET = 190;

const WORDS = {
  vi: {
    title: 'Tỷ lệ giải quyết xong so với chỉ tiêu',
    total: 'Tổng cộng',
    met: 'Đạt chỉ tiêu',
    missed: 'Không đạt chỉ tiêu',
    none: 'Không có chỉ tiêu',
    // office-years of several years are not so many offices (đơn vị): they are groups (nhóm)
    groups: (n: number, severalYears: boolean) => `${n} ${severalYears ? 'nhóm' : 'đơn vị'}`,
    desc: (what: string) => `Biểu đồ thanh ngang, sắp xếp theo tỷ lệ giảm dần, thanh tổng cộng ở cuối. ${what}`,
    counts: (measure: string, met: number, missed: number) => `${measure}: ${met} đạt, ${missed} không đạt chỉ tiêu`,
  },
  en: {
    title: 'Resolution rate against target',
    total: 'Total',
    met: 'Target met',
    missed: 'Target missed',
    none: 'No target',
    groups: (n: number, _severalYears: boolean) => `${n} group${n === 1 ? '' : 's'}`,
    desc: (what: string) => `Horizontal bar chart sorted by rate, highest first, the total bar last. ${what}`,
    counts: (measure: string, met: number, missed: number) => `${measure}: ${met} met, ${missed} missed the target`,
  },
} as const;

/** Text for XML: what XML forbids (U+0001 from an office name) removed, bidirectional controls shown (escapeBidi), markup escaped. */
export function escapeXml(text: string): string {
  return escapeBidi(stripXmlForbidden(text)).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

interface Bar {
  readonly label: string;
  /** the end of the label kept when it is shortened: " (Gia Lai)" */
  readonly tail: string;
  readonly rate: Dec | null;
  readonly rateText: string;
  readonly target: Dec | null;
  readonly status: BarStatus;
  readonly isTotal: boolean;
}

/** A bar's label: the name, and what follows it in parentheses (the province that tells it apart, the year). */
function groupLabel(g: GroupResult, shown: ShownName | null, ctx: RenderContext, totals: number): { name: string; notes: (string | null)[] } {
  if (g.isTotal) return { name: WORDS[ctx.lang].total, notes: [totals > 1 && g.year !== null ? String(g.year) : null] };
  if (!shown) return { name: String(g.year ?? '—'), notes: [] };
  return { name: shown.name, notes: [shown.province, ctx.by.includes('year') && g.year !== null ? String(g.year) : null] };
}

function toBar(g: GroupResult, r: MeasureResult | null, ctx: RenderContext, totals: number, nameOf: (g: GroupResult) => ShownName | null): Bar {
  const { name, notes } = groupLabel(g, nameOf(g), ctx, totals);
  const label = withNotes(name, notes);
  return {
    label,
    tail: label.slice(name.length),
    rate: r?.rate ?? null,
    rateText: r?.rateRounded ? `${formatExact(r.rateRounded, ctx.lang, ctx.rateDecimals)}%` : '—',
    target: r?.target?.value ?? null,
    status: r?.met === true ? 'met' : r?.met === false ? 'missed' : 'none',
    isTotal: g.isTotal,
  };
}

/** Highest rate first; groups without a rate last; ties by name, so the order is stable. */
function byRate(a: Bar, b: Bar): number {
  if (a.rate && b.rate) {
    const c = b.rate.cmp(a.rate);
    if (c !== 0) return c;
  } else if (a.rate || b.rate) {
    return a.rate ? -1 : 1;
  }
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

/** A label of at most MAX_LABEL_CHARS: the name is shortened, its tail (province, year) kept. */
function truncate(b: Pick<Bar, 'label' | 'tail'>): string {
  const chars = [...b.label];
  if (chars.length <= MAX_LABEL_CHARS) return b.label;
  const tail = [...b.tail];
  return `${chars.slice(0, Math.max(1, MAX_LABEL_CHARS - 1 - tail.length)).join('')}…${b.tail}`;
}

interface Scale {
  readonly left: number;
  readonly width: number;
  /** percent at the right end of the axis: 100, or more when a rate is above 100 */
  readonly max: bigint;
}

/** x of a percentage, exact to 0.1 px: left + value / max × width. */
function xOf(value: Dec, s: Scale): Dec {
  return roundHalfUp(value.times(s.width).div(s.max.toString()), 1).plus(s.left);
}

const plus = (x: Dec, px: number): string => plain(x.plus(px));

function axisMax(bars: readonly Bar[]): bigint {
  let max = 100n;
  for (const b of bars) {
    if (!b.rate) continue;
    // toFixed: a huge rate (a figure in the wrong column) in digits, never 1e+30
    const tens = BigInt(b.rate.div(10).ceil().toFixed()) * 10n;
    if (tens > max) max = tens;
  }
  return max;
}

/**
 * Grid lines every 20 pp up to 200 %; beyond, a round step (50, 100, 200, 500…) that keeps ten
 * lines or fewer: a rate of 837,529,209 % (a figure in the wrong column) once drew 41 million.
 */
function tickStep(max: bigint): bigint {
  // No step below 10^(digits − 3) keeps ten lines (max ≥ 10^(digits − 1)): start there, not at 10,
  // or a rate of 60,000 digits takes 60,000 rounds of 60,000-digit divisions.
  for (let base = 10n ** BigInt(Math.max(1, max.toString().length - 3)); ; base *= 10n) {
    for (const m of [2n, 5n, 10n]) if (max / (m * base) <= 10n) return m * base;
  }
}

function marker(status: BarStatus, x: string, y: number): string {
  // tick for met, cross for missed: shapes, so they print without any font
  if (status === 'met') return `<path class="marker met" d="M${x} ${y + 6}m1 0l3 3l5 -7" fill="none" stroke="${COLORS.text}" stroke-width="1.6"/>`;
  if (status === 'missed') return `<path class="marker missed" d="M${x} ${y + 2}m1 0l7 7m0 -7l-7 7" fill="none" stroke="${COLORS.text}" stroke-width="1.6"/>`;
  return '';
}

function barFill(status: BarStatus, id: string): string {
  return status === 'missed' ? `url(#${id}-missed)` : COLORS[status];
}

interface Panel {
  readonly measure: Measure;
  readonly bars: Bar[];
  readonly totals: Bar[];
}

function panelsOf(ctx: RenderContext): Panel[] {
  const totals = ctx.summary.totals;
  const nameOf = shownNames(ctx);
  return ctx.measures.map((m) => ({
    measure: m,
    bars: ctx.printed.map((g) => toBar(g, g.measures[m], ctx, totals.length, nameOf)).sort(byRate),
    totals: totals.map((g) => toBar(g, g.measures[m], ctx, totals.length, nameOf)),
  }));
}

/** One shared target for the whole panel, or null when targets differ or some rows have none. */
function sharedTarget(rows: readonly Bar[]): Dec | null {
  const first = rows[0]?.target ?? null;
  if (!first) return null;
  const same = rows.every((r) => r.target && r.target.eq(first));
  return same ? first : null;
}

function renderPanel(p: Panel, top: number, s: Scale, ctx: RenderContext, id: string): { svg: string; height: number } {
  const lang = ctx.lang;
  const out: string[] = [];
  const rows = [...p.bars, ...p.totals];
  out.push(`<g class="panel" data-measure="${p.measure}">`);
  out.push(`<text class="panel-title" x="${MARGIN}" y="${top + 16}" font-size="14" font-weight="bold">${escapeXml(MEASURE_LABEL[p.measure][lang])}</text>`);
  const axisY = top + 30;
  const plotTop = axisY + 8;
  // the total is set apart from the groups by a gap and a rule
  const totalTop = plotTop + p.bars.length * ROW + (p.bars.length > 0 ? 10 : 0);
  const plotBottom = totalTop + p.totals.length * ROW;

  for (let tick = 0n, step = tickStep(s.max); tick <= s.max; tick += step) {
    const x = plain(xOf(new D(tick.toString()), s));
    out.push(`<line class="grid" x1="${x}" y1="${plotTop}" x2="${x}" y2="${plotBottom}" stroke="${COLORS.grid}" stroke-width="1"/>`);
    out.push(`<text class="tick" x="${x}" y="${axisY}" font-size="11" text-anchor="middle" data-percent="${tick}">${tick}%</text>`);
  }

  const shared = sharedTarget(rows);
  const rowSvg = (b: Bar, y: number) => {
    const parts: string[] = [];
    const weight = b.isTotal ? ' font-weight="bold"' : '';
    parts.push(`<g class="row${b.isTotal ? ' total' : ''} ${b.status}">`);
    parts.push(`<text class="label" x="${s.left - 8}" y="${y + 14}" font-size="${FONT}" text-anchor="end"${weight}>${escapeXml(truncate(b))}</text>`);
    let end = new D(s.left);
    if (b.rate) {
      end = xOf(b.rate, s);
      const stroke = b.isTotal ? ` stroke="${COLORS.text}" stroke-width="2"` : '';
      parts.push(`<rect class="bar ${b.status}" x="${s.left}" y="${y + (ROW - BAR) / 2}" width="${plus(end, -s.left)}" height="${BAR}" fill="${barFill(b.status, id)}"${stroke}/>`);
    }
    // marker and value start after the bar or this row's target mark, whichever is further right
    const target = b.target ? xOf(b.target, s) : null;
    const after = target && target.gt(end) ? target.plus(1) : end;
    parts.push(marker(b.status, plus(after, 4), y + (ROW - BAR) / 2));
    const valueX = plus(after, b.status === 'none' ? 6 : 18);
    const value = b.target && !shared ? `${b.rateText} · ${RESULT_LABEL.target[lang].toLowerCase()} ${formatExact(b.target, lang)}%` : b.rateText;
    parts.push(`<text class="value" x="${valueX}" y="${y + 14}" font-size="${FONT}"${weight}>${escapeXml(value)}</text>`);
    parts.push('</g>');
    return parts.filter(Boolean).join('');
  };
  p.bars.forEach((b, i) => out.push(rowSvg(b, plotTop + i * ROW)));
  if (p.bars.length > 0 && p.totals.length > 0) out.push(`<line class="total-rule" x1="${MARGIN}" y1="${totalTop - 5}" x2="${WIDTH - MARGIN}" y2="${totalTop - 5}" stroke="${COLORS.text}" stroke-width="1"/>`);
  p.totals.forEach((b, i) => out.push(rowSvg(b, totalTop + i * ROW)));

  // Targets: one line across the panel when all rows share it, else a mark on each row.
  if (shared) {
    const x = plain(xOf(shared, s));
    out.push(`<line class="target" x1="${x}" y1="${plotTop - 4}" x2="${x}" y2="${plotBottom}" stroke="${COLORS.target}" stroke-width="2"/>`);
    out.push(`<text class="target-label" x="${x}" y="${top + 16}" font-size="11" text-anchor="middle">${escapeXml(`${RESULT_LABEL.target[lang]} ${formatExact(shared, lang)}%`)}</text>`);
  } else {
    const mark = (b: Bar, y: number) => {
      if (!b.target) return;
      const x = plain(xOf(b.target, s));
      out.push(`<line class="target" x1="${x}" y1="${y + 1}" x2="${x}" y2="${y + ROW - 1}" stroke="${COLORS.target}" stroke-width="2"/>`);
    };
    p.bars.forEach((b, i) => mark(b, plotTop + i * ROW));
    p.totals.forEach((b, i) => mark(b, totalTop + i * ROW));
  }
  out.push('</g>');
  return { svg: out.join('\n'), height: plotBottom - top + 16 };
}

function legend(lang: Lang, y: number, id: string): string {
  const w = WORDS[lang];
  const items: [string, string][] = [
    [`<rect x="0" y="0" width="14" height="${BAR}" fill="${COLORS.met}"/>`, w.met],
    [`<rect x="0" y="0" width="14" height="${BAR}" fill="url(#${id}-missed)"/>`, w.missed],
    [`<rect x="0" y="0" width="14" height="${BAR}" fill="${COLORS.none}"/>`, w.none],
    [`<line x1="7" y1="-2" x2="7" y2="${BAR + 2}" stroke="${COLORS.target}" stroke-width="2"/>`, RESULT_LABEL.target[lang]],
  ];
  let x = MARGIN;
  const parts = items.map(([swatch, text]) => {
    const g = `<g transform="translate(${x},${y})">${swatch}<text x="20" y="10" font-size="11">${escapeXml(text)}</text></g>`;
    x += 20 + Math.ceil([...text].length * 6) + 24;
    return g;
  });
  return `<g class="legend">${parts.join('')}</g>`;
}

export function chartTitle(ctx: RenderContext): string {
  const w = WORDS[ctx.lang];
  return ctx.year !== null ? `${w.title}, ${titlePeriod(ctx.year, ctx.partPeriods?.get(ctx.year), ctx.lang)}` : w.title;
}

function description(panels: readonly Panel[], ctx: RenderContext): string {
  const w = WORDS[ctx.lang];
  const parts = panels.map((p) => {
    const met = p.bars.filter((b) => b.status === 'met').length;
    const missed = p.bars.filter((b) => b.status === 'missed').length;
    const totals = p.totals.map((t) => `${t.label} ${t.rateText}${t.target ? ` (${RESULT_LABEL.target[ctx.lang].toLowerCase()} ${formatExact(t.target, ctx.lang)}%)` : ''}`);
    return `${w.counts(MEASURE_LABEL[p.measure][ctx.lang], met, missed)}; ${totals.join(', ')}.`;
  });
  const severalYears = ctx.by.includes('year') && new Set(ctx.printed.map((g) => g.year)).size > 1;
  return w.desc(`${w.groups(ctx.printed.length, severalYears)}. ${parts.join(' ')}`);
}

/** The <svg> element alone (the HTML report inlines it); `id` keeps ids unique in a page. */
export function chartSvg(ctx: RenderContext, id = 'thads-chart'): string {
  const panels = panelsOf(ctx);
  const all = panels.flatMap((p) => [...p.bars, ...p.totals]);
  const longest = all.reduce((w, b) => Math.max(w, [...truncate(b)].length), 0);
  const left = MARGIN + Math.ceil(Math.max(6, longest) * CHAR_WIDTH) + 8;
  const room = panels.some((p) => !sharedTarget([...p.bars, ...p.totals]) && [...p.bars, ...p.totals].some((b) => b.target)) ? VALUE_ROOM_WITH_TARGET : VALUE_ROOM;
  const scale: Scale = { left, width: WIDTH - MARGIN - room - left, max: axisMax(all) };

  const body: string[] = [];
  body.push(`<text class="title" x="${MARGIN}" y="24" font-size="16" font-weight="bold">${escapeXml(chartTitle(ctx))}</text>`);
  body.push(legend(ctx.lang, 36, id));
  let y = 58;
  for (const p of panels) {
    const { svg, height } = renderPanel(p, y, scale, ctx, id);
    body.push(svg);
    y += height;
  }
  const height = y + 4;
  const title = chartTitle(ctx);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="DejaVu Sans, Arial, Helvetica, sans-serif" fill="${COLORS.text}">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(description(panels, ctx))}</desc>`,
    `<defs><pattern id="${id}-missed" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="${COLORS.missed}"/><rect width="2" height="6" fill="#ffffff"/></pattern></defs>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

export function renderSvg(ctx: RenderContext): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${chartSvg(ctx)}\n`;
}
