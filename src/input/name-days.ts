// A whole day written in a file name otherwise than "dd.mm.yyyy", rewritten as that dotted day,
// so one rule reads every spelling: the office drops it as a sending day (withoutSentDay), and
// the name's year and period are the dotted day's (yearsOfFileName, yearFromFileName).
import { latinLetters } from '../domain/letters.js';
import { foldHeader } from '../domain/names.js';
import { NUMBERED_BY } from './row-labels.js';

const DAY = String.raw`(0?[1-9]|[12]\d|3[01])`;
const MONTH = String.raw`(0?[1-9]|1[0-2])`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const DAY_WORD = String.raw`(?:ngày|ngay|gửi|gui|nộp|nop|ký|ky|lập|lap|xuất|xuat)`;

/** "ngày 05 tháng 10 năm 2019", "ngay_5_thang_10_nam_2019", "05 tháng 10 năm 2019", "5 tháng 10, 2019": a document's own date line. */
const SPELLED = latinLetters(new RegExp(String.raw`(?<![\p{L}\d])${DAY}[\s_.-]*(?:tháng|thang)[\s_.-]*${MONTH}[\s_.,-]*(?:(?:năm|nam)[\s_.-]*)?${YEAR}(?!\d)`, 'giu'));
/** "5 Oct 2019", "05-Oct-2019" (Excel's d-mmm-yyyy), "October 5, 2019". */
const ENGLISH_MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ENGLISH_DAY_FIRST = latinLetters(new RegExp(String.raw`(?<![\p{L}\d])${DAY}[\s_-]*${ENGLISH_MONTH}[\s_,-]*${YEAR}(?!\d)`, 'giu'));
const ENGLISH_MONTH_FIRST = latinLetters(new RegExp(String.raw`(?<![\p{L}\d])${ENGLISH_MONTH}[\s_-]*${DAY}(?:st|nd|rd|th)?[\s_,-]+${YEAR}(?!\d)`, 'giu'));
const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "20191005" (yyyymmdd, document systems' and scanners' compact date), "05102019" (ddmmyyyy): eight digits only where they make a day. */
const COMPACT = latinLetters(new RegExp(String.raw`(?<![\p{L}\d])(?:${YEAR}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])|(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])${YEAR})(?![\p{L}\d])`, 'giu'));
/** "8.10.19", "08-10-19", "08_10_19": a day with a two-digit year (20yy), one mark throughout, not a part of a longer run ("1.2.19.3"). */
const SHORT_YEAR = latinLetters(new RegExp(String.raw`(?<![\p{L}\d]|\d[._-])${DAY}([._-])${MONTH}\2(\d\d)(?![\p{L}\d]|[._-]\d)`, 'giu'));
/**
 * "ngày 081019", "gửi 081019": six digits (ddmmyy) only after a day's word. Alone they are no
 * clear day: an office's or a document's code, an old six-digit postal code, and "081019" is
 * as much yymmdd (19/10/2008) as ddmmyy.
 */
const SIX_DIGITS = latinLetters(new RegExp(String.raw`(?<![\p{L}\d])(${DAY_WORD}[\s_-]*)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(\d\d)(?![\p{L}\d])`, 'giu'));

/** Whether d.m.y is a day of the calendar (no "31.02"). */
function realDay(d: string, m: string, y: string): boolean {
  const [day, month, year] = [Number(d), Number(m), Number(y)];
  return day >= 1 && month >= 1 && month <= 12 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether digits after `before` number an office or a version ("Quận 1.10.19", "v 1.2.19", "Quận 1 tháng 3.2019"): no day. */
export function numbered(before: string): boolean {
  const word = foldHeader(before.replace(/[\s._:-]+$/u, ''));
  return NUMBERED_BY.test(word) || /(?:^| )(?:v|ver|version|phien ban|lan|ban|dot)$/u.test(word);
}

/**
 * A name's whole days, each as "d.m.yyyy" (a mark it was written with kept where it had one):
 * "Mỹ Lộc ngày 05 tháng 10 năm 2019" → "Mỹ Lộc ngày 05.10.2019", "Mỹ Lộc_20191005" → "Mỹ
 * Lộc_05.10.2019", "Mỹ Lộc (08-10-19)" → "Mỹ Lộc (08-10-2019)". A day of no calendar stays.
 */
export function dottedDays(name: string): string {
  const dotted = (whole: string, d: string, m: string, y: string) => (realDay(d, m, y) ? `${d}.${m}.${y}` : whole);
  return name
    // "Quận 1 tháng 3.2019", "khu vực 2 tháng 3 năm 2026": the office's number and a month's report, no day
    .replace(SPELLED, (w, d: string, m: string, y: string, at: number, all: string) => (numbered(all.slice(0, at)) ? w : dotted(w, d, m, y)))
    .replace(ENGLISH_DAY_FIRST, (w, d: string, m: string, y: string) => dotted(w, d, String(ENGLISH_MONTHS.indexOf(m.slice(0, 3).toLowerCase()) + 1), y))
    .replace(ENGLISH_MONTH_FIRST, (w, m: string, d: string, y: string) => dotted(w, d, String(ENGLISH_MONTHS.indexOf(m.slice(0, 3).toLowerCase()) + 1), y))
    .replace(COMPACT, (w, y1?: string, m1?: string, d1?: string, d2?: string, m2?: string, y2?: string) => (y1 !== undefined ? dotted(w, d1!, m1!, y1) : dotted(w, d2!, m2!, y2!)))
    .replace(SHORT_YEAR, (w, d: string, mark: string, m: string, yy: string, at: number, all: string) =>
      !numbered(all.slice(0, at)) && realDay(d, m, `20${yy}`) ? `${d}${mark}${m}${mark}20${yy}` : w)
    .replace(SIX_DIGITS, (w, word: string, d: string, m: string, yy: string) => (realDay(d, m, `20${yy}`) ? `${word}${d}.${m}.20${yy}` : w));
}

/**
 * A day and month without a year ("Mỹ Lộc 08.10", "Mỹ Lộc (8.10)", "ngay 8-10", "ngày 8 tháng 10"): a sending day,
 * no office's. Dotted, or after "ngày" with "-" or "_" ("10-12" alone is October to December);
 * not after a word that numbers an office or a version ("Tổ 1.2", "v 1.2").
 */
const YEARLESS_DAY = latinLetters(new RegExp(String.raw`[([]?\s*(?<![\p{L}\d]|\d[._-])(?:(${DAY_WORD}[\s_-]*)(?:${DAY}(?:[._-]|[\s_.-]*(?:tháng|thang)[\s_.-]*)${MONTH})|${DAY}\.${MONTH})(?![\p{L}\d]|[._-]\d)\s*[)\]]?`, 'giu'));
/** A bound's word before a day, or a range's dash and day after it ("10.8 - 31.8"): "(số liệu đến 31.8)" is a part of a year, kept in sight. */
const BOUND_WORD = latinLetters(/(?<![\p{L}\d])(?:từ|tu|đến|den|hết|het|from|to)[\s_]*(?:(?:ngày|ngay)[\s_]*)?$|\d[._-]\d{1,2}[\s_]*[-–—][\s_]*$/iu);
const RANGE_ON = /^[\s_]*(?:[-–—]|đến|den|to)[\s_]*\d{1,2}[._-]\d{1,2}(?!\d)/iu;
export function withoutYearlessDay(name: string): string {
  return name.replace(YEARLESS_DAY, (w: string, word: string | undefined, d1: string | undefined, m1: string | undefined, d2: string | undefined, m2: string | undefined, at: number, all: string) => {
    const before = all.slice(0, at + w.search(/[\p{L}\d]/u));
    if (BOUND_WORD.test(before) || RANGE_ON.test(all.slice(at + w.length))) return w;
    return (word !== undefined || !numbered(before)) && realDay(d1 ?? d2!, m1 ?? m2!, '2024') ? ' ' : w;
  });
}
