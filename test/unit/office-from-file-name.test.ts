// The year in a per-office file name belongs to the figures, not to the office (issue 17).
import { describe, expect, it } from 'vitest';
import { measureFromFileName, officeFromFileName, placeOfFileName, provinceForRows, yearFromFileName, yearsOfFileName, yearsOfName } from '../../src/input/file-names.js';
import { yearFromTitle } from '../../src/input/stated-years.js';

describe('officeFromFileName', () => {
  it.each([
    ['Phòng THADS khu vực 1 - 2026.csv', 'Phòng THADS khu vực 1'],
    ['data/Mỹ Lộc 2019.csv', 'Mỹ Lộc'],
    ['2019_Mỹ Lộc.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc (năm 2019).csv', 'Mỹ Lộc'],
    ['Mỹ Lộc [2019].csv', 'Mỹ Lộc'],
    ['Mỹ Lộc, năm 2019.csv', 'Mỹ Lộc'],
    ['Chi cục Vụ Bản-2019.csv', 'Chi cục Vụ Bản'],
    ['Hà Nam 2019.csv', 'Hà Nam'],
    ['Chi cục Nam Trực - năm 2019.csv', 'Chi cục Nam Trực'],
    ['Khu vực 2 2026 bao cao.csv', 'Khu vực 2'],
    ['bao-cao-2019.csv', 'bao-cao'],
    // no year: the name as it is, numbers of offices included
    ['Quận 1.csv', 'Quận 1'],
    ['Mỹ Lộc 20190.csv', 'Mỹ Lộc 20190'],
    // nothing but the year: the name stays (it is all the file says)
    ['2019.csv', '2019'],
    // with the marks of a copy (issue 12): a copy is the same office
    ['Mỹ Lộc 2019 (1).csv', 'Mỹ Lộc'],
    ['Mỹ Lộc (1) - 2019.csv', 'Mỹ Lộc'],
    ['2019 (1).csv', '2019'],
    ['Copy of Phòng THADS khu vực 1 - 2026.csv', 'Phòng THADS khu vực 1'],
    // a short name's or a backup's "~1" is a copy's mark, never an office's (read as "Mỹ Lộc ~1", a changed copy was summed)
    ['Mỹ Lộc 2019~1.csv', 'Mỹ Lộc'],
    ['Mỹ Lộc~2.csv', 'Mỹ Lộc'],
    ['Quận 1 ~1.csv', 'Quận 1'],
    ['Phòng THADS khu vực 1 - 2026~1.csv', 'Phòng THADS khu vực 1'],
  ])('%s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });

  it('reads a file name written in NFD (macOS) as NFC', () => {
    expect(officeFromFileName('Mỹ Lộc - năm 2019.csv'.normalize('NFD'))).toBe('Mỹ Lộc');
  });

  it('takes out the year yearFromFileName reads (and any other: a year is never part of an office)', () => {
    expect(yearFromFileName('Khu vực 2 - 2026.csv')).toBe(2026);
    expect(officeFromFileName('Khu vực 2 - 2026.csv')).toBe('Khu vực 2');
    expect(officeFromFileName('Khu vực 2 - 2026 - 2025.csv')).toBe('Khu vực 2');
  });
});

describe('placeOfFileName: the words of a measure and a form, and the province, are no part of an office (findings 04, 08)', () => {
  it.each([
    ['Mỹ Lộc - việc - 2019.csv', 'Mỹ Lộc', null],
    ['Mỹ Lộc - tiền - 2019.csv', 'Mỹ Lộc', null],
    ['Mỹ Lộc viec 2019.csv', 'Mỹ Lộc', null],
    ['My Loc tien 2019.csv', 'My Loc', null],
    ['Mỹ Lộc cases 2019.csv', 'Mỹ Lộc', null],
    ['BC Vụ Bản money.csv', 'Vụ Bản', null],
    ['Biểu 07 - Phòng THADS khu vực 1 - việc.csv', 'Phòng THADS khu vực 1', null],
    ['Báo cáo Mỹ Lộc việc 2019.csv', 'Mỹ Lộc', null],
    ['Tiền Hải viec 2019.csv', 'Tiền Hải', null],
    ['Chi cục THADS huyện Mỹ Lộc, tỉnh Nam Định 2019.csv', 'Chi cục THADS huyện Mỹ Lộc', 'Nam Định'],
    ['Chi cục THADS huyện Mỹ Lộc tỉnh Nam Định 2019.csv', 'Chi cục THADS huyện Mỹ Lộc', 'Nam Định'],
    ['Mỹ Lộc - Nam Định 2019.csv', 'Mỹ Lộc', 'Nam Định'],
    ['Nam Dinh - My Loc - viec - 2019.csv', 'My Loc', 'Nam Định'],
    ['Phòng THADS khu vực 1 - Ninh Bình - tiền.csv', 'Phòng THADS khu vực 1', 'Ninh Bình'],
    // a unit named like its province stays whole; a province's own file is the province
    ['Chi cục THADS thành phố Nam Định 2019.csv', 'Chi cục THADS thành phố Nam Định', null],
    ['Nam Dinh 2019.csv', 'Nam Dinh', 'Nam Định'],
    ['Hà Nam 2019.csv', 'Hà Nam', 'Hà Nam'],
    ['Tiền Giang - tiền - 2019.csv', 'Tiền Giang', 'Tiền Giang'],
    ['viec 2019.csv', 'viec', null],
  ])('%s → %s (province %s)', (file, office, province) => {
    expect(placeOfFileName(file)).toEqual({ office, province });
    expect(officeFromFileName(file)).toBe(office);
  });
});

describe('provinceForRows: a bare province\'s name is no province of a file that is one office (round 16, finding 02)', () => {
  it.each([
    // districts named like another province: Hòa Bình of Bạc Liêu, Quảng Ninh of Quảng Bình
    ['Hoa Binh viec 2019.csv', 'Hòa Bình', null],
    ['02-Hoa Binh viec 2019.csv', 'Hòa Bình', null],
    ['Quang Ninh viec 2019.csv', 'Quảng Ninh', null],
    ['Hà Nam 2019.csv', 'Hà Nam', null],
    // the name sets the province apart, or calls it one
    ['Hoa Binh - Bac Lieu viec 2019.csv', 'Bạc Liêu', 'Bạc Liêu'],
    ['Chi cục THADS huyện Hòa Bình, tỉnh Bạc Liêu 2019.csv', 'Bạc Liêu', 'Bạc Liêu'],
    ['Cục THADS tỉnh Hòa Bình 2019.csv', 'Hòa Bình', 'Hòa Bình'],
    ['Tinh Hoa Binh viec 2019.csv', 'Hòa Bình', 'Hòa Bình'],
    ['Tỉnh Quảng Ninh 2019.csv', 'Quảng Ninh', 'Quảng Ninh'],
    // "Tĩnh" of Hà Tĩnh is no "tỉnh"
    ['Ha Tinh 2019.csv', 'Hà Tĩnh', null],
    ['Huyen Hoa Binh viec 2019.csv', null, null],
  ])('%s: %s in a file of offices, %s in a file that is one office', (file, ofOffices, ofOne) => {
    expect(provinceForRows(file, false)).toBe(ofOffices);
    expect(provinceForRows(file, true)).toBe(ofOne);
  });
});

describe('measureFromFileName', () => {
  it.each([
    ['bao-cao-tien-2019.csv', 'money'],
    ['Báo cáo tiền năm 2019.csv', 'money'],
    ['BIEU 02 - TIEN.csv', 'money'],
    ['tien-an-phi-2019.csv', 'money'],
    ['bao-cao-viec-2019.csv', 'cases'],
    ['Việc - Mỹ Lộc.csv', 'cases'],
    // place names that begin with Tiền/Tiên: no measure (the headers must say it)
    ['Tiền Hải - 2019.csv', null],
    ['Tiền Giang 2019.csv', null],
    ['Tiên Du.csv', null],
    ['Tiên Lãng - tiền - 2019.csv', 'money'],
    ['Tiền Giang - việc - 2019.csv', 'cases'],
    ['bao-cao-2019.csv', null],
    // other tones of the same letters are other words: "tiến độ" (progress) is no money
    ['Báo cáo tiến độ THA 2019.csv', null],
    ['Báo cáo tiến độ - việc - 2019.csv', 'cases'],
    ['Bao cao tien do 2019.csv', null],
    ['bao-cao-tien-2019.csv', 'money'],
  ])('%s → %s', (file, measure) => {
    expect(measureFromFileName(file)).toBe(measure);
  });
});

describe('yearFromTitle', () => {
  it.each([
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019'], 2019],
    [['Báo cáo', '(Từ ngày 01/10/2018 đến ngày 30/9/2019)'], 2019],
    [['KẾT QUẢ NĂM 2019 (từ 01/10/2018 đến 30/9/2019)'], 2019],
    [['Year 2026 report'], 2026],
    // a legal citation's years are not the report's
    [['Biểu số 07/TK-THA, ban hành theo Thông tư số 01/2013/TT-BTP ngày 03 tháng 01 năm 2013', 'NĂM 2019'], 2019],
    // a comparison's year is not the figures'
    [['NĂM 2019 so với năm 2018'], 2019],
    // two years of equal standing: none is taken
    [['NĂM 2019 VÀ NĂM 2020'], null],
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ'], null],
  ])('%j → %s', (lines, year) => expect(yearFromTitle(lines.map((l) => [l]))).toBe(year));
});

describe('yearFromTitle: the statistics year of a period (1 October – 30 September)', () => {
  it.each([
    [['(Từ ngày 01/10/2019 đến ngày 31/12/2019)'], 2020],
    [['BÁO CÁO 3 THÁNG ĐẦU NĂM 2020 (từ 01/10/2019 đến 31/12/2019)'], 2020],
    [['(Từ 01/10/2018 đến 30/9/2019)'], 2019],
    [['Nam Định, ngày 15 tháng 01 năm 2020', 'BÁO CÁO NĂM 2019'], 2019],
  ])('%j → %s', (lines, year) => expect(yearFromTitle(lines.map((l) => [l]))).toBe(year));
});

describe('yearFromTitle: the first year stated is the figures\'; a later comparison or plan does not make it two', () => {
  it.each([
    [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2020'], 2019],
    [['Số liệu từ 01/10/2018 đến 30/9/2019 (cùng kỳ: từ 01/10/2017 đến 30/9/2018)'], 2019],
    [['Kết quả năm 2019, kế hoạch năm 2020'], 2019],
    [['BÁO CÁO KẾT QUẢ NĂM 2019', '(So với cùng kỳ năm 2018)'], 2019],
    [['BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2019'], 2019],
    [['BÁO CÁO KẾT QUẢ NĂM 2019 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2020', '(Từ ngày 01/10/2018 đến ngày 30/9/2019)'], 2019],
  ])('%j → %s', (lines, year) => expect(yearFromTitle(lines.map((l) => [l]))).toBe(year));

  it.each([
    // the title's own period says another year than its "năm": which is meant cannot be told
    [['NĂM 2019', '(từ 01/10/2019 đến 31/12/2019)']],
    // an aside ends with its bracket: the period after it stands
    [['NĂM 2019 (so với năm 2018) từ 01/10/2019 đến 31/12/2019']],
  ])('%j → null', (lines) => expect(yearFromTitle(lines.map((l) => [l]))).toBeNull());
});

describe('yearFromTitle: a quarter of a calendar year (quý IV is October to December: the next statistics year)', () => {
  it.each([
    ['KẾT QUẢ THI HÀNH ÁN DÂN SỰ QUÝ IV NĂM 2018', 2019],
    ['Quý 4/2018', 2019],
    ['Q4.2018', 2019],
    ['quy IV nam 2018', 2019],
    ['QUÝ III NĂM 2019', 2019],
    ['QUÝ I NĂM 2019', 2019],
    ['BÁO CÁO QUÝ IV NĂM 2018 (từ 01/10/2018 đến 31/12/2018)', 2019],
    // six months from the start of the year: of that year whether counted from January or from October
    ['BÁO CÁO 6 THÁNG ĐẦU NĂM 2019', 2019],
  ])('%s → %s', (line, year) => expect(yearFromTitle([[line]])).toBe(year));

  it('quý IV beside a "năm" of the same calendar year states two statistics years', () => {
    expect(yearFromTitle([['BÁO CÁO NĂM 2018'], ['QUÝ IV NĂM 2018']])).toBeNull();
  });
});

describe('yearFromTitle: a month, or months, of a calendar year (October to December are of the next statistics year)', () => {
  it.each([
    ['tháng 10 năm 2019', 2020],
    ['THÁNG 9 NĂM 2019', 2019],
    ['tháng 10/2019', 2020],
    ['Tháng 10-2018', 2019],
    ['T10.2018', 2019],
    ['T10/2018', 2019],
    ['T9.2019', 2019],
    ['thang 10 nam 2019', 2020],
    ['3T (10-12.2018)', 2019],
    ['3 tháng (10-12/2018)', 2019],
    ['tháng 10-12/2018', 2019],
    ['01.10.2019 den 31.12.2019', 2020],
    ['BC 3 thang tu 01.10.2019 den 31.12.2019', 2020],
    ['BC 01.10.2018-30.9.2019', 2019],
    ['(Từ ngày 01 tháng 10 năm 2018 đến ngày 30 tháng 9 năm 2019)', 2019],
    ['BÁO CÁO THÁNG 10 NĂM 2019 (từ 01/10/2019 đến 31/10/2019)', 2020],
    // "12 tháng", "10 tháng": months counted, not a month: the year is the "năm"'s
    ['BÁO CÁO 12 THÁNG NĂM 2019', 2019],
    ['BÁO CÁO 10 THÁNG NĂM 2019', 2019],
    // a circular (TT06-2019) is no month; "năm 2022" is the report's
    ['Bieu 07 TT06-2019 nam 2022', 2022],
  ])('%s → %s', (line, year) => expect(yearFromTitle([[line]])).toBe(year));

  it.each([
    // dates or months of two statistics years: none is taken
    'T9.2019 - T10.2019',
    'tháng 9-10/2019',
    'BC 01.10.2018 - 31.12.2019',
    'NĂM 2019 (từ 01/10/2019 đến 31/12/2019)',
    // the day of signing, written out or left blank for the pen, is no statistics year
    'Nam Định, ngày 15 tháng 10 năm 2019',
    'Nam Định, ngày    tháng 10 năm 2019',
    'Nam Định, ngày … tháng … năm 2020',
    // a day with no from/to: an export's, not a period's
    'xuat-ngay-2020-01-15',
    'xuất ngày 15.10.2019',
  ])('%s → null', (line) => expect(yearFromTitle([[line]])).toBeNull());

  it('a dateline below a title of a month does not take its year away', () => {
    expect(yearFromTitle([['BÁO CÁO THÁNG 10 NĂM 2019'], ['Nam Định, ngày 05 tháng 11 năm 2019']])).toBe(2020);
  });
});

describe('yearsOfFileName / yearsOfName: a name read as a title, else its 4-digit years (SPEC §3)', () => {
  it.each([
    ['02-BC 3 thang tu 01.10.2019 den 31.12.2019.csv', [2020]],
    ['BC thang 10 nam 2019.csv', [2020]],
    ['BC T10.2018.xlsx', [2019]],
    ['Bieu 07 TT06-2019 nam 2022.csv', [2022]],
    ['2019.csv', [2019]],
    ['xuat-ngay-2020-01-15.csv', [2020]],
    ['Bao cao 2019-2020.csv', [2019, 2020]],
    ['BC T9.2019 - T10.2019.csv', [2019, 2020]],
    ['BC nam 2019 va phuong huong nhiem vu nam 2020.csv', [2019]],
    ['BC quy IV nam 2018.csv', [2019]],
    ['Mỹ Lộc.csv', []],
  ])('%s → %j', (file, years) => expect(yearsOfFileName(file)).toEqual(years));

  it.each([
    ['T10.2018', [2019]],
    ['Tháng 10-2018', [2019]],
    ['3T (10-12.2018)', [2019]],
    ['T10.2019', [2020]],
    ['2018', [2018]],
    ['Năm 2019', [2019]],
    ['Biểu 07', []],
  ])('sheet %s → %j', (name, years) => expect(yearsOfName(name)).toEqual(years));
});
