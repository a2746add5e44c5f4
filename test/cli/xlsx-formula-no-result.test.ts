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
