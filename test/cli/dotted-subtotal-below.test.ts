// Dotted STT with a group's subtotal BELOW its parts (traps41 5): "2.1 | Mỹ Lộc", "2.2 | Vụ Bản",
// then "2 | Cộng Chi cục cấp huyện" — refused NOT_AN_OFFICE at "2.1" ("a sub-item of item 2,
// which the rows above do not number"), its hint asking for the "Cộng …" label the row has. The
// sub-items are the offices, item 2 their subtotal, checked and never added, as with item 2 above
// them. Hand sums:
//   Văn phòng Cục 100 / 90; Mỹ Lộc 400 / 300 (75.00 %); Vụ Bản 500 / 410 (82.00 %)
//   item 2: 400 + 500 = 900, 300 + 410 = 710 (its own figures: their subtotal)
//   total: 100 + 400 + 500 = 1000, 90 + 300 + 410 = 800, 80.00 %
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-dotted-below-', ['--format', 'csv']);

const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const PARTS = ['1,Văn phòng Cục,100,90', '2.1,Mỹ Lộc,400,300', '2.2,Vụ Bản,500,410'];

/** Each printed row's district → [with conditions, resolved, rate]. */
function rows(stdout: string): Record<string, string[]> {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const at = (k: string) => head!.indexOf(k);
  return Object.fromEntries(body.map((r) => [r[at('district')]!, ['cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => r[at(k)]!)]));
}

const RIGHT = {
  'Văn phòng Cục': ['100', '90', '90.00'],
  'Mỹ Lộc': ['400', '300', '75.00'],
  'Vụ Bản': ['500', '410', '82.00'],
  TOTAL: ['1000', '800', '80.00'],
};

describe("a group's subtotal numbered as its item below its dotted sub-items", () => {
  it.each([
    ['"Tổng cộng" last', [HEADER, ...PARTS, '2,Cộng Chi cục cấp huyện,900,710', ',Tổng cộng,1000,800']],
    ['no total', [HEADER, ...PARTS, '2,Cộng Chi cục cấp huyện,900,710']],
    ['"Các Chi cục", a blank row among the parts', [HEADER, '1,Văn phòng Cục,100,90', '2.1,Mỹ Lộc,400,300', '', '2.2,Vụ Bản,500,410', '2,Các Chi cục,900,710', ',Tổng cộng,1000,800']],
  ])('the sub-items are the offices, item 2 their checked subtotal (%s; was NOT_AN_OFFICE)', async (_, lines) => {
    const r = await both('bao-cao-2021.csv', lines);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
  });

  it('two groups, each closed by its item: 100 + 900 + 500 = 1500 / 90 + 710 + 300 = 1100, 73.33 %', async () => {
    const r = await both('bao-cao-2021.csv', [HEADER, ...PARTS, '2,Cộng Chi cục cấp huyện,900,710', '3.1,Nam Trực,300,200', '3.2,Ý Yên,200,100', '3,Cộng khu vực 2,500,300', ',Tổng cộng,1500,1100']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout).TOTAL).toEqual(['1500', '1100', '73.33']);
  });

  it('item 2 below them not their sum (950 for 400 + 500): refused at the first sub-item, naming it', async () => {
    const r = await both('bao-cao-2021.csv', [HEADER, ...PARTS, '2,Cộng Chi cục cấp huyện,950,710', ',Tổng cộng,1000,800']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:1: error: "Mỹ Lộc" is numbered "2.1", a sub-item of item 2, whose row "Cộng Chi cục cấp huyện" below it (line 5) is not the sum of its sub-items');
    expect(r.stderr).toContain('[NOT_AN_OFFICE]');
  });

  it.each([
    ["an office's name", '2,Chi cục THADS huyện Nam Trực,900,710'],
    ['another item', '3,Cộng Chi cục cấp huyện,900,710'],
    ['"Cấp tỉnh" (the Cục\'s own office under a province\'s title)', '2,Cấp tỉnh,900,710'],
  ])('control: closed by %s, the sub-items stay refused as before', async (_, closing) => {
    const r = await both('bao-cao-2021.csv', [HEADER, ...PARTS, closing]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:1: error: "Mỹ Lộc" is numbered "2.1", a sub-item of item 2, which the rows above do not number');
  });

  it('control: item 2 above its sub-items reads as before', async () => {
    const r = await both('bao-cao-2021.csv', [HEADER, '1,Văn phòng Cục,100,90', '2,Cộng Chi cục cấp huyện,900,710', '2.1,Mỹ Lộc,400,300', '2.2,Vụ Bản,500,410', ',Tổng cộng,1000,800']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(RIGHT);
  });
});
