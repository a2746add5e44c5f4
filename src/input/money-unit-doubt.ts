// Money beyond any real file's (domain/money-ceiling.ts) read under a unit that multiplied it:
// cells in đồng under "Đơn vị tính: nghìn đồng" (or nghìn under "triệu đồng") read 1000× too
// large, exit 0 (unit45). Past 10^15 đồng summed, more than the whole country's money of any year
// so far: a warning (--strict refuses it); past 2·10^15 đồng an office on average, which no
// report holds: refused.
import type { OfficeRow } from '../domain/aggregate.js';
import { plain } from '../domain/decimal.js';
import { MONEY_CEILING_PER_OFFICE, MONEY_DOUBT, moneyOverCeiling } from '../domain/money-ceiling.js';
import { finding, formatLocation, type Finding } from '../errors.js';
import { figureColumn, type FileReport } from './file-report.js';
import { MONEY_UNIT_NAMES, UNIT_EXPONENT } from './units.js';

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
