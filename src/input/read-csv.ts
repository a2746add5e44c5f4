// One file → office rows, streamed: decode → sniff → csv-parse → header → exact numbers.
// Every row carries its file and physical line; every decision is written into a FileReport
// (what `thads inspect` prints), so nothing is guessed silently.
import { GluedFootnoteWatch } from './glued-footnote.js';
import { parse } from 'csv-parse';
import { type Dec, fromScaled, ZERO } from '../domain/decimal.js';
import { emptyFigures, type Figures } from '../domain/figures.js';
import type { Measure } from '../domain/fields.js';
import { keyString, type OfficeRow } from '../domain/aggregate.js';
import { STDIN, ThadsError, finding, type Finding } from '../errors.js';
import { sameOrMergedInto } from '../domain/provinces.js';
import { csvError, swallowedRowCell, swallowedRowError } from './csv-errors.js';
import { assertNoNul, openText } from './decode.js';
import { refuseDocument } from './not-a-table.js';
import { regimeYear, type ColumnInfo, type FileReport, type FileRow, type ReadOptions } from './file-report.js';
import { fileNamesOffice, officeFromFileName } from './file-names.js';
import { foldHeader, withoutFormulaGuard } from '../domain/names.js';
import { hasFormerMark, MERGER_YEAR, provinceOfFileName, successorBelowFormer, withoutFormerMark } from '../domain/provinces.js';
import { ANOTHER_PERIOD, closingProvince, namesBareOwnOffice, namesOwnOffice, isBulletMark, isCheckRow, isRomanNumber, isSectionNumber, itemNumber, namesEnforcer, namesGroupOnly, labelInProvince, labelledByProvinceCell, namesPivotBlank, PIVOT_BLANK_HINT, namesOwnProvince, namesWholeOfProvince, namesNote, sttNamesNote, notOfficeKind, namesCaseKindRow, numberingDepth, numbersOffice, opensParts, opensSomeParts, provinceOfGroup, provinceOfLabelledRow, provinceOfWhole, romanPrefix, rowLabel, startsWithBullet, subItemOf, withoutBullet, levelAfterRieng, mergerHalfOfSection, yearBesideName, yearOfRowLabel } from './row-labels.js';
import { reportProvince } from './title-province.js';
import { closesSubItems, ListStructure } from './list-structure.js';
import { marksSubLine, namesFormerPart, provinceWithParts, rowBelowProvince } from './former-parts.js';
import { ProvinceSubtotalBlocks } from './province-subtotals.js';
import { ProvinceRowBlocks } from './province-rows.js';
import { ProvinceWholes } from './province-wholes.js';
import { closingRegionalOffice, formedFromFormerOffices, type FileOffice, isEnforcerHeader, marksFormerPart, namesFormerOffice, namesOfficeNotPerson, namesPersonRow, namesPersonWithPost, namesUnassigned, officeBelowPersons, ownPersonsUnderLine, namesOfficeSubtotal, namesSubtotalOfOfficeBelow, subtotalOfficeName, namesOwnOfficeTotal, namesProvincialLine, officeNameKey, namesUnnumberedOffice, officeSubtotalBelowPersons, partsAddUp, namesRegionalOffice, namesDistrictAfterMerger, namesTakenOverDistrict, namesTitledCaseKind, namesTitledRegionOwn, namesTitledRegionPart, titledRegion, numbersFormerPart, numbersFormerPartOn, OfficeLinesAmongEnforcers, opensEnforcers, provinceFormedFrom, namesDistrictLikeOtherProvince, nextRomanOfList, romanBarePlace, romanProvincialLine, romanRegionalOffice, RomanLineBelowEnforcers, RomanOffices, SubNumberedEnforcers } from './by-enforcer.js';
import { markdownRecord, ownMarkdownRecord } from './markdown-cells.js';
import { holdsOwnMarkdownHeader } from './own-human-table.js';
import { otherDelimiterError, otherDelimiterRow } from './other-delimiter.js';
import { RowWidths, widenedRowError } from './row-widths.js';
import { periodByPlace, periodOfYearCell, yearOfLabel } from './stated-years.js';
import { RowYearsNeeded, rowsRegimeYear } from './deferred-columns.js';
import type { Undated } from '../domain/year-declared-rows.js';
import { checkFootnote } from './footnotes.js';
import { checkRowRegime } from './field-notes.js';
import { checkCellPassed } from './check-cells.js';
import { signatureCell } from './signature-date.js';
import { checkUnitInNotes, checkUnitLineAmongRows, ColumnNumberRows, holdsFailedFigure, isColumnNumberRow, isHeaderRow, isUnknownCell, looksNumeric, labelsSubtotal, namesRow, otherColumns, strayNumber, type FigureColumn, type Layout } from './layout.js';
import { ConvertedCellsWatch } from './converted-cells.js';
import { checkOwnWorkbookRow } from './own-workbook.js';
import { FilledDownWatch } from './filled-down.js';
import { ProvinceMergedDown } from './province-merged-down.js';
import { titleSpansWholeYear, wholeYear } from './own-period.js';
import { mergerPartBesideName, namesTwelveMonths } from './period-notes.js';
import { NUMBER_CELL_MARK, candidates, conventionSaid, describeInvalid, failedFigure, readCell, readPlainCell, unseenCharacters, type Candidates, type Convention, type ConventionSaid, type Scaled } from './numbers.js';
import { HeaderSearch } from './header-search.js';
import { PreviousUnitNeeded, cellsUnit } from './unit-option.js';
import { OwnTotalNeeded, hasOwnTotalRow } from './own-total.js';
import { MONEY_UNIT_NAMES, MONEY_UNITS, namesRateOnly, namesShare, UNIT_EXPONENT } from './units.js';
import { ConventionEvidence } from './convention-evidence.js';
import { sniffDelimiter } from './sniff.js';
import { OfficeColumnWatch } from './office-column.js';
import { RowNumberJudge, RowNumbersNeeded } from './row-number-column.js';
import { officeOfFile, ownRegionOfFile } from './title-office.js';
import { isFigureAsName, isShiftedRow, nameInSttHint, shiftedRow } from './shifted-row.js';
import { formulaValueAsName, formulaValueName } from './formula-value-name.js';
import { measureTitle, rowTitle, SecondTableWatch } from './second-table.js';
import { headerAgainChange, headerChanged } from './header-again.js';
import { HiddenHeaderlessColumns } from './hidden-columns.js';
import { namesPeriodColumn, partBesideName, PeriodColumnWatch } from './period-column.js';
import { assertNoMeasureLabel, MeasureLabels } from './measure-rows.js';
import { cellReading, LegacyFontCells } from './legacy-font.js';
import { splitDecimalFinding } from './split-decimal.js';
import { refuseDoubledText } from './doubled-utf8.js';
import { ExcelTrimmedRows, SheetRows } from './excel-window.js';
import { CellUnitWatch, moneyCellUnit, unitOfCell, type CellFormat } from './cell-unit.js';
import { OfficeRowsRead, type ColumnSum } from './sum-total-row.js';
import { CellLines, lineBreaks } from './cell-lines.js';
import { periodOf, periodText } from '../domain/periods.js';

const SAMPLE_CHARS = 1 << 16;
/**
 * A negative number below 10^-9 of its unit ("-0.0000000000000000555111512312578", traps43 4: a
 * program wrote 0.3 − (0.1 + 0.2) into a typed cell): no figure but a binary float's rounding
 * noise, refused as negative all the same (thads does not guess it was meant as 0), its hint
 * saying what it is.
 */
const FLOAT_NOISE = /^-\s*0[.,]0{9,}\d*$/;
const FLOAT_NOISE_HINT = 'the cell holds no figure but the rounding noise of a program\'s arithmetic in binary floats (0.3 − (0.1 + 0.2) is −5.55e-17): write 0 there, or round the figures before writing them';

/** how many offices a table's subtotal rows are matched against (officesListed): memory stays flat on any file */
const MAX_OFFICES_LISTED = 1 << 16;
/** rows read ahead to judge a column of row numbers under no header (row-number-column.ts) */
const ROW_NUMBER_LOOKAHEAD = 5000;
/** rows read ahead, blank ones, to find the office under a row named as its subtotal (subtotalAboveItsOffice) */
const SUBTOTAL_LOOKAHEAD = 4;
/** rows read ahead over sub-items ("2.1", "2.2") for their item's subtotal below them (subItemsClosedBelow) */
const SUB_ITEMS_LOOKAHEAD = 5000;
/** rows looked at below a row whose figures all read both ways, for one that settles the convention (settleAhead) */
const CONVENTION_LOOKAHEAD = 5000;
/** a figure cell with a mark in it, the only kind that may read both ways */
const MARKED = /[.,]/;

function nfc(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFC') : text;
}


interface PendingCell {
  readonly column: FigureColumn;
  readonly raw: string;
}

interface PendingRow {
  readonly kind: FileRow['kind'];
  readonly line: number;
  readonly base: Omit<OfficeRow, 'figures'>;
  readonly cells: PendingCell[];
  readonly named: boolean;
  readonly ordinal: boolean;
  /** already read when the row itself needed no convention */
  readonly figures: Partial<Record<Measure, Figures>> | null;
}

/** One row of a table as text cells, and where it starts: a physical line of a CSV, a sheet's row. */
export interface TableRecord {
  readonly cells: string[];
  readonly line: number;
  /** the sheet's row when it may differ from the line (a CSV's record count: a quoted cell's line breaks make more lines); else the line */
  readonly row?: number;
  /** a sheet's cells covered by a merged cell, beyond its first: column (0-based) → the text the merge shows */
  readonly fills?: ReadonlyMap<number, MergedText>;
  /** a sheet's cells stored as numbers (0-based columns): a CSV has none */
  readonly numbers?: ReadonlySet<number>;
  /**
   * a sheet's cells that are no text cell (0-based columns): a number, a formula's number, a
   * percent ("93.90%" of 0.939), a date. Whatever their format shows, they are written in no
   * number convention and settle none (convention-evidence.ts). A CSV has none.
   */
  readonly unwritten?: ReadonlySet<number>;
  /** the columns a sheet hides (0-based): a CSV has none */
  readonly hidden?: ReadonlySet<number>;
  /**
   * a sheet's cells holding what a check formula leaves (0-based column → passed): TRUE or an
   * empty text result (=C6=SUM(C3:C5), =IF(C6=SUM(C3:C5);"";"Sai")) true, FALSE false. A check
   * row's only (readRow); elsewhere no figure, as ever. A CSV has none.
   */
  readonly checks?: ReadonlyMap<number, boolean>;
  /** a sheet's number cells other than 0 (0-based column): their number format, and a unit it writes (cell-unit.ts). A CSV has none. */
  readonly formats?: ReadonlyMap<number, CellFormat>;
  /** a CSV's last record when no line break follows it: the file ends inside it (excel-window.ts) */
  readonly unended?: boolean;
  /** a CSV record's cell (0-based column) that swallowed a row: a stray quote opened it (csv-errors.ts swallowedRowCell); refused below the header */
  readonly swallowed?: number;
  /** a sheet's cells whose formula adds other rows of their column (0-based column → its formula and those rows: xlsx/formula-refs.ts); a CSV has none */
  readonly sums?: ReadonlyMap<number, ColumnSum>;
}

/**
 * Where records come from (a CSV parser, a workbook sheet): the records, how an error thrown
 * while they are read becomes a located one, and what to wait for once they are all read.
 */
export interface RecordSource {
  readonly records: AsyncIterable<TableRecord>;
  fail(err: unknown): Promise<unknown>;
  end(): Promise<void>;
}

/** The text a merged cell shows over a cell it covers, and the column (0-based) of its first cell. */
export interface MergedText {
  readonly text: string;
  readonly from: number;
  /** the sheet's row of the merge's first cell */
  readonly top?: number;
}

/** A row number ("1", "II", "3."): shown across STT and Đơn vị it names no office. */
const ROW_NUMBER = /^\s*(\d+|[ivxlc]+)\s*[.)]?\s*$/i;
/** A place's heading ("Thành phố Pleiku", "Huyện Đắk Đoa") whose place the office's name holds ("Chi cục THADS thành phố Pleiku"). */
function namesPlaceOf(heading: string, office: string): boolean {
  const place = foldHeader(heading).replace(/^(thanh pho|tp|thi xa|tx|quan|huyen|khu vuc) /, '');
  return place !== '' && ` ${foldHeader(office)} `.includes(` ${place} `) && foldHeader(office) !== foldHeader(heading);
}
/** A figure cell saying the office is merged away or dissolved (folded): "Đã sáp nhập", "Sáp nhập vào Chi cục …", "Giải thể". */
const MERGED_AWAY = /^(da )?(sap nhap|hop nhat|nhap vao|giai the)( |$)/;

/**
 * Empty identity cells under a merged cell take its text: a province merged down over its
 * offices' rows names each of them. Across columns only the office's, from a column that is no
 * other's: "Văn phòng Cục" in STT merged over Đơn vị is the office's name, as Excel shows it.
 * Never a figure (a merged figure stays in its first cell); never a province's name over Tỉnh and
 * Đơn vị (a province's own row, which added as an office would count its offices twice).
 */
/** The one measure a layout's figure columns read, null for a table of both (or none yet). */
function oneMeasure(layout: Layout | null): Measure | null {
  const measures = new Set(layout?.figures.map((f) => f.measure) ?? []);
  return measures.size === 1 ? [...measures][0]! : null;
}

/**
 * A row below an office's line that only a merge of that line's cells fills (its own cells all
 * empty or hidden, the office's name merged down from the line with figures just above it): the office's
 * line drawn two rows tall, no line of its own. A title merged over rows (no figures on its first
 * row), a province merged down a block, an office's name over rows that carry figures: not this.
 */
function mergedContinuation(record: readonly string[], fills: ReadonlyMap<number, MergedText>, layout: Layout, figuresLine: number | null): boolean {
  const office = layout.identity.district;
  // (a covered cell may keep a value the sheet does not show: a 0, "-" or words add nothing and
  // leave the row the merge's; a number other than 0 is refused where it hides, merged-figures.ts)
  const own = (c: string, i: number) => c.trim() !== '' && !(fills.has(i) && !/[1-9]/.test(c));
  if (office === undefined || figuresLine === null || record.some(own)) return false;
  const name = fills.get(office);
  return name !== undefined && name.top === figuresLine;
}

function fillIdentity(record: string[], fills: ReadonlyMap<number, MergedText>, layout: Layout): void {
  const read = new Set<number>([...Object.values(layout.identity), ...layout.figures.map((f) => f.index)]);
  for (const [key, column] of Object.entries(layout.identity)) {
    const fill = fills.get(column);
    if (fill === undefined || (record[column] ?? '').trim() !== '') continue;
    if (fill.from !== column && (key !== 'district' || read.has(fill.from) || ROW_NUMBER.test(fill.text))) continue;
    record[column] = cellReading(nfc(fill.text));
  }
}

/** The form's column numbers ("1, 2, 3, …") on a row among the offices': refused where the office would be read. */
/**
 * A year cell naming its period by its place (stated-years.ts periodByPlace), read as a year cell
 * is: "Kỳ này" the report's own period (its year: --year's or the file name's; none known, read as
 * "Cả năm" is), "Cùng kỳ" the year before the report's, whose rows --year sets aside and --by year prints apart (SPEC §3:
 * never added to this year's). The report's year unknown, "Cùng kỳ" is of no year: refused at
 * the cell. Null for any other cell.
 */
function periodOfPlaceCell(cell: string, layout: Layout, at: { readonly file: string; readonly line: number; readonly column: number }): { readonly year: number | null } | null {
  const place = periodByPlace(cell);
  if (place === null || 'year' in place) return place;
  if ('conflict' in layout.yearlessCells) throw layout.yearlessCells.conflict;
  const own = layout.yearlessCells.year;
  if (own !== null) return { year: own - place.yearsBefore };
  if (place.yearsBefore === 0) return { year: null };
  const titled = layout.yearlessCells.stated;
  throw new ThadsError('PERIOD_COLUMN', `"${cell}" in the year column marks this row's figures as those of the same period a year before the report's (a comparison, never added to the report's own), but the report's year is not given by --year or the file name, so that row's year is unknown`, at, `pass --year ${titled ?? 'N'} (the report's statistics year): the rows of "${cell}" are then read as ${titled === null ? 'N-1' : titled - 1}'s and set aside`);
}

function columnNumbersAmongOffices(file: string, line: number, record: readonly string[], layout: Layout): ThadsError {
  const at = layout.identity.district ?? layout.figures[0]!.index;
  const office = (record[at] ?? '').trim();
  const numbers = record.map((c) => c.trim()).filter((c) => c !== '').join(', ');
  return new ThadsError(
    'NOT_AN_OFFICE',
    `the row numbers the form's columns (${numbers}), as an Excel form does right below its header, but stands among the offices' rows: it would be added as an office${office === '' ? '' : ` "${office}"`}`,
    { file, line, column: at + 1 },
    'delete the row from the export (thads skips the column numbers right below the header, and that same row again after a page break)',
  );
}

/** Reads one file. Throws ThadsError on fatal problems; warnings go to report.findings. */
export async function* readCsvFile(file: string, opts: ReadOptions, report: FileReport): AsyncGenerator<FileRow> {
  const text = await openText(file, opts.encoding, opts.stdin, opts.kept?.get(file));
  report.encoding = text.encoding;
  report.encodingHow = text.how;

  // Keep a sample for sniffing; it is fed to the parser first.
  const iterator = text.chunks[Symbol.asyncIterator]();
  let sample = '';
  let sourceDone = false;
  while (sample.length < SAMPLE_CHARS) {
    const next = await iterator.next();
    if (next.done) {
      sourceDone = true;
      break;
    }
    sample += next.value;
  }
  if (sample.length === 0) throw new ThadsError('NO_DATA', 'the file is empty', { file });
  assertNoNul(sample, file);
  refuseDocument(sample, file);
  if (opts.delimiter) {
    report.delimiter = opts.delimiter;
    report.delimiterHow = '--delimiter';
  } else {
    const sniffed = sniffDelimiter(sample, opts.matcher);
    report.delimiter = sniffed.delimiter;
    report.delimiterHow = sniffed.knownCells > 0 ? `sniffed: the header row names ${sniffed.knownCells} known columns with it` : 'default (no header row found in the first 64 KiB)';
  }

  // thads' own Markdown table: its cells are escaped as its writer escapes them (markdown-cells.ts)
  const ownMarkdown = report.delimiter === '|' && holdsOwnMarkdownHeader(sample);
  const parser = parse({
    delimiter: report.delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    // thads' own Markdown table: its quotes are characters (own-human-table.ts)
    relax_quotes: ownMarkdown,
    bom: false,
  });
  // Feeds the sample, then the rest of the file. Stops feeding as soon as the parser is gone
  // (it failed, or the reader stopped early), so an error can never leave a write waiting forever.
  // the last character fed: whether a line break ends the file's last record
  let last = 0;
  const write = (chunk: string) =>
    new Promise<void>((resolve) => {
      if (chunk.length > 0) last = chunk.charCodeAt(chunk.length - 1);
      if (parser.destroyed || parser.write(chunk)) return resolve();
      const done = () => {
        parser.off('drain', done);
        parser.off('close', done);
        resolve();
      };
      parser.on('drain', done);
      parser.on('close', done);
    });
  const feeding = (async () => {
    try {
      await write(sample);
      if (!sourceDone) {
        for (let next = await iterator.next(); !next.done && !parser.destroyed; next = await iterator.next()) await write(next.value);
      }
      if (!parser.destroyed) parser.end();
    } catch (err) {
      parser.destroy(err as Error);
    } finally {
      await iterator.return?.(undefined);
    }
  })();

  let nextLine = 1;
  let row = 0;
  // a cell after a quoted cell's line breaks is on a later line than its record's first (cell-lines.ts)
  const cellLines = (report.cellLines = new CellLines());
  const markdown = report.delimiter === '|';
  // Each record is held until the next one comes: the last is known once the parser has ended.
  async function* records(): AsyncGenerator<TableRecord> {
    let held: TableRecord | null = null;
    try {
      for await (const cells of parser as AsyncIterable<string[]>) {
        const line = nextLine;
        nextLine += 1 + lineBreaks(cells);
        cellLines.see(line, cells);
        if (held !== null) yield held;
        const swallowed = markdown ? -1 : swallowedRowCell(cells, report.delimiter);
        held = { cells: ownMarkdown ? ownMarkdownRecord(cells) : markdown ? markdownRecord(cells) : cells, line, row: ++row, ...(swallowed >= 0 ? { swallowed } : {}) };
      }
    } catch (err) {
      // the parser failed further on: the record before is read first, as it was before the hold
      if (held !== null) yield held;
      throw err;
    }
    if (held !== null) yield last === 10 || last === 13 ? held : { ...held, unended: true };
  }
  const rowOpts: ReadOptions = opts.onRowError ? { ...opts, onRowError: (e) => opts.onRowError!(cellLines.error(e) as ThadsError) } : opts;
  try {
    yield* readRecords(file, {
      records: records(),
      async fail(err) {
        parser.destroy();
        await feeding;
        return csvError(err, file, nextLine, sample, report.delimiter);
      },
      end: () => feeding,
    }, rowOpts, report);
  } catch (err) {
    throw cellLines.error(err);
  } finally {
    report.findings = report.findings.map((f) => cellLines.finding(f));
  }
}

/**
 * The layout rules, the same for every source: title and unit lines, the header (one row or
 * several), column-number rows, office, total and skipped rows, exact numbers.
 */
export async function* readRecords(file: string, source: RecordSource, opts: ReadOptions, report: FileReport): AsyncGenerator<FileRow> {
  // without an office column: the name's office, else the title's (title-office.ts), once the header is read
  let fileDistrict = officeFromFileName(file);
  let layout: Layout | null = null;
  /** the last row below the header with a figure: an office line a merge may draw two rows tall (mergedContinuation) */
  let lastFiguresLine: number | null = null;
  /** the columns labelsSubtotal looks at, for the layout they were found for */
  let others: { readonly layout: Layout; readonly columns: number[] } | null = null;
  const othersOf = (layout: Layout): number[] => {
    if (others?.layout !== layout) others = { layout, columns: otherColumns(layout) };
    return others.columns;
  };
  /** every column thads reads no figure from, notes and header-less ones too, and their labels (measure-rows.ts) */
  let unread: { readonly layout: Layout; readonly columns: number[]; readonly labels: MeasureLabels } | null = null;
  const unreadOf = (layout: Layout): { readonly columns: number[]; readonly labels: MeasureLabels } => {
    if (unread?.layout !== layout) unread = { layout, columns: [...othersOf(layout), ...layout.unnamed, ...layout.notes].sort((a, b) => a - b), labels: new MeasureLabels() };
    return unread;
  };
  const headerSearch = new HeaderSearch(file, opts, report);
  /** without an office column: a text column whose values differ row by row is refused */
  let officeWatch: OfficeColumnWatch | null = null;
  let convention: Convention | 'plain' | null = opts.numberFormat === 'auto' ? null : opts.numberFormat;
  if (convention) {
    report.numberFormat = convention;
    report.numberFormatWhy = '--number-format';
  }
  let pending: PendingRow[] = [];
  /** how a message names a row: a sheet's row, a text file's line */
  const lineWord = () => (report.sheet !== undefined ? 'row' : 'line');
  /** cells typed in an old ABC font (.VnTime), read as the Vietnamese they show */
  const legacyFont = new LegacyFontCells();
  /** lines of "Riêng Cục" below office rows: the Cục's level line (levelAfterRieng) */
  const ownLevelLines = new Set<number>();
  /** lines of "Riêng …", "Trong đó: …" level lines below office rows (report.partLines) */
  const partLines: { readonly line: number; readonly written: string }[] = [];
  /** lines whose office cell "Riêng …" / "Trong đó: …" labels as a level's (levelAfterRieng) */
  const riengLines = new Set<number>();
  /** an office row above, no "Riêng …" line itself (a table of the levels' lines alone lists none: work93c 03) */
  let listedOffice = false;
  /** a total below office rows, no office row after it yet: a bare "THADS tỉnh" line now is the level's (namesBareOwnOffice) */
  let closedByTotal = false;
  /** a row naming the province's own office with its province listed above, no total since: a bare "THADS tỉnh" line below is its level's */
  let ownListed = false;
  const tables = new SecondTableWatch(file, lineWord, () => ({ start: report.periodStart, end: report.periodEnd, byMonth: report.periodByMonth }), () => oneMeasure(layout));
  /** the record before was the header again (a page's): the form's column numbers may follow */
  let justHeaderAgain = false;
  /** the last row without figures skipped: a group row right above the header again (header-again.ts) */
  let lastNoFigures: { readonly cells: readonly string[]; readonly line: number } | null = null;
  /** rows refused one by one (check goes on past a refused row: opts.onRowError) */
  let refusedRows = 0;
  /** errors said already (check): a second table refuses each of its rows with one */
  const said = new WeakSet<ThadsError>();
  const columnNumbers = new ColumnNumberRows();
  /** the row before was the column numbers right below the header */
  let afterNumbers = false;
  /**
   * The office of the data row just above: an enforcer's row below it with its office cell empty
   * (the office's name merged down over its enforcers, which a CSV export writes in the first
   * row only) is that office's. Any other row ends it.
   */
  let officeAbove: string | null = null;
  /** the row just above was an enforcer's of officeAbove: named beside its office cell, or filled down */
  let enforcerAbove = false;
  /** officeAbove's first row was its own line (its name, figures, no person): no unlabelled row under its enforcers is its (work88a 02) */
  let officeOwnLine = false;
  /** the province of the row with figures just above, if it was an office's: a block of that province goes on */
  let blockAbove: string | null = null;
  /** the row with figures just above was an office's: "Tổng cộng Tiền Giang" there closes its offices (labelInProvince) */
  let officeRowAbove = false;
  /** the first office row's province, and whether a row of another followed: a file of several provinces */
  let firstProvince: string | null = null;
  let severalProvinces = false;
  // A province's row with figures over its offices (its name, or its whole: "Tiền Giang (toàn tỉnh)"), without a Tỉnh column: their subtotal (province-rows.ts).
  const provinceRows = new ProvinceRowBlocks(({ kind, row, part }) => {
    if (kind !== 'data' || part !== undefined || row.province !== null || layout?.identity.district === undefined || layout.identity.province !== undefined) return null;
    return provinceOfGroup(row.district, row.year ?? layout.readingYear);
  }, ({ kind, row }) => {
    if ((kind !== 'total' && kind !== 'section') || row.province !== null || row.district === null || layout?.identity.district === undefined || layout.identity.province !== undefined) return null;
    return provinceOfWhole(row.district, row.year ?? layout.readingYear);
  });
  // A province's subtotal below its offices ("Cộng tỉnh Tiền Giang"), without a Tỉnh column: they are its offices (province-subtotals.ts).
  const closesByProvince = () => layout != null && layout.identity.district !== undefined && layout.identity.province === undefined;
  const subtotalBlocks = new ProvinceSubtotalBlocks(({ kind, row }) => {
    if (kind !== 'section' || row.district === null || !closesByProvince() || layout === null) return null;
    const year = row.year ?? layout.readingYear;
    const subtotal = closingProvince(row.district, year);
    return subtotal === null ? null : { subtotal, year };
  }, () => reportProvince(file === STDIN ? null : file, report.titleProvinces, report.titleCluster), () => (report.titleCluster && report.titleProvinces.length === 1 ? report.titleProvinces[0]!.province : null), closesByProvince);
  // "Toàn tỉnh" under a Tỉnh column closing no block of its province: that province's row of a table of wholes (province-wholes.ts).
  const provinceWholes = new ProvinceWholes(({ row }) => {
    if (row.province === null || row.district === null || layout?.identity.district === undefined || layout.identity.province === undefined) return null;
    // (the roll-up's year: a title's "NĂM 2025" merges the former provinces into the block, collect.ts)
    const year = regimeYear(row.year ?? layout.readingYear, report);
    return namesWholeOfProvince(row.district, row.province, year) ? { province: row.province, regimeYear: year } : null;
  }, () => {
    report.totalRows--;
    report.dataRows++;
  });
  /** the blocks' stages, in turn */
  function* blocks(rows: Iterable<FileRow>): Generator<FileRow> {
    for (const r of rows) for (const w of provinceWholes.see(r)) yield* subtotalBlocks.see(w);
  }
  /** the last OFFICE_WITHOUT_FIGURES warning, taken back if the row turns out to head its office's rows */
  let noFigures: { readonly line: number; readonly office: string; readonly warning: Finding } | null = null;
  /** the line of the last row with any text: what is "right under" a row */
  let lastRowLine = 0;
  /** a row with figures was read: a day or a phone below it may be the signature's (signature-date.ts) */
  let figuresAbove = false;
  /** the signature's day or phone skipped below the rows with figures, until a row with figures below it refuses it */
  let signatureValue: { readonly line: number; readonly column: FigureColumn; readonly raw: string; readonly holds: 'day' | 'phone' } | null = null;
  /** in a form by enforcer, the numbered office row the rows below are under (by-enforcer.ts) */
  // (`unnumbered`: a regional office's row without an STT, in a report that numbers nothing: only its former offices marked so are its rows)
  // (`titled`: the khu vực the file's title names, over its rows as its row without figures would be: titledRegionalOffice)
  // (`caseKinds`: the office the title names, over its rows naming kinds of cases: by-enforcer.ts namesTitledCaseKind)
  let numberedOffice: { readonly name: string; readonly line: number; readonly figures?: boolean; readonly item?: number | null; readonly ofWhich?: boolean; readonly unnumbered?: boolean; readonly formedFrom?: string; readonly titled?: boolean; readonly caseKinds?: boolean; readonly personsOf?: boolean } | null = null;
  /** whether the first row below the header was read (titledRegionalOffice) */
  let firstRowRead = false;
  /** rows read as a regional office's parts under its row with figures, by line (domain/office-runs.ts Part) */
  const partAt = new Map<number, 'whole' | 'of-which'>();
  /** rows naming the khu vực the file's title names, among its parts: its own months (by-enforcer.ts namesTitledRegionOwn) */
  const ownRowAt = new Set<number>();
  /**
   * An enforcer's row of a form by enforcer, by line → the line its office is written on (its
   * office's line in the name column; 0 for the office a file without an office column is, its
   * line below them or none): its office is not written again on it (collect.ts DUPLICATE_OFFICE).
   */
  const officeWrittenAt = new Map<number, number>();
  /**
   * A former office marked "(cũ)" read as one of the parts of the office over it ("Phòng THADS khu
   * vực 3 (cũ)" under "Phòng THADS khu vực 3"), by line → its name as written: the older office
   * last year's files give it as (FileRow.formerName; merger.ts listedMergers).
   */
  const formerNameAt = new Map<number, string>();
  /** without an office column, the office's last line among its enforcers' so far (officeWrittenAt) */
  let officeLineAbove = 0;
  /** the one province the file's name or title says its rows are of, null: none (title-province.ts reportProvince) */
  const fileProvince = (): string | null => reportProvince(file === STDIN ? null : file, report.titleProvinces, report.titleCluster);
  /** in a form by enforcer, offices numbered I, II over enforcers numbered 1, 2 (by-enforcer.ts) */
  const romanOffices = new RomanOffices();
  /** an office's Roman line below its enforcers' rows, named in a column of their own (by-enforcer.ts) */
  const romanBelow = new RomanLineBelowEnforcers();
  /** in a form by enforcer, enforcers numbered 1.1, 1.2 (or "-") under their office 1 (by-enforcer.ts) */
  const subNumbered = new SubNumberedEnforcers();
  /** without an office column, the office's own line among its enforcers' (by-enforcer.ts) */
  /** without an office column, the office the file's name or title says it is (title-office.ts), if either does */
  let knownOffice: FileOffice | null = null;
  /** the offices the table's office column listed so far (by-enforcer.ts officeNameKey): "Tổng <one of them>" is its subtotal */
  const officesListed = new Set<string>();
  /** in a table by office, the office rows read so far, and whether each named itself as an office ("Chi cục THADS …", "Văn phòng Cục"): officesNamedSo */
  const officesNamed = { rows: 0, all: true, lastItem: 0 };
  const officeLines = new OfficeLinesAmongEnforcers(() => knownOffice);
  /** a row held back with the held province's row (processRow) */
  /** in a table by province: the province cell of the numbered row with figures right above, if it names a province of the 63 (newProvinceBelowFormers) */
  let numberedProvinceAbove: string | null = null;
  let waitingPart: { readonly record: string[]; readonly line: number; readonly layout: Layout; readonly numbers: ReadonlySet<number> | undefined; readonly checks?: ReadonlyMap<number, boolean> } | null = null;
  /** "I | Phòng THADS khu vực 1" with figures (or, in a form by enforcer, "I | Cục THADS tỉnh Nam Định": romanProvincialLine), waiting for the row below it to say what it is (by-enforcer.ts romanRegionalOffice) */
  let romanRegional: { readonly record: string[]; readonly line: number; readonly layout: Layout; readonly numbers: ReadonlySet<number> | undefined; readonly checks?: ReadonlyMap<number, boolean> } | null = null;
  /** former offices marked "(cũ)" with figures and no khu vực above them, held until the row below says whether a Phòng closes them (processRow) */
  let formerRun: { readonly record: string[]; readonly line: number; readonly layout: Layout; readonly numbers: ReadonlySet<number> | undefined; readonly checks?: ReadonlyMap<number, boolean> }[] = [];
  /** in a form by enforcer numbering no office, its enforcers' rows before any office's line, held until one closes them (processRow) */
  let enforcerRun: typeof formerRun = [];
  /** in a form by enforcer, an office numbered (1, 2…): an unnumbered office's name there is refused, not taken for an office's line */
  let officesNumbered = false;
  /** in a form by enforcer, persons' rows no office's line is above, held until a line naming their office closes them (processRow) */
  let personRun: typeof formerRun = [];
  /** in a form by enforcer with an office column: persons read as the file's own office's (ownFileOffice), or 'offices' once an office's row was read */
  let ownPersons: { readonly office: string; readonly line: number } | 'offices' | null = null;
  /** whether those rows were held under an office's line (only a subtotal naming their office closes them then: officeBelowPersons) */
  let personRunUnderLine = false;
  /** that office's line, the row right above them (its own persons among them: by-enforcer.ts ownPersonsUnderLine) */
  let personRunHead: { readonly record: string[]; readonly line: number } | null = null;
  /** the row with something in it read last before this one (processRow) */
  let rowBefore: { readonly record: string[]; readonly line: number } | null = null;
  /** such rows read now, in their order: not held again */
  let replayingRun = false;
  /** the line of such a row being read now, and whether as the khu vực's office row (its Roman number dropped) */
  let romanRead: { readonly line: number; readonly asOffice: boolean } | null = null;
  /** the line of the regional office (Phòng THADS khu vực) without figures whose former districts the rows below are */
  let regionalParts: number | null = null;
  /** a khu vực read yet; a former office with figures read before it (the khu vực close their parts: by-enforcer.ts numbersFormerPartOn) */
  let regionalSeen = false;
  let formerBeforeRegional = false;
  /** the line of a bulleted district under a 2025 khu vực's row with figures ("- Huyện Cẩm Xuyên"), read as its part (formerPartUnbulleted, by-enforcer.ts namesTakenOverDistrict) */
  let bulletedDistrictLine: number | null = null;
  /** the item of the office's title without figures officeAbove was taken from: only its sub-items take its name */
  let officeAboveItem: number | null = null;
  /** the item number of the last row numbered as an item: the one a sub-item's STT ("19.1") may be of (formerPartUnbulleted) */
  let itemAbove: number | null = null;
  /**
   * Office rows with a province (a year) and without one in one file: a cell merged over its
   * offices (Excel gives it to the first row only), or left blank below (filled-down.ts).
   */
  // An error among the findings, not thrown: the file is still read to its end, so that a row
  // that looks like a subtotal (no province, the sum of the offices next to it) is named too.
  const filledDown = { province: new FilledDownWatch('province'), year: new FilledDownWatch('year') };
  /** a province merged down its block from its whole ("Bến Tre | Toàn tỉnh"), saved as CSV (province-merged-down.ts) */
  const provinceBlocks = new ProvinceMergedDown();
  /** years of rows a regime note fits, for its refusal's message */
  const fittingYears = new Set<number>();
  const seeFilled = (watch: FilledDownWatch, text: string, line: number, column: number) => {
    const found = watch.see(text, line);
    if (found) report.findings.push(watch.finding(found, file, column, lineWord()));
  };
  const structure = new ListStructure(file, lineWord, (line) => unmarkedPartsUnder.has(line), (item, line) => (subItemRun?.closing != null && subItemRun.item === item && line < subItemRun.closing.line ? subItemRun.closing : null));
  /** a column thads does not read holding the rows' periods ("Cùng kỳ năm trước", 2019 / 2018 on one office's rows) */
  // By a map of the columns as the report has them now (the header search splices them): a search
  // of the list per column was quadratic, minutes for a header of 40,000 cells.
  let headers: { readonly of: readonly ColumnInfo[]; readonly length: number; readonly last: ColumnInfo | undefined; readonly at: Map<number, string> } | null = null;
  const headerOf = (c: number): string => {
    const cols = report.columns;
    if (headers === null || headers.of !== cols || headers.length !== cols.length || headers.last !== cols.at(-1)) {
      const at = new Map<number, string>();
      for (const col of cols) if (!at.has(col.column)) at.set(col.column, col.header);
      headers = { of: cols, length: cols.length, last: cols.at(-1), at };
    }
    return (headers.at.get(c + 1) ?? '').replace(/\s+/g, ' ').trim();
  };
  const periods = new PeriodColumnWatch(file, headerOf, lineWord);
  /**
   * "12 tháng", "Cả năm" in the year column or one naming the rows' period ("Kỳ", "Thời gian")
   * on the rows of a report whose title or file name states a part of a year: which is it?
   */
  const assertWholeYearFits = (layout: Layout, record: readonly string[], line: number): void => {
    const { start, end } = layout.statedPeriod;
    if (titleSpansWholeYear(start, end)) return;
    const year = layout.identity.year;
    const columns = [...(year !== undefined ? [year] : []), ...othersOf(layout).filter((c) => namesPeriodColumn(headerOf(c)))];
    for (const c of columns) {
      const cell = (record[c] ?? '').trim();
      if (cell === '' || !namesTwelveMonths(cell) || periodOfYearCell(cell) === null) continue;
      const by = titleSpansWholeYear(report.periodStart, report.periodEnd) ? 'file name' : 'title';
      const column = c === year ? 'the year column' : `the column "${headerOf(c)}"`;
      throw new ThadsError('YEAR_CONFLICT', `"${cell}" names the whole statistics year, but the ${by} states a part of a year (${[start && `from ${start}`, end && `to ${end}`].filter(Boolean).join(' ')})`, { file, line, column: c + 1 }, `correct the ${by} or ${column}: a part of a year's figures are never read as the whole year's`);
    }
  };
  /** declared rows with an empty year cell, by line, until emitted (domain/year-declared-rows.ts) */
  const undatedAt = new Map<number, Undated>();
  /** rows numbered as a section or a group's item, by line, until emitted: how deep their number sits (FileRow depth) */
  const depthAt = new Map<number, number>();
  /** rows whose STT cell is a whole number ("8", "8."), by line, until emitted: the item's number (FileRow item) */
  const itemAt = new Map<number, number>();
  /** data rows' item numbers (their STT, null: none) where they write their office's name, by line, until emitted (FileRow pastedItem) */
  const pastedItemAt = new Map<number, number | null>();
  let firstAmbiguous: { line: number; column: number; raw: string } | null = null;
  const cellUnits = new CellUnitWatch(report);
  /** a sheet's rows' number formats, by line (TableRecord.formats): a money cell's unit may be its format's */
  const formatsAt = new Map<number, ReadonlyMap<number, CellFormat>>();
  /** a sheet's rows' cells that are no text cell (TableRecord.unwritten), by line, while no convention is settled: their format's "93.90%" is no rate cell's writing */
  const unwrittenAt = new Map<number, ReadonlySet<number>>();
  /** a sheet's rows' cells that sum rows above or below (TableRecord.sums), by line, until read: an unlabelled row of them may be the offices' total (sum-total-row.ts) */
  const sumsAt = new Map<number, ReadonlyMap<number, ColumnSum>>();
  const officeRowsRead = new OfficeRowsRead();
  /** the refusal of an unlabelled row of sums above the offices, taken for their total, should the rows read not be what it sums (sum-total-row.ts totalAbove) */
  let sumAboveRefusal: ThadsError | null = null;
  const converted = new ConvertedCellsWatch();
  const gluedFootnote = new GluedFootnoteWatch();
  /** rate cells and unit lines that settle the convention when no figure does (convention-evidence.ts) */
  const evidence = new ConventionEvidence();
  /** the rate and percent columns ("Tỷ lệ (%)") of a layout: thads reads no figure there, their decimal mark may settle the convention */
  let rateColumns: { readonly layout: Layout; readonly columns: number[] } | null = null;
  const seeRateCells = (record: readonly string[], line: number, layout: Layout): void => {
    if (rateColumns?.layout !== layout) rateColumns = { layout, columns: othersOf(layout).filter((c) => namesShare(headerOf(c)) || namesRateOnly(headerOf(c))) };
    const unwritten = unwrittenAt.get(line);
    for (const c of rateColumns.columns) if (!unwritten?.has(c)) evidence.seeRateCell(record[c] ?? '', line, c + 1);
  };
  /**
   * No figure settled the convention and rows wait for it: the rate cells and the unit lines
   * may (convention-evidence.ts). True when they did; never over a figure's own word.
   */
  const decideByEvidence = (): boolean => {
    if (convention !== null) return false;
    for (const u of headerSearch.moneyUnitLines) evidence.seeUnitLine(u.text, u.line, u.column);
    const clue = evidence.verdict();
    if (clue === null) return false;
    convention = clue.convention;
    report.numberFormat = clue.convention;
    const name = clue.convention === 'vi' ? 'Vietnamese (1.234,5)' : 'English, dot decimal (1,234.5)';
    report.numberFormatWhy = `no figure settles it, and the ${clue.what} "${clue.text}" at ${lineWord()} ${clue.line}, column ${clue.column} can only be read as ${name}`;
    return true;
  };
  const hiddenColumns = new HiddenHeaderlessColumns();

  const decide = (c: Convention, line: number, column: number, raw: string, byCount: boolean) => {
    convention = c;
    report.numberFormat = c;
    const name = c === 'vi' ? 'Vietnamese (1.234,5)' : 'English, dot decimal (1,234.5)';
    report.numberFormatWhy = byCount
      ? `case count "${raw}" at line ${line}, column ${column} is a whole number only when read as ${name}`
      : `cell "${raw}" at line ${line}, column ${column} can only be read as ${name}`;
  };

  /** null: the cell is zero (empty, "-") */
  const valueOf = (col: FigureColumn, raw: string, line: number): Scaled | null | 'pending' => {
    const loc = { file, line, column: col.index + 1 };
    const what = `${col.measure} ${col.field.replace(/_/g, ' ')}`;
    // "9.565.824.266 ₫", "9.565.824,266 nghìn đồng" (a format saved as shown): the figure in its unit, in a money column only (cell-unit.ts)
    const written = col.measure === 'money' ? moneyCellUnit(raw) : null;
    if (written?.unit === 'dong' && col.exponent !== 0) {
      const unit = MONEY_UNITS.find((u) => UNIT_EXPONENT[u] === col.exponent)!;
      throw new ThadsError('UNIT_CONTRADICTION', `${what} "${raw.trim()}" is written with the sign of đồng, but its column's money was read in ${MONEY_UNIT_NAMES[unit].vi}`, loc, 'correct the unit line or the header, or save the cells without the currency format');
    }
    const figure = written?.figure ?? raw;
    const reading = convention === 'plain' ? readPlainCell(figure) : readCell(figure);
    const cand = candidates(reading, col.isCount);
    if (cand === 'zero') return null;
    if (typeof cand !== 'string') converted.seeCell(col, raw, line);
    if (cand === 'non-integer') throw new ThadsError('NON_INTEGER_COUNT', `${what} "${raw.trim()}" is not a whole number of cases`, loc);
    if (typeof cand === 'string') {
      // "#N/A", "###", "'2100": said as the workbook reader says it (xlsx/read-xlsx.ts).
      const failed = cand === 'not-a-number' ? failedFigure(raw) : null;
      if (failed) throw new ThadsError('BAD_NUMBER', `${what}: ${failed.says ?? `the cell holds ${failed.holds}, not a figure`}`, loc, failed.hint);
      // A character that prints as nothing or as a space makes a cell look like the number it is not.
      const unseen = unseenCharacters(raw);
      const holds = unseen.length > 0 ? ` (it holds ${unseen.join(', ')}, which ${unseen.length === 1 ? 'prints' : 'print'} as a space or nothing)` : '';
      // (a date's hint as a workbook's date cell gets it: xlsx/read-xlsx.ts; a negative of float noise: its own)
      const hint = cand === 'date' ? 'type the figure again in a cell formatted as a number (Format Cells → Number), then save or export again' : cand === 'negative' && FLOAT_NOISE.test(raw.split(NUMBER_CELL_MARK).join('').trim()) ? FLOAT_NOISE_HINT : undefined;
      throw new ThadsError(cand === 'negative' ? 'NEGATIVE_VALUE' : 'BAD_NUMBER', `${what} "${raw.trim()}" ${describeInvalid(cand)}${holds}`, loc, hint);
    }
    const pick = (c: Candidates, conv: Convention): Scaled => {
      const v = c[conv];
      if (v) return v;
      const other = conv === 'vi' ? 'English' : 'Vietnamese';
      throw new ThadsError(
        'MIXED_NUMBER_FORMAT',
        `${what} "${raw.trim()}" is written in ${other} convention, but this file uses ${conv === 'vi' ? 'Vietnamese' : 'English'} (${report.numberFormatWhy})`,
        loc,
      );
    };
    // beyond the column's unit: a file that states none, its money cells stating it (a zero, "0", says nothing)
    // (a format's unit thads cannot read, "USD", is refused with the scales: xlsx/scaled-money.ts)
    const format = col.measure === 'money' ? formatsAt.get(line)?.get(col.index) : undefined;
    const unit = unitOfCell(written, format);
    const cell = written || !format ? { loc, text: raw.trim() } : { loc, text: raw.split(NUMBER_CELL_MARK).join('').trim(), format: format.format };
    const shift = col.measure === 'money' && unit !== 'unreadable' && (cand.vi ?? cand.en)!.units !== 0n ? cellUnits.see(unit, col.exponent, what, cell) : 0;
    const inUnit = (v: Scaled): Scaled => (shift === 0 ? v : { units: v.units, scale: v.scale - shift });
    if (convention === 'plain') return inUnit(cand.en!);
    // Decided by auto mode: a glued footnote may have decided it (glued-footnote.ts).
    const seeDecided = () => {
      if (convention && convention !== 'plain' && opts.numberFormat === 'auto') gluedFootnote.see(raw, cand, { line, column: col.index + 1, text: raw.trim(), what }, convention);
    };
    if (convention) {
      // (the rows below settled it, settleAhead: a cell read saying so confirms it)
      if (settledAhead) {
        const said = conventionSaid(cand, reading, raw, col.isCount);
        if (typeof said === 'object' && said.convention === convention) settledAhead = false;
      }
      seeDecided();
      return inUnit(pick(cand, convention));
    }
    const said = conventionSaid(cand, reading, raw, col.isCount);
    if (said === 'alike') return inUnit(cand.vi!);
    if (said === 'ambiguous') {
      firstAmbiguous ??= { line, column: col.index + 1, raw: raw.trim() };
      return 'pending';
    }
    decide(said.convention, line, col.index + 1, raw.trim(), said.byCount);
    if (!said.thousands) seeDecided();
    return inUnit(pick(cand, said.convention));
  };

  /** what a figure cell says of the convention before its row is read (settleAhead), as valueOf reads it; null: nothing (zero, no figure) */
  const saidBy = (col: FigureColumn, raw: string): ConventionSaid | null => {
    const written = col.measure === 'money' ? moneyCellUnit(raw) : null;
    const reading = readCell(written?.figure ?? raw);
    const cand = candidates(reading, col.isCount);
    return typeof cand === 'string' ? null : conventionSaid(cand, reading, raw, col.isCount);
  };
  /** the convention was taken from a row below, and no cell read has said it yet (settleAhead) */
  let settledAhead = false;
  /**
   * A row whose figures all read both ways ("15.000" triệu đồng: a province's money) waited for a
   * later row to settle the convention, and a waiting row passed the list's structure by: a
   * province's row over its former provinces was added beside them (Gia Lai twice, exit 0). So
   * such a row looks at the rows below first (bounded): the first with figures whose cell only one
   * convention reads settles it, for now — a cell read must say the same, or at the end the
   * evidence must (decideByEvidence), or the file is refused as undecided, as it was.
   */
  const settleAhead = async (record: readonly string[], line: number, layout: Layout): Promise<void> => {
    const said = (cells: readonly string[]) => {
      let ambiguousAt: FigureColumn | null = null;
      for (const col of layout.figures) {
        const raw = cells[col.index] ?? '';
        if (isUnknownCell(layout, raw)) continue;
        const s = saidBy(col, raw);
        if (typeof s === 'object' && s !== null) return { decided: { col, raw, s } as const, ambiguousAt };
        if (s === 'ambiguous') ambiguousAt ??= col;
      }
      return { decided: null, ambiguousAt };
    };
    const own = said(record);
    if (own.decided !== null || own.ambiguousAt === null) return;
    firstAmbiguous ??= { line, column: own.ambiguousAt.index + 1, raw: (record[own.ambiguousAt.index] ?? '').trim() };
    // (a row with figures in two columns at least, or the one: a date or a note below the table is one cell)
    const enough = Math.min(2, layout.figures.length);
    for (let i = 0; i < CONVENTION_LOOKAHEAD; i++) {
      const below = await peek(i);
      if (below === null) return;
      const cells = below.cells.map(nfc);
      if (layout.figures.filter((f) => looksNumeric(cells[f.index] ?? '')).length < enough) continue;
      const { decided } = said(cells);
      if (decided === null) continue;
      decide(decided.s.convention, below.line, decided.col.index + 1, decided.raw.trim(), decided.s.byCount);
      settledAhead = true;
      return;
    }
  };

  const buildFigures = (cells: readonly PendingCell[], line: number): Partial<Record<Measure, Figures>> | 'pending' => {
    const out: Partial<Record<Measure, Figures>> = {};
    for (const m of report.measures) out[m] = emptyFigures();
    // Read every cell even after an ambiguous one: a later cell of the row may settle the convention.
    const waiting: PendingCell[] = [];
    const put = (column: FigureColumn, v: Scaled | null) => {
      // The hand-over to the domain: units × 10^(exponent − scale), exactly.
      const value = v === null ? ZERO : fromScaled(v.units, v.scale - column.exponent);
      // Hoãn + Tạm đình chỉ into deferred (layout.summed): the second column adds to the first
      const before = out[column.measure]![column.fieldIndex];
      out[column.measure]![column.fieldIndex] = layout?.summed && before != null ? before.plus(value) : value;
    };
    for (const cell of cells) {
      // thads' own output read back: an empty cell (its human table's "—") stays unknown (layout.ts isUnknownCell).
      if (layout && isUnknownCell(layout, cell.raw)) continue;
      const v = valueOf(cell.column, cell.raw, line);
      if (v === 'pending') waiting.push(cell);
      else put(cell.column, v);
    }
    if (waiting.length === 0) return out;
    // A later cell of the row settled it: its waiting cells are read now, the row with them, as
    // any row after it is (never held with the rows that wait for a later one: list-structure.ts
    // did not see it, and a province's row over its former provinces was added beside them).
    if (convention === null) return 'pending';
    for (const { column, raw } of waiting) put(column, valueOf(column, raw, line) as Scaled | null);
    return out;
  };

  /** the sheet's rows of the lines, for Excel's trimmed rows (excel-window.ts) */
  const sheetRows = new SheetRows();
  /** the widths of the rows with figures: one wider than the header and than another is shifted (row-widths.ts) */
  const rowWidths = new RowWidths();
  const excelTrimmed = new ExcelTrimmedRows();
  // The records, and those read ahead to learn the rows' years (replayed first)
  const ahead: TableRecord[] = [];
  /** how many of them were handed on (an index: shifting a whole file's records one by one would be quadratic) */
  let aheadAt = 0;
  const iterator = source.records[Symbol.asyncIterator]();
  async function* records(): AsyncGenerator<TableRecord> {
    for (;;) {
      // (one at a time: a row may look further ahead, unmarkedPartsBelow)
      while (aheadAt < ahead.length) yield ahead[aheadAt++]!;
      ahead.length = 0;
      aheadAt = 0;
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  /** the record `i` rows below the one being read, or null past the end */
  const peek = async (i: number): Promise<TableRecord | null> => {
    while (ahead.length <= aheadAt + i) {
      const next = await iterator.next();
      if (next.done) return null;
      ahead.push(next.value);
    }
    return ahead[aheadAt + i]!;
  };
  /**
   * A numbered new province of a 2025 table ("1 | Vĩnh Long"): whether the rows without an STT
   * below it are all its former provinces, so that unmarked ones are its parts (former-parts.ts
   * rowBelowProvince); read ahead until they say.
   */
  const unmarkedPartsBelow = async (record: readonly string[], layout: Layout): Promise<boolean> => {
    const nameAt = layout.identity.district ?? layout.identity.province;
    if (layout.stt === undefined || nameAt === undefined || layout.byEnforcer) return false;
    const year = layout.readingYear;
    const province = provinceWithParts(record[layout.stt] ?? '', record[nameAt] ?? '', year);
    if (province === null) return false;
    let parts = 0;
    for (let i = 0; ; i++) {
      const below = await peek(i);
      if (below === null) return parts > 0;
      const cells = below.cells.map(nfc);
      const says = rowBelowProvince(province, year, { stt: cells[layout.stt] ?? '', name: cells[nameAt] ?? '', hasFigures: layout.figures.some((col) => looksNumeric(cells[col.index] ?? '')) }, itemNumber(record[layout.stt] ?? ''));
      if (says === 'other') return false;
      if (says === 'end') return parts > 0;
      if (says === 'part') parts++;
    }
  };
  /** the lines of numbered provinces whose unmarked former provinces below are their parts (unmarkedPartsBelow) */
  const unmarkedPartsUnder = new Set<number>();
  /** rows "Tổng Mỹ Lộc" over Mỹ Lộc's own rows: that office's subtotal, checked against the rows below as a section's (subtotalAboveItsOffice) */
  const subtotalsAbove = new Set<number>();
  /**
   * Whether the row, named as an office's subtotal ("Tổng Mỹ Lộc", "Mỹ Lộc Total"), stands over
   * that office's rows: the next row naming an office (blank rows skipped, a few at most) is it.
   */
  const subtotalAboveItsOffice = async (record: readonly string[], layout: Layout): Promise<boolean> => {
    const at = layout.identity.district;
    if (at === undefined || subtotalOfficeName(nfc(record[at] ?? '')) === null) return false;
    for (let i = 0; i < SUBTOTAL_LOOKAHEAD; i++) {
      const below = await peek(i);
      if (below === null) return false;
      const name = nfc(below.cells[at] ?? '').trim();
      if (name !== '') return namesSubtotalOfOfficeBelow(nfc(record[at] ?? ''), name);
    }
    return false;
  };

  /**
   * Sub-items of an item no row above numbers ("2.1 | Mỹ Lộc", "2.2 | Vụ Bản", no "2" yet), read
   * ahead to the first row that is none of them: when it is that item's row with a section's
   * label ("2 | Cộng Chi cục cấp huyện | 900": the group's subtotal BELOW its parts), `closing`
   * says where and whether it is their sum, every figure (list-structure.ts closedBelow). Any
   * other row there (an office's "2 | Vụ Bản", none within the bound) leaves them refused as
   * before. `end`: the first line past what was read; its other sub-items take the answer.
   */
  let subItemRun: { readonly item: number; readonly end: number; readonly closing?: { readonly line: number; readonly name: string; readonly sum: boolean } } | null = null;
  const subItemsClosedBelow = async (record: readonly string[], line: number, layout: Layout): Promise<void> => {
    if (layout.stt === undefined || layout.identity.district === undefined) return;
    const stt = record[layout.stt] ?? '';
    const item = subItemOf(stt);
    if (typeof item !== 'number' || (subItemRun?.item === item && line < subItemRun.end) || !structure.numbersSubItemOfNoItem(stt)) return;
    const parts = [surelyRead(record, layout)];
    subItemRun = { item, end: line + 1 };
    for (let i = 0; i < SUB_ITEMS_LOOKAHEAD; i++) {
      const below = await peek(i);
      if (below === null) return;
      const cells = below.cells.map(nfc);
      subItemRun = { item, end: below.line };
      if (cells.every((c) => c.trim() === '')) continue;
      const sttBelow = cells[layout.stt] ?? '';
      if (subItemOf(sttBelow) === item) {
        parts.push(surelyRead(cells, layout));
        continue;
      }
      const name = (cells[layout.identity.district] ?? '').trim();
      const figures = layout.figures.some((col) => looksNumeric(cells[col.index] ?? ''));
      if (itemNumber(sttBelow) === item && figures && closesSubItems(name)) subItemRun = { item, end: below.line, closing: { line: below.line, name, sum: partsAddUp(parts, surelyRead(cells, layout)) } };
      return;
    }
  };

  /** the layout, read in the regime of the rows' years when the header reads by it (deferred-columns.ts) */
  const readAhead = async (): Promise<void> => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) ahead.push(next.value);
  };
  /** the layout, with the row numbers' column the rows below say (row-number-column.ts) */
  const seeHeaderWithRowNumbers = async (record: string[], line: number): Promise<Layout | null> => {
    try {
      return headerSearch.see(record, line);
    } catch (err) {
      if (!(err instanceof RowNumbersNeeded)) throw err;
      // read ahead only while some shape still holds: a column of figures says so at its first row
      const judges = err.shapes.map((shape) => ({ shape, judge: new RowNumberJudge(shape) }));
      let alive = judges.filter(({ judge }) => judge.see(record));
      // (bounded: a file of a million rows is not held in memory to judge one column)
      for (let i = 0; alive.length > 0 && i < ROW_NUMBER_LOOKAHEAD; i++) {
        const below = await peek(i);
        if (below === null) break;
        const cells = below.cells.map(nfc);
        alive = alive.filter(({ judge }) => judge.see(cells));
      }
      headerSearch.readWithRowNumbers(judges.find(({ judge }) => judge.holds)?.shape ?? null);
      return headerSearch.see(record, line);
    }
  };
  const seeHeaderInRowsYear = async (record: string[], line: number): Promise<Layout | null> => {
    try {
      return await seeHeaderWithRowNumbers(record, line);
    } catch (err) {
      if (!(err instanceof RowYearsNeeded)) throw err;
      await readAhead();
      const cells = [record, ...ahead.slice(aheadAt).map((r) => r.cells)];
      const years = cells.flatMap((c) => {
        const cell = nfc(c[err.header.yearColumn] ?? '').trim();
        return cell === '' ? [] : (periodOfYearCell(cell)?.year ?? []);
      });
      headerSearch.readWithRowsYear(rowsRegimeYear(err.header, years));
      return headerSearch.see(record, line);
    }
  };
  /**
   * `see`, and where it asks what the rows below say (an error of class `needed`), `see` again once
   * they are read and `answer` has told the header search (or rethrown what they cannot answer).
   */
  const answeredAhead =
    <E extends Error>(see: (record: string[], line: number) => Promise<Layout | null>, needed: new (...args: never[]) => E, answer: (err: E, record: string[], line: number) => void) =>
    async (record: string[], line: number): Promise<Layout | null> => {
      try {
        return await see(record, line);
      } catch (err) {
        if (!(err instanceof needed)) throw err;
        await readAhead();
        answer(err, record, line);
        return see(record, line);
      }
    };
  /** …and a --previous file's, in the unit its money cells write when they do (unit-option.ts) */
  const seeHeaderInCellsUnit = answeredAhead(seeHeaderInRowsYear, PreviousUnitNeeded, (err, record, line) => {
    const formats = formatsAt.get(line);
    const unit = cellsUnit([{ cells: record, ...(formats ? { formats } : {}) }, ...ahead.slice(aheadAt)], err.moneyColumns);
    if (unit === null) throw err;
    headerSearch.readWithCellsUnit(unit);
  });
  /** …and thads' machine CSV without its rate columns as its own output when its TOTAL row is below (own-total.ts) */
  const seeHeader = answeredAhead(seeHeaderInCellsUnit, OwnTotalNeeded, () => headerSearch.readWithOwnTotal(hasOwnTotalRow(ahead.slice(aheadAt))));

  try {
    for await (const { cells, line, row, fills, numbers, unwritten, hidden, checks, formats, unended, sums, swallowed } of records()) {
      sheetRows.see(line, row ?? line);
      if (unended) excelTrimmed.endsInside(line);
      if (formats) formatsAt.set(line, formats);
      if (unwritten && unwritten.size > 0 && (convention === null || settledAhead)) unwrittenAt.set(line, unwritten);
      else if (convention !== null && !settledAhead && unwrittenAt.size > 0) unwrittenAt.clear();
      if (sums) sumsAt.set(line, sums);
      const record = cells.map(nfc);
      // Vietnamese in UTF-8 twice ("Má»¹ Lá»™c"): refused at its cell (doubled-utf8.ts)
      refuseDoubledText({ file }, record, line);
      legacyFont.read(record, line);
      // (a sheet's row with a number in a column a sum row's range takes in: Excel adds it, read or not; sum-total-row.ts)
      if (numbers) officeRowsRead.figuresOn(line, record.flatMap((c, i) => (looksNumeric(c) ? [i] : [])));

      if (!layout) {
        // Title, unit and header rows are kept until the first row below the header decides the layout.
        layout = await seeHeader(record, line);
        if (!layout) continue;
        // thads' own output (its CSV, workbook, Markdown): its TOTAL is the sum of every group it read (collect.ts)
        if (layout.emptyIsUnknown) report.ownOutput = true;
        if (layout.identity.district === undefined) {
          officeWatch = new OfficeColumnWatch(headerSearch.header!, report);
          const known = file === STDIN ? null : officeOfFile(file, report.titleOffice, report.sheet?.name, report.titleProvinces);
          if (known !== null) knownOffice = { name: known, from: fileNamesOffice(file) && known === officeFromFileName(file) ? 'the file name' : `the title (${lineWord()} ${report.titleOffice!.line})` };
          fileDistrict = known ?? fileDistrict;
        }
      }
      // A name written after a formula's guard ("'=Nam Định TP", thads' own CSV): the name (traps33 2).
      for (const c of [layout.identity.district, layout.identity.province]) if (c !== undefined && record[c] !== undefined) record[c] = withoutFormulaGuard(record[c]!);
      // "Tổng cộng | 2 | 300 | 230": a Table's total row labelled in its province cell over a count
      // of the offices, read as the row with that cell empty is (row-labels.ts labelledByProvinceCell)
      const { district: countAt, province: labelAt } = layout.identity;
      // "(blank)", "(trống)": a pivot's item for an empty cell, refused as an empty cell is (row-labels.ts namesPivotBlank)
      if (countAt !== undefined && namesPivotBlank(record[countAt] ?? '')) throw new ThadsError('MISSING_DISTRICT', `this row's office is "${record[countAt]!.trim()}", a pivot table's item for rows without an office name: no office`, { file, line, column: countAt + 1 }, PIVOT_BLANK_HINT);
      if (labelAt !== undefined && namesPivotBlank(record[labelAt] ?? '')) throw new ThadsError('MISSING_PROVINCE', `this row's province is "${record[labelAt]!.trim()}", a pivot table's item for rows without a province: no province`, { file, line, column: labelAt + 1 }, PIVOT_BLANK_HINT);
      if (countAt !== undefined && labelAt !== undefined && (record[countAt] ?? '').trim() !== '' && labelledByProvinceCell((record[labelAt] ?? '').trim(), record[countAt]!.trim())) record[countAt] = '';
      // A body cell that swallowed a row (a stray quote, the ditto mark): refused where its quote opened (csv-errors.ts).
      if (swallowed !== undefined) throw swallowedRowError(file, line, swallowed + 1);
      // A province (office, year) merged over rows names each of them; a merged figure stays in its first row.
      // An office's line merged over two rows (a "tall" row for a long name), its figures on the
      // first, the row below empty: the same office's line, left blank as a CSV export leaves it —
      // filled, its name without figures was read as a title over the next office (NOT_AN_OFFICE).
      if (fills && !mergedContinuation(record, fills, layout, lastFiguresLine)) fillIdentity(record, fills, layout);
      // (what the merge hides there, blanked: the row is the office's line, left blank as a CSV export leaves it)
      else if (fills) for (const c of fills.keys()) record[c] = '';
      if (layout.figures.some((f) => looksNumeric(record[f.index] ?? ''))) lastFiguresLine = line;
      // A hidden column no header names (a self-check, a lookup key): no part of the table (hidden-columns.ts).
      if (hidden) {
        const { width, unnamed } = layout;
        hiddenColumns.blank(record, hidden, (c) => (c >= width || unnamed.includes(c)) && headerSearch.blankAt(c), line);
      }

      // Excel forms number their columns right below the header ("A, B, 1, 2, 3…"), and below it
      // again at a page break: not an office.
      const belowHeader = (report.dataRows === 0 && report.totalRows === 0 && pending.length === 0) || justHeaderAgain;
      justHeaderAgain = false;
      if (belowHeader ? columnNumbers.skipsBelowHeader(record, layout) : columnNumbers.repeats(record)) {
        report.skippedRows++;
        afterNumbers = belowHeader;
        continue;
      }
      // "Việc | Nghìn đồng" under the column numbers: the header's units row (header-search.ts).
      const withUnits = afterNumbers ? headerSearch.unitsBelowNumbers(record, line) : null;
      afterNumbers = false;
      if (withUnits) {
        layout = withUnits;
        continue;
      }
      // "Riêng các Chi cục", "Riêng Cục": a level's row or heading, read as written without "Riêng"
      // (withoutLevelRieng). "Riêng Cục" below office rows — a total closing them or not (work93a
      // 04; riengnotot: with no total it was added as a 4th office, 1.200 for 1.050, exit 0) — is
      // the Cục's level line there, as "Cấp tỉnh" is (levelAfterRieng `own`; declared-rows.ts
      // checks it). So are "Trong đó: - Văn phòng Cục", "Trong đó: các Chi cục" (`ofWhich`).
      // Below office rows any such line is a part of them, never an office (report.partLines).
      const officeAt = layout.identity.district;
      if (officeAt !== undefined && record[officeAt] !== undefined) {
        const written = record[officeAt]!;
        const rieng = levelAfterRieng(written);
        if (rieng !== null) riengLines.add(line);
        const part = rieng !== null && listedOffice;
        const ownLine = part && rieng.own;
        // ("Trong đó: Văn phòng Cục" with no office above it is no level's line: kept as written, refused)
        if (rieng !== null && (ownLine || !(rieng.own && rieng.ofWhich))) record[officeAt] = rieng.label;
        if (ownLine) ownLevelLines.add(line);
        if (part) partLines.push({ line, written: written.trim() });
        // The province's own office named bare ("THADS tỉnh", "Văn phòng THADS tỉnh": TT 05/2026's
        // level, over "Phòng THADS khu vực") below a total closing the office rows, or below the
        // rows where one names that office already (the pair above the total): the level's line,
        // as "Cấp tỉnh" there (work99a 02: taken for a pasted copy of "THADS tỉnh Ninh Bình",
        // REPEATED_ROW, exit 1). Checked as "Cấp tỉnh" is, or read as an office where it checks nothing.
        // Numbered ("1 | Văn phòng THADS tỉnh" below the total), it opens another list: not the level's.
        const numbered = layout.stt !== undefined && (record[layout.stt] ?? '').trim() !== '';
        if (rieng === null && !numbered && (closedByTotal || ownListed) && namesBareOwnOffice(written)) ownLevelLines.add(line);
      }
      // A heading without figures below the total ("Về tiền", "Cùng kỳ năm 2018") opens another table: its rows are no level's lines.
      // The word that opens the total's parts alone ("Trong đó:", "Chia ra:": opensParts) heads its
      // breakdown, the levels' lines below it as without it (as "Cấp tỉnh" is read there).
      const written = record.filter((c) => c.trim() !== '');
      if (closedByTotal && written.length > 0 && !layout.figures.some((f) => looksNumeric(record[f.index] ?? '')) && !(written.length === 1 && opensParts(written[0]!))) closedByTotal = false;
      // A province merged down its block from its whole, the CSV keeping it on the whole's row only.
      provinceBlocks.fill(record, layout, layout.readingYear, line);
      if (await unmarkedPartsBelow(record, layout)) unmarkedPartsUnder.add(line);
      if (await subtotalAboveItsOffice(record, layout)) subtotalsAbove.add(line);
      await subItemsClosedBelow(record, line, layout);
      let fileRows: FileRow[];
      try {
        // The form's column numbers among the offices, not under the header nor repeating the row
        // there (columnNumbers above): read, they were an office "2" with figures 3, 4, 5 (exit 0).
        if (isColumnNumberRow(record, layout)) throw columnNumbersAmongOffices(file, line, record, layout);
        // (a cell reads both ways only with a mark in it: a plain file's rows skip the look)
        if (convention === null && pending.length === 0 && layout.figures.some((f) => MARKED.test(record[f.index] ?? ''))) await settleAhead(record, line, layout);
        fileRows = processRow(record, line, layout, numbers, checks);
      } catch (err) {
        if (!(err instanceof ThadsError) || !opts.onRowError || err.exitCode !== 1) throw err;
        // one fault refusing several rows (a second table, second-table.ts) is said once
        if (!said.has(err)) opts.onRowError(err);
        said.add(err);
        refusedRows++;
        // (a refused row among the offices: no sum row over them is their total)
        officeRowsRead.see(line, 'other');
        continue;
      }
      for (const r of fileRows) yield* blocks(provinceRows.see(r));
    }
  } catch (err) {
    throw await source.fail(err);
  }
  await source.end();
  // (the level blocks no whole closed, known once the file's every Tỉnh cell is: province-merged-down.ts)
  if (layout) for (const unchecked of provinceBlocks.end()) report.findings.push(filledDown.province.finding(unchecked, file, layout.identity.province!, lineWord()));
  const hiddenIgnored = hiddenColumns.finding(file);
  if (hiddenIgnored) report.findings.push(hiddenIgnored);
  const legacy = legacyFont.finding(file, lineWord());
  if (legacy) report.findings.push(legacy);
  const otherReadings = legacyFont.otherReadings();
  if (otherReadings) report.otherFontReadings = otherReadings;
  if (pending.some((p) => p.figures === null)) decideByEvidence();
  // (the rows below settled the convention and no cell read said it: the evidence must, or nothing settles it)
  if (settledAhead) {
    const settled = convention;
    convention = null;
    if (!decideByEvidence() || convention !== settled) throw ambiguous();
  }
  const glued = gluedFootnote.refusal(file, lineWord());
  if (glued) throw glued;
  // A sheet made from a CSV opened in another number convention (converted-cells.ts): said.
  // (A convention given with --number-format is the user's word on the text cells.)
  const conversion = converted.finding(file, opts.numberFormat === 'auto' ? convention : null, report.numberFormatWhy, lineWord());
  if (conversion) report.findings.push(conversion);

  if (!layout) headerSearch.end();
  if (romanRegional !== null) for (const r of releaseRoman(false)) yield* blocks(provinceRows.see(r));
  if (formerRun.length > 0) {
    const run = formerRun;
    formerRun = [];
    for (const r of replay(run)) yield* blocks(provinceRows.see(r));
  }
  if (enforcerRun.length > 0) {
    const run = enforcerRun;
    enforcerRun = [];
    for (const r of replay(run)) yield* blocks(provinceRows.see(r));
  }
  if (personRun.length > 0) {
    const run = personRun;
    personRun = [];
    personRunUnderLine = false;
    personRunHead = null;
    for (const r of replay(run)) yield* blocks(provinceRows.see(r));
  }
  const last = structure.releaseAtEnd();
  report.listedSubtotals = structure.listedLines();
  report.partLines = partLines;
  if (last !== null) yield* blocks(provinceRows.see(emit(last.kind, last.held.row, last.held.named, last.held.ordinal)));
  for (const r of readWaitingPart()) yield* blocks(provinceRows.see(r));
  if (pending.length > 0) {
    if (convention === null && pending.some((p) => p.figures === null)) throw ambiguous();
    for (const p of pending) yield* blocks(provinceRows.see(emit(p.kind, { ...p.base, figures: p.figures ?? (buildFigures(p.cells, p.line) as Partial<Record<Measure, Figures>>) }, p.named, p.ordinal)));
  }
  // (every row emitted: an unlabelled sum row above the offices summed them all and nothing else, or is refused as before)
  if (sumAboveRefusal !== null && !officeRowsRead.aboveHolds()) throw sumAboveRefusal;
  yield* blocks(provinceRows.end());
  for (const w of provinceWholes.end()) yield* subtotalBlocks.see(w);
  yield* subtotalBlocks.end();
  subtotalBlocks.done();
  if (report.numberFormat === 'undecided' && convention === null) report.numberFormatWhy = 'no cell needed a convention (plain numbers only)';
  // (rows refused one by one, under check, are already said: not "no row" at the header)
  if (report.dataRows === 0 && report.totalRows === 0 && refusedRows === 0) {
    const others = report.otherYearRows > 0 && opts.year !== undefined ? `: --year ${opts.year} keeps none of its ${report.otherYearRows} rows, which are of other years` : '';
    throw new ThadsError('NO_DATA', `no office row below the header${others}`, { file, line: report.headerLine });
  }
  officeWatch?.verdict(file, report.headerLine, report.dataRows);

  function processRow(record: string[], line: number, layout: Layout, numbers: ReadonlySet<number> | undefined, checks?: ReadonlyMap<number, boolean>): FileRow[] {
    const sttCell = layout.stt !== undefined ? (record[layout.stt] ?? '') : '';
    if (itemNumber(sttCell) !== null) itemAbove = itemNumber(sttCell);
    if (!firstRowRead && record.some((c) => c.trim() !== '')) {
      firstRowRead = true;
      numberedOffice ??= titledRegionalOffice(record, sttCell, layout);
    }
    // (persons held below: an empty row between them, or between them and their office's line, is
    // skipped as anywhere else and leaves them held — work94a 01: it made them offices)
    // A Roman khu vực (with figures or without) is read once the row below it says whether its former offices follow.
    if (romanRead?.line !== line && record.some((c) => c.trim() !== '')) {
      const previous = rowBefore;
      rowBefore = { record, line };
      const name = layout.identity.district !== undefined ? (record[layout.identity.district] ?? '').trim() : '';
      const year = layout.readingYear;
      const anyNumber = layout.figures.some((col) => looksNumeric(record[col.index] ?? ''));
      // Former offices "(cũ)" closed by their Phòng BELOW them ("Cộng Phòng THADS khu vực 1", "I |
      // Phòng THADS khu vực 1"): the Phòng is the office and they are its parts, as with it above.
      if (!replayingRun && romanRegional === null && !layout.byEnforcer && layout.identity.district !== undefined && anyNumber && marksFormerPart(sttCell, name, year) && !underRegionalOffice(year)) {
        formerRun.push({ record, line, layout, numbers, checks });
        return [];
      }
      if (formerRun.length > 0 && !replayingRun) {
        const run = formerRun;
        formerRun = [];
        const office = closingRegionalOffice(sttCell, name, anyNumber, year, run.map((r) => (r.record[layout.identity.district!] ?? '').trim()));
        return office !== null ? closeFormerRun(run, record, line, layout, numbers, checks, office) : [...replay(run), ...processRow(record, line, layout, numbers, checks)];
      }
      // "I | Cục THADS tỉnh Nam Định | 300" in a form by enforcer, held (below): its enforcers right
      // under it make it the provincial office's line, anything else the province's section (by-enforcer.ts romanProvincialLine);
      // so a bare place "II | Mỹ Lộc" over its enforcers is that office's line, else a section (romanBarePlace).
      if (romanRegional !== null && layout.byEnforcer) {
        const enforcerNamed = othersOf(layout).some((c) => isEnforcerHeader(headerOf(c)) && namesRow(record[c] ?? ''));
        const heldName = (romanRegional.record[layout.identity.district ?? -1] ?? '').trim();
        const opens = opensEnforcers(sttCell, name, anyNumber, enforcerNamed, heldName);
        // (followed straight by the next Roman line of its list, "IV | Quảng Trạch" by "V | Lệ Thủy": an office without enforcers unless the rows below add up to it, by-enforcer.ts nextRomanOfList)
        if (!opens && nextRomanOfList(romanRegional.record[layout.stt ?? -1] ?? '', sttCell, name)) report.romanListLines.push(romanRegional.line);
        return [...releaseRoman(opens), ...processRow(record, line, layout, numbers, checks)];
      }
      // A form by enforcer writing each office BELOW its persons' rows, numbered or not: held until a
      // line naming their office closes them ("Cộng Chi cục Mỹ Lộc", "1 | Chi cục THADS huyện Mỹ Lộc"),
      // then read as under its line, checked against it; anything else reads them as before (by-enforcer.ts officeBelowPersons).
      if (!replayingRun && layout.byEnforcer && layout.identity.district !== undefined) {
        const held = personRun.length > 0 ? personRun : enforcerRun;
        const nameOf = (r: (typeof held)[number]) => (r.record[layout.identity.district!] ?? '').trim();
        const sttOf = (r: (typeof held)[number]) => (layout.stt !== undefined ? (r.record[layout.stt] ?? '') : '');
        if (held.length > 0 && held.every((r) => namesPersonRow(sttOf(r), nameOf(r)))) {
          const underLine = personRunUnderLine && held === personRun;
          const office = officeBelowPersons(sttCell, name, anyNumber, held.every((r) => sttOf(r).trim() === ''), year, underLine);
          if (office !== null) {
            const head = underLine ? personRunHead : null;
            personRun = [];
            personRunUnderLine = false;
            personRunHead = null;
            enforcerRun = [];
            // (the office's line above them may have persons of its own, first: they add up to it)
            const own = head === null ? 0 : ownPersonsUnderLine(surelyRead(head.record, layout), held.map((r) => surelyRead(r.record, layout)), surelyRead(record, layout));
            if (own > 0) return [...readUnderLine(held.slice(0, own), layout), ...closePersonRun(held.slice(own), record, line, layout, numbers, checks, office)];
            return closePersonRun(held, record, line, layout, numbers, checks, office);
          }
        }
        // (persons numbered "1", "2" under an office's line without an STT, "| Văn phòng Cục | 500", are
        // never its enforcers (enforcerRow): held too, for a subtotal naming their office below them to
        // close — work95a 04: the line above made them refused, NOT_AN_OFFICE)
        const belowLine = numberedOffice !== null && numberedOffice.item === null && !numberedOffice.unnumbered && numberedOffice.formedFrom === undefined && itemNumber(sttCell) !== null;
        const person = (numberedOffice === null || (personRunUnderLine ? personRun.length > 0 : personRun.length === 0 && belowLine)) && (anyNumber || (personRun.length > 0 && noFigureCell(record, layout))) && namesPersonRow(sttCell, name);
        if (personRun.length > 0) {
          if (person) {
            personRun.push({ record, line, layout, numbers, checks });
            return [];
          }
          const run = personRun;
          personRun = [];
          personRunUnderLine = false;
          personRunHead = null;
          return [...replay(run), ...processRow(record, line, layout, numbers, checks)];
        }
        // (persons without STT before any office numbered: held as the rows below are)
        if (person && enforcerRun.length === 0 && (officesNumbered || sttCell.trim() !== '')) {
          personRunUnderLine = numberedOffice !== null;
          personRunHead = numberedOffice !== null && previous?.line === numberedOffice.line ? previous : null;
          personRun.push({ record, line, layout, numbers, checks });
          return [];
        }
      }
      // A table by office whose rows are persons, each office's subtotal BELOW them ("Cộng Phòng THADS
      // khu vực 1"): held until it closes them, then read as a form by enforcer's (by-enforcer.ts
      // officeSubtotalBelowPersons); anything else reads them as before.
      if (!replayingRun && !layout.byEnforcer && layout.identity.district !== undefined) {
        if (personRun.length > 0) {
          const run = personRun;
          const office = officeSubtotalBelowPersons(sttCell, name, anyNumber, year, () => partsAddUp(run.map((r) => surelyRead(r.record, layout)), surelyRead(record, layout)));
          if (office === null && anyNumber && namesPersonRow(sttCell, name)) {
            personRun.push({ record, line, layout, numbers, checks });
            return [];
          }
          personRun = [];
          return office !== null ? closePersonRun(run, record, line, layout, numbers, checks, office) : [...replay(run), ...processRow(record, line, layout, numbers, checks)];
        }
        if (numberedOffice === null && anyNumber && namesPersonRow(sttCell, name)) {
          personRun.push({ record, line, layout, numbers, checks });
          return [];
        }
      }
      // A form by enforcer numbering no office, each office's line BELOW its enforcers: held until
      // the line closes them, then read as with the line above (by-enforcer.ts namesUnnumberedOffice).
      if (!replayingRun && layout.byEnforcer && !officesNumbered && layout.identity.district !== undefined) {
        const opens = namesUnnumberedOffice(sttCell, name, anyNumber) && rowLabel(name) === 'office';
        if (numberedOffice === null && sttCell.trim() === '' && (anyNumber || (enforcerRun.length > 0 && noFigureCell(record, layout) && namesPersonRow(sttCell, name))) && !opens && name !== '' && rowLabel(name) === 'office') {
          enforcerRun.push({ record, line, layout, numbers, checks });
          return [];
        }
        if (enforcerRun.length > 0) {
          const run = enforcerRun;
          enforcerRun = [];
          return opens ? closeFormerRun(run, record, line, layout, numbers, checks, name) : [...replay(run), ...processRow(record, line, layout, numbers, checks)];
        }
      }
      if (!replayingRun && layout.byEnforcer && layout.stt !== undefined && layout.identity.district !== undefined && (romanProvincialLine(sttCell, name, anyNumber, year) || romanBarePlace(sttCell, name, year, fileProvince))) {
        romanRegional = { record, line, layout, numbers, checks };
        return [];
      }
      const before = romanRegional === null ? [] : releaseRoman(marksFormerPart(sttCell, name, year));
      if (!layout.byEnforcer && romanRegionalOffice(sttCell, name, year)) {
        romanRegional = { record, line, layout, numbers, checks };
        return before;
      }
      if (before.length > 0) return [...before, ...processRow(record, line, layout, numbers, checks)];
    }
    const whole = newProvinceBelowFormers(record, sttCell, layout);
    if (whole !== null) return processRow(whole, line, layout, numbers, checks);
    const unbulleted = formerPartUnbulleted(record, sttCell, line, layout);
    if (unbulleted !== null) return processRow(unbulleted, line, layout, numbers, checks);
    // (in a table by province: its province cell, which may name a former part of the row above)
    const provinceCell = layout.identity.district === undefined && layout.identity.province !== undefined ? (record[layout.identity.province] ?? '') : null;
    if (structure.endsGroup(sttCell, provinceCell)) {
      // (an item's number: the group it ends is an item's, inside a section numbered "I" above it)
      return [{ kind: 'heading', row: { file, line, province: null, district: '', year: null, figures: {} }, ...depthOf(sttCell) }, ...processRow(record, line, layout, numbers, checks)];
    }
    const figures = layout.figures.some((col) => looksNumeric(record[col.index] ?? ''));
    // (one more former province of the numbered province above: its part, checked against it)
    const partOf = structure.checkedPartsOf();
    if (partOf !== null && figures && provinceCell !== null && provinceCell.trim() !== '') return readRow(asProvincePart(record, line, layout, partOf), line, layout, numbers, checks);
    if (!structure.holding || record.every((c) => c.trim() === '')) return readRow(record, line, layout, numbers, checks);
    const released = structure.releaseBefore(sttCell, figures, provinceCell, layout.readingYear)!;
    if (released === 'wait') {
      waitingPart = { record, line, layout, numbers, checks };
      return [];
    }
    // ("Trong đó:" under a numbered province: read, the province still held)
    if (released === 'through') return readRow(record, line, layout, numbers, checks);
    const own = released.parts === true ? asProvincePart(record, line, layout, released.held.row.province!) : record;
    return [emit(released.kind, released.held.row, released.held.named, released.held.ordinal), ...readWaitingPart(), ...readRow(own, line, layout, numbers, checks)];
  }

  /**
   * In a table by province, a former province under the numbered province it was merged into
   * ("19 | Ninh Bình" over "19.2 | Nam Định", list-structure.ts partsChecked): a row of that
   * province, its part — checked against its row (domain/office-runs.ts Part), never added, as
   * under an "Đơn vị" column (enforcerRow) — not an office of its own beside the 34.
   */
  function asProvincePart(record: string[], line: number, layout: Layout, province: string): string[] {
    const own = [...record];
    own[layout.identity.province!] = province;
    partAt.set(line, 'whole');
    return own;
  }

  /**
   * In a 2025 table by province, the new province written below its former provinces, without an
   * STT ("1 | Gia Lai (cũ)", "2 | Bình Định (cũ)" over "| Gia Lai (mới)", round 76c, 02): their
   * subtotal, as "Cộng Gia Lai" there is — its record so labelled ("Cộng Gia Lai (mới)", its
   * name as written), checked against them, never added. Only right below a numbered former
   * province of it, marked or not; else null.
   */
  function newProvinceBelowFormers(record: string[], sttCell: string, layout: Layout): string[] | null {
    const at = layout.identity.district === undefined ? layout.identity.province : undefined;
    if (at === undefined || layout.stt === undefined || record.every((c) => c.trim() === '')) return null;
    const cell = (record[at] ?? '').trim();
    const above = numberedProvinceAbove;
    const figures = layout.figures.some((col) => looksNumeric(record[col.index] ?? ''));
    numberedProvinceAbove = figures && itemNumber(sttCell) !== null && provinceOfFileName(withoutFormerMark(cell)) !== null ? cell : null;
    const year = layout.readingYear;
    if (above === null || !figures || sttCell.trim() !== '' || year === null || year < MERGER_YEAR) return null;
    const province = successorBelowFormer(cell, above);
    if (province === null) return null;
    const own = [...record];
    own[at] = `Cộng ${cell}`;
    return own;
  }

  /**
   * A former part marked with a "-" bullet, in the STT cell or before its name ("- | Gia Lai
   * (cũ)", "| - Chi cục THADS thành phố Pleiku (cũ)"), right under the row it is a part of — a
   * province over its former provinces, a 2025 khu vực over its former Chi cục, or over the
   * districts it took over named by their unit ("- Huyện Cẩm Xuyên": namesTakenOverDistrict,
   * work98a 03): the bullet marks the sub-line as an empty STT, "1.1" or "a" do (round 76c, 05). The record without it, else
   * null (a bullet elsewhere stays a breakdown's line: list-structure.ts refuses it).
   */
  function formerPartUnbulleted(record: string[], sttCell: string, line: number, layout: Layout): string[] | null {
    const nameAt = layout.identity.district ?? (layout.identity.province !== undefined ? layout.identity.province : undefined);
    if (nameAt === undefined) return null;
    const cell = (record[nameAt] ?? '').trim();
    // (or numbered as a sub-item of the item above, "19.1 | Nam Định" under "19 | Ninh Bình", round 88b, 01)
    const inStt = sttCell.trim() !== '' && marksSubLine(sttCell, itemAbove);
    if (!inStt && !(sttCell.trim() === '' && startsWithBullet(cell))) return null;
    const name = withoutBullet(cell);
    if (name === '' || !layout.figures.some((col) => looksNumeric(record[col.index] ?? ''))) return null;
    const year = layout.readingYear;
    const part =
      layout.identity.district === undefined
        ? structure.takesFormerPart(name, year)
        : numberedOffice?.formedFrom !== undefined
          ? namesFormerPart(name, numberedOffice.formedFrom, year, unmarkedPartsUnder.has(numberedOffice.line))
          : // (a khu vực's sub-items numbered "1.1" are read by their number: by-enforcer.ts, list-structure.ts)
            (!inStt || isBulletMark(sttCell)) && numberedOffice !== null && !layout.byEnforcer && numberedOffice.figures && (year === null || year >= 2025) && formedFromFormerOffices(numberedOffice.name, year) && (namesFormerOffice(name, year) || namesTakenOverDistrict(name, year));
    if (!part) return null;
    // ("- Huyện Cẩm Xuyên" under the khu vực: a district it took over, its part as a "Chi cục …" is — enforcerRow)
    const khuVuc = layout.identity.district !== undefined && numberedOffice?.formedFrom === undefined;
    bulletedDistrictLine = khuVuc && !namesFormerOffice(name, year) ? line : null;
    const own = [...record];
    if (layout.stt !== undefined) own[layout.stt] = '';
    own[nameAt] = name;
    return own;
  }

  /**
   * A khu vực's own report: its title names it ("PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1": titleOffice),
   * or, no title naming an office, its file's name ("KV1 Ninh Bình 2025.csv": ownRegionOfFile),
   * no row of it heads its rows, and its first row is one of its former parts (by-enforcer.ts
   * namesTitledRegionPart): the title stands for its row without figures over them, as a Roman
   * "I | Phòng THADS khu vực 1" does, so they are that office's parts and their sum its figures —
   * not offices of a province's list, whose total would take the province's target (work99a 04).
   * Its first row naming the khu vực itself (by-enforcer.ts namesTitledRegionOwn: its own months)
   * heads them as its row with figures would, and is one of its rows unless their sum (work100a 01).
   * Null for any other file, read as before: a first row of any other kind, a form by enforcer, a
   * year before the khu vực existed (formedFromFormerOffices).
   */
  function titledRegionalOffice(record: string[], sttCell: string, layout: Layout): NonNullable<typeof numberedOffice> | null {
    const at = layout.identity.district;
    const year = layout.readingYear;
    const own = ownRegionOfFile(file, report);
    if (own === null || at === undefined || layout.byEnforcer || !layout.figures.some((col) => looksNumeric(record[col.index] ?? ''))) return null;
    const name = (record[at] ?? '').trim();
    // (any one office's report by kind of cases, "Dân sự", "Hình sự" …: its parts, never offices)
    if (namesTitledCaseKind(sttCell, name)) return { name: own.office, line: own.line, figures: false, unnumbered: true, titled: true, caseKinds: true };
    const office = titledRegion(own, year);
    if (office === null) return null;
    // (its own row first, its own months: over its parts as its row with figures, one of them unless their sum, enforcerRow;
    // named as it writes itself, "Phòng THADS khu vực 1 - Hà Nội", as when alone — but for a note, "(từ 01/7/2025)": the title's)
    if (namesTitledRegionOwn(sttCell, name, office, year, fileProvince())) return { name: /\)\s*$/u.test(name) ? office : name, line: own!.line, figures: true, unnumbered: true, titled: true };
    if (!namesTitledRegionPart(sttCell, name, year, fileProvince)) return null;
    return { name: office, line: own!.line, figures: false, unnumbered: true, titled: true };
  }

  /** Under a khu vực's row with figures (or its Roman row held back), or its heading without figures: a former office there is its part already. */
  function underRegionalOffice(year: number | null): boolean {
    const heads = numberedOffice !== null && (numberedOffice.figures === true || numberedOffice.unnumbered === true || noFigures?.line === numberedOffice.line);
    return heads && formedFromFormerOffices(numberedOffice!.name, year);
  }

  /** A row whose every figure cell is empty (no text, no number). */
  function noFigureCell(record: readonly string[], layout: Layout): boolean {
    return layout.figures.every((col) => (record[col.index] ?? '').trim() === '');
  }

  /**
   * An office's own persons held under its line (by-enforcer.ts ownPersonsUnderLine), read as its
   * enforcers: without their STT, as the form's usual rows under an office's line are (enforcerRow),
   * checked against it. A row without any figure adds nothing: skipped, as in closePersonRun.
   */
  function readUnderLine(run: typeof formerRun, layout: Layout): FileRow[] {
    replayingRun = true;
    try {
      return run.flatMap((r) => {
        if (noFigureCell(r.record, layout)) {
          report.skippedRows++;
          return [];
        }
        const rec = [...r.record];
        if (layout.stt !== undefined) rec[layout.stt] = '';
        return processRow(rec, r.line, r.layout, r.numbers, r.checks);
      });
    } finally {
      replayingRun = false;
    }
  }

  /**
   * A row's figures by figure column for a sum (ownPersonsUnderLine), no reading's state touched:
   * an empty cell 0; null where a cell cannot be read for sure — not a figure, a unit written in
   * it, or Vietnamese and English readings that differ while the file's convention is undecided.
   */
  function surelyRead(record: readonly string[], layout: Layout): Dec[] | null {
    const out: Dec[] = [];
    for (const col of layout.figures) {
      const raw = record[col.index] ?? '';
      if (col.measure === 'money' && moneyCellUnit(raw) !== null) return null;
      const cand = candidates(convention === 'plain' ? readPlainCell(raw) : readCell(raw), col.isCount);
      if (cand === 'zero') {
        out.push(ZERO);
        continue;
      }
      if (typeof cand === 'string') return null;
      const v = convention === 'plain' ? cand.en : convention !== null ? cand[convention] : cand.vi && cand.en ? (cand.vi.units === cand.en.units && cand.vi.scale === cand.en.scale ? cand.vi : null) : (cand.vi ?? cand.en);
      if (!v) return null;
      out.push(fromScaled(v.units, v.scale));
    }
    return out;
  }

  /** Held former offices read as they come, none of them closed by a Phòng. */
  function replay(run: typeof formerRun): FileRow[] {
    replayingRun = true;
    try {
      return run.flatMap((r) => processRow(r.record, r.line, r.layout, r.numbers, r.checks));
    } finally {
      replayingRun = false;
    }
  }

  /**
   * The Phòng's row closing its held former offices: read as the khu vực's row without an STT
   * (its line, its name without "Cộng"), then they as its parts, checked against it, never
   * added (domain/office-runs.ts Part). The next former office is none of its parts.
   */
  function closeFormerRun(run: typeof formerRun, record: string[], line: number, layout: Layout, numbers: ReadonlySet<number> | undefined, checks: ReadonlyMap<number, boolean> | undefined, office: string): FileRow[] {
    const own = [...record];
    own[layout.identity.district!] = office;
    if (layout.stt !== undefined) own[layout.stt] = '';
    numberedOffice = null;
    const rows = [...romanSectionEnd(record, line, layout), ...processRow(own, line, layout, numbers, checks), ...replay(run)];
    numberedOffice = null;
    return rows;
  }

  /**
   * The office's line closing its persons' rows held above it (officeBelowPersons): read first, as
   * an office's row (its name without "Cộng"; a numbered line keeps its number, as the form numbers
   * offices), then they as its enforcers without their STT, as under its line (enforcerRow),
   * checked against it, never added. The persons below it are none of its.
   */
  function closePersonRun(run: typeof formerRun, record: string[], line: number, layout: Layout, numbers: ReadonlySet<number> | undefined, checks: ReadonlyMap<number, boolean> | undefined, office: string): FileRow[] {
    const own = [...record];
    const at = layout.identity.district!;
    const numbered = layout.stt !== undefined && itemNumber(own[layout.stt] ?? '') !== null && own[at]!.trim() === office;
    own[at] = office;
    if (layout.stt !== undefined && !numbered) own[layout.stt] = '';
    // (an enforcer's row with every figure cell empty among them — work94a 03: no case of his — adds
    // nothing to its office, whose line counts it: skipped, no title over the rows below)
    const parts = run.flatMap((r) => {
      if (noFigureCell(r.record, layout)) {
        report.skippedRows++;
        return [];
      }
      const rec = [...r.record];
      if (layout.stt !== undefined) rec[layout.stt] = '';
      return { ...r, record: rec };
    });
    numberedOffice = null;
    replayingRun = true;
    try {
      const rows = processRow(own, line, layout, numbers, checks);
      // (personsOf: the subtotal said the rows are its persons, though its name is a bare place's, "Cộng Mỹ Lộc")
      numberedOffice = { name: office, line, figures: true, item: null, personsOf: true };
      for (const r of parts) rows.push(...processRow(r.record, r.line, r.layout, r.numbers, r.checks));
      return rows;
    } finally {
      replayingRun = false;
      numberedOffice = null;
    }
  }

  /**
   * A Roman khu vực read as an office (its number dropped) still ends the Roman row above it as
   * a section row would: "I | Văn phòng Cục | 400" over "II | Phòng THADS khu vực 1" and its
   * parts heads nothing, an office of the list (round 68a, 03) — a section over Arabic rows ("I
   * | Cấp tỉnh" over "1", "2") is still checked against the rows down to here. A heading there.
   */
  function romanSectionEnd(record: readonly string[], line: number, layout: Layout): FileRow[] {
    const sttCell = layout.stt !== undefined ? (record[layout.stt] ?? '') : '';
    return isRomanNumber(sttCell) ? [{ kind: 'heading', row: { file, line, province: null, district: '', year: null, figures: {} }, ...depthOf(sttCell) }] : [];
  }

  /** The Roman khu vực held back (processRow): read as the office over its parts, or as the section it says it is. */
  function releaseRoman(asOffice: boolean): FileRow[] {
    const held = romanRegional!;
    romanRegional = null;
    romanRead = { line: held.line, asOffice };
    try {
      const rows = processRow(held.record, held.line, held.layout, held.numbers, held.checks);
      // (a form by enforcer's provincial line read as an office is numbered as its others are: RomanOffices)
      return asOffice && !held.layout.byEnforcer ? [...romanSectionEnd(held.record, held.line, held.layout), ...rows] : rows;
    } finally {
      romanRead = null;
    }
  }

  /** the row held back with the held province's (list-structure.ts releaseBefore), read once that is released */
  function readWaitingPart(): FileRow[] {
    const w = waitingPart;
    waitingPart = null;
    return w === null ? [] : readRow(w.record, w.line, w.layout, w.numbers, w.checks);
  }

  /**
   * A row numbered as an office, without a number in it (finding 03 of round 28). Its figure
   * cells all text no list knows ("x", "Đang tổng hợp"): its figures are unknown, refused at the
   * first. All empty: it gave none, and SPEC §3 skips it, said so that the office missing from the
   * total and the count is seen. Text in some cells only ("Chưa nộp;;", round 29) is refused the
   * same: text where its figures go is a stronger sign than empty cells. But a text saying the
   * office was merged away ("Đã sáp nhập"): its figures are in the other office's row, warned.
   */
  function noFigureOffice(cells: readonly PendingCell[], line: number, office: string): void {
    // the first cell with text ("Chưa nộp", "Số liệu gửi sau", "Xem biểu riêng"), else the first
    const first = cells.find((c) => c.raw.trim() !== '') ?? cells[0]!;
    const loc = { file, line, column: first.column.index + 1 };
    if (first.raw.trim() !== '' && MERGED_AWAY.test(foldHeader(first.raw))) {
      // "Đã sáp nhập", "Sáp nhập vào Chi cục …": its figures are the other office's; said, not summed
      report.findings.push(finding('warning', 'OFFICE_WITHOUT_FIGURES', `"${office}" is numbered as an office but its row says "${first.raw.trim()}" instead of figures: it is left out of the total and the count of offices`, loc));
      return;
    }
    if (first.raw.trim() !== '') {
      // "x": the forms' mark, in its own words (numbers.ts describeInvalid)
      const reading = readCell(first.raw);
      if (reading.kind === 'invalid' && reading.reason === 'form-mark') valueOf(first.column, first.raw, line);
      const what = `${first.column.measure} ${first.column.field.replace(/_/g, ' ')}`;
      throw new ThadsError(
        'BAD_NUMBER',
        `${what}: the office's row holds no figure: "${first.raw.trim()}" is not a figure, so the office's figures are unknown, and a total without them is no total`,
        loc,
        "fill in the office's figures (0 where nothing arose), or take the office out of the table and say so beside the total",
      );
    }
    if (!layout?.emptyIsUnknown && cells.every((c) => c.raw.trim() === '')) {
      const warning = finding('warning', 'OFFICE_WITHOUT_FIGURES', `"${office}" is numbered as an office but its row has no figure: it is left out of the total and the count of offices`, loc);
      report.findings.push(warning);
      noFigures = { line, office, warning };
    }
  }

  /**
   * In a form by enforcer with an office column, the office its file is (its title says which, its
   * name agreeing: officeOfFile) for a person's row no office's line takes — while no office's row has
   * been read in the file; then null, and the person is refused as before (readRow).
   */
  function ownFileOffice(line: number): string | null {
    // (its title must name it, "CHI CỤC THADS HUYỆN MỸ LỘC": a file's name alone, "m 2024.csv" under the
    // Cục's title, says no one office's persons — personoffice.test.ts)
    if (ownPersons === 'offices' || file === STDIN || report.titleOffice === null) return null;
    let own: string | null;
    try {
      own = officeOfFile(file, report.titleOffice, report.sheet?.name, report.titleProvinces);
    } catch {
      return null;
    }
    if (own === null) return null;
    ownPersons ??= { office: own, line };
    return own;
  }

  /** An office's row read in a form by enforcer: after the file's own persons (ownFileOffice), several offices' rows in one column, refused. */
  function officeRowRead(line: number, name: string, layout: Layout): void {
    if (ownPersons !== null && ownPersons !== 'offices') {
      throw new ThadsError(
        'NOT_AN_OFFICE',
        `"${name}" is an office's row below the persons read as ${ownPersons.office}'s enforcers (${lineWord()} ${ownPersons.line}: the office the file's title says it is): the column holds several offices' rows, and whose each person is cannot be told`,
        { file, line, column: layout.identity.district! + 1 },
        'write each office\'s line above its enforcers ("1 | Chi cục THADS huyện …") or right below them ("Cộng Chi cục …"), or send one file per office',
      );
    }
    ownPersons = 'offices';
  }

  /**
   * In a form by enforcer: whether the row is an enforcer's of the numbered office above it (no
   * STT, a name that is no office's, figures), and the office the next rows are under. A name
   * that says it is an office's there is refused: one of the office's rows, or an office of its own?
   */
  function enforcerRow(districtCell: string, sttCell: string, anyNumber: boolean, line: number, layout: Layout): boolean {
    const readingYear = layout.readingYear;
    // Under a khu vực's row without an STT ("Phòng THADS khu vực 1;3.000;2.500"): the rows without
    // one naming a former office marked so ("Chi cục THADS huyện Chư Păh (cũ)") are its parts, as
    // under a numbered one; any other row ends them. Nothing else is taken for its part: without an
    // STT a bare name, or an unmarked "Chi cục …" (a year-2025 list may give the Chi cục of its first
    // nine months beside the khu vực of its last three), may be an office of its own.
    // "1 | Gia Lai" over "| Gia Lai (cũ)", "| Bình Định (cũ)" in a national table of 2025 whose
    // name column is an office's ("Đơn vị"): the provinces it was formed from, its parts, as under
    // a column "Tỉnh" (list-structure.ts releaseBefore); any other row ends them.
    if (numberedOffice?.formedFrom !== undefined) {
      // (unmarked too, "| Gia Lai", "| Bình Định": its sub-lines told apart by their empty STT, round 76c, 03)
      if (sttCell.trim() === '' && anyNumber && namesFormerPart(districtCell, numberedOffice.formedFrom, readingYear, unmarkedPartsUnder.has(numberedOffice.line))) {
        partAt.set(line, 'whole');
        return true;
      }
      // ("Trong đó:", "Chia ra:" between it and them: the rows below it still say, round 76c, 01)
      if (sttCell.trim() === '' && !anyNumber && opensParts(districtCell)) return false;
      numberedOffice = null;
    }
    const formedFrom = layout.byEnforcer || !anyNumber ? null : provinceFormedFrom(sttCell, districtCell, readingYear);
    if (formedFrom !== null) {
      numberedOffice = { name: districtCell, line, figures: true, item: itemNumber(sttCell), formedFrom };
      return false;
    }
    if (numberedOffice?.unnumbered) {
      // (under the khu vực its title names: its parts as written there, namesTitledRegionPart, the office not written on them)
      const titledPart = numberedOffice.titled === true && anyNumber && (numberedOffice.caseKinds === true ? namesTitledCaseKind(sttCell, districtCell) : namesTitledRegionPart(sttCell, districtCell, readingYear, fileProvince));
      if (titledPart) officeWrittenAt.set(line, 0);
      // (the khu vực's own row, its own months, first, among or last of its parts: one more of its
      // rows unless their sum, domain/office-runs.ts; its name as the title writes it)
      if (numberedOffice.titled === true && numberedOffice.caseKinds !== true && anyNumber && namesTitledRegionOwn(sttCell, districtCell, numberedOffice.name, readingYear, fileProvince())) {
        ownRowAt.add(line);
        officeWrittenAt.set(line, 0);
        return false;
      }
      if (titledPart || (sttCell.trim() === '' && anyNumber && marksFormerPart(sttCell, districtCell, readingYear))) {
        regionalParts = numberedOffice.line;
        // (checked against the khu vực's row; without figures, they are its figures)
        if (numberedOffice.figures) partAt.set(line, 'whole');
        return true;
      }
      // Without figures nothing checks them: an unmarked office among them is refused, not guessed.
      if (!numberedOffice.figures && anyNumber && !isSectionNumber(sttCell) && districtCell !== '' && rowLabel(districtCell) === 'office' && !formedFromFormerOffices(districtCell, readingYear)) {
        // (under the khu vực its title names: its former offices read as its parts, titledRegionalOffice)
        throw new ThadsError(
          'NOT_AN_OFFICE',
          numberedOffice.titled
            ? `"${districtCell}" follows the ${numberedOffice.caseKinds === true ? 'kinds of cases' : 'former offices'} read as the parts of "${numberedOffice.name}", ${numberedOffice.line === 0 ? "the office the file's name names" : `the office the file's title names (${lineWord()} ${numberedOffice.line})`}: it may be one of its parts, or an office of its own, which thads cannot tell apart`
            : `"${districtCell}" follows the former offices marked "(cũ)" under "${numberedOffice.name}" (${lineWord()} ${numberedOffice.line}), a khu vực numbered as a Roman section without figures: it may be one of its parts, unmarked, or an office of its own, which thads cannot tell apart`,
          { file, line, column: layout.identity.district! + 1 },
          numberedOffice.caseKinds === true ? 'send one office\'s breakdown by kind of cases alone, each row a kind of cases; or a list of offices without them' : numberedOffice.titled ? 'write the khu vực\'s row with its figures above its former offices, so that any other row is an office of the list; or send the khu vực\'s own table alone' : 'mark each of the khu vực\'s former offices "(cũ)", or write the khu vực\'s figures on its row',
        );
      }
      numberedOffice = null;
    }
    const under = numberedOffice;
    // (in a form by enforcer, "3 | Cục THADS tỉnh Gia Lai" with figures among the offices: the
    // provincial office over its enforcers, as any numbered office is — work86b 01)
    // (and "6 | Quảng Ninh" in Quảng Bình's form: that district's office, by-enforcer.ts namesDistrictLikeOtherProvince — work96b 04)
    const districtLike = layout.byEnforcer === true && anyNumber && itemNumber(sttCell) !== null && namesDistrictLikeOtherProvince(districtCell, readingYear, fileProvince);
    const numbers = numbersOffice(sttCell, districtCell, readingYear) || (layout.byEnforcer === true && anyNumber && itemNumber(sttCell) !== null && namesProvincialLine(districtCell, readingYear)) || districtLike;
    // "Tỉnh Hà Nam (cũ)" below a regional office's row: the next section, none of its parts
    const group = !districtLike && namesGroupOnly(districtCell, readingYear);
    // "Trong đó:" right under an office's row with figures: the rows below are some of its parts
    if (under !== null && under.figures && !numbers && !anyNumber && sttCell.trim() === '' && opensParts(districtCell)) {
      numberedOffice = { ...under, ofWhich: opensSomeParts(districtCell) };
      return false;
    }
    if (layout.byEnforcer && numbers) officesNumbered = true;
    // (a form by enforcer numbering no office: its office's unnumbered line heads its enforcers)
    if (layout.byEnforcer && !officesNumbered && !numbers && !group && rowLabel(districtCell) === 'office' && namesUnnumberedOffice(sttCell, districtCell, anyNumber)) {
      numberedOffice = { name: districtCell, line, figures: true, item: null };
      return false;
    }
    if (numbers || group || sttCell.trim() !== '' || rowLabel(districtCell) !== 'office') numberedOffice = numbers ? { name: districtCell, line, figures: anyNumber, item: itemNumber(sttCell) } : null;
    // (a khu vực without an STT and with figures, no numbered office above it, or its Roman row
    // read as the office over its marked parts, with figures or without: see above — never a row
    // of "1 | Văn phòng Cục" above it, round 68a, 03)
    if ((under === null || romanRead?.line === line) && !layout.byEnforcer && sttCell.trim() === '' && (anyNumber || romanRead?.line === line) && formedFromFormerOffices(districtCell, readingYear)) {
      numberedOffice = { name: districtCell, line, figures: anyNumber, unnumbered: true };
      return false;
    }
    if (under === null || numbers || group || !anyNumber || sttCell.trim() !== '' || districtCell === '' || rowLabel(districtCell) !== 'office') return false;
    // the office's name again, or its place's office under a place's heading: read as before
    // ("Quận Thủ Đức (cũ)" under "TP Thủ Đức": a former part of the place's own name, no row of it again)
    const formerPart = under.figures && hasFormerMark(districtCell) && formedFromFormerOffices(under.name, readingYear);
    if (!formerPart && (foldHeader(districtCell) === foldHeader(under.name) || namesPlaceOf(under.name, districtCell))) return false;
    // A note with figures ("Ghi chú: số việc ủy thác đi | 15", "(*) Số liệu gồm …") is nobody's row:
    // read as a row of its own, it is refused as the note it is (namesNote), not checked as one of
    // the office's enforcers (stt45: OFFICE_SUBTOTAL_MISMATCH named it an enforcer's row).
    if (namesNote(districtCell)) return false;
    // Elsewhere, a person's name under an office numbered without figures: its enforcer's row, or
    // an office? (round 31, 03; "CHV …" and an office's name are read as before: refused, an office)
    if (!layout.byEnforcer) {
      // A former district office (marked so, or in 2025 a "Chi cục …"): one of the regional office's parts as its bare name is.
      const bare = (!namesOfficeNotPerson(districtCell) || namesFormerOffice(districtCell, readingYear)) && !namesEnforcer(districtCell);
      // Its former districts under a regional office's row with figures (round 33, 02): parts,
      // checked against the row, which stands (domain/office-runs.ts Part).
      // (a province's name, "Tổng Gia Lai", is its block's subtotal: list-structure.ts)
      const place = provinceOfFileName(districtCell) === null && !/^(tong|cong)( |$)/.test(foldHeader(districtCell));
      // So under any office's row with figures that names it as an office ("Phòng Nghiệp vụ và Tổ
      // chức THADS", "Văn phòng Cục", "Chi cục THADS huyện Mỹ Lộc"), a name that says no office's (a
      // person's, "Chưa phân công"): its enforcer, as a khu vực's (work86b 01: the provincial
      // office's one enforcer added beside it, its figures twice). Not under a bare place's name
      // ("1 | Vụ Bản" over "| Ý Yên"): a list of such names may leave an office's STT out.
      // (not a figure's shape in the name cell: a row shifted left, SHIFTED_ROW)
      const person = !namesOfficeNotPerson(districtCell) && !namesEnforcer(districtCell) && !isFigureAsName(districtCell) && (namesOfficeNotPerson(under.name) || under.personsOf === true);
      // ("- Huyện Cẩm Xuyên" bulleted under a khu vực's row: a district it took over, formerPartUnbulleted)
      // (and from 2026 "| Huyện Mỹ Lộc" or "1.2 | Huyện Mỹ Lộc" under a khu vực: no district has
      // figures of its own that year, by-enforcer.ts namesDistrictAfterMerger — its part, checked)
      const takenOver = bulletedDistrictLine === line || (formedFromFormerOffices(under.name, readingYear) && namesRegionalOffice(under.name) && namesDistrictAfterMerger(districtCell, readingYear));
      if (((bare && place) || takenOver) && under.figures && (person || formedFromFormerOffices(under.name, readingYear))) {
        regionalParts = under.line;
        partAt.set(line, under.ofWhich ? 'of-which' : 'whole');
        // ("Án tín dụng" under "2 | Chi cục THADS huyện Vụ Bản": its breakdown by kind of cases, so named if refused)
        if (namesCaseKindRow(districtCell)) report.caseKindParts.push(line);
        return true;
      }
      if (regionalParts === under.line && bare) {
        if (namesCaseKindRow(districtCell)) report.caseKindParts.push(line);
        return true;
      }
      // A 2025 regional office over its former districts (round 32, 06): they are its parts, as
      // the khu vực replaced them on 1/7/2025 (DOMAIN); its figures are their sum. Named in full
      // ("Chi cục THADS huyện Chư Păh (cũ)", "TP Pleiku (cũ)") as bare (`bare`: namesFormerOffice).
      const regional = namesRegionalOffice(under.name) && (readingYear === null || readingYear >= 2025);
      if (noFigures?.line !== under.line || (regional ? !bare : namesOfficeNotPerson(districtCell) || namesEnforcer(districtCell))) return false;
      if (regional) {
        regionalParts = under.line;
        return true;
      }
      throw new ThadsError(
        'NOT_AN_OFFICE',
        `"${districtCell}" has no STT under "${under.name}" (${lineWord()} ${under.line}), an office numbered without figures: it may be one of that office's rows (an enforcer's) or an office of its own, which thads cannot tell apart, and it would be added as an office`,
        { file, line, column: layout.identity.district! + 1 },
        'if the rows are the office\'s enforcers, say so in the title ("… theo Chấp hành viên") or head the column "Đơn vị / Chấp hành viên"; if they are offices, number them',
      );
    }
    if (namesOfficeNotPerson(districtCell)) {
      throw new ThadsError(
        'NOT_AN_OFFICE',
        `"${districtCell}" has no STT under the office "${under.name}" (${lineWord()} ${under.line}) in a form by enforcer, where such rows are the office's enforcers, but it names an office: one of that office's rows or an office of its own, thads cannot tell, and it would be added as an office`,
        { file, line, column: layout.identity.district! + 1 },
        'number each office in the STT column (1, 2, 3…); a row of the office above names its enforcer',
      );
    }
    return true;
  }

  function readRow(record: string[], line: number, layout: Layout, numbers: ReadonlySet<number> | undefined, checks?: ReadonlyMap<number, boolean>): FileRow[] {
    checkOwnWorkbookRow(record, line, layout, file);
    const above = lastRowLine;
    if (record.some((c) => c.trim() !== '')) lastRowLine = line;
    const cells: PendingCell[] = [];
    let anyNumber = false;
    for (const col of layout.figures) {
      const raw = record[col.index] ?? '';
      if (looksNumeric(raw)) anyNumber = true;
      cells.push({ column: col, raw });
    }
    // "Nam Định, ngày | 05/10/2024", "Số điện thoại: | 0912345678" below the rows with figures: the
    // signature's day or phone, no figure (signature-date.ts); a row with figures below it puts it
    // back in the table, refused there.
    const signature = anyNumber && figuresAbove ? signatureCell(record, layout.figures.map((f) => f.index)) : null;
    if (signature !== null) {
      anyNumber = false;
      signatureValue ??= { line, column: layout.figures.find((f) => f.index === signature.index)!, raw: record[signature.index]!.trim(), holds: signature.holds };
    }
    // No number, but a cell a number went wrong into ("#N/A", "###", "'2100"): an office's row
    // whose figures are lost, not a title or a signature to skip. Refused at that cell.
    if (!anyNumber) {
      const failed = cells.find((c) => holdsFailedFigure(c.raw));
      if (failed) valueOf(failed.column, failed.raw, line);
    }
    const districtCol = layout.identity.district;
    let districtCell = districtCol !== undefined ? (record[districtCol] ?? '').trim() : '';
    // thads' own output by province read back: a province's row has no office and stands for it.
    if (layout.emptyIsUnknown && districtCell === '' && layout.identity.province !== undefined) districtCell = (record[layout.identity.province] ?? '').trim();
    /** the office's name as the row writes it (before a name filled down or an enforcer's office) */
    const writtenName = districtCell;
    // "#N/A", "#REF!", FALSE, 0 with figures: a formula's value where its name should be, an office
    // or a total's label lost (formula-value-name.ts), before any rule reads it as a label
    const formulaValue = anyNumber && districtCol !== undefined ? formulaValueAsName(districtCell) : null;
    if (formulaValue !== null) throw formulaValueName(formulaValue, { file, line, column: districtCol! + 1 });
    let sttCell = layout.stt !== undefined ? (record[layout.stt] ?? '') : '';
    // (an enforcer named in a column of its own: "Chấp hành viên")
    const enforcerNamed = layout.stt !== undefined && othersOf(layout).some((c) => isEnforcerHeader(headerOf(c)) && namesRow(record[c] ?? ''));
    // ("I | Văn phòng Cục | | 150" below its enforcers' rows: their subtotal, read without its number)
    if (layout.stt !== undefined && record.some((c) => c.trim() !== '')) sttCell = romanBelow.sttOf(sttCell, districtCell, anyNumber, enforcerNamed);
    if (layout.byEnforcer && layout.stt !== undefined) {
      sttCell = romanOffices.sttOf(sttCell, districtCell, anyNumber, enforcerNamed, layout.readingYear, { file, line, column: layout.stt + 1, lineWord: lineWord() }, romanRead?.line === line && romanRead.asOffice);
      // ("| - Nguyễn Văn An" under office 1: the bullet typed before the enforcer's name, read as in the STT cell)
      ({ stt: sttCell, name: districtCell } = subNumbered.sttOf(sttCell, districtCell, anyNumber, layout.readingYear));
    } else if (romanRead?.line === line && romanRead.asOffice) sttCell = '';
    else if (numbersFormerPart(sttCell, districtCell, numberedOffice, layout.readingYear) || (!formerBeforeRegional && numbersFormerPartOn(sttCell, districtCell, numberedOffice, layout.readingYear))) sttCell = '';
    // (former offices above the first khu vực: the table closes each khu vực under its parts, numbersFormerPartOn)
    if (namesRegionalOffice(districtCell)) regionalSeen = true;
    else if (anyNumber && !regionalSeen && namesFormerOffice(districtCell, layout.readingYear)) formerBeforeRegional = true;
    // An enforcer's row under its office's row, the office's name merged down (a sheet saved as
    // CSV); under the office's title without figures, only its sub-items ("1.1" under "1") or
    // rows without an STT (TT 05/2024's form 04): "2" there is an item of its own.
    const underItem = officeAboveItem === null || sttCell.trim() === '' || subItemOf(sttCell) === officeAboveItem;
    const namedElsewhere = othersOf(layout).some((c) => namesRow(record[c] ?? ''));
    const fillsDown = districtCell === '' && districtCol !== undefined && officeAbove !== null && underItem && anyNumber && namedElsewhere;
    // Right under an office's enforcers, a row naming nothing (no office, enforcer nor STT) is under
    // the same merge: the office's unlabelled subtotal line, checked against them
    // (domain/office-runs.ts) as the workbook's is, never a row without an office.
    const closesMerge = !fillsDown && enforcerAbove && !officeOwnLine && officeAbove !== null && districtCell === '' && anyNumber && !namedElsewhere && sttCell.trim() === '';
    if (fillsDown || closesMerge) districtCell = officeAbove!;
    if (record.some((c) => c.trim() !== '')) (officeAbove = null), (enforcerAbove = anyNumber && namedElsewhere && districtCell !== '');
    const enforcer = enforcerRow(districtCell, sttCell, anyNumber, line, layout);
    // Every part of a khu vực as written, marked or not ("" under "Trong đó", some parts only): only
    // parts all marked "(cũ)" say what it was formed from (merger.ts listedMergers). (A province's
    // former provinces are the province plan's: merger.ts planProvinces.)
    if (enforcer && numberedOffice!.formedFrom === undefined && formedFromFormerOffices(numberedOffice!.name, layout.readingYear)) formerNameAt.set(line, partAt.get(line) === 'of-which' || numberedOffice!.ofWhich === true ? '' : districtCell);
    if (enforcer || ownRowAt.has(line)) districtCell = numberedOffice!.name;
    // One office's own form by enforcer, its persons in the column headed "Đơn vị" (the Cục's
    // template): no office's line says whose they are, but the file does — its title, its name
    // agreeing (title-office.ts officeOfFile) — so they are that office's rows, as under "Chấp hành viên"
    // (work95a 05: refused, NOT_AN_OFFICE). Only while the file has named no office in that column:
    // an office's row among them makes it several offices', refused (ownFileOffice).
    const ownPerson = !enforcer && layout.byEnforcer === true && districtCol !== undefined && anyNumber && (sttCell.trim() === '' || itemNumber(sttCell) !== null) && (namesPersonWithPost(districtCell) || namesUnassigned(districtCell)) ? ownFileOffice(line) : null;
    if (ownPerson !== null) {
      districtCell = ownPerson;
      officeWrittenAt.set(line, 0);
    }
    // (in a form by enforcer a row taken for its office's is a person's: enforcerRow)
    if (enforcer && layout.byEnforcer) officeWrittenAt.set(line, numberedOffice!.line);
    const firstText = record.find((c) => c.trim() !== '' && !/^[\d.,\s-]+$/.test(c) && !isRomanNumber(c)) ?? '';
    // "Tổng cộng" in the STT column labels the row, whatever its office cell holds.
    const sttLabel = sttCell.trim() !== '' && !isSectionNumber(sttCell) ? rowLabel(sttCell) : 'office';
    let label = sttLabel !== 'office' ? sttLabel : districtCell !== '' ? rowLabel(districtCell) : rowLabel(firstText);
    // ("Riêng Cục" below a closing total: the Cục's level line, as "Cấp tỉnh" there)
    if (label === 'office' && ownLevelLines.has(line)) label = 'level';
    /** the text that labels a row that is no office (a total's, a title's) */
    let labelText = (sttLabel !== 'office' ? sttCell : districtCell || firstText).trim();
    if (sttLabel === 'office') label = structure.labelOf(label, labelText, sttCell, anyNumber);
    // A sheet's row of =SUM(C6:C8)… over every office row above it, with no label at all (Excel's
    // AutoSum): their total, as its formulas declare, checked as "Tổng cộng" is (sum-total-row.ts).
    const sums = sumsAt.get(line);
    sumsAt.delete(line);
    // (a section line's own sums: what it adds, should a row of sums add it in its offices' stead)
    if (sums) officeRowsRead.sumsOn(line, cells.filter((c) => c.raw.trim() !== '').map((c) => c.column.index), sums);
    // (its text, if any, only in its figure cells: a stale result's formula shown there is refused at its cell)
    const textOutsideFigures = () => record.some((c, i) => c.trim() !== '' && !looksNumeric(c) && !cells.some((p) => p.column.index === i));
    if (label === 'office' && anyNumber && sums && districtCell === '' && sttCell.trim() === '' && !textOutsideFigures()) {
      const filled = cells.filter((c) => c.raw.trim() !== '').map((c) => c.column.index);
      const below = officeRowsRead.totalOf(line, filled, sums);
      // (above the offices, under an office column: held to its word once the table is read, else refused as before)
      const above = below === null && districtCol !== undefined ? officeRowsRead.totalAbove(line, filled, sums) : null;
      if (above !== null) sumAboveRefusal = new ThadsError('MISSING_DISTRICT', 'this row has figures but no office name', { file, line, column: districtCol! + 1 }, nameInSttHint(sttCell));
      const formula = below ?? above;
      if (formula !== null) (label = 'total'), (labelText = formula);
    }
    // A note typed in the table with figures ("Ghi chú: số liệu của Chi cục Vụ Bản gồm … | 45"): never an office (namesNote).
    if (label === 'office' && anyNumber && namesNote(labelText)) label = 'other';
    // …or its heading typed in the STT column, the text beside it ("Ghi chú: | Số việc ủy thác đi | 15").
    const noteInStt = label === 'office' && anyNumber && sttNamesNote(sttCell);
    if (noteInStt) (label = 'other'), (labelText = `${sttCell.trim()} ${labelText}`.trim());
    // "Số việc" / "Tỷ lệ (%)", "Việc" / "Tiền" beside the name: one row per measure or rate
    // (measure-rows.ts). An office's rows only: a total's unit cell may be left empty ("Tổng cộng"
    // above offices whose ĐVT says "Việc").
    if (anyNumber && label === 'office') {
      const { columns, labels } = unreadOf(layout);
      assertNoMeasureLabel(labels, record, columns, headerOf, { file, line });
    }
    if (label === 'office' && anyNumber) {
      // "Mỹ Lộc" + "Cộng" under "Chấp hành viên": the office's subtotal over its enforcers'
      // rows ("Cộng Mỹ Lộc"), checked against the rows next to it as a section's, not added.
      const side = othersOf(layout).find((c) => labelsSubtotal(record[c] ?? ''));
      if (side !== undefined) {
        label = 'section';
        labelText = `${record[side]!.trim()} ${districtCell}`.trim();
      }
    }
    // "Tổng Mỹ Lộc" in Mỹ Lộc's own file without an office column: the office's subtotal (by-enforcer.ts).
    if (label === 'office' && anyNumber && districtCol === undefined && namesOwnOfficeTotal(firstText, knownOffice)) label = 'section';
    // "Tổng Mỹ Lộc", "Mỹ Lộc Total", "Mỹ Lộc - Cộng" under Mỹ Lộc's rows in the office column, or over them: its subtotal, as "Cộng Mỹ Lộc" is (by-enforcer.ts namesOfficeSubtotal, namesSubtotalOfOfficeBelow).
    if (label === 'office' && anyNumber && districtCol !== undefined && (namesOfficeSubtotal(districtCell, officesListed) || subtotalsAbove.has(line))) label = 'section';
    /** the year titles are read in ("Thành phố Huế" is a province since 2025) */
    const titleYear = layout.readingYear;
    // "Tổng Gia Lai" on a Gia Lai row, or under Gia Lai's title: the province's subtotal.
    if (sttLabel === 'office' && anyNumber && districtCell !== '') {
      const blockProvince = (layout.identity.province !== undefined ? (record[layout.identity.province] ?? '').trim() : '') || (structure.provinceTitle()?.province ?? null);
      label = labelInProvince(label, districtCell, blockProvince, titleYear, officeRowAbove);
    }
    if (!anyNumber && districtCol !== undefined && numbersOffice(sttCell, districtCell, titleYear)) noFigureOffice(cells, line, districtCell);
    if (noFigures?.line === line) {
      officeAbove = districtCell;
      officeAboveItem = itemNumber(sttCell);
    }
    const nameCell = districtCol !== undefined ? districtCell : layout.identity.province !== undefined ? (record[layout.identity.province] ?? '').trim() : firstText;
    const sectionRow = isSectionNumber(sttCell) || (districtCol !== undefined && romanPrefix(districtCell) !== null);
    // "I | Từ 01/10/2024 đến 30/6/2025", "II | Từ 01/7/2025 đến 30/9/2025": a section's line that is
    // the merger's half of its year alone (row-labels.ts mergerHalfOfSection) is that section's
    // name, read as "I | Giai đoạn từ …" is; its half is held to the report's period below.
    const halfSection = label === 'other' && sttLabel === 'office' && anyNumber && sectionRow && districtCol !== undefined ? mergerHalfOfSection(districtCell) : null;
    if (halfSection !== null) label = 'office';
    // "1 | Tỉnh Nam Định (cũ)", "Cụm thi đua số 1" with figures: a group's row, never an office (namesGroupOnly)
    // (under a Tỉnh cell naming another province, "Hòa Bình (cũ)" is its district's office: namesGroupOnly)
    const rowProvince = layout.identity.province !== undefined ? (record[layout.identity.province] ?? '').trim() || null : null;
    const groupRow = anyNumber && label === 'office' && districtCol !== undefined && namesGroupOnly(districtCell, titleYear, rowProvince);
    // Without an office column, an office's title line without figures in the enforcers' column ("I |
    // Phòng THADS khu vực 1 | |" over its persons, traps38 j-2025: refused as a title over lines thads
    // cannot tell, NOT_AN_OFFICE) names their office as its line with figures does: the file's own,
    // its persons read as its rows; another office's refused (OfficeLinesAmongEnforcers).
    if (!anyNumber && districtCol === undefined) {
      const enforcerColumns = othersOf(layout).filter((c) => isEnforcerHeader(headerOf(c)));
      if (enforcerColumns.length > 0 && officeLines.see(enforcerColumns.map((c) => ({ column: c, text: record[c] ?? '' })), { file, line, lineWord: lineWord() })) {
        report.skippedRows++;
        return [];
      }
    }
    const verdict = structure.see({
      line, label, labelText, sttLabel, sttCell, districtCell, nameCell, anyNumber, sectionRow, groupRow, titleYear,
      isHeader: () => isHeaderRow(opts.matcher, record),
      // (a province column left empty, as a national template's often is, gives no province either)
      byOfficeOnly: districtCol !== undefined && (layout.identity.province === undefined || (record[layout.identity.province] ?? '').trim() === ''),
      partOfAbove: enforcer,
      sttColumn: layout.stt ?? -1,
      nameColumn: districtCell !== '' ? districtCol! : record.indexOf(firstText),
    });
    ({ label, labelText, districtCell } = verdict);
    // In a form by enforcer a person is never an office: a row naming one (or the cases no enforcer
    // holds, "Chưa phân công") that no office's line above it (enforcerRow) or below it
    // (closePersonRun) takes for its office's is refused, never added and ranked as an office
    // (work94a 01, 02: printed as offices, theirs never, exit 0).
    if (layout.byEnforcer && label === 'office' && anyNumber && !enforcer && districtCol !== undefined && !sectionRow && !groupRow && (namesPersonWithPost(districtCell) || namesUnassigned(districtCell))) {
      throw new ThadsError(
        'NOT_AN_OFFICE',
        `"${districtCell}" names ${namesUnassigned(districtCell) ? "an office's cases no enforcer holds" : 'a person (an enforcer)'}, not an office, in a form by enforcer, and no office's line above or below it says whose it is: it would be added and ranked as an office`,
        { file, line, column: districtCol + 1 },
        'write its office\'s line above its enforcers ("1 | Chi cục THADS huyện …") or right below them ("Cộng Chi cục …"); or write the office\'s name in an office column on each row and the enforcer in a column of its own (Chấp hành viên)',
      );
    }
    // In a table by office whose offices above all say they are offices ("Chi cục THADS huyện …"), a
    // numbered row naming a person ("1 | Nguyễn Văn Xuân") is an enforcer's: the table of enforcers below the
    // offices' ("Chi tiết theo Chấp hành viên:", STT from 1 again), whose rows were added and ranked
    // as offices, exit 0 (hunt42). Bare place names above ("U Minh", then "Trần Văn Thời", a
    // district named like a person) say nothing: read as before.
    if (!layout.byEnforcer && label === 'office' && anyNumber && !enforcer && ownPerson === null && districtCol !== undefined && !sectionRow && !groupRow) {
      // (numbered as an item: a person without an STT right under an office is its enforcer, its part — by-enforcer.ts)
      // Only where its STT starts again (a second table): a district named like a person numbered on
      // after offices named in full ("1 | TP Tây Ninh", "2 | Dương Minh Châu") is a row of the list.
      const item = itemNumber(sttCell);
      const person = officesNamed.rows > 0 && officesNamed.all && item !== null && item <= officesNamed.lastItem && namesPersonWithPost(districtCell) && !namesOfficeNotPerson(districtCell);
      if (person) {
        throw new ThadsError(
          'NOT_AN_OFFICE',
          `"${districtCell}" names a person (an enforcer), not an office, below office rows that each name an office: it would be added and ranked as an office`,
          { file, line, column: districtCol + 1 },
          "if the rows below the offices are their enforcers (a second table, \"Chi tiết theo Chấp hành viên\"), delete them from the export or give them a file of their own; if they are an office's parts, write the office's name on each of them",
        );
      }
      officesNamed.rows++;
      officesNamed.lastItem = item ?? officesNamed.lastItem;
      if (!namesOfficeNotPerson(districtCell)) officesNamed.all = false;
    }
    // ("- Tiền Giang" listed in a table by province: its province cell without the bullet, as its label)
    const provinceAt = layout.identity.province;
    if (label === 'office' && districtCol === undefined && provinceAt !== undefined && startsWithBullet(record[provinceAt] ?? '')) record[provinceAt] = withoutBullet(record[provinceAt]!);
    // Its own rows below it ("1.1 | Phòng THADS khu vực 1 | Nguyễn Văn An"): the row without figures was their heading.
    if (verdict.ownHeading !== null && noFigures?.line === verdict.ownHeading) {
      report.findings.splice(report.findings.indexOf(noFigures.warning), 1);
      noFigures = null;
    }
    const parts = verdict.parts;
    const isTotal = label !== 'office';
    if (!isTotal && anyNumber && districtCol !== undefined && districtCell !== '' && officesListed.size < MAX_OFFICES_LISTED) {
      const key = officeNameKey(districtCell);
      if (key !== null) officesListed.add(key);
    }
    // A check row of logical checks (TRUE, FALSE, an empty text result) or of a failed check's
    // words ("Sai", "Lệch") has no number: judged below, never skipped as a row without figures.
    const checkRow = label === 'other' && isCheckRow(labelText);
    const passed = (c: PendingCell) => checkCellPassed(c.raw, c.column.exponent, checks?.get(c.column.index));
    const failedCheck = checkRow ? cells.find((c) => !passed(c)) : undefined;
    const logicalCheck = checkRow && cells.some((c) => checks?.has(c.column.index));
    if (!anyNumber && !logicalCheck && failedCheck === undefined) {
      const other = report.sheet === undefined ? otherDelimiterRow(record, report.delimiter, layout.figures.length) : null;
      if (other !== null) throw otherDelimiterError(file, line, record, report.delimiter, other.delimiter, other.figures);
      const headerLike = isHeaderRow(opts.matcher, record);
      // (the header again, a page's or a second table's, is no note: its cells joined would read as one)
      if (!headerLike) checkFootnote(file, record, line, layout.footnoted);
      const title = rowTitle(record, districtCol, layout.stt, layout.notes);
      if (tables.skipped(line, headerLike, parts ? 'parts' : label, labelText, title, measureTitle(record, title))) {
        justHeaderAgain = true;
        // a page's header reads the columns as the file's; another order is another table's (header-again.ts)
        const above = lastNoFigures?.line === line - 1 ? lastNoFigures : null;
        const change = headerAgainChange(opts.matcher, record, headerSearch.headerRows, above, (l) => headerSearch.rowOver(l));
        if (change !== null) throw headerChanged(file, line, lineWord(), change);
      }
      lastNoFigures = { cells: record, line };
      checkUnitLineAmongRows(file, record, line, layout, opts, report);
      report.skippedRows++;
      // A section's title without figures ("II. Các Chi cục", "Cấp huyện" with empty cells)
      // ends the section above it: a row numbered "I" above it heads nothing.
      if (label === 'section' || label === 'level' || (label === 'office' && sectionRow)) {
        return [{ kind: 'heading', row: { file, line, province: null, district: labelText, year: null, figures: {} }, ...depthOf(sttCell, districtCell) }];
      }
      return [];
    }
    if (signatureValue !== null) {
      const value = signatureValue;
      signatureValue = null;
      const what = `${value.column.measure} ${value.column.field.replace(/_/g, ' ')}`;
      const day = value.holds === 'day';
      const err = new ThadsError(
        'BAD_NUMBER',
        `${what}: the cell holds ${day ? `${value.raw} of a date line` : `the phone number ${value.raw}`}, not a figure, and rows with figures follow it (${lineWord()} ${line}): it is among the table's rows, no signature's ${day ? 'date' : 'contact line'} under the table`,
        { file, line: value.line, column: value.column.index + 1 },
        `write the row's figures (and its office's name), or move the ${day ? 'date' : 'contact line'} below the table's last row`,
      );
      // (check goes on: the row here is read for what it is)
      if (opts.onRowError) opts.onRowError(err);
      else throw err;
    }
    figuresAbove = true;
    if (label === 'total') tables.totalRow(line, labelText);
    if (label === 'other') {
      const at = sttLabel === 'other' || noteInStt ? layout.stt! : districtCell !== '' ? districtCol! : record.indexOf(firstText);
      const loc = { file, line, column: at + 1 };
      if (startsWithBullet(labelText)) {
        throw new ThadsError('NOT_AN_OFFICE', `"${labelText}" begins with a list bullet or a sub-item's number, as the lines of a breakdown do ("Trong đó:" and its items): it is part of the row above, no office, and it would be added as an office`, loc, 'it looks like a breakdown of the row above ("of which …"): delete it from the export (an office\'s name never begins with a bullet)');
      }
      // A self-check row (total less the offices, or their equality) that passed: nothing to add, nothing wrong.
      if (checkRow && failedCheck === undefined) {
        const how = logicalCheck ? ' that passed (each cell 0, TRUE or empty)' : ', all 0';
        report.findings.push(finding('warning', 'CHECK_ROW_SKIPPED', `${lineWord()} ${line} "${labelText}" is a check of the sheet's own figures${how}: not read as an office`, loc));
        report.skippedRows++;
        return [];
      }
      // A check failed in words ("Sai", "Không khớp", FALSE typed as text): said at that cell.
      if (failedCheck !== undefined && !checks?.has(failedCheck.column.index) && !looksNumeric(failedCheck.raw)) {
        const cell = { file, line, column: failedCheck.column.index + 1 };
        throw new ThadsError('NOT_AN_OFFICE', `"${labelText}" is a check of the sheet's own figures, and it failed: its cell says "${failedCheck.raw.trim()}" (a passed check is 0, TRUE, "Đúng", "OK", "Khớp" or empty), so the table's own total and its offices disagree`, cell);
      }
      const kind = notOfficeKind(labelText, noteInStt);
      if (kind !== null) throw new ThadsError('NOT_AN_OFFICE', `"${labelText}" holds ${kind}: it would be added as an office`, loc);
      throw new ThadsError('NOT_AN_OFFICE', `"${labelText}" is no office and no total of offices (a breakdown, a comparison, a statistic of the offices, a plan or a target): it would be added as an office`, loc);
    }
    // "ĐVT tiền: nghìn đồng" in an office row's notes cell: the money's unit, never ignored.
    checkUnitInNotes(file, record, line, layout, opts, report);
    // A figure under a column nobody named: the row is shifted, its figures under the wrong headers.
    const stray = strayNumber(record, layout);
    if (stray >= 0) {
      // "#REF!", "Column5" over the column: its header was lost, said at that cell (traps44 2)
      const lost = layout.lostHeaders?.get(stray);
      if (lost) {
        throw new ThadsError(
          'VALUE_WITHOUT_HEADER',
          `the header cell of column ${stray + 1} holds ${lost.holds} where its header should be, over figures ("${record[stray]!.trim()}" on ${lineWord()} ${line}): which figure the column holds cannot be told`,
          { file, line: lost.line, column: stray + 1 },
          'type the figure\'s header in that cell (a formula\'s header breaks when the cell it refers to is deleted: paste the headers as values), then save or export again',
        );
      }
      const under = layout.notes.includes(stray) ? 'is under the notes column, where no figure goes' : 'is under no column header';
      throw new ThadsError('VALUE_WITHOUT_HEADER', `the number "${record[stray]!.trim()}" in cell ${stray + 1} ${under}, so this row's figures may be under the wrong headers`, { file, line, column: stray + 1 });
    }
    // A cut-off row (its last figures missing) or a shifted one (a stray delimiter): never zeros.
    // Excel's trimmed blank notes past row 16 aside (excel-window.ts).
    // (the width as written, before Excel's trimmed cells are put back: a trimmed row is no narrower row, row-widths.ts)
    const writtenWidth = record.length;
    // (a trimmed row's last two cells may be a number its decimal comma cut in two: split-decimal.ts)
    if (excelTrimmed.pad(record, line, sheetRows.rowOf(line), layout) && report.sheet === undefined && report.delimiter === ',') {
      const split = splitDecimalFinding(record, writtenWidth, layout, { file, line });
      if (split) report.findings.push(split);
    }
    const cut = excelTrimmed.cutOff();
    if (cut !== null && 'atEnd' in cut) {
      throw new ThadsError('RAGGED_ROW', `this row has ${record.length} cells, but the header has ${layout.width}, and the file ends inside it, with no line break after it: Excel ends every row with one, the last included, so this row is cut off, not trimmed`, { file, line: cut.line, column: record.length }, 'the file looks cut off (an interrupted download or copy, an attachment cut at a size limit): export or copy it again, whole');
    }
    if (cut !== null) {
      throw new ThadsError('RAGGED_ROW', `this row has fewer cells than the header, and line ${cut.whole}, of the same block of 16 rows, keeps its blank notes cell's delimiter: Excel trims every such row of a block or none, so this row is cut off, not trimmed`, { file, line: cut.line });
    }
    const extra = record.findIndex((c, i) => i >= layout.width && c.trim() !== '');
    if (record.length < layout.width || extra >= 0) {
      const problem = record.length < layout.width ? `has ${record.length} cells, but the header has ${layout.width}` : `has a value in cell ${extra + 1}, beyond the header's ${layout.width} columns`;
      throw new ThadsError('RAGGED_ROW', `this row ${problem}`, { file, line, column: extra >= 0 ? extra + 1 : record.length + 1 });
    }
    // (a CSV's: a sheet's rows are as wide as their cells, which a format alone may widen)
    const widened = report.sheet === undefined && writtenWidth >= layout.width ? rowWidths.see(writtenWidth, layout.width, line) : null;
    if (widened !== null) throw widenedRowError(file, widened, layout.width, lineWord());
    officeWatch?.see(record);
    if (!isTotal && districtCol !== undefined && districtCell === '') {
      throw new ThadsError('MISSING_DISTRICT', 'this row has figures but no office name', { file, line, column: districtCol + 1 }, nameInSttHint(sttCell));
    }

    // "II" in the STT column, or "II." before the name, or a group's name: a section's row, unless it heads nothing.
    const numbered = !isTotal && (groupRow || isSectionNumber(sttCell) || (districtCol !== undefined && romanPrefix(districtCell) !== null));
    let year: number | null = layout.fileYear;
    const yearCol = layout.identity.year;
    const yearCell = yearCol !== undefined ? (record[yearCol] ?? '').trim() : '';
    const cellPeriod = yearCell !== '' ? (periodOfYearCell(yearCell) ?? periodOfPlaceCell(yearCell, layout, { file, line, column: yearCol! + 1 })) : null;
    assertWholeYearFits(layout, record, line);
    // "12 tháng", "Cả năm": the row's own period, of no year of its own: read as an empty cell,
    // of the year a file without a year column has (or refused as that file is)
    const yearless = cellPeriod !== null && cellPeriod.year === null;
    const dated = yearless ? '' : yearCell;
    if (yearless) {
      if ('conflict' in layout.yearlessCells) throw layout.yearlessCells.conflict;
      if (report.yearless === undefined) {
        report.yearless = { stated: layout.yearlessCells.stated, unknown: layout.yearlessCells.year === null };
        if (layout.yearlessCells.overrides) report.findings.push(layout.yearlessCells.overrides);
      }
    }
    // (rows of a year --year leaves out too: a year merged over their block is theirs)
    if (yearCol !== undefined && label === 'office' && !numbered) seeFilled(filledDown.year, dated, line, yearCol);
    if (dated !== '') {
      if (cellPeriod === null) throw new ThadsError('BAD_NUMBER', `year "${yearCell}" is not a year`, { file, line, column: yearCol! + 1 }, 'write the statistics year as four digits, e.g. 2019 (or the two years it spans, 2018-2019)');
      year = cellPeriod.year;
      if (opts.year !== undefined && year !== opts.year) {
        report.otherYearRows++;
        tables.otherYearRow();
        // An office row of another year: no figures, but where that year's block stands.
        if (label !== 'office' || numbered) return [];
        const marker = { file, line, province: null, district: '', year };
        if (pending.length === 0) return [emit('other-year', { ...marker, figures: {} }, false, false)];
        pending.push({ kind: 'other-year', line, base: marker, cells: [], named: false, ordinal: false, figures: {} });
        return [];
      }
    } else {
      if (opts.year !== undefined) year = opts.year;
      // A declared row without a year: its block's, or its label's ("Cộng năm 2018").
      if (yearCol !== undefined && (isTotal || numbered)) undatedAt.set(line, { labelYear: yearOfLabel(isTotal ? labelText : districtCell) });
    }
    // A note restating its column in some regimes only: each office row in its year's (field-notes.ts).
    if (layout.regimeNotes && !isTotal && !numbered) checkRowRegime(layout.regimeNotes, year, fittingYears, { file, line, column: (yearCol ?? 0) + 1 });

    // "Năm 2018", "Số liệu năm 2018" in a 2019 file: another year's figures, no office's
    // (SPEC §3: years are never added together). Of the file's own year it may be its total.
    const labelYear = label === 'office' && !numbered ? yearOfRowLabel(labelText) : null;
    if (labelYear !== null && labelYear !== year && yearCell !== labelText) {
      const at = districtCell !== '' ? districtCol! : record.indexOf(firstText);
      const fileYear = year === null ? 'the file\'s year is unknown' : `the file's is ${year}`;
      throw new ThadsError('NOT_AN_OFFICE', `"${labelText}" names the year ${labelYear}, and ${fileYear}: a row labelled by a year holds that year's figures (a comparison), no office's, and it would be added as an office`, { file, line, column: at + 1 });
    }
    // (after it: "2018" in a 2019 file is another year's row, which it words)
    if (!isTotal && districtCol !== undefined && isShiftedRow(districtCell, sttCell)) throw shiftedRow(districtCell, sttCell, { file, line, column: districtCol + 1 });
    // "I | Cục THADS tỉnh Ninh Bình (từ 01/10/2024 đến 30/6/2025)", "III | THADS tỉnh Ninh Bình (từ
    // 01/7/2025 đến 30/9/2025)": a section stating the merger's half of its year (period-notes.ts),
    // a subtotal checked against its items, only within the report's own period. An office's row
    // so noted holds part of the year beside whole years, which no total says: refused as before.
    const half = label === 'office' && labelYear === null && districtCol !== undefined ? (halfSection ?? mergerPartBesideName(districtCell)) : null;
    if (half !== null) {
      const own = layout.ownPeriod;
      const within = numbered && own !== undefined && half.start >= (own.start ?? `${own.year - 1}-10-01`) && half.end <= (own.end ?? `${own.year}-09-30`);
      const why = !numbered ? '' : own === undefined ? ' (its period is not known)' : ` (its period is ${periodText(periodOf({ start: own.start, end: own.end }, own.year), true)})`;
      if (!within) throw new ThadsError('NOT_AN_OFFICE', `"${districtCell}" holds ${ANOTHER_PERIOD}${why}: it would be added as an office`, { file, line, column: districtCol! + 1 });
    }
    // "Chi cục … Ia Grai (2018)", "… năm 2018": that office's figures of that year. Of the file's
    // own year, the office itself: its name without the year, as its other files write it.
    const beside = label === 'office' && !numbered && labelYear === null && districtCol !== undefined ? yearBesideName(districtCell) : null;
    // "… (12 tháng)": the report's own period only in a report of a whole year
    if (beside !== null && beside.year === null && !(layout.ownPeriod !== undefined && wholeYear(layout.ownPeriod))) {
      throw new ThadsError('NOT_AN_OFFICE', `"${districtCell}" names twelve months beside the office's name, and this report's period is not known to be a whole statistics year: the row may hold another period's figures, no office's of the report, and it would be added as an office`, { file, line, column: districtCol! + 1 });
    }
    // The rows' year unknown (SPEC §3: not the title's), a note of the year the title states is
    // the report's own all the same: taken off, the rows' year left unknown. Another is refused.
    const ownYear = year ?? report.statedYear;
    if (beside !== null && beside.year !== null && beside.year !== ownYear) {
      const fileYear = year !== null ? `the file's is ${year}` : ownYear !== null ? `the file's year is unknown (its title says ${ownYear})` : 'the file\'s year is unknown';
      throw new ThadsError('NOT_AN_OFFICE', `"${districtCell}" names the year ${beside.year} beside the office's name, and ${fileYear}: the row holds that year's figures (a comparison), no office's of the report, and it would be added as an office`, { file, line, column: districtCol! + 1 });
    }
    // (the name as written, for a row pasted twice: "Vụ Bản 2019" of 2019 writes "Vụ Bản")
    const besideWritten = beside !== null && districtCell === writtenName;
    if (beside !== null) districtCell = beside.name;

    const provinceCol = layout.identity.province;
    // Without an office column (and no label in the STT cell) the first text cell labels the row: the province cell's?
    const labelledByProvince = districtCol === undefined && sttLabel === 'office' && provinceCol !== undefined && firstText !== '' && record.indexOf(firstText) === provinceCol;
    const provinceCell = provinceCol !== undefined ? (record[provinceCol] ?? '').trim() : '';
    const province = provinceCell !== ''
      ? provinceOfLabelledRow(provinceCell, rowLabel(firstText), labelledByProvince)
      : districtCol !== undefined || provinceCol === undefined
        // (a level, "Cấp tỉnh" under "I | Nam Định", may be its Cục's own office: of that province, work79a 01)
        ? structure.provinceOf(sttCell, isTotal && label !== 'level', year ?? titleYear, line, label === 'level' || label === 'section')
        : null;
    const provinceTitle = structure.provinceTitle();
    if (provinceCol !== undefined && provinceTitle !== null && !isTotal && province !== null && !sameOrMergedInto(province, provinceTitle.province, year)) {
      throw new ThadsError('PROVINCE_TITLE_MISMATCH', `this row's province "${province}" is not "${provinceTitle.province}", which the title "${provinceTitle.name}" (${lineWord()} ${provinceTitle.line}) above it names: thads cannot tell whose office it is`, { file, line, column: provinceCol + 1 });
    }
    if (label === 'office' && !numbered) {
      const office = { key: keyString({ province, district: districtCell, year }), name: districtCell || fileDistrict };
      periods.see(record, othersOf(layout), office, year, line);
      periods.seeNotes(record, [...layout.unnamed, ...layout.notes], year, line);
      // "Vụ Bản (GĐ 1)" / "Vụ Bản (GĐ 2)": one office's year in two parts, told apart in its name
      const marked = districtCol !== undefined ? partBesideName(districtCell) : null;
      if (marked !== null) periods.seeName(districtCell, marked.mark, districtCol!, line);
      // (its marks, in its name or any column, held against its other rows', under its name without them)
      periods.seeRow(marked === null ? office : { key: keyString({ province, district: marked.name, year }), name: marked.name }, line, districtCol, year, () => layout.byEnforcer === true || enforcer || ownPerson !== null || othersOf(layout).some((c) => isEnforcerHeader(headerOf(c))));
    }
    const base = { file, line, province, district: isTotal ? labelText : districtCol !== undefined ? districtCell : fileDistrict, year };
    // "Quảng Ngãi" right below Quảng Ngãi's offices, unnumbered (numbered, it is listed as their
    // peer), after another province's rows: their subtotal if it equals them (declared-rows.ts).
    // In a file of one province (so far), such a row equal to all the others stays refused
    // (SUSPECTED_TOTAL_ROW): its Cục's own row and its total look alike there.
    const closing = !numbered && severalProvinces && sttCell.trim() === '' && blockAbove !== null && sameOrMergedInto(blockAbove, province ?? '', year) && namesOwnProvince(districtCell, province, titleYear);
    const kind: FileRow['kind'] = label === 'office' ? (numbered ? 'numbered' : closing ? 'closing' : 'data') : label;
    blockAbove = kind === 'data' ? province : null;
    officeRowAbove = kind === 'data';
    if (kind === 'data' && province !== null) {
      firstProvince ??= province;
      severalProvinces ||= !sameOrMergedInto(province, firstProvince, year);
    }
    // "1;Thành phố Pleiku;;" over ";Chi cục THADS thành phố Pleiku;…": a place's heading over its office's row, nothing left out
    if (kind === 'data' && noFigures?.line === above && sttCell.trim() === '' && namesPlaceOf(noFigures.office, districtCell)) {
      report.findings.splice(report.findings.indexOf(noFigures.warning), 1);
      noFigures = null;
    }
    if ((kind === 'data' || kind === 'numbered') && layout.byEnforcer && ownPerson === null && !enforcer) officeRowRead(line, districtCell, layout);
    if (kind === 'data' && districtCol !== undefined) {
      officeAbove = districtCell;
      if (!fillsDown) officeAboveItem = null;
      // an office whose own line stands above its enforcers: a row naming nothing below them is another's (a grand total)
      if (!fillsDown && !closesMerge) officeOwnLine = !namedElsewhere;
    }
    if (kind === 'data' && provinceCol !== undefined) seeFilled(filledDown.province, province ?? '', line, provinceCol);
    // (a level with its province written, "Nam Định | Cấp tỉnh", is its Cục's own office: the column is filled there)
    if (kind === 'level' && provinceCol !== undefined && provinceCell !== '' && province !== null) seeFilled(filledDown.province, province, line, provinceCol);
    // "II | Cục THADS tỉnh Hà Tĩnh (năm 2024)": a section stating a year titles its rows (second-table.ts)
    if (kind === 'numbered' && districtCol !== undefined && districtCell !== '') tables.section(line, { text: districtCell, column: districtCol });
    // (an office row numbered as a plain item, nothing named beside it, no enforcers' form: the STT restarting over the same offices is a second table's, second-table.ts)
    const plainItem = kind === 'data' && !layout.byEnforcer && !enforcer && ownPerson === null && !fillsDown && !closesMerge && !namedElsewhere && !othersOf(layout).some((c) => isEnforcerHeader(headerOf(c))) ? itemNumber(sttCell) : null;
    const numberedRow = plainItem !== null ? { item: plainItem, figures: layout.figures.map((f) => (record[f.index] ?? '').trim()).join('\u0000') } : null;
    if (kind === 'data') tables.office(line, keyString({ province, district: base.district, year }), base.district, ownYear, { province, year }, numberedRow);
    if (kind === 'data' && !riengLines.has(line)) listedOffice = true;
    if (kind === 'total' && listedOffice) closedByTotal = true;
    else if (kind === 'data') closedByTotal = false;
    if (kind === 'total') ownListed = false;
    // (by a name of its own, its province written: a bare one twice is one office's two rows, summed)
    else if (kind === 'data' && listedOffice && namesOwnOffice(base.district ?? '', province, year) && !namesBareOwnOffice(base.district ?? '')) ownListed = true;
    if (kind === 'data' && numbers) converted.seeDataRow(layout.figures, record, numbers, line);

    // A name in a column thads does not read (an enforcer): an office's subtotal has none (domain/office-runs.ts).
    // (without an office column, the office's name in the enforcers' column is its own line: no enforcer's)
    const persons = districtCol === undefined && kind === 'data' ? othersOf(layout).filter((c) => isEnforcerHeader(headerOf(c))) : [];
    const officeLine = persons.length > 0 && officeLines.see(persons.map((c) => ({ column: c, text: record[c] ?? '' })), { file, line, lineWord: lineWord() });
    // ("Cộng Phòng THADS khu vực 1" below its enforcers: an office of the file too, by-enforcer.ts seeSubtotal)
    if (districtCol === undefined && kind === 'section') {
      const enforcerColumns = othersOf(layout).filter((c) => isEnforcerHeader(headerOf(c)));
      officeLines.seeSubtotal(enforcerColumns.map((c) => ({ column: c, text: record[c] ?? '' })), { file, line, lineWord: lineWord(), year: layout.readingYear });
    }
    const named = enforcer || othersOf(layout).some((c) => namesRow(record[c] ?? '') && !(officeLine && persons.includes(c)));
    if (officeLine) officeLineAbove = line;
    else if (persons.some((c) => namesRow(record[c] ?? ''))) officeWrittenAt.set(line, officeLineAbove);
    const ordinal = /^\s*\d/.test(sttCell);
    const item = /^\s*(\d{1,4})\s*[.)]?\s*$/.exec(sttCell);
    if (item !== null) itemAt.set(line, Number(item[1]));
    // (a row writing its office's name, with its item number or none, for a row pasted twice: collect.ts, domain/repeated-rows.ts)
    if (kind === 'data' && districtCol !== undefined && writtenName !== '' && (districtCell === writtenName || besideWritten)) pastedItemAt.set(line, itemNumber(sttCell));

    // Rows with a cell that only the file's convention can settle wait (in order) until it is settled.
    if (convention === null || settledAhead) seeRateCells(record, line, layout);
    const figures = buildFigures(cells, line);
    if (kind === 'numbered') noteDepth(line, sttCell, districtCell);
    if (figures === 'pending' || pending.length > 0) {
      pending.push({ kind, line, base, cells, named, ordinal, figures: figures === 'pending' ? null : figures });
      if (convention !== null || (pending.length > 100_000 && decideByEvidence())) {
        const flushed = pending.map((p) => emit(p.kind, { ...p.base, figures: p.figures ?? (buildFigures(p.cells, p.line) as Partial<Record<Measure, Figures>>) }, p.named, p.ordinal));
        pending = [];
        return flushed;
      }
      if (pending.length > 100_000) throw ambiguous();
      return [];
    }
    const byProvince = layout.identity.district === undefined && layout.identity.province !== undefined && sttCell.trim() === '';
    if (structure.hold(kind, labelText, titleYear, { row: { ...base, figures }, named, ordinal }, byProvince)) {
      noteDepth(line, sttCell, districtCell); // (a group's item: its depth, should it be released as their subtotal)
      return [];
    }
    return [emit(kind, { ...base, figures }, named, ordinal)];
  }

  // Every reading is possible in both conventions: refuse rather than guess.
  function ambiguous(): ThadsError {
    const a = firstAmbiguous!;
    return new ThadsError('AMBIGUOUS_NUMBER', `"${a.raw}" could be read as Vietnamese or English, and nothing in the file settles it`, { file, line: a.line, column: a.column });
  }

  /** A heading's depth, as FileRow spreads it: none for a title numbered no way numberingDepth knows. */
  function depthOf(sttCell: string, name = ''): { depth?: number } {
    const depth = numberingDepth(sttCell, name);
    return depth === null ? {} : { depth };
  }

  /** A numbered row's depth, for emit (none: it nests in nothing, as before depths). */
  function noteDepth(line: number, sttCell: string, name: string): void {
    const depth = numberingDepth(sttCell, name);
    if (depth !== null) depthAt.set(line, depth);
  }

  function emit(kind: FileRow['kind'], row: OfficeRow, named: boolean, ordinal: boolean): FileRow {
    if (kind === 'data' || kind === 'numbered') report.dataRows++;
    else if (kind !== 'other-year') report.totalRows++;
    const undated = undatedAt.get(row.line);
    const part = partAt.get(row.line);
    // (an enforcer's row or a regional office's former part is no office a total adds)
    // ("I Cấp tỉnh", "II Cấp huyện": a section's line, which a sum row may add in its offices' stead)
    if (kind !== 'heading') officeRowsRead.see(row.line, kind === 'data' && part === undefined && !named ? 'office' : kind === 'level' || kind === 'section' ? 'section' : kind === 'numbered' && part === undefined && !named ? 'numbered' : 'other');
    partAt.delete(row.line);
    const depth = depthAt.get(row.line);
    depthAt.delete(row.line);
    const officeOn = officeWrittenAt.get(row.line);
    officeWrittenAt.delete(row.line);
    const item = itemAt.get(row.line);
    itemAt.delete(row.line);
    const pastedItem = pastedItemAt.get(row.line);
    pastedItemAt.delete(row.line);
    const formerName = formerNameAt.get(row.line);
    formerNameAt.delete(row.line);
    const numbered: Pick<FileRow, 'numbered' | 'item'> = item === undefined ? { numbered: ordinal } : { numbered: ordinal, item };
    const ownPart = ownRowAt.delete(row.line) && kind === 'data';
    const plain: FileRow = { kind, row, named, ...numbered, ...(part === undefined ? {} : { part }), ...(ownPart ? { ownPart } : {}) };
    const written: FileRow = officeOn !== undefined && kind === 'data' ? { ...plain, officeOn } : plain;
    const base: FileRow = pastedItem !== undefined && kind === 'data' ? { ...written, pastedItem } : written;
    const deep: FileRow = depth !== undefined && kind === 'numbered' ? { ...base, depth } : base;
    const out: FileRow = formerName !== undefined && kind === 'data' ? { ...deep, formerName } : deep;
    if (undated === undefined) return out;
    undatedAt.delete(row.line);
    return { ...out, undated };
  }
}
