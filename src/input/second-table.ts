// One table per file: a second one below the first (another year's, "Cùng kỳ năm trước") would
// have its rows added to the first's. The reference reader tells the watch what each row is; it
// throws SECOND_TABLE when the rows show a second table:
//   - the header again below a total row closing the rows above it (one at the top, above every
//     office, closes nothing: the header again below its offices is a page's), or the header
//     again below such a top total's offices followed by a total row of its own;
//   - a figure-less title naming a comparison ("CÙNG KỲ NĂM 2018") below the total, followed by
//     office rows (with none it is a remark: "So với cùng kỳ năm 2018, …");
//   - an office of the rows above the total again below it;
//   - the header again mid-file followed by an office already seen (over new offices it is a
//     page's header);
//   - a row without figures titling the rows below it as another period's, a comparison or a
//     plan ("Cùng kỳ năm 2018", "II | Cùng kỳ", "B | Kỳ trước", "Kế hoạch"), total row or not,
//     followed by office rows (SPEC §3: figures of different years are never added together);
//   - a row without figures naming a statistics year other than the report's ("Năm 2018", "Số
//     liệu năm 2018", "2018" in a 2019 report), followed by office rows: another year's block.
//     The report's own year ("Năm 2019") titles a section; where none is known, nothing is said.
//   - a row numbered as a section, with figures of its own (the subtotal of its rows), stating a
//     year other than the report's ("II | Cục THADS tỉnh Hà Tĩnh (năm 2024)", "II | Năm 2024",
//     "B | Số liệu năm 2024" in a report of 2025: row-labels.ts yearOfSection), followed by office
//     rows: another year's block, as below a title without figures (was summed with the report's,
//     exit 0). Where the report's year is unknown, a section stating another year than an earlier
//     section's: two years' blocks. A section of the report's own year, or of none, is read as before.
//   - a row without figures naming a period other than the report's own ("6 tháng đầu năm 2019",
//     "Quý I/2019", "Lũy kế 6 tháng" in a report of the whole year; "12 tháng năm 2019" in one of
//     six months), followed by office rows: another period's block, read with the title reader
//     (titlePeriod, periodNote). "Cả năm 2019" in a year's report, "6 tháng đầu năm 2019" in a
//     six months' one, name its own; a title naming no period ("Khu vực 1") names nothing.
//   - a row without figures, whatever its words ("Riêng tháng 9/2019", "Kỳ này", a section's
//     title), whose first office row below is an office given above it, and two such offices in
//     the rows below it: the same offices again, another block of figures (a month's). An
//     office's several rows elsewhere (its enforcers', adjacent) are summed (SPEC §3); so are
//     new offices below such a row (a section), and the same names in another province.
//     Below an of-which line naming its part ("Trong đó: án tín dụng, ngân hàng", "Riêng án tham
//     nhũng, kinh tế:": row-labels.ts opensNamedPart), one such office is enough, and it is one
//     written another way too ("Mỹ Lộc" below "Chi cục THADS huyện Mỹ Lộc", as domain/office-
//     names.ts oneOfficeKey reads names): that part of the offices' figures, counted in their rows
//     above already (work91b 01: added as three more offices, exit 0). Below one naming a kind of
//     cases ("Trong đó: án hình sự", "Riêng án tín dụng:", "Trong đó: việc thi hành án chủ
//     động": row-labels.ts opensCasePart) under office rows, any office is enough, a new one too:
//     that part of its figures, never an office of the table (was added, exit 0). "Trong đó:"
//     alone, a level after it, a group of offices ("Trong đó: các Phòng THADS khu vực") keep theirs.
//   - nothing between the blocks at all (an empty row, or none: "Cùng kỳ năm 2018" a text box the
//     CSV lost, work104a 01): the STT restarting at 1, and the rows from there the offices of the
//     block above it again, the same names in the same order under the same numbers, at least two
//     of them and all or nearly all of the block (all but one in five), each with other figures:
//     another year's table (was summed with the first, exit 0, one DUPLICATE_OFFICE warning).
//     Only rows numbered as plain items with nothing named beside them (no enforcer's, no part's
//     column: read-csv.ts says which, `numbered`); an office's rows numbered on (5, 6, …), another
//     year's in a year column (another key), a block with a row's figures all the same (a table
//     pasted twice: collect.ts REPEATED_ROW) or the offices in another order keep their reading.
//   - a row without figures heading a block by the other measure than a one-measure table's
//     ("Về tiền (nghìn đồng)" over a table of cases, sectionMeasure: "II. Số tiền phải thi hành (nghìn đồng)" too; beside other words on its
//     row, measureTitle), followed by office rows:
//     another measure's table, whatever offices follow (SPEC §3: one measure's figures are never
//     read as the other's). One naming the table's own ("Về việc" over cases) is a caption; in a
//     table of both measures such rows name nothing.
// The fast path hands such rows to the reference reader (fast/row-scanner.ts).
import type { Measure } from '../domain/fields.js';
import { oneOfficeKey, sameUnitKind, type RowPlace } from '../domain/office-names.js';
import { ThadsError } from '../errors.js';
import { sectionMeasure } from './measure-rows.js';
import { wholeYear, type OwnPeriod } from './own-period.js';
import { periodNote } from './period-notes.js';
import { isPageMark, isSectionNumber, namesComparison, opensCasePart, opensNamedPart, titlePeriodWords, yearOfRowLabel, yearOfSection } from './row-labels.js';
import { statedYears, titlePeriod } from './stated-years.js';

/** What a row without figures says of the rows below it: its office cell, else its only words; `column` 0-based. */
export interface RowTitle {
  readonly text: string;
  readonly column: number;
}

/**
 * The title a row without figures gives the rows below it: the words in its office column, else
 * the only words on it (a section number in the STT column beside them aside). Words beside
 * others, or in a notes column ("Ghi chú"), title nothing: they remark on a row.
 */
export function rowTitle(cells: readonly string[], office: number | undefined, stt: number | undefined, notes: readonly number[]): RowTitle | null {
  if (office !== undefined && (cells[office] ?? '').trim() !== '') return { text: cells[office]!.trim(), column: office };
  const words: number[] = [];
  cells.forEach((c, i) => {
    if (c.trim() !== '' && !notes.includes(i) && !(i === stt && isSectionNumber(c))) words.push(i);
  });
  return words.length === 1 ? { text: cells[words[0]!]!.trim(), column: words[0]! } : null;
}

/**
 * The block heading by measure a row without figures gives (sectionMeasure): its title's (rowTitle),
 * else its first words, a section number before them aside ("II | Về tiền"), whatever its other
 * cells say ("II. TIỀN | … | Ghi chú: đơn vị nghìn đồng"): a note beside a heading heads nothing
 * itself. Null when neither heads a block by measure.
 */
export function measureTitle(cells: readonly string[], title: RowTitle | null): RowTitle | null {
  if (title !== null && sectionMeasure(title.text) !== null) return title;
  const filled = cells.flatMap((c, i) => (c.trim() === '' ? [] : [i]));
  const ordinal = (c: string) => isSectionNumber(c) || /^\s*\d{1,2}\s*[.)]?\s*$/.test(c);
  const first = filled[0] !== undefined && ordinal(cells[filled[0]]!) ? filled[1] : filled[0];
  return first !== undefined && sectionMeasure(cells[first]!) !== null ? { text: cells[first]!.trim(), column: first } : null;
}

/** Whether the title names another period, a comparison or a plan: the rows below it are no figures of the report's own. */
export function titlesOtherPeriod(title: RowTitle | null): boolean {
  return title !== null && namesComparison(title.text);
}

/**
 * The statistics years a title names for the rows below it: a label that is a year ("2018",
 * "Niên độ 2018", yearOfRowLabel), else the years it states as a title line does ("Số liệu từ
 * 01/10/2017 đến 30/9/2018"). A bracket's words are a note on a name ("… (thành lập năm 2018)"),
 * no period of rows: left out, as yearOfRowLabel leaves them; so are a group's results on another
 * year ("Các đơn vị tăng so với năm 2018", titlePeriodWords): its rows are the report's own.
 */
export function titleYears(title: RowTitle | null): number[] {
  if (title === null || !/\d{4}/.test(title.text)) return [];
  const year = yearOfRowLabel(title.text);
  return year !== null ? [year] : statedYears([[periodWordsOf(title)]]);
}

/** A title's words that may state a period: a bracket's note and a group's results on another year left out (titleYears). */
function periodWordsOf(title: RowTitle): string {
  return titlePeriodWords(title.text.replace(/\([^()]*\)/g, ' '));
}

/** The period a title states for the rows below it: its days (titlePeriod), and whether it names a part of a year by words alone ("Lũy kế 6 tháng"). */
interface TitledPeriod {
  readonly start: string | null;
  readonly end: string | null;
  readonly part: boolean;
}

function titledPeriod(title: RowTitle): TitledPeriod | null {
  const words = periodWordsOf(title);
  const days = titlePeriod([[words]]);
  // a month over rows is that month's figures ("Tháng 9/2019"), no cut-off of the year
  const part = periodNote(words, true, false)?.kind === 'part';
  return days.start === null && days.end === null && !part ? null : { ...days, part };
}

/** Whether a title states a year or a period of its own (titleYears, titledPeriod): the report's period decides what it titles. */
export function titleNamesPeriod(title: RowTitle | null): boolean {
  return title !== null && (titleYears(title).length > 0 || titledPeriod(title) !== null);
}

/** A statistics year's first and last days, where a period leaves them unstated (DOMAIN: 1 October to 30 September). */
function bounds(p: { readonly start: string | null; readonly end: string | null }, year: number): [string, string] {
  return [p.start ?? `${year - 1}-10-01`, p.end ?? `${year}-09-30`];
}

function dayWords(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d}/${m}/${y}`;
}

function periodWords(p: { readonly start: string | null; readonly end: string | null }, year: number): string {
  const [start, end] = bounds(p, year);
  return `${dayWords(start)} to ${dayWords(end)}`;
}

/** The report's own period, and whether its title (or name) names it by a month's or a quarter's words ("BÁO CÁO THÁNG 9/2019"). */
type ReportPeriod = OwnPeriod & { readonly byMonth?: boolean };

/**
 * What a title names of another period than the report's own (`own`), in words, or null: it
 * names the report's own, or none. Days that differ from the report's bounds; else a part of a
 * year named by words alone ("Lũy kế 6 tháng"), or a month or quarter whose days read as the
 * year's ("Tháng 9/2019", "Quý III/2019": September's figures, or to September), in a report of
 * the whole year not itself named so (in a shorter one it may be its own: unknown, nothing said).
 */
function otherPeriod(title: RowTitle, own: ReportPeriod): string | null {
  const stated = titledPeriod(title);
  if (stated === null) return null;
  const partOfWholeYear = stated.part && wholeYear(own) && own.byMonth !== true ? 'a part of a year' : null;
  if (stated.start === null && stated.end === null) return partOfWholeYear;
  const [a, b] = [bounds(stated, own.year), bounds(own, own.year)];
  return a[0] === b[0] && a[1] === b[1] ? partOfWholeYear : `the period ${periodWords(stated, own.year)}`;
}

const MEASURE_WORDS: Record<Measure, string> = { cases: 'cases', money: 'money' };

interface At {
  readonly line: number;
  readonly name: string;
}

/** An office row numbered as a plain item ("3", "3."), nothing named beside it: its number and its figures' cells as written. */
export interface NumberedRow {
  readonly item: number;
  readonly figures: string;
}

export class SecondTableWatch {
  /** the first total row; `opens` when no office came above it (the forms' "Tổng cộng" first, over the offices) */
  private total: (At & { readonly opens: boolean }) | null = null;
  private anyOffice = false;
  private otherTitle: At | null = null;
  private headerAgain: number | null = null;
  /** the header again below a total opening the table, until an office below it: a page's, unless a total opens its rows */
  private pageHeader: number | null = null;
  /** a title of another period's rows, a comparison's or a plan's, total row or not */
  private periodTitle: (At & { readonly column: number }) | null = null;
  /** the last title naming a year or a period (titleNamesPeriod), until a row below it */
  private yearTitle: (At & { readonly column: number; readonly years: readonly number[]; readonly section?: boolean }) | null = null;
  /** the first section stating a year (yearOfSection) over office rows of no known year */
  private sectionYear: (At & { readonly year: number }) | null = null;
  /** offices above the first total and the first header again */
  private readonly officesAbove = new Set<string>();
  /** every office's key, and the line it was first given on */
  private readonly given = new Map<string, number>();
  /** every office as first given (line, name), by what its names written two ways share (oneOfficeKey) */
  private readonly givenAs = new Map<string, At[]>();
  /**
   * the last row without figures with words, whether it is an of-which line naming its part
   * (opensNamedPart), and the offices given above it that come again below it
   */
  private heading: (At & { readonly column: number | undefined; readonly ofWhich: boolean; readonly cases: boolean; readonly again: Map<string, At> }) | null = null;
  /** the last title heading a block by the other measure than the table's (sectionMeasure), until an office below it */
  private measureTitle: (At & { readonly column: number; readonly measure: Measure }) | null = null;
  /** the first block's office rows numbered as plain items (NumberedRow), up to the STT restarting at 1 */
  private readonly firstBlock: (At & NumberedRow & { readonly key: string })[] = [];
  /** the first block closed: the STT restarted at 1 below it */
  private firstClosed = false;
  /** the plain item number of the office row above, null for none */
  private lastItem: number | null = null;
  /** the rows from the STT restarting at 1 that give the first block's offices again, in its order */
  private restart: { readonly line: number; matched: number } | null = null;
  /** the refusal of a second table: the office rows below it are its own */
  private refused: ThadsError | null = null;

  /** `lineWord`: how a message names a row ("row" in a sheet, "line" in a text file) */
  constructor(
    private readonly file: string,
    private readonly lineWord: () => string,
    /** the period the report states (title, sheet, file name), each bound YYYY-MM-DD or null */
    private readonly period: () => { readonly start: string | null; readonly end: string | null; readonly byMonth?: boolean } = () => ({ start: null, end: null }),
    /** the one measure the table's columns read, null for a table of both */
    private readonly measure: () => Measure | null = () => null,
  ) {}

  /**
   * A row without figures: the header again (`isHeader`), a title (`label` 'other'; `title` what
   * it says of the rows below it, rowTitle; `byMeasure` the block heading by measure it gives,
   * measureTitle), anything else. Returns true for the header again.
   */
  skipped(line: number, isHeader: boolean, label: string, name: string, title: RowTitle | null, byMeasure: RowTitle | null = null): boolean {
    // (a page's mark, "Trang 2/3", below a total on top heads nothing: the page's offices go on)
    if (this.total !== null && label === 'other' && !isPageMark(name)) this.otherTitle ??= { line, name };
    if (!isHeader && titlesOtherPeriod(title)) this.periodTitle ??= { line, name: title!.text, column: title!.column };
    if (!isHeader && titleNamesPeriod(title)) this.yearTitle = { line, name: title!.text, column: title!.column, years: titleYears(title) };
    // (an of-which line naming a kind of cases may stand alone in another cell: a merged title's, saved in the STT cell)
    const words = name !== '' ? name : title !== null && opensCasePart(title.text) ? title.text : '';
    if (!isHeader && words !== '') {
      const column = name !== '' ? title?.column : title!.column;
      this.heading = { line, name: words, column, ofWhich: opensNamedPart(words), cases: this.anyOffice && opensCasePart(words), again: new Map() };
    }
    if (!isHeader && byMeasure !== null) this.measureHeading(line, byMeasure);
    if (!isHeader) return false;
    // (a total opening the table is no table's end: the header again below its offices is a page's)
    if (this.total !== null && !this.total.opens) {
      throw this.error(`a second table starts here: the header comes again below the total row "${this.total.name}" (${this.at(this.total)}), and its rows would be added to the first table's`, line);
    }
    if (this.officesAbove.size > 0) this.headerAgain ??= line;
    if (this.total !== null && this.officesAbove.size > 0) this.pageHeader = line;
    return true;
  }

  /**
   * A row numbered as a section, with figures of its own: the year its label states
   * (yearOfSection) titles the rows below it, as a title without figures does (class comment).
   */
  section(line: number, title: RowTitle): void {
    const year = yearOfSection(title.text);
    if (year !== null) this.yearTitle = { line, name: title.text, column: title.column, years: [year], section: true };
  }

  /** A row labelled as the file's total. */
  totalRow(line: number, name: string): void {
    // A page repeats the header, never the total above the offices: a total opening the rows below it again is another table's.
    if (this.pageHeader !== null) {
      throw this.error(`a second table starts at ${this.lineWord()} ${this.pageHeader}, where the header comes again with a total row of its own ("${name}" here; the first table's is at ${this.at(this.total!)}): its rows would be added to the first table's`, line);
    }
    this.total ??= { line, name, opens: !this.anyOffice };
  }

  /** A row of another year than --year's, left out: the title above it (titleYears) was its block's. */
  otherYearRow(): void {
    this.yearTitle = null;
  }

  /**
   * An office row; `key` tells offices apart (province, name, year, folded); `year` the report's
   * year for this row (its year cell's, --year's, the file name's, the title's), null unknown;
   * `place` the row's province and year, as its key has them (names written two ways: oneOfficeKey).
   */
  office(line: number, key: string, district: string, year: number | null = null, place: RowPlace = { province: null, year }, numbered: NumberedRow | null = null): void {
    // Every row below is the second table's: refused with the same error, one fault (a check says it once).
    if (this.refused !== null) throw this.refused;
    try {
      this.officeBelow(line, key, district, year, place);
      this.numberedAgain(line, key, district, numbered);
    } catch (err) {
      if (err instanceof ThadsError) this.refused = err;
      throw err;
    }
  }

  private officeBelow(line: number, key: string, district: string, year: number | null, place: RowPlace): void {
    if (this.otherTitle !== null) {
      throw this.error(`a second table starts at ${this.at(this.otherTitle)}: "${this.otherTitle.name}" below the total row "${this.total!.name}" (${this.at(this.total!)}) heads rows ("${district}" here) that would be added to the first table's`, line);
    }
    if (this.periodTitle !== null) {
      const t = this.periodTitle;
      throw new ThadsError(
        'SECOND_TABLE',
        `"${t.name}" names another period, a comparison or a plan: the rows below it ("${district}", ${this.lineWord()} ${line}) are not this report's period's figures, and would be added to its own`,
        { file: this.file, line: t.line, column: t.column + 1 },
      );
    }
    if (this.measureTitle !== null) {
      const t = this.measureTitle;
      throw new ThadsError(
        'SECOND_TABLE',
        `the table reads ${MEASURE_WORDS[t.measure === 'money' ? 'cases' : 'money']}; "${t.name}" heads ${MEASURE_WORDS[t.measure]}: the rows below it ("${district}", ${this.lineWord()} ${line}) are another measure's table, whose figures would be added as ${MEASURE_WORDS[t.measure === 'money' ? 'cases' : 'money']}`,
        { file: this.file, line: t.line, column: t.column + 1 },
      );
    }
    const titled = this.yearTitle;
    this.yearTitle = null;
    const other = titled?.years.find((y) => y !== year);
    if (titled && year !== null && other !== undefined) {
      throw new ThadsError(
        'SECOND_TABLE',
        `"${titled.name}" names the year ${other}, and the report's is ${year}: the rows below it ("${district}", ${this.lineWord()} ${line}) are not this report's period's figures, and would be added to its own`,
        { file: this.file, line: titled.line, column: titled.column + 1 },
      );
    }
    if (titled?.section === true && year === null) this.sectionOfUnknownYear(titled, line, district);
    const own = year !== null ? { year, ...this.period() } : null;
    // (a section's days beside its name are a merger's half of the year, read-csv.ts checks them)
    const named = titled && own && titled.section !== true ? otherPeriod({ text: titled.name, column: titled.column }, own) : null;
    if (titled && own && named !== null) {
      throw new ThadsError(
        'SECOND_TABLE',
        `"${titled.name}" names ${named}, and the report's is ${periodWords(own, own.year)}: the rows below it ("${district}", ${this.lineWord()} ${line}) are not this report's period's figures, and would be added to its own`,
        { file: this.file, line: titled.line, column: titled.column + 1 },
      );
    }
    if (this.officesAbove.has(key) && this.headerAgain !== null) {
      throw this.error(`a second table starts at ${this.lineWord()} ${this.headerAgain}, where the header comes again: "${district}" here is an office of the first table, and its figures would be added to the first table's`, line);
    }
    if (this.officesAbove.has(key) && this.total !== null && !this.total.opens) {
      throw this.error(`"${district}" comes again below the total row "${this.total.name}" (${this.at(this.total)}): a second table (another year, "cùng kỳ"), whose figures would be added to the first table's`, line);
    }
    this.repeatBelowHeading(line, key, district, place);
    this.anyOffice = true;
    this.pageHeader = null;
    if (this.headerAgain === null && (this.total === null || this.total.opens)) this.officesAbove.add(key);
  }

  /**
   * An office row, its plain item number and figures where read-csv.ts gives them: the STT
   * restarting at 1 over the first block's offices again, in its order, under its numbers, with
   * other figures, is a second table (class comment), refused at the row where it restarts.
   */
  private numberedAgain(line: number, key: string, district: string, numbered: NumberedRow | null): void {
    const item = numbered?.item ?? null;
    const restarts = item === 1 && this.lastItem !== null && this.lastItem > 1 && this.firstBlock[0]?.item === 1;
    this.lastItem = item;
    if (restarts) {
      this.firstClosed = true;
      this.restart = { line, matched: 0 };
    }
    if (!this.firstClosed) {
      if (numbered !== null) this.firstBlock.push({ line, name: district, key, ...numbered });
      return;
    }
    const r = this.restart;
    if (r === null) return;
    const counterpart = this.firstBlock[r.matched];
    // (a row of the same figures is a copy's, which collect.ts refuses as a row pasted twice)
    if (numbered === null || counterpart === undefined || counterpart.key !== key || counterpart.item !== numbered.item || counterpart.figures === numbered.figures) {
      this.restart = null;
      return;
    }
    r.matched++;
    const n = this.firstBlock.length;
    if (r.matched < Math.max(2, n - Math.floor(n / 5))) return;
    const first = this.firstBlock[0]!;
    throw new ThadsError(
      'SECOND_TABLE',
      `a second table starts here: the STT restarts at 1, and the rows from here give the offices of the table above again, in its order under its numbers ("${first.name}", given at ${this.at(first)}; ${r.matched} of its ${n} offices so far, ${this.lineWord()} ${line} the last), each with other figures (another year's, "cùng kỳ", its caption lost): they would be added to the first table's`,
      { file: this.file, line: r.line },
      'keep one table in the file: delete the other block (last year\'s, for comparison), or give each year its own file (or choose one with --year)',
    );
  }

  /** A section stating a year over an office row of no known year: another year than an earlier section's is another year's block. */
  private sectionOfUnknownYear(titled: At & { readonly column: number; readonly years: readonly number[] }, line: number, district: string): void {
    const year = titled.years[0]!;
    const first = this.sectionYear;
    if (first === null) {
      this.sectionYear = { line: titled.line, name: titled.name, year };
      return;
    }
    if (first.year === year) return;
    throw new ThadsError(
      'SECOND_TABLE',
      `"${titled.name}" names the year ${year}, and the section "${first.name}" (${this.at(first)}) ${first.year}, while the report's year is unknown: the rows below it ("${district}", ${this.lineWord()} ${line}) are another year's figures than those above, and would be added to them`,
      { file: this.file, line: titled.line, column: titled.column + 1 },
    );
  }

  /** A title naming a measure: the other one than a one-measure table's heads another measure's table; its own is a caption. */
  private measureHeading(line: number, title: RowTitle): void {
    const named = sectionMeasure(title.text);
    const own = named === null ? null : this.measure();
    if (named === null || own === null) return;
    this.measureTitle = named === own ? null : { line, name: title.text, column: title.column, measure: named };
  }

  /** An office row below a row without figures: the same offices again below it are a second table (class comment). */
  private repeatBelowHeading(line: number, key: string, district: string, place: RowPlace): void {
    const first = this.given.get(key);
    // (once per office: a name's bare form is read for its first row only)
    const twoWays = first === undefined ? oneOfficeKey(district, place) : null;
    if (first === undefined) {
      this.given.set(key, line);
      this.givenAs.set(twoWays!, [...(this.givenAs.get(twoWays!) ?? []), { line, name: district }]);
    }
    const h = this.heading;
    if (h === null) return;
    // Below an of-which line, an office above written another way ("Mỹ Lộc", "Huyện Mỹ Lộc" below
    // "Chi cục THADS huyện Mỹ Lộc"; units that differ, "Thị xã" and "Huyện", name two offices).
    const written = h.ofWhich && twoWays !== null ? this.givenAs.get(twoWays)!.find((a) => a.line < h.line && sameUnitKind(a.name, district)) : undefined;
    // Below an of-which line naming a kind of cases, under offices ("Trong đó: án tín dụng, ngân
    // hàng", "Riêng án hình sự:"), any office below is that part of its figures: a new one too, no office of the table.
    if (h.cases && written === undefined && (first === undefined || first > h.line)) {
      throw new ThadsError(
        'SECOND_TABLE',
        `below "${h.name}", an of-which line naming a kind of cases, come office rows ("${district}" here, ${this.lineWord()} ${line}): that part of the offices' figures, not their totals, and they would be added as offices of their own`,
        { file: this.file, line: h.line, ...(h.column !== undefined ? { column: h.column + 1 } : {}) },
        'the rows under an of-which line ("Trong đó: án …", "Riêng án …") are a part of offices\' figures, not the offices\' own: delete them from the export (or the line, if the rows below are offices of the table)',
      );
    }
    if (written === undefined && (first === undefined || first > h.line)) {
      // an office new below it ends the run: a section's title, or a note, over new offices
      this.heading = null;
      return;
    }
    const above = written ?? { line: first!, name: district };
    if (!h.again.has(key)) h.again.set(key, above);
    if (h.ofWhich) {
      const as = written !== undefined ? ` as "${written.name}"` : '';
      throw new ThadsError(
        'SECOND_TABLE',
        `below "${h.name}", an of-which line, come offices given above it ("${district}" here, ${this.lineWord()} ${line}, given at ${this.at(above)}${as}): a part of their figures, counted in their rows already, and it would be added as offices of their own`,
        { file: this.file, line: h.line, ...(h.column !== undefined ? { column: h.column + 1 } : {}) },
        'the rows under an of-which line ("Trong đó: …", "Riêng …") are a part of the offices\' figures above: delete them from the export; the rows above already count them',
      );
    }
    if (h.again.size < 2) return;
    const [a] = h.again.values();
    throw new ThadsError(
      'SECOND_TABLE',
      `a second table starts here: below "${h.name}" come offices given above it again ("${a!.name}", given at ${this.at(a!)}), and their figures would be added to the first table's`,
      { file: this.file, line: h.line, ...(h.column !== undefined ? { column: h.column + 1 } : {}) },
    );
  }

  private at(a: At): string {
    return `${this.lineWord()} ${a.line}`;
  }

  private error(message: string, line: number): ThadsError {
    return new ThadsError('SECOND_TABLE', message, { file: this.file, line });
  }
}
