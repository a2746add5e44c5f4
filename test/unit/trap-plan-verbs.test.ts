// Round 44 finding 03: section rows grouping this year's offices by their result against the
// plan ("I | Các đơn vị đạt chỉ tiêu", "Đơn vị chưa hoàn thành kế hoạch") were refused
// SECOND_TABLE as titles of a plan's figures. A plan word as the object of an achievement word
// (đạt, không đạt, chưa đạt, hoàn thành, chưa hoàn thành, không hoàn thành, vượt, hoàn thành
// vượt) describes offices: such a title is a section title, read by both readers. The plan alone
// ("Kế hoạch", "Chỉ tiêu giao") still titles a plan's figures: refused (trap-period-title.test.ts).
import { describe, expect, it } from 'vitest';
import { namesComparison } from '../../src/input/row-labels.js';
import { bothReaders } from '../helpers/both-readers.js';

describe('namesComparison: a plan met or missed names no plan', () => {
  it.each([
    'Các đơn vị đạt chỉ tiêu', 'Các đơn vị không đạt chỉ tiêu', 'Đơn vị chưa đạt chỉ tiêu', 'ĐƠN VỊ ĐẠT CHỈ TIÊU',
    'Đơn vị hoàn thành vượt kế hoạch', 'Đơn vị chưa hoàn thành kế hoạch', 'Đơn vị không hoàn thành kế hoạch', 'Đơn vị hoàn thành kế hoạch',
    'Đơn vị vượt chỉ tiêu', 'Các đơn vị đạt mục tiêu', 'Cac don vi khong dat chi tieu', 'II. Các đơn vị  đạt   chỉ tiêu',
  ])('%s: a section of offices', (text) => expect(namesComparison(text)).toBe(false));

  it.each([
    'Kế hoạch', 'Chỉ tiêu giao', 'Kế hoạch năm 2019', 'Cùng kỳ', 'Chỉ tiêu',
    // the plan word before the achievement word is the plan's own figure
    'Kế hoạch đạt', 'Chỉ tiêu phải đạt',
    // another comparison word beside the plan met
    'Đạt chỉ tiêu so với cùng kỳ', 'Đơn vị đạt kế hoạch cùng kỳ năm 2018',
    // "đặt" sets a plan, "đất" is land: only "đạt", or the word with no marks at all
    'Các đơn vị đặt kế hoạch', 'Đất kế hoạch',
  ])('%s: still names a plan or a comparison', (text) => expect(namesComparison(text)).toBe(true));
});

const HEADER = 'STT;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ';
const FIRST = [
  '1;Chi cục THADS thành phố Nam Định;1500;1100;50', '2;Chi cục THADS huyện Mỹ Lộc;300;220;5', '3;Chi cục THADS huyện Vụ Bản;400;300;10',
  '4;Chi cục THADS huyện Ý Yên;600;450;12', '5;Chi cục THADS huyện Nam Trực;500;380;8',
];
const SECOND = [
  '6;Chi cục THADS huyện Trực Ninh;450;340;7', '7;Chi cục THADS huyện Xuân Trường;420;320;6', '8;Chi cục THADS huyện Giao Thủy;550;410;9',
  '9;Chi cục THADS huyện Nghĩa Hưng;480;360;11', '10;Chi cục THADS huyện Hải Hậu;700;520;15',
];
const TITLE = ['CỤC THADS TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019', HEADER];
// By hand: with conditions 3300 + 2600 = 5900; completed 2450 + 1950 = 4400; terminated 85 + 48 = 133;
// resolved 4400 + 133 = 4533; rate 4533 / 5900 = 76.830…%.
const TOTAL = ';Tổng cộng;5900;4400;133';

const { both } = bothReaders('thads-plan-verbs-', ['--by', 'none', '--format', 'json']);

async function readsTen(name: string, lines: readonly string[]): Promise<void> {
  const r = await both(name, lines);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const { total } = JSON.parse(r.stdout);
  expect([total.cases.withConditions, total.cases.completed, total.cases.terminated, total.cases.resolved, total.cases.rate]).toEqual(['5900', '4400', '133', '4533', '76.83']);
  const byOffice = await both(name, lines, ['--format', 'json']);
  expect(byOffice.code).toBe(0);
  expect(JSON.parse(byOffice.stdout).groups).toHaveLength(10);
}

describe('offices grouped by their result against the plan are read', () => {
  it('03: "I | Các đơn vị đạt chỉ tiêu", "II | Các đơn vị không đạt chỉ tiêu", total below', () =>
    readsTen('dat-chi-tieu-2019.csv', [...TITLE, 'I;Các đơn vị đạt chỉ tiêu;;;', ...FIRST, 'II;Các đơn vị không đạt chỉ tiêu;;;', ...SECOND, TOTAL]));

  it('03b: "Đơn vị hoàn thành vượt kế hoạch", "Đơn vị chưa hoàn thành kế hoạch", no total', () =>
    readsTen('hoan-thanh-2019.csv', [...TITLE, ';Đơn vị hoàn thành vượt kế hoạch;;;', ...FIRST, ';Đơn vị chưa hoàn thành kế hoạch;;;', ...SECOND]));

  it('the total at the top, above the sections', () =>
    readsTen('total-top-2019.csv', [...TITLE, TOTAL, 'I;Các đơn vị đạt chỉ tiêu;;;', ...FIRST, 'II;Các đơn vị không đạt chỉ tiêu;;;', ...SECOND]));

  it('alone on its row, in the STT column', () =>
    readsTen('stt-column-2019.csv', [...TITLE, 'Đơn vị vượt chỉ tiêu;;;;', ...FIRST, 'Đơn vị chưa đạt chỉ tiêu;;;;', ...SECOND]));
});

describe('a plan or a comparison beside the plan met is still refused', () => {
  const refusal = (title: string, at: string) =>
    `FILE:${at}: error: "${title}" names another period, a comparison or a plan: the rows below it ("Chi cục THADS huyện Trực Ninh", line 11) are not this report's period's figures, and would be added to its own [SECOND_TABLE]`;

  it.each([
    ['II;Kế hoạch;;;', 'Kế hoạch', '10:2'],
    ['II;Chỉ tiêu giao;;;', 'Chỉ tiêu giao', '10:2'],
    [';Kế hoạch năm 2019;;;', 'Kế hoạch năm 2019', '10:2'],
    ['II;Cùng kỳ;;;', 'Cùng kỳ', '10:2'],
    ['II;Đạt chỉ tiêu so với cùng kỳ;;;', 'Đạt chỉ tiêu so với cùng kỳ', '10:2'],
  ])('%s', async (row, title, at) => {
    const r = await both(`refused-${title.length}-2019.csv`, [...TITLE, 'I;Các đơn vị đạt chỉ tiêu;;;', ...FIRST, row, ...SECOND]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(refusal(title, at));
  });
});
