// Bytes → NFC-ready text, streamed. UTF-8 (± BOM) and UTF-16 with BOM are detected; anything
// that is not valid UTF-8 is refused with its byte offset unless --encoding names the codepage,
// and a byte that codepage leaves undefined is refused the same way (byte-position.ts words both).
import { createReadStream, fstatSync } from 'node:fs';
import { createRequire } from 'node:module';
import { STDIN, ThadsError } from '../errors.js';
import { describeIoError, errnoCode } from '../io-errors.js';
import { BytePosition, firstInvalidUtf8, holdsNonAsciiLetter } from './byte-position.js';
import { wrongCodepage } from './wrong-codepage.js';

export { firstInvalidUtf8 };

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'latin1', 'tcvn3'] as const;
export type EncodingName = (typeof ENCODINGS)[number];

export interface DecodedText {
  readonly encoding: EncodingName;
  /** why that encoding: "byte order mark", "--encoding", "default", or why --encoding was not applied */
  readonly how: string;
  readonly chunks: AsyncIterable<string>;
}

const CHUNK = 1 << 18;

export function ioError(file: string, err: unknown): ThadsError {
  const code = errnoCode(err);
  return new ThadsError('IO_ERROR', `cannot read ${file === STDIN ? 'standard input' : file}: ${describeIoError(err)}`, undefined, code === 'ENOENT' ? 'check the path; quote names that contain spaces' : undefined);
}

async function* readChunks(file: string, stdin: (() => AsyncIterable<Uint8Array>) | undefined, kept: (() => AsyncIterable<Uint8Array>) | undefined): AsyncGenerator<Buffer> {
  // Standard input and named pipes are read once, as they come (or from where they were kept);
  // nothing opens them again.
  const stream = kept ? kept() : file === STDIN ? stdin?.() : createReadStream(file, { highWaterMark: CHUNK });
  if (!stream) throw new ThadsError('USAGE', 'standard input (-) is not available here');
  // A regular file that shrinks or grows while it is read (a copy still being written, a sync
  // client) would give sums of part of it: an I/O error instead.
  let size: number | null = null;
  let read = 0;
  if (file !== STDIN && !kept) {
    (stream as ReturnType<typeof createReadStream>).once('open', (fd: number) => {
      try {
        const st = fstatSync(fd);
        if (st.isFile()) size = st.size;
      } catch {
        // reading it says why
      }
    });
  }
  try {
    for await (const chunk of stream) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      read += buf.length;
      yield buf;
    }
  } catch (err) {
    throw ioError(file, err);
  }
  if (size !== null && read !== size) {
    throw new ThadsError('IO_ERROR', `the file changed while it was read (${read} bytes read, ${size} when it was opened)`, { file }, 'read it again once nothing is writing it');
  }
}

/**
 * A NUL byte is not text. Every other byte NUL is UTF-16 without a byte order mark; a few NULs
 * are a damaged or binary file, located at their line.
 */
export function assertNoNul(sample: string, file: string): void {
  const first = sample.indexOf('\u0000');
  if (first < 0) return;
  const head = sample.slice(0, 1000);
  const nuls = head.length - head.replaceAll('\u0000', '').length;
  if (nuls * 4 >= head.length) {
    // ASCII in UTF-16: its NUL byte first (big-endian: 00 41) or second (little-endian: 41 00), at the start of the text
    let first = 0;
    let second = 0;
    for (let i = 0; i < Math.min(head.length, 200); i++) if (head[i] === '\u0000') i % 2 === 0 ? first++ : second++;
    const hint = first > second ? 'pass --encoding utf-16be, or save it as "CSV UTF-8"' : 'pass --encoding utf-16le (Excel "Unicode Text"), or save it as "CSV UTF-8"';
    throw new ThadsError('ENCODING_INVALID', `the file holds NUL bytes: it looks like UTF-16${first > second ? ' big-endian' : ''} without a byte order mark`, { file, line: 1 }, hint);
  }
  const before = sample.slice(0, first);
  const line = 1 + (before.match(/\r\n|\n|\r/g)?.length ?? 0);
  throw new ThadsError('ENCODING_INVALID', 'the file holds a NUL byte: it is not a text file, or it is damaged', { file, line }, 'remove the NUL bytes, or export the table again as "CSV UTF-8"');
}

/** One file's decoder: a chunk of bytes → its text (a character cut at the end waits); null: the end. */
export type Decoder = (chunk: Buffer | null) => string;

/**
 * What a codepage's decoder (iconv-lite) gives for a byte the page leaves undefined (windows-1258:
 * 81 8A 8D 8E 8F 90 9A 9D 9E; latin1 and tcvn3 define all 256). No page maps a byte to U+FFFD
 * itself, and one byte is one character, so its index in the text is the byte's in the chunk.
 */
export const UNDEFINED_BYTE = '\uFFFD';

/** The reference reader's decoder, which the fast path's transcoder (fast/transcode.ts) uses too. */
export async function makeDecoder(encoding: EncodingName): Promise<Decoder> {
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    const td = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
    return (chunk) => (chunk ? td.decode(chunk, { stream: true }) : td.decode());
  }
  // Codepages only when asked for: iconv-lite is loaded lazily to keep start-up fast.
  const iconv = (await import('iconv-lite')).default;
  const decoder = iconv.getDecoder(encoding === 'tcvn3' ? 'tcvn' : encoding);
  return (chunk) => (chunk ? decoder.write(chunk) : (decoder.end() ?? ''));
}

/**
 * What each byte 0–255 is in a codepage, as the decoder above reads it (iconv-lite's table, not
 * a copy): legacy-font.ts reads TCVN3 look-alike cells of a Unicode file with it. Loaded on the
 * first such cell, synchronously (a cell is read in a synchronous loop).
 */
export function codepageChars(encoding: 'tcvn3' | 'windows-1252' | 'windows-1258' | 'latin1'): string {
  const iconv = (createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite'));
  return iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, b) => b)), encoding === 'tcvn3' ? 'tcvn' : encoding);
}

function detect(first: Uint8Array): { encoding: EncodingName; skip: number } | null {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (first[0] === 0xff && first[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (first[0] === 0xfe && first[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

export interface TextStart {
  readonly encoding: EncodingName;
  readonly how: DecodedText['how'];
  /** bytes of the byte order mark, dropped before decoding (only a mark of the encoding read) */
  readonly skip: number;
}

/** The encoding a file is read in, from its first bytes and --encoding (both readers ask here). */
export function detectEncoding(first: Uint8Array, encodingFlag?: EncodingName): TextStart {
  // --encoding is for the files that say nothing of theirs (SPEC §3): one folder may hold a
  // windows-1258 office file beside UTF-8 ones. A byte order mark says which a file is, and so
  // do multi-byte sequences that are valid UTF-8 (windows-1258 text is never that).
  const bom = detect(first);
  if (bom) return { encoding: bom.encoding, how: encodingFlag && encodingFlag !== bom.encoding ? `byte order mark (--encoding ${encodingFlag} is for files that have none)` : 'byte order mark', skip: bom.skip + (bom.encoding === 'utf-8' ? doubledBom(first, bom.skip) : 0) };
  if (encodingFlag && encodingFlag !== 'utf-8' && readsAsUtf8(first)) return { encoding: 'utf-8', how: `valid UTF-8 (--encoding ${encodingFlag} is for files that are not)`, skip: doubledBom(first, 0) };
  return { encoding: encodingFlag ?? 'utf-8', how: encodingFlag ? '--encoding' : 'default', skip: !encodingFlag || encodingFlag === 'utf-8' ? doubledBom(first, 0) : 0 };
}

/**
 * A UTF-8 byte order mark read as windows-1252 and saved as UTF-8 again, "ï»¿" (C3 AF C2 BB C2
 * BF), at `at`: its 6 bytes are a mark too, dropped (traps29 bom2: glued to the first header,
 * the office column "ï»¿District" was dropped as unknown and every row summed as the file's
 * office, exit 0). Doubled text after it is refused cell by cell (doubled-utf8.ts).
 */
function doubledBom(first: Uint8Array, at: number): number {
  const mark = [0xc3, 0xaf, 0xc2, 0xbb, 0xc2, 0xbf];
  return mark.every((b, i) => first[at + i] === b) ? mark.length : 0;
}

/**
 * Text that is UTF-8, not a codepage: a whole multi-byte UTF-8 sequence at least and no invalid
 * one (one cut off at the end of the chunk aside), or accented letters in UTF-8 before the
 * first invalid byte (a UTF-8 file with rows pasted from a windows-1258 one: read as UTF-8, it
 * is refused naming both encodings; as the codepage, its header would be garbled).
 */
function readsAsUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b > 0x7f)) return false;
  try {
    return /[^\x00-\x7f]/.test(new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true }));
  } catch {
    return holdsNonAsciiLetter(new TextDecoder('utf-8').decode(bytes.subarray(0, firstInvalidUtf8(bytes))));
  }
}

/** Code units and lines of UTF-16 text read so far, moved past `text`; the line its end is on. */
function advance(at: { units: number; line: number; afterCr: boolean }, text: string): number {
  at.line += (text.match(/\r\n|\n|\r/g)?.length ?? 0) - (at.afterCr && text.startsWith('\n') ? 1 : 0);
  if (text.length > 0) at.afterCr = text.endsWith('\r');
  at.units += text.length;
  return at.line;
}

function fail(err: ThadsError): never {
  throw err;
}

/** Opens a file as text. The returned chunks throw ThadsError on I/O or decoding errors. */
export async function openText(file: string, encodingFlag?: EncodingName, stdin?: () => AsyncIterable<Uint8Array>, kept?: () => AsyncIterable<Uint8Array>): Promise<DecodedText> {
  const source = readChunks(file, stdin, kept);
  const firstResult = await source.next();
  const first = firstResult.done ? Buffer.alloc(0) : firstResult.value;
  // A workbook given as text (standard input, a pipe): its ZIP bytes are no encoding's (a file
  // by name is told by its bytes before it gets here, read-file.ts)
  if (first.length >= 4 && first.readUInt32LE(0) === 0x04034b50) {
    throw new ThadsError('WORKBOOK_INVALID', `${file === STDIN ? 'standard input' : file} is a workbook (a ZIP archive), which thads reads from a file only`, { file }, 'save it to a file and pass its name (thads reads .xlsx workbooks by name), or save the sheet as "CSV UTF-8"');
  }
  const { encoding, how, skip } = detectEncoding(first, encodingFlag);
  const decode = await makeDecoder(encoding);
  // a codepage --encoding named that the file's first lines are not in (wrong-codepage.ts)
  const wrong = wrongCodepage(file, first.subarray(skip), encoding, how);
  if (wrong) throw wrong;
  const position = new BytePosition(skip);
  const utf8 = encoding === 'utf-8';
  const singleByte = !utf8 && !encoding.startsWith('utf-16');
  // UTF-16: a lone surrogate or a last character cut off is located by a lenient twin of the
  // decoder, fed the same chunks: its first U+FFFD is where the strict one failed (a code unit is
  // two bytes), and the lines of the text before it say its line.
  const twin = utf8 || singleByte ? null : new TextDecoder(encoding, { ignoreBOM: false });
  const twinPosition = { units: 0, line: 1, afterCr: false };
  const wrap = (chunk: Buffer | null): string => {
    const twinText = twin ? (chunk ? twin.decode(chunk, { stream: true }) : twin.decode()) : '';
    try {
      const text = decode(chunk);
      if (twin) advance(twinPosition, text);
      if (chunk) {
        const undefinedAt = singleByte ? text.indexOf(UNDEFINED_BYTE) : -1;
        if (undefinedAt >= 0) throw position.undefinedByte(file, chunk, undefinedAt, encoding);
        const pasted = singleByte && encoding !== 'tcvn3' ? position.pastedUtf8(file, chunk, encoding) : null;
        if (pasted) throw pasted;
        if (utf8 || singleByte) position.passed(chunk, text, utf8);
      }
      return text;
    } catch (err) {
      if (err instanceof ThadsError) throw err;
      if (utf8) throw position.utf8Error(file, chunk);
      if (twin) {
        const at = Math.max(twinText.indexOf('\uFFFD'), 0);
        const line = advance({ ...twinPosition }, twinText.slice(0, at));
        const offset = skip + 2 * (twinPosition.units + at);
        const what = chunk ? 'a lone surrogate' : 'the file ends inside a character';
        return fail(new ThadsError('ENCODING_INVALID', `invalid ${encoding.toUpperCase()} at byte ${offset} (${what})`, { file, line }, 'the file is damaged there, or it is not UTF-16: check --encoding, or export the table again as "CSV UTF-8"'));
      }
      throw new ThadsError('ENCODING_INVALID', `the file cannot be decoded as ${encoding}`, { file }, 'check --encoding');
    }
  };
  async function* chunks(): AsyncGenerator<string> {
    if (first.length > skip) yield wrap(first.subarray(skip));
    for await (const chunk of source) yield wrap(chunk);
    const tail = wrap(null);
    if (tail) yield tail;
  }
  return { encoding, how, chunks: chunks() };
}
