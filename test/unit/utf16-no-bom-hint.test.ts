// UTF-16 without a byte order mark: the hint names the byte order the NULs show. Big-endian text
// got "pass --encoding utf-16le", which read it as other characters (NO_HEADER).
import { describe, expect, it } from 'vitest';
import { assertNoNul } from '../../src/input/decode.js';
import { ThadsError } from '../../src/errors.js';

const TEXT = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong\nMỹ Lộc,100,80\n';
/** the bytes as the reader's UTF-8 decoding sees them (ASCII one to one, NULs included) */
const seen = (bytes: Buffer) => bytes.toString('utf8');
const be = (text: string) => Buffer.from(text, 'utf16le').swap16();

function thrown(sample: string): ThadsError {
  try {
    assertNoNul(sample, 'f.csv');
  } catch (err) {
    return err as ThadsError;
  }
  throw new Error('no error');
}

describe('assertNoNul', () => {
  it('little-endian: --encoding utf-16le', () => {
    const err = thrown(seen(Buffer.from(TEXT, 'utf16le')));
    expect(err.code).toBe('ENCODING_INVALID');
    expect(err.hint).toContain('--encoding utf-16le');
  });

  it('big-endian: --encoding utf-16be', () => {
    const err = thrown(seen(be(TEXT)));
    expect(err.message).toContain('big-endian');
    expect(err.hint).toContain('--encoding utf-16be');
    expect(err.hint).not.toContain('utf-16le');
  });
});
