// Text typed in the VNI-Windows fonts (VNI-Times) inside a UTF-8 CSV or an xlsx: the cells hold
// Latin-1 look-alikes, a letter followed by its marks ("Ñôn vò tính: 1.000 ñoàng" is "Đơn vị
// tính: 1.000 đồng", "Toång coäng" is "Tổng cộng"). Unread, the unit line left money in đồng,
// 1000× too small, exit 0. legacy-font.ts reads such cells as it reads TCVN3's (one home for the
// old fonts), only when the whole cell spells Vietnamese syllables; Latin-1 text of other
// languages ("España", "Noël", "Müller") and Unicode Vietnamese ("Hoà Bình", "Ô Môn") is let be.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdsLegacyLetter, LEGACY_LETTERS, legacyFontReading } from '../../src/input/legacy-font.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';
import { escapeText, writeRawWorkbook } from '../helpers/raw-workbook.js';

const { both } = bothReaders('thads-vni-font-', ['--by', 'none', '--format', 'csv', '--year', '2019']);

/** Named cells of the CSV output's total row. */
function pick(stdout: string, names: readonly string[]): string[] {
  const lines = stdout.trim().split('\n');
  const columns = lines[0]!.split(',');
  const total = lines[lines.length - 1]!.split(',');
  return names.map((n) => total[columns.indexOf(n)]!);
}
const MONEY = ['money_with_conditions', 'money_completed', 'money_rate'];

const VNI_HINT = '  hint: convert the sheet\'s VNI fonts to Unicode (Unikey: "Chuyển mã", VNI Windows → Unicode) and check the text it shows\n';

describe('the rule: which cells are VNI look-alikes, and what they read as', () => {
  it.each([
    ['Ñôn vò tính: 1.000 ñoàng', 'Đơn vị tính: 1.000 đồng'],
    ['ÑÔN VÒ TÍNH: 1.000 ÑOÀNG', 'ĐƠN VỊ TÍNH: 1.000 ĐỒNG'],
    ['(Ñôn vò tính: nghìn ñoàng)', '(Đơn vị tính: nghìn đồng)'],
    ['Ñôn vò tính: ngaøn ñoàng', 'Đơn vị tính: ngàn đồng'],
    ['ÑVT: Trieäu ñoàng', 'ĐVT: Triệu đồng'],
    ['Toång coäng', 'Tổng cộng'],
    ['TOÅNG COÄNG', 'TỔNG CỘNG'],
    ['Coù ñieàu kieän', 'Có điều kiện'],
    ['Chöa coù ñieàu kieän', 'Chưa có điều kiện'],
    ['Ñaõ giaûi quyeát xong', 'Đã giải quyết xong'],
    ['Thi haønh xong', 'Thi hành xong'],
    ['Ñình chæ', 'Đình chỉ'],
    ['Giaûm', 'Giảm'],
    ['Cuøng kyø naêm tröôùc', 'Cùng kỳ năm trước'],
    ['Chi cuïc THADS huyeän Myõ Loäc', 'Chi cục THADS huyện Mỹ Lộc'],
  ])('reads %j as %j', (cell, read) => {
    expect(legacyFontReading(cell)).toBe(read);
  });

  it.each([
    // Latin-1 letters of other languages: their VNI reading is no Vietnamese syllable
    'España', 'Peña Nieto', 'Noël', 'Zoë', 'naïve', 'Müller', 'Søren', 'Björk', 'Straße', 'Ångström', 'Citroën', 'São Paulo',
    // Unicode Vietnamese of Latin-1 letters only (VNI would read "Hoà" as "Hồ", "Ô Môn" as "Ơ Mơn")
    'Hoà Bình', 'Thanh Hoá', 'Hoàng Mai', 'Ô Môn', 'Tân Bình', 'Ý Yên',
    // VNI marks that are Vietnamese letters in Unicode only: not told from Unicode (see README)
    'Tieàn', 'Coù',
  ])('leaves %j as it is', (cell) => {
    expect(legacyFontReading(cell)).toBeNull();
  });

  it("hands the fast path every file the rule may read: VNI's characters no Vietnamese Unicode holds are legacy letters", () => {
    // VNI's table (legacy-font.ts) uses these Latin-1 letters that are no Vietnamese letter in
    // Unicode; mayBeLegacy asks for one of them, and the fast path gives up on them.
    for (const c of 'äåæëîïñöøûüÄÅÆËÎÏÑÖØÛÜ') expect(LEGACY_LETTERS).toContain(c);
    expect(holdsLegacyLetter(Buffer.from(',Ñôn vò tính: 1.000 ñoàng\n'))).toBe(true);
    expect(holdsLegacyLetter(Buffer.from('x,Toång coäng\n'))).toBe(true);
  });
});

// The brief's file: two offices, the unit line in VNI-Times, the table in Unicode.
const SHEET = [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2019,,,',
  '"Ñôn vò tính: 1.000 ñoàng",,,',
  'STT,Đơn vị,Có điều kiện,Thi hành xong',
  '1,Chi cục THADS huyện Mỹ Lộc,1500,1000',
  '2,Chi cục THADS huyện Vụ Bản,2500,2000',
];

describe('a unit line in VNI-Times', () => {
  it('reads money in nghìn đồng, warned once (it was read in đồng: 4000, exit 0)', async () => {
    const r = await both('bao-cao-tien-2019.csv', SHEET);
    // By hand, × 1000: có điều kiện 1.500 + 2.500 = 4.000 nghìn = 4.000.000 đồng; xong 1.000 +
    // 2.000 = 3.000 nghìn = 3.000.000 đồng; 3.000 / 4.000 = 75 %.
    expect(r.code).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(['4000000', '3000000', '75.00']);
    expect(r.stderr).toBe(
      'FILE:2:1: warning: text typed in a VNI font (VNI-Times, VNI-Windows) was read as the Vietnamese it shows, first at line 2: "Ñôn vò tính: 1.000 ñoàng" is "Đơn vị tính: 1.000 đồng" [LEGACY_FONT_TEXT]\n' + VNI_HINT,
    );
  });

  it.each([
    ['ÑÔN VÒ TÍNH: 1.000 ÑOÀNG', '4000000', '3000000'],
    ['(Ñôn vò tính: nghìn ñoàng)', '4000000', '3000000'],
    ['Ñôn vò tính: ngaøn ñoàng', '4000000', '3000000'],
    ['ÑVT: Trieäu ñoàng', '4000000000', '3000000000'], // × 10^6: 4.000 triệu, 3.000 triệu
  ])('reads the unit line %j', async (unit, withConditions, completed) => {
    const lines = [...SHEET];
    lines[1] = `"${unit}",,,`;
    const r = await both('bao-cao-tien-2019.csv', lines);
    expect(r.code).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual([withConditions, completed, '75.00']);
    expect(r.stderr).toContain('[LEGACY_FONT_TEXT]');
  });

  it('reads the same sheet as an xlsx', async () => {
    const text = (r: string, t: string) => `<c r="${r}" t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
    const num = (r: string, v: number) => `<c r="${r}"><v>${v}</v></c>`;
    const cols = 'ABCD';
    const data = SHEET.map(
      (line, i) =>
        `<row r="${i + 1}">${line
          .replaceAll('"', '')
          .split(',')
          .flatMap((c, j) => (c === '' ? [] : /^\d+$/.test(c) ? [num(`${cols[j]}${i + 1}`, Number(c))] : [text(`${cols[j]}${i + 1}`, c)]))
          .join('')}</row>`,
    ).join('');
    const folder = mkdtempSync(join(tmpdir(), 'thads-vni-xlsx-'));
    const file = await writeRawWorkbook({ sheets: [{ name: 'Sheet1', data }], name: 'bao-cao-tien-2019.xlsx', dir: folder });
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--by', 'none', '--format', 'csv'], { env: {} });
    expect(await main(io)).toBe(0);
    // By hand, as the CSV: 4.000.000 and 3.000.000 đồng, 75 %.
    expect(pick(stdout(), MONEY)).toEqual(['4000000', '3000000', '75.00']);
    expect(stderr()).toBe(
      `${file}:Sheet1!A2: warning: text typed in a VNI font (VNI-Times, VNI-Windows) was read as the Vietnamese it shows, first at row 2: "Ñôn vò tính: 1.000 ñoàng" is "Đơn vị tính: 1.000 đồng" [LEGACY_FONT_TEXT]\n` + VNI_HINT,
    );
  });
});

describe('a sheet wholly in VNI-Times', () => {
  const WHOLE = [
    'BAÙO CAÙO KEÁT QUAÛ THI HAØNH AÙN DAÂN SÖÏ TÍNH BAÈNG TIEÀN NAÊM 2019',
    'Ñôn vò tính: nghìn ñoàng',
    'STT,Ñôn vò,Toång soá phaûi thi haønh,Coù ñieàu kieän,Thi haønh xong,Ñình chæ,Giaûm,Chöa coù ñieàu kieän',
    '1,Huyeän Myõ Loäc,1000,800,500,100,50,200',
    '2,Huyeän Vuï Baûn,2000,1500,1000,200,100,500',
    ',Toång coäng,3000,2300,1500,300,150,700',
  ];
  it('is read, its offices named in Unicode', async () => {
    const r = await both('bao-cao-tien-2019.csv', WHOLE, ['--format', 'csv', '--year', '2019']);
    // By hand, nghìn đồng: có điều kiện 800 + 1.500 = 2.300 → 2.300.000 đồng; xong 500 + 1.000
    // = 1.500 → 1.500.000 đồng; giải quyết (500 + 100 + 50) + (1.000 + 200 + 100) = 1.950;
    // rate 1.950 / 2.300 = 0,847826… → 84.78 %.
    expect(r.code).toBe(0);
    expect(pick(r.stdout, [...MONEY, 'money_resolved'])).toEqual(['2300000', '1500000', '84.78', '1950000']);
    expect(r.stdout).toContain(',Huyện Mỹ Lộc,');
    expect(r.stdout).toContain(',Huyện Vụ Bản,');
  });

  it('is read with semicolons too (the delimiter is sniffed from the header it reads)', async () => {
    const r = await both('bao-cao-tien-2019.csv', WHOLE.map((l) => l.replaceAll(',', ';')), ['--format', 'csv', '--year', '2019']);
    expect(r.code).toBe(0);
    expect(pick(r.stdout, [...MONEY, 'money_resolved'])).toEqual(['2300000', '1500000', '84.78', '1950000']);
  });

  it('refuses a "Cùng kỳ năm trước" row typed in VNI as it refuses it in Unicode: NOT_AN_OFFICE', async () => {
    const r = await both('bao-cao-tien-2019.csv', [...WHOLE.slice(0, 5), ',Cuøng kyø naêm tröôùc,2500,2000,1200,200,100,500'], ['--format', 'csv', '--year', '2019']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:6:2: error: "Cùng kỳ năm trước" holds the figures of an earlier period');
    expect(r.stderr).toContain('[NOT_AN_OFFICE]');
  });
});

describe('over-reach: ordinary files with Latin-1 letters read as before, nothing said', () => {
  it('keeps notes of other languages and Latin-1-only Vietnamese names', async () => {
    const r = await both('bao-cao-tien-2019.csv', [
      'Notes: España; Peña Nieto; Noël; Müller; Søren; naïve,,,',
      'Đơn vị tính: nghìn đồng,,,',
      'STT,Đơn vị,Có điều kiện,Thi hành xong',
      '1,Hoà Bình,700,500',
      '2,Thanh Hoá,300,200',
      '3,Ô Môn,100,50',
      '4,Tân Bình,450,300',
    ], ['--format', 'csv', '--year', '2019']);
    // By hand, nghìn đồng: 700 + 300 + 100 + 450 = 1.550 → 1.550.000 đồng; xong 500 + 200 + 50
    // + 300 = 1.050 → 1.050.000 đồng; 1.050 / 1.550 = 0,677419… → 67.74 %.
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(pick(r.stdout, MONEY)).toEqual(['1550000', '1050000', '67.74']);
    for (const name of ['Hoà Bình', 'Thanh Hoá', 'Ô Môn', 'Tân Bình']) expect(r.stdout).toContain(`,${name},`);
  });

  it('keeps an English export naming people with é and ñ, in đồng', async () => {
    const r = await both('bao-cao-tien-2019.csv', [
      'Prepared by: Peña; checked by: Zoë Müller,,,',
      'STT,Đơn vị,Có điều kiện,Thi hành xong',
      '1,Hoàng Mai,1500,1000',
      '2,Ý Yên,2500,2000',
    ]);
    // By hand, no unit line: đồng as written: 1.500 + 2.500 = 4.000; 1.000 + 2.000 = 3.000; 75 %.
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(pick(r.stdout, MONEY)).toEqual(['4000', '3000', '75.00']);
  });
});
