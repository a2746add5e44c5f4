// The signature block under a table ("NGƯỜI LẬP BIỂU … THỦ TRƯỞNG ĐƠN VỊ", the names) holds
// lines whose one value happens to stand in a cell of its own under a figure column: the
// place-and-date line ("Nam Định, ngày | 05/10/2024": Excel makes a typed "05/10/2024" a date
// cell, read as that text, xlsx/cell-text.ts; a "Unicode Text" or CSV export keeps the text) and
// the preparer's contact line ("Số điện thoại: | 0912345678": Excel keeps a typed phone as the
// number 912345678, its 0 lost). A day is never a figure in any convention, a phone labelled so
// is no office's figure, and such a row names no office: below the table's rows it is the
// signature's, no figure (a text day, "ngày 05 tháng 10 năm 2024", and a phone inside the name
// cell, "ĐT: 0912.345.678", were skipped already). So is the line with its day, month or year
// in cells of their own ("Nam Định, ngày 15 tháng 10 năm | 2019": traps16 1, added as an office). read-csv.ts decides where: below rows with
// figures only, and a row with figures after it puts it back in the table, refused (readRow).
import { foldHeader } from '../domain/names.js';
import { looksNumeric } from './layout.js';

/** A whole day of one mark throughout: 05/10/2024, 5-10-2024, 5.10.2024 (never 5102024, a number). */
const WHOLE_DAY = /^\s*(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d\s*$/;

/**
 * The words of a place-and-date line, folded, before its day: "Nam Định, ngày", "TP. Hồ Chí
 * Minh, ngày", "Ngày", "Ngày lập biểu:", "Ngày báo cáo:", "Ngày in:". A place of a few words at most.
 */
const DATE_LINE_WORDS = /^(?:[a-z]+(?: [a-z]+){0,5} )?ngay(?: (?:lap(?: bieu| bao cao)?|bao cao|ky|in|xuat|gui|nop))?$/;

/**
 * A place-and-date line whose day, month or year stand in cells of their own, read in order
 * (folded): "Nam Định, ngày 15 tháng 10 năm | 2019", "Nam Định, ngày | 15 | | 10", "Ngày | 15 |
 * tháng | 10" — Excel templates keep them apart so a formula (=YEAR(TODAY())) fills one.
 */
const SPLIT_DATE_LINE = /^(?:[a-z]+(?: [a-z]+){0,5} )?ngay (\d{1,2})(?: thang)? (\d{1,2})(?:(?: nam)? ((?:19|20)\d\d))?$/;
/** Its words before the numbers, as an office cell holds them: "Nam Định, ngày 15 tháng 10 năm", "Ngày", "Ngày 15 tháng". */
const DATE_LINE_OPENING = /^(?:[a-z]+(?: [a-z]+){0,5} )?ngay(?: \d{1,2}(?: thang(?: \d{1,2}(?: nam)?)?)?)?$/;

/** "Nam Định, ngày 15 tháng 10 năm": a name cell that opens a place-and-date line (the fast scanner leaves it to the reference reader). */
export function opensDateLine(text: string): boolean {
  return DATE_LINE_OPENING.test(foldHeader(text));
}

/** The row's cells, read in order, are a place-and-date line with its numbers, each in range. */
function isSplitDateLine(record: readonly string[]): boolean {
  const m = SPLIT_DATE_LINE.exec(foldHeader(record.filter((c) => c.trim() !== '').join(' ')));
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 31 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** One label of a contact, folded: "Số điện thoại", "Điện thoại", "ĐT", "SĐT", "Số ĐT", "ĐTDĐ", "Di động", "Tel", "Fax", "Email". */
const CONTACT = '(?:so )?(?:dien thoai(?: (?:di dong|lien he|co quan))?|dt(?: (?:di dong|lien he))?|dtdd|sdt|di dong|tel|phone|mobile|fax|hotline|email|e mail)';

/** The words of a contact line, folded, beside its number: one label or several ("ĐT/Fax:", "Điện thoại - Email:"). */
const CONTACT_LINE_WORDS = new RegExp(`^${CONTACT}(?: ${CONTACT})*$`);

/** An e-mail address beside the number ("ĐT: | 0912345678 | Email: | thads@moj.gov.vn"). */
const EMAIL = /^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/;

/**
 * A phone number alone: digits in groups of spaces, dots or dashes, an area code in brackets, a
 * country code +84; 9 to 11 digits (0912345678, 0912 345 678, (0228) 3845 123, +84 912 345 678,
 * 912345678 as Excel keeps a typed phone, its 0 lost). Never a count or a sum on its own: its
 * label says what it is (contactCell).
 */
const PHONE = /^\s*(?:\+84[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d+(?:[\s.-]\d+)*\s*$/;

/** "05/10/2024": a cell holding one whole day and nothing else. */
export function isWholeDay(raw: string): boolean {
  return WHOLE_DAY.test(raw);
}

/** "0912345678", "0912 345 678", "912345678": a cell holding one phone number's shape and nothing else. */
export function isPhoneNumber(raw: string): boolean {
  if (!PHONE.test(raw)) return false;
  const digits = raw.replace(/\D/g, '').length;
  return digits >= 9 && digits <= 11;
}

/** A cell of the signature block under a figure column that holds no figure: its index and what it holds. */
export interface SignatureCell {
  readonly index: number;
  readonly holds: 'day' | 'phone';
}

/**
 * "Số điện thoại:", "ĐT/Fax": a contact's label alone, the words of a signature's contact line
 * (the fast scanner leaves a row so named to the reference reader, which reads it: signatureCell).
 */
export function namesContact(text: string): boolean {
  return CONTACT_LINE_WORDS.test(foldHeader(text));
}

/**
 * The one figure cell of `record` a signature line's value stands in, when the row is such a
 * line: every other cell with a number empty, and the rest of its cells (the office's, the STT's,
 * any other column's), read in order, the words of that line — before a day or nothing
 * ("05/10/2024" alone), or a contact's label before a phone ("Số điện thoại:", never nothing: a
 * number without its label may be a figure). Null for any other row: an office's name beside it,
 * a second value, a figure, other words.
 */
export function signatureCell(record: readonly string[], figureColumns: readonly number[]): SignatureCell | null {
  // (its day, month or year in figure cells of their own: the first of them is said)
  const split = figureColumns.find((i) => looksNumeric(record[i] ?? ''));
  if (split !== undefined && isSplitDateLine(record)) return { index: split, holds: 'day' };
  const days = figureColumns.filter((i) => isWholeDay(record[i] ?? ''));
  const phones = days.length === 0 ? figureColumns.filter((i) => isPhoneNumber(record[i] ?? '')) : [];
  const found = days.length === 1 ? days : phones.length === 1 ? phones : null;
  if (found === null) return null;
  const index = found[0]!;
  if (figureColumns.some((i) => i !== index && looksNumeric(record[i] ?? ''))) return null;
  if (days.length === 1) {
    const words = foldHeader(record.filter((c, i) => i !== index && c.trim() !== '').join(' '));
    return words === '' || DATE_LINE_WORDS.test(words) ? { index, holds: 'day' } : null;
  }
  // (an e-mail address beside the number is the contact's too, after its label)
  const words = record.filter((c, i) => i !== index && c.trim() !== '' && !EMAIL.test(c)).join(' ');
  return namesContact(words) ? { index, holds: 'phone' } : null;
}
