// The fast path's scanner: runs of whole lines (bytes) → per-office sums. Each row's bytes are
// walked once: figure cells are parsed straight into whole units (hi) and units of the last
// decimal the file may have (lo: thousandths of a đồng, millionths of a nghìn đồng),
// identity cells are hashed (raw-keys.ts), other cells skipped. The give-up rules are those of
// the text scanner it replaced, so both paths still print the same bytes:
//   - a figure cell must be digits, or digits and a decimal part of 1–3 digits (money only; up
//     to 6 in nghìn or triệu đồng),
//     with groups of three: "1,234,567.5" in English, "1.234.567,5" in Vietnamese (a comma
//     only where it can be in a cell: quoted, or not the delimiter), plain: no groups;
//   - while the convention is undecided the cells are read as English; the first row with a
//     cell that needs the convention is judged with the reference's own readCell/candidates
//     and read again once it decided. A cell that could be either ("1.052", "1,234" of
//     money) with nothing in its row to settle it is left to the reference reader (it waits);
//   - an empty district, a section or level row, a bad year cell: give up; a row that breaks a
//     relation is summed and its cells kept (flaggedRows) for collect.ts to word the warning;
//   - a total row ("Tổng cộng") is kept aside with its cells' text (total-rows.ts reads them),
//     never summed; read-fast.ts gives up unless it stands before or after every data row;
//   - the lines before the layout go to the prelude (header-line.ts), and the form's column
//     numbers ("1, 2, 3…") before the first data or total row are skipped, as read-csv.ts does.
// A line with a quote is first split as csv-parse splits it (RFC 4180 cells on one line, ""
// for a quote) into a scratch line whose cells hold their values and are separated by NUL
// bytes (byte-source.ts gives up on NUL, so no value holds one); that line is scanned as any
// other, with NUL as its delimiter: `"Nam Định",1234` and `Nam Định,1234` are the same bytes.
import { hasLetter, latinLetters } from '../../domain/letters.js';
import type { Measure } from '../../domain/fields.js';
import { regimeOf, type RegimeId } from '../../domain/relations.js';
import { hasFormerMark, MERGER_YEAR, successorProvince } from '../../domain/provinces.js';
import { isBulletMark, namesNote, sttNamesNote, startsWithBullet, isCheckRow, labelInProvince, labelledByProvinceCell, namesPivotBlank, levelAfterParts, mayNameEarlierMerger, opensCasePart, namesEnforcer, namesGroupOnly, namesOwnProvince, namesWholeOfProvince, numberingDepth, headsOffices, opensParts, provinceOfGroup, provinceOfSection, provinceOfSubtotal, provinceOfWhole, isRomanNumber, isSectionNumber, provinceOfLabelledRow, romanPrefix, rowLabel, itemNumber, subItemOf, yearBesideName, yearOfRowLabel, type RowLabel } from '../row-labels.js';
import { SEPARATE_ROWS, type DeclaredKind } from '../../domain/declared-rows.js';
import { readUnitsRow } from '../units.js';
import { holdsFailedFigure, isColumnNumberRow, labelsSubtotal, looksNumeric, namesRow, type FigureColumn } from '../layout.js';
import { candidates, readCell, readPlainCell, thousandsCount, type Convention } from '../numbers.js';
import { findUnitLineOfRow, noteCellUnit } from '../units.js';
import { giveUp } from './give-up.js';
import { withoutFormulaGuard } from '../../domain/names.js';
import { CellLines } from '../cell-lines.js';
import { swallowedRowCell } from '../csv-errors.js';
import { officeOfUnit } from '../province-wholes.js';
import { opensLevelBlock } from '../province-merged-down.js';
import { regimeYear } from '../file-report.js';
import { isFigureAsName, isShiftedRow } from '../shifted-row.js';
import { formulaValueAsName } from '../formula-value-name.js';
import { GluedFootnoteWatch, type FootnoteCounts } from '../glued-footnote.js';
import { measureTitle, rowTitle, titleNamesPeriod, titlesOtherPeriod } from '../second-table.js';
import { closingRegionalOffice, namesFormerOffice, namesOfficeNotPerson, namesPersonWithPost, namesRegionalOffice, namesThuDucCity, subtotalOfficeName } from '../by-enforcer.js';
import { namesContact, opensDateLine } from '../signature-date.js';
import { footnoteLine } from '../footnotes.js';
import { splitSample } from '../sniff.js';
import { OfficeTable, type OfficeSums, type TableData } from './office-sums.js';
import { relationChecks, RowChecks } from './pairs.js';
import { FNV_PRIME, FNV_SEED, keyHash, MISSING, RawKeys } from './raw-keys.js';
import { FilledDownWatch } from '../filled-down.js';
import { yearOfLabel } from '../stated-years.js';
import type { Undated } from '../../domain/year-declared-rows.js';
import { mayTellRowsApart, noteMayMarkRow, partBesideName } from '../period-column.js';
import { labelsMeasure, MeasureLabels } from '../measure-rows.js';
import { holdsLegacyLetter } from '../legacy-font.js';
import { holdsDoubledUtf8 } from '../doubled-utf8.js';
import { TELLING_CASES, TELLING_FIGURES } from '../../domain/repeated-rows.js';
import { RuleMemo } from './rule-memo.js';

const MAX_INT_DIGITS = 15;
/** figure columns a file may have on the fast path */
export const MAX_SLOTS = 64;
const CACHE_MAX = 1 << 16;
const POW10 = [1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1e8];
/**
 * Decimals a cell may have on the fast path: 3 in đồng (whole thousandths of a đồng), 3 more in
 * nghìn đồng ("16.201.577,4875" is 16,201,577,487.5 đồng); lo holds them as whole units of the
 * last one. Beyond 6, sums of lo over 10^7 rows could leave 2^53: the reference reads those.
 */
export const MAX_FRACTION = 6;

// Roles of columns: a figure column holds its slot (≥ 0).
const IGNORED = -1;
const DISTRICT = -2;
const PROVINCE = -3;
const YEAR = -4;
const STT = -5;
/** a column with no header: a number there is the reference reader's error (layout.ts strayNumber) */
const UNNAMED = -6;
/** a notes column ("Ghi chú") */
const NOTE = -7;
// What a figure cell held.
const EMPTY = 0;
const WHOLE = 1;
const DECIMAL = 2;
/** whole, in English groups: "1,234" */
const GROUPED = 3;
/** anything else: blank or not, the reference reader decides */
const ODD = 4;
/** a raw key whose rows are of a year --year leaves out */
const OTHER_YEAR = -2;
/** raw keys whose rows are declared ("Tổng cộng", "Các Chi cục", "Cấp tỉnh", "II. …"): each row kept on its own */
const TOTAL = -3;
const SECTION = -4;
const LEVEL = -5;
const NUMBERED = -6;
const DECLARED: Record<number, DeclaredKind> = { [TOTAL]: 'total', [SECTION]: 'section', [LEVEL]: 'level', [NUMBERED]: 'numbered' };
/** declared rows a file may have on the fast path (each is kept as text until the end) */
const MAX_DECLARED = 1000;
/** nameTraits: the name is the reference reader's to judge (a group's, a contact's, a person's) */
const NAME_FOR_REFERENCE = 1;
/** nameTraits: a khu vực's or Thủ Đức city's office (namesRegionalOffice, namesThuDucCity) */
const NAME_REGIONAL = 2;
/** nameTraits: marked as former ("… (cũ)", hasFormerMark) */
const NAME_FORMER = 4;
/** nameTraits: a province's row (provinceOfGroup, before or after the merger) */
const NAME_PROVINCE = 8;
/**
 * Data rows logged one by one, as DeclaredRows keeps them (its SEPARATE_ROWS): a subtotal is
 * matched with any run of rows next to it. A row declared below this many data rows is resolved
 * on the fast path; one further down (but a total below every row) is the reference reader's.
 */
export const LOGGED_ROWS = SEPARATE_ROWS;
/** rows that may wait for the file's convention (read-csv.ts waits for up to 100,000) */
const MAX_WAITING_ROWS = 100_000;
const MAX_WAITING_BYTES = 16 << 20;
/** rows breaking a relation a file may have on the fast path (each is kept as text until the end) */
export const MAX_FLAGGED = 10_000;

function nfc(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFC') : text;
}

/** A cell beside the office that may label its row's period (row-labels.ts): the reference reads it (period-column.ts). */
function statesPeriod(cell: string): boolean {
  return mayTellRowsApart(cell);
}

/**
 * Whether a cell not starting with a letter may state a period at all: only with a letter in
 * it ("6T", "(N-1)") or four digits in a row (a year): figures ("1.234", "81,04") are let be
 * without reading them as text.
 */
function mayStatePeriod(buf: Buffer, from: number, to: number): boolean {
  let digits = 0;
  for (let i = from; i < to; i++) {
    const b = buf[i]!;
    if (b >= 0x41) return true;
    digits = b >= 0x30 && b <= 0x39 ? digits + 1 : 0;
    if (digits === 4) return true;
  }
  return false;
}

/** What the header line decided, as plain data (a worker thread receives it). */
export interface ScanLayout {
  readonly figures: FigureColumn[];
  readonly measures: Measure[];
  /** header cells */
  readonly columns: number;
  /** -1: none; the file is then one office, `fileOffice`, and every other column is known */
  readonly district: number;
  /** the office a file without a district column is (officeOfFile: its name's, else its title's) */
  readonly fileOffice: string;
  /** the year of rows without a year column (layout.ts: the file name's) */
  readonly fileYear: number | null;
  /** the report's year for the rules of reading (layout.ts Layout.readingYear) */
  readonly readingYear: number | null;
  /** the year the title, else the name, states (FileReport.statedYear): a row's regime's without a year of its own */
  readonly statedYear: number | null;
  /** -1: none */
  readonly province: number;
  readonly year: number;
  /** the STT column, -1: none (a Roman number there marks a section row: the reference decides) */
  readonly stt: number;
  /** columns with no header (Layout.unnamed) */
  readonly unnamed: readonly number[];
  /** notes columns (Layout.notes) */
  readonly notes: readonly number[];
}

export interface ScanSettings {
  /** the delimiter's byte (one ASCII byte) */
  readonly delimiter: number;
  /** --number-format, or null (auto): the first decimal cell decides */
  readonly convention: Convention | 'plain' | null;
  /** --year */
  readonly year: number | undefined;
  /**
   * For the second part of a split file: the first decimal cell is noted, not judged ("1.052"
   * is fine if the first part decided the convention already); the caller judges it.
   */
  readonly deferConvention: boolean;
  /** offices its tables make room for at once (office-sums.ts OfficeTable) */
  readonly reserveOffices: number;
  /**
   * Data rows logged one by one (the log): LOGGED_ROWS where the file's first rows are read, 0 for
   * a second part, whose rows declared-feed.ts never reads one by one.
   */
  readonly logRows: number;
}

/**
 * A row the file declares as a sum, as the scanner found it: labelled as a total ("Tổng cộng"),
 * a section ("Các Chi cục") or a level ("Cấp tỉnh"), or numbered as a section (STT "II").
 */
export interface DeclaredLine {
  readonly kind: DeclaredKind;
  readonly line: number;
  readonly district: string;
  readonly province: string | null;
  readonly year: number | null;
  /** its year cell is empty (in a year column): its block's year is its own, or its label's */
  readonly undated?: Undated;
  /** the text of its figure cells, in the order of layout.figures */
  readonly cells: string[];
  /** data rows scanned before it */
  readonly dataRowsBefore: number;
  /** rows of years --year leaves out scanned before it */
  readonly otherYearRowsBefore: number;
  /** a numbered row's numberingDepth (row-labels.ts): rows of several depths nest, which the reference reads (read-fast.ts) */
  readonly depth?: number | null;
}

/** A data row that breaks a relation: summed as any row, and checked again by the domain for its message. */
export interface FlaggedRow {
  readonly line: number;
  readonly year: number | null;
  /** the text of its figure cells, in the order of layout.figures */
  readonly cells: string[];
}

/** The first decimal cell while the convention was undecided. */
export interface Decision {
  readonly line: number;
  readonly column: number;
  readonly text: string;
  /** "1.052": could be Vietnamese too */
  readonly ambiguous: boolean;
  /** "1,234" cases: English because 1.234 cases is no whole number */
  readonly byCount: boolean;
  /** what it decided (an ambiguous cell, deferred: read as English) */
  readonly convention: Convention;
}

/** A record spanning lines (a wrapped header or name) is a few hundred bytes; beyond this the reference reads it. */
const MAX_SPANNING_BYTES = 1 << 16;
/** pieces: lines and the breaks between them */
const MAX_SPANNING_LINES = 200;

/** What a row of this identity declares (TOTAL, SECTION, LEVEL, NUMBERED: "II. Các Chi cục"), or MISSING for an office. */
function declaredMarker(who: { readonly label: RowLabel; readonly numbered: boolean }): number {
  if (who.label !== 'office') return who.label === 'total' ? TOTAL : who.label === 'section' ? SECTION : LEVEL;
  return who.numbered ? NUMBERED : MISSING;
}

/** Who a data row is about, as its identity cells say (RowScanner.identity). */
type Identity = { readonly district: string; readonly province: string | null; readonly year: number | null; readonly yearCell: string; readonly otherYear: boolean; readonly label: RowLabel; readonly numbered: boolean };

/** An odd number of quotes in [from, to): a quoted cell opened on this line is still open. */
function oddQuotes(buf: Buffer, from: number, to: number): boolean {
  let odd = false;
  for (let i = buf.indexOf(0x22, from); i >= 0 && i < to; i = buf.indexOf(0x22, i + 1)) odd = !odd;
  return odd;
}

export class RowScanner {
  /** physical line of the last line scanned (from the start of the scanned range) */
  line = 0;
  dataRows = 0;
  /** the office of the last data row (-1: none); a split file's second part starting with it may continue its run */
  lastDataOffice = -1;
  /** a row named in a column thads does not read (an enforcer) was seen: subtotals are told by the names rows lack */
  sawNames = false;
  skippedRows = 0;
  otherYearRows = 0;
  /** the years of the rows --year leaves out */
  readonly otherYears = new Set<number>();
  /** rows skipped as the form's column numbers ("1, 2, 3…" right below the header) */
  columnNumberRows = 0;
  /** a row labelled as the file's total was read (skip), and how many offices came before it */
  private sawTotal = false;
  /** the last row without figures that had words names no group of offices (an office's title?) */
  titleAbove = false;
  /** the first row with words or figures is a numbered data row: a split file's second part may begin under such a title */
  firstOrdinal = false;
  private sawWords = false;
  private officesBeforeTotal = 0;
  /** offices known at the last row without figures with words, until an office row below it; -1: none */
  headingOffices = -1;
  /** part-local offices that were the first office below such a row, new to the part: a split file's first part may have given them (read-fast.ts) */
  readonly newBelowHeading: number[] = [];
  /** office rows with a province (year) cell filled, and left empty (office) */
  private readonly filledDown = { province: new FilledDownWatch('province'), year: new FilledDownWatch('year') };
  /** rows the file declares as sums ("Tổng cộng", "Các Chi cục", STT "II"), in order */
  readonly declaredRows: DeclaredLine[] = [];
  /** data rows that break a relation, in file order */
  readonly flaggedRows: FlaggedRow[] = [];
  /** records whose quoted cells span lines: each cell's own line, for findings (cell-lines.ts) */
  readonly cellLines = new CellLines();
  /** the first LOGGED_ROWS data rows, one entry each (for declared rows between them) */
  log: OfficeTable = new OfficeTable(0, 3);
  /** the cell that made the convention English, or (deferred) the first decimal cell */
  decision: Decision | null = null;
  layout: ScanLayout | null = null;
  /** the labels of the columns thads does not read, from the first row with figures (measure-rows.ts) */
  measureLabels = new MeasureLabels();
  /** the row's cells thads does not read that are a measure's or a rate's label: [column, label] (one array for every row) */
  private readonly rowLabels: [number, string][] = [];
  /** rows read before the convention is known whose cells both conventions read differently (and every row after them) */
  private waiting: { readonly rows: { readonly bytes: Buffer; readonly line: number; readonly delimiter: number }[]; bytes: number } | null = null;
  /** a record whose quoted cell spans lines, while it is being joined */
  private spanning: { pieces: Buffer[]; readonly line: number; bytes: number; odd: boolean } | null = null;
  private readonly delimiter: number;
  private convention: Convention | 'plain' | null;
  /** auto mode: the convention decided by a glued footnote? (glued-footnote.ts) */
  private readonly glued: GluedFootnoteWatch | null;

  // The layout in the scanner's terms.
  private slots = 0;
  private roles = new Int32Array(0);
  private lastColumn = -1;
  private readonly slotIsCount = new Uint8Array(MAX_SLOTS);
  private readonly slotIsCases = new Uint8Array(MAX_SLOTS);
  private readonly slotColumn = new Int32Array(MAX_SLOTS);
  /** the compiled checks of each office (by table id): those of its year's regime */
  private officeChecks: RowChecks[] = [];
  /** per office (table id): whether its name says no office's (a person's, maybe an enforcer): judged once, not per row */
  private looseName: boolean[] = [];
  private readonly regimeChecks = new Map<RegimeId, RowChecks>();
  private table: OfficeTable = new OfficeTable(0, 3);
  /** decimals a figure cell may have (MAX_FRACTION); lo counts units of the last */
  private fraction = 3;

  // The current row: figure slots, and the identity cells' ranges (district, province, year).
  private readonly status = new Uint8Array(MAX_SLOTS);
  private rowHi = new Float64Array(MAX_SLOTS);
  private rowLo = new Float64Array(MAX_SLOTS);
  /** the previous data row's cells (swapped with rowHi/rowLo, never copied) */
  private prevHi = new Float64Array(MAX_SLOTS);
  private prevLo = new Float64Array(MAX_SLOTS);
  /** the second hash figuresHash mixed of the current row's figures (for telling rows: telling-rows.ts) */
  private secondHash = 0;
  /** whether the current row's figures may be telling (figuresHash) */
  private rowTelling = false;
  private readonly rowScale = new Uint8Array(MAX_SLOTS);
  /** rows of one office one below the other, summed (an unlabelled subtotal may close them) */
  private runId = -1;
  /** the office of the last data row since the last province's whole ("Toàn tỉnh"): the block such a whole closes (province-wholes.ts) */
  private blockOffice = -1;
  /** a declared row (a total's) with a Tỉnh cell was seen: its province merged down from it may follow (province-merged-down.ts) */
  private provinceTotalAbove = false;
  /** offices named "Phòng THADS khu vực N", and whether the row above was one's, numbered */
  private readonly regionalIds = new Set<number>();
  /** the same, first seen without an STT; and whether the row above was one */
  private readonly bareRegionalIds = new Set<number>();
  private bareRegionalAbove = false;
  /** offices marked "(cũ)", and whether the row with figures above was one's: a Phòng's row below may close them */
  private readonly formerIds = new Set<number>();
  private formerAbove = false;
  /** rows naming a province, without a province column, and whether an office row came after one: the reference's blocks (province-rows.ts) */
  private provinceIds: Set<number> | null = null;
  private officeAfterProvince = false;
  /** a row naming a province was seen (a split file's parts cannot tell each other their blocks) */
  get sawProvinceRow(): boolean {
    return this.provinceIds !== null;
  }
  private regionalAbove = false;
  /** the row above was an office's, numbered */
  private numberedAbove = false;
  /** the row above was without STT, its name no office's */
  private looseAbove = false;
  private runRows = 0;
  private readonly runHi = new Float64Array(MAX_SLOTS);
  private readonly runLo = new Float64Array(MAX_SLOTS);
  /** every row of the run is named; its first row is; every row after the first is */
  private runNamed = false;
  private firstNamed = false;
  private restNamed = true;
  private readonly cellStart = new Int32Array(MAX_SLOTS);
  private readonly cellEnd = new Int32Array(MAX_SLOTS);
  private readonly idRange = new Int32Array(6);
  /** the current run, for reading four bytes at once */
  private view: DataView = new DataView(new ArrayBuffer(0));
  /** a line with quotes, split: its cells' values separated by NUL bytes */
  private scratch = Buffer.alloc(256);
  private scratchView = new DataView(this.scratch.buffer, this.scratch.byteOffset, this.scratch.length);

  private readonly keys = new RawKeys();
  private readonly names = new Map<string, string>();
  /** Rules on an office's cells, asked once per spelling (a 1M-row file names 4,200 offices). */
  private readonly memos = new RuleMemo();
  /** rows begun so far: the one identity() read is the row's whose number identityRow holds */
  private rowSerial = 0;
  private identityRow = -1;
  private identityOfRow: Identity | null = null;
  private memo<T>(rule: string, key: string, judge: () => T): T {
    return this.memos.ask(rule, key, judge);
  }

  /**
   * `prelude` sees each line before the layout is known (title, unit and header lines; null)
   * until one decides the layout — that line is then scanned as data — unless `useLayout` gave it.
   */
  constructor(
    readonly settings: ScanSettings,
    private readonly prelude: (cells: string[], line: number) => ScanLayout | null = giveUp,
  ) {
    this.delimiter = settings.delimiter;
    this.convention = settings.convention;
    this.glued = settings.convention === null ? new GluedFootnoteWatch() : null;
  }

  /** Lines of `run`: "\n" and "\r\n" end them, the last one may lack its end when `final`; a "\r" anywhere else is left to the reference. */
  scan(run: Buffer, final: boolean): void {
    // a cell typed in an old font (.VnTime, VNI-Times) may be read as TCVN3 or VNI: the reference reader judges each cell (legacy-font.ts)
    if (holdsLegacyLetter(run)) giveUp();
    // so may Vietnamese in UTF-8 twice ("CÃ´ TÃ´"), which the reference refuses (doubled-utf8.ts)
    if (holdsDoubledUtf8(run)) giveUp();
    const limit = run.length;
    this.view = new DataView(run.buffer, run.byteOffset, run.length);
    let nextCR = run.indexOf(13);
    if (nextCR < 0) nextCR = limit;
    let nextQuote = run.indexOf(0x22);
    if (nextQuote < 0) nextQuote = limit;
    let start = 0;
    while (start < limit) {
      let end = run.indexOf(10, start);
      if (end < 0) {
        if (!final) return;
        end = limit;
      }
      let to = end;
      if (nextCR < end) {
        if (nextCR !== end - 1) giveUp();
        to = end - 1;
        nextCR = run.indexOf(13, end);
        if (nextCR < 0) nextCR = limit;
      }
      this.line++;
      if (this.spanning !== null || (nextQuote < end && oddQuotes(run, start, to))) {
        // A cell with a line break in it ("Việc có điều kiện⏎thi hành", "Chi cục THADS⏎huyện Mỹ
        // Lộc", as Excel writes a wrapped cell): the lines are joined until the quotes close,
        // then read as one record.
        this.spanLine(run, start, to, end, final);
        nextQuote = run.indexOf(0x22, end);
        if (nextQuote < 0) nextQuote = limit;
        start = end + 1;
        continue;
      }
      if (nextQuote < end) {
        const length = this.split(run, start, to);
        nextQuote = run.indexOf(0x22, end);
        if (nextQuote < 0) nextQuote = limit;
        if (this.layout || this.decideLayout(this.scratch.toString('utf8', 0, length).split('\0'))) this.row(this.scratch, 0, length, 0, this.scratchView);
      } else if (this.layout || this.decideLayout(run.toString('utf8', start, to).split(String.fromCharCode(this.delimiter)))) this.row(run, start, to, this.delimiter, this.view);
      start = end + 1;
    }
  }

  /**
   * The range is read: rows still waiting for the convention ("1.052" …) and a quoted cell that
   * never closed are the reference reader's to word.
   */
  finish(): void {
    if (this.waiting !== null || this.spanning !== null) giveUp();
    this.endRun();
  }

  /**
   * The convention decided by auto mode: the cells the rule on a glued footnote weighs
   * (glued-footnote.ts; read-fast.ts adds a split file's parts and hands a refusal to the reference).
   */
  gluedFootnote(): FootnoteCounts | null {
    return this.glued && (this.convention === 'en' || this.convention === 'vi') ? this.glued.counts() : null;
  }

  /** Whether an office is on exactly two office rows with the same figures, or under two names (`province`: the title's; office-sums.ts pastedTwice): the reference judges. */
  pastedTwice(province: string | null = null): boolean {
    return this.table.pastedTwice(province);
  }

  /** A spill file opened for a worker's part: this scanner's to close (release), whether or not the part is added (-1: none). */
  hold(fd: number): void {
    if (fd >= 0) this.table.telling.hold(fd);
  }

  /** Closes what the sums hold open (the telling rows' spill files, a worker's part's held): the read is over. */
  release(): void {
    this.table.release();
  }

  /** The offices in order of first appearance, lines counted from the start of the range. */
  offices(): OfficeSums[] {
    return this.layout ? this.table.result(this.layout.figures, this.layout.measures) : [];
  }

  /** The sums so far, as data (a worker's part). */
  sums(): TableData {
    return this.table.data();
  }

  /**
   * Adds a later part's sums and total rows (scanned with this scanner's layout) after this
   * scanner's own lines and data rows.
   */
  /** Whether a split file's second part's office `w` was given in this (first) part already. */
  gave(part: TableData, w: number): boolean {
    return this.table.has(part.offices[w]!);
  }

  addPart(part: TableData, totals: readonly DeclaredLine[], flagged: readonly FlaggedRow[]): void {
    // (an office's row numbered again in the second part: the reference judges it, domain/repeated-rows.ts)
    if (this.table.merge(part, this.line)) giveUp();
    for (const t of totals) this.declaredRows.push({ ...t, line: t.line + this.line, dataRowsBefore: t.dataRowsBefore + this.dataRows, otherYearRowsBefore: t.otherYearRowsBefore + this.otherYearRows });
    if (this.flaggedRows.length + flagged.length > MAX_FLAGGED) giveUp();
    for (const f of flagged) this.flaggedRows.push({ ...f, line: f.line + this.line });
  }

  /**
   * One physical line [from, to) (its end at `end`) of a record whose quoted cell spans lines.
   * The record keeps the line breaks inside its cells, as csv-parse does, and is numbered by its
   * first line. Once complete it goes to the prelude, or is read as a row. A record that never
   * closes or grows past a few lines' size is the reference's; so is one in the second part of a
   * split file, which may begin inside a record (its quotes then pair wrongly).
   */
  private spanLine(run: Buffer, from: number, to: number, end: number, final: boolean): void {
    if (this.layout && this.settings.deferConvention) giveUp();
    const span = (this.spanning ??= { pieces: [], line: this.line, bytes: 0, odd: false });
    span.pieces.push(Buffer.from(run.subarray(from, to)));
    span.bytes += end + 1 - from;
    span.odd = span.odd !== oddQuotes(run, from, to);
    if (span.odd) {
      // The record goes on: its line break ("\n" or "\r\n") is part of the cell.
      if (end >= run.length || final || span.bytes > MAX_SPANNING_BYTES || span.pieces.length > MAX_SPANNING_LINES) giveUp();
      span.pieces.push(Buffer.from(run.subarray(to, end + 1)));
      return;
    }
    this.spanning = null;
    const record = Buffer.concat(span.pieces);
    const length = this.split(record, 0, record.length);
    this.cellLines.see(span.line, this.scratch.toString('utf8', 0, length).split('\0'));
    if (!this.layout) {
      // The first data row spanning lines: the layout is decided, and the row read below.
      if (!this.decideLayout(this.scratch.toString('utf8', 0, length).split('\0'), span.line)) return;
    }
    // a body cell that swallowed a row (a stray quote, the ditto mark): the reference refuses it (csv-errors.ts)
    if (swallowedRowCell(this.scratch.toString('utf8', 0, length).split('\0'), String.fromCharCode(this.delimiter)) >= 0) giveUp();
    const line = this.line;
    this.line = span.line;
    this.row(this.scratch, 0, length, 0, this.scratchView);
    this.line = line;
  }

  /** A line before the layout: the prelude's; true when it decided the layout (the line is data). */
  private decideLayout(cells: string[], line = this.line): boolean {
    const layout = this.prelude(cells, line);
    if (!layout) return false;
    this.useLayout(layout);
    return true;
  }

  useLayout(layout: ScanLayout): void {
    if (layout.figures.length > MAX_SLOTS) giveUp();
    this.layout = layout;
    this.slots = layout.figures.length;
    const money = layout.figures.find((f) => f.measure === 'money');
    this.fraction = Math.min(3 + Math.max(0, money?.exponent ?? 0), MAX_FRACTION);
    this.table = new OfficeTable(this.slots, this.fraction, this.settings.reserveOffices);
    // (the first LOGGED_ROWS rows, one entry each)
    this.log = new OfficeTable(this.slots, this.fraction, this.settings.logRows === 0 ? 64 : Math.min(this.settings.reserveOffices, 1 << Math.ceil(Math.log2(this.settings.logRows))));
    this.roles = new Int32Array(layout.columns).fill(IGNORED);
    layout.figures.forEach((f, j) => {
      this.roles[f.index] = j;
      this.slotIsCount[j] = f.isCount ? 1 : 0;
      this.slotIsCases[j] = f.measure === 'cases' ? 1 : 0;
      this.slotColumn[j] = f.index;
    });
    if (layout.district >= 0) this.roles[layout.district] = DISTRICT;
    if (layout.province >= 0) this.roles[layout.province] = PROVINCE;
    if (layout.year >= 0) this.roles[layout.year] = YEAR;
    if (layout.stt >= 0) this.roles[layout.stt] = STT;
    for (const c of layout.unnamed) if (c < layout.columns) this.roles[c] = UNNAMED;
    for (const c of layout.notes) if (c < layout.columns) this.roles[c] = NOTE;
    // Every cell is walked, those thads does not read too: one may label the row (labelsSubtotal).
    this.lastColumn = layout.columns - 1;
    this.officeChecks = [];
    this.looseName = [];
    this.regimeChecks.clear();
    this.measureLabels = new MeasureLabels();
  }

  /** The checks of a row of statistics year `year`, compiled once per regime. */
  private checksOf(year: number | null): RowChecks {
    const regime = regimeOf(year);
    let checks = this.regimeChecks.get(regime.id);
    if (!checks) {
      const layout = this.layout!;
      checks = new RowChecks(
        layout.measures.flatMap((m) => {
          const slotOf = new Map(layout.figures.flatMap((f, j) => (f.measure === m ? [[f.fieldIndex, j] as const] : [])));
          return relationChecks(m, [...slotOf.keys()], regime).map((check) => ({ check, slots: check.fields.map((field) => slotOf.get(field)!), whole: m === 'cases' }));
        }),
        POW10[this.fraction]!,
      );
      this.regimeChecks.set(regime.id, checks);
    }
    return checks;
  }

  /**
   * The line buf[from, to) split as csv-parse splits it, into the scratch line (values, NUL
   * between cells); returns its length. Gives up wherever csv-parse would do otherwise or fail:
   * a quote inside an unquoted cell, text after a closing quote, a quoted cell not closed in
   * the record (scan joins the lines of a record whose quotes are open first).
   *   `"Hà Nam","say ""hi""",7` → `Hà Nam` NUL `say "hi"` NUL `7`;  `a"b,1` → give up
   */
  private split(buf: Buffer, from: number, to: number): number {
    const n = to - from;
    if (this.scratch.length < n) {
      this.scratch = Buffer.alloc(2 * n);
      this.scratchView = new DataView(this.scratch.buffer, this.scratch.byteOffset, this.scratch.length);
    }
    // One copy, then compacted in place (o ≤ i): a native copy per cell costs more than the walk.
    const out = this.scratch;
    buf.copy(out, 0, from, to);
    const delimiter = this.delimiter;
    let o = 0;
    let i = 0;
    for (;;) {
      if (i < n && out[i] === 0x22) {
        for (i++; ; ) {
          if (i >= n) giveUp();
          const b = out[i]!;
          if (b === 0x22) {
            if (i + 1 < n && out[i + 1] === 0x22) {
              out[o++] = 0x22;
              i += 2;
              continue;
            }
            i++;
            break;
          }
          out[o++] = b;
          i++;
        }
        if (i < n && out[i] !== delimiter) giveUp();
      } else {
        for (let b; i < n && (b = out[i]!) !== delimiter; i++) {
          if (b === 0x22) giveUp();
          out[o++] = b;
        }
      }
      if (i >= n) return o;
      out[o++] = 0;
      i++; // the delimiter
    }
  }

  /** One data line, buf[from, to) without its line end, its cells separated by `delimiter`. */
  private row(buf: Buffer, from: number, to: number, delimiter: number, view: DataView): void {
    this.rowSerial++;
    // Excel forms number their columns right below the header ("1, 2, 3…"): not an office (read-csv.ts's rule).
    if (this.dataRows === 0 && this.declaredRows.length === 0 && this.waiting === null && this.layout!.figures.length >= 2) {
      const cells = buf.toString('utf8', from, to).split(String.fromCharCode(delimiter));
      if (isColumnNumberRow(cells, this.layout!)) {
        this.skippedRows++;
        this.columnNumberRows++;
        return;
      }
      // A units row under the column numbers makes the header's layout anew: the reference's (header-search.ts).
      if (this.columnNumberRows > 0 && readUnitsRow(cells.map((c) => c.normalize('NFC'))) !== null) giveUp();
    }
    const { roles, status, rowHi, rowLo, rowScale, cellStart, cellEnd, idRange, slotIsCount, fraction } = this;
    const viewEnd = view.byteLength;
    const delimiters = Math.imul(delimiter, 0x01010101);
    const lastColumn = this.lastColumn;
    // English (and undecided): "1,234.5"; Vietnamese: "1.234,5"; plain: "1234.5"
    const vi = this.convention === 'vi';
    const groupMark = vi ? 46 : 44;
    const decimalMark = vi ? 44 : 46;
    const groupsOk = groupMark !== delimiter && this.convention !== 'plain';
    let numberedStt = false;
    /** a column thads does not read names the row (an enforcer): an office's subtotal has none */
    let named = false;
    /** the STT cell numbers the row (an item of the list: no subtotal below others) */
    let ordinal = false;
    /** the STT cell's item number ("3", "3."), -1: none (row-labels.ts itemNumber) */
    let item = -1;
    /** where the STT cell holds more than digits: it may be a name slid into it (shifted-row.ts) */
    let sttFrom = 0;
    let sttTo = 0;
    /** a cell under no header or under the notes column that the reference reader must judge */
    let referenceJudges = false;
    let hashDistrict = FNV_SEED;
    let hashProvince = FNV_SEED;
    let hashYear = FNV_SEED;
    let numbers = 0;
    let odd = 0;
    const rowLabels = this.rowLabels;
    if (rowLabels.length !== 0) rowLabels.length = 0;
    /** cells that need the convention: decimals, groups */
    let decimals = 0;

    let i = from;
    let c = 0;
    for (; c <= lastColumn; c++) {
      const role = roles[c]!;
      const start = i;
      if (role >= 0) {
        // Whole units: four bytes at a time, the cell's digits among them taken at once (the
        // bytes after the line's end, read while the buffer has them, are not the cell's); digit
        // by digit only at the buffer's end. Up to 8 digits gather in an int (a) before they
        // join the double (hi).
        let hi = 0;
        let a = 0;
        let n = 0;
        let b = 0;
        while (i + 4 <= viewEnd) {
          const v = view.getInt32(i, true);
          // bytes d0 d1 d2 d3 (d0 lowest) as 0–9 where they are digits; a byte's top bit set where it is not
          const x0 = v ^ 0x30303030;
          const notDigit = (((x0 & 0x7f7f7f7f) + 0x76767676) | x0) & 0x80808080;
          // the digits before the first byte that is not one, within the line
          let k = notDigit === 0 ? 4 : (31 - Math.clz32(notDigit & -notDigit)) >> 3;
          if (k > to - i) k = to - i;
          if (k <= 0) break;
          // "1234" → 1234: d0d1, d2d3 → d0d1d2d3; fewer digits move up, zeros before them ("123" → 0123)
          let x = (x0 & 0x0f0f0f0f) << (32 - 8 * k);
          x = (x * 10 + (x >>> 8)) & 0x00ff00ff;
          x = (x * 100 + (x >>> 16)) & 0xffff;
          a = a * POW10[k]! + x;
          i += k;
          if (k < 4) {
            n += k;
            break;
          }
          if ((n += 4) === 8) {
            hi = hi * 1e8 + a;
            a = 0;
            n = 0;
          }
        }
        while (i < to) {
          b = buf[i]!;
          const d = b - 48;
          if (d < 0 || d > 9) break;
          a = a * 10 + d;
          i++;
          if (++n === 8) {
            hi = hi * 1e8 + a;
            a = 0;
            n = 0;
          }
        }
        hi = hi * POW10[n]! + a;
        let intDigits = i - start;
        let kind = intDigits === 0 ? EMPTY : WHOLE;
        if (b === groupMark && i < to && groupsOk && intDigits <= 3 && buf[start] !== 48 && intDigits > 0) {
          // "1,234,567.5": groups of three digits after a comma (a dot in Vietnamese)
          let groups = 0;
          while (i + 4 <= to && buf[i] === groupMark) {
            const d1 = buf[i + 1]! - 48;
            const d2 = buf[i + 2]! - 48;
            const d3 = buf[i + 3]! - 48;
            if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9 || d3 < 0 || d3 > 9) break;
            hi = hi * 1000 + d1 * 100 + d2 * 10 + d3;
            i += 4;
            groups++;
          }
          b = i < to ? buf[i]! : 0;
          intDigits += 3 * groups;
          if (groups > 0) {
            kind = GROUPED;
            decimals++;
          }
        }
        if (i < to && b !== delimiter) {
          kind = ODD;
          if (b === decimalMark && intDigits > 0) {
            const fracStart = ++i;
            let lo = 0;
            while (i < to) {
              b = buf[i]!;
              const d = b - 48;
              if (d < 0 || d > 9) break;
              lo = lo * 10 + d;
              i++;
            }
            const fracDigits = i - fracStart;
            if ((i === to || b === delimiter) && fracDigits >= 1 && fracDigits <= fraction && slotIsCount[role] === 0) {
              kind = DECIMAL;
              rowLo[role] = lo * POW10[fraction - fracDigits]!;
              rowScale[role] = fracDigits;
              decimals++;
            }
          }
          if (kind === ODD) while (i < to && buf[i] !== delimiter) i++;
        }
        // "012": a leading zero, which the reference refuses (numbers.ts)
        if (intDigits > MAX_INT_DIGITS || (intDigits > 1 && buf[start] === 48)) kind = ODD;
        status[role] = kind;
        if (kind >= DECIMAL) {
          // decide() and allBlank() look at these cells again
          cellStart[role] = start;
          cellEnd[role] = i;
        }
        if (kind === ODD) odd++;
        else {
          if (kind !== EMPTY) numbers++;
          rowHi[role] = hi;
          if (kind !== DECIMAL) {
            rowLo[role] = 0;
            rowScale[role] = 0;
          }
        }
      } else if (role === IGNORED) {
        while (i < to && buf[i] === 0x20) i++;
        // A cell that starts with a letter may label the row ("Cộng" under "Chấp hành viên"):
        // such a row is the reference reader's (layout.ts labelsSubtotal). Numbers are let be at once.
        // "%" too: a rate's label (measure-rows.ts).
        const letter = i < to && (buf[i]! >= 0x41 || buf[i] === 0x25);
        const text = i;
        while (i < to && buf[i] !== delimiter) i++;
        if (letter) {
          const cell = nfc(this.cellText(buf, text, i));
          if (labelsSubtotal(cell)) giveUp();
          // "Số việc" / "Tỷ lệ (%)", "Việc" / "Tiền": judged once the row has figures (measure-rows.ts)
          const label = this.measureLabels.label(c, cell);
          if (label !== null) rowLabels.push([c, label]);
          // "Cùng kỳ năm trước", "Năm 2018", "N-1" beside the office: its period, the reference's (period-column.ts)
          if (statesPeriod(cell)) giveUp();
          named ||= namesRow(cell);
        } else if (mayStatePeriod(buf, text, i) && statesPeriod(nfc(this.cellText(buf, text, i)))) {
          giveUp(); // "2018", "2017-2018", "01/10/2017-30/9/2018", "6T": a period, which the reference reads
        } else if (i > text && this.measureLabels.labelled(c)) {
          giveUp(); // "-", "12" under a first label ("Việc"): the reference judges it (measure-rows.ts)
        }
      } else if (role === NOTE) {
        // Words are let be; a cell that begins like a number may be a figure shifted off its
        // column: the reference judges it (layout.ts strayNumber).
        while (i < to && buf[i] === 0x20) i++;
        if (i < to && ((buf[i]! >= 48 && buf[i]! <= 57) || buf[i] === 0x2d || buf[i] === 0x2b || buf[i] === 0x28)) referenceJudges = true;
        const note = i;
        while (i < to && buf[i] !== delimiter) i++;
        // a short note that is, whole, a measure's or a rate's label ("Tỷ lệ (%)"): judged once the row has figures (measure-rows.ts)
        const label = i > note && (i - note <= 48 || this.measureLabels.labelled(c)) ? this.measureLabels.label(c, nfc(this.cellText(buf, note, i))) : null;
        if (label !== null) rowLabels.push([c, label]);
        // "ĐVT tiền: nghìn đồng": a unit in the notes, the reference's to weigh (layout.ts checkUnitInNotes)
        if (i > note && noteCellUnit(nfc(this.cellText(buf, note, i)))) giveUp();
        // "Trước 01/7/2026" / "Từ 01/7/2026", "Cùng kỳ năm trước": a part of the office's year or
        // another period, the reference's to hold against the office's other rows (period-column.ts seeNotes)
        if (i > note) {
          const text = nfc(this.cellText(buf, note, i));
          if (this.memo('N', text, () => noteMayMarkRow(text))) giveUp();
        }
      } else if (role === UNNAMED) {
        // Empty in a plain export (a trailing delimiter); anything else is the reference's to judge.
        while (i < to && buf[i] !== delimiter) i++;
        if (i > start) referenceJudges = true;
        // even on a row of dashes only, which the reference takes for a row with figures (measure-rows.ts)
        if (i > start && i - start <= 48 && labelsMeasure(nfc(this.cellText(buf, start, i)))) giveUp();
      } else if (role === STT) {
        // "1", "12", "": an office's number; "I", "II", "A": a row numbered as a section.
        const digit = i >= to || buf[i] === delimiter || (buf[i]! >= 48 && buf[i]! <= 57);
        ordinal = i < to && buf[i]! >= 48 && buf[i]! <= 57;
        let digitsOnly = true;
        for (let b = 0; i < to && (b = buf[i]!) !== delimiter; i++) if (b < 48 || b > 57) digitsOnly = false;
        if (ordinal && digitsOnly && i - start <= 4) {
          item = 0;
          for (let k = start; k < i; k++) item = 10 * item + buf[k]! - 48;
        }
        else if (ordinal && !digitsOnly) item = itemNumber(this.cellText(buf, start, i)) ?? -1;
        // "1.1", "1a)", "1-1", "a": a sub-item, which the reference judges by the item above (read-csv.ts).
        if (!digitsOnly && subItemOf(this.cellText(buf, start, i)) !== null) giveUp();
        if (!digitsOnly) [sttFrom, sttTo] = [start, i];
        // Any other text ("1a", "*") numbers nothing. Without an office column any text but a
        // Roman number ("A", "1a") is the row's first text cell, which labels it: the reference's.
        if (!digit) {
          const text = this.cellText(buf, start, i);
          if (isBulletMark(text)) giveUp(); // a list's line: the reference judges it by the row above
          if (sttNamesNote(text)) giveUp(); // a note's heading ("Ghi chú:"): the row is a note, the reference refuses it
          if (isSectionNumber(text)) numberedStt = true;
          else if (rowLabel(text) !== 'office') giveUp(); // "Tổng cộng" in the STT column labels the row: the reference's
          if (this.layout!.district < 0 && !isRomanNumber(text)) giveUp();
        }
      } else {
        // Hashed four bytes at a time up to the word holding the delimiter (a zero byte of
        // word ^ delimiters), then byte by byte: the same bytes always hash alike.
        let h = FNV_SEED;
        while (i + 4 <= to) {
          const v = view.getInt32(i, true);
          const t = v ^ delimiters;
          if (((t - 0x01010101) & ~t & 0x80808080) !== 0) break;
          h = Math.imul(h ^ v, FNV_PRIME);
          i += 4;
        }
        for (let b = 0; i < to && (b = buf[i]!) !== delimiter; i++) h = Math.imul(h ^ b, FNV_PRIME);
        const k = role === DISTRICT ? 0 : role === PROVINCE ? 2 : 4;
        idRange[k] = start;
        idRange[k + 1] = i;
        if (k === 0) hashDistrict = h;
        else if (k === 2) hashProvince = h;
        else hashYear = h;
      }
      if (i >= to) break;
      i++; // the delimiter
    }
    // A row of another width than the header (cut off, or shifted by a stray delimiter): the
    // reference reader words the error (or skips it, when it holds no figure).
    let cells = c + 1;
    for (; i < to; i++) if (buf[i] === delimiter) cells++;
    if (c < lastColumn) {
      for (let k = c + 1; k <= lastColumn; k++) if (roles[k]! >= 0) status[roles[k]!] = EMPTY;
      // the cells a short row lacks were not read: no figure in what it has (a blank line, a
      // signature under the table: "Người lập biểu, …, CỤC TRƯỞNG") is skipped, as the reference does
      if (numbers === 0 && (odd === 0 || this.noFigure(buf))) {
        if (ordinal) giveUp(); // may be an office's that gave no figure: the reference words it (read-csv.ts noFigureOffice)
        this.skip(buf, from, to, delimiter, odd);
        return;
      }
      giveUp();
    }
    if (numbers === 0 && (odd === 0 || this.noFigure(buf))) {
      if (ordinal) giveUp();
      this.skip(buf, from, to, delimiter, odd);
      return;
    }
    if (cells !== this.layout!.columns || referenceJudges) giveUp();
    // A province cell empty below a province's total: its block's, merged down (province-merged-down.ts): the reference's.
    if (this.provinceTotalAbove && this.cleanName(this.cellText(buf, idRange[2]!, idRange[3]!)) === '') giveUp();
    // A row shifted left, its name in the STT cell: the reference refuses it (shifted-row.ts).
    // (only an office cell that may open with a digit is read: most start with a letter, and this runs per row)
    if (sttTo > sttFrom && this.layout!.district >= 0 && mayOpenWithDigit(buf, idRange[0]!, idRange[1]!) && isShiftedRow(this.cleanName(this.cellText(buf, idRange[0]!, idRange[1]!)), nfc(this.cellText(buf, sttFrom, sttTo)))) giveUp();
    // A row without an STT naming a merged province, in a 2025 table of provinces (a "Tỉnh" or
    // "Đơn vị" column): maybe a former part of the numbered province above it, unmarked — the
    // reference's (list-structure.ts releaseBefore, read-csv.ts enforcerRow).
    if (sttTo <= sttFrom && this.layout!.stt >= 0 && this.mergersCounted() && this.mergedUnnumbered(this.layout!.district >= 0 ? this.cleanName(this.cellText(buf, idRange[0]!, idRange[1]!)) : this.layout!.province >= 0 ? this.cleanName(this.cellText(buf, idRange[2]!, idRange[3]!)) : '')) giveUp();
    // A numbered row under a title that heads no offices may be its office's line (read-csv.ts): the reference words it.
    if (this.titleAbove && ordinal) giveUp();
    this.titleAbove = false;
    if (!this.sawWords) this.firstOrdinal = ordinal;
    this.sawWords = true;
    const hash = keyHash(hashDistrict, hashProvince, hashYear);
    let id = this.keys.get(hash, buf, view, idRange);
    if (id === MISSING) {
      // The form's column numbers again further down (a page break): the reference skips them
      // when they repeat the row under the header (layout.ts ColumnNumberRows), which a later
      // part cannot know. Tested once per new name only.
      if (isColumnNumberRow(buf.toString('utf8', from, to).split(String.fromCharCode(delimiter)), this.layout!)) giveUp();
      if (numberedStt) {
        // Numbered as a section: no office of its own (the rows it heads may name it later), and not remembered.
        const who = this.identity(buf);
        // A section naming a province gives the rows below it their province: the reference's (list-structure.ts).
        // A Roman khu vực may be the office over its former offices "(cũ)" below it (read-csv.ts processRow): the reference's.
        if (!who.otherYear && this.layout!.district >= 0 && namesRegionalOffice(who.district)) giveUp();
        if (!who.otherYear && this.layout!.district >= 0 && who.province === null && (provinceOfSection(who.district) !== null || provinceOfSection(who.district, MERGER_YEAR) !== null || mayNameEarlierMerger(who.district))) giveUp();
        if (who.otherYear) this.otherYears.add(who.year!);
        id = who.otherYear ? OTHER_YEAR : declaredMarker(who);
        if (id === MISSING) id = NUMBERED;
      } else {
        // What the office cell's name alone says, judged once a name (nameTraits).
        const traits = this.layout!.district >= 0 ? this.nameTraits(this.identity(buf).district) : 0;
        if (traits & NAME_FOR_REFERENCE) giveUp();
        id = this.office(buf);
        if (traits & NAME_REGIONAL) (ordinal ? this.regionalIds : this.bareRegionalIds).add(id);
        if (traits & NAME_FORMER) this.formerIds.add(id);
        if (traits & NAME_PROVINCE && this.layout!.province < 0) (this.provinceIds ??= new Set()).add(id);
        this.keys.set(hash, buf, idRange, id);
      }
    }
    // Unnumbered rows under a 2025 regional office's may be its former districts, its parts (read-csv.ts enforcerRow): the reference's.
    if (!ordinal && !numberedStt && id >= 0 && this.regionalAbove) giveUp();
    // So is a name that says no office's without STT next to a numbered row (the one enforcer of
    // the office above or below it, work86b 01; equal figures refused, collect.ts enforcerBesideItsLine).
    const loose = !ordinal && !numberedStt && id >= 0 && this.layout!.district >= 0 && this.namesNoOffice(id);
    if ((loose && this.numberedAbove) || (ordinal && id >= 0 && this.looseAbove)) giveUp();
    this.looseAbove = loose;
    // A former district office numbered on right under a numbered khu vực ("2 | Chi cục THADS huyện
    // Tuy An" under "1 | Phòng THADS khu vực 1"): from 2026 its part (by-enforcer.ts numbersFormerPart), the reference's.
    if (ordinal && id >= 0 && this.regionalAbove && this.layout!.district >= 0) {
      const { district } = this.identity(buf);
      if (this.memo('F', district, () => namesFormerOffice(district, MERGER_YEAR + 1))) giveUp();
    }
    this.regionalAbove = ordinal && id >= 0 && this.regionalIds.has(id);
    this.numberedAbove = ordinal && id >= 0 && this.layout!.district >= 0;
    // A former office marked so ("… (cũ)") right under a khu vực without an STT, numbered or not: its part, the reference's (the same rule).
    if (!numberedStt && id >= 0 && this.bareRegionalAbove && this.memo('f', this.identity(buf).district, () => hasFormerMark(this.identity(buf).district))) giveUp();
    this.bareRegionalAbove = !ordinal && !numberedStt && id >= 0 && this.bareRegionalIds.has(id);
    // Former offices "(cũ)" closed by their Phòng below them ("Cộng Phòng THADS khu vực 1", "I | Phòng …"): its parts, the reference's (read-csv.ts processRow).
    if (this.formerAbove && this.layout!.district >= 0) {
      const { district } = this.identity(buf);
      if (this.memo('k', district, () => closingRegionalOffice('', district, true, null) !== null)) giveUp();
    }
    this.formerAbove = id >= 0 && this.formerIds.has(id);
    if (id === OTHER_YEAR) {
      this.otherYearRows++;
      return;
    }
    // An office's label that differs from its column's: one row per measure or rate, the reference refuses it (measure-rows.ts)
    if (id >= 0 && this.measureLabels.differing(rowLabels) >= 0) giveUp();
    // An office of the rows above the total again below it (under any spelling the table folds
    // to it): a second table the reference refuses (read-csv.ts). Ids follow first appearance.
    if (id >= 0 && id < this.officesBeforeTotal) giveUp();
    // The first office below a row without figures given above it already: maybe a second
    // table's block of the same offices, which the reference refuses (second-table.ts).
    if (id >= 0 && this.headingOffices >= 0) {
      if (id < this.headingOffices) giveUp();
      if (this.newBelowHeading.length >= MAX_DECLARED) giveUp();
      this.newBelowHeading.push(id);
      this.headingOffices = -1;
    }
    if (this.convention === null && (odd > 0 || decimals > 0 || this.waiting !== null)) {
      const verdict = odd > 0 || decimals > 0 ? this.decide(buf) : 'nothing';
      if (verdict === 'settled') {
        // Decided by this row: the rows that waited for it first, then this one, in the file's convention.
        this.replayWaiting();
        return this.row(buf, from, to, delimiter, view);
      }
      // Only cells both conventions read, differently ("123.456"): the row waits for a later
      // one that settles it, as in the reference; so does every row after it, to keep their order.
      if (verdict === 'wait' || this.waiting !== null) return this.wait(buf, from, to, delimiter);
    }
    if (this.glued?.watching && (this.convention === 'en' || this.convention === 'vi') && (decimals > 0 || odd > 0)) this.watchDecided(buf, this.convention);
    // A declared row's cells are read as the reference reads them, once the file's convention is
    // known (total-rows.ts): a sum of a million rows may have more digits than a row's cell. A
    // label ("Tổng cộng", "Các Chi cục") wins over a section number in the STT column.
    const stt = sttTo > sttFrom ? nfc(this.cellText(buf, sttFrom, sttTo)) : '';
    if (id < OTHER_YEAR) return this.declare(DECLARED[id]!, buf, from, to, delimiter, stt);
    // "I | Văn phòng Cục | | 150" right below that office's rows naming their enforcers: maybe
    // their subtotal, which the reference reads as without its number (by-enforcer.ts RomanLineBelowEnforcers).
    if (numberedStt && id >= 0 && id === this.runId && this.runNamed && !named) giveUp();
    if (numberedStt) return this.declare('numbered', buf, from, to, delimiter, stt);
    // A province's row after another's with offices between: the reference reads them as the
    // subtotals of the offices below them (province-rows.ts).
    if (this.provinceIds !== null) {
      if (!this.provinceIds.has(id)) this.officeAfterProvince = true;
      else if (this.officeAfterProvince) giveUp();
    }
    if (odd > 0) this.readOddCells(buf);

    // A row breaking a relation is summed like any other; its cells are kept for the warning,
    // which collect.ts words with the domain's own check (the reference's words).
    if (this.officeChecks[id]!.violated(rowHi, rowLo)) this.flag(buf, from, to, delimiter, id);

    // Rows of one office one below the other, one of them the sum of the others (its
    // enforcers' subtotal, labelled nowhere, below or above them: domain/office-runs.ts, which
    // also looks at the names the rows carry): the reference reader's.
    if (id === this.runId) {
      if (this.runRows === 1) {
        // The run's first row is the previous row (kept by the swap below, never copied for
        // the rows that start no run: most rows).
        this.runHi.set(this.prevHi);
        this.runLo.set(this.prevLo);
      }
      // Below named rows any unnamed row closes them, as their sum or contradicting it (the
      // reference refuses that: OFFICE_SUBTOTAL_MISMATCH); without names, below two rows or more.
      if (!named && this.runNamed) giveUp();
      if (!named && !ordinal && this.runRows >= 2 && this.isRunSum()) giveUp();
      for (let j = 0; j < this.slots; j++) {
        this.runHi[j]! += rowHi[j]!;
        this.runLo[j]! += rowLo[j]!;
      }
      this.runRows++;
      this.runNamed &&= named;
      this.restNamed &&= named;
    } else {
      if (this.runRows >= 2) this.endRun();
      this.runId = id;
      this.runRows = 1;
      this.runNamed = named;
      this.firstNamed = named;
      this.restNamed = true;
    }
    this.lastDataOffice = id;
    this.blockOffice = id;
    this.sawNames ||= named;
    // An office's row numbered as one of its rows above: maybe that row pasted twice, which the
    // reference judges by the figures (domain/repeated-rows.ts, collect.ts REPEATED_ROW).
    if (item >= 0 && this.layout!.district >= 0 && this.table.numbered(id, item)) giveUp();
    // An office's rows named by no column thads does not read are counted, its second compared with
    // its first: an office on exactly two such rows with the same figures, whatever their STT, may be
    // a table pasted again renumbered, which the reference judges (read-fast.ts: pastedTwice).
    // (and any two of them maybe telling alike, among three or more: tellingRow)
    if (!named && this.layout!.district >= 0) {
      const before = this.table.officeRow(id);
      // one walk over the figures: both hashes, and whether they may be telling (figuresHash)
      const hash = this.figuresHash();
      if (before < 2) this.table.firstRows(id, before, hash, rowHi, rowLo, rowScale);
      if (this.rowTelling && hash >= 0) this.table.tellingRow(id, hash, this.secondHash);
    }
    this.table.add(id, rowHi, rowLo, rowScale, this.line);
    if (this.dataRows < this.settings.logRows) this.log.add(this.log.append(this.line, this.table.offices[id]!.year), rowHi, rowLo, rowScale, this.line);
    this.dataRows++;
    // This row's cells become the previous row's; the next row is read into the other arrays.
    // (with a temporary, not `[a, b] = [b, a]`: that allocates an array per row)
    const hiArrays = this.rowHi;
    this.rowHi = this.prevHi;
    this.prevHi = hiArrays;
    const loArrays = this.rowLo;
    this.rowLo = this.prevLo;
    this.prevLo = loArrays;
  }

  /**
   * A 32-bit hash of the current row's figures (whole units and last-decimal units: 1.5 and 1.50
   * alike), -1: none non-zero. Beside it, in the same walk: a second hash (secondHash) and whether
   * the figures may be telling (rowTelling, domain/repeated-rows.ts telling: a case figure of
   * TELLING_CASES or more, TELLING_FIGURES non-zero at least, distinct or not — more than the rule
   * asks, never less).
   */
  private figuresHash(): number {
    const { rowHi, rowLo, slotIsCases } = this;
    let h = 0x811c9dc5;
    // (the second, seeded and multiplied otherwise, for telling rows: telling-rows.ts)
    let g = 0x9747b28c;
    let nonZero = 0;
    let cases = false;
    for (let j = 0; j < this.slots; j++) {
      const hi = rowHi[j]!;
      const lo = rowLo[j]!;
      if (hi !== 0 || lo !== 0) nonZero++;
      if (slotIsCases[j] === 1 && hi >= TELLING_CASES) cases = true;
      const high = Math.floor(hi / 4294967296) >>> 0;
      h = Math.imul(h ^ (hi >>> 0), 0x01000193);
      h = Math.imul(h ^ high, 0x01000193);
      h = Math.imul(h ^ (lo >>> 0), 0x01000193);
      g = Math.imul(g ^ (hi >>> 0), 0x5bd1e995);
      g = Math.imul((g ^ (g >>> 15)) ^ high, 0x5bd1e995);
      g = Math.imul((g ^ (g >>> 15)) ^ (lo >>> 0), 0x5bd1e995);
    }
    this.secondHash = g;
    this.rowTelling = cases && nonZero >= TELLING_FIGURES;
    return nonZero > 0 ? h >>> 0 : -1;
  }

  /** The current row equals the run's sums in every figure, two of them at least non-zero. */
  private isRunSum(): boolean {
    return this.equalsSum(this.rowHi, this.rowLo, this.runHi, this.runLo, 0);
  }

  /** The run ends: an unnamed first row over named ones (their subtotal, or contradicting it) is the reference's. */
  private endRun(): void {
    if (this.runRows >= 2 && !this.firstNamed && this.restNamed) giveUp();
    this.runId = -1;
    this.runRows = 0;
  }

  /**
   * (hi, lo) equals the sums (sumHi, sumLo) less `less` times (hi, lo) itself, in every figure,
   * two at least non-zero. lo counts units of the last decimal and may carry in a sum.
   */
  private equalsSum(hi: Float64Array, lo: Float64Array, sumHi: Float64Array, sumLo: Float64Array, less: number): boolean {
    const unit = POW10[this.fraction]!;
    let nonZero = 0;
    for (let j = 0; j < this.slots; j++) {
      const restLo = sumLo[j]! - less * lo[j]!;
      const carry = Math.floor(restLo / unit);
      if (hi[j]! !== sumHi[j]! - less * hi[j]! + carry || lo[j]! !== restLo - carry * unit) return false;
      if (hi[j]! !== 0 || lo[j]! !== 0) nonZero++;
    }
    return nonZero >= 2;
  }

  private flag(buf: Buffer, from: number, to: number, delimiter: number, id: number): void {
    if (this.flaggedRows.length >= MAX_FLAGGED) giveUp();
    this.flaggedRows.push({ line: this.line, year: this.table.offices[id]!.year, cells: this.figureCells(buf, from, to, delimiter) });
  }

  /** The row's figure cells as text (NFC), in the order of layout.figures. */
  private figureCells(buf: Buffer, from: number, to: number, delimiter: number): string[] {
    const cells = buf.toString('utf8', from, to).split(String.fromCharCode(delimiter));
    return this.layout!.figures.map((f) => nfc(cells[f.index] ?? ''));
  }

  /**
   * A declared row: kept with its figure cells' text, never summed nor checked (collect.ts
   * feeds it to domain/declared-rows.ts, as the reference reader's rows are); where it stands
   * among the data rows is noted, and judged once the file is read.
   */
  private declare(kind: DeclaredKind, buf: Buffer, from: number, to: number, delimiter: number, stt: string): void {
    if (this.declaredRows.length >= MAX_DECLARED) giveUp();
    this.endRun();
    const who = this.identity(buf);
    if (who.otherYear) return; // (the key said so first)
    // "- Cấp tỉnh": a bulleted level may be the row above's part, which the reference judges (list-structure.ts see)
    if ((kind === 'level' || kind === 'section') && startsWithBullet(who.district)) giveUp();
    // "Toàn tỉnh" in a Tỉnh's row closing no block of its province's offices may be that province's row of a table of wholes: the reference's (province-wholes.ts).
    const year = regimeYear(who.year ?? this.layout!.readingYear, this.layout!);
    // (any declared row with a province cell: the reference's province totals are among them, whatever the year or kind read)
    if (this.layout!.district >= 0 && this.layout!.province >= 0 && who.province !== null) this.provinceTotalAbove = true;
    const whole = kind === 'total' && this.layout!.district >= 0 && who.province !== null && this.memo('h', `${who.district}\u0000${who.province}\u0000${year}`, () => namesWholeOfProvince(who.district, who.province!, year));
    if (whole) {
      const block = this.blockOffice >= 0 ? this.table.offices[this.blockOffice]! : null;
      if (!officeOfUnit(block && { kind: 'data', province: block.province, year: block.year }, who.province!, who.year, year)) giveUp();
      this.blockOffice = -1;
    } else if (kind === 'numbered' || kind === 'closing') this.blockOffice = -1; // (an office to the reference: a whole below it is its)
    if (kind === 'total' && !this.sawTotal) {
      this.sawTotal = true;
      this.officesBeforeTotal = this.table.offices.length;
    }
    // (read-csv.ts: a declared row without a year is its block's, or its label's)
    const undated = this.layout!.year >= 0 && who.yearCell === '' ? { undated: { labelYear: yearOfLabel(who.district) } } : {};
    const depth = kind === 'numbered' ? { depth: numberingDepth(stt, who.district) } : {};
    this.declaredRows.push({ kind, line: this.line, district: who.district, province: who.province, year: who.year, ...undated, ...depth, cells: this.figureCells(buf, from, to, delimiter), dataRowsBefore: this.dataRows, otherYearRowsBefore: this.otherYearRows });
  }

  /**
   * A row without figures is skipped, unless it may be a unit line ("Đơn vị tính: nghìn đồng"
   * under the column numbers, a note under the table): the reference reader checks those
   * against the layout's unit (layout.ts checkUnitLineAmongRows).
   */
  private skip(buf: Buffer, from: number, to: number, delimiter: number, odd: number): void {
    // Words in most figure columns below office rows may be the header again: a page's, or a
    // second table's the reference refuses (read-csv.ts): it decides. (A signature line has
    // words in a column or two. The second part of a split file cannot know what came before it.)
    if (2 * odd > this.slots && (this.dataRows > 0 || this.sawTotal || this.settings.deferConvention)) giveUp();
    if (this.mayBeHeading(buf, from, to, delimiter)) giveUp();
    // A note under the table may say what a column counts (footnotes.ts): the reference reads it.
    // Split with its quotes (LibreOffice quotes every text cell; a quoted cell may hold the delimiter).
    const text = buf.toString('utf8', from, to);
    // (a year alone, "2018", may title rows too)
    if (latinLetters(/\p{L}|\d{4}/u).test(text)) {
      this.headingOffices = this.table.offices.length;
      const d = String.fromCharCode(delimiter);
      const cells = text.includes('"') ? (splitSample(text, d, 1)[0] ?? []) : text.split(d);
      if (footnoteLine(cells.map(nfc)) !== null) giveUp();
      // A title of another period's rows ("Cùng kỳ năm 2018") or naming a year or a period ("Năm
      // 2018", "6 tháng đầu năm 2019", which the report's decides): the reference reads them (second-table.ts).
      const { district, stt, notes } = this.layout!;
      const normal = cells.map(nfc);
      const heads = rowTitle(normal, district >= 0 ? district : undefined, stt >= 0 ? stt : undefined, notes);
      if (titlesOtherPeriod(heads) || titleNamesPeriod(heads)) giveUp();
      // An of-which line naming a kind of cases ("Trong đó: án hình sự"): its rows are a part of offices' figures, the reference refuses them (second-table.ts).
      if (heads !== null && opensCasePart(heads.text)) giveUp();
      // A level's heading with its Tỉnh written ("I | Ninh Bình | Cấp tỉnh"): its block merged down from it may follow (province-merged-down.ts).
      if (district >= 0 && this.layout!.province >= 0 && (normal[this.layout!.province] ?? '').trim() !== '' && opensLevelBlock((normal[district] ?? '').trim())) this.provinceTotalAbove = true;
      // A block heading by measure ("Về tiền (nghìn đồng)"): caption or another measure's table, the reference decides (second-table.ts).
      if (measureTitle(normal, heads) !== null) giveUp();
      // A check row's words ("Kiểm tra | Sai"): a failed check the reference refuses (check-cells.ts).
      if (normal.some(isCheckRow)) giveUp();
    }
    const title = this.titleOf(buf, from, to, delimiter);
    // "Of which:" ("Trong đó:" is no office's label: given up above) under an office's row: the rows below may be its parts (list-structure.ts see).
    if (title !== null && opensParts(title)) giveUp();
    if (title !== null) {
      // A title naming a province gives the rows below it their province: the reference's (read-csv.ts provinceTitle).
      // (in any year: "Thành phố Huế" is one since 2025, and the reference knows the year --year gives)
      const namesProvince = (t: string) => provinceOfSection(t) !== null || provinceOfSection(t, MERGER_YEAR) !== null || mayNameEarlierMerger(t);
      if (namesProvince(title)) giveUp();
      // (the name cell empty, a merged title saved in the STT cell: "A. CỤC THADS TỈNH NAM ĐỊNH")
      if (title === '' && this.layout!.stt >= 0 && namesProvince(nfc((buf.toString('utf8', from, to).split(String.fromCharCode(delimiter))[this.layout!.stt] ?? '').trim()))) giveUp();
      this.titleAbove = !headsOffices(rowLabel(title), title);
      this.sawWords = true;
    }
    if (this.layout!.measures.includes('money')) {
      let text = false;
      for (let i = from; i < to && !text; i++) text = buf[i] !== delimiter && buf[i] !== 0x20 && buf[i] !== 0x09 && buf[i] !== 0x0d;
      if (text && findUnitLineOfRow(buf.toString('utf8', from, to).split(String.fromCharCode(delimiter)))) giveUp();
    }
    this.skippedRows++;
  }

  /** The words of a row without figures ("Chi cục THADS huyện Mỹ Lộc"), null for a blank one; its name cell's when there is one. */
  private titleOf(buf: Buffer, from: number, to: number, delimiter: number): string | null {
    const cells = buf.toString('utf8', from, to).split(String.fromCharCode(delimiter)).map((c) => c.trim());
    const district = this.layout!.district;
    const name = district >= 0 ? nfc(cells[district] ?? '') : (cells.find((c) => hasLetter(c)) ?? '');
    if (name !== '') return name;
    return cells.some((c) => hasLetter(c)) ? '' : null;
  }

  /**
   * A row without figures that may be a section's title ("II. Các Chi cục", "Cấp huyện"): the
   * reference reader hands it to DeclaredRows as a heading (it ends the section above). Any
   * label, Roman number or quote in its STT or name cell: the reference decides.
   */
  private mayBeHeading(buf: Buffer, from: number, to: number, delimiter: number): boolean {
    const { stt, district } = this.layout!;
    if (stt < 0 && district < 0) return false;
    const line = buf.toString('utf8', from, to);
    if (line.includes('"')) return true;
    const cells = line.split(String.fromCharCode(delimiter));
    const sttText = stt >= 0 ? (cells[stt] ?? '').trim() : '';
    const name = district >= 0 ? this.cleanName(nfc(cells[district] ?? '')) : '';
    if (sttText !== '' && !/^\d+$/.test(sttText) && (isSectionNumber(sttText) || rowLabel(nfc(sttText)) !== 'office')) return true;
    return name !== '' && (romanPrefix(name) !== null || rowLabel(name) !== 'office');
  }

  /**
   * The row has no number but odd cells: does none of them look like a figure (layout.ts
   * looksNumeric, the reference's test for a row to skip)? Blanks and words do not; "-5", "(3)",
   * "1 234" do, and the reference reads (or refuses) those.
   */
  private noFigure(buf: Buffer): boolean {
    for (let j = 0; j < this.slots; j++) {
      if (this.status[j] !== ODD) continue;
      const text = this.cellText(buf, this.cellStart[j]!, this.cellEnd[j]!);
      if (looksNumeric(text)) return false;
      // "#N/A", "###", "'2100": the reference refuses the row at that cell, in its words.
      if (holdsFailedFigure(text)) giveUp();
    }
    return true;
  }

  private cellText(buf: Buffer, from: number, to: number): string {
    return buf.toString('utf8', from, to);
  }

  private cleanName(raw: string): string {
    let v = this.names.get(raw);
    if (v === undefined) {
      if (this.names.size >= CACHE_MAX) this.names.clear();
      // (a name after a formula's guard, "'=Nam Định TP": the name, as read-csv.ts reads it)
      v = withoutFormulaGuard(nfc(raw)).trim();
      this.names.set(raw, v);
    }
    return v;
  }

  /**
   * What row()'s rules for a key seen for the first time ask of its office cell's name alone, as
   * NAME_* bits: judged once a name, where a file of several years or parts brings each name
   * under several keys (700 offices over 6 years: 4,200 keys, 700 names).
   */
  private nameTraits(district: string): number {
    return this.memo('n', district, () => {
      let traits = 0;
      // A group's name with figures ("Tỉnh Nam Định (cũ)", "Cụm thi đua số 1"): a section's row; a
      // contact's label with a number ("Số điện thoại: | 912345678"): the signature's phone below
      // the table (signature-date.ts), and a date line's words with its numbers beside them ("Nam
      // Định, ngày 15 tháng 10 năm | 2019") too; a person's name ("Nguyễn Văn Xuân"): an enforcer's row below
      // the offices (read-csv.ts officesNamed) — each the reference's.
      if (namesGroupOnly(district) || mayNameEarlierMerger(district) || namesContact(district) || opensDateLine(district) || namesPersonWithPost(district)) traits |= NAME_FOR_REFERENCE;
      if (namesRegionalOffice(district) || namesThuDucCity(district)) traits |= NAME_REGIONAL;
      if (hasFormerMark(district)) traits |= NAME_FORMER;
      if (provinceOfGroup(district) !== null || provinceOfGroup(district, MERGER_YEAR) !== null) traits |= NAME_PROVINCE;
      return traits;
    });
  }

  /** A raw key seen for the first time: its office, OTHER_YEAR, or what it declares (TOTAL, SECTION, LEVEL, NUMBERED). */
  private office(buf: Buffer): number {
    const who = this.identity(buf);
    const marker = declaredMarker(who);
    // Offices with a province (a year) and without one: the reference refuses the file
    // (filled-down.ts), rows of a year --year leaves out included.
    // (The second part of a split file cannot know what the first saw: it hands any blank over.)
    const see = (watch: FilledDownWatch, text: string) => {
      if (watch.see(text, this.line) !== null || (watch.sawEmpty && this.settings.deferConvention)) giveUp();
    };
    if (marker === MISSING && this.layout!.year >= 0) see(this.filledDown.year, who.yearCell);
    if (who.otherYear) {
      this.otherYears.add(who.year!);
      return OTHER_YEAR;
    }
    if (marker !== MISSING) return marker;
    if (this.layout!.province >= 0) see(this.filledDown.province, who.province ?? '');
    const id = this.table.id(who.district, who.province, who.year, this.line);
    this.officeChecks[id] ??= this.checksOf(who.year);
    return id;
  }

  /**
   * The current row's identity cells, read as the reference reads them; gives up as the text scanner did.
   * Read once a row: a new office's row asks for it up to four times (row, office, its checks).
   */
  private identity(buf: Buffer): Identity {
    if (this.identityRow !== this.rowSerial) {
      this.identityOfRow = this.readIdentity(buf);
      this.identityRow = this.rowSerial;
    }
    return this.identityOfRow!;
  }

  /** Whether office `id`'s name says no office's: its name is its key's (OfficeTable.id), so judged once an office. */
  private namesNoOffice(id: number): boolean {
    return (this.looseName[id] ??= !namesOfficeNotPerson(this.table.offices[id]!.district));
  }

  /** The table's year counts the 34 provinces (2025 or later): a province of the 63 may be a merged one's part. */
  private mergersCounted(): boolean {
    const year = this.layout!.readingYear;
    return year !== null && year >= MERGER_YEAR;
  }

  /** A province of the 63 merged with others, in a table of 2025 or later (a former part unmarked may be). */
  private mergedUnnumbered(cell: string): boolean {
    return this.mergersCounted() && cell !== '' && this.memo('m', cell, () => (successorProvince(cell)?.formedFrom.length ?? 0) > 1);
  }

  private readIdentity(buf: Buffer): Identity {
    const { idRange, settings, layout } = this;
    let district: string;
    let label: RowLabel;
    /** the cell that labels the row */
    let labelCell: string;
    if (layout!.district >= 0) {
      district = this.cleanName(this.cellText(buf, idRange[0]!, idRange[1]!));
      if (district === '') giveUp();
      // "1,200" as a name: a figure shifted into the office cell; "#N/A", FALSE, 0: a formula's value
      // in it (formula-value-name.ts) — each the reference refuses
      const named = this.memo('r', district, () => (isFigureAsName(district) || formulaValueAsName(district) !== null ? null : rowLabel(district)));
      if (named === null) giveUp();
      label = named;
      labelCell = district;
      // "Tổng cộng | 2 | 300 | 230": its province cell labels the row (row-labels.ts labelledByProvinceCell), read as with its office cell empty: the reference's
      // "(blank)", "(trống)": a pivot's item for an empty cell, which the reference refuses (namesPivotBlank)
      if (namesPivotBlank(district) || (layout!.province >= 0 && namesPivotBlank(this.cleanName(this.cellText(buf, idRange[2]!, idRange[3]!))))) giveUp();
      if (layout!.province >= 0 && labelledByProvinceCell(this.cleanName(this.cellText(buf, idRange[2]!, idRange[3]!)), district)) giveUp();
    } else {
      // No office column: every row is the file's office, unless its first text cell names a
      // total ("Toàn quốc" in the province column). Every other column is known (header-line.ts),
      // so that cell is the province's: figure cells are numbers, STT and year cells digits.
      const province = layout!.province >= 0 ? this.cleanName(this.cellText(buf, idRange[2]!, idRange[3]!)) : '';
      const first = province !== '' && !/^[\d.,\s-]+$/.test(province) && !isRomanNumber(province) ? province : '';
      label = rowLabel(first);
      labelCell = first;
      district = label === 'office' ? layout!.fileOffice : first;
    }
    // A breakdown or comparison row ("Trong đó: …", "Cùng kỳ năm 2018"): the reference refuses it.
    if (label === 'other' || this.memo('e', district, () => namesEnforcer(district))) giveUp(); // an enforcer's row ("CHV …") too
    // A note typed in the table with figures ("Ghi chú: số liệu của Chi cục Vụ Bản …"): the reference refuses it.
    if (label === 'office' && this.memo('g', labelCell, () => namesNote(labelCell))) giveUp();
    // "Tổng Mỹ Lộc", "Mỹ Lộc Total", "Mỹ Lộc - Cộng": an office's subtotal where the table lists that office (by-enforcer.ts namesOfficeSubtotal): the reference judges it.
    if (label === 'office' && labelCell !== '' && this.memo('T', labelCell, () => subtotalOfficeName(labelCell) !== null)) giveUp();
    // "Trđ: Cấp tỉnh": a level after the word opening the parts, in one cell, may be the row above's part, which the reference judges (list-structure.ts see)
    if (this.memo('L', labelCell, () => levelAfterParts(labelCell) !== null)) giveUp();
    // A row labelled by a year ("Năm 2018"): the reference refuses it or reads it as the file's.
    if (yearOfRowLabel(labelCell) !== null) giveUp();
    // An office's name with a year beside it ("… Ia Grai (2018)"): the reference refuses it or takes the year off.
    if (this.memo('y', labelCell, () => yearBesideName(labelCell) !== null)) giveUp(); // (or a period's: "… (niên độ 2017-2018)", "… (12 tháng)")
    // An office's name with a part of the year after it ("… (GĐ 1)", "… - kỳ 2"): the reference holds it against the office's other rows (period-column.ts seeRow).
    if (label === 'office' && this.memo('p', labelCell, () => partBesideName(labelCell) !== null)) giveUp();
    // read-csv.ts: a name numbered as a section ("II. Các Chi cục") only in an office column
    const numbered = label === 'office' && layout!.district >= 0 && romanPrefix(district) !== null;
    let year: number | null = layout!.fileYear;
    let yearCell = '';
    let otherYear = false;
    if (layout!.year >= 0) {
      yearCell = this.cellText(buf, idRange[4]!, idRange[5]!).trim();
      if (yearCell !== '') {
        if (!/^(19|20)\d\d$/.test(yearCell)) giveUp();
        year = Number(yearCell);
        otherYear = settings.year !== undefined && year !== settings.year;
      } else if (settings.year !== undefined) year = settings.year;
    } else if (settings.year !== undefined) year = settings.year;
    const cell = layout!.province >= 0 ? this.cleanName(this.cellText(buf, idRange[2]!, idRange[3]!)) || null : null;
    // A former province ("Bình Định (cũ)") in a table by province may be a part of the row above,
    // the province it was merged into, which then is their sum: the reference's (list-structure.ts releaseBefore).
    if (layout!.district < 0 && cell !== null && this.memo('f', cell, () => hasFormerMark(cell))) giveUp();
    // Without an office column the label is the province cell's (see above).
    const province = provinceOfLabelledRow(cell, label, layout!.district < 0);
    // "Tổng Gia Lai" on a Gia Lai row: the province's subtotal (read-csv.ts, the same rule).
    const titleYear = layout!.readingYear;
    if (layout!.district >= 0 && label === 'office' && province !== null) {
      const key = `${district}\u0000${province}\u0000${titleYear}`;
      label = this.memo('P', key, () => labelInProvince('office', district, province, titleYear));
      // "Quảng Ngãi" on a Quảng Ngãi row may close its block as its subtotal: the reference's (read-csv.ts 'closing').
      if (label === 'office' && this.memo('o', key, () => namesOwnProvince(district, province, titleYear))) giveUp();
    } else if (layout!.district >= 0) {
      label = labelInProvince(label, district, province, titleYear);
      // "Tổng cộng Tiền Giang" right below offices is their province's subtotal: the reference's (it knows the row above).
      if (label === 'total' && province === null && this.memo('t', `${district}\u0000${titleYear}`, () => labelInProvince('total', district, null, titleYear, true) === 'section')) giveUp();
    }
    // "Cộng tỉnh Tiền Giang" below its offices gives them its province: the reference's (province-subtotals.ts).
    if (label === 'section' && this.memo('s', `${district}\u0000${year}\u0000${titleYear}`, () => provinceOfSubtotal(district, year ?? titleYear) !== null || provinceOfSubtotal(district, titleYear) !== null)) giveUp();
    // "Tiền Giang (toàn tỉnh)", "Cộng tỉnh Tiền Giang" before any office may head its province's block: the reference's (province-rows.ts).
    if ((label === 'total' || label === 'section') && this.dataRows === 0 && layout!.district >= 0 && layout!.province < 0 && this.memo('w', `${district}\u0000${year}\u0000${titleYear}`, () => provinceOfWhole(district, year ?? titleYear) !== null || provinceOfWhole(district, titleYear) !== null)) giveUp();
    return { district, province, year, yearCell, otherYear, label, numbered: numbered && label === 'office' };
  }

  /**
   * The first row with a cell that needs the convention, while it is undecided: judged cell by
   * cell (in the order of layout.figures) as the reference reader judges them; the first cell
   * only one convention can read decides (the cells before it that both can read wait for it,
   * as in the reference). "1.052" or "1,234" of money alone: the reference waits, give up;
   * deferred (second part of a split file): read as English, and noted as ambiguous.
   */
  private decide(buf: Buffer): 'settled' | 'nothing' | 'wait' {
    let ambiguous: { j: number; text: string } | null = null;
    for (let j = 0; j < this.slots; j++) {
      if (this.status[j]! < DECIMAL) continue;
      const text = nfc(this.cellText(buf, this.cellStart[j]!, this.cellEnd[j]!));
      const reading = readCell(text);
      const cand = candidates(reading, this.slotIsCount[j] === 1);
      if (cand === 'zero') continue;
      if (typeof cand === 'string') giveUp(); // the reference fails on it
      if (cand.vi && cand.en) {
        if (cand.vi.units === cand.en.units && cand.vi.scale === cand.en.scale) continue;
        // a count written as thousands ("5.000" cases, 5000) decides as in the reference (read-csv.ts valueOf)
        const thousands = this.slotIsCount[j] === 1 ? thousandsCount(text) : null;
        if (thousands !== null) {
          this.settle(thousands, j, text, false, true);
          return 'settled';
        }
        ambiguous ??= { j, text };
        continue;
      }
      this.settle(cand.vi ? 'vi' : 'en', j, text, false, reading.kind === 'ambiguous');
      return 'settled';
    }
    // Every cell reads alike in both conventions ("-", "1 234"): nothing to decide yet.
    if (!ambiguous) return 'nothing';
    if (!this.settings.deferConvention) return 'wait';
    this.settle('en', ambiguous.j, ambiguous.text, true, false);
    return 'settled';
  }

  /** A row kept (its bytes copied) until a later row settles the convention. */
  private wait(buf: Buffer, from: number, to: number, delimiter: number): void {
    const waiting = (this.waiting ??= { rows: [], bytes: 0 });
    waiting.bytes += to - from;
    if (waiting.rows.length >= MAX_WAITING_ROWS || waiting.bytes > MAX_WAITING_BYTES) giveUp();
    waiting.rows.push({ bytes: Buffer.from(buf.subarray(from, to)), line: this.line, delimiter });
  }

  /** The rows that waited, read in order at their own lines, now that the convention is known. */
  private replayWaiting(): void {
    if (this.waiting === null) return;
    const { rows } = this.waiting;
    this.waiting = null;
    const line = this.line;
    for (const w of rows) {
      this.line = w.line;
      this.row(w.bytes, 0, w.bytes.length, w.delimiter, new DataView(w.bytes.buffer, w.bytes.byteOffset, w.bytes.length));
    }
    this.line = line;
  }

  /**
   * Figure cells the byte parser leaves to the reference's rules — "-" for zero, "1 234 567"
   * grouped by spaces, a cell padded with spaces, "+5" — read with those rules (numbers.ts) in
   * the file's convention, into the row's whole and last-decimal units. A cell the reference
   * refuses (negative, a percentage, words) or that needs more decimals or digits than the
   * scanner keeps is the reference reader's.
   */
  private readOddCells(buf: Buffer): void {
    const { rowHi, rowLo, rowScale, fraction } = this;
    const convention = this.convention;
    for (let j = 0; j < this.slots; j++) {
      if (this.status[j] !== ODD) continue;
      const text = nfc(this.cellText(buf, this.cellStart[j]!, this.cellEnd[j]!));
      const cand = candidates(convention === 'plain' ? readPlainCell(text) : readCell(text), this.slotIsCount[j] === 1);
      if (cand === 'zero') {
        rowHi[j] = rowLo[j] = rowScale[j] = 0;
        continue;
      }
      if (typeof cand === 'string') giveUp();
      const value = convention === 'plain' ? cand.en : convention ? cand[convention] : cand.vi && cand.en && cand.vi.units === cand.en.units && cand.vi.scale === cand.en.scale ? cand.vi : null;
      if (!value || value.scale > fraction) giveUp();
      const unit = 10n ** BigInt(value.scale);
      const whole = value.units / unit;
      if (whole >= 10n ** BigInt(MAX_INT_DIGITS)) giveUp();
      rowHi[j] = Number(whole);
      rowLo[j] = Number(value.units % unit) * POW10[fraction - value.scale]!;
      rowScale[j] = value.scale;
    }
  }

  /** The row's cells that need the convention, to the watch (glued-footnote.ts), as the reference hands them. */
  private watchDecided(buf: Buffer, convention: Convention): void {
    for (let j = 0; j < this.slots; j++) {
      if (this.status[j]! < DECIMAL) continue;
      const text = nfc(this.cellText(buf, this.cellStart[j]!, this.cellEnd[j]!));
      const cand = candidates(readCell(text), this.slotIsCount[j] === 1);
      if (typeof cand !== 'string') this.glued!.see(text, cand, { line: this.line, column: this.slotColumn[j]! + 1, text: text.trim(), what: '' }, convention);
    }
  }

  private settle(convention: Convention, j: number, text: string, ambiguous: boolean, byCount: boolean): void {
    this.convention = convention;
    this.decision = { line: this.line, column: this.slotColumn[j]! + 1, text: text.trim(), ambiguous, byCount, convention };
  }

}

/**
 * Whether the cell buf[from, to) may open with a digit once trimmed (isNumberAsName): false only
 * when its first byte past ASCII blanks and a quote is an ASCII non-digit; a byte of a multi-byte
 * character (a Unicode space before a digit) says maybe.
 */
function mayOpenWithDigit(buf: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = buf[i]!;
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d) || b === 0x22) continue;
    return (b >= 0x30 && b <= 0x39) || b >= 0x80;
  }
  return true;
}
