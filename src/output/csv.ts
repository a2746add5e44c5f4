// CSV and TSV: one snake_case header row, one row per printed group, then the TOTAL row(s).
// Plain machine numbers; unknown values are empty cells (SPEC §8).
import { stringify } from 'csv-stringify/sync';
import { IDENTITY, MEASURE_LABEL, changeHeaderLead, excelFieldLabel, excelRateLabel, MEASURES, type ComparedYear, RESULT_KEYS, fieldsOf, type Measure, type ResultKey } from '../domain/fields.js';
import { UNIT_LABEL } from './format-number.js';
import type { GroupResult } from '../domain/evaluate.js';
import { csvColumns, measureValues, rowsToPrint, TOTAL_LABEL, type MachineValue, type RenderContext } from './model.js';
import type { MoneyUnit } from '../input/units.js';
import { changeColumnsOn, statedPeriodLine } from './period-words.js';
import { EXCEL_DIGITS, significantDigits } from '../domain/excel-digits.js';
import { finding, type Finding } from '../errors.js';
import { FORMULA_START } from '../domain/names.js';

/** A text cell a spreadsheet would run as a formula gets a leading apostrophe: "=1+1" → "'=1+1". */
export function neutralizeFormula(text: string): string {
  // (the readers take it off again: names.ts withoutFormulaGuard)
  return FORMULA_START.test(text) ? `'${text}` : text;
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

/**
 * Vietnamese result columns of one measure ("việc"/"tiền"); money amounts carry the unit. Each
 * starts as the columns thads computes itself ("Tỷ lệ", "Chỉ tiêu", "Xếp thứ", "So với năm
 * trước", or "So với năm 2017" compared with an earlier year: changeHeaderLead), so reading the
 * file back ignores them without a warning.
 */
const VI_RESULT: Record<ResultKey, (word: string, unit: string, since: string, m: Measure) => string> = {
  rate: (_w, _u, _since, m) => excelRateLabel(m),
  target: (w) => `Chỉ tiêu ${w} (%)`,
  gap_pp: (w) => `Chỉ tiêu ${w}: vượt/thiếu (%)`,
  required: (w, u) => `Chỉ tiêu ${w}: phải đạt${u}`,
  above_target: (w, u) => `Chỉ tiêu ${w}: vượt${u}`,
  met: (w) => `Chỉ tiêu ${w}: đạt`,
  rank: (w) => `Xếp thứ (${w})`,
  rank_of: (w) => `Xếp thứ (${w}): trên`,
  total_change: (w, u, since) => `${since}: ${w} thụ lý tăng/giảm${u}`,
  rate_change: (w, _u, since) => `${since}: tỷ lệ ${w} tăng/giảm (%)`,
};

/**
 * Column labels of the Excel CSV in Vietnamese, in csvColumns() order: "Việc có điều kiện",
 * "Tiền thi hành xong (đồng)", "Tỷ lệ việc (%)"… (figure columns in the forms' own words, so
 * thads reads the file back). Without --excel the canonical snake_case names stay, for machines.
 */
export function vietnameseColumns(unit: MoneyUnit, compared: ComparedYear | null = null, samePeriod = false): string[] {
  const since = changeHeaderLead(compared, samePeriod);
  const labels = [IDENTITY.province.label.vi, IDENTITY.district.label.vi, IDENTITY.year.label.vi];
  for (const m of MEASURES as readonly Measure[]) {
    const Word = MEASURE_LABEL[m].vi;
    const word = Word.toLocaleLowerCase('vi');
    const u = m === 'money' ? ` (${UNIT_LABEL[unit].vi})` : '';
    labels.push(...fieldsOf(m).map((f) => `${excelFieldLabel(m, f)}${u}`));
    labels.push(...RESULT_KEYS.map((k) => VI_RESULT[k](word, u, since, m)));
  }
  return labels;
}

function headerOf(ctx: RenderContext): string[] {
  return ctx.excel && ctx.lang === 'vi' ? vietnameseColumns(ctx.unit, changeColumnsOn(ctx).compared, changeColumnsOn(ctx).part) : csvColumns(ctx.unit);
}

/**
 * The CSV for Excel carries every figure exactly, but Excel keeps 15 significant digits of a
 * number it opens (a province's money in đồng has 16–17: Hà Nội's 2·10^16), so the sheet shows
 * and adds another figure than thads computed, silently. Said once, with the first such figure.
 */
export function excelDigitsLost(ctx: RenderContext): Finding | null {
  if (!ctx.excel) return null;
  const header = headerOf(ctx);
  let count = 0;
  let first: { readonly row: string; readonly column: string; readonly text: string } | null = null;
  for (const g of rowsToPrint(ctx)) {
    const record = groupRecord(g, ctx, false);
    record.forEach((text, i) => {
      if (i < 3 || !/^-?\d/.test(text) || significantDigits(text) <= EXCEL_DIGITS) return;
      count++;
      first ??= { row: g.isTotal ? TOTAL_LABEL : [g.province, g.district].filter((x) => x).join(' / ') || TOTAL_LABEL, column: header[i] ?? '', text };
    });
  }
  if (!first) return null;
  const { row, column, text } = first as { row: string; column: string; text: string };
  return finding('warning', 'EXCEL_DIGITS_LOST', `${count} figure${count === 1 ? '' : 's'} of the CSV for Excel ha${count === 1 ? 's' : 've'} more than ${EXCEL_DIGITS} significant digits, of which Excel keeps 15 when it opens the file, setting the rest to 0: ${row}, "${column}" is ${text} (${significantDigits(text)} digits)`);
}

export function renderDelimited(ctx: RenderContext, kind: 'csv' | 'tsv'): string {
  const decimalComma = ctx.excel && ctx.lang === 'vi';
  const delimiter = kind === 'tsv' ? '\t' : decimalComma ? ';' : ',';
  const header = headerOf(ctx);
  const records = [header, ...rowsToPrint(ctx).map((g) => groupRecord(g, ctx, decimalComma))];
  // A line break of either kind in a cell is quoted: csv-stringify quotes only its own record
  // delimiter, and a name wrapped in its cell ("Chi cục THADS⏎huyện Mỹ Lộc") split its row in two.
  const body = stringify(records, { delimiter, record_delimiter: ctx.excel ? '\r\n' : '\n', quoted_match: /[\r\n]/ });
  if (!ctx.excel) return body;
  // The CSV for Excel of a run shorter than its statistics year states its days on a line over
  // its header, as the workbook does: read back, its Năm column alone made six months the whole
  // year (traps40 1: compared with a year-end report, exit 0). The machines' CSV keeps one header
  // row (SPEC §8); its name must state the period (README).
  const period = statedPeriodLine(ctx, 'CSV for Excel');
  return `\uFEFF${period !== null ? `${stringify([[period]], { delimiter, record_delimiter: '\r\n' })}` : ''}${body}`;
}
