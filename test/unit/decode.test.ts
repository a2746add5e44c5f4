// Bytes → text: BOMs detected, invalid UTF-8 refused with its byte offset, codepages on request.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, openText, type EncodingName } from '../../src/input/decode.js';
import { ThadsError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-decode-'));
let n = 0;
function file(bytes: Uint8Array): string {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, bytes);
  return path;
}
async function read(path: string, encoding?: EncodingName): Promise<{ text: string; encoding: string; how: string }> {
  const t = await openText(path, encoding);
  let text = '';
  for await (const chunk of t.chunks) text += chunk;
  return { text, encoding: t.encoding, how: t.how };
}
const TEXT = 'Đơn vị;Việc có điều kiện\nHải Hậu;589\n';

describe('openText', () => {
  it('UTF-8 without BOM is the default', async () => {
    expect(await read(file(Buffer.from(TEXT, 'utf8')))).toEqual({ text: TEXT, encoding: 'utf-8', how: 'default' });
  });
  it('UTF-8 BOM is detected and dropped', async () => {
    expect(await read(file(Buffer.from(`\uFEFF${TEXT}`, 'utf8')))).toEqual({ text: TEXT, encoding: 'utf-8', how: 'byte order mark' });
  });
  it('UTF-16LE BOM (Excel "Unicode Text") is detected', async () => {
    expect(await read(file(Buffer.from(`\uFEFF${TEXT}`, 'utf16le')))).toEqual({ text: TEXT, encoding: 'utf-16le', how: 'byte order mark' });
  });
  it('UTF-16BE BOM is detected', async () => {
    const le = Buffer.from(`\uFEFF${TEXT}`, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(await read(file(be))).toEqual({ text: TEXT, encoding: 'utf-16be', how: 'byte order mark' });
  });
  it('Windows-1258 with --encoding: tone marks come back (NFC is applied by the reader)', async () => {
    // As Windows writes it: Đ ơ precomposed (D0, F5), tones as combining marks (F2 dot below, D2 hook above).
    const bytes = Uint8Array.from([0xd0, 0xf5, 0x6e, 0x20, 0x76, 0x69, 0xf2, 0x3b, 0x48, 0x61, 0xd2, 0x69, 0x20, 0x48, 0xe2, 0xf2, 0x75, 0x0a]);
    const { text, how } = await read(file(bytes), 'windows-1258');
    expect(how).toBe('--encoding');
    expect(text.normalize('NFC')).toBe('Đơn vị;Hải Hậu\n');
  });
  it('latin1 with --encoding', async () => {
    expect((await read(file(Buffer.from([0x43, 0x61, 0x66, 0xe9])), 'latin1')).text).toBe('Café');
  });
  it('invalid UTF-8 is an error naming the byte offset, its line and the flag to pass', async () => {
    // "ab\nc" then 0xE9 (é in latin1) at byte 4, on line 2
    const path = file(Buffer.from([0x61, 0x62, 0x0a, 0x63, 0xe9, 0x64, 0x0a]));
    const err = await read(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ThadsError);
    const e = err as ThadsError;
    expect(e.code).toBe('ENCODING_INVALID');
    expect(e.message).toBe('invalid UTF-8 at byte 4 (E9 64 0A)');
    expect(e.location).toEqual({ file: path, line: 2 });
    expect(e.hint).toContain('--encoding windows-1258');
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x61, 0x62], -1],
    [[0xc3, 0xa9], -1], // é
    [[0x61, 0xc3], 1], // truncated sequence
    [[0xc0, 0xaf], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0x61, 0x80], 1], // stray continuation byte
  ])('%j → %d', (bytes, expected) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(expected);
  });
});

describe('invalid UTF-8 in a stream (issue 13: stdin and pipes cannot be read twice)', () => {
  const CHUNK = 1 << 18;
  const failure = async (source: string | Uint8Array): Promise<ThadsError> => {
    let text = '';
    const t = typeof source === 'string' ? await openText(source) : await openText('-', undefined, async function* () {
      // stdin arrives in pieces of any size
      for (let at = 0; at < source.length; at += 7001) yield source.subarray(at, at + 7001);
    });
    try {
      for await (const chunk of t.chunks) text += chunk;
    } catch (err) {
      return err as ThadsError;
    }
    throw new Error(`no error; read ${text.length} characters`);
  };
  const lineOf = (buf: Buffer, offset: number) => 1 + buf.subarray(0, offset).filter((b) => b === 0x0a).length;

  // "ạ" is 3 bytes (E1 BA A1): placed so that characters straddle the chunk boundary.
  const body = (size: number) => Buffer.from('Hải Hậu;ạ\n'.repeat(Math.ceil(size / 14))).subarray(0, size);
  const cases: [string, Buffer][] = [];
  for (const at of [CHUNK - 3, CHUNK - 2, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 5]) {
    const prefix = body(at);
    // cut back to a character boundary, then a stray byte, a truncated sequence, an overlong one
    let cut = prefix.length;
    while (cut > 0 && (prefix[cut]! & 0xc0) === 0x80) cut--;
    for (const bad of [[0xff], [0xe1, 0xba, 0x41], [0xc0, 0xaf]]) cases.push([`at ${cut}: ${bad.map((b) => b.toString(16)).join(' ')}`, Buffer.concat([prefix.subarray(0, cut), Buffer.from(bad), Buffer.from('\nrest\n')])]);
  }
  cases.push(['a truncated character at the very end', Buffer.concat([body(CHUNK + 10), Buffer.from([0xe1, 0xba])])]);

  it.each(cases)('%s: the offset and line of the whole file, from a file and from stdin', async (_name, bytes) => {
    const expected = firstInvalidUtf8(bytes);
    const fromFile = await failure(file(bytes));
    expect(fromFile.message).toMatch(new RegExp(`^invalid UTF-8 at byte ${expected} \\(`));
    expect(fromFile.location?.line).toBe(lineOf(bytes, expected));
    const fromStdin = await failure(bytes);
    // The bytes shown stop at the end of the piece that failed: compare the offset only.
    expect(fromStdin.message).toMatch(new RegExp(`^invalid UTF-8 at byte ${expected} \\(`));
    expect(fromStdin.location).toEqual({ file: '-', line: lineOf(bytes, expected) });
  });
});
