// Delimiter sniffing: the header row decides, so decimal commas in the figures never fool it.
import { describe, expect, it } from 'vitest';
import { HeaderMatcher } from '../../src/input/headers.js';
import { sniffDelimiter, splitSample } from '../../src/input/sniff.js';

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
