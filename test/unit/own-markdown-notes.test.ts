// thads' own Markdown table (cases only) carrying its own "no target" note under the table
// (tester 68c, 04): the note quotes a config key, targets."2018", and the file was refused
// CSV_MALFORMED as input and as --previous. In thads' own Markdown a quote is a character; the
// note is no row. A person's "|" table with a quote inside a cell is refused as before.
// Expected figures written by hand.
import { describe, expect, it } from 'vitest';
import { bothReaders, summarizeCsvRows } from '../helpers/both-readers.js';

const { dir, write, both } = bothReaders('thads-own-markdown-notes-', []);

const VI_2018 = [
  '| Đơn vị | Việc: Tổng số thụ lý | Việc: Có điều kiện | Việc: Giải quyết xong | Việc: Tỷ lệ | Việc: Xếp thứ |',
  '| :--- | ---: | ---: | ---: | ---: | ---: |',
  '| Mỹ Lộc | — | 550 | 450 | 81,82% | 2/2 |',
  '| Vụ Bản | — | 600 | 550 | 91,67% | 1/2 |',
  '| **Tổng cộng** | **—** | **1.150** | **1.000** | **86,96%** | **—** |',
];
const VI_NOTE = ['', 'Chưa có chỉ tiêu năm 2018: đặt chỉ tiêu trong tệp cấu hình (targets."2018").'];

const EN_2018 = [
  '| Office | Cases: Total | Cases: With conditions | Cases: Resolved | Cases: Rate | Cases: Rank |',
  '| :--- | ---: | ---: | ---: | ---: | ---: |',
  '| Mỹ Lộc | — | 550 | 450 | 81.82% | 2/2 |',
  '| Vụ Bản | — | 600 | 550 | 91.67% | 1/2 |',
  '| **Total** | **—** | **1,150** | **1,000** | **86.96%** | **—** |',
];
const EN_NOTE = ['', 'No target for 2018: set one in the config (targets."2018").'];

const THIS_YEAR = ['Đơn vị,Tổng số thụ lý,Tổng số phải thi hành,Có điều kiện,Giải quyết xong', 'Mỹ Lộc,720,710,600,500', 'Vụ Bản,800,790,650,600'];

/** "district with_conditions resolved rate rate_change" of each row. */
const pick = (rows: Record<string, string>[]) => rows.map((r) => [r.district, r.cases_with_conditions, r.cases_resolved, r.cases_rate, r.cases_rate_change].join(' '));

describe("thads' own Markdown table with its own note line", () => {
  it.each([
    ['vi', VI_2018, VI_NOTE],
    ['en', EN_2018, EN_NOTE],
  ])('as --previous (%s): read, the note no row (was CSV_MALFORMED, exit 1)', async (_lang, table, note) => {
    const input = write('v-2019.csv', THIS_YEAR);
    const previous = write('bao-cao-2018.md', [...table, ...note]);
    const r = await summarizeCsvRows(dir, [input], ['--measure', 'cases', '--previous', previous]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 2019: 500/600 = 83.333, 600/650 = 92.308, 1100/1250 = 88.000
    // 2018: 450/550 = 81.818, 550/600 = 91.667, 1000/1150 = 86.957
    // changes: 83.333 − 81.818 = 1.52; 92.308 − 91.667 = 0.64; 88.000 − 86.957 = 1.04
    expect(pick(r.rows)).toEqual(['Mỹ Lộc 600 500 83.33 1.52', 'Vụ Bản 650 600 92.31 0.64', 'TOTAL 1250 1100 88.00 1.04']);
  });

  it.each([
    ['vi', VI_2018, VI_NOTE],
    ['en', EN_2018, EN_NOTE],
  ])('as input (%s): read, its total checked', async (_lang, table, note) => {
    const r = await both('bao-cao-2018.md', [...table, ...note], ['--measure', 'cases', '--format', 'csv', '--year', '2018']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 550 + 600 = 1150 with conditions, 450 + 550 = 1000 resolved (the Tổng cộng row's figures)
    expect(r.stdout).toContain('\n,TOTAL,2018,,,,,,,1150,,,,,,,,,1000,,86.96,');
  });

  it('control: the same table without the note reads as before', async () => {
    const r = await both('bao-cao-2018.md', VI_2018, ['--measure', 'cases', '--format', 'csv', '--year', '2018']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('\n,Mỹ Lộc,2018,,,,,,,550,,,,,,,,,450,,81.82,');
    expect(r.stdout).toContain('\n,TOTAL,2018,,,,,,,1150,,,,,,,,,1000,,86.96,');
  });

  it("control: a person's \"|\" table with a quote inside a cell is still refused", async () => {
    const lines = ['| Đơn vị | Có điều kiện | Giải quyết xong |', '| :--- | ---: | ---: |', '| Mỹ Lộc | 550 | 450 |', '| Vụ Bản "cũ" | 600 | 550 |'];
    const r = await both('bang-2018.md', lines, ['--measure', 'cases', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:4:2: error: a quote appears inside an unquoted field [CSV_MALFORMED]');
  });
});
