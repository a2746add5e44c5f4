// Targets (chỉ tiêu, SPEC §5): where each comes from and which one applies to a group.
import { MAX_TARGET_DECIMALS, parsePlainDecimal, plain, type Dec } from './decimal.js';
import type { Measure } from './fields.js';
import { foldName } from './names.js';
import { bareName, mayBeOneOffice, mayBeOneOfficeUnaccented, officeProvinceInName, pairByBareName, sameUnitKind, unaccentedKey, writtenWithoutMarks, type RowPlace } from './office-names.js';
import { provinceInYear, provinceKey } from './provinces.js';

/**
 * A target as written (`74`, `34.5`, `34,5`): a percentage from 0 to 100 with at most
 * MAX_TARGET_DECIMALS decimals, or why not. Config and command line read targets with it.
 */
export function parsePercent(text: string): Dec | 'not-a-number' | 'out-of-range' | 'too-many-decimals' {
  const v = parsePlainDecimal(text.replace(',', '.'));
  if (!v) return 'not-a-number';
  if (v.isNeg() || v.gt(100)) return 'out-of-range';
  if (v.decimalPlaces() > MAX_TARGET_DECIMALS) return 'too-many-decimals';
  return v;
}

export const PERCENT_RULE = `a percentage from 0 to 100 with at most ${MAX_TARGET_DECIMALS} decimals`;

/**
 * A target above 0 and below 1 (%): Excel's value of a percent cell (it shows 74%, holds 0.74),
 * never a THADS target (70–85 % for cases, 32–52 % for money in every year). SPEC §5 allows it,
 * so it is said, not refused. 0 (no minimum) and 1 are taken as written.
 */
export function belowOnePercent(target: Dec): string | null {
  if (!target.gt(0) || !target.lt(1)) return null;
  const meant = plain(target.times(100));
  return `${plain(target)} is ${plain(target)} %; a target of ${meant} % is written ${meant}`;
}

export type TargetSource = 'flag' | 'config' | 'built-in';
export type TargetScope = 'year' | 'province' | 'district';

export type TargetSet = Partial<Record<Measure, Dec>>;

/** A config target of a province or an office, under the name the config writes. */
export interface NamedTargets {
  readonly name: string;
  readonly set: TargetSet;
  /** where the config writes the name (for messages), when known */
  readonly at?: { readonly line: number; readonly column: number };
}

/**
 * A province's config targets, and those it gives its own offices: "provinces": {"Gia Lai":
 * {"cases": 84, "districts": {"Phòng THADS khu vực 2": {"cases": 85}}}}. Every province of 2025
 * has a "Phòng THADS khu vực 2" (and "Châu Thành" is a district in ten provinces before), so an
 * office target is the province's allocation to its own office (DOMAIN), scoped here.
 */
export interface ProvinceTargets extends NamedTargets {
  /** keyed by districtTargetKey; absent: none */
  readonly districts?: ReadonlyMap<string, NamedTargets>;
}

// Config names meet the input's names by the rules the rest of thads uses: a province by
// provinceKey ("TP Cần Thơ" = "Cần Thơ", "Thừa Thiên Huế" = "Huế"; a province merged in 2025 is
// not its successor: a 2025 target for Ninh Bình never applies to rows labelled Nam Định), an
// office by its folded name, else by bare name where that is certain (office-names.ts).
export interface YearTargets {
  readonly year: TargetSet;
  /** keyed by provinceKey */
  readonly provinces: ReadonlyMap<string, ProvinceTargets>;
  /** offices of any province, keyed by foldName */
  readonly districts: ReadonlyMap<string, NamedTargets>;
}

export const provinceTargetKey = provinceKey;
export const districtTargetKey = foldName;

/** Two names of one level a config may not both give a target (one unit, two targets): the first such pair. */
export function twoSpellings(scope: 'province' | 'district', names: readonly string[]): [string, string] | null {
  const same = scope === 'province' ? (a: string, b: string) => provinceKey(a) === provinceKey(b) : (a: string, b: string) => foldName(a) === foldName(b) || mayBeOneOffice(a, b) || (mayBeOneOfficeUnaccented(a, b) && (withoutMarks(a) || withoutMarks(b)));
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) if (same(names[i]!, names[j]!)) return [names[i]!, names[j]!];
  return null;
}

export interface TargetTables {
  /** --target-cases / --target-money: apply to every group of every year */
  readonly flag: TargetSet;
  readonly config: ReadonlyMap<number, YearTargets>;
  readonly builtIn: ReadonlyMap<number, TargetSet>;
}

export interface Target {
  readonly value: Dec;
  readonly source: TargetSource;
  readonly scope: TargetScope;
}

export interface TargetQuery {
  readonly year: number | null;
  readonly province: string | null;
  readonly district: string | null;
}

/**
 * A config target of a province or an office that no group of the input is (or two are, by bare
 * name only), while groups of that level take no config target of their own: one of them may be
 * what the config meant. (A config of every province, run on one province's file, leaves the
 * others unmatched, and that is no mistake.)
 */
export interface UnmatchedTarget {
  readonly year: number;
  readonly scope: 'province' | 'district';
  /** as the config writes it */
  readonly name: string;
  /** an office target given under a province: that province, as the config writes it */
  readonly province?: string;
  /** the groups of that level and year without a config target of their own, as the input writes them (none: the input names no province) */
  readonly untargeted: readonly string[];
  /** a province merged away by the year (Nghị quyết 202/2025/QH15): the input's province whose rows it now is */
  readonly mergedInto?: string;
  /** a province name that is no province of the year however written (a typo: "Nam Dinhh"), while groups take no province target */
  readonly unknown?: boolean;
  /** where the config writes the name, when known */
  readonly at?: { readonly line: number; readonly column: number };
}

/**
 * A year's office target ("districts" beside "cases") whose name offices of several provinces of
 * the input take: one province's allocation would be applied to another's office.
 */
export interface AmbiguousTarget {
  readonly year: number;
  readonly target: NamedTargets;
  /** the provinces of the offices it would apply to, as the input writes them; null: rows that name no province */
  readonly provinces: readonly (string | null)[];
  /**
   * One side typed without diacritics, not one to one (unsureUnaccented): the config's names and
   * the input's offices alike without them; `province`: the config's province they are under.
   */
  readonly unaccented?: { readonly names: readonly string[]; readonly offices: readonly string[]; readonly province?: string };
}

export interface TargetBinding {
  /** year → districtTargetKey of a group's office → the key of the year's config office it is */
  readonly districts: ReadonlyMap<number, ReadonlyMap<string, string>>;
  /** year → officeTargetKey of a group's office → the key of its province's config office it is */
  readonly provinceDistricts: ReadonlyMap<number, ReadonlyMap<string, string>>;
  /** year → officeTargetKey of a group's office → the key of the year's config office whose name writes that group's province after it, or writes no province where the group's office writes its own (bindOwnProvinceOffices) */
  readonly namedDistricts: ReadonlyMap<number, ReadonlyMap<string, string>>;
  readonly unmatched: readonly UnmatchedTarget[];
  readonly ambiguous: readonly AmbiguousTarget[];
}

export const NO_BINDING: TargetBinding = { districts: new Map(), provinceDistricts: new Map(), namedDistricts: new Map(), unmatched: [], ambiguous: [] };

/** An office within its province: "Khu vực 2" of Gia Lai is not "Khu vực 2" of Đắk Lắk. */
function officeTargetKey(province: string, district: string): string {
  return `${provinceTargetKey(province)}\u0000${districtTargetKey(district)}`;
}

/**
 * Pairs config office names with the input's offices (districtTargetKey → name as written): as
 * written, else by bare name where one config name and one office have it ("Chi cục THADS huyện
 * Mỹ Lộc" → "Mỹ Lộc"), the names of one province's table and config (`place`) without that
 * province written after them (bareName: a region's, the Văn phòng's, a district's,
 * "Chi cục THADS huyện Kim Sơn - tỉnh Ninh Bình" of Ninh Bình → "kim sơn"). Returns office key → config key.
 */
function bindOffices(config: ReadonlyMap<string, NamedTargets>, offices: ReadonlyMap<string, string>, place?: RowPlace, bare: (name: string) => string = (n) => bareName(n, place), unsure?: Unsure[]): Map<string, string> {
  const bound = new Map<string, string>();
  for (const key of offices.keys()) if (config.has(key)) bound.set(key, key);
  const rest = () => {
    const taken = new Set(bound.values());
    return { names: [...config.entries()].filter(([key]) => !taken.has(key)).map(([, t]) => t.name), offices: [...offices.entries()].filter(([key]) => !bound.has(key)).map(([, name]) => name) };
  };
  const first = rest();
  for (const [name, office] of pairByBareName(first.names, first.offices, bare, sameUnitKind)) bound.set(districtTargetKey(office), districtTargetKey(name));
  // One side typed without diacritics ("Chi cuc THADS huyen My Loc" for the input's "Mỹ Lộc"), as
  // files join such names (office-registry.ts): it was TARGET_UNMATCHED, the office judged against
  // the year's target, exit 0 (traps39 F3). One to one only; else unsure, refused (TARGET_AMBIGUOUS).
  const second = rest();
  const plain = (name: string) => unaccentedKey(bare(name));
  const fits = (a: string, b: string) => (writtenWithoutMarks(bare(a)) || writtenWithoutMarks(bare(b))) && sameUnitKind(a, b);
  const pairs = pairByBareName(second.names, second.offices, plain, fits);
  for (const [name, office] of pairs) bound.set(districtTargetKey(office), districtTargetKey(name));
  for (const name of second.names) {
    const may = pairs.has(name) ? [] : second.offices.filter((o) => plain(o) === plain(name) && fits(name, o));
    if (may.length > 0) unsure?.push({ name, names: second.names.filter((n) => plain(n) === plain(name) && may.some((o) => fits(n, o))), offices: may });
  }
  return bound;
}

/** A config name and the input's offices it may be typed without diacritics, not one to one: the config's names of that key and the offices. */
interface Unsure {
  readonly name: string;
  readonly names: readonly string[];
  readonly offices: readonly string[];
}

/** A name with no letter beyond a–z once its unit words are read away (office-names.ts writtenWithoutMarks). */
const withoutMarks = (name: string) => writtenWithoutMarks(bareName(name));

/**
 * A year's office names left unbound (`bound`) that write their province after the office
 * ("Văn phòng Cục THADS tỉnh Nam Định", "Phòng THADS khu vực 1 - Ninh Bình", "Chi cục THADS
 * huyện Kim Sơn, tỉnh Ninh Bình": bareName reads it there as "Kim Sơn"): each is that
 * province's office only, so it binds among that province's offices as the province's own
 * allocation does (bindOffices with the province as place: "Văn phòng Cục", "Phòng THADS khu vực
 * 1" of its table), never another province's of the same words, however many provinces the input
 * holds. A province merged away by the year has no offices of its own here (its rows are its
 * successor's). Returns officeTargetKey → config key.
 */
function bindNamedOffices(config: ReadonlyMap<string, NamedTargets>, withOffice: readonly (TargetQuery & { district: string })[], bound: ReadonlyMap<string, string>): Map<string, string> {
  const taken = new Set(bound.values());
  const byProvince = new Map<string, Map<string, NamedTargets>>();
  for (const [key, t] of config) {
    const province = taken.has(key) ? null : officeProvinceInName(t.name);
    if (province !== null) byProvince.set(provinceTargetKey(province), (byProvince.get(provinceTargetKey(province)) ?? new Map<string, NamedTargets>()).set(key, t));
  }
  const named = new Map<string, string>();
  for (const [pKey, names] of byProvince) {
    const offices = new Map<string, string>();
    let province: string | null = null;
    for (const k of withOffice) {
      if (k.province === null || provinceTargetKey(k.province) !== pKey || bound.has(districtTargetKey(k.district))) continue;
      province = k.province;
      if (!offices.has(districtTargetKey(k.district))) offices.set(districtTargetKey(k.district), k.district);
    }
    if (province === null) continue;
    for (const [office, configKey] of bindOffices(names, offices, { province, year: null })) named.set(`${pKey}\u0000${office}`, configKey);
  }
  return named;
}

/**
 * The other way round: a year's office name left unbound that writes no province ("Phòng Thi hành
 * án dân sự khu vực 1", "Văn phòng Cục", "Chi cục THADS huyện Kim Sơn") and an office left unbound
 * (`bound`, `named`) whose row writes its own province after it ("Phòng THADS khu vực 1 - Hà Nội"
 * in Hà Nội's table, "Chi cục THADS huyện Kim Sơn - tỉnh Ninh Bình" in Ninh Bình's: work97c 02,
 * every khu vực judged against the city's target, three verdicts inverted). Each office is read
 * in its own row's province (bareName: "khu vực 1"), and a name binds where one office
 * of the whole input has that reading: khu vực 1 of Hà Nội and of Ninh Bình both so written leave
 * it unbound, as before; a province after the office that is not the row's keeps it apart.
 * A name the first pass bound already (`bound`: rows that write it bare, of any province, "Phòng
 * THADS khu vực 1" of Ninh Bình's table) may mean such an office as well ("Phòng THADS khu vực 1 -
 * Hà Nội" in Hà Nội's own file: work98a 02, Ninh Bình's took the 90 % silently): every office of
 * that reading binds to it too, so that offices of two provinces make it TARGET_AMBIGUOUS
 * (bindTargets), as both written bare do. Returns officeTargetKey → config key.
 */
function bindOwnProvinceOffices(config: ReadonlyMap<string, NamedTargets>, withOffice: readonly (TargetQuery & { district: string })[], bound: ReadonlyMap<string, string>, named: ReadonlyMap<string, string>): Map<string, string> {
  const bare = new Set(bound.values());
  const inNamed = new Set(named.values());
  type Item = { name: string; province: string | null; config: boolean; bound?: boolean };
  const names: Item[] = [...config].filter(([key, t]) => !inNamed.has(key) && officeProvinceInName(t.name) === null).map(([key, t]) => ({ name: t.name, province: null, config: true, bound: bare.has(key) }));
  const offices = new Map<string, Item>();
  for (const k of withOffice) {
    if (bound.has(districtTargetKey(k.district)) || (k.province !== null && named.has(officeTargetKey(k.province, k.district)))) continue;
    const key = k.province === null ? `\u0000${districtTargetKey(k.district)}` : officeTargetKey(k.province, k.district);
    if (!offices.has(key)) offices.set(key, { name: k.district, province: k.province, config: false });
  }
  const own = new Map<string, string>();
  if (names.length === 0 || offices.size === 0) return own;
  const reading = (x: Item) => (x.config || x.province === null ? bareName(x.name) : bareName(x.name, { province: x.province, year: null }));
  const fits = (a: Item, b: Item) => sameUnitKind(a.name, b.name);
  // a name still free: where one office of the whole input reads so
  for (const [name, office] of pairByBareName(names, [...offices.values()], reading, fits)) {
    if (!name.bound && office.province !== null) own.set(officeTargetKey(office.province, office.name), districtTargetKey(name.name));
  }
  // a name bound already: every office of its reading besides — but not beside the office it took
  // in the same province, which is another office read alike ("Thị xã Cai Lậy" beside "Cai Lậy"
  // of Tiền Giang took the huyện's target: traps12 3, its verdict inverted)
  const takenIn = new Set(withOffice.filter((k) => k.province !== null && bound.has(districtTargetKey(k.district))).map((k) => `${provinceTargetKey(k.province!)}\u0000${bareName(k.district, { province: k.province, year: null })}`));
  for (const office of offices.values()) {
    if (office.province !== null && takenIn.has(`${provinceTargetKey(office.province)}\u0000${reading(office)}`)) continue;
    const meant = names.filter((name) => reading(name) === reading(office) && fits(name, office));
    if (meant.length === 1 && meant[0]!.bound && office.province !== null) own.set(officeTargetKey(office.province, office.name), districtTargetKey(meant[0]!.name));
  }
  return own;
}

/**
 * Config office names no office takes (`taken`: the config keys offices took), while some offices
 * take none of these names (`untargeted`, as written): one of them may be what the config meant.
 */
function unmatchedOffices(year: number, config: ReadonlyMap<string, NamedTargets>, untargeted: readonly string[], taken: ReadonlySet<string>, province?: string): UnmatchedTarget[] {
  if (untargeted.length === 0) return [];
  return [...config].filter(([key]) => !taken.has(key)).map(([, t]) => ({ year, scope: 'district' as const, name: t.name, untargeted, ...(province !== undefined ? { province } : {}) }));
}

/** The offices (districtTargetKey → name) no config name is bound to, as written. */
function untargetedOffices(offices: ReadonlyMap<string, string>, bound: ReadonlyMap<string, string>): string[] {
  return [...offices].filter(([key]) => !bound.has(key)).map(([, name]) => name);
}

/**
 * Which config office target each group's office takes, which config names match nothing, and
 * which year-level office names match offices of several provinces, for the groups (and
 * totals) of one run. A level the groups do not carry (no office under --by province) leaves
 * its names unjudged.
 */
export function bindTargets(tables: TargetTables, keys: readonly TargetQuery[]): TargetBinding {
  const districts = new Map<number, Map<string, string>>();
  const provinceDistricts = new Map<number, Map<string, string>>();
  const namedDistricts = new Map<number, Map<string, string>>();
  const unmatched: UnmatchedTarget[] = [];
  const ambiguous: AmbiguousTarget[] = [];
  for (const [year, config] of tables.config) {
    const ofYear = keys.filter((k) => k.year === year);
    const withOffice = ofYear.filter((k): k is TargetQuery & { district: string } => k.district !== null);

    // A province's own offices first: they take the most specific target.
    const inProvince = new Map<string, string>();
    for (const [pKey, p] of config.provinces) {
      if (!p.districts || p.districts.size === 0) continue;
      const offices = new Map<string, string>();
      for (const k of withOffice) if (k.province !== null && provinceTargetKey(k.province) === pKey && !offices.has(districtTargetKey(k.district))) offices.set(districtTargetKey(k.district), k.district);
      if (offices.size === 0) continue; // the province itself is judged below
      // Within the province its own name after an office's says no more ("Phòng THADS khu vực 1 -
      // Ninh Bình" of Ninh Bình); a province merged into it is none of its own here (no year): the
      // allocation's "khu vực 1 - Nam Định" is no office of Ninh Bình's it can tell.
      const unsure: Unsure[] = [];
      const bound = bindOffices(p.districts, offices, { province: p.name, year: null }, undefined, unsure);
      for (const u of unsure.slice(0, 1)) ambiguous.push({ year, target: p.districts.get(districtTargetKey(u.name))!, provinces: [p.name], unaccented: { names: u.names, offices: u.offices, province: p.name } });
      for (const [office, configKey] of bound) inProvince.set(`${pKey}\u0000${office}`, configKey);
      unmatched.push(...unmatchedOffices(year, p.districts, untargetedOffices(offices, bound), new Set(bound.values()), p.name));
    }
    provinceDistricts.set(year, inProvince);

    const offices = new Map<string, string>();
    for (const k of withOffice) if (!offices.has(districtTargetKey(k.district))) offices.set(districtTargetKey(k.district), k.district);
    const unsure: Unsure[] = [];
    const bound = bindOffices(config.districts, offices, undefined, undefined, unsure);
    for (const u of unsure.slice(0, 1)) ambiguous.push({ year, target: config.districts.get(districtTargetKey(u.name))!, provinces: [], unaccented: { names: u.names, offices: u.offices } });
    districts.set(year, bound);
    const named = bindNamedOffices(config.districts, withOffice, bound);
    for (const [office, configKey] of bindOwnProvinceOffices(config.districts, withOffice, bound, named)) named.set(office, configKey);
    namedDistricts.set(year, named);
    const namedOf = (k: TargetQuery & { district: string }) => (k.province === null ? undefined : named.get(officeTargetKey(k.province, k.district)));
    // a named target an office took is no unmatched one; an office of that name in another province is still untargeted
    const untargeted = new Set(withOffice.filter((k) => namedOf(k) === undefined).map((k) => districtTargetKey(k.district)));
    unmatched.push(...unmatchedOffices(year, config.districts, untargetedOffices(offices, bound).filter((name) => untargeted.has(districtTargetKey(name))), new Set([...bound.values(), ...named.values()])));
    // The provinces whose offices a year-level office target reaches, leaving out an office whose
    // province gives it every measure this target gives (the more specific one applies there).
    for (const [configKey, t] of config.districts) {
      // --target-cases (--target-money) applies everywhere: a target of only that measure is in force nowhere.
      if ((Object.keys(t.set) as Measure[]).every((m) => tables.flag[m] !== undefined)) continue;
      const reached = new Map<string, string | null>();
      for (const k of withOffice) {
        if ((namedOf(k) ?? bound.get(districtTargetKey(k.district))) !== configKey) continue;
        const own = k.province !== null ? config.provinces.get(provinceTargetKey(k.province))?.districts?.get(inProvince.get(officeTargetKey(k.province, k.district)) ?? '') : undefined;
        if (own && (Object.keys(t.set) as Measure[]).every((m) => own.set[m] !== undefined)) continue;
        const pKey = k.province === null ? '' : provinceTargetKey(k.province);
        if (!reached.has(pKey)) reached.set(pKey, k.province);
      }
      if (reached.size > 1) ambiguous.push({ year, target: t, provinces: [...reached.values()] });
    }

    const provinces = new Map<string, string>();
    for (const k of ofYear) if (k.province !== null && !provinces.has(provinceTargetKey(k.province))) provinces.set(provinceTargetKey(k.province), k.province);
    const untargetedProvinces = [...provinces].filter(([key]) => !config.provinces.has(key)).map(([, name]) => name);
    for (const [key, t] of config.provinces) {
      if (provinces.has(key)) continue;
      // A province merged away by the year: its rows are its successor's, under the successor's target.
      const mergedInto = provinceInYear(t.name, year)?.mergedInto;
      if (mergedInto !== undefined && provinces.has(provinceTargetKey(mergedInto))) unmatched.push({ year, scope: 'province', name: t.name, untargeted: [], mergedInto: provinces.get(provinceTargetKey(mergedInto))! });
      else if (untargetedProvinces.length > 0) unmatched.push({ year, scope: 'province', name: t.name, untargeted: untargetedProvinces, ...(provinceInYear(t.name, year) === null ? { unknown: true } : {}), ...(t.at ? { at: t.at } : {}) });
    }
    // An input that names no province at all: every province target of the year applies to none of it.
    if (provinces.size === 0 && ofYear.length > 0) for (const t of config.provinces.values()) unmatched.push({ year, scope: 'province', name: t.name, untargeted: [] });
  }
  return { districts, provinceDistricts, namedDistricts, unmatched, ambiguous };
}

/**
 * Flag > config > built-in; within the config the most specific applies (a province's office >
 * an office of the year > province > year). `binding` (bindTargets) pairs offices written otherwise than the config writes them.
 */
export function resolveTarget(tables: TargetTables, measure: Measure, q: TargetQuery, binding: TargetBinding = NO_BINDING): Target | null {
  const flag = tables.flag[measure];
  if (flag) return { value: flag, source: 'flag', scope: 'year' };
  if (q.year === null) return null;
  const config = tables.config.get(q.year);
  if (config) {
    const office = q.district !== null ? districtTargetKey(q.district) : null;
    const province = q.province !== null ? config.provinces.get(provinceTargetKey(q.province)) : undefined;
    const own = office !== null && province ? province.districts?.get(binding.provinceDistricts.get(q.year)?.get(officeTargetKey(q.province!, q.district!)) ?? office)?.set[measure] : undefined;
    if (own) return { value: own, source: 'config', scope: 'district' };
    const named = office !== null && q.province !== null ? binding.namedDistricts.get(q.year)?.get(officeTargetKey(q.province, q.district!)) : undefined;
    const district = office !== null ? config.districts.get(named ?? binding.districts.get(q.year)?.get(office) ?? office)?.set[measure] : undefined;
    if (district) return { value: district, source: 'config', scope: 'district' };
    if (province?.set[measure]) return { value: province.set[measure], source: 'config', scope: 'province' };
    const year = config.year[measure];
    if (year) return { value: year, source: 'config', scope: 'year' };
  }
  const builtIn = tables.builtIn.get(q.year)?.[measure];
  return builtIn ? { value: builtIn, source: 'built-in', scope: 'year' } : null;
}
