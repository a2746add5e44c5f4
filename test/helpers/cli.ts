// Runs thads the two ways tests need: in-process through main(io) (fast, for many cases) and
// as the real binary (for what only a process shows: exit codes, streams, EPIPE).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { main } from '../../src/main.js';
import { memoryIo } from '../../src/io.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'thads.js');

/** A hermetic environment: no colour, no locale, nothing inherited. */
export const CLEAN_ENV: Record<string, string> = { PATH: process.env.PATH ?? '', LANG: 'C', TZ: 'UTC' };

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** In-process run with the project root as working directory (paths in messages stay relative). */
export async function runThads(args: readonly string[], opts: { env?: Record<string, string>; tty?: boolean; columns?: number } = {}): Promise<RunResult> {
  const previous = process.cwd();
  process.chdir(ROOT);
  try {
    const { io, stdout, stderr } = memoryIo(args, { env: { ...CLEAN_ENV, ...(opts.env ?? {}) }, cwd: ROOT, ...(opts.tty !== undefined ? { tty: opts.tty } : {}), ...(opts.columns !== undefined ? { columns: opts.columns } : {}) });
    const code = await main(io);
    return { code, stdout: stdout(), stderr: stderr() };
  } finally {
    process.chdir(previous);
  }
}

/** The real binary (needs `npm run build`, which `npm test` runs first). */
export function spawnThads(args: readonly string[], opts: { env?: Record<string, string>; input?: string | Buffer; cwd?: string } = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...CLEAN_ENV, ...(opts.env ?? {}) },
    encoding: 'utf8',
    ...(opts.input !== undefined ? { input: opts.input } : {}),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Text of a golden scenario: the three things a user sees. */
export function transcript(r: RunResult): string {
  return `exit: ${r.code}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
}
