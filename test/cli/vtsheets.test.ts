// A workbook holding the usual pair of forms on two tabs — "Việc" (cases, "… TÍNH BẰNG VIỆC") and
// "Tiền" (money in nghìn đồng, "… TÍNH BẰNG TIỀN"), the same offices on both — was refused without
// --sheet: `has 2 sheets with a table ("Việc", "Tiền"): which one is to be read? [USAGE]`, exit 2;
// and --sheet applies to every input, so no run could read both measures (rounds work104a 02,
// work104b 03). Right: when a workbook's sheets with a table are exactly two, each a one-measure
// table of a different measure (as the reader decides a one-measure file's: sheet name, title,
// headers), they are read as two one-measure files joined per (province, office, year), as two
// one-measure CSV files are (SPEC §1); locations keep naming the sheet. Controls (still USAGE,
// exit 2): two sheets of the same measure ("2018" | "2019"; "Việc" | "Việc (2)"), three sheets
// with tables, a sheet of both measures beside a money sheet; --sheet still reads one sheet only.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, type SheetCell, writeSheetsWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-vtsheets-');

type Cell = SheetCell;
const workbook = (name: string, sheets: Record<string, readonly (readonly Cell[])[]>) => writeSheetsWorkbook(dir, name, sheets);

function run(paths: readonly string[], extra: readonly string[] = []) {
  const r = spawnThads(['summarize', ...paths, '--format', 'json', ...extra], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
type Totals = { withConditions: string | null; resolved: string | null; rate: string | null } | null;
/** per office and the total: [cases with conditions, resolved, rate, money with conditions, resolved, rate] */
function figures(stdout: string) {
  const j = JSON.parse(stdout) as { groups: { district: string; cases: Totals; money: Totals }[]; total: { cases: Totals; money: Totals } };
  const of = (c: Totals, m: Totals) => [c?.withConditions ?? null, c?.resolved ?? null, c?.rate ?? null, m?.withConditions ?? null, m?.resolved ?? null, m?.rate ?? null];
  return { ...Object.fromEntries(j.groups.map((g) => [g.district, of(g.cases, g.money)])), TOTAL: of(j.total.cases, j.total.money) };
}

const ML = 'Chi cục THADS huyện Mỹ Lộc';
const VB = 'Chi cục THADS huyện Vụ Bản';
const HEADER = ['STT', 'Đơn vị', 'Có điều kiện', 'Giải quyết xong'];
const VIEC: Cell[][] = [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019'], HEADER, [1, ML, 1500, 1200], [2, VB, 900, 800], [null, 'Tổng cộng', 2400, 2000]];
const TIEN: Cell[][] = [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2019'], ['Đơn vị tính: nghìn đồng'], HEADER, [1, ML, 12500.5, 3000.25], [2, VB, 10000, 2500], [null, 'Tổng cộng', 22500.5, 5500.25]];
/**
 * By hand: Mỹ Lộc 1200/1500 = 80.00 %, money 12 500,5 / 3 000,25 nghìn = 12 500 500 / 3 000 250 đ,
 * 3 000 250 / 12 500 500 = 24.0010 → 24.00 %; Vụ Bản 800/900 = 88.89 %, 2 500 000 / 10 000 000 = 25.00 %;
 * total 2000/2400 = 83.33 %, money 22 500 500 / 5 500 250 đ, 5 500 250 / 22 500 500 = 24.445… → 24.45 %.
 */
const PAIR_FIGURES = {
  [ML]: ['1500', '1200', '80.00', '12500500', '3000250', '24.00'],
  [VB]: ['900', '800', '88.89', '10000000', '2500000', '25.00'],
  TOTAL: ['2400', '2000', '83.33', '22500500', '5500250', '24.45'],
};
const csv = (rows: readonly (readonly Cell[])[]) => rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(';'));

describe('the pair of forms on two tabs of one workbook', () => {
  test('"Việc" | "Tiền": both measures read and joined per office, as by hand', async () => {
    const r = run([await workbook('Nam Dinh.xlsx', { Việc: VIEC, Tiền: TIEN })]);
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual(PAIR_FIGURES);
    expect(stderrCodes(r.stderr)).not.toContain('USAGE');
  });

  test('the CSV twin (two one-measure files) gives the same figures', () => {
    const r = run([file('viec.csv', csv(VIEC)), file('tien.csv', csv(TIEN))]);
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual(PAIR_FIGURES);
  });

  test('"Biểu 07 (việc)" | "Biểu 08 (tiền)" with the Cục line, period and unit lines (work104a 02)', async () => {
    const head = (measure: string, unit: string) => [['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH'], [`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG ${measure} NĂM 2019`], ['(Từ ngày 01/10/2018 đến ngày 30/9/2019)'], [`Đơn vị tính: ${unit}`]];
    const path = await workbook('BC Nam Dinh 2019.xlsx', {
      'Biểu 07 (việc)': [...head('VIỆC', 'việc'), ['STT', 'Đơn vị', 'Có điều kiện', 'Thi hành xong', 'Đình chỉ', 'Đang thi hành'], [1, 'Văn phòng Cục', 353, 250, 10, 93], [2, ML, 422, 330, 12, 80], [3, VB, 480, 371, 9, 100], [null, 'Tổng cộng', 1255, 951, 31, 273]],
      'Biểu 08 (tiền)': [...head('TIỀN', 'nghìn đồng'), ['STT', 'Đơn vị', 'Có điều kiện', 'Thi hành xong', 'Đình chỉ', 'Giảm thi hành án', 'Đang thi hành'], [1, 'Văn phòng Cục', 120500.5, 40000, 1000, 500, 79000.5], [2, ML, 80000, 30000.25, 0, 0, 49999.75], [3, VB, 65432.1, 20000, 432.1, 0, 45000], [null, 'Tổng cộng', 265932.6, 90000.25, 1432.1, 500, 174000.25]],
    });
    const r = run([path]);
    expect(r.code, r.stderr).toBe(0);
    // By hand: cases 353+422+480 = 1255, resolved (250+10)+(330+12)+(371+9) = 982, 982/1255 = 78.25 %;
    // money 120 500,5+80 000+65 432,1 = 265 932,6 nghìn = 265 932 600 đ; resolved 90 000,25+1 432,1+500
    // = 91 932,35 nghìn = 91 932 350 đ; 91 932 350 / 265 932 600 = 34.570… → 34.57 %.
    expect(figures(r.stdout).TOTAL).toEqual(['1255', '982', '78.25', '265932600', '91932350', '34.57']);
  });

  test('a wrong total on the money tab is refused at its sheet and cell (exit 1)', async () => {
    const wrong = TIEN.map((row) => (row[1] === 'Tổng cộng' ? [null, 'Tổng cộng', 22600.5, 5500.25] : row));
    const r = run([await workbook('Sai.xlsx', { Việc: VIEC, Tiền: wrong })]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Sai\.xlsx:Tiền!C6: error: .*22600500.*\[DECLARED_TOTAL_MISMATCH\]$/m);
  });

  test('two such workbooks (two provinces) are read together', async () => {
    const other = (rows: Cell[][]) => rows.map((row) => row.map((c) => (c === ML ? 'Chi cục THADS huyện Gia Lâm' : c === VB ? 'Chi cục THADS huyện Đông Anh' : c)));
    const a = await workbook('Nam Dinh A.xlsx', { Việc: VIEC, Tiền: TIEN });
    const b = await workbook('Ha Noi B.xlsx', { Việc: other(VIEC), Tiền: other(TIEN) });
    const r = run([a, b]);
    expect(r.code, r.stderr).toBe(0);
    // By hand: twice the one workbook's totals: 4800/4000 = 83.33 %, 45 001 000 / 11 000 500 đ = 24.45 %
    expect(figures(r.stdout).TOTAL).toEqual(['4800', '4000', '83.33', '45001000', '11000500', '24.45']);
  });
});

describe('controls: other workbooks of two or more tables keep today’s reading', () => {
  const refused = (r: ReturnType<typeof run>, sheets: string) => {
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`has ${sheets}: which one is to be read? [USAGE]`);
    expect(stderrCodes(r.stderr)).toEqual(['USAGE']);
  };

  test('"2018" | "2019", both cases: which one is asked', async () => {
    refused(run([await workbook('Nam Dinh cases.xlsx', { '2018': VIEC, '2019': VIEC.map((r) => r.map((c) => (c === 1500 ? 1600 : c === 2400 ? 2500 : c))) })]), '2 sheets with a table ("2018", "2019")');
  });

  test('"Việc" | "Việc (2)": the same measure twice is asked', async () => {
    refused(run([await workbook('Viec hai.xlsx', { Việc: VIEC, 'Việc (2)': VIEC })]), '2 sheets with a table ("Việc", "Việc (2)")');
  });

  test('three sheets with tables ("Việc" | "Tiền" | "Tổng hợp") are asked', async () => {
    refused(run([await workbook('Ba.xlsx', { Việc: VIEC, Tiền: TIEN, 'Tổng hợp': VIEC })]), '3 sheets with a table ("Việc", "Tiền", "Tổng hợp")');
  });

  test('a sheet of both measures beside a money sheet is asked', async () => {
    const both: Cell[][] = [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'], ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'], [1, ML, 1500, 1200, 12500500, 3000250], [2, VB, 900, 800, 10000000, 2500000]];
    refused(run([await workbook('Hai thu.xlsx', { 'Tổng hợp': both, Tiền: TIEN })]), '2 sheets with a table ("Tổng hợp", "Tiền")');
  });

  test('--sheet still reads the one sheet it names', async () => {
    const r = run([await workbook('Chon.xlsx', { Việc: VIEC, Tiền: TIEN })], ['--sheet', 'Tiền']);
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout).TOTAL).toEqual([null, null, null, '22500500', '5500250', '24.45']);
  });
});
