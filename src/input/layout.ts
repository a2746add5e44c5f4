// The header row(s) → a layout: which column holds which figure of which measure, in which
// unit; every decision recorded in the FileReport.
import { basename } from 'node:path';
import { hasLetter, latinLetters } from '../domain/letters.js';
import { F, FIELDS, IDENTITY, MEASURES, UNKNOWN_MARK, excelFieldLabel, excelRateLabel, isOwnSamePeriodChangeHeader, ownTableLabels, withoutComparedYear, type FieldKey, type IdentityKey, type Measure } from '../domain/fields.js';
import { isOwnHumanTableHeader, refuseOwnHumanTableMoney } from './own-human-table.js';
import { deferredParts, fieldPhrase, isPartOf, regimeOf, regimeOfCircular, resolvedParts } from '../domain/relations.js';
import { foldHeader } from '../domain/names.js';
import { ThadsError, columnLetters, finding, type Finding, type Location } from '../errors.js';
import { lineLocation, lineName, type FileReport, type ReadOptions } from './file-report.js';
import { bracketSpan, noteSpan } from './group-span.js';
import { isConnector, looksLikeResolvedPart, namesDoneAlone, reducedHalf, namesOfWhichKindGroup, startsWithOfWhich, namedPeriod, namesATotal, namesField, lostHeader, startsWithConnector, unitBesidePeriod, type ColumnRole, type HeaderMatcher, type NamedPeriod } from './headers.js';
import { readNote, type HeaderNote, type RegimeNote } from './field-notes.js';
import { columnMark, footnoteMark, type FootnotedColumn } from './footnotes.js';
import { boundsText, moneyUnitsOfFileName, nameJoiningPeriods, nameNamesMonth, periodOfFileName, periodOfName, periodsDisagree, sheetNamingTotal, titleNamingTotal, withFileName, bareYearSpan, yearFromFileName, yearsOfFileName, yearsOfName, type PeriodNames } from './file-names.js';
import { dayText, type StatedPeriod } from '../domain/periods.js';
import { reportDate, writtenBeforeYearEnd } from './report-date.js';
import { rowLabel } from './row-labels.js';
import { impossiblePeriodDay, titleNamesMonth, titlePeriod, titleStartConflict, titleYear as statedTitleYear, yearFromTitle, yearGroupWords, wholeYearStated, yearlessPeriod } from './stated-years.js';
import { titleDistrictOffices, titleOffice } from './title-office.js';
import { namesCluster, titleDepartment, titleProvinces } from './title-province.js';
import { isByEnforcerForm } from './by-enforcer.js';
import { findUnitLine, findUnitLineOfRow, mentionsMoney, noteCellUnit, UNIT_EXPONENT, unitsOfName, type MoneyUnit, type UnitLine } from './units.js';
import { unitFromCells } from './cell-unit.js';
import { groupAgreesWithStated, groupNamesOwnPeriod, groupRepeatsStatedMonth, groupRepeatsStatedQuarter, isOwnPeriod, loneQuarterDays, judgeGroupSpans, namesGroupSpan, samePeriod, statisticsYearOf, titleSpansWholeYear, type GroupJudgement, type OwnPeriod } from './own-period.js';
import { citedCirculars } from './circular.js';
import { namesAgreedPostponement } from './comparison-words.js';
import { deferredColumns, deferredInsideGroup, dependsOnRegime, RowYearsNeeded } from './deferred-columns.js';
import { moneyUnitOption } from './unit-option.js';
import { OwnTotalNeeded } from './own-total.js';
import { failedFigure, readCell, saysNothingArose } from './numbers.js';
import { checkNameMeasure, checkSheetMeasure, checkStatedMeasures, measureConflict, measureStatements, type StatedMeasure } from './stated-measure.js';

/**
 * A unit line above, in or just below the header, where it was: read, naming money thads cannot
 * read, or counting cases ("Đơn vị tính: việc" above the header: a statement of the measure only).
 */
export type UnitLineAt = ({ readonly unit: MoneyUnit; readonly text: string } | { readonly unreadable: string } | { readonly cases: string }) & { readonly line: number; readonly column: number };

export interface FigureColumn {
  readonly index: number;
  readonly field: FieldKey;
  readonly fieldIndex: number;
  readonly measure: Measure;
  readonly isCount: boolean;
  readonly exponent: number;
}

export interface Layout {
  readonly figures: FigureColumn[];
  readonly identity: Partial<Record<IdentityKey, number>>;
  /** the row-number column (STT): a Roman number there marks a section row */
  readonly stt?: number;
  /** cells of the header (its last non-empty cell, over the header rows): rows must have as many */
  readonly width: number;
  /**
   * columns with no header at all (an empty header cell, a trailing delimiter of the header row):
   * a number there is refused (strayNumber), never ignored — it is a figure shifted off its column
   */
  readonly unnamed: readonly number[];
  /** unnamed columns whose header cell holds what stands where a header was lost ("#REF!", "Column5": headers.ts lostHeader): what it holds, its line */
  readonly lostHeaders?: ReadonlyMap<number, { readonly holds: string; readonly line: number }>;
  /** notes columns ("Ghi chú"): words there are let be, a number is refused like one under no header (strayNumber) */
  readonly notes: readonly number[];
  /** the year of rows without a year column: the file name's (null: unknown) */
  readonly fileYear: number | null;
  /**
   * the report's year for the rules of reading (a 2025 khu vực's unnumbered Chi cục are its parts,
   * "Thành phố Huế" is a province …): the file name's, else --year's, else — without a year column —
   * the year its title states ("… NĂM 2025 …"). One place: a year the title states is read the same
   * as one the name states (work101b 02); the target's year stays fileYear/--year (YEAR_UNKNOWN).
   */
  readonly readingYear: number | null;
  /**
   * the year of a year cell naming the whole year without one ("Cả năm", "12 tháng"): as the
   * rows' without a year column (--year, else the file name's; `stated` also the title's), or
   * the YEAR_CONFLICT such a file is refused with, thrown at the first such row
   */
  readonly yearlessCells: YearlessCells;
  /** the report's period as its title, else its sheet's name or its file name, states it (null: not stated) */
  readonly statedPeriod: StatedPeriod;
  /** the report's own year and period, when the file has no year column (an office's "(12 tháng)" is its own only in a whole year's report) */
  readonly ownPeriod?: OwnPeriod;
  /** thads' own machine CSV read back: an empty cell is an unknown value (isThadsOutput) */
  readonly emptyIsUnknown?: true;
  /** thads' own human table (own-human-table.ts): its "—" too is an unknown value (isUnknownCell) */
  readonly ownHumanTable?: true;
  /** thads' own workbook (its label row, also in a CSV saved from it): its figures may be rounded to Excel's 15 digits (own-workbook.ts) */
  readonly ownWorkbook?: true;
  /** the figure columns, with their headers' footnote marks ("Thi hành xong¹"): a footnote line under the table is read against them (footnotes.ts) */
  readonly footnoted: readonly FootnotedColumn[];
  /** a header carries a footnote mark ("¹", "*", "(*)") */
  readonly footnoteMarks?: true;
  /** notes restating their column in some regimes only, with a year column: checked on each row (field-notes.ts) */
  readonly regimeNotes?: readonly RegimeNote[];
  /** a form by enforcer (by-enforcer.ts): rows without STT under a numbered office are its enforcers */
  readonly byEnforcer?: true;
  /** two columns summed into one figure: Hoãn and Tạm đình chỉ outside có điều kiện, deferred (deferred-columns.ts) */
  readonly summed?: true;
}

/** `overrides`: the OPTION_OVERRIDES_FILE warning of --year over the year the file states */
export type YearlessCells = { readonly year: number | null; readonly stated: number | null; readonly overrides?: Finding } | { readonly conflict: ThadsError };

/**
 * thads' own CSV/TSV (SPEC §6: "province", "district", "year", each figure as
 * `<measure>_<field>`, and its results "cases_rate" …), or its own workbook (its label row,
 * ownTableLabels), read back to add up several provinces' outputs. There an empty cell is an
 * unknown value, as thads wrote it, not a zero: read as 0, a report without money would print
 * money 0, and a total whose parts were unknown a sum.
 */
export function isThadsOutput(header: readonly string[], figures: readonly FigureColumn[], ownTotal = false): boolean {
  if (figures.length === 0) return false;
  if (isOwnTableHeader(header) || isOwnHumanTableHeader(header)) return true;
  if (isOwnExcelCsvHeader(header, figures)) return true;
  if (!isMachineCsvHeader(header, figures)) return false;
  // its rate columns deleted, its own TOTAL row below still says whose it is (`ownTotal`: read-csv.ts OwnTotalNeeded)
  return ownTotal || header.some((c) => /^(cases|money)_rate$/.test(c.trim()));
}

/**
 * The header of thads' machine CSV: "province", "district", "year", then each figure under its
 * canonical name. Users type it too (fixtures/2019.csv, in nghìn đồng by the config): alone, it
 * is no proof of thads' own output; with a rate column, or thads' own TOTAL row, it is.
 */
export function isMachineCsvHeader(header: readonly string[], figures: readonly FigureColumn[]): boolean {
  const cell = (i: number) => (header[i] ?? '').replace(/^\uFEFF/, '').trim();
  if (figures.length === 0 || cell(0) !== 'province' || cell(1) !== 'district' || cell(2) !== 'year') return false;
  // a money amount's name may say its unit: "money_total (million VND)" (--unit)
  return figures.every((f) => cell(f.index) === `${f.measure}_${f.field}` || cell(f.index).startsWith(`${f.measure}_${f.field} (`));
}

/**
 * thads' Vietnamese Excel CSV (`--excel --lang vi`, output/csv.ts vietnameseColumns): "Tỉnh",
 * "Đơn vị", "Năm", each figure under its own label (money's followed by its unit), a rate column.
 * Not known as thads' own, its empty cells were read as a form's blanks, 0: "Việc tổng số thụ
 * lý" 0 against 100 with conditions, warned about, summed, exit 0.
 */
function isOwnExcelCsvHeader(header: readonly string[], figures: readonly FigureColumn[]): boolean {
  const cell = (i: number) => (header[i] ?? '').replace(/^\uFEFF/, '').trim().normalize('NFC');
  if (cell(0) !== IDENTITY.province.label.vi || cell(1) !== IDENTITY.district.label.vi || cell(2) !== IDENTITY.year.label.vi) return false;
  const labelled = figures.every((f) => {
    const label = excelFieldLabel(f.measure, FIELDS[F[f.field]]!);
    return cell(f.index) === label || (f.measure === 'money' && cell(f.index).startsWith(`${label} (`));
  });
  return labelled && header.some((_c, i) => MEASURES.some((m) => cell(i) === excelRateLabel(m)));
}

/**
 * Refuses thads' Excel CSV of a part of its year (its change columns "So với cùng kỳ năm
 * trước: …") whose period nothing states: written before it carried its period line, and its
 * line deleted, or its name states none. Read as its Năm column says, six months were the whole
 * year (traps40 1: compared with a year, +600, exit 0): which part it is cannot be told.
 */
function refuseUnstatedOwnPart(header: readonly string[], stated: { readonly start: string | null; readonly end: string | null }, file: string, line: number): void {
  const cell = (i: number) => (header[i] ?? '').replace(/^\uFEFF/, '').trim().normalize('NFC');
  if (cell(0) !== IDENTITY.province.label.vi || cell(1) !== IDENTITY.district.label.vi || cell(2) !== IDENTITY.year.label.vi) return;
  const at = header.findIndex((c) => isOwnSamePeriodChangeHeader(c));
  if (at < 0 || !titleSpansWholeYear(stated.start, stated.end)) return;
  throw new ThadsError('OWN_PERIOD_UNSTATED', `this CSV thads wrote for Excel is of a part of its statistics year (its change columns are "so với cùng kỳ"), but neither a line over its header nor its name states which part: read by its Năm column alone, it would be the whole year`, { file, line, column: at + 1 });
}

/**
 * A figure cell of thads' own output that says its value is unknown: empty, or in its human table
 * the mark it prints for unknown ("—", which elsewhere is a dash read as 0, SPEC §3).
 */
export function isUnknownCell(layout: Layout, raw: string): boolean {
  const text = raw.trim();
  return layout.emptyIsUnknown === true && (text === '' || (layout.ownHumanTable === true && text === UNKNOWN_MARK));
}

/** The label rows thads' workbook may have: either language, cases, money or both. */
const OWN_TABLE_HEADERS: readonly (readonly string[])[] = (['en', 'vi'] as const).flatMap((lang) =>
  ([['cases'], ['money'], ['cases', 'money']] as const).map((ms) => ownTableLabels(ms, lang).map((l) => l.normalize('NFC'))),
);

/** Whether a header row is thads' own workbook's label row, every label in its place (a person's table is not). */
function isOwnTableHeader(header: readonly string[]): boolean {
  // its change columns may name the year compared with, "Change in total on 2017" (resultLabel)
  const cells = header.map((c) => withoutComparedYear(c.replace(/^\uFEFF/, '').trim().normalize('NFC')));
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return OWN_TABLE_HEADERS.some((labels) => labels.length === cells.length && labels.every((l, i) => l === cells[i]));
}

const STT_HEADERS = new Set(['stt', 'tt', 'so tt', 'so thu tu', 'thu tu', 'no']);
/** Whether a column's header names it the item numbers' (STT): "STT", "Số TT", "Thứ tự". */
export const namesItemColumn = (header: string): boolean => STT_HEADERS.has(foldHeader(header));
/**
 * A notes column holds words ("Đạt chỉ tiêu"); a bare number there is a figure shifted off its
 * column: "Hà Nội,345,012,300000" (345,012 and 300,000 not in quotes) under "…, Ghi chú".
 */
const NOTES_HEADERS = new Set(['ghi chu', 'note', 'notes']);

/**
 * The header is the first row naming at least two known columns, one of them a figure: the
 * row above a two-row header ("STT, Tỉnh, Đơn vị, Về việc, …, Về tiền") names identity columns
 * only and is the group row, not the header.
 */
export function isHeaderRow(matcher: HeaderMatcher, cells: readonly string[], groupRow: readonly string[] | null = null): boolean {
  let known = 0;
  let figures = 0;
  for (const [i, c] of cells.entries()) {
    const role = roleUnder(matcher, groupRow, i, c);
    const figure = namesField(role);
    if (figure) figures++;
    if (figure || role.kind === 'identity') known++;
  }
  if (known >= 2 && figures >= 1) return true;
  // below a group row, its "Tổng số" names a field too: "Tổng số | Giải quyết xong"
  return groupRow !== null && figures >= 1 && known + groupTotals(matcher, groupRow, cells) >= 2;
}

/**
 * The groups' own "Tổng số" in a row under their group row, beside parts of theirs: "Có điều
 * kiện thi hành" over "Tổng số | Giải quyết xong". readHeader reads such a "Tổng số" as the
 * group's field. 0 unless every other field the row names is a part of the group it sits under:
 * "Chưa" over "Có điều kiện" is one label split over two rows, no group and its part.
 */
function groupTotals(matcher: HeaderMatcher, groupRow: readonly string[], cells: readonly string[]): number {
  let totals = 0;
  for (const [i, cell] of cells.entries()) {
    if (SUBTOTAL_HEADERS.includes(foldHeader(cell)) || subColumnOf(matcher, cell)?.total === true) {
      if (groupFigure(matcher, groupRow, i, cell)) totals++;
      continue;
    }
    const role = roleUnder(matcher, groupRow, i, cell);
    if (!namesField(role)) continue;
    const group = (groupRow[i] ?? '').trim() === '' ? matcher.match(groupCell(groupRow, i)) : null;
    if (role.kind !== 'figure' || group?.kind !== 'figure' || !isPartOf(role.field, group.field)) return 0;
  }
  return totals;
}

const SUBTOTAL_HEADERS = ['tong so', 'tong', 'cong', 'tong cong', 'total', 'so luong', 'ts'];

/**
 * A header cell's role, under the group row's label over it when the cell names a part only
 * there: "Cũ | Mới" under "Tổng số thụ lý" (headers.ts partUnder). Any other cell as it reads alone.
 */
function roleUnder(matcher: HeaderMatcher, groupRow: readonly string[] | null, index: number, cell: string): ColumnRole {
  const role = matcher.match(cell);
  if (groupRow === null || role.kind !== 'unknown') return role;
  return matcher.partUnder(groupCell(groupRow, index), cell) ?? role;
}

/** What a group's own sub-column says of its figure: the measure and money unit it names. */
interface SubColumn {
  readonly measure: Measure | null;
  readonly unit: MoneyUnit | null;
  readonly badUnit?: string;
  /** the period its bracket names ("năm 2018" of "Việc (năm 2018)"): the group's figure of that period */
  readonly period?: string;
  /** a total's word before its measure ("Tổng số tiền", "Tổng số việc"): the group's figure, never a measure's column of an ignored group */
  readonly total?: true;
}

/** A total's word before a measure's: "Tổng số tiền", "Tổng số việc (việc)", "TS tiền", "Tổng tiền". */
const TOTAL_BEFORE_MEASURE = /^(?:tổng số|tong so|tổng|tong|ts)\s+(?=\S)/iu;

/**
 * A sub-column that holds its group's own figure: "Tổng số", "Số lượng", or a measure, with its
 * unit — "Số việc", "Số tiền (nghìn đồng)", "Việc", "Tiền" under "Có điều kiện". Null for a
 * field's own name ("Thi hành xong" under "Có điều kiện" is a part of it).
 */
function subColumnOf(matcher: HeaderMatcher, cell: string): SubColumn | null {
  if (SUBTOTAL_HEADERS.includes(foldHeader(cell))) return { measure: null, unit: null };
  // "Tổng số tiền (nghìn đồng)" under "Có điều kiện thi hành": its total, in the measure it names
  // (alone, "Tổng số tiền" names no field: headers.ts leaves it unknown)
  const measureTotal = TOTAL_BEFORE_MEASURE.test(cell.trim()) && matcher.match(cell).kind === 'unknown' ? matcher.groupOf(cell.trim().replace(TOTAL_BEFORE_MEASURE, '')) : null;
  if (measureTotal) return { ...measureTotal, total: true };
  const sub = matcher.groupOf(cell);
  if (!sub) return periodSubColumn(matcher, cell);
  // "Việc (năm 2018)", "Tiền (cùng kỳ)" under "Có điều kiện": the group's figure of the period
  // the bracket names, judged as "Có điều kiện (năm 2018)" is (dropped, 2018's read as 2019's)
  const role = matcher.match(cell);
  if (role.kind !== 'unknown' || !role.period || role.named) return sub;
  // the bracket's words ("năm 2018" of "Việc [năm 2018]", of "Tiền (nghìn đồng; năm 2018)"), else
  // the period as the header reads it
  const note = /[([]\s*([^()[\]]*?)\s*[)\]]\s*$/.exec(cell)?.[1];
  const bracket = note === undefined ? undefined : (unitBesidePeriod(note)?.period ?? note);
  return { ...sub, period: bracket !== undefined && namedPeriod(bracket) !== null ? bracket : role.period.text };
}

/**
 * A sub-column that names a period alone, the group's figure of those days: "Từ 01/10/2025 đến
 * 30/6/2026 | Từ 01/7/2026 đến 30/9/2026 | Cộng" under "Giải quyết xong" (the year split at the
 * day Law 106/2025/QH15 took effect), "Đến 30/6/2026 | Riêng từ 01/7/2026 | Tổng số", "Cả năm
 * 2026", "Quý IV | Cả năm". Read as "Giải quyết xong (Cả năm 2026)" is (ownRole): the report's own period is the
 * group's figure, any other part of it is set aside. Taken for a data row, the row had left the
 * parts under no header (VALUE_WITHOUT_HEADER).
 */
function periodSubColumn(matcher: HeaderMatcher, cell: string): SubColumn | null {
  // "Trong đó: từ 01/7/2026 …" beside "Tổng số" names a part, never the group's figure; "Việc
  // năm 2018" a measure beside its period, no period alone (MEASURE_UNKNOWN, as before)
  if (startsWithConnector(cell) || isConnector(cell) || matcher.measureBesidePeriod(cell) !== null) return null;
  const role = matcher.match(cell);
  if (role.kind !== 'unknown' || role.named) return null;
  if (role.period) return role.period.comparison ? null : { measure: null, unit: null, period: role.period.text };
  // "Cả năm", "Lũy kế cả năm", "Full year", "Cộng cả năm": a span in a group's words, read as the
  // bracket of "Thi hành xong (Cả năm)" is (noteSpan) — the year's whole only in a year's report
  const span = cell.trim().replace(TOTAL_BEFORE_SPAN, '');
  return noteSpan(span) ? { measure: null, unit: null, period: span } : null;
}
/** A total's word before the span it totals: "Cộng cả năm", "Tổng số 12 tháng". */
const TOTAL_BEFORE_SPAN = /^(?:tổng cộng|tong cong|tổng số|tong so|cộng|cong|total)\s+/iu;

/**
 * A sub-column holding the figure of the group over it: "Tổng số" under "Có điều kiện thi hành",
 * with the group's label. Null unless the group names a field.
 */
function groupFigure(matcher: HeaderMatcher, groupRow: readonly string[] | null, index: number, cell: string, own: OwnPeriod | null = null, row: readonly string[] | null = null): { readonly group: string; readonly sub: SubColumn } | null {
  // "Thực hiện" beside "Chỉ tiêu giao" under "Giải quyết xong": the group's count done (planSplitAt)
  const sub = subColumnOf(matcher, cell) ?? (row !== null && planSplitAt(matcher, groupRow, row, index) === 'done' ? { measure: null, unit: null } : null);
  if (!sub) return null;
  const group = groupCell(groupRow, index);
  // "Có điều kiện (năm 2019)" over "Việc | Tiền": the group's field beside its period, judged with the
  // sub-column's header (ownRole): the report's own read, another year's set aside
  return group && namesField(ownRole(matcher.match(group), own)) ? { group, sub } : null;
}

/**
 * A group row without its cells naming a field beside a period over sub-columns ("Có điều kiện
 * (năm 2019)" over "Việc | Tiền"): the header's words, judged with their sub-columns (ownRole),
 * no title's statement of the report's year — "(năm 2018)" beside "(năm 2019)" made the title
 * two years and no year, and the report's own groups were refused with the other's.
 */
function withoutFieldGroups(matcher: HeaderMatcher, row: readonly string[], record: readonly string[]): readonly string[] {
  const over = new Set(record.flatMap((c, i) => (c.trim() !== '' && subColumnOf(matcher, c) !== null ? [groupStart(row, i)] : [])));
  return row.map((c, j) => {
    const role = matcher.match(c);
    return over.has(j) && role.kind === 'unknown' && role.named !== undefined ? '' : c;
  });
}

/**
 * A known column named twice. Under two groups side by side that name no field ("Việc" | "Việc
 * 2023", "Việc năm 2024" | "Việc năm 2024 (điều chỉnh)"), the message names both: two groups over the same
 * figures are a comparison, whose group of the report's own period thads could not tell (traps28
 * 2: a bare "column … repeats cases_with_conditions (column 3)" left the groups unsaid).
 */
function duplicateColumn(matcher: HeaderMatcher, header: string, key: string, index: number, first: number, groupRow: readonly string[] | null, loc: { file: string; line: number; column: number }): ThadsError {
  const group = groupCell(groupRow, index);
  const firstGroup = groupCell(groupRow, first);
  // (a group naming a field, "Chuyển kỳ sau (năm 2018)" over "Có điều kiện", is no such pair)
  const namesField = (cell: string) => {
    const role = matcher.match(cell);
    return role.kind === 'figure' || (role.kind === 'unknown' && role.named !== undefined);
  };
  if (group === '' || firstGroup === '' || groupStart(groupRow, index) === groupStart(groupRow, first) || namesField(group) || namesField(firstGroup)) {
    return new ThadsError('DUPLICATE_COLUMN', `column "${header.trim()}" repeats ${key} (column ${first + 1})`, loc);
  }
  const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
  return new ThadsError(
    'DUPLICATE_COLUMN',
    `column "${flat(header)}" under the group "${flat(group)}" repeats ${key} of column ${first + 1}, under the group "${flat(firstGroup)}": two groups over the same figures side by side may be a comparison (the report's period and another), and thads cannot tell which holds the report's own`,
    loc,
    `name each group's period as a year ("Năm 2024" | "Năm 2023", "Việc năm 2024" | "Việc năm 2023"): the report's year (--year, the title's, the file name's) is then read and the other group set aside; or delete the other group`,
  );
}

/**
 * A header naming a field beside the report's own period is that field: "Có điều kiện (năm
 * 2019)" in a report of 2019, "Chuyển kỳ sau (năm 2020)" or "Năm 2018 chuyển sang" in it too —
 * a column's or a group's over its breakdown alike (isOwnPeriod judges the period).
 */
function ownRole(role: ColumnRole, own: OwnPeriod | null): ColumnRole {
  return role.kind === 'unknown' && role.named && role.period && own && isOwnPeriod(role.period, role.named, own) ? role.named.role : role;
}

/** A sub-column naming a measure ("Việc", "Số tiền (nghìn đồng)", "Cases"), never a figure of its own. */
function measureSub(matcher: HeaderMatcher, cell: string): boolean {
  const sub = subColumnOf(matcher, cell);
  return (sub?.measure ?? null) !== null && sub?.total !== true && matcher.match(cell).kind !== 'figure';
}

/**
 * A sub-column under a group thads ignores: "Việc | Tiền" under "Tỷ lệ (%)", "Chỉ tiêu giao (%)",
 * "Ghi chú" or a comparison beside the summary's "Có điều kiện | Giải quyết xong". It is the group's column in
 * one measure, ignored (or said) as the group is: its header is the group's label. Null otherwise.
 */
function ignoredGroupOf(matcher: HeaderMatcher, groupRow: readonly string[] | null, index: number, cell: string): string | null {
  // a measure's name only: "Tổng số" / "Total" there may be a figure of its own
  if (!measureSub(matcher, cell)) return null;
  const group = groupCell(groupRow, index);
  if (!group) return null;
  const role = matcher.match(group);
  // a comparison's group ("Tăng, giảm so với cùng kỳ", "So với năm 2018", "Vượt/thiếu chỉ tiêu") is
  // said as its one column is (another period's, not read); a group of no field thads knows ("Thụ lí")
  // stays unknown: its figures may be one's
  return role.kind === 'ignored' || (role.kind === 'unknown' && role.period?.comparison === true && !role.named) ? group : null;
}

/** A rate's header ("Tỷ lệ giải quyết xong (%)", "Tỷ lệ (%)", "TL %"): ignored, recomputed. */
function namesRate(matcher: HeaderMatcher, cell: string): boolean {
  return matcher.match(cell).kind === 'ignored' && (cell.includes('%') || /^(ty le|ti le|rate|tl)( |$)/.test(foldHeader(cell)));
}

/**
 * A sub-column under a rate column of the header row over it: "Chỉ tiêu giao | Thực hiện",
 * "Việc | Tiền", "Năm 2024 | Năm 2023" under "Tỷ lệ giải quyết xong (%)" — the rate's own
 * columns, ignored as the rate is: its label. A label that names nothing thads reads itself
 * (`unknownOnly`: not even an ignored one, "Chỉ tiêu giao" is said as a target), or a field's
 * name: "Có điều kiện | Giải quyết xong" under "Tỷ lệ (%)" is the rate of each, a percent, never
 * the field's figure (read as one, "84,00" was summed as cases resolved, or collided with the
 * field's own column). Never a total's word ("Tổng số" there may be a figure of its own), and
 * only under a group row that is a header row (`groupIsHeader`: a title line over the table is
 * none). Null otherwise.
 */
function rateColumnOf(matcher: HeaderMatcher, groupRow: readonly string[] | null, groupIsHeader: boolean, index: number, cell: string, unknownOnly: boolean): string | null {
  if (!groupIsHeader) return null;
  const own = matcher.match(cell);
  if (own.kind !== 'figure' && !(own.kind === 'unknown' && !own.named) && (unknownOnly || own.kind !== 'ignored')) return null;
  if (SUBTOTAL_HEADERS.includes(foldHeader(cell)) || subColumnOf(matcher, cell)?.total === true) return null;
  const group = groupCell(groupRow, index);
  return group !== '' && namesRate(matcher, group) ? group : null;
}

/**
 * A figure group split below the header into its plan and what was done: "Giải quyết xong" over
 * "Chỉ tiêu giao | Thực hiện" (the target count, the count resolved), "Kế hoạch | Kết quả thực
 * hiện" (headers.ts planOrDone). "done": the cell is the group's own figure; "plan": a target or a
 * plan, read as it reads alone (a target said and ignored, never the field). Only where the
 * group's labels in `row` are one done, at least one plan and shares ("Tỷ lệ (%)") only: "Thực
 * hiện" alone, or beside a part of the group, stays as it reads alone. Null otherwise.
 */
function planSplitAt(matcher: HeaderMatcher, groupRow: readonly string[] | null, row: readonly string[], index: number): 'plan' | 'done' | null {
  const start = groupStart(groupRow, index);
  if (start < 0 || !namesField(matcher.match(groupRow![start]!))) return null;
  let end = start + 1;
  while (end < row.length && (groupRow![end] ?? '').trim() === '') end++;
  let plans = 0;
  let done = 0;
  for (let j = start; j < end; j++) {
    const cell = (row[j] ?? '').trim();
    if (cell === '') continue;
    const kind = matcher.planOrDone(cell);
    if (kind === 'plan') plans++;
    else if (kind === 'done') done++;
    else if (!namesRate(matcher, cell)) return null;
  }
  return plans >= 1 && done === 1 ? matcher.planOrDone((row[index] ?? '').trim()) : null;
}

/** The column of the nearest non-empty cell at or left of `index` in a row above, or -1. */
function groupStart(row: readonly string[] | null, index: number): number {
  for (let j = index; row && j >= 0; j--) if ((row[j] ?? '').trim() !== '') return j;
  return -1;
}

/** The nearest non-empty cell at or left of `index` in a row above: the label of a merged group. */
function groupCell(row: readonly string[] | null, index: number): string {
  const j = groupStart(row, index);
  return j < 0 ? '' : row![j]!.trim();
}

/**
 * The columns of a one-row header that are a part of the column before them, each with that
 * whole's role and column (whole null: the part is set aside whatever it names): "Trong đó:
 * chuyển kỳ sau" after "Có điều kiện" (was read as carried forward whole: 83 for 278, exit 0),
 * "Trong đó: có điều kiện | Trong đó: chưa có điều kiện" after "Chuyển kỳ sau" (refused
 * DUPLICATE_COLUMN) — a run of parts follows the same whole. After "Chuyển kỳ sau", "Có điều
 * kiện" / "Chưa có điều kiện" are its parts written or not with "Trong đó", as under its group.
 */
function ofWhichParts(matcher: HeaderMatcher, record: readonly string[], groupRow: readonly string[] | null): Map<number, { readonly whole: ColumnRole | null; readonly at: number }> {
  const parts = new Map<number, { readonly whole: ColumnRole | null; readonly at: number }>();
  let whole: ColumnRole | null = null;
  let at = -1;
  record.forEach((cell, index) => {
    const role = matcher.match(cell);
    // (of its measure and under its group: "cases_carried_forward | money_with_conditions", "Về
    // việc" over "… | Chuyển kỳ sau" beside "Về tiền" over "Có điều kiện | …" are two figures)
    const carriedPart = whole?.kind === 'figure' && whole.field === 'carried_forward' && role.kind === 'figure' && (role.field === 'with_conditions' || role.field === 'without_conditions') && (role.measure === null || whole.measure === null || role.measure === whole.measure) && groupStart(groupRow, index) === groupStart(groupRow, at);
    if (carriedPart) parts.set(index, { whole: null, at });
    else if (startsWithOfWhich(cell)) parts.set(index, { whole, at });
    else [whole, at] = [role, index];
  });
  return parts;
}

/**
 * A field's header under a group cell that names a period, a comparison or a plan ("Cùng kỳ năm
 * 2018", "So sánh với cùng kỳ", "Chỉ tiêu giao (74%)"), read as if the group's words were written
 * in it: "Tổng số thụ lý (Cùng kỳ năm 2018)", which headers.ts reads as another period's column
 * (or the report's own, "(Năm 2019)" in a report of 2019). Left alone, a field found only under
 * such a group was read as this year's. The group's own parentheses are flattened into its words.
 */
export function withGroupPeriod(matcher: HeaderMatcher, cell: string, group: string): string {
  if (group === '' || matcher.match(cell).kind !== 'figure' || namedPeriod(group) === null) return cell;
  return `${cell.trim()} (${group.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim()})`;
}

/**
 * A row below the header row that names only the sub-columns of its figure groups: "Tổng số"
 * right under the group's label, "Trong đó: …" under the rest of it ("Chuyển kỳ sau" over
 * "Tổng số | Trong đó: có điều kiện"). A single group's such row names too few known columns
 * to be a header row itself (isHeaderRow), yet the figures below sit under its cells. The
 * forms' count | share ("Số việc | Tỷ lệ (%)", "Số tiền (nghìn đồng) | %" under each group) is
 * one too: the share is ignored; and a summary's "Việc | Tiền" under each group: its figure in
 * each measure. A group split by periods names them, its total anywhere among them: "Từ
 * 01/10/2025 đến 30/6/2026 | Từ 01/7/2026 đến 30/9/2026 | Cộng" (periodSubColumn).
 */
export function isSubHeaderRow(matcher: HeaderMatcher, header: readonly string[], cells: readonly string[]): boolean {
  if (rateLabelsOnly(matcher, header, cells)) return true;
  let totals = 0;
  /** a plan's sub-column under a header cell left empty: the row names a column the header leaves unnamed */
  let namesPlanColumn = false;
  const periodGroups = new Set(cells.flatMap((c, i) => (subColumnOf(matcher, c.trim())?.period !== undefined ? [groupStart(header, i)] : [])));
  for (let i = 0; i < cells.length; i++) {
    const cell = (cells[i] ?? '').trim();
    if (cell === '') continue;
    // "Chỉ tiêu giao | Thực hiện" under "Giải quyết xong": the group's count done beside its target
    const split = planSplitAt(matcher, header, cells, i);
    if (split === 'done') totals++;
    if (split !== null) continue;
    const underLabel = (header[i] ?? '').trim() !== '' || periodGroups.has(groupStart(header, i));
    // A group of the plan or of what was done, naming no field itself (planOrDone): "Chỉ tiêu
    // được giao" over "Số việc | Tỷ lệ (%)" is the target's count and share, set aside as the
    // target is (ignoredGroupOf: never a figure); "Kết quả thực hiện" over "Giải quyết xong |
    // Tỷ lệ (%)" holds the field it names, read as written. "Số việc" under what was done stays
    // unread: which figure it counts the group does not say.
    const under = planOrDoneGroup(matcher, header, i);
    if (under === 'plan' && (measureSub(matcher, cell) || namesRate(matcher, cell))) {
      if ((header[i] ?? '').trim() === '') namesPlanColumn = true;
      continue;
    }
    if (under === 'done' && matcher.match(cell).kind === 'figure') {
      totals++;
      continue;
    }
    if (under === 'done' && namesRate(matcher, cell)) continue;
    const sub = subColumnOf(matcher, cell);
    const total = sub !== null && (underLabel || sub.measure !== null);
    // "Tỷ lệ (%)" beside "Số việc" under a group: a share thads computes itself (ignored);
    // "Chia ra" beside "Tổng số": over the group's parts on the row below (header-search.ts).
    const other = startsWithConnector(cell) || isConnector(cell) || matcher.match(cell).kind === 'ignored';
    if (!total && (underLabel || !other)) return false;
    // a group thads ignores ("Tỷ lệ (%)" over "Việc | Tiền") may stand beside the figures' groups
    // a field beside a period ("Có điều kiện (năm 2019)") too: readHeader judges the period
    const group = namesField(matcher.match(groupCell(header, i)));
    if (!group && ignoredGroupOf(matcher, header, i, cell) === null) return false;
    if (total && group) totals++;
  }
  return totals > 0 || namesPlanColumn;
}

/** The plan or what was done, as the group over `index` in the header row names it (headers.ts planOrDone); null for a group naming a field, or any other. */
function planOrDoneGroup(matcher: HeaderMatcher, header: readonly string[], index: number): 'plan' | 'done' | null {
  const group = groupCell(header, index);
  return group === '' || namesField(matcher.match(group)) ? null : matcher.planOrDone(group);
}

/**
 * A row whose every label, words each, sits under a rate column of the header ("Tỷ lệ giải
 * quyết xong (%)" over "Chỉ tiêu giao | Thực hiện", "Việc | Tiền", "Năm 2024 | Năm 2023"): the
 * header's lowest row, naming the rate's own columns (rateColumnOf). A units row ("%") is none.
 */
function rateLabelsOnly(matcher: HeaderMatcher, header: readonly string[], cells: readonly string[]): boolean {
  const labels = cells.flatMap((c, i) => (c.trim() === '' ? [] : [i]));
  if (labels.length === 0 || !isHeaderRow(matcher, header)) return false;
  return labels.every((i) => hasLetter(cells[i]!) && rateColumnOf(matcher, header, true, i, cells[i]!.trim(), false) !== null);
}

/** Any cell that is a number: data, not a sub-header row. */
export function hasNumbers(cells: readonly string[]): boolean {
  return cells.some((c) => /\d/.test(c) && /^[\s\d.,()\-−–—]+$/.test(c));
}

/** A figure cell that holds a number, "-", "Không phát sinh" or a sign: signature lines and notes under the table do not. */
export function looksNumeric(raw: string): boolean {
  return /^\s*[-−–—(+]?\s*\d/.test(raw) || /^\s*[-−–—]\s*$/.test(raw) || saysNothingArose(raw.trim());
}

/**
 * A figure cell of a row without numbers that a number went wrong into: "#N/A", "###", "'2100",
 * “2.100”, or digits with marks and no word. Such a row is an office's whose figures are lost,
 * refused where the cell is (SPEC §3 skips titles, signatures and blank lines only). Words
 * ("Ngày 30 tháng 9 năm 2019", "Cấp tỉnh") and a bracketed column number ("[3]") are not.
 */
export function holdsFailedFigure(raw: string): boolean {
  if (looksNumeric(raw)) return false;
  if (failedFigure(raw) !== null) return true;
  return /\d/.test(raw) && !hasLetter(raw) && !/^\s*\[\s*\d+\s*\]\s*$/.test(raw);
}

/** A column-number row's label in the office column: "Cột", "Cột số", "Số cột", "Mã số", "Mã cột", "Column", "Col." */
const NUMBERING_LABEL = /^(?:cot|cot so|so cot|ma so|ma cot|column|columns|col|column no|col no)$/;

/** two letters in a row: a word, not a column's letter ("A") or number (asked of every data row's cells) */
const TWO_LETTERS = latinLetters(/\p{L}{2}/u);

/**
 * "1, 2, 3, …" or "(1), (2), …" across every figure column: the column numbers of an Excel form.
 * Counted over the figure columns ("A, B, 1, 2, 3") or over every column, so that a column thads
 * skips (a rate "Tỷ lệ", a note) keeps its number: "1,2,3,4,5,6,7" under STT, Đơn vị, three
 * figures, Tỷ lệ, a figure. "1,Mỹ Lộc,3,4,5,…" is an office with small figures.
 */
export function isColumnNumberRow(record: readonly string[], layout: Pick<Layout, 'figures'>): boolean {
  if (layout.figures.length < 2) return false;
  // Numbers, letters ("A", "B") and formulas ("(6)=(5)/(4)") only: an office's row names the office;
  // the row's own label is no office's name ("Cột", "Mã số": traps14 22, added as an office).
  if (record.some((c) => TWO_LETTERS.test(c) && !NUMBERING_LABEL.test(foldHeader(c)))) return false;
  // A column's number may carry the form's formula: "(2)=(3)+(4)", "5=6+7".
  const numbers = layout.figures.map((f) => /^\s*\(?(\d{1,3})\)?(?:\s*=\s*[()\d\s+\-–−*/x×:.]+)?\s*$/u.exec(record[f.index] ?? '')?.[1]);
  if (numbers.some((n) => n === undefined)) return false;
  const step = (i: number) => Number(numbers[i]) - Number(numbers[i - 1]);
  const byFigure = numbers.every((_, i) => i === 0 || step(i) === 1);
  const byColumn = numbers.every((_, i) => i === 0 || step(i) === layout.figures[i]!.index - layout.figures[i - 1]!.index);
  if (byFigure || byColumn) return true;
  // The cases' form and the money's set side by side, each numbered from 1 ("1 … 16 | 1 … 17"):
  // counting up within each measure (traps16 2: added as an office, exit 0).
  const restarts = (i: number) => numbers[i] === '1' && layout.figures[i]!.measure !== layout.figures[i - 1]!.measure;
  const fits = (i: number) => step(i) === 1 || step(i) === layout.figures[i]!.index - layout.figures[i - 1]!.index || restarts(i);
  if (numbers.every((_, i) => i === 0 || fits(i))) return true;
  // The form's own numbers kept over the columns left ("A | B | 7 | 8 | 24 | 25"): rising, under
  // the form's letters for its identity columns, A and B at least — which no office's row holds
  // (an office named "A" holds one).
  const letters = record.flatMap((c, i) => (layout.figures.some((f) => f.index === i) ? [] : [FORM_LETTER.exec(c)?.[1]])).filter((l) => l !== undefined);
  const lettered = letters.length >= 2 && letters.every((l, i) => l === 'ABCDE'[i]);
  return lettered && numbers.length >= 3 && numbers.every((_, i) => i === 0 || step(i) > 0 || restarts(i));
}
/** "A", "B", "(C)": the letter a form gives an identity column (STT, Đơn vị) in its numbering row. */
const FORM_LETTER = /^\s*\(?([A-E])\)?\s*$/;

/**
 * The column-number row skipped right below the header, remembered: the same row again further
 * down (a page break repeats it, without the header) is that numbering too, not an office named
 * "2". Only the same cells: a row that merely counts up may be an office's with small figures.
 */
export class ColumnNumberRows {
  private seen: string | null = null;

  /** Right below the header: is it the numbering? (remembered when it is) */
  skipsBelowHeader(record: readonly string[], layout: Pick<Layout, 'figures'>): boolean {
    if (!isColumnNumberRow(record, layout)) return false;
    this.seen ??= record.join('\u0000');
    return true;
  }

  /** Anywhere else: the numbering skipped below the header, cell for cell. */
  repeats(record: readonly string[]): boolean {
    return this.seen !== null && record.join('\u0000') === this.seen;
  }
}

/**
 * --measure says what plain headers ("Có điều kiện") count; over a file that says the other
 * itself — its title "TÍNH BẰNG VIỆC", a unit line of money only, its name "…-viec-2019.csv" —
 * the option is followed, and said (a rate's target and met follow the measure). Over figure
 * headers that all name the other measure ("Việc có điều kiện", "Việc giải quyết xong") it
 * applies to no column: a usage error, never ignored. (Beside headers that name both measures
 * it says what the money or the cases columns say already.)
 */
function checkMeasureOption(file: string, line: number, figures: readonly FigureColumn[], opts: ReadOptions, report: FileReport, stated: readonly (StatedMeasure | null)[]): void {
  const told = opts.measure;
  if (!told) return;
  if (figures.every((f) => f.measure !== told)) {
    throw new ThadsError('USAGE', `--measure ${told} cannot apply to ${file}: every figure header names ${figures[0]!.measure} ("${report.columns.find((c) => c.column === figures[0]!.index + 1)!.header.replace(/\s+/g, ' ').trim()}")`, undefined, 'leave --measure out: it says what headers that name no measure ("Có điều kiện") count');
  }
  if (!report.columns.some((c) => c.measureFrom === '--measure')) return;
  const against = stated.find((s): s is StatedMeasure => s !== null && s.measure !== told);
  if (against) {
    report.findings.push(finding('warning', 'OPTION_OVERRIDES_FILE', `${against.says}; the columns are read as ${told}, as --measure says`, { file, line: against.line ?? line }));
  }
}

/**
 * Rows two or three above the header that are its top row: they name at least two identity,
 * row-number or measure-group columns ("STT, Đơn vị, Về việc, Về tiền"), and every row between
 * them and the header is a header row too (the group rows of a three- or four-row header).
 */
function identityRowsAbove(matcher: HeaderMatcher, rowsAbove: readonly { readonly cells: readonly string[] }[]): number[] {
  const out: number[] = [];
  for (let k = 1; k < Math.min(3, rowsAbove.length); k++) {
    const named = rowsAbove[k]!.cells.filter((c) => {
      const role = matcher.match(c);
      return role.kind === 'identity' || STT_HEADERS.has(foldHeader(c)) || matcher.measureOf(c) !== null;
    }).length;
    if (named >= 2) out.push(k);
  }
  return out;
}

/** The identity or row-number label over `index` in such a top row, when every cell between it and the header is empty. */
function identityAbove(matcher: HeaderMatcher, topRows: readonly number[], rowsAbove: readonly { readonly cells: readonly string[] }[], index: number): string {
  for (const k of topRows) {
    if (rowsAbove.slice(0, k).some((r) => (r.cells[index] ?? '').trim() !== '')) return '';
    const text = (rowsAbove[k]!.cells[index] ?? '').trim();
    if (text !== '' && (matcher.match(text).kind === 'identity' || STT_HEADERS.has(foldHeader(text)))) return text;
  }
  return '';
}

/** A row number's or an office's label ("STT", "Đơn vị"; "Năm báo cáo:" is a form's field line). */
function isLabelCell(matcher: HeaderMatcher, cell: string): boolean {
  const role = matcher.match(cell);
  return (role.kind === 'identity' && role.key !== 'year') || STT_HEADERS.has(foldHeader(cell));
}

/**
 * Whether a row right above the header is a group row of it: it holds STT or Đơn vị merged
 * down, or — those labels on the header row below — period, span, comparison or plan words only, two
 * groups or more side by side, each over a figure column, with a label column under an empty
 * cell. A title line (one cell: "Biểu 01: … năm 2019" over a figure column; the title readers
 * read it), a unit line ("Đơn vị tính: việc") or a data row is none.
 */
function isGroupRowOver(matcher: HeaderMatcher, record: readonly string[], row: readonly string[]): boolean {
  if (row.some((c) => isLabelCell(matcher, c))) return true;
  if (!record.some((c, i) => isLabelCell(matcher, c) && (row[i] ?? '').trim() === '')) return false;
  const texts = row.flatMap((c, i) => (c.trim() === '' ? [] : [i]));
  // a span's words count as a period's: "Trong tháng | Lũy kế từ 01/10/2024", "Trong kỳ | Lũy kế từ đầu năm"
  return texts.length > 1 && texts.every((i) => (namedPeriod(row[i]!) !== null || namesGroupSpan(row[i]!)) && matcher.match(record[i] ?? '').kind === 'figure');
}

/**
 * The header's group rows (of the two right above it) whose measure groups are worded as the
 * narrative report's block headings, "I. Về việc | II. Về tiền", "Kết quả về tiền", "A. CASES",
 * "Part 1: Cases" (headingMeasure): line → those cells' indices. Such a cell over a figure column
 * names its columns' measure (groupOf with headings) and is no title's words (measureStatements
 * read "I. Về việc" as "the title says the figures are cases", refusing a form of both). A group
 * row holds a row number's or an office's label ("STT" merged down) or two such groups: a title
 * alone over the table ("KẾT QUẢ THI HÀNH ÁN VỀ VIỆC", in its first cell) stays a title.
 */
function headingGroupRows(matcher: HeaderMatcher, record: readonly string[], rowsAbove: readonly { readonly cells: readonly string[]; readonly line: number }[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const { cells, line } of rowsAbove.slice(0, 2)) {
    const overFigure = (i: number) => {
      for (let j = i; j < record.length && (j === i || (cells[j] ?? '').trim() === ''); j++) if (matcher.match(record[j] ?? '').kind === 'figure') return true;
      return false;
    };
    const groups = cells.flatMap((c, i) => (c.trim() !== '' && matcher.groupOf(c, true, true) !== null && overFigure(i) ? [i] : []));
    if (groups.length > 1 || (groups.length === 1 && cells.some((c) => isLabelCell(matcher, c)))) out.set(line, groups);
  }
  return out;
}

/** The rows above the header as titles stating its measure: the heading groups of its group rows (headingGroupRows) left out. */
function titlesOfMeasure<R extends { readonly cells: readonly string[]; readonly line: number }>(rowsAbove: readonly R[], headings: ReadonlyMap<number, readonly number[]>): R[] {
  return rowsAbove.map((r) => {
    const groups = headings.get(r.line);
    return groups ? { ...r, cells: r.cells.map((c, i) => (groups.includes(i) ? '' : c)) } : r;
  });
}

/** A row of measure groups only: "Số việc | Số tiền", "Về việc". */
function isMeasureRow(matcher: HeaderMatcher, row: readonly string[]): boolean {
  const texts = row.filter((c) => c.trim() !== '');
  return texts.length > 0 && texts.every((c) => matcher.measureOf(c) !== null && matcher.match(c).kind !== 'figure');
}

/**
 * The group row whose period words go to the columns under it (withGroupPeriod): the row right
 * above the header, or the one over it when that row names measures only (period / measure /
 * field); null when neither is a group row.
 */
function periodGroupRow<R extends { readonly cells: readonly string[] }>(matcher: HeaderMatcher, record: readonly string[], rowsAbove: readonly R[]): R | null {
  const [first, second] = rowsAbove;
  if (!first) return null;
  if (isGroupRowOver(matcher, record, first.cells)) return first;
  return second && isMeasureRow(matcher, first.cells) && isGroupRowOver(matcher, record, second.cells) ? second : null;
}

/**
 * The money units the sheet's name and the file's name state, each with what states it ("the sheet
 * name \"Tiền (nghìn đồng)\""); a name stating two ("(việc, nghìn đồng, triệu đồng)") gives both,
 * refused as two names that disagree are (readHeader).
 */
function namedUnits(file: string, report: FileReport): { readonly unit: MoneyUnit; readonly what: string; readonly name: string; readonly location?: Location }[] {
  const out: { unit: MoneyUnit; what: string; name: string; location?: Location }[] = [];
  const sheet = report.sheet?.name;
  for (const unit of sheet === undefined ? [] : unitsOfName(sheet)) out.push({ unit, what: `the sheet name "${sheet}"`, name: sheet! });
  for (const unit of file === '-' ? [] : moneyUnitsOfFileName(file)) out.push({ unit, what: `the file name "${basename(file)}"`, name: basename(file) });
  // a cover sheet's unit line, the workbook's (xlsx/cover-unit.ts)
  for (const u of report.sheet?.units ?? []) {
    out.push({ unit: u.unit, what: `the unit line "${u.text}" on sheet "${u.sheet}" (${columnLetters(u.column)}${u.line})`, name: u.text, location: { file, sheet: u.sheet, line: u.line, column: u.column } });
  }
  return out;
}

/** A cell naming no column, nor a field beside a period: a title's ("… NĂM 2024"), a unit line's words. */
function isTitleText(matcher: HeaderMatcher, cell: string): boolean {
  const role = matcher.match(cell);
  return role.kind === 'unknown' && role.named === undefined;
}

/**
 * The money unit lines read in a group cell of the header: a cell of a group row over figure
 * columns that names its group beside the unit ("Số tiền (nghìn đồng)", "Kết quả (nghìn đồng)").
 * The unit is that group's — of the columns under it — never a unit line saying that every plain
 * column counts money (traps30 gm4: "Số vụ việc" | "Số tiền (nghìn đồng)" over "Có điều kiện |
 * Giải quyết xong | Tổng số thụ lý | …": the cases were summed as money in nghìn đồng, exit 0).
 * A cell that is a unit line by itself ("(Đơn vị tính: nghìn đồng)", "(nghìn đồng)") stays one.
 */
function groupUnitCells(matcher: HeaderMatcher, record: readonly string[], groupRows: readonly { readonly cells: readonly string[]; readonly line: number }[], unitLines: readonly UnitLineAt[]): Set<UnitLineAt> {
  const out = new Set<UnitLineAt>();
  for (const u of unitLines) {
    const row = 'unit' in u ? groupRows.find((r) => r.line === u.line) : undefined;
    const cell = row?.cells[u.column - 1] ?? '';
    if (!row || cell.trim() === '' || findUnitLine([cell], true) !== null) continue;
    for (let j = u.column - 1; j < record.length && (j === u.column - 1 || (row.cells[j] ?? '').trim() === ''); j++) {
      if (matcher.match(record[j] ?? '').kind === 'figure') {
        out.add(u);
        break;
      }
    }
  }
  return out;
}

/** A count's vague word ("Số lượng"): cases only beside money, as a group or a sub-column ("Số lượng | Số tiền (nghìn đồng)"). */
function namesVagueCount(cell: string): boolean {
  return foldHeader(cell) === 'so luong';
}

/**
 * A sub-column "Số lượng" beside a money sub-column under the same group ("Có điều kiện" over
 * "Số lượng | Số tiền (nghìn đồng)"): the group's count of cases (traps30 fm: MEASURE_UNKNOWN).
 */
function countBesideMoneySub(matcher: HeaderMatcher, groupRow: readonly string[] | null, record: readonly string[], index: number): boolean {
  const start = groupStart(groupRow, index);
  if (start < 0 || !namesVagueCount(record[index] ?? '')) return false;
  return record.some((c, j) => j !== index && groupStart(groupRow, j) === start && subColumnOf(matcher, c)?.measure === 'money');
}

/**
 * A form of cases that names its measure in some headers only ("Việc có điều kiện" | "Giải quyết
 * xong"): the header naming cases, and the fields the cases headers name, when no header or group
 * cell names money ("Tiền …", "(nghìn đồng)"); else null — plain headers beside both measures, or
 * beside none, say nothing (traps41 5: MEASURE_UNKNOWN on a file of cases alone).
 */
function casesHeaderBeside(matcher: HeaderMatcher, record: readonly string[], groupRows: readonly (readonly string[])[]): { readonly header: string; readonly fields: ReadonlySet<FieldKey> } | null {
  const roles = record.map((cell) => ({ cell, role: matcher.match(cell) }));
  if (roles.some(({ role }) => role.kind === 'figure' && role.measure === 'money')) return null;
  if ([...record, ...groupRows.flat()].some((cell) => mentionsMoney(cell))) return null;
  const cases = roles.filter(({ role }) => role.kind === 'figure' && role.measure === 'cases');
  if (cases.length === 0) return null;
  return { header: cases[0]!.cell.replace(/\s+/g, ' ').trim(), fields: new Set(cases.flatMap(({ role }) => (role.kind === 'figure' ? [role.field] : []))) };
}

/** The measure a name says for plain headers: the sheet's tab ("Việc"), else the file's name ("…-viec-2019.csv"). */
export interface NamedMeasure {
  readonly measure: Measure;
  readonly from: 'file name' | 'sheet name';
}

/** MEASURE_UNKNOWN's hint; in a workbook it names the tab, whose name may say the measure ("Việc", "Tiền"). */
function unknownMeasureHint(sheet: string | undefined): string | undefined {
  if (sheet === undefined) return undefined;
  return `pass --measure cases|money, or name the sheet ${JSON.stringify(sheet)} for its measure ("Việc" or "Tiền"), or put "tính bằng việc" / "tính bằng tiền" in its title`;
}

export function readHeader(
  file: string,
  line: number,
  record: readonly string[],
  rowsAbove: readonly { readonly cells: readonly string[]; readonly line: number }[],
  unitLines: readonly UnitLineAt[],
  fileMeasure: NamedMeasure | null,
  opts: ReadOptions,
  report: FileReport,
  /** a column left of every header cell, blank in every header row (header-search.ts marginAt) */
  margin: (column: number) => boolean = () => false,
  /**
   * what a workbook's sheet states outside its cells, as rows of titles over all others (lines
   * < 1: xlsx/outside-texts.ts): read as titles only, never as the header's group rows
   */
  outside: readonly { readonly cells: readonly string[]; readonly line: number }[] = [],
): Layout {
  report.headerLine = line;
  const headings = headingGroupRows(opts.matcher, record, rowsAbove);
  /** a group cell's measure, in a row above (headingGroupRows: "I. Về việc" there too) */
  // a measure beside its period ("Việc năm 2019") only in a group row: a title cut at its comma
  // ("… TÍNH BẰNG VIỆC" | "TIỀN NĂM 2019") names no group
  const groupRows = new Set(rowsAbove.slice(0, 2).flatMap((r) => (headings.has(r.line) || isGroupRowOver(opts.matcher, record, r.cells) ? [r.line] : [])));
  const groupUnits = groupUnitCells(opts.matcher, record, rowsAbove.slice(0, 2).filter((r) => groupRows.has(r.line)), unitLines);
  /** a group cell with a money unit that names no measure thads knows ("Kết quả (nghìn đồng)"): money in that unit, unless its words count cases */
  const unitGroupOf = (cell: string, line: number): { measure: Measure; unit: MoneyUnit | null; badUnit?: string } | null => {
    const u = [...groupUnits].find((g) => g.line === line && (rowsAbove.find((r) => r.line === line)?.cells[g.column - 1] ?? '').trim() === cell.trim());
    return u && 'unit' in u && !/(?:^| )(?:viec|vu)(?: |$)/.test(foldHeader(cell)) ? { measure: 'money', unit: u.unit } : null;
  };
  const knownGroupOf = (cell: string, line: number) => opts.matcher.groupOf(cell, headings.has(line), groupRows.has(line)) ?? unitGroupOf(cell, line);
  // "Số lượng" beside "Số tiền (nghìn đồng)" in a group row: the count of cases (traps30 gm4)
  const groupOf = (cell: string, line: number): ReturnType<typeof knownGroupOf> => {
    const known = knownGroupOf(cell, line);
    if (known || !namesVagueCount(cell) || !groupRows.has(line)) return known;
    const row = rowsAbove.find((r) => r.line === line);
    return row?.cells.some((c) => c.trim() !== '' && c !== cell && knownGroupOf(c, line)?.measure === 'money') ? { measure: 'cases', unit: null } : null;
  };
  const statements = measureStatements([...titlesOfMeasure(rowsAbove, headings), ...outside], unitLines.filter((u) => !groupUnits.has(u)));
  const titleMeasure = statements.one;
  // A group row naming both measures ("Về việc | Về tiền") is a form of both, whatever its title says.
  const groupBoth = new Set(rowsAbove.slice(0, 2).flatMap((r) => r.cells.flatMap((c) => groupOf(c, r.line)?.measure ?? []))).size > 1;
  /** group cells that gave plain headers their measure */
  const groupStated: StatedMeasure[] = [];
  const previous = rowsAbove[0] ?? null;
  const groupRow = previous?.cells ?? null;
  /** the group row is the header's own first row ("Tỷ lệ (%)" over "Chỉ tiêu giao | Thực hiện"), no title */
  const groupRowIsHeader = groupRow !== null && isHeaderRow(opts.matcher, groupRow);
  const usedGroupRow = () => (report.groupRowLine = previous!.line);
  // The row whose groups carry their period words to the columns under them: the group row, or
  // the one over it when the group row names measures only (period / measure / field).
  const periodAt = periodGroupRow(opts.matcher, record, rowsAbove);
  // a year alone over figure columns ("2018", a date cell) is a group of that year, as "Năm 2018" is
  const periodRow = periodAt?.cells.map((c, i) => (opts.matcher.match(record[i] ?? '').kind === 'figure' ? yearGroupWords(c) : c)) ?? null;
  const usedPeriodRow = () => (report.groupRowLine = periodAt!.line);
  /** a group's period words, judged without the measure beside them ("Về việc (từ 01/10/2018 đến 30/9/2019)", measureBesidePeriod) */
  const groupPeriodText = (start: number) => {
    const cell = groupCell(periodRow, start);
    return opts.matcher.measureBesidePeriod(cell, headings.has(periodAt!.line))?.period ?? cell;
  };
  const identity: Partial<Record<IdentityKey, number>> = {};
  const seen = new Map<string, number>();
  const figures: FigureColumn[] = [];
  const unitOfColumn: (MoneyUnit | null)[] = [];
  /** the cell that says a column's unit: its header, its sub-column or its group cell */
  const unitSaidBy: { text: string; line: number }[] = [];
  const badUnits: { index: number; text: string }[] = [];
  /** `field`: the one it names beside its period ("Có điều kiện (6 tháng)") */
  const unknown: { index: number; header: string; period?: NamedPeriod; field?: FieldKey }[] = [];
  /** columns of a money-only field (reduced: "Miễn, giảm") read as cases, ignored */
  const moneyOnlyInCases: { index: number; header: string }[] = [];
  /** the refusal of such a column where cases resolved is not given, thrown once the measures are judged */
  let moneyOnlyRefusal: ThadsError | null = null;
  const unnamed: number[] = [];
  const lostHeaders = new Map<number, { holds: string; line: number }>();
  const notes: number[] = [];
  /** figures read by a note naming another field ("(kể cả đình chỉ)"), with the field named without it */
  const noted: { index: number; header: string; base: FieldKey; note: HeaderNote; measure: Measure }[] = [];
  /** every figure column, with its header's footnote mark if any: a line under the table may say what it counts (footnotes.ts) */
  const marked: { index: number; header: string; mark: string | null; field: FieldKey; measure: Measure }[] = [];
  let footnoteMarks = false;
  const regimeNotes: RegimeNote[] = [];
  let stt: number | undefined;
  // Groups set side by side that name a month and a cumulative span ("Tháng 8/2019 | Lũy kế 11
  // tháng") state no period of the report's: the title readers read the group row without them.
  const spanAt = periodAt ?? previous;
  const spanGroups = new Set(record.flatMap((c, i) => (opts.matcher.match(c).kind === 'figure' ? [groupStart(spanAt?.cells ?? null, i)] : [])).filter((s) => s >= 0));
  // So do measure groups beside a span or a part of a year ("Về việc (từ 01/04/2019 đến 30/9/2019)",
  // "Việc 6 tháng năm 2019"): read as a title, they made the report's period their own.
  const spansBeside = (cell: string) => {
    const beside = opts.matcher.measureBesidePeriod(cell, spanAt !== null && headings.has(spanAt.line));
    return namesGroupSpan(beside?.period ?? cell) || (beside !== null && namedPeriod(beside.period)?.partOfYear === true);
  };
  // And groups side by side naming different years, or a year beside none ("Việc | Tiền | Việc
  // năm 2023", "Việc năm 2024 | Việc năm 2023"): each names its columns' period, no title's. Read
  // as a title, "năm 2023" beside the title's "NĂM 2024" left it no one year, the file name's was
  // taken, and a name of 2023 made "Việc năm 2023" the report's own beside "Việc" (traps28 2:
  // DUPLICATE_COLUMN, not the title against the name, YEAR_CONFLICT).
  const periodOfGroup = (s: number) => {
    const cell = groupCell(spanAt?.cells ?? null, s);
    const period = namedPeriod(opts.matcher.measureBesidePeriod(cell, spanAt !== null && headings.has(spanAt.line))?.period ?? cell);
    return period === null ? '' : foldHeader(period.text);
  };
  const periodsDiffer = new Set([...spanGroups].map(periodOfGroup)).size > 1;
  const sideBySide = spanGroups.size > 1 && (periodsDiffer || [...spanGroups].some((s) => spansBeside(groupCell(spanAt?.cells ?? null, s))));
  const titleRows = [
    ...rowsAbove.filter((r) => r.line < line && !(sideBySide && r === spanAt)).map((r) => (r === previous ? { ...r, cells: withoutFieldGroups(opts.matcher, r.cells, record) } : r)),
    ...outside,
  ];
  // The period readers read the title lines in reading order (rowsAbove runs upwards): the first
  // period stated is the report's, a later one after "trong đó" or "cùng kỳ" an aside. Read
  // upwards, "(Trong đó số liệu từ 01/7/2026 đến 30/9/2026)" under "(Từ ngày 01/10/2025 đến
  // ngày 30/9/2026)" was read first, and the year's report read as that quarter.
  const periodRows = [...titleRows].sort((a, b) => a.line - b.line);
  let own = ownPeriod(file, report.sheet?.name, record, groupRow, periodRows, opts);
  const yearColumn = hasYearColumn(record, groupRow, opts);
  // The year a note is read in ("Có điều kiện (kể cả hoãn)" restates the definition up to 2019):
  // with a year column, --year's (the rows kept), else unknown.
  const noteYear = own?.year ?? opts.year ?? null;
  const topRows = identityRowsAbove(opts.matcher, rowsAbove);
  refuseOwnHumanTableMoney(record, file, line);
  const ownHuman = isOwnHumanTableHeader(record);
  // thads' own workbook or human table: its computed columns are recomputed, not unknown
  const ownTable = isOwnTableHeader(record) || ownHuman;
  // From 2020, Hoãn and Tạm đình chỉ outside the có điều kiện group are deferred's parts: summed into it.
  // With a year column and no year of the file's, the rows' years say which regime reads them
  // (read-csv.ts reads them first: RowYearsNeeded).
  if (yearColumn && noteYear === null && opts.rowsYear === undefined && dependsOnRegime(opts.matcher, record, groupRow)) {
    throw new RowYearsNeeded({ file, line, yearColumn: yearColumnAt(record, groupRow, opts), matcher: opts.matcher, record, groupRow });
  }
  const deferredAt = deferredColumns(opts.matcher, record, groupRow, noteYear ?? opts.rowsYear ?? null);
  refuseDeferredInsideGroup(opts.matcher, record, groupRow, noteYear ?? opts.rowsYear ?? null, file, line);
  olderFormOverYear(opts.matcher, titleRows, record, groupRow, noteYear ?? opts.rowsYear ?? null, file, report.findings);
  let summed = false;

  // The one group cell over every figure column, if any (-1: none): a part of a year there
  // ("6 tháng đầu năm 2019") states the report's period, as the same words on a title line do,
  // and the title readers read the group row with the title's (titleRows holds it).
  const figureStarts = new Set(record.flatMap((c, i) => (opts.matcher.match(c).kind === 'figure' ? [groupStart(periodRow, i)] : [])));
  const overEvery = figureStarts.size === 1 ? [...figureStarts][0]! : -1;
  // Groups set side by side by the days they span ("Tháng 9/2019 | Lũy kế 12 tháng"): the one
  // spanning the report's period is its own, every other another period's.
  // (a group stands over a figure: a title line is none)
  const isGroup = (start: number) => periodAt !== null && start >= 0 && opts.matcher.match(record[start] ?? '').kind === 'figure';
  const starts = [...figureStarts].filter(isGroup);
  const judged = new Map<number, GroupJudgement>(judgeGroupSpans(starts.map(groupPeriodText), own).map((j, i) => [starts[i]!, j]));
  if (own !== null && isGroup(overEvery) && periodAt !== null) {
    const conflict = groupPeriodConflict(file, report.sheet?.name, record, groupPeriodText(overEvery), periodAt.line, periodRows, own, judged.get(overEvery) ?? null, opts);
    if (conflict) throw conflict;
  }
  // Nothing else stating another period, the lone group's ("Số liệu 6 tháng", "2019 - Quý I")
  // states the report's, as a title would.
  const loneSpan = judged.get(overEvery) ?? null;
  const groupPeriod = own !== null && loneSpan !== null && !loneSpan.own && loneSpan.start !== null && loneSpan.end !== null ? { start: loneSpan.start, end: loneSpan.end } : null;
  if (own !== null && groupPeriod !== null) own = { year: own.year, ...groupPeriod };
  /** a group's words go to its columns only when it names another period than the report's own */
  const carries = (start: number): boolean => {
    const span = judged.get(start);
    // one group over every column states the report's period (or was refused above)
    if (span) return !span.own && start !== overEvery;
    const period = namedPeriod(groupPeriodText(start));
    if (period === null || (own !== null && groupNamesOwnPeriod(period, own))) return false;
    return !(period.partOfYear && !period.comparison && start === overEvery);
  };

  const cumulativeNote = record.some((c) => bracketSpan(c)?.span.kind === 'cumulative');

  /** "Tổng số phải giải quyết" read as to execute, by measure: its column's index */
  const toResolve = new Map<Measure, number>();
  const ofWhich = ofWhichParts(opts.matcher, record, groupRow);
  const besideCases = casesHeaderBeside(opts.matcher, record, rowsAbove.slice(0, 2).filter((r) => groupRows.has(r.line)).map((r) => r.cells));
  record.forEach((cell, index) => {
    // Cells merged vertically over a two-row header keep their text in the group row above; over
    // a header of three or four rows ("STT | Đơn vị | Về việc" over "Có điều kiện" over "Tổng số |
    // Chia ra" over the parts), an identity's in the header's top row.
    const above = ((groupRow?.[index] ?? '').trim() || identityAbove(opts.matcher, topRows, rowsAbove, index)).trim();
    // A margin (column A left empty, the table from B) under a line naming no column (the title,
    // the unit line, "Biểu số 01" typed at A1) is no sub-column of it: it stays unnamed, a number
    // in it refused (VALUE_WITHOUT_HEADER), never GROUP_HEADER_SPANS naming the title. ("STT",
    // "Đơn vị" in a group row over a form's lower rows still head their columns.)
    const title = margin(index) && isTitleText(opts.matcher, above);
    const merged = cell.trim() === '' && above !== '' && !title && !opts.matcher.measureOf(above, previous !== null && headings.has(previous.line));
    if (merged) {
      // A group label over several sub-columns ("Giải quyết xong" over "| Đình chỉ") is no
      // column's header: which of its figures sits under the label itself cannot be told.
      const next = index + 1;
      if (next < record.length && (record[next] ?? '').trim() !== '' && (groupRow![next] ?? '').trim() === '') {
        let last = next;
        while (last + 1 < record.length && (record[last + 1] ?? '').trim() !== '' && (groupRow![last + 1] ?? '').trim() === '') last++;
        throw new ThadsError(
          'GROUP_HEADER_SPANS',
          `column ${index + 1} has no header of its own under the group "${above.replace(/\s+/g, ' ')}", which spans columns ${index + 1}–${last + 1}: which figure it holds cannot be told`,
          { file, line, column: index + 1 },
        );
      }
      usedGroupRow();
    }
    let header = merged ? above : cell;
    /** what a group's own sub-column names: "Số tiền (nghìn đồng)" under "Có điều kiện" */
    let sub: SubColumn | null = null;
    // "Tổng số" under a group label names the group's own figure: under "Có điều kiện thi hành"
    // it is with_conditions, under "Tổng số thụ lý" it is total; "Số việc" beside "Tỷ lệ (%)"
    // under "Có điều kiện" (the forms' count | share) is its count, "Tiền" its money.
    const ofGroup = merged ? null : groupFigure(opts.matcher, groupRow, index, cell, own, record);
    if (ofGroup) {
      // its period goes with the group's name: "Có điều kiện (năm 2018)", which ownRole judges
      header = ofGroup.sub.period === undefined ? ofGroup.group : `${ofGroup.group} (${ofGroup.sub.period})`;
      sub = ofGroup.sub;
      usedGroupRow();
    }
    const ofIgnored = merged || ofGroup ? null : (ignoredGroupOf(opts.matcher, groupRow, index, cell) ?? rateColumnOf(opts.matcher, groupRow, groupRowIsHeader, index, cell, true));
    if (ofIgnored) {
      header = ofIgnored;
      usedGroupRow();
    }
    // the group's period, comparison or plan counts for the columns under it
    // (a group over fields in a group row of the header, periodGroupRow: a title's cells,
    // "Từ ngày | 10/1/2018", "Năm báo cáo: | 2018", are no groups)
    const start = groupStart(periodRow, index);
    // under a group set aside by its days (judgeGroupSpans), the column is never the report's own,
    // whatever its words say alone ("Trong tháng" in an October report, beside its "Lũy kế")
    const asideGroup = !merged && header === cell && isGroup(start) && carries(start) && judged.get(start) != null;
    if (!merged && header === cell && isGroup(start) && carries(start)) {
      header = withGroupPeriod(opts.matcher, cell, groupCell(periodRow, index));
      if (header !== cell) usedPeriodRow();
    }
    const loc = { file, line, column: index + 1 };
    // "Mới" under "Tổng số thụ lý" is new (roleUnder); alone it names nothing
    // "#REF!", "Column5", "0" where the header was lost: an empty header cell (headers.ts lostHeader)
    const lost = !merged && header === cell ? lostHeader(cell) : null;
    let matched: ColumnRole = lost !== null ? { kind: 'empty' } : !merged && header === cell ? roleUnder(opts.matcher, groupRow, index, cell) : opts.matcher.match(header);
    // a month's or another span's group whose words name no period to the header readers ("Trong tháng")
    const cellRole = opts.matcher.match(cell);
    if (header === cell || !(matched.kind === 'unknown' && matched.period)) {
      if (!merged && start >= 0 && judged.get(start) && carries(start) && cellRole.kind === 'figure') {
        const period = groupCell(periodRow, index).replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
        header = `${cell.trim()} (${period})`;
        matched = { kind: 'unknown', period: { text: period, years: [], comparison: false, partOfYear: true }, named: { role: cellRole } };
        usedPeriodRow();
      }
    }
    // "Thi hành xong (trong kỳ)" beside "Thi hành xong (lũy kế từ 01/10/2025)": the month, as a
    // "Trong kỳ" group beside a cumulative one is (judgeGroupSpans); alone it is the field.
    const term = header === cell && cumulativeNote ? bracketSpan(cell) : null;
    const termField = term?.span.kind === 'term' ? opts.matcher.match(term.name) : null;
    if (termField?.kind === 'figure') matched = { kind: 'unknown', period: { text: term!.note, years: [], comparison: false, partOfYear: true }, named: { role: termField } };
    // "Có điều kiện (năm 2019)" in a report of 2019 is its own with_conditions.
    let role = asideGroup ? matched : ownRole(matched, own);
    if (role.kind === 'figure' && deferredAt.has(index)) role = { ...role, field: 'deferred' };
    // "Hoãn theo thỏa thuận" alone: postponed where the regime keeps only that postponement with
    // conditions (from 2020; f1 of traps30: ignored as unknown, the breakdown short of it); up to
    // 2019 a part of postponed (every postponement), which thads does not read. A file without
    // any year has the column of the forms that have it (TT 06/2019 on).
    const regimeYear = noteYear ?? opts.rowsYear ?? null;
    if (role.kind === 'unknown' && !role.period && namesAgreedPostponement(header) && (regimeYear === null ? !yearColumn : deferredParts(regimeOf(regimeYear)).includes('postponed'))) {
      role = { kind: 'figure', field: 'postponed', measure: null, unit: null };
    }
    // A sub-column belongs to its group: "Trong đó: có điều kiện" under "Chuyển kỳ sau" is the
    // enforceable part carried forward, not with_conditions; "Thi hành xong" under "Có điều
    // kiện" is completed, a part of it.
    if (!merged && header === cell && role.kind === 'figure') {
      const groupText = groupCell(groupRow, index);
      // a cell spanning the header's rows is its own group row's cell too ("Hoãn" over two empty
      // cells of a three-row header): no group over it, or "Hoãn" read as deferred was a part of "Hoãn"
      const spansRows = groupText !== '' && foldHeader(groupText) === foldHeader(cell);
      const group = groupText && !spansRows ? ownRole(opts.matcher.match(groupText), own) : null;
      // "Thi hành xong (kể cả đình chỉ)" over "Tổng số | Trong đó: Đình chỉ": the note names its part
      const named = group?.kind === 'figure' && group.note?.includes === true && group.note.fields.includes(role.field);
      if (group?.kind === 'figure' && group.field !== role.field && !isPartOf(role.field, group.field) && !named) {
        const text = cell.replace(/\s+/g, ' ').trim();
        report.findings.push(finding('warning', 'UNKNOWN_COLUMN', `column "${text}" is a part of the group "${groupText.replace(/\s+/g, ' ')}" (${group.field}) that thads does not read, and is ignored`, loc));
        report.columns.push({ column: index + 1, header, role: { kind: 'unknown' }, measure: null });
        usedGroupRow();
        return;
      }
      // "Trong đó: án tín dụng - ngân hàng" over the fields again, beside "Tổng số": a kind of
      // cases, a part — set aside, never the fields whole (headers.ts namesOfWhichKindGroup)
      if (group?.kind !== 'figure' && groupText && namesOfWhichKindGroup(groupText, (rest) => opts.matcher.match(rest).kind !== 'unknown' || opts.matcher.groupOf(rest) !== null)) {
        const text = cell.replace(/\s+/g, ' ').trim();
        report.findings.push(finding('warning', 'UNKNOWN_COLUMN', `column "${text}" is under the group "${groupText.replace(/\s+/g, ' ')}", a kind of cases counted apart (a part of the figures), and is ignored`, loc));
        report.columns.push({ column: index + 1, header, role: { kind: 'unknown' }, measure: null });
        usedGroupRow();
        return;
      }
      // Under no group, "Trong đó: …" names a part of the column before it (ofWhichParts): read
      // as its field only when that is a part of the whole ("Giải quyết xong | Trong đó: thi hành
      // xong"), else set aside as a group's parts are — never that field whole.
      const part = ofWhich.get(index);
      const of = part?.whole;
      // (or its note names it: "Thi hành xong (kể cả đình chỉ) | Trong đó: Đình chỉ", as under a group)
      const partOfWhole = of?.kind === 'figure' && (isPartOf(role.field, of.field) || (of.note?.includes === true && of.note.fields.includes(role.field)));
      if (group?.kind !== 'figure' && part !== undefined && !partOfWhole) {
        const text = cell.replace(/\s+/g, ' ').trim();
        const before = part.at < 0 ? 'a column before it' : `column ${part.at + 1} "${(record[part.at] ?? '').replace(/\s+/g, ' ').trim()}"`;
        report.findings.push(finding('warning', 'UNKNOWN_COLUMN', `column "${text}" is a part of ${before} that thads does not read, and is ignored`, loc));
        report.columns.push({ column: index + 1, header, role: { kind: 'unknown' }, measure: null });
        return;
      }
    }
    if (role.kind === 'ignored' && stt === undefined && namesItemColumn(header)) stt = index;
    if (role.kind === 'empty') unnamed.push(index);
    if (lost !== null) lostHeaders.set(index, { holds: lost, line });
    if (role.kind === 'ignored' && NOTES_HEADERS.has(foldHeader(header))) notes.push(index);
    // thads' own workbook read back: its "Chỉ tiêu" states the targets it applied
    if (role.kind === 'ignored' && role.targets && !ownTable && !report.findings.some((f) => f.code === 'TARGET_COLUMN_IGNORED')) {
      const text = header.replace(/\s+/g, ' ').trim();
      report.findings.push(finding('warning', 'TARGET_COLUMN_IGNORED', `column "${text}" states targets; thads does not read them: rates are held against --target-cases/--target-money, the config's targets or the national ones`, loc));
    }
    if (role.kind === 'unknown') {
      const text = header.replace(/\s+/g, ' ').trim();
      unknown.push({ index, header: text, ...(role.period ? { period: role.period } : {}), ...(role.named ? { field: role.named.role.field } : {}) });
      const what = !role.period
        ? 'is not a known figure'
        : role.period.partOfYear
          ? `names a part of a year ("${role.period.text}"), which may not be the report's period,`
          : `names a period or a plan ("${role.period.text}"), not the report's own figures,`;
      // thads' own results (Required, Met, …) are recomputed, not unknown.
      if (!ownTable) report.findings.push(finding('warning', 'UNKNOWN_COLUMN', `column "${text}" ${what} and is ignored`, loc));
    }
    let measure: Measure | null = null;
    let measureFrom: string | undefined;
    if (role.kind === 'figure') {
      measure = role.measure ?? sub?.measure ?? (sub && countBesideMoneySub(opts.matcher, groupRow, record, index) ? 'cases' : null);
      measureFrom = measure ? 'header' : undefined;
      let groupUnit: MoneyUnit | null = null;
      // The measure may be named by a group cell one or two rows above ("Về việc" over a field
      // group), with the unit of its money ("Về tiền (nghìn đồng)").
      for (const above of rowsAbove.slice(0, 2)) {
        const cell = groupCell(above.cells, index);
        const group = cell ? groupOf(cell, above.line) : null;
        if (!group || (measure && group.measure !== measure)) continue;
        if (group.badUnit !== undefined) badUnits.push({ index, text: group.badUnit });
        if (!groupUnit && group.unit) unitSaidBy[index] = { text: cell!, line: above.line };
        groupUnit ??= group.unit;
        if (!measure) {
          measure = group.measure;
          measureFrom = `group cell "${cell}" above the header`;
          report.groupRowLine = above.line;
          let at = index;
          while (at > 0 && (above.cells[at] ?? '').trim() === '') at--;
          const from = `group cell "${cell}" above the header (line ${above.line}, column ${at + 1})`;
          groupStated.push({ measure, from, says: `the ${from} says ${measure}`, claim: `the ${from} counts ${measure}`, line: above.line, column: at + 1 });
        }
      }
      if (!measure && opts.measure) (measure = opts.measure), (measureFrom = '--measure');
      // the file's name before the title (a conflict refused: checkNameMeasure); a tab's after it,
      // which says it where the form's own words do not ("Việc" | "Tiền" over plain headers)
      if (!measure && fileMeasure?.from === 'file name') (measure = fileMeasure.measure), (measureFrom = fileMeasure.from);
      if (!measure && titleMeasure) (measure = titleMeasure.measure), (measureFrom = titleMeasure.from);
      if (!measure && fileMeasure?.from === 'sheet name') (measure = fileMeasure.measure), (measureFrom = fileMeasure.from);
      // last, the headers beside it naming cases; never a field they name already, nor one of money only
      if (!measure && besideCases && !besideCases.fields.has(role.field) && !FIELDS[F[role.field]]!.moneyOnly) (measure = 'cases'), (measureFrom = `the header "${besideCases.header}" beside it`);
      // "Có điều kiện (Việc - triệu đồng)" names the units of both measures, not which it counts
      const pair = role.pairUnit !== undefined ? '; its bracket names the unit of cases and the unit of money, not which this column counts' : '';
      if (!measure) throw measureConflict(file, statements.all) ?? new ThadsError('MEASURE_UNKNOWN', `column "${header.trim()}" does not say whether it counts cases or money${pair}`, loc, unknownMeasureHint(report.sheet?.name));
      // its measure told (a group, the label, --measure, the file name, the title): money in the pair's unit, cases in việc
      if (role.pairUnit !== undefined) {
        const { pairUnit, ...rest } = role;
        role = { ...rest, unit: measure === 'money' ? pairUnit : null };
      }
      if (role.note) {
        // "Thi hành xong (kể cả đình chỉ)" is resolved; a reduced column (checked below) may undo it
        const { note, field: base } = role;
        role = { ...role, field: noteField(base, note, measure, false, noteYear, header, loc, yearColumn ? regimeNotes : null) };
        noted.push({ index, header, base, note, measure });
      }
      if (measure === 'cases' && FIELDS[F[role.field]]!.moneyOnly) {
        // refused below where the cases' resolved would be summed without it
        moneyOnlyInCases.push({ index, header: header.replace(/\s+/g, ' ').trim() });
        report.findings.push(finding('warning', 'UNKNOWN_COLUMN', `column "${header.trim()}" (${role.field}) exists for money only and is ignored`, loc));
        report.columns.push({ column: index + 1, header, role: { kind: 'unknown' }, measure: null });
        return;
      }
      // "Tổng số phải giải quyết" (namesToResolve) after a delegated or withdrawn column of its
      // measure, or beside another total ("Tổng số thụ lý"): the cases to execute, as the forms
      // since 2019 head it "Tổng số phải thi hành" (Nam Định 2019: 694 = 317 + 384 − 4 − 3), checked
      // row by row as a doubtful total is (doubtful below, collect.ts). A "Tổng số phải thi hành"
      // after it gives it back to total accepted, as it was read before.
      if (role.field === 'total' && opts.matcher.totalToResolve(header, role) && !seen.has(`${measure}_to_execute`) && (seen.has(`${measure}_delegated`) || seen.has(`${measure}_withdrawn`) || seen.has(`${measure}_total`))) {
        role = { ...role, field: 'to_execute' };
        toResolve.set(measure, index);
      } else if (role.field === 'to_execute' && toResolve.has(measure) && !seen.has(`${measure}_total`)) {
        const at = toResolve.get(measure)!;
        toResolve.delete(measure);
        seen.delete(`${measure}_to_execute`);
        seen.set(`${measure}_total`, at);
        const fig = figures.findIndex((f) => f.index === at);
        figures[fig] = { ...figures[fig]!, field: 'total', fieldIndex: F.total };
        const mark = marked.findIndex((k) => k.index === at);
        if (mark >= 0) marked[mark] = { ...marked[mark]!, field: 'total' };
        const col = report.columns.findIndex((c) => c.column === at + 1);
        const was = report.columns[col]!;
        if (was.role.kind === 'figure') report.columns[col] = { ...was, role: { ...was.role, field: 'total' } };
      }
      const key = `${measure}_${role.field}`;
      if (seen.has(key) && role.field === 'deferred' && deferredAt.has(index) && deferredAt.has(seen.get(key)!)) summed = true;
      // "Miễn thi hành án | Giảm thi hành án": the two halves of reduced (miễn, giảm), summed into it
      else if (seen.has(key) && role.field === 'reduced' && reducedHalves(header, report.columns.find((c) => c.column === seen.get(key)! + 1)?.header)) summed = true;
      else if (seen.has(key)) throw duplicateColumn(opts.matcher, header, key, index, seen.get(key)!, spanAt?.cells ?? null, loc);
      if (!seen.has(key)) seen.set(key, index);
      unitOfColumn[index] = role.unit ?? sub?.unit ?? groupUnit;
      if (role.unit) unitSaidBy[index] = { text: header, line: header === cell ? line : (previous?.line ?? line) };
      else if (sub?.unit) unitSaidBy[index] = { text: cell, line };
      if (role.badUnit !== undefined) badUnits.push({ index, text: role.badUnit });
      if (sub?.badUnit !== undefined) badUnits.push({ index, text: sub.badUnit });
      figures.push({ index, field: role.field, fieldIndex: F[role.field], measure, isCount: measure === 'cases', exponent: 0 });
      const flat = header.replace(/\s+/g, ' ').trim();
      marked.push({ index, header: flat, mark: columnMark(flat), field: role.field, measure });
      if (footnoteMark(flat)) footnoteMarks = true;
    } else if (role.kind === 'identity') {
      if (identity[role.key] !== undefined) throw new ThadsError('DUPLICATE_COLUMN', `column "${header.trim()}" repeats ${role.key} (column ${identity[role.key]! + 1})`, loc);
      identity[role.key] = index;
    }
    report.columns.push({ column: index + 1, header, role, measure, ...(measureFrom ? { measureFrom } : {}) });
  });

  // Money "Thi hành xong (kể cả đình chỉ)" beside a Giảm column: is the reduced amount in it?
  for (const n of noted) noteField(n.base, n.note, n.measure, seen.has(`${n.measure}_reduced`), noteYear, n.header, { file, line, column: n.index + 1 }, yearColumn ? regimeNotes : null);
  const footnoted: FootnotedColumn[] = marked.map((m) => ({ ...m, hasReduced: seen.has(`${m.measure}_reduced`), year: noteYear }));
  const measures = MEASURES.filter((m) => figures.some((f) => f.measure === m));
  // thads' workbook leaves out a measure its input lacked, where its CSV writes the columns
  // empty: read as its CSV is, the measure is there and unknown (never left out of a total).
  report.measures = ownTable ? [...MEASURES] : measures;
  // A column of a period or plan it names is no part of this year's resolved: "Giải quyết xong
  // (cùng kỳ 2018)", "Đình chỉ (năm 2018)" in a file of 2019. "Đình chỉ (6 tháng)", or a year
  // in a file whose year is not known (a year column), may be: such a column still stops
  // resolved being summed without it (below).
  const otherPeriod = (p: NamedPeriod | undefined) => p !== undefined && (p.comparison || (own !== null && p.years.length > 0 && p.years.every((y) => y !== own.year)));
  // With no year known, groups beside a month were set aside for want of it (judgeGroupSpans):
  // the refusal says so, and what settles it
  const yearless = own === null && [...judged.values()].some((j) => j !== null && !j.own);
  const NOT_OWN = `which thads does not read as the report's own period${yearless ? ': no statistics year is known' : ''}`;
  const notOwnHint = yearless ? 'pass --year N (the statistics year: 1 October N-1 to 30 September N): the groups are then judged by their days, the report\'s cumulative read' : undefined;
  if (measures.length === 0) {
    // "Có điều kiện (6 tháng)" for every figure: they are there, of a period thads does not take for the report's.
    const beside = unknown.filter((u) => u.period && (u.field === 'with_conditions' || u.field === 'resolved' || u.field === 'completed'));
    // Columns of named years ("Năm 2024 | Năm 2023" in a comparison) with no year known: --year picks one (work104a 04)
    const namedYears = own === null && !yearless ? [...new Set(beside.flatMap((u) => u.period!.years))].sort((a, b) => b - a) : [];
    const notOwn = namedYears.length > 0 ? `${NOT_OWN}: no statistics year is known` : NOT_OWN;
    const why = beside.length > 0 ? `; ${beside.map((u) => `column ${u.index + 1} "${u.header}" names ${u.field} for "${u.period!.text}"`).join(', ')}, ${notOwn}` : '';
    const hint = namedYears.length > 0 ? `pass --year N, or put the year in the file name: the columns of that year (${namedYears.join(', ')}) are then read as the report's, the others set aside` : notOwnHint;
    throw new ThadsError('MISSING_COLUMN', `the header names no figure column${why}`, { file, line }, beside.length > 0 ? hint : undefined);
  }
  for (const [m, index] of toResolve) {
    (report.doubtfulTotals ??= []).push({ measure: m, column: index + 1, header: report.columns.find((c) => c.column === index + 1)!.header.replace(/\s+/g, ' ').trim(), field: 'to_execute' });
  }
  for (const m of measures) {
    const has = (k: FieldKey) => seen.has(`${m}_${k}`);
    // "Tổng số giải quyết" (namesResolvingTotal) heads total accepted in the ministry's forms and
    // resolved in others: total only beside the carried over and new of its measure, which check
    // it row by row (collect.ts refuses a row they contradict). Without them nothing tells: the
    // column is unknown, as before it was read ("Giải quyết xong" beside it: ignored; none: refused
    // below, UNKNOWN_RESOLVED_PART, whose hint never aliases a total onto a part).
    const totalAt = figures.findIndex((f) => f.measure === m && f.field === 'total');
    const totalColumn = totalAt < 0 ? undefined : report.columns.findIndex((c) => c.column === figures[totalAt]!.index + 1);
    const totalInfo = totalColumn === undefined ? undefined : report.columns[totalColumn];
    if (totalInfo && opts.matcher.doubtfulTotal(totalInfo.header, totalInfo.role)) {
      const text = totalInfo.header.replace(/\s+/g, ' ').trim();
      if (has('carried_over') && has('new')) {
        (report.doubtfulTotals ??= []).push({ measure: m, column: totalInfo.column, header: text, field: 'total' });
      } else {
        const index = figures[totalAt]!.index;
        figures.splice(totalAt, 1);
        seen.delete(`${m}_total`);
        const at = footnoted.findIndex((k) => k.index === index);
        if (at >= 0) footnoted.splice(at, 1);
        report.columns[totalColumn!] = { column: totalInfo.column, header: totalInfo.header, role: { kind: 'unknown' }, measure: null };
        unknown.push({ index, header: text });
        report.findings.push(finding('warning', 'UNKNOWN_COLUMN', `column "${text}" may count the ${m} to resolve (total accepted) or those resolved, and the file gives no carried over and new of ${m} to tell by: it is ignored`, { file, line, column: index + 1 }));
      }
    }
    // "Xong" alone: completed or resolved? (namesDoneAlone) — where resolved is not given, the rate depends on which
    const done = has('resolved') ? undefined : unknown.find((u) => !u.period && namesDoneAlone(u.header));
    if (done) {
      const parts = resolvedParts(m).map(fieldPhrase).join(' + ');
      throw new ThadsError(
        'COLUMN_AMBIGUOUS',
        `column "${done.header}" may count ${m} completed (thi hành xong) or ${m} resolved (giải quyết xong: ${parts}), which differ by the other parts: thads does not guess which`,
        { file, line, column: done.index + 1 },
        `name it with an alias in thads.config.json: "aliases": { "${done.header}": "${m}_completed" } if it counts the ${m} fully enforced alone, or "${m}_resolved" if ${m === 'money' ? 'terminated and reduced are' : 'terminated is'} in it; or rename the column ("Thi hành xong" or "Giải quyết xong")`,
      );
    }
    const missing = [!has('with_conditions') ? `${m}_with_conditions` : null, !has('resolved') && !has('completed') ? `${m}_resolved (or ${m}_completed)` : null].filter(Boolean);
    if (missing.length > 0) {
      // a missing field's: with_conditions, or resolved or completed
      const wants = (k: FieldKey | null | undefined) => (k === 'with_conditions' ? !has('with_conditions') : (k === 'resolved' || k === 'completed') && !has('resolved') && !has('completed'));
      // "Có điều kiện (6 tháng)": the figure is there, of a period thads does not take for the report's.
      const beside = unknown.find((u) => u.period && wants(u.field));
      // "Có điều kiện (3)-(4)": its name, then words thads does not read.
      const begins = beside ? undefined : unknown.find((u) => !u.period && wants(opts.matcher.fieldAtStart(u.header)));
      const why = beside
        ? `; column ${beside.index + 1} "${beside.header}" names it for "${beside.period!.text}", ${NOT_OWN}`
        : begins
          ? `; column ${begins.index + 1} "${begins.header}" begins with its name, but thads does not read the rest`
          : report.columns.filter((c) => c.measure === m && c.measureFrom === 'header' && c.role.kind === 'figure' && (c.role.unit !== null || c.role.badUnit !== undefined)).slice(0, 1).map((c) => `; column ${c.column} "${c.header.replace(/\s+/g, ' ').trim()}" is read as ${m} for the unit in it`).join('');
      throw new ThadsError('MISSING_COLUMN', `missing column ${missing.join(' and ')}${why}`, { file, line }, beside ? notOwnHint : undefined);
    }
    // "Miễn, giảm" in a cases file: a part of resolved for money only (SPEC §2); with no resolved column, are its cases in the rate or not?
    // (said once the file's measures are judged: a money sheet saved under a cases name is MEASURE_CONFLICT first)
    const moneyOnly = m === 'cases' && !has('resolved') ? moneyOnlyInCases[0] : undefined;
    if (moneyOnly) {
      moneyOnlyRefusal ??= new ThadsError(
        'UNKNOWN_RESOLVED_PART',
        `column "${moneyOnly.header}" reads as reduced (miễn, giảm), a part of resolved for money only: cases resolved are completed + terminated, and thads cannot tell whether the cases it counts belong to them`,
        { file, line, column: moneyOnly.index + 1 },
        'add the cases resolved column (Giải quyết xong), which settles the rate; or, if its cases are counted in completed or terminated already, delete the column',
      );
    }
    // resolved = completed + terminated + reduced: a part under a header thads does not know
    // ("Đình chỉ THA" before it was an alias) would be left out of it, and the rate with it.
    // A field named for another period beside the same field read ("Thi hành xong (Trong tháng)"
    // beside the cumulative group's): that field of another period, no part left out. (Of the
    // other measure, that measure's own pass still finds it.)
    const part = has('resolved') ? undefined : unknown.find((u) => looksLikeResolvedPart(u.header) && !otherPeriod(u.period) && !(u.period && u.field !== undefined && has(u.field)));
    if (part) {
      throw new ThadsError(
        'UNKNOWN_RESOLVED_PART',
        `column "${part.header}" reads like a part of ${m} resolved (completed + terminated${m === 'money' ? ' + reduced' : ''}), but thads does not know it: resolved would be summed without it`,
        { file, line, column: part.index + 1 },
        // never an alias blindly: mapped onto terminated, a count not yet resolved would make the rate 100 %;
        // a total ("tổng số…") never onto a part at all (the cases to resolve as terminated: silently wrong)
        namesATotal(part.header)
          ? `its words say a total ("tổng"), never a part of resolved: do not alias it onto ${m}_terminated or ${m}_completed; rename it to what it counts ("Tổng số thụ lý" for carried over + new, "Giải quyết xong" for resolved), or add a resolved column (Giải quyết xong)`
          : `if it is a part of resolved (đình chỉ${m === 'money' ? ', miễn/giảm' : ''}…), name its field with an alias in thads.config.json, e.g. "aliases": { "${part.header}": "${m}_terminated" } (or ${m}_completed${m === 'money' ? `, ${m}_reduced` : ''}); if it is not (a count not yet resolved, a rate), rename the column so it does not read like one; or add a resolved column (Giải quyết xong)`,
      );
    }
  }

  const moneyColumns = figures.filter((f) => f.measure === 'money');
  const bad = badUnits.find((b) => moneyColumns.some((f) => f.index === b.index));
  const unreadable = unitLines.find((u): u is UnitLineAt & { readonly unreadable: string } => 'unreadable' in u);
  // The unit the sheet's or the file's name states ("Tiền (nghìn đồng)", "BC tien 2019 - ĐVT 1000đ.csv"): the file's own,
  // below its header's and unit lines' (two names that disagree, or one against them, refused).
  const nameUnits = measures.includes('money') ? namedUnits(file, report) : [];
  const statesUnit = bad !== undefined || unitLines.some((u) => !('cases' in u)) || moneyColumns.some((f) => unitOfColumn[f.index]) || nameUnits.length > 0;
  // The unit the options give this file, if any (not thads' own output, nor a --previous file).
  // thads' machine CSV without its rate columns, read with a unit the options give: its own (in đồng) only if its TOTAL row is below (own-total.ts)
  if (measures.includes('money') && (opts.moneyUnit || opts.inputUnit) && opts.ownTotalRow === undefined && isMachineCsvHeader(record, figures) && !isThadsOutput(record, figures)) {
    throw new OwnTotalNeeded();
  }
  const option = moneyUnitOption(opts, { ownOutput: isThadsOutput(record, figures, opts.ownTotalRow === true), statesUnit, hasMoney: measures.includes('money'), moneyColumns: moneyColumns.map((f) => f.index) }, { file, line });
  // A unit that names money but cannot be read is never taken for đồng (1,000× off) — unless
  // --money-unit says what it is (the hint offers it): then a warning says the flag was used.
  if (measures.includes('money')) {
    const told = option?.source === '--money-unit' ? option : null;
    if (told && (bad || unreadable)) {
      const what = bad ? `the money unit "${bad.text}" in the header` : `the unit line "${unreadable!.unreadable}"`;
      report.findings.push(finding('warning', 'UNIT_CONFLICT', `${what} is not one thads reads; money is read in ${told.unit}, as --money-unit says`, bad ? { file, line, column: bad.index + 1 } : lineLocation(report, file, unreadable!.line, unreadable!.column), 'check that the option names the unit the file means'));
    } else if (bad) {
      throw new ThadsError('UNIT_UNREADABLE', `the money unit "${bad.text}" in this header cell is not one thads reads`, { file, line, column: bad.index + 1 });
    } else if (unreadable) {
      throw new ThadsError('UNIT_UNREADABLE', `the unit line "${unreadable.unreadable}"${unreadable.line < 1 ? ` in ${lineName(report, unreadable.line)}` : ''} names a money unit thads cannot read`, lineLocation(report, file, unreadable.line, unreadable.column));
    }
  }
  const readUnitLines = unitLines.flatMap((u) => ('unit' in u ? [u] : []));
  const unitLine = readUnitLines[0]?.unit ?? null;
  // Money unit: flag/config > unit in the header > unit line > đồng.
  const headerUnits = [...new Set(moneyColumns.map((f) => unitOfColumn[f.index]).filter((u): u is MoneyUnit => !!u))];
  // Two units for the same money are refused, never one of them picked (1,000× off).
  if (measures.includes('money') && !option) {
    // a group cell giving its unit ("Về tiền: nghìn đồng") is read as a unit line too: named as what it is
    const groupCellAt = (u: (typeof readUnitLines)[number]) => groupUnits.has(u) || rowsAbove.slice(0, 2).some((r) => r.line === u.line && groupOf(r.cells[u.column - 1] ?? '', r.line)?.unit);
    const at = (u: (typeof readUnitLines)[number]) => `the ${groupCellAt(u) ? 'group cell' : 'unit line'} "${u.text}" (${u.line < 1 ? lineName(report, u.line) : `line ${u.line}, column ${u.column}`})`;
    const first = readUnitLines[0];
    const otherLine = readUnitLines.find((u) => u.unit !== first!.unit);
    if (first && otherLine) {
      throw new ThadsError('UNIT_CONTRADICTION', `${at(otherLine)} gives money in ${otherLine.unit}, but ${at(first)} gives ${first.unit}`, lineLocation(report, file, otherLine.line, otherLine.column));
    }
    const otherColumn = first ? moneyColumns.find((f) => unitOfColumn[f.index] && unitOfColumn[f.index] !== first.unit) : undefined;
    if (first && otherColumn) {
      throw new ThadsError('UNIT_CONTRADICTION', `this header cell gives money in ${unitOfColumn[otherColumn.index]}, but ${at(first)} gives ${first.unit}`, { file, line, column: otherColumn.index + 1 });
    }
    const unitless = moneyColumns.find((f) => !unitOfColumn[f.index]);
    if (!first && headerUnits.length > 1 && unitless) {
      throw new ThadsError('UNIT_CONTRADICTION', `this money column names no unit, and the others give ${headerUnits.join(' and ')}`, { file, line, column: unitless.index + 1 });
    }
    const byName = nameUnits[0];
    const otherName = nameUnits.find((n) => n.unit !== byName?.unit);
    if (byName && otherName) {
      const message = otherName.what === byName.what ? `${byName.what} gives money in two units, ${byName.unit} and ${otherName.unit}` : `${otherName.what} gives money in ${otherName.unit}, but ${byName.what} gives ${byName.unit}`;
      const hint = otherName.what === byName.what ? `name ${byName.what.startsWith('the sheet') ? 'the sheet' : 'the file'} with the one unit its money is in, or pass --money-unit dong|thousand|million|billion with the right one` : undefined;
      throw new ThadsError('UNIT_CONTRADICTION', message, { file }, hint);
    }
    const inFile = first ? { unit: first.unit, what: at(first), loc: lineLocation(report, file, first.line, first.column) } : headerUnits.find((u) => u !== byName?.unit) !== undefined ? { unit: headerUnits.find((u) => u !== byName?.unit)!, what: 'the header', loc: { file, line } } : null;
    if (byName && inFile && inFile.unit !== byName.unit) {
      throw new ThadsError('UNIT_CONTRADICTION', `${inFile.what} gives money in ${inFile.unit}, but ${byName.what} gives ${byName.unit}`, inFile.loc, 'correct the unit line, the header or the name that is wrong, or pass --money-unit dong|thousand|million|billion');
    }
  }
  if (option) {
    report.moneyUnit = option.unit;
    report.moneyUnitFrom = option.source;
    const declared = [...headerUnits, ...readUnitLines.map((u) => u.unit), ...nameUnits.map((n) => n.unit)].find((u) => u !== option.unit);
    if (declared && measures.includes('money')) {
      report.findings.push(finding('warning', 'UNIT_CONFLICT', `the file declares money in ${declared}, but ${option.source} says ${option.unit}; using ${option.unit}`, { file, line }, option.source === '--money-unit' ? 'remove --money-unit if the file is right' : 'remove moneyUnit from the config if the file is right (the config\'s unit applies to every file; a file\'s own unit line is below it)'));
    }
  } else if (headerUnits.length > 0) {
    report.moneyUnit = headerUnits[0]!;
    report.moneyUnitFrom = headerUnits.length > 1 ? 'the header (per column)' : 'the header';
    // the first column not in đồng, if any: the unit a --previous file may be in (unit-option.ts)
    const said = moneyColumns.find((f) => unitOfColumn[f.index] && unitOfColumn[f.index] !== 'dong') ?? moneyColumns.find((f) => unitOfColumn[f.index])!;
    const by = unitSaidBy[said.index]!;
    report.moneyUnitStated = { unit: unitOfColumn[said.index]!, text: by.text.replace(/\s+/g, ' ').trim(), location: { file, line: by.line, column: said.index + 1 } };
  } else if (unitLine) {
    report.moneyUnit = unitLine;
    const first = readUnitLines[0]!;
    report.moneyUnitStated = { unit: unitLine, text: first.text, location: lineLocation(report, file, first.line, first.column) };
    const at = readUnitLines[0]!.line;
    report.moneyUnitFrom = at < 1 ? `the unit line "${first.text}" in ${lineName(report, at)}` : at < line ? 'the unit line above the header' : at === line ? 'the unit line in the header row' : 'the unit line below the header';
  } else if (nameUnits.length > 0) {
    const byName = nameUnits[0]!;
    report.moneyUnit = byName.unit;
    report.moneyUnitFrom = byName.what;
    report.moneyUnitStated = { unit: byName.unit, text: byName.name, location: byName.location ?? { file } };
  } else {
    report.moneyUnit = 'dong';
    report.moneyUnitFrom = 'default';
    // "Đơn vị tính: Việc" over money columns: the money's unit left unsaid (read-file.ts wholeDongUnderCasesUnit)
    const casesLine = measures.includes('money') ? unitLines.find((u): u is UnitLineAt & { readonly cases: string } => 'cases' in u) : undefined;
    if (casesLine) report.casesOnlyUnitLine = { line: casesLine.line, column: casesLine.column, text: casesLine.cases };
  }
  const unitFor = (f: FigureColumn): MoneyUnit => (option ? option.unit : (unitOfColumn[f.index] ?? report.moneyUnit));
  const withUnits = figures.map((f) => (f.measure === 'money' ? { ...f, exponent: UNIT_EXPONENT[unitFor(f)] } : f));
  report.columns = report.columns.map((c) => {
    const f = withUnits.find((x) => x.index === c.column - 1);
    return f && f.measure === 'money' ? { ...c, unit: unitFor(f) } : c;
  });
  // The year of rows without a year column is the file name's (SPEC §3). A title that states
  // another ("xuat-ngay-2020-01-15.csv" over "BÁO CÁO … NĂM 2019": the name's year is an
  // export's day) is refused: the year decides the target and the regime, so the user says (--year).
  const fromTitle = statedTitleYear(periodRows.map((r) => r.cells));
  const titleYear = fromTitle?.year ?? null;
  const titleLine = fromTitle ? periodRows[fromTitle.row]!.line : 0;
  const impossible = impossiblePeriodDay(periodRows.map((r) => r.cells));
  if (impossible) {
    throw new ThadsError('BAD_DATE', `the title states the period's day ${impossible.text}, which no calendar has: the period cannot be told`, { file, line: periodRows[impossible.row]!.line }, 'write the day the period starts or ends as it is (30/9 ends the statistics year)');
  }
  const twoStarts = titleStartConflict(periodRows.map((r) => r.cells));
  if (twoStarts) {
    const [first, second] = twoStarts.starts.map((d) => d.split('-').reverse().map(Number).join('/'));
    const [at, later] = twoStarts.rows.map((r) => periodRows[r]!.line);
    throw new ThadsError('YEAR_CONFLICT', `the title states a period from ${first} (line ${at}) and one from ${second} (line ${later}): which is the report's?`, { file, line: later! }, 'correct the title so that it states one period; a remark saying when something began ("Kể từ ngày 01/7/2026, …") states none');
  }
  const titled = titlePeriod(periodRows.map((r) => r.cells));
  const period = groupPeriod !== null && titled.start === null && titled.end === null ? groupPeriod : titled;
  report.periodEnd = period.end;
  report.periodStart = period.start;
  // The file's year is its name's first 4-digit year (SPEC §3). Read as a title, the name may
  // state another statistics year — a month with its year ("tháng 12 năm 2019": 2020), a period ("BC 3 thang tu 01.10.2019 den
  // 31.12.2019.csv": 2020), "năm N" ("Bieu 07 TT06-2019 nam 2022.csv": 2022) — or two
  // ("2019-2020.csv"): refused rather than read another year than SPEC's, the user says (--year).
  // A bare span of two years ("BC viec 2025-2026.csv") is statistics year 2026 where the title
  // or --year says 2026 (bareYearSpan; traps37: YEAR_CONFLICT under "… NĂM 2026", and "the file
  // name says 2025" under --year 2026); else the user says which.
  const span = bareYearSpan(file);
  const spanYear = span !== null && (titleYear ?? opts.year) === span ? span : null;
  const fileYear = spanYear ?? yearFromFileName(file);
  const nameYears = spanYear !== null ? [spanYear] : yearsOfFileName(file);
  const YEAR_HINT = 'pass --year N (a statistics year runs from 1 October to 30 September: October to December of N belong to N+1)';
  const spanHint = (y: number) => `pass --year ${y} if it is statistics year ${y}, or state it in the title ("… NĂM ${y}") or the file name ("… năm thống kê ${y - 1}-${y}"); --year ${y - 1} reads it as the name's first year`;
  // What the rows' year is without a year column: also that of a year cell naming the whole
  // year without one ("Cả năm", "12 tháng"), so one decision, thrown here or at such a row.
  const yearConflict = (): ThadsError | null => {
    if (opts.year !== undefined) return null;
    if (nameYears.length > 1 && span !== null) return new ThadsError('YEAR_CONFLICT', `the file name names 2 years (${nameYears.join(', ')}): statistics year ${span}, which runs from 1/10/${span - 1} to 30/9/${span}, or two years${titleYear !== null ? ` (the title, ${lineName(report, titleLine)}, says ${titleYear})` : ''}?`, { file }, spanHint(span));
    if (nameYears.length > 1) return new ThadsError('YEAR_CONFLICT', `the file name names ${nameYears.length} years (${nameYears.join(', ')}): which is the statistics year?`, { file }, YEAR_HINT);
    if (nameYears.length === 1 && nameYears[0] !== fileYear) {
      // a range from October ("BC 01.10.2025-31.03.2026"): its first year is the calendar year
      // the statistics year it names begins in; said so, with the --year that reads it
      const days = periodOfFileName(file);
      if (days.start !== null && days.end !== null) {
        const year = nameYears[0]!;
        return new ThadsError('YEAR_CONFLICT', `the file name's first year is ${fileYear}, the file's year as SPEC reads it, but its days ${dayText(days.start)}–${dayText(days.end)} are of statistics year ${year} (1/10/${year - 1}–30/9/${year}): which is it?`, { file }, `pass --year ${year} to read them as statistics year ${year} (a statistics year runs from 1 October to 30 September: October to December of N belong to N+1)`);
      }
      return new ThadsError('YEAR_CONFLICT', `the file name's first year is ${fileYear}, the file's year as SPEC reads it, but read as a title the name states statistics year ${nameYears[0]}: which is it?`, { file }, YEAR_HINT);
    }
    if (fileYear !== null && titleYear !== null && fileYear !== titleYear) return new ThadsError('YEAR_CONFLICT', `the file name says the year is ${fileYear}, but the title (${lineName(report, titleLine)}) says ${titleYear}`, lineLocation(report, file, titleLine));
    return report.sheet ? sheetYearConflict(report.sheet, titleYear ?? fileYear, titleYear !== null ? `the title (${lineName(report, titleLine)})` : 'the file name', file) : null;
  };
  const conflict = yearConflict();
  if (identity.year === undefined && conflict) throw conflict;
  // --year over a year the file states itself: read as the option says, but said (the year
  // decides the target: met or not).
  // The name's year is the one it states read as a title ("BC 31.12.2019.csv": 2020), else SPEC's.
  const stated = titleYear ?? (nameYears.length === 1 ? nameYears[0]! : fileYear);
  const where = titleYear !== null ? `the title (${lineName(report, titleLine)})` : 'the file name';
  // The period: the title's, a bound it leaves out the sheet's name's, else the file name's; two
  // that state different periods are refused, never one read over the other.
  const names: PeriodNames = { file, ...(report.sheet ? { sheet: report.sheet.name } : {}), year: opts.year ?? stated };
  // a title of the whole year ("… NĂM 2019", "12 THÁNG NĂM 2019") states it from 1 October to 30
  // September against a name's part of it: its first six months or its last (wholeYearStated)
  const titleStates = period.start === null && (period.end === null || period === titled) ? (wholeYearStated(periodRows.map((r) => r.cells), true) ?? period) : period;
  const disagree = periodsDisagree(titleStates, fromTitle ? lineName(report, titleLine) : null, names);
  if (disagree) throw new ThadsError('YEAR_CONFLICT', `${disagree.first}, but ${disagree.second}: which is the report's?`, { file }, "correct the title, or rename the sheet or the file, so that they state one period: a part of a year's figures are never read as the whole year's, nor summed or compared with them");
  const named = withFileName(period, names);
  // rows of several years (a year column) under a title of no year may state the days of each
  // ("Từ 1/10 đến 31/3 của mỗi năm thống kê"): each year's part, never its whole year
  const statedPeriod = yearColumn && named.start === null && named.end === null ? (yearlessPeriod(periodRows.map((r) => r.cells)) ?? named) : named;
  // a name joining two periods ("6 tháng và cả năm") states none: where nothing else states one, which is it?
  const joining = titleStates.start === null && titleStates.end === null && statedPeriod.start === null && statedPeriod.end === null ? nameJoiningPeriods(names) : null;
  if (joining !== null) throw new ThadsError('YEAR_CONFLICT', `the name ${JSON.stringify(joining)} names two periods, and neither the title nor another name states which is the report's`, { file }, "state the report's period in its title, or name the sheet or the file for one period (\"6 tháng\", \"cả năm\")");
  const ownDay = reportDate(periodRows.map((r) => r.cells));
  const ofYear = opts.year ?? stated;
  // a report written before its year ends (its annex line, its place-and-date line) read as the whole year
  if (ownDay !== null && ofYear !== null && !yearColumn && statedPeriod.start === null && statedPeriod.end === null && writtenBeforeYearEnd(ownDay.day, ofYear)) {
    throw new ThadsError('DATED_BEFORE_YEAR_END', `the report is dated ${dayText(ownDay.day)}, before statistics year ${ofYear} ends on 30/9/${ofYear}, and nothing states its period: its figures are of a part of the year, which thads cannot tell`, { file, line: periodRows[ownDay.row]!.line, column: ownDay.cell + 1 }, `state the report's period in its title ("6 THÁNG ĐẦU NĂM ${ofYear}", "(Từ 01/10/${ofYear - 1} đến 31/3/${ofYear})") or its file name ("6-thang-${ofYear}.csv"); a whole year's figures written before 30 September say so: "(Từ 01/10/${ofYear - 1} đến 30/9/${ofYear})"`);
  }
  report.statedPeriod = statedPeriod;
  refuseUnstatedOwnPart(record, statedPeriod, file, line);
  // the title's words, where it states a year; else the sheet's or the file name's
  report.periodByMonth = fromTitle ? titleNamesMonth(periodRows.map((r) => r.cells)) : nameNamesMonth(names);
  const overrides = opts.year !== undefined && stated !== null && stated !== opts.year ? finding('warning', 'OPTION_OVERRIDES_FILE', `${where} says the year is ${stated}; the rows are read as ${opts.year}, as --year says`, { file, line }) : null;
  const yearlessCells: YearlessCells = conflict ? { conflict } : { year: opts.year ?? fileYear, stated, ...(overrides ? { overrides } : {}) };
  if (identity.year === undefined) report.statedYear = stated;
  report.titleProvinces = titleProvinces(titleRows, opts.year ?? stated);
  report.titleCluster = namesCluster(titleRows, opts.year ?? stated, report.periodEnd);
  // also under an office column: a file whose only row is its total is its title's office's (own-report.ts)
  report.titleOffice = titleOffice(titleRows);
  report.titleDepartment = titleDepartment(titleRows, opts.year ?? stated);
  report.titleDistrictOffices = titleDistrictOffices(titleRows);
  // (also over an office column: its only row naming the province itself is that whole, collect.ts)
  report.titleTotal = titleNamingTotal(titleRows) ?? sheetNamingTotal(report.sheet?.name);
  if (identity.year === undefined && overrides) report.findings.push(overrides);
  if (identity.year === undefined && report.sheet && opts.year !== undefined) {
    const sheetYears = yearsOfName(report.sheet.name);
    if (sheetYears.length > 0 && !sheetYears.includes(opts.year)) {
      report.findings.push(finding('warning', 'OPTION_OVERRIDES_FILE', `the sheet's name ${JSON.stringify(report.sheet.name)} says the year is ${sheetYears.join(' or ')}; the rows are read as ${opts.year}, as --year says`, { file }));
    }
  }
  checkMeasureOption(file, line, figures, opts, report, [titleMeasure, fileMeasure && { measure: fileMeasure.measure, from: fileMeasure.from, says: `the ${fileMeasure.from} names ${fileMeasure.measure}`, claim: `the ${fileMeasure.from} says ${fileMeasure.measure}` }]);
  checkStatedMeasures(file, report, statements, groupBoth ? [] : groupStated);
  checkNameMeasure(file, report, titleMeasure);
  if (fileMeasure?.from === 'sheet name') checkSheetMeasure(file, report, fileMeasure.measure, titleMeasure);
  if (moneyOnlyRefusal) throw moneyOnlyRefusal;
  report.yearFrom = identity.year !== undefined ? 'year column' : opts.year !== undefined ? '--year' : fileYear !== null ? 'file name' : 'unknown';
  // The year column dates the rows (SPEC §3); a title stating one year over it is held against their years once read (collect.ts).
  if (identity.year !== undefined && opts.year === undefined && titleYear !== null) report.titleYearOverColumn = { year: titleYear, line: titleLine };
  // Merged header cells may end further right in a row above than in the header row itself.
  const lastCell = (cells: readonly string[]) => {
    let n = cells.length;
    while (n > 0 && cells[n - 1]!.trim() === '') n--;
    return n;
  };
  const width = Math.max(lastCell(record), ...rowsAbove.slice(0, 2).filter((r) => r.line >= report.groupRowLine && report.groupRowLine > 0).map((r) => lastCell(r.cells)));
  for (let i = record.length; i < width; i++) unnamed.push(i);
  const officeHeader = identity.district !== undefined ? (report.columns.find((c) => c.column === identity.district! + 1)?.header ?? null) : null;
  const byEnforcer = isByEnforcerForm(titleRows, officeHeader);
  const readingYear = fileYear ?? opts.year ?? (identity.year === undefined ? titleYear : null);
  return { figures: withUnits, identity, ...(stt !== undefined ? { stt } : {}), width, unnamed, ...(lostHeaders.size > 0 ? { lostHeaders } : {}), notes, fileYear, readingYear, yearlessCells, statedPeriod, ...(own !== null ? { ownPeriod: own } : {}), ...(isThadsOutput(record, withUnits, opts.ownTotalRow === true) ? { emptyIsUnknown: true as const } : {}), ...(ownTable && !ownHuman ? { ownWorkbook: true as const } : {}), ...(ownHuman ? { ownHumanTable: true as const } : {}), footnoted, ...(footnoteMarks ? { footnoteMarks: true as const } : {}), ...(regimeNotes.length > 0 ? { regimeNotes } : {}), ...(byEnforcer ? { byEnforcer: true as const } : {}), ...(summed ? { summed: true as const } : {}) };
}

/** The field a column with a note naming another field holds (field-notes.ts), or the refusal. */
function noteField(base: FieldKey, note: HeaderNote, measure: Measure, hasReduced: boolean, year: number | null, header: string, loc: { file: string; line: number; column: number }, byRow: RegimeNote[] | null): FieldKey {
  const read = readNote(base, note, measure, hasReduced, year);
  if ('field' in read) return read.field;
  // With a year column each row follows its year's regime (SPEC §2): checked row by row.
  if (read.byYear && byRow !== null && year === null) {
    if (!byRow.some((n) => n.index === loc.column - 1)) byRow.push({ index: loc.column - 1, header: header.replace(/\s+/g, ' ').trim(), text: note.text, regimes: read.byYear.regimes });
    return base;
  }
  const hint = read.byYear ? 'pass --year N with the statistics year of the file (the definition of the figure changed with TT 06/2019)' : undefined;
  throw new ThadsError('HEADER_NOTE_UNREAD', `column "${header.replace(/\s+/g, ' ').trim()}" says what it counts of another field ("${note.text}"), which thads does not read: it would have to guess ${read.guess}`, loc, hint);
}

/** A column whose note puts it outside with conditions under the "Có điều kiện" group (deferredInsideGroup): refused, not read one way. */
function refuseDeferredInsideGroup(matcher: HeaderMatcher, record: readonly string[], groupRow: readonly string[] | null, year: number | null, file: string, line: number): void {
  const at = deferredInsideGroup(matcher, record, groupRow, year);
  if (at === null) return;
  const header = (record[at] ?? '').replace(/\s+/g, ' ').trim();
  const note = matcher.match(header);
  const text = note.kind === 'figure' ? (note.note?.text ?? '') : '';
  throw new ThadsError(
    'HEADER_NOTE_UNREAD',
    `column "${header}" says what it counts of another field ("${text}"), which thads does not read: it would have to guess whether it is a part of ${fieldPhrase('deferred')} (outside ${fieldPhrase('with_conditions')}), as its note says in statistics year ${year}, or a part of ${fieldPhrase('with_conditions')}, as the group over it says`,
    { file, line, column: at + 1 },
    'move the column out of the "Có điều kiện" group, or write it without the note',
  );
}

/** The header (or its group row) has a year column: its rows may be of several years. */
function hasYearColumn(record: readonly string[], groupRow: readonly string[] | null, opts: ReadOptions): boolean {
  return yearColumnAt(record, groupRow, opts) >= 0;
}

/** The year column's index (its header in the header row, or merged down from the group row), -1: none. */
function yearColumnAt(record: readonly string[], groupRow: readonly string[] | null, opts: ReadOptions): number {
  const isYear = (c: string) => {
    const role = opts.matcher.match(c);
    return role.kind === 'identity' && role.key === 'year';
  };
  const at = record.findIndex(isYear);
  return at >= 0 ? at : (groupRow?.findIndex(isYear) ?? -1);
}

/**
 * The year the header's periods are told apart by ("(năm 2019)" is the report's own, "(năm 2018)"
 * another's): --year, the title's, the file name's; with the title's last day. None with a year
 * column: its rows may be of several years.
 */
function ownPeriod(file: string, sheet: string | undefined, record: readonly string[], groupRow: readonly string[] | null, titleRows: readonly { readonly cells: readonly string[] }[], opts: ReadOptions): OwnPeriod | null {
  if (hasYearColumn(record, groupRow, opts)) return null;
  const cells = titleRows.map((r) => r.cells);
  const year = opts.year ?? yearFromTitle(cells) ?? yearFromFileName(file);
  if (year === null) return null;
  // the title's days only within that statistics year (not when --year says another)
  const stated = withFileName(titlePeriod(cells), { file, ...(sheet !== undefined ? { sheet } : {}), year });
  const within = (day: string | null) => (day !== null && day >= `${year - 1}-10-01` && day <= `${year}-09-30` ? day : null);
  return { year, start: within(stated.start), end: within(stated.end) };
}

/**
 * One group over every figure column states the report's period only where nothing else does:
 * where the title, the sheet's or the file's name state one ("NĂM 2019" over "Tháng 8/2019"),
 * a group spanning other days is refused, never read over them (nor they over it).
 */
function groupPeriodConflict(file: string, sheet: string | undefined, record: readonly string[], cell: string, groupLine: number, titleRows: readonly { readonly cells: readonly string[]; readonly line: number }[], own: OwnPeriod, span: GroupJudgement, opts: ReadOptions): ThadsError | null {
  const text = cell.replace(/\s+/g, ' ').trim();
  const period = namedPeriod(text);
  const quarter = loneQuarterDays(text, own) !== null;
  if (!span && !quarter && !(period?.partOfYear && !period.comparison)) return null;
  const apartRows = titleRows.filter((r) => r.line !== groupLine);
  const cells = apartRows.map((r) => r.cells);
  const apart = ownPeriod(file, sheet, record, null, apartRows, opts);
  const fromTitle = statedTitleYear(cells);
  const named = withFileName({ start: null, end: null }, { file, ...(sheet !== undefined ? { sheet } : {}), year: apart?.year ?? own.year });
  // a group naming another statistics year ("Cả năm 2018" under "NĂM 2019") leaves nothing of
  // the report's own, whatever states its year: a bare year in the file's name or --year too
  const groupYear = span?.end ? statisticsYearOf(span.end) : null;
  const otherYear = apart !== null && groupYear !== null && groupYear !== apart.year;
  if (apart === null || (!otherYear && fromTitle === null && named.start === null && named.end === null)) return null;
  // a title of a year states the period, else a name: "NĂM 2019" states no month, whatever the file's name says
  const byTitle = fromTitle !== null ? titlePeriod(cells) : null;
  const statedBy: OwnPeriod = byTitle ? { year: apart.year, start: byTitle.start, end: byTitle.end } : apart;
  // a lone quarter is held to its three months, never read as a title's words over the stated period
  const held = (quarter ? loneQuarterDays(text, statedBy) : null) ?? span;
  if (quarter && !otherYear && (groupAgreesWithStated(held!, statedBy) || groupRepeatsStatedQuarter(text, statedBy, cells))) return null;
  if (!quarter && !otherYear && (span ? groupAgreesWithStated(span, statedBy) || (span.start === null && span.end === null) || groupRepeatsStatedMonth(text, statedBy) : samePeriod(own, apart))) return null;
  const days = held ?? { start: own.start ?? `${own.year - 1}-10-01`, end: own.end ?? `${own.year}-09-30` };
  const sheetStates = sheet !== undefined && (periodOfName(sheet, apart.year).end !== null || periodOfName(sheet, apart.year).start !== null);
  const by = fromTitle !== null ? `the title (line ${apartRows[fromTitle.row]!.line})` : opts.year !== undefined ? `--year ${opts.year}` : sheetStates ? `the sheet's name ${JSON.stringify(sheet)}` : 'the file name';
  const stated = { start: statedBy.start ?? `${apart.year - 1}-10-01`, end: statedBy.end ?? `${apart.year}-09-30` };
  const years = otherYear ? ` of the statistics year ${groupYear}` : '';
  const ownYear = otherYear ? ` of ${apart.year}` : '';
  return new ThadsError(
    'YEAR_CONFLICT',
    `the group "${text}" (line ${groupLine}) over every figure column names ${boundsText(days)}${years}, but ${by} states ${boundsText(stated)}${ownYear}: which is the report's?`,
    { file, line: groupLine },
    "correct the title or the group, or rename the sheet or the file, so that they state one period: a part of a year's figures are never read as the whole year's, nor summed or compared with them",
  );
}

/**
 * A workbook of one sheet per year ("2018", "2019" in bao-cao-2019.xlsx): a sheet whose name
 * states years, none of them the year the file states (`where`), holds another year's figures.
 * A month's sheet states its statistics year: "T10.2018" is of 2019.
 */
function sheetYearConflict(sheet: NonNullable<FileReport['sheet']>, year: number | null, where: string, file: string): ThadsError | null {
  const years = yearsOfName(sheet.name);
  if (year === null || years.length === 0 || years.includes(year)) return null;
  const match = sheet.names?.find((n) => n !== sheet.name && yearsOfName(n).length === 1 && yearsOfName(n)[0] === year);
  const hint = match !== undefined
    ? `the figures of ${year} are likely on the sheet ${JSON.stringify(match)}: pass --sheet ${JSON.stringify(match)}; or pass --year N with the statistics year of this sheet`
    : `pick the sheet of ${year} with --sheet NAME, or pass --year N with the statistics year of this sheet`;
  return new ThadsError('YEAR_CONFLICT', `${where} says the year is ${year}, but the sheet's name ${JSON.stringify(sheet.name)} says ${years.join(' or ')}`, { file }, hint);
}

/**
 * A number under a column with no header, or under a notes column, in a row with figures: the
 * column of the first one, or -1. "1,Mỹ Lộc,100,80,5000,5,4000" under a header of six names (a decimal comma not in
 * quotes split "5000,5") puts 4000 there and every figure after the split one column off.
 * A dash or words (a note nobody headed) carry no figure and are let be.
 */
export function strayNumber(record: readonly string[], layout: Pick<Layout, 'unnamed' | 'notes'>): number {
  for (const i of layout.unnamed) {
    const cell = record[i] ?? '';
    if (/\d/.test(cell) && looksNumeric(cell)) return i;
  }
  // A note may begin with a number ("2 việc chuyển kỳ sau") or be a date, a phone number, a
  // footnote mark ("15.10", "0912.345.678", "(1)"): only a whole number a shifted row would
  // leave there ("300000", "300.000") is refused.
  for (const i of layout.notes) {
    const reading = readCell(record[i] ?? '');
    if ((reading.kind === 'value' && reading.value.scale === 0) || (reading.kind === 'ambiguous' && (reading.vi.scale === 0 || reading.en.scale === 0))) return i;
  }
  return -1;
}

/**
 * Columns thads reads nothing from: headers it does not know ("Chấp hành viên", "Mã đơn vị"),
 * figures of a measure not asked for. Not the notes column, whose words are remarks.
 */
export function otherColumns(layout: Pick<Layout, 'figures' | 'identity' | 'stt' | 'unnamed' | 'notes' | 'width'>): number[] {
  const used = new Set<number>([...layout.figures.map((f) => f.index), ...Object.values(layout.identity), ...layout.unnamed, ...layout.notes]);
  if (layout.stt !== undefined) used.add(layout.stt);
  return Array.from({ length: layout.width }, (_, c) => c).filter((c) => !used.has(c));
}

/** A cell of such a column that names the row (an enforcer): it begins with a letter. */
export function namesRow(cell: string): boolean {
  return latinLetters(/^\s*\p{L}/u).test(cell) && !NO_NAME.test(foldHeader(cell));
}

/**
 * What a subtotal row writes where its enforcers' rows have names: the forms' "x" (not
 * applicable), the whole office ("Toàn Chi cục", "Cả đơn vị", "Chung", "Tất cả"), a total's
 * word without its diacritics ("Cong", "Tong so").
 */
const NO_NAME = /^(x|toan( .*)?|ca (don vi|chi cuc|phong|co quan)( .*)?|tat ca|chung|so lieu chung|don vi|chi cuc|phong|co quan|cong|tong|tong cong|tong so|cong chung)$/;

/**
 * A cell of such a column that makes an office's row its subtotal: "Cộng" under "Chấp hành
 * viên" below the office's enforcers, "Tổng cộng", "Cộng khu vực 1". Added as an office it
 * would count the office twice. Only sums: a level ("Cấp huyện" in a column of levels) or a
 * remark ("Tỷ lệ đạt 80%", "Trong đó có 5 việc…" under "Nhận xét") leaves the row an office.
 */
export function labelsSubtotal(cell: string): boolean {
  const text = cell.trim();
  if (text === '' || /^[\d.,()+\-–\s]/.test(text)) return false;
  // "Cộng", "Tổng cộng", not an enforcer "Công Thị Lan", "Cống Văn A", "Công chức" (one fold):
  // a total's word without its marks names no one, and is read by the figures (office-runs.ts).
  if (/^(cong|tong)\b/.test(foldHeader(text)) && !/^(cộng|tổng)/iu.test(text.normalize('NFC'))) return false;
  if (/^cộng tác/iu.test(text.normalize('NFC'))) return false; // "Cộng tác viên": a collaborator
  const label = rowLabel(text);
  return label === 'total' || (label === 'section' && /^(cong|tong)\b/.test(foldHeader(text)));
}

/**
 * A row with no figure among the data rows (below the form's column numbers, a note under the
 * table) may be a unit line too. Money above it was read already, in the layout's unit: one
 * that says otherwise is refused, never ignored. The fast path hands such rows to this reader.
 */
export function checkUnitLineAmongRows(file: string, record: readonly string[], line: number, layout: Pick<Layout, 'figures'>, opts: ReadOptions, report: FileReport): void {
  const money = layout.figures.filter((f) => f.measure === 'money');
  // (Money read in the options' unit, as they say, is not held against the file's own.)
  if (money.length === 0 || (opts.moneyUnit && report.moneyUnitFrom === opts.moneyUnit.source)) return;
  // read as a unit line above the header is: "Note: figures are expressed in millions" too
  const found = findUnitLineOfRow(record);
  if (found) checkUnitBelowHeader(found, 'below the header', { file, line, column: found.column }, money, report);
}

/** The unit of a notes cell ("Ghi chú") of each office row's (units.ts noteCellUnit), 1-based column: the first found. */
export function notesUnit(record: readonly string[], layout: Pick<Layout, 'notes'>): { readonly line: NonNullable<UnitLine>; readonly column: number; readonly text: string } | null {
  for (const i of layout.notes) {
    const cell = (record[i] ?? '').normalize('NFC');
    const line = cell.trim() === '' ? null : noteCellUnit(cell);
    if (line) return { line, column: i + 1, text: cell.replace(/\s+/g, ' ').trim() };
  }
  return null;
}

/**
 * A unit typed in a notes cell of an office row: the first office row's was read as the file's
 * unit line (header-search.ts), so one that says another unit than the money was read in, or
 * one thads cannot read, is refused — never ignored (money 1,000× too small).
 */
export function checkUnitInNotes(file: string, record: readonly string[], line: number, layout: Pick<Layout, 'figures' | 'notes'>, opts: ReadOptions, report: FileReport): void {
  const money = layout.figures.filter((f) => f.measure === 'money');
  if (money.length === 0 || layout.notes.length === 0 || (opts.moneyUnit && report.moneyUnitFrom === opts.moneyUnit.source)) return;
  const found = notesUnit(record, layout);
  if (found) checkUnitBelowHeader(found, 'in the notes column', { file, line, column: found.column }, money, report);
}

function checkUnitBelowHeader(found: { readonly line: NonNullable<UnitLine>; readonly text: string }, where: string, loc: { file: string; line: number; column: number }, money: readonly FigureColumn[], report: FileReport): void {
  if (found.line.kind === 'unreadable') throw new ThadsError('UNIT_UNREADABLE', `the unit line "${found.line.text}" names a money unit thads cannot read`, loc);
  const unit = found.line.unit;
  // money whose cells stated its unit, by their text or their number format, was read in theirs
  // (cell-unit.ts), its columns still in đồng
  const readIn = (f: FigureColumn) => (unitFromCells(report.moneyUnitFrom) ? UNIT_EXPONENT[report.moneyUnit] : f.exponent);
  if (money.some((f) => readIn(f) !== UNIT_EXPONENT[unit])) {
    throw new ThadsError('UNIT_CONTRADICTION', `the unit line "${found.text}" ${where} gives money in ${unit}, but the money columns were read in ${report.moneyUnit} (${report.moneyUnitFrom})`, loc, `write the unit line above the header (or correct it), or pass --money-unit ${unit} if it is right`);
  }
}

/** Two columns of reduced that are its two halves, "Miễn …" and "Giảm …" (headers.ts reducedHalf): summed, no duplicate. */
function reducedHalves(header: string, other: string | undefined): boolean {
  const [a, b] = [reducedHalf(header), other === undefined ? null : reducedHalf(other)];
  return a !== null && b !== null && a !== b;
}

/**
 * A title citing the circular of an older regime's forms over rows of a newer regime's year:
 * "Biểu mẫu số 01 (Ban hành kèm theo Thông tư số 01/2013/TT-BTP)" over rows of 2020 (traps30 y1:
 * read in the 2020 regime silently — its Hoãn column outside có điều kiện, and a
 * CONDITIONS_SPLIT_MISMATCH the file in its own form did not have). Refused where the header
 * reads differently in the two regimes (deferredColumns), else said: which is wrong, the
 * circular or the year, is the user's to tell.
 */
function olderFormOverYear(matcher: HeaderMatcher, titleRows: readonly { readonly cells: readonly string[]; readonly line: number }[], record: readonly string[], groupRow: readonly string[] | null, year: number | null, file: string, findings: Finding[]): void {
  if (year === null) return;
  const regime = regimeOf(year);
  for (const row of titleRows) {
    for (const [i, cell] of row.cells.entries()) {
      for (const circular of citedCirculars(cell)) {
        const form = regimeOfCircular(circular);
        if (form === null || form.toYear === null || regime.fromYear === null || form.toYear >= regime.fromYear) continue;
        const loc = { file, line: row.line, column: i + 1 };
        const said = `the title cites Thông tư ${circular} (the forms of ${form.name}), but the rows are of statistics year ${year} (${regime.forms})`;
        const [older, own] = [deferredColumns(matcher, record, groupRow, form.toYear), deferredColumns(matcher, record, groupRow, year)];
        const at = [...older, ...own].filter((k) => older.has(k) !== own.has(k)).sort((a, b) => a - b)[0];
        if (at === undefined) {
          findings.push(finding('warning', 'FORM_OLDER_THAN_YEAR', `${said}: the figures are read as ${year}'s forms count them`, loc));
          return;
        }
        const head = (record[at] ?? '').trim() || (groupRow?.[at] ?? '').trim();
        const where = (outside: boolean) => (outside ? `outside ${fieldPhrase('with_conditions')} (${fieldPhrase('deferred')})` : `inside ${fieldPhrase('with_conditions')}`);
        throw new ThadsError('FORM_REGIME_CONFLICT', `${said}: column ${at + 1} "${head}" counts ${where(older.has(at))} on the cited forms, ${where(own.has(at))} in ${year}'s`, loc);
      }
    }
  }
}
