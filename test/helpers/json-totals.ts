// What workbook tests read from a run: the total's with-conditions and resolved of each measure
// and the offices, from summarize's JSON; or a refusal's stderr, its temp path made FILE.
import { expect } from 'vitest';
import { runThads } from './cli.js';

export async function jsonTotals(files: string | readonly string[]): Promise<{ cases: [string, string]; money: [string, string]; districts: string[] }> {
  const r = await runThads(['summarize', ...(typeof files === 'string' ? [files] : files), '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  const body = JSON.parse(r.stdout);
  return {
    cases: [body.total.cases.withConditions, body.total.cases.resolved],
    money: [body.total.money.withConditions, body.total.money.resolved],
    districts: body.groups.map((g: { district: string }) => g.district).sort(),
  };
}

export async function refusalText(file: string): Promise<string> {
  const r = await runThads(['summarize', file, '--format', 'csv']);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  return r.stderr.split(file).join('FILE');
}

/** The total's figures a unit test compares, from summarize's JSON output (as printed: strings). */
export interface TotalFigures {
  cases: string;
  casesResolved: string;
  money: string;
  moneyResolved: string;
  moneyRate: string;
}

export function totalFigures(stdout: string): TotalFigures {
  const t = JSON.parse(stdout).total;
  return { cases: t.cases.withConditions, casesResolved: t.cases.resolved, money: t.money.withConditions, moneyResolved: t.money.resolved, moneyRate: t.money.rate };
}

type CaseTotals = { withConditions: string | null; resolved: string | null; rate: string | null };
/** Each office's and the total's cases [with conditions, resolved, rate], from summarize's JSON (the total under TOTAL). */
export function casesByOffice(stdout: string): Record<string, (string | null | undefined)[]> {
  const j = JSON.parse(stdout) as { groups: { district: string; cases: CaseTotals | null }[]; total: { cases: CaseTotals | null } };
  const of = (t: CaseTotals | null) => [t?.withConditions, t?.resolved, t?.rate];
  return { ...Object.fromEntries(j.groups.map((g) => [g.district, of(g.cases)])), TOTAL: of(j.total.cases) };
}
