// The fast path's transcoders (src/input/fast/transcode.ts) against the reference reader's own
// decoders (decode.ts: makeDecoder), through scanFile with reads of a few bytes: UTF-16 code
// units, surrogate pairs (an emoji, a 4-byte CJK character), windows-1258's combining tone
// marks and "\r\n" straddle reads. Each gives the reference's text as UTF-8, or gives up
// where the reference's decoder fails (it then words the error).
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDecoder, type EncodingName } from '../../src/input/decode.js';
import { scanFile } from '../../src/input/fast/byte-source.js';
import { GiveUp } from '../../src/input/fast/give-up.js';
import { transcoderFor } from '../../src/input/fast/transcode.js';
import { utf16, windows1258 } from '../helpers/encode.mjs';
import { mulberry32 } from '../helpers/mulberry32.mjs';

const dir = mkdtempSync(join(tmpdir(), 'thads-transcode-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

type Encoding = Exclude<EncodingName, 'utf-8'>;

/** The runs scanFile hands over for `bytes` in `encoding`, read `chunkBytes` at a time; GiveUp when it gives up. */
async function transcoded(bytes: Buffer, encoding: Encoding, chunkBytes: number): Promise<{ text: Buffer; runs: { run: Buffer; final: boolean }[] } | GiveUp> {
  const file = join(dir, `f${files++}`);
  writeFileSync(file, bytes);
  const fd = openSync(file, 'r');
  const runs: { run: Buffer; final: boolean }[] = [];
  try {
    let read = 0;
    await scanFile(fd, 0, bytes.length, chunkBytes, (run, final, n) => {
      runs.push({ run: Buffer.from(run), final });
      read += n;
    }, await transcoderFor(encoding));
    expect(read, 'every byte read is counted once (the progress bar)').toBe(bytes.length);
  } catch (err) {
    if (err instanceof GiveUp) return err;
    throw err;
  } finally {
    closeSync(fd);
  }
  return { text: Buffer.concat(runs.map((r) => r.run)), runs };
}

/** The reference decoder's text (as UTF-8), or null where it throws. */
async function reference(bytes: Buffer, encoding: Encoding, chunkBytes: number): Promise<Buffer | null> {
  const decode = await makeDecoder(encoding);
  try {
    let text = '';
    for (let at = 0; at < bytes.length; at += chunkBytes) text += decode(bytes.subarray(at, at + chunkBytes));
    return Buffer.from(text + decode(null));
  } catch {
    return null;
  }
}

/** The bytes windows-1258 leaves undefined (Microsoft's table: 81 8A 8D 8E 8F 90 9A 9D 9E). */
const WINDOWS_1258_UNDEFINED = [0x81, 0x8a, 0x8d, 0x8e, 0x8f, 0x90, 0x9a, 0x9d, 0x9e];

const LINES = ['Đơn vị;Việc có điều kiện\r', 'Hải Hậu 😀;589\r', 'Chi cục 𠀀 Mỹ Lộc;1.234\r', 'Thuỷ Nguyên, Hoà Bình;7', 'Ý Yên;12\r', 'Nghĩa Hưng;3'];
const TEXT = LINES.join('\n');

describe('transcoders: the reference decoder\'s text, whatever the read size', () => {
  const CHUNKS = [1, 2, 3, 4, 5, 7, 64, 1 << 18];

  it.each(['le', 'be'] as const)('UTF-16 %s: surrogate pairs, code units and "\\r\\n" cut by reads', async (endian) => {
    // scanFile starts after the byte order mark, as read-fast.ts does (the mark is skipped).
    const bytes = utf16(TEXT, endian).subarray(2);
    for (const chunkBytes of CHUNKS) {
      const got = await transcoded(bytes, `utf-16${endian}`, chunkBytes);
      expect(got).not.toBeInstanceOf(GiveUp);
      const { text, runs } = got as Exclude<typeof got, GiveUp>;
      expect(text.toString()).toBe(TEXT);
      // whole lines: every run but the last ends with "\n", only the last is final
      runs.slice(0, -1).forEach((r) => expect([r.run.at(-1), r.final]).toEqual([10, false]));
      expect(runs.at(-1)!.final).toBe(true);
    }
  });

  it('windows-1258: tone marks as combining bytes, cut by reads; NFC is left to the reader', async () => {
    const bytes = windows1258(TEXT.replace(/[😀𠀀]/gu, '₫'))!;
    expect(bytes).not.toBeNull();
    for (const chunkBytes of CHUNKS) {
      const got = await transcoded(bytes, 'windows-1258', chunkBytes);
      const expected = await reference(bytes, 'windows-1258', chunkBytes);
      expect((got as { text: Buffer }).text.equals(expected!)).toBe(true);
      // "ả" is "a" + U+0309 in windows-1258: the text is not NFC until the reader makes it so
      expect((got as { text: Buffer }).text.toString().normalize('NFC')).toBe(TEXT.replace(/[😀𠀀]/gu, '₫'));
    }
  });

  it.each(['windows-1258', 'latin1', 'tcvn3'] as const)('%s: every byte as the reference decodes it', async (encoding) => {
    // every byte but NUL (the scanner refuses NUL in any encoding) and those the page leaves
    // undefined (below), in an order with "\n" between
    const all = Buffer.from(Array.from({ length: 255 }, (_, i) => i + 1).filter((b) => !WINDOWS_1258_UNDEFINED.includes(b) || encoding !== 'windows-1258'));
    const bytes = Buffer.concat([all, Buffer.from('\n'), all.reverse(), Buffer.from('\n'), all]);
    for (const chunkBytes of [1, 3, 7, 1 << 18]) {
      const got = await transcoded(bytes, encoding, chunkBytes);
      expect((got as { text: Buffer }).text.equals((await reference(bytes, encoding, chunkBytes))!)).toBe(true);
    }
  });

  it.each(WINDOWS_1258_UNDEFINED)('windows-1258: byte %d, which the page leaves undefined, is a give-up wherever a read cuts (the reference refuses it)', async (undefinedByte) => {
    const bytes = Buffer.concat([windows1258('Đơn vị;Việc\nHải Hậu;589\nÝ Yên')!, Buffer.from([0x41, undefinedByte, 0x3b, 0x37, 0x0a])]);
    expect((await reference(bytes, 'windows-1258', 1))!.toString()).toContain('\uFFFD');
    for (const chunkBytes of [1, 2, 3, 7, 1 << 18]) expect(await transcoded(bytes, 'windows-1258', chunkBytes)).toBeInstanceOf(GiveUp);
  });

  it('latin1 and tcvn3 define every byte: none decodes to U+FFFD', async () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    for (const encoding of ['latin1', 'tcvn3'] as const) expect((await reference(all, encoding, 256))!.toString()).not.toContain('\uFFFD');
    expect([...(await reference(all, 'windows-1258', 256))!.toString()].flatMap((c, b) => (c === '\uFFFD' ? [b] : []))).toEqual(WINDOWS_1258_UNDEFINED);
  });

  it('UTF-16 on random bytes: the same text, or a give-up where the reference decoder fails', async () => {
    const next = mulberry32(16);
    const int = (n: number) => Math.floor(next() * n);
    // units that meet every branch: ASCII, 2- and 3-byte, a mark, surrogate pairs, now and then a lone surrogate; "\n", no NUL
    const UNITS = [0x41, 0x3b, 0x0a, 0x0d, 0x31, 0xe1, 0x1ea1, 0x111, 0xfeff, 0xfffd, 0xffff];
    const unit = (): number[] => {
      const p = next();
      if (p < 0.15) return [[0xd83d, 0xde00], [0xd840, 0xdc00], [0xdbff, 0xdfff]][int(3)]!;
      if (p < 0.17) return [[0xd83d], [0xde00]][int(2)]!;
      return [UNITS[int(UNITS.length)]!];
    };
    const seen = { same: 0, failed: 0 };
    for (let n = 0; n < 400; n++) {
      const units = Uint16Array.from(Array.from({ length: 1 + int(30) }, unit).flat());
      let bytes = Buffer.from(units.buffer);
      if (next() < 0.1) bytes = bytes.subarray(0, bytes.length - 1); // an odd byte count
      for (const endian of ['le', 'be'] as const) {
        const input = endian === 'be' ? Buffer.from(bytes.subarray(0, bytes.length & ~1)).swap16() : bytes;
        const whole = endian === 'be' && bytes.length % 2 ? Buffer.concat([input, bytes.subarray(-1)]) : input;
        const chunkBytes = [1, 2, 3, 5, 64][int(5)]!;
        const got = await transcoded(whole, `utf-16${endian}`, chunkBytes);
        const expected = await reference(whole, `utf-16${endian}`, chunkBytes);
        // A mark first: TextDecoder drops it; the fast path leaves such a file to the reference.
        if (units[0] === 0xfeff && whole.length >= 2) expect(got).toBeInstanceOf(GiveUp);
        else if (expected === null) expect(got).toBeInstanceOf(GiveUp);
        else expect(got instanceof GiveUp ? got : got.text.toString('hex')).toBe(expected.toString('hex'));
        if (got instanceof GiveUp) seen.failed++;
        else seen.same++;
      }
    }
    expect(seen.same).toBeGreaterThan(50);
    expect(seen.failed).toBeGreaterThan(50);
  });

  it.each([
    ['an odd byte count', Buffer.concat([Buffer.from('A;1\n', 'utf16le'), Buffer.from([0x42])])],
    ['a high surrogate at the end', Buffer.concat([Buffer.from('A;1\n', 'utf16le'), Buffer.from([0x3d, 0xd8])])],
    ['a high surrogate before a letter', Buffer.from('A\ud83dB;1\n', 'utf16le')],
    ['a low surrogate alone', Buffer.from('A\ude00;1\n', 'utf16le')],
  ])('UTF-16: %s is a give-up (the reference decoder fails)', async (_name, bytes) => {
    for (const chunkBytes of [1, 2, 3, 1 << 18]) {
      expect(await reference(bytes, 'utf-16le', chunkBytes)).toBeNull();
      expect(await transcoded(bytes, 'utf-16le', chunkBytes)).toBeInstanceOf(GiveUp);
    }
  });
});
