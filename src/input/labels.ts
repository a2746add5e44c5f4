// What names in a file say: a row that is a total, the measure and year in a file name.
import { basename, extname } from 'node:path';
import type { Measure } from '../domain/fields.js';
import { foldHeader } from '../domain/names.js';

const TOTAL_LABELS = ['tong cong', 'tong so', 'cong', 'toan tinh', 'toan quoc', 'total', 'grand total', 'tong', 'tong cong toan tinh', 'cong toan tinh'];

/** Rows that add up a section of offices ("II. Các Chi cục", "Khối Chi cục") rather than report one. */
const SECTION_PREFIXES = ['cac chi cuc', 'cac phong thads', 'cac don vi', 'khoi ', 'cong khoi', 'tong khoi', 'cong cac', 'tong cac'];

const TOTAL_SEEN = new Map<string, boolean>();

export function isTotalLabel(text: string): boolean {
  // Asked for every row's name cell, and names repeat: remembered (bounded, memory stays flat).
  let total = TOTAL_SEEN.get(text);
  if (total === undefined) {
    const f = foldHeader(text).replace(/^[ivx]+ /, '');
    total = TOTAL_LABELS.includes(f) || f.startsWith('tong cong') || f.startsWith('toan tinh') || f.startsWith('toan quoc') || SECTION_PREFIXES.some((p) => f.startsWith(p));
    if (TOTAL_SEEN.size >= 1 << 16) TOTAL_SEEN.clear();
    TOTAL_SEEN.set(text, total);
  }
  return total;
}

/** The measure a file name announces: "2019_viec.csv", "cases-2019.csv", "tien.csv". */
export function measureFromFileName(file: string): Measure | null {
  const words = foldHeader(basename(file, extname(file))).split(' ');
  const cases = words.some((w) => w === 'viec' || w === 'cases');
  const money = words.some((w) => w === 'tien' || w === 'money');
  return cases === money ? null : cases ? 'cases' : 'money';
}

/** First 4-digit year 1990–2099 in the file name not glued to other digits: "bao-cao-2019.csv" → 2019. */
export function yearFromFileName(file: string): number | null {
  const m = /(?<!\d)(19[9]\d|20\d\d)(?!\d)/.exec(basename(file));
  return m ? Number(m[1]) : null;
}

/**
 * The office a per-office file names, without the statistics year: the year belongs to the
 * figures, not to the office, so "Mỹ Lộc 2018.csv" and "Mỹ Lộc 2019.csv" are one office.
 * "Phòng THADS khu vực 1 - 2026.csv" → "Phòng THADS khu vực 1"; "2019_Mỹ Lộc.csv" → "Mỹ Lộc";
 * "Mỹ Lộc (năm 2019).csv" → "Mỹ Lộc". A name that is only a year ("2019.csv") stays as it is.
 */
export function officeFromFileName(file: string): string {
  const name = basename(file, extname(file)).normalize('NFC');
  const year = yearFromFileName(name);
  if (year === null) return name;
  // The year, the word for "year" before it, and the brackets or dashes that set it apart
  // (not an unaccented "nam": "Hà Nam 2019.csv" is the office Hà Nam).
  const without = name
    .replace(new RegExp(`[([]?\\s*(?:(?<!\\p{L})(?:năm|year)\\s*)?(?<!\\d)${year}(?!\\d)\\s*[)\\]]?`, 'iu'), ' ')
    .replace(/\s*[-_–—,.]+\s*$/u, '')
    .replace(/^\s*[-_–—,.]+\s*/u, '')
    .replace(/\s*([-_–—])(?:\s*[-_–—])+\s*/gu, ' $1 ')
    .replace(/\s+/g, ' ')
    .trim();
  return without === '' ? name : without;
}
