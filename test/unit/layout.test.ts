// The header rows → a layout (header-search.ts, layout.ts): multi-row headers of the forms, the
// column-number row below them, and columns without a header.
import { describe, expect, it } from 'vitest';
import { ThadsError } from '../../src/errors.js';
import { newFileReport } from '../../src/input/file-report.js';
import { HeaderSearch } from '../../src/input/header-search.js';
import { HeaderMatcher } from '../../src/input/headers.js';
import { isColumnNumberRow, strayNumber, type Layout } from '../../src/input/layout.js';

const matcher = new HeaderMatcher();

/** The layout decided by the first row below the header, the way both readers feed the rows. */
function layoutOf(file: string, lines: string[]): { layout: Layout; columns: string[]; line: number } {
  const report = newFileReport(file);
  const search = new HeaderSearch(file, { matcher, numberFormat: 'auto' }, report);
  for (const [i, text] of lines.entries()) {
    const layout = search.see(text.split(','), i + 1);
    if (layout) {
      const columns = layout.figures.map((f) => `${f.index + 1}:${f.measure}_${f.field}`);
      return { layout, columns, line: report.headerLine };
    }
  }
  throw new Error('no layout');
}

function refusal(file: string, lines: string[]): string {
  try {
    layoutOf(file, lines);
  } catch (err) {
    if (err instanceof ThadsError) return `${err.location?.line}:${err.location?.column}: ${err.message} [${err.code}]`;
    throw err;
  }
  return 'read';
}

const GROUP = 'STT,Đơn vị,Có điều kiện,Giải quyết xong,,Chưa có điều kiện';
const DATA = '1,Mỹ Lộc,100,70,10,50';

describe('a group over sub-columns ("Giải quyết xong" over "Thi hành xong | Đình chỉ")', () => {
  it.each([
    ['with a "Chia ra" row between them', [GROUP, ',,,Chia ra,,', ',,,Thi hành xong,Đình chỉ,', DATA], 3],
    ['with "Trong đó:" before the first sub-column', [GROUP, ',,,Trong đó: Thi hành xong,Đình chỉ,', DATA], 2],
    ['right below the group', [GROUP, ',,,Thi hành xong,Đình chỉ,', DATA], 2],
  ])('%s: the sub-columns are the header, the cells merged from above keep their text', (_, lines, headerLine) => {
    const { layout, columns, line } = layoutOf('viec-2019.csv', lines);
    expect(line).toBe(headerLine);
    expect(columns).toEqual(['3:cases_with_conditions', '4:cases_completed', '5:cases_terminated', '6:cases_without_conditions']);
    expect(layout.identity.district).toBe(1);
    expect(layout.unnamed).toEqual([]);
  });

  it('a sub-row thads cannot read ("TH xong | ĐC") leaves the group in the header and the column after it unnamed', () => {
    const { columns, layout, line } = layoutOf('viec-2019.csv', [GROUP, ',,,Chia ra,,', ',,,TH xong,ĐC,', DATA]);
    expect(line).toBe(1);
    expect(columns).toEqual(['3:cases_with_conditions', '4:cases_resolved', '6:cases_without_conditions']);
    // a number under it is refused when the data rows are read (strayNumber)
    expect(layout.unnamed).toEqual([4]);
  });

  it('an empty cell under a group spanning several sub-columns is refused, never given the group label', () => {
    expect(refusal('viec-2019.csv', [GROUP, ',,Có điều kiện,,Đình chỉ,', DATA])).toBe(
      '2:4: column 4 has no header of its own under the group "Giải quyết xong", which spans columns 4–5: which figure it holds cannot be told [GROUP_HEADER_SPANS]',
    );
  });

  it('a cell merged vertically (the group spans one column) still takes its text', () => {
    const { columns } = layoutOf('viec-2019.csv', ['STT,Đơn vị,Có điều kiện,Giải quyết xong,Trong đó,', ',,,,Đình chỉ,Hoãn', DATA]);
    expect(columns).toEqual(['3:cases_with_conditions', '4:cases_resolved', '5:cases_terminated', '6:cases_postponed']);
  });
});

describe('a part of resolved under a header thads does not know', () => {
  it('is refused when resolved would be summed from completed without it', () => {
    expect(refusal('tien-2019.csv', ['STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ khác,Đang thi hành', '1,Mỹ Lộc,5000,3000,500,1000'])).toBe(
      '1:5: column "Đình chỉ khác" reads like a part of money resolved (completed + terminated + reduced), but thads does not know it: resolved would be summed without it [UNKNOWN_RESOLVED_PART]',
    );
  });

  it('is a warning only when the file gives resolved itself', () => {
    const { columns } = layoutOf('tien-2019.csv', ['STT,Đơn vị,Có điều kiện,Giải quyết xong,Thi hành xong,Đình chỉ khác', '1,Mỹ Lộc,5000,3500,3000,500']);
    expect(columns).toEqual(['3:money_with_conditions', '4:money_resolved', '5:money_completed']);
  });

  it('the forms\' spellings are known: "Đình chỉ THA", "Miễn, giảm thi hành án"', () => {
    const { columns } = layoutOf('tien-2019.csv', ['STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ THA,Miễn giảm thi hành án', '1,Mỹ Lộc,5000,3000,500,500']);
    expect(columns).toEqual(['3:money_with_conditions', '4:money_completed', '5:money_terminated', '6:money_reduced']);
  });
});

describe('the column-number row of a form', () => {
  const header = 'STT,Đơn vị,Việc phải thi hành,Việc có điều kiện,Việc giải quyết xong,Tỷ lệ việc (%),Tiền phải thi hành,Tiền có điều kiện,Tiền giải quyết xong,Tỷ lệ tiền (%)';
  const { layout } = layoutOf('2019.csv', [header, '1,Mỹ Lộc,150,100,80,80,9000,5000,4000,80']);
  it.each([
    ['numbering every column, an ignored one (Tỷ lệ) among them', '1,2,3,4,5,6,7,8,9,10', true],
    ['numbering the figure columns only', 'A,B,1,2,3,,4,5,6,', true],
    ['in parentheses', '(1),(2),(3),(4),(5),(6),(7),(8),(9),(10)', true],
    ['an office with small figures', '1,Mỹ Lộc,3,4,5,80,7,8,9,80', false],
    ['numbers with a gap', '1,2,3,4,5,6,8,9,10,11', false],
    // round 19, finding 03: the forms print their formulas in the numbering row too
    ['with the forms\' formulas', 'A,B,(1),(2),(3)=(4)/(2),(4),(5),(6),(7)=(8)/(6),(8)', true],
    ['with bare formulas', 'A,B,1,2,3=4/2,4,5,6,7=8/6,8', true],
    ['a formula where a figure is', '1,Mỹ Lộc,3,4,5=4,80,7,8,9,80', false],
    // traps14 22: labelled in the office column, the numbering was added as an office (exit 0)
    ['labelled "Cột" in the office column', ',Cột,1,2,3,4,5,6,7,8', true],
    ['labelled "Mã số"', 'A,Mã số,1,2,3,4,5,6,7,8', true],
    ['labelled "Column"', ',Column,1,2,3,4,5,6,7,8', true],
    ['labelled "Cột", figures that do not count up: a row of figures', ',Cột,30,40,50,80,70,80,90,80', false],
    ['an office with small figures counting up', ',Huyện C,1,2,3,4,5,6,7,8', false],
    // traps16 2, 3: the cases' form and the money's side by side, each numbered from 1 (added as an office, exit 0)
    ['each measure numbered from 1', 'A,B,1,2,3,,1,2,3,', true],
    ['each measure numbered from 1, in parentheses', '(A),(B),(1),(2),(3),,(1),(2),(3),', true],
    ['each measure from 1, without letters', ',,1,2,3,,1,2,3,', true],
    ['from 1 again inside one measure: a row of figures', ',,1,2,1,,2,3,4,', false],
    ['the form\'s own numbers over the columns left, under its letters', 'A,B,7,8,9,,24,25,26,', true],
    ['rising with gaps, without the form\'s letters', ',,7,8,9,,24,25,26,', false],
    ['under the letters, numbers falling', 'A,B,9,8,7,,6,5,4,', false],
  ])('%s: %s', (_, row, expected) => {
    expect(isColumnNumberRow(row.split(','), layout)).toBe(expected);
  });
});

describe('a number under a column with no header', () => {
  const { layout } = layoutOf('2019.csv', ['STT,Đơn vị,Việc có điều kiện,,Việc giải quyết xong,', '1,Mỹ Lộc,100,,80,']);
  it('the empty header cell and the trailing delimiter are unnamed columns', () => {
    expect(layout.unnamed).toEqual([3, 5]);
  });
  it.each([
    ['1,Mỹ Lộc,100,,80,', -1],
    ['1,Mỹ Lộc,100,-,80,ghi chú', -1],
    ['1,Mỹ Lộc,100,5,80,', 3],
    ['1,Mỹ Lộc,100,,80,4000', 5],
    ['1,Mỹ Lộc,100,,80, 1.234,5', 5],
  ])('%s → column index %i', (row, expected) => {
    expect(strayNumber(row.split(','), layout)).toBe(expected);
  });
});
