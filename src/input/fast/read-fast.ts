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
import { isTotalLabel, measureFromFileName, newFileReport, readHeader, yearFromFileName, type FileReport, type ReadOptions } from '../read-csv.js';
import { sniffDelimiter } from '../sniff.js';
import { emptyPairs, violatesRelations, type PairFigures } from './pairs.js';

/** Switch and counters for tests and the bench; the reference path is the fallback, never an option. */
export const fastPath = { enabled: true, used: 0, gaveUp: 0 };

/** One office's rows of one file, summed. */
export interface OfficeSums {
  readonly province: string | null;
  readonly district: string;
  readonly year: number | null;
  /** first physical line */
  readonly line: number;
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
const POW = [1000, 100, 10, 1];

class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

interface Accumulator {
  readonly office: Omit<OfficeSums, 'figures' | 'rows'>;
  rows: number;
  readonly hi: Float64Array;
  readonly lo: Float64Array;
  readonly big: bigint[];
  readonly scale: Uint8Array;
}

function nfc(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFC') : text;
}

/** Sums one file on the fast path, or null when the reference reader must do it. */
export async function readFastFile(file: string, opts: ReadOptions): Promise<FastFile | null> {
  if (!fastPath.enabled) return null;
  const report = newFileReport(file);
  let chunks: AsyncIterator<string> | null = null;
  try {
    const text = await openText(file, opts.encoding);
    report.encoding = text.encoding;
    report.encodingHow = text.how;
    if (text.encoding !== 'utf-8') giveUp();
    chunks = text.chunks[Symbol.asyncIterator]();
    const offices = await sumFile(file, opts, report, chunks);
    fastPath.used++;
    return { report, offices };
  } catch {
    // Give-ups and real errors alike: the reference reader reads it again and reports them.
    fastPath.gaveUp++;
    await chunks?.return?.();
    return null;
  }
}

async function sumFile(file: string, opts: ReadOptions, report: FileReport, chunks: AsyncIterator<string>): Promise<OfficeSums[]> {
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
  const accumulators = new Map<string, Accumulator>();
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

  /** Reads cell `j` into rowHi/rowLo/rowScale; gives up on anything but digits[.ddd]. */
  const readFigure = (raw: string, j: number, column: number): void => {
    const n = raw.length;
    let hi = 0;
    let i = 0;
    for (; i < n; i++) {
      const c = raw.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      hi = hi * 10 + c;
    }
    if (i > MAX_INT_DIGITS || (i === 0 && n > 0)) giveUp();
    rowHi[j] = hi;
    rowLo[j] = 0;
    rowScale[j] = 0;
    if (i === n) return;
    // A decimal: money only, and only where the reference would read it as English.
    if (slotIsCount[j] || raw.charCodeAt(i) !== 46 || convention === 'vi') giveUp();
    const fracDigits = n - i - 1;
    if (fracDigits < 1 || fracDigits > 3) giveUp();
    let lo = 0;
    for (let k = i + 1; k < n; k++) {
      const c = raw.charCodeAt(k) - 48;
      if (c < 0 || c > 9) giveUp();
      lo = lo * 10 + c;
    }
    if (convention === null) {
      // "1.052" could be 1052 (vi): only the reference reader waits for the file to decide.
      if (i <= 3 && raw.charCodeAt(0) !== 48 && fracDigits === 3) giveUp();
      convention = 'en';
      report.numberFormat = 'en';
      report.numberFormatWhy = `cell "${raw}" at line ${line}, column ${column} can only be read as English (1,234.5)`;
    }
    rowLo[j] = lo * POW[fracDigits]!;
    rowScale[j] = fracDigits;
  };

  const pairsOf = (measure: Measure): PairFigures => {
    const out = emptyPairs();
    layout!.figures.forEach((col, j) => {
      if (col.measure === measure) out[col.fieldIndex] = { hi: rowHi[j]!, lo: rowLo[j]! };
    });
    return out;
  };

  const processLine = (text: string): void => {
    line++;
    if (text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1);
    if (text.includes('\r')) giveUp();
    const cells = text.split(delimiter);
    if (!layout) {
      const header = cells.map(nfc);
      if (knownCellCount(opts.matcher, header) < 2) giveUp();
      layout = readHeader(file, line, header, null, null, measureFromFileName(file), opts, report);
      if (layout.figures.some((f) => f.exponent !== 0) || layout.figures.length > rowHi.length) giveUp();
      slots = layout.figures.length;
      slotIsCount = layout.figures.map((f) => f.isCount);
      districtCol = layout.identity.district ?? giveUp();
      provinceCol = layout.identity.province ?? -1;
      yearCol = layout.identity.year ?? -1;
      return;
    }
    const figures = layout.figures;
    let anyNumber = false;
    for (let j = 0; j < slots; j++) {
      const raw = cells[figures[j]!.index];
      if (raw !== undefined && raw.length > 0 && raw.trim() !== '') {
        anyNumber = true;
        break;
      }
    }
    if (!anyNumber) {
      report.skippedRows++;
      return;
    }
    const district = cleanName(cells[districtCol] ?? '');
    if (district === '' || isTotal(district)) giveUp();
    let year: number | null = fileYear;
    if (yearCol >= 0) {
      const yearCell = (cells[yearCol] ?? '').trim();
      if (yearCell !== '') {
        if (!/^(19|20)\d\d$/.test(yearCell)) giveUp();
        year = Number(yearCell);
        if (opts.year !== undefined && year !== opts.year) {
          report.otherYearRows++;
          return;
        }
      } else if (opts.year !== undefined) year = opts.year;
    } else if (opts.year !== undefined) year = opts.year;
    const province = provinceCol >= 0 ? cleanName(cells[provinceCol] ?? '') || null : null;

    for (let j = 0; j < slots; j++) readFigure(cells[figures[j]!.index] ?? '', j, figures[j]!.index + 1);
    for (const m of report.measures) if (violatesRelations(pairsOf(m), m)) giveUp();

    const key = `${province ?? ''}\u0000${district}\u0000${year ?? ''}`;
    let acc = accumulators.get(key);
    if (!acc) {
      acc = { office: { province, district, year, line }, rows: 0, hi: new Float64Array(slots), lo: new Float64Array(slots), big: new Array<bigint>(slots).fill(0n), scale: new Uint8Array(slots) };
      accumulators.set(key, acc);
      order.push(acc);
    }
    acc.rows++;
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

  let carry = '';
  const feed = (chunk: string): void => {
    if (chunk.includes('"')) giveUp();
    let text = carry + chunk;
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      processLine(text.slice(start, end));
      start = end + 1;
    }
    carry = text.slice(start);
    text = '';
  };
  feed(sample);
  if (!done) for (let next = await chunks.next(); !next.done; next = await chunks.next()) feed(next.value);
  if (carry !== '') processLine(carry);

  if (!layout || report.dataRows === 0) giveUp();
  if (report.numberFormat === 'undecided' && convention === null) report.numberFormatWhy = 'no cell needed a convention (plain numbers only)';
  return order.map((acc) => officeSums(acc, layout!, report.measures));
}

/** The exact sums: whole đồng and thousandths put together, at the largest scale the rows used. */
function officeSums(acc: Accumulator, layout: ReturnType<typeof readHeader>, measures: readonly Measure[]): OfficeSums {
  const figures: Partial<Record<Measure, Figures>> = {};
  for (const m of MEASURES) if (measures.includes(m)) figures[m] = emptyFigures();
  layout.figures.forEach((col, j) => {
    const thousandths = (acc.big[j]! + BigInt(acc.hi[j]!)) * 1000n + BigInt(acc.lo[j]!);
    const scale = acc.scale[j]!;
    const value: Exact = { units: thousandths / 10n ** BigInt(3 - scale), scale };
    figures[col.measure]![col.fieldIndex] = value;
  });
  return { ...acc.office, rows: acc.rows, figures };
}
