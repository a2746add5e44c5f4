// thads' own CSV read back (several provinces' outputs added up): an empty cell there is an
// unknown value, as thads wrote it (SPEC §6), not a zero; its result columns are recomputed,
// silently. Expected figures written by hand.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { isThadsOutput } from '../../src/input/layout.js';
import { ownTableLabels } from '../../src/domain/fields.js';

const { both } = bothReaders('thads-own-output-', []);

const HEADER = 'province,district,year,cases_with_conditions,cases_resolved,cases_rate,cases_target,cases_met,money_with_conditions,money_resolved,money_rate';

/** district, cases total, with conditions, resolved, rate, money with conditions, money resolved */
function pick(csv: string): string[] {
  const [head, ...rows] = csv.trim().split('\n');
  const at = (name: string) => head!.split(',').indexOf(name);
  const cols = ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved'].map(at);
  return rows.map((r) => cols.map((c) => r.split(',')[c]).join(' '));
}

describe("thads' own output read back", () => {
  it('keeps unknown figures unknown: no money read as 0, no total accepted as 0', async () => {
    const out = [HEADER, 'Nam Định,Mỹ Lộc,2019,400,200,50.00,73,false,,,', 'Nam Định,Vụ Bản,2019,500,260,52.00,73,false,,,', ',TOTAL,2019,900,460,51.11,73,false,,,'];
    const r = await both('nam-dinh-2019.csv', out, ['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(pick(r.stdout)).toEqual(['Mỹ Lộc  400 200 50.00  ', 'Vụ Bản  500 260 52.00  ', 'TOTAL  900 460 51.11  ']);
  });

  it('two provinces\' outputs add up, an unknown on one side staying unknown', async () => {
    const out = [HEADER, 'Nam Định,Mỹ Lộc,2019,400,200,50.00,73,false,1000,500,50.00', 'Thái Bình,Vũ Thư,2019,500,260,52.00,73,false,,,'];
    const r = await both('two-2019.csv', out, ['--format', 'csv', '--by', 'none']);
    expect(pick(r.stdout)).toEqual(['TOTAL  900 460 51.11  ']);
  });

  it('written with --unit, its money columns say their unit and are read back in it (round 18, 01)', async () => {
    const source = ['Đơn vị,Tiền có điều kiện (đồng),Tiền giải quyết xong (đồng)', 'Mỹ Lộc,7000000000,4000000000'];
    const written = await both('tien-2018.csv', source, ['--format', 'csv', '--unit', 'million', '--by', 'none']);
    const [head, total] = written.stdout.trim().split('\n');
    expect(head).toContain(',money_with_conditions (million VND),');
    expect(head).toContain(',money_rate,');
    const back = await both('out-million-2018.csv', [head!, total!], ['--format', 'csv', '--by', 'none']);
    expect(back.code).toBe(0);
    // 7,000 and 4,000 million đồng, never 7,000 đồng
    expect(pick(back.stdout)).toEqual(['TOTAL     7000000000 4000000000']);
  });

  it('written --by province (no office), its province rows are read back as the provinces (round 19, 01)', async () => {
    const out = [HEADER, 'Nam Định,,2019,250,185,74.00,73,true,,,', 'Thái Bình,,2019,200,150,75.00,73,true,,,', ',TOTAL,2019,450,335,74.44,73,true,,,'];
    const r = await both('by-province-2019.csv', out, ['--format', 'csv', '--by', 'province']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 2).concat(l.split(',')[9]!, l.split(',')[18]!).join(' '));
    expect(lines).toEqual(['Nam Định  250 185', 'Thái Bình  200 150', ' TOTAL 450 335']);
  });

  it('is told by its header only', () => {
    const fig = (index: number, measure: 'cases' | 'money', field: 'with_conditions' | 'resolved') => ({ index, measure, field, fieldIndex: 0, isCount: measure === 'cases', exponent: 0 });
    const figures = [fig(3, 'cases', 'with_conditions'), fig(4, 'cases', 'resolved')];
    expect(isThadsOutput(HEADER.split(','), figures)).toBe(true);
    expect(isThadsOutput(['\uFEFFprovince', ...HEADER.split(',').slice(1)], figures)).toBe(true);
    // an analyst's snake_case file without thads' results: an empty cell is 0 (SPEC §3)
    expect(isThadsOutput(['province', 'district', 'year', 'cases_with_conditions', 'cases_resolved'], figures)).toBe(false);
    expect(isThadsOutput(['Tỉnh', 'Đơn vị', 'Năm', 'cases_with_conditions', 'cases_resolved', 'cases_rate'], figures)).toBe(false);
  });

  it("knows thads' own workbook by its whole label row, in either language, and nothing less", () => {
    const fig = { index: 12, measure: 'cases' as const, field: 'with_conditions' as const, fieldIndex: 0, isCount: true, exponent: 0 };
    const vi = ownTableLabels(['cases', 'money'], 'vi');
    expect(vi.slice(0, 4)).toEqual(['Tỉnh', 'Đơn vị', 'Năm', 'Năm trước chuyển sang']);
    expect(isThadsOutput(vi, [fig])).toBe(true);
    expect(isThadsOutput(ownTableLabels(['cases'], 'en'), [fig])).toBe(true);
    // trailing empty cells (a styled total row widens the sheet) do not matter
    expect(isThadsOutput([...ownTableLabels(['money'], 'en'), '', ''], [fig])).toBe(true);
    // a person's table with the same first labels, a label renamed, or a column added: an empty cell is 0 there
    expect(isThadsOutput(vi.slice(0, 24), [fig])).toBe(false);
    expect(isThadsOutput(vi.map((l) => (l === 'Đạt' ? 'Ghi chú' : l)), [fig])).toBe(false);
    expect(isThadsOutput([...vi, 'Ghi chú'], [fig])).toBe(false);
  });
});
