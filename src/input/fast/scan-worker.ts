// Worker thread entry: scans the second part of a split file (part.ts) and posts the result.
import { parentPort } from 'node:worker_threads';
import { scanPart, type PartJob } from './part.js';

parentPort?.once('message', (job: PartJob) => {
  scanPart(job).then(
    (result) => parentPort?.postMessage(result),
    () => parentPort?.postMessage({ ok: false }),
  );
});
