// Three ways an office's own report writes its office in the title, all refused or misnamed
// before: a province after the office that has a dash of its own ("… HUYỆN CHÂU ĐỨC - BÀ RỊA -
// VŨNG TÀU", "… - THỪA THIÊN - HUẾ"), read as the office "Huyện Châu Đức - Bà Rịa - Vũng Tàu"
// (OFFICE_NAME_CONFLICT beside "chau-duc-2019-viec.csv"); the office in parentheses with the
// province after it ("CHI CỤC THADS (HUYỆN MỸ LỘC) - NAM ĐỊNH"); and a Chi cục without its unit
// ("CHI CỤC THADS KỲ ANH"), both OFFICE_UNKNOWN under a name that gives no office. The owner's
// rule: the province is dropped whole, the parentheses read as none, and a place without its
// unit is the office as written ("Kỳ Anh"), huyện or thị xã as the file's name tells. Both
// readers must agree; xlsx reads titles by the same rule.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayBeOneOfficeUnaccented, unitKind } from '../../src/domain/office-names.js';
import { provinceAfterOffice, titleOffice } from '../../src/input/title-office.js';
import { fileTree } from '../helpers/file-tree.js';
import { runArgs, summarizeCsvRows } from '../helpers/both-readers.js';
import { escapeText, writeRawWorkbook } from '../helpers/raw-workbook.js';

const rows = (...cells: string[]) => cells.map((c, i) => ({ cells: [c], line: i + 1 }));

describe('titleOffice and the province after it', () => {
  it.each([
    ['CHI CỤC THADS HUYỆN CHÂU ĐỨC - BÀ RỊA - VŨNG TÀU', 'Huyện Châu Đức', 'BÀ RỊA - VŨNG TÀU'],
    ['CHI CỤC THADS HUYỆN CHÂU ĐỨC - TỈNH BÀ RỊA - VŨNG TÀU', 'Huyện Châu Đức', 'TỈNH BÀ RỊA - VŨNG TÀU'],
    ['CHI CỤC THADS HUYỆN CHÂU ĐỨC TỈNH BÀ RỊA - VŨNG TÀU', 'Huyện Châu Đức', 'BÀ RỊA - VŨNG TÀU'],
    ['Chi cục THADS huyện Châu Đức – Bà Rịa – Vũng Tàu', 'Huyện Châu Đức', 'Bà Rịa – Vũng Tàu'],
    ['CHI CUC THADS HUYEN CHAU DUC - BA RIA - VUNG TAU', 'Huyện Chau Duc', 'BA RIA - VUNG TAU'],
    ['CHI CỤC THADS HUYỆN PHÚ VANG - THỪA THIÊN - HUẾ', 'Huyện Phú Vang', 'THỪA THIÊN - HUẾ'],
    ['CHI CỤC THADS HUYỆN PHÚ VANG - THỪA THIÊN HUẾ', 'Huyện Phú Vang', 'THỪA THIÊN HUẾ'],
    ['CHI CỤC THADS (HUYỆN MỸ LỘC) - NAM ĐỊNH', 'Huyện Mỹ Lộc', 'NAM ĐỊNH'],
    ['CHI CỤC THADS (HUYỆN MỸ LỘC) (NAM ĐỊNH)', 'Huyện Mỹ Lộc', 'NAM ĐỊNH'],
    ['CHI CỤC THI HÀNH ÁN DÂN SỰ (H. MỸ LỘC) - TỈNH NAM ĐỊNH', 'Huyện Mỹ Lộc', 'TỈNH NAM ĐỊNH'],
    ['CHI CỤC THADS (HUYỆN MỸ LỘC), TỈNH NAM ĐỊNH', 'Huyện Mỹ Lộc', null],
    ['CHI CỤC THADS KỲ ANH', 'Kỳ Anh', null],
    ['CHI CỤC THADS KỲ ANH - HÀ TĨNH', 'Kỳ Anh', 'HÀ TĨNH'],
    ['CHI CỤC THADS (KỲ ANH)', 'Kỳ Anh', null],
    ['Chi cục Thi hành án dân sự Hương Sơn', 'Hương Sơn', null],
    ['CHI CUC THADS KY ANH', 'Ky Anh', null],
    // controls, read as before
    ['CHI CỤC THADS HUYỆN MỸ LỘC - NAM ĐỊNH', 'Huyện Mỹ Lộc', 'NAM ĐỊNH'],
    ['CHI CỤC THADS (HUYỆN MỸ LỘC)', 'Huyện Mỹ Lộc', null],
    // a version after a dash is no province, nor the office's (withoutVersionAndPeriod, as in a file's name)
    ['CHI CỤC THADS HUYỆN MỸ LỘC - BẢN CŨ', 'Huyện Mỹ Lộc', null],
    ['CHI CỤC THADS THỊ XÃ KỲ ANH', 'Thị xã Kỳ Anh', null],
  ])('%s → %s', (title, office, province) => {
    expect(titleOffice(rows('CỤC THADS', title))).toEqual({ office, line: 2 });
    expect(provinceAfterOffice(title)).toBe(province);
  });

  it.each([
    'CHI CỤC THADS TỈNH HÀ TĨNH',
    // the city's office or the province's department: not told
    'CHI CỤC THADS HÀ TĨNH',
    'CHI CỤC THADS CẤP HUYỆN',
    'Chi cục THADS trực thuộc',
    'CHI CỤC THADS CÁC HUYỆN',
    'CHI CỤC THADS SỐ 2',
    'CHI CỤC THADS (HUYỆN MỸ LỘC) NĂM 2019',
    'PHÒNG THADS KỲ ANH',
  ])('%s names no office', (title) => {
    expect(titleOffice(rows('CỤC THADS TỈNH HÀ TĨNH', title))).toBeNull();
  });

  it('two offices named (one without its unit): none', () => {
    expect(titleOffice(rows('CHI CỤC THADS HUYỆN MỸ LỘC', 'CHI CỤC THADS VỤ BẢN'))).toBeNull();
    expect(titleOffice(rows('CHI CỤC THADS KỲ ANH', 'CHI CỤC THADS HƯƠNG SƠN'))).toBeNull();
  });
});

describe('a file\'s name joining its unit\'s words ("thi-xa-ky-anh") tells the unit a title leaves out', () => {
  it.each([['thi-xa-ky-anh', 'thị xã'], ['thi_xa_ky_anh', 'thị xã'], ['thanh-pho-ha-tinh', 'thành phố'], ['huyen-ky-anh', 'huyện'], ['ky-anh', null], ['Thị xã Kỳ Anh', 'thị xã']])('%s → %s', (name, kind) => {
    expect(unitKind(name)).toBe(kind);
  });
  it('one office with the title\'s only where the units do not differ', () => {
    expect(mayBeOneOfficeUnaccented('thi-xa-ky-anh', 'Kỳ Anh')).toBe(true);
    expect(mayBeOneOfficeUnaccented('thi-xa-ky-anh', 'Thị xã Kỳ Anh')).toBe(true);
    expect(mayBeOneOfficeUnaccented('thi-xa-ky-anh', 'Huyện Kỳ Anh')).toBe(false);
    expect(mayBeOneOfficeUnaccented('thanh-pho-ha-tinh', 'Thành phố Hà Tĩnh')).toBe(true);
  });
});

const report = (sender: string, office: string, cases: number, resolved: number) => [sender, office, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC', 'Năm 2019', 'Có điều kiện;Giải quyết xong', `${cases};${resolved}`];
const CHAU_DUC = 'CHI CỤC THADS HUYỆN CHÂU ĐỨC - BÀ RỊA - VŨNG TÀU';
const MY_LOC = 'CHI CỤC THADS (HUYỆN MỸ LỘC) - NAM ĐỊNH';
const KY_ANH = 'CHI CỤC THADS KỲ ANH';

describe('the files (both readers)', () => {
  const { dir, write } = fileTree('thads-title-forms-');
  const figures = (r: { rows: Record<string, string>[] }) => r.rows.map((x) => [x.province, x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate]);
  const run = async (files: Record<string, readonly string[]>) => summarizeCsvRows(dir, write(files), []);

  // 230/300 = 76.67 %
  it.each([
    ['1a', 'bao-cao-2019-viec.csv', 'BÀ RỊA - VŨNG TÀU', CHAU_DUC, 'Bà Rịa - Vũng Tàu', 'Huyện Châu Đức'],
    ['1a', 'chau-duc-2019-viec.csv', 'BÀ RỊA - VŨNG TÀU', CHAU_DUC, 'Bà Rịa - Vũng Tàu', 'chau-duc'],
    ['1b', 'bao-cao-2019-viec.csv', 'BÀ RỊA - VŨNG TÀU', 'CHI CỤC THADS HUYỆN CHÂU ĐỨC - TỈNH BÀ RỊA - VŨNG TÀU', 'Bà Rịa - Vũng Tàu', 'Huyện Châu Đức'],
    ['1b', 'chau-duc-2019-viec.csv', 'BÀ RỊA - VŨNG TÀU', 'CHI CỤC THADS HUYỆN CHÂU ĐỨC - TỈNH BÀ RỊA - VŨNG TÀU', 'Bà Rịa - Vũng Tàu', 'chau-duc'],
    ['2', 'bao-cao-2019-viec.csv', 'NAM ĐỊNH', MY_LOC, 'Nam Định', 'Huyện Mỹ Lộc'],
    ['2', 'my-loc-2019-viec.csv', 'NAM ĐỊNH', MY_LOC, 'Nam Định', 'my-loc'],
    ['3', 'bao-cao-2019-viec.csv', 'HÀ TĨNH', KY_ANH, 'Hà Tĩnh', 'Kỳ Anh'],
    ['3', 'ky-anh-2019-viec.csv', 'HÀ TĨNH', KY_ANH, 'Hà Tĩnh', 'ky-anh'],
    // the file's name tells the unit the title leaves out
    ['3', 'thi-xa-ky-anh-2019-viec.csv', 'HÀ TĨNH', KY_ANH, 'Hà Tĩnh', 'thi-xa-ky-anh'],
  ])('%s: %s under "%s / %s" → %s, %s: 300/230', async (folder, name, province, title, printedProvince, office) => {
    const r = await run({ [`${folder}/${name}`]: report(`CỤC THADS TỈNH ${province}`, title, 300, 230) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(figures(r)).toEqual([[printedProvince, office, '300', '230', '76.67'], ['', 'TOTAL', '300', '230', '76.67']]);
  });

  it('1c: "… - THỪA THIÊN - HUẾ" names Huyện Phú Vang, by its title or its file\'s name', async () => {
    for (const [name, office] of [['bao-cao-2019-viec.csv', 'Huyện Phú Vang'], ['phu-vang-2019-viec.csv', 'phu-vang']] as const) {
      const r = await run({ [`1c/${name}`]: report('CỤC THADS TỈNH THỪA THIÊN HUẾ', 'CHI CỤC THADS HUYỆN PHÚ VANG - THỪA THIÊN - HUẾ', 300, 230) });
      expect(r.code).toBe(0);
      expect(figures(r).map((x) => x.slice(1))).toEqual([[office, '300', '230', '76.67'], ['TOTAL', '300', '230', '76.67']]);
    }
  });

  it('the three offices\' files together: 300 + 500 + 200 = 1000, 230 + 400 + 150 = 780, 78.00 %', async () => {
    const r = await run({ '4/a/bao-cao-2019-viec.csv': report('CỤC THADS TỈNH BÀ RỊA - VŨNG TÀU', CHAU_DUC, 300, 230), '4/b/bao-cao-2019-viec.csv': report('CỤC THADS TỈNH NAM ĐỊNH', MY_LOC, 500, 400), '4/c/bao-cao-2019-viec.csv': report('CỤC THADS TỈNH HÀ TĨNH', KY_ANH, 200, 150) });
    expect(r.code).toBe(0);
    // 400/500 = 80.00 %, 150/200 = 75.00 %
    expect(figures(r)).toEqual([['Bà Rịa - Vũng Tàu', 'Huyện Châu Đức', '300', '230', '76.67'], ['Nam Định', 'Huyện Mỹ Lộc', '500', '400', '80.00'], ['Hà Tĩnh', 'Kỳ Anh', '200', '150', '75.00'], ['', 'TOTAL', '1000', '780', '78.00']]);
  });

  it('control: huyện and thị xã Kỳ Anh, each with its unit, stay two offices: 300 + 500 = 800, 230 + 400 = 630, 78.75 %', async () => {
    const r = await run({ '5/a/bao-cao-2019-viec.csv': report('CỤC THADS TỈNH HÀ TĨNH', 'CHI CỤC THADS HUYỆN KỲ ANH', 300, 230), '5/b/bao-cao-2019-viec.csv': report('CỤC THADS TỈNH HÀ TĨNH', 'CHI CỤC THADS THỊ XÃ KỲ ANH', 500, 400) });
    expect(r.code).toBe(0);
    // 400/500 = 80.00 %
    expect(figures(r)).toEqual([['Hà Tĩnh', 'Huyện Kỳ Anh', '300', '230', '76.67'], ['Hà Tĩnh', 'Thị xã Kỳ Anh', '500', '400', '80.00'], ['', 'TOTAL', '800', '630', '78.75']]);
  });

  it('control: a title office that contradicts the file\'s name is still refused', async () => {
    for (const [name, title, says] of [['vu-ban-2019-viec.csv', MY_LOC, 'Huyện Mỹ Lộc'], ['vu-ban-2019-viec.csv', KY_ANH, 'Kỳ Anh'], ['thi-xa-ky-anh-2019-viec.csv', 'CHI CỤC THADS HUYỆN KỲ ANH', 'Huyện Kỳ Anh']] as const) {
      const r = await run({ [`6/${name}`]: report('CỤC THADS TỈNH NAM ĐỊNH', title, 300, 230) });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toBe(`6/${name}:2: error: the file name "${name}" says the office is ${name.replace('-2019-viec.csv', '')}, but the title (line 2) says ${says}: which office's figures these are cannot be told [OFFICE_NAME_CONFLICT]`);
    }
  });

  it('control: a title naming two offices names none (OFFICE_UNKNOWN under a neutral name)', async () => {
    const r = await run({ '7/bao-cao-2019-viec.csv': ['CHI CỤC THADS HUYỆN MỸ LỘC', 'CHI CỤC THADS VỤ BẢN', 'Năm 2019', 'Có điều kiện;Giải quyết xong', '300;230'] });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('7/bao-cao-2019-viec.csv:4: error: the office cannot be told from the file: it has no office column, and its name "bao-cao-2019-viec.csv" gives only its year, measure or form [OFFICE_UNKNOWN]');
  });

  it('control: "CỤC THADS TỈNH NAM ĐỊNH" over one total row is the province\'s total file: 8000/6400 = 80.00 %', async () => {
    const r = await run({ '8/bao-cao-2019-viec.csv': ['CỤC THADS TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM 2019', 'Đơn vị;Có điều kiện;Giải quyết xong', 'Tổng cộng;8000;6400'] });
    expect(r.code).toBe(0);
    expect(figures(r)).toEqual([['Nam Định', 'Tổng cộng', '8000', '6400', '80.00'], ['', 'TOTAL', '8000', '6400', '80.00']]);
  });
});

describe('a workbook\'s title, by the same rule', () => {
  const { dir } = fileTree('thads-title-forms-xlsx-');
  const text = (t: string) => `<c t="inlineStr"><is><t>${escapeText(t)}</t></is></c>`;
  const row = (cells: readonly (string | number)[]) => cells.map((c) => (typeof c === 'number' ? `<c><v>${c}</v></c>` : text(c))).join('');

  it.each([
    [CHAU_DUC, 'Huyện Châu Đức', 'x1'],
    [MY_LOC, 'Huyện Mỹ Lộc', 'x2'],
    [KY_ANH, 'Kỳ Anh', 'x3'],
  ])('%s → %s: 300/230 = 76.67 %%', async (title, office, folder) => {
    mkdirSync(join(dir, folder));
    const lines = [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'], [title], ['Có điều kiện', 'Giải quyết xong'], [300, 230]];
    const file = await writeRawWorkbook({ sheets: [{ name: 'Sheet1', data: lines.map((cells, i) => `<row r="${i + 1}">${row(cells)}</row>`).join('') }], name: 'bao-cao-viec-2019.xlsx', dir: join(dir, folder) });
    const r = await runArgs(dir, ['summarize', file, '--format', 'csv'], false);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').slice(1).map((l) => { const c = l.split(','); return [c[1], c[9], c[18], c[20]]; });
    expect(out).toEqual([[office, '300', '230', '76.67'], ['TOTAL', '300', '230', '76.67']]);
  });
});
