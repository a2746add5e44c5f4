import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TellingRows } from '../../src/input/fast/telling-rows.js';

describe('TellingRows: per office, a hash held twice', () => {
  it('finds a twin only within one office', () => {
    const t = new TellingRows();
    t.add(0, 7);
    t.add(1, 7); // another office, the same hash
    t.add(0, 8);
    t.add(2, 0xffffffff);
    expect(t.twin()).toBe(false);
    t.add(2, -1); // -1 >>> 0 is 0xffffffff
    expect(t.twin()).toBe(true);
  });

  it('agrees with a Set of strings on any sequence (lists growing past their first size), and gives back every pair', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(40), fc.nat(400)), { maxLength: 3000 }), (pairs) => {
        const t = new TellingRows();
        const seen = new Set<string>();
        let twice = false;
        for (const [office, hash] of pairs) {
          const key = `${office}:${hash}`;
          if (seen.has(key)) twice = true;
          seen.add(key);
          t.add(office, hash);
        }
        const back = t.pairs();
        expect(back.length).toBe(2 * pairs.length);
        const got: string[] = [];
        for (let k = 0; k < back.length; k += 2) got.push(`${back[k]}:${back[k + 1]}`);
        expect(got.sort()).toEqual(pairs.map(([o, h]) => `${o}:${h}`).sort());
        expect(t.twin()).toBe(twice);
      }),
      { numRuns: 80 },
    );
  });
});
