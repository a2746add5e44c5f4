// The only place that touches the process: argv, env, cwd, streams, signals. Tests pass a memory Io.
import { fstatSync, readFileSync, readlinkSync, writeSync } from 'node:fs';

export interface OutStream {
  write(text: string): void;
  /** bytes (an .xlsx workbook); streams without it take text only */
  writeBytes?(bytes: Uint8Array): void;
  /** text already encoded as UTF-8, whole characters (a large report's batches); streams without it are given the text */
  writeText?(utf8: Uint8Array): void;
  readonly isTTY: boolean;
  /** width of the terminal in columns, when the stream is one and says it */
  readonly columns?: number;
  /**
   * Resolves once what was written has left the process (or cannot): a pipe's reader may be
   * slower than thads, and without waiting a large report would pile up in memory.
   */
  drained?(): Promise<void>;
}

/**
 * What became of standard output, known once it is flushed: its reader went away (`| head`:
 * quiet), it was closed before thads started (`>&-`), or a write failed (a full disk).
 */
export type StdoutTrouble = { readonly kind: 'reader-gone' } | { readonly kind: 'closed' } | { readonly kind: 'failed'; readonly error: unknown };

export interface Io {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** the system, for what it decides of file names (file-args.ts: case); absent: case matters */
  readonly platform?: NodeJS.Platform;
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  /** standard input as bytes, for the input file "-" (read once, as a stream) */
  readonly stdin?: () => AsyncIterable<Uint8Array>;
  /** flushes standard output; null when everything written reached it */
  readonly settle?: () => Promise<StdoutTrouble | null>;
}

/**
 * Colours: --no-color > NO_COLOR > FORCE_COLOR > a terminal that can show them (clig.dev,
 * no-color.org, force-color.org): FORCE_COLOR forces them even into a pipe, TERM=dumb (Emacs
 * shells, some CI logs) gets none.
 */
export function useColor(io: Io, noColorFlag: boolean, stream: OutStream = io.stdout): boolean {
  if (noColorFlag) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.TERM === 'dumb') return false;
  return stream.isTTY;
}

/**
 * Columns a terminal table may use: the terminal's width, else COLUMNS, else 80; null when the
 * stream is not a terminal (a file or a pipe gets the full table).
 */
export function terminalWidth(io: Io, stream: OutStream = io.stdout): number | null {
  if (!stream.isTTY) return null;
  if (stream.columns !== undefined && stream.columns > 0) return stream.columns;
  const fromEnv = Number(io.env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}

/**
 * `thads … >&-` starts with descriptor 1 closed; Node then opens /dev/null in its place, read-write,
 * and every write would vanish without a word. A shell's `> /dev/null` opens it write-only, but
 * programs that discard output on purpose open it read-write too (Node's stdio 'ignore', Python's
 * subprocess.DEVNULL): so this counts as closed only for a person at a shell (stderr a terminal).
 * Linux only; elsewhere, and under programs, a closed stdout is not told from /dev/null.
 */
function stdoutClosedAtStart(): boolean {
  if (process.stderr.isTTY !== true) return false;
  try {
    if (readlinkSync('/proc/self/fd/1') !== '/dev/null') return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'))?.[1];
    return flags !== undefined && (parseInt(flags, 8) & 3) === 2;
  } catch {
    return false;
  }
}

/**
 * Writes all of `data` through `write` (fs.writeSync's shape), again after a short write: a disk
 * filling up takes part of a write without an error, and the next write raises it (ENOSPC).
 */
export function writeFully(write: (buffer: Uint8Array, offset: number, length: number) => number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  for (let at = 0; at < bytes.length; ) at += write(bytes, at, bytes.length - at);
}

/** Descriptor 1 is a regular file (`> out.json`). */
function stdoutIsFile(): boolean {
  try {
    return fstatSync(1).isFile();
  } catch {
    return false;
  }
}

export function realIo(): Io {
  let trouble: StdoutTrouble | null = stdoutClosedAtStart() ? { kind: 'closed' } : null;
  let wrote = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    trouble ??= err.code === 'EPIPE' ? { kind: 'reader-gone' } : { kind: 'failed', error: err };
  });
  // Into a file Node's stdout writes each chunk once and drops what a short write left (a full
  // disk: the report cut off, exit 0, traps17 1); written here to the last byte, or failed.
  const toFile = stdoutIsFile();
  const put = (chunk: string | Uint8Array) => {
    if (!toFile) {
      process.stdout.write(chunk);
      return;
    }
    try {
      writeFully((b, offset, length) => writeSync(1, b, offset, length), chunk);
    } catch (err) {
      trouble ??= { kind: 'failed', error: err as NodeJS.ErrnoException };
    }
  };
  const writeStdoutBytes = (b: Uint8Array) => {
    if (b.length === 0) return;
    wrote = true;
    if (trouble === null) put(b);
  };
  // Nowhere is left to tell of a failing stderr.
  process.stderr.on('error', () => {});
  return {
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    platform: process.platform,
    stdout: {
      write: (t) => {
        if (t === '') return;
        wrote = true;
        // After a failure the rest is dropped: the first error is the one to report.
        if (trouble === null) put(t);
      },
      writeBytes: writeStdoutBytes,
      writeText: writeStdoutBytes,
      drained: () => {
        const out = process.stdout;
        if (trouble !== null || !out.writableNeedDrain) return Promise.resolve();
        return new Promise<void>((resolve) => {
          const done = () => {
            for (const e of ['drain', 'error', 'close']) out.off(e, done);
            resolve();
          };
          for (const e of ['drain', 'error', 'close']) out.once(e, done);
        });
      },
      isTTY: process.stdout.isTTY === true,
      // read when asked: a terminal can be resized while thads reads its input
      get columns() {
        return process.stdout.columns;
      },
    },
    stderr: { write: (t) => void process.stderr.write(t), isTTY: process.stderr.isTTY === true },
    stdin: () => process.stdin,
    settle: async () => {
      if (trouble === null && !process.stdout.destroyed) await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
      // An error of the last write is emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
      return trouble?.kind === 'closed' && !wrote ? null : trouble;
    },
  };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs `cleanup` if the process is interrupted (SIGINT, SIGTERM, SIGHUP) before the returned
 * function is called, then ends the process by that signal as it would have ended without
 * thads listening (exit status 130 for Ctrl-C). The handler runs when the event loop turns.
 */
export function onInterrupt(cleanup: () => void): () => void {
  const stop = () => {
    for (const s of SIGNALS) process.removeListener(s, handler);
  };
  function handler(signal: NodeJS.Signals): void {
    try {
      cleanup();
    } finally {
      stop();
      process.kill(process.pid, signal);
    }
  }
  for (const s of SIGNALS) process.on(s, handler);
  return stop;
}

export interface MemoryIoOptions {
  env?: Record<string, string>;
  cwd?: string;
  tty?: boolean;
  columns?: number;
  /** bytes of standard input */
  stdin?: string | Uint8Array;
  /** standard output goes wrong after this many characters were written to it */
  stdoutTrouble?: { readonly after: number; readonly trouble: StdoutTrouble };
}

export function memoryIo(argv: readonly string[], opts: MemoryIoOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  let written = 0;
  let trouble: StdoutTrouble | null = null;
  const io: Io = {
    argv,
    env: opts.env ?? {},
    cwd: opts.cwd ?? process.cwd(),
    stdout: {
      write: (t) => {
        if (trouble) return;
        const room = opts.stdoutTrouble ? opts.stdoutTrouble.after - written : Infinity;
        if (t.length > room) {
          out.push(t.slice(0, Math.max(0, room)));
          trouble = opts.stdoutTrouble!.trouble;
          return;
        }
        written += t.length;
        out.push(t);
      },
      writeBytes(b) {
        this.write(Buffer.from(b).toString('latin1'));
      },
      isTTY: opts.tty ?? false,
      ...(opts.columns !== undefined ? { columns: opts.columns } : {}),
    },
    stderr: { write: (t) => void err.push(t), isTTY: false },
    ...(opts.stdin !== undefined
      ? {
          stdin: async function* () {
            yield typeof opts.stdin === 'string' ? Buffer.from(opts.stdin) : opts.stdin!;
          },
        }
      : {}),
    settle: async () => trouble,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
