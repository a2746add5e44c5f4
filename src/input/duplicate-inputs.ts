// The same figures from two files are never added (SPEC §3): `data/*.csv` after a download
// twice holds "2019.csv" and "2019 (1).csv"; a file may be named twice ("2019.csv ./2019.csv",
// a symlink). Two checks, across every input of one run:
//   - the same file (device and inode) or the same bytes (only files of equal size are hashed);
//   - the same office, year and measure from two files (split việc/tiền files still join: the
//     measure is part of the key).
import { createReadStream, statSync } from 'node:fs';
import { foldNameCached } from '../domain/aggregate.js';
import type { Measure } from '../domain/fields.js';
import { finding, formatLocation, type Finding } from '../errors.js';

export interface OfficeKey {
  readonly province: string | null;
  readonly district: string;
  readonly year: number | null;
  readonly line: number;
}

interface Seen {
  readonly file: string;
  readonly line: number;
  readonly name: string;
}

async function sha256(file: string): Promise<string | null> {
  try {
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return null; // reading it says why
  }
}

export class DuplicateInputs {
  private readonly files: { file: string; id: string | null; size: number; hash?: string | null }[] = [];
  private readonly offices = new Map<string, Seen>();

  /**
   * The earlier input `file` repeats, and how (the same file, or the same bytes), or null.
   * `kept`: where its bytes are when not at `file`, and their hash (standard input, kept in a
   * temporary file that is gone before a later call may need to hash it).
   */
  async sameAs(file: string, kept?: { readonly path: string; readonly sha256: string }): Promise<{ file: string; how: 'file' | 'bytes' } | null> {
    const path = kept?.path ?? file;
    let id: string | null = null;
    let size = -1;
    try {
      const st = statSync(path);
      if (st.isFile()) {
        id = `${st.dev}:${st.ino}`;
        size = st.size;
      }
    } catch {
      return null;
    }
    const entry: { file: string; id: string | null; size: number; hash?: string | null } = { file, id, size, ...(kept ? { hash: kept.sha256 } : {}) };
    let earlier: { file: string; how: 'file' | 'bytes' } | null = null;
    for (const f of this.files) {
      if (id !== null && f.id === id) {
        earlier = { file: f.file, how: 'file' };
        break;
      }
      if (size > 0 && f.size === size) {
        f.hash ??= await sha256(f.file);
        entry.hash ??= await sha256(file);
        if (f.hash !== null && f.hash === entry.hash) {
          earlier = { file: f.file, how: 'bytes' };
          break;
        }
      }
    }
    this.files.push(entry);
    return earlier;
  }

  /** Registers a file's offices for its measures; one error per file naming the first repeat. */
  register(file: string, measures: readonly Measure[], offices: Iterable<OfficeKey>): Finding | null {
    let first: { office: OfficeKey; seen: Seen; measure: Measure } | null = null;
    let repeats = 0;
    const mine: [string, Seen][] = [];
    for (const o of offices) {
      for (const m of measures) {
        const key = `${foldNameCached(o.province ?? '')}\u0000${foldNameCached(o.district)}\u0000${o.year ?? ''}\u0000${m}`;
        const seen = this.offices.get(key);
        if (seen && seen.file !== file) {
          repeats++;
          first ??= { office: o, seen, measure: m };
        } else if (!seen) mine.push([key, { file, line: o.line, name: o.district }]);
      }
    }
    for (const [key, seen] of mine) this.offices.set(key, seen);
    if (!first) return null;
    const { office, seen, measure } = first;
    const more = repeats > 1 ? ` (and ${repeats - 1} more office figures)` : '';
    // Offices of two provinces may share a name ("Phòng THADS khu vực 1"): a province column tells them apart.
    const hint = office.province === null ? 'remove the copy; if the two files are of different provinces, give each a province column (Tỉnh) so their offices are told apart' : undefined;
    return finding(
      'error',
      'DUPLICATE_INPUT',
      `${measure} of "${office.district}"${office.year !== null ? ` (${office.year})` : ''} are given again: ${formatLocation({ file: seen.file, line: seen.line })} already gave them${more}; figures are never added across files`,
      { file, line: office.line },
      hint,
    );
  }
}
