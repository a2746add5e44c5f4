// THADS_TIMINGS=1: how long each phase of a run took, on stderr (for speed work, issue 7).
// performance.timeOrigin is the process start, so the first figure is Node's start-up plus ours.
// Each phase also gives the resident set and the JavaScript heap in use when it ended (MiB).
import type { Io } from './io.js';

export interface PhaseTimer {
  mark(phase: string): void;
  report(): void;
}

const NONE: PhaseTimer = { mark: () => {}, report: () => {} };

export function phaseTimer(io: Io): PhaseTimer {
  if (!io.env.THADS_TIMINGS) return NONE;
  const phases: string[] = [];
  const memory: string[] = [];
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  const sample = (phase: string) => {
    const { rss, heapUsed } = process.memoryUsage();
    memory.push(`${phase} ${mib(rss)}/${mib(heapUsed)}`);
  };
  let last = performance.now();
  phases.push(`start ${last.toFixed(1)}`);
  sample('start');
  return {
    mark(phase) {
      const now = performance.now();
      phases.push(`${phase} ${(now - last).toFixed(1)}`);
      sample(phase);
      last = now;
    },
    report() {
      io.stderr.write(`thads: timings (ms): ${phases.join(', ')}, total ${last.toFixed(1)}\n`);
      io.stderr.write(`thads: memory (rss/heap MiB): ${memory.join(', ')}\n`);
    },
  };
}
