// One table per file: a second one below the first (another year's, "Cùng kỳ năm trước") would
// have its rows added to the first's. The reference reader tells the watch what each row is; it
// throws SECOND_TABLE when the rows show a second table:
//   - the header again below a total row;
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
// The fast path hands such rows to the reference reader (fast/row-scanner.ts).
import { ThadsError } from '../errors.js';
import { isSectionNumber, namesComparison, titlePeriodWords, yearOfRowLabel } from './row-labels.js';
import { statedYears } from './stated-years.js';

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
  return year !== null ? [year] : statedYears([[titlePeriodWords(title.text.replace(/\([^()]*\)/g, ' '))]]);
}

interface At {
  readonly line: number;
  readonly name: string;
}

export class SecondTableWatch {
  private total: At | null = null;
  private otherTitle: At | null = null;
  private headerAgain: number | null = null;
  /** a title of another period's rows, a comparison's or a plan's, total row or not */
  private periodTitle: (At & { readonly column: number }) | null = null;
  /** the last title naming a year (titleYears), until a row below it */
  private yearTitle: (At & { readonly column: number; readonly years: readonly number[] }) | null = null;
  /** offices above the first total and the first header again */
  private readonly officesAbove = new Set<string>();

  /** `lineWord`: how a message names a row ("row" in a sheet, "line" in a text file) */
  constructor(
    private readonly file: string,
    private readonly lineWord: () => string,
  ) {}

  /**
   * A row without figures: the header again (`isHeader`), a title (`label` 'other'; `title` what
   * it says of the rows below it, rowTitle), anything else. Returns true for the header again.
   */
  skipped(line: number, isHeader: boolean, label: string, name: string, title: RowTitle | null): boolean {
    if (this.total !== null && label === 'other') this.otherTitle ??= { line, name };
    if (!isHeader && titlesOtherPeriod(title)) this.periodTitle ??= { line, name: title!.text, column: title!.column };
    const years = isHeader ? [] : titleYears(title);
    if (years.length > 0) this.yearTitle = { line, name: title!.text, column: title!.column, years };
    if (!isHeader) return false;
    if (this.total !== null) {
      throw this.error(`a second table starts here: the header comes again below the total row "${this.total.name}" (${this.at(this.total)}), and its rows would be added to the first table's`, line);
    }
    if (this.officesAbove.size > 0) this.headerAgain ??= line;
    return true;
  }

  /** A row labelled as the file's total. */
  totalRow(line: number, name: string): void {
    this.total ??= { line, name };
  }

  /** A row of another year than --year's, left out: the title above it (titleYears) was its block's. */
  otherYearRow(): void {
    this.yearTitle = null;
  }

  /**
   * An office row; `key` tells offices apart (province, name, year, folded); `year` the report's
   * year for this row (its year cell's, --year's, the file name's, the title's), null unknown.
   */
  office(line: number, key: string, district: string, year: number | null = null): void {
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
    if (this.officesAbove.has(key) && this.headerAgain !== null) {
      throw this.error(`a second table starts at ${this.lineWord()} ${this.headerAgain}, where the header comes again: "${district}" here is an office of the first table, and its figures would be added to the first table's`, line);
    }
    if (this.officesAbove.has(key) && this.total !== null) {
      throw this.error(`"${district}" comes again below the total row "${this.total.name}" (${this.at(this.total)}): a second table (another year, "cùng kỳ"), whose figures would be added to the first table's`, line);
    }
    if (this.headerAgain === null && this.total === null) this.officesAbove.add(key);
  }

  private at(a: At): string {
    return `${this.lineWord()} ${a.line}`;
  }

  private error(message: string, line: number): ThadsError {
    return new ThadsError('SECOND_TABLE', message, { file: this.file, line });
  }
}
