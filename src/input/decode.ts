// Bytes → NFC-ready text, streamed. UTF-8 (± BOM) and UTF-16 with BOM are detected; anything
// that is not valid UTF-8 is refused with its byte offset unless --encoding names the codepage.
import { createReadStream, fstatSync, readFileSync } from 'node:fs';
import { ThadsError } from '../errors.js';

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'latin1', 'tcvn3'] as const;
export type EncodingName = (typeof ENCODINGS)[number];

export interface DecodedText {
  readonly encoding: EncodingName;
  readonly how: 'byte order mark' | 'default' | '--encoding';
  readonly chunks: AsyncIterable<string>;
}

const CHUNK = 1 << 18;

export function ioError(file: string, err: unknown): ThadsError {
  const code = (err as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : ((err as Error).message ?? String(err));
  return new ThadsError('IO_ERROR', `cannot read ${file}: ${reason}`, undefined, code === 'ENOENT' ? 'check the path; quote names that contain spaces' : undefined);
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    if (i + need >= buf.length) return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineOfOffset(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (buf[i] === 0x0a) line++;
  return line;
}

function invalidUtf8Error(file: string): ThadsError {
  const buf = readFileSync(file);
  const offset = Math.max(firstInvalidUtf8(buf), 0);
  const bytes = [...buf.subarray(offset, offset + 4)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  return new ThadsError('ENCODING_INVALID', `invalid UTF-8 at byte ${offset} (${bytes})`, { file, line: lineOfOffset(buf, offset) });
}

async function* readChunks(file: string): AsyncGenerator<Buffer> {
  const stream = createReadStream(file, { highWaterMark: CHUNK });
  // A regular file that shrinks or grows while it is read (a copy still being written, a sync
  // client) would give sums of part of it: an I/O error instead.
  let size: number | null = null;
  let read = 0;
  stream.once('open', (fd: number) => {
    try {
      const st = fstatSync(fd);
      if (st.isFile()) size = st.size;
    } catch {
      // reading it says why
    }
  });
  try {
    for await (const chunk of stream) {
      read += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  } catch (err) {
    throw ioError(file, err);
  }
  if (size !== null && read !== size) {
    throw new ThadsError('IO_ERROR', `the file changed while it was read (${read} bytes read, ${size} when it was opened)`, { file }, 'read it again once nothing is writing it');
  }
}

type Decoder = (chunk: Buffer | null) => string;

async function makeDecoder(encoding: EncodingName): Promise<Decoder> {
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    const td = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
    return (chunk) => (chunk ? td.decode(chunk, { stream: true }) : td.decode());
  }
  // Codepages only when asked for: iconv-lite is loaded lazily to keep start-up fast.
  const iconv = (await import('iconv-lite')).default;
  const decoder = iconv.getDecoder(encoding === 'tcvn3' ? 'tcvn' : encoding);
  return (chunk) => (chunk ? decoder.write(chunk) : (decoder.end() ?? ''));
}

function detect(first: Buffer): { encoding: EncodingName; skip: number } | null {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (first[0] === 0xff && first[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (first[0] === 0xfe && first[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** Opens a file as text. The returned chunks throw ThadsError on I/O or decoding errors. */
export async function openText(file: string, encodingFlag?: EncodingName): Promise<DecodedText> {
  const source = readChunks(file);
  const firstResult = await source.next();
  const first = firstResult.done ? Buffer.alloc(0) : firstResult.value;
  const bom = detect(first);
  const encoding: EncodingName = encodingFlag ?? bom?.encoding ?? 'utf-8';
  const how = encodingFlag ? '--encoding' : bom ? 'byte order mark' : 'default';
  const skip = bom && bom.encoding === encoding ? bom.skip : 0;
  const decode = await makeDecoder(encoding);
  const wrap = (fn: () => string): string => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof ThadsError) throw err;
      if (encoding === 'utf-8') throw invalidUtf8Error(file);
      throw new ThadsError('ENCODING_INVALID', `the file cannot be decoded as ${encoding}`, { file }, 'check --encoding');
    }
  };
  async function* chunks(): AsyncGenerator<string> {
    if (first.length > skip) yield wrap(() => decode(first.subarray(skip)));
    for await (const chunk of source) yield wrap(() => decode(chunk));
    const tail = wrap(() => decode(null));
    if (tail) yield tail;
  }
  return { encoding, how, chunks: chunks() };
}
