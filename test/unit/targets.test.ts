import { describe, expect, it } from 'vitest';
import { builtInTargets } from '../../src/config/builtin-targets.js';
import { parsePlainDecimal, plain, type Dec } from '../../src/domain/decimal.js';
import { evaluateMeasure } from '../../src/domain/evaluate.js';
import { emptyFigures } from '../../src/domain/figures.js';
import { F } from '../../src/domain/fields.js';
import { parsePercent, resolveTarget, type TargetTables } from '../../src/domain/targets.js';

const d = (s: string) => parsePlainDecimal(s) as Dec;
const tables = (over: Partial<TargetTables> = {}): TargetTables => ({
  flag: {},
  config: new Map([[2019, { year: { cases: d('74'), money: d('34.5') }, provinces: new Map([['nam định', { name: 'Nam Định', set: { cases: d('75') } }]]), districts: new Map([['giao thuỷ', { name: 'Giao Thuỷ', set: { cases: d('76') } }]]) }]]),
  builtIn: builtInTargets(),
  ...over,
});

describe('targets', () => {
  it.each([
    ['74', '74'],
    ['34,5', '34.5'],
    ['100', '100'],
    ['0.0000000001', '0.0000000001'],
    ['101', 'out-of-range'],
    ['-1', 'out-of-range'],
    ['12.34567890123', 'too-many-decimals'],
    ['abc', 'not-a-number'],
  ])('reads the target %s as %s (config and command line alike)', (text, expected) => {
    const v = parsePercent(text);
    expect(typeof v === 'string' ? v : plain(v)).toBe(expected);
  });

  it('has the built-in national table of SPEC §5', () => {
    const b = builtInTargets();
    expect(plain(b.get(2019)!.cases!)).toBe('73');
    expect(b.get(2019)!.money).toBeUndefined();
    expect(plain(b.get(2024)!.money!)).toBe('46.45');
    expect(b.has(2021)).toBe(false);
    // 2018: "chỉ tiêu … về tiền trên 32%", no national case target
    expect(plain(b.get(2018)!.money!)).toBe('32');
    expect(b.get(2018)!.cases).toBeUndefined();
    expect(plain(b.get(2025)!.cases!)).toBe('83.9');
    expect(plain(b.get(2025)!.money!)).toBe('51.9');
  });

  it('takes the most specific config target: district > province > year, names folded', () => {
    const t = tables();
    expect(plain(resolveTarget(t, 'cases', { year: 2019, province: 'Nam Định', district: 'Giao Thủy' })!.value)).toBe('76');
    expect(plain(resolveTarget(t, 'cases', { year: 2019, province: 'NAM ĐỊNH', district: 'Hải Hậu' })!.value)).toBe('75');
    expect(resolveTarget(t, 'money', { year: 2019, province: 'Nam Định', district: 'Giao Thủy' })).toMatchObject({ source: 'config', scope: 'year' });
  });

  it('prefers a flag to the config, and the config to the built-in table', () => {
    expect(resolveTarget(tables({ flag: { cases: d('90') } }), 'cases', { year: 2019, province: null, district: null })).toMatchObject({ source: 'flag' });
    expect(resolveTarget(tables(), 'cases', { year: 2020, province: null, district: null })).toMatchObject({ source: 'built-in' });
    expect(resolveTarget(tables(), 'money', { year: 2021, province: null, district: null })).toBeNull();
  });
});

describe('gap, met, required, above target', () => {
  const cases = () => {
    const f = emptyFigures();
    f[F.with_conditions] = d('5871');
    f[F.resolved] = d('5513');
    return f;
  };
  const target = { value: d('74'), source: 'config' as const, scope: 'year' as const };

  it('exact basis: 93.9022… − 74 = 19.90 pp; required ceil(4344.54) = 4345; above 1168', () => {
    const r = evaluateMeasure(cases(), 'cases', target, { rateDecimals: 2, gapBasis: 'exact', targets: tables() });
    expect(plain(r.rateRounded!, 2)).toBe('93.90');
    expect(plain(r.gapPp!, 2)).toBe('19.90');
    expect(r.met).toBe(true);
    expect(plain(r.required!)).toBe('4345');
    expect(plain(r.aboveTarget!)).toBe('1168');
  });

  it('rounded basis at 0 decimals: 94 − 74 = 20', () => {
    const r = evaluateMeasure(cases(), 'cases', target, { rateDecimals: 0, gapBasis: 'rounded', targets: tables() });
    expect(plain(r.gapPp!)).toBe('20');
  });

  it('met follows the basis: 73.996 % misses 74 exactly but meets it rounded to 2 decimals', () => {
    const f = emptyFigures();
    f[F.with_conditions] = d('100000');
    f[F.resolved] = d('73996');
    expect(evaluateMeasure(f, 'cases', target, { rateDecimals: 2, gapBasis: 'exact', targets: tables() }).met).toBe(false);
    expect(evaluateMeasure(f, 'cases', target, { rateDecimals: 2, gapBasis: 'rounded', targets: tables() }).met).toBe(true);
  });

  it('money required is exact: 34.5 % of 112105320500 = 38676335572.5', () => {
    const f = emptyFigures();
    f[F.with_conditions] = d('112105320500');
    f[F.resolved] = d('93204567000');
    const r = evaluateMeasure(f, 'money', { value: d('34.5'), source: 'config', scope: 'year' }, { rateDecimals: 2, gapBasis: 'exact', targets: tables() });
    expect(plain(r.required!)).toBe('38676335572.5');
    expect(plain(r.gapPp!, 2)).toBe('48.64');
  });

  it('with_conditions = 0 gives no rate, gap or verdict, and no crash', () => {
    const f = emptyFigures();
    f[F.with_conditions] = d('0');
    f[F.resolved] = d('0');
    const r = evaluateMeasure(f, 'cases', target, { rateDecimals: 2, gapBasis: 'exact', targets: tables() });
    expect(r.rate).toBeNull();
    expect(r.gapPp).toBeNull();
    expect(r.met).toBeNull();
  });
});
