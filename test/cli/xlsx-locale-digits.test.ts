// A number cell whose stored value a writer formatted in its own locale (hunt-xlsx, session 39):
// `<c r="E3"><v>1234,5</v></c>`, `<v>1,100</v>` — a home-made exporter writing the figure as
// Vietnamese or English users read it. That is no xsd:double, and Excel shows no such number. The
// fault: thads read such a cell as TEXT under the file's number convention — 1234,5 → 1234.5, or
// 1,100 → 1100 (a count), or beside a text cell that settles Vietnamese "1,500" → 1.5 — exit 0,
// with at most a NUMBER_CELL_CONVERTED warning blaming another cell. Right: refused at the cell,
// as "0x10" or "12abc" in a number cell is (BAD_NUMBER: "the cell is stored as a number, but what
// it stores (…) is none"). Controls keep today's reading: the same figures stored right
// (`<v>1234.5</v>`), the same digits in text cells (read by the number rules), and an untyped cell
// holding words (an office's name) read as its words. Every figure below is by hand.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { stderrCodes } from '../helpers/lines-workbook.js';
import { escapeText, writeRawWorkbook } from '../helpers/raw-workbook.js';

const HEADER = ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];
const COLS = 'ABCDE';
/** a text cell (inline) */
const text = (t: string) => ({ t });
/** a number cell as stored: `<v>` holds exactly this */
const num = (v: string) => ({ v });
type Cell = { t: string } | { v: string };

/** Row 1 the title, row 2 the header, offices from row 3; cells with their `r`. */
async function book(name: string, offices: readonly (readonly Cell[])[]): Promise<string> {
  const row = (n: number, cells: readonly Cell[]) =>
    `<row r="${n}">${cells.map((c, i) => ('t' in c ? `<c r="${COLS[i]}${n}" t="inlineStr"><is><t>${escapeText(c.t)}</t></is></c>` : `<c r="${COLS[i]}${n}"><v>${c.v}</v></c>`)).join('')}</row>`;
  const data = [row(1, [text('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019')]), row(2, HEADER.map(text)), ...offices.map((o, i) => row(3 + i, o))].join('');
  return writeRawWorkbook({ sheets: [{ name: 'Sheet1', data }], name });
}

function run(file: string) {
  const r = spawnThads(['summarize', file, '--format', 'csv', '--by', 'none']);
  return { ...r, stderr: r.stderr.split(`${file}`).join('FILE') };
}
/** the TOTAL row's cases with conditions, resolved; money with conditions, resolved */
function totals(stdout: string): string[] {
  const [head, total] = stdout.trim().split('\n').map((l) => l.split(','));
  return ['cases_with_conditions', 'cases_resolved', 'money_with_conditions', 'money_resolved'].map((k) => total![head!.indexOf(k)]!);
}

describe('a number cell stored in a locale\'s digits', () => {
  test('control: the same figures stored as numbers are read', () => {
    // fine: 100 + 200 = 300, 80 + 150 = 230; 1234.5 + 2000.75 = 3235.25; 500 + 1500 = 2000
    return book('dung-2019.xlsx', [
      [text('Mỹ Lộc'), num('100'), num('80'), num('1234.5'), num('500')],
      [text('Vụ Bản'), num('200'), num('150'), num('2000.75'), num('1500')],
    ]).then((file) => {
      const r = run(file);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(totals(r.stdout)).toEqual(['300', '230', '3235.25', '2000']);
    });
  });

  test('control: the same digits in text cells follow the number rules', async () => {
    // "1234,5" and "2000,75": a comma then 1 or 2 digits reads only as Vietnamese → 3235.25
    const r = run(await book('chu-2019.xlsx', [
      [text('Mỹ Lộc'), num('100'), num('80'), text('1234,5'), num('500')],
      [text('Vụ Bản'), num('200'), num('150'), text('2000,75'), num('1500')],
    ]));
    expect(r.code, r.stderr).toBe(0);
    expect(totals(r.stdout)).toEqual(['300', '230', '3235.25', '2000']);
  });

  test('control: an untyped cell holding an office\'s name is that name', async () => {
    const r = run(await book('ten-2019.xlsx', [
      [num('Mỹ Lộc'), num('100'), num('80'), num('1000'), num('500')],
      [text('Vụ Bản'), num('200'), num('150'), num('2000'), num('1500')],
    ]));
    expect(r.code, r.stderr).toBe(0);
    // 100 + 200, 80 + 150; 1000 + 2000, 500 + 1500
    expect(totals(r.stdout)).toEqual(['300', '230', '3000', '2000']);
  });

  test('<v>1234,5</v> is refused at D3 (was read as 1234.5, exit 0)', async () => {
    const r = run(await book('phay-2019.xlsx', [
      [text('Mỹ Lộc'), num('100'), num('80'), num('1234,5'), num('500')],
      [text('Vụ Bản'), num('200'), num('150'), num('2000,75'), num('1500')],
    ]));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['BAD_NUMBER']);
    expect(r.stderr.split('\n')[0]).toBe('FILE:Sheet1!D3: error: money with conditions: the cell is stored as a number, but what it stores ("1234,5") is none [BAD_NUMBER]');
  });

  test('<v>1,100</v> in a count is refused at B3 (was read as 1100, exit 0)', async () => {
    const r = run(await book('nhom-2019.xlsx', [
      [text('Mỹ Lộc'), num('1,100'), num('80'), num('1000'), num('500')],
      [text('Vụ Bản'), num('200'), num('150'), num('2000'), num('1500')],
    ]));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('FILE:Sheet1!B3: error: cases with conditions: the cell is stored as a number, but what it stores ("1,100") is none [BAD_NUMBER]');
  });

  test('<v>1,500</v> beside a text cell that settles Vietnamese is refused (was read as 1.5, exit 0)', async () => {
    // the text "12.500,5" settles vi, under which "1,500" would be 1.5
    const r = run(await book('lan-2019.xlsx', [
      [text('Mỹ Lộc'), num('100'), num('80'), text('12.500,5'), num('1,500')],
      [text('Vụ Bản'), num('200'), num('150'), num('2000'), num('1500')],
    ]));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('FILE:Sheet1!E3: error: money resolved: the cell is stored as a number, but what it stores ("1,500") is none [BAD_NUMBER]');
  });
});
