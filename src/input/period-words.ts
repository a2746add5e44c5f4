// A cell written, whole, in the words of a part of the statistics year: the way a 2026 year-end
// report splits an office's year over two rows at 1/7/2026, when TT 05/2026 and the Law on
// Civil Judgment Enforcement 106/2025/QH15 took effect — "Trước 1/7" / "Sau 1/7", "Đến 30/6" /
// "Từ 1/7 đến 30/9", "Quý IV/2025-Quý II/2026" / "Quý III/2026", "Luật THADS 2008" / "Luật
// THADS 2025", "Mẫu 04 (TT05/2024)" / "Mẫu 04 (TT05/2026)", "Cả năm" / "Riêng quý III". The
// wordings are many (traps37 1–3: each close variant of a refused one was summed, exit 0), so
// they are read by what they hold — a day, a quarter, a count of months, a law's or a circular's
// number or year, the old or the new form — in words that say nothing else. A remark ("Hoãn 3
// tháng", "Nghỉ từ 1/7"), a kind of case ("Dân sự", "Hình sự"), a court or a person holds
// other words: no part (period-column.ts sums such rows as before).

/** Lower case, without tone marks, "đ" as "d"; punctuation kept ("1/7" stays a day). */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase().replace(/\s+/gu, ' ').trim();
}

const YEAR = String.raw`(?:19|20)\d\d`;
const ROMAN = String.raw`(?:iv|i{1,3}|[1-4])`;
/**
 * What a part of a year is written with, each taken off as a word of its kind (in this order: a
 * law's number before a day's digits, a quarter before a year): "106/2025/QH15" (law), "TT
 * 05/2026", "05/2024/TT-BTP" (circular), "04/TK-THA" (form), "01/7/2026", "1/7" (day), "Quý I,
 * II/2026", "Q3/2026" ("Q3" alone may be Quận 3: only with its year), "05/2024", "26/2008"
 * (numyear: a form's or a law's number), "3 tháng", "tháng 7" (months), "2008" (year).
 */
const KINDS: readonly (readonly [RegExp, string])[] = [
  [new RegExp(String.raw`\d{1,3} ?\/ ?${YEAR} ?\/ ?qh ?\d{1,2}`, 'g'), 'law'],
  [new RegExp(String.raw`(?<![a-z\d])(?:tt|thong tu) ?(?:so ?)?\d{1,3} ?[-./] ?${YEAR}(?: ?\/ ?tt ?-? ?btp)?(?!\d)`, 'g'), 'circular'],
  [new RegExp(String.raw`\d{1,3} ?\/ ?${YEAR} ?\/ ?tt ?-? ?btp`, 'g'), 'circular'],
  [/\d{1,3} ?\/ ?tk ?- ?tha/g, 'form'],
  [new RegExp(String.raw`(?<![\d/.])\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?${YEAR}(?!\d)`, 'g'), 'day'],
  [new RegExp(String.raw`(?<![a-z])quy ${ROMAN}(?: ?(?:,|va|&) ?(?:quy )?${ROMAN})*(?: ?\/ ?${YEAR})?(?![a-z\d])`, 'g'), 'quarter'],
  [new RegExp(String.raw`(?<![a-z\d])q[1-4] ?\/ ?${YEAR}(?!\d)`, 'g'), 'quarter'],
  [new RegExp(String.raw`(?<![\d/.])\d{1,3} ?[/-] ?${YEAR}(?!\d)`, 'g'), 'numyear'],
  [/(?<![\d/.])\d{1,2} ?\/ ?\d{1,2}(?![\d/])/g, 'day'],
  [/(?<![\d/.])\d{1,2} ?thang(?![a-z])|(?<![a-z])thang \d{1,2}(?: ?- ?\d{1,2})?(?![\d/])/g, 'months'],
  [new RegExp(String.raw`(?<!\d)${YEAR}(?!\d)`, 'g'), 'year'],
];
/** Kinds that alone tell a part of the year. */
const PART_KINDS = new Set(['law', 'circular', 'day', 'quarter', 'months']);
/** Words naming a law's or a form's regime: with a year, a number or "cũ"/"mới", a part of the year ("Luật 2008", "Mẫu 05/2024", "04/TK-THA cũ"). */
const REGIME_WORDS = new Set(['luat', 'mau', 'bieu', 'form', 'che']);
const REGIME_MARKS = new Set(['year', 'numyear', 'cu', 'moi']);
/** A form's number may follow these: "Mẫu 04", "Biểu số 01". */
const NUMBERED_BY = new Set(['mau', 'bieu', 'so']);
/**
 * The only other words such a cell holds: the figures' ("số liệu", "riêng", "trong đó", "cả
 * năm"), a side of a day ("trước", "sau", "từ", "đến hết ngày", "khi … có hiệu lực"), a law's or
 * a form's ("Luật Thi hành án dân sự", "THADS", "sửa đổi, bổ sung", "Thông tư", "Mẫu", "Biểu",
 * "cũ", "mới", "ban hành kèm theo", "chế độ báo cáo thống kê").
 */
const WORDS = new Set(
  ('so lieu sl theo ap dung cua trong do rieng canam nam quy thang ngay tu ke den het truoc sau khi ' +
    'luat thads tha sua doi bo sung tt thong btp mau bieu cu moi co hieu luc va che bao cao dau cuoi').split(' '),
);
/**
 * The words such a cell may open with: after an office's name, the mark begins there ("Vụ Bản
 * theo 05/2026/TT-BTP" is "Vụ Bản" and its mark, not "Vụ" and "Bản …"; "Lục Nam - Luật 2008").
 */
const HEADS = new Set(
  'truoc sau tu ke den tinh theo ap so sl rieng trong canam quy thang luat mau bieu tt thong che law circular form day quarter numyear months'.split(' '),
);
/** Phrases read as one word: "Luật Thi hành án dân sự 2008", "Cả năm", "(Ban hành kèm theo) TT 05/2026". */
const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/(?<![a-z])thi hanh an dan su(?![a-z])/g, ' thads '],
  [/(?<![a-z])ca nam(?![a-z])/g, ' canam '],
  [/(?<![a-z])ban hanh kem theo(?![a-z])/g, ' theo '],
];

/**
 * The words of a cell that, whole, marks a part of the statistics year (the module's note), as
 * the kinds and words it holds ("Trước 1/7" → "truoc day"); null for any other cell.
 */
function partWords(text: string): string[] | null {
  if (text.length > 80) return null;
  let rest = fold(text);
  if (!/\d|luat|moi|cu|quy/.test(rest)) return null;
  for (const [pattern, kind] of [...PHRASES, ...KINDS]) rest = rest.replace(pattern, ` ${kind} `);
  const words = rest.split(/[^a-z0-9]+/).filter((w) => w !== '');
  if (!HEADS.has(words[0] ?? '')) return null;
  const known = words.every((w, i) => WORDS.has(w) || PART_KINDS.has(w) || REGIME_MARKS.has(w) || w === 'form' || (/^\d{1,2}$/.test(w) && NUMBERED_BY.has(words[i - 1] ?? '')));
  if (!known) return null;
  const regime = words.some((w) => REGIME_WORDS.has(w)) && words.some((w) => REGIME_MARKS.has(w));
  return regime || words.some((w) => PART_KINDS.has(w)) ? words : null;
}

/** "Trước 1/7", "Sau 01/7", "Từ 1/7", "Đến 30/6", "Đến hết ngày 30/6" (folded): a side of a day of no year written. */
const SIDE = /^(?:(?:so lieu|sl|rieng|trong do:?) )?(truoc|ke tu|tu|sau|(?:tinh )?den(?: het)?) (?:ngay )?(\d{1,2}) ?[/.] ?(\d{1,2})$/;
/** "Từ 1/7 đến 30/9", "1/7 - 30/9" (folded): a span of days of no year written. */
const SPAN = /^(?:(?:so lieu|sl|rieng|trong do:?) )?(?:tu )?(?:ngay )?(\d{1,2}) ?[/.] ?(\d{1,2}) ?(?:-|–|—|den(?: het)?(?: ngay)?) ?(\d{1,2}) ?[/.] ?(\d{1,2})$/;
const md = (m: string, d: string) => `${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
const SIDES: Record<string, string> = { truoc: 'before', tu: 'from', 'ke tu': 'from', sau: 'after' };

/**
 * The part of the year a cell written in its words marks (the module's note), as period-column.ts
 * partOfYear gives it: `split` what the parts divide, `part` which one the cell holds. A side of
 * a day of no year ("Trước 1/7", "Từ 1/7") is split at that day ("day --07-01", as group-span.ts
 * sideOfDay's "day 2026-07-01"): two people's "Từ 1/3" and "Đến 30/6" on an enforcer's form say
 * when each came or left, no parts of one split. Any other such cell is its own words (`written`):
 * two that differ on one office's rows are two parts of its year. Null for any other cell.
 */
export function writtenPartOfYear(text: string): { readonly split: string; readonly part: string } | null {
  const folded = fold(text);
  const side = SIDE.exec(folded);
  if (side !== null) return { split: `day --${md(side[3]!, side[2]!)}`, part: SIDES[side[1]!] ?? 'until' };
  const span = SPAN.exec(folded);
  if (span !== null) return { split: 'span', part: `${md(span[2]!, span[1]!)} ${md(span[4]!, span[3]!)}` };
  const words = partWords(text);
  return words === null ? null : { split: 'written', part: folded.replace(/[^a-z0-9/]+/g, ' ').trim() };
}

/**
 * A header naming the part of the year its cells give the rows: "Tháng" ("10-6" / "7-9"), "Quý",
 * "Đợt" (1 / 2), "Giai đoạn", "Kỳ", "Thời gian" (folded). One office's rows that differ there
 * are its year in parts (traps37 2: m73, m77 summed, exit 0).
 */
const PART_HEADER = /^(?:thang|quy|dot|giai doan|gd|ky|ki|thoi ky|thoi gian|thoi diem)(?: (?:thong ke|so lieu|bao cao))?$/;

/** Whether a header (folded, foldHeader) names the part of the year its cells give the rows (PART_HEADER). */
export function namesPartColumn(foldedHeader: string): boolean {
  return PART_HEADER.test(foldedHeader);
}
