// A note under a table without a total that counts some of the offices' cases or money, typed
// with its figures in the office's columns: "Số việc chuyển sổ theo dõi riêng | 20", "Việc có giá
// trị trên 1 tỷ đồng | 20 | 10" (session 61's open item: each added as an office, 340 / 250
// cases instead of 300 / 240, exit 0). No office is named "Số việc …" or "Việc …": refused at its
// name, through both readers. Hand sums of the offices: 100 + 200 = 300 with conditions,
// 90 + 150 = 240 resolved, 240 / 300 = 80.00 %.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-count-note-', ['--format', 'csv', '--year', '2019']);

const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const OFFICES = [HEADER, '1,Chi cục THADS huyện Mỹ Lộc,100,90', '2,Chi cục THADS huyện Vụ Bản,200,150'];

function casesTotal(stdout: string): string[] {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const total = body.find((row) => row[head!.indexOf('district')] === 'TOTAL')!;
  return ['cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => total[head!.indexOf(k)]!);
}

describe('a note counting some of the offices\' cases, with figures, under a table without a total', () => {
  // (under an STT column, an unnumbered row under an office is read as its part and refused as
  // such, OFFICE_SUBTOTAL_MISMATCH: already no silent sum)
  const NO_STT = ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Chi cục THADS huyện Mỹ Lộc,100,90', 'Chi cục THADS huyện Vụ Bản,200,150'];
  it.each([
    ['Số việc chuyển sổ theo dõi riêng', 'Số việc chuyển sổ theo dõi riêng,20,'],
    ['Việc có giá trị trên 1 tỷ đồng', 'Việc có giá trị trên 1 tỷ đồng,20,10'],
    ['Số tiền phải thu cho ngân sách', 'Số tiền phải thu cho ngân sách,20,10'],
    ['So viec tren 1 ty', 'So viec tren 1 ty,20,10'],
  ])('without an STT column, "%s" is refused at its name, never added', async (name, line) => {
    const r = await both('bao-cao.csv', [...NO_STT, line]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:4:1: error: "${name}" holds a count of some of the offices' cases or money (a note on the table), no office's figures: it would be added as an office [NOT_AN_OFFICE]`);
  });

  it.each([
    ['SỐ VIỆC CÓ ĐƠN YÊU CẦU', '3,SỐ VIỆC CÓ ĐƠN YÊU CẦU,20,10'],
    ['Số vụ việc trên 1 tỷ đồng', '3,Số vụ việc trên 1 tỷ đồng,20,10'],
  ])('numbered as an office, "%s" is refused at its name', async (name, line) => {
    const r = await both('bao-cao.csv', [...OFFICES, line]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:4:2: error: "${name}" holds a count of some of the offices' cases or money (a note on the table), no office's figures: it would be added as an office [NOT_AN_OFFICE]`);
  });

  it('offices whose names begin with "Tiền" or a number\'s word stay offices (300 / 240)', async () => {
    const r = await both('bao-cao.csv', [HEADER, '1,Tiền Hải,100,90', '2,Sơn Tây,200,150']);
    expect(r.code).toBe(0);
    expect(casesTotal(r.stdout)).toEqual(['300', '240', '80.00']);
  });

  it('without the note the same table sums (300 / 240, 80.00 %)', async () => {
    const r = await both('bao-cao.csv', OFFICES);
    expect(r.code).toBe(0);
    expect(casesTotal(r.stdout)).toEqual(['300', '240', '80.00']);
  });
});
