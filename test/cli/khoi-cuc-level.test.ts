// traps41 2: "I | Khối Cục" with figures and no rows of its own before "II | Khối Chi cục" is the
// Cục's own level, its own office's figures, as "Khối tỉnh", "Cấp tỉnh", "Cơ quan Cục" are there;
// it was a section summing the Chi cục below it and refused (DECLARED_TOTAL_MISMATCH: "rows below it
// add up to 900"). So is "Khối Văn phòng Cục". Heading its own rows it is still their subtotal.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes } from '../helpers/lines-workbook.js';
import { csvColumns } from '../helpers/key-rows.js';

const { both } = bothReaders('thads-khoi-cuc-', ['--format', 'csv']);
const rows = (stdout: string) => csvColumns(stdout, ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate']);
const HEAD = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const CHI_CUC = ['II,Khối Chi cục,900,710', '1,Mỹ Lộc,400,300', '2,Vụ Bản,500,410'];

describe('"Khối Cục" with figures, no rows of its own', () => {
  it.each(['Khối Cục', 'Khối Văn phòng Cục'])('"I | %s | 100 | 90": 100 + 400 + 500 = 1.000, 90 + 300 + 410 = 800, 80.00 % (was DECLARED_TOTAL_MISMATCH)', async (label) => {
    const r = await both('khoi-cuc-2021.csv', [HEAD, ',Tổng cộng,1000,800', `I,${label},100,90`, ...CHI_CUC]);
    expect(r.code, r.stderr).toBe(0);
    // 300/400 = 75.00 %; 410/500 = 82.00 %; 90/100 = 90.00 %; 800/1000 = 80.00 %
    expect(rows(r.stdout)).toEqual(['Mỹ Lộc|400|300|75.00', 'Vụ Bản|500|410|82.00', `${label}|100|90|90.00`, 'TOTAL|1000|800|80.00']);
  });

  it('under a title, no "Tổng cộng": 1.000 / 800, 80.00 %', async () => {
    const r = await both('khoi-cuc-2021.csv', ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,', HEAD, 'I,Khối Cục,100,90', ...CHI_CUC]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).at(-1)).toBe('TOTAL|1000|800|80.00');
  });

  it('a "Tổng cộng" its levels do not make: still refused', async () => {
    // 100 + 900 = 1.000 ≠ 1.100
    const r = await both('khoi-cuc-2021.csv', [HEAD, ',Tổng cộng,1100,800', 'I,Khối Cục,100,90', ...CHI_CUC]);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('DECLARED_TOTAL_MISMATCH');
  });

  it('heading its own rows, figures not theirs: still refused', async () => {
    // Văn phòng Cục 120 under "Khối Cục" 100
    const r = await both('khoi-cuc-2021.csv', [HEAD, 'I,Khối Cục,100,90', '1,Văn phòng Cục,120,90', ...CHI_CUC]);
    expect(r.code, r.stderr).toBe(1);
    expect(stderrCodes(r.stderr)).toContain('DECLARED_TOTAL_MISMATCH');
  });
});
