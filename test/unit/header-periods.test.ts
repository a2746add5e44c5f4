// Headers that name a field beside another period, a plan or a share: "Giải quyết xong (cùng kỳ
// 2018)" was read as this year's resolved (exit 0, the rate of 2018's figures); "Có điều kiện
// (tỷ lệ %)" had its "tỷ" read as billion (refused UNIT_UNREADABLE). Both readers must agree.
import { describe, expect, it } from 'vitest';
import { HeaderMatcher, looksLikeResolvedPart, namedPeriod } from '../../src/input/headers.js';
import { mentionsMoney, namesShare } from '../../src/input/units.js';
import { bothReaders } from '../helpers/both-readers.js';

const matcher = new HeaderMatcher();

function show(cell: string): string {
  const r = matcher.match(cell);
  if (r.kind === 'figure') return `${r.measure ?? '?'}_${r.field}${r.unit ? `@${r.unit}` : ''}`;
  if (r.kind === 'identity') return r.key;
  return r.kind === 'unknown' && r.period ? `unknown(${r.period.text})` : r.kind;
}

describe('a header naming another period or a plan is not the field', () => {
  it.each([
    ['Giải quyết xong (cùng kỳ 2018)', 'unknown(cùng kỳ 2018)'],
    ['Giải quyết xong (cùng kỳ)', 'unknown(cùng kỳ)'],
    ['Giải quyết xong (năm 2018)', 'unknown(năm 2018)'],
    ['Giải quyết xong (2018)', 'unknown(2018)'],
    ['Giải quyết xong (kỳ trước)', 'unknown(kỳ trước)'],
    ['Có điều kiện (năm trước)', 'unknown(năm trước)'],
    ['Giải quyết xong (kế hoạch)', 'unknown(kế hoạch)'],
    ['Giải quyết xong (chỉ tiêu)', 'unknown(chỉ tiêu)'],
    ['Giải quyết xong (so với cùng kỳ)', 'unknown(so với cùng kỳ)'],
    ['Giải quyết xong (tăng/giảm)', 'unknown(tăng/giảm)'],
    ['Giải quyết xong (dự kiến)', 'unknown(dự kiến)'],
    ['Giải quyết xong (cùng kỳ năm trước)', 'unknown(cùng kỳ năm trước)'],
    ['Giải quyết xong (năm trước chuyển sang)', 'unknown(năm trước chuyển sang)'],
    ['Giải quyết xong (kể cả cùng kỳ năm trước chuyển sang)', 'unknown(kể cả cùng kỳ năm trước chuyển sang)'],
    ['Giải quyết xong (kể cả việc năm 2018 chuyển sang)', 'unknown(kể cả việc năm 2018 chuyển sang)'],
    ['Giải quyết xong (kể cả năm trước)', 'unknown(kể cả năm trước)'],
    // round 16 finding 03: a note that the figure counts the cases carried over is the field's own
    ['Giải quyết xong (kể cả việc năm trước chuyển sang)', '?_resolved'],
    ['Có điều kiện (bao gồm cả số năm trước chuyển sang)', '?_with_conditions'],
    ['Tiền giải quyết xong (kể cả năm trước chuyển sang) (nghìn đồng)', 'money_resolved@thousand'],
    ['Tổng số thụ lý (gồm cả kỳ trước chuyển sang)', '?_total'],
    // …but new and carried over count one of the two: with it, their sum
    ['Thụ lý mới (kể cả năm trước chuyển sang)', 'unknown(kể cả năm trước chuyển sang)'],
    ['Thụ lý mới (kể cả số cũ chuyển sang)', 'unknown(kể cả số cũ chuyển sang)'],
    ['Năm trước chuyển sang (kể cả số cũ chuyển sang)', 'unknown(kể cả số cũ chuyển sang)'],
    // round 18 finding 04: new "không kể" the cases carried over is new itself; any other field less them is another figure
    ['Thụ lý mới (không kể số năm trước chuyển sang)', '?_new'],
    ['Thụ lý mới (chưa kể việc kỳ trước chuyển sang)', '?_new'],
    ['Tổng số thụ lý (không kể năm trước chuyển sang)', 'unknown(không kể năm trước chuyển sang)'],
    ['Giải quyết xong (trừ việc năm trước chuyển sang)', 'unknown(trừ việc năm trước chuyển sang)'],
    ['Thụ lý mới (không kể cùng kỳ năm trước chuyển sang)', 'unknown(không kể cùng kỳ năm trước chuyển sang)'],
    ['Tiền thi hành xong (cùng kỳ 2018) (nghìn đồng)', 'unknown(cùng kỳ 2018)'],
    // a trailing phrase: unknown as before, and said
    ['Giải quyết xong cùng kỳ 2018', 'unknown(Giải quyết xong cùng kỳ 2018)'],
    // units, measures and form notes in parentheses still read
    ['Tiền có điều kiện (nghìn đồng)', 'money_with_conditions@thousand'],
    ['Tiền thi hành xong (đồng)', 'money_completed@dong'],
    ['Có điều kiện (1)', '?_with_conditions'],
    ['Đình chỉ (THA)', '?_terminated'],
    ['Có điều kiện (việc)', 'cases_with_conditions'],
    // abbreviations of another period or a plan, and parts of a year, as whole words
    ['Tổng số thụ lý (CK)', 'unknown(CK)'],
    ['Giải quyết xong (CK)', 'unknown(CK)'],
    ['Giải quyết xong (CKNT)', 'unknown(CKNT)'],
    ['Giải quyết xong (N-1)', 'unknown(N-1)'],
    ['Giải quyết xong (KH)', 'unknown(KH)'],
    ['Giải quyết xong (ước)', 'unknown(ước)'],
    ['Giải quyết xong (ước thực hiện)', 'unknown(ước thực hiện)'],
    ['Giải quyết xong (số liệu cũ)', 'unknown(số liệu cũ)'],
    ['Giải quyết xong (trước điều chỉnh)', 'unknown(trước điều chỉnh)'],
    ['Giải quyết xong (phải đạt)', 'unknown(phải đạt)'],
    ['Giải quyết xong (+/-)', 'unknown(+/-)'],
    ['Giải quyết xong (±)', 'unknown(±)'],
    ['Giải quyết xong (6 tháng)', 'unknown(6 tháng)'],
    ['Giải quyết xong (10 tháng)', 'unknown(10 tháng)'],
    ['Giải quyết xong (tháng 9)', 'unknown(tháng 9)'],
    ['Giải quyết xong (quý III)', 'unknown(quý III)'],
    ['Giải quyết xong (BC tháng 8)', 'unknown(BC tháng 8)'],
    ['Giải quyết xong CK', 'unknown(Giải quyết xong CK)'],
    ['Giải quyết xong CKNT', 'unknown(Giải quyết xong CKNT)'],
    ['Giải quyết xong +/-', 'unknown(+/-)'],
    // not inside other words: a note in parentheses, let be as before
    ['Giải quyết xong (khác)', '?_resolved'],
    // a field whose own name speaks of another year
    ['Năm trước chuyển sang', '?_carried_over'],
    ['Kỳ trước chuyển sang', '?_carried_over'],
    ['Năm trước chuyển sang (nghìn đồng)', 'money_carried_over@thousand'],
    ['Chuyển năm sau', '?_carried_forward'],
  ])('%s → %s', (cell, expected) => expect(show(cell)).toBe(expected));

  it('names the field beside the period, for the layout to read when the period is the report\'s own', () => {
    const named = (cell: string) => {
      const r = matcher.match(cell);
      return r.kind === 'unknown' && r.named ? `${r.named.role.field}${r.named.previousYear ? ' (previous year)' : ''}${r.named.nextYear ? ' (next year)' : ''}` : null;
    };
    expect(named('Có điều kiện (năm 2019)')).toBe('with_conditions');
    expect(named('Tiền thi hành xong (năm 2019) (nghìn đồng)')).toBe('completed');
    expect(named('Giải quyết xong năm 2019')).toBe('resolved');
    expect(named('Năm trước chuyển sang (năm 2018)')).toBe('carried_over');
    expect(named('Năm 2018 chuyển sang')).toBe('carried_over (previous year)');
    // carried into the year named: forward, when it is the year after the report's (layout.ts)
    expect(named('Chuyển sang năm 2020')).toBe('carried_forward (next year)');
    expect(named('Chuyển kỳ sau (năm 2020)')).toBe('carried_forward');
    // a year beside another period is no field's own
    expect(named('Giải quyết xong (cùng kỳ) (năm 2019)')).toBeNull();
    expect(named('Ghi chú (năm 2019)')).toBeNull();
  });

  it('names the years and whether it is a comparison', () => {
    expect(namedPeriod('cùng kỳ 2018')).toEqual({ text: 'cùng kỳ 2018', years: [2018], comparison: true, partOfYear: false });
    expect(namedPeriod('năm 2019')).toEqual({ text: 'năm 2019', years: [2019], comparison: false, partOfYear: false });
    expect(namedPeriod('6 tháng')).toEqual({ text: '6 tháng', years: [], comparison: false, partOfYear: true });
    expect(namedPeriod('nghìn đồng')).toBeNull();
    expect(namedPeriod('1.000 đồng')).toBeNull();
  });

  it('it still reads like a part of resolved (the layout tells other periods apart)', () => {
    expect(looksLikeResolvedPart('Đình chỉ (năm 2019)')).toBe(true);
  });
});

describe('a share or rate beside a count is ignored, never money', () => {
  it.each([
    ['Có điều kiện (tỷ lệ %)', 'ignored'],
    ['Giải quyết xong (tỷ lệ %)', 'ignored'],
    ['Có điều kiện (tỷ trọng)', 'ignored'],
    ['Có điều kiện (tỉ lệ)', 'ignored'],
    ['Có điều kiện (%)', 'ignored'],
    ['Tỷ lệ (%)', 'ignored'],
    // billion still read
    ['Tiền có điều kiện (tỷ đồng)', 'money_with_conditions@billion'],
    ['Có điều kiện (tỷ)', 'money_with_conditions@billion'],
    // "tỉ", as often spelt: billion too
    ['Tiền có điều kiện (tỉ đồng)', 'money_with_conditions@billion'],
    ['Có điều kiện (tỉ)', 'money_with_conditions@billion'],
    ['Có điều kiện (Tỉ.đ)', 'money_with_conditions@billion'],
    ['Có điều kiện (tỉ lệ %)', 'ignored'],
  ])('%s → %s', (cell, expected) => expect(show(cell)).toBe(expected));

  it('"tỷ lệ" names no money; "tỷ" does', () => {
    expect(namesShare('tỷ lệ %')).toBe(true);
    expect(namesShare('tỷ đồng')).toBe(false);
    expect(mentionsMoney('tỷ lệ %')).toBe(false);
    expect(mentionsMoney('tỷ trọng')).toBe(false);
    expect(mentionsMoney('tỷ USD')).toBe(true);
    expect(mentionsMoney('tỉ lệ')).toBe(false);
    expect(mentionsMoney('tỉ USD')).toBe(true);
  });

  it('a money group "Tiền (tỷ)" is still billion', () => {
    expect(matcher.groupOf('Tiền (tỷ)')).toEqual({ measure: 'money', unit: 'billion' });
  });
});

const { both } = bothReaders('thads-header-periods-', ['--by', 'none', '--format', 'json']);

const OFFICES = ['1,Mỹ Lộc,100,70,10', '2,Vụ Bản,200,130,20'];

describe('files with such columns', () => {
  it('"Giải quyết xong (cùng kỳ 2018)" beside completed and terminated: resolved 230 is theirs, not 210 of 2018', async () => {
    const r = await both('cung-ky-viec-2019.csv', ['STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ,Giải quyết xong (cùng kỳ 2018)', '1,Mỹ Lộc,100,70,10,70', '2,Vụ Bản,200,130,20,140', ',Tổng cộng,300,200,30,210']);
    expect(r.code).toBe(0);
    const total = JSON.parse(r.stdout).total.cases;
    expect([total.withConditions, total.resolved, total.rate, total.met]).toEqual(['300', '230', '76.67', true]);
    expect(r.stderr).toBe('FILE:1:6: warning: column "Giải quyết xong (cùng kỳ 2018)" names a period or a plan ("cùng kỳ 2018"), not the report\'s own figures, and is ignored [UNKNOWN_COLUMN]\n  hint: map it with "aliases" in thads.config.json if it holds a known figure\n');
  });

  it('"(năm 2018)" in a file of 2019 is another year: read from the other columns', async () => {
    const r = await both('gqx-other-year-viec-2019.csv', ['STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ,Giải quyết xong (năm 2018)', '1,Mỹ Lộc,100,70,10,70', '2,Vụ Bản,200,130,20,140']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases.resolved).toBe('230');
  });

  it('"Đình chỉ (năm 2019)" in a file of 2019 is its own terminated', async () => {
    const r = await both('dc-own-year-viec-2019.csv', ['STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ (năm 2019)', ...OFFICES]);
    expect(r.code).toBe(0);
    const total = JSON.parse(r.stdout).total.cases;
    expect([total.completed, total.terminated, total.resolved, total.rate]).toEqual(['200', '30', '230', '76.67']);
    expect(r.stderr).toBe('');
  });

  it('"Đình chỉ (năm 2019)" beside a year column (rows of any year) may be its own terminated: refused, never summed without it', async () => {
    const r = await both('dc-year-column-viec.csv', ['STT,Đơn vị,Năm,Có điều kiện,Thi hành xong,Đình chỉ (năm 2019)', '1,Mỹ Lộc,2019,100,70,10', '2,Vụ Bản,2019,200,130,20']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:1:6: error: column "Đình chỉ (năm 2019)" reads like a part of cases resolved (completed + terminated), but thads does not know it: resolved would be summed without it [UNKNOWN_RESOLVED_PART]');
  });

  it('"Đình chỉ (6 tháng)" may be the report\'s own period or not: refused, never summed without it', async () => {
    // (the file's name states no period: a name "…-6-thang-…" would make it a six months' report)
    const r = await both('dc-viec-2019.csv', ['STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ (6 tháng)', ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:1:5: error: column "Đình chỉ (6 tháng)" reads like a part of cases resolved (completed + terminated), but thads does not know it: resolved would be summed without it [UNKNOWN_RESOLVED_PART]');
  });

  it('"Đình chỉ (kế hoạch)" is a plan: no part of this year\'s resolved', async () => {
    const r = await both('ke-hoach-viec-2019.csv', ['STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ,Đình chỉ (kế hoạch)', '1,Mỹ Lộc,100,70,10,15', '2,Vụ Bản,200,130,20,25']);
    expect(r.code).toBe(0);
    const total = JSON.parse(r.stdout).total.cases;
    expect([total.terminated, total.resolved, total.rate]).toEqual(['30', '230', '76.67']);
  });

  it('"(tỷ lệ %)" columns beside the counts are ignored: 300 / 230 (was UNIT_UNREADABLE)', async () => {
    const r = await both('ty-le-viec-2019.csv', [
      'STT,Đơn vị,Tổng số phải thi hành,Có điều kiện,Có điều kiện (tỷ lệ %),Giải quyết xong,Giải quyết xong (tỷ lệ %),Có điều kiện (tỷ trọng),Có điều kiện (%)',
      '1,Mỹ Lộc,130,100,"76,92",80,"80,00","76,92","76,92"',
      '2,Vụ Bản,260,200,"76,92",150,"75,00","76,92","76,92"',
      ',Tổng cộng,390,300,"76,92",230,"76,67","76,92","76,92"',
    ]);
    expect(r.code).toBe(0);
    const total = JSON.parse(r.stdout).total.cases;
    expect([total.toExecute, total.withConditions, total.resolved, total.rate]).toEqual(['390', '300', '230', '76.67']);
    expect(r.stderr).toBe('');
  });

  it('money in billions beside a share column: "Đơn vị tính: tỷ đồng" still read', async () => {
    const r = await both('ty-dong-tien-2019.csv', ['Đơn vị tính: tỷ đồng', 'STT,Đơn vị,Có điều kiện,Có điều kiện (tỷ lệ %),Giải quyết xong', '1,Mỹ Lộc,5,"50,00",2', '2,Vụ Bản,5,"50,00",3']);
    expect(r.code).toBe(0);
    const total = JSON.parse(r.stdout).total.money;
    expect([total.withConditions, total.resolved, total.rate]).toEqual(['10000000000', '5000000000', '50.00']);
  });
});

describe('the forms\' count | share under each group ("Số việc | Tỷ lệ (%)")', () => {
  const GROUPS = 'STT,Đơn vị,Tổng số phải thi hành,Có điều kiện,,Chưa có điều kiện,,"Hoãn, tạm đình chỉ",,Giải quyết xong';
  const ROWS = ['1,Mỹ Lộc,130,100,"76,92",25,"19,23",5,"3,85",80', '2,Vụ Bản,260,200,"76,92",55,"21,15",5,"1,92",150'];

  it('"Số việc" is the group\'s count, "Tỷ lệ (%)" is ignored (was VALUE_WITHOUT_HEADER)', async () => {
    const r = await both('count-share-viec-2022.csv', [GROUPS, ',,,Số việc,Tỷ lệ (%),Số việc,Tỷ lệ (%),Số việc,Tỷ lệ (%),', ...ROWS]);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).total.cases;
    expect([t.toExecute, t.withConditions, t.withoutConditions, t.deferred, t.resolved, t.rate]).toEqual(['390', '300', '80', '10', '230', '76.67']);
    expect(r.stderr).toBe('');
  });

  it('"Số việc" names the measure of its group; a column with none is still refused', async () => {
    const r = await both('count-share-2022.csv', [GROUPS, ',,,Số việc,Tỷ lệ (%),Số việc,Tỷ lệ (%),Số việc,Tỷ lệ (%),', ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:3: error: column "Tổng số phải thi hành" does not say whether it counts cases or money [MEASURE_UNKNOWN]');
  });

  it.each(['Số lượng,Tỷ lệ (%)', 'Tổng số,%', 'Số việc,%', 'Tổng số,Tỷ lệ'])('"%s" under each group: the count (was VALUE_WITHOUT_HEADER)', async (pair) => {
    const r = await both('count-share-words-viec-2022.csv', [GROUPS, `,,,${pair},${pair},${pair},`, ...ROWS]);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).total.cases;
    expect([t.toExecute, t.withConditions, t.withoutConditions, t.deferred, t.resolved, t.rate]).toEqual(['390', '300', '80', '10', '230', '76.67']);
    expect(r.stderr).toBe('');
  });

  const MONEY_ROWS = ['1,Mỹ Lộc,6500,5000,"76,92",1000,"15,38",500,"7,69",4000', '2,Vụ Bản,9000,7000,"77,78",1500,"16,67",500,"5,56",3000'];

  it('"Số tiền (nghìn đồng) | Tỷ lệ (%)": money, in the unit its sub-header names (was VALUE_WITHOUT_HEADER)', async () => {
    const sub = 'Số tiền (nghìn đồng),Tỷ lệ (%)';
    const r = await both('count-share-unit-2022.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2022', GROUPS, `,,,${sub},${sub},${sub},`, ...MONEY_ROWS]);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).total.money;
    expect([t.toExecute, t.withConditions, t.withoutConditions, t.deferred, t.resolved, t.rate]).toEqual(['15500000', '12000000', '2500000', '1000000', '7000000', '58.33']);
    expect(r.stderr).toBe('');
  });

  it('a sub-header\'s unit against the unit line: refused, never one of them picked', async () => {
    const sub = 'Số tiền (nghìn đồng),Tỷ lệ (%)';
    const r = await both('count-share-unit-line-2022.csv', ['Đơn vị tính: triệu đồng', GROUPS, `,,,${sub},${sub},${sub},`, ...MONEY_ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('FILE:3:4: error: this header cell gives money in thousand, but the unit line "Đơn vị tính: triệu đồng" (line 1, column 1) gives million [UNIT_CONTRADICTION]\n  hint: a file gives its money in one unit: correct the unit line or the header, or pass --money-unit dong|thousand|million|billion with the right one\n');
  });

  it('"Số tiền | Tỷ lệ (%)": money', async () => {
    const r = await both('count-share-tien-2019.csv', ['STT,Đơn vị,Có điều kiện,,Chưa có điều kiện,,Giải quyết xong', ',,Số tiền,Tỷ lệ (%),Số tiền,Tỷ lệ (%),', '1,Mỹ Lộc,5000,"80,00",1250,"20,00",4000', '2,Vụ Bản,7000,"70,00",3000,"30,00",3000']);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).total.money;
    expect([t.withConditions, t.withoutConditions, t.resolved, t.rate]).toEqual(['12000', '4250', '7000', '58.33']);
  });
});

describe('a column of assigned targets ("Chỉ tiêu giao (%)") is not read, and said', () => {
  it.each([
    ['Chỉ tiêu giao (%)', true],
    ['Chỉ tiêu được giao', true],
    ['Chỉ tiêu giao năm 2019', true],
    ['Assigned target (%)', true],
    ['Chỉ tiêu việc (%)', false], // thads' own output, read back
    ['Target (%)', true],
    ['Chỉ tiêu', true], // a column of targets (round 39, 05)
    ['Chỉ tiêu thống kê', false], // the forms' indicator column
  ])('%s → targets %s', (header, targets) => {
    const role = new HeaderMatcher().match(header);
    expect(role.kind).toBe('ignored');
    expect(role.kind === 'ignored' && role.targets === true).toBe(targets);
  });

  it('the built-in 73 % is applied and the file\'s own 85 / 80 are named in a warning, once', async () => {
    const r = await both('chi-tieu-viec-2019.csv', [
      'STT,Đơn vị,Có điều kiện,Giải quyết xong,Tỷ lệ (%),Chỉ tiêu giao (%),Chỉ tiêu được giao',
      '1,Mỹ Lộc,100,80,"80,00",85,85',
      '2,Vụ Bản,200,150,"75,00",80,80',
    ]);
    expect(r.code).toBe(0);
    const total = JSON.parse(r.stdout).total.cases;
    expect([total.rate, total.target, total.met]).toEqual(['76.67', '73', true]);
    expect(r.stderr).toBe(
      'FILE:1:6: warning: column "Chỉ tiêu giao (%)" states targets; thads does not read them: rates are held against --target-cases/--target-money, the config\'s targets or the national ones [TARGET_COLUMN_IGNORED]\n' +
        '  hint: if the province assigned its offices other targets than the national ones, put them in thads.config.json ("targets", per office or province) so "met" and the gap use them\n',
    );
  });
});

describe('abbreviations of another period or a plan, and parts of a year, are no figure of the report', () => {
  const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019';

  it('"Tổng số thụ lý (CK)" beside the report\'s figures: total unknown, never last year\'s 370', async () => {
    const r = await both('thu-ly-ck-viec-2019.csv', [TITLE, 'STT,Đơn vị,Tổng số thụ lý (CK),Có điều kiện,Giải quyết xong,Tỷ lệ (%),Tỷ lệ CK (%)', '1,Mỹ Lộc,120,100,80,"80,00","77,78"', '2,Vụ Bản,250,200,150,"75,00","73,68"']);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).total.cases;
    expect([t.total, t.withConditions, t.resolved, t.rate]).toEqual([null, '300', '230', '76.67']);
    expect(r.stderr).toBe('FILE:2:3: warning: column "Tổng số thụ lý (CK)" names a period or a plan ("CK"), not the report\'s own figures, and is ignored [UNKNOWN_COLUMN]\n  hint: map it with "aliases" in thads.config.json if it holds a known figure\n');
  });

  it.each(['CK', 'CKNT', 'N-1', 'KH', 'ước', 'ước thực hiện', 'số liệu cũ', 'trước điều chỉnh', 'phải đạt', '+/-'])(
    '"Giải quyết xong (%s)" beside completed and terminated: resolved 230 is theirs',
    async (words) => {
      const r = await both('gqx-abbrev-viec-2019.csv', [`STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ,Giải quyết xong (${words})`, '1,Mỹ Lộc,100,70,10,70', '2,Vụ Bản,200,130,20,140']);
      expect(r.code).toBe(0);
      const t = JSON.parse(r.stdout).total.cases;
      expect([t.withConditions, t.resolved, t.rate, t.met]).toEqual(['300', '230', '76.67', true]);
      expect(r.stderr).toBe(`FILE:1:6: warning: column "Giải quyết xong (${words})" names a period or a plan ("${words}"), not the report's own figures, and is ignored [UNKNOWN_COLUMN]\n  hint: map it with "aliases" in thads.config.json if it holds a known figure\n`);
    },
  );

  it.each(['6 tháng', '10 tháng', 'tháng 9', 'quý III', 'BC tháng 8'])('"Có điều kiện (%s)" may or may not be the report\'s period: never read as its with_conditions', async (words) => {
    const r = await both('cdk-part-viec-2019.csv', [`STT,Đơn vị,Có điều kiện (${words}),Giải quyết xong`, '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `FILE:1: error: missing column cases_with_conditions; column 3 "Có điều kiện (${words})" names it for "${words}", which thads does not read as the report's own period [MISSING_COLUMN]\n` +
        '  hint: each measure needs with_conditions and resolved (or completed); add the column or an alias in thads.config.json\n',
    );
  });
});

describe('a header naming the report\'s own year is the field\'s own column', () => {
  const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019';
  const ROWS = ['1,Mỹ Lộc,100,80,30', '2,Vụ Bản,200,150,60'];

  it.each(['năm 2019', '2019', 'từ 01/10/2018', 'đến 30/9/2019', '01/10/2018 - 30/9/2019', 'từ 01/10/2018 đến 30/9/2019', 'tính đến 30/9/2019', 'số liệu đến 30/9/2019', 'tính đến ngày 30/9/2019'])('"(%s)" in a report of 2019: 300 / 230', async (period) => {
    const r = await both('own-year-viec-2019.csv', [TITLE, `STT,Đơn vị,Có điều kiện (${period}),Giải quyết xong (${period}),Chưa có điều kiện`, ...ROWS]);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).total.cases;
    expect([t.withConditions, t.resolved, t.withoutConditions, t.rate, t.met]).toEqual(['300', '230', '90', '76.67', true]);
    expect(r.stderr).toBe('');
  });

  it('"(tính đến 30/6/2019)" in a report of the year 2019 is another period: refused', async () => {
    const r = await both('tinh-den-30-6-viec-2019.csv', [TITLE, 'STT,Đơn vị,Có điều kiện (tính đến 30/6/2019),Giải quyết xong,Chưa có điều kiện', ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2: error: missing column cases_with_conditions; column 3 "Có điều kiện (tính đến 30/6/2019)" names it for "tính đến 30/6/2019", which thads does not read as the report\'s own period [MISSING_COLUMN]');
  });

  it('"Giải quyết xong (kể cả việc năm trước chuyển sang)" is resolved: 300 / 230 (was MISSING_COLUMN)', async () => {
    const r = await both('ke-ca-viec-2019.csv', [TITLE, 'STT,Đơn vị,Có điều kiện,Giải quyết xong (kể cả việc năm trước chuyển sang),Chưa có điều kiện', ...ROWS]);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).total.cases;
    expect([t.withConditions, t.resolved, t.withoutConditions, t.rate]).toEqual(['300', '230', '90', '76.67']);
    expect(r.stderr).toBe('');
  });

  it.each(['cùng kỳ năm trước', 'năm trước'])('"Giải quyết xong (%s)" stays another period\'s: refused', async (words) => {
    const r = await both('nam-truoc-viec-2019.csv', [TITLE, `STT,Đơn vị,Có điều kiện,Giải quyết xong (${words}),Chưa có điều kiện`, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:2: error: missing column cases_resolved (or cases_completed); column 4 "Giải quyết xong (${words})" names it for "${words}", which thads does not read as the report's own period [MISSING_COLUMN]`);
  });

  it('"Thụ lý mới (kể cả số cũ chuyển sang)" is new and carried over together: not read as new (was new 300, total 390 + 90)', async () => {
    const r = await both('tlm-ke-ca-viec-2019.csv', [TITLE, 'STT,Đơn vị,Năm trước chuyển sang,Thụ lý mới (kể cả số cũ chuyển sang),Có điều kiện,Giải quyết xong', '1,Mỹ Lộc,30,130,100,80', '2,Vụ Bản,60,260,200,150']);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).total.cases;
    expect([t.carriedOver, t.new, t.total, t.withConditions, t.resolved]).toEqual(['90', null, null, '300', '230']);
    expect(r.stderr).toBe(
      'FILE:2:4: warning: column "Thụ lý mới (kể cả số cũ chuyển sang)" names a period or a plan ("kể cả số cũ chuyển sang"), not the report\'s own figures, and is ignored [UNKNOWN_COLUMN]\n  hint: map it with "aliases" in thads.config.json if it holds a known figure\n',
    );
  });

  it('the year from the file name alone will do', async () => {
    const r = await both('own-year-name-viec-2019.csv', ['STT,Đơn vị,Có điều kiện (năm 2019),Giải quyết xong (năm 2019),Chưa có điều kiện', ...ROWS]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases.resolved).toBe('230');
  });

  it('"(năm 2018)" and "(năm 2019)" side by side: the 2019 ones are read, the 2018 ones ignored (was NO_HEADER)', async () => {
    const r = await both('side-by-side-viec-2019.csv', ['STT,Đơn vị,Có điều kiện (năm 2018),Giải quyết xong (năm 2018),Có điều kiện (năm 2019),Giải quyết xong (năm 2019)', '1,Mỹ Lộc,90,70,100,80', '2,Vụ Bản,190,140,200,150']);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).total.cases;
    expect([t.withConditions, t.resolved, t.rate]).toEqual(['300', '230', '76.67']);
    expect(r.stderr).toBe(
      'FILE:1:3: warning: column "Có điều kiện (năm 2018)" names a period or a plan ("năm 2018"), not the report\'s own figures, and is ignored [UNKNOWN_COLUMN]\n  hint: map it with "aliases" in thads.config.json if it holds a known figure\n' +
        'FILE:1:4: warning: column "Giải quyết xong (năm 2018)" names a period or a plan ("năm 2018"), not the report\'s own figures, and is ignored [UNKNOWN_COLUMN]\n  hint: map it with "aliases" in thads.config.json if it holds a known figure\n',
    );
  });

  it('"(năm 2019)" read as --year 2020 says is another year\'s: refused, never read as 2020\'s', async () => {
    const r = await both('own-year-option-viec-2019.csv', [TITLE, 'STT,Đơn vị,Có điều kiện (năm 2019),Giải quyết xong (năm 2019),Chưa có điều kiện', ...ROWS], ['--by', 'none', '--format', 'json', '--year', '2020']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2: error: missing column cases_with_conditions and cases_resolved (or cases_completed); column 3 "Có điều kiện (năm 2019)" names it for "năm 2019", which thads does not read as the report\'s own period [MISSING_COLUMN]');
  });

  it('the title\'s last day counts only within the year read: "(đến 30/9/2019)" under --year 2020 is refused', async () => {
    const r = await both('title-end-option-viec-2019.csv', ['BÁO CÁO (từ 01/10/2018 đến 30/9/2019)', 'STT,Đơn vị,Có điều kiện (đến 30/9/2019),Giải quyết xong', '1,Mỹ Lộc,100,80', '2,Vụ Bản,200,150'], ['--by', 'none', '--format', 'json', '--year', '2020']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2: error: missing column cases_with_conditions; column 3 "Có điều kiện (đến 30/9/2019)" names it for "đến 30/9/2019", which thads does not read as the report\'s own period [MISSING_COLUMN]');
  });

  it('"(đến 30/9/2019)" in a report of six months, to 31/3/2019, is another period', async () => {
    const r = await both('six-months-viec-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ (từ 01/10/2018 đến 31/3/2019)', 'STT,Đơn vị,Có điều kiện (đến 30/9/2019),Có điều kiện (đến 31/3/2019),Giải quyết xong', '1,Mỹ Lộc,120,100,80', '2,Vụ Bản,220,200,150']);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).total.cases;
    expect([t.withConditions, t.resolved]).toEqual(['300', '230']);
    expect(r.stderr).toContain('FILE:2:3: warning: column "Có điều kiện (đến 30/9/2019)" names a period or a plan ("đến 30/9/2019")');
  });
});

describe('carried over names the year it comes from, the one before the report\'s', () => {
  const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019';
  const ROWS = ['1,Mỹ Lộc,30,100,100,80', '2,Vụ Bản,60,200,200,150'];

  it.each(['Năm trước chuyển sang (năm 2018)', 'Năm trước chuyển sang (2018)', 'Năm trước chuyển sang (năm trước)', 'Năm 2018 chuyển sang', 'Kỳ trước chuyển sang', 'Số cũ chuyển sang', 'Số cũ chuyển sang (từ năm 2018)'])(
    '"%s": carried over 90, total 390',
    async (header) => {
      const r = await both('carried-viec-2019.csv', [TITLE, `STT,Đơn vị,${header},Thụ lý mới,Có điều kiện,Giải quyết xong`, ...ROWS]);
      expect(r.code).toBe(0);
      const t = JSON.parse(r.stdout).total.cases;
      expect([t.carriedOver, t.new, t.total, t.withConditions, t.resolved]).toEqual(['90', '300', '390', '300', '230']);
      expect(r.stderr).toBe('');
    },
  );

  it.each([
    ['Năm 2019 chuyển sang', 'Năm 2019'], // from 2019: carried forward?
    ['Năm trước chuyển sang (năm 2017)', 'năm 2017'],
    ['Năm trước chuyển sang (năm 2019)', 'năm 2019'],
    ['Chuyển sang năm 2019', 'năm 2019'], // from the year or into it?
  ])('"%s" in a report of 2019 is ignored: carried over and total unknown', async (header, period) => {
    const r = await both('carried-other-viec-2019.csv', [TITLE, `STT,Đơn vị,${header},Thụ lý mới,Có điều kiện,Giải quyết xong`, ...ROWS]);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).total.cases;
    expect([t.carriedOver, t.new, t.total]).toEqual([null, '300', null]);
    expect(r.stderr).toBe(`FILE:2:3: warning: column "${header}" names a period or a plan ("${period}"), not the report's own figures, and is ignored [UNKNOWN_COLUMN]\n  hint: map it with "aliases" in thads.config.json if it holds a known figure\n`);
  });
});

describe('groups over "Việc | Tiền" sub-columns: the sub-column gives the measure, the group the field', () => {
  const ROWS = ['1,Mỹ Lộc,100,5000,80,4000,30,1000', '2,Vụ Bản,200,7000,150,3000,60,2000', ',Tổng cộng,300,12000,230,7000,90,3000'];

  it.each(['Việc,Tiền', 'Số việc,Số tiền', 'Về việc,Về tiền'])('"%s" under each group (was VALUE_WITHOUT_HEADER)', async (pair) => {
    const r = await both('viec-tien-2022.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2022', 'Đơn vị tính: nghìn đồng', 'STT,Đơn vị,Có điều kiện,,Giải quyết xong,,Chưa có điều kiện,', `,,${pair},${pair},${pair}`, ...ROWS]);
    expect(r.code).toBe(0);
    const { cases, money } = JSON.parse(r.stdout).total;
    expect([cases.withConditions, cases.resolved, cases.withoutConditions, cases.rate]).toEqual(['300', '230', '90', '76.67']);
    expect([money.withConditions, money.resolved, money.withoutConditions, money.rate]).toEqual(['12000000', '7000000', '3000000', '58.33']);
    expect(r.stderr).toBe('');
  });

  it('"Tiền (triệu đồng)": the unit of its column', async () => {
    const r = await both('viec-tien-unit-2022.csv', ['STT,Đơn vị,Có điều kiện,,Giải quyết xong,', ',,Việc,Tiền (triệu đồng),Việc,Tiền (triệu đồng)', '1,Mỹ Lộc,100,5,80,4', '2,Vụ Bản,200,7,150,3']);
    expect(r.code).toBe(0);
    const { money } = JSON.parse(r.stdout).total;
    expect([money.withConditions, money.resolved]).toEqual(['12000000', '7000000']);
  });

  it('one measure twice under a group is refused', async () => {
    const r = await both('viec-viec-2022.csv', ['STT,Đơn vị,Có điều kiện,,Giải quyết xong,', ',,Việc,Việc,Việc,Tiền', '1,Mỹ Lộc,100,5000,80,4000', '2,Vụ Bản,200,7000,150,3000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2:4: error: column "Có điều kiện" repeats cases_with_conditions (column 3) [DUPLICATE_COLUMN]');
  });
});

describe('the forms\' column formula after a header\'s words is a note, like "(3)"', () => {
  const ROWS = ['1,Mỹ Lộc,150,100,70,10', '2,Vụ Bản,260,200,140,10'];

  it.each(['(3)=(4)+(5)', '(3) = (4) + (5)', '[3]=[4]+[5]', '3=4+5', '(3)=(4)+…+(9)', '(3)=(4)+...+(9)', '(3)=(4)+(5) (*)'])('"Có điều kiện %s": 300 / 230 (was MISSING_COLUMN)', async (formula) => {
    const r = await both('formula-viec-2019.csv', [`STT,Đơn vị,Tổng số thụ lý (1),"Có điều kiện ${formula}",Thi hành xong (4),Đình chỉ (5)`, ...ROWS]);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).total.cases;
    expect([t.total, t.withConditions, t.completed, t.terminated, t.resolved, t.rate]).toEqual(['410', '300', '210', '20', '230', '76.67']);
    expect(r.stderr).toBe('');
  });

  it('a header thads still cannot read is named by the refusal when it begins with the missing field', async () => {
    // no equals sign: a difference of columns, not the formula of this one
    const r = await both('formula-note-viec-2019.csv', ['STT,Đơn vị,Tổng số thụ lý (1),"Có điều kiện (3)-(4)",Thi hành xong (4),Đình chỉ (5)', ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'FILE:1: error: missing column cases_with_conditions; column 4 "Có điều kiện (3)-(4)" begins with its name, but thads does not read the rest [MISSING_COLUMN]\n' +
        '  hint: each measure needs with_conditions and resolved (or completed); add the column or an alias in thads.config.json\n',
    );
  });
});

describe('the column formula before a unit or a measure is a note too', () => {
  it.each([
    ['Có điều kiện (3)=(4)+(5) (nghìn đồng)', 'money_with_conditions@thousand'],
    ['Có điều kiện [3]=[4]+[5] - nghìn đồng', 'money_with_conditions@thousand'],
    ['Có điều kiện (3) = (4) + (5) (triệu đồng)', 'money_with_conditions@million'],
    ['Có điều kiện (3)=(4)+(5) (việc)', 'cases_with_conditions'],
    ['Có điều kiện - việc', 'cases_with_conditions'],
    ['Có điều kiện (nghìn đồng) (3)=(4)+(5)', 'money_with_conditions@thousand'],
    // a dash note is taken off only when it is a unit or a measure
    ['Có điều kiện - cùng kỳ', 'unknown(Có điều kiện - cùng kỳ)'],
    // the period still wins over the formula beside it
    ['Có điều kiện (năm 2018) (3)=(4)+(5)', 'unknown(năm 2018)'],
  ])('%s → %s', (cell, expected) => {
    expect(show(cell)).toBe(expected);
  });

  const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2019';
  const ROWS = ['1,Mỹ Lộc,1200,700', '2,Vụ Bản,800,600'];
  it.each([
    ['(3)=(4)+(5) (nghìn đồng)', '(6)=(7)+(8) (nghìn đồng)', ['2000000', '1300000']],
    ['[3]=[4]+[5] - nghìn đồng', '[6]=[7]+[8] - nghìn đồng', ['2000000', '1300000']],
    ['(3)=(4)+(5) (triệu đồng)', '(6)=(7)+(8) (triệu đồng)', ['2000000000', '1300000000']],
  ])('"Có điều kiện %s": 2 000 / 1 300 in its unit, 65.00 % (was NO_HEADER, MISSING_COLUMN)', async (a, b, money) => {
    const r = await both('formula-unit-tien-2019.csv', [TITLE, `STT,Đơn vị,Có điều kiện ${a},Giải quyết xong ${b}`, ...ROWS]);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).total.money;
    expect([t.withConditions, t.resolved, t.rate]).toEqual([...money, '65.00']);
    expect(r.stderr).toBe('');
  });

  it('"(việc)" after the formula: the count, 2 000 / 1 300 (was NO_HEADER)', async () => {
    const r = await both('formula-measure-2019.csv', ['STT,Đơn vị,Có điều kiện (3)=(4)+(5) (việc),Giải quyết xong (6)=(7)+(8) (việc)', ...ROWS]);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).total.cases;
    expect([t.withConditions, t.resolved, t.rate]).toEqual(['2000', '1300', '65.00']);
  });
});

describe('NO_HEADER points at the row nearest to a header and says what it read of it', () => {
  it('a title, then a header whose figure columns no rule reads: at line 2, column 3 (was line 1)', async () => {
    const r = await both('no-header-tien-2019.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN NĂM 2019',
      'STT,Đơn vị,Có điều kiện (3)/(4) (nghìn đồng),Giải quyết xong (6)/(7)',
      '1,Mỹ Lộc,1200,700',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'FILE:2:3: error: no header row found: line 2 comes nearest, with "Đơn vị" (district); thads could not read "Có điều kiện (3)/(4) (nghìn đồng)" (column 3), "Giải quyết xong (6)/(7)" (column 4) [NO_HEADER]\n' +
        '  hint: the header row must name at least two known columns (e.g. district, cases_with_conditions); `thads inspect FILE` shows how the file is read\n',
    );
  });

  it('no row names any known column: at line 1, as before', async () => {
    const r = await both('no-header-at-all-2019.csv', ['Ghi chú về số liệu', 'a,b,c', '1,2,3']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:1: error: no header row found [NO_HEADER]\n');
  });
});

describe('"tỉ đồng" is "tỷ đồng"', () => {
  it('"(tỉ đồng)" headers: billions (was UNIT_UNREADABLE)', async () => {
    const r = await both('ti-dong-tien-2019.csv', ['STT,Đơn vị,Tiền có điều kiện (tỉ đồng),Tiền thi hành xong (tỉ đồng),Tiền đình chỉ (tỉ đồng)', '1,Mỹ Lộc,"12,5","7,25",1', '2,Vụ Bản,20,10,0']);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).total.money;
    // 32.5 tỷ; 17.25 + 1 = 18.25 tỷ; 18.25 / 32.5 = 56.15 %
    expect([t.withConditions, t.completed, t.terminated, t.resolved, t.rate]).toEqual(['32500000000', '17250000000', '1000000000', '18250000000', '56.15']);
    expect(r.stderr).toBe('');
  });
});

describe('"(12 tháng)" is the whole statistics year', () => {
  const HEADER = 'STT,Đơn vị,Tổng số thụ lý,Có điều kiện (12 tháng),Thi hành xong,Đình chỉ,Chưa có điều kiện';
  const ROWS = ['1,Mỹ Lộc,150,100,70,10,50', '2,Vụ Bản,260,200,140,10,60'];

  it.each([[[]], [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019']], [['BÁO CÁO (từ 01/10/2018 đến 30/9/2019)']]])('in a report of the year 2019 (title %j): its with_conditions, 300 / 230 (was MISSING_COLUMN)', async (title) => {
    const r = await both('twelve-months-viec-2019.csv', [...title, HEADER, ...ROWS]);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).total.cases;
    expect([t.withConditions, t.resolved, t.rate]).toEqual(['300', '230', '76.67']);
    expect(r.stderr).toBe('');
  });

  it('in a report of six months it is another period: refused', async () => {
    const r = await both('twelve-months-half-viec-2019.csv', ['BÁO CÁO 6 THÁNG ĐẦU NĂM 2019', HEADER, ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:2: error: missing column cases_with_conditions; column 4 "Có điều kiện (12 tháng)" names it for "12 tháng", which thads does not read as the report\'s own period [MISSING_COLUMN]');
  });

  it('every figure of another period: the refusal names those columns (was "names no figure column" alone)', async () => {
    const r = await both('nine-months-only-viec-2019.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2019',
      'STT,Đơn vị,Có điều kiện (12 tháng),Giải quyết xong (12 tháng),Có điều kiện (9 tháng)',
      '1,Mỹ Lộc,90,60,100',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'FILE:2: error: the header names no figure column; column 3 "Có điều kiện (12 tháng)" names with_conditions for "12 tháng", column 4 "Giải quyết xong (12 tháng)" names resolved for "12 tháng", ' +
        'column 5 "Có điều kiện (9 tháng)" names with_conditions for "9 tháng", which thads does not read as the report\'s own period [MISSING_COLUMN]\n' +
        '  hint: each measure needs with_conditions and resolved (or completed); add the column or an alias in thads.config.json\n',
    );
  });

  it('a six months\' report (1/10–31/3) reads its "(6 tháng)" columns as its own figures; "(12 tháng)" beside them stays another period', async () => {
    for (const title of ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2019', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ (Từ ngày 01/10/2018 đến ngày 31/3/2019)']) {
      const r = await both('six-months-viec-2019.csv', [title, 'STT,Đơn vị,Có điều kiện (6 tháng),Giải quyết xong (6 tháng),Có điều kiện (12 tháng)', '1,Mỹ Lộc,100,40,190', '2,Vụ Bản,80,30,150']);
      expect(r.code).toBe(0);
      const total = JSON.parse(r.stdout).total.cases;
      // 100 + 80 = 180, 40 + 30 = 70: 38.89 %
      expect([total.withConditions, total.resolved, total.rate]).toEqual(['180', '70', '38.89']);
    }
  });

  it('"(6 tháng đầu năm)", "(6 tháng năm 2026)", "(6T/2026)" are the six months\' report\'s own too; "(6 tháng năm 2025)" is a year before (round 30, 03)', async () => {
    const title = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2026 (từ 01/10/2025 đến 31/3/2026)';
    for (const p of ['6 tháng đầu năm', '6 tháng năm 2026', '6T/2026', '06 tháng - 2026']) {
      const r = await both('six-months-viec-2026.csv', [title, `STT,Đơn vị,Có điều kiện (${p}),Giải quyết xong (${p})`, '1,Khu vực 1,1000,800', '2,Khu vực 2,1000,800']);
      expect(r.code).toBe(0);
      const total = JSON.parse(r.stdout).total.cases;
      expect([total.withConditions, total.resolved, total.rate]).toEqual(['2000', '1600', '80.00']);
    }
    const before = await both('six-months-viec-2026.csv', [title, 'STT,Đơn vị,Có điều kiện (6 tháng năm 2025),Giải quyết xong (6 tháng năm 2025)', '1,Khu vực 1,1000,800']);
    expect(before.code).toBe(1);
    expect(before.stderr).toContain('names with_conditions for "6 tháng năm 2025"');
  });

  it('only its own figures missing a field: the refusal names the column of the missing field, not another', async () => {
    const r = await both('six-months-viec-2019.csv', [
      'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2019',
      'STT,Đơn vị,Có điều kiện (12 tháng),Giải quyết xong (12 tháng),Có điều kiện (6 tháng)',
      '1,Mỹ Lộc,90,60,100',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'FILE:2: error: missing column cases_resolved (or cases_completed); column 4 "Giải quyết xong (12 tháng)" names it for "12 tháng", which thads does not read as the report\'s own period [MISSING_COLUMN]\n' +
        '  hint: each measure needs with_conditions and resolved (or completed); add the column or an alias in thads.config.json\n',
    );
  });

  it('other month counts stay unknown: "(11 tháng)" refused', async () => {
    // (not "eleven-months-…": an English count of months in the file name states the period, "11 tháng")
    const r = await both('other-count-viec-2019.csv', [HEADER.replace('12 tháng', '11 tháng'), ...ROWS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:1: error: missing column cases_with_conditions; column 4 "Có điều kiện (11 tháng)" names it for "11 tháng"');
  });
});

describe('carried forward names the year it goes into, the one after the report\'s', () => {
  const HEADER = (cf: string) => `STT,Đơn vị,Có điều kiện,Giải quyết xong,Tổng số phải thi hành,${cf}`;
  // to execute − resolved: 150 − 80 = 70, 260 − 150 = 110
  const ROWS = ['1,Mỹ Lộc,100,80,150,70', '2,Vụ Bản,200,150,260,110'];

  it.each(['Chuyển kỳ sau (năm 2020)', 'Chuyển kỳ sau (2020)', 'Chuyển kỳ sau (sang năm 2020)', 'Chuyển sang năm 2020', 'Chuyển kỳ sau (năm 2019)'])('"%s" in a report of 2019: carried forward 180', async (header) => {
    const r = await both('cf-next-viec-2019.csv', [HEADER(header), ...ROWS]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases.carriedForward).toBe('180');
    expect(r.stderr).toBe('');
  });

  it('read, it is checked: 40 against 150 − 80 = 70 is said (was ignored, so the contradiction went unseen)', async () => {
    const r = await both('cf-next-wrong-viec-2019.csv', [HEADER('Chuyển kỳ sau (năm 2020)'), '1,Mỹ Lộc,100,80,150,40', '2,Vụ Bản,200,150,260,110']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('FILE:2:6: warning: cases: carried forward 40 ≠ to execute 150 − resolved 80 = 70 [CARRIED_FORWARD_MISMATCH]');
  });

  it.each([
    [[], 'Chuyển kỳ sau (năm 2021)', 'năm 2021'],
    [[], 'Chuyển sang năm 2019', 'năm 2019'], // carried into 2019, or out of it?
    // a report of six months carries forward into the year's second half, not into 2020
    [['BÁO CÁO 6 THÁNG ĐẦU NĂM 2019'], 'Chuyển kỳ sau (năm 2020)', 'năm 2020'],
  ])('%j "%s" is ignored: carried forward derived', async (title, header, period) => {
    const r = await both('cf-other-viec-2019.csv', [...title, HEADER(header), ...ROWS]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases.carriedForward).toBe('180');
    expect(r.stderr).toBe(`FILE:${title.length + 1}:6: warning: column "${header}" names a period or a plan ("${period}"), not the report's own figures, and is ignored [UNKNOWN_COLUMN]\n  hint: map it with "aliases" in thads.config.json if it holds a known figure\n`);
  });
});
