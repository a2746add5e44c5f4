// Which money unit the options (--money-unit, the config's "moneyUnit") give a file. They state
// the unit of the input (SPEC §3), and only of files that can be in any unit: thads' own output
// is in đồng, or in the unit its header names (SPEC §8), whatever they say — read in thousands,
// last year's TOTAL of 408,8 tỷ became 408.800 tỷ and "tăng 81,9 tỷ" a fall of 408.309 tỷ.
import { ThadsError, type Location } from '../errors.js';
import type { ReadOptions } from './file-report.js';
import type { MoneyUnit } from './units.js';

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
}

/**
 * A --previous file is another year's file with a unit of its own (SPEC §7): what it states is
 * its unit. One that states none under a unit option is refused, never read in a unit assumed
 * (the input's, or đồng: 1,000× off either way when wrong), as its year is never assumed
 * (commands/previous-files.ts). Without an option it is read in đồng, as any file (SPEC §3).
 */
export function moneyUnitOption(opts: ReadOptions, file: UnitStatement, where: Location): UnitOption | null {
  if (!opts.moneyUnit || file.ownOutput) return null;
  if (!opts.previous) return opts.moneyUnit;
  if (file.statesUnit || !file.hasMoney) return null;
  throw new ThadsError('PREVIOUS_UNIT_UNKNOWN', `this --previous file states no money unit, and ${opts.moneyUnit.source} (${opts.moneyUnit.unit}) is the unit of the input, not of last year's files: its money could be in ${opts.moneyUnit.unit} or in đồng`, where);
}
