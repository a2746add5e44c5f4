// A copy of a province's table with its offices typed without diacritics ("My Loc", "Thanh pho
// Nam Dinh": retyped on old software, a keyboard without Vietnamese) beside the table itself was
// added as six more offices: every figure doubled, exit 0, no warning (work90b, 01). An office
// written without marks in one file and with them in another, of one province, year and unit, is
// one office given twice (SPEC §3): refused as DUPLICATE_INPUT, naming both files
// (office-registry.ts match). Where the key pairs exactly one office on each side the two are one
// office (split việc / tiền files join); "Long My" beside huyện and thị xã Long Mỹ is one of
// them, whichever (a repeat). Both written with their marks, "Phù Yên" and "Phú Yên" stay two;
// offices of another province, another year, or other offices are read as before.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles, type Files } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-copyfig-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real binary in `dir` on `files` (written there first), csv out: messages name files relative to it. */
function bin(files: Files, args: readonly string[] = ['--format', 'csv']) {
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  return spawnThads(['summarize', ...Object.keys(files), ...args], { cwd: dir });
}

/** The CSV rows of a run by column name. */
function rows(stdout: string): Record<string, string>[] {
  const [header, ...lines] = stdout.trim().split('\n');
  const columns = header!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i]!, v])));
}
const total = (stdout: string) => rows(stdout).find((r) => r.district === 'TOTAL')!;
const pick = (r: Record<string, string>, ...keys: string[]) => keys.map((k) => r[k]);

// Nam Định 2019, Biểu 01 as the province sends it (figures of money in nghìn đồng).
const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC VÀ TIỀN NĂM 2019', '"Đơn vị tính: Việc; nghìn đồng"'];
const HEADER = 'STT;Đơn vị;Việc tổng số phải thi hành;Việc có điều kiện;Việc thi hành xong;Việc đình chỉ;Việc chưa có điều kiện;Việc giải quyết xong;Tiền tổng số phải thi hành;Tiền có điều kiện;Tiền thi hành xong;Tiền đình chỉ;Tiền chưa có điều kiện;Tiền giải quyết xong';
const FIGURES = [
  '632;437;132;21;195;153;12.134.357;6.978.347;2.885.302;505.185;5.156.010;3.390.487',
  '791;688;196;36;103;232;13.969.277;5.475.591;1.817.488;463.789;8.493.686;2.281.277',
  '466;302;168;19;164;187;23.847.413;14.917.908;1.857.543;342.849;8.929.505;2.200.392',
  '386;331;106;39;55;145;14.032.587;5.154.433;1.799.443;729.830;8.878.154;2.529.273',
  '679;521;471;6;158;477;16.711.836;13.852.152;4.673.267;529.896;2.859.684;5.203.163',
  '975;866;453;19;109;472;19.190.902;16.355.634;7.383.292;491.929;2.835.268;7.875.221',
];
const MARKED = ['Thành phố Nam Định', 'Mỹ Lộc', 'Vụ Bản', 'Ý Yên', 'Nam Trực', 'Trực Ninh'];
const UNMARKED = ['Thanh pho Nam Dinh', 'My Loc', 'Vu Ban', 'Y Yen', 'Nam Truc', 'Truc Ninh'];
const FOOT = [';Tổng cộng;3.929;3.145;1.526;140;784;1.666;99.886.372;62.734.065;20.416.335;3.063.478;37.152.307;23.479.813', ';Người lập biểu;;;;;;;;;;;;'];
const table = (names: readonly string[]) => [...TITLE, HEADER, ...names.map((n, i) => `${i + 1};${n};${FIGURES[i]}`), ...FOOT];
const ORIGINAL = table(MARKED);
const COPY = table(UNMARKED);
// By hand, one table: to execute 632+791+466+386+679+975 = 3929; có ĐK 437+688+302+331+521+866 =
// 3145; resolved 153+232+187+145+477+472 = 1666 (1666/3145 = 52.97 %); money có ĐK 62.734.065
// nghìn = 62734065000 đ, resolved 23.479.813 nghìn = 23479813000 đ (the form's Tổng cộng).
const ONE_TABLE = ['3929', '3145', '1666', '52.97', '62734065000', '23479813000', '6'];
const TOTAL_KEYS = ['cases_to_execute', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'money_with_conditions', 'money_resolved'];

/** `earlier`: where the first file gave the office (a workbook's row names its sheet) */
const REPEAT = (later: string, earlier: string, laterName: string, earlierName: string) =>
  `${later}:5: error: cases of "${laterName}" (2019) are given again: ${earlier} already gave them as "${earlierName}" (and 11 more office figures); figures are never added across files [DUPLICATE_INPUT]\n` +
  `  hint: remove the copy; "${laterName}" and "${earlierName}" are one office, written without and with diacritics: if they are two offices, write each name with its diacritics\n`;

describe('the table and its copy without diacritics: refused, never summed twice', () => {
  it('each file alone reads the table once (by hand)', () => {
    for (const lines of [ORIGINAL, COPY]) {
      const r = bin({ 'alone-2019.csv': lines });
      expect(r.code).toBe(0);
      const t = total(r.stdout);
      expect([...pick(t, ...TOTAL_KEYS), String(rows(r.stdout).length - 1)]).toEqual(ONE_TABLE);
      expect(rows(r.stdout)[0]!.cases_rank_of).toBe('6');
    }
  });

  it('the copy after the table (the real binary): exit 1, nothing on stdout, both files named', () => {
    const r = bin({ 'bao-cao-2019.csv': ORIGINAL, 'bao-cao-2019 - Copy.csv': COPY.map((l) => l.replace(/;/g, ',').replace(/"Đơn vị tính: Việc, nghìn đồng"/, 'Đơn vị tính: Việc; nghìn đồng')) });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(REPEAT('bao-cao-2019 - Copy.csv', 'bao-cao-2019.csv:5', 'Thanh pho Nam Dinh', 'Thành phố Nam Định'));
    expect(r.stderr).toContain('thads: 1 error in the input; nothing was summed');
  });

  it('the table after its copy: the same refusal, the other way round', () => {
    const r = bin({ 'ban-sao-2019.csv': COPY, 'bao-cao-2019.csv': ORIGINAL });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'bao-cao-2019.csv:5: error: cases of "Thành phố Nam Định" (2019) are given again: ban-sao-2019.csv:5 already gave them as "Thanh pho Nam Dinh" (and 11 more office figures); figures are never added across files [DUPLICATE_INPUT]\n' +
        '  hint: remove the copy; "Thanh pho Nam Dinh" and "Thành phố Nam Định" are one office, written without and with diacritics: if they are two offices, write each name with its diacritics\n',
    );
  });

  it('both readers: the titled table (reference reader) and a plain copy (byte scanner) agree, refused', async () => {
    const plain = [HEADER, ...UNMARKED.map((n, i) => `${i + 1};${n};${FIGURES[i]}`)];
    const r = await bothOnFiles(dir, { 'both-2019.csv': ORIGINAL, 'both-copy-2019.csv': plain }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'both-copy-2019.csv:2: error: cases of "Thanh pho Nam Dinh" (2019) are given again: both-2019.csv:5 already gave them as "Thành phố Nam Định" (and 11 more office figures); figures are never added across files [DUPLICATE_INPUT]',
    );
  });

  it('both readers, two plain CSVs (no title, no province): refused', async () => {
    const plain = (names: readonly string[]) => [HEADER, ...names.map((n, i) => `${i + 1};${n};${FIGURES[i]}`)];
    const r = await bothOnFiles(dir, { 'plain-2019.csv': plain(MARKED), 'plain-copy-2019.csv': plain(UNMARKED) }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('plain-copy-2019.csv:2: error: cases of "Thanh pho Nam Dinh" (2019) are given again: plain-2019.csv:2 already gave them as "Thành phố Nam Định" (and 11 more office figures)');
  });

  it('the copy beside the .xlsx it came from: refused (the real binary)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 01');
    for (const l of ORIGINAL) ws.addRow(l.split(';').map((c) => (/^[\d.]+$/.test(c) ? Number(c.replace(/\./g, '')) : c === '' ? null : c.replace(/^"|"$/g, ''))));
    await wb.xlsx.writeFile(join(dir, 'bao-cao-2019.xlsx'));
    const alone = spawnThads(['summarize', 'bao-cao-2019.xlsx', '--format', 'csv'], { cwd: dir });
    expect(alone.code).toBe(0);
    expect([...pick(total(alone.stdout), ...TOTAL_KEYS), String(rows(alone.stdout).length - 1)]).toEqual(ONE_TABLE);
    writeFileSync(join(dir, 'bao-cao-2019 copy.csv'), `${COPY.join('\n')}\n`);
    const r = spawnThads(['summarize', 'bao-cao-2019.xlsx', 'bao-cao-2019 copy.csv', '--format', 'csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(REPEAT('bao-cao-2019 copy.csv', 'bao-cao-2019.xlsx:Biểu 01!5:5', 'Thanh pho Nam Dinh', 'Thành phố Nam Định'));
  });

  it.each([
    ['agency words typed without marks too', 'Chi cuc THADS huyen My Loc'],
    ['its unit shortened', 'H. My Loc'],
    ['in capitals', 'MY LOC'],
    ['"Mi" for "Mỹ"', 'Mi Loc'],
  ])('one office written another unmarked way (%s): refused', (_what, name) => {
    const r = bin({ 'a-2019.csv': [HEADER, `1;Mỹ Lộc;${FIGURES[1]}`, `2;Vụ Bản;${FIGURES[2]}`, `3;Ý Yên;${FIGURES[3]}`], 'b-2019.csv': [HEADER, `1;${name};${FIGURES[1]}`] });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`b-2019.csv:2: error: cases of "${name}" (2019) are given again: a-2019.csv:2 already gave them as "Mỹ Lộc" (and 1 more office figures)`);
  });

  it('"Long My" beside huyện and thị xã Long Mỹ is one of them, whichever: refused', () => {
    const r = bin({
      'hau-giang-2019.csv': ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH HẬU GIANG', 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong', '1;Huyện Long Mỹ;100;50', '2;Thị xã Long Mỹ;200;80'],
      'long-my-2019.csv': ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH HẬU GIANG', 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong', '1;Long My;100;50'],
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('long-my-2019.csv:3: error: cases of "Long My" (2019) are given again: hau-giang-2019.csv:3 already gave them as "Huyện Long Mỹ"; figures are never added across files [DUPLICATE_INPUT]');
  });
});

describe('split việc / tiền files, one unmarked: one office, joined (was refused as half-offices)', () => {
  it('both readers: cases of "My Loc", "Vu Ban" join money of "Mỹ Lộc", "Vụ Bản" (by hand)', async () => {
    const r = await bothOnFiles(
      dir,
      {
        'viec-2019.csv': ['STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong', '1;My Loc;688;232', '2;Vu Ban;302;187'],
        'tien-2019.csv': ['STT;Đơn vị;Tiền có điều kiện;Tiền giải quyết xong', '1;Mỹ Lộc;5.475.591;2.281.277', '2;Vụ Bản;14.917.908;2.200.392'],
      },
      ['--format', 'csv'],
    );
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('error');
    const got = rows(r.stdout);
    expect(got.map((x) => x.district)).toEqual(['My Loc', 'Vu Ban', 'TOTAL']);
    // 688 + 302 = 990, 232 + 187 = 419; 5475591 + 14917908 = 20393499, 2281277 + 2200392 = 4481669
    expect(pick(got[2]!, 'cases_with_conditions', 'cases_resolved', 'money_with_conditions', 'money_resolved')).toEqual(['990', '419', '20393499', '4481669']);
    expect(pick(got[0]!, 'cases_with_conditions', 'money_with_conditions')).toEqual(['688', '5475591']);
  });
});

describe('over-reach controls: read as before', () => {
  const H = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong';

  it('both readers: "Phù Yên" and "Phú Yên", both written with their marks, stay two offices', async () => {
    const r = await bothOnFiles(dir, { 'phu-a-2019.csv': [H, '1;Phù Yên;100;50'], 'phu-b-2019.csv': [H, '1;Phú Yên;200;80'] }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    const got = rows(r.stdout);
    expect(got.map((x) => x.district)).toEqual(['Phù Yên', 'Phú Yên', 'TOTAL']);
    expect(pick(got[2]!, 'cases_with_conditions', 'cases_resolved')).toEqual(['300', '130']); // 100 + 200, 50 + 80
  });

  it('both readers: other offices of the province typed without marks are added (by hand)', async () => {
    const r = await bothOnFiles(dir, { 'nd-a-2019.csv': [H, '1;Mỹ Lộc;688;232', '2;Vụ Bản;302;187', '3;Thành phố Nam Định;437;153'], 'nd-b-2019.csv': [H, '1;Nam Truc;521;477', '2;Truc Ninh;866;472'] }, ['--format', 'csv']);
    expect(r.code).toBe(0);
    const got = rows(r.stdout);
    expect(got.map((x) => x.district)).toEqual(['Mỹ Lộc', 'Vụ Bản', 'Thành phố Nam Định', 'Nam Truc', 'Truc Ninh', 'TOTAL']);
    // 688+302+437+521+866 = 2814; 232+187+153+477+472 = 1521
    expect(pick(got[5]!, 'cases_with_conditions', 'cases_resolved')).toEqual(['2814', '1521']);
  });

  it('the same unmarked name in another province is another office', () => {
    const r = bin({ 'nam-dinh-2019.csv': ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', H, '1;Mỹ Lộc;688;232'], 'ha-nam-2019.csv': ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH HÀ NAM', H, '1;My Loc;100;40'] });
    expect(r.code).toBe(0);
    const got = rows(r.stdout);
    expect(got.map((x) => `${x.province}/${x.district}`)).toEqual(['Nam Định/Mỹ Lộc', 'Hà Nam/My Loc', '/TOTAL']);
    expect(pick(got[2]!, 'cases_with_conditions', 'cases_resolved')).toEqual(['788', '272']); // 688 + 100, 232 + 40
  });

  it('the same office in two years is two years, not a repeat', () => {
    const r = bin({ 'bc-2018.csv': [H, '1;My Loc;600;200'], 'bc-2019.csv': [H, '1;Mỹ Lộc;688;232'] }, ['--format', 'csv', '--by', 'year']);
    expect(r.stderr).not.toContain('DUPLICATE_INPUT');
    expect(r.code).toBe(0);
  });

  it('--previous pairing unchanged: an unmarked last year is compared with nothing, as before', () => {
    writeFileSync(join(dir, 'prev-2018.csv'), `${[H, '1;My Loc;600;200', '2;Vu Ban;300;100'].join('\n')}\n`);
    const r = bin({ 'now-2019.csv': [H, '1;Mỹ Lộc;688;232', '2;Vụ Bản;302;187'] }, ['--format', 'csv', '--previous', 'prev-2018.csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('"My Loc" has figures in the previous year\'s files only (2018) [ONE_YEAR_ONLY]');
    const got = rows(r.stdout);
    expect(got.map((x) => [x.district, x.cases_with_conditions, x.cases_total_change])).toEqual([['Mỹ Lộc', '688', ''], ['Vụ Bản', '302', ''], ['TOTAL', '990', '']]);
  });
});
