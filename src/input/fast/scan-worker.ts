// Worker thread entry: scans the second part of a split file (part.ts) and posts the result.
import { parentPort } from 'node:worker_threads';
import type { TableData } from './office-sums.js';
import { partFailure, scanPart, type PartJob } from './part.js';

/** The sums' arrays are moved to the main thread, not copied. */
const moved = (sums: TableData): ArrayBuffer[] => [sums.rows, sums.repeatLine, sums.firstItem, sums.canon, sums.officeRows, sums.firstRowOf, sums.firstFigures, sums.twin, sums.hi, sums.lo, sums.scale, sums.telling.buckets, ...sums.telling.chunks].map((a) => a.buffer as ArrayBuffer);

parentPort?.once('message', (job: PartJob) => {
  scanPart(job).then(
    (result) => parentPort?.postMessage(result, result.ok ? moved(result.sums) : []),
    (err: unknown) => parentPort?.postMessage({ ok: false, failure: partFailure(err) }),
  );
});
