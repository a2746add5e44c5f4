// English unit lines without their colon ("Unit thousand VND", "Units thousand VND", "Unit VND
// million") above the table were passed over: money read in đồng, 10^3–10^6 too small (exit 0),
// while "Unit: VND thousand" was read. A bare "unit"/"units" is now a unit label read strictly,
// as the bare Vietnamese "đơn vị" is: its value must be money words and numbers only, or a unit
// thads knows ("Unit 1", "Unit of enforcement: …", "Reporting unit: …" are no unit line).
import { describe, expect, it } from 'vitest';
import { parseUnitLine } from '../../src/input/units.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-english-bare-unit-', ['--by', 'none', '--format', 'csv', '--year', '2019']);

const TITLE = 'CIVIL JUDGMENT ENFORCEMENT RESULTS IN MONEY, STATISTICS YEAR 2019';
const HEADER = 'Office,Money with conditions,Money resolved';
const ROWS = ['District A,12500,10250', 'District B,7500,2500', 'Total,20000,12750'];

// By hand: 12500 + 7500 = 20000 and 10250 + 2500 = 12750 in the file's unit; 12750 / 20000 = 63.75 %.
// thousand: × 1000 → 20000000 / 12750000; million: × 1000000 → 20000000000 / 12750000000.
const IN_DONG = ['20000', '12750', '63.75'];
const IN_THOUSAND = ['20000000', '12750000', '63.75'];
const IN_MILLION = ['20000000000', '12750000000', '63.75'];

/** The total row's money with conditions, money resolved and rate. */
function money(stdout: string): string[] {
  const [head, ...rest] = stdout.trim().split('\n');
  const names = head!.split(',');
  const total = rest.find((l) => l.split(',')[1] === 'TOTAL')!.split(',');
  return ['money_with_conditions', 'money_resolved', 'money_rate'].map((n) => total[names.indexOf(n)]!);
}

describe('parseUnitLine: a bare English "unit" before the unit', () => {
  it.each([
    ['Unit thousand VND', 'thousand'],
    ['Units thousand VND', 'thousand'],
    ['UNIT THOUSAND VND', 'thousand'],
    ['Unit VND million', 'million'],
    ['Unit VND thousand', 'thousand'],
    ['Unit in VND million', 'million'],
    ['(Unit 1,000 VND)', 'thousand'],
    ['Unit dong', 'dong'],
    // with a colon, as before
    ['Unit: VND thousand', 'thousand'],
    ['Units: thousand VND', 'thousand'],
  ])('%s → %s', (text, unit) => expect(parseUnitLine(text)).toEqual({ kind: 'money', unit }));

  it.each(['Unit 1', 'Unit of enforcement: Region 1 office', 'Reporting unit: Nam Dinh Department', 'Unit name', 'Units 2019', 'Unit: Region 12 office'])('%s is no unit line', (text) => {
    expect(parseUnitLine(text)).toBeNull();
  });

  it.each(['Unit USD', 'Unit VND hundreds'])('%s names money thads cannot read: unreadable, never đồng', (text) => {
    expect(parseUnitLine(text)?.kind).toBe('unreadable');
  });
});

describe('a bare English unit line above the table (both readers)', () => {
  it.each([
    ['Unit thousand VND', IN_THOUSAND],
    ['Units thousand VND', IN_THOUSAND],
    ['Unit VND million', IN_MILLION],
    ['"Unit: VND thousand"', IN_THOUSAND],
    ['Units: thousand VND', IN_THOUSAND],
  ])('%s', async (line, expected) => {
    const r = await both('bare-unit.csv', [TITLE, line, HEADER, ...ROWS]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(money(r.stdout)).toEqual(expected);
  });

  // over-reach: lines that name no unit leave the money in đồng, as before
  it.each(['Unit 1', 'Unit of enforcement: Region 1 office', 'Reporting unit: Nam Dinh Department'])('%s: no unit line, money in đồng', async (line) => {
    const r = await both('no-unit.csv', [TITLE, `"${line}"`, HEADER, ...ROWS]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(money(r.stdout)).toEqual(IN_DONG);
  });

  it('"Unit USD" is refused, never read as đồng', async () => {
    const r = await both('usd.csv', [TITLE, 'Unit USD', HEADER, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^FILE:2:1: error: .*\[UNIT_UNREADABLE\]/);
  });
});
