// A typed number cell a program wrote as 0.3 − (0.1 + 0.2) = −5.551115123125783E-17 (traps43 4,
// t12-tiny-negative-float) is refused as negative — thads does not guess it meant 0 — but its hint
// said only "figures … cannot be negative", where the cell holds no figure at all but binary-float
// rounding noise. Now a negative below 10^-9 of its unit is refused with a hint that says so; a
// real negative figure keeps the usual hint.
import { describe, expect, it } from 'vitest';
import { refusalText } from '../helpers/json-totals.js';
import { escapeText as escape, writeRawWorkbook } from '../helpers/raw-workbook.js';

const text = (t: string) => `<c t="inlineStr"><is><t>${escape(t)}</t></is></c>`;
const num = (v: string | number) => `<c><v>${v}</v></c>`;
const HEADER = ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền chưa có điều kiện', 'Tiền giải quyết xong'];
const book = (withoutConditions: string) =>
  writeRawWorkbook({
    sheets: [{ name: 'S', data: `<row>${HEADER.map(text).join('')}</row><row>${text('Mỹ Lộc')}${[586, 533, 300].map(num).join('')}${num(withoutConditions)}${num(50)}</row>` }],
    name: 'bao-cao-2019.xlsx',
  });

describe('a negative number cell of float noise', () => {
  it('−5.551115123125783E-17: NEGATIVE_VALUE whose hint names float noise (was: "figures … cannot be negative")', async () => {
    const lines = (await refusalText(await book('-5.551115123125783E-17'))).split('\n');
    expect(lines[0]).toBe('FILE:S!E2: error: money without conditions "-0.0000000000000000555111512312578" is negative [NEGATIVE_VALUE]');
    expect(lines[1]).toBe("  hint: the cell holds no figure but the rounding noise of a program's arithmetic in binary floats (0.3 − (0.1 + 0.2) is −5.55e-17): write 0 there, or round the figures before writing them");
  });

  it('a real negative (−0.5): the usual hint', async () => {
    const lines = (await refusalText(await book('-0.5'))).split('\n');
    expect(lines[0]).toBe('FILE:S!E2: error: money without conditions "-0.5" is negative [NEGATIVE_VALUE]');
    expect(lines[1]).toBe('  hint: figures are counts and amounts and cannot be negative');
  });
});
