// A group's running sums of one measure's figures, exact: whole numbers below 2^53 (every count of
// cases, most amounts in đồng) are added as Numbers, the rest as Decimals, and the Decimals are
// made once, when the sums are read. A total of 4,200 offices made a Decimal a field an office
// (addFiguresInto), each garbage by the next office's.
import { fromScaled, wholeNumber, type Dec } from './decimal.js';
import { FIELD_COUNT } from './fields.js';
import type { Figures } from './figures.js';

export class RunningSums {
  /** the first row's figures, as given (not copied, never written): most groups of offices are one row */
  private first: Figures | null;
  /** from the second row on: per field, the whole numbers' sum, exact (below 2^53) */
  private whole: Float64Array | null = null;
  /** …and the sum of the other values (and of whole sums moved out before they could lose a unit) */
  private rest: (Dec | null)[] | null = null;
  /** per field, 1 once a row gives it unknown: unknown on either side stays unknown */
  private unknown: Uint8Array | null = null;

  constructor(first: Figures) {
    this.first = first;
  }

  add(figures: Figures): void {
    if (this.first !== null) {
      const first = this.first;
      this.first = null;
      this.whole = new Float64Array(FIELD_COUNT);
      this.rest = new Array<Dec | null>(FIELD_COUNT).fill(null);
      this.unknown = new Uint8Array(FIELD_COUNT);
      this.addValues(first);
    }
    this.addValues(figures);
  }

  private addValues(figures: Figures): void {
    const whole = this.whole!;
    const rest = this.rest!;
    const unknown = this.unknown!;
    for (let i = 0; i < FIELD_COUNT; i++) {
      const value = figures[i] ?? null;
      if (value === null) {
        unknown[i] = 1;
        continue;
      }
      const n = wholeNumber(value);
      if (n === null) {
        const r = rest[i]!;
        rest[i] = r === null ? value : r.plus(value);
        continue;
      }
      const sum = whole[i]! + n;
      if (Number.isSafeInteger(sum)) whole[i] = sum;
      else {
        // (both below 10^15: the sum is exact, and moved out whole)
        const moved = fromScaled(BigInt(whole[i]!) + BigInt(n), 0);
        const r = rest[i]!;
        rest[i] = r === null ? moved : r.plus(moved);
        whole[i] = 0;
      }
    }
  }

  /** The sums, a new array the caller owns. */
  figures(): Figures {
    if (this.first !== null) return this.first.slice();
    const out = new Array<Dec | null>(FIELD_COUNT);
    for (let i = 0; i < FIELD_COUNT; i++) {
      if (this.unknown![i] === 1) out[i] = null;
      else {
        const whole = fromScaled(this.whole![i]!, 0);
        const r = this.rest![i]!;
        out[i] = r === null ? whole : r.plus(whole);
      }
    }
    return out;
  }
}
