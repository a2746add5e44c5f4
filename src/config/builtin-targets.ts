// National targets set by the Ministry of Justice (SPEC §5), percent: cases / money.
// Years without a value have no built-in target.
import { parsePlainDecimal, type Dec } from '../domain/decimal.js';
import type { TargetSet } from '../domain/targets.js';

const TABLE: Record<number, { cases?: string; money?: string }> = {
  2018: { money: '32' },
  2019: { cases: '73' },
  2020: { cases: '80', money: '38' },
  2022: { cases: '81.5', money: '40.1' },
  2023: { cases: '82.5', money: '45.5' },
  2024: { cases: '83.25', money: '46.45' },
  2025: { cases: '83.9', money: '51.9' },
};

export function builtInTargets(): Map<number, TargetSet> {
  const out = new Map<number, TargetSet>();
  for (const [year, t] of Object.entries(TABLE)) {
    const set: TargetSet = {};
    if (t.cases) set.cases = parsePlainDecimal(t.cases) as Dec;
    if (t.money) set.money = parsePlainDecimal(t.money) as Dec;
    out.set(Number(year), set);
  }
  return out;
}

export const LATEST_BUILT_IN_YEAR = Math.max(...Object.keys(TABLE).map(Number));
