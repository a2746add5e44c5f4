// An enforcer written with his post after the name (work91a, extra-enforcer-with-position): "Lê Văn
// Cường (Chi cục trưởng)", "Huỳnh Văn Em (Phó Chi cục trưởng)" under their office in a form by
// enforcer (TT 05/2024 Biểu 04) were refused NOT_AN_OFFICE — the post's "Chi cục" (or "phòng",
// "Đội") read as an office's name. In a list no title says is by enforcer the same rows were added
// as offices, exit 0 (3.060 for 1.530). A person's name and the post after it, in brackets or after a
// comma or a dash, is that person (by-enforcer.ts namesOfficeNotPerson, withoutPost). Totals by hand:
// Mỹ Lộc 330 + 300 = 630, 250 + 240 = 490, resolved (226 + 8) + (200 + 7) = 441, 441/490 = 90,00 %;
// Vụ Bản 500 + 400 = 900, 350 + 300 = 650, (280 + 8) + (240 + 7) = 535, 535/650 = 82,31 %;
// total 1.530 / 1.140 / 976, 976/1.140 = 85,61 %.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesOfficeNotPerson } from '../../src/input/by-enforcer.js';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { both, dir } = bothReaders('thads-chvpost-', ['--format', 'csv']);

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2024', ';;;;Đơn vị tính: việc'];
const HEADER = 'STT;Đơn vị / Chấp hành viên;Tổng số thụ lý;Có điều kiện;Thi hành xong;Đình chỉ';
const body = (first: string, second: string) => [
  '1;Chi cục THADS huyện Mỹ Lộc;630;490;426;15', `;${first};330;250;226;8`, ';Võ Thị Dung;300;240;200;7',
  '2;Chi cục THADS huyện Vụ Bản;900;650;520;15', `;${second};500;350;280;8`, ';Đặng Thị Gấm;400;300;240;7'];
const titled = (first: string, second: string) => [...TITLE, HEADER, ';Tổng cộng;1.530;1.140;946;30', ...body(first, second)];

/** district, total, with conditions, resolved, rate */
const rows = (csv: string) => csv.trim().split('\n').slice(1).map((l) => { const c = l.split(','); return [c[1], c[5], c[9], c[18], c[20]].join(' '); });
const READ = ['Chi cục THADS huyện Mỹ Lộc 630 490 441 90.00', 'Chi cục THADS huyện Vụ Bản 900 650 535 82.31', 'TOTAL 1530 1140 976 85.61'];

describe('the trap file, through the real binary', () => {
  it('"Lê Văn Cường (Chi cục trưởng)", "Huỳnh Văn Em (Phó Chi cục trưởng)" are the offices\' enforcers (was NOT_AN_OFFICE)', () => {
    const d = mkdtempSync(join(tmpdir(), 'thads-chvpost-bin-'));
    const file = join(d, 'Nam Dinh theo CHV 2024.csv');
    writeFileSync(file, [
      'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC THEO CHẤP HÀNH VIÊN NĂM 2024,,,,,', ',,,,Đơn vị tính: việc,',
      'STT,Đơn vị / Chấp hành viên,Tổng số thụ lý,Có điều kiện,Thi hành xong,Đình chỉ', ',Tổng cộng,"1.530","1.140",946,30',
      '1,Chi cục THADS huyện Mỹ Lộc,630,490,426,15', ',Lê Văn Cường (Chi cục trưởng),330,250,226,8', ',Võ Thị Dung,300,240,200,7',
      '2,Chi cục THADS huyện Vụ Bản,900,650,520,15', ',Huỳnh Văn Em (Phó Chi cục trưởng),500,350,280,8', ',Đặng Thị Gấm,400,300,240,7', ''].join('\n'));
    const r = spawnThads(['summarize', file, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { groups: { district: string; cases: Record<string, string> }[]; total: { cases: Record<string, string> } };
    expect(out.groups.map((g) => [g.district, g.cases.total, g.cases.withConditions, g.cases.resolved, g.cases.rate])).toEqual([
      ['Chi cục THADS huyện Mỹ Lộc', '630', '490', '441', '90.00'], ['Chi cục THADS huyện Vụ Bản', '900', '650', '535', '82.31']]);
    expect(out.total.cases).toMatchObject({ total: '1530', withConditions: '1140', resolved: '976', rate: '85.61' });
  });
});

describe('a person\'s post after the name, however written', () => {
  const cases: [string, string][] = [
    ['Lê Văn Cường (Chi cục trưởng)', 'Huỳnh Văn Em (Phó Chi cục trưởng)'],
    ['Lê Văn Cường (Trưởng phòng)', 'Huỳnh Văn Em (Đội trưởng)'],
    ['Lê Văn Cường, Chi cục trưởng', 'Huỳnh Văn Em, Phó Chi cục trưởng'],
    ['Lê Văn Cường - Chi cục trưởng', 'Huỳnh Văn Em – Phó trưởng phòng'],
    ['Lê Văn Cường (Chi cục trưởng, CHV trung cấp)', 'Huỳnh Văn Em (Chấp hành viên cao cấp)'],
    ['LÊ VĂN CƯỜNG (CHI CỤC TRƯỞNG)', 'Huynh Van Em (Pho Chi cuc truong)'],
    ['Lê Văn Cường [Cục trưởng]', 'Huỳnh Văn Em (Phó Cục trưởng)'],
    ['Nguyễn Văn Phòng (Chi cục phó)', 'Huỳnh Văn Em (Phó đội trưởng)'],
  ];
  for (const [first, second] of cases) {
    it(`"${first}", "${second}" under a title by enforcer (reference reader)`, async () => {
      const r = await both('Nam Dinh theo CHV 2024.csv', titled(first, second));
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual(READ);
    });
  }
  it('under a header "Đơn vị / Chấp hành viên" alone, no title (both readers)', async () => {
    const r = await both('nam-dinh-viec-2024.csv', [HEADER, ...body('Lê Văn Cường (Chi cục trưởng)', 'Huỳnh Văn Em, Phó Chi cục trưởng')]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).map((l) => l.replace(/^,/, ''))).toEqual(READ);
  });
  it('in a list no title or header says is by enforcer: no longer added as offices (was 3060 / 2280, exit 0)', async () => {
    const r = await both('nam-dinh-viec-2024.csv', ['STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Thi hành xong;Đình chỉ', ...body('Lê Văn Cường (Chi cục trưởng)', 'Huỳnh Văn Em (Phó Chi cục trưởng)')]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });
  it('one enforcer with a post and his office\'s very figures, no title: counted once (was 2160, exit 0)', async () => {
    const r = await both('nam-dinh-viec-2024.csv', ['STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Thi hành xong;Đình chỉ',
      '1;Chi cục THADS huyện Mỹ Lộc;630;490;426;15', ';Lê Văn Cường (Chi cục trưởng);630;490;426;15', '2;Chi cục THADS huyện Vụ Bản;900;650;520;15']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });
  it('the .xlsx twin', async () => {
    const r = await summarizeLinesWorkbook(dir, 'Nam Dinh theo CHV 2024.xlsx', titled('Lê Văn Cường (Chi cục trưởng)', 'Huỳnh Văn Em (Phó Chi cục trưởng)'), ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });
  it('the rule itself', () => {
    for (const person of ['Lê Văn Cường (Chi cục trưởng)', 'Huỳnh Văn Em, Phó Chi cục trưởng', 'Võ Thị Dung - Trưởng phòng', 'Trần Văn Quận (Đội trưởng)', 'Lê Văn Cường (CHV sơ cấp)']) {
      expect(namesOfficeNotPerson(person), person).toBe(false);
    }
  });
});

describe('over-reach controls: offices, and posts that are not after a person\'s name, keep their reading', () => {
  const refusedAsOffice = (r: { code: number; stdout: string; stderr: string }, name: string) => {
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`"${name}" has no STT under the office "Chi cục THADS huyện Mỹ Lộc"`);
    expect(stderrCodes(r.stderr)).toContain('NOT_AN_OFFICE');
  };
  for (const name of ['Phòng THADS khu vực 1 (Mỹ Lộc – Vụ Bản)', 'Văn Phòng Cục (Chi cục trưởng)', 'Chi cục THADS huyện Vụ Bản (Chi cục trưởng)', 'Lê Văn Cường (Chi cục Vụ Bản)', 'Chi cục trưởng Lê Văn Cường']) {
    it(`"${name}" under an office, no STT: still refused, an office's name`, async () => {
      refusedAsOffice(await both('Nam Dinh theo CHV 2024.csv', titled(name, 'Huỳnh Văn Em')), name);
    });
  }
  it('an office line "… (cũ)" over its enforcers is read as before', async () => {
    const lines = titled('Lê Văn Cường', 'Huỳnh Văn Em').map((l) => l.replace('1;Chi cục THADS huyện Mỹ Lộc;', '1;Chi cục THADS huyện Mỹ Lộc (cũ);'));
    const r = await both('Nam Dinh theo CHV 2024.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ.map((l) => l.replace('huyện Mỹ Lộc 630', 'huyện Mỹ Lộc (cũ) 630')));
  });
  it('an office line "… (đã sửa)" is refused as before (a version of the figures)', async () => {
    const lines = titled('Lê Văn Cường', 'Huỳnh Văn Em').map((l) => l.replace('2;Chi cục THADS huyện Vụ Bản;', '2;Chi cục THADS huyện Vụ Bản (đã sửa);'));
    const r = await both('Nam Dinh theo CHV 2024.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"Chi cục THADS huyện Vụ Bản (đã sửa)" holds a version of the office\'s figures set beside them');
    expect(stderrCodes(r.stderr)).toContain('NOT_AN_OFFICE');
  });
  it('the rule itself: offices stay offices', () => {
    for (const office of ['Chi cục THADS huyện Mỹ Lộc (cũ)', 'Chi cục THADS huyện Mỹ Lộc (đã sửa)', 'Phòng THADS khu vực 1 (Mỹ Lộc – Vụ Bản)', 'Văn Phòng Cục (Chi cục trưởng)',
      'Chi cục THADS huyện Mỹ Lộc - Chi cục trưởng', 'Trưởng phòng', 'Lê Văn Cường (Chi cục Vụ Bản)']) {
      expect(namesOfficeNotPerson(office), office).toBe(true);
    }
  });
});
