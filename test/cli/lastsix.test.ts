// "6 tháng cuối năm 2019" — the last six months of statistics year 2019 — is 1/4/2019–30/9/2019
// (the statistics year N runs 1/10/N-1–30/9/N, DOMAIN; its first six months end on 31/3/N). Before,
// a file's name read it as the FIRST six months (1/10/2018–31/3/2019: the paragraph and the JSON
// printed those days) and a title line as the whole year (added to a year-end file, exit 0).
// Totals below are by hand: Mỹ Lộc 533/586 = 90.96 %, Vụ Bản 300/400 = 75 %, both 833/986 = 84.48 %.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { bothReaders } from '../helpers/both-readers.js';

const HEAD = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong';
const MY_LOC = [HEAD, 'Mỹ Lộc,586,533'];
const VU_BAN = [HEAD, 'Vụ Bản,400,300'];
const LAST_SIX_2019 = { start: '2019-04-01', end: '2019-09-30', months: 6 };
const FIRST_SIX_2019 = { start: '2018-10-01', end: '2019-03-31', months: 6 };

const dir = mkdtempSync(join(tmpdir(), 'thads-lastsix-'));
function write(name: string, lines: readonly string[]): string {
  writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  return name;
}
async function writeXlsx(name: string, rows: readonly (readonly (string | number)[])[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow([...r]);
  await wb.xlsx.writeFile(join(dir, name));
  return name;
}
const run = (args: readonly string[]) => spawnThads(args, { cwd: dir });
function json(args: readonly string[]) {
  const r = run(['summarize', ...args, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { period?: unknown; total: { cases: { withConditions: string; resolved: string; rate: string } } };
}

describe('a file named for the last six months is 1/4/2019–30/9/2019', () => {
  it.each([
    'Chi cục THADS huyện Mỹ Lộc - 6 tháng cuối năm 2019.csv',
    'Mỹ Lộc sáu tháng cuối năm 2019.csv',
    'Mỹ Lộc nửa cuối năm 2019.csv',
    'Mỹ Lộc 6T cuối năm 2019.csv',
    'Mỹ Lộc 6 thang cuoi nam 2019.csv',
    'Mỹ Lộc 2019 (6 tháng cuối năm).csv',
    'Mỹ Lộc năm 2019 - 6 tháng cuối năm.csv',
    '6 tháng cuối năm - Mỹ Lộc 2019.csv',
  ])('%s', (name) => {
    const out = json([write(name, MY_LOC)]);
    expect(out.period).toEqual(LAST_SIX_2019);
    expect(out.total.cases).toMatchObject({ withConditions: '586', resolved: '533', rate: '90.96' });
  });

  it('its paragraph names its days', () => {
    const r = run(['summarize', write('Chi cục THADS huyện Mỹ Lộc - 6 tháng cuối năm 2019.csv', MY_LOC), '--format', 'text', '--lang', 'vi']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Từ 1\/4\/2019 đến 30\/9\/2019 \(năm thống kê 2019\)/);
    expect(r.stdout).not.toContain('31/3/2019');
  });

  it('two offices\' last six months are added: 833/986 = 84.48 %', () => {
    const out = json([write('Mỹ Lộc - 6 tháng cuối năm 2019.csv', MY_LOC), write('Vụ Bản - 6 tháng cuối năm 2019.csv', VU_BAN)]);
    expect(out.period).toEqual(LAST_SIX_2019);
    expect(out.total.cases).toMatchObject({ withConditions: '986', resolved: '833', rate: '84.48' });
  });

  it('beside a year-end file: MIXED_PERIODS naming both periods, nothing on stdout', () => {
    const r = run(['summarize', write('Mỹ Lộc - 6 tháng cuối năm 2019.csv', MY_LOC), write('Vụ Bản năm 2019.csv', VU_BAN)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[MIXED_PERIODS]');
    expect(r.stderr).toContain('1/4/2019–30/9/2019');
    expect(r.stderr).toContain('1/10/2018–30/9/2019');
    expect(r.stderr).not.toContain('31/3/2019');
  });

  it('beside a first-six-months file: MIXED_PERIODS', () => {
    const r = run(['summarize', write('Mỹ Lộc - 6 tháng cuối năm 2019.csv', MY_LOC), write('Vụ Bản - 6 tháng đầu năm 2019.csv', VU_BAN)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[MIXED_PERIODS]');
  });

  it('--previous: compared with last year\'s last six months, never with its whole year', () => {
    const like = run(['summarize', write('Mỹ Lộc - 6 tháng cuối năm 2019.csv', MY_LOC), '--previous', write('Mỹ Lộc - 6 tháng cuối năm 2018.csv', [HEAD, 'Mỹ Lộc,500,400']), '--format', 'json']);
    expect(like.code, like.stderr).toBe(0);
    expect(like.stderr).not.toContain('PERIODS_DIFFER');
    // 90.96 − 80 (400/500) = 10.96 pp; 586 − 500 is no figure here: total accepted is not given
    expect((JSON.parse(like.stdout) as { total: { cases: { rateChange: string } } }).total.cases.rateChange).toBe('10.96');
    const unlike = run(['summarize', write('Mỹ Lộc - 6 tháng cuối năm 2019.csv', MY_LOC), '--previous', write('Mỹ Lộc năm 2018.csv', [HEAD, 'Mỹ Lộc,500,400']), '--format', 'json']);
    expect(unlike.code).toBe(0);
    expect(unlike.stderr).toContain('[PERIODS_DIFFER]');
    expect((JSON.parse(unlike.stdout) as { total: { cases: { rateChange: string | null } } }).total.cases.rateChange).toBeNull();
  });

  it('an .xlsx twin named so reads the same', async () => {
    const name = await writeXlsx('Mỹ Lộc - 6 tháng cuối năm 2019.xlsx', [HEAD.split(','), ['Mỹ Lộc', 586, 533]]);
    const out = json([name]);
    expect(out.period).toEqual(LAST_SIX_2019);
    expect(out.total.cases).toMatchObject({ withConditions: '586', resolved: '533', rate: '90.96' });
    const mixed = run(['summarize', name, write('Vụ Bản năm 2019.csv', VU_BAN)]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('[MIXED_PERIODS]');
  });
});

describe('a title stating the last six months', () => {
  const { both } = bothReaders('thads-lastsix-title-', ['--year', '2019', '--format', 'json']);
  it.each([
    [['BÁO CÁO 6 THÁNG CUỐI NĂM 2019']],
    [['BÁO CÁO SÁU THÁNG CUỐI NĂM 2019']],
    [['BÁO CÁO KẾT QUẢ NĂM 2019', 'Kỳ báo cáo: 6 tháng cuối năm']],
  ])('%j: 1/4/2019–30/9/2019, both readers', async (title) => {
    const r = await both('bao-cao.csv', [...title, ...MY_LOC]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { period?: unknown; total: { cases: { withConditions: string; resolved: string } } };
    expect(out.period).toEqual(LAST_SIX_2019);
    expect(out.total.cases).toMatchObject({ withConditions: '586', resolved: '533' });
  });

  it('beside a year-end file it is refused (was added to it, exit 0)', () => {
    const r = run(['summarize', write('bao-cao-cuoi.csv', ['BÁO CÁO 6 THÁNG CUỐI NĂM 2019', ...MY_LOC]), write('Vụ Bản năm 2019.csv', VU_BAN), '--year', '2019']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[MIXED_PERIODS]');
    expect(r.stderr).toContain('1/4/2019–30/9/2019');
  });

  it('an .xlsx twin with the title line reads the same', async () => {
    const name = await writeXlsx('bao-cao-cuoi.xlsx', [['BÁO CÁO 6 THÁNG CUỐI NĂM 2019'], HEAD.split(','), ['Mỹ Lộc', 586, 533]]);
    const out = json([name, '--year', '2019']);
    expect(out.period).toEqual(LAST_SIX_2019);
    expect(out.total.cases).toMatchObject({ withConditions: '586', resolved: '533', rate: '90.96' });
  });
});

describe('over-reach controls: near shapes keep their reading', () => {
  it.each([
    ['Mỹ Lộc - 6 tháng đầu năm 2019.csv', FIRST_SIX_2019],
    ['Mỹ Lộc nửa đầu năm 2019.csv', FIRST_SIX_2019],
    ['Mỹ Lộc 2019 (6 tháng).csv', FIRST_SIX_2019],
    ['Mỹ Lộc 6 tháng 2019 - bản cuối.csv', FIRST_SIX_2019],
    ['Mỹ Lộc 9 tháng năm 2019.csv', { start: '2018-10-01', end: '2019-06-30', months: 9 }],
    ['Mỹ Lộc năm 2019.csv', undefined],
    ['Mỹ Lộc BC cuối năm 2019.csv', undefined],
  ])('%s', (name, period) => {
    const out = json([write(name, MY_LOC)]);
    expect(out.period).toEqual(period);
    expect(out.total.cases).toMatchObject({ withConditions: '586', resolved: '533', rate: '90.96' });
  });

  const { both } = bothReaders('thads-lastsix-ctl-', ['--year', '2019', '--format', 'json']);
  it.each([
    [['BÁO CÁO 6 THÁNG ĐẦU NĂM 2019'], FIRST_SIX_2019],
    [['BÁO CÁO KẾT QUẢ NĂM 2019', 'Kỳ báo cáo: 6 tháng đầu năm'], FIRST_SIX_2019],
    [['BÁO CÁO KẾT QUẢ NĂM 2019'], undefined],
  ])('title %j', async (title, period) => {
    const r = await both('bao-cao.csv', [...title, ...MY_LOC]);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { period?: unknown }).period).toEqual(period);
  });
});
