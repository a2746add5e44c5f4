// The 2025 reorganisation: Nghị quyết 202/2025/QH15 of 12 June 2025 (in force 1 July 2025)
// merged the 63 provinces into 34 — 11 unchanged, 23 formed from 52. Statistics from year 2025
// are reported by the 34; a year before counts by the 63. To compare like with like,
// `--previous` rolls an older year's provinces up into their successors (summarize.ts, with
// rollUp in merger.ts).
import { AGENCY_NAME_MARKED, AGENCY_NAMES_SPELLED, anyOfMarked, withAnyMarks } from './agency-words.js';
import { latinLetters } from './letters.js';
import { foldHeader, foldName, remembered } from './names.js';

export interface Province {
  /** the name since 1 July 2025 */
  readonly name: string;
  /** the provinces it was formed from (itself included when its name stayed), as written in 2024 */
  readonly formedFrom: readonly string[];
}

/** Statistics year from which reports count the 34 provinces. */
export const MERGER_YEAR = 2025;
/** The day the 34 came into being: a report of a period that ended before it counts the 63. */
export const MERGER_DAY = '2025-07-01';

/**
 * A report of statistics year `year` counts by the 34 provinces: 2025 or later, unless it states
 * a period that ended before 1/7/2025 (a 6-month report of 2025, to 31/3/2025).
 * `periodEnd`: YYYY-MM-DD, as the title, else the sheet's or file name, states it; null: none.
 */
export function countsBy34(year: number | null, periodEnd: string | null): boolean {
  return year !== null && year >= MERGER_YEAR && (periodEnd === null || periodEnd >= MERGER_DAY);
}

export const PROVINCES_2025: readonly Province[] = [
  // unchanged (Thừa Thiên Huế had become the city of Huế on 1 January 2025)
  { name: 'Hà Nội', formedFrom: ['Hà Nội'] },
  { name: 'Huế', formedFrom: ['Thừa Thiên Huế'] },
  { name: 'Lai Châu', formedFrom: ['Lai Châu'] },
  { name: 'Điện Biên', formedFrom: ['Điện Biên'] },
  { name: 'Sơn La', formedFrom: ['Sơn La'] },
  { name: 'Lạng Sơn', formedFrom: ['Lạng Sơn'] },
  { name: 'Quảng Ninh', formedFrom: ['Quảng Ninh'] },
  { name: 'Thanh Hóa', formedFrom: ['Thanh Hóa'] },
  { name: 'Nghệ An', formedFrom: ['Nghệ An'] },
  { name: 'Hà Tĩnh', formedFrom: ['Hà Tĩnh'] },
  { name: 'Cao Bằng', formedFrom: ['Cao Bằng'] },
  // merged
  { name: 'Tuyên Quang', formedFrom: ['Tuyên Quang', 'Hà Giang'] },
  { name: 'Lào Cai', formedFrom: ['Lào Cai', 'Yên Bái'] },
  { name: 'Thái Nguyên', formedFrom: ['Thái Nguyên', 'Bắc Kạn'] },
  { name: 'Phú Thọ', formedFrom: ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'] },
  { name: 'Bắc Ninh', formedFrom: ['Bắc Ninh', 'Bắc Giang'] },
  { name: 'Hưng Yên', formedFrom: ['Hưng Yên', 'Thái Bình'] },
  { name: 'Hải Phòng', formedFrom: ['Hải Phòng', 'Hải Dương'] },
  { name: 'Ninh Bình', formedFrom: ['Ninh Bình', 'Hà Nam', 'Nam Định'] },
  { name: 'Quảng Trị', formedFrom: ['Quảng Trị', 'Quảng Bình'] },
  { name: 'Đà Nẵng', formedFrom: ['Đà Nẵng', 'Quảng Nam'] },
  { name: 'Quảng Ngãi', formedFrom: ['Quảng Ngãi', 'Kon Tum'] },
  { name: 'Gia Lai', formedFrom: ['Gia Lai', 'Bình Định'] },
  { name: 'Khánh Hòa', formedFrom: ['Khánh Hòa', 'Ninh Thuận'] },
  { name: 'Lâm Đồng', formedFrom: ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'] },
  { name: 'Đắk Lắk', formedFrom: ['Đắk Lắk', 'Phú Yên'] },
  { name: 'Hồ Chí Minh', formedFrom: ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu'] },
  { name: 'Đồng Nai', formedFrom: ['Đồng Nai', 'Bình Phước'] },
  { name: 'Tây Ninh', formedFrom: ['Tây Ninh', 'Long An'] },
  { name: 'Cần Thơ', formedFrom: ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'] },
  { name: 'Vĩnh Long', formedFrom: ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'] },
  { name: 'Đồng Tháp', formedFrom: ['Đồng Tháp', 'Tiền Giang'] },
  { name: 'Cà Mau', formedFrom: ['Cà Mau', 'Bạc Liêu'] },
  { name: 'An Giang', formedFrom: ['An Giang', 'Kiên Giang'] },
];

/** A province merged away before the 63: its name, its successor's, the statistics year from which it is gone. */
export interface EarlierMerger {
  readonly former: string;
  readonly successor: string;
  readonly year: number;
}

/**
 * Mergers before the 63, the only one since the 1997 splits: Nghị quyết 15/2008/QH12 (in force
 * 1/8/2008) merged Hà Tây into Hà Nội. Long past for any year thads reads, so nothing rolls up:
 * a section "Tỉnh Hà Tây (cũ)" only groups offices of its successor (row-labels.ts).
 */
export const EARLIER_MERGERS: readonly EarlierMerger[] = [{ former: 'Hà Tây', successor: 'Hà Nội', year: 2008 }];

/**
 * The earlier merger a name marked as the former province's ("Tỉnh Hà Tây (cũ)", "Ha Tay (cu)",
 * "Hà Tây (trước sáp nhập)") names; null for another name. Unmarked ("Tỉnh Hà Tây") it names it
 * too in a report of statistics year `year` from the merger's on: Hà Tây has been no province
 * since 2008, so its name can only be the former one. Before (2007) it was a province of its own,
 * and with no year known the era is unknown: null, as without the mark.
 */
export function earlierMerger(name: string, year: number | null = null): EarlierMerger | null {
  const { merger, marked } = earlierMergerNamed(name);
  return merger !== null && (marked || (year !== null && year >= merger.year)) ? merger : null;
}

/** The earlier merger a name's letters name (marks aside), and whether it is marked as the former one; remembered a name. */
const earlierMergerNamed = remembered((name: string): { merger: EarlierMerger | null; marked: boolean } => {
  // Most names are offices': a name without a former province's letters is none (cheap, before the marks).
  const letters = foldHeader(name).replaceAll(' ', '');
  if (!EARLIER_MERGERS.some((m) => letters.includes(foldHeader(m.former).replaceAll(' ', '')))) return { merger: null, marked: false };
  const bare = withoutOldMark(name);
  const written = foldWritten(bare ?? name);
  // Fewer marks keep the letters: only a merger whose letters are the name's can be meant.
  const merger = EARLIER_MERGERS.find((m) => foldHeader(written) === foldHeader(m.former) && withFewerMarks(written, foldWritten(m.former))) ?? null;
  return { merger, marked: bare !== null };
});

/**
 * Other ways exports write a province (after writtenKey's folding): key → the key of the name
 * above. Written without diacritics they are read too (provinceKey): "dac lac", "tt hue".
 */
const SPELLINGS: Record<string, string> = {
  hcm: 'hồ chí minh',
  tphcm: 'hồ chí minh',
  'sài gòn': 'hồ chí minh',
  'thừa thiên huế': 'huế',
  'tt huế': 'huế',
  'tthuế': 'huế',
  't t huế': 'huế',
  'đắc lắc': 'đắk lắk',
  'đắk lắc': 'đắk lắk',
  'đắc lắk': 'đắk lắk',
  'đăk lăk': 'đắk lắk',
  'đắklắk': 'đắk lắk',
  daklak: 'đắk lắk',
  'đắc nông': 'đắk nông',
  'đăk nông': 'đắk nông',
  'đắknông': 'đắk nông',
  daknong: 'đắk nông',
  'bắc cạn': 'bắc kạn',
  kontum: 'kon tum',
  hanoi: 'hà nội',
  'brvt': 'bà rịa vũng tàu',
  'br vt': 'bà rịa vũng tàu',
};

/**
 * A province's name reduced to what tells provinces apart: case, spacing, tone placement,
 * dashes and dots, "Tỉnh", "Thành phố", "TP.", "Cục THADS …" folded away.
 * "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Hồ Chí Minh", "TP.HCM" → "hồ chí minh";
 * "Bà Rịa – Vũng Tàu" → "bà rịa vũng tàu"; "Thừa Thiên - Huế", "TT Huế", "Huế" → "huế". A name
 * written without (or with other) diacritics is the province it stands for when only one
 * province could be meant: "Dak Nong", "Đăk Nông" → "đắk nông"; "Quang Nam" → "quảng nam".
 * A name that is no province keeps its own key. A province marked as the one before or after
 * 1/7/2025 is keyed as its name: "Nam Định (cũ)" → "nam định", "Ninh Bình (mới)" → "ninh bình".
 */
// Groups are keyed by province (aggregate.ts) for every office of every file: remembered, bounded.
export const provinceKey: (name: string) => string = remembered((name) => foldProvince(name));

/** The name as written, folded (diacritics kept), without "Tỉnh", "Cục THADS …". */
function foldWritten(name: string): string {
  return withoutPunctuation(withoutPrefix(name));
}

/** "Cục THADS", "Cục Quản lý THADS", "Cục THA dân sự" before a province's name (foldName: lowercase, marks or none) */
const CUC_WORDS = new RegExp(String.raw`^${withAnyMarks('cuc')} (?:${withAnyMarks('quan ly')} )?${AGENCY_NAME_MARKED}\s+`, 'u');
/** The agency's name alone before it ("THADS Nam Định"), but not a bare "THA". */
const AGENCY_WORDS_BEFORE = new RegExp(String.raw`^(?:${anyOfMarked(AGENCY_NAMES_SPELLED)})\s+`, 'u');

/** foldName without "Tỉnh", "TP.", "Cục THADS …"; its dots and dashes kept. */
function withoutPrefix(name: string): string {
  return foldName(name)
    .replace(CUC_WORDS, '')
    .replace(AGENCY_WORDS_BEFORE, '')
    // "T.P Hồ Chí Minh" as "TP Hồ Chí Minh" (office-names.ts reads "T.P" so too), and as a file's
    // name's words ("T P Hồ Chí Minh", file-names.ts withoutReportWords)
    .replace(/^(tỉnh|thành phố|t\. ?p\.?|t p(?= )|tp\.?)\s*|^(tinh|thanh pho)(?=[\s_-])/u, '');
}

function withoutPunctuation(folded: string): string {
  return folded.replace(/[-–—._]/gu, ' ').replace(/\s+/gu, ' ').trim();
}

/**
 * "Bà Rịa - V.Tàu", "T.T.Huế", "TT.Huế": a name with words cut to their dotted initials, as the
 * table's name (its writtenKey) whose words they begin when only one province's could be meant;
 * null when none or two. Undotted initials are other words ("Bà Rịa V Tàu" is no province).
 */
function withDottedInitials(name: string): string | null {
  const folded = withoutPrefix(name);
  if (!latinLetters(/\p{L}\.\s*\p{L}/u).test(folded)) return null;
  // each word of the name: an initial ("v." → v; "tt." → t, t) or a whole word
  const words = folded.replace(latinLetters(/(?<!\p{L})(\p{L}{1,3})\.\s*/gu), (_, initials: string) => ` ${[...initials].map((c) => `${c}.`).join(' ')} `);
  const written = withoutPunctuation(words.replace(/\.(?=\s)/gu, '\u0000')).split(' ');
  const fits = (table: string) => {
    const full = foldWritten(table).split(' ');
    return full.length === written.length && written.every((w, i) => (w.endsWith('\u0000') ? foldHeader(full[i]!)[0] === foldHeader(w)[0] : full[i] === w));
  };
  const meant = new Set(TABLE_NAMES.filter(fits).map(writtenKey));
  return meant.size === 1 ? [...meant][0]! : null;
}

/** foldWritten, respelled: the key of the names in the table. */
function writtenKey(name: string): string {
  const k = foldWritten(name);
  return SPELLINGS[k] ?? k;
}

function foldProvince(name: string): string {
  const bare = withoutOldMark(name);
  if (bare !== null && SUCCESSOR.has(provinceKey(bare))) return provinceKey(bare);
  // "Ninh Bình (hợp nhất)" is Ninh Bình, as "(sau hợp nhất)" (withoutOldMark)
  const successor = successorMarked(name);
  if (successor !== null) return provinceKey(successor);
  // "Ninh Bình (mới)" is Ninh Bình: keyed so, its rows are grouped, ranked and checked as one (work74b 03)
  const current = withoutNewMark(name);
  if (current !== name) return provinceKey(current);
  const written = writtenKey(name);
  const known = knownKey(name, written);
  if (known !== null) return known;
  const plain = withoutEnglishOrAbbreviation(name);
  return (plain === null ? null : knownKey(plain)) ?? withDottedInitials(name) ?? written;
}

/** The key of the province `name` is, as written (its writtenKey) or without diacritics; null when it is none. */
function knownKey(name: string, written = writtenKey(name)): string | null {
  if (SUCCESSOR.has(written)) return written;
  const meant = unaccentedProvince(name);
  return meant === null ? null : writtenKey(meant);
}

/**
 * "Ninh Binh Province", "Ho Chi Minh City", "T. Nam Định": the name without the English suffix or
 * the abbreviated "Tỉnh", or null when it has neither. Read only when what remains is a province
 * (foldProvince): "Quảng Ninh City" is no province of its own, nor "Ha Long City" one at all.
 */
function withoutEnglishOrAbbreviation(name: string): string | null {
  const plain = name.normalize('NFC').trim().replace(/\s+(?:province|city)\.?$/iu, '').replace(/^t\.\s*/iu, '');
  return plain === name.normalize('NFC').trim() ? null : plain;
}

/**
 * "Nam Định (cũ)", "Nam Định cũ", "NAM DINH (CU)", "Nam Định (trước sáp nhập)", "… (trước sắp
 * xếp)", "… (trước khi hợp nhất)", "… (trước 01/7/2025)", "… (tỉnh cũ)", "… (đã sáp nhập)", "…
 * (nay thuộc tỉnh Ninh Bình)", "… (cũ)*": how a province of the 63 is written after
 * 1/7/2025 — the name without the mark, or null when it has none. The one reader of the mark, for
 * province cells and section rows alike. Unaccented "cu" only in parentheses: bare, it could be
 * part of a name; "trước …" is a mark with or without them.
 */
function withoutOldMark(name: string): string | null {
  const nfc = name.normalize('NFC');
  // Every name passes here and almost none is marked: the mark's last word is checked first, as
  // the whole pattern (a lazy prefix tried at every length) costs a hundred times more.
  if (!OLD_MARK_END.test(nfc)) return null;
  const m = OLD_MARK.exec(nfc);
  // ("Từ 01/10/2024 đến 30/6/2025", "I. Từ ngày …": a period line's own words before its days, no
  // name marked — read as "Từ (cũ)", a 2025 half in a 2026 table was summed as an office's rows)
  if (!m || PERIOD_OPENING.test(m[1]!.trim())) return null;
  // "Ninh Bình (hợp nhất)", "(đã sáp nhập)" on a name of the 34: the merger's result, its whole
  // over its former provinces, no part of it (work102a 03: whole + parts were added); read as the
  // bare name (successorMarked). On a name of the 63 gone ("Nam Định (đã sáp nhập)") still the mark.
  return successorMarked(nfc) === null ? m[1]! : null;
}
/** What opens a period line before its first day: "Từ", "từ ngày", "I. Từ", "Giai đoạn từ". */
const PERIOD_OPENING = /^(?:(?:[ivx]+|\d{1,2})\s*[.):-]?\s*)?(?:(?:giai đoạn|giai doan|kỳ|ky)\s+)?(?:từ|tu)(?:\s+(?:ngày|ngay))?$/iu;
/** A mark that only says "merged": "(sáp nhập)", "(hợp nhất)", "(đã sáp nhập)", "(đã hợp nhất)". */
const MERGED_ONLY = /^\s*\(\s*(?:(?:đã|da)\s+)?(?:(?:sáp|sap)\s+(?:nhập|nhap)|(?:hợp|hop)\s+(?:nhất|nhat))\s*\)\s*\**\s*$/iu;

/** "Ninh Bình (hợp nhất)" as printed: "Ninh Bình" (as withoutNewMark does "(sau hợp nhất)"); any other name as given. */
export function withoutMergedMark(name: string): string {
  return successorMarked(name) ?? name;
}

/** "Ninh Bình (hợp nhất)", "Tỉnh Ninh Bình (đã sáp nhập)": the name of the 34 without MERGED_ONLY; else null. */
function successorMarked(name: string): string | null {
  const nfc = name.normalize('NFC');
  if (!/(?:nhập|nhap|nhất|nhat)\s*\)\s*\**\s*$/iu.test(nfc)) return null;
  const m = /^(.*?\S)\s*\([^()]*\)\s*\**\s*$/u.exec(nfc);
  return m && MERGED_ONLY.test(nfc.slice(m[1]!.length)) && NAMES_34.has(provinceKey(m[1]!)) ? m[1]! : null;
}

/**
 * "(nay thuộc tỉnh Ninh Bình)", "(nay là …)": a note of where the unit went, a former part's mark
 * only in a report of the merger's year on (isFormerPartOf).
 */
const WHEREABOUTS = /\(\s*(?:(?:hiện|hien)\s+)?nay\s+(?:thuộc|thuoc|là|la)\s+[^()]*\)\s*\**\s*$/iu;
/** How OLD_MARK can end: a parenthesis, "cũ", or BEFORE's last words. */
const OLD_MARK_END = /(?:\)|cũ|nhập|nhap|xếp|xep|nhất|nhat|2025|\*)\s*$/iu;
const BEFORE = String.raw`(?:trước|truoc)\s+(?:(?:khi)\s+)?(?:(?:sáp|sap)\s+(?:nhập|nhap)|(?:sắp|sap)\s+(?:xếp|xep)|(?:hợp|hop)\s+(?:nhất|nhat)|(?:ngày\s+)?0?1\s*[/.-]\s*0?7\s*[/.-]\s*2025)`;
/** A day of a range: "01/10/2024", "ngày 1.10.2024", "1-10-2024". */
const RANGE_DAY = (d: string, m: string, y: string) => String.raw`(?:(?:ngày|ngay)\s+)?0?${d}\s*[/.-]\s*0?${m}\s*[/.-]\s*${y}`;
/**
 * After a name, the merger's statistics year up to the merger's eve, "từ 01/10/2024 đến
 * 30/6/2025", "01/10/2024 - 30/6/2025" (period-notes.ts mergerPartOfYear): the unit before, as
 * "trước 01/7/2025" says. (Alone, a line of those days is a period's title: not rewritten.)
 */
const UNTIL_EVE = String.raw`(?:(?:từ|tu)\s+)?${RANGE_DAY('1', '10', '2024')}\s*(?:[-–—]|đến|den)\s*${RANGE_DAY('30', '6', '2025')}`;
/**
 * The unit a "cũ" may follow: "(tỉnh cũ)", "Nam Định tỉnh cũ", "(huyện cũ)", "(địa bàn cũ)" —
 * the everyday wording since 1/7/2025, the same mark as "(cũ)" (work101b 01).
 */
const UNIT_OLD = String.raw`(?:(?:địa|dia)\s+(?:bàn|ban)\s+)?(?:(?:tỉnh|tinh|huyện|huyen|quận|quan|thị\s+xã|thi\s+xa|thành\s+phố|thanh\s+pho|tp\.?)\s+)?`;
/**
 * In parentheses only, what else says the unit is gone into another (work101b 01, 03): "(tỉnh
 * Nam Định cũ)" (a province named, so "(huyện Mỹ Lộc cũ)" after a khu vực stays what it covers),
 * "(đã sáp nhập)", "(đã hợp nhất)", "(đã giải thể)", "(nay thuộc tỉnh Ninh Bình)", "(nay là Phòng
 * THADS khu vực 1)".
 */
const GONE = String.raw`(?:tỉnh|tinh)\s+[^()]*?\S\s+(?:cũ|cu)|(?:(?:đã|da)\s+)?(?:(?:sáp|sap)\s+(?:nhập|nhap)|(?:hợp|hop)\s+(?:nhất|nhat)|(?:giải|giai)\s+(?:thể|the))|(?:(?:hiện|hien)\s+)?nay\s+(?:thuộc|thuoc|là|la)\s+[^()]*?\S`;
// A footnote's star after the mark ("(cũ)*") is no part of the name; a dash may set a bare mark off ("- tỉnh cũ").
const OLD_MARK = new RegExp(String.raw`^(.*?\S)(?:\s*\(\s*(?:${UNIT_OLD}(?:cũ|cu)|${GONE}|${BEFORE}|${UNTIL_EVE})\s*\)|\s+(?:[-–]\s*)?(?:${UNIT_OLD}cũ|${BEFORE}|${UNTIL_EVE}))\s*\**\s*$`, 'iu');

/**
 * The text with a "trước sáp nhập"-style mark written "(cũ)": "Hà Nam (trước sáp nhập)" folds to
 * "ha nam truoc sap nhap", whose "nam truoc" is "năm trước" (last year) to a reader of words that
 * set figures beside the report's own (row-labels.ts).
 */
export function withMarkAsOld(text: string): string {
  // Any closing mark, "(nay là Phòng THADS khu vực 1)", "(đã sáp nhập)", is "(cũ)" too: its words
  // ("nay", "trước khi") are no period's beside the report's own (work101b 03).
  const bare = withoutOldMark(text);
  return (bare === null ? text : `${bare} (cũ)`).replace(MERGER_MARK, '(cũ)');
}
const MERGER_MARK = new RegExp(String.raw`\(\s*${BEFORE}\s*\)|${BEFORE}`, 'giu');

/**
 * The province a name marked as the pre-merger one ("Ninh Bình (cũ)") belongs to since 1/7/2025;
 * null for a name without the mark, or one that is no province. A report counting by the 34
 * rolls such rows up even when the name stayed: "Ninh Bình (cũ)" is part of the new Ninh Bình.
 */
export function formerProvince(name: string): Province | null {
  return withoutOldMark(name) === null ? null : successorProvince(name);
}

/**
 * "Tỉnh Tiền Giang (cũ)", "Cục THADS tỉnh Nam Định cũ", "Nam Dinh (cu)": the table's name of a
 * province of the 63 marked as the pre-merger one, the mark kept ("Tiền Giang (cũ)"), as a
 * province cell keeps it; null for a name without the mark or that is no province.
 */
export function markedFormerProvince(name: string): string | null {
  const bare = withoutOldMark(name);
  const table = bare === null ? null : provinceOfFileName(bare);
  return table === null ? null : `${table} (cũ)`;
}

/**
 * Whether a name carries the mark of a unit as it was before 1/7/2025 — "Bình Định (cũ)", "Chi
 * cục THADS huyện Chư Păh (cũ)", "… (trước sáp nhập)": the same mark for provinces and offices.
 */
export function hasFormerMark(name: string): boolean {
  return withoutOldMark(name) !== null;
}

/**
 * "Bình Định (cũ)" of "Gia Lai": a name marked as a province of the 63 that the 1/7/2025 table
 * merged into `province` (or that kept its name in it). A row of the province listed right
 * above such rows is their sum (input/list-structure.ts).
 */
export function isFormerPartOf(name: string, province: string, year: number | null = null): boolean {
  // A 2024 table of the 63 noting "Nam Định (nay thuộc tỉnh Ninh Bình)" below "Ninh Bình" lists
  // provinces of that year, no parts (work102a 05: refused SECTION_ROW_MISMATCH).
  if (year !== null && year < MERGER_YEAR && WHEREABOUTS.test(name.normalize('NFC'))) return false;
  const into = formerProvince(name);
  return into !== null && provinceKey(into.name) === provinceKey(province);
}

/**
 * "Bình Định", "Gia Lai" unmarked, of "Gia Lai", in a report by the 34: a province of the 63 that
 * the 1/7/2025 table merged into `province`, formed from two or more (no province kept alone, no
 * name marked as the new one). Only a row the table sets apart as a sub-line (no STT under a
 * numbered province) is read so: elsewhere such a name is a province of the list, rolled up.
 */
export function isUnmarkedFormerPartOf(name: string, province: string): boolean {
  if (hasFormerMark(name) || withoutNewMark(name) !== name) return false;
  const into = successorProvince(name);
  return into !== null && into.formedFrom.length > 1 && provinceKey(into.name) === provinceKey(province);
}

/**
 * "Gia Lai (mới)", "Tỉnh Gia Lai (sau sáp nhập)", or "Gia Lai" unmarked right below "Bình Định
 * (cũ)" / "Bình Định" (or "Gia Lai (cũ)"): the province of the 34 the name above was merged into,
 * when the name is it — null otherwise (a province kept alone, a name no province, another's name,
 * the same unmarked name again).
 */
export function successorBelowFormer(name: string, above: string): string | null {
  if (hasFormerMark(name)) return null;
  // ("1 | Gia Lai" over "| Gia Lai": the province over its first former part, list-structure.ts releaseBefore)
  if (withoutNewMark(name) === name && !hasFormerMark(above) && provinceKey(above) === provinceKey(name)) return null;
  const into = successorProvince(above);
  if (into === null || into.formedFrom.length < 2 || provinceKey(withoutNewMark(name)) !== provinceKey(into.name)) return null;
  return into.name;
}

/** The province's name without its "(cũ)" mark, as an office's label names it ("Châu Thành (Tiền Giang)"). */
export function withoutFormerMark(name: string): string {
  return withoutOldMark(name) ?? name;
}

/**
 * "Ninh Bình (mới)", "Tỉnh Ninh Bình mới", "NINH BINH (MOI)", "Ninh Bình (sau sáp nhập)", "… (sau
 * sắp xếp)", "… (sau hợp nhất)": a province of the 34 as 2025 reports set it apart from its former
 * namesake — the name without the mark, when what remains is a province; else the name as given.
 * Unaccented "moi" only in parentheses, as "cu" (withoutOldMark).
 */
export function withoutNewMark(name: string): string {
  const nfc = name.normalize('NFC');
  const m = NEW_MARK.exec(nfc);
  if (m && successorProvince(m[1]!) !== null) return m[1]!;
  return withoutListedParts(nfc) ?? name;
}
const AFTER = String.raw`sau\s+(?:(?:sáp|sap)\s+(?:nhập|nhap)|(?:sắp|sap)\s+(?:xếp|xep)|(?:hợp|hop)\s+(?:nhất|nhat))`;
const NEW_MARK = new RegExp(String.raw`^(.*?\S)(?:\s*\(\s*(?:mới|moi|${AFTER})\s*\)|\s+(?:mới|${AFTER}))\s*$`, 'iu');

/**
 * "Phú Thọ (gồm Vĩnh Phúc, Hòa Bình và Phú Thọ cũ)", "THADS tỉnh Ninh Bình (bao gồm Hà Nam, Nam
 * Định)", "THADS Tuyên Quang (Tuyên Quang + Hà Giang)": a province of the 34 formed from two or
 * more, its former provinces listed after it — the name before the list, when every name listed
 * is one of them ("gồm" may list one, a bare list names two or more, joined by ",", "+", "và");
 * null for any other name ("Châu Thành (Tiền Giang)" is an office of a province, "Gia Lai (Bình
 * Định)" says too little). 2025 lists by the 34 so set the new province apart (traps23 1: read as
 * no province, every province of the list lost its target, exit 0 under --fail-below-target).
 */
function withoutListedParts(nfc: string): string | null {
  if (!nfc.endsWith(')')) return null;
  const m = LISTED_PARTS.exec(nfc);
  if (!m) return null;
  const into = successorProvince(m[1]!);
  if (into === null || into.formedFrom.length < 2 || provinceKey(into.name) !== provinceKey(m[1]!)) return null;
  const parts = m[3]!.replace(/\s+(?:cũ|\(cũ\))$/iu, '').split(/\s*(?:[,;+&]|\s(?:và|va)\s)\s*/iu).map((p) => p.replace(/^(?:các|cac)\s+(?:tỉnh|tinh)\s+/iu, ''));
  const formers = new Set(into.formedFrom.map(provinceKey));
  const listed = new Set(parts.map(provinceKey));
  return listed.size >= (m[2] === undefined ? 2 : 1) && listed.size === parts.length && [...listed].every((k) => formers.has(k)) ? m[1]! : null;
}
/** a name, then in parentheses "gồm" / "bao gồm" (with "có", "cả", a colon) or nothing, and the list */
const LISTED_PARTS = /^(.*?\S)\s*\(\s*((?:bao\s+)?(?:gồm|gom)(?:\s+(?:có|co|cả|ca))?\s*:?\s*)?([^()]*?\S)\s*\)$/iu;

// Built with writtenKey, not provinceKey: provinceKey reads this map and UNACCENTED below.
const SUCCESSOR = new Map<string, Province>();
/** The keys of the 34's names. */
const NAMES_34 = new Set(PROVINCES_2025.map((p) => writtenKey(p.name)));
for (const p of PROVINCES_2025) {
  for (const old of p.formedFrom) SUCCESSOR.set(writtenKey(old), p);
  SUCCESSOR.set(writtenKey(p.name), p);
}

/**
 * Province names of either era, and their other spellings, without diacritics ("ben tre", "dac
 * lac") → the name in the table and the form it was written in; null when two provinces could be
 * meant.
 */
const UNACCENTED = new Map<string, { readonly name: string; readonly form: string } | null>();
function addUnaccented(form: string, name: string): void {
  const key = foldHeader(form);
  const seen = UNACCENTED.get(key);
  UNACCENTED.set(key, seen === undefined || seen?.name === name ? (seen ?? { name, form }) : null);
}
const TABLE_NAMES = [...new Set(PROVINCES_2025.flatMap((p) => [p.name, ...p.formedFrom]))];
for (const name of TABLE_NAMES) addUnaccented(foldWritten(name), name);
for (const [spelling, key] of Object.entries(SPELLINGS)) {
  if (!UNACCENTED.has(foldHeader(spelling))) addUnaccented(spelling, TABLE_NAMES.find((n) => writtenKey(n) === key)!);
}

/** the provinces (of the 63 and the 34) by their words' initials, without marks ("nd" → "Nam Định", "hcm" → "Hồ Chí Minh"); null where two share them ("hn": Hà Nam, Hà Nội) */
const BY_INITIALS = new Map<string, string | null>();
for (const name of TABLE_NAMES) {
  const initials = foldWritten(name).split(' ').map((w) => foldHeader(w)[0] ?? '').join('');
  if (initials.length >= 2) BY_INITIALS.set(initials, BY_INITIALS.has(initials) && BY_INITIALS.get(initials) !== name ? null : name);
}

/**
 * The province a name's letters are the initials of, as offices shorten their city or thị xã
 * named as its province ("TP.NĐ", "TPNĐ" of Nam Định, as "TP.HCM"): "nđ", "n.đ", "ND" → "Nam
 * Định"; null when the letters are no province's initials, or two provinces' ("hn").
 */
export function provinceOfInitials(letters: string): string | null {
  const key = foldHeader(letters).replace(/ /g, '');
  return key.length >= 2 ? (BY_INITIALS.get(key) ?? null) : null;
}

/**
 * The table's name of the province a name stands for written with fewer diacritics ("Dak Nong",
 * "Đăk Lăk", "ben-tre", "Bac Can"), or null. Other marks are another word: "Phù Yên" (a district
 * of Sơn La) is not "Phú Yên".
 */
function unaccentedProvince(name: string): string | null {
  const written = foldWritten(name);
  const meant = UNACCENTED.get(foldHeader(written));
  return meant && withFewerMarks(written, meant.form) ? meant.name : null;
}

/** Letters with their marks ("đắk" → d+stroke, a+breve+acute, k), words split on anything else. */
function markedLetters(text: string): string[] {
  return text.normalize('NFD').replace(/đ/gu, 'd\u0335').replace(latinLetters(/[^\p{L}\p{M}\d]+/gu), ' ').trim().match(/[^\u0300-\u036f][\u0300-\u036f]*/gu) ?? [];
}

/** `written` is `full` with some of its diacritics left out, none added or changed. */
function withFewerMarks(written: string, full: string): boolean {
  const a = markedLetters(written);
  const b = markedLetters(full);
  return a.length === b.length && a.every((letter, i) => letter[0] === b[i]![0] && [...letter.slice(1)].every((mark) => b[i]!.includes(mark)));
}

/** The province a province of either era belongs to from 1 July 2025; null when the name is not a province. */
/**
 * Whether a row's province cell agrees with the province its title names: the same, or, in a
 * report of 2025 on, one of the 63 merged into it ("Nam Định" under "Ninh Bình"), rolled up later.
 */
export function sameOrMergedInto(cell: string, title: string, year: number | null): boolean {
  if (provinceKey(cell) === provinceKey(title)) return true;
  const successor = year !== null && year >= MERGER_YEAR ? successorProvince(cell) : null;
  return successor !== null && provinceKey(successor.name) === provinceKey(title);
}

export function successorProvince(name: string): Province | null {
  return SUCCESSOR.get(provinceKey(name)) ?? null;
}

/**
 * Whether a province cell of a report of statistics year `year` names a province thads knows:
 * one of the 63 (or 34), or one merged away earlier (Hà Tây: its own province up to 2007, then
 * Hà Nội's). A cell naming none ("Vũng Tàu", "Nam Định, Việt Nam") is a province of its own.
 */
export function namesKnownProvince(name: string, year: number): boolean {
  return successorProvince(name) !== null || EARLIER_MERGERS.some((m) => provinceKey(m.former) === provinceKey(name)) || earlierMerger(name, year) !== null;
}

/**
 * The province a name stands for in statistics year `year`, as the reports of that year name it
 * ("TP Cần Thơ" → Cần Thơ; "Thừa Thiên Huế" in 2025 → Huế); a province of the 63 that was merged
 * away by then gives its own name and its successor. Null: no province thads knows.
 */
export function provinceInYear(name: string, year: number): { readonly name: string; readonly mergedInto?: string } | null {
  const key = provinceKey(name);
  const successor = SUCCESSOR.get(key);
  if (!successor) return null;
  const older = successor.formedFrom.find((old) => provinceKey(old) === key);
  if (year < MERGER_YEAR) return { name: older ?? successor.name };
  if (provinceKey(successor.name) === key) return { name: successor.name };
  return { name: older!, mergedInto: successor.name };
}

/**
 * A province's name (as the table writes it) as a report of `year` prints it: "Huế" in 2019 is
 * "Thừa Thiên Huế", "Thừa Thiên Huế" from 2025 is "Huế" (provinceInYear). Without a year, or for
 * a name no province, the name as given. Titles, section rows and file names print it so.
 */
export function nameInYear(name: string, year: number | null): string {
  return year === null ? name : (provinceInYear(name, year)?.name ?? name);
}

/**
 * The province a file's name names, as the table writes it ("ben-tre" → "Bến Tre", "gia-lai" →
 * "Gia Lai", "Tỉnh Tiền Giang", "Tien Giang Province" → "Tiền Giang"), or null: a name that is
 * not a province, or one two provinces could be without diacritics.
 */
export function provinceOfFileName(name: string): string | null {
  const plain = withoutEnglishOrAbbreviation(name);
  const found = tableName(name) ?? (plain === null ? null : tableName(plain));
  // "Ben Tre viec nam 2019": the year gone, "nam" (năm) stays behind it — but "Hà Nam" is a province.
  const year = /^(.*\S)\s+n[aă]m$/iu.exec(name.trim());
  return found ?? (year ? provinceOfFileName(year[1]!) : null);
}

/** The table's name of the province `name` is, as written or without diacritics, or null. */
function tableName(name: string): string | null {
  const key = writtenKey(name);
  return SUCCESSOR.has(key) ? (TABLE_NAMES.find((n) => writtenKey(n) === key) ?? name) : unaccentedProvince(name);
}

/**
 * The districts (huyện, before 1/7/2025) that bear another province's name, and their province:
 * huyện Quảng Ninh of Quảng Bình, huyện Phú Yên of Sơn La, huyện Hòa Bình of Bạc Liêu — the only
 * ones; an office named like its own province (TP Nam Định of Nam Định) is not among them.
 */
const DISTRICTS_LIKE_OTHER_PROVINCES: readonly { readonly district: string; readonly province: string }[] = [
  { district: 'Quảng Ninh', province: 'Quảng Bình' },
  { district: 'Phú Yên', province: 'Sơn La' },
  { district: 'Hòa Bình', province: 'Bạc Liêu' },
];

/**
 * `name` (a province's name as a file name writes it: "Quảng Ninh", "quang-ninh") is also a
 * district of `province` ("Quảng Bình", "Quang Binh"): "Quảng Bình - Quảng Ninh" is that office of
 * Quảng Bình, "Quảng Ninh - Quảng Bình" too — never an office "Quảng Bình" of Quảng Ninh.
 */
export function isDistrictNamedLikeProvince(name: string, province: string): boolean {
  const district = provinceOfFileName(name);
  const of = provinceOfFileName(province);
  return district !== null && of !== null && DISTRICTS_LIKE_OTHER_PROVINCES.some((d) => d.district === district && d.province === of);
}
