// The agency's own words before a unit's or a place's name, in every spelling offices write:
// "Chi cục Thi hành án dân sự", "Chi cục THA dân sự", "CC THA DS", "Cục THADS", "CTHADS",
// "Phòng THADS". One list, read by office names (office-names.ts), province names
// (provinces.ts), row labels and file names: a spelling taught in one place and not the others
// made one office two (work84b 01: "Chi cục THA dân sự huyện Mỹ Lộc" beside "Chi cục THADS
// huyện Mỹ Lộc", both added).

/** The agency's name, marks folded, longest first (a pattern tries them in order). */
export const AGENCY_NAMES = ['thi hanh an dan su', 'thi hanh an', 'tha dan su', 'tha ds', 'thads', 'tha'] as const;

/** The Cục's shortenings written as one word ("CTHADS Nam Định", "CucTHADS"). */
export const CUC_GLUED = ['cucthads', 'cthads', 'ctha'] as const;

/** The agency's shortenings written as one word: the Cục's and the Chi cục's ("CCTHADS Mỹ Lộc"). */
export const AGENCY_GLUED = ['ccthads', ...CUC_GLUED] as const;

/** The kinds of the agency's units written before its name ("Chi cục", "Cục", "Phòng"). */
export const AGENCY_UNITS = ['chi cuc', 'cuc', 'phong'] as const;

const MARKED: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  d: 'dđ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
};

/**
 * A pattern's source matching lowercase words given folded ("tha dan su") as written with or
 * without their marks ("thà dân sự", "tha dan su"): for texts folded to lowercase only.
 */
export function withAnyMarks(folded: string): string {
  return [...folded].map((c) => (MARKED[c] ? `[${MARKED[c]}]` : c === ' ' ? ' ' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
}

/** The alternatives of `words` as one group's body, each with or without marks. */
export function anyOfMarked(words: readonly string[]): string {
  return words.map(withAnyMarks).join('|');
}

/** The agency's name as a pattern's group, for texts folded without marks (foldHeader). */
export const AGENCY_NAME = `(?:${AGENCY_NAMES.join('|')})`;

/** The agency's name as a pattern's group, for lowercase texts with or without marks (foldName). */
export const AGENCY_NAME_MARKED = `(?:${anyOfMarked(AGENCY_NAMES)})`;

/**
 * The agency's name spelled out, not a bare "THA" (a word of names and of other things: an
 * office's line, a province's, needs "THA" beside a unit or a region to be the agency's).
 */
export const AGENCY_NAMES_SPELLED = AGENCY_NAMES.filter((name) => name !== 'tha');
export const AGENCY_NAME_SPELLED = `(?:${AGENCY_NAMES_SPELLED.join('|')})`;
