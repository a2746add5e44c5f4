// A form's header of three rows or more (TT 01/2013, 06/2019, 05/2024: "Tổng số phải thi hành"
// over "Tổng số | Chia ra" over "Có điều kiện thi hành | … | Chưa có điều kiện" over "Tổng số |
// Chia ra" over the parts) → one header row and one group row, which readHeader reads as it
// reads a two-row header. Pure: cells in, cells out; which rows make the block is
// header-search.ts's to say.
import { isConnector } from './headers.js';

/** A label of the block: its text and the label over it (null at the top, or over nothing). */
interface Label {
  readonly text: string;
  readonly parent: Label | null;
}

/**
 * `header`: each column's deepest label ("Tổng số" stays: readHeader reads it as its group's
 * figure); `group`: the group over it, written as a merged cell is — at the first column of a
 * run of columns under one group, empty in the rest. A column under no group has its own label
 * there, so that no group on its left is taken for its own.
 */
export interface FlatHeader {
  readonly header: string[];
  readonly group: string[];
}

const isEmpty = (cell: string | undefined) => (cell ?? '').trim() === '';

/** The nearest label over `label` that is no connector ("Chia ra", "Trong đó": transparent). */
function groupOf(label: Label): Label | null {
  let up = label.parent;
  while (up && isConnector(up.text)) up = up.parent;
  return up;
}

export function flattenHeaderBlock(rows: readonly (readonly string[])[]): FlatHeader {
  let width = 0;
  for (const row of rows) for (let j = row.length; j > width; j--) if (!isEmpty(row[j - 1])) width = j;
  let above: (Label | null)[] = new Array<Label | null>(width).fill(null);
  /** a column left under a group whose sub-columns, on a lower row, begin right of it: that group */
  const spanned = new Map<number, Label>();
  for (const row of rows) {
    const here = [...above];
    for (let j = 0; j < width; j++) {
      if (isEmpty(row[j])) continue;
      // A cell spans right to the next cell of its row, within the label over it.
      const label: Label = { text: row[j]!.trim(), parent: above[j]! };
      for (let k = j; k < width && (k === j || (isEmpty(row[k]) && above[k] === above[j])); k++) here[k] = label;
    }
    // A column that keeps its label while that label has sub-columns on this row (Giải quyết
    // xong over "| Đình chỉ"): which figure it holds cannot be told.
    const split = new Set(above.filter((l, k) => l !== null && here[k] !== l));
    above.forEach((l, k) => {
      if (l !== null && here[k] === l && split.has(l)) spanned.set(k, l);
    });
    above = here;
  }
  const header: string[] = [];
  const group: string[] = [];
  let previous: Label | null = null;
  for (let j = 0; j < width; j++) {
    const deepest = above[j] ?? null;
    // (unless a lower row gave it a label of its own)
    const unnamed = deepest !== null && spanned.get(j) === deepest;
    const over = unnamed ? deepest : deepest && groupOf(deepest);
    header.push(deepest && !unnamed ? deepest.text : '');
    group.push(over ? (over === previous ? '' : over.text) : (deepest?.text ?? ''));
    previous = over;
  }
  return { header, group };
}
