// A form by enforcer ("… theo Chấp hành viên", or a column "Đơn vị / Chấp hành viên") whose
// provincial office's line names its province, Roman-numbered over its own enforcers, then "II",
// "III" the Chi cục / Phòng THADS khu vực over theirs, everything adding up: "I | Cục THADS tỉnh
// Nam Định" (work91a 04), "I | Thi hành án dân sự tỉnh Ninh Bình" (work92b 02) were taken for the
// province's section over every row below (SECTION_ROW_MISMATCH, 300 ≠ 1830), and with the offices
// numbered 1, 2, 3 and "-" before the enforcers the provincial line's enforcers were offices
// (DECLARED_TOTAL_MISMATCH). Its enforcers right below it make it its office's line, as "I | Văn
// phòng Cục" is (by-enforcer.ts romanProvincialLine, opensEnforcers); over offices it stays the
// province's section. Totals below are written by hand.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-romanenf-'));

function run(name: string, lines: readonly string[], args: readonly string[] = []) {
  const file = join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return spawnThads(['summarize', file, '--format', 'json', ...args]);
}

interface Json {
  total: { cases: { total: string; withConditions: string; completed: string; resolved: string; rate: string } };
  groups: { district: string; cases: { total: string; resolved: string; rate: string } }[];
}
const json = (stdout: string) => JSON.parse(stdout) as Json;
const offices = (stdout: string) => json(stdout).groups.map((g) => [g.district, g.cases.total, g.cases.resolved, g.cases.rate]);

// --- work91a 04: TT 05/2024's form, "I | Cục THADS tỉnh Nam Định" over its enforcers
const ND_TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2024;;;;;', ';;;;Đơn vị tính: việc;'];
const ND_HEADER = 'STT;Đơn vị / Chấp hành viên;Tổng số thụ lý;Có điều kiện;Thi hành xong;Đình chỉ';
const ND_TOTAL = ';Tổng cộng;1.830;1.351;1.106;42';
function ndBody(cuc: string, mark: (n: number) => string = String): string[] {
  return [
    `I;${cuc};300;211;160;12`, `${mark(1)};Nguyễn Văn An;180;121;90;7`, `${mark(2)};Phạm Thị Bình;120;90;70;5`,
    'II;Chi cục THADS huyện Mỹ Lộc;630;490;426;15', `${mark(1)};Lê Văn Cường;330;250;226;8`, `${mark(2)};Võ Thị Dung;300;240;200;7`,
    'III;Chi cục THADS huyện Vụ Bản;900;650;520;15', `${mark(1)};Huỳnh Văn Em;500;350;280;8`, `${mark(2)};Đặng Thị Gấm;400;300;240;7`,
  ];
}
// by hand: resolved = completed + terminated; Cục 160+12=172/211 = 81.52 %, Mỹ Lộc 426+15=441/490 = 90.00 %,
// Vụ Bản 520+15=535/650 = 82.31 %; total 1.830 / 1.351, resolved 1.106+42 = 1.148, 1148/1351 = 84.97 %
function ndRight(r: { code: number; stdout: string; stderr: string }, cuc = 'Cục THADS tỉnh Nam Định', kv = ['Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản']) {
  expect(r.stderr).not.toMatch(/error:/);
  expect(r.code).toBe(0);
  expect(json(r.stdout).total.cases).toMatchObject({ total: '1830', withConditions: '1351', completed: '1106', resolved: '1148', rate: '84.97' });
  expect(offices(r.stdout)).toEqual([[cuc, '300', '172', '81.52'], [kv[0], '630', '441', '90.00'], [kv[1], '900', '535', '82.31']]);
}

// --- work92b 02: the 2026 form, "I. Thi hành án dân sự tỉnh Ninh Bình" over its enforcers
const NB_TITLE = ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH;;;;;', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2026;;;;;', 'Đơn vị tính: Việc;;;;;'];
const NB_HEADER = 'STT;Đơn vị/Chấp hành viên;Tổng số thụ lý;Có điều kiện thi hành;Thi hành xong;Đình chỉ';
function nbBody(tinh: string, office: (n: number) => string, mark: (n: number) => string): string[] {
  return [
    ';Tổng cộng;2.450;1.750;1.380;60',
    `${office(1)};${tinh};450;300;230;10`, `${mark(1)};Nguyễn Văn Hùng;250;170;130;6`, `${mark(2)};Trần Thị Mai;200;130;100;4`,
    `${office(2)};Phòng Thi hành án dân sự khu vực 1;1.100;800;630;30`, `${mark(1)};Lê Văn Nam;400;300;240;10`, `${mark(2)};Phạm Thị Hà;350;250;200;10`, `${mark(3)};Đỗ Văn Bình;350;250;190;10`,
    `${office(3)};Phòng Thi hành án dân sự khu vực 2;900;650;520;20`, `${mark(1)};Vũ Thị Ninh;500;350;280;10`, `${mark(2)};Hoàng Văn Định;400;300;240;10`,
  ];
}
const ROMAN = (n: number) => ['I', 'II', 'III'][n - 1]!;
// by hand: tỉnh 230+10=240/300 = 80.00 %, KV1 630+30=660/800 = 82.50 %, KV2 520+20=540/650 = 83.08 %;
// total 2.450 / 1.750, resolved 1.380+60 = 1.440, 1440/1750 = 82.29 %
function nbRight(r: { code: number; stdout: string; stderr: string }, tinh = 'Thi hành án dân sự tỉnh Ninh Bình') {
  expect(r.stderr).not.toMatch(/error:/);
  expect(r.code).toBe(0);
  expect(json(r.stdout).total.cases).toMatchObject({ total: '2450', withConditions: '1750', completed: '1380', resolved: '1440', rate: '82.29' });
  expect(offices(r.stdout)).toEqual([[tinh, '450', '240', '80.00'], ['Phòng Thi hành án dân sự khu vực 1', '1100', '660', '82.50'], ['Phòng Thi hành án dân sự khu vực 2', '900', '540', '83.08']]);
}

describe('by enforcer: the provincial line naming its province, Roman-numbered over its enforcers', () => {
  it('work91a 04: "I | Cục THADS tỉnh Nam Định" over its enforcers 1, 2, II/III Chi cục (was SECTION_ROW_MISMATCH): 1.830, 84,97 %', () => {
    ndRight(run('Nam Dinh theo CHV 2024.csv', [...ND_TITLE, ND_HEADER, ND_TOTAL, ...ndBody('Cục THADS tỉnh Nam Định')]));
  });
  it('"Cục Thi hành án dân sự tỉnh Nam Định", no "Tổng cộng" row: 1.830', () => {
    ndRight(run('Nam Dinh theo CHV 2024 b.csv', [...ND_TITLE, ND_HEADER, ...ndBody('Cục Thi hành án dân sự tỉnh Nam Định')]), 'Cục Thi hành án dân sự tỉnh Nam Định');
  });
  it('2026: "I | Thi hành án dân sự tỉnh Phú Thọ", II/III Phòng THADS khu vực 1/2: 1.830', () => {
    const lines = [...ND_TITLE, ND_HEADER, ND_TOTAL, ...ndBody('Thi hành án dân sự tỉnh Phú Thọ')].map((l) => l.replace('CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'THI HÀNH ÁN DÂN SỰ TỈNH PHÚ THỌ').replace('NĂM 2024', 'NĂM 2026').replace('Chi cục THADS huyện Mỹ Lộc', 'Phòng THADS khu vực 1').replace('Chi cục THADS huyện Vụ Bản', 'Phòng THADS khu vực 2'));
    ndRight(run('Phu Tho theo CHV 2026.csv', lines), 'Thi hành án dân sự tỉnh Phú Thọ', ['Phòng THADS khu vực 1', 'Phòng THADS khu vực 2']);
  });
  it('work92b 02: "I | Thi hành án dân sự tỉnh Ninh Bình" over its enforcers (was SECTION_ROW_MISMATCH): 2.450, 82,29 %', () => {
    nbRight(run('CHV Ninh Binh 2026.csv', [...NB_TITLE, NB_HEADER, ...nbBody('Thi hành án dân sự tỉnh Ninh Bình', ROMAN, String)]));
  });
  it('work92b 02: offices 1, 2, 3 and "-" before the enforcers (was DECLARED_TOTAL_MISMATCH): 2.450', () => {
    nbRight(run('CHV Ninh Binh 2026 gach.csv', [...NB_TITLE, NB_HEADER, ...nbBody('Thi hành án dân sự tỉnh Ninh Bình', String, () => '-')]));
  });
  it('Roman offices, "-" before the enforcers, or none: 2.450', () => {
    nbRight(run('CHV Ninh Binh 2026 c.csv', [...NB_TITLE, NB_HEADER, ...nbBody('Thi hành án dân sự tỉnh Ninh Bình', ROMAN, () => '-')]));
    nbRight(run('CHV Ninh Binh 2026 d.csv', [...NB_TITLE, NB_HEADER, ...nbBody('Thi hành án dân sự tỉnh Ninh Bình', ROMAN, () => '')]));
  });
  it('control: the line without its province ("Thi hành án dân sự tỉnh", "Cục THADS tỉnh") is read as before, right', () => {
    nbRight(run('CHV Ninh Binh 2026 e.csv', [...NB_TITLE, NB_HEADER, ...nbBody('Thi hành án dân sự tỉnh', ROMAN, String)]), 'Thi hành án dân sự tỉnh');
    ndRight(run('Nam Dinh theo CHV 2024 f.csv', [...ND_TITLE, ND_HEADER, ND_TOTAL, ...ndBody('Cục THADS tỉnh')]), 'Cục THADS tỉnh');
  });
});

describe('plain CSV, no title (both readers: the fast one hands it back)', () => {
  const { both } = bothReaders('thads-romanenf-both-', ['--format', 'json', '--year', '2024', '--measure', 'cases', '--province', 'Nam Định']);
  for (const [what, mark] of [['enforcers 1, 2', String], ['enforcers "-"', () => '-'], ['enforcers without STT', () => '']] as const) {
    it(`"Đơn vị / Chấp hành viên", ${what}: 1.830`, async () => {
      ndRight(await both(`nd-${what.length}.csv`, [ND_HEADER, ...ndBody('Cục THADS tỉnh Nam Định', mark)]));
    });
  }
});

describe('xlsx twins', () => {
  it('Nam Định 2024 (Roman Cục line): 1.830; Ninh Bình 2026 ("-" enforcers): 2.450', async () => {
    ndRight(await summarizeLinesWorkbook(dir, 'Nam Dinh theo CHV 2024.xlsx', [...ND_TITLE, ND_HEADER, ND_TOTAL, ...ndBody('Cục THADS tỉnh Nam Định')], ['--format', 'json']));
    nbRight(await summarizeLinesWorkbook(dir, 'CHV Ninh Binh 2026.xlsx', [...NB_TITLE, NB_HEADER, ...nbBody('Thi hành án dân sự tỉnh Ninh Bình', String, () => '-')], ['--format', 'json']));
    nbRight(await summarizeLinesWorkbook(dir, 'CHV Ninh Binh 2026 r.xlsx', [...NB_TITLE, NB_HEADER, ...nbBody('Thi hành án dân sự tỉnh Ninh Bình', ROMAN, String)], ['--format', 'json']));
  });
});

describe('over-reach controls: near shapes keep their reading', () => {
  const ENF_TITLE = ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2024'];
  const H5 = 'STT;Đơn vị / Chấp hành viên;Tổng số thụ lý;Có điều kiện;Thi hành xong';
  const BY_OFFICE = ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', 'Đơn vị tính: việc', 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Thi hành xong'];
  it('a table by office: "I | Cục THADS tỉnh Nam Định" the section over its offices, checked: 3 offices, 1.830', () => {
    const r = run('c1.csv', [...BY_OFFICE, 'I;Cục THADS tỉnh Nam Định;1.830;1.351;1.106', '1;Văn phòng Cục;300;211;160', '2;Chi cục THADS huyện Mỹ Lộc;630;490;426', '3;Chi cục THADS huyện Vụ Bản;900;650;520'], ['--year', '2024']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).total.cases).toMatchObject({ total: '1830', withConditions: '1351', completed: '1106' });
    expect(json(r.stdout).groups.map((g) => g.district)).toEqual(['Văn phòng Cục', 'Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản']);
  });
  it('by enforcer: "I | Cục THADS tỉnh Nam Định" over offices 1, 2, 3 and their enforcers: the province\'s section, 3 offices, 1.830', () => {
    const r = run('c2.csv', [...ENF_TITLE, H5, 'I;Cục THADS tỉnh Nam Định;1.830;1.351;1.106', '1;Văn phòng Cục;300;211;160', ';Nguyễn Văn An;180;121;90', ';Phạm Thị Bình;120;90;70', '2;Chi cục THADS huyện Mỹ Lộc;630;490;426', ';Lê Văn Cường;330;250;226', ';Võ Thị Dung;300;240;200', '3;Chi cục THADS huyện Vụ Bản;900;650;520', ';Huỳnh Văn Em;500;350;280', ';Đặng Thị Gấm;400;300;240'], ['--year', '2024']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).total.cases).toMatchObject({ total: '1830', withConditions: '1351', completed: '1106' });
    expect(json(r.stdout).groups.map((g) => g.district)).toEqual(['Văn phòng Cục', 'Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản']);
  });
  it('by enforcer: "I | Cục THADS tỉnh Nam Định" over bare places 1, 2: the section over two offices, 1.530', () => {
    const r = run('c3.csv', [...ENF_TITLE, H5, 'I;Cục THADS tỉnh Nam Định;1.530;1.140;946', '1;Mỹ Lộc;630;490;426', '2;Vụ Bản;900;650;520'], ['--year', '2024']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).total.cases).toMatchObject({ total: '1530', withConditions: '1140', completed: '946' });
    expect(json(r.stdout).groups.map((g) => g.district)).toEqual(['Mỹ Lộc', 'Vụ Bản']);
  });
  it('a national table with Roman provinces over their offices: 4 offices, 1.830', () => {
    const r = run('c4.csv', [...BY_OFFICE, 'I;Nam Định;930;701;586', '1;Cục THADS tỉnh Nam Định;300;211;160', '2;Chi cục THADS huyện Mỹ Lộc;630;490;426', 'II;Ninh Bình;900;650;520', '1;Cục THADS tỉnh Ninh Bình;400;300;240', '2;Chi cục THADS huyện Kim Sơn;500;350;280'], ['--year', '2024']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).total.cases).toMatchObject({ total: '1830', withConditions: '1351', completed: '1106' });
    expect(json(r.stdout).groups.map((g) => g.district)).toEqual(['Cục THADS tỉnh Nam Định', 'Chi cục THADS huyện Mỹ Lộc', 'Cục THADS tỉnh Ninh Bình', 'Chi cục THADS huyện Kim Sơn']);
  });
  it('still refused: its enforcers not adding up to its line (180+150 ≠ 300), or an office numbered under it', () => {
    const wrong = run('c5.csv', [...ENF_TITLE, H5, 'I;Cục THADS tỉnh Nam Định;300;211;160', '1;Nguyễn Văn An;180;121;90', '2;Phạm Thị Bình;150;90;70', 'II;Chi cục THADS huyện Mỹ Lộc;630;490;426', '1;Lê Văn Cường;330;250;226', '2;Võ Thị Dung;300;240;200'], ['--year', '2024']);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toBe('');
    expect(stderrCodes(wrong.stderr)).toContain('OFFICE_SUBTOTAL_MISMATCH');
    const office = run('c6.csv', [...ENF_TITLE, H5, 'I;Cục THADS tỉnh Nam Định;300;211;160', '1;Nguyễn Văn An;180;121;90', '2;Phạm Thị Bình;120;90;70', '3;Chi cục THADS huyện Mỹ Lộc;630;490;426'], ['--year', '2024']);
    expect(office.code).toBe(1);
    expect(office.stdout).toBe('');
    expect(stderrCodes(office.stderr)).toContain('NOT_AN_OFFICE');
  });
});
