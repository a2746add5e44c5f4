// "Tổng số phải giải quyết" where the 2019–2026 forms write "Tổng số phải thi hành": after the
// Ủy thác / Thu hồi columns, equal to Có ĐK + Chưa có ĐK (Nam Định 2019, Mỹ Lộc: 694 = 317 + 384
// − 4 − 3 = 586 + 108). It counts the cases to execute, not total accepted (carried over + new):
// read as total it printed total 1.470, to_execute 1.457, carried forward 294 with exit 0 and two
// TOTAL_MISMATCH warnings blaming the file. Read by its place (after a delegated or withdrawn
// column, or beside another total) as to execute, checked on every row: a row where it is not
// total − delegated − withdrawn, nor with + without conditions, is refused. Before the
// deductions, or beside a "Tổng số phải thi hành" of its own, it stays total accepted.
// Totals worked by hand.
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, file: write } = fileTree('thads-phaigq-');

interface Figures {
  carriedOver: string | null;
  new: string | null;
  total: string | null;
  delegated: string | null;
  withdrawn: string | null;
  toExecute: string | null;
  withConditions: string | null;
  withoutConditions: string | null;
  resolved: string | null;
  carriedForward: string | null;
  rate: string | null;
}
const cases = (stdout: string) => (JSON.parse(stdout) as { total: { cases: Figures } }).total.cases;

// Mỹ Lộc 317 + 384 = 701 accepted, − 4 − 3 = 694 to execute = 586 + 108; resolved 520 + 13 = 533
// Vụ Bản 282 + 500 = 782 accepted, − 3 − 3 = 776 to execute = 655 + 121; resolved 611 + 19 = 630
// total 1.483, to execute 1.470, with conditions 1.241, resolved 1.163, carried forward 1.470 − 1.163 = 307,
// rate 1.163 / 1.241 = 93,71 %
const RIGHT = { carriedOver: '599', new: '884', total: '1483', delegated: '7', withdrawn: '6', toExecute: '1470', withConditions: '1241', withoutConditions: '229', resolved: '1163', carriedForward: '307', rate: '93.71' };
const RIGHT_NO_PARTS = { ...RIGHT, carriedOver: null, new: null };

const HEAD = 'STT;Đơn vị;Năm trước chuyển sang;Thụ lý mới;Ủy thác;Thu hồi, hủy quyết định;Tổng số phải giải quyết;Có điều kiện;Chưa có điều kiện;Thi hành xong;Đình chỉ';
const ROWS = (myLoc = '694') => [`1;Chi cục THADS huyện Mỹ Lộc;317;384;4;3;${myLoc};586;108;520;13`, '2;Chi cục THADS huyện Vụ Bản;282;500;3;3;776;655;121;611;19'];
const TITLED = (rows = ROWS()) => ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019;;;;;;;;;;', ';;;;;;;;Đơn vị tính: việc;;', HEAD, ...rows];

describe('"Tổng số phải giải quyết" after Ủy thác / Thu hồi is the cases to execute', () => {
  const { both } = bothReaders('thads-phaigq-both-', ['--format', 'json', '--year', '2019']);

  it("the hunter's file (title, unit line, total row) through the binary", () => {
    const lines = [
      'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,,,,,',
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019,,,,,,,,,,',
      ',,,,,,,,Đơn vị tính: việc,,',
      'STT,Đơn vị,Năm trước chuyển sang,Thụ lý mới,Ủy thác,"Thu hồi, hủy quyết định",Tổng số phải giải quyết,Có điều kiện,Chưa có điều kiện,Thi hành xong,Đình chỉ',
      '1,Mỹ Lộc,317,384,4,3,694,586,108,520,13',
      '2,Vụ Bản,282,500,3,3,776,655,121,611,19',
      ',Tổng cộng,599,884,7,6,"1.470","1.241",229,"1.131",32',
    ];
    const r = spawnThads(['summarize', write('Nam Dinh viec 2019.csv', lines), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('TOTAL_MISMATCH');
    expect(cases(r.stdout)).toMatchObject(RIGHT);
  });

  it('the same beside a "Tổng số thụ lý" column: total from it, to execute from "phải giải quyết" (was DUPLICATE_COLUMN)', () => {
    const lines = [
      'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,,,,',
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019,,,,,,,,,',
      ',,,,,,,Đơn vị tính: việc,,',
      'STT,Đơn vị,Tổng số thụ lý,Ủy thác,"Thu hồi, hủy quyết định",Tổng số phải giải quyết,Có điều kiện,Chưa có điều kiện,Thi hành xong,Đình chỉ',
      '1,Mỹ Lộc,701,4,3,694,586,108,520,13',
      '2,Vụ Bản,782,3,3,776,655,121,611,19',
      ',Tổng cộng,"1.483",7,6,"1.470","1.241",229,"1.131",32',
    ];
    const r = spawnThads(['summarize', write('Nam Dinh viec 2019 (co cot thu ly).csv', lines), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r.stdout)).toMatchObject(RIGHT_NO_PARTS);
  });

  it('a plain file (byte scanner) and a titled one (reference reader): both readers', async () => {
    for (const [name, lines] of [
      ['plain-viec-2019.csv', [HEAD, ...ROWS()]],
      ['titled-viec-2019.csv', TITLED()],
    ] as const) {
      const r = await both(name, lines);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(cases(r.stdout)).toMatchObject(RIGHT);
    }
  });

  it('"Tổng số việc phải giải quyết" after the deductions with no carried over / new: to execute, = with + without', async () => {
    const r = await both('nocm-viec-2019.csv', [
      'Đơn vị;Ủy thác;Thu hồi, hủy quyết định;Tổng số việc phải giải quyết;Có điều kiện;Chưa có điều kiện;Thi hành xong;Đình chỉ',
      'Chi cục THADS huyện Mỹ Lộc;4;3;694;586;108;520;13',
      'Chi cục THADS huyện Vụ Bản;3;3;776;655;121;611;19',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r.stdout)).toMatchObject({ ...RIGHT_NO_PARTS, total: null });
  });

  it('the xlsx twin', async () => {
    const r = await summarizeLinesWorkbook(dir, 'Nam Dinh viec 2019.xlsx', TITLED(), ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r.stdout)).toMatchObject(RIGHT);
  });
});

describe('a row that fits neither reading is refused, never a warning', () => {
  const { both } = bothReaders('thads-phaigq-refused-', ['--format', 'json', '--year', '2019']);

  it('701 (carried over + new) after the deductions, where with + without say 694: refused at the column', async () => {
    const r = await both('bad-viec-2019.csv', [HEAD, ...ROWS('701')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['TO_EXECUTE_MISMATCH', 'CONDITIONS_SPLIT_MISMATCH']);
    expect(r.stderr).toContain('FILE:2:7: error: cases: to execute 701 ≠ total 701 − delegated 4 − withdrawn 3 = 694: column "Tổng số phải giải quyết" is read as the cases to execute');
  });

  it('690, neither 701 − 7 nor 586 + 108: refused, titled file and xlsx', async () => {
    const r = await both('bad-titled-viec-2019.csv', TITLED(ROWS('690')));
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['TO_EXECUTE_MISMATCH', 'CONDITIONS_SPLIT_MISMATCH']);
    expect(r.stderr).toContain('FILE:5:7: error: cases: to execute 690 ≠ total 701 − delegated 4 − withdrawn 3 = 694');
    const x = await summarizeLinesWorkbook(dir, 'bad viec 2019.xlsx', TITLED(ROWS('690')), ['--format', 'json']);
    expect(x.code).toBe(1);
    expect(x.stdout).toBe('');
    expect(stderrCodes(x.stderr)).toEqual(['TO_EXECUTE_MISMATCH', 'CONDITIONS_SPLIT_MISMATCH']);
  });

  it('no carried over / new: a row not with + without is refused', async () => {
    const r = await both('nocm-bad-viec-2019.csv', [
      'Đơn vị;Ủy thác;Thu hồi, hủy quyết định;Tổng số phải giải quyết;Có điều kiện;Chưa có điều kiện;Thi hành xong;Đình chỉ',
      'Chi cục THADS huyện Mỹ Lộc;4;3;701;586;108;520;13',
      'Chi cục THADS huyện Vụ Bản;3;3;776;655;121;611;19',
    ]);
    expect(r.code).toBe(1);
    expect(stderrCodes(r.stderr)).toEqual(['CONDITIONS_SPLIT_MISMATCH']);
    expect(r.stderr).toContain('FILE:2:4: error: cases: to execute 701 ≠ with conditions 586 + without conditions 108 = 694');
  });
});

describe('near shapes keep their reading', () => {
  const { both } = bothReaders('thads-phaigq-near-', ['--format', 'json', '--year', '2019']);

  it('"Tổng số phải giải quyết" before carried over / new and the deductions: total accepted', async () => {
    const r = await both('before-viec-2019.csv', [
      'Đơn vị;Tổng số phải giải quyết;Năm trước chuyển sang;Thụ lý mới;Ủy thác;Thu hồi, hủy quyết định;Có điều kiện;Chưa có điều kiện;Thi hành xong;Đình chỉ',
      'Chi cục THADS huyện Mỹ Lộc;701;317;384;4;3;586;108;520;13',
      'Chi cục THADS huyện Vụ Bản;782;282;500;3;3;655;121;611;19',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r.stdout)).toMatchObject(RIGHT);
  });

  it('"Tổng số phải thi hành" after the deductions: to execute', async () => {
    const r = await both('phaith-viec-2019.csv', [HEAD.replace('Tổng số phải giải quyết', 'Tổng số phải thi hành'), ...ROWS()]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r.stdout)).toMatchObject(RIGHT);
  });

  it('"Tổng số phải giải quyết" after the deductions but beside its own "Tổng số phải thi hành": total accepted', async () => {
    const r = await both('both-viec-2019.csv', [
      'Đơn vị;Năm trước chuyển sang;Thụ lý mới;Ủy thác;Thu hồi, hủy quyết định;Tổng số phải giải quyết;Tổng số phải thi hành;Có điều kiện;Chưa có điều kiện;Thi hành xong;Đình chỉ',
      'Chi cục THADS huyện Mỹ Lộc;317;384;4;3;701;694;586;108;520;13',
      'Chi cục THADS huyện Vụ Bản;282;500;3;3;782;776;655;121;611;19',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r.stdout)).toMatchObject(RIGHT);
  });

  it('"Tổng số phải giải quyết" beside carried over / new and no deductions, not their sum: a warning, summed as given (SPEC §6)', async () => {
    const r = await both('nodeduct-viec-2019.csv', [
      'Đơn vị;Năm trước chuyển sang;Thụ lý mới;Tổng số phải giải quyết;Có điều kiện;Thi hành xong',
      'Chi cục THADS huyện A;40;60;101;80;50',
      'Chi cục THADS huyện B;70;130;200;150;120',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['TOTAL_MISMATCH']);
    expect(r.stderr).toContain('FILE:2:4: warning: cases: total 101 ≠ carried over 40 + new 60 = 100');
    // 101 + 200 = 301; resolved 50 + 120 = 170 of 80 + 150 = 230: 73,91 %
    expect(cases(r.stdout)).toMatchObject({ total: '301', resolved: '170', withConditions: '230', rate: '73.91' });
  });
});
