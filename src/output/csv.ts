// CSV and TSV: one snake_case header row, one row per printed group, then the TOTAL row(s).
// Plain machine numbers; unknown values are empty cells (SPEC §8).
import { stringify } from 'csv-stringify/sync';
import { MEASURES } from '../domain/fields.js';
import type { GroupResult } from '../domain/evaluate.js';
import { csvColumns, measureValues, rowsToPrint, TOTAL_LABEL, type MachineValue, type RenderContext } from './model.js';

/** A text cell a spreadsheet would run as a formula gets a leading apostrophe: "=1+1" → "'=1+1". */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell(v: MachineValue): string {
  return v === null ? '' : String(v);
}

export function groupRecord(g: GroupResult, ctx: RenderContext, decimalComma: boolean): string[] {
  const identity = [g.province ?? '', g.isTotal ? TOTAL_LABEL : (g.district ?? ''), g.year === null ? '' : String(g.year)].map(neutralizeFormula);
  const figures: string[] = [];
  for (const m of MEASURES) {
    const values = measureValues(g.measures[m], m, ctx.unit, ctx.rateDecimals);
    for (const v of values) {
      const text = cell(v);
      figures.push(decimalComma && typeof v === 'string' ? text.replace('.', ',') : text);
    }
  }
  return [...identity, ...figures];
}

export function renderDelimited(ctx: RenderContext, kind: 'csv' | 'tsv'): string {
  const decimalComma = ctx.excel && ctx.lang === 'vi';
  const delimiter = kind === 'tsv' ? '\t' : decimalComma ? ';' : ',';
  const records = [csvColumns(), ...rowsToPrint(ctx).map((g) => groupRecord(g, ctx, decimalComma))];
  const body = stringify(records, { delimiter, record_delimiter: ctx.excel ? '\r\n' : '\n' });
  return ctx.excel ? `\uFEFF${body}` : body;
}
