// The testable entry: main(io) → exit code. Every error becomes a message and a code here.
import { buildProgram } from './cli.js';
import { ThadsError, formatFinding, EXIT, type ExitCode } from './errors.js';
import type { Io } from './io.js';

export async function main(io: Io): Promise<ExitCode> {
  try {
    return await buildProgram(io).run();
  } catch (err) {
    if (err instanceof ThadsError) {
      io.stderr.write(`${formatFinding(err.toFinding())}\n`);
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`thads: error: internal error: ${message}\n  hint: this is a bug in thads; please report it with the input that caused it${io.env.THADS_DEBUG ? `\n${(err as Error).stack}` : ''}\n`);
    return EXIT.usage;
  }
}
