// The province's own office under another label the next year: 2024's "Văn phòng Cục" of the Cục
// THADS tỉnh Hà Tĩnh is 2025's "Văn phòng" of THADS tỉnh Hà Tĩnh, a province the merger of 1/7/2025
// left whole (traps23 3: compared with nothing, and the total not at all, ONE_YEAR_ONLY). Also
// "Cấp tỉnh" against "Văn phòng Cục" of two years before the merger. A merged province's own office
// against one former Cục's stays compared with nothing. Changes worked by hand below.
import { describe, expect, it } from 'vitest';
import { bothOnFiles, bothReaders } from '../helpers/both-readers.js';

const HEAD = 'STT;Đơn vị;Có điều kiện;Giải quyết xong';
const title = (agency: string, year: number) => [`${agency};;;`, `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM ${year};;;`, HEAD];
const { dir, write } = bothReaders('thads-own-office-relabelled-', []);

interface Out { groups: { district: string; cases: { rateChange: string | null } }[]; total: { cases: { rateChange: string | null } } }
const changes = (stdout: string) => {
  const out = JSON.parse(stdout) as Out;
  return { groups: out.groups.map((g) => [g.district, g.cases.rateChange]), total: out.total.cases.rateChange };
};

describe('the province\'s own office relabelled', () => {
  it('Hà Tĩnh 2025 "Văn phòng" against 2024 "Văn phòng Cục": compared, and the total', async () => {
    const previous = write('ha-tinh-2024.csv', [...title('CỤC THI HÀNH ÁN DÂN SỰ TỈNH HÀ TĨNH', 2024), '1;Văn phòng Cục;200;150', '2;Chi cục THADS thành phố Hà Tĩnh;1000;800', '3;Chi cục THADS huyện Thạch Hà;600;500', '4;Chi cục THADS huyện Cẩm Xuyên;700;560', '5;Chi cục THADS huyện Kỳ Anh;400;300', '6;Chi cục THADS thị xã Kỳ Anh;300;270', ';Tổng cộng;3200;2580']);
    const config = write('cfg.json', [JSON.stringify({ mergedOffices: { 'Phòng THADS khu vực 1': ['Chi cục THADS thành phố Hà Tĩnh', 'Thạch Hà'], 'Phòng THADS khu vực 2': ['Cẩm Xuyên', 'Huyện Kỳ Anh', 'Thị xã Kỳ Anh'] } })]);
    const r = await bothOnFiles(dir, { 'ha-tinh-2025.csv': [...title('THI HÀNH ÁN DÂN SỰ TỈNH HÀ TĨNH', 2025), '1;Văn phòng;250;200', '2;Phòng THADS khu vực 1;1700;1450', '3;Phòng THADS khu vực 2;1500;1260', ';Tổng cộng;3450;2910'] }, ['--previous', previous, '--config', config, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('ONE_YEAR_ONLY');
    // Văn phòng: 200/250 = 80 % − 150/200 = 75 %: +5.00
    // khu vực 1: 1450/1700 = 85.294 % − (800 + 500)/(1000 + 600) = 81.25 %: +4.04
    // khu vực 2: 1260/1500 = 84 % − (560 + 300 + 270)/(700 + 400 + 300) = 1130/1400 = 80.714 %: +3.29
    // total: 2910/3450 = 84.348 % − 2580/3200 = 80.625 %: +3.72
    expect(changes(r.stdout)).toEqual({ groups: [['Văn phòng', '5.00'], ['Phòng THADS khu vực 1', '4.04'], ['Phòng THADS khu vực 2', '3.29']], total: '3.72' });
  });

  it('Nam Định 2019 "Cấp tỉnh" against 2018 "Văn phòng Cục" (both before the merger)', async () => {
    const previous = write('nam-dinh-2018.csv', [...title('CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 2018), '1;Văn phòng Cục;200;150', '2;Chi cục THADS huyện Mỹ Lộc;1000;800', ';Tổng cộng;1200;950']);
    const r = await bothOnFiles(dir, { 'nam-dinh-2019.csv': [...title('CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH', 2019), '1;Cấp tỉnh;250;200', '2;Chi cục THADS huyện Mỹ Lộc;1100;900', ';Tổng cộng;1350;1100'] }, ['--previous', previous, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('ONE_YEAR_ONLY');
    // Cấp tỉnh: 80 % − 75 % = +5.00; Mỹ Lộc: 900/1100 = 81.818 % − 80 % = +1.82; total: 1100/1350 = 81.481 % − 950/1200 = 79.167 %: +2.31
    const c = changes(r.stdout);
    expect(new Map(c.groups as [string, string][])).toEqual(new Map([['Cấp tỉnh', '5.00'], ['Chi cục THADS huyện Mỹ Lộc', '1.82']]));
    expect(c.total).toBe('2.31');
  });

  it('the new Ninh Bình\'s "Văn phòng" is never the old Ninh Bình\'s "Văn phòng Cục" alone', async () => {
    const previous = write('ninh-binh-2024.csv', [...title('CỤC THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 2024), '1;Văn phòng Cục;200;150', '2;Chi cục THADS thành phố Ninh Bình;1000;800', ';Tổng cộng;1200;950']);
    const r = await bothOnFiles(dir, { 'ninh-binh-2025.csv': [...title('THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH', 2025), '1;Văn phòng;250;200', '2;Phòng THADS khu vực 1;1700;1450', ';Tổng cộng;1950;1650'] }, ['--previous', previous, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(changes(r.stdout)).toEqual({ groups: [['Văn phòng', null], ['Phòng THADS khu vực 1', null]], total: null });
  });
});
