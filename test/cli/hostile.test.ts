// Issue 13: hostile environments. thads runs as root in CI containers, in pipelines and on shared
// drives: it must never destroy a file, hang or crash. Destructive cases work on things made
// here (a device node made with mknod in a temporary folder, never the real /dev/null; a FIFO
// made with mkfifo; a read-only file; a symlink).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, CLEAN_ENV, ROOT, runThads, spawnThads, type RunResult } from '../helpers/cli.js';
import { main } from '../../src/main.js';
import { memoryIo, type MemoryIoOptions } from '../../src/io.js';

const made: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'thads-hostile-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const FIXTURE = join(ROOT, 'fixtures', '2019.csv');
const isRoot = process.getuid?.() === 0;

/** The real binary, without blocking this process (a FIFO needs a reader alive meanwhile). */
function spawnAsync(args: readonly string[], opts: { cwd?: string; stdio?: ('pipe' | 'ignore' | number)[]; timeoutMs?: number } = {}): Promise<RunResult & { signal: NodeJS.Signals | null; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: CLEAN_ENV, stdio: opts.stdio ?? ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (t: string) => (stdout += t));
  child.stderr?.setEncoding('utf8').on('data', (t: string) => (stderr += t));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 20_000);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, signal, stdout, stderr, ms: Date.now() - started });
    }),
  );
}

/** In process, with a memory Io whose stdout or stdin the test controls. */
async function runIo(args: readonly string[], opts: MemoryIoOptions = {}): Promise<RunResult> {
  const previous = process.cwd();
  process.chdir(ROOT);
  try {
    const { io, stdout, stderr } = memoryIo(args, { env: CLEAN_ENV, cwd: ROOT, ...opts });
    const code = await main(io);
    return { code, stdout: stdout(), stderr: stderr() };
  } finally {
    process.chdir(previous);
  }
}

const noStackTrace = (r: { stdout: string; stderr: string }) => {
  expect(r.stderr).not.toMatch(/\n\s+at |node:internal/);
  expect(r.stdout).not.toMatch(/\n\s+at |node:internal/);
};

/**
 * A bound that tells a bounded search from one that walks the whole file (35 s for 200,000
 * rows before the fix): a guard against a hang, not a speed test — wide enough for a loaded machine.
 */
const HANG = 20_000;

describe('1. --output: what is at the path decides how it is written (SPEC §8)', () => {
  it.runIf(isRoot)('a device node stays a device node (as root, -o NULLDEV once replaced it with a file)', async () => {
    const dir = tmp();
    const dev = join(dir, 'null');
    spawnSync('mknod', [dev, 'c', '1', '3']);
    expect(statSync(dev).isCharacterDevice()).toBe(true);
    const r = await runThads(['summarize', FIXTURE, '--format', 'json', '--output', dev]);
    expect(r.code).toBe(0);
    expect(statSync(dev).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir)).toEqual(['null']);
  });

  it.runIf(isRoot)('a full device is written into and fails as an I/O error in words (exit 2), and stays a device', async () => {
    const dir = tmp();
    const dev = join(dir, 'full');
    spawnSync('mknod', [dev, 'c', '1', '7']);
    const r = await runThads(['summarize', FIXTURE, '--output', dev]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`thads: error: cannot write ${dev}: no space left on the device (ENOSPC) [IO_ERROR]\n`);
    expect(statSync(dev).isCharacterDevice()).toBe(true);
  });

  it('a read-only file is refused (exit 2) and stays as it was, even for root', async () => {
    const dir = tmp();
    const out = join(dir, 'out.csv');
    writeFileSync(out, 'keep me\n');
    chmodSync(out, 0o444);
    const r = await runThads(['summarize', FIXTURE, '--output', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is read-only; thads does not overwrite it [OUTPUT_READ_ONLY]');
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it("a symlink's target is written; the link stays a link (a dangling one creates its target)", async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'real.csv'), 'old\n');
    symlinkSync('real.csv', join(dir, 'link.csv'));
    symlinkSync('sub/new.csv', join(dir, 'dangling.csv'));
    const r = await runThads(['summarize', FIXTURE, '--output', join(dir, 'link.csv')]);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toMatch(/^province,district,year,/);
    // the folder of a dangling link's target must exist, as for any output
    const missing = await runThads(['summarize', FIXTURE, '--output', join(dir, 'dangling.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or directory (ENOENT)');
    symlinkSync('.', join(dir, 'sub'));
    const created = await runThads(['summarize', FIXTURE, '--output', join(dir, 'dangling.csv')]);
    expect(created.code).toBe(0);
    expect(readlinkSync(join(dir, 'dangling.csv'))).toBe('sub/new.csv');
    expect(readFileSync(join(dir, 'new.csv'), 'utf8')).toMatch(/^province,district,year,/);
  });

  it('a symlink loop is an I/O error in words', async () => {
    const dir = tmp();
    symlinkSync('b', join(dir, 'a'));
    symlinkSync('a', join(dir, 'b'));
    const r = await runThads(['summarize', FIXTURE, '--output', join(dir, 'a')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('too many levels of symbolic links, or a link loop (ELOOP) [IO_ERROR]');
  });

  it('a named pipe is written straight into, and stays a pipe', async () => {
    const dir = tmp();
    const fifo = join(dir, 'out.fifo');
    spawnSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
    let read = '';
    reader.stdout.setEncoding('utf8').on('data', (t: string) => (read += t));
    const readerDone = new Promise((resolve) => reader.on('close', resolve));
    const r = await spawnAsync(['summarize', FIXTURE, '--format', 'json', '--output', fifo]);
    // A reader left waiting (the pipe replaced by a file) must not outlive the test.
    const killer = setTimeout(() => reader.kill(), 2_000);
    await readerDone;
    clearTimeout(killer);
    expect(r.code).toBe(0);
    expect(JSON.parse(read).total.cases.resolved).toBe('5513');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.fifo']);
  });

  it('/dev/stdout is standard output (it failed for a normal user: no temporary file in /dev)', () => {
    const r = spawnThads(['summarize', FIXTURE, '--format', 'json', '--output', '/dev/stdout']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases.resolved).toBe('5513');
  });

  it('--output over the config the run reads is refused (exit 2), by --config or found beside the input, and the config stays', async () => {
    const dir = tmp();
    const input = join(dir, '2019.csv');
    writeFileSync(input, readFileSync(FIXTURE));
    const config = join(dir, 'thads.config.json');
    const text = '{"targets":{"2019":{"cases":74}}}\n';
    writeFileSync(config, text);
    for (const args of [['--config', config], []]) {
      const r = await runThads(['summarize', input, ...args, '--output', config]);
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toContain(`--output ${config} is the config file this run reads [OUTPUT_IS_INPUT]`);
      expect(readFileSync(config, 'utf8')).toBe(text);
    }
  });

  it('a hard link to an input is an input (exit 2); a replaced file keeps its permissions', async () => {
    const dir = tmp();
    const input = join(dir, '2019.csv');
    writeFileSync(input, readFileSync(FIXTURE));
    spawnSync('ln', [input, join(dir, 'other-name.csv')]);
    const r = await runThads(['summarize', input, '--output', join(dir, 'other-name.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[OUTPUT_IS_INPUT]');
    const out = join(dir, 'private.csv');
    writeFileSync(out, 'old\n', { mode: 0o600 });
    chmodSync(out, 0o600);
    expect((await runThads(['summarize', input, '--output', out])).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });
});

describe('2. an interrupt during --output leaves no temporary file', () => {
  // Big enough that the report takes a while to write (≈ 18 MB of JSON).
  const dir = tmp();
  let rows = 'district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved\n';
  for (let i = 0; i < 12_000; i++) rows += `Office ${i},${10 + (i % 7)},${5 + (i % 5)},${1000 + i},${500 + i}\n`;
  writeFileSync(join(dir, 'big-2019.csv'), rows);
  const temps = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} while the temporary file is written: it is removed, the old file kept, the process ends by the signal`, async () => {
      let interrupted = 0;
      for (let run = 0; run < 2; run++) {
        writeFileSync(join(dir, 'big.json'), 'old report\n');
        const child = spawn(process.execPath, [BIN, 'summarize', 'big-2019.csv', '--output', 'big.json'], { cwd: dir, env: CLEAN_ENV, stdio: 'ignore' });
        let sent = false;
        const poll = setInterval(() => {
          if (!sent && temps().length > 0) {
            sent = child.kill(signal);
          }
        }, 1);
        const [code, got] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
        clearInterval(poll);
        expect(temps()).toEqual([]);
        if (sent && got === signal) {
          interrupted++;
          expect(readFileSync(join(dir, 'big.json'), 'utf8')).toBe('old report\n');
        } else expect(code).toBe(0);
      }
      // The test must have interrupted at least one write, or it tested nothing.
      expect(interrupted).toBeGreaterThan(0);
    }, 60_000);
  }
});

describe('3. standard output that fails: one line, exit 2, no stack trace', () => {
  it.runIf(isRoot)('a full disk (a full device made here)', async () => {
    const dir = tmp();
    const dev = join(dir, 'full');
    spawnSync('mknod', [dev, 'c', '1', '7']);
    const fd = openSync(dev, 'w');
    try {
      const r = await spawnAsync(['summarize', FIXTURE, '--format', 'json'], { stdio: ['ignore', fd, 'pipe'] });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('thads: error: cannot write to standard output: no space left on the device (ENOSPC) [IO_ERROR]\n');
    } finally {
      closeSync(fd);
    }
  });

  it('in process: a write that fails half-way', async () => {
    const r = await runIo(['summarize', FIXTURE, '--format', 'json'], { stdoutTrouble: { after: 100, trouble: { kind: 'failed', error: Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }) } } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('thads: error: cannot write to standard output: no space left on the device (ENOSPC) [IO_ERROR]\n');
  });

  it('a closed stdout (>&-) says so, for a person at a shell (stderr a terminal, through script(1))', () => {
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" summarize "${FIXTURE}" >&-; echo "exit $?"`, '/dev/null'], { env: CLEAN_ENV, encoding: 'utf8' });
    if (r.error) return; // no script(1) here
    expect(r.stdout.replace(/\r/g, '')).toBe('thads: error: cannot write to standard output: it is closed [IO_ERROR]\nexit 2\n');
  });
});

describe('4. a hundred thousand findings (the arguments of one call once overflowed the stack)', () => {
  // A third of V8's default stack (~984 KB): 40,000 findings here weigh what 120,000 do by
  // default, at a third of the time (150,000 findings crashed both commands at the default size).
  const SMALL_STACK = '--stack-size=300';
  const dir = tmp();
  let rows = 'district,cases_with_conditions,cases_resolved\n';
  for (let i = 0; i < 40_000; i++) rows += `O${i},5,9\n`;
  writeFileSync(join(dir, 'many-2019.csv'), rows);
  let wide = 'district,cases_with_conditions,cases_resolved';
  for (let i = 0; i < 40_000; i++) wide += `,x${i}`;
  writeFileSync(join(dir, 'wide-2019.csv'), `${wide}\nA,5,3${','.repeat(40_000)}\n`);
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, [SMALL_STACK, BIN, ...args], { cwd: dir, env: CLEAN_ENV, encoding: 'utf8', maxBuffer: 1 << 26 });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };

  it('check reports 40,000 errors: the first 100, then one line for the rest; the verdict counts all', () => {
    const r = run(['check', 'many-2019.csv']);
    noStackTrace(r);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2 * 100 + 2);
    expect(lines.at(-2)).toBe('many-2019.csv: error: … and 39,900 more RESOLVED_EXCEEDS_WITH_CONDITIONS errors like these [RESOLVED_EXCEEDS_WITH_CONDITIONS]');
    expect(lines.at(-1)).toBe('40000 errors, 0 warnings in 1 file');
  });

  it('summarize of the same file: its warnings collapsed, every office printed', () => {
    const r = run(['summarize', 'many-2019.csv', '--format', 'table']);
    noStackTrace(r);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').length).toBeGreaterThan(40_000);
    expect(r.stderr.split('\n')).toHaveLength(2 * 100 + 2);
  });

  it('a terminal table of 15,000 offices, fitted to 60 columns (through script(1), a terminal; a tenth of the stack)', () => {
    let offices = 'district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved\n';
    for (let i = 0; i < 15_000; i++) offices += `Office number ${i},${10 + (i % 7)},${5 + (i % 5)},${1000 + i},${500 + i}\n`;
    writeFileSync(join(dir, 'offices-2019.csv'), offices);
    const r = spawnSync('script', ['-qec', `COLUMNS=60 "${process.execPath}" --stack-size=100 "${BIN}" summarize offices-2019.csv --format table; echo "exit $?"`, '/dev/null'], { cwd: dir, env: CLEAN_ENV, encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.error) return; // no script(1) here
    const out = r.stdout.replace(/\r/g, '');
    expect(out).not.toContain('INTERNAL_ERROR');
    expect(out).toContain('Left out to fit the terminal');
    expect(out.trimEnd().split('\n').at(-1)).toBe('exit 0');
  });

  it('summarize of a header of 40,000 cells: warnings collapsed, the summary printed', () => {
    const r = run(['summarize', 'wide-2019.csv', '--format', 'json']);
    noStackTrace(r);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases.resolved).toBe('3');
    expect(r.stderr).toContain('… and 39,900 more UNKNOWN_COLUMN warnings like these [UNKNOWN_COLUMN]');
    expect(r.stderr.split('\n').length).toBeLessThan(250);
  });
});

describe('5. standard input and named pipes are read once, as streams', () => {
  // The config beside a named input is found; stdin has none beside it: name it for both.
  const ARGS = ['--format', 'json', '--year', '2019', '--by', 'none', '--config', 'fixtures/thads.config.json'];
  const expected = async () => (await runThads(['summarize', FIXTURE, ...ARGS])).stdout;

  it('a named pipe as input (it waited forever: the fast path opened it, then the reader again)', async () => {
    const dir = tmp();
    const fifo = join(dir, 'in.fifo');
    spawnSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `cat "${FIXTURE}" > "${fifo}"`], { stdio: 'ignore' });
    const r = await spawnAsync(['summarize', fifo, ...ARGS], { timeoutMs: 15_000 });
    writer.kill();
    expect(r.signal).toBe(null);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(await expected());
  });

  it('"-" reads standard input (the year from --year), for the real binary and in process', async () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const spawned = spawnThads(['summarize', '-', ...ARGS], { input: text });
    expect(spawned.code).toBe(0);
    expect(spawned.stdout).toBe(await expected());
    const inProcess = await runIo(['summarize', '-', ...ARGS], { stdin: text });
    expect(inProcess.stdout).toBe(await expected());
  });

  it('a workbook on standard input is said to be one (it was "invalid UTF-8 … pass --encoding windows-1258")', () => {
    const r = spawnThads(['summarize', '-', '--year', '2019'], { input: readFileSync(join(ROOT, 'fixtures', 'xlsx', 'seed-form', 'bao-cao-2019.xlsx')) });
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe(
      '<stdin>: error: standard input is a workbook (a ZIP archive), which thads reads from a file only [WORKBOOK_INVALID]\n' +
        '  hint: save it to a file and pass its name (thads reads .xlsx workbooks by name), or save the sheet as "CSV UTF-8"\n',
    );
  });

  it('stdin in messages is <stdin>; "-" twice is a usage error', async () => {
    const r = await runIo(['check', '-'], { stdin: 'district,cases_with_conditions,cases_resolved\nA,5,"x\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>:2:3: error: a quoted field starting on this line is never closed \[CSV_MALFORMED\]/);
    const twice = await runIo(['summarize', '-', '-'], { stdin: 'x' });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('standard input (-) is given more than once; it can be read only once [USAGE]');
  });
});

describe('6. the header is looked for in a bounded prefix', () => {
  it('a headerless file of 200,000 rows says so at once (it took 35 s)', async () => {
    const dir = tmp();
    let rows = '';
    for (let i = 0; i < 200_000; i++) rows += `O${i},5,9\n`;
    writeFileSync(join(dir, 'x-2019.csv'), rows);
    const started = Date.now();
    const r = await runThads(['check', join(dir, 'x-2019.csv')]);
    expect(Date.now() - started).toBeLessThan(HANG);
    expect(r.stdout).toContain('x-2019.csv:1: error: no header row in the first 1,000 rows [NO_HEADER]');
  });

  it('a million blank lines before a broken header', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'b-2019.csv'), `${'\n'.repeat(1_000_000)}district,foo\nA,1\n`);
    const started = Date.now();
    const r = await runThads(['check', join(dir, 'b-2019.csv')]);
    expect(Date.now() - started).toBeLessThan(HANG);
    expect(r.stdout).toContain('b-2019.csv:1: error: no header row in the first 100,000 lines [NO_HEADER]');
  });

  it('a few title lines above the header still work', async () => {
    const r = await runThads(['summarize', 'fixtures/real-world/title-and-unit-lines/bao-cao-2019.csv', '--format', 'json', '--by', 'none']);
    expect(r.code).toBe(0);
  });
});

describe("7. check's exit code is its verdict when the reader of stdout goes away", () => {
  const planted = join(ROOT, 'fixtures', 'check', '2019-planted.csv');

  it('thads check bad.csv | head -1 exits 1 (it exited 0)', () => {
    // JSON is never collapsed: far more than a pipe holds, so head's exit really breaks the pipe.
    const dir = tmp();
    let rows = 'district,cases_with_conditions,cases_resolved\n';
    for (let i = 0; i < 3000; i++) rows += `O${i},5,9\n`;
    writeFileSync(join(dir, 'bad-2019.csv'), rows);
    for (const format of ['json', 'text']) {
      const file = format === 'json' ? join(dir, 'bad-2019.csv') : planted;
      const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" check "${file}" --format ${format} | head -1 > /dev/null`], { env: CLEAN_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('');
    }
  });

  it('in process: the reader goes away after the first line', async () => {
    const r = await runIo(['check', planted], { stdoutTrouble: { after: 10, trouble: { kind: 'reader-gone' } } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
  });

  it('summarize … | head still ends quietly with 0', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" summarize "${join(ROOT, 'fixtures', 'national-2019.csv')}" --format json | head -1 > /dev/null`], { env: CLEAN_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('8. controls from the data never reach the terminal raw, nor break XML or Markdown', () => {
  const dir = tmp();
  const file = join(dir, 'ctl-2019.csv');
  writeFileSync(file, 'district,cases_with_conditions,cases_resolved\n"A\x1b[31mRED\x1b]0;pwned\x07",10,5\n"B<script>x</script>|y\nz\x01",10,12\n');
  const raw = /[\x00-\x08\x0b-\x1f\x7f]/;

  it('table and text: names escaped; warnings on stderr escaped', async () => {
    for (const format of ['table', 'text']) {
      const r = await runThads(['summarize', file, '--format', format]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(raw);
      expect(r.stdout).toContain('A\\x1B[31mRED\\x1B]0;pwned\\x07');
      expect(r.stdout).toContain('B<script>x</script>|y\\nz\\x01');
      expect(r.stderr).not.toMatch(raw);
    }
    const table = await runThads(['summarize', file, '--format', 'table']);
    // one line per office: the table stays a table
    expect(table.stdout.split('\n').filter((l) => l.startsWith('B<script>'))).toHaveLength(1);
  });

  it('Markdown: one row per office, HTML as entities, | escaped', async () => {
    const r = await runThads(['summarize', file, '--format', 'markdown']);
    // the table's lines (under it, a note: A's −3 and B's +4 above target are no sum of the Total's +2)
    const rows = r.stdout.trimEnd().split('\n').filter((l) => l.startsWith('|'));
    expect(rows).toHaveLength(5);
    expect(rows[3]).toMatch(/^\| B&lt;script&gt;x&lt;\/script&gt;\\\|y\\\\nz\\\\x01 \| /);
    expect(r.stdout).not.toContain('<script>');
  });

  it('SVG and HTML: nothing XML forbids', async () => {
    for (const format of ['svg', 'html']) {
      const r = await runThads(['summarize', file, '--format', format]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
      expect(r.stdout).not.toContain('<script>');
    }
  });

  it('SVG and HTML: a name\'s bidirectional override is shown, never applied to the figures after it (traps33)', async () => {
    const bidi = join(dir, 'bidi-2019.csv');
    writeFileSync(bidi, 'district,cases_with_conditions,cases_resolved\n"Mỹ Lộc\u202e",10,5\nVụ Bản,10,6\n');
    for (const format of ['svg', 'html']) {
      const r = await runThads(['summarize', bidi, '--format', format]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(r.stdout).toContain('Mỹ Lộc\\u202E');
    }
  });

  it('check (text and GitHub annotations) shows a bad cell with ESC sequences escaped', async () => {
    const bad = join(dir, 'bad-2019.csv');
    writeFileSync(bad, 'district,cases_with_conditions,cases_resolved\nA,"5\x1b[2J",3\n');
    for (const format of ['text', 'github']) {
      const r = await runThads(['check', bad, '--format', format]);
      expect(r.code).toBe(1);
      expect(r.stdout).not.toMatch(raw);
      expect(r.stdout).toContain('5\\x1B[2J');
    }
  });
});

describe('9. quoted values in messages are truncated', () => {
  it('a 1 MB bad cell gives a short line, not a 1 MB one', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'big-2019.csv'), `district,cases_with_conditions,cases_resolved\nA,${'9'.repeat(1 << 20)}x,5\n`);
    const r = await runThads(['summarize', join(dir, 'big-2019.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr.length).toBeLessThan(1000);
    expect(r.stderr).toContain(`cases with conditions "${'9'.repeat(60)}…" (1,048,577 characters) is not a number [BAD_NUMBER]`);
  });

  it('a hint that quotes a 50,000-character header is cut like a message (fuzz found a 47,857-character line)', async () => {
    const dir = tmp();
    const header = 'x'.repeat(50_000);
    writeFileSync(join(dir, 'wide-2019.csv'), `${header},cases_with_conditions,cases_resolved\nAlpha,200,160\nBeta,100,80\n`);
    const r = await runThads(['summarize', join(dir, 'wide-2019.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[OFFICE_COLUMN_MISSING]');
    expect(r.stderr).toContain(`hint: map it with "aliases": { "${'x'.repeat(60)}…"`);
    expect(Math.max(...r.stderr.split('\n').map((l) => l.length))).toBeLessThan(700);
  });
});

describe('10. errno codes in words', () => {
  it.each([
    [['summarize', 'fixtures/nope.csv'], 'cannot read fixtures/nope.csv: no such file or directory (ENOENT) [IO_ERROR]'],
    [['summarize', 'fixtures'], 'cannot read fixtures: it is a directory (EISDIR) [IO_ERROR]'],
    [['check', 'fixtures'], 'cannot read fixtures: it is a directory (EISDIR) [IO_ERROR]'],
  ])('%j', async (args, message) => {
    const r = await runThads(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('11. a NUL byte is located where it is', () => {
  it('on line 3 of a UTF-8 file: line 3, not "looks like UTF-16" on line 1', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'nul-2019.csv'), 'district,cases_with_conditions,cases_resolved\nA,5,3\nB,5\x00,3\n');
    const r = await runThads(['check', join(dir, 'nul-2019.csv')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${join(dir, 'nul-2019.csv')}:3: error: the file holds a NUL byte: it is not a text file, or it is damaged [ENCODING_INVALID]`);
  });

  it('UTF-16 without a byte order mark is still recognised', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'u-2019.csv'), Buffer.from('district,cases_with_conditions,cases_resolved\nA,5,3\n', 'utf16le'));
    const r = await runThads(['check', join(dir, 'u-2019.csv')]);
    expect(r.stdout).toContain(':1: error: the file holds NUL bytes: it looks like UTF-16 without a byte order mark [ENCODING_INVALID]');
  });
});

describe('no file is left behind by a failure', () => {
  it('a failed write removes its temporary file; an existing file is kept', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'out.csv'), 'old\n');
    const r = await runThads(['summarize', join(ROOT, 'fixtures', 'bad'), '--output', join(dir, 'out.csv')]);
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['out.csv']);
    expect(existsSync(join(dir, 'out.csv'))).toBe(true);
  });
});

describe('found by the fuzz run', () => {
  it('a rate of 800,000,000 % draws an SVG axis of ten grid lines, not millions (it ran out of memory)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'x-2019.csv'), 'district,cases_with_conditions,cases_resolved\nA,5,40000000\nB,10,7\n');
    const r = await runThads(['summarize', join(dir, 'x-2019.csv'), '--format', 'svg']);
    expect(r.code).toBe(0);
    const ticks = [...r.stdout.matchAll(/data-percent="(\d+)"/g)].map((m) => m[1]);
    expect(ticks).toEqual(['0', '100000000', '200000000', '300000000', '400000000', '500000000', '600000000', '700000000', '800000000']);
  });
});
