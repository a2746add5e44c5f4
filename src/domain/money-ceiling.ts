// The most money one file's offices of one year can add up to. The whole country's THADS money is
// under 10^15 đồng a year: 2025, the record year (the Vạn Thịnh Phát case in it), had "trên
// 686.000 tỷ đồng" to execute nationally (6,86·10^14). 10^16 đồng (10 triệu tỷ, about Vietnam's GDP
// of a year) is more than ten times that, so no real report reaches it; cells in đồng read under a
// "nghìn đồng" unit line (×1000) reach it as soon as they add up to 10.000 tỷ đồng — a big
// province, the nation (unit45: 12.345.678.900 đồng summed as 12.345.678.900.000 đồng, exit 0).
import { D, type Dec } from './decimal.js';
import { FIELDS, type FieldKey } from './fields.js';
import type { Figures } from './figures.js';

export const MONEY_CEILING: Dec = new D('1e16');
/**
 * Below the ceiling, more than the whole country's money of any year so far (10^15 đồng, 1 triệu
 * tỷ): doubtful, not impossible (a national table of a later year may pass it), so a warning only.
 * Cells in đồng under "nghìn đồng" reach it from 1.000 tỷ đồng: most provinces' tables.
 */
export const MONEY_DOUBT: Dec = new D('1e15');

export interface OverCeiling<R> {
  readonly year: number | null;
  readonly field: FieldKey;
  readonly sum: Dec;
  /** the row of the largest figure of that field */
  readonly largest: R;
  readonly value: Dec;
}

/**
 * The first money field (in field order, per year in the rows' order) whose figures add up to more
 * than `bound` (MONEY_CEILING, MONEY_DOUBT); null: none. Rows are one file's offices (declared totals left out).
 */
export function moneyOverCeiling<R extends { readonly year: number | null; readonly figures: { readonly money?: Figures } }>(rows: readonly R[], bound: Dec): OverCeiling<R> | null {
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
      let largest: { row: R; value: Dec } | null = null;
      for (const r of ofYear) {
        const v = r.figures.money![f.index];
        if (v === null || v === undefined) continue;
        sum = sum.plus(v);
        if (largest === null || v.gt(largest.value)) largest = { row: r, value: v };
      }
      if (largest !== null && sum.gt(bound)) return { year, field: f.key, sum, largest: largest.row, value: largest.value };
    }
  }
  return null;
}
