// A row labelled by what its figures measure: "Số việc" / "Tỷ lệ (%)", "Việc" / "Tiền" in a
// column thads does not read, one row per measure or rate under one office. Read as an office's
// row each, the rate or the money would be added into its cases (SPEC §2: a rate is computed,
// never summed; one column holds one measure). A column with one label on every row ("ĐVT:
// Việc") is a unit column, not row labels. Refused at the cell, in both readers: both feed their
// rows with figures to MeasureLabels, the fast path gives up where it finds a differing label.
import type { Measure } from '../domain/fields.js';
import { foldHeader } from '../domain/names.js';
import { ThadsError } from '../errors.js';
import { namesRateOnly, parseHeaderUnit } from './units.js';

/**
 * The whole cell, folded ("%" read as "phần trăm", which foldHeader would drop): "Việc", "Số
 * việc", "Vụ việc", "Về việc", "Tiền", "Số tiền", "Về tiền", "Giá trị", "Số lượng"; or a rate's
 * label, in the rate words of header notes (namesRateOnly): "Tỷ lệ", "Tỷ lệ (%)", "%", "TL",
 * "Rate". A remark that opens so ("Tỷ lệ đạt thấp do…", "Việc khó thi hành") is no label.
 */
const MEASURE_LABELS = new Set(['viec', 'so viec', 'vu viec', 've viec', 'tien', 'so tien', 've tien', 'gia tri', 'so luong']);

/**
 * The label of a measure or a rate a cell is, whole, folded ("viec", "ty le phan tram"); null if
 * none (MEASURE_LABELS). Also a block heading's words (headingMeasure), as the forms label a row
 * by its measure: "Tính bằng việc" / "Tính bằng tiền (nghìn đồng)", "Về số việc" / "Về số tiền",
 * "Việc (vụ)" / "Tiền (1.000đ)", "Cases" / "Amount" (work104c 03: not labels, the money row
 * was added to the office's cases with --measure cases, exit 0). "Tiền Hải", "Tiền Giang" are no label.
 */
export function measureLabel(cell: string): string | null {
  const text = cell.trim();
  if (text === '' || text.length > 60) return null;
  const folded = foldHeader(text.replace(/%/g, ' phan tram '));
  if (text.length <= 24 && (MEASURE_LABELS.has(folded) || namesRateOnly(text))) return folded;
  return headingMeasure(text) !== null ? folded : null;
}

/** Whether a cell is, whole, a label of a measure or a rate (MEASURE_LABELS). */
export function labelsMeasure(cell: string): boolean {
  return measureLabel(cell) !== null;
}

/**
 * The labels of one table's columns, row by row. A column's label is the one on its first row
 * with figures, none if that cell holds none. A later label that differs says one row per
 * measure or rate: "Việc" then "Tiền", "Số việc" then "Tỷ lệ (%)". So does a label below a
 * first row without one ("%" on a rate row only): that row measures what the first did not;
 * and any other text below a first label ("Số việc" then "Tỷ lệ so với tổng số (%)"). The same
 * label on every row, or on the first and empty below, is a unit column: read.
 */
export class MeasureLabels {
  /** column → label on the first row with figures (a column missing had none); null before that row */
  private first: Map<number, string> | null = null;

  /** A column's first label was seen: any other text in it differs (label). */
  labelled(column: number): boolean {
    return this.first?.has(column) ?? false;
  }

  /** What a cell of `column` says for differing(): its label, other text under a first label, else null. */
  label(column: number, cell: string): string | null {
    const label = measureLabel(cell);
    if (label !== null || !this.labelled(column)) return label;
    const text = cell.trim();
    return text === '' ? null : text;
  }

  /** A row with figures, its labels (column, measureLabel) in column order: the first column whose label differs, or -1. */
  differing(labels: readonly (readonly [number, string])[]): number {
    if (this.first === null) {
      this.first = new Map(labels);
      return -1;
    }
    for (const [c, label] of labels) if ((this.first.get(c) ?? '') !== label) return c;
    return -1;
  }

  /** The labels of the first row with figures, in column order (null before it): a split file's parts must agree on them. */
  firstRow(): [number, string][] | null {
    return this.first === null ? null : [...this.first];
  }
}

type Location = { readonly file: string; readonly line: number; readonly column: number };

/**
 * A row with figures: refused at the first cell of `columns` (those thads does not read as a
 * figure) whose label differs from its column's (MeasureLabels). `headerOf` names a column
 * (0-based) as the message quotes it.
 */
export function assertNoMeasureLabel(labels: MeasureLabels, record: readonly string[], columns: readonly number[], headerOf: (column: number) => string, at: Omit<Location, 'column'>): void {
  const found = columns.flatMap((c) => {
    const label = labels.label(c, record[c] ?? '');
    return label === null ? [] : [[c, label] as const];
  });
  const c = labels.differing(found);
  if (c >= 0) {
    const text = (record[c] ?? '').trim();
    const header = headerOf(c);
    const column = header === '' ? `the column without a header (column ${c + 1})` : `column "${header}"`;
    throw new ThadsError(
      'ROW_LABELS_MEASURE',
      `"${text}" labels this row by measure or rate: the rows are labelled by measure or rate in ${column}, one row per measure or rate, which thads does not read; its figures would be added as the office's cases or money`,
      { ...at, column: c + 1 },
    );
  }
}

/**
 * A figure-less row heading a block by its measure: "Về việc", "Tiền", "II. TIỀN", "B. Về tiền",
 * "Phần tiền", "Tính bằng tiền", "Kết quả thi hành án tính bằng tiền", "Thi hành án tính bằng
 * tiền", "Về số tiền", "Số liệu về tiền", "Tình hình thi hành án về tiền" (the narrative report's section
 * headings), with or without a unit in brackets ("Về tiền (nghìn đồng)"); in English exports "II.
 * Amount", "B. MONEY", "Money (VND)", "Part 2: Money", "AMOUNTS", "I. Cases", "In number of
 * cases". Whole cell only: a note that mentions money ("Ghi chú: tiền tính bằng nghìn đồng",
 * "money returned") or an office ("Tiền Hải") heads no block. The same words in a header's group
 * row name their columns' measure (headers.ts groupOf).
 */
const PART_MARK = String.raw`(?:(?:part|section|phan) (?:\d{1,2}|[ivx]{1,6}|[a-h]) )?`;
const VI_MEASURE = String.raw`(?:(?:ket qua|so lieu|tinh hinh) )?(?:thi hanh an (?:dan su )?)?(?:(?:ve|phan|so|vu|ve so|tinh bang|tinh theo|tinh theo so) )?(viec|tien)`;
const EN_MEASURE = String.raw`(?:(?:in|by) )?(?:(cases|number of cases)|(money|amounts?|amounts? of money))`;
const MEASURE_HEADING = new RegExp(`^${PART_MARK}(?:${VI_MEASURE}|${EN_MEASURE})$`);
const SECTION_MARK = /^\s*(?:[IVXivx]{1,6}|[A-Ha-h]|\d{1,2})\s*[.):\-–]\s*/;

/** The measure a block heading names (MEASURE_HEADING), else null. */
export function headingMeasure(cell: string): Measure | null {
  const text = cell.replace(SECTION_MARK, '').replace(/\([^()]*\)\s*$/, '');
  if (text.length > 60) return null;
  const m = MEASURE_HEADING.exec(foldHeader(text));
  return m === null ? null : m[1] === 'viec' || m[2] !== undefined ? 'cases' : 'money';
}

/**
 * The measure a figure-less row heads its rows with (second-table.ts): a block heading
 * (headingMeasure), or a section's title naming money and closing on a money unit in brackets
 * ("II. Số tiền phải thi hành (nghìn đồng)", "B. Amount collected (VND)"): the rows below it are
 * money, never a table of cases's (work104c 03: summed as cases with --measure cases, exit 0).
 * A unit alone ("(Đơn vị tính: nghìn đồng)") or an office's name ("Tiền Hải") heads no block.
 */
export function sectionMeasure(cell: string): Measure | null {
  const named = headingMeasure(cell);
  if (named !== null) return named;
  const unit = /\(([^()]*)\)\s*$/.exec(cell);
  if (unit === null || parseHeaderUnit(unit[1]!) === null) return null;
  const words = foldHeader(cell.slice(0, unit.index).replace(SECTION_MARK, ''));
  return words.length <= 60 && /(?:^| )(?:tien|money|amounts?)(?: |$)/.test(words) && !/(?:^| )tien (?:hai|giang)(?: |$)/.test(words) ? 'money' : null;
}
