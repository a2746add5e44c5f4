// A Cụm thi đua's report of two provinces without a Tỉnh column, each province's offices closed
// by its row below them. Two cases were left:
// 1. Sent under its lead Cục's title ("CỤC THADS TỈNH TIỀN GIANG" over "… CỤM THI ĐUA SỐ 5"), a
//    bare "Cộng Bến Tre" gave no province (the title fixed Tiền Giang): Bến Tre's offices were
//    read as Tiền Giang's, its "Châu Thành" summed with Tiền Giang's (801/600/541, exit 0,
//    DUPLICATE_OFFICE only). A title naming a cluster fixes no province (title-province.ts namesCluster).
// 2. "Tiền Giang (toàn tỉnh)" BELOW its offices was read as the file's total: Bến Tre's "Châu
//    Thành" below it refused SECOND_TABLE. It closes them now as "Cộng tỉnh Tiền Giang" does
//    (row-labels.ts labelInProvince, closingProvince; province-subtotals.ts); alone at the end
//    of one province's file it stays the total.
import { describe, expect, it } from 'vitest';
import { namesCluster } from '../../src/input/title-province.js';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';
import { clusterRows, FOUR_OFFICES } from '../helpers/cluster-offices.js';

const { both, dir } = bothReaders('thads-cluster-blocks-', ['--format', 'csv']);
const byProvince = bothReaders('thads-cluster-blocks-p-', ['--by', 'province', '--format', 'csv']);

const HEADER = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong';
const LEAD = ['CỤC THADS TỈNH TIỀN GIANG', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC CỤM THI ĐUA SỐ 5 NĂM 2019', HEADER];
const CLUSTER = ['CỤM THI ĐUA SỐ 8 - CÁC TỈNH ĐỒNG BẰNG SÔNG CỬU LONG', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019', HEADER];
const TG = ['1;Châu Thành;401;300;271', '2;Cái Bè;729;600;540'];
const BT = ['1;Châu Thành;400;300;270', '2;Ba Tri;600;500;450'];
const TOTAL = ';Tổng cộng;2130;1700;1531';

/** `head`, Tiền Giang's offices closed by `tg`, Bến Tre's by `bt`, then `tail`. */
function cluster(head: readonly string[], tg: string, bt: string, tail: readonly string[] = [TOTAL], btFigures = '1000;800;720'): string[] {
  return [...head, ...TG, `;${tg};1130;900;811`, ...BT, `;${bt};${btFigures}`, ...tail];
}

// (the four offices by hand: test/helpers/cluster-offices.ts)
const rows = clusterRows;
const FOUR = FOUR_OFFICES;
// Tiền Giang 401+729 = 1130, 300+600 = 900, 271+540 = 811 (90,11 %); Bến Tre 400+600 = 1000,
// 300+500 = 800, 270+450 = 720 (90,00 %); the total as above.
const TWO = ['Tiền Giang|1130|900|811|90.11', 'Bến Tre|1000|800|720|90.00', 'TOTAL|2130|1700|1531|90.06'];
const provinces = (csv: string) => csv.trim().split('\n').slice(1).map((l) => {
  const c = l.split(',');
  return [c[0] || c[1], c[5], c[9], c[18], c[20]].join('|');
});

describe('1. a cluster\'s report under its lead Cục\'s title: a bare "Cộng Bến Tre" closes Bến Tre\'s offices', () => {
  it.each([
    ['Cộng Tiền Giang', 'Cộng Bến Tre'],
    ['Cộng tỉnh Tiền Giang', 'Cộng Bến Tre'],
    ['Cộng Tiền Giang', 'CỘNG BẾN TRE'],
    ['Cong Tien Giang', 'Cong Ben Tre'],
    ['Tổng Tiền Giang', 'Tổng Bến Tre'],
  ])('"%s" / "%s": four offices in two provinces (was Bến Tre\'s read as Tiền Giang\'s, exit 0)', async (tg, bt) => {
    const r = await both('cum-5-2019.csv', cluster(LEAD, tg, bt));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(FOUR);
    expect(r.stderr).not.toContain('DUPLICATE_OFFICE');
  });

  it.each([
    ['CỤC THADS TỈNH TIỀN GIANG', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ CÁC TỈNH TRONG CỤM NĂM 2019'],
    ['Cục Thi hành án dân sự tỉnh Tiền Giang', 'Báo cáo kết quả thi hành án dân sự khối thi đua số 5 năm 2019'],
    ['CUC THADS TINH TIEN GIANG', 'BAO CAO KET QUA THI HANH AN DAN SU CUM THI DUA SO 5 NAM 2019'],
    ['CỤC THADS TỈNH TIỀN GIANG', 'BÁO CÁO KẾT QUẢ CỦA CÁC ĐƠN VỊ TRONG CỤM NĂM 2019'],
  ])('title "%s" / "%s": the same four offices', async (sender, title) => {
    // (the title names no measure: the file's name does)
    const r = await both('cum-5-viec-2019.csv', cluster([sender, title, HEADER], 'Cộng Tiền Giang', 'Cộng Bến Tre'));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(FOUR);
  });

  it('a file named for the lead province fixes none either: the title says the report is the cluster\'s', async () => {
    const r = await both('tien-giang-2019.csv', cluster(LEAD, 'Cộng Tiền Giang', 'Cộng Bến Tre'));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(FOUR);
  });

  it('--by province: Tiền Giang 1130/900/811, Bến Tre 1000/800/720', async () => {
    const r = await byProvince.both('cum-5-2019.csv', cluster(LEAD, 'Cộng Tiền Giang', 'Cộng Bến Tre'));
    expect(r.code, r.stderr).toBe(0);
    expect(provinces(r.stdout)).toEqual(TWO);
  });

  it('"Cộng Bến Tre" is still checked against its offices: 721 resolved against 270 + 450 = 720, refused at its cell', async () => {
    const r = await both('cum-5-2019.csv', cluster(LEAD, 'Cộng Tiền Giang', 'Cộng Bến Tre', [TOTAL], '1000;800;721'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:9:5: error: declared subtotal "Cộng Bến Tre" has cases resolved 721, but the rows above it add up to 720 [DECLARED_TOTAL_MISMATCH]');
  });

  it('xlsx: the same four offices', async () => {
    const r = await summarizeLinesWorkbook(dir, 'cum-5-2019.xlsx', cluster(LEAD, 'Cộng Tiền Giang', 'Cộng Bến Tre'), ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(FOUR);
  });
});

describe('2. "Tiền Giang (toàn tỉnh)" below its offices closes them, as "Cộng tỉnh Tiền Giang" does', () => {
  it.each([
    ['Tiền Giang (toàn tỉnh)', 'Bến Tre (toàn tỉnh)'],
    ['TIỀN GIANG (TOÀN TỈNH)', 'BẾN TRE (TOÀN TỈNH)'],
    ['Tien Giang (toan tinh)', 'Ben Tre (toan tinh)'],
    ['Toàn tỉnh Tiền Giang', 'Toàn tỉnh Bến Tre'],
    ['Tỉnh Tiền Giang - Toàn tỉnh', 'Tỉnh Bến Tre - Toàn tỉnh'],
    ['Tổng cộng toàn tỉnh Tiền Giang', 'Tổng cộng toàn tỉnh Bến Tre'],
    ['Tien Giang province total', 'Ben Tre province total'],
    ['Tiền Giang (toàn tỉnh)', 'Cộng Bến Tre'],
  ])('"%s" / "%s": four offices in two provinces (was SECOND_TABLE)', async (tg, bt) => {
    const r = await both('cum-thi-dua-8-2019.csv', cluster(CLUSTER, tg, bt));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(FOUR);
  });

  it('without the final "Tổng cộng": the same', async () => {
    const r = await both('cum-thi-dua-8-2019.csv', cluster(CLUSTER, 'Tiền Giang (toàn tỉnh)', 'Bến Tre (toàn tỉnh)', []));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(FOUR);
  });

  it('under the lead Cục\'s title too; --by province: Tiền Giang 1130/900/811, Bến Tre 1000/800/720', async () => {
    const r = await byProvince.both('cum-5-2019.csv', cluster(LEAD, 'Tiền Giang (toàn tỉnh)', 'Bến Tre (toàn tỉnh)'));
    expect(r.code, r.stderr).toBe(0);
    expect(provinces(r.stdout)).toEqual(TWO);
  });

  it('checked as a subtotal: "Tiền Giang (toàn tỉnh)" 910 against 300 + 600 = 900, refused at its cell', async () => {
    const lines = cluster(CLUSTER, 'Tiền Giang (toàn tỉnh)', 'Bến Tre (toàn tỉnh)').map((l) => l.replace(';Tiền Giang (toàn tỉnh);1130;900;', ';Tiền Giang (toàn tỉnh);1130;910;'));
    const r = await both('cum-thi-dua-8-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:6:4: error: declared subtotal "Tiền Giang (toàn tỉnh)" has cases with conditions 910, but the rows above it add up to 900 [DECLARED_TOTAL_MISMATCH]');
  });

  it('the same province\'s offices closed twice (a second table, "cùng kỳ"): still refused SECOND_TABLE at the office again', async () => {
    const lines = [...CLUSTER, ...TG, ';Tiền Giang (toàn tỉnh);1130;900;811', ...TG, ';Tiền Giang (toàn tỉnh);1130;900;811'];
    const r = await both('cum-thi-dua-8-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FILE:7: error: "Châu Thành" comes again in the rows of Tiền Giang closed by "Tiền Giang (toàn tỉnh)" (line 9), after the rows closed by line 6: a second table (another year, "cùng kỳ"), whose figures would be added to the first table\'s [SECOND_TABLE]');
  });

  it('so too with "Cộng tỉnh Tiền Giang" twice (was summed, 802/600/542 for Châu Thành, exit 0)', async () => {
    const lines = [...CLUSTER, ...TG, ';Cộng tỉnh Tiền Giang;1130;900;811', ...TG, ';Cộng tỉnh Tiền Giang;1130;900;811'];
    const r = await both('cum-thi-dua-8-2019.csv', lines);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:7: error: "Châu Thành" comes again in the rows of Tiền Giang closed by "Cộng tỉnh Tiền Giang" (line 9)');
    expect(r.stderr).toContain('[SECOND_TABLE]');
  });

  it('xlsx: the same four offices', async () => {
    const r = await summarizeLinesWorkbook(dir, 'cum-thi-dua-8-2019.xlsx', cluster(CLUSTER, 'Tiền Giang (toàn tỉnh)', 'Bến Tre (toàn tỉnh)'), ['--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(FOUR);
  });
});

describe('over-reach: one province\'s reports read as before', () => {
  // Châu Thành 401/300/271 (90,33 %), Cái Bè 729/600/540 (90,00 %); 1130/900/811 = 90,11 %
  it('"Tiền Giang (toàn tỉnh)" the only total, at the end, under Tiền Giang\'s own title: the total, checked', async () => {
    const head = ['CỤC THADS TỈNH TIỀN GIANG', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019', HEADER];
    const ok = await both('bao-cao-2019.csv', [...head, ...TG, ';Tiền Giang (toàn tỉnh);1130;900;811']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(rows(ok.stdout)).toEqual(['Tiền Giang|Châu Thành|401|300|271|90.33|1|2', 'Tiền Giang|Cái Bè|729|600|540|90.00|2|2', '|TOTAL|1130|900|811|90.11||']);
    const wrong = await both('bao-cao-2019.csv', [...head, ...TG, ';Tiền Giang (toàn tỉnh);1130;910;811']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('FILE:6:4: error: declared total "Tiền Giang (toàn tỉnh)" has cases with conditions 910, but the office rows add up to 900 [DECLARED_TOTAL_MISMATCH]');
  });

  it('"Toàn tỉnh Tiền Giang" the only total below one province\'s offices, under a cluster\'s title: the total (no province given, 1130/900/811)', async () => {
    const r = await both('bao-cao-2019.csv', [...CLUSTER, ...TG, ';Toàn tỉnh Tiền Giang;1130;900;811']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual(['|Châu Thành|401|300|271|90.33|1|2', '|Cái Bè|729|600|540|90.00|2|2', '|TOTAL|1130|900|811|90.11||']);
  });

  it('Bạc Liêu\'s "Cộng Hòa Bình" (its district) under Bạc Liêu\'s own title stays the district\'s: one province', async () => {
    const r = await byProvince.both('bac-lieu-2019.csv', [
      'CỤC THI HÀNH ÁN DÂN SỰ TỈNH BẠC LIÊU', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC NĂM 2019', HEADER,
      '1;Thành phố Bạc Liêu;700;608;582', '2;Vĩnh Lợi;720;655;630', ';Cộng Bạc Liêu;1420;1263;1212',
      '3;Hòa Bình;650;586;533', '4;Giá Rai;320;298;276', ';Cộng Hòa Bình;970;884;809', ';Tổng cộng;2390;2147;2021',
    ]);
    expect(r.code, r.stderr).toBe(0);
    // 700+720+650+320 = 2390; 608+655+586+298 = 2147; 582+630+533+276 = 2021; 2021/2147 = 94,13 %
    expect(provinces(r.stdout)).toEqual(['Bạc Liêu|2390|2147|2021|94.13', 'TOTAL|2390|2147|2021|94.13']);
  });
});

describe('namesCluster', () => {
  const title = (...lines: string[]) => lines.map((l, i) => ({ cells: [l], line: i + 1 }));
  it.each([
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỤM THI ĐUA SỐ 5',
    'CÁC TỈNH TRONG CỤM',
    'Khối thi đua các tỉnh Tây Nam Bộ',
    'cum thi dua so 8',
    'CÁC TỈNH, THÀNH PHỐ',
    'Emulation cluster 5',
  ])('"%s": a cluster', (line) => {
    expect(namesCluster(title('CỤC THADS TỈNH TIỀN GIANG', line))).toBe(true);
  });

  it.each([
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019',
    'BÁO CÁO KẾT QUẢ CỦA CÁC CHI CỤC',
    'Tiền Giang, ngày 15 tháng 10 năm 2019 - Cụm thi đua số 5',
    'Nơi nhận: - Cụm thi đua số 5',
    'BÁO CÁO CỦA CÁC ĐƠN VỊ',
  ])('"%s": none', (line) => {
    expect(namesCluster(title('CỤC THADS TỈNH TIỀN GIANG', line))).toBe(false);
  });
});
