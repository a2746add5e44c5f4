// A money unit stated only in a sheet's or a file's name, as a unit line in brackets (work98b 01):
// sheet "BC 2024 (ĐVT 1000đ)", file "Nam Định 2024 (ĐVT 1000đ).csv", "(ĐVT 1000 đồng)", "(Đơn vị
// 1000đ)", "(DVT 1000d)" — and a sheet named just "Nghìn đồng" — were read as đồng: money 1000×
// too small, exit 0, no warning. "(ĐVT 1.000đ)", "(1000đ)" and "ĐVT 1000đ" unbracketed were read.
// The name's brackets are now read as the unit line they hold (units.ts unitOfName): nghìn đồng.
// Totals are worked out by hand below; each file runs through the real binary, and through both
// readers in process where the CSV may take either (a plain CSV the byte scanner, a titled one
// the reference reader); the sheet names in .xlsx workbooks.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { spawnThads } from '../helpers/cli.js';
import { describe, expect, it } from 'vitest';
import { HEADER, OFFICES, PROVINCE, TITLE, PLAIN, TITLED, IN_DONG, IN_THOUSAND, IN_MILLION, nameUnitFiles } from '../helpers/name-unit-files.js';

const { dir, write, run, bothTotals, workbook } = nameUnitFiles('unitname');

describe('the finding: Nam Định 2024, its unit "(ĐVT 1000đ)" in the sheet name or the file name', () => {
  const FORM = [
    'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,',
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024,,,,,',
    '(Từ ngày 01/10/2023 đến ngày 30/9/2024),,,,,',
    'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong',
    '1,Văn phòng Cục,1.250,1.010,345.500.000,150.200.000',
    '2,Chi cục THADS thành phố Nam Định,980,850,120.300.500,60.100.250',
    '3,Chi cục THADS huyện Mỹ Lộc,420,380,25.400.000,12.700.000',
    ',Tổng cộng,2.650,2.240,491.200.500,223.000.250',
  ];
  // By hand, in nghìn đồng ×1000: with conditions 345.500.000 + 120.300.500 + 25.400.000 =
  // 491.200.500 → 491.200.500.000 đ; resolved 150.200.000 + 60.100.250 + 12.700.000 = 223.000.250
  // → 223.000.250.000 đ; Văn phòng Cục 345.500.000.000 đ.
  const expectRight = (r: { code: number; stdout: string; stderr: string }) => {
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(String(json.total.money.withConditions)).toBe('491200500000');
    expect(String(json.total.money.resolved)).toBe('223000250000');
    expect(String(json.total.cases.withConditions)).toBe('2650');
    const vp = json.groups.find((row: { district: string }) => row.district === 'Văn phòng Cục');
    expect(String(vp.money.withConditions)).toBe('345500000000');
  };

  it('the file "Nam Định 2024 (ĐVT 1000đ).csv": nghìn đồng, from the file name', () => {
    const file = write('Nam Định 2024 (ĐVT 1000đ).csv', FORM);
    expectRight(spawnThads(['summarize', file, '--format', 'json']));
    expect(spawnThads(['inspect', file]).stdout).toContain('money unit:    thousand (from the file name "Nam Định 2024 (ĐVT 1000đ).csv")');
  });

  it('the sheet "BC 2024 (ĐVT 1000đ)" of "Nam Dinh 2024.xlsx": nghìn đồng, from the sheet name', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('BC 2024 (ĐVT 1000đ)');
    for (const line of FORM) ws.addRow(line.split(',').map((c) => (/^[\d.]+$/.test(c) ? Number(c.replace(/\./g, '')) : c === '' ? null : c)));
    const file = join(dir, 'Nam Dinh 2024.xlsx');
    await wb.xlsx.writeFile(file);
    expectRight(spawnThads(['summarize', file, '--format', 'json']));
    expect(spawnThads(['inspect', file]).stdout).toContain('money unit:    thousand (from the sheet name "BC 2024 (ĐVT 1000đ)")');
  });
});

describe('a unit line in a file name\'s brackets', () => {
  it.each([
    ['Nam Định 2019 (ĐVT 1000đ).csv', IN_THOUSAND],
    ['Nam Định 2019 (ĐVT 1000 đồng).csv', IN_THOUSAND],
    ['Nam Định 2019 (Đơn vị 1000đ).csv', IN_THOUSAND],
    ['Nam Dinh 2019 (DVT 1000d).csv', IN_THOUSAND],
    ['Nam Định 2019 (ĐVT: 1000đ).csv', IN_THOUSAND],
    ['Nam Định 2019 [ĐVT 1000đ].csv', IN_THOUSAND],
    ['Nam Định 2019 (ĐVT: việc, 1000đ).csv', IN_THOUSAND],
    ['Nam Định 2019 (ĐVT 1000000đ).csv', IN_MILLION],
    ['Nghìn đồng.csv', IN_THOUSAND],
    // already read before, kept: the dot, the bare unit, the label outside brackets
    ['Nam Định 2019 (ĐVT 1.000đ).csv', IN_THOUSAND],
    ['Nam Định 2019 (1000đ).csv', IN_THOUSAND],
    ['Nam Định 2019 - ĐVT 1000đ.csv', IN_THOUSAND],
  ])('%j', async (name, expected) => {
    for (const lines of [PLAIN, TITLED]) {
      expect(run(write(name, lines), '--year', '2019')).toMatchObject({ code: 0, total: expected });
      expect(await bothTotals(name, lines)).toEqual(expected);
    }
  });

  // over-reach controls: a "1000" that is no unit, an unreadable one, initials, đồng: đồng as before
  it.each([
    ['Báo cáo 1000 việc 2019.csv', IN_DONG],
    ['KV1000 2019.csv', IN_DONG],
    ['BC (KV1000) 2019.csv', IN_DONG],
    ['BC 2019 (Đơn vị 1000 việc).csv', IN_DONG],
    ['BC 2019 (ĐVT 1000).csv', IN_DONG],
    ['BC 2019 (ĐVT: Tr).csv', IN_DONG],
    ['Đồng.csv', IN_DONG],
  ])('control %j', async (name, expected) => {
    for (const lines of [PLAIN, TITLED]) {
      expect(run(write(name, lines), '--year', '2019')).toMatchObject({ code: 0, total: expected });
      expect(await bothTotals(name, lines)).toEqual(expected);
    }
  });

  it('against the file\'s own unit line: "triệu đồng" refused UNIT_CONTRADICTION, "nghìn đồng" read', async () => {
    const name = 'Nam Định 2019 (ĐVT 1000đ).csv';
    const refused = run(write(name, [PROVINCE, TITLE, 'Đơn vị tính: triệu đồng', HEADER, ...OFFICES]));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(':3:1: error: the unit line "Đơn vị tính: triệu đồng" (line 3, column 1) gives money in million, but the file name "Nam Định 2019 (ĐVT 1000đ).csv" gives thousand [UNIT_CONTRADICTION]');
    expect(await bothTotals(name, [PROVINCE, TITLE, 'Đơn vị tính: triệu đồng', HEADER, ...OFFICES])).toBe(1);
    expect(run(write(name, [PROVINCE, TITLE, 'Đơn vị tính: nghìn đồng', HEADER, ...OFFICES]))).toMatchObject({ code: 0, total: IN_THOUSAND });
  });

  it('--money-unit dong over the name: read in đồng, warned UNIT_CONFLICT', () => {
    const r = run(write('Nam Định 2019 (ĐVT 1000đ).csv', TITLED), '--money-unit', 'dong');
    expect(r).toMatchObject({ code: 0, total: IN_DONG });
    expect(r.stderr).toContain('the file declares money in thousand, but --money-unit says dong; using dong');
    expect(r.stderr).toContain('[UNIT_CONFLICT]');
  });
});

describe('a unit in a sheet name (.xlsx)', () => {
  it.each([
    ['BC 2019 (ĐVT 1000đ)', IN_THOUSAND],
    ['BC 2019 (ĐVT 1000 đồng)', IN_THOUSAND],
    ['Tiền (DVT 1000d)', IN_THOUSAND],
    ['Nghìn đồng', IN_THOUSAND],
    ['Triệu đồng', IN_MILLION],
    // controls
    ['Đồng', IN_DONG],
    ['KV1000', IN_DONG],
    ['BC 2019 (ĐVT 1000)', IN_DONG],
  ])('%j', async (sheet, expected) => {
    expect(run(await workbook('bao-cao-2019.xlsx', sheet))).toMatchObject({ code: 0, total: expected });
  });

  it('"Nghìn đồng" over "Đơn vị tính: triệu đồng": refused UNIT_CONTRADICTION', async () => {
    const r = run(await workbook('bao-cao-2019.xlsx', 'Nghìn đồng', 'Đơn vị tính: triệu đồng'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('but the sheet name "Nghìn đồng" gives thousand [UNIT_CONTRADICTION]');
  });

  it('a sheet and a file name that disagree: refused UNIT_CONTRADICTION', async () => {
    const r = run(await workbook('bao-cao-2019 (ĐVT 1000000đ).xlsx', 'BC 2019 (ĐVT 1000đ)'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[UNIT_CONTRADICTION]');
  });
});
