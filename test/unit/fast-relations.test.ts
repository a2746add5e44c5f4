// The fast path's compiled relation checks (src/input/fast/pairs.ts) against the reference,
// checkRelations of domain/figures.ts: on random rows — random sets of given fields, values
// consistent or nudged by a thousandth or a unit — a row breaks a compiled check exactly when
// checkRelations reports something.
import { describe, expect, it } from 'vitest';
import { fromScaled } from '../../src/domain/decimal.js';
import { checkRelations, emptyFigures } from '../../src/domain/figures.js';
import { F, FIELD_COUNT, MEASURES } from '../../src/domain/fields.js';
import { regimeOf, REGIMES } from '../../src/domain/relations.js';
import { relationChecks, RowChecks } from '../../src/input/fast/pairs.js';

import { mulberry32 as rng } from '../helpers/mulberry32.mjs';

describe('compiled relation checks', () => {
  it('break exactly when checkRelations reports, on 20,000 random rows', () => {
    const next = rng(7);
    const int = (n: number) => Math.floor(next() * n);
    let broken = 0;
    for (let n = 0; n < 20_000; n++) {
      const measure = MEASURES[int(2)]!;
      // Up to 2019, 2020 on, year unknown: each regime's table compiled and interpreted.
      const year = [2019, 2022, null][int(3)]!;
      const modern = year !== 2019;
      // Consistent figures in thousandths, as an export would hold them.
      const draw = () => (next() < 0.1 ? 0 : int(next() < 0.5 ? 1000 : 1e12) * 1000 + (measure === 'money' && next() < 0.5 ? int(1000) : 0));
      const v = new Array<number>(FIELD_COUNT).fill(0);
      for (const k of [F.completed, F.terminated, F.reduced, F.in_progress, F.postponed, F.suspended, F.other]) v[k] = k === F.reduced && measure === 'cases' ? 0 : draw();
      v[F.with_conditions] = [F.completed, F.terminated, F.reduced, F.in_progress, F.postponed, F.suspended, F.other].reduce((s, k) => s + v[k]!, 0);
      v[F.without_conditions] = draw();
      v[F.deferred] = modern ? draw() : 0;
      v[F.to_execute] = v[F.with_conditions]! + v[F.without_conditions]! + v[F.deferred]!;
      v[F.delegated] = draw();
      v[F.withdrawn] = draw();
      v[F.total] = v[F.to_execute]! + v[F.delegated]! + v[F.withdrawn]!;
      v[F.carried_over] = Math.floor(v[F.total]! * next() / 1000) * 1000;
      v[F.new] = v[F.total]! - v[F.carried_over]!;
      v[F.resolved] = v[F.completed]! + v[F.terminated]! + v[F.reduced]!;
      v[F.carried_forward] = v[F.to_execute]! - v[F.resolved]!;
      // Now and then a cell off by a thousandth, a unit or a lot (never below 0: cells are digits).
      for (let k = 0; k < FIELD_COUNT; k++) if (next() < 0.04) v[k] = Math.max(0, v[k]! + [1, -1, 1000, -1000, 1e9][int(5)]! * (measure === 'cases' ? 1000 : 1));
      if (measure === 'cases') for (let k = 0; k < FIELD_COUNT; k++) v[k] = Math.floor(v[k]! / 1000) * 1000;

      const known = [...Array(FIELD_COUNT).keys()].filter((k) => (measure === 'money' || k !== F.reduced) && next() < 0.6);
      const given = emptyFigures();
      for (const k of known) given[k] = fromScaled(v[k]!, 3);
      const reference = checkRelations(given, measure, year).length > 0;

      const checks = relationChecks(measure, known, regimeOf(year));
      // The fast path's sums of hi stay exact: at most eight cells of 10^15 with coefficients ±1.
      for (const c of checks) expect(c.coefs.reduce((a, x) => a + Math.abs(x), 0)).toBeLessThanOrEqual(8);
      const row = new RowChecks(checks.map((check) => ({ check, slots: check.fields })));
      const hi = Float64Array.from(v, (x) => Math.floor(x / 1000));
      const lo = Float64Array.from(v, (x) => x % 1000);
      expect({ n, known, values: v, broken: row.violated(hi, lo) }).toEqual({ n, known, values: v, broken: reference });
      if (reference) broken++;
    }
    // Both answers occur often.
    expect(broken).toBeGreaterThan(2000);
    expect(broken).toBeLessThan(18_000);
  });

  it('compile a full cases file to a handful of short forms, in every regime', () => {
    const all = [...Array(FIELD_COUNT).keys()].filter((k) => k !== F.reduced);
    for (const regime of REGIMES) for (const m of MEASURES) for (const c of relationChecks(m, [...Array(FIELD_COUNT).keys()], regime)) expect(c.fields.length).toBeLessThanOrEqual(8);
    const checks = relationChecks('cases', all, regimeOf(2019));
    expect(checks.every((c) => c.fields.length <= 8)).toBe(true);
    // resolved = completed + terminated
    expect(checks).toContainEqual({ fields: [F.completed, F.terminated, F.resolved], coefs: [-1, -1, 1], positive: false });
  });
});
