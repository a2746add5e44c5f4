// What the workbook part (xl/workbook.xml) says about all its sheets, beyond the sheet list
// exceljs reads: whether its stored formula results may be stale.
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

/** <calcPr fullCalcOnLoad="1"/>, with or without a namespace prefix; the value may be "true". */
const RECALC_ON_LOAD = /<(?:[\w.-]+:)?calcPr\b[^>]*?\bfullCalcOnLoad\s*=\s*["']\s*(?:1|true)\s*["']/;
/** <calcPr calcMode="manual" …/> */
const MANUAL = /<(?:[\w.-]+:)?calcPr\b[^>]*?\bcalcMode\s*=\s*["']\s*manual\s*["']/;
/** <calcPr calcOnSave="0" …/> (its default is 1: recalculate before saving) */
const NOT_ON_SAVE = /<(?:[\w.-]+:)?calcPr\b[^>]*?\bcalcOnSave\s*=\s*["']\s*(?:0|false)\s*["']/;

/** What the workbook says about its formulas' stored results. */
export interface CalcFacts {
  /**
   * It asks to be recalculated when opened: a program that filled in a template without
   * calculating (Apache POI's setForceFormulaRecalculation, openpyxl) says so, and the results
   * its formulas store — last year's, a template's — are not what Excel shows.
   */
  readonly recalcOnLoad: boolean;
  /**
   * It calculates by hand only and is not recalculated before saving (calcMode="manual",
   * calcOnSave="0"): its stored results may be older than its cells (traps43 1,
   * t15m-stale-if-calcmanual). Manual alone is not: Excel recalculates before saving unless told
   * not to, so a workbook it saved in manual mode stores fresh results.
   */
  readonly savedUncalculated: boolean;
}

export async function readCalcFacts(stream: Readable): Promise<CalcFacts> {
  const decoder = new StringDecoder('utf8');
  let text = '';
  for await (const chunk of stream) text += decoder.write(chunk as Buffer);
  text += decoder.end();
  return { recalcOnLoad: RECALC_ON_LOAD.test(text), savedUncalculated: MANUAL.test(text) && NOT_ON_SAVE.test(text) };
}
