// Money units in the wordings of round 36b (02, 03): "tính theo đơn vị nghìn đồng" without its
// colon, and a header's unit after a line break, comma, colon, slash, brackets or a space. Both
// were lost: the unit line was ignored (money 1,000× small, exit 0), the column dropped as unknown.
import { describe, expect, it } from 'vitest';
import { HeaderMatcher } from '../../src/input/headers.js';
import { parseUnitLine } from '../../src/input/units.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-unit-words-', ['--by', 'none', '--format', 'csv']);

/** The total row's money columns and rate, by name. */
function money(stdout: string): Record<string, string> {
  const [head, total] = stdout.trim().split('\n');
  const names = head!.split(',');
  const cells = total!.split(',');
  const pick = (n: string) => cells[names.indexOf(n)]!;
  return { with_conditions: pick('money_with_conditions'), resolved: pick('money_resolved'), rate: pick('money_rate'), cases: pick('cases_with_conditions') };
}

describe('unit lines "tính theo đơn vị X" without the colon', () => {
  it.each([
    ['(Số tiền tính theo đơn vị nghìn đồng)', 'thousand'],
    ['Tiền tính theo đơn vị nghìn đồng', 'thousand'],
    ['Số tiền tính theo đơn vị: nghìn đồng', 'thousand'],
    ['Số tiền tính theo đơn vị tính: triệu đồng', 'million'],
    ['Số tiền tính theo nghìn đồng', 'thousand'],
    ['Số tiền theo đơn vị tỷ đồng', 'billion'],
  ])('%s → %s', (text, unit) => expect(parseUnitLine(text)).toEqual({ kind: 'money', unit }));

  it('money thads cannot read after the wording is unreadable, never đồng', () => {
    expect(parseUnitLine('Số tiền tính theo đơn vị USD')?.kind).toBe('unreadable');
  });

  it.each(['Số liệu tính theo năm dương lịch', 'Báo cáo tính theo đơn vị hành chính', 'Kết quả tính theo đơn vị'])('%s names no unit', (text) => {
    expect(parseUnitLine(text)).toBeNull();
  });

  const HEADER = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
  const ROWS = ['Chi cục THADS huyện Đắk Đoa,1000,900,"5.000.000","2.000.000"', 'Chi cục THADS huyện Chư Sê,500,400,"3.000.000","1.000.000"'];

  it.each(['(Số tiền tính theo đơn vị nghìn đồng)', 'Tiền tính theo đơn vị nghìn đồng'])('above the header, %s is read (02: 8,000,000,000 đồng, was 8,000,000)', async (line) => {
    const r = await both('tinh-theo-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', line, HEADER, ...ROWS]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 5.000.000 + 3.000.000 nghìn đồng; 2.000.000 + 1.000.000 resolved; 3/8
    expect(money(r.stdout)).toEqual({ with_conditions: '8000000000', resolved: '3000000000', rate: '37.50', cases: '1500' });
  });

  it('under the table it is refused as the colon form is (02b)', async () => {
    const r = await both('tinh-theo-footer-2019.csv', [HEADER, ...ROWS, '(Số tiền tính theo đơn vị nghìn đồng)']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'FILE:4:1: error: the unit line "(Số tiền tính theo đơn vị nghìn đồng)" below the header gives money in thousand, but the money columns were read in dong (default) [UNIT_CONTRADICTION]',
    );
  });
});

describe('a money unit ending a header cell, without parentheses', () => {
  const matcher = new HeaderMatcher();
  function show(cell: string): string {
    const r = matcher.match(cell);
    if (r.kind === 'figure') return `${r.measure ?? '?'}_${r.field}${r.unit ? `@${r.unit}` : ''}`;
    return r.kind;
  }

  it.each([
    ['Tiền có điều kiện\nnghìn đồng', 'money_with_conditions@thousand'],
    ['Tiền có điều kiện\r\nnghìn đồng', 'money_with_conditions@thousand'],
    ['Tiền có điều kiện, nghìn đồng', 'money_with_conditions@thousand'],
    ['Tiền có điều kiện: nghìn đồng', 'money_with_conditions@thousand'],
    ['Tiền có điều kiện [nghìn đồng]', 'money_with_conditions@thousand'],
    ['Tiền có điều kiện nghìn đồng', 'money_with_conditions@thousand'],
    ['Tiền có điều kiện/nghìn đồng', 'money_with_conditions@thousand'],
    ['Tiền có điều kiện - nghìn đồng', 'money_with_conditions@thousand'],
    ['Tiền có điều kiện (ĐVT: nghìn đồng)', 'money_with_conditions@thousand'],
    ['Có điều kiện\ntriệu đồng', 'money_with_conditions@million'],
    ['Có điều kiện 1.000đ', 'money_with_conditions@thousand'],
    ['Có điều kiện VNĐ', 'money_with_conditions@dong'],
    ['Tiền có điều kiện\nđồng', 'money_with_conditions@dong'],
    ['Tiền có điều kiện, đồng', 'money_with_conditions@dong'],
    // wrapped within the words, no unit: as before
    ['Tiền có\nđiều kiện', 'money_with_conditions'],
  ])('%j → %s', (cell, want) => expect(show(cell)).toBe(want));

  it.each([
    // "đồng" alone after a space is a word ("Hội đồng"), no unit
    ['Tiền có điều kiện đồng', 'unknown'],
    ['Hội đồng', 'unknown'],
    ['Tiền có điều kiện Hội đồng', 'unknown'],
    // words before the unit that are no known figure stay unknown
    ['Tiền bồi thường, nghìn đồng', 'unknown'],
    ['Tiền bồi thường\nnghìn đồng', 'unknown'],
    // a column number in brackets is no unit
    ['Tiền có điều kiện [3]', 'unknown'],
    // a bare multiplier after a space names no currency
    ['Tiền có điều kiện nghìn', 'unknown'],
    ['Tỷ lệ (%)', 'ignored'],
  ])('%j → %s', (cell, want) => expect(show(cell)).toBe(want));

  it('"Số tiền (nghìn đồng)" names a measure, no figure, as before', () => {
    expect(show('Số tiền (nghìn đồng)')).toBe('unknown');
    expect(matcher.groupOf('Số tiền (nghìn đồng)')).toEqual({ measure: 'money', unit: 'thousand' });
  });

  it.each([
    ['"Tiền có điều kiện\nnghìn đồng","Tiền giải quyết xong\nnghìn đồng"'],
    ['"Tiền có điều kiện, nghìn đồng","Tiền giải quyết xong, nghìn đồng"'],
    ['Tiền có điều kiện: nghìn đồng,Tiền giải quyết xong: nghìn đồng'],
    ['Tiền có điều kiện [nghìn đồng],Tiền giải quyết xong [nghìn đồng]'],
    ['Tiền có điều kiện nghìn đồng,Tiền giải quyết xong nghìn đồng'],
    ['Tiền có điều kiện/nghìn đồng,Tiền giải quyết xong/nghìn đồng'],
  ])('a file headed %s sums its money in thousands (03)', async (money2) => {
    const r = await both('wrapped-2019.csv', [`Đơn vị,Việc có điều kiện,Việc giải quyết xong,${money2}`, 'Chi cục A,1000,900,5000,2000', 'Chi cục B,500,400,3000,1000']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 5000 + 3000 nghìn đồng = 8,000,000 đồng; 2000 + 1000 = 3,000,000 resolved
    expect(money(r.stdout)).toEqual({ with_conditions: '8000000', resolved: '3000000', rate: '37.50', cases: '1500' });
  });

  it('a header whose words before the unit are no figure stays an unknown column', async () => {
    const r = await both('unknown-2019.csv', ['Đơn vị,Việc có điều kiện,Việc giải quyết xong,"Tiền bồi thường\nnghìn đồng"', 'Chi cục A,1000,900,5000', 'Chi cục B,500,400,3000']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('UNKNOWN_COLUMN');
    expect(money(r.stdout)).toEqual({ with_conditions: '', resolved: '', rate: '', cases: '1500' });
  });
});
