// A row of a breakdown by kind of cases left among the offices (hunt44): "3 | Án hình sự | 15 |
// 10 | 5" under two Chi cục was read as a third office — TOTAL 165 / 130, exit 0. A kind of cases
// ("Án hình sự", "Vụ án tín dụng", "an tin dung", "Việc chủ động") is no office's name: refused
// NOT_AN_OFFICE at its cell, through both readers. Controls: places that begin like it ("An
// Nhơn", "An Lão"), the province's own office "Thi hành án dân sự tỉnh Nam Định", and the same
// kinds under a title naming one office (its breakdown, read as its parts). Totals by hand below.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { csvColumns } from '../helpers/key-rows.js';
import { stderrCodes } from '../helpers/lines-workbook.js';

const ARGS = ['--format', 'csv', '--by', 'none'];
const { both } = bothReaders('thads-casekindrow-', ARGS);
const HEAD = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong';
const VU_BAN = '1;Chi cục THADS huyện Vụ Bản;100;80;60';
const Y_YEN = '2;Chi cục THADS huyện Ý Yên;50;40;30';
const total = (stdout: string) => csvColumns(stdout, ['district', 'cases_total', 'cases_with_conditions', 'cases_resolved']).filter((r) => r.startsWith('TOTAL'));

describe('a kind of cases among the offices', () => {
  for (const name of ['Án hình sự', 'ÁN TÍN DỤNG, NGÂN HÀNG', 'Vụ án kinh doanh thương mại', 'an hinh su', 'Việc chủ động', 'Việc thi hành án theo đơn']) {
    it(`"${name}" is refused at its cell, never added (was TOTAL 165 / 130, exit 0)`, async () => {
      const r = await both('viec-2019.csv', [HEAD, VU_BAN, Y_YEN, `3;${name};15;10;5`]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`FILE:4:2: error: "${name}" holds a kind of cases`);
      expect(stderrCodes(r.stderr)).toEqual(['NOT_AN_OFFICE']);
    });
  }
});

describe('controls', () => {
  it('places beginning with "An" are offices: 100 + 50 + 20 + 10 = 180 / 80 + 40 + 16 + 8 = 144 / 60 + 30 + 12 + 6 = 108', async () => {
    const r = await both('viec-2019.csv', [HEAD, VU_BAN, Y_YEN, '3;Chi cục THADS thị xã An Nhơn;20;16;12', '4;An Lão;10;8;6']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['TOTAL|180|144|108']);
  });

  it('the province\'s own office "Thi hành án dân sự tỉnh Nam Định" is an office: 100 + 50 + 30 = 180 / 80 + 40 + 25 = 145 / 60 + 30 + 20 = 110', async () => {
    const r = await both('viec-2026.csv', [HEAD, '1;Thi hành án dân sự tỉnh Nam Định;30;25;20', '2;Phòng THADS khu vực 1;100;80;60', '3;Phòng THADS khu vực 2;50;40;30']);
    expect(r.code, r.stderr).toBe(0);
    expect(total(r.stdout)).toEqual(['TOTAL|180|145|110']);
  });

  it('the same kinds under a title naming one office are its parts: 100 + 200 = 300 / 80 + 150 = 230, Mỹ Lộc once', async () => {
    const r = await both('2019.csv', ['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN MỸ LỘC', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', 'Đơn vị;Việc có điều kiện;Việc giải quyết xong', 'Án dân sự;100;80', 'Án hình sự;200;150', 'Tổng cộng;300;230'], ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(csvColumns(r.stdout, ['district', 'cases_with_conditions', 'cases_resolved'])).toEqual(['Huyện Mỹ Lộc|300|230', 'TOTAL|300|230']);
  });
});
