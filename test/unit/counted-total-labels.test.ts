// "Tổng <n> …" naming the units it sums: since 1/7/2025 the national tables close on "Tổng 34
// tỉnh, thành phố" (the Cục became "THADS tỉnh, thành phố"), a province's on "Tổng 3 khu vực".
// Not known as totals they were refused SUSPECTED_TOTAL_ROW (round 61c, 02), while "Tổng 63
// Cục", "Tổng 34 đơn vị", "Tổng 3 Phòng khu vực" read. Read as the total, checked, never added.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';

const { dir, both } = bothReaders('thads-counted-total-', ['--format', 'csv', '--by', 'none']);

/** the named columns of the last (TOTAL) row */
function total(csv: string, keys: readonly string[]): string[] {
  const [head, ...rest] = csv.trim().split('\n');
  const names = head!.split(',');
  const last = rest.at(-1)!.split(',');
  return keys.map((k) => last[names.indexOf(k)]!);
}
const KEYS = ['district', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'cases_gap_pp'];

const NATIONAL_HEAD = ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', 'STT;Tỉnh, thành phố;Có điều kiện thi hành;Giải quyết xong'];
const PROVINCES = ['1;Hà Nội;19.021;16.550', '2;Huế;14.682;12.438', '3;Lai Châu;25.964;23.131'];
// 19 021 + 14 682 + 25 964 = 59 667; 16 550 + 12 438 + 23 131 = 52 119;
// 52 119 / 59 667 = 0.87349… → 87.35 %; 87.35 − 83.90 = +3.45
const NATIONAL = ['TOTAL', '59667', '52119', '87.35', '3.45'];
const NATIONAL_TOTAL = (label: string) => `;${label};59.667;52.119`;

describe('"Tổng <n> tỉnh, thành phố" and its kin: the table\'s total', () => {
  for (const label of ['Tổng 34 tỉnh, thành phố', 'Tổng 34 tỉnh/thành phố', 'Tổng 34 tỉnh, TP', 'Tổng 34 THADS tỉnh', 'Tổng 34 địa phương', 'Tổng 63 tỉnh, thành phố', 'TỔNG 34 TỈNH, THÀNH PHỐ', 'Tong 34 tinh, thanh pho']) {
    it(`"${label}" at the bottom`, async () => {
      const r = await both('quoc-gia-viec-2025.csv', [...NATIONAL_HEAD, ...PROVINCES, NATIONAL_TOTAL(label)]);
      expect(r.code, r.stderr).toBe(0);
      expect(total(r.stdout, KEYS)).toEqual(NATIONAL);
      expect(r.stderr).toBe('');
    });
  }

  it('at the top', async () => {
    const r = await both('quoc-gia-viec-2025.csv', [...NATIONAL_HEAD, NATIONAL_TOTAL('Tổng 34 tỉnh, thành phố'), ...PROVINCES]);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, KEYS)).toEqual(NATIONAL);
  });

  it('checked, never dropped: a total that is not the rows\' sum is refused (52.120 against 52.119)', async () => {
    const r = await both('quoc-gia-viec-2025.csv', [...NATIONAL_HEAD, ...PROVINCES, ';Tổng 34 tỉnh, thành phố;59.667;52.120']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toContain('DECLARED_TOTAL_MISMATCH');
  });

  it('xlsx: the same', async () => {
    const r = await summarizeLinesWorkbook(dir, 'quoc-gia-viec-2025.xlsx', [...NATIONAL_HEAD, ...PROVINCES, NATIONAL_TOTAL('Tổng 34 tỉnh, thành phố')], ['--format', 'csv', '--by', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, KEYS)).toEqual(NATIONAL);
  });
});

const PROVINCE_HEAD = ['THADS TỈNH PHÚ THỌ', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', 'STT;Đơn vị;Có điều kiện thi hành;Giải quyết xong'];
// 570 + 380 + 600 = 1 550; 480 + 330 + 530 = 1 340; 1 340 / 1 550 = 0.86451… → 86.45 %; +2.55
const PROVINCE = ['TOTAL', '1550', '1340', '86.45', '2.55'];

describe('a province\'s "Tổng 3 khu vực"', () => {
  it('"Tổng 3 khu vực" under Phòng THADS khu vực 1–3: the total', async () => {
    const r = await both('phu-tho-viec-2025.csv', [...PROVINCE_HEAD, '1;Phòng THADS khu vực 1;570;480', '2;Phòng THADS khu vực 2;380;330', '3;Phòng THADS khu vực 3;600;530', ';Tổng 3 khu vực;1.550;1.340']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout, KEYS)).toEqual(PROVINCE);
  });

  it('over-reach: offices named "Khu vực 1"… "Khu vực 3" stay offices, the total checked against them', async () => {
    const r = await both('phu-tho-viec-2025.csv', [...PROVINCE_HEAD, '1;Khu vực 1;570;480', '2;Khu vực 2;380;330', '3;Khu vực 3;600;530', ';Tổng 3 khu vực;1.550;1.340'], ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const offices = r.stdout.trim().split('\n').slice(1).map((l) => l.split(',')[1]);
    expect(offices).toEqual(['Khu vực 1', 'Khu vực 2', 'Khu vực 3', 'TOTAL']);
    expect(total(r.stdout, KEYS)).toEqual(PROVINCE);
  });

  it('over-reach: "Tổng số" still the total, "Tổng Đội" still an office (no count after "Tổng")', async () => {
    const r = await both('phu-tho-viec-2025.csv', [...PROVINCE_HEAD, '1;Phòng THADS khu vực 1;570;480', '2;Tổng Đội;380;330', '3;Phòng THADS khu vực 3;600;530', ';Tổng số;1.550;1.340'], ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const offices = r.stdout.trim().split('\n').slice(1).map((l) => l.split(',')[1]);
    expect(offices).toEqual(['Phòng THADS khu vực 1', 'Tổng Đội', 'Phòng THADS khu vực 3', 'TOTAL']);
    expect(total(r.stdout, KEYS)).toEqual(PROVINCE);
  });
});
