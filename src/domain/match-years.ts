// Which group of last year's files is which group of this year's (--previous). Names are first
// matched as written (folded: case, spacing, tone placement); what is left is matched on bare
// names (office-names.ts), since exports label one office "Chi cục THADS huyện Mỹ Lộc" one year
// and "Mỹ Lộc" the next. A bare name shared by two offices (huyện and thị xã Long Mỹ) never
// matches that way. A huyện that became a thị xã between the years is still one office.
import { keyString, type GroupKey } from './aggregate.js';
import { bareName, pairByBareName } from './office-names.js';

export interface YearMatch<T> {
  readonly pairs: [now: T, before: T][];
  /** this year's groups with no group last year, and the other way round */
  readonly onlyNow: T[];
  readonly onlyBefore: T[];
}

const exactKey = (g: GroupKey) => keyString({ province: g.province, district: g.district, year: null });
const bareKey = (g: GroupKey) => `${g.province === null ? '' : bareName(g.province)}\u0000${g.district === null ? '' : bareName(g.district)}`;

/** Groups of `now` and `before` paired up, in `now`'s order. */
export function matchYears<T extends GroupKey>(now: readonly T[], before: readonly T[]): YearMatch<T> {
  const byKey = new Map(before.map((g) => [exactKey(g), g]));
  const paired = new Map<T, T>();
  for (const g of now) {
    const b = byKey.get(exactKey(g));
    if (b) paired.set(g, b);
  }
  const used = new Set(paired.values());
  const restNow = now.filter((g) => !paired.has(g));
  const restBefore = before.filter((g) => !used.has(g));
  for (const [g, b] of pairByBareName(restNow, restBefore, bareKey)) {
    paired.set(g, b);
    used.add(b);
  }
  return {
    pairs: now.filter((g) => paired.has(g)).map((g) => [g, paired.get(g)!]),
    onlyNow: now.filter((g) => !paired.has(g)),
    onlyBefore: before.filter((g) => !used.has(g)),
  };
}
