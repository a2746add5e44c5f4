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

/** A number cell's format: how many thousands it divides by, its code and the unit its literal writes. */
export interface CellScale extends CellFormat {
  readonly thousands: number;
}

const SHOWN_IN = ['as stored', 'in thousands', 'in millions', 'in billions'];
const shownIn = (thousands: number) => SHOWN_IN[thousands] ?? `÷1000^${thousands}`;
const OPTION = ['dong', 'thousand', 'million', 'billion'];
const DIVIDES = (thousands: number) => (thousands === 0 ? 'as stored' : `÷1${'000'.repeat(thousands)}`);

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
  see(line: number, cells: ReadonlyMap<number, CellScale>, columns: readonly ColumnInfo[], unitFrom: string): ThadsError[] {
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
      const info = money(column);
      if (!info || info.role.kind !== 'figure') continue;
      const what = `money ${info.role.field.replace(/_/g, ' ')}`;
      const format = JSON.stringify(scale.format);
      if (scale.unit === 'unreadable') {
        refuse(column, new ThadsError('UNIT_UNREADABLE', `${what}: the cell's number format ${format} writes a unit beside the figure that thads cannot read as a money unit`, this.at(line, column), 'format the money cells without the unit (#,##0) and state it above the header ("Đơn vị tính: nghìn đồng")'));
        continue;
      }
      // a format that writes a scaled unit states the unit of what it shows (weighed as read: cell-unit.ts)
      const unitless = !stated && !(scale.unit && scale.unit !== 'dong');
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
              : null;
      if (err) refuse(column, err);
    }
    return errors;
  }
}
