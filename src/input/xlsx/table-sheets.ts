// Which sheets of a workbook hold a table: a header row thads recognises (layout.ts
// isHeaderRow, the rule the reader itself uses) among their first rows. A workbook of one
// sheet per office plus a summary ("Mỹ Lộc", "Vụ Bản", "Tổng hợp") must not be read as its
// first sheet without a word; one whose other sheets hold notes, instructions or a chart is
// read as its one sheet with a table.
import type { Readable } from 'node:stream';
import { HEADER_SEARCH_LINES, HEADER_SEARCH_ROWS } from '../header-search.js';
import type { HeaderMatcher } from '../headers.js';
import { isHeaderRow } from '../layout.js';
import { legacyFontReading } from '../legacy-font.js';
import { xmlCellText } from './cell-text.js';
import { readSheetRows } from './sheet-xml.js';

/** Rows of a sheet looked at: forms put their header within the first dozen; notes run long. */
export const TABLE_PROBE_ROWS = 60;

/**
 * Whether the sheet part has a header row among its first TABLE_PROBE_ROWS rows (read no further);
 * `deep`: anywhere the reader itself would look for one (header-search.ts).
 */
export async function holdsTable(part: Readable, strings: readonly string[], matcher: HeaderMatcher, where: { readonly file: string; readonly sheet: string }, deep = false): Promise<boolean> {
  let filled = 0;
  try {
    for await (const batch of readSheetRows(part, where)) {
      for (const row of batch) {
        if (deep ? row.number > HEADER_SEARCH_LINES : row.number > TABLE_PROBE_ROWS) return false;
        // Number formats do not matter here: a header is text.
        const cells = row.cells.map((c) => {
          const text = xmlCellText(c, undefined, strings).text.normalize('NFC');
          return legacyFontReading(text) ?? text;
        });
        if (isHeaderRow(matcher, cells)) return true;
        if (cells.some((c) => c !== '') && ++filled > HEADER_SEARCH_ROWS) return false;
      }
    }
    return false;
  } finally {
    part.destroy();
  }
}
