// A conditional format's number format (<dxfs><dxf><numFmt>) is not a cell's own (round 37b,
// finding 04): the dxf's "#,##0,\"K\"" under the id of the cells' "#,##0" read money 1,000×
// too small with exit 0, and axlsx' dxf id 0 ("0.0%") refused every General cell as a
// percentage. The workbooks are written here byte for byte, as the reproducers were.
import { describe, expect, it } from 'vitest';
import { runThads } from '../helpers/cli.js';
import { writeRawWorkbook } from '../helpers/raw-workbook.js';

const text = (t: string) => `<c t="inlineStr"><is><t>${t}</t></is></c>`;
const num = (v: number, style = 0) => `<c${style ? ` s="${style}"` : ''}><v>${v}</v></c>`;
const row = (n: number, cells: string) => `<row r="${n}">${cells}</row>`;

/** A one-sheet workbook without shared strings; `styles` is the <styleSheet> content. */
const workbook = (data: string, styles: string) => writeRawWorkbook({ sheets: [{ name: 'S', data }], styles });

/** The total of summarize's JSON, each measure as [with conditions, resolved, rate]. */
async function totals(file: string): Promise<Record<string, [string, string, string]>> {
  const r = await runThads(['summarize', file, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  const total = JSON.parse(r.stdout).total;
  const out: Record<string, [string, string, string]> = {};
  for (const m of ['cases', 'money'] as const) if (total[m]) out[m] = [total[m].withConditions, total[m].resolved, total[m].rate];
  return out;
}

const XFS = '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>';
const MONEY = row(1, text('Đơn vị') + text('Tiền có điều kiện') + text('Tiền thi hành xong')) + row(2, text('Chi cục A') + num(1234567000, 1) + num(234567000, 1));

describe('conditional formats\' number formats (<dxfs>) are not the cells\' own', () => {
  it('a dxf "#,##0,\\"K\\"" under the id of the cells\' "#,##0" leaves the money as stored', async () => {
    const file = await workbook(MONEY, `<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0"/></numFmts>${XFS}<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="#,##0,&quot;K&quot;"/></dxf></dxfs>`);
    // 234567000 / 1234567000 = 0.19000…
    expect(await totals(file)).toEqual({ money: ['1234567000', '234567000', '19.00'] });
  });

  it('the same workbook without <dxfs> (the control) reads the same', async () => {
    const file = await workbook(MONEY, `<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0"/></numFmts>${XFS}`);
    expect(await totals(file)).toEqual({ money: ['1234567000', '234567000', '19.00'] });
  });

  it('a dxf numFmt with id 0 (as axlsx writes it) does not make General cells percentages', async () => {
    const data =
      row(1, ['Đơn vị', 'Việc có điều kiện', 'Việc thi hành xong', 'Tiền có điều kiện', 'Tiền thi hành xong'].map(text).join('')) +
      row(2, text('Chi cục A') + [800, 600, 1234567000, 234567000].map((v) => num(v)).join('')) +
      row(3, text('Chi cục B') + [400, 300, 2000000000, 1000000000].map((v) => num(v)).join(''));
    const file = await workbook(data, '<cellXfs count="1"><xf numFmtId="0"/></cellXfs><dxfs count="1"><dxf><numFmt numFmtId="0" formatCode="0.0%"/></dxf></dxfs>');
    // cases 800 + 400, 600 + 300: 900 / 1200 = 75 %; money 3234567000, 1234567000: 38.167… %
    expect(await totals(file)).toEqual({ cases: ['1200', '900', '75.00'], money: ['3234567000', '1234567000', '38.17'] });
  });
});
