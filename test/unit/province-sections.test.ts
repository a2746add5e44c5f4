// A national file by province sections, each section's row with its subtotal ("I | Cục THADS
// tỉnh Gia Lai | 300 | 230") over its own "khu vực 1", "khu vực 2" (round 22, finding 02): the
// offices are that province's, so two provinces' khu vực 1 stay two. Both readers.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { bareName } from '../../src/domain/office-names.js';

const { both } = bothReaders('thads-province-sections-', ['--format', 'csv']);

const FILE = [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025',
  'STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ',
  'I,Cục THADS tỉnh Gia Lai,300,230,0',
  '1,Phòng THADS khu vực 1,100,80,0',
  '2,Phòng THADS khu vực 2,200,150,0',
  'II,Cục THADS tỉnh Đắk Lắk,700,550,0',
  '1,Phòng THADS khu vực 1,300,250,0',
  '2,Phòng THADS khu vực 2,400,300,0',
];

/** Each office in its province: 80/100 = 80.00 %, 150/200 = 75.00 %, 250/300 = 83.33 %, 300/400 = 75.00 %. */
const BY_PROVINCE = [
  'Gia Lai Phòng THADS khu vực 1 100 80 80.00 2',
  'Gia Lai Phòng THADS khu vực 2 200 150 75.00 3',
  'Đắk Lắk Phòng THADS khu vực 1 300 250 83.33 1',
  'Đắk Lắk Phòng THADS khu vực 2 400 300 75.00 3',
  ' TOTAL 1000 780 78.00 ',
];

/** province, office, with conditions, resolved, rate, rank */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[0], c[1], c[9], c[18], c[20], c[26]].join(' ');
  });
}

describe('province sections with their subtotals', () => {
  it('give their province to the offices under them', async () => {
    const r = await both('toan-quoc-viec-2025.csv', FILE);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual(BY_PROVINCE);
  });

  it('also under a province column left empty (a national template; round 23, 90: two provinces\' khu vực 1 were one office)', async () => {
    const withColumn = FILE.map((l, i) => (i === 0 ? l : l.replace(/^([^,]*),/, '$1,,'))).map((l) => l.replace('STT,,Đơn vị', 'STT,Tỉnh,Đơn vị'));
    const r = await both('toan-quoc-viec-2025.csv', withColumn);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(BY_PROVINCE);
  });

  it('a section\'s subtotal is still checked against its offices', async () => {
    const wrong = FILE.map((l) => (l.startsWith('I,') ? 'I,Cục THADS tỉnh Gia Lai,310,230,0' : l));
    const r = await both('toan-quoc-viec-2025.csv', wrong);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });
});

describe('a Roman row that is an office among offices (round 23, finding 01)', () => {
  it.each([
    ['Cấp tỉnh / Cấp huyện', ['STT,Đơn vị,Có điều kiện,Giải quyết xong', 'I,Cục THADS tỉnh Gia Lai,100,80', 'II,Các Chi cục THADS,500,400', '1,Chi cục THADS thành phố Pleiku,200,150', '2,Chi cục THADS huyện Chư Sê,300,250', ',Tổng cộng,600,480']],
    ['offices numbered I, II, III', ['STT,Đơn vị,Có điều kiện,Giải quyết xong', 'I,Cục THADS tỉnh Gia Lai,100,80', 'II,Chi cục THADS thành phố Pleiku,200,150', 'III,Chi cục THADS huyện Chư Sê,300,250']],
  ])('%s: takes no province of its own name, so no province group of its figures alone', async (_, lines) => {
    const r = await both('bao-cao-viec-2019.csv', lines, ['--format', 'csv', '--by', 'province']);
    expect(r.code).toBe(0);
    // one group of every office (600/480), never "Gia Lai" 100/80 beside "" 500/400
    expect(r.stdout.trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 2).concat(l.split(',')[9]!, l.split(',')[18]!).join(' '))).toEqual(['  600 480', ' TOTAL 600 480']);
  });
});

describe('a Phòng written with its number zero-padded or in Roman figures (round 22, finding 01)', () => {
  it.each([['Phòng THADS khu vực 02'], ['Phòng THADS KV02'], ['Phòng THADS khu vực số II'], ['PTHADS KV 002']])('%s is khu vực 2', (name) => {
    expect(bareName(name)).toBe('khu vực 2');
  });
});
