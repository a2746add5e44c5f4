// Money cells whose number format scales (`#,##0,` shows the stored value ÷ 1000) are read as
// Excel shows them only where the sheet is consistent about it: every number cell of the column
// scaled alike, under a stated unit of what is shown (nghìn, triệu, tỷ đồng). A column in two
// scales, or shown scaled under a unit of đồng (stated, or the default), contradicts itself:
// refused at the first cell that does, never read at one of its scales.
//
// A format may write the unit beside the figure (`#,##0 "nghìn đồng"` shows "9.565.824 nghìn
// đồng"): the cell states its unit as a cell saved with it as text does, weighed by the one rule
// of cell-unit.ts (CellUnitWatch, as the figures are read). A unit the literal names but thads
// cannot read ("USD") is refused here, as in a header.
import { ThadsError, type Location } from '../../errors.js';
import type { CellFormat } from '../cell-unit.js';
import type { ColumnInfo } from '../file-report.js';
import { MONEY_UNIT_NAMES, MONEY_UNITS } from '../units.js';
import { formatLiteral } from './number-format.js';

/** A number cell's format: how many thousands it divides by, its code and the unit its literal writes. */
export interface CellScale extends CellFormat {
  readonly thousands: number;
}

const SHOWN_IN = ['as stored', 'in thousands', 'in millions', 'in billions'];
export const shownIn = (thousands: number) => SHOWN_IN[thousands] ?? `÷1000^${thousands}`;
const OPTION = ['dong', 'thousand', 'million', 'billion'];
export const DIVIDES = (thousands: number) => (thousands === 0 ? 'as stored' : `÷1${'000'.repeat(thousands)}`);

/** A scaled cell as the reader saw it: what it shows (unmarked) and what it stores. */
export interface ShownScale extends CellScale {
  readonly shown?: string;
  readonly stored?: string;
}

/**
 * A count cell whose format scales (`#,##0,`: 12000 shows 12, 100 shows 0.1). No unit line speaks
 * of thousands of cases, so what the sheet shows is no count, whole or not: refused at the cell,
 * saying what the format does (never "0.1 is not a whole number", never read as 12).
 */
export function scaledCountError(what: string, scale: ShownScale, at: Location): ThadsError {
  const holds = scale.stored !== undefined ? `the cell holds ${scale.stored}, but its` : 'its';
  return new ThadsError(
    'BAD_NUMBER',
    `${what}: ${holds} number format ${JSON.stringify(scale.format)} shows the count scaled by 1${'000'.repeat(scale.thousands)}, ${shownIn(scale.thousands)}${scale.shown !== undefined ? ` (${scale.shown})` : ''}: a count of cases is never shown in thousands, so the number shown is not the count`,
    at,
    'format the count cells without scaling (Format Cells → Number, #,##0) and check the counts the sheet then shows; only money is shown in thousands, under a unit line that says so ("Đơn vị tính: nghìn đồng")',
  );
}

export class ScaledMoneyWatch {
  /** money column (1-based) → its first non-zero number cell */
  private readonly first = new Map<number, { readonly line: number; readonly scale: CellScale }>();
  /** columns already refused (check goes on past a refused row: said once per column) */
  private readonly refused = new Set<number>();

  constructor(private readonly at: (line: number, column: number) => Location) {}

  /**
   * The non-zero number cells of a row of figures (a zero shows 0 at any scale: its format says
   * nothing), by column; `unitFrom` is what stated the money unit ('default': nothing did; the
   * cells' own units, weighed as they were read, count as stated).
   */
  see(line: number, cells: ReadonlyMap<number, ShownScale>, columns: readonly ColumnInfo[], unitFrom: string): ThadsError[] {
    const errors: ThadsError[] = [];
    const stated = unitFrom !== 'default';
    const money = (column: number) => {
      const info = columns.find((c) => c.column === column);
      return info && info.role.kind === 'figure' && info.measure === 'money' && !this.refused.has(column) ? info : null;
    };
    const refuse = (column: number, err: ThadsError) => {
      this.refused.add(column);
      errors.push(err);
    };
    for (const [column, scale] of cells) {
      const count = columns.find((c) => c.column === column && c.role.kind === 'figure' && c.measure === 'cases');
      if (count && count.role.kind === 'figure' && scale.thousands > 0 && !this.refused.has(column)) {
        refuse(column, scaledCountError(`cases ${count.role.field.replace(/_/g, ' ')}`, scale, this.at(line, column)));
        continue;
      }
      const info = money(column);
      if (!info || info.role.kind !== 'figure') continue;
      const what = `money ${info.role.field.replace(/_/g, ' ')}`;
      const format = JSON.stringify(scale.format);
      if (scale.unit === 'unreadable') {
        const written = formatLiteral(scale.format).text;
        const says = /\d/.test(written)
          ? `writes digits after the figure ("${written}"): the sheet shows another number than the cell stores, in a unit thads cannot tell`
          : 'writes a unit beside the figure that thads cannot read as a money unit';
        refuse(column, new ThadsError('UNIT_UNREADABLE', `${what}: the cell's number format ${format} ${says}`, this.at(line, column), 'format the money cells without the unit (#,##0) and state it above the header ("Đơn vị tính: nghìn đồng")'));
        continue;
      }
      // a format that writes a scaled unit states the unit of what it shows (weighed as read: cell-unit.ts)
      const unitless = !stated && !(scale.unit && scale.unit !== 'dong');
      // Shown ÷1000^n in a unit of 1000^m đồng, the cells hold 1000^(m−n) đồng: with n > m (÷1000000 under
      // "nghìn đồng"), fractions of a đồng, which no sheet stores: the unit stated, when it is finer than that.
      const unit = scale.unit ?? (stated ? info.unit : undefined);
      const finer = unit !== undefined && unit !== 'dong' && scale.thousands > MONEY_UNITS.indexOf(unit) ? unit : null;
      const first = this.first.get(column);
      if (first === undefined) this.first.set(column, { line, scale });
      const err =
        first !== undefined && first.scale.thousands !== scale.thousands
          ? new ThadsError(
              'UNIT_CONTRADICTION',
              `${what}: the cell's number format ${format} shows it ${DIVIDES(scale.thousands)} beside cells shown ${DIVIDES(first.scale.thousands)} (row ${first.line}, format ${JSON.stringify(first.scale.format)}): one column in two scales, so one unit line cannot say what its figures are in`,
              this.at(line, column),
              'give the column one number format (Format Cells → Number) and a unit line that says what it shows',
            )
          : scale.thousands > 0 && unitless
            ? new ThadsError(
                'UNIT_CONTRADICTION',
                `${what}: the cell's number format ${format} shows it ${shownIn(scale.thousands)}, but the file states no money unit, and money is in đồng unless it does`,
                this.at(line, column),
                `state the unit shown above the header ("Đơn vị tính: nghìn đồng"), or pass --money-unit ${OPTION[scale.thousands] ?? 'with it'}`,
              )
            : scale.thousands > 0 && stated && info.unit === 'dong'
              ? new ThadsError(
                  'UNIT_CONTRADICTION',
                  `${what}: the cell's number format ${format} shows it ${shownIn(scale.thousands)} under a unit of đồng (${unitFrom}): what is shown is not in the unit stated`,
                  this.at(line, column),
                  'give the column a format that does not scale (#,##0) if the cells hold đồng, or state the unit shown ("Đơn vị tính: nghìn đồng")',
                )
              : finer !== null
                ? new ThadsError(
                    'UNIT_CONTRADICTION',
                    `${what}: the cell's number format ${format} shows it ${shownIn(scale.thousands)} (${DIVIDES(scale.thousands)}), but the unit stated is ${MONEY_UNIT_NAMES[finer].vi} (${scale.unit === finer ? 'the format\'s own text' : unitFrom}): for what is shown to be in ${MONEY_UNIT_NAMES[finer].vi}, the cells would hold fractions of a đồng, so the format or the unit is wrong, and read either way the amounts would be off by a factor of 1000 or more`,
                    this.at(line, column),
                    `if the cells hold đồng, state the unit the format shows${scale.thousands < MONEY_UNITS.length ? ` ("Đơn vị tính: ${MONEY_UNIT_NAMES[MONEY_UNITS[scale.thousands]!].vi}")` : ''}; if the unit stated is right, give the column a format that shows that unit (Format Cells → Number)`,
                  )
                : null;
      if (err) refuse(column, err);
    }
    return errors;
  }
}
