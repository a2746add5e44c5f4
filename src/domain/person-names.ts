// The words a Vietnamese person's name is made of, as an enforcer's row writes it ("Nguyễn Văn
// An", "TRẦN THỊ BÌNH", "Nguyen Hoang Nam"): one home for the family names that by-enforcer.ts
// reads a person by and period-notes.ts spares a person's name from a version's note by.
import { foldHeader } from './names.js';

/** The common family names, as written with their marks (lower case). */
const FAMILY_NAMES_MARKED = ['nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô', 'dương', 'lý', 'đinh', 'đoàn', 'trương', 'lương', 'trịnh', 'đào', 'mai', 'cao', 'lâm', 'tạ', 'hà', 'tô', 'chu', 'vương', 'lưu', 'triệu', 'phùng', 'quách', 'kiều', 'nông', 'lại', 'đàm', 'thân'];
const MARKED = new Set(FAMILY_NAMES_MARKED);
/** The same folded ("nguyen", "tran", "vu" — "Vũ", "Võ", and "Vụ" of Vụ Bản fold alike). */
export const FAMILY_NAMES_FOLDED: ReadonlySet<string> = new Set(FAMILY_NAMES_MARKED.map(foldHeader));
/** The middle names that say a person's name, folded: "Văn", "Thị". */
export const MIDDLE_NAMES_FOLDED: ReadonlySet<string> = new Set(['van', 'thi']);

const UNMARKED = /^[\x00-\x7f]*$/;
/**
 * Whether `word` is a family name as written: with its marks ("Nguyễn", "LÊ"), or without any
 * where the whole name is typed so (`unmarked`: "Nguyen Chinh Thuc"). "Vụ" (of Vụ Bản) is none.
 */
export function writtenAsFamilyName(word: string, unmarked: boolean): boolean {
  const w = word.normalize('NFC').toLocaleLowerCase('vi');
  return unmarked && UNMARKED.test(w) ? FAMILY_NAMES_FOLDED.has(w) : MARKED.has(w);
}
/** Whether `word` is the middle name "Văn" or "Thị" as written (or "Van", "Thi" where the whole name is typed without marks). */
export function writtenAsMiddleName(word: string, unmarked: boolean): boolean {
  const w = word.normalize('NFC').toLocaleLowerCase('vi');
  return w === 'văn' || w === 'thị' || (unmarked && (w === 'van' || w === 'thi'));
}

/**
 * Written as a person's name is: two to five words, each capitalised ("Thạch Tha") or all in capitals
 * ("THẠCH THA") — not "VP Cục", "Lãnh đạo Cục", "Trưởng phòng" (work90a 04).
 */
export function personShaped(text: string): boolean {
  const words = text.split(/\s+/u);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) || words.every((w) => /^\p{Lu}+$/u.test(w));
}
