// A money cell's own unit, and the one rule that weighs it. A cell states its unit in one of two
// ways: the text it was saved with "as shown" (LibreOffice "9,565,824.266 (nghìn đồng)", Excel
// vi-VN "9.565.824,266 nghìn đồng", "1.234 tr.đ"), or a workbook's number format that writes it
// beside the figure (`#,##0 "nghìn đồng"`, xlsx/cell-text.ts). Either way (CellUnitWatch): under a
// stated unit (unit line, header, --money-unit) it must be that one; in a file that states none,
// the cells state the file's — every money cell other than zero in that one unit, a figure
// without it (or in đồng) beside them refused: what it is in cannot be told.
// Words that name no money ("1.000 (tạm tính)", "1.539 việc") make no unit: the cell stays no number.
import { latinLetters } from '../domain/letters.js';
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
const FIGURE_THEN_WORDS = latinLetters(/^\s*(\d[\d.,\s]*|[-–—])\s*([^\d]*\p{L}[^\d]*)$/u);

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

/** report.moneyUnitFrom of a file whose money unit only its money cells' text states */
export const UNIT_FROM_CELLS = "the money cells' unit";
/** report.moneyUnitFrom of a file whose money unit only its cells' number formats state */
export const UNIT_FROM_FORMAT = "the money cells' number format";

/** The file's money unit was stated by its money cells (text or format), not above them. */
export const unitFromCells = (from: string): boolean => from === UNIT_FROM_CELLS || from === UNIT_FROM_FORMAT;

/** A workbook number cell's format (its code as styles.xml gives it), and the unit its literal writes (units.ts parseFormatUnit; absent: none). */
export interface CellFormat {
  readonly format: string;
  readonly unit?: MoneyUnit | 'unreadable';
}

/**
 * A money cell's own unit, from either source: what its text writes beside the figure
 * (moneyCellUnit), else what its number format writes. Null: neither writes one; 'unreadable':
 * the format writes one thads cannot read (refused with the scales, xlsx/scaled-money.ts).
 */
export function unitOfCell(written: CellUnit | null, format: CellFormat | undefined): MoneyUnit | 'unreadable' | null {
  return written?.unit ?? format?.unit ?? null;
}

const vi = (unit: MoneyUnit) => MONEY_UNIT_NAMES[unit].vi;
const ONE_UNIT_HINT = 'give every money cell the same unit (the same number format), or state the unit above the header ("Đơn vị tính: nghìn đồng") and write the money cells without it';

/** A money cell as the reader saw it: its text, and (a workbook's number cell) its number format. */
export interface UnitCell {
  readonly loc: Location;
  readonly text: string;
  readonly format?: string;
}

type Seen = UnitCell & { readonly unit: MoneyUnit | null };

/** How the cell states `unit` (null: none): "\"1.234 nghìn đồng\" is written in nghìn đồng", "\"1234\" is shown in nghìn đồng by its number format …". */
function states(c: UnitCell, unit: MoneyUnit | null): string {
  const text = `"${c.text}"`;
  if (c.format === undefined) return unit === null ? `${text} writes no unit` : `${text} is written in ${vi(unit)}`;
  const format = JSON.stringify(c.format);
  return unit === null ? `${text} writes no unit, nor does its number format ${format}` : `${text} is shown in ${vi(unit)} by its number format ${format}`;
}

/** Another cell, named: its text, and its number format. */
const named = (c: UnitCell) => `"${c.text}"${c.format !== undefined ? ` with the number format ${JSON.stringify(c.format)}` : ''}`;

/** The money cells of one file: their units against the stated one, or against each other. */
export class CellUnitWatch {
  /** in a file that states no unit: its first money cell with a scaled unit, and its first non-zero one without (or in đồng) */
  private stating: (Seen & { readonly unit: Exclude<MoneyUnit, 'dong'> }) | null = null;
  private plain: Seen | null = null;

  constructor(private readonly report: FileReport) {}

  /** where a cell is: "line 3, column 5" (a sheet's row) */
  private at(c: UnitCell): string {
    return `${this.report.sheet !== undefined ? 'row' : 'line'} ${c.loc.line}, column ${c.loc.column}`;
  }

  /**
   * A non-zero money cell (`unit`: what it writes beside its figure, or its format does; null
   * none) of a column read in 10^`exponent` đồng: the power of ten its figure is to be multiplied
   * by beyond the column's (a cell in nghìn đồng in a file that states no unit: 3). Refuses a
   * contradiction.
   */
  see(unit: MoneyUnit | null, exponent: number, what: string, cell: UnitCell): number {
    const { report } = this;
    if (report.moneyUnitFrom !== 'default' && !unitFromCells(report.moneyUnitFrom)) {
      if (unit === null || UNIT_EXPONENT[unit] === exponent) return 0;
      const column = (Object.keys(UNIT_EXPONENT) as MoneyUnit[]).find((u) => UNIT_EXPONENT[u] === exponent);
      throw new ThadsError('UNIT_CONTRADICTION', `${what} ${states(cell, unit)}, but its column's money was read in ${column ? vi(column) : `10^${exponent} đồng`} (${report.moneyUnitFrom})`, cell.loc, 'correct the unit line or the header, or save the cells without their unit');
    }
    const s = this.stating;
    if (unit === null || unit === 'dong') {
      if (s) {
        throw new ThadsError('UNIT_CONTRADICTION', `${what} ${states(cell, unit)}, but money cells state ${vi(s.unit)} (${named(s)}, ${this.at(s)}) and the file states no unit line: what this one is in cannot be told`, cell.loc, ONE_UNIT_HINT);
      }
      this.plain ??= { ...cell, unit };
      return 0;
    }
    if (s && s.unit !== unit) {
      throw new ThadsError('UNIT_CONTRADICTION', `${what} ${states(cell, unit)}, but the money cell ${named(s)} (${this.at(s)}) is in ${vi(s.unit)}: one file's money in two units`, cell.loc, ONE_UNIT_HINT);
    }
    const p = this.plain;
    if (!s && p) {
      throw new ThadsError('UNIT_CONTRADICTION', `${what} ${states(cell, unit)}, but the money cell ${named(p)} (${this.at(p)}) ${p.unit === null ? 'writes no unit of its own' : 'is in đồng'}, and the file states no unit line: what that one is in cannot be told`, cell.loc, ONE_UNIT_HINT);
    }
    if (!s) {
      this.stating = { ...cell, unit };
      // The cells state the unit of a file that states none: from now on it is the file's.
      report.moneyUnit = unit;
      report.moneyUnitFrom = cell.format !== undefined ? UNIT_FROM_FORMAT : UNIT_FROM_CELLS;
      report.moneyUnitStated = { unit, text: cell.format ?? cell.text, location: cell.loc };
      report.columns = report.columns.map((c) => (c.role.kind === 'figure' && c.measure === 'money' ? { ...c, unit } : c));
    }
    return UNIT_EXPONENT[unit];
  }
}
