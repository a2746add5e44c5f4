// BELOW_TARGET's rate: "Foxtrot (2024): cases rate 83.25% is below its target of 83.25%" read
// as a contradiction (83.249 % misses 83.25 % on the exact basis); the digits that tell it below.
import { describe, expect, it } from 'vitest';
import { missedRate } from '../../src/commands/common.js';
import { D } from '../../src/domain/decimal.js';

const rate = (resolved: number, withConditions: number) => new D(resolved).times(100).div(withConditions);
const shown = (r: InstanceType<typeof D>, decimals: number) => r.toDecimalPlaces(decimals, D.ROUND_HALF_UP);

describe('missedRate', () => {
  it('rounded below the target: as printed', () => {
    const r = rate(70, 100);
    expect(missedRate(r, shown(r, 2), new D(73), 2)).toBe('70.00');
  });
  it('83.249 % (exact) against 83.25 %: "83.249"', () => {
    const r = rate(83249, 100000);
    expect(missedRate(r, shown(r, 2), new D('83.25'), 2)).toBe('83.249');
  });
  it('84584/101604 = 83.2486909… % against 83.25 %: "83.248…"', () => {
    const r = rate(84584, 101604);
    expect(missedRate(r, shown(r, 2), new D('83.25'), 2)).toBe('83.248…');
  });
  it('no decimals printed: 72.6 % against 73 % rounds to 73, "72.6"', () => {
    const r = rate(726, 1000);
    expect(missedRate(r, shown(r, 0), new D(73), 0)).toBe('72.6');
  });
});
