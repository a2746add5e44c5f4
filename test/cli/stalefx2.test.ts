// Three template shapes whose stored (last year's) results thads still summed after 0469fd6
// (work103a 01–03): each read 1100 / 900 cases and 24 000 000 000 / 20 000 000 000 đồng, exit 0,
// no warning, while SUMIF over bounded ranges is refused. 01: whole columns
// (`SUMIF('Số liệu'!$B:$B,$B4,'Số liệu'!C:C)`, VLOOKUP over `$B:$F`, INDEX/MATCH over whole
// columns); 02: `IFERROR(VLOOKUP(…),0)`, `IFERROR(SUMIF(…),0)`; 03: `SUMIFS(sum, range, crit)`.
// Right: judged as their bounded, unwrapped twins are (stale-formulas.ts) — FORMULA_STALE_RESULT.
// Controls: recalculated, they read the right totals; an office absent from the data sheet is
// IFERROR's 0; IFERROR with a fallback that is no literal stays unjudged (its stored result read).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COLUMNS, RIGHT, STALE, filledTemplate, right, runTemplate as run, staleRefusal as refusal, template } from '../helpers/filled-template.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-stalefx2-'));

const workbook = (name: string, formula: (column: string, row: number) => string, stored: (office: number, column: number) => number) => filledTemplate(dir, name, formula, stored);

const col = (c: string) => COLUMNS.indexOf(c) + 2;
const SHAPES: [string, (c: string, r: number) => string][] = [
  ['SUMIF whole columns', (c, r) => `SUMIF('Số liệu'!$B:$B,$B${r},'Số liệu'!${c}:${c})`],
  ['VLOOKUP whole columns', (c, r) => `VLOOKUP($B${r},'Số liệu'!$B:$F,${col(c)},0)`],
  ['INDEX/MATCH whole columns', (c, r) => `INDEX('Số liệu'!${c}:${c},MATCH($B${r},'Số liệu'!$B:$B,0))`],
  ['IFERROR(VLOOKUP)', (c, r) => `IFERROR(VLOOKUP($B${r},'Số liệu'!$B$2:$F$3,${col(c)},0),0)`],
  ['IFERROR(SUMIF)', (c, r) => `IFERROR(SUMIF('Số liệu'!$B$2:$B$3,$B${r},'Số liệu'!${c}$2:${c}$3),0)`],
  ['SUMIFS one criterion', (c, r) => `SUMIFS('Số liệu'!${c}$2:${c}$3,'Số liệu'!$B$2:$B$3,$B${r})`],
];

describe('work103a 01–03: lookups storing last year’s results', () => {
  test.each(SHAPES)('%s: refused at the first stale figure, exit 1 (was: 1100 / 900 cases, exit 0)', async (name, formula) => {
    const r = run(await workbook(`stale-${name.replace(/\W+/g, '-')}-2019`, formula, template));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(refusal(`=${formula('C', 4)}`));
  });

  test('IFERROR(VLOOKUP(…),0) of an office absent from the data sheet storing 655: it gives 0, refused', async () => {
    const absent = (c: string, r: number) => `IFERROR(VLOOKUP(${r === 5 ? '"Hải Hậu"' : `$B${r}`},'Số liệu'!$B$2:$F$3,${col(c)},0),0)`;
    const r = run(await workbook('stale-absent-2019', absent, right));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `FILE:Biểu!C5: error: cases with conditions: the cell stores 655, but its formula =${absent('C', 5)} gives 0: the workbook was not recalculated after its data changed, so what Excel shows is not what it stores [FORMULA_STALE_RESULT]`,
    );
  });
});

describe('controls: what must keep its reading', () => {
  test.each(SHAPES)('%s recalculated (stored results right): the right totals, exit 0', async (name, formula) => {
    const r = run(await workbook(`right-${name.replace(/\W+/g, '-')}-2019`, formula, right));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.figures).toEqual(RIGHT);
  });

  test('IFERROR(VLOOKUP(…),0) of an office absent from the data sheet storing its 0: read, exit 0', async () => {
    const absent = (c: string, r: number) => `IFERROR(VLOOKUP(${r === 5 ? '"Hải Hậu"' : `$B${r}`},'Số liệu'!$B$2:$F$3,${col(c)},0),0)`;
    const r = run(await workbook('right-absent-2019', absent, (office, column) => (office === 1 ? 0 : right(office, column))));
    expect(r.code, r.stderr).toBe(0);
    // By hand: Mỹ Lộc's alone, Vụ Bản's row 0
    expect(r.figures).toEqual(['586', '533', '9565824266', '8009734950']);
  });

  test("IFERROR with a fallback that is no literal ('Số liệu'!C2) is not judged: its stored result read as before", async () => {
    const cellFallback = (c: string, r: number) => `IFERROR(VLOOKUP($B${r},'Số liệu'!$B$2:$F$3,${col(c)},0),'Số liệu'!${c}2)`;
    const r = run(await workbook('cell-fallback-2019', cellFallback, template));
    expect(r.code, r.stderr).toBe(0);
    expect(r.figures).toEqual(STALE);
  });

  test('SUMIF over bounded ranges storing last year’s: refused as before', async () => {
    const bounded = (c: string, r: number) => `SUMIF('Số liệu'!$B$2:$B$3,$B${r},'Số liệu'!${c}$2:${c}$3)`;
    const r = run(await workbook('bounded-2019', bounded, template));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(refusal(`=${bounded('C', 4)}`));
  });
});
