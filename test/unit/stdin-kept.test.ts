// Standard input is kept in a temporary file and read like a file (input/spool.ts): the fast
// path takes it (it streamed through the reference reader, ~60× slower on a big export), the
// reference reader reads it again when the fast path gives up, the duplicate check sees its
// bytes, and nothing is left behind — also when the temporary folder cannot take it.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, type writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { keepInput } from '../../src/input/spool.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-stdin-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh TMPDIR per test: what thads leaves in it is seen. */
let temp = '';
const previousTmp = process.env.TMPDIR;
beforeEach(() => {
  temp = mkdtempSync(join(dir, 'tmp-'));
  process.env.TMPDIR = temp;
});
afterEach(() => {
  if (previousTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previousTmp;
});

async function run(args: readonly string[], stdin?: Buffer) {
  const { io, stdout, stderr } = memoryIo(args, { env: {}, cwd: ROOT, ...(stdin ? { stdin } : {}) });
  const code = await main(io);
  return { code, stdout: stdout(), stderr: stderr() };
}

/** The fixture copied to a name without a year (standard input has none either). */
function asInput(fixture: string): { path: string; bytes: Buffer } {
  const path = join(dir, `input-${readdirSync(dir).length}.csv`);
  copyFileSync(join(ROOT, fixture), path);
  return { path, bytes: readFileSync(path) };
}

const ARGS = ['--year', '2019', '--format', 'json'];

describe('standard input on the fast path', () => {
  it('a real export (title and unit lines, nghìn đồng) from stdin: the fast path, the same report as from the file', async () => {
    const { path, bytes } = asInput('fixtures/real-world/title-and-unit-lines/bao-cao-2019.csv');
    const fromFile = await run(['summarize', path, ...ARGS]);
    const used = fastPath.used;
    const fromStdin = await run(['summarize', '-', ...ARGS], bytes);
    expect(fastPath.used).toBe(used + 1);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout.split(path).join('<stdin>'));
    expect(JSON.parse(fromStdin.stdout).total.cases.withConditions).toBe('5871');
    expect(readdirSync(temp)).toEqual([]);
  });

  it('a file the fast path gives up on is read again from the kept bytes: the same located error', async () => {
    const bytes = Buffer.from('district,cases_with_conditions,cases_resolved\nA,10,5\nB,12 việc,8\n');
    const gaveUp = fastPath.gaveUp;
    const r = await run(['check', '-', '--year', '2019'], bytes);
    expect(fastPath.gaveUp).toBe(gaveUp + 1);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>:3:2: error: .*"12 việc"/m);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('a big input split in two parts: the second part reads the kept file', async () => {
    let text = 'district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved\n';
    let cases = 0n;
    let money = 0n;
    for (let i = 0; i < 2999; i++) {
      text += `Office ${i % 97},${i},${i >> 1},${i * 1001}.5,${i * 77}\n`;
      cases += BigInt(i);
      money += BigInt(i * 1001) * 10n + 5n;
    }
    const saved = { split: fastPath.splitBytes, chunk: fastPath.chunkBytes };
    fastPath.splitBytes = 1000;
    fastPath.chunkBytes = 4096;
    try {
      const parts = fastPath.partsInWorker + fastPath.partsInThread;
      const r = await run(['summarize', '-', ...ARGS], Buffer.from(text));
      expect(fastPath.partsInWorker + fastPath.partsInThread).toBe(parts + 1);
      expect(r.code).toBe(0);
      const total = JSON.parse(r.stdout).total;
      expect(total.cases.withConditions).toBe(cases.toString());
      expect(total.money.withConditions).toBe(`${money / 10n}.${money % 10n}`);
    } finally {
      Object.assign(fastPath, { splitBytes: saved.split, chunkBytes: saved.chunk });
    }
  });

  it('standard input with the same bytes as a file given beside it is refused as a copy, both ways round', async () => {
    const { path, bytes } = asInput('fixtures/2019.csv');
    const first = await run(['summarize', '-', path, '--year', '2019'], bytes);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain(`${path}: error: this file repeats standard input (a copy: the same bytes); its figures would be added twice [DUPLICATE_INPUT]`);
    const second = await run(['summarize', path, '-', '--year', '2019'], bytes);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`<stdin>: error: this input repeats ${path} (a copy: the same bytes); its figures would be added twice [DUPLICATE_INPUT]`);
    // Not the same bytes (a line added), the same offices: the message names standard input as locations do (it said "-:2").
    const edited = await run(['summarize', '-', path, '--year', '2019'], Buffer.concat([bytes, Buffer.from('\n')]));
    expect(edited.code).toBe(1);
    expect(edited.stderr).toContain(`${path}:2: error: cases of "Thành phố Nam Định" (2019) are given again: <stdin>:2 already gave them`);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('no usable temporary folder: standard input is streamed through the reference reader, same report', async () => {
    const { path, bytes } = asInput('fixtures/2019.csv');
    const fromFile = await run(['summarize', path, ...ARGS]);
    process.env.TMPDIR = join(temp, 'missing', 'folder');
    const used = fastPath.used;
    const r = await run(['summarize', '-', ...ARGS], bytes);
    expect(fastPath.used).toBe(used);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(fromFile.stdout.split(path).join('<stdin>'));
  });
});

describe('a named pipe ("<(iconv …)") is kept like standard input', () => {
  it('read on the fast path from where it was kept, the same report as from the file', async () => {
    const { path, bytes } = asInput('fixtures/real-world/title-and-unit-lines/bao-cao-2019.csv');
    const fifo = join(temp, 'in.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = spawn('sh', ['-c', `cat "${path}" > "${fifo}"`], { stdio: 'ignore' });
    const fromFile = await run(['summarize', path, ...ARGS]);
    const used = fastPath.used;
    const fromPipe = await run(['summarize', fifo, ...ARGS]);
    writer.kill();
    expect(fastPath.used).toBe(used + 1);
    expect(fromPipe.code).toBe(0);
    expect(fromPipe.stdout).toBe(fromFile.stdout.split(path).join(fifo));
    expect(readdirSync(temp)).toEqual(['in.fifo']);
    expect(bytes.length).toBeGreaterThan(0);
  });
});

describe('keepInput', () => {
  async function* chunks(...parts: string[]) {
    for (const p of parts) yield Buffer.from(p);
  }
  const all = async (stream: AsyncIterable<Uint8Array>) => {
    const got: Buffer[] = [];
    for await (const c of stream) got.push(Buffer.from(c));
    return Buffer.concat(got).toString();
  };

  it('keeps every byte, hashes them, and removes its folder', async () => {
    const kept = await keepInput(chunks('ab', 'cd', '', 'e\n'), '-', temp);
    expect(kept.kind).toBe('file');
    if (kept.kind !== 'file') return;
    expect(readFileSync(kept.path, 'utf8')).toBe('abcde\n');
    expect(kept.bytes).toBe(6);
    expect(kept.sha256).toBe('0283da60063abfb3a87f1aed845d17fe2d9ba8c780b478dc4ae048f5ee97a6d5'); // printf 'abcde\n' | sha256sum
    kept.remove();
    expect(readdirSync(temp)).toEqual([]);
  });

  it('a disk that fills up half-way: the kept bytes and the rest of the stream, in order, once; then nothing left', async () => {
    let room = 5;
    const fillingDisk = ((fd: number, buf: Uint8Array, offset: number, length: number) => {
      if (room === 0) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      const n = Math.min(room, length);
      room -= n;
      writeFileSync(fd, Buffer.from(buf.subarray(offset, offset + n)));
      return n;
    }) as unknown as typeof writeSync;
    const kept = await keepInput(chunks('abc', 'defgh', 'ij', 'k'), '-', temp, fillingDisk);
    expect(kept.kind).toBe('stream');
    if (kept.kind !== 'stream') return;
    expect(await all(kept.stream())).toBe('abcdefghijk');
    expect(readdirSync(temp)).toEqual([]);
  });

  it('a failing standard input is an I/O error, and nothing is left behind', async () => {
    async function* broken() {
      yield Buffer.from('district,cases_with_conditions\n');
      throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    }
    await expect(keepInput(broken(), '-', temp)).rejects.toThrow(/cannot read standard input/);
    expect(readdirSync(temp)).toEqual([]);
  });
});
