// The national table of the provinces headed "STT | Đơn vị | …" (round 76d, 01): its rows were read
// as offices naming no province, so the config's province targets (Hà Nội 95 %, TP. Hồ Chí Minh
// 95 %) were dropped with a TARGET_UNMATCHED warning and the national 84 % applied: "Hà Nội vượt
// 7,13%", met, exit 0, where it fell 3,87 points short. The same rows are provinces for --previous
// (provinceStoodFor); they now are for targets too, when every office row of the year names a
// province. A province's file of its offices (one office named like a province, its Cục's row
// among its Chi cục) stays offices, under the national target and the warning, as before.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarizeCsvRows } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-province-table-targets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, lines: readonly string[]): string {
  writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  return join(dir, name);
}

const COLUMNS = ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'cases_target', 'cases_gap_pp', 'cases_required', 'cases_above_target', 'cases_met'];
const pick = (rows: Record<string, string>[]) => rows.map((r) => COLUMNS.map((c) => r[c]).join('|'));

const config2026 = write('targets-2026.config.json', [JSON.stringify({ targets: { '2026': { cases: '84', provinces: { 'Thành phố Hồ Chí Minh': { cases: '95' }, 'Hà Nội': { cases: '95' } } } } })]);

const TITLE_2026 = 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2026 TÍNH BẰNG VIỆC';
const table2026 = (head: string, [hn, hcm, pt]: readonly string[]) => [TITLE_2026, `STT,${head},Có điều kiện thi hành,Giải quyết xong`, `1,${hn},1000,900`, `2,${hcm},2000,1800`, `3,${pt},500,400`, ',Tổng cộng,3500,3100'];

// By hand (targets: Hà Nội 95, TP. Hồ Chí Minh 95, any other 84):
// Hà Nội 900/1000 = 90.00 %, 90 − 95 = −5.00, required ⌈0.95 × 1000⌉ = 950, above 900 − 950 = −50, not met;
// Hồ Chí Minh 1800/2000 = 90.00 %, −5.00, required ⌈0.95 × 2000⌉ = 1900, above −100, not met;
// Phú Thọ 400/500 = 80.00 %, 80 − 84 = −4.00, required ⌈0.84 × 500⌉ = 420, above −20, not met;
// TOTAL 3100/3500 = 88.5714 % → 88.57, national 84: +4.57, required ⌈0.84 × 3500⌉ = 2940, above 160, met.
const expected2026 = ([hn, hcm, pt]: readonly string[]) => [
  `${hn}|1000|900|90.00|95|-5.00|950|-50|false`,
  `${hcm}|2000|1800|90.00|95|-5.00|1900|-100|false`,
  `${pt}|500|400|80.00|84|-4.00|420|-20|false`,
  'TOTAL|3500|3100|88.57|84|4.57|2940|160|true',
];

describe('a table of the provinces in its office column takes the provinces\' targets', () => {
  it.each([
    ['Đơn vị', ['Hà Nội', 'Thành phố Hồ Chí Minh', 'Phú Thọ']],
    ['Đơn vị', ['TP. Hà Nội', 'TP.HCM', 'Tỉnh Phú Thọ']],
    ['Tên đơn vị', ['Cục THADS TP Hà Nội', 'Cục THADS TP Hồ Chí Minh', 'Cục THADS tỉnh Phú Thọ']],
    ['Đơn vị', ['THADS thành phố Hà Nội', 'THADS TP. Hồ Chí Minh', 'THADS tỉnh Phú Thọ']],
    ['Don vi', ['HA NOI', 'HO CHI MINH', 'PHU THO']],
  ])('headed "%s", rows %j: Hà Nội and Hồ Chí Minh against 95 % (was 84 %, "vượt 6,00", met), no warning', async (head, names) => {
    const file = write(`toan-quoc-${names[0]!.replace(/\W/g, '')}-2026.csv`, table2026(head, names));
    const r = await summarizeCsvRows(dir, [file], ['--config', config2026]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(pick(r.rows)).toEqual(expected2026(names));
  });

  it('an English export ("Office", "Ha Noi City"): the same', async () => {
    const names = ['Ha Noi City', 'Ho Chi Minh City', 'Phu Tho Province'];
    const file = write('national-2026.csv', ['CIVIL JUDGMENT ENFORCEMENT RESULTS IN CASES, YEAR 2026', 'No.,Office,Cases with conditions,Cases resolved', `1,${names[0]},1000,900`, `2,${names[1]},2000,1800`, `3,${names[2]},500,400`, ',Total,3500,3100']);
    const r = await summarizeCsvRows(dir, [file], ['--config', config2026]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(pick(r.rows)).toEqual(expected2026(names));
  });

  it('the same table as a workbook: the same', async () => {
    const names = ['Hà Nội', 'Thành phố Hồ Chí Minh', 'Phú Thọ'];
    const lines = table2026('Đơn vị', names).map((l) => l.replace(/,/g, ';'));
    const r = await summarizeLinesWorkbook(dir, 'toan-quoc-2026.xlsx', lines, ['--config', config2026, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [header, ...rest] = r.stdout.trim().split('\n');
    const columns = header!.split(',');
    expect(pick(rest.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i]!, v]))))).toEqual(expected2026(names));
  });

  it('2025, DOMAIN\'s targets (Phú Thọ 84.05, Hà Nội 83.94): each row against its province\'s (was 83.9 for all)', async () => {
    const config = write('targets-2025.config.json', [JSON.stringify({ targets: { '2025': { cases: '83.9', provinces: { 'Hà Nội': { cases: '83.94' }, 'Phú Thọ': { cases: '84.05' } } } } })]);
    const file = write('toan-quoc-2025.csv', ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025 TÍNH BẰNG VIỆC', 'STT,Đơn vị,Có điều kiện thi hành,Giải quyết xong', '1,Hà Nội,2958,2217', '2,Phú Thọ,2339,2217', '3,Huế,1000,850']);
    const r = await summarizeCsvRows(dir, [file], ['--config', config]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // Hà Nội 2217/2958 = 74.9493 % → 74.95; 74.9493 − 83.94 = −8.9907 → −8.99; ⌈0.8394 × 2958⌉ = ⌈2482.95⌉ = 2483; 2217 − 2483 = −266.
    // Phú Thọ 2217/2339 = 94.7841 % → 94.78; 94.7841 − 84.05 = 10.7341 → 10.73; ⌈0.8405 × 2339⌉ = ⌈1965.93⌉ = 1966; 2217 − 1966 = 251.
    // Huế 850/1000 = 85.00 %, national 83.9: +1.10, ⌈839⌉ = 839, above 11.
    // TOTAL 5284/6297 = 83.9130 % → 83.91; +0.01 (0.0130 → 0.01); ⌈0.839 × 6297⌉ = ⌈5283.183⌉ = 5284; above 0; met.
    expect(pick(r.rows)).toEqual([
      'Hà Nội|2958|2217|74.95|83.94|-8.99|2483|-266|false',
      'Phú Thọ|2339|2217|94.78|84.05|10.73|1966|251|true',
      'Huế|1000|850|85.00|83.9|1.10|839|11|true',
      'TOTAL|6297|5284|83.91|83.9|0.01|5284|0|true',
    ]);
  });

  it('one province\'s row alone: the row and the TOTAL against its target', async () => {
    // 900/1000 = 90.00 %, Hà Nội's 95: −5.00, ⌈950⌉ = 950, above −50, not met — the TOTAL is that row.
    const file = write('bao-cao-2026.csv', [TITLE_2026, 'STT,Đơn vị,Có điều kiện thi hành,Giải quyết xong', '1,Thành phố Hà Nội,1000,900']);
    const r = await summarizeCsvRows(dir, [file], ['--config', config2026]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(pick(r.rows)).toEqual(['Thành phố Hà Nội|1000|900|90.00|95|-5.00|950|-50|false', 'TOTAL|1000|900|90.00|95|-5.00|950|-50|false']);
  });
});

describe('over-reach: a province\'s offices stay offices', () => {
  const config2019 = write('targets-2019.config.json', [JSON.stringify({ targets: { '2019': { cases: '74', provinces: { 'Nam Định': { cases: '80' } } } } })]);
  const UNMATCHED_NAM_DINH =
    'targets-2019.config.json: warning: the target for province "Nam Định" (2019) applies to none of the input: it names no province (no province column, title or file name), so its rows take the national targets [TARGET_UNMATCHED]\n';

  it('an untitled Nam Định file whose "TP Nam Định" shares the province\'s name: national 74 %, the warning kept', async () => {
    const file = write('bao-cao-2019.csv', ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019 TÍNH BẰNG VIỆC', 'STT,Đơn vị,Có điều kiện thi hành,Giải quyết xong', '1,TP Nam Định,1000,800', '2,Huyện Mỹ Lộc,500,400', ',Tổng cộng,1500,1200']);
    const r = await summarizeCsvRows(dir, [file], ['--config', config2019]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(UNMATCHED_NAM_DINH);
    // 800/1000 = 80.00 %, 80 − 74 = 6.00, ⌈740⌉, above 60; 400/500 = 80.00 %, ⌈370⌉, above 30; 1200/1500 = 80.00 %, ⌈1110⌉, above 90.
    expect(pick(r.rows)).toEqual(['TP Nam Định|1000|800|80.00|74|6.00|740|60|true', 'Huyện Mỹ Lộc|500|400|80.00|74|6.00|370|30|true', 'TOTAL|1500|1200|80.00|74|6.00|1110|90|true']);
  });

  it('its Cục\'s row among its Chi cục (a province beside offices): every row national 74 %, the warning kept', async () => {
    const file = write('bao-cao-cuc-2019.csv', ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019 TÍNH BẰNG VIỆC', 'STT,Đơn vị,Có điều kiện thi hành,Giải quyết xong', '1,Cục THADS tỉnh Nam Định,300,270', '2,Chi cục THADS huyện Mỹ Lộc,500,400', '3,Chi cục THADS huyện Vụ Bản,400,300', ',Tổng cộng,1200,970']);
    const r = await summarizeCsvRows(dir, [file], ['--config', config2019]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(UNMATCHED_NAM_DINH);
    // 270/300 = 90.00 %, +16.00, ⌈222⌉, above 48; 400/500 = 80.00 %, +6.00, 370, 30; 300/400 = 75.00 %, +1.00, 296, 4;
    // TOTAL 970/1200 = 80.8333 % → 80.83, +6.83, ⌈0.74 × 1200⌉ = 888, above 82.
    expect(pick(r.rows)).toEqual([
      'Cục THADS tỉnh Nam Định|300|270|90.00|74|16.00|222|48|true',
      'Chi cục THADS huyện Mỹ Lộc|500|400|80.00|74|6.00|370|30|true',
      'Chi cục THADS huyện Vụ Bản|400|300|75.00|74|1.00|296|4|true',
      'TOTAL|1200|970|80.83|74|6.83|888|82|true',
    ]);
  });

  it('Hà Tĩnh\'s file with an office target for "Thành phố Hà Tĩnh": the office\'s 90 %, the other the province\'s 80 %', async () => {
    const config = write('ha-tinh.config.json', [JSON.stringify({ targets: { '2019': { cases: '74', provinces: { 'Hà Tĩnh': { cases: '80', districts: { 'Thành phố Hà Tĩnh': { cases: '90' } } } } } } })]);
    const file = write('ha-tinh-2019.csv', ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019 TÍNH BẰNG VIỆC', 'STT,Đơn vị,Có điều kiện thi hành,Giải quyết xong', '1,Thành phố Hà Tĩnh,1000,800', '2,Huyện Cẩm Xuyên,500,400', ',Tổng cộng,1500,1200']);
    const r = await summarizeCsvRows(dir, [file], ['--config', config]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 800/1000 = 80.00 %, 80 − 90 = −10.00, ⌈900⌉, above −100; 400/500 = 80.00 % vs 80: 0.00, 400, 0, met; TOTAL 1200/1500 = 80.00 % vs 80: 0.00, 1200, 0.
    expect(pick(r.rows)).toEqual(['Thành phố Hà Tĩnh|1000|800|80.00|90|-10.00|900|-100|false', 'Huyện Cẩm Xuyên|500|400|80.00|80|0.00|400|0|true', 'TOTAL|1500|1200|80.00|80|0.00|1200|0|true']);
  });
});
