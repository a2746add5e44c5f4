// `thads inspect` prints every decision it takes on a file (encoding, delimiter, header, each
// column, number format and why, money unit and where from, rows): one golden per real shape.
import { describe, expect, it } from 'vitest';
import { runThads, transcript } from '../helpers/cli.js';

const RW = 'fixtures/real-world';

const SHAPES: [string, string[]][] = [
  ['vi-excel-semicolon-bom', [`${RW}/vi-excel-semicolon-bom/bao-cao-2019.csv`]],
  ['utf16le', [`${RW}/utf16le/bao-cao-2019.txt`]],
  ['windows-1258', ['--encoding', 'windows-1258', `${RW}/windows-1258/bao-cao-2019.csv`]],
  ['windows-1258-no-flag', [`${RW}/windows-1258/bao-cao-2019.csv`]],
  ['title-and-unit-lines', [`${RW}/title-and-unit-lines/bao-cao-2019.csv`]],
  ['totals-row-ok', [`${RW}/totals-row-ok/bao-cao-2019.csv`]],
  ['totals-row-mismatch', [`${RW}/totals-row-mismatch/bao-cao-2019.csv`]],
  ['split-cases-money', [`${RW}/split-cases-money/bao-cao-viec-2019.csv`, `${RW}/split-cases-money/bao-cao-tien-2019.csv`]],
  ['nfd-headers', [`${RW}/nfd-headers/bao-cao-2019.csv`]],
  ['ambiguous-numbers', [`${RW}/ambiguous-numbers/bao-cao-2019.csv`]],
  ['en-numbers', [`${RW}/en-numbers/report-2019.tsv`]],
  ['quoted-names-with-commas', [`${RW}/quoted-names-with-commas/bao-cao-2019.csv`]],
  ['crlf', [`${RW}/crlf/bao-cao-2019.csv`]],
  ['canonical', ['fixtures/2019.csv']],
];

describe('thads inspect', () => {
  it.each(SHAPES)('%s', async (name, args) => {
    const r = await runThads(['inspect', ...args]);
    await expect(transcript(r)).toMatchFileSnapshot(`__golden__/inspect-${name}.txt`);
  });

  it('exits 1 and leaves stdout empty when the file cannot be read', async () => {
    const r = await runThads(['inspect', `${RW}/ambiguous-numbers/bao-cao-2019.csv`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // the decisions taken before the error are shown with it
    expect(r.stderr).toContain('  delimiter:     semicolon (;)');
    expect(r.stderr).toContain('[AMBIGUOUS_NUMBER]');
  });

  it('names the column an unknown header is and where the measure of a plain label came from', async () => {
    const r = await runThads(['inspect', `${RW}/split-cases-money/bao-cao-tien-2019.csv`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"Có điều kiện" → money_with_conditions, in thousand (measure from file name)');
    expect(r.stdout).toContain('money unit:    thousand (from the unit line above the header)');
  });
});
