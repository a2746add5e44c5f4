// The Cục's Biểu of work84a 01/02: "Cấp tỉnh" and "Cấp huyện" on top, three Chi cục, then the Cục's
// own row equal to "Cấp tỉnh" in every figure — written short ("Cục THADS tỉnh", "Cục THADS"), with
// other agency words ("Cục THA dân sự …", "Cục Thi hành án …"), with a note ("(Văn phòng)"), in 2026
// "Thi hành án dân sự tỉnh", "THA dân sự tỉnh Ninh Bình", "Phòng Nghiệp vụ và Tổ chức thi hành án dân
// sự"; or in full where nothing names the table's province (no title, a Tỉnh column left empty).
// "Cấp tỉnh" is that row's level line, never added (was: added, 960 / 800 / 640, exit 0).
// input/row-labels.ts namesOwnOffice (namesOwnAgency); domain/declared-rows.ts ownLevelRow is the guard.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { csvColumns } from '../helpers/key-rows.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { both } = bothReaders('thads-own-office-spellings-', ['--format', 'csv']);
const xlsxDir = mkdtempSync(join(tmpdir(), 'thads-own-office-spellings-x-'));
afterAll(() => rmSync(xlsxDir, { recursive: true, force: true }));

/** the xlsx helper splits its lines at ';' */
const semicolons = (lines: readonly string[]) => lines.map((l) => l.replace(/,/g, ';'));
const rows = (stdout: string) =>
  csvColumns(stdout, ['province', 'district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'cases_rank_of', 'cases_above_target', 'money_with_conditions', 'money_resolved', 'money_rate']);

const HEAD = 'STT,Đơn vị,cases_carried_over,cases_new,cases_total,cases_to_execute,cases_with_conditions,cases_resolved,cases_without_conditions,money_to_execute,money_with_conditions,money_resolved,money_without_conditions';
const NAM_DINH = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ THEO ĐƠN VỊ'];
const NINH_BINH = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ THEO ĐƠN VỊ'];
const CUC = '100,200,300,300,250,200,50,10000,5000,3000,5000';
// Cấp huyện = the three units: 50+60+40 = 150, 80+70+60 = 210, 130+130+100 = 360, 110+100+90 = 300,
// 90+80+70 = 240, 20+30+10 = 60; money 4000+3000+2400 = 9400, 2000+1500+1200 = 4700, 1000+900+700 = 2600
const LOWER = '150,210,360,360,300,240,60,9400,4700,2600,4700';
const UNITS = (names = ['Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản', 'Chi cục THADS huyện Ý Yên']) => [
  `1,${names[0]},50,80,130,130,110,90,20,4000,2000,1000,2000`,
  `2,${names[1]},60,70,130,130,100,80,30,3000,1500,900,1500`,
  `3,${names[2]},40,60,100,100,90,70,10,2400,1200,700,1200`,
];
const biểu = (own: string, lower = 'Cấp huyện', units = UNITS()) => [HEAD, `,Cấp tỉnh,${CUC}`, `,${lower},${LOWER}`, ...units, `4,${own},${CUC}`];

// Offices: the three units and the Cục (4, not 5 with "Cấp tỉnh"): 130+130+100+300 = 660, 110+100+90+250 = 550,
// 90+80+70+200 = 440, 440/550 = 80.00 %; money 2000+1500+1200+5000 = 9700, 1000+900+700+3000 = 5600, 5600/9700 = 57.73 %.
// Rates 90/110 = 81.82, 80/100 = 80.00, 70/90 = 77.78, 200/250 = 80.00; money 1000/2000 = 50.00, 900/1500 = 60.00,
// 700/1200 = 58.33, 3000/5000 = 60.00. Above target (73 %, 2019): 90 − ⌈80.3⌉ = 9, 80 − 73 = 7, 70 − ⌈65.7⌉ = 4,
// 200 − ⌈182.5⌉ = 17; the whole 440 − ⌈401.5⌉ = 38. (was 960 / 800 / 640, money 14700 / 8600, 58.50 %, +56, of 5)
const out = (province: string, own: string, units = ['Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản', 'Chi cục THADS huyện Ý Yên'], target = true) => {
  const t = (v: number) => (target ? String(v) : '');
  return [
    `${province}|${units[0]}|130|110|90|81.82|4|${t(9)}|2000|1000|50.00`,
    `${province}|${units[1]}|130|100|80|80.00|4|${t(7)}|1500|900|60.00`,
    `${province}|${units[2]}|100|90|70|77.78|4|${t(4)}|1200|700|58.33`,
    `${province}|${own}|300|250|200|80.00|4|${t(17)}|5000|3000|60.00`,
    `|TOTAL|660|550|440|80.00||${t(38)}|9700|5600|57.73`,
  ];
};

describe('the Cục\'s own row in other spellings under the province\'s title: "Cấp tỉnh" is its level line (work84a 01)', () => {
  for (const own of [
    'Cục THADS tỉnh',
    'Cục THA dân sự tỉnh Nam Định',
    'Cục Thi hành án tỉnh Nam Định',
    'Cục THADS',
    'Cục THADS tỉnh Nam Định (Văn phòng)',
    'Cục THA DS tỉnh Nam Định',
    'Cục Nam Định',
    'CỤC THADS TỈNH',
    'Cuc thi hanh an dan su tinh',
  ]) {
    it(`"${own}": 660 / 550 / 440, money 9700 / 5600 (57.73 %), 4 offices (was 960, exit 0)`, async () => {
      const r = await both('bieu-04-nam-dinh-2019.csv', [...NAM_DINH, ...biểu(own)], ['--year', '2019', '--format', 'csv']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(rows(r.stdout)).toEqual(out('Nam Định', own));
    });
  }

  it('xlsx: "Cục THA dân sự tỉnh Nam Định": the same', async () => {
    const r = await summarizeLinesWorkbook(xlsxDir, 'bieu-04-nam-dinh-2019.xlsx', semicolons([...NAM_DINH, ...biểu('Cục THA dân sự tỉnh Nam Định')]), ['--year', '2019', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(out('Nam Định', 'Cục THA dân sự tỉnh Nam Định'));
  });
});

describe('2026: "Cấp tỉnh" / "Cấp khu vực", the Phòng, the province\'s own unit last (work84a 01)', () => {
  const PHONG = ['Phòng THADS khu vực 1', 'Phòng THADS khu vực 2', 'Phòng THADS khu vực 3'];
  for (const own of ['Thi hành án dân sự tỉnh', 'THA dân sự tỉnh Ninh Bình', 'Phòng Nghiệp vụ và Tổ chức thi hành án dân sự']) {
    it(`"${own}": 660 / 550 / 440 (no target in 2026), money 9700 / 5600`, async () => {
      const r = await both('thads-ninh-binh-2026.csv', [...NINH_BINH, ...biểu(own, 'Cấp khu vực', UNITS(PHONG))], ['--year', '2026', '--format', 'csv']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(rows(r.stdout)).toEqual(out('Ninh Bình', own, PHONG, false));
    });
  }
});

describe('the Cục\'s row in full where nothing else names the province: "Cấp tỉnh" is its level line (work84a 02)', () => {
  it('no title, the province in the file name only: 660', async () => {
    const r = await both('Nam Định 2019.csv', biểu('Cục THADS tỉnh Nam Định'), ['--year', '2019', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(out('Nam Định', 'Cục THADS tỉnh Nam Định'));
  });

  it('no title, nothing names the province: 660 (no province column)', async () => {
    const r = await both('bieu-so-04-nam-2019.csv', biểu('Cục THADS tỉnh Nam Định'), ['--year', '2019', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(out('', 'Cục THADS tỉnh Nam Định'));
  });

  it('a Tỉnh column left empty: 660', async () => {
    const file = biểu('Cục THADS tỉnh Nam Định').map((l, i) => (i === 0 ? l.replace('STT,', 'STT,Tỉnh,') : l.replace(/^([^,]*),/, '$1,,')));
    const r = await both('bieu-so-04-nam-2019.csv', file, ['--year', '2019', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(out('', 'Cục THADS tỉnh Nam Định'));
  });

  it('xlsx, no title: 660', async () => {
    const r = await summarizeLinesWorkbook(xlsxDir, 'bieu-so-04-nam-2019.xlsx', semicolons(biểu('Cục THADS tỉnh Nam Định')), ['--year', '2019', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(out('', 'Cục THADS tỉnh Nam Định'));
  });
});

describe('controls: ordinary files read as before', () => {
  // "Cấp tỉnh" equal to "Chi cục THADS thành phố Nam Định" (300/250/200, money 5000/3000) by chance, no Cục row:
  // "Cấp tỉnh" is the Cục's own office, added. Cấp huyện = 300+130+100 = 530 (checked). Offices: 300+300+130+100 = 830,
  // 250+250+100+90 = 690, 200+200+80+70 = 550, 550/690 = 79.71 %; money 5000+5000+1500+1200 = 12700, 3000+3000+900+700 = 7600,
  // 7600/12700 = 59.84 %; above target 550 − ⌈503.7⌉ = 46.
  const CITY = 'Chi cục THADS thành phố Nam Định';
  const file = [HEAD, `,Cấp tỉnh,${CUC}`, ',Cấp huyện,200,330,530,530,440,350,90,15400,7700,4600,7700', `1,${CITY},${CUC}`, ...UNITS().slice(1)];
  const whole = '|TOTAL|830|690|550|79.71||46|12700|7600|59.84';
  for (const [title, province] of [[NAM_DINH, 'Nam Định'], [[], '']] as const) {
    it(`"Cấp tỉnh" equal to "${CITY}" (${title.length > 0 ? 'the title names Nam Định' : 'no title'}): both added, 830 / 690 / 550`, async () => {
      const r = await both('bieu-04-2019.csv', [...title, ...file], ['--year', '2019', '--format', 'csv']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      const got = rows(r.stdout);
      expect(got[got.length - 1]).toBe(whole);
      expect(got.map((l) => l.split('|')[1])).toEqual([CITY, 'Chi cục THADS huyện Vụ Bản', 'Chi cục THADS huyện Ý Yên', 'Cấp tỉnh', 'TOTAL']);
      expect(got.every((l) => l.startsWith(`${province}|`) || l.startsWith('|TOTAL|'))).toBe(true);
    });
  }

  it('no level lines: "Cục THADS tỉnh" and the Chi cục are four offices, 660 / 550 / 440', async () => {
    const r = await both('bieu-04-nam-dinh-2019.csv', [...NAM_DINH, HEAD, ...UNITS(), `4,Cục THADS tỉnh,${CUC}`], ['--year', '2019', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(out('Nam Định', 'Cục THADS tỉnh'));
  });

  it('"Cấp tỉnh" (300) beside "Cục THADS tỉnh" of other figures (200): the Cục\'s level given twice — refused (was both added, 860)', async () => {
    // One table cannot give the Cục's own level twice with two figures: one of them is wrong.
    const r = await both('bieu-04-nam-dinh-2019.csv', [...NAM_DINH, ...biểu('Cục THADS tỉnh').slice(0, -1), '4,Cục THADS tỉnh,100,100,200,200,150,100,50,8000,4000,2000,4000'], ['--year', '2019', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('"Cấp tỉnh" is the Cục\'s own level, which the row naming the Cục\'s own office in this table gives too');
  });
});
