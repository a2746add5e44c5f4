// The Cục's own office, or a district bearing its province's name, sent as its own file beside
// its siblings' files (round 81a, findings 01 and 02): its one row only NAMES the province
// ("Cục THADS tỉnh Nam Định", "Thi hành án dân sự tỉnh Tuyên Quang", "Điện Biên" in Điện Biên),
// so round 80b read the file as a provinces' file and refused it PROVINCE_BESIDE_ITS_OFFICES.
// Its 120 cases with conditions are less than Mỹ Lộc's 400 alone: no whole of them. Now read as
// an office and added; a "Huế" row under Thừa Thiên Huế before 2025 is the city's office. The
// refusal stays for a row at least its offices' sum, a whole's word, and a table of several
// provinces. summarize and check, both readers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles, checkBoth, runArgs, type Files, type Run } from '../helpers/both-readers.js';
import { keyRows } from '../helpers/key-rows.js';
import { D } from '../../src/domain/decimal.js';
import { FIELD_KEYS } from '../../src/domain/fields.js';
import { findWholesBesideParts, type FileRow } from '../../src/domain/whole-beside-parts.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-own-office-beside-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const both = (files: Files, extra: string[] = []) => bothOnFiles(dir, files, ['--format', 'csv', '--by', 'none', ...extra]);
const check = (files: readonly string[], extra: string[] = []): Promise<Run> => checkBoth(dir, files, extra);

const FIG = 'Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong';
const TINH = `STT,Tỉnh,Đơn vị,${FIG}`;
const DON_VI = `STT,Đơn vị,${FIG}`;
const MY_LOC = '400,300,9000000000,3000000000';
const VU_BAN = '500,380,8000000000,2500000000';
const OWN = '120,90,5000000000,2000000000';
// cases 120 + 400 + 500 = 1020, resolved 90 + 300 + 380 = 770;
// money 5e9 + 9e9 + 8e9 = 22e9, resolved 2e9 + 3e9 + 2.5e9 = 7.5e9
const RIGHT = [',TOTAL,1020,770,22000000000,7500000000'];
const TAIL = "a provinces' file (each row a province's whole or a level of it) already counts each province's offices, so added to them Nam Định would be counted twice [PROVINCE_BESIDE_ITS_OFFICES]";

/** summed right with no message by summarize, and no problem for check */
async function readRight(files: Files, right: string[], extra: string[] = [], warnings = 0): Promise<void> {
  const r = await both(files, extra);
  expect(r.code).toBe(0);
  if (warnings === 0) expect(r.stderr).toBe('');
  expect(r.stderr).not.toContain('error');
  expect(keyRows(r.stdout).slice(-1)).toEqual(right);
  const c = await check(Object.keys(files), extra);
  expect(c.code).toBe(0);
  const n = Object.keys(files).length;
  expect(c.stdout).toContain(warnings === 0 ? `no problems in ${n} files` : `0 errors, ${warnings} warnings in ${n} files`);
}

/** refused by summarize (nothing printed) and by check, with exactly this one error first */
async function refused(files: Files, error: string, extra: string[] = []): Promise<void> {
  const r = await both(files, extra);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.startsWith(error)).toBe(true);
  expect(r.stderr.match(/ error: /g)).toHaveLength(1);
  const c = await check(Object.keys(files), extra);
  expect(c.code).toBe(1);
  expect(c.stdout.startsWith(error)).toBe(true);
}

describe("01: the Cục's own office in its own file beside its Chi cục's files is added (was PROVINCE_BESIDE_ITS_OFFICES)", () => {
  it('a: a Tỉnh column on each file, "Cục THADS tỉnh Nam Định": 1020 / 770, 22e9 / 7.5e9', async () => {
    await readRight(
      {
        'a/Cục THADS tỉnh Nam Định 2019.csv': [TINH, `1,Nam Định,Cục THADS tỉnh Nam Định,${OWN}`],
        'a/Mỹ Lộc 2019.csv': [TINH, `1,Nam Định,Chi cục THADS huyện Mỹ Lộc,${MY_LOC}`],
        'a/Vụ Bản 2019.csv': [TINH, `1,Nam Định,Chi cục THADS huyện Vụ Bản,${VU_BAN}`],
      },
      RIGHT,
    );
  });

  it('a, in capitals and without marks ("CUC THADS TINH NAM DINH" under "Nam Dinh"): the same 1020 / 770', async () => {
    await readRight(
      {
        'a2/cuc-2019.csv': [TINH, `1,Nam Dinh,CUC THADS TINH NAM DINH,${OWN}`],
        'a2/my-loc-2019.csv': [TINH, `1,Nam Dinh,Chi cuc THADS huyen My Loc,${MY_LOC}`],
        'a2/vu-ban-2019.csv': [TINH, `1,Nam Dinh,Chi cuc THADS huyen Vu Ban,${VU_BAN}`],
      },
      RIGHT,
    );
  });

  it('b: no Tỉnh column, --province "Nam Định" (read right without it too): 1020 / 770', async () => {
    const files = {
      'b/Cục 2019.csv': [DON_VI, `1,Cục THADS tỉnh Nam Định,${OWN}`],
      'b/Mỹ Lộc 2019.csv': [DON_VI, `1,Mỹ Lộc,${MY_LOC}`],
      'b/Vụ Bản 2019.csv': [DON_VI, `1,Vụ Bản,${VU_BAN}`],
    };
    await readRight(files, RIGHT, ['--province', 'Nam Định']);
    await readRight(files, RIGHT);
  });

  it('c: 2026, "Thi hành án dân sự tỉnh Tuyên Quang" beside its Phòng khu vực: 1020 / 770', async () => {
    await readRight(
      {
        'c/THADS tỉnh Tuyên Quang 2026.csv': [TINH, `1,Tuyên Quang,Thi hành án dân sự tỉnh Tuyên Quang,${OWN}`],
        'c/Phòng THADS khu vực 1 - 2026.csv': [TINH, `1,Tuyên Quang,Phòng THADS khu vực 1,${MY_LOC}`],
        'c/Phòng THADS khu vực 2 - 2026.csv': [TINH, `1,Tuyên Quang,Phòng THADS khu vực 2,${VU_BAN}`],
      },
      RIGHT,
    );
  });

  it("d: by enforcer, the Cục's two enforcers beside Mỹ Lộc's two: 520 / 390, 14e9 / 5e9", async () => {
    const header = `STT,Đơn vị,Chấp hành viên,${FIG}`;
    // cases 70 + 50 + 250 + 150 = 520, resolved 50 + 40 + 200 + 100 = 390;
    // money 3e9 + 2e9 + 5e9 + 4e9 = 14e9, resolved 1e9 + 1e9 + 2e9 + 1e9 = 5e9
    const files = {
      'd/Cục 2024.csv': ['CỤC THADS TỈNH NAM ĐỊNH', header, '1,Cục THADS tỉnh Nam Định,Nguyễn Văn An,70,50,3000000000,1000000000', '2,Cục THADS tỉnh Nam Định,Trần Thị Bình,50,40,2000000000,1000000000'],
      'd/Mỹ Lộc 2024.csv': ['CỤC THADS TỈNH NAM ĐỊNH', header, '1,Chi cục THADS huyện Mỹ Lộc,Lê Văn Cường,250,200,5000000000,2000000000', '2,Chi cục THADS huyện Mỹ Lộc,Phạm Thị Dung,150,100,4000000000,1000000000'],
    };
    // each office on two rows: DUPLICATE_OFFICE warnings, as before
    await readRight(files, [',TOTAL,520,390,14000000000,5000000000'], [], 2);
  });

  it('an xlsx own office beside the CSV Chi cục: 1020 / 770', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['STT', 'Tỉnh', 'Đơn vị', ...FIG.split(',')]);
    ws.addRow([1, 'Nam Định', 'Cục THADS tỉnh Nam Định', 120, 90, 5000000000, 2000000000]);
    await wb.xlsx.writeFile(join(dir, 'Cục THADS tỉnh Nam Định 2019.xlsx'));
    const csv = { 'x/Mỹ Lộc 2019.csv': [TINH, `1,Nam Định,Chi cục THADS huyện Mỹ Lộc,${MY_LOC}`], 'x/Vụ Bản 2019.csv': [TINH, `1,Nam Định,Chi cục THADS huyện Vụ Bản,${VU_BAN}`] };
    await both(csv);
    const argv = ['summarize', join(dir, 'Cục THADS tỉnh Nam Định 2019.xlsx'), ...Object.keys(csv).map((f) => join(dir, f)), '--format', 'csv', '--by', 'none'];
    const r = await runArgs(dir, argv, false);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(keyRows(r.stdout)).toEqual(RIGHT);
    expect(await runArgs(dir, argv, true)).toEqual(r);
    expect((await runArgs(dir, ['check', ...argv.slice(1, 4)], false)).code).toBe(0);
  });
});

describe("02: a district named by its province's name, in its own file beside its siblings, is added", () => {
  it('a: "Điện Biên" (huyện Điện Biên) under Tỉnh Điện Biên: 1020 / 770, 22e9 / 7.5e9', async () => {
    await readRight(
      {
        'e/Điện Biên 2019.csv': [TINH, `1,Điện Biên,Điện Biên,${OWN}`],
        'e/Mường Chà 2019.csv': [TINH, `1,Điện Biên,Mường Chà,${MY_LOC}`],
        'e/Tuần Giáo 2019.csv': [TINH, `1,Điện Biên,Tuần Giáo,${VU_BAN}`],
      },
      RIGHT,
    );
  });

  it('b: "Huế" under a Thừa Thiên Huế title in 2019 (the city, larger than Phú Vang): 620 + 400 = 1020, 490 + 300 = 790', async () => {
    const title = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH THỪA THIÊN HUẾ';
    // money 15e9 + 9e9 = 24e9, resolved 6e9 + 3e9 = 9e9
    await readRight(
      {
        'h/Huế 2019.csv': [title, DON_VI, '1,Huế,620,490,15000000000,6000000000'],
        'h/Phú Vang 2019.csv': [title, DON_VI, `1,Phú Vang,${MY_LOC}`],
      },
      [',TOTAL,1020,790,24000000000,9000000000'],
    );
  });
});

describe('the refusal stays', () => {
  const offices = { 'k/Mỹ Lộc 2019.csv': [TINH, `1,Nam Định,Chi cục THADS huyện Mỹ Lộc,${MY_LOC}`], 'k/Vụ Bản 2019.csv': [TINH, `1,Nam Định,Chi cục THADS huyện Vụ Bản,${VU_BAN}`] };
  const parts = '900 as the sum of its 2 offices in k/Mỹ Lộc 2019.csv, k/Vụ Bản 2019.csv (two versions of the figures)';

  it('a national table of "Cục THADS tỉnh X" rows of three provinces, Nam Định\'s 120 smaller than its offices\' 900', async () => {
    const table = [DON_VI, `1,Cục THADS tỉnh Nam Định,${OWN}`, '2,Cục THADS tỉnh Thái Bình,300,200,3000000000,2000000000', '3,Cục THADS tỉnh Hà Nam,200,150,2000000000,1000000000'];
    const at = 'k/Đơn vị 2019.csv:2';
    await refused({ 'k/Đơn vị 2019.csv': table, ...offices }, `${at}: error: Nam Định's cases with conditions 120 as a whole in ${at} and ${parts}: ${TAIL}\n`);
  });

  it('a one-row "Cục THADS tỉnh Nam Định" at least its offices\' sum in every figure (a resent whole): 1001 ≥ 400 + 500', async () => {
    const at = 'k/Cục 2019.csv:2';
    // 1001 ≥ 900, 800 ≥ 680, 22e9 ≥ 17e9, 8e9 ≥ 5.5e9
    const whole = [TINH, '1,Nam Định,Cục THADS tỉnh Nam Định,1001,800,22000000000,8000000000'];
    await refused({ 'k/Cục 2019.csv': whole, ...offices }, `${at}: error: Nam Định's cases with conditions 1001 as a whole in ${at} and ${parts}: ${TAIL}\n`);
  });

  it('the same whole in the agency\'s short words, no Tỉnh column ("THA dân sự tỉnh Nam Định", "Cục THA DS tỉnh Nam Định"): refused, not added as an office of no province (round 84b 02: 1001 + 900 printed)', async () => {
    for (const name of ['THA dân sự tỉnh Nam Định', 'Cục THA DS tỉnh Nam Định']) {
      const at = `k/bc ${name.length} 2019.csv:2`;
      const whole = [DON_VI, `1,${name},1001,800,22000000000,8000000000`];
      await refused({ [`k/bc ${name.length} 2019.csv`]: whole, ...offices }, `${at}: error: Nam Định's cases with conditions 1001 as a whole in ${at} and ${parts}: ${TAIL}\n`);
    }
  });

  it('a one-row whole by its word ("Toàn tỉnh Nam Định") even smaller than its offices\' sum: still refused (a total file, as before)', async () => {
    const r = await both({ 'k/Toàn tỉnh 2019.csv': [TINH, `1,Nam Định,Toàn tỉnh Nam Định,${OWN}`], ...offices });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    for (const office of ['Mỹ Lộc', 'Vụ Bản']) {
      expect(r.stderr).toContain(`k/${office} 2019.csv:2: error: cases of office "Chi cục THADS huyện ${office}" (2019) would be added to the declared total "Toàn tỉnh Nam Định" of k/Toàn tỉnh 2019.csv:2, the only row of its file`);
    }
    expect(r.stderr).toContain('thads: 2 errors in the input; nothing was summed');
    expect(r.stderr).toContain('[TOTAL_FILE_OVERLAP]');
  });

  it('"Huế" under Tỉnh Huế in 2025 is the province: 1500 beside its Phòng khu vực 1 (900) refused', async () => {
    const files = { 'm/Huế 2025.csv': [TINH, '1,Huế,Huế,1500,1200,20000000000,9000000000'], 'm/Khu vực 1 2025.csv': [TINH, '1,Huế,Phòng THADS khu vực 1,900,700,9000000000,3000000000'] };
    const r = await both(files);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("m/Huế 2025.csv:2: error: Huế's cases with conditions 1500 as a whole in m/Huế 2025.csv:2 and 900 as the sum of its 1 office in m/Khu vực 1 2025.csv (two versions of the figures)");
  });
});

describe('controls, read as before', () => {
  it("the Cục's own office and its Chi cục in one file: 120 + 400 + 500 = 1020", async () => {
    const one = [TINH, `1,Nam Định,Cục THADS tỉnh Nam Định,${OWN}`, `2,Nam Định,Chi cục THADS huyện Mỹ Lộc,${MY_LOC}`, `3,Nam Định,Chi cục THADS huyện Vụ Bản,${VU_BAN}`];
    const r = await both({ 'n/nam-dinh-2019.csv': one });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(keyRows(r.stdout)).toEqual(RIGHT);
  });

  it('"Huyện Điện Biên" in its own file beside its siblings: 1020 / 770', async () => {
    await readRight(
      {
        'p/Điện Biên 2019.csv': [TINH, `1,Điện Biên,Huyện Điện Biên,${OWN}`],
        'p/Mường Chà 2019.csv': [TINH, `1,Điện Biên,Mường Chà,${MY_LOC}`],
        'p/Tuần Giáo 2019.csv': [TINH, `1,Điện Biên,Tuần Giáo,${VU_BAN}`],
      },
      RIGHT,
    );
  });

  it("the Cục's own office beside another province's Chi cục: 120 + 300 = 420, 90 + 200 = 290; 5e9 + 3e9 = 8e9, 2e9 + 2e9 = 4e9", async () => {
    await readRight(
      {
        'q/Cục 2019.csv': [TINH, `1,Nam Định,Cục THADS tỉnh Nam Định,${OWN}`],
        'q/Vũ Thư 2019.csv': [TINH, '1,Thái Bình,Chi cục THADS huyện Vũ Thư,300,200,3000000000,2000000000'],
      },
      [',TOTAL,420,290,8000000000,4000000000'],
    );
  });
});

describe('findWholesBesideParts: rows only naming one province', () => {
  // a: cases with conditions, b: resolved (the key figures ownOfficeOf compares)
  const figures = (a: number, b: number) => FIELD_KEYS.map((k) => (k === 'with_conditions' ? D(a) : k === 'resolved' ? D(b) : null));
  const row = (file: string, province: string, a: number, b: number, named: boolean): FileRow<string> => ({ file, province, year: 2019, figures: { cases: figures(a, b) }, row: `${file}:${province}`, named });
  const offices = [row('m.csv', 'Nam Định', 400, 300, false), row('v.csv', 'Nam Định', 500, 380, false)];

  it('smaller than one office in one figure (120 < 400): its own office, not found', () => {
    expect(findWholesBesideParts([row('c.csv', 'Nam Định', 120, 90, true)], offices)).toEqual([]);
    // 950 ≥ 500 but 350 < Vụ Bản's 380: no whole of it either
    expect(findWholesBesideParts([row('c.csv', 'Nam Định', 950, 350, true)], offices)).toEqual([]);
  });

  it('below the offices\' sum but not below any one office (899 / 679 beside 400+500 / 300+380): a resent whole, found', () => {
    const found = findWholesBesideParts([row('c.csv', 'Nam Định', 899, 679, true)], offices);
    expect(found).toHaveLength(1);
    expect(found[0]!.wholeValue!.toString()).toBe('899');
    expect(found[0]!.partsValue!.toString()).toBe('900');
  });

  it('at least the sum in every figure (900 / 680), by a whole\'s word, or beside another province\'s row: found', () => {
    expect(findWholesBesideParts([row('c.csv', 'Nam Định', 900, 680, true)], offices)).toHaveLength(1);
    expect(findWholesBesideParts([row('c.csv', 'Nam Định', 120, 90, false)], offices)).toHaveLength(1);
    const table = [row('t.csv', 'Nam Định', 120, 90, true), row('t.csv', 'Thái Bình', 300, 200, true)];
    const found = findWholesBesideParts(table, offices);
    expect(found).toHaveLength(1);
    expect(found[0]!.wholeValue!.toString()).toBe('120');
    expect(found[0]!.partsValue!.toString()).toBe('900');
  });
});

describe('work84b 03: a one-row file WITHOUT an office column, named only by the province, beside its offices\' files', () => {
  const ONLY_FIG = FIG;
  // the province's whole: 620 = 120 (Cấp tỉnh) + 300 + 200, 500 = 100 + 250 + 150;
  // 2.6e9 = 0.6e9 + 1e9 + 1e9, 2e9 = 0.5e9 + 0.8e9 + 0.7e9
  const WHOLE = '620,500,2600000000,2000000000';
  const ML = '300,250,1000000000,800000000';
  const VB = '200,150,1000000000,700000000';
  const offices = (d: string) => ({ [`${d}/Mỹ Lộc 2019.csv`]: [TINH, `1,Nam Định,Mỹ Lộc,${ML}`], [`${d}/Vụ Bản 2019.csv`]: [TINH, `1,Nam Định,Vụ Bản,${VB}`] });
  it.each(['Nam Định 2019.csv', 'Tỉnh Nam Định 2019.csv', 'Cục THADS tỉnh Nam Định 2019.csv', 'THA DS tỉnh Nam Định 2019.csv'])(
    '"%s" holding the whole (620 ≥ each office\'s) is refused PROVINCE_BESIDE_ITS_OFFICES (printed 1120 for 500 before)',
    async (name) => {
      const d = `w${name.length}`;
      const files = { [`${d}/${name}`]: [ONLY_FIG, WHOLE], ...offices(d) };
      const r = await both(files);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`${name}:2: error: Nam Định's cases with conditions 620 as a whole in`);
      expect(r.stderr).toContain('[PROVINCE_BESIDE_ITS_OFFICES]');
      const c = await check(Object.keys(files));
      expect(c.code).toBe(1);
    },
  );

  it('control: "Cục THADS tỉnh Nam Định 2019.csv" holding the Cục\'s own office (120 < 300) is added: 620 / 500', async () => {
    // 120 + 300 + 200 = 620, 100 + 250 + 150 = 500; 0.6e9 + 1e9 + 1e9 = 2.6e9, 0.5e9 + 0.8e9 + 0.7e9 = 2e9
    await readRight({ 'own/Cục THADS tỉnh Nam Định 2019.csv': [ONLY_FIG, '120,100,600000000,500000000'], ...offices('own') }, [',TOTAL,620,500,2600000000,2000000000']);
  });
});

describe('work86a 01/02: a file without an office column whose name or title names an OFFICE bearing the province\'s name is that office', () => {
  const H = 'Việc tổng số phải thi hành,Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Việc giải quyết xong';
  // the largest office in every figure: 300 + 100 + 200 = 600; 250 + 80 + 150 = 480; 180 + 60 + 120 = 360
  const RIGHT_600 = [',TOTAL,480,360'];
  it.each([
    ['Nam Định - TP Nam Định 2019.csv', 'Nam Định - Mỹ Lộc 2019.csv', 'Nam Định - Vụ Bản 2019.csv', null],
    ['Hà Tĩnh - TP Hà Tĩnh 2019.csv', 'Hà Tĩnh - Cẩm Xuyên 2019.csv', 'Hà Tĩnh - Hồng Lĩnh 2019.csv', null],
    ['Điện Biên 2019.csv', 'Mường Chà 2019.csv', 'Điện Biên Phủ 2019.csv', 'CHI CỤC THADS HUYỆN ĐIỆN BIÊN - TỈNH ĐIỆN BIÊN'],
    ['Huế 2019.csv', 'Phú Vang 2019.csv', 'Hương Trà 2019.csv', 'CHI CỤC THADS THÀNH PHỐ HUẾ'],
  ])('"%s" beside its siblings: added (was PROVINCE_BESIDE_ITS_OFFICES)', async (big, a, b, title) => {
    const d = `o${big.length}${a.length}`;
    const files = {
      [`${d}/${big}`]: [...(title === null ? [] : [title]), H, '300,250,150,30,180'],
      [`${d}/${a}`]: [H, '100,80,50,10,60'],
      [`${d}/${b}`]: [H, '200,150,100,20,120'],
    };
    const r = await both(files);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout).slice(-1)).toEqual(RIGHT_600);
  });
});

describe('work88a 01: a one-row file with a Tỉnh column, named by report words, beside its offices\' one-row files', () => {
  const H = 'Tỉnh,Việc có điều kiện,Việc giải quyết xong';
  it.each(['tinh-2019.csv', 'so-lieu-2019.csv', 'Số liệu năm 2019.csv'])('"%s" holding the whole (1603 ≥ 701 + 782) is never added: refused', async (name) => {
    const d = `w88${name.length}`;
    const files = { [`${d}/${name}`]: [H, 'Nam Định,1603,1386'], [`${d}/Mỹ Lộc 2019.csv`]: [H, 'Nam Định,701,610'], [`${d}/Vụ Bản 2019.csv`]: [H, 'Nam Định,782,676'] };
    const r = await both(files);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[PROVINCE_BESIDE_ITS_OFFICES]');
  });
});
