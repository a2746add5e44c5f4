// The office rows whose figures may be telling (row-scanner.ts figuresHash), for "has some office two
// such rows alike?" (office-sums.ts pastedTwice). A copy can stand anywhere among an office's rows,
// so every such row's key is kept to the end: 8 bytes a row, no object per row, no list per office.
// Each key mixes the row's two 32-bit figure hashes with its office's identity (two hashes of its
// DUPLICATE_OFFICE key, alike in every thread), so one office's rows alike share a key and two
// offices' rarely do. The keys go to 256 buckets by 8 bits of the mix they do not hold, in chunks
// of bounded size: no list is grown by copying (per-office lists grown by half again held ~1.6× their
// keys, and a worker's were copied once more to be sent), a worker's chunks are moved to the main
// thread as they are, and at the end each bucket alone is hashed into a table (a small scratch, in cache).
// 53 bits held and 8 of the bucket: 61 bits, where the bench's 10M-row file (~2,400 such rows in
// each of 4,200 offices) meets by chance about once in 10^5 runs; 32 bits met ~3 times a run, and
// each meeting sent the whole file to the reference reader, which ran out of memory.
// A key alike is still only "maybe": the reference reader judges the figures.
// Beyond a budget (tellingMemory) filled chunks go to a spill file (key-spill.ts), a worker's too
// (a file the main thread opened for it), its segments handed on with the file: memory stays flat
// however many rows a file has.
import { closeSpill, openSpill, readKeys, writeKeys } from './key-spill.js';

const BUCKETS = 256;
/** the first chunk of a bucket, and the largest: a chunk doubles up to it (little unused room in a short file's 256 buckets; 2 MiB of tails at most) */
const FIRST_CHUNK = 16;
const LARGEST_CHUNK = 1024;
const NONE = new Float64Array(0);

/**
 * `keys`: how many keys a table holds in filled chunks before it writes further ones to a spill
 * file (1 MiB; tests make it small). `file`: where: -1, a file of the table's own; a descriptor,
 * that file (a worker's part: the main thread opens it, since Node closes the files a worker opened
 * when the worker ends); -2, none (the keys stay in memory).
 */
export const tellingMemory = { keys: 1 << 17, file: -1 };

/** Keys written to spill files, segment by segment: its file's descriptor, bucket, position (bytes) and number of keys. */
export interface SpilledKeys {
  readonly fds: Int32Array;
  readonly buckets: Uint8Array;
  readonly positions: Float64Array;
  readonly counts: Int32Array;
}

/** A worker's keys, handed to the main thread: its chunks (moved, not copied) and the bucket of each, and those it spilled (its file goes with them). */
export interface TellingKeys {
  readonly chunks: Float64Array[];
  readonly buckets: Uint8Array;
  readonly spilled: SpilledKeys;
}

/** A 32-bit hash of a string (FNV-1a over its UTF-16 units), `seed` telling two apart. */
function stringHash(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** murmur3's finaliser: every bit of `h` moves every bit of the result. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class TellingRows {
  /** per office named (name): its identity's two hashes */
  private mixA = new Int32Array(64);
  private mixB = new Int32Array(64);
  /** per bucket: its filled chunks (a worker's among them), and the chunk being filled and how far */
  private readonly full: Float64Array[][] = Array.from({ length: BUCKETS }, () => []);
  private readonly tails: Float64Array[] = Array.from({ length: BUCKETS }, () => NONE);
  private readonly fill = new Int32Array(BUCKETS);
  /** keys in filled chunks in memory; beyond tellingMemory.keys filled chunks are spilled */
  private inMemory = 0;
  /** this table's spill file (-1: none yet; -2: none can be made, keys stay in memory) and its length in bytes */
  private spillFd = -1;
  private spillEnd = 0;
  /** spilled segments (SpilledKeys' columns), this table's and a worker's */
  private readonly segFd: number[] = [];
  private readonly segBucket: number[] = [];
  private readonly segPosition: number[] = [];
  private readonly segCount: number[] = [];
  /** spill files this table closes (release): its own, and those of the keys handed to it */
  private readonly owned = new Set<number>();

  /** Office `office` is the office DUPLICATE_OFFICE's key `key` names (the same key in every thread: the same office). */
  name(office: number, key: string): void {
    if (office >= this.mixA.length) {
      const n = Math.max(office + 1, this.mixA.length * 2);
      const a = new Int32Array(n);
      a.set(this.mixA);
      this.mixA = a;
      const b = new Int32Array(n);
      b.set(this.mixB);
      this.mixB = b;
    }
    this.mixA[office] = stringHash(key, 0x811c9dc5);
    this.mixB[office] = stringHash(key, 0x2f3a9d17);
  }

  /** An office row of `office` (named) whose figures hash to `h` and `g` (row-scanner.ts figuresHash, two 32-bit hashes). */
  add(office: number, h: number, g: number): void {
    const b = mix(g ^ this.mixB[office]!);
    const bucket = b >>> 24;
    const key = (b & 0x1fffff) * 4294967296 + ((h ^ this.mixA[office]!) >>> 0);
    let n = this.fill[bucket]!;
    let tail = this.tails[bucket]!;
    if (n === tail.length) {
      // A chunk written out is filled again: a new one each time would leave the written ones'
      // memory to the next full collection (tens of MiB at 10M rows, outside the heap's count).
      if (!(n > 0 && this.keep(bucket, tail) && n === LARGEST_CHUNK)) this.tails[bucket] = tail = new Float64Array(Math.min(LARGEST_CHUNK, Math.max(FIRST_CHUNK, n * 2)));
      n = 0;
    }
    tail[n] = key;
    this.fill[bucket] = n + 1;
  }

  /** A filled chunk of `bucket`: kept in memory within the budget, else written to the spill file (in memory still if it cannot be); true when written. */
  private keep(bucket: number, chunk: Float64Array): boolean {
    if (this.inMemory + chunk.length > tellingMemory.keys && this.spillFd !== -2) {
      if (this.spillFd === -1) {
        const given = tellingMemory.file;
        if (given !== -1) this.spillFd = given; // (the main thread closes it)
        else {
          this.spillFd = openSpill();
          if (this.spillFd >= 0) this.owned.add(this.spillFd);
          else this.spillFd = -2;
        }
      }
      if (this.spillFd >= 0 && writeKeys(this.spillFd, chunk, chunk.length, this.spillEnd)) {
        this.segment(this.spillFd, bucket, this.spillEnd, chunk.length);
        this.spillEnd += chunk.length * 8;
        return true;
      }
      this.spillFd = -2; // a full disk: the rest stays in memory (what was written is still read)
    }
    this.full[bucket]!.push(chunk);
    this.inMemory += chunk.length;
    return false;
  }

  private segment(fd: number, bucket: number, position: number, count: number): void {
    this.segFd.push(fd);
    this.segBucket.push(bucket);
    this.segPosition.push(position);
    this.segCount.push(count);
  }

  /** A worker's keys (keys), judged with this table's (twin); their spill file is this table's to close (hold). */
  addAll({ chunks, buckets, spilled }: TellingKeys): void {
    chunks.forEach((chunk, i) => this.full[buckets[i]!]!.push(chunk));
    for (let i = 0; i < spilled.fds.length; i++) {
      this.owned.add(spilled.fds[i]!);
      this.segment(spilled.fds[i]!, spilled.buckets[i]!, spilled.positions[i]!, spilled.counts[i]!);
    }
  }

  /** A spill file opened for a worker's part (tellingMemory.file there): this table's to close (release), whether or not the part's keys are added. */
  hold(fd: number): void {
    this.owned.add(fd);
  }

  /** How many of its keys (a worker's added) are in spill files, not in memory. */
  get spilledKeys(): number {
    return this.segCount.reduce((n, c) => n + c, 0);
  }

  /** Closes the spill files this table holds (the read is over). */
  release(): void {
    for (const fd of this.owned) closeSpill(fd);
    this.owned.clear();
  }

  /**
   * Whether some office holds one key twice (its own keys and the workers' together). Each bucket
   * alone goes into an open-addressed table (a scratch reused, ~2 slots a key, in cache): one
   * probe a key or two, where sorting the bucket cost ~6× more (1.1 s of a 10M-row file's run,
   * all in the main thread after the scan).
   */
  twin(): boolean {
    let slots = NONE;
    let read = NONE;
    const spilledIn: number[][] = Array.from({ length: BUCKETS }, () => []);
    this.segBucket.forEach((bucket, i) => spilledIn[bucket]!.push(i));
    for (let bucket = 0; bucket < BUCKETS; bucket++) {
      const parts = this.chunksOf(bucket);
      const segments = spilledIn[bucket]!;
      if (segments.length > 0) {
        let m = 0;
        for (const i of segments) m += this.segCount[i]!;
        if (read.length < m) read = new Float64Array(m);
        let at = 0;
        for (const i of segments) {
          // keys that cannot be read back: maybe a twin, which the reference reader judges
          if (!readKeys(this.segFd[i]!, this.segPosition[i]!, this.segCount[i]!, read, at)) return true;
          at += this.segCount[i]!;
        }
        parts.push(read.subarray(0, m));
      }
      let n = 0;
      for (const part of parts) n += part.length;
      if (n < 2) continue;
      let bits = 4;
      while (1 << bits < 2 * n) bits++;
      const size = 1 << bits;
      if (slots.length < size) slots = new Float64Array(size);
      const table = slots.subarray(0, size);
      table.fill(0);
      const mask = size - 1;
      for (const part of parts) {
        for (let i = 0; i < part.length; i++) {
          // stored as key + 1 (exact below 2^53): 0 is an empty slot
          const stored = part[i]! + 1;
          const high = Math.floor(stored / 4294967296);
          const low = (stored - high * 4294967296) | 0;
          // the product's top bits, which every bit of the key moves
          let at = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) >>> (32 - bits);
          for (;;) {
            const there = table[at]!;
            if (there === 0) {
              table[at] = stored;
              break;
            }
            if (there === stored) return true;
            at = (at + 1) & mask;
          }
        }
      }
    }
    return false;
  }

  /** Every key this table holds, to be sent to the main thread (a worker's part): 8 bytes a key in memory, moved; its spill file goes with its segments, which the main thread opened and closes (hold: a worker's table is never released). */
  keys(): TellingKeys {
    const chunks: Float64Array[] = [];
    const buckets: number[] = [];
    for (let bucket = 0; bucket < BUCKETS; bucket++) {
      for (const chunk of this.chunksOf(bucket)) {
        chunks.push(chunk);
        buckets.push(bucket);
      }
    }
    const spilled = { fds: Int32Array.from(this.segFd), buckets: Uint8Array.from(this.segBucket), positions: Float64Array.from(this.segPosition), counts: Int32Array.from(this.segCount) };
    return { chunks, buckets: Uint8Array.from(buckets), spilled };
  }

  /** A bucket's keys: its filled chunks and what its tail holds. */
  private chunksOf(bucket: number): Float64Array[] {
    const n = this.fill[bucket]!;
    const full = this.full[bucket]!;
    return n === 0 ? [...full] : [...full, this.tails[bucket]!.subarray(0, n)];
  }
}
