// THADS_TIMINGS=1: how long each phase of a run took, on stderr (for speed work, issue 7).
// performance.timeOrigin is the process start, so the first figure is Node's start-up plus ours.
import type { Io } from './io.js';

export interface PhaseTimer {
  mark(phase: string): void;
  report(): void;
}

const NONE: PhaseTimer = { mark: () => {}, report: () => {} };

export function phaseTimer(io: Io): PhaseTimer {
  if (!io.env.THADS_TIMINGS) return NONE;
  const phases: string[] = [];
  let last = performance.now();
  phases.push(`start ${last.toFixed(1)}`);
  return {
    mark(phase) {
      const now = performance.now();
      phases.push(`${phase} ${(now - last).toFixed(1)}`);
      last = now;
    },
    report() {
      io.stderr.write(`thads: timings (ms): ${phases.join(', ')}, total ${last.toFixed(1)}\n`);
    },
  };
}
