// Hoãn and Tạm đình chỉ outside "Có điều kiện" (TT 06/2019, from 2020): the parts of deferred,
// summed into it, not of with_conditions. Inside the group, or up to 2019, they stay postponed
// and suspended. Both readers must say the same.
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';
import { bothReaders } from '../helpers/both-readers.js';

const { write, both } = bothReaders('thads-deferred-columns-', ['--format', 'csv']);

/** The TOTAL row's cells by column name. */
function total(stdout: string): Record<string, string> {
  const [head, ...rows] = stdout.trim().split('\n').map((l) => l.split(','));
  const row = rows.find((r) => r[1] === 'TOTAL')!;
  return Object.fromEntries(head!.map((h, i) => [h, row[i]!]));
}

const pick = (t: Record<string, string>, ...keys: string[]) => keys.map((k) => t[`cases_${k}`]);
const KEYS = ['to_execute', 'with_conditions', 'postponed', 'suspended', 'without_conditions', 'deferred'];

// finding 01: the two columns after "Chưa có điều kiện", the group cell over the breakdown only
const outside = (year: number) => [
  'CỤC THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI',
  `KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM ${year}`,
  'STT,Đơn vị,Tổng số thụ lý,,,Ủy thác,"Thu hồi, hủy quyết định",Tổng số phải thi hành,Có điều kiện thi hành,,,,,Chưa có điều kiện,Hoãn thi hành án,Tạm đình chỉ thi hành án',
  ',,Tổng số,Năm trước chuyển sang,Mới thụ lý,,,,Tổng số,Thi hành xong,Đình chỉ,Đang thi hành,Trường hợp khác,,,',
  '1,Chi cục THADS thành phố Pleiku,3010,1200,1810,10,0,3000,2300,1800,100,380,20,660,30,10',
  '2,Chi cục THADS thị xã An Khê,1005,400,605,5,0,1000,760,600,40,110,10,230,8,2',
];

describe('Hoãn and Tạm đình chỉ outside the có điều kiện group', () => {
  it('2021, after "Chưa có điều kiện": deferred = 38 + 12, and check finds no problem', async () => {
    const r = await both('tt06-viec-2021.csv', outside(2021));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 3000 = 2300 + 660 + 40 and 1000 = 760 + 230 + 10; 2300 = 1800 + 100 + 380 + 20
    expect(pick(total(r.stdout), ...KEYS)).toEqual(['4000', '3060', '', '', '890', '50']);
    const file = write('tt06-check-viec-2021.csv', outside(2021));
    const { io, stdout, stderr } = memoryIo(['check', file], { env: {} });
    expect(await main(io)).toBe(0);
    expect(stderr() + stdout()).toContain('no problems in 1 file');
  });

  it('2019, the same columns: postponed and suspended, parts of with_conditions, as before', async () => {
    const r = await both('tt01-viec-2019.csv', outside(2019));
    expect(r.code).toBe(0);
    expect(pick(total(r.stdout), ...KEYS)).toEqual(['4000', '3060', '38', '12', '890', '']);
    expect(r.stderr).toContain('FILE:5:9: warning: cases: with conditions 2300 < completed + terminated + in progress + postponed + suspended + other = 2340 [BREAKDOWN_EXCEEDS_WITH_CONDITIONS]');
  });

  it('2021, inside the group: postponed and suspended, as before', async () => {
    const r = await both('inside-viec-2021.csv', [
      'STT,Đơn vị,Tổng số phải thi hành,Có điều kiện thi hành,,,,,,,Chưa có điều kiện',
      ',,,Tổng số,Thi hành xong,Đình chỉ,Đang thi hành,Hoãn thi hành án,Tạm đình chỉ thi hành án,Trường hợp khác,',
      '1,Pleiku,3000,2340,1800,100,380,30,10,20,660',
      '2,An Khê,1000,770,600,40,110,8,2,10,230',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 4000 = 3110 + 890: nothing left for deferred
    expect(pick(total(r.stdout), ...KEYS)).toEqual(['4000', '3110', '38', '12', '890', '0']);
  });

  it('2021, a flat header: after "Chưa có điều kiện" they are deferred, before it postponed and suspended', async () => {
    const after = await both('flat-after-viec-2021.csv', [
      'STT,Đơn vị,Tổng số phải thi hành,Có điều kiện,Thi hành xong,Đình chỉ,Đang thi hành,Chưa có điều kiện,Hoãn,Tạm đình chỉ',
      '1,Pleiku,3000,2300,1800,100,400,660,30,10',
    ]);
    expect(after.code).toBe(0);
    expect(after.stderr).toBe('');
    expect(pick(total(after.stdout), ...KEYS)).toEqual(['3000', '2300', '', '', '660', '40']);
    const before = await both('flat-before-viec-2021.csv', [
      'STT,Đơn vị,Tổng số phải thi hành,Có điều kiện,Thi hành xong,Đình chỉ,Hoãn,Tạm đình chỉ,Đang thi hành,Chưa có điều kiện',
      '1,Pleiku,3000,2340,1800,100,30,10,400,660',
    ]);
    expect(before.code).toBe(0);
    expect(pick(total(before.stdout), ...KEYS)).toEqual(['3000', '2340', '30', '10', '660', '0']);
  });

  it('2021, a "Hoãn, tạm đình chỉ" group over "Hoãn | Tạm đình chỉ": its parts summed into deferred', async () => {
    const r = await both('group-viec-2021.csv', [
      'STT,Đơn vị,Tổng số phải thi hành,Có điều kiện thi hành,,,,Chưa có điều kiện,"Hoãn, tạm đình chỉ",',
      ',,,Tổng số,Thi hành xong,Đình chỉ,Đang thi hành,,Hoãn,Tạm đình chỉ',
      '1,Pleiku,3000,2300,1800,100,400,660,30,10',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(pick(total(r.stdout), ...KEYS)).toEqual(['3000', '2300', '', '', '660', '40']);
  });
});
