// Robustness: seeded mutations of real fixtures run through the CLI. Whatever the input, thads
// ends with exit 0, 1, 2 or 3, never prints a stack trace or an internal error, and summarize
// writes nothing to stdout when it fails. Replay: THADS_FUZZ_SEED=<seed> THADS_FUZZ_RUNS=<n>.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runThads, spawnThads, type RunResult } from '../helpers/cli.js';
import { mutate, rng } from './mutate.js';

const SEED = Number(process.env.THADS_FUZZ_SEED ?? 20190930);
const RUNS = Number(process.env.THADS_FUZZ_RUNS ?? 2000);
const SPAWNED = 20;

const SEEDS = [
  'fixtures/2019.csv',
  'fixtures/check/2019-planted.csv',
  'fixtures/check/2019-published.csv',
  'fixtures/check/2019-below-target.csv',
  'fixtures/check/2019-warning-only.csv',
  'test/fuzz/seeds/2019-vi-excel.csv',
  'fixtures/real-world/title-and-unit-lines/bao-cao-2019.csv',
  'fixtures/real-world/form-three-row-header/bao-cao-viec-2019.csv',
  'fixtures/real-world/sections/bao-cao-2019.csv',
  'fixtures/real-world/split-cases-money/bao-cao-tien-2019.csv',
  'fixtures/real-world/utf16le/bao-cao-2019.txt',
].map((path) => ({ path, bytes: readFileSync(join(ROOT, path)) }));

// Names matter to thads (year, measure, district from the file name), so vary them too.
const NAMES = ['2019.csv', 'bao-cao-2019.csv', '2019_viec.csv', 'tien-2020.csv', 'data.csv', 'Nam Định 2019.tsv'];

const dir = mkdtempSync(join(tmpdir(), 'thads-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Options that take other paths through the code; one of each list per case.
const CHECK_FLAGS: string[][] = [[], [], [], ['--strict'], ['--fail-below-target'], ['--format', 'github'], ['--format', 'json'], ['--quiet', '--number-format', 'vi'], ['--encoding', 'windows-1258'], ['--delimiter', ';']];
const SUMMARIZE_FLAGS: string[][] = [[], [], [], ['--by', 'year,province,district'], ['--fail-below-target'], ['--strict'], ['--number-format', 'en'], ['--money-unit', 'thousand', '--by', 'none'], ['--encoding', 'utf-16le'], ['--format', 'csv', '--excel', '--lang', 'vi']];

interface Case {
  readonly file: string;
  readonly what: string;
  readonly check: string[];
  readonly summarize: string[];
}

function makeCases(): Case[] {
  const r = rng(SEED);
  const cases: Case[] = [];
  for (let i = 0; i < RUNS; i++) {
    const seed = r.pick(SEEDS);
    const { bytes, applied } = mutate(seed.bytes, r);
    const file = join(dir, `${i}-${r.pick(NAMES)}`);
    writeFileSync(file, bytes);
    const check = ['check', file, ...r.pick(CHECK_FLAGS)];
    const summarize = ['summarize', file, '--format', 'json', ...r.pick(SUMMARIZE_FLAGS)];
    cases.push({ file, what: `#${i} ${seed.path} + ${applied.join(' + ')} → ${file}`, check, summarize });
  }
  return cases;
}

/** What no run may do, whatever the input; an empty list means the run is fine. */
function problems(command: 'check' | 'summarize', args: readonly string[], r: RunResult): string[] {
  const out: string[] = [];
  if (![0, 1, 2, 3].includes(r.code)) out.push(`exit ${r.code}`);
  for (const [stream, text] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
    if (text.includes('    at ') || text.includes('node:internal')) out.push(`stack trace on ${stream}`);
    if (text.includes('internal error')) out.push(`internal error on ${stream}: ${text.slice(0, 300)}`);
  }
  // Exit 3 (--fail-below-target) is a verdict on a valid summary, which is printed; 1 and 2 are failures.
  if (command === 'summarize' && (r.code === 1 || r.code === 2) && r.stdout !== '') out.push(`stdout not empty on exit ${r.code}`);
  const json = args.lastIndexOf('--format') >= 0 && args[args.lastIndexOf('--format') + 1] === 'json';
  if (json && (command === 'check' ? r.code !== 2 : r.code === 0 || r.code === 3)) {
    try {
      const doc = JSON.parse(r.stdout) as { verdict?: unknown; total?: unknown };
      if (command === 'check' ? typeof doc.verdict !== 'string' : typeof doc.total !== 'object') out.push('JSON without its verdict or total');
    } catch {
      out.push('stdout is not JSON');
    }
  } else if (command === 'check' && r.code !== 2) {
    // The verdict is the last line; anchored, so a 100 KB cell of digits cannot make the regex crawl.
    const verdict = r.stdout.slice(r.stdout.lastIndexOf('\n', r.stdout.length - 2) + 1);
    if (!/^(no problems|\d+ errors?, \d+ warnings?) in \d+ files?\n$/.test(verdict)) out.push('check printed no verdict');
  }
  return out;
}

describe('fuzz: mutated fixtures never crash the CLI', () => {
  const cases = makeCases();

  it(`${RUNS} mutated inputs through check and summarize, in process (seed ${SEED})`, async () => {
    const failures: string[] = [];
    const codes = { check: new Map<number, number>(), summarize: new Map<number, number>() };
    for (const c of cases) {
      for (const command of ['check', 'summarize'] as const) {
        const r = await runThads(c[command]);
        codes[command].set(r.code, (codes[command].get(r.code) ?? 0) + 1);
        for (const p of problems(command, c[command], r)) failures.push(`${c[command].join(' ')} (${c.what}): ${p}`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    // The mutations must reach every outcome, or the fuzz test is testing nothing.
    expect(codes.check.get(0)).toBeGreaterThan(RUNS / 20);
    expect(codes.check.get(1)).toBeGreaterThan(RUNS / 20);
    expect(codes.summarize.get(0)).toBeGreaterThan(RUNS / 20);
    expect(codes.summarize.get(1)).toBeGreaterThan(RUNS / 20);
  });

  it(`a sample of ${SPAWNED} through the real binary`, () => {
    const failures: string[] = [];
    const step = Math.max(1, Math.floor(cases.length / SPAWNED));
    for (let i = 0; i < cases.length && i / step < SPAWNED; i += step) {
      const c = cases[i]!;
      const command = i % 2 === 0 ? 'check' : 'summarize';
      const r = spawnThads(c[command]);
      for (const p of problems(command, c[command], r)) failures.push(`${c[command].join(' ')} (${c.what}): ${p}`);
    }
    expect(failures).toEqual([]);
  });
});
