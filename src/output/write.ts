// Result → stdout or --output. A file is written through a temporary file and a rename, so a
// reader never sees half a report, and an input file is never overwritten.
import { closeSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ThadsError } from '../errors.js';
import type { Io } from '../io.js';

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}

/** Refuses an --output that is one of the inputs; called before any work, so nothing is printed first. */
export function assertNotInput(io: Io, output: string | undefined, inputs: readonly string[]): void {
  if (output === undefined || output === '-') return;
  const target = resolve(io.cwd, output);
  if (inputs.some((i) => samePath(resolve(io.cwd, i), target))) {
    throw new ThadsError('OUTPUT_IS_INPUT', `--output ${output} is one of the input files`);
  }
}

/** Pieces joined into writes of about this many characters: few system calls, little memory. */
const BATCH = 1 << 16;

function* batches(output: string | Iterable<string> | Uint8Array): Generator<string | Uint8Array> {
  if (typeof output === 'string' || output instanceof Uint8Array) {
    yield output;
    return;
  }
  let batch = '';
  for (const piece of output) {
    batch += piece;
    if (batch.length >= BATCH) {
      yield batch;
      batch = '';
    }
  }
  if (batch !== '') yield batch;
}

function writeAll(fd: number, bytes: Buffer): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

export async function writeOutput(io: Io, text: string | Iterable<string> | Uint8Array, output: string | undefined, inputs: readonly string[]): Promise<void> {
  if (output === undefined || output === '-') {
    for (const batch of batches(text)) {
      if (typeof batch === 'string') io.stdout.write(batch);
      else if (io.stdout.writeBytes) io.stdout.writeBytes(batch);
      else throw new ThadsError('USAGE', 'this output takes text only; write the workbook with --output FILE.xlsx');
    }
    return;
  }
  assertNotInput(io, output, inputs);
  const target = resolve(io.cwd, output);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    const fd = openSync(temp, 'w');
    try {
      for (const batch of batches(text)) writeAll(fd, typeof batch === 'string' ? Buffer.from(batch) : Buffer.from(batch.buffer, batch.byteOffset, batch.byteLength));
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { force: true });
    // The report is rendered while it is written: only a failing system call is a write error.
    const code = (err as NodeJS.ErrnoException).code;
    if (typeof code !== 'string' || err instanceof ThadsError) throw err;
    throw new ThadsError('IO_ERROR', `cannot write ${output}: ${code}`);
  }
}
