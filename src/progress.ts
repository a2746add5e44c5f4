// A progress bar on stderr for inputs that take more than about a second: rows and MB/s.
// Only on a terminal (a pipe or a CI log never sees it), and cli-progress is loaded only when
// the bar is actually shown, so small runs pay nothing for it.
import type { Io } from './io.js';

export interface Progress {
  /** total input bytes, once known */
  expect(totalBytes: number): void;
  /** bytes and rows read since the last call (negative to take back a reading that is redone) */
  advance(bytes: number, rows: number): void;
  finish(): void;
}

export const NO_PROGRESS: Progress = { expect() {}, advance() {}, finish() {} };

const SHOW_AFTER_MS = 1000;
const MIB = 1024 * 1024;

interface Bar {
  start(total: number, value: number, payload: object): void;
  update(value: number, payload: object): void;
  setTotal(total: number): void;
  stop(): void;
}

/** A progress bar on io.stderr when it is a terminal, else nothing. `clock` is for tests. */
export function progressOn(io: Io, clock: () => number = () => performance.now()): Progress {
  if (!io.stderr.isTTY) return NO_PROGRESS;
  const started = clock();
  let total = 0;
  let bytes = 0;
  let rows = 0;
  let bar: Bar | null = null;
  let loading = false;
  let finished = false;
  const payload = () => {
    const seconds = Math.max((clock() - started) / 1000, 0.001);
    return { rows: rows.toLocaleString('en-US'), speed: (bytes / MIB / seconds).toFixed(1) };
  };
  const show = async () => {
    const { SingleBar } = (await import('cli-progress')).default;
    if (finished) return;
    // cli-progress only needs write, isTTY and columns from its stream.
    const stream = { write: (text: string) => (io.stderr.write(text), true), isTTY: true, columns: 80 };
    bar = new SingleBar({ stream: stream as unknown as NodeJS.WritableStream, format: 'thads {bar} {percentage}% | {rows} rows | {speed} MB/s', hideCursor: false, clearOnComplete: true });
    bar.start(Math.max(total, 1), bytes, payload());
  };
  return {
    expect(totalBytes) {
      total = totalBytes;
      bar?.setTotal(Math.max(total, 1));
    },
    advance(b, r) {
      bytes += b;
      rows += r;
      if (bar) bar.update(bytes, payload());
      else if (!loading && clock() - started > SHOW_AFTER_MS) {
        loading = true;
        show().catch(() => undefined); // no bar is better than a crash
      }
    },
    finish() {
      finished = true;
      bar?.stop();
    },
  };
}
