// Result → stdout or --output (SPEC §8). What is at the --output path decides how it is written:
//   nothing, or a regular file   a temporary file beside it, then a rename: a reader never sees
//                                half a report, a failure leaves the old file as it was, and an
//                                interrupt (Ctrl-C, SIGTERM) removes the temporary file
//   a symlink                    its target is written (the link stays a link)
//   a device or a named pipe     written straight into (`-o /dev/null` as root must not replace
//                                the system's null device with a regular file)
//   a read-only file, an input   refused, exit 2, before any work
//   /dev/stdout, "-"             standard output
import { accessSync, closeSync, constants, fchmodSync, lstatSync, openSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ThadsError } from '../errors.js';
import { onInterrupt, type Io } from '../io.js';
import { describeIoError, errnoCode } from '../io-errors.js';
import { sameFile } from '../input/same-file.js';

/** Paths that name this process's standard output: written as stdout, not opened again. */
const STDOUT_PATHS = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** `--output -`, `--output /dev/stdout`: standard output, whatever it is (a file, a pipe, a terminal). */
export function namesStdout(output: string): boolean {
  return STDOUT_PATHS.has(output);
}

type Target =
  | { readonly kind: 'stdout' }
  /** a regular file (or none yet) at `path`, the end of any symlinks */
  | { readonly kind: 'file'; readonly path: string; readonly existing: Stats | null }
  /** a character or block device, a named pipe, a socket */
  | { readonly kind: 'stream'; readonly path: string };

function statOrNull(path: string, follow: boolean): Stats | null {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return null;
    throw err;
  }
}

/** Where a chain of symlinks ends, existing or not (a dangling link names the file to create). */
function endOfLinks(path: string): string {
  try {
    return realpathSync(path);
  } catch (err) {
    if (errnoCode(err) !== 'ENOENT') throw err;
  }
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    const st = statOrNull(current, false);
    if (!st?.isSymbolicLink()) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

function cannotWrite(output: string, err: unknown): ThadsError {
  return new ThadsError('IO_ERROR', `cannot write ${output}: ${describeIoError(err)}`);
}

/** What --output names, and whether thads may write it; throws the refusals (exit 2). */
function resolveTarget(io: Io, output: string | undefined, inputs: readonly string[], config: string | null = null): Target {
  if (output === undefined || STDOUT_PATHS.has(output)) return { kind: 'stdout' };
  try {
    const given = resolve(io.cwd, output);
    // A pipe or a device behind a link that names no path ("/dev/fd/63" → "pipe:[…]", bash's
    // `-o >(gzip > out.gz)`): written through the link, which the system follows (the link's
    // end was taken for a file to create, ENOENT).
    const through = statOrNull(given, true);
    if (through && !through.isFile() && !through.isDirectory()) {
      if (inputs.some((input) => sameFile(io.cwd, input, given))) throw new ThadsError('OUTPUT_IS_INPUT', `--output ${output} is one of the input files`);
      return { kind: 'stream', path: given };
    }
    const path = statOrNull(given, false)?.isSymbolicLink() ? endOfLinks(given) : given;
    const existing = statOrNull(path, true);
    if (existing && inputs.some((input) => sameFile(io.cwd, input, path))) {
      throw new ThadsError('OUTPUT_IS_INPUT', `--output ${output} is one of the input files`);
    }
    if (existing && config !== null && sameFile(io.cwd, config, path)) {
      throw new ThadsError('OUTPUT_IS_INPUT', `--output ${output} is the config file this run reads`);
    }
    if (existing?.isDirectory()) throw new ThadsError('IO_ERROR', `cannot write ${output}: it is a directory`, undefined, 'name a file, e.g. --output report.csv');
    if (existing && !existing.isFile()) return { kind: 'stream', path };
    if (existing) {
      // Root may write anything: a file nobody may write is read-only on purpose all the same.
      let writable = (existing.mode & 0o222) !== 0;
      try {
        accessSync(path, constants.W_OK);
      } catch {
        writable = false;
      }
      if (!writable) throw new ThadsError('OUTPUT_READ_ONLY', `--output ${output} is read-only; thads does not overwrite it`);
    }
    return { kind: 'file', path, existing };
  } catch (err) {
    if (err instanceof ThadsError || errnoCode(err) === undefined) throw err;
    throw cannotWrite(output, err);
  }
}

/** Refuses an --output that is one of the inputs or read-only; called before any work, so nothing is printed first. */
export function assertNotInput(io: Io, output: string | undefined, inputs: readonly string[], config: string | null = null): void {
  resolveTarget(io, output, inputs, config);
}

/** A long string is cut into writes of about this many characters; rendered pieces into writes of about this many bytes. */
const BATCH = 1 << 16;
/** Room for a batch of pieces: one of up to (ROOM − BATCH) / 3 characters still fits (3 UTF-8 bytes a UTF-16 unit at most). */
const ROOM = 1 << 18;

/** UTF-8 bytes of rendered text (not a workbook's): written as text where a stream takes text only. */
class TextBytes {
  constructor(readonly bytes: Buffer) {}
}

/**
 * A renderer's pieces, encoded as they come into batches of whole pieces: each piece is encoded
 * on its own into a buffer (a batch is never a string of thousands of pieces joined, whose
 * encoding costs several times more), and a character is never cut between two batches.
 */
function* encoded(pieces: Iterable<string>): Generator<TextBytes> {
  let buf = Buffer.allocUnsafe(ROOM);
  let at = 0;
  for (const piece of pieces) {
    if (at + 3 * piece.length > ROOM) {
      if (at > 0) {
        yield new TextBytes(buf.subarray(0, at));
        // a new buffer, not the same one again: a stream may still hold the last batch
        buf = Buffer.allocUnsafe(ROOM);
        at = 0;
      }
      if (3 * piece.length > ROOM) {
        yield new TextBytes(Buffer.from(piece));
        continue;
      }
    }
    at += buf.write(piece, at);
    if (at >= BATCH) {
      yield new TextBytes(buf.subarray(0, at));
      buf = Buffer.allocUnsafe(ROOM);
      at = 0;
    }
  }
  if (at > 0) yield new TextBytes(buf.subarray(0, at));
}

function* batches(output: string | Iterable<string> | Uint8Array): Generator<string | Uint8Array | TextBytes> {
  if (typeof output === 'string' || output instanceof Uint8Array) {
    // A workbook is bytes: cut the same way.
    for (let at = 0; at < output.length; at += BATCH) yield typeof output === 'string' ? output.slice(at, at + BATCH) : output.subarray(at, at + BATCH);
    return;
  }
  yield* encoded(output);
}

function writeAll(fd: number, text: string | Uint8Array | TextBytes): void {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text instanceof TextBytes ? text.bytes : text;
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // the write already failed: that is the error to report
  }
}

/** Lets the event loop turn, so an interrupt is heard while a large report is written. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function writeInto(fd: number, text: string | Iterable<string> | Uint8Array): Promise<void> {
  for (const batch of batches(text)) {
    writeAll(fd, batch);
    await turn();
  }
}

export async function writeOutput(io: Io, text: string | Iterable<string> | Uint8Array, output: string | undefined, inputs: readonly string[]): Promise<void> {
  const target = resolveTarget(io, output, inputs);
  if (target.kind === 'stdout') {
    for (const batch of batches(text)) {
      if (typeof batch === 'string') io.stdout.write(batch);
      else if (batch instanceof TextBytes) {
        if (io.stdout.writeText) io.stdout.writeText(batch.bytes);
        else io.stdout.write(batch.bytes.toString('utf8'));
      } else if (io.stdout.writeBytes) io.stdout.writeBytes(batch);
      else throw new ThadsError('USAGE', 'this output takes text only; write the workbook with --output FILE.xlsx');
      // A pipe to a slower reader: what is rendered waits here, not in the stream's buffer.
      await io.stdout.drained?.();
    }
    return;
  }
  const name = output!;
  // The report is rendered while it is written: only a failing system call is a write error;
  // anything else (a renderer bug) stays what it is.
  const asWriteError = (err: unknown) => (errnoCode(err) !== undefined && !(err instanceof ThadsError) ? cannotWrite(name, err) : err);

  if (target.kind === 'stream') {
    let fd = -1;
    try {
      fd = openSync(target.path, constants.O_WRONLY | constants.O_NOCTTY);
      await writeInto(fd, text);
    } catch (err) {
      throw asWriteError(err);
    } finally {
      if (fd >= 0) closeSync(fd);
    }
    return;
  }

  // Beside the target, so that the rename is atomic; a short name of its own, so that any name
  // the folder takes (255 bytes: a document's full Vietnamese title) leaves room for it.
  const temp = join(dirname(target.path), `.thads-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  /** false when it could not be removed: the failure that came first is the one reported */
  const removeTemp = (): boolean => {
    try {
      rmSync(temp, { force: true });
      return true;
    } catch {
      return false;
    }
  };
  const stopListening = onInterrupt(removeTemp);
  let fd = -1;
  try {
    fd = openSync(temp, 'wx');
    // A replaced file keeps its permissions.
    if (target.existing) fchmodSync(fd, target.existing.mode & 0o7777);
    await writeInto(fd, text);
    closeSync(fd);
    fd = -1;
    renameSync(temp, target.path);
  } catch (err) {
    if (fd >= 0) closeQuietly(fd);
    const left = !removeTemp();
    const error = asWriteError(err);
    if (left && error instanceof ThadsError) throw new ThadsError(error.code, error.message, undefined, `remove the temporary file it left: ${temp}`);
    throw error;
  } finally {
    // An interrupt that came during the last write is still heard (and the file is complete).
    await turn();
    stopListening();
  }
}
