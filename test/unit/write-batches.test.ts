// A renderer's pieces are encoded into UTF-8 batches as they come (output/write.ts): whatever
// the pieces' sizes and characters, the bytes written are the pieces joined, to a file, to a
// stream that takes encoded text and to one that takes strings only.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo, type Io } from '../../src/io.js';
import { writeOutput } from '../../src/output/write.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pieces around the batch sizes: 64 Ki bytes a batch, room for 256 Ki; a piece of 3 bytes a character (Vietnamese letters, 'ồ'), 4 for two units ('😀'), 1 (ASCII). */
const piece = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', '9', ',', 'ồ', 'Đ', '😀', '\n'), maxLength: 40 }),
  fc.tuple(fc.constantFrom('ồ', 'x', 'Tỉnh Số 01, '), fc.integer({ min: 1, max: 120_000 })).map(([s, n]) => s.repeat(n)),
);

async function viaStdout(pieces: string[], withWriteText: boolean): Promise<Buffer> {
  const { io, stdout } = memoryIo(['summarize']);
  const chunks: Buffer[] = [];
  const stream = withWriteText ? { ...io.stdout, writeText: (b: Uint8Array) => void chunks.push(Buffer.from(b)) } : io.stdout;
  await writeOutput({ ...io, stdout: stream } as Io, pieces, undefined, []);
  return withWriteText ? Buffer.concat(chunks) : Buffer.from(stdout());
}

describe('writeOutput: rendered pieces, encoded in batches', () => {
  it('writes the pieces joined, byte for byte, to a file and to standard output', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 12 }), async (pieces) => {
        const expected = Buffer.from(pieces.join(''));
        const file = join(dir, `out-${run++}.json`);
        await writeOutput(memoryIo(['summarize']).io, pieces, file, []);
        expect(readFileSync(file).equals(expected)).toBe(true);
        expect((await viaStdout(pieces, true)).equals(expected)).toBe(true);
        expect((await viaStdout(pieces, false)).equals(expected)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('never cuts a character between two writes, and writes a piece larger than a batch whole', async () => {
    const big = 'ồ'.repeat(100_000); // 300,000 bytes: more than a batch's room
    const pieces = ['{', 'Đ'.repeat(21_845), '😀', big, 'x'.repeat(70_000), '}'];
    const { io } = memoryIo(['summarize']);
    const writes: Buffer[] = [];
    await writeOutput({ ...io, stdout: { ...io.stdout, writeText: (b: Uint8Array) => void writes.push(Buffer.from(b)) } } as Io, pieces, undefined, []);
    expect(Buffer.concat(writes).toString('utf8')).toBe(pieces.join(''));
    // every write decodes alone to whole characters
    for (const w of writes) expect(Buffer.from(w.toString('utf8')).equals(w)).toBe(true);
    expect(writes.some((w) => w.length === Buffer.byteLength(big))).toBe(true);
  });
});
