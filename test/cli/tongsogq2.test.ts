// "Tổng số giải quyết" (no "phải") is ambiguous: the ministry's forms head total accepted so
// (carried over + new, Quảng Ngãi 2020: 8.169 = 2.548 + 5.621), another form its resolved
// (Thi hành xong + Đình chỉ, Nam Định 2019: 61 = 52 + 9, 230 = 200 + 30, 140 = 120 + 20). Read
// as total accepted only beside the carried over and new that check it; without them unknown,
// as before 81fe598 (refused UNKNOWN_RESOLVED_PART beside no resolved column); a row where it is
// not carried over + new is refused (TOTAL_MISMATCH as an error). "Tổng số phải giải quyết"
// says the cases to resolve: total accepted, no doubt. Figures are worked by hand.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';
import { fileTree } from '../helpers/file-tree.js';

const { dir, file: write } = fileTree('thads-tongsogq2-');

interface Figures {
  carriedOver: string | null;
  new: string | null;
  total: string | null;
  withConditions: string | null;
  completed: string | null;
  terminated: string | null;
  resolved: string | null;
  rate: string | null;
}
const json = (stdout: string) => JSON.parse(stdout) as { total: { cases: Figures; money: Figures | null }; warnings: { code: string }[] };

/** The hunter's file: "Tổng số giải quyết" is Thi hành xong + Đình chỉ on every row. */
const NAM_DINH_TABLE = [
  'STT;Đơn vị;Tổng số phải thi hành;Có điều kiện thi hành;Thi hành xong;Đình chỉ;Tổng số giải quyết',
  '1;Cục THADS tỉnh Nam Định;95;70;52;9;61',
  '2;Chi cục THADS huyện Mỹ Lộc;410;300;200;30;230',
  '3;Chi cục THADS huyện Vụ Bản;260;200;120;20;140',
  ';Tổng cộng;765;570;372;59;431',
];
const NAM_DINH = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019;;;;;;', 'Đơn vị tính: việc;;;;;;', ...NAM_DINH_TABLE];

/** The ministry's form as Quảng Ngãi published it (title, unit line, two-row header, total row). */
const QN = [
  'CỤC THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG NGÃI',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2020',
  '"Đơn vị tính: việc; 1.000 đồng"',
  'STT;Đơn vị;Về việc;;;;;Về tiền;;;;',
  ';;Tổng số giải quyết;Số cũ chuyển sang (trừ số đã chuyển sổ theo dõi riêng);Thụ lý mới;Có điều kiện thi hành;Thi hành xong;Tổng số giải quyết;Số cũ chuyển sang (trừ số đã chuyển sổ theo dõi riêng);Thụ lý mới;Có điều kiện thi hành;Thi hành xong',
  ';Tổng cộng;8.169;2.548;5.621;6.441;5.024;1.088.473.419;500.283.352;588.190.067;706.000.000;289.512.597',
  '1;Cục THADS tỉnh Quảng Ngãi;420;180;240;300;190;400.000.000;250.000.000;150.000.000;260.000.000;95.000.000',
  '2;Chi cục THADS thành phố Quảng Ngãi;2.350;700;1.650;1.900;1.520;300.000.000;110.000.000;190.000.000;190.000.000;80.000.000',
  '3;Chi cục THADS huyện Bình Sơn;1.450;450;1.000;1.120;860;120.000.000;45.000.000;75.000.000;80.000.000;36.000.000',
  '4;Chi cục THADS huyện Sơn Tịnh;1.100;350;750;880;690;90.000.000;30.000.000;60.000.000;60.000.000;24.000.000',
  '5;Chi cục THADS huyện Tư Nghĩa;2.849;868;1.981;2.241;1.764;178.473.419;65.283.352;113.190.067;116.000.000;54.512.597',
];

/** A plain two-row header with carried over and new; office A's total given as `firstTotal`. */
const PLAIN = (total: string, firstTotal: string) => [
  'STT;Đơn vị;Về việc;;;;;Về tiền;;;;',
  `;;${total};Số cũ chuyển sang;Thụ lý mới;Có điều kiện thi hành;Thi hành xong;${total};Số cũ chuyển sang;Thụ lý mới;Có điều kiện thi hành;Thi hành xong`,
  `1;Chi cục THADS huyện A;${firstTotal};40;60;80;50;1.000.000;400.000;600.000;800.000;300.000`,
  '2;Chi cục THADS huyện B;200;90;110;150;120;2.000.000;900.000;1.100.000;1.500.000;600.000',
];

const REFUSED_PART = /error: column "Tổng số giải quyết" reads like a part of cases resolved .*\[UNKNOWN_RESOLVED_PART\]/;
const TOTAL_HINT = 'its words say a total ("tổng"), never a part of resolved';

describe('"Tổng số giải quyết" without carried over and new: nothing tells total from resolved, refused', () => {
  it('the hunter\'s Nam Định 2019 file (title lines: the reference reader), the real binary', () => {
    const r = spawnThads(['summarize', write('Nam Định viec 2019.csv', NAM_DINH), '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Nam Định viec 2019\.csv:4:7: error: column "Tổng số giải quyết" reads like a part of cases resolved .*\[UNKNOWN_RESOLVED_PART\]/);
    expect(r.stderr).toContain(TOTAL_HINT);
    expect(r.stderr).not.toContain('"aliases"');
    expect(r.stderr).not.toContain('431');
  });

  const { both } = bothReaders('thads-tongsogq2-refused-', ['--format', 'json']);

  it.each(['Tổng số giải quyết', 'Tổng số việc giải quyết', 'TONG SO GIAI QUYET'])('"%s" in a plain header: both readers refuse it', async (header) => {
    const r = await both('nam-dinh-viec-2019.csv', NAM_DINH_TABLE.map((l, i) => (i === 0 ? l.replace('Tổng số giải quyết', header) : l)));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/FILE:1:7: error: column ".*" reads like a part of cases resolved .*\[UNKNOWN_RESOLVED_PART\]/);
    expect(r.stderr).toContain(TOTAL_HINT);
  });

  it('its .xlsx twin is refused the same', async () => {
    const r = await summarizeLinesWorkbook(dir, 'nam-dinh-viec-2019.xlsx', NAM_DINH_TABLE, ['--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['UNKNOWN_RESOLVED_PART']);
    expect(r.stderr).toMatch(REFUSED_PART);
  });
});

describe('"Tổng số giải quyết" beside carried over and new: total accepted, each row checked', () => {
  it('Quảng Ngãi 2020 is still read: 5.024/6.441 = 78,00 %, total 8.169', () => {
    const r = spawnThads(['summarize', write('quang-ngai-2020.csv', QN), '--format', 'json', '--year', '2020']);
    expect(r.code, r.stderr).toBe(0);
    const { total } = json(r.stdout);
    expect(total.cases).toMatchObject({ carriedOver: '2548', new: '5621', total: '8169', withConditions: '6441', resolved: '5024', rate: '78.00' });
    expect(total.money).toMatchObject({ total: '1088473419000', withConditions: '706000000000', resolved: '289512597000', rate: '41.01' });
  });

  const { both } = bothReaders('thads-tongsogq2-row-', ['--format', 'json', '--year', '2020']);

  it('a row where it is not carried over + new is refused, both figures named (both readers)', async () => {
    const r = await both('mismatch-2020.csv', PLAIN('Tổng số giải quyết', '101'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/FILE:3:3: error: cases: total 101 ≠ carried over 40 \+ new 60 = 100: column "Tổng số giải quyết" is read as total accepted only where it is carried over \+ new.* \[TOTAL_MISMATCH\]/);
    expect(stderrCodes(r.stderr)).toEqual(['TOTAL_MISMATCH']);
  });

  it('the same row under a title line (the reference reader), the real binary', () => {
    const r = spawnThads(['summarize', write('mismatch-title-2020.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2020', ...PLAIN('Tổng số giải quyết', '101')]), '--format', 'json', '--year', '2020']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/mismatch-title-2020\.csv:4:3: error: cases: total 101 ≠ carried over 40 \+ new 60 = 100: .*\[TOTAL_MISMATCH\]/);
  });

  it('its .xlsx twin is refused the same', async () => {
    const r = await summarizeLinesWorkbook(dir, 'mismatch-2020.xlsx', PLAIN('Tổng số giải quyết', '101'), ['--format', 'json', '--year', '2020']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toEqual(['TOTAL_MISMATCH']);
    expect(r.stderr).toContain('total 101 ≠ carried over 40 + new 60 = 100');
  });
});

describe('near shapes keep their reading', () => {
  const { both } = bothReaders('thads-tongsogq2-near-', ['--format', 'json', '--year', '2020']);

  it.each(['Tổng số phải giải quyết', 'Tổng số thụ lý'])('"%s" not carried over + new on a row: a warning, summed as given (SPEC §6)', async (header) => {
    const r = await both('near-mismatch-2020.csv', PLAIN(header, '101'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/FILE:3:3: warning: cases: total 101 ≠ carried over 40 \+ new 60 = 100 \[TOTAL_MISMATCH\]/);
    // 101 + 200 = 301; resolved 50 + 120 = 170 of 80 + 150 = 230: 73,91 %
    expect(json(r.stdout).total.cases).toMatchObject({ total: '301', carriedOver: '130', new: '170', resolved: '170', withConditions: '230', rate: '73.91' });
  });

  it('"Tổng số phải giải quyết" without carried over and new is total accepted, as the morning read it', async () => {
    const r = await both('near-phai-viec-2020.csv', [
      'Đơn vị;Tổng số phải giải quyết;Có điều kiện thi hành;Thi hành xong;Đình chỉ',
      'Chi cục THADS huyện A;100;80;50;5',
      'Chi cục THADS huyện B;200;150;120;10',
    ]);
    expect(r.code, r.stderr).toBe(0);
    // 100 + 200 = 300; resolved 50 + 5 + 120 + 10 = 185 of 230: 80,43 %
    expect(json(r.stdout).total.cases).toMatchObject({ total: '300', terminated: '15', resolved: '185', withConditions: '230', rate: '80.43' });
  });

  it('"Tổng số giải quyết" beside a resolved column and no carried over/new: ignored (warned), as before 81fe598', async () => {
    const r = await both('near-resolved-viec-2020.csv', ['Đơn vị;Có điều kiện thi hành;Giải quyết xong;Tổng số giải quyết', 'Chi cục THADS huyện A;80;50;100', 'Chi cục THADS huyện B;150;120;200']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/FILE:1:4: warning: column "Tổng số giải quyết" .*\[UNKNOWN_COLUMN\]/);
    // resolved 50 + 120 = 170 of 230: 73,91 %; total not given
    expect(json(r.stdout).total.cases).toMatchObject({ total: null, resolved: '170', withConditions: '230', rate: '73.91' });
  });

  it('a config alias naming "Tổng số giải quyết" total is what the user says: read as total', () => {
    const config = join(dir, 'thads.config.json');
    writeFileSync(config, JSON.stringify({ aliases: { 'Tổng số giải quyết': 'cases_total' } }));
    const r = spawnThads(['summarize', write('alias-viec-2020.csv', ['Đơn vị;Tổng số giải quyết;Có điều kiện thi hành;Thi hành xong', 'Chi cục THADS huyện A;100;80;50', 'Chi cục THADS huyện B;200;150;120']), '--format', 'json', '--year', '2020', '--config', config]);
    expect(r.code, r.stderr).toBe(0);
    // 100 + 200 = 300; 50 + 120 = 170 of 230: 73,91 %
    expect(json(r.stdout).total.cases).toMatchObject({ total: '300', resolved: '170', withConditions: '230', rate: '73.91' });
  });
});
