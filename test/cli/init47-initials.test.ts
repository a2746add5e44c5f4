// A re-sent one-office file written by initials ("VB") beside tables initials46 did not catch,
// each summed, exit 0:
//   1. Nam Định's table writing its offices bare ("Vụ Bản", no "Chi cục THADS huyện"): Vụ Bản 300 /
//      210 + Mỹ Lộc 250 / 200 + Văn phòng Cục 400 / 320 = 950 / 730; "VB" 300 / 210 added:
//      old TOTAL 1250 / 940 (950 + 300, 730 + 210), exit 0. A bare name whose first word is no
//      family name ("Vụ", not "Vũ") is no enforcer's: "VB" is its initials, a repeat (DUPLICATE_INPUT).
//   2. initials two offices of one province share — Hà Nội's Thanh Trì and Thạch Thất ("TT"), an
//      invented table of Vụ Bản and Văn Bàn ("VB"): "TT" 250 / 200 beside Thanh Trì 300 / 210,
//      Thạch Thất 250 / 200, Gia Lâm 400 / 320 (950 / 730) was a fourth office: old TOTAL 1200 / 930,
//      exit 0. It is a copy of one of them, which thads cannot tell: refused, both named.
//   3. "VB" of no province beside Nam Định's one Vụ Bản: a repeat whatever its figures (300 / 210 or
//      280 / 200), as a full name's re-send is (figures are never added across files) — already
//      refused; kept so, now with the table's bare names too.
// Controls: "VB" of Hải Phòng (its file named so) beside Nam Định's bare table: 950 + 300 = 1250,
// 730 + 210 = 940; a new office's initials matching nothing ("XT" 120 / 90): 950 + 120 = 1070,
// 730 + 90 = 820, PROVINCE_UNDECIDED only; a province written by initials only ("VB" 300 / 210, "ML"
// 250 / 200, "XT" 120 / 90): 670 / 500; "VB" beside Vụ Bản of Nam Định and Vĩnh Bảo of a file of no
// province (offices of two provinces): read as before (initials46-cross). Every figure is by hand.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bothOnFiles } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { expectRefused } from '../helpers/refused.js';
import { fileTree } from '../helpers/file-tree.js';
import { totalCells } from '../helpers/key-rows.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const { dir, write } = fileTree('thads-init47-initials-');

const HEAD = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong';
// Nam Định 2019, offices bare: 300 + 250 + 400 = 950; 210 + 200 + 320 = 730
const NAM_DINH_BARE = [HEAD, '1;Vụ Bản;300;210', '2;Mỹ Lộc;250;200', '3;Văn phòng Cục;400;320', ';Tổng cộng;950;730'];
// Hà Nội 2019: Thanh Trì and Thạch Thất both "TT"; 300 + 250 + 400 = 950; 210 + 200 + 320 = 730
const HA_NOI = [HEAD, '1;Thanh Trì;300;210', '2;Thạch Thất;250;200', '3;Gia Lâm;400;320'];
// an invented province-less table of Vụ Bản and Văn Bàn (both "VB"): 950 / 730
const VB_TWICE = [HEAD, '1;Chi cục THADS huyện Vụ Bản;300;210', '2;Chi cục THADS huyện Văn Bàn;250;200', '3;Văn phòng Cục;400;320', ';Tổng cộng;950;730'];
const resent = (office: string, cases: number, resolved: number) => [HEAD, `1;${office};${cases};${resolved}`];

const total = (stdout: string) => totalCells(stdout, ['cases_with_conditions', 'cases_resolved']);
const ARGS = ['--format', 'csv'];

describe('1. "VB" beside Nam Định\'s table writing "Vụ Bản" bare (both readers)', () => {
  it('the same figures: DUPLICATE_INPUT at the re-sent row (before: TOTAL 1250 / 940, exit 0)', async () => {
    const r = await bothOnFiles(join(dir, 'bare'), { 'nam-dinh-2019.csv': NAM_DINH_BARE, 'gui-lai-2019.csv': resent('VB', 300, 210) }, ARGS);
    expectRefused(r, 'DUPLICATE_INPUT');
    expect(r.stderr).toContain('gui-lai-2019.csv:2: error: cases of "VB" (2019) are given again: nam-dinh-2019.csv:2 already gave them as "Vụ Bản"; figures are never added across files [DUPLICATE_INPUT]');
    expect(r.stderr).toContain('hint: remove the copy; "VB" is "Vụ Bản" written by its initials');
  });

  it('the re-sent file given first: the table\'s row is the repeat, located there', async () => {
    const r = await bothOnFiles(join(dir, 'bare-first'), { 'gui-lai-2019.csv': resent('VB', 300, 210), 'nam-dinh-2019.csv': NAM_DINH_BARE }, ARGS);
    expectRefused(r, 'DUPLICATE_INPUT');
    expect(r.stderr).toContain('nam-dinh-2019.csv:2: error: cases of "Vụ Bản" (2019) are given again: gui-lai-2019.csv:2 already gave them as "VB"');
  });

  it('3. other figures (280 / 200), no province: refused too — never a sum of 1230 / 930', async () => {
    const r = await bothOnFiles(join(dir, 'bare-other'), { 'nam-dinh-2019.csv': NAM_DINH_BARE, 'z-gui-lai-2019.csv': resent('VB', 280, 200) }, ARGS);
    expectRefused(r, 'DUPLICATE_INPUT');
    expect(r.stderr).toContain('z-gui-lai-2019.csv:2: error: cases of "VB" (2019) are given again: nam-dinh-2019.csv:2');
  });

  it('control: "VB" of Hải Phòng (its file named so) is its own office: 1250 / 940, exit 0', async () => {
    const r = await bothOnFiles(join(dir, 'bare-hp'), { 'nam-dinh-2019.csv': NAM_DINH_BARE, 'hai-phong-2019.csv': resent('VB', 300, 210) }, ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(total(r.stdout)).toEqual(['1250', '940']);
  });

  it('control: a new office\'s initials matching nothing ("XT") is added: 1070 / 820', async () => {
    const r = await bothOnFiles(join(dir, 'bare-new'), { 'nam-dinh-2019.csv': NAM_DINH_BARE, 'gui-them-2019.csv': resent('XT', 120, 90) }, ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(stderrCodes(r.stderr)).toEqual(['PROVINCE_UNDECIDED']);
    expect(total(r.stdout)).toEqual(['1070', '820']);
  });

  it('control: a bare name that may be a person\'s ("Vũ Bình", "Vu Binh") is never matched', async () => {
    const people = [HEAD, '1;Vũ Bình;300;210', '2;Vu Binh;100;50'];
    const r = await bothOnFiles(join(dir, 'people'), { 'can-bo-2019.csv': people, 'gui-lai-2019.csv': resent('VB', 300, 210) }, ARGS);
    expect(stderrCodes(r.stderr)).not.toContain('DUPLICATE_INPUT');
    expect(r.code, r.stderr).toBe(0);
    // 300 + 100 + 300 = 700; 210 + 50 + 210 = 470
    expect(total(r.stdout)).toEqual(['700', '470']);
  });
});

describe('2. initials two offices of one province share (both readers)', () => {
  it('"TT" beside Hà Nội\'s Thanh Trì and Thạch Thất: refused naming both (before: TOTAL 1200 / 930, exit 0)', async () => {
    const r = await bothOnFiles(join(dir, 'tt'), { 'ha-noi-2019.csv': HA_NOI, 'gui-lai-2019.csv': resent('TT', 250, 200) }, ARGS);
    expectRefused(r, 'DUPLICATE_INPUT');
    expect(r.stderr).toContain('gui-lai-2019.csv:2: error: cases of "TT" (2019) may be those of "Thanh Trì" (ha-noi-2019.csv:2) or "Thạch Thất" (ha-noi-2019.csv:3), whose initials it is: thads cannot tell which office it is');
    expect(r.stderr).toContain('hint: if "TT" is a copy of one of them, remove the copy; if it is another office, write its name in full');
  });

  it('"VB" beside an invented table of Vụ Bản and Văn Bàn (no province anywhere; before: TOTAL 1250 / 940, exit 0, no word said)', async () => {
    const r = await bothOnFiles(join(dir, 'vb2'), { 'bao-cao-2019.csv': VB_TWICE, 'gui-lai-2019.csv': resent('VB', 300, 210) }, ARGS);
    expectRefused(r, 'DUPLICATE_INPUT');
    expect(r.stderr).toContain('gui-lai-2019.csv:2: error: cases of "VB" (2019) may be those of "Chi cục THADS huyện Vụ Bản" (bao-cao-2019.csv:2) or "Chi cục THADS huyện Văn Bàn" (bao-cao-2019.csv:3)');
  });

  it('the "VB" file given first: located at the first of the two, the cell\'s place named', async () => {
    const r = await bothOnFiles(join(dir, 'vb2-first'), { 'a-gui-lai-2019.csv': resent('VB', 300, 210), 'z-bao-cao-2019.csv': VB_TWICE }, ARGS);
    expectRefused(r, 'DUPLICATE_INPUT');
    expect(r.stderr).toContain('z-bao-cao-2019.csv:2: error: cases of "VB" (2019, a-gui-lai-2019.csv:2) may be those of "Chi cục THADS huyện Vụ Bản" (z-bao-cao-2019.csv:2) or "Chi cục THADS huyện Văn Bàn" (z-bao-cao-2019.csv:3)');
  });

  it('control: the Hà Nội table alone, 950 / 730', async () => {
    const r = await bothOnFiles(join(dir, 'tt-alone'), { 'ha-noi-2019.csv': HA_NOI }, ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['950', '730']);
  });

  it('control: a province written by initials only, each its own office: 670 / 500', async () => {
    const r = await bothOnFiles(join(dir, 'all-initials'), { 'nam-dinh-2019.csv': [HEAD, '1;VB;300;210', '2;ML;250;200', '3;XT;120;90'] }, ARGS);
    expect(r.code, r.stderr).toBe(0);
    // 300 + 250 + 120 = 670; 210 + 200 + 90 = 500
    expect(total(r.stdout)).toEqual(['670', '500']);
  });

  it('control: a province by initials beside another province\'s table with Vụ Bản and Văn Bàn: 1620 / 1230', async () => {
    const laoCai = [HEAD, '1;Chi cục THADS huyện Vụ Bản;300;210', '2;Chi cục THADS huyện Văn Bàn;250;200', '3;Văn phòng Cục;400;320'];
    const r = await bothOnFiles(join(dir, 'two-provinces'), { 'lao-cai-2019.csv': laoCai, 'nam-dinh-2019.csv': [HEAD, '1;VB;300;210', '2;ML;250;200', '3;XT;120;90'] }, ARGS);
    expect(r.code, r.stderr).toBe(0);
    // 950 + 670 = 1620; 730 + 500 = 1230
    expect(total(r.stdout)).toEqual(['1620', '1230']);
  });
});

describe('the real binary', () => {
  it('"VB" beside the bare Nam Định table: exit 1, nothing printed', () => {
    const [table, copy] = write({ 'bin/nam-dinh-2019.csv': NAM_DINH_BARE, 'bin/gui-lai-2019.csv': resent('VB', 300, 210) });
    const r = spawnThads(['summarize', table!, copy!, '--format', 'csv']);
    expectRefused(r, 'DUPLICATE_INPUT');
  });

  it('"TT" beside Hà Nội\'s table: exit 1, nothing printed', () => {
    const [table, copy] = write({ 'bin2/ha-noi-2019.csv': HA_NOI, 'bin2/gui-lai-2019.csv': resent('TT', 250, 200) });
    const r = spawnThads(['summarize', table!, copy!, '--format', 'csv']);
    expectRefused(r, 'DUPLICATE_INPUT');
    expect(r.stderr).toContain('may be those of "Thanh Trì"');
  });
});
