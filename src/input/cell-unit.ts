// A money cell saved "as shown" with the unit its number format writes beside the figure:
// LibreOffice "9,565,824.266 (nghìn đồng)", Excel vi-VN "9.565.824,266 nghìn đồng", "1.234 tr.đ".
// The cell states its unit as the workbook's format does (xlsx/scaled-money.ts), under the same
// rules: under a stated unit (unit line, header, --money-unit) it must be that one; in a file that
// states none, the cells state the file's — every money cell other than zero in that one unit, a
// figure without it (or with the đồng sign) beside them refused: what it is in cannot be told.
// Words that name no money ("1.000 (tạm tính)", "1.539 việc") make no unit: the cell stays no number.
import { ThadsError, type Location } from '../errors.js';
import type { FileReport } from './file-report.js';
import { withoutDongSign } from './numbers.js';
import { MONEY_UNIT_NAMES, UNIT_EXPONENT, parseFormatUnit, type MoneyUnit } from './units.js';

/** A money cell's figure and the unit written beside it. */
export interface CellUnit {
  readonly figure: string;
  readonly unit: MoneyUnit;
}

/** Digits, marks and spaces (or a dash, the Accounting zero), then words with a letter and no digit. */
const FIGURE_THEN_WORDS = /^\s*(\d[\d.,\s]*|[-–—])\s*([^\d]*\p{L}[^\d]*)$/u;

/**
 * The unit a money cell writes beside its figure: the đồng sign on either side (numbers.ts
 * withoutDongSign), or after the figure words read as a format's literal is (units.ts
 * parseFormatUnit). Null: none, or words that are no unit thads reads ("USD" stays no number).
 */
export function moneyCellUnit(raw: string): CellUnit | null {
  const signed = withoutDongSign(raw);
  if (signed !== null) return { figure: signed, unit: 'dong' };
  const m = FIGURE_THEN_WORDS.exec(raw.normalize('NFC'));
  if (!m) return null;
  // read as a label beside a figure: words that name no money say nothing (null)
  const unit = parseFormatUnit(m[2]!, true);
  return unit === null || unit === 'unreadable' ? null : { figure: m[1]!.trim(), unit };
}

/** report.moneyUnitFrom of a file whose money unit only its money cells state */
export const UNIT_FROM_CELLS = "the money cells' unit";

const vi = (unit: MoneyUnit) => MONEY_UNIT_NAMES[unit].vi;
const ONE_UNIT_HINT = 'write every money cell without its unit and state the unit above the header ("Đơn vị tính: nghìn đồng"), or save every money cell with the same format';

interface Cell {
  readonly loc: Location;
  readonly text: string;
}

/** The money cells of one file: their units against the stated one, or against each other. */
export class CellUnitWatch {
  /** in a file that states no unit: its first money cell with a scaled unit, and its first non-zero one without (or in đồng) */
  private stating: (Cell & { readonly unit: Exclude<MoneyUnit, 'dong'> }) | null = null;
  private plain: Cell | null = null;

  constructor(private readonly report: FileReport) {}

  /**
   * A non-zero money cell (`unit`: what it writes beside its figure, null none) of a column
   * read in 10^`exponent` đồng: the power of ten its figure is to be multiplied by beyond the
   * column's (a cell in nghìn đồng in a file that states no unit: 3). Refuses a contradiction.
   */
  see(unit: MoneyUnit | null, exponent: number, what: string, cell: Cell): number {
    const { report } = this;
    const stated = report.moneyUnitFrom !== 'default' && report.moneyUnitFrom !== UNIT_FROM_CELLS;
    if (stated) {
      if (unit === null || UNIT_EXPONENT[unit] === exponent) return 0;
      const column = (Object.keys(UNIT_EXPONENT) as MoneyUnit[]).find((u) => UNIT_EXPONENT[u] === exponent);
      throw new ThadsError('UNIT_CONTRADICTION', `${what} "${cell.text}" is written in ${vi(unit)}, but its column's money was read in ${column ? vi(column) : `10^${exponent} đồng`} (${report.moneyUnitFrom})`, cell.loc, 'correct the unit line or the header, or save the cells without their unit');
    }
    const s = this.stating;
    if (unit === null || unit === 'dong') {
      if (s) {
        const holds = unit === null ? 'writes no unit' : 'is written in đồng';
        throw new ThadsError('UNIT_CONTRADICTION', `${what} "${cell.text}" ${holds}, but money cells state ${vi(s.unit)} ("${s.text}", line ${s.loc.line}, column ${s.loc.column}) and the file states no unit line: what this one is in cannot be told`, cell.loc, ONE_UNIT_HINT);
      }
      this.plain ??= cell;
      return 0;
    }
    if (s && s.unit !== unit) {
      throw new ThadsError('UNIT_CONTRADICTION', `${what} "${cell.text}" is written in ${vi(unit)}, but the money cell "${s.text}" (line ${s.loc.line}, column ${s.loc.column}) is in ${vi(s.unit)}: one file's money in two units`, cell.loc, ONE_UNIT_HINT);
    }
    const p = this.plain;
    if (!s && p) {
      throw new ThadsError('UNIT_CONTRADICTION', `${what} "${cell.text}" is written in ${vi(unit)}, but the money cell "${p.text}" (line ${p.loc.line}, column ${p.loc.column}) writes no unit of its own, and the file states no unit line: what that one is in cannot be told`, cell.loc, ONE_UNIT_HINT);
    }
    if (!s) {
      this.stating = { ...cell, unit };
      // The cells state the unit of a file that states none: from now on it is the file's.
      report.moneyUnit = unit;
      report.moneyUnitFrom = UNIT_FROM_CELLS;
      report.moneyUnitStated = { unit, text: cell.text, location: cell.loc };
      report.columns = report.columns.map((c) => (c.role.kind === 'figure' && c.measure === 'money' ? { ...c, unit } : c));
    }
    return UNIT_EXPONENT[unit];
  }
}
