// Standard input (or a named pipe) kept in a temporary file as it is read, so that it can be read like any file:
// by the fast path (positional reads, two threads), again by the reference reader when the fast
// path gives up, and hashed by the duplicate check. Without it a pipe could only be streamed
// once through the reference reader (~60× slower than the fast path on a big export).
// When the temporary folder cannot take it (no folder, no room), nothing is lost: the bytes
// already kept and the rest of the stream are read on as one stream, by the reference reader.
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STDIN } from '../errors.js';
import { onInterrupt } from '../io.js';
import { ioError } from './decode.js';

export type KeptInput =
  /** all of it, in a regular file; `remove` deletes it (and its folder); an interrupt before that does too */
  | { readonly kind: 'file'; readonly path: string; readonly bytes: number; readonly sha256: string; readonly remove: () => void }
  /** the temporary folder failed: the bytes kept so far and the rest, as one stream read once */
  | { readonly kind: 'stream'; readonly stream: () => AsyncIterable<Uint8Array> };

/** Writes every byte of `chunk` at the file's end; returns how many were written before a failure. */
function writeAll(fd: number, chunk: Uint8Array, write: typeof writeSync): { written: number; failed: boolean } {
  let written = 0;
  try {
    while (written < chunk.length) written += write(fd, chunk, written, chunk.length - written);
    return { written, failed: false };
  } catch {
    return { written, failed: true };
  }
}

/**
 * Reads `source` (standard input, or the named pipe `file`) to its end into a new file under the temporary folder
 * (TMPDIR), readable only by its owner. A failure to read `source` is an I/O error, as it would
 * be while streaming it. `write`: tests make it fail as a full disk would.
 */
export async function keepInput(source: AsyncIterable<Uint8Array>, file: string = STDIN, folder: string = tmpdir(), write: typeof writeSync = writeSync): Promise<KeptInput> {
  let dir: string | null = null;
  let fd = -1;
  // A copy of the offices' figures is never left in TMPDIR, not even by Ctrl-C or SIGTERM: heard
  // from before the folder exists (a signal's default action would end the process at once).
  const removeDir = () => {
    if (dir !== null) rmSync(dir, { recursive: true, force: true });
  };
  const stopListening = onInterrupt(removeDir);
  const remove = () => {
    stopListening();
    removeDir();
  };
  try {
    dir = mkdtempSync(join(folder, 'thads-stdin-'));
    fd = openSync(join(dir, 'input'), 'wx', 0o600);
  } catch {
    remove();
    return { kind: 'stream', stream: () => source };
  }
  const path = join(dir, 'input');
  // Hashed as it is kept, for the duplicate check (input/duplicate-inputs.ts).
  // node:crypto loaded here, not at start-up (~6 ms): only standard input is spooled.
  const hash = (await import('node:crypto')).createHash('sha256');
  let bytes = 0;
  const iterator = source[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await iterator.next();
      } catch (err) {
        throw ioError(file, err);
      }
      if (next.done) break;
      const chunk = next.value;
      const { written, failed } = writeAll(fd, chunk, write);
      hash.update(chunk.subarray(0, written));
      bytes += written;
      if (failed) {
        // No room (or the folder went away): the kept bytes, the rest of this chunk and the
        // rest of the stream are read on, in order, once.
        closeSync(fd);
        fd = -1;
        return { kind: 'stream', stream: () => resumed(path, bytes, chunk.subarray(written), iterator, remove) };
      }
    }
  } catch (err) {
    if (fd >= 0) closeSync(fd);
    remove();
    throw err;
  }
  closeSync(fd);
  return { kind: 'file', path, bytes, sha256: hash.digest('hex'), remove };
}

async function* resumed(path: string, bytes: number, rest: Uint8Array, iterator: AsyncIterator<Uint8Array>, remove: () => void): AsyncGenerator<Uint8Array> {
  try {
    if (bytes > 0) yield* createReadStream(path, { start: 0, end: bytes - 1 }) as AsyncIterable<Buffer>;
    if (rest.length > 0) yield rest;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    remove();
  }
}
