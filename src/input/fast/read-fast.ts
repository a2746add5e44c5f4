// The fast path: text files — plain, or as offices export them: title and unit lines above the
// header (the reference's header search), cells wrapped over lines (in the header or an office
// name), an STT column, no office column (a report by province, an office's own file), money in
// nghìn or triệu đồng (summed in the file's unit, the power of ten applied once at the
// hand-over), totals and section rows among the first 5,000 data rows (handed back, in place,
// for collect.ts's DeclaredRows), signature rows under the table, "-" for zero and numbers
// grouped by spaces, plain, English or Vietnamese numbers, rows that break a relation (summed,
// and handed back for the warning) — are summed per office straight from the file's bytes: no
// text decoding but of the lines above the first data row, the sniffing sample and declared
// rows, no csv-parse, no string or BigInt per cell. Anything else — a quote csv-parse would
// fail on, a cell the reference refuses, a number no row settles, a section row further down,
// a record across lines in the second part of a split file, invalid bytes — makes it give up
// (null), and the caller reads the file again with the reference reader (read-csv.ts), which
// words every message. test/property/fast-path.test.ts proves both paths print the same bytes.
// UTF-16 and the codepages of --encoding are transcoded to UTF-8 as they are read, and scanned
// as UTF-8 is (test/property/fast-path-fixtures.test.ts: every fixture in each of them).
//
//   byte-source.ts   reads the file: BOM, sniffing sample, runs of whole checked lines
//   transcode.ts     UTF-16, windows-1258, latin1, tcvn3 → UTF-8, read for read
//   header-line.ts   the lines above the first data row → the layout (header-search.ts, readHeader)
//   row-scanner.ts   each row's bytes → sums (the give-up rules)
//   raw-keys.ts      identity cells' bytes → office, decoded once per distinct key
//   office-sums.ts   the sums per office and slot, and the exact figures at the end
//   total-rows.ts    a "Tổng cộng" row's cells → exact figures (the reference's cell rules)
//   pairs.ts         the per-row relation check, compiled per file
//   split.ts, part.ts, scan-worker.ts   big files in two parts, on two threads
import { refusesAll, type FootnoteCounts } from '../glued-footnote.js';
import { closeSync, fstatSync, openSync, statSync } from 'node:fs';
import { STDIN, ThadsError } from '../../errors.js';
import { describeIoError, errnoCode } from '../../io-errors.js';
import { newFileReport, type FileReport, type ReadOptions } from '../file-report.js';
import { sniffDelimiter } from '../sniff.js';
import { NO_PROGRESS, type Progress } from '../../progress.js';
import { detectEncoding } from '../decode.js';
import { FileChanged, lineStartAfter, readHead, scanFile } from './byte-source.js';
import { GiveUp, giveUp } from './give-up.js';
import { headerPrelude } from './header-line.js';
import type { OfficeSums } from './office-sums.js';
import { reviveFailure } from './part.js';
import { LOGGED_ROWS, RowScanner, type ScanSettings } from './row-scanner.js';
import { SecondPart } from './split.js';
import { declaredFeed, type FeedItem } from './declared-feed.js';
import { initialsWritten } from '../../domain/office-names.js';
import { totalFigures } from './total-rows.js';
import { startOf } from './transcode.js';
import { tellingMemory } from './telling-rows.js';
import { openSpill } from './key-spill.js';
import { isDocument } from '../not-a-table.js';

export type { OfficeSums } from './office-sums.js';

/**
 * Switch, counters and knobs for tests and the bench; the reference path is the fallback, never
 * an option. `chunkBytes`: the size of one read (tests make it tiny so lines straddle reads).
 * Files of `splitBytes` or more are scanned in two parts, the second by the worker at
 * `workerUrl` (null, or a missing file: in the main thread, after the first).
 */
export const fastPath = {
  enabled: true,
  used: 0,
  gaveUp: 0,
  /** second parts of split files, scanned by the worker / in the main thread */
  partsInWorker: 0,
  partsInThread: 0,
  chunkBytes: 1 << 18,
  // Measured on 2 cores, the bench's data (4,200 offices), paired whole runs, no split ÷ split:
  // 0.92 at 147 MiB (1M plain rows), 1.03 at 170 MiB (1M rows as exported), 1.15 at 219 MiB.
  // The worker pays a fixed price first: ~120 ms to boot and load its module, then it learns
  // every office's spelling again in cold code.
  splitBytes: 168 << 20,
  // A file's tables make room at once (office-sums.ts) for an office every `bytesPerRoom` bytes
  // of it, up to `reserveOffices`: grown by copies (64, 128, …), a table's old arrays waited for
  // a full collection, as much again as the last. Room never written costs next to nothing where
  // the arrays are mapped on their own; where the allocator serves them from its heap it clears
  // them, pages and all, hence no more room than the file can fill. Paired whole runs, 4,200
  // offices: from 16 MiB up (session 53), 1M rows 129.4 → 124.8 MiB, 10M rows 159.6 → 154.6 MiB;
  // for every file (session 54), 4,200 rows (690 KB) 123.1 → 119.7 MiB (RESULTS.md). Tests make
  // room for all at once, or grow from 64.
  reserveOffices: 8192,
  bytesPerRoom: 64,
  workerUrl: new URL('./scan-worker.js', import.meta.url) as URL | null,
};

/** Offices a file of `bytes` makes room for at once: one every fastPath.bytesPerRoom bytes, a power of two from 64 to fastPath.reserveOffices. */
function roomFor(bytes: number): number {
  let room = 64;
  while (room < fastPath.reserveOffices && room * fastPath.bytesPerRoom < bytes) room *= 2;
  return Math.min(room, fastPath.reserveOffices);
}

/**
 * How much longer than half the first part is: the worker needs ~30 ms to start and learns every
 * office's spelling again, and then scans ~1.5 % slower than the main thread. Measured (quiet, 2
 * cores) with 4 MiB more: the main thread waited 22–69 ms for the worker at 1M rows (172 MB) and
 * 73–162 ms at 10M rows; 8 MiB and 1/64 of the half more bring both near zero.
 */
function firstPartExtra(half: number): number {
  return Math.min((8 << 20) + Math.floor(half / 64), half >> 3);
}

/** A data row that breaks a relation (already in its office's sums): its figures, for the warning. */
export interface FlaggedFigures {
  readonly line: number;
  readonly year: number | null;
  readonly figures: OfficeSums['figures'];
}


export interface FastFile {
  readonly report: FileReport;
  /** in order of first appearance */
  readonly offices: OfficeSums[];
  /** for domain/declared-rows.ts, in file order: sums of data rows, and declared rows (declared-feed.ts) */
  readonly feed: FeedItem[];
  /** data rows that break a relation, in file order */
  readonly flagged: FlaggedFigures[];
}

/**
 * A regular file, opened once. Anything else — standard input, a named pipe, a device — is read
 * once, as a stream, by the reference reader: the fast path must not open it (a pipe opened twice
 * waits forever for a second writer) or read from it (what it read would be gone). A path that
 * cannot be opened is left to the reference reader too, which says why in words.
 */
function openRegularFile(file: string): number {
  if (file === STDIN) giveUp();
  let fd = -1;
  try {
    if (!statSync(file).isFile()) giveUp();
    fd = openSync(file, 'r');
  } catch (err) {
    if (err instanceof GiveUp || errnoCode(err) !== undefined) giveUp();
    throw err;
  }
  return fd;
}

/**
 * Sums one file on the fast path, or null when the reference reader must do it. `path` is where
 * its bytes are when they are not at `file`, the name messages give it (standard input kept in
 * a temporary file: input/spool.ts).
 */
export async function readFastFile(file: string, opts: ReadOptions, progress: Progress = NO_PROGRESS, path: string = file): Promise<FastFile | null> {
  if (!fastPath.enabled) return null;
  const report = newFileReport(file);
  const read = { bytes: 0, rows: 0 };
  const advance = (bytes: number, rows: number) => {
    read.bytes += bytes;
    read.rows += rows;
    progress.advance(bytes, rows);
  };
  let fd = -1;
  let second: SecondPart | null = null;
  /** the scanner whose sums may hold spill files open (released however the read ends) */
  let held: RowScanner | null = null;
  try {
    fd = openRegularFile(path);
    const size = fstatSync(fd).size;
    const head = readHead(fd);
    // A transcoded file is scanned in one thread: a second part would have to start at a line
    // start found in the file's own bytes, and its decoder in a known state.
    if (size >= fastPath.splitBytes && detectEncoding(head, opts.encoding).encoding === 'utf-8') second = new SecondPart(fastPath.workerUrl);
    const start = await startOf(head, opts.encoding);
    report.encoding = start.encoding;
    report.encodingHow = start.how;
    if (start.sample.length === 0 || isDocument(start.sample)) giveUp();
    if (opts.delimiter) {
      report.delimiter = opts.delimiter;
      report.delimiterHow = '--delimiter';
    } else {
      const sniffed = sniffDelimiter(start.sample, opts.matcher);
      if (sniffed.knownCells === 0) giveUp();
      report.delimiter = sniffed.delimiter;
      report.delimiterHow = `sniffed: the header row names ${sniffed.knownCells} known columns with it`;
    }
    const delimiter = report.delimiter.charCodeAt(0);
    if (report.delimiter.length !== 1 || delimiter >= 0x80) giveUp();
    // A "|" file may be a Markdown table, its emphasis and delimiter row the reference's (markdown-cells.ts).
    if (report.delimiter === '|') giveUp();
    const settings: ScanSettings = { delimiter, convention: opts.numberFormat === 'auto' ? null : opts.numberFormat, year: opts.year, deferConvention: false, reserveOffices: roomFor(size - start.skip), logRows: LOGGED_ROWS };
    const scanner = new RowScanner(settings, headerPrelude(file, opts, report));
    held = scanner;

    let end = size;
    if (second) {
      const half = Math.floor((size - start.skip) / 2);
      const split = lineStartAfter(fd, start.skip + half + firstPartExtra(half));
      if (split > 0 && split < size) end = split;
      else second = (second.stop(), null);
    }
    // The progress bar counts both parts: the second part's counts, as the worker shares them.
    const shown = { bytes: 0, rows: 0 };
    const showSecondPart = () => {
      const now = second?.scanned();
      if (!now) return;
      advance(now.bytes - shown.bytes, now.rows - shown.rows);
      Object.assign(shown, now);
    };
    await scanFile(fd, start.skip, end, fastPath.chunkBytes, (run, final, bytes) => {
      second?.whileBooting();
      const rowsBefore = scanner.dataRows;
      scanner.scan(run, final);
      advance(bytes, scanner.dataRows - rowsBefore);
      showSecondPart();
      // The layout is known after the first run: the worker can start on its part.
      if (second && !second.started && scanner.layout) {
        // the part's spill file, opened here: Node closes the files a worker opens when it ends (this one: release)
        const spillFd = openSpill();
        scanner.hold(spillFd);
        const job = { file: path, from: end, end: size, chunkBytes: fastPath.chunkBytes, tellingKeys: tellingMemory.keys, spillFd, settings: { ...settings, deferConvention: true, logRows: 0 }, layout: scanner.layout };
        second.start({ ...job, progress: new SharedArrayBuffer(2 * Float64Array.BYTES_PER_ELEMENT) });
      }
    }, start.transcoder ?? undefined);
    scanner.finish();
    if (!scanner.layout) giveUp();
    // money in đồng by default under "Đơn vị tính: Việc": its rows are checked for whole đồng one by one (read-file.ts)
    if (report.casesOnlyUnitLine && report.moneyUnitFrom === 'default') giveUp();
    if (fstatSync(fd).size !== size) throw new FileChanged(size, fstatSync(fd).size);

    let { dataRows, skippedRows, otherYearRows, decision } = scanner;
    const otherYears = new Set(scanner.otherYears);
    let partGlued: FootnoteCounts | null = null;
    if (second) {
      const ticker = setInterval(showSecondPart, 100);
      const { result: part, inWorker } = await second.result().finally(() => clearInterval(ticker));
      if (inWorker) fastPath.partsInWorker++;
      else fastPath.partsInThread++;
      if (!part.ok) {
        if (part.failure) throw reviveFailure(part.failure);
        giveUp();
      }
      // The part took its first rows for the form's column numbers: right only if nothing came before.
      if (part.columnNumberRows > 0 && (dataRows > 0 || scanner.declaredRows.length > 0)) giveUp();
      // A numbered row right after the split under a title of the first part: the reference words it.
      if (scanner.titleAbove && part.firstOrdinal) giveUp();
      // The part judged its labels by its own first row with figures: right only if the file's first has the same (measure-rows.ts).
      const first = scanner.measureLabels.firstRow();
      if (first !== null && part.measureFirst !== null && JSON.stringify(first) !== JSON.stringify(part.measureFirst)) giveUp();
      // Province rows over offices (province-rows.ts): a block may run across the split.
      if (scanner.sawProvinceRow || part.sawProvinceRow) giveUp();
      // The first office below a row without figures, given above it already across the split: the reference's (second-table.ts).
      if (scanner.headingOffices >= 0 && part.dataRows > 0) giveUp();
      if (part.newBelowHeading.some((w) => scanner.gave(part.sums, w))) giveUp();
      // One office's enforcers' rows across the split: a subtotal among them is seen by neither
      // part (row-scanner.ts runs). (A file without names repeats an office one below the other
      // hardly ever; its run across the split is not looked at.)
      const last = scanner.lastDataOffice >= 0 ? scanner.sums().offices[scanner.lastDataOffice] : undefined;
      const next = part.dataRows > 0 ? part.sums.offices[0] : undefined;
      const between = scanner.declaredRows.some((d) => d.dataRowsBefore === scanner.dataRows) || part.declared.some((d) => d.dataRowsBefore === 0);
      if ((scanner.sawNames || part.sawNames) && last && next && !between && last.district === next.district && last.province === next.province && last.year === next.year) giveUp();
      scanner.addPart(part.sums, part.declared, part.flagged);
      dataRows += part.dataRows;
      skippedRows += part.skippedRows;
      otherYearRows += part.otherYearRows;
      for (const year of part.otherYears) otherYears.add(year);
      if (decision === null && part.decision) {
        // The second part's first decimal is the file's first: it decides, as it would have.
        if (part.decision.ambiguous) giveUp();
        decision = { ...part.decision, line: part.decision.line + scanner.line };
      } else if (decision && part.decision && part.decision.convention !== decision.convention) {
        giveUp(); // the second part read its cells in the other convention
      }
      partGlued = part.glued;
      advance(size - end - shown.bytes, part.dataRows - shown.rows);
    }
    // An office on exactly two office rows with the same figures, whatever their STT: maybe a table
    // pasted twice, which the reference judges with the file known (domain/repeated-rows.ts).
    // (or under two names of one office, OFFICE_NAME_VARIANTS': "Vụ Bản", "Chi cục THADS huyện Vụ Bản")
    if (scanner.pastedTwice(report.titleProvinces.length === 1 ? report.titleProvinces[0]!.province : null)) giveUp();
    // (or a numbered row whose name is a bare initials cell, "V.B": an office row to rule 2 too, collect.ts)
    if (scanner.declaredRows.some((d) => d.kind === 'numbered' && initialsWritten(d.district) !== null)) giveUp();
    // The convention decided by a glued footnote: the reference refuses it (glued-footnote.ts).
    if (refusesAll([scanner.gluedFootnote(), partGlued])) giveUp();
    // A file of declared totals only ("Toàn quốc") is read as that total (collect.ts, DeclaredRows).
    if (dataRows === 0 && scanner.declaredRows.length === 0) giveUp();
    const offices = scanner.offices();
    const convention = settings.convention ?? decision?.convention ?? null;
    const feed = declaredFeed(scanner, offices, dataRows, convention, otherYearRows > 0 ? { rows: otherYearRows, years: [...otherYears] } : null);
    const flagged = scanner.flaggedRows.map(({ line, year, cells }): FlaggedFigures => ({ line, year, figures: totalFigures(cells, scanner.layout!.figures, scanner.layout!.measures, convention) }));
    // read-csv.ts counts a row numbered as a section as a data row (collect.ts settles it), the others as declared.
    const numbered = scanner.declaredRows.filter((d) => d.kind === 'numbered').length;
    // Rows numbered at several depths ("A" over "I"): they nest (domain/declared-rows.ts), as the reference reads them.
    if (new Set(scanner.declaredRows.filter((d) => d.kind === 'numbered').map((d) => d.depth)).size > 1) giveUp();
    Object.assign(report, { dataRows: dataRows + numbered, skippedRows, otherYearRows, totalRows: scanner.declaredRows.length - numbered });
    if (settings.convention !== null) {
      report.numberFormat = settings.convention;
      report.numberFormatWhy = '--number-format';
    } else if (decision) {
      // read-csv.ts's words
      report.numberFormat = decision.convention;
      const name = decision.convention === 'vi' ? 'Vietnamese (1.234,5)' : 'English, dot decimal (1,234.5)';
      const where = `"${decision.text}" at line ${decision.line}, column ${decision.column}`;
      report.numberFormatWhy = decision.byCount ? `case count ${where} is a whole number only when read as ${name}` : `cell ${where} can only be read as ${name}`;
    } else report.numberFormatWhy = 'no cell needed a convention (plain numbers only)';
    report.cellLines = scanner.cellLines;
    fastPath.used++;
    return { report, offices, feed, flagged };
  } catch (err) {
    second?.stop();
    if (err instanceof FileChanged) throw new ThadsError('IO_ERROR', err.message, { file }, 'read it again once nothing is writing it');
    // A give-up, or a data error in the header (the reference reader, which reads what the fast
    // path skipped, may find an earlier one): the reference reader reads the file again and
    // words every message. A bug stays a bug (exit 70), never a silent fall-back.
    if (!(err instanceof GiveUp || err instanceof ThadsError)) {
      if (errnoCode(err) !== undefined) throw new ThadsError('IO_ERROR', `cannot read ${file}: ${describeIoError(err)}`);
      throw err;
    }
    fastPath.gaveUp++;
    progress.advance(-read.bytes, -read.rows);
    return null;
  } finally {
    held?.release();
    if (fd >= 0) closeSync(fd);
  }
}
