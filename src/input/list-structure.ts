// The structure of an office list, row by row: titles without figures and what they head, items
// and their sub-items, bulleted lines, a province's item row over its offices, the Cục's item
// over its enforcers, a total on top and its parts. It decides what a row is in that structure
// (an office, a subtotal held back, a line of a breakdown refused) and whose province a row is
// under. The reference reader (read-csv.ts) asks it for every row; the fast path hands every row
// these rules could concern to the reference, so they live here once.
import type { OfficeRow } from '../domain/aggregate.js';
import { foldHeader } from '../domain/names.js';
import { hasFormerMark, provinceKey } from '../domain/provinces.js';
import { namesFormerPart } from './former-parts.js';
import { ThadsError } from '../errors.js';
import type { FileRow } from './file-report.js';
import { headsOffices, isBulletMark, isPageMark, isRomanNumber, itemNumber, levelAfterParts, namesAnyLevel, namesCuc, namesDistrictOffices, namesEnforcer, namesGroup, namesLevel, namesWholeOfProvince, opensParts, provinceOfSection, rowLabel, startsWithBullet, subItemOf, titleWithoutSectionNumber, withoutBullet, type RowLabel } from './row-labels.js';

type Location = { readonly file: string; readonly line: number; readonly column: number };
/** An office row with figures: where, its name, its item number, whether it names a group ("Khu vực 1": read as an office all the same). */
type OfficeAbove = { readonly line: number; readonly name: string; readonly item: number | null; readonly group: boolean };

/** A title without figures above a list: where, and what it says. */
export interface Heading {
  readonly line: number;
  readonly name: string;
  /** its own item number ("1" before "Chi cục THADS huyện Mỹ Lộc"), if it has one */
  readonly item?: number | null;
  /** written in the name cell (the office's, else the province's), not only beside the figures (a header's second row) */
  readonly named?: boolean;
}

/** What the reader knows of a row before the structure has its say. */
export interface RowFacts {
  readonly line: number;
  /** the row's label (rowLabel) and the text that gives it */
  readonly label: RowLabel;
  readonly labelText: string;
  /** the STT cell's own label ('office' when it holds a number or nothing) */
  readonly sttLabel: RowLabel;
  readonly sttCell: string;
  readonly districtCell: string;
  /** the name cell: the office's, else the province's, else the first text */
  readonly nameCell: string;
  readonly anyNumber: boolean;
  /** whether the row is the header again (a page's): asked of rows without figures only */
  readonly isHeader: () => boolean;
  /** "II" in the STT cell or "II." before the office's name */
  readonly sectionRow: boolean;
  /** a row with figures naming a group that is never an office (row-labels.ts namesGroupOnly): the subtotal of the rows below it */
  readonly groupRow?: boolean;
  /** the year titles are read in ("Thành phố Huế" is a province since 2025) */
  readonly titleYear: number | null;
  /** the file lists offices (an office column) and gives no province column: titles give the province */
  readonly byOfficeOnly: boolean;
  /** the reader took the row for a part of the office row above it already (read-csv.ts enforcerRow: a former district under its khu vực) */
  readonly partOfAbove?: boolean;
  /** columns (0-based) refusals point at */
  readonly sttColumn: number;
  readonly nameColumn: number;
}

/** What the structure makes of a row: its label and name after bullets, and whether it opens a total's parts. */
export interface RowVerdict {
  readonly label: RowLabel;
  readonly labelText: string;
  readonly districtCell: string;
  readonly parts: boolean;
  /** the line of the office's title without figures this row is one of its rows under ("1 | Phòng THADS khu vực 1" over "1.1 | Phòng THADS khu vực 1 | Nguyễn Văn An"): a heading, no office without figures */
  readonly ownHeading: number | null;
}

/** A row with figures, ready to be emitted (or held). */
export interface HeldRow {
  readonly row: OfficeRow;
  readonly named: boolean;
  readonly ordinal: boolean;
}

/** A section numbered by a capital letter, the outermost ("A", "B.", "A. TỈNH NAM ĐỊNH" in the STT cell): row-labels.ts numberingDepth 0. */
const LETTER = /^\s*[A-H]\s*([.):\-–]|$)/;
/** The letter before the name, the STT cell empty ("A. CỤC THADS TỈNH NAM ĐỊNH"; never "A Lưới"). */
const LETTER_BEFORE_NAME = /^\s*[A-H]\s*[.):\-–]\s*\S/;

function lettered(sttCell: string, labelText: string): boolean {
  return sttCell.trim() === '' ? LETTER_BEFORE_NAME.test(labelText) : LETTER.test(sttCell);
}

/**
 * A level's or section's label over the rows it sums ("Cấp huyện", "Các Chi cục THADS cấp huyện"):
 * with its figures, what "Trong đó:" right below it lists are its offices. Not a subtotal
 * closing its rows ("Cộng cấp huyện", "Tổng khu vực 1"): what follows it is no list of its own.
 */
function headsItsList(label: RowLabel, labelText: string): boolean {
  return (label === 'level' || label === 'section') && !/^(tong cong|tong|cong)( |$)/.test(foldHeader(titleWithoutSectionNumber(labelText)));
}

/**
 * The label of an item row with figures that may close its sub-items right above it, their
 * subtotal below them: a section's ("Cộng Chi cục cấp huyện", "Các Chi cục", "Cộng khu vực 1"),
 * never an office's (its breakdown's lines stay refused), nor "Cấp tỉnh" (numbered under a
 * province's title the Cục's own office: labelOf), nor a total's (checked against every row).
 */
export function closesSubItems(name: string): boolean {
  return rowLabel(name) === 'section' && !namesLevel(name);
}

export class ListStructure {
  /**
   * the last row an STT numbers as an item ("1", "2."), whether it is an office's, with figures,
   * whether it heads offices as their title or subtotal (`heads`), and whether it heads its
   * sub-items as their subtotal (a group's, `held` below)
   */
  private lastItem: { readonly number: number; readonly line: number; readonly name: string; readonly office: boolean; readonly heads: boolean; readonly group: boolean } | null = null;
  /**
   * An item row with figures that names a group (a province, a region: namesGroup), kept back
   * until the next row says what it is: the subtotal of the sub-items below it ("1 THADS tỉnh
   * Ninh Bình" over "1.1 Phòng THADS khu vực 1"), handed on as a row numbered as a section is
   * (domain/declared-rows.ts checks it against them), or else an office row like any other.
   */
  private held: (HeldRow & { readonly number: number | null; readonly former: boolean }) | null = null;
  /**
   * A numbered title without figures that names a province ("1 | THADS tỉnh Ninh Bình", "I | Cục
   * THADS tỉnh Tiền Giang"), or one with an empty STT cell (a merged title row): the rows it heads
   * are that province's offices, so two provinces' "Phòng THADS khu vực 1" stay two. An item's
   * ends at the next item, a section's at the next section, an unnumbered one at the next
   * province title; each at a total. A letter's ("A | Tỉnh Nam Định") at the next letter or a
   * total other than its province's whole (endsLetter).
   */
  private title: { readonly province: string; readonly ends: 'item' | 'section' | 'letter' | 'title'; readonly line: number; readonly name: string } | null = null;
  /**
   * An item title "Cục THADS tỉnh X" without figures and the first sub-item with figures under it
   * ("1.1 Nguyễn Văn An"): a later item with an office's figures ("2 Chi cục …") numbers the Cục as
   * a peer of offices, an office itself, so its sub-items are its enforcers, no offices.
   */
  private cucItem: { readonly heading: Heading; readonly number: number; firstSub: { readonly what: string; readonly line: number; readonly column: number } | null } | null = null;
  /** a held item was handed on as its sub-items' subtotal: the next item number ends the rows it heads */
  private groupOpen = false;
  /** a held row was handed on as the subtotal of its former provinces below it: the first row that is none of them ends them */
  private partsOf: string | null = null;
  /**
   * `partsOf` is a numbered province's ("19 | Ninh Bình" over "19.1 | Ninh Bình", "19.2 | Nam
   * Định", or the same without an STT, "-", "a)"): its row is the province's, handed on as data,
   * and its former provinces its parts, checked against it and never added (partsChecked, as in a
   * table by office: read-csv.ts enforcerRow) — not offices of their own ranked beside the 34.
   */
  private partsChecked = false;
  /** the parts of `partsOf` may be unmarked ("1 | Gia Lai" over "| Gia Lai", "| Bình Định" in a 2025 table: releaseBefore) */
  private unmarkedParts = false;
  /** the report's year where parts are open (namesFormerPart: a city's office is none) */
  private partsYear: number | null = null;
  /** a row naming one other former province of the held unnumbered one is held back too (releaseBefore) */
  private partWaits = false;
  /**
   * Lines of unnumbered province rows read as the subtotal of their former provinces below on
   * the weak evidence only (two or more follow, none the province itself): in a list of the 63
   * in code order the old Cần Thơ is followed by Hậu Giang (cũ), Sóc Trăng (cũ). Such a row may
   * be a province of the list; domain/declared-rows.ts takes that reading only when the file's
   * declared total says so. So may a former province's item row numbered on by the row below it (formerItem).
   */
  private readonly listed: number[] = [];
  /**
   * A former province's row with figures numbered as an item ("3 | Cục THADS tỉnh Hà Nam (cũ) |
   * 800", a group's row: read-csv.ts groupRow), until the next row with figures: numbered on in
   * the same run ("4 | Phòng THADS khu vực 1"), those rows are its peers in a list numbered
   * straight through — merged Ninh Bình's 2025 table, the three former Cục until 30/6 then the
   * khu vực — as likely as its own. Such a row is `listed` too: declared-rows.ts reads it as a
   * row of the list only when, so read, a declared total equals every row and the file agrees
   * with itself (work97c 03: refused SECTION_ROW_MISMATCH). Sub-items ("3.1"), bullets, an
   * empty STT or a numbering begun again ("1") below it leave it their section, as before.
   */
  private formerItem: { readonly line: number; readonly number: number } | null = null;
  /** the held row just handed on as such a subtotal: a later part naming its province itself makes it one */
  private listedOpen: { readonly line: number; readonly province: string } | null = null;
  /**
   * What the nearest row above that is no bulleted line is: an office's row with figures or a
   * breakdown's label ("Trong đó:", "Án tín dụng:"), whose lines the bulleted rows below are; or
   * what heads a list (the header, a section's, level's or group's title without figures, a
   * section's or a total's label), under which bulleted rows are the offices listed ("- Phòng
   * THADS khu vực 1"); or another title without figures (an office's name, a text thads does
   * not know), under which they may be the office's enforcers or a breakdown: refused. A
   * group's row WITH figures heads them too, checked against its figures as without their
   * bullets (round 77a, 05): a section's or a Cụm's ("I | Cụm thi đua số 6 | 2550", 'sum'), or in
   * a table by office a numbered province's over its offices ("1 | Vĩnh Long | 1000" over "- |
   * Văn phòng", 'sum-offices': a province's name bulleted there is no office of it).
   */
  private aboveBullets: 'office' | 'breakdown' | 'heads' | 'sum' | 'sum-offices' | Heading = 'heads';
  /** the row above (a blank one aside) is a total with figures above every office: what it is made of may follow ("Chia ra:") */
  private totalOnTop = false;
  /** the row above (a blank one aside) is a level's or section's with figures over its list ("II | Cấp huyện | 200"): headsItsList */
  private listOnTop = false;
  /** the breakdown's label ("Trong đó:") stands right under an office's row with figures: what that row is */
  private breakdownOf: 'office' | 'sum' | 'sum-offices' | null = null;
  /** that label, when it is a word that opens parts ("Trong đó:", "Chia ra:", "Bao gồm:"; opensParts), no part's name ("Án tín dụng:"), and the office row over it */
  private partsOfOffice: { readonly label: string; readonly office: OfficeAbove } | null = null;
  /** the last office row with figures seen */
  private officeRow: OfficeAbove | null = null;
  private sawOffice = false;

  constructor(
    private readonly file: string,
    /** how a message names a row: a sheet's row, a text file's line */
    private readonly lineWord: () => string,
    /** whether the rows below the numbered province on this line are all its former provinces, so unmarked ones are its parts (former-parts.ts) */
    private readonly unmarkedPartsUnder: (line: number) => boolean = () => false,
    /**
     * The row of `item` with a section's label right below a run of its sub-items holding this
     * line (read-csv.ts subItemsClosedBelow): its line and name, and whether it is their sum; else null.
     */
    private readonly closedBelow: (item: number, line: number) => { readonly line: number; readonly name: string; readonly sum: boolean } | null = () => null,
  ) {}

  /** Whether a row numbered `sttCell` is a sub-item ("2.1") of an item no row above numbers: one its item may close below it (read-csv.ts). */
  numbersSubItemOfNoItem(sttCell: string): boolean {
    const sub = subItemOf(sttCell);
    return typeof sub === 'number' && this.lastItem?.number !== sub;
  }

  /**
   * "2 THADS tỉnh Thanh Hóa" after item 1's sub-items is an item of its own, none of item 1's
   * rows; so is "Hà Nội" after "Gia Lai"'s former provinces (`provinceCell`, as releaseBefore's):
   * true when the row ends that group.
   */
  endsGroup(sttCell: string, provinceCell: string | null = null): boolean {
    if (this.partsOf !== null && provinceCell !== null && provinceCell.trim() !== '') {
      const ends = sttCell.trim() !== '' || !namesFormerPart(provinceCell, this.partsOf, this.partsYear, this.unmarkedParts);
      // ("Cần Thơ (cũ)" under "Cần Thơ": no list of the 63 holds the old Cần Thơ twice)
      if (!ends && this.listedOpen !== null && provinceKey(provinceCell) === provinceKey(this.listedOpen.province)) this.unlist();
      const checked = this.partsChecked;
      if (ends) {
        this.partsOf = null;
        this.partsChecked = false;
        this.unmarkedParts = false;
        this.partsYear = null;
        this.listedOpen = null;
      }
      if (ends && itemNumber(sttCell) === null) {
        this.groupOpen = false;
        // (a province's row read as data with its parts heads no group: nothing to end)
        return !checked;
      }
    }
    if (!this.groupOpen || itemNumber(sttCell) === null) return false;
    this.groupOpen = false;
    return true;
  }

  /**
   * The held item row, once the next row (not a blank one) says what it is: a sub-item of it with
   * figures makes it their subtotal ('numbered'), any other row an office ('data'). So does, in a
   * table by province, a row without an STT naming one of the held province's former provinces
   * ("1 | Gia Lai" over "| Gia Lai (cũ)", "| Bình Định (cũ)" in a 2025 table): the new province
   * split by the provinces it was formed from, counted once. Without an STT to indent them, when
   * the first names the province itself ("Gia Lai" over "Gia Lai (cũ)") or two or more follow
   * ("Gia Lai" over "Bình Định (cũ)", "Gia Lai (cũ)"): then checked against them, refused if it
   * is not their sum (declared-rows.ts). One other former province alone ("An Giang" over "Kiên
   * Giang (cũ)") may be a list of the 63, some marked, the old An Giang beside Kiên Giang: the
   * answer 'wait' holds that row back too (the reader keeps it) until the next row says which.
   * `provinceCell`: the row's province cell in a table by province (no office column), else
   * null. Null when nothing is held.
   */
  releaseBefore(sttCell: string, hasFigures: boolean, provinceCell: string | null = null, year: number | null = null): { kind: 'numbered' | 'data'; held: HeldRow; parts?: true } | 'wait' | 'through' | null {
    if (this.held === null) return null;
    const sub = subItemOf(sttCell);
    const province = this.held.row.province;
    // "Trong đó:", "Chia ra:" right under a numbered province's row: the row below it says whether
    // its former provinces follow (round 76c, 01), so the province stays held past it ('through').
    if (!hasFigures && sttCell.trim() === '' && provinceCell !== null && opensParts(provinceCell) && this.held.number !== null && !this.held.former && province !== null && !this.partWaits) return 'through';
    // (a former province itself, "Gia Lai (cũ)", is no sum of "Bình Định (cũ)" below it)
    const part = hasFigures && !this.held.former && sttCell.trim() === '' && provinceCell !== null && province !== null && namesFormerPart(provinceCell, province, year, false);
    // Unmarked ("| Gia Lai", "| Bình Định"), in a report by the 34: only under a numbered province,
    // its sub-lines told apart by their empty STT (round 76c, 03), and only where every such row
    // below it is one (round 77a, 03: former-parts.ts); checked against it as marked ones.
    const unmarked = !part && hasFigures && !this.held.former && this.held.number !== null && sttCell.trim() === '' && provinceCell !== null && province !== null && this.unmarkedPartsUnder(this.held.row.line) && namesFormerPart(provinceCell, province, year, true);
    const formerPart = unmarked || (part && (this.held.number !== null || this.partWaits || provinceKey(provinceCell!) === provinceKey(province!)));
    // (under a numbered province the parts after a marked first one may be unmarked too, "1.1 |
    // Ninh Bình (cũ)" over "1.2 | Nam Định": where every row below it is one, unmarkedPartsUnder)
    this.unmarkedParts = unmarked || (formerPart && this.held.number !== null && this.unmarkedPartsUnder(this.held.row.line));
    this.partsYear = year;
    if (part && !formerPart) {
      this.partWaits = true;
      return 'wait';
    }
    const numbered = this.held.number !== null && (sub === this.held.number || sub === 'above');
    this.partsOf = formerPart ? province : null;
    // A numbered province over its former provinces: its row the province's, they its parts (partsChecked).
    this.partsChecked = formerPart && this.held.number !== null;
    if (this.partsChecked) return { ...this.release(false), parts: true };
    if (formerPart && this.held.number === null && this.partWaits && provinceKey(provinceCell!) !== provinceKey(province!)) {
      this.listed.push(this.held.row.line);
      this.listedOpen = { line: this.held.row.line, province: province! };
    }
    return this.release((hasFigures && numbered) || formerPart);
  }

  /**
   * Whether a row without an STT naming `name` would be a former part of the province held, or of
   * the one whose parts are open: a "-" bullet on such a row ("- | Gia Lai (cũ)", "| - Bình Định
   * (cũ)") marks the sub-line as its empty STT does (round 76c, 05). `year`: the report's.
   */
  takesFormerPart(name: string, year: number | null): boolean {
    const province = this.held !== null ? (this.held.former ? null : this.held.row.province) : this.partsOf;
    if (province === null) return false;
    // unmarked: under a numbered province only, all the rows below it its former provinces (releaseBefore)
    const unmarked = this.held !== null ? this.held.number !== null && this.unmarkedPartsUnder(this.held.row.line) : this.unmarkedParts;
    return namesFormerPart(name, province, year, unmarked);
  }

  /**
   * The numbered province whose former provinces below it are its parts, checked against its row
   * (partsChecked), while they go on (endsGroup says when a row is none of them); else null.
   */
  checkedPartsOf(): string | null {
    return this.partsChecked ? this.partsOf : null;
  }

  private unlist(): void {
    const line = this.listedOpen!.line;
    this.listed.splice(this.listed.indexOf(line), 1);
    this.listedOpen = null;
  }

  /** The lines of rows handed on as subtotals of former provinces that may be rows of a list (`listed`, `formerItem`). */
  listedLines(): readonly number[] {
    return this.listed;
  }

  /** an item row is held back */
  get holding(): boolean {
    return this.held !== null;
  }

  /** At the end of the file: the held item row is an office's. */
  releaseAtEnd(): { kind: 'numbered' | 'data'; held: HeldRow } | null {
    return this.held === null ? null : this.release(false);
  }

  private release(heads: boolean): { kind: 'numbered' | 'data'; held: HeldRow } {
    const h = this.held!;
    this.held = null;
    this.partWaits = false;
    if (!heads && this.lastItem?.line === h.row.line) this.lastItem = { ...this.lastItem, group: false };
    this.groupOpen = heads;
    return { kind: heads ? 'numbered' : 'data', held: h };
  }

  /**
   * Sees one row that has a label or figures: updates what the rows below are under, and refuses
   * a row with figures that is a line of a breakdown or an enforcer rather than an office.
   */
  see(f: RowFacts): RowVerdict {
    let { label, labelText, districtCell } = f;
    const { line, sttCell, anyNumber } = f;
    // "Trang 2/3" between a page's offices and the next's: the list goes on below it as above.
    if (!anyNumber && isPageMark(labelText)) return { label, labelText, districtCell, parts: false, ownHeading: null };
    // A bulleted line ("- Phòng THADS khu vực 1", "-" in the STT column) lists an office under
    // what heads a list, without its bullet (so config targets and merges find it).
    const bulletName = label === 'other' && f.sttLabel === 'office' && startsWithBullet(labelText) && rowLabel(withoutBullet(labelText)) === 'office';
    const bulleted = bulletName || (label === 'office' && isBulletMark(sttCell));
    // "Chia ra:", "Trong đó:" below a total on top of the table opens its parts: the offices; so it
    // does below a level's or section's row over its list ("II | Cấp huyện | 200" / "Trong đó:" / "-
    // Chi cục THADS huyện Mỹ Lộc"): its offices, checked against it as without the line (round 80a
    // 02, 04: refused NOT_AN_OFFICE, SECOND_TABLE under a total on top). Below an office's row its parts stay refused.
    const parts = !anyNumber && (this.totalOnTop || this.listOnTop) && opensParts(labelText);
    const item = itemNumber(sttCell);
    this.seeFormerItem(f, item);
    const titleAbove = this.aboveBullets;
    let ownHeading: number | null = null;
    // "Cấp tỉnh" under "Trong đó:" below an office's row with figures, or bulleted right under it
    // ("- Cấp tỉnh"): that row's own level, a part of it, no office (work77a 02).
    const unnumbered = anyNumber && (sttCell.trim() === '' || isBulletMark(sttCell));
    // "Trong đó: Cấp tỉnh" in one cell (levelAfterParts): the "Trong đó:" line and the level's row
    // in one, read as those two lines are — a part of an office's row above it (refused below), the
    // levels of a section's, or a level's row anywhere else, its label without the word (work90a 01:
    // after "Tổng cộng" it was refused NOT_AN_OFFICE).
    const afterParts = unnumbered ? levelAfterParts(labelText) : null;
    const levelLine = unnumbered && (afterParts !== null || namesAnyLevel(withoutBullet(labelText)));
    // (a row with figures: an office's, or a group's or a Cục's that sums its list: 'sum', 'sum-offices')
    const rowAbove = titleAbove === 'office' || titleAbove === 'sum' || titleAbove === 'sum-offices';
    const marked = (titleAbove === 'breakdown' && this.breakdownOf !== null) || (rowAbove && (isBulletMark(sttCell) || startsWithBullet(labelText) || afterParts !== null));
    const unmarked = (text: string) => (afterParts !== null && text.trim() === labelText ? afterParts.level : withoutBullet(text));
    // Under a section's or a group's row ("I | Nam Định | 1000"), its levels are read as without
    // the marks: that row is numbered as a section, which checks them against it, never adds
    // them (domain/declared-rows.ts levelsOf; work79a 04: refused here).
    if (levelLine && marked && (titleAbove === 'sum' || (titleAbove === 'breakdown' && this.breakdownOf === 'sum'))) {
      if (startsWithBullet(districtCell) || afterParts !== null) districtCell = unmarked(districtCell);
      labelText = unmarked(labelText);
      // (the next level is under it as this one is)
      return { label: rowLabel(labelText), labelText, districtCell, parts: false, ownHeading: null };
    }
    if (levelLine && marked) {
      throw new ThadsError(
        'NOT_AN_OFFICE',
        `"${labelText}" is a level of the office row above it (${titleAbove === 'breakdown' ? 'under "Trong đó:"' : afterParts !== null ? `after "${afterParts.word}"` : 'bulleted'}): a part of that row's figures, no office, and it would be added as an office`,
        { file: this.file, line, column: f.nameColumn + 1 },
        'it is a breakdown of the row above ("of which …"): delete it from the export; the row above already counts it',
      );
    }
    // (anywhere else — below a total, a level's or section's row, on top of the table: the level's
    // row as written alone, without "Trong đó:" or its bullet, as a bulleted office's name is read
    // below: "Toàn tỉnh" / "- Cấp tỉnh" is the office "Cấp tỉnh"; traps41 7: named "- Cấp tỉnh")
    if (afterParts !== null || (levelLine && startsWithBullet(labelText))) {
      districtCell = unmarked(districtCell);
      labelText = afterParts?.level ?? unmarked(labelText);
      label = rowLabel(labelText);
    }
    // Any other row with figures there ("Mỹ Lộc | 500" / "Trong đó:" / "Án tín dụng | 50"): a part
    // of that row too (credit cases, criminal cases, the Cục's own cases), no office; added, its
    // figures would count twice. Refused at its row, as bulleted lines there are (read-csv.ts).
    // The next item ("2 | Vụ Bản" under "1 | Mỹ Lộc") is an office of its own: read as before; a
    // sub-item's mark ("a", "1.1") is refused in its own words (refuseSubItem).
    const nextItem = item !== null && this.partsOfOffice?.office.item != null && item > this.partsOfOffice.office.item;
    if (anyNumber && label === 'office' && !bulleted && !nextItem && subItemOf(sttCell) === null && f.partOfAbove !== true && titleAbove === 'breakdown' && this.breakdownOf === 'office' && this.partsOfOffice !== null) {
      const { label: word, office } = this.partsOfOffice;
      const at = { file: this.file, line, column: f.nameColumn + 1 };
      if (office.group) {
        throw new ThadsError(
          'NOT_AN_OFFICE',
          `"${labelText}" is under "${word}" right below "${office.name}" (${this.lineWord()} ${office.line}), a row with figures read as an office: either "${labelText}" is a part of its figures or "${office.name}" is the subtotal of the rows under it, which thads cannot tell apart, and either way the figures would be counted twice`,
          at,
          `if "${office.name}" is the subtotal of the offices under it, number it as a section (I, II, III…); if the rows under "${word}" are its parts, delete them from the export`,
        );
      }
      throw new ThadsError(
        'NOT_AN_OFFICE',
        `"${labelText}" is under "${word}" right below the office row "${office.name}" (${this.lineWord()} ${office.line}): a part of that row's figures ("of which …"), no office, and it would be added as an office`,
        at,
        'it is a breakdown of the row above: delete the breakdown\'s rows from the export; the row above already counts them',
      );
    }
    if (!bulleted && labelText !== '' && !anyNumber) {
      this.breakdownOf = rowAbove ? titleAbove : null;
      this.partsOfOffice = titleAbove === 'office' && this.officeRow !== null && opensParts(labelText) ? { label: labelText, office: this.officeRow } : null;
    }
    if (bulleted && anyNumber && typeof titleAbove === 'object') {
      throw this.underHeading(`"${labelText}"`, titleAbove, { file: this.file, line, column: (bulletName ? f.nameColumn : f.sttColumn) + 1 });
    }
    const listed = titleAbove === 'heads' || titleAbove === 'sum' || (titleAbove === 'sum-offices' && !namesGroup(bulletName ? withoutBullet(labelText) : labelText, f.titleYear));
    if (bulleted && anyNumber && listed) {
      label = 'office';
      if (bulletName) labelText = withoutBullet(labelText);
      if (startsWithBullet(districtCell)) districtCell = withoutBullet(districtCell);
    } else if (!bulleted && labelText !== '') {
      const group = label === 'office' && namesGroup(labelText, f.titleYear);
      const sums = group && (f.sectionRow || f.groupRow === true) ? 'sum' : group && item !== null && f.byOfficeOnly ? 'sum-offices' : 'office';
      this.aboveBullets = anyNumber
        ? (label !== 'office' ? 'heads' : sums)
        : parts || f.isHeader() ? 'heads' : label === 'other' || labelText.endsWith(':') ? 'breakdown' : headsOffices(label, labelText, f.titleYear) ? 'heads' : { line, name: labelText, item, named: f.nameCell !== '' };
    }
    if (labelText !== '' || anyNumber) {
      if (anyNumber && label === 'office') this.sawOffice = true;
      // (a section's row is no office's: "Trong đó:" under it heads its offices, checked against it;
      // so is a group's numbered as an item, held as their subtotal (releaseBefore). A region's or
      // a Cục's name without an STT, "Khu vực 1 | 800", is read as an office: the rows under it
      // count twice whether they are its parts or it is their subtotal.)
      const group = namesGroup(labelText, f.titleYear);
      const officeRow = label === 'office' && !bulleted && !f.sectionRow && f.groupRow !== true && (!group || sttCell.trim() === '');
      if (anyNumber) this.officeRow = officeRow ? { line, name: labelText, item, group } : null;
      this.totalOnTop = anyNumber && label === 'total' && !this.sawOffice;
      this.listOnTop = anyNumber && !bulleted && headsItsList(label, labelText);
    }
    this.seeProvinceTitle(label, labelText, sttCell, item, anyNumber, (f.sectionRow || f.groupRow === true) && f.byOfficeOnly, f.sectionRow, f.titleYear, line);
    this.seeCucItem(label, item, anyNumber, f.sectionRow);
    if (item !== null) {
      // "1 Nguyễn Văn An" under "Chi cục THADS huyện Mỹ Lộc" (no figures): a line of that office,
      // as a bulleted one is; an office is numbered on after a title that is an item of its list.
      const sibling = typeof titleAbove === 'object' && titleAbove.item != null && item > titleAbove.item;
      if (anyNumber && label === 'office' && typeof titleAbove === 'object' && titleAbove.named === true && !sibling) {
        throw this.underHeading(`"${labelText}" (numbered "${sttCell.trim()}")`, titleAbove, { file: this.file, line, column: f.sttColumn + 1 });
      }
      const heads = anyNumber ? label !== 'office' || f.groupRow === true : headsOffices(label, labelText, f.titleYear);
      this.lastItem = { number: item, line, name: labelText, office: label === 'office' && anyNumber && f.groupRow !== true, heads, group: false };
      if (!anyNumber && label === 'office' && namesCuc(labelText)) this.cucItem = { heading: { line, name: labelText, item, named: f.nameCell !== '' }, number: item, firstSub: null };
    } else if (anyNumber && isRomanNumber(sttCell) && (label === 'level' || namesDistrictOffices(labelText))) {
      // "I | Cấp tỉnh | 100 | 80", "II | Cấp huyện | 500 | 370" ("Cộng khối tỉnh", "Cộng các Chi
      // cục"): a level numbered as a section, its figures checked against the rows under it
      // (declared-rows.ts); its lettered rows "a)", "b)" are its offices, as under "1 | Cấp tỉnh"
      // (work101d 05: refused NOT_AN_OFFICE, "no row above is numbered as an item"). No item
      // number: "1.1" under it stays refused.
      this.lastItem = { number: -1, line, name: labelText, office: false, heads: true, group: false };
    } else if (anyNumber && isRomanNumber(sttCell) && this.lastItem?.number === -1) {
      // any other Roman row with figures ("II | Chi cục THADS huyện A"): the level above heads no more
      this.lastItem = null;
    } else if (anyNumber && label === 'office' && this.cucItem !== null && this.cucItem.firstSub === null && subItemOf(sttCell) === this.cucItem.number) {
      this.cucItem.firstSub = { what: `"${labelText}" (numbered "${sttCell.trim()}")`, line, column: f.sttColumn + 1 };
    } else if (label === 'office' && anyNumber && !(bulleted && listed)) {
      ownHeading = this.refuseLine(sttCell, labelText, line, f);
    }
    return { label, labelText, districtCell, parts, ownHeading };
  }

  /** A province's title without figures, and where its rows end. */
  private seeProvinceTitle(label: RowLabel, labelText: string, sttCell: string, item: number | null, anyNumber: boolean, sectionOfOffices: boolean, sectionRow: boolean, titleYear: number | null, line: number): void {
    if (this.title?.ends === 'letter' ? this.endsLetter(label, labelText, sttCell, titleYear) : label === 'total' || sectionRow || (item !== null && this.title?.ends === 'item')) this.title = null;
    // In a list of offices, a section's row names its province with its subtotal or without ("II
    // | Cục THADS tỉnh Đắk Lắk | 700 | 550" over its own "khu vực 1", "khu vực 2"); any other row
    // with figures is an office's (or, in a file by province, a province's). A former province's
    // row with figures ("1 | Tỉnh Tiền Giang (cũ) | 250 | 190", groupRow) is such a section too.
    if ((anyNumber && !sectionOfOffices) || label !== 'office') return;
    const titled = provinceOfSection(labelText, titleYear);
    // ("I. TỈNH TIỀN GIANG" in the STT cell, a merged title saved as CSV: a section's title)
    const section = sectionRow || titleWithoutSectionNumber(sttCell) !== sttCell;
    const numberedAs = lettered(sttCell, labelText) ? 'letter' : section ? 'section' : item !== null ? 'item' : sttCell.trim() === '' ? 'title' : null;
    if (titled !== null && numberedAs !== null) this.title = { province: titled, ends: numberedAs, line, name: labelText };
  }

  /**
   * A province's title numbered by a letter ("A | Tỉnh Nam Định", "B | Tỉnh Thái Bình"), over its
   * Cục's Biểu as the Cục writes it — "Toàn tỉnh", "I | Cấp tỉnh", "II | Cấp huyện", its Chi cục —
   * heads all of it: its own whole and its sections numbered below a letter ("I", "II") are inside
   * it; the next letter or another total ends it (a Cụm's provinces pasted one under another,
   * work78a 02: every office lost its province, the two "Cấp tỉnh" one office).
   */
  private endsLetter(label: RowLabel, labelText: string, sttCell: string, titleYear: number | null): boolean {
    if (label === 'total') return !namesWholeOfProvince(labelText, this.title!.province, titleYear);
    return lettered(sttCell, labelText);
  }

  /** A later item with an office's figures makes the Cục's item a peer of offices: its first sub-item with figures is refused. */
  private seeCucItem(label: RowLabel, item: number | null, anyNumber: boolean, sectionRow: boolean): void {
    if (label === 'total' || sectionRow) {
      this.cucItem = null;
      return;
    }
    if (item === null || this.cucItem === null || item === this.cucItem.number) return;
    const { firstSub, heading } = this.cucItem;
    this.cucItem = null;
    if (firstSub !== null && anyNumber && label === 'office') throw this.underHeading(firstSub.what, heading, { file: this.file, line: firstSub.line, column: firstSub.column });
  }

  /** An office row with figures marked as a line of a breakdown, or naming an enforcer: refused. Else its office's title's line, if it is under one (refuseSubItem). */
  private refuseLine(sttCell: string, labelText: string, line: number, f: RowFacts): number | null {
    if (isBulletMark(sttCell)) {
      throw new ThadsError('NOT_AN_OFFICE', `"${labelText}" is marked "${sttCell.trim()}" in the STT column, a list bullet, as the lines of a breakdown are ("Trong đó:" and its items): it is part of the row above, no office, and it would be added as an office`, { file: this.file, line, column: f.sttColumn + 1 }, 'it looks like a breakdown of the row above ("of which …"): delete it from the export; an office is numbered 1, 2, 3…');
    }
    const ownHeading = this.refuseSubItem(sttCell, labelText, line, f.sttColumn);
    if (namesEnforcer(labelText)) {
      throw new ThadsError('NOT_AN_OFFICE', `"${labelText}" names an enforcer, not an office: it would be added and ranked as an office`, { file: this.file, line, column: f.nameColumn + 1 }, 'write the office\'s name in the office column of each enforcer\'s row and the enforcer in a column of its own (Chấp hành viên): its rows are then summed into the office');
    }
    return ownHeading;
  }

  /**
   * The province of an office row without a province column: its group item's, else its title's
   * — never a section row's own (it is the subtotal of the rows it heads, or, heading none, an
   * office among the others: "I | Cục THADS tỉnh Gia Lai | 100 | 80" beside "II | Các Chi cục").
   * Named in the row's year (`year`), as it is known when the row is reached: "THỪA THIÊN HUẾ"
   * over rows of 2019 in a Năm column is "Thừa Thiên Huế", not the 2025 "Huế".
   */
  provinceOf(sttCell: string, isTotal: boolean, year: number | null, line: number, level = false): string | null {
    const sub = subItemOf(sttCell);
    const last = this.lastItem;
    // A sub-item under its province's row ("1.1" under "1 THADS tỉnh Ninh Bình") is of that province.
    if (last !== null && last.group && (sub === last.number || sub === 'above')) {
      const province = provinceOfSection(last.name, year);
      if (province !== null) return province;
    }
    // (a letter's sections and levels, "I | Cấp tỉnh", are its province's: read as an office, the Cục's own)
    if ((isTotal && !(level && this.title?.ends === 'letter')) || this.title === null || this.title.line === line) return null;
    // (a name no province in the row's year, "Thành phố Huế" before 2025, keeps the title's reading)
    return provinceOfSection(this.title.name, year) ?? this.title.province;
  }

  /**
   * "1 | Cấp tỉnh | 200 | 180" under a province's title or section: the department's own office,
   * as "Văn phòng Cục" is, unless the rows below it are its sub-items (hold, then releaseBefore).
   * Read as a level it would head its peers "2 | Phòng THADS khu vực 1"… (round 38, 03).
   */
  labelOf(label: RowLabel, labelText: string, sttCell: string, anyNumber: boolean): RowLabel {
    const level = label === 'level' || label === 'section';
    return level && anyNumber && this.title !== null && itemNumber(sttCell) !== null && namesLevel(labelText) ? 'office' : label;
  }

  /** A former province's item row with figures, and the next row with figures numbered on after it (formerItem). */
  private seeFormerItem(f: RowFacts, item: number | null): void {
    const open = this.formerItem;
    if (open !== null) {
      this.formerItem = null;
      if (f.anyNumber && item === open.number + 1) this.listed.push(open.line);
    }
    if (f.anyNumber && f.groupRow === true && item !== null && hasFormerMark(f.labelText)) this.formerItem = { line: f.line, number: item };
  }

  /** The province title the rows are under, if any. */
  provinceTitle(): { readonly province: string; readonly line: number; readonly name: string } | null {
    return this.title;
  }

  /**
   * An office row that is the item row just seen and names a group: held back until the next row
   * says whether it is its sub-items' subtotal. True when held.
   */
  hold(kind: FileRow['kind'], labelText: string, titleYear: number | null, row: HeldRow, byProvince = false): boolean {
    const last = this.lastItem;
    if (kind !== 'data' || !(namesGroup(labelText, titleYear) || namesLevel(labelText))) return false;
    const former = hasFormerMark(labelText);
    if (last?.line !== row.row.line) {
      // Unnumbered, in a table by province (`byProvince`): held only for former provinces listed
      // below it (releaseBefore), so neither one of them nor a former province itself.
      if (!byProvince || row.row.province === null || this.partsOf !== null || former) return false;
      this.held = { ...row, number: null, former };
      return true;
    }
    this.held = { ...row, number: last.number, former };
    this.lastItem = { ...last, group: true };
    return true;
  }

  /**
   * A row numbered "1.1" (or "1.a", "1a)") with figures is a line of item 1's breakdown, which
   * would be counted twice; only below an item 1 that heads its sub-items (a title without
   * figures, a subtotal's label) are they the offices. The fast path hands such rows over.
   * Returns the line of the office's title without figures the row is one of the rows of.
   */
  private refuseSubItem(sttCell: string, name: string, line: number, sttColumn: number): number | null {
    const sub = subItemOf(sttCell);
    const last = this.lastItem;
    // Without an STT, the title's name again (written, or merged down from it): one of its rows.
    if (sub === null) return sttCell.trim() === '' && last !== null && !last.office && !last.heads && foldHeader(name) === foldHeader(last.name) ? last.line : null;
    // A letter ("a", "b.") numbers a line of the item above, whatever its number.
    const parent = sub === 'above' ? (last?.number ?? null) : sub;
    const heading = last !== null && last.number === parent;
    if (heading && (last.heads || last.group)) return null;
    // "1.1 | Phòng THADS khu vực 1 | Nguyễn Văn An" under "1 | Phòng THADS khu vực 1": the office's
    // own rows by enforcer (TT 05/2024's forms 04, 05), which it sums (domain/office-runs.ts
    // checks the office's row against them), no breakdown. Under the office's name without
    // figures, that name is their heading; under another name they stay refused (underHeading).
    if (heading && foldHeader(name) === foldHeader(last.name)) return last.office ? null : last.line;
    if (heading && !last.office) throw this.underHeading(`"${name}" (numbered "${sttCell.trim()}")`, last, { file: this.file, line, column: sttColumn + 1 });
    // "2.1 | Mỹ Lộc", "2.2 | Vụ Bản" closed by "2 | Cộng Chi cục cấp huyện" below them, their sum
    // (traps41 5: refused here, the hint asking for the "Cộng" the row has): the offices, as under
    // item 2 heading them; the item checked against them (domain/declared-rows.ts), never added.
    const closing = !heading && typeof sub === 'number' ? this.closedBelow(sub, line) : null;
    if (closing?.sum) return null;
    if (closing !== null) {
      throw new ThadsError(
        'NOT_AN_OFFICE',
        `"${name}" is numbered "${sttCell.trim()}", a sub-item of item ${parent}, whose row "${closing.name}" below it (${this.lineWord()} ${closing.line}) is not the sum of its sub-items: either it is their subtotal with a wrong figure or they are a breakdown's lines, which thads cannot tell apart, and it would be added as an office`,
        { file: this.file, line, column: sttColumn + 1 },
        `correct the figures of item ${parent} or of its sub-items; if the sub-items are a breakdown, delete them from the export`,
      );
    }
    const of = heading ? `item ${parent} "${last.name}" (${this.lineWord()} ${last.line}), an office row with figures` : parent === null ? 'the item above, but no row above is numbered as an item' : `item ${parent}, which the rows above do not number`;
    throw new ThadsError(
      'NOT_AN_OFFICE',
      `"${name}" is numbered "${sttCell.trim()}", a sub-item of ${of}: a line of a breakdown, no office, and it would be added as an office`,
      { file: this.file, line, column: sttColumn + 1 },
      `it looks like a breakdown of the row above ("of which …"): delete it from the export. If the sub-items are the offices and ${parent === null ? 'the item above' : `item ${parent}`} their subtotal, label it as one ("Cộng khu vực 1") or leave its figure cells empty`,
    );
  }

  /**
   * A bulleted or sub-numbered row with figures under a title without figures that heads no
   * offices (an office's name, a text thads does not know): the office's enforcers, or a
   * breakdown ("Phân theo lĩnh vực"), not offices; thads cannot tell which.
   */
  private underHeading(what: string, heading: Heading, loc: Location): ThadsError {
    return new ThadsError(
      'NOT_AN_OFFICE',
      `${what} is a line under "${heading.name}" (${this.lineWord()} ${heading.line}), a title without figures that is no section, level or group of offices: its lines may be one office's (its enforcers) or a breakdown, which thads cannot tell apart, and it would be added as an office`,
      loc,
      'if the lines are one office\'s enforcers, write the office\'s name on each of them (an office on several rows is summed); if they are offices, list them under a section\'s title ("Các Chi cục", "Khu vực 1") or without bullets and sub-numbers; a breakdown: delete it from the export',
    );
  }
}
