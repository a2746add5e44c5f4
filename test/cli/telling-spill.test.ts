// An office on 20,000 rows whose figures could tell a copy (a case figure of 10 or more, three
// distinct non-zero figures): every such row keeps an 8-byte key to the end of the read, so that a
// copy anywhere among them is found (telling-rows.ts). Beyond a budget the keys go to a spill file
// (key-spill.ts); here the budget is 0, so nearly every key is written out, in both parts of a file
// scanned in two (in the main thread and in the built worker). Both readers must still agree: the
// rows summed (totals worked out by hand), a copy 17,000 rows below its row refused. No file is
// left in TMPDIR, and no descriptor open after the read.
import { existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { tellingMemory } from '../../src/input/fast/telling-rows.js';
import { spillFiles } from '../../src/input/fast/key-spill.js';

const BARE = 'Đơn vị,Tổng số thụ lý,Có điều kiện,Đã giải quyết xong';
const ARGS = ['--measure', 'cases', '--year', '2019', '--format', 'json'];
const { both } = bothReaders('thads-telling-spill-', ARGS);
/** The built worker: tests run the sources, which have no .js worker file to start. */
const BUILT_WORKER = new URL('../../dist/input/fast/scan-worker.js', import.meta.url);
const N = 20_000;
/** Vụ Bản's row i: 1000 + i, 500 + i, 200 + i — distinct on every row, each telling */
const rows = Array.from({ length: N }, (_, i) => `Vụ Bản,${1000 + i},${500 + i},${200 + i}`);
const ML = 'Mỹ Lộc,500,400,300';

const spillDir = mkdtempSync(join(tmpdir(), 'thads-spill-dir-'));
afterAll(() => rmSync(spillDir, { recursive: true, force: true }));
const saved = { split: fastPath.splitBytes, chunk: fastPath.chunkBytes, worker: fastPath.workerUrl, keys: tellingMemory.keys, tmp: process.env.TMPDIR };
beforeEach(() => {
  process.env.TMPDIR = spillDir;
  tellingMemory.keys = 0;
});
afterEach(() => {
  Object.assign(fastPath, { splitBytes: saved.split, chunkBytes: saved.chunk, workerUrl: saved.worker });
  tellingMemory.keys = saved.keys;
  if (saved.tmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved.tmp;
});
/** This process's descriptors open on a file of the spill folder (Linux: "/…/thads-keys-… (deleted)"); elsewhere none are seen. */
function openSpills(): string[] {
  if (!existsSync('/proc/self/fd')) return [];
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      return target.startsWith(spillDir) ? [target] : [];
    } catch {
      return []; // (closed meanwhile: the listing's own descriptor)
    }
  });
}

function cases(stdout: string): { total: string; withConditions: string; resolved: string } {
  const { total, withConditions, resolved } = JSON.parse(stdout).total.cases;
  return { total, withConditions, resolved };
}

describe.each([
  ['one thread', { splitBytes: saved.split, workerUrl: null }, 1],
  ['two parts, the second in the main thread', { splitBytes: 1000, workerUrl: null }, 2],
  ['two parts, the second in the worker', { splitBytes: 1000, workerUrl: BUILT_WORKER }, 2],
])('20,000 telling rows of one office, their keys spilled: %s', (_, split, madeHere) => {
  it('summed on the fast path as the reference sums them; nothing left in TMPDIR', async () => {
    Object.assign(fastPath, split);
    const used = fastPath.used;
    const made = spillFiles.made;
    const r = await both('long.csv', [BARE, ...rows, ML]);
    expect(r.code, r.stderr).toBe(0);
    // 1000·N + N(N−1)/2 = 20,000,000 + 199,990,000 = 219,990,000, and Mỹ Lộc's 500: 219,990,500;
    // 500·N + … = 10,000,000 + 199,990,000 + 400 = 209,990,400; 200·N + … = 4,000,000 + 199,990,000 + 300 = 203,990,300
    expect(cases(r.stdout)).toEqual({ total: '219990500', withConditions: '209990400', resolved: '203990300' });
    expect(fastPath.used).toBe(used + 1);
    // the main thread's spill file, and the part's (opened by the main thread for it)
    expect(spillFiles.made).toBe(made + madeHere);
    expect(readdirSync(spillDir)).toEqual([]);
    expect(openSpills()).toEqual([]);
  });

  it('a copy of row 2,000 at row 19,000 (its key long written out): refused at the copy, as the reference does', async () => {
    Object.assign(fastPath, split);
    const copied = [...rows.slice(0, 19_000), rows[1_999]!, ...rows.slice(19_000)];
    const r = await both('copy.csv', [BARE, ...copied, ML]);
    expect(r.code).toBe(1);
    // line 1 is the header: row i is on line i + 2; the copy on line 19,002
    expect(r.stderr).toContain('FILE:19002:1: error: line 19002 repeats line 2001: office "Vụ Bản"');
    expect(readdirSync(spillDir)).toEqual([]);
    expect(openSpills()).toEqual([]);
  });
});
