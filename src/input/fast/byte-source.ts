// The file's bytes for the fast path: read with readSync into one reused buffer, cut after the
// last "\n" of each read (the partial line is carried to the next read), and each run of whole
// lines checked before it is scanned: valid UTF-8 (isUtf8, native), no NUL byte (quotes are
// the row scanner's business).
// A "\n" is never inside a multi-byte character, so a cut there never splits one. A file in
// another encoding is transcoded to UTF-8 as it is read (transcode.ts): the cut is made in the
// UTF-8, so a character cut at the end of a read (a UTF-16 code unit or surrogate pair) waits
// in the decoder, never in a run.
import { isUtf8 } from 'node:buffer';
import { readSync } from 'node:fs';
import { giveUp } from './give-up.js';

/** The file is no longer what it was when it was opened: never summed in part (an I/O error). */
export class FileChanged extends Error {
  constructor(readonly read: number, readonly size: number) {
    super(`the file changed while it was read (${read} bytes read, ${size} when it was opened)`);
  }
}

/** decode.ts's first read (createReadStream's highWaterMark): the bytes the reference sniffs. */
const SAMPLE_BYTES = 1 << 18;
/** read-csv.ts's SAMPLE_CHARS */
const SAMPLE_CHARS = 1 << 16;
/** let the event loop turn (a progress bar loading) about this often */
const YIELD_BYTES = 16 << 20;

export interface FileStart {
  /** bytes of the byte order mark: 3 or 0 (UTF-16: 2 or 0) */
  readonly skip: number;
  /** the text the reference reader sniffs the delimiter in */
  readonly sample: string;
}

function readFully(fd: number, buf: Buffer, position: number): number {
  let n = 0;
  while (n < buf.length) {
    const got = readSync(fd, buf, n, buf.length - n, position + n);
    if (got === 0) break;
    n += got;
  }
  return n;
}

/** The file's first read, as decode.ts's first chunk: where it finds the byte order mark and the sample. */
export function readHead(fd: number): Buffer {
  const head = Buffer.allocUnsafe(SAMPLE_BYTES);
  return head.subarray(0, readFully(fd, head, 0));
}

/**
 * The sniffing sample as read-csv.ts takes it: the first read decoded (a character cut at its
 * end waits for the next read), plus the decoder's flush when the file ends before 64 Ki
 * characters. `decode` throws on bytes the encoding cannot read: the reference words that.
 */
export function sampleOf(head: Buffer, skip: number, decode: (bytes: Buffer | null) => string): string {
  try {
    let sample = decode(head.subarray(skip));
    if (sample.length < SAMPLE_CHARS) {
      if (head.length === SAMPLE_BYTES) giveUp(); // the reference reads on (never with these encodings)
      sample += decode(null);
    }
    return sample;
  } catch {
    return giveUp();
  }
}

/**
 * A UTF-8 file's byte order mark and sniffing sample, as decode.ts and read-csv.ts see them. A
 * UTF-16 mark (read as UTF-8: --encoding utf-8), or a second UTF-8 mark (TextDecoder would drop
 * it too), is left to the reference reader.
 */
export function readStart(head: Buffer): FileStart {
  const n = head.length;
  const isBom = (at: number) => n >= at + 3 && head[at] === 0xef && head[at + 1] === 0xbb && head[at + 2] === 0xbf;
  if (n >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) giveUp();
  const skip = isBom(0) ? 3 : 0;
  if (skip && isBom(3)) giveUp();
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  return { skip, sample: sampleOf(head, skip, (bytes) => (bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode())) };
}

/** Bytes of another encoding → UTF-8, read for read (transcode.ts). */
export interface Transcoder {
  /** the most UTF-8 bytes one read of `bytes` bytes can become */
  maxBytes(bytes: number): number;
  /** where the next read, of at most `bytes` bytes, goes */
  input(bytes: number): Buffer;
  /** The UTF-8 of the `n` bytes just read into input() (0: the file's end), written at out[at…]; returns its length. */
  write(n: number, out: Buffer, at: number): number;
}

/**
 * Calls `scan` with each run of whole lines of bytes [from, end), in a reused buffer: every
 * line of a run ends with "\n" except, in the last run (`final`), the range's last line;
 * `read`: the file's bytes read since the last call (for a progress bar). `chunkBytes` is the
 * size of one read (tests use tiny ones so lines straddle reads). With a `transcoder` the
 * runs are its UTF-8.
 */
export async function scanFile(fd: number, from: number, end: number, chunkBytes: number, scan: (run: Buffer, final: boolean, read: number) => void, transcoder?: Transcoder): Promise<void> {
  const room = transcoder ? transcoder.maxBytes(chunkBytes) : chunkBytes;
  let buf = Buffer.allocUnsafe(Math.max(2 * room, 64));
  let carry = 0;
  let position = from;
  let read = 0;
  let sinceYield = 0;
  for (;;) {
    if (carry + room > buf.length) {
      const bigger = Buffer.allocUnsafe(2 * (carry + room));
      buf.copy(bigger, 0, 0, carry);
      buf = bigger;
    }
    const want = Math.min(chunkBytes, end - position);
    let n: number;
    let filled: number;
    if (transcoder) {
      n = position < end ? readSync(fd, transcoder.input(want), 0, want, position) : 0;
      filled = carry + transcoder.write(n, buf, carry);
    } else {
      n = position < end ? readSync(fd, buf, carry, want, position) : 0;
      filled = carry + n;
    }
    // Fewer bytes than the file had when it was opened: it shrank while it was read.
    if (n === 0 && position < end) throw new FileChanged(position, end);
    position += n;
    read += n;
    const final = n === 0;
    let limit = filled;
    if (!final) {
      // (a transcoder may hold all it was given: nothing new, and lastIndexOf(10, -1) would search the whole buffer)
      const lastLf = filled > carry ? buf.lastIndexOf(10, filled - 1) : -1;
      if (lastLf < carry) {
        carry = filled; // no line end yet: read on
        continue;
      }
      limit = lastLf + 1;
    }
    if (limit > 0) {
      const run = buf.subarray(0, limit);
      if (run.indexOf(0) >= 0 || !isUtf8(run)) giveUp();
      scan(run, final, read);
      read = 0;
    }
    if (final) return;
    carry = filled - limit;
    buf.copyWithin(0, limit, filled);
    sinceYield += n;
    if (sinceYield >= YIELD_BYTES) {
      sinceYield = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

/** Start of the first line that begins at or after `position` (within 64 KiB), or -1. */
export function lineStartAfter(fd: number, position: number): number {
  const window = Buffer.allocUnsafe(1 << 16);
  const n = readFully(fd, window, position - 1);
  const lf = window.subarray(0, n).indexOf(10);
  return lf < 0 ? -1 : position + lf;
}
