// Standard input and output as files (src/input/same-file.ts, src/input/spool.ts, src/file-args.ts):
// `- < b.csv` is the file b.csv for the OUTPUT_IS_INPUT and PREVIOUS_IS_INPUT checks; the copy of
// standard input kept under TMPDIR is removed by Ctrl-C, SIGTERM and SIGHUP; thads' own wildcard
// leaves out this run's output while it is empty (`*.csv > tong-hop.csv` as cmd.exe runs it).
// Run as the real binary: only a process has a descriptor 0 or 1 that is a file.
import { spawn, spawnSync, type StdioOptions } from 'node:child_process';
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, CLEAN_ENV } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

// Two offices of 2019: 100 + 50 = 150 cases with conditions, 60 + 20 = 80 resolved, 80 / 150 = 53.33 %.
const A_2019 = ['district,cases_with_conditions,cases_resolved', 'Office A,100,60', 'Office B,50,20'];
// The same offices in 2018: 50 + 25 = 75 resolved of 150, 50.00 %; change 53.33 − 50.00 = 3.33 points.
const PREV_2018 = ['district,cases_with_conditions,cases_resolved', 'Office A,100,50', 'Office B,50,25'];
// A third office: 40 with conditions, 30 resolved.
const C_2019 = ['district,cases_with_conditions,cases_resolved', 'Office C,40,30'];

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The binary with standard input and/or output opened on files (`< in`, `> out`, the file created empty first, as a shell does). */
function run(args: readonly string[], cwd: string, io: { stdinFile?: string; stdoutFile?: string; input?: string } = {}): Run {
  const fds: number[] = [];
  try {
    const stdin = io.stdinFile !== undefined ? fds[fds.push(openSync(join(cwd, io.stdinFile), 'r')) - 1]! : 'pipe';
    const stdout = io.stdoutFile !== undefined ? fds[fds.push(openSync(join(cwd, io.stdoutFile), 'w')) - 1]! : 'pipe';
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: CLEAN_ENV, encoding: 'utf8', stdio: [stdin, stdout, 'pipe'] as StdioOptions, ...(io.input !== undefined ? { input: io.input } : {}) });
    return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr };
  } finally {
    for (const fd of fds) closeSync(fd);
  }
}

/** The TOTAL row's cells named in `columns`, from a CSV report. */
function total(csv: string, columns: readonly string[]): string[] {
  const [head, ...rows] = csv.trim().split('\n').map((l) => l.split(','));
  const row = rows.find((r) => r[1] === 'TOTAL')!;
  return columns.map((c) => row[head!.indexOf(c)]!);
}
const RATE = ['cases_with_conditions', 'cases_resolved', 'cases_rate'];

describe('1. standard input redirected from a file is that file', () => {
  const { dir, write } = fileTree('thads-stdio-in-');
  write({ 'a.csv': A_2019, 'prev-2018.csv': PREV_2018 });
  const bytes = readFileSync(join(dir, 'a.csv'));

  it('- -o a.csv < a.csv: refused OUTPUT_IS_INPUT, exit 2, a.csv unchanged (was replaced by the summary, exit 0)', () => {
    const r = run(['summarize', '-', '--year', '2019', '-o', 'a.csv'], dir, { stdinFile: 'a.csv' });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'thads: error: --output a.csv is one of the input files [OUTPUT_IS_INPUT]\n  hint: write the result to another file name\n' });
    expect(readFileSync(join(dir, 'a.csv'))).toEqual(bytes);
  });

  it('the same through a hard link of the redirected file: exit 2, unchanged', () => {
    linkSync(join(dir, 'a.csv'), join(dir, 'link.csv'));
    const r = run(['summarize', '-', '--year', '2019', '-o', 'link.csv'], dir, { stdinFile: 'a.csv' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[OUTPUT_IS_INPUT]');
    expect(readFileSync(join(dir, 'a.csv'))).toEqual(bytes);
  });

  it('- --previous prev-2018.csv < prev-2018.csv: refused PREVIOUS_IS_INPUT, exit 2 (was a change of 0, exit 0)', () => {
    const r = run(['summarize', '-', '--year', '2019', '--previous', 'prev-2018.csv', '--by', 'none'], dir, { stdinFile: 'prev-2018.csv' });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "thads: error: --previous prev-2018.csv is standard input (the same file under another name): a year would be compared with itself [PREVIOUS_IS_INPUT]\n  hint: pass last year's files with --previous (e.g. 2018.csv for a 2019 report)\n",
    });
  });

  it('control: - -o out.csv < a.csv (different files) writes out.csv: 150, 80, 53.33', () => {
    const r = run(['summarize', '-', '--year', '2019', '--by', 'none', '-o', 'out.csv'], dir, { stdinFile: 'a.csv' });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(total(readFileSync(join(dir, 'out.csv'), 'utf8'), RATE)).toEqual(['150', '80', '53.33']);
    expect(readFileSync(join(dir, 'a.csv'))).toEqual(bytes);
  });

  it('control: a pipe (cat a.csv | thads summarize -) still reads: 150, 80, 53.33', () => {
    const r = run(['summarize', '-', '--year', '2019', '--by', 'none'], dir, { input: bytes.toString('utf8') });
    expect(r.code).toBe(0);
    expect(total(r.stdout, RATE)).toEqual(['150', '80', '53.33']);
  });

  it('control: - --previous prev-2018.csv < a.csv compares two years: change 53.33 − 50.00 = 3.33 points', () => {
    const r = run(['summarize', '-', '--year', '2019', '--previous', 'prev-2018.csv', '--by', 'none'], dir, { stdinFile: 'a.csv' });
    expect(r.code).toBe(0);
    expect(total(r.stdout, [...RATE, 'cases_rate_change'])).toEqual(['150', '80', '53.33', '3.33']);
  });
});

describe('2. an interrupt while standard input is kept leaves no copy of it in TMPDIR', () => {
  const { dir, write } = fileTree('thads-stdio-signal-');
  write({ 'a.csv': A_2019 });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    it(`${signal} while the pipe is still open: the process ends by the signal, no thads-stdin-* left`, async () => {
      const tmp = join(dir, `tmp-${signal}`);
      mkdirSync(tmp);
      const child = spawn(process.execPath, [BIN, 'summarize', '-', '--year', '2019', '--by', 'none', '-o', 'out.csv'], { cwd: dir, env: { ...CLEAN_ENV, TMPDIR: tmp }, stdio: ['pipe', 'ignore', 'ignore'] });
      // Half of the file, the pipe left open: thads waits for the rest with its copy on disk.
      child.stdin.write(`${A_2019.slice(0, 2).join('\n')}\n`);
      const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, s) => resolve(s)));
      const kept = () => readdirSync(tmp).filter((f) => f.startsWith('thads-stdin-'));
      for (let i = 0; i < 2000 && !kept().some((d) => existsSync(join(tmp, d, 'input'))); i++) await new Promise((r) => setTimeout(r, 5));
      expect(kept()).toHaveLength(1);
      child.kill(signal);
      expect(await ended).toBe(signal);
      expect(readdirSync(tmp)).toEqual([]);
    }, 30_000);
  }
});

describe("3. thads' own wildcard leaves out this run's output", () => {
  it('*.csv > tong-hop.csv (cmd.exe creates it empty first): the office files are read, 150 + 40 = 190 and 80 + 30 = 110, 57.89 % (was NO_DATA, exit 1)', () => {
    const { dir, write } = fileTree('thads-stdio-glob-');
    write({ 'a-2019.csv': A_2019, 'c-2019.csv': C_2019 });
    // 110 / 190 = 0.578947… → 57.89
    const r = run(['summarize', '*.csv', '--by', 'none'], dir, { stdoutFile: 'tong-hop.csv' });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(total(readFileSync(join(dir, 'tong-hop.csv'), 'utf8'), RATE)).toEqual(['190', '110', '57.89']);
  });

  it('*.csv -o tong-hop.csv made empty ahead: left out, the two office files read, 190, 110, 57.89', () => {
    const { dir, write } = fileTree('thads-stdio-ahead-');
    write({ 'a-2019.csv': A_2019, 'c-2019.csv': C_2019 });
    closeSync(openSync(join(dir, 'tong-hop.csv'), 'w'));
    const r = run(['summarize', '*.csv', '--by', 'none', '-o', 'tong-hop.csv'], dir);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(total(readFileSync(join(dir, 'tong-hop.csv'), 'utf8'), RATE)).toEqual(['190', '110', '57.89']);
  });

  it('over-reach: an --output with something in it stays refused, never overwritten — a rerun of *.csv -o tong-hop.csv, and an office file named by mistake (*.csv -o c-2019.csv)', () => {
    const { dir, write } = fileTree('thads-stdio-rerun-');
    write({ 'a-2019.csv': A_2019, 'c-2019.csv': C_2019 });
    expect(run(['summarize', '*.csv', '--by', 'none', '-o', 'tong-hop.csv'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    const report = readFileSync(join(dir, 'tong-hop.csv'), 'utf8');
    expect(total(report, RATE)).toEqual(['190', '110', '57.89']);
    const refusal = (name: string) => ({ code: 2, stdout: '', stderr: `thads: error: --output ${name} is one of the input files [OUTPUT_IS_INPUT]\n  hint: write the result to another file name\n` });
    expect(run(['summarize', '*.csv', '--by', 'none', '-o', 'tong-hop.csv'], dir)).toEqual(refusal('tong-hop.csv'));
    expect(readFileSync(join(dir, 'tong-hop.csv'), 'utf8')).toBe(report);
    expect(run(['summarize', '*.csv', '--by', 'none', '-o', 'c-2019.csv'], dir)).toEqual(refusal('c-2019.csv'));
    expect(readFileSync(join(dir, 'c-2019.csv'), 'utf8')).toBe(`${C_2019.join('\n')}\n`);
  });

  it('the output NAMED as an input stays refused OUTPUT_IS_INPUT, exit 2', () => {
    const { dir, write } = fileTree('thads-stdio-named-');
    write({ 'a-2019.csv': A_2019, 'tong-hop.csv': ['old report'] });
    const r = run(['summarize', 'a-2019.csv', 'tong-hop.csv', '-o', 'tong-hop.csv'], dir);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'thads: error: --output tong-hop.csv is one of the input files [OUTPUT_IS_INPUT]\n  hint: write the result to another file name\n' });
    expect(readFileSync(join(dir, 'tong-hop.csv'), 'utf8')).toBe('old report\n');
  });

  it('a pattern matching only the output says so: exit 2', () => {
    const { dir, write } = fileTree('thads-stdio-only-');
    write({ 'notes.txt': ['x'] });
    const r = run(['summarize', '*.csv'], dir, { stdoutFile: 'tong-hop.csv' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('thads: error: no file matches *.csv but tong-hop.csv, this run\'s output [IO_ERROR]\n  hint: check the folder and the pattern; names starting with "." or "~$" (Excel\'s lock files) are matched only when named whole\n');
  });

  it('control: a real office file named like a report (tong-hop-2019.csv) is still read when the output is elsewhere: 190, 110, 57.89', () => {
    const { dir, write } = fileTree('thads-stdio-like-');
    write({ 'office/a-2019.csv': A_2019, 'office/tong-hop-2019.csv': C_2019 });
    const r = run(['summarize', 'office/*.csv', '--by', 'none', '-o', 'tong-hop.csv'], dir, { stdoutFile: 'log.txt' });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(total(readFileSync(join(dir, 'tong-hop.csv'), 'utf8'), RATE)).toEqual(['190', '110', '57.89']);
  });

  it('control: stdout redirected outside the folder, the pattern reads every file: 190, 110, 57.89', () => {
    const { dir, write } = fileTree('thads-stdio-out-');
    write({ 'office/a-2019.csv': A_2019, 'office/c-2019.csv': C_2019 });
    const r = run(['summarize', 'office/*.csv', '--by', 'none'], dir, { stdoutFile: 'tong-hop.csv' });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(total(readFileSync(join(dir, 'tong-hop.csv'), 'utf8'), RATE)).toEqual(['190', '110', '57.89']);
  });
});
