// Rolls an older year's groups up into the units of a newer year, so that `--previous`
// compares like with like: provinces into their successors of Nghị quyết 202/2025/QH15
// (provinces.ts), offices into the newer offices the config says they became (Chi cục →
// Phòng THADS khu vực). Figures are summed, never rates: the rolled-up groups are evaluated
// afterwards like any other.
import { keyString, mergeGroups, type Group, type GroupKey } from './aggregate.js';
import { bareName, sameUnitKind, unaccentedKey, unitKind, writtenWithoutMarks } from './office-names.js';
import { labelKey, labelledOffices } from './office-labels.js';
import { isProvincialOffice } from './province-office.js';
import { hasFormerMark, MERGER_YEAR, PROVINCES_2025, provinceKey, successorProvince, withoutFormerMark, type Province } from './provinces.js';

/** The config's "mergedOffices": newer office → the older offices it was formed from. */
export type MergedOffices = ReadonlyMap<string, readonly string[]>;

export interface RollUpOptions {
  /** the successors (provinceKey of their 2025 name) whose predecessors are rolled up into them (planProvinces) */
  readonly provinces: ReadonlySet<string>;
  readonly offices: MergedOffices;
  /** groups of the newer year: their spelling of a province is kept ("TP. Hồ Chí Minh") */
  readonly newer: readonly GroupKey[];
  /**
   * The province a group stands for by its office cell ("Gia Lai", "Cục THADS tỉnh Gia Lai": a
   * national report by province, with or without its Tỉnh cell): rolled up as a province, into the
   * newer year's cell.
   */
  readonly standsFor?: (g: GroupKey) => string | null;
}

function officeKey(province: string | null, district: string): string {
  return `${province === null ? '' : provinceKey(province)}\u0000${bareName(district)}`;
}

/**
 * An older office as the config names it: "Chi cục THADS huyện Mỹ Lộc" (any province) or
 * "Nam Định / Mỹ Lộc" where the name alone is not unique; two spellings of one office give one key.
 */
export function olderOfficeKey(written: string): string {
  const slash = written.lastIndexOf(' / ');
  return slash >= 0 ? officeKey(written.slice(0, slash), written.slice(slash + 3)) : bareName(written);
}

/** The office part of an older name as the config writes it: "Kỳ Anh" of "Hà Tĩnh / Kỳ Anh". */
function officePart(written: string): string {
  const slash = written.lastIndexOf(' / ');
  return slash >= 0 ? written.slice(slash + 3) : written;
}

/** An older name of mergedOffices typed without diacritics that several offices of the previous files may be. */
export interface UnsureOlderName {
  readonly newer: string;
  /** as the config writes it */
  readonly name: string;
  /** the previous files' offices it may be, as they write them */
  readonly offices: readonly string[];
}

/**
 * The config's older names typed without diacritics ("Chi cuc THADS huyen Vu Ban") as the previous
 * files write the office ("Chi cục THADS huyện Vụ Bản"), as files join such names
 * (office-registry.ts): matched by bare name only, khu vực 2 was said to lack it and compared
 * with nothing, and Vụ Bản left over on its own (traps39 F3, m1). Only a name no previous office
 * has as written, and only where the previous offices of its unaccentedKey (of its province,
 * where it writes one; of its unit) have one bare name; several: `unsure`, for the caller to refuse.
 */
export function olderNamesAsWritten(offices: MergedOffices, previous: readonly OfficeName[]): { readonly offices: MergedOffices; readonly unsure: UnsureOlderName | null } {
  const bares = new Set(previous.map((o) => bareName(o.district)));
  let unsure: UnsureOlderName | null = null;
  const written = new Map<string, string[]>();
  for (const [newer, olds] of offices) {
    written.set(newer, olds.map((old) => {
      const part = officePart(old);
      const bare = bareName(part);
      if (bares.has(bare) || !writtenWithoutMarks(bare)) return old;
      const province = part === old ? null : old.slice(0, old.lastIndexOf(' / '));
      const may = previous.filter((o) => unaccentedKey(bareName(o.district)) === unaccentedKey(bare) && sameUnitKind(part, o.district) && (province === null || o.province === null || provinceKey(o.province) === provinceKey(province)));
      const names = [...new Map(may.map((o) => [bareName(o.district), o.district])).values()];
      if (names.length > 1) unsure ??= { newer, name: old, offices: names };
      if (names.length !== 1) return old;
      return province === null ? names[0]! : `${province} / ${names[0]!}`;
    }));
  }
  return { offices: written, unsure };
}

/** The unit an older name of the config states ("Hà Tĩnh / Thị xã Kỳ Anh": thị xã), or null. */
export const olderOfficeUnit = (written: string): string | null => unitKind(officePart(written));

/** An older office of mergedOffices as rollUp matches it. */
interface OlderEntry {
  readonly newer: string;
  /** as the config writes it */
  readonly old: string;
  readonly qualified: boolean;
  /** the unit its name states ("Huyện Kỳ Anh": huyện), or null (office-names.ts unitKind) */
  readonly kind: string | null;
}

/**
 * The config's older offices by the key an older year's office is looked up with: its name's
 * (bareName), or its province's and name's ("Province / Office").
 */
function olderEntries(offices: MergedOffices): Map<string, OlderEntry[]> {
  const byKey = new Map<string, OlderEntry[]>();
  for (const [newer, olds] of offices) {
    for (const old of olds) {
      const key = olderOfficeKey(old);
      byKey.set(key, [...(byKey.get(key) ?? []), { newer, old, qualified: old.includes(' / '), kind: olderOfficeUnit(old) }]);
    }
  }
  return byKey;
}

/**
 * The config's older names an older year's office is (province as written): those of its name
 * whose unit, where both state one, is its own — "Huyện Kỳ Anh" is no "Chi cục THADS thị xã Kỳ
 * Anh" — and of them the closest: "Province / Office" before a bare name, then the one stating
 * its own unit (or, as it, none). (A bare "Kỳ Anh" and "Thị xã Kỳ Anh" under two newer offices
 * are refused when the config is read, config/load.ts.) Several left, under different newer
 * offices, is a guess (ambiguousOlderName).
 */
function closestOlder(byKey: ReadonlyMap<string, readonly OlderEntry[]>, office: OfficeName): OlderEntry[] {
  const kind = unitKind(office.district);
  const candidates = [...(byKey.get(officeKey(office.province, office.district)) ?? []), ...(byKey.get(bareName(office.district)) ?? [])].filter((e) => e.kind === null || kind === null || e.kind === kind);
  const score = (e: OlderEntry) => (e.qualified ? 2 : 0) + (e.kind === kind ? 1 : 0);
  const best = Math.max(...candidates.map(score));
  return candidates.filter((e) => score(e) === best);
}

/** A bare older name of mergedOffices that several offices of the previous files have, now of one province. */
export interface AmbiguousOlderName {
  /** the newer office it is listed under, and the name as written */
  readonly newer: string;
  readonly name: string;
  /** the former provinces, as the previous files write them, and the province they are now */
  readonly provinces: readonly string[];
  readonly now: string;
  /**
   * offices of one former province whose units differ ("Chi cục THADS huyện Kỳ Anh", "Chi cục THADS
   * thị xã Kỳ Anh"), as the previous files write them, and the units: set where `provinces` has one
   */
  readonly units?: { readonly offices: readonly string[]; readonly kinds: readonly string[] };
  /** a previous office whose name states no unit, which older names of different units under different newer offices fit */
  readonly unstated?: { readonly office: string; readonly names: readonly { readonly newer: string; readonly name: string }[] };
}

/**
 * "Châu Thành" under khu vực 3 where the previous files hold An Giang's and Kiên Giang's, both
 * rolled up into the new An Giang: the bare name would take both into one office (rollUp matches
 * a bare name in any province). An office given as "Kiên Giang / Châu Thành" elsewhere in the
 * mapping is that one's, not the bare name's. Offices that stay in provinces of their own (not
 * rolled up into one) are not mixed, so not ambiguous. So is "Kỳ Anh" where the previous files
 * hold huyện and thị xã Kỳ Anh of one province (traps23 3: both were taken into khu vực 2, its
 * change printed against the two, exit 0; README: huyện and thị xã Long Mỹ never pair with a bare
 * Long Mỹ), unless one is named beside it with its unit ("Thị xã Kỳ Anh"); and a previous "Kỳ
 * Anh" that states no unit, which "Huyện Kỳ Anh" and "Thị xã Kỳ Anh" under two newer offices both fit.
 */
export function ambiguousOlderName(previous: readonly OfficeName[], offices: MergedOffices, rolled: ReadonlySet<string>): AmbiguousOlderName | null {
  const byKey = olderEntries(offices);
  const landing = (province: string): string => {
    const successor = successorProvince(province);
    return successor && rolled.has(provinceKey(successor.name)) ? successor.name : province;
  };
  // per older name taken bare (newer, name): landing province → the former provinces (provinceKey → as written), and per former province its offices' units
  const taken = new Map<OlderEntry, Map<string, Map<string, { province: string; kinds: Map<string, string> }>>>();
  for (const o of previous) {
    if (o.province === null) continue;
    const closest = closestOlder(byKey, o);
    const newer = new Set(closest.map((e) => e.newer));
    if (newer.size > 1) {
      return { newer: closest[0]!.newer, name: closest[0]!.old, provinces: [o.province], now: landing(o.province), unstated: { office: o.district, names: closest.map((e) => ({ newer: e.newer, name: e.old })) } };
    }
    for (const e of closest.filter((c) => !c.qualified)) {
      const byLanding = taken.get(e) ?? taken.set(e, new Map()).get(e)!;
      const now = landing(o.province);
      const formers = byLanding.get(provinceKey(now)) ?? byLanding.set(provinceKey(now), new Map()).get(provinceKey(now))!;
      const former = formers.get(provinceKey(o.province)) ?? formers.set(provinceKey(o.province), { province: o.province, kinds: new Map() }).get(provinceKey(o.province))!;
      const kind = unitKind(o.district) ?? '';
      if (!former.kinds.has(kind)) former.kinds.set(kind, o.district);
      if (formers.size > 1) return { newer: e.newer, name: e.old, provinces: [...formers.values()].map((f) => f.province), now };
      // (a name stating its unit takes only offices of that unit: several are one office written so)
      if (e.kind === null && former.kinds.size > 1) {
        return { newer: e.newer, name: e.old, provinces: [o.province], now, units: { offices: [...former.kinds.values()], kinds: [...former.kinds.keys()].map((k) => k || 'huyện') } };
      }
    }
  }
  return null;
}

/**
 * `standsFor` among the groups of one side (one year's files): a row whose name is its province's
 * ("Cục THADS tỉnh Phú Thọ", "THADS tỉnh Phú Thọ", "Phú Thọ") among offices of that province that
 * are no province's — its Chi cục, its Phòng khu vực — is one of them: the Cục's own office, or
 * thị xã Phú Thọ, never the province's whole (round 92b 01/03/04: compared with a whole province,
 * or summed with thị xã Phú Thọ). A national table's rows, all provinces, stay provinces.
 */
export function standingFor(side: readonly GroupKey[], standsFor: (g: GroupKey) => string | null): (g: GroupKey) => string | null {
  const successorKey = (province: string) => provinceKey(successorProvince(province)?.name ?? province);
  const withOffices = new Set(side.filter((g) => g.district !== null && g.province !== null && standsFor(g) === null).map((g) => successorKey(g.province!)));
  return (g) => {
    const stood = standsFor(g);
    return stood !== null && g.province !== null && withOffices.has(successorKey(g.province)) ? null : stood;
  };
}

/** Where an older year's unit (a group, or an office the rows name) sits in the newer year. */
function mover(opts: RollUpOptions, older: readonly GroupKey[]): <T extends GroupKey>(g: T) => T {
  const newerStands = standingFor(opts.newer, opts.standsFor ?? (() => null));
  const standsFor = standingFor(older, opts.standsFor ?? (() => null));
  const successorKey = (province: string) => provinceKey(successorProvince(province)?.name ?? province);
  // newer year's spelling of each (successor) province, in a province cell and in an office cell
  const spelling = new Map<string, string>();
  const cell = new Map<string, string>();
  /** the province cell beside that office cell (a national list by the agencies of 1/7/2025 has one: agency-provinces.ts) */
  const cellProvince = new Map<string, string | null>();
  for (const g of opts.newer) {
    const stood = newerStands(g);
    if (stood !== null && !cell.has(successorKey(stood))) {
      cell.set(successorKey(stood), g.district!);
      cellProvince.set(successorKey(stood), g.province);
    }
    if (g.province === null) continue;
    const key = successorKey(g.province);
    if (!spelling.has(key)) spelling.set(key, g.province);
  }
  // older office key (qualified by province, or bare) → the config's older names
  const byKey = olderEntries(opts.offices);
  const labelled = labelledOffices(opts.newer);
  const move = <T extends GroupKey>(g: T): T => {
    const written = g.province;
    let province = g.province;
    if (province !== null) {
      const successor = successorProvince(province);
      if (successor && opts.provinces.has(provinceKey(successor.name))) province = spelling.get(provinceKey(successor.name)) ?? successor.name;
    }
    // an office cell standing for its province (beside its Tỉnh cell or alone) moves with it
    const stood = standsFor(g);
    if (stood !== null) {
      const successor = successorProvince(stood);
      // The newer year's row standing for that province, written as it is: "THADS tỉnh Ninh Bình"
      // beside its province cell for last year's "Cục THADS tỉnh Ninh Bình" (traps15 2: nothing
      // was compared, every province "has no figures in the previous year's files").
      const key = successorKey(stood);
      if (cellProvince.get(key) != null) return { ...g, province: cellProvince.get(key)!, district: cell.get(key)! };
      return successor && opts.provinces.has(provinceKey(successor.name)) ? { ...g, province, district: cell.get(provinceKey(successor.name)) ?? successor.name } : g;
    }
    let district = g.district;
    // an office of a former province whose name the newer year labels with it (office-labels.ts)
    if (district !== null && written !== null && province !== null && successorKey(written) === provinceKey(province)) district = labelled.get(labelKey(written, district)) ?? district;
    if (district !== null) district = closestOlder(byKey, { province: g.province, district })[0]?.newer ?? district;
    return { ...g, province, district };
  };
  // Offices of two former provinces rolled up into one under one name ("Huyện Châu Thành" of Tây
  // Ninh and of Long An, both in Tây Ninh now), which nothing maps: two offices, never one (summed,
  // the change of Tây Ninh's was printed against both). The one of the former province whose name
  // the newer one keeps stays as written; another is set apart by its former province's name.
  // (a province's own office, "Cấp tỉnh" / "Văn phòng Cục", is the new province's as its former provinces' summed: planProvincialOffices)
  const landed = (g: GroupKey, moved: GroupKey): string | null =>
    moved.district !== null && moved.province !== null && g.province !== null && moved.district === g.district && !isProvincialOffice(moved.district) ? `${g.year}\u0000${officeKey(moved.province, moved.district)}` : null;
  const formers = new Map<string, Set<string>>();
  for (const g of older) {
    const key = landed(g, move(g));
    if (key !== null) (formers.get(key) ?? formers.set(key, new Set()).get(key)!).add(provinceKey(g.province!));
  }
  return (g) => {
    const moved = move(g);
    const key = landed(g, moved);
    if (key === null || formers.get(key)!.size < 2 || provinceKey(g.province!) === provinceKey(moved.province!)) return moved;
    return { ...moved, district: `${moved.district} (${g.province})` };
  };
}

export function rollUp(older: readonly Group[], opts: RollUpOptions): Group[] {
  if (opts.provinces.size === 0 && opts.offices.size === 0) return [...older];
  // Groups that now share a key are summed (mergeGroups keeps the order of first appearance).
  return mergeGroups([older.map(mover(opts, older))]);
}

/** The older year's units (offices, provinces) as rollUp moves their groups, each once. */
export function rollUpUnits<T extends GroupKey>(older: readonly T[], opts: RollUpOptions): T[] {
  const move = mover(opts, older);
  return [...new Map(older.map(move).map((u) => [keyString(u), u])).values()];
}

/** An office as the rows name it. */
export interface OfficeName {
  readonly province: string | null;
  readonly district: string;
}

/**
 * A unit of the newer year the previous files give only some of the units it was formed from:
 * compared with their sum it would be a part against a whole, so it is compared with nothing.
 */
export interface PartAgainstWhole {
  /** as the current input writes it */
  readonly name: string;
  readonly formedFrom: readonly string[];
  /** the older units the previous files have no figures for */
  readonly missing: readonly string[];
}

/** The one rule of both levels: some of the older units given, not all. */
function partAgainstWhole(name: string, formedFrom: readonly string[], given: (old: string) => boolean): PartAgainstWhole | null {
  const missing = formedFrom.filter((old) => !given(old));
  return missing.length > 0 && missing.length < formedFrom.length ? { name, formedFrom, missing } : null;
}

/** A province of 2025 one year's files (the input's, or the previous ones) give only some of the provinces it was formed from. */
export interface PartialPredecessors extends PartAgainstWhole {
  /** whose files lack `missing` */
  readonly lacking: 'input' | 'previous';
}

/** A newer office (mergedOffices) the previous files give only some of the older offices of. */
export interface PartialOffice extends PartAgainstWhole {
  /** the province the current input gives it, if any */
  readonly province: string | null;
}

export interface ProvincePlan {
  /** successors (provinceKey) to roll the previous year's predecessors up into */
  readonly rolled: ReadonlySet<string>;
  readonly partial: readonly PartialPredecessors[];
  /**
   * Successors the previous files give only some predecessors of, where the input names no
   * province at all: its offices (Phòng THADS khu vực of 2025, with no province line) may be any of
   * the successor's, so its total against that part is a part against a whole too, never compared.
   */
  readonly partialUnnamed: readonly PartAgainstWhole[];
}

/** The province's predecessors that were merged away (not the one whose name it kept). */
const mergedAway = (p: Province) => p.formedFrom.filter((old) => provinceKey(old) !== provinceKey(p.name));

/**
 * A province the rows of a previous year name; `whole`: a row by the 34 naming a successor
 * ("Ninh Bình" in 2025); `report`: the file (and sheet) the row is in; `level`: the row is a
 * province's own line (a Tỉnh column without an office column, or an office cell naming the
 * province), not an office under it.
 */
export interface Given63 {
  readonly name: string;
  readonly whole: boolean;
  readonly report: string;
  readonly level?: boolean;
}

/**
 * The provinces of the 63 a previous year's rows give figures for. A row by the 34 naming a
 * successor gives every province it was formed from ("Ninh Bình" of 2025: Ninh Bình + Hà Nam +
 * Nam Định) — unless another report names one it merged away ("Cục THADS tỉnh Nam Định"'s
 * "Toàn tỉnh", a Chi cục under it): beside a file of Nam Định, the file of "Ninh Bình" is the
 * former province's (the new one would hold Nam Định twice), and only the provinces named are
 * given. Hà Nam's file left out is then a part against a whole (planProvinces), never a change of
 * the rate (work85c 03). Within one report, a row still under "Nam Định" is a row of the new
 * Ninh Bình written under its old name (PROVINCE_ROLLED_UP): the whole stands — unless both are
 * provinces' own lines ("Phú Thọ" and "Vĩnh Phúc" one line each): a list of provinces by the 63,
 * its "Phú Thọ" the former one (the new one would hold Vĩnh Phúc twice), Hòa Bình left out.
 */
export function provincesOf63(given: readonly Given63[]): string[] {
  const out = new Map<string, string>();
  for (const g of given) {
    const successor = g.whole ? successorProvince(g.name) : null;
    const elsewhere = new Set(given.filter((o) => !o.whole && (o.report !== g.report || (g.level === true && o.level === true))).map((o) => provinceKey(o.name)));
    const partsNamed = successor !== null && mergedAway(successor).some((old) => elsewhere.has(provinceKey(old)));
    for (const p of successor !== null && !partsNamed ? successor.formedFrom : [g.name]) if (!out.has(provinceKey(p))) out.set(provinceKey(p), p);
  }
  return [...out.values()];
}

/**
 * An input of statistics year 2025 that names the 34 provinces, every one and nothing else: laid
 * out by the 34, whatever period it states. A report to 30/6/2025 counts by the 63 (provinces.ts
 * countsBy34), yet the ministry published its nine months by the 34 after 1/7/2025, each merged
 * province whole ("Đồng Tháp" = Đồng Tháp + Tiền Giang: traps18 1, compared with the old Đồng Tháp
 * alone, exit 0). A list of the 63 names 29 provinces more; a cluster's names fewer.
 */
export function namesThe34(provinces: readonly string[], years: ReadonlySet<number | null>): boolean {
  if (years.size !== 1 || !years.has(MERGER_YEAR)) return false;
  const keys = new Set(provinces.map(provinceKey));
  return keys.size === PROVINCES_2025.length && PROVINCES_2025.every((p) => keys.has(provinceKey(p.name)));
}

/** The 63 provinces the 34 were formed from: what an input by the 34 gives of the 63, each whole. */
export function formerProvincesOfThe34(): string[] {
  return PROVINCES_2025.flatMap((p) => p.formedFrom);
}

/**
 * Which of the 34 provinces the previous year is rolled up into: only units the current input
 * uses. A current input by the 63 (`by34` false: a report of 2024 or before, or of a period
 * that ended before 1/7/2025) rolls nothing up; one that still names a merged-away province
 * ("Nam Định" in 2025) is compared old with old for that province's successor. `previous`: the
 * provinces of the 63 the previous files give (collect.ts provincesOf63: a previous report by
 * the 34 gives its "Ninh Bình" whole), `currentOf63` those the input gives, read alike: its
 * "Phú Thọ" beside "Vĩnh Phúc", one line each, is the former Phú Thọ. A successor either year
 * gives only part of is a part against a whole: `partial`, never compared — `partialUnnamed`
 * where the input names none.
 */
export function planProvinces(current: readonly string[], previous: readonly string[], by34: boolean, currentOf63: readonly string[]): ProvincePlan {
  const rolled = new Set<string>();
  const partial: PartialPredecessors[] = [];
  const partialUnnamed: PartAgainstWhole[] = [];
  if (!by34) return { rolled, partial, partialUnnamed };
  const named = new Set(current.map(provinceKey));
  const givenBy = (of63: readonly string[]) => {
    const keys = new Set(of63.map(provinceKey));
    return (old: string) => keys.has(provinceKey(old));
  };
  const given = givenBy(previous);
  const givenNow = givenBy(currentOf63);
  for (const p of PROVINCES_2025) {
    if (mergedAway(p).some((old) => named.has(provinceKey(old)))) continue;
    const key = provinceKey(p.name);
    rolled.add(key);
    if (!named.has(key)) {
      const part = named.size === 0 ? partAgainstWhole(p.name, p.formedFrom, given) : null;
      if (part) partialUnnamed.push(part);
      continue;
    }
    // one rule for both years: a part of either against the other's whole is no change
    const name = current.find((c) => provinceKey(c) === key)!;
    for (const [lacking, of] of [['input', givenNow], ['previous', given]] as const) {
      const part = partAgainstWhole(name, p.formedFrom, of);
      if (part) partial.push({ ...part, lacking });
    }
  }
  return { rolled, partial, partialUnnamed };
}

/**
 * The newer offices of the current input (mergedOffices) the previous files give only some of
 * the older offices of ("Phòng THADS khu vực 2" = Bỉm Sơn + Hà Trung, the 2024 files holding
 * Bỉm Sơn only). An older office is given when a previous office matches it as rollUp matches.
 */
export function planOffices(current: readonly OfficeName[], previous: readonly OfficeName[], offices: MergedOffices): PartialOffice[] {
  if (offices.size === 0) return [];
  const byKey = olderEntries(offices);
  const given = new Set(previous.flatMap((o) => closestOlder(byKey, o).map((e) => `${e.newer}\u0000${e.old}`)));
  const partial: PartialOffice[] = [];
  for (const [newer, olds] of offices) {
    for (const now of current.filter((c) => bareName(c.district) === bareName(newer))) {
      const part = partAgainstWhole(now.district, olds, (old) => given.has(`${newer}\u0000${old}`));
      if (part) partial.push({ ...part, province: now.province });
    }
  }
  return partial;
}

/**
 * The province's own office ("Cấp tỉnh", "Văn phòng Cục") of a successor of the current input
 * whose former provinces' own offices the previous files (by the 63) give only some of: the new
 * Ninh Bình's "Cấp tỉnh" against the old Ninh Bình's alone would be a part against a whole, as
 * the province is — with a former province's file whose rows give no own office (or label it
 * otherwise) too. Against all of them it is compared with their sum (rollUp). `previous` by the
 * 34 already gives the new province's office whole: nothing partial.
 */
export function planProvincialOffices(current: readonly GroupKey[], previous: readonly GroupKey[], rolled: ReadonlySet<string>, previousBy34: boolean): PartialOffice[] {
  if (previousBy34) return [];
  // by label: "Văn phòng Cục" of one former province is not summed into the others' "Cấp tỉnh"
  const own = new Set(previous.filter((g) => g.province !== null && g.district !== null && isProvincialOffice(g.district)).map((g) => officeKey(g.province, g.district!)));
  const partial = new Map<string, PartialOffice>();
  for (const g of current) {
    if (g.province === null || g.district === null || !isProvincialOffice(g.district)) continue;
    const successor = successorProvince(g.province);
    if (!successor || successor.formedFrom.length < 2 || !rolled.has(provinceKey(successor.name))) continue;
    const key = officeKey(g.province, g.district);
    const part = partAgainstWhole(g.district, successor.formedFrom, (old) => own.has(officeKey(old, g.district!)));
    if (part && !partial.has(key)) partial.set(key, { ...part, province: g.province });
  }
  return [...partial.values()];
}

/** An office of the current input with the former parts its rows list under it, marked "(cũ)" (collect.ts). */
export interface ListedParts {
  readonly province: string | null;
  readonly district: string;
  readonly year: number | null;
  /** as written, "Phòng THADS khu vực 4 (cũ)" */
  readonly parts: readonly string[];
}

/** An office listing its parts whose like-named office of last year is none of them: compared with nothing. */
export interface OtherNamesake {
  readonly name: string;
  readonly province: string | null;
  readonly formedFrom: readonly string[];
}

/**
 * The offices the current input lists with their former parts ("Phòng THADS khu vực 3" over "…
 * khu vực 3 (cũ)", "… khu vực 4 (cũ)": a 2026 re-cut) as mergedOffices states them: each part, its
 * "(cũ)" left off, is the older office of last year's files it names, in the office's province (or
 * one it was formed from) — only where every part is so marked (an unmarked one, an enforcer's
 * row, "Trong đó" listing some: the office is compared as before). They join the config's, which wins for an office it maps. An office
 * some of whose parts the previous files lack is then a part against a whole (planOffices: never
 * compared with a partial sum); one whose namesake last year is none of its parts nor any other
 * office's (`namesakes`) is compared with nothing, never with that namesake or its sum with it.
 */
export function listedMergers(listed: readonly ListedParts[], previous: readonly OfficeName[], config: MergedOffices): { offices: MergedOffices; namesakes: OtherNamesake[] } {
  const offices = new Map<string, string[]>([...config].map(([newer, olds]) => [newer, [...olds]]));
  if (listed.length === 0) return { offices, namesakes: [] };
  const configured = new Set([...config.keys()].map((n) => bareName(n)));
  const configOlds = new Set([...config.values()].flat().map(olderOfficeKey));
  const successorKey = (province: string) => provinceKey(successorProvince(province)?.name ?? province);
  const added: { office: ListedParts; olds: string[] }[] = [];
  for (const office of listed) {
    // (a part not marked "(cũ)", an enforcer's row, some parts under "Trong đó": not what it was formed from)
    if (configured.has(bareName(office.district)) || office.parts.some((part) => !hasFormerMark(part))) continue;
    const olds = office.parts.map((part) => {
      const name = withoutFormerMark(part);
      // the previous office of that name in the office's province, or one it was formed from
      // (by its bare name where no other province's office has it, as the config's is written)
      const named = previous.filter((o) => bareName(o.district) === bareName(name));
      const found = named.filter((o) => office.province === null || o.province === null || successorKey(o.province) === successorKey(office.province));
      const provinces = (list: readonly OfficeName[]) => new Set(list.map((o) => (o.province === null ? '' : provinceKey(o.province)))).size;
      if (named.length === 0 || (found.length > 0 && provinces(named) === 1)) return name;
      if (found.length === 0 || provinces(found) > 1) return office.province === null ? name : `${office.province} / ${name}`;
      return found[0]!.province === null ? name : `${found[0]!.province} / ${name}`;
    });
    if (olds.some((old) => configOlds.has(olderOfficeKey(old)))) continue;
    added.push({ office, olds });
    offices.set(office.district, [...(offices.get(office.district) ?? []), ...olds.filter((old) => !(offices.get(office.district) ?? []).includes(old))]);
  }
  const allOlds = new Set([...offices.values()].flat().map(olderOfficeKey));
  const namesakes: OtherNamesake[] = [];
  for (const { office, olds } of added) {
    const namesake = previous.some((o) => bareName(o.district) === bareName(office.district) && (office.province === null || o.province === null || successorKey(o.province) === successorKey(office.province)) && !allOlds.has(officeKey(o.province, o.district)) && !allOlds.has(bareName(o.district)));
    if (namesake) namesakes.push({ name: office.district, province: office.province, formedFrom: olds.map((old) => (old.includes(' / ') ? old.slice(old.lastIndexOf(' / ') + 3) : old)) });
  }
  return { offices, namesakes };
}

/**
 * Last year's offices that hold only the months after the 2025 reorganisation: in a table of the
 * statistics year 2025 (`previousYear`) that lists a province's former offices marked "(cũ)" as
 * offices of their own ("Cục THADS tỉnh Nam Định (cũ)", "Chi cục THADS huyện Mỹ Lộc (cũ)": their
 * rows to 30/6/2025) beside its unmarked new ones ("THADS tỉnh Ninh Bình", "Phòng THADS khu vực
 * 1": their rows from 1/7/2025), each new one's figures are a quarter's. A year against a quarter
 * is no change (work100b 03: "tăng 64,22%" for 89,22 % against 25,00 %): those offices are left
 * uncompared, as the province's total is there. A khu vực listing its former parts under it is
 * one office of the whole year (read so), none of these.
 */
export function afterMergerOnly(previous: readonly OfficeName[], previousYear: number | null): OfficeName[] {
  if (previousYear !== MERGER_YEAR) return [];
  const withFormer = new Set(previous.filter((o) => hasFormerMark(o.district)).map((o) => provinceKey(successorProvince(o.province ?? '')?.name ?? o.province ?? '')));
  return previous.filter((o) => !hasFormerMark(o.district) && withFormer.has(provinceKey(successorProvince(o.province ?? '')?.name ?? o.province ?? '')));
}
