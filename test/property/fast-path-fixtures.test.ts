// Every bundled fixture — the real-world export shapes, the bad inputs, the check fixtures —
// prints the same bytes (stdout, stderr, exit code) with the fast path as with the reference
// reader alone, in the formats and groupings that reach the most code.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { ROOT, runThads } from '../helpers/cli.js';

function csvFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? csvFiles(path) : name.endsWith('.csv') ? [relative(ROOT, path)] : [];
  });
}

const FILES = csvFiles(join(ROOT, 'fixtures')).sort();
const ARGS = [
  ['--format', 'json'],
  ['--format', 'csv', '--by', 'province,district'],
];

afterEach(() => {
  fastPath.enabled = true;
});

describe('fast path on the bundled fixtures', () => {
  it('finds the fixtures', () => {
    expect(FILES.length).toBeGreaterThan(30);
  });

  it.each(FILES)('%s: same output with and without the fast path', async (file) => {
    for (const args of ARGS) {
      fastPath.enabled = true;
      const fast = await runThads(['summarize', file, ...args]);
      fastPath.enabled = false;
      const reference = await runThads(['summarize', file, ...args]);
      expect(fast).toEqual(reference);
    }
  });

  it('takes the fast path on some of them', async () => {
    const before = fastPath.used;
    await runThads(['summarize', 'fixtures/2019.csv', '--format', 'json']);
    expect(fastPath.used).toBe(before + 1);
  });
});
