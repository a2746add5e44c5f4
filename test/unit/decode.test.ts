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
