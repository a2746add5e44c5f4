// When two ways of writing an office are one office. Exports label one office "Chi cục THADS
// huyện Mỹ Lộc" in one file and "Mỹ Lộc" in the next; the office of a per-office file is its
// file name ("02-Chi cục THADS huyện Giao Thủy 2019.csv"). The bare name — without "Chi cục
// THADS", "huyện", "thành phố"… — says which office, but only where one office on each side has
// it: huyện and thị xã Long Mỹ, huyện and thành phố Cao Lãnh share a bare name. Used by
// --previous (match-years.ts) and by the check that two files never give one office twice
// (office-registry.ts), and by config targets of offices (targets.ts).
import { foldNameCached, romanValue } from './names.js';

/** A list number a folder of files is sorted by: "02-", "3. ", "1)" before the name. */
const LIST_NUMBER = /^\d{1,3}\s*[-._)]\s*(?=\p{L})/u;
// "Phòng THADS khu vực 1" = "Phòng Thi hành án dân sự khu vực 1" (2026 exports spell it both ways).
const OFFICE_PREFIX = /^((chi cục|phòng|p\.?) ?(thi hành án dân sự|thi hành án|thads|tha)|cc ?thads|chi cục)(?!\p{L})\s*/u;
/**
 * A region's number as offices shorten it: "KV2", "KV 2", "kv.2", "khu vực số 2" → "khu vực 2".
 * (A province after it, "khu vực 2 - Gia Lai", stays: every province has a khu vực 2.)
 */
const REGION = /^(?:kv\.?|khu vực)\s*(?:số\s*)?(\d{1,3}|[ivx]{1,5})$/u;
const UNIT_PREFIX = /^(huyện|quận|thị xã|thành phố|tỉnh|tp\.?|tx\.?|h\.|q\.)\s*/;
/** the spellings of a unit's kind, as UNIT_PREFIX captures them, → the kind */
const UNIT_KIND: Record<string, string> = { 'h.': 'huyện', 'q.': 'quận', tx: 'thị xã', 'tx.': 'thị xã', tp: 'thành phố', 'tp.': 'thành phố' };

function withoutOffice(name: string): string {
  const bare = foldNameCached(name).replace(LIST_NUMBER, '').replace(OFFICE_PREFIX, '');
  const region = REGION.exec(bare);
  if (!region) return bare;
  // "02", "II": the number as the others write it
  const n = /^\d+$/.test(region[1]!) ? Number(region[1]) : romanValue(region[1]!);
  return `khu vực ${n ?? region[1]}`;
}

const BARE = new Map<string, string>();

/** "Chi cục THADS huyện Mỹ Lộc", "H. Mỹ Lộc", "02-Mỹ Lộc", "Mỹ Lộc" → "mỹ lộc"; "Phòng THADS khu vực 1" → "khu vực 1" (remembered, bounded: asked once per office of every file). */
export function bareName(name: string): string {
  let bare = BARE.get(name);
  if (bare === undefined) {
    if (BARE.size >= 1 << 16) BARE.clear();
    bare = withoutOffice(name).replace(UNIT_PREFIX, '').trim();
    BARE.set(name, bare);
  }
  return bare;
}

/** The kind of unit a name states: "Thị xã Long Mỹ", "TX. Long Mỹ" → "thị xã"; "Long Mỹ" → null. */
export function unitKind(name: string): string | null {
  const unit = UNIT_PREFIX.exec(withoutOffice(name))?.[1];
  return unit === undefined ? null : (UNIT_KIND[unit] ?? unit);
}

/** Two names that state their unit state the same one (a name that states none fits either). */
export function sameUnitKind(a: string, b: string): boolean {
  const x = unitKind(a);
  const y = unitKind(b);
  return x === null || y === null || x === y;
}

/** Two names that may be one office: their bare names agree and their units do not differ ("Mỹ Lộc", "Huyện Mỹ Lộc"). */
export function mayBeOneOffice(a: string, b: string): boolean {
  return bareName(a) === bareName(b) && sameUnitKind(a, b);
}

/**
 * Items of `mine` paired with items of `theirs` by bare name (`bareKey`), where exactly one item
 * on each side has it among those `compatible` with each other; anything less certain stays
 * unpaired. `compatible` narrows the sides (the same year, the same province…).
 */
export function pairByBareName<A, B>(
  mine: readonly A[],
  theirs: readonly B[],
  bareKey: (item: A | B) => string,
  compatible: (a: A, b: B) => boolean = () => true,
): Map<A, B> {
  const group = <T extends A | B>(list: readonly T[]) => list.reduce((m, x) => m.set(bareKey(x), [...(m.get(bareKey(x)) ?? []), x]), new Map<string, T[]>());
  const mineByKey = group(mine);
  const theirsByKey = group(theirs);
  const pairs = new Map<A, B>();
  for (const a of mine) {
    const key = bareKey(a);
    const candidates = (theirsByKey.get(key) ?? []).filter((b) => compatible(a, b));
    if (candidates.length !== 1) continue;
    const b = candidates[0]!;
    if ((mineByKey.get(key) ?? []).filter((x) => compatible(x, b)).length === 1) pairs.set(a, b);
  }
  return pairs;
}
