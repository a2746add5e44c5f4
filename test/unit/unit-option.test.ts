// The one rule on the money unit options give a file (input/unit-option.ts): an input, thads' own
// output, a --previous file that states its unit or none, with or without an option.
import { describe, expect, it } from 'vitest';
import { ThadsError } from '../../src/errors.js';
import { newFileReport, type ReadOptions, type StatedUnit } from '../../src/input/file-report.js';
import { HeaderMatcher } from '../../src/input/headers.js';
import { moneyUnitOption, statedInputUnit } from '../../src/input/unit-option.js';

const base: ReadOptions = { matcher: new HeaderMatcher({}), numberFormat: 'auto' };
const option = { unit: 'thousand' as const, source: '--money-unit' };
const stated: StatedUnit = { unit: 'thousand', text: 'Đơn vị tính: nghìn đồng', location: { file: 'tien-2019.csv', line: 2, column: 1 } };
const none = { ownOutput: false, statesUnit: false, hasMoney: true };
const where = { file: 'tien-2018.csv', line: 1 };

describe('moneyUnitOption', () => {
  it("an input takes the option; thads' own output never does", () => {
    expect(moneyUnitOption({ ...base, moneyUnit: option }, none, where)).toEqual(option);
    expect(moneyUnitOption({ ...base, moneyUnit: option }, { ...none, ownOutput: true }, where)).toBeNull();
    expect(moneyUnitOption(base, none, where)).toBeNull();
  });

  it('a --previous file that states its unit keeps it (rule 1)', () => {
    expect(moneyUnitOption({ ...base, previous: true, moneyUnit: option, inputUnit: stated }, { ...none, statesUnit: true }, where)).toBeNull();
  });

  it('one that states none is read in the option (rule 2), even when the input states another unit', () => {
    expect(moneyUnitOption({ ...base, previous: true, moneyUnit: option }, none, where)).toEqual(option);
    const million = { unit: 'million' as const, source: 'moneyUnit in thads.config.json' };
    expect(moneyUnitOption({ ...base, previous: true, moneyUnit: million, inputUnit: stated }, none, where)).toEqual(million);
  });

  it('without an option, refused when the input states a unit other than đồng (rule 3)', () => {
    let error: unknown;
    try {
      moneyUnitOption({ ...base, previous: true, inputUnit: stated }, none, where);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ThadsError);
    expect((error as ThadsError).code).toBe('PREVIOUS_UNIT_UNKNOWN');
    expect((error as ThadsError).message).toBe('this --previous file states no money unit, but the input states its money in nghìn đồng ("Đơn vị tính: nghìn đồng", tien-2019.csv:2:1): its money could be in nghìn đồng or in đồng');
    expect((error as ThadsError).location).toEqual(where);
  });

  it('otherwise đồng (rule 4); a file without money needs no unit', () => {
    expect(moneyUnitOption({ ...base, previous: true }, none, where)).toBeNull();
    expect(moneyUnitOption({ ...base, previous: true, inputUnit: stated }, { ...none, hasMoney: false }, where)).toBeNull();
  });
});

describe('statedInputUnit', () => {
  it('the first unit other than đồng the inputs state, in its sheet for a workbook', () => {
    const inDong = { ...newFileReport('a.csv'), moneyUnitStated: { ...stated, unit: 'dong' as const, text: 'Đơn vị tính: đồng' } };
    const plain = newFileReport('b.csv');
    const sheet = { ...newFileReport('c.xlsx'), sheet: { name: 'Biểu 02', how: 'the first' }, moneyUnitStated: stated };
    expect(statedInputUnit([inDong, plain])).toBeUndefined();
    expect(statedInputUnit([inDong, plain, sheet])).toEqual({ ...stated, location: { ...stated.location, sheet: 'Biểu 02' } });
  });
});
