// A province's summary BY LEVEL: "1 | Văn phòng Cục", "2 | Các Chi cục …", "Tổng cộng" (work100c).
// (a) 04: the level written "Các Chi cục THADS huyện" (", thành phố", "quận, huyện", "Khối Chi cục
// THADS huyện", "Các Chi cục huyện") was taken for a subtotal of the Văn phòng Cục above it: exit 1,
// 8 DECLARED_TOTAL_MISMATCH, where "Các Chi cục" / "Cấp huyện" are read. Now the level's label
// (input/row-labels.ts namesDistrictOffices) knows the district units after it.
// (b) 02: that summary beside ONE Chi cục's own file (or both, the summary revised; or the 2025
// "Văn phòng THADS tỉnh / Các Phòng THADS khu vực" beside a khu vực's report) was summed with
// "Các Chi cục" as an office beside Mỹ Lộc: TOTAL 5.613 for 4.379, exit 0, check clean. A level
// line stands for ALL the province's district offices: the file is its province's whole by levels,
// as "Cấp tỉnh / Cấp huyện" already was (row-labels.ts provinceWholeOf), refused
// PROVINCE_BESIDE_ITS_OFFICES beside any file holding an office of that province and year.
// Every total below computed by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles, bothReaders } from '../helpers/both-readers.js';
import { spawnThads } from '../helpers/cli.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes, summarizeLinesWorkbook } from '../helpers/lines-workbook.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-levelsum-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ARGS = ['--format', 'csv'];
const { both } = bothReaders('thads-levelsum-one-', ARGS);

const cases = (stdout: string) => csvColumns(stdout, ['province', 'district', 'cases_total', 'cases_with_conditions', 'cases_resolved']);
const total = (stdout: string) => cases(stdout).find((l) => l.includes('|TOTAL|'));
const money = (stdout: string) => csvColumns(stdout, ['district', 'money_total', 'money_with_conditions', 'money_resolved']).find((l) => l.startsWith('TOTAL|'));

// the hunters' files (work100c 02, 04): a title and a unit line, ';'-separated, money in nghìn đồng
const HEAD = 'STT;Đơn vị;Tổng số thụ lý (việc);Có điều kiện (việc);Giải quyết xong (việc);Tổng số thụ lý (tiền);Có điều kiện (tiền);Giải quyết xong (tiền)';
const CUC = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024;;;;;;;', 'Đơn vị tính: Việc; nghìn đồng;;;;;;'];
const VP = '1;Văn phòng Cục;800;600;400;500.000.000;300.000.000;100.000.000';
const LEVEL = '3.579;3.000;2.550;100.678.900;70.000.000;32.345.678';
const TONG = ';Tổng cộng;4.379;3.600;2.950;600.678.900;370.000.000;132.345.678';
const summary = (level: string, figures = LEVEL, tong = TONG) => [...CUC, HEAD, VP, `2;${level};${figures}`, tong];
const chiCuc = (province: string, district: string, figures: string) => [`CỤC THI HÀNH ÁN DÂN SỰ TỈNH ${province.toUpperCase()};;;;;;;`, `CHI CỤC THADS HUYỆN ${district.toUpperCase()};;;;;;;`, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024;;;;;;;', 'Đơn vị tính: Việc; nghìn đồng;;;;;;', HEAD, `1;Chi cục THADS huyện ${district};${figures}`];
const MY_LOC = chiCuc('Nam Định', 'Mỹ Lộc', '1.234;1.000;850;45.678.900;30.000.000;12.345.678');
const VU_BAN = chiCuc('Nam Định', 'Vụ Bản', '2.345;2.000;1.700;55.000.000;40.000.000;20.000.000');
const KIM_BANG = chiCuc('Hà Nam', 'Kim Bảng', '1.000;900;700;10.000.000;9.000.000;7.000.000');

// By hand: 800 + 3.579 = 4.379; 600 + 3.000 = 3.600; 400 + 2.550 = 2.950; 2.950 / 3.600 = 81,94 %.
// Money (nghìn đ × 1.000): 500.000.000 + 100.678.900 = 600.678.900 → 600.678.900.000 đ;
// 300.000.000 + 70.000.000 = 370.000.000; 100.000.000 + 32.345.678 = 132.345.678.
const SUMMARY_TOTAL = '|TOTAL|4379|3600|2950';
const SUMMARY_MONEY = 'TOTAL|600678900000|370000000000|132345678000';

function write(name: string, lines: readonly string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
function refusedBeside(r: { code: number; stdout: string; stderr: string }, label: string, files: readonly string[]) {
  expect(r.code, `${label}: ${r.stderr}`).toBe(1);
  expect(r.stdout, label).toBe('');
  expect(stderrCodes(r.stderr), label).toContain('PROVINCE_BESIDE_ITS_OFFICES');
  const said = r.stderr.split('\n').find((l) => l.endsWith('[PROVINCE_BESIDE_ITS_OFFICES]'))!;
  for (const f of files) expect(said, label).toContain(f);
}

const SPELLINGS = ['Các Chi cục THADS huyện', 'Các Chi cục THADS huyện, thành phố', 'Các Chi cục THADS huyện, thị xã, thành phố', 'Các Chi cục THADS quận, huyện', 'Các Chi cục THADS cấp huyện', 'Các Chi cục Thi hành án dân sự huyện', 'Các Chi cục huyện', 'Khối Chi cục THADS huyện', 'Các Chi cục THADS các huyện', 'Các Phòng THADS khu vực'];

describe('(a) the district level written "Các Chi cục THADS huyện…" is the level line, not a subtotal of the Văn phòng Cục (work100c 04)', () => {
  it('the binary on the hunter\'s file (was 8 DECLARED_TOTAL_MISMATCH, exit 1): 4.379 / 3.600 / 2.950, 81,94 %', () => {
    const r = spawnThads(['summarize', write('Nam Định 2024.csv', summary('Các Chi cục THADS huyện')), ...ARGS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(cases(r.stdout)).toEqual(['Nam Định|Văn phòng Cục|800|600|400', 'Nam Định|Các Chi cục THADS huyện|3579|3000|2550', SUMMARY_TOTAL]);
    expect(csvColumns(r.stdout, ['district', 'cases_rate']).at(-1)).toBe('TOTAL|81.94');
    expect(money(r.stdout)).toBe(SUMMARY_MONEY);
  });

  it('both readers, titled and plain: every spelling of the level read as "Các Chi cục" is', async () => {
    for (const level of SPELLINGS) {
      const titled = await both('nam-dinh-2024.csv', summary(`"${level}"`));
      expect(titled.code, `${level}: ${titled.stderr}`).toBe(0);
      expect(total(titled.stdout), level).toBe(SUMMARY_TOTAL);
      expect(money(titled.stdout), level).toBe(SUMMARY_MONEY);
      // plain (the byte scanner): no title, no unit line
      const plain = await both('nam-dinh-2024.csv', ['STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong', '1;Văn phòng Cục;800;600;400', `2;"${level}";3.579;3.000;2.550`, ';Tổng cộng;4.379;3.600;2.950'], [...ARGS, '--measure', 'cases']);
      expect(plain.code, `${level} (plain): ${plain.stderr}`).toBe(0);
      expect(total(plain.stdout), `${level} (plain)`).toBe(SUMMARY_TOTAL);
    }
  });

  it('xlsx twin: read right', async () => {
    const r = await summarizeLinesWorkbook(dir, 'nam-dinh-2024.xlsx', summary('Các Chi cục THADS huyện, thành phố'), ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toBe(SUMMARY_TOTAL);
  });

  it('controls: a level line that is not the sum of the Chi cục listed under it, or a subtotal of them off by one, is still refused', async () => {
    // Văn phòng Cục, Mỹ Lộc, Vụ Bản, then "Các Chi cục THADS huyện" 3.580 for 1.234 + 2.345 = 3.579
    const listed = (line: string, figures: string) => [...CUC, HEAD, VP, '2;Chi cục THADS huyện Mỹ Lộc;1.234;1.000;850;45.678.900;30.000.000;12.345.678', '3;Chi cục THADS huyện Vụ Bản;2.345;2.000;1.700;55.000.000;40.000.000;20.000.000', `;${line};${figures}`, TONG];
    for (const line of ['Cộng các Chi cục THADS huyện', 'Các Chi cục THADS huyện']) {
      const right = await both('nam-dinh-2024.csv', listed(line, LEVEL));
      expect(right.code, `${line}: ${right.stderr}`).toBe(0);
      expect(cases(right.stdout), line).toEqual(['Nam Định|Văn phòng Cục|800|600|400', 'Nam Định|Chi cục THADS huyện Mỹ Lộc|1234|1000|850', 'Nam Định|Chi cục THADS huyện Vụ Bản|2345|2000|1700', SUMMARY_TOTAL]);
      const wrong = await both('nam-dinh-2024.csv', listed(line, '3.580;3.000;2.550;100.678.900;70.000.000;32.345.678'));
      expect(wrong.code, line).toBe(1);
      expect(wrong.stdout, line).toBe('');
      expect(stderrCodes(wrong.stderr)[0], line).toBe('DECLARED_TOTAL_MISMATCH');
    }
  });
});

describe('(b) a summary by level beside a district office of its province: refused, never added (work100c 02)', () => {
  it('the binary on the hunter\'s files (was TOTAL 5.613 for 4.379, exit 0; check clean): summarize and check exit 1, naming both files', () => {
    const sum = write('Nam Định 2024.csv', summary('Các Chi cục'));
    const ml = write('Mỹ Lộc 2024.csv', MY_LOC);
    refusedBeside(spawnThads(['summarize', sum, ml, ...ARGS]), 'summarize', [sum, ml]);
    const c = spawnThads(['check', sum, ml]);
    expect(c.code, c.stderr).toBe(1);
    // (check reports its findings on stdout)
    expect(`${c.stdout}${c.stderr}`).toContain('[PROVINCE_BESIDE_ITS_OFFICES]');
  });

  it('the revised summary (3.580 for the Chi cục\'s 3.579) beside both Chi cục files (was TOTAL 7.959): refused', () => {
    const revised = write('Nam Định revised 2024.csv', summary('Các Chi cục', '3.580;3.001;2.551;100.678.900;70.000.000;32.345.678', ';Tổng cộng;4.380;3.601;2.951;600.678.900;370.000.000;132.345.678'));
    const ml = write('Mỹ Lộc 2024.csv', MY_LOC);
    const vb = write('Vụ Bản 2024.csv', VU_BAN);
    refusedBeside(spawnThads(['summarize', revised, ml, vb, ...ARGS]), 'revised', [revised, ml, vb]);
  });

  it('the 2025 form: "Văn phòng THADS tỉnh / Các Phòng THADS khu vực / Tổng cộng" beside khu vực 1\'s own report (was TOTAL 10.500 for 7.500): refused', () => {
    const nb = write('Ninh Bình 2025.csv', ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH;;;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025;;;;;;;', 'Đơn vị tính: Việc; nghìn đồng;;;;;;', HEAD, '1;Văn phòng THADS tỉnh;2.000;1.500;1.000;900.000.000;500.000.000;200.000.000', '2;Các Phòng THADS khu vực;5.500;4.400;3.500;180.000.000;128.000.000;47.000.000', ';Tổng cộng;7.500;5.900;4.500;1.080.000.000;628.000.000;247.000.000']);
    const kv1 = write('KV1 2025.csv', ['THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH;;;;;;;', 'PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1;;;;;;;', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025;;;;;;;', 'Đơn vị tính: Việc; nghìn đồng;;;;;;', HEAD, '1;Chi cục THADS huyện Mỹ Lộc;1.200;960;720;45.000.000;34.000.000;11.000.000', '2;Chi cục THADS huyện Vụ Bản;1.800;1.440;1.080;55.000.000;44.000.000;16.000.000', ';Tổng cộng;3.000;2.400;1.800;100.000.000;78.000.000;27.000.000']);
    refusedBeside(spawnThads(['summarize', nb, kv1, ...ARGS]), '2025', [nb, kv1]);
  });

  it('both readers, each spelling of the level; titled (reference reader) and plain with a Tỉnh column (byte scanner)', async () => {
    for (const level of ['Các Chi cục', 'Các Chi cục THADS huyện, thành phố', 'Khối Chi cục', 'Các Phòng THADS khu vực']) {
      const titled = await bothOnFiles(mkdtempSync(join(dir, 'b-')), { 'Nam Định 2024.csv': summary(`"${level}"`), 'Mỹ Lộc 2024.csv': MY_LOC }, ARGS);
      refusedBeside(titled, level, ['Nam Định 2024.csv', 'Mỹ Lộc 2024.csv']);
      const plain = await bothOnFiles(
        mkdtempSync(join(dir, 'p-')),
        {
          'tong hop 2024.csv': ['STT;Tỉnh;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong', '1;Nam Định;Văn phòng Cục;800;600;400', `2;Nam Định;"${level}";3.579;3.000;2.550`, ';;Tổng cộng;4.379;3.600;2.950'],
          'my loc 2024.csv': ['STT;Tỉnh;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong', '1;Nam Định;Chi cục THADS huyện Mỹ Lộc;1.234;1.000;850'],
        },
        [...ARGS, '--measure', 'cases'],
      );
      refusedBeside(plain, `${level} (plain)`, ['tong hop 2024.csv', 'my loc 2024.csv']);
    }
  });

  it('xlsx twin of the summary beside the Chi cục\'s CSV: refused', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const l of summary('Các Chi cục')) ws.addRow(l.split(';').map((c) => (/^[\d.]+$/.test(c) ? Number(c.replace(/\./g, '')) : c === '' ? null : c)));
    const xlsx = join(dir, 'Nam Định 2024.xlsx');
    await wb.xlsx.writeFile(xlsx);
    const ml = write('Mỹ Lộc 2024.csv', MY_LOC);
    const { io, stdout, stderr } = memoryIo(['summarize', xlsx, ml, ...ARGS], { env: {} });
    const code = await main(io);
    refusedBeside({ code, stdout: stdout(), stderr: stderr() }, 'xlsx', [xlsx, ml]);
  });
});

describe('over-reach controls: near shapes keep their reading', () => {
  it('the summary alone: read, 4.379 / 3.600 / 2.950', async () => {
    const r = await both('nam-dinh-2024.csv', summary('Các Chi cục'));
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toBe(SUMMARY_TOTAL);
  });

  it('the summary beside ANOTHER province\'s Chi cục: read, both added — 4.379 + 1.000 = 5.379; 3.600 + 900 = 4.500; 2.950 + 700 = 3.650', async () => {
    const r = await bothOnFiles(mkdtempSync(join(dir, 'o-')), { 'Nam Định 2024.csv': summary('Các Chi cục THADS huyện'), 'Kim Bảng 2024.csv': KIM_BANG }, ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(total(r.stdout)).toBe('|TOTAL|5379|4500|3650');
  });

  it('two Chi cục files of one province, no summary: read — 1.234 + 2.345 = 3.579; 1.000 + 2.000 = 3.000; 850 + 1.700 = 2.550', async () => {
    const r = await bothOnFiles(mkdtempSync(join(dir, 'c-')), { 'Mỹ Lộc 2024.csv': MY_LOC, 'Vụ Bản 2024.csv': VU_BAN }, ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toBe('|TOTAL|3579|3000|2550');
  });

  it('the Văn phòng Cục\'s own file (no level line) beside a Chi cục\'s: read — 800 + 1.234 = 2.034; 600 + 1.000 = 1.600; 400 + 850 = 1.250', async () => {
    const r = await bothOnFiles(mkdtempSync(join(dir, 'v-')), { 'Văn phòng Cục Nam Định 2024.csv': [...CUC, HEAD, VP], 'Mỹ Lộc 2024.csv': MY_LOC }, ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toBe('|TOTAL|2034|1600|1250');
  });

  it('the Cục\'s full table (its Chi cục listed, "Cộng các Chi cục THADS huyện" under them) beside another province\'s Chi cục: read — 4.379 + 1.000 = 5.379', async () => {
    const full = [...CUC, HEAD, VP, '2;Chi cục THADS huyện Mỹ Lộc;1.234;1.000;850;45.678.900;30.000.000;12.345.678', '3;Chi cục THADS huyện Vụ Bản;2.345;2.000;1.700;55.000.000;40.000.000;20.000.000', `;Cộng các Chi cục THADS huyện;${LEVEL}`, TONG];
    const r = await bothOnFiles(mkdtempSync(join(dir, 'f-')), { 'Nam Định 2024.csv': full, 'Kim Bảng 2024.csv': KIM_BANG }, ARGS);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toBe('|TOTAL|5379|4500|3650');
  });
});
