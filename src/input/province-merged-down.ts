// A national sheet's Tỉnh cell merged down over each province's block, saved as CSV: Excel and
// LibreOffice write a merged cell's text in its top row only, so the province stands on the
// block's first row, its whole ("Bến Tre | Toàn tỉnh"), and the rows below it have none. Summed
// as written, two provinces' "Châu Thành" (their "Cấp tỉnh") would be one office, no province's.
// Where the province cell stands on a total's row (its whole: "Toàn tỉnh", or "Tổng cộng" beside
// a province thads knows), the rows right below it with an empty province cell are its block,
// down to the next province cell, as the workbook's merged cell shows them (read-csv.ts
// fillIdentity). The reading is checked, not guessed: the total is checked against its block's
// rows (province-wholes.ts, declared totals), so a row that was no part of the block makes the
// file refused at the total. A row lacking a province elsewhere — above the first such total, or
// below a province written on an office's row — is not filled: filled-down.ts refuses it
// (MISSING_PROVINCE). A total without a province ("Tổng cộng", "Toàn quốc") ends the block: the
// table's own total, no province's; so does a group of provinces' ("Cộng cụm", "Cộng khối",
// "Cộng các tỉnh trong cụm": a Cụm's table of its provinces' wholes, round 79a 03). The fast path hands over every file with a row lacking a
// province below a declared row with one (fast/row-scanner.ts). A Cục's Biểu opening with its own
// level ("Nam Định | Cấp tỉnh", "Cấp huyện", its Chi cục…, "Toàn tỉnh", work81b 02, 03) opens a
// block too — any level's row, first or not, with figures or a heading without (work82c 01, 02);
// no total above checks it, so it must be closed by its province's whole, or is refused — unless
// the file's Tỉnh column names no other province: its rows can be no one else's (work82c 04).
import { looksNumeric, type Layout } from './layout.js';
import { provinceKey, successorProvince } from '../domain/provinces.js';
import { namesGroupHeading, namesLevelRow, namesProvincesGroupHeading, namesProvincesGroupTotal, namesWholeOfProvince, provincesGroupWording, rowLabel } from './row-labels.js';

/** A total's row of the province its Tỉnh cell names: "Toàn tỉnh", "Province total", or "Tổng cộng" beside one of the provinces. */
function opensProvinceBlock(name: string, province: string, year: number | null): boolean {
  return rowLabel(name) === 'total' && (namesWholeOfProvince(name, province, year) || successorProvince(province) !== null);
}

/** A level's row ("Cấp tỉnh", "I. Cấp huyện", "Cấp khu vực"), with figures or a heading without: it heads its Cục's rows. */
export function opensLevelBlock(name: string): boolean {
  return rowLabel(name) === 'level' || namesLevelRow(name);
}

/** A block opened by its Cục's own level ("Nam Định | Cấp tỉnh") rather than its whole: filled only if a whole closes it. */
interface LevelBlock {
  /** the level's row, whose Tỉnh cell is carried down, and its text */
  readonly line: number;
  readonly province: string;
  /** the block opens the table (no figures above it): the table's own total closes it as its province's whole */
  readonly first: boolean;
  /** the first office's row filled from it, if any */
  filled: number | null;
}

/** A level block's office rows filled without a whole to check them: the refusal's two lines (filled-down.ts words it). */
export interface UncheckedLevelBlock {
  readonly filled: { readonly line: number; readonly text: string };
  readonly emptyLine: number;
}

export class ProvinceMergedDown {
  /** the province cell (as written) carried down its block, null outside one */
  private block: string | null = null;
  /** a bloc's heading inside the block ("Khối thi đua số 1"): the "Cộng khối" below it is that bloc's, in the block (round 80a, 01) */
  private blocInside = false;
  /**
   * a bloc's heading stood outside any block ("I | Khối thi đua số 1 | 1620" over "Nam Định |
   * Toàn tỉnh"): the blocs group provinces, so the next bloc's heading ends the province's block
   * above it, with its figures or without — the sum of its provinces below, never a province's part
   * (round 81a 03: "II | Khối thi đua số 2 | 300" was taken as Hà Nam's part, the file refused)
   */
  private blocsOverProvinces = false;
  /**
   * the words of that first bloc's heading ("khoi thi dua": provincesGroupWording): a heading
   * worded otherwise inside a province's block ("Khối 1", "Cụm 2" of its Chi cục) is that
   * province's own group, in its block (round 82b 04: Vụ Bản under it lost its province)
   */
  private blocWording = '';
  /** the block, when opened by a level: its rows are filled as the workbook shows them, then checked by the whole closing it */
  private level: LevelBlock | null = null;
  /** a row with figures was seen */
  private sawFigures = false;
  /** the level blocks no whole closed: refused at the end if the file names another province */
  private readonly unchecked: UncheckedLevelBlock[] = [];
  /** the provinces the Tỉnh column names (provinceKey), on any row */
  private readonly named = new Set<string>();

  /**
   * Fills the empty province cell of a row with figures inside a block (in place). A block opened
   * by a level ("Nam Định | Cấp tỉnh", a Cục's Biểu opening with its levels: work81b 02, 03) must
   * be closed by its province's whole ("Toàn tỉnh"; the table's own total if the block opens the
   * table): a CSV cannot tell a merged cell from a blank one, only the whole shows the rows below
   * were its. Else the rows it filled are refused (MISSING_PROVINCE, end), if the file names
   * another province: where it names one only, they can be no one else's (work82c 04).
   */
  fill(record: string[], layout: Layout, year: number | null, line: number): void {
    const provinceCol = layout.identity.province;
    const districtCol = layout.identity.district;
    if (provinceCol === undefined || districtCol === undefined) return;
    const province = (record[provinceCol] ?? '').trim();
    const name = (record[districtCol] ?? '').trim();
    if (province !== '') this.named.add(provinceKey(province));
    if (province === '' && namesProvincesGroupHeading(name)) {
      if (this.block === null && !this.blocsOverProvinces) {
        this.blocsOverProvinces = true;
        this.blocWording = provincesGroupWording(name);
      } else if (this.block !== null && this.blocsOverProvinces && provincesGroupWording(name) === this.blocWording) {
        // (a level block ended so was closed by no whole: refused as any other)
        this.block = null;
        this.blocInside = false;
        this.closeLevel(false);
        return;
      }
    }
    // (rows without figures — titles, notes, blank lines — neither open nor end a block, nor take it;
    // a bloc's heading among them says that the "Cộng khối" below it is the bloc's, inside the block)
    // — but a level's heading with its Tỉnh written ("I | Ninh Bình | Cấp tỉnh | | ", the 2026
    // layout) opens its block as one with figures does (work82c 02: the province lost, exit 0)
    if (!layout.figures.some((col) => looksNumeric(record[col.index] ?? ''))) {
      if (province !== '' && opensLevelBlock(name)) this.openLevel(province, line, !this.sawFigures);
      else if (this.block !== null && province === '' && namesGroupHeading(name)) this.blocInside = true;
      return;
    }
    const first = !this.sawFigures;
    this.sawFigures = true;
    if (province !== '') {
      if (opensLevelBlock(name)) this.openLevel(province, line, first);
      else {
        this.closeLevel(false);
        this.block = opensProvinceBlock(name, province, year) ? province : null;
        this.blocInside = false;
      }
      return;
    }
    if (this.block === null) return;
    // (a group of provinces' total — "Cộng cụm", "Cộng các tỉnh trong cụm" — is no part of the last
    // province's; one closing a bloc headed inside the block — "Khối thi đua số 1" … "Cộng khối" — is)
    const blocTotal = namesProvincesGroupTotal(name);
    if (name === '' || rowLabel(name) === 'total' || (blocTotal && !this.blocInside)) {
      const whole = this.level !== null && rowLabel(name) === 'total' && !blocTotal && (this.level.first || namesWholeOfProvince(name, this.block, year));
      this.block = null;
      this.blocInside = false;
      this.closeLevel(whole);
      return;
    }
    if (blocTotal) this.blocInside = false;
    record[provinceCol] = this.block;
    // (an office's row only: a level's subtotal, "Cấp huyện", between two rows of its Cục is summed by no one)
    if (this.level !== null && rowLabel(name) === 'office') this.level.filled ??= line;
  }

  /**
   * The end of the table: the level blocks no whole closed (a block still open among them), to
   * be refused — none if the Tỉnh column names one province only, whose every block is.
   */
  end(): readonly UncheckedLevelBlock[] {
    this.closeLevel(false);
    return this.named.size > 1 ? this.unchecked : [];
  }

  /** A level's row with its Tỉnh written opens that province's block ("Cấp huyện" listed first too: work82c 01). */
  private openLevel(province: string, line: number, first: boolean): void {
    // (a level of the province whose block is open — "Nam Định | Toàn tỉnh" or "Nam Định | Cấp tỉnh"
    // above "Nam Định | Cấp huyện" — stays in it: the whole that opened it, or will close it, checks it)
    if (this.block !== null && provinceKey(this.block) === provinceKey(province)) return;
    this.closeLevel(false);
    this.block = province;
    this.level = { line, province, first, filled: null };
    this.blocInside = false;
  }

  private closeLevel(byWhole: boolean): void {
    const level = this.level;
    this.level = null;
    if (level === null || level.filled === null || byWhole) return;
    this.unchecked.push({ filled: { line: level.line, text: level.province }, emptyLine: level.filled });
  }
}
