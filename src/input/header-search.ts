// Finding the header: the rows of a file before its layout is known — title lines, the unit line,
// group rows of a multi-row header, the header itself — until the first row below the header
// decides the layout. Both readers feed their rows here (read-csv.ts, and the fast path's
// scanner through fast/header-line.ts), so the rule is written once.
//
// The header row is looked for in a bounded prefix of the file: a headerless file of 200,000 rows
// (or a million blank lines) says "no header" at once instead of after every row was tried.
import { ThadsError } from '../errors.js';
import type { FileReport, ReadOptions } from './file-report.js';
import { isConnector } from './headers.js';
import { measureFromFileName } from './file-names.js';
import { hasNumbers, isHeaderRow, isSubHeaderRow, readHeader, type Layout, type UnitLineAt } from './layout.js';
import { findUnitLine } from './units.js';

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

interface RowAt {
  readonly cells: string[];
  readonly line: number;
}

export class HeaderSearch {
  private rows = 0;
  private chars = 0;
  /** non-empty rows above the header, nearest first (group rows of a multi-row header, titles) */
  private readonly rowsAbove: RowAt[] = [];
  private candidate: RowAt | null = null;
  /** unit lines above, in and just below the header: readHeader refuses two that disagree */
  private readonly unitLines: UnitLineAt[] = [];

  constructor(
    private readonly file: string,
    private readonly opts: ReadOptions,
    private readonly report: FileReport,
  ) {}

  /** The header row's cells, once one was seen. */
  get header(): readonly string[] | null {
    return this.candidate?.cells ?? null;
  }

  /**
   * A row (cells in NFC) read before the layout is known: a header, title, group or unit row is
   * kept (null); the first row below the header decides the layout, returned — that row is
   * then read as data by the caller.
   */
  see(record: string[], line: number): Layout | null {
    // A header row may sit on a sub-header row (Excel forms: "Có điều kiện thi hành" over
    // "Tổng số | Thi hành xong | Đình chỉ …"): the lowest header-like row without numbers wins.
    const headerLike = isHeaderRow(this.opts.matcher, record);
    if (headerLike && (this.candidate === null || !hasNumbers(record))) {
      if (this.candidate) this.rowsAbove.unshift(this.candidate);
      this.candidate = { cells: record, line };
      // "Đơn vị tính: nghìn đồng" may also sit in a cell of the header rows themselves.
      this.findUnitLine(record, line, true);
      return null;
    }
    // "Chia ra" / "Trong đó" between a group and its sub-columns: the row below may be the header.
    if (this.candidate && isConnectorRow(record)) return null;
    // "Tổng số | Trong đó: có điều kiện" under a single group ("Chuyển kỳ sau"): the header's
    // lowest row, though it names one known column at most.
    if (this.candidate && !hasNumbers(record) && isSubHeaderRow(this.opts.matcher, this.candidate.cells, record)) {
      this.rowsAbove.unshift(this.candidate);
      this.candidate = { cells: record, line };
      return null;
    }
    if (!this.candidate) {
      this.above(record, line);
      this.findUnitLine(record, line, false);
      if (record.some((c) => c.trim() !== '')) this.rowsAbove.unshift({ cells: record, line });
      return null;
    }
    // The unit line may sit just below the header, before the first office row
    // (",,,,Đơn vị tính: nghìn đồng,"): it holds no figure and is no data row.
    if (!hasNumbers(record) && this.findUnitLine(record, line, false)) return null;
    return this.layout(this.candidate);
  }

  /** The file ended with no row below the header: the header's own errors, or NO_HEADER. */
  end(): void {
    if (!this.candidate) throw new ThadsError('NO_HEADER', 'no header row found', { file: this.file, line: 1 });
    this.layout(this.candidate);
  }

  private layout(header: RowAt): Layout {
    return readHeader(this.file, header.line, header.cells, this.rowsAbove, this.unitLines, measureFromFileName(this.file), this.opts, this.report);
  }

  /** Keeps the row's unit line, if it has one (`labelAlone`: see units.ts findUnitLine). */
  private findUnitLine(record: readonly string[], line: number, headerRow: boolean): boolean {
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
      throw new ThadsError('NO_HEADER', `no header row in the first ${what}`, { file: this.file, line: 1 });
    }
  }
}
