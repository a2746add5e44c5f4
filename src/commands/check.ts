// thads check: every finding in every file, as text, JSON or GitHub annotations, and an exit
// code a pipeline can act on (SPEC §6, §7, §9). The report is the result: it goes to stdout.
import { collect, isPipe } from '../collect.js';
import { evaluate } from '../domain/evaluate.js';
import { MEASURES } from '../domain/fields.js';
import { plain } from '../domain/decimal.js';
import { CODES, EXIT, STDIN, ThadsError, asChecked, asUnsummed, collapseRepeats, refusesToSum, finding, formatFinding, formatLocation, isAdvisory, isGraded, pushAll, sheetReference, type ExitCode, type Finding } from '../errors.js';
import { escapeControls } from '../output/sanitize.js';
import type { CheckFlags } from './flags.js';
import type { Io } from '../io.js';
import { assertStdinOnce, missedRate, mixedPeriodsError, mixedYearsError, printFindings, refuseAmbiguousTargets, refuseUnknownProvinceTargets, resolveCommon, undecidedTargetError, unmatchedTargets } from './common.js';
import { undecidedTarget } from '../domain/undecided-targets.js';
import { mixedPeriods, type Period } from '../domain/periods.js';
import { DuplicateInputs } from '../input/duplicate-inputs.js';
import { withoutLockFiles } from '../input/lock-files.js';
import type { UnmatchedTarget } from '../domain/targets.js';

/**
 * MIXED_YEARS as check says it (traps35 1: files of 2019 and 2020 "no problems", exit 0, which
 * summarize refuses, exit 2). summarize refuses several years unless year is in --by, and reads
 * an earlier year's files as --previous: a run check cannot know of, so it warns — never "no
 * problems" — and --strict fails it as summarize does, exit 2. (This year's and last year's files
 * checked in one run, each of them right, stay exit 0.)
 */
function severalYears(years: ReadonlySet<number | null>, strict: boolean | undefined, at: (f: Finding) => Finding): Finding | null {
  const error = mixedYearsError(years, 'summarize adds up several years only with year in --by (e.g. --by year,district), and compares an earlier year\'s files given as --previous; --year N checks one year');
  return error && at({ ...error.toFinding(), severity: strict ? 'error' : 'warning' });
}

const yearKey = (year: number | null) => `year ${year}`;
const periodKey = (p: Period) => `period ${p.start} ${p.end}`;

/**
 * The file each year and period was first met in, the files read one by one: a refusal of the
 * files together (MIXED_YEARS, MIXED_PERIODS) is said at the first file that breaks the set, as
 * every other finding of the report names its file (traps35 2: "thads: error: …" on stdout, a
 * GitHub annotation on no file).
 */
class FirstFiles {
  private readonly first = new Map<string, string>();

  note(file: string, data: { readonly years: ReadonlySet<number | null>; readonly periods: readonly Period[] }): void {
    for (const key of [...[...data.years].map(yearKey), ...data.periods.map(periodKey)]) if (!this.first.has(key)) this.first.set(key, file);
  }

  /** The finding at the second file in the order met that holds one of the keys; as it is when the files alone cannot tell. */
  locate(f: Finding, keys: readonly string[]): Finding {
    const order = [...this.first.values()];
    const met = [...new Set(keys.map((k) => this.first.get(k)).filter((file): file is string => file !== undefined))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return met.length > 1 ? { ...f, location: { file: met[1]! } } : f;
  }
}

/** GitHub workflow commands: data escapes %, CR, LF; properties also ':' and ','. Other controls
 * (ESC sequences a log viewer would run) are shown as escapes. */
function ghEscape(text: string, property = false): string {
  let out = escapeControls(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
  if (property) out = out.replace(/:/g, '%3A').replace(/,/g, '%2C');
  return out;
}

export function githubAnnotation(f: Finding): string {
  const props: string[] = [];
  // A workbook has no lines for GitHub to point at: the annotation names the file, the message the cell.
  const sheet = f.location?.sheet;
  if (f.location) {
    props.push(`file=${ghEscape(f.location.file, true)}`);
    if (f.location.line !== undefined && sheet === undefined) props.push(`line=${f.location.line}`);
    if (f.location.column !== undefined && sheet === undefined) props.push(`col=${f.location.column}`);
  }
  props.push(`title=${ghEscape(f.code, true)}`);
  const where = f.location && sheet !== undefined ? `${sheetReference({ ...f.location, sheet })}: ` : '';
  const message = where + (f.hint ? `${f.message}\n${f.hint}` : f.message);
  return `::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${ghEscape(message)}`;
}

/** Reading order within a file: file-level findings first, then by line and column. */
function byPosition(a: Finding, b: Finding): number {
  return (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Consistency findings are errors here; advisory ones stay warnings unless --strict, and so do
 * graded ones their rule made warnings (a possible coincidence, --accept-total-mismatch,
 * --no-total-guess): one grade for check and summarize.
 */
function asCheckOf(strict: boolean | undefined): (f: Finding) => Finding {
  return (f) => ((isAdvisory(f.code) || isGraded(f.code)) && !strict ? f : { ...f, severity: 'error' });
}

/**
 * What summarize finds only with every file at once — a provinces' file beside one province's
 * offices' file, an office of one file that adds up the others' offices — and the files read one
 * by one did not say: check must refuse what summarize refuses. The files are read again, as
 * summarize reads them; standard input and pipes cannot be, so a run with one skips this.
 */
async function acrossFiles(files: readonly string[], common: Awaited<ReturnType<typeof resolveCommon>>, strict: boolean | undefined, already: readonly Finding[], firstFiles: FirstFiles): Promise<Finding[]> {
  if (files.length < 2 || files.some((f) => f === STDIN || isPipe(f))) return [];
  const said = new Set(already.map((f) => `${f.code}\u0000${f.location ? formatLocation(f.location) : ''}`));
  // collect gives its findings in this array, also when it throws
  const found: Finding[] = [];
  let years: Finding | null = null;
  try {
    const data = await collect(files, { ...common.read, onRowError: () => {} }, ['district', 'year'], undefined, found);
    // (the files' own errors, which summarize refuses first, stand in for the rows' it would stop at)
    const fileErrors = already.filter((f) => f.severity === 'error' && f.code !== 'BELOW_TARGET' && !isAdvisory(f.code));
    // Reports of one year and different periods (a 6-month file beside a year's): never added together.
    const mixed = mixedPeriodsError(data.periods);
    if (mixed) found.push(firstFiles.locate(mixed.toFinding(), mixedPeriods(data.periods)!.map(periodKey)));
    // Files of different years (traps35 1), unless a file alone already held several: graded here, not by asCheck.
    if (!already.some((f) => f.code === 'MIXED_YEARS')) years = severalYears(data.years, strict, (f) => firstFiles.locate(f, [...data.years].map(yearKey)));
    // An office target that offices of two files' provinces would take: summarize refuses it (exit 2).
    if (fileErrors.length === 0 && !data.findings.some((f) => f.severity === 'error')) {
      refuseAmbiguousTargets(evaluate(data.groups, data.totals, data.totalProvinces, common.evaluate).ambiguousTargets, common.config.path);
    }
    pushAll(found, undecided(data, common, fileErrors));
  } catch (err) {
    // (files whose titles state different years: summarize's refusal, said in the report, exit 2)
    if (!(err instanceof ThadsError) || (err.exitCode !== EXIT.data && err.code !== 'MIXED_YEARS')) throw err;
    found.push(err.toFinding());
  }
  // What summarize says of the files together, as check says a file's: its warnings too (one
  // file's money 1000× the others', a file whose offices name no province) — dropped, a
  // run summarize warns about passed as "no problems". Not beside the files' own errors: read
  // without the rows they refuse, the files together may look short of what they hold.
  const fresh = found.filter((f) => !said.has(`${f.code}\u0000${f.location ? formatLocation(f.location) : ''}`)).map(asCheckOf(strict));
  if (years) fresh.push(years);
  // Nor beside an error of the files together (TARGET_UNDECIDED), which summarize stops at alone.
  const errors = [...already, ...fresh].some((f) => f.severity === 'error' && f.code !== 'BELOW_TARGET' && !isAdvisory(f.code));
  return errors ? fresh.filter((f) => f.severity === 'error') : fresh;
}

/**
 * TARGET_UNDECIDED, which summarize refuses (exit 1) with or without --fail-below-target: offices
 * that name no province beside a province's, where that province's target differs from the one
 * they would take. Said here too, so check never passes a run summarize refuses.
 */
function undecided(data: Awaited<ReturnType<typeof collect>>, common: Awaited<ReturnType<typeof resolveCommon>>, rowErrors: readonly Finding[] = []): Finding[] {
  // summarize refuses an input with errors before it looks at targets: no second code where it gives one
  if (rowErrors.length > 0 || data.findings.some((f) => f.severity === 'error')) return [];
  const refused = undecidedTargetError(undecidedTarget(common.evaluate.targets, data.groups, data.totals, data.unplaced));
  return refused ? [refused.toFinding()] : [];
}

export async function check(io: Io, given: string[], flags: CheckFlags, unmatchedArgs: readonly { readonly arg: string; readonly error: ThadsError }[] = []): Promise<ExitCode> {
  const { files, skipped } = withoutLockFiles(io.cwd, given);
  assertStdinOnce(files);
  const common = await resolveCommon(io, files, flags);
  const findings: Finding[] = [...common.warnings, ...skipped].map(asCheckOf(flags.strict));
  let unreadable = 0;
  /** the files that could not be read, and why: a CI reader of the JSON can tell which */
  const unreadableFiles: { file: string; code: string; message: string }[] = [];
  // What earlier files gave: a copy of one is an error in the later (SPEC §3).
  const inputs = new DuplicateInputs();
  /** config targets no group of a file takes, by target; said once if no file takes them */
  const unmatched = new Map<string, { target: UnmatchedTarget; files: number }>();
  let evaluated = 0;
  const firstFiles = new FirstFiles();
  // patterns that matched no file (cli.ts): files that could not be read
  for (const { arg, error } of unmatchedArgs) {
    printFindings(io, [error.toFinding()]);
    unreadable++;
    unreadableFiles.push({ file: arg, code: error.code, message: error.message });
  }

  for (const file of files) {
    const fileFindings: Finding[] = [];
    const rowErrors: Finding[] = [];
    const found: Finding[] = [];
    const asCheck = asCheckOf(flags.strict);
    /** the file is read: an error of exit 2 past this is the run's (the config's targets), no longer the file's */
    let read = false;
    try {
      const data = await collect([file], { ...common.read, onRowError: (e) => rowErrors.push(e.toFinding()) }, ['district', 'year'], undefined, found, inputs);
      read = true;
      firstFiles.note(file, data);
      pushAll(fileFindings, rowErrors, data.findings.map(asCheck), undecided(data, common, rowErrors));
      // A year column of several years (traps35 1): summarize refuses the file without --by year.
      const years = severalYears(data.years, flags.strict, (f) => ({ ...f, location: { file } }));
      if (years) fileFindings.push(years);
      // The targets are resolved as summarize resolves them, judged or not: a config target it
      // refuses (TARGET_AMBIGUOUS) or says takes no office (TARGET_UNMATCHED) is said here too.
      const summary = evaluate(data.groups, data.totals, data.totalProvinces, common.evaluate);
      refuseAmbiguousTargets(summary.ambiguousTargets, common.config.path);
      refuseUnknownProvinceTargets(summary.unmatchedTargets, common.config.path);
      evaluated++;
      for (const t of summary.unmatchedTargets) {
        const key = `${t.year}\u0000${t.scope}\u0000${t.name}`;
        unmatched.set(key, { target: t, files: (unmatched.get(key)?.files ?? 0) + 1 });
      }
      if (flags.failBelowTarget) {
        const sheet = data.reports[0]?.sheet?.name;
        const fileLocation = sheet !== undefined ? { file, sheet } : { file };
        // Every office and the file's total (per year): a province can miss while each office meets.
        for (const g of [...summary.groups, ...summary.totals]) {
          const name = g.isTotal ? 'TOTAL' : g.district;
          for (const m of MEASURES) {
            const r = g.measures[m];
            if (r?.met !== false || !r.rateRounded || !r.target) continue;
            fileFindings.push(
              finding('error', 'BELOW_TARGET', `${name}${g.year ? ` (${g.year})` : ''}: ${m} rate ${missedRate(r.rate!, r.rateRounded, r.target.value, common.evaluate.rateDecimals)}% is below its target of ${plain(r.target.value)}%`, g.first ?? fileLocation),
            );
          }
        }
      }
    } catch (err) {
      if (!(err instanceof ThadsError)) throw err;
      // A file that cannot be opened, or read without a choice of the user's (a workbook of two
      // tables: which sheet?), is one file not read: the others are still checked (traps35 4:
      // the run stopped there, the other file's errors never said, stdout empty).
      if (err.code === 'IO_ERROR' || (!read && err.exitCode === EXIT.usage)) {
        printFindings(io, [err.toFinding()]);
        unreadable++;
        unreadableFiles.push({ file, code: err.code, message: err.message });
        continue;
      }
      if (err.exitCode !== EXIT.data) throw err;
      // What the file showed before it broke is still reported.
      pushAll(fileFindings, rowErrors, found.map(asCheck), [err.toFinding()]);
    }
    pushAll(findings, fileFindings.sort(byPosition));
  }
  if (unreadable === 0) pushAll(findings, await acrossFiles(files, common, flags.strict, findings, firstFiles));

  // A target that no file's offices take leaves the national one in force unseen (summarize says it too).
  const untaken = [...unmatched.values()].filter((u) => u.files === evaluated).map((u) => u.target);
  pushAll(findings, unmatchedTargets(untaken, common.config.path).map(asCheckOf(flags.strict)));
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const checked = files.length + unmatchedArgs.length - unreadable;
  const verdict =
    (findings.length === 0 ? `no problems in ${plural(checked, 'file')}` : `${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')} in ${plural(checked, 'file')}`) +
    // A file that could not be read is not a file without problems.
    (unreadable > 0 ? `; ${plural(unreadable, 'file')} could not be read` : '');
  // check adds nothing up: a warning says what summarize does with the rows, or, where summarize
  // would refuse the input (an error in it, --strict), that nothing is summed (summarize's words).
  const refused = refusesToSum(findings, flags.strict === true);
  const worded = (f: Finding) => (refused ? asUnsummed(f) : asChecked(f));
  const shown = (flags.quiet ? errors : findings).map(worded);

  if (flags.format === 'json') {
    const doc = {
      version: 1,
      files: files.length + unmatchedArgs.length,
      unreadable,
      unreadableFiles,
      errors: errors.length,
      warnings: warnings.length,
      // --quiet lists no warning, and the counts are the verdict's: how many of them the list leaves
      // out, so a reader of the JSON can tell (traps35 3: "warnings": 1 beside no warning listed)
      warningsNotListed: flags.quiet ? warnings.length : 0,
      findings: shown.map((f) => ({
        severity: f.severity,
        code: f.code,
        message: f.message,
        file: f.location?.file ?? null,
        // workbooks only: the sheet, and line/column are its row and column (1 = A)
        ...(f.location?.sheet !== undefined ? { sheet: f.location.sheet } : {}),
        line: f.location?.line ?? null,
        column: f.location?.column ?? null,
        location: f.location ? formatLocation(f.location) : null,
        hint: f.hint ?? null,
      })),
      verdict,
    };
    io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    const render = flags.format === 'github' ? githubAnnotation : formatFinding;
    // For people: a file with 150,000 bad rows shows the first of each kind and a count of the rest.
    for (const f of collapseRepeats(shown)) io.stdout.write(`${render(f)}\n`);
    io.stdout.write(`${verdict}\n`);
  }

  // (an error summarize gives exit 2 for, whatever options it is given — reports of two periods — is exit 2 here too)
  if (unreadable > 0 || errors.some((f) => CODES[f.code].exit === EXIT.usage)) return EXIT.usage;
  if (refused) return EXIT.data;
  if (errors.length > 0) return EXIT.belowTarget;
  return EXIT.ok;
}
