// --format against the extension of --output: a file is what its name says. JSON written into
// "out.csv", CSV into "out.tsv" were accepted (exit 0); only a workbook's mix-ups were refused.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-format-ext-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--format and the --output extension', () => {
  it.each([
    ['json', 'out.csv'],
    ['html', 'out.csv'],
    ['csv', 'out.tsv'],
    ['markdown', 'out.json'],
    ['csv', 'out.html'],
    ['html', 'out.svg'],
  ])('--format %s -o %s: a usage error, nothing written', (format, name) => {
    const r = spawnThads(['summarize', 'fixtures/2019.csv', '--format', format, '-o', join(dir, name)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--format ${format} does not match --output`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['table', 'out.txt'],
    ['markdown', 'out.txt'],
    ['text', 'out.txt'],
    ['csv', 'out.csv'],
  ])('--format %s -o %s: written', (format, name) => {
    const r = spawnThads(['summarize', 'fixtures/2019.csv', '--format', format, '-o', join(dir, name)]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dir)).toContain(name);
  });
});
