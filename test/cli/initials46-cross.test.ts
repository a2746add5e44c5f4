// A re-sent one-office file that writes its office by its initials ("VB", "H.V.Bản" for "Chi cục
// THADS huyện Vụ Bản"), beside the province's table. The fault: thads added it as another office —
// TOTAL 1250 / 940 where the table's 950 / 730 already counts Vụ Bản, exit 0 — and PROVINCE_UNDECIDED's
// hint said "the total is right either way". Right: the initials name the one office of the other
// file that has them, a repeat (DUPLICATE_INPUT, exit 1, at the re-sent row, the hint naming the
// office), whatever its figures, as a full name's re-send is; initials two offices share, or
// none, read as before, and the hint no longer says the total is right. Every figure is by hand.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bothOnFiles } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';
import { totalCells } from '../helpers/key-rows.js';
import { stderrCodes, writeSheetsWorkbook } from '../helpers/lines-workbook.js';

const { dir, write } = fileTree('thads-initials46-cross-');

const HEAD = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong';
// Nam Định 2019: with conditions 300 + 250 + 400 = 950; resolved 210 + 200 + 320 = 730
const NAM_DINH = [HEAD, '1;Chi cục THADS huyện Vụ Bản;300;210', '2;Chi cục THADS huyện Mỹ Lộc;250;200', '3;Văn phòng Cục;400;320', ';Tổng cộng;950;730'];
/** Vụ Bản's own file, re-sent: its one row `office` */
const resent = (office: string, cases = 300, resolved = 210) => [HEAD, `1;${office};${cases};${resolved}`];

const total = (stdout: string) => totalCells(stdout, ['cases_with_conditions', 'cases_resolved']);
const EITHER_WAY = 'right either way';

describe('a re-sent one-office file written by initials beside its province\'s table (both readers)', () => {
  it.each([['VB'], ['H.V.Bản'], ['H. VB']])('"%s" with the same figures: DUPLICATE_INPUT at the re-sent row (before: TOTAL 1250 / 940, exit 0)', async (office) => {
    const sub = `same${office.replace(/\W/g, '')}${office.length}`;
    const r = await bothOnFiles(join(dir, sub), { 'nam-dinh-2019.csv': NAM_DINH, 'gui-lai-2019.csv': resent(office) }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`gui-lai-2019.csv:2: error: cases of "${office}" (2019) are given again: nam-dinh-2019.csv:2 already gave them as "Chi cục THADS huyện Vụ Bản"; figures are never added across files [DUPLICATE_INPUT]`);
    expect(r.stderr).toContain(`hint: remove the copy; "${office}" is "Chi cục THADS huyện Vụ Bản" written by its initials`);
    expect(r.stderr).not.toContain(EITHER_WAY);
  });

  it('"VB" with other figures (280 / 200): refused too, as a full name\'s re-send is — figures are never added across files', async () => {
    const r = await bothOnFiles(join(dir, 'other'), { 'nam-dinh-2019.csv': NAM_DINH, 'gui-lai-2019.csv': resent('VB', 280, 200) }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toContain('DUPLICATE_INPUT');
    expect(r.stderr).toContain('gui-lai-2019.csv:2: error: cases of "VB" (2019) are given again: nam-dinh-2019.csv:2');
  });

  it('the re-sent file first: the table\'s row is the repeat, located there, the hint naming both', async () => {
    const r = await bothOnFiles(join(dir, 'first'), { 'gui-lai-2019.csv': resent('VB'), 'nam-dinh-2019.csv': NAM_DINH }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nam-dinh-2019.csv:2: error: cases of "Chi cục THADS huyện Vụ Bản" (2019) are given again: gui-lai-2019.csv:2 already gave them as "VB"');
    expect(r.stderr).toContain('hint: remove the copy; "VB" is "Chi cục THADS huyện Vụ Bản" written by its initials');
  });

  it('control: "VB" of Hải Phòng (its file named so) beside Nam Định\'s table is Hải Phòng\'s office (Vĩnh Bảo), summed as before', async () => {
    const r = await bothOnFiles(join(dir, 'hp'), { 'nam-dinh-2019.csv': NAM_DINH, 'hai-phong-2019.csv': resent('VB') }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 950 + 300 = 1250; 730 + 210 = 940
    expect(total(r.stdout)).toEqual(['1250', '940']);
  });

  it('control: "VB" alone, the only Vụ Bản row of the run, reads as before', async () => {
    const r = await bothOnFiles(join(dir, 'alone'), { 'gui-lai-2019.csv': resent('VB') }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(total(r.stdout)).toEqual(['300', '210']);
  });

  it('control: initials two offices of the other files share (Vụ Bản, Vĩnh Bảo): read as before, the PROVINCE_UNDECIDED hint not saying the total is right', async () => {
    const haiPhong = [HEAD, '1;Chi cục THADS huyện Vĩnh Bảo;500;400', '2;Chi cục THADS huyện Tiên Lãng;350;250'];
    const r = await bothOnFiles(join(dir, 'shared'), { 'nam-dinh-2019.csv': NAM_DINH, 'bao-cao-2019.csv': haiPhong, 'gui-lai-2019.csv': resent('VB') }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    // 950 + 500 + 350 + 300 = 2100; 730 + 400 + 250 + 210 = 1590
    expect(total(r.stdout)).toEqual(['2100', '1590']);
    expect(stderrCodes(r.stderr)).toEqual(['PROVINCE_UNDECIDED']);
    expect(r.stderr).not.toContain(EITHER_WAY);
    expect(r.stderr).toContain('which the total would count twice');
  });

  it('control: a bare two-word name ("Vũ Bình", an enforcer\'s as well as a place\'s) is never matched by "VB" of another file', async () => {
    const people = [HEAD, '1;Vũ Bình;300;210', '2;Lê Minh Châu;100;50'];
    const r = await bothOnFiles(join(dir, 'people'), { 'can-bo-2019.csv': people, 'gui-lai-2019.csv': resent('VB') }, ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // 300 + 100 + 300 = 700; 210 + 50 + 210 = 470
    expect(total(r.stdout)).toEqual(['700', '470']);
  });
});

describe('the real binary, the re-sent file an .xlsx', () => {
  it('"VB" in a workbook beside the CSV table: DUPLICATE_INPUT, exit 1, nothing printed', async () => {
    const [table] = write({ 'xl/nam-dinh-2019.csv': NAM_DINH });
    const book = await writeSheetsWorkbook(join(dir, 'xl'), 'gui-lai-2019.xlsx', {
      Sheet1: [
        ['STT', 'Đơn vị', 'Việc có điều kiện', 'Việc giải quyết xong'],
        [1, 'VB', 300, 210],
      ],
    });
    const r = spawnThads(['summarize', table!, book, '--format', 'csv'], { cwd: join(dir, 'xl') });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrCodes(r.stderr)).toContain('DUPLICATE_INPUT');
    expect(r.stderr).toContain('already gave them as "Chi cục THADS huyện Vụ Bản"');
  });

  it('control: the CSV table alone, exit 0, TOTAL 950 / 730', () => {
    const [table] = write({ 'xl2/nam-dinh-2019.csv': NAM_DINH });
    const r = spawnThads(['summarize', table!, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['950', '730']);
  });
});
