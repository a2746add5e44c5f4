// thads summarize: input → domain → output, nothing more.
import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { collect, ofYear } from '../collect.js';
import type { GroupKey } from '../domain/aggregate.js';
import { applyChange, evaluate, type GroupResult, type Summary } from '../domain/evaluate.js';
import { MEASURES } from '../domain/fields.js';
import { deferredParts, withConditionsRedefined, type Regime } from '../domain/relations.js';
import { afterMergerOnly, ambiguousOlderName, formerProvincesOfThe34, listedMergers, namesThe34, olderNamesAsWritten, planOffices, planProvinces, planProvincialOffices, rollUp, rollUpUnits, type PartAgainstWhole } from '../domain/merger.js';
import { unitsDiffer, type Unit, type UnitsDiffer } from '../domain/like-units.js';
import { bareName, provincesToTell } from '../domain/office-names.js';
import { MERGER_YEAR, provinceKey } from '../domain/provinces.js';
import { plain } from '../domain/decimal.js';
import { likePeriods, partPeriodsByYear, periodText, startsDiffer, type Period } from '../domain/periods.js';
import { EXIT, ThadsError, asUnsummed, finding, pushAll, refusesToSum, type ExitCode, type Finding } from '../errors.js';
import type { SummarizeFlags, SummaryFormat } from './flags.js';
import { terminalWidth, useColor, type Io } from '../io.js';
import type { Lang } from '../output/format-number.js';
import { humanMoneyUnit, type RenderContext } from '../output/model.js';
import { render } from '../output/render.js';
import { assertNotInput, namesStdout, writeOutput } from '../output/write.js';
import { assertStdinOnce, missedRate, mixedPeriodsError, mixedYearsError, printFindings, refuseAmbiguousOlderName, refuseAmbiguousTargets, refuseUnsureOlderName, refuseUnknownProvinceTargets, refuseUndecidedTarget, resolveCommon, unmatchedTargets } from './common.js';
import { undecidedTarget } from '../domain/undecided-targets.js';
import { selectOnly } from './only.js';
import { previousAsInput, previousAsInputRead, readPrevious, refuseUnitMixUp } from './previous-files.js';
import { unitMixUp } from '../domain/previous-unit.js';
import { statedInputUnit } from '../input/unit-option.js';
import { withoutLockFiles } from '../input/lock-files.js';
import { provinceStoodFor, rowLabel } from '../input/row-labels.js';
import { NO_PROGRESS, progressOn } from '../progress.js';
import { phaseTimer } from '../timings.js';

const EXTENSION_FORMAT: Record<string, SummaryFormat> = { '.csv': 'csv', '.tsv': 'tsv', '.json': 'json', '.md': 'markdown', '.txt': 'text', '.svg': 'svg', '.html': 'html', '.htm': 'html', '.xlsx': 'xlsx' };
/** Spreadsheet files thads cannot write: named, so nobody gets CSV bytes in a file called .xls. */
const FOREIGN_EXTENSIONS = ['.xls', '.xlsm', '.xlsb', '.ods', '.numbers'];
const EXTENSION_HINT = 'name the file .csv, .tsv, .json, .md, .txt, .svg, .html or .xlsx (the format follows the extension), or pass --format';

const usageError = (message: string, hint: string) => new ThadsError('USAGE', message, undefined, hint);

/**
 * A device or a FIFO (e.g. /dev/stdout) has no extension to go by: it takes what stdout would.
 * So does a path thads cannot look at (a symlink loop): writing it says what is wrong.
 */
function isSpecialFile(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

export function pickLang(flag: Lang | undefined, configLang: Lang | undefined, env: Io['env']): Lang {
  if (flag) return flag;
  if (configLang) return configLang;
  const locale = env.LC_ALL || env.LANG || '';
  return locale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

function pickFormat(flags: SummarizeFlags, io: Io): SummaryFormat {
  // (/dev/stdout redirected to a file is stdout still: the format is stdout's, traps17 4)
  const toFile = flags.output !== undefined && !namesStdout(flags.output);
  if (toFile) {
    const output = flags.output!;
    const ext = extname(output).toLowerCase();
    const byExt = EXTENSION_FORMAT[ext];
    if (FOREIGN_EXTENSIONS.includes(ext)) throw usageError(`thads cannot write ${ext} files (--output ${output})`, 'write an Excel workbook with a .xlsx name, or CSV for Excel with --format csv --excel and a .csv name');
    // A file is what its extension says: JSON in "out.csv", CSV in "out.tsv" would be opened as
    // what they are not (a workbook's bytes in a text file's name worst). A ".txt" takes any text
    // for people (the table, Markdown, the paragraph).
    const readsAsText = ext === '.txt' && (flags.format === 'table' || flags.format === 'markdown');
    if (flags.format && byExt && flags.format !== byExt && !readsAsText) {
      throw usageError(`--format ${flags.format} does not match --output ${output}`, EXTENSION_HINT);
    }
    if (flags.format) return flags.format;
    if (byExt) return byExt;
    if (!isSpecialFile(resolve(io.cwd, output))) {
      throw usageError(ext ? `--output ${output}: thads does not write ${ext} files` : `--output ${output} has no extension to tell the format by`, EXTENSION_HINT);
    }
    return 'csv';
  }
  // --wide asks for the table, also into a pipe (`thads summarize … --wide | less -S`).
  const format = flags.format ?? (io.stdout.isTTY || flags.wide ? 'table' : 'csv');
  if (format === 'xlsx' && io.stdout.isTTY) throw usageError('--format xlsx writes a binary workbook, not text for the terminal', 'pass --output FILE.xlsx, or redirect standard output to a file');
  return format;
}

/** An option that cannot apply to what was asked for is a usage error, never silently ignored. */
function assertApplicable(flags: SummarizeFlags, format: SummaryFormat): void {
  const by = flags.by;
  if (flags.excel && format !== 'csv' && format !== 'tsv') {
    throw new ThadsError('USAGE', `--excel applies to csv and tsv output, not to ${format}`, undefined, 'pass --format csv with --excel, or leave --excel out');
  }
  if (flags.wide && format !== 'table') {
    throw new ThadsError('USAGE', `--wide applies to the table, not to ${format}`, undefined, `${format === 'csv' || format === 'tsv' || format === 'json' ? `${format} always has` : 'leave --wide out; other formats have'} every column`);
  }
  if ((flags.only ?? []).length > 0 && (by.length === 0 || (by.length === 1 && by[0] === 'year'))) {
    throw new ThadsError('USAGE', `--only picks offices or provinces, and --by ${by.length === 0 ? 'none' : 'year'} prints ${by.length === 0 ? 'only the total' : 'only the total of each year'}`, undefined, by.length === 0 ? 'add --by district (or province) to print the groups --only picks from' : 'pass --year N to keep one year');
  }
}

/** Years in order; within a year, groups keep the order of the input. */
function byYear<T extends { readonly year: number | null }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
}

/**
 * Why no change on last year is computed: both sides' periods, by their last days, or by both bounds when a start differs.
 * Previous files of another year than the one before (`on`: 2024 for a 2026 input) are named by it: "no change on 2024".
 */
function periodsDiffer(now: readonly Period[], before: readonly Period[], on: string): Finding {
  const bounds = startsDiffer([...now, ...before]);
  const list = (of: readonly Period[]) => of.map((p) => periodText(p, bounds)).join(' and ');
  const message = bounds
    ? `the input's period${now.length === 1 ? ' is' : 's are'} ${list(now)}, the previous files' ${list(before)}, not of the same days of the year`
    : `${now.length === 1 ? "the input's period ends on" : "the input's periods end on"} ${list(now)}, the previous files' on ${list(before)}, not on the same day of the year`;
  return finding('warning', 'PERIODS_DIFFER', `no change on ${on} is computed: ${message}`);
}

/** Prints the findings when any is an error (they are fatal); true when it did. */
function refuse(io: Io, findings: readonly Finding[]): boolean {
  if (!refusesToSum(findings, false)) return false;
  const errors = findings.filter((f) => f.severity === 'error');
  // nothing is summed: no warning may say that rows "are added together"
  printFindings(io, findings.map(asUnsummed));
  io.stderr.write(`thads: ${errors.length} error${errors.length === 1 ? '' : 's'} in the input; nothing was summed\n`);
  return true;
}

function belowTarget(rows: readonly GroupResult[], rateDecimals: number): Finding[] {
  const out: Finding[] = [];
  for (const g of rows) {
    for (const m of MEASURES) {
      const r = g.measures[m];
      if (r?.met !== false || !r.rateRounded || !r.target) continue;
      const name = g.isTotal ? 'TOTAL' : (g.district ?? g.province ?? String(g.year));
      out.push(finding('error', 'BELOW_TARGET', `${name}: ${m} rate ${missedRate(r.rate!, r.rateRounded, r.target.value, rateDecimals)}% is below the target of ${plain(r.target.value)}%`, g.first));
    }
  }
  return out;
}

/** An office as a warning names it: with its province when the rows give one. */
function unitName(u: Unit): string {
  return u.district === null ? `"${u.province}"` : u.province === null ? `"${u.district}"` : `"${u.district}" (${u.province})`;
}

/** Each side's first unmatched units: "only the input gives "A", "B" and 4 more; only the previous files give …". */
function unlikeSides(d: UnitsDiffer): string {
  const some = (list: readonly Unit[]) => list.slice(0, 2).map(unitName).join(', ') + (list.length > 2 ? ` and ${list.length - 2} more` : '');
  const sides = [d.onlyNow.length > 0 ? `only the input gives ${some(d.onlyNow)}` : '', d.onlyBefore.length > 0 ? `only the previous files give ${some(d.onlyBefore)}` : ''];
  return sides.filter(Boolean).join('; ');
}

/** An input of several years: its later years have no change on last year, and say why. */
function laterYearsNotCompared(later: readonly number[], compared: number, previousYear: number | null): Finding {
  const years = later.length === 1 ? `${later[0]} is` : `${later.slice(0, -1).join(', ')} and ${later.at(-1)} are`;
  const before = previousYear !== null ? `are of ${previousYear}` : 'are compared with the earliest year only';
  const first = later[0]!;
  return finding('warning', 'ONE_YEAR_ONLY', `${years} not compared: the previous files ${before}, and ${compared} is in the input`, undefined, `to compare ${first} with ${first - 1}, run ${first}'s files with --previous ${first - 1}'s`);
}

/** REGIME_CHANGED: a rate change across TT 06/2019, between two definitions of "có điều kiện" (none when the definition is one). */
function regimeChanged(previousYear: number, year: number): Finding[] {
  const redefined = withConditionsRedefined(previousYear, year);
  if (redefined === null) return [];
  const parts = [...new Set([...deferredParts(redefined.before), ...deferredParts(redefined.after)])].join(' and ');
  const side = (r: Regime) => `${r.name} ${deferredParts(r).length > 0 ? 'leave them out' : 'count them in'}`;
  return [finding('warning', 'REGIME_CHANGED', `the rate change on ${previousYear} compares figures of two definitions of "with conditions" (có điều kiện), its denominator, for ${parts} cases: ${side(redefined.before)}, ${side(redefined.after)} (TT 06/2019); the change is partly the definition's`)];
}

export async function summarize(io: Io, given: string[], givenFlags: SummarizeFlags): Promise<ExitCode> {
  const inputs = withoutLockFiles(io.cwd, given);
  const previous = givenFlags.previous && withoutLockFiles(io.cwd, givenFlags.previous);
  const files = inputs.files;
  const flags: SummarizeFlags = previous ? { ...givenFlags, previous: previous.files } : givenFlags;
  assertStdinOnce(files.concat(flags.previous ?? []));
  const format = pickFormat(flags, io);
  assertApplicable(flags, format);
  assertNotInput(io, flags.output, files.concat(flags.previous ?? []));
  // (with --year, a file of a Năm column may be its own last year: judged once both are read)
  const sameAsInput = await previousAsInput(io, files, flags.previous ?? []);
  if (sameAsInput !== null && flags.year === undefined) throw sameAsInput.error;
  const common = await resolveCommon(io, files, flags, flags.previous ?? []);
  // the config is known only now: a result written over it would lose the targets it set
  assertNotInput(io, flags.output, [], common.config.path);
  const by = flags.by;
  const progress = flags.quiet ? NO_PROGRESS : progressOn(io);
  const timings = phaseTimer(io);
  const data = await collect(files, common.read, by, progress).finally(() => progress.finish());
  timings.mark('read');
  // A figure the file contradicts (a declared total, a row that adds up others, a file given
  // twice) never leaves with exit 0: every finding is printed, nothing on stdout.
  if (refuse(io, data.findings)) return EXIT.data;
  const severalYears = by.includes('year') ? null : mixedYearsError(data.years);
  if (severalYears) throw severalYears;
  // (Previous files of several periods are only compared with nothing: PERIODS_DIFFER below.)
  const mixed = mixedPeriodsError(data.periods);
  if (mixed) throw mixed;
  const evaluated: Summary = evaluate(data.groups, data.totals, data.totalProvinces, common.evaluate);
  refuseAmbiguousTargets(evaluated.ambiguousTargets, common.config.path);
  refuseUnknownProvinceTargets(evaluated.unmatchedTargets, common.config.path);
  refuseUndecidedTarget(undecidedTarget(common.evaluate.targets, data.groups, data.totals, data.unplaced));
  const summary: Summary = by.includes('year') ? { ...evaluated, groups: byYear(evaluated.groups), totals: byYear(evaluated.totals) } : evaluated;
  timings.mark('evaluate');
  const warnings: Finding[] = [...common.warnings, ...inputs.skipped, ...(previous?.skipped ?? []), ...data.findings, ...unmatchedTargets(summary.unmatchedTargets, common.config.path)];

  let previousYear: number | null = null;
  if (flags.previous && flags.previous.length > 0) {
    const nowYears = [...data.years].filter((y): y is number => y !== null).sort((a, b) => a - b);
    // An input of several years (--by year): only its earliest is compared with the previous
    // files; a later year's last year is another year of the input, or none given.
    const compared = nowYears.length > 1 ? nowYears[0]! : null;
    const later = nowYears.slice(1);
    // What the inputs state of their money unit decides how a previous file that states none is read (unit-option.ts).
    const inputUnit = statedInputUnit(data.reports);
    const prevRead = { ...common.read, previous: true as const, ...(inputUnit ? { inputUnit } : {}), ...(flags.year !== undefined ? { year: flags.year - 1 } : {}) };
    const read = await readPrevious(flags.previous, prevRead, by, compared === null ? nowYears : [compared]).catch((err: unknown) => {
      throw sameAsInput?.error ?? err;
    });
    const prev = read.data;
    if (sameAsInput !== null) previousAsInputRead(sameAsInput, flags.year, data.reports, prev.reports);
    if (refuse(io, prev.findings)) return EXIT.data;
    previousYear = read.year;
    // A half-year is compared with last year's half-year (cùng kỳ), never with the whole year:
    // periods that start or end on different days of the year give no change at all, and say why.
    if (!likePeriods(data.periods, prev.periods)) {
      pushAll(warnings, prev.findings);
      const inputYear = compared ?? (nowYears.length === 1 ? nowYears[0]! : null);
      const gap = previousYear !== null && inputYear !== null && previousYear !== inputYear - 1;
      warnings.push(periodsDiffer(data.periods, prev.periods, gap ? String(previousYear) : 'last year'));
    } else {
      // Previous files two or more years before the input's: compared, against their own year, and said so.
      if (read.gap) warnings.push(read.gap);
      // Like with like: from 2025 the older year's 63 provinces are rolled up into the 34 of
      // Nghị quyết 202/2025/QH15 the current input uses (merger.ts), and the config's
      // mergedOffices into their newer offices. Which of the 63 the previous files give is read
      // as each previous report counts: "Ninh Bình" of a year-end report of 2025 is the new one.
      const now = compared === null ? data : ofYear(data, compared);
      const nowSummary = compared === null ? summary : { ...summary, groups: summary.groups.filter((g) => g.year === compared), totals: summary.totals.filter((t) => t.year === compared) };
      const currentYears = [...now.years];
      // (an input of 2025 naming the 34 and nothing else is by the 34, its period to 30/6 or not: merger.ts namesThe34)
      const the34 = !now.by34 && namesThe34(now.provinces, now.years);
      const plan = planProvinces(now.provinces, prev.provincesOf63, now.by34 || the34, the34 ? formerProvincesOfThe34() : now.provincesOf63);
      // (older names typed without diacritics, as the previous files write them: merger.ts olderNamesAsWritten)
      const older = olderNamesAsWritten(common.config.mergedOffices, prev.offices);
      refuseUnsureOlderName(older.unsure, common.config);
      refuseAmbiguousOlderName(ambiguousOlderName(prev.offices, older.offices, plan.rolled), common.config);
      // The offices the input lists with their former parts ("(cũ)") are mapped as the config maps them (merger.ts listedMergers).
      const { offices: mergedOffices, namesakes } = listedMergers(now.listedParts, prev.offices, older.offices);
      const partialOffices = planOffices(now.offices, prev.offices, mergedOffices);
      // A merged province's own office ("Cấp tỉnh") is last year's only as all its former ones.
      const partialOwn = by.includes('district') ? planProvincialOffices(now.groups, prev.groups, plan.rolled, prev.by34) : [];
      // Office cells that name provinces ("Gia Lai") are those provinces, rolled up as a Tỉnh column's.
      const rollOpts = { provinces: plan.rolled, offices: mergedOffices, standsFor: provinceStoodFor };
      const rolled = rollUp(prev.groups, { ...rollOpts, newer: now.groups });
      // The offices behind each year's total against last year's, rolled up as their groups are.
      const prevUnits = rollUpUnits(prev.units, { ...rollOpts, newer: now.units });
      const differ = new Map(nowSummary.totals.map((t) => [t.year, unitsDiffer(now.units.filter((u) => u.year === t.year), prevUnits)]));
      // Offices reorganized on 1/7/2025 (Chi cục → Phòng THADS khu vực): the provinces' totals compare.
      const unlike = [...differ.values()].filter((d): d is UnitsDiffer => d !== null && !d.reorganized);
      const reorganized = [...differ.values()].some((d) => d?.reorganized === true);
      // A unit the previous files give only part of is compared with nothing, and said so: a
      // province, or an office and, by province, the province it is in (or a province whose
      // offices differ between the years).
      const officesByProvince = !by.includes('district');
      const partialProvinces = new Set(
        [
          ...plan.partial.map((p) => p.name),
          ...(officesByProvince ? [...partialOffices, ...unlike.flatMap((d) => [...d.onlyNow, ...d.onlyBefore])].map((o) => o.province ?? '') : []),
        ].map(provinceKey),
      );
      const officeKey = (province: string | null, district: string) => `${province === null ? '' : provinceKey(province)}\u0000${bareName(district)}`;
      // Last year's new offices beside their province's former ones "(cũ)" in a 2025 table: a quarter's figures (merger.ts afterMergerOnly).
      const quarterKeys = new Set(afterMergerOnly(prev.offices, previousYear).map((o) => officeKey(o.province, o.district)));
      const quarterOnly = now.offices.filter((o) => quarterKeys.has(officeKey(o.province, o.district)));
      const partialDistricts = new Set([...partialOffices, ...partialOwn, ...namesakes].map((o) => officeKey(o.province, o.name)).concat(quarterOnly.map((o) => officeKey(o.province, o.district))));
      const partialStood = new Set(plan.partial.map((p) => provinceKey(p.name)));
      // By none or by year the one group is the total; a group standing for a province is it.
      const isPartial = (g: GroupKey) => {
        // (the province's own new office, "THADS tỉnh Ninh Bình", stands for no province here: a quarter's office)
        if (g.district !== null && quarterKeys.has(officeKey(g.province, g.district))) return true;
        const stood = provinceStoodFor(g);
        if (stood !== null) return partialStood.has(provinceKey(stood));
        if (g.district !== null) return partialDistricts.has(officeKey(g.province, g.district));
        // rows placed in no province (office cells naming provinces, by province) may hold a partial one
        if (by.includes('province')) return g.province === null ? partialProvinces.size > 0 : partialProvinces.has(provinceKey(g.province));
        return unlike.length > 0;
      };
      const prevGroups = rolled.filter((g) => !isPartial(g));
      const prevSummary = evaluate(prevGroups, prev.totals, prev.totalProvinces, common.evaluate);
      pushAll(warnings, prev.findings);
      const match = applyChange(nowSummary.groups, prevSummary.groups, common.evaluate.rateDecimals);
      // Every office's money a thousandfold last year's, its cases alike: a unit read wrong, never a change (traps39 F4).
      refuseUnitMixUp(unitMixUp(match.pairs), prev.reports, previousYear);
      // The total counts that unit too: its change would be a part against a whole as well.
      const likeTotals = nowSummary.totals.filter((t) => (differ.get(t.year) ?? null) === null || differ.get(t.year)!.reorganized);
      // An input naming no province against some of a merged province's former ones: said below.
      const partUnnamed = plan.partial.length === 0 && partialOffices.length === 0 && likeTotals.length > 0 ? plan.partialUnnamed : [];
      if (plan.partial.length === 0 && partialOffices.length === 0 && partUnnamed.length === 0) applyChange(likeTotals.map((t) => ({ ...t, year: null })), prevSummary.totals, common.evaluate.rateDecimals);
      const inPrevious = previousYear !== null ? ` (${previousYear})` : '';
      const nowYear = currentYears.length === 1 && currentYears[0] !== null ? ` ${currentYears[0]}` : '';
      const thenYear = previousYear !== null ? ` of ${previousYear}` : ' of the previous year';
      // The provinces of the 63 a merged one was formed from: "of 2024" where the previous files
      // count by the 63; a report of 2025 or later counts by the 34, and "Ninh Bình + Hà Nam + Nam
      // Định of 2025" named three provinces of 2025, whose Ninh Bình is the whole (traps31).
      // (an office's parts, mergedOffices', are last year's offices: "of 2025" stays)
      const formerOnes = (names: readonly string[], province = true) => (prev.by34 && province ? `the former ${names.join(', ')}` : names.join(', '));
      const formedFrom = (names: readonly string[], province = true) => (prev.by34 && province ? `formed on 1/7/${MERGER_YEAR} from the former ${names.join(' + ')}` : `${names.join(' + ')}${thenYear}`);
      const partWarning = (p: PartAgainstWhole, notCompared: string, hint: string, lacking: 'input' | 'previous' = 'previous', province = true) =>
        finding('warning', 'ONE_YEAR_ONLY', `"${p.name}"${nowYear} is ${formedFrom(p.formedFrom, province)}; ${lacking === 'input' ? 'the input has' : 'the previous files have'} no figures for ${formerOnes(p.missing, province)}, so ${notCompared} compared (a part against a whole)`, undefined, hint);
      // One warning a province: its own office's, said with it.
      const ownOf = (province: string | null) => partialOwn.filter((o) => provinceKey(o.province ?? '') === provinceKey(province ?? '')).map((o) => `"${o.name}"`);
      for (const p of plan.partial) {
        const own = ownOf(p.name);
        const hint = p.lacking === 'input' ? 'give the input\'s figures of every province it was formed from' : 'pass the previous files of every province it was formed from';
        warnings.push(partWarning(p, own.length > 0 ? `it, its own office ${own.join(', ')} and the total are not` : 'it and the total are not', hint, p.lacking));
      }
      for (const o of partialOwn.filter((o) => !plan.partial.some((p) => provinceKey(p.name) === provinceKey(o.province ?? '')))) {
        const nowIn = `"${o.name}" (${o.province})${nowYear}`;
        warnings.push(finding('warning', 'ONE_YEAR_ONLY', `${nowIn} is the own offices of ${o.formedFrom.join(' + ')}${thenYear}; the previous files give no "${o.name}" of ${o.missing.join(', ')}, so it is not compared (a part against a whole)`, undefined, `give each former province's own office the same label in last year's files ("${o.name}")`));
      }
      for (const o of partialOffices) {
        const notCompared = by.includes('district') ? 'it and the total are not' : by.includes('province') && o.province !== null ? `${o.province} and the total are not` : 'the total is not';
        warnings.push(partWarning(o, notCompared, 'pass the previous files of every office it was formed from', 'previous', false));
      }
      if (quarterOnly.length > 0 && by.includes('district')) {
        const names = quarterOnly.map((o) => `"${o.district}"`);
        const listed = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
        warnings.push(finding('warning', 'ONE_YEAR_ONLY', `the previous files${inPrevious} give ${listed} beside their province's former offices marked "(cũ)", whose rows hold the months to 30/6/2025: their own rows hold the months from 1/7/2025 only, so they are not compared (a year against a quarter)`, undefined, `pass last year's files that give each office's whole year (its former offices listed under it, marked "(cũ)")`));
      }
      for (const o of namesakes) {
        const nowIn = `"${o.name}"${o.province === null ? '' : ` (${o.province})`}${nowYear}`;
        warnings.push(finding('warning', 'ONE_YEAR_ONLY', `${nowIn} is ${o.formedFrom.join(' + ')}${thenYear}, the former parts its rows list, and the previous files' "${o.name}" is none of them nor another office's: it is not compared`, undefined, `list under each office of the input its former parts, marked "(cũ)", or map last year's offices onto this year's with "mergedOffices" in thads.config.json`));
      }
      for (const p of partUnnamed) {
        const given = p.formedFrom.filter((old) => !p.missing.includes(old));
        warnings.push(finding('warning', 'ONE_YEAR_ONLY', `the previous files${inPrevious} give ${given.join(' + ')}, part of "${p.name}" as formed on 1/7/2025 (${prev.by34 ? `from the former ${p.formedFrom.join(' + ')}` : `${p.formedFrom.join(' + ')}${thenYear}`}), and no figures for ${formerOnes(p.missing)}; the input names no province, so the total is not compared (a part against a whole)`, undefined, `pass the previous files of every province "${p.name}" was formed from, or name the input's province (a province column, the title or the file name)`));
      }
      // (A part against a whole has said the total is not compared already.)
      for (const [year, d] of plan.partial.length === 0 && partialOffices.length === 0 && partUnnamed.length === 0 ? differ : []) {
        if (d === null) continue;
        if (d.reorganized) {
          warnings.push(finding('warning', 'ONE_YEAR_ONLY', `the offices of the input are the Phòng THADS khu vực formed on 1/7/2025 and those of the previous year's files${inPrevious} the offices they replaced: no office is compared, only the provinces' totals, which are like for like only if both years' files hold every office of their provinces`, undefined, 'map last year\'s offices onto this year\'s with "mergedOffices" in thads.config.json to compare each of them'));
          continue;
        }
        const yearText = nowSummary.totals.length > 1 && year !== null ? ` of ${year}` : '';
        const nor = officesByProvince && by.includes('province') ? ', nor a province they are in' : '';
        const hint = by.includes('district') ? "pass last year's files of the same offices as the input" : "pass last year's files of the same offices as the input, or --by district to compare each office given in both years";
        warnings.push(finding('warning', 'ONE_YEAR_ONLY', `the input and the previous year's files${inPrevious} give different ${[...d.onlyNow, ...d.onlyBefore].every((u) => u.kind === 'province') ? 'provinces' : 'offices'} (${unlikeSides(d)}), so the total${yearText} is not compared${nor} (not like for like)`, undefined, hint));
      }
      // Previous files of a declared total only ("Toàn tỉnh", thads' own TOTAL row): only the
      // total is compared (if of the same provinces), said once, not as offices missing on either side.
      // By province the total's row is a group of no province and no office: the whole, which a
      // warning named "null" (traps40 F8: `--previous` thads' own `--by none` output, `--by province`).
      const totalLabels = prev.units.length > 0 && prev.units.every((u) => u.kind === 'total') ? [...new Set(prev.units.map((u) => u.district ?? ''))] : [];
      const isTotal = (g: GroupResult) => (g.district !== null ? rowLabel(g.district) === 'total' : g.province === null && totalLabels.length > 0);
      const totalsOnly = match.pairs.length === 0 && match.onlyBefore.length > 0 && match.onlyBefore.every(isTotal);
      if (totalsOnly) {
        const names = [...new Set(match.onlyBefore.flatMap((g) => (g.district !== null ? [g.district] : totalLabels)).map((d) => JSON.stringify(d)))].join(', ');
        warnings.push(finding('warning', 'ONE_YEAR_ONLY', `the previous year's files${inPrevious} give only a total (${names}): no group is compared${unlike.length > 0 || partUnnamed.length > 0 || plan.partial.length > 0 || partialOffices.length > 0 ? '' : ', only the total'}`, undefined, 'pass the previous files by office (or by province) to compare each group'));
      }
      // '"Phòng THADS khu vực 1" (Gia Lai)': the province where offices of another share the name.
      const provinceOf = provincesToTell([...nowSummary.groups, ...prevSummary.groups]);
      const named = (g: GroupResult) => `"${g.district ?? g.province}"${provinceOf(g) === null ? '' : ` (${provinceOf(g)})`}`;
      for (const g of totalsOnly || reorganized ? [] : match.onlyNow) {
        if (isPartial(g)) continue;
        warnings.push(finding('warning', 'ONE_YEAR_ONLY', `${named(g)} has no figures in the previous year's files${inPrevious}`));
      }
      // …and the other way round: an office that reported last year but not this year.
      for (const g of totalsOnly || reorganized ? [] : match.onlyBefore) {
        warnings.push(finding('warning', 'ONE_YEAR_ONLY', `${named(g)} has figures in the previous year's files only${inPrevious}`));
      }
      const changed = [...nowSummary.groups, ...nowSummary.totals].some((g) => MEASURES.some((m) => g.measures[m]?.rateChange != null));
      const nowCompared = compared ?? nowYears[0] ?? null;
      if (changed && nowCompared !== null && previousYear !== null) pushAll(warnings, regimeChanged(previousYear, nowCompared));
      if (compared !== null) warnings.push(laterYearsNotCompared(later, compared, previousYear));
    }
  }

  if (refusesToSum(warnings, flags.strict === true)) {
    printFindings(io, warnings.map((w) => ({ ...asUnsummed(w), severity: 'error' })));
    io.stderr.write(`thads: ${warnings.length} warning${warnings.length === 1 ? '' : 's'} treated as errors (--strict)\n`);
    return EXIT.data;
  }

  const lang = pickLang(flags.lang, common.config.lang, io.env);
  const human = format === 'table' || format === 'markdown' || format === 'text' || format === 'svg' || format === 'html' || format === 'xlsx';
  // --by none: only the total is printed; --by year alone: each year's total, once.
  const printed = by.length === 0 || (by.length === 1 && by[0] === 'year') ? [] : selectOnly(summary.groups, flags.only);
  const years = [...data.years].filter((y): y is number => y !== null);
  const ctx: RenderContext = {
    summary,
    printed,
    filtered: (flags.only ?? []).length > 0,
    unit: flags.unit ?? (human ? humanMoneyUnit(summary) : 'dong'),
    unitChosen: flags.unit === undefined,
    rateDecimals: common.evaluate.rateDecimals,
    lang,
    by,
    year: years.length === 1 ? years[0]! : null,
    previousYear,
    partPeriods: partPeriodsByYear(data.periods),
    warnings,
    measures: MEASURES.filter((m) => data.reports.some((r) => r.measures.includes(m))),
    color: format === 'table' && !flags.output && useColor(io, !flags.color),
    excel: flags.excel === true,
    ...(common.config.report ? { report: common.config.report } : {}),
    totalProvinces: data.totalProvinces,
    totalProvinceCounts: data.totalProvinceCounts,
    // A terminal gets a table that fits it; a file, a pipe and --wide get every column.
    width: format === 'table' && !flags.output && !flags.wide ? terminalWidth(io) : null,
  };
  if (ctx.excel) {
    const lost = (await import('../output/csv.js')).excelDigitsLost(ctx);
    if (lost) warnings.push(lost);
  }
  timings.mark('other');
  const text = await render(format, ctx, !flags.output && io.stdout.isTTY);
  if (!flags.quiet) printFindings(io, warnings);
  await writeOutput(io, text, flags.output, files.concat(flags.previous ?? []));
  timings.mark('render+write');
  timings.report();

  if (flags.failBelowTarget) {
    const missed = belowTarget([...printed, ...summary.totals], ctx.rateDecimals);
    if (missed.length > 0) {
      printFindings(io, missed);
      return EXIT.belowTarget;
    }
  }
  return EXIT.ok;
}
