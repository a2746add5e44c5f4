// An identity cell (Tỉnh, Năm) filled on some office rows and empty on others. In a CSV a cell
// merged down over a block of rows keeps its text in the block's first row only: the rows below
// it would be summed under no province, or counted in a year not theirs (--year's, whatever
// their block). Refused at the first empty cell, by both readers: one rule for both columns.
import { finding, type Finding } from '../errors.js';

export type FilledColumn = 'province' | 'year';

/** What the rows below an empty cell would become, as the message says it. */
const CONSEQUENCE: Record<FilledColumn, string> = {
  province: 'its figures would be summed under no province',
  year: 'thads cannot tell which year its figures are of, and figures of different years are never added together',
};

const CODE = { province: 'MISSING_PROVINCE', year: 'MISSING_YEAR' } as const;

/** The first office row with the cell filled, and the first with it empty: once both are seen. */
export interface FilledOnSome {
  readonly filled: { readonly line: number; readonly text: string };
  readonly emptyLine: number;
}

export class FilledDownWatch {
  private filled: { line: number; text: string } | null = null;
  private emptyLine: number | null = null;
  private told = false;

  constructor(readonly column: FilledColumn) {}

  /** an office row with this cell empty was seen */
  get sawEmpty(): boolean {
    return this.emptyLine !== null;
  }

  /** An office row's cell ('' when empty). The two rows, the first time both kinds have been seen; else null. */
  see(text: string, line: number): FilledOnSome | null {
    if (text !== '') this.filled ??= { line, text };
    else this.emptyLine ??= line;
    if (this.told || this.filled === null || this.emptyLine === null) return null;
    this.told = true;
    return { filled: this.filled, emptyLine: this.emptyLine };
  }

  /** The located error at the first empty cell (column 0-based); `lineWord` is "line" or a sheet's "row". */
  finding(found: FilledOnSome, file: string, column: number, lineWord: string): Finding {
    const what = this.column === 'province' ? 'province' : 'year';
    return finding('error', CODE[this.column], `this office row has no ${what}, but ${lineWord} ${found.filled.line} has one ("${found.filled.text}"): ${CONSEQUENCE[this.column]}`, { file, line: found.emptyLine, column: column + 1 });
  }
}
