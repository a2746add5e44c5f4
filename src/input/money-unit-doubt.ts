// Money beyond any real file's (domain/money-ceiling.ts) read under a unit that multiplied it:
// cells in đồng under "Đơn vị tính: nghìn đồng" (or nghìn under "triệu đồng") read 1000× too
// large, exit 0 (unit45). Past 10^15 đồng summed, more than the whole country's money of any year
// so far: a warning (--strict refuses it); past 2·10^15 đồng an office on average, which no
// report holds: refused.
import type { OfficeRow } from '../domain/aggregate.js';
import { plain } from '../domain/decimal.js';
import { MONEY_CEILING_PER_OFFICE, MONEY_DOUBT, MONEY_PER_CASE_APART, MONEY_PER_CASE_MIN_CASES, moneyOverCeiling, type MoneyPerCase } from '../domain/money-ceiling.js';
import type { Dec } from '../domain/decimal.js';
import { finding, formatLocation, type Finding } from '../errors.js';
import { figureColumn, type FileReport } from './file-report.js';
import { MONEY_UNIT_NAMES, UNIT_EXPONENT, type MoneyUnit } from './units.js';

/** The finding on one file's offices' money read in a unit above đồng (declared totals left out); null: none, or the unit is đồng. */
export function moneyUnitDoubt(report: FileReport, rows: readonly OfficeRow[], file: string): Finding | null {
  if (UNIT_EXPONENT[report.moneyUnit] <= 0) return null;
  const doubt = moneyOverCeiling(rows, MONEY_DOUBT, 'sum');
  if (doubt === null) return null;
  const impossible = moneyOverCeiling(rows, MONEY_CEILING_PER_OFFICE, 'mean');
  const { field, sum, count, largest, value, year } = impossible ?? doubt;
  const column = figureColumn(report, 'money', field);
  const unitName = MONEY_UNIT_NAMES[report.moneyUnit].vi;
  const stated = report.moneyUnitStated;
  const where = stated ? `${report.moneyUnitFrom} ("${stated.text}", ${formatLocation(stated.location)})` : report.moneyUnitFrom;
  const adds = `the offices' money ${field.replace(/_/g, ' ')}${year !== null ? ` of ${year}` : ''}, read in ${unitName} as ${where} says, adds up to ${plain(sum)} đồng over ${count} office${count === 1 ? '' : 's'} (the largest, this row: ${plain(value)} đồng)`;
  const why = impossible
    ? `${plain(sum.div(count).toDecimalPlaces(0))} đồng an office on average, more than ${plain(MONEY_CEILING_PER_OFFICE)} đồng, about three times the whole country's THADS money of its record year (686.000 tỷ đồng to execute in 2025); the cells are likely written in a smaller unit than ${unitName}, and read so every amount would be 1000× or more too large`
    : `more than ${plain(MONEY_DOUBT)} đồng, the whole country's THADS money of any year so far (686.000 tỷ đồng to execute in 2025, the record); if the cells are written in a smaller unit than ${unitName}, every amount is read 1000× or more too large`;
  const hint = stated
    ? `correct the unit at ${formatLocation(stated.location)} to the one the cells are written in ("Đơn vị tính: đồng" for đồng), or pass --money-unit dong`
    : report.moneyUnitFrom === 'default' ? undefined : `if the cells are in đồng, ${report.moneyUnitFrom === '--money-unit' ? 'pass --money-unit dong' : `correct ${report.moneyUnitFrom}, or pass --money-unit dong`}`;
  return finding(
    impossible ? 'error' : 'warning',
    impossible ? 'MONEY_IMPLAUSIBLE' : 'MONEY_DOUBTFUL',
    `${adds}: ${why}`,
    { file, line: largest.line, ...(column ? { column } : {}), ...(largest.sheet !== undefined ? { sheet: largest.sheet } : {}) },
    hint,
  );
}

// One office's file in another unit than its peers' (its cells in đồng under "nghìn đồng", or the
// converse): money alone cannot tell (a district's table in đồng or in nghìn both look like one);
// its money a case with conditions beside the other files' can (domain/money-ceiling.ts). Judged
// on each file's per-office sums, never per row.

/** The unit 1000× above `unit`; null: none. */
const UNIT_ABOVE: Record<MoneyUnit, MoneyUnit | null> = { dong: 'thousand', thousand: 'million', million: 'billion', billion: null };
/** The unit 1000× below `unit`; null: none. */
const UNIT_BELOW: Record<MoneyUnit, MoneyUnit | null> = { dong: null, thousand: 'dong', million: 'thousand', billion: 'million' };
const OPTION_WORD: Record<MoneyUnit, string> = { dong: 'dong', thousand: 'thousand', million: 'million', billion: 'billion' };

/** Where a file's unit comes from, for a message: "the unit line above the header ("…", FILE:3:1)", "no unit line nor header unit, so đồng". */
function unitSource(report: FileReport): string {
  const stated = report.moneyUnitStated;
  if (stated) return `as ${report.moneyUnitFrom} ("${stated.text}", ${formatLocation(stated.location)}) says`;
  return report.moneyUnitFrom === 'default' ? 'as no unit line or header unit states any (the default)' : `as ${report.moneyUnitFrom} says`;
}

/** How to fix a file whose cells are written in `unit`, not in the one it was read in; `alone`: one file of a run, which an option (for every file) would not fix. */
function unitHint(report: FileReport, unit: MoneyUnit, alone = false): string {
  const name = MONEY_UNIT_NAMES[unit].vi;
  const option = alone ? '' : `, or pass --money-unit ${OPTION_WORD[unit]}`;
  const stated = report.moneyUnitStated;
  if (stated) return `if the cells are in ${name}, correct the unit at ${formatLocation(stated.location)} ("Đơn vị tính: ${name}")${option}`;
  if (report.moneyUnitFrom === 'default') return `state the unit the cells are written in: a line "Đơn vị tính: ${name}" above the header${alone ? '' : `, or --money-unit ${OPTION_WORD[unit]}`}`;
  return `if the cells are in ${name}, ${alone ? `correct ${report.moneyUnitFrom}` : `pass --money-unit ${OPTION_WORD[unit]}${report.moneyUnitFrom === '--money-unit' ? '' : ` (or correct ${report.moneyUnitFrom})`}`}`;
}

function perCaseLocation(report: FileReport, row: OfficeRow, file: string) {
  const column = figureColumn(report, 'money', 'with_conditions');
  return { file, line: row.line, ...(column ? { column } : {}), ...(row.sheet !== undefined ? { sheet: row.sheet } : {}) };
}

const perCase = (s: { readonly money: Dec; readonly cases: Dec }): Dec => s.money.div(s.cases);

/** One file's sums of one year, as moneyApartDoubts compares them. */
export interface FilePerCase {
  readonly file: string;
  readonly report: FileReport;
  readonly sums: MoneyPerCase<OfficeRow>;
}

/**
 * A file whose money a case is MONEY_PER_CASE_APART× or more above or below the median of the
 * run's files of its year (at least three, each with 20 cases with conditions or more and some
 * money; the median, so one file off leaves it a peer's): a warning at its busiest
 * office's money cell, the hint naming its unit. The median is over sorted quotients: files, not rows.
 */
export function moneyApartDoubts(files: readonly FilePerCase[]): Finding[] {
  const judged = files.filter((f) => f.sums.cases.gte(MONEY_PER_CASE_MIN_CASES) && f.sums.money.gt(0));
  if (judged.length < 3) return [];
  const out: Finding[] = [];
  const medians = new Map<number | null, { median: Dec; files: number }>();
  for (const f of judged) {
    if (medians.has(f.sums.year)) continue;
    const all = judged.filter((o) => o.sums.year === f.sums.year).map((o) => perCase(o.sums)).sort((a, b) => a.comparedTo(b));
    const mid = all.length >> 1;
    medians.set(f.sums.year, { median: all.length % 2 === 1 ? all[mid]! : all[mid - 1]!.plus(all[mid]!).div(2), files: all.length });
  }
  for (const f of judged) {
    const { median, files: peers } = medians.get(f.sums.year)!;
    if (peers < 3) continue;
    const own = perCase(f.sums);
    const high = own.gte(median.times(MONEY_PER_CASE_APART));
    if (!high && !own.times(MONEY_PER_CASE_APART).lte(median)) continue;
    const { report } = f;
    const unitName = MONEY_UNIT_NAMES[report.moneyUnit].vi;
    const ratio = (high ? own.div(median) : median.div(own)).toDecimalPlaces(0);
    const { year } = f.sums;
    const otherUnit = (high ? UNIT_BELOW : UNIT_ABOVE)[report.moneyUnit];
    out.push(
      finding(
        'warning',
        'MONEY_UNIT_APART',
        `the offices' money with conditions${year !== null ? ` of ${year}` : ''}, read in ${unitName} ${unitSource(report)}, is ${plain(own.toDecimalPlaces(0))} đồng a case with conditions on average (${plain(f.sums.money)} đồng over ${plain(f.sums.cases)} cases), ${plain(ratio)}× ${high ? 'more' : 'less'} than the median of the run's ${peers} files${year !== null ? ` of ${year}` : ''} (${plain(median.toDecimalPlaces(0))} đồng a case): its cells are likely written in ${high ? 'a smaller' : 'a larger'} unit than ${unitName}, every amount read 1000× too ${high ? 'large' : 'small'}`,
        perCaseLocation(report, f.sums.row, f.file),
        otherUnit !== null ? unitHint(report, otherUnit, true) : undefined,
      ),
    );
  }
  return out;
}
