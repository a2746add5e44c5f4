// Header notes that restate a figure's definition in the file's own regime (tester round 57,
// finding 01): "Có điều kiện (kể cả hoãn theo thỏa thuận)" — SPEC §2 keeps the postponement the
// parties agreed with conditions in every regime — and "Tổng số phải thi hành (kể cả hoãn, tạm
// đình chỉ)", "Chưa có điều kiện (không kể hoãn, tạm đình chỉ)", true up to 2019 and from 2020
// alike, were refused HEADER_NOTE_UNREAD in a 2022 report. A note false of the file's regime stays
// refused. Both readers must agree.
import { describe, expect, it } from 'vitest';
import { fieldNote, foldNote } from '../../src/input/comparison-words.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-regime-notes-', ['--format', 'csv']);

/** The CSV output's row of `district`, by column name. */
function row(out: string, district: string): Record<string, string> {
  const [head, ...rows] = out.trim().split('\n').map((l) => l.split(','));
  const r = rows.find((cells) => cells[head!.indexOf('district')] === district)!;
  return Object.fromEntries(head!.map((h, i) => [h, r[i]!]));
}

const q = (cell: string) => `"${cell}"`;
/** A report of `year`: to execute | with conditions | resolved | without conditions | deferred (2020's split). */
const report = (year: number, toExecute: string, withConditions: string, without: string) => [
  `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM ${year}`,
  `STT,Đơn vị,${q(toExecute)},${q(withConditions)},Giải quyết xong,${q(without)},"Hoãn, tạm đình chỉ"`,
  '1,Chi cục THADS huyện Mỹ Lộc,985,700,520,265,20',
  '2,Chi cục THADS huyện Vụ Bản,790,600,460,180,10',
];
/** The same offices up to 2019: postponed inside with conditions, no deferred column. */
const report2019 = (toExecute: string, withConditions: string, without: string) => [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019',
  `STT,Đơn vị,${q(toExecute)},${q(withConditions)},Giải quyết xong,${q(without)}`,
  '1,Chi cục THADS huyện Mỹ Lộc,985,700,520,285',
  '2,Chi cục THADS huyện Vụ Bản,790,600,460,190',
];

const T = 'Tổng số phải thi hành';
const C = 'Có điều kiện';
const W = 'Chưa có điều kiện';
const FILE = 'bao-cao-viec-2022.csv';

// 2022 by hand, target 81.5 %: Mỹ Lộc 520/700 = 74.2857 → 74.29, gap −7.21, required ceil(570.5) = 571,
// above −51; Vụ Bản 460/600 = 76.6667 → 76.67, gap −4.83, required ceil(489) = 489, above −29;
// TOTAL 980/1300 = 75.3846 → 75.38, gap −6.12, required ceil(1059.5) = 1060, above −80;
// to execute 985 + 790 = 1775 (= 700 + 265 + 20 and 600 + 180 + 10 summed); deferred 20 + 10 = 30;
// carried forward 1775 − 980 = 795.
function expect2022(out: string): void {
  expect(row(out, 'Chi cục THADS huyện Mỹ Lộc')).toMatchObject({ cases_with_conditions: '700', cases_rate: '74.29', cases_gap_pp: '-7.21', cases_required: '571', cases_above_target: '-51', cases_rank: '2' });
  expect(row(out, 'Chi cục THADS huyện Vụ Bản')).toMatchObject({ cases_with_conditions: '600', cases_rate: '76.67', cases_gap_pp: '-4.83', cases_required: '489', cases_above_target: '-29', cases_rank: '1' });
  expect(row(out, 'TOTAL')).toMatchObject({ cases_to_execute: '1775', cases_with_conditions: '1300', cases_resolved: '980', cases_without_conditions: '445', cases_deferred: '30', cases_carried_forward: '795', cases_rate: '75.38', cases_gap_pp: '-6.12', cases_required: '1060', cases_above_target: '-80' });
}

const unread = (col: number, header: string, note: string, guess: string) =>
  `FILE:2:${col}: error: column "${header}" says what it counts of another field ("${note}"), which thads does not read: it would have to guess ${guess} [HEADER_NOTE_UNREAD]`;

describe('fieldNote: the postponement the parties agreed', () => {
  it.each([
    ['kể cả hoãn theo thỏa thuận', { includes: true, agreed: true, fields: ['postponed'] }],
    ['kể cả hoãn theo thỏa thuận của đương sự', { includes: true, agreed: true, fields: ['postponed'] }],
    ['bao gồm hoãn do đương sự thỏa thuận', { includes: true, agreed: true, fields: ['postponed'] }],
    ['KE CA HOAN THEO THOA THUAN', { includes: true, agreed: true, fields: ['postponed'] }],
    ['including postponed by agreement', { includes: true, agreed: true, fields: ['postponed'] }],
    ['không kể hoãn theo thỏa thuận', { includes: false, agreed: true, fields: ['postponed'] }],
  ])('%j', (note, expected) => expect(fieldNote(foldNote(note))).toMatchObject(expected));

  it.each(['kể cả hoãn', 'kể cả hoãn, tạm đình chỉ', 'kể cả hoãn, tạm đình chỉ theo thỏa thuận', 'kể cả hoãn theo thỏa thuận và hoãn khác'])('%j: no agreed postponement alone', (note) => {
    expect(fieldNote(foldNote(note))?.agreed).toBeUndefined();
  });
});

describe('notes true of the file\'s regime are read (both readers)', () => {
  it.each([
    [T, `${C} (kể cả hoãn theo thỏa thuận)`, W],
    [T, `${C} (kể cả hoãn theo thỏa thuận của đương sự)`, W],
    [T, `${C} (bao gồm hoãn do đương sự thỏa thuận)`, W],
    [T, `${C} (KE CA HOAN THEO THOA THUAN)`, W],
    [T, 'Cases with conditions (including postponed by agreement)', W],
    [`${T} (kể cả hoãn, tạm đình chỉ)`, C, W],
    [T, C, `${W} (không kể hoãn, tạm đình chỉ)`],
    [`${T} (kể cả hoãn, tạm đình chỉ)`, C, `${W} (không kể hoãn, tạm đình chỉ)`],
    // control: read before this change
    [T, `${C} (không kể hoãn, tạm đình chỉ)`, W],
    [T, C, W],
  ])('2022: %j | %j | %j', async (toExecute, withConditions, without) => {
    const r = await both(FILE, report(2022, toExecute, withConditions, without));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect2022(r.stdout);
  });

  it.each([
    [T, `${C} (kể cả hoãn theo thỏa thuận)`, W],
    [`${T} (kể cả hoãn, tạm đình chỉ)`, C, `${W} (không kể hoãn, tạm đình chỉ)`],
    // control: read before this change
    [T, `${C} (kể cả hoãn, tạm đình chỉ)`, W],
  ])('2019: %j | %j | %j', async (toExecute, withConditions, without) => {
    const r = await both('bao-cao-viec-2019.csv', report2019(toExecute, withConditions, without));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 2019, target 73 %: 520/700 → 74.29, 460/600 → 76.67, 980/1300 → 75.38; to execute 1775 = 1300 + 475
    expect(row(r.stdout, 'TOTAL')).toMatchObject({ cases_to_execute: '1775', cases_with_conditions: '1300', cases_without_conditions: '475', cases_resolved: '980', cases_rate: '75.38', cases_gap_pp: '2.38', cases_required: '949' });
  });
});

describe('notes false of the file\'s regime stay refused (both readers)', () => {
  it.each([
    // the 2019 definition in a 2022 report
    [T, `${C} (kể cả hoãn, tạm đình chỉ)`, W, unread(4, `${C} (kể cả hoãn, tạm đình chỉ)`, 'kể cả hoãn, tạm đình chỉ', 'which figure cases with conditions including suspended and postponed is: the note restates its definition in statistics years up to 2019 only, and the file is of statistics year 2022')],
    // without conditions never holds them
    [T, C, `${W} (kể cả hoãn, tạm đình chỉ)`, unread(6, `${W} (kể cả hoãn, tạm đình chỉ)`, 'kể cả hoãn, tạm đình chỉ', 'which figure cases without conditions including suspended and postponed is: none that thads reads')],
    // to execute always holds them
    [`${T} (không kể hoãn, tạm đình chỉ)`, C, W, unread(3, `${T} (không kể hoãn, tạm đình chỉ)`, 'không kể hoãn, tạm đình chỉ', 'which figure cases to execute excluding suspended and postponed is: none that thads reads')],
    // the agreed postponement is with conditions: never left out of it, never without conditions
    [T, `${C} (không kể hoãn theo thỏa thuận)`, W, unread(4, `${C} (không kể hoãn theo thỏa thuận)`, 'không kể hoãn theo thỏa thuận', 'which figure cases with conditions excluding postponed agreed by the parties is: none that thads reads')],
    [T, C, `${W} (kể cả hoãn theo thỏa thuận)`, unread(6, `${W} (kể cả hoãn theo thỏa thuận)`, 'kể cả hoãn theo thỏa thuận', 'which figure cases without conditions including postponed agreed by the parties is: none that thads reads')],
    // the agreed postponement beside the suspended cases (outside with conditions from 2020): not read
    [T, `${C} (kể cả hoãn theo thỏa thuận, tạm đình chỉ)`, W, unread(4, `${C} (kể cả hoãn theo thỏa thuận, tạm đình chỉ)`, 'kể cả hoãn theo thỏa thuận, tạm đình chỉ', 'which figure cases with conditions including suspended and postponed agreed by the parties is: none that thads reads')],
  ])('2022: %j | %j | %j', async (toExecute, withConditions, without, message) => {
    const r = await both(FILE, report(2022, toExecute, withConditions, without));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('"Có điều kiện (kể cả hoãn, tạm đình chỉ)" without a year stays refused', async () => {
    const lines = report(2022, T, `${C} (kể cả hoãn, tạm đình chỉ)`, W).slice(1);
    const r = await both('bao-cao-viec.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("the note restates its definition in statistics years up to 2019 only, and the file's statistics year is unknown");
  });
});
