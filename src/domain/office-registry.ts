// Which office each file's rows are, across all the files of one run (SPEC §3): the same office,
// year and measure from two files is a repeat, never added; split việc / tiền files join per
// office; a file of declared totals only ("Toàn tỉnh") never sums with the offices it totals.
// Offices are the same when their names fold alike, or by bare name where that is certain
// (office-names.ts) and their units do not differ (huyện and thị xã Long Mỹ are two offices; a
// bare "Cao Lãnh" beside "TP. Cao Lãnh" in its table is the huyện: unitsBesideNamesakes), or
// one written without diacritics ("My Loc"), the other with them ("Mỹ Lộc"), by unaccentedKey.
// A province fits another when they fold alike or either is not given: a file without a
// province column may be of any province. Pure: the caller words what this finds.
import { foldNameCached } from './names.js';
import type { Measure } from './fields.js';
import type { Sums } from './declared-rows.js';
import { initialsOfOffice, initialsWritten, joinedKey, namesRegionOffice, officeAcrossFiles, pairByBareName, unaccentedKey, unitKind, unitsBesideNamesakes, variantName, writtenSqueezed, writtenWithoutMarks } from './office-names.js';
import { sameFigures } from './repeated-rows.js';
import { MERGER_YEAR, provinceKey } from './provinces.js';
import { writtenProvince } from './office-labels.js';

export interface OfficeKey {
  readonly province: string | null;
  readonly district: string;
  readonly year: number | null;
  readonly line: number;
  /** a workbook's sheet the row was read from (OfficeRow.sheet): a pair's two tabs are one file (placeOf) */
  readonly sheet?: string;
  /** the merged-away province it was written under (OfficeRow.from) */
  readonly from?: string;
  /** its figures, by measure: a resend under a variant of its name is told by them (Registered.variant) */
  readonly figures?: Sums;
  /** what its file's old font shows for its name, kept as written (FileReport.otherFontReadings: "Phó Léc" → "Phú Lộc") */
  readonly read?: string;
}

/**
 * Why a file's rows are declared totals, not offices: its only row is one ("Toàn tỉnh"), or it
 * has no office column and its name names a total ("Tổng hợp 2019.csv", "Toàn quốc theo tỉnh
 * 2019.csv": a row per province, each that province's total), or its title line does ("BÁO CÁO
 * TỔNG HỢP TOÀN TỈNH", read as a name is).
 */
/** (`sheet`: the title is the sheet's name; `rows`: the file has an office column, its rows only name the province the title's whole is of) */
export type TotalFile = 'only-row' | 'named' | { readonly title: string; readonly line: number; readonly sheet?: true; readonly rows?: true };

export interface Place {
  readonly file: string;
  readonly line: number;
  readonly sheet?: string;
}

/**
 * Where a file gives an office: its line, and in a workbook its sheet. The pair of forms on two
 * tabs is one file read twice (read-xlsx.ts measureSheets): without the sheet both halves were
 * "FILE:5" (traps28 t54d).
 */
export const placeOf = (file: string, o: Pick<OfficeKey, 'line' | 'sheet'>): Place => (o.sheet !== undefined ? { file, line: o.line, sheet: o.sheet } : { file, line: o.line });

/** An office as the run knows it: its first name, and where each measure of it was given. */
export interface Office {
  readonly province: string | null;
  readonly district: string;
  readonly year: number | null;
  readonly from?: string;
  /** its figures are a declared total of its file (null: an office) */
  readonly total: TotalFile | null;
  /** its name is its file's (no office column): diacritics may have been left out ("My Loc 2019.csv") */
  readonly namedByFile: boolean;
  /**
   * the unit its file gives it where its name states none (stated): its title's ("thành phố" of
   * "… THÀNH PHỐ CAO LÃNH"), or huyện beside its namesake city in its table (office-names.ts
   * unitsBesideNamesakes: "Cao Lãnh" beside "TP. Cao Lãnh")
   */
  readonly fileUnit: string | null;
  readonly given: Map<Measure, Place>;
  /** the figures of each measure given, where the file gave them (OfficeKey.figures) */
  readonly figures: Sums;
  /** OfficeKey.read */
  readonly read?: string;
}

export interface Registered<K extends OfficeKey> {
  /** the first office of the file whose measure an earlier file gave, and how many such figures */
  readonly repeat: { readonly office: K; readonly earlier: Office; readonly measure: Measure; readonly count: number; readonly among?: Among; readonly variant?: true | 'font'; readonly namesake?: true } | null;
  /** a declared total of one file beside offices of another it may total (either way round) */
  readonly overlap: { readonly office: K; readonly earlier: Office; readonly measure: Measure; readonly totalIsEarlier: boolean; readonly total: TotalFile } | null;
  /** offices of the file that join an earlier file's office under its name (split việc / tiền files) */
  readonly joined: Map<K, { readonly province: string | null; readonly district: string }>;
  /** a file named after an office that another file gives as a row, its own rows naming it nowhere (either file may be this one) */
  readonly partsOf: PartsOf | null;
  /**
   * the first office of the file that an earlier file's office may be under another spelling
   * (OFFICE_NAME_VARIANTS' rule: variantOf), its figures not theirs: counted as two offices
   */
  readonly variant: { readonly office: K; readonly earlier: Office } | null;
}

/**
 * "Vụ Bản 2019.csv" whose rows are people ("Nguyễn Văn An", …: its office by enforcer) beside
 * "Nam Định 2019.csv", whose row "Vụ Bản" already counts them: `parts` is the file named after
 * the office whose rows never name it, `office` the row of the other file that does.
 */
export interface PartsOf {
  readonly parts: { readonly file: string; readonly line: number; readonly office: string };
  readonly office: { readonly file: string; readonly line: number; readonly district: string };
  readonly measure: Measure;
}

/**
 * A bare initials cell ("VB") and the offices of one province whose initials it is ("Vụ Bản",
 * "Văn Bàn"), one in another file: which one the cell is thads cannot tell, and added as an
 * office of its own it counts one of them twice.
 */
export interface Among {
  readonly cell: { readonly district: string; readonly place: Place };
  readonly offices: readonly { readonly district: string; readonly place: Place }[];
}

/** A file whose name names an office its rows never name (OfficeRegistry.register `ownName`). */
interface NamedFile {
  readonly file: string;
  readonly key: Named & { readonly line: number };
  readonly measures: readonly Measure[];
}

function provincesFit(a: string | null, b: string | null): boolean {
  return a === null || b === null || provinceKey(a) === provinceKey(b);
}

// An office as matching sees it: a province written after a region's number is the row's
// province's ("khu vực 2 - Gia Lai" in a Gia Lai row is its "khu vực 2"), or the row's province
// where it has none; the province level's own office by any of its names (office-names.ts
// officeAcrossFiles).
type Named = Pick<OfficeKey, 'province' | 'district' | 'year'>;
const identity = (x: Named) => officeAcrossFiles(x.district, x);
const bare = (x: Named) => identity(x).bare;
const unaccented = (x: Named) => unaccentedKey(bare(x));
const joined = (x: Named) => joinedKey(x.district, x);
/** Whether an office is `key`'s office by bare name, unaccented or joined (the key's three read once: it is matched against every office of a file). */
function sameOfficeAs(key: Named): (x: Named) => boolean {
  const keyBare = bare(key);
  const keyUnaccented = unaccentedKey(keyBare);
  const keyJoined = joined(key);
  return (x) => {
    const xBare = bare(x);
    return xBare === keyBare || unaccentedKey(xBare) === keyUnaccented || joined(x) === keyJoined;
  };
}
// The unit an office's name states, else the one its file gives it (Office.fileUnit: a file named
// "Cao Lãnh 2024.csv" titled "… HUYỆN CAO LÃNH" is huyện Cao Lãnh's, beside "TP Cao Lãnh
// 2024.csv"; a bare "Cao Lãnh" beside "TP. Cao Lãnh" in one table is the huyện); null: none.
const stated = (district: string, fileUnit: string | null) => unitKind(district) ?? fileUnit;
const sameUnit = (a: string | null, b: string | null) => a === null || b === null || a === b;
// Rolled up into one successor, offices of two former provinces are still two (office-labels.ts)
// — but a khu vực, numbered within the province formed on 1/7/2025: "khu vực 3" under a title still
// saying "Nam Định" in 2026 is Ninh Bình's khu vực 3 (a second file of it was added, exit 0).
const regionsSince = (o: OfficeKey, e: Office) => o.year !== null && o.year >= MERGER_YEAR && namesRegionOffice(o.district) && namesRegionOffice(e.district);
const fits = (o: OfficeKey, e: Office) => o.year === e.year && provincesFit(identity(o).province, identity(e).province) && (regionsSince(o, e) || provincesFit(writtenProvince(o), writtenProvince(e)));
// Written under two provinces of one successor (one of them its own former or new name: "Giồng
// Riềng" under An Giang and under Kiên Giang in a report of 2025), an office of one name may be one
// office — a district of Kiên Giang is An Giang's since 1/7/2025 — or two ("Châu Thành" of each).
const mergedNamesakes = (o: Named & { readonly from?: string }, e: Named & { readonly from?: string }) => o.year === e.year && identity(o).province !== null && identity(e).province !== null && provincesFit(identity(o).province, identity(e).province) && !provincesFit(writtenProvince(o), writtenProvince(e));
const sharedMeasure = (e: Office, measures: readonly Measure[]) => measures.find((m) => e.given.has(m)) ?? null;
/**
 * The keys an office is met by as a variant (variantOf): its name's variantName, and that of what
 * its file's old font shows for it (OfficeKey.read). "Phó Léc" in a file whose title is TCVN3 is
 * Vietnamese as typed, so kept, and TCVN3 for "Phú Lộc": beside another file's "Phú Lộc" with
 * every figure the same it was a second office, the office summed twice (traps29 amb phu_loc,
 * cao_loc, luc_nam, loc_ninh, VNI "Vónh Long", exit 0).
 */
function variantsOf(o: Named & { readonly read?: string }): string[] {
  const keys = [variantName(bare(o))];
  if (o.read !== undefined) {
    const read = variantName(bare({ ...o, district: o.read }));
    if (read !== keys[0]) keys.push(read);
  }
  return keys;
}

/**
 * mergedNamesakes within one file: its offices (rolled up, one entry per office, in file order)
 * of one name, one written under the successor itself and one under a province merged into it,
 * units that do not differ, every figure the same — [earlier, later] of the first such pair, else
 * null. "Giồng Riềng" under an "An Giang" section and again under "Kiên Giang" in one report of
 * 2025 was added as two offices (traps31 t2 mixed-one-2025: exit 0), as across two files it is
 * refused: a row under the successor may be any of its former provinces' offices. "Châu Thành" of
 * each, its figures its own, stays two; so do two former provinces' offices, each section its own
 * ("Châu Thành" of Bến Tre and of Trà Vinh, Vĩnh Long's, whatever their figures).
 */
export function namesakesInFile<R extends Named & { readonly from?: string; readonly figures: Sums }>(offices: readonly R[]): [earlier: R, later: R] | null {
  // (most files write no former province: nothing is worked out)
  if (!offices.some((o) => o.from !== undefined)) return null;
  const seen = new Map<string, R[]>();
  for (const o of offices) {
    if (o.province === null) continue;
    const key = `${provinceKey(o.province)}\u0000${o.year ?? ''}\u0000${variantName(bare(o))}`;
    const same = seen.get(key) ?? [];
    const earlier = same.find((e) => (e.from === undefined) !== (o.from === undefined) && mergedNamesakes(o, e) && sameUnit(unitKind(o.district), unitKind(e.district)) && sameFigures(o.figures, e.figures));
    if (earlier !== undefined) return [earlier, o];
    same.push(o);
    seen.set(key, same);
  }
  return null;
}

export class OfficeRegistry {
  private readonly offices: Office[] = [];
  private readonly totals: Office[] = [];
  /** offices written by their initials ("VB", "H.V.Bản"), few: a name in words is matched against these only */
  private readonly initialsCells: Office[] = [];
  private readonly byName = new Map<string, Office[]>();
  /** offices by the unaccentedKey of their bare name */
  private readonly byUnaccented = new Map<string, Office[]>();
  /** offices by the variantName of their bare name (variantOf) */
  private readonly byVariant = new Map<string, Office[]>();
  private readonly namedFiles: NamedFile[] = [];

  /**
   * The offices of one file (all its rows carry `measures`); `total`: why they are its declared
   * totals, null if offices; `titleUnit`: the unit the title of a file without an office column
   * states (its name's office's: title-office.ts officeOfFile), null if none; `ownName`: the
   * office the name of a file with an office column names, null if it names none (collect.ts).
   */
  register<K extends OfficeKey>(file: string, measures: readonly Measure[], offices: readonly K[], total: TotalFile | null, namedByFile = false, titleUnit: string | null = null, ownName: string | null = null): Registered<K> {
    const partsOf = this.partsOf(file, measures, offices, total, ownName);
    // The unit each office's file gives it where its name states none.
    const besideNamesakes = unitsBesideNamesakes(offices);
    const fileUnit = (o: K) => besideNamesakes.get(o) ?? titleUnit;
    const matches = this.match(file, offices, namedByFile, fileUnit);
    let repeat: Registered<K>['repeat'] = null;
    let repeats = 0;
    let overlap: Registered<K>['overlap'] = null;
    let variant: Registered<K>['variant'] = null;
    const joined = new Map<K, { province: string | null; district: string }>();
    const added: Office[] = [];
    for (const o of offices) {
      const { offices: same, certain, among } = matches.get(o) ?? { offices: [], certain: false };
      let repeated = false;
      for (const e of same) {
        const m = sharedMeasure(e, measures);
        if (m === null) continue;
        repeated = true;
        repeats += measures.filter((x) => e.given.has(x)).length;
        repeat ??= { office: o, earlier: e, measure: m, count: 0, ...(among ? { among } : {}) };
        break;
      }
      if (!repeated) overlap ??= this.overlapOf(o, measures, total);
      if (!repeated && certain) {
        // The other measure of an office an earlier file gave: one office, under its first name.
        const e = same[0]!;
        for (const m of measures) {
          e.given.set(m, placeOf(file, o));
          if (o.figures?.[m]) e.figures[m] = o.figures[m];
        }
        if (foldNameCached(e.district) !== foldNameCached(o.district) || (e.province ?? '') !== (o.province ?? '')) joined.set(o, { province: e.province, district: e.district });
        continue;
      }
      if (repeated) continue;
      const twin = total === null ? this.variantOf(file, o, measures, fileUnit(o)) : null;
      if (twin !== null && twin.same !== null) {
        repeats += 1;
        repeat ??= { office: o, earlier: twin.earlier, measure: twin.same, count: 0, ...(twin.namesake ? { namesake: true as const } : { variant: twin.font ? ('font' as const) : (true as const) }) };
        continue;
      }
      if (twin !== null) variant ??= { office: o, earlier: twin.earlier };
      const figures: Sums = {};
      for (const m of measures) if (o.figures?.[m]) figures[m] = o.figures[m];
      added.push({ province: o.province, district: o.district, year: o.year, ...(o.from !== undefined ? { from: o.from } : {}), ...(o.read !== undefined ? { read: o.read } : {}), total, namedByFile, fileUnit: fileUnit(o), given: new Map(measures.map((m) => [m, placeOf(file, o)])), figures });
    }
    for (const office of added) {
      this.offices.push(office);
      if (office.total) this.totals.push(office);
      if (!office.total && initialsWritten(office.district) !== null) this.initialsCells.push(office);
      const key = foldNameCached(office.district);
      this.byName.set(key, [...(this.byName.get(key) ?? []), office]);
      const plain = unaccented(office);
      this.byUnaccented.set(plain, [...(this.byUnaccented.get(plain) ?? []), office]);
      for (const variant of variantsOf(office)) this.byVariant.set(variant, [...(this.byVariant.get(variant) ?? []), office]);
    }
    return { repeat: repeat && { ...repeat, count: repeats }, overlap, joined, partsOf, variant };
  }

  /**
   * An earlier file's office that `o`, matched by no rule above, may be written another way, by
   * the rule OFFICE_NAME_VARIANTS applies within a file (office-names.ts oneOfficeKey): the same
   * province and year, bare names that agree once diacritics, case, punctuation and the other
   * spellings variantName reads are folded ("Krông Búk", "Krông Buk", "Krông Pắk" ≡ "Krông Pắc",
   * "Cư Mgar" ≡ "Cư M'gar"), units that do not differ, a measure both give. `same`: that
   * measure when every figure of the measures both give is equal (a resend, refused as a repeat
   * is, as REPEATED_ROW refuses such a row within a file), else null (said, counted as two). Across
   * files it went unsaid: the resend was a second office, added, exit 0 (traps21 buk).
   * `namesake`: written under another province of one successor (mergedNamesakes), every figure
   * the same: one office given twice, as far as thads can tell; other figures, two offices, unsaid
   * (traps31 t2: "Giồng Riềng" of An Giang's file and of Kiên Giang's, 2025, added, exit 0).
   */
  private variantOf(file: string, o: OfficeKey, measures: readonly Measure[], unit: string | null): { earlier: Office; same: Measure | null; font: boolean; namesake?: true } | null {
    let first: { earlier: Office; font: boolean } | null = null;
    const seen = new Set<Office>();
    for (const key of variantsOf(o)) {
      for (const e of this.byVariant.get(key) ?? []) {
        if (seen.has(e)) continue;
        seen.add(e);
        const shared = measures.filter((m) => e.given.has(m));
        if (e.total || shared.length === 0 || [...e.given.values()].some((p) => p.file === file)) continue;
        const namesake = !fits(o, e) && mergedNamesakes(o, e);
        if ((!fits(o, e) && !namesake) || !sameUnit(stated(o.district, unit), stated(e.district, e.fileUnit))) continue;
        // (met by a name's old-font reading, not as both are written: said so)
        const font = variantName(bare(o)) !== variantName(bare(e));
        const pick = (f: Sums | undefined): Sums => Object.fromEntries(shared.map((m) => [m, f?.[m]]));
        if (sameFigures(pick(o.figures), pick(e.figures))) return { earlier: e, same: shared[0]!, font, ...(namesake ? { namesake: true as const } : {}) };
        if (!namesake) first ??= { earlier: e, font };
      }
    }
    return first && { ...first, same: null };
  }

  /**
   * A file named after an office ("Vụ Bản 2019.csv") none of whose rows names it holds that
   * office's parts (its enforcers, whose names look like anything, places' too: "Trần Văn Thời"
   * is a district), never other offices: beside a file giving the office as a row of the same
   * year and a shared measure, they count it twice. Looked up both ways round, as either file may
   * come first; a file whose rows name its office, or alone, is read as before.
   */
  private partsOf<K extends OfficeKey>(file: string, measures: readonly Measure[], offices: readonly K[], total: TotalFile | null, ownName: string | null): PartsOf | null {
    const first = offices[0];
    if (ownName !== null && total === null && first !== undefined) {
      const key = { province: first.province, district: ownName, year: first.year, line: first.line };
      const isKey = sameOfficeAs(key);
      if (!offices.some(isKey)) {
        this.namedFiles.push({ file, key, measures });
        for (const e of this.offices) {
          const m = !e.total && fits({ ...key, line: 0 }, e) && isKey(e) ? sharedMeasure(e, measures) : null;
          if (m !== null) return { parts: { file, line: key.line, office: ownName }, office: { file: e.given.get(m)!.file, line: e.given.get(m)!.line, district: e.district }, measure: m };
        }
      }
    }
    if (total !== null) return null;
    for (const n of this.namedFiles) {
      if (n.file === file) continue;
      const isKey = sameOfficeAs(n.key);
      for (const o of offices) {
        const m = measures.find((x) => n.measures.includes(x));
        if (m !== undefined && o.year === n.key.year && provincesFit(identity(o).province, identity(n.key).province) && isKey(o)) return { parts: { file: n.file, line: n.key.line, office: n.key.district }, office: { file, line: o.line, district: o.district }, measure: m };
      }
    }
    return null;
  }

  /**
   * Offices of the run that give no figures of a measure other offices of their year give (a
   * cases-only file beside files with money, an office missing from the tiền file): each with
   * the measure it lacks, in order of registration. A sum over them of that measure would be a
   * sum of part of the offices.
   */
  lacking(): { readonly office: Office; readonly measure: Measure; readonly giver: Office }[] {
    /** per year, the first office giving each measure */
    const givers = new Map<number | null, Map<Measure, Office>>();
    for (const o of this.offices) {
      let ofYear = givers.get(o.year);
      if (!ofYear) givers.set(o.year, (ofYear = new Map()));
      for (const m of o.given.keys()) if (!ofYear.has(m)) ofYear.set(m, o);
    }
    const out: { office: Office; measure: Measure; giver: Office }[] = [];
    for (const o of this.offices) {
      const ofYear = givers.get(o.year)!;
      if (ofYear.size === o.given.size) continue;
      for (const [m, giver] of ofYear) if (!o.given.has(m)) out.push({ office: o, measure: m, giver });
    }
    return out;
  }

  /**
   * Two offices the files of `files` give one measure each of, not the same one: one office
   * written two ways the bare name could not pair (or two offices each file lacks), printed as
   * half-offices. The later of the two first.
   */
  unjoined(files: ReadonlySet<string>): [later: Office, earlier: Office] | null {
    // The first office of each year, set of measures and province ('*': of any province), so
    // that each office looks up its possible other halves at once.
    const first = new Map<string, Office>();
    const sets = new Set<string>();
    for (const b of this.offices) {
      if (b.total || ![...b.given.values()].every((p) => files.has(p.file))) continue;
      const set = [...b.given.keys()].sort().join(',');
      const province = b.province === null ? '' : provinceKey(b.province);
      for (const other of sets) {
        if (other.split(',').some((m) => b.given.has(m as Measure))) continue;
        const at = `${b.year ?? ''}\u0000${other}\u0000`;
        const a = b.province === null ? first.get(`${at}*`) : (first.get(at + province) ?? first.get(at));
        if (a) return [b, a];
      }
      sets.add(set);
      for (const key of [province, '*']) if (!first.has(`${b.year ?? ''}\u0000${set}\u0000${key}`)) first.set(`${b.year ?? ''}\u0000${set}\u0000${key}`, b);
    }
    return null;
  }

  /**
   * For each office of a file, the earlier offices it may be: by name as written, else by bare
   * name. `certain` when one office on each side has the name (office-names.ts): only then may
   * it join; any office it may be is enough to refuse a repeat ("Long Mỹ" beside huyện and thị
   * xã Long Mỹ is one of them, whichever); `among`: an initials cell several offices' (Among).
   */
  private match<K extends OfficeKey>(file: string, offices: readonly K[], namedByFile: boolean, fileUnit: (o: K) => string | null): Map<K, { offices: Office[]; certain: boolean; among?: Among }> {
    const found = new Map<K, { offices: Office[]; certain: boolean; among?: Among }>();
    for (const o of offices) {
      const same = (this.byName.get(foldNameCached(o.district)) ?? []).filter((e) => fits(o, e));
      if (same.length > 0) found.set(o, { offices: same, certain: same.length === 1 });
    }
    const rest = offices.filter((o) => !found.has(o));
    const wanted = new Set(rest.map(bare));
    const taken = new Set([...found.values()].flatMap((f) => f.offices));
    const candidates = this.offices.filter((e) => !taken.has(e) && !e.total && wanted.has(bare(e)));
    const alike = (o: K, e: Office) => fits(o, e) && sameUnit(stated(o.district, fileUnit(o)), stated(e.district, e.fileUnit));
    const pairs = pairByBareName(rest, candidates, bare, alike);
    for (const o of rest) {
      const pair = pairs.get(o);
      const may = pair ? [pair] : candidates.filter((e) => bare(e) === bare(o) && alike(o, e));
      if (may.length > 0) found.set(o, { offices: may, certain: pair !== undefined });
    }
    // A name taken from a file's name travels without diacritics (e-mail, zip): "My Loc" is
    // "Mỹ Lộc" when either side is such a name. Only then: in a file, "Phù Yên" is not "Phú Yên".
    // Its words may travel run together too ("MyLoc", "CHOMOI", "PTHADS_KhuVuc1"), a city as its
    // province's initials ("TP.NĐ"): joinedKey (work104d 02, 03).
    for (const o of offices) {
      if (found.has(o)) continue;
      const key = unaccented(o);
      const may = this.offices.filter((e) => !e.total && (namedByFile || e.namedByFile) && !taken.has(e) && (unaccented(e) === key || joined(e) === joined(o)) && alike(o, e));
      if (may.length > 0) found.set(o, { offices: may, certain: may.length === 1 });
    }
    // A name typed without diacritics in its cell ("My Loc", "Thanh pho Nam Dinh": a copy of a
    // table retyped on old software) is the office another file writes with them ("Mỹ Lộc"): one
    // side written without marks, of one province, year and unit. Certain (may join) where the
    // key pairs exactly one office on each side, as bare names pair; "Long My" beside huyện and
    // thị xã Long Mỹ is one of them, whichever (a repeat). Both written with their marks, "Phù
    // Yên" and "Phú Yên" stay two.
    const held = new Set([...found.values()].flatMap((f) => f.offices));
    const mayPair = (o: K, e: Office) => !e.total && (writtenWithoutMarks(bare(o)) || writtenWithoutMarks(bare(e))) && alike(o, e);
    for (const o of offices) {
      if (found.has(o)) continue;
      const key = unaccented(o);
      const theirs = (this.byUnaccented.get(key) ?? []).filter((e) => mayPair(o, e));
      if (theirs.length === 0) continue;
      const may = theirs.filter((e) => !held.has(e));
      // every office of this file of that key, matched already or not: one on each side
      const certain = theirs.length === 1 && may.length === 1 && offices.filter((x) => unaccented(x) === key && mayPair(x, may[0]!)).length === 1;
      if (may.length > 0) found.set(o, { offices: may, certain });
    }
    // A name squeezed in its cell ("VuBan", "MYLOC": a script's export) is the office another
    // file writes in words ("Vụ Bản"), by joinedKey, as a file's name is: a repeat refused,
    // never joined (a re-export so written beside the table was added, exit 0).
    for (const o of offices) {
      if (found.has(o)) continue;
      const squeezed = writtenSqueezed(o.district);
      const may = this.offices.filter((e) => !e.total && !held.has(e) && (squeezed || writtenSqueezed(e.district)) && joined(e) === joined(o) && alike(o, e));
      if (may.length > 0) found.set(o, { offices: may, certain: false });
    }
    // A name written by its initials ("VB", "H.V.Bản": a re-sent one-office file) is the one
    // office of the other files whose name in words has them ("Chi cục THADS huyện Vụ Bản"), and
    // a name in words the one earlier such cell when no other office of this file has its
    // initials: a repeat refused, never joined (added, that office counted twice, exit 0:
    // initials46). Initials several offices of one province share ("Vụ Bản", "Văn Bàn"), the cell
    // in one file and they in others or one other: a repeat of one of them, which thads cannot
    // tell (added, exit 0: init47), so refused naming them all. Offices of several provinces
    // ("VB" of no province beside Nam Định's Vụ Bản and Hải Phòng's Vĩnh Bảo), or none, are left
    // as they were (PROVINCE_UNDECIDED says so).
    const oneProvince = (xs: readonly Named[]) => new Set(xs.map((x) => (identity(x).province === null ? '' : provinceKey(identity(x).province!)))).size === 1;
    for (const o of offices) {
      if (found.has(o)) continue;
      if (initialsWritten(o.district) !== null) {
        const may = this.offices.filter((e) => !e.total && alike(o, e) && initialsOfOffice(o.district, e.district, e));
        if (may.length === 1) found.set(o, { offices: may, certain: false });
        else if (may.length > 1 && oneProvince(may)) found.set(o, { offices: may, certain: false, among: { cell: { district: o.district, place: placeOf(file, o) }, offices: may.map((e) => ({ district: e.district, place: [...e.given.values()][0]! })) } });
        continue;
      }
      const may = this.initialsCells.filter((e) => !e.total && alike(o, e) && initialsOfOffice(e.district, o.district, o));
      if (may.length !== 1) continue;
      const e = may[0]!;
      const twins = offices.filter((x) => alike(x, e) && initialsOfOffice(e.district, x.district, x));
      if (twins.length === 1) found.set(o, { offices: may, certain: false });
      else if (oneProvince(twins)) found.set(o, { offices: may, certain: false, among: { cell: { district: e.district, place: [...e.given.values()][0]! }, offices: twins.map((x) => ({ district: x.district, place: placeOf(file, x) })) } });
    }
    return found;
  }

  /** A declared total beside an office of the same year and province (or of no province) and a shared measure. */
  private overlapOf<K extends OfficeKey>(o: K, measures: readonly Measure[], total: TotalFile | null): Registered<K>['overlap'] {
    for (const e of total ? this.offices : this.totals) {
      if (!fits(o, e)) continue;
      const m = sharedMeasure(e, measures);
      if (m !== null) return { office: o, earlier: e, measure: m, totalIsEarlier: !total, total: total ?? e.total! };
    }
    return null;
  }
}
