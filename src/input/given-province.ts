// The province --province gives the rows nothing in their file places (README: "--province
// NAME"). The user says the file is that province's: every such row is its office, also one
// whose name is a province's — Bạc Liêu's huyện "Hòa Bình", Quảng Bình's "Quảng Ninh", the Cục's
// own "Cục THADS tỉnh Nam Định". Left to stand for the province it names, such a row took no
// province, or another's target, silently (round 78a, 01). A file the flag cannot be true of is
// refused: a row naming another province with more than its bare name ("Cục THADS tỉnh Gia
// Lai", "Tỉnh Hòa Bình": no office of the flag's province is so named), or rows naming two other
// provinces (a report of the provinces: one province has one district named like another at most).
import { foldHeader } from '../domain/names.js';
import { provinceKey, sameOrMergedInto } from '../domain/provinces.js';
import { ThadsError, type Location } from '../errors.js';
import { provinceStoodFor } from './row-labels.js';

interface NamedRow {
  readonly district: string | null;
  readonly year: number | null;
  readonly line: number;
}

/** One file's rows under --province `given`: the first row naming another province, by its bare name. */
export class GivenProvinceRows {
  #other: { readonly province: string; readonly district: string; readonly line: number } | null = null;

  constructor(private readonly given: string) {}

  /** The flag's province for a row of no province (its file places none), or a refusal at `at`. */
  place(row: NamedRow, at: Location): string {
    const named = provinceStoodFor({ province: null, district: row.district, year: row.year });
    if (named === null || sameOrMergedInto(named, this.given, row.year)) return this.given;
    const district = row.district!;
    const hint = `a report of several provinces is read without --province (each row names its own); if the rows are ${this.given}'s offices, give the file a province column (Tỉnh)`;
    // "Hòa Bình", "HOA BINH": a district's name too; "Tỉnh Hòa Bình", "Cục THADS tỉnh Hòa Bình" the province's only
    if (foldHeader(district) !== foldHeader(provinceKey(district))) {
      throw new ThadsError('PROVINCE_CONFLICT', `office "${district}" names the province ${named}, but --province says the file's rows are ${this.given}'s`, at, hint);
    }
    const other = this.#other;
    if (other === null) this.#other = { province: named, district, line: row.line };
    else if (provinceKey(other.province) !== provinceKey(named)) {
      throw new ThadsError('PROVINCE_CONFLICT', `office "${district}" names the province ${named}, and "${other.district}" (${at.sheet !== undefined ? 'row' : 'line'} ${other.line}) ${other.province}: rows of several provinces, but --province says the file's rows are ${this.given}'s`, at, hint);
    }
    return this.given;
  }
}
