// One part of a file split in two (split.ts): bytes [from, end), which start at a line start,
// scanned with the layout the first part's header gave; its sums are handed over as typed
// arrays, which the first part's table adds up (office-sums.ts). Run in a worker thread
// (scan-worker.ts), or in the main thread when no worker can be started.
import { closeSync, openSync } from 'node:fs';
import { FileChanged, scanFile } from './byte-source.js';
import { ThadsError } from '../../errors.js';
import { GiveUp } from './give-up.js';
import type { FootnoteCounts } from '../glued-footnote.js';
import type { TableData } from './office-sums.js';
import { RowScanner, type Decision, type FlaggedRow, type ScanLayout, type ScanSettings, type DeclaredLine } from './row-scanner.js';
import { tellingMemory } from './telling-rows.js';

export interface PartJob {
  readonly file: string;
  readonly from: number;
  readonly end: number;
  readonly chunkBytes: number;
  /** telling-rows.ts tellingMemory.keys in the main thread (a worker's module has its own) */
  readonly tellingKeys: number;
  /** the spill file the main thread opened for the part's telling keys (-1: none, they stay in memory) */
  readonly spillFd: number;
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
      /** declared rows (lines and data rows counted from the part's start) */
      readonly declared: DeclaredLine[];
      /** rows that break a relation (lines counted from the part's start) */
      readonly flagged: FlaggedRow[];
      readonly dataRows: number;
      /** rows skipped as column numbers: only right if the first part had no data or total row */
      readonly columnNumberRows: number;
      readonly skippedRows: number;
      readonly otherYearRows: number;
      readonly otherYears: number[];
      readonly decision: Decision | null;
      /** a row named in a column thads does not read was seen (row-scanner.ts sawNames) */
      readonly sawNames: boolean;
      /** its first row with words or figures is a numbered data row (row-scanner.ts firstOrdinal) */
      readonly firstOrdinal: boolean;
      /** a row naming a province, without a province column (row-scanner.ts sawProvinceRow) */
      readonly sawProvinceRow: boolean;
      /** its offices that were the first office below a row without figures (row-scanner.ts newBelowHeading) */
      readonly newBelowHeading: readonly number[];
      /** the labels of its first row with figures (measure-rows.ts MeasureLabels), null without one */
      readonly measureFirst: [number, string][] | null;
      /** the convention decided: the cells the rule on a glued footnote weighs (glued-footnote.ts) */
      readonly glued: FootnoteCounts | null;
    }
  /** a give-up; or, with `failure`, an error that is not one (a bug, a failing disk): it is raised in the main thread */
  | { readonly ok: false; readonly failure?: PartFailure };

/** An error of the worker thread, as a message can carry it. */
export interface PartFailure {
  readonly message: string;
  /** a FileChanged: bytes read and the size at open */
  readonly changed?: { readonly read: number; readonly size: number };
  readonly stack?: string;
  readonly errno?: string;
  readonly syscall?: string;
}

export function partFailure(err: unknown): PartFailure {
  const e = err as NodeJS.ErrnoException;
  if (err instanceof FileChanged) return { message: err.message, changed: { read: err.read, size: err.size } };
  return { message: e instanceof Error ? e.message : String(err), ...(e?.stack ? { stack: e.stack } : {}), ...(typeof e?.code === 'string' ? { errno: e.code } : {}), ...(e?.syscall ? { syscall: e.syscall } : {}) };
}

/** The worker's error again, in the main thread. */
export function reviveFailure(f: PartFailure): Error {
  if (f.changed) return new FileChanged(f.changed.read, f.changed.size);
  const err = new Error(f.message) as NodeJS.ErrnoException;
  if (f.stack) err.stack = f.stack;
  if (f.errno) err.code = f.errno;
  if (f.syscall) err.syscall = f.syscall;
  return err;
}

export async function scanPart(job: PartJob): Promise<PartResult> {
  let fd = -1;
  // (in the main thread, when no worker could start, its own setting is given back)
  const own = { ...tellingMemory };
  try {
    fd = openSync(job.file, 'r');
    tellingMemory.keys = job.tellingKeys;
    // never a file of the part's own: a worker's would be closed when the worker ends
    tellingMemory.file = job.spillFd >= 0 ? job.spillFd : -2;
    const scanner = new RowScanner(job.settings);
    scanner.useLayout(job.layout);
    const progress = new Float64Array(job.progress);
    await scanFile(fd, job.from, job.end, job.chunkBytes, (run, final) => {
      scanner.scan(run, final);
      // Read by the other thread for display only: a torn or late value would only misdraw the bar.
      progress[0] = progress[0]! + run.length;
      progress[1] = scanner.dataRows;
    });
    scanner.finish();
    const { dataRows, skippedRows, otherYearRows, otherYears, decision, columnNumberRows, declaredRows, flaggedRows, sawNames, firstOrdinal, sawProvinceRow, newBelowHeading } = scanner;
    return { ok: true, sums: scanner.sums(), declared: declaredRows, flagged: flaggedRows, dataRows, columnNumberRows, skippedRows, otherYearRows, otherYears: [...otherYears], decision, sawNames, firstOrdinal, sawProvinceRow, newBelowHeading, measureFirst: scanner.measureLabels.firstRow(), glued: scanner.gluedFootnote() };
  } catch (err) {
    // A give-up (or a data error): the whole file goes to the reference reader. Anything else is raised.
    if (err instanceof GiveUp || err instanceof ThadsError) return { ok: false };
    throw err;
  } finally {
    Object.assign(tellingMemory, own);
    if (fd >= 0) closeSync(fd);
  }
}
