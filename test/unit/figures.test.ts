import { describe, expect, it } from 'vitest';
import { parsePlainDecimal, plain, type Dec } from '../../src/domain/decimal.js';
import { checkRelations, derive, emptyFigures, type Figures } from '../../src/domain/figures.js';
import { F, type FieldKey, type Measure } from '../../src/domain/fields.js';

function figures(values: Partial<Record<FieldKey, string>>): Figures {
  const f = emptyFigures();
  for (const [k, v] of Object.entries(values)) f[F[k as FieldKey]] = parsePlainDecimal(v!) as Dec;
  return f;
}
const get = (f: Figures, k: FieldKey) => (f[F[k]] ? plain(f[F[k]]!) : null);
const codes = (v: Partial<Record<FieldKey, string>>, m: Measure = 'cases', year: number | null = 2019) => checkRelations(figures(v), m, year).map((x) => x.code);

describe('derive', () => {
  it('fills what the given fields determine and nothing else', () => {
    const d = derive(figures({ carried_over: '300', new: '429', delegated: '8', withdrawn: '7', with_conditions: '608', completed: '561', terminated: '13' }), 'cases', 2019);
    expect(get(d, 'total')).toBe('729');
    expect(get(d, 'to_execute')).toBe('714');
    expect(get(d, 'without_conditions')).toBe('106');
    expect(get(d, 'resolved')).toBe('574');
    expect(get(d, 'carried_forward')).toBe('140');
    expect(get(d, 'in_progress')).toBeNull(); // unknown stays unknown, never 0
  });

  it('adds reduced into resolved for money only', () => {
    const given = { with_conditions: '100', completed: '50', terminated: '5', reduced: '3' };
    expect(get(derive(figures(given), 'money', 2019), 'resolved')).toBe('58');
    expect(get(derive(figures(given), 'cases', 2019), 'resolved')).toBe('55');
  });

  it('takes to_execute from the split when deductions are unknown', () => {
    expect(get(derive(figures({ with_conditions: '32', without_conditions: '54' }), 'cases', 2019), 'to_execute')).toBe('86');
  });

  it('never overwrites a given value', () => {
    expect(get(derive(figures({ carried_over: '1', new: '1', total: '5' }), 'cases', 2019), 'total')).toBe('5');
  });
});

describe('relations (SPEC §2)', () => {
  it('accepts a consistent office', () => {
    expect(
      codes({ carried_over: '300', new: '429', total: '729', delegated: '8', withdrawn: '7', to_execute: '714', with_conditions: '608', without_conditions: '106', completed: '561', terminated: '13', in_progress: '20', postponed: '3', suspended: '1', other: '10', resolved: '574', carried_forward: '140' }),
    ).toEqual([]);
  });

  it('flags the published inconsistent report: 87 to execute, 32 with and 54 without conditions', () => {
    expect(codes({ to_execute: '87', with_conditions: '32', without_conditions: '54', resolved: '20' })).toEqual(['CONDITIONS_SPLIT_MISMATCH']);
  });

  it.each([
    [{ carried_over: '1', new: '2', total: '4', with_conditions: '1', resolved: '1' }, 'TOTAL_MISMATCH'],
    [{ total: '10', delegated: '1', withdrawn: '1', to_execute: '9', with_conditions: '1', resolved: '1' }, 'TO_EXECUTE_MISMATCH'],
    [{ with_conditions: '10', completed: '5', terminated: '1', resolved: '7' }, 'RESOLVED_MISMATCH'],
    [{ to_execute: '10', with_conditions: '8', resolved: '5', carried_forward: '4' }, 'CARRIED_FORWARD_MISMATCH'],
    [{ with_conditions: '5', resolved: '6' }, 'RESOLVED_EXCEEDS_WITH_CONDITIONS'],
    [{ to_execute: '5', with_conditions: '6', resolved: '1' }, 'WITH_CONDITIONS_EXCEEDS_TO_EXECUTE'],
    [{ total: '5', to_execute: '6', with_conditions: '1', resolved: '1' }, 'TO_EXECUTE_EXCEEDS_TOTAL'],
    [{ with_conditions: '10', completed: '6', in_progress: '5', resolved: '6' }, 'BREAKDOWN_EXCEEDS_WITH_CONDITIONS'],
  ] as [Partial<Record<FieldKey, string>>, string][])('%o → %s', (given, code) => {
    expect(codes(given)).toContain(code);
  });

  it('checks resolved = completed + terminated + reduced for money only when reduced is given', () => {
    expect(codes({ with_conditions: '100', completed: '50', terminated: '5', resolved: '58' }, 'money')).toEqual([]);
    expect(codes({ with_conditions: '100', completed: '50', terminated: '5', reduced: '3', resolved: '58' }, 'money')).toEqual([]);
    expect(codes({ with_conditions: '100', completed: '50', terminated: '5', reduced: '2', resolved: '58' }, 'money')).toEqual(['RESOLVED_MISMATCH']);
  });

  it('names the figures in its message', () => {
    const [v] = checkRelations(figures({ to_execute: '87', with_conditions: '32', without_conditions: '54', resolved: '20' }), 'cases', 2019);
    expect(v!.message).toBe('cases: to execute 87 ≠ with conditions 32 + without conditions 54 = 86');
    expect(v!.field).toBe('to_execute');
  });
});

describe('statistics regimes (SPEC §2): deferred from year 2020', () => {
  // Gia Lai 2022: 18,819 to execute = 13,409 with + 5,255 without conditions + 155 deferred.
  const giaLai = { to_execute: '18819', with_conditions: '13409', without_conditions: '5255', resolved: '9000' };

  it('2022: the three-way split closes with a deferred column, and derives deferred without one', () => {
    expect(codes({ ...giaLai, deferred: '155' }, 'cases', 2022)).toEqual([]);
    expect(codes(giaLai, 'cases', 2022)).toEqual([]);
    expect(get(derive(figures(giaLai), 'cases', 2022), 'deferred')).toBe('155');
  });

  it('2022: a deferred column that does not close the split is an error', () => {
    expect(codes({ ...giaLai, deferred: '150' }, 'cases', 2022)).toEqual(['CONDITIONS_SPLIT_MISMATCH']);
  });

  it('2022: only a negative remainder is an error, and it says so', () => {
    const broken = { to_execute: '18000', with_conditions: '13409', without_conditions: '5255', resolved: '9000' };
    const [v, ...rest] = checkRelations(figures(broken), 'cases', 2022);
    expect(rest).toEqual([]);
    expect(v!.code).toBe('CONDITIONS_SPLIT_MISMATCH');
    expect(v!.message).toBe('cases: to execute 18000 < with conditions 13409 + without conditions 5255 = 18664: deferred would be negative');
    expect(v!.hint).toContain('from 2020');
  });

  it('2022: without_conditions is never derived as to_execute − with_conditions', () => {
    const d = derive(figures({ to_execute: '18819', with_conditions: '13409', resolved: '9000' }), 'cases', 2022);
    expect(get(d, 'without_conditions')).toBeNull();
    expect(get(d, 'deferred')).toBeNull();
    // up to 2019 it is
    expect(get(derive(figures({ to_execute: '18819', with_conditions: '13409' }), 'cases', 2019), 'without_conditions')).toBe('5410');
  });

  it('2022: to_execute comes from the three parts, not from two', () => {
    expect(get(derive(figures({ with_conditions: '13409', without_conditions: '5255', deferred: '155' }), 'cases', 2022), 'to_execute')).toBe('18819');
    expect(get(derive(figures({ with_conditions: '13409', without_conditions: '5255' }), 'cases', 2022), 'to_execute')).toBeNull();
  });

  it('2019: a split that does not close is still an error', () => {
    expect(codes(giaLai, 'cases', 2019)).toEqual(['CONDITIONS_SPLIT_MISMATCH']);
    expect(checkRelations(figures(giaLai), 'cases', 2019)[0]!.hint).toMatch(/^statistics years up to 2019: /);
  });

  it('year unknown: only what every regime shares — no deferred derived, no negative remainder', () => {
    expect(codes(giaLai, 'cases', null)).toEqual([]);
    expect(get(derive(figures(giaLai), 'cases', null), 'deferred')).toBeNull();
    expect(codes({ ...giaLai, to_execute: '18000' }, 'cases', null)).toEqual(['CONDITIONS_SPLIT_MISMATCH']);
  });

  it('each row follows its own year (national 2022: 861,529 = 653,719 + 195,675 + 12,135)', () => {
    const national = { to_execute: '861529', with_conditions: '653719', without_conditions: '195675', resolved: '500000' };
    expect(codes({ ...national, deferred: '12135' }, 'cases', 2022)).toEqual([]);
    expect(codes(national, 'cases', 2022)).toEqual([]);
    expect(codes(national, 'cases', 2019)).toEqual(['CONDITIONS_SPLIT_MISMATCH']);
  });
});

describe('fields a regime does not have', () => {
  it('before 2020 there is no deferred: a column of it is unknown, checked against nothing', () => {
    const given = figures({ to_execute: '100', with_conditions: '60', without_conditions: '40', deferred: '0', resolved: '50' });
    expect(get(derive(given, 'cases', 2019), 'deferred')).toBeNull();
    expect(get(derive(given, 'cases', 2022), 'deferred')).toBe('0');
    expect(codes({ to_execute: '100', with_conditions: '60', without_conditions: '40', deferred: '7', resolved: '50' }, 'cases', 2019)).toEqual([]);
  });
});
