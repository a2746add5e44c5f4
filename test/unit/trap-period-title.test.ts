// Round 41b finding 02: last year's figures typed as a second block of the same offices under a
// title row ("Cùng kỳ năm 2018", "II | Cùng kỳ", "B | Kỳ trước"), no total row between, were
// added to this year's (570 / 390 instead of 300 / 230, exit 0, one DUPLICATE_OFFICE warning).
// A row without figures naming another period, a comparison or a plan starts rows that are not
// the report's own: refused SECOND_TABLE at that row, by both readers.
import { describe, expect, it } from 'vitest';
import { rowTitle, titlesOtherPeriod } from '../../src/input/second-table.js';
import { bothReaders } from '../helpers/both-readers.js';

const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const OFFICES = ['1,Mỹ Lộc,100,80,5000,4000', '2,Vụ Bản,200,150,7000,3000'];
/** last year's figures of the same offices */
const EARLIER = ['1,Mỹ Lộc,90,60,4000,3000', '2,Vụ Bản,180,100,6000,2000'];

const { both } = bothReaders('thads-period-title-', ['--year', '2019', '--by', 'none', '--format', 'json']);

const refusal = (title: string, at: string, office: string, line: number) =>
  `FILE:${at}: error: "${title}" names another period, a comparison or a plan: the rows below it ("${office}", line ${line}) are not this report's period's figures, and would be added to its own [SECOND_TABLE]`;

describe('rowTitle: what a row without figures says of the rows below it', () => {
  it.each([
    [['', 'Cùng kỳ năm 2018', '', ''], { text: 'Cùng kỳ năm 2018', column: 1 }],
    [['II', 'Cùng kỳ', '', ''], { text: 'Cùng kỳ', column: 1 }],
    [['Cùng kỳ năm trước', '', '', ''], { text: 'Cùng kỳ năm trước', column: 0 }],
    [['', '', 'Kế hoạch', ''], { text: 'Kế hoạch', column: 2 }],
    // words beside others, or in the notes column, title nothing
    [['', '', 'Cùng kỳ', 'x', 'y'], null],
    [['', '', '', 'tăng so với cùng kỳ'], null],
    [['', '', '', ''], null],
  ])('%j → %j', (cells, title) => expect(rowTitle(cells, 1, 0, [3])).toEqual(title));

  it.each([
    ['Cùng kỳ năm 2018', true], ['CÙNG KỲ NĂM 2018', true], ['Cùng kỳ', true], ['Cùng kì', true], ['Kỳ trước', true], ['Năm trước', true],
    ['Kế hoạch', true], ['Chỉ tiêu giao', true], ['So với cùng kỳ', true], ['CKNT', true],
    ['Kỳ báo cáo', false], ['Các Chi cục', false], ['Năm 2019', false], ['Chi cục THADS huyện Ia Grai', false],
  ])('%s names another period, a comparison or a plan: %s', (text, yes) => expect(titlesOtherPeriod({ text, column: 1 })).toBe(yes));
});

describe('a block of another period under a title row, no total between', () => {
  it('"Cùng kỳ năm 2018" over the same offices: refused at the title (570 / 390 were summed)', async () => {
    const r = await both('cung-ky-block.csv', ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', HEADER, ...OFFICES, ',Cùng kỳ năm 2018,,,,', ...EARLIER]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusal('Cùng kỳ năm 2018', '5:2', 'Mỹ Lộc', 6));
  });

  it('sections "I | Kỳ báo cáo" and "II | Cùng kỳ": refused at the second section', async () => {
    const r = await both('sections.csv', [HEADER, 'I,Kỳ báo cáo,,,,', ...OFFICES, 'II,Cùng kỳ,,,,', ...EARLIER]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal('Cùng kỳ', '5:2', 'Mỹ Lộc', 6));
  });

  it.each([
    ['B,Kỳ trước,,,,', 'Kỳ trước', '4:2'],
    ['II,Cùng kỳ năm trước,,,,', 'Cùng kỳ năm trước', '4:2'],
    [',CÙNG KỲ NĂM 2018,,,,', 'CÙNG KỲ NĂM 2018', '4:2'],
    [',Năm trước,,,,', 'Năm trước', '4:2'],
    [',Kế hoạch,,,,', 'Kế hoạch', '4:2'],
    // alone on its row, in the STT column
    ['Cùng kỳ năm trước,,,,,', 'Cùng kỳ năm trước', '4:1'],
  ])('%s over offices: refused at its row', async (title, text, at) => {
    const r = await both(`title-${at}-${text.length}.csv`, [HEADER, ...OFFICES, title, ...EARLIER]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal(text, at, 'Mỹ Lộc', 5));
  });

  it('the block of the other period above this period\'s: refused at its title too', async () => {
    const r = await both('earlier-first.csv', [HEADER, 'A,Cùng kỳ,,,,', ...EARLIER, 'B,Kỳ báo cáo,,,,', ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refusal('Cùng kỳ', '2:2', 'Mỹ Lộc', 3));
  });
});

describe('the words elsewhere are read', () => {
  it('a "Ghi chú" column whose cells say "tăng so với cùng kỳ" is read', async () => {
    const r = await both('ghi-chu.csv', [`${HEADER},Ghi chú`, '1,Mỹ Lộc,100,80,5000,4000,tăng so với cùng kỳ', '2,Vụ Bản,200,150,7000,3000,giảm so với cùng kỳ năm 2018']);
    expect(r.code).toBe(0);
    const { total } = JSON.parse(r.stdout);
    expect([total.cases.withConditions, total.cases.resolved, total.money.withConditions, total.money.resolved]).toEqual(['300', '230', '12000', '7000']);
  });

  it('a section row "I | Kỳ báo cáo" alone (this period) is read', async () => {
    const r = await both('ky-bao-cao.csv', [HEADER, 'I,Kỳ báo cáo,,,,', ...OFFICES]);
    expect(r.code).toBe(0);
    const { total } = JSON.parse(r.stdout);
    expect([total.cases.withConditions, total.cases.resolved]).toEqual(['300', '230']);
  });

  it('a remark below the rows, no total and no rows after it, is only a remark', async () => {
    const r = await both('remark.csv', [HEADER, ...OFFICES, '', ',"So với cùng kỳ năm 2018, tổng số thụ lý tăng 267 việc",,,,']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases.withConditions).toBe('300');
  });
});
