// Round 52a, 03: offices under a section's title without figures, "Địa bàn 1", "Địa bàn số 1",
// "Khu vực phía Bắc", closed by a "Cộng" row, were refused NOT_AN_OFFICE ("a title … that is no
// section, level or group of offices") where "Khu vực 1" was read. An area by a number or a name,
// a region by its direction, names a group of offices (row-labels.ts namesGroup). Both readers.
import { describe, expect, it } from 'vitest';
import { headsOffices, namesGroup, rowLabel } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-region-titles-', ['--format', 'csv']);

const HEADER = 'STT,Đơn vị,Có điều kiện,Giải quyết xong';
const VB = 'Chi cục THADS huyện Vụ Bản';
const ML = 'Chi cục THADS huyện Mỹ Lộc';
const one = (title: string, sum = '300,240') => [HEADER, `I,${title},,`, `1,${VB},100,90`, `2,${ML},200,150`, `,Cộng,${sum}`];

/** district, with conditions, resolved, rate */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[1], c[9], c[18], c[20]].join(' ');
  });
}
// Vụ Bản 90/100 = 90.00 %, Mỹ Lộc 150/200 = 75.00 %, total 240/300 = 80.00 %
const READ = [`${VB} 100 90 90.00`, `${ML} 200 150 75.00`, 'TOTAL 300 240 80.00'];

describe('a region\'s or an area\'s title names a group of offices', () => {
  it.each(['Khu vực 1', 'Vùng 1', 'Địa bàn 1', 'Địa bàn số 1', 'Địa bàn phía Bắc', 'Địa bàn Nam Định', 'Khu vực phía Bắc', 'Khu vực phía Nam', 'Vùng miền núi', 'Miền ven biển', 'Khu vực trung tâm'])('%s', (t) => {
    expect(namesGroup(t, 2019)).toBe(true);
    expect(headsOffices(rowLabel(t), t, 2019)).toBe(true);
  });
  // one office's area, a person, an office: no group
  it.each(['Địa bàn huyện Vụ Bản', 'Địa bàn Chi cục THADS huyện Vụ Bản', 'Nguyễn Văn An', VB, 'Khu vực phía Tây Bắc Bộ xa', 'Miền 1'])('%s: none', (t) => {
    expect(namesGroup(t, 2019)).toBe(false);
  });
});

describe('offices under such a title, closed by its "Cộng" (52a, 03)', () => {
  it.each(['Địa bàn 1', 'Địa bàn số 1', 'Khu vực phía Bắc', 'Vùng miền núi', 'Miền ven biển', 'Khu vực 1'])('"%s": 2 offices, 300/240', async (title) => {
    const r = await both('s-viec-2019.csv', one(title));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(r.stderr).toBe('');
  });

  it('two sections, "Khu vực phía Bắc" and "Khu vực phía Nam", each with its "Cộng", under "Tổng cộng"', async () => {
    const r = await both('s-viec-2019.csv', [HEADER, 'I,Khu vực phía Bắc,,', `1,${VB},100,90`, ',Cộng,100,90', 'II,Khu vực phía Nam,,', `1,${ML},200,150`, ',Cộng,200,150', ',Tổng cộng,300,240']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('a "Cộng" that is not its offices\' sum is refused', async () => {
    const r = await both('s-viec-2019.csv', one('Địa bàn 1', '301,240'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:5:3: error: declared total "Cộng" has cases with conditions 301, but the office rows add up to 300 [DECLARED_TOTAL_MISMATCH]');
  });

  it('one office\'s area ("Địa bàn huyện Vụ Bản") over numbered rows stays refused', async () => {
    const r = await both('s-viec-2019.csv', one('Địa bàn huyện Vụ Bản'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`FILE:3:1: error: "${VB}" (numbered "1") is a line under "Địa bàn huyện Vụ Bản" (line 2), a title without figures that is no section, level or group of offices`);
    expect(r.stderr).toContain('[NOT_AN_OFFICE]');
  });
});
