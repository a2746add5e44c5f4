// Offices whose files give different fields add up by what each determines (round 21, findings
// 01 and 02): one gives "Thi hành xong" and "Đình chỉ", another "Thi hành xong" alone (resolved
// = completed there, SPEC §2), a third "Giải quyết xong" itself. Totals added by hand.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { write, both } = bothReaders('thads-mixed-fields-', []);

/** TOTAL: with conditions, resolved, rate */
function total(csv: string, keys = ['cases_with_conditions', 'cases_resolved', 'cases_rate']): string {
  const lines = csv.trim().split('\n');
  const head = lines[0]!.split(',');
  const row = lines[lines.length - 1]!.split(',');
  return keys.map((k) => row[head.indexOf(k)]).join(' ');
}

describe('files that give different fields', () => {
  it('resolved adds up what each office resolved (was completed alone: 1000 for 1030)', async () => {
    const other = write('kv2-viec-2025.csv', ['Đơn vị,Có điều kiện,Thi hành xong', 'Phòng THADS khu vực 2,500,400']);
    const r = await both('kv1-viec-2025.csv', ['Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ', 'Phòng THADS khu vực 1,700,570,60'], [other, '--by', 'none', '--format', 'csv']);
    expect(r.code).toBe(0);
    // 570 + 60 + 400 = 1030 of 1200: 85.83 %
    expect(total(r.stdout)).toBe('1200 1030 85.83');
  });

  it('resolved given by one file, its parts by the other (the total\'s resolved was empty)', async () => {
    const other = write('kv3-viec-2025.csv', ['Đơn vị,Có điều kiện,Giải quyết xong', 'Phòng THADS khu vực 3,500,430']);
    const r = await both('kv1-viec-2025.csv', ['Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ', 'Phòng THADS khu vực 1,700,540,60'], [other, '--format', 'csv']);
    expect(total(r.stdout)).toBe('1200 1030 85.83');
    // completed is known for one office only: unknown in the total, never a part-sum
    expect(total(r.stdout, ['cases_completed', 'cases_terminated'])).toBe(' ');
  });

  it('total given by one file, carried over and new by the other', async () => {
    const other = write('kv2-viec-2025.csv', ['Đơn vị,Tổng số thụ lý,Thụ lý mới,Có điều kiện,Giải quyết xong', 'Phòng THADS khu vực 2,800,500,500,430']);
    const r = await both('kv1-viec-2025.csv', ['Đơn vị,Năm trước chuyển sang,Thụ lý mới,Có điều kiện,Giải quyết xong', 'Phòng THADS khu vực 1,300,700,700,600'], [other, '--format', 'csv', '--by', 'none']);
    // carried over 300 + (800 − 500); new 700 + 500; total 1000 + 800
    expect(total(r.stdout, ['cases_carried_over', 'cases_new', 'cases_total'])).toBe('600 1200 1800');
  });
});
