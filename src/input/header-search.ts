// Finding the header: the rows of a file before its layout is known — title lines, the unit line,
// group rows of a multi-row header, the header itself — until the first row below the header
// decides the layout. Both readers feed their rows here (read-csv.ts, and the fast path's
// scanner through fast/header-line.ts), so the rule is written once.
//
// The header row is looked for in a bounded prefix of the file: a headerless file of 200,000 rows
// (or a million blank lines) says "no header" at once instead of after every row was tried.
import { hasLetter, latinLetters } from '../domain/letters.js';
import { basename } from 'node:path';
import { ThadsError } from '../errors.js';
import type { FileReport, ReadOptions } from './file-report.js';
import { isConnector, knownCellCount, type HeaderMatcher } from './headers.js';
import { measureFromFileName, measureOfName } from './file-names.js';
import type { NamedMeasure } from './layout.js';
import { cellReading } from './legacy-font.js';
import { officeOfFile } from './title-office.js';
import { flattenHeaderBlock } from './header-block.js';
import { RowYearsNeeded } from './deferred-columns.js';
import { PreviousUnitNeeded } from './unit-option.js';
import { OwnTotalNeeded } from './own-total.js';
import { rowNumberShapes, rowNumbersHeader, RowNumbersNeeded, withRowNumbers, type RowNumberShape } from './row-number-column.js';
import { otherDelimiterError, otherDelimiterRow } from './other-delimiter.js';
import { hasNumbers, isColumnNumberRow, isHeaderRow, isSubHeaderRow, notesUnit, readHeader, type Layout, type UnitLineAt } from './layout.js';
import { findCasesUnitLine, findUnitLine, findUnitLineOfRow, readUnitsRow, UNIT_EXPONENT, type MoneyUnit, type UnitsRowCell } from './units.js';
import { severalPeriodsFilter } from './pivot-filter.js';

/** Non-empty rows above the header: titles, unit lines, group rows of a form — a handful in practice. */
export const HEADER_SEARCH_ROWS = 1000;
/** Physical lines, blank ones included. */
export const HEADER_SEARCH_LINES = 100_000;
/** Characters of the rows above the header. */
export const HEADER_SEARCH_CHARS = 4 << 20;

/** A row of connectors only ("", "", "Chia ra", "", …): part of a header, naming no column. */
function isConnectorRow(record: readonly string[]): boolean {
  let connectors = 0;
  for (const cell of record) {
    if (cell.trim() === '') continue;
    if (!isConnector(cell)) return false;
    connectors++;
  }
  return connectors > 0;
}

/**
 * The group's own figure beside its parts: "Có điều kiện thi hành" over "Tổng số | Chia ra" over
 * "| Thi hành xong | Đình chỉ …". "Tổng số" is merged down over both lower rows, so they are one
 * header row — the parts in the place of "Chia ra" — and read as the form without its "Chia ra"
 * row: "Tổng số | Thi hành xong | Đình chỉ …" under the group. Null unless every cell of the lower
 * row sits under an empty or connector cell of the upper one.
 */
function joinUnderConnector(upper: readonly string[], lower: readonly string[]): string[] | null {
  if (!upper.some(isConnector)) return null;
  const cells: string[] = [];
  for (let i = 0; i < Math.max(upper.length, lower.length); i++) {
    const up = upper[i] ?? '';
    const low = lower[i] ?? '';
    const connector = up.trim() !== '' && isConnector(up);
    if (low.trim() !== '' && up.trim() !== '' && !connector) return null;
    cells.push(low.trim() !== '' || connector ? low : up);
  }
  return cells;
}

/** A note in parentheses alone in a cell: "(kể cả đình chỉ)", "(nghìn đồng)". */
const NOTE_CELL = latinLetters(/^\s*\([^()]*\p{L}[^()]*\)\s*$/u);

/**
 * A row below the header whose cells are notes in parentheses, each under a header cell, one
 * naming another field ("(kể cả đình chỉ)", comparison-words.ts): a wrapped header cell's second
 * line. A row with other words, or of units alone, is no such row (as before).
 */
function wrappedNotes(matcher: HeaderMatcher, header: readonly string[], record: readonly string[]): boolean {
  let named = false;
  for (let i = 0; i < record.length; i++) {
    const cell = record[i]!;
    if (cell.trim() === '') continue;
    if (!NOTE_CELL.test(cell) || (header[i] ?? '').trim() === '') return false;
    const role = matcher.match(`${header[i]} ${cell}`);
    if (role.kind === 'figure' && role.note) named = true;
  }
  return named;
}

/** The header's cells with the notes below them: "Thi hành xong (kể cả đình chỉ)". */
function withNotes(header: readonly string[], notes: readonly string[]): string[] {
  return header.map((cell, i) => ((notes[i] ?? '').trim() === '' ? cell : `${cell.trim()} ${notes[i]!.trim()}`));
}

interface RowAt {
  readonly cells: string[];
  readonly line: number;
}

/** What a known cell names, for a message: "district", "cases_with_conditions", "resolved for "6 tháng"". */
function named(matcher: HeaderMatcher, cell: string): string | null {
  const role = matcher.match(cell);
  if (role.kind === 'identity') return role.key;
  if (role.kind === 'figure') return role.measure ? `${role.measure}_${role.field}` : role.field;
  if (role.kind === 'unknown' && role.named && role.period) return `${role.named.role.field} for "${role.period.text}"`;
  return null;
}

/**
 * NO_HEADER, at the row nearest to a header (the most known cells), saying what thads read of it
 * and what not: "Có điều kiện (3)=(4)+(5) (nghìn đồng)" that no rule reads is found at once.
 */
function noHeader(file: string, matcher: HeaderMatcher, message: string, nearest: RowAt | null): ThadsError {
  if (!nearest) return new ThadsError('NO_HEADER', message, { file, line: 1 });
  const known: { column: number; text: string }[] = [];
  const unread: { column: number; text: string }[] = [];
  nearest.cells.forEach((cell, index) => {
    const text = `"${cell.replace(/\s+/g, ' ').trim()}"`;
    const what = named(matcher, cell);
    if (what) known.push({ column: index + 1, text: `${text} (${what})` });
    else if (hasLetter(cell) && matcher.match(cell).kind === 'unknown') unread.push({ column: index + 1, text: `${text} (column ${index + 1})` });
  });
  // at the first cell it could not read, else at the first it knows
  const column = (unread[0] ?? known[0])!.column;
  const rest = unread.length > 0 ? `; thads could not read ${unread.map((c) => c.text).join(', ')}` : '';
  return new ThadsError('NO_HEADER', `${message}: line ${nearest.line} comes nearest, with ${known.map((c) => c.text).join(', ')}${rest}`, { file, line: nearest.line, column });
}

export class HeaderSearch {
  private rows = 0;
  private chars = 0;
  /** non-empty rows above the header, nearest first (group rows of a multi-row header, titles) */
  private readonly rowsAbove: RowAt[] = [];
  private candidate: RowAt | null = null;
  /** the header's rows as written, from its first header row down (header-block.ts) */
  private readonly block: RowAt[] = [];
  /** a header of three rows or more flattened into one, or with its notes below: what `header` gives */
  private flat: string[] | null = null;
  /** the row above any header with the most known cells, for NO_HEADER */
  private nearest: { row: RowAt; known: number } | null = null;
  /** unit lines above, in and just below the header: readHeader refuses two that disagree */
  private readonly unitLines: UnitLineAt[] = [];
  /** a row of notes under the header's cells, wrapped from them: "(kể cả đình chỉ)" */
  private notesBelow: RowAt | null = null;
  /** the header's units row under it ("Việc | Nghìn đồng"), each cell its column's unit */
  /** the layout was decided by the form's column numbers: what the report held before (unitsBelowNumbers) */
  private numbered: { readonly findings: number; readonly columns: number } | null = null;
  /** the report's lengths before a layout that needed the rows' đồng signs (PreviousUnitNeeded) */
  private beforeDongSign: { readonly findings: number; readonly columns: number } | null = null;
  private unitsBelow: { readonly cells: readonly string[]; readonly read: readonly (UnitsRowCell | null)[]; readonly line: number } | null = null;
  /** the column of row numbers under no header of their own, as the rows said (row-number-column.ts); undefined: not asked yet */
  private rowNumbers: RowNumberShape | null | undefined = undefined;

  constructor(
    private readonly file: string,
    private opts: ReadOptions,
    private readonly report: FileReport,
  ) {}

  /** The header row's cells, once one was seen. */
  get header(): readonly string[] | null {
    return this.flat ?? this.candidate?.cells ?? null;
  }

  /** the money unit lines read (above, in and just below the header), as written: their numbers may settle the convention (convention-evidence.ts) */
  get moneyUnitLines(): readonly { readonly text: string; readonly line: number; readonly column: number }[] {
    return this.unitLines.flatMap((u) => ('unit' in u ? [u] : []));
  }

  /** The header's rows as written, from its first header row down: the header again below the rows is one of them (header-again.ts). */
  get headerRows(): readonly RowAt[] {
    return this.block;
  }

  /** The row kept right above a header row (its group row, a title, a unit line), null if none was: header-again.ts compares the group rows. */
  rowOver(line: number): RowAt | null {
    return this.rowsAbove.find((r) => r.line === line - 1 && !this.block.includes(r)) ?? null;
  }

  /** Whether no row of the header (its group rows, its notes row) holds a cell in this column (0-based). */
  blankAt(column: number): boolean {
    return [...this.block, ...(this.notesBelow ? [this.notesBelow] : [])].every((r) => (r.cells[column] ?? '').trim() === '');
  }

  /**
   * Whether the column lies left of every cell of the header's rows (its group rows, its notes
   * row): a margin (column A left empty, the table written from B), no column of the table.
   */
  marginAt(column: number): boolean {
    for (let c = 0; c <= column; c++) if (!this.blankAt(c)) return false;
    return true;
  }

  /**
   * A row (cells in NFC) read before the layout is known: a header, title, group or unit row is
   * kept (null); the first row below the header decides the layout, returned — that row is
   * then read as data by the caller.
   */
  see(record: string[], line: number): Layout | null {
    // A header row may sit on a sub-header row (Excel forms: "Có điều kiện thi hành" over
    // "Tổng số | Thi hành xong | Đình chỉ …"): the lowest header-like row without numbers wins.
    const headerLike = isHeaderRow(this.opts.matcher, record, this.candidate?.cells ?? null);
    const joined = headerLike && this.candidate && !hasNumbers(record) ? joinUnderConnector(this.candidate.cells, record) : null;
    if (joined) {
      this.block.push({ cells: record, line });
      this.candidate = { cells: joined, line };
      this.findUnitLine(record, line, true);
      return null;
    }
    if (headerLike && (this.candidate === null || !hasNumbers(record))) {
      if (this.candidate) this.rowsAbove.unshift(this.candidate);
      this.candidate = { cells: record, line };
      this.block.push(this.candidate);
      // "Đơn vị tính: nghìn đồng" may also sit in a cell of the header rows themselves.
      this.findUnitLine(record, line, true);
      return null;
    }
    // "Chia ra" / "Trong đó" between a group and its sub-columns: the row below may be the header.
    if (this.candidate && isConnectorRow(record)) {
      this.block.push({ cells: record, line });
      return null;
    }
    // "Tổng số | Trong đó: có điều kiện" under a single group ("Chuyển kỳ sau"): the header's
    // lowest row, though it names one known column at most.
    if (this.candidate && !hasNumbers(record) && isSubHeaderRow(this.opts.matcher, this.candidate.cells, record)) {
      this.rowsAbove.unshift(this.candidate);
      this.candidate = { cells: record, line };
      this.block.push(this.candidate);
      return null;
    }
    if (!this.candidate) {
      this.above(record, line);
      const filter = severalPeriodsFilter(this.file, record, line);
      if (filter) throw filter;
      this.findUnitLine(record, line, false);
      if (record.some((c) => c.trim() !== '')) {
        this.rowsAbove.unshift({ cells: record, line });
        const known = knownCellCount(this.opts.matcher, record);
        if (known > (this.nearest?.known ?? 0)) this.nearest = { row: { cells: record, line }, known };
      }
      return null;
    }
    // "Thi hành xong" over "(kể cả đình chỉ)": a header cell wrapped onto the row below (a sheet
    // saved as CSV) is the header's note, never a row of no figures skipped.
    if (!hasNumbers(record) && wrappedNotes(this.opts.matcher, this.candidate.cells, record)) {
      this.notesBelow = { cells: record, line };
      return null;
    }
    // A units row under the header ("Việc | Việc | Nghìn đồng", "ĐVT: | việc | 1000đ") gives each
    // column its unit, as "(nghìn đồng)" in the header cell would: never a row skipped (đồng).
    const units = this.unitsBelow ? null : readUnitsRow(record);
    if (units) {
      this.unitsBelow = { cells: record, read: units, line };
      return null;
    }
    // The unit line may sit just below the header, before the first office row
    // (",,,,Đơn vị tính: nghìn đồng,"): it holds no figure and is no data row.
    if (!hasNumbers(record) && this.findUnitLine(record, line, false)) return null;
    const mark = { findings: this.report.findings.length, columns: this.report.columns.length };
    let layout = this.layout(this.candidate);
    // "ĐVT tiền: nghìn đồng" typed in the first office row's notes cell: the file's unit line,
    // read with the others (two units refused), never ignored (money 1,000× too small).
    const noted = notesUnit(record, layout);
    const unit = noted?.line;
    if (noted && unit && (unit.kind === 'unreadable' || layout.figures.some((f) => f.measure === 'money' && f.exponent !== UNIT_EXPONENT[unit.unit]))) {
      const { column, text } = noted;
      this.unitLines.push(unit.kind === 'money' ? { unit: unit.unit, text, line, column } : { unreadable: unit.text, line, column });
      this.report.findings.splice(mark.findings);
      this.report.columns.splice(mark.columns);
      this.flat = null;
      layout = this.layout(this.candidate);
    }
    this.numbered = this.unitsBelow === null && isColumnNumberRow(record, layout) ? mark : null;
    this.refuseOfficeRowAbove(layout);
    return layout;
  }

  /**
   * A row above the header with an office's name and its figures under the header's columns:
   * an office whose row went above its header — a file put through `sort` (the header sorts
   * among its rows), two exports merged with `sort -u` — never a title to skip (traps20 1: the
   * offices above were lost, exit 0). Titles, unit and date lines hold words, or numbers in a
   * cell or two; such a row fills most figure columns beside a name.
   */
  private refuseOfficeRowAbove(layout: Layout): void {
    const name = layout.identity.district ?? layout.identity.province;
    if (name === undefined || layout.figures.length < 2 || this.block.length === 0) return;
    const top = Math.min(...this.block.map((r) => r.line));
    for (const row of [...this.rowsAbove].reverse()) {
      if (row.line >= top) continue;
      // (an office's row written with another delimiter, one cell here: two exports joined, other-delimiter.ts)
      const other = this.report.sheet === undefined ? otherDelimiterRow(row.cells, this.report.delimiter, layout.figures.length) : null;
      if (other !== null) throw otherDelimiterError(this.file, row.line, row.cells, this.report.delimiter, other.delimiter, other.figures);
      const label = (row.cells[name] ?? '').trim();
      // (the form's numbering row, "A | B | 1 | 2 | 3", names no office)
      if (label === '' || !hasLetter(label) || hasNumbers([label]) || isColumnNumberRow(row.cells, layout)) continue;
      const filled = layout.figures.filter((f) => hasNumbers([row.cells[f.index] ?? ''])).length;
      if (filled < 2 || filled * 2 < layout.figures.length) continue;
      throw new ThadsError(
        'ROW_ABOVE_HEADER',
        `"${label}" above the header (line ${top}) has figures under ${filled} of its ${layout.figures.length} figure columns: an office's row above its header, which would be left out of every sum`,
        { file: this.file, line: row.line, column: name + 1 },
        'move the header back to the top of the file (a file sorted with its header lands it among the rows): a title above the header holds words, not an office\'s figures',
      );
    }
  }

  /**
   * The row after the form's column numbers, which the reader skipped right below the header: a
   * units row there is the header's as well, and the layout is read again with it (no office row
   * was read yet); null if it is none.
   */
  unitsBelowNumbers(record: string[], line: number): Layout | null {
    const mark = this.numbered;
    this.numbered = null;
    const units = mark && this.candidate ? readUnitsRow(record) : null;
    if (!mark || !units) return null;
    this.unitsBelow = { cells: record, read: units, line };
    // what reading the header said the first time is said again
    this.report.findings.splice(mark.findings);
    this.report.columns.splice(mark.columns);
    this.flat = null;
    return this.layout(this.candidate!);
  }

  /** The file ended with no row below the header: the header's own errors, or NO_HEADER. */
  end(): void {
    if (!this.candidate) throw noHeader(this.file, this.opts.matcher, 'no header row found', this.nearest?.row ?? null);
    // no row below the header says where row numbers are: the header as written
    this.rowNumbers ??= null;
    this.layout(this.candidate);
  }

  /**
   * The statistics year of a year column's rows, when the header reads by the regime
   * (deferred-columns.ts RowYearsNeeded): the layout is then read again with it (null: no row
   * states one, read with none).
   */
  readWithRowsYear(year: number | null): void {
    this.opts = { ...this.opts, rowsYear: year };
  }

  /** The rows below said which column holds the row numbers, if any (RowNumbersNeeded): the layout is read with it. */
  readWithRowNumbers(shape: RowNumberShape | null): void {
    this.rowNumbers = shape;
  }

  /** Whether thads' own TOTAL row is below a machine CSV header without rate columns (own-total.ts OwnTotalNeeded): the layout is read again with it. */
  readWithOwnTotal(found: boolean): void {
    this.opts = { ...this.opts, ownTotalRow: found };
  }

  /** A --previous file's money cells write their unit (unit-option.ts PreviousUnitNeeded): its layout is read again with it. */
  readWithCellsUnit(unit: MoneyUnit): void {
    this.opts = { ...this.opts, cellsUnit: unit };
    const mark = this.beforeDongSign;
    if (mark) {
      this.report.findings.splice(mark.findings);
      this.report.columns.splice(mark.columns);
      this.flat = null;
    }
  }

  private layout(candidate: RowAt): Layout {
    const mark = { findings: this.report.findings.length, columns: this.report.columns.length };
    let layout: Layout;
    try {
      layout = this.readLayout(candidate);
    } catch (err) {
      // read again once the rows' years are known: what was said so far is said then
      // what was said so far is said again if the layout is read again in đồng (readWithCellsUnit)
      if (err instanceof PreviousUnitNeeded) this.beforeDongSign = mark;
      if (err instanceof RowYearsNeeded || err instanceof OwnTotalNeeded) {
        this.report.findings.splice(mark.findings);
        this.report.columns.splice(mark.columns);
        this.flat = null;
      }
      throw err;
    }
    // Without an office or province column a file is one office, named by the file's name or its title.
    if (layout.identity.district === undefined && layout.identity.province === undefined && officeOfFile(this.file, this.report.titleOffice, this.report.sheet?.name, this.report.titleProvinces) === null) {
      throw new ThadsError('OFFICE_UNKNOWN', `the office cannot be told from the file: it has no office column, and its name "${basename(this.file)}" gives only its year, measure or form`, { file: this.file, line: candidate.line });
    }
    return layout;
  }

  private readLayout(candidate: RowAt): Layout {
    const fileMeasure = namedMeasure(this.file, this.report.sheet?.name);
    const below = this.notesBelow !== null && this.notesBelow.line > candidate.line ? this.notesBelow.cells : null;
    const header = below ? { cells: withNotes(candidate.cells, below), line: candidate.line } : candidate;
    // Two rows are read as they are (readHeader: a group row over the header row); more are
    // flattened into those two, the rows above the header's first row kept above them.
    if (this.block.length < 3) {
      const cells = this.withRowNumbers(this.withUnits(header.cells));
      if (below || this.unitsBelow || this.rowNumbers) this.flat = cells;
      return this.checkUnits(() => this.readHeader(header.line, cells, this.rowsAbove, fileMeasure));
    }
    const top = this.block[0]!.line;
    const flat = flattenHeaderBlock(this.block.map((r) => r.cells));
    const cells = this.withRowNumbers(this.withUnits(below ? withNotes(flat.header, below) : flat.header));
    const group = flat.group;
    this.flat = cells;
    const rowsAbove = [{ cells: group, line: top }, ...this.rowsAbove.filter((r) => r.line < top)];
    return this.checkUnits(() => this.readHeader(header.line, cells, rowsAbove, fileMeasure));
  }

  /**
   * The header with its row numbers' column read as the STT, when the rows said so; asks for
   * them (RowNumbersNeeded) when a column no header names sits beside the office's.
   */
  private withRowNumbers(header: string[]): string[] {
    if (this.rowNumbers === undefined) {
      const shapes = rowNumberShapes(this.opts.matcher, header, (c) => this.blankAt(c));
      if (shapes.length > 0) throw new RowNumbersNeeded(shapes);
      this.rowNumbers = null;
    }
    return this.rowNumbers ? withRowNumbers(header, this.rowNumbers) : header;
  }

  /** readHeader, the row numbers' column reported as the file heads it (no "STT" was written). */
  private readHeader(line: number, cells: readonly string[], rowsAbove: readonly RowAt[], fileMeasure: NamedMeasure | null): Layout {
    const mark = this.report.columns.length;
    const outside = this.outsideAbove(line);
    const unitLines = [...this.unitLines, ...outside.flatMap((r) => unitLineOf(r.cells, r.line))];
    const layout = readHeader(this.file, line, cells, rowsAbove, unitLines, fileMeasure, this.opts, this.report, (c) => (cells[c] ?? '').trim() === '' && this.marginAt(c), outside);
    const shape = this.rowNumbers;
    if (shape) {
      const at = this.report.columns.findIndex((c, i) => i >= mark && c.column === shape.numbers + 1);
      if (at >= 0) this.report.columns[at] = { ...this.report.columns[at]!, header: rowNumbersHeader(shape) };
    }
    return layout;
  }

  /** The header's cells with the units row's units as theirs: "Tiền có điều kiện (Nghìn đồng)", "Có điều kiện (Việc)". */
  private withUnits(header: readonly string[]): string[] {
    const units = this.unitsBelow;
    if (!units) return [...header];
    return header.map((cell, i) => {
      const read = units.read[i];
      if (!read || read.kind === 'label' || read.kind === 'unreadable' || read.kind === 'rate' || read.kind === 'count' || cell.trim() === '') return cell;
      const unit = units.cells[i]!.trim().replace(/^[([]\s*(.*?)\s*[)\]]$/, '$1');
      return `${cell.trim()} (${unit})`;
    });
  }

  /**
   * A units row's unit against the measure its column was read in: money under a cases column,
   * "việc" under a money one, or money thads cannot read, is refused — never read as đồng.
   */
  private checkUnits(read: () => Layout): Layout {
    const units = this.unitsBelow;
    if (!units) return read();
    let layout: Layout;
    try {
      layout = read();
    } catch (err) {
      // "Có điều kiện" over "USD": the units row could not say the measure either.
      if (!(err instanceof ThadsError) || err.code !== 'MEASURE_UNKNOWN') throw err;
      throw new ThadsError('MEASURE_UNKNOWN', `${err.message}, and the units row under the header (line ${units.line}) names no unit thads reads for it`, err.location, err.hint);
    }
    const told = this.report.moneyUnitFrom === '--money-unit';
    for (const f of layout.figures) {
      const read = units.read[f.index];
      if (!read || read.kind === 'label') continue;
      const text = units.cells[f.index]!.replace(/\s+/g, ' ').trim();
      const loc = { file: this.file, line: units.line, column: f.index + 1 };
      if (read.kind === 'unreadable' && f.measure === 'money' && !told) throw new ThadsError('UNIT_UNREADABLE', `the unit "${text}" in the units row under the header is not one thads reads`, loc);
      // "%" or "Người" under a figure: the column is a rate or a count of staff, not the count or sum it was read as
      const says = read.kind === 'cases' ? 'cases' : read.kind === 'rate' ? 'rate' : read.kind === 'count' ? 'people or offices' : 'money';
      if (says !== f.measure) {
        const header = this.header?.[f.index]?.replace(/\s+/g, ' ').trim() ?? '';
        throw new ThadsError('MEASURE_CONFLICT', `the units row under the header gives column ${f.index + 1} ("${header}") in "${text}", ${says === 'rate' ? 'a rate' : `which counts ${says}`}, but the column was read as ${f.measure}`, loc, 'correct the header or the units row, whichever is wrong');
      }
    }
    return layout;
  }

  /**
   * What a workbook's sheet states outside its cells (xlsx/outside-texts.ts) and a title above
   * the header at `line` would: its page header and footer, its text boxes and comments at or
   * above the header (a comment on an office's row is about that row). A row of one cell each,
   * as a line above the table reads (legacy fonts read as cells are).
   */
  private outsideAbove(line: number): RowAt[] {
    return (this.report.sheet?.outside ?? []).filter((t) => t.row <= line).map((t) => ({ cells: [cellReading(t.text.normalize('NFC'))], line: t.line }));
  }

  /** Keeps the row's unit line, if it has one (`labelAlone`: see units.ts findUnitLine). */
  private findUnitLine(record: readonly string[], line: number, headerRow: boolean): boolean {
    if (!headerRow && !this.candidate) {
      const above = unitLineOf(record, line);
      this.unitLines.push(...above);
      return above.some((u) => !('cases' in u));
    }
    const found = findUnitLine(record, !headerRow);
    if (!found) return false;
    const { line: unit, column, text } = found;
    this.unitLines.push(unit.kind === 'money' ? { unit: unit.unit, text, line, column } : { unreadable: unit.text, line, column });
    return true;
  }

  /** A row read before any header row; throws NO_HEADER once the prefix is used up. */
  private above(record: readonly string[], line: number): void {
    let chars = 0;
    for (const cell of record) chars += cell.length;
    if (chars > 0) this.rows++;
    this.chars += chars;
    if (this.rows > HEADER_SEARCH_ROWS || line > HEADER_SEARCH_LINES || this.chars > HEADER_SEARCH_CHARS) {
      const what = this.rows > HEADER_SEARCH_ROWS ? `${HEADER_SEARCH_ROWS.toLocaleString('en-US')} rows` : line > HEADER_SEARCH_LINES ? `${HEADER_SEARCH_LINES.toLocaleString('en-US')} lines` : `${HEADER_SEARCH_CHARS >> 20} MiB`;
      throw noHeader(this.file, this.opts.matcher, `no header row in the first ${what}`, this.nearest?.row ?? null);
    }
  }
}

/**
 * The unit line a row above the header states (none: []). Above the header, a money unit inside
 * other words states the table's unit too (units.ts); "Đơn vị tính: việc" states the measure
 * (stated-measure.ts), no unit.
 */
function unitLineOf(record: readonly string[], line: number): UnitLineAt[] {
  const found = findUnitLineOfRow(record);
  if (found) return [found.line.kind === 'money' ? { unit: found.line.unit, text: found.text, line, column: found.column } : { unreadable: found.line.text, line, column: found.column }];
  const cases = findCasesUnitLine(record);
  return cases ? [{ cases: cases.text, line, column: cases.column }] : [];
}

/**
 * The measure the names say for plain headers ("Có điều kiện"): the sheet's tab ("Việc" |
 * "Tiền", the pair of forms on two tabs; traps36 3: refused MEASURE_UNKNOWN, the tab unnamed),
 * read as a cell is (a TCVN3 tab "ViÖc" is "Việc"), else the file's name. A tab and a file name saying different measures leave it unsaid.
 */
function namedMeasure(file: string, sheet: string | undefined): NamedMeasure | null {
  const ofFile = measureFromFileName(file);
  const ofSheet = sheet === undefined ? null : measureOfName(cellReading(sheet.normalize('NFC')));
  if (ofSheet !== null && ofFile !== null && ofSheet !== ofFile) return null;
  if (ofSheet !== null) return { measure: ofSheet, from: 'sheet name' };
  return ofFile === null ? null : { measure: ofFile, from: 'file name' };
}
