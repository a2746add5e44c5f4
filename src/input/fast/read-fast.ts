// The fast path: plain UTF-8 files (header on line 1, no quotes, plain or English numbers,
// money in đồng, consistent rows) are summed per office without csv-parse and without a
// BigInt per cell. Anything else — a quote, a title line, a total row, a relation warning, an
// odd cell — makes it give up (null), and the caller reads the file again with the reference
// reader (read-csv.ts), which words every message. test/property/fast-path.test.ts proves
// both paths print the same bytes.
import type { Exact } from '../../domain/exact.js';
import { emptyFigures, type Figures } from '../../domain/figures.js';
import { MEASURES, type Measure } from '../../domain/fields.js';
import { openText } from '../decode.js';
import { knownCellCount } from '../headers.js';
import type { Convention } from '../numbers.js';
import { newFileReport, type FileReport, type ReadOptions } from '../file-report.js';
import { isTotalLabel, measureFromFileName, yearFromFileName } from '../labels.js';
import { readHeader } from '../layout.js';
import { sniffDelimiter } from '../sniff.js';
import { NO_PROGRESS, type Progress } from '../../progress.js';
import { RowRelations } from './pairs.js';

/** Switch and counters for tests and the bench; the reference path is the fallback, never an option. */
export const fastPath = { enabled: true, used: 0, gaveUp: 0 };

/** One office's rows of one file, summed. */
export interface OfficeSums {
  readonly province: string | null;
  readonly district: string;
  readonly year: number | null;
  /** first physical line */
  readonly line: number;
  /** line of its second row, when it has several */
  readonly repeatLine: number | null;
  rows: number;
  /** given figures per measure, as the reference reader's rows would add up */
  readonly figures: Partial<Record<Measure, Figures>>;
}

export interface FastFile {
  readonly report: FileReport;
  /** in order of first appearance */
  readonly offices: OfficeSums[];
}

const SAMPLE_CHARS = 1 << 16;
const MAX_INT_DIGITS = 15;
// Whole đồng spill into a BigInt before a Number could lose a unit.
const SPILL = 2 ** 52;
const CACHE_MAX = 1 << 16;
const MAX_COLUMNS = 512;
const POW = [1000, 100, 10, 1];

class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

interface Accumulator {
  readonly office: Omit<OfficeSums, 'figures' | 'rows' | 'repeatLine'>;
  rows: number;
  repeatLine: number | null;
  readonly hi: Float64Array;
  readonly lo: Float64Array;
  readonly big: bigint[];
  readonly scale: Uint8Array;
}

function nfc(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFC') : text;
}

/** Sums one file on the fast path, or null when the reference reader must do it. */
export async function readFastFile(file: string, opts: ReadOptions, progress: Progress = NO_PROGRESS): Promise<FastFile | null> {
  if (!fastPath.enabled) return null;
  const report = newFileReport(file);
  let chunks: AsyncIterator<string> | null = null;
  const read = { bytes: 0, rows: 0 };
  try {
    const text = await openText(file, opts.encoding);
    report.encoding = text.encoding;
    report.encodingHow = text.how;
    if (text.encoding !== 'utf-8') giveUp();
    chunks = text.chunks[Symbol.asyncIterator]();
    const offices = await sumFile(file, opts, report, chunks, (bytes, rows) => {
      read.bytes += bytes;
      read.rows += rows;
      progress.advance(bytes, rows);
    });
    fastPath.used++;
    return { report, offices };
  } catch {
    // Give-ups and real errors alike: the reference reader reads it again and reports them.
    fastPath.gaveUp++;
    progress.advance(-read.bytes, -read.rows); // the reference reader reads it again
    await chunks?.return?.();
    return null;
  }
}

async function sumFile(file: string, opts: ReadOptions, report: FileReport, chunks: AsyncIterator<string>, advance: (bytes: number, rows: number) => void): Promise<OfficeSums[]> {
  let sample = '';
  let done = false;
  while (sample.length < SAMPLE_CHARS) {
    const next = await chunks.next();
    if (next.done) {
      done = true;
      break;
    }
    sample += next.value;
  }
  if (sample.length === 0 || sample.includes('\u0000') || sample.includes('"')) giveUp();
  if (opts.delimiter) {
    report.delimiter = opts.delimiter;
    report.delimiterHow = '--delimiter';
  } else {
    const sniffed = sniffDelimiter(sample, opts.matcher);
    if (sniffed.knownCells === 0) giveUp();
    report.delimiter = sniffed.delimiter;
    report.delimiterHow = `sniffed: the header row names ${sniffed.knownCells} known columns with it`;
  }
  const delimiter = report.delimiter;

  let convention: Convention | 'plain' | null = opts.numberFormat === 'auto' ? null : opts.numberFormat;
  if (convention) {
    report.numberFormat = convention;
    report.numberFormatWhy = '--number-format';
  }
  const fileYear = yearFromFileName(file);
  let layout: ReturnType<typeof readHeader> | null = null;
  let slots = 0;
  let slotIsCount: boolean[] = [];
  let districtCol = -1;
  let provinceCol = -1;
  let yearCol = -1;
  // district → province ('' for none) → year: the names come from the caches below, so the
  // same string objects recur and hash once, with no key string built per row.
  const accumulators = new Map<string, Map<string, Map<number | null, Accumulator>>>();
  const order: Accumulator[] = [];
  const names = new Map<string, string>();
  const totals = new Map<string, boolean>();
  const rowHi = new Float64Array(64);
  const rowLo = new Float64Array(64);
  const rowScale = new Uint8Array(64);
  let line = 0;

  const cleanName = (raw: string): string => {
    let v = names.get(raw);
    if (v === undefined) {
      if (names.size >= CACHE_MAX) names.clear();
      v = nfc(raw).trim();
      names.set(raw, v);
    }
    return v;
  };
  const isTotal = (district: string): boolean => {
    let v = totals.get(district);
    if (v === undefined) {
      if (totals.size >= CACHE_MAX) totals.clear();
      v = isTotalLabel(district);
      totals.set(district, v);
    }
    return v;
  };

  // The current text and the cells of the current line, as offsets into it (no substrings).
  let text = '';
  const cellStart = new Int32Array(MAX_COLUMNS);
  const cellEnd = new Int32Array(MAX_COLUMNS);
  let cellCount = 0;
  const splitCells = (from: number, to: number): void => {
    let n = 0;
    let p = from;
    while (n < MAX_COLUMNS) {
      let d = text.indexOf(delimiter, p);
      if (d < 0 || d > to) d = to;
      cellStart[n] = p;
      cellEnd[n] = d;
      n++;
      if (d === to) break;
      p = d + 1;
    }
    cellCount = n;
  };
  const cellText = (c: number): string => (c < cellCount ? text.slice(cellStart[c], cellEnd[c]) : '');
  /** raw.trim() === '' of the reference, without a substring for the usual digit. */
  const isBlank = (c: number): boolean => {
    if (c >= cellCount || cellEnd[c] === cellStart[c]) return true;
    const first = text.charCodeAt(cellStart[c]!);
    return first >= 48 && first <= 57 ? false : cellText(c).trim() === '';
  };

  /** Reads cell `c` into slot `j` of rowHi/rowLo/rowScale; gives up on anything but digits[.ddd]. */
  const readFigure = (c: number, j: number): void => {
    const from = c < cellCount ? cellStart[c]! : 0;
    const to = c < cellCount ? cellEnd[c]! : 0;
    let hi = 0;
    let i = from;
    for (; i < to; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      hi = hi * 10 + d;
    }
    const intDigits = i - from;
    if (intDigits > MAX_INT_DIGITS || (intDigits === 0 && to > from)) giveUp();
    rowHi[j] = hi;
    rowLo[j] = 0;
    rowScale[j] = 0;
    if (i === to) return;
    // A decimal: money only, and only where the reference would read it as English.
    if (slotIsCount[j] || text.charCodeAt(i) !== 46 || convention === 'vi') giveUp();
    const fracDigits = to - i - 1;
    if (fracDigits < 1 || fracDigits > 3) giveUp();
    let lo = 0;
    for (let k = i + 1; k < to; k++) {
      const d = text.charCodeAt(k) - 48;
      if (d < 0 || d > 9) giveUp();
      lo = lo * 10 + d;
    }
    if (convention === null) {
      // "1.052" could be 1052 (vi): only the reference reader waits for the file to decide.
      if (intDigits <= 3 && text.charCodeAt(from) !== 48 && fracDigits === 3) giveUp();
      convention = 'en';
      report.numberFormat = 'en';
      report.numberFormatWhy = `cell "${cellText(c)}" at line ${line}, column ${c + 1} can only be read as English, dot decimal (1,234.5)`;
    }
    rowLo[j] = lo * POW[fracDigits]!;
    rowScale[j] = fracDigits;
  };

  /** The year cell: "2019" read without a substring; anything else as the reference does. */
  const yearOf = (c: number): number | null | 'empty' => {
    if (c < cellCount && cellEnd[c]! - cellStart[c]! === 4) {
      const s = cellStart[c]!;
      const d0 = text.charCodeAt(s);
      const d1 = text.charCodeAt(s + 1);
      const d2 = text.charCodeAt(s + 2) - 48;
      const d3 = text.charCodeAt(s + 3) - 48;
      if (((d0 === 49 && d1 === 57) || (d0 === 50 && d1 === 48)) && d2 >= 0 && d2 <= 9 && d3 >= 0 && d3 <= 9) return (d0 - 48) * 1000 + (d1 - 48) * 100 + d2 * 10 + d3;
    }
    const cell = cellText(c).trim();
    if (cell === '') return 'empty';
    return /^(19|20)\d\d$/.test(cell) ? Number(cell) : null;
  };

  /** Per measure: its relation checker and the row slots that feed it. */
  let checks: { relations: RowRelations; slots: number[]; fields: number[] }[] = [];
  let figureCells: Int32Array = new Int32Array(0);

  const readHeaderLine = (from: number, to: number): void => {
    const header = text.slice(from, to).split(delimiter).map(nfc);
    if (header.length > MAX_COLUMNS || knownCellCount(opts.matcher, header) < 2) giveUp();
    const found = readHeader(file, line, header, [], null, measureFromFileName(file), opts, report);
    layout = found;
    if (found.figures.some((f) => f.exponent !== 0) || found.figures.length > rowHi.length) giveUp();
    slots = found.figures.length;
    figureCells = Int32Array.from(found.figures, (f) => f.index);
    checks = report.measures.map((m) => {
      const cols = found.figures.map((f, j) => ({ f, j })).filter(({ f }) => f.measure === m);
      return { relations: new RowRelations(m, cols.map(({ f }) => f.fieldIndex)), slots: cols.map(({ j }) => j), fields: cols.map(({ f }) => f.fieldIndex) };
    });
    slotIsCount = found.figures.map((f) => f.isCount);
    districtCol = found.identity.district ?? giveUp();
    provinceCol = found.identity.province ?? -1;
    yearCol = found.identity.year ?? -1;
  };

  /** One physical line, text[from, to) without its line break. */
  const processLine = (from: number, to: number): void => {
    line++;
    if (!layout) return readHeaderLine(from, to);
    splitCells(from, to);
    let anyNumber = false;
    for (let j = 0; j < slots && !anyNumber; j++) anyNumber = !isBlank(figureCells[j]!);
    if (!anyNumber) {
      report.skippedRows++;
      return;
    }
    const district = cleanName(cellText(districtCol));
    if (district === '' || isTotal(district)) giveUp();
    let year: number | null = fileYear;
    if (yearCol >= 0) {
      const cell = yearOf(yearCol);
      if (cell === null) giveUp();
      if (cell !== 'empty') {
        year = cell;
        if (opts.year !== undefined && year !== opts.year) {
          report.otherYearRows++;
          return;
        }
      } else if (opts.year !== undefined) year = opts.year;
    } else if (opts.year !== undefined) year = opts.year;
    const province = provinceCol >= 0 ? cleanName(cellText(provinceCol)) || null : null;

    for (let j = 0; j < slots; j++) readFigure(figureCells[j]!, j);
    for (const { relations, slots: js, fields } of checks) {
      for (let i = 0; i < js.length; i++) {
        relations.hi[fields[i]!] = rowHi[js[i]!]!;
        relations.lo[fields[i]!] = rowLo[js[i]!]!;
      }
      if (relations.violated()) giveUp();
    }

    let byProvince = accumulators.get(district);
    if (!byProvince) accumulators.set(district, (byProvince = new Map()));
    let byYear = byProvince.get(province ?? '');
    if (!byYear) byProvince.set(province ?? '', (byYear = new Map()));
    let acc = byYear.get(year);
    if (!acc) {
      acc = { office: { province, district, year, line }, rows: 0, repeatLine: null, hi: new Float64Array(slots), lo: new Float64Array(slots), big: new Array<bigint>(slots).fill(0n), scale: new Uint8Array(slots) };
      byYear.set(year, acc);
      order.push(acc);
    }
    if (++acc.rows === 2) acc.repeatLine = line;
    for (let j = 0; j < slots; j++) {
      let hi = acc.hi[j]! + rowHi[j]!;
      if (hi >= SPILL) {
        acc.big[j]! += BigInt(hi);
        hi = 0;
      }
      acc.hi[j] = hi;
      acc.lo[j]! += rowLo[j]!;
      if (rowScale[j]! > acc.scale[j]!) acc.scale[j] = rowScale[j]!;
    }
    report.dataRows++;
  };

  /** Lines of text[0, limit): "\n" and "\r\n" end them; a "\r" anywhere else is left to the reference. */
  const processLines = (limit: number, final: boolean): number => {
    let nextCR = text.indexOf('\r');
    if (nextCR < 0) nextCR = Infinity;
    let start = 0;
    for (;;) {
      let end = text.indexOf('\n', start);
      if (end < 0 || end >= limit) {
        if (!final || start >= limit) return start;
        end = limit;
      }
      let to = end;
      if (nextCR < end) {
        if (nextCR !== end - 1) giveUp();
        to = end - 1;
        nextCR = text.indexOf('\r', end);
        if (nextCR < 0) nextCR = Infinity;
      }
      processLine(start, to);
      start = end + 1;
    }
  };

  let carry = '';
  const feed = (chunk: string, final: boolean): void => {
    if (chunk.includes('"')) giveUp();
    text = carry + chunk;
    const rowsBefore = report.dataRows;
    const used = processLines(text.length, final);
    advance(Buffer.byteLength(chunk), report.dataRows - rowsBefore);
    carry = text.slice(used);
    text = '';
  };
  feed(sample, done);
  if (!done) {
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) feed(next.value, false);
    feed('', true);
  }

  if (!layout || report.dataRows === 0) giveUp();
  if (report.numberFormat === 'undecided' && convention === null) report.numberFormatWhy = 'no cell needed a convention (plain numbers only)';
  return order.map((acc) => officeSums(acc, layout!, report.measures));
}

/** The exact sums: whole đồng and thousandths put together, at the largest scale the rows used. */
/** hi × 1000 + lo stays below 2^53 while hi is below this. */
const SAFE_HI = Math.floor(Number.MAX_SAFE_INTEGER / 1000) - 1;
/** thousandths in one unit of the figure's scale (0 → 1000, 1 → 100, 2 → 10, 3 → 1) */
const THOUSANDTHS_PER_UNIT = [1000, 100, 10, 1];

function officeSums(acc: Accumulator, layout: ReturnType<typeof readHeader>, measures: readonly Measure[]): OfficeSums {
  const figures: Partial<Record<Measure, Figures>> = {};
  for (const m of MEASURES) if (measures.includes(m)) figures[m] = emptyFigures();
  layout.figures.forEach((col, j) => {
    const scale = acc.scale[j]!;
    const hi = acc.hi[j]!;
    const lo = acc.lo[j]!;
    let units: bigint;
    if (acc.big[j] === 0n && hi < SAFE_HI) {
      // Still inside Number's exact range: one BigInt per figure instead of four.
      units = BigInt((hi * 1000 + lo) / THOUSANDTHS_PER_UNIT[scale]!);
    } else {
      const thousandths = (acc.big[j]! + BigInt(hi)) * 1000n + BigInt(lo);
      units = thousandths / 10n ** BigInt(3 - scale);
    }
    const value: Exact = { units, scale };
    figures[col.measure]![col.fieldIndex] = value;
  });
  return { ...acc.office, rows: acc.rows, repeatLine: acc.repeatLine, figures };
}
