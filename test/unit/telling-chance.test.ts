// An office on many rows, all telling (a case figure of 10 or more, three figures non-zero), none
// alike: the fast path reads it (telling-rows.ts). Its rows were keyed by 32-bit hashes, which
// meet by chance among ~300,000 rows of one office (~10 pairs expected: n² / 2³³); each chance
// meeting read as "maybe a row pasted again" and handed the whole file to the reference reader,
// which ran out of memory on the bench's 10M-row file (~2,400 such rows in each of 4,200
// offices, ~3 pairs). Keyed by 53 bits, such a meeting is ~1 in 10⁶ at 10M rows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { F } from '../../src/domain/fields.js';
import { HeaderMatcher } from '../../src/input/headers.js';
import { fastPath, readFastFile } from '../../src/input/fast/read-fast.js';
import type { ReadOptions } from '../../src/input/file-report.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-telling-chance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const opts: ReadOptions = { matcher: new HeaderMatcher({}), numberFormat: 'auto' };

const ROWS = 300_000;
const HEADER = 'year,province,district,cases_carried_over,cases_new,cases_with_conditions,cases_without_conditions,cases_completed,cases_terminated,cases_resolved,money_carried_over,money_new,money_with_conditions,money_without_conditions,money_completed,money_terminated,money_resolved';

/** One measure's seven figures from two, consistent (with + without = carried over + new; completed + terminated = resolved ≤ with). */
function measure(carried: number, fresh: number): number[] {
  const all = carried + fresh;
  const withConditions = Math.floor(all * 0.8);
  const completed = Math.floor(withConditions * 0.5);
  const terminated = Math.floor(withConditions * 0.2);
  return [carried, fresh, withConditions, all - withConditions, completed, terminated, completed + terminated];
}

describe('one office on 300,000 telling rows, none alike', () => {
  it('is read by the fast path, all its rows summed', async () => {
    let seed = 12345;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return 10 + (seed % n);
    };
    const lines = [HEADER];
    const seen = new Set<string>();
    let cases = 0;
    while (lines.length <= ROWS) {
      const c = measure(next(100_000), next(100_000));
      const m = measure(next(1_000_000_000), next(1_000_000_000));
      const figures = [...c, ...m].join(',');
      if (seen.has(figures)) continue; // (none alike: a real copy is the reference's to judge)
      seen.add(figures);
      cases += c[2]!;
      lines.push(`2019,Tỉnh Nam Định,Vụ Bản,${figures}`);
    }
    const file = join(dir, 'one-office-2019.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const gaveUp = fastPath.gaveUp;
    const read = await readFastFile(file, opts);
    expect(fastPath.gaveUp - gaveUp).toBe(0);
    expect(read).not.toBe(null);
    expect(read!.offices).toHaveLength(1);
    expect(read!.offices[0]!.rows).toBe(ROWS);
    // (the generator's own sum, in whole numbers well under 2^53)
    expect(read!.offices[0]!.figures.cases?.[F.with_conditions]?.toString()).toBe(String(cases));
  }, 60_000);
});
