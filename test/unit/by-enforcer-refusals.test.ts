// work86b 03–05: ordinary by-enforcer exports refused.
// 03: a money form titled "… TÍNH BẰNG TIỀN THEO CHẤP HÀNH VIÊN" (TT 05/2024's money form by
// enforcer / by office) was refused UNIT_UNREADABLE: "tiền theo chấp hành viên" was read as a unit
// clause whose unit thads cannot read, though "Đơn vị tính: nghìn đồng" is given below it.
import { describe, expect, it } from 'vitest';
import { bothReaders } from '../helpers/both-readers.js';

const { both } = bothReaders('thads-by-enforcer-refusals-', ['--format', 'csv']);

/** The named columns of each output row, joined by spaces. */
function pick(csv: string, names: readonly string[]): string[] {
  const [head, ...lines] = csv.trim().split('\n');
  const at = names.map((n) => head!.split(',').indexOf(n));
  expect(at).not.toContain(-1);
  return lines.map((l) => at.map((i) => l.split(',')[i]).join(' '));
}

const MONEY = ['district', 'money_with_conditions', 'money_resolved', 'money_rate'];

// 03's file: offices numbered with their figures, enforcers below them (nghìn đồng).
const MONEY_ROWS = [
  'Năm 2026',
  'Đơn vị tính: nghìn đồng',
  'STT,Đơn vị,Chấp hành viên,Có điều kiện,Thi hành xong,Đình chỉ,Giảm,Giải quyết xong',
  '1,Phòng THADS khu vực 1,,"3.010.500","2.030.000","210.000","1.500","2.241.500"',
  ',,Trưởng phòng Nguyễn Văn An,"1.030.500","710.000","60.000","1.500","771.500"',
  ',,Trần Thị Bình,"1.170.000","820.000","110.000",0,"930.000"',
  ',,Chưa phân công,"810.000","500.000","40.000",0,"540.000"',
  '2,Phòng THADS khu vực 2,,"2.570.000","1.810.000","130.000",0,"1.940.000"',
  ',,CHV trung cấp Lê Văn Cường,"1.520.000","1.010.000","70.000",0,"1.080.000"',
  ',,CHV sơ cấp Nguyễn Văn An,"1.050.000","800.000","60.000",0,"860.000"',
];
const moneyForm = (title: string) => ['THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI', title, ...MONEY_ROWS];
// by hand, nghìn đồng ×1.000: KV1 1.030.500 + 1.170.000 + 810.000 = 3.010.500 (its row),
// resolved 2.030.000 + 210.000 + 1.500 = 2.241.500, rate 2.241.500 / 3.010.500 = 74.455… → 74.46;
// KV2 1.520.000 + 1.050.000 = 2.570.000, resolved 1.810.000 + 130.000 = 1.940.000, 75.486… → 75.49;
// total 5.580.500 / 4.181.500 → 74.930… → 74.93
const MONEY_READ = [
  'Phòng THADS khu vực 1 3010500000 2241500000 74.46',
  'Phòng THADS khu vực 2 2570000000 1940000000 75.49',
  'TOTAL 5580500000 4181500000 74.93',
];

describe('03: a money title "… TÍNH BẰNG TIỀN THEO <what it is split by>" is no unit line', () => {
  for (const title of [
    'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN THEO CHẤP HÀNH VIÊN',
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN THEO CHV',
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN THEO CƠ QUAN THI HÀNH ÁN VÀ CHẤP HÀNH VIÊN',
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN THEO CƠ QUAN THI HÀNH ÁN DÂN SỰ',
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN THEO ĐƠN VỊ',
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN THEO TỪNG PHÒNG THADS KHU VỰC',
    'Kết quả thi hành án dân sự tính bằng tiền theo từng Chấp hành viên',
    'KET QUA THI HANH AN DAN SU TINH BANG TIEN THEO CHAP HANH VIEN',
    'KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH THEO SỐ TIỀN THEO CHẤP HÀNH VIÊN',
  ]) {
    it(title, async () => {
      const r = await both('gia-lai-tien-2026.csv', moneyForm(title));
      expect(r.code, r.stderr).toBe(0);
      expect(pick(r.stdout, MONEY)).toEqual(MONEY_READ);
      expect(r.stderr).not.toContain('UNIT_');
    });
  }

  it('the finding\'s control (title "… TÍNH BẰNG TIỀN") reads the same', async () => {
    const r = await both('gia-lai-tien-2026.csv', moneyForm('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN'));
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(MONEY_READ);
  });

  // over-reach: a real unit line still read — the rows above, without "Đơn vị tính: nghìn đồng",
  // under another line stating the unit
  const withUnit = (unit: string) => moneyForm('KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN THEO CHẤP HÀNH VIÊN').map((l) => (l === 'Đơn vị tính: nghìn đồng' ? unit : l));
  it('over-reach: "ĐVT: triệu đồng" reads the same figures in millions (×1.000.000)', async () => {
    const r = await both('gia-lai-tien-2026.csv', withUnit('ĐVT: triệu đồng'));
    expect(r.code, r.stderr).toBe(0);
    // 3.010.500 triệu = 3.010.500.000.000 đồng; rates unchanged
    expect(pick(r.stdout, MONEY)).toEqual([
      'Phòng THADS khu vực 1 3010500000000 2241500000000 74.46',
      'Phòng THADS khu vực 2 2570000000000 1940000000000 75.49',
      'TOTAL 5580500000000 4181500000000 74.93',
    ]);
  });
  it('over-reach: "Tính bằng: đồng" reads đồng', async () => {
    const r = await both('gia-lai-tien-2026.csv', withUnit('Tính bằng: đồng'));
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(['Phòng THADS khu vực 1 3010500 2241500 74.46', 'Phòng THADS khu vực 2 2570000 1940000 75.49', 'TOTAL 5580500 4181500 74.93']);
  });
  it('over-reach: "Số tiền tính theo đơn vị nghìn đồng" (a unit clause with "theo") still reads nghìn', async () => {
    const r = await both('gia-lai-tien-2026.csv', withUnit('(Số tiền tính theo đơn vị nghìn đồng)'));
    expect(r.code, r.stderr).toBe(0);
    expect(pick(r.stdout, MONEY)).toEqual(MONEY_READ);
  });
  it('still refused: "Số tiền tính theo USD" names money thads cannot read', async () => {
    const r = await both('gia-lai-tien-2026.csv', withUnit('Số tiền tính theo USD'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FILE:4:1: error: the unit line "tính theo USD" names a money unit thads cannot read [UNIT_UNREADABLE]');
  });
});
