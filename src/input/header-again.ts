// The header again below the rows is skipped as a printed page's only when it reads the columns as
// the file's header does. Two exports joined into one file (`copy /b a.csv+b.csv`, `cat`) from
// templates of other years put "Đình chỉ, Thi hành xong" where the first had "Thi hành xong, Đình
// chỉ": read with the first header, the second part's completed cases would be added as
// terminated, every relation still holding (finding 69b/04). Such a header is another table's.
// A cell names its column as the matcher reads it (headers.ts): spacing, case, diacritics and the
// spellings it knows change nothing; the words of a column no rule reads (a note, a share) neither.
// Only the reference reader meets such rows: the fast path hands the header again to it (fast/row-scanner.ts skip).
import { ThadsError } from '../errors.js';
import type { ColumnRole, HeaderMatcher } from './headers.js';

/** A column the header again names otherwise than the file's header row: both cells as written, `column` 0-based. */
export interface HeaderChange {
  readonly column: number;
  readonly here: string;
  readonly header: string;
  /** the header row it was compared with */
  readonly headerLine: number;
  /** the row changed, where not the header again itself (its group row above it) */
  readonly line?: number;
}

/**
 * What a header cell says of its column's figures, or null for what no rule reads (empty, a note,
 * a share): "Thi hành xong" and "THI HANH XONG" say the same; "Đình chỉ" another thing.
 */
function reads(role: ColumnRole): string | null {
  if (role.kind === 'figure' || role.kind === 'identity') return JSON.stringify(role);
  // a field beside a period ("Giải quyết xong (cùng kỳ 2018)"): read or refused by it
  if (role.kind === 'unknown' && (role.period !== undefined || role.named !== undefined)) return JSON.stringify(role);
  return null;
}

type Row = { readonly cells: readonly string[]; readonly line: number };

/**
 * The first column where `record`, a header row again below the rows, reads otherwise than the
 * header row of the file it is nearest to (`headerRows`: the header's rows as written, a group
 * row and its sub-row each), or null when one of them reads every column as it does — and the
 * row right above it (`above`, a row without figures) names no other measure over a column than
 * the row right above that header row does (`over`): "Về tiền | Về việc" over the same
 * "Có điều kiện | Thi hành xong" where the header had "Về việc | Về tiền" (groupChange).
 */
export function headerAgainChange(matcher: HeaderMatcher, record: readonly string[], headerRows: readonly Row[], above: Row | null = null, over: (line: number) => Row | null = () => null): HeaderChange | null {
  let nearest: { change: HeaderChange; same: number } | null = null;
  for (const h of headerRows) {
    let change: HeaderChange | null = null;
    let same = 0;
    for (let i = 0; i < Math.max(record.length, h.cells.length); i++) {
      const [here, there] = [record[i] ?? '', h.cells[i] ?? ''];
      const [a, b] = [reads(matcher.match(here)), reads(matcher.match(there))];
      if (a === b) {
        if (a !== null) same++;
      } else change ??= { column: i, here: here.trim(), header: there.trim(), headerLine: h.line };
    }
    if (change === null) {
      const group = above === null ? null : over(h.line);
      return group === null ? null : groupChange(matcher, above!, group);
    }
    if (nearest === null || same > nearest.same) nearest = { change, same };
  }
  return nearest?.change ?? null;
}

/** A column whose group names another measure (or money unit) in `again` than in the header's group row `group`; where either names none, nothing is said. */
function groupChange(matcher: HeaderMatcher, again: Row, group: Row): HeaderChange | null {
  const named = (cell: string) => {
    const g = matcher.groupOf(cell);
    return g === null ? null : `${g.measure} ${g.unit ?? ''}`;
  };
  for (let i = 0; i < Math.min(again.cells.length, group.cells.length); i++) {
    const [a, b] = [named(again.cells[i]!), named(group.cells[i]!)];
    if (a !== null && b !== null && a !== b) return { column: i, here: again.cells[i]!.trim(), header: group.cells[i]!.trim(), headerLine: group.line, line: again.line };
  }
  return null;
}

/** SECOND_TABLE at the header again's first changed cell; `lineWord` "line" in a text file, "row" in a sheet. */
export function headerChanged(file: string, line: number, lineWord: string, c: HeaderChange): ThadsError {
  const cell = (text: string) => (text === '' ? 'empty' : `"${text}"`);
  return new ThadsError(
    'SECOND_TABLE',
    `the header comes again here with other columns: column ${c.column + 1} is ${cell(c.here)} here and ${cell(c.header)} in the header (${lineWord} ${c.headerLine}); the rows below it would be read by the first header's columns (two tables joined into one file)`,
    { file, line: c.line ?? line, column: c.column + 1 },
    'split the file where its header comes again, or give its parts as separate files',
  );
}
