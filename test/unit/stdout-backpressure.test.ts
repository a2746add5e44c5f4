// A pipe whose reader is slower than thads: the report waits for the pipe between batches
// instead of piling up in the stream's buffer (peak memory at 1M rows into `| jq` was ~25 MiB
// higher than into a file).
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { writeOutput } from '../../src/output/write.js';

describe('writing to standard output', () => {
  it('waits for the stream to drain after each batch', async () => {
    const { io, stdout } = memoryIo([]);
    const events: string[] = [];
    let release: () => void = () => {};
    const write = io.stdout.write.bind(io.stdout);
    const stream = {
      ...io.stdout,
      write: (t: string) => {
        events.push(`write ${t.length}`);
        write(t);
      },
      drained: () => {
        events.push('wait');
        return new Promise<void>((resolve) => (release = resolve));
      },
    };
    const pieces = Array.from({ length: 3 }, (_, i) => String(i).repeat(70_000));
    const writing = writeOutput({ ...io, stdout: stream }, pieces, undefined, []);
    // Every piece is longer than a batch: one written, then the writer waits.
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['write 70000', 'wait']);
    for (let i = 0; i < 2; i++) {
      release();
      await new Promise((resolve) => setImmediate(resolve));
    }
    release();
    await writing;
    expect(events).toEqual(['write 70000', 'wait', 'write 70000', 'wait', 'write 70000', 'wait']);
    expect(stdout()).toBe(pieces.join(''));
  });
});
