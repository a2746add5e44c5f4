// A district named like a province, its subtotal bare below its rows (work61a 01): Bạc Liêu's
// huyện Hòa Bình closes its enforcers with "Cộng Hòa Bình", Quảng Bình's huyện Quảng Ninh with
// "Cộng Quảng Ninh". Before: the office was taken into a province Hòa Bình (Quảng Ninh) against
// the title's TỈNH BẠC LIÊU — a made-up province by `--by province`, the national targets, exit 0
// under --fail-below-target. A bare "Cộng X" closes a province's block only where the report may
// hold several provinces (province-subtotals.ts closesProvinceBlock).
import { describe, expect, it } from 'vitest';
import { closesProvinceBlock } from '../../src/input/province-subtotals.js';
import { subtotalProvince } from '../../src/input/row-labels.js';
import type { FileRow } from '../../src/input/file-report.js';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { both, write, dir } = bothReaders('thads-district-like-province-', ['--format', 'csv']);
const CONFIG = write('thads.config.json', ['{ "targets": { "2019": { "cases": 73, "money": "34.5", "provinces": { "Bạc Liêu": { "cases": 92, "money": "86" } } } } }']);

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH BẠC LIÊU', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Đơn vị tính: việc; nghìn đồng'];
const HEADER = 'STT;Đơn vị;Chấp hành viên;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
/** Bạc Liêu's report by enforcer (the finding's file), Hòa Bình's subtotal labelled `hoaBinh`. */
function bacLieu(hoaBinh = 'Cộng Hòa Bình', title = TITLE): string[] {
  return [
    ...title, HEADER,
    '1;Thành phố Bạc Liêu;Nguyễn Văn An;300;280;6.338.211.701;5.812.507.532',
    '2;;Trần Thị Bình;308;302;7.000.000.000;6.000.000.000',
    ';Cộng Thành phố Bạc Liêu;;608;582;13.338.211.701;11.812.507.532',
    '3;Hòa Bình;Lê Văn Cường;286;233;4.565.824.266;3.009.734.950',
    '4;;Võ Văn Tâm;300;300;5.000.000.000;5.000.000.000',
    `;${hoaBinh};;586;533;9.565.824.266;8.009.734.950`,
    '5;Vĩnh Lợi;Phạm Thị Dung;400;390;9.389.337.399;8.490.039.714',
    '6;;Hoàng Văn Em;255;240;7.000.000.000;6.000.000.000',
    ';Cộng Vĩnh Lợi;;655;630;16.389.337.399;14.490.039.714',
    ';Tổng cộng;;1.849;1.745;39.293.373.366;34.312.282.196',
  ];
}

/** province, office, cases with conditions, resolved, rate, target, gap, met; then money's with conditions, resolved, rate, target, gap */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[0], c[1], c[9], c[18], c[20], c[21], c[22], c[25], c[36], c[46], c[48], c[49], c[50]].join('|');
  });
}
// By hand (thousand đồng ×1000 printed in đồng):
// Thành phố Bạc Liêu 300+308 = 608, 280+302 = 582 (95,72 %); money 6.338.211.701+7.000.000.000 = 13.338.211.701,
//   5.812.507.532+6.000.000.000 = 11.812.507.532 (88,56 %)
// Hòa Bình 286+300 = 586, 233+300 = 533 (90,96 %, 92 − 90,96 → gap −1,04, missed); money 4.565.824.266+5.000.000.000 =
//   9.565.824.266, 3.009.734.950+5.000.000.000 = 8.009.734.950 (83,73 %, gap −2,27 against 86)
// Vĩnh Lợi 400+255 = 655, 390+240 = 630 (96,18 %); money 16.389.337.399 / 14.490.039.714 (88,41 %)
// Total 608+586+655 = 1.849, 582+533+630 = 1.745 (94,38 %, gap +2,38); money 39.293.373.366 / 34.312.282.196 (87,32 %, +1,32)
const OFFICES = [
  'Bạc Liêu|Thành phố Bạc Liêu|608|582|95.72|92|3.72|true|13338211701000|11812507532000|88.56|86|2.56',
  'Bạc Liêu|Hòa Bình|586|533|90.96|92|-1.04|false|9565824266000|8009734950000|83.73|86|-2.27',
  'Bạc Liêu|Vĩnh Lợi|655|630|96.18|92|4.18|true|16389337399000|14490039714000|88.41|86|2.41',
  '|TOTAL|1849|1745|94.38|92|2.38|true|39293373366000|34312282196000|87.32|86|1.32',
];
const ONE_PROVINCE = [
  'Bạc Liêu||1849|1745|94.38|92|2.38|true|39293373366000|34312282196000|87.32|86|1.32',
  '|TOTAL|1849|1745|94.38|92|2.38|true|39293373366000|34312282196000|87.32|86|1.32',
];

describe('"Cộng Hòa Bình" closing the enforcers of Bạc Liêu\'s district Hòa Bình', () => {
  it('every office is Bạc Liêu\'s, against its targets (Hòa Bình misses 92 % and 86 %)', async () => {
    const r = await both('bac-lieu-2019.csv', bacLieu(), ['--config', CONFIG, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(OFFICES);
    expect(r.stderr).not.toContain('TARGET_UNMATCHED');
  });

  it.each(['Cộng Hòa Bình', 'CỘNG HÒA BÌNH', 'Cong Hoa Binh', 'Cộng huyện Hòa Bình'])('"%s" --by province: Bạc Liêu alone', async (label) => {
    const r = await both('bac-lieu-2019.csv', bacLieu(label), ['--config', CONFIG, '--by', 'province', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(ONE_PROVINCE);
  });

  it('--fail-below-target exits 3: Hòa Bình is below the province\'s 92 % / 86 %', async () => {
    const r = await both('bac-lieu-2019.csv', bacLieu(), ['--config', CONFIG, '--fail-below-target', '--format', 'csv']);
    expect(r.code).toBe(3);
  });

  it('the file\'s name fixes the province where the title names none', async () => {
    const r = await both('bac-lieu-2019.csv', bacLieu('Cộng Hòa Bình', TITLE.slice(1)), ['--config', CONFIG, '--by', 'province', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(ONE_PROVINCE);
  });

  it('no province named anywhere: below its enforcers "Cộng Hòa Bình" is the office\'s subtotal, no province', async () => {
    const r = await both('bao-cao-2019.csv', bacLieu('Cộng Hòa Bình', TITLE.slice(1)));
    expect(r.code, r.stderr).toBe(0);
    // the offices as above, without a province and against the national 73 % / 34,5 %:
    // Hòa Bình 90,96 − 73 = 17,96; 83,73 − 34,5 = 49,23
    expect(rows(r.stdout)[1]).toBe('|Hòa Bình|586|533|90.96|73|17.96|true|9565824266000|8009734950000|83.73|34.5|49.23');
    expect(rows(r.stdout).map((l) => l.split('|')[0])).toEqual(['', '', '', '']);
  });

  it('Quảng Bình\'s district Quảng Ninh stays Quảng Bình\'s', async () => {
    const lines = bacLieu('Cộng Quảng Ninh', ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG BÌNH', ...TITLE.slice(1)])
      .map((l) => l.replace('Thành phố Bạc Liêu', 'Thành phố Đồng Hới').replace(';Hòa Bình;', ';Quảng Ninh;').replace('Vĩnh Lợi', 'Lệ Thủy'));
    const r = await both('quang-binh-2019.csv', lines, ['--by', 'province', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // the same figures: 1.849 / 1.745 (94,38 %), against the national 73 % (+21,38) and 34,5 % (87,32 − 34,5 = +52,82)
    expect(rows(r.stdout)).toEqual([
      'Quảng Bình||1849|1745|94.38|73|21.38|true|39293373366000|34312282196000|87.32|34.5|52.82',
      '|TOTAL|1849|1745|94.38|73|21.38|true|39293373366000|34312282196000|87.32|34.5|52.82',
    ]);
  });

  it('a cluster\'s subtotal "Cộng Hòa Bình" over plain office rows of Bạc Liêu', async () => {
    const r = await both('cum-2019.csv', [
      ...TITLE, 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong',
      '1;Thành phố Bạc Liêu;608;582;13.338.211.701;11.812.507.532',
      '2;Vĩnh Lợi;655;630;16.389.337.399;14.490.039.714',
      ';Cộng Bạc Liêu;1.263;1.212;29.727.549.100;26.302.547.246',
      '3;Hòa Bình;586;533;9.565.824.266;8.009.734.950',
      '4;Giá Rai;298;276;9.770.951.678;8.385.244.228',
      ';Cộng Hòa Bình;884;809;19.336.775.944;16.394.979.178',
      ';Tổng cộng;2.147;2.021;49.064.325.044;42.697.526.424',
    ], ['--config', CONFIG, '--by', 'province', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // 608+655+586+298 = 2.147, 582+630+533+276 = 2.021 (94,13 %, +2,13); money 13.338.211.701+16.389.337.399+
    // 9.565.824.266+9.770.951.678 = 49.064.325.044, 11.812.507.532+14.490.039.714+8.009.734.950+8.385.244.228 =
    // 42.697.526.424 (87,02 %, +1,02)
    expect(rows(r.stdout)).toEqual([
      'Bạc Liêu||2147|2021|94.13|92|2.13|true|49064325044000|42697526424000|87.02|86|1.02',
      '|TOTAL|2147|2021|94.13|92|2.13|true|49064325044000|42697526424000|87.02|86|1.02',
    ]);
  });

  it('the workbook reads so too', async () => {
    const r = await summarizeLinesWorkbook(dir, 'bac-lieu-2019.xlsx', bacLieu(), ['--config', CONFIG, '--by', 'province', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(ONE_PROVINCE);
  });
});

describe('over-reach: a province\'s subtotal stays one', () => {
  const CLUSTER = ['CỤM THI ĐUA SỐ 8 - CÁC TỈNH ĐỒNG BẰNG SÔNG CỬU LONG', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019', 'STT;Đơn vị;Có điều kiện;Giải quyết xong'];
  it.each([['Cộng tỉnh Tiền Giang', 'Cộng Bến Tre'], ['Cộng Tiền Giang', 'Cộng Bến Tre']])('%s / %s below two provinces\' blocks (no one province\'s title): two provinces', async (tg, bt) => {
    const r = await both('cum-thi-dua-8-2019.csv', [
      ...CLUSTER, '1;Thành phố Mỹ Tho;600;540', '2;Châu Thành;300;271', `;${tg};900;811`,
      '1;Thành phố Bến Tre;500;450', '2;Châu Thành;300;270', `;${bt};800;720`, ';Tổng cộng;1700;1531',
    ], ['--by', 'province', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // Tiền Giang 600+300 = 900, 540+271 = 811 (90,11 %); Bến Tre 500+300 = 800, 450+270 = 720 (90,00 %);
    // total 1.700 / 1.531 (90,06 %); national 73 %: +17,11, +17,00, +17,06
    expect(rows(r.stdout).map((l) => l.split('|').slice(0, 7).join('|'))).toEqual([
      'Tiền Giang||900|811|90.11|73|17.11',
      'Bến Tre||800|720|90.00|73|17.00',
      '|TOTAL|1700|1531|90.06|73|17.06',
    ]);
  });

  it('"Cộng Nam Định" under the enforcers of office Nam Định in Nam Định\'s report: its subtotal, as before', async () => {
    const r = await both('nam-dinh-2019.csv', [
      'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'STT;Đơn vị;Chấp hành viên;Việc có điều kiện;Việc giải quyết xong',
      '1;Nam Định;Nguyễn Văn An;300;280', '2;;Trần Thị Bình;200;150', ';Cộng Nam Định;;500;430',
      '3;Mỹ Lộc;Lê Văn Cường;100;90', '4;;Võ Văn Tâm;50;45', ';Cộng Mỹ Lộc;;150;135', ';Tổng cộng;;650;565',
    ]);
    expect(r.code, r.stderr).toBe(0);
    // Nam Định 300+200 = 500, 280+150 = 430 (86,00 %); Mỹ Lộc 100+50 = 150, 90+45 = 135 (90,00 %); 650 / 565 (86,92 %)
    expect(rows(r.stdout).map((l) => l.split('|').slice(0, 5).join('|'))).toEqual([
      'Nam Định|Nam Định|500|430|86.00', 'Nam Định|Mỹ Lộc|150|135|90.00', '|TOTAL|650|565|86.92',
    ]);
  });

  it('2025: "Cộng Hòa Bình" in Phú Thọ\'s report closes the block of Hòa Bình, merged into Phú Thọ, as before', async () => {
    const r = await both('phu-tho-2025.csv', [
      'THI HÀNH ÁN DÂN SỰ TỈNH PHÚ THỌ', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong',
      '1;Phòng THADS khu vực 1;300;280', '2;Phòng THADS khu vực 2;200;150', ';Cộng Phú Thọ;500;430',
      '3;Phòng THADS khu vực 1;100;90', '4;Phòng THADS khu vực 2;50;45', ';Cộng Hòa Bình;150;135', ';Tổng cộng;650;565',
    ]);
    expect(r.code, r.stderr).toBe(0);
    // A khu vực is numbered within the province formed on 1/7/2025 (traps31 t7): "khu vực 1" in
    // Hòa Bình's block is Phú Thọ's khu vực 1, written on two rows, added and said — khu vực 1
    // 300 + 100 = 400 / 280 + 90 = 370, khu vực 2 200 + 50 = 250 / 150 + 45 = 195; 650 / 565
    expect(rows(r.stdout).map((l) => l.split('|').slice(0, 4).join('|'))).toEqual([
      'Phú Thọ|Phòng THADS khu vực 1|400|370', 'Phú Thọ|Phòng THADS khu vực 2|250|195', '|TOTAL|650|565',
    ]);
    expect(r.stderr).toContain('[PROVINCE_ROLLED_UP]');
    expect(r.stderr).toContain('[DUPLICATE_OFFICE]');
  });
});

describe('subtotalProvince, closesProvinceBlock', () => {
  it.each([
    ['Cộng Hòa Bình', 'Hòa Bình', true],
    ['CONG HOA BINH', 'Hòa Bình', true],
    ['Cộng tỉnh Hòa Bình', 'Hòa Bình', false],
    ['Cộng Cục THADS tỉnh Hòa Bình', 'Hòa Bình', false],
    ['Cộng TP Hà Nội', 'Hà Nội', false],
  ] as const)('%s: %s, bare %s', (label, province, bare) => {
    expect(subtotalProvince(label, 2019)).toMatchObject({ province, bare });
  });

  const office = (district: string, named: boolean): FileRow => ({ kind: 'data', named, row: { file: 'f', line: 5, province: null, district, year: 2019, figures: {} } });
  it('bare, under another province\'s title: no; named as one: yes', () => {
    expect(closesProvinceBlock(subtotalProvince('Cộng Hòa Bình', 2019)!, office('Giá Rai', false), 'Bạc Liêu', 2019)).toBe(false);
    expect(closesProvinceBlock(subtotalProvince('Cộng tỉnh Hòa Bình', 2019)!, office('Giá Rai', false), 'Bạc Liêu', 2019)).toBe(true);
    expect(closesProvinceBlock(subtotalProvince('Cộng Bạc Liêu', 2019)!, office('Giá Rai', false), 'Bạc Liêu', 2019)).toBe(true);
  });

  it('bare, no province fixed: no below its office\'s enforcers, yes below another office\'s or an office row without one', () => {
    expect(closesProvinceBlock(subtotalProvince('Cộng Hòa Bình', 2019)!, office('Huyện Hòa Bình', true), null, 2019)).toBe(false);
    expect(closesProvinceBlock(subtotalProvince('Cộng Hòa Bình', 2019)!, office('Giá Rai', true), null, 2019)).toBe(true);
    expect(closesProvinceBlock(subtotalProvince('Cộng Hòa Bình', 2019)!, office('Hòa Bình', false), null, 2019)).toBe(true);
  });
});
