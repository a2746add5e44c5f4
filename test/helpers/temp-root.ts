// Vitest global setup: every test's temporary files go under one folder of this run, removed at
// the end, so a test that forgets to clean up (or dies first) leaves nothing behind in /tmp.
// Workers and the binaries the CLI tests spawn inherit TMPDIR, which os.tmpdir() reads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'thads-tests-'));
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
