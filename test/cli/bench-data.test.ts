// The bench's own data must read as a real export does: thads refused it (MONEY_IMPLAUSIBLE) from
// session 45, when money read under a unit above đồng got its ceiling, and `npm run bench` stopped
// at 1M rows ("thads real-export failed (exit 1)") for five sessions before anyone saw. A cell's
// money was drawn up to 10^14.3 đồng in every row: a year of the real-export shape (nghìn đồng)
// added up to ~1.1·10^16 đồng over 700 offices (MONEY_DOUBTFUL) and ~2.9·10^18 at 1M rows. The
// generator now draws below 10^12.5 đồng while an office's year is one row, and 10^12.5 / n over
// n rows (generate.mjs moneyCeiling). Held here at 700 rows and at 100,000 (24 rows an office's
// year, which the old draws put at ~10^17 đồng a year): read with exit 0, no money finding, and
// the generator's BigInt sums of one case and one money figure in thads' totals.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, moneyCeiling, sumsOf } from '../bench/generate.mjs';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-bench-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** COLUMNS' order: 7 counts, then 7 amounts (with_conditions is the third of each). */
const CASES_WITH_CONDITIONS = 2;
const MONEY_WITH_CONDITIONS = 7 + 2;

describe("the bench's real-export shape reads as a real export, at every size", () => {
  it('draws less money a cell as an office’s year runs over more rows', () => {
    expect(moneyCeiling(700)).toBe(12.5);
    expect(moneyCeiling(4200)).toBe(12.5); // 700 offices × 6 years: one row each
    expect(moneyCeiling(420_000)).toBeCloseTo(10.5, 10); // 100 rows an office's year
  });

  for (const rows of [700, 100_000]) {
    it(`${rows.toLocaleString('en')} rows: exit 0, no finding, the generator's sums`, async () => {
      const file = join(dir, `real-export-${rows}.csv`);
      const sums = sumsOf(rows);
      await generate(file, rows, 'real-export', sums);
      // (to a file: the document of 700 groups and more is beyond spawnSync's buffer)
      const out = join(dir, `real-export-${rows}.json`);
      const r = spawnThads(['summarize', file, '--format', 'json', '--output', out, ...(rows > 700 ? ['--by', 'year,district'] : [])]);
      // no finding (no MONEY_ one, no PROVINCE_UNKNOWN): the bench times the sums, not the warning
      // printer; but one DUPLICATE_OFFICE where an office's year runs over many rows, as designed
      expect([...r.stderr.matchAll(/\[([A-Z_]+)\]/g)].map((m) => m[1])).toEqual(rows > 4_200 ? ['DUPLICATE_OFFICE'] : []);
      expect(r.code).toBe(0);
      const doc = JSON.parse(readFileSync(out, 'utf8')) as { total: Totals | null; totals?: Totals[] };
      const totals = doc.totals ?? [doc.total!];
      const sum = (pick: (t: Totals) => string) => totals.reduce((s, t) => s + BigInt(pick(t)), 0n);
      expect(sum((t) => t.cases.withConditions)).toBe(sums.total[CASES_WITH_CONDITIONS]);
      expect(sum((t) => t.money.withConditions)).toBe(sums.total[MONEY_WITH_CONDITIONS]);
    }, 60_000);
  }
});

interface Totals {
  readonly cases: { readonly withConditions: string };
  readonly money: { readonly withConditions: string };
}
