// The year-end paragraph, in the phrasing of provincial reports (seed article):
// "… tổng số thụ lý 7.012 việc, tăng 267 việc so với năm 2018; đã giải quyết xong 5.513/5.871
// việc có điều kiện giải quyết, đạt 93,90%, vượt 19,90% so với chỉ tiêu được giao (74%), đứng
// thứ 6/63 tỉnh, thành phố". The facts of a measure are gathered once (MeasureFacts), then
// phrased in Vietnamese or English. A part whose data is absent is left out, never printed as 0.
import { F, type Measure } from '../domain/fields.js';
import { ONE, roundHalfUp, shift, type Dec } from '../domain/decimal.js';
import type { GroupResult, MeasureResult } from '../domain/evaluate.js';
import { keyString, type DistrictOffices } from '../domain/aggregate.js';
import { UNIT_EXPONENT, type MoneyUnit } from '../input/units.js';
import { formatExact, inUnit, magnitude, readableUnit, SMALLER, UNIT_LABEL, type Lang } from './format-number.js';
import { noTargetNote, shownNames, withNotes, type RenderContext, type ShownName } from './model.js';
import { introEn, introVi, sinceEn, sinceVi } from './period-words.js';
import type { Period } from '../domain/periods.js';

/** Money in sentences: one decimal in tỷ/triệu ("490,7 tỷ đồng"; "12 tỷ", its zero dropped), whole nghìn/đồng. */
const MONEY_DECIMALS: Record<MoneyUnit, number> = { dong: 0, thousand: 0, million: 1, billion: 1 };

type Direction = 'up' | 'down' | 'same';
type Standing = 'above' | 'below' | 'met' | 'short';

interface Change {
  readonly direction: Direction;
  /** formatted size, with its unit word for amounts */
  readonly size: string;
}

/** What one measure of one group says, formatted, each part null when its data is absent. */
interface MeasureFacts {
  readonly measure: Measure;
  /** "7.012 việc", "490,7 tỷ đồng" */
  readonly accepted: string | null;
  readonly acceptedChange: Change | null;
  /** "5.513/5.871" with its unit word apart, for "… việc có điều kiện"; `apart`: `resolved` carries its own unit word */
  readonly resolved: { readonly resolved: string; readonly withConditions: string; readonly unitWord: string; readonly apart?: boolean; readonly none?: true } | null;
  /** "93,90" (no % sign) */
  readonly rate: string | null;
  readonly rateChange: Change | null;
  readonly target: { readonly value: string; readonly gap: string; readonly standing: Standing } | null;
  readonly rank: { readonly rank: number; readonly of: number } | null;
}

/** Whose figures a paragraph gives, and of when: `part` is the period when shorter than the statistics year. */
interface Head {
  readonly year: number | null;
  readonly previousYear: number | null;
  readonly subject: string;
  readonly part: Period | undefined;
}

interface Phrasing {
  readonly lang: Lang;
  readonly unit: MoneyUnit;
  readonly rateDecimals: number;
  /** rank noun for the printed level ("tỉnh, thành phố", "offices"); null: ranks are not stated */
  readonly rankNoun: string | null;
}

const CASE_WORD: Record<Lang, string> = { vi: 'việc', en: 'cases' };

function direction(v: Dec): Direction {
  return v.isZero() ? 'same' : v.isPositive() ? 'up' : 'down';
}

/**
 * Significant digits a money amount keeps: three in the pair stated beside the rate — with two,
 * 0,999 of 8 tỷ read "1/8 tỷ đồng" beside "đạt 12,49%"; with three "0,999/8", whose ratio is the
 * rate — and two elsewhere ("tổng số tiền thụ lý 42 tỷ đồng, tăng 5,6 tỷ đồng"). The pair keeps
 * more where three print two unequal amounts alike (resolvedPair).
 */
const PAIR_DIGITS = 3;
const AMOUNT_DIGITS = 2;

/**
 * Most decimals of an amount in its unit: three below one ("0,999 tỷ"), two from one on —
 * "1,052 tỷ" is the shape read as thousands in the other convention (DOMAIN.md), "0,999" never
 * is. An amount below a tenth of the unit is stated in its own unit.
 */
const MAX_DECIMALS_BELOW_ONE = 3;
const MAX_DECIMALS_FROM_ONE = 2;

/** An amount as the sentence states it: "30" with its unit word "triệu đồng". */
interface Amount {
  readonly text: string;
  readonly unitWord: string;
  /** the amount as it reads, in đồng (cases: the count) */
  readonly shown: Dec;
}

// A Decimal's e is the power of ten of its first digit: 2.5 → 0, 0.25 → −1.
function decimalsFor(shown: Dec, digits: number): number {
  return shown.isZero() ? 0 : digits - 1 - shown.e;
}

/**
 * Amounts of one phrase in `unit`, rounded half-up: decimals shared (the most any amount needs
 * for its `digits`), each amount capped as MAX_DECIMALS_* say (đồng has no smaller unit: as many
 * as it takes); null for an amount below a tenth of the unit, stated in its own unit.
 */
function inOneUnit(values: readonly Dec[], unit: MoneyUnit, digits: number): (Dec | null)[] {
  const shown = values.map((v) => inUnit(v, unit));
  const cap = (v: Dec): number => (unit === 'dong' ? Infinity : v.abs().lt(1) ? MAX_DECIMALS_BELOW_ONE : MAX_DECIMALS_FROM_ONE);
  const own = (v: Dec): boolean => unit !== 'dong' && !v.isZero() && v.abs().lt(0.1);
  const decimals = Math.max(MONEY_DECIMALS[unit], ...shown.filter((v) => !own(v)).map((v) => decimalsFor(v, digits)));
  return shown.map((v) => (own(v) ? null : roundHalfUp(v, Math.min(decimals, cap(v)))));
}

/**
 * Amounts of one phrase, in one unit where they can share it, each with `digits` significant
 * digits: beside the rate 0,999 of 8 tỷ is "0,999/8 tỷ đồng", never "1/8", whose ratio
 * contradicts it. The unit is chosen after rounding: 999,96 triệu is "1 tỷ đồng", never
 * "1.000 triệu". No nonzero amount reads as 0: one under a tenth of the shared unit is stated in
 * its own unit, "400 nghìn đồng" beside "1,2 tỷ đồng"; `shared` says whether all of them have the
 * one unit word.
 */
function amounts(values: readonly Dec[], m: Measure, p: Phrasing, digits: number): { items: Amount[]; shared: boolean; unit: MoneyUnit | null } {
  if (m === 'cases') return { items: values.map((v) => ({ text: formatExact(v, p.lang), unitWord: CASE_WORD[p.lang], shown: v })), shared: true, unit: null };
  const first = readableUnit(values, p.unit);
  const inFirst = inOneUnit(values, first, digits);
  const carried = inFirst.flatMap((r) => (r === null ? [] : [shift(r, UNIT_EXPONENT[first])]));
  const unit = readableUnit(carried, p.unit);
  const rounded = unit === first ? inFirst : inOneUnit(values, unit, digits);
  const items = values.map((v, i): Amount => {
    const r = rounded[i];
    // Alone, its own unit holds it as at least 1: it is never set apart again.
    // Trailing zeros are dropped: "12 tỷ", never "12,000" (the ambiguous shape).
    return r === null || r === undefined ? amounts([v], m, p, digits).items[0]! : { text: formatExact(r, p.lang), unitWord: UNIT_LABEL[unit][p.lang], shown: shift(r, UNIT_EXPONENT[unit]) };
  });
  return { items, shared: items.every((a) => a.unitWord === items[0]!.unitWord), unit };
}

/**
 * Amounts of one phrase with `from` significant digits, and one more at a time until `enough`
 * holds of them. Where the decimals cap stops the digits showing ("4,998 tỷ" is the shape read as
 * thousands), the next smaller unit shows them whole; in đồng every digit shows, so the search ends.
 */
function amountsUntil(values: readonly Dec[], m: Measure, p: Phrasing, from: number, enough: (items: readonly Amount[]) => boolean): { items: Amount[]; shared: boolean } {
  const most = Math.max(from, ...values.map((v) => v.sd()));
  let phrasing = p;
  let before = '';
  for (let digits = from; ; digits++) {
    const got = amounts(values, m, phrasing, digits);
    if (enough(got.items) || got.unit === null || (got.unit === 'dong' && digits >= most)) return got;
    const shown = got.items.map((a) => `${a.text}\u0000${a.unitWord}`).join('\u0001');
    const smaller = SMALLER[got.unit];
    if (shown === before && smaller !== undefined) phrasing = { ...phrasing, unit: smaller };
    before = shown;
  }
}

/**
 * The pair beside the rate, resolved and with conditions: PAIR_DIGITS significant digits, and one
 * more at a time while two unequal amounts print alike — 4,998 of 5 tỷ is never "5/5 tỷ đồng"
 * beside "đạt 99,96%", which says all was resolved, but "4.998/5.000 triệu đồng". Equal amounts
 * print equal.
 */
function resolvedPair(resolved: Dec, withConditions: Dec, m: Measure, p: Phrasing): { items: Amount[]; shared: boolean } {
  return amountsUntil([resolved, withConditions], m, p, PAIR_DIGITS, ([r, w]) => r!.text !== w!.text || r!.unitWord !== w!.unitWord || resolved.eq(withConditions));
}

/**
 * The total accepted (with its change): AMOUNT_DIGITS significant digits, and more while it would
 * read less than the amount with conditions stated beside the rate, a part of it — 5,449 tỷ
 * accepted beside 5,445 tỷ with conditions is "5,45 tỷ đồng … 1/5,45", never "5,4 tỷ đồng … 1/5,45".
 */
function acceptedAmounts(values: readonly Dec[], part: Amount | null, m: Measure, p: Phrasing): { items: Amount[]; shared: boolean } {
  return amountsUntil(values, m, p, AMOUNT_DIGITS, ([t]) => part === null || t!.shown.gte(part.shown));
}

/** "dưới 0,01" / "less than 0.01": a change smaller than the rate's last shown digit. */
const BELOW: Record<Lang, string> = { vi: 'dưới', en: 'less than' };

/**
 * The rate change, its word by the exact change's sign (`sign`): −0,0036 pp shown to two
 * decimals is 0,00, yet the rate fell — "giảm dưới 0,01%", never "không thay đổi", which only an
 * exactly equal rate is (as the gap's "chưa đạt" and money's smaller unit never state 0 for a change).
 */
function rateChange(rounded: Dec, sign: number | null, p: Phrasing): Change {
  const dir: Direction = sign === null ? direction(rounded) : sign === 0 ? 'same' : sign > 0 ? 'up' : 'down';
  const size = dir !== 'same' && rounded.isZero() ? `${BELOW[p.lang]} ${formatExact(shift(ONE, -p.rateDecimals), p.lang)}` : formatExact(magnitude(rounded), p.lang, p.rateDecimals);
  return { direction: dir, size };
}

function standing(r: MeasureResult): Standing | null {
  if (!r.gapPp || r.met === null) return null;
  if (r.gapPp.isZero()) return r.met ? 'met' : 'short';
  return r.gapPp.isPositive() ? 'above' : 'below';
}

function facts(r: MeasureResult, m: Measure, p: Phrasing): MeasureFacts {
  const total = r.figures[F.total] ?? null;
  const resolved = r.figures[F.resolved] ?? null;
  const withConditions = r.figures[F.with_conditions] ?? null;

  let resolvedPart: MeasureFacts['resolved'] = null;
  let part: Amount | null = null;
  if (resolved !== null && withConditions !== null) {
    const { items, shared } = resolvedPair(resolved, withConditions, m, p);
    const [r, w] = items as [Amount, Amount];
    part = w;
    // In two units the pair is written each with its own: "400 nghìn đồng trên 1,2 tỷ đồng".
    resolvedPart = shared ? { resolved: r.text, withConditions: w.text, unitWord: w.unitWord } : { resolved: `${r.text} ${r.unitWord}`, withConditions: w.text, unitWord: w.unitWord, apart: true };
    // Nothing to enforce: said in words, never "0/0 tỷ đồng" (traps38: a unit picked for no amount).
    if (withConditions.isZero() && resolved.isZero()) resolvedPart = { ...resolvedPart, none: true };
  }

  let accepted: string | null = null;
  let acceptedChange: Change | null = null;
  if (total !== null) {
    const change = r.totalChange;
    const [t, c] = acceptedAmounts(change ? [total, magnitude(change)] : [total], part, m, p).items;
    accepted = `${t!.text} ${t!.unitWord}`;
    if (change && c) acceptedChange = { direction: direction(change), size: `${c.text} ${c.unitWord}` };
  }

  const s = standing(r);
  return {
    measure: m,
    accepted,
    acceptedChange,
    resolved: resolvedPart,
    rate: r.rateRounded ? formatExact(r.rateRounded, p.lang, p.rateDecimals) : null,
    rateChange: r.rateChange ? rateChange(r.rateChange, r.rateChangeSign, p) : null,
    target: r.target && r.gapPp && s ? { value: formatExact(r.target.value, p.lang), gap: formatExact(magnitude(r.gapPp), p.lang, p.rateDecimals), standing: s } : null,
    // "đứng thứ 1/1" says nothing: a rank is stated only among several groups.
    rank: p.rankNoun !== null && r.rank !== null && r.rankOf !== null && r.rankOf > 1 ? { rank: r.rank, of: r.rankOf } : null,
  };
}

function hasFacts(f: MeasureFacts): boolean {
  return f.accepted !== null || f.resolved !== null;
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

// ---- Vietnamese ----

// A year is named only when the data compared with is of that year; files of an unknown year
// are "the previous period", never a guessed year.
/** `partYear`: the statistics year whose target a shorter period's rate is held against (null: a whole year's report). */
function measureVi(f: MeasureFacts, p: Phrasing, previousYear: number | null, partYear: number | null): string {
  const part = partYear !== null;
  const parts: string[] = [];
  if (f.accepted !== null) {
    let s = `tổng số ${f.measure === 'money' ? 'tiền ' : ''}thụ lý ${f.accepted}`;
    const c = f.acceptedChange;
    if (c) s += c.direction === 'same' ? `, không thay đổi ${sinceVi(previousYear, part)}` : `, ${c.direction === 'up' ? 'tăng' : 'giảm'} ${c.size} ${sinceVi(previousYear, part)}`;
    parts.push(s);
  }
  if (f.resolved !== null) {
    const r = f.resolved;
    const enforce = `có điều kiện ${f.measure === 'cases' ? 'giải quyết' : 'thi hành'}`;
    let s = r.none ? `không có ${f.measure === 'cases' ? 'việc' : 'tiền'} ${enforce}` : `đã giải quyết xong ${r.resolved}${r.apart ? ' trên ' : '/'}${r.withConditions} ${r.unitWord} ${enforce}`;
    if (f.rate !== null) s += `, đạt ${f.rate}%`;
    const t = f.target;
    if (t) {
      // A shorter period's rate is held against the year's target: said, or it reads as failed.
      const target = partYear !== null ? `chỉ tiêu năm ${partYear} được giao (${t.value}%)` : `chỉ tiêu được giao (${t.value}%)`;
      s +=
        t.standing === 'above' ? `, vượt ${t.gap}% so với ${target}` : t.standing === 'below' ? `, thiếu ${t.gap}% so với ${target}` : t.standing === 'met' ? `, đạt ${target}` : `, chưa đạt ${target}`;
    }
    if (f.rank) s += `, đứng thứ ${f.rank.rank}/${f.rank.of} ${p.rankNoun}`;
    parts.push(s);
  }
  const rc = f.rateChange;
  if (rc && f.rate !== null) {
    parts.push(rc.direction === 'same' ? `tỷ lệ giải quyết xong không thay đổi ${sinceVi(previousYear, part)}` : `tỷ lệ giải quyết xong ${rc.direction === 'up' ? 'tăng' : 'giảm'} ${rc.size}% ${sinceVi(previousYear, part)}`);
  }
  return `${f.measure === 'cases' ? 'về việc' : 'về tiền'}, ${parts.join('; ')}`;
}

// Provinces that are centrally-run cities: "toàn thành phố Hà Nội", not "toàn tỉnh".
const CITIES = new Set(['hà nội', 'hải phòng', 'đà nẵng', 'cần thơ', 'hồ chí minh', 'huế']);

/** "tỉnh Nam Định", "thành phố Hà Nội" */
function provinceVi(name: string): string {
  const bare = name.replace(/^(thành phố|tp\.?|tỉnh)\s+/i, '');
  return `${CITIES.has(bare.toLocaleLowerCase('vi')) || /^(thành phố|tp\.?)\s/i.test(name) ? 'thành phố' : 'tỉnh'} ${bare}`;
}

function wholeProvinceVi(name: string): string {
  return `toàn ${provinceVi(name)}`;
}

/** "Nam Định province", "Hà Nội city": a centrally-run city as provinceVi names it. */
function provinceEn(name: string): string {
  return provinceVi(name).startsWith('thành phố') ? `${name.replace(/^(thành phố|tp\.?)\s+/i, '')} city` : `${name.replace(/^tỉnh\s+/i, '')} province`;
}

/** A total of the district level's offices alone (GroupResult districtOffices): theirs, never the province's whole. */
const DISTRICT_OFFICES: Record<DistrictOffices, { vi: string; en: string }> = {
  'chi-cuc': { vi: 'các Chi cục thi hành án dân sự', en: 'the district offices' },
  'khu-vuc': { vi: 'các Phòng Thi hành án dân sự khu vực', en: 'the regional offices' },
};

function paragraphVi(head: Head, measures: MeasureFacts[], p: Phrasing): string {
  const what = `kết quả thi hành án dân sự${head.subject ? ` ${head.subject}` : ''}`;
  const intro = head.year !== null ? `${introVi(head.year, head.part)}, ${what}` : capitalize(what);
  const part = head.part !== undefined;
  const previousYear = head.previousYear;
  if (measures.length === 0) return `${intro}: không có số liệu.`;
  // The first measure completes the opening sentence; each further one is a sentence of its own.
  const [first, ...rest] = measures.map((f) => `${measureVi(f, p, previousYear, part ? head.year : null)}.`);
  return [`${intro}: ${first}`, ...rest.map(capitalize)].join(' ');
}

// ---- English ----

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${s}`;
}

function measureEn(f: MeasureFacts, p: Phrasing, subject: string, previousYear: number | null, partYear: number | null): string {
  const part = partYear !== null;
  const clauses: string[] = [];
  const cases = f.measure === 'cases';
  if (f.accepted !== null) {
    let s = `accepted ${f.accepted} in total`;
    const c = f.acceptedChange;
    if (c) {
      if (c.direction === 'same') s += `, as ${cases ? 'many' : 'much'} as in ${sinceEn(previousYear, part)}`;
      // "267 more than in 2018" (the noun is already in the sentence), "81.9 billion VND more …"
      else s += `, ${cases ? c.size.replace(/ \S+$/, '') : c.size} ${c.direction === 'up' ? 'more' : cases ? 'fewer' : 'less'} than in ${sinceEn(previousYear, part)}`;
    }
    clauses.push(s);
  }
  let tail = '';
  if (f.resolved !== null) {
    const r = f.resolved;
    if (r.none) clauses.push(`had no enforceable ${cases ? 'cases' : 'amount'}`);
    else clauses.push(cases ? `resolved ${r.resolved} of the ${r.withConditions} enforceable cases` : `resolved ${r.resolved} of the ${r.withConditions} ${r.unitWord} enforceable`);
    if (f.rate !== null) {
      tail = `: a rate of ${f.rate}%`;
      const rc = f.rateChange;
      if (rc) tail += rc.direction === 'same' ? `, unchanged on ${sinceEn(previousYear, part)}` : `, ${rc.direction} ${rc.size} pp on ${sinceEn(previousYear, part)}`;
    }
    const t = f.target;
    if (t) {
      const target = partYear !== null ? `the assigned target of ${t.value}% for statistics year ${partYear}` : `the assigned target of ${t.value}%`;
      tail +=
        t.standing === 'above' ? `, ${t.gap} pp above ${target}` : t.standing === 'below' ? `, ${t.gap} pp below ${target}` : t.standing === 'met' ? `, meeting ${target}` : `, just short of ${target}`;
    }
    if (f.rank) tail += `, ranking ${ordinal(f.rank.rank)} of ${f.rank.of} ${p.rankNoun}`;
  }
  // A comma before "and" only when the first clause has one of its own.
  return `${subject} ${clauses.join(f.acceptedChange ? ', and ' : ' and ')}${tail}.`;
}

function paragraphEn(head: Head & { pronoun: string }, measures: MeasureFacts[], p: Phrasing): string {
  const intro = head.year !== null ? `${introEn(head.year, head.part)}, ` : '';
  const part = head.part !== undefined;
  const previousYear = head.previousYear;
  const subject = capitalize(`${intro}${head.subject}`);
  if (measures.length === 0) return `${subject}: no figures.`;
  return measures.map((f, i) => measureEn(f, p, i === 0 ? subject : `In ${f.measure === 'money' ? 'money' : 'cases'}, ${head.pronoun}`, previousYear, part ? head.year : null)).join(' ');
}

// ---- paragraphs ----

function rankLevel(by: readonly string[]): 'district' | 'province' | null {
  return by.includes('district') ? 'district' : by.includes('province') ? 'province' : null;
}

const RANK_NOUN: Record<'district' | 'province', Record<Lang, string>> = {
  district: { vi: 'đơn vị', en: 'offices' },
  province: { vi: 'tỉnh, thành phố', en: 'provinces' },
};

/**
 * A report that names every province of its time is the country's: 63 provinces until the
 * merger of 1 July 2025 (Nghị quyết 202/2025/QH15), 34 from statistics year 2025 on.
 */
export function isNational(provinces: number, year: number | null): boolean {
  return provinces >= (year !== null && year >= 2025 ? 34 : 63);
}

/** The province of a total when the data says it: all of its rows name that one province. */
function provinceOfTotal(g: GroupResult, ctx: RenderContext): string | null {
  if (ctx.totalProvinces) return ctx.totalProvinces.get(keyString(g)) ?? null;
  const provinces = new Set(ctx.summary.groups.map((x) => x.province));
  return provinces.size === 1 ? ([...provinces][0] ?? null) : null;
}

/** A file read as its declared total, "Toàn quốc", "Toàn tỉnh", "Toàn ngành", in English. */
const WHOLE_EN: Record<string, string> = { 'quốc': 'enforcement offices nationwide', 'tỉnh': 'the province as a whole', 'ngành': 'the enforcement system as a whole' };

/** Who the paragraph is about: an office, a province, one whole province, the country, or all groups. */
function subjectOf(g: GroupResult, shown: ShownName | null, ctx: RenderContext): { vi: string; en: string; plural: boolean } {
  // A file read as its declared total names itself "Toàn quốc", "Toàn tỉnh": "… dân sự toàn quốc".
  // (in English in its own words: "Toàn quốc resolved …" read half in Vietnamese, traps18 4)
  const whole = shown ? /^toàn (quốc|tỉnh|ngành)$/iu.exec(shown.name.trim()) : null;
  if (shown && whole) return { vi: shown.name.trim().toLocaleLowerCase('vi'), en: WHOLE_EN[whole[1]!.toLocaleLowerCase('vi')] ?? shown.name, plural: whole[1]!.toLocaleLowerCase('vi') === 'quốc' };
  // A total or province's group of one district-level office alone is that office's; of several, theirs (never the province's whole).
  if (g.office !== undefined && (shown === null || g.district === null)) return { vi: `của ${g.office.district}`, en: g.office.district, plural: false };
  if (shown && g.districtOffices === undefined) {
    const name = withNotes(shown.name, [shown.province]);
    return { vi: `của ${name}`, en: name, plural: false };
  }
  const onlyProvince = g.districtOffices !== undefined && g.province !== null ? g.province : provinceOfTotal(g, ctx);
  const district = g.districtOffices !== undefined ? DISTRICT_OFFICES[g.districtOffices] : null;
  if (district && onlyProvince) return { vi: `của ${district.vi} ${provinceVi(onlyProvince)}`, en: `${district.en} of ${provinceEn(onlyProvince)}`, plural: true };
  if (district) return { vi: `của ${district.vi}`, en: district.en, plural: true };
  if (onlyProvince) return { vi: wholeProvinceVi(onlyProvince), en: provinceEn(onlyProvince), plural: false };
  if (isNational(ctx.totalProvinceCounts?.get(keyString(g)) ?? 0, g.year ?? ctx.year)) return { vi: 'toàn quốc', en: 'enforcement offices nationwide', plural: true };
  const level = rankLevel(ctx.by);
  const count = ctx.summary.groups.filter((x) => x.year === g.year || g.year === null).length;
  if (level === null || count < 2) return { vi: '', en: 'the offices together', plural: true };
  return { vi: `của ${count} ${RANK_NOUN[level].vi}`, en: `the ${count} ${RANK_NOUN[level].en} together`, plural: true };
}

/** `note`: end with the note on years without a target (the HTML report has it under its table). */
export function renderNarrative(ctx: RenderContext, { note = true }: { note?: boolean } = {}): string {
  const level = rankLevel(ctx.by);
  // Each phrase picks its own unit from this one down; thads' own choice, a smaller unit than tỷ
  // when every total is below one, must not keep 999,96 triệu from being "1 tỷ đồng".
  const p: Phrasing = { lang: ctx.lang, unit: ctx.unitChosen ? 'billion' : ctx.unit, rateDecimals: ctx.rateDecimals, rankNoun: level ? RANK_NOUN[level][ctx.lang] : null };
  // With --only the total paragraph is left out: the reader asked about chosen groups. Grouped
  // by year alone, each group is its year's total: one paragraph, not the same one twice.
  // One group that is the whole input (one office's, one province's file): its paragraph, not the
  // same figures again as the total's.
  const one = ctx.printed.length === 1 && ctx.summary.totals.length === 1;
  const groups = ctx.filtered || (one && level !== null) ? [...ctx.printed] : level === null ? [...ctx.summary.totals] : [...ctx.printed, ...ctx.summary.totals];
  const nameOf = shownNames(ctx);
  const paragraphs = groups.map((g) => {
    const year = g.year ?? ctx.year;
    // The year of the figures this group was compared with (--previous); else, for measures
    // compared by hand, the one year the --previous files hold.
    const compared = ctx.measures.map((m) => g.measures[m]?.changeYear ?? null).find((y) => y !== null) ?? null;
    const previousYear = compared ?? (year === ctx.year ? ctx.previousYear : null);
    const measures = ctx.measures.flatMap((m) => {
      const r = g.measures[m];
      const f = r ? facts(r, m, p) : null;
      return f && hasFacts(f) ? [f] : [];
    });
    const subject = subjectOf(g, nameOf(g), ctx);
    const part = year !== null ? ctx.partPeriods?.get(year) : undefined;
    return ctx.lang === 'vi'
      ? paragraphVi({ year, previousYear, subject: subject.vi, part }, measures, p)
      : paragraphEn({ year, previousYear, subject: subject.en, part, pronoun: subject.plural ? 'they' : 'it' }, measures, p);
  });
  const noTarget = note ? noTargetNote(ctx) : null;
  if (noTarget) paragraphs.push(noTarget);
  return `${paragraphs.join('\n\n')}\n`;
}
