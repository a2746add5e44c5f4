// What the workbook part (xl/workbook.xml) says about all its sheets, beyond the sheet list
// exceljs reads: whether its stored formula results may be stale.
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

/** <calcPr fullCalcOnLoad="1"/>, with or without a namespace prefix; the value may be "true". */
const RECALC_ON_LOAD = /<(?:[\w.-]+:)?calcPr\b[^>]*?\bfullCalcOnLoad\s*=\s*["']\s*(?:1|true)\s*["']/;

/**
 * Whether the workbook asks to be recalculated when opened: a program that filled in a
 * template without calculating (Apache POI's setForceFormulaRecalculation, openpyxl) says so,
 * and the results its formulas store — last year's, a template's — are not what Excel shows.
 */
export async function readRecalcOnLoad(stream: Readable): Promise<boolean> {
  const decoder = new StringDecoder('utf8');
  let text = '';
  for await (const chunk of stream) text += decoder.write(chunk as Buffer);
  return RECALC_ON_LOAD.test(text + decoder.end());
}
