// Which money unit the options (--money-unit, the config's "moneyUnit") give a file. They state
// the unit of the department's exports (SPEC §3), and only of files that can be in any unit: thads' own output
// is in đồng, or in the unit its header names (SPEC §8), whatever they say — read in thousands,
// last year's TOTAL of 408,8 tỷ became 408.800 tỷ and "tăng 81,9 tỷ" a fall of 408.309 tỷ.
import { ThadsError, formatLocation, type Location } from '../errors.js';
import type { FileReport, ReadOptions, StatedUnit } from './file-report.js';
import { moneyCellUnit, unitOfCell, type CellFormat } from './cell-unit.js';
import { readCell, type CellReading } from './numbers.js';
import { MONEY_UNIT_NAMES, type MoneyUnit } from './units.js';

export interface UnitOption {
  readonly unit: MoneyUnit;
  readonly source: string;
}

export interface UnitStatement {
  /** thads' own CSV or workbook */
  readonly ownOutput: boolean;
  /** its header or a unit line names a money unit (read or not) */
  readonly statesUnit: boolean;
  readonly hasMoney: boolean;
  /** its money columns' indexes, 0-based */
  readonly moneyColumns?: readonly number[];
}

/**
 * A --previous file that states no unit beside an input that does, its money cells not yet seen:
 * cells written with their unit ("9.000.000.000 ₫", "9.000.000 nghìn đồng": a format saved as
 * shown, or a workbook's format that writes it) state it (cellsUnit). The reader reads the rows
 * and reads the header again with `opts.cellsUnit`; otherwise, or a reader that does not look,
 * refuses it as it is.
 */
export class PreviousUnitNeeded extends ThadsError {
  constructor(
    readonly moneyColumns: readonly number[],
    message: string,
    where: Location,
  ) {
    super('PREVIOUS_UNIT_UNKNOWN', message, where);
  }
}

/** A figure other than zero, in one convention or both ("9.000", "1.052"). */
function statesAFigure(r: CellReading): boolean {
  if (r.kind === 'value') return r.value.units !== 0n;
  return r.kind === 'ambiguous';
}

/** A row's cells, and (a workbook's) its number cells' formats by 0-based column (read-csv.ts TableRecord). */
export interface CellsOfRow {
  readonly cells: readonly string[];
  readonly formats?: ReadonlyMap<number, CellFormat>;
}

/**
 * The unit the rows' money cells state: each one holding a figure other than zero writes the
 * same unit (cell-unit.ts moneyCellUnit: "9.000 ₫", "9.000 nghìn đồng"; or its number format
 * does), and one at least does. Null: none, or not all alike. Other text (a signature, a date)
 * states nothing.
 */
export function cellsUnit(rows: readonly CellsOfRow[], moneyColumns: readonly number[]): MoneyUnit | null {
  let unit: MoneyUnit | null = null;
  for (const { cells, formats } of rows) {
    for (const i of moneyColumns) {
      const cell = cells[i] ?? '';
      const written = unitOfCell(moneyCellUnit(cell), formats?.get(i));
      if (written === null || written === 'unreadable') {
        if (statesAFigure(readCell(cell.trim()))) return null;
        continue;
      }
      if (unit !== null && written !== unit) return null;
      unit = written;
    }
  }
  return unit;
}

/**
 * A --previous file is another year's file (SPEC §7); its unit, unless it states one of its own:
 * - it states one (unit line, header unit, or it is thads' own output): that one;
 * - it states none and an option is given: the option's. The option names the unit of the
 *   department's exports, last year's of the same form included;
 * - it states none, but its money cells carry the đồng sign (`opts.cellsUnit`): đồng; another
 *   unit they write: none given here, the cells state it as they are read (cell-unit.ts);
 * - it states none, no option, and an input states a unit other than đồng (`opts.inputUnit`):
 *   refused, never read in đồng nor in the input's unit (1,000× off either way when wrong);
 * - otherwise đồng, as any file (SPEC §3).
 */
export function moneyUnitOption(opts: ReadOptions, file: UnitStatement, where: Location): UnitOption | null {
  if (file.ownOutput) return null;
  // --money-unit decides for every file (a warning says where a file states another); the config's
  // moneyUnit is the unit of exports that state none (README): over a file's own "(đồng)" it read
  // its money 1,000× (traps12 2, exit 0).
  if (!opts.previous) return opts.moneyUnit && (opts.moneyUnit.source === '--money-unit' || !file.statesUnit) ? opts.moneyUnit : null;
  if (file.statesUnit || !file.hasMoney) return null;
  if (opts.moneyUnit) return opts.moneyUnit;
  const input = opts.inputUnit;
  if (!input) return null;
  if (opts.cellsUnit === 'dong') return { unit: 'dong', source: 'the đồng sign of its money cells' };
  if (opts.cellsUnit) return null;
  const name = MONEY_UNIT_NAMES[input.unit].vi;
  throw new PreviousUnitNeeded(
    file.moneyColumns ?? [],
    `this --previous file states no money unit, but the input states its money in ${name} ("${input.text}", ${formatLocation(input.location)}): its money could be in ${name} or in đồng`,
    where,
  );
}

/** The first unit other than đồng the inputs state (their unit line or header), for reading the --previous files. */
export function statedInputUnit(reports: readonly FileReport[]): StatedUnit | undefined {
  const r = reports.find((x) => x.moneyUnitStated !== null && x.moneyUnitStated.unit !== 'dong');
  if (!r) return undefined;
  const stated = r.moneyUnitStated!;
  return r.sheet ? { ...stated, location: { ...stated.location, sheet: r.sheet.name } } : stated;
}
