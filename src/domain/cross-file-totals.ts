// An office of one file that is the total of offices other files give: a province's row (its
// name taken from the file name, "nam-dinh-2019.csv" with a Tỉnh column) beside the file of
// that province's offices, "Cục THADS tỉnh Nam Định" beside the district offices' files. The
// names say nothing; the figures do: the row equals the sum of its province's offices (same
// year) in the other files. Added as an office, it counts them twice.
// Pure; offices come as the files gave them (a file's declared totals are not offices here).
import { ZERO, type Dec } from './decimal.js';
import type { Sums } from './declared-rows.js';
import { FIELD_COUNT, MEASURES, type Measure } from './fields.js';
import { provinceKey } from './provinces.js';
import { agreement } from './suspect-rows.js';

export interface FileOffice<R> {
  readonly file: string;
  readonly province: string | null;
  readonly year: number | null;
  readonly figures: Sums;
  readonly row: R;
}

export interface CrossFileTotal<R> {
  readonly office: FileOffice<R>;
  /** whose offices it equals: provinces (null: offices without one), or 'all' (every office of its year) */
  readonly provinces: readonly (string | null)[] | 'all';
  /** how many offices, and the files that give them (in input order) */
  readonly count: number;
  readonly files: readonly string[];
  /** how many non-zero figures agree: with few, a coincidence is possible */
  readonly evidence: number;
}

/**
 * Figures summed so that a part can be taken out again exactly: per measure, how many offices
 * give it, the sum of each field's known values and how many offices leave it unknown.
 */
class Pool {
  readonly measures = new Map<Measure, { offices: number; sums: Dec[]; unknown: number[] }>();
  count = 0;

  add(s: Sums, sign: 1 | -1 = 1): void {
    for (const m of MEASURES) {
      const f = s[m];
      if (!f) continue;
      let p = this.measures.get(m);
      if (!p) this.measures.set(m, (p = { offices: 0, sums: Array<Dec>(FIELD_COUNT).fill(ZERO), unknown: Array<number>(FIELD_COUNT).fill(0) }));
      p.offices += sign;
      for (let i = 0; i < FIELD_COUNT; i++) {
        const v = f[i] ?? null;
        if (v === null) p.unknown[i]! += sign;
        else p.sums[i] = sign === 1 ? p.sums[i]!.plus(v) : p.sums[i]!.minus(v);
      }
    }
  }

  merge(other: Pool, sign: 1 | -1): void {
    this.count += sign * other.count;
    for (const [m, o] of other.measures) {
      let p = this.measures.get(m);
      if (!p) this.measures.set(m, (p = { offices: 0, sums: Array<Dec>(FIELD_COUNT).fill(ZERO), unknown: Array<number>(FIELD_COUNT).fill(0) }));
      p.offices += sign * o.offices;
      for (let i = 0; i < FIELD_COUNT; i++) {
        p.unknown[i]! += sign * o.unknown[i]!;
        p.sums[i] = sign === 1 ? p.sums[i]!.plus(o.sums[i]!) : p.sums[i]!.minus(o.sums[i]!);
      }
    }
  }

  /** As summed figures: a measure no office gives is absent, a field any office leaves unknown is unknown. */
  sums(): Sums {
    const out: Sums = {};
    for (const [m, p] of this.measures) if (p.offices > 0) out[m] = p.sums.map((v, i) => (p.unknown[i]! > 0 ? null : v));
    return out;
  }
}

/** The offices of one province (or of none) and year: all of them, and each file's. */
interface Part {
  readonly province: string | null;
  readonly all: Pool;
  readonly byFile: Map<string, Pool>;
}

/**
 * The offices equal to the sum of 2 or more offices of other files: of their own province, of
 * no province (a file without a Tỉnh column may be of any), or both; for an office without a
 * province, of any one province, of none, or of all. One office equal to one other is not
 * looked at (suspect-rows.ts likewise): two offices may have the same figures.
 */
export function findCrossFileTotals<R>(offices: readonly FileOffice<R>[]): CrossFileTotal<R>[] {
  const order = new Map<string, number>();
  for (const o of offices) if (!order.has(o.file)) order.set(o.file, order.size);
  if (order.size < 2) return [];
  // year → province key ('' for none) → part
  const years = new Map<string, Map<string, Part>>();
  for (const o of offices) {
    const year = String(o.year);
    const parts = years.get(year) ?? new Map<string, Part>();
    years.set(year, parts);
    const key = o.province === null ? '' : provinceKey(o.province);
    const part = parts.get(key) ?? { province: o.province, all: new Pool(), byFile: new Map<string, Pool>() };
    parts.set(key, part);
    const mine = part.byFile.get(o.file) ?? new Pool();
    part.byFile.set(o.file, mine);
    for (const pool of [part.all, mine]) {
      pool.add(o.figures);
      pool.count++;
    }
  }
  const out: CrossFileTotal<R>[] = [];
  for (const o of offices) {
    const parts = years.get(String(o.year))!;
    const own = o.province === null ? null : parts.get(provinceKey(o.province))!;
    const none = parts.get('');
    const readings: { parts: Part[]; provinces: CrossFileTotal<R>['provinces'] }[] =
      own !== null
        ? [{ parts: [own], provinces: [own.province] }, ...(none ? [{ parts: [none], provinces: [null] }, { parts: [own, none], provinces: [own.province, null] }] : [])]
        : [...[...parts.values()].map((p) => ({ parts: [p], provinces: [p.province] })), { parts: [...parts.values()], provinces: 'all' as const }];
    const seen = new Set<string>();
    for (const r of readings) {
      // The parts' offices in the other files: all of them but this file's.
      const pool = new Pool();
      const from = r.parts.filter((p) => [...p.byFile.keys()].some((f) => f !== o.file));
      for (const p of from) {
        pool.merge(p.all, 1);
        const mine = p.byFile.get(o.file);
        if (mine) pool.merge(mine, -1);
      }
      // Two readings of the same offices (no office of a province beside those of none) are one.
      const what = from.map((p) => p.province ?? '').join('\u0000');
      if (pool.count < 2 || seen.has(what)) continue;
      seen.add(what);
      const evidence = agreement(o.figures, pool.sums());
      if (evidence > 0) {
        const files = [...new Set(from.flatMap((p) => [...p.byFile.keys()]))].filter((f) => f !== o.file).sort((a, b) => order.get(a)! - order.get(b)!);
        out.push({ office: o, provinces: r.provinces, count: pool.count, files, evidence });
        break;
      }
    }
  }
  return out;
}
