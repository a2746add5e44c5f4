// thads.config.json: found, parsed, validated against thads.schema.json, turned into typed values.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv';
import type { Dec } from '../domain/decimal.js';
import { olderOfficeKey, olderOfficeUnit } from '../domain/merger.js';
import { provinceInYear } from '../domain/provinces.js';
import { belowOnePercent, districtTargetKey, parsePercent, PERCENT_RULE, provinceTargetKey, twoSpellings, type NamedTargets, type ProvinceTargets, type TargetSet, type YearTargets } from '../domain/targets.js';
import type { GapBasis } from '../domain/evaluate.js';
import { finding, STDIN, ThadsError, type Finding } from '../errors.js';
import type { MoneyUnit } from '../input/units.js';
import type { NumberFormat } from '../input/numbers.js';
import { describeIoError } from '../io-errors.js';
import { firstInvalidUtf8 } from '../input/byte-position.js';
import { codepageChars, UNDEFINED_BYTE } from '../input/decode.js';
import { jsonSyntaxError } from './json-syntax.js';
import { lettersLost } from '../domain/letters.js';
import { memberId, scanJsonMembers, type KeyPlace } from './json-members.js';

export const CONFIG_NAME = 'thads.config.json';

export interface Config {
  /** where it was read from; null = no config file */
  readonly path: string | null;
  readonly targets: Map<number, YearTargets>;
  readonly moneyUnit?: MoneyUnit;
  readonly numberFormat?: NumberFormat;
  readonly lang?: 'vi' | 'en';
  readonly rateDecimals?: number;
  readonly gapBasis?: GapBasis;
  readonly aliases: Record<string, string>;
  /** newer office → the older offices it replaced (for --previous) */
  readonly mergedOffices: ReadonlyMap<string, readonly string[]>;
  /** where the config writes each newer office of mergedOffices (for messages) */
  readonly mergedAt: ReadonlyMap<string, KeyPlace>;
  readonly report?: ReportDocument;
  /** what loading it found worth saying (a target of 0.74) */
  readonly warnings: readonly Finding[];
}

/** The report as an administrative document (Nghị định 30/2020/NĐ-CP); see "report" in thads.schema.json. */
export interface ReportDocument {
  readonly title?: string;
  readonly parentAgency?: string;
  readonly agency?: string;
  readonly number?: string;
  readonly place?: string;
  /** YYYY-MM-DD, a real date */
  readonly date?: string;
  readonly recipients?: readonly string[];
  readonly signer?: { readonly authority?: string; readonly title?: string; readonly name?: string };
}

export const EMPTY_CONFIG: Config = { path: null, targets: new Map(), aliases: {}, mergedOffices: new Map(), mergedAt: new Map(), warnings: [] };

type Percent = number | string;
interface RawTargetSet {
  cases?: Percent;
  money?: Percent;
}
interface RawConfig {
  targets?: Record<string, RawTargetSet & { provinces?: Record<string, RawTargetSet & { districts?: Record<string, RawTargetSet> }>; districts?: Record<string, RawTargetSet> }>;
  moneyUnit?: MoneyUnit;
  numberFormat?: NumberFormat;
  lang?: 'vi' | 'en';
  rateDecimals?: number;
  gapBasis?: GapBasis;
  aliases?: Record<string, string>;
  mergedOffices?: Record<string, string[]>;
  report?: ReportDocument;
}

export function schemaPath(): string {
  // dist/config/load.js and src/config/load.ts both sit two levels below the package root.
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'thads.schema.json');
}

/**
 * --config, else ./thads.config.json, else the thads.config.json beside the input files. A
 * config in the working directory beside one of the input files' own that says something else
 * is a usage error: last year's project config would silently read this year's files (their
 * moneyUnit lost, last year's targets). Inputs
 * in several folders: a config beside some of them is used for all only if it does not change
 * how a file is read (targets, language: yes; moneyUnit, numberFormat, aliases: no) — else one
 * folder's "moneyUnit": "thousand" would read another folder's files, or not, by the order they
 * were named. Two different configs, or one that reads files, are a usage error.
 */
export function findConfig(explicit: string | undefined, cwd: string, inputs: readonly string[], previous: readonly string[] = []): string | null {
  // Paths stay as the user would write them (relative), so messages name them that way.
  if (explicit) return explicit;
  const here = existsSync(resolve(cwd, CONFIG_NAME)) ? CONFIG_NAME : null;
  const folders = besideConfigs(cwd, inputs);
  // Last year's folder keeps last year's config (its targets): only how it reads files must agree.
  const earlier = besideConfigs(cwd, previous);
  for (const folder of folders.keys()) earlier.delete(folder);
  const configs = [...new Set([...folders.values()].filter((c): c is string => c !== null))];
  if (here !== null) {
    const other = configs.find((c) => !sameConfig(resolve(cwd, here), resolve(cwd, c)));
    if (other !== undefined) {
      throw new ThadsError(
        'USAGE',
        `${here} in the working directory and ${other} beside the input files say different things: the working directory's would be used for files that have their own config`,
        undefined,
        `name the config that applies with --config FILE (e.g. --config ${other}), or run thads from the folder of the input files`,
      );
    }
    return readsLikeEarlier(cwd, here, earlier);
  }
  if (configs.length === 0) {
    // none beside this year's files: as before, one beside last year's may apply to all
    const only = [...new Set([...earlier.values()].filter((c): c is string => c !== null))];
    if (only.length === 0) return null;
    if (only.length === 1 && !readsFiles(resolve(cwd, only[0]!))) return only[0]!;
    return severalFolders(new Map([...folders, ...earlier]), only);
  }
  const without = [...folders.values()].filter((c) => c === null).length;
  if (configs.length === 1 && (without === 0 || !readsFiles(resolve(cwd, configs[0]!)))) return readsLikeEarlier(cwd, configs[0]!, earlier);
  return severalFolders(folders, configs);
}

/** The config beside each input's folder (null: none there), by folder. */
function besideConfigs(cwd: string, inputs: readonly string[]): Map<string, string | null> {
  const folders = new Map<string, string | null>();
  for (const input of inputs) {
    if (input === STDIN) continue;
    const folder = resolve(cwd, dirname(input));
    const beside = join(dirname(input), CONFIG_NAME);
    if (!folders.has(folder)) folders.set(folder, existsSync(resolve(cwd, beside)) ? beside : null);
  }
  return folders;
}

/**
 * `config`, which will read --previous's files too: refused when a config beside them reads
 * files otherwise (another unit, number format or column names), or when it reads files in a way
 * their folder, having no config, may not mean.
 */
function readsLikeEarlier(cwd: string, config: string, earlier: ReadonlyMap<string, string | null>): string {
  for (const beside of earlier.values()) {
    if (beside === null ? !readsFiles(resolve(cwd, config)) : sameReading(resolve(cwd, config), resolve(cwd, beside))) continue;
    throw new ThadsError(
      'USAGE',
      beside === null
        ? `${config} says how to read files, and the --previous files are in a folder without a config: does it apply to them?`
        : `${config} and ${beside} beside the --previous files read files differently (unit, number format or column names): last year's would be read with this year's`,
      undefined,
      'name the config for all inputs with --config FILE',
    );
  }
  return config;
}

function severalFolders(folders: ReadonlyMap<string, string | null>, configs: readonly string[]): never {
  throw new ThadsError(
    'USAGE',
    configs.length > 1
      ? `the input files are in ${folders.size} folders with different configs (${configs.join(', ')}): which applies to all of them?`
      : `the input files are in ${folders.size} folders, and only one of them has a config beside its files (${configs[0]}), which says how to read files: does it apply to all of them?`,
    undefined,
    'name the config for all inputs with --config FILE',
  );
}

/** Two configs that read files alike: the same unit, number format and column names (targets aside). */
function sameReading(a: string, b: string): boolean {
  const reading = (path: string): string | null => {
    try {
      const raw: unknown = JSON.parse(configText(path));
      if (typeof raw !== 'object' || raw === null) return null;
      const { moneyUnit, numberFormat, aliases } = raw as Record<string, unknown>;
      return canonicalJson({ moneyUnit: moneyUnit ?? null, numberFormat: numberFormat ?? 'auto', aliases: aliases ?? {} });
    } catch {
      return null;
    }
  };
  const [ra, rb] = [reading(a), reading(b)];
  return ra !== null && ra === rb;
}

/** One file, or two whose JSON says the same ("$schema", a path relative to each, aside). */
function sameConfig(a: string, b: string): boolean {
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const [ta, tb] = [configText(a), configText(b)];
    try {
      return canonicalJson(JSON.parse(ta), true) === canonicalJson(JSON.parse(tb), true);
    } catch {
      return ta === tb;
    }
  } catch {
    return false;
  }
}

/** JSON with every object's keys sorted: two texts of one value give one string. */
function canonicalJson(value: unknown, top = false): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const keys = Object.keys(value).filter((k) => !(top && k === '$schema')).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

/**
 * The config changes how a file is read (its unit, number format, column names). Unreadable: yes
 * (loading it says why). The defaults `thads init` writes ("numberFormat": "auto", "aliases": {})
 * change nothing.
 */
function readsFiles(path: string): boolean {
  try {
    const raw: unknown = JSON.parse(configText(path));
    if (typeof raw !== 'object' || raw === null) return true;
    const { moneyUnit, numberFormat, aliases } = raw as Record<string, unknown>;
    const someAlias = aliases !== undefined && (typeof aliases !== 'object' || aliases === null || Object.keys(aliases).length > 0);
    return moneyUnit !== undefined || (numberFormat !== undefined && numberFormat !== 'auto') || someAlias;
  } catch {
    return true;
  }
}

function jsonPath(instancePath: string, extra?: string): string {
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) parts.push(extra);
  return pathText(parts);
}

/** ["targets", "2019", "provinces", "Nam Định"] → targets."2019".provinces."Nam Định" */
export function pathText(parts: readonly string[]): string {
  return parts.length === 0 ? '(top level)' : parts.map((p) => (/^[A-Za-z_$][\w$]*$/.test(p) ? p : JSON.stringify(p))).join('.');
}

/** Where a key stands in the config file, and what loading it says. */
interface Loading {
  readonly file: string;
  readonly at: (keys: readonly string[]) => KeyPlace | undefined;
  readonly warnings: Finding[];
}

/** A target as written: read as --target-cases reads its value (parsePercent), "34,5" too. */
function percent(value: Percent, keys: readonly string[], loading: Loading): Dec {
  const place = loading.at(keys);
  const location = { file: loading.file, ...(place ? { line: place.line, column: place.column } : {}) };
  const parsed = parsePercent(String(value));
  if (typeof parsed === 'string') throw new ThadsError('CONFIG_INVALID', `${pathText(keys)}: ${JSON.stringify(value)} is not ${PERCENT_RULE}`, location, 'write it as a number (74) or a decimal string ("34.5", "34,5"), without the % sign');
  const fraction = belowOnePercent(parsed);
  if (fraction !== null) loading.warnings.push(finding('warning', 'TARGET_BELOW_ONE_PERCENT', `${pathText(keys)}: ${fraction}`, location));
  return parsed;
}

/** A named target of the config as written: its name, its targets, the keys that lead to it (for its place); `province` where its name wrote one before it. */
interface ConfigEntry {
  readonly name: string;
  readonly raw: RawTargetSet;
  readonly keys: readonly string[];
  readonly province?: string;
}

/**
 * "Ninh Bình / Phòng THADS khu vực 1", "Gia Lai/KV1": a province of the year (however written),
 * a slash, an office — the form mergedOffices takes (README) — else null.
 */
export function provinceAndOffice(name: string, year: number): { readonly province: string; readonly office: string } | null {
  const slash = name.indexOf('/');
  if (slash < 0) return null;
  const province = name.slice(0, slash).trim();
  const office = name.slice(slash + 1).trim();
  return office !== '' && province !== '' && provinceInYear(province, year) !== null ? { province, office } : null;
}

function targetSet(raw: RawTargetSet, keys: readonly string[], loading: Loading): TargetSet {
  const set: TargetSet = {};
  if (raw.cases !== undefined) set.cases = percent(raw.cases, [...keys, 'cases'], loading);
  if (raw.money !== undefined) set.money = percent(raw.money, [...keys, 'money'], loading);
  return set;
}

/** The value at /aliases/<header> of the raw config. */
function aliasTarget(raw: unknown, instancePath: string): unknown {
  const header = instancePath.slice('/aliases/'.length).replace(/~1/g, '/').replace(/~0/g, '~');
  return (raw as { aliases: Record<string, unknown> }).aliases[header];
}

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** The validator compiled at build time (scripts/build-config-validator.mjs), else Ajv at run time. */
async function configValidator(): Promise<Validator> {
  try {
    // CommonJS, so that the bundle (scripts/bundle.mjs) loads it with require as well.
    return createRequire(import.meta.url)('../config/config-validator.cjs') as Validator;
  } catch {
    // ajv is CommonJS: under NodeNext its class is the default export's default.
    const Ajv = (await import('ajv')).default.default;
    return new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaPath(), 'utf8')) as object);
  }
}

/**
 * The config's text: UTF-8, or UTF-16 with its byte order mark (Windows Notepad's "Unicode"),
 * as input files are read; a UTF-8 byte order mark is dropped. Other bytes are refused, as an
 * input's are (SPEC §3): read with U+FFFD for them, "Mỹ Lộc" saved as Notepad's "ANSI"
 * (windows-1258) was an office "My� L��c" no input has, its target lost to the national one
 * with a warning, exit 0 (traps39 F2).
 */
function configText(path: string): string {
  const bytes = readFileSync(path);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) throw notUtf8(path, bytes, bad);
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * A name whose letters a lossy save turned into "?" ("M? L?c": Notepad's "ANSI" on a Windows
 * without Vietnamese) is valid UTF-8 but names no office: its target went to the national one
 * with a TARGET_UNMATCHED warning, exit 0 (traps39 c1252). Refused, as such an input is.
 */
function refuseLettersLost(name: string, place: KeyPlace | undefined, path: string): void {
  if (!lettersLost(name)) return;
  throw new ThadsError(
    'CONFIG_INVALID',
    `${JSON.stringify(name)} has "?" in place of letters: the config was saved in an encoding without Vietnamese letters, and the name matches no office or province`,
    { file: path, ...(place ? { line: place.line, column: place.column } : {}) },
    'type the name\'s letters again and save the config as UTF-8 (Notepad: File → Save As…, Encoding "UTF-8")',
  );
}

/** The config's byte `at` breaks UTF-8: refused at its line and column, with what its string says in windows-1258. */
function notUtf8(path: string, bytes: Buffer, at: number): ThadsError {
  const before = bytes.toString('utf8', 0, at).replace(/^\uFEFF/, '');
  const line = 1 + (before.match(/\r\n|\n|\r/g)?.length ?? 0);
  const column = before.length - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  const reading = ansiReading(bytes, at);
  const hex = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
  return new ThadsError(
    'CONFIG_INVALID',
    `not valid UTF-8 at byte ${at} (${hex}): the config was saved in another encoding${reading === null ? '' : ` (Notepad's "ANSI"? read as windows-1258 it says "${reading}")`}, and its names would be read with characters lost`,
    { file: path, line, column },
    'save it as UTF-8 (Notepad: File → Save As…, Encoding "UTF-8"), then run thads again',
  );
}

/** The JSON string around byte `at` (between the quotes of its line) as windows-1258 reads it, or null: not one. */
function ansiReading(bytes: Buffer, at: number): string | null {
  let start = at;
  while (start > 0 && bytes[start - 1] !== 0x22 && bytes[start - 1] !== 0x0a && bytes[start - 1] !== 0x0d) start--;
  let end = at;
  while (end < bytes.length && bytes[end] !== 0x22 && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  if (bytes[start - 1] !== 0x22 || bytes[end] !== 0x22 || end - start > 200) return null;
  const chars = codepageChars('windows-1258');
  const text = [...bytes.subarray(start, end)].map((b) => chars[b]).join('').normalize('NFC');
  // a byte windows-1258 has no character for (decode.ts UNDEFINED_BYTE): not that page either
  return text.includes(UNDEFINED_BYTE) || /[\x00-\x1f\x7f-\x9f]/.test(text) ? null : text;
}

/** The line and column (1-based, in UTF-16 code units as json-members.ts counts) of text[at]. */
function placeOf(text: string, at: number): KeyPlace {
  const before = text.slice(0, at);
  const line = 1 + (before.match(/\r\n|\n|\r/g)?.length ?? 0);
  return { line, column: before.length - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) };
}

/** "2019-10-15" is; "2019-02-30" and "2019-13-01" are not. */
function isCalendarDate(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/** Deeper than any config the schema allows: the key scanner and the validator walk it recursively (a 100,000-deep array ran out of stack, exit 70). */
const MAX_DEPTH = 32;

/** How deep a JSON text's arrays and objects nest, counted outside its strings (without recursion). */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

export async function loadConfig(path: string | null, explicit: boolean): Promise<Config> {
  if (path === null) return EMPTY_CONFIG;
  let text: string;
  try {
    text = configText(path);
  } catch (err) {
    if (err instanceof ThadsError) throw err;
    throw new ThadsError('IO_ERROR', `cannot read config ${path}: ${describeIoError(err)}`, undefined, explicit ? 'check the --config path' : undefined);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    // located, and a comment or a trailing comma said so (traps39 F5: "Unexpected token '/'", "at position 55")
    const syntax = jsonSyntaxError(text);
    if (syntax === null) throw new ThadsError('CONFIG_INVALID', `not valid JSON: ${(err as Error).message}`, { file: path });
    throw new ThadsError('CONFIG_INVALID', syntax.message, { file: path, ...placeOf(text, syntax.at) }, syntax.hint);
  }
  const depth = nestingDepth(text);
  if (depth > MAX_DEPTH) throw new ThadsError('CONFIG_INVALID', `the JSON is nested ${depth} levels deep; a config is at most ${MAX_DEPTH} (targets → year → provinces → province → districts → office → measure is 7)`, { file: path });
  const members = scanJsonMembers(text.replace(/^\uFEFF/, ''));
  const twice = members.duplicates[0];
  if (twice) {
    throw new ThadsError(
      'CONFIG_INVALID',
      `${pathText(twice.path)}: the key is given twice, ${twice.first.line === twice.second.line ? `on line ${twice.first.line} (columns ${twice.first.column} and ${twice.second.column})` : `on lines ${twice.first.line} and ${twice.second.line}`}; JSON keeps only the last, and what the first gives would be lost`,
      { file: path, line: twice.second.line, column: twice.second.column },
      'write each key once: merge the two entries into one',
    );
  }
  const at = (...keys: string[]): { at?: KeyPlace } => {
    const place = members.places.get(memberId(keys));
    return place ? { at: place } : {};
  };
  const loading: Loading = { file: path, at: (keys) => members.places.get(memberId(keys)), warnings: [] };
  // ajv is CommonJS: under NodeNext its class is the default export's default.
  const validate = await configValidator();
  if (!validate(raw)) {
    const errors = validate.errors ?? [];
    // The deepest error says the most (oneOf adds a vaguer one at the parent).
    const percentError = errors.find((e) => e.keyword === 'oneOf');
    if (percentError) {
      throw new ThadsError('CONFIG_INVALID', `${jsonPath(percentError.instancePath)}: must be a percentage from 0 to 100, as a number (74) or a decimal string ("34.5")`, { file: path });
    }
    const best = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0]!;
    if (best.keyword === 'enum' && best.instancePath.startsWith('/aliases/')) {
      throw new ThadsError(
        'CONFIG_INVALID',
        `${jsonPath(best.instancePath)}: ${JSON.stringify(aliasTarget(raw, best.instancePath))} is not a name thads knows`,
        { file: path },
        'map a header onto district, province, year, a field (with_conditions) or measure_field (cases_with_conditions); reduced is money only; thads.schema.json lists them all',
      );
    }
    const extra = best.keyword === 'additionalProperties' ? (best.params as { additionalProperty: string }).additionalProperty : undefined;
    const what = extra !== undefined ? 'unknown key' : best.keyword === 'propertyNames' ? `key ${JSON.stringify((best.params as { propertyName: string }).propertyName)} is not a year` : (best.message ?? 'invalid');
    throw new ThadsError('CONFIG_INVALID', `${jsonPath(best.instancePath, extra)}: ${what}`, { file: path });
  }
  const cfg = raw as RawConfig;
  const date = cfg.report?.date;
  // The schema checks the shape (YYYY-MM-DD); the calendar is checked here (no 30 February).
  if (date !== undefined && !isCalendarDate(date)) {
    throw new ThadsError('CONFIG_INVALID', `report.date: "${date}" is not a date`, { file: path }, 'write the date of issue as YYYY-MM-DD, e.g. 2019-10-15');
  }
  const targets = new Map<number, YearTargets>();
  for (const [year, t] of Object.entries(cfg.targets ?? {})) {
    /** entries: each name, its targets, and the config path it is written at */
    const named = (scope: 'province' | 'district', entries: readonly ConfigEntry[], key: (name: string) => string, under: readonly string[]): Map<string, NamedTargets> => {
      for (const e of entries) refuseLettersLost(e.name, at(...e.keys).at, path);
      // One province or office under two names would take whichever target came first: refused.
      const pair = twoSpellings(scope, entries.map((e) => e.name));
      if (pair) {
        throw new ThadsError('CONFIG_INVALID', `${under.join('.')}: ${JSON.stringify(pair[0])} and ${JSON.stringify(pair[1])} name one ${scope === 'province' ? 'province' : 'office'}`, { file: path }, 'give each province or office one entry; names are matched however written ("TP. Hồ Chí Minh" = "Hồ Chí Minh", "Thừa Thiên Huế" = "Huế", "Chi cục THADS huyện Mỹ Lộc" = "Mỹ Lộc")');
      }
      return new Map(entries.map((e) => [key(e.name), { name: e.name, set: targetSet(e.raw, e.keys, loading), ...at(...e.keys) }] as const));
    };
    const entriesOf = (raw: Record<string, RawTargetSet>, under: readonly string[]): ConfigEntry[] => Object.entries(raw).map(([name, r]) => ({ name, raw: r, keys: [...under, name] }));
    // "Ninh Bình / Phòng THADS khu vực 1" among the year's offices: Ninh Bình's own office, as
    // written under "provinces" (every province has a khu vực 1: read bare, it matched none).
    const yearOffices: ConfigEntry[] = [];
    const slashed = new Map<string, ConfigEntry[]>();
    for (const e of entriesOf(t.districts ?? {}, ['targets', year, 'districts'])) {
      const split = provinceAndOffice(e.name, Number(year));
      if (split === null) yearOffices.push(e);
      else slashed.set(provinceTargetKey(split.province), [...(slashed.get(provinceTargetKey(split.province)) ?? []), { ...e, name: split.office, province: split.province }]);
    }
    const rawProvinces = t.provinces ?? {};
    const provinces = new Map<string, ProvinceTargets>();
    for (const [pKey, p] of named('province', entriesOf(rawProvinces, ['targets', year, 'provinces']), provinceTargetKey, ['targets', year, 'provinces'])) {
      const own = entriesOf(rawProvinces[p.name]!.districts ?? {}, ['targets', year, 'provinces', p.name, 'districts']);
      provinces.set(pKey, { ...p, districts: named('district', [...own, ...(slashed.get(pKey) ?? [])], districtTargetKey, ['targets', year, 'provinces', p.name, 'districts']) });
      slashed.delete(pKey);
    }
    // (a province named only so: its offices' targets, none of its own)
    for (const [pKey, entries] of slashed) {
      provinces.set(pKey, { name: entries[0]!.province!, set: {}, districts: named('district', entries, districtTargetKey, ['targets', year, 'districts']), ...at(...entries[0]!.keys) });
    }
    const districts = named('district', yearOffices, districtTargetKey, ['targets', year, 'districts']);
    targets.set(Number(year), { year: targetSet(t, ['targets', year], loading), provinces, districts });
  }
  // An older office merged into two newer ones would be counted twice. A name stating its unit
  // and one stating none may be one office ("Kỳ Anh" under khu vực 2, "Thị xã Kỳ Anh" under khu
  // vực 3): each is quoted as written, never said to be listed twice (traps23 3).
  const olderSeen = new Map<string, { readonly newer: string; readonly old: string; readonly unit: string | null }[]>();
  for (const [newer, olds] of Object.entries(cfg.mergedOffices ?? {})) {
    refuseLettersLost(newer, at('mergedOffices', newer).at, path);
    for (const old of olds) {
      refuseLettersLost(old, at('mergedOffices', newer).at, path);
      const key = olderOfficeKey(old);
      const unit = olderOfficeUnit(old);
      const seen = olderSeen.get(key) ?? [];
      const first = seen.find((e) => e.newer !== newer && (e.unit === null || unit === null || e.unit === unit));
      if (first !== undefined) {
        const listed = first.old === old ? `${JSON.stringify(old)} is listed under both ${JSON.stringify(first.newer)} and ${JSON.stringify(newer)}` : `${JSON.stringify(old)} under ${JSON.stringify(newer)} and ${JSON.stringify(first.old)} under ${JSON.stringify(first.newer)} may name one office`;
        const hint = first.unit === unit ? 'an older office goes into one newer office; write "Province / Office" where two provinces had offices of that name' : 'an older office goes into one newer office; where two offices share the name, write each with its unit ("Huyện …", "Thị xã …", "Thành phố …"), or "Province / Office" where two provinces had offices of that name';
        throw new ThadsError('CONFIG_INVALID', `mergedOffices: ${listed}`, { file: path }, hint);
      }
      olderSeen.set(key, [...seen, { newer, old, unit }]);
    }
  }
  return {
    path,
    targets,
    aliases: cfg.aliases ?? {},
    mergedOffices: new Map(Object.entries(cfg.mergedOffices ?? {})),
    mergedAt: new Map(Object.keys(cfg.mergedOffices ?? {}).flatMap((newer) => (at('mergedOffices', newer).at ? [[newer, at('mergedOffices', newer).at!] as const] : []))),
    warnings: loading.warnings,
    ...(cfg.moneyUnit ? { moneyUnit: cfg.moneyUnit } : {}),
    ...(cfg.numberFormat ? { numberFormat: cfg.numberFormat } : {}),
    ...(cfg.lang ? { lang: cfg.lang } : {}),
    ...(cfg.rateDecimals !== undefined ? { rateDecimals: cfg.rateDecimals } : {}),
    ...(cfg.gapBasis ? { gapBasis: cfg.gapBasis } : {}),
    ...(cfg.report ? { report: cfg.report } : {}),
  };
}
