// The office rows whose figures may be telling (row-scanner.ts telling): per office, the 32-bit
// hashes of their figures, for "has some office two such rows alike?" (office-sums.ts
// pastedTwice). One growing Uint32Array per office and no object per row: a long export of 1M
// such rows held ~70 MiB in a Set of numbers (each key a heap number) and took a tenth more time
// in one shared hash table (a cache miss a row); here 4–8 MiB, each office's tail in cache, and
// the twins found once, at the end, by sorting each office's hashes. A hash alike is only
// "maybe": the reference reader judges the figures.

const NONE = new Uint32Array(0);

export class TellingRows {
  /** per office: its hashes so far (the first `counts[office]`) */
  private readonly lists: Uint32Array[] = [];
  private readonly counts: number[] = [];

  add(office: number, hash: number): void {
    // (kept packed, one slot per office up to this one: a sparse array turns into a dictionary)
    while (this.counts.length <= office) {
      this.counts.push(0);
      this.lists.push(NONE);
    }
    const n = this.counts[office]!;
    let list = this.lists[office]!;
    if (n === list.length) {
      const longer = new Uint32Array(Math.max(4, 2 * n));
      longer.set(list);
      this.lists[office] = list = longer;
    }
    list[n] = hash >>> 0;
    this.counts[office] = n + 1;
  }

  /** Whether some office holds one hash twice. */
  twin(): boolean {
    for (let office = 0; office < this.lists.length; office++) {
      const n = this.counts[office]!;
      if (n < 2) continue;
      const sorted = this.lists[office]!.subarray(0, n).sort();
      for (let i = 1; i < n; i++) if (sorted[i] === sorted[i - 1]) return true;
    }
    return false;
  }

  /** Every (office, hash) held, flat, office then hash (a worker's part sends them to the main thread). */
  pairs(): Uint32Array {
    let size = 0;
    for (const n of this.counts) size += n;
    const out = new Uint32Array(2 * size);
    let k = 0;
    for (let office = 0; office < this.lists.length; office++) {
      const list = this.lists[office];
      for (let i = 0; i < this.counts[office]!; i++) {
        out[k++] = office;
        out[k++] = list![i]!;
      }
    }
    return out;
  }
}
