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
    ['Tiền thi hành xong (cùng kỳ 2018) (nghìn đồng)', 'unknown(cùng kỳ 2018)'],
    // a trailing phrase: unknown as before, and said
    ['Giải quyết xong cùng kỳ 2018', 'unknown(Giải quyết xong cùng kỳ 2018)'],
    // units, measures and form notes in parentheses still read
    ['Tiền có điều kiện (nghìn đồng)', 'money_with_conditions@thousand'],
    ['Tiền thi hành xong (đồng)', 'money_completed@dong'],
    ['Có điều kiện (1)', '?_with_conditions'],
    ['Đình chỉ (THA)', '?_terminated'],
    ['Có điều kiện (việc)', 'cases_with_conditions'],
    // a field whose own name speaks of another year
    ['Năm trước chuyển sang', '?_carried_over'],
    ['Năm trước chuyển sang (nghìn đồng)', 'money_carried_over@thousand'],
    ['Chuyển năm sau', '?_carried_forward'],
  ])('%s → %s', (cell, expected) => expect(show(cell)).toBe(expected));

  it('names the years and whether it is a comparison', () => {
    expect(namedPeriod('cùng kỳ 2018')).toEqual({ text: 'cùng kỳ 2018', years: [2018], comparison: true });
    expect(namedPeriod('năm 2019')).toEqual({ text: 'năm 2019', years: [2019], comparison: false });
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
  ])('%s → %s', (cell, expected) => expect(show(cell)).toBe(expected));

  it('"tỷ lệ" names no money; "tỷ" does', () => {
    expect(namesShare('tỷ lệ %')).toBe(true);
    expect(namesShare('tỷ đồng')).toBe(false);
    expect(mentionsMoney('tỷ lệ %')).toBe(false);
    expect(mentionsMoney('tỷ trọng')).toBe(false);
    expect(mentionsMoney('tỷ USD')).toBe(true);
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

  it('"Đình chỉ (năm 2019)" in a file of 2019 may be its own terminated: refused, never summed without it', async () => {
    const r = await both('dc-own-year-viec-2019.csv', ['STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ (năm 2019)', ...OFFICES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:1:5: error: column "Đình chỉ (năm 2019)" reads like a part of cases resolved (completed + terminated), but thads does not know it: resolved would be summed without it [UNKNOWN_RESOLVED_PART]');
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
    ['Target (%)', false],
    ['Chỉ tiêu', false], // the forms' indicator column
    ['Chỉ tiêu thống kê', false],
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
