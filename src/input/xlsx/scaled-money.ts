// Money cells whose number format scales (`#,##0,` shows the stored value ÷ 1000) are read as
// Excel shows them only where the sheet is consistent about it: every number cell of the column
// scaled alike, under a stated unit of what is shown (nghìn, triệu, tỷ đồng). A column in two
// scales, or shown scaled under a unit of đồng (stated, or the default), contradicts itself:
// refused at the first cell that does, never read at one of its scales.
//
// A format may write the unit beside the figure (`#,##0 "nghìn đồng"` shows "9.565.824 nghìn
// đồng"): the cell states its unit as a header cell would. Under a stated unit it must be that
// one; in a file that states none, the formats state the file's (every money cell the same unit,
// read into đồng by the caller: `formatUnit`). A unit the literal names but thads cannot read
// ("USD") is refused, as in a header.
import { ThadsError, type Location } from '../../errors.js';
import type { ColumnInfo } from '../file-report.js';
import { MONEY_UNIT_NAMES, type MoneyUnit } from '../units.js';

/** A number cell's format: how many thousands it divides by, its code as styles.xml gives it, and the unit its literal writes. */
export interface CellScale {
  readonly thousands: number;
  readonly format: string;
  /** units.ts parseFormatUnit; absent: the format writes no unit */
  readonly unit?: MoneyUnit | 'unreadable';
}

/** report.moneyUnitFrom of a file whose money unit only its cells' formats state */
export const UNIT_FROM_FORMAT = "the money cells' number format";

const SHOWN_IN = ['as stored', 'in thousands', 'in millions', 'in billions'];
const shownIn = (thousands: number) => SHOWN_IN[thousands] ?? `÷1000^${thousands}`;
const OPTION = ['dong', 'thousand', 'million', 'billion'];
const DIVIDES = (thousands: number) => (thousands === 0 ? 'as stored' : `÷1${'000'.repeat(thousands)}`);
const vi = (unit: MoneyUnit) => MONEY_UNIT_NAMES[unit].vi;
const ONE_UNIT_HINT = 'give every money cell one number format, or state the unit above the header ("Đơn vị tính: nghìn đồng") and format the cells without a unit (#,##0)';

interface Seen {
  readonly line: number;
  readonly column: number;
  /** its format, null: a figure stored as text */
  readonly format: string | null;
  /** its format writes đồng ("₫", "đ"): what a cell without a unit is in too */
  readonly dong?: boolean;
}

export class ScaledMoneyWatch {
  /** money column (1-based) → its first non-zero number cell */
  private readonly first = new Map<number, { readonly line: number; readonly scale: CellScale }>();
  /** columns already refused (check goes on past a refused row: said once per column) */
  private readonly refused = new Set<number>();
  /** in a file that states no unit: the first money cell whose format writes one, and the first non-zero one that writes none */
  private stating: (Seen & { readonly unit: MoneyUnit }) | null = null;
  private plain: Seen | null = null;

  constructor(private readonly at: (line: number, column: number) => Location) {}

  /** The first money cell whose format states the unit of a file that states none (null: none does). */
  get formatUnit(): { readonly unit: MoneyUnit; readonly line: number; readonly column: number; readonly format: string } | null {
    const s = this.stating;
    return s ? { unit: s.unit, line: s.line, column: s.column, format: s.format ?? '' } : null;
  }

  /**
   * The non-zero number cells of a row of figures (a zero shows 0 at any scale: its format says
   * nothing), by column, and its cells holding a figure as text (`texts`, 1-based); `unitFrom`
   * is what stated the money unit ('default': nothing did).
   */
  see(line: number, cells: ReadonlyMap<number, CellScale>, columns: readonly ColumnInfo[], unitFrom: string, texts: ReadonlySet<number> = new Set()): ThadsError[] {
    const errors: ThadsError[] = [];
    const stated = unitFrom !== 'default' && unitFrom !== UNIT_FROM_FORMAT;
    const money = (column: number) => {
      const info = columns.find((c) => c.column === column);
      return info && info.role.kind === 'figure' && info.measure === 'money' && !this.refused.has(column) ? info : null;
    };
    const refuse = (column: number, err: ThadsError) => {
      this.refused.add(column);
      errors.push(err);
    };
    if (!stated) {
      for (const column of texts) {
        const info = money(column);
        if (!info) continue;
        const err = this.unitOfCell({ line, column, format: null }, null, `money ${info.role.kind === 'figure' ? info.role.field.replace(/_/g, ' ') : 'figure'}`);
        if (err) refuse(column, err);
      }
    }
    for (const [column, scale] of cells) {
      const info = money(column);
      if (!info || info.role.kind !== 'figure') continue;
      const what = `money ${info.role.field.replace(/_/g, ' ')}`;
      const format = JSON.stringify(scale.format);
      if (scale.unit === 'unreadable') {
        refuse(column, new ThadsError('UNIT_UNREADABLE', `${what}: the cell's number format ${format} writes a unit beside the figure that thads cannot read as a money unit`, this.at(line, column), 'format the money cells without the unit (#,##0) and state it above the header ("Đơn vị tính: nghìn đồng")'));
        continue;
      }
      if (scale.unit && stated && scale.unit !== info.unit) {
        refuse(column, new ThadsError('UNIT_CONTRADICTION', `${what}: the cell's number format ${format} shows it in ${vi(scale.unit)}, but its column's money is in ${vi(info.unit ?? 'dong')} (${unitFrom})`, this.at(line, column), ONE_UNIT_HINT));
        continue;
      }
      if (!stated) {
        const dong = scale.unit === 'dong';
        const err = this.unitOfCell({ line, column, format: scale.format, ...(dong ? { dong } : {}) }, dong ? null : (scale.unit ?? null), what);
        if (err) {
          refuse(column, err);
          continue;
        }
      }
      // a format that writes a scaled unit states the unit of what it shows
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

  /**
   * In a file that states no unit: a money cell's scaled unit (null: its format writes none, or
   * đồng, which such a cell is in) against the other money cells'.
   */
  private unitOfCell(cell: Seen, unit: Exclude<MoneyUnit, 'dong'> | null, what: string): ThadsError | null {
    const shows = (c: Seen) => (c.format === null ? 'holds the figure as text, which writes no unit' : `has the number format ${JSON.stringify(c.format)}, which writes ${c.dong ? 'đồng' : 'no unit'}`);
    if (unit === null) {
      this.plain ??= cell;
      const s = this.stating;
      return s
        ? new ThadsError('UNIT_CONTRADICTION', `${what}: the cell ${shows(cell)}, but money cells' formats state ${vi(s.unit)} (row ${s.line}, column ${s.column}, format ${JSON.stringify(s.format)}) and the file states no unit line: what this one is in cannot be told`, this.at(cell.line, cell.column), ONE_UNIT_HINT)
        : null;
    }
    const s = this.stating;
    if (s && s.unit !== unit) {
      return new ThadsError('UNIT_CONTRADICTION', `${what}: the cell's number format ${JSON.stringify(cell.format)} shows it in ${vi(unit)}, but the format of row ${s.line}, column ${s.column} (${JSON.stringify(s.format)}) shows ${vi(s.unit)}: one sheet's money in two units`, this.at(cell.line, cell.column), ONE_UNIT_HINT);
    }
    const p = this.plain;
    if (!s && p) {
      return new ThadsError('UNIT_CONTRADICTION', `${what}: the cell's number format ${JSON.stringify(cell.format)} shows it in ${vi(unit)}, but the money cell of row ${p.line}, column ${p.column} ${shows(p)}, and the file states no unit line: what that one is in cannot be told`, this.at(cell.line, cell.column), ONE_UNIT_HINT);
    }
    this.stating ??= { ...cell, unit };
    return null;
  }
}
