// A 2025 table of the 34 may split a numbered new province by the provinces of the 63 it was
// formed from ("1 | Vĩnh Long" over "| Vĩnh Long (cũ)", "| Bến Tre", "| Trà Vinh"): its parts,
// counted once (list-structure.ts releaseBefore, read-csv.ts enforcerRow). The same rows may be
// the offices the province's row sums ("| Thành phố Bến Tre", "| Long Hồ"): these rules tell
// them apart, once, for the table by province and the table by office alike.
import { isFormerPartOf, isUnmarkedFormerPartOf, MERGER_YEAR, successorProvince } from '../domain/provinces.js';
import { isBulletMark, itemNumber, namesOfficeLikeProvince, opensParts, rowLabel, startsWithBullet, subItemOf, withoutBullet } from './row-labels.js';

/**
 * Whether `name` is a former province of `province`: marked "(cũ)", or unmarked where `unmarked`
 * (the rows below the province are its parts: rowBelowProvince). A city's office is never one,
 * though it bears its province's name: "Thành phố Bến Tre", "TP Sóc Trăng", "Thị xã …" (a
 * centrally-run city, "TP Cần Thơ", is a province: namesOfficeLikeProvince).
 */
export function namesFormerPart(name: string, province: string, year: number | null, unmarked: boolean): boolean {
  if (namesOfficeLikeProvince(name, year)) return false;
  return isFormerPartOf(name, province, year) || (unmarked && year !== null && year >= MERGER_YEAR && isUnmarkedFormerPartOf(name, province));
}

/**
 * An STT setting a row apart as a sub-line of the numbered row above (item `item`): a "-" bullet,
 * or a sub-item's number of that item ("19.1", "19.2" under "19"; "a)", "b)"): Vietnamese tables
 * number the former provinces under a new one so as often as they leave their STT empty (round
 * 88b, 01). An empty STT is one as well, but callers tell it apart (it sets nothing to strip).
 */
export function marksSubLine(stt: string, item: number | null): boolean {
  if (isBulletMark(stt)) return true;
  const sub = subItemOf(stt);
  return sub === 'above' || (sub !== null && sub === item);
}

/** A row below a numbered province, as formerRowsBelow reads it. */
export interface RowBelow {
  readonly stt: string;
  readonly name: string;
  readonly hasFigures: boolean;
}

/**
 * The province a numbered row of a 2025+ table names, when it was formed from two or more of the
 * 63 (so that its former provinces may follow as its parts); else null.
 */
export function provinceWithParts(stt: string, name: string, year: number | null): string | null {
  if (itemNumber(stt) === null || year === null || year < MERGER_YEAR || name.trim() === '') return null;
  const into = successorProvince(name);
  return into !== null && into.formedFrom.length > 1 ? into.name : null;
}

/**
 * The parts rule for unmarked names ("| Bến Tre", "| Trà Vinh" under "1 | Vĩnh Long"): they are
 * its former provinces only when EVERY row without an STT below it, down to the next numbered
 * row (a total's row, a title's, the end), is one — then they alone make its figures, and are
 * checked against them. One other row among them ("| Long Hồ", "| Thành phố Bến Tre") makes them
 * all the offices its row sums (round 77a, 03): a bare province name there is its capital's
 * office. What one row below says, in order: 'part' (one of them), 'pass' (a blank row, "Trong
 * đó:"), 'end' (the run is over: a numbered row, a total's, one without figures) or 'other'
 * (no former province: none of them is one). A "-" bullet, or a sub-item's number of the
 * province's item `item` ("19.1" under "19": marksSubLine), counts as an empty STT.
 */
export function rowBelowProvince(province: string, year: number | null, row: RowBelow, item: number | null = null): 'part' | 'pass' | 'end' | 'other' {
  const bullet = marksSubLine(row.stt, item) || (row.stt.trim() === '' && startsWithBullet(row.name));
  const stt = bullet ? '' : row.stt.trim();
  const name = startsWithBullet(row.name) ? withoutBullet(row.name) : row.name.trim();
  if (stt === '' && !row.hasFigures && (name === '' || opensParts(name))) return 'pass';
  if (stt !== '' || !row.hasFigures || rowLabel(name) === 'total') return 'end';
  return namesFormerPart(name, province, year, true) ? 'part' : 'other';
}
