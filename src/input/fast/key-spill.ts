// Where the telling rows' keys go beyond their memory budget (telling-rows.ts): a temporary file,
// unlinked as soon as it is opened, so that a file of any length keeps the same few MiB of keys in
// memory (8 bytes a telling row was 76 MiB at 10M rows) and nothing is left in TMPDIR, not even
// by a crash. The keys are hashes, not figures. Where the folder cannot take them (no folder, no
// room, a system that will not unlink an open file) the keys simply stay in memory, as before.
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let opened = 0;
/** spill files made in this thread (tests look) */
export const spillFiles = { made: 0 };

/** A spill file's descriptor, -1 when none could be made (its path unlinked already). */
export function openSpill(folder: string = tmpdir()): number {
  // node:worker_threads looked up here, not loaded at start-up (~4 ms): only big files spill keys.
  // (Node 20 before 20.16 has no getBuiltinModule: the counter and the random part still tell files apart.)
  const threadId = process.getBuiltinModule?.('node:worker_threads').threadId ?? 'main';
  const path = join(folder, `thads-keys-${process.pid}-${threadId}-${++opened}-${Math.random().toString(36).slice(2)}`);
  let fd = -1;
  try {
    fd = openSync(path, 'wx+', 0o600);
    unlinkSync(path);
    spillFiles.made++;
    return fd;
  } catch {
    if (fd >= 0) {
      closeSync(fd);
      try {
        unlinkSync(path);
      } catch {
        // (not there: nothing left)
      }
    }
    return -1;
  }
}

/** All of `bytes` written or read at `position` through `io` (writeSync or readSync); false when the file took or gave fewer. */
function whole(io: (fd: number, bytes: Uint8Array, offset: number, length: number, position: number) => number, fd: number, bytes: Uint8Array, position: number): boolean {
  let done = 0;
  try {
    while (done < bytes.length) {
      const n = io(fd, bytes, done, bytes.length - done, position + done);
      if (n <= 0) return false;
      done += n;
    }
    return true;
  } catch {
    return false;
  }
}

/** Writes `count` keys of `keys` at `position` (bytes); false when the file took fewer (a full disk). */
export function writeKeys(fd: number, keys: Float64Array, count: number, position: number): boolean {
  return whole(writeSync, fd, new Uint8Array(keys.buffer, keys.byteOffset, count * 8), position);
}

/** Reads `count` keys written at `position` into `into` from `at`; false when the file gave fewer. */
export function readKeys(fd: number, position: number, count: number, into: Float64Array, at: number): boolean {
  return whole(readSync, fd, new Uint8Array(into.buffer, into.byteOffset + at * 8, count * 8), position);
}

export function closeSpill(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // (closed already: nothing to do)
  }
}
