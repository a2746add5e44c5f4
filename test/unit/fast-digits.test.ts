// The byte scanner reads a cell's digits four bytes at a time, the last one to three of them
// among the bytes that follow (row-scanner.ts): cells of every length, ending a line or not,
// at the end of a read or not, in a record joined from quoted cells (read from a reused buffer
// whose later bytes are an older record's) — the totals are the BigInt sums of the cells, and
// both readers print the same bytes.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-fast-digits-', ['--format', 'json']);
const DEFAULT_CHUNK = fastPath.chunkBytes;
afterEach(() => {
  fastPath.chunkBytes = DEFAULT_CHUNK;
});

/** A whole number of 1 to `max` digits (no leading zero but "0" itself). */
const whole = (max: number) =>
  fc.tuple(fc.integer({ min: 1, max }), fc.bigInt({ min: 0n, max: 10n ** BigInt(max) - 1n })).map(([digits, n]) => n % 10n ** BigInt(digits));

/** with_conditions and resolved ≤ it */
const pair = (max: number) => fc.tuple(whole(max), fc.bigInt({ min: 0n, max: 1000n })).map(([w, k]) => ({ w, r: (w * k) / 1000n }));

const row = fc.record({ cases: pair(9), money: pair(13), quoted: fc.boolean() });

describe('fast path: digits four bytes at a time', () => {
  it('sums cells of 1 to 13 digits exactly, whatever follows them', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 6 }), fc.constantFrom(5, 7, 64, DEFAULT_CHUNK), fc.boolean(), async (rows, chunk, lastFirst) => {
        fastPath.chunkBytes = chunk;
        // the longest record first, then shorter ones: a joined record's buffer holds an older one's digits after it
        const ordered = lastFirst ? [...rows].sort((a, b) => String(b.money.w).length - String(a.money.w).length) : rows;
        const lines = [
          'district,cases_with_conditions,cases_resolved,money_with_conditions,money_resolved',
          ...ordered.map((r, i) => {
            const name = `Chi cục THADS huyện Số ${i + 1}`;
            return `${r.quoted ? `"${name}"` : name},${r.cases.w},${r.cases.r},${r.money.w},${r.money.r}`;
          }),
        ];
        const used = fastPath.used;
        const result = await both(`digits-${run++}-2019.csv`, lines);
        expect(fastPath.used).toBe(used + 1); // the fast path read it (it gave none up)
        expect(result.code).toBe(0);
        const total = JSON.parse(result.stdout).total;
        const sum = (pick: (r: (typeof rows)[number]) => bigint) => String(rows.reduce((s, r) => s + pick(r), 0n));
        expect(total.cases.withConditions).toBe(sum((r) => r.cases.w));
        expect(total.cases.resolved).toBe(sum((r) => r.cases.r));
        expect(total.money.withConditions).toBe(sum((r) => r.money.w));
        expect(total.money.resolved).toBe(sum((r) => r.money.r));
      }),
      { numRuns: 80 },
    );
  });
});
