// thads inspect: how a file is read — every decision and why, so a user can fix a mapping
// (with --delimiter, --encoding, aliases…) without reading code.
import { collect } from '../collect.js';
import { statSync } from 'node:fs';
import { STDIN, ThadsError, collapseRepeats, formatFinding, type ExitCode, EXIT } from '../errors.js';
import { escapeControls } from '../output/sanitize.js';
import type { ReadFlags } from './flags.js';
import type { Io } from '../io.js';
import { newFileReport, type FileReport, type ReadOptions } from '../input/file-report.js';
import { readInputFile } from '../input/read-file.js';
import { withoutLockFiles } from '../input/lock-files.js';
import { assertStdinOnce, resolveCommon } from './common.js';

const DELIMITER_NAME: Record<string, string> = { ',': 'comma (,)', ';': 'semicolon (;)', '\t': 'tab', '|': 'pipe (|)' };

function describeColumn(c: FileReport['columns'][number]): string {
  const header = JSON.stringify(c.header.replace(/\s+/g, ' ').trim());
  switch (c.role.kind) {
    case 'figure': {
      const unit = c.unit ? `, in ${c.unit}` : '';
      const from = c.measureFrom && c.measureFrom !== 'header' ? ` (measure from ${c.measureFrom})` : '';
      return `${header} → ${c.measure}_${c.role.field}${unit}${from}`;
    }
    case 'identity':
      return `${header} → ${c.role.key}`;
    case 'ignored':
      return `${header} → ignored (row numbers, notes, or a rate or target thads computes itself)`;
    case 'empty':
      return '(empty header) → ignored';
    case 'unknown':
      return `${header} → ignored (unknown column)`;
  }
}

function describeHeader(r: FileReport): string {
  if (r.headerLine === 0) return 'not found';
  // A sheet has rows where a text file has lines.
  const [one, many] = r.sheet ? ['row', 'rows'] : ['line', 'lines'];
  const rows = r.groupRowLine ? `${many} ${r.groupRowLine}–${r.headerLine} (two-row header: group row ${r.groupRowLine}, labels ${r.headerLine})` : `${one} ${r.headerLine}`;
  const above = r.headerLine > 1 ? ` (${many} above it are titles${r.moneyUnitFrom.includes('unit line') ? ' and the unit line' : ''})` : '';
  return rows + (r.groupRowLine ? '' : above);
}

function describeNumbers(r: FileReport): string {
  if (r.numberFormat !== 'undecided') return `${r.numberFormat} (${r.numberFormatWhy})`;
  return r.numberFormatWhy ? `plain (${r.numberFormatWhy})` : 'undecided';
}

function describeMoneyUnit(r: FileReport): string {
  if (!r.measures.includes('money')) return 'no money columns';
  return r.moneyUnitFrom === 'default' ? `${r.moneyUnit} (the default: no unit in the file or the options)` : `${r.moneyUnit} (from ${r.moneyUnitFrom})`;
}

export function describeReport(r: FileReport): string {
  const lines = [
    `${r.file}`,
    ...(r.sheet
      ? [`  sheet:         ${r.sheet.name} (${r.sheet.how})`]
      : [`  encoding:      ${r.encoding} (${r.encodingHow})`, `  delimiter:     ${DELIMITER_NAME[r.delimiter] ?? r.delimiter} (${r.delimiterHow})`]),
    `  header:        ${describeHeader(r)}`,
    `  columns:`,
    ...r.columns.map((c) => `    ${String(c.column).padStart(2)}  ${describeColumn(c)}`),
    `  measures:      ${r.measures.join(', ') || 'none'}`,
    `  numbers:       ${describeNumbers(r)}`,
    `  money unit:    ${describeMoneyUnit(r)}`,
    `  year:          from ${r.yearFrom}`,
    `  rows:          ${r.dataRows} data, ${r.totalRows} declared total, ${r.skippedRows} skipped without figures${r.otherYearRows ? `, ${r.otherYearRows} of other years` : ''}`,
  ];
  // Header cells and file names are data: controls in them are shown as escapes.
  return lines.map(escapeControls).join('\n');
}

/**
 * The reports of one input as read: a workbook of the pair of forms on two tabs ("Việc" | "Tiền")
 * gives one per tab (collect.ts measureSheets), each said to be one of the pair rather than picked
 * by --sheet, which the reader was handed.
 */
function asRead(reports: readonly FileReport[]): FileReport[] {
  if (reports.length !== 2 || !reports.every((r) => r.sheet !== undefined)) return [...reports];
  const tabs = reports.map((r) => JSON.stringify(r.sheet!.name)).join(' | ');
  return reports.map((r) => ({ ...r, sheet: { ...r.sheet!, how: `one of the pair of forms on two tabs (${tabs}), read as one-measure files joined per office` } }));
}

async function readUntilError(file: string, read: ReadOptions): Promise<FileReport> {
  const report = newFileReport(file);
  try {
    for await (const _row of readInputFile(file, read, report));
  } catch {
    // the error itself is reported by the caller
  }
  return report;
}

function isRegularFile(file: string): boolean {
  try {
    return file !== STDIN && statSync(file).isFile();
  } catch {
    return false;
  }
}

export async function inspect(io: Io, given: string[], flags: ReadFlags): Promise<ExitCode> {
  const { files, skipped } = withoutLockFiles(io.cwd, given);
  for (const f of skipped) io.stderr.write(`${formatFinding(f)}\n`);
  assertStdinOnce(files);
  const common = await resolveCommon(io, files, flags);
  let worst: ExitCode = EXIT.ok;
  const blocks: string[] = [];
  for (const file of files) {
    try {
      const data = await collect([file], common.read, ['district', 'year']);
      const notes = collapseRepeats(data.findings).map((f) => `  ${formatFinding(f).replace(/\n/g, '\n  ')}`);
      blocks.push([...asRead(data.reports).map(describeReport), ...(notes.length ? ['  findings:', ...notes.map((n) => `  ${n}`)] : [])].join('\n'));
    } catch (err) {
      if (!(err instanceof ThadsError)) throw err;
      // What was decided before the error is what the user needs to fix it; it is not a
      // result, so it goes to stderr with the error (stdout stays empty on failure).
      // Read again, up to the error: only a regular file can be (stdin and pipes are read once).
      const partial = isRegularFile(file) ? await readUntilError(file, common.read) : newFileReport(file);
      if (partial.headerLine > 0) io.stderr.write(`${describeReport(partial)}\n  stopped by:\n`);
      io.stderr.write(`${formatFinding(err.toFinding())}\n`);
      worst = worst === EXIT.ok ? err.exitCode : worst;
    }
  }
  if (blocks.length) io.stdout.write(`${blocks.join('\n\n')}\n`);
  return worst;
}
