// Which group of last year's files is which group of this year's (--previous). Names are first
// matched as written (folded: case, spacing, tone placement); what is left is matched on bare
// names — without "Chi cục THADS", "huyện", "thành phố"… — when a bare name is unique on both
// sides, since exports label one office "Chi cục THADS huyện Mỹ Lộc" one year and "Mỹ Lộc" the
// next. A bare name shared by two offices (huyện and thị xã Long Mỹ) never matches that way.
import { keyString, type GroupKey } from './aggregate.js';
import { foldName } from './names.js';

const OFFICE_PREFIX = /^(chi cục (thi hành án dân sự|thi hành án|thads|tha)|cc ?thads|chi cục)\s+/;
const UNIT_PREFIX = /^(huyện|quận|thị xã|thành phố|tỉnh|tp\.?|tx\.?|h\.|q\.)\s*/;

/** "Chi cục THADS huyện Mỹ Lộc", "H. Mỹ Lộc", "Mỹ Lộc" → "mỹ lộc". */
export function bareName(name: string): string {
  return foldName(name).replace(OFFICE_PREFIX, '').replace(UNIT_PREFIX, '').trim();
}

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
  // Bare names, only where one group on each side has it.
  const count = (list: readonly T[]) => list.reduce((m, g) => m.set(bareKey(g), (m.get(bareKey(g)) ?? 0) + 1), new Map<string, number>());
  const nowCount = count(restNow);
  const beforeCount = count(restBefore);
  const beforeByBare = new Map(restBefore.map((g) => [bareKey(g), g]));
  for (const g of restNow) {
    const k = bareKey(g);
    const b = beforeByBare.get(k);
    if (b && nowCount.get(k) === 1 && beforeCount.get(k) === 1) {
      paired.set(g, b);
      used.add(b);
    }
  }
  return {
    pairs: now.filter((g) => paired.has(g)).map((g) => [g, paired.get(g)!]),
    onlyNow: now.filter((g) => !paired.has(g)),
    onlyBefore: before.filter((g) => !used.has(g)),
  };
}
