// When two ways of writing an office are one office. Exports label one office "Chi cục THADS
// huyện Mỹ Lộc" in one file and "Mỹ Lộc" in the next; the office of a per-office file is its
// file name ("02-Chi cục THADS huyện Giao Thủy 2019.csv"). The bare name — without "Chi cục
// THADS", "huyện", "thành phố"… — says which office, but only where one office on each side has
// it: huyện and thị xã Long Mỹ, huyện and thành phố Cao Lãnh share a bare name. Used by
// --previous (match-years.ts) and by the check that two files never give one office twice
// (office-registry.ts), by config targets of offices (targets.ts), and to say where prose must
// name an office's province (provincesToTell).
import { AGENCY_GLUED, AGENCY_NAME_MARKED, AGENCY_NAMES, AGENCY_UNITS, anyOfMarked, withAnyMarks } from './agency-words.js';
import { latinLetters } from './letters.js';
import { finalYAsI, foldHeader, foldNameCached, LONGEST_NAME, remembered, romanValue } from './names.js';
import { writtenAsFamilyName } from './person-names.js';
import { MERGER_YEAR, provinceKey, provinceOfInitials, sameOrMergedInto, successorProvince } from './provinces.js';

// The fixed words of an office's designator may come without diacritics (Windows without a
// Vietnamese keyboard, exports through ASCII): "Phong THADS khu vuc 2", "Chi cuc THADS huyen
// Mỹ Lộc". Only these words are read so; a place name keeps its marks ("Phù Yên" ≠ "Phú Yên").

/**
 * A list number a folder of files is sorted by: "02-", "3. ", "1)", "01_" before the name, or a
 * space alone ("01 Mỹ Lộc", "1 Mỹ Lộc": read as the office's, a file so named was refused beside
 * its own title, work93c 01). At most three digits: "2024 Mỹ Lộc" is the year's (file-names.ts
 * withoutYear), and a region's number follows its words ("KV 1", "Khu vực 01").
 */
const LIST_NUMBER = latinLetters(/^\d{1,3}(?:\s*[-._)]\s*|\s+)(?=\p{L})/u);
// "Phòng THADS khu vực 1" = "Phòng Thi hành án dân sự khu vực 1" (2026 exports spell it both
// ways), and without its "Phòng" ("THADS khu vực 1", "THA khu vực 1": a resent row, a short list).
// "CC THADS", "CCTHADS", "CC THA DS", and "CC" alone before a place ("CC Lệ Thủy", as the
// by-enforcer form's rows write it, by-enforcer.ts OFFICE_WORDS): the Chi cục's shortenings.
const OFFICE_PREFIX = latinLetters(
  new RegExp(String.raw`^(?:(?:(?:${withAnyMarks('chi cuc')}|${withAnyMarks('phong')}|p\.?) ?)?${AGENCY_NAME_MARKED}|cc ?${AGENCY_NAME_MARKED}|${withAnyMarks('chi cuc')}|cc(?= \p{L}))(?!\p{L})\s*`, 'u'),
);
/**
 * "Phòng" before a region without the agency's words: "Phòng KV2", "Phòng khu vực 2", "PKV1",
 * "P.KV1" — the province's THADS implied, as its offices write each other (round 67c, 04).
 * Only before a region's number: "Phòng Văn Hải" is a person's name.
 */
const REGION_OFFICE = latinLetters(/^(?:phòng|phong|p\.?)\s*(?=(?:kv|khu vực|khu vuc)\.?\s*(?:(?:số|so)\s*)?(?:\d|[ivx]{1,5}(?![\p{L}\d])))/u);
/** A province written before its region ("ninh-binh-kv1", "Ninh Bình KV1"): the province, and the region from its office words. */
const PROVINCE_BEFORE_REGION = latinLetters(/^(.+?)[\s,\-–—]+((?:phòng|phong|p\.?)?\s*(?:kv|khu vực|khu vuc)\.?\s*(?:(?:số|so)\s*)?(?:\d{1,3}|[ivx]{1,5})(?![\p{L}\d]))\s*$/u);
/**
 * A region's number as offices shorten it: "KV2", "KV 2", "kv.2", "khu vực số 2", "khu vuc 02"
 * → 2; and what follows it ("- Gia Lai", "(Gia Lai)", ", tỉnh Gia Lai").
 */
const REGION = latinLetters(/^(?:kv\.?|khu vực|khu vuc)\s*(?:(?:số|so)\s*)?(\d{1,3}|[ivx]{1,5})(?![\p{L}\d])(.*)$/u);
/**
 * The words after a region's "KV"/"khu vực" as written, from its number ("KV 1 - NINH BÌNH",
 * "KV.1", "KHU VỰC SỐ 2" → "1 - NINH BÌNH", "1", "2"); null if the name is no region's. For a
 * title's office (title-office.ts), so titles and office cells read regions by one rule.
 */
export function regionPlace(name: string): string | null {
  const text = name.normalize('NFC').trim();
  // lowercasing keeps an NFC Vietnamese text's length: the match's length cuts the text as written
  const m = REGION.exec(text.toLocaleLowerCase('vi'));
  return m ? text.slice(text.length - m[1]!.length - m[2]!.length).trim() : null;
}

/**
 * Another region after a region's number (folded): "+ KV2", "và khu vực 2", ", 2", "-3", "& 4",
 * "đến 3" — a file of two offices, never one of them.
 */
const SECOND_REGION = latinLetters(/(?<![\p{L}\d])(?:kv|khu vực|khu vuc|p\.?kv|phòng|phong)\.?\s*(?:(?:số|so)\s*)?(?:\d|[ivx]{1,5}(?![\p{L}\d]))|^\s*(?:[-–—,;+&/]|và|va|and|đến|den|tới|toi)\s*(?:\d{1,3}|[ivx]{1,5})(?![\p{L}\d])/u);
/** A province after a region: "- Gia Lai", ", tỉnh Gia Lai", "; tỉnh Gia Lai", "(Gia Lai)", " tỉnh Gia Lai" → the name with its kind. */
const PROVINCE_AFTER = /^(?:\s*[-–—,;:]\s*|\s*\(\s*(?=.*\)\s*$)|\s+)(.+?)\s*\)?\s*$/u;
// Unaccented "quan" only before a number ("Quan 1"): "Quan Hóa", "Quan Sơn" are huyện of Thanh Hóa.
// A file's name may join the unit's words as its others ("thi-xa-ky-anh-2019.csv").
// "Q" without its dot only before a number ("Q1", "Q 1", "Q10"), "T.P"/"T.X" with a dot inside:
// statisticians' short forms, each beside "Quận 1" of another file a second office (exit 0).
const UNIT_PREFIX = latinLetters(/^(?:(huyện|quận|thị xã|thành phố|tỉnh|huyen|thi[ _-]xa|thanh[ _-]pho|tinh|quan(?=\s*\d))(?!\p{L})|(t\. ?p\.?|t\. ?x\.?|tp\.?|tx\.?|h\.|q\.|q(?=\s*\d)))\s*/u);
/**
 * A place's name, its unit's words read away: "Huyện Vụ Bản" → "vụ bản"; a number as its value,
 * "Quận 01" → "1" as "Quận 1" (a city's quận written with two digits, as khu vực "01" is: its own
 * file beside the city's table was a fourth office, added, exit 0).
 */
function placeName(words: string): string {
  const place = words.replace(UNIT_PREFIX, '').trim();
  return /^0+\d/.test(place) ? place.replace(/^0+/, '') : place;
}
/** the spellings of a unit's kind, as UNIT_PREFIX captures them, → the kind */
const UNIT_KIND: Record<string, string> = {
  h: 'huyện', q: 'quận', tx: 'thị xã', tp: 'thành phố',
  huyen: 'huyện', quan: 'quận', 'thi xa': 'thị xã', 'thanh pho': 'thành phố', tinh: 'tỉnh',
};

/**
 * A unit's kind in brackets after its place, as lists sorted by place write it: "Ba Vì (huyện)",
 * "Long Mỹ (thị xã)", "Cao Lãnh (TP)" are "huyện Ba Vì", "thị xã Long Mỹ", "TP Cao Lãnh" — their
 * kind read as UNIT_PREFIX reads it before the place (a resend so written beside "Ba Vì" was one
 * more office, added, exit 0: traps21 bavi-huyen; "Long Mỹ (thị xã)" stays no huyện's). Only the
 * kinds UNIT_PREFIX reads alone before a place ("(quan)" unaccented is no kind there).
 */
const KIND_AFTER = /^(.*[^\s(])\s*\(\s*(huyện|quận|thị xã|thành phố|huyen|thi xa|thanh pho|t\. ?p\.?|t\. ?x\.?|tp\.?|tx\.?)\s*\)$/u;

/** A name read: its bare name, and the province written after a region's number or the Văn phòng's words (as the table writes it), if any. */
interface Read {
  readonly bare: string;
  /** the office within its province: "khu vực 2" of "khu vực 2 - Gia Lai", "văn phòng cục" of "văn phòng cục - nam định" */
  readonly region: string | null;
  readonly province: string | null;
}

/** Marks after a name's last word that end a sentence or a list's item, never a name's own. */
const TRAILING_MARKS = /[\s.,;:]+$/u;

/**
 * A name's words as read (folded): without its list number, "_" read as spaces, and "-" too in a
 * name without a space — a document system's or webmail's copy of a file ("Phong_THADS_khu_vuc_2",
 * "Chi_cuc_THADS_huyen_My_Loc", "phong-thads-khu-vuc-1"), whose office words are else not read
 * (round 67c, 03); without the agency's words before its place or region.
 */
const officeWords = remembered((name: string): string =>
  spelledWords(name)
    .replace(OFFICE_PREFIX, '')
    .replace(KIND_AFTER, '$2 $1')
    .replace(REGION_OFFICE, '')
    .replace(OWN_OFFICE_AGENCY, (_, cuc: string | undefined, rest: string) => `văn phòng${cuc ? ' cục' : ''}${rest ? ` ${rest}` : ''}`),
);

/**
 * A name's words as read (officeWords), its agency's words kept. Remembered: each rule of a
 * name's office (its bare name, kind, identity across files) reads the same name's words again.
 */
const spelledWords = remembered((name: string): string => {
  const words = foldNameCached(name).replace(LIST_NUMBER, '').replace(/_+/g, ' ').replace(/\s+/g, ' ').trim();
  const spaced = words.includes(' ') ? words : words.replace(/-+/g, ' ');
  // "… Kì Anh" is "… Kỳ Anh" (finalYAsI); a full stop or comma typed after the name is none of it
  // ("Chi cục THADS huyện Kỳ Anh."): either way a resent row was a second office, summed (work90b, 03)
  const ended = spaced.replace(TRAILING_MARKS, '') || spaced;
  return finalYAsI(ended);
});

/**
 * The provincial office's own (cấp tỉnh) by any of the agency's names: "Văn phòng Cục THADS tỉnh
 * Nam Định" = "VP Cục Thi hành án dân sự tỉnh Nam Định", "Văn phòng THADS tỉnh Phú Thọ" =
 * "Văn phòng Thi hành án dân sự tỉnh Phú Thọ" (work91b 02: a config target written one way
 * missed the row written the other). Still the Văn phòng's, never the Cục's whole: "cục nam định".
 */
const OWN_OFFICE_AGENCY = latinLetters(
  new RegExp(String.raw`^(?:${withAnyMarks('van phong')}|vp\.?)(?=(?: ${withAnyMarks('cuc')}| ${AGENCY_NAME_MARKED})(?!\p{L}))( ${withAnyMarks('cuc')})?(?: ${AGENCY_NAME_MARKED})?(?!\p{L})\s*(.*)$`, 'u'),
);

/**
 * The provincial office's own Văn phòng as officeWords reads it ("văn phòng cục", "văn phòng"),
 * and what follows: its province ("văn phòng cục tỉnh nam định", "… - nam định", "… (nam định)")
 * says no more than the province whose table lists it, as after a region's number. A bare
 * "Văn phòng Cục" / "VP Cục" in province X's table is X's (work93b 02); the Cục's whole stays
 * "cục x" (CUC_OF_AGENCY), never its Văn phòng.
 */
const OWN_OFFICE = /^(văn phòng(?: cục)?)(?![\p{L}\d])(.*)$/u;

/**
 * The provincial level's words alone after the Văn phòng's, no province named: "Văn phòng Cục
 * THADS tỉnh", "VP Cục tỉnh", "Văn phòng Cục (cấp tỉnh)", "Văn phòng THADS tỉnh", "Văn phòng
 * THADS thành phố" — the office of the province whose table lists it, as "Văn phòng Cục" there
 * or "Văn phòng Cục THADS tỉnh Nam Định" in Nam Định's (work99b 01: the row lost its config
 * target and was held to the province's, exit 0; "Văn phòng Cục" of another province's table was
 * no rival to it, --previous matched it with nothing). A name after them is a province's
 * (PROVINCE_AFTER) or kept as written.
 */
const OWN_LEVEL_ONLY = latinLetters(/^\s*(?:[-–—,:]\s*)?(?:\(\s*)?(?:(?:cấp|cap)\s+)?(?:tỉnh|tinh|thành phố|thanh pho|tp\.?)\s*\)?\s*$/u);

/**
 * The Cục by any of the agency's names: "Cục THADS tỉnh Hà Tĩnh", "Cục THA dân sự tỉnh Hà Tĩnh", "Cục
 * Thi hành án dân sự Hà Tĩnh" are one office, "cục hà tĩnh" (one year's report spells it one way, the
 * next another: work89c, compared with nothing).
 */
const CUC_OF_AGENCY = latinLetters(new RegExp(String.raw`^${withAnyMarks('cuc')} ${AGENCY_NAME_MARKED}(?!\p{L})\s*(?=\p{L})`, 'u'));

/**
 * The province's own office under its name since 1/7/2025: "Thi hành án dân sự tỉnh Phú Thọ",
 * "THADS tỉnh Phú Thọ", "THA dân sự tỉnh Phú Thọ" — the agency's words alone, no "Chi cục" or
 * "Phòng", before "tỉnh" (no office under the province is a "tỉnh"). The Cục under its new name:
 * "cục phú thọ", never the bare place "phú thọ", which is thị xã Phú Thọ's, or province Phú Thọ's
 * whole (round 92b 01/03/04: one office compared with a district, or with three provinces).
 */
const PROVINCE_OF_AGENCY = latinLetters(new RegExp(String.raw`^${AGENCY_NAME_MARKED} (?:tỉnh|tinh) (?=\p{L})`, 'u'));

/**
 * "Cục THADS tỉnh Ninh Bình", "Cục Thi hành án dân sự Hà Tĩnh", "Cục Ninh Bình": a name writing
 * the provincial agency as the Cục, its name before 1/7/2025 — not "THADS tỉnh Ninh Bình", its
 * name since (PROVINCE_OF_AGENCY), nor a "Chi cục" (repeated-rows.ts rule 5: a former province's
 * Cục beside the new province's own level).
 */
export function writesCuc(name: string): boolean {
  return CUC_WORD.test(officeWords(name));
}
const CUC_WORD = latinLetters(new RegExp(String.raw`^${withAnyMarks('cuc')}(?!\p{L})`, 'u'));

/**
 * The own office's words after the Cục's name, in brackets or not: "Cục THADS tỉnh Nam Định (cấp
 * tỉnh)", "… (Văn phòng)", "Thi hành án dân sự tỉnh Phú Thọ (cấp tỉnh)" — what the name alone says
 * in its province's table (input/row-labels.ts ownAgency reads the same words there), so one
 * office across files and years: --previous naming it without them compared it with nothing
 * (traps41 1, ONE_YEAR_ONLY).
 */
const OWN_NOTE_AFTER = new RegExp(String.raw`\s*[-–(\[,:]?\s*(?:(?:${anyOfMarked(['van phong', 'vp', 'co quan'])})(?: ${withAnyMarks('cuc')})?|${withAnyMarks('cap')} (?:${anyOfMarked(['tinh', 'cuc'])}))\s*[)\]]?$`, 'u');
/**
 * A Cục's name without the own office's note after it (OWN_NOTE_AFTER), as written: "Cục THADS
 * tỉnh Nam Định (cấp tỉnh)" → "Cục THADS tỉnh Nam Định"; any other name as it is.
 */
export function withoutOwnNote(name: string): string {
  const plain = name.replace(OWN_NOTE_AFTER_WRITTEN, '').trim();
  return plain !== '' && plain !== name.trim() && readCached(name).bare.startsWith('cục ') && readCached(plain).bare === readCached(name).bare ? plain : name;
}
const OWN_NOTE_AFTER_WRITTEN = new RegExp(OWN_NOTE_AFTER.source, 'iu');

/** The Cục's place after its agency's words, without the own office's note (OWN_NOTE_AFTER); a note alone stays. */
const cucPlace = (rest: string): string => {
  const place = rest.replace(UNIT_PREFIX, '').trim();
  return place.replace(OWN_NOTE_AFTER, '').trim() || place;
};

function read(name: string): Read {
  const bare = officeWords(name);
  const place = CUC_OF_AGENCY.exec(bare) && cucPlace(bare.replace(CUC_OF_AGENCY, ''));
  if (place) return { bare: `cục ${place}`, region: null, province: null };
  const ofAgency = PROVINCE_OF_AGENCY.exec(spelledWords(name));
  if (ofAgency && !REGION.test(bare.replace(UNIT_PREFIX, ''))) return { bare: `cục ${cucPlace(bare)}`, region: null, province: null };
  const own = OWN_OFFICE.exec(bare);
  if (own && OWN_LEVEL_ONLY.test(own[2]!)) return { bare: own[1]!, region: null, province: null };
  if (own && own[2]!.trim() !== '') {
    const written = PROVINCE_AFTER.exec(own[2]!)?.[1];
    if (written !== undefined && successorProvince(written)) {
      const province = provinceName(written);
      return { bare: `${own[1]!} - ${provinceKey(province)}`, region: own[1]!, province };
    }
  }
  const region = REGION.exec(bare);
  const before = region ? null : PROVINCE_BEFORE_REGION.exec(bare);
  if (before && successorProvince(before[1]!)) return read(`${before[2]!} - ${before[1]!}`);
  if (!region) return { bare: placeName(bare), region: null, province: null };
  // "02", "II": the number as the others write it
  const n = /^\d+$/.test(region[1]!) ? Number(region[1]) : romanValue(region[1]!);
  const number = `khu vực ${n ?? region[1]}`;
  if (region[2]!.trim() === '') return { bare: number, region: number, province: null };
  // Every province has a khu vực 2: a province after it stays part of the name, keyed as
  // provinces are ("tỉnh Gia Lai", "(Gia Lai)" → "khu vực 2 - gia lai"). Anything else after
  // the number — the area it covers ("KV2 - Yên Mô", "KV1 (Hoa Lư - Gia Viễn)"), a version or
  // a report's words ("KV 3 - bản hoàn thiện", "KV 3 - BC tổng kết") — is no part of it: no two
  // Phòng of one province share a number (round 85c, 01/05: a resend was a fourth office). A
  // second region after it ("KV1 + KV2", "KV 1, 2") is two offices' file: kept as written.
  const written = PROVINCE_AFTER.exec(region[2]!)?.[1];
  const province = written === undefined ? null : successorProvince(written) && provinceName(written);
  if (province === null) return SECOND_REGION.test(region[2]!) ? { bare: placeName(bare), region: null, province: null } : { bare: number, region: number, province: null };
  return { bare: `${number} - ${provinceKey(province)}`, region: number, province };
}

/**
 * Where a district's name may end and its province begin: a dash, comma, semicolon or colon, "(", or a
 * space before the province's kind ("huyện kim sơn tỉnh ninh bình"); a space alone never, for a
 * district's own last words may spell a province's.
 */
const DISTRICT_PROVINCE_SEPARATOR = latinLetters(/\s*[-–—,;:]\s*|\s*\(\s*|\s+(?=(?:tỉnh|tinh|thành phố|thanh pho|tp\.?)(?!\p{L}))/gu);

/**
 * A district's name (its unit's words dropped) with a province after it, as after a region's
 * number (PROVINCE_AFTER, the provinces thads knows): "kim sơn, tỉnh ninh bình" → "kim sơn" of
 * Ninh Bình; "phan rang - tháp chàm - ninh thuận" → "phan rang - tháp chàm" of Ninh Thuận. Null
 * where nothing after the name is a province ("phan rang - tháp chàm").
 */
function districtInProvince(name: string): { readonly office: string; readonly province: string } | null {
  const end = name.trimEnd().length;
  for (const m of name.matchAll(DISTRICT_PROVINCE_SEPARATOR)) {
    // no province's name is that long (LONGEST_NAME): only a mark near the end can come before one
    if (end - m.index > LONGEST_NAME) continue;
    const office = placeName(name.slice(0, m.index));
    if (office === '') continue;
    const written = PROVINCE_AFTER.exec(name.slice(m.index))?.[1];
    if (written !== undefined && successorProvince(written)) return { office, province: provinceName(written) };
  }
  return null;
}

/**
 * A district's (Chi cục's) name read with its province written after it ("huyện kim sơn, tỉnh ninh
 * bình", "kim sơn - ninh bình", "kim sơn (ninh bình)"): for officeProvinceInName (a config's
 * target) and bareName in a row of that province (its office's identity, districtCached).
 */
function districtOf(r: Read): { readonly office: string; readonly province: string } | null {
  return r.region === null ? districtInProvince(r.bare) : null;
}

/** The province a name stands for, as the table writes it ("tinh Gia Lai" → "Gia Lai"). */
function provinceName(written: string): string {
  const key = provinceKey(written);
  const p = successorProvince(written)!;
  return [p.name, ...p.formedFrom].find((n) => provinceKey(n) === key) ?? written;
}

const readCached: (name: string) => Read = remembered((name) => read(name));

/** Where a row is: its province (column, section title or file name) and its year. */
export interface RowPlace {
  readonly province: string | null;
  readonly year: number | null;
}

/** "Phòng THADS khu vực 2", "Phòng KV2", "Khu vực 3": a regional office of a province since 1/7/2025. */
export function namesRegionOffice(name: string): boolean {
  return /^khu vực \d+$/.test(bareName(name));
}

/**
 * The province a khu vực office is of: the province formed on 1/7/2025 it is numbered within,
 * whatever former province its row still writes — "Phòng THADS khu vực 5" under "Bình Định" in
 * 2026 is Gia Lai's khu vực 5, one office with Gia Lai's (traps31 t7: as two offices, its cases
 * and its money were printed as two half rows; one file's two such rows added, exit 0). Any
 * other office, or a year before the merger: its province as written.
 */
export function officeProvince(province: string, district: string, year: number | null): string {
  if (year === null || year < MERGER_YEAR || !namesRegionOffice(district)) return province;
  return successorProvince(province)?.name ?? province;
}

/**
 * "Chi cục THADS huyện Mỹ Lộc", "H. Mỹ Lộc", "02-Mỹ Lộc", "Mỹ Lộc" → "mỹ lộc"; "Phòng THADS khu
 * vực 1" → "khu vực 1" (remembered, bounded: asked once per office of every file). A province
 * after a region's number is dropped in a row of that province (`place`), or of the province it
 * was merged into from 2025 ("khu vực 2 - Kon Tum" in a Quảng Ngãi row of 2025); after the
 * Văn phòng's words in a row of that very province ("Văn phòng Cục THADS tỉnh Nam Định" of Nam
 * Định → "văn phòng cục", as "VP Cục" there: work93b 02); after a district's name in a row of
 * that very province (no district outlived 1/7/2025): "Chi cục THADS huyện Mỹ Lộc - tỉnh Nam
 * Định", "…, tỉnh Nam Định", "… (Nam Định)", "Mỹ Lộc - Nam Định" of Nam Định → "mỹ lộc", as its
 * "Mỹ Lộc" (work100c 01: a re-export so written beside the office's file was added, exit 0).
 * Another province after it ("Mỹ Lộc - tỉnh Hà Nam" in Nam Định's table) keeps it as written;
 * a city named as its province keeps its name ("Thành phố Nam Định" → "nam định").
 */
export function bareName(name: string, place?: RowPlace): string {
  const r = readCached(name);
  if (!place) return r.bare;
  if (writesOwnProvince(r, place)) return r.region!;
  const d = districtCached(name);
  return d !== null && place.province !== null && provinceKey(d.province) === provinceKey(place.province) ? d.office : r.bare;
}

/** districtOf a name, remembered (bareName asks it of every office of a province's rows). */
const districtCached = remembered((name: string) => districtOf(readCached(name)));

/** A name read as a region's ("khu vực 2", with or without its province), not a Văn phòng's. */
const isRegion = (r: Read) => r.region !== null && REGION.test(r.region);

/**
 * The province a name writes after its office is the row's (`place`): a region's, or the one it
 * was merged into (provinceInNameFits); a Văn phòng's only its very own — every Cục merged on
 * 1/7/2025 had its Văn phòng ("Văn phòng Cục THADS tỉnh Nam Định" is no Văn phòng of Ninh Bình's).
 */
function writesOwnProvince(r: Read, place: RowPlace): boolean {
  if (r.province === null || place.province === null) return false;
  return isRegion(r) ? provinceInNameFits(r.province, place) : provinceKey(r.province) === provinceKey(place.province);
}

/** The province written after a region's number ("Phòng THADS khu vực 2 - Gia Lai" → "Gia Lai"), or null (a Văn phòng's too: none). */
export function provinceInName(name: string): string | null {
  const r = readCached(name);
  return isRegion(r) ? r.province : null;
}

/**
 * The province a name writes after its office, a region's, the Văn phòng's or a district's
 * ("Phòng THADS khu vực 1 - Ninh Bình" → "Ninh Bình", "Văn phòng Cục THADS tỉnh Nam Định" → "Nam
 * Định", "Chi cục THADS huyện Kim Sơn, tỉnh Ninh Bình" → "Ninh Bình"), or null:
 * the name is of that province's office only, wherever it is written (a config's year-level
 * target, targets.ts).
 */
export function officeProvinceInName(name: string): string | null {
  const r = readCached(name);
  return r.province ?? districtOf(r)?.province ?? null;
}

/** The province a name writes after its region is the row's, or was merged into it by year `place.year`. */
export function provinceInNameFits(province: string, place: RowPlace): boolean {
  return place.province === null || sameOrMergedInto(province, place.province, place.year);
}

/**
 * "H Vụ Bản", "Q Bình Thạnh": a unit's letter without its dot, a space, then a place — as
 * "Huyện Vụ Bản", "Quận Bình Thạnh" when offices are compared (officeIdentity: across files,
 * and names written two ways in one file). Only there: "H " also opens Ê Đê women's names ("H Lan
 * Niê") in by-enforcer tables, so UNIT_PREFIX (unitKind, whether a row is a person's) never reads
 * it. Beside "Huyện Vụ Bản" a re-sent "H Vụ Bản" was a second office, added, exit 0 (names45).
 */
const unitLetterSpelled = remembered((name: string): string => {
  const m = UNIT_LETTER.exec(officeWords(name));
  if (m === null) return name;
  // the unit's letter is the name's first word standing alone after its office's words (OFFICE_PREFIX)
  return name.normalize('NFC').replace(UNIT_LETTER_WRITTEN, (_, letter: string) => (/h/iu.test(letter) ? 'Huyện ' : 'Quận '));
});
const UNIT_LETTER = latinLetters(/^[hq] (?=\p{L}{2})/u);
const UNIT_LETTER_WRITTEN = latinLetters(/(?<![\p{L}\d.'’])([HhQq]) (?=\p{L}{2})/u);

/**
 * The office a row names, for telling offices apart across files: its bare name, and its
 * province — the row's, else the one its name writes after the region (a file without a
 * province column: "khu vực 2 - Gia Lai" and "khu vực 2 - Đắk Lắk" are two provinces' offices),
 * a region's from 2025 as the province it was merged into (a Văn phòng's stays its own).
 */
export function officeIdentity(written: string, place: RowPlace): { readonly bare: string; readonly province: string | null } {
  const name = unitLetterSpelled(written);
  if (place.province !== null) return { bare: bareName(name, place), province: place.province };
  const r = readCached(name);
  if (r.province === null) {
    // A district's name with its province after it ("Chi cục THADS huyện Mỹ Lộc, tỉnh Nam Định",
    // "Mỹ Lộc (Nam Định)") is that province's office of its bare name: beside "Mỹ Lộc" of no
    // province it is the same office, beside "Mỹ Lộc" of another province not (work101c 01: a
    // copy so named was a second office, added, exit 0).
    const d = districtCached(name);
    return d !== null ? { bare: d.office, province: d.province } : { bare: r.bare, province: null };
  }
  const province = isRegion(r) && place.year !== null && place.year >= MERGER_YEAR ? (successorProvince(r.province)?.name ?? r.province) : r.province;
  return { bare: r.region!, province };
}

/**
 * The provincial level's own office as a province's summary names its row: "Cấp tỉnh", "Cấp
 * Cục", "Cơ quan Cục", "Cục" alone — THADS forms lay a province out by level, and that level's
 * figures are the Văn phòng's (namesVanPhong), bare (unaccentedKey).
 */
const OWN_LEVEL = new Set(['cap tinh', 'cap cuc', 'co quan cuc', 'co quan cuc thads', 'cuc', 'cuc thads tinh']);

/**
 * The office a row names across the files of one run (office-registry.ts): officeIdentity, the
 * province level's own office by any of its names one office, "văn phòng cục" of its province —
 * a summary's "Cấp tỉnh" row beside "Văn phòng Cục 2024.csv" gives it twice (work101c 02: added,
 * exit 0). Not within one table, where a level's row may head its offices.
 */
export function officeAcrossFiles(name: string, place: RowPlace): { readonly bare: string; readonly province: string | null } {
  return acrossFilesOf(place.province, place.year)(name);
}

/**
 * officeAcrossFiles remembered, one memo per province and year: the registry asks it of each
 * office again and again (its bare name, its key without marks, its variants: ten times an office
 * at 700 offices). Bounded as the memos are: beyond MAX_PLACES places all are forgotten.
 */
const MAX_PLACES = 1 << 10;
const ACROSS_FILES = new Map<string | null, Map<number | null, (name: string) => { readonly bare: string; readonly province: string | null }>>();
function acrossFilesOf(province: string | null, year: number | null): (name: string) => { readonly bare: string; readonly province: string | null } {
  let byYear = ACROSS_FILES.get(province);
  if (byYear === undefined) {
    if (ACROSS_FILES.size >= MAX_PLACES) ACROSS_FILES.clear();
    ACROSS_FILES.set(province, (byYear = new Map()));
  }
  let memo = byYear.get(year);
  if (memo === undefined) {
    const place: RowPlace = { province, year };
    memo = remembered((name: string) => {
      const id = officeIdentity(name, place);
      return namesVanPhong(name) || OWN_LEVEL.has(unaccentedKey(readCached(name).bare)) ? { bare: 'văn phòng cục', province: id.province } : id;
    });
    byYear.set(year, memo);
  }
  return memo;
}

/** Where a run-together name's words begin: a capital after a small letter ("MyLoc"), the last capital of a run before its small letters ("CCTHADSMyLoc"). */
const CAPITAL_BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu;

/** A name's words set apart where their capitals begin: "MyLoc" → "My Loc", "PTHADS_KhuVuc1" → "PTHADS_Khu Vuc1". */
function wordsApart(name: string): string {
  return name.normalize('NFC').replace(CAPITAL_BOUNDARY, ' ');
}

/**
 * The office a name says across files (officeAcrossFiles) with its word boundaries folded, for a
 * name taken from a file's name (office-registry.ts): its words set apart where their capitals
 * begin, read as a name is ("CCTHADS_MyLoc", "H.MyLoc" → "mĩ lộc"), then without marks, spaces and
 * y/i ("MyLoc", "My Loc", "chomoi", "CHOMOI", "Chợ Mới" → "miloc", "chomoi"; "KhuVuc1" and
 * "Phòng THADS khu vực 1" → "khuvuc1", never "khuvuc11"); and a city or thị xã written as its
 * province's initials, that province's name ("TP.NĐ", "TPNĐ" → "namdinh", as "Thành phố Nam
 * Định"; its unit is still compared). An e-mail's or a script's copy of a file names its office
 * so (work104d 02, 03: added beside the office's own file, exit 0).
 */
/** A name written run together ("MyLoc", "PTHADS_KhuVuc1") or as a city of its province's initials ("TP.NĐ"): what joinedKey reads that a name's own key does not. */
const writtenJoined = remembered((name: string): boolean => {
  // (most names have neither a capital inside a word nor two capitals in a row: said at once)
  if (!/\p{Lu}\p{Lu}|\p{Ll}\p{Lu}/u.test(name)) return false;
  const apart = wordsApart(name);
  if (apart !== name.normalize('NFC')) return true;
  const kind = unitKind(apart);
  return (kind === 'thành phố' || kind === 'thị xã') && provinceOfInitials(officeAcrossFiles(apart, { province: null, year: null }).bare) !== null;
});

export const joinedKey = (name: string, place: RowPlace): string => joinedCached(`${place.province ?? ''}\u0000${place.year ?? ''}\u0000${name}`);

const joinedCached = remembered((key: string): string => {
  const [province, year, name] = key.split('\u0000') as [string, string, string];
  const apart = wordsApart(name);
  const bare = officeAcrossFiles(apart, { province: province === '' ? null : province, year: year === '' ? null : Number(year) }).bare;
  const kind = unitKind(apart);
  const city = kind === 'thành phố' || kind === 'thị xã' ? provinceOfInitials(bare) : null;
  return unaccentedKey(city ?? bare).replace(/ /g, '').replace(/y/g, 'i');
});

/**
 * A name squeezed as a script or an e-mail copies it: run together ("VuBan", "MyLoc", "H.VuBan",
 * "TP.NĐ": writtenJoined), or one word of plain letters, digits after them or not, without marks
 * ("vuban", "VUBAN", "Quan1"), or a bare name of syllables run together in one word (syllablesRunTogether:
 * "H.vuban", "Chi cuc THADS huyen vuban", "VỤBẢN"). Rule 2 compares such a name with the other names of its place by
 * joinedKey too (repeated-rows.ts): "VuBan" beside "Vụ Bản" with the same figures is one row
 * pasted twice. Names both in words are never so paired ("Phù Yên", "Phú Yên": two offices).
 */
export const writtenSqueezed = remembered((name: string): boolean => SQUEEZED.test(name) || writtenJoined(name) || syllablesRunTogether(name));
const SQUEEZED = /^\s*[A-Za-z]{2,}[0-9]*\s*$/;

/**
 * A bare name (its unit's and agency's words read away) squeezed as SQUEEZED reads a whole cell
 * ("H.vuban", "Huyện yyen", "Chi cuc THADS huyen vuban": a unit typed before a squeezed name), or
 * with its marks one word of two syllables or more run together — two groups of vowels with a
 * consonant between, which no Vietnamese syllable has ("VỤBẢN", "vụbản"; not "Huế", "Thành phố
 * Huế"), or one group of vowels no single syllable has (twoSyllableVowels: "Phúyên", "Hòaan").
 * These escaped SQUEEZED and writtenJoined (no capital inside a word), and a copy so named beside
 * its office's name in words was summed, exit 0.
 */
const syllablesRunTogether = remembered((name: string): boolean => {
  const bare = readCached(name).bare;
  if (SQUEEZED.test(bare)) return true;
  if (!/^\p{L}{2,}[0-9]*$/u.test(bare)) return false;
  return /[aeiouy]+[^aeiouy]+[aeiouy]/.test(foldHeader(bare)) || twoSyllableVowels(bare);
});

/** The vowels of one Vietnamese syllable without their marks (â ă ê ô ơ ư as a e o u): "uyê" → "uye", "ươi" → "uoi"; "ea" of Ê Đê names ("Ea Súp"). */
const ONE_SYLLABLE_VOWELS = new Set(
  'a e i o u y ai ao au ay ea eo eu ia ie iu oa oe oi oo ua ue ui uo uu uy ye ieu yeu oai oao oay oeo uay uoi uou uya uye uyu'.split(' '),
);
/** NFD's tone marks (huyền, sắc, ngã, hỏi, nặng) and the marks that make â ă ê ô ơ ư. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
const VOWEL_MARK = /[\u0302\u0306\u031b]/u;

/**
 * Whether one word's vowels, with no consonant between, are two syllables' (the second beginning
 * with a vowel: "Phúyên" for "Phú Yên", "Hòaan" for "Hòa An", "Ýyên" for "Ý Yên"): a group no
 * syllable has ("oaa"; the u of qu and the i of gi before a vowel are the consonant's: "Quảng",
 * "Giuộc"), two tones, or a tone on a plain vowel before a marked one — one syllable's tone sits on
 * its â ă ê ô ơ ư ("Tuyến", "Thuở"), so "Phúyên" is two though "uyê" alone is one syllable's.
 */
function twoSyllableVowels(word: string): boolean {
  const letters = [...word.normalize('NFC').toLowerCase()].map((c) => {
    const d = c.normalize('NFD');
    return { base: foldHeader(d.charAt(0)), tone: TONE.test(d), marked: VOWEL_MARK.test(d) };
  });
  const vowel = (i: number) => i < letters.length && /^[aeiouy]$/.test(letters[i]!.base);
  for (let start = 0; start < letters.length; start++) {
    if (!vowel(start)) continue;
    let end = start;
    while (vowel(end)) end++;
    const before = start > 0 ? letters[start - 1]!.base : '';
    const first = letters[start]!.base;
    const onset = end - start > 1 && ((before === 'q' && first === 'u') || (before === 'g' && first === 'i')) ? 1 : 0;
    const group = letters.slice(start + onset, end);
    if (!ONE_SYLLABLE_VOWELS.has(group.map((l) => l.base).join(''))) return true;
    if (group.filter((l) => l.tone).length > 1) return true;
    const toned = group.findIndex((l) => l.tone);
    if (toned >= 0 && !group[toned]!.marked && group.slice(toned + 1).some((l) => l.marked)) return true;
    start = end;
  }
  return false;
}

/** OFFICE_NAME_VARIANTS' key (`key`: oneOfficeKey of `name` in `place`) with its name read as joinedKey reads it: its province and year, "vuban" for "Vụ Bản", "VuBan", "vuban". */
export function joinedVariantKey(name: string, key: string, place: RowPlace): string {
  return `${key.slice(0, key.lastIndexOf('\u0000') + 1)}${joinedKey(name, place)}`;
}

/**
 * The province's own office under its name since 1/7/2025 ("THADS tỉnh Ninh Bình",
 * PROVINCE_OF_AGENCY) where that province was formed from several on that day: it took over the
 * cases of all their Cục, so no one former "Cục THADS tỉnh Ninh Bình" is it (--previous,
 * match-years.ts), though both are keyed "cục ninh bình".
 */
export function namesMergedProvinceOffice(name: string): boolean {
  if (!PROVINCE_OF_AGENCY.test(spelledWords(name))) return false;
  const r = readCached(name);
  return r.region === null && (successorProvince(r.bare.replace(/^cục /u, ''))?.formedFrom.length ?? 0) > 1;
}

/** The province's own Văn phòng, bare (unaccentedKey): the Cục's until 7/2025, the provincial THADS's after it ("tỉnh", "thành phố" without the province's name read away: OWN_LEVEL_ONLY); "VP" alone (a file's name). */
const VAN_PHONG = new Set(['van phong cuc', 'van phong', 'vp']);

/**
 * Whether a name is the province's own Văn phòng, in any spelling its row has (OWN_OFFICE_AGENCY)
 * or bare: "Văn phòng Cục", "VP Cục", "Văn phòng Cục THADS tỉnh Nam Định" (its province dropped,
 * whichever it is: officeProvinceInName says which), "Văn phòng THADS tỉnh", "Văn phòng Thi hành án
 * dân sự tỉnh Ninh Bình", "Van phong" — a province has one, so under a title naming it
 * (title-office.ts) no such name is a rival office. Not "Văn phòng Cục và các Chi cục".
 */
export function namesVanPhong(name: string): boolean {
  const r = readCached(name);
  const own = r.province !== null && r.region !== null && !isRegion(r) ? r.region : r.bare;
  return VAN_PHONG.has(unaccentedKey(own));
}

/** The kind of unit a name states: "Thị xã Long Mỹ", "TX. Long Mỹ" → "thị xã"; "Long Mỹ" → null. */
export function unitKind(name: string): string | null {
  return kindOf(UNIT_PREFIX.exec(officeWords(name)));
}

function kindOf(m: RegExpExecArray | null): string | null {
  // a short form by its letters: "T.P.", "TP." and "Tp" are one kind
  const unit = m ? (m[1]?.replace(/[_-]/g, ' ') ?? m[2]?.replace(/[. ]/g, '')) : undefined;
  return unit === undefined ? null : (UNIT_KIND[unit] ?? unit);
}

/**
 * A name that begins with its unit, read as unitKind reads it ("TX. KỲ ANH", "H.HƯƠNG SƠN",
 * "THỊ XÃ KỲ ANH"): the unit's kind and the place after it, as written; null if none. For a
 * title's office (title-office.ts), so titles and office cells read units by one rule.
 */
export function unitAndPlace(name: string): { readonly kind: string; readonly place: string } | null {
  const text = name.normalize('NFC');
  // lowercasing keeps an NFC Vietnamese text's length: the match's length cuts the text as written
  const m = UNIT_PREFIX.exec(text.toLocaleLowerCase('vi'));
  const kind = kindOf(m);
  return kind === null ? null : { kind, place: text.slice(m![0].length).trim() };
}

/**
 * Whether a name's last word "Năm" (five) is the name's own, not the word "năm" (year) of a year
 * written after it ("Mỹ Lộc năm 2019"): `upToNam` is the text up to and with that word. The one
 * office so named is Thị xã Ngã Năm (Sóc Trăng): "Ngã Năm 2019", "NGÃ NĂM 2019" keep it, "Ngã
 * Năm năm 2019" only the first ("Năm Căn" begins with it: no year follows it). A list, not a
 * rule of case: titles write "HUYỆN MỸ LỘC NĂM 2019" in capitals as they write "NGÃ NĂM".
 * Written without its breve ("nam", "Nam", "NAM": a name typed without diacritics, "My Loc nam
 * 2019") the word may also be the last of a place ending in "Nam" (south), the list NAM_PLACE:
 * "Hà Nam 2019", "Ha Nam 2019" keep it, "Ha Nam nam 2019" only the first. A "Năm" with its breve
 * is never "Nam". The place is the name's whole, or its last part (after a comma or a spaced
 * dash, "Ly Nhan - Ha Nam"), or what follows an office's or a form's words ("Chi cuc THADS huyen
 * Thuan Nam", "tinh Ha Nam", "Bieu 07 Ha Nam"): "Thanh Ha nam 2019", "Dong Ha nam 2019", "Binh
 * Thuan nam 2019" are Thanh Hà, Đông Hà, Bình Thuận of the year, no Hà Nam nor Thuận Nam. A
 * slug's "-" and "_" join words as spaces do ("ham-thuan-nam").
 */
export function namIsOfName(upToNam: string): boolean {
  const text = upToNam.normalize('NFC').trimEnd();
  const part = foldHeader(text.split(/\s*,\s*|\s+[-–—]\s+|[([]/u).pop()!);
  if (!NAM_PLACE.test(part)) return false;
  const last = latinLetters(/\p{L}+$/u).exec(text)?.[0] ?? '';
  return !/ă/iu.test(last) || /(?:^| )nga nam$/.test(part);
}

/**
 * Places whose name ends in "Nam", folded: the provinces Hà Nam and Quảng Nam (provinces.ts),
 * Việt Nam, the districts Thuận Nam and Hàm Thuận Nam, thị xã Ngã Năm — a name's whole, or after
 * the words of an office, a unit, a form or a number (NAM_LEAD).
 */
const NAM_LEAD = String.raw`(?:${[...AGENCY_UNITS, ...AGENCY_GLUED, ...AGENCY_NAMES].join('|')}|tinh|huyen|quan|thi xa|tx|thanh pho|tp|h|bc|bao cao|bieu|mau|so|\d+[a-z]?)`;
const NAM_PLACE = new RegExp(String.raw`^(?:(?:.* )?${NAM_LEAD} )?(?:ha|quang|viet|thuan|ham thuan|nga) nam$`);

/**
 * Whether the last word of `upTo` is an office's name's own, not a version note's first ("bản"
 * of "bản sửa", file-names.ts withoutVersionAndPeriod): "Vụ Bản đã sửa" is Vụ Bản (Nam Định)
 * corrected. A list, as namIsOfName's, for capitals are no rule: "VỤ BẢN BẢN SỬA".
 */
export function wordEndsName(upTo: string): boolean {
  return /(?:^| )vu ban$/.test(foldHeader(upTo.replace(/[\s\-–—_,.([]+$/u, '')));
}

/** Two names that state their unit state the same one (a name that states none fits either). */
export function sameUnitKind(a: string, b: string): boolean {
  const x = unitKind(a);
  const y = unitKind(b);
  return x === null || y === null || x === y;
}

/**
 * A bare name (bareName) as it is matched when one side travelled without its marks — a file's
 * name ("my-loc", "My Loc", "Mĩ Lộc"): diacritics, đ, case and punctuation folded (foldHeader),
 * and a syllable's final y after its consonants read as i, as bareName reads it (finalYAsI:
 * "Mĩ"/"Mỹ", "Kì"/"Kỳ"). Only for such names: as typed in one file, "Phù Yên" is not "Phú Yên".
 */
export function unaccentedKey(bare: string): string {
  return finalYAsI(foldHeader(bare));
}

/**
 * A bare name (bareName) typed without any diacritics ("my loc", "thanh pho nam dinh": old
 * software, a keyboard without Vietnamese): no letter beyond a–z. Such a name may be any office
 * of its unaccentedKey; a name with its marks is the one it writes ("phù yên" is not "phú yên").
 */
export function writtenWithoutMarks(bare: string): boolean {
  return !/[^\u0000-\u007f]/u.test(bare.normalize('NFC'));
}

/** Two names, one of them a file's, that may be one office: mayBeOneOffice, by their unaccentedKey. */
export function mayBeOneOfficeUnaccented(a: string, b: string): boolean {
  return unaccentedKey(bareName(a)) === unaccentedKey(bareName(b)) && sameUnitKind(a, b);
}

/**
 * A file's name run together ("VuBan", "MyLoc", "YYen", "vuban", "HuyenMyLoc": a script's, an
 * e-mail's copy) that is the office `titled` names: its words set apart where their capitals
 * begin ("VuBan" → "Vu Ban") and read as mayBeOneOfficeUnaccented reads them, or their bare names
 * without marks AND spaces equal ("vuban" = "Vụ Bản"). Only against an office a title names: alone,
 * a squeezed name says no office (title-office.ts officeOfFile).
 */
export function runTogetherNamesOffice(named: string, titled: string): boolean {
  const apart = wordsApart(named);
  if (apart !== named.normalize('NFC') && mayBeOneOfficeUnaccented(apart, titled)) return true;
  const squeezed = (name: string) => {
    const bare = bareName(name);
    return [foldHeader(bare), unaccentedKey(bare)].map((k) => k.replace(/ /g, ''));
  };
  const office = squeezed(titled);
  return office[0] !== '' && sameUnitKind(named, titled) && squeezed(named).some((k, i) => k === office[i]);
}

/** Two names that may be one office: their bare names agree and their units do not differ ("Mỹ Lộc", "Huyện Mỹ Lộc"). */
export function mayBeOneOffice(a: string, b: string): boolean {
  return bareName(a) === bareName(b) && sameUnitKind(a, b);
}

/**
 * What names written two ways share when they may be one office (oneOfficeTwice; second-table.ts
 * for the rows under an of-which line): the province, the year and the bare name (officeIdentity),
 * folded — without diacritics too, "Huyen Chu Se" beside "Huyện Chư Sê" (retyped without a
 * Vietnamese keyboard). Their units must not differ besides (sameUnitKind).
 */
export function oneOfficeKey(name: string, place: RowPlace): string {
  const id = officeIdentity(name, place);
  return `${id.province === null ? '' : provinceKey(id.province)}\u0000${place.year ?? ''}\u0000${variantName(id.bare)}`;
}

/** a lone consonant, the next word's first sound ("m gar" of "M'gar", "k bang" of "K'Bang", folded) */
const LONE_CONSONANT = /(?<=^|[a-z0-9] )([bcdfghklmnpqrstvx]) (?=[a-z])/g;
/** a syllable's final k after its vowel (folded: "pak", "dak", "buk"); only k, only at its end */
const FINAL_K = /(?<=[aeiouy])k(?![a-z0-9])/g;
/**
 * One office's other names, folded as variantName folds them (final k already read as c): the
 * city of Đắk Lắk is Buôn Ma Thuột, written Buôn Mê Thuột and Ban Mê Thuột too. A list of names,
 * never a rule of vowels: "Ma" and "Mê" are other words elsewhere.
 */
const KNOWN_ALIASES: Record<string, string> = { 'buon me thuot': 'buon ma thuot', 'ban me thuot': 'buon ma thuot' };
const KNOWN_ALIAS = new RegExp(`(?<![a-z0-9])(?:${Object.keys(KNOWN_ALIASES).join('|')})(?![a-z0-9])`, 'g');

/**
 * A bare name as OFFICE_NAME_VARIANTS compares two (oneOfficeKey's name part; across files,
 * office-registry.ts): diacritics, case and punctuation folded — "Krông Búk", "Krông Buk" →
 * "krong buk" — and the spellings the Central Highlands' names are written in besides (each,
 * beside the other in a resent file, was one more office, added, exit 0: traps21 bmt, krongpac,
 * apos): a syllable's final k its c ("Krông Pắk" ≡ "Krông Pắc", "Đắc Lắc" ≡ "Đắk Lắk"); an
 * apostrophe left out or typed as a space ("Cư Mgar", "Cư M gar" ≡ "Cư M'gar"; "Ea Hleo" ≡ "Ea
 * H'leo"; "KBang" ≡ "K'Bang"); the known other names of one office (KNOWN_ALIASES). Remembered: asked of every row.
 */
export const variantName = remembered((bare: string): string =>
  foldHeader(bare).replace(LONE_CONSONANT, '$1').replace(FINAL_K, 'c').replace(KNOWN_ALIAS, (name) => KNOWN_ALIASES[name]!),
);

/**
 * A bare initials cell: an office written only as its name's initials in capitals, its unit's
 * word before them or not ("VB", "V.B", "V. B", "H. VB", "H.VB" of "Vụ Bản") — offices shorten
 * one another so in real sheets. Its letters, folded ("vb"); null for any other name: a name in
 * words, one letter ("B"), lower-case letters ("Vb", "vb"), a word in capitals with its marks
 * ("CỘNG"), digits ("KV1"), more than five.
 * Not a province's initials written alone ("NĐ", "HCM": the province's whole, or its city, whose
 * "TP.NĐ" joinedKey reads), so this names only a district's office.
 */
export const initialsWritten = remembered((name: string): string | null => {
  // (most names have no two capitals near each other: said at once)
  if (!/\p{Lu}\.?\s*\p{Lu}/u.test(name)) return null;
  const text = name.normalize('NFC').trim();
  const unit = unitAndPlace(text);
  const place = unit?.place ?? text;
  // "H.V.Bản", "H. V.Bản": after its unit, a place's first words by their initials, its last in
  // full — its letters ("vb"), the full words checked in initialsTwins (abbreviatedTail)
  const abbreviated = unit !== null ? ABBREVIATED_PLACE.exec(place) : null;
  if (abbreviated) return `${foldHeader(abbreviated[1]!).replace(/[^a-z]/g, '')}${foldHeader(abbreviated[2]!).split(/\s+/).map((w) => w[0]).join('')}`;
  if (!INITIALS_CELL.test(place)) return null;
  const letters = foldHeader(place).replace(/ /g, '');
  if (letters.length < 2) return null;
  return unit === null && provinceOfInitials(letters) !== null ? null : letters;
});
// (capitals without a tone or a vowel's mark, as initials are typed: "CỘNG", "TỔNG", "CŨ" are words)
const INITIALS_CELL = /^(?:[A-ZĐ]\.?\s*){2,5}$/u;
/** A place's first words by their initials, each with its dot, then its last words in full: "V.Bản", "V. Bản", "T.Đ.Thủy" → initials, words. */
const ABBREVIATED_PLACE = /^((?:[A-ZĐ]\.\s*){1,3})(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)$/u;

/** The full words of an abbreviated place (ABBREVIATED_PLACE: "H.V.Bản" → "ban"), folded as oneOfficeKey folds a name; null for any other name. */
function abbreviatedTail(name: string): string | null {
  const unit = unitAndPlace(name.normalize('NFC').trim());
  const m = unit === null ? null : ABBREVIATED_PLACE.exec(unit.place);
  return m ? foldHeader(m[2]!) : null;
}

/**
 * The initials a name is matched by, from its OFFICE_NAME_VARIANTS key (`key`: oneOfficeKey of
 * `name`): a bare initials cell ("VB", "H. VB": initialsWritten) by its letters, `cell`; a name of
 * two words or more in letters ("Vụ Bản", "Chi cục THADS huyện Vụ Bản") by their first letters
 * ("vb"); both keyed with the key's province and year. Null for any other name (one word, a
 * number: "Quận 1", "khu vực 2"), and for a cell whose letters are its row's province's initials.
 * Only a cell is ever matched with a name in words, never two names in words ("Vụ Bản", "Văn
 * Bàn"), nor two cells (initialsTwins).
 */
export function initialsKey(name: string, key: string): { readonly key: string; readonly cell: boolean } | null {
  const cut = key.lastIndexOf('\u0000');
  const place = key.slice(0, cut + 1);
  const letters = initialsWritten(name);
  if (letters !== null) {
    const province = key.slice(0, key.indexOf('\u0000'));
    return initialsOfWords(foldHeader(province)) === letters ? null : { key: `${place}${letters}`, cell: true };
  }
  const initials = initialsOfWords(key.slice(cut + 1));
  return initials === null ? null : { key: `${place}${initials}`, cell: false };
}

/** The first letters of a folded name's words ("vu ban" → "vb"); null for one word or a word not of letters. */
function initialsOfWords(folded: string): string | null {
  const words = folded.split(' ');
  if (words.length < 2 || words.some((w) => !/^[a-z]+$/.test(w))) return null;
  return words.map((w) => w[0]).join('');
}

/**
 * Items naming an office by a bare initials cell ("VB") paired with the items of the one office
 * of their place whose name in words has those initials ("Vụ Bản", and its other spellings under
 * its OFFICE_NAME_VARIANTS key `keyOf`): cell → those items, in order. A cell whose initials two
 * offices share ("Thanh Trì", "Thạch Thất" in one province's rows) is paired with nothing, or with
 * the items of all of them where `shared` (a caller that tells them apart by their figures: "TT"
 * with Thạch Thất's figures is its copy); a cell whose initials none has, with nothing.
 * Nothing is worked out unless an item is a cell (most files have none: 4,200 offices).
 */
export function initialsTwins<T>(items: readonly T[], nameOf: (item: T) => string, keyOf: (item: T) => string, shared = false): Map<T, T[]> {
  const twins = new Map<T, T[]>();
  if (!items.some((i) => initialsWritten(nameOf(i)) !== null)) return twins;
  const cells: { item: T; key: string }[] = [];
  const words = new Map<string, Map<string, T[]>>();
  for (const item of items) {
    const key = keyOf(item);
    const k = initialsKey(nameOf(item), key);
    if (k === null) continue;
    if (k.cell) {
      cells.push({ item, key: k.key });
      continue;
    }
    const offices = words.get(k.key) ?? new Map<string, T[]>();
    offices.set(key, [...(offices.get(key) ?? []), item]);
    words.set(k.key, offices);
  }
  for (const { item, key } of cells) {
    const all = words.get(key);
    // an abbreviated place ("H.V.Bản") is only an office whose last words are its full ones ("Vụ Bản", not "Vĩnh Bảo")
    const tail = all === undefined ? null : abbreviatedTail(nameOf(item));
    const offices = tail === null || all === undefined ? all : new Map([...all].filter(([k]) => k.slice(k.lastIndexOf('\u0000') + 1).endsWith(` ${tail}`)));
    if (offices !== undefined && offices.size > 0 && (offices.size === 1 || shared)) twins.set(item, [...offices.values()].flat());
  }
  return twins;
}

/**
 * Whether a bare initials cell (initialsWritten: "VB", "H.V.Bản") may be the initials of
 * `office`, a name in words in `place` — across files (office-registry.ts), where a re-sent
 * one-office file so written was added as another office, exit 0 (initials46). A place's name
 * only: `office` states its unit ("Chi cục THADS huyện Vụ Bản", "Huyện Vụ Bản"), or the cell writes
 * the place's last words in full ("H.V.Bản"), or its bare name cannot be a person's: its first
 * word, as written, is no family name ("Vụ Bản", where a table writes its offices bare: init47);
 * a bare "Vũ Bình" may be an enforcer of a by-enforcer table, its initials accidental. Never a
 * cell of its province's initials, nor units that differ. The caller asks which offices fit.
 */
export function initialsOfOffice(cell: string, office: string, place: RowPlace): boolean {
  const letters = initialsWritten(cell);
  if (letters === null || initialsWritten(office) !== null || !sameUnitKind(cell, office)) return false;
  const tail = abbreviatedTail(cell);
  if (tail === null && unitKind(office) === null && personsFirstWord(office)) return false;
  if (place.province !== null && initialsOfWords(foldHeader(place.province)) === letters) return false;
  const bare = foldHeader(officeIdentity(office, place).bare);
  return initialsOfWords(bare) === letters && (tail === null || ` ${bare}`.endsWith(` ${tail}`));
}

/** Whether a name's first word may be a person's family name as written ("Vũ Bình", "Vu Binh"; not "Vụ Bản"). */
function personsFirstWord(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  return writtenAsFamilyName(words[0]!, /^[\x00-\x7f]*$/.test(name));
}

/**
 * The first two offices of one file that may be one office written two ways ("Quận 1" and "Quan
 * 1", "Chi cục THADS huyện Mỹ Lộc" and "Mỹ Lộc", "Huyen Chu Se" and "Huyện Chư Sê"): the same
 * province and year, names that differ as written but agree bare, without diacritics, units
 * that do not differ. Offices in file order; null if none. A bare initials cell that two offices
 * or more of its place share ("VB" beside "Vụ Bản" and "Vĩnh Bảo") comes with `shared`: the cell
 * and those offices (one row each, in file order), the pair the cell and the first of them.
 */
export function oneOfficeTwice<T extends RowPlace & { readonly district: string }>(offices: readonly T[]): OneOfficeTwice<T> | null {
  const seen = new Map<string, T[]>();
  const joinedToo = offices.some((o) => writtenSqueezed(o.district));
  for (const o of offices) {
    // its words run together, one word without marks or a city as its province's initials
    // ("MyLoc", "vuban", "TP.NĐ" beside "Mỹ Lộc", "Vụ Bản", "Thành phố Nam Định": writtenSqueezed,
    // as rule 2 reads them, repeated-rows.ts): joinedKey, as across files (work104d 02, 03)
    // — only where one of the two is so written: "Cục" and "Văn phòng Cục" are left to their rules
    const joined = joinedToo ? `\u0001${o.province === null ? '' : provinceKey(o.province)}\u0000${o.year ?? ''}\u0000${joinedKey(o.district, o)}` : null;
    for (const key of joined === null ? [oneOfficeKey(o.district, o)] : [oneOfficeKey(o.district, o), joined]) {
      const before = seen.get(key) ?? [];
      const twin = before.find((b) => foldNameCached(b.district) !== foldNameCached(o.district) && sameUnitKind(b.district, o.district) && (key !== joined || writtenSqueezed(o.district) || writtenSqueezed(b.district)));
      if (twin) return [twin, o];
      seen.set(key, [...before, o]);
    }
  }
  return firstOfInitials(offices);
}

/** What oneOfficeTwice finds: two rows in file order, and where a cell's initials are several offices', the cell and those offices. */
export type OneOfficeTwice<T> = readonly [first: T, second: T, shared?: { readonly cell: T; readonly offices: readonly T[] }];

/**
 * oneOfficeTwice's pair of a bare initials cell and the office it is the initials of (initialsTwins), units that do not differ: the first by the later's place in file order; null if none.
 * A cell whose initials two offices share is either's, thads cannot tell which: summed as an
 * office of its own, silently, it was a third office ("VB" beside "Vụ Bản" and "Vĩnh Bảo"), so
 * it is paired too (initialsTwins `shared`), with all its offices.
 */
function firstOfInitials<T extends RowPlace & { readonly district: string }>(offices: readonly T[]): OneOfficeTwice<T> | null {
  const order = new Map(offices.map((o, i) => [o, i]));
  let best: OneOfficeTwice<T> | null = null;
  for (const [cell, named] of initialsTwins(offices, (o) => o.district, (o) => oneOfficeKey(o.district, o), true)) {
    // each office once (its first row whose unit fits the cell's: "Vụ Bản", "Huyện Vụ Bản" are one)
    const byOffice = new Map<string, T>();
    for (const o of [...named].sort((a, b) => order.get(a)! - order.get(b)!)) {
      const key = oneOfficeKey(o.district, o);
      if (sameUnitKind(o.district, cell.district) && !byOffice.has(key)) byOffice.set(key, o);
    }
    const candidates = [...byOffice.values()];
    const other = candidates[0];
    if (other === undefined) continue;
    const pair: [T, T] = order.get(other)! < order.get(cell)! ? [other, cell] : [cell, other];
    if (best === null || order.get(pair[1])! < order.get(best[1])!) best = candidates.length > 1 ? [...pair, { cell, offices: candidates }] : pair;
  }
  return best;
}

/**
 * The unit a table's own rows give an office whose name states none: a bare place beside its
 * namesake city or thị xã in the same table ("Cao Lãnh" beside "TP. Cao Lãnh", "Cai Lậy" beside
 * "TX. Cai Lậy") is the other office of that name, the huyện — a table writes its cities with
 * their unit and its districts bare. Only where the table has exactly one such bare office and
 * exactly one office stating thành phố or thị xã of the name (officeIdentity: its province and
 * year); a bare name alone, twice, or beside a huyện or a quận of its name gets nothing (it may be
 * either). For joining split việc / tiền files (office-registry.ts), where "Chi cục THADS huyện Cao
 * Lãnh" of the other file is then that bare office, and "… thành phố Cao Lãnh" the city.
 */
export function unitsBesideNamesakes<T extends RowPlace & { readonly district: string }>(offices: readonly T[]): Map<T, string> {
  const byPlace = new Map<string, T[]>();
  for (const o of offices) {
    const id = officeIdentity(o.district, o);
    const key = `${id.province === null ? '' : provinceKey(id.province)}\u0000${o.year ?? ''}\u0000${id.bare}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), o]);
  }
  const units = new Map<T, string>();
  for (const group of byPlace.values()) {
    if (group.length !== 2) continue;
    const kinds = group.map((o) => unitKind(o.district));
    const bareAt = kinds.indexOf(null);
    const city = kinds[1 - bareAt];
    if (bareAt !== -1 && (city === 'thành phố' || city === 'thị xã')) units.set(group[bareAt]!, 'huyện');
  }
  return units;
}

/**
 * Items of `mine` paired with items of `theirs` by bare name (`bareKey`), where exactly one item
 * on each side has it among those `compatible` with each other; anything less certain stays
 * unpaired. `compatible` narrows the sides (the same year, the same province…).
 */
export function pairByBareName<A, B>(
  mine: readonly A[],
  theirs: readonly B[],
  bareKey: (item: A | B) => string,
  compatible: (a: A, b: B) => boolean = () => true,
): Map<A, B> {
  const group = <T extends A | B>(list: readonly T[]) => list.reduce((m, x) => m.set(bareKey(x), [...(m.get(bareKey(x)) ?? []), x]), new Map<string, T[]>());
  const mineByKey = group(mine);
  const theirsByKey = group(theirs);
  const pairs = new Map<A, B>();
  for (const a of mine) {
    const key = bareKey(a);
    const candidates = (theirsByKey.get(key) ?? []).filter((b) => compatible(a, b));
    if (candidates.length !== 1) continue;
    const b = candidates[0]!;
    if ((mineByKey.get(key) ?? []).filter((x) => compatible(x, b)).length === 1) pairs.set(a, b);
  }
  return pairs;
}

/**
 * The province that tells an office apart where it is named in prose: in a report of several
 * provinces each has its "Phòng THADS khu vực 1" (from 2025), and "… của Phòng THADS khu vực 1:
 * đạt 90,00%" twice names no office. Among `groups`, an office whose bare name groups of another
 * province (or of none) share gets its province; a name only one province uses, a group without
 * a province, or a province itself gets null. The province goes by the data, never the name.
 */
export function provincesToTell(groups: readonly { readonly province: string | null; readonly district: string | null }[]): (g: { readonly province: string | null; readonly district: string | null }) => string | null {
  const provincesOf = new Map<string, Set<string | null>>();
  for (const g of groups) {
    if (g.district === null) continue;
    const bare = bareName(g.district);
    provincesOf.set(bare, (provincesOf.get(bare) ?? new Set()).add(g.province === null ? null : provinceKey(g.province)));
  }
  return (g) => (g.district !== null && g.province !== null && (provincesOf.get(bareName(g.district))?.size ?? 0) > 1 ? g.province : null);
}
