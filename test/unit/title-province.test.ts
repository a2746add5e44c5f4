// The province a report's title names, for rows that name none (round 29b, 04 and 90): two
// departments' "bao-cao-viec-2025.csv", kept in folders by province, were refused as one
// office given twice ("Phòng THADS khu vực 1"); a province's config target fell to the national
// one with a warning that the input names no province. A title naming another province than
// the file name is refused. Both readers must say the same.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bothOnFiles, type Files } from '../helpers/both-readers.js';
import { keyRows } from '../helpers/key-rows.js';
import { titleProvince, titleProvinces } from '../../src/input/title-province.js';
import { memoryIo } from '../../src/io.js';
import { main } from '../../src/main.js';

const dir = mkdtempSync(join(tmpdir(), 'thads-title-province-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CASES = 'Đơn vị,Việc có điều kiện,Việc giải quyết xong';

/** Both readers, which must agree; the reference's result. */
const both = (files: Files, args: readonly string[] = ['--format', 'csv']) => bothOnFiles(dir, files, args);

const rows = (title: readonly string[]) => title.map((t, i) => ({ cells: t.split(';'), line: i + 1 }));

describe('titleProvince', () => {
  it.each([
    ['CỤC THADS TỈNH GIA LAI', 'Gia Lai'],
    ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', 'Gia Lai'],
    ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', 'Gia Lai'],
    ['THADS TỈNH ĐẮK LẮK', 'Đắk Lắk'],
    ['BỘ TƯ PHÁP;;THI HÀNH ÁN DÂN SỰ TỈNH PHÚ THỌ', 'Phú Thọ'],
    ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TỈNH HÀ NAM NĂM 2024', 'Hà Nam'],
    ['Kết quả thi hành án dân sự của tỉnh Gia Lai, năm 2025', 'Gia Lai'],
    ['Tỉnh: Gia Lai', 'Gia Lai'],
    ['THÀNH PHỐ HÀ NỘI', 'Hà Nội'],
    ['TP. HỒ CHÍ MINH', 'Hồ Chí Minh'],
    ['CỤC THADS TP.HCM', 'Hồ Chí Minh'],
    ['CỤC THADS TỈNH BÀ RỊA - VŨNG TÀU', 'Bà Rịa - Vũng Tàu'],
    ['Cục THADS Hà Nội', 'Hà Nội'],
  ])('%s → %s', (title, province) => expect(titleProvince(rows(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', title]), 2025)).toEqual({ province, line: 2 }));

  it.each([
    // a district-level city named like its province is no province (provinceOfGroup)
    'CHI CỤC THADS THÀNH PHỐ HÀ TĨNH',
    'CHI CỤC THADS HUYỆN QUẢNG NINH',
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025',
    // where the report was signed, inside a line
    'Gia Lai, ngày 15 tháng 10 năm 2025',
    'PHÒNG THADS KHU VỰC 1',
    // round 30, 01: a name alone is where it was signed or whom it is for, not a title
    'Hà Nội,',
    'Hà Nội',
    ';;;Hà Nội,;ngày 15 tháng 10 năm 2025',
    // an unquoted "Hà Nội, ngày …" split by its comma: a line dating a signing is no title
    'Hà Nội; ngày 15 tháng 10 năm 2025',
    'TP. Hà Nội, ngày 15 tháng 10 năm 2025',
    ';;;Thành phố Hà Nội;ngày    tháng    năm 2025',
    // recipients, annexes, filing
    'Nơi nhận: Cục THADS tỉnh Gia Lai; Lưu: VT',
    '(Kèm theo Báo cáo số 25/BC-TCTHADS ngày 15/10/2019 của Tổng cục THADS gửi UBND thành phố Hà Nội)',
    'Kèm theo công văn gửi Cục THADS tỉnh Gia Lai',
    'Kính gửi: Cục THADS tỉnh Gia Lai',
    'Gửi: UBND tỉnh Gia Lai',
    'Đồng gửi: Cục THADS tỉnh Kon Tum',
    'Lưu: VT, Cục THADS tỉnh Gia Lai',
  ])('%s → none', (title) => expect(titleProvince(rows([title]), 2025)).toBeNull());

  it('the sender under a place-and-date line is still read', () =>
    expect(titleProvince(rows([';;;Hà Nội,;ngày 15 tháng 10 năm 2025', 'CỤC THADS TỈNH GIA LAI']), 2025)).toEqual({ province: 'Gia Lai', line: 2 }));

  it('a period in the title is no date of signing', () =>
    expect(titleProvince(rows(['BÁO CÁO KẾT QUẢ THADS TỈNH GIA LAI TỪ NGÀY 01 THÁNG 10 NĂM 2024 ĐẾN NGÀY 30 THÁNG 9 NĂM 2025']), 2025)).toEqual({ province: 'Gia Lai', line: 1 }));

  it('two lines naming one province: the first line', () => expect(titleProvince(rows(['CỤC THADS TỈNH GIA LAI', 'BÁO CÁO … TỈNH GIA LAI NĂM 2025']), 2025)).toEqual({ province: 'Gia Lai', line: 1 }));

  it('two provinces: none (whose rows cannot be told)', () => expect(titleProvince(rows(['CỤC THADS TỈNH GIA LAI', 'THADS TỈNH ĐẮK LẮK']), 2025)).toBeNull());

  // round 34, 04a: a second line naming the provinces merged into the first line's
  it.each([
    ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', '(gồm tỉnh Gia Lai và tỉnh Bình Định cũ)', 'Gia Lai'],
    ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', '(Sau sáp nhập tỉnh Gia Lai và tỉnh Bình Định)', 'Gia Lai'],
    ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', '(hợp nhất tỉnh Gia Lai và tỉnh Bình Định)', 'Gia Lai'],
    ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', '(gồm tỉnh Bình Định cũ)', 'Gia Lai'],
    ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', 'Phạm vi: tỉnh Gia Lai và tỉnh Bình Định cũ', 'Gia Lai'],
    ['THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG NGÃI', '(Sau sáp nhập tỉnh Quảng Ngãi và tỉnh Kon Tum)', 'Quảng Ngãi'],
  ])('2025: %s / %s → %s, at line 1', (first, second, province) => {
    expect(titleProvinces(rows([first, second]), 2025)).toEqual([{ province, line: 1 }]);
    expect(titleProvince(rows([first, second]), 2025)).toEqual({ province, line: 1 });
  });

  it('2025: only merged-away provinces named, one successor: the successor, at the first line', () =>
    expect(titleProvinces(rows(['BÁO CÁO CỦA TỈNH HÀ NAM', '(và tỉnh Nam Định cũ)']), 2025)).toEqual([{ province: 'Ninh Bình', line: 1 }]));

  it('2025: one province of the 63 alone stays itself (its rows are rolled up later, and said)', () =>
    expect(titleProvinces(rows(['(gồm tỉnh Bình Định cũ)']), 2025)).toEqual([{ province: 'Bình Định', line: 1 }]));

  it.each([
    ['2025, two of the 34', ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI VÀ TỈNH ĐẮK LẮK'], 2025, [['Gia Lai', 1], ['Đắk Lắk', 1]]],
    ['2025, two whose successors differ', ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', '(gồm tỉnh Gia Lai và tỉnh Kon Tum)'], 2025, [['Gia Lai', 1], ['Kon Tum', 2]]],
    ['2024: no merger yet', ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', '(gồm tỉnh Gia Lai và tỉnh Bình Định cũ)'], 2024, [['Gia Lai', 1], ['Bình Định', 2]]],
    ['no year', ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', '(gồm tỉnh Gia Lai và tỉnh Bình Định cũ)'], null, [['Gia Lai', 1], ['Bình Định', 2]]],
  ] as const)('%s: both, none of them the one', (_, title, year, named) => {
    expect(titleProvinces(rows(title), year)).toEqual(named.map(([province, line]) => ({ province, line })));
    expect(titleProvince(rows(title), year)).toBeNull();
  });
});

describe('two provinces\' files of one name, each naming its province in its title', () => {
  const TITLE = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025';
  const gl = ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', TITLE, CASES, 'Phòng THADS khu vực 1,100,90', 'Phòng THADS khu vực 2,200,170'];
  const dl = ['THI HÀNH ÁN DÂN SỰ TỈNH ĐẮK LẮK', TITLE, CASES, 'Phòng THADS khu vực 1,300,240', 'Phòng THADS khu vực 2,400,330'];

  it('are four offices of two provinces: 830 of 1000 cases', async () => {
    const r = await both({ 'gia-lai/bao-cao-viec-2025.csv': gl, 'dak-lak/bao-cao-viec-2025.csv': dl });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual([
      'Gia Lai,Phòng THADS khu vực 1,100,90',
      'Gia Lai,Phòng THADS khu vực 2,200,170',
      'Đắk Lắk,Phòng THADS khu vực 1,300,240',
      'Đắk Lắk,Phòng THADS khu vực 2,400,330',
      ',TOTAL,1000,830',
    ]);
  });

  it('one province\'s file given twice is still refused', async () => {
    const r = await both({ 'a/bao-cao-viec-2025.csv': gl, 'b/bao-cao-viec-2025.csv': [...gl.slice(0, 3), 'Phòng THADS khu vực 1,100,90'] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('b/bao-cao-viec-2025.csv:4: error: cases of "Phòng THADS khu vực 1" (2025) are given again: a/bao-cao-viec-2025.csv:4 already gave them');
  });

  it('a title province agrees with the name\'s: read', async () => {
    const r = await both({ 'gia-lai-viec-2025.csv': gl });
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(['Gia Lai,Phòng THADS khu vực 1,100,90', 'Gia Lai,Phòng THADS khu vực 2,200,170', ',TOTAL,300,260']);
  });
});

describe('a config target of the title\'s province (round 29b, 90)', () => {
  it('applies: 8400/10000 = 84.00 % against Phú Thọ\'s 84.05 is missed by 0.05, 5 cases short', async () => {
    const config = join(dir, 'pt.json');
    writeFileSync(config, JSON.stringify({ targets: { 2025: { provinces: { 'Phú Thọ': { cases: 84.05, money: '52.03' } } } } }));
    const file = ['THI HÀNH ÁN DÂN SỰ TỈNH PHÚ THỌ', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', CASES, 'Phòng THADS khu vực 1,5000,4200', 'Phòng THADS khu vực 2,5000,4200'];
    const r = await both({ 'pt/bao-cao-viec-2025.csv': file }, ['--config', config, '--format', 'json', '--by', 'none']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.cases).toMatchObject({ withConditions: '10000', resolved: '8400', rate: '84.00', target: '84.05', gapPp: '-0.05', required: '8405', met: false });
  });
});

describe('a title that names another province than the file name', () => {
  const lines = (title: string) => [title, CASES, 'Phòng THADS khu vực 1,100,90'];

  it('is refused, at the title\'s line', async () => {
    const r = await both({ 'gia-lai-viec-2025.csv': lines('THADS TỈNH ĐẮK LẮK') });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('gia-lai-viec-2025.csv:1: error: the file name says the province is Gia Lai, but the title (line 1) says Đắk Lắk [PROVINCE_CONFLICT]');
  });

  it('from 2025, a province of the 63 under the one it was merged into agrees: rolled up, said', async () => {
    const r = await both({ 'binh-dinh-viec-2025.csv': lines('THADS TỈNH GIA LAI') });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('[PROVINCE_ROLLED_UP]');
    expect(keyRows(r.stdout)).toEqual(['Gia Lai,Phòng THADS khu vực 1,100,90', ',TOTAL,100,90']);
  });

  it('before 2025 it does not', async () => {
    const r = await both({ 'binh-dinh-viec-2024.csv': [...lines('THADS TỈNH GIA LAI').slice(0, 2), 'Chi cục THADS huyện An Lão,100,90'] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('binh-dinh-viec-2024.csv:1: error: the file name says the province is Bình Định, but the title (line 1) says Gia Lai [PROVINCE_CONFLICT]');
  });

  it('a one-office file named like a province is that office, of the title\'s province (huyện Hòa Bình of Bạc Liêu)', async () => {
    const r = await both({ 'Hoa Binh viec 2019.csv': ['CỤC THADS TỈNH BẠC LIÊU', 'Có điều kiện,Giải quyết xong', '100,90'] });
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(['Bạc Liêu,Hoa Binh,100,90', ',TOTAL,100,90']);
  });

  it('in a workbook, at the sheet\'s row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 01');
    for (const line of [['BỘ TƯ PHÁP'], ['THI HÀNH ÁN DÂN SỰ TỈNH ĐẮK LẮK'], CASES.split(','), ['Phòng THADS khu vực 1', 100, 90]]) ws.addRow(line);
    const file = join(dir, 'gia-lai-viec-2025.xlsx');
    await wb.xlsx.writeFile(file);
    const { io, stdout, stderr } = memoryIo(['summarize', file, '--format', 'csv'], { env: {} });
    expect(await main(io)).toBe(1);
    expect(stdout()).toBe('');
    expect(stderr().split(join(dir, '/')).join('')).toContain('gia-lai-viec-2025.xlsx:Biểu 01!2:2: error: the file name says the province is Gia Lai, but the title (line 2) says Đắk Lắk [PROVINCE_CONFLICT]');
  });
});

describe('a national file, one row per province (round 30, 01)', () => {
  const HEAD = ['BỘ TƯ PHÁP,,,CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ,,,Độc lập - Tự do - Hạnh phúc'];
  const TABLE = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2025', 'STT,Đơn vị,Có điều kiện,Giải quyết xong', '1,Phú Thọ,10000,8400', '2,Gia Lai,20000,16800'];

  it('signed in Hà Nội ("Hà Nội," | "ngày …"): no row is Hà Nội\'s; the TOTAL takes the national 83.9', async () => {
    const config = join(dir, 'hn.json');
    writeFileSync(config, JSON.stringify({ targets: { 2025: { provinces: { 'Hà Nội': { cases: 83.94 }, 'Phú Thọ': { cases: 84.05 } } } } }));
    const r = await both({ 'toan-quoc-viec-2025.csv': [...HEAD, ',,,"Hà Nội,",ngày 15 tháng 10 năm 2025', ...TABLE] }, ['--config', config, '--format', 'csv']);
    expect(r.code).toBe(0);
    const [head, ...body] = r.stdout.trim().split('\n').map((l) => l.split(','));
    const pick = ['province', 'district', 'cases_with_conditions', 'cases_resolved', 'cases_rate', 'cases_target', 'cases_gap_pp', 'cases_required', 'cases_above_target', 'cases_met'].map((c) => head!.indexOf(c));
    // Phú Thọ's row is Phú Thọ (round 76d, 01): 8400/10000 = 84.00 % against its 84.05, −0.05,
    // ⌈0.8405 × 10000⌉ = 8405 required, −5; Gia Lai 16800/20000 = 84.00 % against 83.9, 16780
    // required, 20 above; the TOTAL 25200/30000 = 84.00 % against 83.9, 25170 required, 30 above
    expect(body.map((row) => pick.map((i) => row[i]).join(','))).toEqual([
      ',Phú Thọ,10000,8400,84.00,84.05,-0.05,8405,-5,false',
      ',Gia Lai,20000,16800,84.00,83.9,0.10,16780,20,true',
      ',TOTAL,30000,25200,84.00,83.9,0.10,25170,30,true',
    ]);
    expect(r.stderr).toContain('the target for province "Hà Nội" (2025) matches no province of the input; "Gia Lai" takes no province target of the config [TARGET_UNMATCHED]');
  });

  const PROVINCES = ['Đơn vị,Có điều kiện,Giải quyết xong', 'Gia Lai,100,80', 'Kon Tum,200,150'];
  it.each([
    ['an unquoted "Hà Nội, ngày …"', ['TỔNG CỤC THI HÀNH ÁN DÂN SỰ', 'Hà Nội, ngày 15 tháng 10 năm 2019', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019']],
    ['a recipient line', ['TỔNG CỤC THI HÀNH ÁN DÂN SỰ', 'Nơi nhận: Cục THADS tỉnh Gia Lai; Lưu: VT']],
    ['an annex line', ['TỔNG CỤC THI HÀNH ÁN DÂN SỰ', '(Kèm theo Báo cáo số 25/BC-TCTHADS ngày 15/10/2019 của Tổng cục THADS gửi UBND thành phố Hà Nội)']],
    // the title names a province, but the rows are provinces themselves
    ['a title naming a province over rows that are provinces', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA CỤC THADS THÀNH PHỐ HÀ NỘI VÀ CÁC TỈNH NĂM 2019']],
  ])('%s sets no province: 230 of 300 cases, no province', async (_, head) => {
    const r = await both({ 'tong-hop-viec-2019.csv': [...head, ...PROVINCES] });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual([',Gia Lai,100,80', ',Kon Tum,200,150', ',TOTAL,300,230']);
  });

  it('rows naming "Cục THADS tỉnh X" under another province\'s title: none of them is the title\'s', async () => {
    const r = await both({ 'tong-hop-viec-2019.csv': ['CỤC THADS THÀNH PHỐ HÀ NỘI', 'Đơn vị,Có điều kiện,Giải quyết xong', 'Cục THADS tỉnh Gia Lai,100,80', 'Cục THADS thành phố Hà Nội,300,250'] });
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual([',Cục THADS tỉnh Gia Lai,100,80', ',Cục THADS thành phố Hà Nội,300,250', ',TOTAL,400,330']);
  });

  it('a province\'s file whose first row is named like a province (huyện Hòa Bình of Bạc Liêu) keeps the title\'s province', async () => {
    const r = await both({ 'bao-cao-viec-2019.csv': ['CỤC THADS TỈNH BẠC LIÊU', 'Đơn vị,Có điều kiện,Giải quyết xong', 'Hòa Bình,100,80', 'Chi cục THADS huyện Giá Rai,200,150'] });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(['Bạc Liêu,Hòa Bình,100,80', 'Bạc Liêu,Chi cục THADS huyện Giá Rai,200,150', ',TOTAL,300,230']);
  });

  it('its own Cục named in its rows keeps the title\'s province', async () => {
    const r = await both({ 'bao-cao-viec-2019.csv': ['CỤC THADS TỈNH GIA LAI', 'Đơn vị,Có điều kiện,Giải quyết xong', 'Cục THADS tỉnh Gia Lai,100,80'] });
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(['Gia Lai,Cục THADS tỉnh Gia Lai,100,80', ',TOTAL,100,80']);
  });
});

describe('a file name of the old name under the title\'s current one (round 30, 90)', () => {
  const lines = ['THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HUẾ', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025', CASES, 'Phòng THADS khu vực 1,100,80'];

  it('"thua-thien-hue-…-2025" under "THÀNH PHỐ HUẾ": Huế, as 2025 names it', async () => {
    const r = await both({ 'thua-thien-hue-viec-2025.csv': lines });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(['Huế,Phòng THADS khu vực 1,100,80', ',TOTAL,100,80']);
  });

  it('before 2025 the name\'s Thừa Thiên Huế stays', async () => {
    const r = await both({ 'thua-thien-hue-viec-2024.csv': [lines[0]!, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024', CASES, 'Chi cục THADS huyện Phú Vang,100,80'] });
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(['Thừa Thiên Huế,Chi cục THADS huyện Phú Vang,100,80', ',TOTAL,100,80']);
  });
});

describe('a second title line naming the provinces merged into the first line\'s (round 34, 04)', () => {
  const BODY = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC', 'STT,Đơn vị,Có điều kiện,Thi hành xong,Đình chỉ'];
  const GL = ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', '(gồm tỉnh Gia Lai và tỉnh Bình Định cũ)', ...BODY, '1,Phòng THADS khu vực 1,100,80,5', '2,Phòng THADS khu vực 2,200,150,10'];
  const QN = ['THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG NGÃI', ...BODY, '1,Phòng THADS khu vực 1,150,120,0', '2,Phòng THADS khu vực 2,250,200,10'];
  const BY_PROVINCE = ['--by', 'province', '--format', 'csv'];

  it.each([
    ['(gồm tỉnh Gia Lai và tỉnh Bình Định cũ)', 'Gia Lai'],
    ['(Sau sáp nhập tỉnh Gia Lai và tỉnh Bình Định)', 'Gia Lai'],
    ['(hợp nhất tỉnh Gia Lai và tỉnh Bình Định)', 'Gia Lai'],
    ['(gồm tỉnh Bình Định cũ)', 'Gia Lai'],
    ['Phạm vi: tỉnh Gia Lai và tỉnh Bình Định cũ', 'Gia Lai'],
  ])('under "TỈNH GIA LAI", %s: Gia Lai, 245 of 300 (80+5 + 150+10)', async (second, province) => {
    const r = await both({ 'bao-cao-viec-2025.csv': [GL[0]!, second, ...GL.slice(2)] }, BY_PROVINCE);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual([`${province},,300,245`, ',TOTAL,300,245']);
  });

  it('"(Sau sáp nhập tỉnh Quảng Ngãi và tỉnh Kon Tum)" under "TỈNH QUẢNG NGÃI": Quảng Ngãi, 330 of 400', async () => {
    const r = await both({ 'bao-cao-viec-2025.csv': [QN[0]!, '(Sau sáp nhập tỉnh Quảng Ngãi và tỉnh Kon Tum)', ...QN.slice(1)] }, BY_PROVINCE);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(['Quảng Ngãi,,400,330', ',TOTAL,400,330']);
  });

  it('two provinces\' files, each with its khu vực 1 and 2: Gia Lai 245/300, Quảng Ngãi 330/400, TOTAL 575/700 = 82.14 %', async () => {
    const r = await both({ '04-gl-viec-2025.csv': GL, '04-qn-viec-2025.csv': QN });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual([
      'Gia Lai,Phòng THADS khu vực 1,100,85',
      'Gia Lai,Phòng THADS khu vực 2,200,160',
      'Quảng Ngãi,Phòng THADS khu vực 1,150,120',
      'Quảng Ngãi,Phòng THADS khu vực 2,250,210',
      ',TOTAL,700,575',
    ]);
    const [head, ...body] = r.stdout.trim().split('\n').map((l) => l.split(','));
    expect(body.at(-1)![head!.indexOf('cases_rate')]).toBe('82.14');
  });

  it('the year only in a Năm column (round 35, 01): folded with the rows\' year; two departments\' files are not one office twice', async () => {
    const nam = (title: string, second: string, rows: string[]) => [title, second, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', 'Năm,Đơn vị,Có điều kiện,Giải quyết xong', ...rows];
    const r = await both(
      {
        'gl-nam-viec.csv': nam('THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', '(gồm tỉnh Gia Lai và tỉnh Bình Định cũ)', ['2025,Phòng THADS khu vực 1,1000,800', '2025,Phòng THADS khu vực 2,2000,1500']),
        'dl-nam-viec.csv': nam('THI HÀNH ÁN DÂN SỰ TỈNH ĐẮK LẮK', '(gồm tỉnh Đắk Lắk và tỉnh Phú Yên cũ)', ['2025,Phòng THADS khu vực 1,500,300', '2025,Phòng THADS khu vực 2,700,600']),
      },
      BY_PROVINCE,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(['Gia Lai,,3000,2300', 'Đắk Lắk,,1200,900', ',TOTAL,4200,3200']);
  });

  it('a title naming two provinces that stay two (2025), over bare offices: read without a province, and said', async () => {
    const r = await both({ 'bao-cao-viec-2025.csv': ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI VÀ TỈNH ĐẮK LẮK', ...GL.slice(2)] }, BY_PROVINCE);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'bao-cao-viec-2025.csv:1: warning: the title names Gia Lai (line 1) and Đắk Lắk (line 1): which province the rows are of cannot be told, so they are read without one [PROVINCE_UNDECIDED]',
    );
    expect(keyRows(r.stdout)).toEqual([',,300,245', ',TOTAL,300,245']);
  });

  it('2024: "gồm tỉnh A và tỉnh B cũ" is not folded: no province, said at line 2', async () => {
    const r = await both({ 'bao-cao-viec-2024.csv': [GL[0]!, GL[1]!, ...BODY, '1,Chi cục THADS huyện Chư Sê,100,80,5'] }, BY_PROVINCE);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('bao-cao-viec-2024.csv:2: warning: the title names Gia Lai (line 1) and Bình Định (line 2): which province the rows are of cannot be told, so they are read without one [PROVINCE_UNDECIDED]');
    expect(keyRows(r.stdout)).toEqual([',,100,85', ',TOTAL,100,85']);
  });

  it('a file named after its province under a two-province title keeps the name\'s, unsaid', async () => {
    const r = await both({ 'gia-lai-viec-2025.csv': ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI VÀ TỈNH ĐẮK LẮK', ...GL.slice(2)] }, BY_PROVINCE);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual(['Gia Lai,,300,245', ',TOTAL,300,245']);
  });

  it('a two-province title over rows that are provinces (a report by province): no warning', async () => {
    const r = await both({ 'tong-hop-viec-2025.csv': ['BÁO CÁO CỦA TỈNH GIA LAI VÀ TỈNH ĐẮK LẮK', 'Đơn vị,Có điều kiện,Giải quyết xong', 'Gia Lai,100,80', 'Đắk Lắk,200,150'] });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(keyRows(r.stdout)).toEqual([',Gia Lai,100,80', ',Đắk Lắk,200,150', ',TOTAL,300,230']);
  });
});
