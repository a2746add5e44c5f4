// The most money one file's offices of one year can hold. The whole country's THADS money is
// under 10^15 đồng a year: 2025, the record year (the Vạn Thịnh Phát case in it), had "trên
// 686.000 tỷ đồng" to execute nationally (6,86·10^14). Cells in đồng read under a "nghìn đồng"
// unit line (×1000) pass that as soon as they hold 1.000 tỷ đồng (unit45: a Cục's table of
// 10.472 tỷ đồng summed as 10.472.222 tỷ, exit 0).
//
// The offices' mean, not their sum, is what no real file can pass: a generated file of a million
// rows may add up past any country's money while each row is an office's (the bench's).
import { D, type Dec } from './decimal.js';
import { FIELDS, type FieldKey } from './fields.js';
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
