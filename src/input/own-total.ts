// thads' own machine CSV with its rate columns deleted ("tong-hop-2018.csv" kept for next year's
// --previous): the header alone is what users type too (fixtures/2019.csv, in nghìn đồng by the
// config), but thads' own TOTAL row under it is thads' writing (output/csv.ts: an empty province,
// "TOTAL"). Read in the config's nghìn, last year's 40 tỷ became 40.000 tỷ and the change on it
// −39.958.045.191.000 đồng, exit 0 (traps39 F4). Such a file is thads' own output: in đồng (or
// the unit its header names), its empty cells unknown (layout.ts isThadsOutput).
import { TOTAL_LABEL } from '../domain/fields.js';

/**
 * Thrown by readHeader for a machine CSV header without rate columns that an option's money
 * unit would read: the reader reads the rows and reads the header again with
 * `opts.ownTotalRow` (read-csv.ts; the fast path gives up on it).
 */
export class OwnTotalNeeded extends Error {
  constructor() {
    super("the rows say whether this is thads' own output");
  }
}

/** thads' own TOTAL row among `rows` of its machine CSV (province in column 1, district in column 2): ",TOTAL,2018,…" */
export function hasOwnTotalRow(rows: readonly { readonly cells: readonly string[] }[]): boolean {
  return rows.some(({ cells }) => (cells[0] ?? '').trim() === '' && (cells[1] ?? '').trim() === TOTAL_LABEL);
}
