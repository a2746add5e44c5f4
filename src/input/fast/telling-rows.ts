// The office rows whose figures may be telling (row-scanner.ts telling): per office, a 53-bit key
// of their figures, for "has some office two such rows alike?" (office-sums.ts pastedTwice). One
// growing Float64Array per office and no object per row: a long export of 1M such rows held
// ~70 MiB in a Set of numbers (each key a heap number) and took a tenth more time in one shared
// hash table (a cache miss a row); here each office's tail stays in cache and the twins are found
// once, at the end, by sorting each office's keys. 53 bits, not 32: the bench's 10M-row file has
// ~2,400 such rows in each of 4,200 offices, where 32-bit hashes meet by chance (~3 pairs
// expected), and each chance meeting sent the whole file to the reference reader, which ran out
// of memory. A key alike is still only "maybe": the reference reader judges the figures.

const NONE = new Float64Array(0);

/** A worker's keys, handed to the main thread: per office its count, then the keys office by office. */
export interface TellingKeys {
  readonly counts: Uint32Array;
  readonly keys: Float64Array;
}

export class TellingRows {
  /** per office: its keys so far (the first `counts[office]`) */
  private readonly lists: Float64Array[] = [];
  private readonly counts: number[] = [];
  /** workers' keys as they came, each worker office's keys under this table's office `offices[w]` (addAll) */
  private readonly parts: { counts: Uint32Array; keys: Float64Array; offices: Int32Array }[] = [];

  /** `key`: a whole number below 2^53 (row-scanner.ts figuresKey) */
  add(office: number, key: number): void {
    // (kept packed, one slot per office up to this one: a sparse array turns into a dictionary)
    while (this.counts.length <= office) {
      this.counts.push(0);
      this.lists.push(NONE);
    }
    const n = this.counts[office]!;
    let list = this.lists[office]!;
    if (n === list.length) {
      // (half as much again, not twice: thousands of keys per office leave less unused room)
      const longer = new Float64Array(Math.max(4, n + (n >> 1)));
      longer.set(list);
      this.lists[office] = list = longer;
    }
    list[n] = key;
    this.counts[office] = n + 1;
  }

  /** A worker's keys, its office w being this table's office `officeOf(w)`: kept as they came, judged with this table's (twin). */
  addAll({ counts, keys }: TellingKeys, officeOf: (w: number) => number): void {
    const offices = new Int32Array(counts.length);
    for (let w = 0; w < counts.length; w++) if (counts[w] !== 0) offices[w] = officeOf(w);
    this.parts.push({ counts, keys, offices });
  }

  /** Whether some office holds one key twice (its own keys and the workers' together). */
  twin(): boolean {
    const added = this.addedByOffice();
    let scratch = NONE;
    for (let office = 0; office < Math.max(this.lists.length, added.length); office++) {
      const own = office < this.lists.length ? this.lists[office]!.subarray(0, this.counts[office]!) : NONE;
      const more = added[office];
      let all = own;
      if (more !== undefined) {
        let n = own.length;
        for (const part of more) n += part.length;
        if (scratch.length < n) scratch = new Float64Array(n + (n >> 1));
        all = scratch.subarray(0, n);
        all.set(own);
        let at = own.length;
        for (const part of more) {
          all.set(part, at);
          at += part.length;
        }
      }
      if (all.length < 2) continue;
      const sorted = all.sort();
      for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) return true;
    }
    return false;
  }

  /** Per office of this table, the workers' keys of it (views into their arrays). */
  private addedByOffice(): (Float64Array[] | undefined)[] {
    const byOffice: (Float64Array[] | undefined)[] = [];
    for (const { counts, keys, offices } of this.parts) {
      let at = 0;
      for (let w = 0; w < counts.length; w++) {
        const n = counts[w]!;
        if (n === 0) continue;
        const office = offices[w]!;
        while (byOffice.length <= office) byOffice.push(undefined);
        (byOffice[office] ??= []).push(keys.subarray(at, at + n));
        at += n;
      }
    }
    return byOffice;
  }

  /** Every key this table added itself, office by office (a worker's part sends them to the main thread): 8 bytes a key. */
  keys(): TellingKeys {
    let size = 0;
    for (const n of this.counts) size += n;
    const keys = new Float64Array(size);
    let k = 0;
    for (let office = 0; office < this.lists.length; office++) {
      const n = this.counts[office]!;
      keys.set(this.lists[office]!.subarray(0, n), k);
      k += n;
    }
    return { counts: Uint32Array.from(this.counts), keys };
  }
}
