// A report of a period shorter than its statistics year (6 months) is never called the whole
// year: its paragraph, title and chart name the period's bounds, and a change on last year is
// on the same period (cùng kỳ). Expected sentences written by hand.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { write, both } = bothReaders('thads-period-words-', []);

const HEADER = 'STT,Đơn vị,Tổng số thụ lý,Có điều kiện,Giải quyết xong';
const HALF_2019 = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2019', '(Từ ngày 01/10/2018 đến ngày 31/3/2019)', HEADER, '1,Mỹ Lộc,500,400,200', '2,Vụ Bản,600,500,260'];
const HALF_2018 = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG ĐẦU NĂM 2018', '(Từ ngày 01/10/2017 đến ngày 31/3/2018)', HEADER, '1,Mỹ Lộc,450,400,180', '2,Vụ Bản,600,500,240'];
const YEAR_2019 = ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', HEADER, '1,Mỹ Lộc,500,400,200', '2,Vụ Bản,600,500,260'];

describe('the period a paragraph names', () => {
  it('a half-year report opens with its bounds, not "Năm 2019 (… đến 30/9/2019)"', async () => {
    const r = await both('bc-viec-2019.csv', HALF_2019, ['--by', 'none', '--format', 'text', '--lang', 'vi']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Từ 1\/10\/2018 đến 31\/3\/2019 \(năm thống kê 2019\), kết quả thi hành án dân sự/);
    expect(r.stdout).not.toMatch(/30\/9\/2019/);
    const en = await both('bc-viec-2019.csv', HALF_2019, ['--by', 'none', '--format', 'text', '--lang', 'en']);
    expect(en.stdout).toMatch(/^From 1 October 2018 to 31 March 2019 \(statistics year 2019\), /);
  });

  it('its change on last year is on the same period (cùng kỳ)', async () => {
    const prev = write('bc-prev-viec-2018.csv', HALF_2018);
    const r = await both('bc-viec-2019.csv', HALF_2019, ['--previous', prev, '--by', 'none', '--format', 'text', '--lang', 'vi']);
    expect(r.code).toBe(0);
    // 1,100 against 1,050 accepted; 460/900 = 51.11 % against 420/900 = 46.67 %
    expect(r.stdout).toContain('tổng số thụ lý 1.100 việc, tăng 50 việc so với cùng kỳ năm 2018');
    expect(r.stdout).toContain('tỷ lệ giải quyết xong tăng 4,44% so với cùng kỳ năm 2018');
    const en = await both('bc-viec-2019.csv', HALF_2019, ['--previous', prev, '--by', 'none', '--format', 'text', '--lang', 'en']);
    expect(en.stdout).toContain('50 more than in the same period of 2018');
  });

  it('the HTML title and the chart name the period', async () => {
    const html = await both('bc-viec-2019.csv', HALF_2019, ['--by', 'district', '--format', 'html', '--lang', 'vi']);
    expect(html.stdout).toMatch(/<h1>[^<]*từ 1\/10\/2018 đến 31\/3\/2019<\/h1>/);
    const svg = await both('bc-viec-2019.csv', HALF_2019, ['--by', 'district', '--format', 'svg', '--lang', 'en']);
    expect(svg.stdout).toContain('1 October 2018 – 31 March 2019');
    expect(svg.stdout).not.toContain('statistics year 2019');
  });

  it('a whole year keeps "Năm 2019 (từ 1/10/2018 đến 30/9/2019)"', async () => {
    const r = await both('bc-viec-2019.csv', YEAR_2019, ['--by', 'none', '--format', 'text', '--lang', 'vi']);
    expect(r.stdout).toMatch(/^Năm 2019 \(từ 1\/10\/2018 đến 30\/9\/2019\), /);
  });

  it("a shorter period's rate is held against the year's target, and says so", async () => {
    const r = await both('bc-viec-2019.csv', HALF_2019, ['--by', 'none', '--format', 'text', '--lang', 'vi']);
    // 460/900 = 51.11 %, 73 % the target of 2019: 21.89 pp short
    expect(r.stdout).toContain('đạt 51,11%, thiếu 21,89% so với chỉ tiêu năm 2019 được giao (73%)');
    const en = await both('bc-viec-2019.csv', HALF_2019, ['--by', 'none', '--format', 'text', '--lang', 'en']);
    expect(en.stdout).toContain('21.89 pp below the assigned target of 73% for statistics year 2019');
    const year = await both('bc-viec-2019.csv', YEAR_2019, ['--by', 'none', '--format', 'text', '--lang', 'vi']);
    expect(year.stdout).toContain('so với chỉ tiêu được giao (73%)');
  });

  it('one office\'s file gives one paragraph, not its figures twice', async () => {
    const r = await both('bc-viec-2019.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019', HEADER, '1,Mỹ Lộc,500,400,200'], ['--format', 'text', '--lang', 'vi']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n\n')).toHaveLength(1);
    expect(r.stdout).toContain('kết quả thi hành án dân sự của Mỹ Lộc');
  });
});
