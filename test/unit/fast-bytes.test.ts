// The fast path's byte plumbing: runs of whole lines from any read size (byte-source.ts), and
// offices keyed by raw bytes (raw-keys.ts), where a hash collision must never merge two keys.
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lineStartAfter, scanFile } from '../../src/input/fast/byte-source.js';
import { GiveUp } from '../../src/input/fast/give-up.js';
import { MISSING, RawKeys } from '../../src/input/fast/raw-keys.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-fast-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function runsOf(bytes: Buffer, chunkBytes: number, from = 0, end = bytes.length): Promise<{ text: Buffer; final: boolean }[]> {
  const file = join(dir, `f${chunkBytes}-${from}.csv`);
  writeFileSync(file, bytes);
  const fd = openSync(file, 'r');
  const runs: { text: Buffer; final: boolean }[] = [];
  try {
    await scanFile(fd, from, end, chunkBytes, (run, final) => runs.push({ text: Buffer.from(run), final }));
  } finally {
    closeSync(fd);
  }
  return runs;
}

describe('scanFile', () => {
  const text = Buffer.from(['district,cases_with_conditions', 'Thành phố Nam Định,12', 'Ý Yên,7\r', '', 'Hải Hậu,1234567'].join('\n') + '\nGiao Thủy,5');

  it('hands over whole lines, whatever the read size: multi-byte names and "\\r\\n" straddle reads', async () => {
    for (const chunkBytes of [1, 2, 3, 7, 13, 64, 1 << 20]) {
      const runs = await runsOf(text, chunkBytes);
      expect(Buffer.concat(runs.map((r) => r.text)).equals(text)).toBe(true);
      // every run but the last ends a line; only the last is final (the file's last line has no "\n")
      runs.slice(0, -1).forEach((r) => expect([r.text.at(-1), r.final]).toEqual([10, false]));
      expect(runs.at(-1)!.final).toBe(true);
    }
  });

  it('reads only its range', async () => {
    const from = text.indexOf('Ý Yên');
    const end = text.indexOf('Hải Hậu');
    const runs = await runsOf(text, 5, from, end);
    expect(Buffer.concat(runs.map((r) => r.text)).toString()).toBe('Ý Yên,7\r\n\n');
  });

  it('gives up on invalid UTF-8 or a NUL byte, wherever it lies', async () => {
    for (const bad of [Buffer.from([0xff]), Buffer.from([0xe1, 0xba]), Buffer.from([0])]) {
      const bytes = Buffer.concat([text.subarray(0, 40), bad, text.subarray(40)]);
      for (const chunkBytes of [3, 1 << 20]) await expect(runsOf(bytes, chunkBytes)).rejects.toBeInstanceOf(GiveUp);
    }
  });
});

describe('lineStartAfter', () => {
  it('finds the first line start at or after a position', () => {
    const file = join(dir, 'lines.csv');
    writeFileSync(file, 'ab\ncd\nef\n');
    const fd = openSync(file, 'r');
    try {
      expect([1, 3, 4, 6, 7].map((p) => lineStartAfter(fd, p))).toEqual([3, 3, 6, 6, 9]);
    } finally {
      closeSync(fd);
    }
  });
});

describe('RawKeys', () => {
  const cells = (district: string, province: string, year: string) => {
    const buf = Buffer.from(`${district}|${province}|${year}`);
    const range = Int32Array.from([0, Buffer.byteLength(district), Buffer.byteLength(district) + 1, Buffer.byteLength(district) + 1 + Buffer.byteLength(province), 0, 0]);
    range[4] = range[3]! + 1;
    range[5] = buf.length;
    return { buf, view: new DataView(buf.buffer, buf.byteOffset, buf.length), range };
  };

  it('tells keys apart byte for byte, even when every hash collides', () => {
    const keys = new RawKeys();
    const names = ['Mỹ Lộc', 'Mỹ Lộc ', 'Vụ Bản', 'Vụ Bả', 'Ý Yên', ''];
    names.forEach((name, i) => {
      const { buf, view, range } = cells(name, 'Nam Định', '2019');
      expect(keys.get(42, buf, view, range)).toBe(MISSING);
      keys.set(42, buf, range, i);
    });
    names.forEach((name, i) => {
      const { buf, view, range } = cells(name, 'Nam Định', '2019');
      expect(keys.get(42, buf, view, range)).toBe(i);
    });
    // The same bytes cut into other cells are another key.
    const { buf, view, range } = cells('Mỹ Lộc', 'Nam Địn', 'h2019');
    expect(keys.get(42, buf, view, range)).toBe(MISSING);
  });

  it('keeps working past its size limit (it starts afresh)', () => {
    const keys = new RawKeys();
    for (let i = 0; i < 70_000; i++) {
      const { buf, range } = cells(`Chi cục ${i}`, '', '');
      keys.set(Math.imul(i, 0x9e3779b1), buf, range, i);
    }
    const last = cells('Chi cục 69999', '', '');
    expect(keys.get(Math.imul(69_999, 0x9e3779b1), last.buf, last.view, last.range)).toBe(69_999);
  });
});
