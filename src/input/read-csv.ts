// One file → office rows, streamed: decode → sniff → csv-parse → header → exact numbers.
// Every row carries its file and physical line; every decision is written into a FileReport
// (what `thads inspect` prints), so nothing is guessed silently.
import { basename, extname } from 'node:path';
import { CsvError, parse } from 'csv-parse';
import { shift, type Exact } from '../domain/exact.js';
import { emptyFigures, type Figures } from '../domain/figures.js';
import { FIELDS, F, MEASURES, type FieldKey, type IdentityKey, type Measure } from '../domain/fields.js';
import { foldHeader } from '../domain/names.js';
import type { OfficeRow } from '../domain/aggregate.js';
import { ThadsError, finding, type Finding } from '../errors.js';
import { openText, type EncodingName } from './decode.js';
import type { HeaderMatcher, ColumnRole } from './headers.js';
import { candidates, describeInvalid, readCell, readPlainCell, type Candidates, type Convention, type NumberFormat } from './numbers.js';
import { sniffDelimiter, type Delimiter } from './sniff.js';
import { parseUnitLine, UNIT_EXPONENT, type MoneyUnit } from './units.js';

export interface ReadOptions {
  readonly matcher: HeaderMatcher;
  readonly numberFormat: NumberFormat;
  readonly encoding?: EncodingName;
  readonly delimiter?: Delimiter;
  /** --money-unit or the config: wins over what the file says */
  readonly moneyUnit?: { readonly unit: MoneyUnit; readonly source: string };
  readonly measure?: Measure;
  /** --year: the year of files without a year column, the filter for files with one */
  readonly year?: number;
  /** check mode: row-level errors (bad numbers, missing names) are handed here and the row is
   * skipped, so one run reports every bad cell instead of stopping at the first */
  readonly onRowError?: (err: ThadsError) => void;
}

export interface ColumnInfo {
  /** 1-based, as in messages */
  readonly column: number;
  readonly header: string;
  readonly role: ColumnRole;
  /** for figure columns: the measure after group rows, --measure and the file name */
  readonly measure: Measure | null;
  readonly measureFrom?: string;
  readonly unit?: MoneyUnit;
}

export interface FileReport {
  file: string;
  encoding: EncodingName;
  encodingHow: string;
  delimiter: Delimiter;
  delimiterHow: string;
  headerLine: number;
  /** the group row of a two-row header ("Về việc" / "Về tiền" above the labels), 0 if none */
  groupRowLine: number;
  columns: ColumnInfo[];
  measures: Measure[];
  numberFormat: Convention | 'plain' | 'undecided';
  numberFormatWhy: string;
  moneyUnit: MoneyUnit;
  moneyUnitFrom: string;
  yearFrom: string;
  dataRows: number;
  totalRows: number;
  skippedRows: number;
  otherYearRows: number;
  findings: Finding[];
}

export interface FileRow {
  readonly kind: 'data' | 'total';
  readonly row: OfficeRow;
}

const TOTAL_LABELS = ['tong cong', 'tong so', 'cong', 'toan tinh', 'toan quoc', 'total', 'grand total', 'tong', 'tong cong toan tinh', 'cong toan tinh'];
const SAMPLE_CHARS = 1 << 16;

/** Rows that add up a section of offices ("II. Các Chi cục", "Khối Chi cục") rather than report one. */
const SECTION_PREFIXES = ['cac chi cuc', 'cac phong thads', 'cac don vi', 'khoi ', 'cong khoi', 'tong khoi', 'cong cac', 'tong cac'];

export function isTotalLabel(text: string): boolean {
  const f = foldHeader(text).replace(/^[ivx]+ /, '');
  return (
    TOTAL_LABELS.includes(f) || f.startsWith('tong cong') || f.startsWith('toan tinh') || f.startsWith('toan quoc') || SECTION_PREFIXES.some((p) => f.startsWith(p))
  );
}

/** The measure a file name announces: "2019_viec.csv", "cases-2019.csv", "tien.csv". */
export function measureFromFileName(file: string): Measure | null {
  const words = foldHeader(basename(file, extname(file))).split(' ');
  const cases = words.some((w) => w === 'viec' || w === 'cases');
  const money = words.some((w) => w === 'tien' || w === 'money');
  return cases === money ? null : cases ? 'cases' : 'money';
}

/** First 4-digit year 1990–2099 in the file name not glued to other digits: "bao-cao-2019.csv" → 2019. */
export function yearFromFileName(file: string): number | null {
  const m = /(?<!\d)(19[9]\d|20\d\d)(?!\d)/.exec(basename(file));
  return m ? Number(m[1]) : null;
}

function nfc(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFC') : text;
}

function lineBreaks(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) {
    if (c.indexOf('\n') < 0 && c.indexOf('\r') < 0) continue;
    for (let i = 0; i < c.length; i++) {
      const ch = c.charCodeAt(i);
      if (ch === 10) n++;
      else if (ch === 13 && c.charCodeAt(i + 1) !== 10) n++;
    }
  }
  return n;
}

interface FigureColumn {
  readonly index: number;
  readonly field: FieldKey;
  readonly fieldIndex: number;
  readonly measure: Measure;
  readonly isCount: boolean;
  readonly exponent: number;
}

interface Layout {
  readonly figures: FigureColumn[];
  readonly identity: Partial<Record<IdentityKey, number>>;
}

interface PendingCell {
  readonly column: FigureColumn;
  readonly raw: string;
}

interface PendingRow {
  readonly kind: 'data' | 'total';
  readonly line: number;
  readonly base: Omit<OfficeRow, 'figures'>;
  readonly cells: PendingCell[];
  /** already read when the row itself needed no convention */
  readonly figures: Partial<Record<Measure, Figures>> | null;
}

/** Reads one file. Throws ThadsError on fatal problems; warnings go to report.findings. */
export async function* readCsvFile(file: string, opts: ReadOptions, report: FileReport): AsyncGenerator<FileRow> {
  const text = await openText(file, opts.encoding);
  report.encoding = text.encoding;
  report.encodingHow = text.how;

  // Keep a sample for sniffing; it is fed to the parser first.
  const iterator = text.chunks[Symbol.asyncIterator]();
  let sample = '';
  let sourceDone = false;
  while (sample.length < SAMPLE_CHARS) {
    const next = await iterator.next();
    if (next.done) {
      sourceDone = true;
      break;
    }
    sample += next.value;
  }
  if (sample.length === 0) throw new ThadsError('NO_DATA', 'the file is empty', { file });
  if (sample.includes('\u0000')) {
    throw new ThadsError('ENCODING_INVALID', 'the file holds NUL bytes: it looks like UTF-16 without a byte order mark', { file, line: 1 }, 'pass --encoding utf-16le (Excel "Unicode Text"), or save it as "CSV UTF-8"');
  }
  if (opts.delimiter) {
    report.delimiter = opts.delimiter;
    report.delimiterHow = '--delimiter';
  } else {
    const sniffed = sniffDelimiter(sample, opts.matcher);
    report.delimiter = sniffed.delimiter;
    report.delimiterHow = sniffed.knownCells > 0 ? `sniffed: the header row names ${sniffed.knownCells} known columns with it` : 'default (no header row found in the first 64 KiB)';
  }

  const parser = parse({
    delimiter: report.delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    bom: false,
  });
  // Feeds the sample, then the rest of the file. Stops feeding as soon as the parser is gone
  // (it failed, or the reader stopped early), so an error can never leave a write waiting forever.
  const write = (chunk: string) =>
    new Promise<void>((resolve) => {
      if (parser.destroyed || parser.write(chunk)) return resolve();
      const done = () => {
        parser.off('drain', done);
        parser.off('close', done);
        resolve();
      };
      parser.on('drain', done);
      parser.on('close', done);
    });
  const feeding = (async () => {
    try {
      await write(sample);
      if (!sourceDone) {
        for (let next = await iterator.next(); !next.done && !parser.destroyed; next = await iterator.next()) await write(next.value);
      }
      if (!parser.destroyed) parser.end();
    } catch (err) {
      parser.destroy(err as Error);
    } finally {
      await iterator.return?.(undefined);
    }
  })();

  const fileDistrict = basename(file, extname(file));
  const fileYear = yearFromFileName(file);
  const fileMeasure = measureFromFileName(file);
  let nextLine = 1;
  let layout: Layout | null = null;
  /** non-empty rows above the header, nearest first (group rows of a multi-row header, titles) */
  const rowsAbove: { cells: string[]; line: number }[] = [];
  let headerCandidate: { cells: string[]; line: number } | null = null;
  let unitLine: MoneyUnit | null = null;
  let convention: Convention | 'plain' | null = opts.numberFormat === 'auto' ? null : opts.numberFormat;
  if (convention) {
    report.numberFormat = convention;
    report.numberFormatWhy = '--number-format';
  }
  let pending: PendingRow[] = [];
  let firstAmbiguous: { line: number; column: number; raw: string } | null = null;

  const decide = (c: Convention, line: number, column: number, raw: string, byCount: boolean) => {
    convention = c;
    report.numberFormat = c;
    const name = c === 'vi' ? 'Vietnamese (1.234,5)' : 'English, dot decimal (1,234.5)';
    report.numberFormatWhy = byCount
      ? `case count "${raw}" at line ${line}, column ${column} is a whole number only when read as ${name}`
      : `cell "${raw}" at line ${line}, column ${column} can only be read as ${name}`;
  };

  const valueOf = (col: FigureColumn, raw: string, line: number): Exact | 'pending' => {
    const loc = { file, line, column: col.index + 1 };
    const what = `${col.measure} ${col.field.replace(/_/g, ' ')}`;
    const reading = convention === 'plain' ? readPlainCell(raw) : readCell(raw);
    const cand = candidates(reading, col.isCount);
    if (cand === 'zero') return { units: 0n, scale: 0 };
    if (cand === 'non-integer') throw new ThadsError('NON_INTEGER_COUNT', `${what} "${raw.trim()}" is not a whole number of cases`, loc);
    if (typeof cand === 'string') {
      throw new ThadsError(cand === 'negative' ? 'NEGATIVE_VALUE' : 'BAD_NUMBER', `${what} "${raw.trim()}" ${describeInvalid(cand)}`, loc);
    }
    const pick = (c: Candidates, conv: Convention): Exact => {
      const v = c[conv];
      if (v) return v;
      const other = conv === 'vi' ? 'English' : 'Vietnamese';
      throw new ThadsError(
        'MIXED_NUMBER_FORMAT',
        `${what} "${raw.trim()}" is written in ${other} convention, but this file uses ${conv === 'vi' ? 'Vietnamese' : 'English'} (${report.numberFormatWhy})`,
        loc,
      );
    };
    if (convention === 'plain') return cand.en!;
    if (convention) return pick(cand, convention);
    if (cand.vi && cand.en) {
      if (cand.vi.units === cand.en.units && cand.vi.scale === cand.en.scale) return cand.vi;
      firstAmbiguous ??= { line, column: col.index + 1, raw: raw.trim() };
      return 'pending';
    }
    decide(cand.vi ? 'vi' : 'en', line, col.index + 1, raw.trim(), reading.kind === 'ambiguous');
    return cand.vi ?? cand.en!;
  };

  const buildFigures = (cells: readonly PendingCell[], line: number): Partial<Record<Measure, Figures>> | 'pending' => {
    const out: Partial<Record<Measure, Figures>> = {};
    for (const m of report.measures) out[m] = emptyFigures();
    // Read every cell even after an ambiguous one: a later cell of the row may settle the convention.
    let waiting = false;
    for (const { column, raw } of cells) {
      const v = valueOf(column, raw, line);
      if (v === 'pending') waiting = true;
      else out[column.measure]![column.fieldIndex] = column.exponent ? shift(v, column.exponent) : v;
    }
    return waiting ? 'pending' : out;
  };

  try {
    for await (const rawRecord of parser as AsyncIterable<string[]>) {
      const line = nextLine;
      nextLine += 1 + lineBreaks(rawRecord);
      const record = rawRecord.map(nfc);

      if (!layout) {
        // A header row may sit on a sub-header row (Excel forms: "Có điều kiện thi hành" over
        // "Tổng số | Thi hành xong | Đình chỉ …"): the lowest header-like row without numbers wins.
        const headerLike = isHeaderRow(opts.matcher, record);
        if (headerLike && (headerCandidate === null || !hasNumbers(record))) {
          if (headerCandidate) rowsAbove.unshift(headerCandidate);
          headerCandidate = { cells: record, line };
          continue;
        }
        if (!headerCandidate) {
          for (const cell of record) unitLine ??= parseUnitLine(cell);
          if (record.some((c) => c.trim() !== '')) rowsAbove.unshift({ cells: record, line });
          continue;
        }
        layout = readHeader(file, headerCandidate.line, headerCandidate.cells, rowsAbove, unitLine, fileMeasure, opts, report);
      }

      // Excel forms number their columns right below the header ("A, B, 1, 2, 3…"): not an office.
      if (report.dataRows === 0 && report.totalRows === 0 && pending.length === 0 && isColumnNumberRow(record, layout)) {
        report.skippedRows++;
        continue;
      }
      let fileRows: FileRow[];
      try {
        fileRows = processRow(record, line, layout);
      } catch (err) {
        if (!(err instanceof ThadsError) || !opts.onRowError || err.exitCode !== 1) throw err;
        opts.onRowError(err);
        continue;
      }
      for (const r of fileRows) yield r;
    }
  } catch (err) {
    parser.destroy();
    await feeding;
    throw csvError(err, file, nextLine, sample, report.delimiter);
  }
  await feeding;

  if (!layout && headerCandidate) readHeader(file, headerCandidate.line, headerCandidate.cells, rowsAbove, unitLine, fileMeasure, opts, report);
  if (!layout && !headerCandidate) throw new ThadsError('NO_HEADER', 'no header row found', { file, line: 1 });
  if (pending.length > 0) {
    if (pending.some((p) => p.figures === null)) throw ambiguous();
    for (const p of pending) yield emit(p.kind, { ...p.base, figures: p.figures! });
  }
  if (report.numberFormat === 'undecided' && convention === null) report.numberFormatWhy = 'no cell needed a convention (plain numbers only)';
  if (report.dataRows === 0) throw new ThadsError('NO_DATA', 'no office row below the header', { file, line: report.headerLine });

  function processRow(record: string[], line: number, layout: Layout): FileRow[] {
    const cells: PendingCell[] = [];
    let anyNumber = false;
    for (const col of layout.figures) {
      const raw = record[col.index] ?? '';
      if (looksNumeric(raw)) anyNumber = true;
      cells.push({ column: col, raw });
    }
    const districtCol = layout.identity.district;
    const districtCell = districtCol !== undefined ? (record[districtCol] ?? '').trim() : '';
    const firstText = record.find((c) => c.trim() !== '' && !/^[\d.,\s-]+$/.test(c)) ?? '';
    const isTotal = isTotalLabel(districtCell) || (districtCell === '' && isTotalLabel(firstText));
    if (!anyNumber) {
      report.skippedRows++;
      return [];
    }
    if (!isTotal && districtCol !== undefined && districtCell === '') {
      throw new ThadsError('MISSING_DISTRICT', 'this row has figures but no office name', { file, line, column: districtCol + 1 });
    }

    let year: number | null = fileYear;
    const yearCol = layout.identity.year;
    const yearCell = yearCol !== undefined ? (record[yearCol] ?? '').trim() : '';
    if (yearCell !== '') {
      const m = /^(?:năm|nam|year)?\s*((?:19|20)\d\d)$/iu.exec(yearCell);
      if (!m) throw new ThadsError('BAD_NUMBER', `year "${yearCell}" is not a year`, { file, line, column: yearCol! + 1 }, 'write the statistics year as four digits, e.g. 2019');
      year = Number(m[1]);
      if (opts.year !== undefined && year !== opts.year) {
        report.otherYearRows++;
        return [];
      }
    } else if (opts.year !== undefined) year = opts.year;

    const provinceCol = layout.identity.province;
    const province = provinceCol !== undefined ? (record[provinceCol] ?? '').trim() || null : null;
    const base = { file, line, province, district: isTotal ? districtCell || firstText.trim() : districtCol !== undefined ? districtCell : fileDistrict, year };
    const kind = isTotal ? 'total' : 'data';

    // Rows with a cell that only the file's convention can settle wait (in order) until it is settled.
    const figures = buildFigures(cells, line);
    if (figures === 'pending' || pending.length > 0) {
      pending.push({ kind, line, base, cells, figures: figures === 'pending' ? null : figures });
      if (convention !== null) {
        const flushed = pending.map((p) => emit(p.kind, { ...p.base, figures: p.figures ?? (buildFigures(p.cells, p.line) as Partial<Record<Measure, Figures>>) }));
        pending = [];
        return flushed;
      }
      if (pending.length > 100_000) throw ambiguous();
      return [];
    }
    return [emit(kind, { ...base, figures })];
  }

  // Every reading is possible in both conventions: refuse rather than guess.
  function ambiguous(): ThadsError {
    const a = firstAmbiguous!;
    return new ThadsError('AMBIGUOUS_NUMBER', `"${a.raw}" could be read as Vietnamese or English, and nothing in the file settles it`, { file, line: a.line, column: a.column });
  }

  function emit(kind: 'data' | 'total', row: OfficeRow): FileRow {
    if (kind === 'data') report.dataRows++;
    else report.totalRows++;
    return { kind, row };
  }
}

/**
 * The header is the first row naming at least two known columns, one of them a figure: the
 * row above a two-row header ("STT, Tỉnh, Đơn vị, Về việc, …, Về tiền") names identity columns
 * only and is the group row, not the header.
 */
function isHeaderRow(matcher: HeaderMatcher, cells: readonly string[]): boolean {
  let known = 0;
  let figures = 0;
  for (const c of cells) {
    const role = matcher.match(c);
    if (role.kind === 'figure') figures++;
    if (role.kind === 'figure' || role.kind === 'identity') known++;
  }
  return known >= 2 && figures >= 1;
}

const SUBTOTAL_HEADERS = ['tong so', 'tong', 'cong', 'tong cong', 'total', 'so viec', 'so tien'];

/** Any cell that is a number: data, not a sub-header row. */
function hasNumbers(cells: readonly string[]): boolean {
  return cells.some((c) => /\d/.test(c) && /^[\s\d.,()\-−–—]+$/.test(c));
}

/** A figure cell that holds a number, "-" or a sign: signature lines and notes under the table do not. */
function looksNumeric(raw: string): boolean {
  return /^\s*[-−–—(+]?\s*\d/.test(raw) || /^\s*[-−–—]\s*$/.test(raw);
}

/** "1, 2, 3, …" or "(1), (2), …" across every figure column: the column numbers of an Excel form. */
function isColumnNumberRow(record: readonly string[], layout: Layout): boolean {
  if (layout.figures.length < 2) return false;
  const numbers = layout.figures.map((f) => /^\s*\(?(\d{1,3})\)?\s*$/.exec(record[f.index] ?? '')?.[1]);
  if (numbers.some((n) => n === undefined)) return false;
  return numbers.every((n, i) => i === 0 || Number(n) === Number(numbers[i - 1]) + 1);
}

const CSV_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field starting on this line is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by other characters in the same field',
  INVALID_OPENING_QUOTE: 'a quote appears inside an unquoted field',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'the row has a different number of fields',
  CSV_MAX_RECORD_SIZE: 'a field is too large',
};

/** Line and column (1-based field) where a quote opens that is never closed: the sample is scanned again. */
function unclosedQuote(text: string, delimiter: string): { line: number; column: number } | null {
  let line = 1;
  let field = 1;
  let quoted: { line: number; column: number } | null = null;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = null;
      } else if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
      continue;
    }
    if (ch === '"' && atFieldStart) {
      quoted = { line, column: field };
      continue;
    }
    atFieldStart = false;
    if (ch === delimiter) {
      field++;
      atFieldStart = true;
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line++;
      field = 1;
      atFieldStart = true;
    }
  }
  return quoted;
}

/** csv-parse errors → CSV_MALFORMED, located where the broken field starts. */
function csvError(err: unknown, file: string, line: number, sample: string, delimiter: string): unknown {
  if (err instanceof ThadsError) return err;
  const e = err as { code?: string; message?: string; lines?: number; index?: number };
  if (err instanceof CsvError || (typeof e.code === 'string' && (e.code.startsWith('CSV_') || e.code.endsWith('_QUOTE')))) {
    const message = CSV_MESSAGES[e.code ?? ''] ?? `malformed CSV (${e.code})`;
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      const at = unclosedQuote(sample, delimiter);
      if (at) return new ThadsError('CSV_MALFORMED', message, { file, ...at });
    }
    const atLine = typeof e.lines === 'number' ? e.lines : line;
    return new ThadsError('CSV_MALFORMED', message, { file, line: atLine, ...(typeof e.index === 'number' ? { column: e.index + 1 } : {}) });
  }
  return err;
}

export function readHeader(
  file: string,
  line: number,
  record: readonly string[],
  rowsAbove: readonly { readonly cells: readonly string[]; readonly line: number }[],
  unitLine: MoneyUnit | null,
  fileMeasure: Measure | null,
  opts: ReadOptions,
  report: FileReport,
): Layout {
  report.headerLine = line;
  const previous = rowsAbove[0] ?? null;
  const groupRow = previous?.cells ?? null;
  const usedGroupRow = () => (report.groupRowLine = previous!.line);
  /** nearest non-empty cell at or left of `index` in a row above: the label of a merged group */
  const groupCell = (row: readonly string[] | undefined, index: number): string => {
    for (let j = index; row && j >= 0; j--) {
      const c = (row[j] ?? '').trim();
      if (c !== '') return c;
    }
    return '';
  };
  const identity: Partial<Record<IdentityKey, number>> = {};
  const seen = new Map<string, number>();
  const figures: FigureColumn[] = [];
  const unitOfColumn: (MoneyUnit | null)[] = [];

  record.forEach((cell, index) => {
    // Cells merged vertically over a two-row header keep their text in the group row above.
    const above = (groupRow?.[index] ?? '').trim();
    const merged = cell.trim() === '' && above !== '' && !opts.matcher.measureOf(above);
    if (merged) usedGroupRow();
    let header = merged ? above : cell;
    // "Tổng số" under a group label names the group's own figure: under "Có điều kiện thi hành"
    // it is with_conditions, under "Tổng số thụ lý" it is total.
    if (!merged && SUBTOTAL_HEADERS.includes(foldHeader(cell))) {
      const group = groupCell(groupRow ?? undefined, index);
      if (group && opts.matcher.match(group).kind === 'figure') {
        header = group;
        usedGroupRow();
      }
    }
    const role = opts.matcher.match(header);
    const loc = { file, line, column: index + 1 };
    if (role.kind === 'unknown') {
      report.findings.push(finding('warning', 'UNKNOWN_COLUMN', `column "${header.replace(/\s+/g, ' ').trim()}" is not a known figure and is ignored`, loc));
    }
    let measure: Measure | null = null;
    let measureFrom: string | undefined;
    if (role.kind === 'figure') {
      measure = role.measure;
      measureFrom = measure ? 'header' : undefined;
      // The measure may be named by a group cell one or two rows above ("Về việc" over a field group).
      for (const above of rowsAbove.slice(0, 2)) {
        if (measure) break;
        const cell = groupCell(above.cells, index);
        measure = cell ? opts.matcher.measureOf(cell) : null;
        if (measure) {
          measureFrom = `group cell "${cell}" above the header`;
          report.groupRowLine = above.line;
        }
      }
      if (!measure && opts.measure) (measure = opts.measure), (measureFrom = '--measure');
      if (!measure && fileMeasure) (measure = fileMeasure), (measureFrom = 'file name');
      if (!measure) throw new ThadsError('MEASURE_UNKNOWN', `column "${header.trim()}" does not say whether it counts cases or money`, loc);
      if (measure === 'cases' && FIELDS[F[role.field]]!.moneyOnly) {
        report.findings.push(finding('warning', 'UNKNOWN_COLUMN', `column "${header.trim()}" (${role.field}) exists for money only and is ignored`, loc));
        report.columns.push({ column: index + 1, header, role: { kind: 'unknown' }, measure: null });
        return;
      }
      const key = `${measure}_${role.field}`;
      if (seen.has(key)) throw new ThadsError('DUPLICATE_COLUMN', `column "${header.trim()}" repeats ${key} (column ${seen.get(key)! + 1})`, loc);
      seen.set(key, index);
      unitOfColumn[index] = role.unit;
      figures.push({ index, field: role.field, fieldIndex: F[role.field], measure, isCount: measure === 'cases', exponent: 0 });
    } else if (role.kind === 'identity') {
      if (identity[role.key] !== undefined) throw new ThadsError('DUPLICATE_COLUMN', `column "${header.trim()}" repeats ${role.key} (column ${identity[role.key]! + 1})`, loc);
      identity[role.key] = index;
    }
    report.columns.push({ column: index + 1, header, role, measure, ...(measureFrom ? { measureFrom } : {}) });
  });

  const measures = MEASURES.filter((m) => figures.some((f) => f.measure === m));
  report.measures = measures;
  if (measures.length === 0) throw new ThadsError('MISSING_COLUMN', 'the header names no figure column', { file, line });
  for (const m of measures) {
    const has = (k: FieldKey) => seen.has(`${m}_${k}`);
    const missing = [!has('with_conditions') ? `${m}_with_conditions` : null, !has('resolved') && !has('completed') ? `${m}_resolved (or ${m}_completed)` : null].filter(Boolean);
    if (missing.length > 0) throw new ThadsError('MISSING_COLUMN', `missing column ${missing.join(' and ')}`, { file, line });
  }

  // Money unit: flag/config > unit in the header > unit line > đồng.
  const headerUnits = [...new Set(figures.filter((f) => f.measure === 'money').map((f) => unitOfColumn[f.index]).filter((u): u is MoneyUnit => !!u))];
  if (opts.moneyUnit) {
    report.moneyUnit = opts.moneyUnit.unit;
    report.moneyUnitFrom = opts.moneyUnit.source;
    const declared = headerUnits[0] ?? unitLine;
    if (declared && declared !== opts.moneyUnit.unit && measures.includes('money')) {
      report.findings.push(finding('warning', 'UNIT_CONFLICT', `the file declares money in ${declared}, but ${opts.moneyUnit.source} says ${opts.moneyUnit.unit}; using ${opts.moneyUnit.unit}`, { file, line }, 'remove the option if the file is right'));
    }
  } else if (headerUnits.length > 0) {
    report.moneyUnit = headerUnits[0]!;
    report.moneyUnitFrom = headerUnits.length > 1 ? 'the header (per column)' : 'the header';
  } else if (unitLine) {
    report.moneyUnit = unitLine;
    report.moneyUnitFrom = 'the unit line above the header';
  } else {
    report.moneyUnit = 'dong';
    report.moneyUnitFrom = 'default';
  }
  const unitFor = (f: FigureColumn): MoneyUnit => (opts.moneyUnit ? opts.moneyUnit.unit : (unitOfColumn[f.index] ?? report.moneyUnit));
  const withUnits = figures.map((f) => (f.measure === 'money' ? { ...f, exponent: UNIT_EXPONENT[unitFor(f)] } : f));
  report.columns = report.columns.map((c) => {
    const f = withUnits.find((x) => x.index === c.column - 1);
    return f && f.measure === 'money' ? { ...c, unit: unitFor(f) } : c;
  });
  report.yearFrom = identity.year !== undefined ? 'year column' : opts.year !== undefined ? '--year' : yearFromFileName(file) !== null ? 'file name' : 'unknown';
  return { figures: withUnits, identity };
}

export function newFileReport(file: string): FileReport {
  return {
    file,
    encoding: 'utf-8',
    encodingHow: 'default',
    delimiter: ',',
    delimiterHow: 'default',
    headerLine: 0,
    groupRowLine: 0,
    columns: [],
    measures: [],
    numberFormat: 'undecided',
    numberFormatWhy: '',
    moneyUnit: 'dong',
    moneyUnitFrom: 'default',
    yearFrom: 'unknown',
    dataRows: 0,
    totalRows: 0,
    skippedRows: 0,
    otherYearRows: 0,
    findings: [],
  };
}
