// One office across files (SPEC §3), each found summed twice with exit 0 before: an office's own
// file ("Chi cục THADS huyện Giao Thủy 2019.csv") beside the province file that lists it as
// "Huyện Giao Thủy"; split việc / tiền files that spell an office two ways, printed as
// half-offices; a file of one declared total ("Toàn tỉnh") beside its offices' file. Both
// readers — the fast path and the reference — must say the same.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bareName, pairByBareName, unitKind } from '../../src/domain/office-names.js';
import { fastPath } from '../../src/input/fast/read-fast.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-cross-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CASES = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const PLAIN = 'Đơn vị,Có điều kiện,Giải quyết xong';
const BY_PROVINCE = 'Tỉnh,Đơn vị,Việc có điều kiện,Việc giải quyết xong';

type Files = Record<string, string[]>;

async function summarize(files: Files, extra: string[], fast: boolean) {
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  const { io, stdout, stderr } = memoryIo(['summarize', ...Object.keys(files).map((f) => join(dir, f)), '--format', 'csv', ...extra], { env: {} });
  fastPath.enabled = fast;
  try {
    const code = await main(io);
    return { code, stdout: stdout(), stderr: stderr().split(join(dir, '/')).join('') };
  } finally {
    fastPath.enabled = true;
  }
}

/** Both readers, which must agree; the reference's result. */
async function both(files: Files, extra: string[] = []) {
  const reference = await summarize(files, extra, false);
  const fast = await summarize(files, extra, true);
  expect(fast).toEqual(reference);
  return reference;
}

/** province, district and the with-conditions and resolved figures of each measure present. */
function rows(csv: string): string[] {
  const [head, ...body] = csv.trim().split('\n').map((l) => l.split(','));
  const keep = ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'money_with_conditions', 'money_resolved'].map((c) => head!.indexOf(c));
  return body.map((r) => keep.map((i) => r[i] ?? '').join(',').replace(/,+$/, ''));
}

describe('bare names', () => {
  it.each([
    ['02-Chi cục THADS huyện Giao Thủy', 'giao thuỷ'],
    ['3. Hải Hậu', 'hải hậu'],
    ['Giao Thuỷ', 'giao thuỷ'],
    ['Quận 1', '1'],
    ['2019', '2019'],
  ])('%s → %s', (name, bare) => expect(bareName(name)).toBe(bare));

  it.each([
    ['Chi cục THADS thị xã Long Mỹ', 'thị xã'],
    ['TX. Long Mỹ', 'thị xã'],
    ['TP Cao Lãnh', 'thành phố'],
    ['H. Cao Lãnh', 'huyện'],
    ['Long Mỹ', null],
  ])('unit of %s → %s', (name, unit) => expect(unitKind(name)).toBe(unit));

  it('pairs only where one item on each side has the bare name', () => {
    const pairs = pairByBareName(['Long Mỹ', 'Vị Thủy'], ['Huyện Long Mỹ', 'Thị xã Long Mỹ', 'Huyện Vị Thuỷ'], bareName);
    expect([...pairs]).toEqual([['Vị Thủy', 'Huyện Vị Thuỷ']]);
  });
});

describe('an office file beside the province file that lists it (findings 02, 02b)', () => {
  const province = { 'nam-dinh-2019.csv': [CASES, 'Huyện Giao Thủy,400,300', 'Huyện Hải Hậu,500,400'] };

  it('"Chi cục THADS huyện Giao Thủy 2019.csv" repeats "Huyện Giao Thủy": refused, not 1300/1000', async () => {
    const r = await both({ ...province, 'Chi cục THADS huyện Giao Thủy 2019.csv': ['Việc có điều kiện,Việc giải quyết xong', '400,300'] });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Chi cục THADS huyện Giao Thủy 2019.csv:2: error: cases of "Chi cục THADS huyện Giao Thủy" (2019) are given again: nam-dinh-2019.csv:2 already gave them as "Huyện Giao Thủy"; figures are never added across files [DUPLICATE_INPUT]');
  });

  it('"Giao Thuỷ" (another tone placement) is the same office', async () => {
    const r = await both({ ...province, 'gt-2019.csv': [CASES, 'Giao Thuỷ,400,300'] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('gt-2019.csv:2: error: cases of "Giao Thuỷ" (2019) are given again: nam-dinh-2019.csv:2 already gave them as "Huyện Giao Thủy"');
  });

  it('a file without a province column may be of the province the other names', async () => {
    const r = await both({ 'nd-2019.csv': [BY_PROVINCE, 'Nam Định,Huyện Giao Thủy,400,300'], 'gt-2019.csv': [CASES, 'Giao Thủy,400,300'] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('the same bare name in two provinces is two offices', async () => {
    const r = await both({ 'a-2019.csv': [BY_PROVINCE, 'Tiền Giang,Huyện Châu Thành,400,300'], 'b-2019.csv': [BY_PROVINCE, 'Bến Tre,Châu Thành,100,50'] });
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Tiền Giang,Huyện Châu Thành,400,300', 'Bến Tre,Châu Thành,100,50', ',TOTAL,500,350']);
  });

  it('never takes huyện and thị xã Long Mỹ for one office', async () => {
    const r = await both({ 'hg-2019.csv': [CASES, 'Huyện Long Mỹ,10,5', 'Huyện Vị Thủy,20,10'], 'Chi cục THADS thị xã Long Mỹ 2019.csv': ['Việc có điều kiện,Việc giải quyết xong', '30,20'] });
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([',Huyện Long Mỹ,10,5', ',Huyện Vị Thủy,20,10', ',Chi cục THADS thị xã Long Mỹ,30,20', ',TOTAL,60,35']);
  });

  it('a bare "Long Mỹ" beside both is one of them, whichever: refused', async () => {
    const r = await both({ 'hg-2019.csv': [CASES, 'Huyện Long Mỹ,10,5', 'Thị xã Long Mỹ,30,20'], 'Long Mỹ 2019.csv': ['Việc có điều kiện,Việc giải quyết xong', '30,20'] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Long Mỹ 2019.csv:2: error: cases of "Long Mỹ" (2019) are given again: hg-2019.csv:2 already gave them as "Huyện Long Mỹ"');
  });
});

describe('split việc / tiền files spelling offices two ways (finding 03)', () => {
  const viec = { '03-viec-2019.csv': [PLAIN, 'Huyện Giao Thủy,400,300', 'Huyện Hải Hậu,500,400'] };

  it('join per office by bare name, under the first file\'s names', async () => {
    const r = await both({ ...viec, '03-tien-2019.csv': [PLAIN, 'Chi cục THADS huyện Giao Thuỷ,4000,3000', 'Hải Hậu,5000,4000'] });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout)).toEqual([',Huyện Giao Thủy,400,300,4000,3000', ',Huyện Hải Hậu,500,400,5000,4000', ',TOTAL,900,700,9000,7000']);
    // ranks over the two offices, not four half-offices
    const head = r.stdout.split('\n')[0]!.split(',');
    const rankOf = r.stdout.split('\n')[1]!.split(',')[head.indexOf('money_rank_of')];
    expect(rankOf).toBe('2');
  });

  it('"Long Mỹ" beside "Thị xã Long Mỹ" is the huyện (as --previous pairs it)', async () => {
    const r = await both({
      'viec-2019.csv': [PLAIN, 'Huyện Long Mỹ,10,5', 'Thị xã Long Mỹ,30,20'],
      'tien-2019.csv': [PLAIN, 'Long Mỹ,100,50', 'Thị xã Long Mỹ,300,200'],
    });
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([',Huyện Long Mỹ,10,5,100,50', ',Thị xã Long Mỹ,30,20,300,200', ',TOTAL,40,25,400,250']);
  });

  it('a name the bare name cannot settle is refused, naming both halves', async () => {
    const r = await both({
      'viec-2019.csv': [PLAIN, 'Huyện Long Mỹ,10,5', 'Thị xã Long Mỹ,30,20'],
      'tien-2019.csv': [PLAIN, 'Long Mỹ,100,50'],
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('tien-2019.csv:2: error: "Long Mỹ" has money figures only, and "Huyện Long Mỹ" has cases figures only (viec-2019.csv:2): split files join per office, and these are half-offices that may be one office written two ways [SPLIT_FILES_UNJOINED]');
  });

  it('huyện and thành phố Cao Lãnh never join', async () => {
    const r = await both({ 'viec-2019.csv': [PLAIN, 'Huyện Cao Lãnh,10,5'], 'tien-2019.csv': [PLAIN, 'Thành phố Cao Lãnh,100,50'] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tien-2019.csv:2: error: "Thành phố Cao Lãnh" has money figures only, and "Huyện Cao Lãnh" has cases figures only (viec-2019.csv:2)');
  });
});

describe('a file of one declared total beside its offices (findings 06, 06b)', () => {
  const offices = { 'huyen-2019.csv': [CASES, 'Giao Thủy,400,300', 'Hải Hậu,500,400'] };

  it('"Toàn tỉnh" and the offices it totals are refused, not 1800/1400', async () => {
    const r = await both({ 'toan-tinh-2019.csv': [CASES, 'Toàn tỉnh,900,700'], ...offices });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('huyen-2019.csv:2: error: cases of office "Giao Thủy" (2019) would be added to the declared total "Toàn tỉnh" of toan-tinh-2019.csv:2, the only row of its file, which already counts the offices; figures would be counted twice [TOTAL_FILE_OVERLAP]');
  });

  it('either way round, and with a province column (--by province)', async () => {
    const r = await both({ 'huyen2-2019.csv': [BY_PROVINCE, 'Nam Định,Giao Thủy,400,300', 'Nam Định,Hải Hậu,500,400'], 'tinh2-2019.csv': [BY_PROVINCE, 'Nam Định,Toàn tỉnh,900,700'] }, ['--by', 'province']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tinh2-2019.csv:2: error: this file\'s only row, "Toàn tỉnh" (2019), is a declared total of Nam Định, and huyen2-2019.csv:2 gives cases of office "Giao Thủy" that it already counts; figures would be counted twice [TOTAL_FILE_OVERLAP]');
  });

  it('provinces\' total-only files still sum into a national figure', async () => {
    const r = await both(
      {
        'nd-2019.csv': [BY_PROVINCE, 'Nam Định,Toàn tỉnh,900,700'],
        'hn-2019.csv': [BY_PROVINCE, 'Hà Nam,Toàn tỉnh,100,70'],
        'tb-2019.csv': [BY_PROVINCE, 'Thái Bình,Toàn tỉnh,200,100'],
      },
      ['--by', 'province'],
    );
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual(['Nam Định,,900,700', 'Hà Nam,,100,70', 'Thái Bình,,200,100', ',TOTAL,1200,870']);
  });

  it('a national total beside a province\'s is refused', async () => {
    const r = await both({ 'toan-quoc-2019.csv': [CASES, 'Toàn quốc,1200,870'], 'nd-2019.csv': [BY_PROVINCE, 'Nam Định,Toàn tỉnh,900,700'] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[TOTAL_FILE_OVERLAP]');
  });

  it('split việc / tiền files of one total join', async () => {
    const r = await both({ 'tinh-viec-2019.csv': [PLAIN, 'Toàn tỉnh,900,700'], 'tinh-tien-2019.csv': [PLAIN, 'Toàn tỉnh,9000,7000'] });
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([',Toàn tỉnh,900,700,9000,7000', ',TOTAL,900,700,9000,7000']);
  });
});
