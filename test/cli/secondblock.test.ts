// Last year's table kept under this year's with NOTHING between them but an empty row (or not even
// that), round work104a finding 01: a province's 2019 table (STT 1–4, four offices, no enforcer
// column) and, below it, its "cùng kỳ 2018" table — the same four offices, STT restarting at 1, the
// same order, every figure different; its caption was a text box the CSV save dropped. thads added
// both years (with_conditions 6669 instead of 3405), exit 0, one DUPLICATE_OFFICE warning; `check`
// exit 0. Right: SECOND_TABLE (exit 1) at the first row of the second block, with a hint (keep one
// table; a file per year, --year), in a CSV (both readers) and its .xlsx twin, `check` too.
// The rule (second-table.ts): the STT restarts at 1 AND the rows from there give the block above's
// offices again, same names, same order, same numbers, at least 2 and all or nearly all of it, with
// other figures, no enforcer/part column.
// Controls keep today's result: an office listed again further down with its STT going on (4, 5);
// the same block for another YEAR in a year column (grouped by year); a by-enforcer file (a
// "Chấp hành viên" column) whose numbers restart; the block pasted again with the same figures
// (still REPEATED_ROW); a table numbered 1..n once.
// The README's variant (one office's corrected row under its old one, both STT 3) is left as it is:
// an office's two rows under one STT is also how an office's enforcers' rows may be written.
// Figures by hand in the comments.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';
import { fastPath } from '../../src/input/fast/read-fast.js';

const { dir, write, both } = bothReaders('thads-secondblock-', ['--format', 'json']);

const HEAD = [
  'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;;',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019;;;;;;',
  '(Từ ngày 01/10/2018 đến ngày 30/9/2019);;;;;;',
  'Đơn vị tính: việc;;;;;;',
  'STT;Đơn vị;Tổng số phải thi hành;Có điều kiện;Thi hành xong;Đình chỉ;Chưa có điều kiện',
];
// 2019 (lines 6–9): with conditions 353+2150+422+480 = 3405; resolved (250+10)+(1500+40)+(330+12)+(371+9) = 2522
const Y2019 = [
  '1;Văn phòng Cục;453;353;250;10;100',
  '2;Chi cục THADS thành phố Nam Định;2673;2150;1500;40;523',
  '3;Chi cục THADS huyện Mỹ Lộc;566;422;330;12;144',
  '4;Chi cục THADS huyện Vụ Bản;612;480;371;9;132',
];
// 2018, every figure other: with conditions 340+2071+398+455 = 3264; both years added: 3405+3264 = 6669 (the fault)
const Y2018 = [
  '1;Văn phòng Cục;431;340;236;8;91',
  '2;Chi cục THADS thành phố Nam Định;2590;2071;1410;37;519',
  '3;Chi cục THADS huyện Mỹ Lộc;540;398;301;10;142',
  '4;Chi cục THADS huyện Vụ Bản;597;455;340;11;142',
];
const REFUSED = 'error: a second table starts here: the STT restarts at 1, and the rows from here give the offices of the table above again';
const HINT = "hint: keep one table in the file: delete the other block (last year's, for comparison), or give each year its own file (or choose one with --year)";

const total = (stdout: string) => {
  const { withConditions, resolved, rate } = JSON.parse(stdout).total.cases;
  return { withConditions, resolved, rate };
};

describe('last year\'s table under this year\'s, nothing marking it (work104a 01)', () => {
  it('an empty row between: SECOND_TABLE at the first row of the second block (line 11), both readers', async () => {
    const r = await both('Nam Dinh 2019.csv', [...HEAD, ...Y2019, ';;;;;;', ...Y2018]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:11: ${REFUSED}`);
    expect(r.stderr).toContain(HINT);
    expect(stderrCodes(r.stderr)).toEqual(['SECOND_TABLE']);
  });

  it('right under it, no empty row (3 offices): refused at line 9', async () => {
    // lines 6–8 this year's, 9–11 last year's
    const r = await both('Nam Dinh 3 2019.csv', [...HEAD, ...Y2019.slice(0, 3), ...Y2018.slice(0, 3)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:9: ${REFUSED}`);
    expect(stderrCodes(r.stderr)).toEqual(['SECOND_TABLE']);
  });

  it('a plain CSV (no title: the fast path\'s) and a big one scanned in two parts: both readers refuse it', async () => {
    const plain = await both('plain-viec-2019.csv', ['STT,Đơn vị,Có điều kiện,Thi hành xong', '1,Chi cục THADS huyện Mỹ Lộc,422,330', '2,Chi cục THADS huyện Vụ Bản,480,371', '', '1,Chi cục THADS huyện Mỹ Lộc,398,301', '2,Chi cục THADS huyện Vụ Bản,455,340']);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain(`FILE:5: ${REFUSED}`);
    // 40 offices, then the same 40 renumbered from 1 with every figure one more: the second block from line 42
    const block = (plus: number) => Array.from({ length: 40 }, (_, k) => `${k + 1},Chi cục THADS huyện Số ${k + 1},${200 + k + plus},${100 + k + plus}`);
    const saved = { split: fastPath.splitBytes, chunk: fastPath.chunkBytes, worker: fastPath.workerUrl };
    Object.assign(fastPath, { splitBytes: 1000, chunkBytes: 4096, workerUrl: null });
    try {
      const r = await both('split-viec-2019.csv', ['STT,Đơn vị,Có điều kiện,Thi hành xong', ...block(0), ...block(1)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`FILE:42: ${REFUSED}`);
      expect(stderrCodes(r.stderr)).toEqual(['SECOND_TABLE']);
    } finally {
      Object.assign(fastPath, { splitBytes: saved.split, chunkBytes: saved.chunk, workerUrl: saved.worker });
    }
  });

  it('`check` says it, exit 1 (was "0 errors, 1 warning", exit 0)', () => {
    const file = write('check 2019.csv', [...HEAD, ...Y2019, ';;;;;;', ...Y2018]);
    const r = spawnThads(['check', file]);
    const said = r.stdout + r.stderr;
    expect(r.code, said).toBe(1);
    expect(said).toContain(`${file}:11: ${REFUSED}`);
    expect(said).toMatch(/\[SECOND_TABLE\]/);
  });

  it('the .xlsx twin: refused the same, row 11', async () => {
    const r = await summarizeLinesWorkbook(dir, 'Nam Dinh 2019.xlsx', [...HEAD, ...Y2019, ';;;;;;', ...Y2018], ['--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Nam Dinh 2019\.xlsx:Sheet1!11:\d+: error: a second table starts here: the STT restarts at 1/);
    expect(stderrCodes(r.stderr)).toEqual(['SECOND_TABLE']);
  });

  it('this year\'s table alone, STT 1..4 once: read (3405, 2522, 2522/3405 = 74.07 %)', async () => {
    const r = await both('alone 2019.csv', [...HEAD, ...Y2019]);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual({ withConditions: '3405', resolved: '2522', rate: '74.07' });
  });
});

describe('controls: near shapes keep today\'s reading', () => {
  const SHORT = 'STT;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ';

  it('an office listed again further down, its STT going on (4, 5): summed with a warning, as before', async () => {
    const r = await both('on-viec-2019.csv', [
      SHORT,
      '1;Văn phòng Cục;353;250;10',
      '2;Chi cục THADS huyện Mỹ Lộc;422;330;12',
      '3;Chi cục THADS huyện Vụ Bản;480;371;9',
      '4;Văn phòng Cục;100;50;0',
      '5;Chi cục THADS huyện Mỹ Lộc;40;30;2',
    ]);
    // 353+422+480+100+40 = 1395; completed 250+330+371+50+30 = 1031, terminated 10+12+9+0+2 = 33, resolved 1064; 1064/1395 = 76.27 %
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual({ withConditions: '1395', resolved: '1064', rate: '76.27' });
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
  });

  it('the same block for another year in a year column: grouped by year, as before', async () => {
    const r = await both('years-viec.csv', [
      'STT;Năm;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ',
      '1;2019;Văn phòng Cục;353;250;10',
      '2;2019;Chi cục THADS huyện Mỹ Lộc;422;330;12',
      '3;2019;Chi cục THADS huyện Vụ Bản;480;371;9',
      '1;2018;Văn phòng Cục;340;236;8',
      '2;2018;Chi cục THADS huyện Mỹ Lộc;398;301;10',
      '3;2018;Chi cục THADS huyện Vụ Bản;455;340;11',
    ], ['--by', 'year', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const groups = JSON.parse(r.stdout).totals.map((g: { year: number; cases: { withConditions: string; resolved: string } }) => [g.year, g.cases.withConditions, g.cases.resolved]);
    // 2019: 353+422+480 = 1255, resolved 260+342+380 = 982; 2018: 340+398+455 = 1193, resolved 244+311+351 = 906
    expect(groups).toEqual(expect.arrayContaining([[2019, '1255', '982'], [2018, '1193', '906']]));
    expect(r.stderr).not.toMatch(/SECOND_TABLE/);
  });

  it('a by-enforcer file (a "Chấp hành viên" column) numbered 1, 2, 1, 2: summed by office with a warning, as before', async () => {
    const r = await both('cv-viec-2019.csv', [
      'STT;Đơn vị;Chấp hành viên;Có điều kiện;Thi hành xong;Đình chỉ',
      '1;Chi cục THADS huyện Mỹ Lộc;Nguyễn Văn An;200;150;5',
      '2;Chi cục THADS huyện Vụ Bản;Trần Thị Bình;300;200;4',
      '1;Chi cục THADS huyện Mỹ Lộc;Lê Văn Cường;222;180;7',
      '2;Chi cục THADS huyện Vụ Bản;Phạm Thị Dung;180;171;5',
    ]);
    // 200+300+222+180 = 902; resolved (150+5)+(200+4)+(180+7)+(171+5) = 722; 722/902 = 80.04 %
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual({ withConditions: '902', resolved: '722', rate: '80.04' });
    expect(stderrCodes(r.stderr)).toEqual(['DUPLICATE_OFFICE']);
  });

  it('each office\'s line (I, II) over its enforcers numbered from 1 again: the offices\' lines read, as before', async () => {
    const r = await both('cv-2019.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ THEO CHẤP HÀNH VIÊN NĂM 2019',
      'STT;Đơn vị;Có điều kiện;Thi hành xong',
      'I;Chi cục THADS huyện Mỹ Lộc;300;200',
      '1;Nguyễn Văn An;180;120',
      '2;Trần Thị Bình;120;80',
      'II;Chi cục THADS huyện Vụ Bản;300;220',
      '1;Lê Văn Cường;200;150',
      '2;Phạm Thị Dung;100;70',
    ], ['--measure', 'cases', '--format', 'json']);
    // each office's line the sum of its enforcers' (180+120 = 300, 120+80 = 200; 200+100 = 300, 150+70 = 220):
    // 300+300 = 600 with conditions, 200+220 = 420 resolved; 420/600 = 70.00 %
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual({ withConditions: '600', resolved: '420', rate: '70.00' });
    expect(r.stderr).not.toMatch(/SECOND_TABLE/);
  });

  it('the block pasted again with the same figures: still REPEATED_ROW (a copy), not SECOND_TABLE', async () => {
    const r = await both('copy 2019.csv', [...HEAD, ...Y2019, ';;;;;;', ...Y2019]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/FILE:11:2: error: line 11 repeats line 6: STT 1, office "Văn phòng Cục" and every figure the same/);
    expect(r.stderr).not.toMatch(/SECOND_TABLE/);
  });
});
