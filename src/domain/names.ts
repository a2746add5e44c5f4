// Text folding for matching names and headers written in different hands.

// Vietnamese has two tone placements in the diphthongs oa, oe, uy ("hòa"/"hoà", "ủy"/"uỷ").
// Both spellings are correct; we fold the tone onto the second vowel ("new style").
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const TONE_PLACEMENT = new RegExp(`([oOuU])([${TONES.join('')}])([aAeEyY])`, 'g');

/** NFC with the tone of oa/oe/uy placed on the second vowel: "Hòa" → "Hoà", "ủy" → "uỷ". */
export function foldTonePlacement(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  return text.normalize('NFD').replace(TONE_PLACEMENT, '$1$3$2').normalize('NFC');
}

/** Key for office and province names: tone placement, case and spacing folded. */
export function foldName(text: string): string {
  return foldTonePlacement(text).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/**
 * Key for headers: diacritics, đ, case, punctuation and spacing removed.
 * "Có điều kiện (việc)" → "co dieu kien viec"; "Uỷ thác" and "Ủy thác" → "uy thac".
 */
export function foldHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Office names repeat on every row of a large file, and folding one (NFD, regex, NFC) costs
// microseconds: remember the folds. Bounded, so memory stays flat however many names pass.
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 1 << 16;

/** foldName, remembered. */
export function foldNameCached(name: string): string {
  let folded = FOLDED.get(name);
  if (folded === undefined) {
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    folded = foldName(name);
    FOLDED.set(name, folded);
  }
  return folded;
}
