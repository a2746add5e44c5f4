// One sheet of an Excel workbook (.xlsx) → office rows, through the same layout rules as a CSV
// (read-csv.ts: readRecords). exceljs is loaded here, on demand: a CSV run never loads it.
//
// The archive is opened through its central directory (yauzl, archive.ts), so the parts a
// sheet depends on — the workbook (sheet names), its links, the shared strings and the styles
// (which say whether a number is a date) — are read first, whatever order the writer stored
// them in (Excel stores sheets before their strings, exceljs the workbook last). Then only the
// chosen sheet is read, streamed row by row through exceljs' sheet reader: memory stays flat
// however long the sheet. (exceljs' own streaming pass over the archive can lose parts while it
// waits between them — exceljs issue 3064 — so thads does not use it.)
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import { lineLocation, lineName, newFileReport, type ColumnInfo, type FileRow, type FileReport, type ReadOptions } from '../file-report.js';
import type { HeaderMatcher } from '../headers.js';
import type { Measure } from '../../domain/fields.js';
import { ThadsError, columnLetters, finding, type Finding, type Location } from '../../errors.js';
import { withoutEth } from '../../domain/letters.js';
import { ioError } from '../decode.js';
import { measureOfName, periodOfName, yearsOfFileName, yearsOfName } from '../file-names.js';
import { titleSpansWholeYear } from '../own-period.js';
import { holdsFailedFigure, looksNumeric, namesItemColumn } from '../layout.js';
import { failedFigure, NUMBER_CELL_MARK } from '../numbers.js';
import { readRecords, type MergedText, type TableRecord } from '../read-csv.js';
import { openArchive, type Archive } from './archive.js';
import { emptyTextMeansBlank, plainNumber, storedCellNumber, xmlCellText, type CellText, type OddCell } from './cell-text.js';
import { sameRowOperands, type Operands } from './float-residue.js';
import { FormulaTexts, rowsAddedInColumn, rowsOnlySubtotalled, rowsText } from './formula-refs.js';
import { OutlineGroups, type DoubleCount } from './outline.js';
import { MergedFigures, mergeRef, type HiddenFigure, type SharedFigure } from './merged-figures.js';
import { SumRows } from './sum-rows.js';
import type { ColumnSum } from '../sum-total-row.js';
import { ScaledMoneyWatch, scaledCountError, type CellScale, type ShownScale } from './scaled-money.js';
import { readMerges, readSharedStrings, readSheetRows, type MergedRange, type RawCell, type SheetFacts } from './sheet-xml.js';
import { readNumberFormats } from './styles-xml.js';
import { unprefixedPart } from './part-prefixes.js';
import { cellKey, simpleFormula, staleResults } from './stale-formulas.js';
import { SumsOverText } from './sum-over-text.js';
import { holdsTable } from './table-sheets.js';
import { coverUnits } from './cover-unit.js';
import { pairUnitUnsaid } from './pair-unit.js';
import { readCalcFacts } from './workbook-xml.js';
import { readRelationships, relatedPart, relationshipsOf, targetPart, typeName, workbookPartOf, type Relationship } from './package-parts.js';
import { readSheetTables, withTableRanges } from './table-parts.js';
import { readOutsideTexts } from './outside-texts.js';

interface SheetInfo {
  readonly name: string;
  readonly state?: string;
  readonly rId?: string;
}

/** The parts of exceljs' streaming reader thads uses (its typings leave them out or `any`). */
interface StreamWorkbook {
  readonly model?: { sheets?: SheetInfo[] };
  readonly workbookRels?: Relationship[];
  readonly properties?: { readonly model?: { readonly date1904?: boolean } };
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
}

const ZIP_MAGIC = 0x04034b50;

/** .xlsx and .xlsm (a workbook with macros, which thads never runs) are read as workbooks. */
export function isWorkbookPath(file: string): boolean {
  return /\.xls[xm]$/i.test(file);
}

/** the cell types (t=) that hold text, written as typed, in whatever number convention: all others hold a number, a date, TRUE/FALSE or an error */
const TEXT_TYPES: ReadonlySet<string> = new Set(['s', 'str', 'inlineStr']);
const isVisible = (s: SheetInfo) => s.state !== 'hidden' && s.state !== 'veryHidden';

/** --sheet given as a number (a sheet's number counted from 1, unless a sheet has that name). */
export const isSheetNumber = (wanted: string): boolean => /^\d+$/.test(wanted);

/** A sheet's name as --sheet matches it: NFC, its eth as "đ" ("Ðồng Tháp" is "Đồng Tháp"), case and edge spaces folded. */
export const foldSheetName = (name: string): string => withoutEth(name.normalize('NFC')).toLowerCase().trim();

/** The sheet --sheet names: by its name as written, else folded, else by its number counted from 1; null for none. */
export function sheetWanted(sheets: readonly { readonly name: string }[], wanted: string): { index: number; byNumber: boolean } | null {
  const byName = sheets.findIndex((s) => s.name === wanted);
  if (byName >= 0) return { index: byName, byNumber: false };
  const folded = sheets.findIndex((s) => foldSheetName(s.name) === foldSheetName(wanted));
  if (folded >= 0) return { index: folded, byNumber: false };
  return isSheetNumber(wanted) && Number(wanted) >= 1 && Number(wanted) <= sheets.length ? { index: Number(wanted) - 1, byNumber: true } : null;
}

/**
 * The sheet --sheet names (a name, else a number counted from 1); without it, the one visible
 * sheet that holds a table (`tables`: their names, null when not looked for), else the first visible one.
 */
/**
 * The sheet of the report's `year` among several with a table, when the others are no rival
 * report of it: last year's sheet kept beside this year's ("2023" | "2024" in "BC 2024.xlsx":
 * every sheet names one year, each a different one), or a part of a year kept beside the year
 * ("9 tháng" | "Năm 2026": in 2026 the nine months closed on the old forms at 30/6). Undefined when
 * that is not so: two sheets of the year, a sheet naming neither a year nor a part of one
 * ("Tổng hợp"), a quarter whose days the name leaves open ("Quý III" ends on 30/9 as the year does).
 */
export function yearSheet(tables: readonly string[], year: number | undefined): string | undefined {
  if (year === undefined) return undefined;
  const years = tables.map(yearsOfName);
  const oneYearEach = years.every((y) => y.length === 1) && new Set(years.map((y) => y[0])).size === tables.length;
  if (oneYearEach) return tables[years.findIndex((y) => y[0] === year)];
  const ofYear = tables.filter((name, i) => years[i]!.length === 1 && years[i]![0] === year && wholeYearName(name, year));
  const others = tables.filter((name) => name !== ofYear[0]);
  const noRival = (name: string) => {
    const named = yearsOfName(name);
    return named.length === 1 && named[0] !== year ? true : named.length <= 1 && !wholeYearName(name, year);
  };
  return ofYear.length === 1 && others.every(noRival) ? ofYear[0] : undefined;
}

/** A sheet's name states no days, or a statistics year's (1/10 to 30/9): no part of a year. */
function wholeYearName(name: string, year: number): boolean {
  const period = periodOfName(name, year);
  return titleSpansWholeYear(period.start, period.end);
}

function pickSheet(sheets: readonly SheetInfo[], wanted: string | undefined, file: string, tables: readonly string[] | null, why?: string): { index: number; how: string } {
  const list = sheets.map((s) => JSON.stringify(s.name)).join(', ');
  if (wanted === undefined) {
    const first = sheets.findIndex(isVisible);
    if (first < 0) throw new ThadsError('WORKBOOK_INVALID', 'the workbook has no visible sheet', { file });
    // An empty "Sheet1", a tab of instructions or a chart ahead of the table is not the report.
    const table = tables?.length === 1 ? sheets.findIndex((s) => isVisible(s) && s.name === tables[0]) : -1;
    const index = table >= 0 ? table : first;
    if (sheets.length === 1) return { index, how: 'the only sheet' };
    if (why !== undefined && table >= 0) return { index, how: why };
    if (index !== first) return { index, how: `the only one of ${sheets.length} sheets (${list}) with a table; --sheet picks another` };
    return { index, how: `the first${index > 0 ? ' visible' : ''} of ${sheets.length} sheets (${list}); --sheet picks another` };
  }
  const found = sheetWanted(sheets, wanted);
  if (found?.byNumber) hiddenInCount(sheets, found.index, wanted, file);
  if (found) return { index: found.index, how: found.byNumber ? `--sheet ${wanted}` : '--sheet' };
  throw new ThadsError('USAGE', `--sheet ${JSON.stringify(wanted)}: ${file} has no such sheet (its sheets: ${list})`, undefined, 'give a sheet name as Excel shows it on the tab, or its number counted from 1');
}

/**
 * --sheet N counts hidden sheets, the tabs Excel shows do not: with a hidden sheet up to N the
 * two counts name different sheets ("Bản cũ" hidden before "Biểu 07": the user's tab 1 is
 * "Biểu 07", sheet 1 is the hidden old copy, read unseen, exit 0). Refused unless they agree.
 */
function hiddenInCount(sheets: readonly SheetInfo[], index: number, wanted: string, file: string): void {
  const shown = sheets.filter(isVisible)[index]?.name;
  const counted = sheets[index]!;
  if (shown === counted.name) return;
  const hidden = sheets.slice(0, index + 1).filter((s) => !isVisible(s)).map((s) => JSON.stringify(s.name));
  const tab = shown === undefined ? `the tabs Excel shows have no tab ${wanted}` : `tab ${wanted} of those Excel shows is ${JSON.stringify(shown)}`;
  throw new ThadsError(
    'USAGE',
    `--sheet ${wanted}: counted with the hidden ${hidden.length === 1 ? 'sheet' : 'sheets'} ${hidden.join(', ')}, sheet ${wanted} of ${file} is ${JSON.stringify(counted.name)}${isVisible(counted) ? '' : ' (hidden)'}, but ${tab}: which one is meant cannot be told`,
    undefined,
    `give the sheet by its name as on its tab (e.g. --sheet ${JSON.stringify(shown ?? counted.name)}); a hidden sheet is read only by its name`,
  );
}

/** "EncryptedPackage", as a compound file names its stream (UTF-16LE), in the file's first 64 KiB. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
async function holdsEncryptedPackage(handle: import('node:fs/promises').FileHandle): Promise<boolean> {
  const buf = Buffer.alloc(1 << 16);
  const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
  return buf.subarray(0, bytesRead).includes(ENCRYPTED_PACKAGE);
}

/** What a non-ZIP file named .xlsx is, when its start says: text ("a CSV or web page saved under this name"). */
async function whatTextIs(handle: import('node:fs/promises').FileHandle): Promise<string> {
  const buf = Buffer.alloc(512);
  const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
  const text = buf.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (text.startsWith('<?xml') && text.includes('urn:schemas-microsoft-com:office:spreadsheet')) return ': it is an Excel 2003 XML spreadsheet, which thads cannot read — save it as .xlsx';
  if (text.startsWith('<!doctype html') || text.startsWith('<html') || text.includes('<table')) return ': it is a web page (HTML, Excel\'s "Save as Web Page") — save it as .xlsx';
  if (bytesRead > 0 && !buf.subarray(0, bytesRead).includes(0) && /[,;\t]/.test(text)) return ': it is a text file (CSV?) — name it .csv';
  return '';
}

async function assertZip(file: string): Promise<void> {
  let handle;
  try {
    // node:fs/promises loaded here, not at start-up (~4 ms): only workbooks are read through it.
    handle = await (await import('node:fs/promises')).open(file, 'r');
    const head = Buffer.alloc(8);
    const { bytesRead } = await handle.read(head, 0, 8, 0);
    if (bytesRead === 0) throw new ThadsError('NO_DATA', 'the file is empty', { file });
    if (bytesRead < 4 || head.readUInt32LE(0) !== ZIP_MAGIC) {
      const ole = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
      if (!ole) throw new ThadsError('WORKBOOK_INVALID', `the file is not an Excel workbook (.xlsx is a ZIP archive; this file is not one)${await whatTextIs(handle)}`, { file });
      // Excel's "Encrypt with Password" wraps the workbook in the same container as an .xls, its
      // package in a stream named so (traps19 6: was called an old .xls)
      if (await holdsEncryptedPackage(handle)) {
        throw new ThadsError('WORKBOOK_INVALID', 'the workbook is protected by a password (encrypted), which thads cannot open', { file }, 'open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, empty) and save it again');
      }
      throw new ThadsError('WORKBOOK_INVALID', `this is an old Excel 97–2003 workbook (.xls) under an ${extname(file) || '.xlsx'} name, which thads cannot read`, { file });
    }
  } catch (err) {
    if (err instanceof ThadsError) throw err;
    throw ioError(file, err);
  } finally {
    await handle?.close();
  }
}

/** Where the workbook's parts are, as its relationships name them (package-parts.ts). */
interface WorkbookParts {
  readonly workbook: string;
  readonly sharedStrings: string;
  readonly styles: string;
  /** a sheet's worksheet part; null for a chart sheet */
  sheet(sheet: SheetInfo): string | null;
}

/**
 * The workbook part and its links, read by exceljs into `reader` (their prefixes, if any, taken
 * off: part-prefixes.ts), and where its parts are: the workbook where _rels/.rels says
 * (traps43 3: xl/book.xml was "no workbook"), its shared strings and styles where its own
 * relationships say (traps43 2: xl/strings/sst1.xml was "refers to shared string 0, but the
 * workbook holds 0").
 */
async function readWorkbookPart(reader: StreamWorkbook, archive: Archive, file: string): Promise<WorkbookParts> {
  const packageRels = await archive.stream('_rels/.rels');
  const workbook = workbookPartOf(packageRels ? await readRelationships(packageRels) : []);
  const rels = await archive.stream(relationshipsOf(workbook));
  if (rels) await reader._parseRels(await unprefixedPart(rels));
  const workbookXml = await archive.stream(workbook);
  if (!workbookXml) throw new ThadsError('WORKBOOK_INVALID', `the archive holds no workbook (${workbook}): it is not an Excel workbook`, { file });
  await reader._parseWorkbook(await unprefixedPart(workbookXml));
  const links = reader.workbookRels ?? [];
  return {
    workbook,
    sharedStrings: relatedPart(workbook, links, 'sharedStrings', 'sharedStrings.xml'),
    styles: relatedPart(workbook, links, 'styles', 'styles.xml'),
    sheet: (sheet) => sheetPart(links, workbook, sheet),
  };
}

/** The visible sheets (`visible`) that hold a table (table-sheets.ts holdsTable), in tab order. */
async function findTableSheets(file: string, visible: readonly SheetInfo[], partOf: (s: SheetInfo) => string | null, archive: Archive, strings: readonly string[], matcher: HeaderMatcher): Promise<string[]> {
  const holds = async (sheet: SheetInfo, deep: boolean) => {
    const path = partOf(sheet);
    const part = path === null ? null : await archive.stream(path);
    return part !== null && (await holdsTable(part, strings, matcher, { file, sheet: sheet.name }, deep));
  };
  const tables: string[] = [];
  for (const sheet of visible) if (await holds(sheet, false)) tables.push(sheet.name);
  // The one table behind other sheets is read only if the reader would find none on them: a
  // header below row 60 of the first sheet (which it reads) makes two tables, not a silent switch.
  const at = tables.length === 1 ? visible.findIndex((s) => s.name === tables[0]) : 0;
  for (const sheet of visible.slice(0, at).reverse()) if (await holds(sheet, true)) tables.unshift(sheet.name);
  return tables;
}

/** A sheet's worksheet part, linked relative to the workbook's folder ("worksheets/sheet1.xml") or from the root ("/xl/…"); null for a chart sheet. */
function sheetPart(links: readonly Relationship[], workbook: string, sheet: SheetInfo): string | null {
  const link = links.find((r) => r.Id === sheet.rId);
  const path = targetPart(workbook, link?.Target ?? '');
  return link?.Type !== undefined ? (typeName(link.Type) === 'worksheet' ? path : null) : /worksheets\/[^/]+\.xml$/.test(path) ? path : null;
}

/**
 * A workbook's sheets, and those of its visible ones that hold a table, as the reader finds them
 * without --sheet (`matcher` null: not looked for); a workbook of one visible sheet: that one.
 */
export async function workbookSheets(file: string, matcher: HeaderMatcher | null): Promise<{ names: string[]; tables: string[] }> {
  return lookInto(file, async (reader, archive, parts) => {
    const listed = reader.model?.sheets ?? [];
    const visible = listed.filter(isVisible);
    const names = listed.map((s) => s.name);
    if (matcher === null || visible.length < 2) return { names, tables: matcher === null ? [] : visible.map((s) => s.name) };
    const strings = await sharedStringsOf(archive, parts);
    return { names, tables: await findTableSheets(file, visible, parts.sheet, archive, strings, matcher) };
  });
}

/** `look` at a workbook's sheet list and parts (its workbook part read, the archive open only for the look). */
async function lookInto<T>(file: string, look: (reader: StreamWorkbook, archive: Archive, parts: WorkbookParts) => Promise<T>): Promise<T> {
  await assertZip(file);
  const { default: WorkbookReader } = await import('exceljs/lib/stream/xlsx/workbook-reader.js');
  const reader = new WorkbookReader(file, {}) as unknown as StreamWorkbook;
  const archive = await openArchive(file);
  try {
    return await look(reader, archive, await readWorkbookPart(reader, archive, file));
  } finally {
    archive.close();
  }
}

/** The workbook's shared strings (none: an empty list). */
async function sharedStringsOf(archive: Archive, parts: WorkbookParts): Promise<string[]> {
  const part = await archive.stream(parts.sharedStrings);
  return part ? await readSharedStrings(part) : [];
}

/**
 * A workbook of the pair of forms (DOMAIN.md), one per tab ("Việc" | "Tiền"): without --sheet,
 * its two sheets with a table when each is a table of one measure, not the same one, as the
 * reader itself decides it (sheet name, title, headers: the sheet read up to its first row).
 * They are read as two one-measure files, joined per office (SPEC §1). Null otherwise — any
 * other workbook is read, or refused, as readXlsxFile decides; a sheet it cannot read is none.
 */
export async function measureSheets(file: string, opts: ReadOptions): Promise<readonly [string, string] | null> {
  if (opts.sheet !== undefined || !isWorkbookPath(file)) return null;
  let tables: readonly string[] | null;
  try {
    tables = pairOfYear((await workbookSheets(file, opts.matcher)).tables, reportYear(file, opts.year));
  } catch {
    return null;
  }
  if (tables === null) return null;
  const halves: FileReport[] = [];
  const refused: ThadsError[] = [];
  for (const sheet of tables) {
    let report: FileReport;
    try {
      report = await sheetHead(file, opts, sheet);
    } catch (err) {
      if (!(err instanceof ThadsError)) return null;
      refused.push(err);
      continue;
    }
    if (report.sheet?.name !== sheet || report.measures.length !== 1) return null;
    halves.push(report);
  }
  if (refused.length > 0) {
    const alike = refusedAlike(tables, refused);
    if (alike !== null) throw alike;
    return null;
  }
  if (halves[0]!.measures[0] === halves[1]!.measures[0]) return null;
  // the money tab's unit, stated on the cases tab only (pair-unit.ts)
  const unsaid = pairUnitUnsaid(file, halves);
  if (unsaid !== null) throw unsaid;
  return [halves[0]!.sheet!.name, halves[1]!.sheet!.name];
}

/**
 * The error of both tabs of the pair, "Việc" | "Tiền" by their names, refused alike (one code, one
 * message): the workbook's, whichever tab is read — the file name's "t06" (month 6, to 30/6)
 * against both titles' year was asked "which one is to be read?" (traps36 naming/t06-viec-2024.xlsx).
 * Null otherwise: a tab refused alone, or tabs no names tell the pair, are left to that question.
 */
function refusedAlike(tables: readonly string[], refused: readonly ThadsError[]): ThadsError | null {
  if (tables.length !== 2 || refused.length !== 2) return null;
  const [a, b] = refused as [ThadsError, ThadsError];
  const [ma, mb] = tables.map(measureOfName);
  return a.code === b.code && a.message === b.message && ma !== null && mb !== null && ma !== mb ? a : null;
}

/**
 * The two sheets with a table that may be the pair of forms: the only two, when neither is the
 * sheet of the report's year beside another year's (yearSheet); else, when every sheet names one
 * year, the two of the report's `year` ("Việc 2024" | "Tiền 2024" beside last year's "Việc 2023" |
 * "Tiền 2023": traps36 2, refused with a hint naming "Việc 2024" alone, whose money was then
 * dropped unsaid). Null otherwise.
 */
export function pairOfYear(tables: readonly string[], year: number | undefined): readonly string[] | null {
  if (tables.length === 2) return yearSheet(tables, year) === undefined ? tables : null;
  if (tables.length < 3 || year === undefined) return null;
  const years = tables.map(yearsOfName);
  if (!years.every((y) => y.length === 1)) return null;
  const ofYear = tables.filter((_, i) => years[i]![0] === year);
  return ofYear.length === 2 ? ofYear : null;
}

/** The report's year as the sheets are picked by it: --year's, else the file name's when it names one ("bc-2023-2024.xlsx" names none). */
export function reportYear(file: string, given: number | undefined): number | undefined {
  if (given !== undefined) return given;
  const named = yearsOfFileName(file);
  return named.length === 1 ? named[0] : undefined;
}

/** The sheet read up to its first row: its name, title, unit and header said (report.measures). Throws as readXlsxFile does. */
async function sheetHead(file: string, opts: ReadOptions, sheet: string): Promise<FileReport> {
  const report = newFileReport(file);
  const rows = readXlsxFile(file, { ...opts, sheet }, report);
  await rows.next();
  await rows.return(undefined);
  return report;
}

/**
 * The hidden sheet that holds the other half of the pair of forms, when the one sheet read
 * without --sheet is a table of one measure ("Việc" shown, "Tiền" hidden): hidden sheets are not
 * read, so its measure is left out — said (HIDDEN_SHEET_LEFT_OUT), never dropped unsaid (traps36
 * 1: the money dropped with no word, exit 0). Null when there is none, or it cannot be told.
 */
export async function hiddenHalf(file: string, opts: ReadOptions, read: { readonly sheet: string; readonly measure: Measure }): Promise<Finding | null> {
  if (opts.sheet !== undefined || !isWorkbookPath(file)) return null;
  try {
    const hidden = await hiddenTableSheets(file, opts.matcher);
    for (const sheet of hidden) {
      const report = await sheetHead(file, opts, sheet).catch(() => null);
      if (report === null || report.measures.length !== 1 || report.measures[0] === read.measure) continue;
      const other = report.measures[0]!;
      return finding(
        'warning',
        'HIDDEN_SHEET_LEFT_OUT',
        `the sheet ${JSON.stringify(sheet)} is hidden and holds a table of ${other}, the other half of ${JSON.stringify(read.sheet)}'s ${read.measure}: hidden sheets are not read, so the ${other} of this workbook is left out`,
        { file, sheet },
        `unhide it (right-click a tab → Unhide) to read both halves of the pair, joined per office; or pass --sheet ${JSON.stringify(read.sheet)} to read the ${read.measure} alone, as meant`,
      );
    }
  } catch {
    return null;
  }
  return null;
}

/** The hidden sheets of a workbook that hold a table (table-sheets.ts holdsTable), in tab order. */
async function hiddenTableSheets(file: string, matcher: HeaderMatcher): Promise<string[]> {
  return lookInto(file, async (reader, archive, parts) => {
    const hidden = (reader.model?.sheets ?? []).filter((s) => !isVisible(s));
    if (hidden.length === 0) return [];
    const strings = await sharedStringsOf(archive, parts);
    const out: string[] = [];
    for (const sheet of hidden) {
      const path = parts.sheet(sheet);
      const part = path === null ? null : await archive.stream(path);
      if (part !== null && (await holdsTable(part, strings, matcher, { file, sheet: sheet.name }))) out.push(sheet.name);
    }
    return out;
  });
}

/** Reads one sheet. Throws ThadsError on fatal problems; warnings go to report.findings. */
export async function* readXlsxFile(file: string, opts: ReadOptions, report: FileReport): AsyncGenerator<FileRow> {
  await assertZip(file);
  // Only the streaming reader, not exceljs' whole package (its writers, charts, …): half the load.
  const { default: WorkbookReader } = await import('exceljs/lib/stream/xlsx/workbook-reader.js');
  const reader = new WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'ignore',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as StreamWorkbook;

  let sheetName: string | null = null;
  let sheetCount = 0;
  /** cells of the record being read that hold no figure, by column (1-based) */
  let odd = new Map<number, OddCell>();
  let oddLine = 0;
  /** stale formula results by "line:column", the whole sheet's: a total row's cells are judged after the rows below it */
  const staleCells = new Map<string, OddCell>();
  /**
   * by row, then column: formula cells read as their formula's text — no stored result, or one the
   * workbook asks to recalculate — which, in an office, province, year or STT cell, would be read
   * as the row's name or number (`=Data!A2` an office): refused once the columns are known
   */
  const formulaTextCells = new Map<number, Map<number, OddCell>>();
  /** rows the sheet hides (<row hidden="1">), and those of them read as rows of the table */
  const hiddenRows = new Set<number>();
  /** of them, those hidden by hand or a filter, no collapsed outline group's detail rows (outline.ts): FileRow hidden */
  const hiddenByHand = new Set<number>();
  const hiddenRead: { line: number; district: string }[] = [];
  let hiddenReadCount = 0;
  const outline = new OutlineGroups();
  /** figures merged over two offices' rows or two figure columns (merged-figures.ts); set once the sheet's merges are read */
  let mergedFigures = null as MergedFigures | null;
  /** by row, then column: cells whose formula adds up other rows of their column (formula-refs.ts) */
  const sums = new Map<number, Map<number, { formula: string; rows: number[] }>>();
  /** the sheet's sum cells over cells of text, for a total's message (sum-over-text.ts) */
  const sumsOverText = new SumsOverText();
  const sheetFacts: SheetFacts = { summaryBelow: true };
  /** rows read but not yet handed on: their number cells' scales, by column */
  const scales = new Map<number, Map<number, ShownScale>>();
  const scaledMoney = new ScaledMoneyWatch((line, column) => ({ file, line, column, ...(sheetName !== null ? { sheet: sheetName } : {}) }));

  const locate = (loc: Location | undefined): Location | undefined => {
    // a text the sheet states outside its cells, read as a title line before row 1 (outside-texts.ts): the sheet's
    if (loc && loc.file === file && loc.line !== undefined && loc.line < 1) return lineLocation(report, file, loc.line);
    return loc && loc.file === file && sheetName !== null && loc.sheet === undefined ? { ...loc, sheet: sheetName } : loc;
  };
  /** "line -2" in a message: the text outside the cells it is (outside-texts.ts), by name ("the page header"). */
  const named = (message: string): string => (/\b(?:line|row) -\d/.test(message) ? message.replace(/\b(?:line|row) (-\d+)(?:, column \d+)?/g, (_, line: string) => lineName(report, Number(line))) : message);
  const unmark = (text: string) => (text.includes(NUMBER_CELL_MARK) ? text.split(NUMBER_CELL_MARK).join('') : text);
  const isYearColumn = (column: number): boolean => report.columns.some((x) => x.column === column && x.role.kind === 'identity' && x.role.key === 'year');
  const columnName = (column: number): string => {
    if (isYearColumn(column)) return 'year';
    const c = report.columns.find((x) => x.column === column);
    if (c?.role.kind === 'identity') return c.role.key === 'district' ? 'office' : c.role.key;
    if (c && isItemColumn(c)) return 'STT';
    return c && c.role.kind === 'figure' && c.measure ? `${c.measure} ${c.role.field.replace(/_/g, ' ')}` : 'a figure';
  };
  /** The first of a row's office, province, year and STT cells holding its formula's text instead of a result: its refusal. */
  const labelWithoutResult = (line: number): ThadsError | null => {
    const cells = formulaTextCells.get(line);
    const label = cells && report.columns.find((c) => (c.role.kind === 'identity' || isItemColumn(c)) && cells.has(c.column));
    return label ? oddError(line, label.column, cells!.get(label.column)!) : null;
  };
  /**
   * by row, then column: formulas thads cannot work out in a workbook saved without recalculating
   * (calcMode manual, calcOnSave 0), whose stored results may be stale: refused in a figure cell
   * of a row read (traps43 1), left alone elsewhere (an STT's =MAX($A$3:A3)+1)
   */
  const uncalculated = new Map<number, Map<number, string>>();
  const uncalculatedFigure = (line: number): ThadsError | null => {
    const cells = uncalculated.get(line);
    const figure = cells && report.columns.find((c) => c.role.kind === 'figure' && c.measure && cells.has(c.column));
    return figure ? oddError(line, figure.column, { kind: 'formula-stale', shown: cells!.get(figure.column)!, savedUncalculated: true }) : null;
  };
  /** what the cell should have held */
  const wanted = (column: number): string => (isYearColumn(column) ? 'a year' : 'a figure');
  const oddError = (line: number, column: number, cell: OddCell): ThadsError => {
    const at = { file, line, column, ...(sheetName !== null ? { sheet: sheetName } : {}) };
    switch (cell.kind) {
      case 'formula':
        return new ThadsError('FORMULA_NO_RESULT', `${columnName(column)}: the cell holds a formula with no stored result (${cell.shown})`, at);
      case 'formula-nan':
      case 'formula-empty':
        return new ThadsError('FORMULA_NO_RESULT', `${columnName(column)}: the cell holds a formula whose stored result is empty or an error (${cell.shown})`, at, 'open the workbook in Excel or LibreOffice, fix the formula if it shows an error, and save it so the formula stores its result');
      case 'formula-stale':
        if (cell.differs?.circular) return new ThadsError('FORMULA_STALE_RESULT', `${columnName(column)}: the cell stores ${cell.differs.stored}, but its formula ${cell.shown} takes in its own cell: a circular reference, which Excel does not work out, so what it stores can be anything`, at, 'make the formula name only other cells (or type the figure), then open the workbook in Excel or LibreOffice and save it');
        if (cell.differs) return new ThadsError('FORMULA_STALE_RESULT', `${columnName(column)}: the cell stores ${cell.differs.stored}, but its formula ${cell.shown} gives ${cell.differs.gives}: the workbook was not recalculated after its data changed, so what Excel shows is not what it stores`, at, 'open the workbook in Excel or LibreOffice and save it, or export the values; thads never recalculates formulas');
        if (cell.savedUncalculated) return new ThadsError('FORMULA_STALE_RESULT', `${columnName(column)}: the cell holds a formula (${cell.shown}) whose stored result may be stale: the workbook calculates only when told to and was saved without recalculating (calcMode manual, calcOnSave 0), and thads cannot work this formula out to check it`, at, 'open the workbook in Excel or LibreOffice, recalculate (F9) and save it, or export the values; thads never recalculates formulas');
        return new ThadsError('FORMULA_STALE_RESULT', `${columnName(column)}: the cell holds a formula (${cell.shown}) whose stored result may be stale: the workbook asks to be recalculated when opened (fullCalcOnLoad), so what Excel shows is not what it stores`, at);
      case 'date':
        // A date shown as its year ("yyyy") is still a day: 01/10/2018 shows 2018 but is in statistics year 2019.
        if (isYearColumn(column)) return new ThadsError('BAD_NUMBER', `year: the cell holds a date (${cell.shown}), not a year; write the statistics year as a number`, at, 'a statistics year runs from 1 October to 30 September, so a date shown as its year may name the wrong one: type the year (e.g. 2019) and format the column as a number');
        return new ThadsError('BAD_NUMBER', `${columnName(column)}: the cell holds a date (${cell.shown}), not a figure`, at, 'format the cell as a number (Format Cells → Number) and check its value');
      case 'boolean':
        return new ThadsError('BAD_NUMBER', `${columnName(column)}: the cell holds the logical value ${cell.shown}, not ${wanted(column)}`, at, 'write the figure as a number');
      case 'error': {
        // the words a CSV cell holding the same error gets (numbers.ts failedFigure)
        const failed = failedFigure(cell.shown);
        return new ThadsError('BAD_NUMBER', `${columnName(column)}: the cell holds ${failed?.holds ?? cell.shown}, not ${wanted(column)}`, at, failed?.hint ?? 'fix the formula the error comes from (a deleted row or column gives #REF!)');
      }
      case 'percent':
        return new ThadsError('BAD_NUMBER', `${columnName(column)}: the cell holds a percentage (${cell.shown}), not ${wanted(column)}`, at, 'figures are counts and amounts; format the cell as a number');
      case 'scaled-by-condition':
        return new ThadsError('BAD_NUMBER', `${columnName(column)}: the cell's number format shows it in thousands or not depending on its value (${cell.shown}): which unit it is in cannot be told`, at, 'give the column one number format (Format Cells → Number) and a unit line that says what it shows');
      case 'not-a-number':
        return new ThadsError('BAD_NUMBER', `${columnName(column)}: the cell is stored as a number, but what it stores (${JSON.stringify(cell.shown)}) is none`, at, 'the program that wrote the workbook stored the cell wrongly: type the figure again in Excel or LibreOffice and save');
    }
  };
  /** Any error of this file: in its sheet, said in terms of the cell when the cell is no figure. */
  const place = (err: unknown): unknown => {
    if (!(err instanceof ThadsError)) return err;
    const loc = err.location;
    // (a result its formula contradicts explains any error at its cell: a check row "failing" on a stale 1)
    if (loc?.file === file && loc.line === oddLine && loc.column !== undefined && odd.has(loc.column) && (err.code === 'BAD_NUMBER' || err.code === 'NON_INTEGER_COUNT' || odd.get(loc.column)!.differs !== undefined)) {
      return oddError(loc.line, loc.column, odd.get(loc.column)!);
    }
    // a stale result of a row judged later (a Tổng cộng above its offices): its formula's text was the cell
    const stale = loc?.file === file && loc.line !== undefined && loc.column !== undefined ? staleCells.get(`${loc.line}:${loc.column}`) : undefined;
    if (stale !== undefined && (err.code === 'BAD_NUMBER' || err.code === 'NON_INTEGER_COUNT')) return oddError(loc!.line!, loc!.column!, stale);
    // 100 in a count cell shown ÷1000 reads 0.1: the format's doing, said as such (scaled-money.ts)
    const scaled = loc?.file === file && err.code === 'NON_INTEGER_COUNT' && loc.line !== undefined && loc.column !== undefined ? scales.get(loc.line)?.get(loc.column) : undefined;
    if (scaled && scaled.thousands > 0) return scaledCountError(columnName(loc!.column!), scaled, locate(loc)!);
    // "No header row" is about the whole sheet, not its first row — unless it names the row nearest to one (a column).
    const located = err.code === 'NO_HEADER' && loc && loc.column === undefined ? locate({ file: loc.file }) : locate(loc);
    // A first sheet of notes or instructions: the figures are on another one.
    const hint = err.code === 'NO_HEADER' && opts.sheet === undefined && sheetCount > 1 ? `this is the first of ${sheetCount} sheets; pick the one with the figures with --sheet NAME (or its number)` : err.hint;
    const message = named(unmark(err.message));
    if (located === loc && hint === err.hint && message === err.message) return err;
    return new ThadsError(err.code, message, located, hint);
  };
  /**
   * A row read as an office with figure cells that sum other rows of their column (round 49b, 01):
   * its refusal, named at the first such cell, and every row they add (sum-rows.ts decides).
   */
  const sumFormulaError = (line: number, district: string): { error: ThadsError; rows: number[] } | null => {
    const cells = sums.get(line);
    if (!cells) return null;
    const columns = report.columns
      .filter((c) => c.role.kind === 'figure' && c.measure)
      .map((c) => c.column)
      .sort((a, b) => a - b)
      .filter((c) => cells.has(c));
    if (columns.length === 0) return null;
    const column = columns[0]!;
    const { formula, rows } = cells.get(column)!;
    const at = { file, line, column, ...(sheetName !== null ? { sheet: sheetName } : {}) };
    const error = new ThadsError('SUM_FORMULA_ROW', `row ${line} ${JSON.stringify(district)}: ${columnName(column)}: ${formula} adds ${rowsText(rows)}: a subtotal, not an office; added as one it would count them twice`, at);
    return { error, rows: [...new Set(columns.flatMap((c) => cells.get(c)!.rows))].sort((a, b) => a - b) };
  };
  const placeFinding = (f: Finding): Finding => ({ ...f, message: named(unmark(f.message)), location: locate(f.location) });
  const rowOpts: ReadOptions = opts.onRowError ? { ...opts, onRowError: (e) => opts.onRowError!(place(e) as ThadsError) } : opts;

  /**
   * A row whose figure cells are all dates, errors or formulas without a result has no number
   * at all, and the layout rules skip such a row (a title, a signature): said here instead.
   */
  const checkSkipped = (cells: readonly string[], line: number) => {
    if (odd.size === 0 || report.headerLine === 0 || line <= report.headerLine) return;
    // A check row whose TRUE or empty results passed was skipped by the reader (read-csv.ts readRow).
    if (report.findings.some((f) => f.code === 'CHECK_ROW_SKIPPED' && f.location?.line === line)) return;
    const figureColumns = report.columns.filter((c) => c.role.kind === 'figure' && c.measure).map((c) => c.column);
    // =IFERROR(VLOOKUP(…),"") shows as an empty cell, which would be read as 0: no figure in a row
    // that holds anything else; a template's unused row, every cell such a formula, is blank.
    // (=IF(B5="","",B5*2) is read as the empty cell it shows: OddCell.blank)
    const blank = figureColumns.find((c) => odd.get(c)?.kind === 'formula-empty' && !odd.get(c)!.blank);
    if (blank !== undefined && cells.some((c) => c.trim() !== '')) {
      const err = oddError(line, blank, odd.get(blank)!);
      if (opts.onRowError) opts.onRowError(err);
      else throw err;
      return;
    }
    if ([...odd.values()].every((o) => o.kind === 'formula-empty')) return;
    const first = figureColumns.find((c) => odd.has(c) && !odd.get(c)!.blank);
    if (first === undefined || figureColumns.some((c) => looksNumeric(cells[c - 1] ?? ''))) return;
    // An error cell's text ("#N/A") the layout rules refuse already (layout.ts holdsFailedFigure): not twice.
    if (figureColumns.some((c) => holdsFailedFigure(cells[c - 1] ?? ''))) return;
    const err = oddError(line, first, odd.get(first)!);
    if (opts.onRowError) opts.onRowError(err);
    else throw err;
  };

  async function* records(): AsyncGenerator<TableRecord> {
    const archive: Archive = await openArchive(file);
    try {
      yield* sheetRecords(archive);
    } finally {
      archive.close();
    }
  }

  /**
   * Without --sheet, the visible sheets that hold a table. Several (one per office and a
   * summary) are refused: which one is the report is the user's to say — unless one is the
   * report's year and the others other years or parts of a year (yearSheet; `why` says so).
   */
  async function tableSheets(visible: readonly SheetInfo[], partOf: (s: SheetInfo) => string | null, archive: Archive, strings: readonly string[]): Promise<{ readonly tables: string[]; readonly why?: string; readonly ofYear?: number }> {
    const tables = await findTableSheets(file, visible, partOf, archive, strings, opts.matcher);
    if (tables.length < 2) return { tables };
    const year = reportYear(file, opts.year);
    const chosen = yearSheet(tables, year);
    if (chosen !== undefined && year !== undefined) {
      const ofYear = chosen;
      const others = tables.filter((t) => t !== ofYear).map((t) => JSON.stringify(t)).join(', ');
      const years = tables.length > 2 ? 'hold other years' : 'holds another year';
      const parts = tables.length > 2 ? 'hold other years or parts of a year' : 'holds a part of a year';
      const otherYears = tables.every((t) => yearsOfName(t).length === 1);
      return { tables: [ofYear], ofYear: year, why: `the sheet of the report's year ${year} (${opts.year !== undefined ? '--year' : 'the file name'}); ${others} ${otherYears ? years : parts}; --sheet picks another` };
    }
    // Every sheet of the year named, and whose year it is: two of it ("Việc 2024" | "Tiền 2024"
    // beside a "Tổng hợp") were one "the sheet named for the file's year", so was --year's (traps36 5).
    const ofYear = tables.filter((name) => year !== undefined && yearsOfName(name).length === 1 && yearsOfName(name)[0] === year).map((t) => JSON.stringify(t));
    const whose = opts.year !== undefined ? `--year ${year}` : `the file name's year ${year}`;
    const yearly = year === undefined && tables.every((t) => yearsOfName(t).length === 1) ? '; or pass --year N to read the sheet named for year N' : '';
    const named = ofYear.length === 1 ? `; the sheet named for ${whose} is --sheet ${ofYear[0]}` : ofYear.length > 1 ? `; the sheets named for ${whose} are ${ofYear.join(', ')}` : yearly;
    throw new ThadsError(
      'USAGE',
      `${file} has ${tables.length} sheets with a table (${tables.map((t) => JSON.stringify(t)).join(', ')}): which one is to be read?`,
      undefined,
      `pick it with --sheet NAME (or its number counted from 1)${named}`,
    );
  }

  async function* sheetRecords(archive: Archive): AsyncGenerator<TableRecord> {
    // Parts are streamed too: a sheet of unique text cells has a shared-strings part as large
    // as the sheet, and parsing it in one piece makes the heap balloon.
    const whole = (path: string) => archive.stream(path);
    const parts = await readWorkbookPart(reader, archive, file);
    const { recalcOnLoad, savedUncalculated } = await readCalcFacts((await whole(parts.workbook))!);
    // The shared strings are looked up by the sheet's t="s" cells (sheet-xml.ts reads them).
    const strings = await sharedStringsOf(archive, parts);
    const styles = await whole(parts.styles);
    // Without a styles part (it is optional) every cell has the General format.
    const numFmt = styles ? await readNumberFormats(styles) : () => undefined;

    const listed = reader.model?.sheets ?? [];
    if (listed.length === 0) throw new ThadsError('WORKBOOK_INVALID', 'the workbook lists no sheet', { file });
    const partOf = parts.sheet;
    const visible = listed.filter(isVisible);
    const tables = opts.sheet === undefined && visible.length > 1 ? await tableSheets(visible, partOf, archive, strings) : null;
    const target = pickSheet(listed, opts.sheet, file, tables?.tables ?? null, tables?.why);
    const info = listed[target.index]!;
    const path = partOf(info);
    // Merged cells (a province over its offices' rows, a name over STT and Đơn vị): read first, as the XML lists them last.
    const mergedPart = path !== null ? await archive.stream(path) : null;
    const seen: { formulas?: boolean; headerFooter?: string | null } = {};
    const ranges = mergedPart ? await readMerges(mergedPart, seen) : [];
    const merges = new MergeFill(ranges);
    mergedFigures = new MergedFigures(ranges);
    // Formulas whose stored result their own cells contradict (a template filled without recalculating).
    const openSheet = async (name: string) => {
      const sheet = listed.find((s) => s.name === name);
      const at = sheet && partOf(sheet);
      return at ? archive.stream(at) : null;
    };
    // (saved uncalculated: a formula not worked out may store a stale result too — refused in a figure cell)
    const stale = seen.formulas && !recalcOnLoad ? await staleResults(info.name, listed.map((s) => s.name), openSheet, file, strings, savedUncalculated) : new Map<number, never>();
    const listObjects = path !== null ? await readSheetTables(archive, path) : [];
    const part = path !== null ? await archive.stream(path) : null;
    // A chart sheet picked by --sheet is a wrong pick, not a broken workbook (traps36 4: WORKBOOK_INVALID, exit 1).
    if (!part && opts.sheet !== undefined) {
      const worksheets = listed.filter((s) => partOf(s) !== null).map((s) => JSON.stringify(s.name)).join(', ');
      throw new ThadsError('USAGE', `--sheet ${opts.sheet}: sheet ${JSON.stringify(info.name)} of ${file} is a chart sheet, with no table`, undefined, `pick a worksheet with --sheet${worksheets !== '' ? ` (its worksheets: ${worksheets})` : ''}`);
    }
    if (!part) throw new ThadsError('WORKBOOK_INVALID', `sheet ${JSON.stringify(info.name)} is not a worksheet of figures (a chart sheet?)`, { file }, 'pick a worksheet with --sheet');
    sheetName = info.name;
    sheetCount = listed.length;
    // A unit the workbook states on a cover or notes sheet of its own: the figures' unit where their sheet states none (cover-unit.ts).
    const others = visible.filter((s) => s !== info).map((s) => s.name);
    const units = others.length > 0 ? await coverUnits(others, openSheet, strings, opts.matcher, file) : [];
    const ofYear = tables?.ofYear !== undefined ? { ofYear: tables.ofYear } : {};
    // Its page header and footer, text boxes and comments: read as title lines (outside-texts.ts).
    const outside = path !== null ? await readOutsideTexts(archive, path, seen.headerFooter ?? null) : [];
    report.sheet = { name: info.name, how: target.how, names: visible.map((s) => s.name), ...ofYear, ...(units.length > 0 ? { units } : {}), ...(outside.length > 0 ? { outside } : {}) };
    const workbook = { date1904: reader.properties?.model?.date1904 === true, recalcOnLoad };
    const text = (cell: RawCell, line: number, operands: Operands | null): CellText => {
      if (cell.type === 's' && cell.formula === undefined && cell.value !== undefined && !(/^\s*\d+\s*$/.test(cell.value) && Number(cell.value) < strings.length)) {
        throw new ThadsError('WORKBOOK_INVALID', `the cell refers to shared string ${JSON.stringify(cell.value.trim())}, but the workbook holds ${strings.length} (numbered from 0)`, { file, sheet: info.name, line, column: cell.column }, 'the workbook is damaged: open it in Excel or LibreOffice and save it again');
      }
      const differs = stale.get(cellKey(line, cell.column));
      // (read as stored, refused once the row is known to be read with it as a figure: uncalculatedFigure)
      if (differs?.unjudged) (uncalculated.get(line) ?? uncalculated.set(line, new Map()).get(line)!).set(cell.column, differs.formula);
      return differs && !differs.unjudged ? { text: differs.formula, odd: { kind: 'formula-stale', shown: differs.formula, differs: { stored: differs.stored, gives: differs.gives, ...(differs.circular ? { circular: true as const } : {}) } } } : xmlCellText(cell, numFmt(cell.style), strings, workbook, operands);
    };

    // A formula's "" is the empty cell Excel shows, unless it may stand for an error or a stale result (cell-text.ts emptyTextMeansBlank).
    const blankResult = (cell: CellText, formula: string | null): CellText =>
      cell.odd?.kind === 'formula-empty' && !recalcOnLoad && !savedUncalculated && emptyTextMeansBlank(formula) ? { ...cell, odd: { ...cell.odd, blank: true } } : cell;
    const formulas = new FormulaTexts();
    let last: TableRecord | null = null;
    // A sheet stores a row up to its last filled cell; Excel's "Save as CSV" gives every row
    // the width of the table. Rows here are as wide as the widest one so far (the header's, at
    // least), so a row whose last cells are empty is not taken for a row cut short.
    let width = 0;
    /** the columns the sheet hides, 0-based (its <cols> precede its rows) */
    let hidden: ReadonlySet<number> | undefined;
    for await (const batch of readSheetRows(part, { file, sheet: info.name }, sheetFacts)) {
      for (const row of batch) {
        if (hidden === undefined && sheetFacts.hiddenColumns) hidden = new Set([...sheetFacts.hiddenColumns].map((c) => c - 1));
        if (last) checkSkipped(last.cells, last.line);
        odd = new Map();
        oddLine = row.number;
        if (row.hidden) hiddenRows.add(row.number);
        if (row.hidden && row.outlineLevel === 0) hiddenByHand.add(row.number);
        /** by column: the largest operand of a formula over its own row's cells (float-residue.ts) */
        const operands = new Map<number, Operands | null>();
        const byColumn = new Map(row.cells.map((c) => [c.column, c]));
        /** its cells summing other rows of their column, 0-based (TableRecord.sums) */
        let rowSums: Map<number, ColumnSum> | undefined;
        /** by column: its formula's text, a shared one's worked out from its master (null: unknown) */
        const formulaOf = new Map<number, string | null>();
        for (const cell of row.cells) {
          const formula = formulas.text(cell, row.number);
          formulaOf.set(cell.column, formula);
          const result = formula !== null ? storedCellNumber(cell) : null;
          if (formula !== null && result !== null) operands.set(cell.column, sameRowOperands(simpleFormula(formula), row.number, result, (c) => storedCellNumber(byColumn.get(c))));
          // (an Excel table's column as its data range: its totals row's =SUBTOTAL(109,Bang1[…]); table-parts.ts)
          const ranged = formula && listObjects.length > 0 ? withTableRanges(formula, listObjects) : formula;
          const rows = ranged ? rowsAddedInColumn(ranged, row.number, cell.column) : null;
          if (rows) (sums.get(row.number) ?? sums.set(row.number, new Map()).get(row.number)!).set(cell.column, { formula: `=${formula}`, rows });
          if (rows) sumsOverText.sum(row.number, cell.column, `=${formula}`, rows);
          // (the rows only its SUBTOTAL takes in: one holding a SUBTOTAL itself Excel skips; sum-total-row.ts)
          const subtotalled = rows ? rowsOnlySubtotalled(ranged!, row.number, cell.column) : [];
          if (rows) (rowSums ??= new Map()).set(cell.column - 1, { formula: `=${formula}`, rows, ...(subtotalled.length > 0 ? { subtotalled } : {}) });
        }
        outline.row(row.number, row.outlineLevel);
        // A number cell typed in (no formula): what opening a CSV makes of "500.000" (converted-cells.ts).
        const read = row.cells.map((cell) => ({ column: cell.column, typed: cell.formula === undefined && (cell.type ?? 'n') === 'n', written: TEXT_TYPES.has(cell.type ?? 'n'), ...blankResult(text(cell, row.number, operands.get(cell.column) ?? null), formulaOf.get(cell.column) ?? null), stored: storedCellNumber(cell) }));
        // An empty cell (no value, or an empty one) widens no row, as in Excel's CSV.
        for (const c of read) if (c.text !== '' || c.odd) width = Math.max(width, c.column);
        const cells: string[] = new Array<string>(width).fill('');
        const numbers = new Set<number>();
        /** its cells that are no text: a number, a percent, a date (TableRecord.unwritten) */
        const unwritten = new Set<number>();
        const checks = new Map<number, boolean>();
        /** its number cells' formats (0-based): a unit they write is the cell's (cell-unit.ts) */
        const formats = new Map<number, CellScale>();
        for (const c of read) {
          if (c.column > width) continue;
          cells[c.column - 1] = c.text;
          if (c.odd) odd.set(c.column, c.odd);
          if (c.odd?.kind === 'formula-stale') staleCells.set(`${row.number}:${c.column}`, c.odd);
          if (c.odd && FORMULA_TEXT_KINDS.has(c.odd.kind) && c.odd.differs === undefined) (formulaTextCells.get(row.number) ?? formulaTextCells.set(row.number, new Map()).get(row.number)!).set(c.column, c.odd);
          // what a check formula leaves (TableRecord.checks): a check row's to judge
          if (c.odd?.kind === 'boolean' || c.odd?.kind === 'formula-empty') checks.set(c.column - 1, c.odd.kind === 'formula-empty' || c.odd.shown === 'TRUE');
          if (c.typed && !c.odd && c.text !== '') numbers.add(c.column - 1);
          if (!c.written && c.text !== '') unwritten.add(c.column - 1);
          else if (c.written) sumsOverText.text(row.number, c.column, unmark(c.text));
          if (c.scale) {
            const shown: ShownScale = { ...c.scale, shown: unmark(c.text), ...(c.stored !== null ? { stored: plainNumber(c.stored) } : {}) };
            (scales.get(row.number) ?? scales.set(row.number, new Map()).get(row.number)!).set(c.column, shown);
            formats.set(c.column - 1, c.scale);
          }
        }
        mergedFigures.row(row.number, cells, unmark);
        last = { cells, line: row.number, fills: merges.row(row.number, cells), numbers, ...(unwritten.size > 0 ? { unwritten } : {}), ...(hidden ? { hidden } : {}), ...(checks.size > 0 ? { checks } : {}), ...(formats.size > 0 ? { formats } : {}), ...(rowSums ? { sums: rowSums } : {}) };
        yield last;
      }
    }
    if (last) checkSkipped(last.cells, last.line);
  }

  /** A row of figures: its money cells' scales against the column's and the unit stated (scaled-money.ts). */
  const seeScales = (line: number, kind: FileRow['kind']): ThadsError[] => {
    const cells = scales.get(line);
    // Rows before this one were not rows of figures: their scales say nothing.
    for (const at of scales.keys()) {
      if (at > line) break;
      scales.delete(at);
    }
    if (!cells || kind === 'heading' || kind === 'other-year') return [];
    return scaledMoney.see(line, cells, report.columns, report.moneyUnitFrom);
  };

  const source = { records: records(), fail: async (err: unknown) => workbookError(err, file), end: async () => {} };
  try {
    const held = new SumRows();
    /** A row handed on in sheet order: refused, or its checks made and given on. */
    function* handOn(ready: { item: FileRow; refusal: ThadsError | null }[]): Generator<FileRow> {
      for (const { item, refusal } of ready) {
        const { kind, row } = item;
        if (refusal) {
          if (!rowOpts.onRowError) throw refusal;
          rowOpts.onRowError(refusal);
          continue;
        }
        if (kind === 'other-year') {
          yield item;
          continue;
        }
        // (a regional office's former part "(cũ)" is checked against its row, not added: no office of the outline)
        if (kind === 'data' && item.part === undefined) outline.office(row.line, row.district);
        if (kind === 'data') mergedFigures?.office(row.line, row.district);
        for (const err of seeScales(row.line, kind)) {
          if (rowOpts.onRowError) rowOpts.onRowError(err);
          else throw err;
        }
        yield item;
      }
    }
    for await (const item of readRecords(file, source, rowOpts, report)) {
      // (a row of a year --year leaves out is not read: only where its block stands)
      if (item.kind === 'other-year') {
        yield* handOn(held.see(item, null));
        continue;
      }
      const { row } = item;
      const unread = labelWithoutResult(row.line) ?? uncalculatedFigure(row.line);
      for (const line of formulaTextCells.keys()) if (line <= row.line) formulaTextCells.delete(line);
      for (const line of uncalculated.keys()) if (line <= row.line) uncalculated.delete(line);
      if (unread) {
        if (!rowOpts.onRowError) throw unread;
        rowOpts.onRowError(unread);
        continue;
      }
      const names = { district: unmark(row.district), province: row.province === null ? null : unmark(row.province) };
      const byHand = hiddenByHand.delete(row.line) && item.kind === 'data';
      // Taken out once read, so the set holds only the hidden rows still ahead (or never read).
      // (a former part "(cũ)" hidden in its khu vực's collapsed group is checked, not added: not said;
      // nor is a declared total or subtotal, "=SUM(C5:C6)" over its offices: traps28 5, t03b said
      // "the figures include it" of a subtotal checked and never added)
      if (hiddenRows.delete(row.line) && item.part === undefined && item.kind === 'data' && hiddenReadCount++ < HIDDEN_NAMED) hiddenRead.push({ line: row.line, district: names.district });
      // An office whose own cells add up other rows: a subtotal its label does not declare, unless they are its parts (sum-rows.ts).
      const sum = item.kind === 'data' ? sumFormulaError(row.line, names.district) : null;
      for (const line of sums.keys()) if (line <= row.line) sums.delete(line);
      yield* handOn(held.see({ ...item, row: { ...row, ...names, ...(sheetName !== null ? { sheet: sheetName } : {}) }, ...(byHand ? { hidden: true as const } : {}) }, sum));
    }
    yield* handOn(held.end());
    const twice = outline.firstDoubleCount(sheetFacts.summaryBelow);
    if (twice) {
      const err = outlineError(file, twice);
      if (rowOpts.onRowError) rowOpts.onRowError(err);
      else throw err;
    }
    const figureColumns = new Set(report.columns.filter((c) => c.role.kind === 'figure').map((c) => c.column));
    const shared = mergedFigures?.firstShared(figureColumns);
    // (a value hidden under a merge already refused there is that refusal's)
    const hidden = shared ? null : mergedFigures?.firstHidden(figureColumns);
    if (shared || hidden) {
      const err = shared ? mergedFigureError(file, sheetName, shared, columnName) : hiddenFigureError(file, sheetName, hidden!, columnName);
      if (rowOpts.onRowError) rowOpts.onRowError(err);
      else throw err;
    }
    if (hiddenReadCount > 0) report.findings.push(hiddenRowsFinding(file, hiddenRead, hiddenReadCount));
    const overText = sumsOverText.result();
    if (overText) report.sumsOverText = overText;
  } catch (err) {
    throw place(err);
  } finally {
    report.findings = report.findings.map(placeFinding);
  }
}

/** One figure shown over two offices' rows or two figure columns (merged-figures.ts), at the merge's first cell. */
function mergedFigureError(file: string, sheet: string | null, { merge, text, columns, offices }: SharedFigure, columnName: (column: number) => string): ThadsError {
  const names = [...new Set(offices.map((o) => o.name))];
  const over = names.length > 1 ? `over the rows of ${names.length} offices (${names.map((n) => JSON.stringify(n)).join(', ')})` : `across ${columns.length} figure columns (${columns.map(columnName).join(', ')}) of ${JSON.stringify(names[0])}`;
  const read = names.length > 1 ? `read as stored, all of it would be ${JSON.stringify(names[0])}'s and each other office would get 0 (or a value hidden under the merge)` : `read as stored, it would be ${columnName(columns[0]!)} alone and the other columns 0`;
  return new ThadsError('MERGED_FIGURE', `${columnName(merge.left)}: ${text} is one cell merged ${mergeRef(merge)} ${over}: the sheet shows one figure where each needs its own; ${read}`, { file, line: merge.top, column: merge.left, ...(sheet !== null ? { sheet } : {}) });
}

/** A number a merge's covered cell keeps (merged-figures.ts), at that cell. */
function hiddenFigureError(file: string, sheet: string | null, { merge, line, column, text, shown, office }: HiddenFigure, columnName: (column: number) => string): ThadsError {
  const first = `${columnLetters(merge.left)}${merge.top}`;
  const shows = shown === '' ? `shows ${first}, blank` : `shows ${first}'s ${shown}`;
  return new ThadsError(
    'MERGED_FIGURE',
    `${columnName(column)}: ${text} is kept in a cell covered by the merge ${mergeRef(merge)}, which ${shows}: Excel and LibreOffice show a merge's first cell only, yet the covered cell still holds its value (and formulas over it count it); read as stored, ${text} would be added to ${JSON.stringify(office)} unseen`,
    { file, line, column, ...(sheet !== null ? { sheet } : {}) },
    'unmerge the cell (Format Cells → Alignment, Merge cells off) to see the hidden value, then delete it or type it where it belongs; merge again with "empty the contents of the hidden cells"',
  );
}

/** Odd cells whose text is their formula's (cell-text.ts): no stored result, an empty or no number one, or one to recalculate. */
const FORMULA_TEXT_KINDS: ReadonlySet<OddCell['kind']> = new Set(['formula', 'formula-nan', 'formula-stale']);

/** The column of item numbers (STT), which thads reads to tell offices from sections and subtotals. */
const isItemColumn = (c: ColumnInfo): boolean => c.role.kind === 'ignored' && namesItemColumn(c.header);

/** Detail rows a message names; the others are counted. */
const DETAILS_NAMED = 3;

/** An outline group whose summary row and detail rows would both be added (outline.ts). */
function outlineError(file: string, { summary, details }: DoubleCount): ThadsError {
  const first = details[0]!.line;
  const last = details[details.length - 1]!.line;
  const rows = first === last ? `row ${first}` : `rows ${first}–${last}`;
  const names = details.slice(0, DETAILS_NAMED).map((d) => JSON.stringify(d.name)).join(', ') + (details.length > DETAILS_NAMED ? ` and ${details.length - DETAILS_NAMED} more` : '');
  return new ThadsError(
    'OUTLINE_COUNTED_TWICE',
    `row ${summary.line} ${JSON.stringify(summary.name)} is the summary row of an outline group (Data → Group) whose detail ${rows} (${names}) have figures too: read as offices, both would be added, and each figure counted twice`,
    { file, line: summary.line },
  );
}

/** Hidden rows a warning names; the others are counted. */
const HIDDEN_NAMED = 3;

/**
 * Rows hidden in the sheet (an autofilter showing some offices only) are rows of the table:
 * they are added, as Excel's SUM adds them, but the sheet as shown adds up to less — said once.
 */
function hiddenRowsFinding(file: string, named: readonly { line: number; district: string }[], count: number): Finding {
  const list = named.map((r) => `${r.line} (${JSON.stringify(r.district)})`).join(', ');
  const more = count > named.length ? ` and ${count - named.length} more` : '';
  const one = count === 1;
  return finding('warning', 'HIDDEN_ROWS', `${one ? 'row' : `${count} rows`} ${list}${more} ${one ? 'is' : 'are'} hidden in the sheet but read like the others: the figures include ${one ? 'it' : 'them'}`, { file, line: named[0]!.line });
}

/**
 * The text a merged range shows in the cells it covers beyond its first, as the rows stream by:
 * the first cell gives it (in order, so merges are taken as their rows come).
 */
class MergeFill {
  private readonly pending: MergedRange[];
  private active: { readonly merge: MergedRange; readonly text: string }[] = [];

  constructor(merges: readonly MergedRange[]) {
    this.pending = [...merges].sort((a, b) => b.top - a.top);
  }

  /** For row `number` (its cells 0-based): column (0-based) → the text merged over it, if any. */
  row(number: number, cells: readonly string[]): ReadonlyMap<number, MergedText> | undefined {
    this.active = this.active.filter((a) => a.merge.bottom >= number);
    // Rows may be absent from the XML (empty ones): a merge whose first row was never stored shows nothing.
    while (this.pending.length > 0 && this.pending[this.pending.length - 1]!.top <= number) {
      const merge = this.pending.pop()!;
      if (merge.top === number) this.active.push({ merge, text: cells[merge.left - 1] ?? '' });
    }
    let fills: Map<number, MergedText> | undefined;
    for (const { merge, text } of this.active) {
      if (text === '') continue;
      // Up to the row's width: a merge over a whole sheet's columns costs no more than the table.
      for (let column = merge.left; column <= Math.min(merge.right, cells.length); column++) {
        if (column === merge.left && merge.top === number) continue;
        (fills ??= new Map()).set(column - 1, { text, from: merge.left - 1, top: merge.top });
      }
    }
    return fills;
  }
}

/** exceljs and the unzip library it uses throw plain errors for a broken archive or XML. */
function workbookError(err: unknown, file: string): unknown {
  if (err instanceof ThadsError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return ioError(file, err);
  const message = err instanceof Error ? err.message : String(err);
  return new ThadsError('WORKBOOK_INVALID', `the workbook cannot be read: ${message.split('\n')[0]}`, { file });
}
