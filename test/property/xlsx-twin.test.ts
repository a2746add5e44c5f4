// A workbook and its CSV twin give the same summary: random offices whose figures are written
// once as CSV text and once as workbook cells — number cells (the double nearest to the
// decimal, which Excel shows with 15 significant digits), text cells in Vietnamese
// convention (read with --number-format vi, which number cells must ignore), or formulas with
// their results, 0 included — in random order of cell kinds.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCell } from '../../src/input/numbers.js';
import { runThads } from '../helpers/cli.js';

/** A decimal with at most 15 significant digits: what a number cell can hold exactly as shown. */
const money = fc
  .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 3 }))
  .chain(([intDigits, decimals]) =>
    fc.tuple(fc.bigInt({ min: 0n, max: 10n ** BigInt(intDigits) - 1n }), fc.bigInt({ min: 0n, max: 10n ** BigInt(decimals) - 1n })).map(([i, f]) => (decimals === 0 ? `${i}` : `${i}.${f.toString().padStart(decimals, '0')}`)),
  );
const count = fc.integer({ min: 0, max: 100_000 });
const kind = fc.constantFrom('number', 'text', 'formula');
const row = fc.record({ cases: fc.tuple(count, count), money: fc.tuple(money, money), kinds: fc.tuple(kind, kind, kind, kind) });

const viText = (plain: string) => {
  const [i, f] = plain.split('.');
  return i!.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (f !== undefined ? `,${f}` : '');
};

describe('workbook ≡ CSV twin', () => {
  it('random figures as number, text and formula cells sum exactly as the CSV', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
        const dir = mkdtempSync(join(tmpdir(), 'thads-xlsx-twin-'));
        const header = ['district', 'cases_with_conditions', 'cases_resolved', 'money_with_conditions', 'money_resolved'];
        const csv = [header.join(','), ...rows.map((r, i) => [`Office ${i}`, ...r.cases, ...r.money].join(','))].join('\n');
        writeFileSync(join(dir, '2019.csv'), `${csv}\n`);
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('Biểu 07');
        ws.addRow(header);
        rows.forEach((r, i) => {
          const values = [...r.cases.map(String), ...r.money];
          ws.addRow([
            `Office ${i}`,
            ...values.map((v, j) => {
              const k = r.kinds[j];
              // Text cells in Vietnamese convention only where a count cannot be misread ("1.052").
              if (k === 'text' && j >= 2) return viText(v);
              if (k === 'formula') return { formula: `${v}+0`, result: Number(v) };
              return Number(v);
            }),
          ]);
        });
        await wb.xlsx.writeFile(join(dir, '2019.xlsx'));
        const a = await runThads(['summarize', join(dir, '2019.csv'), '--format', 'json', '--number-format', 'plain']);
        // Text cells are in Vietnamese convention, and say so; number cells read the same in any.
        const b = await runThads(['summarize', join(dir, '2019.xlsx'), '--format', 'json', '--number-format', 'vi']);
        // The same findings, located FILE:LINE:COL in one and FILE:SHEET!C14 in the other.
        const unlocated = (text: string) => text.replace(/^.*?: (error|warning): /gm, '$1: ');
        // A money column of number cells and texts with a separator ("1.234", "0,5") is what a
        // CSV opened in another convention gives: the workbook alone says so (NUMBER_CELL_CONVERTED).
        const mixed = [2, 3].some((j) => rows.some((r) => r.kinds[j] === 'number') && rows.some((r) => r.kinds[j] === 'text' && /[.,]/.test(viText(r.money[j - 2]!))));
        // So is, in any two money columns, a non-zero number cell beside a text only Vietnamese
        // reads ("1.234.567", "0,5"; not "1.234" or "1,000"): an English program leaves such a
        // text as text and may have turned a whole column of "150.000" into 150.
        const viOnly = (t: string) => {
          const reading = readCell(t);
          return reading.kind === 'value' && reading.only === 'vi';
        };
        const sheetWide = [2, 3].some((j) => rows.some((r) => r.kinds[j] === 'number' && Number(r.money[j - 2]) !== 0)) && [2, 3].some((j) => rows.some((r) => r.kinds[j] === 'text' && viOnly(viText(r.money[j - 2]!))));
        const converted = /^.*\[NUMBER_CELL_CONVERTED\]\n {2}hint: .*\n/m;
        expect(converted.test(b.stderr), b.stderr).toBe(mixed || sheetWide);
        expect(unlocated(b.stderr.replace(converted, '')), b.stderr).toBe(unlocated(a.stderr));
        expect(b.code).toBe(a.code);
        const body = (out: string) => {
          const { warnings, ...rest } = JSON.parse(out) as { warnings: { code: string; location?: string }[] };
          return { ...rest, warnings: warnings.filter((w) => w.code !== 'NUMBER_CELL_CONVERTED').map(({ location: _, ...w }) => w) };
        };
        expect(body(b.stdout)).toEqual(body(a.stdout));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
