// A Chi cục named like a province ("CHI CỤC THADS HUYỆN QUẢNG NINH" over "Quảng Ninh 2024.csv",
// Quảng Bình's huyện) whose file gives no province, beside its province's other Chi cục: it is
// unplaced like any district without a province (PROVINCE_UNDECIDED), never silently a nameless
// province ranked against Quảng Bình (trap work91a 03). No sibling file gives a district its
// province (the Tuyên Hóa control), so neither does this one: the warning only.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnThads } from '../helpers/cli.js';
import { fileTree } from '../helpers/file-tree.js';

const BODY = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024,,,', ',,Đơn vị tính: việc,', 'Tổng số thụ lý,Có điều kiện,Thi hành xong,Đình chỉ'];
const LE_THUY = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG BÌNH,,,', 'CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN LỆ THỦY,,,', ...BODY, '"1.200",880,700,20'];
const BO_TRACH = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG BÌNH,,,', 'CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN BỐ TRẠCH,,,', ...BODY, '800,600,500,18'];
const office = (title: readonly string[]) => [...title, ...BODY, '930,690,566,20'];

const { dir, write } = fileTree('thads-qninh-');

interface Out { code: number; groups: { province: string | null; total: string; withConditions: string; resolved: string; rate: string; rank: number | null; rankOf: number | null }[]; total: string[]; codes: string[]; stderr: string }
function summarize(files: readonly string[]): Out {
  const r = spawnThads(['summarize', ...files, '--by', 'province', '--format', 'json']);
  const j = JSON.parse(r.stdout);
  return {
    code: r.code,
    groups: j.groups.map((g: any) => ({ province: g.province, total: g.cases.total, withConditions: g.cases.withConditions, resolved: g.cases.resolved, rate: g.cases.rate, rank: g.cases.rank, rankOf: g.cases.rankOf })),
    total: [j.total.cases.total, j.total.cases.withConditions, j.total.cases.resolved],
    codes: j.warnings.map((w: any) => w.code),
    stderr: r.stderr,
  };
}
/** Quảng Bình's two titled offices (2.000 / 1.480 / 1.238 by hand) beside `name` */
function beside(folder: string, name: string, lines: readonly string[]): string[] {
  return write({ [`${folder}/Lệ Thủy 2024.csv`]: LE_THUY, [`${folder}/Bố Trạch 2024.csv`]: BO_TRACH, [`${folder}/${name}`]: lines });
}
const QUANG_BINH_TWO = { province: 'Quảng Bình', total: '2000', withConditions: '1480', resolved: '1238', rate: '83.65' };
const UNPLACED = { province: null, total: '930', withConditions: '690', resolved: '586', rate: '84.93' };

describe('a Chi cục named like a province, its file naming no province', () => {
  it('"HUYỆN QUẢNG NINH" over "Quảng Ninh 2024.csv" beside Quảng Bình\'s: warned PROVINCE_UNDECIDED, as any district without a province', () => {
    const out = summarize(beside('finding', 'Quảng Ninh 2024.csv', office(['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN QUẢNG NINH,,,'])));
    expect(out.code).toBe(0);
    expect(out.codes).toEqual(['PROVINCE_UNDECIDED']);
    expect(out.stderr).toContain('Quảng Ninh 2024.csv name no province');
    expect(out.groups).toEqual([{ ...QUANG_BINH_TWO, rank: 2, rankOf: 2 }, { ...UNPLACED, rank: 1, rankOf: 2 }]);
    expect(out.total).toEqual(['2930', '2170', '1824']);
  });

  it('"CHI CỤC THADS H. QUẢNG NINH" over "quang-ninh-2024.csv" (no marks): the same warning', () => {
    const out = summarize(beside('short', 'quang-ninh-2024.csv', office(['CHI CỤC THADS H. QUẢNG NINH,,,'])));
    expect(out.code).toBe(0);
    expect(out.codes).toEqual(['PROVINCE_UNDECIDED']);
    expect(out.total).toEqual(['2930', '2170', '1824']);
  });

  it('Bạc Liêu\'s huyện "Hòa Bình" beside a Bạc Liêu Chi cục: the same warning', () => {
    const files = write({
      'hoabinh/Vĩnh Lợi 2024.csv': ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH BẠC LIÊU,,,', 'CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN VĨNH LỢI,,,', ...BODY, '800,600,500,18'],
      'hoabinh/Hòa Bình 2024.csv': office(['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN HÒA BÌNH,,,']),
    });
    const out = summarize(files);
    expect(out.code).toBe(0);
    expect(out.codes).toEqual(['PROVINCE_UNDECIDED']);
    expect(out.total).toEqual(['1730', '1290', '1104']);
  });

  it('with province targets (Quảng Ninh 90 %, Quảng Bình 70 %): refused TARGET_UNDECIDED as Tuyên Hóa is, never the province Quảng Ninh\'s 90 % silently; --province "Quảng Bình" places it', () => {
    const files = beside('targets', 'Quảng Ninh 2024.csv', office(['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN QUẢNG NINH,,,']));
    const config = write({ 'targets/cfg.json': ['{ "targets": { "2024": { "provinces": { "Quảng Ninh": { "cases": 90 }, "Quảng Bình": { "cases": 70 } } } } }'] })[0]!;
    const refused = spawnThads(['summarize', ...files, '--by', 'district', '--config', config, '--format', 'json']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/Quảng Ninh 2024\.csv:5: error: office "Quảng Ninh" names no province .*\[TARGET_UNDECIDED\]/);
    // (three Chi cục's own files, no Văn phòng Cục's: the Chi cục of Quảng Bình, not its whole — no province target: chicuconly-own.test.ts)
    const placed = spawnThads(['summarize', ...files, '--by', 'province', '--config', config, '--province', 'Quảng Bình', '--format', 'json']);
    expect(placed.code).toBe(0);
    const g = JSON.parse(placed.stdout).groups;
    expect(g.map((x: any) => [x.province, x.cases.total, x.cases.withConditions, x.cases.resolved, x.cases.rate, x.cases.target, x.cases.rank, x.cases.rankOf])).toEqual([['Quảng Bình', '2930', '2170', '1824', '84.06', null, 1, 1]]);
  });

  it('the xlsx twin: the same warning', async () => {
    const book = async (name: string, title: readonly string[], figures: readonly number[]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Sheet1');
      for (const t of title) ws.addRow([t]);
      ws.addRow(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2024']);
      ws.addRow([null, null, 'Đơn vị tính: việc']);
      ws.addRow(['Tổng số thụ lý', 'Có điều kiện', 'Thi hành xong', 'Đình chỉ']);
      ws.addRow([...figures]);
      const file = join(dir, name);
      await wb.xlsx.writeFile(file);
      return file;
    };
    const files = [
      await book('Lệ Thủy 2024.xlsx', ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG BÌNH', 'CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN LỆ THỦY'], [1200, 880, 700, 20]),
      await book('Bố Trạch 2024.xlsx', ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG BÌNH', 'CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN BỐ TRẠCH'], [800, 600, 500, 18]),
      await book('Quảng Ninh 2024.xlsx', ['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN QUẢNG NINH'], [930, 690, 566, 20]),
    ];
    const out = summarize(files);
    expect(out.code).toBe(0);
    expect(out.codes).toEqual(['PROVINCE_UNDECIDED']);
    expect(out.groups).toEqual([{ ...QUANG_BINH_TWO, rank: 2, rankOf: 2 }, { ...UNPLACED, rank: 1, rankOf: 2 }]);
    expect(out.total).toEqual(['2930', '2170', '1824']);
  });
});

describe('over-reach controls: their readings kept', () => {
  it('Tuyên Hóa (a district named like no province) without a province: warned as before', () => {
    const out = summarize(beside('control', 'Tuyên Hóa 2024.csv', office(['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN TUYÊN HÓA,,,'])));
    expect(out.code).toBe(0);
    expect(out.codes).toEqual(['PROVINCE_UNDECIDED']);
    expect(out.groups).toEqual([{ ...QUANG_BINH_TWO, rank: 2, rankOf: 2 }, { ...UNPLACED, rank: 1, rankOf: 2 }]);
  });

  it('"CỤC THADS TỈNH QUẢNG NINH" over "Quảng Ninh 2024.csv": the province Quảng Ninh, no warning', () => {
    const out = summarize(beside('province', 'Quảng Ninh 2024.csv', office(['CỤC THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG NINH,,,'])));
    expect(out.code).toBe(0);
    expect(out.codes).toEqual([]);
    expect(out.groups).toEqual([{ ...QUANG_BINH_TWO, rank: 2, rankOf: 2 }, { ...UNPLACED, province: 'Quảng Ninh', rank: 1, rankOf: 2 }]);
  });

  it('huyện Quảng Ninh under its province\'s title: Quảng Bình\'s, 2.930 / 2.170 / 1.824, 84,06 %, rank 1/1', () => {
    const out = summarize(beside('titled', 'Quảng Ninh 2024.csv', office(['CỤC THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG BÌNH,,,', 'CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN QUẢNG NINH,,,'])));
    expect(out.code).toBe(0);
    expect(out.codes).toEqual([]);
    expect(out.groups).toEqual([{ province: 'Quảng Bình', total: '2930', withConditions: '2170', resolved: '1824', rate: '84.06', rank: 1, rankOf: 1 }]);
  });

  it('"CHI CỤC THADS QUẢNG NINH" (no unit: the title names no office, title-office.ts bareOfficeName) keeps its reading, no warning', () => {
    const out = summarize(beside('bare', 'Quảng Ninh 2024.csv', office(['CHI CỤC THADS QUẢNG NINH,,,'])));
    expect(out.code).toBe(0);
    expect(out.codes).toEqual([]);
    expect(out.groups).toEqual([{ ...QUANG_BINH_TWO, rank: 2, rankOf: 2 }, { ...UNPLACED, rank: 1, rankOf: 2 }]);
  });

  it('the Chi cục file alone: no warning (nothing beside it has a province)', () => {
    const out = summarize(write({ 'alone/Quảng Ninh 2024.csv': office(['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN QUẢNG NINH,,,']) }));
    expect(out.code).toBe(0);
    expect(out.codes).toEqual([]);
    expect(out.total).toEqual(['930', '690', '586']);
  });
});
