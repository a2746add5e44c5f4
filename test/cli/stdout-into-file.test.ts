// Standard output redirected to a file on a disk that fills up: the write takes part of the
// report without an error (a short write), and Node's stdout drops the rest — the report cut off
// at 8 KiB, exit 0 (traps17 1, a 12 KiB tmpfs). SPEC §8: a failed write to stdout is an I/O error,
// exit 2. A file-size limit makes the same short write without root: the shell ignores SIGXFSZ,
// so the write past the limit is cut short and the next one fails (EFBIG).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFully } from '../../src/io.js';
import { BIN, CLEAN_ENV, ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-short-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** thads with stdout into `out` under a limit of 8 blocks of 512 bytes (4,096 bytes) */
function limited(args: string, out: string) {
  const r = spawnSync('sh', ['-c', `trap '' XFSZ; ulimit -f 8; exec node "${BIN}" ${args} > "${out}"`], { cwd: ROOT, env: CLEAN_ENV, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr, bytes: statSync(out).size };
}

describe('a report larger than the room left for stdout', () => {
  it.each([
    ['summarize --format json', 'summarize fixtures/2019.csv --format json'],
    ['summarize --format html', 'summarize fixtures/2019.csv --format html'],
  ])('%s: an I/O error, exit 2, never a cut-off report with exit 0', (_, args) => {
    const r = limited(args, join(dir, 'out'));
    expect(r.bytes).toBe(4096);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('thads: error: cannot write to standard output: the file is too large (EFBIG) [IO_ERROR]\n');
  });

  it('check of a file with errors: said, and its exit code stays its verdict (1)', () => {
    const r = limited('check fixtures/check/2019-planted.csv --format json', join(dir, 'check.json'));
    expect(r.bytes).toBe(4096);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('thads: error: cannot write to standard output: the file is too large (EFBIG) [IO_ERROR]\n  hint: the exit code is still the verdict of the check\n');
  });

  it('a report that fits is written whole, exit 0', () => {
    const r = limited('summarize fixtures/2019.csv --by none --format csv', join(dir, 'small.csv'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.bytes).toBe(1269);
  });
});

describe('writeFully', () => {
  it('writes on after short writes, in order', () => {
    const got: number[] = [];
    writeFully((b, offset, length) => {
      const n = Math.min(3, length);
      got.push(...b.subarray(offset, offset + n));
      return n;
    }, Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(got).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("raises the write's error after a short write", () => {
    let calls = 0;
    const write = (_: Uint8Array, __: number, length: number) => {
      if (++calls > 1) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      return length - 1;
    };
    expect(() => writeFully(write, 'abcdef')).toThrow('no space');
    expect(calls).toBe(2);
  });
});

// README: "-", "/dev/stdout" are standard output. Into a file it was a usage error ("--output
// /dev/stdout has no extension to tell the format by", exit 2) though "-o -" worked (traps17 4).
describe('--output /dev/stdout with stdout redirected to a file', () => {
  it.each([['/dev/stdout'], ['-']])('%s writes what stdout would (CSV), exit 0', (output) => {
    const out = join(dir, 'redirected.csv');
    const r = spawnSync('sh', ['-c', `exec node "${BIN}" summarize fixtures/2019.csv --by none -o ${output} > "${out}"`], { cwd: ROOT, env: CLEAN_ENV, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toMatch(/^province,district,year,cases_carried_over,/);
  });
});
