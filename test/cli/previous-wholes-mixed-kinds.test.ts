// Last year's former provinces of a merged one given whole, but as files of two kinds: Ninh Bình
// (2025: Ninh Bình + Hà Nam + Nam Định) against a 2024 Tỉnh table of the old Ninh Bình beside the
// "Toàn tỉnh" files of Hà Nam (a workbook) and Nam Định (traps31: "previous-year provinces given as
// a mix of file kinds: no change computed" — the table's row was a province, the "Toàn tỉnh" rows
// declared totals, so the units "differed" though each is a province's whole). A declared total
// of a province it names is now that province's whole, matched as one. Offices of a province's
// file stay offices: beside a province's whole they are not compared (no proof they are all of it).
import { describe, expect, it } from 'vitest';
import { unitsDiffer, type Unit } from '../../src/domain/like-units.js';
import { columnsByOffice, summarizeIn } from '../helpers/csv-columns.js';
import { fileTree } from '../helpers/file-tree.js';
import { writeSheetsWorkbook } from '../helpers/lines-workbook.js';

const { dir, file } = fileTree('thads-previous-wholes-mixed-');

// Ninh Bình 2025: 30.000 thụ lý, 17.000 / 20.000 = 85,00 %
const now = file('tinh-2025.csv', ['Tỉnh,cases_total,cases_with_conditions,cases_resolved', 'Ninh Bình,30000,20000,17000']);
const oldNinhBinh = file('nb-2024.csv', ['Tỉnh,cases_total,cases_with_conditions,cases_resolved', 'Ninh Bình,9000,6000,5000']);
const namDinh = file('nam-dinh-2024.csv', ['Đơn vị,cases_total,cases_with_conditions,cases_resolved', 'Toàn tỉnh,8100,5100,4450']);
const namDinhOffices = file('chi-cuc/nam-dinh-2024.csv', ['Đơn vị,cases_total,cases_with_conditions,cases_resolved', 'Chi cục THADS thành phố Nam Định,5100,3100,2650', 'Chi cục THADS huyện Mỹ Lộc,3000,2000,1800']);
const haNam = () => writeSheetsWorkbook(dir, 'ha-nam-2024.xlsx', { Sheet1: [['Đơn vị', 'cases_total', 'cases_with_conditions', 'cases_resolved'], ['Toàn tỉnh', 7000, 5000, 4200]] });

const KEYS = ['cases_total', 'cases_rate', 'cases_total_change', 'cases_rate_change'];

describe('previous provinces given whole as files of two kinds', () => {
  it('a Tỉnh table, a "Toàn tỉnh" csv and a "Toàn tỉnh" workbook: compared as their sum', async () => {
    const hn = await haNam();
    const r = summarizeIn(dir, [now, '--previous', oldNinhBinh, '--previous', hn, '--previous', namDinh, '--by', 'province', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('ONE_YEAR_ONLY');
    // 2024: 9.000 + 7.000 + 8.100 = 24.100; 5.000 + 4.200 + 4.450 = 13.650 of 6.000 + 5.000 + 5.100 = 16.100 (84,7826… %)
    // change: 30.000 − 24.100 = +5.900; 85,00 − 84,78 = +0,22
    expect(columnsByOffice(r.stdout, KEYS)).toEqual({ 'Ninh Bình': ['30000', '85.00', '5900', '0.22'], TOTAL: ['30000', '85.00', '5900', '0.22'] });
  });

  it('Nam Định by its offices instead: not compared, said (offices are no proven whole)', async () => {
    const hn = await haNam();
    const r = summarizeIn(dir, [now, '--previous', oldNinhBinh, '--previous', hn, '--previous', namDinhOffices, '--by', 'province', '--format', 'csv']);
    expect(r.stderr).toContain('give different offices');
    expect(columnsByOffice(r.stdout, KEYS).TOTAL).toEqual(['30000', '85.00', '', '']);
  });

  it('unitsDiffer: a province\'s declared total is its whole beside a province row; an office is not', () => {
    const province = (p: string): Unit => ({ kind: 'province', province: p, district: null, year: null });
    const total = (p: string): Unit => ({ kind: 'total', province: p, district: 'Toàn tỉnh', year: null });
    expect(unitsDiffer([province('Ninh Bình')], [province('Ninh Bình'), total('Ninh Bình'), total('Ninh Bình')])).toBeNull();
    expect(unitsDiffer([province('Ninh Bình')], [province('Ninh Bình'), { kind: 'office', province: 'Ninh Bình', district: 'Mỹ Lộc', year: null }])).not.toBeNull();
  });
});
