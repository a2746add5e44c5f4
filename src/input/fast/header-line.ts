// The lines of a fast-path file above its first data row → the scanner's layout, with the
// reference reader's own header search (header-search.ts: title and unit lines, group rows,
// the header) and header logic (readHeader), so columns, measures, units and warnings are
// decided identically. Gives up on what the scanner does not do: no district column beside an
// unknown one, more
// figure columns than slots, money columns in different units, rows wider than the header.
import { RowYearsNeeded } from '../deferred-columns.js';
import { HeaderSearch } from '../header-search.js';
import { PreviousUnitNeeded } from '../unit-option.js';
import { OwnTotalNeeded } from '../own-total.js';
import { RowNumbersNeeded } from '../row-number-column.js';
import type { FileReport, ReadOptions } from '../file-report.js';
import { officeFromFileName } from '../file-names.js';
import { officeOfFile, ownRegionOfFile } from '../title-office.js';
import { giveUp } from './give-up.js';
import { foldHeader } from '../../domain/names.js';
import { namesPartColumn } from '../period-words.js';
import { titledRegion } from '../by-enforcer.js';
import { MAX_SLOTS, type ScanLayout } from './row-scanner.js';

const MAX_COLUMNS = 512;
/** Lines above the first data row: titles, the unit line, a header of a few rows. */
const MAX_PRELUDE_LINES = 200;

function nfc(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFC') : text;
}

/**
 * The scanner's prelude: each line before the layout is known, split as csv-parse splits it
 * (quotes removed, "" unescaped). Returns null while the header is still being looked for, and
 * the layout on the first row below the header (which the scanner then reads as data).
 */
export function headerPrelude(file: string, opts: ReadOptions, report: FileReport): (cells: readonly string[], line: number) => ScanLayout | null {
  const search = new HeaderSearch(file, opts, report);
  return (cells, line) => {
    if (cells.length > MAX_COLUMNS || line > MAX_PRELUDE_LINES) giveUp();
    let found;
    try {
      found = search.see(cells.map(nfc), line);
    } catch (err) {
      // A header read in the regime of its rows' years (deferred-columns.ts): the reference reads them first.
      if (err instanceof RowYearsNeeded) giveUp();
      // A --previous file's unit told by the đồng sign of its money cells (unit-option.ts): the reference reads them first.
      if (err instanceof PreviousUnitNeeded) giveUp();
      // thads' machine CSV without rate columns, its own output only with its TOTAL row below (own-total.ts): the reference reads the rows first.
      if (err instanceof OwnTotalNeeded) giveUp();
      // Row numbers under no header of their own beside the office's (row-number-column.ts): the reference reads the rows first.
      if (err instanceof RowNumbersNeeded) giveUp();
      throw err;
    }
    if (!found) return null;
    const header = search.header!;
    if (found.figures.length > MAX_SLOTS || found.width > header.length) giveUp();
    // thads' own output read back keeps its empty cells unknown: the reference reads it.
    if (found.emptyIsUnknown) giveUp();
    // A footnote under the table may say what a marked column counts (footnotes.ts): the reference reads it.
    if (found.footnoteMarks) giveUp();
    // A note checked on each row against its year's regime (field-notes.ts): the reference does.
    if (found.regimeNotes) giveUp();
    // A form by enforcer: its enforcers' rows are read as their office's (by-enforcer.ts): the reference does.
    if (found.byEnforcer) giveUp();
    // Two columns summed into one figure (deferred-columns.ts): the reference adds them.
    if (found.summed) giveUp();
    // A khu vực's own report titled with its name: its rows may be its former parts (read-csv.ts titledRegionalOffice): the reference reads them.
    if (found.identity.district !== undefined && titledRegion(ownRegionOfFile(file, report), found.readingYear) !== null) giveUp();
    // Any one office's report titled with its name: its rows may be kinds of cases, its parts (read-csv.ts titledRegionalOffice): the reference reads them.
    if (found.identity.district !== undefined && report.titleOffice !== null) giveUp();
    // The sums are kept in the file's unit and shifted once (office-sums.ts); the row checks
    // compare money figures with each other, so they must share one unit.
    const money = found.figures.filter((f) => f.measure === 'money');
    if (money.some((f) => f.exponent !== money[0]!.exponent)) giveUp();
    // A column headed "Tháng", "Đợt", "Kỳ": its cells may tell an office's rows apart as parts of its year (period-words.ts): the reference holds them against each other.
    if (header.some((h) => namesPartColumn(foldHeader(h)))) giveUp();
    const { district, province, year } = found.identity;
    // Without an office column the file is one office, unless a column nobody named holds
    // office names (office-column.ts watches those) or a total's label hides in a cell the
    // scanner skips: so every column must be known.
    if (district === undefined) {
      const known = new Set([...found.figures.map((f) => f.index), province, year, found.stt]);
      for (let c = 0; c < header.length; c++) if (!known.has(c)) giveUp();
    }
    return { figures: found.figures, measures: report.measures, columns: header.length, district: district ?? -1, fileOffice: district === undefined ? (officeOfFile(file, report.titleOffice, undefined, report.titleProvinces) ?? officeFromFileName(file)) : officeFromFileName(file), fileYear: found.fileYear, readingYear: found.readingYear, statedYear: report.statedYear, province: province ?? -1, year: year ?? -1, stt: found.stt ?? -1, unnamed: found.unnamed, notes: found.notes };
  };
}
