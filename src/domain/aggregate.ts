// Sums office rows into groups (per --by level) and into totals (per year), exactly.
import { addFigures, emptyFigures, type Figures } from './figures.js';
import { RunningSums } from './running-sums.js';
import { MEASURES, type Measure } from './fields.js';
import { foldNameCached } from './names.js';
import { officeProvince } from './office-names.js';
import { provinceKey } from './provinces.js';

export interface OfficeRow {
  readonly file: string;
  /** the sheet of a workbook the row was read from (then `line` is its row number) */
  readonly sheet?: string;
  readonly line: number;
  readonly province: string | null;
  readonly district: string;
  readonly year: number | null;
  /** given (not derived) figures of each measure the row's file carries */
  readonly figures: Partial<Record<Measure, Figures>>;
  /**
   * The merged-away province the row was written under, when the 2025 roll-up counts it as its
   * successor's (`province`): the roll-up renames the province only, and offices of the same
   * name from two former provinces stay two (office-labels.ts).
   */
  readonly from?: string;
}

export const GROUP_LEVELS = ['province', 'district', 'year'] as const;
export type GroupLevel = (typeof GROUP_LEVELS)[number];

export interface GroupKey {
  readonly province: string | null;
  readonly district: string | null;
  readonly year: number | null;
}

export interface Group extends GroupKey {
  /** summed figures per measure, each office's completed by what it determines (collect.ts); a measure no row carried is absent */
  readonly figures: Partial<Record<Measure, Figures>>;
  readonly rowCount: number;
  /** where its first row is (a check finding about the group points there) */
  readonly first?: { readonly file: string; readonly sheet?: string; readonly line: number };
  /**
   * a total, or a group above the offices (--by province), all of whose rows are of the district
   * level's offices alone (a table "Cộng các Chi cục", a Chi cục's own report): no province's whole (collect.ts)
   */
  readonly districtOffices?: DistrictOffices;
  /** such a total or group of one office only: that office's (its own target) */
  readonly office?: { readonly province: string | null; readonly district: string };
  /** such a total or group none of whose rows names a province: it passes for no province's whole (its target is any total's) */
  readonly ofNoProvince?: true;
}

/** The offices of the district level together, by their words: the Chi cục, or from 1/7/2025 the Phòng THADS khu vực. */
export type DistrictOffices = 'chi-cuc' | 'khu-vuc';

interface MutableGroup {
  province: string | null;
  district: string | null;
  year: number | null;
  figures: Partial<Record<Measure, Figures>>;
  rowCount: number;
  first?: { file: string; sheet?: string; line: number };
  /** measures an office of the group gives no figures of (`Aggregator.lacks`) */
  lacking?: Set<Measure>;
}

/** Which identity parts a --by list keeps; a district is only unique within its province. */
export function keyOf(row: Pick<OfficeRow, 'province' | 'district' | 'year'>, by: readonly GroupLevel[]): GroupKey {
  const district = by.includes('district');
  return {
    province: district || by.includes('province') ? row.province : null,
    district: district ? row.district : null,
    year: by.includes('year') ? row.year : null,
  };
}

export { foldNameCached } from './names.js';

/**
 * The identity of a group: names folded, a province by what tells provinces apart ("TP. Hồ Chí
 * Minh" = "Thành phố Hồ Chí Minh", "Tỉnh Nam Định" = "Nam Định", "Thừa Thiên Huế" = "Huế":
 * provinces.ts), never by a merger of 2025 (Nam Định stays apart from Ninh Bình) — but a khu
 * vực's, numbered within the province formed by it (office-names.ts officeProvince). A group is
 * printed under the first spelling seen.
 */
export function keyString(key: GroupKey): string {
  // Each key is made once, by its names as written and its year: an office's is asked for ~7
  // times a run (its group, its lists, its units), and each new string of it was one more kept by
  // a map to the end of the run (4,200 offices: 29,436 asked, 4,906 different).
  let byDistrict = KEYS.get(key.province);
  if (byDistrict === undefined) KEYS.set(key.province, (byDistrict = new Map()));
  let byYear = byDistrict.get(key.district);
  if (byYear === undefined) byDistrict.set(key.district, (byYear = new Map()));
  let id = byYear.get(key.year);
  if (id === undefined) {
    // bounded, as every memo of names is (names.ts remembered)
    if (++keysMade > 1 << 16) {
      KEYS.clear();
      keysMade = 0;
    }
    const province = key.province !== null && key.district !== null ? officeProvince(key.province, key.district, key.year) : key.province;
    id = `${provinceKey(province ?? '')}\u0000${foldNameCached(key.district ?? '')}\u0000${key.year ?? ''}`;
    byYear.set(key.year, id);
  }
  return id;
}
const KEYS = new Map<string | null, Map<string | null, Map<number | null, string>>>();
let keysMade = 0;

/** A group as the Aggregator sums it: each measure's running sums, read once at the end. */
interface SummingGroup extends Omit<MutableGroup, 'figures' | 'first'> {
  readonly sums: Partial<Record<Measure, RunningSums>>;
  readonly first: { readonly file: string; readonly sheet?: string; readonly line: number };
}

/** Accumulates rows into groups; order of first appearance is kept for stable output. */
export class Aggregator {
  private readonly groups = new Map<string, SummingGroup>();

  constructor(private readonly by: readonly GroupLevel[]) {}

  /** `rows`: how many input rows `row` already sums (the fast path hands over per-office sums). */
  add(row: OfficeRow, rows = 1): void {
    const key = keyOf(row, this.by);
    // (keyString makes each key once)
    const id = keyString(key);
    let group = this.groups.get(id);
    if (!group) {
      const first = row.sheet !== undefined ? { file: row.file, line: row.line, sheet: row.sheet } : { file: row.file, line: row.line };
      group = { province: key.province, district: key.district, year: key.year, sums: {}, rowCount: 0, first };
      this.groups.set(id, group);
    }
    group.rowCount += rows;
    for (const m of MEASURES) {
      const f = row.figures[m];
      if (!f) continue;
      const sums = group.sums[m];
      if (sums) sums.add(f);
      else group.sums[m] = new RunningSums(f);
    }
  }

  /**
   * An office of the group of `office` gives no figures of `measure`, which others give: the
   * group's sums of it are unknown, not a sum of part of its offices.
   */
  lacks(office: Pick<OfficeRow, 'province' | 'district' | 'year'>, measure: Measure): void {
    const group = this.groups.get(keyString(keyOf(office, this.by)));
    if (group) (group.lacking ??= new Set()).add(measure);
  }

  result(): Group[] {
    // (one object a group, written out: a rest and a spread made two, kept to the end of a run)
    return [...this.groups.values()].map((g) => {
      const figures: Partial<Record<Measure, Figures>> = {};
      for (const m of MEASURES) {
        const s = g.sums[m];
        if (s) figures[m] = g.lacking?.has(m) ? emptyFigures() : s.figures();
      }
      return { province: g.province, district: g.district, year: g.year, figures, rowCount: g.rowCount, first: g.first };
    });
  }
}

export function aggregate(rows: Iterable<OfficeRow>, by: readonly GroupLevel[]): Group[] {
  const agg = new Aggregator(by);
  for (const row of rows) agg.add(row);
  return agg.result();
}

/** Merges groups with the same key (e.g. partial aggregates of two halves of the input). */
export function mergeGroups(parts: readonly Group[][]): Group[] {
  const merged = new Map<string, MutableGroup>();
  for (const groups of parts) {
    for (const g of groups) {
      const id = keyString(g);
      const current = merged.get(id);
      if (!current) {
        merged.set(id, { province: g.province, district: g.district, year: g.year, figures: { ...g.figures }, rowCount: g.rowCount });
        continue;
      }
      current.rowCount += g.rowCount;
      for (const m of MEASURES) {
        const f = g.figures[m];
        if (!f) continue;
        const c = current.figures[m];
        current.figures[m] = c ? addFigures(c, f) : f.slice();
      }
    }
  }
  return [...merged.values()];
}
