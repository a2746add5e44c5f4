// thads' own `--by none` output (its TOTAL row only) as --previous of a report `--by province`
// (traps40 F8): the total's row is there a group of no province and no office, and the warnings
// named it "null" ('"null" has figures in the previous year's files only'), beside one for each
// province "has no figures in the previous year's files". Now one warning, as by office: the
// previous files give only a total, which alone is compared. Hand figures below.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';

const { write, both } = bothReaders('thads-prev-total-by-province-', ['--format', 'csv']);

const HEADER = 'Tỉnh,Đơn vị,Việc năm trước chuyển sang,Việc thụ lý mới,Việc có điều kiện,Việc giải quyết xong';
// 2023: total 30 + 15 + 15 = 60, with conditions 25 + 12 + 10 = 47, resolved 20 + 10 + 9 = 39 (82,98 %)
const Y2023 = [HEADER, 'Nam Định,Mỹ Lộc,10,20,25,20', 'Nam Định,Vụ Bản,5,10,12,10', 'Thái Bình,Hưng Hà,7,8,10,9'];
// 2024: total 60 again, with conditions 26 + 12 + 10 = 48, resolved 22 + 10 + 9 = 41 (85,42 %)
const Y2024 = [HEADER, 'Nam Định,Mỹ Lộc,10,20,26,22', 'Nam Định,Vụ Bản,5,10,12,10', 'Thái Bình,Hưng Hà,7,8,10,9'];

/** thads' own `--by none --format csv` output of 2023's offices, as a file named for 2023. */
async function ownTotal2023(): Promise<string> {
  const input = write('bao-cao-2023.csv', Y2023);
  const { io, stdout } = memoryIo(['summarize', input, '--by', 'none', '--format', 'csv'], { env: {} });
  expect(await main(io)).toBe(0);
  return write('tong-hop-2023.csv', stdout().replace(/\n$/, '').split('\n'));
}

function column(stdout: string, district: string, province: string, key: string): string {
  const [head, ...body] = stdout.trim().split('\n').map((l) => l.split(','));
  const row = body.find((r) => r[head!.indexOf('district')] === district && r[head!.indexOf('province')] === province)!;
  return row[head!.indexOf(key)]!;
}

describe("thads' own --by none output as --previous of a report by province", () => {
  it.each([['province'], ['district']])('--by %s: one warning, "only a total", never "null"; the TOTAL compared', async (by) => {
    const previous = await ownTotal2023();
    const r = await both('bao-cao-2024.csv', Y2024, ['--format', 'csv', '--by', by, '--previous', previous]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('null');
    expect(r.stderr).toBe(`thads: warning: the previous year's files (2023) give only a total ("TOTAL"): no group is compared, only the total [ONE_YEAR_ONLY]\n  hint: pass the previous files by office (or by province) to compare each group\n`);
    // 60 − 60 = 0; 41/48 = 85,4167 % − 39/47 = 82,9787 % = 2,4380 pp → 2.44
    expect(column(r.stdout, 'TOTAL', '', 'cases_total_change')).toBe('0');
    expect(column(r.stdout, 'TOTAL', '', 'cases_rate_change')).toBe('2.44');
    // no province is compared: last year's files give none
    expect(column(r.stdout, by === 'province' ? '' : 'Mỹ Lộc', 'Nam Định', 'cases_rate_change')).toBe('');
  });
});
