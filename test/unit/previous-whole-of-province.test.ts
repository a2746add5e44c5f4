// --previous compares a unit only with last year's same whole (round 68c, findings 01 and 02):
// - the provincial office ("Cấp tỉnh", "Văn phòng Cục") of a province formed on 1/7/2025 is last
//   year's only as the own offices of ALL its former provinces summed; against some of them it is
//   a part against a whole, compared with nothing (it printed "tăng 600 việc" against one Cục's);
// - previous files of one province's whole ("Toàn tỉnh" under "THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI")
//   are compared only with this year's whole of the same province(s): not with Gia Lai + Ninh
//   Bình, nor with Ninh Bình alone.
// Both readers agree.
import { describe, expect, it } from 'vitest';
import { isProvincialOffice } from '../../src/domain/province-office.js';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, write: previous, both } = bothReaders('thads-previous-whole-', []);

/** office (or province, or TOTAL), cases_total, cases_with_conditions, cases_resolved, rate, total change, rate change */
const rows = (csv: string) =>
  csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1] || c[0], c[5], c[9], c[18], c[20], c[28], c[29]].join(' ');
  });
const args = (prevs: readonly string[], by = 'district', format = 'csv') => [...prevs.flatMap((p) => ['--previous', p]), '--measure', 'cases', '--by', by, '--format', format, '--lang', 'vi'];

const HEADER = 'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong';
const cuc2024 = (province: string, own: string, ownFigures: string, office: string) => [
  `CỤC THI HÀNH ÁN DÂN SỰ TỈNH ${province}`,
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024',
  HEADER,
  `1,${own},${ownFigures}`,
  `2,${office}`,
];
const ninhBinh2025 = (own: string) => [
  'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025',
  HEADER,
  `1,${own},900,700,500`,
  '2,Phòng THADS khu vực 1,2000,1500,1300',
  '3,Phòng THADS khu vực 2,1800,1400,1200',
  'Tổng cộng,,4700,3600,3000',
];
// the three former Cục's own offices: 300/250/150, 250/200/140, 200/150/100
const NINH_BINH = (own: string) => previous(`nb-${own}-2024.csv`, cuc2024('NINH BÌNH', own, '300,250,150', 'Chi cục THADS thành phố Ninh Bình,1000,800,700'));
const NAM_DINH = (own: string) => previous(`nd-${own}-2024.csv`, cuc2024('NAM ĐỊNH', own, '250,200,140', 'Chi cục THADS huyện Mỹ Lộc,1000,800,700'));
const HA_NAM = (own: string) => previous(`hn-${own}-2024.csv`, cuc2024('HÀ NAM', own, '200,150,100', 'Chi cục THADS thành phố Phủ Lý,900,700,600'));
const partWarning = (missing: string, own: string) =>
  `thads: warning: "Ninh Bình" 2025 is Ninh Bình + Hà Nam + Nam Định of 2024; the previous files have no figures for ${missing}, so it, its own office "${own}" and the total are not compared (a part against a whole) [ONE_YEAR_ONLY]\n  hint: pass the previous files of every province it was formed from\n`;

describe('isProvincialOffice: the province\'s own office row', () => {
  it.each(['Cấp tỉnh', 'CẤP TỈNH', 'Cap tinh', 'Văn phòng Cục', 'VP Cục', 'Văn phòng Cục THADS tỉnh Ninh Bình', 'Cơ quan Cục', 'Văn phòng', 'Văn phòng THADS tỉnh Ninh Bình', 'Provincial level', 'Provincial office'])('%s is', (label) => {
    expect(isProvincialOffice(label)).toBe(true);
  });
  it.each(['Cục THADS tỉnh Ninh Bình', 'Phòng THADS khu vực 1', 'Chi cục THADS huyện Mỹ Lộc', 'Vân Phong', 'Cấp huyện', 'Toàn tỉnh'])('%s is not', (label) => {
    expect(isProvincialOffice(label)).toBe(false);
  });
});

describe('a merged province\'s own office against its former provinces\' (finding 01)', () => {
  it.each([['Cấp tỉnh'], ['Văn phòng Cục'], ['CAP TINH']])('"%s" against the old Ninh Bình only: no change (it printed +600 / +11.43)', async (own) => {
    const r = await both('ninh-binh-viec-2025.csv', ninhBinh2025(own), args([NINH_BINH(own)]));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toContain(`${own} 900 700 500 71.43  `);
    expect(rows(r.stdout).at(-1)).toBe('TOTAL 4700 3600 3000 83.33  ');
    expect(r.stderr.startsWith(partWarning('Hà Nam, Nam Định', own))).toBe(true);
    expect(r.stderr).not.toContain(`"${own}" has no figures`);
  });

  it('against Ninh Bình and Nam Định, Hà Nam missing: no change (it printed +350 / +6.98), one warning for it', async () => {
    const r = await both('ninh-binh-viec-2025.csv', ninhBinh2025('Cấp tỉnh'), args([NINH_BINH('Cấp tỉnh'), NAM_DINH('Cấp tỉnh')]));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toContain('Cấp tỉnh 900 700 500 71.43  ');
    expect(r.stderr.startsWith(partWarning('Hà Nam', 'Cấp tỉnh'))).toBe(true);
    expect(r.stderr.split('a part against a whole').length).toBe(2);
  });

  it.each([['Cấp tỉnh'], ['Văn phòng Cục']])('"%s" against all three, summed: +150 / +6.43', async (own) => {
    const r = await both('ninh-binh-viec-2025.csv', ninhBinh2025(own), args([NINH_BINH(own), NAM_DINH(own), HA_NAM(own)]));
    expect(r.code).toBe(0);
    // 900 − (300 + 250 + 200) = 150; 500/700 = 71.429 against (150 + 140 + 100)/(250 + 200 + 150) = 390/600 = 65.000: +6.43
    expect(rows(r.stdout)).toContain(`${own} 900 700 500 71.43 150 6.43`);
    expect(r.stderr).not.toContain('a part against a whole');
  });

  it('the 2025 report as a workbook against the old Ninh Bình only: no change either', async () => {
    const r = await summarizeLinesWorkbook(dir, 'ninh-binh-viec-2025.xlsx', ninhBinh2025('Văn phòng Cục').map((l) => l.replace(/,/g, ';')), args([NINH_BINH('Văn phòng Cục')]));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toContain('Văn phòng Cục 900 700 500 71.43  ');
    expect(r.stderr.startsWith(partWarning('Hà Nam, Nam Định', 'Văn phòng Cục'))).toBe(true);
  });

  it('all three files, Hà Nam\'s own office labelled otherwise: "Cấp tỉnh" is not compared with two of three', async () => {
    const r = await both('ninh-binh-viec-2025.csv', ninhBinh2025('Cấp tỉnh'), args([NINH_BINH('Cấp tỉnh'), NAM_DINH('Cấp tỉnh'), HA_NAM('Văn phòng Cục')]));
    expect(r.code).toBe(0);
    // it would have been 900 − 550 = 350 / 71.429 − 290/450 (64.444) = 6.98
    expect(rows(r.stdout)).toContain('Cấp tỉnh 900 700 500 71.43  ');
    expect(r.stderr).toContain(
      'thads: warning: "Cấp tỉnh" (Ninh Bình) 2025 is the own offices of Ninh Bình + Hà Nam + Nam Định of 2024; the previous files give no "Cấp tỉnh" of Hà Nam, so it is not compared (a part against a whole) [ONE_YEAR_ONLY]\n' +
        '  hint: give each former province\'s own office the same label in last year\'s files ("Cấp tỉnh")\n',
    );
    expect(r.stderr).toContain('"Văn phòng Cục" has figures in the previous year\'s files only (2024) [ONE_YEAR_ONLY]');
  });

  it('over-reach: a province the merger left alone compares its own office as before (+50 / +5.00)', async () => {
    const prev = previous('ha-tinh-2024.csv', cuc2024('HÀ TĨNH', 'Cấp tỉnh', '450,400,280', 'Chi cục THADS huyện Kỳ Anh,1000,800,700'));
    const now = ['THI HÀNH ÁN DÂN SỰ TỈNH HÀ TĨNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025', HEADER, '1,Cấp tỉnh,500,400,300', '2,Phòng THADS khu vực 1,2000,1500,1300'];
    const r = await both('ha-tinh-viec-2025.csv', now, args([prev]));
    expect(r.code).toBe(0);
    // 500 − 450 = 50; 300/400 = 75.00 against 280/400 = 70.00: +5.00
    expect(rows(r.stdout)).toContain('Cấp tỉnh 500 400 300 75.00 50 5.00');
    expect(r.stderr).not.toContain('a part against a whole');
  });

  it('over-reach: 2026 against the new province\'s 2025 report by the 34: the office compares (+100 / +3.57)', async () => {
    const prev = previous('nb-2025.csv', ninhBinh2025('Cấp tỉnh'));
    const now = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2026', HEADER, '1,Cấp tỉnh,1000,800,600', '2,Phòng THADS khu vực 1,2000,1500,1300', '3,Phòng THADS khu vực 2,1800,1400,1200'];
    const r = await both('ninh-binh-viec-2026.csv', now, args([prev]));
    expect(r.code).toBe(0);
    // 1000 − 900 = 100; 600/800 = 75.000 against 500/700 = 71.429: +3.57; KV1, KV2 the same figures: 0 / 0.00;
    // total 4800 − 4700 = 100; 3100/3700 = 83.784 against 3000/3600 = 83.333: +0.45
    expect(rows(r.stdout)).toEqual([
      'Phòng THADS khu vực 1 2000 1500 1300 86.67 0 0.00',
      'Phòng THADS khu vực 2 1800 1400 1200 85.71 0 0.00',
      'Cấp tỉnh 1000 800 600 75.00 100 3.57',
      'TOTAL 4800 3700 3100 83.78 100 0.45',
    ]);
    expect(r.stderr).toBe('');
  });
});

describe('previous files of one province\'s whole against another whole (finding 02)', () => {
  const TOAN = 'Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong';
  const whole = (title: string, year: number, figures: string) => [title, `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM ${year}`, TOAN, `Toàn tỉnh,${figures}`];
  const GIA_LAI_2025 = () => previous('gia-lai-2025.csv', whole('THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', 2025, '3000,2500,2000'));
  const NINH_BINH_2025 = () => previous('ninh-binh-2025.csv', whole('THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 2025, '3500,2800,2300'));
  const CUM_2026 = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2026', 'STT,Tỉnh,Tổng số thụ lý,Có điều kiện,Giải quyết xong', '1,Gia Lai,3300,2700,2300', '2,Ninh Bình,3800,2900,2500'];
  const NB_2026 = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2026', HEADER, '1,Phòng THADS khu vực 1,2000,1500,1300', '2,Phòng THADS khu vực 2,1800,1400,1200'];
  const differ = (sides: string, year = 2025) =>
    `thads: warning: the input and the previous year's files (${year}) give different provinces (${sides}), so the total is not compared (not like for like) [ONE_YEAR_ONLY]\n  hint: pass last year's files of the same offices as the input, or --by district to compare each office given in both years\n`;

  it('Gia Lai + Ninh Bình against Gia Lai\'s whole (--by none): no change (it printed +4.100 / +5,71), said', async () => {
    const r = await both('cum-viec-2026.csv', CUM_2026, args([GIA_LAI_2025()], 'none'));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['TOTAL 7100 5600 4800 85.71  ']);
    expect(r.stderr).toBe(differ('only the input gives "Ninh Bình"'));
  });

  it('the paragraph states no change of it', async () => {
    const r = await both('cum-viec-2026.csv', CUM_2026, args([GIA_LAI_2025()], 'none', 'text'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('7.100');
    expect(r.stdout).not.toContain('so với năm 2025');
  });

  it('--by province: Gia Lai compared (+300 / +5.19), Ninh Bình and the total not', async () => {
    const r = await both('cum-viec-2026.csv', CUM_2026, args([GIA_LAI_2025()], 'province'));
    expect(r.code).toBe(0);
    // 3300 − 3000 = 300; 2300/2700 = 85.185 against 2000/2500 = 80.000: +5.19
    expect(rows(r.stdout)).toEqual(['Gia Lai 3300 2700 2300 85.19 300 5.19', 'Ninh Bình 3800 2900 2500 86.21  ', 'TOTAL 7100 5600 4800 85.71  ']);
  });

  it('Ninh Bình\'s offices against Gia Lai\'s whole: no change (it printed +800 / +6,21)', async () => {
    const r = await both('ninh-binh-viec-2026.csv', NB_2026, args([GIA_LAI_2025()], 'none'));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['TOTAL 3800 2900 2500 86.21  ']);
    expect(r.stderr).toBe(differ('only the input gives "Ninh Bình"; only the previous files give "Gia Lai"'));
  });

  it('Ninh Bình 2025 against Hà Tĩnh\'s 2024 whole: no change', async () => {
    const prev = previous('ha-tinh-2024.csv', whole('CỤC THI HÀNH ÁN DÂN SỰ TỈNH HÀ TĨNH', 2024, '2000,1500,1100'));
    const r = await both('ninh-binh-viec-2025.csv', whole('THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 2025, '4700,3600,3000'), args([prev], 'none'));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['TOTAL 4700 3600 3000 83.33  ']);
    expect(r.stderr).toBe(differ('only the input gives "Ninh Bình"; only the previous files give "Hà Tĩnh"', 2024));
  });

  it('over-reach: both provinces\' wholes: the total compares (+600 / +4.58), each province too', async () => {
    const r = await both('cum-viec-2026.csv', CUM_2026, args([GIA_LAI_2025(), NINH_BINH_2025()], 'province'));
    expect(r.code).toBe(0);
    // Gia Lai +300 / +5.19 (above); Ninh Bình 3800 − 3500 = 300, 2500/2900 = 86.207 against 2300/2800 = 82.143: +4.06;
    // total 7100 − 6500 = 600, 4800/5600 = 85.714 against 4300/5300 = 81.132: +4.58
    expect(rows(r.stdout)).toEqual(['Gia Lai 3300 2700 2300 85.19 300 5.19', 'Ninh Bình 3800 2900 2500 86.21 300 4.06', 'TOTAL 7100 5600 4800 85.71 600 4.58']);
    expect(r.stderr).toBe('');
  });

  it('over-reach: the 2024 wholes of Ninh Bình, Hà Nam, Nam Định rolled up into 2025\'s Ninh Bình (+200 / +12.75)', async () => {
    const prevs = [
      previous('nb-toan-2024.csv', whole('CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 2024, '2000,1600,1000')),
      previous('hn-toan-2024.csv', whole('CỤC THI HÀNH ÁN DÂN SỰ TỈNH HÀ NAM', 2024, '1000,800,600')),
      previous('nd-toan-2024.csv', whole('CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 2024, '1500,1000,800')),
    ];
    const r = await both('ninh-binh-viec-2025.csv', whole('THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 2025, '4700,3600,3000'), args(prevs, 'none'));
    expect(r.code).toBe(0);
    // 4700 − (2000 + 1000 + 1500) = 200; 3000/3600 = 83.333 against 2400/3400 = 70.588: +12.75
    expect(rows(r.stdout)).toEqual(['TOTAL 4700 3600 3000 83.33 200 12.75']);
    expect(r.stderr).toBe('');
  });

  it('over-reach: Ninh Bình\'s offices against its own whole of last year: the total compares (+300 / +4.06)', async () => {
    const r = await both('ninh-binh-viec-2026.csv', NB_2026, args([NINH_BINH_2025()], 'none'));
    expect(r.code).toBe(0);
    // 3800 − 3500 = 300; 2500/2900 = 86.207 against 2300/2800 = 82.143: +4.06
    expect(rows(r.stdout)).toEqual(['TOTAL 3800 2900 2500 86.21 300 4.06']);
    expect(r.stderr).toBe('');
  });
});
