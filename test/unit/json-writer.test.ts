// The JSON writer (src/output/json.ts) prints the document in pieces: whatever the input, its output must
// parse, and be exactly what JSON.stringify(…, null, 2) prints for the parsed document.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Names a writer could get wrong: quotes, backslashes, control characters, non-BMP characters.
const awkward = join(dir, '2019.csv');
writeFileSync(
  awkward,
  [
    'province,district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved',
    '"Nam ""Định""","Back\\slash\ttab",10,9,1000.5,900',
    'Hà Nội,Emoji 🏛 Ba Đình,4,,,',
    'Hà Nội,Ba Đình,0,0,0,0',
  ].join('\n'),
);

const CASES: string[][] = [
  ['summarize', 'fixtures/2019.csv', '--format', 'json'],
  ['summarize', 'fixtures/2019.csv', '--format', 'json', '--by', 'none'],
  ['summarize', 'fixtures/2019.csv', '--format', 'json', '--previous', 'fixtures/2018.csv', '--unit', 'million'],
  ['summarize', 'fixtures/2019.csv', 'fixtures/2018.csv', '--format', 'json', '--by', 'year,district'],
  ['summarize', 'fixtures/national-2019.csv', '--format', 'json', '--by', 'province'],
  ['summarize', 'fixtures/check/2019-warning-only.csv', '--format', 'json'],
  ['summarize', awkward, '--format', 'json', '--rate-decimals', '0'],
];

describe('JSON writer', () => {
  it.each(CASES.map((args) => [args.join(' '), args]))('%s prints what JSON.stringify would', async (_, args) => {
    const r = await runThads(args as string[]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { groups: unknown[] };
    expect(r.stdout).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });
});
