// A national list of 2025 or later that names each province by its agency, one row per former
// province ("Cục THADS tỉnh Nam Định", "Cục THADS tỉnh Hà Nam", "Cục THADS tỉnh Ninh Bình"…, as
// the software still keys the year by the 63 Cục): a table of provinces, each row the province
// it names, rolled up into the 34 as a Tỉnh column's rows are (collect.ts addOffice). Read as 63
// offices, the old Cục Ninh Bình alone took the new province's target and ranked x/63.
// So is a list of the 34 by the agencies of 1/7/2025, every row without "Cục" ("THADS tỉnh Ninh
// Bình", "Thi hành án dân sự thành phố Hà Nội", "THADS TP. Hồ Chí Minh"): each is its province
// whole (read as offices, --by province gave one group of no province, TARGET_UNMATCHED).
// Not a one-province table, where the province's agency is one office among its Chi cục or Phòng
// THADS khu vực (their rows name no agency), nor a list of Cục none merged away (a cluster's "Cục
// THADS tỉnh Gia Lai", "… Đắk Lắk": each the former Cục only, read as before), nor a report by the
// 63 (2024, or 2025 before 1/7: `by34`). Rows wait (in order) while all seen so far qualify, as
// TitleForRows's do.
import { provinceInYear, provinceKey } from '../domain/provinces.js';
import { agencyProvinceNamed } from './row-labels.js';

interface AgencyRow {
  readonly province: string | null;
  readonly district: string;
  readonly year: number | null;
}

export class AgencyProvinceRows<T> {
  #through = false;
  readonly #held: { item: T; province: string; cuc: boolean; year: number }[] = [];

  /**
   * `add`: the item, with the province its row stands for (null: read as before). `rowOf`: its
   * row and how many input rows it sums. `by34`: whether a row of that year counts by the 34.
   */
  constructor(
    private readonly add: (item: T, province: string | null) => void,
    private readonly rowOf: (item: T) => { readonly row: AgencyRow; readonly rows: number },
    private readonly by34: (year: number | null) => boolean,
  ) {}

  offer(item: T): void {
    if (!this.#through) {
      const { row, rows } = this.rowOf(item);
      const named = row.province === null && rows === 1 && row.year !== null && this.by34(row.year) ? agencyProvinceNamed(row.district, row.year) : null;
      if (named !== null) {
        this.#held.push({ item, province: named.province, cuc: named.cuc, year: row.year! });
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
    // a province merged away named (a list of the 63 Cục), or no row in the Cục's words (a list of the 34's agencies)
    const provinces = held.length >= 2 && keys.size === held.length && (held.some((h) => provinceInYear(h.province, h.year)?.mergedInto !== undefined) || held.every((h) => !h.cuc));
    this.#release(provinces);
    return provinces;
  }

  #release(provinces: boolean): void {
    this.#through = true;
    for (const h of this.#held.splice(0)) this.add(h.item, provinces ? h.province : null);
  }
}
