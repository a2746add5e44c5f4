// Two periods of the merger year chained in one table (work106 21). A 2025 year-end table listing
// the former Chi cục "(cũ)" with 1/10/2024–30/6/2025 and the Phòng THADS khu vực that replaced
// them with 1/7–30/9/2025, all numbered as offices, each khu vực's "Năm trước chuyển sang" the
// "Chuyển kỳ sau" of its former Chi cục: summed flat, the stock counted twice (carried over 2.000
// for 1.100, rate 55,94 % for 72,90 %), exit 0 with no word. Likewise by province: "Nam Định (cũ)",
// "Hà Nam (cũ)", "Ninh Bình (cũ)" 9 months beside the new "Ninh Bình" 3 months. Right: refused,
// SECOND_TABLE at the new units' first row, by both readers. Controls read as before: the new units
// alone, former Chi cục as unnumbered parts under their khu vực, a 2024 table, and former rows
// whose carried forward is not the new units' carried over.
import { describe, expect, test } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, both } = bothReaders('thads-chained-', ['--measure', 'cases', '--format', 'json']);

const TITLE = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025'];
const HEAD = 'STT,Đơn vị,Năm trước chuyển sang,Thụ lý mới,Tổng số thụ lý,Có điều kiện,Giải quyết xong,Chuyển kỳ sau';
const FORMER = [
  '1,Chi cục THADS thành phố Hoa Lư (cũ),300,200,500,400,250,250',
  '2,Chi cục THADS huyện Gia Viễn (cũ),250,150,400,300,200,200',
  '3,Chi cục THADS huyện Kim Sơn (cũ),350,250,600,450,300,300',
  '4,Chi cục THADS huyện Yên Khánh (cũ),200,100,300,220,150,150',
];
// khu vực 1 carries over Hoa Lư + Gia Viễn's 250 + 200 = 450; khu vực 2 Kim Sơn + Yên Khánh's 300 + 150 = 450
const KV = ['5,Phòng THADS khu vực 1,450,100,550,330,120,430', '6,Phòng THADS khu vực 2,450,120,570,320,110,460'];
const NOTE = ',Ghi chú: Số liệu các Chi cục (cũ) từ 01/10/2024 đến 30/6/2025; số liệu các Phòng THADS khu vực từ 01/7/2025 đến 30/9/2025,,,,,,';

interface Totals { carriedOver: string; withConditions: string; resolved: string; carriedForward: string; rate: string }
const cases = (stdout: string) => {
  const j = JSON.parse(stdout) as { groups: unknown[]; total: { cases: Totals } };
  const t = j.total.cases;
  return [j.groups.length, t.carriedOver, t.withConditions, t.resolved, t.carriedForward, t.rate];
};

describe('former units to 30/6/2025 beside the new units from 1/7/2025, chained by their stock', () => {
  test('4 Chi cục (cũ) beside the 2 khu vực: SECOND_TABLE at khu vực 1 (was exit 0, carried over 2000)', async () => {
    const r = await both('ninh-binh-2025.csv', [...TITLE, HEAD, ...FORMER, ...KV, NOTE]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['SECOND_TABLE']);
    // former carried forward 250 + 200 + 300 + 150 = 900 = khu vực carried over 450 + 450
    expect(r.stderr).toContain('FILE:8:2: error: lines 4, 5, 6, 7 ("Chi cục THADS thành phố Hoa Lư (cũ)"');
    expect(r.stderr).toContain('carry forward 900 (cases), exactly what lines 8, 9 ("Phòng THADS khu vực 1", "Phòng THADS khu vực 2", the units since 1/7/2025) carry over: two periods of 2025 chained');
    expect(r.stderr).toContain('hint: report the year by the new units alone');
  });

  test('.xlsx twin: refused at row 8', async () => {
    const lines = [...TITLE, HEAD, ...FORMER, ...KV].map((l) => l.replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'ninh-binh-2025.xlsx', lines, ['--measure', 'cases', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['SECOND_TABLE']);
    expect(r.stderr).toMatch(/ninh-binh-2025\.xlsx:Sheet1!B8: error: rows 4, 5, 6, 7 .* carry forward 900 \(cases\), exactly what rows 8, 9/);
  });

  test('by province: Nam Định, Hà Nam, Ninh Bình (cũ) beside the new Ninh Bình: SECOND_TABLE at line 6 (was exit 0, 23500 total)', async () => {
    const rows = [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025 - CỤM THI ĐUA SỐ 2',
      'STT,Tỉnh,Năm trước chuyển sang,Thụ lý mới,Tổng số thụ lý,Có điều kiện,Giải quyết xong,Chuyển kỳ sau',
      '1,Nam Định (cũ),3000,2000,5000,4000,2500,2500',
      '2,Hà Nam (cũ),2500,1500,4000,3000,2000,2000',
      '3,Ninh Bình (cũ),3500,2500,6000,4500,3000,3000',
      '4,Ninh Bình,7500,1000,8500,5000,1200,7300',
    ];
    const r = await both('Cum 2 theo tinh 2025.csv', rows, ['--measure', 'cases', '--format', 'json', '--by', 'province']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    // 2500 + 2000 + 3000 = 7500 = the new Ninh Bình's carried over
    expect(r.stderr).toContain('FILE:6: error: lines 3, 4, 5 ("Nam Định (cũ)", "Hà Nam (cũ)", "Ninh Bình (cũ)", marked as before the merger) carry forward 7500 (cases), exactly what line 6 ("Ninh Bình", the unit since 1/7/2025) carries over');
    expect(stderrCodes(r.stderr)).toContain('SECOND_TABLE');
  });
});

describe('controls: read as before', () => {
  test('2025, the new units alone: 2 groups, carried over 900', async () => {
    const r = await both('ninh-binh-2025.csv', [...TITLE, HEAD, ...KV]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // by hand: 450+450 = 900, 330+320 = 650, 120+110 = 230, 430+460 = 890; 230/650 = 35,38 %
    expect(cases(r.stdout)).toEqual([2, '900', '650', '230', '890', '35.38']);
  });

  test('2025, former Chi cục (cũ) unnumbered under their khu vực: parts, only the khu vực added', async () => {
    const rows = [
      ...TITLE,
      HEAD,
      '1,Phòng THADS khu vực 1,550,350,900,700,450,450',
      ',Chi cục THADS thành phố Hoa Lư (cũ),300,200,500,400,250,250',
      ',Chi cục THADS huyện Gia Viễn (cũ),250,150,400,300,200,200',
      '2,Phòng THADS khu vực 2,550,350,900,670,450,450',
      ',Chi cục THADS huyện Kim Sơn (cũ),350,250,600,450,300,300',
      ',Chi cục THADS huyện Yên Khánh (cũ),200,100,300,220,150,150',
    ];
    const r = await both('ninh-binh-2025.csv', rows);
    expect(r.code, r.stderr).toBe(0);
    // by hand: 550+550 = 1100, 700+670 = 1370, 450+450 = 900, 450+450 = 900; 900/1370 = 65,69 %
    expect(cases(r.stdout)).toEqual([2, '1100', '1370', '900', '900', '65.69']);
  });

  test('a 2024 table of the same rows: all six added, as before', async () => {
    const rows = [TITLE[0]!, TITLE[1]!.replace('2025', '2024'), HEAD, ...FORMER, ...KV];
    const r = await both('ninh-binh-2024.csv', rows);
    expect(r.code, r.stderr).toBe(0);
    // by hand: 300+250+350+200+450+450 = 2000; 400+300+450+220+330+320 = 2020; 250+200+300+150+120+110 = 1130;
    // 250+200+300+150+430+460 = 1790; 1130/2020 = 55,94 %
    expect(cases(r.stdout)).toEqual([6, '2000', '2020', '1130', '1790', '55.94']);
  });

  test('2025, former carried forward 900 but khu vực carried over 460 + 450 = 910: not chained, all six added', async () => {
    const rows = [...TITLE, HEAD, ...FORMER, '5,Phòng THADS khu vực 1,460,100,560,330,120,430', KV[1]!];
    const r = await both('ninh-binh-2025.csv', rows);
    expect(r.code, r.stderr).toBe(0);
    // by hand: 300+250+350+200+460+450 = 2010; with conditions 2020, resolved 1130, carried forward 1790
    expect(cases(r.stdout)).toEqual([6, '2010', '2020', '1130', '1790', '55.94']);
  });
});
