// A row labelled as the file's total ("Tổng cộng") on the fast path: its figure cells are read
// with the reference reader's own cell rules (numbers.ts: readCell, candidates) once the file's
// convention is known, into exact values — a total of a million rows may have more digits than
// the scanner reads into Numbers. Anything the reference would refuse or wait on: give up.
import { fromScaled, ZERO } from '../../domain/decimal.js';
import { emptyFigures, type Figures } from '../../domain/figures.js';
import type { Measure } from '../../domain/fields.js';
import type { FigureColumn } from '../layout.js';
import { candidates, readCell, readPlainCell, type Convention, type Scaled } from '../numbers.js';
import { giveUp } from './give-up.js';

/** null: zero (empty, "-") */
function valueOf(raw: string, col: FigureColumn, convention: Convention | 'plain' | null): Scaled | null {
  const cand = candidates(convention === 'plain' ? readPlainCell(raw) : readCell(raw), col.isCount);
  if (cand === 'zero') return null;
  if (typeof cand === 'string') return giveUp(); // the reference fails on it, and words why
  if (convention === 'plain') return cand.en!;
  if (convention) return cand[convention] ?? giveUp();
  // No cell of the file needed a convention: this one must not either.
  if (cand.vi && cand.en && cand.vi.units === cand.en.units && cand.vi.scale === cand.en.scale) return cand.vi;
  return giveUp();
}

/** The total row's figures as the reference reader's row would hold them (in đồng: the column's unit applied). */
export function totalFigures(cells: readonly string[], columns: readonly FigureColumn[], measures: readonly Measure[], convention: Convention | 'plain' | null): Partial<Record<Measure, Figures>> {
  const out: Partial<Record<Measure, Figures>> = {};
  for (const m of measures) out[m] = emptyFigures();
  columns.forEach((col, j) => {
    // The hand-over, as read-csv.ts makes it: units × 10^(exponent − scale), exactly.
    const v = valueOf(cells[j]!, col, convention);
    out[col.measure]![col.fieldIndex] = v === null ? ZERO : fromScaled(v.units, v.scale - col.exponent);
  });
  return out;
}
