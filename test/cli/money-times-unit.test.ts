// A money unit written as a multiplier after money's word, with no colon: "Số tiền x 1.000đ",
// "Số tiền × 1.000 đồng", "Ghi chú: cột tiền x 1.000 đồng", "(Số tiền x 1000 đồng)" in the title,
// "Amounts x 1,000 VND" (traps25 1: read as no unit, the money in đồng 1000× too small, exit 0).
// Hand sums, money with conditions in nghìn đồng: 9.565.824 + 16.389.337 + 9.770.952 =
// 35.726.113, so 35.726.113.000 đồng; resolved 8.009.735 + 14.490.040 + 8.385.244 = 30.885.019,
// so 30.885.019.000 đồng.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles, bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-times-unit-', ['--format', 'csv', '--year', '2019']);

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019,,,,';
const HEADER = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const MY_LOC = 'Chi cục THADS huyện Mỹ Lộc,586,533,9.565.824,8.009.735';
const VU_BAN = 'Chi cục THADS huyện Vụ Bản,655,630,16.389.337,14.490.040';
const Y_YEN = 'Chi cục THADS huyện Ý Yên,298,276,9.770.952,8.385.244';
const ROWS = [HEADER, MY_LOC, VU_BAN, Y_YEN];

function moneyTotal(stdout: string): string[] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const total = body.find((row) => row[head!.indexOf('district')] === 'TOTAL')!;
  return ['money_with_conditions', 'money_resolved'].map((k) => total[head!.indexOf(k)]!);
}

describe('a multiplier after money\'s word states the unit', () => {
  it.each([
    ['Số tiền x 1.000đ,,,,'],
    ['Số tiền × 1.000 đồng,,,,'],
    ['Ghi chú: cột tiền x 1.000 đồng,,,,'],
    ['(Số tiền x 1000 đồng),,,,'],
    ['Tiền x 1.000đ,,,,'],
    ['Số liệu tiền x 1.000 đồng,,,,'],
    ['Ghi chú: Tiền tính x1000 đồng,,,,'],
    ['Số tiền nhân 1.000 đồng,,,,'],
    ['Về tiền x 1.000đ,,,,'],
    [',,,Số tiền x 1.000đ,'],
    ['"Amounts x 1,000 VND",,,,'],
  ])('%s above the header: nghìn đồng (35.726.113.000 / 30.885.019.000)', async (line) => {
    const r = await both('bao-cao-2019.csv', [TITLE, line, ...ROWS]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(moneyTotal(r.stdout)).toEqual(['35726113000', '30885019000']);
  });

  it('in the title\'s brackets: nghìn đồng', async () => {
    const r = await both('bao-cao-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019 (Số tiền x 1.000 đồng),,,,', ...ROWS]);
    expect(r.code).toBe(0);
    expect(moneyTotal(r.stdout)).toEqual(['35726113000', '30885019000']);
  });

  it('in a notes cell of an office row: nghìn đồng', async () => {
    const r = await both('bao-cao-2019.csv', [TITLE, `${HEADER},Ghi chú`, `${MY_LOC},Số tiền x 1.000đ`, `${VU_BAN},`, `${Y_YEN},`]);
    expect(r.code).toBe(0);
    expect(moneyTotal(r.stdout)).toEqual(['35726113000', '30885019000']);
  });

  it('"Số tiền x 1.000.000 đồng" is triệu đồng (35.726.113.000.000)', async () => {
    const r = await both('bao-cao-2019.csv', [TITLE, 'Số tiền x 1.000.000 đồng,,,,', ...ROWS]);
    expect(r.code).toBe(0);
    expect(moneyTotal(r.stdout)).toEqual(['35726113000000', '30885019000000']);
  });

  it('a multiplier thads counts in no unit ("Số tiền x 100 đồng") is refused, never đồng', async () => {
    const r = await both('bao-cao-2019.csv', [TITLE, 'Số tiền x 100 đồng,,,,', ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2:1: error: the unit line "Số tiền x 100 đồng" names a money unit thads cannot read [UNIT_UNREADABLE]');
  });

  it('a note multiplying something else ("Tiền x 2 lần") states no unit: đồng as written', async () => {
    const r = await both('bao-cao-2019.csv', [TITLE, `${HEADER},Ghi chú`, `${MY_LOC},Tiền x 2 lần`, `${VU_BAN},`, `${Y_YEN},`]);
    expect(r.code).toBe(0);
    expect(moneyTotal(r.stdout)).toEqual(['35726113', '30885019']);
  });

  describe('across files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thads-times-unit-files-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    it('one file in "Số tiền x 1.000đ" beside two in "Đơn vị tính: nghìn đồng" sums in nghìn', async () => {
      const r = await bothOnFiles(
        dir,
        {
          'My Loc 2019.csv': [TITLE, 'Đơn vị tính: nghìn đồng,,,,', HEADER, MY_LOC],
          'Vu Ban 2019.csv': [TITLE, 'Số tiền x 1.000đ,,,,', HEADER, VU_BAN],
          'Y Yen 2019.csv': [TITLE, 'Đơn vị tính: nghìn đồng,,,,', HEADER, Y_YEN],
        },
        ['--format', 'csv', '--year', '2019'],
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(moneyTotal(r.stdout)).toEqual(['35726113000', '30885019000']);
    });
  });
});
