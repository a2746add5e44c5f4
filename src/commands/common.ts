// What every file-reading command resolves the same way: config, reading options, targets.
import { builtInTargets } from '../config/builtin-targets.js';
import { findConfig, loadConfig, pathText, type Config } from '../config/load.js';
import type { EvaluateOptions, GapBasis } from '../domain/evaluate.js';
import { belowOnePercent, type AmbiguousTarget, type TargetSet, type TargetTables, type UnmatchedTarget } from '../domain/targets.js';
import type { UndecidedTarget } from '../domain/undecided-targets.js';
import type { AmbiguousOlderName, UnsureOlderName } from '../domain/merger.js';
import { D, MAX_TARGET_DECIMALS, plain, type Dec } from '../domain/decimal.js';
import { MEASURES } from '../domain/fields.js';
import { mixedPeriods, periodText, startsDiffer, type Period } from '../domain/periods.js';
import { basename } from 'node:path';
import { STDIN, ThadsError, collapseRepeats, finding, formatFinding, type Finding } from '../errors.js';
import type { InputFlags } from './flags.js';
import type { Io } from '../io.js';
import { HeaderMatcher } from '../input/headers.js';
import { assertSheetFitsWorkbooks } from '../input/xlsx/several-workbooks.js';
import type { ReadOptions } from '../input/file-report.js';
import { provinceStoodFor } from '../input/row-labels.js';
import { MERGER_YEAR, PROVINCES_2025, provinceKey, successorProvince } from '../domain/provinces.js';
import { nearestName } from './only.js';

export interface Resolved {
  readonly config: Config;
  readonly read: ReadOptions;
  readonly evaluate: EvaluateOptions;
  /** targets below 1 % (config and flags): warnings, errors with --strict */
  readonly warnings: readonly Finding[];
}

/** `previous`: --previous's files, read with the same config (only how it reads them must agree with theirs). */
export async function resolveCommon(io: Io, files: readonly string[], flags: InputFlags, previous: readonly string[] = []): Promise<Resolved> {
  const configPath = findConfig(flags.config, io.cwd, files, previous);
  const config = await loadConfig(configPath, flags.config !== undefined);
  const moneyUnit = flags.moneyUnit ? { unit: flags.moneyUnit, source: '--money-unit' } : config.moneyUnit ? { unit: config.moneyUnit, source: `moneyUnit in ${configPath}` } : undefined;
  const read: ReadOptions = {
    matcher: new HeaderMatcher(config.aliases),
    numberFormat: flags.numberFormat ?? config.numberFormat ?? 'auto',
    ...(flags.encoding ? { encoding: flags.encoding } : {}),
    ...(flags.delimiter ? { delimiter: flags.delimiter } : {}),
    ...(flags.sheet !== undefined ? { sheet: flags.sheet } : {}),
    ...(moneyUnit ? { moneyUnit } : {}),
    ...(flags.measure ? { measure: flags.measure } : {}),
    ...(flags.year !== undefined ? { year: flags.year } : {}),
    ...(flags.province !== undefined ? { province: flags.province } : {}),
    ...(io.stdin ? { stdin: io.stdin } : {}),
    ...(flags.acceptTotalMismatch ? { acceptTotalMismatch: true } : {}),
    ...(flags.totalGuess === false ? { noTotalGuess: true } : {}),
  };
  // (each workbook's sheet of a year is --year's, --previous's the year before: as they are read)
  const workbook = (f: string, year: number | undefined) => ({ given: f, path: absolute(io, f), ...(year !== undefined ? { year } : {}) });
  const given = flags.year;
  const books = [...files.filter((f) => f !== STDIN).map((f) => workbook(f, given)), ...previous.filter((f) => f !== STDIN).map((f) => workbook(f, given === undefined ? undefined : given - 1))];
  await assertSheetFitsWorkbooks(books, read.sheet, read.matcher, read);
  const flag = flagTargets(flags);
  const targets: TargetTables = { flag, config: config.targets, builtIn: builtInTargets() };
  const gapBasis: GapBasis = flags.gapBasis ?? config.gapBasis ?? 'exact';
  return { config, read, evaluate: { rateDecimals: flags.rateDecimals ?? config.rateDecimals ?? 2, gapBasis, targets, standsFor: provinceStoodFor }, warnings: targetWarnings(config, flag) };
}

export function flagTargets(flags: { targetCases?: Dec; targetMoney?: Dec }): TargetSet {
  const flag: TargetSet = {};
  if (flags.targetCases) flag.cases = flags.targetCases;
  if (flags.targetMoney) flag.money = flags.targetMoney;
  return flag;
}

/** Targets of the config and the flags below 1 %, as Excel's percent cells hold them (0.74): said. */
export function targetWarnings(config: Config, flag: TargetSet): Finding[] {
  const fromFlags = MEASURES.flatMap((m) => {
    const value = flag[m];
    const fraction = value ? belowOnePercent(value) : null;
    return fraction === null ? [] : [finding('warning', 'TARGET_BELOW_ONE_PERCENT', `--target-${m} ${plain(value!)}: ${fraction}`)];
  });
  return [...config.warnings, ...fromFlags];
}

/** Resolves input paths against the Io's working directory (tests run with another cwd). */
export function absolute(io: Io, file: string): string {
  return file.startsWith('/') ? file : `${io.cwd}/${file}`;
}

/** Repeats of one kind collapsed after the first hundred (see collapseRepeats). */
export function printFindings(io: Io, findings: readonly Finding[]): void {
  for (const f of collapseRepeats(findings)) io.stderr.write(`${formatFinding(f)}\n`);
}

/** Standard input is read once, as a stream: "-" may be given once. */
export function assertStdinOnce(inputs: readonly string[]): void {
  if (inputs.filter((f) => f === STDIN).length > 1) throw new ThadsError('USAGE', 'standard input (-) is given more than once; it can be read only once');
}

function namesList(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((n) => JSON.stringify(n)).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}

/**
 * A year's office target that offices of several provinces of the input would take: one
 * province's allocation to its office would be read as another's. Refused as a config error.
 */
export function refuseAmbiguousTargets(list: readonly AmbiguousTarget[], configPath: string | null): void {
  const first = list.find((a) => a.unaccented !== undefined) ?? list[0];
  if (!first) return;
  if (first.unaccented) refuseUnsureUnaccented(first, first.unaccented, configPath);
  const provinces = first.provinces.map((p) => (p === null ? 'rows that name no province' : p));
  const example = first.provinces.find((p): p is string => p !== null) ?? '<province>';
  throw new ThadsError(
    'TARGET_AMBIGUOUS',
    `${pathText(['targets', String(first.year), 'districts', first.target.name])}: offices of ${provinces.length} provinces of the input have this name (${provinces.join(', ')}); a target for one would be applied to all`,
    configPath === null ? undefined : { file: configPath, ...(first.target.at ? { line: first.target.at.line, column: first.target.at.column } : {}) },
    `give it under its province: "provinces": { ${JSON.stringify(example)}: { "districts": { ${JSON.stringify(first.target.name)}: { … } } } }`,
  );
}

/**
 * Config office names and the input's offices alike without diacritics, one side typed without
 * them, not one to one ("Phu Yen" beside "Phù Yên" and "Phú Yên"): which target is whose, thads
 * cannot tell (traps39 F3: such names pair only one to one).
 */
function refuseUnsureUnaccented(first: AmbiguousTarget, u: NonNullable<AmbiguousTarget['unaccented']>, configPath: string | null): never {
  const path = pathText(['targets', String(first.year), ...(u.province !== undefined ? ['provinces', u.province] : []), 'districts', first.target.name]);
  const either = (names: readonly string[]) => names.map((n) => JSON.stringify(n)).join(' or ');
  const where = configPath === null ? undefined : { file: configPath, ...(first.target.at ? { line: first.target.at.line, column: first.target.at.column } : {}) };
  if (u.offices.length > 1) {
    throw new ThadsError('TARGET_AMBIGUOUS', `${path}: ${JSON.stringify(first.target.name)}, without diacritics, may be ${either(u.offices)} of the input: which office the target is for, thads cannot tell`, where, `write the office's name with its diacritics, as the input writes it (${JSON.stringify(u.offices[0])})`);
  }
  throw new ThadsError('TARGET_AMBIGUOUS', `${path}: the input's ${JSON.stringify(u.offices[0])}, written without diacritics, may be ${either(u.names)} of the config: which target is its, thads cannot tell`, where, 'write the office with its diacritics in the input, or give the config one of the names');
}

/**
 * A config province target whose name is no province of its year however written ("Nam Dinhh"),
 * while a province of the input takes no province target of the config: the typo would leave
 * that province judged against the national target, met or missed in error. A config error, as
 * an unreadable target is; a name thads knows that is merely absent stays a warning (a config of
 * every province run on one province's file).
 */
export function refuseUnknownProvinceTargets(list: readonly UnmatchedTarget[], configPath: string | null): void {
  const first = list.find((t) => t.unknown === true);
  if (!first) return;
  const names = PROVINCES_2025.flatMap((p) => [p.name, ...p.formedFrom]);
  const near = nearestName(first.name, names);
  throw new ThadsError(
    'CONFIG_INVALID',
    `${pathText(['targets', String(first.year), 'provinces', first.name])}: ${JSON.stringify(first.name)} is no province of Vietnam in ${first.year}${near !== null ? ` (did you mean ${JSON.stringify(near)}?)` : ''}; ${namesList(first.untargeted)} of the input would take no province target of the config`,
    configPath === null ? undefined : { file: configPath, ...(first.at ? { line: first.at.line, column: first.at.column } : {}) },
    'write the province as the input names it, with or without diacritics or "Tỉnh"/"Cục THADS tỉnh" ("Nam Định", "Nam Dinh", "TP. Hồ Chí Minh")',
  );
}

/** An older name of mergedOffices typed without diacritics that several previous offices may be ("Phu Yen": "Phù Yên", "Phú Yên"): refused, as a bare name several offices share is. */
export function refuseUnsureOlderName(u: UnsureOlderName | null, config: Config): void {
  if (!u) return;
  const at = config.mergedAt.get(u.newer);
  const where = config.path === null ? undefined : { file: config.path, ...(at ? { line: at.line, column: at.column } : {}) };
  throw new ThadsError('MERGED_OFFICE_AMBIGUOUS', `${pathText(['mergedOffices', u.newer])}: ${JSON.stringify(u.name)}, without diacritics, may be ${u.offices.map((o) => JSON.stringify(o)).join(' or ')} of the previous year's files: which office went into ${JSON.stringify(u.newer)}, thads cannot tell`, where, `write the older office with its diacritics, as the previous year's file writes it (${JSON.stringify(u.offices[0])})`);
}

/**
 * A bare older office name of mergedOffices that offices of several former provinces of the
 * previous files have, now of one province: it would take them all into one newer office (as a
 * year's office target several provinces share would apply to all). Refused as a config error.
 */
export function refuseAmbiguousOlderName(a: AmbiguousOlderName | null, config: Config): void {
  if (!a) return;
  const at = config.mergedAt.get(a.newer);
  const where = config.path === null ? undefined : { file: config.path, ...(at ? { line: at.line, column: at.column } : {}) };
  // "Huyện Kỳ Anh", "Thị xã Kỳ Anh": the name with the unit it leaves unsaid
  const withUnit = (kind: string) => `${kind[0]!.toLocaleUpperCase('vi')}${kind.slice(1)} ${a.name}`;
  if (a.unstated) {
    const names = a.unstated.names.map((n) => `${JSON.stringify(n.name)} under ${JSON.stringify(n.newer)}`).join(' and ');
    throw new ThadsError('MERGED_OFFICE_AMBIGUOUS', `mergedOffices: ${JSON.stringify(a.unstated.office)} of the previous year's files (${a.provinces[0]}) states no unit, and ${names} both fit it: which newer office it went into, thads cannot tell`, where, `name the previous year's office with its unit in its file ("Chi cục THADS huyện …", "Chi cục THADS thị xã …"), or list it under one newer office as that file writes it`);
  }
  if (a.units) {
    throw new ThadsError(
      'MERGED_OFFICE_AMBIGUOUS',
      `${pathText(['mergedOffices', a.newer])}: ${JSON.stringify(a.name)} names ${a.units.offices.length} offices of ${a.provinces[0]} in the previous year's files (${a.units.offices.map((o) => JSON.stringify(o)).join(', ')}): a bare name pairs only where one office has it, and it would take all of them into ${JSON.stringify(a.newer)}`,
      where,
      `name the one meant with its unit: ${a.units.kinds.map((k) => JSON.stringify(withUnit(k))).join(' or ')} (list each under the newer office it went into)`,
    );
  }
  throw new ThadsError(
    'MERGED_OFFICE_AMBIGUOUS',
    `${pathText(['mergedOffices', a.newer])}: ${JSON.stringify(a.name)} is an office of ${a.provinces.length} provinces of the previous year's files (${a.provinces.join(', ')}), now one, ${a.now}: it would take all of them into ${JSON.stringify(a.newer)}`,
    where,
    `name the one meant as "Province / Office": ${a.provinces.map((p) => JSON.stringify(`${p} / ${a.name}`)).join(' or ')}`,
  );
}

/**
 * Offices of no province beside a province's, where the config gives that province another
 * target than the one applied: a judgement against either would be a guess. Refused, located
 * at the first file of offices without a province.
 */
export function refuseUndecidedTarget(u: UndecidedTarget | null): void {
  const refused = undecidedTargetError(u);
  if (refused) throw refused;
}

/** TARGET_UNDECIDED as an error: summarize throws it, check reports it among its findings. */
export function undecidedTargetError(u: UndecidedTarget | null): ThadsError | null {
  if (!u) return null;
  const first = u.files[0]!;
  const others = u.files.slice(1).map((f) => (f.file === STDIN ? 'standard input' : f.file));
  const more = others.length === 0 ? '' : ` (so do the offices of ${others.length > 3 ? `${others.slice(0, 3).join(', ')} and ${others.length - 3} more files` : others.join(', ')})`;
  const what = u.isTotal ? `the TOTAL (${u.year})` : u.district !== null ? `office "${u.district}" (${u.year})` : `the rows of no province (${u.year})`;
  const applied = u.applied === null ? `no ${u.measure} target` : `the ${u.measure} target ${plain(u.applied)} %`;
  return new ThadsError(
    'TARGET_UNDECIDED',
    `office "${first.district}" names no province (no province column, none in the title or the file name)${more}, beside offices of ${u.province}: ${what} would take ${applied}, but ${u.province}'s ${plain(u.provinceTarget)} % if the office is ${u.province}'s; thads cannot tell which`,
    { file: first.file, ...(first.sheet !== undefined ? { sheet: first.sheet } : {}), line: first.line },
    first.file === STDIN
      ? `pass --province ${JSON.stringify(u.province)} if the rows are its offices, or give them a province column (Tỉnh); --target-cases / --target-money judge every group against one target`
      : `pass --province ${JSON.stringify(u.province)} if the file's offices are its, put the province in the file's name (${JSON.stringify(`${u.province} - ${basename(first.file)}`)}) or give the file a province column (Tỉnh); --target-cases / --target-money judge every group against one target`,
  );
}

/**
 * TARGET_UNMATCHED's hint for a province target, in the names of its own target and input: it
 * said "a target for Ninh Bình does not apply to rows labelled Nam Định" whatever they were, and
 * beside a province merged away in a report of 2025, whose rows take its successor's target, the
 * contrary of the message (traps31 t8: "Bình Định" in 2025, Gia Lai's since 1/7/2025).
 */
function provinceTargetHint(t: UnmatchedTarget): string {
  if (t.mergedInto !== undefined) return `give the target under ${JSON.stringify(t.mergedInto)}: a report of ${t.year} counts by the 34 provinces, ${t.name}'s rows among ${t.mergedInto}'s`;
  const written = 'provinces match however written ("TP. Hồ Chí Minh" = "Hồ Chí Minh", "Thừa Thiên Huế" = "Huế")';
  const check = t.untargeted.length > 0 ? `; check ${JSON.stringify(t.name)} against the input's ${namesList(t.untargeted)}` : '';
  // (a report by the 63, before the merger year: the province and those it was merged with on
  // 1/7/2025 are apart, named where the input gives one of them)
  const partners = t.year < MERGER_YEAR ? (successorProvince(t.name)?.formedFrom ?? []).filter((p) => provinceKey(p) !== provinceKey(t.name)) : [];
  const given = t.untargeted.filter((u) => partners.some((p) => provinceKey(p) === provinceKey(u)));
  const apart = given.length > 0 ? `; in a report of ${t.year} the provinces merged on 1/7/2025 are still apart: a target for ${t.name} does not apply to rows labelled ${given.join(' or ')}` : '';
  return `${written}${check}${apart}`;
}

/** A config target no group of the input takes would otherwise leave the national one in force unseen. */
export function unmatchedTargets(list: readonly UnmatchedTarget[], configPath: string | null): Finding[] {
  return list.map((t) =>
    finding(
      'warning',
      'TARGET_UNMATCHED',
      t.mergedInto !== undefined
        ? `the target for province ${JSON.stringify(t.name)} (${t.year}) applies to none of the input: ${t.name} was merged into ${t.mergedInto} on 1/7/2025, its rows are counted as ${t.mergedInto}'s and take ${t.mergedInto}'s target`
        : t.untargeted.length === 0
        ? `the target for ${t.scope} ${JSON.stringify(t.name)} (${t.year}) applies to none of the input: it names no province (no province column, title or file name), so its rows take the national targets`
        : t.province !== undefined
        ? `the target for district ${JSON.stringify(t.name)} of province ${JSON.stringify(t.province)} (${t.year}) matches no office of ${t.province} in the input; ${namesList(t.untargeted)} ${t.untargeted.length === 1 ? 'takes' : 'take'} no district target of ${t.province}`
        : `the target for ${t.scope} ${JSON.stringify(t.name)} (${t.year}) matches no ${t.scope === 'province' ? 'province' : 'office'} of the input; ${namesList(t.untargeted)} ${t.untargeted.length === 1 ? 'takes' : 'take'} no ${t.scope} target of the config`,
      configPath === null ? undefined : { file: configPath },
      t.scope === 'province'
        ? provinceTargetHint(t)
        : 'offices match as written, else by the name without "Chi cục THADS huyện" when one office has it; write out a name two offices share ("Thị xã Long Mỹ")',
    ),
  );
}

/**
 * MIXED_YEARS, or null: figures of different years are never added together (SPEC §3). summarize
 * refuses them unless year is in --by; check has no --by and refuses them as summarize does by
 * default (traps35 1: check passed, exit 0, the 2019 and 2020 files summarize refused). Its hint
 * is the command's own: check cannot be told --by.
 */
export function mixedYearsError(years: ReadonlySet<number | null>, hint?: string): ThadsError | null {
  if (years.size < 2) return null;
  const list = [...years].map((y) => (y === null ? 'unknown' : String(y))).sort();
  return new ThadsError('MIXED_YEARS', `the input holds figures of several years (${list.join(', ')}), which are never added together`, undefined, hint);
}

/**
 * MIXED_PERIODS, or null: reports of one year whose periods differ are never added together
 * (summarize refuses them; check says so). Periods that differ only in their ends are named by
 * their last days; by both bounds when a start differs too ("1/1/2018–31/3/2018").
 */
export function mixedPeriodsError(given: readonly Period[]): ThadsError | null {
  const periods = mixedPeriods(given);
  if (!periods) return null;
  const texts = periods.map((p) => periodText(p, startsDiffer(periods))).join(', ');
  const differ = startsDiffer(periods) ? 'periods differ' : 'periods end on different days';
  return new ThadsError('MIXED_PERIODS', `the input holds reports of one year whose ${differ} (${texts}), which are never added together`);
}

/**
 * A rate that misses its target as BELOW_TARGET words it: rounded as printed, unless that shows
 * the target or more (83.249… % against 83.25 %, missed on the exact gap basis): then its digits
 * down to the first that tells it below ("83.249…%"), never "83.25% is below its target of 83.25%".
 */
export function missedRate(rate: Dec, rounded: Dec, target: Dec, decimals: number): string {
  if (rounded.lt(target)) return plain(rounded, decimals);
  for (let d = decimals + 1; d <= MAX_TARGET_DECIMALS + 2; d++) {
    const down = rate.toDecimalPlaces(d, D.ROUND_DOWN);
    if (down.lt(target)) return down.eq(rate) ? plain(down, d) : `${plain(down, d)}…`;
  }
  return plain(rate);
}
