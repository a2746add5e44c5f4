// A 2025 list of Gia Lai's district Chi cục, which ceased on 30/6/2025, beside the Phòng THADS
// khu vực that took their cases over on 1/7/2025, unmarked (traps23 1, 2). Pleiku: 500 carried
// over + 700 new, 1.000 with conditions, 800 resolved, 400 carried forward; Chư Păh: 300 + 200,
// 450, 350, 150; khu vực 1: carried over 550 (= 400 + 150, what the two carried forward), 100
// new, 600, 300, 350. Summed they gave carried over 1.350 and rate 1.450 / 2.050 = 70,73 %, exit
// 0; by hand the year is carried over 500 + 300 = 800, total 800 + 700 + 200 + 100 = 1.800,
// resolved 800 + 350 + 300 = 1.450, carried forward 350: the Chi cục's stock counted twice.
// Refused (SECOND_TABLE), as the same rows marked "(cũ)" are, also as a --previous file (2026's
// khu vực 1, 1.200 / 1.500 = 80 %, was compared with its 3 months of 2025, 300 / 600: +30,00).
// Controls: a 2025 list of the khu vực alone, a 2024 list of the Chi cục alone, a 9-month 2025
// report of the Chi cục to 30/6/2025, the province's own office beside the khu vực.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both, write } = bothReaders('thads-chi-cuc-handed-over-', ['--format', 'csv']);

const SENDER = 'THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI;;;;;;;';
const YEAR = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025;;;;;;;';
const DAYS = '(Từ ngày 01/10/2024 đến ngày 30/9/2025);;;;;;;';
const HEADER = 'STT;Đơn vị;Năm trước chuyển sang;Thụ lý mới;Tổng số phải thi hành;Có điều kiện;Giải quyết xong;Chuyển kỳ sau';
const PLEIKU = '1;Chi cục THADS thành phố Pleiku;500;700;1200;1000;800;400';
const CHU_PAH = '2;Chi cục THADS huyện Chư Păh;300;200;500;450;350;150';
const KV1 = '3;Phòng THADS khu vực 1;550;100;650;600;300;350';
const GIA_LAI_2025 = [SENDER, YEAR, DAYS, HEADER, PLEIKU, CHU_PAH, KV1, ';Tổng cộng;1350;1000;2350;2050;1450;900'];

/** The TOTAL row's carried over, total, with conditions, resolved, rate. */
function total(csv: string): string[] {
  const [head, ...rows] = csv.trim().split('\n').map((l) => l.split(','));
  const at = (k: string) => head!.indexOf(k);
  const row = rows.find((r) => r[at('district')] === 'TOTAL')!;
  return ['cases_carried_over', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate'].map((k) => row[at(k)]!);
}

describe('district Chi cục beside the khu vực that took their cases over, in a 2025 year-end list', () => {
  it('the finding\'s file: refused at the khu vực, naming the Chi cục and the 550 handed over', async () => {
    const r = await both('gia-lai-2025.csv', GIA_LAI_2025);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:7:2: error: lines 5, 6 ("Chi cục THADS thành phố Pleiku", "Chi cục THADS huyện Chư Păh", district offices, which ceased on 30/6/2025) carry forward 550 (cases), exactly what line 7 ("Phòng THADS khu vực 1", the unit since 1/7/2025) carries over');
    expect(r.stderr).toContain('[SECOND_TABLE]');
  });

  it('its notes column stating each row\'s period ("Từ 01/10/2024 đến 30/6/2025"): refused the same', async () => {
    const notes = [...GIA_LAI_2025.slice(0, 3), `${HEADER};Ghi chú`, `${PLEIKU};Từ 01/10/2024 đến 30/6/2025`, `${CHU_PAH};Từ 01/10/2024 đến 30/6/2025`, `${KV1};Từ 01/7/2025 đến 30/9/2025 (tiếp nhận từ Chi cục Pleiku, Chư Păh)`, ';Tổng cộng;1350;1000;2350;2050;1450;900;'];
    const r = await both('gia-lai-2025-ghi-chu.csv', notes);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('carry forward 550 (cases), exactly what line 7 ("Phòng THADS khu vực 1", the unit since 1/7/2025) carries over');
  });

  it('the Chi cục named by their units ("Thành phố Pleiku", "Huyện Chư Păh"): refused the same', async () => {
    const r = await both('gia-lai-2025.csv', [SENDER, YEAR, HEADER, PLEIKU.replace('Chi cục THADS thành phố', 'Thành phố'), CHU_PAH.replace('Chi cục THADS huyện', 'Huyện'), KV1]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[SECOND_TABLE]');
  });

  it('as --previous of 2026\'s khu vực 1: refused, never compared with its 3 months of 2025', async () => {
    const previous = write('gia-lai-2025.csv', GIA_LAI_2025);
    const r = await both('gia-lai-2026.csv', [SENDER, YEAR.replace('2025', '2026'), DAYS.replace('01/10/2024', '01/10/2025').replace('30/9/2025', '30/9/2026'), 'STT;Đơn vị;Có điều kiện;Giải quyết xong', '1;Phòng THADS khu vực 1;1500;1200'], ['--previous', previous, '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[SECOND_TABLE]');
  });

  it('controls: the khu vực alone, the Chi cục alone in 2024 and to 30/6/2025, the province\'s own office beside the khu vực', async () => {
    // khu vực 1 alone: 550 / 650 / 600 / 300 → 50,00 %
    const kv = await both('gia-lai-2025.csv', [SENDER, YEAR, DAYS, HEADER, KV1]);
    expect(kv.code, kv.stderr).toBe(0);
    expect(total(kv.stdout)).toEqual(['550', '650', '600', '300', '50.00']);
    // the Chi cục of 2024: 500 + 300 = 800 / 1.200 + 500 = 1.700 / 1.000 + 450 = 1.450 / 800 + 350 = 1.150 → 79,31 %
    const y2024 = await both('gia-lai-2024.csv', [SENDER, YEAR.replace('2025', '2024'), HEADER, PLEIKU, CHU_PAH]);
    expect(y2024.code, y2024.stderr).toBe(0);
    expect(total(y2024.stdout)).toEqual(['800', '1700', '1450', '1150', '79.31']);
    // the 9 months to 30/6/2025: the same 800 / 1.700 / 1.450 / 1.150
    const nine = await both('gia-lai-9-thang-2025.csv', [SENDER, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC 9 THÁNG NĂM 2025;;;;;;;', '(Từ ngày 01/10/2024 đến ngày 30/6/2025);;;;;;;', HEADER, PLEIKU, CHU_PAH]);
    expect(nine.code, nine.stderr).toBe(0);
    expect(total(nine.stdout)).toEqual(['800', '1700', '1450', '1150', '79.31']);
    // THADS tỉnh Gia Lai 200 / 300 / 250 / 150 beside khu vực 1: 750 / 950 / 850 / 450 → 52,94 %
    const own = await both('gia-lai-2025.csv', [SENDER, YEAR, DAYS, HEADER, '1;THADS tỉnh Gia Lai;200;100;300;250;150;150', KV1.replace(/^3/, '2')]);
    expect(own.code, own.stderr).toBe(0);
    expect(total(own.stdout)).toEqual(['750', '950', '850', '450', '52.94']);
  });
});
