// thads' own CSV read back without its rate columns (traps39 F4). thads' own CSV of
// 2018 ("tong-hop-2018.csv", money in đồng as thads writes it), its rate columns deleted by the
// user, given as --previous beside a department's 2019 export in nghìn đồng by the config's
// "moneyUnit": "thousand". Without its rate columns thads did not know its own output and read it
// in nghìn: 40 tỷ became 40.000 tỷ, money_total_change −39.958.045.191.000 đồng, exit 0.
// Its header (province, district, year, canonical names) with its own TOTAL row below is its own
// output: đồng (or the unit its header names), empty cells unknown (input/own-total.ts); the same
// header without that row is a user's file, read in the config's unit as before.
// Every figure below is worked out by hand from the lines written here.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { write, both } = bothReaders('thads-own-output-trimmed-', ['--format', 'csv']);
const config = write('nghin.config.json', ['{ "moneyUnit": "thousand" }']);

const VI_HEAD = 'Đơn vị,Tổng số thụ lý việc,Việc có điều kiện,Việc giải quyết xong,Tổng số thụ lý tiền,Tiền có điều kiện,Tiền giải quyết xong';
// 2019 in nghìn đồng (the config): money total 41.954.809 + 71.652.433 = 113.607.242 nghìn = 113.607.242.000 đồng
const NOW_2019 = [VI_HEAD, 'Mỹ Lộc,701,586,533,41954809,9565824,8009734', 'Vụ Bản,782,655,630,71652433,16389337,14490039'];

const OWN_HEAD = 'province,district,year,cases_carried_over,cases_new,cases_total,cases_with_conditions,cases_resolved,money_total,money_with_conditions,money_resolved';
// thads' own 2018 output, in đồng, its rate columns deleted: 40.000.000.000 + 70.000.000.000 = 110.000.000.000
const OWN_2018 = [OWN_HEAD, ',Mỹ Lộc,2018,,,650,550,480,40000000000,9000000000,7000000000', ',Vụ Bản,2018,,,700,600,540,70000000000,15000000000,12000000000', ',TOTAL,2018,,,1350,1150,1020,110000000000,24000000000,19000000000'];

/** CSV rows by district, as header → cell. */
function rows(stdout: string): Record<string, Record<string, string>> {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  return Object.fromEntries(body.map((r) => [r[1]!, Object.fromEntries(head!.map((h, i) => [h, r[i] ?? '']))]));
}

describe("thads' own CSV without its rate columns, read back", () => {
  it('as --previous beside an input in nghìn by the config: read in đồng, the change right', async () => {
    const prev = write('tong-hop-2018.csv', OWN_2018);
    const r = await both('2019.csv', NOW_2019, ['--format', 'csv', '--config', config, '--previous', prev]);
    expect(r.code, r.stderr).toBe(0);
    const out = rows(r.stdout);
    // Mỹ Lộc 41.954.809.000 − 40.000.000.000 = 1.954.809.000; Vụ Bản 71.652.433.000 − 70.000.000.000 = 1.652.433.000
    expect(out['Mỹ Lộc']!.money_total_change).toBe('1954809000');
    expect(out['Vụ Bản']!.money_total_change).toBe('1652433000');
    // TOTAL 113.607.242.000 − 110.000.000.000 = 3.607.242.000
    expect(out.TOTAL!.money_total_change).toBe('3607242000');
    // rates: 2019 Mỹ Lộc 8.009.734 / 9.565.824 = 83.73 %, 2018 7 / 9 = 77.78 %: +5.95… → 5.96 pp (exact: 83.7330… − 77.7777… = 5.9552…)
    expect(out['Mỹ Lộc']!.money_rate_change).toBe('5.96');
  });

  it('its header naming its unit ("money_total (million VND)"): read in triệu đồng, whatever the config says (control: its header states it)', async () => {
    const head = OWN_HEAD.replace(/(money_[a-z_]+)/g, '$1 (million VND)');
    const prev = write('trieu-2018.csv', [head, ',Mỹ Lộc,2018,,,650,550,480,40000,9000,7000', ',Vụ Bản,2018,,,700,600,540,70000,15000,12000', ',TOTAL,2018,,,1350,1150,1020,110000,24000,19000']);
    const r = await both('2019.csv', NOW_2019, ['--format', 'csv', '--config', config, '--previous', prev]);
    expect(r.code, r.stderr).toBe(0);
    // 40.000 triệu = 40.000.000.000 đồng: the same changes as above
    expect(rows(r.stdout).TOTAL!.money_total_change).toBe('3607242000');
  });

  it('as --previous beside an input stating "Đơn vị tính: nghìn đồng", no config: read in đồng, not refused as stating no unit', async () => {
    const prev = write('tong-hop-2018.csv', OWN_2018);
    const r = await both('2019.csv', ['Đơn vị tính: nghìn đồng', ...NOW_2019], ['--format', 'csv', '--previous', prev]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).TOTAL!.money_total_change).toBe('3607242000');
  });

  it('as an input under --money-unit thousand: its empty cells unknown, its money in đồng', async () => {
    // Vụ Bản's money total unknown (empty), so the TOTAL's too; with conditions 9.000.000.000 + 15.000.000.000 = 24.000.000.000
    const r = await both('tong-hop-2018.csv', [OWN_HEAD, ',Mỹ Lộc,2018,,,650,550,480,40000000000,9000000000,7000000000', ',Vụ Bản,2018,,,700,600,540,,15000000000,12000000000', ',TOTAL,2018,,,1350,1150,1020,,24000000000,19000000000'], ['--format', 'csv', '--money-unit', 'thousand']);
    expect(r.code, r.stderr).toBe(0);
    const out = rows(r.stdout);
    expect(out['Vụ Bản']!.money_total).toBe('');
    expect(out.TOTAL!.money_total).toBe('');
    expect(out.TOTAL!.money_with_conditions).toBe('24000000000');
  });

  it('the same header without the TOTAL row (a user\'s file, fixtures/2019.csv): read in the config\'s nghìn as before (control)', async () => {
    const r = await both('plain-2018.csv', [OWN_HEAD, ',Mỹ Lộc,2018,,,650,550,480,40000000,9000000,7000000', ',Vụ Bản,2018,,,700,600,540,70000000,15000000,12000000'], ['--format', 'csv', '--config', config]);
    expect(r.code, r.stderr).toBe(0);
    // 40.000.000 + 70.000.000 = 110.000.000 nghìn = 110.000.000.000 đồng
    expect(rows(r.stdout).TOTAL!.money_total).toBe('110000000000');
  });
});

