// Big files are summed in two parts at once, on two cores: the main thread scans the header
// and the first part, a worker thread (scan-worker.ts) the rest, from a line start near the
// middle. The second part's sums are added to the first's (OfficeTable.merge): offices in
// order of first appearance, the second part's line numbers moved past the first part's lines. Where no worker can run (the built worker file is
// missing, or it fails), the second part is scanned in the main thread after the first: slower,
// same result.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { scanPart, type PartJob, type PartResult } from './part.js';
import { keepYoungGenerationSmall } from './young-generation.js';

export class SecondPart {
  private worker: Worker | null = null;
  private job: PartJob | null = null;
  /** the worker's answer; null when the worker failed (not the scan) */
  private answer: Promise<PartResult | null> = Promise.resolve(null);
  /** the worker was started and is not running yet: its isolate's setup may reset a V8 flag */
  private booting = false;

  /** Starts the worker at once (it boots while the first part is scanned), if it can. */
  constructor(workerUrl: URL | null) {
    if (!workerUrl || !existsSync(fileURLToPath(workerUrl))) return;
    try {
      // Loaded here, not at start-up: only files big enough to split need it.
      const { Worker } = process.getBuiltinModule('node:worker_threads');
      // A worker's isolate starts with a young generation of 8 MiB semi-spaces (the main thread's 1 MiB,
      // kept there by bin/thads.js): 3 MiB is two 1 MiB semi-spaces and their large objects' room
      // (10M rows, paired: peak 230 → 224 MiB, the same time).
      const worker = new Worker(workerUrl, { resourceLimits: { maxYoungGenerationSizeMb: 3 } });
      worker.unref();
      this.booting = true;
      const up = () => {
        this.booting = false;
        keepYoungGenerationSmall();
      };
      worker.once('online', up);
      // Listening from the start: a worker that fails to load must not throw in this thread.
      this.answer = new Promise((resolve) => {
        worker.once('message', (result: PartResult) => resolve(result));
        worker.once('error', () => (up(), resolve(null)));
        worker.once('exit', () => (up(), resolve(null)));
      });
      this.worker = worker;
    } catch {
      this.worker = null;
    }
  }

  /**
   * Called between the first part's runs. The worker's heap is set up at some moment after it
   * is started (hundreds of ms before it is online on a busy machine), which resets the young
   * generation's growth: set again after every run until then (microseconds each).
   */
  whileBooting(): void {
    if (this.booting) keepYoungGenerationSmall();
  }

  /** bytes and rows the second part has scanned so far (a worker's, as it goes) */
  scanned(): { bytes: number; rows: number } {
    const shared = this.job ? new Float64Array(this.job.progress) : null;
    return { bytes: shared?.[0] ?? 0, rows: shared?.[1] ?? 0 };
  }

  start(job: PartJob): void {
    this.job = job;
    this.worker?.postMessage(job);
  }

  get started(): boolean {
    return this.job !== null;
  }

  /** The part's result, and whether the worker scanned it (else the main thread did, now). */
  async result(): Promise<{ result: PartResult; inWorker: boolean }> {
    const fromWorker = this.worker ? await this.answer : null;
    this.stop();
    return fromWorker ? { result: fromWorker, inWorker: true } : { result: await scanPart(this.job!), inWorker: false };
  }

  stop(): void {
    void this.worker?.terminate();
    this.worker = null;
  }
}
