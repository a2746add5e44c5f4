// Delimiter sniffing: the header row decides, so decimal commas in the figures never fool it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HeaderMatcher, knownCellCount } from '../../src/input/headers.js';
import { legacyFontReading } from '../../src/input/legacy-font.js';
import { DELIMITERS, sniffDelimiter, splitSample, type SniffResult } from '../../src/input/sniff.js';

const matcher = new HeaderMatcher();
const HEADER = ['Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong', 'Tiền có điều kiện', 'Tiền giải quyết xong'];

describe('sniffDelimiter', () => {
  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
    ['|', 'pipe'],
  ] as const)('finds %j (%s) from the header row', (delimiter, _name) => {
    const text = `${HEADER.join(delimiter)}\nA${delimiter}10${delimiter}5${delimiter}1000${delimiter}500\n`;
    expect(sniffDelimiter(text, matcher)).toEqual({ delimiter, knownCells: 5 });
  });

  it('is not fooled by decimal commas in a semicolon file', () => {
    // Every data row holds more commas than semicolons.
    const rows = Array.from({ length: 20 }, (_, i) => `Chi cục ${i};1.050;1.000;490.700.000,5;1.234,25`);
    const text = [HEADER.join(';'), ...rows].join('\n');
    expect(sniffDelimiter(text, matcher).delimiter).toBe(';');
  });

  it('finds the header below title lines that hold commas', () => {
    const text = `"BÁO CÁO KẾT QUẢ, NĂM 2019",,,\nĐơn vị tính: nghìn đồng\n${HEADER.join('\t')}\nA\t1\t1\t1\t1\n`;
    expect(sniffDelimiter(text, matcher).delimiter).toBe('\t');
  });

  it('reads quoted header cells with the delimiter or a line break inside', () => {
    const text = `"Đơn vị";"Việc có điều kiện\nthi hành";"Thu hồi; hủy quyết định (việc)";"Việc giải quyết xong"\n`;
    expect(sniffDelimiter(text, matcher)).toEqual({ delimiter: ';', knownCells: 4 });
  });

  it('NFD headers count as known', () => {
    expect(sniffDelimiter(HEADER.join(',').normalize('NFD'), matcher)).toEqual({ delimiter: ',', knownCells: 5 });
  });

  it('reports 0 known cells when no row is a header (comma by default)', () => {
    expect(sniffDelimiter('a;b;c\n1;2;3\n', matcher)).toEqual({ delimiter: ',', knownCells: 0 });
  });
});

/**
 * The rule as SPEC words it, with no shortcut: every row of every delimiter the sample holds is
 * matched, in DELIMITERS' order, and only a strictly higher count displaces the best.
 */
function sniffPlainly(sample: string): SniffResult {
  let best: SniffResult = { delimiter: ',', knownCells: 0 };
  for (const delimiter of DELIMITERS) {
    if (!sample.includes(delimiter)) continue;
    let most = 0;
    for (const row of splitSample(sample, delimiter)) {
      if (row.length < 2) continue;
      most = Math.max(most, knownCellCount(matcher, row.map((c) => legacyFontReading(c.normalize('NFC')) ?? c.normalize('NFC'))));
    }
    if (most > best.knownCells) best = { delimiter, knownCells: most };
  }
  return best;
}

describe('sniffDelimiter skips only work that cannot change the outcome', () => {
  // Cells a header, a title or an office row holds, some with another delimiter inside.
  const CELLS = [...HEADER, 'Năm', 'Tỉnh', 'STT', 'Ghi chú', 'Chi cục THADS huyện A', 'Tổng cộng', '1.234,5', '490,7', '12', '', 'BÁO CÁO, NĂM 2019', 'Việc; tiền', 'x|y', 'Đơn vị tính: nghìn đồng'];
  const row = fc.tuple(fc.array(fc.constantFrom(...CELLS), { minLength: 1, maxLength: 8 }), fc.constantFrom(...DELIMITERS)).map(([cells, d]) => cells.join(d));
  it('gives what matching every row gives: the same delimiter and count, ties to the first of DELIMITERS', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const sample = rows.join('\n');
        expect(sniffDelimiter(sample, matcher)).toEqual(sniffPlainly(sample));
      }),
      { numRuns: 400 },
    );
  });

  it('a tie between a later delimiter tried first and an earlier one goes to the earlier', () => {
    // ';' is written most (tried first) and names 2 columns; ',' names 2 as well and comes first.
    const sample = 'Đơn vị,Việc có điều kiện\nA;B;C;D;E;F;G\nĐơn vị;Việc có điều kiện;x;y\n';
    expect(sniffDelimiter(sample, matcher)).toEqual({ delimiter: ',', knownCells: 2 });
  });
});

describe('splitSample', () => {
  it('honours quotes, doubled quotes, CRLF and embedded newlines', () => {
    expect(splitSample('a,"b,c","say ""hi""\r\nthere"\r\n1,2,3', ',')).toEqual([
      ['a', 'b,c', 'say "hi"\r\nthere'],
      ['1', '2', '3'],
    ]);
  });
  it('stops after maxRows', () => {
    expect(splitSample('1\n2\n3\n4\n', ',', 2)).toEqual([['1'], ['2']]);
  });
});
