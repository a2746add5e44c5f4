// thads keeps V8's young generation at its first size (bin/thads.js sets the flag before the
// bundle loads: a run's short-lived objects die young at 1 MiB too, and the peak is lower).
// But V8 raises the process-wide flag back to 2 whenever it sets up an isolate's heap — a
// worker's too (Heap::ConfigureHeap) — so a split file's worker would let the main thread's
// young generation double again, up to 2 × 16 MiB (10M rows: 2 → 32 MiB). Set it again.
import { setFlagsFromString } from 'node:v8';

export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
