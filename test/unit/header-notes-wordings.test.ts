// Round 25 findings 02 and 05. 02: header notes saying that "Thi hành xong" holds đình chỉ slipped
// through in other wordings ("(có …)", "(bao hàm …)", English "including", "(xong + đình chỉ)", the
// note wrapped onto the row under the header, a footnote "¹ … đã bao gồm số đình chỉ"): the Đình
// chỉ column was added to it again, 80 for 70, a target "met" that was missed, exit 0. 05: a note
// restating the regime's own definition of "Có điều kiện" was refused. Both readers must agree;
// every expected figure is worked out by hand.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { AS_COMPLETED, AS_RESOLVED, cases, noteRefusal, ROWS, total } from '../helpers/note-cases.js';

const ARGS = ['--by', 'none', '--format', 'json'];
const { both } = bothReaders('thads-note-wordings-', ARGS);

const MSG = noteRefusal;

describe('02: wordings of "Thi hành xong holds đình chỉ" read as resolved (were 230, 76.67 %, met)', () => {
  it.each([
    'Thi hành xong (có đình chỉ)', 'Thi hành xong (bao hàm đình chỉ)', 'Thi hành xong (bao hàm cả đình chỉ)', 'Thi hành xong (xong + đình chỉ)',
    'Thi hành xong (thi hành xong + đình chỉ)', 'Thi hành xong (xong và đình chỉ)', 'Thi hành xong (+ đình chỉ)', 'Thi hành xong (kể cả đình chỉ)¹',
    'Thi hành xong (kể cả đình chỉ) (*)',
  ])('"%s": 300 / 200, 66.67 %', async (header) => {
    const r = await both('w-viec-2019.csv', [`STT,Đơn vị,Có điều kiện,${header},Đình chỉ`, ...ROWS]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r)).toEqual(AS_RESOLVED);
  });

  it.each(['Cases completed (including terminated)', 'Cases completed (incl. terminated)', 'Cases completed (inclusive of terminated)'])('English "%s": 300 / 200', async (header) => {
    const r = await both('en-viec-2019.csv', [`No,Office,Cases with conditions,${header},Cases terminated`, ...ROWS]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r)).toEqual(AS_RESOLVED);
  });

  it('the finding\'s English file: 100 / 70 with 10 terminated is 70.00 %, 3 points short of 73', async () => {
    const r = await both('english-including-viec-2019.csv', ['Office,Cases with conditions,Cases completed (including terminated),Cases terminated', 'A,100,70,10']);
    expect(r.code).toBe(0);
    expect([...cases(r), total(r).gapPp]).toEqual(['100', null, '10', '70', '70.00', false, '-3.00']);
  });

  it.each([
    ['Thi hành xong (không có đình chỉ)'], ['Cases completed (excluding terminated)'], ['Cases completed (excl. terminated)'], ['Cases completed (not including terminated)'],
  ])('"%s" is completed: + 30 terminated = 230', async (header) => {
    const r = await both('ex-viec-2019.csv', [`STT,Đơn vị,Có điều kiện,${header},Đình chỉ`, ...ROWS]);
    expect(r.code).toBe(0);
    expect(cases(r)).toEqual(AS_COMPLETED);
  });

  it('money "Thi hành xong (xong + đình chỉ + giảm)" is resolved: 1,800 of 3,000 thousand (was 2,150)', async () => {
    const r = await both('cong-tien-2019.csv', ['Đơn vị tính: nghìn đồng,,,,,', 'STT,Đơn vị,Có điều kiện,Thi hành xong (xong + đình chỉ + giảm),Đình chỉ,Giảm', '1,Mỹ Lộc,1000,700,100,50', '2,Vụ Bản,2000,1100,200,0']);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout).total.money;
    expect([m.withConditions, m.completed, m.terminated, m.reduced, m.resolved, m.rate]).toEqual(['3000000', null, '300000', '50000', '1800000', '60.00']);
  });
});

describe('02: the note on the row under the header (a wrapped header cell saved as CSV)', () => {
  it('"Thi hành xong" over "(kể cả đình chỉ)": resolved, 300 / 200 (was 230)', async () => {
    const r = await both('below-viec-2019.csv', ['STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ', ',,,(kể cả đình chỉ),', ...ROWS]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r)).toEqual(AS_RESOLVED);
  });

  it('beside other notes of the row ("(việc)"): each is its header\'s', async () => {
    const r = await both('below-units-viec-2019.csv', ['STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ', ',,(việc),(bao gồm cả đình chỉ),(việc)', ...ROWS]);
    expect(r.code).toBe(0);
    expect(cases(r)).toEqual(AS_RESOLVED);
  });

  it('under a header of three rows', async () => {
    const r = await both('below-3-viec-2019.csv', [
      'STT,Đơn vị,Có điều kiện,,',
      ',,Tổng số,Chia ra,',
      ',,,Thi hành xong,Đình chỉ',
      ',,,(kể cả đình chỉ),',
      ...ROWS,
    ]);
    expect(r.code).toBe(0);
    expect(cases(r)).toEqual(AS_RESOLVED);
  });

  it('a note below that thads cannot read is refused at the header cell', async () => {
    const r = await both('below-money-tien-2019.csv', ['STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ,Giảm', ',,,(kể cả đình chỉ),,', '1,Mỹ Lộc,1000,700,100,50']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(MSG('1:4', 'Thi hành xong (kể cả đình chỉ)', 'kể cả đình chỉ', 'whether reduced is in it too (resolved is completed + terminated + reduced, and the file has a reduced column)'));
  });

  it.each([
    ['the form\'s column numbers "(1)", "(2)"', '(1),(2),(3),(4),(5)'],
    ['units alone "(việc)"', ',,(việc),(việc),(việc)'],
  ])('a row of %s under the header stays as it was: 230', async (_what, row) => {
    const r = await both('below-guard-viec-2019.csv', ['STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ', row, ...ROWS]);
    expect(r.code).toBe(0);
    expect(cases(r)).toEqual(AS_COMPLETED);
  });
});

describe('02: a footnote mark and its footnote line under the table', () => {
  it('the finding\'s file: "¹ Số thi hành xong đã bao gồm số đình chỉ" makes "Thi hành xong¹" resolved, read as completed above it: refused at the footnote', async () => {
    const r = await both('footnote-viec-2019.csv', ['Đơn vị,Có điều kiện,Thi hành xong¹,Đình chỉ', 'Chi cục A,100,70,10', '"¹ Số thi hành xong đã bao gồm số đình chỉ",,,']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'FILE:3:1: error: the footnote "Số thi hành xong đã bao gồm số đình chỉ" says what column 3 "Thi hành xong¹" counts of another field, which thads does not read: read as its header\'s note, it would be resolved, not completed as its rows were read [HEADER_NOTE_UNREAD]',
    );
  });

  it.each([
    ['(*)', '(*) Thi hành xong kể cả đình chỉ'],
    ['*', '* Bao gồm cả đình chỉ'],
    ['²', '(2) Có đình chỉ'],
  ])('mark "%s", footnote "%s": refused', async (mark, footnote) => {
    const r = await both('fn-viec-2019.csv', [`STT,Đơn vị,Có điều kiện,Thi hành xong ${mark},Đình chỉ`, ...ROWS, `,"${footnote}",,,`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:2: error: the footnote');
    expect(r.stderr).toContain('[HEADER_NOTE_UNREAD]');
  });

  it('a footnote that restates its column is read: "Giải quyết xong¹" … "¹ Giải quyết xong gồm thi hành xong và đình chỉ"', async () => {
    const r = await both('fn-gqx-viec-2019.csv', ['STT,Đơn vị,Có điều kiện,Giải quyết xong¹,Đình chỉ', ...ROWS, '"¹ Giải quyết xong gồm thi hành xong và đình chỉ",,,,']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r)).toEqual(AS_RESOLVED);
  });

  it('"(*) Số thi hành xong không kể đình chỉ": completed, as read: 230', async () => {
    const r = await both('fn-khong-viec-2019.csv', ['STT,Đơn vị,Có điều kiện,Thi hành xong (*),Đình chỉ', ...ROWS, '"(*) Số thi hành xong không kể đình chỉ",,,,']);
    expect(r.code).toBe(0);
    expect(cases(r)).toEqual(AS_COMPLETED);
  });

  it.each([
    ['a footnote naming no field', 'Thi hành xong¹', '¹ Số liệu tính đến ngày 30/9/2019'],
    ['another mark\'s footnote', 'Thi hành xong¹', '² Số thi hành xong đã bao gồm số đình chỉ'],
    ['a mark without its footnote', 'Thi hành xong (*)', 'Người lập biểu'],
  ])('%s stays as it was: 230', async (_what, header, line) => {
    const r = await both('fn-guard-viec-2019.csv', [`STT,Đơn vị,Có điều kiện,${header},Đình chỉ`, ...ROWS, `"${line}",,,,`]);
    expect(r.code).toBe(0);
    expect(cases(r)).toEqual(AS_COMPLETED);
  });
});

describe('05: a note restating the regime\'s definition of "Có điều kiện" is with_conditions', () => {
  it('2019 "(kể cả hoãn, tạm đình chỉ)": TT 01/2013 counts them in; 370 = 300 + 70, 230 / 300, 76.67 %, met', async () => {
    const r = await both('kc-viec-2019.csv', [
      'STT,Đơn vị,Tổng số phải thi hành,"Có điều kiện (kể cả hoãn, tạm đình chỉ)",Chưa có điều kiện,Thi hành xong,Đình chỉ',
      '1,Mỹ Lộc,120,100,20,70,10',
      '2,Vụ Bản,250,200,50,130,20',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const c = total(r);
    expect([c.toExecute, c.withoutConditions, c.deferred]).toEqual(['370', '70', null]);
    expect(cases(r)).toEqual(AS_COMPLETED);
  });

  it('2019 "(kể cả hoãn)": a part of the same definition', async () => {
    const r = await both('kc-hoan-viec-2019.csv', ['STT,Đơn vị,Có điều kiện (kể cả hoãn),Thi hành xong,Đình chỉ', ...ROWS]);
    expect(r.code).toBe(0);
    expect(cases(r)).toEqual(AS_COMPLETED);
  });

  it('2022 "(không kể hoãn, tạm đình chỉ)" beside its Hoãn, tạm đình chỉ column: 370 = 300 + 55 + 15, 76.67 %, 81.5 missed by 4.83', async () => {
    const r = await both('kk-viec-2022.csv', [
      'STT,Đơn vị,Tổng số phải thi hành,"Có điều kiện (không kể hoãn, tạm đình chỉ)",Chưa có điều kiện,"Hoãn, tạm đình chỉ",Thi hành xong,Đình chỉ',
      '1,Mỹ Lộc,120,100,15,5,70,10',
      '2,Vụ Bản,250,200,40,10,130,20',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const c = total(r);
    expect([c.toExecute, c.withoutConditions, c.deferred, c.gapPp, c.required, c.aboveTarget]).toEqual(['370', '55', '15', '-4.83', '245', '-15']);
    expect(cases(r)).toEqual(['300', '200', '30', '230', '76.67', false]);
  });

  it('2022 "(trừ số hoãn)": deferred derived, 370 − 300 − 55 = 15', async () => {
    const r = await both('tru-viec-2022.csv', [
      'STT,Đơn vị,Tổng số phải thi hành,Có điều kiện (trừ số hoãn),Chưa có điều kiện,Thi hành xong,Đình chỉ',
      '1,Mỹ Lộc,120,100,15,70,10',
      '2,Vụ Bản,250,200,40,130,20',
    ]);
    expect(r.code).toBe(0);
    expect(total(r).deferred).toBe('15');
    expect(cases(r)).toEqual(['300', '200', '30', '230', '76.67', false]);
  });

  it('a year column with --year 2019: read in 2019\'s regime', async () => {
    const r = await both('kc-year-viec.csv', ['Năm,Đơn vị,"Có điều kiện (kể cả hoãn, tạm đình chỉ)",Thi hành xong,Đình chỉ', '2019,Mỹ Lộc,100,70,10', '2019,Vụ Bản,200,130,20'], [...ARGS, '--year', '2019']);
    expect(r.code).toBe(0);
    expect(cases(r)).toEqual(AS_COMPLETED);
  });

  it('2022 "(kể cả hoãn, tạm đình chỉ)" contradicts TT 06/2019: refused', async () => {
    const r = await both('kc-viec-2022.csv', ['STT,Đơn vị,"Có điều kiện (kể cả hoãn, tạm đình chỉ)",Thi hành xong,Đình chỉ', ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(MSG('1:3', 'Có điều kiện (kể cả hoãn, tạm đình chỉ)', 'kể cả hoãn, tạm đình chỉ', 'which figure cases with conditions including suspended and postponed is: the note restates its definition in statistics years up to 2019 only, and the file is of statistics year 2022'));
  });

  it('2019 "(không kể hoãn, tạm đình chỉ)" contradicts TT 01/2013: refused', async () => {
    const r = await both('kk-viec-2019.csv', ['STT,Đơn vị,"Có điều kiện (không kể hoãn, tạm đình chỉ)",Thi hành xong,Đình chỉ', ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(MSG('1:3', 'Có điều kiện (không kể hoãn, tạm đình chỉ)', 'không kể hoãn, tạm đình chỉ', 'which figure cases with conditions excluding suspended and postponed is: the note restates its definition in statistics years from 2020 only, and the file is of statistics year 2019'));
  });

  it.each([
    ['no year in the name', 'kc-viec.csv', ['STT,Đơn vị,"Có điều kiện (kể cả hoãn, tạm đình chỉ)",Thi hành xong,Đình chỉ', ...ROWS]],
    // (a year column without --year: each row in its year's regime, header-notes-round26.test.ts)
  ])('the year unknown (%s): refused, and --year offered', async (_what, name, lines) => {
    const r = await both(name, lines);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('it would have to guess which figure cases with conditions including suspended and postponed is: the note restates its definition in statistics years up to 2019 only, and the file\'s statistics year is unknown [HEADER_NOTE_UNREAD]');
    expect(r.stderr).toContain('hint: pass --year N with the statistics year of the file');
  });
});

describe('read as before (round 25\'s "probed and read right")', () => {
  it.each([
    ['Có điều kiện (việc)', 'Thi hành xong (việc)'],
    ['Có điều kiện (1)', 'Thi hành xong (2)'],
    ['Có điều kiện', 'Thi hành xong (không kể đình chỉ)'],
    ['Có điều kiện', 'Thi hành xong (chưa kể đình chỉ)'],
    ['Có điều kiện', 'Giải quyết xong (chưa tính đình chỉ)'],
    ['Có điều kiện', 'Giải quyết xong (trừ đình chỉ)'],
  ])('"%s", "%s" beside Đình chỉ: completed, 230', async (w, c) => {
    const r = await both('asis-viec-2019.csv', [`STT,Đơn vị,${w},${c},Đình chỉ`, ...ROWS]);
    expect(r.code).toBe(0);
    expect(cases(r)).toEqual(AS_COMPLETED);
  });

  it.each(['Giải quyết xong (2)=(3)+(4)', 'Giải quyết xong (= thi hành xong + đình chỉ)', 'Giải quyết xong (gồm thi hành xong và đình chỉ)'])('"%s" beside Thi hành xong and Đình chỉ: resolved as given, 230', async (header) => {
    const r = await both('gqx-viec-2019.csv', [`STT,Đơn vị,Có điều kiện,${header},Thi hành xong,Đình chỉ`, '1,Mỹ Lộc,100,80,70,10', '2,Vụ Bản,200,150,130,20']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r)).toEqual(AS_COMPLETED);
  });

  it('"Chưa có điều kiện (có xác minh)": "có" of a note naming no field is no inclusion word; 300 + 70 = 370', async () => {
    const r = await both('cxm-viec-2019.csv', ['STT,Đơn vị,Có điều kiện,Chưa có điều kiện (có xác minh),Thi hành xong,Đình chỉ', '1,Mỹ Lộc,100,20,70,10', '2,Vụ Bản,200,50,130,20']);
    expect(r.code).toBe(0);
    expect(total(r).toExecute).toBe('370');
    expect(cases(r)).toEqual(AS_COMPLETED);
  });

  it('"Tổng số phải thi hành (có điều kiện + chưa có điều kiện)" restates to execute: 370', async () => {
    const r = await both('tsp-viec-2019.csv', ['STT,Đơn vị,Tổng số phải thi hành (có điều kiện + chưa có điều kiện),Có điều kiện,Chưa có điều kiện,Thi hành xong,Đình chỉ', '1,Mỹ Lộc,120,100,20,70,10', '2,Vụ Bản,250,200,50,130,20']);
    expect(r.code).toBe(0);
    expect(total(r).toExecute).toBe('370');
    expect(cases(r)).toEqual(AS_COMPLETED);
  });
});
