// A national file by Phòng THADS khu vực with a Tỉnh column, each province's block closed by its
// subtotal (round 32b, 02): "Tổng Gia Lai" read as Gia Lai's subtotal, as "Cộng tỉnh Gia Lai" is;
// the province's bare name below its block ("Quảng Ngãi", "Tỉnh Quảng Ngãi") only when it equals
// the block and another province's rows came before. Before: DECLARED_TOTAL_MISMATCH, "office rows
// add up to 5800".
import { describe, expect, it } from 'vitest';
import { labelInProvince, namesOwnProvince } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-province-subtotal-', ['--by', 'province', '--format', 'csv']);

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025';
const HEADER = 'STT,Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong';
const GIA_LAI = ['1,Gia Lai,Phòng THADS khu vực 1,1000,850', '2,Gia Lai,Phòng THADS khu vực 2,800,700'];
const QUANG_NGAI = ['1,Quảng Ngãi,Phòng THADS khu vực 1,600,500', '2,Quảng Ngãi,Phòng THADS khu vực 2,500,400'];

/** A file whose blocks close with `gl` and `qn` in the office cell (their figures: the blocks' sums). */
function national(gl: string, qn: string, qnFigures = '1100,900'): string[] {
  return [TITLE, HEADER, ...GIA_LAI, `,Gia Lai,${gl},1800,1550`, ...QUANG_NGAI, `,Quảng Ngãi,${qn},${qnFigures}`, ',,Tổng cộng,2900,2450'];
}

/** province (or district), with conditions, resolved, rate */
function rows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).map((l) => {
    const c = l.split(',');
    return [c[0] || c[1], c[9], c[18], c[20]].join(' ');
  });
}
// Gia Lai 1000 + 800 = 1800, 850 + 700 = 1550 (86.111… %); Quảng Ngãi 600 + 500 = 1100,
// 500 + 400 = 900 (81.818… %); total 2900 / 2450 = 84.482… %
const READ = ['Gia Lai 1800 1550 86.11', 'Quảng Ngãi 1100 900 81.82', 'TOTAL 2900 2450 84.48'];

describe('"Tổng <province>" closing its province\'s block', () => {
  it.each([
    ['Tổng Gia Lai', 'Tổng Quảng Ngãi'],
    ['Tổng tỉnh Gia Lai', 'Tổng tỉnh Quảng Ngãi'],
    ['Cộng Gia Lai', 'Tổng Quảng Ngãi'],
  ])('%s / %s: the provinces\' subtotals, checked and not added', async (gl, qn) => {
    const r = await both('tong-2025-viec.csv', national(gl, qn));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
    expect(r.stderr).not.toContain('SUSPECTED_TOTAL_ROW');
  });

  it('"Tổng Gia Lai" on a Quảng Ngãi row is no subtotal of Quảng Ngãi: added, and the total refuses it', async () => {
    const r = await both('tong-other-2025-viec.csv', national('Tổng Gia Lai', 'Tổng Gia Lai'));
    expect(r.code).toBe(1);
    // offices 1800 + 1100 + 1100 ("Tổng Gia Lai" of line 8 added) = 4000
    expect(r.stderr).toContain('FILE:9:4: error: declared total "Tổng cộng" has cases with conditions 2900, but the office rows add up to 4000; the difference is exactly line 8 "Tổng Gia Lai", counted as an office [DECLARED_TOTAL_MISMATCH]');
  });

  it('"Tổng số" stays the file\'s total', async () => {
    const lines = national('Tổng Gia Lai', 'Tổng Quảng Ngãi');
    lines[lines.length - 1] = ',,Tổng số,2900,2450';
    const r = await both('tong-so-2025-viec.csv', lines);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('under a province\'s title without figures (no Tỉnh column), "Tổng Gia Lai" is its subtotal', async () => {
    const r = await both('tong-title-2025-viec.csv', [
      TITLE, 'STT,Đơn vị,Có điều kiện,Giải quyết xong',
      'I,Cục THADS tỉnh Gia Lai,,', '1,Phòng THADS khu vực 1,1000,850', '2,Phòng THADS khu vực 2,800,700', ',Tổng Gia Lai,1800,1550',
      'II,Cục THADS tỉnh Quảng Ngãi,,', '1,Phòng THADS khu vực 1,600,500', '2,Phòng THADS khu vực 2,500,400', ',Tổng Quảng Ngãi,1100,900',
      ',Tổng cộng,2900,2450',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });
});

describe('the province\'s bare name below its block', () => {
  it.each([
    ['Cộng', 'Quảng Ngãi'],
    ['Tổng Gia Lai', 'Tỉnh Quảng Ngãi'],
    ['Cộng', 'Cục THADS tỉnh Quảng Ngãi'],
  ])('%s / %s equal to their blocks: their subtotals', async (gl, qn) => {
    const r = await both('bare-2025-viec.csv', national(gl, qn));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });

  it('the first province\'s block: no other province above it, so an office, and the total refuses it (as before)', async () => {
    const r = await both('bare-first-2025-viec.csv', national('Gia Lai', 'Quảng Ngãi'));
    expect(r.code).toBe(1);
    // "Gia Lai" of line 5 added; then "Quảng Ngãi" is no sum of the rows up to the file's top
    // either: 1000 + 800 + 1800 + 600 + 500 + 1100 = 5800, 850 + 700 + 1550 + 500 + 400 + 900 = 4900
    expect(r.stderr).toContain('FILE:9:4: error: declared total "Tổng cộng" has cases with conditions 2900, but the office rows add up to 5800 [DECLARED_TOTAL_MISMATCH]');
    expect(r.stderr).toContain('FILE:9:5: error: declared total "Tổng cộng" has cases resolved 2450, but the office rows add up to 4900 [DECLARED_TOTAL_MISMATCH]');
  });

  it('not equal to its block: an office of its own, and the total refuses it (as before)', async () => {
    const r = await both('bare-unequal-2025-viec.csv', national('Cộng', 'Quảng Ngãi', '1000,900'));
    expect(r.code).toBe(1);
    // offices 1800 + 1100 + 1000 = 3900; 1550 + 900 + 900 = 3350
    expect(r.stderr).toContain('FILE:9:4: error: declared total "Tổng cộng" has cases with conditions 2900, but the office rows add up to 3900; the difference is exactly line 8 "Quảng Ngãi", counted as an office [DECLARED_TOTAL_MISMATCH]');
    expect(r.stderr).toContain('FILE:9:5: error: declared total "Tổng cộng" has cases resolved 2450, but the office rows add up to 3350; the difference is exactly line 8 "Quảng Ngãi", counted as an office [DECLARED_TOTAL_MISMATCH]');
  });

  it('an office named as its province in a one-province file, unequal to the rows above: an office', async () => {
    const r = await both('one-province-2025-viec.csv', [TITLE, HEADER, ...GIA_LAI, ',Gia Lai,Gia Lai,300,250', ',,Tổng cộng,2100,1800'], ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // 1000 + 800 + 300 = 2100, 850 + 700 + 250 = 1800 (85.714… %)
    expect(rows(r.stdout)).toEqual(['Gia Lai 1000 850 85.00', 'Gia Lai 800 700 87.50', 'Gia Lai 300 250 83.33', 'TOTAL 2100 1800 85.71']);
  });

  it('numbered as a peer of the offices ("3"), equal to them: refused as a suspected total, as before', async () => {
    const r = await both('numbered-2025-viec.csv', [TITLE, HEADER, ...GIA_LAI, '3,Gia Lai,Gia Lai,1800,1550'], ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:5: error: line 5 "Gia Lai" looks like a total row: its figures equal the sum of all the other 2 rows; added as an office it would count them twice [SUSPECTED_TOTAL_ROW]');
  });

  it('Roman-numbered province rows above their blocks stay their subtotals (control)', async () => {
    const r = await both('roman-2025-viec.csv', [
      TITLE, HEADER, 'I,Gia Lai,Gia Lai,1800,1550', ...GIA_LAI, 'II,Quảng Ngãi,Quảng Ngãi,1100,900', ...QUANG_NGAI, ',,Tổng cộng,2900,2450',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(READ);
  });
});

describe('labelInProvince, namesOwnProvince', () => {
  it.each([
    ['Tổng Gia Lai', 'Gia Lai', 'section'],
    ['Tổng tỉnh Gia Lai', 'Gia Lai', 'section'],
    ['TỔNG GIA LAI', 'Gia Lai', 'section'],
    ['Tổng Gia Lai', 'Quảng Ngãi', 'office'],
    // (no province known: any province's subtotal, as "Cộng Gia Lai" is — province-total-below-offices.test.ts)
    ['Tổng Gia Lai', null, 'section'],
    ['Tổng Đội', null, 'office'],
    ['Tổng Đội', 'Gia Lai', 'office'],
    ['Gia Lai', 'Gia Lai', 'office'],
  ] as const)('%s in %s: %s', (text, province, label) => {
    expect(labelInProvince('office', text, province, 2025)).toBe(label);
  });

  it.each([
    ['Quảng Ngãi', 'Quảng Ngãi', true],
    ['Tỉnh Quảng Ngãi', 'Quảng Ngãi', true],
    ['Cục THADS tỉnh Quảng Ngãi', 'Quảng Ngãi', true],
    ['Thành phố Quảng Ngãi', 'Quảng Ngãi', false],
    ['Quảng Ngãi', 'Gia Lai', false],
    ['Phòng THADS khu vực 1', 'Gia Lai', false],
  ] as const)('%s in %s: %s', (text, province, own) => {
    expect(namesOwnProvince(text, province, 2025)).toBe(own);
  });
});
