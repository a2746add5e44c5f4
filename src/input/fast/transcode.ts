// Files in another encoding than UTF-8 on the fast path: UTF-16 (by its byte order mark or
// --encoding) and the codepages --encoding names (windows-1258, latin1, tcvn3) are written out
// as UTF-8 read for read, and the row scanner reads that: the same text the reference reader
// parses, so the same sums and messages (lines and columns count the same line ends and cells).
// Which encoding, which mark is skipped and the sniffing sample come from decode.ts (the
// reference's detectEncoding and makeDecoder); the transcoders do what its decoders do, with
// no string in between (a codepage: a table made from the reference's decoder; UTF-16: the
// Unicode rules, which test/unit/fast-transcode.test.ts checks against the reference's
// TextDecoder). On a 1M-row export: windows-1258 0.78 → 0.12 s, UTF-16 0.47 → 0.21 s.
// A read may end inside a UTF-16 code unit or surrogate pair: those bytes wait for the next
// read. Nothing is normalized here: windows-1258's combining tone marks stay as they are, and
// the scanner normalizes each name to NFC where read-csv.ts normalizes each cell. Bytes the
// reference's decoder refuses (an odd byte count, an unpaired surrogate): give up, and the
// reference reader words it, and so with a byte a codepage leaves undefined.
import { detectEncoding, makeDecoder, UNDEFINED_BYTE, type Decoder, type EncodingName } from '../decode.js';
import { readStart, sampleOf, type FileStart, type Transcoder } from './byte-source.js';
import { giveUp } from './give-up.js';
import { pastedUtf8 } from '../byte-position.js';
import { wrongCodepage } from '../wrong-codepage.js';

export interface EncodedStart extends FileStart {
  readonly encoding: EncodingName;
  readonly how: string;
  /** null: UTF-8, read as it is */
  readonly transcoder: Transcoder | null;
}

/** A read's bytes at offset 0 of their own ArrayBuffer, so that typed arrays over them are aligned. */
class Input {
  protected bytes = Buffer.alloc(0);
  protected words = new Int32Array(0);

  /** room for `held` bytes kept from the last read and a read of `bytes` */
  protected room(held: number, bytes: number): void {
    if (held + bytes <= this.bytes.length) return;
    const buffer = new ArrayBuffer((held + bytes + 7) & ~3);
    const bigger = Buffer.from(buffer);
    this.bytes.copy(bigger, 0, 0, held);
    this.bytes = bigger;
    this.words = new Int32Array(buffer);
  }
}

/**
 * A codepage (one byte, one character): each byte's UTF-8, from the reference's decoder (which
 * keeps no state between bytes). windows-1258 and latin1 keep ASCII as it is: four such bytes
 * are copied at once. A byte the page leaves undefined has length 0: give up.
 */
class SingleByte extends Input implements Transcoder {
  private readonly lengths = new Uint8Array(256);
  private readonly utf8 = new Uint8Array(256 * 4);
  private readonly asciiSame: boolean;

  /** the last two bytes of the read before, for a pasted UTF-8 character across two reads */
  private readonly edge = new Uint8Array(4);
  private edgeBytes = 0;

  /** `pasted`: UTF-8 characters pasted into the page's text are refused (decode.ts), so give up on them */
  constructor(
    decode: Decoder,
    private readonly pasted: boolean,
  ) {
    super();
    let asciiSame = true;
    for (let b = 0; b < 256; b++) {
      const text = decode(Buffer.from([b])) + decode(null);
      const bytes = Buffer.from(text);
      if (text.length !== 1 || bytes.length > 3) throw new Error(`byte ${b} decodes to ${JSON.stringify(text)}`);
      this.lengths[b] = text === UNDEFINED_BYTE ? 0 : bytes.length;
      this.utf8.set(bytes, 4 * b);
      if (b < 0x80 && (bytes.length !== 1 || bytes[0] !== b)) asciiSame = false;
    }
    this.asciiSame = asciiSame;
  }

  maxBytes(bytes: number): number {
    return 3 * bytes;
  }

  input(bytes: number): Buffer {
    this.room(0, bytes);
    return this.bytes;
  }

  write(n: number, out: Buffer, at: number): number {
    const { bytes, words, lengths, utf8, asciiSame } = this;
    const view = new DataView(out.buffer, out.byteOffset, out.length);
    let o = at;
    let i = 0;
    if (this.pasted) this.pastedAcross(n);
    while (i < n) {
      if (asciiSame && (i & 3) === 0) {
        for (let w: number; i + 4 <= n && ((w = words[i >> 2]!) & 0x80808080) === 0; i += 4, o += 4) view.setInt32(o, w, true);
        if (i >= n) break;
      }
      const b = bytes[i++]!;
      const length = lengths[b]!;
      if (length === 0) giveUp();
      // a lead whose character ends in this read (one nearer the end: pastedAcross, next read)
      if (b >= 0xc2 && this.pasted && i + 1 < n && pastedUtf8(bytes.subarray(i - 1, i + 2)) === 0) giveUp();
      out[o++] = utf8[4 * b]!;
      if (length > 1) {
        out[o++] = utf8[4 * b + 1]!;
        if (length > 2) out[o++] = utf8[4 * b + 2]!;
      }
    }
    return o - at;
  }

  /** A pasted character that starts in the last two bytes read before and ends in this read (n: 0 at the end). */
  private pastedAcross(n: number): void {
    const { edge, bytes } = this;
    const kept = this.edgeBytes;
    const head = Math.min(n, 2);
    for (let k = 0; k < head; k++) edge[kept + k] = bytes[k]!;
    if (kept > 0 && pastedUtf8(edge.subarray(0, kept + head)) >= 0) giveUp();
    // the stream's last two bytes: tiny reads (tests) keep some of the bytes before
    const all = kept + n;
    this.edgeBytes = Math.min(all, 2);
    const tail = new Uint8Array(this.edgeBytes);
    for (let k = 0; k < this.edgeBytes; k++) {
      const from = all - this.edgeBytes + k;
      tail[k] = from < kept ? edge[from]! : bytes[from - kept]!;
    }
    edge.set(tail);
  }
}

/**
 * UTF-16 as the reference's TextDecoder('utf-16le' | 'utf-16be', { fatal: true }) reads it: an
 * unpaired surrogate, a surrogate pair or a code unit cut by the file's end is an error (give
 * up). A byte order mark after the one skipped (the decoder would drop it too): give up, as
 * the UTF-8 reader does with a second mark. Big-endian units are swapped in place first.
 */
class Utf16 extends Input implements Transcoder {
  /** bytes of the last read that wait for the next: half a code unit, a high surrogate */
  private held = 0;
  private units = new Uint16Array(0);
  private started = false;

  constructor(private readonly bigEndian: boolean) {
    super();
  }

  maxBytes(bytes: number): number {
    // a code unit (held ones too) is at most 3 bytes of UTF-8; a pair of them 4
    return 3 * ((bytes >> 1) + 2);
  }

  input(bytes: number): Buffer {
    const before = this.bytes.buffer;
    this.room(this.held, bytes);
    if (this.bytes.buffer !== before) this.units = new Uint16Array(this.bytes.buffer);
    return this.bytes.subarray(this.held);
  }

  write(n: number, out: Buffer, at: number): number {
    const { bytes, words, units } = this;
    const end = this.held + n;
    if (n === 0) return this.held > 0 ? giveUp() : 0;
    const count = end >> 1;
    if (this.bigEndian) bytes.subarray(0, 2 * count).swap16();
    if (!this.started && count > 0) {
      this.started = true;
      if (units[0] === 0xfeff) giveUp();
    }
    let o = at;
    let i = 0;
    while (i < count) {
      if ((i & 1) === 0) {
        // two ASCII units at once
        for (let w: number; i + 2 <= count && ((w = words[i >> 1]!) & 0xff80ff80) === 0; i += 2, o += 2) {
          out[o] = w;
          out[o + 1] = w >>> 16;
        }
        if (i >= count) break;
      }
      const u = units[i]!;
      if (u < 0x80) {
        out[o++] = u;
        i++;
      } else if (u < 0x800) {
        out[o++] = 0xc0 | (u >> 6);
        out[o++] = 0x80 | (u & 0x3f);
        i++;
      } else if (u < 0xd800 || u > 0xdfff) {
        out[o++] = 0xe0 | (u >> 12);
        out[o++] = 0x80 | ((u >> 6) & 0x3f);
        out[o++] = 0x80 | (u & 0x3f);
        i++;
      } else {
        if (u > 0xdbff) giveUp(); // a low surrogate first
        if (i + 1 >= count) break; // its pair comes with the next read
        const low = units[i + 1]!;
        if (low < 0xdc00 || low > 0xdfff) giveUp();
        const c = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
        out[o++] = 0xf0 | (c >> 18);
        out[o++] = 0x80 | ((c >> 12) & 0x3f);
        out[o++] = 0x80 | ((c >> 6) & 0x3f);
        out[o++] = 0x80 | (c & 0x3f);
        i += 2;
      }
    }
    // What waits (a high surrogate, half a unit) goes to the front, as it was read.
    const from = 2 * i;
    if (this.bigEndian) bytes.subarray(from, 2 * count).swap16();
    bytes.copyWithin(0, from, end);
    this.held = end - from;
    return o - at;
  }
}

/** Typed arrays read the machine's byte order; the transcoders read little-endian words. */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** The transcoder for a file in `encoding` (not UTF-8). */
export async function transcoderFor(encoding: Exclude<EncodingName, 'utf-8'>): Promise<Transcoder> {
  if (!LITTLE_ENDIAN) giveUp();
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return new Utf16(encoding === 'utf-16be');
  return new SingleByte(await makeDecoder(encoding), encoding !== 'tcvn3');
}

/**
 * How the fast path reads a file that starts with `head` (its first read): the encoding and
 * why (decode.ts's rule), the byte order mark to skip, the sniffing sample (the reference's
 * decoder's), and the transcoder, if it needs one.
 */
export async function startOf(head: Buffer, encodingFlag: EncodingName | undefined): Promise<EncodedStart> {
  const { encoding, how, skip } = detectEncoding(head, encodingFlag);
  if (encoding === 'utf-8') return { encoding, how, ...readStart(head), transcoder: null };
  // a codepage --encoding named that the file is not in: the reference reader refuses it
  if (wrongCodepage('', head.subarray(skip), encoding, how)) giveUp();
  const sample = sampleOf(head, skip, await makeDecoder(encoding));
  return { encoding, how, skip, sample, transcoder: await transcoderFor(encoding) };
}
