// Vietnamese in UTF-8 twice: a UTF-8 file opened as windows-1252 (or 1258) and saved as UTF-8
// again, valid UTF-8 that thads did not notice (traps29 dbl2, dup/dblenc, tot/m_dbl, bom2, dbl):
// a unit line "ÄÆ¡n vá»‹ tÃ­nh: nghÃ¬n Ä‘á»“ng" was none (money 12000 đồng instead of 12,000,000),
// "Má»¹ Lá»™c" beside "Mỹ Lộc" was a second office (TOTAL 370 for 270), "Tá»•ng cá»™ng" was an
// office (TOTAL 601), a doubled byte order mark glued to the first header dropped the office
// column — all exit 0. Now such a cell is refused at its place (ENCODING_DOUBLED, with what it
// reads as); a doubled byte order mark alone is dropped as a mark; real text is read as before.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { codepageChars } from '../../src/input/decode.js';
import { doubledReading } from '../../src/input/doubled-utf8.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothOnFiles, bothReaders } from '../helpers/both-readers.js';
import { escapeText, writeRawWorkbook } from '../helpers/raw-workbook.js';

const { dir, both } = bothReaders('thads-doubled-utf8-', ['--format', 'csv']);

/** `text`'s UTF-8 bytes read in `page` (a byte it leaves undefined as its C1 control, as Windows does), as a doubled file holds it. */
function doubled(text: string, page: 'windows-1252' | 'windows-1258' = 'windows-1252'): string {
  const chars = codepageChars(page);
  return [...Buffer.from(text, 'utf8')].map((b) => (chars[b] === '\ufffd' ? String.fromCharCode(b) : chars[b])).join('');
}

/** Named cells of the CSV output's total row. */
function total(stdout: string, names: readonly string[]): string[] {
  const lines = stdout.trim().split('\n');
  const columns = lines[0]!.split(',');
  const row = lines[lines.length - 1]!.split(',');
  return names.map((n) => row[columns.indexOf(n)]!);
}

const ASCII_HEADER = 'STT,Don vi,Viec co dieu kien,Viec giai quyet xong,Tien co dieu kien,Tien giai quyet xong';
/** dbl2/whole_asciihdr: every line but the ASCII header doubled */
const WHOLE = (page: 'windows-1252' | 'windows-1258') => [
  doubled('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', page),
  doubled('Đơn vị tính: nghìn đồng', page),
  ASCII_HEADER,
  doubled('1,Mỹ Lộc,100,80,5000,2000', page),
  doubled('2,Vụ Bản,200,150,7000,3000', page),
];
const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';

describe('the test\'s doubling is what a doubled file holds', () => {
  it('spells the probes\' text', () => {
    expect(doubled('Mỹ Lộc')).toBe('Má»¹ Lá»™c');
    expect(doubled('Tổng cộng')).toBe('Tá»•ng cá»™ng');
    expect(doubled('đồng')).toBe('Ä‘á»“ng');
    expect(doubled('\ufeff')).toBe('ï»¿');
    expect(doubled('Cô Tô', 'windows-1258')).toBe('CĂ´ TĂ´');
  });
});

describe('doubled text is refused where it is', () => {
  it.each(['windows-1252', 'windows-1258'] as const)('a file doubled but its ASCII header (%s): refused at its title, not money in đồng', async (page) => {
    // Read as it was: no unit line, money 5000 + 7000 = 12000 đồng (right: 12,000,000), exit 0.
    const r = await both('bao-cao-2019.csv', WHOLE(page));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:1:1: error: "${doubled('BÁO CÁO', page).replace(/[\x80-\x9f]/g, '?')}`);
    expect(r.stderr).toContain(`is Vietnamese in UTF-8 read as ${page} and saved as UTF-8 again: it was "BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019"`);
    expect(r.stderr).toContain('[ENCODING_DOUBLED]');
    expect(r.stderr).toContain('hint: the file was opened as ANSI');
  });

  it('the unit line alone doubled, under an ASCII title: refused at it', async () => {
    const r = await both('bao-cao-2019.csv', ['BAO CAO NAM 2019', doubled('Đơn vị tính: nghìn đồng'), ASCII_HEADER, '1,My Loc,100,80,5000,2000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:1: error:');
    expect(r.stderr).toContain('it was "Đơn vị tính: nghìn đồng"');
  });

  it('one doubled name among right ones (dup/dblenc/one): refused, not a second Mỹ Lộc', async () => {
    // Read as it was: Mỹ Lộc 100 and "Má»¹ Lá»™c" 10 were two offices, TOTAL 160, no warning.
    const r = await both('one-2019.csv', ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Mỹ Lộc,100,80', `${doubled('Mỹ Lộc')},10,5`, 'Vụ Bản,50,40']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:3:1: error: "Má»¹ Lá»™c" is Vietnamese in UTF-8 read as windows-1252 (or 1258) and saved as UTF-8 again: it was "Mỹ Lộc"');
  });

  it('a doubled total row (tot/m_dbl): refused, not added as an office', async () => {
    // Read as it was: "Tá»•ng cá»™ng" 301 added, TOTAL 100 + 200 + 301 = 601 (right: the row
    // checked, 301 against 300: DECLARED_TOTAL_MISMATCH).
    const r = await both('tong-2019.csv', [HEADER, '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150', `,${doubled('Tổng cộng')},301,230`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:2: error: "Tá»•ng cá»™ng" is Vietnamese in UTF-8 read as windows-1252 (or 1258) and saved as UTF-8 again: it was "Tổng cộng"');
  });

  it.each([
    ['windows-1252', 'CÃ´ TÃ´'],
    ['windows-1258', 'CĂ´ TĂ´'],
  ] as const)('a name of Latin-1 letters only (%s "%s"): refused by both readers', async (page, name) => {
    // No LEGACY_LETTERS character in the file: the fast path gives it up on its own pair (holdsDoubledUtf8).
    const r = await both('co-to-2019.csv', [HEADER, '1,Vân Đồn,100,80', `2,${doubled('Cô Tô', page)},200,150`]);
    expect(doubled('Cô Tô', page)).toBe(name);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:3:2: error: "${name}" is Vietnamese in UTF-8 read as ${page} and saved as UTF-8 again: it was "Cô Tô"`);
  });

  it('two files, one doubled (dbl2 a + b1252): refused, not Mỹ Lộc counted twice', async () => {
    // Read as it was: TOTAL 100 + 120 + 100 + 50 = 370 cases, 290 resolved, exit 0.
    const header = 'STT,Don vi,Viec co dieu kien,Viec giai quyet xong';
    const r = await bothOnFiles(join(dir, 'two'), { 'a_2019.csv': [header, '1,Mỹ Lộc,100,80', '2,Ý Yên,120,90'], 'b_2019.csv': [`\ufeff${header}`, `1,${doubled('Mỹ Lộc')},100,80`, `2,${doubled('Vụ Bản')},50,40`] }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('b_2019.csv:2:2: error: "Má»¹ Lá»™c" is Vietnamese in UTF-8 read as');
  });

  it('a wholly doubled file (dbl/whole_dbl): says so, not only NO_HEADER', async () => {
    const r = await both('whole-2019.csv', [doubled(HEADER), doubled('1,Mỹ Lộc,100,80')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:1:2: error:');
    expect(r.stderr).toContain('it was "Đơn vị"');
    expect(r.stderr).toContain('[ENCODING_DOUBLED]');
    expect(r.stderr).not.toContain('NO_HEADER');
  });

  it('a doubled cell of a workbook: refused at its cell', async () => {
    const text = (r: string, t: string) => `<c r="${r}" t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
    const num = (r: string, v: number) => `<c r="${r}"><v>${v}</v></c>`;
    const data = [
      `<row r="1">${text('A1', 'Đơn vị')}${text('B1', 'Việc có điều kiện')}${text('C1', 'Việc giải quyết xong')}</row>`,
      `<row r="2">${text('A2', 'Mỹ Lộc')}${num('B2', 100)}${num('C2', 80)}</row>`,
      `<row r="3">${text('A3', doubled('Vụ Bản'))}${num('B3', 50)}${num('C3', 40)}</row>`,
    ].join('');
    const file = await writeRawWorkbook({ sheets: [{ name: 'Sheet1', data }], name: 'bao-cao-2019.xlsx', dir: mkdtempSync(join(tmpdir(), 'thads-doubled-xlsx-')) });
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    expect(await main(io)).toBe(1);
    expect(stdout()).toBe('');
    expect(stderr()).toContain('Sheet1!A3: error: "Vá»¥ Báº£n" is Vietnamese in UTF-8 read as windows-1252 (or 1258) and saved as UTF-8 again: it was "Vụ Bản"');
  });
});

describe('a workbook\'s cover sheet', () => {
  it('a doubled unit line on it: refused, not money in đồng', async () => {
    // Read as it was: the cover's unit none, money 1000 + 2000 = 3000 đồng (right: 3,000,000).
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of [
      ['Bia', [['BAO CAO NAM 2019'], [doubled('Đơn vị tính: nghìn đồng')]]],
      ['So lieu', [['Don vi', 'Tien co dieu kien', 'Tien giai quyet xong'], ['My Loc', 1000, 600], ['Vu Ban', 2000, 900]]],
    ] as const) {
      const ws = wb.addWorksheet(name);
      for (const r of rows) ws.addRow([...r]);
    }
    const file = join(mkdtempSync(join(tmpdir(), 'thads-doubled-cover-')), 'bao-cao-2019.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--sheet', 'So lieu', '--format', 'csv'], { env: {} });
    expect(await main(io)).toBe(1);
    expect(stdout()).toBe('');
    expect(stderr()).toContain('Bia!A2: error:');
    expect(stderr()).toContain('it was "Đơn vị tính: nghìn đồng"');
  });
});

describe('a doubled byte order mark is a mark (bom2)', () => {
  it.each([
    ['alone', ''],
    ['after a real one', '\ufeff'],
  ])('%s: dropped, the first header read', async (_, before) => {
    // Read as it was: "ï»¿District" unknown, no office column, one office named after the
    // file. By hand: My Loc 100/80 + Vu Ban 200/150 = 300/230.
    const r = await both('dblbom_2019.csv', [`${before}${doubled('\ufeff')}District,cases_with_conditions,cases_resolved`, 'My Loc,100,80', 'Vu Ban,200,150']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('\n,My Loc,2019,');
    expect(total(r.stdout, ['district', 'cases_with_conditions', 'cases_resolved'])).toEqual(['TOTAL', '300', '230']);
  });
});

describe('a doubled byte order mark inside the file', () => {
  it('glued to a name (a file pasted after another): refused, not an office "ï»¿Mỹ Lộc"', async () => {
    const r = await both('glued_2019.csv', [HEADER, '1,Vụ Bản,200,150', `2,${doubled('\ufeff')}Mỹ Lộc,100,80`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:3:2: error: "ï»¿Mỹ Lộc" holds a byte order mark read as windows-1252 and saved as UTF-8 again');
  });
});

describe('a name whose only doubled letter is an "à" ending a word', () => {
  // "Hà" is 48 C3 A0: doubled, "HÃ" and a no-break space; "Hà Nam" alone so doubled in a file
  // otherwise right was let be (the no-break space was taken for one glued after a real "XÃ"):
  // an office "HÃ Nam" beside another file's "Hà Nam", with other figures two offices, exit 0.
  it.each(['Hà Nam', 'Cà Mau', 'Trà Vinh', 'Thanh Hà'])('"%s" doubled reads back', (text) => {
    for (const page of ['windows-1252', 'windows-1258'] as const) expect(doubledReading(doubled(text, page).normalize('NFC'))?.read).toBe(text);
  });

  it('refused at its cell, in a file otherwise right', async () => {
    const r = await both('hanam-2019.csv', [HEADER, `1,${doubled('Hà Nam')},100,80`, '2,Vụ Bản,50,40']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2:2: error:');
    expect(r.stderr).toContain('it was "Hà Nam"');
    expect(r.stderr).toContain('[ENCODING_DOUBLED]');
  });

  it('without its no-break space ("HÃ Nam", made a plain space) it cannot be told from a real "XÃ": read as written', async () => {
    // By hand: 100 + 50 = 150 with conditions, 80 + 40 = 120 resolved.
    const r = await both('hanam-plain-2019.csv', [HEADER, '1,HÃ Nam,100,80', '2,UBND XÃ Tân Phú,50,40']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, ['district', 'cases_with_conditions', 'cases_resolved'])).toEqual(['TOTAL', '150', '120']);
  });
});

describe('real text is read as written (controls)', () => {
  it('capitals Ã Ă Ì, Latin-1 letters, no-break spaces: no refusal, sums as by hand', async () => {
    // By hand: 100 + 200 + 300 + 400 + 500 = 1500 with conditions; 80 + 150 + 250 + 300 + 400 = 1180 resolved.
    const r = await both('ctl-2019.csv', [HEADER, '1,THỊ XÃ SƠN TÂY,100,80', '2,CÔ TÔ,200,150', '3,Hà Nam,300,250', '4,NGÃ\u00a0BẢY,400,300', '5,Ô Môn,500,400']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, ['district', 'cases_with_conditions', 'cases_resolved'])).toEqual(['TOTAL', '1500', '1180']);
  });

  it.each([
    'THỊ XÃ SƠN TÂY',
    'XÃ\u00a0HỘI',
    'THỊ XÃ\u00a0',
    'THỊ XÃ\u00a0 SƠN TÂY', // capitals: a no-break space after a real "XÃ"
    'THỊ XÃ”', // a closing quote glued: "XÃ" and ”, not "XÔ"
    'XÃ’',
    'THỊ XÃ¹', // a footnote's mark: not "Xù"
    'Cô Tô',
    'Ă',
    'HÌNH',
    '«Bá»',
    'Công ty ABC®',
    'España',
    'Müller',
    'naïve',
    'Ä‘', // the control's other side: a doubled "đ" alone
  ])('"%s"', (cell) => {
    const read = doubledReading(cell.normalize('NFC'));
    if (cell === 'Ä‘') expect(read?.read).toBe('đ');
    else expect(read).toBeNull();
  });

  it.each(['Mỹ Lộc', 'Tổng cộng', 'Đơn vị tính: nghìn đồng', 'Đắk Lắk', "Cư M'gar", 'Hòa Bình', 'Ý Yên', 'Lào Cai', 'Thủ Đức'])('"%s" doubled reads back', (text) => {
    for (const page of ['windows-1252', 'windows-1258'] as const) expect(doubledReading(doubled(text, page).normalize('NFC'))?.read).toBe(text);
  });
});
