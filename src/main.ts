// The testable entry: main(io) → exit code. Every error becomes a message and a code here.
import { buildProgram } from './cli.js';
import { ThadsError, formatFinding, EXIT, type ExitCode } from './errors.js';
import type { Io } from './io.js';
import { describeIoError } from './io-errors.js';

/** Commands whose exit code is their verdict even when the report cannot reach its reader. */
const VERDICT_COMMANDS = new Set(['check']);

export async function main(io: Io): Promise<ExitCode> {
  let code: ExitCode;
  try {
    code = await buildProgram(io).run();
  } catch (err) {
    if (err instanceof ThadsError) {
      io.stderr.write(`${formatFinding(err.toFinding())}\n`);
      code = err.exitCode;
    } else {
      const message = err instanceof Error ? err.message : String(err);
      const internal = new ThadsError('INTERNAL_ERROR', `internal error: ${message}`);
      io.stderr.write(`${formatFinding(internal.toFinding())}${io.env.THADS_DEBUG ? `\n${(err as Error).stack}` : ''}\n`);
      code = EXIT.internal;
    }
  }
  return settleStdout(io, code);
}

/**
 * Standard output is flushed before the exit code is final. A reader that went away (`| head`)
 * is not an error and changes no exit code; a closed stdout or a failed write (a full disk) is
 * an I/O error (exit 2) in one line — except for `check`, whose exit code stays its verdict, so
 * a CI step never passes on bad data because its log went missing.
 */
async function settleStdout(io: Io, code: ExitCode): Promise<ExitCode> {
  const trouble = (await io.settle?.()) ?? null;
  if (trouble === null || trouble.kind === 'reader-gone') return code;
  const reason = trouble.kind === 'closed' ? 'it is closed' : describeIoError(trouble.error);
  const keepVerdict = VERDICT_COMMANDS.has(io.argv[0] ?? '') && code !== EXIT.ok;
  const error = new ThadsError('IO_ERROR', `cannot write to standard output: ${reason}`, undefined, keepVerdict ? 'the exit code is still the verdict of the check' : undefined);
  io.stderr.write(`${formatFinding(error.toFinding())}\n`);
  if (code === EXIT.internal || keepVerdict) return code;
  return EXIT.usage;
}
