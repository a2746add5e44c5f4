// --only NAME: which printed groups a name picks. Names are matched the way headers are: as
// written (case, spacing, tone placement folded), else without diacritics ("My Loc" is Mỹ Lộc),
// else on the bare name ("Mỹ Lộc" is "Chi cục THADS huyện Mỹ Lộc") when only one group has it.
// A name that picks nothing is a usage error that suggests the nearest name.
import type { GroupResult } from '../domain/evaluate.js';
import { bareName } from '../domain/office-names.js';
import { foldHeader, foldName } from '../domain/names.js';
import { provinceInYear, provinceKey } from '../domain/provinces.js';
import { ThadsError } from '../errors.js';

export function groupName(g: GroupResult): string {
  return g.district ?? g.province ?? String(g.year ?? '');
}

/** Edit distance (insertions, deletions, substitutions), for "did you mean". */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[y.length]!;
}

/** The name closest to `query` without diacritics, when it is close enough to be a typo. */
export function nearestName(query: string, names: readonly string[]): string | null {
  const q = foldHeader(query);
  let best: { name: string; distance: number } | null = null;
  for (const name of new Set(names)) {
    const distance = Math.min(editDistance(q, foldHeader(name)), editDistance(foldHeader(bareName(query)), foldHeader(bareName(name))));
    if (best === null || distance < best.distance) best = { name, distance };
  }
  // One slip in a short name, about one in four letters in a long one.
  return best !== null && best.distance <= Math.max(1, Math.floor(q.length / 4)) ? best.name : null;
}

/** The groups `query` picks, strongest reading first; an ambiguous bare name is an error. */
function pick(query: string, groups: readonly GroupResult[]): GroupResult[] {
  const readings: ((s: string) => string)[] = [foldName, foldHeader];
  for (const fold of readings) {
    const q = fold(query);
    const found = groups.filter((g) => fold(groupName(g)) === q);
    if (found.length > 0) return found;
  }
  // A province's group however written ("TP.HCM", "HCM", "Thừa Thiên Huế" = "Huế"), as config targets match them.
  const province = provinceKey(query);
  const ofProvince = groups.filter((g) => g.district === null && g.province !== null && provinceKey(g.province) === province);
  if (ofProvince.length > 0) return ofProvince;
  const bare = foldHeader(bareName(query));
  const found = groups.filter((g) => foldHeader(bareName(groupName(g))) === bare);
  const names = [...new Set(found.map(groupName))];
  if (names.length > 1) {
    throw new ThadsError('USAGE', `--only ${JSON.stringify(query)} could be any of ${names.map((n) => JSON.stringify(n)).join(', ')}`, undefined, 'write the name as the file does');
  }
  return found;
}

/** Printed groups for --only (all groups without it), in their order. */
export function selectOnly(groups: readonly GroupResult[], only: readonly string[] | undefined): GroupResult[] {
  if (!only || only.length === 0) return [...groups];
  const picked = new Set<GroupResult>();
  for (const query of only) {
    const found = pick(query, groups);
    if (found.length === 0) {
      // A province merged away by the groups' year (Nghị quyết 202/2025/QH15): its rows are its successor's.
      const merged = groups.map((g) => (g.district === null && g.year !== null ? provinceInYear(query, g.year)?.mergedInto : undefined)).find((m) => m !== undefined);
      if (merged !== undefined && groups.some((g) => g.district === null && g.province !== null && provinceKey(g.province) === provinceKey(merged))) {
        throw new ThadsError('USAGE', `--only ${JSON.stringify(query)} matches no group: ${provinceInYear(query, 2024)?.name ?? query} was merged into ${merged} on 1/7/2025, and its rows are counted as ${merged}'s`, undefined, `--only ${JSON.stringify(merged)} prints the province it is part of`);
      }
      const names = groups.map(groupName);
      const near = nearestName(query, names);
      if (near !== null) throw new ThadsError('USAGE', `--only ${JSON.stringify(query)} matches no group; did you mean ${JSON.stringify(near)}?`);
      const list = [...new Set(names)];
      throw new ThadsError(
        'USAGE',
        `--only ${JSON.stringify(query)} matches no group`,
        undefined,
        `names are matched ignoring case, spacing and diacritics; the groups are ${list.slice(0, 12).join(', ')}${list.length > 12 ? `, … (${list.length} in all)` : ''}`,
      );
    }
    for (const g of found) picked.add(g);
  }
  return groups.filter((g) => picked.has(g));
}
