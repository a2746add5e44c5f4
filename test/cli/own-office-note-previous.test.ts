// traps41 1, across years: the province's own office named with its level's or office's words in
// brackets, "Cục THADS tỉnh Nam Định (cấp tỉnh)", "… (Văn phòng)", "Thi hành án dân sự tỉnh Phú
// Thọ (cấp tỉnh)", is read as the own office within its file, but --previous naming it without
// them (or the reverse) compared it with nothing, and the totals not at all ("different offices",
// ONE_YEAR_ONLY). The bracket says what the name alone says in its province's table: one office.
//
// Hand figures (thụ lý / có điều kiện / giải quyết xong):
//   this year  own 150 / 100 / 90 (90.00 %), office 1 600 / 400 / 300 (75.00 %), office 2 700 / 500 / 410 (82.00 %);
//              total 1450 / 1000 / 800 (80.00 %)
//   last year  own 120 / 50 / 40 (80.00 %), office 1 500 / 350 / 250 (71.428… %), office 2 600 / 400 / 310 (77.50 %);
//              total 1220 / 800 / 600 (75.00 %)
//   changes    own +30, 90 − 80 = 10.00 pp; office 1 +100, 75 − 71.428… = 3.57 pp; office 2 +100,
//              82 − 77.5 = 4.50 pp; total 1450 − 1220 = 230, 80 − 75 = 5.00 pp
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { csvColumns } from '../helpers/key-rows.js';

const { both, write } = bothReaders('thads-own-note-prev-', ['--format', 'csv']);
const HEAD = 'STT,Đơn vị,Tổng số việc thụ lý,Việc có điều kiện,Việc giải quyết xong';
const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_total', 'cases_rate', 'cases_total_change', 'cases_rate_change']);

interface Province {
  readonly title: string;
  readonly lower: string;
  readonly offices: readonly [string, string];
  readonly years: readonly [now: number, before: number];
}

const NAM_DINH: Province = { title: 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', lower: 'Cấp huyện', offices: ['Chi cục THADS huyện Mỹ Lộc', 'Chi cục THADS huyện Vụ Bản'], years: [2024, 2023] };
const PHU_THO: Province = { title: 'THI HÀNH ÁN DÂN SỰ TỈNH PHÚ THỌ', lower: 'Cấp khu vực', offices: ['Phòng THADS khu vực 1', 'Phòng THADS khu vực 2'], years: [2026, 2025] };

const thisYear = (p: Province, own: string) => [`${p.title},,,,`, HEAD, ',Tổng cộng,1450,1000,800', ',Cấp tỉnh,150,100,90', `,${p.lower},1300,900,710`, `1,${own},150,100,90`, `2,${p.offices[0]},600,400,300`, `3,${p.offices[1]},700,500,410`];
const lastYear = (p: Province, own: string) => [`${p.title},,,,`, HEAD, ',Tổng cộng,1220,800,600', ',Cấp tỉnh,120,50,40', `,${p.lower},1100,750,560`, `1,${own},120,50,40`, `2,${p.offices[0]},500,350,250`, `3,${p.offices[1]},600,400,310`];

async function pair(p: Province, now: string, before: string) {
  const previous = write(`bao-cao-${p.years[1]}.csv`, lastYear(p, before));
  return both(`bao-cao-${p.years[0]}.csv`, thisYear(p, now), ['--format', 'csv', '--previous', previous]);
}

describe('the own office with its note in one year, without it in the other', () => {
  it.each([
    ['Nam Định', 'Cục THADS tỉnh Nam Định (cấp tỉnh)', 'Cục THADS tỉnh Nam Định'],
    ['Nam Định', 'Cục THADS tỉnh Nam Định', 'Cục THADS tỉnh Nam Định (cấp tỉnh)'],
    ['Nam Định', 'Cục THADS tỉnh Nam Định (Văn phòng)', 'Cục THADS tỉnh Nam Định'],
    ['Nam Định', 'Cục THADS tỉnh Nam Định', 'Cục THADS tỉnh Nam Định (Văn phòng)'],
    ['Phú Thọ', 'Thi hành án dân sự tỉnh Phú Thọ (cấp tỉnh)', 'Thi hành án dân sự tỉnh Phú Thọ'],
    ['Phú Thọ', 'Thi hành án dân sự tỉnh Phú Thọ', 'Thi hành án dân sự tỉnh Phú Thọ (cấp tỉnh)'],
  ])('%s: "%s" this year is last year\'s "%s" (own +30, 10.00 pp; total +230, 5.00 pp)', async (province, now, before) => {
    const p = province === 'Nam Định' ? NAM_DINH : PHU_THO;
    const r = await pair(p, now, before);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('ONE_YEAR_ONLY');
    expect(rows(r.stdout)).toEqual([`${now}|150|90.00|30|10.00`, `${p.offices[0]}|600|75.00|100|3.57`, `${p.offices[1]}|700|82.00|100|4.50`, 'TOTAL|1450|80.00|230|5.00']);
  });

  it('last year without the own office: it is compared with nothing, as before', async () => {
    const previous = write('bao-cao-2023.csv', [`${NAM_DINH.title},,,,`, HEAD, ',Tổng cộng,1100,750,560', `1,${NAM_DINH.offices[0]},500,350,250`, `2,${NAM_DINH.offices[1]},600,400,310`]);
    const r = await both('bao-cao-2024.csv', thisYear(NAM_DINH, 'Cục THADS tỉnh Nam Định (cấp tỉnh)'), ['--format', 'csv', '--previous', previous]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('ONE_YEAR_ONLY');
    expect(rows(r.stdout)[0]).toBe('Cục THADS tỉnh Nam Định (cấp tỉnh)|150|90.00||');
  });
});

describe('the own office with and without its note in two files of one year', () => {
  it('is one office given twice: refused, never added (was summed: 1400 with it counted twice)', async () => {
    const other = write('y-yen-2024.csv', ['Đơn vị,Việc có điều kiện,Việc giải quyết xong', 'Cục THADS tỉnh Nam Định,100,90', 'Chi cục THADS huyện Ý Yên,300,200']);
    const r = await both('bao-cao-2024.csv', thisYear(NAM_DINH, 'Cục THADS tỉnh Nam Định (cấp tỉnh)'), ['--format', 'csv', other]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });
});
