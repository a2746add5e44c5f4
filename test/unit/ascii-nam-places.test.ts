// The year word "nam" kept in file-name offices (work64a, finding 01). The place list of
// namIsOfName (Hà Nam, Quảng Nam, Việt Nam, Thuận Nam, Hàm Thuận Nam, Ngã Năm) was matched
// against the END of the name, so "Thanh Ha nam 2019.csv" (Thanh Hà, Hải Dương, "năm 2019")
// stayed "Thanh Ha nam" and was added beside its resend "Thanh Ha 2019 - ban sua.csv" (586 + 590
// cases, exit 0); and a year word joined by "-"/"_" ("my-loc-nam-2019.csv") was never dropped.
// Now a place is the name's whole (or its last part, or after an office's words), and a slug's
// "-"/"_" join words as spaces do.
import { describe, expect, it } from 'vitest';
import { namIsOfName } from '../../src/domain/office-names.js';
import { officeFromFileName, placeOfFileName } from '../../src/input/file-names.js';
import { yearBesideName } from '../../src/input/row-labels.js';
import { bothOnFiles, summarizeCsvRows } from '../helpers/both-readers.js';
import { fileTree } from '../helpers/file-tree.js';
import { writeCasesWorkbook } from '../helpers/lines-workbook.js';

describe('a place ending in "Nam" is the whole name, not its end', () => {
  it.each([
    ['Thanh Ha nam 2019.csv', 'Thanh Ha'],
    ['THANH HA NAM 2019.csv', 'THANH HA'],
    ['Dong Ha nam 2019.csv', 'Dong Ha'],
    ['Son Ha nam 2019.csv', 'Son Ha'],
    ['Dam Ha nam 2019.csv', 'Dam Ha'],
    ['Ninh Thuan nam 2019.csv', 'Ninh Thuan'],
    ['Binh Thuan nam 2019.csv', 'Binh Thuan'],
    ['huyen Thanh Ha nam 2019.csv', 'huyen Thanh Ha'],
    ['Ha Nam nam 2019.csv', 'Ha Nam'],
    // over-reach: the place itself, alone, after an office's or a form's words, or as the last part
    ['Ha Nam 2019.csv', 'Ha Nam'],
    ['tinh Ha Nam 2019.csv', 'tinh Ha Nam'],
    ['Cục THADS tỉnh Hà Nam 2019.csv', 'Cục THADS tỉnh Hà Nam'],
    ['Chi cuc THADS huyen Thuan Nam 2019.csv', 'Chi cuc THADS huyen Thuan Nam'],
    ['Chi cuc THADS huyen Thuan Nam nam 2019.csv', 'Chi cuc THADS huyen Thuan Nam'],
    ['Quang Nam 2019.csv', 'Quang Nam'],
    ['Nga Nam 2019.csv', 'Nga Nam'],
    ['Ngã Năm năm 2019.csv', 'Ngã Năm'],
    ['Ham Thuan Nam 2019.csv', 'Ham Thuan Nam'],
    ['Viet Nam 2019.csv', 'Viet Nam'],
    ['Bieu 07 Ha Nam 2019.csv', 'Ha Nam'],
    ['Ly Nhan - Ha Nam 2019.csv', 'Ly Nhan'],
    ['Phong THADS khu vuc 3 nam 2026.csv', 'Phong THADS khu vuc 3'],
  ])('%s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });

  it('the provinces stay provinces', () => {
    expect(placeOfFileName('Ninh Thuan nam 2019.csv')).toEqual({ office: 'Ninh Thuan', province: 'Ninh Thuận' });
    expect(placeOfFileName('Ha Nam 2019.csv')).toEqual({ office: 'Ha Nam', province: 'Hà Nam' });
    expect(placeOfFileName('Ly Nhan - Ha Nam 2019.csv')).toEqual({ office: 'Ly Nhan', province: 'Hà Nam' });
  });

  it('namIsOfName', () => {
    expect(namIsOfName('Thanh Ha nam')).toBe(false);
    expect(namIsOfName('Binh Thuan nam')).toBe(false);
    expect(namIsOfName('TP Dong Ha nam')).toBe(false);
    expect(namIsOfName('Ha Nam')).toBe(true);
    expect(namIsOfName('tinh Ha Nam')).toBe(true);
    expect(namIsOfName('Chi cuc THADS huyen Thuan Nam')).toBe(true);
    expect(namIsOfName('ham-thuan-nam')).toBe(true);
    expect(namIsOfName('Thị xã Ngã Năm')).toBe(true);
  });

  it.each([
    ['Chi cuc THADS huyen Thanh Ha nam 2019', 'Chi cuc THADS huyen Thanh Ha'],
    ['Chi cục THADS huyện Thuận Nam 2019', 'Chi cục THADS huyện Thuận Nam'],
  ])('an office cell %s → %s, 2019', (cell, name) => {
    expect(yearBesideName(cell)).toEqual({ name, year: 2019 });
  });
});

describe('a slug\'s year word joined by "-" or "_"', () => {
  it.each([
    ['my-loc-nam-2019.csv', 'my-loc'],
    ['Mỹ_Lộc_năm_2019.csv', 'Mỹ_Lộc'],
    ['Mỹ Lộc-năm-2019.csv', 'Mỹ Lộc'],
    ['My Loc_nam_2019.csv', 'My Loc'],
    ['Y Yen-nam-2019.csv', 'Y Yen'],
    ['my-loc-ca-nam-2019.csv', 'my-loc'],
    // over-reach: a place's own "nam" in a slug
    ['ham-thuan-nam-2019.csv', 'ham-thuan-nam'],
    ['ha-nam-2019.csv', 'ha-nam'],
    ['my-loc-2019.csv', 'my-loc'],
  ])('%s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });
});

const plain = (cases: string, resolved: string) => ['Việc có điều kiện,Việc giải quyết xong', `${cases},${resolved}`];
// the finding's own figures: first send and resend of one office
const first = ['Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Tiền có điều kiện,Tiền thi hành xong,Tiền đình chỉ', '586,520,13,9565824266,7194245234,634044111'];
const resend = ['Việc có điều kiện,Việc thi hành xong,Việc đình chỉ,Tiền có điều kiện,Tiền thi hành xong,Tiền đình chỉ', '590,524,13,9565824266,7294245234,634044111'];
const cases = (rows: Record<string, string>[]) => rows.map((x) => [x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate]).sort((a, b) => a[0]!.localeCompare(b[0]!));

describe('the files (both readers)', () => {
  const { dir, write } = fileTree('thads-ascii-nam-places-');

  it.each([
    ['a', 'Thanh Ha nam 2019.csv', 'Thanh Ha 2019 - ban sua.csv', 'Thanh Ha'],
    ['b', 'Dong Ha nam 2019.csv', 'Dong Ha 2019 (sua).csv', 'Dong Ha'],
    ['c', 'Binh Thuan nam 2019.csv', 'Binh Thuan 2019 - ban sua.csv', 'Binh Thuan'],
    ['d', 'my-loc-nam-2019.csv', 'my-loc-2019.csv', 'my-loc'],
    ['e', 'My Loc_nam_2019.csv', 'My Loc 2019 - ban sua.csv', 'My Loc'],
  ])('%s: "%s" beside "%s": DUPLICATE_INPUT, exit 1', async (folder, name, again, office) => {
    const r = await bothOnFiles(dir, { [`${folder}/${name}`]: first, [`${folder}/${again}`]: resend }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`cases of "${office}" (2019) are given again`);
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('"Mỹ_Lộc_năm_2019.csv" beside "my-loc-2019.csv" is Mỹ Lộc given twice', async () => {
    const r = await bothOnFiles(dir, { 'f/Mỹ_Lộc_năm_2019.csv': first, 'f/my-loc-2019.csv': resend }, ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('already gave them as "Mỹ_Lộc"');
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('a workbook "Thanh Ha nam 2019.xlsx" beside the resend is Thanh Hà given twice', async () => {
    await writeCasesWorkbook(dir, 'Thanh Ha nam 2019.xlsx', 586, 533);
    const r = await bothOnFiles(dir, { 'Thanh Ha 2019 - ban sua.csv': plain('590', '537') }, [`${dir}/Thanh Ha nam 2019.xlsx`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cases of "Thanh Ha" (2019) are given again');
    expect(r.stderr).toContain('[DUPLICATE_INPUT]');
  });

  it('the first send alone: Thanh Ha, 586 / 533 cases, 9.565.824.266 đ', async () => {
    const files = write({ 'g/Thanh Ha nam 2019.csv': first });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // resolved 520 + 13 = 533, 533/586 = 90.955 → 90.96; money resolved 7.194.245.234 + 634.044.111 = 7.828.289.345
    expect(r.rows.map((x) => [x.district, x.cases_with_conditions, x.cases_resolved, x.cases_rate, x.money_with_conditions, x.money_resolved])).toEqual([
      ['Thanh Ha', '586', '533', '90.96', '9565824266', '7828289345'],
      ['TOTAL', '586', '533', '90.96', '9565824266', '7828289345'],
    ]);
  });

  it('over-reach: Ha Nam, Quang Nam, Nga Nam, ham-thuan-nam keep their Nam beside Thanh Ha', async () => {
    const files = write({
      'h/Ha Nam 2019.csv': plain('1000', '800'),
      'h/Quang Nam 2019.csv': plain('1000', '700'),
      'h/Nga Nam 2019.csv': plain('400', '300'),
      'h/ham-thuan-nam-2019.csv': plain('100', '99'),
      'h/Thanh Ha nam 2019.csv': plain('586', '533'),
    });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 1000 + 1000 + 400 + 100 + 586 = 3086; 800 + 700 + 300 + 99 + 533 = 2432; 2432/3086 = 0.78807 → 78.81
    expect(cases(r.rows)).toEqual([
      ['Ha Nam', '1000', '800', '80.00'],
      ['ham-thuan-nam', '100', '99', '99.00'],
      ['Nga Nam', '400', '300', '75.00'],
      ['Quang Nam', '1000', '700', '70.00'],
      ['Thanh Ha', '586', '533', '90.96'],
      ['TOTAL', '3086', '2432', '78.81'],
    ]);
  });

  it('over-reach: "Phong THADS khu vuc 3 nam 2026.csv" is khu vực 3, beside khu vực 4', async () => {
    const files = write({ 'i/Phong THADS khu vuc 3 nam 2026.csv': plain('300', '270'), 'i/Phong THADS khu vuc 4 - 2026.csv': plain('200', '150') });
    const r = await summarizeCsvRows(dir, files, []);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 270/300 = 90.00, 150/200 = 75.00; 300 + 200 = 500, 270 + 150 = 420, 420/500 = 84.00
    expect(cases(r.rows)).toEqual([
      ['Phong THADS khu vuc 3', '300', '270', '90.00'],
      ['Phong THADS khu vuc 4', '200', '150', '75.00'],
      ['TOTAL', '500', '420', '84.00'],
    ]);
  });
});
