// One part of a file split in two (split.ts): bytes [from, end), which start at a line start,
// scanned with the layout the first part's header gave; its sums are handed over as typed
// arrays, which the first part's table adds up (office-sums.ts). Run in a worker thread
// (scan-worker.ts), or in the main thread when no worker can be started.
import { closeSync, openSync } from 'node:fs';
import { scanFile } from './byte-source.js';
import type { TableData } from './office-sums.js';
import { RowScanner, type Decision, type ScanLayout, type ScanSettings } from './row-scanner.js';

export interface PartJob {
  readonly file: string;
  readonly from: number;
  readonly end: number;
  readonly chunkBytes: number;
  readonly settings: ScanSettings;
  readonly layout: ScanLayout;
  /** bytes and rows scanned so far, shared with the main thread for its progress bar */
  readonly progress: SharedArrayBuffer;
}

export type PartResult =
  | {
      readonly ok: true;
      /** lines counted from the part's start */
      readonly sums: TableData;
      readonly dataRows: number;
      readonly skippedRows: number;
      readonly otherYearRows: number;
      readonly decision: Decision | null;
    }
  | { readonly ok: false };

export async function scanPart(job: PartJob): Promise<PartResult> {
  let fd = -1;
  try {
    fd = openSync(job.file, 'r');
    const scanner = new RowScanner(job.settings);
    scanner.useLayout(job.layout);
    const progress = new Float64Array(job.progress);
    await scanFile(fd, job.from, job.end, job.chunkBytes, (run, final) => {
      scanner.scan(run, final);
      // Read by the other thread for display only: a torn or late value would only misdraw the bar.
      progress[0] = progress[0]! + run.length;
      progress[1] = scanner.dataRows;
    });
    const { dataRows, skippedRows, otherYearRows, decision } = scanner;
    return { ok: true, sums: scanner.sums(), dataRows, skippedRows, otherYearRows, decision };
  } catch {
    // A give-up or an I/O error: the whole file goes to the reference reader.
    return { ok: false };
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}
