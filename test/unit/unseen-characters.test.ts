// Characters that print as nothing or as a space, pasted from web pages, PDFs and Word (round 26b,
// 02 and 05): in a name they are no part of it (a resent copy with a zero-width space was added
// twice, exit 0); between digit groups the typesetters' spaces group thousands; anywhere else in a
// figure they are named in the refusal ("1 234" looked like a number).
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { write, both } = bothReaders('thads-unseen-', ['--format', 'csv', '--by', 'none']);
const HEADER = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const total = (csv: string) => csv.trim().split('\n').at(-1)!.split(',').slice(9, 10).concat(csv.trim().split('\n').at(-1)!.split(',').slice(18, 19));

describe('invisible characters in names', () => {
  it.each([
    ['zero-width space', '\u200b'],
    ['soft hyphen', '\u00ad'],
    ['word joiner', '\u2060'],
    ['zero-width non-joiner', '\u200c'],
  ])('a resent copy whose name holds a %s is the same office: refused as given again', async (_, c) => {
    const first = write('ia-grai-2019.csv', [HEADER, 'Chi cục THADS huyện Ia Grai,1234,1000']);
    const copy = write(`ia-grai-copy-${c.codePointAt(0)}-2019.csv`, [HEADER, `Chi cục THADS huyện Ia${c} Grai,1234,1000`]);
    const r = await both('dak-doa-2019.csv', [HEADER, 'Đắk Đoa,900,700'], ['--format', 'csv', '--by', 'none', first, copy]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('in one file the two rows are one office: 1234 / 1000 over 2 offices, said as a repeated office', async () => {
    const r = await both('zw-rows-2019.csv', [HEADER, 'Chi cục THADS huyện Ia Grai,600,500', 'Chi cục THADS huyện Ia\u200b Grai,634,500', 'Đắk Đoa,900,700'], ['--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(4); // header, 2 offices, TOTAL
    expect(lines[1]!.split(',').slice(9, 10)).toEqual(['1234']);
    expect(r.stderr).toContain('[DUPLICATE_OFFICE]');
  });
});

describe('spaces in figures', () => {
  it('thin, figure and ideographic spaces group thousands: 1 234 + 2 100 = 3334', async () => {
    const r = await both('thin-2019.csv', [HEADER, 'Chi cục A,1\u2009234,1\u2007000', 'Chi cục B,2\u3000100,1 800']);
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toEqual(['3334', '2800']);
  });

  it('a zero-width space inside a figure is refused, named', async () => {
    const r = await both('zw-figure-2019.csv', [HEADER, 'Chi cục A,12\u200b34,1000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:2: error: cases with conditions "12\u200b34" is not a number (it holds U+200B, which prints as a space or nothing) [BAD_NUMBER]');
  });
});
