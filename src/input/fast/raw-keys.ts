// Rows → offices without a string per row: the raw bytes of a row's identity cells (district,
// province, year) are hashed while the row is scanned and looked up here; only a key not seen
// before is decoded, normalized and judged (total row? other year?). Keys are compared byte
// for byte, so a hash collision costs a comparison, never a wrong office.

/** No entry for these bytes yet. */
export const MISSING = -1;
const MAX_ENTRIES = 1 << 16;
const KEY_CELLS = 3;

/** FNV-1a over one cell's bytes, started from FNV_SEED. */
export const FNV_SEED = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** One key from the three cell hashes. */
export function keyHash(district: number, province: number, year: number): number {
  return Math.imul(Math.imul(district, 0x9e3779b1) ^ province, 0x85ebca77) ^ year;
}

export class RawKeys {
  private slots = new Int32Array(1 << 12);
  private hashes = new Int32Array(256);
  /** per entry: offset of its bytes in pool */
  private offsets = new Int32Array(256);
  /** per entry × 3: byte length of each cell */
  private lengths = new Int32Array(256 * KEY_CELLS);
  private values = new Int32Array(256);
  private pool = new Uint8Array(1 << 14);
  private poolView = new DataView(this.pool.buffer);
  private poolUsed = 0;
  private size = 0;

  /**
   * The value stored for the bytes buf[range[0], range[1]) (district), [range[2], range[3])
   * (province) and [range[4], range[5]) (year), or MISSING.
   */
  get(hash: number, buf: Uint8Array, view: DataView, range: Int32Array): number {
    const { slots, hashes } = this;
    const mask = slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = slots[i]!;
      if (slot === 0) return MISSING;
      const id = slot - 1;
      if (hashes[id] === hash && this.equal(id, buf, view, range)) return this.values[id]!;
    }
  }

  /** Byte for byte, four at a time. */
  private equal(id: number, buf: Uint8Array, view: DataView, range: Int32Array): boolean {
    const { pool, poolView, lengths } = this;
    let p = this.offsets[id]!;
    for (let k = 0; k < KEY_CELLS; k++) {
      const start = range[2 * k]!;
      const length = range[2 * k + 1]! - start;
      if (lengths[id * KEY_CELLS + k] !== length) return false;
      let x = 0;
      for (; x + 4 <= length; x += 4) if (poolView.getInt32(p + x, true) !== view.getInt32(start + x, true)) return false;
      for (; x < length; x++) if (pool[p + x] !== buf[start + x]) return false;
      p += length;
    }
    return true;
  }

  /** Stores `value` for the bytes (not already stored) of `range`. */
  set(hash: number, buf: Uint8Array, range: Int32Array, value: number): void {
    if (this.size >= MAX_ENTRIES) this.clear();
    let bytes = 0;
    for (let k = 0; k < KEY_CELLS; k++) bytes += range[2 * k + 1]! - range[2 * k]!;
    this.reserve(bytes);
    const id = this.size++;
    this.hashes[id] = hash;
    this.values[id] = value;
    this.offsets[id] = this.poolUsed;
    for (let k = 0; k < KEY_CELLS; k++) {
      const start = range[2 * k]!;
      const end = range[2 * k + 1]!;
      this.lengths[id * KEY_CELLS + k] = end - start;
      this.pool.set(buf.subarray(start, end), this.poolUsed);
      this.poolUsed += end - start;
    }
    const mask = this.slots.length - 1;
    let i = hash & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = id + 1;
  }

  private clear(): void {
    this.slots.fill(0);
    this.size = 0;
    this.poolUsed = 0;
  }

  /** Room for one more entry of `bytes` bytes; the table stays at most half full. */
  private reserve(bytes: number): void {
    if (this.poolUsed + bytes > this.pool.length) {
      const pool = new Uint8Array(Math.max(2 * this.pool.length, this.poolUsed + bytes));
      pool.set(this.pool.subarray(0, this.poolUsed));
      this.pool = pool;
      this.poolView = new DataView(pool.buffer);
    }
    if (this.size + 1 > this.hashes.length) {
      const n = 2 * this.hashes.length;
      const grow = (a: Int32Array, len: number): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(len);
        b.set(a);
        return b;
      };
      this.hashes = grow(this.hashes, n);
      this.offsets = grow(this.offsets, n);
      this.values = grow(this.values, n);
      this.lengths = grow(this.lengths, n * KEY_CELLS);
    }
    if (2 * (this.size + 1) > this.slots.length) {
      const slots = new Int32Array(2 * this.slots.length);
      const mask = slots.length - 1;
      for (let id = 0; id < this.size; id++) {
        let i = this.hashes[id]! & mask;
        while (slots[i] !== 0) i = (i + 1) & mask;
        slots[i] = id + 1;
      }
      this.slots = slots;
    }
  }
}
