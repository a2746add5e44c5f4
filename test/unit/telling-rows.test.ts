import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TellingRows } from '../../src/input/fast/telling-rows.js';

describe('TellingRows: per office, a key held twice', () => {
  it('finds a twin only within one office, telling keys apart by their high bits', () => {
    const t = new TellingRows();
    t.add(0, 7);
    t.add(1, 7); // another office, the same key
    t.add(0, 8);
    t.add(2, 2 ** 32 + 5);
    t.add(2, 5); // the same low 32 bits, another high part: not a twin
    t.add(3, 2 ** 53 - 1);
    expect(t.twin()).toBe(false);
    t.add(3, 2 ** 53 - 1);
    expect(t.twin()).toBe(true);
  });

  it("finds a twin between this table's keys and a worker's, under the office they map to", () => {
    const here = new TellingRows();
    here.add(0, 11);
    here.add(1, 12);
    const worker = new TellingRows();
    worker.add(0, 12); // the worker's office 0 is this table's office 0: 12 is not there
    worker.add(1, 40);
    here.addAll(worker.keys(), (w) => w);
    expect(here.twin()).toBe(false);
    const again = new TellingRows();
    again.add(3, 12); // the worker's office 3 is this table's office 1, which holds 12
    here.addAll(again.keys(), (w) => (w === 3 ? 1 : w));
    expect(here.twin()).toBe(true);
  });

  const key = fc.tuple(fc.nat(2 ** 21 - 1), fc.nat(60)).map(([high, low]) => high * 2 ** 32 + low);
  it('agrees with a Set of strings on any sequence (lists growing past their first size), and hands every key on; split with a worker\'s keys, the same', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(40), fc.oneof(key, fc.nat(60))), { maxLength: 3000 }), (pairs) => {
        const t = new TellingRows();
        const seen = new Set<string>();
        let twice = false;
        for (const [office, k] of pairs) {
          const s = `${office}:${k}`;
          if (seen.has(s)) twice = true;
          seen.add(s);
          t.add(office, k);
        }
        // every key handed on, office by office
        const { counts, keys } = t.keys();
        const got: string[] = [];
        let at = 0;
        counts.forEach((n, office) => {
          for (let i = 0; i < n; i++) got.push(`${office}:${keys[at++]}`);
        });
        expect(at).toBe(pairs.length);
        expect(got.sort()).toEqual(pairs.map(([o, k]) => `${o}:${k}`).sort());
        expect(t.twin()).toBe(twice);
        // the same pairs split between this table and a worker's, whose office w is this table's w - 5
        const here = new TellingRows();
        const worker = new TellingRows();
        pairs.forEach(([office, k], i) => (i % 3 === 0 ? worker.add(office + 5, k) : here.add(office, k)));
        here.addAll(worker.keys(), (w) => w - 5);
        expect(here.twin()).toBe(twice);
      }),
      { numRuns: 80 },
    );
  });
});
