// Reading `summarize --format csv` output back in tests: a few columns by office, and runs in a
// test's own folder with that folder's path taken out of the messages (so they read as a user sees them).
import { type RunResult, spawnThads } from './cli.js';

/** Each output row's office (its district, else its province) → the values of `keys`, in order ('' for none). */
export function columnsByOffice(stdout: string, keys: readonly string[]): Record<string, string[]> {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const at = (r: string[], k: string) => r[head!.indexOf(k)]!;
  return Object.fromEntries(rows.map((r) => [at(r, 'district') || at(r, 'province'), keys.map((k) => at(r, k))]));
}

/** `thads summarize …args` run in `dir`, with `dir/` taken out of stderr. */
export function summarizeIn(dir: string, args: readonly string[]): RunResult {
  const r = spawnThads(['summarize', ...args], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
