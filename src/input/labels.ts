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
