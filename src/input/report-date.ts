// The day a report was written, as its own lines above the table say it: the annex line of a
// table sent with a report ("(Kèm theo Báo cáo số 45/BC-CTHADS ngày 05/4/2018)") and the place-
// and-date line ("Nam Định, ngày 05 tháng 4 năm 2018"). A report written before its statistics
// year ends (30 September) cannot hold the whole year's figures (traps39 per t13: "2018.csv"
// under "(Kèm theo Báo cáo số 45/BC-CTHADS ngày 05/4/2018)" was read as the whole year 2018, exit
// 0). Only these lines: a period's bound ("Số liệu từ 01/10/2017 đến 31/3/2018"), a form's
// citation ("Ban hành kèm theo Thông tư số 06/2019/TT-BTP ngày 21/11/2019"), a judgment's date
// or an office's "ngày" in a row of the table are no report's day.
import { latinLetters } from '../domain/letters.js';

/** A day in figures or written out: "05/4/2018", "5-4-2018", "05 tháng 4 năm 2018", "05.4.2018". */
const DAY = String.raw`(\d{1,2})(?:\s*([/.-])\s*(\d{1,2})\s*\2\s*|\s+(?:tháng|thang)\s+(\d{1,2})\s+(?:năm|nam)\s+)((?:19|20)\d\d)(?!\d)`;
/**
 * "(Kèm theo Báo cáo số 45/BC-CTHADS ngày 05/4/2018)", "Kèm theo Công văn số … ngày …", "Phụ lục
 * kèm theo Báo cáo … ngày …": a report's (a letter's, a submission's) own annex, not a circular's
 * or a decision's form ("Ban hành kèm theo Thông tư …").
 */
const ANNEX = latinLetters(new RegExp(String.raw`^[\s(\[]*(?:(?:phụ lục|phu luc|biểu|bieu)[^()]{0,40}?\s)?(?:kèm theo|kem theo)\s+(?:báo cáo|bao cao|bc|công văn|cong van|cv|tờ trình|to trinh)(?![\p{L}\d])[^()]{0,80}?(?<![\p{L}\d])(?:ngày|ngay)\s+${DAY}`, 'iu'));
/** "Nam Định, ngày 05 tháng 4 năm 2018", "Ngày 05/4/2018": a cell that is a place and its day alone. */
const DATE_LINE = latinLetters(new RegExp(String.raw`^(?:[\p{L}\s.]{1,40},\s*)?(?:ngày|ngay)\s+${DAY}\s*$`, 'iu'));

export interface ReportDate {
  /** YYYY-MM-DD */
  readonly day: string;
  /** index of the row among those given */
  readonly row: number;
  /** index of the cell in that row */
  readonly cell: number;
}

/** The report's own day its lines above the table state (the module's note); null for none, or two that differ. */
export function reportDate(rows: readonly (readonly string[])[]): ReportDate | null {
  const found: ReportDate[] = [];
  rows.forEach((cells, row) => {
    cells.forEach((text, cell) => {
      const t = text.normalize('NFC').trim();
      const m = ANNEX.exec(t) ?? DATE_LINE.exec(t);
      if (m === null) return;
      const [d, month, y] = [Number(m[1]), Number(m[3] ?? m[4]), Number(m[5])];
      if (month < 1 || month > 12 || d < 1 || d > new Date(Date.UTC(y, month, 0)).getUTCDate()) return;
      found.push({ day: `${y}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`, row, cell });
    });
  });
  return found.length > 0 && found.every((f) => f.day === found[0]!.day) ? found[0]! : null;
}

/**
 * Whether a report dated `day` was written within statistics year `year` before it ended (1/10
 * of year − 1 to 29/9 of year): its figures cannot be the whole year's. A day after the year
 * (a year-end report of 10/10/2018) or before it is no such evidence.
 */
export function writtenBeforeYearEnd(day: string, year: number): boolean {
  return day >= `${year - 1}-10-01` && day < `${year}-09-30`;
}
