// The process entry that bin/thads.js loads (as the one-file bundle, see scripts/bundle.mjs).
import { main } from './main.js';
import { realIo } from './io.js';
import type { ExitCode } from './errors.js';

export function run(): Promise<ExitCode> {
  return main(realIo());
}
