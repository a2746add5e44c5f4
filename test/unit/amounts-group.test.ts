// English exports: a two-row header whose money group is "Amounts" (or "Amount", "Value", "Sums
// of money", over "With conditions | Resolved"), or whose cases group is "Number of cases", was
// refused MEASURE_UNKNOWN: these words now name the measure as "Money" and "Cases" do (fields.ts
// MEASURE_WORDS, the one list). Both readers agree.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-amounts-group-', ['--by', 'none', '--format', 'csv', '--year', '2019']);

/** Named total columns of the CSV output's total row. */
function pick(stdout: string, names: readonly string[]): string[] {
  const [head, total] = stdout.trim().split('\n');
  const columns = head!.split(',');
  const cells = total!.split(',');
  return names.map((n) => cells[columns.indexOf(n)]!);
}
const MONEY = ['money_with_conditions', 'money_resolved', 'money_rate'];
const BOTH = ['cases_with_conditions', 'cases_resolved', 'cases_rate', ...MONEY];

const TITLE = 'CIVIL JUDGMENT ENFORCEMENT RESULTS IN MONEY, STATISTICS YEAR 2019';
// By hand: 12,500.5 + 7,500.5 = 20,001 and 10,250.25 + 2,500.25 = 12,750.5 in đồng;
// 12,750.5 / 20,001 = 0.637493… → 63.75 %.
const IN_DONG = ['20001', '12750.5', '63.75'];

const GROUP_TITLE = 'CIVIL JUDGMENT ENFORCEMENT RESULTS, STATISTICS YEAR 2019';
const SUB = ',With conditions,Resolved,With conditions,Resolved';
const ROWS = ['District A,10,8,"12,500.5","10,250.25"', 'District B,20,5,"7,500.5","2,500.25"'];
// By hand: cases 10 + 20 = 30 with conditions, 8 + 5 = 13 resolved, 13 / 30 = 43.33 %; money as
// IN_DONG.
const GROUPED = ['30', '13', '43.33', ...IN_DONG];

describe('English measure groups over a two-row header (item 2, both readers)', () => {
  it.each([
    ['Cases', 'Money'],
    ['Cases', 'Amounts'],
    ['Cases', 'Amount'],
    ['Cases', 'AMOUNTS'],
    ['Cases', '"Amounts (VND)"'],
    ['Cases', 'Value'],
    ['Cases', 'Values'],
    ['Cases', 'Sums of money'],
    ['Cases', 'Amount of money'],
    ['Number of cases', 'Amounts'],
    ['No. of cases', 'Money'],
    ['NUMBER OF CASES', 'Value'],
  ])('"%s" | %s: read, exit 0 — was MEASURE_UNKNOWN (but for "Cases" | "Money")', async (cases, money) => {
    const r = await both('groups-2019.csv', [GROUP_TITLE, `Office,${cases},,${money},`, SUB, ...ROWS]);
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, BOTH)).toEqual(GROUPED);
    expect(r.stderr).toBe('');
  });

  it('"Amount (VND million)": the group\'s unit is read (20,001 × 10^6, 12,750.5 × 10^6)', async () => {
    const r = await both('groups-2019.csv', [GROUP_TITLE, 'Office,Cases,,"Amount (VND million)",', SUB, ...ROWS]);
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, BOTH)).toEqual(['30', '13', '43.33', '20001000000', '12750500000', '63.75']);
  });

  it('"Amounts (USD)": refused UNIT_UNREADABLE, never đồng', async () => {
    const r = await both('groups-2019.csv', [GROUP_TITLE, 'Office,Cases,,"Amounts (USD)",', SUB, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('FILE:3:4: error: the money unit "USD" in this header cell is not one thads reads [UNIT_UNREADABLE]');
  });

  it('over-reach: a group "Amounts recovered" names no measure: still MEASURE_UNKNOWN, as before', async () => {
    const r = await both('groups-2019.csv', [GROUP_TITLE, 'Office,Cases,,Amounts recovered,', SUB, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('FILE:3:4: error: column "With conditions" does not say whether it counts cases or money [MEASURE_UNKNOWN]');
  });

  it('over-reach: "Amounts recovered" as a plain column stays an unknown column, ignored with its warning (as before)', async () => {
    const r = await both('plain-2019.csv', [TITLE, 'Office,Money with conditions,Money resolved,Amounts recovered', 'District A,"12,500.5","10,250.25",7', 'District B,"7,500.5","2,500.25",3']);
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(IN_DONG);
    expect(r.stderr.split('\n')[0]).toBe('FILE:2:4: warning: column "Amounts recovered" is not a known figure and is ignored [UNKNOWN_COLUMN]');
  });

  it('a plain "Amount resolved" | "Value with conditions" names money as "Money resolved" does', async () => {
    const r = await both('plain-2019.csv', [GROUP_TITLE, 'Office,Value with conditions,Amount resolved', 'District A,"12,500.5","10,250.25"', 'District B,"7,500.5","2,500.25"']);
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(IN_DONG);
  });
});
