// The scan behind the config's duplicate-key refusal (round 31b, 02): JSON.parse keeps the last of
// two equal keys, so the scan finds them, with the place of each, on a text JSON.parse accepted.
import { describe, expect, it } from 'vitest';
import { memberId, scanJsonMembers } from '../../src/config/json-members.js';

describe('scanJsonMembers', () => {
  it('finds a year given twice, on lines 3 and 5, with the path from the top', () => {
    const text = '{\n  "targets": {\n    "2019": { "cases": 74 },\n    "2020": { "cases": 80.5 },\n    "2019": { "money": "34.5" }\n  }\n}\n';
    const { duplicates } = scanJsonMembers(text);
    expect(duplicates).toEqual([{ path: ['targets', '2019'], first: { line: 3, column: 5 }, second: { line: 5, column: 5 } }]);
  });

  it('compares keys as JSON reads them: "\\u0032019" is "2019"', () => {
    expect(scanJsonMembers('{"2019": 1, "\\u0032019": 2}').duplicates.map((d) => d.path)).toEqual([['2019']]);
  });

  it('one key in two objects, in arrays, or as a string value is no duplicate', () => {
    const text = '{"a": {"cases": 1}, "b": {"cases": 2}, "l": [{"x": 1}, {"x": 2}], "s": "a", "t": "\\"a\\""}';
    expect(scanJsonMembers(text).duplicates).toEqual([]);
  });

  it('finds a duplicate inside an array element, named by its index', () => {
    expect(scanJsonMembers('{"l": [1, {"x": 1, "x": 2}]}').duplicates.map((d) => d.path)).toEqual([['l', '1', 'x']]);
  });

  it('counts CRLF and CR line ends once each, and columns from 1', () => {
    const { places } = scanJsonMembers('{\r\n"a": {\r"b": 1}}');
    expect(places.get(memberId(['a']))).toEqual({ line: 2, column: 1 });
    expect(places.get(memberId(['a', 'b']))).toEqual({ line: 3, column: 1 });
  });
});
