// --money-unit and the config's "moneyUnit" are the unit of the department's exports (SPEC §3),
// last year's of the same form included (round 34, 03); thads' own output of last year is in đồng
// (SPEC §8), and a previous file's own unit line or header unit is its unit. A previous export that
// states no unit, without an option, while the input states a unit other than đồng is refused
// (round 34, 01: it was read in đồng, the change 1,000× off). Expected figures by hand.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { dir, write, both } = bothReaders('thads-previous-unit-', []);

/** This year's export in nghìn đồng, no unit line: 490.700.000 nghìn = 490,7 tỷ; 93,2/112,1 tỷ = 83,14 %. */
const INPUT = ['Đơn vị,Tiền tổng số thụ lý,Tiền có điều kiện,Tiền giải quyết xong', 'A,250000000,60000000,50000000', 'B,240700000,52100000,43200000'];

/** thads' own CSV of 2018 (money in đồng): total 408,8 tỷ, 75/100 tỷ = 75 %. */
const OWN_HEADER =
  'province,district,year,cases_carried_over,cases_new,cases_total,cases_delegated,cases_withdrawn,cases_to_execute,cases_with_conditions,cases_completed,cases_terminated,cases_in_progress,cases_postponed,cases_suspended,cases_other,cases_without_conditions,cases_deferred,cases_resolved,cases_carried_forward,cases_rate,cases_target,cases_gap_pp,cases_required,cases_above_target,cases_met,cases_rank,cases_rank_of,cases_total_change,cases_rate_change,money_carried_over,money_new,money_total,money_delegated,money_withdrawn,money_to_execute,money_with_conditions,money_completed,money_terminated,money_reduced,money_in_progress,money_postponed,money_suspended,money_other,money_without_conditions,money_deferred,money_resolved,money_carried_forward,money_rate,money_target,money_gap_pp,money_required,money_above_target,money_met,money_rank,money_rank_of,money_total_change,money_rate_change';
const EMPTY_CASES = ','.repeat(27);
const OWN_2018 = [
  OWN_HEADER,
  `,A,2018${EMPTY_CASES},,,200000000000,,,,50000000000,,,,,,,,,,40000000000,,80.00,32,48.00,16000000000,24000000000,true,1,2,,`,
  `,B,2018${EMPTY_CASES},,,208800000000,,,,50000000000,,,,,,,,,,35000000000,,70.00,32,38.00,16000000000,19000000000,true,2,2,,`,
  `,TOTAL,2018${EMPTY_CASES},,,408800000000,,,,100000000000,,,,,,,,,,75000000000,,75.00,32,43.00,32000000000,43000000000,true,,,,`,
];

/** The change on 2018 of the total: 490,7 − 408,8 = 81,9 tỷ; 83,14 − 75,00 = 8,14 pp. */
function change(stdout: string): { total: string; rate: string } {
  const money = JSON.parse(stdout).total.money;
  return { total: money.totalChange, rate: money.rateChange };
}

const ARGS = ['--by', 'none', '--format', 'json'];

describe('the money unit of --previous files', () => {
  it("thads' own output of last year is in đồng whatever --money-unit says (was: giảm 408.309,3 tỷ)", async () => {
    const previous = write('thads-2018.csv', OWN_2018);
    const r = await both('tien-2019.csv', INPUT, [...ARGS, '--money-unit', 'thousand', '--previous', previous]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).total.money.total).toBe('490700000000');
    expect(change(r.stdout)).toEqual({ total: '81900000000', rate: '8.14' });
  });

  it('the same with "moneyUnit" in the config', async () => {
    const previous = write('thads-2018.csv', OWN_2018);
    const config = join(dir, 'thousand.json');
    writeFileSync(config, '{ "moneyUnit": "thousand" }\n');
    const r = await both('tien-2019.csv', INPUT, [...ARGS, '--config', config, '--previous', previous]);
    expect(r.code).toBe(0);
    expect(change(r.stdout)).toEqual({ total: '81900000000', rate: '8.14' });
  });

  it("thads' own output written with --unit million is read in its header's unit", async () => {
    const header = 'province,district,year,money_total (million VND),money_with_conditions (million VND),money_resolved (million VND),money_rate';
    const previous = write('thads-million-2018.csv', [header, ',A,2018,200000,50000,40000,80.00', ',B,2018,208800,50000,35000,70.00', ',TOTAL,2018,408800,100000,75000,75.00']);
    const r = await both('tien-2019.csv', INPUT, [...ARGS, '--money-unit', 'thousand', '--previous', previous]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(change(r.stdout)).toEqual({ total: '81900000000', rate: '8.14' });
  });

  it("a previous export's own unit line is its unit, in đồng or in thousands, without a warning", async () => {
    const dong = write('dong-2018.csv', ['Đơn vị tính: đồng', 'Đơn vị,Tiền tổng số thụ lý,Tiền có điều kiện,Tiền giải quyết xong', 'A,200000000000,50000000000,40000000000', 'B,208800000000,50000000000,35000000000']);
    const inDong = await both('tien-2019.csv', INPUT, [...ARGS, '--money-unit', 'thousand', '--previous', dong]);
    expect(inDong.code).toBe(0);
    expect(inDong.stderr).toBe('');
    expect(change(inDong.stdout)).toEqual({ total: '81900000000', rate: '8.14' });
    const thousand = write('nghin-2018.csv', ['Đơn vị tính: nghìn đồng', 'Đơn vị,Tiền tổng số thụ lý,Tiền có điều kiện,Tiền giải quyết xong', 'A,200000000,50000000,40000000', 'B,208800000,50000000,35000000']);
    const inThousands = await both('tien-2019.csv', INPUT, [...ARGS, '--money-unit', 'thousand', '--previous', thousand]);
    expect(inThousands.code).toBe(0);
    expect(change(inThousands.stdout)).toEqual({ total: '81900000000', rate: '8.14' });
  });

  it('a previous export that states no unit is read in --money-unit or the config\'s unit', async () => {
    // 408.800.000 nghìn = 408,8 tỷ; 75/100 tỷ = 75 %: the change 81,9 tỷ, 8,14 pp
    const raw = write('raw-2018.csv', ['Đơn vị,Tiền tổng số thụ lý,Tiền có điều kiện,Tiền giải quyết xong', 'A,200000000,50000000,40000000', 'B,208800000,50000000,35000000']);
    const r = await both('tien-2019.csv', INPUT, [...ARGS, '--money-unit', 'thousand', '--previous', raw]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(change(r.stdout)).toEqual({ total: '81900000000', rate: '8.14' });
    const config = join(dir, 'thousand.json');
    writeFileSync(config, '{ "moneyUnit": "thousand" }\n');
    const byConfig = await both('tien-2019.csv', INPUT, [...ARGS, '--config', config, '--previous', raw]);
    expect(byConfig.code).toBe(0);
    expect(byConfig.stderr).toBe('');
    expect(change(byConfig.stdout)).toEqual({ total: '81900000000', rate: '8.14' });
  });

  it('the forms of round 34 (01, 03): 13.000 against 11.000 nghìn is +2.000.000 đồng', async () => {
    const header = 'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Thi hành xong,Đình chỉ';
    const previous = write('tien-2018.csv', [header, '1,Chư Sê,4000,900,250,0', '2,Đắk Đoa,7000,1800,600,0']);
    const rows = [header, '1,Chư Sê,5000,1000,300,50', '2,Đắk Đoa,8000,2000,700,0'];
    const config = join(dir, 'thousand.json');
    writeFileSync(config, '{ "moneyUnit": "thousand" }\n');
    // 1.050/3.000 = 35 % against 850/2.700 = 31,48 %: 3,52 pp
    for (const args of [['--money-unit', 'thousand'], ['--config', config]]) {
      const r = await both('tien-2019.csv', rows, [...ARGS, ...args, '--previous', previous]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout).total.money.total).toBe('13000000');
      expect(change(r.stdout)).toEqual({ total: '2000000', rate: '3.52' });
    }
    // the input's unit line and the option agree: the same
    const stated = await both('tien-2019.csv', ['Đơn vị tính: nghìn đồng', ...rows], [...ARGS, '--money-unit', 'thousand', '--previous', previous]);
    expect(change(stated.stdout)).toEqual({ total: '2000000', rate: '3.52' });
  });

  it('without an option, a previous export that states no unit is refused when the input states nghìn đồng (unit line or header)', async () => {
    const raw = write('raw-2018.csv', ['Đơn vị,Tiền tổng số thụ lý,Tiền có điều kiện,Tiền giải quyết xong', 'A,200000000,50000000,40000000', 'B,208800000,50000000,35000000']);
    const hint = "  hint: write the unit line of last year's file above its header, as the forms do (\"Đơn vị tính: nghìn đồng\", or \"Đơn vị tính: đồng\"), or pass --money-unit (or the config's \"moneyUnit\") with the unit of the department's exports: a --previous file that states no unit is then read in it";
    const byLine = await both('tien-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN', 'Đơn vị tính: nghìn đồng', ...INPUT], [...ARGS, '--previous', raw]);
    expect(byLine.code).toBe(1);
    expect(byLine.stdout).toBe('');
    expect(byLine.stderr.split(raw).join('PREV')).toBe(
      `PREV:1: error: this --previous file states no money unit, but the input states its money in nghìn đồng ("Đơn vị tính: nghìn đồng", FILE:2:1): its money could be in nghìn đồng or in đồng [PREVIOUS_UNIT_UNKNOWN]\n${hint}\n`,
    );
    const inHeader = ['Đơn vị,Tiền tổng số thụ lý (nghìn đồng),Tiền có điều kiện (nghìn đồng),Tiền giải quyết xong (nghìn đồng)', ...INPUT.slice(1)];
    const byHeader = await both('tien-2019.csv', inHeader, [...ARGS, '--previous', raw]);
    expect(byHeader.code).toBe(1);
    expect(byHeader.stdout).toBe('');
    expect(byHeader.stderr.split(raw).join('PREV')).toBe(
      `PREV:1: error: this --previous file states no money unit, but the input states its money in nghìn đồng ("Tiền tổng số thụ lý (nghìn đồng)", FILE:1:2): its money could be in nghìn đồng or in đồng [PREVIOUS_UNIT_UNKNOWN]\n${hint}\n`,
    );
  });

  it('without an option, a previous export without a unit is in đồng when the input states none or đồng (SPEC §3)', async () => {
    const raw = write('raw-2018.csv', ['Đơn vị,Tiền tổng số thụ lý,Tiền có điều kiện,Tiền giải quyết xong', 'A,200000000000,50000000000,40000000000', 'B,208800000000,50000000000,35000000000']);
    // this year's in đồng: 490,7 tỷ, 93,2/112,1 tỷ = 83,14 %
    const inDong = ['Đơn vị,Tiền tổng số thụ lý,Tiền có điều kiện,Tiền giải quyết xong', 'A,250000000000,60000000000,50000000000', 'B,240700000000,52100000000,43200000000'];
    for (const input of [inDong, ['Đơn vị tính: đồng', ...inDong]]) {
      const r = await both('tien-2019.csv', input, [...ARGS, '--previous', raw]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(change(r.stdout)).toEqual({ total: '81900000000', rate: '8.14' });
    }
  });

  it('a previous file that states its own unit keeps it without an option, whatever the input states', async () => {
    const dong = write('dong-2018.csv', ['Đơn vị tính: đồng', 'Đơn vị,Tiền tổng số thụ lý,Tiền có điều kiện,Tiền giải quyết xong', 'A,200000000000,50000000000,40000000000', 'B,208800000000,50000000000,35000000000']);
    const r = await both('tien-2019.csv', ['Đơn vị tính: nghìn đồng', ...INPUT], [...ARGS, '--previous', dong]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(change(r.stdout)).toEqual({ total: '81900000000', rate: '8.14' });
  });

  it('a previous file of cases only needs no money unit', async () => {
    const cases = write('viec-2018.csv', ['Đơn vị,Có điều kiện,Giải quyết xong', 'A,100,80', 'B,100,70']);
    const input = ['Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong', 'A,120,100,60000000,50000000', 'B,80,60,52100000,43200000'];
    const r = await both('bc-2019.csv', input, [...ARGS, '--money-unit', 'thousand', '--previous', cases]);
    expect(r.code).toBe(0);
    // cases 160/200 = 80 % against 150/200 = 75 %; money 93,2/112,1 tỷ, compared with nothing
    const total = JSON.parse(r.stdout).total;
    expect([total.cases.rateChange, total.money.withConditions, total.money.rateChange]).toEqual(['5.00', '112100000000', null]);
  });

  it("thads' own output given as the input is in đồng too", async () => {
    const r = await both('thads-2018.csv', OWN_2018, [...ARGS, '--money-unit', 'thousand']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.money.total).toBe('408800000000');
  });
});
