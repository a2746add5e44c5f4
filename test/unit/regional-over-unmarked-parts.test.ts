// A 2025 report listing an unnumbered "Phòng THADS khu vực N" row over its former Chi cục rows,
// unmarked: the khu vực's row equal to the rows right below it is their subtotal, and added as
// an office it doubled the total with only a warning (exit 0). Now refused, as a province's row
// over its offices is, whatever the number of agreeing figures; --no-total-guess keeps the old reading.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-regional-over-', ['--format', 'csv']);

const TITLE = ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI;;;', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2025;;;', 'Đơn vị;Tổng số thụ lý;Có điều kiện thi hành;Giải quyết xong'];
// KV1 1200/1000/900 = A 500/400/360 + B 700/600/540; KV2 800/700/630 = C 800/700/630.
const DOUBLED = [...TITLE, 'Phòng THADS khu vực 1;1.200;1.000;900', 'Chi cục THADS huyện A;500;400;360', 'Chi cục THADS huyện B;700;600;540', 'Phòng THADS khu vực 2;800;700;630', 'Chi cục THADS huyện C;800;700;630'];

describe('a khu vực row equal to the Chi cục rows below it (2025)', () => {
  it('is refused at its line, not added beside them (was 4000/3400/3060, exit 0)', async () => {
    const r = await both('gia-lai-2025.csv', DOUBLED);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4: error: line 4 "Phòng THADS khu vực 1" looks like a subtotal row: its figures equal the sum of lines 5–6 below it; added as an office it would count them twice [SUSPECTED_TOTAL_ROW]');
  });

  it('--no-total-guess counts it as an office, with the warning (the documented way out)', async () => {
    const r = await both('gia-lai-2025.csv', DOUBLED, ['--format', 'csv', '--no-total-guess', '--by', 'none']);
    expect(r.code).toBe(0);
    // 1200 + 500 + 700 + 800 + 800 = 4000; 1000 + 400 + 600 + 700 + 700 = 3400
    expect(r.stdout.split('\n')[1]).toMatch(/^,TOTAL,2025,,,4000,,,,3400,/);
    expect(r.stderr).toContain('warning: line 4 "Phòng THADS khu vực 1" looks like a subtotal row');
  });

  it('a khu vực listed beside Chi cục rows that do not add up to it stays an office (nine months beside three)', async () => {
    // KV1 300/250/200 (from 1/7/2025) beside A 500/400/360 and B 700/600/540 (before): 1500/1250/1100 in all.
    const lines = [...TITLE, 'Phòng THADS khu vực 1;300;250;200', 'Chi cục THADS huyện A;500;400;360', 'Chi cục THADS huyện B;700;600;540'];
    const r = await both('gia-lai-2025.csv', lines, ['--format', 'csv', '--by', 'none']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/^,TOTAL,2025,,,1500,,,,1250,,,,,,,,,1100,/);
  });

  it('an office of 2019 equal to the two rows below it, with three figures, stays a warning (chance is possible)', async () => {
    // (a fourth office below, so that Mỹ Lộc is not the sum of ALL the others: a total's rule)
    const lines = ['Đơn vị;Tổng số thụ lý;Có điều kiện thi hành;Giải quyết xong', 'Mỹ Lộc;1.200;1.000;900', 'Vụ Bản;500;400;360', 'Ý Yên;700;600;540', 'Nghĩa Hưng;300;250;200'];
    const r = await both('nam-dinh-viec-2019.csv', lines, ['--format', 'csv', '--by', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: line 2 "Mỹ Lộc" looks like a subtotal row');
  });
});
