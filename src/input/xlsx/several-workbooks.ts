// One --sheet is applied to every workbook read (the inputs and --previous). A sheet given by
// its number is tab N of each, which in another Cục's workbook may be an office's sheet: its
// offices would be dropped without a word. So a number is taken only when it names sheets of
// one name in every workbook; and without --sheet, workbooks of several tables are refused
// together, each with its tables, so that the name the user gives fits them all.
import { ThadsError } from '../../errors.js';
import type { HeaderMatcher } from '../headers.js';
import type { ReadOptions } from '../file-report.js';
import { foldSheetName, isSheetNumber, isWorkbookPath, measureSheets, reportYear, sheetWanted, workbookSheets, yearSheet } from './read-xlsx.js';
import { yearsOfName } from '../file-names.js';

const SHEET_NAME_HINT = 'one --sheet applies to every workbook (the inputs and --previous): give the sheet by its name as Excel shows it on the tab (e.g. --sheet "Tổng hợp"), which every workbook must have';

/**
 * `files`: as given (named in messages), where to open them, and the year --year makes theirs
 * (the input's N, --previous's N − 1; absent: the file name's, reportYear). Throws USAGE when --sheet N is
 * another sheet in one workbook than in another, or, without --sheet, when a workbook has several
 * sheets with a table. A workbook that cannot be read is left to its reading, which says why.
 */
export async function assertSheetFitsWorkbooks(files: readonly { readonly given: string; readonly path: string; readonly year?: number }[], wanted: string | undefined, matcher: HeaderMatcher, read?: ReadOptions): Promise<void> {
  if (wanted !== undefined && !isSheetNumber(wanted)) return;
  const workbooks = files.filter((f) => isWorkbookPath(f.given));
  if (workbooks.length < 2) return;
  const found: { file: string; year: number | undefined; names: string[]; tables: string[]; pair?: true }[] = [];
  for (const f of workbooks) {
    try {
      // (the pair of forms on two tabs is read whole, each tab as a one-measure file: measureSheets)
      const year = reportYear(f.given, f.year);
      const pair = wanted === undefined && read !== undefined && (await measureSheets(f.path, withYear(read, f.year))) !== null;
      found.push({ file: f.given, year, ...(await workbookSheets(f.path, wanted === undefined ? matcher : null)), ...(pair ? { pair: true as const } : {}) });
    } catch {
      return;
    }
  }
  const quoted = (names: readonly string[]) => names.map((n) => JSON.stringify(n)).join(', ');
  if (wanted === undefined) {
    // A workbook of one sheet per year, one of them --year's or else its file name's, has one
    // report (yearSheet), as its reading picks it: by the file name's alone, "bc.xlsx" of sheets
    // "2023" | "2024" under --year 2024 was asked "which one?" beside a --previous (traps36).
    const several = (r: (typeof found)[number]) => r.pair !== true && r.tables.length > 1 && yearSheet(r.tables, r.year) === undefined;
    if (!found.some(several)) return;
    const list = found.map((r) => `${r.file}: ${r.tables.length > 0 ? quoted(r.tables) : 'none'}`).join('; ');
    const yearly = found.filter(several).every((r) => r.year === undefined && r.tables.every((t) => yearsOfName(t).length === 1));
    throw new ThadsError('USAGE', `${found.length} workbooks, ${found.filter(several).length} of them with several sheets with a table (${list}): which one is to be read?`, undefined, yearly ? `${SHEET_NAME_HINT}; or pass --year N to read each one's sheet named for year N (--previous's for N − 1)` : SHEET_NAME_HINT);
  }
  const picked = found.map((r) => {
    const found = sheetWanted(r.names.map((name) => ({ name })), wanted);
    return { file: r.file, name: found ? r.names[found.index]! : null, byNumber: found?.byNumber ?? false };
  });
  const fold = (s: string | null) => (s === null ? null : foldSheetName(s));
  // A sheet named "2" in every workbook, or tab 2 of one name in each: the same sheet.
  if (!picked.some((p) => p.byNumber) || picked.every((p) => fold(p.name) === fold(picked[0]!.name))) return;
  const list = picked.map((p) => `${p.file}: ${p.name === null ? 'none' : JSON.stringify(p.name)}`).join('; ');
  throw new ThadsError('USAGE', `--sheet ${wanted} applies to every workbook (the inputs and --previous), and their sheets numbered ${wanted} differ (${list})`, undefined, SHEET_NAME_HINT);
}

/** The reading options with the year a workbook is read for (the input's --year, --previous's one less), else none. */
function withYear(read: ReadOptions, year: number | undefined): ReadOptions {
  const { year: _given, ...rest } = read;
  return year === undefined ? rest : { ...rest, year };
}
