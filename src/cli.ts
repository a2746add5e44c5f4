// commander → typed options. Usage errors become exit 2; each command returns its exit code.
import { provinceOfFileName } from './domain/provinces.js';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { GROUP_LEVELS, type GroupLevel } from './domain/aggregate.js';
import type { Dec } from './domain/decimal.js';
import { parsePercent, PERCENT_RULE } from './domain/targets.js';
import { MEASURES } from './domain/fields.js';
import { EXIT, ThadsError, type ExitCode } from './errors.js';
import { expandFileArgs } from './file-args.js';
import { pathAsWritten } from './path-arg.js';
import type { Io } from './io.js';
import { ENCODINGS } from './input/decode.js';
import { NUMBER_FORMATS } from './input/numbers.js';
import { DELIMITERS, type Delimiter } from './input/sniff.js';
import { MONEY_UNITS } from './input/units.js';
import { LANGS } from './output/format-number.js';

import { CHECK_FORMATS, SUMMARY_FORMATS, type CheckFlags, type ReadFlags, type SummarizeFlags } from './commands/flags.js';

function integer(min: number, max: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}.`);
    return Number(value);
  };
}

/** --config and --output read `\` as file arguments do (path-arg.ts). */
function withPaths<F extends { config?: string; output?: string }>(io: Io, flags: F): F {
  return {
    ...flags,
    ...(flags.config !== undefined ? { config: pathAsWritten(io, flags.config) } : {}),
    ...(flags.output !== undefined ? { output: pathAsWritten(io, flags.output, 'output') } : {}),
  };
}

function percent(value: string): Dec {
  const v = parsePercent(value);
  if (typeof v === 'string') throw new InvalidArgumentError(`expected ${PERCENT_RULE}, such as 74 or 34.5.`);
  return v;
}

function byList(value: string): GroupLevel[] {
  const parts = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0) throw new InvalidArgumentError(`expected none, or a comma list of ${GROUP_LEVELS.join(', ')}.`);
  if (parts.includes('none')) {
    if (parts.length === 1) return [];
    throw new InvalidArgumentError(`"none" prints only the total and cannot be combined with other levels: pass --by none alone, or a comma list of ${GROUP_LEVELS.join(', ')}.`);
  }
  for (const p of parts) {
    if (!(GROUP_LEVELS as readonly string[]).includes(p)) throw new InvalidArgumentError(`"${p}" is not a level to group by: pass none, or a comma list of ${GROUP_LEVELS.join(', ')}.`);
  }
  return [...new Set(parts)] as GroupLevel[];
}

function collectRepeated(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** An option that names one thing: given twice, the last would win silently. */
function once(name: string) {
  return (value: string, previous: string | undefined): string => {
    if (previous !== undefined) throw new InvalidArgumentError(`${name} is given more than once ("${previous}", "${value}"): pass it once.`);
    return value;
  };
}

function delimiter(value: string): Delimiter {
  const v = value === '\\t' || value.toLowerCase() === 'tab' ? '\t' : value;
  if (!(DELIMITERS as readonly string[]).includes(v)) throw new InvalidArgumentError('expected one of "," ";" "|" or tab.');
  return v as Delimiter;
}

/** A province as the table names it ("ninh-binh", "Ninh Binh" → "Ninh Bình"). */
function provinceName(value: string): string {
  const name = provinceOfFileName(value);
  if (name === null) throw new InvalidArgumentError('expected the name of a province ("Ninh Bình", "ninh-binh").');
  return name;
}

/** How files are read: every command that reads files has these. */
function addReadOptions(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'config file (default: ./thads.config.json, else the one beside the first input)')
    .option('--year <year>', 'statistics year of files without a year column; keeps only that year in files with one', integer(1990, 2099))
    .option('--province <name>', 'province of offices whose file names none (no Tỉnh column, none in the title or the file name)', provinceName)
    .addOption(new Option('--measure <measure>', 'measure of single-measure files with plain headers').choices(MEASURES))
    .addOption(new Option('--money-unit <unit>', 'unit of money in the input (default: from the file, else dong)').choices(MONEY_UNITS))
    .addOption(new Option('--number-format <format>', 'how figures are written (default: auto, decided per file)').choices(NUMBER_FORMATS))
    .addOption(new Option('--encoding <encoding>', 'text encoding when the file is not UTF-8').choices(ENCODINGS))
    .option('--delimiter <char>', 'field delimiter: , ; | or tab (default: sniffed)', delimiter)
    .option('--sheet <name|n>', 'sheet of .xlsx workbooks, one for all (inputs and --previous): its name, or its number from 1 (default: the one visible sheet with a table)', once('--sheet'))
    .option('--accept-total-mismatch', 'a declared total (Tổng cộng) the rows contradict is a warning, not an error; the sum of the rows is used')
    .option('--no-total-guess', 'never take a row for a total by its figures alone (a row equal or close to the sum of others stays an office, with a warning)');
}

/** How rates are compared with targets: the commands that evaluate (summarize, check). */
function addTargetOptions(cmd: Command): Command {
  return cmd
    .option('--rate-decimals <n>', 'decimals of rates and gaps (default 2)', integer(0, 10))
    .addOption(new Option('--gap-basis <basis>', 'exact: rate − target; rounded: rounded rate − target, as press reports').choices(['exact', 'rounded']))
    .option('--target-cases <percent>', 'target rate for cases, overriding config and built-in targets', percent)
    .option('--target-money <percent>', 'target rate for money, overriding config and built-in targets', percent);
}

const SUMMARIZE_EXAMPLES = `
Examples:
  $ thads summarize fixtures/2019.csv
  $ thads summarize 2019.csv --format json --output summary.json
  $ thads summarize viec.csv tien.csv --by province --only "Nam Định"
  $ thads summarize 2019.csv --gap-basis rounded --rate-decimals 0
  $ thads summarize 2019.csv --previous 2018.csv --format text --lang vi
  $ thads summarize bao-cao-2019.xlsx --sheet "Biểu 07" --lang vi -o tong-hop.xlsx
  $ thads summarize data/*.csv --format csv --excel --lang vi --output bao-cao.csv`;

const CHECK_EXAMPLES = `
Examples:
  $ thads check data/*.csv
  $ thads check data/*.csv --format github --strict
  $ thads check 2019.csv --fail-below-target`;

/**
 * Commander's own errors (an unknown option, a missing argument, a value outside the choices)
 * in thads' form, as every other usage error: "thads: error: unknown option '--bogus' [USAGE]".
 */
function asUsageError(message: string): string {
  return `thads: error: ${message.trim().replace(/^error: /, '')} [USAGE]\n`;
}

export interface Program {
  run(): Promise<ExitCode>;
}

export function buildProgram(io: Io): Program {
  let result: Promise<ExitCode> = Promise.resolve(EXIT.ok);
  const program = new Command('thads')
    .description('Exact year-end statistics for civil judgment enforcement (THADS) offices, from CSV exports.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('  hint: run with --help for usage')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: (s, write) => write(asUsageError(s)) });

  const summarizeCommand = program
    .command('summarize')
    .alias('sum')
    .description('sum figures per office and in total, compute rates and compare them with targets')
    .argument('<file...>', 'CSV files or .xlsx workbooks (cases and money together, or one measure per file)')
    .addOption(new Option('--by <levels>', 'group by none (the total only), or a comma list of province, district, year').argParser(byList).default(['district'], 'district'))
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, csv when piped, else from --output)').choices(SUMMARY_FORMATS))
    .addOption(new Option('--lang <lang>', 'language of labels and reports (default: config, else LANG, else en)').choices(LANGS))
    .addOption(new Option('--unit <unit>', 'money display unit (default: dong for csv/tsv/json, billion otherwise)').choices(MONEY_UNITS))
    .option('--previous <file>', "an earlier year's file (normally last year's), for the change columns (repeatable)", collectRepeated)
    .option('--only <name>', 'print only this group (repeatable; case, spacing and diacritics ignored); ranks and the total still cover all', collectRepeated)
    .option('-o, --output <file>', 'write the result to a file (atomically) instead of stdout')
    .option('--excel', 'CSV for Excel (csv and tsv only): UTF-8 BOM; with --lang vi also ";" and decimal commas')
    .option('--wide', 'the table with every column, however wide (default on a terminal: fit its width)')
    .option('--no-color', 'no colours in the table (also NO_COLOR or TERM=dumb; FORCE_COLOR forces them)');
  addTargetOptions(addReadOptions(summarizeCommand))
    .option('--fail-below-target', 'exit 3 when a printed group or the total misses its target')
    .option('--strict', 'treat warnings as errors (exit 1, nothing printed)')
    .option('-q, --quiet', 'print no warnings')
    .addHelpText('after', SUMMARIZE_EXAMPLES)
    .action(async (files: string[], flags: SummarizeFlags) => {
      const { summarize } = await import('./commands/summarize.js');
      const paths = withPaths(io, flags);
      const previous = flags.previous && (await expandFileArgs(io, flags.previous, paths.output));
      result = summarize(io, await expandFileArgs(io, files, paths.output), previous ? { ...paths, previous } : paths);
    });

  addTargetOptions(
    addReadOptions(
      program
        .command('check')
        .description('validate files for CI: every finding as FILE:LINE:COL, exit 1 when any is an error')
        .argument('<file...>', 'CSV files or .xlsx workbooks to check')
        .addOption(new Option('--format <format>', 'report format').choices(CHECK_FORMATS).default('text')),
    ),
  )
    .option('--strict', 'warnings (unknown column, an office on several rows…) fail too (exit 1)')
    .option('--fail-below-target', "exit 3 when an office or a file's total misses its target")
    .option('-q, --quiet', 'print errors and the verdict, no warnings')
    .addHelpText('after', CHECK_EXAMPLES)
    .action(async (files: string[], flags: CheckFlags) => {
      const { check } = await import('./commands/check.js');
      // A pattern that matches nothing is a file check could not read: the others are still checked
      // (exit 2 all the same); with nothing else to check, the error alone, as summarize gives it.
      const found: string[] = [];
      const unmatched: { arg: string; error: ThadsError }[] = [];
      for (const arg of files) {
        try {
          found.push(...(await expandFileArgs(io, [arg])));
        } catch (err) {
          if (!(err instanceof ThadsError) || err.code !== 'IO_ERROR') throw err;
          unmatched.push({ arg, error: err });
        }
      }
      if (found.length === 0) throw unmatched[0]!.error;
      result = check(io, found, withPaths(io, flags), unmatched);
    });

  addReadOptions(
    program
      .command('inspect')
      .description('show how thads reads a file: encoding, delimiter, header, columns, number format, unit, rows')
      .argument('<file...>', 'CSV files or .xlsx workbooks to inspect'),
  )
    .addHelpText('after', '\nExamples:\n  $ thads inspect bao-cao-2019.csv\n  $ thads inspect --encoding windows-1258 bao-cao.csv')
    .action(async (files: string[], flags: ReadFlags) => {
      const { inspect } = await import('./commands/inspect.js');
      result = inspect(io, await expandFileArgs(io, files), withPaths(io, flags));
    });

  program
    .command('targets')
    .description('print the targets in force and where each comes from')
    .option('--year <year>', 'only this statistics year', integer(1990, 2099))
    .option('--config <file>', 'config file (default: ./thads.config.json)')
    .option('--target-cases <percent>', 'target rate for cases', percent)
    .option('--target-money <percent>', 'target rate for money', percent)
    .addHelpText('after', '\nExamples:\n  $ thads targets\n  $ thads targets --year 2019 --config fixtures/thads.config.json')
    .action(async (flags: { year?: number; config?: string; targetCases?: Dec; targetMoney?: Dec }) => {
      const { targets } = await import('./commands/targets.js');
      result = targets(io, withPaths(io, flags));
    });

  program
    .command('init')
    .description('write a starter thads.config.json with the latest built-in targets (never overwrites)')
    .option('--output <file>', 'where to write it', 'thads.config.json')
    .addHelpText('after', '\nExamples:\n  $ thads init\n  $ thads init --output config/thads.config.json')
    .action(async (flags: { output: string }) => {
      const { init } = await import('./commands/init.js');
      result = init(io, withPaths(io, flags));
    });

  program.addHelpText('after', '\nExamples:\n  $ thads summarize fixtures/2019.csv\n  $ thads check data/*.csv\n  $ thads inspect export.csv');

  return {
    async run() {
      if (io.argv.length === 0) {
        io.stderr.write(program.helpInformation());
        return EXIT.usage;
      }
      assertGivenOnce(io.argv);
      try {
        await program.parseAsync([...io.argv], { from: 'user' });
      } catch (err) {
        if (err instanceof CommanderError) {
          return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? EXIT.ok : EXIT.usage;
        }
        throw err;
      }
      return await result;
    },
  };
}

/** Options that name one thing (--previous, --only repeat; --sheet says so itself): given twice, the last would win silently. */
const ONE_VALUE = new Set(['--config', '--year', '--province', '--measure', '--money-unit', '--number-format', '--encoding', '--delimiter', '--by', '--format', '--lang', '--unit', '--output', '--rate-decimals', '--gap-basis', '--target-cases', '--target-money']);

function assertGivenOnce(argv: readonly string[]): void {
  const seen = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const eq = arg.indexOf('=');
    const name = arg === '-o' ? '--output' : eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    if (!ONE_VALUE.has(name)) continue;
    const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : (argv[++i] ?? '');
    const first = seen.get(name);
    if (first !== undefined) throw usageError(`${name} is given more than once ("${first}", "${value}"): pass it once.`);
    seen.set(name, value);
  }
}

export function usageError(message: string, hint?: string): ThadsError {
  return new ThadsError('USAGE', message, undefined, hint);
}

export const VERSION = '0.1.0';
