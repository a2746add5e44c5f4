// A Cụm thi đua's report whose offices no province's row or subtotal closes: every office was
// given the title's (lead Cục's) province — two provinces' "Châu Thành" summed as one office of
// Tiền Giang (801/600/541, rank 1 of 3, exit 0, DUPLICATE_OFFICE only). Now the rows of a
// cluster's report take neither the title's nor the file name's province (provinceOfRows): an
// office named twice is refused (PROVINCE_CONFLICT at the repeat), unique offices are read without
// a province, said (PROVINCE_UNDECIDED). A one-province report whose report line names its province
// ("BÁO CÁO … TỈNH BẠC LIÊU … (CỤM THI ĐUA SỐ 5)") is its own, as before (namesCluster).
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';
import { summarizeLinesWorkbook } from '../helpers/lines-workbook.js';
import { clusterRows, FOUR_OFFICES } from '../helpers/cluster-offices.js';

const { both, dir } = bothReaders('thads-cluster-unassigned-', ['--format', 'csv']);
const byProvince = bothReaders('thads-cluster-unassigned-p-', ['--by', 'province', '--format', 'csv']);

const HEADER = 'STT;Đơn vị;Tổng số thụ lý;Có điều kiện;Giải quyết xong';
const LEAD = ['CỤC THADS TỈNH TIỀN GIANG', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC CỤM THI ĐUA SỐ 5 NĂM 2019', HEADER];
const WEST = ['BÁO CÁO KẾT QUẢ THADS CỤM THI ĐUA CÁC TỈNH MIỀN TÂY NAM BỘ NĂM 2019', HEADER];
// Tiền Giang's Châu Thành 401/300/271, Cái Bè 729/600/540; Bến Tre's Châu Thành 400/300/270, Ba Tri 600/500/450
const TWO_CHAU_THANH = ['1;Châu Thành;401;300;271', '2;Cái Bè;729;600;540', '3;Châu Thành;400;300;270', '4;Ba Tri;600;500;450', ';Tổng cộng;2130;1700;1531'];
const UNIQUE = ['1;Châu Thành;401;300;271', '2;Cái Bè;729;600;540', '3;Mỏ Cày Nam;400;300;270', '4;Ba Tri;600;500;450', ';Tổng cộng;2130;1700;1531'];

const rows = (csv: string) => csv.trim().split('\n').slice(1).map((l) => {
  const c = l.split(',');
  return [c[0], c[1], c[5], c[9], c[18], c[20], c[26], c[27]].join('|');
});

describe('a cluster\'s report whose offices no province row closes', () => {
  it.each([
    ['cum-5-2019.csv', LEAD],
    ['tien-giang-viec-2019.csv', LEAD],
    ['cum-mien-tay-viec-2019.csv', WEST],
    ['cum-5-2019.csv', ['Cục Thi hành án dân sự tỉnh Tiền Giang', 'Báo cáo kết quả THADS tính bằng việc khối thi đua số 5 năm 2019', HEADER]],
    ['cum-5-2019.csv', ['CUC THADS TINH TIEN GIANG', 'BAO CAO KET QUA THADS TINH BANG VIEC CUM THI DUA SO 5 NAM 2019', HEADER]],
  ])('%s: two "Châu Thành" are refused at the second (was summed as Tiền Giang\'s 801/600/541, exit 0)', async (name, head) => {
    const r = await both(name, [...head, ...TWO_CHAU_THANH]);
    expect(r.code).toBe(1);
    const line = head.length + 3;
    expect(r.stderr).toContain(`FILE:${line}:2: error: office "Châu Thành" comes again (first on line ${head.length + 1}) in a report whose title names a cluster of provinces and whose rows name none: they may be two provinces' offices, which would be summed as one [PROVINCE_CONFLICT]`);
    expect(r.stdout).toBe('');
  });

  it('unique offices: read without a province, said; --by province gives no province its total', async () => {
    // 401+729+400+600 = 2130, 300+600+300+500 = 1700, 271+540+270+450 = 1531 (90,06 %)
    const r = await both('cum-5-2019.csv', [...LEAD, ...UNIQUE]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([
      '|Châu Thành|401|300|271|90.33|1|4', '|Cái Bè|729|600|540|90.00|2|4', '|Mỏ Cày Nam|400|300|270|90.00|2|4', '|Ba Tri|600|500|450|90.00|2|4', '|TOTAL|2130|1700|1531|90.06||',
    ]);
    expect(r.stderr).toContain('the title names a cluster of provinces (Cụm/Khối thi đua): which province each office is of cannot be told');
    expect(r.stderr).toContain('[PROVINCE_UNDECIDED]');
    const p = await byProvince.both('cum-5-2019.csv', [...LEAD, ...UNIQUE]);
    expect(p.code, p.stderr).toBe(0);
    expect(rows(p.stdout)).toEqual(['||2130|1700|1531|90.06||', '|TOTAL|2130|1700|1531|90.06||']);
  });
});

describe('over-reach controls', () => {
  it('one province\'s report whose report line names it, its cluster named for context: Bạc Liêu\'s, as before', async () => {
    // 401+729+400+600 = 2130, 300+600+300+500 = 1700, 271+540+270+450 = 1531
    const head = ['CỤC THADS TỈNH BẠC LIÊU', 'BÁO CÁO KẾT QUẢ THADS TÍNH BẰNG VIỆC TỈNH BẠC LIÊU NĂM 2019 (CỤM THI ĐUA SỐ 5)', HEADER];
    const r = await both('bao-cao-2019.csv', [...head, '1;Thành phố Bạc Liêu;401;300;271', '2;Vĩnh Lợi;729;600;540', '3;Giá Rai;400;300;270', '4;Đông Hải;600;500;450', ';Tổng cộng;2130;1700;1531']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout)).toEqual([
      'Bạc Liêu|Thành phố Bạc Liêu|401|300|271|90.33|1|4', 'Bạc Liêu|Vĩnh Lợi|729|600|540|90.00|2|4', 'Bạc Liêu|Giá Rai|400|300|270|90.00|2|4', 'Bạc Liêu|Đông Hải|600|500|450|90.00|2|4', '|TOTAL|2130|1700|1531|90.06||',
    ]);
    expect(r.stderr).not.toContain('PROVINCE_UNDECIDED');
  });


  it('a cluster\'s report with province subtotals reads as before: four offices in two provinces', async () => {
    const r = await both('cum-5-2019.csv', [...LEAD, '1;Châu Thành;401;300;271', '2;Cái Bè;729;600;540', ';Cộng Tiền Giang;1130;900;811', '1;Châu Thành;400;300;270', '2;Ba Tri;600;500;450', ';Cộng Bến Tre;1000;800;720', ';Tổng cộng;2130;1700;1531']);
    expect(r.code, r.stderr).toBe(0);
    expect(clusterRows(r.stdout)).toEqual(FOUR_OFFICES);
    expect(r.stderr).not.toContain('PROVINCE_UNDECIDED');
  });

  it('a one-province report under its own title reads as before (no cluster named)', async () => {
    const head = ['CỤC THADS TỈNH TIỀN GIANG', 'BÁO CÁO KẾT QUẢ THADS TÍNH BẰNG VIỆC NĂM 2019', HEADER];
    const r = await both('bao-cao-2019.csv', [...head, '1;Châu Thành;401;300;271', '2;Cái Bè;729;600;540', ';Tổng cộng;1130;900;811']);
    expect(r.code, r.stderr).toBe(0);
    // 401+729 = 1130, 300+600 = 900, 271+540 = 811 (90,11 %)
    expect(rows(r.stdout)).toEqual(['Tiền Giang|Châu Thành|401|300|271|90.33|1|2', 'Tiền Giang|Cái Bè|729|600|540|90.00|2|2', '|TOTAL|1130|900|811|90.11||']);
  });
});

// 2. A one-province report whose title also names its cluster: a bare "Cộng Hòa Bình" closed
//    its rows above as a province Hòa Bình's (Thành phố Bạc Liêu 401/300/271 and Vĩnh Lợi under
//    "Hòa Bình", exit 0). ("Cộng Hòa Bình" 1130/900/811 = 401+729, 300+600, 271+540.)
const BAC_LIEU = ['1;Thành phố Bạc Liêu;401;300;271', '2;Vĩnh Lợi;729;600;540', ';Cộng Hòa Bình;1130;900;811', '3;Giá Rai;400;300;270', '4;Đông Hải;600;500;450', ';Tổng cộng;2130;1700;1531'];
describe('2. a bare "Cộng Hòa Bình" in one province\'s report that names its cluster', () => {
  it('the report line names Bạc Liêu: its four offices are Bạc Liêu\'s (the bare name closes nothing)', async () => {
    const head = ['CỤC THADS TỈNH BẠC LIÊU', 'BÁO CÁO KẾT QUẢ THADS TÍNH BẰNG VIỆC TỈNH BẠC LIÊU NĂM 2019 (CỤM THI ĐUA SỐ 5)', HEADER];
    const r = await both('bao-cao-2019.csv', [...head, ...BAC_LIEU]);
    expect(r.code, r.stderr).toBe(0);
    // 401+729+400+600 = 2130, 300+600+300+500 = 1700, 271+540+270+450 = 1531
    expect(rows(r.stdout)).toEqual([
      'Bạc Liêu|Thành phố Bạc Liêu|401|300|271|90.33|1|4', 'Bạc Liêu|Vĩnh Lợi|729|600|540|90.00|2|4', 'Bạc Liêu|Giá Rai|400|300|270|90.00|2|4', 'Bạc Liêu|Đông Hải|600|500|450|90.00|2|4', '|TOTAL|2130|1700|1531|90.06||',
    ]);
  });

  it.each([
    ['CỤC THADS TỈNH BẠC LIÊU', 'BÁO CÁO KẾT QUẢ THADS TÍNH BẰNG VIỆC NĂM 2019 (CỤM THI ĐUA SỐ 5)', 'Cộng Hòa Bình'],
    ['Cục Thi hành án dân sự tỉnh Bạc Liêu', 'Báo cáo kết quả THADS tính bằng việc khối thi đua số 5 năm 2019', 'CỘNG HÒA BÌNH'],
    ['CUC THADS TINH BAC LIEU', 'BAO CAO KET QUA THADS TINH BANG VIEC CUM THI DUA SO 5 NAM 2019', 'Cong Hoa Binh'],
  ])('only the sender names Bạc Liêu ("%s" / "%s"): "%s" alone is refused at its row', async (sender, title, label) => {
    const r = await both('bao-cao-2019.csv', [sender, title, HEADER, ...BAC_LIEU.map((l) => l.replace('Cộng Hòa Bình', label))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FILE:6: error: "${label}" closes the rows above it as Hòa Bình's, but the title is Bạc Liêu's and names its cluster, and no row closes Bạc Liêu's own offices nor names another province: it may be the subtotal of a district so named in Bạc Liêu [PROVINCE_CONFLICT]`);
    expect(r.stdout).toBe('');
  });

  it('beside the lead\'s own block, a bare name is a province\'s: Tiền Giang\'s and Bến Tre\'s offices (as before)', async () => {
    const r = await both('cum-5-2019.csv', [...LEAD, '1;Châu Thành;401;300;271', '2;Cái Bè;729;600;540', ';Cộng Tiền Giang;1130;900;811', '1;Châu Thành;400;300;270', '2;Ba Tri;600;500;450', ';Cộng Bến Tre;1000;800;720', ';Tổng cộng;2130;1700;1531']);
    expect(r.code, r.stderr).toBe(0);
    expect(clusterRows(r.stdout)).toEqual(FOUR_OFFICES);
  });

  it('two other provinces\' bare subtotals prove the cluster too: Bến Tre\'s and Vĩnh Long\'s', async () => {
    // Bến Tre 401+729 = 1130, 300+600 = 900, 271+540 = 811; Vĩnh Long 400+600 = 1000, 300+500 = 800, 270+450 = 720
    const r = await both('cum-5-2019.csv', [...LEAD, '1;Châu Thành;401;300;271', '2;Ba Tri;729;600;540', ';Cộng Bến Tre;1130;900;811', '1;Long Hồ;400;300;270', '2;Mang Thít;600;500;450', ';Cộng Vĩnh Long;1000;800;720', ';Tổng cộng;2130;1700;1531']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).map((l) => l.split('|').slice(0, 5).join('|'))).toEqual([
      'Bến Tre|Châu Thành|401|300|271', 'Bến Tre|Ba Tri|729|600|540', 'Vĩnh Long|Long Hồ|400|300|270', 'Vĩnh Long|Mang Thít|600|500|450', '|TOTAL|2130|1700|1531',
    ]);
  });
});

describe('more over-reach controls', () => {
  it('a national table of the provinces titled "các tỉnh, thành phố": its rows are provinces, no warning', async () => {
    // 401+729+400 = 1530, 300+600+300 = 1200, 271+540+270 = 1081 (90,08 %)
    const r = await both('toan-quoc-viec-2025.csv', ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA CÁC TỈNH, THÀNH PHỐ NĂM 2025', HEADER, '1;Hà Nội;401;300;271', '2;Gia Lai;729;600;540', '3;Cục THADS tỉnh Đồng Tháp;400;300;270', ';Tổng cộng;1530;1200;1081']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('PROVINCE_UNDECIDED');
    expect(rows(r.stdout).map((l) => l.split('|').slice(1, 6).join('|'))).toEqual(['Hà Nội|401|300|271|90.33', 'Gia Lai|729|600|540|90.00', 'Cục THADS tỉnh Đồng Tháp|400|300|270|90.00', 'TOTAL|1530|1200|1081|90.08']);
  });

  it('a one-province report by enforcer whose title names its cluster: an office filled down is no repeat', async () => {
    // Thành phố Bạc Liêu 300+308 = 608, 280+302 = 582; Vĩnh Lợi 400+255 = 655, 390+240 = 630; total 1263/1212
    const head = ['CỤC THADS TỈNH BẠC LIÊU', 'BÁO CÁO KẾT QUẢ THADS TÍNH BẰNG VIỆC NĂM 2019 (CỤM THI ĐUA SỐ 5)', 'STT;Đơn vị;Chấp hành viên;Có điều kiện;Giải quyết xong'];
    const r = await both('bao-cao-2019.csv', [...head, '1;Thành phố Bạc Liêu;Nguyễn Văn An;300;280', '2;Thành phố Bạc Liêu;Trần Thị Bình;308;302', '3;Vĩnh Lợi;Phạm Thị Dung;400;390', '4;Vĩnh Lợi;Hoàng Văn Em;255;240', ';Tổng cộng;;1263;1212']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r.stdout).map((l) => l.split('|').slice(1, 5).join('|'))).toEqual(['Thành phố Bạc Liêu||608|582', 'Vĩnh Lợi||655|630', 'TOTAL||1263|1212']);
  });

  it('xlsx: the two "Châu Thành" of a cluster\'s sheet are refused at the second row', async () => {
    const r = await summarizeLinesWorkbook(dir, 'cum-5-2019.xlsx', [...LEAD, ...TWO_CHAU_THANH], ['--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('office "Châu Thành" comes again (first on row 4)');
    expect(r.stderr).toContain('[PROVINCE_CONFLICT]');
  });
});
