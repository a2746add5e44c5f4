// A national list that names each province by its agency, one row per province: "Cục THADS tỉnh
// Nam Định", "Cục THADS tỉnh Hà Nam", "Cục THADS tỉnh Ninh Bình"… (the 63 Cục, as the software still
// keys 2025 by them), or since 1/7/2025 the new agencies, no "Cục" ("THADS tỉnh Ninh Bình", "Thi
// hành án dân sự tỉnh Gia Lai", "THADS thành phố Hà Nội", "THADS TP. Hồ Chí Minh", without tones
// too: row-labels.ts agencyProvinceNamed): a table of provinces, each row the province it names —
// where the year counts by the 34, rolled up into them as a Tỉnh column's rows are (collect.ts
// addOffice). Read as offices, the old Cục Ninh Bình alone took the new province's target and
// ranked x/63; a list of the 34 by the new agencies was one group with no province (--by
// province), and a 2024 list of the Cục as --previous paired with none of its provinces
// (ONE_YEAR_ONLY on every row). Any year: a 2024 list by the 63 is its 63 provinces, not rolled up.
// Not a one-province table, where the province's office is one among its Chi cục or Phòng THADS
// khu vực (their rows name no agency), nor a list naming one province twice. Rows wait (in order)
// while all seen so far qualify, as TitleForRows's do.
import { provinceKey } from '../domain/provinces.js';
import { agencyProvinceNamed } from './row-labels.js';

interface AgencyRow {
  readonly province: string | null;
  readonly district: string;
  readonly year: number | null;
}

export class AgencyProvinceRows<T> {
  #through = false;
  readonly #held: { item: T; province: string; year: number }[] = [];

  /**
   * `add`: the item, with the province its row stands for (null: read as before). `rowOf`: its
   * row and how many input rows it sums.
   */
  constructor(
    private readonly add: (item: T, province: string | null) => void,
    private readonly rowOf: (item: T) => { readonly row: AgencyRow; readonly rows: number },
  ) {}

  offer(item: T): void {
    if (!this.#through) {
      const { row, rows } = this.rowOf(item);
      const named = row.province === null && rows === 1 && row.year !== null ? agencyProvinceNamed(row.district, row.year) : null;
      if (named !== null) {
        this.#held.push({ item, province: named, year: row.year! });
        return;
      }
      this.#release(false);
    }
    this.add(item, null);
  }

  /** the rows are all in: those waiting are added; true when they were read as provinces */
  end(): boolean {
    if (this.#through) return false;
    const held = this.#held;
    const keys = new Set(held.map((h) => provinceKey(h.province)));
    const provinces = held.length >= 2 && keys.size === held.length;
    this.#release(provinces);
    return provinces;
  }

  #release(provinces: boolean): void {
    this.#through = true;
    for (const h of this.#held.splice(0)) this.add(h.item, provinces ? h.province : null);
  }
}
