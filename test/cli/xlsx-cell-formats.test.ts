// Three Excel cell formats read against SPEC §3 (a formula cell gives its cached value; an empty
// cell is 0; money cells scaled by their format read as shown only under the unit they show):
// 1. A formula whose cached result is "" (=IF(Z3="","",Z3)) shows an empty cell, and Excel's CSV of
//    the sheet an empty cell: read as one (0), where it was refused FORMULA_NO_RESULT. Still refused:
//    an "" standing for an error it caught (=IFERROR(VLOOKUP(…),"")), a formula with no cached value
//    (no <v>, also under t="str"), an error value (#DIV/0!), a workbook asking to be recalculated.
// 2. A count cell formatted #,##0, (shown in thousands): refused as BAD_NUMBER saying the format
//    scales the count — never "0.1 is not a whole number" (100 shown ÷1000), never read as the 12
//    that 12000 shows (exit 0, a total 1000 times too small).
// 3. Money formatted #,##0.0,, (millions) under "Đơn vị tính: nghìn đồng": read as shown it was 5
//    nghìn for 5000000 stored (exit 0); the cells would have to hold thousandths of a đồng for the
//    display to be in nghìn: refused UNIT_CONTRADICTION. Consistent pairs are read as before.
// Workbooks are written by exceljs, the XML edited with jszip where a writer stores it otherwise;
// every figure is worked out by hand in the comments.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-xlfmt-');
const HEADER = ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];
type Cell = ExcelJS.CellValue;

let count = 0;
/** A one-sheet workbook "S" of these rows; `edit` then sets cells (formulas, formats); `xml` rewrites the sheet's XML. */
async function book(rows: Cell[][], edit: (ws: ExcelJS.Worksheet) => void = () => {}, xml?: (sheet: string) => string, workbookXml?: (x: string) => string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  for (const r of rows) ws.addRow(r);
  edit(ws);
  const path = join(dir, `bao-cao-${++count}-2019.xlsx`);
  await wb.xlsx.writeFile(path);
  if (xml || workbookXml) {
    const zip = await JSZip.loadAsync(readFileSync(path));
    if (xml) zip.file('xl/worksheets/sheet1.xml', xml(await zip.file('xl/worksheets/sheet1.xml')!.async('string')));
    if (workbookXml) zip.file('xl/workbook.xml', workbookXml(await zip.file('xl/workbook.xml')!.async('string')));
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
  }
  return path;
}

function run(args: readonly string[]) {
  const r = spawnThads(args, { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
/** summarize --by district as JSON: [with conditions, resolved] per office and for the total, cases then money. */
function totals(path: string, extra: string[] = []) {
  const r = run(['summarize', path, '--format', 'json', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  const j = JSON.parse(r.stdout);
  const pair = (m: { withConditions: string; resolved: string } | null) => (m ? [m.withConditions, m.resolved] : null);
  return {
    offices: Object.fromEntries(j.groups.map((g: { district: string; cases: never; money: never }) => [g.district, [pair(g.cases), pair(g.money)]])),
    total: [pair(j.total.cases), pair(j.total.money)],
  };
}
/** A refused summarize: exit 1, nothing on stdout; its first line (file name as FILE). */
function refused(path: string, extra: string[] = []) {
  const r = run(['summarize', path, '--format', 'csv', ...extra]);
  expect(r.code, r.stdout).toBe(1);
  expect(r.stdout).toBe('');
  return { first: r.stderr.split(path.slice(dir.length + 1)).join('FILE').split('\n')[0]!, codes: stderrCodes(r.stderr), stderr: r.stderr };
}

const A = ['A', 100, 80, 5000, 1200];
const B = ['B', 200, null, 7000, 3000];
/** B's resolved cases C3 given as this formula with an "" result */
const blankC3 = (formula: string) => (ws: ExcelJS.Worksheet) => {
  ws.getCell('C3').value = { formula, result: '' } as ExcelJS.CellFormulaValue;
};

describe('1. a formula whose cached result is "" in a figure cell', () => {
  // A 100/80, B 200/"" → 0: cases 300 with conditions, 80 resolved; money 5000 + 7000 = 12000, 1200 + 3000 = 4200
  const READ = { offices: { A: [['100', '80'], ['5000', '1200']], B: [['200', '0'], ['7000', '3000']] }, total: [['300', '80'], ['12000', '4200']] };

  it('=IF(Z3="","",Z3) as exceljs and Excel store it (t="str", <v></v>): read as the empty cell it shows, 0', async () => {
    const path = await book([HEADER, A, B], blankC3('IF(Z3="","",Z3)'));
    const zip = await JSZip.loadAsync(readFileSync(path));
    // (the shape checked, so the test cannot pass on another)
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toContain('<c r="C3" t="str"><f>IF(Z3=&quot;&quot;,&quot;&quot;,Z3)</f><v></v></c>');
    expect(totals(path)).toEqual(READ);
  });

  it('the CSV Excel saves of the same sheet gives an empty cell: the same figures (the twin)', () => {
    const csv = file('bao-cao-csv-2019.csv', [HEADER.join(','), 'A,100,80,5000,1200', 'B,200,,7000,3000']);
    expect(totals(csv)).toEqual(READ);
  });

  it('<v/> (a self-closed value, as other writers store it): the same', async () => {
    const path = await book([HEADER, A, B], blankC3('IF(Z3="","",Z3)'), (x) => x.replace(/(<c r="C3" t="str"><f>[^<]*<\/f>)<v><\/v>/, '$1<v/>'));
    expect(totals(path)).toEqual(READ);
  });

  it('a formula filled down (shared: C3 holds only si="0"), its text worked out from C2\'s', async () => {
    const path = await book([HEADER, A, B], (ws) => {
      ws.getCell('C2').value = { formula: 'IF(Z2="","",Z2)', result: '', shareType: 'shared', ref: 'C2:C3' } as unknown as ExcelJS.CellValue;
      ws.getCell('C3').value = { sharedFormula: 'C2', result: '' } as ExcelJS.CellSharedFormulaValue;
    });
    // A and B resolved both 0: cases 300 / 0
    expect(totals(path).total).toEqual([['300', '0'], ['12000', '4200']]);
  });

  it('an unused template row, every cell such a formula, stays a blank row (control)', async () => {
    const path = await book([HEADER, A, ['B', 200, 150, 7000, 3000], [null, null, null, null, null]], (ws) => {
      for (const c of ['A', 'B', 'C', 'D', 'E']) ws.getCell(`${c}4`).value = { formula: `IF(Z4="","",Z4)`, result: '' } as ExcelJS.CellFormulaValue;
    });
    // 100 + 200 = 300, 80 + 150 = 230
    expect(totals(path).total).toEqual([['300', '230'], ['12000', '4200']]);
  });

  it('an "" standing for a caught error (=IFERROR(VLOOKUP(…),""), IFNA) is still refused: a lookup that failed is no 0', async () => {
    const iferror = refused(await book([HEADER, A, B], blankC3('IFERROR(VLOOKUP(A3,DL!A:C,3,0),"")')));
    expect(iferror.first).toBe('FILE:S!C3: error: cases resolved: the cell holds a formula whose stored result is empty or an error (=IFERROR(VLOOKUP(A3,DL!A:C,3,0),"")) [FORMULA_NO_RESULT]');
    expect(refused(await book([HEADER, A, B], blankC3('_xlfn.IFNA(VLOOKUP(A3,DL!A:C,3,0),"")'))).codes).toEqual(['FORMULA_NO_RESULT']);
    expect(refused(await book([HEADER, A, B], blankC3('IF(ISERROR(Z3/Y3),"",Z3/Y3)'))).codes).toEqual(['FORMULA_NO_RESULT']);
  });

  it('no cached value (no <v>, untyped or t="str") is still refused', async () => {
    const untyped = await book([HEADER, A, B], blankC3('IF(Z3="","",Z3)'), (x) => x.replace(/<c r="C3" t="str">(<f>[^<]*<\/f>)<v><\/v>/, '<c r="C3">$1'));
    expect(refused(untyped).first).toBe('FILE:S!C3: error: cases resolved: the cell holds a formula with no stored result (=IF(Z3="","",Z3)) [FORMULA_NO_RESULT]');
    const str = await book([HEADER, A, B], blankC3('IF(Z3="","",Z3)'), (x) => x.replace(/(<c r="C3" t="str"><f>[^<]*<\/f>)<v><\/v>/, '$1'));
    expect(refused(str).first).toBe('FILE:S!C3: error: cases resolved: the cell holds a formula with no stored result (=IF(Z3="","",Z3)) [FORMULA_NO_RESULT]');
  });

  it('an error value (#DIV/0!) is still refused', async () => {
    const path = await book([HEADER, A, B], (ws) => {
      ws.getCell('C3').value = { formula: 'Z3/Y3', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    });
    const r = refused(path);
    expect(r.codes[0]).toBe('BAD_NUMBER');
    expect(r.first).toMatch(/^FILE:S!C3: error: cases resolved: .*#DIV\/0!/);
  });

  it('in a workbook that asks to be recalculated on opening (fullCalcOnLoad) the "" may be stale: still refused', async () => {
    const path = await book([HEADER, A, B], blankC3('IF(Z3="","",Z3)'), undefined, (x) => x.replace(/<calcPr[^>]*\/>/, '<calcPr calcId="171027" fullCalcOnLoad="1"/>'));
    expect(refused(path).codes[0]).toBe('FORMULA_NO_RESULT');
  });
});

describe('2. a count column formatted #,##0, (shown in thousands)', () => {
  it('100 shown as 0.1: refused at the cell saying the format scales the count (not "0.1 is not a whole number")', async () => {
    const path = await book([HEADER, A, ['B', 200, 150, 7000, 3000]], (ws) => {
      ws.getCell('B2').numFmt = '#,##0,';
    });
    const r = refused(path);
    expect(r.first).toBe('FILE:S!B2: error: cases with conditions: the cell holds 100, but its number format "#,##0," shows the count scaled by 1000, in thousands (0.1): a count of cases is never shown in thousands, so the number shown is not the count [BAD_NUMBER]');
    expect(r.stderr).toContain('hint: format the count cells without scaling (Format Cells → Number, #,##0)');
    expect(r.stderr).not.toContain('whole number of cases');
  });

  it('12000 and 9000 shown as 12 and 9 were read as 12 and 9 cases (exit 0): refused at the first', async () => {
    const path = await book([HEADER, A, ['B', 12000, 9000, 7000, 3000]], (ws) => {
      ws.getCell('B3').numFmt = '#,##0,';
      ws.getCell('C3').numFmt = '#,##0,';
    });
    expect(refused(path).first).toBe('FILE:S!B3: error: cases with conditions: the cell holds 12000, but its number format "#,##0," shows the count scaled by 1000, in thousands (12): a count of cases is never shown in thousands, so the number shown is not the count [BAD_NUMBER]');
    // check names both cells
    const c = run(['check', path]);
    expect(c.code).toBe(1);
    expect(c.stdout).toMatch(/S!B3: error: .*holds 12000.*\[BAD_NUMBER\]/);
    expect(c.stdout).toMatch(/S!C3: error: cases resolved: the cell holds 9000, .*\(9\).*\[BAD_NUMBER\]/);
  });

  it('controls: #,##0 (grouping only) and a 0 under #,##0, are read as stored', async () => {
    const path = await book([HEADER, A, ['B', 12000, 0, 7000, 3000]], (ws) => {
      ws.getCell('B3').numFmt = '#,##0';
      ws.getCell('C3').numFmt = '#,##0,';
    });
    // 100 + 12000 = 12100 with conditions, 80 + 0 = 80 resolved
    expect(totals(path).total).toEqual([['12100', '80'], ['12000', '4200']]);
  });
});

describe('3. money formatted to show millions or thousands, against the unit stated', () => {
  const UNIT = (unit: string) => [`Đơn vị tính: ${unit}`];
  /** money of A (5000000, 1200000) and B (7000000, 3000000) in this format */
  const money = (unit: string | null, format: string) =>
    book([...(unit ? [UNIT(unit)] : []), HEADER, ['A', 100, 80, 5000000, 1200000], ['B', 200, 150, 7000000, 3000000]], (ws) => {
      const first = unit ? 3 : 2;
      for (const r of [first, first + 1]) for (const c of ['D', 'E']) ws.getCell(`${c}${r}`).numFmt = format;
    });

  it('#,##0.0,, (millions) under "nghìn đồng": refused (read as shown it was 5 nghìn for 5000000, exit 0)', async () => {
    const r = refused(await money('nghìn đồng', '#,##0.0,,'));
    expect(r.first).toBe(
      'FILE:S!D3: error: money with conditions: the cell\'s number format "#,##0.0,," shows it in millions (÷1000000), but the unit stated is nghìn đồng (the unit line above the header): for what is shown to be in nghìn đồng, the cells would hold fractions of a đồng, so the format or the unit is wrong, and read either way the amounts would be off by a factor of 1000 or more [UNIT_CONTRADICTION]',
    );
    expect(r.stderr).toContain('state the unit the format shows ("Đơn vị tính: triệu đồng")');
  });

  it('--money-unit thousand over cells shown in millions: refused likewise', async () => {
    expect(refused(await money(null, '#,##0.0,,'), ['--money-unit', 'thousand']).codes).toEqual(['UNIT_CONTRADICTION']);
  });

  it('a format writing "nghìn đồng" beside millions (#,##0.0,, "nghìn đồng"): refused', async () => {
    expect(refused(await money(null, '#,##0.0,, "nghìn đồng"')).codes).toEqual(['UNIT_CONTRADICTION']);
  });

  it('controls: #,##0.0,, under "triệu đồng" and #,##0, under "nghìn đồng" are the stored đồng', async () => {
    // 5 + 7 = 12 triệu = 12000000 đồng; 1.2 + 3 = 4.2 triệu = 4200000 đồng
    expect((await totals(await money('triệu đồng', '#,##0.0,,'))).total).toEqual([['300', '230'], ['12000000', '4200000']]);
    // 5000 + 7000 = 12000 nghìn = 12000000 đồng; 1200 + 3000 = 4200 nghìn = 4200000 đồng
    expect((await totals(await money('nghìn đồng', '#,##0,'))).total).toEqual([['300', '230'], ['12000000', '4200000']]);
  });

  it('control: #,##0, under "triệu đồng" (cells in nghìn, shown in triệu) is read as shown', async () => {
    // shown 5000 + 7000 = 12000 triệu = 12000000000 đồng; 1200 + 3000 = 4200 triệu = 4200000000 đồng
    expect((await totals(await money('triệu đồng', '#,##0,'))).total).toEqual([['300', '230'], ['12000000000', '4200000000']]);
  });

  it('control: #,##0,, under "tỷ đồng" (cells in nghìn, shown in tỷ) is read as shown', async () => {
    // 5000000 shows 5 tỷ, 7000000 7 tỷ: 12 tỷ = 12000000000 đồng; 1200000 shows 1 (rounded; read exactly: 1.2), 3000000 3: 4.2 tỷ = 4200000000 đồng
    expect((await totals(await money('tỷ đồng', '#,##0,,'))).total).toEqual([['300', '230'], ['12000000000', '4200000000']]);
  });
});
