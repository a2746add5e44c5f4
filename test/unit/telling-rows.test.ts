import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TellingRows } from '../../src/input/fast/telling-rows.js';

/** A table whose offices 0..n-1 are named "office 0" … (the key DUPLICATE_OFFICE would give them). */
function table(offices = 50, name = (o: number) => `office ${o}`): TellingRows {
  const t = new TellingRows();
  for (let o = 0; o < offices; o++) t.name(o, name(o));
  return t;
}

describe('TellingRows: per office, a row hashed twice', () => {
  it('finds a twin only within one office, and only where both hashes are alike', () => {
    const t = table();
    t.add(0, 7, 1);
    t.add(1, 7, 1); // another office, the same hashes
    t.add(0, 8, 1);
    t.add(2, 5, 1);
    t.add(2, 5, 2); // the same first hash, another second: not a twin
    t.add(2, 6, 2); // the same second hash, another first: not a twin
    t.add(3, 0xffffffff, -1);
    expect(t.twin()).toBe(false);
    t.add(3, 0xffffffff, -1);
    expect(t.twin()).toBe(true);
  });

  it("finds a twin between this table's keys and a worker's, by the offices' names, whatever their numbers", () => {
    const here = table(2, (o) => ['Vụ Bản', 'Mỹ Lộc'][o]!);
    here.add(0, 11, 3);
    here.add(1, 12, 3);
    const worker = table(6, (o) => ['Vụ Bản', 'Giao Thủy', 'Hải Hậu', 'Ý Yên', 'Nam Trực', 'Trực Ninh'][o]!);
    worker.add(0, 12, 3); // Vụ Bản: 12 is Mỹ Lộc's here
    worker.add(1, 11, 3); // Giao Thủy: 11 is Vụ Bản's here
    here.addAll(worker.keys());
    expect(here.twin()).toBe(false);
    const again = table(4, (o) => ['Xuân Trường', 'Nghĩa Hưng', 'Nam Định', 'Mỹ Lộc'][o]!);
    again.add(3, 12, 3); // the worker's office 3 is Mỹ Lộc, which holds 12 here
    here.addAll(again.keys());
    expect(here.twin()).toBe(true);
  });

  it('keeps a long office\'s keys apart (chunks filled and begun again in every bucket)', () => {
    const t = table(1);
    for (let i = 0; i < 300_000; i++) t.add(0, i, i * 7);
    expect(t.twin()).toBe(false);
    const { chunks, buckets } = t.keys();
    expect(chunks.reduce((n, c) => n + c.length, 0)).toBe(300_000);
    expect(buckets.length).toBe(chunks.length);
    t.add(0, 123_456, 123_456 * 7);
    expect(t.twin()).toBe(true);
  });

  it('agrees with a Set of strings on any sequence, hands every key on, and split with a worker\'s keys, the same', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(40), fc.nat(60), fc.nat(3)), { maxLength: 3000 }), (rows) => {
        const t = table();
        const seen = new Set<string>();
        let twice = false;
        for (const [office, h, g] of rows) {
          const s = `${office}:${h}:${g}`;
          if (seen.has(s)) twice = true;
          seen.add(s);
          t.add(office, h, g);
        }
        expect(t.twin()).toBe(twice);
        // every key handed on: another table given them judges alike
        const { chunks } = t.keys();
        expect(chunks.reduce((n, c) => n + c.length, 0)).toBe(rows.length);
        const other = table();
        other.addAll(t.keys());
        expect(other.twin()).toBe(twice);
        // the same rows split between this table and a worker's, whose office o + 5 is named as this table's o
        const here = table();
        const worker = table(50, (w) => `office ${w - 5}`);
        rows.forEach(([office, h, g], i) => (i % 3 === 0 ? worker.add(office + 5, h, g) : here.add(office, h, g)));
        here.addAll(worker.keys());
        expect(here.twin()).toBe(twice);
      }),
      { numRuns: 80 },
    );
  });
});
