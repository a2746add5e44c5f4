// A Cục's report template filled by a program (exceljs: read the template, write this year's
// figures on the data sheet, save) keeps each formula's stored result as the template had it
// (work101a 01). Sheet `Biểu` pulls each office's figures from sheet `Số liệu` by SUMIF,
// VLOOKUP, INDEX(…, MATCH), ROUND or a bracketed reference; thads judged only one cell, SUM of
// one range and +/- chains, so every one of these read last year's 1100 / 900 cases and
// 24 000 000 000 / 20 000 000 000 đồng: exit 0, no warning. Right: these formulas are judged
// too (stale-formulas.ts), and a stored result their cells contradict is FORMULA_STALE_RESULT.
// Controls: the same workbooks as Excel saves them once recalculated read the right totals with
// exit 0; a wildcard SUMIF stays unjudged (its stored result read); a plain ='Số liệu'!C2 is
// refused as before.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { COLUMNS, RIGHT, STALE, filledTemplate, right, runTemplate as run, staleRefusal as refusal, template } from '../helpers/filled-template.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-stalefx-'));

const workbook = (name: string, formula: (column: string, row: number) => string, stored: (office: number, column: number) => number) => filledTemplate(dir, name, formula, stored);
/** Own-row figures typed by the program, `Giải quyết xong` = (thi hành xong + đình chỉ) storing `stored`. */
async function ownRowWorkbook(name: string, stored: readonly number[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const form = wb.addWorksheet('Biểu');
  form.addRow(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019']);
  form.addRow(['Đơn vị tính: Việc']);
  form.addRow(['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc thi hành xong', 'Việc đình chỉ', 'Việc giải quyết xong']);
  form.addRow([1, 'Mỹ Lộc', 586, 520, 13, { formula: '(D4+E4)', result: stored[0] }]);
  form.addRow([2, 'Vụ Bản', 655, 611, 19, { formula: '(D5+E5)', result: stored[1] }]);
  const file = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}


const SHAPES: [string, (c: string, r: number) => string][] = [
  ['SUMIF', (c, r) => `SUMIF('Số liệu'!$B$2:$B$3,$B${r},'Số liệu'!${c}$2:${c}$3)`],
  ['a reference in brackets', (c, r) => `('Số liệu'!${c}${r - 2})`],
  ['ROUND', (c, r) => `ROUND('Số liệu'!${c}${r - 2},0)`],
  ['VLOOKUP exact', (c, r) => `VLOOKUP($B${r},'Số liệu'!$B$2:$F$3,${COLUMNS.indexOf(c) + 2},0)`],
  ['INDEX', (c, r) => `INDEX('Số liệu'!${c}$2:${c}$3,${r - 3})`],
  ['INDEX/MATCH', (c, r) => `INDEX('Số liệu'!${c}$2:${c}$3,MATCH($B${r},'Số liệu'!$B$2:$B$3,0))`],
];

describe('a template filled by exceljs, its lookups storing last year’s results', () => {
  test.each(SHAPES)('%s: refused at the first stale figure, exit 1 (was: 1100 / 900 cases, exit 0)', async (name, formula) => {
    const r = run(await workbook(`stale-${name.replace(/\W+/g, '-')}-2019`, formula, template));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(refusal(`=${formula('C', 4)}`));
  });

  test('own-row =(D4+E4) storing 350 / 460: refused, exit 1 (was: resolved 810, met false, exit 0)', async () => {
    const r = run(await ownRowWorkbook('stale-own-row-2019', [350, 460]));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      'FILE:Biểu!F4: error: cases resolved: the cell stores 350, but its formula =(D4+E4) gives 533: the workbook was not recalculated after its data changed, so what Excel shows is not what it stores [FORMULA_STALE_RESULT]',
    );
  });
});

describe('controls: what must keep its reading', () => {
  test.each(SHAPES)('%s recalculated (stored results right): the right totals, exit 0', async (name, formula) => {
    const r = run(await workbook(`right-${name.replace(/\W+/g, '-')}-2019`, formula, right));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.figures).toEqual(RIGHT);
  });

  test('own-row =(D4+E4) recalculated (533 / 630): resolved 520 + 13 + 611 + 19 = 1163, exit 0', async () => {
    const r = run(await ownRowWorkbook('right-own-row-2019', [533, 630]));
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures?.slice(0, 2)).toEqual(['1241', '1163']);
  });

  test('a SUMIF with a wildcard criterion ("Mỹ*", "Vụ*") is not judged: its stored result read as before', async () => {
    const wildcard = (c: string, r: number) => `SUMIF('Số liệu'!$B$2:$B$3,"${r === 4 ? 'Mỹ*' : 'Vụ*'}",'Số liệu'!${c}$2:${c}$3)`;
    const r = run(await workbook('wildcard-2019', wildcard, template));
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures).toEqual(STALE);
  });

  test("a plain ='Số liệu'!C2 storing last year's: refused as before", async () => {
    const plain = (c: string, r: number) => `'Số liệu'!${c}${r - 2}`;
    const r = run(await workbook('plain-2019', plain, template));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(refusal("='Số liệu'!C2"));
  });
});
