// What a target asks of a group, in whole numbers of one scale: the amount required (target ×
// with_conditions ÷ 100; whole cases rounded up), the amount above it, and whether the target is
// met in the exact basis (resolved ≥ target × with_conditions ÷ 100). The same quantities as
// decimal.js products gave, exactly, at a fraction of the cost a group.
import { fromScaled, toCommonScale, type Dec } from './decimal.js';
import { targetFraction } from './rate-fraction.js';
import type { Measure } from './fields.js';

export interface TargetAmounts {
  readonly required: Dec;
  /** resolved − required; null when resolved is unknown */
  readonly aboveTarget: Dec | null;
  /** resolved ≥ target × with_conditions ÷ 100, unrounded; null when resolved is unknown */
  readonly met: boolean | null;
}

export function targetAmounts(measure: Measure, target: Dec, withConditions: Dec, resolved: Dec | null): TargetAmounts {
  const {
    units: [w, r],
    scale,
  } = toCommonScale([withConditions, resolved]);
  return targetAmountsOfUnits(measure, target, w!, r ?? null, scale);
}

/** The same of with_conditions `w` and resolved `r` (null: unknown) as whole numbers of `scale`. */
export function targetAmountsOfUnits(measure: Measure, target: Dec, w: bigint, r: bigint | null, scale: number): TargetAmounts {
  const { t, s, digits } = targetFraction(target);
  // product = t·w ÷ 10^(scale + digits + 2): both sides brought to that scale, compared and subtracted there.
  const product = t * w;
  const productScale = scale + digits + 2;
  const up = 100n * s; // resolved's units × up are units at productScale
  const met = r === null ? null : r * up >= product;
  if (measure === 'cases') {
    const whole = ceilQuotient(product, 10n ** BigInt(productScale));
    return { required: fromScaled(whole, 0), aboveTarget: r === null ? null : fromScaled(r - whole * 10n ** BigInt(scale), scale), met };
  }
  return { required: fromScaled(product, productScale), aboveTarget: r === null ? null : fromScaled(r * up - product, productScale), met };
}

/** n ÷ d rounded up (towards +∞), d > 0. */
function ceilQuotient(n: bigint, d: bigint): bigint {
  const q = n / d; // truncated towards zero
  return n % d > 0n ? q + 1n : q;
}
