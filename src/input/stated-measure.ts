// What a file says of its measure outside its headers' own words — its title, its unit line, a
// group cell over plain headers ("Việc"), its name — and the refusals where two of them disagree
// (MEASURE_CONFLICT): plain headers ("Có điều kiện") read from one would be a guess, and cases
// and money differ by a million (a form copied from its pair with only its title fixed).
import type { Measure } from '../domain/fields.js';
import { foldHeader } from '../domain/names.js';
import { ThadsError } from '../errors.js';
import type { FileReport } from './file-report.js';
import type { UnitLineAt } from './layout.js';
import { MONEY_UNIT_NAMES } from './units.js';

/** What a file says of its measure outside its headers: which, where ("title (line 1)"), and in words for a message. */
export interface StatedMeasure {
  readonly measure: Measure;
  readonly from: string;
  readonly says: string;
  readonly line?: number;
  readonly column?: number;
  /** said by a unit line ("Đơn vị tính: nghìn đồng"): the unit of money columns, if the file has some */
  readonly unitLine?: true;
  /** said by a unit line of cases only ("Đơn vị tính: việc"): the unit of cases columns, if the file has some */
  readonly casesLine?: true;
  /** what it says, for a message naming two that disagree: 'the unit line (line 2) counts cases ("Đơn vị tính: việc")' */
  readonly claim: string;
}

/**
 * A title's words for its measure: "TÍNH BẰNG TIỀN", "TÍNH THEO SỐ TIỀN", "(PHẦN TIỀN)", "… VỀ
 * TIỀN NĂM 2019"; "VỀ VIỆC VÀ VỀ TIỀN", "TÍNH BẰNG VIỆC VÀ TIỀN" name both. "Về"/"phần" words
 * count inside a sentence only — a group cell "Về tiền" over its columns is a header's, read
 * there — and "về việc" only before a year, a period or "và" ("về việc thực hiện …" is "re:").
 */
/**
 * "tính bằng tiền", "về việc", "phần tiền" (folded); a second measure after it names both: "VIỆC
 * VÀ TIỀN", "VIỆC VÀ BẰNG TIỀN", "VIỆC/TIỀN", "VIỆC, TIỀN" (folding leaves "/" and "," a space).
 */
const MEASURE_WORDS = /(?<=^|[a-z0-9] )(tinh bang|tinh theo so|ve|phan) (viec|tien)(?:(?: va)? (?:(?:ve|phan|so|bang) )?(viec|tien))?(?= |$)/g;
const AFTER_VE = /^(?:$| (?:va|nam|tu|den|cua|tai|thang|quy|toan|\d+)\b)/;
const WORDING: Record<string, string> = { 'tinh bang': 'tính bằng', 'tinh theo so': 'tính theo số', ve: 'về', phan: 'phần', viec: 'việc', tien: 'tiền' };
const MEASURE_OF: Record<string, Measure> = { viec: 'cases', tien: 'money' };

function titleMeasureWords(cell: string): { measure: Measure; words: string }[] {
  const text = foldHeader(cell);
  const out: { measure: Measure; words: string }[] = [];
  for (const m of text.matchAll(MEASURE_WORDS)) {
    const [, marker, first, second] = m as unknown as [string, string, string, string | undefined];
    if (marker !== 'tinh bang' && m.index === 0) continue;
    if (marker === 've' && !AFTER_VE.test(text.slice(m.index + m[0].length))) continue;
    out.push({ measure: MEASURE_OF[first]!, words: `${WORDING[marker]} ${WORDING[first]}` });
    if (second !== undefined) out.push({ measure: MEASURE_OF[second]!, words: `${WORDING[marker]} ${WORDING[second]}` });
  }
  return out;
}

/** The statements of a title and its unit lines, and whether one of them names both measures. */
export interface MeasureStatements {
  /** the one measure they all state, else null */
  readonly one: StatedMeasure | null;
  readonly all: readonly StatedMeasure[];
  /** a form of both: "VỀ VIỆC VÀ VỀ TIỀN", "Đơn vị tính: Việc; 1.000 đồng" */
  readonly both: boolean;
}

const MEASURE_NAME: Record<Measure, string> = { cases: 'cases', money: 'money' };

/**
 * The measure of a form that counts one only, as its title or unit line says: Biểu 08 "KẾT
 * QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN" over "Có điều kiện", "Đơn vị tính: 1.000 đồng" (no
 * "Việc" beside it), "Đơn vị tính: việc". A title or unit line naming both: a form of both.
 */
export function measureStatements(rowsAbove: readonly { readonly cells: readonly string[]; readonly line: number }[], unitLines: readonly UnitLineAt[]): MeasureStatements {
  const all: StatedMeasure[] = [];
  let both = false;
  for (const row of rowsAbove) {
    const from = `title (line ${row.line})`;
    row.cells.forEach((cell, i) => {
      const words = titleMeasureWords(cell);
      if (new Set(words.map((w) => w.measure)).size > 1) both = true;
      for (const { measure, words: w } of words) all.push({ measure, from, says: `the ${from} says "${w}"`, claim: `the ${from} says the figures are ${MEASURE_NAME[measure]} ("${w}")`, line: row.line, column: i + 1 });
    });
  }
  const titles = all.length;
  let unitBoth = false;
  const unitStated: StatedMeasure[] = [];
  for (const u of unitLines) {
    const from = `unit line (line ${u.line})`;
    if ('cases' in u) unitStated.push({ measure: 'cases', from, says: `the ${from} counts cases`, claim: `the ${from} counts cases ("${u.cases}")`, line: u.line, column: u.column, casesLine: true });
    if (!('unit' in u)) continue;
    // "Đơn vị tính: Việc; 1.000 đồng" names both (the shared form); "Đơn vị tính: 1.000 đồng" money only.
    if (/vi[eệ]c/iu.test(u.text)) unitBoth = true;
    unitStated.push({ measure: 'money', from, says: `the ${from} gives money in ${u.unit}`, claim: `the ${from} gives money in ${MONEY_UNIT_NAMES[u.unit].vi} ("${u.text}")`, line: u.line, column: u.column, unitLine: true });
  }
  // The shared form's unit line ("Đơn vị tính: việc; nghìn đồng") under a title of one measure
  // ("… TÍNH BẰNG TIỀN"): the title says which the table counts, the unit line only the units
  // (traps19 5: refused MEASURE_UNKNOWN, or MEASURE_CONFLICT under "TÍNH BẰNG VIỆC").
  const titleMeasures = new Set(all.slice(0, titles).map((s) => s.measure));
  if (unitBoth && !both && titleMeasures.size === 1) return { one: all[titles - 1]!, all: all.slice(0, titles), both: false };
  if (unitBoth) both = true;
  all.push(...unitStated);
  const measures = new Set(all.map((s) => s.measure));
  // the last said stands for them in messages (a unit line after the title)
  const one = !both && measures.size === 1 ? all[all.length - 1]! : null;
  return { one, all, both };
}

/**
 * Two statements of one form's measure that disagree — the title "TÍNH BẰNG TIỀN" over "Đơn vị
 * tính: việc", a group cell "Việc" under "Đơn vị tính: nghìn đồng" — where plain headers would
 * be read from one of them: refused at the later one, never one of them picked. `groups`: the
 * group cells that gave plain headers their measure, when the group row names one measure only
 * (a row "Về việc | Về tiền" is a form of both). A money unit line beside money headers of their
 * own ("Tiền có điều kiện") is their unit and says nothing of the plain ones.
 */
export function checkStatedMeasures(file: string, report: FileReport, stated: MeasureStatements, groups: readonly StatedMeasure[]): void {
  if (stated.both || !report.columns.some((c) => c.measureFrom !== undefined && c.measureFrom !== 'header' && c.measureFrom !== '--measure')) return;
  const ownMoney = report.columns.some((c) => c.measure === 'money' && c.measureFrom === 'header');
  // "Đơn vị tính: việc" over "Về việc | Về tiền (nghìn đồng)": the unit of the cases its header or
  // group cells name, saying nothing of the money beside them; over money alone it contradicts.
  const ownCases = report.columns.some((c) => c.measure === 'cases' && (c.measureFrom === 'header' || c.measureFrom?.startsWith('group cell ') === true));
  const conflict = measureConflict(file, [...stated.all, ...groups].filter((s) => !(s.unitLine && ownMoney) && !(s.casesLine && ownCases)));
  if (conflict) throw conflict;
}

/** The first two statements, in the file's order, that disagree: the refusal, else null. */
export function measureConflict(file: string, statements: readonly StatedMeasure[]): ThadsError | null {
  const sorted = [...statements].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const first = sorted[0];
  const other = first && sorted.find((s) => s.measure !== first.measure);
  if (!first || !other) return null;
  return new ThadsError(
    'MEASURE_CONFLICT',
    `${first.claim}, but ${other.claim}: thads cannot tell which the figures are`,
    { file, ...(other.line !== undefined ? { line: other.line } : {}), ...(other.column !== undefined ? { column: other.column } : {}) },
    'correct the title, unit line or group cell that is wrong (a form copied from its pair), or pass --measure cases|money with the one the figures count',
  );
}

/**
 * The file name's measure ("…-viec-2019.csv") read into plain headers is refused where the
 * title or a unit line of money only says the other ("TÍNH BẰNG TIỀN", "Đơn vị tính: nghìn
 * đồng"): two forms saved under each other's names would have their cases and money exchanged,
 * as a title's year against the name's is refused (YEAR_CONFLICT). Which is right, the user says.
 */
export function checkNameMeasure(file: string, report: FileReport, stated: StatedMeasure | null): void {
  const named = report.columns.find((c) => c.measureFrom === 'file name');
  if (!named || !stated || stated.measure === named.measure) return;
  // "Đơn vị tính: nghìn đồng" over "Tiền có điều kiện" beside plain "Có điều kiện" of a
  // "…-viec-….csv": the unit of the money its headers name, which leaves the plain ones to the name.
  if (stated.unitLine && report.columns.some((c) => c.measure === stated.measure)) return;
  throw new ThadsError(
    'MEASURE_CONFLICT',
    `the file name says the file counts ${named.measure}, but ${stated.says}: plain headers ("${named.header.replace(/\s+/g, ' ').trim()}") would be read as ${named.measure}`,
    { file, ...(stated.line !== undefined ? { line: stated.line } : {}), ...(stated.column !== undefined ? { column: stated.column } : {}) },
  );
}

/**
 * A tab named for one measure ("Việc") over plain headers its title or unit line reads as the
 * other ("TÍNH BẰNG TIỀN", "Đơn vị tính: nghìn đồng"): a form copied from its pair with one of
 * them left unfixed — refused as the file name's is (checkNameMeasure), never one of them picked.
 */
export function checkSheetMeasure(file: string, report: FileReport, named: Measure, stated: StatedMeasure | null): void {
  if (!stated || stated.measure === named) return;
  const plain = report.columns.find((c) => c.measureFrom === stated.from);
  if (!plain) return;
  throw new ThadsError(
    'MEASURE_CONFLICT',
    `the sheet's name ${JSON.stringify(report.sheet?.name ?? '')} says it counts ${named}, but ${stated.says}: plain headers ("${plain.header.replace(/\s+/g, ' ').trim()}") would be read as ${stated.measure}`,
    { file, ...(stated.line !== undefined ? { line: stated.line } : {}), ...(stated.column !== undefined ? { column: stated.column } : {}) },
    'correct the title or unit line, or rename the sheet (Việc or Tiền), whichever is wrong; or pass --measure cases|money with the one it counts',
  );
}
