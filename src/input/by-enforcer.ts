// TT 05/2024's forms by enforcer (Biểu 04, 05 "… theo Chấp hành viên"): each office a numbered
// title row, with its subtotal or without, and its enforcers below it as rows of their own —
// no STT, the person's name where the office's goes. Those rows are the office's parts, never
// offices: ranked as offices they made "Nguyễn Văn An … đứng thứ 1/4 đơn vị" (round 31, 03).
// Both readers share the layout (header-search.ts); the fast path leaves such a file to the
// reference (fast/header-line.ts), so the rule lives here and in read-csv.ts once.
import { latinLetters } from '../domain/letters.js';
import { OFFICE_ENFORCER_HEADERS, PERSON_HEADERS } from '../domain/fields.js';
import { foldHeader, remembered } from '../domain/names.js';
import { FAMILY_NAMES_FOLDED, MIDDLE_NAMES_FOLDED, personShaped } from '../domain/person-names.js';
import { bareName, unaccentedKey, unitAndPlace } from '../domain/office-names.js';
import { formerProvince, hasFormerMark, isDistrictNamedLikeProvince, MERGER_YEAR, provinceKey, successorProvince } from '../domain/provinces.js';
import { ThadsError } from '../errors.js';
import { isBulletMark, isRomanNumber, itemNumber, namesCaseKind, namesCuc, namesOfficeLikeProvince, numbersOffice, provinceOfGroup, rowLabel, subItemOf, withoutBullet } from './row-labels.js';
import { AGENCY_NAME, AGENCY_NAME_SPELLED } from '../domain/agency-words.js';
import { addSums, copySums, type Sums } from '../domain/declared-rows.js';
import { agreement } from '../domain/suspect-rows.js';
import { type Dec, ZERO } from '../domain/decimal.js';

/**
 * A title line above the header saying the form is by enforcer (folded): "… THEO CHẤP HÀNH VIÊN",
 * "theo từng CHV", "… CHIA THEO CƠ QUAN THI HÀNH ÁN VÀ CHẤP HÀNH VIÊN", "… CỦA (TỪNG) CHẤP HÀNH
 * VIÊN", "by enforcer". Only "theo" widened to "và", or "của", was missed (work86b 01: the
 * provincial office's one enforcer then added beside it).
 */
const TITLE = new RegExp([
  /(^| )(theo|cua)( (tung|cac|moi))? (chap hanh vien|chv)( |$)/.source,
  /(^| )theo( [a-z]+){1,8} va( (tung|cac))? (chap hanh vien|chv)( |$)/.source,
  /(^| )(by|per) (each )?(enforcer|enforcement officer|bailiff)s?( |$)/.source,
].join('|'));
const COMBINED = new Set(OFFICE_ENFORCER_HEADERS.map(foldHeader));
const PERSONS = new Set(PERSON_HEADERS.map(foldHeader));

/** A column of its own for the enforcer ("Chấp hành viên", "Họ và tên"). */
export function isEnforcerHeader(header: string): boolean {
  return PERSONS.has(foldHeader(header));
}

/**
 * Whether the file is a form by enforcer: a title above the header says so, or the office
 * column's header names both ("Đơn vị / Chấp hành viên", round 31, 07).
 */
export function isByEnforcerForm(titleRows: readonly { readonly cells: readonly string[] }[], officeHeader: string | null): boolean {
  if (officeHeader !== null && COMBINED.has(foldHeader(officeHeader))) return true;
  return titleRows.some((r) => r.cells.some((c) => TITLE.test(foldHeader(c))));
}

/**
 * A name that says it is an office's, not a person's: its designator as written ("Chi cục", "CC",
 * "CCTHA", "Phòng THADS", "huyện", "khu vực 2"). With its diacritics only where a person's name folds
 * the same ("Quận" / Quân, "Huyện" / Huyền, "Cục" / Cúc, "Phòng" / Phong).
 */
const OFFICE_WORDS = latinLetters(/(?<![\p{L}\d])(chi cục|chi cuc|cc ?tha(?: ?ds)?|cc|cục|phòng|thads|tha|thi hành án|thi hanh an|huyện|quận|thị xã|thi xa|thành phố|thanh pho|tp\.?|tx\.?|khu vực|khu vuc|kv\.?\s*\d+|văn phòng|van phong|đội|đơn vị)(?![\p{L}])/giu);
/**
 * A designator of one word that is also a given name: a person's given name comes last ("Thạch Tha",
 * "Lê Văn Đội", "Nguyễn Văn Phòng"), an office's designator before its place ("THA huyện Trà Cú",
 * "Phòng THADS khu vực 3", "Cục THADS tỉnh Trà Vinh").
 */
const GIVEN_NAME_TOO = new Set(['tha', 'đội', 'phòng', 'văn phòng', 'cục', 'quận', 'huyện']);
export const namesOfficeNotPerson = remembered((name: string): boolean => {
  // (remembered: asked of an office's name on each of its keys, 4,200 keys of 700 names at 1M rows)
  const text = withoutPost(name.normalize('NFC').trim());
  for (const m of text.matchAll(OFFICE_WORDS)) {
    const givenName = m.index > 0 && m.index + m[0].length === text.length && GIVEN_NAME_TOO.has(m[0].toLocaleLowerCase('vi')) && personShaped(text);
    if (!givenName) return true;
  }
  return false;
});
/**
 * A person's post written after the name (folded): "Chi cục trưởng", "Phó Chi cục trưởng", "Chi cục
 * phó", "Cục trưởng", "Phó Cục trưởng", "Cục phó", "Trưởng phòng", "Phó trưởng phòng", "Chánh văn
 * phòng", "Đội trưởng", "Phó đội trưởng", "Chấp hành viên (sơ/trung/cao) cấp", "CHV …", "Thẩm tra
 * viên (chính, cao cấp)", "Thư ký (thi hành án)" — its office's word ("Chi cục", "phòng", "Đội") is
 * no office's name.
 */
const POST = new RegExp(String.raw`^((pho )?chi cuc truong|chi cuc pho|(pho )?cuc truong|cuc pho|(pho )?truong phong|(pho )?chanh van phong|(pho )?doi truong|(chap hanh vien|chv)( (so|trung|cao) cap)?|tham tra vien( (chinh|cao cap))?|thu ky( thi hanh an)?)$`);
/**
 * "Lê Văn Cường (Chi cục trưởng)", "Huỳnh Văn Em, Phó Chi cục trưởng", "Võ Thị Dung - Trưởng phòng",
 * "Đặng Thị Gấm (Đội trưởng, CHV trung cấp)": a person's name (personShaped) and the post after it, in
 * brackets or after a comma or a dash — judged by the name alone (work91a: "Chi cục" in the post made
 * the enforcer an office, NOT_AN_OFFICE). Anything else after a name, or before it, stays as written:
 * "Chi cục THADS huyện Mỹ Lộc (cũ)", "Phòng THADS khu vực 1 (Mỹ Lộc – Vụ Bản)" are offices.
 */
const AFTER_NAME = /^(.+?)\s*(?:[(\[]([^()\[\]]+)[)\]]|(?:,|\s[-–—])\s*([^()\[\],]+))\s*$/u;
function withoutPost(text: string): string {
  const m = AFTER_NAME.exec(text);
  if (m === null) return text;
  const name = m[1]!.trim();
  const posts = (m[2] ?? m[3]!).split(/[,;]/u).map((p) => foldHeader(p));
  return personShaped(name) && posts.every((p) => POST.test(p)) ? name : text;
}

/**
 * Written as a person's full name and hardly as a place's: person-shaped (personShaped), three
 * words or more, its middle name "Văn" or "Thị" ("Nguyễn Văn An", "TRẦN THỊ BÌNH") or its first a
 * common family name ("Phạm Thu Hà", "Nguyen Hoang Nam"), folded (person-names.ts). Two words are a place's as
 * well as a person's ("Lê Chân", "Ngô Quyền" are districts), and so are a few of three
 * ("Trần Văn Thời", "Dương Minh Châu", "Hoàng Su Phì"): where a person would be refused, such a
 * place is too (rowsUnderItsLine), never added for a person.
 */
export function namesPerson(name: string): boolean {
  const text = name.normalize('NFC').trim();
  if (!personShaped(text)) return false;
  const words = foldHeader(text).split(' ');
  return words.length >= 3 && (MIDDLE_NAMES_FOLDED.has(words[1]!) || FAMILY_NAMES_FOLDED.has(words[0]!));
}

/** "Phòng THADS khu vực 3", "THADS khu vực 3": a regional office formed on 1/7/2025 (DOMAIN), over the district offices it replaced. */
const REGIONAL_WORDS = new RegExp(String.raw`(^| )(phong|${AGENCY_NAME})( |$)`);
export function namesRegionalOffice(name: string): boolean {
  return /^khu vực \d+/.test(bareName(name)) && REGIONAL_WORDS.test(foldHeader(name));
}

/** "TP Thủ Đức", "Thành phố Thủ Đức", "Chi cục THADS TP. Thủ Đức", "Thu Duc City": the city formed on 1/1/2021 from Quận 2, Quận 9 and Quận Thủ Đức. */
const THU_DUC = new RegExp(String.raw`^(chi cuc (${AGENCY_NAME} )?)?(tp|thanh pho) thu duc$|^thu duc city$`);
export function namesThuDucCity(name: string): boolean {
  return THU_DUC.test(foldHeader(name));
}
const THU_DUC_YEAR = 2021;

/**
 * A unit formed from offices listed below it as its former parts ("… (cũ)") in the report's
 * year: a regional office from 2025 (an unknown year read as that one), the city of Thủ Đức in
 * years 2021 to 2024 (statistics year 2021: 1/10/2020–30/9/2021, the city from 1/1/2021). Its
 * row stands, checked against them (domain/office-runs.ts Part): Thủ Đức counted once.
 */
export function formedFromFormerOffices(name: string, year: number | null): boolean {
  if (namesRegionalOffice(name)) return year === null || year >= MERGER_YEAR;
  return namesThuDucCity(name) && (year === null || (year >= THU_DUC_YEAR && year < MERGER_YEAR));
}

/**
 * "Chi cục THADS huyện Chư Păh (cũ)", "Chi cuc THADS TP Pleiku (cu)": an office marked as it was
 * before 1/7/2025, one of the district offices a regional office replaced, or a khu vực marked
 * so, one another khu vực absorbed later; no unmarked regional office, no former province ("Gia Lai (cũ)", the next section's) — but "TP Nam Định (cũ)" is the
 * provincial capital's former office, not the province (namesOfficeLikeProvince; "TP Hải Phòng
 * (cũ)", and "Thành phố Huế (cũ)" from 2025, are provinces). In a report of 2025 on, a "Chi cục …"
 * is former without the mark: none exists after 1/7/2025 (a year of 1/10/2024–30/9/2025 lists
 * them under the Phòng that took them over). Under a khu vực's row with figures, its part
 * (read-csv.ts enforcerRow). `year`: the report's statistics year, null when unknown.
 */
export function namesFormerOffice(name: string, year: number | null): boolean {
  // (the rule is read only under a khu vực, which exists from 2025: an unknown year is read as that one)
  // A khu vực only marked so: "Phòng THADS khu vực 4 (cũ)", absorbed by another when provinces
  // re-cut them (2026: "Phòng THADS khu vực 5 được sáp nhập …"), is a former office as a Chi cục is.
  if (namesRegionalOffice(name)) return hasFormerMark(name) && (year === null || year >= MERGER_YEAR);
  if (hasFormerMark(name)) return formerProvince(name) === null || namesOfficeLikeProvince(name, year ?? MERGER_YEAR);
  return year !== null && year >= MERGER_YEAR && /^chi cuc( |$)/.test(foldHeader(name));
}

/**
 * A district a 2025 khu vực took over on 1/7/2025, named by its unit, not as its Chi cục:
 * "Huyện Cẩm Xuyên", "Thị xã Kỳ Anh", "TP Hà Tĩnh", "H. Hương Sơn", "Quận 3" — its part when
 * written as a bulleted sub-line ("- Huyện Cẩm Xuyên") right under the khu vực's row with
 * figures, checked against that row, never added (read-csv.ts formerPartUnbulleted, work98a 03):
 * the bullet says the line is the row's, as "(cũ)" or "Chi cục …" says it (namesFormerOffice).
 * Unbulleted, "Huyện Cẩm Xuyên" may be an office of the list, read as before. Not a province
 * ("Tỉnh Hà Nam", "TP Hải Phòng"); and a bare name ("- Cẩm Xuyên") may as well be a breakdown's
 * line ("- Tín dụng": no rule tells a place from one), so it stays refused as before.
 */
export function namesTakenOverDistrict(name: string, year: number | null): boolean {
  const text = name.normalize('NFC').trim();
  const unit = unitAndPlace(text);
  if (unit === null || unit.kind === 'tỉnh' || unit.place === '' || rowLabel(text) !== 'office') return false;
  return unit.kind !== 'thành phố' || namesOfficeLikeProvince(text, year);
}

/**
 * "Huyện Tuy An", "Thị xã Sông Cầu", "Tuy An" in a report of 2026 on (1/10/2025 on): a district a
 * khu vực took over, named by its unit or its place alone, without "(cũ)" — no office of its own
 * that year (none after 1/7/2025, no months before it in the year), so only a line of its khu
 * vực's breakdown (collect.ts: next to a khu vực's row they add up to, refused, never added beside
 * it; kvhunt-below). Not another khu vực, the Văn phòng, a province, a kind of cases.
 */
export function namesDistrictAfterMerger(name: string, year: number | null): boolean {
  if (year === null || year <= MERGER_YEAR || namesRegionalOffice(name)) return false;
  return namesTakenOverDistrict(name, year) || (writtenAsPlaceName(name) && namesBarePlace(name, year) && !namesCaseKind(name));
}

/**
 * A district office's row in a report of 2026 on (1/10/2025 on): "Chi cục THADS huyện Đồng Xuân",
 * "Huyện Tuy An", "Quận 3", "Thị xã Sông Cầu", "Huyện Tuy An (cũ)" — none exists after 1/7/2025 and
 * none has months of its own in that year, so beside a khu vực (collect.ts) such a row read as an
 * office is a khu vực's figures again or another year's. Not a khu vực (one marked "(cũ)" may have
 * months of its own), nor a bare place ("Tuy An": a khu vực may be written by its seat).
 */
export function namesDistrictOfficeAfterMerger(name: string, year: number | null): boolean {
  return year !== null && year > MERGER_YEAR && namesDistrictOffice(name, year);
}

/**
 * A district office's row by its name, in a report of `year`: "Chi cục THADS thành phố Pleiku",
 * "Huyện Chư Păh", "Thị xã Sông Cầu", "Huyện Tuy An (cũ)" — no khu vực, no province's own office
 * ("THADS thành phố Huế", "Văn phòng"), no bare place ("Pleiku": a khu vực may be written by its seat).
 */
export function namesDistrictOffice(name: string, year: number | null): boolean {
  return !namesRegionalOffice(name) && (namesFormerOffice(name, year) || namesTakenOverDistrict(name, year));
}

/**
 * "1.1 | Chi cục THADS huyện A (cũ)" under "1 | Phòng THADS khu vực 1" (a 2025 report numbering
 * the former districts as their khu vực's sub-items), or lettered so, "a", "b." or "c)" (the
 * ordinary Vietnamese sub-item numbering, subItemOf 'above'): one of its parts, read as without
 * the number (read-csv.ts enforcerRow). Only a former office's name: "1.1 Tín dụng", "a | Án tín
 * dụng" there stay a breakdown's line, refused (list-structure.ts refuseSubItem). Under a khu vực without an STT
 * (a bold group row), the former offices keep the form's own numbers "1", "2"… (across the
 * province or again under each khu vực): parts too, but only marked "(cũ)" — an unmarked
 * "1 | Chi cục …" there may be an office of the list, as without an STT. `under`: the office above.
 */
export function numbersFormerPart(stt: string, name: string, under: { readonly name: string; readonly item?: number | null; readonly unnumbered?: boolean } | null, year: number | null): boolean {
  if (under === null || (year !== null && year < MERGER_YEAR) || !namesRegionalOffice(under.name)) return false;
  if (under.unnumbered) return stt.trim() !== '' && marksFormerPart(stt, name, year);
  const sub = subItemOf(stt);
  if (under.item == null || (sub !== under.item && sub !== 'above')) return false;
  // From 2026 "1.1 | Vụ Bản", "1.2 | Huyện Mỹ Lộc" unmarked are its parts too: no district has
  // figures of its own that year (namesDistrictAfterMerger), so checked against the row, not refused.
  return namesFormerOffice(name, year) || (sub === under.item && namesDistrictAfterMerger(name, year));
}

/**
 * "2 | Huyện Tuy An (cũ)", "3 | Chi cục THADS huyện Đồng Xuân (cũ)" numbered on right under "1 | Phòng
 * THADS khu vực 1" with figures, in a report of 2026 on (1/10/2025 on): a former district office has
 * no months of its own beside its khu vực's there, as a 2025 report's may (kvownrow), so it is its
 * part, checked against its row (kvhunt-numparts). Only where the table lists the khu vực above
 * their parts (read-csv.ts: no former office above the first khu vực; below it they close their
 * khu vực). A khu vực marked "(cũ)", absorbed by another within the year, may have months of its
 * own: read as before.
 */
export function numbersFormerPartOn(stt: string, name: string, under: { readonly name: string; readonly item?: number | null; readonly figures?: boolean; readonly unnumbered?: boolean } | null, year: number | null): boolean {
  if (under === null || year === null || year <= MERGER_YEAR || under.unnumbered || under.item == null || !under.figures || !namesRegionalOffice(under.name)) return false;
  // (marked "(cũ)" only: an unmarked "3 | Chi cục …" after a khu vực's enforcers is read as an office, as before)
  return itemNumber(stt) !== null && !namesRegionalOffice(name) && hasFormerMark(name) && namesFormerOffice(name, year);
}

/**
 * "1 | Chi cục THADS huyện A (cũ)", "| Chi cục … (cũ)": a former office marked so, without an STT
 * or numbered as an item — under a khu vực's row without an STT (or a Roman one), its part.
 */
export function marksFormerPart(stt: string, name: string, year: number | null): boolean {
  return (stt.trim() === '' || itemNumber(stt) !== null) && hasFormerMark(name) && namesFormerOffice(name, year);
}

/** The khu vực a file's title or name names (title-office.ts ownRegionOfFile) in a year it exists, its rows maybe its parts (namesTitledRegionPart); else null. */
export function titledRegion(title: { readonly office: string } | null, year: number | null): string | null {
  return title !== null && namesRegionalOffice(title.office) && formedFromFormerOffices(title.office, year) ? title.office : null;
}

/**
 * A row of a khu vực's own report, titled with its name ("PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1",
 * "Phòng THADS khu vực 1 - Ninh Bình") and no khu vực's row of its own, that is one of its parts:
 * a former office, marked "(cũ)" or, in a report of 2025 on, an unmarked "Chi cục …"
 * (namesFormerOffice), or a district it took over named by its unit ("Huyện Hoa Lư", "TP Ninh
 * Bình": namesTakenOverDistrict) or by its place alone, as most forms write it ("Mỹ Lộc", "Vụ
 * Bản": namesBarePlace, not a kind of cases, "Dân sự": namesCaseKind; work100c 03), without an
 * STT or numbered as an item. The title says whose they are, as a khu vực's row above them would
 * (read-csv.ts titledRegionalOffice): the file is that one office's, their sum its figures, never
 * the province's whole (work99a 04). `fileProvince`: the file's province (namesBarePlace).
 */
export function namesTitledRegionPart(stt: string, name: string, year: number | null, fileProvince: () => string | null = () => null): boolean {
  if (stt.trim() !== '' && itemNumber(stt) === null) return false;
  if (namesFormerOffice(name, year)) return true;
  if (year === null || year < MERGER_YEAR) return false;
  return namesTakenOverDistrict(name, year) || (writtenAsPlaceName(name) && namesBarePlace(name, year, fileProvince) && !namesCaseKind(name));
}

/**
 * A row of one office's own report (its title naming it: title-office.ts titleOffice, or a khu
 * vực's file name) that names a kind of cases ("Dân sự", "Hình sự", "Án phí": row-labels.ts
 * namesCaseKind), without an STT or numbered as an item: the office's breakdown by loại việc, its
 * parts as a khu vực's former offices are (read-csv.ts titledRegionalOffice), their sum its
 * figures. Read as offices, each kind was an office, ranked, and the office itself registered
 * under no name of its own: beside another file of it, counted twice with no DUPLICATE_INPUT.
 */
export function namesTitledCaseKind(stt: string, name: string): boolean {
  return (stt.trim() === '' || itemNumber(stt) !== null) && namesCaseKind(name);
}

/**
 * A row of a khu vực's own report (its title or file's name naming it: titledRegion) that names
 * that khu vực itself, with figures: "Phòng THADS khu vực 1", "Phòng THADS khu vực 1 (từ
 * 01/7/2025)", "Phòng THADS khu vực 1 - Ninh Bình", without an STT or numbered as an item — the
 * khu vực's own months (from 1/7/2025) beside its former Chi cục's (to 30/6/2025), first, among or
 * last of them. One more of its rows, its year their sum (read-csv.ts enforcerRow), unless its
 * figures are the sum of the others, a heading's or a closing row's (domain/office-runs.ts
 * OWN_ROW; work100a 01, 02). Not a khu vực marked former ("(cũ)"), nor another khu vực.
 */
export function namesTitledRegionOwn(stt: string, name: string, region: string, year: number | null, province: string | null): boolean {
  if (stt.trim() !== '' && itemNumber(stt) === null) return false;
  if (!namesRegionalOffice(name) || hasFormerMark(name)) return false;
  const place = { province, year };
  return bareName(name, place) === bareName(region, place);
}

/**
 * Written as a place's proper name: two to five words, each capitalised ("Mỹ Lộc", "Ý Yên", "Đắk
 * R'Lấp", "Cư M'gar") or all in capitals ("VỤ BẢN"), no number — not a row's label written as a
 * phrase ("Năm 2024", "Tổ 1", "Thụ lý mới", "Việc"), which namesTitledRegionPart never takes for a part.
 */
const PLACE_WORD = /^\p{Lu}\p{Ll}*(?:['’-]\p{L}\p{Ll}*)*$/u;
const PLACE_WORD_CAPITALS = /^\p{Lu}+(?:['’-]\p{Lu}+)*$/u;
function writtenAsPlaceName(name: string): boolean {
  const words = name.normalize('NFC').trim().split(/\s+/u);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => PLACE_WORD.test(w)) || words.every((w) => PLACE_WORD_CAPITALS.test(w));
}

/**
 * "I | Phòng THADS khu vực 1 | 500 | 460" in a 2025 report: a Roman section that is a khu vực,
 * with figures or without ("I | Phòng THADS khu vực 1 | |", round 67b, 02). Over its former
 * offices marked "(cũ)" (marksFormerPart) it is the office and they are its parts, as without the
 * Roman number (read-csv.ts processRow), its figures their sum when it has none; over anything
 * else it stays a section (SPEC: Roman rows above Arabic ones are sections).
 */
export function romanRegionalOffice(stt: string, name: string, year: number | null): boolean {
  return isRomanNumber(stt) && namesRegionalOffice(name) && formedFromFormerOffices(name, year);
}

/** "Cộng", "Tổng cộng", "Tổng số", "Subtotal" before a unit's name: its subtotal. */
const SUBTOTAL_OF = /^(tổng cộng|tổng số|tổng|cộng|tong cong|tong so|tong|cong|subtotal|total)\s*[:\-–]?\s+(?=\S)/iu;
/** "Total", "Tổng" after a unit's name, as a pivot table or Excel's Data › Subtotal writes it: its subtotal. */
const SUBTOTAL_LAST = /(?<=\S)\s+(?:tổng|tong|total|subtotal)\s*$/iu;

/**
 * The khu vực (or TP Thủ Đức) a row names that closes former offices marked "(cũ)" right above
 * it — a report writing each Phòng BELOW its parts: "Cộng Phòng THADS khu vực 1" (their subtotal),
 * or its own row "I | Phòng THADS khu vực 1" or "| Phòng THADS khu vực 1" with figures. They are
 * its parts as under it (read-csv.ts processRow), the Phòng the office, checked against them.
 * An item "3 | Phòng THADS khu vực 1" may be an office of a list, beside former Chi cục with
 * months of their own to 30/6/2025 (a 2025 report, kvownrow): null — but in a report of 2026 on
 * (1/10/2025 on) a former district has none, so an item khu vực closes them too (kvhunt-below),
 * as it heads them numbered on below it (numbersFormerPartOn). Not over a khu vực marked "(cũ)"
 * (`held`: the held rows' names), absorbed within the year, which may have months of its own.
 */
export function closingRegionalOffice(stt: string, name: string, anyNumber: boolean, year: number | null, held: readonly string[] = []): string | null {
  if (!anyNumber) return null;
  const written = name.normalize('NFC').trim();
  const sum = SUBTOTAL_OF.exec(written);
  const office = sum ? written.slice(sum[0].length).trim() : written;
  if (!formedFromFormerOffices(office, year)) return null;
  if (sum || stt.trim() === '' || isRomanNumber(stt)) return office;
  const itemCloses = year !== null && year > MERGER_YEAR && itemNumber(stt) !== null && namesRegionalOffice(office) && held.length > 0 && !held.some(namesRegionalOffice);
  return itemCloses ? office : null;
}

/**
 * A form by enforcer writing each office BELOW its enforcers (the spreadsheet's group footer):
 * persons' rows (namesPersonRow), numbered "1", "2" again under each office or not, then the
 * office's line. These say whose rows they are: the person's name, an STT an enforcer's row
 * takes (none, an item's or sub-item's number, a bullet).
 */
export function namesPersonRow(stt: string, name: string): boolean {
  const numbered = stt.trim() === '' || itemNumber(stt) !== null || typeof subItemOf(stt) === 'number' || isBulletMark(stt);
  return numbered && (namesPersonWithPost(name) || namesUnassigned(name));
}

/** A person's name, a post after it or none ("Nguyễn Văn An", "Lê Văn Cường (Chi cục trưởng)"): never an office's (read-csv.ts readRow refuses it read as one). */
export function namesPersonWithPost(name: string): boolean {
  return namesPerson(withoutPost(name.normalize('NFC').trim()));
}

/**
 * The rows a form by enforcer carries beside its persons, of the same office (folded): its cases
 * no enforcer holds — "Chưa phân công", "Việc chưa phân công (cho CHV)", "Chưa giao", "Không phân
 * công", "Khác" (thads' own hint, OFFICE_SUBTOTAL_MISMATCH, names them so). Part of the office's
 * run as its persons are (work94a 02: a "3 | Chưa phân công" among them made them offices).
 */
const UNASSIGNED = /^((cac )?(so )?viec )?(chua|khong) (duoc )?(phan cong|giao)( (cho )?(chap hanh vien|chv))?$|^khac$/;
export function namesUnassigned(name: string): boolean {
  return UNASSIGNED.test(foldHeader(name.normalize('NFC').trim()));
}

/** After "Cộng": words that name no office — a page's carry, the sum alone ("Cộng trang", "Tổng số", "Tổng cộng"). */
const NO_OFFICE_AFTER = /^((cuoi |het |dau )?trang( (nay|truoc|sau|\d+))?|so|cong|chung|luy ke|[\d\s.,()+-]*)$/;

/**
 * The office closing the persons' rows right above it (namesPersonRow, none of them under an
 * office's line), or null. Its subtotal naming it: "Cộng Chi cục Mỹ Lộc", "Cộng: Mỹ Lộc", "Tổng
 * Chi cục Vụ Bản", "Cộng Phòng THADS khu vực 2" (the name after the word) — then they are its
 * parts, checked against it, a slip refused (work93a 02: the persons were ranked as offices and
 * the offices never printed). Or its own line: "| Chi cục THADS huyện Mỹ Lộc" without an STT,
 * or numbered as the form numbers offices ("1 | Chi cục THADS huyện Mỹ Lộc", "1 | Mỹ Lộc")
 * below persons without one (`personsUnnumbered`; work93a 03: refused as their subtotal).
 * Null where it names none ("Cộng", "Tổng cộng", "Cộng trang", "Cộng các Chi cục", "Cộng khối"),
 * a person ("2 | Lê Văn Bình" below persons numbered 1: the next of them), or a province (the
 * whole's line: "Cộng tỉnh Nam Định", "1 | Cục THADS tỉnh Nam Định") — read as before.
 * Persons numbered "1", "2" under an office's own line ("| Văn phòng Cục | 500", `underLine`),
 * which never takes them, are closed only by a subtotal naming their office ("Cộng Chi cục Mỹ
 * Lộc", work95a 04): an office's line below them may be the next office's, over its own.
 */
export function officeBelowPersons(stt: string, name: string, anyNumber: boolean, personsUnnumbered: boolean, year: number | null, underLine = false): string | null {
  if (!anyNumber) return null;
  const written = name.normalize('NFC').trim();
  const before = SUBTOTAL_OF.exec(written);
  // ("Phòng THADS khu vực 1 Total", "… Tổng": a pivot's or Data › Subtotal's, traps44 3)
  const after = before ? null : SUBTOTAL_LAST.exec(written);
  const sum = before ?? after;
  const office = before ? written.slice(before[0].length).trim() : after ? written.slice(0, after.index).trim() : written;
  if (underLine && !sum) return null;
  if (office === '' || rowLabel(office) !== 'office' || namesPerson(withoutPost(office)) || provinceOfGroup(office, year) !== null) return null;
  if (sum) return NO_OFFICE_AFTER.test(foldHeader(office)) || rowLabel(written) === 'total' ? null : office;
  if (stt.trim() === '') return namesOfficeNotPerson(office) || namesOfficeLine(office) ? office : null;
  // "I | Văn phòng Cục", "II | Mỹ Lộc" below persons numbered 1, 2 or not: the Roman line a form
  // by enforcer numbers its offices by (RomanOffices), here below them as Excel's Data › Subtotal
  // writes it (traps41: the persons refused, NOT_AN_OFFICE) — never the next person.
  if (isRomanNumber(stt)) return numbersOffice('1', office, year) ? office : null;
  return personsUnnumbered && itemNumber(stt) !== null && numbersOffice(stt, office, year) ? office : null;
}

/**
 * Persons held under an office's own line without STT (`underLine` above: "| Văn phòng Cục |
 * 500" over "1 | Nguyễn Văn An", "2 | Trần Thị Hoa", then another office's "1 | Lê Văn Bình", "2 |
 * Phạm Thị Lan" down to "Cộng Chi cục Mỹ Lộc"): how many of them, from the first, are that line's
 * own enforcers — the Văn phòng Cục has enforcers of its own (work96a 04: all four were held for
 * "Cộng Chi cục Mỹ Lộc", refused). Only where the run as a whole is not the subtotal's (every
 * figure equal: all its, as before): the fewest persons from the first that add up to the line
 * exactly, every figure, some figure not zero, leaving at least one for the subtotal; else 0 —
 * all the subtotal's, checked against it as before. Each row's figures by figure column, null
 * where one cannot be read for sure (then no split: 0); an empty cell is 0.
 */
export function ownPersonsUnderLine(line: readonly Dec[] | null, persons: readonly (readonly Dec[] | null)[], subtotal: readonly Dec[] | null): number {
  if (line === null || subtotal === null || persons.some((p) => p === null) || !line.some((v) => !v.isZero())) return 0;
  const rows = persons as readonly (readonly Dec[])[];
  const sum = (part: readonly (readonly Dec[])[]) => line.map((_, i) => part.reduce((s, r) => s.plus(r[i] ?? ZERO), ZERO));
  const equal = (a: readonly Dec[], b: readonly Dec[]) => a.every((v, i) => v.eq(b[i] ?? ZERO));
  if (equal(sum(rows), subtotal)) return 0;
  for (let n = 1; n < rows.length; n++) if (equal(sum(rows.slice(0, n)), line)) return n;
  return 0;
}

/**
 * "1 | Gia Lai" with figures in a report of 2025 on: a province of the 34, whose former provinces
 * may follow as its parts ("| Gia Lai (cũ)", "| Bình Định (cũ)", read-csv.ts enforcerRow). The
 * province, or null for any other row (a former province itself, an unnumbered row).
 */
export function provinceFormedFrom(stt: string, name: string, year: number | null): string | null {
  if (itemNumber(stt) === null || year === null || year < MERGER_YEAR || hasFormerMark(name)) return null;
  return provinceOfGroup(name, year);
}

const romanValue = (stt: string): number => {
  const t = stt.trim().replace(/[.):\-–]+$/, '').trim().toLowerCase();
  const v: Record<string, number> = { i: 1, v: 5, x: 10 };
  let n = 0;
  for (let i = 0; i < t.length; i++) n += v[t[i]!]! < (v[t[i + 1]!] ?? 0) ? -v[t[i]!]! : v[t[i]!]!;
  return n;
};

/**
 * A form by enforcer that numbers its offices I, II and their enforcers 1, 2 (round 32, 04):
 * read as the form's usual layout, offices 1, 2 over enforcers without STT, which enforcerRow
 * (read-csv.ts) then takes as the office's parts. Outside such a form SPEC's rule stands: Roman
 * rows above Arabic ones are sections. An Arabic row naming an office under a Roman office is
 * refused: its part or an office of its own, thads cannot tell — unless it names the same office
 * and an enforcer in the enforcer column (round 52a, 02): then it is that office's enforcer row,
 * read as the form's usual one (no STT, the office's name again).
 */
export class RomanOffices {
  /** the Roman-numbered office the Arabic rows below are under */
  private under: { readonly name: string; readonly line: number } | null = null;

  /**
   * The STT to read the row by: "1" for "I" before an office's name, "" for an enforcer's "1" below it.
   * `provincialOffice`: the row is a romanProvincialLine its enforcers follow, the provincial office's line.
   */
  sttOf(stt: string, name: string, anyNumber: boolean, enforcerNamed: boolean, year: number | null, where: { readonly file: string; readonly line: number; readonly column: number; readonly lineWord: string }, provincialOffice = false): string {
    if (isRomanNumber(stt) && name !== '' && (provincialOffice || (numbersOffice('1', name, year) && namesOfficeNotPerson(name) && !namesCuc(name)))) {
      this.under = { name, line: where.line };
      return String(romanValue(stt));
    }
    const under = this.under;
    if (under !== null && itemNumber(stt) !== null && name !== '' && rowLabel(name) === 'office') {
      if (!anyNumber) return stt;
      if (enforcerNamed && foldHeader(name) === foldHeader(under.name)) return '';
      if (namesOfficeNotPerson(name)) {
        throw new ThadsError(
          'NOT_AN_OFFICE',
          `"${name}" is numbered "${stt.trim()}" under the office "${under.name}" (${where.lineWord} ${under.line}), numbered as Roman, in a form by enforcer, where such rows are the office's enforcers, but it names an office: one of that office's rows or an office of its own, thads cannot tell, and it would be added as an office`,
          where,
          'number the offices 1, 2, 3… and leave their enforcers\' rows without STT, or number the offices I, II and name an enforcer on each row below them',
        );
      }
      return '';
    }
    // "1 | (Đơn vị empty) | Nguyễn Văn An" under "I | Phòng THADS khu vực 1" without figures: its
    // enforcer, the office's name merged down over the rows (saved as CSV), read as one without STT.
    if (under !== null && itemNumber(stt) !== null && name === '' && enforcerNamed && anyNumber) return '';
    if (stt.trim() !== '' || name !== '') this.under = null;
    return stt;
  }
}

/**
 * The office's Roman line BELOW its enforcers' rows, the office column filled on each and every
 * enforcer named in a column of its own (Excel's Data › Subtotal: each block's line under it):
 * "1 | Văn phòng Cục | Nguyễn Văn An | 100", "2 | Văn phòng Cục | Trần Thị Lan | 50", then "I |
 * Văn phòng Cục | | 150". It names the office of the rows right above it and no enforcer: their
 * subtotal, read as that line without its number is — an office's unnamed row beside its named
 * ones (domain/office-runs.ts: their sum, counted once; not their sum, refused
 * OFFICE_SUBTOTAL_MISMATCH). The mirror of RomanOffices' line above them (traps41: read as a
 * section over the rows below, SECTION_ROW_MISMATCH; in a form by enforcer the next office's
 * rows refused NOT_AN_OFFICE). A Roman row naming another office is read as before.
 */
export class RomanLineBelowEnforcers {
  /** the office (folded) the row above is an enforcer's row of: figures, an enforcer named, numbered as an item or not */
  private office: string | null = null;

  /** The STT to read a row by (rows with a cell written only): "" for such a Roman line, else as written. */
  sttOf(stt: string, name: string, anyNumber: boolean, enforcerNamed: boolean): string {
    const closes = this.office !== null && isRomanNumber(stt) && anyNumber && !enforcerNamed && name !== '' && foldHeader(name) === this.office;
    this.office = anyNumber && enforcerNamed && name !== '' && (stt.trim() === '' || itemNumber(stt) !== null) ? foldHeader(name) : null;
    return closes ? '' : stt;
  }
}

/**
 * "I | Cục THADS tỉnh Nam Định | 300", "I | Thi hành án dân sự tỉnh Ninh Bình | 450" in a form by
 * enforcer: the provincial office's line naming its province (namesProvincialLine), Roman-numbered,
 * with figures. The province's section over its offices ("1 | Chi cục …" below it), or its own
 * office's line over its enforcers, then "II", "III" the other offices' — as "I | Văn phòng Cục"
 * is (RomanOffices; work91a 04, work92b 02: taken for a section over every row below, refused).
 * Held until the row below says which (read-csv.ts processRow, opensEnforcers).
 */
export function romanProvincialLine(stt: string, name: string, anyNumber: boolean, year: number | null): boolean {
  return isRomanNumber(stt) && anyNumber && namesProvincialLine(name, year);
}

/**
 * "II | Mỹ Lộc | 400", "I | Mỹ Lộc" without figures in a form by enforcer: a bare place (no
 * office's word, no person's name, no province's) Roman-numbered, as a Cục's tables write its
 * offices. Over its enforcers (opensEnforcers: "1 | Lê Văn Bình" right below) it is that office's
 * line, as "II | Chi cục THADS huyện Mỹ Lộc" is (RomanOffices; work95a 03: its enforcers were
 * refused, NOT_AN_OFFICE); over anything else a section, as before. Held as romanProvincialLine is.
 * A province's name is no bare place, unless it is a district of the file's province (its name
 * or title: `fileProvince`) named like another province ("VI | Quảng Ninh" in Quảng Bình's form,
 * provinces.ts isDistrictNamedLikeProvince; work96b 04: its enforcers were refused, NOT_AN_OFFICE).
 */
export function romanBarePlace(stt: string, name: string, year: number | null, fileProvince: () => string | null = () => null): boolean {
  return isRomanNumber(stt) && namesBarePlace(name, year, fileProvince);
}

/**
 * "Mỹ Lộc", "Ý Yên": a place's name alone, as most forms write an office — no office's word
 * (namesOfficeNotPerson), no person's name (namesPerson), no province's unless a district of the
 * file's province named like another (namesDistrictLikeOtherProvince), no group's or level's
 * (numbersOffice). Read so Roman-numbered in a form by enforcer (romanBarePlace) and as a khu
 * vực's part under its own title (namesTitledRegionPart).
 */
export function namesBarePlace(name: string, year: number | null, fileProvince: () => string | null = () => null): boolean {
  if (name === '' || rowLabel(name) !== 'office' || namesOfficeNotPerson(name) || namesPerson(name)) return false;
  return provinceOfGroup(name, year) === null ? numbersOffice('1', name, year) : namesDistrictLikeOtherProvince(name, year, fileProvince);
}

/**
 * "Quảng Ninh" in Quảng Bình's form by enforcer (its name or title: `fileProvince`): the bare name
 * of a district of the file's province that is another province's name too (provinces.ts
 * isDistrictNamedLikeProvince) — that district's office, never the province it is named like;
 * its line over its enforcers heads them as any office's does (read-csv.ts enforcerRow; work96b
 * 04: taken for a province's, its enforcers refused NOT_AN_OFFICE). "Tỉnh Quảng Ninh", and any
 * province's name in a file of no one province, name the province, as before.
 */
export function namesDistrictLikeOtherProvince(name: string, year: number | null, fileProvince: () => string | null): boolean {
  if (provinceOfGroup(name, year) === null || foldHeader(name) !== foldHeader(provinceKey(name))) return false;
  const province = fileProvince();
  return province !== null && isDistrictNamedLikeProvince(name, province);
}

/**
 * A held Roman office line (romanProvincialLine, romanBarePlace: "IV | Quảng Trạch | 1.650")
 * followed straight by the next Roman line of its list ("V | Lệ Thủy"): no enforcer of its is
 * written, and the next line is its sibling, never its part — an office without enforcers,
 * unless the rows below it add up to it (then the section it was read as: domain/declared-rows.ts
 * listOffice; work96b 03: refused SECTION_ROW_MISMATCH, as a section over its siblings).
 */
export function nextRomanOfList(heldStt: string, stt: string, name: string): boolean {
  return isRomanNumber(heldStt) && isRomanNumber(stt) && name !== '' && romanValue(stt) === romanValue(heldStt) + 1;
}

/**
 * The row right below a romanProvincialLine is an enforcer's, its line then the provincial
 * office's: with figures, numbered as an item, bulleted or without STT, a person's name
 * (namesPerson: "Nguyễn Văn An"), or no name or the line's own with an enforcer named in a column
 * of their own. A bare place ("1 | Mỹ Lộc") may be an office under the province's section: the
 * line stays a section, as any other row below it leaves it.
 */
export function opensEnforcers(stt: string, name: string, anyNumber: boolean, enforcerNamed: boolean, lineName: string): boolean {
  if (!anyNumber || !(stt.trim() === '' || itemNumber(stt) !== null || isBulletMark(stt))) return false;
  if (name === '' || foldHeader(name) === foldHeader(lineName)) return enforcerNamed;
  return namesPerson(name);
}

/**
 * A form by enforcer with one name column ("Đơn vị / Chấp hành viên") that numbers each office's
 * enforcers as its sub-items, 1.1, 1.2 under office 1, or bullets them "-" (round 55a, 02:
 * refused as a breakdown): read as the form's usual layout, enforcers without STT, which
 * enforcerRow (read-csv.ts) then takes as the office's parts, its row checked against them. A
 * sub-item naming an office ("1.1 Văn phòng Cục") keeps its number: refused or read as before.
 * The bullet typed before the name instead, STT empty ("| - Nguyễn Văn An", work104a 03: refused
 * as a breakdown's line), is the same bullet: read so where the name after it is a person's
 * (namesPersonWithPost) — "- Trong đó: …", "- Án tồn" stay a breakdown's lines, refused as before.
 */
/** "| - Nguyễn Văn An", STT empty: its bullet, as an STT cell would hold it, and the person's name after it; else null. */
function bulletedPerson(stt: string, name: string): { readonly bullet: string; readonly name: string } | null {
  if (stt.trim() !== '') return null;
  const written = name.trim();
  const bare = withoutBullet(written);
  // (a bullet only: "- ", "• ", "'- "; "a) …", "1.1 …" in the name cell are left to their rules)
  const bullet = written.slice(0, written.length - bare.length);
  return bare !== '' && bare !== written && written.endsWith(bare) && isBulletMark(bullet) && namesPersonWithPost(bare) ? { bullet, name: bare } : null;
}

export class SubNumberedEnforcers {
  /** the item number of the office row the rows below are under */
  private office: number | null = null;

  /**
   * The STT to read the row by: "" for an enforcer's "1.1" or "-" under office 1 — the provincial
   * office's too, "1 | Thi hành án dân sự tỉnh Ninh Bình" with figures (namesProvincialLine, as
   * read-csv.ts numbers it; work92b 02: its enforcers were taken for offices).
   */
  sttOf(stt: string, name: string, anyNumber: boolean, year: number | null): { readonly stt: string; readonly name: string } {
    const person = bulletedPerson(stt, name);
    if (person !== null) {
      const read = this.sttOfName(person.bullet, person.name, anyNumber, year);
      return read === '' ? { stt: '', name: person.name } : { stt, name };
    }
    return { stt: this.sttOfName(stt, name, anyNumber, year), name };
  }

  private sttOfName(stt: string, name: string, anyNumber: boolean, year: number | null): string {
    const item = itemNumber(stt);
    if (item !== null) {
      this.office = numbersOffice(stt, name, year) || (anyNumber && namesProvincialLine(name, year)) ? item : null;
      return stt;
    }
    if (name === '' || rowLabel(name) !== 'office') {
      if (name !== '' || stt.trim() !== '') this.office = null;
      return stt;
    }
    const enforcer = this.office !== null && (subItemOf(stt) === this.office || isBulletMark(stt)) && !namesOfficeNotPerson(name);
    return enforcer ? '' : stt;
  }
}

/**
 * In a table by office (its column headed "Đơn vị", no title saying it is by enforcer): the office
 * whose subtotal closes the persons' rows right above it (namesPersonRow), its name saying an
 * office's ("Cộng Phòng THADS khu vực 1", "Tổng Chi cục THADS huyện Mỹ Lộc") or a place's alone
 * ("Cộng Mỹ Lộc", placeOfPersons), or null. They are its enforcers, as under "Đơn vị / Chấp hành
 * viên" (officeBelowPersons; traps38 2: the four persons ranked as offices, the two offices never
 * printed, exit 0). Only a subtotal's word says so there: an office's bare line below persons may
 * be the next office of the list.
 */
export function officeSubtotalBelowPersons(stt: string, name: string, anyNumber: boolean, year: number | null, runAddsUp: () => boolean): string | null {
  const office = officeBelowPersons(stt, name, anyNumber, false, year, true);
  if (office === null || namesPersonsGroup(office)) return null;
  return namesOfficeNotPerson(office) || (placeOfPersons(office, year) && runAddsUp()) ? office : null;
}

/**
 * Whether rows' figures (by figure column, null where one cannot be read for sure) add up to
 * `whole`'s exactly, every figure, some figure not zero.
 */
export function partsAddUp(parts: readonly (readonly Dec[] | null)[], whole: readonly Dec[] | null): boolean {
  if (whole === null || parts.some((p) => p === null) || !whole.some((v) => !v.isZero())) return false;
  return whole.every((v, i) => v.eq((parts as readonly (readonly Dec[])[]).reduce((s, r) => s.plus(r[i] ?? ZERO), ZERO)));
}

/**
 * After "Cộng", a group of one office's persons, no office (folded): a post or rank ("Chi cục
 * trưởng", "Chấp hành viên sơ cấp", POST — its "Chi cục" no office's), or "Lãnh đạo", "Cán bộ",
 * "Công chức", "Nhân viên", "Người lao động", "Tổ …", "Nhóm …", "Chuyển …" (capitalised as a
 * place is in a heading, "CỘNG LÃNH ĐẠO").
 */
const PERSONS_GROUP = /^(lanh dao|can bo|cong chuc|nhan vien|nguoi lao dong|to|nhom|chuyen)( |$)/;
function namesPersonsGroup(name: string): boolean {
  const folded = foldHeader(name);
  return POST.test(folded) || PERSONS_GROUP.test(folded);
}

/**
 * "Mỹ Lộc", "VỤ BẢN" after the "Cộng" closing persons' rows: a district's office by its bare name
 * (writtenAsPlaceName, namesBarePlace — no province's: a province's subtotal is over offices), so
 * theirs as "Cộng Chi cục Mỹ Lộc" is (traps38 1: "Cộng Mỹ Lộc" left the persons ranked as offices,
 * exit 0). Not a kind of cases' ("Cộng Tín Dụng") nor a group of persons' (namesPersonsGroup): a
 * breakdown of one office's persons, read as before. Only where the persons' rows alone add up to
 * it (officeSubtotalBelowPersons `runAddsUp`): "U Minh", "Trần Văn Thời" (a district named like a
 * person) over "Cộng …" is a group of offices, read as before, never one office renamed.
 */
function placeOfPersons(name: string, year: number | null): boolean {
  return writtenAsPlaceName(name) && namesBarePlace(name, year) && !namesCaseKind(name) && !namesPersonsGroup(name);
}

/**
 * One office's form by enforcer without an office column, its names under "Chấp hành viên" (or
 * "Họ tên", "Người thực hiện"; the office from the title or the file's name): the office's own
 * line there names it ("Phòng THADS khu vực 1"), no person — its subtotal over its enforcers'
 * rows, read as a row with no name there is (domain/office-runs.ts): checked against them and
 * counted once, never added to them (round 61c, 01: every count doubled). Two such lines naming
 * different offices: the file holds several offices and no column says whose each row is, refused.
 */
/**
 * An office's name as its own line writes it, from its designator (folded): "Chi cục THADS huyện
 * Mỹ Lộc", "Phòng THADS khu vực 1", "THADS khu vực 1", "THA khu vực 1", "Khu vực 1", "KV1". Not an office's word anywhere
 * (namesOfficeNotPerson): "Nguyễn Văn An (Trưởng phòng)" is an enforcer, whose row, taken for the
 * office's line, would be dropped as a subtotal where it equals two others'.
 */
const OFFICE_LINE = new RegExp(String.raw`^(chi cuc|(phong|cuc) ${AGENCY_NAME}|${AGENCY_NAME_SPELLED}|(tha )?(khu vuc|kv) ?(so )?\d+)( |$)`);
/**
 * "Chi cục trưởng Trần Văn Bình", "Chi cục phó Lê Thị Hoa", "Chi cục trưởng": the office's head or
 * deputy, an enforcer listed by his title (round 62a, 01: refused as the office's wrong subtotal).
 * Read as written, not folded: "Chi cục Trường Sa", "Chi cục Phổ Yên" are offices. Without
 * diacritics only the title alone or before a mark ("Chi cuc pho: …"): "Chi cuc Pho Yen" may be
 * the office, whose line, read as a person's, would be added to its enforcers'.
 */
const TITLE_AFTER_DESIGNATOR = latinLetters(/^chi\s+c(ụ|u)c\s+(trưởng|phó|(truong|pho)(?=\s*([^\p{L}\d\s]|$)))(?![\p{L}\d])/u);
/**
 * The office's line in an English export (folded): "Region 1 Enforcement Office", "Civil Judgment
 * Enforcement Office of Region 1", "Office of Region 1", "District Office total", "Office total"
 * (was added as an enforcer: the office doubled). A designator begins it, or "office" ends it —
 * not after "of": "Nguyen Van An, Head of Office" is an enforcer, as "(Trưởng phòng)" is.
 */
const ENGLISH_OFFICE_LINE = new RegExp([
  /^(the )?(civil )?(judgment |judgement )?enforcement (office|department|sub department|branch)( |$)/.source,
  /^(office|sub department|department) of /.source,
  /^(region|area|zone) (no )?\d+( |$)/.source,
  /^office( (sub ?)?totals?)?$/.source,
  /(?<!(^| )of( the)?) office( (sub ?)?totals?)?$/.source,
].join('|'));
/**
 * A form by enforcer that numbers no office (no STT column, or one left empty): an office's own
 * line there, unnumbered, names it ("Phòng THADS khu vực 1", "Văn phòng Cục", "Region 1
 * Enforcement Office"), above its enforcers or below them (the software's group footer with the
 * group's name, work86b 02: every figure counted twice). Its enforcers are its rows and it is
 * their subtotal, checked (read-csv.ts processRow, domain/office-runs.ts), never added to them.
 */
export function namesUnnumberedOffice(stt: string, name: string, anyNumber: boolean): boolean {
  return stt.trim() === '' && anyNumber && name !== '' && (namesOfficeNotPerson(name) || namesOfficeLine(name));
}

/**
 * "Cục THADS tỉnh Gia Lai", "Thi hành án dân sự tỉnh Gia Lai": the province's own office written
 * as the province's (row-labels.ts namesCuc, a group's name) — in a form by enforcer, numbered
 * with figures among the offices, an office over its enforcers as the others are.
 */
export function namesProvincialLine(name: string, year: number | null): boolean {
  return rowLabel(name) === 'office' && namesOfficeNotPerson(name) && provinceOfGroup(name, year) !== null;
}

/** Whether a name in the enforcers' column is its office's own line (OFFICE_LINE), no person's. */
function namesOfficeLine(text: string): boolean {
  const folded = foldHeader(text);
  if (ENGLISH_OFFICE_LINE.test(folded)) return true;
  return OFFICE_LINE.test(folded) && !TITLE_AFTER_DESIGNATOR.test(text.normalize('NFC').trim().toLowerCase());
}

/**
 * Which office a name says, to tell two apart: a region by its number ("Phòng THADS khu vực 1",
 * "KV1", "khu vực I", "Region 1 Enforcement Office" → "khu vực 1"), else its bare name without diacritics
 * ("Chi cục THADS huyện Mỹ Lộc", "my-loc" → "my loc"); null where it says none ("District Office
 * total", "Chi cục THADS") or an English one (its place is not read), and for a province's name
 * (a file "Phú Thọ 2025.csv" of one of its offices: which, it does not say).
 */
function officeSaid(name: string): string | null {
  const folded = foldHeader(name);
  const english = /(^| )(region|area|zone) (no )?(\d+)( |$)/.exec(folded);
  if (english) return `khu vực ${Number(english[4])}`;
  if (ENGLISH_OFFICE_LINE.test(folded) || successorProvince(name) !== null) return null;
  // (bareName reads a region's number as offices write it: "KV1", "khu vực số 01", "khu vực II")
  const bare = bareName(name);
  const region = /^khu vực (\d+)/.exec(bare);
  if (region) return `khu vực ${Number(region[1])}`;
  const key = unaccentedKey(bare).replace(latinLetters(/[^\p{L}\d]+/gu), ' ').trim();
  return key === '' ? null : key;
}

/**
 * An office's subtotal row, its name with a subtotal's word before or after it: "Tổng Mỹ Lộc",
 * "Tổng: Mỹ Lộc", "Tổng cộng Mỹ Lộc", "TỔNG CHI CỤC MỸ LỘC", "Tổng KV1" (hand-typed under its
 * enforcers' rows), "Mỹ Lộc Total", "Mỹ Lộc Tổng" (what Excel's Data → Subtotal writes under each
 * block, English or Vietnamese UI), "Mỹ Lộc - Cộng", "Mỹ Lộc (cộng)", "Mỹ Lộc: Tổng số". The name
 * as written, or null. "Tổng" + a name may be an office's or a person's ("Tổng Đội", "Tống Mỹ
 * Lộc"), so the name alone says nothing: only where it is an office the table (or the file)
 * names (namesOfficeSubtotal). "Cộng Mỹ Lộc", "Tổng số Mỹ Lộc" are subtotals by their words alone
 * (row-labels.ts OTHER_SECTIONS, OTHER_TOTALS).
 */
const SUBTOTAL_BEFORE = /^\s*(?:t[oổ]ng\s+c[oộ]ng|t[oổ]ng\s+s[oố]|t[oổ]ng|c[oộ]ng)\s*[:\-–]?\s+(\S.*?)\s*$/iu;
const SUBTOTAL_AFTER = /^\s*(\S.*?)\s*(?:[:\-–,]\s*)?(?:\(\s*)?(?:t[oổ]ng\s+c[oộ]ng|t[oổ]ng\s+s[oố]|t[oổ]ng|c[oộ]ng|sub-?\s?totals?|totals?)(?:\s*\))?\s*$/iu;
export function subtotalOfficeName(text: string): string | null {
  const t = text.normalize('NFC');
  return (SUBTOTAL_BEFORE.exec(t) ?? SUBTOTAL_AFTER.exec(t))?.[1] ?? null;
}

/** The key two spellings of one office's name share ("Chi cục THADS huyện Mỹ Lộc", "Mỹ Lộc"), or null (officeSaid). */
export function officeNameKey(name: string): string | null {
  return officeSaid(name);
}

/**
 * Whether the row's label is the subtotal (subtotalOfficeName) of an office whose key is in
 * `offices` (officeNameKey: the offices the table listed above it, or the file's own office) — a
 * subtotal as "Cộng Mỹ Lộc" is, checked against its rows, never added (round 67b 01, work104c 01,
 * work104d 01 and 05: added as a further office, every figure doubled, exit 0). "Tổng khối
 * huyện", "Tổng cục THADS" name no office listed: left to their rules.
 */
export function namesOfficeSubtotal(text: string, offices: ReadonlySet<string>): boolean {
  if (offices.size === 0) return false;
  const name = subtotalOfficeName(text);
  const said = name === null ? null : officeSaid(name);
  return said !== null && offices.has(said);
}

/**
 * The office whose subtotal `text` is written as (subtotalOfficeName), when that office is the one
 * `below` names — the first office row under it: "Tổng Mỹ Lộc" put ABOVE Mỹ Lộc's rows, as offices
 * put "Tổng cộng" on top (work105 tongabove: added as a further office, the block doubled, exit 0).
 * The office must be the very next one listed, so a person or a place merely named after "Tổng"
 * is never taken for a subtotal.
 */
export function namesSubtotalOfOfficeBelow(text: string, below: string): boolean {
  const name = subtotalOfficeName(text);
  const said = name === null ? null : officeSaid(name);
  return said !== null && officeSaid(below) === said && subtotalOfficeName(below) === null;
}

/**
 * "Tổng Mỹ Lộc", "Mỹ Lộc Tổng" in that office's own file without an office column (`own`): the
 * office's whole over its enforcers' rows (namesOfficeSubtotal of the file's office).
 */
export function namesOwnOfficeTotal(text: string, own: FileOffice | null): boolean {
  const said = own === null ? null : officeSaid(own.name);
  return said !== null && namesOfficeSubtotal(text, new Set([said]));
}

/** The office a file without an office column is (title-office.ts officeOfFile), and what says so. */
export interface FileOffice {
  readonly name: string;
  /** "the file name", "the title (line 1)" */
  readonly from: string;
}

export class OfficeLinesAmongEnforcers {
  /** the first office line, against which the others are compared */
  private first: { readonly name: string; readonly line: number } | null = null;

  /** `file`: the file's own office, where its name or title says it (a line naming another is no subtotal of its enforcers). */
  constructor(private readonly file: () => FileOffice | null) {}

  /** Whether the row's enforcer cells (`cells`, by column index) name its office rather than a person. */
  see(cells: readonly { readonly column: number; readonly text: string }[], where: { readonly file: string; readonly line: number; readonly lineWord: string }): boolean {
    const office = cells.find((c) => namesOfficeLine(c.text));
    if (office === undefined) return false;
    this.compare(office.text.trim(), { file: where.file, line: where.line, column: office.column + 1 }, where.lineWord);
    return true;
  }

  /**
   * A subtotal row's enforcer cells naming an office ("Cộng Phòng THADS khu vực 1", "Tổng khu vực 2"
   * under its enforcers' rows): that office's subtotal, so an office of the file as its line is —
   * two such naming different offices are several offices' rows summed as one, refused as two
   * lines are (traps38 1: two khu vực read as one office named after the file, 850/1000, exit 0).
   * "Cộng Mỹ Lộc", a bare place's, is its office's too (placeOfPersons). "Cộng Chấp hành viên sơ
   * cấp", "Cộng khối …" name no office: left as before.
   */
  seeSubtotal(cells: readonly { readonly column: number; readonly text: string }[], where: { readonly file: string; readonly line: number; readonly lineWord: string; readonly year: number | null }): void {
    for (const c of cells) {
      const name = subtotalOfficeName(c.text);
      if (name !== null && (namesOfficeLine(name) || placeOfPersons(name.trim(), where.year))) return this.compare(name.trim(), { file: where.file, line: where.line, column: c.column + 1 }, where.lineWord);
    }
  }

  private compare(name: string, at: { readonly file: string; readonly line: number; readonly column: number }, lineWord: string): void {
    const said = officeSaid(name);
    const own = this.file();
    const ownSaid = own === null ? null : officeSaid(own.name);
    // a region against a Chi cục's name may be its successor or its former part: not told apart
    const regions = (a: string, b: string) => a.startsWith('khu vực ') === b.startsWith('khu vực ');
    if (own !== null && said !== null && ownSaid !== null && said !== ownSaid && regions(said, ownSaid)) {
      throw new ThadsError(
        'OFFICE_NAME_CONFLICT',
        `the enforcers' column names the office "${name}", but ${own.from} says the file is ${own.name}'s: that row is no subtotal of this office's enforcers, and its figures would be read as this office's`,
        at,
        `correct the name on that row, or rename the file after the office it holds; for several offices, head the column of names "Đơn vị / Chấp hành viên"`,
      );
    }
    if (this.first === null) this.first = { name, line: at.line };
    else {
      const firstSaid = officeSaid(this.first.name);
      if (said !== null && firstSaid !== null && said !== firstSaid) {
        throw new ThadsError(
          'OFFICE_COLUMN_MISSING',
          `no office column is named, and the enforcers' column names the office "${this.first.name}" (${lineWord} ${this.first.line}) and "${name}": the file holds several offices, whose enforcers' rows would be summed as one office`,
          at,
          'head the column of names "Đơn vị / Chấp hành viên" (a form by enforcer: each office\'s row above its enforcers, or its "Cộng …" row right below them), or send one file per office',
        );
      }
    }
  }
}

/**
 * A row read as an office without an STT whose name says no office's nor a province's: a
 * person's ("Nguyễn Văn An") or a bare place's ("Ý Yên"), which thads cannot tell apart ("Lê
 * Chân", "Hai Bà Trưng" are districts). Next to a numbered row in a form no title says is by
 * enforcer it may be that office's enforcer (enforcerBesideItsLine, rowsUnderItsLine).
 */
export function namesNoOffice(row: { readonly district: string; readonly year: number | null }): boolean {
  const name = row.district.trim();
  return name !== '' && rowLabel(name) === 'office' && !namesOfficeNotPerson(name) && provinceOfGroup(name, row.year) === null;
}

/**
 * A row without STT naming no office (namesNoOffice) right ABOVE a numbered row read as an office,
 * their figures equal (domain/suspect-rows.ts agreement: every figure, two or more not zero), in a
 * form no title says is by enforcer: that office's one enforcer, or an office whose STT was left
 * out with the very figures of the one next to it — 'cannot tell', refused (collect.ts). Rows
 * right under a numbered line are rowsUnderItsLine's. The unnumbered row and the line, or null.
 */
export function enforcerBesideItsLine<R extends { readonly district: string; readonly year: number | null }>(above: { readonly row: R; readonly numbered: boolean }, below: { readonly row: R; readonly numbered: boolean }): { readonly row: R; readonly line: R; readonly reading: 'cannot tell' } | null {
  if (above.numbered || !below.numbered || !namesNoOffice(above.row)) return null;
  return { row: above.row, line: below.row, reading: 'cannot tell' };
}

/**
 * The rows without STT naming no office (namesNoOffice: persons or bare places) right under a
 * numbered line read as an office, in a form no title says is by enforcer (work88 one enforcer,
 * work89 enforcers under a bare place). Rows the reader already took for the office's parts
 * (read-csv.ts enforcerRow: under a Chi cục, a Phòng) never reach this. `loose`: one or more, in
 * file order. What to drop (counted once, in the line) and what to refuse (at which row):
 *  - under a line naming its office as such (the Cục's, which heads no parts there): one row with
 *    its very figures is its one enforcer, counted once ("1 | Cục THADS tỉnh Nam Định | 70" over
 *    "| Nguyễn Văn An | 70": 470, not 540). Under the Cục's line, rows that are not its figures
 *    nor add up to them ("| Nguyễn Văn An | 30" under its 70, part of its cases assigned; was
 *    added, 500 for 470) may be its enforcers (its line counts them) or offices whose STT was
 *    left out — refused, as parts that do not add up to a Chi cục's line are. Two or more that
 *    add up to it are left as before: a province's whole over its districts (SUSPECTED_TOTAL_ROW).
 *  - under a bare place numbered as an office ("1 | Mỹ Lộc | 300"): two or more rows adding up to
 *    its line, figure by figure, are its enforcers and the line their subtotal, as under "Chi cục
 *    THADS huyện Mỹ Lộc" (was added, only a warning). One row with its very figures may be its
 *    enforcer or an office of its own, refused; rows that do not add up are offices as before
 *    ("1 | Vụ Bản | 70" over "| Ý Yên | 50": a list of bare names may leave an STT out) — unless
 *    one of them names a person (namesPerson: "| Nguyễn Văn An | 150" under "1 | Mỹ Lộc | 300";
 *    was added, 930 for 500) and they contradict the line: its enforcers' rows that do not add up
 *    to it, refused at the line as under "Chi cục THADS huyện Mỹ Lộc" (reading 'parts',
 *    collect.ts OFFICE_SUBTOTAL_MISMATCH).
 *  A line naming a province ("1 | Nam Định") is a whole over its districts: left as before.
 */
export function rowsUnderItsLine<R extends { readonly district: string; readonly year: number | null; readonly figures: Sums }>(line: R, loose: readonly R[]): { readonly drop: readonly R[]; readonly refuse: { readonly row: R; readonly reading: 'equal' | 'apart' | 'parts' } | null } {
  const none = { drop: [], refuse: null };
  const first = loose[0];
  if (first === undefined) return none;
  const sum = copySums(first.figures);
  for (const r of loose.slice(1)) addSums(sum, r.figures);
  const firstEqual = agreement(first.figures, line.figures) >= 2;
  const sumEqual = agreement(sum, line.figures) >= 2;
  if (namesOfficeNotPerson(line.district)) {
    if (firstEqual) return { drop: [first], refuse: null };
    if (namesProvincialLine(line.district, line.year) && !(loose.length >= 2 && sumEqual)) return { drop: [], refuse: { row: first, reading: 'apart' } };
    return none;
  }
  if (provinceOfGroup(line.district, line.year) !== null) return none;
  if (firstEqual) return { drop: [], refuse: { row: first, reading: 'equal' } };
  if (loose.length >= 2 && sumEqual) return { drop: loose, refuse: null };
  if (loose.some((r) => namesPerson(r.district)) && agreement(sum, line.figures) < 0) return { drop: [], refuse: { row: line, reading: 'parts' } };
  return none;
}
