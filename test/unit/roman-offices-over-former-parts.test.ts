// A 2025 Cục report numbering its units I, II, III — "I | Văn phòng Cục", "II | Phòng THADS khu
// vực 1" over its former Chi cục "(cũ)", "III | Phòng THADS khu vực 2" (round 68a, 03): the Roman
// khu vực read as the office over its parts dropped its number, so "I | Văn phòng Cục" was taken
// for a section over everything below it (SECTION_ROW_MISMATCH 400 vs 1.800 and four
// DECLARED_TOTAL_MISMATCH, exit 1). Now a Roman khu vực read as an office ends the Roman row above
// it as any Roman row does: the Văn phòng Cục is an office. Real sections over Arabic rows are
// still checked against them. Both readers agree; figures by hand.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { both, dir } = bothReaders('thads-roman-offices-', ['--year', '2025', '--format', 'csv']);

/** district to-execute/with-conditions/completed/terminated resolved rate, per output row: the offices by name, then the total */
function rows(csv: string): string[] {
  const [header, ...lines] = csv.trim().split('\n');
  const cols = header!.split(',');
  const at = (n: string) => cols.indexOf(`cases_${n}`);
  const read = lines.map((l) => {
    const c = l.split(',');
    return `${c[cols.indexOf('district')]} ${c[at('to_execute')]}/${c[at('with_conditions')]}/${c[at('completed')]}/${c[at('terminated')]} ${c[at('resolved')]} ${c[at('rate')]}`;
  });
  return [...read.filter((r) => !r.startsWith('TOTAL ')).sort(), ...read.filter((r) => r.startsWith('TOTAL '))];
}

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025', '(Từ ngày 01/10/2024 đến ngày 30/9/2025)'];
const HEADER = 'STT;Đơn vị;Tổng số phải thi hành;Có điều kiện thi hành;Thi hành xong;Đình chỉ;Chưa có điều kiện;Chuyển kỳ sau';
const VP = 'Văn phòng Cục;400;300;200;20;100;180';
const KV1 = 'Phòng THADS khu vực 1;1.000;800;650;50;200;300';
// KV1's parts: 400+600 = 1.000, 300+500 = 800, 250+400 = 650, 20+30 = 50, 100+100 = 200, 130+170 = 300 ✓
const P1 = ';Chi cục THADS huyện Mỹ Lộc (cũ);400;300;250;20;100;130';
const P2 = ';Chi cục THADS huyện Vụ Bản (cũ);600;500;400;30;100;170';
const KV2 = 'Phòng THADS khu vực 2;800;700;550;50;100;200';
// to execute 400+1.000+800 = 2.200; có điều kiện 300+800+700 = 1.800; xong 200+650+550 = 1.400;
// đình chỉ 20+50+50 = 120; chưa có đk 100+200+100 = 400; chuyển 180+300+200 = 680
const TOTAL = ';Tổng cộng;2.200;1.800;1.400;120;400;680';
// resolved per office: VP 200+20 = 220 / 300 = 73,33 %; KV1 650+50 = 700 / 800 = 87,50 %; KV2 550+50 = 600 / 700 = 85,71 %
// TOTAL 1.400+120 = 1.520 / 1.800 = 84,44 %
const READ = [
  'Phòng THADS khu vực 1 1000/800/650/50 700 87.50',
  'Phòng THADS khu vực 2 800/700/550/50 600 85.71',
  'Văn phòng Cục 400/300/200/20 220 73.33',
  'TOTAL 2200/1800/1400/120 1520 84.44',
];
const FILE = [...TITLE, HEADER, TOTAL, `I;${VP}`, `II;${KV1}`, P1, P2, `III;${KV2}`];

describe('a Cục list numbered I, II, III: Văn phòng Cục, then each Phòng, one with (cũ) parts (finding 03)', () => {
  it('reads the three units as offices, the parts checked not added: 2.200 to execute, 84,44 %', async () => {
    const r = await both('ninh-binh-nam-2025.csv', FILE);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('spelled otherwise: "I.", without diacritics, upper case; the total below the list', async () => {
    const dots = [...TITLE, HEADER, TOTAL, `I.;${VP}`, `II.;${KV1}`, P1, P2, `III.;${KV2}`];
    const bare = [...TITLE, HEADER, TOTAL, 'I;Van phong Cuc;400;300;200;20;100;180', 'II;Phong THADS khu vuc 1;1.000;800;650;50;200;300', ';Chi cuc THADS huyen My Loc (cu);400;300;250;20;100;130', ';Chi cuc THADS huyen Vu Ban (cu);600;500;400;30;100;170', 'III;Phong THADS khu vuc 2;800;700;550;50;100;200'];
    const upper = [...TITLE, HEADER, TOTAL, 'I;VĂN PHÒNG CỤC;400;300;200;20;100;180', 'II;PHÒNG THADS KHU VỰC 1;1.000;800;650;50;200;300', P1, P2, 'III;PHÒNG THADS KHU VỰC 2;800;700;550;50;100;200'];
    const below = [...TITLE, HEADER, `I;${VP}`, `II;${KV1}`, P1, P2, `III;${KV2}`, TOTAL];
    for (const [name, lines] of [['dots.csv', dots], ['bare.csv', bare], ['upper.csv', upper], ['below.csv', below]] as const) {
      const r = await both(name, lines);
      expect(r.stderr, name).toBe('');
      expect(r.code, name).toBe(0);
      expect(rows(r.stdout).at(-1), name).toBe('TOTAL 2200/1800/1400/120 1520 84.44');
    }
    const bareRead = rows((await both('bare2.csv', bare)).stdout);
    expect(bareRead.slice(0, 3)).toEqual(['Phong THADS khu vuc 1 1000/800/650/50 700 87.50', 'Phong THADS khu vuc 2 800/700/550/50 600 85.71', 'Van phong Cuc 400/300/200/20 220 73.33']);
  });

  it('the Phòng written below its (cũ) parts, numbered "II": the same offices', async () => {
    const r = await both('closed-below.csv', [...TITLE, HEADER, TOTAL, `I;${VP}`, P1, P2, `II;${KV1}`, `III;${KV2}`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('the Văn phòng Cục numbered "1" (or under a section "I Cấp tỉnh" equal to it): the same offices', async () => {
    // was OFFICE_SUBTOTAL_MISMATCH: khu vực 2 judged against khu vực 1's parts (the Roman khu vực taken for a row of "1 | Văn phòng Cục")
    const arabic = await both('arabic.csv', [...TITLE, HEADER, TOTAL, `1;${VP}`, `II;${KV1}`, P1, P2, `III;${KV2}`]);
    expect(arabic.stderr).toBe('');
    expect(arabic.code).toBe(0);
    expect(rows(arabic.stdout)).toEqual(READ);
    // "I Cấp tỉnh" 400/300/200/20 = its one row, the Văn phòng Cục: a subtotal, not added
    const section = await both('cap-tinh.csv', [...TITLE, HEADER, TOTAL, 'I;Cấp tỉnh;400;300;200;20;100;180', `1;${VP}`, `II;${KV1}`, P1, P2, `III;${KV2}`]);
    expect(section.stderr).toBe('');
    expect(section.code).toBe(0);
    expect(rows(section.stdout)).toEqual(READ);
  });

  it('a wrong Văn phòng Cục figure is refused against the total, located', async () => {
    // to execute 401+1.000+800 = 2.201 ≠ 2.200
    const r = await both('wrong.csv', [...TITLE, HEADER, TOTAL, 'I;Văn phòng Cục;401;300;200;20;100;180', `II;${KV1}`, P1, P2, `III;${KV2}`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5:3: error: declared total "Tổng cộng" has cases to execute 2200, but the office rows add up to 2201 [DECLARED_TOTAL_MISMATCH]');
    expect(stderrCodes(r.stderr)).not.toContain('SECTION_ROW_MISMATCH');
  });

  it('an xlsx of the report reads the same', async () => {
    const r = await summarizeLinesWorkbook(dir, 'ninh-binh-nam-2025.xlsx', FILE, ['--year', '2025', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });
});

describe('over-reach: lists that must read as before', () => {
  it('the same list without the (cũ) rows, and with the Văn phòng Cục last', async () => {
    for (const [name, lines] of [
      ['no-parts.csv', [...TITLE, HEADER, TOTAL, `I;${VP}`, `II;${KV1}`, `III;${KV2}`]],
      ['vp-last.csv', [...TITLE, HEADER, TOTAL, `I;${KV1}`, P1, P2, `II;${KV2}`, `III;${VP}`]],
    ] as const) {
      const r = await both(name, lines);
      expect(r.stderr, name).toBe('');
      expect(r.code, name).toBe(0);
      expect(rows(r.stdout), name).toEqual(READ);
    }
  });

  it('today\'s Roman Phòng over (cũ) parts, each Phòng with its own', async () => {
    // KV2's parts: 300+500 = 800, 300+400 = 700, 250+300 = 550, 20+30 = 50, 30+70 = 100, 30+170 = 200 ✓
    // total 1.000+800 = 1.800, 800+700 = 1.500, 650+550 = 1.200, 50+50 = 100; resolved 1.300 / 1.500 = 86,67 %
    const r = await both('phong-parts.csv', [...TITLE, HEADER, ';Tổng cộng;1.800;1.500;1.200;100;300;500', `I;${KV1}`, P1, P2, `II;${KV2}`, ';Chi cục THADS huyện Ý Yên (cũ);300;300;250;20;30;30', ';Chi cục THADS huyện Nam Trực (cũ);500;400;300;30;70;170']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Phòng THADS khu vực 1 1000/800/650/50 700 87.50', 'Phòng THADS khu vực 2 800/700/550/50 600 85.71', 'TOTAL 1800/1500/1200/100 1300 86.67']);
  });

  const Y2019 = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2019', HEADER];
  const MY_LOC = '1;Chi cục THADS huyện Mỹ Lộc;400;300;250;20;100;130';
  const VU_BAN = '2;Chi cục THADS huyện Vụ Bản;600;500;400;30;100;170';

  it('2019 "I Cấp tỉnh / II Cấp huyện" sections over their Arabic rows: subtotals, not added', async () => {
    // Cấp huyện = Mỹ Lộc + Vụ Bản: 400+600 = 1.000, 300+500 = 800, 250+400 = 650, 20+30 = 50, 100+100 = 200, 130+170 = 300
    // offices VP 400 + Mỹ Lộc 400 + Vụ Bản 600 = 1.400; 300+300+500 = 1.100; 200+250+400 = 850; 20+20+30 = 70;
    // resolved 850+70 = 920 / 1.100 = 83,64 %
    const r = await both('nam-dinh-2019.csv', [...Y2019, `I;Cấp tỉnh;400;300;200;20;100;180`, `1;${VP}`, 'II;Cấp huyện;1.000;800;650;50;200;300', MY_LOC, VU_BAN], ['--year', '2019', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([
      'Chi cục THADS huyện Mỹ Lộc 400/300/250/20 270 90.00',
      'Chi cục THADS huyện Vụ Bản 600/500/400/30 430 86.00',
      'Văn phòng Cục 400/300/200/20 220 73.33',
      'TOTAL 1400/1100/850/70 920 83.64',
    ]);
  });

  it('a Roman section row that is not the sum of its Arabic rows is still refused', async () => {
    // "II" 1.001 over Mỹ Lộc 400 + Vụ Bản 600 = 1.000 (and 201 ≠ 200, 301 ≠ 300)
    const r = await both('nam-dinh-2019-wrong.csv', [...Y2019, `I;Cấp tỉnh;400;300;200;20;100;180`, `1;${VP}`, 'II;Chi cục THADS các huyện;1.001;800;650;50;201;301', MY_LOC, VU_BAN], ['--year', '2019', '--format', 'csv']);
    expect(r.code).toBe(1);
    // "Chi cục THADS các huyện" is the district level's group row (row-labels.ts DISTRICTS_TOGETHER, 2987973): a
    // declared subtotal checked against its rows (was SECTION_ROW_MISMATCH; refused either way, exit 1)
    expect(r.stderr).toContain('FILE:6:3: error: declared subtotal "Chi cục THADS các huyện" has cases to execute 1001, but the rows below it add up to 1000 [DECLARED_TOTAL_MISMATCH]');
    expect(stderrCodes(r.stderr)).toEqual(['DECLARED_TOTAL_MISMATCH', 'DECLARED_TOTAL_MISMATCH', 'DECLARED_TOTAL_MISMATCH']);
  });
});
