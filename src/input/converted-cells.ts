// A workbook made by opening a CSV in a program set to another number convention: LibreOffice
// in English turns the Vietnamese "500.000" into the number 500 and "987.654" into 987.654, and
// leaves "1.234.567" as text; in Vietnamese it turns the English "12,000" into 12. SPEC §3 reads
// a number cell as its value, so such a sheet is read as stored — and said (NUMBER_CELL_CONVERTED).
// A small money column ("150.000", "25.000") may turn into numbers whole, leaving no text in
// it: the text left in the sheet's other figure columns is then the mark.
import type { Finding } from '../errors.js';
import { finding } from '../errors.js';
import type { FigureColumn } from './layout.js';
import { NUMBER_CELL_MARK, readCell, type Convention } from './numbers.js';

interface Cell {
  readonly line: number;
  readonly column: number;
  readonly raw: string;
  readonly what: string;
}

/** A number written with a group or decimal separator: "1.234.567", "1,234,567", "12,5". */
const SEPARATED = /^\s*\d[\d.,]*[.,]\d+\s*$/;

const whatOf = (col: FigureColumn) => `${col.measure} ${col.field.replace(/_/g, ' ')}`;

export class ConvertedCellsWatch {
  /** per figure column: its first number cell and its first number stored as separated text */
  private readonly columns = new Map<number, { number?: Cell; text?: Cell }>();
  /** a column of data rows holding both: the conversion's mark */
  private mixed: { number: Cell; text: Cell } | null = null;
  /** a money number cell with a fraction ("987.654"): a mark when the text cells settle 'vi' */
  private fraction: Cell | null = null;
  /**
   * The sheet's first number stored as text that a program set to one convention leaves as text
   * ("12.345.678": English cannot read it), and its first non-zero money number cell that such a
   * program makes: any in English ("150.000" → 150, "987.654" → 987.654), a whole one in
   * Vietnamese ("12,000" → 12). Counts are not watched: "5.871" read as English is a fraction
   * of a case, refused already.
   */
  private leftAsText: { vi?: Cell; en?: Cell } = {};
  private moneyNumber: { any?: Cell; whole?: Cell } = {};

  /**
   * The figure cells of a data row (not a header, column-number, total or title row): `numbers`
   * are the columns (0-based) the sheet stores as numbers.
   */
  seeDataRow(columns: readonly FigureColumn[], record: readonly string[], numbers: ReadonlySet<number>, line: number): void {
    if (this.mixed) return;
    for (const col of columns) {
      const raw = record[col.index] ?? '';
      if (raw.trim() === '') continue;
      const cell = { line, column: col.index + 1, raw: raw.split(NUMBER_CELL_MARK).join('').trim(), what: whatOf(col) };
      const seen = this.columns.get(col.index) ?? {};
      if (numbers.has(col.index)) {
        seen.number ??= cell;
        if (!col.isCount && /[1-9]/.test(cell.raw)) {
          this.moneyNumber.any ??= cell;
          if (!raw.endsWith(NUMBER_CELL_MARK)) this.moneyNumber.whole ??= cell;
        }
      } else if (SEPARATED.test(raw)) {
        seen.text ??= cell;
        const reading = readCell(raw);
        if (reading.kind === 'value' && reading.only) this.leftAsText[reading.only] ??= cell;
      }
      this.columns.set(col.index, seen);
      if (seen.number && seen.text) {
        this.mixed = { number: seen.number, text: seen.text };
        return;
      }
    }
  }

  /** A money number cell with a fraction, wherever it stands. */
  seeCell(col: FigureColumn, raw: string, line: number): void {
    if (this.fraction === null && !col.isCount && raw.endsWith(NUMBER_CELL_MARK)) this.fraction = { line, column: col.index + 1, raw: raw.slice(0, -1), what: whatOf(col) };
  }

  /**
   * The warning, once the sheet is read. A column of both kinds is the mark in any convention;
   * a fraction only when the text cells settled Vietnamese (`convention`, `why` how).
   */
  finding(file: string, convention: Convention | 'plain' | null, why: string, lineWord: string): Finding | null {
    if (this.mixed) {
      const { number: n, text: t } = this.mixed;
      return finding(
        'warning',
        'NUMBER_CELL_CONVERTED',
        `${n.what} is the number ${n.raw}, but the same column holds numbers as text ("${t.raw}", ${lineWord} ${t.line}): a CSV opened by a program set to another number convention gives such a column (LibreOffice in English turns "500.000" into the number 500 and leaves "1.234.567" as text); it is read as ${n.raw}`,
        { file, line: n.line, column: n.column },
      );
    }
    if (this.fraction && convention === 'vi') {
      const f = this.fraction;
      return finding(
        'warning',
        'NUMBER_CELL_CONVERTED',
        `${f.what} is the number ${f.raw}, with a fraction, but the sheet's text cells write numbers in Vietnamese (${why}): a program set to English turns a text such as "987.654" (Vietnamese for 987654) into the number 987.654; it is read as ${f.raw}`,
        { file, line: f.line, column: f.column },
      );
    }
    const pair = this.leftAsText.vi && this.moneyNumber.any ? { n: this.moneyNumber.any, t: this.leftAsText.vi } : this.leftAsText.en && this.moneyNumber.whole ? { n: this.moneyNumber.whole, t: this.leftAsText.en } : null;
    if (pair) {
      const { n, t } = pair;
      return finding(
        'warning',
        'NUMBER_CELL_CONVERTED',
        `${n.what} is the number ${n.raw}, but ${t.what} holds numbers as text ("${t.raw}", ${lineWord} ${t.line}): a CSV opened by a program set to another number convention gives such a sheet (LibreOffice in English turns a whole column of "150.000" into the number 150 and leaves "12.345.678" as text); it is read as ${n.raw}`,
        { file, line: n.line, column: n.column },
      );
    }
    return null;
  }
}
