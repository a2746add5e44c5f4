// Which sheets of a workbook hold a table: a header row thads recognises (layout.ts
// isHeaderRow, the rule the reader itself uses) among their first rows. A workbook of one
// sheet per office plus a summary ("Mỹ Lộc", "Vụ Bản", "Tổng hợp") must not be read as its
// first sheet without a word; one whose other sheets hold notes, instructions or a chart is
// read as its one sheet with a table. A header with no figure under it is no table of figures:
// an instructions sheet ("Hướng dẫn") lists the report's columns by their labels, one per row
// ("2 | Tổng số phải thi hành | Số việc phải thi hành trong kỳ"), and its rows hold no number.
import type { Readable } from 'node:stream';
import { HEADER_SEARCH_LINES, HEADER_SEARCH_ROWS } from '../header-search.js';
import type { HeaderMatcher } from '../headers.js';
import type { RawCell } from './sheet-xml.js';
import { namesField } from '../headers.js';
import { holdsFailedFigure, isHeaderRow, looksNumeric } from '../layout.js';
import { cellReading } from '../legacy-font.js';
import { xmlCellText } from './cell-text.js';
import { readSheetRows } from './sheet-xml.js';

/** Rows of a sheet looked at: forms put their header within the first dozen; notes run long. */
export const TABLE_PROBE_ROWS = 60;

/** A cell that holds a figure, or is meant to: a number, a dash, an error, a formula. */
const holdsFigure = (cell: RawCell, text: string): boolean => cell.formula !== undefined || looksNumeric(text) || holdsFailedFigure(text);

/**
 * Whether the sheet part has a header row among its first TABLE_PROBE_ROWS rows (`deep`:
 * anywhere the reader itself would look for one, header-search.ts), with a figure under it in a
 * column the header names a field over or leaves blank (a group's parts). Read no further than that.
 */
export async function holdsTable(part: Readable, strings: readonly string[], matcher: HeaderMatcher, where: { readonly file: string; readonly sheet: string }, deep = false): Promise<boolean> {
  let filled = 0;
  /** once the header is found: the columns a figure may stand in (those it names a field over, or leaves blank) */
  let figureColumns: ((column: number) => boolean) | null = null;
  // Number formats do not matter here: a header is text, and a figure is a figure however shown.
  const textOf = (c: RawCell) => cellReading(xmlCellText(c, undefined, strings).text.normalize('NFC'));
  try {
    for await (const batch of readSheetRows(part, where)) {
      for (const row of batch) {
        const cells = row.cells.map(textOf);
        if (figureColumns !== null) {
          if (row.cells.some((c, i) => figureColumns!(c.column) && holdsFigure(c, cells[i]!))) return true;
          continue;
        }
        if (deep ? row.number > HEADER_SEARCH_LINES : row.number > TABLE_PROBE_ROWS) return false;
        if (isHeaderRow(matcher, cells)) {
          const header = new Map(row.cells.map((c, i) => [c.column, cells[i]!]));
          figureColumns = (column) => {
            const label = header.get(column)?.trim() ?? '';
            return label === '' || namesField(matcher.match(label));
          };
          continue;
        }
        if (cells.some((c) => c !== '') && ++filled > HEADER_SEARCH_ROWS) return false;
      }
    }
    return false;
  } finally {
    part.destroy();
  }
}
