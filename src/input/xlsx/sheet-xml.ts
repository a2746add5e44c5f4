// The XML of a worksheet and of its shared strings → raw cells, as the file stores them, read
// with saxes (the parser exceljs uses) rather than exceljs' own sheet reader, which keeps too
// little of a cell to judge it: a date cell (t="d", "2019-09-30T00:00:00Z") came back as the
// number 2019, an empty <v></v> as NaN, and a cell or row without its optional `r` attribute
// crashed it. What a raw cell means is cell-text.ts's business; here only where it sits.
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { ThadsError, columnLetters } from '../../errors.js';
import { HeaderFooterScan } from './outside-texts.js';

/** One <c> element: what it holds, undecoded. */
export interface RawCell {
  readonly column: number;
  /** the t attribute: s, str, inlineStr, n, b, e, d (absent: n) */
  readonly type: string | undefined;
  /** the s attribute: an index into the styles' cell formats (absent: 0) */
  readonly style: number;
  /** the text of <f> (a shared formula's followers have ""); undefined: no formula */
  readonly formula: string | undefined;
  /** <f t="shared" si="…">: the shared formula it is the master (with text) or a follower (without) of */
  readonly shared?: string;
  /** the text of <v>, or of <is>'s text runs (text cells' _xHHHH_ decoded); undefined: the element is absent */
  readonly value: string | undefined;
}

export interface RawRow {
  readonly number: number;
  readonly cells: readonly RawCell[];
  /** <row hidden="1">: hidden by hand or by a filter, still in the sheet (Excel's SUM counts it) */
  readonly hidden: boolean;
  /** <row outlineLevel="1">: a detail row of an outline group (Data → Group), 0 outside any */
  readonly outlineLevel: number;
}

/** What the sheet says about all its rows, read before them (<sheetPr> precedes <sheetData>). */
export interface SheetFacts {
  /** <outlinePr summaryBelow="0">: an outline group's summary row is above its details, not below */
  summaryBelow: boolean;
  /** <cols><col min max hidden="1">: the columns the sheet hides (1-based) */
  hiddenColumns?: Set<number>;
  /** <autoFilter> or <tablePart> (after <sheetData>: known once the rows are read): a hidden row may be a filtered-out one */
  filter?: true;
}

/** Excel's limits: rows 1 to 1048576, columns A to XFD. */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

export interface SaxNode {
  readonly name: string;
  readonly attributes: Record<string, string>;
}

/** Elements may carry a namespace prefix (<x:row>, as some writers store them). */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Runs saxes over a part and hands each batch of what `collect` gathered to the caller, one
 * batch per chunk read: memory holds a chunk's worth of rows, never the whole part.
 */
export async function* parse<T>(
  stream: Readable,
  handlers: { open(node: SaxNode): void; text(text: string): void; close(name: string): void },
  take: () => T[],
): AsyncGenerator<T[]> {
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser();
  let failure: unknown = null;
  const guard =
    <A extends unknown[]>(f: (...args: A) => void) =>
    (...args: A) => {
      if (failure === null) {
        try {
          f(...args);
        } catch (err) {
          failure = err;
        }
      }
    };
  parser.on('opentag', guard((node) => handlers.open({ name: local(node.name), attributes: node.attributes as Record<string, string> })));
  parser.on('closetag', guard((node) => handlers.close(local(node.name))));
  // CDATA is text too (<v><![CDATA[5]]></v> is 5, not an empty cell).
  parser.on('text', guard(handlers.text));
  parser.on('cdata', guard(handlers.text));
  parser.on('error', (err) => {
    failure ??= err;
  });
  const decoder = new StringDecoder('utf8');
  for await (const chunk of stream) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    if (failure !== null) throw failure;
    const batch = take();
    if (batch.length > 0) yield batch;
  }
  parser.write(decoder.end());
  parser.close();
  if (failure !== null) throw failure;
  const batch = take();
  if (batch.length > 0) yield batch;
}

/**
 * Text as OOXML stores it (ST_Xstring) → the text: a character XML cannot hold raw is written
 * `_xHHHH_` (its UTF-16 code unit), and `_x005F_` escapes the underscore of a literal "_xHHHH_".
 * "Mỹ Lộc_x000D_" → "Mỹ Lộc\r"; "_x005F_x000D_" → "_x000D_" (one pass, left to right).
 */
export function decodeXString(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/**
 * The shared strings, in order. A string is the text of its <t> elements, run by run — not of
 * a phonetic guide (<rPh><t>…</t></rPh>, the reading Excel shows above East Asian text), and
 * not the white space a writer puts between elements.
 */
export async function readSharedStrings(stream: Readable): Promise<string[]> {
  const strings: string[] = [];
  let text: string | null = null;
  let inT = false;
  let phonetic = 0;
  const handlers = {
    open(node: SaxNode) {
      if (node.name === 'si') text = '';
      else if (node.name === 'rPh') phonetic++;
      else if (node.name === 't') inT = phonetic === 0;
    },
    text(t: string) {
      if (inT && text !== null) text += t;
    },
    close(name: string) {
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        strings.push(decodeXString(text ?? ''));
        text = null;
      }
    },
  };
  for await (const _ of parse(stream, handlers, () => [])) void _;
  return strings;
}

/** "C14" → { column: 3, row: 14 }; null when it is no cell reference Excel can hold. */
export function decodeCellReference(ref: string): { column: number; row: number } | null {
  const m = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(ref);
  if (!m) return null;
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  return column <= MAX_COLUMN && row <= MAX_ROW ? { column, row } : null;
}

/**
 * The rows of a worksheet part, in batches. `r` is optional on both rows and cells (ECMA-376):
 * a row without it is the row after the one before, a cell without it the cell after the one
 * before in its row (the first: column A). Whatever would make a cell's place a guess — rows
 * out of order or twice, a cell twice, a cell whose reference names another row — is refused.
 */
export async function* readSheetRows(stream: Readable, where: { readonly file: string; readonly sheet: string }, facts: SheetFacts = { summaryBelow: true }): AsyncGenerator<RawRow[]> {
  const invalid = (message: string, line?: number, column?: number) =>
    new ThadsError('WORKBOOK_INVALID', message, { ...where, ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}) }, 'the program that wrote the workbook stored this sheet wrongly: open it in Excel or LibreOffice and save it again, or export the sheet as CSV');
  let rows: RawRow[] = [];
  let inSheetData = false;
  let rowNumber = 0;
  let rowHidden = false;
  let rowOutline = 0;
  let cells: RawCell[] | null = null;
  let columns = new Set<number>();
  let lastColumn = 0;
  let cell: { column: number; type: string | undefined; style: number; formula?: string; shared?: string; value?: string } | null = null;
  /** where text goes: <f>, <v>, or a text run of an inline string */
  let into: 'formula' | 'value' | null = null;
  let inInline = false;
  let phonetic = 0;

  const handlers = {
    open(node: SaxNode) {
      const a = node.attributes;
      switch (node.name) {
        case 'sheetData':
          inSheetData = true;
          break;
        case 'outlinePr':
          if (!inSheetData) facts.summaryBelow = a.summaryBelow !== '0' && a.summaryBelow !== 'false';
          break;
        case 'col':
          // (a range reaching XFD, as LibreOffice writes for the columns after the last, is capped)
          if (!inSheetData && (a.hidden === '1' || a.hidden === 'true') && /^\d+$/.test(a.min ?? '') && /^\d+$/.test(a.max ?? '')) {
            facts.hiddenColumns ??= new Set();
            for (let c = Math.max(1, Number(a.min)); c <= Math.min(Number(a.max), MAX_COLUMN); c++) facts.hiddenColumns.add(c);
          }
          break;
        case 'autoFilter':
        case 'tablePart':
          if (!inSheetData) facts.filter = true;
          break;
        case 'row': {
          if (!inSheetData) break;
          const number = a.r === undefined ? rowNumber + 1 : /^[1-9]\d{0,6}$/.test(a.r) ? Number(a.r) : NaN;
          if (!(number <= MAX_ROW)) throw invalid(`the sheet's XML numbers a row ${JSON.stringify(a.r)}, which is no row number (1 to ${MAX_ROW})`, rowNumber > 0 ? rowNumber : undefined);
          if (number <= rowNumber) throw invalid(`the sheet's XML lists row ${number} after row ${rowNumber}: rows must come in order, each once`, number);
          rowNumber = number;
          rowHidden = a.hidden === '1' || a.hidden === 'true';
          // Excel's levels are 0 to 7; anything else says nothing about a group.
          rowOutline = a.outlineLevel !== undefined && /^[1-7]$/.test(a.outlineLevel) ? Number(a.outlineLevel) : 0;
          cells = [];
          columns = new Set();
          lastColumn = 0;
          break;
        }
        case 'c': {
          if (!cells) break;
          let column = lastColumn + 1;
          if (a.r !== undefined) {
            const ref = decodeCellReference(a.r);
            if (!ref) throw invalid(`the sheet's XML names a cell ${JSON.stringify(a.r)}, which is no cell reference (such as C14)`, rowNumber);
            if (ref.row !== rowNumber) throw invalid(`the sheet's XML puts cell ${a.r} in row ${rowNumber}`, rowNumber);
            column = ref.column;
          }
          if (column > MAX_COLUMN) throw invalid(`the sheet's XML has a cell after the last column (XFD) of row ${rowNumber}`, rowNumber);
          if (columns.has(column)) throw invalid(`the sheet's XML gives cell ${columnLetters(column)}${rowNumber} twice`, rowNumber, column);
          columns.add(column);
          lastColumn = column;
          const style = a.s === undefined ? 0 : /^\d+$/.test(a.s) ? Number(a.s) : NaN;
          if (Number.isNaN(style)) throw invalid(`the sheet's XML gives cell ${columnLetters(column)}${rowNumber} the style ${JSON.stringify(a.s)}, which is no style number`, rowNumber, column);
          cell = { column, type: a.t, style };
          break;
        }
        case 'f':
          if (cell) {
            cell.formula = '';
            if (a.t === 'shared' && a.si !== undefined) cell.shared = a.si;
            into = 'formula';
          }
          break;
        case 'v':
          if (cell && !inInline) {
            cell.value = '';
            into = 'value';
          }
          break;
        case 'is':
          if (cell) {
            cell.value = '';
            inInline = true;
          }
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (cell && inInline && phonetic === 0) into = 'value';
          break;
      }
    },
    text(t: string) {
      if (cell && into) cell[into] = (cell[into] ?? '') + t;
    },
    close(name: string) {
      switch (name) {
        case 'f':
        case 'v':
        case 't':
          into = null;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'is':
          inInline = false;
          break;
        case 'c':
          // Text (an inline string, a formula's text result) is decoded here, as shared strings are.
          if (cell && (cell.type === 'inlineStr' || cell.type === 'str') && cell.value !== undefined) cell.value = decodeXString(cell.value);
          if (cell && cells) cells.push({ formula: undefined, value: undefined, ...cell });
          cell = null;
          break;
        case 'row':
          if (cells) rows.push({ number: rowNumber, cells, hidden: rowHidden, outlineLevel: rowOutline });
          cells = null;
          break;
        case 'sheetData':
          inSheetData = false;
          break;
      }
    },
  };
  yield* parse(stream, handlers, () => {
    const batch = rows;
    rows = [];
    return batch;
  });
}

/**
 * A range of merged cells: down a column (`B2:B4`, a province over its offices' rows), across
 * columns (`A5:B5`, an office's name over STT and Đơn vị), or both. Excel shows the text of its
 * first cell (top left) over all of it. Columns and rows 1-based.
 */
export interface MergedRange {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const MERGE_CELL = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*["']([A-Za-z]+\d+):([A-Za-z]+\d+)["']/g;
const FORMULA = /<(?:[\w.-]+:)?f[\s>/]/;
/** longest tail of a chunk kept for the next one, so an element cut between chunks is still seen */
const MERGE_TAIL = 256;

/**
 * The sheet's merged cells. The sheet's XML lists its merges after its rows (<mergeCells>
 * follows <sheetData>), so they are read in a pass of their own, before the rows are streamed:
 * a pass over text only, without the XML parser. `seen.formulas` is set when a cell holds a formula.
 */
export async function readMerges(stream: Readable, seen: { formulas?: boolean; headerFooter?: string | null } = {}): Promise<MergedRange[]> {
  const decoder = new StringDecoder('utf8');
  const found: MergedRange[] = [];
  let carry = '';
  // (and gathers the page header and footer, which follow the merges: outside-texts.ts)
  const headerFooter = new HeaderFooterScan();
  const take = (text: string, final: boolean) => {
    const all = carry + text;
    // (the same pass says whether any cell holds a formula, for stale-formulas.ts)
    seen.formulas ||= FORMULA.test(all);
    headerFooter.see(all, text);
    let end = 0;
    for (const m of all.matchAll(MERGE_CELL)) {
      end = m.index + m[0].length;
      const from = decodeCellReference(m[1]!.toUpperCase());
      const to = decodeCellReference(m[2]!.toUpperCase());
      if (!from || !to || (from.column === to.column && from.row === to.row)) continue;
      found.push({ left: Math.min(from.column, to.column), right: Math.max(from.column, to.column), top: Math.min(from.row, to.row), bottom: Math.max(from.row, to.row) });
    }
    carry = final ? '' : all.slice(Math.max(end, all.length - MERGE_TAIL));
  };
  for await (const chunk of stream) take(decoder.write(chunk as Buffer), false);
  take(decoder.end(), true);
  seen.headerFooter = headerFooter.element;
  return found;
}
