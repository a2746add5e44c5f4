// The progress bar: only on a terminal, only after about a second, with rows and MB/s.
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/io.js';
import { NO_PROGRESS, progressOn } from '../../src/progress.js';

function fakeIo(tty: boolean) {
  const written: string[] = [];
  const io: Io = {
    argv: [],
    env: {},
    cwd: '/',
    stdout: { write: () => undefined, isTTY: false },
    stderr: { write: (t) => void written.push(t), isTTY: tty },
  };
  return { io, text: () => written.join('') };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('progress', () => {
  it('shows nothing when stderr is not a terminal', async () => {
    let now = 0;
    const { io, text } = fakeIo(false);
    const p = progressOn(io, () => now);
    expect(p).toBe(NO_PROGRESS);
    now = 5000;
    p.advance(1 << 20, 100);
    await settle();
    p.finish();
    expect(text()).toBe('');
  });

  it('shows nothing for a run shorter than a second', async () => {
    let now = 0;
    const { io, text } = fakeIo(true);
    const p = progressOn(io, () => now);
    p.expect(10 << 20);
    now = 900;
    p.advance(10 << 20, 5000);
    await settle();
    p.finish();
    expect(text()).toBe('');
  });

  it('shows rows and MB/s once a run takes more than a second', async () => {
    let now = 0;
    const { io, text } = fakeIo(true);
    const p = progressOn(io, () => now);
    p.expect(20 << 20);
    now = 1500;
    p.advance(5 << 20, 1000); // crosses the second: the bar loads
    await settle();
    now = 2000;
    p.advance(5 << 20, 500); // 10 MiB and 1,500 rows in 2 s
    await settle();
    p.finish();
    expect(text()).toContain('50% | 1,500 rows | 5.0 MB/s');
  });
});
