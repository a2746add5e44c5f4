// Round 82a: the "own office" rule (ownOfficeOf, round 81a) took a one-province page beside its
// offices for the Cục's own office when ANY figure was below one office's. Silent wrong totals:
// 01 a resent whole with one blank or "-" detail cell (0 < Mỹ Lộc's 15 "Trường hợp khác"): the
//    province added twice, exit 0, check clean;
// 02 the same page as --previous: last year doubled, "giảm 6.338 việc";
// 03 a resent whole whose cases are the offices' sum exactly, its money in nghìn without a unit
//    line (below an office's): added, cases doubled;
// 04 2025: the former Cục Nam Định's page beside Nam Định's and Hà Nam's Chi cục, all rolled
//    into Ninh Bình: compared with nothing (the page keyed as Ninh Bình named no province of its
//    cell), added;
// 05 2025: a page "Nam Định (cũ)" beside Ninh Bình's Phòng khu vực: read as naming no province, added.
// Now the rows are the own office only by a KEY figure (with conditions, resolved) given
// non-zero below one office's, and never when a figure given non-zero on both sides equals the
// offices' sum; a former province's page is compared with THAT province's offices (and its
// successor's Phòng khu vực); "X (cũ)" names the former province X. Both readers, summarize and check.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles, checkBoth, runArgs, type Files, type Run } from '../helpers/both-readers.js';
import { keyRows } from '../helpers/key-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-own-office-evidence-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const both = (files: Files, extra: string[] = []) => bothOnFiles(dir, files, ['--format', 'csv', '--by', 'none', ...extra]);
const check = (files: readonly string[], extra: string[] = []): Promise<Run> => checkBoth(dir, files, extra);

const TAIL = "a provinces' file (each row a province's whole or a level of it) already counts each province's offices, so added to them Nam Định would be counted twice [PROVINCE_BESIDE_ITS_OFFICES]";

const errors = (text: string) => text.split('\n').filter((l) => l.includes(': error: '));

/** refused by summarize (nothing printed) and by check, with exactly this one error (2025: beside PROVINCE_ROLLED_UP warnings) */
async function refused(files: Files, error: string, extra: string[] = []): Promise<void> {
  const r = await both(files, extra);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(errors(r.stderr)).toEqual([error.trimEnd()]);
  expect(r.stderr).toContain('thads: 1 error in the input; nothing was summed');
  const c = await check(Object.keys(files), extra);
  expect(c.code).toBe(1);
  expect(errors(c.stdout)).toEqual([error.trimEnd()]);
}

/** summed right by summarize (exit 0, no error, `warnings` warnings) and by check (`checked` warnings) */
async function readRight(files: Files, right: string[], warnings = 0, checked = warnings): Promise<void> {
  const r = await both(files);
  expect(r.code).toBe(0);
  if (warnings === 0) expect(r.stderr).toBe('');
  expect(r.stderr).not.toContain('error');
  expect(r.stderr.match(/ warning: /g) ?? []).toHaveLength(warnings);
  expect(keyRows(r.stdout).slice(-1)).toEqual(right);
  const c = await check(Object.keys(files));
  expect(c.code).toBe(0);
  const n = Object.keys(files).length;
  expect(c.stdout).toContain(checked === 0 ? `no problems in ${n} files` : `0 errors, ${checked} warning${checked === 1 ? '' : 's'} in ${n} files`);
}

// Nam Định 2019, two Chi cục with a detail column "Trường hợp khác" (cases_other).
const HEAD = 'province,district,cases_with_conditions,cases_other,cases_resolved,money_with_conditions,money_resolved';
const OFFICES: Files = {
  'o/Chi cuc 2019.csv': [HEAD, 'Nam Định,Mỹ Lộc,400,15,300,9000000000,3000000000', 'Nam Định,Vụ Bản,500,7,380,8000000000,2500000000'],
};
const AT_OFFICES = 'o/Chi cuc 2019.csv';
// the offices' sums: 400 + 500 = 900, 15 + 7 = 22, 300 + 380 = 680, 9e9 + 8e9 = 17e9, 3e9 + 2.5e9 = 5.5e9
const WHOLE_HEAD = 'district,cases_with_conditions,cases_other,cases_resolved,money_with_conditions,money_resolved';
const sumMessage = (at: string, n = 900) => `${at}: error: Nam Định's cases with conditions ${n} as a whole in ${at} and 900 as the sum of its 2 offices in ${AT_OFFICES}: ${TAIL}\n`;

describe('01: a resent whole with one blank detail cell is refused, not added as the own office (was 1800 / 1360, exit 0)', () => {
  it('"Trường hợp khác" empty (0 < Mỹ Lộc\'s 15): PROVINCE_BESIDE_ITS_OFFICES at its line 2, shown by a figure it gives', async () => {
    const at = 'o/Cuc THADS tinh Nam Dinh 2019.csv';
    await refused({ [at]: [WHOLE_HEAD, 'Cục THADS tỉnh Nam Định,900,,680,17000000000,5500000000'], ...OFFICES }, sumMessage(`${at}:2`));
  });

  it('the same cell "-", and "CUC THADS TINH NAM DINH" without marks: refused the same', async () => {
    const at = 'o/cuc-dash-2019.csv';
    await refused({ [at]: [WHOLE_HEAD, 'CUC THADS TINH NAM DINH,900,-,680,17000000000,5500000000'], ...OFFICES }, sumMessage(`${at}:2`));
  });

  it('a KEY cell blank too (money resolved empty: 0 < 3e9 proves nothing): refused', async () => {
    const at = 'o/cuc-key-blank-2019.csv';
    await refused({ [at]: [WHOLE_HEAD, 'Cục THADS tỉnh Nam Định,900,,680,17000000000,'], ...OFFICES }, sumMessage(`${at}:2`));
  });

  it('an xlsx page with the cell left empty: refused the same', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(WHOLE_HEAD.split(','));
    ws.addRow(['Cục THADS tỉnh Nam Định', 900, null, 680, 17000000000, 5500000000]);
    await wb.xlsx.writeFile(join(dir, 'Cuc 2019.xlsx'));
    await both(OFFICES); // writes the offices' file
    const argv = ['summarize', join(dir, 'Cuc 2019.xlsx'), join(dir, AT_OFFICES), '--format', 'csv', '--by', 'none'];
    const r = await runArgs(dir, argv, false);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(errors(r.stderr)).toEqual([`Cuc 2019.xlsx:Sheet1!2:2: error: Nam Định's cases with conditions 900 as a whole in Cuc 2019.xlsx:2 and 900 as the sum of its 2 offices in o/Chi cuc 2019.csv: ${TAIL}`]);
    expect(await runArgs(dir, argv, true)).toEqual(r);
  });
});

describe('02: the same page as --previous is refused, never a change printed from it (was "giảm" 900)', () => {
  it('2018: Chi cục + the page with "Trường hợp khác" empty; 2019: Chi cục + the Cục\'s real own office', async () => {
    const prev = {
      'p/2018/Chi cuc 2018.csv': [HEAD, 'Nam Định,Mỹ Lộc,400,15,300,9000000000,3000000000', 'Nam Định,Vụ Bản,500,7,380,8000000000,2500000000'],
      'p/2018/Cuc 2018.csv': [WHOLE_HEAD, 'Cục THADS tỉnh Nam Định,900,,680,17000000000,5500000000'],
    };
    const now = {
      'p/2019/Chi cuc 2019.csv': [HEAD, 'Nam Định,Mỹ Lộc,410,15,310,9000000000,3000000000', 'Nam Định,Vụ Bản,520,7,390,8000000000,2500000000'],
      'p/2019/Cuc 2019.csv': [WHOLE_HEAD, 'Cục THADS tỉnh Nam Định,120,1,90,5000000000,2000000000'],
    };
    await both(prev);
    const previous = Object.keys(prev).flatMap((f) => ['--previous', join(dir, f)]);
    const r = await both(now, previous);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const at = 'p/2018/Cuc 2018.csv:2';
    expect(r.stderr.startsWith(`${at}: error: Nam Định's cases with conditions 900 as a whole in ${at} and 900 as the sum of its 2 offices in p/2018/Chi cuc 2018.csv: ${TAIL}\n`)).toBe(true);
    expect(r.stderr.match(/ error: /g)).toHaveLength(1);
  });
});

describe('03: a resent whole whose cases are the offices\' sum, its money in nghìn without a unit line, is refused (was cases 1800)', () => {
  it('900 / 680 = 400 + 500 / 300 + 380 exactly; money 17,000,000 / 5,500,000 (nghìn) below Mỹ Lộc\'s 9e9: refused', async () => {
    const at = 'o/Cuc nghin 2019.csv';
    await refused({ [at]: [WHOLE_HEAD, 'Cục THADS tỉnh Nam Định,900,22,680,17000000,5500000'], ...OFFICES }, sumMessage(`${at}:2`));
  });

  it('with conditions the exact sum (900), resolved 250 below Mỹ Lộc\'s 300 and money below: still a whole, refused (shown by the first differing figure)', async () => {
    const at = 'o/Cuc one-equal 2019.csv';
    const error = `${at}:2: error: Nam Định's cases resolved 250 as a whole in ${at}:2 and 680 as the sum of its 2 offices in ${AT_OFFICES} (two versions of the figures): ${TAIL}\n`;
    await refused({ [at]: [WHOLE_HEAD, 'Cục THADS tỉnh Nam Định,900,22,250,1000000000,500000000'], ...OFFICES }, error);
  });
});

describe('controls 01-03: the Cục\'s own office still added', () => {
  it('own office 120 / 90 with its "Trường hợp khác" blank: 120 + 400 + 500 = 1020, 90 + 300 + 380 = 770; 5e9 + 9e9 + 8e9 = 22e9, 2e9 + 3e9 + 2.5e9 = 7.5e9', async () => {
    await readRight({ 'o/Cuc own 2019.csv': [WHOLE_HEAD, 'Cục THADS tỉnh Nam Định,120,,90,5000000000,2000000000'], ...OFFICES }, [',TOTAL,1020,770,22000000000,7500000000']);
  });

  it('own office whose small detail figure happens to equal the offices\' (22 = 15 + 7 "Trường hợp khác"): no size figure, still added, 1020 / 770', async () => {
    await readRight({ 'd/Cuc own 2019.csv': [WHOLE_HEAD, 'Cục THADS tỉnh Nam Định,120,22,90,5000000000,2000000000'], ...OFFICES }, [',TOTAL,1020,770,22000000000,7500000000']);
  });

  it('own office with a zero where the offices give zeros too (0 = 0 + 0 is no sum matched): 1020 / 770', async () => {
    const offices = { 'z/Chi cuc 2019.csv': [HEAD, 'Nam Định,Mỹ Lộc,400,0,300,9000000000,3000000000', 'Nam Định,Vụ Bản,500,0,380,8000000000,2500000000'] };
    await readRight({ 'z/Cuc own 2019.csv': [WHOLE_HEAD, 'Cục THADS tỉnh Nam Định,120,0,90,5000000000,2000000000'], ...offices }, [',TOTAL,1020,770,22000000000,7500000000']);
  });

  it('own office equal to ONE office in a figure (400 = Mỹ Lộc\'s 400, not their sum 900; below Vụ Bản\'s 500): 400 + 400 + 500 = 1300, 90 + 300 + 380 = 770', async () => {
    // money 5e9 + 9e9 + 8e9 = 22e9, 2e9 + 3e9 + 2.5e9 = 7.5e9
    await readRight({ 'o/Cuc own400 2019.csv': [WHOLE_HEAD, 'Cục THADS tỉnh Nam Định,400,,90,5000000000,2000000000'], ...OFFICES }, [',TOTAL,1300,770,22000000000,7500000000']);
  });
});

// 2025 (1/10/2024–30/9/2025): Nam Định and Hà Nam merged into Ninh Bình from 1/7/2025.
const FIG = 'Việc có điều kiện,Việc giải quyết xong,Việc chưa có điều kiện,Tiền có điều kiện,Tiền giải quyết xong';
const CHI_CUC = (year: number, kimBang = '90,70,30,2000000000,800000000') => [
  `Tỉnh,Đơn vị,${FIG}`,
  'Nam Định,Mỹ Lộc,400,300,100,9000000000,3000000000',
  'Nam Định,Vụ Bản,500,350,150,11000000000,4000000000',
  `Hà Nam,Kim Bảng,${kimBang}`,
];
// the former Cục Nam Định's page: Mỹ Lộc + Vụ Bản exactly (400 + 500, 300 + 350, 100 + 150, 9e9 + 11e9, 3e9 + 4e9)
const PAGE = 'Cục THADS tỉnh Nam Định,900,650,250,20000000000,7000000000';
const BESIDE = (at: string, offices: string) => `${at}: error: Nam Định's cases with conditions 900 as a whole in ${at} and 900 as the sum of its 2 offices in ${offices}: ${TAIL}\n`;

describe("04: 2025, the former Cục Nam Định's page beside Chi cục of Nam Định and Hà Nam is refused (was 1890 / 1370, exit 0)", () => {
  it('compared with Nam Định\'s offices only (Hà Nam\'s Kim Bảng is none of its parts): PROVINCE_BESIDE_ITS_OFFICES at its line 2', async () => {
    await refused({ 'r/Cuc THADS tinh Nam Dinh 2025.csv': [`Đơn vị,${FIG}`, PAGE], 'r/Chi cuc 2025.csv': CHI_CUC(2025) }, BESIDE('r/Cuc THADS tinh Nam Dinh 2025.csv:2', 'r/Chi cuc 2025.csv'));
  });

  it('Kim Bảng bigger than the page (900 / 700): refused the same (was 2700 / 2000)', async () => {
    await refused({ 'r2/Cuc THADS tinh Nam Dinh 2025.csv': [`Đơn vị,${FIG}`, PAGE], 'r2/Chi cuc 2025.csv': CHI_CUC(2025, '900,700,300,20000000000,8000000000') }, BESIDE('r2/Cuc THADS tinh Nam Dinh 2025.csv:2', 'r2/Chi cuc 2025.csv'));
  });

  it('the page under a Tỉnh column "Nam Định": refused the same', async () => {
    await refused({ 'r3/Cuc 2025.csv': [`Tỉnh,Đơn vị,${FIG}`, `Nam Định,${PAGE}`], 'r3/Chi cuc 2025.csv': CHI_CUC(2025) }, BESIDE('r3/Cuc 2025.csv:2', 'r3/Chi cuc 2025.csv'));
  });

  it('control, the same files of 2024 (before the merger): refused as before', async () => {
    await refused({ 'r4/Cuc THADS tinh Nam Dinh 2024.csv': [`Đơn vị,${FIG}`, PAGE], 'r4/Chi cuc 2024.csv': CHI_CUC(2024) }, BESIDE('r4/Cuc THADS tinh Nam Dinh 2024.csv:2', 'r4/Chi cuc 2024.csv'));
  });
});

describe('controls 04: ordinary 2025 sets still summed', () => {
  it('Chi cục of Nam Định and Hà Nam rolled into Ninh Bình, in two files: 400 + 500 + 90 = 990, 300 + 350 + 70 = 720; 9e9 + 11e9 + 2e9 = 22e9, 3e9 + 4e9 + 0.8e9 = 7.8e9', async () => {
    const files = {
      's/Nam Dinh 2025.csv': [`Tỉnh,Đơn vị,${FIG}`, 'Nam Định,Mỹ Lộc,400,300,100,9000000000,3000000000', 'Nam Định,Vụ Bản,500,350,150,11000000000,4000000000'],
      's/Ha Nam 2025.csv': [`Tỉnh,Đơn vị,${FIG}`, 'Hà Nam,Kim Bảng,90,70,30,2000000000,800000000'],
    };
    // one PROVINCE_ROLLED_UP warning per former province and file
    await readRight(files, [',TOTAL,990,720,22000000000,7800000000'], 2);
  });

  it("the former Cục Nam Định's own office (120 / 90 < Mỹ Lộc's 400 / 300) beside them: added, 120 + 990 = 1110, 90 + 720 = 810; 5e9 + 22e9 = 27e9, 2e9 + 7.8e9 = 9.8e9", async () => {
    const files = { 's2/Cuc THADS tinh Nam Dinh 2025.csv': [`Tỉnh,Đơn vị,${FIG}`, 'Nam Định,Cục THADS tỉnh Nam Định,120,90,30,5000000000,2000000000'], 's2/Chi cuc 2025.csv': CHI_CUC(2025) };
    await readRight(files, [',TOTAL,1110,810,27000000000,9800000000'], 3);
  });
});

// Ninh Bình's three Phòng khu vực; the page of the former Nam Định = khu vực 2 + 3 (400 + 500, 300 + 350, 100 + 150, 9e9 + 11e9, 3e9 + 4e9)
const KHU_VUC = [
  `Tỉnh,Đơn vị,${FIG}`,
  'Ninh Bình,Phòng THADS khu vực 1,900,700,300,20000000000,8000000000',
  'Ninh Bình,Phòng THADS khu vực 2,400,300,100,9000000000,3000000000',
  'Ninh Bình,Phòng THADS khu vực 3,500,350,150,11000000000,4000000000',
];
const CU = (at: string) => `${at}: error: Nam Định's cases with conditions 900 as a whole in ${at} and 1800 as the sum of its 3 offices in t/Ninh Binh 2025.csv (two versions of the figures): ${TAIL}\n`;

describe('05: 2025, a page "Nam Định (cũ)" beside Ninh Bình\'s Phòng khu vực is refused (was 2700 / 2000, "the total is right either way")', () => {
  for (const [name, cell] of [
    ['Bao cao 2025 - Nam Định (cũ).csv', 'Nam Định (cũ)'],
    ['nam-dinh-cu-2025.csv', 'Nam Dinh (cu)'],
    ['Cuc cu 2025.csv', 'Cục THADS tỉnh Nam Định (cũ)'],
    ['upper 2025.csv', 'NAM ĐỊNH (CŨ)'],
  ] as const) {
    it(`"${cell}": PROVINCE_BESIDE_ITS_OFFICES at its line 2`, async () => {
      await refused({ [`t/${name}`]: [`Đơn vị,${FIG}`, `${cell},900,650,250,20000000000,7000000000`], 't/Ninh Binh 2025.csv': KHU_VUC }, CU(`t/${name}:2`));
    });
  }

  it('the unmarked "Cục THADS tỉnh Nam Định" page beside them (650 < khu vực 1\'s 700, which covers more than Nam Định: no own office\'s evidence): refused the same', async () => {
    await refused({ 't/Cuc Nam Dinh 2025.csv': [`Đơn vị,${FIG}`, PAGE], 't/Ninh Binh 2025.csv': KHU_VUC }, CU('t/Cuc Nam Dinh 2025.csv:2'));
  });

  it('"Nam Định (cũ)" under a Tỉnh column "Ninh Bình": refused the same', async () => {
    await refused({ 't/tinh 2025.csv': [`Tỉnh,Đơn vị,${FIG}`, 'Ninh Bình,Nam Định (cũ),900,650,250,20000000000,7000000000'], 't/Ninh Binh 2025.csv': KHU_VUC }, CU('t/tinh 2025.csv:2'));
  });
});

describe('controls 05', () => {
  it('Ninh Bình\'s three Phòng khu vực in two files: 900 + 400 + 500 = 1800, 700 + 300 + 350 = 1350; 20e9 + 9e9 + 11e9 = 40e9, 8e9 + 3e9 + 4e9 = 15e9', async () => {
    await readRight(
      { 'u/kv1 2025.csv': KHU_VUC.slice(0, 2), 'u/kv23 2025.csv': [KHU_VUC[0]!, ...KHU_VUC.slice(2)] },
      [',TOTAL,1800,1350,40000000000,15000000000'],
    );
  });

  it('"Nam Định (cũ)" beside Hà Tĩnh\'s office (not its successor\'s): read as before, an office of no province: 900 + 300 = 1200, 650 + 200 = 850; 20e9 + 5e9 = 25e9, 7e9 + 2e9 = 9e9', async () => {
    const files = {
      'v/Nam Định (cũ) 2025.csv': [`Đơn vị,${FIG}`, 'Nam Định (cũ),900,650,250,20000000000,7000000000'],
      'v/Ha Tinh 2025.csv': [`Tỉnh,Đơn vị,${FIG}`, 'Hà Tĩnh,Phòng THADS khu vực 1,300,200,100,5000000000,2000000000'],
    };
    // PROVINCE_UNDECIDED, a warning of summarize and (since it shows the files' warnings together) of check
    await readRight(files, [',TOTAL,1200,850,25000000000,9000000000'], 1, 1);
  });

  it('"TP Nam Định (cũ)", the former city\'s office, beside Ninh Bình\'s Phòng khu vực: no province\'s whole, added as before: 300 + 1800 = 2100, 200 + 1350 = 1550; 5e9 + 40e9 = 45e9, 2e9 + 15e9 = 17e9', async () => {
    const files = { 'w/TP Nam Định (cũ) 2025.csv': [`Đơn vị,${FIG}`, 'TP Nam Định (cũ),300,200,100,5000000000,2000000000'], 'w/Ninh Binh 2025.csv': KHU_VUC };
    await readRight(files, [',TOTAL,2100,1550,45000000000,17000000000'], 1, 1);
  });
});
