// --previous of 2025 that gives only SOME of a merged province's former provinces while the input
// names its province (round work85c, finding 03). The 2026 files of the new Ninh Bình (formed on
// 1/7/2025 from Ninh Bình + Hà Nam + Nam Định) against last year's files of the old Cục Nam Định
// and Cục Ninh Bình, Hà Nam's left out: thads read the 2025 "Ninh Bình" as the new province whole
// (a report of 2025 counts by the 34), so nothing was missing, and it printed −0,83 pp / −0,30 pp
// (the money one of the wrong sign), exit 0. Beside a province it merged away ("Nam Định", "Nam
// Định (cũ)", a Chi cục under "Cục THADS tỉnh Nam Định") the 2025 "Ninh Bình" is the former one:
// Hà Nam missing, the change is left empty with the warning naming it. Both readers; xlsx too.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { provincesOf63 } from '../../src/domain/merger.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-previous-partial-former-', []);

const HEADER = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const file = (title: readonly string[], year: number, rows: readonly string[]) => [...title, `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${year}`, 'Đơn vị tính: Việc; nghìn đồng', HEADER, ...rows];
const kv = (n: number, figures: string, province = 'NINH BÌNH', year = 2026) =>
  write(`KV${n} ${province} ${year}.csv`, file([`THI HÀNH ÁN DÂN SỰ TỈNH ${province}`, `PHÒNG THADS KHU VỰC ${n}`], year, [`Phòng THADS khu vực ${n},${figures}`]));
// 2026, the new Ninh Bình: cases 1000+2000+3000 = 6000, resolved 800+1700+2450 = 4950 → 82.50 %;
// money 50000000+80000000+90000000 = 220000000, resolved 20000000+40000000+31000000 = 91000000 → 41.3636 %
const NOW = [kv(1, '1000,800,50000000,20000000'), kv(2, '2000,1700,80000000,40000000'), kv(3, '3000,2450,90000000,31000000')];
const UNCOMPARED = ['82.50', '', '41.36', ''];
// with all three: cases (1300+1200+900)/(1500+1500+1000) = 3400/4000 = 85.00 % → 82.50 − 85.00 = −2.50;
// money (30000000+20000000+10000000)/(60000000+60000000+40000000) = 60/160 = 37.50 % → 41.3636 − 37.50 = +3.86
const COMPARED = ['82.50', '-2.50', '41.36', '3.86'];

const whole = (name: string, agency: string, figures: string, label = 'Toàn tỉnh', year = 2025) => write(name, file([agency], year, [`${label},${figures}`]));
const ND = whole('Nam Dinh 2025.csv', 'CỤC THADS TỈNH NAM ĐỊNH', '1500,1300,60000000,30000000');
const NB = whole('Ninh Binh 2025.csv', 'CỤC THADS TỈNH NINH BÌNH', '1500,1200,60000000,20000000');
const HN = whole('Ha Nam 2025.csv', 'CỤC THADS TỈNH HÀ NAM', '1000,900,40000000,10000000');
const ND_ASCII = whole('nd-ascii-2025.csv', 'CUC THADS TINH NAM DINH', '1500,1300,60000000,30000000', 'TOAN TINH');
const former = (name: string, rows: readonly string[]) => write(name, file(['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH'], 2025, rows));
const ND_CU = 'Nam Định (cũ),1500,1300,60000000,30000000';
const NB_CU = 'Ninh Bình (cũ),1500,1200,60000000,20000000';
const HN_CU = 'Hà Nam (cũ),1000,900,40000000,10000000';
const chiCuc = (name: string, cuc: string, office: string, figures: string) => write(name, file([cuc, `CHI CỤC THADS HUYỆN ${office.toLocaleUpperCase('vi')}`], 2025, [`Chi cục THADS huyện ${office},${figures}`]));
const KIM_SON = chiCuc('Chi cuc Kim Son 2025.csv', 'CỤC THADS TỈNH NINH BÌNH', 'Kim Sơn', '1500,1200,60000000,20000000');
const Y_YEN = chiCuc('Chi cuc Y Yen 2025.csv', 'CỤC THADS TỈNH NAM ĐỊNH', 'Ý Yên', '1500,1300,60000000,30000000');

const run = async (input: readonly string[], previous: readonly string[], by = 'none') => {
  const r = await summarizeCsvRows(dir, input, [...previous.flatMap((p) => ['--previous', p]), '--by', by]);
  const total = r.rows.find((row) => row.district === 'TOTAL')!;
  return { ...r, total: [total.cases_rate, total.cases_rate_change, total.money_rate, total.money_rate_change] };
};
// (previous files of 2025, by the 34, name the provinces of the 63 as former ones, never "of 2025": traps31)
const missing = (names: string, year = 2026, before = 2025) =>
  `thads: warning: "Ninh Bình" ${year} is ${before >= 2025 ? 'formed on 1/7/2025 from the former Ninh Bình + Hà Nam + Nam Định' : `Ninh Bình + Hà Nam + Nam Định of ${before}`}; the previous files have no figures for ${before >= 2025 ? 'the former ' : ''}${names}, so it and the total are not compared (a part against a whole) [ONE_YEAR_ONLY]\n` +
  '  hint: pass the previous files of every province it was formed from\n';

describe('provincesOf63: a successor named by the 34 beside another report of a province it merged away is the former one', () => {
  const g = (name: string, whole: boolean, report: string) => ({ name, whole, report });
  it('"Ninh Bình" of 2025 alone is the new whole; beside a file of "Nam Định" the former Ninh Bình only', () => {
    expect(provincesOf63([g('Ninh Bình', true, 'nb.csv')])).toEqual(['Ninh Bình', 'Hà Nam', 'Nam Định']);
    expect(provincesOf63([g('Nam Định', false, 'nd.csv'), g('Ninh Bình', true, 'nb.csv')])).toEqual(['Nam Định', 'Ninh Bình']);
    expect(provincesOf63([g('Ninh Bình', true, 'nb.csv'), g('Nam Định (cũ)', false, 'nd.csv')])).toEqual(['Ninh Bình', 'Nam Định (cũ)']);
  });
  it('"Nam Định" in the same report (a row under its old name), its own former name, or another province\'s: the whole stands', () => {
    expect(provincesOf63([g('Ninh Bình', true, 'nb.csv'), g('Nam Định', false, 'nb.csv')])).toEqual(['Ninh Bình', 'Hà Nam', 'Nam Định']);
    expect(provincesOf63([g('Ninh Bình', true, 'nb.csv'), g('Ninh Bình (cũ)', false, 'cu.csv')])).toEqual(['Ninh Bình', 'Hà Nam', 'Nam Định']);
    expect(provincesOf63([g('Ninh Bình', true, 'nb.csv'), g('Thái Bình', false, 'tb.csv')])).toEqual(['Ninh Bình', 'Hà Nam', 'Nam Định', 'Thái Bình']);
  });
  it('"Ninh Bình" and "Nam Định" as provinces\' own lines of one report (a list by the 63): the former Ninh Bình (hunt45)', () => {
    const line = (name: string, whole: boolean) => ({ ...g(name, whole, 'list.csv'), level: true });
    expect(provincesOf63([line('Ninh Bình', true), line('Nam Định', false)])).toEqual(['Ninh Bình', 'Nam Định']);
    // an office's row under "Nam Định" beside the province's own line: the whole stands
    expect(provincesOf63([line('Ninh Bình', true), g('Nam Định', false, 'list.csv')])).toEqual(['Ninh Bình', 'Hà Nam', 'Nam Định']);
  });
});

describe('2026 Ninh Bình against 2025 files of two of its three former provinces (finding 03)', () => {
  it('"Toàn tỉnh" of Cục Nam Định and Cục Ninh Bình: no change (it printed −0.83 / −0.30), Hà Nam named', async () => {
    const r = await run(NOW, [ND, NB]);
    expect(r.code).toBe(0);
    expect(r.total).toEqual(UNCOMPARED);
    expect(r.stderr).toContain(missing('Hà Nam'));
  });

  it('by province and by office: the province, the offices and the total uncompared; "only a total" no longer says the total is', async () => {
    const byProvince = await run(NOW, [ND, NB], 'province');
    expect(byProvince.rows.map((row) => [row.province, row.cases_rate_change, row.money_rate_change])).toEqual([
      ['Ninh Bình', '', ''],
      ['', '', ''],
    ]);
    expect(byProvince.stderr).toContain(missing('Hà Nam'));
    const byOffice = await run(NOW, [ND, NB], 'district');
    expect(byOffice.rows.map((row) => row.cases_rate_change)).toEqual(['', '', '', '']);
    expect(byOffice.stderr).toContain(missing('Hà Nam'));
    expect(byOffice.stderr).toContain('give only a total ("Toàn tỉnh (Nam Định)", "Toàn tỉnh (Ninh Bình)"): no group is compared [ONE_YEAR_ONLY]');
    expect(byOffice.stderr).not.toContain('only the total');
  });

  it('one 2025 file of the new province with rows "Nam Định (cũ)", "Ninh Bình (cũ)": no change, Hà Nam named', async () => {
    const r = await run(NOW, [former('Ninh Binh 2025 theo tinh cu.csv', [ND_CU, NB_CU])]);
    expect(r.code).toBe(0);
    expect(r.total).toEqual(UNCOMPARED);
    expect(r.stderr).toContain(missing('Hà Nam'));
  });

  it('without diacritics ("CUC THADS TINH NAM DINH", "Nam Dinh (cu)"): the same', async () => {
    const ascii = former('nb-cu-ascii-2025.csv', ['Nam Dinh (cu),1500,1300,60000000,30000000', 'NINH BINH (CU),1500,1200,60000000,20000000']);
    for (const previous of [[ND_ASCII, NB], [ascii]]) {
      const r = await run(NOW, previous);
      expect(r.total).toEqual(UNCOMPARED);
      expect(r.stderr).toContain(missing('Hà Nam'));
    }
  });

  it('Chi cục files of the old Cục Ninh Bình and Cục Nam Định: no change, Hà Nam named', async () => {
    const r = await run(NOW, [KIM_SON, Y_YEN]);
    expect(r.code).toBe(0);
    expect(r.total).toEqual(UNCOMPARED);
    expect(r.stderr).toContain(missing('Hà Nam'));
  });

  it('Ninh Bình + Hà Nam (Nam Định left out): no change, Nam Định named', async () => {
    const hn = former('nb-hn-cu-2025.csv', [NB_CU, HN_CU]);
    const r = await run(NOW, [hn]);
    expect(r.total).toEqual(UNCOMPARED);
    expect(r.stderr).toContain(missing('Nam Định'));
  });

  it('xlsx: the "(cũ)" table as a workbook, no change', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const l of file(['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH'], 2025, [ND_CU, NB_CU])) ws.addRow(l.split(',').map((c) => (/^\d+$/.test(c) ? Number(c) : c)));
    const xlsx = join(dir, 'Ninh Binh 2025 theo tinh cu.xlsx');
    await wb.xlsx.writeFile(xlsx);
    const r = await run(NOW, [xlsx]);
    expect(r.total).toEqual(UNCOMPARED);
    expect(r.stderr).toContain(missing('Hà Nam'));
  });
});

describe('over-reach: what stays compared', () => {
  it('all three former Cục wholes: their sum, −2.50 / +3.86', async () => {
    const r = await run(NOW, [ND, NB, HN]);
    expect(r.code).toBe(0);
    expect(r.total).toEqual(COMPARED);
    expect(r.stderr).not.toContain('a part against a whole');
  });

  it('all three "(cũ)" rows in one file: −2.50 / +3.86', async () => {
    const r = await run(NOW, [former('nb-3-cu-2025.csv', [ND_CU, NB_CU, HN_CU])]);
    expect(r.total).toEqual(COMPARED);
    expect(r.stderr).not.toContain('a part against a whole');
  });

  it('the new Ninh Bình\'s own 2025 whole (4000 / 3400, 160000000 / 60000000): −2.50 / +3.86', async () => {
    const r = await run(NOW, [whole('nb-new-2025.csv', 'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', '4000,3400,160000000,60000000')]);
    expect(r.total).toEqual(COMPARED);
    expect(r.stderr).not.toContain('a part against a whole');
  });

  it('a province not merged (Lai Châu): compared as before, −10.00 / +15.00', async () => {
    // cases 800/1000 = 80.00 − 900/1000 = 90.00 → −10.00; money 20000000/50000000 = 40.00 − 10000000/40000000 = 25.00 → +15.00
    const now = [kv(1, '1000,800,50000000,20000000', 'LAI CHÂU')];
    const r = await run(now, [whole('Lai Chau 2025.csv', 'CỤC THADS TỈNH LAI CHÂU', '1000,900,40000000,10000000')]);
    expect(r.total).toEqual(['80.00', '-10.00', '40.00', '15.00']);
    expect(r.stderr).not.toContain('a part against a whole');
  });

  it('2025 against 2024 files of Nam Định + Ninh Bình: Hà Nam named, as before; with Hà Nam compared', async () => {
    const now2025 = [kv(1, '1000,800,50000000,20000000', 'NINH BÌNH', 2025), kv(2, '2000,1700,80000000,40000000', 'NINH BÌNH', 2025), kv(3, '3000,2450,90000000,31000000', 'NINH BÌNH', 2025)];
    const of2024 = (name: string, agency: string, figures: string) => whole(name, agency, figures, 'Toàn tỉnh', 2024);
    const nd = of2024('nd-2024.csv', 'CỤC THADS TỈNH NAM ĐỊNH', '1500,1300,60000000,30000000');
    const nb = of2024('nb-2024.csv', 'CỤC THADS TỈNH NINH BÌNH', '1500,1200,60000000,20000000');
    const hn = of2024('hn-2024.csv', 'CỤC THADS TỈNH HÀ NAM', '1000,900,40000000,10000000');
    const partial = await run(now2025, [nd, nb]);
    expect(partial.total).toEqual(UNCOMPARED);
    expect(partial.stderr).toContain(missing('Hà Nam', 2025, 2024));
    // the same figures as 2026 against 2025: −2.50 / +3.86
    const all = await run(now2025, [nd, nb, hn]);
    expect(all.total).toEqual(COMPARED);
    expect(all.stderr).not.toContain('a part against a whole');
  });
});
