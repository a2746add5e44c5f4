// A column thads does not read that tells each row's period: "Chỉ tiêu so sánh" holding "Năm
// nay" / "Cùng kỳ năm trước", "Thời gian" holding 2019 / 2018 on one office's two rows. SPEC §3
// names the year column (Năm), so no other is read as one; but its rows of another period,
// summed as the office's, add two years together (SPEC §3: never). Refused at the cell, naming
// the column: a label of another period (row-labels.ts otherPeriodBeside), or a second year on
// one office's rows (a code or a founding year is the same on all of them). A cell's period is
// read as a name's note is (periodOfCell): "01/10/2017-30/9/2018", "N-1", "TH 2018"; a cell of
// dates alone by the year it writes ("30/9/2018", "9/2018"); under a header naming a period
// ("Kỳ", "Thời gian") such a cell is the row's period, read as a year column's is ("9/2019",
// "30/9/2019": 2019) and held against the row's year. Likewise two versions of the
// office's figures ("Trước điều chỉnh" / "Sau điều chỉnh", "Sơ bộ" / "Chính thức") on its rows.
import { foldHeader } from '../domain/names.js';
import { ThadsError } from '../errors.js';
import { isNegativeFigure } from './numbers.js';
import { periodNote, rangeOfDays, versionOfCell, yearWritten } from './period-notes.js';
import { ANOTHER_PERIOD, otherPeriodBeside, periodOfCell } from './row-labels.js';
import { sideOfDay } from './group-span.js';
import { citedCircular } from './circular.js';
import { countedPartOfYear } from './stated-years.js';
import { namesPartColumn, writtenPartOfYear } from './period-words.js';

/** A header naming the rows' period, not read as the year column (headers.ts): "Kỳ", "Kỳ thống kê", "Thời gian". */
const PERIOD_HEADER = /^(?:ky|ki|thoi ky|thoi gian)(?: (?:thong ke|so lieu|bao cao))?$/;
/**
 * Words (folded, whole) by which a header names an attribute of a person or an office, no period
 * of figures: "Năm sinh", "Năm bổ nhiệm", "Thời gian công tác (năm)", "Năm thành lập", "Tuổi"
 * (TT 05/2024's per-enforcer forms). Two enforcers of one office born in 1980 and 1987 are no
 * two years' figures. Not "phát sinh" (arising), which may name a period's cases.
 */
const ATTRIBUTE_WORDS = ['sinh', 'bo nhiem', 'cong tac', 'thanh lap', 'tuyen dung', 'vao nganh', 'nghi huu', 'tuoi'];
const ATTRIBUTE = new RegExp(`(?<!phat)(?:^| )(?:${ATTRIBUTE_WORDS.join('|')})(?= |$)`);

/** Whether a header names an attribute of a person or an office (ATTRIBUTE_WORDS): its cells tell no period. */
export function namesAttribute(header: string): boolean {
  return ATTRIBUTE.test(foldHeader(header));
}

/** Whether a header names the rows' period ("Kỳ", "Thời gian"): its cells are periods, no codes or days sent. */
export function namesPeriodColumn(header: string): boolean {
  return PERIOD_HEADER.test(foldHeader(header));
}

/** The version a cell names (period-notes.ts, one list of versions' words), or null. */
const versionOf = versionOfCell;

/**
 * A cell (folded, whole) that numbers a part: "Giai đoạn 1", "GĐ1", "GĐ II", "Đợt 2", "Kỳ 1" — a
 * number after the word, never a name's ("Kỳ Anh") nor a span ("Giai đoạn 2021-2025").
 */
const NUMBERED_PART = /^(?:so lieu )?(?:giai doan|gd|dot|ky|ki) ?([1-9]|i{1,3}|iv)$/;
/**
 * A cell (folded, whole) that names the old or the new regime: "Thông tư cũ" / "Thông tư mới",
 * "Theo mẫu cũ", "Biểu mới", "Biểu mẫu cũ", "Luật cũ" / "Luật mới" (TT 05/2026 and Law
 * 106/2025/QH15 both from 1/7/2026). "(cũ)" alone marks a former office (former-parts.ts), no regime.
 */
const REGIME = /^(?:so lieu )?(?:(?:theo|ap dung) )?(?:thong tu|tt|mau|bieu|bieu mau|mau bieu|luat|che do)(?: (?:bao cao|thong ke))? (cu|moi)$/;
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };

/**
 * The part of a year a cell marks its row with, where one office's rows may hold the year's
 * parts: a side of a day ("Trước 01/7/2026" / "Từ 01/7/2026", group-span.ts sideOfDay) or the
 * circular whose form counted the row ("TT 05/2024" / "TT 05/2026", circular.ts citedCircular), or
 * its months ("9 tháng đầu năm" / "3 tháng cuối năm", stated-years.ts countedPartOfYear), or in
 * words, the part's number ("Giai đoạn 1" / "GĐ 2", "Đợt 1", "Kỳ 2": NUMBERED_PART) or the regime
 * ("Thông tư cũ" / "Mẫu mới": REGIME) — the 2026 year split at the day TT 05/2026 took effect.
 * `split`: what the parts divide (the day, the forms, a count, a regime); `part`: which one the
 * row holds. Null for any other cell.
 */
function partOfYear(text: string): { readonly split: string; readonly part: string } | null {
  const side = sideOfDay(text);
  if (side !== null) return { split: `day ${side.day}`, part: side.side };
  const circular = citedCircular(text);
  if (circular !== null) return { split: 'circular', part: circular };
  // "9 tháng đầu năm" / "3 tháng cuối năm": the year's months before and after 1/7/2026 (the forms' split)
  const months = countedPartOfYear(text);
  if (months !== null) return { split: 'months', part: months };
  const folded = text.length <= 40 ? foldHeader(text) : '';
  const numbered = NUMBERED_PART.exec(folded);
  if (numbered !== null) return { split: 'numbered', part: ROMAN[numbered[1]!] ?? numbered[1]! };
  const regime = REGIME.exec(folded);
  if (regime !== null) return { split: 'regime', part: regime[1]! };
  // "Trước 1/7", "Quý III/2026", "Luật THADS 2008", "Mẫu 04 (TT05/2024)": the same split in other
  // words (traps37 1–3); not the whole year ("Năm 2026 (12 tháng)", "01/10/2025 - 30/9/2026") nor a
  // span of two days, another period's words there (noteOfOtherPeriod)
  if (periodOfCell(text)?.kind === 'year' || rangeOfDays(text) !== null) return null;
  return writtenPartOfYear(text);
}

/**
 * Words without one of which no name carries a part of the year (partOfYear's every form holds
 * one): a side of a day's or a month count's word, a part's, a circular's, a "/" (a circular's or
 * a day's number), or at the end "cũ" / "mới" or a Roman number. A cheap look before the name's
 * every last words are tried as a mark through every form (start-up, at 700 offices' names).
 */
const MAY_MARK = /(?<!\p{L})(?:giai đoạn|giai doan|đợt|dot|kỳ|kì|ky|ki|tt|thông tư|thong tu|tháng|thang|trước|truoc|before|từ|tu|from|since|sau|đến|den|quý|quy|luật|luat|mẫu|mau|biểu|bieu)(?!\p{L})|g[đd]|\/|(?:cũ|cu|mới|moi|(?<!\p{L})(?:i{1,3}|iv))\)?$/iu;
/** What may stand between a name and its mark: "Vụ Bản - kỳ 2", "Vụ Bản, GĐ 1", "Vụ Bản_GĐ2". */
const BETWEEN = /[\s,;:\-–—_]/u;

/**
 * An office's name with a part of the year written after it (partOfYear): "Vụ Bản (GĐ 1)",
 * "Vụ Bản - kỳ 2", "Vụ Bản (theo TT 05/2026)", "Vụ Bản (Trước 01/7/2026)", glued "Vụ Bản-GĐ1",
 * "Vụ Bản_GĐ2", "Vụ Bản(GĐ1)", "Vụ BảnGĐ1" ("gđ" is no Vietnamese syllable's letters: never a
 * name's) — the name without it and the mark; null for any other name ("Thị xã Kỳ Anh", "Phòng
 * THADS khu vực 1"). Rows of one office so marked are its year in parts, as such notes are
 * (PeriodColumnWatch.seeRow).
 */
export function partBesideName(text: string): { readonly name: string; readonly mark: string } | null {
  const cell = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (!MAY_MARK.test(cell)) return null;
  const bracket = /^(.*\S)\s*\(([^()]+)\)$/u.exec(cell);
  if (bracket !== null && partOfYear(bracket[2]!.trim()) !== null) return { name: bracket[1]!.replace(/[\s,;:\-–—_]+$/u, ''), mark: bracket[2]!.trim() };
  // "… - kỳ 2", "…, GĐ 1", "… GĐ1", "…-GĐ1", "…GĐ1": the mark is the name's last words
  for (let i = 1; i < cell.length; i++) {
    const after = BETWEEN.test(cell[i - 1]!) && !BETWEEN.test(cell[i]!);
    if (!after && !/^gđ/iu.test(cell.slice(i, i + 2))) continue;
    const name = cell.slice(0, i).replace(/[\s,;:\-–—_]+$/u, '');
    const mark = cell.slice(i);
    if (name !== '' && partOfYear(mark) !== null) return { name, mark };
  }
  return null;
}

/** A note that is, whole, a span of two days ("01/7/2026 - 30/9/2026", "Từ 01/10/2025 đến 30/6/2026"): the row's period. */
const DAYS_SPAN = /^(?:(?:số liệu |sl )?(?:từ|tu|from) )?\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d ?(?:-|–|—|đến|den|to) ?\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d$/iu;

/**
 * What a note (the notes' column) says its row holds when it names another period than the
 * report's `year` (otherPeriodBeside): an earlier period, a comparison or a plan, another year,
 * an estimate, a span of days other than the year. A part of a year in other words is a remark
 * there ("Hoãn 3 tháng": how long a case waits), no label of the row's figures, and so is a count
 * of people. Null otherwise.
 */
function noteOfOtherPeriod(text: string, year: number | null): string | null {
  const other = otherPeriodBeside(text, year);
  if (other === ANOTHER_PERIOD) return DAYS_SPAN.test(text.normalize('NFC').replace(/\s+/gu, ' ').trim()) ? other : null;
  // "Số CHV: 5": a count of people is a remark in the notes
  return other?.startsWith('a count of') ? null : other;
}

/** Whether a cell marks a part of a year (partOfYear): "Giai đoạn 1", "Thông tư mới", "Trước 01/7/2026". */
export function marksPartOfYear(text: string): boolean {
  return partOfYear(text) !== null;
}

/** Whether a notes cell may mark its row (seeNotes: a part of a year, another period, whatever the report's year): the fast path hands such a file to the reference reader. */
export function noteMayMarkRow(text: string): boolean {
  return marksPartOfYear(text) || noteOfOtherPeriod(text, null) !== null || periodOfCell(text)?.kind === 'year';
}

/** Whether a cell may tell an office's rows apart by period or version: the fast path hands such a file to the reference reader. */
export function mayTellRowsApart(text: string): boolean {
  return otherPeriodBeside(text, null) !== null || periodOfCell(text) !== null || yearWritten(text) !== null || versionOf(text) !== null || marksPartOfYear(text);
}

type Location = { readonly file: string; readonly line: number; readonly column: number };
/** A part of a year a row marks (partOfYear), as its message quotes it (`text`, `under`) and where; `other`: what an OTHER_PERIOD note says the row holds. */
type Mark = { readonly split: string; readonly part: string; readonly text: string; readonly under: string; readonly loc: Location; readonly other?: string };
/** The split of a note naming another period than the report's (seeNotes): its part is the note, folded. */
const OTHER_PERIOD = 'other period';
const UNMARKED: readonly Mark[] = [];

/** Whether a mark may cut statistics year `year` (1 October of year − 1 to 30 September): a day's only a day strictly inside it (the year unknown, any day). */
function cutsYear(mark: Mark, year: number | null): boolean {
  if (year === null || !mark.split.startsWith('day ')) return true;
  const day = mark.split.slice('day '.length);
  return day > `${year - 1}-10-01` && day < `${year}-09-30`;
}

/** Whether two rows of one office mark the same part of its year: a kind of mark both write, and no kind they write differently. */
function samePart(a: readonly Mark[], b: readonly Mark[]): boolean {
  const shared = a.filter((m) => b.some((n) => n.split === m.split));
  return shared.length > 0 && shared.every((m) => b.every((n) => n.split !== m.split || n.part === m.part));
}

export class PeriodColumnWatch {
  /** per column and office: the first year its cells name, and where */
  private readonly years = new Map<string, { readonly year: number; readonly line: number; readonly text: string }>();
  /** per column and office: the first version its cells name, and where */
  private readonly versions = new Map<string, { readonly version: string; readonly line: number; readonly text: string }>();
  /** per office (its name without a mark, partBesideName): its first row, and the parts of a year that row marks in any column (partOfYear) */
  private readonly firstRows = new Map<string, { readonly line: number; readonly marks: readonly Mark[] }>();
  /** the parts of a year the office row being read marks so far (see, seeNotes, seeName), judged by seeRow */
  private row: Mark[] = [];
  /** per column: whether its header names an attribute (namesAttribute), read once */
  private readonly attributes = new Map<number, boolean>();
  /** per column: whether its header names the rows' part of the year (namesPart), read once */
  private readonly parts = new Map<number, boolean>();

  constructor(
    private readonly file: string,
    /** a column's header (0-based) as the message quotes it */
    private readonly headerOf: (column: number) => string,
    /** how a message names a row: a sheet's row, a text file's line */
    private readonly lineWord: () => string,
  ) {}

  /** An office row with figures: refused when a cell of `columns` says it is of another period than `year`, or of another year than the office's row above. */
  see(record: readonly string[], columns: readonly number[], office: { readonly key: string; readonly name: string }, year: number | null, line: number): void {
    for (const c of columns) {
      const text = (record[c] ?? '').trim();
      if (text === '' || this.namesAttribute(c) || this.negativeFigure(text, c)) continue;
      const loc: Location = { file: this.file, line, column: c + 1 };
      const under = `"${text}" under "${this.headerOf(c)}"`;
      const other = otherPeriodBeside(text, year) ?? this.otherDatedYear(text, c, year);
      if (other !== null) {
        throw this.refusal(`${under} says this row of "${office.name}" holds ${other}, not the report's own${year === null ? '' : ` (${year})`}`, 'it would be added to the office\'s figures', loc);
      }
      const key = `${c}\u0000${office.key}`;
      this.seePart(text, under, loc);
      // under "Tháng", "Đợt": the cell is the row's part of the year, whatever it writes ("10-6" / "7-9", 1 / 2: traps37 2)
      if (this.namesPart(c) && partOfYear(text) === null) this.row.push({ split: `column ${c + 1}`, part: foldHeader(text), text, under, loc });
      const version = versionOf(text);
      if (version !== null) {
        const first = this.versions.get(key);
        if (first === undefined) this.versions.set(key, { version, line, text });
        else if (first.version !== version) {
          throw this.refusal(`${under} and "${first.text}" on ${this.lineWord()} ${first.line} are two versions of the figures of the same office "${office.name}"`, 'both would be added together', loc);
        }
        continue;
      }
      const period = periodOfCell(text);
      const stated = period === null ? yearWritten(text) : period.kind === 'year' ? period.year : null;
      if (stated === null) continue;
      const first = this.years.get(key);
      if (first === undefined) this.years.set(key, { year: stated, line, text });
      else if (first.year !== stated) {
        const said = first.text === String(first.year) ? '' : ` ("${first.text}")`;
        throw this.refusal(`${under} names the year ${stated}, but ${this.lineWord()} ${first.line}, a row of the same office "${office.name}", names ${first.year}${said}`, 'figures of different years are never added together', loc);
      }
    }
  }

  /**
   * An office row's notes and header-less columns ("Ghi chú", a column left without a header):
   * only the parts of a year they mark are read (seePart) — a remark's days or years are no
   * period of the row's figures, but one office's rows marked "Trước 01/7/2026" and "Từ 01/7/2026"
   * are its year in two parts, in any column. A note naming another period than the report's
   * `year` ("Cùng kỳ năm trước", "Năm 2025", "01/7/2026 - 30/9/2026": otherPeriodBeside) marks
   * its row too (OTHER_PERIOD): on one of an office's rows it labels that row's figures, which
   * would be added to the office's own; on an office's only row it may be a remark, summed as before.
   */
  seeNotes(record: readonly string[], columns: readonly number[], year: number | null, line: number): void {
    for (const c of columns) {
      const text = (record[c] ?? '').trim();
      if (text === '') continue;
      const under = `"${text}" under ${this.headerOf(c) === '' ? `column ${c + 1}` : `"${this.headerOf(c)}"`}`;
      const loc = { file: this.file, line, column: c + 1 };
      if (partOfYear(text) !== null) this.seePart(text, under, loc);
      else {
        const other = noteOfOtherPeriod(text, year);
        if (other !== null) this.row.push({ split: OTHER_PERIOD, part: foldHeader(text), text, under, loc, other });
      }
    }
  }

  /** An office row whose name carries a part of the year (partBesideName: "Vụ Bản (GĐ 1)"): read as a note's is (seePart). */
  seeName(cell: string, mark: string, column: number, line: number): void {
    this.seePart(mark, `"${cell}" under ${this.headerOf(column) === '' ? `column ${column + 1}` : `"${this.headerOf(column)}"`}`, { file: this.file, line, column: column + 1 }, cell);
  }

  /**
   * The end of an office row (after see, seeNotes, seeName), `office` its name without a mark: its
   * marks of a part of the year held against its first row's, in whatever column each is written.
   * "Trước 01/7/2026" on one row, "Từ 01/7/2026" on another ("TT 05/2024" and "TT 05/2026", "GĐ 1"
   * and "GĐ 2", "Mẫu cũ" and "Mẫu mới"): its year in two parts, each with its own carried over and
   * carried forward — added, the stock counts twice. Marks of different kinds ("GĐ 1" and "Thông tư
   * mới"), or a mark on one row and none on the other, may be two parts or one: added, a guess —
   * refused as well. Several rows marked alike (an enforcer's each) are summed as before; so is one
   * row alone, whatever it marks. `column`: the office's, where an unmarked row is refused; `year`:
   * the rows' statistics year, if known; `byPerson`: whether the row is an enforcer's (asked only
   * when it matters), where one person's "Từ 01/3/2026" may say when they came: only two parts of
   * one kind are refused there.
   */
  seeRow(office: { readonly key: string; readonly name: string }, line: number, column: number | undefined, year: number | null, byPerson: () => boolean): void {
    const marks = this.row.length === 0 ? UNMARKED : this.row;
    this.row = [];
    const first = this.firstRows.get(office.key);
    if (first === undefined) {
      this.firstRows.set(office.key, { line, marks });
      return;
    }
    if ((marks.length === 0 && first.marks.length === 0) || samePart(first.marks, marks)) return;
    const row = `${this.lineWord()} ${first.line}`;
    // a note of another period on either row: whoever's rows they are, that row's figures are no part of the report's
    const other = marks.find((m) => m.split === OTHER_PERIOD) ?? first.marks.find((m) => m.split === OTHER_PERIOD);
    if (other !== undefined) {
      const where = marks.includes(other) ? `${row}, a row of the same office,` : `${this.lineWord()} ${line}, a row of the same office below it,`;
      throw this.refusal(`${other.under} says this row of "${office.name}" holds ${other.other}, not the report's own${year === null ? '' : ` (${year})`}, and ${where} holds more of its figures`, 'added together they would sum two periods\' figures', other.loc);
    }
    const clash = marks.find((m) => first.marks.some((n) => n.split === m.split && n.part !== m.part));
    if (clash === undefined && byPerson()) return;
    // one row marked only by a day that cuts no part of the rows' year ("Đắk Đoa (từ 01/10/2018)" of
    // 2019, its first day; a day of another year): when the office began, read as before
    if ((marks.length === 0 || first.marks.length === 0) && ![...marks, ...first.marks].some((m) => cutsYear(m, year))) return;
    const unmarked = 'added together they may count its stock twice (the unmarked row may hold its whole year, or its other part)';
    if (marks.length === 0) {
      throw this.refusal(`this row of the office "${office.name}" marks no part of its year, but ${row}, a row of the same office, is marked ${first.marks[0]!.under}`, unmarked, { file: this.file, line, column: (column ?? 0) + 1 });
    }
    if (first.marks.length === 0) throw this.refusal(`${marks[0]!.under} marks a part of the year of the office "${office.name}", whose ${row} marks none`, unmarked, marks[0]!.loc);
    if (clash !== undefined) {
      const was = first.marks.find((n) => n.split === clash.split)!;
      throw this.refusal(`${clash.under} and "${was.text}" on ${row}, a row of the same office "${office.name}", name two parts of its year`, 'added together they would count its stock twice (the carried over, with conditions and carried forward of each part)', clash.loc);
    }
    throw this.refusal(`${marks[0]!.under} and "${first.marks[0]!.text}" on ${row}, a row of the same office "${office.name}", mark parts of its year in two ways`, 'added together they may count its stock twice (thads cannot tell whether the two marks name one part or two)', marks[0]!.loc);
  }

  /** A cell marking a part of the year (partOfYear): kept for seeRow. `shown`: the cell as the message quotes it (the name a mark was written in). */
  private seePart(text: string, under: string, loc: Location, shown = text): void {
    const part = partOfYear(text);
    if (part !== null) this.row.push({ ...part, text: shown, under, loc });
  }

  /**
   * "-1979", "−2.003", "(2003)" under "Tăng/giảm", "cases_above_target": a change or a shortfall,
   * no year (none is negative). Under a header naming the rows' period ("Kỳ", "Thời gian") no
   * figure stands: "-2019" there is read as a year, as today.
   */
  private negativeFigure(text: string, column: number): boolean {
    return isNegativeFigure(text) && !namesPeriodColumn(this.headerOf(column));
  }

  /** Whether a column's header names the part of the year its cells give the rows (period-words.ts namesPartColumn), read once. */
  private namesPart(column: number): boolean {
    let is = this.parts.get(column);
    if (is === undefined) this.parts.set(column, (is = namesPartColumn(foldHeader(this.headerOf(column)))));
    return is;
  }

  private namesAttribute(column: number): boolean {
    let is = this.attributes.get(column);
    if (is === undefined) this.attributes.set(column, (is = namesAttribute(this.headerOf(column))));
    return is;
  }

  /**
   * A cell of figures alone under a header naming a period ("Kỳ": "2019", "9/2019", "30/9/2019"
   * in a 2020 file) is that period, no code, founding year or day sent: its statistics year as a
   * year column reads it (periodNote: "9/2019" the cut-off of 2019), another than the row's refused.
   */
  private otherDatedYear(text: string, column: number, year: number | null): string | null {
    if (year === null || yearWritten(text) === null || !namesPeriodColumn(this.headerOf(column))) return null;
    const period = periodNote(text, true);
    // "6/2019", "31/3/2019": a part of a year, as "Tháng 6/2019" is (otherPeriodBeside)
    if (period?.kind === 'part') return ANOTHER_PERIOD;
    return period?.kind === 'year' && period.year !== null && period.year !== year ? `the year ${period.year}` : null;
  }

  private refusal(what: string, consequence: string, loc: Location): ThadsError {
    return new ThadsError('PERIOD_COLUMN', `${what}: thads reads a year only from a column named "Năm", --year or the file name, never from that column, and ${consequence}`, loc);
  }
}
