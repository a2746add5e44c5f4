// 2020 against 2019 (tester 68c, 03): the rate change crosses TT 06/2019, where postponed and
// suspended cases left "có điều kiện" (SPEC §2), and was printed with no word. The figures are
// kept (official reports compare them too) and one warning says the change compares two
// definitions (REGIME_CHANGED). TT 05/2024 and 05/2026 kept the definition: no warning there.
// Expected figures by hand.
import { describe, expect, it } from 'vitest';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write } = bothReaders('thads-regime-change-warning-', []);

const Y2019 = [
  'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019',
  'STT,Đơn vị,Tổng số phải thi hành,"Có điều kiện (kể cả hoãn, tạm đình chỉ)",Thi hành xong,Đình chỉ,Đang thi hành,Hoãn,Tạm đình chỉ,Trường hợp khác,Chưa có điều kiện',
  '1,Thành phố Nam Định,714,608,545,37,15,2,1,8,106',
  '2,Mỹ Lộc,694,586,520,13,31,5,2,15,108',
  'Tổng cộng,,1408,1194,1065,50,46,7,3,23,214',
];
const Y2020 = [
  'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2020',
  'STT,Đơn vị,Tổng số phải thi hành,"Có điều kiện (không kể hoãn, tạm đình chỉ)",Thi hành xong,Đình chỉ,Đang thi hành,Trường hợp khác,Chưa có điều kiện,"Hoãn, tạm đình chỉ"',
  '1,Thành phố Nam Định,714,605,545,37,15,8,106,3',
  '2,Mỹ Lộc,694,579,520,13,31,15,108,7',
  'Tổng cộng,,1408,1184,1065,50,46,23,214,10',
];

const WARNING =
  'thads: warning: the rate change on 2019 compares figures of two definitions of "with conditions" (có điều kiện), its denominator, for postponed and suspended cases: statistics years up to 2019 count them in, statistics years from 2020 leave them out (TT 06/2019); the change is partly the definition\'s [REGIME_CHANGED]';

/** A plain office file of cases: "office,with conditions,resolved" rows. */
const plain = (rows: readonly string[]) => ['Đơn vị,Có điều kiện,Giải quyết xong', ...rows];
/** "district rate rate_change" of each row. */
const rates = (rows: Record<string, string>[]) => rows.map((r) => [r.district, r.cases_rate, r.cases_rate_change].join(' '));

describe('a rate change across TT 06/2019', () => {
  it('2020 against 2019: the figures kept, one REGIME_CHANGED warning, exit 0', async () => {
    const r = await summarizeCsvRows(dir, [write('nam-dinh-viec-2020.csv', Y2020)], ['--by', 'district', '--previous', write('nam-dinh-viec-2019.csv', Y2019)]);
    expect(r.code).toBe(0);
    // resolved = thi hành xong + đình chỉ: 545 + 37 = 582, 520 + 13 = 533, 1065 + 50 = 1115
    // 2020: 582/605 = 96.198, 533/579 = 92.055, 1115/1184 = 94.172
    // 2019: 582/608 = 95.724, 533/586 = 90.956, 1115/1194 = 93.384
    // changes: 0.475 → 0.47, 1.100 → 1.10, 0.789 → 0.79
    expect(rates(r.rows)).toEqual(['Thành phố Nam Định 96.20 0.47', 'Mỹ Lộc 92.06 1.10', 'TOTAL 94.17 0.79']);
    expect(r.stderr.split('\n').filter((l) => l.includes('REGIME_CHANGED'))).toEqual([WARNING]);
    expect(r.stderr).toContain('hint: the figures are kept as the reports give them (official reports compare them too)');
  });

  it('plain files named by year say it too: 2020 against 2019', async () => {
    // 2020: 90/100 = 90.00; 2019: 80/100 = 80.00; change 10.00
    const r = await summarizeCsvRows(dir, [write('viec-2020.csv', plain(['Mỹ Lộc,100,90']))], ['--previous', write('viec-2019.csv', plain(['Mỹ Lộc,100,80']))]);
    expect(r.code).toBe(0);
    expect(rates(r.rows)).toEqual(['Mỹ Lộc 90.00 10.00', 'TOTAL 90.00 10.00']);
    expect(r.stderr).toContain(WARNING);
  });

  it.each([
    ['2021', '2020'],
    ['2019', '2018'],
    ['2025', '2024'],
    ['2026', '2025'],
  ])('control: %s against %s (one definition): no warning', async (now, before) => {
    // now: 90/100 = 90.00; before: 80/100 = 80.00; change 10.00
    const r = await summarizeCsvRows(dir, [write(`viec-${now}.csv`, plain(['Mỹ Lộc,100,90']))], ['--previous', write(`viec-${before}.csv`, plain(['Mỹ Lộc,100,80']))]);
    expect(r.code).toBe(0);
    expect(rates(r.rows)).toEqual(['Mỹ Lộc 90.00 10.00', 'TOTAL 90.00 10.00']);
    expect(r.stderr).not.toContain('REGIME_CHANGED');
  });

  it('control: no --previous, no warning', async () => {
    const r = await summarizeCsvRows(dir, [write('nam-dinh-viec-2020.csv', Y2020)], ['--by', 'district']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('REGIME_CHANGED');
  });

  it('--strict: the warning is an error (exit 1, nothing printed)', async () => {
    const r = await summarizeCsvRows(dir, [write('viec-2020.csv', plain(['Mỹ Lộc,100,90']))], ['--strict', '--previous', write('viec-2019.csv', plain(['Mỹ Lộc,100,80']))]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error: the rate change on 2019 compares figures of two definitions');
  });
});
