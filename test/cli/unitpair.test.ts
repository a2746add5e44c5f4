// A money unit in a file's or a sheet's name beside its measure words, without a label (work99a
// 01): "Nam Định 2024 (việc, nghìn đồng).csv" with no unit line inside was read as đồng — TOTAL
// money with conditions 39293372, right 39293372000 — exit 0, no warning; so were "(Việc; 1000đ)",
// "(tiền 1000đ)", "(Tiền - nghìn đồng)", "(Tiền nghìn đồng)", "(Việc - 1000đ)", "(việc và nghìn
// đồng)" and a sheet "TH 2024 (việc, 1000đ)". "(ĐVT việc, nghìn đồng)" and "(ĐVT 1000đ)" were read.
// The brackets are now read as the value of a unit line "Đơn vị tính: Việc; nghìn đồng" is
// (units.ts unitOfName → readLabelled), its measure word before the unit ("tiền 1000đ") the
// measure's. Totals are worked out by hand below; each file runs through the real binary, and
// through both readers in process (a plain CSV the byte scanner, a titled one the reference
// reader); the sheet names in .xlsx workbooks.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { spawnThads } from '../helpers/cli.js';
import { describe, expect, it } from 'vitest';
import { HEADER, OFFICES, PROVINCE, TITLE, PLAIN, TITLED, IN_DONG, IN_THOUSAND, IN_MILLION, nameUnitFiles } from '../helpers/name-unit-files.js';

const { dir, write, run, bothTotals, workbook } = nameUnitFiles('unitpair');

describe('the finding: Nam Định 2024, "(việc, nghìn đồng)" in the file name, "(việc, 1000đ)" in the sheet name', () => {
  const FORM = [
    'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,',
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024,,,,,',
    'STT,Đơn vị,Về việc,,Về tiền,',
    ',,Có điều kiện,Giải quyết xong,Có điều kiện,Giải quyết xong',
    '1,Văn phòng Cục,608,582,"13.338.211","11.812.507"',
    '2,Chi cục THADS huyện Mỹ Lộc,586,533,"9.565.824","8.009.734"',
    '3,Chi cục THADS huyện Vụ Bản,655,630,"16.389.337","14.490.039"',
    ',Tổng cộng,1849,1745,"39.293.372","34.312.280"',
  ];
  // By hand, in nghìn đồng ×1000: with conditions 13.338.211 + 9.565.824 + 16.389.337 =
  // 39.293.372 → 39.293.372.000 đ; resolved 11.812.507 + 8.009.734 + 14.490.039 = 34.312.280 →
  // 34.312.280.000 đ; cases 608 + 586 + 655 = 1849; Văn phòng Cục 13.338.211.000 đ.
  const expectRight = (r: { code: number; stdout: string }) => {
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(String(json.total.money.withConditions)).toBe('39293372000');
    expect(String(json.total.money.resolved)).toBe('34312280000');
    expect(String(json.total.cases.withConditions)).toBe('1849');
    const vp = json.groups.find((row: { district: string }) => row.district === 'Văn phòng Cục');
    expect(String(vp.money.withConditions)).toBe('13338211000');
  };

  it('the file "Nam Định 2024 (việc, nghìn đồng).csv": nghìn đồng, from the file name', () => {
    const file = write('Nam Định 2024 (việc, nghìn đồng).csv', FORM);
    expectRight(spawnThads(['summarize', file, '--format', 'json']));
    expect(spawnThads(['inspect', file]).stdout).toContain('money unit:    thousand (from the file name "Nam Định 2024 (việc, nghìn đồng).csv")');
  });

  it('the sheet "TH 2024 (việc, 1000đ)" of "Nam Dinh sheet 2024.xlsx": nghìn đồng, from the sheet name', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('TH 2024 (việc, 1000đ)');
    for (const line of FORM) {
      const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/"/g, ''));
      ws.addRow(cells.slice(0, 6).map((c) => (/^[\d.]+$/.test(c) ? Number(c.replace(/\./g, '')) : c === '' ? null : c)));
    }
    const file = join(dir, 'Nam Dinh sheet 2024.xlsx');
    await wb.xlsx.writeFile(file);
    expectRight(spawnThads(['summarize', file, '--format', 'json', '--year', '2024']));
    expect(spawnThads(['inspect', file]).stdout).toContain('money unit:    thousand (from the sheet name "TH 2024 (việc, 1000đ)")');
  });
});

describe('a unit line\'s value in a file name\'s brackets, without its label', () => {
  it.each([
    ['Nam Định 2019 (việc, nghìn đồng).csv', IN_THOUSAND],
    ['Nam Định 2019 (Việc; 1000đ).csv', IN_THOUSAND],
    ['Nam Định 2019 (tiền 1000đ).csv', IN_THOUSAND],
    ['Nam Định 2019 (Tiền - nghìn đồng).csv', IN_THOUSAND],
    ['Nam Định 2019 (Tiền nghìn đồng).csv', IN_THOUSAND],
    ['Nam Định 2019 (Việc - 1000đ).csv', IN_THOUSAND],
    ['Nam Định 2019 (việc và nghìn đồng).csv', IN_THOUSAND],
    ['Nam Dinh 2019 (viec, nghin dong).csv', IN_THOUSAND],
    ['Nam Định 2019 (việc, triệu đồng).csv', IN_MILLION],
    ['Nam Định 2019 (số tiền 1.000.000 đ).csv', IN_MILLION],
    // a measure word after a label too: "ĐVT: tiền 1000đ" as "Đơn vị tính: tiền 1000đ"
    ['Nam Định 2019 (ĐVT: tiền 1000đ).csv', IN_THOUSAND],
    // read before, kept
    ['Nam Định 2019 (ĐVT việc, nghìn đồng).csv', IN_THOUSAND],
    ['Nam Định 2019 (ĐVT 1000đ).csv', IN_THOUSAND],
  ])('%j', async (name, expected) => {
    for (const lines of [PLAIN, TITLED]) {
      expect(run(write(name, lines), '--year', '2019')).toMatchObject({ code: 0, total: expected });
      expect(await bothTotals(name, lines)).toEqual(expected);
    }
  });

  // over-reach controls: a "1000" of cases or of nothing, cases alone, a place, initials, two units, đồng
  it.each([
    ['Báo cáo 1000 việc 2019.csv', IN_DONG],
    ['KV1000 2019.csv', IN_DONG],
    ['BC 2019 (ĐVT 1000).csv', IN_DONG],
    ['BC 2019 (Đơn vị 1000 việc).csv', IN_DONG],
    ['BC 2019 (1000 việc).csv', IN_DONG],
    ['BC 2019 (Việc, 1000).csv', IN_DONG],
    ['BC 2019 (ĐVT: việc).csv', IN_DONG],
    ['BC 2019 (Triệu Phong).csv', IN_DONG],
    ['BC 2019 (Đồng Hới, Triệu Phong).csv', IN_DONG],
    ['BC 2019 (Việc, Tr).csv', IN_DONG],
    ['BC 2019 (tiền triệu).csv', IN_DONG],
    ['BC 2019 (Việc, đồng).csv', IN_DONG],
  ])('control %j', async (name, expected) => {
    for (const lines of [PLAIN, TITLED]) {
      expect(run(write(name, lines), '--year', '2019')).toMatchObject({ code: 0, total: expected });
      expect(await bothTotals(name, lines)).toEqual(expected);
    }
  });

  // two units in one name were read as đồng here (money 10^3–10^6 too small): now refused (unit2.test.ts)
  it('two units in one name: refused UNIT_CONTRADICTION, never đồng', async () => {
    const name = 'BC 2019 (việc, nghìn đồng, triệu đồng).csv';
    for (const lines of [PLAIN, TITLED]) {
      expect(run(write(name, lines), '--year', '2019')).toMatchObject({ code: 1, total: null });
      expect(await bothTotals(name, lines)).toBe(1);
    }
  });

  it('against the file\'s own unit line: "triệu đồng" refused UNIT_CONTRADICTION, "Việc; nghìn đồng" read', async () => {
    const name = 'Nam Định 2019 (việc, nghìn đồng).csv';
    const lines = [PROVINCE, TITLE, 'Đơn vị tính: triệu đồng', HEADER, ...OFFICES];
    const refused = run(write(name, lines));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(':3:1: error: the unit line "Đơn vị tính: triệu đồng" (line 3, column 1) gives money in million, but the file name "Nam Định 2019 (việc, nghìn đồng).csv" gives thousand [UNIT_CONTRADICTION]');
    expect(await bothTotals(name, lines)).toBe(1);
    expect(run(write(name, [PROVINCE, TITLE, 'Đơn vị tính: Việc; nghìn đồng', HEADER, ...OFFICES]))).toMatchObject({ code: 0, total: IN_THOUSAND });
  });
});

describe('a unit line\'s value in a sheet name (.xlsx)', () => {
  it.each([
    ['TH 2019 (việc, 1000đ)', IN_THOUSAND],
    ['BC 2019 (Tiền - nghìn đồng)', IN_THOUSAND],
    ['BC 2019 (tiền 1000đ)', IN_THOUSAND],
    ['BC 2019 (Việc; triệu đồng)', IN_MILLION],
    // controls
    ['BC 2019 (1000 việc)', IN_DONG],
    ['BC 2019 (ĐVT việc)', IN_DONG],
    ['Triệu Phong (Việc, Tr)', IN_DONG],
  ])('%j', async (sheet, expected) => {
    expect(run(await workbook('bao-cao-2019.xlsx', sheet))).toMatchObject({ code: 0, total: expected });
  });

  it('"TH 2019 (việc, 1000đ)" over "Đơn vị tính: triệu đồng": refused UNIT_CONTRADICTION', async () => {
    const r = run(await workbook('bao-cao-2019.xlsx', 'TH 2019 (việc, 1000đ)', 'Đơn vị tính: triệu đồng'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('but the sheet name "TH 2019 (việc, 1000đ)" gives thousand [UNIT_CONTRADICTION]');
  });
});
