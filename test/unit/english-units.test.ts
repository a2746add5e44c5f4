// English unit wordings (round 47a, 01 and 02): a unit line "(in VND million)", "Amounts in VND
// million", "Money: VND million" or an unquoted "Unit: VND, million" was read as đồng (money 10^6
// too small, exit 0), and the same words in a header's note were refused. The filler words ("in",
// "of", "Amounts"/"Figures"/"Money"/"Unit of money" labels, a comma, plural scales) change no unit;
// money named with a scale thads cannot read whole is refused, never đồng. Both readers agree.
import { describe, expect, it } from 'vitest';
import { parseMoneyUnit, parseUnitLine, type MoneyUnit } from '../../src/input/units.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-english-units-', ['--by', 'none', '--format', 'csv']);

const TITLE = 'CIVIL JUDGMENT ENFORCEMENT RESULTS IN MONEY, STATISTICS YEAR 2019';
const HEADER = 'Office,Money with conditions,Money resolved';
const ROWS = ['District A,"12,500.5","10,250.25"', 'District B,"7,500.5","2,500.25"', 'Total,"20,001","12,750.5"'];

// By hand: 12,500.5 + 7,500.5 = 20,001 and 10,250.25 + 2,500.25 = 12,750.5 in the file's unit;
// 12,750.5 / 20,001 = 63.749…% → 63.75.
const EXPECTED: Record<MoneyUnit, [string, string]> = {
  dong: ['20001', '12750.5'],
  thousand: ['20001000', '12750500'],
  million: ['20001000000', '12750500000'],
  billion: ['20001000000000', '12750500000000'],
};

/** The total row's money with conditions, money resolved and rate. */
function money(stdout: string): [string, string, string] {
  const [head, total] = stdout.trim().split('\n');
  const names = head!.split(',');
  const cells = total!.split(',');
  const pick = (n: string) => cells[names.indexOf(n)]!;
  return [pick('money_with_conditions'), pick('money_resolved'), pick('money_rate')];
}

const WORDINGS: [string, MoneyUnit][] = [
  ['in VND million', 'million'],
  ['In VND million', 'million'],
  ['in million VND', 'million'],
  ['In millions of VND', 'million'],
  ['in thousand VND', 'thousand'],
  ['in VND thousand', 'thousand'],
  ['in thousands of dong', 'thousand'],
  ['in VND billion', 'billion'],
  ['In million dong', 'million'],
  ['VND millions', 'million'],
  ['in VND', 'dong'],
  ['in dong', 'dong'],
];

describe('parseMoneyUnit: English filler words change no unit', () => {
  it.each(WORDINGS)('%s → %s', (text, unit) => expect(parseMoneyUnit(text)).toBe(unit));
  it.each(['in', 'in money', 'in 2019', 'of VND'])('%s is no unit', (text) => expect(parseMoneyUnit(text)).toBeNull());
});

describe('parseUnitLine: English unit lines', () => {
  it.each([
    ['(in VND million)', 'million'],
    ['Amounts in VND million', 'million'],
    ['Figures in VND million', 'million'],
    ['In million dong', 'million'],
    ['(In millions of VND)', 'million'],
    ['(in thousand VND)', 'thousand'],
    ['(in VND billion)', 'billion'],
    ['Money: VND million', 'million'],
    ['Amounts: VND million', 'million'],
    ['Unit of money: VND million', 'million'],
    ['Currency: VND million', 'million'],
    ['Unit: VND, million', 'million'],
    ['Unit: VND millions', 'million'],
    ['(in VND)', 'dong'],
  ])('%s → %s', (text, unit) => expect(parseUnitLine(text)).toEqual({ kind: 'money', unit }));

  it.each(['(expressed in VND million)', '(in VND million, rounded)', 'In VND million and USD'])('%s names money and a scale thads cannot read whole: unreadable', (text) => {
    expect(parseUnitLine(text)?.kind).toBe('unreadable');
  });

  it.each(['RESULTS IN MONEY, STATISTICS YEAR 2019', 'In 2019', '(in cases)', 'Money: results of the year'])('%s is no unit line', (text) => {
    expect(parseUnitLine(text)).toBeNull();
  });
});

describe('English units in files, both readers', () => {
  const LINES: [string, MoneyUnit][] = [
    ['(in VND million)', 'million'],
    ['Amounts in VND million', 'million'],
    ['Money: VND million', 'million'],
    ['Unit: VND, million', 'million'],
    ['"Unit: VND, million"', 'million'],
    ['Unit: VND million', 'million'],
    ['(In millions of VND)', 'million'],
    ['(in million VND)', 'million'],
    ['(in thousand VND)', 'thousand'],
    ['(in VND billion)', 'billion'],
    ['Figures in VND million', 'million'],
    ['Unit of money: VND million', 'million'],
    ['In million dong', 'million'],
    ['(in VND)', 'dong'],
    // a line of one cell that is a unit and nothing else, unlabelled: it had been left unread (đồng)
    ['VND million', 'million'],
    ['VND thousand', 'thousand'],
    ['Nghìn đồng', 'thousand'],
    [',,Triệu đồng', 'million'],
    ['Tỷ đồng', 'billion'],
  ];
  it.each(LINES)('unit line %s: money in %s, exit 0', async (line, unit) => {
    const r = await both('unit-line-money-2019.csv', [TITLE, line, HEADER, ...ROWS]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(money(r.stdout)).toEqual([...EXPECTED[unit], '63.75']);
  });

  it.each(WORDINGS)('header note (%s): money in %s, exit 0', async (note, unit) => {
    const r = await both('header-note-money-2019.csv', [TITLE, `Office,Money with conditions (${note}),Money resolved (${note})`, ...ROWS]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(money(r.stdout)).toEqual([...EXPECTED[unit], '63.75']);
  });

  it('a unit line naming a scale it cannot read whole is refused, never đồng', async () => {
    const r = await both('expressed-money-2019.csv', [TITLE, '(expressed in VND million)', HEADER, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:2:1: error: the unit line "expressed in VND million" names a money unit thads cannot read [UNIT_UNREADABLE]');
  });

  it('the same words in a header note are refused at the cell', async () => {
    const r = await both('expressed-header-money-2019.csv', [TITLE, 'Office,Money with conditions (expressed in VND million),Money resolved (expressed in VND million)', ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:2: error: the money unit "expressed in VND million" in this header cell is not one thads reads [UNIT_UNREADABLE]');
  });

  it('two units, one per cell, are still refused ("Unit: VND" | "thousand VND")', async () => {
    const r = await both('two-units-money-2019.csv', [TITLE, 'Unit: VND,thousand VND', HEADER, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:1: error: the unit line "Unit: VND, thousand VND" names a money unit thads cannot read [UNIT_UNREADABLE]');
  });
});
