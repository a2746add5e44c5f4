// Two different money units in one file's or sheet's name (unit2): "Nam Định 2024 (việc, nghìn
// đồng, triệu đồng).csv" with no unit line inside was read as đồng — TOTAL money with conditions
// 12000 đ (5000 + 7000), exit 0, no warning: 1000× or 1,000,000× too small, whichever unit was
// meant. So were "(1000đ; triệu đồng)", "(nghìn đồng) (triệu đồng)" and a sheet "TH 2024
// (nghìn đồng, triệu đồng)". Such a name cannot be read: refused UNIT_CONTRADICTION at the file (no
// line), exit 1, as two names that disagree are (units.ts unitsOfName → layout.ts namedUnits).
// The same unit twice ("(nghìn đồng, 1000đ)") is one unit: nghìn đồng. Totals are worked out by
// hand; each file runs through the real binary and both readers in process (a plain CSV the byte
// scanner, a titled one the reference reader); the sheet names in .xlsx workbooks.
import { spawnThads } from '../helpers/cli.js';
import { describe, expect, it } from 'vitest';
import { HEADER, OFFICES, PROVINCE, TITLE, PLAIN, TITLED, IN_DONG, IN_THOUSAND, nameUnitFiles } from '../helpers/name-unit-files.js';

const { write, run, bothTotals, workbook } = nameUnitFiles('unit2');

describe('the finding: "Nam Định 2024 (việc, nghìn đồng, triệu đồng).csv"', () => {
  const NAME = 'Nam Định 2024 (việc, nghìn đồng, triệu đồng).csv';
  const LINES = [
    'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
    '1,Chi cục THADS huyện Mỹ Lộc,100,80,5000,4000',
    '2,Chi cục THADS huyện Vụ Bản,200,150,7000,3000',
  ];

  it('refused UNIT_CONTRADICTION at the file, exit 1 (was 12000 đ, exit 0)', () => {
    const file = write(NAME, LINES);
    const r = spawnThads(['summarize', file, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file}: error: the file name "${NAME}" gives money in two units, thousand and million [UNIT_CONTRADICTION]`);
    expect(r.stderr).toContain('hint: name the file with the one unit its money is in');
  });

  it('read as --money-unit says, with a warning: with conditions 5000 + 7000 = 12000 nghìn = 12000000 đ', () => {
    const r = spawnThads(['summarize', write(NAME, LINES), '--format', 'json', '--money-unit', 'thousand']);
    expect(r.code).toBe(0);
    expect(String(JSON.parse(r.stdout).total.money.withConditions)).toBe('12000000');
    expect(String(JSON.parse(r.stdout).total.money.resolved)).toBe('7000000');
    expect(r.stderr).toContain('[UNIT_CONFLICT]');
  });
});

describe('two different units in a file name: refused, both readers', () => {
  it.each([
    ['Nam Định 2019 (việc, nghìn đồng, triệu đồng).csv', 'thousand and million'],
    ['Nam Định 2019 (1000đ; triệu đồng).csv', 'thousand and million'],
    ['Nam Định 2019 (nghìn đồng) (triệu đồng).csv', 'thousand and million'],
    ['Nam Định 2019 (Tiền - nghìn đồng và tỷ đồng).csv', 'thousand and billion'],
    ['Nam Định 2019 (Việc, đồng, nghìn đồng).csv', 'dong and thousand'],
    ['Nam Định 2019 - ĐVT nghìn đồng, triệu đồng.csv', 'thousand and million'],
  ])('%j', async (name, units) => {
    for (const lines of [PLAIN, TITLED]) {
      const r = run(write(name, lines), '--year', '2019');
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`error: the file name "${name}" gives money in two units, ${units} [UNIT_CONTRADICTION]`);
      expect(r.stderr).not.toMatch(/\.csv:\d/);
      expect(await bothTotals(name, lines)).toBe(1);
    }
  });

  it('the same unit twice is one unit: nghìn đồng (×1000)', async () => {
    for (const name of ['Nam Định 2019 (nghìn đồng, 1000đ).csv', 'Nam Định 2019 (việc, nghìn đồng) (1000đ).csv']) {
      for (const lines of [PLAIN, TITLED]) {
        expect(run(write(name, lines), '--year', '2019')).toMatchObject({ code: 0, total: IN_THOUSAND });
        expect(await bothTotals(name, lines)).toEqual(IN_THOUSAND);
      }
    }
  });

  it('a unit line inside stating one unit does not settle it: still refused', async () => {
    const name = 'Nam Định 2019 (việc, nghìn đồng, triệu đồng).csv';
    for (const unitLine of ['Đơn vị tính: nghìn đồng', 'Đơn vị tính: triệu đồng']) {
      const lines = [PROVINCE, TITLE, unitLine, HEADER, ...OFFICES];
      const r = run(write(name, lines));
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`error: the file name "${name}" gives money in two units, thousand and million [UNIT_CONTRADICTION]`);
      expect(await bothTotals(name, lines)).toBe(1);
    }
  });

  // over-reach controls: their present readings kept
  it.each([
    ['Nam Định 2019 (việc, nghìn đồng).csv', IN_THOUSAND],
    ['Nam Định 2019 (ĐVT: việc) (nghìn đồng).csv', IN_THOUSAND],
    ['Nam Định 2019 (các việc trên 1 triệu đồng) (nghìn đồng).csv', IN_THOUSAND],
    ['BC 2019 (Đồng Hới, Triệu Phong).csv', IN_DONG],
    ['BC 2019 (Việc, Tr).csv', IN_DONG],
  ])('control %j', async (name, expected) => {
    for (const lines of [PLAIN, TITLED]) {
      expect(run(write(name, lines), '--year', '2019')).toMatchObject({ code: 0, total: expected });
      expect(await bothTotals(name, lines)).toEqual(expected);
    }
  });
});

describe('two different units in a sheet name (.xlsx)', () => {
  it.each([
    // an Excel sheet's name holds 31 characters at most: "TH 2024 (nghìn đồng, triệu đồng)" is 32
    ['2019 (nghìn đồng, triệu đồng)', 'thousand and million'],
    ['TH (nghìn đồng, triệu đồng)', 'thousand and million'],
    ['TH 2019 (1000đ; triệu đồng)', 'thousand and million'],
  ])('%j: refused', async (sheet, units) => {
    const r = run(await workbook('bao-cao-2019.xlsx', sheet));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: the sheet name "${sheet}" gives money in two units, ${units} [UNIT_CONTRADICTION]`);
    expect(r.stderr).toContain('hint: name the sheet with the one unit');
  });

  it('over "Đơn vị tính: nghìn đồng": still refused', async () => {
    const r = run(await workbook('bao-cao-2019.xlsx', 'TH (nghìn đồng, triệu đồng)', 'Đơn vị tính: nghìn đồng'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('gives money in two units, thousand and million [UNIT_CONTRADICTION]');
  });

  it.each([
    ['TH 2019 (nghìn đồng, 1000đ)', IN_THOUSAND],
    ['TH 2019 (việc, nghìn đồng)', IN_THOUSAND],
    ['Triệu Phong (Việc, Tr)', IN_DONG],
  ])('%j: read as before', async (sheet, expected) => {
    expect(run(await workbook('bao-cao-2019.xlsx', sheet))).toMatchObject({ code: 0, total: expected });
  });
});
