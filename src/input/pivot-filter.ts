// A PivotTable's report filter copied with it, on a line of its own above the table: the field,
// then the items it shows. "Năm | 2024" names one period and is read as a title (checked against
// the file name's year); "Năm | (All)", "(Multiple Items)", "(Tất cả)", "(Nhiều Mục)" says the
// figures below add up several periods' (traps44 3: both years summed and read as 2025, 670/515
// for 350/275, exit 0). Refused at that cell.
import { foldHeader } from '../domain/names.js';
import { ThadsError } from '../errors.js';

/** a field naming the period of the figures (folded): year, statistics period, quarter, month */
const PERIOD_FIELDS = new Set(['nam', 'nam bao cao', 'nam thong ke', 'nien do', 'ky', 'ky bao cao', 'ky thong ke', 'quy', 'thang', 'year', 'fiscal year', 'period', 'quarter', 'month']);
/** what a filter shows for every item or several (folded, inside its brackets), in English and Vietnamese Excel */
const SEVERAL_ITEMS = new Set(['all', 'multiple items', 'tat ca', 'nhieu muc']);

/**
 * The error for a line that is a pivot's filter on a period field showing every item or several
 * ("Năm | (All)"), or null for any other line. Its cells: the field, the items, nothing else.
 */
export function severalPeriodsFilter(file: string, record: readonly string[], line: number): ThadsError | null {
  const filled = record.flatMap((cell, index) => (cell.trim() === '' ? [] : [{ text: cell.trim(), index }]));
  if (filled.length !== 2) return null;
  const [field, items] = filled as [{ text: string; index: number }, { text: string; index: number }];
  const shown = /^\((.+)\)$/su.exec(items.text);
  if (!shown || !SEVERAL_ITEMS.has(foldHeader(shown[1]!)) || !PERIOD_FIELDS.has(foldHeader(field.text.replace(/[:：]\s*$/u, '')))) return null;
  return new ThadsError(
    'PIVOT_FILTER_PERIODS',
    `the PivotTable's filter "${field.text} | ${items.text}" above the table shows every period or several: its figures may add up several years' (or months'), never one report's`,
    { file, line, column: items.index + 1 },
    `filter the PivotTable to one period (its "${field.text}" filter: pick the report's year), then copy or export it again`,
  );
}
