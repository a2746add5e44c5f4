// The relations table (src/domain/relations.ts): regimes by year, the words generated from it,
// and README's copy of it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultHint } from '../../src/errors.js';
import { codeHint, hintOf, isPartOf, REGIMES, regimeOf, ruleText } from '../../src/domain/relations.js';
import { ROOT } from '../helpers/cli.js';

describe('the relations table', () => {
  it('gives each statistics year its regime', () => {
    expect(regimeOf(2013).id).toBe('tt01-2013');
    expect(regimeOf(2019).id).toBe('tt01-2013');
    expect(regimeOf(2020).id).toBe('tt06-2019');
    expect(regimeOf(2026).id).toBe('tt06-2019');
    expect(regimeOf(null).id).toBe('year-unknown');
  });

  it('lists the same kinds of relation in the same order in every regime (README’s table relies on it)', () => {
    const shape = (id: string) => REGIMES.find((r) => r.id === id)!.relations.map((r) => `${r.kind}:${r.code}`);
    for (const r of REGIMES) expect(shape(r.id)).toEqual(shape('tt01-2013'));
  });

  it('words the rules the way the hints always read', () => {
    const [tt2013] = REGIMES;
    const rules = tt2013!.relations.map(ruleText);
    expect(rules).toContain('total accepted must equal carried over + new');
    expect(rules).toContain('resolved must equal completed + terminated (+ reduced for money)');
    expect(rules).toContain('completed, terminated, reduced, in progress, postponed, suspended and other are parts of with conditions');
    expect(rules).toContain('to execute cannot be larger than total accepted');
  });

  it('names the regime in a hint only where the rule depends on it', () => {
    const split = (id: string) => REGIMES.find((r) => r.id === id)!.relations.find((r) => r.code === 'CONDITIONS_SPLIT_MISMATCH')!;
    const total = REGIMES[0]!.relations.find((r) => r.code === 'TOTAL_MISMATCH')!;
    expect(hintOf(split('tt01-2013'), regimeOf(2019))).toBe('statistics years up to 2019: to execute must equal with conditions + without conditions');
    expect(hintOf(split('tt06-2019'), regimeOf(2022))).toBe('statistics years from 2020: to execute must equal with conditions + without conditions + deferred (deferred, when not given, cannot be negative)');
    expect(hintOf(total, regimeOf(2019))).toBe('total accepted must equal carried over + new');
  });

  it('is where the error table takes the hints of the relation codes from', () => {
    for (const r of REGIMES.flatMap((x) => x.relations)) expect(defaultHint(r.code)).toBe(codeHint(r.code));
    expect(codeHint('CONDITIONS_SPLIT_MISMATCH')).toContain('statistics years up to 2019: to execute must equal with conditions + without conditions;');
  });

  it('README holds exactly the table scripts/relations-table.mjs generates', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'relations-table.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('isPartOf: which field a group holds, from the relations', () => {
  it.each([
    ['completed', 'with_conditions', true], ['resolved', 'with_conditions', true], ['completed', 'resolved', true],
    ['with_conditions', 'to_execute', true], ['with_conditions', 'total', true], ['carried_forward', 'to_execute', true],
    ['with_conditions', 'carried_forward', false], ['postponed', 'deferred', false], ['carried_forward', 'with_conditions', false],
    ['with_conditions', 'with_conditions', false], ['total', 'resolved', false],
  ] as const)('%s in %s: %s', (part, whole, expected) => expect(isPartOf(part, whole)).toBe(expected));
});
