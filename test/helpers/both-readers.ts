// Runs thads in-process on files written to a temporary folder, through the fast path and the
// reference reader in turn: both must print the same bytes. Messages name the file FILE.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `summarize NAME …args` on `lines`, written in a folder of this test file's own. */
export function bothReaders(prefix: string, defaultArgs: readonly string[]) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A file of `lines` in the folder (an input, a --previous file); its path. */
  function write(name: string, lines: readonly string[]): string {
    const file = join(dir, name);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  }

  async function summarize(name: string, lines: readonly string[], fast: boolean, args: readonly string[] = defaultArgs): Promise<Run> {
    const file = write(name, lines);
    const { io, stdout, stderr } = memoryIo(['summarize', file, ...args], { env: {} });
    fastPath.enabled = fast;
    try {
      const code = await main(io);
      return { code, stdout: stdout(), stderr: stderr().split(file).join('FILE') };
    } finally {
      fastPath.enabled = true;
    }
  }

  /** Both readers, which must agree; the reference's result. */
  async function both(name: string, lines: readonly string[], args: readonly string[] = defaultArgs): Promise<Run> {
    const reference = await summarize(name, lines, false, args);
    const fast = await summarize(name, lines, true, args);
    expect(fast).toEqual(reference);
    return reference;
  }

  return { dir, write, summarize, both };
}

/** Files by name (a name may hold folders), each its lines. */
export type Files = Record<string, readonly string[]>;

/**
 * `summarize` on several files written to `dir`, through one reader; messages name the files
 * relative to `dir`.
 */
export async function summarizeFiles(dir: string, files: Files, args: readonly string[], fast: boolean): Promise<Run> {
  for (const [name, lines] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  }
  const { io, stdout, stderr } = memoryIo(['summarize', ...Object.keys(files).map((f) => join(dir, f)), ...args], { env: {} });
  fastPath.enabled = fast;
  try {
    const code = await main(io);
    return { code, stdout: stdout(), stderr: stderr().split(join(dir, '/')).join('') };
  } finally {
    fastPath.enabled = true;
  }
}

/** summarizeFiles through both readers, which must agree; the reference's result. */
export async function bothOnFiles(dir: string, files: Files, args: readonly string[]): Promise<Run> {
  const reference = await summarizeFiles(dir, files, args, false);
  const fast = await summarizeFiles(dir, files, args, true);
  expect(fast).toEqual(reference);
  return reference;
}

/** `args` (a whole command line) through one reader; `dir/` taken out of what it prints. */
export async function runArgs(dir: string, args: readonly string[], fast: boolean): Promise<Run> {
  const { io, stdout, stderr } = memoryIo(args, { env: {} });
  fastPath.enabled = fast;
  try {
    const code = await main(io);
    return { code, stdout: stdout().split(`${dir}/`).join(''), stderr: stderr().split(`${dir}/`).join('') };
  } finally {
    fastPath.enabled = true;
  }
}

/** `check` on files of `dir` (written by `bothOnFiles`) through both readers, which must agree. */
export async function checkBoth(dir: string, files: readonly string[], extra: readonly string[] = []): Promise<Run> {
  const argv = ['check', ...files.map((f) => join(dir, f)), ...extra];
  const reference = await runArgs(dir, argv, false);
  expect(await runArgs(dir, argv, true)).toEqual(reference);
  return reference;
}

/** `summarize FILES --format csv ARGS` through both readers, which must agree; the reference's result and its CSV rows by column name. */
export async function summarizeCsvRows(dir: string, files: readonly string[], args: readonly string[]): Promise<Run & { rows: Record<string, string>[] }> {
  const argv = ['summarize', ...files, '--format', 'csv', ...args];
  const reference = await runArgs(dir, argv, false);
  expect(await runArgs(dir, argv, true)).toEqual(reference);
  const [header, ...lines] = reference.stdout.trim().split('\n');
  const columns = (header ?? '').split(',');
  const rows = lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i]!, v])));
  return { ...reference, rows };
}

/** money_with_conditions, money_resolved and money_rate of the TOTAL row of `file`, through both readers; no error. */
export async function moneyTotal(dir: string, file: string, args: readonly string[]): Promise<string[]> {
  const r = await summarizeCsvRows(dir, [file], args);
  expect(r.stderr).not.toContain('error');
  expect(r.code).toBe(0);
  const total = r.rows.find((row) => row.district === 'TOTAL')!;
  return [total.money_with_conditions!, total.money_resolved!, total.money_rate!];
}
