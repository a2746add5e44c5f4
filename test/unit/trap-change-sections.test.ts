// Round 46a finding 04: sections sorting this year's offices by their change on last year ("Các
// đơn vị có tỷ lệ tăng so với cùng kỳ", "Các đơn vị tăng so với năm 2018", "Đơn vị có số việc cao
// hơn năm trước") were refused SECOND_TABLE at the first line under the header, as titles of
// another period's rows. A title naming a group of offices whose comparison words only qualify
// those offices is a section title, read by both readers. A title that is another period's block
// ("Cùng kỳ năm 2018", "Số liệu cùng kỳ", "So sánh với cùng kỳ", "Kế hoạch năm 2019"), a
// comparison without a change ("Các đơn vị cùng kỳ năm 2018") or a block of differences ("Các đơn
// vị tăng/giảm so với cùng kỳ") is still refused.
import { describe, expect, it } from 'vitest';
import { namesComparison } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';

describe('namesComparison: a rise or fall of a group of offices names no other period', () => {
  it.each([
    'Các đơn vị có tỷ lệ tăng so với cùng kỳ', 'Các đơn vị có tỷ lệ giảm so với cùng kỳ', 'Các đơn vị tăng so với năm 2018',
    'Đơn vị có số việc cao hơn năm trước', 'Đơn vị có số việc thấp hơn năm trước', 'Đơn vị có tỷ lệ cao hơn cùng kỳ',
    'Những đơn vị giảm so với cùng kỳ năm trước', 'Nhóm tăng so với cùng kỳ năm 2018', 'II. Các đơn vị giảm so với CK',
    'CÁC ĐƠN VỊ CÓ TỶ LỆ TĂNG SO VỚI CÙNG KỲ', 'Cac don vi tang so voi cung ky',
  ])('%s: a section of offices', (text) => expect(namesComparison(text)).toBe(false));

  it.each([
    'Cùng kỳ năm 2018', 'Số liệu cùng kỳ', 'Kế hoạch năm 2019', 'So sánh với cùng kỳ',
    // no group of offices named, or no change: another period's block
    'Tăng so với cùng kỳ', 'Số đơn vị tăng so với cùng kỳ', 'Chi cục tăng so với cùng kỳ', 'Các đơn vị cùng kỳ năm 2018', 'Đơn vị so với cùng kỳ',
    // both directions: a block of the differences
    'Các đơn vị tăng/giảm so với cùng kỳ', 'Các đơn vị tăng giảm so với cùng kỳ', 'Đơn vị tăng hoặc giảm so với cùng kỳ',
    // another comparison or plan word beside the change
    'Đơn vị tăng so với cùng kỳ và kế hoạch', 'Đơn vị đạt kế hoạch cùng kỳ năm 2018',
  ])('%s: still names another period, a comparison or a plan', (text) => expect(namesComparison(text)).toBe(true));
});

const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019;;;';
const HEADER = 'STT;Đơn vị;Có điều kiện;Giải quyết xong';
const sections = (first: string, second: string) => [
  TITLE, HEADER, `;${first};;`, '1;Chi cục A;100;80', '2;Chi cục B;50;40', `;${second};;`, '3;Chi cục C;32;20', '4;Chi cục D;18;10', ';Tổng cộng;200;150',
];

const { both } = bothReaders('thads-change-sections-', ['--by', 'none', '--format', 'csv']);

/**
 * By hand: with conditions 100 + 50 + 32 + 18 = 200, resolved 80 + 40 + 20 + 10 = 150 (the file's
 * Tổng cộng); rate 150 / 200 = 75.00 %; the 2019 target 73 %: gap 2.00, required ceil(0.73 × 200)
 * = 146, above it 150 − 146 = 4, met.
 */
const HAND: Record<string, string> = {
  district: 'TOTAL', year: '2019', cases_with_conditions: '200', cases_resolved: '150', cases_rate: '75.00',
  cases_target: '73', cases_gap_pp: '2.00', cases_required: '146', cases_above_target: '4', cases_met: 'true',
};

describe('sections of offices by their change on last year are read', () => {
  it.each([
    ['04', 'Các đơn vị có tỷ lệ tăng so với cùng kỳ', 'Các đơn vị có tỷ lệ giảm so với cùng kỳ'],
    ['04b', 'Các đơn vị tăng so với năm 2018', 'Các đơn vị giảm so với năm 2018'],
    ['04c', 'Đơn vị có số việc cao hơn năm trước', 'Đơn vị có số việc thấp hơn năm trước'],
    ['04c2', 'Đơn vị có tỷ lệ cao hơn cùng kỳ', 'Đơn vị có tỷ lệ thấp hơn cùng kỳ'],
    ['04d', 'Nhóm đơn vị có tỷ lệ tăng', 'Nhóm đơn vị có tỷ lệ giảm'],
  ])('%s: "%s" / "%s"', async (id, first, second) => {
    const r = await both(`sections-${id}-viec-2019.csv`, sections(first, second));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [header, total, ...rest] = r.stdout.trimEnd().split('\n');
    expect(rest).toEqual([]);
    expect(total).toBe(header!.split(',').map((c) => HAND[c] ?? '').join(','));
    expect(total!.startsWith(',TOTAL,2019,,,,,,,200,,,,,,,,,150,,75.00,73,2.00,146,4,true,')).toBe(true);
  });
});

describe('a title that is another period\'s block is still refused', () => {
  const refusal = (title: string) =>
    `FILE:6:2: error: "${title}" names another period, a comparison or a plan: the rows below it ("Chi cục C", line 7) are not this report's period's figures, and would be added to its own [SECOND_TABLE]`;

  it.each([
    'Cùng kỳ năm 2018', 'Số liệu cùng kỳ', 'Kế hoạch năm 2019', 'So sánh với cùng kỳ',
    'Các đơn vị cùng kỳ năm 2018', 'Các đơn vị tăng/giảm so với cùng kỳ', 'Tăng so với cùng kỳ',
  ])('%s', async (title) => {
    const r = await both(`refused-${title.length}-viec-2019.csv`, sections('Các đơn vị có tỷ lệ tăng so với cùng kỳ', title));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusal(title));
  });
});
