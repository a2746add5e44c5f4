// A spreadsheet's subtotal of an enforcer's rows, written in the "Chấp hành viên" column as Data ›
// Subtotal(s) writes it: "Nguyễn Văn An Sum", "… Result", "… Kết quả" (LibreOffice), "… Total",
// "… Tổng" (Excel), "… Cộng", "Kết quả Nguyễn Văn An"; LibreOffice's Vietnamese grand total
// "Tổng kết quả" (traps45 1, 2: each added as a further enforcer, the office doubled, exit 0).
// Each is checked against the rows above it as "Cộng" is, never added; a slip in it is refused.
// Hand figures: An 60 + 40 = 100 with conditions, 50 + 30 = 80 resolved; Bình 200 + 70 = 270,
// 150 + 50 = 200; the office 100 + 270 = 370, 80 + 200 = 280, 280 / 370 = 75.68 %.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-enforcer-group-subtotal-', ['--format', 'csv']);

function rows(stdout: string): string[][] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  return body.map((row) => ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => row[head!.indexOf(k)]!));
}

/** One office's file by enforcer (no office column: the office is the file name's), each enforcer's rows then its subtotal. */
function ownFile(an: string, binh: string, anFigures = '100,80'): string[] {
  return [
    'Chấp hành viên,Việc có điều kiện,Việc giải quyết xong',
    'Nguyễn Văn An,60,50',
    'Nguyễn Văn An,40,30',
    `${an},${anFigures}`,
    'Trần Thị Bình,200,150',
    'Trần Thị Bình,70,50',
    `${binh},270,200`,
  ];
}

describe('subtotals of an enforcer\'s rows in the "Chấp hành viên" column', () => {
  it.each([
    ['Nguyễn Văn An Sum', 'Trần Thị Bình Sum'],
    ['Nguyễn Văn An Result', 'Trần Thị Bình Result'],
    ['Nguyễn Văn An Kết quả', 'Trần Thị Bình Kết quả'],
    ['Nguyễn Văn An Total', 'Trần Thị Bình Total'],
    ['Nguyễn Văn An Tổng', 'Trần Thị Bình Tổng'],
    ['Nguyễn Văn An Cộng', 'Trần Thị Bình Cộng'],
    ['Kết quả Nguyễn Văn An', 'Kết quả Trần Thị Bình'],
  ])('one office\'s file: "%s" is the enforcer\'s subtotal, checked, not added (370/280, not 740/560)', async (an, binh) => {
    const r = await both('my-loc-theo-chv-2025.csv', ownFile(an, binh));
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([['my-loc', '370', '280', '75.68'], ['TOTAL', '370', '280', '75.68']]);
  });

  it('a slip in one ("Nguyễn Văn An Sum" 101 for 60 + 40 = 100) is refused at it', async () => {
    const r = await both('my-loc-theo-chv-2025.csv', ownFile('Nguyễn Văn An Sum', 'Trần Thị Bình Sum', '101,80'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4:2: error: declared subtotal "Nguyễn Văn An Sum" has cases with conditions 101, but the rows above it add up to 100 [DECLARED_TOTAL_MISMATCH]');
  });

  it('"Tổng kết quả" (LibreOffice\'s Vietnamese grand total) is the office\'s total, checked: 370/280', async () => {
    const ok = await both('my-loc-theo-chv-2025.csv', ['Chấp hành viên,Việc có điều kiện,Việc giải quyết xong', 'Nguyễn Văn An,100,80', 'Trần Thị Bình,270,200', 'Tổng kết quả,370,280']);
    expect(ok.code).toBe(0);
    expect(rows(ok.stdout)).toEqual([['my-loc', '370', '280', '75.68'], ['TOTAL', '370', '280', '75.68']]);
    // (371: one more than 100 + 270)
    const slip = await both('my-loc-theo-chv-2025.csv', ['Chấp hành viên,Việc có điều kiện,Việc giải quyết xong', 'Nguyễn Văn An,100,80', 'Trần Thị Bình,270,200', 'Tổng kết quả,371,280']);
    expect(slip.code).toBe(1);
    expect(slip.stderr).toContain('FILE:4:2: error: declared total "Tổng kết quả" has cases with conditions 371, but the office rows add up to 370 [DECLARED_TOTAL_MISMATCH]');
  });

  it('persons named Công, Tống, Tích are enforcers still: 60 + 40 + 5 = 105, 50 + 30 + 5 = 85', async () => {
    const r = await both('my-loc-theo-chv-2025.csv', ['Chấp hành viên,Việc có điều kiện,Việc giải quyết xong', 'Nguyễn Văn Công,60,50', 'Lê Tống,40,30', 'Nguyễn Văn Tích,5,5']);
    expect(r.code).toBe(0);
    // 85 / 105 = 80.95 %
    expect(rows(r.stdout)).toEqual([['my-loc', '105', '85', '80.95'], ['TOTAL', '105', '85', '80.95']]);
  });

  // With the office column too, its cell left empty or filled on the subtotal's row (traps45 2):
  // khu vực 1 = An 60 + 40, Bình 200 → 300 with conditions, 50 + 30 + 150 = 230 resolved;
  // khu vực 2 = Cường 120, 100; together 420/330, 330 / 420 = 78.57 %.
  it.each([[''], ['filled']])('beside an office column (its cell %s): KV1 300/230, KV2 120/100', async (cell) => {
    const office = (kv: string) => (cell === '' ? '' : kv);
    const r = await both('theo-chv-2025.csv', [
      'Đơn vị,Chấp hành viên,Việc có điều kiện,Việc giải quyết xong',
      'Phòng THADS khu vực 1,Nguyễn Văn An,60,50',
      'Phòng THADS khu vực 1,Nguyễn Văn An,40,30',
      `${office('Phòng THADS khu vực 1')},Nguyễn Văn An Total,100,80`,
      'Phòng THADS khu vực 1,Trần Thị Bình,200,150',
      `${office('Phòng THADS khu vực 1')},Trần Thị Bình Total,200,150`,
      'Phòng THADS khu vực 2,Lê Văn Cường,120,100',
      `${office('Phòng THADS khu vực 2')},Lê Văn Cường Total,120,100`,
    ]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([
      ['Phòng THADS khu vực 1', '300', '230', '76.67'],
      ['Phòng THADS khu vực 2', '120', '100', '83.33'],
      ['TOTAL', '420', '330', '78.57'],
    ]);
  });
});
