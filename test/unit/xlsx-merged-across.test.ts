// An office's name in a cell merged across STT and Đơn vị ("Văn phòng Cục" in A5, A5:B5 merged),
// as the provincial department's own rows are laid out: Excel shows it over the Đơn vị column,
// so it is the office's name there. It was refused (MISSING_DISTRICT) while the same merge
// holding "Tổng cộng" was read. A row number or a province's name merged across is no office's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-merged-across-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc thi hành xong', 'Việc đình chỉ', 'Tiền có điều kiện', 'Tiền thi hành xong', 'Tiền đình chỉ'];
const OFFICES: (string | number)[][] = [
  [1, 'Mỹ Lộc', 100, 70, 10, 5000, 3000, 500],
  [2, 'Vụ Bản', 200, 140, 10, 7000, 2500, 500],
];

async function summarize(name: string, rows: (string | number | null)[][], merges: readonly string[], args: readonly string[] = ['--format', 'json']) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r);
  for (const m of merges) ws.mergeCells(m);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  const { io, stdout, stderr } = memoryIo(['summarize', file, ...args], { env: {} });
  const code = await main(io);
  return { code, stdout: stdout(), stderr: stderr().split(file).join('FILE') };
}

type Group = { district: string; cases: Record<string, string>; money: Record<string, string> };

describe('a name merged across STT and Đơn vị', () => {
  it('is the office\'s name: "Văn phòng Cục" 50 / 45 is an office of the total', async () => {
    const r = await summarize('van-phong-2019.xlsx', [HEADER, ['Văn phòng Cục', null, 50, 40, 5, 1000, 800, 100], ...OFFICES], ['A2:B2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const body = JSON.parse(r.stdout);
    expect(body.groups.map((g: Group) => [g.district, g.cases.withConditions, g.cases.resolved, g.money.resolved])).toEqual([
      ['Văn phòng Cục', '50', '45', '900'],
      ['Mỹ Lộc', '100', '80', '3500'],
      ['Vụ Bản', '200', '150', '3000'],
    ]);
    // 50 + 100 + 200; 45 + 80 + 150; money 1000 + 5000 + 7000, 900 + 3500 + 3000
    expect(body.total.cases).toMatchObject({ withConditions: '350', completed: '250', terminated: '25', resolved: '275' });
    expect(body.total.money).toMatchObject({ withConditions: '13000', completed: '6300', terminated: '1100', resolved: '7400' });
  });

  it('"Tổng cộng" merged the same way is still the declared total', async () => {
    const r = await summarize('tong-cong-2019.xlsx', [HEADER, ...OFFICES, ['Tổng cộng', null, 300, 210, 20, 12000, 5500, 1000]], ['A4:B4']);
    expect(r.code, r.stderr).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.groups.map((g: Group) => g.district)).toEqual(['Mỹ Lộc', 'Vụ Bản']);
    expect(body.total.cases).toMatchObject({ withConditions: '300', resolved: '230' });
  });

  it('a row number merged across names no office: still refused', async () => {
    const r = await summarize('so-2019.xlsx', [HEADER, ...OFFICES, [3, null, 50, 40, 5, 1000, 800, 100]], ['A4:B4']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:Sheet1!B4: error: this row has figures but no office name [MISSING_DISTRICT]');
  });

  it('a province\'s name merged across Tỉnh and Đơn vị is not given to the office column: still refused', async () => {
    const r = await summarize(
      'tinh-2019.xlsx',
      [['STT', 'Tỉnh', ...HEADER.slice(1)], [null, 'Nam Định', null, 300, 210, 20, 12000, 5500, 1000], ...OFFICES.map(([n, ...rest]) => [n!, 'Nam Định', ...rest])],
      ['B2:C2'],
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:Sheet1!C2: error: this row has figures but no office name [MISSING_DISTRICT]');
  });

  it('a merge down the Đơn vị column still names each row it covers', async () => {
    const r = await summarize('down-2019.xlsx', [['Đơn vị', 'Chấp hành viên', ...HEADER.slice(2)], ['Mỹ Lộc', 'An', 60, 40, 5, 3000, 2000, 300], [null, 'Bình', 40, 30, 5, 2000, 1000, 200]], ['A2:A3'], ['--format', 'json', '--by', 'district']);
    expect(r.code, r.stderr).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.groups.map((g: Group) => [g.district, g.cases.withConditions, g.cases.resolved])).toEqual([['Mỹ Lộc', '100', '80']]);
  });
});
