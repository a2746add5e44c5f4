// A workbook that calculates only when told to and was saved without recalculating
// (<calcPr calcMode="manual" calcOnSave="0"/>) says itself that its formulas' stored results may
// be older than its cells (traps43 1, t15m-stale-if-calcmanual: a template in manual mode whose data
// sheet was filled with 2024's figures, its report sheet storing 2023's). A formula thads can work
// out is compared with its stored result as ever; one it cannot (OFFSET here) was read as stored,
// 2023's 500 with exit 0. Now such a figure is FORMULA_STALE_RESULT naming the cell and why.
// Controls: manual mode alone (Excel recalculates before saving unless calcOnSave="0") and
// formulas it works out that agree are read as stored.
import { describe, expect, it } from 'vitest';
import { jsonTotals, refusalText } from '../helpers/json-totals.js';
import { escapeText as escape, writeRawWorkbook } from '../helpers/raw-workbook.js';

const text = (t: string) => `<c t="inlineStr"><is><t>${escape(t)}</t></is></c>`;
const num = (v: number) => `<c><v>${v}</v></c>`;
const formula = (f: string, stored: number) => `<c><f>${escape(f)}</f><v>${stored}</v></c>`;
const HEADER = ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];
const row = (cells: string[]) => `<row>${cells.join('')}</row>`;
/** the data sheet: this year's figures (B–E) of Mỹ Lộc (row 2) and Vụ Bản (row 3) */
const DATA = row(HEADER.map(text)) + row([text('Mỹ Lộc'), ...[586, 533, 9565824, 8009735].map(num)]) + row([text('Vụ Bản'), ...[655, 630, 16389337, 14490040].map(num)]);

/** Sheet S: Mỹ Lộc's cases with conditions (B2) `b2` storing `stored`, the rest typed as the data sheet has them. */
const book = (calcPr: string, b2: string, stored: number) =>
  writeRawWorkbook({
    sheets: [
      { name: 'S', data: row(HEADER.map(text)) + row([text('Mỹ Lộc'), formula(b2, stored), ...[533, 9565824, 8009735].map(num)]) + row([text('Vụ Bản'), ...[655, 630, 16389337, 14490040].map(num)]) },
      { name: 'Data', data: DATA, state: 'hidden' },
    ],
    sharedStrings: [],
    workbookTail: calcPr,
    name: 'bao-cao-2019.xlsx',
  });

const UNCALCULATED = '<calcPr calcId="191029" calcMode="manual" calcOnSave="0"/>';
// By hand: cases 586 + 655 = 1241, resolved 533 + 630 = 1163; money 9565824 + 16389337 = 25955161, 8009735 + 14490040 = 22499775
const RIGHT = { cases: ['1241', '1163'], money: ['25955161', '22499775'], districts: ['Mỹ Lộc', 'Vụ Bản'] };

describe('a workbook in manual calculation saved without recalculating (calcMode manual, calcOnSave 0)', () => {
  it('a figure from a formula thads cannot work out (OFFSET) storing last year’s 500: refused (was: 1155 cases, exit 0)', async () => {
    const file = await book(UNCALCULATED, 'OFFSET(Data!$A$1,1,1)', 500);
    expect((await refusalText(file)).split('\n').slice(0, 2)).toEqual([
      'FILE:S!B2: error: cases with conditions: the cell holds a formula (=OFFSET(Data!$A$1,1,1)) whose stored result may be stale: the workbook calculates only when told to and was saved without recalculating (calcMode manual, calcOnSave 0), and thads cannot work this formula out to check it [FORMULA_STALE_RESULT]',
      '  hint: open the workbook in Excel or LibreOffice, recalculate (F9) and save it, or export the values; thads never recalculates formulas',
    ]);
  });

  it('the same formula storing this year’s 586 is refused too: the file cannot say which it stores', async () => {
    const file = await book(UNCALCULATED, 'OFFSET(Data!$A$1,1,1)', 586);
    expect((await refusalText(file)).split('\n')[0]).toContain('S!B2: error: cases with conditions: the cell holds a formula (=OFFSET(Data!$A$1,1,1)) whose stored result may be stale');
  });

  it('a formula it works out (=Data!B2) whose stored 586 agrees: read, exit 0', async () => {
    expect(await jsonTotals(await book(UNCALCULATED, 'Data!B2', 586))).toEqual(RIGHT);
  });

  it('a formula it works out storing last year’s 500: refused as before, saying what it gives', async () => {
    const file = await book(UNCALCULATED, 'Data!B2', 500);
    expect((await refusalText(file)).split('\n')[0]).toBe(
      'FILE:S!B2: error: cases with conditions: the cell stores 500, but its formula =Data!B2 gives 586: the workbook was not recalculated after its data changed, so what Excel shows is not what it stores [FORMULA_STALE_RESULT]',
    );
  });

  it('an STT cell of such a formula (=MAX($A$1:A1)+1) is no figure: read, exit 0', async () => {
    const stt = (f: string, v: number) => `<c><f>${escape(f)}</f><v>${v}</v></c>`;
    const sheet = row(['STT', ...HEADER].map(text)) + row([stt('MAX($A$1:A1)+1', 1), text('Mỹ Lộc'), ...[586, 533, 9565824, 8009735].map(num)]) + row([stt('MAX($A$1:A2)+1', 2), text('Vụ Bản'), ...[655, 630, 16389337, 14490040].map(num)]);
    const file = await writeRawWorkbook({ sheets: [{ name: 'S', data: sheet }], sharedStrings: [], workbookTail: UNCALCULATED, name: 'bao-cao-2019.xlsx' });
    expect(await jsonTotals(file)).toEqual(RIGHT);
  });

  it.each([
    ['manual mode, recalculated before saving (calcOnSave default)', '<calcPr calcId="191029" calcMode="manual"/>'],
    ['manual mode, calcOnSave="1"', '<calcPr calcId="191029" calcMode="manual" calcOnSave="1"/>'],
    ['automatic mode, calcOnSave="0"', '<calcPr calcId="191029" calcOnSave="0"/>'],
  ])('%s: OFFSET storing 586 read as Excel saved it, exit 0', async (_, calcPr) => {
    expect(await jsonTotals(await book(calcPr, 'OFFSET(Data!$A$1,1,1)', 586))).toEqual(RIGHT);
  });
});
