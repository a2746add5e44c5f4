// A formula cell that stores no result where a value is read — a figure or an office's name —
// is FORMULA_NO_RESULT at the cell (SPEC "Excel workbooks": "none cached: an error naming the
// cell"), never a 0 nor the formula's text taken for a name. Workbooks written here by hand, as
// the writers that leave such cells store them.
import { describe, expect, it } from 'vitest';
import { jsonTotals, refusalText } from '../helpers/json-totals.js';
import { escapeText as escape, writeRawWorkbook } from '../helpers/raw-workbook.js';

/** The first line of stderr a refused run prints. */
const refusal = async (file: string): Promise<string> => (await refusalText(file)).split('\n')[0]!;

const text = (t: string) => `<c t="inlineStr"><is><t>${escape(t)}</t></is></c>`;
const num = (v: string | number) => `<c><v>${v}</v></c>`;
const HEADER = ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];
const header = `<row>${HEADER.map(text).join('')}</row>`;
const office = (name: string, ...figures: number[]) => `<row>${[text(name), ...figures.map(num)].join('')}</row>`;
/** A sheet "S" with these rows after the header, and a sheet "Data" of office names in A2:A3. */
const workbook = (rows: string) =>
  writeRawWorkbook({
    sheets: [
      { name: 'S', data: header + rows },
      { name: 'Data', data: `<row>${text('Tên')}</row><row>${text('Mỹ Lộc')}</row><row>${text('Vụ Bản')}</row>` },
    ],
    sharedStrings: [],
    name: 'bao-cao-2019.xlsx',
  });

describe('an arithmetic formula storing empty text (t="str", <v></v>): no result, never 0', () => {
  /** B3's resolved cases, a formula storing "" */
  const emptyText = (formula: string) => `<c t="str"><f>${escape(formula)}</f><v></v></c>`;

  it.each(['C3-15', 'B3*0.85', '(B3-15)', '-B3'])('=%s in an office row is refused at the cell (was: read as 0, exit 0)', async (formula) => {
    const file = await workbook(`${office('A', 100, 80, 5000, 1200)}<row>${text('B')}${num(200)}${emptyText(formula)}${num(7000)}${num(3000)}</row>`);
    expect(await refusal(file)).toBe(`FILE:S!C3: error: cases resolved: the cell holds a formula whose stored result is empty or an error (=${formula}) [FORMULA_NO_RESULT]`);
  });

  it('=IF(…,"",…), which can give "", is still the empty cell it shows: 0', async () => {
    const file = await workbook(`${office('A', 100, 80, 5000, 1200)}<row>${text('B')}${num(200)}${emptyText('IF(Z9="","",Z9-15)')}${num(7000)}${num(3000)}</row>`);
    // cases 100 + 200 = 300, resolved 80 + 0 = 80; money 5000 + 7000 = 12000, 1200 + 3000 = 4200
    expect(await jsonTotals(file)).toEqual({ cases: ['300', '80'], money: ['12000', '4200'], districts: ['A', 'B'] });
  });
});

describe("a formula in an office, province or STT cell with no stored result: no result, never the formula's text as a name", () => {
  /** Rows A (the formula cell `name`) and B, of figures 100/80/5000/1200 and 200/150/7000/3000. */
  const withName = (name: string) => workbook(`<row>${name}${num(100)}${num(80)}${num(5000)}${num(1200)}</row>${office('Vụ Bản', 200, 150, 7000, 3000)}`);

  it.each([
    ['<v/> (openpyxl)', '<c><f>Data!A2</f><v/></c>', 'whose stored result is empty or an error'],
    ['no <v> at all', '<c><f>Data!A2</f></c>', 'with no stored result'],
    ['t="inlineStr" and no <is>', '<c t="inlineStr"><f>Data!A2</f></c>', 'with no stored result'],
  ])('%s: refused at the office cell (was: an office named "=Data!A2", exit 0)', async (_, cell, what) => {
    expect(await refusal(await withName(cell))).toBe(`FILE:S!A2: error: office: the cell holds a formula ${what} (=Data!A2) [FORMULA_NO_RESULT]`);
  });

  it('a formula whose result is stored is read by it: "Mỹ Lộc"', async () => {
    const file = await withName('<c t="str"><f>Data!A2</f><v>Mỹ Lộc</v></c>');
    // 100 + 200, 80 + 150; 5000 + 7000, 1200 + 3000
    expect(await jsonTotals(file)).toEqual({ cases: ['300', '230'], money: ['12000', '4200'], districts: ['Mỹ Lộc', 'Vụ Bản'] });
  });

  it('in a workbook that asks to be recalculated (fullCalcOnLoad), a formula office name is refused as maybe stale', async () => {
    const file = await writeRawWorkbook({
      sheets: [{ name: 'S', data: `${header}<row><c t="str"><f>Data!A2</f><v>Mỹ Lộc</v></c>${num(100)}${num(80)}${num(5000)}${num(1200)}</row>` }, { name: 'Data', data: `<row>${text('Tên')}</row><row>${text('Mỹ Lộc')}</row>` }],
      sharedStrings: [],
      workbookTail: '<calcPr fullCalcOnLoad="1"/>',
      name: 'bao-cao-2019.xlsx',
    });
    expect(await refusal(file)).toBe('FILE:S!A2: error: office: the cell holds a formula (=Data!A2) whose stored result may be stale: the workbook asks to be recalculated when opened (fullCalcOnLoad), so what Excel shows is not what it stores [FORMULA_STALE_RESULT]');
  });

  it('the province and STT cells likewise', async () => {
    const head = `<row>${['STT', 'Tỉnh', ...HEADER].map(text).join('')}</row>`;
    const figures = [100, 80, 5000, 1200].map(num).join('');
    const book = (stt: string, province: string) => writeRawWorkbook({ sheets: [{ name: 'S', data: `${head}<row>${stt}${province}${text('Mỹ Lộc')}${figures}</row>` }], sharedStrings: [], name: 'bao-cao-2019.xlsx' });
    expect(await refusal(await book(num(1), '<c><f>Data!B1</f><v/></c>'))).toBe('FILE:S!B2: error: province: the cell holds a formula whose stored result is empty or an error (=Data!B1) [FORMULA_NO_RESULT]');
    expect(await refusal(await book('<c><f>ROW()-1</f></c>', text('Nam Định')))).toBe('FILE:S!A2: error: STT: the cell holds a formula with no stored result (=ROW()-1) [FORMULA_NO_RESULT]');
  });
});
