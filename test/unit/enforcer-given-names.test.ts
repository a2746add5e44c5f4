// An enforcer whose given name is also one of the agency's designators (work89a 01): "Thạch Tha" (a
// Khmer name common in Trà Vinh and Sóc Trăng), "Lê Văn Đội", "Nguyễn Văn Phòng" under their Chi cục
// in a form by enforcer were refused NOT_AN_OFFICE — the name read as an office's ("THA", "đội",
// "phòng"). A person's given name comes last; an office's designator comes before its place.
import { describe, expect, it } from 'vitest';
import { namesOfficeNotPerson } from '../../src/input/by-enforcer.js';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-enf-given-names-', ['--format', 'csv']);

const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH TRÀ VINH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC CỦA CHẤP HÀNH VIÊN NĂM 2019',
  '(Từ ngày 01/10/2018 đến ngày 30/9/2019)', ';;;;;Đơn vị tính: việc', 'STT;Đơn vị;Có điều kiện;Thi hành xong;Đình chỉ;Giải quyết xong'];
const form = (second: string) => [...TITLE,
  '1;Chi cục THADS huyện Trà Cú;300;200;20;220', ';Trần Văn Bình;120;80;8;88', `;${second};180;120;12;132`,
  '2;Chi cục THADS huyện Cầu Ngang;200;150;10;160', ';Lê Thị Hoa;200;150;10;160', ';Tổng cộng;500;350;30;380'];

/** district, with conditions, resolved, rate */
const rows = (csv: string) => csv.trim().split('\n').slice(1).map((l) => { const c = l.split(','); return [c[1], c[9], c[18], c[20]].join(' '); });
// By hand: Trà Cú 120 + 180 = 300, 88 + 132 = 220 (its line); Cầu Ngang 200 / 160;
// total 500 / 380, 380/500 = 76.00 %; 220/300 = 73.33; 160/200 = 80.00.
const READ = ['Chi cục THADS huyện Trà Cú 300 220 73.33', 'Chi cục THADS huyện Cầu Ngang 200 160 80.00', 'TOTAL 500 380 76.00'];

describe('a given name that is also a designator is a person\'s', () => {
  for (const name of ['Thạch Tha', 'Lê Văn Đội', 'Nguyễn Văn Phòng', 'Trần Văn Quận', 'Lâm Thị Cục', 'THẠCH THA']) {
    it(`"${name}" under Trà Cú is its enforcer (was NOT_AN_OFFICE)`, async () => {
      const r = await both('tra-vinh-theo-chv-2019.csv', form(name));
      expect(r.code, r.stderr).toBe(0);
      expect(rows(r.stdout)).toEqual(READ);
      expect(r.stdout).not.toContain(name);
    });
  }
  it('the rule itself', () => {
    for (const person of ['Thạch Tha', 'Lê Văn Đội', 'Nguyễn Văn Phòng', 'Trần Văn Quận', 'Kim Thị Huyện']) expect(namesOfficeNotPerson(person), person).toBe(false);
  });
});

describe('controls: designators before their place still name offices', () => {
  it('office names keep their reading', () => {
    for (const office of ['THA huyện Trà Cú', 'Phòng THADS khu vực 3', 'Cục THADS tỉnh Trà Vinh', 'Đội THA huyện Cầu Kè', 'Văn phòng Cục',
      'Chi cục THADS thị xã Duyên Hải', 'Huyện Trà Cú', 'Quận 1', 'Phòng Nghiệp vụ và Tổ chức THADS', 'Cục', 'Thành phố Trà Vinh', 'KV 3', 'Trà Cú - THADS',
      // not written as a person's name is (work90a 04: "I | VP Cục" over its enforcers was SECTION_ROW_MISMATCH)
      'VP Cục', 'Lãnh đạo Cục', 'Lãnh đạo Phòng', 'VP Phòng', 'Trưởng phòng',
      // the Chi cục's shortenings (work90a 02: "CC Vụ Bản" under "2 | Chi cục Mỹ Lộc" with its figures was read as its enforcer, dropped)
      'CC Vụ Bản', 'CCTHA Vụ Bản', 'CC THA DS Vụ Bản', 'CC THADS Vụ Bản']) {
      expect(namesOfficeNotPerson(office), office).toBe(true);
    }
  });
  it('an office line named "Phòng THADS khu vực 2" under the form is still an office, its enforcer counted once', async () => {
    const r = await both('tra-vinh-theo-chv-2019.csv', [...TITLE, '1;Phòng THADS khu vực 2;300;200;20;220', ';Trần Văn Bình;120;80;8;88', ';Thạch Tha;180;120;12;132', ';Tổng cộng;300;200;20;220']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['Phòng THADS khu vực 2 300 220 73.33', 'TOTAL 300 220 73.33']);
  });
  it('"I | VP Cục" over its enforcers numbered 1, 2 is the Cục\'s office line (work90a 04: was SECTION_ROW_MISMATCH)', async () => {
    // By hand: VP Cục 40 + 30 = 70, 35 + 26 = 61; Vụ Bản 180 + 120 = 300, 150 + 100 = 250; total 370 / 311, 84.05 %
    const r = await both('nam-dinh-chv-2019.csv', ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC CỦA CHẤP HÀNH VIÊN NĂM 2019',
      'Đơn vị tính: việc', 'STT;Đơn vị;Có điều kiện;Đã giải quyết xong', 'I;VP Cục;70;61', '1;Nguyễn Văn An;40;35', '2;Trần Thị Bình;30;26',
      'II;Chi cục THADS huyện Vụ Bản;300;250', '1;Lê Văn Cường;180;150', '2;Phạm Thị Dung;120;100', ';Tổng cộng;370;311']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').slice(1).map((l) => { const c = l.split(','); return [c[1], c[9], c[18]].join(' '); });
    expect(lines).toEqual(['VP Cục 70 61', 'Chi cục THADS huyện Vụ Bản 300 250', 'TOTAL 370 311']);
  });
  it('"CC Vụ Bản" without STT under "2 | Chi cục Mỹ Lộc" with its very figures is an office (was dropped as its enforcer: 933 for 981)', async () => {
    // By hand: 95 + 48 + 48 + 410 = 601 accepted; 70 + 31 + 31 + 302 = 434 with conditions; 61 + 27 + 27 + 265 = 380 resolved, 87.56 %
    const r = await both('nam-dinh-2019.csv', ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019', 'Đơn vị tính: việc',
      'STT;Đơn vị;Tổng số thụ lý;Có điều kiện thi hành;Giải quyết xong', '1;Cục THADS tỉnh;95;70;61', '2;Chi cục Mỹ Lộc;48;31;27', ';CC Vụ Bản;48;31;27', '3;Chi cục Ý Yên;410;302;265']);
    expect(r.code, r.stderr).toBe(0);
    const total = r.stdout.trim().split('\n').at(-1)!.split(',');
    expect([total[1], total[5], total[9], total[18], total[20]]).toEqual(['TOTAL', '601', '434', '380', '87.56']);
  });
});
