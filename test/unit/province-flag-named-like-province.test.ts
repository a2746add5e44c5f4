// --province X says the file's rows are X's (finding work78a 01): an office named like a province
// was left to stand for that province — Bạc Liêu's huyện "Hòa Bình" took no province, the year's
// 73 % for Bạc Liêu's 78 ("+2.00, đạt" for "−3.00"), the TOTAL +8.29 for +3.29, exit 0; so did the
// Cục's own row "Cục THADS tỉnh Nam Định" in its bare table. Now every such row is X's office; a
// file --province cannot be true of (rows naming two other provinces, "Cục THADS tỉnh Gia Lai" under
// Bạc Liêu) is refused at the row. Without --province a report of the provinces reads as before.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, write } = bothReaders('thads-province-flag-', []);
const config = (name: string, targets: object) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ targets: { '2019': targets } }));
  return path;
};
const BAC_LIEU = config('bac-lieu.json', { cases: 73, money: '33', provinces: { 'Bạc Liêu': { cases: 78, money: '40' } } });
const NAM_DINH = config('nam-dinh.json', { cases: 73, money: '33', provinces: { 'Nam Định': { cases: 74, money: '34.5' } } });
const QUANG_BINH = config('quang-binh.json', { cases: 73, money: '33', provinces: { 'Quảng Bình': { cases: 75, money: '40' } } });

const HEAD = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const bacLieu = (hoaBinh: string) => [
  HEAD,
  '1,Thành phố Bạc Liêu,612,518,10482316000,4518227000',
  '2,Hồng Dân,287,236,3120558000,1302114000',
  '3,Phước Long,305,249,2870110000,1190442000',
  '4,Vĩnh Lợi,254,208,2210874000,905336000',
  '5,Giá Rai,398,327,4811902000,1987601000',
  '6,Đông Hải,276,221,2655430000,1040227000',
  `7,${hoaBinh},412,309,4027519000,1503288000`,
  ',Tổng cộng,2544,2068,30178709000,12447235000',
];

/** province|district|cases with conditions|resolved|rate|target|gap|met|money rate|target|gap|met */
const pick = (rows: Record<string, string>[]) =>
  rows.map((r) => [r.province, r.district, r.cases_with_conditions, r.cases_resolved, r.cases_rate, r.cases_target, r.cases_gap_pp, r.cases_met, r.money_rate, r.money_target, r.money_gap_pp, r.money_met].join('|'));

describe('--province: an office named like another province is the flag\'s province\'s (both readers)', () => {
  it.each(['Hòa Bình', 'Hoà Bình', 'HÒA BÌNH', 'Hoa Binh'])('Bạc Liêu\'s huyện "%s": Bạc Liêu\'s 78/40 (was: no province, 73, "+2.00, đạt")', async (name) => {
    const file = write('tong-hop-2019.csv', bacLieu(name));
    for (const flag of ['Bạc Liêu', 'Bac Lieu']) {
      const r = await summarizeCsvRows(dir, [file], ['--config', BAC_LIEU, '--province', flag]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      // Hòa Bình 309/412 = 75,00 % − 78 = −3,00; money 1.503.288.000/4.027.519.000 = 37,33 % − 40 = −2,67
      // TOTAL 518+236+249+208+327+221+309 = 2068 of 612+287+305+254+398+276+412 = 2544: 81,29 % − 78 = +3,29;
      // money 12.447.235.000/30.178.709.000 = 41,25 % − 40 = +1,25
      expect(pick(r.rows).slice(-2)).toEqual([
        `Bạc Liêu|${name}|412|309|75.00|78|-3.00|false|37.33|40|-2.67|false`,
        '|TOTAL|2544|2068|81.29|78|3.29|true|41.25|40|1.25|true',
      ]);
      expect(r.rows.every((row) => row.district === 'TOTAL' || row.province === 'Bạc Liêu')).toBe(true);
    }
  });

  it('--by province: one row Bạc Liêu 2544/2068 (was: 2132/1759 and a province-less 412/309)', async () => {
    const file = write('tong-hop-2019.csv', bacLieu('Hòa Bình'));
    const r = await summarizeCsvRows(dir, [file], ['--config', BAC_LIEU, '--province', 'Bạc Liêu', '--by', 'province']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(pick(r.rows)).toEqual(['Bạc Liêu||2544|2068|81.29|78|3.29|true|41.25|40|1.25|true', '|TOTAL|2544|2068|81.29|78|3.29|true|41.25|40|1.25|true']);
  });

  it('the workbook of the same table: the same', async () => {
    const r = await summarizeLinesWorkbook(dir, 'tong-hop-2019.xlsx', bacLieu('Hòa Bình').map((l) => l.replaceAll(',', ';')), ['--config', BAC_LIEU, '--province', 'Bạc Liêu', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n');
    const columns = rows[0]!.split(',');
    expect(pick(rows.slice(-2).map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i]!, v]))))).toEqual([
      'Bạc Liêu|Hòa Bình|412|309|75.00|78|-3.00|false|37.33|40|-2.67|false',
      '|TOTAL|2544|2068|81.29|78|3.29|true|41.25|40|1.25|true',
    ]);
  });

  it('Quảng Bình\'s huyện "Quảng Ninh": one province, 1200/1500 against Quảng Bình\'s 75 (was: 1300 + a province-less 200)', async () => {
    const file = write('tong-hop-qb-2019.csv', [
      HEAD,
      '1,Đồng Hới,600,500,10000000000,5000000000',
      '2,Bố Trạch,300,250,3000000000,1000000000',
      '3,Quảng Ninh,200,150,2000000000,1000000000',
      '4,Lệ Thủy,400,300,4000000000,2000000000',
      ',Tổng cộng,1500,1200,19000000000,9000000000',
    ]);
    const r = await summarizeCsvRows(dir, [file], ['--config', QUANG_BINH, '--province', 'Quảng Bình', '--by', 'province']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 500+250+150+300 = 1200 of 600+300+200+400 = 1500: 80,00 % − 75 = +5,00; money 9/19 tỉ = 47,37 % − 40 = +7,37
    expect(pick(r.rows)).toEqual(['Quảng Bình||1500|1200|80.00|75|5.00|true|47.37|40|7.37|true', '|TOTAL|1500|1200|80.00|75|5.00|true|47.37|40|7.37|true']);
  });

  it.each(['Cục THADS tỉnh Nam Định', 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'Cuc THADS tinh Nam Dinh'])('the Cục\'s own row "%s": Nam Định\'s, the TOTAL against 74 (was: no province, the TOTAL against 73)', async (cuc) => {
    const file = write('tong-hop-2019.csv', ['STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong', `1,${cuc},608,582`, '2,Mỹ Lộc,586,533', '3,Vụ Bản,655,630']);
    const r = await summarizeCsvRows(dir, [file], ['--config', NAM_DINH, '--province', 'Nam Định']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Cục 582/608 = 95,72 % − 74 = +21,72; TOTAL 582+533+630 = 1745 of 608+586+655 = 1849: 94,38 % − 74 = +20,38
    expect(pick(r.rows).map((p) => p.split('|').slice(0, 8).join('|'))).toEqual([
      `Nam Định|${cuc}|608|582|95.72|74|21.72|true`,
      'Nam Định|Mỹ Lộc|586|533|90.96|74|16.96|true',
      'Nam Định|Vụ Bản|655|630|96.18|74|22.18|true',
      '|TOTAL|1849|1745|94.38|74|20.38|true',
    ]);
    const by = await summarizeCsvRows(dir, [file], ['--config', NAM_DINH, '--province', 'Nam Định', '--by', 'province']);
    expect(by.code).toBe(0);
    expect(pick(by.rows).map((p) => p.split('|').slice(0, 8).join('|'))).toEqual(['Nam Định||1849|1745|94.38|74|20.38|true', '|TOTAL|1849|1745|94.38|74|20.38|true']);
  });
});

describe('--province on a file it cannot be true of: refused at the row (both readers)', () => {
  const HINT = '  hint: a report of several provinces is read without --province (each row names its own); if the rows are Bạc Liêu\'s offices, give the file a province column (Tỉnh)\n';

  it('rows naming two other provinces: a report of the provinces', async () => {
    const file = write('toan-quoc-2019.csv', ['STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '1,An Giang,1000,800', '2,Bạc Liêu,500,400', '3,Bến Tre,600,450']);
    const r = await summarizeCsvRows(dir, [file], ['--config', BAC_LIEU, '--province', 'Bạc Liêu']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`toan-quoc-2019.csv:4:2: error: office "Bến Tre" names the province Bến Tre, and "An Giang" (line 2) An Giang: rows of several provinces, but --province says the file's rows are Bạc Liêu's [PROVINCE_CONFLICT]\n${HINT}`);
  });

  it.each(['Cục THADS tỉnh Gia Lai', 'Tỉnh Hòa Bình', 'TP. Hồ Chí Minh'])('a row naming another province more than by its bare name ("%s"): no Bạc Liêu office is so named', async (name) => {
    const file = write('tong-hop-2019.csv', ['STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '1,Hồng Dân,287,236', `2,${name},500,400`]);
    const r = await summarizeCsvRows(dir, [file], ['--config', BAC_LIEU, '--province', 'Bạc Liêu']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^tong-hop-2019\\.csv:3:2: error: office "${name.replace('.', '\\.')}" names the province (Gia Lai|Hòa Bình|Hồ Chí Minh), but --province says the file's rows are Bạc Liêu's \\[PROVINCE_CONFLICT\\]\n`));
    expect(r.stderr.endsWith(HINT)).toBe(true);
  });
});

describe('over-reach controls: read as before (both readers)', () => {
  it('a report of the provinces without --province: each row its province', async () => {
    const file = write('toan-quoc-2019.csv', ['STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong', '1,An Giang,1000,800', '2,Bạc Liêu,500,400', '3,Bến Tre,600,450']);
    const r = await summarizeCsvRows(dir, [file], ['--config', BAC_LIEU]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Bạc Liêu 400/500 = 80,00 % − 78 = +2,00; the others the year's 73; TOTAL 1650/2100 = 78,57 % − 73 = +5,57
    expect(pick(r.rows).map((p) => p.split('|').slice(0, 8).join('|'))).toEqual([
      '|An Giang|1000|800|80.00|73|7.00|true',
      '|Bạc Liêu|500|400|80.00|78|2.00|true',
      '|Bến Tre|600|450|75.00|73|2.00|true',
      '|TOTAL|2100|1650|78.57|73|5.57|true',
    ]);
  });

  it('--province with a table of ordinary names: all Bạc Liêu\'s, as before', async () => {
    const file = write('tong-hop-2019.csv', [...bacLieu('Hòa Bình').slice(0, 7), ',Tổng cộng,2132,1759,26151190000,10943947000']);
    const r = await summarizeCsvRows(dir, [file], ['--config', BAC_LIEU, '--province', 'Bạc Liêu', '--by', 'province']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 518+236+249+208+327+221 = 1759 of 612+287+305+254+398+276 = 2132: 82,50 % − 78 = +4,50;
    // money 10.943.947.000/26.151.190.000 = 41,85 % − 40 = +1,85
    expect(pick(r.rows)).toEqual(['Bạc Liêu||2132|1759|82.50|78|4.50|true|41.85|40|1.85|true', '|TOTAL|2132|1759|82.50|78|4.50|true|41.85|40|1.85|true']);
  });

  it('the table named after its province, without --province: Hòa Bình is Bạc Liêu\'s, as before', async () => {
    const file = write('bac-lieu-2019.csv', bacLieu('Hòa Bình'));
    const r = await summarizeCsvRows(dir, [file], ['--config', BAC_LIEU]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(pick(r.rows).slice(-2)).toEqual(['Bạc Liêu|Hòa Bình|412|309|75.00|78|-3.00|false|37.33|40|-2.67|false', '|TOTAL|2544|2068|81.29|78|3.29|true|41.25|40|1.25|true']);
  });

  it('"Huyện Hòa Bình" under --province: an office by its name alone, as before', async () => {
    const file = write('tong-hop-2019.csv', bacLieu('Huyện Hòa Bình'));
    const r = await summarizeCsvRows(dir, [file], ['--config', BAC_LIEU, '--province', 'Bạc Liêu']);
    expect(r.code).toBe(0);
    expect(pick(r.rows).slice(-2)).toEqual(['Bạc Liêu|Huyện Hòa Bình|412|309|75.00|78|-3.00|false|37.33|40|-2.67|false', '|TOTAL|2544|2068|81.29|78|3.29|true|41.25|40|1.25|true']);
  });
});
