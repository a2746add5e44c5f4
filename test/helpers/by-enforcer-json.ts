// The real binary on a form by enforcer written in a test, read back from its JSON: the offices'
// rows and the total, and the one reading the hunters' two-office forms must give (enfbelow,
// personoffice): Mỹ Lộc 300 / 250 / 160, 64.00 %; Vụ Bản the same; tied 1; TOTAL 600 / 500 / 320.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { spawnThads } from './cli.js';

export type Result = { code: number; stdout: string; stderr: string };

/** Writes `lines` as `name` in `dir` and summarizes it as JSON; stderr without the folder's path. */
export function jsonRunner(dir: string) {
  return function run(name: string, lines: readonly string[], args: readonly string[] = []): Result {
    const file = join(dir, name);
    writeFileSync(file, lines.join('\n') + '\n');
    const r = spawnThads(['summarize', file, '--format', 'json', ...args]);
    return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
  };
}

interface Group { district: string; cases: { total: string; withConditions: string; resolved: string; rate: string; rank: number | null } }
export const parsed = (stdout: string) => JSON.parse(stdout) as { groups: Group[]; total: { cases: Group['cases'] } };
/** district, total, with conditions, resolved, rate, rank of each office */
export const officeRows = (r: Result) => parsed(r.stdout).groups.map((g) => [g.district, g.cases.total, g.cases.withConditions, g.cases.resolved, g.cases.rate, g.cases.rank]);
export const totalRow = (r: Result) => {
  const t = parsed(r.stdout).total.cases;
  return [t.total, t.withConditions, t.resolved, t.rate];
};

/** Mỹ Lộc 300 / 250 / 160, 64.00 %; Vụ Bản the same; TOTAL 600 / 500 / 320, 64.00 %; ranks tied 1, 1; no warning. */
export function readRight(r: Result, myLoc = 'Chi cục Mỹ Lộc', vuBan = 'Chi cục Vụ Bản') {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(officeRows(r)).toEqual([
    [myLoc, '300', '250', '160', '64.00', 1],
    [vuBan, '300', '250', '160', '64.00', 1],
  ]);
  expect(totalRow(r)).toEqual(['600', '500', '320', '64.00']);
}
