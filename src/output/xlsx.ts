// The summary as an Excel workbook (SPEC §8 xlsx): sheet 1 the table — a number cell for every
// figure (money in the display unit, counts, rates as fractions with a percent format), headers
// in the chosen language over two rows like the forms, the total row set apart, frozen header,
// filters, widths that fit, "met"/"missed" written out (not only coloured); sheet 2 the
// year-end paragraphs. The same input gives the same bytes: document dates and the archive's
// file dates are fixed. exceljs (and the ZIP library it uses) is loaded only here.
import { MEASURE_LABEL, fieldsOf, ownTableLabels, type Measure, type ResultKey } from '../domain/fields.js';
import type { GroupResult } from '../domain/evaluate.js';
import type { Lang } from './format-number.js';
import { groupPlain, UNIT_LABEL } from './format-number.js';
import { measureKeys, measureValues, rowsToPrint, type MachineValue, type RenderContext } from './model.js';
import { EXCEL_DIGITS, RESULTS_ROUNDED_NOTE, ROUNDED_NOTE, toExcelDigits } from '../domain/excel-digits.js';
import { renderNarrative } from './narrative.js';
import { stripXmlForbidden } from './sanitize.js';
import { comparedYearToName, statedPeriodLine } from './period-words.js';

const SHEET_NAMES: Record<Lang, { table: string; report: string }> = {
  vi: { table: 'Tổng hợp', report: 'Nhận xét' },
  en: { table: 'Summary', report: 'Report' },
};
const TOTAL_TEXT: Record<Lang, string> = { vi: 'Tổng cộng', en: 'Total' };
const MET_TEXT: Record<Lang, { met: string; missed: string }> = {
  vi: { met: 'Đạt', missed: 'Không đạt' },
  en: { met: 'met', missed: 'missed' },
};

type Kind = 'text' | 'count' | 'money' | 'percent' | 'pp' | 'rank' | 'met';

interface Column {
  readonly group: string;
  readonly header: string;
  readonly kind: Kind;
  /** signed amounts (changes, above target) show a + */
  readonly signed?: boolean;
  /** a figure of the offices' (not a result thads computed): what thads reads back */
  readonly field?: boolean;
  readonly value: (g: GroupResult) => MachineValue;
}

/** "93.9" (percent) → "0.939": the decimal point moved on the plain string, exactly. */
function percentToFraction(plain: string): string {
  const [int, frac = ''] = plain.split('.') as [string, string | undefined];
  const padded = int.padStart(3, '0');
  const fraction = `${padded.slice(-2)}${frac}`.replace(/0+$/, '');
  const whole = padded.slice(0, -2).replace(/^0+(?=\d)/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

function decimalsOf(plain: string): number {
  return plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
}

/**
 * The decimals Excel's 15 significant digits leave a figure as the cell holds it (toExcelDigits):
 * 100578887.168733 (9 whole digits) → 6, 0.000123 → 18, a zero → Infinity. A format showing more
 * shows digits the cell does not hold, as zeros: "100,578,887.16873300" for …16873302898 exactly
 * (traps33 4).
 */
function decimalsHeld(text: string): number {
  const [whole = '', fraction = ''] = text.replace(/^-/, '').split('.');
  const significantWhole = whole.replace(/^0+/, '').length;
  if (significantWhole > 0) return Math.max(0, EXCEL_DIGITS - significantWhole);
  const zerosAfterPoint = /^0*/.exec(fraction)![0].length;
  return zerosAfterPoint === fraction.length ? Infinity : EXCEL_DIGITS + zerosAfterPoint;
}

function numberFormat(kind: Kind, decimals: number, signed: boolean): string | undefined {
  const places = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  switch (kind) {
    case 'count':
    case 'money':
      return signed ? `+#,##0${places};-#,##0${places};0` : `#,##0${places}`;
    case 'percent':
      return `0${places}%`;
    case 'pp':
      return `+0${places};-0${places};0${places}`;
    case 'rank':
      return '0';
    default:
      return undefined;
  }
}

function columnsOf(ctx: RenderContext): Column[] {
  const lang = ctx.lang;
  const identity: Omit<Column, 'header'>[] = [
    { group: '', kind: 'text', value: (g) => g.province },
    { group: '', kind: 'text', value: (g) => (g.isTotal ? TOTAL_TEXT[lang] : g.district) },
    { group: '', kind: 'rank', value: (g) => g.year },
  ];
  const kindOf: Record<ResultKey, Kind | 'amount'> = {
    rate: 'percent',
    target: 'percent',
    gap_pp: 'pp',
    required: 'amount',
    above_target: 'amount',
    met: 'met',
    rank: 'rank',
    rank_of: 'rank',
    total_change: 'amount',
    rate_change: 'pp',
  };
  const measures = ctx.measures.flatMap((m: Measure): Omit<Column, 'header'>[] => {
    const amount: Kind = m === 'money' ? 'money' : 'count';
    const group = m === 'money' ? `${MEASURE_LABEL[m][lang]} (${UNIT_LABEL[ctx.unit][lang]})` : MEASURE_LABEL[m][lang];
    const keys = measureKeys(m);
    const at = (g: GroupResult, i: number) => measureValues(g.measures[m], m, ctx.unit, ctx.rateDecimals)[i] ?? null;
    const fields = fieldsOf(m).length;
    return keys.map((key, i) => {
      if (i < fields) return { group, kind: amount, field: true, value: (g: GroupResult) => at(g, i) };
      const k = key as ResultKey;
      const kind = kindOf[k] === 'amount' ? amount : (kindOf[k] as Kind);
      return { group, kind, signed: k === 'above_target' || k === 'total_change', value: (g: GroupResult) => at(g, i) };
    });
  });
  // The labels are written once (ownTableLabels): the reader knows thads' own workbook by them.
  const labels = ownTableLabels(ctx.measures, lang, comparedYearToName(ctx));
  return [...identity, ...measures].map((c, i) => ({ ...c, header: labels[i]! }));
}

/** The text a cell shows, for column widths (Excel has no "fit" that survives opening). */
function shownLength(v: MachineValue, kind: Kind, lang: Lang): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return (v ? MET_TEXT[lang].met : MET_TEXT[lang].missed).length;
  const text = String(v);
  if (kind === 'text') return [...text].length;
  return groupPlain(text, lang).length + (kind === 'percent' ? 1 : 0) + 1;
}

/** End of the statistics year (30 September), else a fixed day: never the clock. */
function documentDate(year: number | null): Date {
  return year !== null ? new Date(Date.UTC(year, 8, 30)) : new Date(Date.UTC(2000, 0, 1));
}

export async function renderXlsx(ctx: RenderContext): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const lang = ctx.lang;
  const date = documentDate(ctx.year);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thads';
  wb.lastModifiedBy = 'thads';
  wb.created = date;
  wb.modified = date;

  const columns = columnsOf(ctx);
  const rows = rowsToPrint(ctx);
  // A run shorter than its statistics year says its days on a line over the table (statedPeriodLine).
  const line = statedPeriodLine(ctx, 'workbook');
  const top = line !== null ? 1 : 0;
  const HEADER_ROWS = top + 2;
  const ws = wb.addWorksheet(SHEET_NAMES[lang].table, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROWS, activeCell: `C${HEADER_ROWS + 1}` }],
    // Printed: landscape, the two header rows on every page (58 columns never fit one page).
    pageSetup: { orientation: 'landscape', paperSize: 9, printTitlesRow: `${top + 1}:${HEADER_ROWS}` },
  });
  if (line !== null) {
    ws.getCell(1, 1).value = line;
    ws.getCell(1, 1).font = { bold: true };
  }

  // The measure over its columns, then the labels (the filter row).
  const bold = { bold: true };
  const headerAlignment = { wrapText: true, vertical: 'middle', horizontal: 'center' } as const;
  let start = 1;
  for (let c = 1; c <= columns.length + 1; c++) {
    const group = columns[c - 1]?.group;
    if (c <= columns.length && group === columns[start - 1]!.group) continue;
    const cell = ws.getCell(top + 1, start);
    cell.value = columns[start - 1]!.group || null;
    cell.font = bold;
    cell.alignment = headerAlignment;
    if (c - 1 > start) ws.mergeCells(top + 1, start, top + 1, c - 1);
    start = c;
  }
  columns.forEach((col, i) => {
    const cell = ws.getCell(HEADER_ROWS, i + 1);
    cell.value = col.header;
    cell.font = bold;
    cell.alignment = headerAlignment;
    cell.border = { bottom: { style: 'thin' } };
  });

  const widths = columns.map((col) => Math.min(Math.max(...col.header.split(' ').map((w) => w.length), 6), 16));
  // Money and percent points show every decimal they have, one count for the column: a sheet
  // saved as CSV "as shown" keeps what it shows, and 1.0000005 (million) shown as 1.00 would come
  // back 500 đồng short; a gap on the rounded basis (83 − 34.5 = 48.5) has the target's decimals,
  // more than --rate-decimals, and shown as +49 it would contradict every other output.
  // (of the figure as the cell holds it: a figure rounded to 15 digits has the decimals left;
  // a cell whose whole part leaves fewer than the column's gets fewer, decimalsHeld)
  const least = (kind: Kind) => (kind === 'money' ? (ctx.unit === 'dong' ? 0 : 2) : ctx.rateDecimals);
  const columnDecimals = columns.map((col) =>
    col.kind === 'money' || col.kind === 'pp' ? Math.max(least(col.kind), ...rows.map((g) => decimalsOf(toExcelDigits(String(col.value(g) ?? '')).text))) : 0,
  );
  /** whether a figure of the offices' was rounded to 15 digits, and whether only a result was */
  let rounded: 'figure' | 'result' | null = null;
  rows.forEach((g, r) => {
    const row = ws.getRow(HEADER_ROWS + 1 + r);
    columns.forEach((col, i) => {
      const v = col.value(g);
      widths[i] = Math.max(widths[i]!, shownLength(v, col.kind, lang));
      if (v === null) return;
      const cell = row.getCell(i + 1);
      if (col.kind === 'met') {
        cell.value = v ? MET_TEXT[lang].met : MET_TEXT[lang].missed;
        // The word says it; the colour only helps.
        cell.font = { color: { argb: v ? 'FF006100' : 'FF9C0006' }, bold: !v };
        return;
      }
      if (col.kind === 'text') {
        cell.value = stripXmlForbidden(String(v));
        return;
      }
      const plain = String(v);
      // A number cell always (SPEC §8: never numbers as text): Excel keeps 15 digits, so a longer
      // figure is rounded to them on its exact decimal; a decimal of 15 digits is a double's
      // shortest form, so Number() stores just those digits.
      const excel = toExcelDigits(col.kind === 'percent' ? percentToFraction(plain) : plain);
      if (excel.rounded && rounded !== 'figure') rounded = col.field ? 'figure' : 'result';
      cell.value = Number(excel.text);
      // (the column's decimals, but never more than the cell holds: a large figure shows fewer)
      const decimals = col.kind === 'percent' ? Math.max(ctx.rateDecimals, decimalsOf(plain)) : col.kind === 'pp' || col.kind === 'money' ? Math.min(columnDecimals[i]!, decimalsHeld(excel.text)) : 0;
      const format = numberFormat(col.kind, decimals, col.signed === true);
      if (format) cell.numFmt = format;
    });
    if (g.isTotal) {
      // The total row(s): bold, a rule above, a light fill.
      for (let i = 1; i <= columns.length; i++) {
        const cell = row.getCell(i);
        cell.font = { ...(cell.font ?? {}), bold: true };
        cell.border = { top: { style: r === ctx.printed.length ? 'double' : 'thin' } };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
      }
    }
  });
  // Said once, under the table, where a reader of the sheet sees it (and thads reading it back).
  if (rounded) ws.getCell(HEADER_ROWS + rows.length + 2, 1).value = (rounded === 'figure' ? ROUNDED_NOTE : RESULTS_ROUNDED_NOTE)[lang];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = Math.min(w + 2, 60)));
  // Labels wrap within their width: the label row is as tall as its longest label needs.
  const lines = Math.max(...columns.map((col, i) => Math.ceil(col.header.length / Math.max(widths[i]!, 1))));
  ws.getRow(HEADER_ROWS).height = 15 * Math.min(Math.max(lines, 1), 4);
  ws.autoFilter = { from: { row: HEADER_ROWS, column: 1 }, to: { row: HEADER_ROWS, column: columns.length } };

  // Sheet 2: the year-end paragraphs, one a row.
  const report = wb.addWorksheet(SHEET_NAMES[lang].report, { pageSetup: { orientation: 'portrait', paperSize: 9 } });
  // About the width of an A4 page in portrait.
  report.getColumn(1).width = 85;
  renderNarrative(ctx)
    .trim()
    .split(/\n{2,}/)
    .forEach((paragraph, i) => {
      const row = report.getRow(i + 1);
      row.getCell(1).value = stripXmlForbidden(paragraph);
      row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
      row.height = 15 * Math.max(1, Math.ceil(paragraph.length / 80));
    });

  const bytes = await wb.xlsx.writeBuffer();
  return withFixedDates(new Uint8Array(bytes as ArrayBuffer), date);
}

/** exceljs stamps the clock into every archive entry: the archive is written again with `date`. */
async function withFixedDates(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    out.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
