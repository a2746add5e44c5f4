// Money written in đồng under a "nghìn đồng" unit line (or in nghìn under "triệu đồng"): every
// amount read 1000× too large, summed, exit 0. No cell says so; what can: their size. The whole
// country's THADS money of a year is under 10^15 đồng (2025, the record year with the Vạn Thịnh
// Phát case: "trên 686.000 tỷ đồng" to execute), so one file's offices of one year averaging more
// than 2·10^15 đồng an office under a unit that multiplied the cells are refused,
// MONEY_IMPLAUSIBLE, at the largest row's cell, the hint naming the unit's line; adding up to more
// than 10^15 đồng, a warning, MONEY_DOUBTFUL (domain/money-ceiling.ts, collect.ts). Controls: the
// same cells under "Đơn vị tính: đồng", a real record-size file in nghìn đồng (670.000 tỷ in one
// office), a mean of exactly 2·10^15 đồng, years summed apart.
// Every figure below is worked out by hand.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, both } = bothReaders('thads-unit45-', ['--format', 'csv']);
const tree = fileTree('thads-unit45-bin-');

const TITLE = ['CỤC THADS THÀNH PHỐ HỒ CHÍ MINH;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2024;;;'];
const HEAD = 'STT;Đơn vị;Có điều kiện;Giải quyết xong';
// In đồng: with conditions 8.250.000.000.000 + 1.234.567.890.000 + 987.654.321.000 = 10.472.222.211.000
// (10.472 tỷ đồng); resolved 3.300.000.000.000 + 617.283.945.000 + 493.827.160.500 = 4.411.111.105.500.
// Read in nghìn đồng: 10.472.222.211.000.000 đồng > 10^16 — refused; the largest row is line 5.
const OFFICES_DONG = [
  '1;Văn phòng Cục;8.250.000.000.000;3.300.000.000.000',
  '2;Chi cục THADS Quận 1;1.234.567.890.000;617.283.945.000',
  '3;Chi cục THADS Quận 3;987.654.321.000;493.827.160.500',
  ';Tổng cộng;10.472.222.211.000;4.411.111.105.500',
];
const inDongUnder = (unitLine: string) => [...TITLE, `${unitLine};;;`, HEAD, ...OFFICES_DONG];

const MESSAGE = /^FILE:5:3: error: the offices' money with conditions of 2024, read in nghìn đồng as the unit line above the header \(.*\) says, adds up to 10472222211000000 đồng over 3 offices \(the largest, this row: 8250000000000000 đồng\): 3490740737000000 đồng an office on average, more than 2000000000000000 đồng.*\[MONEY_IMPLAUSIBLE\]$/m;

const totalOf = (stdout: string) => {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const total = rows.find((r) => r[head!.indexOf('district')] === 'TOTAL')!;
  return [total[head!.indexOf('money_with_conditions')], total[head!.indexOf('money_resolved')]];
};

describe('cells in đồng under a "nghìn đồng" unit line', () => {
  for (const unitLine of ['Đơn vị tính: nghìn đồng', 'ĐVT: 1.000 đồng', 'Đơn vị: Nghìn đồng']) {
    it(`"${unitLine}": refused at the largest office's cell, the hint naming the unit line (both readers)`, async () => {
      const r = await both('tien-hcm-2024.csv', inDongUnder(unitLine));
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      expect(stderrCodes(r.stderr)).toEqual(['MONEY_IMPLAUSIBLE']);
      expect(r.stderr).toMatch(MESSAGE);
      expect(r.stderr).toContain(`"${unitLine}", FILE:3:1`);
      expect(r.stderr).toMatch(/^ {2}hint: correct the unit at FILE:3:1 .*--money-unit dong$/m);
    });
  }

  it('the real binary: summarize and check exit 1', () => {
    const file = tree.file('tien-hcm-2024.csv', inDongUnder('Đơn vị tính: nghìn đồng'));
    const s = spawnThads(['summarize', file, '--format', 'csv'], { cwd: tree.dir });
    expect(s.code, s.stderr).toBe(1);
    expect(s.stdout).toBe('');
    expect(stderrCodes(s.stderr)).toEqual(['MONEY_IMPLAUSIBLE']);
    const c = spawnThads(['check', file], { cwd: tree.dir });
    expect(c.code, c.stdout).toBe(1);
    expect(c.stdout).toContain('[MONEY_IMPLAUSIBLE]');
  });

  it('--money-unit dong reads them right; the file\'s unit line is then said to disagree (exit 0)', async () => {
    const r = await both('tien-hcm-2024.csv', inDongUnder('Đơn vị tính: nghìn đồng'), ['--format', 'csv', '--money-unit', 'dong']);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['UNIT_CONFLICT']);
    expect(totalOf(r.stdout)).toEqual(['10472222211000', '4411111105500']);
  });

  it('--money-unit thousand over the same cells is refused too, the hint naming the option', async () => {
    const r = await both('tien-hcm-2024.csv', inDongUnder('Đơn vị tính: đồng'), ['--format', 'csv', '--money-unit', 'thousand']);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['UNIT_CONFLICT', 'MONEY_IMPLAUSIBLE']);
    expect(r.stderr).toMatch(/^ {2}hint: if the cells are in đồng, pass --money-unit dong$/m);
  });

  it('the .xlsx twin is refused at C5', async () => {
    const r = await summarizeLinesWorkbook(dir, 'tien-hcm-2024.xlsx', inDongUnder('Đơn vị tính: nghìn đồng'), ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['MONEY_IMPLAUSIBLE']);
    expect(r.stderr).toMatch(/tien-hcm-2024\.xlsx:Sheet1!C5: error: .*10472222211000000 đồng/);
  });
});

describe('cells in nghìn đồng under "Đơn vị tính: triệu đồng"', () => {
  // In nghìn: 8.250.000.000 + 1.234.567.890 + 987.654.321 = 10.472.222.211 (10.472 tỷ đồng); read in
  // triệu: 10.472.222.211.000.000 đồng again — refused.
  const lines = [...TITLE, 'Đơn vị tính: triệu đồng;;;', HEAD, '1;Văn phòng Cục;8.250.000.000;3.300.000.000', '2;Chi cục THADS Quận 1;1.234.567.890;617.283.945', '3;Chi cục THADS Quận 3;987.654.321;493.827.160', ';Tổng cộng;10.472.222.211;4.411.111.105'];
  it('is refused at line 5 (both readers)', async () => {
    const r = await both('tien-hcm-2024.csv', lines);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['MONEY_IMPLAUSIBLE']);
    expect(r.stderr).toMatch(/^FILE:5:3: error: .*read in triệu đồng .* adds up to 10472222211000000 đồng/m);
  });
});

describe('controls: real files keep their reading', () => {
  it('the same cells under "Đơn vị tính: đồng" (both readers, and the .xlsx)', async () => {
    const r = await both('tien-hcm-2024.csv', inDongUnder('Đơn vị tính: đồng'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(totalOf(r.stdout)).toEqual(['10472222211000', '4411111105500']);
    const x = await summarizeLinesWorkbook(dir, 'tien-hcm-dong-2024.xlsx', inDongUnder('Đơn vị tính: đồng'), ['--format', 'csv']);
    expect(x.code, x.stderr).toBe(0);
    expect(totalOf(x.stdout)).toEqual(['10472222211000', '4411111105500']);
  });

  it('a record-size Cục in nghìn đồng: 670.000 tỷ in one office (Vạn Thịnh Phát scale)', async () => {
    // 670.000.000.000 + 9.000.000.000 = 679.000.000.000 nghìn = 679.000.000.000.000 đồng (679.000 tỷ);
    // resolved 50.000.000.000 + 4.500.000.000 = 54.500.000.000 nghìn = 54.500.000.000.000 đồng.
    const lines = [...TITLE, 'Đơn vị tính: nghìn đồng;;;', HEAD, '1;Văn phòng Cục;670.000.000.000;50.000.000.000', '2;Chi cục THADS Quận 1;9.000.000.000;4.500.000.000', ';Tổng cộng;679.000.000.000;54.500.000.000'];
    const r = await both('tien-hcm-2024.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(totalOf(r.stdout)).toEqual(['679000000000000', '54500000000000']);
  });

  it('a mean of exactly 2·10^15 đồng an office is not over the ceiling', async () => {
    // 3.000.000.000.000 + 1.000.000.000.000 = 4.000.000.000.000 nghìn = 4·10^15 đồng over 2 offices,
    // 2·10^15 an office: read, exit 0, with the warning of a sum past 10^15 đồng.
    const lines = [...TITLE, 'Đơn vị tính: nghìn đồng;;;', HEAD, '1;Văn phòng Cục;3.000.000.000.000;1.000.000.000.000', '2;Chi cục THADS Quận 1;1.000.000.000.000;500.000.000.000'];
    const r = await both('tien-hcm-2024.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['MONEY_DOUBTFUL']);
    expect(totalOf(r.stdout)).toEqual(['4000000000000000', '1500000000000000']);
    // one nghìn more (1.000.000.000.001): 4.000.000.000.001.000 đồng, 2.000.000.000.000.500 an office — over
    const over = await both('tien-hcm-2024.csv', [...lines.slice(0, -1), '2;Chi cục THADS Quận 1;1.000.000.000.001;500.000.000.000']);
    expect(over.code, over.stderr).toBe(1);
    expect(stderrCodes(over.stderr)).toEqual(['MONEY_IMPLAUSIBLE']);
    expect(over.stderr).toContain('2000000000000500 đồng an office on average');
  });

  it('many offices of real size add up past 10^15 đồng: a warning, never refused (a generated file)', async () => {
    // 40 offices of 50.000.000.000 nghìn (50.000 tỷ) each: 2.000.000.000.000 nghìn = 2·10^15 đồng,
    // 5·10^13 an office; resolved 40 × 10.000.000.000 = 400.000.000.000 nghìn = 4·10^14 đồng.
    const rows = Array.from({ length: 40 }, (_, i) => `${i + 1};Chi cục THADS huyện Số ${i + 1};50.000.000.000;10.000.000.000`);
    const r = await both('tien-hcm-2024.csv', [...TITLE, 'Đơn vị tính: nghìn đồng;;;', HEAD, ...rows]);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['MONEY_DOUBTFUL']);
    expect(totalOf(r.stdout)).toEqual(['2000000000000000', '400000000000000']);
  });

  it('years are summed apart: two years of 800 nghìn tỷ each read (--by year)', async () => {
    // each year 800.000.000.000 nghìn = 8·10^14 đồng, under 10^15; together 1,6·10^15, never added: no warning
    const lines = ['Đơn vị tính: nghìn đồng;;;', 'Năm;Đơn vị;Có điều kiện;Giải quyết xong', '2023;Văn phòng Cục;800.000.000.000;100.000.000.000', '2024;Văn phòng Cục;800.000.000.000;300.000.000.000'];
    const r = await both('tien-hcm.csv', lines, ['--format', 'csv', '--by', 'year']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('past 10^15 đồng summed, under 2·10^15 an office: more than the whole country\'s money of any year so far, a warning', () => {
  // A province's table in đồng under "nghìn đồng": 1.500.000.000.000 + 700.000.000.000 = 2.200.000.000.000
  // đồng (2.200 tỷ); read in nghìn 2.200.000.000.000.000 đồng (2,2·10^15): over 10^15, and
  // 1,1·10^15 an office, under 2·10^15.
  // resolved 600.000.000.000 + 300.000.000.000 = 900.000.000.000 → 900.000.000.000.000 đồng.
  const lines = ['CỤC THADS TỈNH NAM ĐỊNH;;;', 'Đơn vị tính: nghìn đồng;;;', HEAD, '1;Văn phòng Cục;1.500.000.000.000;600.000.000.000', '2;Chi cục THADS huyện Mỹ Lộc;700.000.000.000;300.000.000.000'];
  it('summarize prints it with a MONEY_DOUBTFUL warning at the largest row (exit 0), --strict refuses it', async () => {
    const r = await both('tien-nam-dinh-2024.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['MONEY_DOUBTFUL']);
    expect(r.stderr).toMatch(/^FILE:4:3: warning: .*adds up to 2200000000000000 đồng .*\[MONEY_DOUBTFUL\]$/m);
    expect(totalOf(r.stdout)).toEqual(['2200000000000000', '900000000000000']);
    const strict = await both('tien-nam-dinh-2024.csv', lines, ['--format', 'csv', '--strict']);
    expect(strict.code, strict.stderr).toBe(1);
  });

  it('check passes it with the warning, check --strict fails (the real binary)', () => {
    const file = tree.file('tien-nam-dinh-2024.csv', lines);
    const c = spawnThads(['check', file], { cwd: tree.dir });
    expect(c.code, c.stdout).toBe(0);
    expect(c.stdout).toContain('[MONEY_DOUBTFUL]');
    const strict = spawnThads(['check', '--strict', file], { cwd: tree.dir });
    expect(strict.code, strict.stdout).toBe(1);
  });
});
