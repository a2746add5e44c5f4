// The most money one file's offices of one year can hold. The whole country's THADS money is
// under 10^15 đồng a year: 2025, the record year (the Vạn Thịnh Phát case in it), had "trên
// 686.000 tỷ đồng" to execute nationally (6,86·10^14). Cells in đồng read under a "nghìn đồng"
// unit line (×1000) pass that as soon as they hold 1.000 tỷ đồng (unit45: a Cục's table of
// 10.472 tỷ đồng summed as 10.472.222 tỷ, exit 0).
//
// The offices' mean, not their sum, is what no real file can pass: a generated file of a million
// rows may add up past any country's money while each row is an office's (the bench's).
import { D, type Dec } from './decimal.js';
import { F, FIELDS, type FieldKey } from './fields.js';
import type { Figures } from './figures.js';

/** An office's money on average beyond 2·10^15 đồng, about three times the whole country's of the record year: no report holds it (refused). */
export const MONEY_CEILING_PER_OFFICE: Dec = new D('2e15');
/**
 * The offices' sum beyond the whole country's money of any year so far (10^15 đồng, 1 triệu tỷ):
 * doubtful, not impossible (a national table of a later year, a generated file), so a warning only.
 * Cells in đồng under "nghìn đồng" pass it from 1.000 tỷ đồng: most provinces' tables.
 */
export const MONEY_DOUBT: Dec = new D('1e15');

export interface OverCeiling<R> {
  readonly year: number | null;
  readonly field: FieldKey;
  readonly sum: Dec;
  /** how many offices' figures the sum holds */
  readonly count: number;
  /** the row of the largest figure of that field */
  readonly largest: R;
  readonly value: Dec;
}

/**
 * The first money field (in field order, per year in the rows' order) whose figures add up to more
 * than `bound` (`by` 'sum': MONEY_DOUBT), or whose mean is more than it (`by` 'mean':
 * MONEY_CEILING_PER_OFFICE); null: none. Rows are one file's offices (declared totals left out).
 */
export function moneyOverCeiling<R extends { readonly year: number | null; readonly figures: { readonly money?: Figures } }>(rows: readonly R[], bound: Dec, by: 'sum' | 'mean'): OverCeiling<R> | null {
  const byYear = new Map<number | null, R[]>();
  for (const r of rows) {
    if (!r.figures.money) continue;
    const of = byYear.get(r.year);
    if (of) of.push(r);
    else byYear.set(r.year, [r]);
  }
  for (const [year, ofYear] of byYear) {
    for (const f of FIELDS) {
      let sum: Dec = new D(0);
      let count = 0;
      let largest: { row: R; value: Dec } | null = null;
      for (const r of ofYear) {
        const v = r.figures.money![f.index];
        if (v === null || v === undefined) continue;
        sum = sum.plus(v);
        count++;
        if (largest === null || v.gt(largest.value)) largest = { row: r, value: v };
      }
      if (largest !== null && (by === 'sum' ? sum : sum.div(count)).gt(bound)) return { year, field: f.key, sum, count, largest: largest.row, value: largest.value };
    }
  }
  return null;
}

// One office's money a case with conditions beside its peers'. A district office's cases average
// millions of đồng (Nam Định's Chi cục of 2019: 16–33 triệu a case); its file in đồng under
// "Đơn vị tính: nghìn đồng" reads 1000× that (Mỹ Lộc: 16 tỷ a case beside 25 and 33 triệu, unit47),
// and money alone cannot tell (a district's 9.566 tỷ is a big province's). No floor of its own is
// safe: tables in đồng of 10.000–21.000 đồng a case are the tests' and fixtures' own (xlsx/en-locale).
// Few cases may all be without money (tiêu hủy vật chứng, giao con): judged from 20 cases on.

/** the fewest cases with conditions a file's money a case is judged on */
export const MONEY_PER_CASE_MIN_CASES = 20;
/**
 * One file's money a case 300× or more above or below the other files' of the run (their median,
 * per year): one office 1000× off its peers, its unit line wrong. A warning only: a Cục's own
 * office, which takes the province's largest cases, may hold a hundred times a Chi cục's a case,
 * and a case like Vạn Thịnh Phát's more.
 */
export const MONEY_PER_CASE_APART = 300;

/** Money with conditions over cases with conditions, each summed over rows giving both, per year; offices' rows of one file. */
export interface MoneyPerCase<R> {
  readonly year: number | null;
  readonly money: Dec;
  readonly cases: Dec;
  /** the row with the most cases with conditions (where a finding points) */
  readonly row: R;
}

/** Per year in the rows' order; rows without both measures' with_conditions left out. */
export function moneyPerCase<R extends { readonly year: number | null; readonly figures: { readonly money?: Figures; readonly cases?: Figures } }>(rows: readonly R[]): MoneyPerCase<R>[] {
  const byYear = new Map<number | null, { money: Dec; cases: Dec; row: R; most: Dec }>();
  const at = F.with_conditions;
  for (const r of rows) {
    const money = r.figures.money?.[at];
    const cases = r.figures.cases?.[at];
    if (money === null || money === undefined || cases === null || cases === undefined) continue;
    const of = byYear.get(r.year);
    if (of === undefined) byYear.set(r.year, { money, cases, row: r, most: cases });
    else {
      of.money = of.money.plus(money);
      of.cases = of.cases.plus(cases);
      if (cases.gt(of.most)) {
        of.row = r;
        of.most = cases;
      }
    }
  }
  return [...byYear].map(([year, s]) => ({ year, money: s.money, cases: s.cases, row: s.row }));
}
