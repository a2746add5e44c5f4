// Text typed in capitals in .VnTimeH, TCVN3's capitals font (traps29 1–5). The font has no codes
// for toned capitals: such text holds the small toned codes beside capital ASCII letters —
// "§åNG" is "ĐỒNG", "TæNG CéNG" "TỔNG CỘNG", "§¥N VÞ TÝNH: NGH×N §åNG" "ĐƠN VỊ TÍNH: NGHÌN
// ĐỒNG". Read as mapped ("ĐồNG", a capital after a small letter) they spelt no Vietnamese and were
// left: a unit line left money in đồng (1000× too small), a total row was summed as an office, a
// half-year title was a year-end one, a resent office's name was another office — all exit 0.
// legacy-font.ts now reads such words in capitals; Unicode text is never touched.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { legacyFontReading } from '../../src/input/legacy-font.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothOnFiles, bothReaders } from '../helpers/both-readers.js';
import { escapeText, writeRawWorkbook } from '../helpers/raw-workbook.js';

const { both } = bothReaders('thads-vnh-', ['--format', 'csv']);
const dir = mkdtempSync(join(tmpdir(), 'thads-vnh-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Named cells of the CSV output's total row. */
function pick(stdout: string, names: readonly string[]): string[] {
  const lines = stdout.trim().split('\n');
  const columns = lines[0]!.split(',');
  const total = lines[lines.length - 1]!.split(',');
  return names.map((n) => total[columns.indexOf(n)]!);
}
const MONEY = ['money_with_conditions', 'money_resolved'];

const MONEY_HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const MONEY_ROWS = ['1,Mỹ Lộc,100,80,5000,2000', '2,Vụ Bản,200,150,7000,3000'];
const moneyFile = (unit: string) => ['BÁO CÁO', unit, MONEY_HEADER, ...MONEY_ROWS];
// By hand: money with conditions 5000 + 7000 = 12000, resolved 2000 + 3000 = 5000, in the unit
// the line states: nghìn đồng → 12,000,000 and 5,000,000 đồng; triệu đồng → 12,000,000,000 and 5,000,000,000.
const NGHIN = ['12000000', '5000000'];
const TRIEU = ['12000000000', '5000000000'];

describe('the rule: a word of capital ASCII letters beside TCVN3 small toned codes is in capitals', () => {
  it('reads .VnTimeH capitals as Vietnamese capitals', () => {
    expect(legacyFontReading('§åNG')).toBe('ĐỒNG');
    expect(legacyFontReading('TæNG CéNG')).toBe('TỔNG CỘNG');
    expect(legacyFontReading('§¥N VÞ TÝNH: NGH×N §åNG')).toBe('ĐƠN VỊ TÍNH: NGHÌN ĐỒNG');
    expect(legacyFontReading('6 TH¸NG §ÇU N¡M 2019')).toBe('6 THÁNG ĐẦU NĂM 2019');
    expect(legacyFontReading('TOµN TØNH')).toBe('TOÀN TỈNH');
    // "Mü" alone could be "Mỹ" or "MỸ": beside "LéC" (LỘC) it is in capitals too
    expect(legacyFontReading('Mü LéC')).toBe('MỸ LỘC');
    expect(legacyFontReading('Vô B¶N')).toBe('VỤ BẢN');
    // a word of small letters keeps them; a cell of small letters reads as before
    expect(legacyFontReading('§¬n vÞ tÝnh: 1.000 §åNG')).toBe('Đơn vị tính: 1.000 ĐỒNG');
    expect(legacyFontReading('§¬n vÞ tÝnh: 1.000 ®ång')).toBe('Đơn vị tính: 1.000 đồng');
    expect(legacyFontReading('Mü Léc')).toBe('Mỹ Lộc');
  });

  it('leaves Unicode capitals, mixed case, abbreviations and foreign words as they are', () => {
    for (const cell of ['ĐỒNG', 'Đồng Nai', 'MỸ LỘC', 'Tổng Cộng', 'TỔNG CỘNG', 'ĐVT', 'VNĐ', 'ĐVT: 1.000 ĐỒNG', 'TOTAL', 'GRAND TOTAL', 'MÜLLER', 'STRAßE', 'SØREN', 'NOËL', 'ESPAÑA', 'NAÏVE', 'CAFÉ', 'HÀ TÂY', 'CÀ MAU']) {
      expect(legacyFontReading(cell), cell).toBeNull();
    }
  });
});

describe('unit lines in .VnTimeH capitals (traps29 1: money in đồng, 1000× too small, exit 0)', () => {
  for (const [unit, want] of [
    ['§VT: 1.000 §åNG', NGHIN],
    ['§¥N VÞ TÝNH: NGH×N §åNG', NGHIN],
    ['§¬n vÞ tÝnh: 1.000 §åNG', NGHIN],
    ['§¥N VÞ TÝNH: 1.000§', NGHIN],
    ['§¥N VÞ TÝNH: VIÖC; NGH×N §åNG', NGHIN],
    ['§VT: TRIÖU §åNG', TRIEU],
    // controls, read before too
    ['§VT: 1.000 ®ång', NGHIN],
    ['ĐVT: 1.000 ĐồNG', NGHIN],
  ] as const) {
    it(`"${unit}"`, async () => {
      const run = await both('u_2019.csv', moneyFile(unit));
      expect(run.code).toBe(0);
      expect(pick(run.stdout, MONEY)).toEqual(want);
    });
  }

  it('a workbook cell so typed', async () => {
    const text = (r: string, t: string) => `<c r="${r}" t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
    const num = (r: string, v: number) => `<c r="${r}"><v>${v}</v></c>`;
    const data = moneyFile('§VT: 1.000 §åNG')
      .map((line, i) => `<row r="${i + 1}">${line.split(',').flatMap((c, j) => (c === '' ? [] : /^\d+$/.test(c) ? [num(`${'ABCDEF'[j]}${i + 1}`, Number(c))] : [text(`${'ABCDEF'[j]}${i + 1}`, c)])).join('')}</row>`)
      .join('');
    const file = await writeRawWorkbook({ sheets: [{ name: 'Sheet1', data }], name: 'vnh_unit_2019.xlsx', dir });
    const { io, stdout } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    expect(await main(io)).toBe(0);
    expect(pick(stdout(), MONEY)).toEqual(NGHIN);
  });
});

describe('headers: .VnTimeH capitals, or a bracketed unit in an old font inside a Unicode header (traps29 5: money in đồng or dropped, exit 0)', () => {
  for (const unit of ['(ngh×n ®ång)', '(NGH×N §åNG)']) {
    it(`"Tiền có điều kiện ${unit}"`, async () => {
      const run = await both('h_2019.csv', [`STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện ${unit},Tiền giải quyết xong ${unit}`, ...MONEY_ROWS]);
      expect(run.code).toBe(0);
      expect(pick(run.stdout, MONEY)).toEqual(NGHIN);
    });
  }

  it('money headers wholly in .VnTimeH capitals', async () => {
    const run = await both('h_2019.csv', ['STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,TIÒN Cã §IÒU KIÖN (NGH×N §åNG),TIÒN GI¶I QUYÕT XONG (NGH×N §åNG)', ...MONEY_ROWS]);
    expect(run.code).toBe(0);
    expect(pick(run.stdout, MONEY)).toEqual(NGHIN);
  });

  it('group cells "VÒ VIÖC", "VÒ TIÒN (NGH×N §åNG)" (were MEASURE_UNKNOWN)', async () => {
    const run = await both('g_2019.csv', [
      'BÁO CÁO NĂM 2019',
      'STT,Đơn vị,VÒ VIÖC,,VÒ TIÒN (NGH×N §åNG),',
      ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong',
      ...MONEY_ROWS,
    ]);
    expect(run.code).toBe(0);
    expect(pick(run.stdout, MONEY)).toEqual(NGHIN);
  });
});

const CASES_HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const CASES_ROWS = ['1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150'];

describe('total rows (traps29 3: summed as an office, TOTAL 610, exit 0)', () => {
  // By hand: the offices' cases with conditions 100 + 200 = 300, the declared total 310.
  for (const [label, title] of [
    ['TæNG CéNG', []],
    ['TOµN TØNH', []],
    // "Céng" is Unicode-looking ("c" before "e" is no Vietnamese spelling): in a file whose title is read in TCVN3 it is "Cộng"
    ['Céng', ['B¸o c¸o kÕt qu¶ n¨m 2019']],
  ] as const) {
    it(`"${label}"`, async () => {
      const run = await both('t_2019.csv', [...title, CASES_HEADER, ...CASES_ROWS, `,${label},310,230`]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/has cases with conditions 310, but the office rows add up to 300 \[DECLARED_TOTAL_MISMATCH\]/);
    });
  }
});

describe('names and titles in .VnTimeH capitals across files', () => {
  it('a resent office in capitals is the same office (traps29 4: TOTAL 250, exit 0)', async () => {
    const run = await bothOnFiles(join(dir, 'dup'), {
      'a_2019.csv': ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Mỹ Lộc,100,80'],
      'b_2019.csv': ['B¸O C¸O KÕT QU¶ THI HµNH ¸N D¢N Sù', 'Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Mü LéC,100,80', 'Vô B¶N,50,40'],
    }, ['--format', 'csv']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cases of "MỸ LỘC" (2019) are given again: a_2019.csv:2 already gave them');
    expect(run.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('a half-year title in capitals beside a year-end report (traps29 2: summed, exit 0)', async () => {
    const run = await bothOnFiles(join(dir, 'period'), {
      'MyLoc_2019.csv': ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'STT,Đơn vị,Việc tổng số thụ lý,Việc có điều kiện,Việc giải quyết xong', '1,Mỹ Lộc,300,200,150'],
      'VuBan_2019.csv': ['6 TH¸NG §ÇU N¡M 2019', 'STT,Đơn vị,Việc tổng số thụ lý,Việc có điều kiện,Việc giải quyết xong', '1,Vụ Bản,250,200,120'],
    }, ['--format', 'csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[MIXED_PERIODS]');
  });
});
