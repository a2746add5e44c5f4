// A provinces' file (a Tỉnh column, no office column: each row a province's whole) beside a file
// of one of those provinces' offices, of the same year and measure: the province is given twice,
// as a whole and by its parts. Two official versions of a year's figures can differ (DOMAIN), so
// unlike cross-file-totals.ts the figures decide nothing: the pair is always a whole beside its
// parts. Offices of no province (a file without a Tỉnh column or title) are left to the figures.
// Pure; the caller words what this finds.
import type { Dec } from './decimal.js';
import { addSums, copySums, type Sums } from './declared-rows.js';
import { FIELD_COUNT, MEASURES, type Measure } from './fields.js';
import { provinceKey } from './provinces.js';

export interface FileRow<R> {
  readonly file: string;
  readonly province: string | null;
  readonly year: number | null;
  readonly figures: Sums;
  readonly row: R;
}

export interface WholeBesideParts<R> {
  readonly whole: FileRow<R>;
  /** its province's offices of its year in the other files, giving `measure` */
  readonly parts: readonly FileRow<R>[];
  readonly files: readonly string[];
  /** the figure shown: the first that differs, else the first both give (null: none both give) */
  readonly measure: Measure;
  readonly field: number | null;
  readonly wholeValue: Dec | null;
  readonly partsValue: Dec | null;
}

/** Each province row of `wholes` whose province's offices of the same year and a shared measure `parts` of another file give. */
export function findWholesBesideParts<R>(wholes: readonly FileRow<R>[], parts: readonly FileRow<R>[]): WholeBesideParts<R>[] {
  const out: WholeBesideParts<R>[] = [];
  for (const whole of wholes) {
    if (whole.province === null) continue;
    const key = provinceKey(whole.province);
    const mine = parts.filter((p) => p.file !== whole.file && p.year === whole.year && p.province !== null && provinceKey(p.province) === key);
    const measure = MEASURES.find((m) => whole.figures[m] && mine.some((p) => p.figures[m]));
    if (measure === undefined) continue;
    const giving = mine.filter((p) => p.figures[measure]);
    const sum: Sums = {};
    for (const p of giving) addSums(sum, copySums({ [measure]: p.figures[measure] }));
    const a = whole.figures[measure]!;
    const b = sum[measure]!;
    const known = [...Array(FIELD_COUNT).keys()].filter((i) => (a[i] ?? null) !== null && (b[i] ?? null) !== null);
    const field = known.find((i) => !a[i]!.eq(b[i]!)) ?? known[0] ?? null;
    out.push({ whole, parts: giving, files: [...new Set(giving.map((p) => p.file))], measure, field, wholeValue: field === null ? null : a[field]!, partsValue: field === null ? null : b[field]! });
  }
  return out;
}
