// The year-end paragraph, phrase by phrase, on groups built by hand: expected texts are written
// out from the figures (e.g. 70/100 against 74 % is 4,00 pp short), not produced by the code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlainDecimal, type Dec } from '../../src/domain/decimal.js';
import { evaluateMeasure, type GroupResult, type MeasureResult } from '../../src/domain/evaluate.js';
import { emptyFigures } from '../../src/domain/figures.js';
import { F, type FieldKey, type Measure } from '../../src/domain/fields.js';
import type { RenderContext } from '../../src/output/model.js';
import { renderNarrative } from '../../src/output/narrative.js';

const d = (text: string): Dec => parsePlainDecimal(text)!;

function measure(m: Measure, given: Partial<Record<FieldKey, string>>, target?: string, change?: { total?: string; rate?: string; year?: number }): MeasureResult {
  const figures = emptyFigures();
  for (const [k, v] of Object.entries(given)) figures[F[k as FieldKey]] = d(v);
  const t = target ? { value: d(target), source: 'config' as const, scope: 'year' as const } : null;
  const r = evaluateMeasure(figures, m, t, { rateDecimals: 2, gapBasis: 'exact', targets: { flag: {}, config: new Map(), builtIn: new Map() } });
  if (change?.total) r.totalChange = d(change.total);
  if (change?.rate) r.rateChange = d(change.rate);
  if (change?.year) r.changeYear = change.year;
  return r;
}

function group(district: string, cases: MeasureResult | null, money: MeasureResult | null = null, year: number | null = 2019): GroupResult {
  return { province: 'Nam Định', district, year, isTotal: false, measures: { cases, money } };
}

function narrate(groups: GroupResult[], lang: 'vi' | 'en', opts: { measures?: Measure[]; previousYear?: number } = {}): string {
  const ctx: RenderContext = {
    summary: { groups, totals: [], unmatchedTargets: [], ambiguousTargets: [] },
    printed: groups,
    filtered: true,
    unit: 'billion',
    rateDecimals: 2,
    lang,
    by: ['district'],
    year: groups[0]!.year,
    previousYear: opts.previousYear ?? null,
    warnings: [],
    measures: opts.measures ?? ['cases'],
    color: false,
    excel: false,
  };
  return renderNarrative(ctx);
}

describe('target phrasing', () => {
  it('a shortfall reads "thiếu X% so với chỉ tiêu" / "X pp below"', () => {
    const g = group('Mỹ Lộc', measure('cases', { with_conditions: '100', resolved: '70' }, '74'));
    expect(narrate([g], 'vi')).toContain('đã giải quyết xong 70/100 việc có điều kiện giải quyết, đạt 70,00%, thiếu 4,00% so với chỉ tiêu được giao (74%).');
    expect(narrate([g], 'en')).toContain('resolved 70 of the 100 enforceable cases: a rate of 70.00%, 4.00 pp below the assigned target of 74%.');
  });

  it('exactly on target reads "đạt chỉ tiêu"', () => {
    const g = group('Mỹ Lộc', measure('cases', { with_conditions: '100', resolved: '74' }, '74'));
    expect(narrate([g], 'vi')).toContain('đạt 74,00%, đạt chỉ tiêu được giao (74%).');
    expect(narrate([g], 'en')).toContain('a rate of 74.00%, meeting the assigned target of 74%.');
  });

  it('a miss that rounds to 0,00 is still a miss: "chưa đạt", never "vượt 0,00%"', () => {
    // 73 996/100 000 = 73,996 %: the gap −0,004 pp shows as 0,00.
    const g = group('Mỹ Lộc', measure('cases', { with_conditions: '100000', resolved: '73996' }, '74'));
    expect(narrate([g], 'vi')).toContain('đạt 74,00%, chưa đạt chỉ tiêu được giao (74%).');
    expect(narrate([g], 'en')).toContain('just short of the assigned target of 74%.');
  });

  it('no target: no gap phrase at all', () => {
    const g = group('Mỹ Lộc', measure('cases', { with_conditions: '100', resolved: '90' }));
    const vi = narrate([g], 'vi');
    expect(vi).toContain('đạt 90,00%.');
    // The paragraph has no gap phrase; the missing target is said once, at the end.
    const [paragraph, note, ...rest] = vi.trim().split('\n\n');
    expect(paragraph).not.toMatch(/chỉ tiêu|vượt|thiếu/);
    expect(note).toBe('Chưa có chỉ tiêu năm 2019: đặt chỉ tiêu trong tệp cấu hình (targets."2019").');
    expect(rest).toEqual([]);
    expect(narrate([g], 'en')).toContain('\n\nNo target for 2019: set one in the config (targets."2019").\n');
  });
});

describe('absent data is left out, never printed as 0', () => {
  it('without a total column there is no "tổng số thụ lý"; without --previous no "tăng"', () => {
    const g = group('Mỹ Lộc', measure('cases', { with_conditions: '100', resolved: '90' }));
    expect(narrate([g], 'vi')).toBe('Năm 2019 (từ 1/10/2018 đến 30/9/2019), kết quả thi hành án dân sự của Mỹ Lộc: về việc, đã giải quyết xong 90/100 việc có điều kiện giải quyết, đạt 90,00%.\n\nChưa có chỉ tiêu năm 2019: đặt chỉ tiêu trong tệp cấu hình (targets."2019").\n');
    expect(narrate([g], 'en')).toBe('In statistics year 2019 (1 October 2018 – 30 September 2019), Mỹ Lộc resolved 90 of the 100 enforceable cases: a rate of 90.00%.\n\nNo target for 2019: set one in the config (targets."2019").\n');
  });

  it('with_conditions 0: no rate', () => {
    const g = group('Mỹ Lộc', measure('cases', { with_conditions: '0', resolved: '0', total: '5' }, '74'));
    const vi = narrate([g], 'vi');
    expect(vi).toContain('tổng số thụ lý 5 việc; không có việc có điều kiện giải quyết.');
    expect(vi).not.toContain('đạt');
    expect(narrate([g], 'en')).toContain('accepted 5 cases in total and had no enforceable cases.');
  });

  it('no money with conditions: said in words, never "0/0 tỷ đồng" (traps38)', () => {
    const g = group('Phòng THADS khu vực 1', measure('cases', { with_conditions: '120', resolved: '100' }), measure('money', { with_conditions: '0', resolved: '0' }));
    const both = { measures: ['cases', 'money'] as Measure[] };
    const vi = narrate([g], 'vi', both);
    expect(vi).toContain('đạt 83,33%. Về tiền, không có tiền có điều kiện thi hành.');
    expect(vi).not.toMatch(/0\/0|tỷ đồng/);
    expect(narrate([g], 'en', both)).toContain('In money, it had no enforceable amount.');
  });

  it('unknown year: no statistics period', () => {
    const g = group('Mỹ Lộc', measure('cases', { with_conditions: '10', resolved: '9' }), null, null);
    expect(narrate([g], 'vi')).toMatch(/^Kết quả thi hành án dân sự của Mỹ Lộc: về việc,/);
    expect(narrate([g], 'en')).toMatch(/^Mỹ Lộc resolved 9 of the 10/);
  });

  it('a group without figures says so', () => {
    expect(narrate([group('Mỹ Lộc', null)], 'vi')).toBe('Năm 2019 (từ 1/10/2018 đến 30/9/2019), kết quả thi hành án dân sự của Mỹ Lộc: không có số liệu.\n');
  });
});

describe('change on last year', () => {
  it('a fall reads "giảm" / "fewer", the rate change in pp', () => {
    const g = group('Mỹ Lộc', measure('cases', { total: '700', with_conditions: '100', resolved: '80' }, undefined, { total: '-12', rate: '-1.5', year: 2018 }));
    expect(narrate([g], 'vi')).toContain('tổng số thụ lý 700 việc, giảm 12 việc so với năm 2018; đã giải quyết xong 80/100 việc có điều kiện giải quyết, đạt 80,00%; tỷ lệ giải quyết xong giảm 1,50% so với năm 2018.');
    expect(narrate([g], 'en')).toContain('accepted 700 cases in total, 12 fewer than in 2018, and resolved 80 of the 100 enforceable cases: a rate of 80.00%, down 1.50 pp on 2018.');
  });

  it('names the year the --previous files hold, not always the year before', () => {
    const g = group('Mỹ Lộc', measure('cases', { total: '700', with_conditions: '100', resolved: '80' }, undefined, { total: '-12', rate: '-1.5' }));
    expect(narrate([g], 'vi', { previousYear: 2017 })).toContain('giảm 12 việc so với năm 2017;');
    expect(narrate([g], 'en', { previousYear: 2017 })).toContain('12 fewer than in 2017,');
  });

  it('names the year of the figures compared with, never a guessed one: unknown reads "kỳ trước"', () => {
    const g = group('Mỹ Lộc', measure('cases', { total: '700', with_conditions: '100', resolved: '80' }, undefined, { total: '-12', rate: '-1.5' }));
    expect(narrate([g], 'vi')).toContain('giảm 12 việc so với kỳ trước;');
    expect(narrate([g], 'vi')).not.toContain('so với năm 2018');
    expect(narrate([g], 'en')).toContain('12 fewer than in the previous period,');
    const y2016 = group('Mỹ Lộc', measure('cases', { total: '700', with_conditions: '100', resolved: '80' }, undefined, { total: '-12', year: 2016 }));
    expect(narrate([y2016], 'vi', { previousYear: 2017 })).toContain('giảm 12 việc so với năm 2016;');
  });

  it('no change reads "không thay đổi" / "as many as"', () => {
    const g = group('Mỹ Lộc', measure('cases', { total: '700', with_conditions: '100', resolved: '80' }, undefined, { total: '0', year: 2018 }));
    expect(narrate([g], 'vi')).toContain('tổng số thụ lý 700 việc, không thay đổi so với năm 2018;');
    expect(narrate([g], 'en')).toContain('accepted 700 cases in total, as many as in 2018, and');
  });
});

describe('money', () => {
  it('in tỷ đồng with one decimal, the second measure a sentence of its own', () => {
    const cases = measure('cases', { with_conditions: '5871', resolved: '5513' });
    const money = measure('money', { total: '490712345678', with_conditions: '112105320500', resolved: '93204567000' }, '34.5', { total: '81946913578', year: 2018 });
    const vi = narrate([group('Nam Định', cases, money)], 'vi', { measures: ['cases', 'money'] });
    expect(vi).toContain('đạt 93,90%. Về tiền, tổng số tiền thụ lý 490,7 tỷ đồng, tăng 81,9 tỷ đồng so với năm 2018; đã giải quyết xong 93,2/112,1 tỷ đồng có điều kiện thi hành, đạt 83,14%, vượt 48,64% so với chỉ tiêu được giao (34,5%).');
    const en = narrate([group('Nam Định', cases, money)], 'en', { measures: ['cases', 'money'] });
    expect(en).toContain('In money, it accepted 490.7 billion VND in total, 81.9 billion VND more than in 2018, and resolved 93.2 of the 112.1 billion VND enforceable: a rate of 83.14%, 48.64 pp above the assigned target of 34.5%.');
  });

  it('small amounts switch to triệu đồng instead of reading 0,0 tỷ', () => {
    const money = measure('money', { with_conditions: '48000000', resolved: '36500000' });
    expect(narrate([group('Mỹ Lộc', null, money)], 'vi', { measures: ['money'] })).toContain('đã giải quyết xong 36,5/48 triệu đồng có điều kiện thi hành, đạt 76,04%.');
  });

  it('amounts of a few units get the decimals that keep two digits: 2,5/12 nghìn đồng, not 3/12 beside 20,83%', () => {
    const money = measure('money', { with_conditions: '12000', resolved: '2500' });
    expect(narrate([group('Mỹ Lộc', null, money)], 'vi', { measures: ['money'] })).toContain('đã giải quyết xong 2,5/12 nghìn đồng có điều kiện thi hành, đạt 20,83%.');
    // 1,5 đồng is 0,0015 nghìn: in its own unit, never "0.002 of the 1.000 thousand"
    const cents = measure('money', { with_conditions: '1000', resolved: '1.5' });
    expect(narrate([group('Mỹ Lộc', null, cents)], 'en', { measures: ['money'] })).toContain('resolved 1.5 VND of the 1 thousand VND enforceable: a rate of 0.15%.');
  });

  // Finding 01 of round 51b: under 0,0005 tỷ beside 1 tỷ or more read "0,000 tỷ đồng".
  it('an amount that would read 0 in the phrase\'s unit is stated in its own: giảm 300 nghìn đồng, 400 nghìn đồng trên 1,2 tỷ đồng', () => {
    const money = measure('money', { total: '2500000000', with_conditions: '1200000000', resolved: '400000' }, undefined, { total: '-300000', year: 2018 });
    const g = group('Nậm Nhùn', null, money);
    expect(narrate([g], 'vi', { measures: ['money'] })).toContain(
      'tổng số tiền thụ lý 2,5 tỷ đồng, giảm 300 nghìn đồng so với năm 2018; đã giải quyết xong 400 nghìn đồng trên 1,2 tỷ đồng có điều kiện thi hành, đạt 0,03%.',
    );
    expect(narrate([g], 'en', { measures: ['money'] })).toContain(
      'accepted 2.5 billion VND in total, 300 thousand VND less than in 2018, and resolved 400 thousand VND of the 1.2 billion VND enforceable: a rate of 0.03%.',
    );
  });

  // Finding 02 of round 51b: "12,000 tỷ đồng" reads as twelve thousand in the other convention.
  it('round amounts drop their zeros, and a change under a tenth of the unit takes its own: 12 tỷ đồng, tăng 30 triệu đồng', () => {
    const money = measure('money', { total: '12000000000', with_conditions: '5000000000', resolved: '2000000000' }, undefined, { total: '30000000', year: 2018 });
    const g = group('Mỹ Lộc', null, money);
    expect(narrate([g], 'vi', { measures: ['money'] })).toContain(
      'tổng số tiền thụ lý 12 tỷ đồng, tăng 30 triệu đồng so với năm 2018; đã giải quyết xong 2/5 tỷ đồng có điều kiện thi hành, đạt 40,00%.',
    );
    expect(narrate([g], 'en', { measures: ['money'] })).toContain('accepted 12 billion VND in total, 30 million VND more than in 2018, and resolved 2 of the 5 billion VND enforceable: a rate of 40.00%.');
  });

  it('two decimals at most in a shared unit: 12,03 tỷ beside 0,25 tỷ, never 12,030', () => {
    const money = measure('money', { total: '12030000000' }, undefined, { total: '250000000', year: 2018 });
    expect(narrate([group('Mỹ Lộc', null, money)], 'vi', { measures: ['money'] })).toContain('tổng số tiền thụ lý 12,03 tỷ đồng, tăng 0,25 tỷ đồng so với năm 2018.');
  });
});

/** The figures of the money sentence up to its rate ("2,5", "300", "0,4" of "0,4/1,2"), year and brackets left out. */
function statedAmounts(text: string, lang: 'vi' | 'en'): string[] {
  const sentence = text.slice(0, text.indexOf(lang === 'vi' ? ', đạt' : ': a rate')).replace(/\(.*?\)|\b(2018|2019)\b/g, '');
  const number = lang === 'vi' ? /[0-9][0-9.]*(?:,[0-9]+)?/gu : /[0-9][0-9,]*(?:\.[0-9]+)?/gu;
  return [...sentence.matchAll(number)].map((m) => m[0]);
}

describe('money amounts, any size (property)', () => {
  const amount = fc.oneof(fc.bigInt({ min: 1n, max: 10n ** 13n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), fc.constantFrom(1n, 500000n, 1000000000n, 12000000000n));
  it('no nonzero amount reads 0, and none ends in a fractional zero or has three decimals in tỷ/triệu/nghìn but below one (0,999)', () => {
    fc.assert(
      fc.property(amount, amount, amount, fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).filter((c) => c !== 0n), fc.constantFrom<'vi' | 'en'>('vi', 'en'), (total, conditions, resolvedPart, change, lang) => {
        const resolved = resolvedPart > conditions ? conditions : resolvedPart;
        const money = measure('money', { total: `${total}`, with_conditions: `${conditions}`, resolved: `${resolved}` }, undefined, { total: `${change}`, year: 2018 });
        const text = narrate([group('Mỹ Lộc', null, money)], lang, { measures: ['money'] });
        const amounts = statedAmounts(text, lang);
        expect(amounts, text).toHaveLength(4);
        for (const a of amounts) {
          const [int, frac] = a.split(lang === 'vi' ? ',' : '.');
          expect(a, text).not.toMatch(/^0+$/);
          if (frac !== undefined) {
            expect(frac, text).not.toMatch(/0$/);
            // "1,052" is the shape read as thousands in the other convention; "0,999" never is.
            expect(frac.length, text).toBeLessThan(int === '0' ? 4 : 3);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
