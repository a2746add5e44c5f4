// The 2025 roll-up renames a merged-away province only (collect.ts): an office keeps being told
// apart by the province it was written under. Two offices of one name from different written
// provinces of one successor ("Châu Thành" of Bến Tre and of Trà Vinh, both Vĩnh Long's) are
// printed each with its former province; an office whose name is unique keeps its plain name.
import { foldNameCached } from './names.js';
import { provinceKey, successorProvince, withoutFormerMark } from './provinces.js';

export interface Written {
  readonly province: string | null;
  readonly district: string;
  readonly from?: string;
}

/** The province an office was written under: its former one when rolled up, else its own. */
export const writtenProvince = (o: Written): string | null => o.from ?? o.province;

const nameKey = (o: Written) => `${provinceKey(o.province ?? '')}\u0000${foldNameCached(o.district)}`;

/** The offices of a run, and which names clash across the written provinces of one successor. */
export class OfficeLabels {
  private readonly written = new Map<string, Set<string>>();

  see(o: Written): void {
    if (o.province === null) return;
    const key = nameKey(o);
    const set = this.written.get(key) ?? new Set<string>();
    set.add(provinceKey(writtenProvince(o)!));
    this.written.set(key, set);
  }

  /** "Châu Thành (Bến Tre)" where the plain name is another written province's office too, else the name. */
  label(o: Written): string {
    if (o.province === null || (this.written.get(nameKey(o))?.size ?? 0) < 2) return o.district;
    // "(Tiền Giang)", not "(Tiền Giang (cũ))": the label names the province the office was written under
    return `${o.district} (${withoutFormerMark(writtenProvince(o)!)})`;
  }
}

/**
 * The newer year's offices labelled with their former province, by (former province, plain
 * name): --previous moves an older year's "Châu Thành" of Bến Tre onto "Châu Thành (Bến Tre)"
 * (merger.ts). Only a label naming a province of the group's successor is one.
 */
export function labelledOffices(newer: readonly { readonly province: string | null; readonly district: string | null }[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const g of newer) {
    const m = g.province !== null && g.district !== null ? /^(.+) \(([^()]+)\)$/u.exec(g.district) : null;
    if (!m) continue;
    const successor = successorProvince(m[2]!);
    if (successor === null || provinceKey(successor.name) !== provinceKey(g.province!)) continue;
    found.set(labelKey(m[2]!, m[1]!), g.district!);
  }
  return found;
}

/** The key of an office written under `province` as `district`, in labelledOffices. */
export const labelKey = (province: string, district: string) => `${provinceKey(province)}\u0000${foldNameCached(district)}`;
