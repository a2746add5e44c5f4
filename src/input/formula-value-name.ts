// An office's name a formula pulls from a list (=VLOOKUP(B7;DanhMuc!A:B;2;0)) is saved as the
// formula's result, and a lookup that failed leaves no name: "#N/A" (a code not in the list),
// "#REF!" (a deleted column), "#VALUE!", "#NAME?", FALSE or TRUE (a comparison), 0 (a lookup of an
// empty cell). Read as a name, each was an office: two "#N/A" rows added together as one, KV3 +
// KV5 = 2605 cases, KV5 gone, ranks "of 4", exit 0 (traps42 1); a total row's label lost so was
// taken for an office (traps42 2). No office is named so. Both readers ask here (the fast path
// hands such a row to the reference, read-csv.ts, which refuses it); a workbook's error cell
// (t="e") reaches the reference as its text.
import { ThadsError, type Location } from '../errors.js';
import { isSpreadsheetError } from './numbers.js';

/** What the name cell holds when a formula's value stands in it ("#N/A, Excel's error value"), else null. */
export function formulaValueAsName(name: string): string | null {
  const text = name.trim();
  if (isSpreadsheetError(text)) return `${text.toUpperCase()}, Excel's error value`;
  if (/^(?:true|false)$/iu.test(text)) return `${text.toUpperCase()}, a formula's logical value`;
  // ("0" alone: office codes "01", "02" keep their leading zero and name offices)
  if (text === '0') return '0, what a lookup (VLOOKUP) gives for an empty cell';
  return null;
}

/** Refuses a row with figures whose office cell holds a formula's value (formulaValueAsName), at that cell. */
export function formulaValueName(holds: string, at: Location): ThadsError {
  return new ThadsError('NAME_IS_EXCEL_VALUE', `the office cell holds ${holds}, neither an office's name nor a total's label: a formula failed where the row's name should be, so thads cannot tell whose figures these are (rows so named would be added together as one office)`, at);
}
