// The fast path: plain UTF-8 files (header on line 1, no quotes, plain or English numbers,
// money in đồng, consistent rows) are summed per office straight from the file's bytes: no
// text decoding but of the header and the sniffing sample, no csv-parse, no string or BigInt
// per cell. Anything else — a quote, a title line, a total row, a relation warning, an odd
// cell, invalid UTF-8 — makes it give up (null), and the caller reads the file again with the
// reference reader (read-csv.ts), which words every message. test/property/fast-path.test.ts
// proves both paths print the same bytes.
//
//   byte-source.ts   reads the file: BOM, sniffing sample, runs of whole checked lines
//   row-scanner.ts   header line → layout; each row's bytes → sums (give-up rules)
//   raw-keys.ts      identity cells' bytes → office, decoded once per distinct key
//   office-sums.ts   the sums per office and slot, and the exact figures at the end
//   pairs.ts         the per-row relation check
import { closeSync, openSync } from 'node:fs';
import { newFileReport, type FileReport, type ReadOptions } from '../file-report.js';
import { sniffDelimiter } from '../sniff.js';
import { NO_PROGRESS, type Progress } from '../../progress.js';
import { readStart, scanFile } from './byte-source.js';
import type { OfficeSums } from './office-sums.js';
import { giveUp } from './give-up.js';
import { RowScanner } from './row-scanner.js';

export type { OfficeSums } from './office-sums.js';

/**
 * Switch and counters for tests and the bench; the reference path is the fallback, never an
 * option. `chunkBytes` is the size of one read (tests make it tiny so lines straddle reads).
 */
export const fastPath = { enabled: true, used: 0, gaveUp: 0, chunkBytes: 1 << 20 };

export interface FastFile {
  readonly report: FileReport;
  /** in order of first appearance */
  readonly offices: OfficeSums[];
}

/** Sums one file on the fast path, or null when the reference reader must do it. */
export async function readFastFile(file: string, opts: ReadOptions, progress: Progress = NO_PROGRESS): Promise<FastFile | null> {
  if (!fastPath.enabled) return null;
  const report = newFileReport(file);
  const read = { bytes: 0, rows: 0 };
  let fd = -1;
  try {
    if (opts.encoding !== undefined && opts.encoding !== 'utf-8') giveUp();
    fd = openSync(file, 'r');
    const start = readStart(fd);
    report.encoding = 'utf-8';
    report.encodingHow = opts.encoding ? '--encoding' : start.skip ? 'byte order mark' : 'default';
    if (start.sample.length === 0) giveUp();
    if (opts.delimiter) {
      report.delimiter = opts.delimiter;
      report.delimiterHow = '--delimiter';
    } else {
      const sniffed = sniffDelimiter(start.sample, opts.matcher);
      if (sniffed.knownCells === 0) giveUp();
      report.delimiter = sniffed.delimiter;
      report.delimiterHow = `sniffed: the header row names ${sniffed.knownCells} known columns with it`;
    }
    const scanner = new RowScanner(file, opts, report);
    await scanFile(fd, start.skip, fastPath.chunkBytes, (run, final) => {
      const rowsBefore = report.dataRows;
      scanner.scan(run, final);
      const rows = report.dataRows - rowsBefore;
      read.bytes += run.length;
      read.rows += rows;
      progress.advance(run.length, rows);
    });
    const offices = scanner.finish();
    fastPath.used++;
    return { report, offices };
  } catch {
    // Give-ups and real errors alike: the reference reader reads it again and reports them.
    fastPath.gaveUp++;
    progress.advance(-read.bytes, -read.rows); // the reference reader reads it again
    return null;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}
