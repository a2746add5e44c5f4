// Per-office file names a tester found read wrong (findings work76a 01–04), each through the CLI on
// files written by hand, both readers:
// 01 a city's office that bears its province's name names its own workbook ("TP Nam Định 2019.xlsx -
//    Số liệu.csv"): the workbook is the office, not a province's of a tab per office — read as one, the
//    tab was a second office and TP Nam Định was summed twice; "TP Hồ Chí Minh" stays a province;
// 02 a download manager's copy number after the year ("… - 2026_2", "Mỹ Lộc 2019_2") is no month;
// 03 a Cục's workbook named by its shortening ("CTHADS Nam Định 2019", "Cục Nam Định 2019") names the
//    province, its tabs the offices;
// 04 a time of day after a sending day ("_20191005_153012", "05.10.2019 15.30", "15h30") is part of it,
//    no part of the office.
import { describe, expect, it } from 'vitest';
import { fileTree } from '../helpers/file-tree.js';
import { bothOnFiles, bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const HEAD = 'Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const office = (cases: number, resolved: number, money: number, moneyResolved: number) => [HEAD, `${cases},${resolved},${money},${moneyResolved}`];
// the tester's offices (2019)
const MY_LOC = office(586, 520, 9565824266, 7194245234);
const MY_LOC_RESENT = office(586, 522, 9565824266, 7194245234);
const VU_BAN = office(655, 611, 16389337399, 13086832295);
const Y_YEN = office(298, 266, 9770951678, 7917400545);
const TP_NAM_DINH = office(608, 545, 13338211701, 10834320918);
const TP_NAM_DINH_RESENT = office(608, 548, 13338211701, 10834320918);
const TP_LAST_YEAR = office(590, 500, 12000000000, 9000000000);

type Row = Record<string, string>;
const cases = (r: { rows: Row[] }) => r.rows.map((x) => [x.province, x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate]);
const money = (r: { rows: Row[] }) => r.rows.map((x) => [x.district, x.money_with_conditions, x.money_resolved, x.money_rate]);
const errors = (stderr: string) => stderr.split('\n').filter((l) => l.includes(': error: ') || l.startsWith('thads: '));

describe('01: "TP <province> 2019.xlsx - <tab>.csv" is the city\'s office\'s workbook, its tab no office', () => {
  const { dir } = fileTree('thads-76a-01-');

  it('a/ its CSV and its workbook\'s tab beside Mỹ Lộc: DUPLICATE_INPUT, exit 1 (was TOTAL 1.802 = 586 + 608 + 608, exit 0)', async () => {
    const r = await bothOnFiles(`${dir}/a`, {
      'Mỹ Lộc 2019.csv': MY_LOC,
      'TP Nam Định 2019.csv': TP_NAM_DINH,
      'TP Nam Định 2019.xlsx - Số liệu.csv': TP_NAM_DINH_RESENT,
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual([
      'TP Nam Định 2019.xlsx - Số liệu.csv:2: error: cases of "TP Nam Định" (2019) are given again: TP Nam Định 2019.csv:2 already gave them (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]',
      'thads: 1 error in the input; nothing was summed',
    ]);
  });

  it('b/ both tabs of its workbook, "Kỳ này" and "Cùng kỳ" (last year\'s): DUPLICATE_INPUT, exit 1, as "Mỹ Lộc 2019.xlsx - …" is (was 1.198 = 608 + 590)', async () => {
    const r = await bothOnFiles(`${dir}/b`, {
      'TP Nam Định 2019.xlsx - Cùng kỳ.csv': TP_LAST_YEAR,
      'TP Nam Định 2019.xlsx - Kỳ này.csv': TP_NAM_DINH,
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(errors(r.stderr)[0]).toBe('TP Nam Định 2019.xlsx - Kỳ này.csv:2: error: cases of "TP Nam Định" (2019) are given again: TP Nam Định 2019.xlsx - Cùng kỳ.csv:2 already gave them (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]');
  });

  it.each([
    ['Thành phố Nam Định 2019', 'Thành phố Nam Định'],
    ['TP. Bến Tre 2019', 'TP. Bến Tre'],
    ['TP Thái Bình 2019', 'TP Thái Bình'],
    ['Tp Nam Dinh 2019', 'Tp Nam Dinh'],
    ['Thanh pho Nam Dinh 2019', 'Thanh pho Nam Dinh'],
    ['TP Hòa Bình 2019', 'TP Hòa Bình'],
    // Huế was Thừa Thiên Huế's city before 2025
    ['TP Huế 2019', 'TP Huế'],
  ])('"%s.csv" and its workbook\'s tab "….xlsx - Số liệu.csv": one office "%s" given twice, DUPLICATE_INPUT', async (name, named) => {
    const r = await bothOnFiles(`${dir}/${name}`, {
      [`${name}.csv`]: TP_NAM_DINH,
      [`${name}.xlsx - Số liệu.csv`]: TP_NAM_DINH_RESENT,
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(errors(r.stderr)[0]).toBe(`${name}.xlsx - Số liệu.csv:2: error: cases of "${named}" (2019) are given again: ${name}.csv:2 already gave them (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]`);
  });

  it('the tab alone beside Mỹ Lộc is the office TP Nam Định: 586 + 608 = 1.194 việc, 520 + 548 = 1.068 xong', async () => {
    const tree = fileTree('thads-76a-01-alone-');
    const files = tree.write({ 'Mỹ Lộc 2019.csv': MY_LOC, 'TP Nam Định 2019.xlsx - Số liệu.csv': TP_NAM_DINH_RESENT });
    const r = await summarizeCsvRows(tree.dir, files, []);
    expect(r.code).toBe(0);
    // 520/586 = 88,74 %; 548/608 = 90,13 %; 1.068/1.194 = 0,894472… → 89,45 %
    expect(cases(r)).toEqual([
      ['', 'Mỹ Lộc', '586', '520', '88.74'],
      ['', 'TP Nam Định', '608', '548', '90.13'],
      ['', 'TOTAL', '1194', '1068', '89.45'],
    ]);
  });

  // over-reach: a centrally-run city is a province, its workbook's tabs its offices
  it('control: "TP Hồ Chí Minh 2019.xlsx - Quận 1.csv" and "- Quận 3.csv" are two offices of Hồ Chí Minh: 655 + 298 = 953, 611 + 266 = 877', async () => {
    const tree = fileTree('thads-76a-01-hcm-');
    const files = tree.write({ 'TP Hồ Chí Minh 2019.xlsx - Quận 1.csv': VU_BAN, 'TP Hồ Chí Minh 2019.xlsx - Quận 3.csv': Y_YEN });
    const r = await summarizeCsvRows(tree.dir, files, []);
    expect(r.code).toBe(0);
    // 611/655 = 93,28 %; 266/298 = 89,26 %; 877/953 = 0,920251… → 92,03 %
    expect(cases(r)).toEqual([
      ['Hồ Chí Minh', 'Quận 1', '655', '611', '93.28'],
      ['Hồ Chí Minh', 'Quận 3', '298', '266', '89.26'],
      ['', 'TOTAL', '953', '877', '92.03'],
    ]);
  });

  it('control: "Thành phố Hà Nội 2019.xlsx - Ba Đình.csv", "TP.HCM 2019.xlsx - Quận 1.csv", "TP Đà Nẵng 2019.xlsx - Hải Châu.csv": each tab an office of its city', async () => {
    const tree = fileTree('thads-76a-01-cities-');
    const files = tree.write({
      'Thành phố Hà Nội 2019.xlsx - Ba Đình.csv': MY_LOC,
      'TP.HCM 2019.xlsx - Quận 1.csv': VU_BAN,
      'TP Đà Nẵng 2019.xlsx - Hải Châu.csv': Y_YEN,
    });
    const r = await summarizeCsvRows(tree.dir, files, []);
    expect(r.code).toBe(0);
    // 586 + 655 + 298 = 1.539; 520 + 611 + 266 = 1.397; 1.397/1.539 = 0,907732… → 90,77 %
    expect(cases(r)).toEqual([
      ['Hà Nội', 'Ba Đình', '586', '520', '88.74'],
      ['Hồ Chí Minh', 'Quận 1', '655', '611', '93.28'],
      ['Đà Nẵng', 'Hải Châu', '298', '266', '89.26'],
      ['', 'TOTAL', '1539', '1397', '90.77'],
    ]);
  });

  it('control: "Nam Định 2019.xlsx - Mỹ Lộc.csv" and "- Vụ Bản.csv" (the province\'s workbook) stay two offices of Nam Định: 1.241 / 1.131', async () => {
    const tree = fileTree('thads-76a-01-nd-');
    const files = tree.write({ 'Nam Định 2019.xlsx - Mỹ Lộc.csv': MY_LOC, 'Nam Định 2019.xlsx - Vụ Bản.csv': VU_BAN });
    const r = await summarizeCsvRows(tree.dir, files, []);
    expect(r.code).toBe(0);
    // 586 + 655 = 1.241; 520 + 611 = 1.131; 1.131/1.241 = 0,911362… → 91,14 %
    expect(cases(r)).toEqual([
      ['Nam Định', 'Mỹ Lộc', '586', '520', '88.74'],
      ['Nam Định', 'Vụ Bản', '655', '611', '93.28'],
      ['', 'TOTAL', '1241', '1131', '91.14'],
    ]);
  });
});

describe('02: a copy\'s number after the year ("_2") is no month', () => {
  const { dir, write } = fileTree('thads-76a-02-');

  it('a/ "Phòng THADS khu vực 1 - 2026_2.csv" beside khu vực 2 and 3: three year-end reports, exit 0 (was MIXED_PERIODS, exit 2)', async () => {
    const files = write({
      'a/Phòng THADS khu vực 1 - 2026_2.csv': office(412, 380, 10500000000, 6200000000),
      'a/Phòng THADS khu vực 2 - 2026.csv': office(530, 455, 12750000000, 8100000000),
      'a/Phòng THADS khu vực 3 - 2026.csv': office(298, 250, 7300000000, 5050000000),
    });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    // 412 + 530 + 298 = 1.240; 380 + 455 + 250 = 1.085; 1.085/1.240 = 87,50 %
    expect(cases(r).at(-1)).toEqual(['', 'TOTAL', '1240', '1085', '87.50']);
    expect(cases(r).map((x) => x[1])).toEqual(['Phòng THADS khu vực 1', 'Phòng THADS khu vực 2', 'Phòng THADS khu vực 3', 'TOTAL']);
    // 10,5 + 12,75 + 7,3 = 30,55 tỷ; 6,2 + 8,1 + 5,05 = 19,35 tỷ; 19,35/30,55 = 0,633387… → 63,34 %
    expect(money(r).at(-1)).toEqual(['TOTAL', '30550000000', '19350000000', '63.34']);
  });

  it('b/ "Mỹ Lộc 2019_2.csv" alone is the year-end 2019, compared with "Mỹ Lộc 2018.csv": 88,74 − 83,93 = +4,81 points', async () => {
    const [input, previous] = write({ 'b/Mỹ Lộc 2019_2.csv': MY_LOC, 'b/prev/Mỹ Lộc 2018.csv': office(560, 470, 9000000000, 6500000000) });
    const r = await summarizeCsvRows(dir, [input!], ['--previous', previous!]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 520/586 = 88,737 %; 470/560 = 83,929 %; 88,737 − 83,929 = 4,81
    const row = r.rows.find((x) => x.district === 'Mỹ Lộc')!;
    expect([row.cases_rate, row.cases_rate_change]).toEqual(['88.74', '4.81']);
  });

  it('"Mỹ Lộc 2019_1.csv" alone: its sentence states the whole statistics year (was "đến 31/1/2019")', async () => {
    const r = await bothOnFiles(`${dir}/c`, { 'Mỹ Lộc 2019_1.csv': MY_LOC }, ['--format', 'text', '--lang', 'vi']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Năm 2019 (từ 1/10/2018 đến 30/9/2019), kết quả thi hành án dân sự của Mỹ Lộc');
  });

  it('"Mỹ Lộc 2019_1.csv" beside "Mỹ Lộc 2019.csv" stays DUPLICATE_INPUT', async () => {
    const r = await bothOnFiles(`${dir}/d`, { 'Mỹ Lộc 2019.csv': MY_LOC, 'Mỹ Lộc 2019_1.csv': MY_LOC_RESENT }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(errors(r.stderr)[0]).toBe('Mỹ Lộc 2019_1.csv:2: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc 2019.csv:2 already gave them (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]');
  });

  // over-reach: a two-digit month after its year, and a month marked by "-" or ".", stay months
  it.each(['Mỹ Lộc 2019_02.csv', 'Mỹ Lộc 2019-02.csv', 'Mỹ Lộc 2019-2.csv', 'Mỹ Lộc 2019.2.csv'])('control: "%s" beside "Vụ Bản 2019.csv" is still a February report: MIXED_PERIODS, exit 2', async (name) => {
    const r = await bothOnFiles(`${dir}/${name}-dir`, { [name]: MY_LOC, 'Vụ Bản 2019.csv': VU_BAN }, ['--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('thads: error: the input holds reports of one year whose periods end on different days (28/2/2019, 30/9/2019), which are never added together [MIXED_PERIODS]');
  });

  it('control: "KV01_2026.csv" and "KV02_2026_2.csv" are two year-end offices: 412 + 530 = 942, 380 + 455 = 835', async () => {
    const files = write({ 'e/KV01_2026.csv': office(412, 380, 10500000000, 6200000000), 'e/KV02_2026_2.csv': office(530, 455, 12750000000, 8100000000) });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    // 380/412 = 92,23 %; 455/530 = 85,85 %; 835/942 = 0,886412… → 88,64 %
    expect(cases(r)).toEqual([
      ['', 'KV01', '412', '380', '92.23'],
      ['', 'KV02', '530', '455', '85.85'],
      ['', 'TOTAL', '942', '835', '88.64'],
    ]);
  });
});

describe('03: a Cục\'s workbook named "CTHADS <province> 2019" or "Cục <province> 2019" names the province; its tabs are the offices', () => {
  const { dir, write } = fileTree('thads-76a-03-');

  it('a/ three tabs of "CTHADS Nam Định 2019.xlsx": three offices of Nam Định, exit 0 (was DUPLICATE_INPUT of "CTHADS Nam Định")', async () => {
    const files = write({
      'a/CTHADS Nam Định 2019.xlsx - Mỹ Lộc.csv': MY_LOC,
      'a/CTHADS Nam Định 2019.xlsx - Vụ Bản.csv': VU_BAN,
      'a/CTHADS Nam Định 2019.xlsx - Ý Yên.csv': Y_YEN,
    });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    // 586 + 655 + 298 = 1.539; 520 + 611 + 266 = 1.397; 1.397/1.539 = 0,907732… → 90,77 %
    expect(cases(r)).toEqual([
      ['Nam Định', 'Mỹ Lộc', '586', '520', '88.74'],
      ['Nam Định', 'Vụ Bản', '655', '611', '93.28'],
      ['Nam Định', 'Ý Yên', '298', '266', '89.26'],
      ['', 'TOTAL', '1539', '1397', '90.77'],
    ]);
    // 9.565.824.266 + 16.389.337.399 + 9.770.951.678 = 35.726.113.343; 7.194.245.234 + 13.086.832.295 + 7.917.400.545 = 28.198.478.074; → 78,93 %
    expect(money(r).at(-1)).toEqual(['TOTAL', '35726113343', '28198478074', '78.93']);
  });

  it.each(['CTHADS Nam Định 2019', 'Cục Nam Định 2019', 'CTHA Nam Định 2019', 'Cuc Nam Dinh 2019', 'CTHADS tỉnh Nam Định 2019', 'Cục THADS tỉnh Nam Định 2019'])(
    'b/ "%s.xlsx - Mỹ Lộc.csv" beside "Mỹ Lộc 2019.csv" and "Vụ Bản 2019.csv": Mỹ Lộc given twice, DUPLICATE_INPUT (was 1.827 = 586 + 586 + 655, exit 0)',
    async (workbook) => {
      const r = await bothOnFiles(`${dir}/b-${workbook}`, {
        [`${workbook}.xlsx - Mỹ Lộc.csv`]: MY_LOC,
        'Mỹ Lộc 2019.csv': MY_LOC_RESENT,
        'Vụ Bản 2019.csv': VU_BAN,
      }, ['--format', 'csv']);
      expect(r.code).toBe(1);
      expect(errors(r.stderr)[0]).toBe(`Mỹ Lộc 2019.csv:2: error: cases of "Mỹ Lộc" (2019) are given again: ${workbook}.xlsx - Mỹ Lộc.csv:2 already gave them (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]`);
    },
  );

  // over-reach: a Chi cục's workbook is its office's; agency words alone name no province
  it('control: "Chi cục Mỹ Lộc 2019.xlsx - Kỳ này.csv" and "- Cùng kỳ.csv" stay one office given twice: DUPLICATE_INPUT', async () => {
    const r = await bothOnFiles(`${dir}/c`, {
      'Chi cục Mỹ Lộc 2019.xlsx - Cùng kỳ.csv': MY_LOC,
      'Chi cục Mỹ Lộc 2019.xlsx - Kỳ này.csv': MY_LOC_RESENT,
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(errors(r.stderr)[0]).toBe('Chi cục Mỹ Lộc 2019.xlsx - Kỳ này.csv:2: error: cases of "Chi cục Mỹ Lộc" (2019) are given again: Chi cục Mỹ Lộc 2019.xlsx - Cùng kỳ.csv:2 already gave them (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]');
  });

  it('control: "CTHADS 2019.xlsx - Mỹ Lộc.csv" and "- Vụ Bản.csv" stay two offices of no named province: 1.241 / 1.131', async () => {
    const files = write({ 'd/CTHADS 2019.xlsx - Mỹ Lộc.csv': MY_LOC, 'd/CTHADS 2019.xlsx - Vụ Bản.csv': VU_BAN });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    // 1.131/1.241 = 91,14 %
    expect(cases(r)).toEqual([
      ['', 'Mỹ Lộc', '586', '520', '88.74'],
      ['', 'Vụ Bản', '655', '611', '93.28'],
      ['', 'TOTAL', '1241', '1131', '91.14'],
    ]);
  });
});

describe('04: a time after the sending day is part of it, no part of the office', () => {
  const { dir, write } = fileTree('thads-76a-04-');

  it('a/ "Mỹ Lộc_20191005_153012.csv" and its resend "Mỹ Lộc_20191007_091544.csv" beside Vụ Bản: DUPLICATE_INPUT (was 1.827, exit 0)', async () => {
    const r = await bothOnFiles(`${dir}/a`, {
      'Mỹ Lộc_20191005_153012.csv': MY_LOC,
      'Mỹ Lộc_20191007_091544.csv': MY_LOC_RESENT,
      'Vụ Bản_20191005_160344.csv': VU_BAN,
    }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(errors(r.stderr)).toEqual([
      'Mỹ Lộc_20191007_091544.csv:2: error: cases of "Mỹ Lộc" (2019) are given again: Mỹ Lộc_20191005_153012.csv:2 already gave them (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]',
      'thads: 1 error in the input; nothing was summed',
    ]);
  });

  it.each([
    ['Mỹ Lộc 05.10.2019 15.30.csv', 'Mỹ Lộc 07.10.2019 9.15.csv'],
    ['Mỹ Lộc_20191005_1530.csv', 'Mỹ Lộc_20191007_0915.csv'],
    ['Mỹ Lộc 05.10.2019 15h30.csv', 'Mỹ Lộc 07.10.2019 9h15.csv'],
    ['My Loc 2019-10-05 15-30-12.csv', 'My Loc 2019-10-07 09-15-44.csv'],
    ['Mỹ Lộc ngày 05.10.2019 lúc 15h30.csv', 'Mỹ Lộc ngày 07.10.2019 lúc 9h.csv'],
    // 20:30 is no year 2030
    ['Mỹ Lộc_20191005_2030.csv', 'Mỹ Lộc_20191007_0915.csv'],
  ])('b/ "%s" then "%s": one office sent twice, DUPLICATE_INPUT', async (first, second) => {
    const r = await bothOnFiles(`${dir}/${first}-dir`, { [first]: MY_LOC, [second]: MY_LOC_RESENT }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    const named = first.startsWith('My Loc') ? 'My Loc' : 'Mỹ Lộc';
    expect(errors(r.stderr)[0]).toBe(`${second}:2: error: cases of "${named}" (2019) are given again: ${first}:2 already gave them (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]`);
  });

  it('the resend alone beside Vụ Bản: Mỹ Lộc and Vụ Bản, 586 + 655 = 1.241 việc, 522 + 611 = 1.133 xong', async () => {
    const files = write({ 'c/Mỹ Lộc_20191007_091544.csv': MY_LOC_RESENT, 'c/Vụ Bản_20191005_160344.csv': VU_BAN });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    // 522/586 = 89,08 %; 1.133/1.241 = 0,912973… → 91,30 %
    expect(cases(r)).toEqual([
      ['', 'Mỹ Lộc', '586', '522', '89.08'],
      ['', 'Vụ Bản', '655', '611', '93.28'],
      ['', 'TOTAL', '1241', '1133', '91.30'],
    ]);
    // 9.565.824.266 + 16.389.337.399 = 25.955.161.665; 7.194.245.234 + 13.086.832.295 = 20.281.077.529; → 78,14 %
    expect(money(r).at(-1)).toEqual(['TOTAL', '25955161665', '20281077529', '78.14']);
  });

  it('as --previous: "Mỹ Lộc_20181005_101010.csv", "Vụ Bản_20181005_101532.csv" pair with this year\'s offices: +4,81 and +9,95 points', async () => {
    const files = write({
      'd/Mỹ Lộc 2019.csv': MY_LOC,
      'd/Vụ Bản 2019.csv': VU_BAN,
      'd/prev/Mỹ Lộc_20181005_101010.csv': office(560, 470, 9000000000, 6500000000),
      'd/prev/Vụ Bản_20181005_101532.csv': office(600, 500, 15000000000, 11000000000),
    });
    const r = await summarizeCsvRows(dir, files.slice(0, 2), ['--previous', files[2]!, '--previous', files[3]!]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // Mỹ Lộc 88,737 − 470/560 = 83,929 → 4,81; Vụ Bản 611/655 = 93,282 − 500/600 = 83,333 → 9,95
    expect(r.rows.filter((x) => x.district !== 'TOTAL').map((x) => [x.district, x.cases_rate_change])).toEqual([['Mỹ Lộc', '4.81'], ['Vụ Bản', '9.95']]);
  });

  // over-reach: numbered offices beside a sending day keep their numbers; a period after the day stays read
  it('control: "Quận 1_20191005_153012.csv" and "Quận 10_20191005_153012.csv" are two offices: 586 + 655 = 1.241, 520 + 611 = 1.131', async () => {
    const files = write({ 'e/Quận 1_20191005_153012.csv': MY_LOC, 'e/Quận 10_20191005_153012.csv': VU_BAN });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(cases(r)).toEqual([
      ['', 'Quận 1', '586', '520', '88.74'],
      ['', 'Quận 10', '655', '611', '93.28'],
      ['', 'TOTAL', '1241', '1131', '91.14'],
    ]);
  });

  it('control: "Mỹ Lộc 05.10.2019 - 12 tháng.csv" (a period after the day, no time) and "Vụ Bản 2019.csv": two year-end offices, 1.241 / 1.131', async () => {
    const files = write({ 'f/Mỹ Lộc 05.10.2019 - 12 tháng.csv': MY_LOC, 'f/Vụ Bản 2019.csv': VU_BAN });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.code).toBe(0);
    expect(cases(r).map((x) => x[1])).toEqual(['Mỹ Lộc', 'Vụ Bản', 'TOTAL']);
    expect(cases(r).at(-1)).toEqual(['', 'TOTAL', '1241', '1131', '91.14']);
  });
});

describe('a one-office file named after the Cục\'s shortening or the city: its title\'s office (both readers)', () => {
  const { both } = bothReaders('thads-76a-titled-', ['--format', 'json']);
  const KIM_SON = ['CHI CỤC THADS HUYỆN KIM SƠN', 'BÁO CÁO NĂM 2024', 'Việc có điều kiện,Việc giải quyết xong', '400,260'];
  const groups = (stdout: string) => (JSON.parse(stdout) as { groups: { province: string | null; district: string }[] }).groups.map((g) => [g.province, g.district]);

  it.each(['CTHADS Ninh Binh 2024.csv', 'Cục Ninh Bình 2024.csv'])('03: "%s" titled Kim Sơn names the office\'s province: Huyện Kim Sơn of Ninh Bình, 400 / 260 (was OFFICE_NAME_CONFLICT)', async (name) => {
    const r = await both(name, KIM_SON);
    expect(r.code).toBe(0);
    expect(groups(r.stdout)).toEqual([['Ninh Bình', 'Huyện Kim Sơn']]);
    // 260/400 = 65,00 %
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '400', resolved: '260', rate: '65.00' });
  });

  it('01: "TP Ninh Bình 2024.csv" titled Kim Sơn names another office, the city\'s: OFFICE_NAME_CONFLICT, exit 1 (was read as Kim Sơn)', async () => {
    const r = await both('TP Ninh Bình 2024.csv', KIM_SON);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('FILE:1: error: the file name "TP Ninh Bình 2024.csv" says the office is TP Ninh Bình, but the title (line 1) says Huyện Kim Sơn: which office\'s figures these are cannot be told [OFFICE_NAME_CONFLICT]');
  });

  it('control: "TP Ninh Bình 2024.csv" titled "CHI CỤC THADS THÀNH PHỐ NINH BÌNH" stays its office', async () => {
    const r = await both('TP Ninh Bình 2024.csv', ['CHI CỤC THADS THÀNH PHỐ NINH BÌNH', 'BÁO CÁO NĂM 2024', 'Việc có điều kiện,Việc giải quyết xong', '400,260']);
    expect(r.code).toBe(0);
    expect(groups(r.stdout)).toEqual([[null, 'TP Ninh Bình']]);
  });
});
