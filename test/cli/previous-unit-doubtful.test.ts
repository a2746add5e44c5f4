// Last year's money read in another unit than it is written in: every change on it a thousandfold
// off, exit 0 (traps39 F4: thads' own 2018 CSV in đồng read in the config's nghìn, money_total_change
// −39.958.045.191.000 đồng). Whatever the cause, every money figure of the offices of both years
// about 1,000× (10^6, 10^9) apart, their cases alike, is a unit error: refused
// (PREVIOUS_UNIT_DOUBTFUL, domain/previous-unit.ts), never printed as a change. One office's real
// big case is not: the sums must hold it with the largest office left out too.
// Every figure below is worked out by hand from the lines written here.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { dir, write, both } = bothReaders('thads-previous-unit-doubtful-', ['--format', 'csv']);
const config = write('nghin.config.json', ['{ "moneyUnit": "thousand" }']);

const VI_HEAD = 'Đơn vị,Tổng số thụ lý việc,Việc có điều kiện,Việc giải quyết xong,Tổng số thụ lý tiền,Tiền có điều kiện,Tiền giải quyết xong';
// 2019 in nghìn đồng (the config): money total 41.954.809 + 71.652.433 = 113.607.242 nghìn = 113.607.242.000 đồng
const NOW_2019 = [VI_HEAD, 'Mỹ Lộc,701,586,533,41954809,9565824,8009734', 'Vụ Bản,782,655,630,71652433,16389337,14490039'];

/** CSV rows by district, as header → cell. */
function rows(stdout: string): Record<string, Record<string, string>> {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  return Object.fromEntries(body.map((r) => [r[1]!, Object.fromEntries(head!.map((h, i) => [h, r[i] ?? '']))]));
}

const relative = (text: string) => text.split(`${dir}/`).join('');

describe('last year\'s money a power of 1,000 off this year\'s: PREVIOUS_UNIT_DOUBTFUL', () => {
  const NOW3 = [...NOW_2019, 'Ý Yên,900,700,650,50000000,12000000,10000000'];

  it('a department file in đồng stating no unit, read in the config\'s nghìn: refused at its largest office, never a change 1000× off', async () => {
    const prev = write('dong-2018.csv', [VI_HEAD, 'Mỹ Lộc,650,550,480,40000000000,9000000000,7000000000', 'Vụ Bản,700,600,540,70000000000,15000000000,12000000000', 'Ý Yên,850,680,600,48000000000,11000000000,9000000000']);
    const r = await both('2019.csv', NOW3, ['--format', 'csv', '--config', config, '--previous', prev]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // read in nghìn: 2018 money total (40 + 70 + 48)·10^9·1000 = 158.000.000.000.000 đồng against
    // 2019's (41.954.809 + 71.652.433 + 50.000.000)·1000 = 163.607.242.000 (÷ 965.7); cases with conditions 550 + 600 + 680 = 1.830 against 586 + 655 + 700 = 1.941.
    // The largest office: Vụ Bản, 15 of 35 tỷ with conditions in 2018 (16.389.337 of 37.955.161 in 2019): line 3, column 6 (Tiền có điều kiện).
    expect(relative(r.stderr)).toContain("dong-2018.csv:3:6: error: the previous year's money (2018) is about 1000 times this year's over the 3 offices given in both years (money total 158000000000000 against 163607242000 đồng), while their cases are alike (cases with conditions 1830 against 1941)");
    expect(r.stderr).toContain('[PREVIOUS_UNIT_DOUBTFUL]');
    expect(r.stderr).toContain('Đơn vị tính: nghìn đồng');
  });

  it('the other way: a file in nghìn stating no unit, read in đồng beside an input in đồng: refused', async () => {
    const prev = write('nghin-2018.csv', [VI_HEAD, 'Mỹ Lộc,650,550,480,40000000,9000000,7000000', 'Vụ Bản,700,600,540,70000000,15000000,12000000', 'Ý Yên,850,680,600,48000000,11000000,9000000']);
    // 2019 in đồng by its unit line: 163.607.242.000 đồng against 2018's 158.000.000 read in đồng (× 1/1035)
    const r = await both('2019.csv', ['Đơn vị tính: đồng', VI_HEAD, 'Mỹ Lộc,701,586,533,41954809000,9565824000,8009734000', 'Vụ Bản,782,655,630,71652433000,16389337000,14490039000', 'Ý Yên,900,700,650,50000000000,12000000000,10000000000'], ['--format', 'csv', '--previous', prev]);
    expect(r.code).toBe(1);
    expect(relative(r.stderr)).toContain("nghin-2018.csv:3:6: error: the previous year's money (2018) is about 1/1000 of this year's over the 3 offices given in both years (money total 158000000 against 163607242000 đồng)");
  });

  it("one office's real big case, its money a thousandfold last year's: compared, not refused (control)", async () => {
    // 2018 (nghìn): money total 200.000 + 250.000 + 150.000 = 600.000; with conditions 430.000; resolved 300.000
    const prev = write('big-2018.csv', [VI_HEAD, 'Mỹ Lộc,650,550,480,200000,150000,100000', 'Vụ Bản,700,600,540,250000,180000,120000', 'Ý Yên,850,680,600,150000,100000,80000']);
    // 2019 (nghìn): Mỹ Lộc took a 500 tỷ case: totals 500.620.000 / 300.450.000 / 200.320.000, each 668–834× 2018's,
    // but without Mỹ Lộc 420.000 against 400.000: one office, not a unit
    const now = [VI_HEAD, 'Mỹ Lộc,701,586,533,500200000,300150000,200100000', 'Vụ Bản,782,655,630,260000,190000,130000', 'Ý Yên,900,700,650,160000,110000,90000'];
    const r = await both('2019.csv', now, ['--format', 'csv', '--config', config, '--previous', prev]);
    expect(r.code, r.stderr).toBe(0);
    const out = rows(r.stdout);
    // Mỹ Lộc (500.200.000 − 200.000) nghìn = 500.000.000.000 đồng; TOTAL (500.620.000 − 600.000) nghìn = 500.020.000.000 đồng
    expect(out['Mỹ Lộc']!.money_total_change).toBe('500000000000');
    expect(out.TOTAL!.money_total_change).toBe('500020000000');
  });
});
