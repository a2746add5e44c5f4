// A combined việc + tiền form (work91a 05): header groups "Về việc" and "Về tiền (nghìn đồng)"
// over "Có điều kiện | Thi hành xong" each, a unit line "Đơn vị tính: việc" above (column 3, 5 or
// 7). Each block states its own unit: cases in việc, money in nghìn đồng. thads refused it
// MEASURE_CONFLICT ("the unit line counts cases, but … gives money in nghìn đồng"), its hint
// (--measure) dropping half the file. The rule (stated-measure.ts checkStatedMeasures): a unit
// line of cases only is the unit of the cases columns its header or group cells name; it
// contradicts only a file that holds no cases columns (money alone).
// Totals are worked out by hand below; each file runs through the real binary, and through both
// readers in process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { bothReaders } from '../helpers/both-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-unitviec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PROVINCE = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,';
const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024,,,,,,';
const LABELS = ',,Có điều kiện,Thi hành xong,Có điều kiện,Thi hành xong,';
const ROWS = ['1,Mỹ Lộc,570,450,"3.000.000,5","1.000.000",', '2,Vụ Bản,650,501,"4.000.000","2.000.000",'];
const DECLARED = ',Tổng cộng,"1.220",951,"7.000.000,5","3.000.000",';

/** "Đơn vị tính: việc" in column `col` (1-based) of a 7-cell line. */
function unitLine(col: number, text = 'Đơn vị tính: việc'): string {
  return Array.from({ length: 7 }, (_, i) => (i === col - 1 ? text : '')).join(',');
}
function groups(money = 'Về tiền (nghìn đồng)', cases = 'Về việc'): string {
  return `STT,Đơn vị,${cases},,${money},,`;
}

// By hand: cases with conditions 570 + 650 = 1.220, completed 450 + 501 = 951, 951 / 1.220 =
// 77,95 %; money with conditions 3.000.000,5 + 4.000.000 = 7.000.000,5 nghìn = 7.000.000.500 đ,
// completed 1.000.000 + 2.000.000 = 3.000.000 nghìn = 3.000.000.000 đ, 3 / 7,0000005 = 42,86 %.
const RIGHT = { cases: ['1220', '951', '77.95'], money: ['7000000500', '3000000000', '42.86'] };
// In triệu đồng: 7.000.000,5 triệu = 7.000.000.500.000 đ; 3.000.000 triệu = 3.000.000.000.000 đ.
const RIGHT_MILLION = { cases: ['1220', '951', '77.95'], money: ['7000000500000', '3000000000000', '42.86'] };

function write(name: string, lines: readonly string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

interface Totals {
  readonly cases: string[];
  readonly money: string[];
}

/** The real binary: exit code, the TOTAL's with conditions / completed / rate of each measure (null when refused), stderr. */
function run(file: string, ...args: string[]): { code: number; total: Totals | null; stderr: string } {
  const r = spawnThads(['summarize', file, '--format', 'json', ...args]);
  if (r.code !== 0) {
    expect(r.stdout).toBe('');
    return { code: r.code, total: null, stderr: r.stderr };
  }
  const t = JSON.parse(r.stdout).total;
  const of = (m: { withConditions: unknown; completed: unknown; rate: unknown } | null) => (m ? [String(m.withConditions), String(m.completed), String(m.rate)] : []);
  return { code: r.code, total: { cases: of(t.cases), money: of(t.money) }, stderr: r.stderr };
}

const { both } = bothReaders('thads-unitviec-both-', ['--format', 'csv']);

/** Both readers agree; the TOTAL's figures as in `run`, or the exit code when refused. */
async function bothTotals(name: string, lines: readonly string[]): Promise<Totals | number> {
  const r = await both(name, lines);
  if (r.code !== 0) return r.code;
  const [head, ...rows] = r.stdout.trim().split('\n');
  const cols = head!.split(',');
  const total = rows.map((l) => l.split(',')).find((c) => c[cols.indexOf('district')] === 'TOTAL')!;
  const get = (m: string) => ['with_conditions', 'completed', 'rate'].map((f) => total[cols.indexOf(`${m}_${f}`)]!);
  return { cases: get('cases'), money: get('money') };
}

describe('"Đơn vị tính: việc" over "Về việc | Về tiền (nghìn đồng)": each block its own unit', () => {
  it.each([3, 5, 7])('unit line in column %i: cases 1.220 / 951, money 7.000.000.500 / 3.000.000.000 đ (real binary, both readers)', async (col) => {
    const lines = [PROVINCE, TITLE, unitLine(col), groups(), LABELS, ...ROWS, DECLARED];
    const r = run(write('Nam Dinh 2024.csv', lines));
    expect(r.stderr).toBe('');
    expect(r).toMatchObject({ code: 0, total: RIGHT });
    expect(await bothTotals('Nam Dinh 2024.csv', lines)).toEqual(RIGHT);
  });

  it('the trap file as found (unit line in column 3, a declared total row)', () => {
    const lines = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024,,,,,,', ',,Đơn vị tính: việc,,,,', groups(), LABELS, ...ROWS, DECLARED];
    expect(run(write('Nam Dinh 2024.csv', lines))).toMatchObject({ code: 0, total: RIGHT, stderr: '' });
  });

  it('"ĐVT: Việc" over "Về tiền (triệu đồng)": money in triệu đồng', async () => {
    const lines = [PROVINCE, TITLE, unitLine(3, 'ĐVT: Việc'), groups('Về tiền (triệu đồng)'), LABELS, ...ROWS];
    expect(run(write('Nam Dinh 2024.csv', lines))).toMatchObject({ code: 0, total: RIGHT_MILLION });
    expect(await bothTotals('Nam Dinh 2024.csv', lines)).toEqual(RIGHT_MILLION);
  });

  it('the xlsx twin', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH']);
    ws.addRow(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024']);
    ws.addRow([null, null, null, null, 'Đơn vị tính: việc']);
    ws.addRow(['STT', 'Đơn vị', 'Về việc', null, 'Về tiền (nghìn đồng)', null]);
    ws.addRow([null, null, 'Có điều kiện', 'Thi hành xong', 'Có điều kiện', 'Thi hành xong']);
    ws.addRow([1, 'Mỹ Lộc', 570, 450, 3000000.5, 1000000]);
    ws.addRow([2, 'Vụ Bản', 650, 501, 4000000, 2000000]);
    ws.mergeCells('C4:D4');
    ws.mergeCells('E4:F4');
    const file = join(dir, 'Nam Dinh 2024.xlsx');
    await wb.xlsx.writeFile(file);
    expect(run(file)).toMatchObject({ code: 0, total: RIGHT, stderr: '' });
  });
});

describe('over-reach controls: present readings kept', () => {
  it('"ĐVT: Việc" over groups "Việc | Tiền (triệu đồng)" (read before): money in triệu đồng', async () => {
    const lines = [PROVINCE, TITLE, unitLine(3, 'ĐVT: Việc'), groups('Tiền (triệu đồng)', 'Việc'), LABELS, ...ROWS];
    expect(run(write('Nam Dinh 2024.csv', lines))).toMatchObject({ code: 0, total: RIGHT_MILLION });
    expect(await bothTotals('Nam Dinh 2024.csv', lines)).toEqual(RIGHT_MILLION);
  });

  it('"Đơn vị tính: việc" over "Về tiền (nghìn đồng)" alone (money only): still MEASURE_CONFLICT', async () => {
    const lines = [PROVINCE, TITLE, ',,Đơn vị tính: việc,,', 'STT,Đơn vị,Về tiền (nghìn đồng),', ',,Có điều kiện,Thi hành xong', '1,Mỹ Lộc,"3.000.000,5","1.000.000"', '2,Vụ Bản,"4.000.000","2.000.000"'];
    const r = run(write('Nam Dinh 2024.csv', lines));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('counts cases ("Đơn vị tính: việc")');
    expect(r.stderr).toContain('[MEASURE_CONFLICT]');
    expect(await bothTotals('Nam Dinh 2024.csv', lines)).toBe(1);
  });

  it('"Đơn vị tính: Việc" over a title "VỀ TIỀN" and plain headers (money alone): still MEASURE_CONFLICT', async () => {
    const lines = [PROVINCE, 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ TIỀN NĂM 2024', 'Đơn vị tính: Việc', 'STT,Đơn vị,Có điều kiện,Thi hành xong', '1,Mỹ Lộc,"3.000.000,5","1.000.000"', '2,Vụ Bản,"4.000.000","2.000.000"'];
    const r = run(write('Nam Dinh 2024.csv', lines));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[MEASURE_CONFLICT]');
    expect(await bothTotals('Nam Dinh 2024.csv', lines)).toBe(1);
  });

  it('"Đơn vị tính: Việc" alone over money headers with decimals: still UNIT_UNREADABLE', async () => {
    const lines = ['Đơn vị tính: Việc', 'STT,Đơn vị,Tiền có điều kiện,Tiền thi hành xong', '1,Mỹ Lộc,"3.000.000,5","1.000.000"', '2,Vụ Bản,"4.000.000","2.000.000"'];
    const r = run(write('Nam Dinh 2024.csv', lines));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[UNIT_UNREADABLE]');
    expect(await bothTotals('Nam Dinh 2024.csv', lines)).toBe(1);
  });

  it('"Đơn vị tính: việc" over "Về việc | Về tiền" (no money unit) with decimals: still UNIT_UNREADABLE', async () => {
    const lines = [PROVINCE, TITLE, unitLine(3), groups('Về tiền'), LABELS, ...ROWS];
    const r = run(write('Nam Dinh 2024.csv', lines));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[UNIT_UNREADABLE]');
    expect(await bothTotals('Nam Dinh 2024.csv', lines)).toBe(1);
  });

  it('"Đơn vị tính: việc" over a cases-only file: read as cases (1.220 / 951)', async () => {
    const lines = [PROVINCE, TITLE, 'Đơn vị tính: việc', 'STT,Đơn vị,Có điều kiện,Thi hành xong', '1,Mỹ Lộc,570,450', '2,Vụ Bản,650,501'];
    const r = run(write('Nam Dinh 2024.csv', lines));
    expect(r).toMatchObject({ code: 0, total: { cases: ['1220', '951', '77.95'], money: [] } });
    expect(await bothTotals('Nam Dinh 2024.csv', lines)).toMatchObject({ cases: ['1220', '951', '77.95'] });
  });

  it('"Đơn vị tính: đồng" beside headers "(nghìn đồng)": still UNIT_CONTRADICTION', async () => {
    const lines = [PROVINCE, TITLE, 'Đơn vị tính: đồng', 'STT,Đơn vị,Tiền có điều kiện (nghìn đồng),Tiền thi hành xong (nghìn đồng)', '1,Mỹ Lộc,"3.000.000","1.000.000"', '2,Vụ Bản,"4.000.000","2.000.000"'];
    const r = run(write('Nam Dinh 2024.csv', lines));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[UNIT_CONTRADICTION]');
    expect(await bothTotals('Nam Dinh 2024.csv', lines)).toBe(1);
  });
});
