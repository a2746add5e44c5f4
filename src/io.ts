// The only place that touches the process: argv, env, cwd, streams. Tests pass a memory Io.
export interface OutStream {
  write(text: string): void;
  /** bytes (an .xlsx workbook); streams without it take text only */
  writeBytes?(bytes: Uint8Array): void;
  readonly isTTY: boolean;
  /** width of the terminal in columns, when the stream is one and says it */
  readonly columns?: number;
}

export interface Io {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdout: OutStream;
  readonly stderr: OutStream;
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

export function realIo(): Io {
  // `thads … | head` closes the pipe early: that is not an error, end quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      process.exitCode = 0;
    });
  }
  return {
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdout: {
      write: (t) => void process.stdout.write(t),
      writeBytes: (b) => void process.stdout.write(b),
      isTTY: process.stdout.isTTY === true,
      // read when asked: a terminal can be resized while thads reads its input
      get columns() {
        return process.stdout.columns;
      },
    },
    stderr: { write: (t) => void process.stderr.write(t), isTTY: process.stderr.isTTY === true },
  };
}

export function memoryIo(argv: readonly string[], opts: { env?: Record<string, string>; cwd?: string; tty?: boolean; columns?: number } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    argv,
    env: opts.env ?? {},
    cwd: opts.cwd ?? process.cwd(),
    stdout: {
      write: (t) => void out.push(t),
      writeBytes: (b) => void out.push(Buffer.from(b).toString('latin1')),
      isTTY: opts.tty ?? false,
      ...(opts.columns !== undefined ? { columns: opts.columns } : {}),
    },
    stderr: { write: (t) => void err.push(t), isTTY: false },
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
