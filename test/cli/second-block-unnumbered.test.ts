// Last year's table kept under this year's, nothing marking it and no STT of its own (traps28
// t49-untitled-below-nototal): four offices numbered 1–4, no total row, then three empty rows, then
// the same four offices in the same order without STT, caption or total, every figure other.
// thads added both blocks, cases 8650 / 7220 = 83.47 %, exit 0 with one DUPLICATE_OFFICE warning
// (`check` exit 0 too). Right: SECOND_TABLE (exit 1) at the first row of the second block, as for
// the same block under a "Tổng cộng" row, under a caption, or with its STT restarting at 1: thads
// cannot know which block is the report's. The rule (second-table.ts unnumberedAgain): a row
// without an STT giving the first office of the rows right above again (empty rows between, or
// none), and the rows from it those offices again, in their order, without an STT, each with other
// figures, all or nearly all of them.
// Controls keep today's reading: an office's rows by enforcer (a "Chấp hành viên" column), an
// office's rows one below the other ("A, A, B, B"), one office given twice, the offices given
// again but not all, a file by year (a year column, each year's block in turn).
// Figures by hand:
//   this year's (2024): cases with conditions 1200 + 800 + 1500 + 1000 = 4500,
//     resolved 1000 + 700 + 1300 + 820 = 3820, 3820 / 4500 = 84.888… → 84.89 %
//   last year's: 1100 + 750 + 1400 + 900 = 4150, resolved 900 + 600 + 1200 + 700 = 3400
//   both added (the fault): 4500 + 4150 = 8650, 3820 + 3400 = 7220, 83.47 %
import { describe, expect, it } from 'vitest';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, write, both } = bothReaders('thads-second-block-unnumbered-', ['--format', 'json']);

const HEAD = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024;;;;;', 'Đơn vị tính: Việc; nghìn đồng;;;;;', 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong'];
const OFFICES = ['Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản', 'Chi cục THADS huyện Ý Yên', 'Chi cục THADS huyện Nam Trực'];
const THIS_YEAR = ['1200;1000;500000;250000', '800;700;300000;120000', '1500;1300;900000;400000', '1000;820;400000;200000'];
const LAST_YEAR = ['1100;900;450000;200000', '750;600;280000;100000', '1400;1200;850000;380000', '900;700;380000;180000'];
/** The offices with `figures`, numbered 1–4 or (`numbered` false) without an STT. */
const block = (figures: readonly string[], numbered: boolean) => OFFICES.map((o, i) => `${numbered ? i + 1 : ''};${o};${figures[i]}`);
const EMPTY = ';;;;;';
/** lines 4–7 this year's, 8–10 empty, 11–14 last year's */
const T49 = [...HEAD, ...block(THIS_YEAR, true), EMPTY, EMPTY, EMPTY, ...block(LAST_YEAR, false)];
const REFUSED = 'error: a second table starts here: the rows from here give the offices of the table right above again, in its order, without an STT ("Chi cục THADS huyện Mỹ Lộc"';
const HINT = "hint: keep one table in the file: delete the other block (last year's, for comparison), or give each year its own file (or choose one with --year)";

const total = (stdout: string) => {
  const { withConditions, resolved, rate } = JSON.parse(stdout).total.cases;
  return { withConditions, resolved, rate };
};

describe("last year's table under this year's without STT, caption or total (traps28 t49): refused", () => {
  it('three empty rows between: SECOND_TABLE at the first row of the second block (line 11), both readers', async () => {
    const r = await both('Nam Dinh 2024.csv', T49);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:11: ${REFUSED}`);
    expect(r.stderr).toContain('4 of its 4 offices so far, line 14 the last');
    expect(r.stderr).toContain(HINT);
    expect(stderrCodes(r.stderr)).toEqual(['SECOND_TABLE']);
  });

  it('right under it, no empty row: refused at line 8', async () => {
    const r = await both('Nam Dinh 2024.csv', [...HEAD, ...block(THIS_YEAR, true), ...block(LAST_YEAR, false)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:8: ${REFUSED}`);
    expect(stderrCodes(r.stderr)).toEqual(['SECOND_TABLE']);
  });

  it('neither block numbered, empty lines between or none: refused at the second block', async () => {
    const blank = await both('Nam Dinh 2024.csv', [...HEAD, ...block(THIS_YEAR, false), '', '', ...block(LAST_YEAR, false)]);
    expect(blank.code).toBe(1);
    expect(blank.stderr).toContain(`FILE:10: ${REFUSED}`);
    const none = await both('Nam Dinh 2024.csv', [...HEAD, ...block(THIS_YEAR, false), ...block(LAST_YEAR, false)]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(`FILE:8: ${REFUSED}`);
  });

  it('a plain CSV (no title, the year in its name) and a big one scanned in two parts: both readers refuse it', async () => {
    const plain = await both('plain-2024.csv', ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Chi cục THADS huyện Mỹ Lộc,1200,1000', 'Chi cục THADS huyện Vụ Bản,800,700', '', 'Chi cục THADS huyện Mỹ Lộc,1100,900', 'Chi cục THADS huyện Vụ Bản,750,600']);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('FILE:5: error: a second table starts here: the rows from here give the offices of the table right above again');
    // 40 offices numbered, then the same 40 without STT, every figure one more: the second block from line 42
    const rows = (plus: number, numbered: boolean) => Array.from({ length: 40 }, (_, k) => `${numbered ? k + 1 : ''},Chi cục THADS huyện Số ${k + 1},${200 + k + plus},${100 + k + plus}`);
    const saved = { split: fastPath.splitBytes, chunk: fastPath.chunkBytes, worker: fastPath.workerUrl };
    Object.assign(fastPath, { splitBytes: 1000, chunkBytes: 4096, workerUrl: null });
    try {
      const r = await both('split-viec-2024.csv', ['STT,Đơn vị,Có điều kiện,Thi hành xong', ...rows(0, true), ...rows(1, false)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('FILE:42: error: a second table starts here: the rows from here give the offices of the table right above again');
      expect(stderrCodes(r.stderr)).toEqual(['SECOND_TABLE']);
    } finally {
      Object.assign(fastPath, { splitBytes: saved.split, chunkBytes: saved.chunk, workerUrl: saved.worker });
    }
  });

  it('`check` says it, exit 1 (was "0 errors, 1 warning", exit 0)', () => {
    const file = write('check 2024.csv', T49);
    const r = spawnThads(['check', file]);
    const said = r.stdout + r.stderr;
    expect(r.code, said).toBe(1);
    expect(said).toContain(`${file}:11: ${REFUSED}`);
  });

  it('the .xlsx twin: refused the same, row 11', async () => {
    const r = await summarizeLinesWorkbook(dir, 'Nam Dinh 2024.xlsx', T49, ['--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Nam Dinh 2024\.xlsx:Sheet1!11:\d+: error: a second table starts here: the rows from here give the offices of the table right above again/);
    expect(stderrCodes(r.stderr)).toEqual(['SECOND_TABLE']);
  });

  it("this year's table alone: read, 4500 / 3820 = 84.89 %", async () => {
    const r = await both('alone 2024.csv', [...HEAD, ...block(THIS_YEAR, true)]);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual({ withConditions: '4500', resolved: '3820', rate: '84.89' });
  });
});

describe("controls: an office's several rows keep today's reading", () => {
  const SHORT = 'Đơn vị;Việc có điều kiện;Việc giải quyết xong';

  it('by enforcer (a "Chấp hành viên" column), the offices in turn: summed with a warning, 1600 / 1300 = 81.25 %', async () => {
    const r = await both('cv-2024.csv', [
      'Đơn vị;Chấp hành viên;Việc có điều kiện;Việc giải quyết xong',
      'Chi cục THADS huyện Mỹ Lộc;Nguyễn Văn An;500;400',
      'Chi cục THADS huyện Vụ Bản;Trần Thị Bình;300;250',
      '',
      'Chi cục THADS huyện Mỹ Lộc;Lê Văn Cường;450;370',
      'Chi cục THADS huyện Vụ Bản;Phạm Thị Dung;350;280',
    ]);
    // 500+300+450+350 = 1600; 400+250+370+280 = 1300; 1300/1600 = 81.25 %
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual({ withConditions: '1600', resolved: '1300', rate: '81.25' });
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
  });

  it('each office on two rows one below the other ("A, A, B, B"), no STT: summed, 1600 / 1300', async () => {
    const r = await both('aabb-2024.csv', [SHORT, 'Chi cục THADS huyện Mỹ Lộc;500;400', 'Chi cục THADS huyện Mỹ Lộc;450;370', 'Chi cục THADS huyện Vụ Bản;300;250', 'Chi cục THADS huyện Vụ Bản;350;280']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual({ withConditions: '1600', resolved: '1300', rate: '81.25' });
  });

  it('"A, A, B, B" twice over, empty rows between: refused (the offices\' rows again, in their order)', async () => {
    const aabb = ['Chi cục THADS huyện Mỹ Lộc;500;400', 'Chi cục THADS huyện Mỹ Lộc;450;370', 'Chi cục THADS huyện Vụ Bản;300;250', 'Chi cục THADS huyện Vụ Bản;350;280'];
    const again = ['Chi cục THADS huyện Mỹ Lộc;480;390', 'Chi cục THADS huyện Mỹ Lộc;440;360', 'Chi cục THADS huyện Vụ Bản;310;240', 'Chi cục THADS huyện Vụ Bản;330;270'];
    const r = await both('aabb2-2024.csv', [SHORT, ...aabb, ';;', ...again]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:7: error: a second table starts here');
  });

  it('one office given twice, no STT, below the others: summed with DUPLICATE_OFFICE, 5100 / 4320 = 84.71 %', async () => {
    const r = await both('twice-2024.csv', [...HEAD, ...block(THIS_YEAR, false), ';Chi cục THADS huyện Mỹ Lộc;600;500;100000;50000']);
    // 4500 + 600 = 5100; 3820 + 500 = 4320; 4320/5100 = 84.705… → 84.71 %
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual({ withConditions: '5100', resolved: '4320', rate: '84.71' });
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
  });

  it('three of the four offices again, no STT (not all or nearly all): summed with a warning, 7750 / 6520', async () => {
    const r = await both('three-2024.csv', [...HEAD, ...block(THIS_YEAR, true), EMPTY, ...block(LAST_YEAR, false).slice(0, 3)]);
    // 4500 + 1100 + 750 + 1400 = 7750; 3820 + 900 + 600 + 1200 = 6520; 6520/7750 = 84.129… → 84.13 %
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual({ withConditions: '7750', resolved: '6520', rate: '84.13' });
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
  });

  it('a file by year, each year\'s offices in turn (a year column), twice over: grouped by year, as before', async () => {
    const r = await both('years-viec.csv', [
      'Năm;Đơn vị;Có điều kiện;Thi hành xong',
      '2023;Chi cục THADS huyện Mỹ Lộc;1100;900',
      '2023;Chi cục THADS huyện Vụ Bản;750;600',
      '2024;Chi cục THADS huyện Mỹ Lộc;1200;1000',
      '2024;Chi cục THADS huyện Vụ Bản;800;700',
      '2023;Chi cục THADS huyện Mỹ Lộc;10;9',
      '2023;Chi cục THADS huyện Vụ Bản;20;18',
      '2024;Chi cục THADS huyện Mỹ Lộc;30;27',
      '2024;Chi cục THADS huyện Vụ Bản;40;36',
    ], ['--by', 'year', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const groups = JSON.parse(r.stdout).totals.map((g: { year: number; cases: { withConditions: string; resolved: string } }) => [g.year, g.cases.withConditions, g.cases.resolved]);
    // 2023: 1100+750+10+20 = 1880, 900+600+9+18 = 1527; 2024: 1200+800+30+40 = 2070, 1000+700+27+36 = 1763
    expect(groups).toEqual(expect.arrayContaining([[2023, '1880', '1527'], [2024, '2070', '1763']]));
    expect(r.stderr).not.toMatch(/SECOND_TABLE/);
  });

  it('the block pasted again with the same figures, no STT: REPEATED_ROW (a copy), not SECOND_TABLE', async () => {
    const r = await both('copy 2024.csv', [...HEAD, ...block(THIS_YEAR, false), EMPTY, ...block(THIS_YEAR, false)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\[REPEATED_ROW\]/);
    expect(r.stderr).not.toMatch(/SECOND_TABLE/);
  });
});
