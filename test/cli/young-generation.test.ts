// bin/thads.js keeps V8's young generation at its first size (2 × 1 MiB). V8 raises that flag
// again whenever it sets up an isolate's heap, a worker's too; a file scanned in two parts starts
// one, and the main thread's young generation would double again up to 2 × 16 MiB (split.ts sets
// the flag back). Each check runs in a process of its own (the flag is the process's), on the
// built modules, as bin runs them: a busy young generation, then its size read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** 3.2 kB, 10 offices: split at 1,000 bytes */
const FILE = join(ROOT, 'fixtures', '2019.csv');
const dir = mkdtempSync(join(tmpdir(), 'thads-young-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dist = (path: string) => pathToFileURL(join(ROOT, 'dist', path)).href;

/** Runs `body` (an ES module's lines) after the flag bin sets; prints the new space's size after a busy spell. */
function newSpaceAfter(body: string): { size: number; out: string } {
  const script = `
    import v8 from 'node:v8';
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    ${body}
    // 200,000 live objects at a time: a young generation that is allowed to grow does
    let keep = [];
    for (let i = 0; i < 3e6; i++) { keep.push({ i }); if (keep.length > 200000) keep = []; }
    process.stdout.write(' new space ' + v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);`;
  // a file, not -e: a worker inherits the process's flags, and --input-type stops it
  const file = join(dir, `check-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, script);
  const run = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const m = /new space (\d+)$/.exec(run.stdout);
  expect(m, run.stdout).not.toBeNull();
  return { size: Number(m![1]), out: run.stdout };
}
const MiB = 2 ** 20;

describe("the main thread's young generation", () => {
  it('stays at 2 MiB under the flag alone (no worker)', () => {
    expect(newSpaceAfter('').size).toBe(2 * MiB);
  });

  it('grows again once a worker has started, if nothing sets the flag back (what split.ts guards against)', () => {
    const body = `
      const { Worker } = await import('node:worker_threads');
      const w = new Worker('', { eval: true });
      await new Promise((resolve) => w.once('online', resolve));
      await new Promise((resolve) => w.once('exit', resolve));`;
    expect(newSpaceAfter(body).size).toBeGreaterThanOrEqual(16 * MiB);
  });

  it('stays small (2 MiB, 4 at times, under 16) after a file is read in two parts, the second in the built worker', () => {
    const body = `
      const { fastPath, readFastFile } = await import(${JSON.stringify(dist('input/fast/read-fast.js'))});
      const { HeaderMatcher } = await import(${JSON.stringify(dist('input/headers.js'))});
      Object.assign(fastPath, { splitBytes: 1000, workerUrl: new URL(${JSON.stringify(dist('input/fast/scan-worker.js'))}) });
      const read = await readFastFile(${JSON.stringify(FILE)}, { matcher: new HeaderMatcher({}), numberFormat: 'auto' });
      process.stdout.write('offices ' + read.offices.length + ', parts in a worker ' + fastPath.partsInWorker);`;
    const { size, out } = newSpaceAfter(body);
    expect(out).toMatch(/^offices 10, parts in a worker 1 /);
    // Set back, it never doubles up to 16 MiB and more (the test above). Between the worker's heap
    // set-up (which raises the flag) and the moment split.ts sets it back, a scavenge of this
    // thread may double it: 4 MiB in about one run of eight on a busy machine (CI, 2 cores), 2 MiB
    // in the others — never the 16 MiB and more of a flag left raised.
    expect(size).toBeLessThan(16 * MiB);
  });
});
