// The 2025 roll-up of a merged-away province renames the province only: offices of one name
// from two former provinces ("Châu Thành" of Bến Tre and of Trà Vinh, both Vĩnh Long's) stay two,
// each labelled with its former province, in one file and across files; a real repeat is still one.
// Expected figures are computed by hand. Both readers must agree.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OfficeLabels } from '../../src/domain/office-labels.js';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const CSV = ['--format', 'csv'];
const { both } = bothReaders('thads-rollup-offices-', CSV);
const dir = mkdtempSync(join(tmpdir(), 'thads-rollup-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** province, district, with conditions, resolved, rate, rank, rank_of of each printed row */
function table(stdout: string): string[] {
  const [header, ...lines] = stdout.trim().split('\n');
  const cols = header!.split(',');
  const at = (name: string) => cols.indexOf(name);
  return lines.map((l) => {
    const c = l.split(',');
    return ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'cases_rank', 'cases_rank_of'].map((n) => c[at(n)]).join('|');
  });
}

describe('OfficeLabels', () => {
  it('labels only names that clash across written provinces of one successor', () => {
    const labels = new OfficeLabels();
    const bt = { province: 'Vĩnh Long', district: 'Châu Thành', from: 'Bến Tre' };
    const tv = { province: 'Vĩnh Long', district: 'Châu Thành', from: 'Trà Vinh' };
    const gt = { province: 'Vĩnh Long', district: 'Giồng Trôm', from: 'Bến Tre' };
    for (const o of [bt, tv, gt]) labels.see(o);
    expect(labels.label(bt)).toBe('Châu Thành (Bến Tre)');
    expect(labels.label(tv)).toBe('Châu Thành (Trà Vinh)');
    expect(labels.label(gt)).toBe('Giồng Trôm');
  });
});

describe('2025 roll-up keeps offices of different former provinces apart', () => {
  it('02: three "Văn phòng Cục" rolled into Ninh Bình are three offices', async () => {
    const r = await both('vp-viec-2025.csv', [
      'STT,Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong',
      '1,Nam Định,Văn phòng Cục,400,300',
      '2,Nam Định,Chi cục THADS huyện Mỹ Lộc,900,760',
      '3,Hà Nam,Văn phòng Cục,300,260',
      '4,Hà Nam,Chi cục THADS huyện Kim Bảng,700,600',
      '5,Ninh Bình,Văn phòng Cục,200,150',
      '6,Ninh Bình,Chi cục THADS huyện Yên Khánh,600,500',
    ]);
    expect(r.code).toBe(0);
    // 300/400 = 75 %, 260/300 = 86.67 %, 150/200 = 75 %; 760/900 = 84.44, 600/700 = 85.71, 500/600 = 83.33
    expect(table(r.stdout)).toEqual([
      'Ninh Bình|Văn phòng Cục (Nam Định)|400|300|75.00|5|6',
      'Ninh Bình|Chi cục THADS huyện Mỹ Lộc|900|760|84.44|3|6',
      'Ninh Bình|Văn phòng Cục (Hà Nam)|300|260|86.67|1|6',
      'Ninh Bình|Chi cục THADS huyện Kim Bảng|700|600|85.71|2|6',
      'Ninh Bình|Văn phòng Cục (Ninh Bình)|200|150|75.00|5|6',
      'Ninh Bình|Chi cục THADS huyện Yên Khánh|600|500|83.33|4|6',
      '|TOTAL|3100|2570|82.90||',
    ]);
    expect(r.stderr).not.toContain('DUPLICATE_OFFICE');
  });

  const ROMAN = ['STT,Đơn vị,Có điều kiện,Giải quyết xong', 'I,Cục THADS tỉnh Bến Tre,,', '1,Chi cục THADS huyện Châu Thành,1000,850', '2,Chi cục THADS huyện Giồng Trôm,900,760', 'II,Cục THADS tỉnh Trà Vinh,,', '1,Chi cục THADS huyện Châu Thành,800,600', '2,Chi cục THADS huyện Cầu Ngang,700,600'];

  it('02b: two Châu Thành in a Tỉnh column are 85.00 % (2/5) and 75.00 % (5/5)', async () => {
    const r = await both('ct-viec-2025.csv', [
      'STT,Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong',
      '1,Bến Tre,Chi cục THADS huyện Châu Thành,1000,850',
      '2,Bến Tre,Chi cục THADS huyện Giồng Trôm,900,760',
      '3,Trà Vinh,Chi cục THADS huyện Châu Thành,800,600',
      '4,Trà Vinh,Chi cục THADS huyện Cầu Ngang,700,600',
      '5,Vĩnh Long,Chi cục THADS huyện Long Hồ,600,500',
    ]);
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual([
      'Vĩnh Long|Chi cục THADS huyện Châu Thành (Bến Tre)|1000|850|85.00|2|5',
      'Vĩnh Long|Chi cục THADS huyện Giồng Trôm|900|760|84.44|3|5',
      'Vĩnh Long|Chi cục THADS huyện Châu Thành (Trà Vinh)|800|600|75.00|5|5',
      'Vĩnh Long|Chi cục THADS huyện Cầu Ngang|700|600|85.71|1|5',
      'Vĩnh Long|Chi cục THADS huyện Long Hồ|600|500|83.33|4|5',
      '|TOTAL|4000|3310|82.75||',
    ]);
  });

  it('02c: Roman province sections of 2025 keep the two Châu Thành apart', async () => {
    const r = await both('roman-viec-2025.csv', ROMAN);
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual([
      'Vĩnh Long|Chi cục THADS huyện Châu Thành (Bến Tre)|1000|850|85.00|2|4',
      'Vĩnh Long|Chi cục THADS huyện Giồng Trôm|900|760|84.44|3|4',
      'Vĩnh Long|Chi cục THADS huyện Châu Thành (Trà Vinh)|800|600|75.00|4|4',
      'Vĩnh Long|Chi cục THADS huyện Cầu Ngang|700|600|85.71|1|4',
      '|TOTAL|3400|2810|82.65||',
    ]);
  });

  it('02d: the same file of 2019 is unchanged (no roll-up, no label)', async () => {
    const r = await both('roman-viec-2019.csv', ROMAN);
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual([
      'Bến Tre|Chi cục THADS huyện Châu Thành|1000|850|85.00|2|4',
      'Bến Tre|Chi cục THADS huyện Giồng Trôm|900|760|84.44|3|4',
      'Trà Vinh|Chi cục THADS huyện Châu Thành|800|600|75.00|4|4',
      'Trà Vinh|Chi cục THADS huyện Cầu Ngang|700|600|85.71|1|4',
      '|TOTAL|3400|2810|82.65||',
    ]);
  });

  it('a real repeat of one former province\'s office is still one office, warned', async () => {
    const r = await both('rep-viec-2025.csv', ['STT,Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong', '1,Bến Tre,Châu Thành,100,80', '2,Trà Vinh,Cầu Ngang,50,40', '3,Bến Tre,Châu Thành,10,5']);
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual(['Vĩnh Long|Châu Thành|110|85|77.27|2|2', 'Vĩnh Long|Cầu Ngang|50|40|80.00|1|2', '|TOTAL|160|125|78.13||']);
    expect(r.stderr).toContain('FILE:4: warning: office "Châu Thành" appears on 2 rows (first on line 2), which are added together [DUPLICATE_OFFICE]');
  });
});

describe('03: one file per former province of 2025', () => {
  const bt = ['STT,Đơn vị,Có điều kiện,Giải quyết xong', '1,Văn phòng Cục,400,300', '2,Chi cục THADS huyện Châu Thành,1000,850', '3,Chi cục THADS huyện Giồng Trôm,900,760'];
  const tv = ['STT,Đơn vị,Có điều kiện,Giải quyết xong', '1,Văn phòng Cục,300,260', '2,Chi cục THADS huyện Châu Thành,800,600', '3,Chi cục THADS huyện Cầu Ngang,700,600'];
  writeFileSync(join(dir, 'Bến Tre viec 2025.csv'), `${bt.join('\n')}\n`);
  writeFileSync(join(dir, 'Trà Vinh viec 2025.csv'), `${tv.join('\n')}\n`);
  writeFileSync(join(dir, 'Bến Tre lai viec 2025.csv'), `${[...bt.slice(0, 2), '2,Chi cục THADS huyện Châu Thành,1000,851'].join('\n')}\n`);

  it('are read: six offices, Vĩnh Long 4100 / 3370', async () => {
    const r = await summarizeCsvRows(dir, [join(dir, 'Bến Tre viec 2025.csv'), join(dir, 'Trà Vinh viec 2025.csv')], []);
    expect(r.code).toBe(0);
    expect(table(r.stdout)).toEqual([
      'Vĩnh Long|Văn phòng Cục (Bến Tre)|400|300|75.00|5|6',
      'Vĩnh Long|Chi cục THADS huyện Châu Thành (Bến Tre)|1000|850|85.00|3|6',
      'Vĩnh Long|Chi cục THADS huyện Giồng Trôm|900|760|84.44|4|6',
      'Vĩnh Long|Văn phòng Cục (Trà Vinh)|300|260|86.67|1|6',
      'Vĩnh Long|Chi cục THADS huyện Châu Thành (Trà Vinh)|800|600|75.00|5|6',
      'Vĩnh Long|Chi cục THADS huyện Cầu Ngang|700|600|85.71|2|6',
      '|TOTAL|4100|3370|82.20||',
    ]);
  });

  it('the same former province given twice is still refused', async () => {
    const r = await summarizeCsvRows(dir, [join(dir, 'Bến Tre viec 2025.csv'), join(dir, 'Bến Tre lai viec 2025.csv')], []);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Bến Tre lai viec 2025.csv:2: error: cases of "Văn phòng Cục" (2025) are given again: Bến Tre viec 2025.csv:2 already gave them (and 1 more office figures); figures are never added across files [DUPLICATE_INPUT]');
  });
});

describe('--previous: a 2024 office of a former province compares with its 2025 label', () => {
  it('Châu Thành of Bến Tre (2024) is "Châu Thành (Bến Tre)" (2025)', async () => {
    const prev = join(dir, 'prev viec 2024.csv');
    writeFileSync(prev, `${['STT,Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong', '1,Bến Tre,Châu Thành,900,700', '2,Trà Vinh,Châu Thành,700,500', '3,Vĩnh Long,Long Hồ,500,400'].join('\n')}\n`);
    const now = join(dir, 'now viec 2025.csv');
    writeFileSync(now, `${['STT,Tỉnh,Đơn vị,Có điều kiện,Giải quyết xong', '1,Bến Tre,Châu Thành,1000,850', '2,Trà Vinh,Châu Thành,800,600', '3,Vĩnh Long,Long Hồ,600,500'].join('\n')}\n`);
    const r = await summarizeCsvRows(dir, [now], ['--previous', prev]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('ONE_YEAR_ONLY');
    // 85.00 − 700/900 (77.78) = 7.22; 75.00 − 500/700 (71.43) = 3.57; 83.33 − 80.00 = 3.33;
    // total 1950/2400 (81.25) − 1600/2100 (76.19) = 5.06
    expect(r.rows.map((x) => `${x['district']}|${x['cases_rate']}|${x['cases_rate_change']}`)).toEqual([
      'Châu Thành (Bến Tre)|85.00|7.22',
      'Châu Thành (Trà Vinh)|75.00|3.57',
      'Long Hồ|83.33|3.33',
      'TOTAL|81.25|5.06',
    ]);
  });
});
