// A Cục's table whose district offices are headed by their group's row, its figures the sum of the
// offices below it: "Các huyện, thị xã, thành phố", "Các huyện", "Chi cục THADS các huyện", "Các
// quận, huyện" (work90b 04). The row is a section's subtotal, checked against its rows, never added;
// it was read as an office and the correct file refused (DECLARED_TOTAL_MISMATCH "adds up to 7226",
// or OFFICE_SUBTOTAL_MISMATCH for "Các huyện" alone). input/row-labels.ts DISTRICTS_TOGETHER.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-cachuyen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { both } = bothReaders('thads-cachuyen-both-', ['--year', '2019', '--format', 'csv']);

const KEYS = ['district', 'cases_to_execute', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved'];
const rows = (stdout: string) => csvColumns(stdout, KEYS);

// The hunter's file as found (BOM, ';', title, unit line "nghìn đồng", "1.234" thousands).
const FOUND = [
  '\uFEFFCỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;;;;;;;;;',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC VÀ TIỀN NĂM 2019;;;;;;;;;;;;;',
  '"Đơn vị tính: Việc; nghìn đồng";;;;;;;;;;;;;',
  'STT;Đơn vị;Việc tổng số phải thi hành;Việc có điều kiện;Việc thi hành xong;Việc đình chỉ;Việc chưa có điều kiện;Việc giải quyết xong;Tiền tổng số phải thi hành;Tiền có điều kiện;Tiền thi hành xong;Tiền đình chỉ;Tiền chưa có điều kiện;Tiền giải quyết xong',
  '1;Thành phố Nam Định;632;437;132;21;195;153;12.134.357;6.978.347;2.885.302;505.185;5.156.010;3.390.487',
  ';Các huyện, thị xã, thành phố;3.297;2.708;1.394;119;589;1.513;87.752.015;55.755.718;17.531.033;2.558.293;31.996.297;20.089.326',
  '2;Mỹ Lộc;791;688;196;36;103;232;13.969.277;5.475.591;1.817.488;463.789;8.493.686;2.281.277',
  '3;Vụ Bản;466;302;168;19;164;187;23.847.413;14.917.908;1.857.543;342.849;8.929.505;2.200.392',
  '4;Ý Yên;386;331;106;39;55;145;14.032.587;5.154.433;1.799.443;729.830;8.878.154;2.529.273',
  '5;Nam Trực;679;521;471;6;158;477;16.711.836;13.852.152;4.673.267;529.896;2.859.684;5.203.163',
  '6;Trực Ninh;975;866;453;19;109;472;19.190.902;16.355.634;7.383.292;491.929;2.835.268;7.875.221',
  ';Tổng cộng;3.929;3.145;1.526;140;784;1.666;99.886.372;62.734.065;20.416.335;3.063.478;37.152.307;23.479.813',
  ';Người lập biểu;;;;;;;;;;;;',
];

describe('the real binary on the hunter\'s file (work90b 04)', () => {
  for (const group of ['Các huyện, thị xã, thành phố', 'Chi cục THADS các huyện', 'Các huyện']) {
    it(`"${group}": 3929 / 3145 / 1666 (52.97 %), money 62,734,065,000 / 23,479,813,000 đ; 6 offices (was exit 1)`, () => {
      const file = join(dir, 'bao-cao-2019.csv');
      writeFileSync(file, `${FOUND.map((l) => l.replace(';Các huyện, thị xã, thành phố;', `;${group};`)).join('\n')}\n`);
      const r = spawnThads(['summarize', file, '--format', 'csv']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/error/);
      const got = rows(r.stdout);
      // 632+791+466+386+679+975 = 3929; 437+688+302+331+521+866 = 3145; 153+232+187+145+477+472 = 1666; 1666/3145 = 52.97 %
      // money (nghìn đồng ×1000) 6.978.347+5.475.591+14.917.908+5.154.433+13.852.152+16.355.634 = 62.734.065;
      // 3.390.487+2.281.277+2.200.392+2.529.273+5.203.163+7.875.221 = 23.479.813
      expect(got[got.length - 1]).toBe('TOTAL|3929|3145|1666|52.97|62734065000|23479813000');
      expect(got.map((l) => l.split('|')[0]).sort()).toEqual(['Mỹ Lộc', 'Nam Trực', 'TOTAL', 'Thành phố Nam Định', 'Trực Ninh', 'Vụ Bản', 'Ý Yên'].sort());
    });
  }
});

// A small table: the city, the group's row, three districts, the total.
// Group: 120+100+80 = 300, 100+80+60 = 240, 60+50+40 = 150; money 4000+3000+2000 = 9000, 2000+1000+1000 = 4000.
// Total = city + group: 400 / 320 / 210 (210/320 = 65.63 %, 65.625 rounded half up), money 14000 / 7000.
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'];
const HEAD = 'STT;Đơn vị;Việc tổng số phải thi hành;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
const table = (group: string, figures = '300;240;150;9000;4000', offices = ['Mỹ Lộc', 'Vụ Bản', 'Ý Yên']) => [
  HEAD,
  '1;Thành phố Nam Định;100;80;60;5000;3000',
  `;${group};${figures}`,
  `2;${offices[0]};120;100;60;4000;2000`,
  `3;${offices[1]};100;80;50;3000;1000`,
  `4;${offices[2]};80;60;40;2000;1000`,
  ';Tổng cộng;400;320;210;14000;7000',
];
const EXPECTED = [
  'Thành phố Nam Định|100|80|60|75.00|5000|3000',
  'Mỹ Lộc|120|100|60|60.00|4000|2000',
  'Vụ Bản|100|80|50|62.50|3000|1000',
  'Ý Yên|80|60|40|66.67|2000|1000',
  'TOTAL|400|320|210|65.63|14000|7000',
];
const sorted = (l: readonly string[]) => [...l].sort();

describe('the district level\'s group row, written the ways a Cục writes it: checked, never added', () => {
  for (const group of [
    'Các huyện, thị xã, thành phố',
    'Các huyện, thành phố',
    'Các huyện',
    'CÁC HUYỆN',
    'Cac huyen, thi xa, thanh pho',
    'Chi cục THADS các huyện',
    'Chi cục Thi hành án dân sự các huyện, thành phố',
    'Các quận, huyện',
    'Các thị xã, huyện',
    'II. Các huyện',
    'Khối các Chi cục',
    'Các Chi cục',
  ]) {
    for (const [shape, title] of [['plain CSV (byte scanner)', []], ['with its title (reference reader)', TITLE]] as const) {
      it(`"${group}", ${shape}: 400 / 320 / 210, money 14000 / 7000`, async () => {
        const r = await both('nam-dinh-2019.csv', [...title, ...table(group)]);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr).toBe('');
        expect(sorted(rows(r.stdout))).toEqual(sorted(EXPECTED));
      });
    }
  }

  it('2026: "Các Phòng THADS khu vực" over the Phòng: 300 / 240 / 150, money 9000 / 4000', async () => {
    const phong = ['Phòng THADS khu vực 1', 'Phòng THADS khu vực 2', 'Phòng THADS khu vực 3'];
    const lines = table('Các Phòng THADS khu vực', undefined, phong).filter((l) => !l.startsWith('1;') && !l.startsWith(';Tổng cộng'));
    const r = await both('ninh-binh-2026.csv', [...lines, ';Tổng cộng;300;240;150;9000;4000'], ['--year', '2026', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 150/240 = 62.50 %; 4000/9000 = 44.44 %
    expect(sorted(rows(r.stdout))).toEqual(sorted([
      'Phòng THADS khu vực 1|120|100|60|60.00|4000|2000',
      'Phòng THADS khu vực 2|100|80|50|62.50|3000|1000',
      'Phòng THADS khu vực 3|80|60|40|66.67|2000|1000',
      'TOTAL|300|240|150|62.50|9000|4000',
    ]));
  });

  it('xlsx twin: "Các huyện, thị xã, thành phố" under the title: 400 / 320 / 210', async () => {
    const r = await summarizeLinesWorkbook(dir, 'nam-dinh-2019.xlsx', [...TITLE, ...table('Các huyện, thị xã, thành phố')], ['--year', '2019', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(sorted(rows(r.stdout))).toEqual(sorted(EXPECTED));
  });

  it('xlsx twin: "Chi cục THADS các huyện", no title: 400 / 320 / 210', async () => {
    const r = await summarizeLinesWorkbook(dir, 'nam-dinh-2019-b.xlsx', table('Chi cục THADS các huyện'), ['--year', '2019', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(sorted(rows(r.stdout))).toEqual(sorted(EXPECTED));
  });
});

describe('controls: near shapes keep their reading', () => {
  for (const [shape, title] of [['plain CSV', []], ['with its title', TITLE]] as const) {
    it(`a group row that does not add up (151 for 150) is still refused, ${shape}`, async () => {
      const r = await both('nam-dinh-2019.csv', [...title, ...table('Các huyện', '300;240;151;9000;4000')]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('declared subtotal "Các huyện" has cases resolved 151, but the rows below it add up to 150 [DECLARED_TOTAL_MISMATCH]');
    });

    it(`"Các huyện" as a section's heading without figures: 400 / 320 / 210 as before, ${shape}`, async () => {
      const r = await both('nam-dinh-2019.csv', [...title, ...table('Các huyện', ';;;;')]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(sorted(rows(r.stdout))).toEqual(sorted(EXPECTED));
    });
  }

  it('offices whose names fold to "cat …" ("Cát Hải", "Cát Tiên", "Cat Ba") stay offices, added', async () => {
    // 100+120+100+80 = 400, 80+100+80+60 = 320, 60+60+50+40 = 210; the group row (Cát Hải + Cát Tiên + Cat Ba) checked
    const r = await both('cat-2019.csv', table('Các huyện', undefined, ['Cát Hải', 'Cát Tiên', 'Cat Ba']));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(sorted(rows(r.stdout))).toEqual(sorted([
      'Thành phố Nam Định|100|80|60|75.00|5000|3000',
      'Cát Hải|120|100|60|60.00|4000|2000',
      'Cát Tiên|100|80|50|62.50|3000|1000',
      'Cat Ba|80|60|40|66.67|2000|1000',
      'TOTAL|400|320|210|65.63|14000|7000',
    ]));
  });

  it('an office named "Cát Hải" with figures of its own (no group row): added, 100 + 120 = 220', async () => {
    const r = await both('hai-phong-2019.csv', [HEAD, '1;Cát Hải;100;80;60;5000;3000', '2;Cát Tiên;120;100;60;4000;2000', ';Tổng cộng;220;180;120;9000;5000']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 60+60 = 120 of 80+100 = 180: 66.67 %
    expect(rows(r.stdout)[2]).toBe('TOTAL|220|180|120|66.67|9000|5000');
  });

  it('"Các thành phố" alone (a group of provinces over a national table, maybe) keeps its present reading: a suspected total, refused', async () => {
    const r = await both('nam-dinh-2019.csv', table('Các thành phố'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('line 3 "Các thành phố" looks like a subtotal row: its figures equal the sum of lines 4–6 below it');
    expect(r.stderr).toContain('[SUSPECTED_TOTAL_ROW]');
  });
});
