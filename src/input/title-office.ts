// The office a title line names ("CHI CỤC THADS HUYỆN MỸ LỘC", "PHÒNG THADS KHU VỰC 1"): the
// office of a file without an office column, beside its name's (SPEC §3). A name that gives none
// ("bieu-07-viec-2019.csv", as the export saves itself) takes the title's; a name that gives
// another office than its title ("Vụ Bản 2019.csv" under "… HUYỆN MỸ LỘC") is refused: read as
// written it would be a second office. (A name's version or period, "Mỹ Lộc 2019 - bản cũ.csv",
// "Mỹ Lộc 12 tháng 2019.csv", is no part of its office: officeFromFileName drops it.)
import { latinLetters } from '../domain/letters.js';
import { basename } from 'node:path';
import { foldHeader } from '../domain/names.js';
import { bareName, mayBeOneOffice, mayBeOneOfficeUnaccented, namesRegionOffice, namesVanPhong, officeProvinceInName, regionPlace, runTogetherNamesOffice, unitAndPlace } from '../domain/office-names.js';
import { provinceKey, sameOrMergedInto, successorProvince } from '../domain/provinces.js';
import { ThadsError } from '../errors.js';
import { fileNamesOffice, officeFromFileName, provinceNamedAlone, withoutVersionAfterYear, withoutVersionAndPeriod } from './file-names.js';
import type { TitleProvince } from './title-province.js';
import { yearBesideName } from './row-labels.js';
import type { DistrictOffices } from '../domain/aggregate.js';
import { AGENCY_NAME, AGENCY_NAME_SPELLED } from '../domain/agency-words.js';

export interface TitleOffice {
  /** as a name is written ("Mỹ Lộc", "Quận 1", "Phòng THADS khu vực 1") */
  readonly office: string;
  /** the title line naming it */
  readonly line: number;
}

/** An office's designator, folded: "chi cuc thads", "chi cuc thi hanh an dan su", "phong thads". */
const DESIGNATOR = new RegExp(String.raw`^(chi cuc|phong) (${AGENCY_NAME_SPELLED}) `);

/**
 * The one office the title lines name: a cell that is an office's designator and name, whole.
 * None, or two different ones (a report sent by one office about another): null.
 */
export function titleOffice(rows: readonly { readonly cells: readonly string[]; readonly line: number }[]): TitleOffice | null {
  const sorted = [...rows].sort((a, b) => a.line - b.line);
  // (the province's own Văn phòng only where no Chi cục's or Phòng's line is written: vanPhongOfCell)
  const districtLevel = sorted.some(({ cells }) => cells.some((c) => officeOfCell(c) !== null));
  return oneOffice(sorted, districtLevel ? officeOfCell : vanPhongOfCell);
}

function oneOffice(rows: readonly { readonly cells: readonly string[]; readonly line: number }[], officeOf: (cell: string) => string | null): TitleOffice | null {
  let found: TitleOffice | null = null;
  for (const { cells, line } of rows) {
    for (const cell of cells) {
      const office = officeOf(cell);
      if (office === null) continue;
      if (found !== null && !mayBeOneOffice(found.office, office)) return null;
      found ??= { office, line };
    }
  }
  return found;
}

/**
 * The office's words as an office cell would hold them, its unit kept and read as every office
 * name's is (office-names.ts unitKind): "HUYỆN KỲ ANH" → "Huyện Kỳ Anh", "THI XA KY ANH" → "Thị
 * xã Ky Anh" — huyện and thị xã Kỳ Anh are two offices, as in a column. A region keeps its
 * "Phòng THADS", as its offices write it ("Phòng THADS khu vực 2").
 */
function officeOfCell(cell: string): string | null {
  const office = officeLine(cell);
  if (office === null) return null;
  const { place } = office;
  const unit = office.unit === 'khu vực' ? 'Phòng THADS khu vực' : sentenceCase(office.unit);
  const name = place === place.toLocaleUpperCase('vi') ? titleCase(place) : place;
  // "CHI CỤC THADS KỲ ANH": the place alone, huyện or thị xã as the file's name or other files tell
  return unit === '' ? name : `${unit} ${name}`;
}

/** A line opening with the province's own Văn phòng's words (folded): "VĂN PHÒNG CỤC …", "VP CỤC …", "VĂN PHÒNG THADS …", "VĂN PHÒNG THI HÀNH ÁN DÂN SỰ …". */
const VAN_PHONG_LINE = new RegExp(String.raw`^(?:van phong|vp) (?:cuc|${AGENCY_NAME})(?: |$)`);

/**
 * The province's own Văn phòng as its title line names it, the other office of every province
 * beside its Chi cục (or Phòng khu vực): "VĂN PHÒNG CỤC THADS TỈNH NAM ĐỊNH", "VP CỤC THADS",
 * "VĂN PHÒNG CỤC (NAM ĐỊNH)" → "Văn phòng Cục"; from 7/2025 "VĂN PHÒNG THI HÀNH ÁN DÂN SỰ TỈNH
 * (NINH BÌNH)" → "Văn phòng THADS tỉnh" — a line in the spellings its row has, whole
 * (office-names.ts namesVanPhong), its year and period dropped as a Chi cục's are; read only where
 * no title line names a Chi cục or a Phòng (titleOffice: those are read as before). Not "VĂN PHÒNG
 * CỤC VÀ CÁC CHI CỤC" (the province's whole), nor the Cục's own sender line ("CỤC THADS TỈNH X",
 * above every office's title), nor "VĂN PHÒNG" alone. The province it writes is read as any title
 * line's (title-province.ts).
 */
function vanPhongOfCell(cell: string): string | null {
  const text = withoutPeriodNotes(cell.trim().normalize('NFC').replace(/\s+/gu, ' '));
  const folded = foldHeader(text);
  if (!VAN_PHONG_LINE.test(folded) || !namesVanPhong(text)) return null;
  if (/^(?:van phong|vp) cuc(?: |$)/.test(folded)) return 'Văn phòng Cục';
  return /(?:^| )(?:thanh pho|tp)(?: |$)/.test(folded) ? 'Văn phòng THADS thành phố' : 'Văn phòng THADS tỉnh';
}

/**
 * The province a title's office line writes after the office's name ("… KHU VỰC 3 - NINH
 * BÌNH", "… HUYỆN MỸ LỘC (NAM ĐỊNH)", "… KHU VỰC 3 TỈNH NINH BÌNH"), as written; null if none.
 * Read as the title's province (title-province.ts), never as part of the office's name.
 */
export function provinceAfterOffice(cell: string): string | null {
  return officeLine(cell)?.province ?? null;
}

/**
 * An office's line: its unit's kind ("huyện", "thị xã", "khu vực"; "" where a Chi cục's title
 * writes none), its place, and the province written after it. The unit is read as an office
 * cell's (office-names.ts unitAndPlace: "TX. KỲ ANH", "H.HƯƠNG SƠN"); a region's "KHU VỰC 1" or
 * "KV 1" is a unit there. An office in parentheses ("CHI CỤC THADS (HUYỆN MỸ LỘC)") is read
 * without them, and what follows them as what follows a name ("(HUYỆN MỸ LỘC) - NAM ĐỊNH").
 */
function officeLine(cell: string): { readonly unit: string; readonly place: string; readonly province: string | null } | null {
  const text = cell.trim().normalize('NFC').replace(/\s+/gu, ' ');
  const m = DESIGNATOR.exec(`${foldHeader(text)} `);
  if (!m) return null;
  // the designator's words are cut as counted folded; the office's words keep their marks
  const words = text.split(' ').slice(m[1]!.split(' ').length + m[2]!.split(' ').length).join(' ');
  const enclosed = /^\(([^()]*)\)(.*)$/u.exec(words);
  const office = withoutPeriodNotes((enclosed?.[1] ?? words).trim());
  const after = enclosed?.[2] ?? '';
  // "KHU VỰC 1", "KV 1", "KV.1": a region's number as an office cell's (office-names.ts regionPlace)
  const region = regionPlace(office);
  const unit = region !== null ? { kind: 'khu vực', place: region } : unitAndPlace(office) ?? (m[1] === 'chi cuc' ? { kind: '', place: office } : null);
  // "CHI CỤC THADS TỈNH …" is no office's line
  if (unit === null || unit.kind === 'tỉnh') return null;
  const { place, province } = withoutQualifier(`${unit.place}${after}`);
  // after the parentheses only a province or an area: "(HUYỆN MỸ LỘC) NĂM 2019" names no office
  if (after.trim() !== '' && place !== withoutQualifier(unit.place).place) return null;
  if (!latinLetters(/\p{L}|\d/u).test(place)) return null;
  if (unit.kind === '' && !bareOfficeName(place)) return null;
  return { unit: unit.kind, place, province };
}

/**
 * An office's words without the report's year, period and version written after them, as a
 * file's name drops them (file-names.ts withoutVersionAndPeriod), each in turn until none is
 * left: "HUYỆN MỸ LỘC NĂM 2019 (SỬA)", "… 12 THÁNG NĂM 2019", "… CẢ NĂM 2019", "… TỪ 01/10/2018
 * ĐẾN 30/9/2019" → "HUYỆN MỸ LỘC". Agency and year in one cell: the year is no part of the
 * name (yearBesideName).
 */
function withoutPeriodNotes(words: string): string {
  let name = words;
  for (let before = ''; before !== name; ) {
    before = name;
    const unversioned = withoutVersionAfterYear(name);
    name = withoutVersionAndPeriod((yearBesideName(unversioned)?.name ?? unversioned).trim()).trim();
  }
  return name;
}

/** Words that are no place's, after "CHI CỤC THADS" without a unit ("CẤP HUYỆN", "TRỰC THUỘC", "CÁC ĐƠN VỊ"). */
const NO_PLACE = new Set(['cấp', 'thuộc', 'các', 'toàn', 'tại', 'báo', 'cáo', 'số', 'về', 'và', 'của', 'tổng', 'cộng', 'thi', 'hành', 'án', 'dân', 'sự', 'thads', 'cap', 'thuoc', 'cac', 'toan', 'so', 've', 'va', 'tong']);

/**
 * A Chi cục's place written without its unit ("KỲ ANH", "Hương Sơn"): one to four words of
 * letters, each capitalised, none of NO_PLACE, and no province ("CHI CỤC THADS HÀ TĨNH" may be
 * the city's office or the province's department: neither is told).
 */
function bareOfficeName(place: string): boolean {
  const words = place.split(' ');
  return words.length <= 4 && words.every((w) => latinLetters(/^\p{Lu}\p{L}*$/u).test(w) && !NO_PLACE.has(w.toLocaleLowerCase('vi'))) && successorProvince(place) === null;
}

/** What a title writes after its office's name: an area in parentheses, a province after a dash or "tỉnh"/"thành phố". */
const PARENTHESIS_AFTER = /\s*\(([^()]*)\)\s*$/u;
const BEFORE_PROVINCE = latinLetters(/\s*(?:[-–—]|(?<![\p{L}\d])(?:tỉnh|tinh|thành phố|thanh pho|tp\.?)(?![\p{L}\d]))\s*/giu);

/**
 * The office's name without the province or area a title writes after it (the owner's rule),
 * and that province: "3 - NINH BÌNH", "3 TỈNH NINH BÌNH", "MỸ LỘC, TỈNH NAM ĐỊNH" → the name;
 * "5 (Mỹ Lộc - Vụ Bản)", "MỸ LỘC (huyện Mỹ Lộc cũ)": the former districts an office covers. The
 * province is cut at its first word, whole, though it has a dash of its own ("CHÂU ĐỨC - BÀ RỊA
 * - VŨNG TÀU", "PHÚ VANG - THỪA THIÊN - HUẾ"). A dash before what is no province stays ("Mỹ Lộc
 * - bản cũ" is no office's name). After a comma ("…, TỈNH NAM ĐỊNH") the province is read as any
 * title line's (title-province.ts).
 */
function withoutQualifier(written: string): { readonly place: string; readonly province: string | null } {
  let place = written.split(',')[0]!.trim();
  let province: string | null = null;
  const area = PARENTHESIS_AFTER.exec(place);
  if (area && place.slice(0, area.index).trim() !== '') {
    if (successorProvince(area[1]!.trim()) !== null) province = area[1]!.trim();
    place = place.slice(0, area.index).trim();
  }
  // the first mark after which the rest is a province: the widest province written
  const after = [...place.matchAll(BEFORE_PROVINCE)].find((b) => b.index > 0 && successorProvince(place.slice(b.index + b[0].length).trim()) !== null);
  if (after) {
    province ??= place.slice(after.index + after[0].length).trim();
    place = place.slice(0, after.index).trim();
  }
  return { place, province };
}

/** "thị xã" → "Thị xã", as a unit is written before a name. */
function sentenceCase(words: string): string {
  const lower = words.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** "MỸ LỘC" → "Mỹ Lộc", as place names are written. */
function titleCase(place: string): string {
  return place.toLocaleLowerCase('vi').replace(latinLetters(/(^|\s)(\p{L})/gu), (_, s: string, c: string) => s + c.toLocaleUpperCase('vi'));
}

/**
 * The province a file's name writes in parentheses after the office its title names ("Lệ Thủy
 * (Quảng Bình) 2024.csv" under "… HUYỆN LỆ THỦY"), or null: the office's province, no rival office,
 * as a title's own "(QUẢNG BÌNH)" after its office is (withoutQualifier). Whether it is the province
 * the title names is officeOfFile's to ask, as for a name that is only a province's.
 */
function provinceAfterTitled(named: string, office: string): string | null {
  const m = PARENTHESIS_AFTER.exec(named);
  if (m === null) return null;
  const before = named.slice(0, m.index).trim();
  return before !== '' && successorProvince(m[1]!.trim()) !== null && mayBeOneOfficeUnaccented(before, office) ? m[1]!.trim() : null;
}

/**
 * The office of a file without an office column: its name's, which its title, naming one, must
 * agree with (OFFICE_NAME_CONFLICT); else its title's; else null (OFFICE_UNKNOWN). A name that is
 * only a province's or its Cục's ("Cuc THADS Ninh Binh 2024.xlsx", its tab "KS" titled "CHI CỤC
 * THADS HUYỆN KIM SƠN") names the office's province, not a rival office: the title's office, unless
 * the title names another province (round 68b, 04). Standard input names no file: read as it is.
 */
export function officeOfFile(file: string, title: TitleOffice | null, sheet?: string, titleProvinces: readonly TitleProvince[] = []): string | null {
  if (file === '-') return officeFromFileName(file);
  if (!fileNamesOffice(file)) return title?.office ?? null;
  const named = officeFromFileName(file);
  // a name travels without its marks ("my-loc-2019.csv"): matched as across files (office-registry.ts)
  if (title !== null && !mayBeOneOfficeUnaccented(named, title.office) && !namesTitledVanPhong(named, title.office, titleProvinces)) {
    // run together ("02-VuBan.csv", "MyLoc.csv" under "… HUYỆN MỸ LỘC"): the title's office, named as
    // other files name it — "VuBan" is matched with no "Vụ Bản" of another file (work93c 01)
    if (runTogetherNamesOffice(named, title.office)) return title.office;
    const province = provinceNamedAlone(file) ?? provinceAfterTitled(named, title.office);
    // no year here: a province merged in 2025 is not taken for its successor ("Nam Dinh" under "NINH BÌNH" stays refused)
    if (province !== null && titleProvinces.every((t) => sameOrMergedInto(t.province, province, null))) return title.office;
    throw new ThadsError('OFFICE_NAME_CONFLICT', `the file name "${basename(file)}" says the office is ${named}, but the title (line ${title.line}) says ${title.office}: which office's figures these are cannot be told`, { file, line: title.line, ...(sheet !== undefined ? { sheet } : {}) });
  }
  return named;
}

/**
 * The office a khu vực's own report is, its rows maybe its former parts (read-csv.ts
 * titledRegionalOffice): the one its title names, else — no title naming an office, a total or
 * the district level's offices alone — the khu vực its file's name names ("KV1 Ninh Bình
 * 2025.csv", "Khu vuc 1 2025.csv": namesRegionOffice), as an own report's office is its title's or
 * its name's (collect.ts ownReportOf), written as a title's is ("Phòng THADS khu vực 1"), at line
 * 0 (no line names it). Null otherwise (by-enforcer.ts titledRegion asks whether it is a khu vực).
 */
export function ownRegionOfFile(file: string, report: { readonly titleOffice: TitleOffice | null; readonly titleTotal: unknown; readonly titleDistrictOffices: unknown }): TitleOffice | null {
  if (report.titleOffice !== null) return report.titleOffice;
  if (file === '-' || report.titleTotal !== null || report.titleDistrictOffices !== null || !fileNamesOffice(file) || provinceNamedAlone(file) !== null) return null;
  const named = officeFromFileName(file);
  return namesRegionOffice(named) ? { office: `Phòng THADS ${bareName(named)}`, line: 0 } : null;
}

/**
 * A file's name that is the province's own Văn phòng a title names ("VP Cuc 2024.csv", "Van phong
 * 2024.csv", "Van phong Cuc Nam Dinh 2024.csv" under "VĂN PHÒNG CỤC THADS TỈNH NAM ĐỊNH"): the
 * same office, however either spells it — a province has one (namesVanPhong) — unless the name
 * writes another province than the title's.
 */
function namesTitledVanPhong(named: string, titled: string, titleProvinces: readonly TitleProvince[]): boolean {
  if (!namesVanPhong(titled) || !namesVanPhong(named)) return false;
  const province = officeProvinceInName(named);
  return province === null || titleProvinces.every((t) => provinceKey(t.province) === provinceKey(province));
}

/**
 * Whether a title line says the table is of the district level's offices alone, and in which
 * words; null where none does. Its subject: "KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA CÁC CHI CỤC …", "…
 * CỦA CÁC PHÒNG THADS KHU VỰC", "CỦA 10 CHI CỤC … TRỰC THUỘC" (their count), "… CẤP HUYỆN" (their
 * level), "KHỐI CHI CỤC", after "của", or after the report's words ("TỔNG HỢP KẾT QUẢ THADS CÁC
 * CHI CỤC", "BÁO CÁO KẾT QUẢ THADS KHỐI CHI CỤC"), or opening a line that states no event; or the
 * Cục's own office left out ("(KHÔNG BAO GỒM VĂN PHÒNG CỤC)", "không gồm VP Cục", "trừ Văn phòng
 * Cục"). Null where the line names the Cục's own beside them ("CỦA CỤC VÀ CÁC CHI CỤC", "VĂN PHÒNG
 * CỤC VÀ CÁC CHI CỤC", "TOÀN TỈNH", "CẤP TỈNH"): the whole province; where it leaves them out
 * ("KHÔNG BAO GỒM CÁC CHI CỤC"); where it is a remark of the merger ("Các Phòng THADS khu vực
 * được thành lập từ ngày 01/7/2025", "Kể từ ngày 01/7/2025 các Chi cục … sáp nhập …"). Its
 * sender's line ("CỤC THADS TỈNH NAM ĐỊNH" above it) is another line, and says nothing of the
 * table's scope. A row of the Cục's own in the table overrules the title (collect.ts districtOfficesOf).
 */
export function titleDistrictOffices(rows: readonly { readonly cells: readonly string[] }[]): DistrictOffices | null {
  for (const { cells } of rows) {
    for (const cell of cells) {
      const folded = foldHeader(cell);
      // "(KHÔNG BAO GỒM VĂN PHÒNG CỤC)": the Cục's own left out, no word of the Cục's in the table
      const f = folded.replace(LEAVES_OUT_CUC, ' ').replace(/ +/g, ' ').trim();
      const leavesOutCuc = f !== folded;
      // "(KHÔNG BAO GỒM CÁC CHI CỤC)": the Cục's own alone, if anything
      if (LEAVES_OUT_DISTRICTS.test(f)) continue;
      const m = DISTRICTS_SUBJECT.exec(f);
      if (m === null && !leavesOutCuc) continue;
      if (m !== null && !leavesOutCuc) {
        const before = f.slice(0, m.index);
        // the report's subject: "… CỦA CÁC CHI CỤC …", "TỔNG HỢP KẾT QUẢ … KHỐI CHI CỤC", or a line
        // opening with them that states no event ("Các Phòng THADS khu vực được thành lập từ ngày
        // 01/7/2025", "Kể từ ngày 01/7/2025 các Chi cục … sáp nhập …": a remark of the merger, no
        // scope of the table); a level's name alone ("Cấp huyện") is a heading's, not a title's
        // the figures said to include theirs ("(Bao gồm số liệu của các Chi cục THADS trước ngày
        // 01/7/2025)", "Kết quả bao gồm các Chi cục trước khi sáp nhập", "đã gồm cả các Chi cục
        // cũ"): a note of what the offices' figures hold, the former units' in a table of
        // today's, never that the table is of them alone (work98a 01)
        if (includesThem(before, ` ${f.slice(m.index + m[0].length)}`)) continue;
        const ofThem = /(^| )cua$/.test(before.trim());
        const opening = m.index === 0 && !/\d/.test(f) && !/^cap /.test(m[2]!) && !/(^| )(sap nhap|thanh lap|hop nhat|ke tu|tu ngay|hieu luc|duoc)( |$)/.test(f);
        const reported = /(^| )(bao cao|ket qua|tong hop|so lieu|thong ke)( |$)/.test(before) && !/(^| )(sap nhap|thanh lap|hop nhat|ke tu|hieu luc|duoc)( |$)/.test(f);
        if (!ofThem && !opening && !reported) continue;
      }
      // "trực thuộc Cục …" is where they belong, no part of the table
      const rest = f.replace(/(^| )(truc )?thuoc cuc( |$)/g, ' ');
      if (/(^| )(toan (tinh|thanh pho|tp|nganh)|cap tinh|van phong|vp|ca tinh)( |$)/.test(rest)) continue;
      // a standalone "Cục" (not "Chi cục"), or the provincial THADS of 2025 joined to them ("… VÀ CÁC PHÒNG …")
      if (/(^| )cuc( |$)/.test(rest.replace(/chi cuc/g, 'chi_cuc')) || /(^| )va (cac |\d+ )?(chi cuc|phong)( |$)/.test(rest)) continue;
      return /khu vuc/.test(m?.[2] ?? f) ? 'khu-vuc' : 'chi-cuc';
    }
  }
  return null;
}

/**
 * Whether the words before the district level's offices (folded) say the figures include theirs:
 * "bao gồm" / "gồm" with "cả" or "số liệu" after it ("bao gồm số liệu của", "gồm cả"), "tính cả",
 * "kể cả", "cộng cả" — or "bao gồm" / "gồm" of the former offices (`after`: "… trước ngày
 * 01/7/2025", "… trước khi sáp nhập", "… (cũ)"). Not "chỉ bao gồm" (only they), nor "không bao
 * gồm" (LEAVES_OUT_DISTRICTS), nor "bao gồm 10 Chi cục" alone (what the table is made of).
 */
function includesThem(before: string, after: string): boolean {
  const m = /(^| )(chi )?(?:(bao gom|gom)( ca)?|(?:tinh|ke|cong) ca)( so lieu)?( cua)?$/.exec(before.trim());
  if (m === null || m[2] !== undefined) return false;
  if (m[3] === undefined || m[4] !== undefined || m[5] !== undefined) return true;
  return FORMER.test(after);
}
/** The offices named as they were before the merger (folded, after their name): "trước ngày 01/7/2025", "trước khi sáp nhập", "trước sắp xếp", "cũ". */
const FORMER = /^(?: \S+){0,6}? (?:truoc (?:ngay|khi|thoi diem|sap nhap|sap xep|hop nhat)|cu(?: |$)(?!the))/;

/** The district level's offices named together (folded): "các Chi cục", "khối Chi cục", "10 Chi cục", "các Phòng THADS khu vực", "cấp huyện". */
const DISTRICTS_SUBJECT = new RegExp(String.raw`(^| )((cac|khoi|\d+) chi cuc|(cac|\d+) phong (${AGENCY_NAME} )?khu vuc|cap (quan )?huyen)( |$)`);
/** Words leaving something out of a table (folded): "không bao gồm", "không gồm", "chưa bao gồm", "không tính", "trừ". */
const LEAVES_OUT = String.raw`(khong|chua) (bao )?gom|khong tinh|tru`;
/** The Cục's own office left out (folded): "không bao gồm Văn phòng Cục", "trừ VP Cục", "không gồm số liệu của Cục", "không tính cấp tỉnh". */
const LEAVES_OUT_CUC = new RegExp(String.raw`(^| )(${LEAVES_OUT})( so lieu)?( cua)? (van phong cuc|vp cuc|cuc|cap tinh)(?= |$)`, 'g');
/** The district level's offices left out (folded): "không bao gồm các Chi cục", "trừ khối Chi cục", "không tính cấp huyện" — not one Chi cục ("trừ Chi cục Mỹ Lộc"). */
const LEAVES_OUT_DISTRICTS = new RegExp(String.raw`(^| )(${LEAVES_OUT})( so lieu)?( cua)? ((cac|khoi|\d+) (chi cuc|phong)|cap (quan )?huyen)( |$)`);
