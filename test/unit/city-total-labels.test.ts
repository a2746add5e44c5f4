// A centrally-run city's total row written "Toàn TP" + the city (tester's finding 57c/02): "TOÀN
// TP. HỒ CHÍ MINH", "Toàn TP Hà Nội", "Toàn TP.HCM" were read as an office — a total off its rows
// became one more office (exit 0, a city of twice its cases), one that agreed was refused
// SUSPECTED_TOTAL_ROW — while "Toàn thành phố Hồ Chí Minh" and "Toàn tỉnh Gia Lai" were totals.
// Offices named "TP. Thủ Đức", "TP Huế" stay offices.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { runThads } from '../helpers/cli.js';
import { escapeText, writeRawWorkbook } from '../helpers/raw-workbook.js';

const { both } = bothReaders('thads-city-total-', ['--format', 'json']);
const HEADER = 'Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện (nghìn đồng);Tiền giải quyết xong (nghìn đồng)';
const OFFICES: Record<string, readonly string[]> = {
  'ha-noi': ['Quận Ba Đình;1200;800;3000000;1000000', 'Quận Hoàn Kiếm;900;600;2500000;900000', 'Huyện Gia Lâm;1400;1000;4000000;1500000'],
  'ho-chi-minh': ['Quận 1;1200;800;3000000;1000000', 'Quận 3;900;600;2500000;900000', 'Huyện Củ Chi;1400;1000;4000000;1500000'],
  'hai-phong': ['Quận Hồng Bàng;1200;800;3000000;1000000', 'Quận Lê Chân;900;600;2500000;900000', 'Huyện Thủy Nguyên;1400;1000;4000000;1500000'],
};
// Every city's offices carry the same figures, by hand:
// có ĐK 1200 + 900 + 1400 = 3500; xong 800 + 600 + 1000 = 2400; 2400 / 3500 = 68,571… → 68.57 %
// tiền có ĐK 3.000.000 + 2.500.000 + 4.000.000 = 9.500.000 nghìn = 9 500 000 000 đồng;
// xong 1.000.000 + 900.000 + 1.500.000 = 3.400.000 nghìn = 3 400 000 000 đồng; 3,4 / 9,5 = 35,789… → 35.79 %
const TOTAL = ';3500;2400;9500000;3400000';
const EXPECTED = { cases: ['3500', '2400', '68.57'], money: ['9500000000', '3400000000', '35.79'] };

interface Measure { withConditions: string; resolved: string; rate: string }
const figures = (stdout: string) => {
  const body = JSON.parse(stdout);
  const of = (m: Measure) => [m.withConditions, m.resolved, m.rate];
  return {
    total: { cases: of(body.total.cases), money: of(body.total.money) },
    offices: (body.groups as { district: string }[]).map((g) => g.district),
  };
};

/** [label, the city's file] — every way "Toàn" + "TP" + the city is written. */
const CITY_TOTALS: readonly (readonly [string, string])[] = [
  ['TOÀN TP. HỒ CHÍ MINH', 'ho-chi-minh'],
  ['Toàn TP. Hồ Chí Minh', 'ho-chi-minh'],
  ['Toàn TP.HCM', 'ho-chi-minh'],
  ['Toàn TPHCM', 'ho-chi-minh'],
  ['Toan TP Ho Chi Minh', 'ho-chi-minh'],
  ['Toàn TP Hà Nội', 'ha-noi'],
  ['Toàn TP. Hà Nội', 'ha-noi'],
  ['Toàn tp. Hà Nội', 'ha-noi'],
  ['TOÀN TP HÀ NỘI', 'ha-noi'],
  ['Toàn T.P Hà Nội', 'ha-noi'],
  ['Toàn T.P. Hải Phòng', 'hai-phong'],
  ['Toàn Tp. Hải Phòng', 'hai-phong'],
];

describe('"Toàn TP" + the city: the declared total, CSV (both readers)', () => {
  it.each(CITY_TOTALS)('"%s" on top of the offices: checked, not added — %s', async (label, city) => {
    const r = await both(`${city}-2019.csv`, [HEADER, `${label}${TOTAL}`, ...OFFICES[city]!]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const f = figures(r.stdout);
    expect(f.total).toEqual(EXPECTED);
    expect(f.offices).toHaveLength(3);
    expect(f.offices).not.toContain(label);
  });

  it.each(CITY_TOTALS)('"%s" under the offices: checked, not added — %s', async (label, city) => {
    const r = await both(`${city}-2019.csv`, [HEADER, ...OFFICES[city]!, `${label}${TOTAL}`]);
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout).total).toEqual(EXPECTED);
  });

  // The finding's silent case: 3600 có ĐK declared against the offices' 3500 was summed to 7100.
  it.each([['TOÀN TP. HỒ CHÍ MINH', 'ho-chi-minh'], ['Toàn TP Hà Nội', 'ha-noi'], ['Toàn TP.HCM', 'ho-chi-minh']])('"%s" off its rows: refused DECLARED_TOTAL_MISMATCH, exit 1', async (label, city) => {
    const r = await both(`${city}-2019.csv`, [HEADER, `${label};3600;2400;9500000;3400000`, ...OFFICES[city]!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`FILE:2:2: error: declared total "${label}" has cases with conditions 3600, but the office rows add up to 3500 [DECLARED_TOTAL_MISMATCH]`);
  });
});

describe('over-reach: what was read before reads the same', () => {
  it('"Toàn TP" alone and "Toàn thành phố Hồ Chí Minh" stay totals', async () => {
    for (const label of ['Toàn TP', 'Toàn thành phố Hồ Chí Minh']) {
      const r = await both('ho-chi-minh-2019.csv', [HEADER, `${label}${TOTAL}`, ...OFFICES['ho-chi-minh']!]);
      expect(r.code, r.stderr).toBe(0);
      expect(figures(r.stdout).total).toEqual(EXPECTED);
    }
  });

  // TP. Thủ Đức (an office of HCM since 2021) 1200 + Quận 1 900 + Củ Chi 1400 = 3500, the rest as above
  it('"TP. Thủ Đức" and "Thành phố Thủ Đức": an office of Hồ Chí Minh, summed with the others', async () => {
    for (const name of ['TP. Thủ Đức', 'Thành phố Thủ Đức']) {
      const rows = [`${name};1200;800;3000000;1000000`, 'Quận 1;900;600;2500000;900000', 'Huyện Củ Chi;1400;1000;4000000;1500000'];
      const r = await both('ho-chi-minh-2022.csv', [HEADER, ...rows, `Tổng cộng${TOTAL}`]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      const f = figures(r.stdout);
      expect(f.total).toEqual(EXPECTED);
      expect(f.offices).toContain(name);
      expect(f.offices).toHaveLength(3);
    }
  });

  // Without a total row: TP Huế 1200 + Hương Thủy 900 + Phú Vang 1400 = 3500, as above
  it('"TP Huế": an office of Thừa Thiên Huế in 2019, summed', async () => {
    const rows = ['TP Huế;1200;800;3000000;1000000', 'Thị xã Hương Thủy;900;600;2500000;900000', 'Huyện Phú Vang;1400;1000;4000000;1500000'];
    const r = await both('thua-thien-hue-2019.csv', [HEADER, ...rows]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const f = figures(r.stdout);
    expect(f.total).toEqual(EXPECTED);
    expect(f.offices).toEqual(expect.arrayContaining(['TP Huế', 'Thị xã Hương Thủy', 'Huyện Phú Vang']));
  });
});

// ——— a workbook: the same table as number cells ———
const text = (r: string, t: string) => `<c r="${r}" t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
const num = (r: string, v: number) => `<c r="${r}"><v>${v}</v></c>`;
const xlsxRow = (n: number, name: string, values: readonly number[]) => `<row r="${n}">${text(`A${n}`, name)}${values.map((v, i) => num(`${'BCDE'[i]}${n}`, v)).join('')}</row>`;
async function cityBook(totalLabel: string, totalCases: number): Promise<string> {
  const head = HEADER.split(';');
  const data =
    `<row r="1">${head.map((h, i) => text(`${'ABCDE'[i]}1`, h)).join('')}</row>` +
    xlsxRow(2, totalLabel, [totalCases, 2400, 9500000, 3400000]) +
    xlsxRow(3, 'Quận 1', [1200, 800, 3000000, 1000000]) +
    xlsxRow(4, 'Quận 3', [900, 600, 2500000, 900000]) +
    xlsxRow(5, 'Huyện Củ Chi', [1400, 1000, 4000000, 1500000]);
  return writeRawWorkbook({ sheets: [{ name: 'S', data }], name: 'ho-chi-minh-2019.xlsx' });
}

describe('"Toàn TP" + the city in a workbook', () => {
  it('"TOÀN TP. HỒ CHÍ MINH" agreeing: read as the total, exit 0', async () => {
    const file = await cityBook('TOÀN TP. HỒ CHÍ MINH', 3500);
    const r = await runThads(['summarize', file, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout).total).toEqual(EXPECTED);
    expect(figures(r.stdout).offices).toHaveLength(3);
  });

  it('"TOÀN TP. HỒ CHÍ MINH" off its rows (3600 against 3500): refused DECLARED_TOTAL_MISMATCH at B2, exit 1', async () => {
    const file = await cityBook('TOÀN TP. HỒ CHÍ MINH', 3600);
    const r = await runThads(['summarize', file, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split(file).join('FILE').split('\n')[0]).toBe('FILE:S!B2: error: declared total "TOÀN TP. HỒ CHÍ MINH" has cases with conditions 3600, but the office rows add up to 3500 [DECLARED_TOTAL_MISMATCH]');
  });
});
