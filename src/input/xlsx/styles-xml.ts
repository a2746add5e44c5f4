// The styles part (xl/styles.xml) → each cell style's number format code, exactly as the
// file stores it. exceljs' own styles reader is not used: it drops every backslash of a
// format code (`#,##0\ \V\N\D` came back as `#,##0 VND`, whose D reads as a day), and a
// backslash is what makes the next character a literal (number-format.ts).
import type { Readable } from 'node:stream';
import { parse, type SaxNode } from './sheet-xml.js';

/** East Asian and Thai date formats, whose codes depend on the locale Excel runs in. */
const LOCALE_DATE = 'yyyy-mm-dd';

/** Built-in formats (ECMA-376 Part 1, 18.8.30): a workbook names them by id, without a code. */
const BUILT_IN: ReadonlyMap<number, string> = new Map([
  [0, 'General'], [1, '0'], [2, '0.00'], [3, '#,##0'], [4, '#,##0.00'], [9, '0%'], [10, '0.00%'],
  [11, '0.00E+00'], [12, '# ?/?'], [13, '# ??/??'], [14, 'mm-dd-yy'], [15, 'd-mmm-yy'], [16, 'd-mmm'],
  [17, 'mmm-yy'], [18, 'h:mm AM/PM'], [19, 'h:mm:ss AM/PM'], [20, 'h:mm'], [21, 'h:mm:ss'], [22, 'm/d/yy h:mm'],
  [37, '#,##0 ;(#,##0)'], [38, '#,##0 ;[Red](#,##0)'], [39, '#,##0.00;(#,##0.00)'], [40, '#,##0.00;[Red](#,##0.00)'],
  [45, 'mm:ss'], [46, '[h]:mm:ss'], [47, 'mmss.0'], [48, '##0.0E+0'], [49, '@'],
  [59, '0'], [60, '0.00'], [61, '#,##0'], [62, '#,##0.00'], [67, '0%'], [68, '0.00%'], [69, '# ?/?'], [70, '# ??/??'],
  ...[27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81].map((id): [number, string] => [id, LOCALE_DATE]),
]);

/** Style index (a cell's s attribute) → its number format code; undefined: General. */
export type NumberFormats = (style: number) => string | undefined;

/**
 * The number format of each cell style (<cellXfs><xf numFmtId>): a custom code of <numFmts>,
 * else a built-in one. An id neither defines (a currency format of the writer's locale) is
 * General, as exceljs read it. Only the stylesheet's own <numFmts> and <cellXfs> count: a
 * <numFmt> of a conditional format (<dxfs><dxf>, often id 0 or an id a cell format also has)
 * applies only while its rule does (ECMA-376 18.8.30/31), and taken for the cell's own it
 * would scale money ("#,##0,") or show every General cell as a percentage.
 */
export async function readNumberFormats(stream: Readable): Promise<NumberFormats> {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  // the open elements, outermost first: a numFmt or xf counts only at its own place in the tree
  const path: string[] = [];
  const under = (...names: string[]) => path.length === names.length && names.every((n, i) => path[i] === n);
  const handlers = {
    open(node: SaxNode) {
      const a = node.attributes;
      if (node.name === 'numFmt' && under('styleSheet', 'numFmts') && a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
      else if (node.name === 'xf' && under('styleSheet', 'cellXfs')) ids.push(a.numFmtId === undefined ? 0 : Number(a.numFmtId));
      path.push(node.name);
    },
    text() {},
    close() {
      path.pop();
    },
  };
  for await (const _ of parse(stream, handlers, () => [])) void _;
  return (style) => {
    const id = ids[style];
    return id === undefined ? undefined : (custom.get(id) ?? BUILT_IN.get(id));
  };
}
