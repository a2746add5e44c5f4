// The file's number convention from what it writes beside its figures, for a file whose every
// figure reads in both ("25.400", "8.456": money in triệu đồng of a small office). Such a file
// still settles it where it writes a number of its own (SPEC §3):
//   - a rate column's cells: "42,07", "45,00" (Vietnamese), "42.07" (English); "42,07%" alike;
//   - the unit line: "Đơn vị tính: 1.000.000 đồng" (Vietnamese), "Unit: 1,000,000 VND" (English).
// Only a reading one convention alone gives counts: "45", "1.000" (a thousand, or one with three
// decimals), a workbook's number cell (a number already, written in no convention) say nothing.
// Asked only when no figure settled the convention (read-csv.ts): a figure's own reading is never
// overridden, and evidence that disagrees with itself ("42,07" beside "1,000,000 VND") settles nothing.

import { readCell, type Convention } from './numbers.js';

/** One cell that only one convention reads, and where it stands. */
export interface ConventionClue {
  readonly convention: Convention;
  readonly text: string;
  readonly line: number;
  readonly column: number;
  readonly what: 'rate cell' | 'unit line';
}

/** "42,07 %" → "42,07": a rate's percent sign says nothing of its decimal mark. */
const PERCENT_AFTER = /\s*%\s*$/;
/** the numbers of a unit line written with a mark: "1.000.000", "1,000,000" (not "1000", "2024") */
const MARKED_NUMBER = /\d+(?:[.,]\d+)+/g;

/** The convention only in which `text` is a number, or null (either, neither, a number cell). */
function onlyConvention(text: string): Convention | null {
  const reading = readCell(text);
  return reading.kind === 'value' && reading.only !== undefined ? reading.only : null;
}

export class ConventionEvidence {
  private readonly first: Partial<Record<Convention, ConventionClue>> = {};

  /** A cell of a rate or percent column ("Tỷ lệ (%)"), which thads recomputes and never reads. */
  seeRateCell(raw: string, line: number, column: number): void {
    const text = raw.trim().replace(PERCENT_AFTER, '');
    if (text === '') return;
    const convention = onlyConvention(text);
    if (convention) this.first[convention] ??= { convention, text: raw.trim(), line, column, what: 'rate cell' };
  }

  /** A unit line's text ("Đơn vị tính: 1.000.000 đồng"). */
  seeUnitLine(text: string, line: number, column: number): void {
    for (const m of text.matchAll(MARKED_NUMBER)) {
      const convention = onlyConvention(m[0]);
      if (convention) this.first[convention] ??= { convention, text: text.replace(/\s+/g, ' ').trim(), line, column, what: 'unit line' };
    }
  }

  /** The one convention all the evidence agrees on, by its first cell; null: none, or both. */
  verdict(): ConventionClue | null {
    const { vi, en } = this.first;
    return vi && en ? null : (vi ?? en ?? null);
  }
}
