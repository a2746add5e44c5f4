// A row pasted from a PDF loses its empty cells and is padded back to the header's width at its
// end, so it is no shorter than the header: shifted one cell to the left, its first figure lands
// in the office cell and every other figure under the wrong header. A number alone does not give
// the shift away: "Phòng THADS khu vực" over 1, 2, 3, "Khu vực" over 1, 2, office codes "01", "02"
// name offices by number. Words in the STT cell do: the name that slid into it ("Văn phòng Cục
// THADS tỉnh", "1 Chi cục THADS huyện Mỹ Lộc"). Both readers ask here (the fast path hands such a
// row to the reference, which words it).
import { latinLetters } from '../domain/letters.js';
import { ThadsError, type Location } from '../errors.js';
import { isRomanNumber } from './row-labels.js';

/** "400", "1.000", "1,200", "1 200": a number as a whole; "Quận 1", "Phòng THADS khu vực 2" are names. */
export function isNumberAsName(name: string): boolean {
  return /^\d[\d.,\s]*$/u.test(name.trim());
}

/** The STT cell's text when it holds words, not a number ("1 Chi cục THADS huyện Mỹ Lộc", not "1" or "II"). */
function wordsInStt(sttCell: string): string | null {
  const text = sttCell.trim();
  return latinLetters(/\p{L}{2,}/u).test(text) && !isRomanNumber(text) ? text : null;
}

/**
 * "1,200", "1.000", "12.345.678": a figure's shape, thousands in groups of three. No office is
 * numbered so ("Khu vực 1", codes "01", "1.1" are not), so even without words in the STT cell
 * (lost with the empty cell) it is a figure that slid into the office cell.
 */
export function isFigureAsName(name: string): boolean {
  return /^\d{1,3}(?:[.,]\d{3})+$/u.test(name.trim());
}

/** The row is shifted left: a number in the office cell and words in the STT cell, or a figure's shape in the office cell. */
export function isShiftedRow(officeCell: string, sttCell: string): boolean {
  return isNumberAsName(officeCell) && (wordsInStt(sttCell) !== null || isFigureAsName(officeCell));
}

/** Refuses a shifted row (isShiftedRow) at its office cell. */
export function shiftedRow(number: string, sttCell: string, at: Location): ThadsError {
  const stt = wordsInStt(sttCell);
  const what = stt !== null ? `the number "${number.trim()}" and the STT cell holds "${stt}", likely the office's name` : `"${number.trim()}", a figure's shape (thousands in groups of three), no office's name`;
  return new ThadsError('SHIFTED_ROW', `the office cell holds ${what}: the row looks shifted one cell to the left, each figure under the header of the one before it`, at);
}

/** MISSING_DISTRICT's hint when the name seems to be in the STT column, else undefined (the code's own). */
export function nameInSttHint(sttCell: string): string | undefined {
  const words = wordsInStt(sttCell);
  return words === null ? undefined : `the office's name seems to be in the STT column ("${words}"): write the number in the STT cell and the name in the office cell (Đơn vị)`;
}
