// The unit a field's cells are written in, as the figures handed to the domain count it (đồng
// for money): Excel's =SUM of cells that are whole numbers of it is exact, and a declared total
// must then equal its rows (domain/excel-digits.ts agreesWithExcelSum, DeclaredRows' writtenIn).
import { D, type Dec } from '../domain/decimal.js';
import { F, type Measure } from '../domain/fields.js';
import type { WholeIn } from '../domain/declared-rows.js';
import { unitFromCells } from './cell-unit.js';
import type { FileReport } from './file-report.js';
import { UNIT_EXPONENT } from './units.js';

const ONE = new D(1);

/**
 * The field's unit in `report`'s columns (read when asked: the header comes after the reader
 * starts): cases count in ones, money in its column's unit (10^3 đồng for nghìn). None — the
 * wide bound stays — when several columns add into the field (Hoãn + Tạm đình chỉ: a sum of
 * cells with decimals may be whole) or the money cells state their own units.
 */
export function writtenUnits(report: FileReport): WholeIn {
  const cache: { [m in Measure]?: (Dec | null)[] } = {};
  return (m: Measure, index: number): Dec | null => {
    const known = cache[m]?.[index];
    if (known !== undefined) return known;
    const columns = report.columns.filter((c) => c.role.kind === 'figure' && c.measure === m && F[c.role.field] === index);
    const col = columns.length === 1 ? columns[0]! : null;
    const unit = col === null ? null : m === 'cases' ? ONE : unitFromCells(report.moneyUnitFrom) ? null : new D(10).pow(UNIT_EXPONENT[col.unit ?? report.moneyUnit]);
    // (known once the header is read: asked before it, nothing is kept)
    if (report.columns.length > 0) (cache[m] ??= [])[index] = unit;
    return unit;
  };
}
