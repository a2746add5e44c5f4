// The province a report's title lines name ("CỤC THADS TỈNH GIA LAI", "THI HÀNH ÁN DÂN SỰ TỈNH
// ĐẮK LẮK", "BÁO CÁO … TỈNH PHÚ THỌ NĂM 2025", "THÀNH PHỐ HÀ NỘI"): read for rows that name none,
// as the file name's is (file-names.ts). Each department sends "bao-cao-viec-2025.csv"; its
// "Phòng THADS khu vực 1" is told from the next province's only by its title.
import { latinLetters } from '../domain/letters.js';
import { foldHeader } from '../domain/names.js';
import { countsBy34, nameInYear, provinceKey, sameOrMergedInto, successorProvince } from '../domain/provinces.js';
import { ThadsError } from '../errors.js';
import { provinceForRows } from './file-names.js';
import { provinceOfGroup } from './row-labels.js';
import { provinceAfterOffice } from './title-office.js';
import { AGENCY_NAME } from '../domain/agency-words.js';

export interface TitleProvince {
  /** as the table writes it */
  readonly province: string;
  /** the title line that names it first */
  readonly line: number;
}

/** Where a province's name starts inside a longer line: "… tỉnh X", "… thành phố X", "… TP. X". */
const MARK = latinLetters(/(?<![\p{L}\d])(?:tỉnh|tinh|thành phố|thanh pho|tp\.?)(?![\p{L}])\s*:?\s*/giu);

/**
 * The provinces the title lines name, each once, with the first line naming it. A cell is read
 * whole as a group's title is (provinceOfGroup: "Cục THADS Hà Nội", "TP Hồ Chí Minh" — not
 * "Thành phố Hà Tĩnh", a district-level city), or from a "tỉnh"/"thành phố" inside it up to the
 * longest province's name ("… TỈNH GIA LAI NĂM 2025"). A bare name inside a line ("Gia Lai, ngày
 * 15 tháng 10 năm 2025", where it was signed) is not read, nor a cell that is a name only ("Hà
 * Nội," beside "ngày 15 …"): a title names its sender or its report. Lines that date a signing
 * or name a recipient or an annex are no titles (notTitle): a national report signed in Hà Nội,
 * sent to a province, is neither's. From 2025 provinces that are one of the 34 are that one
 * (sameOrMergedInto): "THADS TỈNH GIA LAI" over "(gồm tỉnh Gia Lai và tỉnh Bình Định cũ)" is
 * Gia Lai's, at the line naming Gia Lai itself. Two or more left: whose rows are whose cannot be
 * told (provinceOfRows).
 */
export function titleProvinces(rows: readonly { readonly cells: readonly string[]; readonly line: number }[], year: number | null): readonly TitleProvince[] {
  const named: TitleProvince[] = [];
  for (const { cells, line } of [...rows].sort((a, b) => a.line - b.line)) {
    if (notTitle(cells)) continue;
    for (const cell of cells) {
      for (const province of provincesIn(cell.trim(), year)) {
        if (!named.some((n) => provinceKey(n.province) === provinceKey(province))) named.push({ province, line });
      }
    }
  }
  return mergedTitle(named, year);
}

/**
 * The title's provinces as a report of `year` counts them: from 2025 the ones merged into one of
 * the 34 are that one. The year may be known only from the rows (a Năm column): collect.ts folds
 * again with each row's year.
 */
export function mergedTitle(named: readonly TitleProvince[], year: number | null): readonly TitleProvince[] {
  const into = named.length > 1 ? successorProvince(named[0]!.province) : null;
  if (into === null || !named.every((n) => sameOrMergedInto(n.province, into.name, year))) return named;
  return [{ province: into.name, line: (named.find((n) => provinceKey(n.province) === provinceKey(into.name)) ?? named[0]!).line }];
}

/** The one province the title lines name (titleProvinces), or null: none, or two. */
export function titleProvince(rows: readonly { readonly cells: readonly string[]; readonly line: number }[], year: number | null): TitleProvince | null {
  const named = titleProvinces(rows, year);
  return named.length === 1 ? named[0]! : null;
}

/** A department's sender line begins so (folded): "CỤC THADS", "CỤC THI HÀNH ÁN DÂN SỰ", "THI HÀNH ÁN DÂN SỰ". */
const DEPARTMENT = new RegExp(String.raw`^(?:cuc )?${AGENCY_NAME}( |$)`);

/**
 * The province whose department (Cục) the title names as its sender: "CỤC THADS TỈNH THÁI
 * BÌNH", "CỤC THI HÀNH ÁN DÂN SỰ TP HÀ NỘI", "THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH" — a group's
 * title (provinceOfGroup), never a Chi cục's line nor a report's "… TỈNH X NĂM 2019". Under no
 * office's line, a file whose only row is its total is the province's total (own-report.ts).
 */
export function titleDepartment(rows: readonly { readonly cells: readonly string[]; readonly line: number }[], year: number | null): TitleProvince | null {
  for (const { cells, line } of [...rows].sort((a, b) => a.line - b.line)) {
    if (notTitle(cells)) continue;
    for (const cell of cells) {
      const province = DEPARTMENT.test(foldHeader(cell.trim())) ? provinceOfGroup(cell.trim(), year) : null;
      if (province !== null) return { province, line };
    }
  }
  return null;
}

/** A cell dating a signing: "ngày 15 tháng 10 năm 2025", "Hà Nội, ngày … tháng … năm …". */
const SIGNED = /^(?:[^,]*,\s*)?ngày\b[\s\d.…_-]*tháng\b[\s\d.…_-]*năm\b/iu;
/** The first words of a recipient's, an annex's or a filing's line ("Nơi nhận:", "(Kèm theo …)", "Lưu: VT"). */
const ADDRESSED = /^(noi nhan|kinh gui|dong gui|gui|kem theo|luu)( |$)/;
/** The words a sender's or a report's title names a province with ("Cục THADS X", "Báo cáo … X", "Tỉnh X"). */
const TITLE_WORDS = new RegExp(String.raw`(^| )(cuc|${AGENCY_NAME}|bao cao|tinh|thanh pho|tp)( |$)`);

/** A line of a signing's place and date, or one that names a recipient or an annex. */
function notTitle(cells: readonly string[]): boolean {
  if (cells.some((c) => SIGNED.test(c.trim().normalize('NFC')))) return true;
  const first = cells.find((c) => c.trim() !== '');
  return first !== undefined && ADDRESSED.test(foldHeader(first));
}

function provincesIn(cell: string, year: number | null): string[] {
  if (cell === '') return [];
  // a name alone ("Hà Nội,") is where the report was signed or who it is for, not its sender
  const whole = TITLE_WORDS.test(foldHeader(cell)) ? provinceOfGroup(cell, year) : null;
  if (whole !== null) return [whole];
  const named: string[] = [];
  for (const m of cell.matchAll(MARK)) {
    const words = cell.slice(m.index + m[0].length).split(/\s+/u).slice(0, 6);
    // the longest run of words that is a province: "TỈNH HÀ NAM NĂM 2025" is Hà Nam
    for (let n = words.length; n > 0; n--) {
      const name = words.slice(0, n).join(' ').replace(/[\s,.;:()[\]]+$/u, '');
      const province = name === '' ? null : provinceOfGroup(`${m[0].replace(/[\s:]+$/u, '')} ${name}`, year);
      if (province !== null) {
        named.push(province);
        break;
      }
    }
  }
  // "… KHU VỰC 3 - NINH BÌNH": the province an office's line writes after its name, without a "tỉnh"
  const after = provinceAfterOffice(cell);
  const province = after === null ? null : provinceOfGroup(after, year);
  if (province !== null && !named.some((n) => provinceKey(n) === provinceKey(province))) named.push(province);
  return named;
}

/**
 * The province of rows that name none: the file name's where it gives one (provinceForRows: not
 * a bare province's name of a one-office file), else the title's. A title naming another province
 * than the name is refused, as a title's other year is (YEAR_CONFLICT): which province the rows
 * are of decides their target and which offices they repeat. From 2025 a province of the 63
 * named beside the one it was merged into agrees with it ("binh-dinh-viec-2025.csv" under "TỈNH
 * GIA LAI"): the name's, the narrower, is kept and rolled up as the rows' is.
 */
export function provinceOfRows(file: string | null, oneOffice: boolean, titles: readonly TitleProvince[], year: number | null, sheet?: string, cluster = false): string | null {
  // a cluster's report (namesCluster) is several provinces': its name and title name its sender
  if (cluster) return null;
  // "thua-thien-hue-2019.csv", "THÀNH PHỐ HUẾ" over rows of 2019: the province as the rows' year names it
  const fromName = file === null ? null : provinceForRows(file, oneOffice);
  const named = fromName === null ? null : nameInYear(fromName, year);
  // a title naming two provinces names none the rows can take (undecidedTitle says so)
  const title = titles.length === 1 ? { ...titles[0]!, province: nameInYear(titles[0]!.province, year) } : null;
  if (title === null || named === null) return named ?? title?.province ?? null;
  if (sameOrMergedInto(named, title.province, year) || sameOrMergedInto(title.province, named, year)) return named;
  throw new ThadsError('PROVINCE_CONFLICT', `the file name says the province is ${named}, but the title (line ${title.line}) says ${title.province}`, { file: file!, line: title.line, ...(sheet !== undefined ? { sheet } : {}) });
}

/**
 * The one province a file's rows with an office column are of by its name, else its title
 * (provinceOfRows, before its conflict is judged), or null: none, a title naming two, or a title
 * naming a cluster (namesCluster): a report of several provinces, sent under its lead Cục's
 * title ("CỤC THADS TỈNH TIỀN GIANG" over "… CỤM THI ĐUA SỐ 5"), whose name and title name the sender.
 */
export function reportProvince(file: string | null, titles: readonly TitleProvince[], cluster = false): string | null {
  if (cluster) return null;
  return (file === null ? null : provinceForRows(file, false)) ?? (titles.length === 1 ? titles[0]!.province : null);
}

/**
 * Words of a title naming a group of provinces (folded): "Cụm thi đua số 5", "Khối thi đua",
 * "các tỉnh (trong cụm)", "các tỉnh, thành phố", "các đơn vị trong cụm", "emulation cluster".
 */
const CLUSTER_TITLE = /(^| )(?:(?:cum|khoi) thi dua|cac tinh|cac don vi (?:trong|thuoc) (?:cum|khoi)|trong cum|(?:emulation )?cluster)( |$)/;

/** A cell naming the cluster's provinces together ("CÁC TỈNH TIỀN GIANG, BẾN TRE…"): no one province's report. */
const SEVERAL = /(^| )cac tinh( |$)/;

/**
 * Whether a title line (not a signing's or a recipient's) names a cluster of provinces: the report
 * is several provinces'. Not where a line other than its sender's names one province ("BÁO CÁO …
 * TỈNH BẠC LIÊU NĂM 2019 (CỤM THI ĐUA SỐ 5)"): that is the province's own report, its cluster
 * named for context; the lead Cục's sender line alone ("CỤC THADS TỈNH TIỀN GIANG") says nothing.
 */
export function namesCluster(rows: readonly { readonly cells: readonly string[]; readonly line: number }[], year: number | null = null, periodEnd: string | null = null): boolean {
  const notes = countsBy34(year, periodEnd) ? mergedPartsNotes(rows, year) : new Set<number>();
  if (!rows.some(({ cells, line }) => !notTitle(cells) && !notes.has(line) && cells.some((c) => CLUSTER_TITLE.test(foldHeader(c))))) return false;
  const reportLines = rows.map(({ cells, line }) => ({ line, cells: cells.map((c) => (DEPARTMENT.test(foldHeader(c.trim())) || SEVERAL.test(foldHeader(c)) ? '' : c)) }));
  return titleProvinces(reportLines, year).length !== 1;
}

/** "các tỉnh" (any marks): where a list of provinces begins in a line. */
const SEVERAL_MARK = latinLetters(/(?<![\p{L}\d])c[aá]c\s+t[iỉ]nh(?![\p{L}])\s*:?\s*/giu);
/** A list's separators: "A, B và C", "A; B and C". */
const LIST_SEPARATOR = latinLetters(/\s*[,;]\s*|\s+(?:và|va|and|&)\s+/giu);
/** A list item's own "tỉnh"/"thành phố" ("các tỉnh Gia Lai, tỉnh Bình Định"). */
const ITEM_MARK = latinLetters(/^(?:tỉnh|tinh|thành phố|thanh pho|tp\.?)(?![\p{L}])\s*/iu);

/**
 * The one province of the 34 a line's "các tỉnh A, B, C" lists the parts of, or null: the list
 * names two provinces or more, all of them formed into that one by the 2025 merger
 * ("(Bao gồm số liệu của Cục THADS các tỉnh Ninh Bình, Nam Định, Hà Nam trước ngày 01/7/2025)",
 * "sau hợp nhất các tỉnh Gia Lai và Bình Định"). The list ends at its first item that is no
 * province ("… Hà Nam trước ngày 01/7/2025" is Hà Nam's). A CSV export splits an unquoted line
 * at its commas: its cells are read joined again.
 */
export function mergedPartsListed(cells: readonly string[], year: number | null): string | null {
  const text = cells.map((c) => c.trim().normalize('NFC')).filter((c) => c !== '').join(', ');
  for (const m of text.matchAll(SEVERAL_MARK)) {
    const named: string[] = [];
    for (const item of text.slice(m.index + m[0].length).split(LIST_SEPARATOR)) {
      const words = item.replace(ITEM_MARK, '').split(/\s+/u).filter((w) => w !== '').slice(0, 6);
      if (words.length === 0) continue;
      let province: string | null = null;
      for (let n = words.length; n > 0 && province === null; n--) {
        const name = words.slice(0, n).join(' ').replace(/^[(\[]+|[\s,.;:()[\]]+$/gu, '');
        province = name === '' ? null : provinceOfGroup(`tỉnh ${name}`, year);
      }
      if (province === null) break;
      if (!named.some((n) => provinceKey(n) === provinceKey(province))) named.push(province);
    }
    const into = named.length > 1 ? successorProvince(named[0]!) : null;
    if (into !== null && named.every((n) => provinceKey(successorProvince(n)?.name ?? '') === provinceKey(into.name))) return into.name;
  }
  return null;
}

/**
 * The title lines that are a merged province's note on its own parts, not a cluster's title:
 * their only cluster words are "các tỉnh", listing the former provinces merged into one of the
 * 34 (mergedPartsListed), and no other title line names a province outside it ("THI HÀNH ÁN DÂN
 * SỰ TỈNH NINH BÌNH" over "(Bao gồm số liệu của … các tỉnh Ninh Bình, Nam Định, Hà Nam …)"). Asked
 * only of a report counting by the 34 (namesCluster): before, they are three provinces.
 */
function mergedPartsNotes(rows: readonly { readonly cells: readonly string[]; readonly line: number }[], year: number | null): Set<number> {
  const notes = new Set<number>();
  for (const { cells, line } of rows) {
    if (notTitle(cells) || !cells.some((c) => SEVERAL.test(foldHeader(c)))) continue;
    if (cells.some((c) => CLUSTER_TITLE.test(foldHeader(c).replace(/(^| )cac tinh(?= |$)/g, ' ')))) continue;
    const into = mergedPartsListed(cells, year);
    if (into === null) continue;
    const others = titleProvinces(rows.filter((r) => r.line !== line), year);
    if (others.every((o) => sameOrMergedInto(o.province, into, year))) notes.add(line);
  }
  return notes;
}

/**
 * The title's provinces when rows that name none cannot take one of them (provinceOfRows gave
 * none): the rows stay without a province, as under a title naming none, and this is said — a
 * file of one of them beside the other's would otherwise look like the same offices given twice.
 */
export function undecidedTitle(titles: readonly TitleProvince[], province: string | null, cluster = false): string | null {
  if (province !== null) return null;
  if (cluster) return 'the title names a cluster of provinces (Cụm/Khối thi đua): which province each office is of cannot be told (no Tỉnh column, no province\'s row over or below its offices), so they are read without one';
  if (titles.length < 2) return null;
  const each = titles.map((t) => `${t.province} (line ${t.line})`);
  return `the title names ${each.slice(0, -1).join(', ')} and ${each.at(-1)!}: which province the rows are of cannot be told, so they are read without one`;
}

/**
 * Whether the title's province is its rows': not where every office row is a province itself,
 * one at least another than the title's ("Gia Lai", "Cục THADS tỉnh Kon Tum" under "CỤC THADS
 * THÀNH PHỐ HÀ NỘI"): a national report, whose title names where it was made or sent. Rows
 * wait (in order) while all seen so far name provinces; the first that does not settles it.
 */
export class TitleForRows<T> {
  #title: boolean | undefined;
  #other = false;
  readonly #waiting: T[] = [];

  constructor(private readonly add: (item: T) => void) {}

  /** false once the rows turned out to be provinces: no province is taken from the title */
  get taken(): boolean {
    return this.#title !== false;
  }

  offer(item: T, titles: readonly TitleProvince[], office: { readonly province: string | null; readonly district: string; readonly year: number | null }): void {
    if (this.#title === undefined && titles.length > 0 && office.province === null) {
      const own = provinceOfGroup(office.district, office.year);
      if (own !== null) {
        // under a title of two provinces, a row that is a province is never the title's
        if (titles.length > 1 || provinceKey(own) !== provinceKey(titles[0]!.province)) this.#other = true;
        this.#waiting.push(item);
        return;
      }
      this.#settle(true);
    }
    this.add(item);
  }

  /** the rows are all in: those waiting are added */
  end(): void {
    if (this.#title === undefined) this.#settle(!this.#other);
  }

  #settle(title: boolean): void {
    this.#title = title;
    for (const item of this.#waiting.splice(0)) this.add(item);
  }
}
