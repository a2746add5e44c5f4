// The money unit in a title was read more loosely than the same words on a unit line (units.ts
// unitsInWords/findStatedUnit): "BÁO CÁO … NĂM 2025 (nghìn đồng; USD)" was read as nghìn đồng
// (5000 → 5.000.000 đồng, exit 0) and "… (việc, Tr, nghìn đồng)" as nghìn đồng too ("Tr" is
// triệu), while a unit line "nghìn đồng; USD" or "Đơn vị tính: (việc, Tr, nghìn đồng)" is refused
// UNIT_UNREADABLE. Right: one rule — a unit named beside another money unit or a foreign currency
// is unreadable wherever it stands. Controls: titles that state one unit keep their reading.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, file } = fileTree('thads-titleunit-');

const HEAD = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const ROWS = ['Phòng THADS khu vực 1 - Nam Định,100,80,5000,2000', 'Phòng THADS khu vực 2 - Nam Định,50,30,3000,1000'];
const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025';
const csv = (name: string, above: readonly string[]) => file(name, [...above, HEAD, ...ROWS]);

/** The same table as a workbook, the title in one cell of its own. */
async function workbook(name: string, title: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow([title]);
  ws.addRow(HEAD.split(','));
  for (const r of ROWS) ws.addRow(r.split(',').map((c, i) => (i === 0 ? c : Number(c))));
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

function run(path: string) {
  const r = spawnThads(['summarize', path, '--format', 'json'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}

/** [money with conditions, money resolved] of the total, in đồng. */
function moneyTotal(stdout: string): [string, string] {
  const j = JSON.parse(stdout) as { total: { money: { withConditions: string; resolved: string } } };
  return [j.total.money.withConditions, j.total.money.resolved];
}

describe('a title naming two money units or a foreign currency beside đồng is refused, as a unit line is', () => {
  test('title "(nghìn đồng; USD)": UNIT_UNREADABLE at the title, no total (was 8.000.000 đồng, exit 0)', () => {
    const r = run(csv('usd-2025.csv', [`${TITLE} (nghìn đồng; USD)`]));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^usd-2025\.csv:1:1: error: .*\[UNIT_UNREADABLE\]$/m);
  });

  test('the same words on a line of their own are refused alike', () => {
    const r = run(csv('usd-line-2025.csv', [TITLE, 'nghìn đồng; USD']));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^usd-line-2025\.csv:2:1: error: the unit line "nghìn đồng; USD" .*\[UNIT_UNREADABLE\]$/m);
  });

  test('title "(nghìn đồng, đô la)" quoted in one cell: refused', () => {
    const r = run(csv('dola-2025.csv', [`"${TITLE} (nghìn đồng, đô la)"`]));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^dola-2025\.csv:1:1: error: .*\[UNIT_UNREADABLE\]$/m);
  });

  test('title "(việc, Tr, nghìn đồng)" unquoted, cut into cells by its commas: refused (was nghìn đồng)', () => {
    const r = run(csv('tr-2025.csv', [`${TITLE} (việc, Tr, nghìn đồng)`]));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^tr-2025\.csv:1:\d+: error: .*\[UNIT_UNREADABLE\]$/m);
  });

  test('title "(việc, Tr, nghìn đồng)" quoted in one cell: refused (was read as đồng)', () => {
    const r = run(csv('tr-quoted-2025.csv', [`"${TITLE} (việc, Tr, nghìn đồng)"`]));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^tr-quoted-2025\.csv:1:1: error: .*\[UNIT_UNREADABLE\]$/m);
  });

  test('workbook twins: the title cell "(nghìn đồng; USD)" and "(việc, Tr, nghìn đồng)" are refused', async () => {
    for (const [name, unit] of [
      ['usd-2025.xlsx', '(nghìn đồng; USD)'],
      ['tr-2025.xlsx', '(việc, Tr, nghìn đồng)'],
    ] as const) {
      const r = run(await workbook(name, `${TITLE} ${unit}`));
      expect(r.code, `${name}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toMatch(/error: .*\[UNIT_UNREADABLE\]$/m);
    }
  });
});

describe('a list of units in a title bracket is read through, as on a unit line', () => {
  test('title "(Việc, nghìn đồng)" in one cell: nghìn đồng, a list of units read through (was đồng, 1.000× too small)', () => {
    const r = run(csv('viec-2025.csv', [`"${TITLE} (Việc, nghìn đồng)"`]));
    expect(r.code, r.stderr).toBe(0);
    expect(moneyTotal(r.stdout)).toEqual(['8000000', '3000000']);
  });
});

describe('controls: a title stating one money unit keeps its reading', () => {
  // by hand: 5000 + 3000 = 8000 and 2000 + 1000 = 3000 in the title's unit
  test.each([
    ['dv-2025.csv', `"${TITLE} (Đơn vị: nghìn đồng)"`, ['8000000', '3000000']],
    ['dvt-2025.csv', `"${TITLE} (ĐVT: Việc, 1.000 đồng)"`, ['8000000', '3000000']],
    ['dvt-line-2025.csv', `"${TITLE} Đơn vị tính: Việc; nghìn đồng"`, ['8000000', '3000000']],
    ['trd-2025.csv', `${TITLE} (tr.đ)`, ['8000000000', '3000000000']],
    ['trdong-2025.csv', `${TITLE} (Tr.đồng)`, ['8000000000', '3000000000']],
    ['none-2025.csv', TITLE, ['8000', '3000']],
  ] as const)('%s: %s', (name, title, total) => {
    const r = run(csv(name, [title]));
    expect(r.code, r.stderr).toBe(0);
    expect(moneyTotal(r.stdout)).toEqual(total);
  });

  test('title "(Nghìn đồng; VNĐ)": the currency glossed beside its scale, nghìn đồng', () => {
    const r = run(csv('vnd-2025.csv', [`${TITLE} (Nghìn đồng; VNĐ)`]));
    expect(r.code, r.stderr).toBe(0);
    expect(moneyTotal(r.stdout)).toEqual(['8000000', '3000000']);
  });

  test('workbook: the title cell "(Đơn vị: nghìn đồng)" is nghìn đồng', async () => {
    const r = run(await workbook('dv-2025.xlsx', `${TITLE} (Đơn vị: nghìn đồng)`));
    expect(r.code, r.stderr).toBe(0);
    expect(moneyTotal(r.stdout)).toEqual(['8000000', '3000000']);
  });
});
