// Text typed in the old ABC font (.VnTime, TCVN3) inside a UTF-8 CSV or an xlsx: the cells hold
// Latin-1 look-alikes ("§¬n vÞ tÝnh: 1.000 ®ång" is "Đơn vị tính: 1.000 đồng"). Unread, a unit
// line left money in đồng (1000× too small), a "Cùng kỳ năm trước" row was summed as an office,
// a money form's title did not say money, a resent office was another office, and a workbook
// wholly in the font had no header (tester's findings work58b/01–05). legacy-font.ts reads such
// cells as the Vietnamese they show, once, for both readers and the workbook reader, and warns
// LEGACY_FONT_TEXT once per file; Unicode text ("Tân Bình", "Ý Yên", "Ô Môn") is never touched.
import { describe, expect, it } from 'vitest';
import { codepageChars } from '../../src/input/decode.js';
import { holdsLegacyLetter, LEGACY_LETTERS, legacyFontReading } from '../../src/input/legacy-font.js';
import { bothOnFiles, bothReaders } from '../helpers/both-readers.js';
import { escapeText, writeRawWorkbook } from '../helpers/raw-workbook.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { dir, both } = bothReaders('thads-legacy-font-', ['--by', 'none', '--format', 'csv', '--year', '2019']);

/** Named cells of the CSV output's total row. */
function pick(stdout: string, names: readonly string[]): string[] {
  const lines = stdout.trim().split('\n');
  const columns = lines[0]!.split(',');
  const total = lines[lines.length - 1]!.split(',');
  return names.map((n) => total[columns.indexOf(n)]!);
}
const MONEY = ['money_with_conditions', 'money_resolved', 'money_rate'];
const CASES = ['cases_with_conditions', 'cases_resolved', 'cases_rate'];

describe('the rule: which cells are TCVN3 look-alikes, and what they read as', () => {
  it('names the characters the TCVN3 table uses for letters that Vietnamese Unicode never holds', () => {
    // Derived from the table: a byte A1–FF whose TCVN3 character is a letter, the Latin-1
    // character of that byte no letter of the Vietnamese alphabet.
    const table = codepageChars('tcvn3');
    const vietnamese = 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý';
    let derived = '';
    for (let b = 0xa1; b <= 0xff; b++) if (/\p{L}/u.test(table[b]!) && !vietnamese.includes(String.fromCharCode(b))) derived += String.fromCharCode(b);
    expect(LEGACY_LETTERS).toBe(derived);
  });

  it.each([
    ['§¬n vÞ tÝnh: 1.000 ®ång', 'Đơn vị tính: 1.000 đồng'],
    ['§¬n vÞ tÝnh: ngh×n ®ång', 'Đơn vị tính: nghìn đồng'],
    ['§VT: TriÖu ®ång', 'ĐVT: Triệu đồng'],
    ['(§¬n vÞ tÝnh: 1.000 ®ång)', '(Đơn vị tính: 1.000 đồng)'],
    ['§¬n vÞ tÝnh: ngµn ®ång', 'Đơn vị tính: ngàn đồng'],
    ['Tæng céng', 'Tổng cộng'],
    ['Cïng kú n¨m tr\u00adíc', 'Cùng kỳ năm trước'],
    ['Chi côc THADS huyÖn Mü Léc', 'Chi cục THADS huyện Mỹ Lộc'],
    ['Ch\u00ada cã ®iÒu kiÖn', 'Chưa có điều kiện'],
    ['cøu', 'cứu'],
  ])('reads %j as %j', (cell, read) => {
    expect(legacyFontReading(cell)).toBe(read);
  });

  it.each([
    // Unicode names, some of Latin-1 letters only
    'Tân Bình', 'Hà Nội', 'Bình Định', 'Ý Yên', 'Mỹ Lộc', 'Đức Phổ', 'Ô Môn', 'Cà Mau', 'Chi cục THADS huyện Mỹ Lộc',
    // a sign beside no letter, or beside Unicode Vietnamese
    'Xem §3', '© 2019', '§3 Điều 5', '× 1.000',
    // letters of other languages among TCVN3's characters: their TCVN3 reading spells no Vietnamese
    'España', 'naïve', 'Müller', 'Søren', 'Straße', 'Björk',
    'plain ASCII',
  ])('leaves %j as it is', (cell) => {
    expect(legacyFontReading(cell)).toBeNull();
  });

  it('tells the fast path of a legacy letter in UTF-8 bytes, and of none in Unicode Vietnamese', () => {
    expect(holdsLegacyLetter(Buffer.from('a,§¬n vÞ tÝnh\n'))).toBe(true);
    expect(holdsLegacyLetter(Buffer.from('x,Tæng céng\n'))).toBe(true);
    expect(holdsLegacyLetter(Buffer.from('Tân Bình,Hà Nội,Bình Định,Ý Yên,Mỹ Lộc,Đức Phổ,Ô Môn,Cà Mau,Đơn vị tính: nghìn đồng\n'))).toBe(false);
  });
});

// Finding 01: the Cục's money sheet, the title and the unit line in .VnTime, the table in Unicode.
const MONEY_SHEET = [
  'côc thi hµnh ¸n d©n sù tØnh nam ®Þnh,,,,,,,',
  'b¸o c¸o kÕt qu¶ thi hµnh ¸n d©n sù tÝnh b»ng tiÒn n¨m 2019,,,,,,,',
  '(Tõ ngµy 01/10/2018 ®Õn ngµy 30/9/2019),,,,,,,',
  ',,,,,,§¬n vÞ tÝnh: 1.000 ®ång,',
  'STT,Đơn vị,Tổng số phải thi hành,Có điều kiện,Thi hành xong,Đình chỉ,Giảm,Chưa có điều kiện',
  '1,Chi cục THADS huyện Mỹ Lộc,45210350,30125400,20100000,1500200,0,15084950',
  '2,Chi cục THADS huyện Vụ Bản,62880100,41300500,28400000,2100000,150000,21579600',
  ',Tổng cộng,108090450,71425900,48500000,3600200,150000,36664550',
];
const TITLE_WARNING =
  'FILE:1:1: warning: text typed in an old ABC font (.VnTime, TCVN3) was read as the Vietnamese it shows, first at line 1: "côc thi hµnh ¸n d©n sù tØnh nam ®Þnh" is "cục thi hành án dân sự tỉnh nam định" [LEGACY_FONT_TEXT]\n';

describe('a unit line in .VnTime (finding 01)', () => {
  it('reads money in nghìn đồng, warned once', async () => {
    const r = await both('bao-cao-tien-2019.csv', MONEY_SHEET);
    // By hand, × 1000: có điều kiện 30.125.400 + 41.300.500 = 71.425.900 nghìn = 71.425.900.000 đồng;
    // xong (20.100.000 + 1.500.200 + 0) + (28.400.000 + 2.100.000 + 150.000) = 52.250.200 nghìn;
    // 52.250.200 / 71.425.900 = 0,731530… → 73.15 %.
    expect(r.code).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(['71425900000', '52250200000', '73.15']);
    expect(r.stderr).toBe(`${TITLE_WARNING}  hint: convert the sheet's old ABC fonts to Unicode (Unikey: "Chuyển mã", TCVN3 (ABC) → Unicode) and check the text it shows\n`);
  });

  it.each([
    ['§VT: TriÖu ®ång', '71425900000000', '52250200000000'], // × 10^6
    ['(§¬n vÞ tÝnh: ngh×n ®ång)', '71425900000', '52250200000'],
    ['§¬n vÞ tÝnh: ngµn ®ång', '71425900000', '52250200000'],
  ])('reads the unit line %j', async (unit, withConditions, resolved) => {
    const lines = [...MONEY_SHEET];
    lines[3] = `,,,,,,"${unit}",`;
    const r = await both('bao-cao-tien-2019.csv', lines);
    expect(r.code).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual([withConditions, resolved, '73.15']);
  });

  it('refuses the money sheet saved under the việc name: MEASURE_CONFLICT (finding 03)', async () => {
    const r = await both('bao-cao-viec-2019.csv', MONEY_SHEET);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'FILE:4:7: error: the file name says the file counts cases, but the unit line (line 4) gives money in thousand: plain headers ("Tổng số phải thi hành") would be read as cases [MEASURE_CONFLICT]',
    );
  });

  it('reads the same sheet as an xlsx', async () => {
    const text = (r: string, t: string) => `<c r="${r}" t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
    const num = (r: string, v: number) => `<c r="${r}"><v>${v}</v></c>`;
    const row = (n: number, cells: string[]) => `<row r="${n}">${cells.join('')}</row>`;
    const cols = 'ABCDEFGH';
    const data = MONEY_SHEET.map((line, i) =>
      row(
        i + 1,
        line.split(',').flatMap((c, j) => (c === '' ? [] : /^\d+$/.test(c) ? [num(`${cols[j]}${i + 1}`, Number(c))] : [text(`${cols[j]}${i + 1}`, c)])),
      ),
    ).join('');
    const folder = mkdtempSync(join(tmpdir(), 'thads-legacy-xlsx-'));
    const file = await writeRawWorkbook({ sheets: [{ name: 'Sheet1', data }], name: 'bao-cao-tien-2019.xlsx', dir: folder });
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--by', 'none', '--format', 'csv'], { env: {} });
    expect(await main(io)).toBe(0);
    expect(pick(stdout(), MONEY)).toEqual(['71425900000', '52250200000', '73.15']);
    expect(stderr()).toContain('Sheet1!A1: warning: text typed in an old ABC font (.VnTime, TCVN3) was read as the Vietnamese it shows, first at row 1: "côc thi hµnh ¸n d©n sù tØnh nam ®Þnh" is "cục thi hành án dân sự tỉnh nam định" [LEGACY_FONT_TEXT]');
  });
});

const HEADER_VIEC = 'STT,Đơn vị,Năm trước chuyển sang,Thụ lý mới,Tổng số thụ lý,Tổng số phải thi hành,Có điều kiện,Thi hành xong,Đình chỉ,Chưa có điều kiện';
const MY_LOC = ['chi côc thi hµnh ¸n d©n sù huyÖn mü léc', 'b¸o c¸o kÕt qu¶ thi hµnh ¸n d©n sù tÝnh b»ng viÖc n¨m 2019', HEADER_VIEC, '1,Chi cục THADS huyện Mỹ Lộc,312,1015,1327,1298,1021,803,36,277'];
const VU_BAN = ['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN VỤ BẢN', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019', HEADER_VIEC, '1,Chi cục THADS huyện Vụ Bản,401,1322,1723,1690,1402,1099,47,288'];

describe('labels and names in .VnTime among Unicode rows (findings 02, 04)', () => {
  it('reads the two offices of the old and the new template alike (02 without its comparison row)', async () => {
    const r = await bothOnFiles(join(dir, 'offices'), { 'my-loc-viec-2019.csv': MY_LOC, 'vu-ban-viec-2019.csv': VU_BAN }, ['--by', 'none', '--format', 'csv']);
    // By hand: có điều kiện 1.021 + 1.402 = 2.423; xong (803 + 36) + (1.099 + 47) = 1.985;
    // 1.985 / 2.423 = 0,819232… → 81.92 %.
    expect(r.code).toBe(0);
    expect(pick(r.stdout, CASES)).toEqual(['2423', '1985', '81.92']);
  });

  it('refuses a "Cùng kỳ năm trước" row typed in .VnTime as it refuses it in Unicode: NOT_AN_OFFICE', async () => {
    const r = await bothOnFiles(join(dir, 'cung-ky'), { 'my-loc-viec-2019.csv': [...MY_LOC, ',Cïng kú n¨m tr\u00adíc,287,994,1281,1262,976,702,31,286'], 'vu-ban-viec-2019.csv': VU_BAN }, ['--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('my-loc-viec-2019.csv:5:2: error: "Cùng kỳ năm trước" holds the figures of an earlier period set beside an office\'s for comparison, no office\'s of the report: it would be added as an office [NOT_AN_OFFICE]');
  });

  it('refuses an office resent on the old template (its name in .VnTime): DUPLICATE_INPUT', async () => {
    const oldTemplate = [...MY_LOC.slice(0, 3), '1,Chi côc THADS huyÖn Mü Léc,312,1015,1327,1298,1021,803,36,277'];
    const r = await bothOnFiles(join(dir, 'resent'), { 'my-loc-viec-2019.csv': MY_LOC, 'vu-ban-viec-2019.csv': VU_BAN, 'my-loc-viec-2019-mau-cu.csv': oldTemplate }, ['--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('my-loc-viec-2019-mau-cu.csv:4: error: cases of "Chi cục THADS huyện Mỹ Lộc" (2019) are given again: my-loc-viec-2019.csv:4 already gave them; figures are never added across files [DUPLICATE_INPUT]');
  });
});

describe('a sheet wholly in .VnTime (finding 05)', () => {
  const WHOLE = [
    'b¸o c¸o kÕt qu¶ thi hµnh ¸n d©n sù tÝnh b»ng tiÒn n¨m 2019',
    '§¬n vÞ tÝnh: ngh×n ®ång',
    'STT,§¬n vÞ,Tæng sè ph¶i thi hµnh,Cã ®iÒu kiÖn,Thi hµnh xong,§×nh chØ,Gi¶m,Ch\u00ada cã ®iÒu kiÖn',
    '1,HuyÖn Mü Léc,1000,800,500,100,50,200',
    '2,HuyÖn Vô B¶n,2000,1500,1000,200,100,500',
    ',Tæng céng,3000,2300,1500,300,150,700',
  ];
  it('is read (it was refused NO_HEADER)', async () => {
    const r = await both('bao-cao-tien-2019.csv', WHOLE, ['--format', 'csv', '--year', '2019']);
    // By hand, nghìn đồng: có điều kiện 800 + 1.500 = 2.300 → 2.300.000 đồng; xong (500 + 100 + 50)
    // + (1.000 + 200 + 100) = 1.950 → 1.950.000 đồng; 1.950 / 2.300 = 0,847826… → 84.78 %.
    expect(r.code).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(['2300000', '1950000', '84.78']);
    expect(r.stdout).toContain('Huyện Mỹ Lộc');
    expect(r.stderr).toContain('FILE:1:1: warning: text typed in an old ABC font (.VnTime, TCVN3) was read as the Vietnamese it shows, first at line 1: "b¸o c¸o kÕt qu¶ thi hµnh ¸n d©n sù tÝnh b»ng tiÒn n¨m 2019" is "báo cáo kết quả thi hành án dân sự tính bằng tiền năm 2019" [LEGACY_FONT_TEXT]');
  });

  it('is read with semicolons too (the delimiter is sniffed from the header it reads)', async () => {
    const r = await both('bao-cao-tien-2019.csv', WHOLE.map((l) => l.replaceAll(',', ';')));
    expect(r.code).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(['2300000', '1950000', '84.78']);
  });
});

describe('over-reach: Unicode files read as before, nothing said', () => {
  it('reads offices whose names are Latin-1 letters only, and signs in notes', async () => {
    const r = await both('bao-cao-viec-2019.csv', [
      'Xem §3 Thông tư 06/2019; © 2019',
      'STT,Đơn vị,Có điều kiện,Thi hành xong',
      '1,Tân Bình,100,80',
      '2,Ý Yên,50,40',
      '3,Ô Môn,30,20',
      '4,Hà Nội,20,10',
      '5,Bình Định,10,5',
      '6,Mỹ Lộc,40,30',
      '7,Đức Phổ,60,35',
    ], ['--format', 'csv', '--year', '2019']);
    // By hand: 100 + 50 + 30 + 20 + 10 + 40 + 60 = 310 có điều kiện; 80 + 40 + 20 + 10 + 5 + 30 + 35
    // = 220 xong; 220 / 310 = 0,709677… → 70.97 %.
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(pick(r.stdout, CASES)).toEqual(['310', '220', '70.97']);
    for (const name of ['Tân Bình', 'Ý Yên', 'Ô Môn', 'Hà Nội', 'Bình Định', 'Mỹ Lộc', 'Đức Phổ']) expect(r.stdout).toContain(`,${name},`);
  });

  it('keeps a Unicode unit line', async () => {
    const r = await both('bao-cao-tien-2019.csv', ['Đơn vị tính: nghìn đồng', 'STT,Đơn vị,Có điều kiện,Thi hành xong', '1,Tân Bình,800,650', '2,Ý Yên,1500,1300']);
    // By hand: 800 + 1.500 = 2.300 nghìn; 650 + 1.300 = 1.950 nghìn; 84.78 %.
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(pick(r.stdout, MONEY)).toEqual(['2300000', '1950000', '84.78']);
  });
});
