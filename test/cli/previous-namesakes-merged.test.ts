// --previous across the 2025 merger: two former provinces' offices of one name ("Huyện Châu Thành"
// of Tây Ninh and of Long An, both in the new Tây Ninh) rolled up into one province are two
// offices, never one. Summed, the change of Tây Ninh's own Châu Thành was printed against both:
// "giảm 700 việc" for an office that grew by 100, exit 0.
import { describe, expect, it } from 'vitest';
import { fileTree } from '../helpers/file-tree.js';
import { spawnThads } from '../helpers/cli.js';

const { dir, file: write } = fileTree('thads-namesakes-');
write('thads.config.json', ['{}']);

const HEADER = 'Tỉnh,Đơn vị,Việc thụ lý,Việc có điều kiện,Việc giải quyết xong';

function changes(input: string, previous: string) {
  const r = spawnThads(['summarize', input, '--previous', previous, '--format', 'json'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout);
  const byName = Object.fromEntries(out.groups.map((g: { district: string; cases: { totalChange: string | null; rateChange: string | null } }) => [g.district, g.cases]));
  return { byName, total: out.total.cases, stderr: r.stderr };
}

describe('--previous: namesakes of two former provinces, now one', () => {
  it('Tây Ninh\'s Châu Thành is compared with its own, not with Long An\'s added to it', () => {
    const now = write('tay-ninh-2025.csv', [HEADER, 'Tây Ninh,Huyện Châu Thành,1000,800,700']);
    const before = write('tinh-2024.csv', [HEADER, 'Tây Ninh,Huyện Châu Thành,900,700,600', 'Long An,Huyện Châu Thành,800,600,300']);
    const { byName, total, stderr } = changes(now, before);
    // by hand: 1000 − 900 = 100; 700/800 = 87.5 %, 600/700 = 85.714… %: +1.79
    expect(byName['Huyện Châu Thành'].totalChange).toBe('100');
    expect(byName['Huyện Châu Thành'].rateChange).toBe('1.79');
    // Long An's is last year's only: the totals stand for different offices, not compared
    expect(total.totalChange).toBeNull();
    expect(stderr).toContain('[ONE_YEAR_ONLY]');
    expect(stderr).toContain('Long An');
  });

  it('An Giang and Kiên Giang both given this year too: each Châu Thành with its own, the totals compared (control)', () => {
    const now = write('an-giang-2025.csv', [HEADER, 'An Giang,Châu Thành,1000,800,700', 'Kiên Giang,Châu Thành,600,500,400', 'An Giang,Long Xuyên,1000,800,650']);
    const before = write('an-giang-2024.csv', [HEADER, 'An Giang,Châu Thành,500,400,300', 'Kiên Giang,Châu Thành,450,350,250', 'An Giang,Long Xuyên,900,700,600']);
    const r = spawnThads(['summarize', now, '--previous', before, '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    // (a 2025 report counts by the 34 provinces: Kiên Giang's rows are An Giang's, the namesakes labelled by their former province)
    const changeOf = (district: string) => out.groups.find((g: { province: string; district: string }) => g.province === 'An Giang' && g.district === district).cases.totalChange;
    // by hand: 1000 − 500 = 500, 600 − 450 = 150, 1000 − 900 = 100; totals 2600 − 1850 = 750
    expect(changeOf('Châu Thành (An Giang)')).toBe('500');
    expect(changeOf('Châu Thành (Kiên Giang)')).toBe('150');
    expect(changeOf('Long Xuyên')).toBe('100');
    expect(out.total.cases.totalChange).toBe('750');
  });

  it('one province\'s Châu Thành only last year, the other\'s this year: never paired with the other\'s', () => {
    const now = write('an-giang-only-2025.csv', [HEADER, 'An Giang,Châu Thành,1000,800,700', 'An Giang,Long Xuyên,1000,800,650']);
    const before = write('an-giang-both-2024.csv', [HEADER, 'An Giang,Châu Thành,500,400,300', 'Kiên Giang,Châu Thành,450,350,250', 'An Giang,Long Xuyên,900,700,600']);
    const { byName, total } = changes(now, before);
    // by hand: An Giang's own 1000 − 500 = 500 (with Kiên Giang's added: 50)
    expect(byName['Châu Thành'].totalChange).toBe('500');
    expect(total.totalChange).toBeNull();
  });
});
