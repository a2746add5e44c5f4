// A row labelled by what its figures measure: "Số việc" / "Tỷ lệ (%)", "Việc" / "Tiền" in a
// column thads does not read, one row per measure or rate under one office. Read as an office's
// row each, the rate or the money would be added into its cases (SPEC §2: a rate is computed,
// never summed; one column holds one measure). Refused at the cell, in both readers: the fast
// path hands such a file to the reference (row-scanner.ts), which throws here.
import { foldHeader } from '../domain/names.js';
import { ThadsError } from '../errors.js';

/**
 * The whole cell, folded ("%" read as "phần trăm", which foldHeader would drop): "Việc", "Số
 * việc", "Vụ việc", "Về việc", "Tiền", "Số tiền", "Về tiền", "Giá trị", "Số lượng", "Tỷ lệ",
 * "Tỷ lệ (%)", "Tỷ lệ %", "%". A remark that opens so ("Tỷ lệ đạt thấp do…", "Việc khó thi
 * hành") is no label.
 */
const MEASURE_LABELS = new Set([
  'viec', 'so viec', 'vu viec', 've viec', 'tien', 'so tien', 've tien', 'gia tri', 'so luong',
  'ty le', 'ty le phan tram', 'phan tram',
]);

/** Whether a cell is, whole, a label of a measure or a rate (MEASURE_LABELS). */
export function labelsMeasure(cell: string): boolean {
  const text = cell.trim();
  if (text === '' || text.length > 24) return false;
  return MEASURE_LABELS.has(foldHeader(text.replace(/%/g, ' phan tram ')));
}

type Location = { readonly file: string; readonly line: number; readonly column: number };

/**
 * A row with figures: refused at the first cell of `columns` (those thads does not read as a
 * figure) that labels a measure or a rate. `headerOf` names a column (0-based) as the message quotes it.
 */
export function assertNoMeasureLabel(record: readonly string[], columns: readonly number[], headerOf: (column: number) => string, at: Omit<Location, 'column'>): void {
  for (const c of columns) {
    const text = (record[c] ?? '').trim();
    if (!labelsMeasure(text)) continue;
    const header = headerOf(c);
    const column = header === '' ? `the column without a header (column ${c + 1})` : `column "${header}"`;
    throw new ThadsError(
      'ROW_LABELS_MEASURE',
      `"${text}" labels this row by measure or rate: the rows are labelled by measure or rate in ${column}, one row per measure or rate, which thads does not read; its figures would be added as the office's cases or money`,
      { ...at, column: c + 1 },
    );
  }
}
