// The money units a file's or a sheet's name states (units.ts unitsOfName): every one, so two
// different ones are refused (layout.ts namedUnits: UNIT_CONTRADICTION) — "(nghìn đồng / tỷ
// đồng)" cannot be a file name (a "/"), but a name read from a zip or a path part may hold it,
// and the rule is one. They were none read (null), the money taken as đồng. The same unit twice
// is one unit; words thads cannot read say nothing, as before.
import { describe, expect, it } from 'vitest';
import { unitsOfName } from '../../src/input/units.js';

describe('unitsOfName', () => {
  it.each([
    ['Nam Định 2024 (việc, nghìn đồng, triệu đồng)', ['thousand', 'million']],
    ['Nam Định 2024 (1000đ; triệu đồng)', ['thousand', 'million']],
    ['Nam Định 2024 (nghìn đồng / tỷ đồng)', ['thousand', 'billion']],
    ['TH 2024 (nghìn đồng, triệu đồng)', ['thousand', 'million']],
    ['BC (nghìn đồng) [triệu đồng]', ['thousand', 'million']],
    // the same unit twice: one
    ['Nam Định 2024 (nghìn đồng, 1000đ)', ['thousand']],
    ['Nam Định 2024 (việc, nghìn đồng)', ['thousand']],
    ['Nam Định 2024 (ĐVT 1000đ)', ['thousand']],
    // controls: initials, places, amounts — no unit, or the one unit
    ['BC 2019 (Việc, Tr)', []],
    ['BC 2019 (Đồng Hới, Triệu Phong)', []],
    ['BC 2019 (việc, Tr, nghìn đồng)', []],
    ['BC 2019 (các việc trên 1 triệu đồng) (nghìn đồng)', ['thousand']],
  ])('%j', (name, units) => {
    expect([...unitsOfName(name)].sort()).toEqual([...units].sort());
  });
});
