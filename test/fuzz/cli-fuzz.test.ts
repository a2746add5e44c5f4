// Robustness: seeded mutations of every fixture run through the CLI — byte and line edits, huge
// cells, odd encodings and line ends, controls in names, and (fewer) big inputs: many rows,
// blank lines by the hundred thousand, wide headers. Whatever the input, thads ends with exit 0,
// 1, 2 or 3 within a time bound, never prints a stack trace or an internal error (exit 70), and
// on failure writes nothing to stdout or to --output (no file, no temporary file).
//
// In `npm test` it runs at a size that takes seconds; by hand, larger:
//   THADS_FUZZ_RUNS=5000 THADS_FUZZ_HEAVY=100 npx vitest run test/fuzz
// Replay one failure: THADS_FUZZ_SEED=<seed> with the same counts.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runThads, spawnThads, type RunResult } from '../helpers/cli.js';
import { mutate, mutateHeavy, rng } from './mutate.js';

const SEED = Number(process.env.THADS_FUZZ_SEED ?? 20190930);
const RUNS = Number(process.env.THADS_FUZZ_RUNS ?? process.env.THADS_FUZZ_N ?? 200);
const HEAVY = Number(process.env.THADS_FUZZ_HEAVY ?? 4);
const SPAWNED = Number(process.env.THADS_FUZZ_SPAWNED ?? 8);
/** Per run, in process, on a busy two-core machine: generous, but a hang or a quadratic blow-up is far beyond. */
const BOUND_MS = { light: 5_000, heavy: 30_000 };

/** Every fixture: the CSV, TSV and text files under fixtures/ and test/fuzz/seeds/. */
function fixtureFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return fixtureFiles(path);
    return /\.(csv|tsv|txt)$/.test(name) ? [path] : [];
  });
}
const SEEDS = [...fixtureFiles(join(ROOT, 'fixtures')), ...fixtureFiles(join(ROOT, 'test', 'fuzz', 'seeds'))]
  .map((path) => ({ path: relative(ROOT, path), bytes: readFileSync(path) }))
  .sort((a, b) => a.path.localeCompare(b.path));

// Names matter to thads (year, measure, district from the file name), so vary them too.
const NAMES = ['2019.csv', 'bao-cao-2019.csv', '2019_viec.csv', 'tien-2020.csv', 'data.csv', 'Nam Định 2019.tsv'];
// --output in half of the summarize runs: its extension picks the format.
const OUTPUTS = ['out.json', 'out.csv', 'out.md', 'out.svg', 'out.html', 'out.txt'];

const dir = mkdtempSync(join(tmpdir(), 'thads-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }), 120_000);

// Options that take other paths through the code; one of each list per case.
const CHECK_FLAGS: string[][] = [[], [], [], ['--strict'], ['--fail-below-target'], ['--format', 'github'], ['--format', 'json'], ['--quiet', '--number-format', 'vi'], ['--encoding', 'windows-1258'], ['--delimiter', ';']];
const SUMMARIZE_FLAGS: string[][] = [[], [], [], ['--by', 'year,province,district'], ['--fail-below-target'], ['--strict'], ['--number-format', 'en'], ['--money-unit', 'thousand', '--by', 'none'], ['--encoding', 'utf-16le'], ['--format', 'csv', '--excel', '--lang', 'vi']];

interface Case {
  readonly what: string;
  readonly heavy: boolean;
  readonly check: string[];
  readonly summarize: string[];
  /** the --output of the summarize run, in a folder of its own */
  readonly output: string | null;
}

function makeCases(): Case[] {
  const r = rng(SEED);
  const cases: Case[] = [];
  for (let i = 0; i < RUNS + HEAVY; i++) {
    const heavy = i >= RUNS;
    const seed = r.pick(SEEDS);
    const { bytes, applied } = heavy ? mutateHeavy(seed.bytes, r) : mutate(seed.bytes, r);
    const file = join(dir, `${i}-${r.pick(NAMES)}`);
    writeFileSync(file, bytes);
    const check = ['check', file, ...r.pick(CHECK_FLAGS)];
    let output: string | null = null;
    const summarize = ['summarize', file, ...r.pick(SUMMARIZE_FLAGS)];
    if (r.int(2) === 0) {
      mkdirSync(join(dir, `out-${i}`));
      output = join(dir, `out-${i}`, r.pick(OUTPUTS));
      summarize.push('--output', output);
    } else if (!summarize.includes('--format')) summarize.push('--format', 'json');
    cases.push({ what: `#${i} ${seed.path} + ${applied.join(' + ')} (${bytes.length} bytes)`, heavy, check, summarize, output });
  }
  return cases;
}

/** What no run may do, whatever the input; an empty list means the run is fine. */
function problems(command: 'check' | 'summarize', c: Case, r: RunResult, ms: number): string[] {
  const args = c[command];
  const out: string[] = [];
  if (![0, 1, 2, 3].includes(r.code)) out.push(`exit ${r.code}`);
  const bound = c.heavy ? BOUND_MS.heavy : BOUND_MS.light;
  if (ms > bound) out.push(`took ${ms} ms (bound ${bound} ms)`);
  for (const [stream, text] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
    if (text.includes('    at ') || text.includes('node:internal')) out.push(`stack trace on ${stream}`);
    if (text.includes('internal error')) out.push(`internal error on ${stream}: ${text.slice(0, 300)}`);
  }
  // Exit 3 (--fail-below-target) is a verdict on a valid summary, which is printed; 1 and 2 are failures.
  if (command === 'summarize' && (r.code === 1 || r.code === 2) && r.stdout !== '') out.push(`stdout not empty on exit ${r.code}`);
  if (command === 'summarize' && c.output) {
    const folder = join(c.output, '..');
    const left = readdirSync(folder);
    if (r.stdout !== '') out.push('stdout not empty with --output');
    if (left.some((f) => f.endsWith('.tmp'))) out.push(`temporary file left: ${left.join(', ')}`);
    if ((r.code === 1 || r.code === 2) && existsSync(c.output)) out.push(`--output written on exit ${r.code}`);
    if ((r.code === 0 || r.code === 3) && !existsSync(c.output)) out.push(`--output missing on exit ${r.code}`);
  }
  const json = args.lastIndexOf('--format') >= 0 && args[args.lastIndexOf('--format') + 1] === 'json';
  if (json && !(command === 'summarize' && c.output) && (command === 'check' ? r.code !== 2 : r.code === 0 || r.code === 3)) {
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
  // Messages are bounded: no line of stderr (or of check's text report) as long as a huge cell.
  const longest = r.stderr.split('\n').reduce((most, l) => Math.max(most, l.length), 0);
  if (longest > 2_000) out.push(`a message line of ${longest} characters`);
  return out;
}

describe('fuzz: mutated fixtures never crash, hang or write on failure', () => {
  const cases = makeCases();

  it(`${RUNS} mutated inputs and ${HEAVY} big ones through check and summarize, in process (seed ${SEED}, ${SEEDS.length} fixtures)`, async () => {
    const failures: string[] = [];
    const codes = { check: new Map<number, number>(), summarize: new Map<number, number>() };
    for (const c of cases) {
      for (const command of ['check', 'summarize'] as const) {
        if (process.env.THADS_FUZZ_TRACE) writeFileSync(process.env.THADS_FUZZ_TRACE, `${c[command].join(' ')} (${c.what})\n`, { flag: 'a' });
        const started = performance.now();
        const r = await runThads(c[command]);
        const ms = Math.round(performance.now() - started);
        codes[command].set(r.code, (codes[command].get(r.code) ?? 0) + 1);
        for (const p of problems(command, c, r, ms)) failures.push(`${c[command].join(' ')} (${c.what}): ${p}`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    // The mutations must reach every outcome, or the fuzz test is testing nothing.
    expect(codes.check.get(0)).toBeGreaterThan(RUNS / 20);
    expect(codes.check.get(1)).toBeGreaterThan(RUNS / 20);
    expect(codes.summarize.get(0)).toBeGreaterThan(RUNS / 20);
    expect(codes.summarize.get(1)).toBeGreaterThan(RUNS / 20);
  }, 600_000);

  it(`a sample of ${SPAWNED} through the real binary`, () => {
    const failures: string[] = [];
    const light = cases.filter((c) => !c.heavy);
    const step = Math.max(1, Math.floor(light.length / SPAWNED));
    for (let i = 0; i < light.length && i / step < SPAWNED; i += step) {
      const c = light[i]!;
      const command = i % 2 === 0 ? 'check' : 'summarize';
      if (c.output) rmSync(c.output, { force: true });
      const started = performance.now();
      const r = spawnThads(c[command]);
      for (const p of problems(command, c, r, Math.round(performance.now() - started))) failures.push(`${c[command].join(' ')} (${c.what}): ${p}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
