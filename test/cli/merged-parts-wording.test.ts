// ONE_YEAR_ONLY's part against a whole names the provinces of the 63 a merged province was
// formed from. Against previous files of 2024 they are that year's provinces ("Ninh Bình + Hà Nam
// + Nam Định of 2024"). Against a year-end report of 2025, which counts by the 34, they were named
// "Ninh Bình + Hà Nam + Nam Định of 2025" (traps31 t4: ninh-binh-2026.csv --previous
// nam-dinh-2025.csv) — three provinces of 2025, where 2025's Ninh Bình is the whole: now "formed
// on 1/7/2025 from the former Ninh Bình + Hà Nam + Nam Định", the missing ones "the former …"
// (DOMAIN.md: the 34 provinces from 1/7/2025; Nghị quyết 202/2025/QH15 merged Hà Nam and Nam
// Định into Ninh Bình). Nothing is compared either way. Through both readers.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { write, both } = bothReaders('thads-merged-parts-wording-', []);

const HEADER = 'Tỉnh,Đơn vị,cases_total,cases_with_conditions,cases_resolved';
const NINH_BINH_2026 = [HEADER, 'Ninh Bình,Phòng THADS khu vực 1,8500,5200,4500', 'Ninh Bình,Phòng THADS khu vực 2,4200,3100,2700'];
const NAM_DINH = (_year: number) => [HEADER, 'Nam Định,Chi cục THADS thành phố Nam Định,5100,3100,2650', 'Nam Định,Chi cục THADS huyện Mỹ Lộc,3000,2000,1800'];

describe('the parts of a merged province in ONE_YEAR_ONLY', () => {
  it('previous files of 2025 (by the 34): the former provinces, merged on 1/7/2025, never "of 2025"', async () => {
    const prev = write('nam-dinh-2025.csv', NAM_DINH(2025));
    const r = await both('ninh-binh-2026.csv', NINH_BINH_2026, ['--previous', prev, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('thads: warning: "Ninh Bình" 2026 is formed on 1/7/2025 from the former Ninh Bình + Hà Nam + Nam Định; the previous files have no figures for the former Ninh Bình, Hà Nam, so it and the total are not compared (a part against a whole) [ONE_YEAR_ONLY]');
    expect(r.stderr).not.toContain('Nam Định of 2025');
    // 4.500 + 2.700 = 7.200 of 5.200 + 3.100 = 8.300: 86,75 %, no change printed
    const total = r.stdout.trim().split('\n').at(-1)!.split(',');
    expect(total.slice(28, 30)).toEqual(['', '']);
  });

  it('previous files of 2024 (by the 63): "of 2024" as before', async () => {
    const prev = write('nam-dinh-2024.csv', NAM_DINH(2024));
    const r = await both('ninh-binh-2025.csv', NINH_BINH_2026, ['--previous', prev, '--format', 'csv']);
    expect(r.stderr).toContain('thads: warning: "Ninh Bình" 2025 is Ninh Bình + Hà Nam + Nam Định of 2024; the previous files have no figures for Ninh Bình, Hà Nam, so it and the total are not compared (a part against a whole) [ONE_YEAR_ONLY]');
  });
});
