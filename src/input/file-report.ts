// What reading a file decided and found (what `thads inspect` prints), and the options it read with.
import type { OfficeRow } from '../domain/aggregate.js';
import type { Undated } from '../domain/year-declared-rows.js';
import type { FieldKey, Measure } from '../domain/fields.js';
import type { StatedPeriod } from '../domain/periods.js';
import type { Finding, Location, ThadsError } from '../errors.js';
import type { CellLines } from './cell-lines.js';
import type { EncodingName } from './decode.js';
import type { ColumnRole, HeaderMatcher } from './headers.js';
import type { Convention, NumberFormat } from './numbers.js';
import type { Delimiter } from './sniff.js';
import type { TitleOffice } from './title-office.js';
import type { DistrictOffices } from '../domain/aggregate.js';
import type { TitleProvince } from './title-province.js';
import type { MoneyUnit } from './units.js';
import type { CoverUnit } from './xlsx/cover-unit.js';
import type { OutsideText } from './xlsx/outside-texts.js';

export interface ReadOptions {
  readonly matcher: HeaderMatcher;
  readonly numberFormat: NumberFormat;
  readonly encoding?: EncodingName;
  readonly delimiter?: Delimiter;
  /** --money-unit or the config: wins over what an input file says (not thads' own output, nor a --previous file: unit-option.ts) */
  readonly moneyUnit?: { readonly unit: MoneyUnit; readonly source: string };
  /** the files are --previous files (an earlier year's): their money unit is their own (unit-option.ts) */
  readonly previous?: true;
  /** with `previous`: a unit other than đồng that an input of the run states, and where */
  readonly inputUnit?: StatedUnit;
  readonly measure?: Measure;
  /** --year: the year of files without a year column, the filter for files with one */
  readonly year?: number;
  /** --province: the province of offices nothing in their file places (no province column, title or file name) */
  readonly province?: string;
  /**
   * Set by the reader, never by an option: the statistics year of a year column's rows, all of
   * one regime, whose header reads by the regime (deferred-columns.ts RowYearsNeeded); null: no row states one
   */
  readonly rowsYear?: number | null;
  /** Set by the reader: thads' own TOTAL row is below a machine CSV header without rate columns (own-total.ts OwnTotalNeeded) */
  readonly ownTotalRow?: boolean;
  /** Set by the reader: the unit a --previous file's money cells write (unit-option.ts PreviousUnitNeeded) */
  readonly cellsUnit?: MoneyUnit;
  /** a workbook's sheet: its name, or its number counted from 1 (--sheet); default the first visible one */
  readonly sheet?: string;
  /** check mode: row-level errors (bad numbers, missing names) are handed here and the row is
   * skipped, so one run reports every bad cell instead of stopping at the first */
  readonly onRowError?: (err: ThadsError) => void;
  /** standard input, for the input file "-" */
  readonly stdin?: () => AsyncIterable<Uint8Array>;
  /**
   * Inputs that can be read only once (standard input, a named pipe), as collect.ts kept them
   * (input/spool.ts): the bytes are read from here instead (a stream: once).
   */
  readonly kept?: ReadonlyMap<string, () => AsyncIterable<Uint8Array>>;
  /** a declared total the rows contradict is a warning, not an error (--accept-total-mismatch) */
  readonly acceptTotalMismatch?: boolean;
  /** rows are never taken for totals by their figures alone (--no-total-guess): warnings only */
  readonly noTotalGuess?: boolean;
}

/** A money unit a file states: the unit line or header cell that says it. */
export interface StatedUnit {
  readonly unit: MoneyUnit;
  readonly text: string;
  readonly location: Location;
}

/** A cell summing rows of its column, and the cells of text among them (xlsx/sum-over-text.ts). */
export interface SumOverText {
  /** its formula, with "=" */
  readonly formula: string;
  readonly cells: readonly { readonly line: number; readonly text: string }[];
}

export interface ColumnInfo {
  /** 1-based, as in messages */
  readonly column: number;
  readonly header: string;
  readonly role: ColumnRole;
  /** for figure columns: the measure after group rows, --measure and the file name */
  readonly measure: Measure | null;
  readonly measureFrom?: string;
  readonly unit?: MoneyUnit;
}

export interface FileReport {
  file: string;
  /** a workbook: the sheet read, and why that one (encoding and delimiter then do not apply) */
  sheet?: {
    name: string;
    how: string;
    /** the year whose sheet it is, picked without --sheet beside other years' or parts of a year's (yearSheet) */
    ofYear?: number;
    /** the workbook's visible sheets, in order */
    names?: readonly string[];
    /** money units stated on the workbook's other sheets that hold no table (a cover: xlsx/cover-unit.ts) */
    units?: readonly CoverUnit[];
    /** what the sheet states outside its cells (page header and footer, text boxes, comments): read as title lines (xlsx/outside-texts.ts) */
    outside?: readonly OutsideText[];
  };
  encoding: EncodingName;
  encodingHow: string;
  delimiter: Delimiter;
  delimiterHow: string;
  headerLine: number;
  /** the group row of a two-row header ("Về việc" / "Về tiền" above the labels), 0 if none */
  groupRowLine: number;
  columns: ColumnInfo[];
  /**
   * totals read from a header that may say resolved ("Tổng số giải quyết", headers.ts
   * namesResolvingTotal), beside the carried over and new that check them: a row where total ≠
   * carried over + new proves the header is not total accepted, and is refused (collect.ts); and
   * "Tổng số phải giải quyết" read as to execute for its place (namesToResolve, layout.ts): a row
   * where it is not total − delegated − withdrawn, nor with + without conditions, is refused
   */
  /**
   * a workbook's cells summing rows of their column (=SUM(C2:C4)) over cells holding text with a
   * digit ("1.234"), by "line:column": Excel's SUM skips such a cell, thads reads its number
   * (xlsx/sum-over-text.ts) — a total differing by them is its formula's doing, not an office's
   */
  sumsOverText?: ReadonlyMap<string, SumOverText>;
  doubtfulTotals?: { readonly measure: Measure; readonly column: number; readonly header: string; readonly field: 'total' | 'to_execute' }[];
  measures: Measure[];
  numberFormat: Convention | 'plain' | 'undecided';
  numberFormatWhy: string;
  moneyUnit: MoneyUnit;
  moneyUnitFrom: string;
  /** the unit line or header cell moneyUnit was read from; null: an option's, or the default */
  moneyUnitStated: StatedUnit | null;
  /** money read in đồng by default under a unit line that gives the cases' unit only ("Đơn vị tính: Việc"): its money must be whole đồng (read-file.ts) */
  casesOnlyUnitLine?: { readonly line: number; readonly column: number; readonly text: string };
  yearFrom: string;
  /** the year the file states (its title's, else its name's) when it has no year column; null: none */
  statedYear: number | null;
  /** the year a title states over a year column, and its line (the column's rows' years are checked against it: collect.ts titleBesideYearColumn); absent: none, or no year column, or --year */
  titleYearOverColumn?: { readonly year: number; readonly line: number };
  /**
   * rows whose year cell names the whole year without one ("Cả năm") read as a file without a
   * year column is: `stated` the year its title, else its name, states (statedYear's); `unknown`:
   * left of an unknown year
   */
  yearless?: { readonly stated: number | null; readonly unknown: boolean };
  /** the last day of the period the title states (YYYY-MM-DD), null: none */
  periodEnd: string | null;
  /** the first day the title states (YYYY-MM-DD), null: none (the period counts from 1 October) */
  periodStart: string | null;
  /** the file is thads' own output read back (layout.ts isThadsOutput): its TOTAL is the sum of every group of its run, printed or not (--only) */
  ownOutput?: true;
  /** the period its title, else its sheet's name or its file name, states (file-names.ts withFileName) */
  statedPeriod: StatedPeriod;
  /** the title, else its sheet's or file name, names the period by a month's or a quarter's words ("THÁNG 9/2019"; titleNamesMonth) */
  periodByMonth: boolean;
  /** the provinces the title lines name ("CỤC THADS TỈNH GIA LAI"), one of the 34 once from 2025 (titleProvinces) */
  titleProvinces: readonly TitleProvince[];
  /** a title line names a cluster of provinces ("CỤM THI ĐUA SỐ 5"): the title's province fixes no row's (namesCluster) */
  titleCluster: boolean;
  /**
   * names a file in an old font kept as written, being Vietnamese as typed too, and what the
   * font shows for each ("Phó Léc": "Phú Lộc"; legacy-font.ts otherReading); absent: none
   */
  otherFontReadings?: ReadonlyMap<string, string>;
  /** the one office the title lines name ("CHI CỤC THADS HUYỆN MỸ LỘC"), null: none (titleOffice) */
  titleOffice: TitleOffice | null;
  /** a title line says the table is of the district level's offices alone ("… CỦA CÁC CHI CỤC …"), in which words; null: none (titleDistrictOffices) */
  titleDistrictOffices: DistrictOffices | null;
  /** the province whose department the title names as its sender ("CỤC THADS TỈNH THÁI BÌNH"), null: none (titleDepartment) */
  titleDepartment: TitleProvince | null;
  /** the first title line naming a total as a file's name would ("BÁO CÁO TỔNG HỢP TOÀN TỈNH"), else the sheet's name so naming it (`sheet`: "Tổng hợp toàn tỉnh"), null: none (file-names.ts titleNamingTotal); read whatever the columns, it names the file a total only where collect.ts says so */
  titleTotal: { readonly title: string; readonly line: number; readonly sheet?: true } | null;
  /** lines of rows read as the subtotal of the former provinces below them that may instead be provinces of a list of the 63 (list-structure.ts `listed`) */
  listedSubtotals: readonly number[];
  /** lines of Roman office lines of a form by enforcer followed straight by the next of their list (by-enforcer.ts nextRomanOfList): offices without enforcers unless the rows below them add up to them (declared-rows.ts listOffice) */
  romanListLines: number[];
  /** lines of the rows without an STT read as an office's parts under its row that name a kind of cases ("Án tín dụng": row-labels.ts namesCaseKindRow), for OFFICE_SUBTOTAL_MISMATCH to call them its breakdown by kind of cases, no enforcers' rows (collect.ts) */
  caseKindParts: number[];
  /**
   * rows a "Riêng …" / "Trong đó: …" word declares a level's part of the offices above them
   * ("Riêng Cục", "Riêng các Chi cục", "Trong đó: Văn phòng Cục" below office rows:
   * row-labels.ts levelAfterRieng), their line and cell as written: never an office of their own
   * (collect.ts refuses one that no rows check)
   */
  partLines: readonly { readonly line: number; readonly written: string }[];
  dataRows: number;
  totalRows: number;
  skippedRows: number;
  otherYearRows: number;
  findings: Finding[];
  /** a text file's records whose quoted cells hold line breaks: the physical line of each cell (cell-lines.ts) */
  cellLines?: CellLines;
}

/**
 * A row of figures as the file states it: an office ('data'), a row labelled as the file's
 * total ('total': "Tổng cộng") or a section's ('section': "Các Chi cục", "Cấp huyện"), or a row
 * numbered as a section (STT "II") under an office-like name ('numbered'): a subtotal if it
 * equals the rows it heads, else decided by domain/declared-rows.ts; a province's own name right
 * below rows of that province ('closing'): their subtotal if it equals them, else an office.
 */
export interface FileRow {
  /** 'heading': a section's title row without figures ("II. Các Chi cục" with empty cells): it ends the section above */
  /** 'other-year': a row of a year --year leaves out, without figures: where its year's block stands (domain/year-declared-rows.ts) */
  readonly kind: 'data' | 'total' | 'section' | 'numbered' | 'level' | 'closing' | 'heading' | 'other-year';
  readonly row: OfficeRow;
  /** a declared row with an empty year cell in a year column: its block's year is its own (or its label's) */
  readonly undated?: Undated;
  /** a column thads does not read names the row (an enforcer under "Chấp hành viên"): domain/office-runs.ts */
  readonly named?: boolean;
  /** its STT cell holds a number (an item of the list) */
  readonly numbered?: boolean;
  /** its STT cell's whole number ("8"), if that is all it holds: where it stands in a run of items (province-rows.ts) */
  readonly item?: number;
  /** a data row's item number (its STT "3", "3."; null: none), where the row writes its office's name itself: a row pasted twice repeats its office and figures (domain/repeated-rows.ts) */
  readonly pastedItem?: number | null;
  /** one of a 2025 regional office's former districts under its row with figures (domain/office-runs.ts Part) */
  readonly part?: 'whole' | 'of-which';
  /** the khu vực's own row among its former parts under its own title: one of its rows unless their sum (domain/office-runs.ts OWN_ROW) */
  readonly ownPart?: true;
  /** a data row the sheet hides, by hand or a filter (<row hidden="1">, no collapsed group's detail): one repeating a visible office row is refused (domain/repeated-rows.ts rule 3) */
  readonly hidden?: true;
  /**
   * An enforcer's row of a form by enforcer (its name where the office's would be, or no office
   * column): the line its office is written on, 0 for none (read-csv.ts officeWrittenAt). Its
   * office's rows under one line are written once (collect.ts DUPLICATE_OFFICE).
   */
  readonly officeOn?: number;
  /**
   * A row read as a part of the khu vực over it, its row that office's ("Phòng THADS khu vực 3
   * (cũ)" under "Phòng THADS khu vực 3"): its name as written ("" under "Trong đó"). Where all of
   * them are former offices marked "(cũ)", --previous compares the office with the sum of its
   * parts last year (merger.ts listedMergers).
   */
  readonly formerName?: string;
  /** a 'numbered' row's or a 'heading''s numberingDepth (row-labels.ts): what nests in what; none for a row numbered otherwise */
  readonly depth?: number;
}

/**
 * The year that decides whether a row counts by the 63 provinces or the 34 (countsBy34, with the
 * period its report states): the row's own, else the one its report's title or name states
 * (statedYear). That year dates the report (its period, the merger) though it sets no target
 * (SPEC §3): "… 6 THÁNG ĐẦU NĂM 2026" is by the 34 whether or not --year says 2026. The roll-up (collect.ts) and the readers' block
 * rules (province-wholes.ts) read it here, so they never disagree on a row's regime.
 */
export function regimeYear(year: number | null, report: { readonly statedYear: number | null }): number | null {
  return year ?? report.statedYear;
}

export function newFileReport(file: string): FileReport {
  return {
    file,
    encoding: 'utf-8',
    encodingHow: 'default',
    delimiter: ',',
    delimiterHow: 'default',
    headerLine: 0,
    groupRowLine: 0,
    columns: [],
    measures: [],
    numberFormat: 'undecided',
    numberFormatWhy: '',
    moneyUnit: 'dong',
    moneyUnitFrom: 'default',
    moneyUnitStated: null,
    yearFrom: 'unknown',
    statedYear: null,
    periodEnd: null,
    periodStart: null,
    statedPeriod: { start: null, end: null },
    periodByMonth: false,
    titleProvinces: [],
    titleCluster: false,
    titleOffice: null,
    titleDepartment: null,
    titleDistrictOffices: null,
    titleTotal: null,
    listedSubtotals: [],
    romanListLines: [],
    caseKindParts: [],
    partLines: [],
    dataRows: 0,
    totalRows: 0,
    skippedRows: 0,
    otherYearRows: 0,
    findings: [],
  };
}

/**
 * Findings about a workbook's rows that were made where only the file and the row are known
 * (relations, declared totals, repeated offices) point into its sheet: findings[from…] in place.
 */
export function placeInSheet(findings: Finding[], from: number, report: FileReport): void {
  const sheet = report.sheet?.name;
  const cells = report.cellLines;
  if (sheet === undefined && cells === undefined) return;
  for (let i = from; i < findings.length; i++) {
    const f = findings[i]!;
    if (!f.location || f.location.file !== report.file || f.location.sheet !== undefined) continue;
    // a text file's cell: on its own line, below its record's first when a quoted cell before it holds line breaks (cell-lines.ts)
    findings[i] = sheet !== undefined ? { ...f, location: { ...f.location, sheet } } : cells!.finding(f);
  }
}

/** The column a measure's field is read from, 1-based; undefined: the file has none. */
export function figureColumn(report: FileReport, measure: Measure, field: FieldKey): number | undefined {
  return report.columns.find((c) => c.role.kind === 'figure' && c.role.field === field && c.measure === measure)?.column;
}

/**
 * A line above the table as a message names it: "line 3", or what a workbook's sheet states
 * outside its cells, read as a title line before row 1 ("the page header": xlsx/outside-texts.ts).
 */
export function lineName(report: Pick<FileReport, 'sheet'>, line: number): string {
  return line < 1 ? (report.sheet?.outside?.find((t) => t.line === line)?.what ?? 'a text outside the cells') : `line ${line}`;
}

/** …and where it is: the sheet, for a text outside its cells. */
export function lineLocation(report: Pick<FileReport, 'sheet'>, file: string, line: number, column?: number): Location {
  if (line < 1) return { file, ...(report.sheet ? { sheet: report.sheet.name } : {}) };
  return { file, line, ...(column !== undefined ? { column } : {}) };
}
