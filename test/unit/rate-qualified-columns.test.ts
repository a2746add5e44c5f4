// A rate column named after its field with a qualifier ("Tiền giải quyết xong (TL)", "Cases
// resolved (rate)") is a computed rate, ignored as "(%)" is: read as the field, its percentages
// were summed as resolved money (51,25 + 48,1 triệu đồng) with exit 0; beside the field itself it
// was refused as a duplicate. And resolved < completed is flagged when terminated is absent.
// Both readers must say the same.
import { describe, expect, it } from 'vitest';
import { parsePlainDecimal, type Dec } from '../../src/domain/decimal.js';
import { checkRelations, emptyFigures, type Figures } from '../../src/domain/figures.js';
import { F, type FieldKey } from '../../src/domain/fields.js';
import { HeaderMatcher } from '../../src/input/headers.js';
import { measureLabel } from '../../src/input/measure-rows.js';
import { namesShare } from '../../src/input/units.js';
import { bothReaders } from '../helpers/both-readers.js';

const CSV = ['--by', 'none', '--format', 'csv'];
const { both } = bothReaders('thads-rate-qual-', CSV);

/** The TOTAL line's columns by name. */
function total(stdout: string): Record<string, string> {
  const [head, ...rows] = stdout.trim().split('\n');
  const cols = head!.split(',');
  const row = rows.find((r) => r.includes(',TOTAL,'))!.split(',');
  return Object.fromEntries(cols.map((c, i) => [c, row[i]!]));
}

describe('namesShare: a bracketed note or a last word that names a rate', () => {
  it.each(['Tiền giải quyết xong (TL)', 'Money resolved (rate)', 'Money resolved (ratio)', 'Money resolved (pct)', 'Money resolved (share)', 'Money resolved (p.p.)', 'Cases resolved (pp)', 'Việc giải quyết xong (tỷ lệ)', 'Việc giải quyết xong (điểm %)', 'Cases resolved (rate, pct)', 'Cases resolved rate', 'Việc giải quyết xong TL', 'Tiền giải quyết xong (TL) (nghìn đồng)', 'Việc giải quyết xong [TL]'])('%s', (text) => {
    expect(namesShare(text)).toBe(true);
  });

  it.each(['Tiền giải quyết xong (tỷ đồng)', 'Tiền giải quyết xong (nghìn đồng)', 'Giải quyết xong (việc)', 'Money resolved (VND, at the exchange rate of 30/9)', 'Cases resolved', 'Tiền thi hành xong (triệu đồng)', 'Thi hành xong (kể cả đình chỉ)', 'Tổng số thụ lý (TL)', 'Việc thụ lý mới (TL)', 'Thụ lý mới TL'])('%s is no rate', (text) => {
    expect(namesShare(text)).toBe(false);
  });
});

describe('files with "(TL)" for thụ lý beside a rate "(TL)"', () => {
  // by hand: thụ lý 150 + 260 = 410; có điều kiện 100 + 200 = 300; giải quyết xong 80 + 150 = 230, 76,666…% → 76.67
  it('"Tổng số thụ lý (TL)" is read, "Giải quyết xong (TL)" ignored', async () => {
    const r = await both('tl-viec-2019.csv', ['STT;Đơn vị;Tổng số thụ lý (TL);Có điều kiện;Giải quyết xong;Giải quyết xong (TL)', '1;Chi cục THADS huyện A;150;100;80;80', '2;Chi cục THADS huyện B;260;200;150;75']);
    expect(r.code).toBe(0);
    const t = total(r.stdout);
    expect([t.cases_total, t.cases_with_conditions, t.cases_resolved, t.cases_rate]).toEqual(['410', '300', '230', '76.67']);
  });
});

describe('HeaderMatcher: the rate beside its field is ignored, units keep their meaning', () => {
  const matcher = new HeaderMatcher();
  it.each(['Tiền giải quyết xong (TL)', 'Money resolved (rate)', 'Cases resolved (ratio)', 'Cases resolved (pct)', 'Cases resolved (share)', 'Cases resolved (p.p.)', 'Việc giải quyết xong (%)'])('%s → ignored', (cell) => {
    expect(matcher.match(cell)).toEqual({ kind: 'ignored' });
  });

  it.each([
    ['Tiền giải quyết xong (tỷ đồng)', 'resolved', 'money', 'billion'],
    ['Tiền giải quyết xong (nghìn đồng)', 'resolved', 'money', 'thousand'],
    ['Giải quyết xong (việc)', 'resolved', 'cases', null],
  ] as const)('%s → %s', (cell, field, measure, unit) => {
    expect(matcher.match(cell)).toMatchObject({ kind: 'figure', field, measure, unit });
  });
});

describe('measure-rows: a rate label is one of the same rate words', () => {
  it.each([['Tỷ lệ (%)', 'ty le phan tram'], ['%', 'phan tram'], ['TL', 'tl'], ['Rate', 'rate'], ['Việc', 'viec']])('%s', (cell, label) => {
    expect(measureLabel(cell)).toBe(label);
  });
  it('a remark is no label', () => expect(measureLabel('Tỷ lệ đạt thấp do')).toBeNull());
});

describe('files with a rate column named after its field', () => {
  // by hand: 2.000,5 + 1.500 = 3.500,5 triệu đồng; 1.000 + 700 = 1.700 triệu đồng; without a
  // resolved column (nor terminated, reduced) resolved is completed: 1.700 / 3.500,5 = 48,564…%
  const control = ['Đơn vị tính: triệu đồng', 'Đơn vị,Tiền có điều kiện,Tiền thi hành xong', 'Phòng THADS khu vực 1,"2.000,5","1.000"', 'Phòng THADS khu vực 2,"1.500","700"'];

  it('the control without a resolved column', async () => {
    const r = await both('control-tien-2026.csv', control);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const t = total(r.stdout);
    expect([t.money_with_conditions, t.money_completed, t.money_resolved, t.money_rate]).toEqual(['3500500000', '1700000000', '1700000000', '48.56']);
  });

  it.each([
    ['Tiền giải quyết xong (TL)', '"51,25"', '"48,1"'],
    ['Tiền giải quyết xong (rate)', '"51,25"', '"48,1"'],
    ['Tiền giải quyết xong (ratio)', '"51,25"', '"48,1"'],
    ['Tiền giải quyết xong (pct)', '"51,25"', '"48,1"'],
    ['Tiền giải quyết xong (share)', '"51,25"', '"48,1"'],
    ['Tiền giải quyết xong (p.p.)', '"51,25"', '"48,1"'],
  ])('"%s" is ignored: the same bytes as the control (was resolved 99.350.000 đồng)', async (header, a, b) => {
    const lines = [control[0]!, `${control[1]},${header}`, `${control[2]},${a}`, `${control[3]},${b}`];
    const r = await both('rate-tien-2026.csv', lines);
    const c = await both('control-tien-2026.csv', control);
    expect(r).toEqual(c);
  });

  it('"Money resolved (rate)" in an English export: the same as its control', async () => {
    const en = ['Unit: VND million', 'Office,Money with conditions,Money completed', 'Regional Division 1,"2,000.5","1,000"', 'Regional Division 2,"1,500",700'];
    const c = await both('control-en-money-2026.csv', en);
    const r = await both('rate-en-money-2026.csv', [en[0]!, `${en[1]},Money resolved (rate)`, `${en[2]},51.25`, `${en[3]},48.1`]);
    expect(r).toEqual(c);
    expect(c.code).toBe(0);
    expect(total(c.stdout).money_resolved).toBe('1700000000');
  });

  it.each(['Cases resolved (rate)', 'Việc giải quyết xong (TL)', 'Cases resolved (%)'])('"Cases resolved" beside "%s": read, not a duplicate', async (rate) => {
    // by hand: 1000 + 1000 = 2000 with conditions, 900 + 800 = 1700 resolved, 85.00 %
    const r = await both('resolved-and-rate-cases-2026.csv', [`Office,Cases with conditions,Cases resolved,${rate}`, 'Regional Division 1,1000,900,90', 'Regional Division 2,1000,800,80']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const t = total(r.stdout);
    expect([t.year, t.cases_with_conditions, t.cases_resolved, t.cases_rate]).toEqual(['2026', '2000', '1700', '85.00']);
  });
});

describe('resolved ≥ completed (SPEC §2: resolved = completed + terminated (+ reduced))', () => {
  function figures(values: Partial<Record<FieldKey, string>>): Figures {
    const f = emptyFigures();
    for (const [k, v] of Object.entries(values)) f[F[k as FieldKey]] = parsePlainDecimal(v!) as Dec;
    return f;
  }

  it('flagged when terminated and reduced are absent', () => {
    const v = checkRelations(figures({ with_conditions: '3500500000', completed: '1700000000', resolved: '99350000' }), 'money', 2026);
    expect(v.map((x) => [x.code, x.message, x.field])).toEqual([['COMPLETED_EXCEEDS_RESOLVED', 'money (đồng): completed 1700000000 > resolved 99350000', 'completed']]);
    expect(v[0]!.hint).toBe('completed cannot be larger than resolved');
  });

  it('flagged for money with terminated but no reduced column (the sum is not tested)', () => {
    expect(checkRelations(figures({ with_conditions: '100', completed: '50', terminated: '5', resolved: '40' }), 'money', 2026).map((x) => x.code)).toEqual(['COMPLETED_EXCEEDS_RESOLVED']);
  });

  it('one finding where the sum is tested: the mismatch says it', () => {
    expect(checkRelations(figures({ with_conditions: '100', completed: '50', terminated: '5', resolved: '40' }), 'cases', 2026).map((x) => x.code)).toEqual(['RESOLVED_MISMATCH']);
  });

  it('resolved = completed passes', () => {
    expect(checkRelations(figures({ with_conditions: '100', completed: '50', resolved: '50' }), 'cases', 2026)).toEqual([]);
  });

  it('a file: a warning at the completed cell, in both readers', async () => {
    // by hand: 2000 with conditions; 900 + 800 = 1700 completed; 90 + 850 = 940 resolved, 47.00 %
    const r = await both('completed-over-resolved-cases-2026.csv', ['Office,Cases with conditions,Cases completed,Cases resolved', 'Regional Division 1,1000,900,90', 'Regional Division 2,1000,800,850']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('FILE:2:3: warning: cases: completed 900 > resolved 90 [COMPLETED_EXCEEDS_RESOLVED]\n  hint: completed cannot be larger than resolved\n');
    const t = total(r.stdout);
    expect([t.cases_with_conditions, t.cases_completed, t.cases_resolved, t.cases_rate]).toEqual(['2000', '1700', '940', '47.00']);
  });
});
