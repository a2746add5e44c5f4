// --previous with an input that names no province (round 76c, finding 04): the 2025 report of
// the Phòng THADS khu vực of Ninh Bình, one table without the province line or one file per
// office, against the old Cục Ninh Bình's 2024 "Toàn tỉnh" alone. Since 1/7/2025 Ninh Bình =
// Ninh Bình + Hà Nam + Nam Định (Nghị quyết 202/2025/QH15): last year's file is a part of last
// year's comparable whole, so the total is compared with nothing (it printed "tăng 4,17%" and
// "giảm 0,83%", exit 0) — as when the input names Ninh Bình. Against all three former Cục's
// wholes it is compared with their sum, as before. Both readers agree; xlsx too.
import { describe, expect, it } from 'vitest';
import { planProvinces } from '../../src/domain/merger.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, write } = bothReaders('thads-previous-part-unnamed-', []);

const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const now = (year: number, province: string | null = null) => [
  `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${year}`,
  ...(province === null ? [] : [`THI HÀNH ÁN DÂN SỰ TỈNH ${province}`]),
  'Đơn vị tính: nghìn đồng',
  HEADER,
  '1,Phòng THADS khu vực 1,1000,850,500000,200000',
  '2,Phòng THADS khu vực 2,800,700,400000,100000',
  '3,Phòng THADS khu vực 3,600,500,300000,90000',
  ',Tổng cộng,2400,2050,1200000,390000',
];
const whole = (year: number, agency: string, label: string, figures: string) => [
  `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM ${year}`,
  agency,
  'Đơn vị tính: nghìn đồng',
  'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
  `${label},${figures}`,
];
const NOW_2025 = write('BC nam 2025 - cac Phong khu vuc.csv', now(2025));
const NB = write('nb-2024.csv', whole(2024, 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'Toàn tỉnh', '800,650,300000,100000'));
const NB_ASCII = write('nb-ascii-2024.csv', whole(2024, 'CUC THI HANH AN DAN SU TINH NINH BINH', 'TOAN TINH', '800,650,300000,100000'));
const HN = write('hn-2024.csv', whole(2024, 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH HÀ NAM', 'Toàn tỉnh', '600,450,250000,70000'));
const ND = write('nd-2024.csv', whole(2024, 'Cục THADS tỉnh Nam Định', 'Tổng cộng', '800,650,300000,110000'));

const run = async (input: readonly string[], previous: readonly string[], by = 'none') => {
  const r = await summarizeCsvRows(dir, input, [...previous.flatMap((p) => ['--previous', p]), '--by', by]);
  const total = r.rows.find((row) => row.district === 'TOTAL')!;
  return { ...r, total: [total.cases_rate, total.cases_rate_change, total.money_rate, total.money_rate_change] };
};
const partWarning = (given: string, missing: string) =>
  `thads: warning: the previous files (2024) give ${given}, part of "Ninh Bình" as formed on 1/7/2025 (Ninh Bình + Hà Nam + Nam Định of 2024), and no figures for ${missing}; the input names no province, so the total is not compared (a part against a whole) [ONE_YEAR_ONLY]\n` +
  `  hint: pass the previous files of every province "Ninh Bình" was formed from, or name the input's province (a province column, the title or the file name)\n`;
// cases 2050/2400 = 85.4167 %, money 390000/1200000 = 32.5000 %: no change beside them
const UNCOMPARED = ['85.42', '', '32.50', ''];

describe('planProvinces: an input naming no province against part of a merged one', () => {
  it('some of the three former provinces given: partialUnnamed, nothing partial by name', () => {
    const plan = planProvinces([], ['Ninh Bình'], true, []);
    expect(plan.partial).toEqual([]);
    expect(plan.partialUnnamed).toEqual([{ name: 'Ninh Bình', formedFrom: ['Ninh Bình', 'Hà Nam', 'Nam Định'], missing: ['Hà Nam', 'Nam Định'] }]);
  });
  it('all three, an unchanged province, an input by the 63, or an input naming a province: none', () => {
    expect(planProvinces([], ['Ninh Bình', 'Hà Nam', 'Nam Định'], true, []).partialUnnamed).toEqual([]);
    expect(planProvinces([], ['Hà Nội'], true, []).partialUnnamed).toEqual([]);
    expect(planProvinces([], ['Ninh Bình'], false, []).partialUnnamed).toEqual([]);
    expect(planProvinces(['Hà Nội'], ['Ninh Bình'], true, ['Hà Nội']).partialUnnamed).toEqual([]);
  });
});

describe('2025 Phòng THADS khu vực naming no province against part of the 2024 Ninh Bình (finding 04)', () => {
  it('the old Cục Ninh Bình\'s "Toàn tỉnh" alone: no change (it printed +4.17 / −0.83), said why', async () => {
    const r = await run([NOW_2025], [NB]);
    expect(r.code).toBe(0);
    expect(r.total).toEqual(UNCOMPARED);
    expect(r.stderr).toContain(partWarning('Ninh Bình', 'Hà Nam, Nam Định'));
  });

  it('by office too: the groups and the total, and the "Toàn tỉnh" warning no longer says the total is compared', async () => {
    const r = await run([NOW_2025], [NB], 'district');
    expect(r.code).toBe(0);
    expect(r.total).toEqual(UNCOMPARED);
    expect(r.rows.map((row) => row.cases_rate_change)).toEqual(['', '', '', '']);
    expect(r.stderr).toContain(partWarning('Ninh Bình', 'Hà Nam, Nam Định'));
    expect(r.stderr).toContain('give only a total ("Toàn tỉnh"): no group is compared [ONE_YEAR_ONLY]');
    expect(r.stderr).not.toContain('only the total');
  });

  it('the title without diacritics, "TOAN TINH": the same', async () => {
    const r = await run([NOW_2025], [NB_ASCII]);
    expect(r.total).toEqual(UNCOMPARED);
    expect(r.stderr).toContain(partWarning('Ninh Bình', 'Hà Nam, Nam Định'));
  });

  it('two of the three (Ninh Bình + Hà Nam; it printed +6.85 / +1.59): no change', async () => {
    const r = await run([NOW_2025], [NB, HN]);
    expect(r.total).toEqual(UNCOMPARED);
    expect(r.stderr).toContain(partWarning('Ninh Bình + Hà Nam', 'Nam Định'));
  });

  it('a merged-away province\'s whole alone ("Cục THADS tỉnh Nam Định", "Tổng cộng"): no change', async () => {
    const r = await run([NOW_2025], [ND]);
    expect(r.total).toEqual(UNCOMPARED);
    expect(r.stderr).toContain(partWarning('Nam Định', 'Ninh Bình, Hà Nam'));
  });

  it('one file per office, named by office and year, money in đồng: no change', async () => {
    const offices = [
      write('Phòng THADS khu vực 1 - 2025.csv', ['Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong', '1000,850,500000000,200000000']),
      write('Phòng THADS khu vực 2 - 2025.csv', ['Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong', '800,700,400000000,100000000']),
      write('Phòng THADS khu vực 3 - 2025.csv', ['Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong', '600,500,300000000,90000000']),
    ];
    const r = await run(offices, [NB]);
    expect(r.code).toBe(0);
    expect(r.total).toEqual(UNCOMPARED);
    expect(r.stderr).toContain(partWarning('Ninh Bình', 'Hà Nam, Nam Định'));
  });

  it('xlsx: the same table as a workbook, no change', async () => {
    const r = await summarizeLinesWorkbook(dir, 'BC nam 2025.xlsx', now(2025).map((l) => l.replace(/,/g, ';')), ['--previous', NB, '--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('the input names no province, so the total is not compared (a part against a whole) [ONE_YEAR_ONLY]');
    expect(r.stdout).not.toContain('4.17');
    expect(r.stdout).not.toContain('-0.83');
  });
});

describe('over-reach: what stays compared', () => {
  it('all three former Cục wholes: compared with their sum, +5.87 / −0.44', async () => {
    // cases: 2050/2400 = 85.4167 % − (650+450+650)/(800+600+800) = 1750/2200 = 79.5455 % = +5.87
    // money: 390000/1200000 = 32.5000 % − (100000+70000+110000)/(300000+250000+300000) = 280000/850000 = 32.9412 % = −0.44
    const r = await run([NOW_2025], [NB, HN, ND]);
    expect(r.code).toBe(0);
    expect(r.total).toEqual(['85.42', '5.87', '32.50', '-0.44']);
    expect(r.stderr).not.toContain('a part against a whole');
  });

  it('a province not merged (Hà Nội, "Toàn thành phố" of 2024): compared as before, +4.17 / −0.83', async () => {
    // cases: 85.4167 − 650/800 = 81.2500 → +4.17; money: 32.5000 − 100000/300000 = 33.3333 → −0.83
    const hanoi = write('hanoi-2024.csv', whole(2024, 'CỤC THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HÀ NỘI', 'Toàn thành phố', '800,650,300000,100000'));
    const r = await run([NOW_2025], [hanoi]);
    expect(r.total).toEqual(['85.42', '4.17', '32.50', '-0.83']);
    expect(r.stderr).not.toContain('a part against a whole');
  });

  it('2026 against the new Ninh Bình\'s 2025 whole (a report by the 34): compared, +5.87 / −0.44', async () => {
    // the 2025 whole is the new province's: 85.4167 − 1750/2200 = 79.5455 → +5.87; 32.5000 − 280000/850000 = 32.9412 → −0.44
    const now2026 = write('BC nam 2026.csv', now(2026));
    const nb2025 = write('nb-2025.csv', whole(2025, 'THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'Toàn tỉnh', '2200,1750,850000,280000'));
    const r = await run([now2026], [nb2025]);
    expect(r.total).toEqual(['85.42', '5.87', '32.50', '-0.44']);
    expect(r.stderr).not.toContain('a part against a whole');
  });

  it('the old Cục Ninh Bình by office: not compared for different offices, said as before', async () => {
    const byOffice = write('nb-offices-2024.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024',
      'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH',
      'Đơn vị tính: nghìn đồng',
      HEADER,
      '1,Chi cục THADS thành phố Hoa Lư,500,450,200000,60000',
      '2,Chi cục THADS huyện Kim Sơn,300,200,100000,40000',
      ',Tổng cộng,800,650,300000,100000',
    ]);
    const r = await run([NOW_2025], [byOffice]);
    expect(r.total).toEqual(UNCOMPARED);
    expect(r.stderr).toContain('give different offices');
    expect(r.stderr).not.toContain('the input names no province');
  });

  it('the input naming Ninh Bình against the old Cục alone: its own warning, unchanged', async () => {
    const named = write('BC nam 2025 Ninh Binh.csv', now(2025, 'NINH BÌNH'));
    const r = await run([named], [NB]);
    expect(r.total).toEqual(UNCOMPARED);
    expect(r.stderr).toContain('"Ninh Bình" 2025 is Ninh Bình + Hà Nam + Nam Định of 2024; the previous files have no figures for Hà Nam, Nam Định, so it and the total are not compared (a part against a whole)');
    expect(r.stderr).not.toContain('the input names no province');
  });
});
