// traps41 1: the province's own office named with its level's words in brackets after it, "Thi
// hành án dân sự tỉnh Phú Thọ (cấp tỉnh)", "Cục THADS tỉnh Nam Định (cấp tỉnh)", under the
// summary's "Cấp tỉnh" line, was counted as a second office beside that line (DECLARED_TOTAL_MISMATCH:
// "the office rows add up to 1100", "Cấp khu vực … rows above it add up to 100"). The bracket says
// what the plain name says: the own office, as "Văn phòng Cục (cấp tỉnh)" already was.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes } from '../helpers/lines-workbook.js';
import { csvColumns } from '../helpers/key-rows.js';

const { both } = bothReaders('thads-own-level-note-', ['--format', 'csv']);
const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);
const HEAD = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';

describe('the own office\'s name followed by "(cấp tỉnh)"', () => {
  it('Phú Thọ 2025: 100 + 400 + 500 = 1.000, 90 + 300 + 410 = 800, 80.00 % (was DECLARED_TOTAL_MISMATCH)', async () => {
    const r = await both('phu-tho-2025.csv', ['THI HÀNH ÁN DÂN SỰ TỈNH PHÚ THỌ,,,', HEAD, ',Tổng cộng,1000,800', ',Cấp tỉnh,100,90', ',Cấp khu vực,900,710', '1,Thi hành án dân sự tỉnh Phú Thọ (cấp tỉnh),100,90', '2,Phòng THADS khu vực 1,400,300', '3,Phòng THADS khu vực 2,500,410']);
    expect(r.code, r.stderr).toBe(0);
    // 90/100 = 90.00 %; 300/400 = 75.00 %; 410/500 = 82.00 %; 800/1000 = 80.00 %
    expect(rows(r.stdout)).toEqual(['Thi hành án dân sự tỉnh Phú Thọ (cấp tỉnh)|100|90|90.00', 'Phòng THADS khu vực 1|400|300|75.00', 'Phòng THADS khu vực 2|500|410|82.00', 'TOTAL|1000|800|80.00']);
  });

  it('Nam Định 2021, "Cục THADS tỉnh Nam Định (cấp tỉnh)": 100 + 400 + 500 = 1.000, 800, 80.00 %', async () => {
    const r = await both('nam-dinh-2021.csv', ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,', HEAD, ',Toàn tỉnh,1000,800', ',Cấp tỉnh,100,90', ',Cấp huyện,900,710', '1,Cục THADS tỉnh Nam Định (cấp tỉnh),100,90', '2,Mỹ Lộc,400,300', '3,Vụ Bản,500,410']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).at(-1)).toBe('TOTAL|1000|800|80.00');
  });

  it('its figures other than the "Cấp tỉnh" line\'s: still refused', async () => {
    // own office 120 against its line's 100: 120 + 400 + 500 = 1.020 ≠ 1.000
    const r = await both('phu-tho-2025.csv', ['THI HÀNH ÁN DÂN SỰ TỈNH PHÚ THỌ,,,', HEAD, ',Tổng cộng,1000,800', ',Cấp tỉnh,100,90', ',Cấp khu vực,900,710', '1,Thi hành án dân sự tỉnh Phú Thọ (cấp tỉnh),120,90', '2,Phòng THADS khu vực 1,400,300', '3,Phòng THADS khu vực 2,500,410']);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('DECLARED_TOTAL_MISMATCH');
  });
});
