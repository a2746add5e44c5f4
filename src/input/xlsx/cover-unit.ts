// The money unit a workbook states on a sheet of its own that holds no table — a cover ("Bìa",
// "Thông tin chung") or notes sheet saying "Đơn vị tính: nghìn đồng" for the whole report — where
// the sheet of figures states none. Ignored, the figures were read as đồng, 1000× too small,
// exit 0. It is read as the sheet's name is (layout.ts namedUnits): below the sheet's own header
// and unit lines, and refused when it contradicts them.
import type { Readable } from 'node:stream';
import type { HeaderMatcher } from '../headers.js';
import { cellReading } from '../legacy-font.js';
import { refuseDoubledText } from '../doubled-utf8.js';
import { findUnitLineOfRow, type MoneyUnit } from '../units.js';
import { xmlCellText } from './cell-text.js';
import { readSheetRows } from './sheet-xml.js';
import { holdsTable } from './table-sheets.js';

/** Rows of a cover sheet looked at: its title, its unit line and its notes sit at the top. */
const COVER_ROWS = 40;

/** A unit line on another sheet than the one read: its unit, words and cell. */
export interface CoverUnit {
  readonly unit: MoneyUnit;
  readonly text: string;
  readonly sheet: string;
  readonly line: number;
  readonly column: number;
}

/**
 * The first money unit line of each sheet in `sheets` that holds no table (a table's unit line is
 * that table's, not the workbook's), among its first COVER_ROWS rows. `open` gives a sheet's
 * part afresh each time (a stream is read once), null for a chart sheet.
 */
export async function coverUnits(
  sheets: readonly string[],
  open: (sheet: string) => Promise<Readable | null>,
  strings: readonly string[],
  matcher: HeaderMatcher,
  file: string,
): Promise<CoverUnit[]> {
  const out: CoverUnit[] = [];
  for (const sheet of sheets) {
    const where = { file, sheet };
    const probe = await open(sheet);
    if (probe === null || (await holdsTable(probe, strings, matcher, where))) continue;
    const part = await open(sheet);
    if (part === null) continue;
    const found = await firstUnitLine(part, strings, where);
    if (found !== null) out.push({ ...found, sheet });
  }
  return out;
}

async function firstUnitLine(part: Readable, strings: readonly string[], where: { readonly file: string; readonly sheet: string }): Promise<Omit<CoverUnit, 'sheet'> | null> {
  let rows = 0;
  try {
    for await (const batch of readSheetRows(part, where)) {
      for (const row of batch) {
        if (++rows > COVER_ROWS) return null;
        // text as the sheet shows it; a row's cells by column (a unit line split over cells is read joined)
        const width = row.cells.reduce((w, c) => Math.max(w, c.column), 0);
        const written = new Array<string>(width).fill('');
        for (const c of row.cells) written[c.column - 1] = xmlCellText(c, undefined, strings).text.normalize('NFC');
        // a unit line in UTF-8 twice ("ÄÆ¡n vá»‹ tÃ­nh: nghÃ¬n Ä‘á»“ng") is no unit: refused, as on the table's sheet
        refuseDoubledText(where, written, row.number);
        const cells = written.map(cellReading);
        const stated = findUnitLineOfRow(cells);
        if (stated?.line.kind === 'money') return { unit: stated.line.unit, text: stated.text, line: row.number, column: stated.column };
      }
    }
  } finally {
    part.destroy();
  }
  return null;
}
