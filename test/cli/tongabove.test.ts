// A by-enforcer sheet whose office block is headed, not closed, by its subtotal row: "Tổng Mỹ Lộc"
// (or "Tổng: Mỹ Lộc", "Mỹ Lộc - Cộng", "Mỹ Lộc Tổng") ABOVE Mỹ Lộc's enforcers' rows, as offices put
// "Tổng cộng" on top. The fault: the row under a block was read as its subtotal (tongoffice.test.ts),
// the row above it was added as a further office — the block doubled, exit 0 (2 offices' 420 cases
// with conditions read as 840). Right: a subtotal's word with the name of the office listed right below
// it is that office's subtotal, checked against the rows below as "Cộng Mỹ Lộc" there is, never
// added. Controls: "Tổng Ý Yên" over Vụ Bản's rows (no office below of that name) and "Cộng Mỹ Lộc"
// above keep today's reading; a "Tổng Mỹ Lộc" above whose figures are not its block's sum is refused.
import { describe, expect, test } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { casesByOffice } from '../helpers/json-totals.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-tongabove-');

const HEAD = [['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2024'], ['Đơn vị', 'Chấp hành viên', 'Tổng số phải thi hành', 'Có điều kiện', 'Thi hành xong', 'Đình chỉ', 'Chưa có điều kiện']];
const MY_LOC = [
  ['Mỹ Lộc', 'Nguyễn Văn An', '100', '80', '60', '2', '20'],
  ['Mỹ Lộc', 'Trần Thị Bình', '120', '100', '85', '3', '20'],
];
const VU_BAN = [
  ['Vụ Bản', 'Phạm Văn Dũng', '200', '150', '120', '10', '50'],
  ['Vụ Bản', 'Hoàng Thị Em', '110', '90', '80', '0', '20'],
];
// by hand: Mỹ Lộc 100+120 = 220 to execute, 80+100 = 180 with conditions, 60+85 = 145 completed,
// 2+3 = 5 terminated, 20+20 = 40 without; Vụ Bản 200+110 = 310, 150+90 = 240, 120+80 = 200, 10+0 = 10, 50+20 = 70
const MY_LOC_SUM = ['220', '180', '145', '5', '40'];
const VU_BAN_SUM = ['310', '240', '200', '10', '70'];

/** each block headed by its subtotal row `label(office)` */
function sheet(label: (office: string) => string, myLocSum = MY_LOC_SUM): string[][] {
  return [...HEAD, [label('Mỹ Lộc'), '', ...myLocSum], ...MY_LOC, [label('Vụ Bản'), '', ...VU_BAN_SUM], ...VU_BAN];
}
const csv = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(','));
const lines = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(';'));

function run(path: string) {
  const r = spawnThads(['summarize', path, '--format', 'json'], { cwd: dir });
  return { ...r, stderr: r.stderr.split(`${dir}/`).join('') };
}
// by hand: resolved = completed + terminated: Mỹ Lộc 145+5 = 150, Vụ Bản 200+10 = 210, total 360;
// total to execute 220+310 = 530, with conditions 180+240 = 420; rates 150/180 = 83.33 %,
// 210/240 = 87.50 %, 360/420 = 85.71 %
// ([with conditions, resolved, rate] per office: casesByOffice)
const RIGHT = { 'Mỹ Lộc': ['180', '150', '83.33'], 'Vụ Bản': ['240', '210', '87.50'], TOTAL: ['420', '360', '85.71'] };

const SPELLINGS: readonly (readonly [string, (o: string) => string])[] = [
  ['Tổng <office>', (o) => `Tổng ${o}`],
  ['Tổng: <office>', (o) => `Tổng: ${o}`],
  ['TỔNG <OFFICE>', (o) => `TỔNG ${o.toUpperCase()}`],
  ['<office> Tổng', (o) => `${o} Tổng`],
  ['<office> - Cộng', (o) => `${o} - Cộng`],
  ['Cộng <office> (as before)', (o) => `Cộng ${o}`],
];

describe("an office's subtotal row above its enforcers' rows", () => {
  test.each(SPELLINGS)('"%s" over each block: read as that office\'s subtotal, not added (420/360 with conditions/resolved, not 840/720)', (_, label) => {
    const r = run(file('chv-viec-2024.csv', csv(sheet(label))));
    expect(r.code, r.stderr).toBe(0);
    expect(casesByOffice(r.stdout)).toEqual(RIGHT);
  });

  test('a blank row between "Tổng Mỹ Lộc" and its rows: still its subtotal', () => {
    const rows = [...HEAD, ['Tổng Mỹ Lộc', '', ...MY_LOC_SUM], ['', '', '', '', '', '', ''], ...MY_LOC, ['Tổng Vụ Bản', '', ...VU_BAN_SUM], ...VU_BAN];
    const r = run(file('chv-viec-2024.csv', csv(rows)));
    expect(r.code, r.stderr).toBe(0);
    expect(casesByOffice(r.stdout)).toEqual(RIGHT);
  });

  test('.xlsx twin (values): "Tổng Mỹ Lộc" over its rows read as its subtotal, 420/360', async () => {
    const r = await summarizeLinesWorkbook(dir, 'chv-viec-2024.xlsx', lines(sheet((o) => `Tổng ${o}`)), ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(casesByOffice(r.stdout)).toEqual(RIGHT);
  });
});

describe('controls: near shapes keep their reading', () => {
  test('"Tổng Mỹ Lộc" above whose figures are not its block\'s sum (230 ≠ 100+120): refused DECLARED_TOTAL_MISMATCH, as "Cộng Mỹ Lộc" is', () => {
    const wrong = ['230', '180', '145', '5', '40'];
    for (const label of [(o: string) => `Tổng ${o}`, (o: string) => `Cộng ${o}`]) {
      const r = run(file('chv-viec-2024.csv', csv(sheet(label, wrong))));
      expect(r.code).toBe(1);
      expect(stderrCodes(r.stderr)).toContain('DECLARED_TOTAL_MISMATCH');
      expect(r.stderr).toMatch(/chv-viec-2024\.csv:3:3: error: declared subtotal "(Tổng|Cộng) Mỹ Lộc" has cases to execute 230, but the rows below it add up to 220/);
    }
  });

  test('"Tổng Ý Yên" over Vụ Bản\'s rows (no office below bears that name): added as an office, as today', () => {
    const rows = [...HEAD, ...MY_LOC, ['Tổng Ý Yên', '', ...MY_LOC_SUM], ...VU_BAN];
    const r = run(file('chv-viec-2024.csv', csv(rows)));
    expect(r.code, r.stderr).toBe(0);
    // by hand: Mỹ Lộc 180 + "Tổng Ý Yên" 180 + Vụ Bản 240 = 600 with conditions
    const f = casesByOffice(r.stdout);
    expect(Object.keys(f)).toEqual(['Mỹ Lộc', 'Tổng Ý Yên', 'Vụ Bản', 'TOTAL']);
    expect(f.TOTAL!.slice(0, 1)).toEqual(['600']);
  });

  test('the subtotal under its block (tongoffice.test.ts) still reads right beside one above', () => {
    const rows = [...HEAD, ['Tổng Mỹ Lộc', '', ...MY_LOC_SUM], ...MY_LOC, ...VU_BAN, ['Tổng Vụ Bản', '', ...VU_BAN_SUM]];
    const r = run(file('chv-viec-2024.csv', csv(rows)));
    expect(r.code, r.stderr).toBe(0);
    expect(casesByOffice(r.stdout)).toEqual(RIGHT);
  });
});
