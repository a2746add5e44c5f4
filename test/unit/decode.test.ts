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

describe('a codepage\'s undefined bytes and files in two encodings (round 26b, 03 and 06)', () => {
  const failure = async (bytes: Uint8Array, encoding?: EncodingName, pieces?: number): Promise<ThadsError> => {
    const t = pieces
      ? await openText('-', encoding, async function* () {
          for (let at = 0; at < bytes.length; at += pieces) yield bytes.subarray(at, at + pieces);
        })
      : await openText(file(bytes), encoding);
    try {
      for await (const _ of t.chunks);
    } catch (err) {
      return err as ThadsError;
    }
    throw new Error('no error');
  };
  const ascii = (text: string) => Buffer.from(text, 'latin1');
  // "Đơn vị" in windows-1258: Đ D0, ơ F5, "ị" = i + combining dot below (F2)
  const cp1258Head = Buffer.from([0xd0, 0xf5, 0x6e, 0x20, 0x76, 0x69, 0xf2, 0x3b, 0x31, 0x0d, 0x0a]);

  it.each([0x81, 0x8a, 0x8d, 0x8e, 0x8f, 0x90, 0x9a, 0x9d, 0x9e])('windows-1258 leaves %i undefined: refused at its byte and line, never read as U+FFFD', async (b) => {
    // line 1: 11 bytes; line 2 "Ia" then the byte at offset 13
    const e = await failure(Buffer.concat([cp1258Head, ascii('Ia'), Buffer.from([b]), ascii(';2\r\n')]), 'windows-1258');
    const byte = b.toString(16).toUpperCase();
    expect([e.code, e.message, e.location]).toEqual(['ENCODING_INVALID', `invalid windows-1258 at byte 13 (${byte}): windows-1258 has no character for that byte`, { file: expect.any(String), line: 2 }]);
    expect(e.hint).toBe('the file is not windows-1258, or it is damaged there: check --encoding (UTF-8 needs none; tcvn3 is for old ABC-font documents)');
  });

  it('a row pasted from UTF-8 into a windows-1258 file: "Đ" is C4 90, and 90 is undefined', async () => {
    // lines 1–2 windows-1258 (CRLF), line 3 "Đắk;3" in UTF-8: C4 at byte 17, 90 at byte 18
    const bytes = Buffer.concat([cp1258Head, ascii('Ia;2\r\n'), Buffer.from('Đắk;3\r\n', 'utf8')]);
    expect(bytes[18]).toBe(0x90);
    const e = await failure(bytes, 'windows-1258');
    expect(e.message).toBe('invalid windows-1258 at byte 18 (90): windows-1258 has no character for that byte; C4 90 is "Đ" in UTF-8: line 3 was written in UTF-8, and the file holds two encodings');
    expect(e.location?.line).toBe(3);
    expect(e.hint).toBe('--encoding reads a whole file in one encoding: convert the lines written in UTF-8 to windows-1258, or the whole file to UTF-8 (export the table again as "CSV UTF-8" and leave out --encoding)');
    // "ề" is E1 BB 81: the undefined byte is the third of three
    const e2 = await failure(Buffer.concat([cp1258Head, Buffer.from('Về;3\n', 'utf8')]), 'windows-1258');
    expect(e2.message).toBe('invalid windows-1258 at byte 14 (81): windows-1258 has no character for that byte; E1 BB 81 is "ề" in UTF-8: line 2 was written in UTF-8, and the file holds two encodings');
  });

  it('an undefined byte beyond the first read, from a file and from stdin in pieces: the offset and line of the whole file', async () => {
    // 30,000 lines of "Ia Grai;1\n" (10 bytes): 300,000 bytes, past the first read (256 KiB); then "Đ" in UTF-8
    const bytes = Buffer.concat([ascii('Ia Grai;1\n'.repeat(30000)), Buffer.from('Đ;2\n', 'utf8')]);
    for (const pieces of [undefined, 7001, 300001]) {
      const e = await failure(bytes, 'windows-1258', pieces);
      expect(e.message).toMatch(/^invalid windows-1258 at byte 300001 \(90\): .* C4 90 is "Đ" in UTF-8: line 30001 /);
      expect(e.location?.line).toBe(30001);
    }
  });

  it('lines end as the parser counts them: "\\r" alone and "\\r\\n" cut between reads', async () => {
    const crOnly = Buffer.concat([ascii('a;1\rb;2\rc'), Buffer.from([0x90]), ascii(';3\r')]);
    expect((await failure(crOnly, 'windows-1258')).location?.line).toBe(3);
    expect((await failure(crOnly, 'windows-1258', 1)).location?.line).toBe(3);
    const crlf = Buffer.concat([ascii('a;1\r\nb;2\r\nc'), Buffer.from([0x90]), ascii(';3\r\n')]);
    for (const pieces of [1, 2, 4, 5]) expect((await failure(crlf, 'windows-1258', pieces)).location?.line).toBe(3);
    const utf8 = Buffer.concat([ascii('a;1\rb;2\r\nc'), Buffer.from([0xe9]), ascii(';3\r')]);
    for (const pieces of [undefined, 1, 3, 4]) expect((await failure(utf8, undefined, pieces)).location?.line).toBe(3);
  });

  // A UTF-8 head (title, header) and a tail pasted from windows-1258: "--encoding windows-1258"
  // would garble the head, so neither refusal suggests it.
  const utf8Head = Buffer.from('Báo cáo 2019\nĐơn vị;Việc\nHải Hậu;1\n', 'utf8'); // 15 + 18 + 14 = 47 bytes, lines 1–3
  const mixed = Buffer.concat([utf8Head, cp1258Head]);
  const TWO = 'invalid UTF-8 at byte 47 (D0 F5 6E 20): lines 1–3 are UTF-8, accented letters included, and line 4 is not: the file holds two encodings';
  const TWO_HINT = '--encoding reads a whole file in one encoding, so none reads this one: convert line 4 and any other text that is not UTF-8 (pasted from a windows-1258 or TCVN3 file?) to UTF-8, or export the whole table again as "CSV UTF-8"';

  it('UTF-8 with accented letters, then a windows-1258 line: two encodings, and no --encoding hint', async () => {
    expect(utf8Head.length).toBe(47);
    const e = await failure(mixed);
    expect([e.message, e.location?.line, e.hint]).toEqual([TWO, 4, TWO_HINT]);
    // from stdin in pieces (the letters in an earlier piece than the bad byte, or in the same);
    // the bytes shown stop at the end of the piece that failed
    const bytesShown = (message: string) => message.replace(/\([0-9A-F ]+\)/, '(…)');
    for (const pieces of [1, 46, 48]) {
      const s = await failure(mixed, undefined, pieces);
      expect([bytesShown(s.message), s.location?.line, s.hint]).toEqual([bytesShown(TWO), 4, TWO_HINT]);
    }
  });

  it('…and with --encoding windows-1258 too (its head reads as UTF-8): the same refusal, not a garbled header', async () => {
    for (const encoding of ['windows-1258', 'tcvn3', 'latin1'] as const) {
      const e = await failure(mixed, encoding);
      expect([e.message, e.location?.line, e.hint]).toEqual([TWO, 4, TWO_HINT]);
    }
  });

  it('two encodings on line 1, after line 1, and behind a UTF-8 byte order mark', async () => {
    const line1 = await failure(Buffer.concat([Buffer.from('Đơn vị ', 'utf8'), cp1258Head]));
    expect(line1.message).toBe('invalid UTF-8 at byte 11 (D0 F5 6E 20): line 1 starts in UTF-8, accented letters included, and goes on in another encoding: the file holds two encodings');
    expect(line1.hint).toContain('convert the part of line 1 and any other text');
    const line2 = await failure(Buffer.concat([Buffer.from('Đơn vị;Việc\n', 'utf8'), cp1258Head]));
    expect(line2.message).toBe('invalid UTF-8 at byte 18 (D0 F5 6E 20): line 1 is UTF-8, accented letters included, and line 2 is not: the file holds two encodings');
    const marked = await failure(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), ascii('Don vi;Viec\n'), cp1258Head]), 'windows-1258');
    expect(marked.message).toBe('invalid UTF-8 at byte 15 (D0 F5 6E 20): the file is marked UTF-8 (byte order mark) and line 2 is not: the file holds two encodings');
  });

  it('ASCII before the first invalid byte: the --encoding hint stays', async () => {
    const plain = await failure(Buffer.concat([ascii('Don vi - 2019\n'), cp1258Head]));
    expect(plain.message).toBe('invalid UTF-8 at byte 14 (D0 F5 6E 20)');
    expect(plain.hint).toContain('pass --encoding windows-1258');
  });

  it('a UTF-8 symbol ("–") before it: two encodings, as with letters, since --encoding windows-1258 refuses that "–" too', async () => {
    const bytes = Buffer.concat([Buffer.from('Don vi – 2019\n', 'utf8'), cp1258Head]);
    const dash = await failure(bytes);
    expect(dash.message).toBe('invalid UTF-8 at byte 16 (D0 F5 6E 20): line 1 is UTF-8, "–" included, and line 2 is not: the file holds two encodings');
    expect(dash.hint).not.toContain('pass --encoding');
    // read as windows-1258, the dash's bytes would be "â€“": refused, not read so
    const asCodepage = await failure(bytes, 'windows-1258');
    expect([asCodepage.message, asCodepage.location?.line]).toEqual(['E2 80 93 at byte 7 is "–" in UTF-8, which windows-1258 reads as "â€“": line 1 was written in UTF-8, and the file holds two encodings', 1]);
  });
});
