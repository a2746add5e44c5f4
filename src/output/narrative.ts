// The year-end paragraph, in the phrasing of provincial reports (seed article):
// "… đã giải quyết xong 5.513/5.871 việc có điều kiện giải quyết, đạt 93,90%, vượt 19,90% so
// với chỉ tiêu được giao (74%), đứng thứ 6/63 tỉnh, thành phố". Absent parts are left out.
import { F, type Measure } from '../domain/fields.js';
import type { Exact } from '../domain/exact.js';
import type { GroupResult, MeasureResult } from '../domain/evaluate.js';
import type { MoneyUnit } from '../input/units.js';
import { formatExact, formatFixed, inUnit, UNIT_LABEL, type Lang } from './format-number.js';
import type { RenderContext } from './model.js';

const MONEY_DECIMALS: Record<MoneyUnit, number> = { dong: 0, thousand: 0, million: 1, billion: 1 };

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${s}`;
}

interface Phrase {
  readonly lang: Lang;
  readonly unit: MoneyUnit;
  readonly rateDecimals: number;
  readonly previousYear: number | null;
  readonly rankNoun: string;
}

function amount(v: Exact, m: Measure, p: Phrase): string {
  return m === 'money' ? formatFixed(inUnit(v, p.unit), MONEY_DECIMALS[p.unit], p.lang) : formatExact(v, p.lang);
}

function measureSentence(r: MeasureResult, m: Measure, p: Phrase): string | null {
  const vi = p.lang === 'vi';
  const unitWord = m === 'cases' ? (vi ? 'việc' : 'cases') : UNIT_LABEL[p.unit][p.lang];
  const total = r.figures[F.total] ?? null;
  const resolved = r.figures[F.resolved] ?? null;
  const withConditions = r.figures[F.with_conditions] ?? null;
  const parts: string[] = [];

  if (total !== null) {
    let s = vi ? `tổng số ${m === 'money' ? 'tiền ' : ''}thụ lý ${amount(total, m, p)} ${unitWord}` : m === 'money' ? `${amount(total, m, p)} ${unitWord} accepted in total` : `${amount(total, m, p)} cases accepted in total`;
    if (r.totalChange) {
      const up = r.totalChange.units >= 0n;
      const size = amount(up ? r.totalChange : { units: -r.totalChange.units, scale: r.totalChange.scale }, m, p);
      const since = p.previousYear !== null ? (vi ? ` so với năm ${p.previousYear}` : ` on ${p.previousYear}`) : vi ? ' so với năm trước' : ' on the previous year';
      s += vi ? `, ${up ? 'tăng' : 'giảm'} ${size} ${unitWord}${since}` : `, ${up ? 'up' : 'down'} ${size}${m === 'money' ? ` ${unitWord}` : ''}${since}`;
    }
    parts.push(s);
  }

  if (resolved !== null && withConditions !== null) {
    const ratio = m === 'money' ? `${amount(resolved, m, p)}/${amount(withConditions, m, p)}` : `${amount(resolved, m, p)}/${amount(withConditions, m, p)}`;
    let s = vi
      ? `đã giải quyết xong ${ratio} ${unitWord} có điều kiện ${m === 'cases' ? 'giải quyết' : 'thi hành'}`
      : m === 'cases'
        ? `${ratio} enforceable cases resolved`
        : `${ratio} ${unitWord} enforceable resolved`;
    if (r.rateRounded) s += vi ? `, đạt ${formatExact(r.rateRounded, p.lang, p.rateDecimals)}%` : `, a rate of ${formatExact(r.rateRounded, p.lang, p.rateDecimals)}%`;
    if (r.target && r.gapPp) {
      const target = `${formatExact(r.target.value, p.lang)}%`;
      const size = formatExact(r.gapPp.units < 0n ? { units: -r.gapPp.units, scale: r.gapPp.scale } : r.gapPp, p.lang, p.rateDecimals);
      if (r.gapPp.units === 0n) s += vi ? `, đạt chỉ tiêu được giao (${target})` : `, meeting the assigned target (${target})`;
      else if (r.gapPp.units > 0n) s += vi ? `, vượt ${size}% so với chỉ tiêu được giao (${target})` : `, ${size} pp above the assigned target (${target})`;
      else s += vi ? `, thiếu ${size}% so với chỉ tiêu được giao (${target})` : `, ${size} pp below the assigned target (${target})`;
    }
    if (r.rank !== null && r.rankOf !== null) s += vi ? `, đứng thứ ${r.rank}/${r.rankOf} ${p.rankNoun}` : `, ranked ${ordinal(r.rank)} of ${r.rankOf} ${p.rankNoun}`;
    parts.push(s);
  }
  return parts.length > 0 ? parts.join('; ') : null;
}

function groupName(g: GroupResult, ctx: RenderContext): string {
  const vi = ctx.lang === 'vi';
  if (!g.isTotal) return g.district ?? g.province ?? String(g.year ?? '');
  if (ctx.by.includes('province')) return vi ? 'Toàn quốc' : 'Nationwide';
  const provinces = new Set(ctx.summary.groups.map((x) => x.province));
  const only = provinces.size === 1 ? [...provinces][0] : null;
  if (only) return vi ? `Toàn tỉnh ${only}` : `${only} province`;
  return vi ? 'Tổng cộng' : 'Total';
}

function period(year: number, lang: Lang): string {
  return lang === 'vi' ? `năm ${year} (từ 1/10/${year - 1} đến 30/9/${year})` : `statistics year ${year} (1 October ${year - 1} – 30 September ${year})`;
}

export function renderNarrative(ctx: RenderContext): string {
  const vi = ctx.lang === 'vi';
  const level = ctx.by.includes('district') ? 'district' : 'province';
  const rankNoun = level === 'province' ? (vi ? 'tỉnh, thành phố' : 'provinces') : vi ? 'đơn vị' : 'offices';
  // With --only the total paragraph is left out: the reader asked about chosen groups.
  const withTotal = ctx.filtered ? [...ctx.printed] : [...ctx.printed, ...ctx.summary.totals];
  const paragraphs = withTotal.map((g) => {
    const year = g.year ?? ctx.year;
    const p: Phrase = { lang: ctx.lang, unit: ctx.unit, rateDecimals: ctx.rateDecimals, previousYear: year !== null ? year - 1 : null, rankNoun };
    const head = `${groupName(g, ctx)}${year !== null ? `, ${period(year, ctx.lang)}` : ''}`;
    const sentences: string[] = [];
    for (const m of ctx.measures) {
      const r = g.measures[m];
      const s = r ? measureSentence(r, m, p) : null;
      if (s) sentences.push(`${vi ? (m === 'cases' ? 'Về việc' : 'Về tiền') : m === 'cases' ? 'Cases' : 'Money'}: ${s}.`);
    }
    return `${head}: ${sentences.length > 0 ? sentences.join(' ') : vi ? 'không có số liệu.' : 'no figures.'}`;
  });
  return `${paragraphs.join('\n\n')}\n`;
}
