// A Cục's table whose district level is summed by "Tổng cộng" + a count or "các": "Tổng cộng 3 Chi
// cục", "Tổng cộng các Chi cục", "Tổng cộng 3 đơn vị cấp huyện", "Tổng cộng 4 Phòng THADS khu vực"
// under the offices, "Tổng cộng" (the Cục + the level) below. The fault: the row was taken for the
// grand total and the file refused DECLARED_TOTAL_MISMATCH (600 against the 650 of every office
// row), exit 1, though it is right. Right: the level's subtotal, as "Tổng 3 Chi cục" is
// (tongcount.test.ts) — checked against the level's rows, never added. Controls: "Tổng cộng",
// "Tổng cộng toàn tỉnh", "Tổng cộng (toàn tỉnh)", "Tổng cộng 4 đơn vị" (units of every level: the
// whole) stay the total; a level's subtotal whose figures are not its rows' sum is refused; with
// no Cục row the level's subtotal is the whole, read once.
import { describe, expect, test } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, both } = bothReaders('thads-tongcongn-', ['--format', 'json']);

const HEAD = 'STT,Đơn vị,Số việc có điều kiện,Số việc đã giải quyết xong';
const CUC = '1,Cục THADS tỉnh Nam Định,50,40';
const CHI_CUC = ['2,Chi cục THADS huyện Mỹ Lộc,100,80', '3,Chi cục THADS huyện Vụ Bản,300,250', '4,Chi cục THADS huyện Ý Yên,200,150'];
// by hand: the Chi cục 100+300+200 = 600 with conditions, 80+250+150 = 480 resolved;
// with the Cục's 50/40: 650 with conditions, 520 resolved; 520/650 = 80.00 %; 480/600 = 80.00 %
const WHOLE = ['650', '520', '80.00'];
const LEVEL_ONLY = ['600', '480', '80.00'];

function table(level: string, levelSum = '600,480'): string[] {
  return [HEAD, CUC, ...CHI_CUC, `,${level},${levelSum}`, ',Tổng cộng,650,520'];
}
type Cases = { withConditions: string | null; resolved: string | null; rate: string | null };
function total(stdout: string): (string | null)[] {
  const j = JSON.parse(stdout) as { total: { cases: Cases } };
  return [j.total.cases.withConditions, j.total.cases.resolved, j.total.cases.rate];
}

describe('"Tổng cộng" + a count or "các" + the district level: that level\'s subtotal', () => {
  for (const level of ['Tổng cộng 3 Chi cục', 'Tổng cộng các Chi cục', 'TỔNG CỘNG 3 CHI CỤC', 'Tổng cộng 3 đơn vị cấp huyện', 'Tổng cộng 3 Chi cục THADS']) {
    test(`"${level}" under the Chi cục: checked, not the grand total (650/520, was DECLARED_TOTAL_MISMATCH)`, async () => {
      const r = await both('nd-2024-viec.csv', table(level));
      expect(r.code, r.stderr).toBe(0);
      expect(total(r.stdout)).toEqual(WHOLE);
      expect(stderrCodes(r.stderr)).not.toContain('DECLARED_TOTAL_MISMATCH');
    });
  }

  test('"Tổng cộng 4 Phòng THADS khu vực" in a 2026 table: the regions\' subtotal', async () => {
    // by hand: regions 100+200+150+50 = 500 with conditions, 70+150+100+40 = 360 resolved;
    // with the province office 300/240: 800 / 600, 600/800 = 75.00 %
    const rows = [
      HEAD,
      '1,Văn phòng THADS tỉnh Ninh Bình,300,240',
      '2,Phòng THADS khu vực 1,100,70',
      '3,Phòng THADS khu vực 2,200,150',
      '4,Phòng THADS khu vực 3,150,100',
      '5,Phòng THADS khu vực 4,50,40',
      ',Tổng cộng 4 Phòng THADS khu vực,500,360',
      ',Tổng cộng,800,600',
    ];
    const r = await both('thads-ninh-binh-viec-2026.csv', rows);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['800', '600', '75.00']);
  });

  test('the last row, no "Tổng cộng" below: the level checked, the whole summed (650/520)', async () => {
    const r = await both('nd-2024-viec.csv', [HEAD, CUC, ...CHI_CUC, ',Tổng cộng 3 Chi cục,600,480']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(WHOLE);
  });

  test('.xlsx twin: "Tổng cộng 3 Chi cục" read as the level\'s subtotal, 650/520', async () => {
    const r = await summarizeLinesWorkbook(dir, 'nd-2024-viec.xlsx', table('Tổng cộng 3 Chi cục').map((l) => l.split(',').join(';')), ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(WHOLE);
  });
});

describe('controls: near shapes keep their reading', () => {
  test('"Tổng cộng 3 Chi cục" whose figures are not its rows\' sum (610 ≠ 100+300+200): refused DECLARED_TOTAL_MISMATCH, located', async () => {
    const r = await both('nd-2024-viec.csv', table('Tổng cộng 3 Chi cục', '610,480'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toContain('DECLARED_TOTAL_MISMATCH');
    expect(r.stderr).toMatch(/FILE:6:3: error: declared subtotal "Tổng cộng 3 Chi cục" has cases with conditions 610, but the rows above it add up to 600/);
  });

  for (const whole of ['Tổng cộng', 'Tổng cộng toàn tỉnh', 'Tổng cộng (toàn tỉnh)', 'Tổng cộng 4 đơn vị']) {
    test(`"${whole}" below every office: the total, 650/520`, async () => {
      const r = await both('nd-2024-viec.csv', [HEAD, CUC, ...CHI_CUC, `,${whole},650,520`]);
      expect(r.code, r.stderr).toBe(0);
      expect(total(r.stdout)).toEqual(WHOLE);
    });
  }

  test('"Tổng cộng 4 đơn vị" holding the Chi cục only (600 ≠ 650): still the total, refused', async () => {
    const r = await both('nd-2024-viec.csv', [HEAD, CUC, ...CHI_CUC, ',Tổng cộng 4 đơn vị,600,480']);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('DECLARED_TOTAL_MISMATCH');
  });

  test('no Cục row: "Tổng cộng 3 Chi cục" is the whole, read once (600/480)', async () => {
    for (const rows of [[HEAD, ...CHI_CUC, ',Tổng cộng 3 Chi cục,600,480'], [HEAD, ',Tổng cộng 3 Chi cục,600,480', ...CHI_CUC], [HEAD, ...CHI_CUC, ',Tổng cộng 3 Chi cục,600,480', ',Tổng cộng,600,480']]) {
      const r = await both('nd-2024-viec.csv', rows);
      expect(r.code, r.stderr).toBe(0);
      expect(total(r.stdout)).toEqual(LEVEL_ONLY);
    }
  });
});
