// A table by enforcer with no office column, the offices only as subtotal rows below their
// enforcers: "Cộng Phòng THADS khu vực 1 | 600 | 520", "Cộng Phòng THADS khu vực 2 | 400 | 330"
// (traps38 1: read as ONE office named after the file, 850/1000, no warning, exit 0 — and with
// --fail-below-target exit 0, though khu vực 2's 330/400 = 82.50 % misses 2025's 83.9 %). The
// subtotals name two offices: refused as two office lines in that column are (OFFICE_COLUMN_MISSING),
// through both readers. Headed "Đơn vị / Chấp hành viên" the same rows read right: khu vực 1
// 260 + 260 = 520 of 300 + 300 = 600 (86.67 %), khu vực 2 200 + 130 = 330 of 250 + 150 = 400 (82.50 %).
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-enforcer-subtotals-', ['--format', 'csv']);

function table(nameHeader: string, kv1: string, kv2: string, total: string | null): string[] {
  return [
    `STT,${nameHeader},Có điều kiện (việc),Giải quyết xong (việc)`,
    '1,Nguyễn Văn An,300,260',
    '2,Trần Thị Bình,300,260',
    `,${kv1},600,520`,
    '1,Lê Văn Cường,250,200',
    '2,Phạm Thị Dung,150,130',
    `,${kv2},400,330`,
    ...(total === null ? [] : [`,${total},1000,850`]),
  ];
}

function offices(stdout: string): string[][] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  return body.map((row) => ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => row[head!.indexOf(k)]!));
}

describe('offices given only as subtotal rows below their enforcers, no office column', () => {
  it.each([
    ['Chấp hành viên', 'Cộng Phòng THADS khu vực 1', 'Cộng Phòng THADS khu vực 2', 'Tổng cộng'],
    ['Họ và tên Chấp hành viên', 'Cộng Phòng THADS khu vực 1', 'Cộng Phòng THADS khu vực 2', 'Tổng cộng'],
    ['Họ tên CHV', 'Cộng Phòng THADS khu vực 1', 'Cộng Phòng THADS khu vực 2', 'Tổng cộng'],
    ['Tên chấp hành viên', 'Cộng Phòng THADS khu vực 1', 'Cộng Phòng THADS khu vực 2', 'Tổng cộng'],
    ['Chấp hành viên', 'Tổng Phòng THADS khu vực 1', 'Tổng Phòng THADS khu vực 2', null],
    ['Chấp hành viên', 'Cộng Phòng THADS khu vực 1', 'Cộng Phòng THADS khu vực 2', null],
  ])('under "%s", "%s" and "%s" are two offices: refused, never one office of 850/1000', async (header, kv1, kv2, total) => {
    const r = await both('gia-lai-theo-chv-2025.csv', table(header, kv1, kv2, total));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:7:2: error: no office column is named, and the enforcers' column names the office "${kv1.replace(/^(Cộng|Tổng) /u, '')}" (line 4) and "${kv2.replace(/^(Cộng|Tổng) /u, '')}"`);
    expect(r.stderr).toContain('[OFFICE_COLUMN_MISSING]');
  });

  it('"Cộng khu vực 1", "Cộng khu vực 2": refused too', async () => {
    const r = await both('gia-lai-theo-chv-2025.csv', table('Chấp hành viên', 'Cộng khu vực 1', 'Cộng khu vực 2', 'Tổng cộng'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:7:2: error: no office column is named, and the enforcers\' column names the office "khu vực 1" (line 4) and "khu vực 2"');
  });

  it('a subtotal naming another office than the file\'s name says: refused (OFFICE_NAME_CONFLICT)', async () => {
    const r = await both('Phòng THADS khu vực 2 2025.csv', table('Chấp hành viên', 'Cộng Phòng THADS khu vực 1', 'Cộng Phòng THADS khu vực 2', null).slice(0, 4));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:2: error: the enforcers\' column names the office "Phòng THADS khu vực 1", but the file name says the file is Phòng THADS khu vực 2\'s');
  });

  it('one office\'s file with its own subtotal reads as before: 260 + 260 = 520 of 600', async () => {
    const r = await both('Phòng THADS khu vực 1 2025.csv', table('Chấp hành viên', 'Cộng Phòng THADS khu vực 1', '', null).slice(0, 4));
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual([
      ['Phòng THADS khu vực 1', '600', '520', '86.67'],
      ['TOTAL', '600', '520', '86.67'],
    ]);
  });

  it('subtotals by the enforcers\' rank name no office: one office as before (520 + 200 = 720 of 850)', async () => {
    const r = await both('Phòng THADS khu vực 1 2025.csv', [
      'STT,Chấp hành viên,Có điều kiện (việc),Giải quyết xong (việc)',
      '1,Nguyễn Văn An,300,260',
      '2,Trần Thị Bình,300,260',
      ',Cộng Chấp hành viên sơ cấp,600,520',
      '1,Lê Văn Cường,250,200',
      ',Cộng Chấp hành viên trung cấp,250,200',
      ',Tổng cộng,850,720',
    ]);
    expect(r.code).toBe(0);
    expect(offices(r.stdout)[0]).toEqual(['Phòng THADS khu vực 1', '850', '720', '84.71']);
  });

  it('headed "Đơn vị / Chấp hành viên", the same rows read as the two offices (600/520, 400/330)', async () => {
    const r = await both('gia-lai-theo-chv-2025.csv', table('Đơn vị / Chấp hành viên', 'Cộng Phòng THADS khu vực 1', 'Cộng Phòng THADS khu vực 2', 'Tổng cộng'));
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual([
      ['Phòng THADS khu vực 1', '600', '520', '86.67'],
      ['Phòng THADS khu vực 2', '400', '330', '82.50'],
      ['TOTAL', '1000', '850', '85.00'],
    ]);
  });
});

// The same rows under a column headed "Đơn vị" (traps38 2): the four persons were printed as four
// offices ranked against each other, the two offices never, exit 0. The subtotals naming the
// offices say whose enforcers the persons above them are: khu vực 1 260 + 260 = 520 of 300 + 300 =
// 600 (86.67 %), khu vực 2 200 + 130 = 330 of 250 + 150 = 400 (82.50 %), total 850 of 1000.
describe('persons in a column headed "Đơn vị", each office\'s subtotal below them', () => {
  it.each([['Tổng cộng'], [null]])('read as the two offices\' enforcers (total row: %s)', async (total) => {
    const r = await both('gia-lai-2025.csv', table('Đơn vị', 'Cộng Phòng THADS khu vực 1', 'Cộng Phòng THADS khu vực 2', total));
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual([
      ['Phòng THADS khu vực 1', '600', '520', '86.67'],
      ['Phòng THADS khu vực 2', '400', '330', '82.50'],
      ['TOTAL', '1000', '850', '85.00'],
    ]);
  });

  it('persons not adding up to their office\'s subtotal (200 + 120 = 320 ≠ 330): refused', async () => {
    const lines = table('Đơn vị', 'Cộng Phòng THADS khu vực 1', 'Cộng Phòng THADS khu vực 2', null);
    lines[5] = '2,Phạm Thị Dung,150,120';
    const r = await both('gia-lai-2025.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:7: error: "Phòng THADS khu vực 2"');
  });

  it('a list with a district named like a person ("Trần Văn Thời") reads as before', async () => {
    // Trần Văn Thời 300/260 + Chi cục THADS huyện Vụ Bản 100/60 = 400/320 (80.00 %)
    const r = await both('ca-mau-2019.csv', ['STT,Đơn vị,Có điều kiện (việc),Giải quyết xong (việc)', '1,Trần Văn Thời,300,260', '2,Chi cục THADS huyện Vụ Bản,100,60', ',Tổng cộng,400,320']);
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual([
      ['Trần Văn Thời', '300', '260', '86.67'],
      ['Chi cục THADS huyện Vụ Bản', '100', '60', '60.00'],
      ['TOTAL', '400', '320', '80.00'],
    ]);
  });
});

// The same under "Cộng Mỹ Lộc", "Cộng Vụ Bản": each office's subtotal by its bare place's name,
// no "Chi cục"/"Phòng" (traps38 1 again): under "Đơn vị" the four persons were still ranked as
// offices, the two offices never printed, exit 0; under "Chấp hành viên" with no office column the
// two offices were summed as one, 850/1000. Hand sums: Mỹ Lộc 260 + 260 = 520 of 300 + 300 = 600
// (86.67 %), Vụ Bản 200 + 130 = 330 of 250 + 150 = 400 (82.50 %), total 850 of 1000 (85.00 %).
describe('each office\'s subtotal by its bare place\'s name ("Cộng Mỹ Lộc") below its persons', () => {
  it.each([
    ['Cộng Mỹ Lộc', 'Cộng Vụ Bản', 'Mỹ Lộc', 'Vụ Bản'],
    ['CỘNG MỸ LỘC', 'CỘNG VỤ BẢN', 'MỸ LỘC', 'VỤ BẢN'],
    ['Cộng: Mỹ Lộc', 'Cộng: Vụ Bản', 'Mỹ Lộc', 'Vụ Bản'],
    ['Tổng Mỹ Lộc', 'Tổng Vụ Bản', 'Mỹ Lộc', 'Vụ Bản'],
  ])('under "Đơn vị", "%s" and "%s" close their persons: read as the two offices\' enforcers', async (a, b, ml, vb) => {
    const r = await both('nam-dinh-2019.csv', table('Đơn vị', a, b, 'Tổng cộng'));
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual([
      [ml, '600', '520', '86.67'],
      [vb, '400', '330', '82.50'],
      ['TOTAL', '1000', '850', '85.00'],
    ]);
  });

  it('persons not adding up to "Cộng Vụ Bản" (200 + 120 = 320 ≠ 330): refused', async () => {
    const lines = table('Đơn vị', 'Cộng Mỹ Lộc', 'Cộng Vụ Bản', 'Tổng cộng');
    lines[5] = '2,Phạm Thị Dung,150,120';
    const r = await both('nam-dinh-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:7:4: error: declared subtotal "Cộng Vụ Bản" has cases resolved 330, but the rows above it add up to 320');
  });

  it('no office column: "Cộng Mỹ Lộc" and "Cộng Vụ Bản" are two offices, refused, never one of 850/1000', async () => {
    const r = await both('nam-dinh-theo-chv-2019.csv', table('Chấp hành viên', 'Cộng Mỹ Lộc', 'Cộng Vụ Bản', 'Tổng cộng'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:7:2: error: no office column is named, and the enforcers\' column names the office "Mỹ Lộc" (line 4) and "Vụ Bản"');
    expect(r.stderr).toContain('[OFFICE_COLUMN_MISSING]');
  });

  it('groups of one office\'s persons ("CỘNG LÃNH ĐẠO", "CỘNG CHẤP HÀNH VIÊN") name no office: Mỹ Lộc\'s file as one office, 850 of 1000', async () => {
    const r = await both('Mỹ Lộc 2019.csv', table('Chấp hành viên', 'CỘNG LÃNH ĐẠO', 'CỘNG CHẤP HÀNH VIÊN', 'Tổng cộng'));
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual([
      ['Mỹ Lộc', '1000', '850', '85.00'],
      ['TOTAL', '1000', '850', '85.00'],
    ]);
  });

  it('offices, one named like a person, under a place\'s subtotal read as before (300 + 300 = 600, 260 + 260 = 520)', async () => {
    const r = await both('ca-mau-2019.csv', ['STT,Đơn vị,Có điều kiện (việc),Giải quyết xong (việc)', ',U Minh,300,260', ',Trần Văn Thời,300,260', ',Cộng Mỹ Lộc,600,520', ',Tổng cộng,600,520']);
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual([
      ['U Minh', '300', '260', '86.67'],
      ['Trần Văn Thời', '300', '260', '86.67'],
      ['TOTAL', '600', '520', '86.67'],
    ]);
  });
});

// An office's title row WITHOUT figures above its persons, no office column (traps38 j-2025: "I |
// Phòng THADS khu vực 1 | |"). Several offices there are refused as office lines with figures are
// (OFFICE_COLUMN_MISSING, its hint the header "Đơn vị / Chấp hành viên", under which the rows read
// right); was refused NOT_AN_OFFICE, "a title without figures … its lines may be … a breakdown",
// whose hint (write the office's name on each row) a file without an office column cannot follow.
// The office's own file with its title row reads: 260 + 260 = 520 of 300 + 300 = 600 (86.67 %).
describe('an office\'s title row without figures over its persons, no office column', () => {
  const titled = (stt1: string, stt2: string, header = 'Họ và tên Chấp hành viên') => [
    `STT,${header},Có điều kiện (việc),Giải quyết xong (việc)`,
    `${stt1},Phòng THADS khu vực 1,,`,
    '1,Nguyễn Văn An,300,260',
    '2,Trần Thị Bình,300,260',
    ',Cộng,600,520',
    `${stt2},Phòng THADS khu vực 2,,`,
    '1,Lê Văn Cường,250,200',
    '2,Phạm Thị Dung,150,130',
    ',Cộng,400,330',
    ',Tổng cộng,1000,850',
  ];

  it.each([['I', 'II'], ['', '']])('two offices\' titles (STT "%s", "%s"): refused, OFFICE_COLUMN_MISSING at the second', async (a, b) => {
    const r = await both('gia-lai-theo-chv-2025.csv', titled(a, b));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:6:2: error: no office column is named, and the enforcers\' column names the office "Phòng THADS khu vực 1" (line 2) and "Phòng THADS khu vực 2"');
    expect(r.stderr).toContain('[OFFICE_COLUMN_MISSING]');
  });

  it('headed "Đơn vị / Chấp hành viên", the same rows read as the two offices (600/520, 400/330)', async () => {
    const r = await both('gia-lai-theo-chv-2025.csv', titled('I', 'II', 'Đơn vị / Chấp hành viên'));
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual([
      ['Phòng THADS khu vực 1', '600', '520', '86.67'],
      ['Phòng THADS khu vực 2', '400', '330', '82.50'],
      ['TOTAL', '1000', '850', '85.00'],
    ]);
  });

  it.each([['I'], ['']])('the office\'s own file with its title (STT "%s"): its persons are its rows, 520 of 600', async (stt) => {
    const r = await both('Phòng THADS khu vực 1 2025.csv', titled(stt, 'II').slice(0, 5));
    expect(r.code).toBe(0);
    expect(offices(r.stdout)).toEqual([
      ['Phòng THADS khu vực 1', '600', '520', '86.67'],
      ['TOTAL', '600', '520', '86.67'],
    ]);
  });

  it('a title naming another office than the file\'s name: refused (OFFICE_NAME_CONFLICT)', async () => {
    const r = await both('Phòng THADS khu vực 2 2025.csv', titled('I', 'II').slice(0, 5));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:2: error: the enforcers\' column names the office "Phòng THADS khu vực 1", but the file name says the file is Phòng THADS khu vực 2\'s');
  });
});
