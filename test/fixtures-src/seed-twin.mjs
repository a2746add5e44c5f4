// The canonical twin fixtures/2019.csv as the fixture generators see it, written out by hand
// and deliberately independent of src/ (labels, number formatting and unit conversion), so a
// test comparing a fixture with its twin checks the reader against a second implementation.
// Shared by make-real-world.mjs and make-xlsx.mjs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const [headerLine, ...dataLines] = readFileSync(join(ROOT, 'fixtures', '2019.csv'), 'utf8').trim().split('\n');
export const COLUMNS = headerLine.split(',');
export const ROWS = dataLines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [COLUMNS[i], v])));

export const FIELDS = ['carried_over', 'new', 'total', 'delegated', 'withdrawn', 'to_execute', 'with_conditions', 'completed', 'terminated', 'reduced', 'in_progress', 'postponed', 'suspended', 'other', 'without_conditions', 'resolved', 'carried_forward'];
export const CASE_FIELDS = FIELDS.filter((f) => f !== 'reduced');

// Labels as printed on the THADS forms (plain, without the measure).
export const VI = {
  carried_over: 'Năm trước chuyển sang',
  new: 'Thụ lý mới',
  total: 'Tổng số thụ lý',
  delegated: 'Ủy thác',
  withdrawn: 'Thu hồi, hủy quyết định',
  to_execute: 'Tổng số phải thi hành',
  with_conditions: 'Có điều kiện',
  completed: 'Thi hành xong',
  terminated: 'Đình chỉ',
  reduced: 'Giảm thi hành án',
  in_progress: 'Đang thi hành',
  postponed: 'Hoãn',
  suspended: 'Tạm đình chỉ',
  other: 'Trường hợp khác',
  without_conditions: 'Chưa có điều kiện',
  resolved: 'Giải quyết xong',
  carried_forward: 'Chuyển kỳ sau',
};
export const lower1 = (s) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** "16201577487.5" in đồng → "16201577.4875" in nghìn đồng (decimal point moved 3 left). */
export function toThousand(plain) {
  const [int, frac = ''] = plain.split('.');
  const padded = int.padStart(4, '0');
  const newInt = padded.slice(0, -3).replace(/^0+(?=\d)/, '');
  const newFrac = (padded.slice(-3) + frac).replace(/0+$/, '');
  return newFrac ? `${newInt}.${newFrac}` : newInt;
}
