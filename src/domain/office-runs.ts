// Rows of one office one below the other (its enforcers' rows, "Chấp hành viên"), closed by a
// row of the office that adds them up without saying so: no "Cộng", the enforcer cell left
// empty, or the office's name merged down over the subtotal too. Added as a row of the office
// it would count the office twice. Found by its figures: equal to the sum of the run above it.
// Pure; rows come in file order.
import { agreement } from './suspect-rows.js';
import { addSums, copySums, type Sums } from './declared-rows.js';

/** Agreeing non-zero figures a subtotal needs: one could be chance (as SUSPECTED_TOTAL_ROW). */
const EVIDENCE = 2;

export class OfficeRuns {
  private key: string | null = null;
  private sums: Sums = {};
  private rows = 0;

  /**
   * True when `figures` is the subtotal of the run of two or more rows of office `key` right
   * above it (the run then ends); otherwise the row joins the run, or starts one.
   */
  isSubtotal(key: string, figures: Sums): boolean {
    if (key === this.key && this.rows >= 2 && agreement(figures, this.sums) >= EVIDENCE) {
      this.key = null;
      return true;
    }
    if (key === this.key) {
      addSums(this.sums, figures);
      this.rows++;
    } else {
      this.key = key;
      this.sums = copySums(figures);
      this.rows = 1;
    }
    return false;
  }
}
