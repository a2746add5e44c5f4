// --output naming a pipe through a descriptor's link: "/dev/fd/3" (bash's `-o >(gzip > out.gz)` is
// /dev/fd/63) ends in "pipe:[…]", no path. Taken for a file to create beside it, the run failed
// "cannot write /dev/fd/3: no such file or directory" (exit 2).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, CLEAN_ENV, ROOT } from '../helpers/cli.js';

describe.runIf(existsSync('/dev/fd/0'))('--output /dev/fd/N on a pipe', () => {
  it('writes into the pipe, as to standard output', () => {
    const args = ['summarize', 'fixtures/2019.csv', '--format', 'csv', '-q'];
    const expected = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: CLEAN_ENV, encoding: 'utf8' });
    expect(expected.status).toBe(0);
    // sh: fd 3 a pipe into cat (the shell's pipe: a spawned process's stdout is a socket, which
    // /dev/fd cannot open), cat's output our stdout; thads' own stdout to /dev/null
    const r = spawnSync('sh', ['-c', `"$0" "$@" -o /dev/fd/3 3>&1 1>/dev/null | cat`, process.execPath, BIN, ...args], { cwd: ROOT, env: CLEAN_ENV, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
  });
});
