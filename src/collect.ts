// Wires input to domain for every command: reads the files, checks each row, sums groups and
// totals, and compares declared total rows with the sums. No output here.
import { Aggregator, keyOf, keyString, type DistrictOffices, type Group, type GroupLevel, type OfficeRow } from './domain/aggregate.js';
import { addSums, copySums, differenceOf, type FieldDiff, type Sums } from './domain/declared-rows.js';
import { YearDeclaredRows } from './domain/year-declared-rows.js';
import { OfficeRuns, type RunOutcome } from './domain/office-runs.js';
import { HiddenRepeats, oldLinesBesideTwin, RepeatedRows, type Repeat } from './domain/repeated-rows.js';
import { plain, shift, ZERO, type Dec } from './domain/decimal.js';
import { MONEY_UNIT_NAMES, UNIT_EXPONENT } from './input/units.js';
import { checkRelations, deriveMeasures, emptyFigures } from './domain/figures.js';
import { SUM_DIGITS, agreement, findSuspects, type NearDiff } from './domain/suspect-rows.js';
import { findCrossFileTotals, type CrossFileTotal, type FileOffice } from './domain/cross-file-totals.js';
import { chainedPeriods } from './domain/chained-periods.js';
import { findWholesBesideParts, findWholesBesideUnplaced, type FileRow, type WholeBesideParts } from './domain/whole-beside-parts.js';
import { bareName, initialsWritten, mayBeOneOffice, mayBeOneOfficeUnaccented, namesRegionOffice, officeProvince, officeProvinceInName, oneOfficeKey, oneOfficeTwice, provinceInName, provinceInNameFits, unitKind, withoutOwnNote } from './domain/office-names.js';
import { countsBy34, formerProvince, hasFormerMark, MERGER_YEAR, markedFormerProvince, namesKnownProvince, provinceInYear, provinceKey, successorProvince, withoutFormerMark, withoutMergedMark, withoutNewMark } from './domain/provinces.js';
import { provincesOf63, type Given63, type ListedParts, type OfficeName } from './domain/merger.js';
import type { Unit } from './domain/like-units.js';
import { DuplicateInputs } from './input/duplicate-inputs.js';
import { FIELDS, MEASURES, type FieldKey, type Measure } from './domain/fields.js';
import { columnLetters, finding, formatLocation, pushAll, STDIN, ThadsError, type Finding, type Location } from './errors.js';
import { createReadStream, statSync } from 'node:fs';
import { foldHeader } from './domain/names.js';
import { lettersLost } from './domain/letters.js';
import { readFastFile } from './input/fast/read-fast.js';
import { NO_PROGRESS, type Progress } from './progress.js';
import { figureColumn, newFileReport, lineLocation, lineName, placeInSheet, regimeYear, type FileReport, type ReadOptions } from './input/file-report.js';
import { writtenUnits } from './input/written-unit.js';
import { isWorkbookPath, readInputFile } from './input/read-file.js';
import { hiddenHalf, measureSheets } from './input/xlsx/read-xlsx.js';
import { earlierPeriodOfFileName, fileNamesTotal, officeFromFileName, provinceNamedAlone } from './input/file-names.js';
import { officeOfOwnTotal, unsayIndicatorTargets } from './input/own-report.js';
import { mergedTitle, provinceOfRows, TitleForRows, undecidedTitle } from './input/title-province.js';
import { AgencyProvinceRows } from './input/agency-provinces.js';
import { distinctPeriods, periodOf, statedIn, type Period } from './domain/periods.js';
import { GivenProvinceRows } from './input/given-province.js';
import { moneyApartDoubts, moneyUnitDoubt, type FilePerCase } from './input/money-unit-doubt.js';
import { moneyPerCase } from './domain/money-ceiling.js';
import { agencyProvinceNamed, ANOTHER_PERIOD, CASE_KIND_ROW, COUNT_NOTE_ROW, namesCaseKindRow, namesCountNote, districtOfficesRow, isCarryRow, mergerHalfOfSection, mayNameOffice, namesDistrictOffices, namesLevel, namesLowerLevel, namesOwnOffice, ownOfficeNamed, namesProvincesGroupHeading, namesProvincesGroupTotal, namesProvinceItself, namesWholeOfProvince, provinceItselfNamed, provinceOfGroup, provinceStoodFor, provinceWholeOf, yearOfRowLabel } from './input/row-labels.js';
import { namesakesInFile, placeOf, type TotalFile } from './domain/office-registry.js';
import { OfficeLabels, writtenProvince } from './domain/office-labels.js';
import type { Unplaced, UnplacedRow } from './domain/undecided-targets.js';
import { keepInput, type KeptInput } from './input/spool.js';
import { fontReadingOf } from './input/legacy-font.js';
import { enforcerBesideItsLine, formedFromFormerOffices, namesNoOffice, namesOfficeNotPerson, namesPersonWithPost, rowsUnderItsLine, isEnforcerHeader, namesDistrictAfterMerger, namesDistrictOffice, namesDistrictOfficeAfterMerger, namesFormerOffice, namesRegionalOffice, namesSubtotalOfOfficeBelow } from './input/by-enforcer.js';

/** The hint of thads' own output whose rows add up to less than its total (--only output). */
const OWN_ONLY_HINT = "this is thads' own output: its total counts every group of its run, so rows adding up to less were written with --only (some of the groups) or edited; it cannot be added up or compared group by group: give the output thads wrote without --only, or the files it read";

/** the relations whose breach on a row refutes a doubtful column's reading (layout.ts doubtfulTotals), by the field it was read as */
/** OFFICE_NAME_VARIANTS' hint where no total is printed (a refused run, check): the total is a sum's, right only if the rows are not one office's row given twice. */
const VARIANTS_HINT_UNSUMMED =
  "write an office's name alike on all its rows; if they are two offices, write each with its unit (huyện, thị xã, thành phố); if one row is a corrected copy of the other, delete the old one (summarize adds both: that office would count twice in the total)";

/** OFFICE_NAME_VARIANTS' hint for two files' offices: a file resent with its figures corrected is removed, not kept beside the old one. */
const VARIANTS_HINT_FILES =
  "write an office's name alike in all files; if they are two offices, write each with its unit (huyện, thị xã, thành phố); if one file resends the other's office, remove the old one (summarize adds both: that office would count twice in the total)";

/**
 * OFFICE_NAME_VARIANTS of two names (`pair`: the later's name, then the earlier's with where it
 * is), located at the later: two rows of one file, or two files' offices.
 */
function nameVariants(pair: string, at: Location, hint?: string): Finding {
  const said = `${pair} may be one office written two ways`;
  return {
    ...finding('warning', 'OFFICE_NAME_VARIANTS', `${said}: they are counted as two offices`, at, hint),
    // (a refused run has no total to be right: the code's hint says so of a sum)
    unsummed: { message: `${said}: a sum would count them as two offices; nothing is summed while the input has errors`, hint: hint ?? VARIANTS_HINT_UNSUMMED },
    checked: { message: `${said}: summarize counts them as two offices`, hint: hint ?? VARIANTS_HINT_UNSUMMED },
  };
}

const DOUBTED: Readonly<Record<string, 'total' | 'to_execute' | undefined>> = { TOTAL_MISMATCH: 'total', TO_EXECUTE_MISMATCH: 'to_execute', CONDITIONS_SPLIT_MISMATCH: 'to_execute' };

/** Significant digits each of two rows or more found as subtotals needs for both to be refused (SUSPECTED_TOTAL_ROW): "450 | 345", not "1 | 1". */
const PAIRED_DIGITS = 4;
export interface Collected {
  readonly groups: Group[];
  /** per year when year is a --by level, else one */
  readonly totals: Group[];
  /** for each total: its province when all of its rows share one (for province targets) */
  readonly totalProvinces: Map<string, string | null>;
  /** for each total: how many provinces its rows name (a report of every province is national) */
  readonly totalProvinceCounts: Map<string, number>;
  /** per total whose rows name a province and rows of which name none: both (undecided-targets.ts) */
  readonly unplaced: Unplaced;
  readonly years: Set<number | null>;
  /** every province the rows name, or stand for by their office cell (a national report by province), as first written */
  readonly provinces: string[];
  /** `provinces`, `offices` and `provincesOf63` of each year's rows: --previous compares one year of an input of several (ofYear) */
  readonly perYear: ReadonlyMap<number | null, { readonly provinces: string[]; readonly offices: OfficeName[]; readonly provincesOf63: string[] }>;
  /** every office the rows name (province as the row gives it), as first written: --previous asks which the mergedOffices' older offices are */
  readonly offices: OfficeName[];
  /**
   * offices whose former parts marked "(cũ)" the rows list under them ("Phòng THADS khu vực 3 (cũ)",
   * "… 4 (cũ)" under "Phòng THADS khu vực 3"), each with those parts: --previous compares the
   * office with their sum last year (merger.ts listedMergers)
   */
  readonly listedParts: ListedParts[];
  /** what the rows stand for, per year, each once: --previous compares a total only over the same units (like-units.ts) */
  readonly units: Unit[];
  /**
   * the provinces of the 63 the rows give figures for, each read as its report counts
   * (countsBy34 of its year and period): --previous asks which units of the 34 it gives whole
   * (merger.ts planProvinces). A row by the 63 gives its province; a row by the 34 gives every
   * province its successor was formed from, or, marked "(cũ)" or merged away, the one it names
   * (and the successor's name beside one it merged away is the former province: merger.ts provincesOf63).
   */
  readonly provincesOf63: string[];
  /** every row counts by the 34 provinces of 2025 (countsBy34) */
  readonly by34: boolean;
  /** the periods the files cover, by their first and last days (periods.ts), each once: --previous compares like periods only */
  readonly periods: Period[];
  readonly reports: FileReport[];
  /** warnings found while reading, in file order */
  readonly findings: Finding[];
}

function label(field: FieldKey): string {
  return field.replace(/_/g, ' ');
}

/**
 * A declared total's figure as the file writes it: money read in a unit above đồng ("Đơn vị tính:
 * nghìn đồng") in that unit, its đồng after it — "25955161 nghìn đồng (25955161000 đồng)". Its
 * đồng alone ("25955161000") named no cell the statistician could find in the file (traps38 3).
 */
function inFileUnit(value: Dec, measure: Measure, report: FileReport): string {
  const unit = report.moneyUnit;
  if (measure !== 'money' || unit === 'dong') return plain(value);
  return `${plain(shift(value, -UNIT_EXPONENT[unit]))} ${MONEY_UNIT_NAMES[unit].vi} (${plain(value)} đồng)`;
}

/** "cases completed 1351 against 1350", as a near total's message names its largest difference. */
function nearDiff(d: NearDiff): string {
  return `${d.measure} ${label(FIELDS[d.index]!.key)} ${plain(d.figure)} against ${plain(d.sum)}`;
}

/** Bytes of a file for the progress bar; 0 when it cannot be read (reading it says why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** A declared row's name and line, as messages quote it. */
function rowName(row: OfficeRow): string {
  return `line ${row.line} "${row.district}"`;
}

/** A row numbered as a section: in a file without an office column, by its province cell (its district is the file's name). */
function sectionRowName(row: OfficeRow, report: FileReport): string {
  const byProvince = row.province !== null && !report.columns.some((c) => c.role.kind === 'identity' && c.role.key === 'district');
  return byProvince ? `line ${row.line} "${row.province}"` : rowName(row);
}

/**
 * `progress` hears of bytes and rows as they are read; the caller finishes it.
 * `findings` may be the caller's array: when a file turns out fatally broken half-way, what was
 * found before the error is already in it (check reports every finding, not just the fatal one).
 * `inputs` remembers what earlier files gave (check reads its files one call at a time: its
 * calls print no sums, so offices lacking a measure are not looked for there).
 */
/** A refused row's figures (collect refusedLines): every field of both measures unknown. */
const UNKNOWN_FIGURES: Sums = { cases: emptyFigures(), money: emptyFigures() };

export async function collect(
  files: readonly string[],
  opts: ReadOptions,
  by: readonly GroupLevel[],
  progress: Progress = NO_PROGRESS,
  findings: Finding[] = [],
  inputs?: DuplicateInputs,
): Promise<Collected> {
  // Inputs that can be read only once — standard input, a named pipe ("<(iconv …)") — are kept
  // in a temporary file first, and read from there like a file (input/spool.ts).
  const keptInputs = new Map<string, KeptInput>();
  try {
    for (const file of files) {
      const source = file === STDIN ? opts.stdin?.() : isPipe(file) ? createReadStream(file) : undefined;
      if (source) keptInputs.set(file, await keepInput(source, file));
    }
    const kept = new Map([...keptInputs].map(([file, k]) => [file, k.kind === 'file' ? () => createReadStream(k.path) : k.stream]));
    return await collectFiles(files, kept.size > 0 ? { ...opts, kept } : opts, by, progress, findings, inputs ?? new DuplicateInputs(), keptInputs, inputs === undefined);
  } finally {
    for (const k of keptInputs.values()) if (k.kind === 'file') k.remove();
  }
}

/** A named pipe or a device: it can be read once only. */
export function isPipe(file: string): boolean {
  try {
    const st = statSync(file);
    return st.isFIFO() || st.isCharacterDevice() || st.isSocket();
  } catch {
    return false; // reading it says why
  }
}

/**
 * `kept`: where inputs that can be read only once were kept, and their hash, if they were;
 * `wholeRun`: `files` are all the files of the run (their sums are printed).
 */
async function collectFiles(
  files: readonly string[],
  opts: ReadOptions,
  by: readonly GroupLevel[],
  progress: Progress,
  findings: Finding[],
  inputs: DuplicateInputs,
  kept: ReadonlyMap<string, KeptInput>,
  wholeRun: boolean,
): Promise<Collected> {
  const keptFile = (file: string) => {
    const k = kept.get(file);
    return k?.kind === 'file' ? k : null;
  };
  const pathOf = (file: string) => keptFile(file)?.path ?? file;
  const groups = new Aggregator(by);
  const totalBy: GroupLevel[] = by.includes('year') ? ['year'] : [];
  const totals = new Aggregator(totalBy);
  const totalProvinces = new Map<string, string | null>();
  /** per total: the provinces its rows name, by provinceKey → the first spelling seen */
  const provinceSeen = new Map<string, Map<string, string>>();
  /** per total: the files of offices that name no province and stand for none */
  const unplacedFiles = new Map<string, Map<string, UnplacedRow>>();
  /** files already said to leave rows without a province (a title naming two) */
  const saidUndecided = new Set<string>();
  const years = new Set<number | null>();
  const offices = new Map<string, OfficeName>();
  /** file, office and year → the former parts its rows list under it, as written (FileRow.formerName) */
  const partsRead = new Map<string, string[]>();
  const partsReadKey = (row: OfficeRow, province: string | null) => `${row.file}\u0000${provinceKey(province ?? '')}\u0000${bareName(row.district)}\u0000${row.year ?? ''}`;
  /** the offices counted with their parts (Collected.listedParts), by office and year */
  const listed = new Map<string, ListedParts>();
  /** year → the offices and the provinces stood for of that year's rows (Collected.perYear) */
  const yearOffices = new Map<number | null, Map<string, OfficeName>>();
  const yearStoodFor = new Map<number | null, Map<string, string>>();
  const units = new Map<string, Unit>();
  /** each file's money and cases with conditions per year (money-unit-doubt.ts moneyApartDoubts) */
  const perCaseOfFiles: FilePerCase[] = [];
  /** the provinces the rows name, each once, and whether as a whole of the 34 (Collected.provincesOf63) */
  const of63 = new Map<string, Given63>();
  /** …of each year's rows: an input of several years is planned from its compared year's alone (ofYear) */
  const yearOf63 = new Map<number | null, Map<string, Given63>>();
  /** provinceKey → the province rows without one stand for by their office cell (provinceStoodFor) */
  const stoodFor = new Map<string, string>();
  const reports: FileReport[] = [];
  /** the years of each file's rows: a period stated without a year is each of theirs */
  const rowYears = new Map<FileReport, Set<number | null>>();
  /** every file's offices, counted once all files are read, under their labels */
  /** (`chiCuc`: the office of a file without an office column whose title names a Chi cục: an office, never a province it is named like) */
  /** (`district`: the file is a table of the district level's offices alone, districtOfficesOf) */
  const counted: { row: OfficeRow; rows: number; kind: Unit['kind']; chiCuc: boolean; district: DistrictOffices | null }[] = [];
  /**
   * per total, and per group above the offices (--by province, --by year): its rows are all of the
   * district level's offices alone, in which words (null: a row is not), and the one office they
   * are, if one (null: several), and whether a row names a province
   */
  const districtSeen = new Map<string, { words: DistrictOffices | null; office: OfficeName | null; placed: boolean }>();
  const groupsOfOffices = by.includes('district');
  const labels = new OfficeLabels();
  /** every file's offices, when there are several files: an office may total another file's */
  const fileOffices: FileOffice<OfficeRow>[] = [];
  /** provinces' files' rows (wholes) and offices' rows (parts), when there are several files */
  const wholes: FileRow<OfficeRow>[] = [];
  /** files named after a province whose wholes of it are written in an office column ("Nam Định 2019.csv", its row "Nam Định") */
  const wholesInColumn = new Set<string>();
  const parts: FileRow<OfficeRow>[] = [];
  /** a disagreeing declared total: an error unless the user accepts it (SPEC §6) */
  const totalSeverity = opts.acceptTotalMismatch ? 'warning' : 'error';

  progress.expect(files.reduce((sum, file) => sum + sizeOf(pathOf(file)), 0));
  // A workbook of the pair of forms on two tabs ("Việc" | "Tiền"): its sheets are read as two
  // one-measure files, joined per office as split việc / tiền files are (measureSheets).
  const reads: { file: string; sheet?: string; again?: true }[] = [];
  for (const file of files) {
    const pair = keptFile(file) === null ? await measureSheets(file, opts) : null;
    reads.push(...(pair === null ? [{ file }] : [{ file, sheet: pair[0] }, { file, sheet: pair[1], again: true as const }]));
  }
  for (const { file, sheet, again } of reads) {
    const report = newFileReport(file);
    reports.push(report);
    const firstFinding = findings.length;
    const copyOf = again ? null : await inputs.sameAs(file, keptFile(file) ?? undefined);
    if (copyOf !== null) {
      const how = copyOf.how === 'file' ? (copyOf.file === file ? 'it is named twice' : 'the same file under another name') : 'a copy: the same bytes';
      const earlier = copyOf.file === STDIN ? 'standard input' : copyOf.file;
      throw new ThadsError('DUPLICATE_INPUT', `this ${file === STDIN ? 'input' : 'file'} repeats ${earlier} (${how}); its figures would be added twice`, { file });
    }
    const rowFindings: Finding[] = [];
    const checkRow = (row: OfficeRow) => {
      for (const m of MEASURES) {
        const f = row.figures[m];
        if (!f) continue;
        for (const v of checkRelations(f, m, row.year)) {
          const column = figureColumn(report, m, v.field);
          // "Tổng số giải quyết" is read as total accepted for its carried over + new (layout.ts):
          // a row where it is not proves it counts something else (resolved), never a total to sum
          // "Tổng số phải giải quyết" read as to execute for its place (layout.ts): a row where it is
          // not total − delegated − withdrawn, nor with + without conditions, proves it something else
          const doubtful = DOUBTED[v.code] ? report.doubtfulTotals?.find((d) => d.measure === m && d.field === DOUBTED[v.code]) : undefined;
          if (doubtful?.field === 'to_execute') {
            rowFindings.push(finding('error', v.code, `${v.message}: column "${doubtful.header}" is read as the ${m} to execute (total − delegated − withdrawn) for where it stands, and this row says it counts something else`, { file, line: row.line, column: doubtful.column }, `if the column counts the ${m} to execute, correct this row; if it counts total accepted (carried over + new), rename it "Tổng số thụ lý"`));
          } else if (doubtful) {
            rowFindings.push(finding('error', v.code, `${v.message}: column "${doubtful.header}" is read as total accepted only where it is carried over + new, and this row says it counts something else (resolved?)`, { file, line: row.line, column: doubtful.column }, `if the column counts the ${m} to resolve, correct this row; if it counts those resolved, rename it "Giải quyết xong"`));
          } else rowFindings.push(finding('warning', v.code, v.message, { file, line: row.line, ...(column ? { column } : {}) }, v.hint));
        }
      }
    };

    // Rows are summed per office first (the fast path hands them over so): groups and totals
    // then take one addition per office, not per row.
    /** (`owned`: its row's figures are its own copy, written as further rows are added; most offices are one row, never copied) */
    const perOffice = new Map<string, { row: OfficeRow; rows: number; owned: boolean }>();
    // "ben-tre-viec-2019.csv", "Bieu viec - Ben Tre - 2019.csv": the measure and the form are no part of its name.
    // Without an office column a bare province's name is the office's own (file-names.ts); a
    // file's only row, its declared total, is the province's. Else the title's ("CỤC THADS TỈNH X").
    const hasOfficeColumn = () => report.columns.some((c) => c.role.kind === 'identity' && c.role.key === 'district');
    /** a column of the enforcer's name ("Chấp hành viên", "Họ và tên"): one row per person, the office filled down */
    const hasPersonColumn = () => report.columns.some((c) => isEnforcerHeader(c.header));
    const namedProvince = (total: boolean, year: number | null) =>
      provinceOfRows(file === STDIN ? null : file, !total && !hasOfficeColumn(), titleRows.taken ? mergedTitle(report.titleProvinces, year) : [], year, report.sheet?.name, report.titleCluster && hasOfficeColumn());
    // A row rolled up into its successor is still its former province's office (office-labels.ts).
    // (the key itself where no former province is written: made once, keyString)
    const officeKeyOf = (row: OfficeRow) => {
      const key = keyString({ province: row.province, district: row.district, year: row.year });
      const from = provinceKey(row.from ?? '');
      return from === '' ? key : `${key}\u0000${from}`;
    };
    /** merged-away provinces whose rows were rolled up into their successor, and where first */
    const rolledUp = new Map<string, { from: string; into: string; year: number; line: number }>();
    /** province cells that name no province of either era, by provinceKey → the first (`by34`: the report counts by the 34) */
    const unknown = new Map<string, { name: string; line: number; by34: boolean }>();
    /** rows left without a province by a title naming two (undecidedTitle) */
    let undecided: string | null = null;
    // Rows per office as the file writes it: a province's rows rolled into its successor are no
    // repeats of the successor (DUPLICATE_OFFICE), though they are summed with it.
    // Nor are an office's enforcers' rows in a form by enforcer under its one line (read-csv.ts
    // officeWrittenAt): the office is written there once, not on each of them; its line given
    // again with its enforcers is a repeat. (`on`: the line of the writing counted last)
    const asWritten = new Map<string, { row: OfficeRow; rows: number; repeatLine: number | null; on?: number }>();
    /** an enforcer's row → the line its office is written on (FileRow officeOn) */
    const officeOn = new WeakMap<OfficeRow, number>();
    /** offices whose name writes another province after its region than their row's ("khu vực 2 - Đắk Lắk" in a Gia Lai row) */
    const otherProvince: { row: OfficeRow; named: string; region: boolean }[] = [];
    const officeAt = (line: number) => {
      const column = report.columns.find((c) => c.role.kind === 'identity' && c.role.key === 'district')?.column;
      return { file, line, ...(column ? { column } : {}), ...(report.sheet ? { sheet: report.sheet.name } : {}) };
    };
    /** the rows --province places: its province's, an office named like another province too */
    const flagRows = opts.province !== undefined ? new GivenProvinceRows(opts.province) : null;
    const addOffice = (given: OfficeRow, rows: number, repeatLine: number | null, total = false) => {
      rowYears.set(report, (rowYears.get(report) ?? new Set()).add(given.year));
      // A file of one province's offices without a Tỉnh column ("Tiền Giang 2019.csv") is of the
      // province its name says: its "Châu Thành" is not Bến Tre's "Châu Thành".
      const fromFile = given.province === null ? namedProvince(total, given.year) : null;
      // (a row that is a province itself, "Gia Lai" in a table of the provinces, needs none)
      const cluster = report.titleCluster && hasOfficeColumn() && given.province === null && provinceStoodFor(given) === null;
      const unsure = given.province === null && titleRows.taken ? undecidedTitle(mergedTitle(report.titleProvinces, given.year), fromFile, cluster) : null;
      undecided ??= unsure;
      // --province places only what nothing in the file places or leaves open (a cluster's rows, a title naming two),
      // an office named like a province too (given-province.ts).
      const flagged = given.province === null && unsure === null && !report.titleCluster ? flagRows : null;
      const named = fromFile ?? flagged?.place(given, officeAt(given.line)) ?? null;
      let row = named !== null ? { ...given, province: named } : given;
      // Under a cluster's title an office named twice may be two provinces' ("Châu Thành" of Tiền
      // Giang and of Bến Tre): summed as one it would be a wrong office, rank and target. Only an
      // enforcer's form (a "Chấp hành viên" column) fills its office down on the row right below;
      // without one, one province's last office above the next's first is two offices too.
      // (the fast path hands an office over summed, with its first repeat; the reference row by row)
      const before = cluster ? asWritten.get(officeKeyOf(row)) : undefined;
      const first = before?.row.line ?? (cluster && repeatLine !== null ? row.line : null);
      const again = before !== undefined ? (repeatLine ?? row.line) : repeatLine;
      if (first !== null && again !== null && (again > first + 1 || !hasPersonColumn())) {
        throw new ThadsError('PROVINCE_CONFLICT', `office "${row.district}" comes again (first on ${report.sheet ? 'row' : 'line'} ${first}) in a report whose title names a cluster of provinces and whose rows name none: they may be two provinces' offices, which would be summed as one`, officeAt(again));
      }
      // A report by the 63 (2024, or 2025 before 1/7) has no other Tiền Giang than the former
      // one: "Tiền Giang (cũ)" is printed, keyed and compared as Tiền Giang.
      const year = regimeYear(row.year, report);
      if (row.province !== null && year !== null && !countsBy34(year, statedIn(report.statedPeriod, year).end) && formerProvince(row.province) !== null) row = { ...row, province: withoutFormerMark(row.province) };
      // "Ninh Bình (mới)", "Ninh Bình (hợp nhất)" are printed as Ninh Bình: the mark only sets it
      // apart from the former namesake, and it is keyed as Ninh Bình already (provinceKey).
      const current = row.province === null ? null : withoutNewMark(withoutMergedMark(row.province));
      if (current !== row.province) row = { ...row, province: current };
      const written = asWritten.get(officeKeyOf(row));
      const on = officeOn.get(given);
      if (written && (on === undefined || on !== written.on)) {
        written.rows += rows;
        written.repeatLine ??= repeatLine ?? row.line;
        written.on = on;
      } else if (!written) asWritten.set(officeKeyOf(row), { row, rows, repeatLine, ...(on !== undefined ? { on } : {}) });
      // From 2025 a report counts by the 34 provinces: rows still under a province merged away
      // ("Nam Định" beside "Ninh Bình") are its successor's, said once per province and file.
      // "Ninh Bình (cũ)" too: the old province, now part of the new one of (maybe) its name.
      // (A row that stands for a province in the office column gives it to --previous likewise.)
      const province = row.province ?? provinceStoodFor(row);
      const by34 = province !== null && countsBy34(year, statedIn(report.statedPeriod, year).end);
      const merged = by34 ? (provinceInYear(province!, year!)?.mergedInto ?? formerProvince(province!)?.name) : undefined;
      if (province !== null) {
        // "Nam Định (cũ)" in the office column of the new Ninh Bình's file gives that former province only
        const cell = by34 && row.district !== null ? markedFormerProvince(row.district) : null;
        const former = cell !== null && provinceKey(successorProvince(cell)?.name ?? '') === provinceKey(successorProvince(province)?.name ?? '') ? cell : null;
        const whole = by34 && merged === undefined && former === null && successorProvince(province) !== null;
        const from = `${report.file}\u0000${report.sheet?.name ?? ''}`;
        // a province's own line: no office column, or its office cell names the province itself
        const level = !hasOfficeColumn() || (row.province === null && provinceStoodFor(row) !== null);
        const key = `${provinceKey(former ?? province)}\u0000${whole}\u0000${level}\u0000${from}`;
        if (!of63.has(key)) of63.set(key, { name: former ?? province, whole, report: from, level });
        let ofYear63 = yearOf63.get(row.year);
        if (ofYear63 === undefined) yearOf63.set(row.year, (ofYear63 = new Map()));
        if (!ofYear63.has(key)) ofYear63.set(key, of63.get(key)!);
      }
      // A cell naming no province thads knows stays one of its own: nothing to roll it into, said.
      // So is one of a report by the 63: a row under "HN" or "Vũng Tàu" is no row of Hà Nội's or
      // Bà Rịa - Vũng Tàu's, a group of its own beside them (traps21 pt2, vt: exit 0).
      if (given.province !== null && year !== null && !unknown.has(provinceKey(given.province)) && (by34 ? successorProvince(given.province) === null : !namesKnownProvince(given.province, year))) unknown.set(provinceKey(given.province), { name: given.province, line: row.line, by34 });
      if (merged !== undefined && row.province !== null) {
        const key = provinceKey(row.province!);
        if (!rolledUp.has(key)) rolledUp.set(key, { from: row.province!, into: merged, year: year!, line: row.line });
        // (a khu vực keeps no former province: it is numbered within the merged one, officeProvince)
        row = officeProvince(row.province!, row.district ?? '', year) !== row.province ? { ...row, province: merged } : { ...row, province: merged, from: row.province! };
      }
      const inName = row.province === null ? null : provinceNamedByOffice(row.district, row.year);
      const key = officeKeyOf(row);
      // once per office: the fast path hands an office over summed, the reference row by row
      if (inName !== null && !provinceInNameFits(inName.province, row) && !perOffice.has(key)) otherProvince.push({ row, named: inName.province, region: inName.region });
      const office = perOffice.get(key);
      if (office) {
        // (its figures copied before they are first added to: a reader's arrays are never written)
        if (!office.owned) {
          office.row = { ...office.row, figures: copySums(office.row.figures) };
          office.owned = true;
        }
        addSums(office.row.figures, row.figures);
        office.rows += rows;
      } else perOffice.set(key, { row: { ...row }, rows, owned: false });
    };
    // Offices whose cells name provinces are a national file's: its title's province is where it
    // was signed or sent, none of theirs (title-province.ts). A name from the file name is no cell.
    // A national list of 2025 or later naming each former province by its agency ("Cục THADS tỉnh
    // Nam Định", …), or each of the 34 by its agency of 1/7/2025 ("THADS tỉnh Ninh Bình", …), is a
    // table of provinces: each row that province's, rolled up above (agency-provinces.ts).
    const agencyRows = new AgencyProvinceRows<[OfficeRow, number, number | null]>(
      ([row, rows, repeatLine], province) => addOffice(province === null ? row : { ...row, province }, rows, repeatLine),
      ([row, rows]) => ({ row, rows }),
      (rowYear) => {
        const year = regimeYear(rowYear, report);
        return year !== null && countsBy34(year, statedIn(report.statedPeriod, year).end);
      },
    );
    let agencyTable = false;
    const titleRows = new TitleForRows<[OfficeRow, number, number | null]>((item) => agencyRows.offer(item));
    const offerOffice = (row: OfficeRow, rows: number, repeatLine: number | null) => titleRows.offer([row, rows, repeatLine], hasOfficeColumn() ? report.titleProvinces : [], row);
    // (the reader's list of rows that may be provinces of a list of the 63, known once the file is read)
    const declared = new YearDeclaredRows<OfficeRow>(opts.year, (row) => mayNameOffice(row.district), (row) => report.listedSubtotals.includes(row.line), (row) => isCarryRow(row.district), writtenUnits(report), (row) => namesLowerLevel(row.district), (row) => row.province === null && (namesProvincesGroupHeading(row.district) || namesProvincesGroupTotal(row.district)), (row) => namesDistrictOffices(row.district), (row) => report.romanListLines.includes(row.line), (row, office) => namesSubtotalOfOfficeBelow(row.district ?? '', office));
    const runs = new OfficeRuns<OfficeRow>();
    /** every declared row, as either reader declares it (districtOfficesOf) */
    const declaredRows: { readonly kind: string; readonly row: OfficeRow }[] = [];
    let numbered = 0;
    // Rows pasted twice (domain/repeated-rows.ts): a data row writing its office's name, its item number (FileRow pastedItem, null: none), whether a column thads does not read names it (an enforcer's: no office row), and the repeats found.
    const itemOf = new WeakMap<OfficeRow, number | null>();
    const namedRows = new WeakSet<OfficeRow>();
    const repeated = new RepeatedRows<OfficeRow>();
    const repeats: Repeat<OfficeRow>[] = [];
    // Rows the sheet hides repeating a visible office row (domain/repeated-rows.ts rule 3): an
    // office row writing its name (no enforcer's, no former part's) → its table (the declared rows
    // and headings read above it, its sheet) and whether hidden.
    const hiddenRepeats = new HiddenRepeats<OfficeRow>();
    const officeRowAt = new WeakMap<OfficeRow, { table: string; hidden: boolean }>();
    let tables = 0;

    // Plain files and real exports are summed per office on the fast path; it hands back null
    // when the file needs the reference reader. Its declared rows and sums of data rows come in
    // the order the reference reader's rows would reach DeclaredRows (fast/declared-feed.ts).
    // Rows the reader refused, read past in check (opts.onRowError: a "4o" cell, a row cut short):
    // their figures are unknown where they stood, so a total over them is compared with nothing
    // rather than with a sum that lacks them (traps35 3: every column of "Tổng cộng" reported as
    // not adding up, 350 against 300, though 100 + 200 + 50 = 350).
    let refusedLines: number[] = [];
    const onRowError = opts.onRowError;
    const readOpts: ReadOptions =
      onRowError === undefined
        ? opts
        : {
            ...opts,
            onRowError: (e) => {
              if (e.location?.line !== undefined) refusedLines.push(e.location.line);
              onRowError(e);
            },
          };
    const fast = isWorkbookPath(file) ? null : await readFastFile(file, readOpts, progress, pathOf(file));
    if (fast) {
      Object.assign(report, fast.report);
      for (const o of fast.offices) offerOffice({ file, line: o.line, province: o.province, district: o.district, year: o.year, figures: o.figures }, o.rows, o.repeatLine);
      // Without a declared row there is nothing for the rows to be checked against.
      const feed = fast.feed.some((item) => 'declared' in item) ? fast.feed : [];
      for (const item of feed) {
        if ('row' in item) {
          declared.addRow(item.row, item.year);
          continue;
        }
        if ('otherYear' in item) {
          declared.otherYearRow(item.otherYear);
          continue;
        }
        const d = item.declared;
        if (d.kind === 'numbered') numbered++;
        const row = { file, line: d.line, province: d.province, district: d.district, year: d.year, figures: d.figures };
        declaredRows.push({ kind: d.kind, row });
        declared.declare(d.kind, row, d.figures, d.undated);
      }
      // Rows that break a relation: warned of in file order, as the reference reader's rows are.
      for (const f of fast.flagged) checkRow({ file, line: f.line, province: null, district: '', year: f.year, figures: f.figures });
    }
    try {
      // An office's subtotal over its enforcers' rows, labelled nowhere, is not added
      // (domain/office-runs.ts); a row that may head such a run waits for the run's end.
      // the rows read stand under the district level's section ("II | Cấp huyện", with figures or
      // without), down to the next declared row or title: they are the Chi cục / khu vực offices
      let underLowerLevel = false;
      // (a whole over its former parts: no enforcer to name, unlike the code's own hint)
      const partsHint = 'correct the row or its parts so that they add up: thads reads the row and checks the parts against it, and never adds both';
      const take = ({ add, subtotals, contradicts }: RunOutcome<OfficeRow>) => {
        if (contradicts) {
          const { first, last } = contradicts;
          const span = first === last ? `line ${first.line}` : `lines ${first.line}–${last.line}`;
          const { row: head } = contradicts;
          const where = first.line < head.line ? 'above' : 'under';
          // (a table by province, no office column: a numbered province over its former provinces, read-csv.ts asProvincePart)
          const byProvince = head.province !== null && !report.columns.some((c) => c.role.kind === 'identity' && c.role.key === 'district');
          if (contradicts.part !== undefined && byProvince) {
            rowFindings.push(finding('error', 'OFFICE_SUBTOTAL_MISMATCH', `"${head.province}" on this row is a province with figures, and it is not the sum of its parts, the former provinces ${where} it (${span}): its row or its parts are wrong, and thads cannot tell which`, { file, line: head.line }, partsHint));
          } else if (contradicts.part !== undefined && head.province !== null && head.district !== null && namesWholeOfProvince(head.district, head.province, head.year)) {
            // (a province's whole read as its unit over its levels or its former provinces' wholes: province-wholes.ts)
            const says = contradicts.part === 'of-which' ? `its one part ${where} it (${span}) has more than it` : `its parts ${where} it (${span}) do not add up to it`;
            rowFindings.push(finding('error', 'OFFICE_SUBTOTAL_MISMATCH', `"${head.district}" on this row is ${head.province}'s whole, a row of the table, and ${says} (its levels "Cấp tỉnh", "Cấp huyện", or the former provinces merged into it): its row or its parts are wrong, and thads cannot tell which`, { file, line: head.line }, partsHint));
          } else if (contradicts.part !== undefined) {
            // (a regional office over its former districts, or a 2025 province over its former provinces: read-csv.ts enforcerRow)
            // (any other office: its enforcers' rows under it, read-csv.ts enforcerRow, work86b 01)
            const { district, year } = contradicts.row;
            // (parts naming kinds of cases, "Án tín dụng", "Án hình sự": the office's breakdown by kind, no enforcers' — words46)
            const caseKinds = report.caseKindParts.includes(first.line) && report.caseKindParts.includes(last.line);
            const [unit, formers] = namesRegionalOffice(district) ? ['a regional office', 'the former districts'] : formedFromFormerOffices(district, year) ? ['an office formed from former districts', 'the former districts'] : provinceOfGroup(district, year) !== null ? ['a province', 'the former provinces'] : caseKinds ? ['an office', 'its breakdown by kind of cases (loại án) without an STT'] : ['an office', "its enforcers' rows without an STT"];
            const says = contradicts.part === 'of-which' ? `its parts under "Trong đó" (${span}) add up to more than it` : `it is not the sum of its parts, ${formers} ${first.line < contradicts.row.line ? 'above' : 'under'} it (${span})`;
            const kindsHint = "correct the office's row or its kinds of cases so that they add up: thads reads the row and checks its breakdown against it, and never adds both; if the kinds listed are only some of the office's, delete them (they are part of its figures)";
            rowFindings.push(finding('error', 'OFFICE_SUBTOTAL_MISMATCH', `"${contradicts.row.district}" on this row is ${unit} with figures, and ${says}: its row or its parts are wrong, and thads cannot tell which`, { file, line: contradicts.row.line }, caseKinds ? kindsHint : unit === 'an office' ? undefined : partsHint));
          } else rowFindings.push(finding('error', 'OFFICE_SUBTOTAL_MISMATCH', `"${contradicts.row.district}" on this row names no enforcer and is not the sum of its enforcers' rows (${span}): as their subtotal it is wrong, as a row of its own it would be added beside them, and thads cannot tell which`, { file, line: contradicts.row.line }));
        }
        for (const row of add) {
          const item = itemOf.get(row);
          const earlier = item === undefined || item === null ? null : repeated.see(keyString({ province: row.province, district: row.district, year: row.year }), item, row, row.figures);
          if (earlier !== null) repeats.push({ row, earlier, item: item!, earlierItem: item! });
          const ownProvince = row.province ?? (report.titleProvinces.length === 1 ? report.titleProvinces[0]!.province : null);
          if (item !== undefined && !namedRows.has(row)) {
            // (its name folded as OFFICE_NAME_VARIANTS folds it, in the province the row is read in:
            // "Chi cục THADS huyện Vụ Bản", "Vu Ban" are "Vụ Bản"; a name bare of any place is none)
            const place = { province: ownProvince, year: row.year };
            const variant = oneOfficeKey(row.district, place);
            repeated.officeRow(officeKeyOf(row), item, row, row.figures, variant.endsWith('\u0000') ? undefined : { key: variant, name: row.district, place });
            // (the Văn phòng Cục and the Cục itself: one office, the province's own, rule 4; under a
            // province marked as before 1/7/2025, "Ninh Bình (cũ)", the former Cục's own office, not
            // its namesake successor's since: two offices, as office-labels.ts keeps them)
            const own = ownOfficeNamed(row.district, ownProvince, row.year);
            if (own !== null) repeated.ownOfficeRow(`${provinceKey(ownProvince ?? '')}\u0000${row.year ?? ''}\u0000${hasFormerMark(ownProvince ?? '')}`, own.named === null ? null : provinceKey(own.named), officeKeyOf(row), item, row, row.figures);
          }
          const at = officeRowAt.get(row);
          if (at !== undefined) hiddenRepeats.see(row, item ?? null, at.table, at.hidden);
          checkRow(row);
          offerOffice(row, 1, null);
          if (report.dataRows % 1024 === 0) progress.advance(0, 1024);
          // (under "Cấp huyện"/"Cấp khu vực" the province's bare name is its city's office, not the
          // Cục's, unless its figures are the "Cấp tỉnh" line's: DeclaredRows 'bare', work92a 04)
          const own = namesOwnOffice(row.district, ownProvince, row.year);
          declared.addRow(row.figures, row.year, own && underLowerLevel && !namesOwnOffice(row.district, ownProvince, row.year, true) ? 'bare' : own, row.district ?? undefined);
        }
        report.dataRows -= subtotals.length;
        report.totalRows += subtotals.length;
      };
      // the data row just read, for an office's one enforcer beside its line (by-enforcer.ts enforcerBesideItsLine)
      let lastData: { row: OfficeRow; numbered: boolean; sole: boolean } | null = null;
      // a numbered line and the rows without STT naming no office right under it, held until they
      // end: its enforcers or offices (by-enforcer.ts rowsUnderItsLine)
      let under: { line: OfficeRow; loose: OfficeRow[]; last: OfficeRow } | null = null;
      const where = () => (report.sheet ? 'row' : 'line');
      const endUnder = () => {
        if (under === null) return;
        const { line, loose } = under;
        under = null;
        if (loose.length === 0) return;
        const { drop, refuse } = rowsUnderItsLine(line, loose);
        if (refuse?.reading === 'parts') {
          // (persons under a bare place that are not its sum: as under "Chi cục THADS huyện …", its enforcers' rows that do not add up to it)
          take({ add: [], subtotals: [], contradicts: { row: line, first: loose[0]!, last: loose[loose.length - 1]!, part: 'whole' } });
        } else if (refuse?.reading === 'equal') {
          const loose = refuse.row;
          rowFindings.push(finding('error', 'NOT_AN_OFFICE', `"${loose.district}" has no STT and exactly the figures of "${line.district}" (${where()} ${line.line}) right above it, numbered: it may be that office's one enforcer (the office's line its subtotal) or an office of its own with the same figures, which thads cannot tell apart; added as an office, the figures would count twice`, { file, line: loose.line }, 'if the row is the office\'s enforcer, say so in the title ("… theo Chấp hành viên") or head the column "Đơn vị / Chấp hành viên"; if it is an office, number it'));
        } else if (refuse) {
          const loose = refuse.row;
          rowFindings.push(finding('error', 'NOT_AN_OFFICE', `"${loose.district}" has no STT and names no office under "${line.district}" (${where()} ${line.line}), numbered, whose figures the rows under it neither equal nor add up to: they may be that office's enforcers (part of its cases, counted in its line) or offices whose STT was left out, which thads cannot tell apart; added as offices, their figures may count twice`, { file, line: loose.line }, 'if the rows are the office\'s enforcers, say so in the title ("… theo Chấp hành viên") or head the column "Đơn vị / Chấp hành viên"; if they are offices, number them'));
        }
        // (dropped: counted once, in the line; the others read as before)
        const dropped = new Set(drop);
        if (dropped.size > 0) take({ add: [], subtotals: [...drop] });
        if (lastData !== null && dropped.has(lastData.row)) lastData = null;
        for (const r of loose) if (!dropped.has(r)) take(runs.see(officeKeyOf(r), r.figures, false, r, false, undefined));
      };
      /** the refused rows above `line` (all: undefined) placed among the rows, as figures unknown (refusedLines) */
      const placeRefused = (line: number | undefined, year: number | null) => {
        const above = (l: number) => line === undefined || l < line;
        const placed = refusedLines.filter(above).length;
        if (placed === 0) return;
        refusedLines = refusedLines.filter((l) => !above(l));
        endUnder();
        take(runs.end());
        for (let k = 0; k < placed; k++) declared.addRow(UNKNOWN_FIGURES, year);
      };
      let lastYear: number | null = opts.year ?? null;
      for await (const { kind, row, named, numbered: ordinal, undated, part, ownPart, depth, officeOn: on, pastedItem, hidden, formerName } of fast ? [] : readInputFile(file, sheet === undefined ? readOpts : { ...readOpts, sheet }, report)) {
        placeRefused(row.line, row.year ?? lastYear);
        lastYear = row.year ?? lastYear;
        if (formerName !== undefined) partsRead.set(partsReadKey(row, row.province), [...(partsRead.get(partsReadKey(row, row.province)) ?? []), formerName]);
        if (on !== undefined) officeOn.set(row, on);
        if (kind !== 'data') tables++;
        // (a workbook's rows only: a CSV hides none, and its rows are not held here by the million)
        else if (report.sheet !== undefined && pastedItem !== undefined && named !== true && on === undefined && part === undefined) officeRowAt.set(row, { table: `${tables}\u0000${row.sheet ?? ''}`, hidden: hidden === true });
        if (pastedItem !== undefined) itemOf.set(row, pastedItem);
        if (pastedItem !== undefined && named === true) namedRows.add(row);
        const next = kind === 'data' ? { row, numbered: ordinal === true, sole: named !== true && part === undefined } : null;
        if (under !== null && next !== null && next.sole && !next.numbered && row.line === under.last.line + 1 && row.sheet === under.last.sheet && namesNoOffice(row)) {
          // (held: read at the run's end, before the next row)
          under.loose.push(row);
          under.last = row;
          lastData = next;
          continue;
        }
        endUnder();
        const beside = next !== null && lastData !== null && next.sole && lastData.sole && row.line === lastData.row.line + 1 && row.sheet === lastData.row.sheet && agreement(row.figures, lastData.row.figures) >= 2 ? enforcerBesideItsLine(lastData, next) : null;
        if (beside) {
          const { row: loose, line } = beside;
          rowFindings.push(finding('error', 'NOT_AN_OFFICE', `"${loose.district}" has no STT and exactly the figures of "${line.district}" (${where()} ${line.line}) right below it, numbered: it may be that office's one enforcer (the office's line its subtotal) or an office of its own with the same figures, which thads cannot tell apart; added as an office, the figures would count twice`, { file, line: loose.line }, 'if the row is the office\'s enforcer, say so in the title ("… theo Chấp hành viên") or head the column "Đơn vị / Chấp hành viên"; if it is an office, number it'));
        }
        lastData = next;
        // (an office's line in an office column: a table by province names its rows by the file's name)
        if (next !== null && next.sole && next.numbered && hasOfficeColumn()) under = { line: row, loose: [], last: row };
        if (kind === 'other-year') {
          take(runs.end());
          declared.otherYearRow(row.year!);
          continue;
        }
        if (kind === 'heading') {
          take(runs.end());
          underLowerLevel = namesLowerLevel(row.district);
          declared.heading(depth);
          continue;
        }
        if (kind !== 'data') {
          take(runs.end());
          if (kind === 'numbered') numbered++;
          underLowerLevel = (kind === 'section' || kind === 'numbered') && namesLowerLevel(row.district);
          declaredRows.push({ kind, row });
          declared.declare(kind, row, row.figures, undated, depth);
          continue;
        }
        take(runs.see(officeKeyOf(row), row.figures, named === true, row, ordinal === true, part, ownPart === true));
      }
      placeRefused(undefined, lastYear);
      endUnder();
      take(runs.end());
      titleRows.end();
      agencyTable = agencyRows.end();
    } catch (err) {
      pushAll(findings, report.findings, rowFindings);
      placeInSheet(findings, firstFinding, report);
      throw err;
    }

    // What the declared rows are, and whether the file agrees with them (domain/declared-rows.ts).
    const resolution = declared.resolve();
    // "Chỉ tiêu | … / Tổng số | 300 | 230": one office's own figures, under its name's or title's office
    const onlyTotals = perOffice.size === 0 && resolution.offices.every((d) => d.kind === 'total') ? resolution.offices.map((d) => d.row) : [];
    const ownOffice = officeOfOwnTotal(file, report, onlyTotals);
    if (ownOffice !== null) unsayIndicatorTargets(report);
    for (const d of resolution.offices) {
      // A "Riêng …" / "Trong đó: …" level line below office rows is a part of them, never one
      // more office: where no rows of its level checked it (no row naming the Cục's own office
      // under "Riêng Cục"), refused rather than added (read-csv.ts report.partLines).
      const part = report.partLines.find((p) => p.line === d.row.line);
      if (part !== undefined) {
        rowFindings.push(finding('error', 'NOT_AN_OFFICE', `"${part.written}" is a part of the offices above it (a level's line), never one more office, and thads found no rows of that level here to check it against: added as an office, its figures would count twice`, { file, line: d.row.line }, 'name the level\'s own office on its row ("Văn phòng Cục", "Cục THADS tỉnh …") so that the line is checked against it, or delete the line'));
        continue;
      }
      // "II | Từ 01/7/2025 đến 30/9/2025" read as a section (read-csv.ts, row-labels.ts
      // mergerHalfOfSection) that heads no rows: a period's line, no office, never added as one.
      if (d.kind === 'numbered' && mergerHalfOfSection(d.row.district ?? '') !== null) {
        const at = report.columns.find((col) => col.role.kind === 'identity' && col.role.key === 'district')?.column;
        rowFindings.push(finding('error', 'NOT_AN_OFFICE', `"${d.row.district}" holds ${ANOTHER_PERIOD} (part of its year), and it heads no office rows as a section: it would be added as an office`, { file, line: d.row.line, ...(at !== undefined ? { column: at } : {}) }, 'keep only office rows, their totals and subtotals in the table: delete the row, or number the offices of that part of the year below it (1, 2, 3…)'));
        continue;
      }
      const own = ownOffice !== null;
      const row = own ? { ...d.row, district: ownOffice } : d.row;
      // A file of one province's total only, with no province column, is the province its
      // name says ("Hà Nam 2019.csv" holding "Toàn tỉnh", addOffice): 34 such files add up to the nation.
      checkRow(row);
      addOffice(row, 1, null, d.kind === 'total' && !own);
      // (a numbered row read as an office whose name is a bare initials cell, "V.B" read as "V." and
      // "B": an office row to rule 2 as well, beside the office of those initials, "Vụ Bản"
      // (domain/repeated-rows.ts, office-names.ts initialsTwins); the fast path hands it over)
      if (d.kind === 'numbered' && !own && initialsWritten(row.district ?? '') !== null) {
        const variant = oneOfficeKey(row.district!, { province: row.province ?? (report.titleProvinces.length === 1 ? report.titleProvinces[0]!.province : null), year: row.year });
        repeated.officeRow(officeKeyOf(row as OfficeRow), null, row as OfficeRow, row.figures, { key: variant, name: row.district! });
      }
      if (d.kind !== 'numbered') {
        report.totalRows--;
        report.dataRows++;
      }
    }
    const officeList = [...perOffice.values()];
    const fileFindings: Finding[] = [];
    // Numbered rows were counted as data rows; those that are subtotals are declared rows.
    const subtotals = numbered - resolution.offices.filter((d) => d.kind === 'numbered').length;
    report.dataRows -= subtotals;
    report.totalRows += subtotals;
    // A label stating another year than its block's rows ("Cộng năm 2018" under 2019's offices):
    // which year's total it is cannot be told, and either reading may sum or drop the wrong rows.
    const officeColumn = report.columns.find((col) => col.role.kind === 'identity' && col.role.key === 'district')?.column;
    for (const c of resolution.yearContradictions) {
      const kindWord = `declared ${c.kind === 'total' ? 'total' : 'subtotal'} "${c.row.district}"`;
      fileFindings.push(
        finding('error', 'DECLARED_YEAR_MISMATCH', `${kindWord} names year ${c.labelYear}, but the office rows it ${c.closes ? 'closes' : 'heads'} are of year ${c.blockYear}: thads cannot tell which year's total it is`, { file, line: c.row.line, ...(officeColumn ? { column: officeColumn } : {}) }),
      );
    }
    for (const row of resolution.uncheckedAcrossYears) {
      fileFindings.push(finding('warning', 'TOTAL_ACROSS_YEARS_UNCHECKED', `declared total "${row.district}" adds up the rows of several years, and --year ${opts.year} keeps those of ${opts.year} only: it is not checked`, { file, line: row.line, ...(officeColumn ? { column: officeColumn } : {}) }));
    }
    for (const mm of resolution.sectionMismatches) {
      const d = mm.diffs[0]!;
      const column = figureColumn(report, d.measure, FIELDS[d.index]!.key);
      fileFindings.push(
        finding(
          totalSeverity,
          'SECTION_ROW_MISMATCH',
          `${sectionRowName(mm.declared.row, report)} heads the rows below it as a section, but its ${d.measure} ${label(FIELDS[d.index]!.key)} ${inFileUnit(d.declared, d.measure, report)} is not the sum of the rows below it (${inFileUnit(d.sum, d.measure, report)})${mm.diffs.length > 1 ? ` (and ${mm.diffs.length - 1} more figures)` : ''}; it is neither added nor trusted`,
          { file, line: mm.declared.row.line, ...(column ? { column } : {}) },
        ),
      );
    }
    // Neither dropped as a subtotal nor added as an office: either reading may be the wrong total.
    for (const { declared: d, against } of resolution.oneRowSubtotals) {
      fileFindings.push(
        finding('error', 'SUBTOTAL_OF_ONE_ROW', `"${d.row.district}" has the figures of the one office row ${against} it, and no section title or total bounds that row: it is either an office whose figures equal the row ${against} it or a subtotal of that one row, and thads cannot tell which`, { file, line: d.row.line, ...(officeColumn ? { column: officeColumn } : {}) }),
      );
    }
    for (const mm of resolution.mismatches) {
      if (mm.against === 'levels' || mm.against === 'own') {
        // a closing total's levels (declared-rows.ts levelsOfTotal), a "Cấp tỉnh" line beside the
        // Cục's own row (ownLevelRow): its first differing figure, the rest counted
        const d = mm.diffs[0]!;
        const column = figureColumn(report, d.measure, FIELDS[d.index]!.key);
        const figure = `${d.measure} ${label(FIELDS[d.index]!.key)} ${inFileUnit(d.declared, d.measure, report)}`;
        const more = mm.diffs.length > 1 ? ` (and ${mm.diffs.length - 1} more figures)` : '';
        const name = mm.declared.row.district;
        const text =
          mm.against === 'levels'
            ? `"${name}" and the level under it are the breakdown of the total "${mm.total!.row.district}" right above them (line ${mm.total!.row.line}), but its ${figure} is not their sum ${inFileUnit(d.sum, d.measure, report)}${more}: the total or a level is wrong; the levels are never added`
            : `"${name}" is the Cục's own level, which the row naming the Cục's own office in this table gives too, but its ${figure} is not that row's ${inFileUnit(d.sum, d.measure, report)}${more}: one of them is wrong; "${name}" is never added beside it`;
        fileFindings.push(finding(totalSeverity, 'DECLARED_TOTAL_MISMATCH', text, { file, line: mm.declared.row.line, ...(column ? { column } : {}) }));
        continue;
      }
      if (mm.against === 'breakdown') {
        // (a closing total with its breakdown under it: declared-rows.ts breakdownBelow)
        const t = mm.declared.row;
        fileFindings.push(
          // (always an error: --accept-total-mismatch would print every figure twice)
          finding(
            'error',
            'TOTAL_BREAKDOWN_BELOW',
            `declared total "${t.district}" equals the office rows above it, and the ${mm.rows} rows under it add up to it exactly too: they are its breakdown (by kind of case, by level), not more offices; added, every figure would count twice`,
            { file, line: t.line, ...(officeColumn ? { column: officeColumn } : {}) },
          ),
        );
        continue;
      }
      // thads' own output whose rows add up to less than its TOTAL: written with --only, which
      // prints some groups and the total of all (traps40 4: "one of them is wrong" said nothing of
      // it), or edited. Said so; refused whatever --accept-total-mismatch says: the sum of its
      // rows is no total of anything.
      const ownOnly = report.ownOutput === true && mm.against === 'file' && mm.declared.kind === 'total' && mm.diffs.every((d) => d.sum.lt(d.declared));
      const severity = ownOnly ? 'error' : totalSeverity;
      const explains = explainers(mm.diffs, officeList.map((o) => o.row));
      const explained = explains.length > 0 ? `; the difference is exactly ${explains.map(rowName).join(' or ')}, counted as an office` : '';
      for (const d of mm.diffs.slice(0, 3)) {
        const column = figureColumn(report, d.measure, FIELDS[d.index]!.key);
        const rows = mm.against === 'file' ? 'the office rows' : mm.against === 'below' ? 'the rows below it' : 'the rows above it';
        const skipped = column ? textSkipped(report, mm.declared.row.line, column, d, officeList.map((o) => o.row)) : null;
        fileFindings.push(
          finding(
            severity,
            'DECLARED_TOTAL_MISMATCH',
            `declared ${mm.declared.kind === 'total' ? 'total' : 'subtotal'} "${mm.declared.row.district}" has ${d.measure} ${label(FIELDS[d.index]!.key)} ${inFileUnit(d.declared, d.measure, report)}, but ${rows} add up to ${inFileUnit(d.sum, d.measure, report)}${skipped ? `: ${skipped.text}` : explained}`,
            { file, line: mm.declared.row.line, ...(column ? { column } : {}) },
            ownOnly ? OWN_ONLY_HINT : skipped?.hint,
          ),
        );
      }
      if (mm.diffs.length > 3) fileFindings.push(finding(severity, 'DECLARED_TOTAL_MISMATCH', `declared total "${mm.declared.row.district}": ${mm.diffs.length - 3} more figures differ`, { file, line: mm.declared.row.line }, ownOnly ? OWN_ONLY_HINT : undefined));
    }
    // Rows that call themselves offices but add up others.
    const suspects = findSuspects(officeList.map((o) => ({ row: o.row, figures: o.row.figures })), resolution.wholeStated);
    // (the former districts a khu vực's row was refused over: no second finding for them)
    const refusedParts = new Set<(typeof officeList)[number]['row']>();
    // "Năm 2019" in a 2019 file (read-csv.ts refuses another year's): no office. Holding the sum
    // it is a suspected total (below); else it would be added beside the offices unnoticed.
    // (only a label the rows write: without an office column the name is the file's, "2025.csv" of provinces' rows)
    for (const o of officeList.length > 1 && officeColumn !== undefined ? officeList : []) {
      if (yearOfRowLabel(o.row.district) === null || suspects.some((s) => s.kind === 'total' && s.office.row === o.row)) continue;
      fileFindings.push(finding('error', 'NOT_AN_OFFICE', `"${o.row.district}" names the file's year, no office, and its figures are not the sum of the other ${officeList.length - 1} rows, as the file's total's would be: it would be added as an office`, { file, line: o.row.line, ...(officeColumn ? { column: officeColumn } : {}) }));
    }
    // (two figures of four digits together at least: a row of "1 | 1" equals two rows of "1 | 1" and "0 | 0" by chance, khongps)
    const paired = (s: (typeof suspects)[number]) => s.kind === 'subtotal' && s.evidence >= 2 && (s.digits ?? 0) >= PAIRED_DIGITS;
    const subtotalRows = suspects.filter(paired).length;
    for (const s of suspects) {
      const what =
        s.kind === 'total' ? `its figures equal the sum of all the other ${officeList.length - 1} rows`
        : s.kind === 'near' ? `its figures are close to, not equal to, the sum of the ${s.to - s.from + 1} rows ${s.from > s.at ? 'below' : 'above'} it (the largest difference: ${nearDiff(s.largest!)})`
        : `its figures equal the sum of lines ${officeList[s.from]!.row.line}–${officeList[s.to]!.row.line} ${s.from > s.at ? 'below' : 'above'} it`;
      // (its counts alone: money shown rounded or left out on a group line; its money alone: a count
      // edited by hand or a row forgotten; suspect-rows.ts sumEvidence)
      const how =
        s.casesOnly ? what.replace('its figures equal', `its ${s.evidence} case figures equal`) + ', its money does not (rounded, or left out)'
        : s.moneyOnly ? what.replace('its figures equal', `its ${s.evidence} money figures equal`) + ', its case figures do not (a stale or edited count)'
        : what;
      // Few agreeing figures could be chance: then a warning only. A row equal to all the others
      // needs two; a subtotal of rows next to it, or a row only near the sum above it (a big
      // office listed last in a cases-only table), four.
      // A row naming a province over the rows below it is that province's subtotal whatever the
      // evidence: a national file's province rows over their offices (round 38, 01).
      const provinceOver = s.kind === 'subtotal' && s.from > s.at && provinceOfGroup(s.office.row.district, s.office.row.year) !== null;
      // So is a khu vực's row equal to the former district offices right below it (2025 on: no
      // Chi cục exists after 1/7/2025, a list beside them would not add up to it to the đồng).
      // From 2026 so is one equal to districts it took over, unmarked, below or above it ("Huyện
      // Tuy An"): no office that year, its breakdown (kvhunt-below; was a warning, exit 0, twice).
      const parts = officeList.slice(s.from, s.to + 1);
      const regionalOver = s.kind === 'subtotal' && namesRegionalOffice(s.office.row.district) && ((s.from > s.at && parts.every((o) => namesFormerOffice(o.row.district, o.row.year))) || parts.every((o) => namesDistrictAfterMerger(o.row.district, regimeYear(o.row.year, report))));
      // Nor chance: figures of many digits agreeing (three amounts of 7–8 digits, traps24 s05), or
      // two rows or more each the sum of the rows next to them, with two figures each ("Khu vực 1"
      // and "Khu vực 2" over their offices, no total: each was a warning, the total doubled, exit 0).
      // So is an office's row equal to the persons' rows right below or above it, one name column
      // holding both ("Phòng THADS khu vực 1 | 100" over "Nguyễn Văn An | 60", "Trần Thị Bình | 40"):
      // a compact pivot's office over its enforcers (traps44 3, p31: a warning, the total doubled, exit 0).
      const personsOf = s.kind === 'subtotal' && namesOfficeNotPerson(s.office.row.district) && parts.every((o) => namesPersonWithPost(o.row.district));
      const proven = personsOf || s.evidence >= (s.kind === 'total' ? 2 : 4) || (s.kind !== 'near' && (s.digits ?? 0) >= SUM_DIGITS) || (paired(s) && subtotalRows >= 2);
      const severity = opts.noTotalGuess || (!provinceOver && !regionalOver && !proven) ? 'warning' : 'error';
      fileFindings.push(finding(severity, 'SUSPECTED_TOTAL_ROW', `${rowName(s.office.row)} looks like a ${s.kind === 'subtotal' ? 'subtotal' : 'total'} row: ${how}; added as an office it would count them twice`, { file, line: s.office.row.line }));
      if (regionalOver) for (const o of parts) refusedParts.add(o.row);
    }
    // A row naming the file's own province itself ("Tỉnh Nam Định" in Nam Định's table, its province
    // told by its Tỉnh column, title or file name) among that province's offices is their total,
    // never one more office of it; equal to their sum it is a suspected total (above), else a total
    // with a typo (or the province counted again): refused, never added (tinh47; was TOTAL 310 /
    // 240, exit 0). Beside its Văn phòng it is rule 4's (REPEATED_ROW); a national list's provinces
    // have no province of the file, and a row alone is the province's whole (below).
    // Another province's own row ("Tỉnh Hà Nam" among Nam Định's Chi cục, its province told the
    // same ways) is no office of the file's province either: its figures, added, would count in
    // that province's total (tinh49; was TOTAL 310, exit 0). Only where it is the one row naming
    // another province beside offices of the file's own, in a year of one regime (not 2025's
    // halves): a list of provinces, or of the former provinces of a merged one, is read as before.
    const namesAnotherProvinceAlone = (o: (typeof officeList)[number], named: string, own: string) => {
      const year = regimeYear(o.row.year, report);
      if (year === null || year === MERGER_YEAR) return false;
      const others = officeList.filter((x) => x !== o);
      return others.some((x) => provinceKey(x.row.province ?? own) === provinceKey(own)) && others.every((x) => provinceItselfNamed(x.row.district, x.row.year) === null) && provinceKey(named) !== provinceKey(own);
    };
    for (const o of officeList.length > 1 ? officeList : []) {
      const { row } = o;
      // (cheap first: "Tỉnh", "Thành phố", "TP" are in the name, a list number may come before them)
      if (!/t/i.test(row.district) || suspects.some((s) => s.office.row === row)) continue;
      const named = provinceItselfNamed(row.district, row.year);
      const own = row.province ?? (report.titleProvinces.length === 1 ? report.titleProvinces[0]!.province : null);
      if (own === null || named === null) continue;
      if (provinceKey(named) !== provinceKey(own)) {
        if (namesAnotherProvinceAlone(o, named, own)) fileFindings.push(anotherProvinceFinding(row, named, own, { file, line: row.line, ...(officeColumn ? { column: officeColumn } : {}) }));
        continue;
      }
      const ofProvince = (r: OfficeRow) => provinceKey(r.province ?? own) === provinceKey(own);
      const offices = officeList.filter((x) => x !== o && ofProvince(x.row) && provinceItselfNamed(x.row.district, x.row.year) === null);
      if (offices.length === 0) continue;
      if (ownOfficeNamed(row.district, own, row.year) !== null && offices.some((x) => ownOfficeNamed(x.row.district, own, x.row.year) !== null)) continue;
      const sum: Sums = {};
      for (const x of offices) addSums(sum, x.row.figures);
      if (agreement(row.figures, sum) >= 0) continue;
      const lines = offices.length === 1 ? `line ${offices[0]!.row.line}` : `lines ${offices.map((x) => x.row.line).join(', ')}`;
      fileFindings.push(
        finding(
          'error',
          'OFFICE_SUBTOTAL_MISMATCH',
          `"${row.district}" on this row names the province itself, ${own}, among its own ${offices.length === 1 ? 'office' : `${offices.length} offices`} (${lines}), and its figures are not their sum: as their total it is wrong, as an office it would count the province again beside them, and thads cannot tell which`,
          { file, line: row.line, ...(officeColumn ? { column: officeColumn } : {}) },
          `the row names the province itself ("${row.district}") and its figures are not the sum of its offices: correct it and write "Tổng cộng" in its office cell (thads then checks it), or delete it (thads sums the offices)`,
        ),
      );
    }
    // A district office read as an office beside a khu vực in a report of 2026 on ("2 | Huyện Tuy
    // An", "Chi cục THADS huyện Đồng Xuân", "(cũ)" rows after the last khu vực): none exists that
    // year, so its figures are a khu vực's again (or another year's) — refused, never added.
    // (2025 is left as it was: a former Chi cục has its months to 30/6/2025 beside its khu vực's.)
    const regionYears = new Set(officeList.filter((o) => (namesRegionalOffice(o.row.district) || namesRegionOffice(o.row.district)) && !hasFormerMark(o.row.district)).map((o) => regimeYear(o.row.year, report)));
    for (const o of officeList) {
      const year = regimeYear(o.row.year, report);
      if (refusedParts.has(o.row) || !regionYears.has(year) || !namesDistrictOfficeAfterMerger(o.row.district, year)) continue;
      fileFindings.push(
        finding(
          'error',
          'NOT_AN_OFFICE',
          `"${o.row.district}" names a district office beside the Phòng THADS khu vực, in a report of ${year} (from 1/10/${year! - 1}): the Chi cục were replaced by the khu vực on 1/7/2025 and have no figures of their own that year, so its figures are a khu vực's (counted in that row) or another year's; added as an office, they would count twice`,
          { file, line: o.row.line, ...(officeColumn ? { column: officeColumn } : {}) },
          'if the row is a former district\'s share of its khu vực, write it right under that khu vực\'s row without an STT (or numbered as its sub-item, "1.1"), marked "(cũ)" ("Huyện Tuy An (cũ)"), beside the khu vực\'s other former districts: thads checks that they add up to the khu vực and never adds them; otherwise delete the row',
        ),
      );
    }

    // A former district's bare place ("Vụ Bản", "Mỹ Lộc") read as an office right under a khu
    // vực's row, or under such rows under it, in a report of 2026 on: no district has figures of
    // its own that year, so they are the khu vực's again (a list without STT gives no sub-row's
    // mark; numbered, the reader takes them for its parts). Alone a bare place may be a khu vực
    // written by its seat: left as it was (kvrest).
    let underRegion = false;
    for (const o of regionYears.size === 0 ? [] : [...officeList].sort((a, b) => a.row.line - b.row.line)) {
      const year = regimeYear(o.row.year, report);
      const region = (namesRegionalOffice(o.row.district) || namesRegionOffice(o.row.district)) && !hasFormerMark(o.row.district);
      const barePlace: boolean = underRegion && !region && namesDistrictAfterMerger(o.row.district, year) && !namesDistrictOfficeAfterMerger(o.row.district, year);
      if (barePlace && underRegion && !refusedParts.has(o.row) && regionYears.has(year)) {
        fileFindings.push(
          finding(
            'error',
            'NOT_AN_OFFICE',
            `"${o.row.district}" names a former district right under a Phòng THADS khu vực's row, in a report of ${year} (from 1/10/${year! - 1}): the Chi cục were replaced by the khu vực on 1/7/2025 and have no figures of their own that year, so its figures are that khu vực's (counted in its row); added as an office, they would count twice`,
            { file, line: o.row.line, ...(officeColumn ? { column: officeColumn } : {}) },
            'number the khu vực (1, 2, 3…) and write its former districts right under it without an STT, or as its sub-items ("1.1", "1.2"): thads checks that they add up to the khu vực and never adds them; otherwise delete the row',
          ),
        );
      }
      underRegion = region || (underRegion && barePlace);
    }

    // A kind of cases left among the offices ("3 | Án hình sự", a breakdown's line): no office's
    // name, its figures part of the offices' (hunt44: added as one more office, exit 0). Judged here,
    // once the reading's own refusals (a breakdown below a total, "Trong đó:" lines) have had their say
    // (a refusal of this file's totals already names such rows: TOTAL_BREAKDOWN_BELOW).
    const totalsRefused = fileFindings.some((f) => f.severity === 'error');
    for (const o of totalsRefused ? [] : officeList) {
      if (refusedParts.has(o.row)) continue;
      // (a name the rows write: without an office column it is the file's, "viec-2025.csv")
      // (a kind of cases first: "Việc chủ động" is one, and says so)
      const caseKind = namesCaseKindRow(o.row.district);
      const note = !caseKind && officeColumn !== undefined && namesCountNote(o.row.district);
      if (!note && !caseKind) continue;
      fileFindings.push(
        finding(
          'error',
          'NOT_AN_OFFICE',
          `"${o.row.district}" holds ${note ? COUNT_NOTE_ROW : CASE_KIND_ROW}: it would be added as an office`,
          { file, line: o.row.line, ...(officeColumn ? { column: officeColumn } : {}) },
          note ? 'delete the row, or write the note below the table as text (its figures in words): what it counts is part of the offices\' figures, never one more office'
          : 'delete the row: a breakdown by kind of cases is part of the offices\' figures; an office\'s own breakdown goes in a file titled with that office ("CHI CỤC THADS HUYỆN MỸ LỘC"), which thads reads as that office\'s parts',
        ),
      );
    }

    // "Ch? P?h", "Nam ??nh": letters a lossy save turned into "?" (PowerShell 5.1's Export-Csv
    // writes ASCII by default; Notepad's "ANSI" on a non-Vietnamese Windows): Chư Păh and Chư Pưh
    // both read "Ch? P?h" and were summed as one office, warned DUPLICATE_OFFICE only (traps20 3).
    // No office's name holds "?" beside a letter; judged once the file's other refusals are in.
    const damaged = fileFindings.some((f) => f.severity === 'error') ? undefined : officeList.find((o) => lettersLost(o.row.district) || lettersLost(o.row.province ?? ''));
    if (damaged !== undefined) {
      const name = lettersLost(damaged.row.district) ? damaged.row.district : damaged.row.province!;
      fileFindings.push(
        finding(
          'error',
          'ENCODING_INVALID',
          `"${name}" has "?" in place of letters: the file was saved in an encoding without Vietnamese letters, so offices whose names differ only there read as one, and no name matches its target or last year's`,
          { file, line: damaged.row.line, ...(officeColumn ? { column: officeColumn } : {}) },
          'save or export the file again as UTF-8 (PowerShell: Export-Csv -Encoding UTF8; Excel: "CSV UTF-8"): the letters lost as "?" cannot be read back from this file',
        ),
      );
    }

    // Money beyond any real file's under a unit that multiplied it (input/money-unit-doubt.ts),
    // judged after the file's own refusals, which come first.
    if (!fileFindings.some((f) => f.severity === 'error') && !rowFindings.some((f) => f.severity === 'error')) {
      const offices = officeList.map((o) => o.row);
      const doubt = moneyUnitDoubt(report, offices, file);
      if (doubt !== null) fileFindings.push(doubt);
      // … and its money a case with conditions, set beside the other files' once all are read
      // (moneyApartDoubts): files giving both measures only, in a run of three files or more.
      if (files.length > 2 && report.measures.length > 1) for (const sums of moneyPerCase(offices)) perCaseOfFiles.push({ file, report, sums });
    }

    // A file whose only row is its declared total ("Toàn tỉnh") is read as that total; a file
    // without an office column named as a total ("Tổng hợp 2019.csv", "Toàn quốc theo tỉnh
    // 2019.csv") holds a total per province (one for the file, without a province column), and
    // so does one whose title line names a total as such a name would ("BÁO CÁO TỔNG HỢP TOÀN
    // TỈNH"). Without an office column the file's office is its name's (officeFromFileName).
    const namedByFile = !report.columns.some((c) => c.role.kind === 'identity' && c.role.key === 'district');
    const lone = ownOffice === null && resolution.offices.length === 0 && officeList.length === 1 && officeList[0]!.rows === 1 ? officeList[0]!.row : null;
    const provinceItself = lone !== null && lone.province === null && namesProvinceItself(lone.district, lone.year) ? provinceOfGroup(lone.district, lone.year) : null;
    const totalFile: TotalFile | null =
      ownOffice === null && resolution.offices.some((d) => d.kind === 'total') ? 'only-row'
      // so is a file whose only row's office cell names a province itself ("Tỉnh Nam Định", "TP.
      // Hà Nội"): its whole as "Toàn tỉnh Nam Định" is, not a third office beside its Chi cục's
      // files that name no province (work101c 03); "Nam Định", "Thành phố Nam Định" stay offices
      : provinceItself !== null ? 'only-row'
      : namedByFile && fileNamesTotal(file) ? 'named'
      : namedByFile && report.titleTotal !== null ? report.titleTotal
      // so does a file whose title (or sheet) names the province's whole and whose office rows
      // only name that province ("Nam Định", "Tỉnh Nam Định"): its whole under an office column
      // (work93c 02), not a fifth office beside its Chi cục's files
      : report.titleTotal !== null && namesOneProvinceOnly(officeList.map((o) => o.row)) ? { ...report.titleTotal, rows: true }
      : null;
    // A file without an office column whose rows name provinces is by province: its "office" is its name.
    // (so is a national list of the provinces by their agencies of 2025 or later: agencyTable)
    const kind: Unit['kind'] = (namedByFile && report.columns.some((c) => c.role.kind === 'identity' && c.role.key === 'province')) || agencyTable ? 'province' : totalFile !== null ? 'total' : 'office';
    // A provinces' file: by province (above), or every row of its office column a province's
    // whole, a level of it or a province named (provinceWholeOf), not the Cục's own level alone
    // (a file's name is its office's, "Quang Ninh viec.csv" a district's). Its rows are wholes
    // beside another file's rows of their provinces (whole-beside-parts.ts).
    // Only a run of several files asks (a file's rows beside another's): one big file skips the rules.
    const besideOthers = files.length > 1 && totalFile === null && kind !== 'total';
    // (a row rolled up into its successor is its former province's whole: "Cục THADS tỉnh Nam Định" of 2025)
    // A file without an office column is judged so only where its name names the province alone
    // ("Nam Định 2019.csv", "Cục THADS tỉnh Nam Định 2019.csv", work84b 03) and no title names an
    // office: "Nam Định - TP Nam Định", a Chi cục's title over "Điện Biên 2019.csv" (work86a 01, 02).
    const judged = !namedByFile || (report.titleOffice === null && provinceNamedAlone(file) !== null);
    const wholeOf = new Map(besideOthers ? officeList.map((o) => [o.row, judged ? provinceWholeOf(o.row.from === undefined ? o.row : { ...o.row, province: o.row.from }) : null]) : []);
    const ofProvinces = kind === 'province' || (officeList.length > 0 && [...wholeOf.values()].every((w) => w !== null) && [...wholeOf.values()].some((w) => !w!.ownLevel));
    // The unit the title of a file without an office column states is its office's (title-office.ts
    // officeOfFile), where its name states none: "Cao Lãnh 2024.csv" titled "… HUYỆN CAO LÃNH" is
    // not "TP Cao Lãnh 2024.csv" titled "… THÀNH PHỐ CAO LÃNH" (work91a).
    const titleUnit = namedByFile && report.titleOffice !== null ? unitKind(report.titleOffice.office) : null;
    // A table of the Chi cục alone ("… CỦA CÁC CHI CỤC …", "Cộng các Chi cục"): its total is theirs, not the province's whole.
    const district = districtOfficesOf(report, declaredRows, officeList.map((o) => o.row)) ?? ownReportOf(report, file, officeList.map((o) => o.row), kind, totalFile !== null, namedByFile);
    // (registered as the whole of the province it names, as "Toàn tỉnh Nam Định" is by its name:
    // beside another province's offices or whole it is no total of theirs)
    // (a name its file's old font reads as another, kept as written, is met under that one too: office-registry.ts variantsOf)
    const registering = officeList.map((o) => {
      const read = fontReadingOf(report.otherFontReadings, o.row.district);
      return provinceItself !== null || read !== null ? { ...o.row, ...(provinceItself !== null ? { province: provinceItself } : {}), ...(read !== null ? { read } : {}) } : o.row;
    });
    // The office a file's name names beside its office column ("Vụ Bản 2019.csv" by enforcer),
    // not a province's ("Nam Định 2019.csv": its table), checked against the other files' rows.
    // (check reads its files one call at a time: the registry, which holds them all, decides)
    const ownName = !namedByFile && file !== STDIN && provinceNamedAlone(file) === null ? officeFromFileName(file) || null : null;
    const registered = inputs.register(file, report.measures, registering, totalFile, namedByFile, titleUnit, ownName);
    if (registered.error) fileFindings.push(registered.error);
    // An office of an earlier file under another spelling, its figures its own (a resend with
    // them all equal is refused above): said as within a file, never summed in silence (traps21 buk).
    const variant = registered.variant;
    if (variant !== null && registered.error === null) fileFindings.push(nameVariants(`"${variant.office.district}" and "${variant.earlier.district}" (${formatLocation([...variant.earlier.given.values()][0]!)})`, placeOf(file, variant.office), VARIANTS_HINT_FILES));
    // Split việc / tiền files: an office joins the earlier file's office under its name.
    for (const [i, o] of officeList.entries()) {
      const row = { ...o.row, ...registered.joined.get(registering[i]!) };
      // Counted once every file is read: a later file's office may share this one's name (office-labels.ts).
      labels.see(row);
      counted.push({ row, rows: o.rows, kind, chiCuc: namedByFile && report.titleOffice !== null, district });
      if (files.length > 1 && totalFile === null) fileOffices.push({ file, province: row.province, year: row.year, figures: row.figures, row });
      // (a file given again is refused as such: judged as a whole too it would only say so twice)
      if (besideOthers && !registered.error) {
        // A whole is also a part of its province beside another file's whole: given twice.
        const whole = wholeOf.get(o.row);
        const given = { file, province: whole?.province ?? row.province, year: row.year, figures: row.figures, row, named: whole?.named === true, from: row.from, region: namesRegionOffice(row.district) };
        if (ofProvinces) wholes.push(given);
        // (in an office column, its file named after that province: "Nam Định 2019.csv" holding "Nam Định")
        const namedAfter = ofProvinces && !namedByFile && file !== STDIN ? provinceNamedAlone(file) : null;
        if (namedAfter !== null && given.province !== null && provinceKey(namedAfter) === provinceKey(given.province)) wholesInColumn.add(file);
        parts.push(given);
      }
    }
    // one half of the pair of forms read, the other hidden (traps36 1: its measure dropped unsaid)
    if (sheet === undefined && report.sheet !== undefined && report.measures.length === 1) {
      const left = await hiddenHalf(file, opts, { sheet: report.sheet.name, measure: report.measures[0]! });
      if (left !== null) report.findings.push(left);
    }
    pushAll(findings, report.findings, rowFindings);
    // A row pasted twice (its STT, office and every figure an earlier row's; or an office on
    // exactly two office rows with every figure the same, whatever their STT, or on more with two
    // so, their figures telling: repeated-rows.ts): refused at the first copy, which is no
    // enforcer's row of the office (SPEC §3's rows summed).
    const copied = new Set(repeats.map((r) => r.row));
    // (a row equal to the sum of all the others is a total, SUSPECTED_TOTAL_ROW's, not the own office's second version: rule 4)
    const totals = new Set(suspects.filter((s) => s.kind === 'total').map((s) => `${s.office.row.sheet ?? ''}\u0000${s.office.row.line}`));
    for (const r of repeated.pastedTwice((row) => totals.has(`${row.sheet ?? ''}\u0000${row.line}`))) if (!copied.has(r.row)) repeats.push(r);
    repeats.sort((a, b) => a.row.line - b.row.line);
    if (repeats.length > 0) {
      const first = repeats[0]!;
      const { row, earlier, item, earlierItem } = first;
      const where = report.sheet ? 'row' : 'line';
      const more = repeats.length - 1;
      // (rule 4: the province's own office under its two names)
      // (rule 2 among an office's three rows or more: their number, the others its rows, summed)
      const office = first.own ? `office "${row.district}" (the province's own office, "${earlier.district}")` : first.rows !== undefined ? `office "${row.district}" (on ${first.rows} rows)` : `office "${row.district}"`;
      const same = first.differ ? '' : item !== null && item === earlierItem ? `STT ${item}, ${office} and every figure the same` : `${office} and every figure the same, ${item === null ? 'without an STT' : `renumbered ${item}`} (${where} ${earlier.line}: ${earlierItem === null ? 'no STT' : `STT ${earlierItem}`})`;
      const also = more > 0 ? ` (and ${more} more ${more === 1 ? 'row repeats' : 'rows repeat'} an earlier one)` : '';
      findings.push(
        first.differ
          ? finding(
              'error',
              'REPEATED_ROW',
              first.others === undefined
                ? `${where} ${row.line} ("${row.district}") and ${where} ${earlier.line} ("${earlier.district}") name one office, the province's own, under two names, with figures that differ: two versions of its line, which thads cannot tell apart; added, the office would count twice${also}`
                : // (three rows or more: each named, in file order)
                  `${[earlier, row, ...first.others].sort((a, b) => a.line - b.line).map((r, i, all) => `${i === 0 ? '' : i === all.length - 1 ? ' and ' : ', '}${where} ${r.line} ("${r.district}")`).join('')} name one office, the province's own, under more than one name, with figures that differ: versions of its line, which thads cannot tell apart; added, the office would count more than once${also}`,
              officeAt(row.line),
              `keep the one right line of the province's own office and delete the ${first.others === undefined ? 'other' : 'others'} (its Văn phòng is the Cục\'s own office, since 1/7/2025 the provincial THADS\'s); if the row naming the agency is the province\'s total, write "Tổng cộng" in its office cell`,
            )
          : finding('error', 'REPEATED_ROW', `${where} ${row.line} repeats ${where} ${earlier.line}: ${same}, a row pasted twice; added, its figures would count twice${also}`, officeAt(row.line)),
      );
    }
    // A hidden row repeating a visible office row (rule 3), unless refused as a copy above.
    const pasted = new Set(repeats.flatMap((r) => [r.row, r.earlier, ...(r.others ?? [])]));
    const stale = hiddenRepeats.found().filter((h) => !pasted.has(h.row) && !pasted.has(h.visible));
    if (stale.length > 0) {
      const { row, visible, by } = stale[0]!;
      const item = itemOf.get(row) ?? null;
      const how = by === 'office' ? (row.district === visible.district ? 'the same office' : withoutFormerMark(row.district) === withoutFormerMark(visible.district) ? 'the same office, marked old' : 'the same office written another way') : `the same STT ${item}`;
      const more = stale.length - 1;
      findings.push(
        finding(
          'error',
          'REPEATED_ROW',
          `row ${row.line} ("${row.district}") is hidden in the sheet and repeats row ${visible.line} ("${visible.district}"), shown: ${how}${item !== null && by === 'office' && itemOf.get(visible) === item ? ` and STT ${item}` : ''}; an old line kept hidden under its correction or a part of the office, which thads cannot tell apart: added, the office may count twice${more > 0 ? ` (and ${more} more hidden ${more === 1 ? 'row repeats' : 'rows repeat'} a row shown)` : ''}`,
          officeAt(row.line),
          'unhide the row (select the rows around it → Unhide) and look: delete it if the row shown corrects it; if it is a part of the office, keep it shown, or add it into the office\'s row',
        ),
      );
    }
    // An office under its old-line mark beside the office so named without it (rule 5), unless
    // refused above: "Vụ Bản (cũ)" beside "Vụ Bản" is one office twice.
    const refused = new Set([...pasted, ...stale.flatMap((h) => [h.row, h.visible])].map((r) => r.line));
    const old = oldLinesBesideTwin(officeList.map((o) => o.row), (row) => regimeYear(row.year, report)).filter((o) => !refused.has(o.old.line) && !refused.has(o.twin.line));
    if (old.length > 0) {
      const { old: row, twin } = old[0]!;
      const where = report.sheet ? 'row' : 'line';
      const more = old.length - 1;
      findings.push(
        finding(
          'error',
          'REPEATED_ROW',
          `${where} ${row.line} ("${row.district}") is office "${twin.district}" of ${where} ${twin.line} marked old, both read as offices${row.year === null ? '' : ` of ${row.year}`}: one office twice, its old line beside its correction or its figures before a change beside those after, which thads cannot tell apart: added, the office may count twice${more > 0 ? ` (and ${more} more ${more === 1 ? 'office' : 'offices'} beside ${more === 1 ? 'its' : 'their'} old line)` : ''}`,
          officeAt(row.line),
          `delete the old line if ${where} ${twin.line} corrects it; if the two are parts of a 2025 khu vực or province, put them under its row; if they are two offices, name them apart`,
        ),
      );
    }
    // One office of one name under a province merged away and again under the province it was
    // merged into, every figure the same (office-registry.ts namesakesInFile): one office given
    // twice, as DUPLICATE_INPUT refuses it across two files (traps31 t2 mixed-one-2025: "Giồng
    // Riềng" under An Giang and Kiên Giang added, exit 0); their figures their own, two offices
    // ("Châu Thành" of each), read as before.
    const namesake = old.length > 0 ? null : namesakesInFile(officeList.map((o) => o.row).filter((row) => !refused.has(row.line)));
    if (namesake !== null) {
      const [earlier, row] = namesake;
      const where = report.sheet ? 'row' : 'line';
      const under = (r: OfficeRow) => withoutFormerMark(writtenProvince(r)!);
      findings.push(
        finding(
          'error',
          'REPEATED_ROW',
          `${where} ${row.line} ("${row.district}", under ${under(row)}) repeats ${where} ${earlier.line} ("${earlier.district}", under ${under(earlier)})${row.year === null ? '' : ` of ${row.year}`}, every figure the same: since 1/7/${MERGER_YEAR} both are ${row.province}, and one office given under both names would count twice`,
          officeAt(row.line),
          `delete the copy (a district of a province merged into ${row.province} is ${row.province}'s, whichever province its section writes); if they are two offices of one name, one of each former province, with every figure alike, sum each former province's rows in a file of its own`,
        ),
      );
    }
    // The former units' period of the merger year beside the new units' that carries on from it
    // (domain/chained-periods.ts): one body's stock counted twice; refused, unless refused above.
    const chained = old.length > 0 ? [] : chainedPeriods(officeList.map((o) => (namedByFile ? { ...o.row, district: '' } : o.row)), (row) => regimeYear(row.year, report), (name) => namesDistrictOffice(name, MERGER_YEAR)).filter((c) => ![...c.former, ...c.current].some((r) => refused.has(r.line)));
    if (chained.length > 0) {
      const c = chained[0]!;
      const where = report.sheet ? 'row' : 'line';
      const lines = (rows: readonly OfficeRow[]) => (rows.length === 1 ? `${where} ${rows[0]!.line}` : `${where}s ${rows.map((r) => r.line).join(', ')}`);
      const name = (r: OfficeRow) => (r.district === '' ? (r.from ?? r.province ?? '') : r.district);
      const formerNames = c.former.map((r) => `"${name(r)}"`).join(', ');
      // (a Chi cục unmarked: no district office outlived 30/6/2025)
      const marks = c.former.filter((r) => hasFormerMark(r.from ?? (r.district === '' ? (r.province ?? '') : r.district))).length;
      const marked = marks === c.former.length ? 'marked as before the merger' : marks === 0 ? `district ${c.former.length === 1 ? 'office' : 'offices'}, which ceased on 30/6/${MERGER_YEAR}` : `units before the merger, none of which outlived 30/6/${MERGER_YEAR}`;
      const currentNames = c.current.map((r) => `"${name(r)}"`).join(', ');
      const word = c.measure === 'cases' ? 'cases' : 'money';
      const more = chained.length - 1;
      findings.push(
        finding(
          'error',
          'SECOND_TABLE',
          `${lines(c.former)} (${formerNames}, ${marked}) ${c.former.length === 1 ? 'carries' : 'carry'} forward ${plain(c.stock)} (${word}), exactly what ${lines(c.current)} (${currentNames}, the ${c.current.length === 1 ? 'unit' : 'units'} since 1/7/${MERGER_YEAR}) ${c.current.length === 1 ? 'carries' : 'carry'} over: two periods of ${MERGER_YEAR} chained (to 30/6/${MERGER_YEAR} and from 1/7/${MERGER_YEAR}), whose stocks (carried over, with conditions, carried forward) cannot be added; added, the stock would count twice${more > 0 ? ` (and ${more} more ${more === 1 ? 'province' : 'provinces'} so)` : ''}`,
          officeAt(c.current[0]!.line),
          `report the year by the new units alone (their carried over as at 1/10/${MERGER_YEAR - 1}, their figures for the whole year), or give the two periods as two files or tables, each with its period stated ("Từ 01/10/${MERGER_YEAR - 1} đến 30/6/${MERGER_YEAR}", "Từ 01/7/${MERGER_YEAR} đến 30/9/${MERGER_YEAR}")`,
        ),
      );
    }
    // The rows a REPEATED_ROW above names (a copy and the row it copies): the file is refused and
    // nothing is summed, so the warnings below must not say of that same pair that its rows "are
    // added together" or "counted as two offices"; the error already names both.
    const named = new Set([...refused, ...old.flatMap((o) => [o.old.line, o.twin.line]), ...(namesake ?? []).map((r) => r.line)]);
    const namedPair = (first: number, second: number) => named.has(first) && named.has(second);
    const dups = [...asWritten.values()].filter((o) => o.rows > 1 && !(o.rows === 2 && namedPair(o.row.line, o.repeatLine ?? o.row.line)));
    if (dups.length > 0) {
      const dup = dups[0]!;
      const more = dups.length - 1;
      // Without an office column the office is the file's name (SPEC §3): in a file by province
      // that is no name its reader would know, so the rows' province is named instead.
      const byProvince = namedByFile && dup.row.province !== null;
      const what = byProvince ? `province "${dup.row.province}" (the file has no office column)` : `office "${dup.row.district}"`;
      const others = byProvince ? 'provinces' : 'offices';
      const rows = `${what} appears on ${dup.rows} rows (first on ${report.sheet ? 'row' : 'line'} ${dup.row.line})`;
      const also = more > 0 ? ` (and ${more} more ${others} appear more than once)` : '';
      findings.push({
        // Located at the first repeat: that is the row a reader has to look at.
        ...finding('warning', 'DUPLICATE_OFFICE', `${rows}, which are added together${also}`, { file, line: dup.repeatLine ?? dup.row.line }),
        // A refused run (another row a copy, any error in the input, --strict) adds nothing up.
        unsummed: { message: `${rows}, which a sum would add together${also}; nothing is summed while the input has errors`, hint: 'a sum would add its rows together; check that this is intended' },
        // check adds nothing up: it says what summarize does
        checked: { message: `${rows}, which summarize adds together${also}`, hint: 'summarize adds its rows together; check that this is intended' },
      });
    }
    // One office written two ways in one file is two groups: the total is right if they are two
    // offices or one office's parts (SPEC §3: an office's rows are summed, with a warning), not if
    // one row is a corrected copy of the other (its figures equal: REPEATED_ROW, refused). Said,
    // not merged (they may be two).
    const twice = oneOfficeTwice(officeList.map((o) => o.row));
    if (twice && !namedPair(twice[0].line, twice[1].line)) {
      const [a, b, shared] = twice;
      const where = report.sheet ? 'row' : 'line';
      if (shared) {
        // initials several offices share: whose the cell is thads cannot tell, so it names them all
        const named = shared.offices.map((o) => `"${o.district}" (${where} ${o.line})`);
        const either = `${named.slice(0, -1).join(', ')} or ${named[named.length - 1]}`;
        // Not "the total is right either way" (the code's hint): a corrected copy of one of them
        // beside its old line counts that office twice.
        const names = shared.offices.map((o) => `"${o.district}"`);
        const hint = `write the office's name in full on ${where} ${shared.cell.line} (${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}); if the row is a corrected copy of one of them, delete the old row: added, that office counts twice in the total; if it is an office of its own, write it with its unit (huyện, thị xã, thành phố)`;
        const cell = `"${shared.cell.district}" may be ${either} written by the initials they share`;
        fileFindings.push({
          ...finding('warning', 'OFFICE_NAME_VARIANTS', `${cell}: it is counted as an office of its own`, { file, line: shared.cell.line }, hint),
          unsummed: { message: `${cell}: a sum would count it as an office of its own; nothing is summed while the input has errors`, hint },
          checked: { message: `${cell}: summarize counts it as an office of its own`, hint },
        });
      } else {
        fileFindings.push(nameVariants(`"${b.district}" and "${a.district}" (${where} ${a.line})`, { file, line: b.line }));
      }
    }
    // Neither stripped (a wrong merge) nor kept (the other province's office counted in this
    // one's total): thads cannot tell which the row is. First by line, so both readers agree.
    const other = otherProvince.sort((a, b) => a.row.line - b.row.line)[0];
    if (other) {
      const column = report.columns.find((c) => c.role.kind === 'identity' && c.role.key === 'district')?.column;
      const more = otherProvince.length - 1;
      fileFindings.push(finding('error', 'PROVINCE_IN_NAME_MISMATCH', `office "${other.row.district}" names ${other.named} ${other.region ? 'after its region' : 'as its province'}, but its row is of ${other.row.province}: thads cannot tell whose office it is${more > 0 ? ` (and ${more} more such ${more === 1 ? 'office' : 'offices'})` : ''}`, { file, line: other.row.line, ...(column ? { column } : {}) }));
    }
    pushAll(findings, fileFindings);
    if (undecided !== null) saidUndecided.add(file);
    if (undecided !== null) findings.push(undecidedFinding(undecided, { file, ...(report.titleProvinces.length > 1 ? { line: report.titleProvinces[1]!.line } : {}) }));
    for (const r of rolledUp.values()) {
      findings.push(finding('warning', 'PROVINCE_ROLLED_UP', `the rows of "${r.from}" are counted as ${r.into}'s: Nghị quyết 202/2025/QH15 merged ${withoutFormerMark(markedFormerProvince(r.from) ?? r.from)} into ${r.into} from 1/7/2025, and a report of year ${r.year} counts by the 34 provinces`, { file, line: r.line }));
    }
    const provinceColumn = report.columns.find((c) => c.role.kind === 'identity' && c.role.key === 'province')?.column;
    for (const u of unknown.values()) {
      const at = { file, line: u.line, ...(provinceColumn ? { column: provinceColumn } : {}) };
      findings.push(
        u.by34
          ? finding('warning', 'PROVINCE_UNKNOWN', `"${u.name}" is no province of the 34 nor of the 63: it is kept as a province of its own, its figures rolled into no successor, and ranks count it`, at)
          : finding('warning', 'PROVINCE_UNKNOWN', `"${u.name}" is no province of the 63: it is kept as a province of its own, never grouped or compared with any province's rows, and ranks count it`, at, 'write the province as one of the 63 is named ("Hà Nội", "Bà Rịa - Vũng Tàu", "Thừa Thiên Huế"): under another name its rows are another province\'s, summed apart from it'),
      );
    }
    if (report.yearFrom === 'unknown' || report.yearless?.unknown) {
      // The title's year dates the report (its period, a --previous file) but is not the rows'
      // year (SPEC §3: --year, a year column or the file name): said, with the flag to pass.
      // Rows of "Cả năm" in a year column are of the year the file would have without it.
      const titled = report.yearless?.unknown ? report.yearless.stated : report.statedYear;
      findings.push(
        titled === null
          ? finding('warning', 'YEAR_UNKNOWN', 'the statistics year is unknown, so no target applies', { file })
          : finding('warning', 'YEAR_UNKNOWN', `the statistics year of the rows is not given by --year, a year column or the file name (the title says ${titled}), so no target applies`, { file }, `pass --year ${titled}, or put the year in the file name`),
      );
    }
    placeInSheet(findings, firstFinding, report);
    // The reference reader counts rows as it goes; its bytes are known once the file is done.
    if (!fast) progress.advance(sizeOf(pathOf(file)), report.dataRows % 1024);
  }

  /** A row of a total or group (key): whether all of its rows are of the district level's offices alone, and of one office (districtSeen). */
  function seeDistrictOffices(key: string, words: DistrictOffices | null, row: OfficeRow): void {
    const before = districtSeen.get(key);
    const office = { province: row.province, district: row.district };
    if (before === undefined) districtSeen.set(key, { words, office, placed: row.province !== null });
    else if (before.words !== null) {
      before.words = words;
      before.placed ||= row.province !== null;
      if (before.office !== null && keyString({ ...before.office, year: null }) !== keyString({ ...office, year: null })) before.office = null;
    }
  }

  /** What every office adds up to, outside the per-file sums: `rows` input rows summed in `row`. */
  function count(row: OfficeRow, rows: number, kind: Unit['kind'], chiCuc: boolean, district: DistrictOffices | null): void {
    // Each office's figures complete (derived), so offices giving different fields add up.
    const complete = { ...row, figures: deriveMeasures(row.figures, row.year) };
    groups.add(complete, rows);
    totals.add(complete, rows);
    const totalKey = keyString({ province: null, district: null, year: row.year });
    const provinces = provinceSeen.get(totalKey) ?? new Map<string, string>();
    const province = row.province ?? '';
    if (!provinces.has(provinceKey(province))) provinces.set(provinceKey(province), province);
    provinceSeen.set(totalKey, provinces);
    seeDistrictOffices(totalKey, district, row);
    if (!groupsOfOffices) seeDistrictOffices(keyString(keyOf(row, by)), district, row);
    years.add(row.year);
    const office = keyString({ province: row.province, district: row.district, year: null });
    if (!offices.has(office)) offices.set(office, { province: row.province, district: row.district });
    // (under the province its rows were read with: rolled up into its successor, or given by the title since)
    const parts = partsRead.size === 0 ? undefined : (partsRead.get(partsReadKey(row, row.from ?? row.province)) ?? partsRead.get(partsReadKey(row, null)));
    const listedKey = keyString({ province: row.province, district: row.district, year: row.year });
    if (parts !== undefined && !listed.has(listedKey)) listed.set(listedKey, { province: row.province, district: row.district, year: row.year, parts });
    const ofYear = yearOffices.get(row.year) ?? new Map<string, OfficeName>();
    if (!ofYear.has(office)) ofYear.set(office, { province: row.province, district: row.district });
    yearOffices.set(row.year, ofYear);
    // An office cell that names a province is that province (provinceStoodFor), as a Tỉnh column's;
    // not a file's one office under a Chi cục's title ("CHI CỤC THADS HUYỆN QUẢNG NINH" over
    // "Quảng Ninh 2024.csv": Quảng Bình's huyện), as such a file is judged no province's whole
    // (`judged` above): without a province it is unplaced, said (PROVINCE_UNDECIDED).
    const stood = kind === 'office' && !chiCuc ? provinceStoodFor(row) : null;
    if (stood !== null && !stoodFor.has(provinceKey(stood))) stoodFor.set(provinceKey(stood), stood);
    if (stood !== null) {
      const stoodOfYear = yearStoodFor.get(row.year) ?? new Map<string, string>();
      if (!stoodOfYear.has(provinceKey(stood))) stoodOfYear.set(provinceKey(stood), stood);
      yearStoodFor.set(row.year, stoodOfYear);
    }
    if (row.province === null && stood === null && kind !== 'province') {
      const ofTotal = unplacedFiles.get(totalKey) ?? new Map<string, UnplacedRow>();
      const before = ofTotal.get(row.file);
      if (!before || row.line < before.line) ofTotal.set(row.file, { file: row.file, ...(row.sheet !== undefined ? { sheet: row.sheet } : {}), line: row.line, district: row.district });
      unplacedFiles.set(totalKey, ofTotal);
    }
    // (the own office with its note, "Cục THADS tỉnh Nam Định (cấp tỉnh)", is the unit its name
    // alone is in last year's table or this: traps41 1, the totals "different offices", ONE_YEAR_ONLY)
    const plainName = stood === null && kind === 'office' && !chiCuc && row.district !== null ? withoutOwnNote(row.district) : row.district;
    const unitStood = stood ?? (plainName !== row.district ? provinceStoodFor({ ...row, district: plainName }) : null);
    const unit: Unit = unitStood !== null ? { kind: 'province', province: unitStood, district: null, year: row.year } : { kind, province: row.province, district: kind === 'province' ? null : row.district, year: row.year };
    // (an office's unit is keyed as it is listed)
    const unitKey = unit.kind === 'province' ? keyString(unit) : listedKey;
    if (!units.has(unitKey)) units.set(unitKey, unit);
  }

  // --year over files that state different years ("…2019.csv", "…2018.csv"), or beside a file
  // that states none ("nam-dinh.csv"), would read them all as one year and add them: figures of
  // different years are never added (SPEC §3). One file named for another year is the user's
  // to relabel (OPTION_OVERRIDES_FILE); several are not, whatever the others say.
  if (opts.year !== undefined && reports.length > 1) {
    const other = reports.find((r) => r.statedYear !== null && r.statedYear !== opts.year);
    if (other) {
      const beside = reports.find((r) => r.statedYear !== other.statedYear) ?? reports.find((r) => r !== other)!;
      const name = beside.file === STDIN ? 'standard input' : beside.file;
      throw new ThadsError(
        'YEAR_CONFLICT',
        beside.statedYear === other.statedYear
          ? `--year ${opts.year} would read this file and ${name}, which say their year is ${other.statedYear}, as ${opts.year}: the year several files state is not overridden`
          : `--year ${opts.year} would read this file, which says its year is ${other.statedYear}, as ${opts.year}, and add it to ${name}, ${beside.statedYear === null ? 'which states no year' : `which says ${beside.statedYear}`}: figures of different years are never added`,
        { file: other.file },
        'name only the files of one year, or drop --year and pass --by year',
      );
    }
  }
  // A file whose name says it is of an earlier period ("KV 1 - năm trước.csv", last year's kept for
  // comparison) read as the year of the others (--year, or a title's) would be added to them.
  const earlier = reports.length > 1 ? earlierBesideOthers(reports, opts.year) : null;
  if (earlier) {
    const { report, note, beside, year } = earlier;
    throw new ThadsError(
      'YEAR_CONFLICT',
      `the file name says its figures are of an earlier period ("${note}"), but ${report.statedYear === null ? `--year ${year}` : `its title (${year})`} would read them as ${year} and add them to ${beside.file === STDIN ? 'standard input' : beside.file}, of ${year}: figures of different years are never added`,
      { file: report.file },
      'name only the files of one year; an earlier year\'s file is given with --previous FILE',
    );
  }
  if (opts.year === undefined) titleYearsDiffer(reports);
  for (const r of reports) titleBesideYearColumn(r, rowYears.get(r));
  for (const { row, rows, kind, chiCuc, district } of counted) count({ ...row, district: labels.label(row) }, rows, kind, chiCuc, district);
  const firstCross = findings.length;
  // One file's money a case a thousandfold off the others': its unit line read wrong.
  findings.push(...moneyApartDoubts(perCaseOfFiles));
  // A province's whole beside its offices: refused whatever the figures, so not also as a suspect.
  const refusedWholes = new Set<OfficeRow>();
  for (const w of findWholesBesideParts(wholes, parts)) {
    refusedWholes.add(w.whole.row);
    findings.push(finding('error', 'PROVINCE_BESIDE_ITS_OFFICES', wholeBesidePartsMessage(w), { file: w.whole.file, line: w.whole.row.line }));
  }
  // An office of one file that adds up its province's offices in the others: a total counted twice.
  for (const t of findCrossFileTotals(fileOffices)) {
    if (refusedWholes.has(t.office.row)) continue;
    // Few agreeing figures could be chance: then a warning only (as SUSPECTED_TOTAL_ROW).
    const severity = opts.noTotalGuess || t.evidence < 2 ? 'warning' : 'error';
    findings.push(finding(severity, 'SUSPECTED_TOTAL_ACROSS_FILES', crossFileMessage(t), { file: t.office.file, line: t.office.row.line }));
    refusedWholes.add(t.office.row);
  }
  // A province's whole beside offices of no province, the run's other rows all of it: its parts
  // as far as thads can tell, whatever the figures (unless refused above as their sum).
  // (written in an office column of a file named after the province: a file so named without
  // one, "Hoa Binh viec 2019.csv", may be a district's, huyện Hòa Bình of Bạc Liêu; a row "Phú
  // Yên" in "b 2019.csv" may be an office beside "Phù Yên")
  for (const w of findWholesBesideUnplaced(wholes.filter((x) => wholesInColumn.has(x.file) && !refusedWholes.has(x.row)), parts)) {
    findings.push(finding('error', 'PROVINCE_BESIDE_ITS_OFFICES', wholeBesidePartsMessage(w), { file: w.whole.file, line: w.whole.row.line }, w.unplaced ? UNPLACED_PARTS_HINT : undefined));
  }
  for (const report of reports) placeInSheet(findings, firstCross, report);

  // Half-offices left over (read once all files are): never printed as two offices.
  const unjoined = inputs.unjoined(files);
  if (unjoined) findings.push(unjoined);
  // An office without a measure others give (a cases-only file beside files with money): sums
  // of that measure over it are left unknown, never printed as a sum of part of the offices.
  if (wholeRun) {
    const lacking = inputs.lacking();
    for (const { office, measure } of lacking.offices) {
      const labelled = { ...office, district: labels.label(office) };
      groups.lacks(labelled, measure);
      totals.lacks(labelled, measure);
    }
    if (lacking.finding) findings.push(lacking.finding);
  }
  for (const [key, seen] of provinceSeen) totalProvinces.set(key, seen.size === 1 ? [...seen.values()][0]! || null : null);
  const totalProvinceCounts = new Map([...provinceSeen].map(([key, seen]) => [key, [...seen.values()].filter(Boolean).length]));
  const unplaced = unplacedBeside(provinceSeen, unplacedFiles);
  const unsaid = [...new Set([...unplaced.values()].flatMap((u) => u.files.map((f) => f.file)))].filter((f) => !saidUndecided.has(f));
  if (unsaid.length > 0) {
    const message = (tail: string) => unplacedMessage(unsaid, [...new Set([...unplaced.values()].flatMap((u) => u.provinces))], tail);
    findings.push(undecidedFinding(message('they are counted'), { file: unsaid[0]! }, message('a sum would count them'), message('summarize counts them')));
  }
  // One year in the input: every group belongs to it (for targets and output), grouped by year or not.
  const onlyYear = years.size === 1 ? [...years][0]! : null;
  const withYear = (list: Group[]) => (onlyYear === null ? list : list.map((g) => ({ ...g, year: onlyYear })));
  const provincesIn = (seen: Map<string, string>[], stood: Map<string, string>) => [...new Map([...seen.flatMap((s) => [...s]), ...stood].filter(([, p]) => p !== '')).values()];
  const provinces = provincesIn([...provinceSeen.values()], stoodFor);
  const perYear = new Map(
    [...years].map((y) => {
      const seen = provinceSeen.get(keyString({ province: null, district: null, year: y }));
      return [y, { provinces: provincesIn(seen ? [seen] : [], yearStoodFor.get(y) ?? new Map()), offices: [...(yearOffices.get(y)?.values() ?? [])], provincesOf63: provincesOf63([...(yearOf63.get(y)?.values() ?? [])]) }];
    }),
  );
  const by34 = countBy34(years, reports);
  // a period stated by its days of the year is each of its rows' years' (statedIn)
  const periodsOfReport = (r: FileReport): Period[] => {
    const rows = [...(rowYears.get(r) ?? [])].filter((y): y is number => y !== null);
    const own = r.statedYear ?? onlyYear;
    return (rows.length > 0 && r.statedPeriod.end?.startsWith('-') ? rows : [own]).map((y) => periodOf(statedIn(r.statedPeriod, y), y));
  };
  const periods = distinctPeriods(reports.flatMap(periodsOfReport));
  // (a total of the district offices alone: no province's whole, narrative.ts; held against no province's target, evaluate.ts)
  // (so is a group above the offices all of whose rows are: a province's group of its Chi cục alone)
  // (of one office: that office's, under its own target alone)
  // (of offices none of whose rows names a province: no province's whole it could pass for, under
  // the target any total of those rows takes — "Mỹ Lộc.csv" + "Vụ Bản.csv", each its office's own
  // file, had no TOTAL target where the same rows in one file had 80, exit 0 under
  // --fail-below-target, traps30)
  const ofDistricts = (t: Group): Group => {
    const seen = districtSeen.get(keyString(t));
    if (seen === undefined || seen.words === null) return t;
    return { ...t, districtOffices: seen.words, ...(seen.office !== null ? { office: seen.office } : {}), ...(seen.placed ? {} : { ofNoProvince: true as const }) };
  };
  return { groups: withYear(groupsOfOffices ? groups.result() : groups.result().map(ofDistricts)), totals: withYear(totals.result()).map(ofDistricts), totalProvinces, totalProvinceCounts, unplaced, years, provinces, perYear, offices: [...offices.values()], listedParts: [...listed.values()], units: [...units.values()], provincesOf63: provincesOf63([...of63.values()]), by34, periods, reports, findings };
}

/** The totals whose rows name a province beside offices that name none (Collected.unplaced). */
function unplacedBeside(provinceSeen: ReadonlyMap<string, ReadonlyMap<string, string>>, unplacedFiles: ReadonlyMap<string, ReadonlyMap<string, UnplacedRow>>): Unplaced {
  const out = new Map<string, { provinces: string[]; files: UnplacedRow[] }>();
  for (const [key, files] of unplacedFiles) {
    const provinces = [...(provinceSeen.get(key)?.values() ?? [])].filter((p) => p !== '');
    if (provinces.length > 0) out.set(key, { provinces, files: [...files.values()] });
  }
  return out;
}

/**
 * PROVINCE_UNDECIDED. The code's hint, for a sum printed, never says the total is right either
 * way: an office of no province written otherwise than in another file (initials two offices
 * share) is still added beside it (initials46); a refused run and check print no total, so there
 * the hint says only what the province decides.
 */
function undecidedFinding(message: string, location: Location, unsummed = message, checked = message): Finding {
  const hint = 'name the file after its province (gia-lai-viec-2025.csv) or give it a province column (Tỉnh): the groups by province and the offices told apart across files depend on it';
  return { ...finding('warning', 'PROVINCE_UNDECIDED', message, location), unsummed: { message: `${unsummed}; nothing is summed while the input has errors`, hint }, checked: { message: checked, hint } };
}

/** "the offices of a.csv name no province (…), while the other rows are of Ninh Bình: …" */
function unplacedMessage(files: readonly string[], provinces: readonly string[], counted: string): string {
  const named = files.map((f) => (f === STDIN ? 'standard input' : f));
  const shown = named.length > 3 ? `${named.slice(0, 3).join(', ')} and ${named.length - 3} more files` : named.join(', ');
  const of = provinces.length > 3 ? `${provinces.slice(0, 3).join(', ')} and ${provinces.length - 3} more provinces` : provinces.join(', ');
  return `the offices of ${shown} name no province (no province column, none in the title or the file name), while the other rows are of ${of}: ${counted} without a province, under no province's target`;
}

/** Every row of `years` counts by the 34 provinces of 2025 (Collected.by34). */
function countBy34(years: ReadonlySet<number | null>, reports: readonly FileReport[]): boolean {
  return years.size > 0 && [...years].every((y) => reports.every((r) => countsBy34(regimeYear(y, r), statedIn(r.statedPeriod, regimeYear(y, r)).end)));
}

/**
 * The input as far as one of its years gives it (an input of several years, --by year): what
 * --previous plans its roll-ups from when only that year is compared with the previous files.
 */
export function ofYear(data: Collected, year: number): Collected {
  const only = <T extends { readonly year: number | null }>(list: readonly T[]) => list.filter((x) => x.year === year);
  const scoped = data.perYear.get(year) ?? { provinces: [], offices: [], provincesOf63: [] };
  const years = new Set([year]);
  return { ...data, groups: only(data.groups), totals: only(data.totals), units: only(data.units), listedParts: only(data.listedParts), years, provinces: scoped.provinces, offices: scoped.offices, provincesOf63: scoped.provincesOf63, by34: countBy34(years, data.reports) };
}

/** "line 2 "nam-dinh" (Nam Định, 2019) looks like a total: its figures equal the sum of the 2 offices of Nam Định in a.csv; …" */
function crossFileMessage(t: CrossFileTotal<OfficeRow>): string {
  const row = t.office.row;
  const about = [row.province, row.year].filter((x) => x !== null).join(', ');
  const whose = t.provinces === 'all' ? '' : ` ${t.provinces.map((p) => (p === null ? 'with no province' : `of ${p}`)).join(' or ')}`;
  const files = t.files.length > 3 ? `${t.files.slice(0, 3).join(', ')} and ${t.files.length - 3} more files` : t.files.join(', ');
  return `${rowName(row)}${about !== '' ? ` (${about})` : ''} looks like a total, not an office: its figures equal the sum of the ${t.count} offices${whose} in ${files}; added as an office it would count them twice`;
}

/** "Gia Lai's cases with conditions 3010 as a whole in t.csv:2 and 3000 as the sum of its 2 offices in g.csv: …" */
function wholeBesidePartsMessage(w: WholeBesideParts<OfficeRow>): string {
  const p = w.whole.province!;
  const files = w.files.length > 3 ? `${w.files.slice(0, 3).join(', ')} and ${w.files.length - 3} more files` : w.files.join(', ');
  const offices = `${w.parts.length} ${w.parts.length === 1 ? 'office' : 'offices'}`;
  const where = formatLocation({ file: w.whole.file, line: w.whole.row.line });
  const figures =
    w.field === null || w.wholeValue === null || w.partsValue === null
      ? `${p}'s ${w.measure} as a whole in ${where} and by its ${offices} in ${files}`
      : `${p}'s ${w.measure} ${label(FIELDS[w.field]!.key)} ${plain(w.wholeValue)} as a whole in ${where} and ${plain(w.partsValue)} as the sum of its ${offices} in ${files}${w.wholeValue.eq(w.partsValue) || w.unplaced ? '' : ' (two versions of the figures)'}`;
  if (w.unplaced) return `${figures}: those offices name no province, so nothing tells them from ${p}'s own, and a row naming the province is its whole, which already counts its offices: added to them, ${p} would be counted twice`;
  return `${figures}: a provinces' file (each row a province's whole or a level of it) already counts each province's offices, so added to them ${p} would be counted twice`;
}
const UNPLACED_PARTS_HINT = 'give the province\'s whole alone, or the offices\' files alone; if the offices are of another province, name it in their files\' names ("Kim Bảng - Hà Nam 2019.csv"); if the row is the Cục\'s own office, write "Văn phòng Cục" in its office cell';

/** Office rows whose figures are exactly what a declared total lacks: the likely culprits. */
/**
 * Why a declared total's figure (its cell at `line`, `column`) falls short of its rows when its
 * formula adds them over cells holding a number as text (report.sumsOverText): Excel's SUM skips
 * text, thads reads the number, and the difference is exactly those cells' figures — the total's
 * formula left them out, not an office counted wrongly. Null when they do not make the difference.
 */
function textSkipped(report: FileReport, line: number, column: number, d: FieldDiff, rows: readonly OfficeRow[]): { readonly text: string; readonly hint: string } | null {
  const over = report.sumsOverText?.get(`${line}:${column}`);
  if (!over) return null;
  const byLine = new Map(rows.map((r) => [r.line, r]));
  let skipped = ZERO;
  for (const cell of over.cells) {
    const v = byLine.get(cell.line)?.figures[d.measure]?.[d.index] ?? null;
    if (v === null) return null;
    skipped = skipped.plus(v);
  }
  if (skipped.isZero() || !skipped.eq(d.sum.minus(d.declared))) return null;
  const cells = over.cells.map((c) => `${columnLetters(column)}${c.line} (${JSON.stringify(c.text)})`);
  const one = cells.length === 1;
  return {
    text: `its formula ${over.formula} skips ${one ? 'cell' : 'cells'} ${cells.join(', ')}, which ${one ? 'holds a number' : 'hold numbers'} as text: Excel's SUM adds no text, while thads reads ${one ? 'it' : 'them'} as ${plain(skipped)}${one ? '' : ' together'}`,
    hint: `type ${one ? 'the figure' : 'the figures'} in ${over.cells.map((c) => `${columnLetters(column)}${c.line}`).join(', ')} as ${one ? 'a number' : 'numbers'} (not text) so that the total adds ${one ? 'it' : 'them'}, and save the workbook in Excel or LibreOffice`,
  };
}

function explainers(diffs: readonly FieldDiff[], rows: readonly OfficeRow[]): OfficeRow[] {
  const wanted = differenceOf(diffs);
  if (wanted.some((w) => w.value.lte(0))) return [];
  return rows.filter((r) => wanted.every((w) => {
    const v = r.figures[w.measure]?.[w.index] ?? null;
    return v !== null && v.eq(w.value);
  })).slice(0, 3);
}

/**
 * The first file whose name says it is of an earlier period (file-names.ts earlierPeriodOfFileName)
 * and whose year as read — its title's, else --year's — is that of a file not so named; null if none.
 * A file with a year column has its rows' years; a run of such files only is the user's to date.
 */
function earlierBesideOthers(reports: readonly FileReport[], year: number | undefined): { readonly report: FileReport; readonly note: string; readonly beside: FileReport; readonly year: number } | null {
  const yearOf = (r: FileReport) => (r.yearFrom === 'year column' ? null : (r.statedYear ?? year ?? null));
  for (const report of reports) {
    const note = earlierPeriodOfFileName(report.file);
    const read = yearOf(report);
    if (note === null || read === null) continue;
    const beside = reports.find((r) => r !== report && earlierPeriodOfFileName(r.file) === null && yearOf(r) === read);
    if (beside) return { report, note, beside, year: read };
  }
  return null;
}

/**
 * A title stating one statistics year over a year column whose every row holds one other year
 * ("BÁO CÁO … NĂM 2024" over rows of 2023): a sheet copied from last year and updated in one place
 * only. The column dates the rows (SPEC §3), but the year sets the target and the regime, so
 * which is the report's the user says, as for a file name beside its title (layout.ts). Rows of
 * several years are a comparison (or --by year's): their title names one of them, as it may.
 */
function titleBesideYearColumn(report: FileReport, years: ReadonlySet<number | null> | undefined): void {
  const title = report.titleYearOverColumn;
  if (title === undefined || years === undefined) return;
  const given = [...years].filter((y): y is number => y !== null);
  if (given.length !== 1 || given[0] === title.year || years.has(null)) return;
  throw new ThadsError(
    'YEAR_CONFLICT',
    `the title (${lineName(report, title.line)}) says the year is ${title.year}, but the year column gives every row ${given[0]}: which is the report's?`,
    { ...lineLocation(report, report.file, title.line), ...(report.sheet ? { sheet: report.sheet.name } : {}) },
    `correct the title or the year column (a sheet copied from another year keeps its old year somewhere); --year ${given[0]} reads the rows as the column says`,
  );
}

/**
 * Files without a year of their own (no year column, none in their names, no --year) are read
 * yearless, whatever their titles say (the title's year is not the rows'). Titles stating
 * different years still say the figures are of different years, never added (SPEC §3): a
 * usage error naming each file's year.
 */
function titleYearsDiffer(reports: readonly FileReport[]): void {
  const byYear = new Map<number, string[]>();
  for (const r of reports) {
    if (r.yearFrom !== 'unknown' || r.statedYear === null) continue;
    // a workbook's sheet named: the pair of forms on two tabs is one file read twice (traps28 t43: "X.xlsx says 2023; X.xlsx says 2024")
    const named = r.file === STDIN ? 'standard input' : r.sheet !== undefined ? formatLocation({ file: r.file, sheet: r.sheet.name }) : r.file;
    byYear.set(r.statedYear, [...(byYear.get(r.statedYear) ?? []), named]);
  }
  if (byYear.size < 2) return;
  const says = [...byYear].sort(([a], [b]) => a - b).map(([year, files]) => `${files.join(', ')} ${files.length === 1 ? 'says' : 'say'} ${year}`);
  throw new ThadsError(
    'MIXED_YEARS',
    `the files' titles state different years (${says.join('; ')}), and the files have no year of their own (no year column, no year in their names, no --year): figures of different years are never added together`,
    undefined,
    'sum one year\'s files at a time, or put each file\'s year in its name (e.g. "Mỹ Lộc 2019.csv") and add year to --by',
  );
}

/**
 * Whether a file is a table of the district level's offices alone, and in which words: its title
 * says so ("KẾT QUẢ … CỦA CÁC CHI CỤC …": titleDistrictOffices), or its whole is a row so labelled
 * ("Cộng các Chi cục", "Khối Chi cục", "Cộng các Phòng THADS khu vực": districtOfficesRow) equal to
 * every office row, with no "Tổng cộng" beside it — and no row of the Cục's own ("Văn phòng Cục",
 * "Cục THADS tỉnh Nam Định", "Cấp tỉnh", "Khối Cục"). Null otherwise: a table with the Cục's row,
 * or "Cộng các Chi cục" a subtotal under "Tổng cộng", is read as before (the province's whole).
 */
function districtOfficesOf(report: FileReport, declared: readonly { readonly kind: string; readonly row: OfficeRow }[], rows: readonly OfficeRow[]): DistrictOffices | null {
  if (rows.length === 0) return null;
  // (asked first, cheaply: most files are neither, and the checks below go over every office row)
  const labelled = declared.filter((d) => districtOfficesRow(d.row.district) !== null);
  if (report.titleDistrictOffices === null && (labelled.length === 0 || declared.some((d) => d.kind === 'total'))) return null;
  const titled = report.titleProvinces.length === 1 ? report.titleProvinces[0]!.province : null;
  const cucs = (row: OfficeRow) => namesOwnOffice(row.district, row.province ?? titled, row.year) || namesLevel(row.district) || /(^| )(khoi cuc|van phong cuc|vp cuc)( |$)/.test(foldHeader(row.district));
  if (rows.some(cucs) || declared.some((d) => cucs(d.row))) return null;
  if (report.titleDistrictOffices !== null) return report.titleDistrictOffices;
  if (declared.some((d) => d.kind === 'total')) return null;
  const sums = {};
  for (const row of rows) addSums(sums, row.figures);
  for (const d of labelled) if (sameSums(d.row.figures, sums)) return districtOfficesRow(d.row.district);
  return null;
}

/**
 * Whether a file is a district-level office's own report, and in which words: its one office row
 * (a file of that office alone, not a total) is the office its title names ("CHI CỤC THADS HUYỆN
 * MỸ LỘC", "PHÒNG THADS KHU VỰC 1": titleOffice) or its name names ("Mỹ Lộc 2024.csv" of a row
 * "Chi cục THADS huyện Mỹ Lộc"); without an office column nor an office in its title, the office its
 * name names with its unit ("Huyện Mỹ Lộc 2024.csv": unitKind), a province's name never — never
 * the Cục's own ("Văn phòng Cục", "Cấp tỉnh") nor a province's whole. Its figures are that office's,
 * never its province's whole (districtOffices). Null otherwise.
 */
function ownReportOf(report: FileReport, file: string, rows: readonly OfficeRow[], kind: Unit['kind'], total: boolean, namedByFile: boolean): DistrictOffices | null {
  if (rows.length !== 1 || kind !== 'office' || total) return null;
  const row = rows[0]!;
  const titled = report.titleOffice !== null && mayBeOneOffice(report.titleOffice.office, row.district);
  // (without an office column the row is the name's office: only one with its unit, "Huyện Mỹ Lộc", says it is a Chi cục's)
  const named = file !== STDIN && provinceNamedAlone(file) === null && (namedByFile ? report.titleOffice === null && unitKind(row.district) !== null : mayBeOneOfficeUnaccented(officeFromFileName(file), row.district));
  if (!titled && !named) return null;
  const province = report.titleProvinces.length === 1 ? report.titleProvinces[0]!.province : null;
  if (namesOwnOffice(row.district, row.province ?? province, row.year) || namesLevel(row.district) || provinceWholeOf(row) !== null || /(^| )(khoi cuc|van phong cuc|vp cuc)( |$)/.test(foldHeader(row.district))) return null;
  return /(^| )khu vuc( |$)/.test(foldHeader(row.district)) ? 'khu-vuc' : 'chi-cuc';
}

/** Every figure `declared` states is the sum's, one at least not zero. */
function sameSums(declared: Sums, sum: Sums): boolean {
  let stated = false;
  for (const m of MEASURES) {
    for (const [k, v] of (declared[m] ?? []).entries()) {
      if (v === null) continue;
      const s = sum[m]?.[k] ?? null;
      if (s === null || !s.eq(v)) return false;
      stated ||= !v.isZero();
    }
  }
  return stated;
}

/**
 * Whether office rows all name one province itself ("Nam Định", "Tỉnh Nam Định", "Cục THADS tỉnh
 * Nam Định": provinceWholeOf, not its own level "Cấp tỉnh"): under a title naming the province's
 * whole, that whole. A national table's rows name many provinces; an office's row none.
 */
function namesOneProvinceOnly(rows: readonly OfficeRow[]): boolean {
  const wholes = rows.map((row) => provinceWholeOf(row));
  return wholes.length > 0 && wholes.every((w) => w !== null && !w.ownLevel) && new Set(wholes.map((w) => provinceKey(w!.province))).size === 1;
}

/** tinh49: a row naming another province itself among the offices of the file's province. */
/**
 * The province an office's name writes: after its region ("Phòng THADS khu vực 2 - Gia Lai"),
 * its Văn phòng's or district's ("Văn phòng Cục THADS tỉnh Hà Nam", "Chi cục THADS huyện Kim
 * Bảng, tỉnh Hà Nam"), or its agency's ("Cục THADS tỉnh Hà Nam"; tinh49: among Nam Định's Chi
 * cục each was added to Nam Định's total, exit 0).
 */
function provinceNamedByOffice(name: string, year: number | null): { readonly province: string; readonly region: boolean } | null {
  const region = provinceInName(name);
  if (region !== null) return { province: region, region: true };
  const province = officeProvinceInName(name) ?? agencyProvinceNamed(name, year)?.province ?? null;
  return province === null ? null : { province, region: false };
}

function anotherProvinceFinding(row: OfficeRow, named: string, own: string, location: Location): Finding {
  return finding(
    'error',
    'NOT_AN_OFFICE',
    `"${row.district}" names another province itself, ${named}, among the offices of ${own} (the file's province): it is no office of ${own}, and added as one its figures would count in ${own}'s total`,
    location,
    `if the row is ${named}'s, move it to ${named}'s own file (or give each row its province in a "Tỉnh" column); otherwise delete it`,
  );
}
