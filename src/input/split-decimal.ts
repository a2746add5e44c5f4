// A decimal comma not in quotes in a comma-delimited file cuts a number in two cells: "12603172,5"
// is "12603172" | "5". In a row of the header's width the extra cell lands under the notes
// column or no header and is refused (VALUE_WITHOUT_HEADER); in a row Excel trimmed (its blank
// trailing cells left off past the sheet's 16th row: excel-window.ts) it takes the place of a
// trimmed blank, the row is padded as Excel's, and the two halves were read as two figures
// (traps26 t34: "19,Duy Tiên,438,391,12603172,5", money resolved 5 against 12,603,172, rate
// 0.00, exit 0). Said at the row where its last two cells look so; a row read right is never refused.
import { finding, type Finding } from '../errors.js';
import type { Layout } from './layout.js';

/** a money figure's whole part: plain digits, or grouped with dots ("12.603.172") */
const WHOLE = /^(?:\d+|\d{1,3}(?:\.\d{3})+)$/;
/** a decimal part as a money cell writes it: one or two digits, not zero alone ("5", "50"; ",0" is seldom written) */
const DECIMALS = /^(?!0+$)\d{1,2}$/;

/**
 * The warning for a trimmed row (`written` cells as written, fewer than the header's) whose last
 * two cells may be one money figure with a decimal comma: both under figure columns, the first a
 * money one (a count has no decimals), the last one or two digits, a thousandth or less of the
 * first (a money figure so far below its neighbour is seldom real); null: none.
 */
export function splitDecimalFinding(record: readonly string[], written: number, layout: Pick<Layout, 'figures' | 'width'>, at: { readonly file: string; readonly line: number }): Finding | null {
  if (written < 2 || written >= layout.width) return null;
  const whole = record[written - 2]!.trim();
  const decimals = record[written - 1]!.trim();
  if (!WHOLE.test(whole) || !DECIMALS.test(decimals)) return null;
  const figure = (column: number) => layout.figures.find((f) => f.index === column);
  const first = figure(written - 2);
  if (first === undefined || first.isCount || figure(written - 1) === undefined) return null;
  if (Number(whole.replace(/\./g, '')) < 1000 * Number(decimals)) return null;
  return finding(
    'warning',
    'DECIMAL_COMMA_SPLIT',
    `this row's last two cells, "${whole}" and "${decimals}", may be one money figure with a decimal comma not in quotes ("${whole},${decimals}"): the row is short of cells as Excel's trimmed rows are, so the split shows nowhere else; they are read as two figures, ${whole} in cell ${written - 1} and ${decimals} in cell ${written}`,
    { file: at.file, line: at.line, column: written },
  );
}
