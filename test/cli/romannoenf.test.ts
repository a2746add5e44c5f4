// Two ordinary forms by enforcer whose offices are Roman-numbered lines over their enforcers
// ("I | Văn phòng Cục", "II | Thành phố Đồng Hới", enforcers "1 | Nguyễn Văn An" under each), refused
// for nothing (work96b 03, 04):
//  1. an office line with figures and NO enforcer rows under it, the next Roman line of the list
//     right below it ("IV | Quảng Trạch" over "V | Lệ Thủy"): an office without enforcers, not a
//     section over its siblings, unless the rows below add up to it (by-enforcer.ts nextRomanOfList,
//     domain/declared-rows.ts listOffice) — was SECTION_ROW_MISMATCH (1.650 ≠ 1.402 + 1.575);
//  2. "VI | Quảng Ninh", the district of Quảng Bình named like another province, over its enforcers
//     in Quảng Bình's form: that office (by-enforcer.ts namesDistrictLikeOtherProvince, on
//     provinces.ts isDistrictNamedLikeProvince) — was NOT_AN_OFFICE on its first enforcer.
// Near shapes keep their reading. Every figure written by hand.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonRunner, parsed, type Result } from '../helpers/by-enforcer-json.js';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-romannoenf-'));
const run = jsonRunner(dir);
const { both } = bothReaders('thads-romannoenf-both-', ['--format', 'json']);

const CUC = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG BÌNH;;;';
const TITLE = ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2024;;;', '(Từ ngày 01/10/2023 đến ngày 30/9/2024);;;', 'Đơn vị tính: việc;;;'];
const HEADER = 'STT;Đơn vị / Chấp hành viên;Có điều kiện thi hành;Thi hành xong';
/** no title: the header says by enforcer and cases (both readers) */
const PLAIN_HEADER = 'STT;Đơn vị / Chấp hành viên;Số việc có điều kiện;Số việc thi hành xong';

/** district, with conditions, resolved, rate, rank of each office */
const offices = (r: Result) => parsed(r.stdout).groups.map((g) => [g.district, g.cases.withConditions, g.cases.resolved, g.cases.rate, g.cases.rank]);
const total = (r: Result) => {
  const t = parsed(r.stdout).total.cases;
  return [t.withConditions, t.resolved, t.rate];
};
const refused = (r: Result, code: string, at: string) => {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(stderrCodes(r.stderr)[0]).toBe(code);
  expect(r.stderr).toContain(at);
};

const VP = ['I;Văn phòng Cục;640;512', '1;Nguyễn Văn An;320;256', '2;Trần Thị Hoa;320;256'];
const DONG_HOI = ['II;Thành phố Đồng Hới;2.790;2.401', '1;Lê Văn Bình;930;800', '2;Phạm Thị Mai;930;800', '3;Hoàng Văn Nam;930;801'];
const BO_TRACH = ['III;Bố Trạch;1.810;1.570', '1;Đỗ Minh Tuấn;905;785', '2;Võ Thị Lan;905;785'];

// 8.529 / 9.867 = 86,44 %: 640 + 2.790 + 1.810 + 1.650 + 1.402 + 1.575 = 9.867; 512 + 2.401 + 1.570 + 1.430 + 1.238 + 1.378 = 8.529
const TOTAL = ['9867', '8529', '86.44'];
// rates: 512/640 80.00; 2401/2790 86.06; 1570/1810 86.74; 1430/1650 86.67; 1238/1402 88.30; 1378/1575 87.49
const readRight = (r: Result, expected: readonly (string | number)[][]) => {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(offices(r)).toEqual(expected);
  expect(total(r)).toEqual(TOTAL);
};

describe('1. a Roman office line without enforcers, the next Roman line right below it (work96b 03)', () => {
  const rows = (quangTrach = 'IV;Quảng Trạch;1.650;1.430') => [
    ...VP, ...DONG_HOI, ...BO_TRACH,
    quangTrach,
    'V;Lệ Thủy;1.402;1.238', '1;Bùi Văn Hải;701;619', '2;Ngô Thị Thu;701;619',
    'VI;Tuyên Hóa;1.575;1.378', '1;Đinh Văn Long;787;689', '2;Phan Thị Yến;788;689',
  ];
  const expected = [
    ['Văn phòng Cục', '640', '512', '80.00', 6],
    ['Thành phố Đồng Hới', '2790', '2401', '86.06', 5],
    ['Bố Trạch', '1810', '1570', '86.74', 3],
    ['Lệ Thủy', '1402', '1238', '88.30', 1],
    ['Tuyên Hóa', '1575', '1378', '87.49', 2],
    ['Quảng Trạch', '1650', '1430', '86.67', 4],
  ];
  it('the finding\'s file, titled (reference reader; was SECTION_ROW_MISMATCH 1650 ≠ 2977, exit 1)', () => {
    readRight(run('Quang Binh theo CHV 2024.csv', [CUC, ...TITLE, HEADER, ...rows()]), expected);
  });
  it('plain CSV, no title: both readers agree', async () => {
    readRight(await both('roman 2024.csv', [PLAIN_HEADER, ...rows()]), expected);
  });
  it('its .xlsx twin', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'Quang Binh theo CHV 2024.xlsx', [CUC, ...TITLE, HEADER, ...rows()], ['--format', 'json']), expected);
  });
  it('two such lines in a row ("III | Bố Trạch" and "IV | Quảng Trạch" without enforcers): both offices', () => {
    const r = run('Quang Binh hai dong 2024.csv', [CUC, ...TITLE, HEADER, ...VP, ...DONG_HOI, 'III;Bố Trạch;1.810;1.570', ...rows().slice(VP.length + DONG_HOI.length + BO_TRACH.length)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(offices(r).map((o) => o[0]).sort()).toEqual(['Bố Trạch', 'Lệ Thủy', 'Quảng Trạch', 'Thành phố Đồng Hới', 'Tuyên Hóa', 'Văn phòng Cục']);
    expect(total(r)).toEqual(TOTAL);
  });
  it('control: "IV | Quảng Trạch" equal to the rows below it (1.402 + 1.575 = 2.977, 1.238 + 1.378 = 2.616): their section, as before — never added', () => {
    const r = run('Quang Binh khoi 2024.csv', [CUC, ...TITLE, HEADER, ...rows('IV;Quảng Trạch;2.977;2.616')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(offices(r).map((o) => [o[0], o[1], o[2]])).toEqual([
      ['Văn phòng Cục', '640', '512'],
      ['Thành phố Đồng Hới', '2790', '2401'],
      ['Bố Trạch', '1810', '1570'],
      ['Lệ Thủy', '1402', '1238'],
      ['Tuyên Hóa', '1575', '1378'],
    ]);
    // 640 + 2.790 + 1.810 + 1.402 + 1.575 = 8.217; 512 + 2.401 + 1.570 + 1.238 + 1.378 = 7.099
    expect(total(r)).toEqual(['8217', '7099', '86.39']);
  });
  it('control: the next line not the next of the list ("IV" over "VI"): still a section that does not add up, refused', () => {
    const r = run('Quang Binh nhay so 2024.csv', [CUC, ...TITLE, HEADER, ...VP, ...DONG_HOI, ...BO_TRACH, 'IV;Quảng Trạch;1.650;1.430',
      'VI;Lệ Thủy;1.402;1.238', '1;Bùi Văn Hải;701;619', '2;Ngô Thị Thu;701;619']);
    refused(r, 'SECTION_ROW_MISMATCH', '"Quảng Trạch" heads the rows below it as a section');
  });
  it('control: a Roman bare place over Arabic offices that add up stays their section', () => {
    const r = run('Quang Binh cum 2024.csv', [CUC, ...TITLE, HEADER,
      'I;Bắc Quảng Bình;3.460;3.000', '1;Chi cục THADS huyện Quảng Trạch;1.650;1.430', '2;Chi cục THADS huyện Bố Trạch;1.810;1.570',
      'II;Nam Quảng Bình;2.977;2.616', '1;Chi cục THADS huyện Lệ Thủy;1.402;1.238', '2;Chi cục THADS huyện Tuyên Hóa;1.575;1.378']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(offices(r).map((o) => o[0])).toEqual(['Chi cục THADS huyện Quảng Trạch', 'Chi cục THADS huyện Bố Trạch', 'Chi cục THADS huyện Lệ Thủy', 'Chi cục THADS huyện Tuyên Hóa']);
    // 3.460 + 2.977 = 6.437; 3.000 + 2.616 = 5.616; 5.616 / 6.437 = 87,246 %
    expect(total(r)).toEqual(['6437', '5616', '87.25']);
  });
  it('control: a Roman province line over its offices in a national table stays their section', () => {
    const r = run('toan quoc theo CHV 2024.csv', ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2024;;;', 'Đơn vị tính: việc;;;', HEADER,
      'I;Cục THADS tỉnh Quảng Bình;3.460;3.000', '1;Chi cục THADS huyện Quảng Trạch;1.650;1.430', '2;Chi cục THADS huyện Bố Trạch;1.810;1.570',
      'II;Cục THADS tỉnh Quảng Trị;2.977;2.616', '1;Chi cục THADS huyện Hải Lăng;1.402;1.238', '2;Chi cục THADS huyện Gio Linh;1.575;1.378']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(offices(r).map((o) => o[0])).toEqual(['Chi cục THADS huyện Quảng Trạch', 'Chi cục THADS huyện Bố Trạch', 'Chi cục THADS huyện Hải Lăng', 'Chi cục THADS huyện Gio Linh']);
    expect(total(r)).toEqual(['6437', '5616', '87.25']);
  });
});

describe('2. "VI | Quảng Ninh", Quảng Bình\'s district named like another province, over its enforcers (work96b 04)', () => {
  const rows = (quangNinh = 'VI;Quảng Ninh;1.575;1.378') => [
    ...VP, ...DONG_HOI, ...BO_TRACH,
    'IV;Quảng Trạch;1.650;1.430', '1;Trương Văn Đức;825;715', '2;Lý Thị Ngân;825;715',
    'V;Lệ Thủy;1.402;1.238', '1;Bùi Văn Hải;701;619', '2;Ngô Thị Thu;701;619',
    quangNinh, '1;Đinh Văn Long;787;689', '2;Phan Thị Yến;788;689',
  ];
  const expected = (quangNinh = 'Quảng Ninh') => [
    ['Văn phòng Cục', '640', '512', '80.00', 6],
    ['Thành phố Đồng Hới', '2790', '2401', '86.06', 5],
    ['Bố Trạch', '1810', '1570', '86.74', 3],
    ['Quảng Trạch', '1650', '1430', '86.67', 4],
    ['Lệ Thủy', '1402', '1238', '88.30', 1],
    [quangNinh, '1575', '1378', '87.49', 2],
  ];
  const province = (r: Result) => [...new Set(parsed(r.stdout).groups.map((g) => (g as unknown as { province: string }).province))];
  it('the finding\'s file, titled (reference reader; was NOT_AN_OFFICE at "Đinh Văn Long", exit 1): Quảng Bình\'s office', () => {
    const r = run('Quang Binh theo CHV 2024.csv', [CUC, ...TITLE, HEADER, ...rows()]);
    readRight(r, expected());
    expect(province(r)).toEqual(['Quảng Bình']);
  });
  it('plain CSV, no title, the province in the file\'s name: both readers agree', async () => {
    readRight(await both('Quang Binh 2024.csv', [PLAIN_HEADER, ...rows()]), expected());
  });
  it('its .xlsx twin', async () => {
    readRight(await summarizeLinesWorkbook(dir, 'Quang Binh theo CHV 2024.xlsx', [CUC, ...TITLE, HEADER, ...rows()], ['--format', 'json']), expected());
  });
  it('the form\'s usual layout, "6 | Quảng Ninh" over enforcers without STT: the same office', () => {
    // (enforcers "1", "2" without STT, then the offices "I"… numbered 1…)
    const arabic = rows().map((l) => l.replace(/^\d;/, ';').replace(/^(I|II|III|IV|V|VI);/, (_, r: string) => `${['I', 'II', 'III', 'IV', 'V', 'VI'].indexOf(r) + 1};`));
    readRight(run('Quang Binh so 2024.csv', [CUC, ...TITLE, HEADER, ...arabic]), expected());
  });
  it('control: "Huyện Quảng Ninh" reads as before', () => {
    readRight(run('Quang Binh huyen 2024.csv', [CUC, ...TITLE, HEADER, ...rows('VI;Huyện Quảng Ninh;1.575;1.378')]), expected('Huyện Quảng Ninh'));
  });
  it('control: the file of no one province (no title, no province in its name): still refused, NOT_AN_OFFICE', async () => {
    refused(await both('theo CHV 2024.csv', [PLAIN_HEADER, ...rows()]), 'NOT_AN_OFFICE', '"Đinh Văn Long"');
  });
  it('control: Quảng Trị\'s form (Quảng Ninh no district of it): still refused, NOT_AN_OFFICE', () => {
    refused(run('Quang Tri theo CHV 2024.csv', ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG TRỊ;;;', ...TITLE, HEADER, ...rows()]), 'NOT_AN_OFFICE', '"Đinh Văn Long"');
  });
  it('control: "VI | Tỉnh Quảng Ninh" names the province: still refused, NOT_AN_OFFICE', () => {
    refused(run('Quang Binh tinh 2024.csv', [CUC, ...TITLE, HEADER, ...rows('VI;Tỉnh Quảng Ninh;1.575;1.378')]), 'NOT_AN_OFFICE', '"Đinh Văn Long"');
  });
});
