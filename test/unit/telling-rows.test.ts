import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { TellingRows, tellingMemory } from '../../src/input/fast/telling-rows.js';

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
    const { chunks, buckets, spilled } = t.keys();
    // (beyond 131,072 keys in memory, filled chunks are in the spill file)
    expect(chunks.reduce((n, c) => n + c.length, 0) + spilled.counts.reduce((n, c) => n + c, 0)).toBe(300_000);
    expect(spilled.counts.length).toBeGreaterThan(0);
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

describe('TellingRows beyond its memory budget: keys spilled to a file, judged alike', () => {
  const budget = tellingMemory.keys;
  const tmp = process.env.TMPDIR;
  afterEach(() => {
    tellingMemory.keys = budget;
    if (tmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmp;
  });
  /** open descriptors of this process (Linux), or null */
  const openFds = () => (existsSync('/proc/self/fd') ? readdirSync('/proc/self/fd').length : null);

  it('finds a row copied anywhere among 13,000–20,000 (or none), its keys split with a worker\'s and both spilled, whatever the budget', () => {
    fc.assert(
      // (long enough that chunks fill: a chunk is written only once full, 16 keys in each of 256 buckets first)
      fc.property(fc.integer({ min: 13_000, max: 20_000 }), fc.option(fc.tuple(fc.nat(), fc.nat())), fc.constantFrom(0, 16, 100, 1000), (n, copy, keys) => {
        tellingMemory.keys = keys;
        const rows: [number, number, number][] = Array.from({ length: n }, (_, i) => [(i * 7919) % 400, i, i % 3]);
        // the copy of row k anywhere after it
        if (copy !== null) {
          const k = copy[0] % n;
          rows.splice(k + 1 + (copy[1] % (n - k)), 0, rows[k]!);
        }
        const t = table(400);
        for (const [office, h, g] of rows) t.add(office, h, g);
        expect(t.spilledKeys).toBeGreaterThan(0);
        expect(t.twin()).toBe(copy !== null);
        const here = table(400);
        const worker = table(410, (w) => `office ${w - 5}`);
        rows.forEach(([office, h, g], i) => (i % 3 === 0 ? worker.add(office + 5, h, g) : here.add(office, h, g)));
        const handed = worker.keys();
        // every key the worker was given is handed on, in memory or in its file
        expect(handed.chunks.reduce((m, c) => m + c.length, 0) + handed.spilled.counts.reduce((m, c) => m + c, 0)).toBe(Math.ceil(rows.length / 3));
        expect(worker.spilledKeys + here.spilledKeys).toBeGreaterThan(0);
        here.addAll(handed);
        expect(here.twin()).toBe(copy !== null);
        here.release();
        t.release();
      }),
      { numRuns: 40 },
    );
  });

  it('300,000 keys of one office with a budget of 1,000: nearly all in the file, none left in TMPDIR, the file closed by release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thads-spill-'));
    try {
      process.env.TMPDIR = dir;
      tellingMemory.keys = 1000;
      const before = openFds();
      const t = table(1);
      for (let i = 0; i < 300_000; i++) t.add(0, i, i * 7);
      // filled chunks beyond 1,000 keys are written; what stays is at most the budget and 256 partly filled tails
      expect(t.spilledKeys).toBeGreaterThan(300_000 - 1000 - 256 * 1024);
      expect(t.spilledKeys).toBeGreaterThan(0);
      expect(readdirSync(dir)).toEqual([]); // unlinked once opened
      expect(t.twin()).toBe(false);
      t.add(0, 123, 123 * 7); // a copy of a key long since written out
      expect(t.twin()).toBe(true);
      if (before !== null) expect(openFds()).toBe(before + 1);
      t.release();
      if (before !== null) expect(openFds()).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // ~2,300 keys a bucket: six chunks of 16–512, then ones of 1,024, written out and filled again (budget 0),
  // written from the middle on (300,000), or all kept (none)
  describe.each([0, 300_000, Infinity])('600,000 keys of one office, budget %s', (budget) => {
    const n = 600_000;
    /** the keys (i, 7i), with key `copied` given again before key `at` (at = n: at the end) */
    function filled(copied = -1, at = -1): TellingRows {
      tellingMemory.keys = budget;
      const t = table(1);
      for (let i = 0; i < n; i++) {
        if (i === at) t.add(0, copied, copied * 7);
        t.add(0, i, i * 7);
      }
      if (at === n) t.add(0, copied, copied * 7);
      if (budget === 0) expect(t.spilledKeys).toBeGreaterThan(n - 256 * 1024);
      if (budget === 300_000) expect(t.spilledKeys).toBeGreaterThan(0);
      if (budget === Infinity) expect(t.spilledKeys).toBe(0);
      return t;
    }

    it('no key twice: no twin', () => {
      const t = filled();
      expect(t.twin()).toBe(false);
      t.release();
    });

    it('a copy of any key anywhere after it: found', () => {
      fc.assert(
        fc.property(fc.nat(), fc.nat(), (x, y) => {
          const copied = x % n;
          const t = filled(copied, copied + 1 + (y % (n - copied)));
          expect(t.twin()).toBe(true);
          t.release();
        }),
        { numRuns: 4 },
      );
    });
  });

  it('a TMPDIR that cannot take the file: the keys stay in memory, judged alike', () => {
    process.env.TMPDIR = join(tmpdir(), 'thads-no-such-folder', 'below');
    tellingMemory.keys = 0;
    const t = table(3);
    for (let i = 0; i < 50_000; i++) t.add(i % 3, i, i);
    expect(t.spilledKeys).toBe(0);
    expect(t.twin()).toBe(false);
    t.add(1, 40_000, 40_000);
    expect(t.twin()).toBe(true);
  });
});
