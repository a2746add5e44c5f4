// A file's or a tab's name that puts its period after the year ("BC nam 2019 - 6 thang", a tab
// "2019 (6 tháng)") or writes its month as digits beside the year ("BC 03.2019", "2019-03")
// states that period, as "BC 6 thang 2019" and "T3.2019" do (round 46a, 01). Read before as
// the whole year: six months compared with last year's twelve, a false change, exit 0.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { periodOfName, yearsOfName } from '../../src/input/file-names.js';
import { runArgs } from '../helpers/both-readers.js';
import { escapeText, type RawSheet, writeRawWorkbook } from '../helpers/raw-workbook.js';

const MARCH = { start: null, end: '2019-03-31' };
const NONE = { start: null, end: null };

describe('periodOfName: a period after the year, a month in digits beside it', () => {
  it.each([
    'BC nam 2019 - 6 thang viec',
    'BC 2019 (6 thang) viec',
    '2019 - quy I viec',
    'BC 2019 - 6T',
    'BC 2019 T3',
    'BC 2019 thang 3',
    'BC 2019 Q1',
    '2019 (6 tháng)',
    'Năm 2019 - 6 tháng',
    '2019 - Quý I',
    '2019 T3',
    // a month in digits after no word that numbers a document (round 48a: "BC 03.2019" is report no. 3)
    'BC thang 03.2019 viec',
    'thang 03.2019',
    'T03.2019',
    '3-2019 viec',
    'BC 2019.03',
    'BC 2019-03',
    'BC 2019_3',
    '03-2019',
  ])('"%s" → to 31/3/2019', (name) => expect(periodOfName(name, 2019)).toEqual(MARCH));

  it.each([
    ['BC 2019 - 9 thang', '2019-06-30'],
    // the months of October to December are the next statistics year's, as "T10.2018" is
    ['BC thang 10.2018', '2018-10-31'],
    ['10.2018', '2018-10-31'],
    ['BC 2018-10', '2018-10-31'],
    ['BC 2018 T10', '2018-10-31'],
    // twelve months: the year's own end
    ['2019_12thang', '2019-09-30'],
    ['TK 2019 - 12T', '2019-09-30'],
  ])('"%s" ends on %s', (name, end) => expect(periodOfName(name, null)).toEqual({ start: null, end }));

  it.each([
    ['BC thang 10.2018', [2019]],
    // report no. 10 of 2018, no October (round 48a)
    ['BC 10.2018', [2018]],
    ['BC so 12-2019', [2019]],
    ['BC 2018 T10', [2019]],
    ['BC 03.2019', [2019]],
    ['BC nam 2019 - 6 thang', [2019]],
    // a day, a circular's number: no month
    ['xuat-ngay-2020-01-15', [2020]],
    ['Bieu 07 TT06-2019 nam 2022', [2022]],
  ])('"%s" is of the statistics year %j', (name, years) => expect(yearsOfName(name)).toEqual(years));

  it.each([
    'BC nam 2019 - gui ngay 05.10.2019',
    'BC nam 2019 - cap nhat 15.12.2019',
    'BC 2019 v2',
    'BC 2019 lan 3',
    'BC 2019 (ban 2.1)',
    'BC 2019 (ban sua 3)',
    'Quan 3 2019',
    'Q.10 2019',
    'KV 6 2019',
    'Bao cao nam 2019 (chot 30-9)',
    'Thong ke 2019 ngay 1.10.2019',
    'Bieu 7a.2019',
    'TH 2019',
    'Biểu 01',
    'Mẫu 7',
    'Mau 01 (sua 2)',
    'Bieu 07 TT06-2019 nam 2022',
    'xuat-ngay-2020-01-15',
    // a slug's dash parts its words: a district's or a form's number, not a month
    'kv-6-2019',
    'co-dieu-kien-11-2019',
    'bao_cao_2019_03_viec',
    // a report's number, not March (round 48a, 01: "BC 03.2019" was read as March in 46a)
    'BC 03.2019 viec',
    'BC 3.2019',
    'BC 3-2019',
    'BC 03-2019',
    // no month 13, no month 0
    'BC 13.2019',
    'BC 2019-00',
  ])('"%s" states no period', (name) => expect(periodOfName(name, 2019)).toEqual(NONE));
});

const HEADER = 'STT,Đơn vị,Việc có điều kiện,Việc thi hành xong';
const ROWS = ['1,Chi cục THADS huyện Mỹ Lộc,60,30', '2,Chi cục THADS huyện Vụ Bản,120,60'];
const PREVIOUS_2018 = ['Đơn vị,Việc có điều kiện,Việc thi hành xong', 'Chi cục THADS huyện Mỹ Lộc,90,60', 'Chi cục THADS huyện Vụ Bản,180,120'];
const DIFFER = "thads: warning: no change on last year is computed: the input's period ends on 31/3/2019, the previous files' on 30/9/2018, not on the same day of the year [PERIODS_DIFFER]";

describe('a partial period after the year, or a month in digits, in a CSV\'s name (both readers)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thads-name-period-'));
  const write = (name: string, lines: readonly string[]) => (writeFileSync(join(dir, name), `${lines.join('\n')}\n`), join(dir, name));
  const run = async (name: string) => {
    const argv = ['summarize', write(name, [HEADER, ...ROWS]), '--previous', write('prev viec 2018.csv', PREVIOUS_2018), '--by', 'none', '--format', 'json'];
    const r = await runArgs(dir, argv, false);
    expect(await runArgs(dir, argv, true)).toEqual(r);
    return r;
  };

  it.each([
    'BC nam 2019 - 6 thang viec.csv',
    'BC 2019 (6 thang) viec.csv',
    '2019 - quy I viec.csv',
    'BC thang 03.2019 viec.csv',
    'BC 2019 - 6T.csv',
    'BC 2019 T3.csv',
    'BC 2019 Q1.csv',
    'T3.2019.csv',
    'BC 2019-03.csv',
    // the control, read so before
    'BC 6 thang 2019 viec.csv',
  ])('"%s" is to 31/3/2019: no change on the whole year 2018', async (name) => {
    const r = await run(name);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(DIFFER);
    // 60 + 120, 30 + 60: 50.00 %; no change (read as the year: −16.67 against 2018's 180/270)
    const c = JSON.parse(r.stdout).total.cases;
    expect([c.withConditions, c.resolved, c.rate, c.rateChange, c.totalChange]).toEqual(['180', '90', '50.00', null, null]);
  });

  it.each([
    'BC nam 2019 - gui ngay 05.10.2019 viec.csv',
    'BC 2019 v2.csv',
    // report no. 3 of 2019 (round 48a; read as March in 46a)
    'BC 03.2019 viec.csv',
    'BC 3.2019.csv',
    'BC 2019 lan 3.csv',
    'BC 2019 (ban 2.1).csv',
    'Quan 3 2019.csv',
    'Q.10 2019.csv',
    'KV 6 2019.csv',
    '2019_12thang.csv',
    'TK 2019 - 12T.csv',
  ])('"%s" is the whole year 2019: compared with 2018', async (name) => {
    const r = await run(name);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 90/180 = 50 % against 2018's 180/270 = 66.666…%: −16.67 pp
    const c = JSON.parse(r.stdout).total.cases;
    expect([c.withConditions, c.resolved, c.rate, c.rateChange]).toEqual(['180', '90', '50.00', '-16.67']);
  });
});

describe('a workbook\'s tab with the period after the year, or the month in digits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thads-name-period-xlsx-'));
  const text = (t: string) => `<c t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
  const row = (cells: readonly string[]) => cells.map((c) => (/^\d+$/.test(c) ? `<c><v>${c}</v></c>` : text(c))).join('');
  const sheet = (name: string): RawSheet => {
    const rows = [HEADER, ...ROWS].map((l) => l.split(','));
    return { name, data: rows.map((cells, i) => `<row r="${i + 1}">${row(cells)}</row>`).join('') };
  };
  const previous = () => (writeFileSync(join(dir, 'prev viec 2018.csv'), `${PREVIOUS_2018.join('\n')}\n`), join(dir, 'prev viec 2018.csv'));
  const run = async (tab: string) => {
    const file = await writeRawWorkbook({ sheets: [sheet(tab)], sharedStrings: [], name: 'viec 2019.xlsx', dir });
    return runArgs(dir, ['summarize', file, '--previous', previous(), '--by', 'none', '--format', 'json'], false);
  };

  it.each(['2019 (6 tháng)', 'Năm 2019 - 6 tháng', '2019 - Quý I', '2019 T3', '03-2019'])('tab "%s" is to 31/3/2019: no change', async (tab) => {
    const r = await run(tab);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(DIFFER);
    const c = JSON.parse(r.stdout).total.cases;
    expect([c.withConditions, c.resolved, c.rate, c.rateChange]).toEqual(['180', '90', '50.00', null]);
  });

  it.each(['Biểu 01', 'Mẫu 7', 'TH 2019', 'Mau 01 (sua 2)'])('tab "%s" is the whole year: compared', async (tab) => {
    const r = await run(tab);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).total.cases.rateChange).toBe('-16.67');
  });
});
